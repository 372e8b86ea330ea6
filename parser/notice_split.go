package parser

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// markerTrim is the decoration around an original marker on its line.
const markerTrim = "-=_*#[]<> "

// trimMarker is bytes.Trim(b, markerTrim) without the byte set that
// bytes.Trim builds on every call.
func trimMarker(b []byte) []byte {
	for len(b) > 0 && strings.IndexByte(markerTrim, b[0]) >= 0 {
		b = b[1:]
	}
	for len(b) > 0 && strings.IndexByte(markerTrim, b[len(b)-1]) >= 0 {
		b = b[:len(b)-1]
	}
	return b
}

// isOriginalMarker tells whether a line separates the notice from the
// returned message: it is one of the book's original markers.
func (bk *book) isOriginalMarker(line string) bool {
	l := strings.TrimSpace(line)
	if len(l) > 3*120 {
		return false // too long even if lower-casing shrank it threefold
	}
	if isASCII(l) {
		// The common case, lower-cased on the stack: every line of every
		// notice comes here.
		if len(l) > 120 || l == "" {
			return false
		}
		if strings.IndexByte("-=_*#[", l[0]) < 0 && !bk.emptyMarker {
			// No divider: a marker must open the line after its
			// decoration. Most lines fail on that byte already.
			i := 0
			for i < len(l) && strings.IndexByte(markerTrim, l[i]) >= 0 {
				i++
			}
			if i == len(l) || !bk.markerStarts[foldASCII(l[i])] {
				return false
			}
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
		t := trimMarker(b)
		if !divider && len(t) > 0 && !bk.emptyMarker {
			// Only a marker that opens t can match.
			for _, i := range bk.markersByStart[t[0]] {
				if m := bk.markerBytes[i]; bytes.HasPrefix(t, m) && (!bk.markerBare[i] || bk.bareMarkerEnds(string(t[len(m):]))) {
					return true
				}
			}
			return false
		}
		for i, m := range bk.markerBytes {
			if bytes.HasPrefix(t, m) && (!bk.markerBare[i] || bk.bareMarkerEnds(string(t[len(m):]))) || divider && bytes.Contains(t, m) {
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
	t := strings.Trim(l, markerTrim)
	for i, m := range bk.markers {
		if strings.HasPrefix(t, m) && (!bk.markerBare[i] || bk.bareMarkerEnds(t[len(m):])) || divider && strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// bareMarkerEnds tells whether rest, the lower-cased text after a bare
// marker on a line (the book's bare_markers: "original message", which
// is also the subject of a notice's sentence), leaves the line a marker
// rather than a sentence about the message: it ends, goes on with
// punctuation, or with one of the book's marker_followers ("Original
// message follows"). signs.BareMarkerEnds is the reference.
func (bk *book) bareMarkerEnds(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !isLetter(rest[0]) {
		return true
	}
	for _, w := range bk.markerFollowers {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// splitNotice cuts a free-text bounce into the notice and the returned
// original (from the divider on, or from a header block that follows a
// blank line).
func (b *book) splitNotice(text string) (notice, original string) {
	// The lines of strings.SplitAfter(text, "\n"), taken one at a time.
	pos := 0
	prevBlank := false
	for i := 0; ; i++ {
		line := text[pos:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j+1]
		}
		if b.isOriginalMarker(line) {
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
