package parser

import (
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf8"
)

// addrSpans finds e-mail addresses in free text and returns where each
// begins and ends. The local part allows the characters RFC 5321 allows in
// practice; the domain needs a dot. It finds what the regular expression
//
//	[\p{L}\p{N}!#$%&'*+/=?^_{|}~.-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*[\p{L}\p{N}]
//
// finds, without running one over every line of a notice.
func addrSpans(s string) [][2]int {
	var out [][2]int
	run := 0 // where the run of local-part characters before i began
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && c != '@' {
			// ASCII by table: every byte of a notice line with an '@'
			// comes here.
			if !localASCII[c] {
				run = i + 1
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '@':
			if run < i {
				if end := domainEnd(s, i+1); end > 0 {
					out = append(out, [2]int{run, end})
					i, run = end, end
					continue
				}
			}
			run = i + 1
		case !isLocalRune(r):
			run = i + w
		}
		i += w
	}
	return out
}

// localASCII is isLocalRune for the ASCII bytes.
var localASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isLocalRune(rune(c))
	}
	return t
}()

// domainEnd returns where the domain that begins at i ends, or -1: one or
// more labels each followed by a dot, then as much of the next label as
// ends in a letter or digit (or, when nothing does, the last label whole).
func domainEnd(s string, i int) int {
	labels := 0
	for {
		j, first, last := i, rune(-1), rune(-1)
		for j < len(s) {
			r, w := utf8.DecodeRuneInString(s[j:])
			if !isLN(r) && r != '-' {
				break
			}
			if first < 0 {
				first = r
			}
			last = r
			j += w
		}
		if j == i || !isLN(first) || !isLN(last) || j >= len(s) || s[j] != '.' {
			break
		}
		labels++
		i = j + 1
	}
	if labels == 0 {
		return -1
	}
	end := -1
	for j := i; j < len(s); {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isLN(r) && r != '-' {
			break
		}
		j += w
		if isLN(r) {
			end = j
		}
	}
	if end < 0 && labels >= 2 {
		end = i - 1 // the last label before the final dot
	}
	return end
}

func isLN(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func isLocalRune(r rune) bool {
	return isLN(r) || r < utf8.RuneSelf && strings.IndexByte("!#$%&'*+/=?^_{|}~.-", byte(r)) >= 0
}

// findAddresses returns the addresses in s in order, normalised, without
// repeats.
func findAddresses(s string) []string {
	if strings.IndexByte(s, '@') < 0 {
		return nil
	}
	var out []string
	for _, m := range addrSpans(s) {
		a := normalizeAddress(s[m[0]:m[1]])
		if a == "" || containsString(out, a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// normalizeAddress trims the decoration MTAs put around addresses and
// lower-cases the domain; "" when what is left is no address.
func normalizeAddress(a string) string {
	a = strings.TrimSpace(a)
	a = strings.Trim(a, "<>\"'`()[]{},;:. ")
	if strings.HasPrefix(lower(a), "mailto:") {
		a = a[7:]
	}
	i := strings.LastIndexByte(a, '@')
	if i <= 0 || i == len(a)-1 {
		return ""
	}
	// Dots before the local part are the sentence's; dots at its end or
	// doubled are the address's own, which RFC 5322 writes quoted
	// ("neko....nyaan...."@example.org). The record keeps the address as
	// the notice wrote it: quoted when it was, bare when a sender typed
	// it so (priya.raman.@…) and the notice repeats it, so that it
	// matches the sender's own list.
	quoted := strings.Contains(a[:i], `"`)
	local, rawDomain := strings.TrimLeft(strings.Trim(a[:i], `"`), "."), strings.Trim(a[i+1:], ".")
	// An X.400 gateway's wrapper of the address ("SMTP=bob@…", Exchange
	// and Domino write "RFC-822=bob@…" too), or a log line's key
	// ("rcpt=bob@…"): the address alone.
	k := keyPrefix(local)
	local = local[k:]
	domain := lower(rawDomain)
	if !validLocal(local) || !validDomain(domain) {
		return ""
	}
	if quoted && (strings.HasSuffix(local, ".") || strings.Contains(local, "..")) {
		local = `"` + local + `"`
	} else if k == 0 && len(local) == i && len(rawDomain) == len(a)-i-1 && domain == rawDomain {
		return a // already normal: no copy
	}
	return local + "@" + domain
}

// validLocal tells whether a local part can name a mailbox: it has a
// letter or digit (uuencoded or quoted-printable text has runs like "=@"
// that do not).
func validLocal(local string) bool {
	for _, r := range local {
		if isLN(r) {
			return true
		}
	}
	return false
}

// validDomain tells whether a domain can receive mail: two labels or more,
// the last a top-level domain of two letters or more (or an IDN's
// "xn--" form). "e.3" or "h.j" in uuencoded data, or a version number
// "1.2.3", are no domains.
func validDomain(domain string) bool {
	i := strings.LastIndexByte(domain, '.')
	if i <= 0 {
		return false
	}
	tld := domain[i+1:]
	if strings.HasPrefix(tld, "xn--") {
		return len(tld) > 4
	}
	n := 0
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// keyPrefix returns the length of the key that local begins with, or 0:
// an X.400 address type ("SMTP=", "RFC-822=") or the key of a key=value
// log line ("rcpt=", "to=", "recipient=", "orcpt=", as mail logs and
// applications' delivery reports write them). Only the text before the
// first '=' is looked at, so a VERP address keeps its '=' signs
// ("list-bounces+bob=example.org@…").
func keyPrefix(local string) int {
	if j := strings.IndexByte(local, '='); j > 0 && j < len(local)-1 {
		switch lower(local[:j]) {
		case "smtp", "rfc-822", "rfc822", "internet", "rcpt", "to", "recipient", "orcpt":
			return j + 1
		}
	}
	return 0
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isSystemAddress tells whether an address belongs to the mail system
// rather than to a person: such addresses are never failed recipients.
func isSystemAddress(a string) bool {
	local := lower(a[:strings.LastIndexByte(a, '@')])
	switch local {
	case "mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mailerdaemon":
		return true
	}
	return false
}

// addressOf returns the bare address of a From/To-style field value.
func addressOf(v string) string {
	v = strings.TrimSpace(v)
	if strings.IndexByte(v, '@') < 0 {
		// Every way below needs an '@' ("Mail Delivery Subsystem
		// <MAILER-DAEMON>"): spare net/mail failing twice.
		return ""
	}
	if a, ok := plainAddress(v); ok {
		return normalizeAddress(a)
	}
	if a, err := mail.ParseAddress(v); err == nil {
		return normalizeAddress(requote(v, a.Address))
	}
	if list, err := mail.ParseAddressList(v); err == nil && len(list) > 0 {
		return normalizeAddress(requote(v, list[0].Address))
	}
	if a := findAddresses(v); len(a) > 0 {
		return a[0]
	}
	return ""
}

// requote gives back the quotes net/mail takes off a local part
// ("neko....nyaan...."@…) when the field wrote them: normalizeAddress
// keeps an address as quoted as the notice had it.
func requote(field, addr string) string {
	i := strings.LastIndexByte(addr, '@')
	if i <= 0 || strings.Contains(addr[:i], `"`) || !strings.Contains(field, `"`+addr[:i]+`"@`) {
		return addr
	}
	return `"` + addr[:i] + `"` + addr[i:]
}

// plainAddress returns the address of v when v is "local@domain",
// "<local@domain>", "Plain Words <local@domain>", "\"Quoted, Words\"
// <local@domain>" or "local@domain (Plain Words)" in plain ASCII: what
// mail.ParseAddress returns for these common forms, without its parser.
// false for any other form.
func plainAddress(v string) (string, bool) {
	switch {
	case strings.HasSuffix(v, ">"):
		i := strings.IndexByte(v, '<')
		if i < 0 || !plainName(v[:i]) {
			return "", false
		}
		v = v[i+1 : len(v)-1]
	case strings.HasSuffix(v, ")"):
		i := strings.IndexByte(v, '(')
		if i < 0 || !plainWords(v[i+1:len(v)-1]) {
			return "", false
		}
		v = strings.TrimRight(v[:i], " ")
	}
	at := strings.IndexByte(v, '@')
	if at < 0 || !isDotAtom(v[:at]) || !isDotAtom(v[at+1:]) {
		return "", false
	}
	return v, true
}

// plainName tells whether s is a display name of plain words, or of
// ASCII words in quotes, with spaces after.
func plainName(s string) bool {
	if strings.HasPrefix(s, "\"") {
		i := strings.IndexByte(s[1:], '"') + 1
		if i == 0 || strings.Trim(s[i+1:], " ") != "" {
			return false
		}
		for _, c := range []byte(s[1:i]) {
			// Not '"', '\\' or what may begin an RFC 2047 word.
			if c < ' ' || c > '~' || c == '"' || c == '\\' || c == '=' || c == '?' {
				return false
			}
		}
		return true
	}
	return plainWords(s)
}

// plainWords tells whether s is letters, digits and spaces.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && !isAlnum(c) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isDotAtom tells whether s is an RFC 5322 dot-atom of ASCII atext.
func isDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>[]:;@\,"`, c) >= 0 {
			return false
		}
	}
	return true
}
