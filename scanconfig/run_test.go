package scanconfig

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/report"
)

// warnLog is a scan.Logger that keeps the warnings.
type warnLog struct {
	nopLog
	mu    sync.Mutex
	warns []string
}

func (l *warnLog) Warnf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.warns = append(l.warns, fmt.Sprintf(format, args...))
}

// countSink counts the records committed to it.
type countSink struct {
	pending, committed *int
}

func (s countSink) Write(recs []classify.Record) error { *s.pending += len(recs); return nil }
func (s countSink) Commit() error                      { *s.committed += *s.pending; *s.pending = 0; return nil }
func (s countSink) Abort()                             { *s.pending = 0 }

// Two mailboxes of one run, one of which does not exist: the other's
// records reach the -o file and the extra sink, and the missing one is
// said, named, and told in its Outcome.
func TestRunScan(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	paths, _ := filepath.Glob("../testdata/mtas/postfix-*.eml")
	if len(paths) < 2 {
		t.Fatalf("testdata: %v", paths)
	}
	want := 0
	for _, p := range paths {
		msg, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srv.Append(t, "INBOX", msg)
		recs, err := bounce.Analyze(bytes.NewReader(msg), p)
		if err != nil {
			t.Fatal(err)
		}
		want += len(recs)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	var warns []string
	env := testEnv(map[string]string{"BOUNCE_IMAP_PASSWORD": srv.Password}, &warns)
	var accts []*Settings
	for i, mailbox := range []string{"INBOX", "NoSuch"} {
		a, _, err := load(t, env, "--server", srv.Addr, "--user", srv.User, "--tls", "none", "--retries", "0",
			"--state", filepath.Join(dir, fmt.Sprintf("state%d.json", i)), "--mailbox", mailbox, "--format", "json", "-o", out)
		if err != nil {
			t.Fatal(err)
		}
		accts = append(accts, a...)
	}
	var pending, committed int
	var stdout bytes.Buffer
	log := &warnLog{}
	run := &Run{
		Analyzer: bounce.New(), Stdout: &stdout, Log: log, Day: time.Now(), Now: time.Now, Listed: true,
		Extra: []func(string) (report.Sink, error){func(string) (report.Sink, error) { return countSink{&pending, &committed}, nil }},
	}
	outs, err := run.Scan(context.Background(), accts)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 2 || !outs[0].OK() || outs[1].Err == nil {
		t.Fatalf("outcomes %+v", outs)
	}
	if len(log.warns) != 1 || !strings.HasPrefix(log.warns[0], accts[1].MailboxURL()) {
		t.Errorf("warnings %q", log.warns)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n != want || want == 0 || committed != want {
		t.Errorf("%d records in -o, %d committed to the extra sink; want %d", n, committed, want)
	}
	if stdout.Len() != 0 {
		t.Errorf("the report went to stdout too: %q", stdout.String())
	}
}

// A run of no mailbox is an error, not a panic, and writes no report.
func TestRunScanNoMailbox(t *testing.T) {
	var out bytes.Buffer
	outs, err := (&Run{Stdout: &out, Log: &warnLog{}}).Scan(context.Background(), nil)
	if err == nil || outs != nil || out.Len() != 0 {
		t.Errorf("no mailbox: %v, %v, %q", outs, err, out.String())
	}
}
