package classify

import "github.com/bounce-analyzer/bounce/rules"

// Usage counts, for every rule, the messages in which it decided at least
// one verdict, to find the rules that no sample exercises or that rest on
// a single one. Its memory grows with the number of rules, not messages.
type Usage struct {
	messages map[string]int
}

// NewUsage returns an empty count.
func NewUsage() *Usage { return &Usage{messages: map[string]int{}} }

// Add counts the verdicts of one message (the records Classify returned
// for it).
func (u *Usage) Add(recs []Record) {
	for i, r := range recs {
		seen := false
		for _, p := range recs[:i] {
			if p.Rule == r.Rule {
				seen = true
				break
			}
		}
		if !seen && r.Rule != "" {
			u.messages[r.Rule]++
		}
	}
}

// Messages returns the number of messages in which the rule with this id
// decided a verdict.
func (u *Usage) Messages(id string) int { return u.messages[id] }

// Unused returns the rules of rs that decided no verdict, in the order of
// rs.Rules.
func (u *Usage) Unused(rs *rules.Set) []*rules.Rule {
	var out []*rules.Rule
	for _, r := range rs.Rules() {
		if u.messages[r.ID] == 0 {
			out = append(out, r)
		}
	}
	return out
}
