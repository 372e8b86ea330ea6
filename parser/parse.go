package parser

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/signs"
)

// ErrNotMessage is the cause of the error for input that is not a mail
// message at all (no header block); errors.Is finds it.
var ErrNotMessage = mime.ErrNotMessage

// Limits bound what one message may cost. Hitting one is noted in
// Message.Warnings and reading goes on with what was read.
type Limits struct {
	MaxBytes       int64 // bytes of the message read; the rest is ignored
	MaxHeaderBytes int64 // bytes of one header block
	MaxDepth       int   // nesting of MIME parts
	MaxParts       int   // MIME parts visited
	MaxRecipients  int   // recipients kept from one report
	MaxTextBytes   int   // bytes kept of one text part

	// Signs tell a bounce from ordinary mail (signatures, subjects,
	// senders, …); nil means signs.Default(). rules.Set.Signs gives the
	// defaults with a user's `signs:` sections merged over them. It is
	// compiled once per Signs value.
	Signs *signs.Signs

	// OriginalFields asks for what ties a bounce to the mail it returns:
	// when set, Message.DeliveredTo is filled and Original.Header keeps
	// the returned header's fields whose names (as written) it accepts.
	// Nil leaves both empty: copying every returned field costs, and
	// few callers read them. AllFields keeps them all; bounce.New sets
	// its campaign rules' Reads when they are on.
	OriginalFields func(name string) bool
}

// AllFields keeps every returned field in Original.Header (but the
// trace and signature fields, which it never holds).
func AllFields(string) bool { return true }

// DefaultLimits are generous for real bounces and small enough that a
// crafted message cannot exhaust memory or time.
var DefaultLimits = Limits{
	MaxBytes:       64 << 20,
	MaxHeaderBytes: 1 << 20,
	MaxDepth:       32,
	MaxParts:       1000,
	MaxRecipients:  10000,
	MaxTextBytes:   1 << 20,
}

// Parse reads one message with DefaultLimits.
func Parse(r io.Reader) (*Message, error) {
	return ParseWithLimits(r, DefaultLimits)
}

// ParseWithLimits reads one message from r and reports what it says.
// Ordinary mail comes back with Kind NotBounce and no error.
func ParseWithLimits(r io.Reader, lim Limits) (*Message, error) {
	lim = lim.withDefaults()
	lr := &io.LimitedReader{R: r, N: lim.MaxBytes}
	lf := mime.NewLineReader(lr)
	defer lf.Release()
	br := mime.GetReader(lf)
	defer mime.PutReader(br)
	if err := checkHeaderStart(br); err != nil {
		return nil, err
	}
	hbuf := mime.GetBuffer()
	defer hbuf.Release()
	h, err := mime.ReadHeader(br, lim.MaxHeaderBytes, hbuf)
	if err != nil && h.Len() == 0 {
		return nil, fmt.Errorf("header: %w", err)
	}
	w := &walker{lim: lim, sb: bookOf(lim.Signs), hbuf: hbuf}
	if errors.Is(err, mime.ErrHeaderTooLarge) {
		w.warn("header block longer than %d bytes: the rest of it was not read", lim.MaxHeaderBytes)
	}
	e := mime.NewEntity(&h, br)
	w.walk(e, 0)
	e.Release()
	m := w.finish(&e.Header)
	// Drain what is left so a stream of messages stays in step, and note
	// when the size limit cut the message short.
	io.Copy(io.Discard, br)
	if lr.N <= 0 {
		m.Warnings = append(m.Warnings, fmt.Sprintf("message longer than %d bytes: the rest was not read", lim.MaxBytes))
	}
	return m, nil
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxBytes > 0 {
		d.MaxBytes = l.MaxBytes
	}
	if l.MaxHeaderBytes > 0 {
		d.MaxHeaderBytes = l.MaxHeaderBytes
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxParts > 0 {
		d.MaxParts = l.MaxParts
	}
	if l.MaxRecipients > 0 {
		d.MaxRecipients = l.MaxRecipients
	}
	if l.MaxTextBytes > 0 {
		d.MaxTextBytes = l.MaxTextBytes
	}
	d.Signs = l.Signs
	d.OriginalFields = l.OriginalFields
	return d
}

// checkHeaderStart rejects input that does not begin with a header field
// or an mbox "From " line (mime.NotMessage says why): a stray file is not
// a message. Blank lines before it (empty or only spaces) are skipped.
func checkHeaderStart(br *bufio.Reader) error {
	for {
		peek, _ := br.Peek(1024)
		if len(peek) == 0 {
			return fmt.Errorf("%w: empty", ErrNotMessage)
		}
		n := mime.BlankLines(peek)
		if n == 0 {
			break
		}
		br.Discard(n)
	}
	peek, _ := br.Peek(1024)
	if i := bytes.IndexByte(peek, '\n'); i >= 0 {
		// The first line tells; the binary test over the rest is the
		// file sniffer's (input), which has seen it by now.
		peek = peek[:i+1]
	}
	if why := mime.NotMessage(peek); why != "" {
		return fmt.Errorf("%w: %s", ErrNotMessage, why)
	}
	if bytes.HasPrefix(peek, []byte("From ")) {
		// An mbox separator line leads a single saved message: skip it.
		br.ReadSlice('\n')
	}
	return nil
}
