package mime

import (
	"bytes"
	"errors"
)

// ErrNotMessage is the cause of every error for input that is no mail
// message at all; NotMessage says why.
var ErrNotMessage = errors.New("not a mail message")

// NotMessage tells why the start of an input (its first KiB or more)
// shows it is not mail, or "" when it may be: the first line that is not
// blank (see BlankLines) must be a header field ("Name: value", the name made of letters,
// digits, '-' and '_', see IsFieldName) or an mbox "From " line, and the
// text must not look binary (a NUL byte in that first line, or more than
// one byte in ten a control character). A stray NUL further on is
// tolerated: real bounces have them.
func NotMessage(peek []byte) string {
	peek = peek[BlankLines(peek):]
	if len(peek) == 0 {
		return "empty"
	}
	line := peek
	if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	if bytes.IndexByte(line, 0) >= 0 || isBinary(peek) {
		return "binary"
	}
	if bytes.HasPrefix(line, []byte("From ")) {
		return ""
	}
	if i := bytes.IndexByte(line, ':'); i <= 0 || !IsFieldName(string(line[:i])) {
		return "no header"
	}
	return ""
}

// isBinary tells whether more than one byte in ten of b is a control
// character other than white space and ESC.
func isBinary(b []byte) bool {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b || c == 0x7f {
			n++
		}
	}
	return n*10 > len(b)
}

// BlankLines returns how many bytes of b are lines of nothing but spaces,
// tabs and line endings, which some MTAs and archivers put before a
// message's header: they are skipped, not taken for its first field.
func BlankLines(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case ' ', '\t', '\r':
		case '\n':
			n = i + 1
		default:
			return n
		}
	}
	return n
}
