package bounce_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/source"
)

// TestRuleUsage counts the rules that decided real bounces: each rule a
// record names is used, an ESP event file counts as AnalyzeAll reads it
// (its events, not "not a mail message"), and a missing input is an error
// that does not stop the others.
func TestRuleUsage(t *testing.T) {
	rs := rules.Default()
	a := bounce.New(bounce.WithRules(rs))
	msgs := []string{filepath.Join("testdata", "mtas", "james-01.eml"), filepath.Join("testdata", "mtas", "gmail-21.eml")}
	var decided []string
	for _, m := range msgs {
		f, err := os.Open(m)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := a.Analyze(f, m)
		f.Close()
		if err != nil || len(recs) == 0 {
			t.Fatalf("%s: %d records, %v", m, len(recs), err)
		}
		for _, r := range recs {
			decided = append(decided, r.Rule)
		}
	}
	event := filepath.Join("testdata", "esp", "postmark-bounce.json")
	var evRecs []bounce.Record
	err := a.AnalyzeAll(context.Background(), source.Paths([]string{event}, nil), func(res bounce.Result) error {
		evRecs = append(evRecs, res.Records...)
		return res.Err
	})
	if err != nil || len(evRecs) != 1 || evRecs[0].Rule == "" {
		t.Fatalf("%s: %d records, %v", event, len(evRecs), err)
	}
	decided = append(decided, evRecs[0].Rule)
	var errs []string
	missing := filepath.Join(t.TempDir(), "gone.eml")
	inputs := append(msgs, event, missing)
	u, n, err := a.RuleUsage(context.Background(), source.Paths(inputs, nil), func(err error) { errs = append(errs, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("%d messages analyzed, want 3", n)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "gone.eml") {
		t.Errorf("errors %q, want one naming gone.eml", errs)
	}
	unused := map[string]bool{}
	for _, r := range u.Unused(rs) {
		unused[r.ID] = true
	}
	for _, id := range decided {
		if rs.Rule(id) != nil && unused[id] {
			t.Errorf("rule %s decided a record but is listed as unused", id)
		}
		if u.Messages(id) == 0 && rs.Rule(id) != nil {
			t.Errorf("rule %s decided a record but counts no message", id)
		}
	}
	if len(unused) == 0 || len(unused) >= rs.Len() {
		t.Errorf("%d of %d rules unused", len(unused), rs.Len())
	}
}

// TestRuleUsageCancelled stops at once when its context has ended.
func TestRuleUsageCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := bounce.New()
	_, n, err := a.RuleUsage(ctx, source.Paths([]string{filepath.Join("testdata", "mtas")}, nil), func(error) {})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if n != 0 {
		t.Errorf("%d messages analyzed after the context ended", n)
	}
}
