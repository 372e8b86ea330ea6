package parser

import (
	"bytes"
	"sync"
)

// textBufs hold text parts while they are decoded into strings.
var textBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putTextBuf(b *bytes.Buffer) {
	if b.Cap() <= 2<<20 {
		b.Reset()
		textBufs.Put(b)
	}
}
