package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
)

// Messages gives back every stored event once, those of one message
// together; SuppressedSince counts what List lists.
func TestMessagesAndSuppressedSince(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := openStore(t, dsn, WithPolicy(neverExpire()), WithClock((&clock{t: now0}).now))
		ingest(t, s, "testdata", msgs)
		var events, groups int
		seen := map[string]bool{}
		err := s.Messages(ctx, time.Time{}, func(recs []classify.Record) error {
			groups++
			if seen[recs[0].Source] {
				t.Errorf("%s handed on twice", recs[0].Source)
			}
			seen[recs[0].Source] = true
			for _, r := range recs {
				if r.Source != recs[0].Source {
					t.Errorf("one message mixes %s and %s", recs[0].Source, r.Source)
				}
			}
			events += len(recs)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := count(t, s, "SELECT COUNT(*) FROM events"); events != want || want == 0 {
			t.Errorf("%d records handed on, %d events stored", events, want)
		}
		if want := count(t, s, "SELECT COUNT(DISTINCT source) FROM events"); groups != want {
			t.Errorf("%d messages handed on, %d sources stored", groups, want)
		}
		stop := errors.New("stop")
		if err := s.Messages(ctx, time.Time{}, func([]classify.Record) error { return stop }); err != stop {
			t.Errorf("the callback's error: %v", err)
		}
		n, err := s.SuppressedSince(ctx, time.Time{})
		if err != nil || n != len(listed(t, s, ListOptions{})) || n == 0 {
			t.Errorf("SuppressedSince = %d, %v", n, err)
		}
	})
}
