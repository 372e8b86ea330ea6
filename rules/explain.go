package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Candidate is a rule whose conditions hold for a query, with what ranks
// it (see Candidates).
type Candidate struct {
	Rule *Rule
	// Codes: tiers 1–2, the number of status/reply conditions that hold;
	// tiers 3–4, how specific the matching entry is (3 exact … 1 class).
	Codes int
	// Length of the matched phrase or regexp match, or of the stretch from
	// a concept's noun to its predicate; 0 for status and reply rules.
	Length int
	// HeadFinal: a concept whose noun and predicate are CJK, where the
	// tighter pair wins (see conceptRank); it outranks any head-first
	// match of the same priority.
	HeadFinal bool
	// Object: that CJK pair's noun follows the predicate, as its object;
	// it ranks below a pair whose noun is the subject.
	Object bool
}

// Candidates returns every active rule whose conditions hold for q, in
// the order the tiers, priorities, codes and match lengths rank them
// (strongest first). It does the work Match saves, for explaining a
// verdict; Match may still prefer a later candidate when the first one's
// reason names no cause (onhold, undefined) and a code names one.
func (s *Set) Candidates(q Query) []Candidate {
	if s == nil {
		return nil
	}
	status := strings.TrimSpace(q.Status)
	reply := strings.TrimSpace(q.ReplyCode)
	text := appendLower(nil, q.Text)
	var words []wordHit
	s.conceptAC.scan(text, func(id int32, end int) {
		start := end - int(s.conceptLen[id])
		for _, o := range s.conceptOwners[id] {
			if o.wordStart && start > 0 && wordByte(text[start-1]) || o.wordEnd && end < len(text) && wordByte(text[end]) {
				continue
			}
			words = append(words, wordHit{rule: o.rule, kind: o.kind, start: int32(start), end: int32(end)})
		}
	})
	var out []candidate
	for i, r := range s.rules {
		idx := int32(i)
		c := &s.comp[i]
		cand := candidate{idx: idx, tier: c.tier, prio: r.Priority}
		switch c.tier {
		case TierVendor, TierPhrase:
			codes, ok := s.conditions(c, status, reply, q)
			if !ok {
				continue
			}
			cand.codes = codes
			m := -1
			if !c.text {
				m = 0
			}
			for _, p := range r.Phrases {
				if lp := strings.ToLower(p); strings.Contains(string(text), lp) && len(lp) > m {
					m = len(lp)
				}
			}
			for _, re := range c.res {
				if loc := re.FindIndex(text); loc != nil && loc[1]-loc[0] > m {
					m = loc[1] - loc[0]
				}
			}
			if c.concept {
				if n := conceptRank(words, idx, text); n > m {
					m = n
				}
			}
			if m < 0 {
				continue
			}
			cand.mlen = m
		case TierStatus:
			sp := statusSpecificity(c.status, status)
			if sp == 0 || len(c.reply) > 0 && !matchReply(c.reply, reply) {
				continue
			}
			cand.codes = sp
		case TierReply:
			if !matchReply(c.reply, reply) {
				continue
			}
			switch {
			case containsStr(c.reply, reply):
				cand.codes = 3
			case len(reply) == 3 && containsStr(c.reply, reply[:2]+"x"):
				cand.codes = 2
			default:
				cand.codes = 1
			}
		default:
			continue
		}
		out = append(out, cand)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].beats(out[j], true) })
	res := make([]Candidate, len(out))
	for i, c := range out {
		res[i] = Candidate{Rule: s.rules[c.idx], Codes: c.codes, Length: c.mlen}
		if c.mlen > headFinalRank/2 {
			res[i].Length, res[i].HeadFinal = (headFinalRank-c.mlen)%objectRank, true
			res[i].Object = headFinalRank-c.mlen >= objectRank
		}
	}
	return res
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Why tells in a few words why candidate a outranks candidate b.
func Why(a, b Candidate) string {
	ta, tb := a.Rule.Tier(), b.Rule.Tier()
	switch {
	case ta != tb:
		return fmt.Sprintf("%s evidence beats %s evidence", ta, tb)
	case a.Rule.Priority != b.Rule.Priority:
		return fmt.Sprintf("priority %d beats %d", a.Rule.Priority, b.Rule.Priority)
	case a.Codes != b.Codes:
		if ta >= TierStatus {
			return "the more specific code"
		}
		return "its status/reply condition also holds"
	case a.HeadFinal && b.HeadFinal && a.Object != b.Object:
		return "its CJK noun is the predicate's subject, the other's only its object"
	case a.HeadFinal && b.HeadFinal:
		return fmt.Sprintf("the tighter CJK pair: its noun is the predicate's subject (%d bytes against %d)", a.Length, b.Length)
	case a.HeadFinal != b.HeadFinal:
		return "a CJK pair, read head-final, ranks above a head-first match"
	case b.Length == 0 && len(b.Rule.Nouns) > 0:
		return "the other's noun only follows its predicate: a complement, ranked lowest"
	case a.Length != b.Length:
		return fmt.Sprintf("the longer match (%d bytes against %d)", a.Length, b.Length)
	}
	return "defined earlier (or in a later file)"
}
