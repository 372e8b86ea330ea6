package mime

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// rawField is one header field as read: "Name: value" with its folded
// lines, each ending in CRLF; colon is the index of the first ':', and
// off where kv starts in the Buffer's bytes.
type rawField struct {
	kv    []byte
	colon int
	off   int
}

// scanHeader reads a header block the way go-message's textproto.ReadHeader
// does (the same lines taken from r, the same folding and errors), but puts
// every field in one buffer instead of allocating a field, a map entry and
// a line buffer for each. Fields are looked up through a header
// (hb.header). The fields are appended to hb (nil: a buffer of its own),
// so they live as long as it.
func scanHeader(r *bufio.Reader, hb *Buffer) ([]rawField, error) {
	if b, err := r.Peek(1); err == nil && isWSP(b[0]) {
		line, err := appendLine(r, nil)
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("message: malformed MIME header initial line: %v", string(line))
	}
	if hb == nil {
		hb = new(Buffer)
	}
	start := len(hb.fs)
	fields := func() []rawField { return hb.fs[start:len(hb.fs):len(hb.fs)] }
	for {
		var kv []byte
		var err error
		at := len(hb.b)
		hb.b, kv, err = appendField(r, hb.b)
		if len(kv) == 0 {
			return fields(), err
		}
		i := bytes.IndexByte(kv, ':')
		if i < 0 {
			return fields(), fmt.Errorf("message: malformed MIME header line: %v", string(kv))
		}
		key := trimWSP(kv[:i])
		for _, c := range key {
			if c < 33 || c > 126 || c == ':' {
				return fields(), fmt.Errorf("message: malformed MIME header key: %v", string(key))
			}
		}
		if len(key) == 0 {
			continue // an empty name is skipped, as go-message does
		}
		hb.fs = append(hb.fs, rawField{kv: kv[:len(kv):len(kv)], colon: i, off: at})
		if err != nil {
			return fields(), err
		}
	}
}

// appendField appends one field with its continuation lines to buf and
// returns it as kv (empty at the blank line that ends the block).
func appendField(r *bufio.Reader, buf []byte) (_, kv []byte, _ error) {
	start := len(buf)
	buf, err := appendLine(r, buf)
	switch {
	case err == io.EOF && len(buf) == start:
		return buf[:start], nil, nil // a header without a body
	case err != nil || len(buf) == start:
		return buf[:start], nil, err
	}
	buf = append(buf, '\r', '\n')
	for {
		c, err := r.ReadByte()
		if err != nil {
			break
		}
		r.UnreadByte()
		if !isWSP(c) {
			break
		}
		if buf, err = appendLine(r, buf); err != nil {
			break
		}
		buf = append(buf, '\r', '\n')
	}
	return buf, buf[start:], nil
}

// appendLine appends a line without its line ending.
func appendLine(r *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		l, more, err := r.ReadLine()
		buf = append(buf, l...)
		if err != nil || !more {
			return buf, err
		}
	}
}

func isWSP(c byte) bool { return c == ' ' || c == '\t' }

func trimWSP(b []byte) []byte {
	for len(b) > 0 && isWSP(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isWSP(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// Header is a header block as ReadHeader read it. It answers Get and
// Values as go-message's textproto.Header does, from the raw fields,
// without the map and the field objects that type builds for every field.
// A Header is made by Buffer.header right after its block was read; it
// is valid until its Buffer is released. The zero Header has no fields.
type Header struct {
	fields []rawField
	// raw holds the bytes of the fields, one after the other; text is
	// raw as a string, made at the first lookup: the values of fields on
	// one line (most) are substrings of it, one allocation for them all.
	raw  []byte
	text string
	// contentType, when ctSet, stands for every Content-Type field: the
	// walker mends a broken one and takes the charset out of a text part's
	// (see NewEntity), as it did with textproto.Header.Set.
	contentType string
	ctSet       bool
}

// header makes the header of fs, the fields of a block just read into hb.
func (hb *Buffer) header(fs []rawField) Header {
	if len(fs) == 0 {
		return Header{}
	}
	last := fs[len(fs)-1]
	return Header{fields: fs, raw: hb.b[fs[0].off : last.off+len(last.kv)]}
}

// Len returns the number of fields.
func (h *Header) Len() int { return len(h.fields) }

// Get returns the value of the first field named name, unfolded.
// name must be letters, digits and '-'.
func (h *Header) Get(name string) string {
	if h.ctSet && isContentType(name) {
		return h.contentType
	}
	for i := range h.fields {
		if h.fields[i].is(name) {
			return h.value(i)
		}
	}
	return ""
}

// Values returns the values of every field named name, in order.
func (h *Header) Values(name string) []string {
	if h.ctSet && isContentType(name) {
		return []string{h.contentType}
	}
	var vs []string
	for i := range h.fields {
		if h.fields[i].is(name) {
			vs = append(vs, h.value(i))
		}
	}
	return vs
}

// Name returns the name of field i (0 ≤ i < Len()) as written, without
// the spaces around it; Value returns its unfolded value. Both stay valid
// after the Buffer is released.
func (h *Header) Name(i int) string {
	if h.text == "" {
		h.text = string(h.raw)
	}
	f := &h.fields[i]
	start := f.off - h.fields[0].off
	return trimWSPString(h.text[start : start+f.colon])
}

// Value returns the unfolded value of field i; see Name.
func (h *Header) Value(i int) string { return h.value(i) }

// value returns the unfolded value of field i.
func (h *Header) value(i int) string {
	if h.text == "" {
		h.text = string(h.raw)
	}
	f := &h.fields[i]
	start := f.off - h.fields[0].off
	return fieldValue(h.text[start+f.colon+1 : start+len(f.kv)])
}

// setContentType replaces the Content-Type fields with one of value v.
func (h *Header) setContentType(v string) {
	h.contentType, h.ctSet = v, true
}

func isContentType(name string) bool { return strings.EqualFold(name, "Content-Type") }

// is tells whether the field is named name, as textproto.Header compares
// canonical names. name must be letters, digits and '-'.
func (f *rawField) is(name string) bool {
	k := f.kv[:f.colon]
	if len(k) != len(name) {
		// Only a name with spaces or tabs around it can still match.
		if len(k) < len(name) || !isWSP(k[0]) && !isWSP(k[len(k)-1]) {
			return false
		}
		if k = trimWSP(k); len(k) != len(name) {
			return false
		}
	}
	return equalFoldASCII(k, name)
}

func equalFoldASCII(b []byte, s string) bool {
	for i := range len(b) {
		x, y := b[i], s[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// fieldValue unfolds a field value as go-message does: each line trimmed
// of CR, spaces and tabs, empty lines dropped, the rest joined by spaces.
// The value of a field on one line is a substring of v.
func fieldValue(v string) string {
	if i := strings.IndexByte(v, '\n'); i < 0 || i == len(v)-1 {
		if i >= 0 {
			v = v[:i]
		}
		return trimWSPString(strings.TrimSuffix(v, "\r"))
	}
	var b strings.Builder
	b.Grow(len(v))
	for len(v) > 0 {
		line := v
		if i := strings.IndexByte(v, '\n'); i >= 0 {
			line, v = v[:i], v[i+1:]
		} else {
			v = ""
		}
		if line = trimWSPString(strings.TrimSuffix(line, "\r")); line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}

func trimWSPString(s string) string {
	for len(s) > 0 && isWSP(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isWSP(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}
