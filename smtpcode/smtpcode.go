// Package smtpcode finds SMTP reply codes (RFC 5321) and enhanced mail
// system status codes (RFC 3463) in the free text of a server reply.
package smtpcode

import "strings"

// Find returns the first SMTP reply code (2xx–5xx) and the first enhanced
// status code (class 2, 4 or 5) in text; "" for what is absent. It does
// not take IP addresses, version numbers or dates for codes.
func Find(text string) (reply, status string) {
	return FindReply(text), FindStatus(text)
}

// FindStatus returns the first enhanced status code in text, e.g. "5.1.1".
func FindStatus(text string) string {
	for i := 0; i+5 <= len(text); i++ {
		c := text[i]
		if c != '2' && c != '4' && c != '5' {
			continue
		}
		if i > 0 && (isDigit(text[i-1]) || text[i-1] == '.') {
			continue
		}
		if s, ok := statusAt(text, i); ok {
			return s
		}
	}
	return ""
}

// statusAt reads "C.SSS.DDD" at text[i:], bounded by no digit or dot.
func statusAt(text string, i int) (string, bool) {
	j := i + 1
	if j >= len(text) || text[j] != '.' {
		return "", false
	}
	j++
	n := 0
	for j < len(text) && isDigit(text[j]) && n < 4 {
		j++
		n++
	}
	if n == 0 || n > 3 || j >= len(text) || text[j] != '.' {
		return "", false
	}
	j++
	n = 0
	for j < len(text) && isDigit(text[j]) && n < 4 {
		j++
		n++
	}
	if n == 0 || n > 3 {
		return "", false
	}
	if j < len(text) && (isDigit(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
		return "", false
	}
	return text[i:j], true
}

// FindReply returns the first SMTP reply code in text: three digits,
// 2xx–5xx with a second digit 0–5, standing alone or followed by '-' (a
// continuation line), and not part of a number, address or status.
func FindReply(text string) string {
	for i := 0; i+3 <= len(text); i++ {
		if r, ok := replyAt(text, i); ok {
			return r
		}
	}
	return ""
}

func replyAt(text string, i int) (string, bool) {
	c := text[i]
	if c != '2' && c != '4' && c != '5' {
		return "", false
	}
	if !isDigit(text[i+1]) || text[i+1] > '5' || !isDigit(text[i+2]) {
		return "", false
	}
	if i > 0 {
		p := text[i-1]
		if isDigit(p) || isLetter(p) || p == '.' || p == '-' || p == '/' || p == ':' && i > 1 && isDigit(text[i-2]) || p == '#' || p == '=' || p == '+' {
			return "", false
		}
	}
	if i+3 < len(text) {
		n := text[i+3]
		if !(n == ' ' || n == '-' || n == '\t' || n == '\n' || n == '\r' || n == ')' || n == ']' || n == '"' || n == ',' || n == ';') {
			return "", false
		}
		// "550-5.1.1" continuation lines are codes; "450-459" ranges or
		// "2-3 days" are not.
		if n == '-' && (i+4 >= len(text) || !(isDigit(text[i+4]) && i+5 < len(text) && text[i+5] == '.') && text[i+4] != ' ') {
			return "", false
		}
		if n == ' ' && i+4 < len(text) && isUnitWord(text[i+4:]) {
			return "", false
		}
	}
	return text[i : i+3], true
}

// isUnitWord rejects counts such as "250 messages" or "421 seconds".
func isUnitWord(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"second", "minute", "hour", "day", "byte", "kb", "mb", "message", "recipient", "times", "ms "} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// Class returns the class digit of a reply or status code: '2', '4',
// '5', or 0 when code is empty.
func Class(code string) byte {
	if code == "" {
		return 0
	}
	return code[0]
}
