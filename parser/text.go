package parser

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// originalMarkers are lines (lower-cased, any surrounding dashes) that
// MTAs put between their notice and the returned message.
var originalMarkers = []string{
	"below this line is a copy of the message",
	"this is a copy of the message",
	"this is a copy of your message",
	"copy of the original message",
	"original message follows",
	"original message below",
	"original message",
	"message headers follow",
	"unsent message follows",
	"returned message",
	"the header of the original message",
	"headers of the original message",
	"original message headers",
	"original message header",
	"header of the message follows",
	"included is a copy of the message header",
	"the text you sent follows",
	"this is the original message",
	"original mail",
	"message is attached",
	"content-type: message/rfc822",
}

// trimmedMarkers are originalMarkers without their decoration, made once:
// every line of every notice is compared with them.
var trimmedMarkers = func() []string {
	out := make([]string, len(originalMarkers))
	for i, m := range originalMarkers {
		out[i] = strings.Trim(m, "-=_*#[]<> ")
	}
	return out
}()

// markerBytes are trimmedMarkers for comparing with byte slices.
var markerBytes = func() [][]byte {
	out := make([][]byte, len(trimmedMarkers))
	for i, m := range trimmedMarkers {
		out[i] = []byte(m)
	}
	return out
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isOriginalMarker tells whether a line separates the notice from the
// returned message.
func isOriginalMarker(line string) bool {
	l := strings.TrimSpace(line)
	if len(l) > 3*120 {
		return false // too long even if lower-casing shrank it threefold
	}
	if isASCII(l) {
		// The common case, lower-cased on the stack: every line of every
		// notice comes here.
		if len(l) > 120 {
			return false
		}
		var buf [120]byte
		b := buf[:len(l)]
		for i := range b {
			c := l[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if len(b) == 0 {
			return false
		}
		divider := strings.IndexByte("-=_*#[", b[0]) >= 0
		t := bytes.Trim(b, "-=_*#[]<> ")
		for _, m := range markerBytes {
			if bytes.HasPrefix(t, m) || divider && bytes.Contains(t, m) {
				return true
			}
		}
		return false
	}
	l = lower(l)
	if l == "" || len(l) > 120 {
		return false
	}
	divider := strings.IndexByte("-=_*#[", l[0]) >= 0
	t := strings.Trim(l, "-=_*#[]<> ")
	for _, m := range trimmedMarkers {
		if strings.HasPrefix(t, m) || divider && strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// splitNotice cuts a free-text bounce into the notice and the returned
// original (from the divider on, or from a header block that follows a
// blank line).
func splitNotice(text string) (notice, original string) {
	// The lines of strings.SplitAfter(text, "\n"), taken one at a time.
	pos := 0
	prevBlank := false
	for i := 0; ; i++ {
		line := text[pos:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j+1]
		}
		if isOriginalMarker(line) {
			return text[:pos], text[pos+len(line):]
		}
		if isTitleRule(line) {
			// "----- 送信されたメールのヘッダー -----", "--- Заголовки
			// Вашего письма ---": a title in any language over the
			// returned message's header fields.
			var buf [8]string
			if quotesHeaders(linesAfter(text[pos+len(line):], buf[:0])) {
				return text[:pos], text[pos+len(line):]
			}
		}
		if i > 3 && (prevBlank || strings.HasPrefix(line, "From ")) {
			var buf [12]string
			if startsHeaderBlock(linesAfter(text[pos:], buf[:0])) {
				return text[:pos], text[pos:]
			}
		}
		prevBlank = strings.TrimSpace(line) == ""
		pos += len(line)
		if pos == len(text) && (line == "" || line[len(line)-1] != '\n') {
			return text, ""
		}
	}
}

// linesAfter appends to lines the first cap(lines) elements of
// strings.SplitAfter(s, "\n").
func linesAfter(s string, lines []string) []string {
	for len(lines) < cap(lines) {
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return append(lines, s)
		}
		lines = append(lines, s[:j+1])
		s = s[j+1:]
	}
	return lines
}

// isTitleRule tells whether a line is a title between rules ("--- x ---",
// "=== x ===").
func isTitleRule(line string) bool {
	l := strings.TrimSpace(line)
	if len(l) < 8 || l[0] != '-' && l[0] != '=' {
		return false
	}
	return strings.HasPrefix(l, l[:3]) && l[:3] == strings.Repeat(l[:1], 3) && strings.HasSuffix(l, l[:3]) && strings.Trim(l, "-= ") != ""
}

// quotesHeaders tells whether lines (after at most one blank line) are
// three or more header fields of a message, From, To or Subject among
// them.
func quotesHeaders(lines []string) bool {
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	n, key := 0, false
	for _, l := range lines {
		i := strings.IndexByte(l, ':')
		if i <= 0 || !mime.IsFieldName(l[:i]) {
			break
		}
		switch lower(l[:i]) {
		case "from", "to", "subject":
			key = true
		}
		n++
	}
	return n >= 3 && key
}

// startsHeaderBlock tells whether lines begin a returned message's header
// block: Return-Path or Received first, more header fields after.
func startsHeaderBlock(lines []string) bool {
	l := lower(lines[0])
	if strings.HasPrefix(lines[0], "From ") && strings.Contains(l, "@") && len(lines) > 1 {
		// An mbox separator line ("From sender date") leads a message.
		return mime.IsHeaderLine([]byte(strings.TrimRight(lines[1], "\n")))
	}
	if !strings.HasPrefix(l, "return-path:") && !strings.HasPrefix(l, "received:") && !strings.HasPrefix(l, "dkim-signature:") {
		return false
	}
	n := 0
	for _, line := range lines[1:min(len(lines), 12)] {
		if strings.TrimSpace(line) == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		if i := strings.IndexByte(line, ':'); i > 0 && mime.IsFieldName(line[:i]) {
			n++
		}
	}
	return n >= 1
}

// unquote removes one level of "> " quoting when most lines carry it: a
// bounce forwarded by a person.
func unquote(text string) string {
	// Counted line by line first, without splitting: most text is not
	// quoted.
	quoted, total := 0, 0
	for rest := text; rest != ""; {
		l := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			l, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		total++
		if strings.HasPrefix(l, ">") && !strings.HasPrefix(l, ">>>") {
			quoted++
		}
	}
	if total == 0 || quoted*2 < total {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "> ") {
			lines[i] = l[2:]
		} else if strings.HasPrefix(l, ">") {
			lines[i] = l[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// textRecipient is a recipient found in free text with its lines.
type textRecipient struct {
	addr  string
	lines []string
}

// senderContextWords are the words after which an address is not a
// failed recipient: the sender's, a contact, or the alias a recipient was
// expanded from.
var senderContextWords = []string{
	"generated from", "expanded from", "forwarded from", "contact", "send mail to", "write to",
	"mail from:", "mail from", "envelope-from", "sender:", "sender", "from:", "return-path:",
	"reply-to:", "message-id:", "message-id", "in-reply-to:", "references:", "x-postfix-sender:",
	"smtp.mailfrom=", "header.from=",
}

// senderContext tells whether s, the text before an address, ends in one
// of senderContextWords (any case), then spaces and at most one '<'. It
// runs for every address in a notice, so it compares suffixes instead of
// running a regular expression.
func senderContext(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	s = strings.TrimSuffix(s, "<")
	s = strings.TrimRight(s, " \t\n\f\r")
	for _, w := range senderContextWords {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixFold tells whether s ends in the ASCII word w, matched with
// Unicode case folding as (?i) does (so "ſ" counts as "s").
func hasSuffixFold(s, w string) bool {
	for j := len(w) - 1; j >= 0; j-- {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !foldsTo(r, rune(w[j])) {
			return false
		}
		s = s[:len(s)-n]
	}
	return true
}

// foldsTo tells whether r equals the ASCII rune p under simple case folding.
func foldsTo(r, p rune) bool {
	if r < utf8.RuneSelf {
		return r == p || 'a' <= p && p <= 'z' && r == p-'a'+'A'
	}
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// contactWords are what Japanese notices say after a help address
// ("<support@example.ne.jp> へご連絡ください": please write to …; "… へ送って
// ください": please send to …); the verb follows the address, so
// senderContext, which reads before it, misses them. pastForms follow a
// verb that tells of mail already sent ("… に送ってくださったメール": the
// mail you sent to …): that address is the recipient.
var (
	contactWords = []string{"へご連絡", "までご連絡", "にご連絡", "へお問い合わせ", "までお問い合わせ", "にお問い合わせ", "へお問合せ", "までお問合せ", "へ送って", "に送って", "まで送って", "へお送り", "までお送り"}
	pastForms    = []string{"くださっ", "下さっ", "いただい", "頂い"}
)

// contactAfter tells whether the words after an address (rest of its line,
// or the next line when the address ends its line) ask the reader to
// write to it.
func contactAfter(rest string, next []string) bool {
	rest = strings.TrimLeft(rest, " \t>)」』　")
	if rest == "" && len(next) > 0 {
		rest = strings.TrimLeft(next[0], " \t　")
	}
	if rest == "" || rest[0] < utf8.RuneSelf {
		return false // every contact word starts with a kana
	}
	for _, w := range contactWords {
		if strings.HasPrefix(rest, w) {
			after := rest[len(w):]
			for _, p := range pastForms {
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
func freeTextRecipients(notice string, exclude, known map[string]bool) (recips []*textRecipient, preamble []string) {
	var cur []*textRecipient
	var para []string // lines of the current paragraph not yet anyone's
	closed := false   // past the notice's closing words
	byAddr := map[string]*textRecipient{}
	lines := strings.Split(notice, "\n")
	for i, line := range lines {
		line = strings.TrimRight(line, " \t")
		var found []*textRecipient
		var matches [][2]int
		if strings.IndexByte(line, '@') >= 0 {
			matches = addrSpans(line)
		}
		names := displayNames(line, matches)
		for _, m := range matches {
			a := normalizeAddress(line[m[0]:m[1]])
			if a == "" || exclude[lower(a)] || (names[lower(a)] || senderKey(line[:m[0]])) && !known[lower(a)] {
				continue
			}
			if !known[lower(a)] && (isSystemAddress(a) || senderContext(line[max(0, m[0]-40):m[0]]) || contactAfter(line[m[1]:], lines[i+1:])) {
				continue
			}
			if isURLContext(line, m[0]) {
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
		if len(found) > 0 {
			cur, closed = found, false
		} else if closed || cur != nil && isClosing(line) {
			closed = true // the notice's closing words: no one's diagnostic
			continue
		}
		if cur == nil {
			if strings.TrimSpace(line) == "" {
				para = para[:0]
			} else if !isBoilerplate(line) {
				preamble = append(preamble, line)
				para = append(para, line)
			}
			continue
		}
		for _, r := range cur {
			r.lines = append(r.lines, line)
		}
	}
	return recips, preamble
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
	value := strings.TrimLeft(before[i+2:], " \t")
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

// closings are the sentences MTAs end their notices with, after the
// failed addresses: what happens next, not why delivery failed.
var closings = []string{
	"no action is required on your part",
	"delivery attempts will continue",
}

func isClosing(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || l[0] != 'N' && l[0] != 'n' && l[0] != 'D' && l[0] != 'd' {
		return false
	}
	l = lower(l)
	for _, c := range closings {
		if strings.HasPrefix(l, c) {
			return true
		}
	}
	return false
}

// boilerplate are the fixed sentences MTAs open their notices with. They
// say nothing of why delivery failed, and some ("I've given up") would
// mislead the rules if read as the server's words.
var boilerplate = []string{
	"hi. this is the qmail-send program",
	"i'm afraid i wasn't able to deliver your message",
	"this is a permanent error; i've given up",
	"this is the mail system at host",
	"this is the postfix program at host",
	"i'm sorry to have to inform you",
	"be delivered to one or more recipients",
	"below could not be delivered to one or more",
	"for further assistance, please",
	"if you do so, please include this problem report",
	"delete your own text from",
	"the mail system",
	"this message was created automatically by mail delivery software",
	"a message that you sent could not be delivered",
	"recipients. this is a permanent error",
	"its recipients. this is a permanent error",
	"this is the mailer-daemon, please do not reply",
}

func isBoilerplate(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" || l[0] < utf8.RuneSelf && !boilerplateStarts[l[0]|0x20] {
		return false // no sentence starts so: spare the lower-casing
	}
	l = lower(l)
	if l == "failed:" {
		return true // the end of Exim's "The following address(es) failed:", wrapped
	}
	for _, b := range boilerplate {
		if strings.HasPrefix(l, b) {
			return true
		}
	}
	return false
}

// boilerplateStarts are the first letters of boilerplate (lower case;
// an ASCII byte is looked up with its case bit set).
var boilerplateStarts = func() (set [256]bool) {
	for _, b := range boilerplate {
		set[b[0]] = true
	}
	return set
}()

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

// SMTPCommand names the SMTP command (CONN, HELO, MAIL, RCPT, DATA) that a
// diagnostic text says the failure answered, or "" if it does not say.
//
// Deprecated: use smtpcode.Command.
func SMTPCommand(text string) string { return smtpcode.Command(text) }

// leadIns introduce the remote server's own words inside an MTA's notice.
// What follows the last of them is the diagnostic; what precedes it is
// the MTA's framing, which would only mislead the rules.
var leadIns = []string{
	"the error that the other server returned was:",
	"the response from the remote server was:",
	"the response was:",
	"did not like our rcpt to:",
	"did not like our mail from:",
	"did not like our final data:",
	"did not like our data:",
	"did not like our greeting",
}

// diagnosticOf makes a one-line diagnostic from a recipient's lines, finds
// the codes in it, and the SMTP command the failure answered.
func diagnosticOf(lines []string) (diag, reply, status, command string) {
	lines, transcriptCommand := skipTranscript(lines)
	lines = withoutRules(lines)
	text := joinContinuations(collapseLines(lines))
	low := lower(text)
	command = smtpcode.CommandLower(low)
	if command == "" {
		command = transcriptCommand
	}
	if hasLeadIn(low) { // else spare the eight searches
		for _, l := range leadIns {
			if i := strings.LastIndex(sameLength(low, text), l); i >= 0 {
				if rest := strings.TrimSpace(text[i+len(l):]); len(strings.Fields(rest)) >= 2 {
					text, low = rest, lower(rest)
				}
			}
		}
	}
	reply, status = smtpcode.Find(text)
	return truncate(text, maxDiagnostic), reply, status, command
}

// skipTranscript drops the successful exchanges of an SMTP transcript
// ("In: EHLO …", "Out: 250-STARTTLS", MDaemon's "<-- 250 …") that precede
// the first failing reply: they are not the server's complaint, and their
// codes and words (an advertised STARTTLS) would mislead. Time-stamped log
// lines between them go too. It also returns the client command the
// failing reply answered.
// withoutRules drops the lines that only draw a rule ("=====", "-----")
// between the parts of a notice: they are no words of the server.
func withoutRules(lines []string) []string {
	for i, l := range lines {
		if isRule(l) {
			kept := append([]string{}, lines[:i]...)
			for _, l := range lines[i+1:] {
				if !isRule(l) {
					kept = append(kept, l)
				}
			}
			return kept
		}
	}
	return lines
}

func isRule(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) < 3 {
		return false
	}
	for i := 0; i < len(l); i++ {
		if strings.IndexByte("=-*_#~+", l[i]) < 0 {
			return false
		}
	}
	return true
}

func skipTranscript(lines []string) (kept []string, command string) {
	fail := -1
	for i, l := range lines {
		if rest, ok := serverLine(l); ok && len(rest) > 0 && (rest[0] == '4' || rest[0] == '5') {
			fail = i
			break
		}
	}
	if fail < 0 {
		return lines, ""
	}
	chatter := false
	for _, l := range lines[:fail] {
		in, isIn := clientLine(l)
		_, isOut := serverLine(l)
		_, logged := logStamp(l)
		switch {
		case isIn:
			chatter, command = true, smtpVerb(in)
		case isOut || logged:
			chatter = true
		case chatter && l != "" && (l[0] == ' ' || l[0] == '\t'):
			// a command or reply folded onto the next line
		default:
			chatter = false
			kept = append(kept, l)
			continue
		}
	}
	for _, l := range lines[fail:] {
		if rest, ok := logStamp(l); ok {
			l = rest // the time of a log line is no part of the reply
		}
		kept = append(kept, l)
	}
	return kept, command
}

// serverLine tells whether l is a server reply of a transcript, and
// returns the reply.
func serverLine(l string) (string, bool) { return transcriptLine(l, "out:", "<<<", "<--") }

// clientLine tells whether l is a client command of a transcript, and
// returns the command.
func clientLine(l string) (string, bool) { return transcriptLine(l, "in:", ">>>", "-->") }

// logStamp tells whether l opens with a log time stamp, as MDaemon's
// session transcripts do (" Fri 2024-03-22 16:03:12.413: <-- 220 …"), and
// returns what follows it.
func logStamp(l string) (string, bool) {
	t := strings.TrimLeft(l, " \t")
	if len(t) > 4 && t[3] == ' ' && isLetter(t[0]) && isLetter(t[1]) && isLetter(t[2]) {
		t = t[4:] // the day of the week
	}
	// 2024-03-22 16:03:12, then maybe a fraction, then ':'
	const shape = "dddd-dd-dd dd:dd:dd"
	if len(t) < len(shape) {
		return "", false
	}
	for i := 0; i < len(shape); i++ {
		if shape[i] == 'd' && !isDigit(t[i]) || shape[i] != 'd' && t[i] != shape[i] {
			return "", false
		}
	}
	t = t[len(shape):]
	if len(t) > 0 && t[0] == '.' {
		t = strings.TrimLeft(t[1:], "0123456789")
	}
	if len(t) == 0 || t[0] != ':' {
		return "", false
	}
	return strings.TrimLeft(t[1:], " \t"), true
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// transcriptLine tells whether l, after a log time stamp if it has one,
// opens with marker (any case) or one of the arrows, and returns what
// follows it.
func transcriptLine(l, marker string, arrows ...string) (string, bool) {
	if rest, ok := logStamp(l); ok {
		l = rest
	}
	t := strings.TrimSpace(l)
	if len(t) >= len(marker) && strings.EqualFold(t[:len(marker)], marker) {
		return strings.TrimSpace(t[len(marker):]), true
	}
	for _, a := range arrows {
		if strings.HasPrefix(t, a) {
			return strings.TrimSpace(t[len(a):]), true
		}
	}
	return "", false
}

// smtpVerb names the command of a client line of a transcript.
func smtpVerb(line string) string {
	verb, _, _ := strings.Cut(strings.ToUpper(line), " ")
	switch verb {
	case "RCPT", "MAIL", "DATA":
		return verb
	case "HELO", "EHLO":
		return "HELO"
	case ".":
		return "DATA"
	}
	return ""
}

// sameLength returns low, the lower-cased text, if its byte positions are
// text's; else (Unicode lower-casing changed a letter's length, as Ⱥ to
// ⱥ) text with only its ASCII letters lower-cased, which keeps them.
// Positions found in it may then cut text.
func sameLength(low, text string) string {
	if len(low) == len(text) {
		return low
	}
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// hasLeadIn tells whether a lower-cased text may hold one of leadIns:
// each of them holds one of these words.
func hasLeadIn(lower string) bool {
	return strings.Contains(lower, "the response") || strings.Contains(lower, "did not like our") || strings.Contains(lower, "the error that")
}

// joinContinuations removes the codes that repeat at the start of every
// line of a multi-line reply, so that "unusual rate of 421-4.7.0
// unsolicited mail" reads as the server wrote it. The first code stays.
func joinContinuations(s string) string {
	// Cheap test first: a multi-line reply repeats its first code.
	if r := smtpcode.FindReply(s); r == "" || strings.Count(s, r) < 2 {
		return s
	}
	locs := continuations(s)
	if len(locs) < 2 {
		return s
	}
	first := s[locs[0].code : locs[0].code+3]
	var b strings.Builder
	last := 0
	for i, l := range locs {
		if i == 0 || s[l.code:l.code+3] != first {
			continue
		}
		b.WriteString(s[last:l.code])
		last = l.end
	}
	b.WriteString(s[last:])
	return collapseSpace(b.String())
}

// continuation is where a line of a multi-line reply opens: the reply
// code at code, and the code, its separator and a status end at end.
type continuation struct{ code, end int }

// continuations finds, left to right and not overlapping, each reply code
// at the start of s or after white space, followed by ' ' or '-' and
// maybe an enhanced status and a space ("550-5.1.1 ", "421 "): what
// the regular expression (?:^|\s)([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3} )?
// matches.
func continuations(s string) []continuation {
	var out []continuation
	for p := 0; p < len(s); p++ {
		code := -1
		if p == 0 && replyOpensAt(s, 0) {
			code = 0
		} else if isRESpace(s[p]) && replyOpensAt(s, p+1) {
			code = p + 1
		}
		if code < 0 {
			continue
		}
		end := code + 4
		if n := statusSpaceAt(s, end); n > 0 {
			end += n
		}
		out = append(out, continuation{code, end})
		p = end - 1
	}
	return out
}

// replyOpensAt tells whether s holds a reply code and ' ' or '-' at i.
func replyOpensAt(s string, i int) bool {
	return i+4 <= len(s) && (s[i] == '2' || s[i] == '4' || s[i] == '5') &&
		isDigit(s[i+1]) && isDigit(s[i+2]) && (s[i+3] == ' ' || s[i+3] == '-')
}

// statusSpaceAt returns the length of "x.y.z " at i (x one of 2, 4, 5; y
// and z one to three digits), or 0.
func statusSpaceAt(s string, i int) int {
	if i+2 > len(s) || s[i] != '2' && s[i] != '4' && s[i] != '5' || s[i+1] != '.' {
		return 0
	}
	j := i + 2
	for _, stop := range []byte{'.', ' '} {
		n := 0
		for j+n < len(s) && isDigit(s[j+n]) {
			n++
		}
		if n < 1 || n > 3 || j+n >= len(s) || s[j+n] != stop {
			return 0
		}
		j += n + 1
	}
	return j - i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isRESpace is \s of Go regular expressions.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// maxDiagnostic bounds a diagnostic taken from free text: the server's
// words are a few lines; more is the notice running on.
const maxDiagnostic = 4096

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
