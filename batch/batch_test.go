package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/source"
)

// keep is a sink that keeps what it is given; failCommit makes Commit fail.
type keep struct {
	recs       []classify.Record
	failCommit bool
	committed  bool
	aborted    bool
}

func (k *keep) Write(recs []classify.Record) error { k.recs = append(k.recs, recs...); return nil }
func (k *keep) Abort()                             { k.aborted = true }
func (k *keep) Commit() error {
	if k.failCommit {
		return errors.New("store gone")
	}
	k.committed = true
	return nil
}

type said struct{ lines []string }

func (s *said) errorf(format string, args ...any) {
	s.lines = append(s.lines, fmt.Sprintf(format, args...))
}

// The records of real bounces reach the report and the sinks alike, in
// the source's order on any number of workers; a missing input is said
// and counted, and the others go on.
func TestRun(t *testing.T) {
	dir := filepath.Join("..", "testdata", "mtas")
	missing := filepath.Join(t.TempDir(), "gone.eml")
	var want string
	for _, workers := range []int{1, 4} {
		var b bytes.Buffer
		out, _ := report.NewOutput("json", &b)
		k := &keep{}
		var s said
		sum, err := Run(context.Background(), source.Paths([]string{dir, missing}, nil),
			Config{Analyzer: bounce.New(), Workers: workers, Report: out, Sinks: []report.Sink{k}, Errorf: s.errorf})
		if err != nil {
			t.Fatal(err)
		}
		if !k.committed || k.aborted || len(k.recs) == 0 {
			t.Fatalf("sink: committed %v, aborted %v, %d records", k.committed, k.aborted, len(k.recs))
		}
		if n := strings.Count(b.String(), "\n"); n != len(k.recs) || sum.Errors != 1 {
			t.Errorf("%d records reported, %d in the sink, %d errors", n, len(k.recs), sum.Errors)
		}
		if len(s.lines) == 0 || !strings.Contains(strings.Join(s.lines, "\n"), "gone.eml") {
			t.Errorf("said %q", s.lines)
		}
		if workers == 1 {
			want = b.String()
		} else if b.String() != want {
			t.Error("four workers report otherwise than one")
		}
	}
}

// A sink that cannot commit leaves the report file as it was: nothing is
// promised that the store does not hold.
func TestRunSinkCommitFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	out, err := report.CreateOutput("csv", path)
	if err != nil {
		t.Fatal(err)
	}
	failing, after := &keep{failCommit: true}, &keep{}
	var s said
	_, err = Run(context.Background(), source.Paths([]string{filepath.Join("..", "testdata", "providers")}, nil),
		Config{Analyzer: bounce.New(), Workers: 2, Report: out, Sinks: []report.Sink{failing, after}, Errorf: s.errorf})
	if err == nil || !strings.Contains(err.Error(), "store gone") {
		t.Fatalf("run: %v", err)
	}
	if !failing.aborted || !after.aborted || after.committed {
		t.Errorf("sinks: failing aborted %v; the next aborted %v, committed %v", failing.aborted, after.aborted, after.committed)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the report was written: %v", err)
	}
}
