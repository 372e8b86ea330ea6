package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// proseAddress tells whether the address at lines[i][at:] is one the
// notice's prose names for another purpose than a failed recipient: the
// sender the message was received from, a new address it moved to, or a
// placeholder in guidance. It runs only for addresses that passed the
// cheaper checks of freeTextRecipients.
func (b *book) proseAddress(lines []string, i, at int, addr string) bool {
	before := lines[i][:at]
	return receivedFrom(lines, i, before) || b.placeholderAddress(addr) || b.cjkSuggested(before) || b.suggestedAbove(lines, i, before) ||
		b.pleaseSendTo(before) || i > 0 && endsInSendTo(before) && b.pleaseSendTo(lines[i-1]+" "+before)
}

// endsInSendTo tells whether the words before an address end in the word
// a request to send puts before it (pleaseSend's "an", "to"): only then
// may the request have begun on the line above.
func endsInSendTo(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	last := lower(strings.TrimRight(f[len(f)-1], "<\"'"))
	for _, p := range pleaseSend {
		if last == p.to {
			return true
		}
	}
	return false
}

// pleaseSendTo tells whether the words before an address ask the reader
// to send to it ("Bitte senden Sie Ihre Nachricht künftig an X", "Please
// send your mail to X from now on") or to turn to it ("Bitte wenden Sie
// sich unter Angabe der Referenz an X", "adressez-vous à X"): a new or a
// help address, not a failed one. The request may begin on the line
// above (proseAddress joins it). The
// request and its "an"/"to" are both needed: "Ihre Nachricht an X wurde
// nicht zugestellt" names the failed recipient. Between the request and
// its "to" stands only the short object of the same sentence ("your
// mail", "uw berichten voortaan te sturen"): "Please forward this notice
// to your mail administrator. Delivery failed to X" names X as failed
// (the book's failure_verbs).
func (b *book) pleaseSendTo(before string) bool {
	low := lower(strings.TrimRight(before, " \t<\"'"))
	for _, p := range pleaseSend {
		k := strings.LastIndex(low, p.ask)
		if k < 0 || !strings.HasSuffix(low[k:], " "+p.to) {
			continue
		}
		object := low[k+len(p.ask) : len(low)-len(p.to)]
		if len(strings.Fields(object)) <= 5 && !strings.ContainsAny(object, ".;:!?") && !containsAny(object, b.failureVerbs) {
			return true
		}
	}
	return false
}

// pleaseSend are the requests to send elsewhere, each with the word that
// comes before the address.
var pleaseSend = []struct{ ask, to string }{
	{"bitte senden sie", "an"}, {"senden sie bitte", "an"}, {"bitte schreiben sie", "an"}, {"schreiben sie bitte", "an"},
	{"please send", "to"}, {"please forward", "to"}, {"please address", "to"},
	{"veuillez envoyer", "à"}, {"merci d'envoyer", "à"}, {"por favor envíe", "a"}, {"por favor, envíe", "a"},
	{"si prega di inviare", "a"}, {"por favor envie", "para"}, {"stuur uw bericht", "naar"}, {"gelieve", "naar"},
	// Requests to turn to an address for help (T-Online's and GMX's
	// refusals name their unblock desk so).
	{"wenden sie sich", "an"}, {"richten sie", "an"}, {"adressez-vous", "à"}, {"diríjase", "a"}, {"rivolgersi", "a"},
}

// receivedFrom tells whether an address follows "from" in a sentence that
// says where the message was received from: Sendmail's "The original
// message was received at DATE from user@host [192.0.2.1]" and the like
// ("Message received from …"). That address is the sender's.
func receivedFrom(lines []string, i int, before string) bool {
	b := strings.TrimRight(before, " \t<")
	if !hasSuffixFold(b, "from") || len(b) > 4 && isLetter(b[len(b)-5]) {
		return false
	}
	ctx := b[:len(b)-4]
	if strings.TrimSpace(ctx) == "" && i > 0 {
		ctx = lines[i-1] // the sentence wrapped before "from"
	}
	return strings.Contains(lower(ctx), "received")
}

// placeholderAddress tells whether an address's local part stands for
// "your own name or number here" in a notice's guidance ("students write
// to 学号@…", "the form is firstname.lastname@…"): one of the book's
// placeholder_mailboxes, no mailbox.
func (b *book) placeholderAddress(addr string) bool {
	local, _, ok := strings.Cut(addr, "@")
	if !ok {
		return false
	}
	local = lower(local)
	for _, p := range b.placeholderLocals {
		if local == p {
			return true
		}
	}
	return false
}

// cjkCopulas may stand between a word of the book's cjk_suggestions
// and the address.
const cjkCopulas = " \t　:：为為是は「“『<(（"

// cjkSuggested tells whether the text before an address ends in one of
// the book's cjk_suggestions: the words before an address that Chinese,
// Japanese and Korean notices offer instead of the failed one (a new
// address it moved to, "已迁移至新地址 …", or what to send to instead,
// "请改寄至 …"). A copula or colon after them is dropped first.
func (b *book) cjkSuggested(before string) bool {
	s := before
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !strings.ContainsRune(cjkCopulas, r) {
			break
		}
		s = s[:len(s)-n]
	}
	if s == "" || !b.cjkEnds[s[len(s)-1]] {
		return false // no suggestion ends so (every default one in a CJK character)
	}
	for _, w := range b.cjkSuggestions {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// suggestedAbove tells whether an address on a line of its own (or after
// only a person's name: "    John Doe    john.doe@…") is the item a line
// above introduces with suggestion words and a colon ("The former owner
// asked us to publish a new address:"), one blank line between them at
// most.
func (b *book) suggestedAbove(lines []string, i int, before string) bool {
	if !nameOnly(before) {
		return false
	}
	for j, blanks := i-1, 0; j >= 0 && blanks <= 1; j-- {
		prev := trimBlankRight(lines[j])
		if prev == "" {
			blanks++
			continue
		}
		if !strings.HasSuffix(prev, ":") {
			return false
		}
		low := strings.TrimSuffix(lower(strings.TrimRight(prev, ": \t")), " is")
		return b.suggested(prev) || strings.HasSuffix(low, "new address") || strings.HasSuffix(low, "new e-mail address") ||
			strings.HasSuffix(low, "new email address")
	}
	return false
}

// nameOnly tells whether s is empty or a person's name: at most four
// words, each of letters (and . ' -) starting with a capital.
func nameOnly(s string) bool {
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '-' {
				return false
			}
		}
	}
	return true
}

// otherHost tells whether a transcript's host part (section, opened by
// "... while talking to HOST.:") is about someone other than the
// recipients in cur, judged by the commands sent (">>>" lines) only: a
// MAIL FROM, or a RCPT TO naming another address. The replies ("<<<")
// say nothing, as a server's words may name any address or say "mail
// from". Its host says nothing either: a hosted domain's MX hosts
// (Google's aspmx, Microsoft 365, Exmail) lie outside the recipient's
// domain, and a second MX's words are the recipient's.
func otherHost(section []string, cur []*textRecipient) bool {
	if len(section) == 0 || !hostSection(section[0]) {
		return false
	}
	for _, l := range section[1:] {
		cmd, ok := strings.CutPrefix(strings.TrimSpace(l), ">>>")
		if !ok {
			continue
		}
		cmd = lower(strings.TrimSpace(cmd))
		if strings.HasPrefix(cmd, "mail from") {
			return true
		}
		if !strings.HasPrefix(cmd, "rcpt to") {
			continue
		}
		for _, a := range findAddresses(cmd) {
			if !slices.ContainsFunc(cur, func(r *textRecipient) bool { return strings.EqualFold(r.addr, normalizeAddress(a)) }) {
				return true
			}
		}
	}
	return false
}
