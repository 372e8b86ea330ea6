// The scanning code below is adapted from github.com/emersion/go-message's
// textproto/multipart.go (MIT License, Copyright (c) 2016 emersion), which
// adapts Go's mime/multipart (BSD-3-Clause, Copyright 2009 The Go Authors).
// Their license texts are in THIRD_PARTY_LICENSES.md beside this file.

package mime

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"
)

// MultipartReader walks the parts of a multipart body as go-message's
// textproto.MultipartReader does (the same boundary rules, the same bytes
// for each part, the same places where a broken body stops the walk): its
// scanning code is theirs, which is Go's mime/multipart's. It differs in
// what it allocates: its 4 KiB buffer is pooled rather than new for every
// multipart, a part's header goes into the message's header buffer
// through scanHeader rather than into a textproto.Header, and one part
// value serves every part. FuzzMultipart keeps the two equal.
type MultipartReader struct {
	br        *bufio.Reader // over sticky; mpBufSize bytes, as go-message's
	sticky    stickyReader
	part      part // the current part, when inPart
	inPart    bool
	partsRead int

	b                []byte // "\r\n--boundary--", which the slices below share
	nl               []byte // "\r\n" or "\n" (set after seeing first boundary line)
	nlDashBoundary   []byte // nl + "--boundary"
	dashBoundaryDash []byte // "--boundary--"
	dashBoundary     []byte // "--boundary"
}

// mpBufSize is go-message's peekBufferSize. It is not only a buffer size:
// a line outside the parts that is longer ends the walk with
// bufio.ErrBufferFull, and so it does here.
const mpBufSize = 4096

var multipartReaders = sync.Pool{New: func() any {
	return &MultipartReader{br: bufio.NewReaderSize(nil, mpBufSize)}
}}

// NewMultipartReader starts reading the parts of r; Release returns the
// reader to the pool once the walk is done with it and its parts.
func NewMultipartReader(r io.Reader, boundary string) *MultipartReader {
	mr := multipartReaders.Get().(*MultipartReader)
	mr.sticky = stickyReader{r: r}
	mr.br.Reset(&mr.sticky)
	mr.part, mr.inPart, mr.partsRead = part{}, false, 0
	b := append(append(append(mr.b[:0], "\r\n--"...), boundary...), "--"...)
	mr.b = b
	mr.nl, mr.nlDashBoundary = b[:2], b[:len(b)-2]
	mr.dashBoundaryDash, mr.dashBoundary = b[2:], b[2:len(b)-2]
	return mr
}

func (mr *MultipartReader) Release() {
	mr.br.Reset(nil)
	mr.sticky, mr.part = stickyReader{}, part{}
	if cap(mr.b) <= 1024 {
		multipartReaders.Put(mr)
	}
}

var errEmptyBoundary = errors.New("multipart: boundary is empty")

// NextPart skips the rest of the current part and reads the header of
// the next one into hb; body reads the part's bytes until the next
// NextPart. io.EOF at the closing boundary; any other error is a broken
// structure, where go-message stops too.
func (mr *MultipartReader) NextPart(hb *Buffer) (h Header, body io.Reader, err error) {
	fs, err := mr.nextPart(hb)
	if err != nil {
		return Header{}, nil, err
	}
	return hb.header(fs), &mr.part, nil
}

// nextPart skips the rest of the current part and reads the header of
// the next one into hb (see scanHeader); its body is then read from
// mr.part. io.EOF at the closing boundary; any other error is a broken
// structure, where go-message stops too.
func (mr *MultipartReader) nextPart(hb *Buffer) ([]rawField, error) {
	if mr.inPart {
		io.Copy(io.Discard, &mr.part)
		mr.inPart = false
	}
	if string(mr.dashBoundary) == "--" {
		return nil, errEmptyBoundary
	}
	expectNewPart := false
	for {
		line, err := mr.br.ReadSlice('\n')

		if err == io.EOF && mr.isFinalBoundary(line) {
			// "--boundary--" at the very end without a line break is
			// a proper end too.
			return nil, io.EOF
		}
		if err != nil {
			// Not io.EOF itself: the body ended without its closing
			// boundary.
			return nil, fmt.Errorf("multipart: %v", err)
		}

		if mr.isBoundaryDelimiterLine(line) {
			mr.partsRead++
			// Part headers are short: mostly in the buffer already.
			fs, ok := scanBuffered(mr.br, math.MaxInt64, hb)
			if !ok {
				var err error
				if fs, err = scanHeader(mr.br, hb); err != nil {
					return nil, err
				}
			}
			mr.part, mr.inPart = part{mr: mr}, true
			return fs, nil
		}

		if mr.isFinalBoundary(line) {
			return nil, io.EOF
		}

		if expectNewPart {
			return nil, errors.New("multipart: expecting a new part")
		}

		if mr.partsRead == 0 {
			continue // the preamble
		}

		// Consume the "\n" or "\r\n" separator between the body of the
		// previous part and the boundary line we now expect will follow
		// (either a new part or the end boundary).
		if bytes.Equal(line, mr.nl) {
			expectNewPart = true
			continue
		}

		return nil, errors.New("multipart: unexpected line")
	}
}

// isFinalBoundary reports whether line is the final boundary line
// indicating that all parts are over.
// It matches `^--boundary--[ \t]*(\r\n)?$`
func (mr *MultipartReader) isFinalBoundary(line []byte) bool {
	if !bytes.HasPrefix(line, mr.dashBoundaryDash) {
		return false
	}
	rest := line[len(mr.dashBoundaryDash):]
	rest = skipLWSPChar(rest)
	return len(rest) == 0 || bytes.Equal(rest, mr.nl)
}

func (mr *MultipartReader) isBoundaryDelimiterLine(line []byte) (ret bool) {
	// https://tools.ietf.org/html/rfc2046#section-5.1
	//   The boundary delimiter line is then defined as a line
	//   consisting entirely of two hyphen characters ("-",
	//   decimal value 45) followed by the boundary parameter
	//   value from the Content-Type header field, optional linear
	//   whitespace, and a terminating CRLF.
	if !bytes.HasPrefix(line, mr.dashBoundary) {
		return false
	}
	rest := line[len(mr.dashBoundary):]
	rest = skipLWSPChar(rest)

	// On the first part, see our lines are ending in \n instead of \r\n
	// and switch into that mode if so. This is a violation of the spec,
	// but occurs in practice.
	if mr.partsRead == 0 && len(rest) == 1 && rest[0] == '\n' {
		mr.nl = mr.nl[1:]
		mr.nlDashBoundary = mr.nlDashBoundary[1:]
	}
	return bytes.Equal(rest, mr.nl)
}

// skipLWSPChar returns b with leading spaces and tabs removed.
func skipLWSPChar(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	return b
}

// part reads the body of the current part, up to the next boundary,
// without undoing any transfer encoding.
type part struct {
	mr      *MultipartReader
	n       int   // known data bytes waiting in mr.br
	total   int64 // total data bytes read already
	err     error // error to return when n == 0
	readErr error // read error observed from mr.br
}

func (p *part) Read(d []byte) (int, error) {
	br := p.mr.br

	// Read into buffer until we identify some data to return,
	// or we find a reason to stop (boundary or read error).
	for p.n == 0 && p.err == nil {
		peek, _ := br.Peek(br.Buffered())
		p.n, p.err = scanUntilBoundary(peek, p.mr.dashBoundary, p.mr.nlDashBoundary, p.total, p.readErr)
		if p.n == 0 && p.err == nil {
			// Force buffered I/O to read more into buffer.
			_, p.readErr = br.Peek(len(peek) + 1)
			if p.readErr == io.EOF {
				p.readErr = io.ErrUnexpectedEOF
			}
		}
	}

	// Read out from "data to return" part of buffer.
	if p.n == 0 {
		return 0, p.err
	}
	n := min(len(d), p.n)
	n, _ = br.Read(d[:n])
	p.total += int64(n)
	p.n -= n
	if p.n == 0 {
		return n, p.err
	}
	return n, nil
}

// scanUntilBoundary scans buf to identify how much of it can be safely
// returned as part of the Part body.
// dashBoundary is "--boundary".
// nlDashBoundary is "\r\n--boundary" or "\n--boundary", depending on what mode we are in.
// The comments below (and the name) assume "\n--boundary", but either is accepted.
// total is the number of bytes read out so far. If total == 0, then a leading "--boundary" is recognized.
// readErr is the read error, if any, that followed reading the bytes in buf.
// scanUntilBoundary returns the number of data bytes from buf that can be
// returned as part of the Part body and also the error to return (if any)
// once those data bytes are done.
func scanUntilBoundary(buf, dashBoundary, nlDashBoundary []byte, total int64, readErr error) (int, error) {
	if total == 0 {
		// At beginning of body, allow dashBoundary.
		if bytes.HasPrefix(buf, dashBoundary) {
			switch matchAfterPrefix(buf, dashBoundary, readErr) {
			case -1:
				return len(dashBoundary), nil
			case 0:
				return 0, nil
			case +1:
				return 0, io.EOF
			}
		}
		if bytes.HasPrefix(dashBoundary, buf) {
			return 0, readErr
		}
	}

	// Search for "\n--boundary".
	if i := bytes.Index(buf, nlDashBoundary); i >= 0 {
		switch matchAfterPrefix(buf[i:], nlDashBoundary, readErr) {
		case -1:
			return i + len(nlDashBoundary), nil
		case 0:
			return i, nil
		case +1:
			return i, io.EOF
		}
	}
	if bytes.HasPrefix(nlDashBoundary, buf) {
		return 0, readErr
	}

	// Otherwise, anything up to the final \n is not part of the boundary
	// and so must be part of the body.
	// Also if the section from the final \n onward is not a prefix of the boundary,
	// it too must be part of the body.
	i := bytes.LastIndexByte(buf, nlDashBoundary[0])
	if i >= 0 && bytes.HasPrefix(nlDashBoundary, buf[i:]) {
		return i, nil
	}
	return len(buf), readErr
}

// matchAfterPrefix checks whether buf should be considered to match the boundary.
// The prefix is "--boundary" or "\r\n--boundary" or "\n--boundary",
// and the caller has verified already that bytes.HasPrefix(buf, prefix) is true.
//
// matchAfterPrefix returns +1 if the buffer does match the boundary,
// meaning the prefix is followed by a dash, space, tab, cr, nl, or end of input.
// It returns -1 if the buffer definitely does NOT match the boundary,
// meaning the prefix is followed by some other character.
// For example, "--foobar" does not match "--foo".
// It returns 0 more input needs to be read to make the decision,
// meaning that len(buf) == len(prefix) and readErr == nil.
func matchAfterPrefix(buf, prefix []byte, readErr error) int {
	if len(buf) == len(prefix) {
		if readErr != nil {
			return +1
		}
		return 0
	}
	c := buf[len(prefix)]
	if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '-' {
		return +1
	}
	return -1
}

// stickyReader never calls Read on its reader once it has returned an
// error: the multipart code reads on after errors, which io.Reader does
// not promise to answer sensibly.
type stickyReader struct {
	r   io.Reader
	err error
}

func (r *stickyReader) Read(p []byte) (n int, _ error) {
	if r.err != nil {
		return 0, r.err
	}
	n, r.err = r.r.Read(p)
	return n, r.err
}
