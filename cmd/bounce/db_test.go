package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/store"
)

// storedEvents counts the events in the SQLite store at path.
func storedEvents(t *testing.T, path string) int {
	t.Helper()
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.Stats(context.Background(), store.StatsOptions{By: store.ByReason})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows {
		n += r.Events
	}
	return n
}

// noExpiry writes a suppression policy without expiry (the samples are
// years old) and returns its path.
func noExpiry(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(p, []byte("hard_expiry_days: 0\nsoft_expiry_days: 0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeDBIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "bounce.db")
	first := runCmd(t, "analyze", "--db", db, "--format", "json", "../../testdata/providers")
	if first.code != exitOK {
		t.Fatalf("exit %d\n%s", first.code, first.stderr)
	}
	recs := checkJSON(t, first.stdout)
	n := storedEvents(t, db)
	if n == 0 || n > len(recs) {
		t.Fatalf("%d events stored from %d records", n, len(recs))
	}
	again := runCmd(t, "analyze", "--db", db, "--format", "json", "../../testdata/providers")
	if again.code != exitOK || again.stdout != first.stdout {
		t.Fatalf("second run: exit %d, same report %v\n%s", again.code, again.stdout == first.stdout, again.stderr)
	}
	if m := storedEvents(t, db); m != n {
		t.Errorf("%d events after the same input twice, want %d", m, n)
	}

	// The hard bounces are on the suppression list.
	list := runCmd(t, "suppress", "list", "--db", db, "--policy", noExpiry(t))
	if !strings.Contains(list.stdout, "nosuchuser@163.com\n") {
		t.Errorf("suppress list after analyze --db:\n%s%s", list.stdout, list.stderr)
	}
}

func TestAnalyzeDBBad(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	if err := os.WriteFile(corrupt, []byte("this is not a database, and it is long enough to be read as one........"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report.csv")
	for _, dsn := range []string{corrupt, "postgres://bounce:secret@127.0.0.1:1/bounce?connect_timeout=2"} {
		r := runCmd(t, "analyze", "--db", dsn, "-o", out, "../../testdata/providers")
		if r.code != exitFail || !strings.Contains(r.stderr, "bounce: store ") {
			t.Errorf("--db %s: exit %d\n%s", dsn, r.code, r.stderr)
		}
		if strings.Contains(r.stderr, "secret") {
			t.Errorf("the password is shown: %s", r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("--db %s: the report was written", dsn)
		}
	}
}

func TestScanDB(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	db := filepath.Join(s.dir, "bounce.db")
	r := s.run("--db", db)
	if r.code != exitOK {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	recs := checkJSON(t, r.stdout)
	hard := map[string]bool{}
	for _, rec := range recs {
		if rec.Hard && rec.Reason == "userunknown" {
			hard[store.NormalizeAddress(rec.Recipient)] = true
		}
	}
	if len(hard) < 3 {
		t.Fatalf("only %d userunknown recipients in the sample", len(hard))
	}
	n := storedEvents(t, db)
	if n == 0 {
		t.Fatal("no events stored")
	}

	list := runCmd(t, "suppress", "list", "--db", db, "--policy", noExpiry(t))
	if list.code != exitOK {
		t.Fatalf("suppress list: exit %d\n%s", list.code, list.stderr)
	}
	listed := map[string]bool{}
	for _, a := range strings.Fields(list.stdout) {
		listed[a] = true
	}
	for a := range hard {
		if !listed[a] {
			t.Errorf("hard bounce %s not on the list:\n%s", a, list.stdout)
		}
	}

	// The whole mailbox again (--all): the same bounces, no new events.
	if r := s.run("--db", db, "--all"); r.code != exitOK {
		t.Fatalf("--all: exit %d\n%s", r.code, r.stderr)
	}
	if m := storedEvents(t, db); m != n {
		t.Errorf("%d events after reading the mailbox twice, want %d", m, n)
	}

	// db: in the config file, relative to it, for a run of accounts.
	conf := filepath.Join(s.dir, "conf", "scan.yaml")
	os.MkdirAll(filepath.Dir(conf), 0o700)
	yml := "db: other.db\naccounts:\n  - {server: \"" + s.srv.Addr + "\", user: \"" + s.srv.User + "\", tls: none}\n"
	if err := os.WriteFile(conf, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runWith(t, "", s.vars, "scan", "--config", conf, "--state", s.state, "--all", "--format", "json", "--retry-delay", "1ms")
	if r.code != exitOK {
		t.Fatalf("accounts: exit %d\n%s", r.code, r.stderr)
	}
	if m := storedEvents(t, filepath.Join(s.dir, "conf", "other.db")); m != n {
		t.Errorf("db: of the config file holds %d events, want %d", m, n)
	}
}

// TestScanDBBad: a store that cannot be opened fails the run before
// anything is read: exit 1, the store named, no state, nothing moved.
func TestScanDBBad(t *testing.T) {
	msgs := scanCorpus(t)[:10]
	s := newScanEnv(t, imaptest.Config{}, msgs)
	corrupt := filepath.Join(s.dir, "corrupt.db")
	if err := os.WriteFile(corrupt, []byte(strings.Repeat("not a database ", 20)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dsn := range []string{corrupt, "postgres://bounce:secret@127.0.0.1:1/bounce?connect_timeout=2"} {
		r := s.run("--db", dsn, "--move-to", "Done", "--mark-seen")
		if r.code != exitFail || !strings.Contains(r.stderr, "store ") {
			t.Errorf("--db %s: exit %d\n%s", dsn, r.code, r.stderr)
		}
		if strings.Contains(r.stderr, "secret") {
			t.Errorf("the password is shown: %s", r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("--db %s: a report without the store:\n%s", dsn, r.stdout)
		}
		if _, err := os.Stat(s.state); err == nil {
			t.Errorf("--db %s: the state was saved", dsn)
		}
		inbox := s.srv.Messages(t, "INBOX")
		if len(inbox) != len(msgs) {
			t.Errorf("--db %s: INBOX holds %d of %d messages", dsn, len(inbox), len(msgs))
		}
		for _, m := range inbox {
			if m.Seen() {
				t.Errorf("--db %s: UID %d marked \\Seen", dsn, m.UID)
			}
		}
	}
}
