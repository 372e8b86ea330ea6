package campaign

import (
	"errors"
	"regexp"
	"strings"
)

// A pattern is a compiled VERP pattern: the same regular expression with
// '*' shortest first (lazy, the reading preferred) and longest first
// (greedy); '**' the other way round.
type pattern struct {
	lazy, greedy *regexp.Regexp
}

// decoded is what one reading of a return address gives.
type decoded struct {
	address              string // local@domain, the domain lower-cased
	subscriber, campaign string
}

// What each placeholder matches: a VERP local part holds no '=' or '@',
// the domain at least one dot.
var placeholders = map[string]string{
	"local":      `[^@=]+`,
	"domain":     `[^@=]+\.[^@=]+`,
	"subscriber": `[^@]+`,
	"campaign":   `[^@]+`,
}

func compilePattern(s string) (*pattern, error) {
	s = strings.TrimSpace(s)
	if strings.Count(s, "@") != 1 {
		return nil, errors.New("a pattern is one address: one '@'")
	}
	var lazy, greedy strings.Builder
	seen := map[string]bool{}
	for rest := s; rest != ""; {
		switch {
		case strings.HasPrefix(rest, "**"):
			// Longest first: the prefixes of some senders hold the
			// delimiter ("bounce-5899542-1206365-local=domain@").
			lazy.WriteString(`[^@]+`)
			greedy.WriteString(`[^@]+?`)
			rest = rest[2:]
		case rest[0] == '*':
			lazy.WriteString(`[^@]+?`)
			greedy.WriteString(`[^@]+`)
			rest = rest[1:]
		case rest[0] == '{':
			end := strings.IndexByte(rest, '}')
			if end < 0 {
				return nil, errors.New("a '{' without its '}'")
			}
			name := rest[1:end]
			re, ok := placeholders[name]
			if !ok {
				return nil, errors.New("unknown placeholder {" + name + "}: {local}, {domain}, {subscriber} or {campaign}")
			}
			if seen[name] {
				return nil, errors.New("{" + name + "} twice")
			}
			seen[name] = true
			// The other side of '*': longest when '*' is shortest.
			lazy.WriteString(`(?P<` + name + `>` + re + `)`)
			greedy.WriteString(`(?P<` + name + `>` + strings.Replace(re, "+", "+?", 1) + `)`)
			rest = rest[end+1:]
		default:
			n := strings.IndexAny(rest, "*{")
			if n < 0 {
				n = len(rest)
			}
			lazy.WriteString(regexp.QuoteMeta(rest[:n]))
			greedy.WriteString(regexp.QuoteMeta(rest[:n]))
			rest = rest[n:]
		}
	}
	if seen["local"] != seen["domain"] {
		return nil, errors.New("{local} and {domain} go together")
	}
	if len(seen) == 0 {
		return nil, errors.New("no placeholder: nothing to decode")
	}
	var p pattern
	var err error
	if p.lazy, err = regexp.Compile(`(?i)^` + lazy.String() + `$`); err != nil {
		return nil, err
	}
	if p.greedy, err = regexp.Compile(`(?i)^` + greedy.String() + `$`); err != nil {
		return nil, err
	}
	return &p, nil
}

// match returns the readings of addr: the preferred one, then the other
// when it differs; none when the pattern does not match.
func (p *pattern) match(addr string) []decoded {
	var out []decoded
	for _, re := range []*regexp.Regexp{p.lazy, p.greedy} {
		m := re.FindStringSubmatch(addr)
		if m == nil {
			return out
		}
		var d decoded
		var local, domain string
		for i, name := range re.SubexpNames() {
			switch name {
			case "local":
				local = m[i]
			case "domain":
				domain = m[i]
			case "subscriber":
				d.subscriber = clean(m[i])
			case "campaign":
				d.campaign = clean(m[i])
			}
		}
		if local != "" {
			d.address = strings.Clone(local) + "@" + strings.ToLower(domain)
		}
		if len(out) == 0 || out[0] != d {
			out = append(out, d)
		}
	}
	return out
}
