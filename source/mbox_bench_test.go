package source

import (
	"io"
	"os"
	"testing"
)

// BenchmarkSplit splits a large mbox (BENCH_MBOX) into messages.
func BenchmarkMboxSplit(b *testing.B) {
	path := os.Getenv("BENCH_MBOX")
	if path == "" {
		b.Skip("set BENCH_MBOX to an mbox file")
	}
	for i := 0; i < b.N; i++ {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		st, _ := f.Stat()
		b.SetBytes(st.Size())
		r := NewMboxReader(f)
		for {
			m, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			io.Copy(io.Discard, m)
		}
		f.Close()
	}
}
