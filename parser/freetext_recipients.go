package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// textRecipient is a recipient found in free text with its lines.
type textRecipient struct {
	addr  string
	lines []string
	// generated is the address a forward or alias made of addr, which
	// the notice named first (Exim's block: "  target@…" over "generated
	// by addr"); "" when none.
	generated string
	// targets holds where each forward target's block after the first
	// begins in lines, when several were generated from addr.
	targets []int
}

// senderContext tells whether s, the text before an address, ends in one
// of the book's sender_context words (any case: the sender's, a contact,
// or the alias a recipient was expanded from), then spaces and at most
// one '<'. It runs for every address in a notice, so it compares suffixes
// instead of running a regular expression.
func (b *book) senderContext(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	s = strings.TrimSuffix(s, "<")
	s = strings.TrimRight(s, " \t\n\f\r")
	for _, w := range b.senderContexts {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixFold tells whether s ends in the lower-case word w, matched
// with Unicode case folding as (?i) does (so "ſ" counts as "s").
func hasSuffixFold(s, w string) bool {
	for w != "" {
		p, m := rune(w[len(w)-1]), 1
		if p >= utf8.RuneSelf {
			p, m = utf8.DecodeLastRuneInString(w)
		}
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !foldsTo(r, p) {
			return false
		}
		s, w = s[:len(s)-n], w[:len(w)-m]
	}
	return true
}

// foldsTo tells whether r equals the lower-case rune p under simple case
// folding.
func foldsTo(r, p rune) bool {
	if r == p {
		return true
	}
	if r < utf8.RuneSelf {
		return 'a' <= p && p <= 'z' && r == p-'a'+'A'
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// contactAfter tells whether the words after an address (rest of its line,
// or the next line when the address ends its line) ask the reader to
// write to it: they begin with one of the book's contact_after words,
// as Japanese notices put the verb after a help address ("<support@…>
// へご連絡ください"), which senderContext, reading before it, misses. A
// word of past_forms after it tells of mail already sent ("… に送って
// くださったメール", the mail you sent to …): that address is the recipient.
func (b *book) contactAfter(rest string, next []string) bool {
	rest = strings.TrimLeft(rest, " \t>)」』　")
	if rest == "" && len(next) > 0 {
		rest = strings.TrimLeft(next[0], " \t　")
	}
	if rest == "" || !b.contactStarts[rest[0]] {
		return false // no contact word starts so (every default one with a kana)
	}
	for _, w := range b.contactWords {
		if strings.HasPrefix(rest, w) {
			after := rest[len(w):]
			for _, p := range b.pastForms {
				if strings.HasPrefix(after, p) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// freeTextRecipients finds the recipients a free-text notice names and
// gives each the lines that speak of it. exclude holds addresses that are
// never recipients (the sender, the bounce's own From and To); known holds
// addresses that are (a DSN's recipients), even where the context or a
// system name (postmaster@) would otherwise rule them out.
func (b *book) freeTextRecipients(notice string, exclude, known map[string]bool) (recips []*textRecipient, preamble []string) {
	var cur []*textRecipient
	var para []string    // lines of the current paragraph not yet anyone's
	closed := false      // past the notice's closing words
	var section []string // lines of another host's part of a transcript, not yet anyone's
	byAddr := map[string]*textRecipient{}
	lines := strings.Split(notice, "\n")
	var listed map[string]bool // addresses outside header fields, when needed
	ruled := false             // the last line with words was a rule ("-----")
	inField := -1              // indentation of the message header field being read, or -1
	guessing := false          // in a template's list of guesses, to the next blank line
	replyIndent := -1          // indentation of the server reply being read, or -1
	answered := false          // cur's lines hold a 4xx/5xx reply line: its own diagnostic
	blockIndent := -1          // indentation of the address line that opened cur's block (Exim's "  bob@…"), or -1
	var targets []string       // the addresses the block's RCPT TO named (a forward's target)
	delivered := false         // in a list of the recipients the message reached
	// Looked for line by line only in a notice that has such a heading,
	// and not for a report's known recipients (whose own text is sought).
	headings := known == nil && containsAny(lower(notice), b.deliveredHeadings)
	for i, line := range lines {
		line = trimBlankRight(line)
		// A reply goes on over the lines below it that are indented as
		// far (Exim's and Postfix's wrapped replies).
		indent := len(line) - len(trimBlankLeft(line))
		opens := opensReply(line)
		continued := replyIndent >= 0 && line != "" && !opens && indent >= replyIndent
		if opens {
			replyIndent = indent
		} else if !continued {
			replyIndent = -1
		}
		if guessing = guessing && line != "" || cur != nil && b.isGuessList(line); guessing {
			continue
		}
		var found []*textRecipient
		var matches [][2]int
		if strings.IndexByte(line, '@') >= 0 {
			matches = addrSpans(line)
		}
		inField = messageField(line, inField)
		if inField >= 0 && len(matches) > 0 && toWithResult(line, lines[i+1:]) {
			// A notice's own record of one delivery ("To: bob@…" /
			// "Result: 550 5.2.1 Account disabled"): the failed
			// recipient, whom the returned message's header may not
			// name (a list member, a Bcc).
			inField = -1
		}
		if inField >= 0 && len(matches) > 0 {
			if listed == nil {
				listed = addressesOutsideFields(lines)
			}
			// A returned message's header field, or a notice's summary of
			// it (Exchange's "Your message / To: … / Subject: …"): who the
			// message was for, from or about, not who failed, unless the
			// notice names the address as failed elsewhere too.
			kept := matches[:0]
			for _, m := range matches {
				if a := lower(normalizeAddress(line[m[0]:m[1]])); known[a] || listed[a] {
					kept = append(kept, m)
				}
			}
			matches = kept
		}
		// A list of the recipients the message reached, under its
		// heading, beside the list of those it did not: its addresses
		// did not fail. It ends at the first line that holds more than
		// addresses ("Delivery failed for: bob@…").
		switch {
		case headings && b.deliveredHeading(line):
			delivered = true
		case delivered && !addressesOnly(line, matches):
			delivered = false
		}
		if delivered {
			continue
		}
		names := displayNames(line, matches)
		for _, m := range matches {
			a := normalizeAddress(line[m[0]:m[1]])
			if a == "" || exclude[lower(a)] || (names[lower(a)] || senderKey(line[:m[0]])) && !known[lower(a)] {
				continue
			}
			if !known[lower(a)] && (isSystemAddress(a) || b.senderContext(line[max(0, m[0]-40):m[0]]) || b.suggested(wordsBefore(lines, i, m[0])) || b.helpLine(line[:m[0]]) || b.contactAfter(line[m[1]:], lines[i+1:]) ||
				b.proseAddress(lines, i, m[0], a) || listCommandOf(a, byAddr) && hasLetter(line[:m[0]]) && !labelled(line[:m[0]])) {
				continue
			}
			if isURLContext(line, m[0]) {
				continue
			}
			if cur != nil && blockIndent >= 0 && indent > blockIndent && !known[lower(a)] {
				// A line indented under a failed address belongs to its
				// block (Exim's "generated by", "host", "after RCPT
				// TO:<forward target>:" and the reply): its addresses are
				// no new recipients, but for one a reply names right
				// after its code that the block's RCPT TO did not. The
				// one a forward was generated from is the address the
				// sender wrote, and names the record.
				before := lower(strings.TrimRight(line[:m[0]], "<"))
				switch {
				case b.aliasOrigin(line[:m[0]]):
					cur = renameBlock(cur, a, byAddr, &recips)
					continue
				case strings.HasSuffix(before, "rcpt to:"):
					targets = append(targets, lower(a))
					continue
				case !opensReply(line) || slices.Contains(targets, lower(a)):
					continue
				}
			}
			if cur != nil && byAddr[lower(a)] == nil && !known[lower(a)] && b.mentionInReply(lines, i, m[0], a, continued) {
				// Part of the current recipient's reply, not a new one.
				continue
			}
			r := byAddr[lower(a)]
			if r == nil {
				r = &textRecipient{addr: a}
				if cur == nil {
					// The words just above the first address, in the
					// same paragraph, speak of it ("reason: … / address: …").
					r.lines = append(r.lines, para...)
				}
				byAddr[lower(a)] = r
				recips = append(recips, r)
			}
			if !containsRecipient(found, r) {
				found = append(found, r)
			}
		}
		if cur != nil && len(found) == 0 && (section != nil || hostSection(line)) {
			// A transcript turns to another host: its lines wait for the
			// recipient they name; one they do not name keeps them, unless
			// the recipient already had its own reply (that host's part is
			// about someone else: a later recipient, or the sender's MAIL
			// FROM), and then they wait on.
			if hostSection(line) && section != nil && !(answered && otherHost(section, cur)) {
				appendLines(cur, section)
				section = section[:0]
			}
			section = append(section, line)
			continue
		}
		if len(found) > 0 {
			if section != nil {
				appendLines(found, section)
				section = nil
			}
			cur, closed = found, false
			answered = replyClass(line) >= '4'
			blockIndent, targets = -1, targets[:0]
			if t := trimBlankLeft(line); indent > 0 && len(found) == 1 && hasPrefixFold(t, found[0].addr) && strings.TrimSpace(t[len(found[0].addr):]) == "" {
				blockIndent = indent
			}
		} else if closed || cur != nil && (b.isClosing(line) || inField == 0 && line != "" && line[0] != ' ' && line[0] != '\t' ||
			ruled && mime.IsHeaderLine([]byte(line))) {
			// The notice's closing words, or the returned message's
			// header quoted without a marker (any field right after a
			// rule): no one's diagnostic.
			closed = true
			continue
		}
		if t := strings.TrimSpace(line); t != "" {
			ruled = isRule(t)
		}
		if cur == nil {
			if strings.TrimSpace(line) == "" {
				para = para[:0]
			} else if !b.isBoilerplate(line) {
				preamble = append(preamble, line)
				para = append(para, line)
			}
			continue
		}
		for _, r := range cur {
			r.lines = append(r.lines, line)
		}
		answered = answered || replyClass(line) >= '4'
	}
	if section != nil && !(answered && otherHost(section, cur)) {
		appendLines(cur, section)
	}
	for _, r := range recips {
		r.lines = finalAttempt(temporaryFirst(r.lines, r.targets))
	}
	return recips, preamble
}

// aliasOrigin tells whether the words before an address on a line under
// a failed one name the address it was generated from (Exim's
// "generated by"), then spaces and at most one '<'.
func (b *book) aliasOrigin(s string) bool {
	s = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(s, " \t"), "<"), " \t")
	for _, w := range b.aliasOrigins {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// renameBlock gives the block of the one recipient in cur the address it
// was generated from (orig). The rule for an alias or forward: the record
// is for the address the sender wrote (the one the sender can suppress),
// and its diagnostic keeps every failed target's block (the target's
// address and its server's reply). A recipient of that address already
// read takes the block's lines (one alias forwarded to several places);
// a target that failed only for now (4xx) leads them (temporaryFirst), so
// the record is hard only when every target failed permanently: an alias
// with a target that may still take mail is no dead address.
func renameBlock(cur []*textRecipient, orig string, byAddr map[string]*textRecipient, recips *[]*textRecipient) []*textRecipient {
	if len(cur) != 1 || strings.EqualFold(cur[0].addr, orig) {
		return cur
	}
	r := cur[0]
	if have := byAddr[lower(orig)]; have != nil {
		have.targets = append(have.targets, len(have.lines))
		have.lines = append(have.lines, r.lines...)
		delete(byAddr, lower(r.addr))
		*recips = slices.DeleteFunc(*recips, func(x *textRecipient) bool { return x == r })
		return []*textRecipient{have}
	}
	delete(byAddr, lower(r.addr))
	r.addr, r.generated = orig, r.addr
	byAddr[lower(orig)] = r
	return cur
}

// temporaryFirst puts the blocks of lines (the first begins at 0, the
// others at starts) that give a temporary failure before the others.
func temporaryFirst(lines []string, starts []int) []string {
	if len(starts) == 0 {
		return lines
	}
	var temporary, rest []string
	for i, from := range append([]int{0}, starts...) {
		to := len(lines)
		if i < len(starts) {
			to = starts[i]
		}
		if block := lines[from:to]; temporaryFailure(block) {
			temporary = append(temporary, block...)
		} else {
			rest = append(rest, block...)
		}
	}
	return append(temporary, rest...)
}

// temporaryFailure tells whether lines give a reply code or status of a
// temporary failure (4xx, 4.x.x).
func temporaryFailure(lines []string) bool {
	for _, l := range lines {
		if r, st := smtpcode.Find(l); r != "" && r[0] == '4' || st != "" && st[0] == '4' {
			return true
		}
	}
	return false
}

// finalAttempt keeps, of a recipient's lines that hold several attempts
// of a Sendmail transcript (each opened by "... while talking to
// host:"), the last attempt that ended in a permanent (5xx) reply. The
// deferrals before it ("Deferred: Connection timed out with …", a 4xx
// from another host) are earlier tries that the later refusal settled;
// read with it, their "timed out" would stand for the recipient's own
// 550. Lines outside any attempt that are no deferral stay.
func finalAttempt(lines []string) []string {
	last, start := -1, -1
	for i, l := range lines {
		if hostSection(l) {
			start = i
		}
		if start >= 0 && replyClass(l) == '5' {
			last = start
		}
	}
	if last <= 0 {
		return lines
	}
	deferred := false
	for _, l := range lines[:last] {
		if isDeferral(l) {
			deferred = true
			break
		}
	}
	if !deferred {
		return lines // one refusal quoted twice, or words about it: keep all
	}
	out := make([]string, 0, len(lines))
	inAttempt := false
	for _, l := range lines[:last] {
		inAttempt = inAttempt || hostSection(l)
		if !inAttempt && !isDeferral(l) {
			out = append(out, l)
		}
	}
	return append(out, lines[last:]...)
}

// replyClass returns the class digit of an SMTP reply that opens a
// transcript line ("<<< 550 …", "550 5.1.1 …", "451-…"), or 0.
func replyClass(l string) byte {
	t := strings.TrimLeft(l, "<> \t")
	if len(t) >= 4 && t[0] >= '2' && t[0] <= '5' && isDigit(t[1]) && isDigit(t[2]) && (t[3] == ' ' || t[3] == '-') {
		return t[0]
	}
	return 0
}

// isDeferral tells whether a transcript line reports a temporary
// failure: Sendmail's "addr... Deferred: …" or a 4xx reply.
func isDeferral(l string) bool {
	return replyClass(l) == '4' || strings.Contains(lower(l), "... deferred")
}

func appendLines(list []*textRecipient, lines []string) {
	for _, r := range list {
		r.lines = append(r.lines, lines...)
	}
}

// messageFields are the header fields of a message (lower-cased, with
// the colon) whose addresses name no failed recipient when a notice
// quotes them: the returned message's own header, or a summary of it.
var messageFields = []string{"to:", "cc:", "bcc:", "from:", "sender:", "reply-to:", "return-path:", "received:",
	"references:", "in-reply-to:", "message-id:", "delivered-to:", "list-", "dkim-signature:", "authentication-results:", "arc-"}

// toWithResult tells whether line is a "To:" (or "Recipient:") field
// whose next line is a labelled server reply ("Result: 550 …", "Reason:
// 554 …", "Status: 550 …"): a notice's per-recipient record of a
// delivery, not a quoted header (whose next field is a Subject, a Date
// or a Cc).
func toWithResult(line string, next []string) bool {
	t := trimBlankLeft(line)
	if !hasPrefixFold(t, "to:") && !hasPrefixFold(t, "recipient:") {
		return false
	}
	if len(next) == 0 {
		return false
	}
	n := trimBlankLeft(next[0])
	colon := strings.IndexByte(n, ':')
	if colon <= 0 || colon > 20 || !mime.IsFieldName(n[:colon]) {
		return false
	}
	switch lower(n[:colon]) {
	case "subject", "date", "sent", "cc", "bcc", "from", "message-id":
		return false
	}
	return opensReply(n[colon+1:])
}

// hostSection tells whether a line opens the part of an SMTP transcript
// about another host, as Sendmail writes it ("... while talking to
// mx.example.com.:", also "while talking to" at the start).
func hostSection(line string) bool {
	t := line
	for len(t) > 0 && (t[0] == '.' || t[0] == ' ' || t[0] == '\t') {
		t = t[1:]
	}
	return len(t) > len("while talking to ") && strings.EqualFold(t[:len("while talking to ")], "while talking to ")
}

// wordsBefore returns up to 40 bytes of the words before the address at
// position at of lines[i]. The other addresses of a list before it ("for
// example a@…, b@… or c@…") and a bullet mark are skipped; when nothing
// is left (the address opens its line: a sentence wrapped before it, or
// an item of a bulleted list), the words come from the lines above, past
// the list's other items, up to a blank line.
func wordsBefore(lines []string, i, at int) string {
	before := skipListed(lines[i][:at])
	for j := i; strings.TrimSpace(before) == "" && j > 0 && i-j < 10; j-- {
		prev := trimBlankRight(lines[j-1])
		if prev == "" {
			break
		}
		before = skipListed(prev)
	}
	return before[max(0, len(before)-40):]
}

// skipListed cuts from the end of s the addresses of a list, the
// separators between them and a bullet mark.
func skipListed(s string) string {
	for {
		t := strings.TrimRight(s, " \t,;/")
		for _, w := range []string{"or", "and"} {
			if k := len(t) - len(w); k >= 0 && strings.EqualFold(t[k:], w) && (k == 0 || t[k-1] == ' ' || t[k-1] == '\t') {
				t = trimBlankRight(t[:k])
			}
		}
		if strings.IndexByte(t, '@') >= 0 {
			if spans := addrSpans(t); len(spans) > 0 {
				last := spans[len(spans)-1]
				if strings.TrimRight(t[last[1]:], ">)\"' \t") == "" {
					s = t[:last[0]]
					continue
				}
			}
		}
		u := strings.TrimRight(t, " \t<\"'(")
		if v := strings.TrimRight(u, "-*•·"); len(v) < len(u) && strings.TrimSpace(v) == "" {
			return "" // a bullet
		}
		return t
	}
}

// deliveredHeading tells whether a line heads a list of the recipients a
// message reached (the book's delivered_headings), and says nothing of a
// failure ("Nicht zugestellt an:", "未能成功投递").
func (b *book) deliveredHeading(line string) bool {
	low := lower(line)
	if !containsAny(low, b.deliveredHeadings) || b.saysUndelivered(low) {
		return false
	}
	for _, neg := range []string{"not ", "nicht ", "n't ", "未", "失败", "fail", "non "} {
		if strings.Contains(low, neg) {
			return false
		}
	}
	return true
}

// helpLine tells whether a line opens with words that point to help, not
// to a failure (the book's help_leads: "Questions? IT Service Desk,
// itdesk@…").
func (b *book) helpLine(line string) bool {
	l := trimBlankLeft(line)
	for _, w := range b.helpLeads {
		if hasPrefixFold(l, w) {
			return true
		}
	}
	return false
}

// suggested tells whether the text before an address ends in one of the
// book's suggestions, a whole word: words that offer an address instead
// of the failed one ("… fails, try michael.fox@…", "please use …", "the
// standard form is …", "for example …") or a help desk to ask
// ("questions to …", "IT Service Desk, …"). Each has a request's or a
// new address's sense, never a bare "mail to": "Uw mail naar X kon niet
// worden afgeleverd", "Ihre Mail an X", "votre mail à X" name the failed
// recipient (a request to mail elsewhere is pleaseSend's, with its
// request word).
func (b *book) suggested(before string) bool {
	before = strings.TrimRight(before, " \t<\"',:")
	low := lower(before)
	for _, w := range b.suggestions {
		if strings.HasSuffix(low, w) {
			k := len(low) - len(w)
			if k == 0 || !isLetter(low[k-1]) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// addressesOutsideFields returns the addresses (lower-cased) that lines
// hold outside message header fields (see messageField).
func addressesOutsideFields(lines []string) map[string]bool {
	out := map[string]bool{}
	inField := -1
	for _, line := range lines {
		if inField = messageField(line, inField); inField >= 0 || strings.IndexByte(line, '@') < 0 {
			continue
		}
		for _, m := range addrSpans(line) {
			if a := normalizeAddress(line[m[0]:m[1]]); a != "" {
				out[lower(a)] = true
			}
		}
	}
	return out
}

// messageField tells whether line is (or continues, given the indentation
// of the field before it, -1 for none) a message header field of
// messageFields or an X- field other than a report's own; it returns the
// field's indentation, or -1.
func messageField(line string, prev int) int {
	t := trimBlankLeft(line)
	indent := len(line) - len(t)
	if t == "" {
		return -1
	}
	colon := strings.IndexByte(t, ':')
	if colon > 0 && mime.IsFieldName(t[:colon]) {
		name := t[:colon+1]
		if hasPrefixFold(name, "x-") {
			if strings.EqualFold(name, "x-failed-recipients:") || strings.EqualFold(name, "x-actual-recipient:") {
				return -1
			}
			return indent
		}
		for _, f := range messageFields {
			if hasPrefixFold(name, f) {
				return indent
			}
		}
		return -1
	}
	if prev >= 0 && indent > prev {
		return prev // a folded line of the field
	}
	return -1
}

// senderKeys are the JSON keys (an ESP's event data quoted in its notice)
// whose values are the sender's or a message's, never a failed recipient.
var senderKeys = []string{"from", "sender", "reply-to", "return-path", "message-id", "in-reply-to", "references", "envelope-from", "mail-from"}

// senderKey tells whether the text before an address ends inside the
// string value of a JSON member named one of senderKeys: `"from":
// "Example <`, on its own line or in the middle of compact JSON.
func senderKey(before string) bool {
	i := strings.LastIndex(before, `":`)
	if i < 0 {
		return false
	}
	value := trimBlankLeft(before[i+2:])
	if !strings.HasPrefix(value, `"`) || strings.IndexByte(value[1:], '"') >= 0 {
		return false
	}
	j := strings.LastIndexByte(before[:i], '"')
	if j < 0 {
		return false
	}
	key := before[j+1 : i]
	for _, k := range senderKeys {
		if strings.EqualFold(key, k) {
			return true
		}
	}
	return false
}

// displayNames finds the addresses a line uses as the display name of
// another ("a@x <b@y>", RFC 5322 name-addr): the mailbox is the one in
// angle brackets, and the name is no recipient anywhere on the line.
func displayNames(line string, matches [][2]int) map[string]bool {
	var names map[string]bool
	for k := 0; k+1 < len(matches); k++ {
		gap := line[matches[k][1]:matches[k+1][0]]
		if strings.Trim(gap, " \t") != "<" || matches[k][0] > 0 && line[matches[k][0]-1] == '<' {
			continue
		}
		name, addr := lower(line[matches[k][0]:matches[k][1]]), lower(line[matches[k+1][0]:matches[k+1][1]])
		if name == addr {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[name] = true
	}
	return names
}

// isClosing tells whether a line is one of the sentences MTAs end their
// notices with, after the failed addresses (the book's closings): what
// happens next, not why delivery failed.
func (b *book) isClosing(line string) bool {
	return b.closings.match(strings.TrimSpace(line))
}

// isGuessList tells whether a line opens a template's list of guesses
// (the book's guesses): the same for every recipient, so no one's own.
func (b *book) isGuessList(line string) bool {
	return b.guesses.match(strings.TrimSpace(line))
}

// isBoilerplate tells whether a line is one of the fixed sentences MTAs
// open their notices with (the book's boilerplate). They say nothing of
// why delivery failed, and some ("I've given up") would mislead the rules
// if read as the server's words.
func (b *book) isBoilerplate(line string) bool {
	l := strings.TrimSpace(line)
	if strings.EqualFold(l, "failed:") {
		// The end of Exim's "The following address(es) failed:", wrapped
		// onto a line of its own: a whole line, not a sentence's start,
		// so it is the parser's, not a boilerplate word.
		return true
	}
	return b.boilerplate.match(l)
}

func containsRecipient(list []*textRecipient, r *textRecipient) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// isURLContext tells whether the address at i sits inside a URL.
func isURLContext(line string, i int) bool {
	start := strings.LastIndexAny(line[:i], " \t<(\"") + 1
	word := lower(line[start:i])
	return strings.Contains(word, "://") || strings.HasPrefix(word, "http")
}

// opensReply tells whether a line opens with an SMTP reply code
// ("550 …", "421-…").
func opensReply(line string) bool {
	t := trimBlankLeft(line)
	return len(t) >= 4 && '2' <= t[0] && t[0] <= '5' && isDigit(t[1]) && isDigit(t[2]) && (t[3] == ' ' || t[3] == '-')
}

// mentionInReply tells whether the address a at position at of line is
// one a server's reply names in its prose, after the words that say why
// ("550 spam message rejected. … or report details to abuse@corp.mail.ru",
// "554 blocked; to be removed write at unblock@…"): the line is a reply
// (it opens with a 2xx–5xx code), words stand between the code (and
// status) and the address, and the address is a role mailbox (the
// book's role_mailboxes: RFC 2142's, and those providers name for unblock
// or delisting requests) or comes after "to" or "at". A reply that names
// its recipient does so right after the code ("550 5.1.1 <bob@…>: …");
// such an address is read as before. On a line that continues a reply
// (continued), the words before the address may end the line above.
func (b *book) mentionInReply(lines []string, i, at int, a string, continued bool) bool {
	if continued {
		low := " " + lower(strings.TrimRight(wordsBefore(lines, i, at), " <\"'("))
		return b.roleMailboxes[lower(a[:strings.LastIndexByte(a, '@')])] || strings.HasSuffix(low, " to") || strings.HasSuffix(low, " at")
	}
	t := trimBlankLeft(lines[i][:at])
	if !opensReply(t) {
		return false
	}
	prose := strings.TrimLeft(t[4:], " ")
	if st := smtpcode.FindStatus(prose); st != "" && strings.HasPrefix(prose, st) {
		prose = prose[len(st):]
	}
	prose = strings.TrimRight(prose, " <\"'(")
	letters := 0
	for i := 0; i < len(prose); i++ {
		if isLetter(prose[i]) || prose[i] >= utf8.RuneSelf {
			letters++
		}
	}
	if letters < 8 {
		return false // only a word or two: "550 unknown <bob@…>" names its recipient
	}
	if b.roleMailboxes[lower(a[:strings.LastIndexByte(a, '@')])] {
		return true
	}
	low := lower(prose)
	return strings.HasSuffix(low, " to") || strings.HasSuffix(low, " at")
}

// listCommandOf tells whether an address is a command or owner address
// (dev+subscribe@, dev-request@, dev-join@, owner-dev@, dev-owner@) of a
// list already found as a failed recipient (dev@, same domain): a notice
// that names one in its prose after the failed list tells the sender how
// to join or whom to ask, it does not name a second failure. Any other
// address with such a part is a mailbox like the rest (product-owner@,
// sales-request@ beside a failed bob@), and so is one the notice names
// alone, or first (someone mailed it). byAddr holds the recipients
// found so far by lower-cased address.
func listCommandOf(a string, byAddr map[string]*textRecipient) bool {
	local, domain, ok := strings.Cut(lower(a), "@")
	if !ok {
		return false
	}
	base, found := strings.CutPrefix(local, "owner-")
	for _, s := range []string{"+subscribe", "+unsubscribe", "+join", "+leave", "-request", "-join", "-leave",
		"-subscribe", "-unsubscribe", "-owner"} {
		if found {
			break
		}
		base, found = strings.CutSuffix(local, s)
	}
	if !found || base == "" {
		return false
	}
	return byAddr[base+"@"+domain] != nil
}

// labelled tells whether the text before an address on its line is a
// label ("Recipient:", "Failed recipient:"): a record's own line, whose
// address is a recipient whatever its local part says.
func labelled(before string) bool {
	l := strings.TrimSpace(strings.TrimRight(before, " \t<\"'"))
	return strings.HasSuffix(l, ":") && len(l) <= 30
}

// addressesOnly tells whether a line holds nothing but the addresses at
// spans (and blanks, brackets, list marks): an entry of a list of
// addresses, or an empty line.
func addressesOnly(line string, spans [][2]int) bool {
	last := 0
	var rest strings.Builder
	for _, sp := range spans {
		rest.WriteString(line[last:sp[0]])
		last = sp[1]
	}
	rest.WriteString(line[last:])
	return strings.Trim(rest.String(), " \t<>,;:()[]\"'-*•·") == ""
}

// hasLetter tells whether s holds an ASCII letter (words before an
// address: it sits in a sentence).
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			return true
		}
	}
	return false
}
