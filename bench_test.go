package bounce_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/source"
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
	a := bounce.New()
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

// BenchmarkClassify classifies every corpus message, parsed beforehand,
// once per iteration: the classify and rules share of the analysis. (It
// lives here, not in classify/, so that package's files stay its own.)
func BenchmarkClassify(b *testing.B) {
	names, _ := filepath.Glob(filepath.Join(corpusDir, "eml", "*.eml"))
	var msgs []*parser.Message
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		m, err := parser.Parse(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	c := classify.New(rules.Default())
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			c.Classify(m, "bench")
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkAnalyzeAll analyzes the corpus directory once per iteration
// with AnalyzeAll (all CPUs; -cpu sets them): the library's parallel path,
// files read from the page cache.
func BenchmarkAnalyzeAll(b *testing.B) {
	dir := filepath.Join(corpusDir, "eml")
	names, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	size := int64(0)
	for _, n := range names {
		fi, err := os.Stat(n)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	a := bounce.New()
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := a.AnalyzeAll(context.Background(), source.Paths([]string{dir}, nil), func(r bounce.Result) error {
			if r.Err != nil {
				return r.Err
			}
			n++
			return nil
		})
		if err != nil || n != len(names) {
			b.Fatalf("%d messages, %v", n, err)
		}
	}
	b.ReportMetric(float64(b.N*len(names))/b.Elapsed().Seconds(), "msgs/s")
}
