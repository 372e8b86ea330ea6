package parser

import (
	"bufio"
	"bytes"
	"io"
	"sync"
)

// Buffered readers are the parser's largest allocation; a stream of
// thousands of messages reuses them.
var (
	bigReaders   = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 8*1024) }}
	smallReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 512) }}
)

// textBufs hold text parts while they are decoded into strings.
var textBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putTextBuf(b *bytes.Buffer) {
	if b.Cap() <= 2<<20 {
		b.Reset()
		textBufs.Put(b)
	}
}

func getReader(pool *sync.Pool, r io.Reader) *bufio.Reader {
	b := pool.Get().(*bufio.Reader)
	b.Reset(r)
	return b
}

func putReader(pool *sync.Pool, b *bufio.Reader) {
	b.Reset(nil)
	pool.Put(b)
}

// readHeader reads a header block from br, at most max bytes, without
// taking any byte of the body from br.
func readHeader(br *bufio.Reader, max int64, hbuf *headerBuf) ([]rawField, error) {
	// Most blocks are in br's buffer once it is full.
	br.Peek(br.Size())
	if fs, ok := scanBuffered(br, max, hbuf); ok {
		return fs, nil
	}
	return readHeaderSlow(br, max, hbuf)
}

// readHeaderSlow is readHeader for any block: line by line through the
// limiter.
func readHeaderSlow(br *bufio.Reader, max int64, hbuf *headerBuf) ([]rawField, error) {
	hr := getReader(&smallReaders, &headerLimiter{r: br, n: max})
	defer putReader(&smallReaders, hr)
	return scanHeader(hr, hbuf)
}

// headerBuf holds the header blocks of one message while it is parsed:
// the bytes of their fields, and the fields, which point into b.
type headerBuf struct {
	b  []byte
	fs []rawField
}

// headerBufs hold the header fields of one message while it is parsed:
// nothing of them outlives ParseWithLimits (values are copied out).
var headerBufs = sync.Pool{New: func() any {
	return &headerBuf{b: make([]byte, 0, 4096), fs: make([]rawField, 0, 128)}
}}

func putHeaderBuf(hb *headerBuf) {
	if cap(hb.b) <= 256<<10 && cap(hb.fs) <= 4096 {
		clear(hb.fs) // no pointers into this message's bytes kept
		hb.b, hb.fs = hb.b[:0], hb.fs[:0]
		headerBufs.Put(hb)
	}
}
