package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/scan"
)

// dovecot is a Dovecot started by scripts/dovecot-test.sh.
type dovecot struct {
	dir, addr, user, password string
}

// startDovecot starts a Dovecot on loopback for the test, or skips the
// test when Dovecot is not installed (fails instead on CI, which must run
// it).
func startDovecot(t *testing.T) *dovecot {
	t.Helper()
	return startDovecotEnv(t, nil)
}

// startDovecotEnv starts a Dovecot with the DOVECOT_TEST_* variables of
// env ("NAME=VALUE") set for scripts/dovecot-test.sh.
func startDovecotEnv(t *testing.T, env []string) *dovecot {
	t.Helper()
	if !haveDovecot() {
		if os.Getenv("CI") == "true" {
			t.Fatal("dovecot is not installed, and CI must run this test: .ci/run installs dovecot-imapd")
		}
		t.Skip("dovecot is not installed: apt-get install dovecot-imapd to run the end-to-end test against a real IMAP server")
	}
	script, err := filepath.Abs("../../scripts/dovecot-test.sh")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := exec.CommandContext(ctx, "bash", script, "start", dir)
	start.Env = append(os.Environ(), env...)
	out, err := start.CombinedOutput()
	if err != nil {
		t.Fatalf("starting dovecot: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if out, err := exec.CommandContext(ctx, "bash", script, "stop", dir).CombinedOutput(); err != nil {
			t.Errorf("stopping dovecot: %v\n%s", err, out)
		}
	})
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(b))
	}
	return &dovecot{dir: dir, addr: "127.0.0.1:" + read("port"), user: "bounces@example.com", password: read("password")}
}

// haveDovecot tells whether Dovecot is installed (in $PATH, or in
// /usr/sbin, which a user's $PATH may leave out).
func haveDovecot() bool {
	if _, err := exec.LookPath("dovecot"); err == nil {
		return true
	}
	fi, err := os.Stat("/usr/sbin/dovecot")
	return err == nil && fi.Mode()&0o111 != 0
}

// client logs in to the Dovecot.
func (d *dovecot) client(t *testing.T) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(d.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login(d.user, d.password).Wait(); err != nil {
		c.Close()
		t.Fatal(err)
	}
	return c
}

// mailbox returns the UIDs, \Seen flags and bodies of a mailbox.
func (d *dovecot) mailbox(t *testing.T, name string) (uids []imap.UID, seen map[imap.UID]bool, bodies map[imap.UID][]byte) {
	t.Helper()
	c := d.client(t)
	defer c.Close()
	sel, err := c.Select(name, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("select %s: %v", name, err)
	}
	seen, bodies = map[imap.UID]bool{}, map[imap.UID][]byte{}
	if sel.NumMessages == 0 {
		return nil, seen, bodies
	}
	msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		uids = append(uids, m.UID)
		for _, f := range m.Flags {
			if f == imap.FlagSeen {
				seen[m.UID] = true
			}
		}
		for _, b := range m.BodySection {
			bodies[m.UID] = b.Bytes
		}
	}
	return uids, seen, bodies
}

func TestScanDovecot(t *testing.T) {
	d := startDovecot(t)
	msgs := scanCorpus(t)

	c := d.client(t)
	for _, m := range msgs {
		cmd := c.Append("INBOX", int64(len(m)), nil)
		cmd.Write(m)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("APPEND: %v", err)
		}
	}
	c.Close()

	// What scan should find: the messages as Dovecot serves them.
	uids, _, bodies := d.mailbox(t, "INBOX")
	if len(uids) != len(msgs) {
		t.Fatalf("INBOX has %d messages, want %d", len(uids), len(msgs))
	}
	srv, _ := imapfetch.ParseServer(d.addr, imapfetch.TLSNone)
	mboxURL := imapfetch.MailboxURL(&srv, d.user, "INBOX")
	var uv uint32
	{
		c := d.client(t)
		sel, err := c.Select("INBOX", nil).Wait()
		if err != nil {
			t.Fatal(err)
		}
		uv = sel.UIDValidity
		c.Close()
	}
	var want []classify.Record
	var bounceUIDs, otherUIDs []imap.UID
	for _, u := range uids {
		recs, err := bounce.Analyze(bytes.NewReader(bodies[u]), imapfetch.MessageURL(mboxURL, uv, u))
		if err != nil {
			t.Fatalf("UID %d: %v", u, err)
		}
		want = append(want, recs...)
		if anyBounce(recs) {
			bounceUIDs = append(bounceUIDs, u)
		} else {
			otherUIDs = append(otherUIDs, u)
		}
	}

	work := t.TempDir()
	state := filepath.Join(work, "state.json")
	reports := filepath.Join(work, "reports")
	args := []string{"scan", "--server", d.addr, "--tls", "none", "--user", d.user,
		"--password-file", filepath.Join(d.dir, "password"), "--state", state,
		"--move-to", "Bounces/Done", "--mark-seen", "--batch", "10",
		"--format", "json", "--report-dir", reports}
	r := runWith(t, "", nil, args...)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	got := checkJSON(t, r.stdout)
	sameRecords(t, got, want)
	prefix := fmt.Sprintf("imap://bounces%%40example.com@%s/INBOX;UIDVALIDITY=%d/;UID=", d.addr, uv)
	for _, rec := range got {
		if !strings.HasPrefix(rec.Source, prefix) {
			t.Fatalf("source %q, want %s…", rec.Source, prefix)
		}
	}

	left, seen, _ := d.mailbox(t, "INBOX")
	if fmt.Sprint(left) != fmt.Sprint(otherUIDs) {
		t.Errorf("INBOX keeps %v, want the non-bounces %v", left, otherUIDs)
	}
	for u := range seen {
		t.Errorf("non-bounce UID %d marked \\Seen", u)
	}
	moved, seen, _ := d.mailbox(t, "Bounces/Done")
	if len(moved) != len(bounceUIDs) || len(seen) != len(moved) {
		t.Errorf("Bounces/Done has %d messages (%d seen), want %d, all seen", len(moved), len(seen), len(bounceUIDs))
	}

	st, err := scan.LoadState(state)
	if err != nil {
		t.Fatal(err)
	}
	e := st.Mailboxes[imapfetch.StateKey(&srv, d.user, "INBOX")]
	if e == nil || e.UIDValidity != uv || e.LastUID != uids[len(uids)-1] || e.Pending != nil {
		t.Errorf("state %+v", st.Mailboxes)
	}
	day := scanNow().Format("2006-01-02")
	if rows := readCSV(t, filepath.Join(reports, "failed-"+day+".csv")); len(rows) < 2 {
		t.Errorf("daily report has %d rows", len(rows))
	}
	if _, err := os.Stat(filepath.Join(reports, "summary-"+day+".txt")); err != nil {
		t.Error(err)
	}

	// A second run finds nothing new.
	r = runWith(t, "", nil, args...)
	if r.code != 0 || r.stdout != "" {
		t.Errorf("second run: exit %d, stdout %q\n%s", r.code, r.stdout, r.stderr)
	}
	if left2, _, _ := d.mailbox(t, "INBOX"); fmt.Sprint(left2) != fmt.Sprint(otherUIDs) {
		t.Errorf("second run changed INBOX: %v", left2)
	}
}

// movingSession moves messages away with another client while the scan
// fetches: when the scan reaches UID at, every UID of away goes.
type movingSession struct {
	scan.Session
	at   imap.UID
	move func()
}

func (s *movingSession) Fetch(ctx context.Context, uids []imap.UID, h imapfetch.Handler) error {
	return s.Session.Fetch(ctx, uids, func(m *imapfetch.Message) (func() error, error) {
		if m.UID == s.at && s.move != nil {
			s.move()
			s.move = nil
		}
		return h(m)
	})
}

// TestScanDovecotFaults runs faults of the fault run against a real
// server: another client moving messages during the fetch, and a state
// that claims more than the server has.
func TestScanDovecotFaults(t *testing.T) {
	d := startDovecot(t)
	msgs := scanCorpus(t)
	c := d.client(t)
	for _, m := range msgs {
		cmd := c.Append("INBOX", int64(len(m)), nil)
		cmd.Write(m)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("APPEND: %v", err)
		}
	}
	c.Close()
	uids, _, _ := d.mailbox(t, "INBOX")
	last := uids[len(uids)-1]
	srv, _ := imapfetch.ParseServer(d.addr, imapfetch.TLSNone)
	work := t.TempDir()
	state := filepath.Join(work, "state.json")

	// Moved during the fetch: those messages are gone, not unreadable.
	var log bytes.Buffer
	slog := newScanLog(&log, false, 10, nil)
	// The moves hit the batches not yet fetched. (Dovecot answers
	// BODY[] NIL only in a narrow window; imapfetch's tests make the
	// in-memory server answer so.)
	away := imap.UIDSetNum(uids[len(uids)/2:]...)
	res, err := scan.Run(context.Background(), scan.Config{
		State:      state,
		Key:        imapfetch.StateKey(&srv, d.user, "INBOX"),
		MailboxURL: imapfetch.MailboxURL(&srv, d.user, "INBOX"),
		Dial: func(ctx context.Context) (scan.Session, error) {
			s, err := imapfetch.Open(ctx, imapfetch.Options{Server: srv,
				Credentials: imapfetch.Credentials{User: d.user, Password: d.password},
				BatchSize:   10, Backoff: time.Millisecond, Logf: slog.Warnf})
			if err != nil {
				return nil, err
			}
			return &movingSession{Session: s, at: uids[2], move: func() {
				c := d.client(t)
				defer c.Close()
				if _, err := c.Select("INBOX", nil).Wait(); err != nil {
					t.Error(err)
					return
				}
				if err := c.Create("Elsewhere", nil).Wait(); err != nil {
					t.Error(err)
				}
				if _, err := c.Move(away, "Elsewhere").Wait(); err != nil {
					t.Error(err)
				}
			}}, nil
		},
		Analyzer: bounce.New(),
		Sinks:    func() ([]report.Sink, error) { return nil, nil },
		Log:      slog,
	})
	if err != nil || res.Failed || res.Summary.Errors != 0 || strings.Contains(log.String(), "not a mail message") {
		t.Errorf("moved during the fetch: %+v, %v\n%s", res, err, log.String())
	}
	if res.Summary.Messages >= len(uids) || res.Summary.Messages < len(uids)/2 {
		t.Errorf("read %d messages of %d, %d moved away", res.Summary.Messages, len(uids), len(uids)-len(uids)/2)
	}
	st, err := scan.LoadState(state)
	if err != nil {
		t.Fatal(err)
	}
	if e := st.Mailboxes[imapfetch.StateKey(&srv, d.user, "INBOX")]; e == nil || e.LastUID != last {
		t.Errorf("state %+v, want last UID %d", e, last)
	}

	// A state that claims more than the server has: read all again.
	st.Mailboxes[imapfetch.StateKey(&srv, d.user, "INBOX")].LastUID = last + 1000
	if err := st.Save(state); err != nil {
		t.Fatal(err)
	}
	left, _, _ := d.mailbox(t, "INBOX")
	r := runWith(t, "", nil, "scan", "--server", d.addr, "--tls", "none", "--user", d.user,
		"--password-file", filepath.Join(d.dir, "password"), "--state", state, "--format", "json")
	if r.code != 0 || !strings.Contains(r.stderr, "claims more than the server has") {
		t.Errorf("exit %d\n%s", r.code, r.stderr)
	}
	got := map[string]bool{}
	for _, rec := range checkJSON(t, r.stdout) {
		got[rec.Source[strings.LastIndex(rec.Source, "=")+1:]] = true
	}
	if len(got) == 0 || len(got) > len(left) {
		t.Errorf("records of %d messages, of the %d left", len(got), len(left))
	}
}

// TestScanDovecotOAuth logs in to a Dovecot whose oauth2 passdb checks
// the token at a validator on loopback, by each mechanism, and checks
// that Dovecot logged the IMAP ID.
func TestScanDovecotOAuth(t *testing.T) {
	const good = "dv-good-token-Pq8"
	var checks []string
	var mu sync.Mutex
	validator := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		tok := r.PostForm.Get("token")
		if tok == "" { // a bearer header instead of a form
			tok = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		}
		mu.Lock()
		checks = append(checks, tok)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if tok == good {
			fmt.Fprint(w, `{"active":true,"username":"bounces@example.com"}`)
			return
		}
		fmt.Fprint(w, `{"active":false}`)
	}))
	defer validator.Close()

	msgs := scanCorpus(t)[:4]
	for _, mech := range []string{"oauthbearer", "xoauth2"} {
		t.Run(mech, func(t *testing.T) {
			d := startDovecotEnv(t, []string{"DOVECOT_TEST_OAUTH2_URL=" + validator.URL + "/introspect", "DOVECOT_TEST_OAUTH2_MECHS=" + mech})
			c := d.client(t)
			for _, m := range msgs {
				cmd := c.Append("INBOX", int64(len(m)), nil)
				cmd.Write(m)
				cmd.Close()
				if _, err := cmd.Wait(); err != nil {
					t.Fatalf("APPEND: %v", err)
				}
			}
			c.Close()
			work := t.TempDir()
			tokFile := filepath.Join(work, "token")
			args := []string{"scan", "--server", d.addr, "--tls", "none", "--user", d.user,
				"--token-command", "cat " + tokFile, "--state", filepath.Join(work, "state.json"), "--format", "json"}

			os.WriteFile(tokFile, []byte("dv-bad-token-Zz1\n"), 0o600)
			r := runWith(t, "", nil, args...)
			if r.code != exitFail || !strings.Contains(r.stderr, strings.ToUpper(mech)) || !strings.Contains(r.stderr, "logging in as bounces@example.com") {
				t.Errorf("bad token: exit %d, stderr:\n%s", r.code, r.stderr)
			}
			t.Logf("bad token: %s", r.stderr)
			if strings.Contains(r.stderr+r.stdout, "dv-bad-token-Zz1") {
				t.Error("the token is printed")
			}

			os.WriteFile(tokFile, []byte(good+"\n"), 0o600)
			r = runWith(t, "", nil, args...)
			if r.code != exitOK {
				t.Fatalf("exit %d\n%s", r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, ": read 4 messages") {
				t.Errorf("stderr:\n%s", r.stderr)
			}
			log, _ := os.ReadFile(filepath.Join(d.dir, "dovecot.log"))
			if !regexp.MustCompile(`ID sent: name=bounce, version=\S+`).Match(log) {
				t.Errorf("Dovecot logged no ID from bounce:\n%s", log)
			}
			mu.Lock()
			defer mu.Unlock()
			if !slices.Contains(checks, good) || !slices.Contains(checks, "dv-bad-token-Zz1") {
				t.Errorf("the validator saw %q", checks)
			}
		})
	}
}

// TestScanDovecotAccounts scans two Dovecot users from one config file,
// the second with a wrong password, then with the right one.
func TestScanDovecotAccounts(t *testing.T) {
	a := startDovecot(t)
	b := startDovecotEnv(t, []string{"DOVECOT_TEST_USER=returns@example.org"})
	b.user = "returns@example.org"
	msgs := scanCorpus(t)
	for i, d := range []*dovecot{a, b} {
		c := d.client(t)
		for _, m := range msgs[i*5 : i*5+5] {
			cmd := c.Append("INBOX", int64(len(m)), nil)
			cmd.Write(m)
			cmd.Close()
			if _, err := cmd.Wait(); err != nil {
				t.Fatalf("APPEND: %v", err)
			}
		}
		c.Close()
	}
	work := t.TempDir()
	bpw := filepath.Join(work, "b.pw")
	os.WriteFile(bpw, []byte("not-it\n"), 0o600)
	conf := filepath.Join(work, "scan.yaml")
	os.WriteFile(conf, []byte(fmt.Sprintf(`
tls: none
format: json
retry-delay: 1ms
state: state.json
accounts:
  - {server: "%s", user: %s, password-file: %s, move-to: Done}
  - {server: "%s", user: %s, password-file: b.pw, move-to: Done}
`, a.addr, a.user, filepath.Join(a.dir, "password"), b.addr, b.user)), 0o600)
	srvA, _ := imapfetch.ParseServer(a.addr, imapfetch.TLSNone)
	srvB, _ := imapfetch.ParseServer(b.addr, imapfetch.TLSNone)
	urlA, urlB := imapfetch.MailboxURL(&srvA, a.user, "INBOX"), imapfetch.MailboxURL(&srvB, b.user, "INBOX")

	r := runWith(t, "", nil, "scan", "--config", conf)
	if r.code != exitFail || !strings.Contains(r.stderr, "1 of 2 mailboxes failed: "+urlB) || !strings.Contains(r.stderr, urlA+": read 5 messages") {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := sources(t, r.stdout, urlA, urlB); got[urlA] == 0 || got[urlB] != 0 {
		t.Errorf("records by mailbox: %v", got)
	}
	if left, _, _ := a.mailbox(t, "INBOX"); len(left) == 5 {
		t.Error("the first mailbox's bounces were not moved")
	}
	if left, _, _ := b.mailbox(t, "INBOX"); len(left) != 5 {
		t.Errorf("the failed mailbox was touched: %d left", len(left))
	}

	os.WriteFile(bpw, []byte(b.password+"\n"), 0o600)
	r = runWith(t, "", nil, "scan", "--config", conf)
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := sources(t, r.stdout, urlA, urlB); got[urlA] != 0 || got[urlB] == 0 {
		t.Errorf("second run's records by mailbox: %v", got)
	}
	st, err := scan.LoadState(filepath.Join(work, "state.json"))
	if err != nil || len(st.Mailboxes) != 2 {
		t.Errorf("state: %v, %v", st, err)
	}
}
