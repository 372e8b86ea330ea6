package scan

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// A run over the sinks Sinks opens: the shared report, the day's files
// and an extra sink of the mailbox each hold the records, and the
// messages are moved after.
func TestSinksOpen(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	out := filepath.Join(h.dir, "out.jsonl")
	shared, err := report.NewShared("json", nil, out, "-o "+out)
	if err != nil {
		t.Fatal(err)
	}
	mem := &memSink{}
	var opened string
	dir := filepath.Join(h.dir, "reports")
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	ks := &Sinks{Report: shared, DailyDir: dir, Day: day, Extra: []func(string) (report.Sink, error){
		func(mailbox string) (report.Sink, error) { opened = mailbox; return mem, nil },
	}}
	cfg := h.config(Policy{MoveTo: "Done"})
	cfg.Sinks = func() ([]report.Sink, error) { return ks.Open(cfg.MailboxURL) }
	res, err := Run(context.Background(), cfg)
	if err != nil || res.Failed {
		t.Fatalf("run: %+v, %v\n%s", res, err, h.log)
	}
	if err := shared.Close(); err != nil {
		t.Fatal(err)
	}
	if opened != cfg.MailboxURL || len(mem.committed) == 0 {
		t.Fatalf("extra sink opened for %q, %d records committed", opened, len(mem.committed))
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(data), "\n"); n != len(mem.committed) {
		t.Errorf("-o holds %d records, the extra sink %d", n, len(mem.committed))
	}
	if _, err := os.Stat(filepath.Join(dir, "failed-2024-05-01.csv")); err != nil {
		t.Errorf("no daily file: %v", err)
	}
	if res.Moved == 0 {
		t.Error("nothing moved")
	}
}

// When a sink cannot be opened, those opened are aborted: no report, no
// daily file, no message moved.
func TestSinksOpenFails(t *testing.T) {
	h := newHarness(t, samples(t, 4))
	out := filepath.Join(h.dir, "out.jsonl")
	shared, err := report.NewShared("json", nil, out, "-o "+out)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(h.dir, "reports")
	ks := &Sinks{Report: shared, DailyDir: dir, Day: time.Now(), Extra: []func(string) (report.Sink, error){
		func(string) (report.Sink, error) { return nil, errors.New("store gone") },
	}}
	cfg := h.config(Policy{MoveTo: "Done"})
	cfg.Sinks = func() ([]report.Sink, error) { return ks.Open(cfg.MailboxURL) }
	if _, err := Run(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), "store gone") {
		t.Fatalf("run: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("-o written: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".lock") {
			t.Errorf("the report directory holds %s", e.Name())
		}
	}
	if n := len(h.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved", n)
	}
	if _, err := (&Sinks{}).Open("x"); err == nil {
		t.Error("Sinks without a report opened")
	}
}

func TestErrors(t *testing.T) {
	outs := []Outcome{
		{MailboxURL: "imap://a@h/INBOX", Err: errors.New("login refused")},
		{MailboxURL: "imap://b@h/INBOX"},
		{MailboxURL: "imap://c@h/INBOX", Err: errors.New("imap://c@h/INBOX: gone")},
	}
	if got := strings.Join(Errors(outs, true), "|"); got != "imap://a@h/INBOX: login refused|imap://c@h/INBOX: gone" {
		t.Errorf("named: %q", got)
	}
	if got := strings.Join(Errors(outs, false), "|"); got != "login refused|imap://c@h/INBOX: gone" {
		t.Errorf("unnamed: %q", got)
	}
}
