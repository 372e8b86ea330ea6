package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
)

// TestSharedFile: each run's Commit writes the file whole with the runs
// committed before; an aborted run leaves nothing of its own in it.
func TestSharedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.csv")
	r, err := NewShared("csv", nil, path, "-o "+path)
	if err != nil {
		t.Fatal(err)
	}
	run := func(commit bool, uids ...int) {
		t.Helper()
		s, err := r.Sink()
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range uids {
			if err := s.Write(recsOf(u)); err != nil {
				t.Fatal(err)
			}
		}
		if !commit {
			s.Abort()
			return
		}
		if err := s.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	read := func() string {
		b, _ := os.ReadFile(path)
		return string(b)
	}
	run(true, 1, 2)
	if got := read(); got != wantCSV(1, 2) {
		t.Errorf("after the first run:\n%s", got)
	}
	run(false, 3)
	if got := read(); got != wantCSV(1, 2) {
		t.Errorf("after an aborted run:\n%s", got)
	}
	run(true, 4)
	if got := read(); got != wantCSV(1, 2, 4) {
		t.Errorf("after the third run:\n%s", got)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}

	// An unwritable file is named as the caller labels it.
	bad := filepath.Join(t.TempDir(), "no-such-dir", "out.csv")
	r, _ = NewShared("csv", nil, bad, "-o "+bad)
	if _, err := r.Sink(); err == nil || !strings.HasPrefix(err.Error(), "-o "+bad+": ") {
		t.Errorf("unwritable: %v", err)
	}
}

// TestSharedStream: on a stream the runs' records follow each other under
// one header; a stream no run opened stays empty.
func TestSharedStream(t *testing.T) {
	var b bytes.Buffer
	r, _ := NewShared("csv", &b, "", "")
	for _, u := range []int{1, 2} {
		s, err := r.Sink()
		if err != nil {
			t.Fatal(err)
		}
		s.Write(recsOf(u))
		s.Commit()
	}
	r.Close()
	if b.String() != wantCSV(1, 2) {
		t.Errorf("stream:\n%s", b.String())
	}
	var empty bytes.Buffer
	r, _ = NewShared("csv", &empty, "", "")
	if r.Close(); empty.Len() != 0 {
		t.Errorf("a stream no run opened: %q", empty.String())
	}
	if _, err := NewShared("xml", &b, "", ""); err == nil {
		t.Error("bad format accepted")
	}
}

// recsOf are the records of message uid, as wantCSV writes them.
func recsOf(uid int) []classify.Record {
	return []classify.Record{dayRecord(uid, 2*uid), dayRecord(uid, 2*uid+1)}
}
