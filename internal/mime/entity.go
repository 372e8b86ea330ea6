package mime

import (
	"bufio"
	"bytes"
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
		br := getReader(&qpReaders, r)
		return base64.NewDecoder(base64.StdEncoding, &base64Lines{r: br}), br
	}
	return r, nil
}

// qpReaders are the buffers of quoted-printable readers: bufio.NewReader
// of a *bufio.Reader this size returns it as it is.
var qpReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4096) }}

// base64Lines passes on the lines of a base64 body, with the noise a
// gateway adds inside them (indentation, trailing blanks, a stray byte
// or two at a line's end) turned into line feeds, which the decoder
// skips. It stops at the first line that is plainly not base64 (a text
// footer "This message was scanned …", a "--" rule, a base64url body's
// '-' and '_': at its first such byte) and at any line after one that
// ends in padding, so that text after the body is not decoded as data.
type base64Lines struct {
	r      *bufio.Reader
	line   []byte // the rest of the line being passed on
	padded bool   // a line ended in '='
	gap    bool   // a blank line came after the body's first line
	done   bool
}

// maxStrayBytes is how many bytes outside the alphabet a base64 line may
// end with and still be taken as base64 ("…AAAA#").
const maxStrayBytes = 2

// maxBase64Pieces is how many blank-separated pieces a base64 line may
// have ("aGVs bG8g", a line folded once or twice).
const maxBase64Pieces = 3

func (b *base64Lines) Read(p []byte) (int, error) {
	for len(b.line) == 0 {
		if b.done {
			return 0, io.EOF
		}
		line, err := b.r.ReadSlice('\n')
		if err != nil && err != bufio.ErrBufferFull {
			b.done = true
			if err != io.EOF {
				return 0, err
			}
		}
		if len(line) == 0 {
			continue
		}
		core := bytes.TrimRight(bytes.TrimLeft(line, " \t"), " \t\r\n")
		if len(core) == 0 {
			b.gap = true // a blank line
			continue
		}
		if b.padded {
			b.done = true
			return 0, io.EOF
		}
		if !base64Shaped(core) {
			// Not base64 from its first odd byte on: a line of the
			// body's own run (a base64url body, a line cut by noise)
			// is passed on up to that byte, as the plain decoder would
			// read it; one after a blank line (a footer) not at all.
			b.done = true
			if b.gap {
				return 0, io.EOF
			}
			cut := bytes.IndexFunc(line, func(r rune) bool { return r > 0x7f || !isBase64Byte(byte(r)) && r != ' ' && r != '\t' })
			line = line[:max(cut, 0)]
		}
		b.padded = len(core) > 0 && core[len(core)-1] == '='
		if i := bytes.IndexByte(line, '='); i >= 0 {
			// Padding ends the data, wherever it stands: letters after
			// it inside the line are not decoded as a new run.
			for i < len(line) && line[i] == '=' {
				i++
			}
			line, b.padded = line[:i], true
		}
		for i, c := range line {
			if !isBase64Byte(c) {
				line[i] = '\n'
			}
		}
		b.line = line
	}
	n := copy(p, b.line)
	b.line = b.line[n:]
	return n, nil
}

// base64Shaped tells whether a line, without its blanks around, is of
// the base64 alphabet and blanks (taken for line breaks, as go-message
// does), but for a few stray bytes at its end. A line of more pieces
// than a folded one has is a sentence ("Scanned by MailGuard and found
// clean"), though all its letters are in the alphabet.
func base64Shaped(core []byte) bool {
	stray := 0
	for stray < len(core) && stray <= maxStrayBytes && !isBase64Byte(core[len(core)-1-stray]) {
		stray++
	}
	if stray > maxStrayBytes || stray == len(core) {
		return false
	}
	words := 1
	for i, c := range core[:len(core)-stray] {
		if c == ' ' || c == '\t' {
			if core[i-1] != ' ' && core[i-1] != '\t' {
				words++
			}
			continue
		}
		if !isBase64Byte(c) {
			return false
		}
	}
	return words <= maxBase64Pieces
}

func isBase64Byte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/' || c == '=' || c == '\n'
}
