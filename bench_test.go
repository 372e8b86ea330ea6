package bounce_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bounce-analyzer/bounce"
)

// BenchmarkAnalyzeCorpus analyzes every corpus message once per iteration.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(corpusDir, "eml", "*.eml"))
	var msgs [][]byte
	size := 0
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, data)
		size += len(data)
	}
	a := bounce.New(nil)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range msgs {
			if _, err := a.AnalyzeBytes(m, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}
