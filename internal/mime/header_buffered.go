package mime

import (
	"bufio"
	"bytes"
)

// scanBuffered reads a header block straight from the bytes br has
// buffered, when the whole block is there, is well formed and is at most
// max bytes long: then it gives what scanHeader (behind readHeader's
// limiter) gives, and takes the same bytes from br, without copying each
// line through the limiter and a second reader. In any other case
// (the block goes on past the buffer, a malformed line, a long block) it
// reads nothing and returns false, and the caller takes the slow way,
// which knows the errors and the limit. FuzzReadHeader keeps the two equal.
func scanBuffered(br *bufio.Reader, max int64, hb *Buffer) ([]rawField, bool) {
	b, _ := br.Peek(br.Buffered())
	if len(b) > 0 && isWSP(b[0]) {
		return nil, false // an error: a continuation line first
	}
	start, fstart := len(hb.b), len(hb.fs)
	fail := func() ([]rawField, bool) {
		hb.b, hb.fs = hb.b[:start], hb.fs[:fstart]
		return nil, false
	}
	pos := 0
	for {
		line, next, ok := cutLine(b, pos)
		if !ok {
			return fail()
		}
		pos = next
		if len(line) == 0 {
			// The blank line that ends the block.
			if int64(pos) > max {
				return fail()
			}
			br.Discard(pos)
			return hb.fs[fstart:len(hb.fs):len(hb.fs)], true
		}
		at := len(hb.b)
		hb.b = append(append(hb.b, line...), '\r', '\n')
		for pos < len(b) && isWSP(b[pos]) {
			if line, pos, ok = cutLine(b, pos); !ok {
				return fail()
			}
			hb.b = append(append(hb.b, line...), '\r', '\n')
		}
		if pos >= len(b) {
			return fail() // the next line is not buffered: is it a continuation?
		}
		kv := hb.b[at:]
		i := bytes.IndexByte(kv, ':')
		if i < 0 {
			return fail()
		}
		key := trimWSP(kv[:i])
		for _, c := range key {
			if c < 33 || c > 126 {
				return fail()
			}
		}
		if len(key) == 0 {
			continue // an empty name is skipped, as scanHeader does
		}
		hb.fs = append(hb.fs, rawField{kv: kv[:len(kv):len(kv)], colon: i, off: at})
	}
}

// cutLine returns the line of b that starts at pos, without its line
// ending ("\n" or "\r\n", as bufio.Reader.ReadLine drops them), and where
// the next line starts; false when the line does not end within b.
func cutLine(b []byte, pos int) (line []byte, next int, ok bool) {
	i := bytes.IndexByte(b[pos:], '\n')
	if i < 0 {
		return nil, 0, false
	}
	line = b[pos : pos+i]
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return line, pos + i + 1, true
}
