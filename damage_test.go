package bounce_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/source"
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

// TestDamagedMboxAnalyzeAll: an mbox of damaged corpus messages, read by
// AnalyzeAll with several workers, gives one Result per message, in
// order, each with records or an error naming it, and no internal error.
func TestDamagedMboxAnalyzeAll(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(corpusDir, "eml", "*.eml"))
	if len(names) == 0 {
		t.Fatal("no corpus")
	}
	rng := rand.New(rand.NewSource(20261203))
	var mbox bytes.Buffer
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		b = b[:rng.Intn(len(b)+1)]
		for f := rng.Intn(20); f > 0 && len(b) > 0; f-- {
			b[rng.Intn(len(b))] = byte(rng.Intn(256))
		}
		b = bytes.ReplaceAll(b, []byte("\nFrom "), []byte("\n>From ")) // one message each
		mbox.WriteString("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
		mbox.Write(bytes.TrimPrefix(b, []byte("From ")))
		mbox.WriteString("\n")
	}
	i := 0
	err := bounce.New().AnalyzeAll(context.Background(), source.Reader("box", &mbox), func(r bounce.Result) error {
		i++
		if want := fmt.Sprintf("box#%d", i); r.Source != want {
			return fmt.Errorf("result %d is %s", i, r.Source)
		}
		if r.Err != nil && (strings.Contains(r.Err.Error(), "internal error") || !strings.HasPrefix(r.Err.Error(), r.Source+": ")) {
			return fmt.Errorf("%s: %v", r.Source, r.Err)
		}
		return nil
	}, bounce.Workers(3))
	if err != nil {
		t.Fatal(err)
	}
	if i < len(names) {
		t.Fatalf("%d results for %d messages", i, len(names))
	}
}
