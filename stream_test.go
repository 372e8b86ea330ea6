package bounce_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/source"
)

// collect runs AnalyzeAll on src and returns the results in the order fn
// got them.
func collect(t *testing.T, a *bounce.Analyzer, src source.Source, opts ...bounce.RunOption) []bounce.Result {
	t.Helper()
	var got []bounce.Result
	if err := a.AnalyzeAll(context.Background(), src, func(r bounce.Result) error {
		got = append(got, r)
		return nil
	}, opts...); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestAnalyzeAllMatchesAnalyze: the parallel API gives every corpus
// message, in the walk's order, the records Analyze gives it alone,
// whatever the number of workers.
func TestAnalyzeAllMatchesAnalyze(t *testing.T) {
	dir := filepath.Join(corpusDir, "eml")
	names, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(names) < 100 {
		t.Fatalf("%d corpus messages", len(names))
	}
	a := bounce.New()
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			got := collect(t, a, source.Paths([]string{dir}, nil), bounce.Workers(workers))
			if len(got) != len(names) {
				t.Fatalf("%d results for %d messages", len(got), len(names))
			}
			bounces := 0
			for i, res := range got {
				if res.Source != names[i] {
					t.Fatalf("result %d is %s, want %s", i, res.Source, names[i])
				}
				want, err := a.Analyze(openFile(t, names[i]), names[i])
				if !errors.Is(res.Err, err) && (res.Err == nil || err == nil || !strings.HasSuffix(res.Err.Error(), err.Error())) {
					t.Errorf("%s: error %v, alone %v", names[i], res.Err, err)
				}
				if !reflect.DeepEqual(res.Records, want) {
					t.Errorf("%s: records differ from Analyze's:\n%+v\n%+v", names[i], res.Records, want)
				}
				if len(res.Records) > 0 {
					bounces++
				}
			}
			if bounces < len(names)*9/10 {
				t.Errorf("only %d of %d messages gave records", bounces, len(names))
			}
		})
	}
}

func openFile(t *testing.T, path string) io.Reader {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

// TestAnalyzeAllProblemsInPlace: an input that cannot be read, a file
// found in a directory that is not mail, and a message larger than the
// limit each give a Result with Err in their place, and the others go on.
func TestAnalyzeAllProblemsInPlace(t *testing.T) {
	dir := t.TempDir()
	bounceMsg, err := os.ReadFile(filepath.Join(corpusDir, "eml", "lhost-postfix-02.eml"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a1 := write("in/a.eml", bounceMsg)
	write("in/b.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"))
	big := write("in/c.eml", append(bytes.Repeat([]byte("X-Pad: "+strings.Repeat("x", 70)+"\n"), 100), bounceMsg...))
	missing := filepath.Join(dir, "missing.eml")

	lim := parser.DefaultLimits
	lim.MaxBytes = int64(len(bounceMsg) + 1000)
	a := bounce.New(bounce.WithLimits(lim))
	got := collect(t, a, source.Paths([]string{filepath.Join(dir, "in"), missing, a1}, nil), bounce.Workers(2))

	var lines []string
	for _, r := range got {
		line := fmt.Sprintf("%s %d", filepath.Base(r.Source), len(r.Records))
		if r.Err != nil {
			if !strings.HasPrefix(r.Err.Error(), r.Source+": ") {
				t.Errorf("error %q does not name %s", r.Err, r.Source)
			}
			line += fmt.Sprintf(" err skipped=%v", r.Skipped)
		}
		lines = append(lines, line)
	}
	want := []string{"a.eml 2", "b.png 0 err skipped=true", "c.eml 0 err skipped=false", "missing.eml 0 err skipped=false", "a.eml 2"}
	if !reflect.DeepEqual(lines, want) {
		t.Fatalf("results\n%q\nwant\n%q", lines, want)
	}
	if !strings.Contains(got[2].Err.Error(), "message larger than") || got[2].Source != big {
		t.Errorf("large message: %v", got[2].Err)
	}
}

// TestAnalyzeAllLargeMessage: a message over 1 MiB, analyzed as it is
// read, gives the records it gives when read whole, in its place between
// small ones.
func TestAnalyzeAllLargeMessage(t *testing.T) {
	big := largeBounce(t, 3<<20)
	small, err := os.ReadFile(filepath.Join(corpusDir, "eml", "lhost-postfix-02.eml"))
	if err != nil {
		t.Fatal(err)
	}
	a := bounce.New()
	wantBig, err := a.AnalyzeBytes(big, "x#2")
	if err != nil || len(wantBig) == 0 {
		t.Fatalf("%d records, %v", len(wantBig), err)
	}
	var mb bytes.Buffer
	for _, m := range [][]byte{small, big, small} {
		mb.WriteString("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
		mb.Write(m)
		mb.WriteString("\n")
	}
	got := collect(t, a, source.Reader("x", &mb), bounce.Workers(2))
	if len(got) != 3 {
		t.Fatalf("%d results", len(got))
	}
	for i, r := range got {
		if r.Err != nil || r.Source != fmt.Sprintf("x#%d", i+1) || len(r.Records) == 0 {
			t.Fatalf("result %d: %s, %d records, %v", i, r.Source, len(r.Records), r.Err)
		}
	}
	if !reflect.DeepEqual(got[1].Records, wantBig) {
		t.Errorf("large message:\n%+v\nwant\n%+v", got[1].Records, wantBig)
	}
}

// TestAnalyzeAllStops: an error from fn, or the context ending, stops
// the run and is returned.
func TestAnalyzeAllStops(t *testing.T) {
	dir := filepath.Join(corpusDir, "eml")
	a := bounce.New()
	stop := errors.New("stop")
	n := 0
	err := a.AnalyzeAll(context.Background(), source.Paths([]string{dir}, nil), func(bounce.Result) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	if err != stop || n != 5 {
		t.Fatalf("error %v after %d results", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = a.AnalyzeAll(ctx, source.Paths([]string{dir}, nil), func(bounce.Result) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 5 {
		t.Fatalf("error %v after %d results", err, n)
	}
}

// items is a Source of fixed items.
type items []source.Item

func (s items) Walk(fn func(source.Item) error) error {
	for _, it := range s {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// panicReader gives a long header block and then panics, as a broken
// reader (or a bug met while a large message is analyzed as it is read)
// would.
type panicReader struct{ n int }

func (p *panicReader) Read(b []byte) (int, error) {
	if p.n > 2<<20 {
		panic("reader broke")
	}
	line := "X-Filler: " + strings.Repeat("x", 60) + "\n"
	k := copy(b, strings.Repeat(line, len(b)/len(line)+1))
	p.n += k
	return k, nil
}

// TestAnalyzeAllPanic: a panic while one message is analyzed gives that
// message an error naming it; the messages around it are analyzed.
func TestAnalyzeAllPanic(t *testing.T) {
	msg, err := os.ReadFile(filepath.Join(corpusDir, "eml", "lhost-postfix-02.eml"))
	if err != nil {
		t.Fatal(err)
	}
	src := items{
		{Source: "a", R: bytes.NewReader(msg), Explicit: true},
		{Source: "b", R: &panicReader{n: 3 << 20}, Explicit: true}, // at once
		{Source: "c", R: &panicReader{}, Explicit: true},           // after 2 MiB, read as analyzed
		{Source: "d", R: bytes.NewReader(msg), Explicit: true},
	}
	got := collect(t, bounce.New(), src, bounce.Workers(2))
	if len(got) != 4 {
		t.Fatalf("%d results", len(got))
	}
	for i, r := range got {
		if i == 0 || i == 3 {
			if r.Err != nil || len(r.Records) == 0 {
				t.Errorf("%s: %v, %d records", r.Source, r.Err, len(r.Records))
			}
			continue
		}
		if r.Err == nil || r.Err.Error() != r.Source+": internal error: reader broke" || len(r.Records) != 0 {
			t.Errorf("panicking message %s: %v, %d records", r.Source, r.Err, len(r.Records))
		}
	}
}
