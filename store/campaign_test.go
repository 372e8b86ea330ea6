package store

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/suppress"
)

// The fields that tie a bounce to its campaign go into the store and
// come back, in the history and in the statistics.
func TestCampaignRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		a := rec("alice@example.com", "userunknown", "5.1.1", true, now0)
		a.ListID, a.Campaign, a.Subscriber, a.VERP = "news.example.org", "spring-24", "sub-17", "alice@example.com"
		b := rec("bob@example.net", "mailboxfull", "4.2.2", false, now0)
		b.Campaign = "spring-24"
		c := rec("carol@example.net", "mailboxfull", "4.2.2", false, now0)
		ingest(t, s, "INBOX", [][]classify.Record{{a}, {b}, {c}})

		h, err := s.History(ctx, "alice@example.com")
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Events) != 1 {
			t.Fatalf("%d events", len(h.Events))
		}
		got := h.Events[0].Record()
		if got.ListID != a.ListID || got.Campaign != a.Campaign || got.Subscriber != a.Subscriber || got.VERP != a.VERP {
			t.Errorf("read back %+v", got)
		}
		var txt, js bytes.Buffer
		if err := WriteHistory(&txt, &h); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(txt.String(), "CAMPAIGN") || !strings.Contains(txt.String(), "spring-24") {
			t.Errorf("history:\n%s", txt.String())
		}
		if err := WriteHistoryJSON(&js, &h); err != nil {
			t.Fatal(err)
		}
		var out struct {
			Events []map[string]any `json:"events"`
		}
		if err := json.Unmarshal(js.Bytes(), &out); err != nil || len(out.Events) != 1 ||
			out.Events[0]["campaign"] != "spring-24" || out.Events[0]["verp"] != "alice@example.com" ||
			out.Events[0]["list_id"] != "news.example.org" || out.Events[0]["subscriber"] != "sub-17" {
			t.Errorf("history JSON %s: %v", js.String(), err)
		}

		rows, err := s.Stats(ctx, StatsOptions{By: ByCampaign})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[0].Key != "(none)" || rows[0].Events != 1 || rows[1].Key != "spring-24" || rows[1].Events != 2 || rows[1].Hard != 1 {
			t.Errorf("stats by campaign: %+v", rows)
		}
		rows, err = s.Stats(ctx, StatsOptions{By: ByList})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[1].Key != "news.example.org" || rows[1].Events != 1 {
			t.Errorf("stats by list: %+v", rows)
		}
	})
}

// A store made before the campaign columns is migrated: its events keep
// everything and read back with the new fields empty.
func TestMigrationAddsCampaignColumns(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openAtVersion(t, dsn, 1)
		old := "key, at, recipient, domain, reason, hard, action, status, reply_code, feedback_type, vendor, " +
			"remote_mta, reporting_mta, source, message_id, mailbox, diagnostic, stored_at"
		if _, err := s.db.Exec(s.d.q(`INSERT INTO events (`+old+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			"k1", now0.Unix(), "old@example.com", "example.com", "userunknown", 1, "failed", "5.1.1", "550",
			"", "", "mx.example.com", "", "old.eml", "m1@example.org", "INBOX", "550 5.1.1 no such user", now0.Unix()); err != nil {
			t.Fatal(err)
		}
		s.Close()

		s = openStore(t, dsn, WithPolicy(neverExpire()))
		if n := count(t, s, "SELECT MAX(version) FROM schema_version"); n != len(migrations) {
			t.Fatalf("schema version %d, want %d", n, len(migrations))
		}
		h, err := s.History(context.Background(), "old@example.com")
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Events) != 1 || h.Events[0].Diagnostic != "550 5.1.1 no such user" || h.Events[0].Campaign != "" || h.Events[0].VERP != "" {
			t.Fatalf("old event after the migration: %+v", h.Events)
		}
		a := rec("new@example.com", "userunknown", "5.1.1", true, now0)
		a.Campaign = "c1"
		ingest(t, s, "INBOX", [][]classify.Record{{a}})
		if n := count(t, s, "SELECT COUNT(*) FROM events WHERE campaign = 'c1'"); n != 1 {
			t.Errorf("%d events of campaign c1 after the migration", n)
		}
	})
}

// openAtVersion makes the store of an older program: the schema of the
// first version migrations, and nothing of what a newer Open does after
// migrating. The caller closes it.
func openAtVersion(t *testing.T, dsn string, version int) *Store {
	t.Helper()
	s := &Store{policy: suppress.Default(), now: time.Now, sqliteDriver: sqliteDialect.driver}
	if err := s.connect(dsn); err != nil {
		t.Fatal(err)
	}
	all := migrations
	migrations = all[:version]
	err := s.migrate(context.Background())
	migrations = all
	if err != nil {
		s.db.Close()
		t.Fatal(err)
	}
	return s
}

// Events stored before the campaign fields (by an older program, or with
// them off) get them when the same bounce is read again: a rescan after
// an upgrade ties them, and their VERP address then counts. Fields an
// event has are kept, and a run that stages the same event twice is one
// event.
func TestRescanFillsCampaignFields(t *testing.T) {
	recs := forwarded(t)
	const rcpt, verp = "bob.smith@new-host.example.net", "bob@old.example.com"
	forEachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		bare := recs[0]
		bare.ListID, bare.Campaign, bare.Subscriber, bare.VERP = "", "", "", ""
		ingest(t, s, "INBOX", [][]classify.Record{{bare}})
		if l := listed(t, s, ListOptions{}); len(l) != 1 {
			t.Fatalf("before the rescan: %+v", l)
		}

		ingest(t, s, "INBOX", [][]classify.Record{recs, recs})
		h, err := s.History(ctx, verp)
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Events) != 1 || h.Events[0].VERP != verp || h.Events[0].ListID != recs[0].ListID || !h.Verdict.Suppressed {
			t.Fatalf("history of %s after the rescan: %+v", verp, h)
		}
		if l := listed(t, s, ListOptions{}); len(l) != 2 || l[verp].Reason != "userunknown" {
			t.Errorf("suppressed after the rescan: %+v", l)
		}

		other := recs[0]
		other.ListID, other.Campaign, other.VERP = "other.example.org", "other", "someone@example.org"
		ingest(t, s, "INBOX", [][]classify.Record{{other}})
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != 1 {
			t.Errorf("%d events", n)
		}
		h, err = s.History(ctx, rcpt)
		if err != nil {
			t.Fatal(err)
		}
		if len(h.Events) != 1 || h.Events[0].VERP != verp || h.Events[0].ListID != recs[0].ListID {
			t.Errorf("a third read changed the event: %+v", h.Events)
		}
	})
}
