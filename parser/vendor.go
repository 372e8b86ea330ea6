package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// signature recognises an MTA's or provider's bounce: a header field that
// holds one of the words, or (header "") notice text that does. Matching
// is on lower-cased text; an empty word matches any value of the field.
// With needs set, the message must also have that field. evidence says
// what the signature tells beyond the vendor's name.
type signature struct {
	vendor   string
	header   string
	words    []string
	needs    string
	evidence evidence
}

// evidence is what a signature says about a message being a bounce.
type evidence int

const (
	// bounceSign: only bounces carry it (an MTA's notice wording).
	bounceSign evidence = iota
	// senderSign: the provider wrote the message (its From domain), and
	// it sends newsletters and account notices from there too; with
	// words that say a message was not delivered, it is the provider's
	// own bounce.
	senderSign
	// stampSign: a relay's header or a product named in the text, found
	// on any message that passed through: no evidence of a bounce.
	stampSign
)

// signatures are tried in order; the first that matches names the vendor.
// Providers, known by their own headers and senders, come before the MTA
// software, known by the wording of its notice.
var signatures = []signature{
	{"amazonses", "X-Ses-Outgoing", []string{""}, "", stampSign},
	{"amazonses", "From", []string{"amazonses.com"}, "", bounceSign},
	{"amazonses", "Message-Id", []string{"amazonses.com"}, "", stampSign},
	{"googlegroups", "X-Failed-Recipients", []string{"@googlegroups.com"}, "", bounceSign},
	{"gmail", "From", []string{"mailer-daemon@googlemail.com", "mailer-daemon@google.com"}, "", bounceSign},
	{"gmail", "", []string{"google tried to deliver your message"}, "", bounceSign},
	{"yahoo", "From", []string{"@yahoo.com", "@yahoo.co", "@yahoogroups", "@aol.com", "@yahooinc.com"}, "", senderSign},
	{"outlook", "From", []string{"@hotmail.", "@outlook.com", "@live.", "@msn."}, "", senderSign},
	{"exchange", "X-Ms-Exchange-Message-Is-Ndr", []string{""}, "", bounceSign},
	{"exchange", "", []string{"your message did not reach some or all of the intended recipients", "did not reach the following recipient"}, "", bounceSign},
	// The product's name, in a banner (Exchange 5.5's client wrote
	// "Internet Mail Service (5.5.x)" on ordinary mail) or in the text,
	// says whose software it is, not that the message is a bounce.
	{"exchange", "X-Mailer", []string{"microsoft exchange", "internet mail service"}, "", stampSign},
	{"exchange", "", []string{"microsoft exchange"}, "", stampSign},
	{"tencent", "From", []string{"@qq.com", "@exmail.qq.com", "@foxmail.com"}, "", senderSign},
	{"netease", "From", []string{"@163.com", "@126.com", "@yeah.net", "@188.com", "@netease.com"}, "", senderSign},
	{"sina", "From", []string{"@sina.com", "@sina.cn"}, "", senderSign},
	{"sohu", "From", []string{"@sohu.com", "@sohu.net"}, "", senderSign},
	{"aliyun", "From", []string{"@aliyun.com", "@mxhichina.com", "@aliyun-inc.com"}, "", senderSign},
	{"zoho", "From", []string{"zoho.com", "zohomail"}, "", senderSign},
	{"sendgrid", "From", []string{"sendgrid"}, "", senderSign},
	// fml, a mailing-list manager, tells the list's admin of posts it
	// refused; its ordinary posts carry the same X-MLServer field.
	{"fml", "Subject", []string{"loop alert:", "loop back warning:", "unix from loop", "fml system error", "not member article", "are not member", "security alert", "rejected mail by", "spam mail from a spammer"}, "X-MLServer", bounceSign},
	{"qmail", "", []string{"this is the qmail-send program", "qmail-send program at"}, "", bounceSign},
	{"qmail", "Received", []string{"invoked for bounce"}, "", bounceSign},
	{"postfix", "", []string{"this is the mail system at host", "the postfix program", "postfix program at host"}, "", bounceSign},
	{"exim", "", []string{"this message was created automatically by mail delivery software", "this is a copy of the message, including all the headers"}, "", bounceSign},
	{"exim", "X-Failed-Recipients", []string{""}, "", bounceSign},
	{"courier", "", []string{"courier mail server at"}, "", bounceSign},
	{"opensmtpd", "", []string{"this is the mailer-daemon, please do not reply to this e-mail", "this is the mailer-daemon, please do not reply to this email"}, "", bounceSign},
	{"dragonfly", "", []string{"dragonfly mail agent"}, "", bounceSign},
	{"domino", "", []string{"not listed in domino directory", "not listed in public name & address book", "found in domino directory", "not unique. several matches found"}, "", bounceSign},
	{"domino", "", []string{"lotus notes", "lotus domino"}, "", stampSign},
	{"domino", "X-Mailer", []string{"lotus", "domino"}, "", stampSign},
	{"sendmail", "", []string{"----- transcript of session follows -----", "----- the following addresses had permanent fatal errors -----"}, "", bounceSign},
	{"sendmail", "From", []string{"mail delivery subsystem"}, "", bounceSign},
	{"office365", "", []string{"protection.outlook.com", "office 365", "microsoft 365"}, "", stampSign},
}

// detectVendor names the MTA or provider whose bounce this is, and what
// its signature says of the message being one; lowNotice is the notice
// lower-cased.
func detectVendor(h *mime.Header, lowNotice string) (vendor string, ev evidence) {
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
				return s.vendor, s.evidence
			}
		}
	}
	return "", stampSign
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
func fieldHay(h *mime.Header, name string) (string, bool) {
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
