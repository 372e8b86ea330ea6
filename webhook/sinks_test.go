package webhook

import (
	"errors"
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

// storeSink keeps what is committed to it, ignoring a source it has
// already as the store does; its Commit fails while fail is set.
type storeSink struct {
	got       *[]classify.Record
	committed *map[string]bool
	fail      *bool
}

func (m storeSink) Write(recs []classify.Record) error { *m.got = append(*m.got, recs...); return nil }
func (m storeSink) Abort()                             { *m.got = nil }
func (m storeSink) Commit() error {
	defer func() { *m.got = nil }()
	if *m.fail {
		return errors.New("database is locked")
	}
	for _, r := range *m.got {
		(*m.committed)[r.Source+" "+r.Recipient] = true
	}
	return nil
}

// StoreThenDaily opens the store's sink first, then the day's files, for
// every request; without a directory only the store's; a day's files that
// cannot be opened are an error and leave no store sink open. A request
// whose store commit fails leaves the day's CSV without its rows, so the
// provider's retry writes them once.
func TestStoreThenDaily(t *testing.T) {
	dir := t.TempDir()
	day := func() time.Time { return time.Date(2026, 12, 3, 10, 0, 0, 0, time.Local) }
	var got []classify.Record
	committed := map[string]bool{}
	fail, opened := true, 0
	store := func() report.Sink { opened++; return storeSink{&got, &committed, &fail} }
	open := StoreThenDaily(store, dir, day)
	rec := classify.Record{Source: "event-1", Recipient: "a@example.com", Reason: "userunknown", Hard: true, Action: "failed"}
	request := func() error {
		sinks, err := open()
		if err != nil {
			t.Fatal(err)
		}
		if len(sinks) != 2 {
			t.Fatalf("%d sinks", len(sinks))
		}
		return writeAll(sinks, func(s report.Sink) error { return s.Write([]classify.Record{rec}) })
	}
	if err := request(); err == nil || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("a failed store commit: %v", err)
	}
	csvPath := filepath.Join(dir, "failed-2026-12-03.csv")
	if csv, _ := os.ReadFile(csvPath); strings.Contains(string(csv), "a@example.com") {
		t.Errorf("the day's CSV has the rows of a request whose store commit failed: %q", csv)
	}
	fail = false
	if err := request(); err != nil {
		t.Fatalf("the retry: %v", err)
	}
	csv, err := os.ReadFile(csvPath)
	if n := strings.Count(string(csv), "a@example.com"); err != nil || n != 1 {
		t.Errorf("the day's CSV after the retry has the row %d times (%v): %q", n, err, csv)
	}
	if !committed["event-1 a@example.com"] {
		t.Errorf("store: committed %v", committed)
	}
	if sinks, err := StoreThenDaily(store, "", day)(); err != nil || len(sinks) != 1 {
		t.Errorf("no directory: %d sinks, %v", len(sinks), err)
	}
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, nil, 0o644)
	opened = 0
	if _, err := StoreThenDaily(store, notDir, day)(); err == nil {
		t.Error("a day's files under a plain file were opened")
	}
	if opened != 0 {
		t.Errorf("%d store sinks opened and left when the day's files could not be", opened)
	}
}
