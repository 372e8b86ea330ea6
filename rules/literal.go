package rules

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
)

// Limits that keep the literal analysis small.
const (
	maxLitSet = 16  // most alternatives a literal set may hold
	maxLitLen = 128 // longest literal we bother to build
)

// litInfo describes what a regexp fragment can match, as far as literals go.
//
//   - exact, when not nil, is the complete set of strings the fragment can
//     match ("" included when it can match the empty string).
//   - req, when not nil, is a set of strings one of which occurs in every
//     match of the fragment.
//
// Both nil means nothing is known.
type litInfo struct {
	exact []string
	req   []string
}

// requiredLiterals returns a set of literal strings at least one of which
// occurs in every text the regexp re matches, or nil when no such set is
// known (the regexp must then be tried on every text). It is sound: it may
// give up, but it never returns a set that a match could avoid.
func requiredLiterals(re *syntax.Regexp) []string {
	info := analyze(re.Simplify())
	set := info.exact
	if set == nil {
		set = info.req
	}
	if set == nil || containsEmpty(set) {
		return nil
	}
	return minimal(set)
}

// minimal drops the members of a literal set that contain another member:
// wherever the longer one occurs, the shorter one does too.
func minimal(set []string) []string {
	out := make([]string, 0, len(set))
	for i, s := range set {
		redundant := false
		for j, t := range set {
			if i != j && len(t) < len(s) && strings.Contains(s, t) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}

func containsEmpty(set []string) bool {
	for _, s := range set {
		if s == "" {
			return true
		}
	}
	return false
}

// quality ranks a literal set as a prefilter: the longer its shortest
// member the better, then the fewer members the better.
func quality(set []string) (minLen, n int) {
	if set == nil || containsEmpty(set) {
		return 0, 0
	}
	minLen = -1
	for _, s := range set {
		if minLen < 0 || len(s) < minLen {
			minLen = len(s)
		}
	}
	return minLen, len(set)
}

func better(a, b []string) bool {
	la, na := quality(a)
	lb, nb := quality(b)
	if la == 0 {
		return false
	}
	if lb == 0 {
		return true
	}
	// Past a few bytes a literal is selective enough: then fewer
	// alternatives are better, then longer ones.
	ca, cb := min(la, 6), min(lb, 6)
	if ca != cb {
		return ca > cb
	}
	if na != nb {
		return na < nb
	}
	return la > lb
}

func dedup(set []string) []string {
	sort.Strings(set)
	out := set[:0]
	for i, s := range set {
		if i == 0 || s != set[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// cross returns every a+b, or nil when the result would be too large.
func cross(a, b []string) []string {
	if len(a)*len(b) > maxLitSet {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if len(x)+len(y) > maxLitLen {
				return nil
			}
			out = append(out, x+y)
		}
	}
	return dedup(out)
}

func analyze(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			// Case folding lets a literal match runes whose lower case
			// differs from the literal's (ſ for s, K for k): no claim.
			return litInfo{}
		}
		s := string(re.Rune)
		if len(s) > maxLitLen {
			return litInfo{req: []string{s[:maxLitLen]}}
		}
		return litInfo{exact: []string{s}}

	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine,
		syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary,
		syntax.OpNoWordBoundary:
		return litInfo{exact: []string{""}}

	case syntax.OpCharClass:
		// A small class becomes a set of one-rune strings.
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > maxLitSet {
				return litInfo{}
			}
		}
		set := make([]string, 0, n)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set = append(set, string(r))
			}
		}
		if len(set) == 0 {
			return litInfo{}
		}
		return litInfo{exact: set}

	case syntax.OpCapture:
		return analyze(re.Sub[0])

	case syntax.OpQuest:
		sub := analyze(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxLitSet {
			return litInfo{exact: dedup(append(append([]string(nil), sub.exact...), ""))}
		}
		return litInfo{exact: nil, req: nil}

	case syntax.OpStar:
		return litInfo{}

	case syntax.OpPlus:
		sub := analyze(re.Sub[0])
		if sub.exact != nil {
			return litInfo{req: sub.exact}
		}
		return litInfo{req: sub.req}

	case syntax.OpRepeat:
		// Simplify rewrites most repeats; what is left is a bounded
		// repetition too large to expand.
		if re.Min < 1 {
			return litInfo{}
		}
		sub := analyze(re.Sub[0])
		if sub.exact != nil {
			return litInfo{req: sub.exact}
		}
		return litInfo{req: sub.req}

	case syntax.OpConcat:
		// cur is the set of strings the run of exact fragments read so
		// far can match; tail is the plain string of the single-string
		// fragments at the end of that run. Both are contiguous in any
		// match, so both are candidates whenever a run ends.
		var best []string
		cur, tail := []string{""}, ""
		allExact := true
		consider := func(set []string) {
			if better(set, best) {
				best = set
			}
		}
		endRun := func() {
			consider(cur)
			if tail != "" {
				consider([]string{tail})
			}
		}
		for _, s := range re.Sub {
			si := analyze(s)
			if si.exact != nil {
				if len(si.exact) == 1 {
					tail += si.exact[0]
				} else {
					if tail != "" {
						consider([]string{tail})
					}
					tail = ""
				}
				if c := cross(cur, si.exact); c != nil {
					cur = c
					continue
				}
				// Too large to join: it starts a new run.
				allExact = false
				endRun()
				cur = si.exact
				if len(si.exact) == 1 {
					tail = si.exact[0]
				}
				continue
			}
			allExact = false
			endRun()
			cur, tail = []string{""}, ""
			consider(si.req)
		}
		if allExact {
			return litInfo{exact: cur}
		}
		endRun()
		return litInfo{req: best}

	case syntax.OpAlternate:
		var union []string
		exact := true
		for _, s := range re.Sub {
			si := analyze(s)
			if si.exact == nil {
				exact = false
			}
			switch {
			case si.exact != nil:
				union = append(union, si.exact...)
			case si.req != nil:
				union = append(union, si.req...)
			default:
				return litInfo{}
			}
		}
		union = dedup(union)
		if len(union) > maxLitSet {
			return litInfo{}
		}
		if exact {
			return litInfo{exact: union}
		}
		if containsEmpty(union) {
			return litInfo{}
		}
		return litInfo{req: union}
	}
	// OpAnyChar, OpAnyCharNotNL, OpNoMatch and anything new: no claim.
	return litInfo{}
}

// upperLiteral returns the first literal rune of re (outside (?i)) that is
// upper case: such a rune can never match the lower-cased text the engine
// feeds regexps. It returns 0 when there is none.
func upperLiteral(re *syntax.Regexp) rune {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase == 0 {
		for _, r := range re.Rune {
			if unicode.IsUpper(r) && strings.ToLower(string(r)) != string(r) {
				return r
			}
		}
	}
	for _, s := range re.Sub {
		if r := upperLiteral(s); r != 0 {
			return r
		}
	}
	return 0
}
