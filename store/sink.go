package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
)

// RunInfo describes the run whose records a Sink stores.
type RunInfo struct {
	// Mailbox names where the messages came from ("imap://host/INBOX",
	// a directory); it is recorded with every event.
	Mailbox string
	// Received is the time given to records without a date; the zero
	// value means when the Sink was opened.
	Received time.Time
}

// stagingBatch is how many events a Sink gathers before writing them:
// one statement for many rows is what makes ingest cheap.
const stagingBatch = 256

// Sink returns a report.Sink that stores the run's records as events.
// Written records go to a temporary table of the Sink's own connection;
// Commit moves them into the history, updates the suppression list of the
// addresses they touch, and does both in one transaction. An event that
// is already stored (the same bounce read again) is skipped. Abort, an
// error or a killed process leaves the store as it was.
//
// The Sink reports errors from Write and Commit; a Sink whose Write
// failed can only be aborted.
func (s *Store) Sink(ctx context.Context, run RunInfo) report.Sink {
	if run.Received.IsZero() {
		run.Received = s.now()
	}
	return &sink{s: s, ctx: ctx, run: run}
}

type sink struct {
	s     *Store
	ctx   context.Context
	run   RunInfo
	conn  *sql.Conn // holds the staging table; nil until the first event
	full  *sql.Stmt // inserts a full batch into the staging table
	batch []Event
	err   error // the first error; the Sink is spent
	done  bool
}

func (k *sink) Write(recs []classify.Record) error {
	if k.err != nil {
		return k.err
	}
	if k.done {
		return k.fail(errors.New("write after Commit or Abort"))
	}
	for i := range recs {
		k.batch = append(k.batch, EventFromRecord(&recs[i], k.run.Mailbox, k.run.Received))
		if len(k.batch) >= stagingBatch {
			if err := k.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (k *sink) fail(err error) error {
	// A driver may answer a cancelled context with an error of its own.
	if cerr := k.ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		err = fmt.Errorf("%w: %w", err, cerr)
	}
	k.err = k.s.errorf(err)
	return k.err
}

// stagingDDL is the Sink's temporary table: the event columns and
// whether the policy counts the event against its address.
const stagingDDL = `CREATE TEMPORARY TABLE bounce_staging (
	key TEXT NOT NULL, at BIGINT NOT NULL, recipient TEXT NOT NULL, domain TEXT NOT NULL,
	reason TEXT NOT NULL, hard INTEGER NOT NULL, action TEXT NOT NULL, status TEXT NOT NULL,
	reply_code TEXT NOT NULL, feedback_type TEXT NOT NULL, vendor TEXT NOT NULL,
	remote_mta TEXT NOT NULL, reporting_mta TEXT NOT NULL, source TEXT NOT NULL,
	message_id TEXT NOT NULL, mailbox TEXT NOT NULL, diagnostic TEXT NOT NULL,
	stored_at BIGINT NOT NULL, list_id TEXT NOT NULL, campaign TEXT NOT NULL,
	subscriber TEXT NOT NULL, verp TEXT NOT NULL, counts INTEGER NOT NULL)`

// hasCampaign tells whether a staged event s holds a campaign field.
const hasCampaign = `(s.list_id <> '' OR s.campaign <> '' OR s.subscriber <> '' OR s.verp <> '')`

// open takes the Sink's connection and makes its staging table.
func (k *sink) open() error {
	conn, err := k.s.db.Conn(k.ctx)
	if err != nil {
		return k.fail(fmt.Errorf("connecting: %w", err))
	}
	// A pooled connection may hold the table of an earlier Sink that was
	// never ended.
	if _, err := conn.ExecContext(k.ctx, `DROP TABLE IF EXISTS bounce_staging`); err != nil {
		conn.Close()
		return k.fail(fmt.Errorf("preparing the run: %w", err))
	}
	for _, ddl := range []string{stagingDDL, `CREATE INDEX bounce_staging_key ON bounce_staging (key)`} {
		if _, err := conn.ExecContext(k.ctx, ddl); err != nil {
			conn.Close()
			return k.fail(fmt.Errorf("preparing the run: %w", err))
		}
	}
	k.conn = conn
	return nil
}

// stagingInsert is the statement that stages n events.
func (k *sink) stagingInsert(n int) string {
	var q strings.Builder
	q.WriteString("INSERT INTO bounce_staging (" + eventColumns + ", counts) VALUES ")
	row := "(" + strings.Repeat("?, ", numEventColumns) + "?)"
	for i := 0; i < n; i++ {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString(row)
	}
	return k.s.d.q(q.String())
}

// flush writes the gathered events into the staging table.
func (k *sink) flush() error {
	if len(k.batch) == 0 {
		return nil
	}
	if k.conn == nil {
		if err := k.open(); err != nil {
			return err
		}
	}
	storedAt := k.s.now().Unix()
	args := make([]any, 0, len(k.batch)*(numEventColumns+1))
	for i := range k.batch {
		pe := k.batch[i].policyEvent()
		counts := 0
		// A record that names no address is history, not a count; one
		// whose report names none counts against its VERP address.
		if (k.batch[i].Domain != "" || strings.Contains(k.batch[i].VERP, "@")) && k.s.policy.Counts(&pe) {
			counts = 1
		}
		args = append(append(args, k.batch[i].values(storedAt)...), counts)
	}
	var err error
	if len(k.batch) == stagingBatch {
		// Parsing a statement of this size costs as much as running it:
		// the full batches share one prepared statement.
		if k.full == nil {
			k.full, err = k.conn.PrepareContext(k.ctx, k.stagingInsert(stagingBatch))
			if err != nil {
				return k.fail(fmt.Errorf("writing events: %w", err))
			}
		}
		_, err = k.full.ExecContext(k.ctx, args...)
	} else {
		_, err = k.conn.ExecContext(k.ctx, k.stagingInsert(len(k.batch)), args...)
	}
	if err != nil {
		return k.fail(fmt.Errorf("writing events: %w", err))
	}
	k.batch = k.batch[:0]
	return nil
}

func (k *sink) Commit() error {
	if k.err != nil {
		k.release()
		return k.err
	}
	if k.done {
		return k.fail(errors.New("Commit after Commit or Abort"))
	}
	defer k.release()
	if err := k.flush(); err != nil {
		return err
	}
	if k.conn == nil {
		return nil // nothing written
	}
	err := k.s.inTx(k.ctx, k.conn, func(tx *sql.Tx, seq int64) error {
		// An event stored before its campaign fields were known (by an
		// older program, or with the rules off) gets them now; one that
		// has any keeps what it has. (Not ON CONFLICT DO UPDATE: a run
		// may stage one event twice, which PostgreSQL refuses there. The
		// concatenation keeps SQLite off the verp index, which would
		// visit every event without one.)
		if _, err := tx.ExecContext(k.ctx, `UPDATE events SET (list_id, campaign, subscriber, verp) =
				(SELECT s.list_id, s.campaign, s.subscriber, s.verp FROM bounce_staging s
					WHERE s.key = events.key AND `+hasCampaign+` LIMIT 1)
			WHERE key IN (SELECT key FROM bounce_staging s WHERE `+hasCampaign+`)
				AND list_id || campaign || subscriber || verp = ''`); err != nil {
			return fmt.Errorf("storing campaign fields: %w", err)
		}
		if _, err := tx.ExecContext(k.ctx, `INSERT INTO events (`+eventColumns+`) SELECT `+eventColumns+
			` FROM bounce_staging WHERE true ON CONFLICT (key) DO NOTHING`); err != nil {
			return fmt.Errorf("storing events: %w", err)
		}
		return k.s.refresh(k.ctx, tx, seq, `SELECT recipient FROM bounce_staging WHERE counts = 1 AND domain <> ''
			UNION SELECT verp AS recipient FROM bounce_staging WHERE counts = 1 AND verp <> ''`)
	})
	if err != nil {
		return k.fail(err)
	}
	return nil
}

func (k *sink) Abort() {
	k.release()
}

// release drops the staging table and gives the connection back. When
// the drop fails the connection is discarded, so no other Sink meets the
// table.
func (k *sink) release() {
	k.done = true
	k.batch = nil
	if k.full != nil {
		k.full.Close()
		k.full = nil
	}
	if k.conn == nil {
		return
	}
	// The run's context may be cancelled already: drop with a fresh one.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := k.conn.ExecContext(ctx, `DROP TABLE IF EXISTS bounce_staging`); err != nil {
		k.conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	k.conn.Close()
	k.conn = nil
}
