package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/report"
)

const plainMail = "From: alice@example.org\r\nTo: bounces@example.com\r\nSubject: lunch?\r\nDate: Wed, 1 May 2024 12:00:00 +0000\r\nMessage-ID: <lunch@example.org>\r\n\r\nAre you free at noon?\r\n"

// samples returns n messages: bounces of the sample corpus (every 20th),
// with a plain mail as the third.
func samples(t *testing.T, n int) [][]byte {
	t.Helper()
	names, _ := filepath.Glob("../testdata/sisimai-set/eml/*.eml")
	if len(names) == 0 {
		t.Skip("no sample corpus")
	}
	sort.Strings(names)
	var out [][]byte
	for i := 0; len(out) < n && i < len(names); i += 20 {
		if len(out) == 2 {
			out = append(out, []byte(plainMail))
			continue
		}
		b, err := os.ReadFile(names[i])
		if err != nil {
			t.Fatal(err)
		}
		if recs, _ := bounce.Analyze(bytes.NewReader(b), ""); !anyBounce(recs) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// testLog keeps what a run says.
type testLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *testLog) add(s string)             { l.mu.Lock(); l.lines = append(l.lines, s); l.mu.Unlock() }
func (l *testLog) Warnf(f string, a ...any) { l.add("W " + fmt.Sprintf(f, a...)) }
func (l *testLog) Infof(f string, a ...any) { l.add("I " + fmt.Sprintf(f, a...)) }
func (l *testLog) Begin(int)                {}
func (l *testLog) Step()                    {}
func (l *testLog) End()                     {}
func (l *testLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// memSink keeps the records it is given; fail* make it fail.
type memSink struct {
	written   []classify.Record
	committed []classify.Record // what Commit made durable
	failWrite int               // fail the Nth Write (1-based)
	failCommit,
	aborted bool
	writes int
}

func (s *memSink) Write(recs []classify.Record) error {
	s.writes++
	if s.writes == s.failWrite {
		return errors.New("write failed: disk on fire")
	}
	s.written = append(s.written, recs...)
	return nil
}

func (s *memSink) Commit() error {
	if s.failCommit {
		return errors.New("no space left on device")
	}
	s.committed = append(s.committed, s.written...)
	return nil
}

func (s *memSink) Abort() { s.aborted = true }

// harness is a server with messages and a run's settings.
type harness struct {
	t     *testing.T
	srv   *imaptest.Server
	dir   string
	state string
	log   *testLog
	// wrap, if set, wraps the session a run dials.
	wrap func(Session) Session
}

func newHarness(t *testing.T, msgs [][]byte) *harness {
	srv := imaptest.Start(t, imaptest.Config{})
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	dir := t.TempDir()
	return &harness{t: t, srv: srv, dir: dir, state: filepath.Join(dir, "state.json"), log: &testLog{}}
}

func (h *harness) server() imapfetch.Server {
	host, port, _ := net.SplitHostPort(h.srv.Addr)
	p, _ := strconv.Atoi(port)
	return imapfetch.Server{Host: host, Port: p, TLS: imapfetch.TLSNone}
}

func (h *harness) config(p Policy, sinks ...report.Sink) Config {
	srv := h.server()
	return Config{
		State:      h.state,
		Key:        imapfetch.StateKey(&srv, h.srv.User, "INBOX"),
		MailboxURL: imapfetch.MailboxURL(&srv, h.srv.User, "INBOX"),
		Policy:     p,
		Dial: func(ctx context.Context) (Session, error) {
			s, err := imapfetch.Open(ctx, imapfetch.Options{
				Server: srv, Credentials: imapfetch.Credentials{User: h.srv.User, Password: h.srv.Password},
				BatchSize: 3, Backoff: time.Millisecond, Logf: h.log.Warnf,
			})
			if err != nil {
				return nil, err
			}
			if h.wrap != nil {
				return h.wrap(s), nil
			}
			return s, nil
		},
		Analyzer: bounce.New(),
		Sinks:    func() ([]report.Sink, error) { return sinks, nil },
		Log:      h.log,
	}
}

func (h *harness) run(p Policy, sinks ...report.Sink) (Result, error) {
	return Run(context.Background(), h.config(p, sinks...))
}

func (h *harness) entry() *Entry {
	h.t.Helper()
	st, err := LoadState(h.state)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, e := range st.Mailboxes {
		return e
	}
	return nil
}

// setEntry writes a state for INBOX.
func (h *harness) setEntry(e Entry) {
	h.t.Helper()
	srv := h.server()
	st := &State{Version: stateVersion, Mailboxes: map[string]*Entry{imapfetch.StateKey(&srv, h.srv.User, "INBOX"): &e}}
	if err := st.Save(h.state); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) uids(mailbox string) []imap.UID {
	var out []imap.UID
	for _, m := range h.srv.Messages(h.t, mailbox) {
		out = append(out, m.UID)
	}
	return out
}

// sourcesOf returns the UIDs named by the sources of recs.
func sourcesOf(recs []classify.Record) map[imap.UID]bool {
	out := map[imap.UID]bool{}
	for _, r := range recs {
		i := strings.LastIndex(r.Source, ";UID=")
		n, _ := strconv.Atoi(r.Source[i+5:])
		out[imap.UID(n)] = true
	}
	return out
}

// movedWithRecords fails the test for a message in Done whose record no
// committed sink holds. Done's UIDs are new, so messages are matched by
// body.
func (h *harness) movedWithRecords(inbox map[imap.UID][]byte, committed []classify.Record) int {
	h.t.Helper()
	recorded := sourcesOf(committed)
	n := 0
	for _, m := range h.srv.Messages(h.t, "Done") {
		found := false
		for u, body := range inbox {
			if bytes.Equal(bytes.ReplaceAll(body, []byte("\r"), nil), bytes.ReplaceAll(m.Body, []byte("\r"), nil)) && recorded[u] {
				found = true
			}
		}
		if !found {
			h.t.Errorf("a message was moved to Done without its record in a committed report")
		}
		n++
	}
	return n
}

func bodies(h *harness) map[imap.UID][]byte {
	out := map[imap.UID][]byte{}
	for _, m := range h.srv.Messages(h.t, "INBOX") {
		out[m.UID] = m.Body
	}
	return out
}

func TestRun(t *testing.T) {
	h := newHarness(t, samples(t, 6))
	inbox := bodies(h)
	sink := &memSink{}
	res, err := h.run(Policy{MoveTo: "Done"}, sink)
	if err != nil || res.Failed {
		t.Fatalf("run: %+v, %v\n%s", res, err, h.log)
	}
	if e := h.entry(); e.LastUID != 6 || e.Pending != nil {
		t.Errorf("state %+v", e)
	}
	if res.Moved != 5 || len(h.uids("INBOX")) != 1 {
		t.Errorf("moved %d, INBOX keeps %v", res.Moved, h.uids("INBOX"))
	}
	h.movedWithRecords(inbox, sink.committed)
	if !strings.Contains(h.log.String(), "read 6 messages") {
		t.Errorf("no summary:\n%s", h.log)
	}
}

// A state whose last UID is at or above the mailbox's UIDNEXT claims
// messages the server never had: believed, every message below it would
// never be read.
func TestStateAboveUIDNext(t *testing.T) {
	h := newHarness(t, samples(t, 4))
	h.setEntry(Entry{UIDValidity: h.srv.UIDValidity(t, "INBOX"), LastUID: 1000, Pending: &Pending{Move: map[string]string{"Done": "999"}}})
	sink := &memSink{}
	if _, err := h.run(Policy{}, sink); err != nil {
		t.Fatal(err)
	}
	if got := len(sourcesOf(sink.committed)); got != 3 {
		t.Errorf("%d messages reported, want the 3 bounces (the whole mailbox read again)\n%s", got, h.log)
	}
	if e := h.entry(); e.LastUID != 4 || e.Pending != nil {
		t.Errorf("state %+v, want last UID 4", e)
	}
	if !strings.Contains(h.log.String(), "claims more than the server has") {
		t.Errorf("no warning:\n%s", h.log)
	}
}

// Owed after-actions are carried out only for UIDs the state records as
// handled: the others were never in a committed report.
func TestOwedOnlyForRecorded(t *testing.T) {
	h := newHarness(t, samples(t, 6))
	h.setEntry(Entry{UIDValidity: h.srv.UIDValidity(t, "INBOX"), LastUID: 2,
		Pending: &Pending{Move: map[string]string{"Done": "1:5"}, Seen: "2:4"}})
	sink := &memSink{}
	if _, err := h.run(Policy{}, sink); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(h.uids("INBOX")); got != "[3 4 5 6]" {
		t.Errorf("INBOX keeps %s, want 3:6 (only 1 and 2 are recorded)", got)
	}
	if n := len(h.srv.Messages(t, "Done")); n != 2 {
		t.Errorf("Done has %d messages, want 2", n)
	}
	for _, m := range h.srv.Messages(t, "INBOX") {
		if m.Seen() {
			t.Errorf("UID %d, above the recorded UID, was marked \\Seen", m.UID)
		}
	}
	if !strings.Contains(h.log.String(), "above the last UID recorded (2)") {
		t.Errorf("no warning:\n%s", h.log)
	}
	if e := h.entry(); e.LastUID != 6 || e.Pending != nil {
		t.Errorf("state %+v", e)
	}
}

// The lock is the file's, whatever name reaches it.
func TestLockResolvesNames(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "state.json")
	os.MkdirAll(filepath.Dir(real), 0o700)
	os.WriteFile(real, []byte("{}"), 0o600)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	dirLink := filepath.Join(dir, "dirlink")
	os.Symlink(filepath.Join(dir, "real"), dirLink)
	unlock, err := Lock(real)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(dir)
	for _, name := range []string{link, filepath.Join(dirLink, "state.json"), "real/../real/state.json", "link.json"} {
		if u, err := Lock(name); err == nil {
			u()
			t.Errorf("Lock(%s) taken while %s is locked", name, real)
		}
	}
	// A state not yet written, through a link to a missing file.
	dangling := filepath.Join(dir, "dangling.json")
	os.Symlink(filepath.Join(dir, "real", "new.json"), dangling)
	u1, err := Lock(filepath.Join(dir, "real", "new.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer u1()
	if u, err := Lock(dangling); err == nil {
		u()
		t.Error("Lock through a dangling link taken twice")
	}
}

// Saving keeps a symbolic link a link, and writes to its target.
func TestSaveThroughSymlink(t *testing.T) {
	h := newHarness(t, samples(t, 3))
	real := filepath.Join(h.dir, "real-state.json")
	h.setEntry(Entry{UIDValidity: h.srv.UIDValidity(t, "INBOX"), LastUID: 1})
	os.Rename(h.state, real)
	os.Symlink(real, h.state)
	if _, err := h.run(Policy{}, &memSink{}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(h.state); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the state link was replaced: %v, %v", fi.Mode(), err)
	}
	st, err := LoadState(real)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range st.Mailboxes {
		if e.LastUID != 3 {
			t.Errorf("the link's target records %d, want 3", e.LastUID)
		}
	}
}

// Killed runs' temporary files beside the state and the outputs are
// removed at the start, under the lock.
func TestRemovesStaleTempFiles(t *testing.T) {
	h := newHarness(t, nil)
	out := filepath.Join(h.dir, "out", "report.csv")
	os.MkdirAll(filepath.Dir(out), 0o755)
	stale := []string{filepath.Join(h.dir, ".state.json.12345.tmp"), filepath.Join(h.dir, "out", ".report.csv.999.tmp")}
	keep := filepath.Join(h.dir, "out", ".other.csv.1.tmp")
	for _, p := range append(stale, keep) {
		os.WriteFile(p, []byte("partial"), 0o600)
	}
	cfg := h.config(Policy{}, &memSink{})
	cfg.Outputs = []string{out}
	if _, err := Run(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s left", p)
		}
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("%s, of another file, removed", keep)
	}
	if !strings.Contains(h.log.String(), "left by a run that was killed") {
		t.Errorf("removal not logged:\n%s", h.log)
	}
}

// A message another client moves while the scan fetches it (the server
// answers BODY[] NIL) is skipped as expunged: no error, not recorded as
// read badly.
func TestMovedDuringFetch(t *testing.T) {
	h := newHarness(t, samples(t, 4))
	h.srv.NilBodies(2)
	h.wrap = func(s Session) Session {
		return &hookSession{Session: s, onMessage: func(u imap.UID) {
			if u == 1 { // after the sizes, before UID 2's body
				h.srv.Expunge(t, "INBOX", 2)
			}
		}}
	}
	sink := &memSink{}
	res, err := h.run(Policy{}, sink)
	if err != nil || res.Failed || res.Summary.Errors != 0 {
		t.Fatalf("run: %+v, %v\n%s", res, err, h.log)
	}
	if sourcesOf(sink.committed)[2] {
		t.Error("the moved message gave records")
	}
	if e := h.entry(); e.LastUID != 4 {
		t.Errorf("state %+v", e)
	}
}

// A message that still exists but that the server never returns (BODY[]
// NIL on every run) holds the recorded UID back, and every later message
// is read again each night; after GiveUpRuns runs the scan passes over it
// (an error, left in the mailbox) and the others are recorded and moved.
func TestNeverReturnedGivenUp(t *testing.T) {
	h := newHarness(t, samples(t, 4))
	h.srv.NilBodies(2)
	for run := 1; run <= GiveUpRuns; run++ {
		sink := &memSink{}
		res, err := h.run(Policy{MoveTo: "Done", MoveOthers: "Other"}, sink)
		if err != nil {
			t.Fatalf("run %d: %v\n%s", run, err, h.log)
		}
		e := h.entry()
		if run < GiveUpRuns {
			if !res.Failed || e.LastUID != 1 || e.Unreturned[2] != run {
				t.Fatalf("run %d: failed %v, state %+v", run, res.Failed, e)
			}
			if moved := len(h.srv.Messages(t, "Done")) + len(h.srv.Messages(t, "Other")); moved != 1 {
				t.Fatalf("run %d: %d moved, want only UID 1 (below the stuck one)", run, moved)
			}
			continue
		}
		if e.LastUID != 4 || len(e.Unreturned) != 0 || res.Summary.Errors != 1 {
			t.Fatalf("run %d: state %+v, errors %d\n%s", run, e, res.Summary.Errors, h.log)
		}
		if !strings.Contains(h.log.String(), "has not returned this message in 3 runs") {
			t.Errorf("give-up not logged:\n%s", h.log)
		}
	}
	if inbox := h.uids("INBOX"); len(inbox) != 1 || inbox[0] != 2 {
		t.Errorf("INBOX holds %v, want only the message never read (UID 2)", inbox)
	}
}

// hookSink runs commit on Commit.
type hookSink struct {
	memSink
	commit func()
}

func (s *hookSink) Commit() error { s.commit(); return s.memSink.Commit() }

// hookSession runs hooks around a Session's calls and makes Apply fail
// a number of times.
type hookSession struct {
	Session
	onMessage func(imap.UID)
	failApply int
	applied   int
}

func (s *hookSession) Fetch(ctx context.Context, uids []imap.UID, h imapfetch.Handler) error {
	if s.onMessage == nil {
		return s.Session.Fetch(ctx, uids, h)
	}
	return s.Session.Fetch(ctx, uids, func(m *imapfetch.Message) (func() error, error) {
		s.onMessage(m.UID)
		return h(m)
	})
}

func (s *hookSession) Apply(ctx context.Context, a imapfetch.Actions) error {
	s.applied++
	if s.failApply > 0 {
		s.failApply--
		return errors.New("UID MOVE: NO [SERVERBUG] try later")
	}
	return s.Session.Apply(ctx, a)
}

// The commit protocol's failure paths: whatever fails, no message is
// moved whose record is not in a committed report, and the state does not
// pass a message whose records were not committed.
func TestReportWriteFails(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	good, bad := &memSink{}, &memSink{failWrite: 3}
	_, err := h.run(Policy{MoveTo: "Done"}, good, bad)
	if err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Fatalf("error %v", err)
	}
	if !good.aborted || !bad.aborted || len(good.committed) != 0 {
		t.Errorf("sinks not aborted: %+v %+v", good, bad)
	}
	if n := len(h.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved", n)
	}
	if _, err := os.Stat(h.state); err == nil {
		t.Errorf("state written: %+v", h.entry())
	}
}

func TestReportCommitFails(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	first, full, last := &memSink{}, &memSink{failCommit: true}, &memSink{}
	_, err := h.run(Policy{MoveTo: "Done"}, first, full, last)
	if err == nil || !strings.Contains(err.Error(), "no space left") || !strings.Contains(err.Error(), "read again") {
		t.Fatalf("error %v", err)
	}
	if !last.aborted || len(last.committed) != 0 {
		t.Error("the sink after the failed one was not aborted")
	}
	if n := len(h.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved", n)
	}
	if _, err := os.Stat(h.state); err == nil {
		t.Errorf("state written: %+v", h.entry())
	}
	// The next run reads them all again and moves them.
	inbox := bodies(h)
	again := &memSink{}
	if _, err := h.run(Policy{MoveTo: "Done"}, again); err != nil {
		t.Fatal(err)
	}
	if h.movedWithRecords(inbox, again.committed) != 4 {
		t.Errorf("Done has %v", h.uids("Done"))
	}
}

// A failed commit aborts the daily files: they stay as they were, with no
// temporary file left.
func TestDailyAborted(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join(h.dir, "reports")
	d, err := report.OpenDaily(dir, day)
	if err != nil {
		t.Fatal(err)
	}
	_, err = h.run(Policy{MoveTo: "Done"}, &memSink{failWrite: 2}, d)
	if err == nil {
		t.Fatal("no error")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".lock") { // the day's lock stays
			t.Errorf("the report directory holds %s", e.Name())
		}
	}
	if n := len(h.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved", n)
	}
}

// After-actions that failed are owed, merged with the next run's, and
// carried out then: every message moved has its record.
func TestOwedMergedWithNextRun(t *testing.T) {
	msgs := samples(t, 6)
	h := newHarness(t, msgs[:3])
	hs := &hookSession{failApply: 1}
	h.wrap = func(s Session) Session { hs.Session = s; return hs }
	first := &memSink{}
	res, err := h.run(Policy{MoveTo: "Done"}, first)
	if err != nil || !res.Failed {
		t.Fatalf("first run: %+v, %v", res, err)
	}
	e := h.entry()
	if e.LastUID != 3 || e.Pending == nil || e.Pending.Move["Done"] != "1:2" {
		t.Fatalf("state after a failed move: %+v %+v", e, e.Pending)
	}
	inbox := bodies(h)
	for _, m := range msgs[3:] {
		h.srv.Append(t, "INBOX", m)
	}
	for u, b := range bodies(h) {
		inbox[u] = b
	}
	// The owed move fails again at the start, then goes with this run's.
	hs.failApply, hs.applied = 1, 0
	second := &memSink{}
	res, err = h.run(Policy{MoveTo: "Done"}, second)
	if err != nil || res.Moved != 5 || hs.applied != 2 {
		t.Fatalf("second run: %+v, %v, %d applies\n%s", res, err, hs.applied, h.log)
	}
	if e := h.entry(); e.Pending != nil || e.LastUID != 6 {
		t.Errorf("state %+v", e)
	}
	if n := h.movedWithRecords(inbox, append(first.committed, second.committed...)); n != 5 {
		t.Errorf("Done has %d messages, want 5", n)
	}
}

// A UID the server leaves out of its answer of sizes, though the message
// is there, is neither recorded nor moved; the next run reads it.
func TestSizeMissing(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	inbox := bodies(h)
	h.srv.HideSizes(4)
	sink := &memSink{}
	res, err := h.run(Policy{MoveTo: "Done"}, sink)
	if err != nil || !res.Failed {
		t.Fatalf("run: %+v, %v", res, err)
	}
	if sourcesOf(sink.committed)[4] {
		t.Error("UID 4 reported")
	}
	if e := h.entry(); e.LastUID != 3 {
		t.Errorf("state %+v: passed UID 4", e)
	}
	if got := fmt.Sprint(h.uids("INBOX")); got != "[3 4 5]" {
		t.Errorf("INBOX keeps %s, want 3 (not a bounce), 4 (unread) and 5 (above the recorded UID)", got)
	}
	h.movedWithRecords(inbox, sink.committed)

	h.srv.HideSizes()
	again := &memSink{}
	if _, err := h.run(Policy{MoveTo: "Done"}, again); err != nil {
		t.Fatal(err)
	}
	if got := sourcesOf(again.committed); !got[4] || !got[5] || len(got) != 2 {
		t.Errorf("second run reported %v, want 4 and 5", got)
	}
	h.movedWithRecords(inbox, append(sink.committed, again.committed...))
}

// A run whose sinks committed but whose state was not saved (killed in
// between) reads the same messages again: the daily files hold them once.
func TestRereadAfterStateLost(t *testing.T) {
	h := newHarness(t, samples(t, 5))
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	dir := filepath.Join(h.dir, "reports")
	open := func() *report.Daily {
		d, err := report.OpenDaily(dir, day)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// Killed once the sinks committed: here, the state cannot be written
	// then, as a directory stands where it goes.
	block := &hookSink{commit: func() { os.MkdirAll(h.state, 0o700) }}
	if _, err := h.run(Policy{MoveTo: "Done"}, open(), block); err == nil {
		t.Fatal("state written over a directory")
	}
	if n := len(h.srv.Messages(t, "Done")); n != 0 {
		t.Errorf("%d messages moved with no state", n)
	}
	csv1, _ := os.ReadFile(filepath.Join(dir, "failed-2024-05-01.csv"))
	sum1, _ := os.ReadFile(filepath.Join(dir, "summary-2024-05-01.txt"))
	os.Remove(h.state)
	if _, err := h.run(Policy{MoveTo: "Done"}, open()); err != nil {
		t.Fatal(err)
	}
	csv2, _ := os.ReadFile(filepath.Join(dir, "failed-2024-05-01.csv"))
	sum2, _ := os.ReadFile(filepath.Join(dir, "summary-2024-05-01.txt"))
	if !bytes.Equal(csv1, csv2) || !bytes.Equal(sum1, sum2) || len(csv1) == 0 {
		t.Errorf("the daily files changed on reading the same messages again:\n%s\n---\n%s", csv1, csv2)
	}
	if n := len(h.srv.Messages(t, "Done")); n != 4 {
		t.Errorf("Done has %d messages, want 4", n)
	}
}
