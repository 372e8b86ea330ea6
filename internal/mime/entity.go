package mime

import (
	"bufio"
	"encoding/base64"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
	"sync"

	"github.com/emersion/go-message"
)

// Entity is the whole message or one MIME part, ready to be read. It
// stands for go-message's Entity: the same media type, parameters and
// decoded body that message.New and Header.ContentType gave, without
// building a textproto.Header or parsing the Content-Type three times.
type Entity struct {
	Header    Header
	Body      io.Reader         // transfer encoding undone
	MediaType string            // as go-message's Header.ContentType gives it
	Params    map[string]string // its parameters, RFC 2047 words decoded
	// Charset is the declared charset of a text part, taken out of its
	// Content-Type: the caller decodes it, knowing how charsets lie.
	Charset string
	qp      *bufio.Reader // the pooled buffer of a quoted-printable body
}

// Release returns what the entity holds to its pool; its body is not
// read after.
func (e *Entity) Release() {
	if e.qp != nil {
		putReader(&qpReaders, e.qp)
		e.qp = nil
	}
}

// NewEntity makes an entity of a header and a body, mending a broken
// Content-Type first (in *h too, as textproto.Header.Set did in the
// header it shared with its caller). The transfer encoding is undone as
// message.New does; the charset is left to the caller.
func NewEntity(h *Header, body io.Reader) *Entity {
	mt, params, err := repairContentType(h)
	e := &Entity{Header: *h}
	if err == nil && strings.HasPrefix(mt, "text/") && params["charset"] != "" {
		e.Charset = params["charset"]
		delete(params, "charset")
		// Only the entity's copy loses the charset, as with h.Copy().
		e.Header.setContentType(mime.FormatMediaType(mt, params))
		mt, params, _ = contentType(&e.Header)
	} else if ct := h.Get("Content-Type"); ct == "" {
		mt, params, err = "text/plain", nil, nil
	} else if err != nil {
		mt, params = ct, nil
	} else {
		decodeParams(params)
	}
	e.MediaType, e.Params = mt, params
	e.Body = body
	// As message.New: multipart bodies are never transfer-decoded (some
	// senders label them quoted-printable), and a text part's charset
	// parameter, when one is left, is "", utf-8 or us-ascii, which it
	// does not convert.
	if !strings.HasPrefix(mt, "multipart/") {
		e.Body, e.qp = transferDecoder(h.Get("Content-Transfer-Encoding"), body)
	}
	return e
}

// contentType parses the Content-Type field as go-message's
// Header.ContentType does: "text/plain" when there is none, the field
// itself as the type when it does not parse.
func contentType(h *Header) (string, map[string]string, error) {
	v := h.Get("Content-Type")
	if v == "" {
		return "text/plain", nil, nil
	}
	return ParseParams(v)
}

// ParseParams parses a Content-Type or Content-Disposition value as
// go-message does: its parameters RFC 2047-decoded, and on an error the
// value itself with no parameters.
func ParseParams(v string) (string, map[string]string, error) {
	f, params, err := mime.ParseMediaType(v)
	if err != nil {
		return v, nil, err
	}
	decodeParams(params)
	return f, params, nil
}

func decodeParams(params map[string]string) {
	for k, v := range params {
		if strings.Contains(v, "=?") {
			params[k] = decodeWords(v)
		}
	}
}

// decodeWords decodes the RFC 2047 words of v with go-message (its
// charsets), keeping v as it is when that fails.
func decodeWords(v string) string {
	var h message.Header
	h.Set("X", v)
	d, _ := h.Text("X") // v itself on an error
	return d
}

// transferDecoder undoes a Content-Transfer-Encoding as go-message's
// message.New does: quoted-printable, base64 (spaces and tabs taken for
// line breaks), and the body as it is for identity and unknown encodings.
// A quoted-printable reader reads through a pooled buffer, returned: the
// 4 KiB one quotedprintable.NewReader makes otherwise, of the same size
// (the decoder's ReadSlice fails on a longer line, and so it still does).
func transferDecoder(enc string, r io.Reader) (io.Reader, *bufio.Reader) {
	switch strings.ToLower(enc) {
	case "quoted-printable":
		br := getReader(&qpReaders, r)
		return quotedprintable.NewReader(br), br
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &wspToLF{r: r}), nil
	}
	return r, nil
}

// qpReaders are the buffers of quoted-printable readers: bufio.NewReader
// of a *bufio.Reader this size returns it as it is.
var qpReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

// wspToLF turns spaces, tabs and every other byte outside the base64
// alphabet into line feeds, which the base64 decoder skips: base64 lines
// indented as if folded, or with line noise a gateway added (trailing
// blanks, a stray "!"), still decode instead of stopping at the noise.
type wspToLF struct{ r io.Reader }

func (w *wspToLF) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	for i, c := range p[:n] {
		if !isBase64Byte(c) {
			p[i] = '\n'
		}
	}
	return n, err
}

func isBase64Byte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '=' || c == '\n'
}
