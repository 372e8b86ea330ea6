package mime

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// FuzzMultipart: multipartReader walks a body as go-message's
// textproto.MultipartReader does: the same parts with the same headers
// and bytes, the walk ending at the same place (io.EOF or another error),
// and the same bytes taken from the reader underneath. Each part is read
// only up to limit bytes (0: not at all), as the walker does with the
// parts it does not need whole.
func FuzzMultipart(f *testing.F) {
	f.Add([]byte("pre\n--b\nContent-Type: text/plain\n\nhello\n--b\n\nsecond\r\n--b--\nepilogue"), "b", uint16(3))
	f.Add([]byte("--b\r\nA: 1\r\n\r\nx\r\n--bb\r\n--b \r\n\r\ny\r\n--b--"), "b", uint16(100))
	f.Add([]byte("--b\n"+strings.Repeat("z", 5000)+"\n--b\nX: y\n\n"+strings.Repeat("q", 9000)+"\n--b--\n"), "b", uint16(0))
	f.Add([]byte("--b\n lead: x\n\nbody\n--b--"), "b", uint16(10))
	f.Add([]byte("--b\nbad line\n\nbody\n--b\nC: d\n\n\n--b--"), "b", uint16(10))
	f.Add([]byte("--b\n\nbody\nnot a boundary\n--b\n\n"), "b", uint16(1))
	f.Add([]byte("--\n\n"), "", uint16(1))
	f.Add([]byte(strings.Repeat("x", 4100)+"\n--b\n\ny\n--b--"), "b", uint16(5))
	f.Add([]byte("--=_x\n\na\n--=_x--"), "=_x", uint16(5))
	f.Fuzz(func(t *testing.T, b []byte, boundary string, limit uint16) {
		src1 := bufio.NewReaderSize(bytes.NewReader(b), 64)
		src2 := bufio.NewReaderSize(bytes.NewReader(b), 64)
		want := walkGoMessage(src1, boundary, int64(limit))
		got := walkOurs(src2, boundary, int64(limit))
		if got != want {
			t.Fatalf("walk\n%s\nwant\n%s", got, want)
		}
		rest1, _ := io.ReadAll(src1)
		rest2, _ := io.ReadAll(src2)
		if !bytes.Equal(rest1, rest2) {
			t.Fatalf("left %q, want %q", rest2, rest1)
		}
	})
}

func walkGoMessage(r io.Reader, boundary string, limit int64) string {
	var out strings.Builder
	mr := textproto.NewMultipartReader(r, boundary)
	for {
		p, err := mr.NextPart()
		if err != nil {
			fmt.Fprintf(&out, "end: %v\n", err == io.EOF)
			return out.String()
		}
		out.WriteString(dumpHeader(p.Header))
		body, err := io.ReadAll(io.LimitReader(p, limit))
		fmt.Fprintf(&out, "body %q %v\n", body, err)
	}
}

func walkOurs(r io.Reader, boundary string, limit int64) string {
	var out strings.Builder
	mr := NewMultipartReader(r, boundary)
	defer mr.Release()
	for {
		fs, err := mr.nextPart(new(Buffer))
		if err != nil {
			fmt.Fprintf(&out, "end: %v\n", err == io.EOF)
			return out.String()
		}
		out.WriteString(dumpFields(fs))
		body, err := io.ReadAll(io.LimitReader(&mr.part, limit))
		fmt.Fprintf(&out, "body %q %v\n", body, err)
	}
}
