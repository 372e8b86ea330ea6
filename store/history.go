package store

import (
	"context"
	"fmt"

	"github.com/bounce-analyzer/bounce/suppress"
)

// History is everything the store knows of one address.
type History struct {
	Address   string
	Events    []Event // oldest first
	Overrides []suppress.Override
	Verdict   suppress.Verdict // the policy's, now
}

// History reads the events and overrides of addr and evaluates the
// policy on them now. The events are those whose recipient is addr and
// those whose VERP address is (a bounce of the mail forwarded from it).
func (s *Store) History(ctx context.Context, addr string) (History, error) {
	h := History{Address: NormalizeAddress(addr)}
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT `+eventColumns+` FROM events WHERE recipient = ? OR verp = ? ORDER BY at, id`), h.Address, h.Address)
	if err != nil {
		return h, s.errorf(fmt.Errorf("reading events: %w", err))
	}
	defer rows.Close()
	var pes []suppress.Event
	for rows.Next() {
		ev, err := scanEvent(rows)
		if err != nil {
			return h, s.errorf(fmt.Errorf("reading events: %w", err))
		}
		h.Events = append(h.Events, ev)
		pes = append(pes, ev.policyEvent())
	}
	if err := rows.Err(); err != nil {
		return h, s.errorf(fmt.Errorf("reading events: %w", err))
	}
	ovs, err := s.overrides(ctx, s.db, []string{h.Address})
	if err != nil {
		return h, s.errorf(err)
	}
	h.Overrides = ovs[h.Address]
	h.Verdict = s.policy.Evaluate(pes, h.Overrides, s.now())
	return h, nil
}
