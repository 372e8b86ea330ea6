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
func readHeader(br *bufio.Reader, max int64, hbuf *[]byte) ([]rawField, error) {
	hr := getReader(&smallReaders, &headerLimiter{r: br, n: max})
	defer putReader(&smallReaders, hr)
	return scanHeader(hr, hbuf)
}

// headerBufs hold the header fields of one message while it is parsed:
// nothing of them outlives ParseWithLimits (values are copied out).
var headerBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

func putHeaderBuf(b *[]byte) {
	if cap(*b) <= 256<<10 {
		*b = (*b)[:0]
		headerBufs.Put(b)
	}
}
