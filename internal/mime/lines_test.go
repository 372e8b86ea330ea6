package mime

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLineReader: LineReader.Read, which copies runs of body lines
// straight from its buffer and fills p with many lines, gives the stream
// that reading one mended line at a time (fill alone, as Read did) gives,
// whatever the size of the reads.
func FuzzLineReader(f *testing.F) {
	names, _ := filepath.Glob("../../testdata/sisimai-set/eml*/*.eml")
	for i, n := range names {
		if b, err := os.ReadFile(n); err == nil && i%20 == 0 {
			f.Add(b, uint16(i*37))
		}
	}
	f.Add([]byte("From: a\nbad\n\nbody\n--b\nX: y\nstray\n\n-x\r\n--c\rA: b\r\rq\r"), uint16(7))
	f.Add([]byte("From x\nA: b\n\n"+strings.Repeat("y", 9000)+"--b\n"+strings.Repeat("z", 20000)+"\n--b\nbad\n\n"), uint16(5000))
	f.Fuzz(func(t *testing.T, b []byte, size uint16) {
		n := int(size)%9000 + 1
		got, gerr := io.ReadAll(struct{ io.Reader }{&sizedReader{r: NewLineReader(bytes.NewReader(b)), n: n}})
		want, werr := io.ReadAll(&lineByLine{NewLineReader(bytes.NewReader(b))})
		if !bytes.Equal(got, want) || gerr != werr {
			t.Fatalf("read %d at a time:\n%q (%v)\nwant\n%q (%v)", n, got, gerr, want, werr)
		}
	})
}

// lineByLine reads a LineReader as its Read did: one mended line a call.
type lineByLine struct{ l *LineReader }

func (r *lineByLine) Read(p []byte) (int, error) {
	for len(r.l.buf) == 0 {
		if r.l.err != nil {
			return 0, r.l.err
		}
		r.l.fill()
	}
	n := copy(p, r.l.buf)
	r.l.buf = r.l.buf[n:]
	return n, nil
}

// sizedReader reads at most n bytes a call.
type sizedReader struct {
	r io.Reader
	n int
}

func (s *sizedReader) Read(p []byte) (int, error) {
	return s.r.Read(p[:min(len(p), s.n)])
}
