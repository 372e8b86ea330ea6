package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Sanitize makes message-derived text safe and tidy for a terminal, on one
// line: it removes ANSI escape sequences (CSI, OSC, DCS and the like, in
// their 7-bit and 8-bit forms), control characters and bidirectional
// formatting characters, replaces invalid UTF-8 with U+FFFD, turns tabs
// and line breaks into spaces, collapses runs of spaces and trims them.
func Sanitize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = '\uFFFD'
		}
		switch {
		case r == 0x1b: // ESC
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x90 || r == 0x9d || r == 0x98 || r == 0x9e || r == 0x9f: // DCS, OSC, SOS, PM, APC
			i = skipString(s, i+size)
			continue
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || unicode.IsSpace(r):
			space = b.Len() > 0
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidi(r):
			// dropped
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// isBidi tells whether r is a bidirectional formatting character, which
// can make a terminal show text in another order than it is ("Trojan
// Source").
func isBidi(r rune) bool {
	switch {
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// skipEscape returns the index after the escape sequence whose ESC was
// just before s[i].
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF sequences: intermediate bytes, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips the parameter, intermediate and final bytes of a control
// sequence.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (OSC, DCS, …) up to and including its
// terminator: BEL, ESC \ or the 8-bit ST. An unterminated string runs to
// the end, as a terminal would take it.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// runeWidth is the number of terminal columns r takes.
func runeWidth(r rune) int {
	if r == 0 || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Cf, r) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textWidth is the number of terminal columns s takes.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// truncate cuts s to at most w columns, ending it with "…" when it was cut.
func truncate(s string, w int) string {
	if textWidth(s) <= w {
		return s
	}
	if w < 1 {
		return ""
	}
	return cut(s, w-1) + "…"
}

// truncateMiddle cuts s to at most w columns by taking out its middle, so
// that both ends (the domain of an address) stay.
func truncateMiddle(s string, w int) string {
	if textWidth(s) <= w || w < 3 {
		return truncate(s, w)
	}
	tail := (w - 1) / 2
	head := w - 1 - tail
	rs := []rune(s)
	j, n := len(rs), 0 // rs[j:] is the tail kept
	for j > 0 && n+runeWidth(rs[j-1]) <= tail {
		j--
		n += runeWidth(rs[j])
	}
	return cut(string(rs[:j]), head) + "…" + string(rs[j:])
}

// cut returns the longest prefix of s that fits in w columns.
func cut(s string, w int) string {
	n := 0
	for i, r := range s {
		if n+runeWidth(r) > w {
			return s[:i]
		}
		n += runeWidth(r)
	}
	return s
}

// pad fills s with spaces to w columns.
func pad(s string, w int) string {
	if n := textWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}
