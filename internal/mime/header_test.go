package mime

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	nettextproto "net/textproto"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-message/textproto"
)

// FuzzScanHeader: scanHeader reads a header block exactly as go-message's
// textproto.ReadHeader does: the same fields, values, errors, and the
// same bytes left for the body. header's Get and Values agree with
// textproto.Header's.
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
		hb := new(Buffer)
		fs, err2 := scanHeader(r2, hb)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Fatalf("error %v, want %v", err2, err1)
		}
		if d1, d2 := dumpHeader(want), dumpFields(fs); d1 != d2 {
			t.Fatalf("header\n%q\nwant\n%q", d2, d1)
		}
		rest1, _ := io.ReadAll(r1)
		rest2, _ := io.ReadAll(r2)
		if !bytes.Equal(rest1, rest2) {
			t.Fatalf("left %q, want %q", rest2, rest1)
		}
		h := hb.header(fs)
		for _, name := range []string{"From", "To", "Subject", "Message-Id", "Content-Type", "X-Hmxmroriginalrecipient", "Received", "X-Failed-Recipients"} {
			if g, w := h.Get(name), want.Get(name); g != w {
				t.Fatalf("Get(%s) = %q, want %q", name, g, w)
			}
			if g, w := h.Values(name), want.Values(name); !slices.Equal(g, w) {
				t.Fatalf("Values(%s) = %q, want %q", name, g, w)
			}
		}
		var got, wantFields strings.Builder
		for i := range h.Len() {
			fmt.Fprintf(&got, "%q %q\n", nettextproto.CanonicalMIMEHeaderKey(h.Name(i)), h.Value(i))
		}
		for fields := want.Fields(); fields.Next(); {
			fmt.Fprintf(&wantFields, "%q %q\n", fields.Key(), fields.Value())
		}
		if got.String() != wantFields.String() {
			t.Fatalf("Name and Value\n%s\nwant\n%s", got.String(), wantFields.String())
		}
		h.setContentType("text/x; a=b")
		want.Set("Content-Type", "text/x; a=b")
		if g, w := h.Get("content-type"), want.Get("content-type"); g != w {
			t.Fatalf("Get after set = %q, want %q", g, w)
		}
		if g, w := h.Values("Content-Type"), want.Values("Content-Type"); !slices.Equal(g, w) {
			t.Fatalf("Values after set = %q, want %q", g, w)
		}
	})
}

// dumpFields writes raw fields as dumpHeader writes go-message's.
func dumpFields(fs []rawField) string {
	var b strings.Builder
	for _, f := range fs {
		key := nettextproto.CanonicalMIMEHeaderKey(string(trimWSP(f.kv[:f.colon])))
		fmt.Fprintf(&b, "%q %q %q\n", key, fieldValue(string(f.kv[f.colon+1:])), f.kv)
	}
	return b.String()
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

// FuzzReadHeader: readHeader, which reads most blocks straight from the
// buffer (scanBuffered), gives what readHeaderSlow gives (the limiter and
// scanHeader): the same fields, error, and bytes left in the reader, for
// any limit and buffer size.
func FuzzReadHeader(f *testing.F) {
	seedCorpus(f, 30)
	for _, s := range []string{
		"From: a\n\tb\nTo:  x \r\n\r\nbody",
		" lead\nFrom: a\n\nbody",
		"From: a\nbad line\nTo: b\n\nbody",
		"Bad Key: a\n\nbody",
		": empty\nFrom: a\n\nbody",
		"From: a\r\r\nTo: b\r\n\r\n",
		"From: a\nTo: b",
		"A: " + strings.Repeat("x", 600) + "\n  " + strings.Repeat("y", 700) + "\n\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, size := range []int{16, 512, 4096, 8192} {
			for _, max := range []int64{1 << 20, 300, 40, int64(len(b) / 2)} {
				if max <= 0 {
					continue
				}
				r1 := bufio.NewReaderSize(bytes.NewReader(b), size)
				r2 := bufio.NewReaderSize(bytes.NewReader(b), size)
				var h1, h2 Buffer
				fs1, err1 := readHeaderSlow(r1, max, &h1)
				fs2, err2 := readHeader(r2, max, &h2)
				if fmt.Sprint(err1) != fmt.Sprint(err2) {
					t.Fatalf("size %d max %d: error %v, want %v", size, max, err2, err1)
				}
				if d1, d2 := dumpFields(fs1), dumpFields(fs2); d1 != d2 {
					t.Fatalf("size %d max %d: fields\n%s\nwant\n%s", size, max, d2, d1)
				}
				x1, x2 := h1.header(fs1), h2.header(fs2)
				for i := range fs1 {
					if v1, v2 := x1.value(i), x2.value(i); v1 != v2 || v1 != fieldValue(string(fs1[i].kv[fs1[i].colon+1:])) {
						t.Fatalf("size %d max %d: field %d value %q, want %q", size, max, i, v2, v1)
					}
				}
				rest1, _ := io.ReadAll(r1)
				rest2, _ := io.ReadAll(r2)
				if !bytes.Equal(rest1, rest2) {
					t.Fatalf("size %d max %d: left %q, want %q", size, max, rest2, rest1)
				}
			}
		}
	})
}
