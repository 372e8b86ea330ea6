package store

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
)

// forwarded is the records of a real bounce of list mail that was
// forwarded: the report names the address the mail was forwarded to,
// the VERP return address the one subscribed.
func forwarded(t *testing.T) []classify.Record {
	t.Helper()
	const f = "../testdata/campaign/mailman3-exim-forwarded.eml"
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := bounce.New().AnalyzeBytes(b, f)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Recipient != "bob.smith@new-host.example.net" || recs[0].VERP != "bob@old.example.com" || !recs[0].Hard {
		t.Fatalf("%s gives %+v: the test needs one hard bounce whose verp differs", f, recs)
	}
	return recs
}

// The list mails the VERP address: a bounce counts against it as well as
// against the address the report names, once, and the statistics still
// count one event.
func TestVERPAddressIsSuppressed(t *testing.T) {
	recs := forwarded(t)
	const rcpt, verp = "bob.smith@new-host.example.net", "bob@old.example.com"
	forEachBackend(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		ingest(t, s, "INBOX", [][]classify.Record{recs})
		l := listed(t, s, ListOptions{})
		if len(l) != 2 || l[rcpt].Reason != "userunknown" || l[verp].Reason != "userunknown" {
			t.Fatalf("suppressed: %+v", l)
		}
		for _, a := range []string{rcpt, verp, "Bob@OLD.example.com"} {
			h, err := s.History(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			want := a != "Bob@OLD.example.com" // the local part keeps its case
			if (len(h.Events) == 1) != want || h.Verdict.Suppressed != want {
				t.Errorf("history of %s: %d events, suppressed %v", a, len(h.Events), h.Verdict.Suppressed)
			}
			if a == verp {
				// It says whom the report named.
				var txt, js bytes.Buffer
				if err := WriteHistory(&txt, &h); err != nil {
					t.Fatal(err)
				}
				if err := WriteHistoryJSON(&js, &h); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(txt.String(), "(for "+rcpt+")") || !strings.Contains(js.String(), `"recipient": "`+rcpt+`"`) {
					t.Errorf("history of %s:\n%s\n%s", a, txt.String(), js.String())
				}
			}
		}
		for _, by := range []Grouping{ByDomain, ByReason, ByDay} {
			rows, err := s.Stats(ctx, StatsOptions{By: by})
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 1 || rows[0].Events != 1 || rows[0].Hard != 1 {
				t.Errorf("stats by %s: %+v", by, rows)
			}
		}

		// The same bounce again changes nothing.
		seq := l[verp].Seq
		ingest(t, s, "INBOX-again", [][]classify.Record{recs})
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != 1 {
			t.Errorf("%d events after reading the bounce again", n)
		}
		if l := listed(t, s, ListOptions{}); len(l) != 2 || l[verp].Seq != seq {
			t.Errorf("after reading the bounce again: %+v (seq was %d)", l, seq)
		}

		// Releasing the subscribed address leaves the forward's.
		if err := s.Release(ctx, "resubscribed", verp); err != nil {
			t.Fatal(err)
		}
		if l := listed(t, s, ListOptions{}); len(l) != 1 || l[rcpt].Address != rcpt {
			t.Errorf("after releasing %s: %+v", verp, l)
		}
	})
}

// Soft bounces reported for the forward and for the subscribed address
// itself add up on the subscribed address.
func TestVERPSoftBouncesAddUp(t *testing.T) {
	const verp = "carol@example.org"
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		var msgs [][]classify.Record
		for d := range 6 {
			at := now0.Add(-time.Duration(d) * 24 * time.Hour)
			r := rec(verp, "mailboxfull", "4.2.2", false, at)
			if d%2 == 1 {
				r.Recipient = "carol@forward.example.net"
			}
			r.VERP = verp
			msgs = append(msgs, []classify.Record{r})
		}
		ingest(t, s, "INBOX", msgs)
		l := listed(t, s, ListOptions{})
		if _, ok := l[verp]; !ok || len(l) != 1 {
			t.Errorf("six days of mailboxfull, three through a forward: suppressed %+v", l)
		}
	})
}

// A record whose report names no address but whose return address does
// counts against that one.
func TestVERPWithoutRecipient(t *testing.T) {
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openStore(t, dsn, WithPolicy(neverExpire()))
		r := rec("", "userunknown", "5.1.1", true, now0)
		r.VERP = "dan@Example.ORG"
		ingest(t, s, "INBOX", [][]classify.Record{{r}})
		if l := listed(t, s, ListOptions{}); len(l) != 1 || l["dan@example.org"].Reason != "userunknown" {
			t.Errorf("suppressed: %+v", l)
		}
	})
}

// A store whose events were stored before they counted against their
// VERP address gets those addresses evaluated on the first Open, once.
func TestMigrationCountsStoredVERP(t *testing.T) {
	recs := forwarded(t)
	forEachBackend(t, func(t *testing.T, dsn string) {
		s := openAtVersion(t, dsn, 2)
		ev := EventFromRecord(&recs[0], "INBOX", now0)
		if _, err := s.db.Exec(s.d.q(`INSERT INTO events (`+eventColumns+`) VALUES `+inList(numEventColumns)), ev.values(now0.Unix())...); err != nil {
			t.Fatal(err)
		}
		s.Close()

		s = openStore(t, dsn, WithPolicy(neverExpire()))
		if l := listed(t, s, ListOptions{}); len(l) != 2 || l["bob@old.example.com"].Reason != "userunknown" {
			t.Errorf("suppressed after the upgrade: %+v", l)
		}
		var done string
		if err := s.db.QueryRow(`SELECT value FROM settings WHERE name = 'verp-counted'`).Scan(&done); err != nil || done == "" {
			t.Errorf("verp-counted = %q, %v", done, err)
		}
		s.Close()
		// The next Open does not evaluate them again.
		s = openStore(t, dsn, WithPolicy(neverExpire()))
		if n := count(t, s, "SELECT value FROM counters WHERE name = 'change'"); n != 2 {
			t.Errorf("change counter %d after two opens, want 2 (policy, VERP addresses)", n)
		}
	})
}
