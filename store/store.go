package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	_ "modernc.org/sqlite"             // database/sql driver "sqlite"

	"github.com/bounce-analyzer/bounce/suppress"
)

// Store is a history of bounce events and the suppression list that the
// policy derives from it, in SQLite or PostgreSQL. It is safe for
// concurrent use, and several processes may share one database.
type Store struct {
	db     *sql.DB
	d      *dialect
	name   string // the DSN as errors show it (no password)
	policy suppress.Policy
	now    func() time.Time

	sqliteDriver string
	policyGiven  bool // WithPolicy was given
}

// An Option configures a Store in Open.
type Option func(*Store)

// WithPolicy applies p when events or overrides change an address's
// verdict, and records it in the store. Without it a store applies the
// policy recorded last, or suppress.Default() when none is.
func WithPolicy(p suppress.Policy) Option {
	return func(s *Store) { s.policy, s.policyGiven = p, true }
}

// WithClock makes the store read the time from now (for tests).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithSQLiteDriver opens SQLite files with the database/sql driver of
// that name instead of modernc.org/sqlite's "sqlite"; the program must
// import the driver. bench/storebench uses it to compare drivers.
func WithSQLiteDriver(name string) Option { return func(s *Store) { s.sqliteDriver = name } }

// Open opens the store dsn names and brings its schema up to date:
//
//   - postgres://USER:PASSWORD@HOST:PORT/DB?… (or postgresql://): a
//     PostgreSQL database, shared by any number of writers;
//   - anything else: a SQLite file (a plain path, or sqlite:PATH, or
//     file:PATH), created when missing, with its directory.
//
// Every error names the store.
func Open(ctx context.Context, dsn string, opts ...Option) (*Store, error) {
	s := &Store{policy: suppress.Default(), now: time.Now, sqliteDriver: sqliteDialect.driver}
	for _, o := range opts {
		o(s)
	}
	if err := s.policy.Validate(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := s.connect(dsn); err != nil {
		return nil, err
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, s.errorf(err)
	}
	if err := s.syncPolicy(ctx); err != nil {
		s.db.Close()
		return nil, s.errorf(err)
	}
	if err := s.countVERP(ctx); err != nil {
		s.db.Close()
		return nil, s.errorf(err)
	}
	return s, nil
}

// connect opens the database dsn names, without reading it.
func (s *Store) connect(dsn string) error {
	var (
		db  *sql.DB
		err error
	)
	switch {
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		s.d = &postgresDialect
		s.name = redact(dsn)
		db, err = sql.Open(s.d.driver, dsn)
	case dsn == "":
		return errors.New("store: no database given")
	case strings.Contains(dsn, "://") && !strings.HasPrefix(dsn, "file:") && !strings.HasPrefix(dsn, "sqlite:"):
		// Not a file name: refuse rather than make a directory of it.
		return fmt.Errorf("store %s: unknown kind of database: want postgres://… or a SQLite file", redact(dsn))
	default:
		s.d = &sqliteDialect
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite:"), "file:")
		s.name = path
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return fmt.Errorf("store %s: %w", s.name, err)
			}
		}
		db, err = sql.Open(s.sqliteDriver, sqliteDSN(path))
	}
	if err != nil {
		return fmt.Errorf("store %s: %w", s.name, err)
	}
	s.db = db
	return nil
}

// sqliteDSN is the driver's name for the file at path: WAL, so that
// readers do not wait for a writer; a busy timeout, so that two writers
// wait for each other instead of failing; write transactions that take
// the write lock when they begin, so that they never deadlock upgrading.
func sqliteDSN(path string) string {
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	return u.String() + "?_pragma=busy_timeout(60000)&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// redact hides the password of a PostgreSQL URL.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(unparsable URL)"
	}
	return u.Redacted()
}

// DefaultPath is where the SQLite store lives when none is given:
// $XDG_DATA_HOME/bounce/bounce.db, else ~/.local/share/bounce/bounce.db.
// getenv is os.Getenv in a program.
func DefaultPath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "bounce", "bounce.db"), nil
	}
	home := getenv("HOME")
	if home == "" {
		return "", errors.New("store: neither XDG_DATA_HOME nor HOME is set: give --db")
	}
	return filepath.Join(home, ".local", "share", "bounce", "bounce.db"), nil
}

// Name is the store as errors name it: the SQLite path, or the
// PostgreSQL URL without its password.
func (s *Store) Name() string { return s.name }

// Policy is the suppression policy the store applies.
func (s *Store) Policy() suppress.Policy { return s.policy }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return s.errorf(err)
	}
	return nil
}

func (s *Store) errorf(err error) error {
	return fmt.Errorf("store %s: %w", s.name, err)
}

// migrate applies the migrations the database lacks, each in a
// transaction of its own, one process at a time.
func (s *Store) migrate(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("connecting: %w", err)
	}
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, or reports that none is left.
func (s *Store) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	if s.d.lockMigrations != "" {
		if _, err := tx.ExecContext(ctx, s.d.lockMigrations); err != nil {
			return false, fmt.Errorf("locking the schema: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied BIGINT NOT NULL)`); err != nil {
		return false, fmt.Errorf("reading the schema version: %w", err)
	}
	var version int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&version); err != nil {
		return false, fmt.Errorf("reading the schema version: %w", err)
	}
	if version > len(migrations) {
		return false, fmt.Errorf("schema version %d is newer than this program knows (%d): upgrade bounce", version, len(migrations))
	}
	if version == len(migrations) {
		return true, nil
	}
	for _, stmt := range splitStatements(s.d.ddl(migrations[version])) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return false, fmt.Errorf("migrating to schema version %d: %w", version+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO schema_version (version, applied) VALUES (?, ?)`), version+1, s.now().Unix()); err != nil {
		return false, fmt.Errorf("migrating to schema version %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrating to schema version %d: %w", version+1, err)
	}
	return false, nil
}

// syncPolicy makes the suppression list the one the store's policy
// gives. The list is kept up to date as events arrive, under the policy
// recorded in the store; a store opened with another policy (WithPolicy)
// evaluates every address again, once, and records the new policy. A
// store opened without one takes the recorded policy.
func (s *Store) syncPolicy(ctx context.Context) error {
	var have string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = 'policy'`).Scan(&have); err != nil {
		return fmt.Errorf("reading the policy: %w", err)
	}
	if !s.policyGiven && have != "" {
		var p suppress.Policy
		if err := json.Unmarshal([]byte(have), &p); err != nil {
			return fmt.Errorf("reading the policy recorded in the store: %w", err)
		}
		if err := p.Validate(); err != nil {
			return fmt.Errorf("the policy recorded in the store: %w", err)
		}
		s.policy = p
		return nil
	}
	want, err := json.Marshal(s.policy)
	if err != nil {
		return err
	}
	if have == string(want) {
		return nil
	}
	return s.inTx(ctx, nil, func(tx *sql.Tx, seq int64) error {
		// Another process may have done it meanwhile.
		if err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE name = 'policy'`).Scan(&have); err != nil {
			return fmt.Errorf("reading the policy: %w", err)
		}
		if have == string(want) {
			return nil
		}
		if err := s.refresh(ctx, tx, seq, `SELECT recipient FROM events UNION SELECT verp AS recipient FROM events WHERE verp <> ''
			UNION SELECT address AS recipient FROM overrides`); err != nil {
			return fmt.Errorf("applying the policy: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.d.q(`UPDATE settings SET value = ? WHERE name = 'policy'`), string(want)); err != nil {
			return fmt.Errorf("recording the policy: %w", err)
		}
		return nil
	})
}

// countVERP evaluates, once, the VERP addresses of the events stored
// before events counted against them (schema version 3 asks for it).
func (s *Store) countVERP(ctx context.Context) error {
	const read = `SELECT value FROM settings WHERE name = 'verp-counted'`
	var done string
	if err := s.db.QueryRowContext(ctx, read).Scan(&done); err != nil {
		return fmt.Errorf("reading the settings: %w", err)
	}
	if done != "" {
		return nil
	}
	return s.inTx(ctx, nil, func(tx *sql.Tx, seq int64) error {
		// Another process may have done it meanwhile.
		if err := tx.QueryRowContext(ctx, read).Scan(&done); err != nil {
			return fmt.Errorf("reading the settings: %w", err)
		}
		if done != "" {
			return nil
		}
		if err := s.refresh(ctx, tx, seq, `SELECT DISTINCT verp AS recipient FROM events WHERE verp <> '' AND verp <> recipient`); err != nil {
			return fmt.Errorf("counting events against their VERP address: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE settings SET value = '1' WHERE name = 'verp-counted'`); err != nil {
			return fmt.Errorf("counting events against their VERP address: %w", err)
		}
		return nil
	})
}

// splitStatements splits a migration at its semicolons (the migrations
// hold none inside strings).
func splitStatements(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ";") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
