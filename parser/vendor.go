package parser

import "strings"

// signature recognises an MTA's or provider's bounce: a header field that
// holds one of the words, or (header "") notice text that does. Matching
// is on lower-cased text; an empty word matches any value of the field.
// With needs set, the message must also have that field. A weak signature
// names who wrote a message, not that it is a bounce: the provider sends
// newsletters and account notices from the same domain, and a relay
// stamps its header on every message it sends.
type signature struct {
	vendor string
	header string
	words  []string
	needs  string
	weak   bool
}

// signatures are tried in order; the first that matches names the vendor.
// Providers, known by their own headers and senders, come before the MTA
// software, known by the wording of its notice.
var signatures = []signature{
	{"amazonses", "X-Ses-Outgoing", []string{""}, "", true},
	{"amazonses", "From", []string{"amazonses.com"}, "", false},
	{"amazonses", "Message-Id", []string{"amazonses.com"}, "", true},
	{"googlegroups", "X-Failed-Recipients", []string{"@googlegroups.com"}, "", false},
	{"gmail", "From", []string{"mailer-daemon@googlemail.com", "mailer-daemon@google.com"}, "", false},
	{"gmail", "", []string{"google tried to deliver your message"}, "", false},
	{"yahoo", "From", []string{"@yahoo.com", "@yahoo.co", "@yahoogroups", "@aol.com", "@yahooinc.com"}, "", true},
	{"outlook", "From", []string{"@hotmail.", "@outlook.com", "@live.", "@msn."}, "", true},
	{"exchange", "X-Ms-Exchange-Message-Is-Ndr", []string{""}, "", false},
	{"exchange", "X-Mailer", []string{"microsoft exchange", "internet mail service"}, "", false},
	{"exchange", "", []string{"your message did not reach some or all of the intended recipients", "did not reach the following recipient", "microsoft exchange"}, "", false},
	{"tencent", "From", []string{"@qq.com", "@exmail.qq.com", "@foxmail.com"}, "", true},
	{"netease", "From", []string{"@163.com", "@126.com", "@yeah.net", "@188.com", "@netease.com"}, "", true},
	{"sina", "From", []string{"@sina.com", "@sina.cn"}, "", true},
	{"sohu", "From", []string{"@sohu.com", "@sohu.net"}, "", true},
	{"aliyun", "From", []string{"@aliyun.com", "@mxhichina.com", "@aliyun-inc.com"}, "", true},
	{"zoho", "From", []string{"zoho.com", "zohomail"}, "", true},
	{"sendgrid", "From", []string{"sendgrid"}, "", true},
	// fml, a mailing-list manager, tells the list's admin of posts it
	// refused; its ordinary posts carry the same X-MLServer field.
	{"fml", "Subject", []string{"loop alert:", "loop back warning:", "unix from loop", "fml system error", "not member article", "are not member", "security alert", "rejected mail by", "spam mail from a spammer"}, "X-MLServer", false},
	{"qmail", "", []string{"this is the qmail-send program", "qmail-send program at"}, "", false},
	{"qmail", "Received", []string{"invoked for bounce"}, "", false},
	{"postfix", "", []string{"this is the mail system at host", "the postfix program", "postfix program at host"}, "", false},
	{"exim", "", []string{"this message was created automatically by mail delivery software", "this is a copy of the message, including all the headers"}, "", false},
	{"exim", "X-Failed-Recipients", []string{""}, "", false},
	{"courier", "", []string{"courier mail server at"}, "", false},
	{"opensmtpd", "", []string{"this is the mailer-daemon, please do not reply to this e-mail", "this is the mailer-daemon, please do not reply to this email"}, "", false},
	{"dragonfly", "", []string{"dragonfly mail agent"}, "", false},
	{"domino", "", []string{"lotus notes", "lotus domino"}, "", false},
	{"domino", "X-Mailer", []string{"lotus", "domino"}, "", true},
	{"sendmail", "", []string{"----- transcript of session follows -----", "----- the following addresses had permanent fatal errors -----"}, "", false},
	{"sendmail", "From", []string{"mail delivery subsystem"}, "", false},
	{"office365", "", []string{"protection.outlook.com", "office 365", "microsoft 365"}, "", true},
}

// detectVendor names the MTA or provider whose bounce this is, and
// whether it was known by a weak signature only; lowNotice is the notice
// lower-cased.
func detectVendor(h *header, lowNotice string) (vendor string, weak bool) {
	text := lowNotice
	if len(text) > 16384 {
		text = text[:16384]
	}
	fromDomain := ""
	if a := addressOf(h.Get("From")); a != "" {
		fromDomain = a[strings.LastIndexByte(a, '@')+1:]
	}
	// Several signatures read the same field: lower-case each field once.
	var hays [8]struct {
		name, hay string
		ok        bool
	}
	nhays := 0
	for si, s := range signatures {
		if s.needs != "" && h.Get(s.needs) == "" {
			continue
		}
		hay := text
		if s.header != "" {
			i := 0
			for i < nhays && hays[i].name != s.header {
				i++
			}
			ok := false
			if i < nhays {
				hay, ok = hays[i].hay, hays[i].ok
			} else {
				hay, ok = fieldHay(h, s.header)
				if nhays < len(hays) {
					hays[nhays].name, hays[nhays].hay, hays[nhays].ok = s.header, hay, ok
					nhays++
				}
			}
			if !ok {
				continue
			}
		}
		for wi, w := range s.words {
			if signatureWords[si][wi].in(hay) || s.header == "From" && domainIs(fromDomain, w) {
				return s.vendor, s.weak
			}
		}
	}
	return "", false
}

// signatureWords are the words of signatures made ready for searching.
var signatureWords = func() [][]needle {
	out := make([][]needle, len(signatures))
	for i, s := range signatures {
		for _, w := range s.words {
			out[i] = append(out[i], newNeedle(w))
		}
	}
	return out
}()

// needle is a word to search for by its rarest byte: strings.Contains
// looks for the first byte, and the words of notices mostly begin with
// letters as common as 't' ("this is the …"), which makes it stop and
// compare at every other word of a long notice.
type needle struct {
	s string
	k int // index of the rarest byte of s
}

// byteCommonness orders bytes from common to rare in English notices;
// bytes not listed are rarer still.
const byteCommonness = " etaoinsrhldcu-.mfpgwyb0123456789vk:xjqz"

func newNeedle(s string) needle {
	n := needle{s: s}
	best := -1
	for i := 0; i < len(s); i++ {
		rank := strings.IndexByte(byteCommonness, s[i])
		if rank < 0 {
			rank = len(byteCommonness)
		}
		if rank > best {
			best, n.k = rank, i
		}
	}
	return n
}

// in tells whether hay contains the needle, as strings.Contains does.
func (n needle) in(hay string) bool {
	if n.s == "" {
		return true
	}
	c := n.s[n.k]
	for i := 0; ; {
		j := strings.IndexByte(hay[i:], c)
		if j < 0 {
			return false
		}
		start := i + j - n.k
		if start >= 0 && start+len(n.s) <= len(hay) && hay[start:start+len(n.s)] == n.s {
			return true
		}
		i += j + 1
	}
}

// fieldHay is the text of every named field, lower-cased and RFC 2047
// words decoded; false when the message has no such field.
func fieldHay(h *header, name string) (string, bool) {
	vals := h.Values(name)
	if len(vals) == 0 {
		return "", false
	}
	hay := lower(strings.Join(vals, "\n"))
	if strings.Contains(hay, "=?") {
		hay = lower(headerText(h, name))
	}
	return hay, true
}

// domainIs tells whether domain is, or is below, the domain of an
// "@domain" word: MAILER-DAEMON@smtpbg58.qq.com is QQ's.
func domainIs(domain, word string) bool {
	if domain == "" || !strings.HasPrefix(word, "@") {
		return false
	}
	want := strings.TrimSuffix(word[1:], ".")
	return domain == want || strings.HasSuffix(domain, "."+want)
}
