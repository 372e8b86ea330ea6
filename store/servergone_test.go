package store

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPostgresGoneMidRun stops the server between a run's writes and its
// commit: the commit fails naming the store, and once the server is back
// the store holds nothing of that run and the next run completes.
func TestPostgresGoneMidRun(t *testing.T) {
	postgresAdmin(t) // skips (or fails on CI) without PostgreSQL
	dir, err := os.MkdirTemp("", "bounce-pg-gone-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	dsn, err := startPostgres(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer stopPostgres(dir)
	port, err := os.ReadFile(filepath.Join(dir, "port"))
	if err != nil {
		t.Fatal(err)
	}
	msgs := corpusRecords(t)
	s := openStore(t, dsn)
	k := s.Sink(context.Background(), RunInfo{Mailbox: "INBOX"})
	for _, recs := range msgs {
		if err := k.Write(recs); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command("../scripts/postgres-test.sh", "stop", dir).CombinedOutput(); err != nil {
		t.Fatalf("stopping the server: %v %s", err, out)
	}
	err = k.Commit()
	if err == nil || !strings.HasPrefix(err.Error(), "store postgres://postgres:xxxxx@127.0.0.1:") {
		t.Fatalf("commit with the server gone: %v", err)
	}
	if err := s.List(context.Background(), ListOptions{}, func(Suppression) error { return nil }); err == nil ||
		!strings.Contains(err.Error(), "store postgres://") {
		t.Fatalf("list with the server gone: %v", err)
	}
	if out, err := exec.Command("../scripts/postgres-test.sh", "start", dir, strings.TrimSpace(string(port))).CombinedOutput(); err != nil {
		t.Fatalf("restarting the server: %v %s", err, out)
	}
	s2 := openStore(t, dsn)
	if n := count(t, s2, "SELECT COUNT(*) FROM events"); n != 0 {
		t.Fatalf("%d events of the failed run stored", n)
	}
	ingest(t, s2, "INBOX", msgs)
	if got, want := count(t, s2, "SELECT COUNT(*) FROM events"), distinctKeys(msgs); got != want {
		t.Fatalf("%d events after the next run, want %d", got, want)
	}
}
