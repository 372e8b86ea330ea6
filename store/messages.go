package store

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/suppress"
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

// OpenDefault opens the store a command names: dsn, else $BOUNCE_DB,
// else DefaultPath (variables read with getenv). With policyFile, the
// suppression policy in that YAML file is applied and recorded.
func OpenDefault(ctx context.Context, dsn, policyFile string, getenv func(string) string) (*Store, error) {
	if dsn == "" {
		dsn = getenv("BOUNCE_DB")
	}
	if dsn == "" {
		var err error
		if dsn, err = DefaultPath(getenv); err != nil {
			return nil, err
		}
	}
	var opts []Option
	if policyFile != "" {
		file, err := os.Open(policyFile)
		if err != nil {
			return nil, fmt.Errorf("--policy: %w", err)
		}
		p, err := suppress.Load(file, policyFile)
		file.Close()
		if err != nil {
			return nil, err
		}
		opts = append(opts, WithPolicy(p))
	}
	return Open(ctx, dsn, opts...)
}
