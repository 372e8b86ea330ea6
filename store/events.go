package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/record"
)

// Events calls f with each event of the bounces dated at or after since,
// those of one source (one message) together and in source order, so a
// report can count messages. It streams: nothing is held but the row at
// hand. An error from f ends the reading and is returned.
func (s *Store) Events(ctx context.Context, since time.Time, f func(Event) error) error {
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT `+eventColumns+` FROM events WHERE at >= ? ORDER BY source, at, id`), since.Unix())
	if err != nil {
		return s.errorf(fmt.Errorf("reading events: %w", err))
	}
	defer rows.Close()
	for rows.Next() {
		ev, err := scanEvent(rows)
		if err != nil {
			return s.errorf(fmt.Errorf("reading events: %w", err))
		}
		if err := f(ev); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return s.errorf(fmt.Errorf("reading events: %w", err))
	}
	return nil
}

// scanEvent reads a row of eventColumns.
func scanEvent(rows *sql.Rows) (Event, error) {
	var (
		ev           Event
		at, storedAt int64
		hard         int
	)
	err := rows.Scan(&ev.Key, &at, &ev.Recipient, &ev.Domain, &ev.Reason, &hard, &ev.Action,
		&ev.Status, &ev.ReplyCode, &ev.FeedbackType, &ev.Vendor, &ev.RemoteMTA, &ev.ReportingMTA,
		&ev.Source, &ev.MessageID, &ev.Mailbox, &ev.Diagnostic, &storedAt,
		&ev.ListID, &ev.Campaign, &ev.Subscriber, &ev.VERP)
	ev.Time, ev.Hard = time.Unix(at, 0).UTC(), hard != 0
	return ev, err
}

// Record turns an event back into the record it was made of, as far as
// the store keeps it (the rule and the original's subject and sender are
// not kept).
func (ev *Event) Record() classify.Record {
	return classify.Record{
		Source: ev.Source, Recipient: ev.Recipient, Action: record.Action(ev.Action),
		Status: ev.Status, ReplyCode: ev.ReplyCode, Reason: record.Reason(ev.Reason), Hard: ev.Hard,
		Diagnostic: ev.Diagnostic, ReportingMTA: ev.ReportingMTA, RemoteMTA: ev.RemoteMTA,
		Date: ev.Time.Format(time.RFC3339), OriginalMessageID: ev.MessageID,
		FeedbackType: ev.FeedbackType, Vendor: ev.Vendor,
		ListID: ev.ListID, Campaign: ev.Campaign, Subscriber: ev.Subscriber, VERP: ev.VERP,
	}
}
