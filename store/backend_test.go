package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The suite runs every test on both backends: SQLite always, PostgreSQL
// against a server that scripts/postgres-test.sh starts once for the
// package (or the one $BOUNCE_TEST_POSTGRES names). Without CI=true the
// PostgreSQL half skips, with a message, when no server can be started;
// with CI=true it fails.

var pg struct {
	once  sync.Once
	dsn   string // admin DSN of the server
	dir   string // the script's DIR, when the test started it
	err   error
	dbSeq atomic.Int64
}

func TestMain(m *testing.M) {
	code := m.Run()
	if pg.dir != "" {
		stopPostgres(pg.dir)
	}
	os.Exit(code)
}

// startPostgres runs the test script in a new DIR and returns the DSN.
func startPostgres(dir string) (string, error) {
	out, err := exec.Command("../scripts/postgres-test.sh", "start", dir).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("scripts/postgres-test.sh: %v: %s", err, out)
	}
	dsn, err := os.ReadFile(filepath.Join(dir, "dsn"))
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(dsn)), nil
}

func stopPostgres(dir string) {
	exec.Command("../scripts/postgres-test.sh", "stop", dir).Run()
	os.RemoveAll(dir)
}

// postgresAdmin returns the DSN of the test server, or skips (fails on
// CI) when there is none.
func postgresAdmin(t testing.TB) string {
	t.Helper()
	pg.once.Do(func() {
		if dsn := os.Getenv("BOUNCE_TEST_POSTGRES"); dsn != "" {
			pg.dsn = dsn
			return
		}
		dir, err := os.MkdirTemp("", "bounce-pg-")
		if err != nil {
			pg.err = err
			return
		}
		pg.dsn, pg.err = startPostgres(dir)
		if pg.err != nil {
			os.RemoveAll(dir)
			return
		}
		pg.dir = dir
	})
	if pg.err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL tests must run on CI: %v", pg.err)
		}
		t.Skipf("PostgreSQL tests skipped: no server could be started (install postgresql, or set BOUNCE_TEST_POSTGRES to a DSN): %v", pg.err)
	}
	return pg.dsn
}

// freshPostgres creates an empty database on the test server and returns
// its DSN.
func freshPostgres(t testing.TB) string {
	admin := postgresAdmin(t)
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("bounce_test_%d_%d", os.Getpid(), pg.dbSeq.Add(1))
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// backend makes DSNs of fresh stores of one kind.
type backend struct {
	name  string
	fresh func(t testing.TB) string
}

var backends = []backend{
	{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "bounce.db") }},
	{"postgres", freshPostgres},
}

// forEachBackend runs f as a subtest on a fresh store DSN of each backend.
func forEachBackend(t *testing.T, f func(t *testing.T, dsn string)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			f(t, b.fresh(t))
		})
	}
}

// clock is a fake clock for the store.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func openStore(t testing.TB, dsn string, opts ...Option) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
