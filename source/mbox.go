package source

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// mboxBufSize is the size of the read buffer. A run of '>' longer than this at
// the start of a line is passed through unchanged.
const mboxBufSize = 64 << 10

// maxFromLine is how much of a separator line From keeps.
const maxFromLine = 1000

var fromPrefix = []byte("From ")

// IsMbox tells whether peek, the first bytes of an input, starts with an
// mbox "From " separator line. Leading line breaks are skipped.
func IsMbox(peek []byte) bool {
	peek = bytes.TrimLeft(peek, "\r\n")
	return bytes.HasPrefix(peek, fromPrefix)
}

// MboxReader reads the messages of a Unix mbox file one after another,
// as streams. It is not safe for concurrent use.
//
// A message starts after a "From " separator line; the separator is a line
// that begins with "From " at the start of the input or right after a line
// break. Lines that begin with one or more '>' followed by "From " were
// escaped by the writer (mboxrd); the reader removes one '>' from them, so
// ">From " reads as "From " and ">>From " as ">From ". LF, CRLF and bare-CR
// line endings are all taken as line breaks, and the bytes of each message
// come back exactly as they are in the file otherwise (line endings
// included, and the blank line that usually precedes the next separator).
//
// The reader never holds more than one buffer (64 KiB) of the input: a
// message is read as it is consumed.
type MboxReader struct {
	br      *bufio.Reader
	cur     *message
	started bool   // the start of the input was handled
	err     error  // sticky error of the underlying reader
	from    []byte // separator line of the current message
	n       int    // messages returned so far
}

// NewMboxReader returns an MboxReader that reads the mbox from r.
func NewMboxReader(r io.Reader) *MboxReader {
	return &MboxReader{br: bufio.NewReaderSize(r, mboxBufSize)}
}

// Next returns the next message as a stream, valid until the following
// call to Next: calling Next skips whatever the caller left unread. Next
// returns io.EOF when there are no more messages; an empty input holds no
// messages. Text before the first separator line (other than line breaks)
// is returned as a message of its own, so nothing in the input is lost.
func (r *MboxReader) Next() (io.Reader, error) {
	if r.err != nil {
		return nil, r.err
	}
	if r.cur != nil {
		if _, err := io.Copy(io.Discard, r.cur); err != nil {
			r.err = err
			return nil, err
		}
		r.cur = nil
	}
	if !r.started {
		r.started = true
		// Skip line breaks that lead the file.
		for {
			b, err := r.br.Peek(1)
			if err != nil {
				return nil, r.fail(err)
			}
			if b[0] != '\r' && b[0] != '\n' {
				break
			}
			r.br.Discard(1)
		}
		if k, _ := r.lineKind(); k != lineFrom {
			// A preamble: return it as a message without a separator.
			r.from = r.from[:0]
			return r.newMessage(), nil
		}
	}
	// Here the input is at the start of a separator line, or at its end.
	if _, err := r.br.Peek(1); err != nil {
		return nil, r.fail(err)
	}
	if err := r.skipFromLine(); err != nil {
		return nil, r.fail(err)
	}
	return r.newMessage(), nil
}

// From returns the separator line of the message last returned by Next,
// without its line break and cut to 1000 bytes, or "" when the message had
// none (a preamble).
func (r *MboxReader) From() string { return string(r.from) }

// Count returns how many messages Next has returned.
func (r *MboxReader) Count() int { return r.n }

func (r *MboxReader) newMessage() io.Reader {
	r.n++
	r.cur = &message{r: r, lineStart: true}
	return r.cur
}

// fail records err as sticky unless it is io.EOF, and returns it.
func (r *MboxReader) fail(err error) error {
	if err != io.EOF {
		r.err = err
	}
	return err
}

// skipFromLine consumes the separator line and its line break (LF, CRLF or
// CR), keeping its first bytes for From.
func (r *MboxReader) skipFromLine() error {
	r.from = r.from[:0]
	for {
		if _, err := r.br.Peek(1); err != nil {
			if err == io.EOF {
				return nil // a separator at the very end: an empty message follows
			}
			return err
		}
		buf, _ := r.br.Peek(r.br.Buffered())
		i := indexEOL(buf)
		if i < 0 {
			r.keepFrom(buf)
			r.br.Discard(len(buf))
			continue
		}
		r.keepFrom(buf[:i])
		cr := buf[i] == '\r'
		r.br.Discard(i + 1)
		if cr {
			if b, err := r.br.Peek(1); err == nil && b[0] == '\n' {
				r.br.Discard(1)
			}
		}
		return nil
	}
}

func (r *MboxReader) keepFrom(b []byte) {
	if room := maxFromLine - len(r.from); room > 0 {
		if len(b) > room {
			b = b[:room]
		}
		r.from = append(r.from, b...)
	}
}

// indexEOL returns the index of the first CR or LF in b, or -1. Two
// IndexByte calls are quicker than bytes.IndexAny, which tests byte by byte.
func indexEOL(b []byte) int {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return bytes.IndexByte(b, '\r')
	}
	if j := bytes.IndexByte(b[:i], '\r'); j >= 0 {
		return j
	}
	return i
}

// plainRun returns where the run of whole lines that starts at from
// (just after a line end) stops being safe to copy as it is: at the first
// line that begins with 'F' or '>' (it may be a separator or escaped,
// which lineKind must judge), else after the last line end in buf. It is
// from when the line at from is such a line, or is not whole in buf.
// Copying a run at once instead of a line at a time spares a lineKind
// and an indexEOL for every line of a message.
func plainRun(buf []byte, from int) int {
	stop := len(buf)
	for _, c := range [...]byte{'F', '>'} {
		for j := from; j < stop; {
			k := bytes.IndexByte(buf[j:stop], c)
			if k < 0 {
				break
			}
			if k += j; buf[k-1] == '\n' || buf[k-1] == '\r' {
				stop = k
				break
			}
			j = k + 1
		}
	}
	return max(bytes.LastIndexByte(buf[:stop], '\n'), bytes.LastIndexByte(buf[:stop], '\r')) + 1
}

type kind int

const (
	linePlain   kind = iota
	lineFrom         // "From ": a separator
	lineEscaped      // ">From ", ">>From ", …: drop one '>'
)

// lineKind looks at the line that starts at the current position without
// consuming it. It peeks only as far as needed, so a slow input (a pipe)
// is not waited on longer than the line itself requires.
func (r *MboxReader) lineKind() (kind, error) {
	i := 0
	for {
		if i+len(fromPrefix) > mboxBufSize {
			return linePlain, nil
		}
		b, err := r.br.Peek(i + 1)
		if len(b) <= i {
			return linePlain, err
		}
		if b[i] == '>' {
			i++
			continue
		}
		b, err = r.br.Peek(i + len(fromPrefix))
		if !bytes.HasPrefix(b[i:], fromPrefix) {
			return linePlain, err
		}
		if i == 0 {
			return lineFrom, nil
		}
		return lineEscaped, nil
	}
}

// message is the stream of one message.
type message struct {
	r         *MboxReader
	lineStart bool // the next byte starts a line
	done      bool
	err       error
}

func (m *message) Read(p []byte) (int, error) {
	if m.err != nil {
		return 0, m.err
	}
	if m.done {
		return 0, io.EOF
	}
	br := m.r.br
	n := 0
	for n < len(p) {
		if m.lineStart {
			k, err := m.r.lineKind()
			if k == lineFrom {
				m.done = true
				break
			}
			if k == lineEscaped {
				br.Discard(1)
			}
			if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
				m.err = m.r.fail(err)
				return n, m.err
			}
			m.lineStart = false
		}
		if br.Buffered() == 0 {
			if _, err := br.Peek(1); err != nil {
				if err == io.EOF {
					m.done = true
					break
				}
				m.err = m.r.fail(err)
				return n, m.err
			}
		}
		buf, _ := br.Peek(br.Buffered())
		if room := len(p) - n; len(buf) > room {
			buf = buf[:room]
		}
		if i := indexEOL(buf); i >= 0 {
			buf = buf[:plainRun(buf, i+1)]
			m.lineStart = true
		}
		n += copy(p[n:], buf)
		br.Discard(len(buf))
	}
	if n == 0 && m.done {
		return 0, io.EOF
	}
	return n, nil
}
