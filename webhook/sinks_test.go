package webhook

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
)

// Settings reads the file under the command line and warns of a file
// of secrets others may read; with no file, the command line alone.
func TestSettings(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "serve.yaml")
	os.WriteFile(conf, []byte("listen: 127.0.0.1:0\ndb: bounce.db\nmailgun:\n  signing-key: k\n"), 0o644)
	var warns []string
	warnf := func(format string, args ...any) { warns = append(warns, fmt.Sprintf(format, args...)) }
	f, err := Settings(conf, File{Listen: "127.0.0.1:8080"}, warnf)
	if err != nil {
		t.Fatal(err)
	}
	if f.Listen != "127.0.0.1:8080" || f.DB != filepath.Join(dir, "bounce.db") || f.Mailgun == nil {
		t.Errorf("settings %+v", f)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], conf) || !strings.Contains(warns[0], "chmod 600") {
		t.Errorf("warnings %q", warns)
	}
	os.Chmod(conf, 0o600)
	warns = nil
	if _, err := Settings(conf, File{}, warnf); err != nil || len(warns) != 0 {
		t.Errorf("a private file: %v, warnings %q", err, warns)
	}
	if f, err := Settings("", File{DB: "x.db"}, warnf); err != nil || f.DB != "x.db" || f.Listen != "" {
		t.Errorf("no file: %+v, %v", f, err)
	}
	if _, err := Settings(filepath.Join(dir, "none.yaml"), File{}, warnf); err == nil || !strings.Contains(err.Error(), "none.yaml") {
		t.Errorf("a missing file: %v", err)
	}
}

// lastSink keeps what is committed to it.
type lastSink struct{ got, committed *[]classify.Record }

func (m lastSink) Write(recs []classify.Record) error { *m.got = append(*m.got, recs...); return nil }
func (m lastSink) Commit() error                      { *m.committed = append(*m.committed, *m.got...); return nil }
func (m lastSink) Abort()                             { *m.got = nil }

// DailyAnd opens the day's files first, then the last sink, for every
// request; without a directory only the last; a day's files that cannot
// be opened are an error.
func TestDailyAnd(t *testing.T) {
	dir := t.TempDir()
	day := func() time.Time { return time.Date(2026, 12, 3, 10, 0, 0, 0, time.Local) }
	var got, committed []classify.Record
	last := func() report.Sink { return lastSink{&got, &committed} }
	sinks, err := DailyAnd(dir, day, last)()
	if err != nil {
		t.Fatal(err)
	}
	if len(sinks) != 2 {
		t.Fatalf("%d sinks", len(sinks))
	}
	rec := classify.Record{Source: "event-1", Recipient: "a@example.com", Reason: "userunknown", Hard: true, Action: "failed"}
	for _, s := range sinks {
		if err := s.Write([]classify.Record{rec}); err != nil {
			t.Fatal(err)
		}
		if err := s.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	csv, err := os.ReadFile(filepath.Join(dir, "failed-2026-12-03.csv"))
	if err != nil || !strings.Contains(string(csv), "a@example.com") {
		t.Errorf("the day's CSV: %q, %v", csv, err)
	}
	if len(committed) != 1 {
		t.Errorf("last sink: %d records committed", len(committed))
	}
	if sinks, err := DailyAnd("", day, last)(); err != nil || len(sinks) != 1 {
		t.Errorf("no directory: %d sinks, %v", len(sinks), err)
	}
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, nil, 0o644)
	if _, err := DailyAnd(notDir, day, last)(); err == nil {
		t.Error("a day's files under a plain file were opened")
	}
}
