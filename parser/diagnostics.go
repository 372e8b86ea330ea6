package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/smtpcode"
)

// diagnosticOf makes a one-line diagnostic from a recipient's lines, finds
// the codes in it, and the SMTP command the failure answered. The book's
// lead-ins introduce the remote server's own words inside an MTA's
// notice: what follows the last of them is the diagnostic; what precedes
// it is the MTA's framing, which would only mislead the rules.
func (b *book) diagnosticOf(lines []string) (diag, reply, status, command string) {
	lines, transcriptCommand := skipTranscript(lines)
	lines = withoutRules(lines)
	text := joinContinuations(collapseLines(lines))
	low := lower(text)
	command = smtpcode.CommandLower(low)
	if command == "" {
		command = transcriptCommand
	}
	if b.hasLeadIn(low) { // else spare the searches from the end
		for _, l := range b.leadIns {
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

// skipTranscript drops the successful exchanges of an SMTP transcript
// ("In: EHLO …", "Out: 250-STARTTLS", MDaemon's "<-- 250 …") that precede
// the first failing reply: they are not the server's complaint, and their
// codes and words (an advertised STARTTLS) would mislead. Time-stamped log
// lines between them go too. It also returns the client command the
// failing reply answered: with PIPELINING (RFC 2920) the client sends
// MAIL, RCPT and DATA before the replies come, in order, so the failing
// reply answers the oldest command still unanswered, not the last sent.
func skipTranscript(lines []string) (kept []string, command string) {
	fail := -1
	for i, l := range lines {
		if rest, ok := serverLine(l); ok && len(rest) > 0 && (rest[0] == '4' || rest[0] == '5') {
			fail = i
			break
		}
	}
	if fail < 0 {
		// No reply failed in the transcript (MDaemon's "* Local delivery
		// refused: …" lines are its own log): the times still go, or
		// they would cut the sentence a log line wraps.
		return withoutLogStamps(lines), ""
	}
	chatter := false
	var pending []string // commands sent and not yet answered, oldest first
	replied := false     // a reply came after a command: the transcript shows replies
	for _, l := range lines[:fail] {
		in, isIn := clientLine(l)
		out, isOut := serverLine(l)
		_, logged := logStamp(l)
		switch {
		case isIn:
			chatter, command = true, smtpVerb(in)
			pending = append(pending, command)
		case isOut || logged:
			chatter = true
			if isOut && finalReply(out) && len(pending) > 0 {
				pending, replied = pending[1:], true
			}
		case chatter && l != "" && (l[0] == ' ' || l[0] == '\t'):
			// a command or reply folded onto the next line
		default:
			chatter = false
			kept = append(kept, l)
			continue
		}
	}
	if replied && len(pending) > 1 && pending[0] != "" {
		command = pending[0] // pipelined: the failing reply is the oldest one's
	}
	for _, l := range lines[fail:] {
		if rest, ok := logStamp(l); ok {
			l = rest // the time of a log line is no part of the reply
		}
		kept = append(kept, l)
	}
	return kept, command
}

// withoutLogStamps returns lines with their log time stamps cut off; the
// slice is lines itself when none has one.
func withoutLogStamps(lines []string) []string {
	var out []string
	for i, l := range lines {
		rest, ok := logStamp(l)
		if !ok {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(lines)), lines[:i]...)
		}
		out = append(out, rest)
	}
	if out == nil {
		return lines
	}
	return out
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
	t := trimBlankLeft(l)
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
	return trimBlankLeft(t[1:]), true
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

// finalReply tells whether a server line is the last line of a reply
// ("250 OK", not "250-PIPELINING").
func finalReply(r string) bool {
	return len(r) >= 3 && isDigit(r[0]) && isDigit(r[1]) && isDigit(r[2]) && (len(r) == 3 || r[3] != '-')
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

// hasLeadIn tells whether a lower-cased text holds a lead-in at all.
func (b *book) hasLeadIn(low string) bool {
	for _, n := range b.leadInNeedles {
		if n.in(low) {
			return true
		}
	}
	return false
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
