package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// FuzzScanHeader: scanHeader reads a header block exactly as go-message's
// textproto.ReadHeader does: the same fields, values, errors, and the
// same bytes left for the body. rawGet agrees with Header.Get.
func FuzzScanHeader(f *testing.F) {
	seedCorpus(f, 30)
	f.Add([]byte("From: a\n\tb\nTo:  x \r\n\r\nbody"))
	f.Add([]byte(" lead\nFrom: a\n"))
	f.Add([]byte("From: a\nbad line\nTo: b\n\nbody"))
	f.Add([]byte("Bad Key: a\n\n"))
	f.Add([]byte(": empty\nFrom: a\n" + strings.Repeat("x", 40) + "\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		r1 := bufio.NewReaderSize(bytes.NewReader(b), 16)
		r2 := bufio.NewReaderSize(bytes.NewReader(b), 16)
		want, err1 := textproto.ReadHeader(r1)
		fs, err2 := scanHeader(r2, nil)
		got := toHeader(fs)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("error %v, want %v", err2, err1)
		}
		if d1, d2 := dumpHeader(want), dumpHeader(got); d1 != d2 {
			t.Fatalf("header\n%q\nwant\n%q", d2, d1)
		}
		rest1, _ := io.ReadAll(r1)
		rest2, _ := io.ReadAll(r2)
		if !bytes.Equal(rest1, rest2) {
			t.Fatalf("left %q, want %q", rest2, rest1)
		}
		for _, name := range []string{"From", "To", "Subject", "Message-Id", "Content-Type", "X-Hmxmroriginalrecipient"} {
			if g, w := rawGet(fs, name), want.Get(name); g != w {
				t.Fatalf("rawGet(%s) = %q, want %q", name, g, w)
			}
		}
	})
}

func dumpHeader(h textproto.Header) string {
	var b strings.Builder
	fields := h.Fields()
	for fields.Next() {
		raw, _ := fields.Raw()
		fmt.Fprintf(&b, "%q %q %q\n", fields.Key(), fields.Value(), raw)
	}
	return b.String()
}
