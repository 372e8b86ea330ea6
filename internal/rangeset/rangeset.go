// Package rangeset is a set of positive uint32 numbers kept as sorted,
// disjoint ranges and written as "1:5,9", the form of IMAP sequence sets.
// The daily report uses it to remember which message UIDs of a mailbox
// gave rows without depending on an IMAP library.
package rangeset

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Range is the numbers Lo to Hi, both included.
type Range struct{ Lo, Hi uint32 }

// Set is a set of numbers; the zero value is empty.
type Set []Range

// Contains tells whether n is in s.
func (s Set) Contains(n uint32) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i].Hi >= n })
	return i < len(s) && s[i].Lo <= n
}

// Add adds n, merging it with its neighbours.
func (s *Set) Add(n uint32) { s.AddRange(n, n) }

// AddRange adds the numbers lo to hi.
func (s *Set) AddRange(lo, hi uint32) {
	if hi < lo {
		lo, hi = hi, lo
	}
	r := *s
	// The first range that ends at or after lo-1 (it may touch lo).
	i := sort.Search(len(r), func(i int) bool { return uint64(r[i].Hi)+1 >= uint64(lo) })
	j := i
	for j < len(r) && uint64(r[j].Lo) <= uint64(hi)+1 {
		lo, hi = min(lo, r[j].Lo), max(hi, r[j].Hi)
		j++
	}
	out := append(r[:i:i], Range{lo, hi})
	*s = append(out, r[j:]...)
}

// String writes s as "1:5,9"; "" when empty.
func (s Set) String() string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatUint(uint64(r.Lo), 10))
		if r.Hi != r.Lo {
			b.WriteByte(':')
			b.WriteString(strconv.FormatUint(uint64(r.Hi), 10))
		}
	}
	return b.String()
}

// Parse reads a set written by String ("" is the empty set). Numbers are
// positive; a range may be given high to low.
func Parse(text string) (Set, error) {
	var s Set
	if text == "" {
		return s, nil
	}
	for _, part := range strings.Split(text, ",") {
		lo, hi, isRange := strings.Cut(part, ":")
		if !isRange {
			hi = lo
		}
		a, err1 := strconv.ParseUint(lo, 10, 32)
		b, err2 := strconv.ParseUint(hi, 10, 32)
		if err1 != nil || err2 != nil || a == 0 || b == 0 {
			return nil, fmt.Errorf("bad number set %q", text)
		}
		s.AddRange(uint32(a), uint32(b))
	}
	return s, nil
}
