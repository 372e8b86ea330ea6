package smtpcode

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Find pulls an SMTP reply code (RFC 5321, 2xx–5xx) and an enhanced
// mail system status code (RFC 3463, e.g. "5.1.1") out of a diagnostic line
// such as
//
//	550-5.1.1 The email account that you tried to reach does not exist.
//	smtp; 550 5.1.1 <bob@example.com>... User unknown
//	Sorry, no mailbox here by that name. (#5.1.1)
//	host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full
//
// It returns "" for what is absent.
//
// A status is class.subject.detail with class 2, 4 or 5 and one to three
// digits in the others, bounded on both sides by something that is neither
// a digit, a letter nor a dot (a dot ending a sentence is fine), so IP
// addresses (192.0.2.1) and versions (8.14.1, Postfix/2.3.4) are not taken.
// A status written right after a reply code ("550 5.1.1", "550-5.7.1",
// "550 #5.1.1") is preferred; elsewhere only a one-digit subject is
// accepted ("Exim 4.94.2" is a version, not a status).
//
// A reply code is three digits, first 2–5 and second 0–5, standing alone
// and followed by a space, a '-' or the end: the one before the chosen
// status, else one opening the text (after a "smtp;" diagnostic type),
// else the first one that follows a ':', ';', a quote, '(' , '<' or '['.
func Find(text string) (reply, status string) {
	// A status right after a reply code.
	for i := 0; i < len(text); i++ {
		end, subj, ok := statusAt(text, i)
		if !ok {
			continue
		}
		if r, ok := replyBefore(text, i); ok {
			return r, text[i:end]
		}
		if status == "" && subj == 1 {
			status = text[i:end]
		}
		i = end - 1
	}
	reply = leadingReply(text)
	if reply == "" {
		reply = markedReply(text)
	}
	return reply, status
}

// gluedBefore tells whether the code at text[i] is glued to what comes
// before it: a digit, a letter, '.' or '_' ("v5.1.1", "id=5.1.1.2"). A
// letter of a script written without spaces (Chinese, Japanese, Korean)
// or a full-width mark does not glue: "回应：550 5.2.1" holds a code.
func gluedBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	p := text[i-1]
	if p < utf8.RuneSelf {
		return isDigit(p) || isLetter(p) || p == '.' || p == '_'
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// statusAt reads a status code starting at text[i]. It returns the end
// offset and the number of digits of the subject.
func statusAt(text string, i int) (end, subj int, ok bool) {
	c := text[i]
	if c != '2' && c != '4' && c != '5' {
		return 0, 0, false
	}
	if i > 0 && (text[i-1] == '/' || gluedBefore(text, i)) {
		return 0, 0, false
	}
	j := i + 1
	if j >= len(text) || text[j] != '.' {
		return 0, 0, false
	}
	j++
	n := 0
	for j < len(text) && isDigit(text[j]) {
		j++
		n++
	}
	if n < 1 || n > 3 || j >= len(text) || text[j] != '.' {
		return 0, 0, false
	}
	subj = n
	j++
	n = 0
	for j < len(text) && isDigit(text[j]) {
		j++
		n++
	}
	if n < 1 || n > 3 {
		return 0, 0, false
	}
	if j < len(text) {
		c := text[j]
		if isLetter(c) || c == '_' || c >= 0x80 {
			return 0, 0, false
		}
		if c == '.' && j+1 < len(text) && (isDigit(text[j+1]) || isLetter(text[j+1])) {
			return 0, 0, false
		}
	}
	return j, subj, true
}

// replyAt reads a reply code at text[i:i+3], bounded before by anything
// but a letter, digit or dot, and followed by a space, '-' or the end.
func replyAt(text string, i int) (string, bool) {
	if i+3 > len(text) {
		return "", false
	}
	a, b, c := text[i], text[i+1], text[i+2]
	if a < '2' || a > '5' || b < '0' || b > '5' || !isDigit(c) {
		return "", false
	}
	if gluedBefore(text, i) {
		return "", false
	}
	if i+3 < len(text) {
		n := text[i+3]
		if n != '-' && !isSpace(n) {
			return "", false
		}
	}
	return text[i : i+3], true
}

// replyBefore finds a reply code just before a status at text[i]: the two
// may be separated by spaces, '-', '#', '(' or '[' (at most four of them).
func replyBefore(text string, i int) (string, bool) {
	j := i
	for k := 0; k < 4 && j > 0; k++ {
		switch text[j-1] {
		case ' ', '-', '#', '(', '[', '\t':
			j--
			continue
		}
		break
	}
	if j == i || j < 3 {
		return "", false
	}
	start := j - 3
	a, b, c := text[start], text[start+1], text[start+2]
	if a < '2' || a > '5' || b < '0' || b > '5' || !isDigit(c) {
		return "", false
	}
	if gluedBefore(text, start) {
		return "", false
	}
	return text[start:j], true
}

// leadingReply reads a reply code opening the text, after spaces and an
// optional diagnostic type such as "smtp;" or "X-Postfix;".
func leadingReply(text string) string {
	i := skipSpaces(text, 0)
	// "smtp;", "x-postfix;", "X-Unix;": a short word and a semicolon.
	for k := i; k < len(text) && k-i < 24; k++ {
		c := text[k]
		if c == ';' && k > i {
			i = skipSpaces(text, k+1)
			break
		}
		if !isLetter(c) && c != '-' && !isDigit(c) {
			break
		}
	}
	if i < len(text) && text[i] == '#' {
		i++
	}
	if r, ok := replyAt(text, i); ok {
		return r
	}
	return ""
}

func skipSpaces(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

// markedReply finds the first reply code that follows a ':', ';', quote,
// '(', '<', '[', '#', '>' or a line break, spaces allowed in between — the
// way MTAs quote a remote server ("said: 550 …", "returned '550 …").
func markedReply(text string) string {
	for i := 0; i+3 <= len(text); i++ {
		r, ok := replyAt(text, i)
		if !ok {
			continue
		}
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
			j--
		}
		if j == 0 {
			return r
		}
		switch text[j-1] {
		case ':', ';', '\'', '"', '(', '<', '[', '#', '>', '\n', '\r', '=':
			return r
		}
		if p, _ := utf8.DecodeLastRuneInString(text[:j]); strings.ContainsRune("：；（［【「『＜", p) {
			return r // the full-width marks of Chinese and Japanese notices
		}
	}
	return ""
}
