package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"testing"
	"testing/iotest"
)

// FuzzPlainRun: messages read with Read, which copies runs of plain lines
// at once (plainRun), are the messages that reading a line at a time (the
// old Read, lineByLine) gives, for any size of read, above and below.
func FuzzPlainRun(f *testing.F) {
	f.Add([]byte("From a\nX: 1\n\nbody\n>From b\nFrom c\nY\r\n\r\nFoo\r>>From d\rFrom e\n"), uint16(3), true)
	f.Add([]byte("\n\nnot a separator\nFrom \n>\n>>\n>F\nFrom"), uint16(100), false)
	f.Fuzz(func(t *testing.T, b []byte, size uint16, half bool) {
		n := int(size)%5000 + 1
		src := func() io.Reader {
			if half {
				return iotest.HalfReader(bytes.NewReader(b))
			}
			return bytes.NewReader(b)
		}
		got := readWith(src(), n, func(m io.Reader) io.Reader { return m })
		want := readWith(src(), n, func(m io.Reader) io.Reader { return lineByLine{m.(*message)} })
		if got != want {
			t.Fatalf("read %d at a time:\n%s\nwant\n%s", n, got, want)
		}
	})
}

// readWith lists the messages of an mbox, each read through wrap n bytes
// at a time, with their separators.
func readWith(r io.Reader, n int, wrap func(io.Reader) io.Reader) string {
	var out bytes.Buffer
	mr := NewMboxReader(r)
	for {
		m, err := mr.Next()
		if err != nil {
			fmt.Fprintf(&out, "end %v\n", err)
			return out.String()
		}
		body, err := io.ReadAll(&capReader{wrap(m), n})
		fmt.Fprintf(&out, "%q %q %v\n", mr.From(), body, err)
	}
}

type capReader struct {
	r io.Reader
	n int
}

func (c *capReader) Read(p []byte) (int, error) { return c.r.Read(p[:min(len(p), c.n)]) }

// lineByLine is message.Read as it was: one line a step.
type lineByLine struct{ m *message }

func (l lineByLine) Read(p []byte) (int, error) {
	m := l.m
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
			buf = buf[:i+1]
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
