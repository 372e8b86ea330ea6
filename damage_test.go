package bounce_test

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/bounce-analyzer/bounce"
)

// TestDamagedCorpus runs every corpus message after random truncation and
// byte flips (fixed seed): the analyzer must never panic, and a damaged
// message gives records or an error, nothing else.
func TestDamagedCorpus(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(corpusDir, "eml", "*.eml"))
	if len(names) == 0 {
		t.Fatal("no corpus")
	}
	rng := rand.New(rand.NewSource(20261125))
	a := bounce.New()
	for _, n := range names {
		orig, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 4; k++ {
			b := bytes.Clone(orig)
			if k%2 == 0 {
				b = b[:rng.Intn(len(b)+1)]
			}
			for f := rng.Intn(20); f > 0 && len(b) > 0; f-- {
				b[rng.Intn(len(b))] = byte(rng.Intn(256))
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("%s (damage %d): panic: %v", n, k, p)
					}
				}()
				a.AnalyzeBytes(b, n)
			}()
		}
	}
}
