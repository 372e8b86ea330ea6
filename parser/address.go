package parser

import (
	"regexp"
	"strings"
)

// addrRe finds e-mail addresses in free text. The local part allows the
// characters RFC 5321 allows in practice; the domain needs a dot.
var addrRe = regexp.MustCompile(`[\p{L}\p{N}!#$%&'*+/=?^_{|}~.-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*[\p{L}\p{N}]`)

// findAddresses returns the addresses in s in order, normalised, without
// repeats.
func findAddresses(s string) []string {
	if strings.IndexByte(s, '@') < 0 {
		return nil
	}
	var out []string
	for _, m := range addrRe.FindAllStringIndex(s, -1) {
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
	if strings.HasPrefix(strings.ToLower(a), "mailto:") {
		a = a[7:]
	}
	i := strings.LastIndexByte(a, '@')
	if i <= 0 || i == len(a)-1 {
		return ""
	}
	local, domain := strings.Trim(a[:i], "."), strings.ToLower(strings.Trim(a[i+1:], "."))
	if local == "" || !strings.Contains(domain, ".") {
		return ""
	}
	return local + "@" + domain
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
	local := strings.ToLower(a[:strings.LastIndexByte(a, '@')])
	switch local {
	case "mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "mailerdaemon":
		return true
	}
	return false
}
