package campaign

import (
	"errors"
	"regexp"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// A pattern is a compiled VERP pattern. One with {local} and {domain} is
// read at every place the address could start (pre matches what comes
// before it, post the rest), so that match sees every reading; one with
// tokens only is read by the whole expression, '*' shortest first (the
// reading preferred) and '**' longest first.
type pattern struct {
	whole     *regexp.Regexp
	pre, post *regexp.Regexp // nil when the pattern holds no {local}
	// needEq: the pattern's own text holds '=', so an address without
	// one cannot match (the usual case, checked before any expression).
	needEq bool
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

// maxPath bounds the addresses read (RFC 5321 4.5.3.1.3: a path is at
// most 256 octets): match tries every place the address can start.
const maxPath = 256

// token is what '#' matches: a sender's own id (a number, a hash, a
// token with dots), never a delimiter, so it cannot take part of the
// address that follows it.
const token = `[0-9A-Za-z._]+`

func compilePattern(s string) (*pattern, error) {
	s = strings.TrimSpace(s)
	if strings.Count(s, "@") != 1 {
		return nil, errors.New("a pattern is one address: one '@'")
	}
	var whole, pre strings.Builder
	cur := &whole // pre gets a copy of whole up to {local}
	seen := map[string]bool{}
	p := &pattern{}
	for rest := s; rest != ""; {
		switch {
		case strings.HasPrefix(rest, "**"):
			// Longest first: the prefixes of some senders hold the
			// delimiter ("bounce-5899542-1206365-local=domain@").
			cur.WriteString(`[^@]+`)
			rest = rest[2:]
		case rest[0] == '*':
			cur.WriteString(`[^@]+?`)
			rest = rest[1:]
		case rest[0] == '#':
			cur.WriteString(token)
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
			if name == "local" {
				pre.WriteString(whole.String())
			}
			cur.WriteString(`(?P<` + name + `>` + re + `)`)
			rest = rest[end+1:]
		default:
			n := strings.IndexAny(rest, "*#{")
			if n < 0 {
				n = len(rest)
			}
			p.needEq = p.needEq || strings.Contains(rest[:n], "=")
			cur.WriteString(regexp.QuoteMeta(rest[:n]))
			rest = rest[n:]
		}
	}
	if seen["local"] != seen["domain"] {
		return nil, errors.New("{local} and {domain} go together")
	}
	if len(seen) == 0 {
		return nil, errors.New("no placeholder: nothing to decode")
	}
	var err error
	if p.whole, err = regexp.Compile(`(?i)^` + whole.String() + `$`); err != nil {
		return nil, err
	}
	if seen["local"] {
		w := whole.String()
		if p.pre, err = regexp.Compile(`(?i)^` + pre.String() + `$`); err != nil {
			return nil, err
		}
		if p.post, err = regexp.Compile(`(?i)^` + w[pre.Len():] + `$`); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// match returns the distinct readings of addr, none when the pattern
// does not match it. A pattern with {local} gives one reading for each
// place the address can start at ("news-owner-mary-jane=…" reads as
// owner-mary-jane, mary-jane and jane), leaving out a domain that is
// under no top-level domain; a pattern of tokens gives its preferred
// reading.
func (p *pattern) match(addr string) []decoded {
	if len(addr) > maxPath || p.needEq && strings.IndexByte(addr, '=') < 0 {
		return nil
	}
	if p.pre == nil {
		m := p.whole.FindStringSubmatch(addr)
		if m == nil {
			return nil
		}
		return []decoded{p.reading(p.whole, m, decoded{})}
	}
	if !p.whole.MatchString(addr) {
		return nil
	}
	var out []decoded
	at := strings.IndexByte(addr, '@')
	if at < 0 {
		at = len(addr)
	}
	for s := 0; s < at; s++ {
		if !p.pre.MatchString(addr[:s]) {
			continue
		}
		m := p.post.FindStringSubmatch(addr[s:])
		if m == nil {
			continue
		}
		d := p.reading(p.post, m, decoded{})
		if pm := p.pre.FindStringSubmatch(addr[:s]); pm != nil {
			d = p.reading(p.pre, pm, d)
		}
		if !isDomain(d.address[strings.LastIndexByte(d.address, '@')+1:]) {
			continue
		}
		if !containsReading(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// reading fills d from the submatches m of re.
func (p *pattern) reading(re *regexp.Regexp, m []string, d decoded) decoded {
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
	return d
}

func containsReading(ds []decoded, d decoded) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// isDomain tells whether a decoded domain can be one: its labels are
// host names and its last is a top-level domain (of the public suffix
// list's ICANN part), or one RFC 2606 keeps for tests and documentation. A person's tagged address
// ("bob+newsletter=weekly.digest@") holds no domain.
func isDomain(d string) bool {
	d = strings.ToLower(d)
	for l := range strings.SplitSeq(d, ".") {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' ||
			strings.ContainsFunc(l, func(r rune) bool { return !(r == '-' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || r >= 0x80) }) {
			return false
		}
	}
	tld := d[strings.LastIndexByte(d, '.')+1:]
	switch tld {
	case "example", "test", "invalid", "localhost":
		return true
	}
	if strings.ContainsFunc(tld, func(r rune) bool { return r >= 0x80 }) {
		return true // an internationalised TLD, which the list spells xn--
	}
	_, icann := publicsuffix.PublicSuffix(d)
	return icann
}
