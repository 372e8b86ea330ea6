package mime

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"sync"
)

// Buffered readers are the parser's largest allocation; a stream of
// thousands of messages reuses them.
var (
	bigReaders   = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 8*1024) }}
	smallReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 512) }}
)

// GetReader returns a pooled 8 KiB buffered reader over r; PutReader
// gives it back once nothing reads from it any more.
func GetReader(r io.Reader) *bufio.Reader { return getReader(&bigReaders, r) }

// PutReader returns a reader that GetReader gave.
func PutReader(b *bufio.Reader) { putReader(&bigReaders, b) }

func getReader(pool *sync.Pool, r io.Reader) *bufio.Reader {
	b := pool.Get().(*bufio.Reader)
	b.Reset(r)
	return b
}

func putReader(pool *sync.Pool, b *bufio.Reader) {
	b.Reset(nil)
	pool.Put(b)
}

// ErrHeaderTooLarge is returned, with the fields read so far, when a
// header block is longer than the limit given to ReadHeader.
var ErrHeaderTooLarge = errors.New("header block too large")

// ReadHeader reads a header block from br, at most max bytes, without
// taking any byte of the body from br. Its fields live in hb. On an
// error the fields read before it are returned with it.
func ReadHeader(br *bufio.Reader, max int64, hb *Buffer) (Header, error) {
	fs, err := readHeader(br, max, hb)
	return hb.header(fs), err
}

func readHeader(br *bufio.Reader, max int64, hbuf *Buffer) ([]rawField, error) {
	// Most blocks are in br's buffer once it is full.
	br.Peek(br.Size())
	if fs, ok := scanBuffered(br, max, hbuf); ok {
		return fs, nil
	}
	return readHeaderSlow(br, max, hbuf)
}

// readHeaderSlow is readHeader for any block: line by line through the
// limiter.
func readHeaderSlow(br *bufio.Reader, max int64, hbuf *Buffer) ([]rawField, error) {
	hr := getReader(&smallReaders, &headerLimiter{r: br, n: max})
	defer putReader(&smallReaders, hr)
	return scanHeader(hr, hbuf)
}

// headerLimiter bounds the bytes of a header block and then stops.
type headerLimiter struct {
	r *bufio.Reader
	n int64
}

// Read hands over at most one line at a time, so that the header reader's
// own buffer never takes bytes of the body from r. It copies what r has
// buffered in one go rather than byte by byte.
func (l *headerLimiter) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, ErrHeaderTooLarge
	}
	n := 0
	for n < len(p) {
		b, err := l.r.Peek(1)
		if len(b) == 0 {
			if n > 0 {
				break
			}
			return 0, err
		}
		b, _ = l.r.Peek(min(l.r.Buffered(), len(p)-n))
		eol := false
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b, eol = b[:i+1], true
		}
		n += copy(p[n:], b)
		l.r.Discard(len(b))
		if eol {
			break
		}
	}
	l.n -= int64(n)
	return n, nil
}

// Buffer holds the header blocks of one message while it is parsed:
// the bytes of their fields, and the fields, which point into b. The
// Headers read into it are valid until Release.
type Buffer struct {
	b  []byte
	fs []rawField
}

// buffers hold the header fields of one message while it is parsed:
// nothing of them outlives the parse (values are copied out).
var buffers = sync.Pool{New: func() any {
	return &Buffer{b: make([]byte, 0, 4096), fs: make([]rawField, 0, 128)}
}}

// GetBuffer returns an empty pooled Buffer.
func GetBuffer() *Buffer { return buffers.Get().(*Buffer) }

// Release returns hb to the pool; neither it nor a Header read into it
// is used after.
func (hb *Buffer) Release() {
	if cap(hb.b) <= 256<<10 && cap(hb.fs) <= 4096 {
		clear(hb.fs) // no pointers into this message's bytes kept
		hb.b, hb.fs = hb.b[:0], hb.fs[:0]
		buffers.Put(hb)
	}
}
