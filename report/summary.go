package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/bounce-analyzer/bounce/classify"
)

// Summary counts what a run read and found. It holds counts only, never
// records. It is not safe for concurrent use.
type Summary struct {
	Messages int // messages analyzed
	Errors   int // inputs or messages that could not be read or parsed
	Skipped  int // files skipped as not mail
	Bounces  int // bounce records (Record.IsBounce)
	Hard     int // bounce records with Hard set
	Soft     int // other bounce records
	// Reasons counts bounce records by reason.
	Reasons map[string]int
	// Other counts records that are not bounces (vacation, delivered,
	// feedback) by reason.
	Other map[string]int
}

// Add counts one analyzed message and its records.
func (s *Summary) Add(recs []classify.Record) {
	s.Messages++
	for i := range recs {
		r := &recs[i]
		if !r.IsBounce() {
			if s.Other == nil {
				s.Other = make(map[string]int)
			}
			s.Other[string(r.Reason)]++
			continue
		}
		if s.Reasons == nil {
			s.Reasons = make(map[string]int)
		}
		s.Bounces++
		s.Reasons[string(r.Reason)]++
		if r.Hard {
			s.Hard++
		} else {
			s.Soft++
		}
	}
}

// AddError counts an input that could not be read or parsed.
func (s *Summary) AddError() { s.Errors++ }

// AddSkipped counts a file skipped as not mail.
func (s *Summary) AddSkipped() { s.Skipped++ }

// Count is a reason and how many records have it.
type Count struct {
	Reason string
	N      int
}

// sorted returns the counts of m, most frequent first, then by reason.
func sorted(m map[string]int) []Count {
	cs := make([]Count, 0, len(m))
	for k, v := range m {
		cs = append(cs, Count{k, v})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].N != cs[j].N {
			return cs[i].N > cs[j].N
		}
		return cs[i].Reason < cs[j].Reason
	})
	return cs
}

// ByReason returns the bounce records per reason, most frequent first.
func (s *Summary) ByReason() []Count { return sorted(s.Reasons) }

// NotBounces returns the records that are not bounces per reason, most
// frequent first.
func (s *Summary) NotBounces() []Count { return sorted(s.Other) }

// Line returns the summary on one line, for example
//
//	read 450 messages, 448 bounces (300 hard, 148 soft), 3 errors; userunknown 109, mailboxfull 34; not bounces: feedback 16, vacation 2
//
// Hard and soft counts are left out when there is no bounce, the errors and
// skipped files when there are none.
func (s *Summary) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %s, %s", Plural(s.Messages, "message"), Plural(s.Bounces, "bounce"))
	if s.Bounces > 0 {
		fmt.Fprintf(&b, " (%d hard, %d soft)", s.Hard, s.Soft)
	}
	if s.Errors > 0 {
		fmt.Fprintf(&b, ", %s", Plural(s.Errors, "error"))
	}
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped", s.Skipped)
	}
	if len(s.Reasons) > 0 {
		b.WriteString("; ")
		writeCounts(&b, s.ByReason())
	}
	if len(s.Other) > 0 {
		b.WriteString("; not bounces: ")
		writeCounts(&b, s.NotBounces())
	}
	return b.String()
}

func writeCounts(b *strings.Builder, cs []Count) {
	for i, c := range cs {
		if i > 0 {
			b.WriteString(", ")
		}
		reason := Sanitize(c.Reason)
		if reason == "" {
			reason = "(none)"
		}
		fmt.Fprintf(b, "%s %d", reason, c.N)
	}
}

// Plural says "1 message" or "N messages".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
