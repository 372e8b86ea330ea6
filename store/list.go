package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/suppress"
)

// inTx runs f in a write transaction on conn (or on a connection of the
// pool when conn is nil). Its first statement advances the change
// counter: seq is this transaction's number, and the counter's row lock
// makes writers take turns from there to the commit, so that each sees
// what the one before it committed and a reader never sees a seq after a
// smaller one still to come.
func (s *Store) inTx(ctx context.Context, conn *sql.Conn, f func(tx *sql.Tx, seq int64) error) error {
	var (
		tx  *sql.Tx
		err error
	)
	if conn != nil {
		tx, err = conn.BeginTx(ctx, nil)
	} else {
		tx, err = s.db.BeginTx(ctx, nil)
	}
	if err != nil {
		return fmt.Errorf("beginning a transaction: %w", err)
	}
	defer tx.Rollback()
	var seq int64
	if err := tx.QueryRowContext(ctx, `UPDATE counters SET value = value + 1 WHERE name = 'change' RETURNING value`).Scan(&seq); err != nil {
		return fmt.Errorf("numbering the change: %w", err)
	}
	if err := f(tx, seq); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// refreshPage is how many addresses refresh evaluates per query.
const refreshPage = 400

// refresh evaluates the policy again for the addresses that query (one
// column, DISTINCT) lists and writes their suppression rows.
func (s *Store) refresh(ctx context.Context, tx *sql.Tx, seq int64, query string, args ...any) error {
	now := s.now()
	after := ""
	for {
		pageArgs := append(append([]any(nil), args...), after)
		rows, err := tx.QueryContext(ctx, s.d.q(`SELECT recipient FROM (`+query+`) addrs WHERE recipient > ? ORDER BY recipient LIMIT `+fmt.Sprint(refreshPage)), pageArgs...)
		if err != nil {
			return fmt.Errorf("listing the addresses to update: %w", err)
		}
		var addrs []string
		for rows.Next() {
			var a string
			if err := rows.Scan(&a); err != nil {
				rows.Close()
				return fmt.Errorf("listing the addresses to update: %w", err)
			}
			addrs = append(addrs, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("listing the addresses to update: %w", err)
		}
		if len(addrs) == 0 {
			return nil
		}
		if err := s.refreshAddresses(ctx, tx, seq, addrs, now); err != nil {
			return err
		}
		after = addrs[len(addrs)-1]
	}
}

// refreshAddresses evaluates addrs and writes their suppression rows. An
// address that never was suppressed gets no row.
func (s *Store) refreshAddresses(ctx context.Context, tx *sql.Tx, seq int64, addrs []string, now time.Time) error {
	events, err := s.policyEvents(ctx, tx, addrs)
	if err != nil {
		return err
	}
	overrides, err := s.overrides(ctx, tx, addrs)
	if err != nil {
		return err
	}
	var args, none []any
	n := 0
	for _, a := range addrs {
		v := s.policy.Evaluate(events[a], overrides[a], now)
		if v.Kind == "" {
			none = append(none, a)
			continue
		}
		suppressed := 0
		if v.Suppressed {
			suppressed = 1
		}
		reason := v.Cause.Reason
		if v.Kind == suppress.ByHand {
			reason = v.Note
		}
		args = append(args, a, suppressed, string(v.Kind), reason, v.Since.Unix(), unixOrZero(v.Until), v.Why, seq)
		n++
	}
	// Never suppressed (under a policy other than the one that made the
	// row): no row.
	if len(none) > 0 {
		if _, err := tx.ExecContext(ctx, s.d.q(`DELETE FROM suppressions WHERE address IN `+inList(len(none))), none...); err != nil {
			return fmt.Errorf("updating the suppression list: %w", err)
		}
	}
	if n == 0 {
		return nil
	}
	// seq changes only when a suppression begins (or ends): an export of
	// the new suppressions lists an address again only for a new episode.
	q := `INSERT INTO suppressions (address, suppressed, kind, reason, since, until, why, seq) VALUES ` +
		strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ") +
		` ON CONFLICT (address) DO UPDATE SET suppressed = excluded.suppressed, kind = excluded.kind,
		reason = excluded.reason, since = excluded.since, until = excluded.until, why = excluded.why,
		seq = CASE WHEN suppressions.suppressed = excluded.suppressed AND suppressions.since = excluded.since
			THEN suppressions.seq ELSE excluded.seq END`
	if _, err := tx.ExecContext(ctx, s.d.q(q), args...); err != nil {
		return fmt.Errorf("updating the suppression list: %w", err)
	}
	return nil
}

func unixOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func timeOrZero(u int64) time.Time {
	if u == 0 {
		return time.Time{}
	}
	return time.Unix(u, 0).UTC()
}

// inList is "(?, ?, …)" for n values.
func inList(n int) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// policyEvents reads what the policy needs of the events of addrs.
func (s *Store) policyEvents(ctx context.Context, q querier, addrs []string) (map[string][]suppress.Event, error) {
	// An event counts against its recipient and, when they differ, its
	// VERP address: the one the list mails.
	const cols = `at, reason, hard, action, status, reply_code, feedback_type, remote_mta`
	in := inList(len(addrs))
	rows, err := q.QueryContext(ctx, s.d.q(`SELECT recipient, `+cols+` FROM events WHERE recipient IN `+in+
		` UNION ALL SELECT verp, `+cols+` FROM events WHERE verp IN `+in+` AND verp <> recipient`),
		append(anys(addrs), anys(addrs)...)...)
	if err != nil {
		return nil, fmt.Errorf("reading events: %w", err)
	}
	defer rows.Close()
	out := make(map[string][]suppress.Event, len(addrs))
	for rows.Next() {
		var (
			a    string
			at   int64
			hard int
			ev   suppress.Event
		)
		if err := rows.Scan(&a, &at, &ev.Reason, &hard, &ev.Action, &ev.Status, &ev.ReplyCode, &ev.FeedbackType, &ev.RemoteMTA); err != nil {
			return nil, fmt.Errorf("reading events: %w", err)
		}
		ev.Time, ev.Hard = time.Unix(at, 0).UTC(), hard != 0
		out[a] = append(out[a], ev)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading events: %w", err)
	}
	return out, nil
}

// overrides reads the operator's decisions on addrs.
func (s *Store) overrides(ctx context.Context, q querier, addrs []string) (map[string][]suppress.Override, error) {
	rows, err := q.QueryContext(ctx, s.d.q(`SELECT address, at, kind, note FROM overrides WHERE address IN `+inList(len(addrs))+` ORDER BY id`), anys(addrs)...)
	if err != nil {
		return nil, fmt.Errorf("reading overrides: %w", err)
	}
	defer rows.Close()
	out := map[string][]suppress.Override{}
	for rows.Next() {
		var (
			a    string
			at   int64
			kind string
			ov   suppress.Override
		)
		if err := rows.Scan(&a, &at, &kind, &ov.Note); err != nil {
			return nil, fmt.Errorf("reading overrides: %w", err)
		}
		ov.Time, ov.Kind = time.Unix(at, 0).UTC(), suppress.OverrideKind(kind)
		out[a] = append(out[a], ov)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading overrides: %w", err)
	}
	return out, nil
}

// Add suppresses the addresses by hand, with note as the reason given.
func (s *Store) Add(ctx context.Context, note string, addrs ...string) error {
	return s.override(ctx, suppress.Add, note, addrs)
}

// Release ends the suppression of the addresses; the events up to now no
// longer count against them.
func (s *Store) Release(ctx context.Context, note string, addrs ...string) error {
	return s.override(ctx, suppress.Release, note, addrs)
}

func (s *Store) override(ctx context.Context, kind suppress.OverrideKind, note string, addrs []string) error {
	if len(addrs) == 0 {
		return nil
	}
	norm := make([]string, len(addrs))
	for i, a := range addrs {
		norm[i] = NormalizeAddress(a)
	}
	err := s.inTx(ctx, nil, func(tx *sql.Tx, seq int64) error {
		now := s.now().Unix()
		for _, a := range norm {
			if _, err := tx.ExecContext(ctx, s.d.q(`INSERT INTO overrides (address, at, kind, note) VALUES (?, ?, ?, ?)`), a, now, string(kind), note); err != nil {
				return fmt.Errorf("recording %s of %s: %w", kind, a, err)
			}
		}
		// A release ends any row, even one the policy would not make now.
		return s.refreshAddresses(ctx, tx, seq, norm, s.now())
	})
	if err != nil {
		return s.errorf(err)
	}
	return nil
}

// Suppression is an address on the suppression list.
type Suppression struct {
	Address string
	Kind    suppress.Kind
	Reason  string    // the reason of the causing event, or the operator's note
	Since   time.Time // when the suppression began
	Until   time.Time // when it ends; zero: never
	Why     string
	// Seq orders the changes to the list: pass the highest one listed to
	// MarkExported.
	Seq int64
}

// ListOptions selects suppressions.
type ListOptions struct {
	// Since keeps the suppressions that began at or after it.
	Since time.Time
	// New keeps the suppressions made since the last export (see
	// MarkExported).
	New bool
	// Brief fills in only Address and Seq: all that a plain list of
	// addresses needs, read several times faster.
	Brief bool
}

// List calls f for each address suppressed now, in address order.
func (s *Store) List(ctx context.Context, opt ListOptions, f func(Suppression) error) error {
	if err := s.list(ctx, opt, f); err != nil {
		return s.errorf(err)
	}
	return nil
}

func (s *Store) list(ctx context.Context, opt ListOptions, f func(Suppression) error) error {
	var exported int64
	if opt.New {
		if err := s.db.QueryRowContext(ctx, `SELECT value FROM counters WHERE name = 'exported'`).Scan(&exported); err != nil {
			return fmt.Errorf("reading the last export: %w", err)
		}
	}
	now := s.now().Unix()
	cols := "address, kind, reason, since, until, why, seq"
	if opt.Brief {
		cols = "address, seq"
	}
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT `+cols+` FROM suppressions
		WHERE suppressed = 1 AND (until = 0 OR until > ?) AND since >= ? AND seq > ? ORDER BY address`),
		now, unixOrZero(opt.Since), exported)
	if err != nil {
		return fmt.Errorf("reading the suppression list: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			sp           Suppression
			kind         string
			since, until int64
		)
		if opt.Brief {
			err = rows.Scan(&sp.Address, &sp.Seq)
		} else {
			err = rows.Scan(&sp.Address, &kind, &sp.Reason, &since, &until, &sp.Why, &sp.Seq)
			sp.Kind, sp.Since, sp.Until = suppress.Kind(kind), time.Unix(since, 0).UTC(), timeOrZero(until)
		}
		if err != nil {
			return fmt.Errorf("reading the suppression list: %w", err)
		}
		if err := f(sp); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading the suppression list: %w", err)
	}
	return nil
}

// MarkExported records that the suppressions up to seq (the highest
// Suppression.Seq of a list) were delivered: a list with New lists only
// later ones. Call it after the list is safely written, so that a failed
// export is repeated rather than lost.
func (s *Store) MarkExported(ctx context.Context, seq int64) error {
	if _, err := s.db.ExecContext(ctx, s.d.q(`UPDATE counters SET value = ? WHERE name = 'exported' AND value < ?`), seq, seq); err != nil {
		return s.errorf(fmt.Errorf("recording the export: %w", err))
	}
	return nil
}
