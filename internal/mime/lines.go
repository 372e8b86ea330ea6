package mime

import (
	"bufio"
	"bytes"
	"io"
)

// LineReader streams a message line by line and mends it on the way:
// CRLF and bare CR line endings become LF, and inside a header block (the
// message's, or a MIME part's after a boundary line) a line that is
// neither a field nor a continuation is folded into the field before it,
// as the sender meant. go-message is strict about both; bounces in the
// wild are not.
type LineReader struct {
	r        *bufio.Reader
	buf      []byte // pending output, a window on scratch
	scratch  []byte
	inHeader bool
	pendCR   bool // the last chunk ended in CR: a following LF belongs to it
	lines    int
	err      error
}

// NewLineReader mends what it reads from r; Release returns its pooled
// buffer.
func NewLineReader(r io.Reader) *LineReader {
	return &LineReader{r: getReader(&bigReaders, r), inHeader: true}
}

// Release returns the reader's buffer; the LineReader is not used after.
func (l *LineReader) Release() {
	putReader(&bigReaders, l.r)
	l.r = nil
}

// Read fills p with as many mended lines as it can without waiting for
// more input than the first line needs.
func (l *LineReader) Read(p []byte) (int, error) {
	for len(l.buf) == 0 {
		if l.err != nil {
			return 0, l.err
		}
		l.fill()
	}
	n := copy(p, l.buf)
	l.buf = l.buf[n:]
	for n < len(p) && len(l.buf) == 0 && l.err == nil && l.r.Buffered() > 0 {
		if k := l.copyBody(p[n:]); k > 0 {
			n += k
			continue
		}
		l.fill()
		k := copy(p[n:], l.buf)
		l.buf = l.buf[k:]
		n += k
	}
	return n, nil
}

// copyBody copies whole lines of a body that need no mending straight
// from r's buffer to p: LF lines outside a header block, up to the first
// line that begins with '-' (it may be a boundary, which fill must see).
// It returns 0 when the next line is not such a line.
func (l *LineReader) copyBody(p []byte) int {
	if l.inHeader || l.pendCR {
		return 0
	}
	b, _ := l.r.Peek(min(l.r.Buffered(), len(p)))
	if i := bytes.IndexByte(b, '\r'); i >= 0 {
		b = b[:i]
	}
	if i := bytes.Index(b, []byte("\n-")); i >= 0 {
		b = b[:i+1]
	}
	b = b[:bytes.LastIndexByte(b, '\n')+1]
	if len(b) == 0 || b[0] == '-' {
		return 0
	}
	l.lines++ // past the first line anyway: only that one is told apart
	n := copy(p, b)
	l.r.Discard(n)
	return n
}

// fill reads one line (or a piece of a very long one) into buf.
func (l *LineReader) fill() {
	line, err := l.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		err = nil // a long line: pass it on in pieces
	}
	if err != nil {
		l.err = err
	}
	if len(line) == 0 {
		return
	}
	if l.pendCR && line[0] == '\n' {
		line = line[1:]
	}
	l.pendCR = false
	if bytes.IndexByte(line, '\r') < 0 {
		// An LF line needs no copy: buf is read out before the next
		// ReadSlice reuses r's buffer.
		l.buf = l.mendLine(line)
		return
	}
	out := l.scratch[:0]
	for len(line) > 0 {
		i := bytes.IndexByte(line, '\r')
		if i < 0 {
			out = append(out, line...)
			break
		}
		out = append(out, line[:i]...)
		out = append(out, '\n')
		line = line[i+1:]
		if len(line) > 0 && line[0] == '\n' {
			line = line[1:]
		} else if len(line) == 0 {
			l.pendCR = true
		}
	}
	l.scratch = out
	l.buf = l.mend(out)
}

// mend folds stray lines of a header block and notices where header
// blocks begin and end. out may hold several lines (bare CR input).
func (l *LineReader) mend(out []byte) []byte {
	if bytes.Count(out, []byte{'\n'}) <= 1 {
		return l.mendLine(out)
	}
	var res []byte
	for len(out) > 0 {
		i := bytes.IndexByte(out, '\n')
		if i < 0 {
			i = len(out) - 1
		}
		res = append(res, l.mendLine(out[:i+1])...)
		out = out[i+1:]
	}
	return res
}

func (l *LineReader) mendLine(line []byte) []byte {
	body := bytes.TrimRight(line, "\n")
	l.lines++
	if l.lines == 1 && len(body) > 0 && len(bytes.Trim(body, " \t")) == 0 {
		// Spaces before the header, which the parser skips: the line
		// after is still the first (an mbox "From " line may be).
		l.lines--
		return line
	}
	if l.inHeader {
		switch {
		case len(body) == 0:
			l.inHeader = false
		case body[0] == ' ' || body[0] == '\t':
		case IsHeaderLine(body):
		case l.lines == 1 && bytes.HasPrefix(body, []byte("From ")):
		default:
			return append([]byte{' '}, line...)
		}
		return line
	}
	if len(body) > 2 && body[0] == '-' && body[1] == '-' && bytes.IndexByte(body, ' ') < 0 && !bytes.HasSuffix(body, []byte("--")) {
		l.inHeader = true // a MIME boundary: a part's header block follows
	}
	return line
}
