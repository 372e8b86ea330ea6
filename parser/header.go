package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// rawField is one header field as read: "Name: value" with its folded
// lines, each ending in CRLF; colon is the index of the first ':'.
type rawField struct {
	kv    []byte
	colon int
}

// scanHeader reads a header block the way go-message's textproto.ReadHeader
// does (the same lines taken from r, the same folding and errors), but puts
// every field in one buffer instead of allocating a field, a map entry and
// a line buffer for each. Fields are looked up with rawGet or through a
// header. The fields are
// appended to hb (nil: a buffer of its own), so they live as long as it.
func scanHeader(r *bufio.Reader, hb *headerBuf) ([]rawField, error) {
	if b, err := r.Peek(1); err == nil && isWSP(b[0]) {
		line, err := appendLine(r, nil)
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("message: malformed MIME header initial line: %v", string(line))
	}
	if hb == nil {
		hb = new(headerBuf)
	}
	start := len(hb.fs)
	fields := func() []rawField { return hb.fs[start:len(hb.fs):len(hb.fs)] }
	for {
		var kv []byte
		var err error
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
		hb.fs = append(hb.fs, rawField{kv: kv[:len(kv):len(kv)], colon: i})
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

// header is a header block as scanHeader read it. It answers Get and
// Values as go-message's textproto.Header does, from the raw fields,
// without the map and the field objects that type builds for every field.
type header struct {
	fields []rawField
	// contentType, when ctSet, stands for every Content-Type field: the
	// walker mends a broken one and takes the charset out of a text part's
	// (see newEntity), as it did with textproto.Header.Set.
	contentType string
	ctSet       bool
}

// Get returns the value of the first field named name, unfolded.
// name must be letters, digits and '-'.
func (h *header) Get(name string) string {
	if h.ctSet && isContentType(name) {
		return h.contentType
	}
	return rawGet(h.fields, name)
}

// Values returns the values of every field named name, in order.
func (h *header) Values(name string) []string {
	if h.ctSet && isContentType(name) {
		return []string{h.contentType}
	}
	var vs []string
	for _, f := range h.fields {
		if k := trimWSP(f.kv[:f.colon]); len(k) == len(name) && equalFoldASCII(k, name) {
			vs = append(vs, fieldValue(f.kv[f.colon+1:]))
		}
	}
	return vs
}

// setContentType replaces the Content-Type fields with one of value v.
func (h *header) setContentType(v string) {
	h.contentType, h.ctSet = v, true
}

func isContentType(name string) bool { return strings.EqualFold(name, "Content-Type") }

// rawGet returns the value of the first field named name, as
// textproto.Header.Get would. name must be letters, digits and '-'.
func rawGet(fs []rawField, name string) string {
	for _, f := range fs {
		if k := trimWSP(f.kv[:f.colon]); len(k) == len(name) && equalFoldASCII(k, name) {
			return fieldValue(f.kv[f.colon+1:])
		}
	}
	return ""
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
func fieldValue(v []byte) string {
	var b strings.Builder
	b.Grow(len(v))
	for len(v) > 0 {
		line := v
		if i := bytes.IndexByte(v, '\n'); i >= 0 {
			line, v = v[:i], v[i+1:]
		} else {
			v = nil
		}
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if line = trimWSP(line); len(line) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(line)
	}
	return b.String()
}
