package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/scan"
)

// plainMail is ordinary mail: no records.
const plainMail = "From: alice@example.org\r\nTo: bounces@example.com\r\nSubject: lunch?\r\nDate: Wed, 1 May 2024 12:00:00 +0000\r\nMessage-ID: <lunch@example.org>\r\n\r\nAre you free at noon?\r\n"

// scanCorpus returns a few dozen sample messages: every 15th of the
// Sisimai set, every 6th of the provider samples, and two plain mails.
func scanCorpus(t *testing.T) [][]byte {
	t.Helper()
	dir := corpus(t)
	var names []string
	sis, _ := filepath.Glob(filepath.Join(dir, "eml", "*.eml"))
	sort.Strings(sis)
	for i := 0; i < len(sis); i += 15 {
		names = append(names, sis[i])
	}
	prov, _ := filepath.Glob("../../testdata/providers/*.eml")
	sort.Strings(prov)
	for i := 0; i < len(prov); i += 6 {
		names = append(names, prov[i])
	}
	var msgs [][]byte
	for i, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, stripFromLine(b))
		if i == 3 || i == 20 {
			msgs = append(msgs, []byte(plainMail))
		}
	}
	if len(msgs) < 30 {
		t.Fatalf("only %d sample messages", len(msgs))
	}
	return msgs
}

// stripFromLine drops an mbox "From " line at the top, as delivery to a
// mailbox does.
func stripFromLine(b []byte) []byte {
	if bytes.HasPrefix(b, []byte("From ")) {
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			return b[i+1:]
		}
	}
	return b
}

// scanEnv is a server with messages and the files of a scan.
type scanEnv struct {
	t     *testing.T
	srv   *imaptest.Server
	dir   string
	state string
	vars  map[string]string
}

func newScanEnv(t *testing.T, cfg imaptest.Config, msgs [][]byte) *scanEnv {
	t.Helper()
	srv := imaptest.Start(t, cfg)
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	dir := t.TempDir()
	return &scanEnv{
		t: t, srv: srv, dir: dir,
		state: filepath.Join(dir, "state", "scan-state.json"),
		vars:  map[string]string{"BOUNCE_IMAP_PASSWORD": srv.Password},
	}
}

// args are the flags that reach the test server, then extra.
func (s *scanEnv) args(extra ...string) []string {
	a := []string{"scan", "--server", s.srv.Addr, "--tls", "none", "--user", s.srv.User,
		"--state", s.state, "--retry-delay", "1ms", "--batch", "7", "--format", "json"}
	return append(a, extra...)
}

func (s *scanEnv) run(extra ...string) result {
	s.t.Helper()
	return runWith(s.t, "", s.vars, s.args(extra...)...)
}

// mailboxURL is the URL prefix of the sources.
func (s *scanEnv) mailboxURL() string {
	return "imap://bounces%40example.com@" + s.srv.Addr + "/INBOX"
}

// expected analyzes the messages of INBOX as the server holds them now,
// as scan should, and returns the records, the UIDs of bounces and those
// of the others (no record, or only auto-replies, complaints and delivery
// reports).
func (s *scanEnv) expected(uv uint32, above imap.UID) (recs []classify.Record, bounces, others []imap.UID) {
	s.t.Helper()
	for _, m := range s.srv.Messages(s.t, "INBOX") {
		if m.UID <= above {
			continue
		}
		src := imapfetch.MessageURL(s.mailboxURL(), uv, m.UID)
		r, err := bounce.Analyze(bytes.NewReader(m.Body), src)
		if err != nil {
			s.t.Fatalf("UID %d: %v", m.UID, err)
		}
		recs = append(recs, r...)
		if anyBounce(r) {
			bounces = append(bounces, m.UID)
		} else {
			others = append(others, m.UID)
		}
	}
	return recs, bounces, others
}

func (s *scanEnv) readState() *scan.Entry {
	s.t.Helper()
	st, err := scan.LoadState(s.state)
	if err != nil {
		s.t.Fatal(err)
	}
	if len(st.Mailboxes) != 1 {
		s.t.Fatalf("state holds %d mailboxes", len(st.Mailboxes))
	}
	key := "imap://bounces%40example.com@" + s.srv.Addr + "/INBOX"
	e := st.Mailboxes[key]
	if e == nil {
		s.t.Fatalf("state has no %s: %+v", key, st.Mailboxes)
	}
	return e
}

// anyBounce tells whether any record is a bounce (not an auto-reply, a
// complaint or a delivery report).
func anyBounce(recs []classify.Record) bool {
	for i := range recs {
		if recs[i].IsBounce() {
			return true
		}
	}
	return false
}

func uidsOf(msgs []imaptest.Message) []imap.UID {
	out := []imap.UID{}
	for _, m := range msgs {
		out = append(out, m.UID)
	}
	return out
}

func TestScanIncremental(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	uv := s.srv.UIDValidity(t, "INBOX")
	want, _, _ := s.expected(uv, 0)

	r := s.run()
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	got := checkJSON(t, r.stdout)
	sameRecords(t, got, want)
	if len(got) < len(msgs)/2 {
		t.Errorf("only %d records from %d messages", len(got), len(msgs))
	}
	prefix := s.mailboxURL() + fmt.Sprintf(";UIDVALIDITY=%d/;UID=", uv)
	for _, rec := range got {
		if !strings.HasPrefix(rec.Source, prefix) {
			t.Fatalf("source %q, want %s…", rec.Source, prefix)
		}
	}
	e := s.readState()
	if e.UIDValidity != uv || e.LastUID != imap.UID(len(msgs)) || e.Pending != nil {
		t.Errorf("state %+v, want UIDVALIDITY %d, last UID %d", e, uv, len(msgs))
	}
	if !strings.Contains(r.stderr, fmt.Sprintf("scan: 7 of %d messages", len(msgs))) {
		t.Errorf("no progress line:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, fmt.Sprintf("read %d messages", len(msgs))) {
		t.Errorf("no summary line:\n%s", r.stderr)
	}
	for _, m := range s.srv.Messages(t, "INBOX") {
		if m.Seen() {
			t.Fatalf("UID %d \\Seen without --mark-seen", m.UID)
		}
	}

	// Again: nothing new, nothing reported.
	r = s.run()
	if r.code != 0 || r.stdout != "" {
		t.Errorf("second run: exit %d, stdout %q\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "0 messages to read") {
		t.Errorf("second run stderr:\n%s", r.stderr)
	}

	// Two more: only they are read.
	s.srv.Append(t, "INBOX", msgs[0])
	s.srv.Append(t, "INBOX", msgs[1])
	want, _, _ = s.expected(uv, imap.UID(len(msgs)))
	r = s.run("--quiet")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("third run: exit %d, stderr %q", r.code, r.stderr)
	}
	if got := checkJSON(t, r.stdout); !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("third run: %d records, want %d", len(got), len(want))
	}
	if e := s.readState(); e.LastUID != imap.UID(len(msgs)+2) {
		t.Errorf("state after the third run: %+v", e)
	}
}

func TestScanMove(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	uv := s.srv.UIDValidity(t, "INBOX")
	want, bounces, others := s.expected(uv, 0)
	if len(others) < 2 {
		t.Fatalf("want some non-bounces, have %v", others)
	}
	out := filepath.Join(s.dir, "report.csv")
	r := s.run("--move-to", "Bounces/Done", "--mark-seen", "--format", "csv", "-o", out)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	rows := readCSV(t, out)
	if len(rows) != len(want)+1 {
		t.Errorf("%d CSV rows, want %d", len(rows)-1, len(want))
	}
	inbox := s.srv.Messages(t, "INBOX")
	if got := uidsOf(inbox); fmt.Sprint(got) != fmt.Sprint(others) {
		t.Errorf("INBOX keeps %v, want the non-bounces %v", got, others)
	}
	for _, m := range inbox {
		if m.Seen() {
			t.Errorf("non-bounce UID %d marked \\Seen", m.UID)
		}
	}
	moved := s.srv.Messages(t, "Bounces/Done")
	if len(moved) != len(bounces) {
		t.Errorf("Bounces/Done has %d messages, want %d", len(moved), len(bounces))
	}
	for _, m := range moved {
		if !m.Seen() {
			t.Errorf("moved message not \\Seen")
		}
	}
	if e := s.readState(); e.Pending != nil || e.LastUID != imap.UID(len(msgs)) {
		t.Errorf("state %+v", e)
	}
	if !strings.Contains(r.stderr, fmt.Sprintf("moved %d", len(bounces))) {
		t.Errorf("summary does not say what moved:\n%s", r.stderr)
	}

	// The others move with --move-others; nothing is read twice.
	r = s.run("--move-to", "Bounces/Done", "--move-others", "Other")
	if r.code != 0 || r.stdout != "" {
		t.Errorf("second run: exit %d, stdout %q", r.code, r.stdout)
	}
	if n := len(s.srv.Messages(t, "Other")); n != 0 {
		t.Errorf("Other has %d messages: messages read before were moved", n)
	}
	extra := s.srv.Append(t, "INBOX", []byte(plainMail))
	r = s.run("--move-to", "Bounces/Done", "--move-others", "Other")
	if r.code != 0 {
		t.Fatalf("third run: exit %d\n%s", r.code, r.stderr)
	}
	other := s.srv.Messages(t, "Other")
	if len(other) != 1 {
		t.Errorf("Other has %d messages, want 1 (UID %d)", len(other), extra)
	}
}

func TestScanDelete(t *testing.T) {
	msgs := scanCorpus(t)[:12]
	s := newScanEnv(t, imaptest.Config{}, msgs)
	_, _, others := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	r := s.run("--delete", "--yes-delete")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if got := uidsOf(s.srv.Messages(t, "INBOX")); fmt.Sprint(got) != fmt.Sprint(others) {
		t.Errorf("INBOX keeps %v, want %v", got, others)
	}
}

func TestScanUIDValidityChange(t *testing.T) {
	msgs := scanCorpus(t)[:10]
	s := newScanEnv(t, imaptest.Config{}, msgs)
	if r := s.run("--quiet"); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	old := s.srv.UIDValidity(t, "INBOX")

	// The mailbox is made anew: same messages, new UIDVALIDITY.
	s.srv.Recreate(t, "INBOX")
	for _, m := range msgs[:6] {
		s.srv.Append(t, "INBOX", m)
	}
	uv := s.srv.UIDValidity(t, "INBOX")
	if uv == old {
		t.Fatal("UIDVALIDITY did not change")
	}
	want, _, _ := s.expected(uv, 0)
	r := s.run("--quiet")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, fmt.Sprintf("UIDVALIDITY changed from %d to %d", old, uv)) {
		t.Errorf("no warning:\n%s", r.stderr)
	}
	if got := checkJSON(t, r.stdout); !reflect.DeepEqual(got, want) || len(got) == 0 {
		t.Errorf("%d records after the change, want %d (a full rescan)", len(got), len(want))
	}
	if e := s.readState(); e.UIDValidity != uv || e.LastUID != 6 {
		t.Errorf("state %+v", e)
	}
}

func TestScanReconnect(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	want, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	// Every body fetch dies after a message or two: each connection gets
	// a little further, and the scan still finishes.
	largest := 0
	for _, m := range msgs {
		largest = max(largest, len(m))
	}
	s.srv.DropFetches(1000, int64(largest)+1000)
	before := s.srv.Conns()
	r := s.run("--retries", "2")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if got := checkJSON(t, r.stdout); !reflect.DeepEqual(got, want) {
		t.Errorf("%d records, want %d", len(got), len(want))
	}
	if n := s.srv.Conns() - before; n < 3 {
		t.Errorf("only %d connections: the server did not drop them", n)
	}
	if !strings.Contains(r.stderr, "retrying") {
		t.Errorf("no notice of the reconnects:\n%s", r.stderr)
	}
	if e := s.readState(); e.LastUID != imap.UID(len(msgs)) {
		t.Errorf("state %+v", e)
	}
}

func TestScanConnectionLost(t *testing.T) {
	msgs := scanCorpus(t)[:5]
	s := newScanEnv(t, imaptest.Config{}, msgs)
	s.srv.DropFetches(1000, 10) // no body ever arrives
	out := filepath.Join(s.dir, "out.json")
	r := s.run("--retries", "2", "-o", out, "--move-to", "Done")
	if r.code != 1 || !strings.Contains(r.stderr, "giving up after 2 retries") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if e := s.readState(); e.LastUID != 0 || e.Pending != nil {
		t.Errorf("state moved: %+v", e)
	}
	if n := len(s.srv.Messages(t, "INBOX")); n != 5 {
		t.Errorf("INBOX has %d messages", n)
	}
	if b, err := os.ReadFile(out); err != nil || len(b) != 0 {
		t.Errorf("report %q, %v", b, err)
	}

	// The server is back: everything is read.
	s.srv.DropFetches(0, 0)
	r = s.run("--move-to", "Done")
	if r.code != 0 || len(s.srv.Messages(t, "Done")) == 0 {
		t.Errorf("after the server came back: exit %d\n%s", r.code, r.stderr)
	}
}

// cancelWriter cancels a context at the first write that holds a bounce
// record (not an auto-reply, complaint or delivery report).
type cancelWriter struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	cancel context.CancelFunc
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, line := range strings.Split(string(p), "\n") {
		var r classify.Record
		if json.Unmarshal([]byte(line), &r) == nil && r.IsBounce() {
			w.cancel()
		}
	}
	return w.buf.Write(p)
}

func TestScanInterrupt(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	uv := s.srv.UIDValidity(t, "INBOX")
	want, bounces, _ := s.expected(uv, 0)

	// Ctrl-C as the first records are written.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelWriter{cancel: cancel}
	var errb bytes.Buffer
	e := &env{ctx: ctx, stdin: strings.NewReader(""), stdout: out, stderr: &errb,
		getenv: func(k string) string { return s.vars[k] }}
	code := e.run(s.args("--move-to", "Done"))
	if code != 1 || !strings.Contains(errb.String(), "interrupted") {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	first := checkJSON(t, out.buf.String())
	if len(first) == 0 || len(first) >= len(want) {
		t.Fatalf("%d records before the interrupt, of %d", len(first), len(want))
	}
	st := s.readState()
	if st.LastUID < bounces[0] || st.LastUID >= imap.UID(len(msgs)) {
		t.Errorf("state after the interrupt: %+v", st)
	}
	if st.Pending == nil || st.Pending.Move["Done"] == "" {
		t.Errorf("the move of the recorded bounces is not left to the next run: %+v", st.Pending)
	}
	if n := len(s.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved by an interrupted run", n)
	}

	// The next run does the owed moves, and reads the rest.
	r := s.run("--move-to", "Done")
	if r.code != 0 {
		t.Fatalf("second run: exit %d\n%s", r.code, r.stderr)
	}
	second := checkJSON(t, r.stdout)
	if all := append(first, second...); !reflect.DeepEqual(all, want) {
		t.Errorf("the two runs report %d+%d records, want %d once each", len(first), len(second), len(want))
	}
	if n := len(s.srv.Messages(t, "Done")); n != len(bounces) {
		t.Errorf("Done has %d messages, want %d", n, len(bounces))
	}
	if e := s.readState(); e.Pending != nil || e.LastUID != imap.UID(len(msgs)) {
		t.Errorf("state %+v", e)
	}
}

func TestScanBadMessages(t *testing.T) {
	msgs := scanCorpus(t)[:4]
	big := append(bytes.Repeat([]byte("X-Padding: "+strings.Repeat("x", 60)+"\r\n"), 40), msgs[0]...)
	msgs = append(msgs, big, []byte("\x00\x01\x02 this is not mail \xff\xfe\r\n\r\n"))
	s := newScanEnv(t, imaptest.Config{}, msgs)
	r := s.run("--max-size", "2K", "--move-to", "Done")
	if r.code != 1 {
		t.Errorf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, ";UID=5: message of") || !strings.Contains(r.stderr, "above the size limit") {
		t.Errorf("the large message is not reported:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, ";UID=6: ") {
		t.Errorf("the unreadable message is not reported:\n%s", r.stderr)
	}
	if e := s.readState(); e.LastUID != 6 {
		t.Errorf("state %+v: skipped messages not recorded", e)
	}
	inbox := uidsOf(s.srv.Messages(t, "INBOX"))
	for _, u := range []imap.UID{5, 6} {
		if !imap.UIDSetNum(inbox...).Contains(u) {
			t.Errorf("skipped UID %d was moved (INBOX keeps %v)", u, inbox)
		}
	}
	// Not fetched again.
	r = s.run("--max-size", "2K")
	if r.code != 0 || strings.Contains(r.stderr, "UID=5") {
		t.Errorf("second run: exit %d\n%s", r.code, r.stderr)
	}
}

func TestScanReportDir(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs[:20])
	defer func(f func() time.Time) { scanNow = f }(scanNow)
	scanNow = func() time.Time { return time.Date(2024, 5, 1, 23, 0, 0, 0, time.Local) }
	dir := filepath.Join(s.dir, "reports")
	if r := s.run("--quiet", "--report-dir", dir); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	for _, m := range msgs[20:] {
		s.srv.Append(t, "INBOX", m)
	}
	if r := s.run("--quiet", "--report-dir", dir); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	want, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	var bounces []classify.Record
	hard := 0
	reasons := map[string]int{}
	for _, r := range want {
		if r.IsBounce() {
			bounces = append(bounces, r)
			reasons[string(r.Reason)]++
			if r.Hard {
				hard++
			}
		}
	}
	rows := readCSV(t, filepath.Join(dir, "failed-2024-05-01.csv"))
	if !reflect.DeepEqual(rows[0], classify.Fields) {
		t.Errorf("header %q", rows[0])
	}
	if len(rows)-1 != len(bounces) {
		t.Fatalf("%d rows, want the %d bounces of both runs", len(rows)-1, len(bounces))
	}
	for i, row := range rows[1:] {
		if row[0] != bounces[i].Source || row[1] != bounces[i].Recipient {
			t.Errorf("row %d: %s %s, want %s %s", i+1, row[0], row[1], bounces[i].Source, bounces[i].Recipient)
		}
	}
	sum, err := os.ReadFile(filepath.Join(dir, "summary-2024-05-01.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(sum)
	if !strings.Contains(text, fmt.Sprintf("bounces: %d (%d hard, %d soft)", len(bounces), hard, len(bounces)-hard)) {
		t.Errorf("summary:\n%s", text)
	}
	for reason, n := range reasons {
		if !strings.Contains(text, fmt.Sprintf("  %-40s %6d\n", reason, n)) {
			t.Errorf("summary has no %s %d:\n%s", reason, n, text)
		}
	}
	if !strings.Contains(text, "by recipient domain:") {
		t.Errorf("summary has no domains:\n%s", text)
	}
}

// --report-dir also writes the night's HTML report of what the run
// committed; an incident alert is said on stderr, and with
// --fail-on-alert it is the exit status.
func TestScanNightHTML(t *testing.T) {
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, msgs)
	defer func(f func() time.Time) { scanNow = f }(scanNow)
	scanNow = func() time.Time { return time.Date(2024, 5, 1, 23, 0, 0, 0, time.Local) }
	dir := filepath.Join(s.dir, "reports")
	r := s.run("--quiet", "--report-dir", dir, "--alert-threshold", "1", "--fail-on-alert", "--lang", "zh")
	if r.code != exitIncidentAlert || !strings.Contains(r.stderr, "bounce: alert: ") {
		t.Fatalf("exit %d, want %d with an alert on stderr\n%s", r.code, exitIncidentAlert, r.stderr)
	}
	page, err := os.ReadFile(filepath.Join(dir, "2024-05-01.html"))
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	bounces := 0
	for _, rec := range want {
		if rec.IsBounce() {
			bounces++
		}
	}
	html := string(page)
	if !strings.Contains(html, "<svg") || !strings.Contains(html, fmt.Sprintf(">%d<", bounces)) || !strings.Contains(html, `lang="zh`) {
		t.Errorf("the night's report lacks the chart, the %d bounces or the zh labels", bounces)
	}
	// Nothing new: the page is the run's own (empty) records, no alert.
	if r := s.run("--quiet", "--report-dir", dir, "--alert-threshold", "1", "--fail-on-alert"); r.code != exitOK {
		t.Errorf("second run: exit %d\n%s", r.code, r.stderr)
	}
	// With a store, the page is the history's last 30 days, with the
	// store's suppressions.
	if r := s.run("--quiet", "--all", "--report-dir", dir, "--db", filepath.Join(s.dir, "bounce.db")); r.code != exitOK {
		t.Fatalf("run with a store: exit %d\n%s", r.code, r.stderr)
	}
	page, _ = os.ReadFile(filepath.Join(dir, "2024-05-01.html"))
	if !strings.Contains(string(page), "new suppressions") {
		t.Error("the night's report over the store does not count the suppressions")
	}
}

func TestScanAllAndSince(t *testing.T) {
	msgs := scanCorpus(t)[:8]
	s := newScanEnv(t, imaptest.Config{}, nil)
	for i, m := range msgs {
		s.srv.AppendAt(t, "INBOX", m, time.Date(2024, 1, 1+i, 12, 0, 0, 0, time.UTC))
	}
	if r := s.run("--quiet"); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	want, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	r := s.run("--quiet", "--all")
	if got := checkJSON(t, r.stdout); r.code != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("--all: exit %d, %d records, want %d", r.code, len(got), len(want))
	}
	want6, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 5)
	r = s.run("--quiet", "--since", "2024-01-06")
	if got := checkJSON(t, r.stdout); r.code != 0 || !reflect.DeepEqual(got, want6) {
		t.Errorf("--since: exit %d, %d records, want %d", r.code, len(got), len(want6))
	}
	if e := s.readState(); e.LastUID != 8 {
		t.Errorf("state %+v", e)
	}
}

func TestScanPasswordNeverShown(t *testing.T) {
	const secret = "s3cr3t-Pa55-xyzzy"
	s := newScanEnv(t, imaptest.Config{Password: secret}, scanCorpus(t)[:3])
	s.vars = nil
	out := filepath.Join(s.dir, "out.csv")
	r := s.run("--password", secret, "-o", out, "--report-dir", s.dir)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "warning: a password given with --password") {
		t.Errorf("no warning for --password:\n%s", r.stderr)
	}
	bad := runWith(t, "", nil, s.args("--password", secret+"-wrong")...)
	if bad.code != 1 || !strings.Contains(bad.stderr, "logging in") {
		t.Errorf("wrong password: exit %d\n%s", bad.code, bad.stderr)
	}
	shown := r.stdout + r.stderr + bad.stdout + bad.stderr
	filepath.Walk(s.dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			b, _ := os.ReadFile(p)
			shown += string(b)
		}
		return nil
	})
	if strings.Contains(shown, secret) {
		t.Errorf("the password is shown somewhere")
	}
}

func TestScanPasswordFile(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, scanCorpus(t)[:2])
	pw := filepath.Join(s.dir, "pw")
	os.WriteFile(pw, []byte(s.srv.Password+"\r\nignored\n"), 0o600)
	s.vars = nil
	r := s.run("--password-file", pw, "--quiet")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	os.Chmod(pw, 0o644)
	r = s.run("--password-file", pw, "--quiet")
	if r.code != 0 || !strings.Contains(r.stderr, "readable by others") {
		t.Errorf("group-readable password file: exit %d\n%s", r.code, r.stderr)
	}
}

func TestScanConfigFile(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, scanCorpus(t)[:6])
	os.WriteFile(filepath.Join(s.dir, "pw"), []byte(s.srv.Password+"\n"), 0o600)
	conf := filepath.Join(s.dir, "bounce.yaml")
	os.WriteFile(conf, []byte(fmt.Sprintf(`# nightly
server: %s
tls: none
user: %s
password-file: pw
state: st/state.json
move-to: Done
format: csv
output: out.csv
retry-delay: 1ms
quiet: true
`, s.srv.Addr, s.srv.User)), 0o600)
	r := runWith(t, "", nil, "scan", "--config", conf, "--format", "json")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	b, err := os.ReadFile(filepath.Join(s.dir, "out.csv"))
	if err != nil || !strings.HasPrefix(string(b), "{") {
		t.Errorf("out.csv (the command line's --format json wins): %.80q, %v", b, err)
	}
	if _, err := os.Stat(filepath.Join(s.dir, "st", "state.json")); err != nil {
		t.Errorf("state not beside the config file: %v", err)
	}
	if len(s.srv.Messages(t, "Done")) == 0 {
		t.Error("nothing moved")
	}
}

func TestScanTLS(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{TLS: "implicit"}, scanCorpus(t)[:3])
	_, port, _ := net.SplitHostPort(s.srv.Addr)
	base := []string{"scan", "--server", "127.0.0.1:" + port, "--user", s.srv.User, "--state", s.state,
		"--retry-delay", "1ms", "--format", "json", "--quiet"}
	r := runWith(t, "", s.vars, base...)
	if r.code != 1 || !strings.Contains(r.stderr, "certificate") {
		t.Errorf("untrusted certificate: exit %d\n%s", r.code, r.stderr)
	}
	ca := filepath.Join(s.dir, "ca.pem")
	os.WriteFile(ca, s.srv.CertPEM, 0o644)
	r = runWith(t, "", s.vars, append(base, "--ca-file", ca)...)
	if r.code != 0 || len(checkJSON(t, r.stdout)) == 0 {
		t.Errorf("--ca-file: exit %d\n%s", r.code, r.stderr)
	}
	r = runWith(t, "", s.vars, append(base, "--insecure-skip-verify", "--all")...)
	if r.code != 0 || len(checkJSON(t, r.stdout)) == 0 {
		t.Errorf("--insecure-skip-verify: exit %d\n%s", r.code, r.stderr)
	}
}

func TestScanLocked(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, nil)
	unlock, err := scan.Lock(s.state)
	if err != nil {
		os.MkdirAll(filepath.Dir(s.state), 0o700)
		if unlock, err = scan.Lock(s.state); err != nil {
			t.Fatal(err)
		}
	}
	defer unlock()
	if r := s.run(); r.code != 1 || !strings.Contains(r.stderr, "another scan") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
}

func TestScanUsage(t *testing.T) {
	dir := t.TempDir()
	toml := filepath.Join(dir, "c.toml")
	os.WriteFile(toml, []byte("server = \"x\"\n"), 0o600)
	unknown := filepath.Join(dir, "c.yaml")
	os.WriteFile(unknown, []byte("server: x\nfrobnicate: 1\n"), 0o600)
	pw := map[string]string{"BOUNCE_IMAP_PASSWORD": "p"}
	base := []string{"scan", "--server", "127.0.0.1:1", "--tls", "none", "--user", "u", "--state", filepath.Join(dir, "s.json")}
	tests := []struct {
		name   string
		vars   map[string]string
		args   []string
		stderr string
	}{
		{"no server", pw, []string{"scan", "--user", "u"}, "no --server"},
		{"no user", pw, []string{"scan", "--server", "h"}, "no --user"},
		{"no password", nil, base, "no password"},
		{"argument", pw, append(base, "extra"), "unexpected argument"},
		{"plaintext", pw, []string{"scan", "--server", "imap.example.com", "--tls", "none", "--user", "u"}, "in clear"},
		{"bad tls", pw, append(base, "--tls", "ssl"), "bad --tls"},
		{"delete unconfirmed", pw, append(base, "--delete"), "--yes-delete"},
		{"delete and move", pw, append(base, "--delete", "--yes-delete", "--move-to", "X"), "do not go together"},
		{"move to itself", pw, append(base, "--move-to", "inbox"), "mailbox being read"},
		{"all and since", pw, append(base, "--all", "--since", "2024-01-01"), "do not go together"},
		{"bad since", pw, append(base, "--since", "yesterday"), "bad --since"},
		{"bad format", pw, append(base, "--format", "xml"), "bad --format"},
		{"bad batch", pw, append(base, "--batch", "0"), "bad --batch"},
		{"both passwords", pw, append(base, "--password", "a", "--password-file", "b"), "not both"},
		{"missing password file", pw, append(base, "--password-file", filepath.Join(dir, "nope")), "password-file"},
		{"toml", pw, append(base, "--config", toml), "TOML"},
		{"unknown setting", pw, append(base, "--config", unknown), `c.yaml:2: unknown setting "frobnicate"`},
		{"missing config", pw, append(base, "--config", filepath.Join(dir, "none.yaml")), "reading config"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, "", tt.vars, tt.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.stderr) || !strings.Contains(r.stderr, "usage: bounce scan") {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.stderr)
			}
		})
	}
	r := runCmd(t, "scan", "--help")
	if r.code != 0 || !strings.Contains(r.stdout, "--move-to") {
		t.Errorf("help: %d %q", r.code, r.stdout)
	}
	// --rules adds to the default rules in scan as in analyze, and both
	// say so alike.
	rulesHelp := func(help string) string {
		i := strings.Index(help, "--rules FILE")
		if i < 0 {
			return ""
		}
		line, _, _ := strings.Cut(help[i+len("--rules FILE"):], "\n")
		return strings.TrimSpace(line)
	}
	scanRules, analyzeRules := rulesHelp(r.stdout), rulesHelp(runCmd(t, "analyze", "--help").stdout)
	if !strings.Contains(scanRules, "to the defaults") || scanRules != analyzeRules {
		t.Errorf("--rules help: scan %q, analyze %q", scanRules, analyzeRules)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A first run with --since over new mail that is partly older than the
// date: the new old messages are read too, the state moves past all of
// them, and the next run reports nothing twice.
func TestScanSinceReadsNewMail(t *testing.T) {
	msgs := scanCorpus(t)[:10]
	s := newScanEnv(t, imaptest.Config{}, nil)
	for i, m := range msgs {
		year := 2020
		if i >= 4 {
			year = 2024
		}
		s.srv.AppendAt(t, "INBOX", m, time.Date(year, 1, 1, 12, 0, 0, 0, time.UTC))
	}
	want, _, _ := s.expected(s.srv.UIDValidity(t, "INBOX"), 0)
	r := s.run("--quiet", "--since", "2023-01-01")
	if got := checkJSON(t, r.stdout); r.code != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("--since on new mail: exit %d, %d records, want all %d", r.code, len(got), len(want))
	}
	if e := s.readState(); e.LastUID != 10 {
		t.Errorf("state %+v, want last UID 10", e)
	}
	if r := s.run("--quiet"); r.code != 0 || len(checkJSON(t, r.stdout)) != 0 {
		t.Errorf("second run: exit %d, records again:\n%s", r.code, r.stdout)
	}
}

// A bounce that hits a parser limit is reported as far as it was read,
// but it is not fully recorded: it stays in the mailbox.
func TestScanLimitLeavesMessage(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, [][]byte{dsnWithRecipients(5)})
	r := s.run("--max-recipients", "2", "--move-to", "Done")
	if r.code != 0 || len(checkJSON(t, r.stdout)) != 2 {
		t.Fatalf("exit %d, records:\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "warning: more than 2 recipients") {
		t.Errorf("no warning of the limit:\n%s", r.stderr)
	}
	if n := len(s.srv.Messages(t, "INBOX")); n != 1 {
		t.Errorf("INBOX has %d messages: a message read in part was moved", n)
	}
	if e := s.readState(); e.LastUID != 1 {
		t.Errorf("state %+v: the message should be recorded as handled", e)
	}
}

// An -o that cannot be written names the file given, not the hidden
// temporary file beside it; nothing is recorded.
func TestScanOutputUnwritable(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, scanCorpus(t)[:3])
	out := filepath.Join(s.dir, "no-such-dir", "out.json")
	r := s.run("-o", out, "--move-to", "Done")
	if r.code != 1 || !strings.Contains(r.stderr, "-o "+out+": ") || strings.Contains(r.stderr, ".out.json.") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(s.state); err == nil {
		t.Errorf("state written: %+v", s.readState())
	}
	if n := len(s.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved", n)
	}
}

// Two scans of one state under two names (a symbolic link) do not run at
// once, and the state stays a link.
func TestScanStateThroughLink(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, scanCorpus(t)[:3])
	real := filepath.Join(s.dir, "real.json")
	os.WriteFile(real, []byte(`{"version":1,"mailboxes":{}}`), 0o600)
	os.MkdirAll(filepath.Dir(s.state), 0o700)
	if err := os.Symlink(real, s.state); err != nil {
		t.Fatal(err)
	}
	unlock, err := scan.Lock(real)
	if err != nil {
		t.Fatal(err)
	}
	if r := s.run("--quiet"); r.code != 1 || !strings.Contains(r.stderr, "another scan") {
		t.Errorf("second scan through the link: exit %d\n%s", r.code, r.stderr)
	}
	unlock()
	if r := s.run("--quiet"); r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if fi, err := os.Lstat(s.state); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the state link was replaced by a file")
	}
	if st, err := scan.LoadState(real); err != nil || len(st.Mailboxes) != 1 {
		t.Errorf("the link's target was not written: %+v, %v", st, err)
	}
}
