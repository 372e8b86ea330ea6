package store

import (
	"context"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
)

// Messages hands the events recorded since since to f as records, those
// of one message (one source) together, in the order of Events.
func (s *Store) Messages(ctx context.Context, since time.Time, f func([]classify.Record) error) error {
	var msg []classify.Record
	err := s.Events(ctx, since, func(ev Event) error {
		if len(msg) > 0 && msg[0].Source != ev.Source {
			if err := f(msg); err != nil {
				return err
			}
			msg = nil
		}
		msg = append(msg, ev.Record())
		return nil
	})
	if err != nil || len(msg) == 0 {
		return err
	}
	return f(msg)
}

// SuppressedSince counts the addresses whose suppression began on or
// after since.
func (s *Store) SuppressedSince(ctx context.Context, since time.Time) (int, error) {
	n := 0
	err := s.List(ctx, ListOptions{Since: since, Brief: true}, func(Suppression) error { n++; return nil })
	return n, err
}
