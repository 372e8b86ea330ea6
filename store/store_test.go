package store

import (
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/suppress"
)

// corpusRecords analyzes the project's sample bounces (testdata/providers
// and testdata/mtas) and returns the records of each message.
func corpusRecords(t testing.TB) [][]classify.Record {
	t.Helper()
	an := bounce.New()
	var out [][]classify.Record
	for _, dir := range []string{"../testdata/providers", "../testdata/mtas"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no samples in %s: %v", dir, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := an.AnalyzeBytes(b, f)
			if err != nil {
				continue // not every sample is a bounce; the analyzer's tests say which
			}
			out = append(out, recs)
		}
	}
	return out
}

// ingest writes msgs through one Sink and commits it.
func ingest(t testing.TB, s *Store, mailbox string, msgs [][]classify.Record) {
	t.Helper()
	k := s.Sink(context.Background(), RunInfo{Mailbox: mailbox})
	for _, recs := range msgs {
		if err := k.Write(recs); err != nil {
			t.Fatal(err)
		}
	}
	if err := k.Commit(); err != nil {
		t.Fatal(err)
	}
}

func count(t testing.TB, s *Store, query string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(query).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// listed lists the suppressions; with opt.New, it marks them exported.
func listed(t testing.TB, s *Store, opt ListOptions) map[string]Suppression {
	t.Helper()
	out := map[string]Suppression{}
	var seq int64
	if err := s.List(context.Background(), opt, func(sp Suppression) error {
		out[sp.Address] = sp
		seq = max(seq, sp.Seq)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if opt.New && seq > 0 {
		if err := s.MarkExported(context.Background(), seq); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// expectedList evaluates the policy on msgs without the store: the
// addresses it suppresses at now.
func expectedList(p suppress.Policy, msgs [][]classify.Record, now time.Time) map[string]bool {
	byAddr := map[string][]suppress.Event{}
	seen := map[string]bool{}
	for _, recs := range msgs {
		for i := range recs {
			ev := EventFromRecord(&recs[i], "", now)
			if seen[ev.Key] {
				continue
			}
			seen[ev.Key] = true
			byAddr[ev.Recipient] = append(byAddr[ev.Recipient], ev.policyEvent())
			if ev.VERP != "" && ev.VERP != ev.Recipient {
				byAddr[ev.VERP] = append(byAddr[ev.VERP], ev.policyEvent())
			}
		}
	}
	out := map[string]bool{}
	for a, evs := range byAddr {
		if p.Evaluate(evs, nil, now).Suppressed {
			out[a] = true
		}
	}
	return out
}

func distinctKeys(msgs [][]classify.Record) int {
	keys := map[string]bool{}
	for _, recs := range msgs {
		for i := range recs {
			keys[EventKey(&recs[i])] = true
		}
	}
	return len(keys)
}

// neverExpire is the default policy without expiry, so that the samples'
// old dates still count.
func neverExpire() suppress.Policy {
	p := suppress.Default()
	p.HardExpiryDays, p.SoftExpiryDays = 0, 0
	return p
}

var now0 = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func TestIngestSamples(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		clk := &clock{t: now0}
		s := openStore(t, dsn, WithPolicy(neverExpire()), WithClock(clk.now))
		ingest(t, s, "testdata", msgs)
		want := distinctKeys(msgs)
		if got := count(t, s, "SELECT COUNT(*) FROM events"); got != want || want < 250 {
			t.Fatalf("%d events stored, want %d (one per distinct bounce)", got, want)
		}
		got := listed(t, s, ListOptions{})
		exp := expectedList(neverExpire(), msgs, now0)
		if len(got) != len(exp) || len(exp) < 50 {
			t.Errorf("%d suppressed, the policy on the samples gives %d", len(got), len(exp))
		}
		for a := range exp {
			if _, ok := got[a]; !ok {
				t.Errorf("%s should be suppressed", a)
			}
		}
		// Gmail's "unusual rate" deferral (a delay, about the sender) must
		// not count against the address.
		if _, ok := got["kevin.wu@gmail.com"]; ok {
			t.Errorf("kevin.wu@gmail.com suppressed for a delayed reputation notice")
		}
		hardSeen := false
		for _, sp := range got {
			if sp.Kind == suppress.ByHard && sp.Reason == "userunknown" {
				hardSeen = true
				if !strings.HasPrefix(sp.Why, "suppressed: hard bounce userunknown on ") {
					t.Errorf("why: %q", sp.Why)
				}
			}
			if sp.Kind == suppress.BySoft || sp.Reason == "blocked" || sp.Reason == "ratelimited" {
				t.Errorf("%s suppressed for %s %s: %s", sp.Address, sp.Kind, sp.Reason, sp.Why)
			}
		}
		if !hardSeen {
			t.Error("no userunknown suppression among the samples")
		}

		// The same messages again (a rescan) add nothing and list nothing
		// new after an export.
		listed(t, s, ListOptions{New: true})
		ingest(t, s, "testdata-again", msgs)
		if got := count(t, s, "SELECT COUNT(*) FROM events"); got != want {
			t.Fatalf("a rescan changed the events: %d, want %d", got, want)
		}
		if n := len(listed(t, s, ListOptions{New: true})); n != 0 {
			t.Errorf("a rescan made %d suppressions new", n)
		}
	})
}

// rec is a record of a bounce for addr on the given day.
func rec(addr, reason, status string, hard bool, at time.Time) classify.Record {
	return classify.Record{
		Source: "test.eml", Recipient: addr, Action: "failed", Status: status, Reason: record.Reason(reason),
		Hard: hard, Date: at.Format(time.RFC3339), RemoteMTA: "mx.example.com",
		OriginalMessageID: "<" + at.Format("20060102") + "." + reason + "@sender.example>",
		Diagnostic:        status + " " + reason,
	}
}

func TestOverridesAndExport(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		clk := &clock{t: now0}
		s := openStore(t, dsn, WithClock(clk.now))
		day := func(d int) time.Time { return now0.Add(time.Duration(d) * 24 * time.Hour) }
		ingest(t, s, "INBOX", [][]classify.Record{{
			rec("Gone@Example.COM", "userunknown", "5.1.1", true, day(0)),
			rec("full@example.com", "mailboxfull", "4.2.2", false, day(0)),
		}})
		if err := s.Add(ctx, "asked by phone", "hand@example.com"); err != nil {
			t.Fatal(err)
		}
		got := listed(t, s, ListOptions{New: true})
		if len(got) != 2 || got["Gone@example.com"].Kind != suppress.ByHard || got["hand@example.com"].Kind != suppress.ByHand ||
			got["hand@example.com"].Reason != "asked by phone" {
			t.Fatalf("list: %+v", got)
		}
		if n := len(listed(t, s, ListOptions{New: true})); n != 0 {
			t.Fatalf("second export lists %d, want none", n)
		}

		// Release: off the list, and history says so.
		clk.set(day(1))
		if err := s.Release(ctx, "", "Gone@EXAMPLE.com", "hand@example.com"); err != nil {
			t.Fatal(err)
		}
		if n := len(listed(t, s, ListOptions{})); n != 0 {
			t.Fatalf("released addresses still listed: %d", n)
		}
		h, err := s.History(ctx, "Gone@example.com")
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Events) != 1 || h.Verdict.Suppressed || !strings.Contains(h.Verdict.Why, "released by hand on 2026-12-02") {
			t.Fatalf("history after release: %d events, %s", len(h.Events), h.Verdict.Why)
		}

		// The release is remembered: four soft days after it do not
		// suppress, although with the one before they would be five.
		for d := 2; d <= 5; d++ {
			clk.set(day(d))
			ingest(t, s, "INBOX", [][]classify.Record{{rec("Gone@example.com", "mailboxfull", "4.2.2", false, day(d))}})
		}
		if h, _ := s.History(ctx, "Gone@example.com"); h.Verdict.Suppressed || !strings.Contains(h.Verdict.Why, "soft score 4 of 5") {
			t.Fatalf("soft count after release: %s", h.Verdict.Why)
		}
		// A new hard bounce suppresses again, and is new for the export.
		clk.set(day(6))
		ingest(t, s, "INBOX", [][]classify.Record{{rec("Gone@example.com", "userunknown", "5.1.1", true, day(6))}})
		got = listed(t, s, ListOptions{New: true})
		if len(got) != 1 || !strings.Contains(got["Gone@example.com"].Why, "on 2026-12-07 from mx.example.com") {
			t.Fatalf("new export after a fresh hard bounce: %+v", got)
		}
		// --since keeps the suppressions that began since then.
		if n := len(listed(t, s, ListOptions{Since: day(7)})); n != 0 {
			t.Errorf("--since after the suppression lists %d", n)
		}
		if n := len(listed(t, s, ListOptions{Since: day(6)})); n != 1 {
			t.Errorf("--since the day of the suppression lists %d", n)
		}
		// Expiry: a year and a day later the hard suppression is over.
		clk.set(day(6 + 366))
		if n := len(listed(t, s, ListOptions{})); n != 0 {
			t.Errorf("expired suppression still listed")
		}
	})
}

func TestAbortLeavesNothing(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn)
		k := s.Sink(context.Background(), RunInfo{Mailbox: "INBOX"})
		for _, recs := range msgs {
			if err := k.Write(recs); err != nil {
				t.Fatal(err)
			}
		}
		k.Abort()
		if n := count(t, s, "SELECT COUNT(*) FROM events") + count(t, s, "SELECT COUNT(*) FROM suppressions"); n != 0 {
			t.Fatalf("aborted run left %d rows", n)
		}
		if err := k.Write(msgs[0]); err == nil {
			t.Error("Write after Abort did not fail")
		}
		// A run cancelled before Commit fails with the store named and
		// leaves nothing either.
		ctx, cancel := context.WithCancel(context.Background())
		k = s.Sink(ctx, RunInfo{Mailbox: "INBOX"})
		for _, recs := range msgs {
			if err := k.Write(recs); err != nil {
				t.Fatal(err)
			}
		}
		cancel()
		err := k.Commit()
		if err == nil || !strings.Contains(err.Error(), "store "+s.Name()) || !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled commit: %v", err)
		}
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != 0 {
			t.Fatalf("failed commit left %d events", n)
		}
		// And the next run completes it.
		ingest(t, s, "INBOX", msgs)
		if got, want := count(t, s, "SELECT COUNT(*) FROM events"), distinctKeys(msgs); got != want {
			t.Fatalf("%d events after the rerun, want %d", got, want)
		}
	})
}

func TestTwoWritersAtOnce(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		// Two stores (as two processes would open them) each ingest two
		// thirds of the samples, overlapping in the middle third, in runs
		// of ten messages, at the same time.
		a, b := openStore(t, dsn, WithPolicy(neverExpire())), openStore(t, dsn, WithPolicy(neverExpire()))
		third := len(msgs) / 3
		parts := [][][]classify.Record{msgs[:2*third], msgs[third:]}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				part := parts[i]
				for len(part) > 0 {
					n := min(10, len(part))
					k := s.Sink(context.Background(), RunInfo{Mailbox: "writer"})
					for _, recs := range part[:n] {
						if err := k.Write(recs); err != nil {
							errs[i] = err
							return
						}
					}
					if err := k.Commit(); err != nil {
						errs[i] = err
						return
					}
					part = part[n:]
				}
			}()
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		want := distinctKeys(msgs)
		if got := count(t, a, "SELECT COUNT(*) FROM events"); got != want {
			t.Errorf("%d events, want %d", got, want)
		}
		if got := count(t, a, "SELECT COUNT(DISTINCT key) FROM events"); got != want {
			t.Errorf("%d distinct keys, want %d", got, want)
		}
		got := listed(t, a, ListOptions{})
		exp := expectedList(neverExpire(), msgs, time.Now())
		if len(got) != len(exp) {
			t.Errorf("%d suppressed after concurrent runs, want %d", len(got), len(exp))
		}
		for addr := range exp {
			if _, ok := got[addr]; !ok {
				t.Errorf("%s lost", addr)
			}
		}
	})
}

func TestStats(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn)
		ingest(t, s, "testdata", msgs)
		total := distinctKeys(msgs)
		byReason, err := s.Stats(context.Background(), StatsOptions{By: ByReason})
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, r := range byReason {
			sum += r.Events
			if r.Events != r.Hard+r.Soft+r.Complaints+r.Sender+r.Message+r.Ignored {
				t.Errorf("%s: classes do not add up: %+v", r.Key, r)
			}
			switch r.Key {
			case "blocked", "ratelimited", "authfailure":
				if r.Sender != r.Events-r.Ignored || r.Sender == 0 {
					t.Errorf("%s should be sender-side: %+v", r.Key, r)
				}
			case "userunknown":
				if r.Hard == 0 {
					t.Errorf("no hard userunknown: %+v", r)
				}
			}
		}
		if sum != total {
			t.Errorf("stats count %d events, want %d", sum, total)
		}
		byDomain, err := s.Stats(context.Background(), StatsOptions{By: ByProvider, Provider: func(d string) string {
			if d == "qq.com" || d == "vip.qq.com" || d == "foxmail.com" {
				return "QQ"
			}
			return d
		}})
		if err != nil {
			t.Fatal(err)
		}
		var qq int
		keys := make([]string, len(byDomain))
		for i, r := range byDomain {
			keys[i] = r.Key
			if r.Key == "QQ" {
				qq = r.Events
			}
		}
		if qq == 0 || !sort.StringsAreSorted(keys) {
			t.Errorf("provider grouping: QQ %d, keys %v", qq, keys)
		}
		since := now0.AddDate(10, 0, 0)
		if rows, err := s.Stats(context.Background(), StatsOptions{Since: since}); err != nil || len(rows) != 0 {
			t.Errorf("stats since the future: %v %v", rows, err)
		}
		if _, err := s.Stats(context.Background(), StatsOptions{By: "colour"}); err == nil {
			t.Error("unknown grouping accepted")
		}
	})
}

func TestReopenKeepsSchema(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn)
		ingest(t, s, "INBOX", [][]classify.Record{{rec("a@example.com", "userunknown", "5.1.1", true, now0)}})
		s.Close()
		s = openStore(t, dsn)
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != 1 {
			t.Fatalf("%d events after reopening", n)
		}
		if _, err := s.db.Exec("INSERT INTO schema_version (version, applied) VALUES (99, 0)"); err != nil {
			t.Fatal(err)
		}
		s.Close()
		_, err := Open(context.Background(), dsn)
		if err == nil || !strings.Contains(err.Error(), "schema version 99 is newer") || !strings.Contains(err.Error(), "store ") {
			t.Fatalf("newer schema: %v", err)
		}
	})
}

func TestCorruptSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bounce.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("this is not a database\n", 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), "store "+path+":") || !strings.Contains(err.Error(), "not a database") {
		t.Fatalf("corrupt file: %v", err)
	}
	b, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(b), "this is not a database") {
		t.Error("the corrupt file was changed")
	}
}

func TestWrongPostgresDSN(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://bounce:s3cret@127.0.0.1:1/bounce?connect_timeout=5")
	if err == nil || !strings.Contains(err.Error(), "store postgres://bounce:xxxxx@127.0.0.1:1/bounce") || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("wrong DSN: %v", err)
	}
	admin := postgresAdmin(t)
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword("postgres", "wrong")
	_, err = Open(ctx, u.String())
	if err == nil || !strings.Contains(err.Error(), "store postgres://postgres:xxxxx@") {
		t.Fatalf("wrong password: %v", err)
	}
}

func TestPolicyChangeReevaluates(t *testing.T) {
	msgs := corpusRecords(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		clk := &clock{t: now0}
		s := openStore(t, dsn, WithClock(clk.now))
		ingest(t, s, "testdata", msgs)
		// The samples are years old: under the default expiry nothing
		// is suppressed now.
		if n := len(listed(t, s, ListOptions{})); n != 0 {
			t.Fatalf("%d suppressed under the default policy", n)
		}
		s.Close()
		s = openStore(t, dsn, WithClock(clk.now), WithPolicy(neverExpire()))
		if got, want := len(listed(t, s, ListOptions{})), len(expectedList(neverExpire(), msgs, now0)); got != want || want == 0 {
			t.Fatalf("%d suppressed without expiry, want %d", got, want)
		}
		s.Close()
		strict := neverExpire()
		strict.Classes["userunknown"] = suppress.Sender // nonsense, but a change
		strict.Classes["hostunknown"] = suppress.Sender
		s = openStore(t, dsn, WithClock(clk.now), WithPolicy(strict))
		for a, sp := range listed(t, s, ListOptions{}) {
			if sp.Reason == "userunknown" || sp.Reason == "hostunknown" {
				t.Errorf("%s still suppressed for %s after the policy stopped counting it", a, sp.Reason)
			}
		}
		if got, want := len(listed(t, s, ListOptions{})), len(expectedList(strict, msgs, now0)); got != want {
			t.Errorf("%d suppressed under the changed policy, want %d", got, want)
		}
		s.Close()
		// Opened without a policy, the store keeps the one recorded.
		s = openStore(t, dsn, WithClock(clk.now))
		if s.Policy().Classes["userunknown"] != suppress.Sender {
			t.Errorf("the recorded policy was not taken: userunknown is %q", s.Policy().Classes["userunknown"])
		}
		if got, want := len(listed(t, s, ListOptions{})), len(expectedList(strict, msgs, now0)); got != want {
			t.Errorf("%d suppressed after reopening without a policy, want %d", got, want)
		}
	})
}

func TestRecordWithoutAddressCountsNothing(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn)
		r := rec("", "userunknown", "5.1.1", true, time.Now().Add(-time.Hour))
		r2 := rec("postmaster", "userunknown", "5.1.1", true, time.Now().Add(-time.Hour))
		ingest(t, s, "INBOX", [][]classify.Record{{r, r2}})
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != 2 {
			t.Errorf("%d events, want the 2 kept as history", n)
		}
		if n := len(listed(t, s, ListOptions{})); n != 0 {
			t.Errorf("%d suppressions for records without an address", n)
		}
	})
}

func TestUnknownDSN(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, dsn := range []string{"mysql://u:secret@host/db", "postgress://u:secret@host/db"} {
		_, err := Open(context.Background(), dsn)
		if err == nil || !strings.Contains(err.Error(), "unknown kind of database") || strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: %v", dsn, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an unknown DSN left files: %v", entries)
	}
}

// Events reads back what was stored, grouped by source, from a date on,
// and Record gives back the fields a report needs.
func TestEventsReadBack(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		day := func(d int) time.Time { return time.Date(2026, 11, d, 8, 0, 0, 0, time.UTC) }
		a, b, c := rec("a@example.com", "userunknown", "5.1.1", true, day(1)), rec("b@example.com", "mailboxfull", "4.2.2", false, day(3)), rec("c@example.com", "blocked", "5.7.1", false, day(3))
		b.Source, c.Source = "night.mbox#2", "night.mbox#2"
		ingest(t, s, "inbox", [][]classify.Record{{a}, {b, c}})
		var got []classify.Record
		err := s.Events(context.Background(), day(2), func(ev Event) error {
			got = append(got, ev.Record())
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Source != "night.mbox#2" || got[1].Source != got[0].Source {
			t.Fatalf("events since the 2nd: %+v", got)
		}
		for i, want := range []classify.Record{b, c} {
			g := got[i]
			if g.Recipient != want.Recipient || g.Reason != want.Reason || g.Hard != want.Hard || g.Status != want.Status || g.Date != want.Date || g.Diagnostic != want.Diagnostic || g.RemoteMTA != want.RemoteMTA {
				t.Errorf("event %d read back as %+v, stored from %+v", i, g, want)
			}
		}
	})
}
