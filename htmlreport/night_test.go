package htmlreport_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/htmlreport"
)

// The night report holds what the mailboxes committed, not what they
// aborted; with a history, the history's records.
func TestNight(t *testing.T) {
	msgs := messages(t, "../testdata/providers/*.eml")
	dir := t.TempDir()
	day := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	n, err := htmlreport.NewNight(dir, day, "zh", 1)
	if err != nil {
		t.Fatal(err)
	}
	committed, _ := n.Sink("imap://a@h/INBOX")
	for _, m := range msgs[:len(msgs)/2] {
		committed.Write(m)
	}
	if err := committed.Commit(); err != nil {
		t.Fatal(err)
	}
	aborted, _ := n.Sink("imap://b@h/INBOX")
	for _, m := range msgs[len(msgs)/2:] {
		aborted.Write(m)
	}
	aborted.Abort()
	alerts, err := n.Write(context.Background(), nil, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	want := htmlreport.NewCollector(htmlreport.Options{Threshold: 1})
	for _, m := range msgs[:len(msgs)/2] {
		want.Add(m)
	}
	if len(alerts) != len(want.Data().Incidents) || len(alerts) == 0 {
		t.Errorf("%d alerts, %d incidents in the committed records", len(alerts), len(want.Data().Incidents))
	}
	html, err := os.ReadFile(filepath.Join(dir, "2026-12-03.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(html), "bounce scan 2026-12-03") || !strings.Contains(string(html), `lang="zh`) {
		t.Errorf("title or language missing")
	}
	// The aborted mailbox's messages are left out: the report counts the
	// committed half only.
	if n := len(msgs) / 2; !strings.Contains(string(html), fmt.Sprintf("<li><b>%d</b><span>已读邮件</span>", n)) {
		t.Errorf("the report does not count %d messages read (the committed mailbox's)", n)
	}

	// From a history: its records, since 30 days before the day.
	h := &history{msgs: msgs}
	if _, err := n.Write(context.Background(), h, nil); err != nil {
		t.Fatal(err)
	}
	if !h.since.Equal(day.AddDate(0, 0, -30)) {
		t.Errorf("history read since %v", h.since)
	}
	if err := n.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
}

// A night when no mailbox could be read still gets its report, in a
// report directory nothing has made yet.
func TestNightMakesItsDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reports", "new")
	n, err := htmlreport.NewNight(dir, time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), "en", 1)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if _, err := n.Write(context.Background(), nil, func(err error) { t.Error(err) }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "2026-12-03.html")); err != nil {
		t.Error(err)
	}
}

// The spool leaves nothing in the temporary directory, even before
// Close (a killed scan), and a mailbox that aborts between two that
// commit leaves out its records only.
func TestNightSpool(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	msgs := messages(t, "../testdata/providers/*.eml")
	dir := t.TempDir()
	n, err := htmlreport.NewNight(dir, time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), "en", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("the spool is named in the temporary directory: %v", left)
	}
	third := len(msgs) / 3
	mailbox := func(part [][]classify.Record, commit bool) {
		s, err := n.Sink("imap://a@h/INBOX")
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range part {
			if err := s.Write(m); err != nil {
				t.Fatal(err)
			}
		}
		if !commit {
			s.Abort()
			return
		}
		if err := s.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	mailbox(msgs[:third], true)
	mailbox(msgs[third:2*third], false)
	mailbox(msgs[2*third:], true)
	if _, err := n.Write(context.Background(), nil, func(err error) { t.Error(err) }); err != nil {
		t.Fatal(err)
	}
	html, err := os.ReadFile(filepath.Join(dir, "2026-12-03.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := third + len(msgs) - 2*third
	if !strings.Contains(string(html), fmt.Sprintf("<li><b>%d</b><span>messages read</span>", want)) {
		t.Errorf("the report does not count %d messages read (the committed mailboxes')", want)
	}
	if _, err := n.Sink("imap://d@h/INBOX"); err != nil {
		t.Fatal(err)
	}
	if _, err := n.Sink("imap://e@h/INBOX"); err == nil {
		t.Error("a second sink opened while one is open")
	}
}
