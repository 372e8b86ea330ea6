package parser

import (
	"encoding/binary"
	"strings"
)

// lower is strings.ToLower with a quicker path for ASCII text, which it
// checks and converts eight bytes at a time: notices and header fields are
// lower-cased for every word search, and that byte-at-a-time loop showed
// in profiles. Other text goes to strings.ToLower.
func lower(s string) string {
	n := len(s) &^ 7
	upper := false
	for i := 0; i < n; i += 8 {
		w := load8(s, i)
		if w&highBits != 0 {
			return strings.ToLower(s)
		}
		upper = upper || upperBits(w) != 0
	}
	for i := n; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	// Eight bytes at a time into a block on the stack, a block at a time
	// into the result.
	var b strings.Builder
	b.Grow(len(s))
	var block [256]byte
	k := 0
	for i := 0; i < n; i += 8 {
		w := load8(s, i)
		binary.LittleEndian.PutUint64(block[k:], w|upperBits(w)>>2) // 0x80 >> 2 is the case bit 0x20
		if k += 8; k == len(block) {
			b.Write(block[:])
			k = 0
		}
	}
	for i := n; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		block[k] = c
		k++
	}
	b.Write(block[:k])
	return b.String()
}

const highBits = 0x8080808080808080

func load8(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check; the loads below merge into one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// upperBits has the high bit set in each byte of w, all ASCII, that is
// 'A' to 'Z': adding 0x3f sets it from 'A' up, adding 0x25 from 'Z'+1 up.
func upperBits(w uint64) uint64 {
	return (w + 0x3f3f3f3f3f3f3f3f) &^ (w + 0x2525252525252525) & highBits
}

// trimBlankLeft and trimBlankRight are strings.TrimLeft and TrimRight with
// the cutset " \t": the library builds a byte set for a cutset of two
// bytes on every call, and these run several times on every notice line.
func trimBlankLeft(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}

func trimBlankRight(s string) string {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}
