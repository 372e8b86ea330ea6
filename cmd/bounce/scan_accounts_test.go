package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/scan"
)

// sources counts the records of a JSON-lines report by the mailbox URL
// their source starts with.
func sources(t *testing.T, report string, urls ...string) map[string]int {
	t.Helper()
	n := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(report), "\n") {
		if line == "" {
			continue
		}
		var r classify.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad report line %q: %v", line, err)
		}
		for _, u := range urls {
			if strings.HasPrefix(r.Source, u+";") {
				n[u]++
			}
		}
	}
	return n
}

func writeTestFile(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Two mailboxes in one config file, the second with a wrong password:
// the first is scanned and reported, the summary and the exit status say
// the second failed, and each keeps its own state.
func TestScanAccountsOneFails(t *testing.T) {
	msgs := scanCorpus(t)
	a := newScanEnv(t, imaptest.Config{}, msgs[:12])
	b := imaptest.Start(t, imaptest.Config{User: "bounces@example.net", Password: "right-pw"})
	for _, m := range msgs[12:20] {
		b.Append(t, "INBOX", m)
	}
	dir := a.dir
	writeTestFile(t, filepath.Join(dir, "a.pw"), a.srv.Password+"\n")
	bpw := writeTestFile(t, filepath.Join(dir, "b.pw"), "wrong-pw-Qx7\n")
	out := filepath.Join(dir, "out.jsonl")
	conf := writeTestFile(t, filepath.Join(dir, "scan.yaml"), fmt.Sprintf(`
tls: none
format: json
retry-delay: 1ms
state: %s
output: out.jsonl
accounts:
  - server: %s
    user: %s
    password-file: a.pw
  - server: %s
    user: %s
    password-file: b.pw
`, a.state, a.srv.Addr, a.srv.User, b.Addr, b.User))

	urlA := a.mailboxURL()
	urlB := "imap://bounces%40example.net@" + b.Addr + "/INBOX"
	r := runWith(t, "", nil, "scan", "--config", conf)
	if r.code != exitFail {
		t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, exitFail, r.stderr)
	}
	if !strings.Contains(r.stderr, "1 of 2 mailboxes failed: "+urlB) || !strings.Contains(r.stderr, "logging in as bounces@example.net") {
		t.Errorf("stderr does not say that %s failed to log in:\n%s", urlB, r.stderr)
	}
	if !strings.Contains(r.stderr, urlA+": read 12 messages") {
		t.Errorf("no summary line for %s:\n%s", urlA, r.stderr)
	}
	if strings.Contains(r.stderr, "wrong-pw-Qx7") {
		t.Error("the password is printed")
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	wantA, _, _ := a.expected(a.srv.UIDValidity(t, "INBOX"), 0)
	if got := sources(t, string(data), urlA, urlB); got[urlA] != len(wantA) || got[urlB] != 0 || len(wantA) == 0 {
		t.Errorf("records by mailbox = %v, want %d of %s only", got, len(wantA), urlA)
	}
	st, err := scan.LoadState(a.state)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Mailboxes) != 1 {
		t.Errorf("state holds %d mailboxes, want the one scanned: %v", len(st.Mailboxes), st.Mailboxes)
	}

	// The password fixed, the next run reads the second mailbox and
	// nothing new of the first.
	writeTestFile(t, bpw, "right-pw\n")
	r = runWith(t, "", nil, "scan", "--config", conf)
	if r.code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	data, _ = os.ReadFile(out)
	got := sources(t, string(data), urlA, urlB)
	if got[urlA] != 0 || got[urlB] == 0 {
		t.Errorf("second run's records by mailbox = %v, want only %s", got, urlB)
	}
	if st, _ = scan.LoadState(a.state); len(st.Mailboxes) != 2 {
		t.Errorf("state holds %d mailboxes, want 2", len(st.Mailboxes))
	}
}

// Several mailboxes on stdout make one report: one CSV header.
func TestScanAccountsOneCSV(t *testing.T) {
	msgs := scanCorpus(t)
	a := newScanEnv(t, imaptest.Config{}, msgs[:6])
	b := imaptest.Start(t, imaptest.Config{User: "other@example.net", Password: "pw2"})
	for _, m := range msgs[6:12] {
		b.Append(t, "INBOX", m)
	}
	writeTestFile(t, filepath.Join(a.dir, "b.pw"), "pw2\n")
	conf := writeTestFile(t, filepath.Join(a.dir, "scan.yaml"), fmt.Sprintf(`
tls: none
imap-id: false
accounts:
  - {server: %s, user: %s, password: %s, imap-id: true}
  - {server: %s, user: %s, password-file: b.pw}
`, a.srv.Addr, a.srv.User, a.srv.Password, b.Addr, b.User))
	r := runWith(t, "", nil, "scan", "--config", conf, "--state", a.state, "--format", "csv")
	if r.code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "source,recipient,"); n != 1 {
		t.Errorf("%d CSV headers, want 1:\n%s", n, r.stdout)
	}
	for _, u := range []string{"@" + a.srv.Addr + "/INBOX", "@" + b.Addr + "/INBOX"} {
		if !strings.Contains(r.stdout, u) {
			t.Errorf("no record of %s", u)
		}
	}
	// imap-id: an account's setting wins over the top of the file.
	if len(a.srv.IDs()) != 1 || len(b.IDs()) != 0 {
		t.Errorf("IDs: %v and %v, want one to the first server only", a.srv.IDs(), b.IDs())
	}
}

func TestScanAccountsConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ conf, args, want string }{
		{"accounts:\n  - {server: h, user: u, format: csv}\n", "", "format is a setting of the whole run"},
		{"accounts:\n  - {server: h, user: u, password: p, tls: none}\n", "--user x", "--user: the config file"},
		{"accounts: []\n", "", "want a list of mailboxes"},
		{"accounts:\n  - {server: localhost, user: u, password: p, tls: none}\n  - {server: localhost, user: u, password: q, tls: none}\n", "", "account 2: the same mailbox as account 1"},
		{"accounts:\n  - {server: localhost, tls: none, password: p}\n", "", "account 1: no --user given"},
	} {
		conf := writeTestFile(t, filepath.Join(dir, "c.yaml"), tc.conf)
		args := append([]string{"scan", "--config", conf, "--state", filepath.Join(dir, "st")}, strings.Fields(tc.args)...)
		r := runWith(t, "", nil, args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want usage error with %q", tc.conf, r.code, r.stderr, tc.want)
		}
	}
}

const scanToken = "ya29.cmd-test-token-Hv3"

// OAuth2 by a token command, both mechanisms, and a refused token.
func TestScanOAuth(t *testing.T) {
	msgs := scanCorpus(t)
	for _, mech := range []string{"OAUTHBEARER", "XOAUTH2"} {
		t.Run(mech, func(t *testing.T) {
			s := newScanEnv(t, imaptest.Config{Token: scanToken, Mechanisms: []string{mech}}, msgs[:5])
			s.vars = nil // no password
			tokFile := writeTestFile(t, filepath.Join(s.dir, "tok"), scanToken+"\n")
			r := s.run("--token-command", "cat "+tokFile)
			if r.code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
			}
			if got := s.srv.TokenLogins(); len(got) != 1 || got[0] != mech {
				t.Errorf("logins %v, want one %s", got, mech)
			}
			if !strings.Contains(r.stdout, s.mailboxURL()) {
				t.Error("no records")
			}

			writeTestFile(t, tokFile, "expired-Zr4\n")
			s.srv.Append(t, "INBOX", msgs[6])
			r = s.run("--token-command", "cat "+tokFile)
			if r.code != exitFail || !strings.Contains(r.stderr, mech+" refused the token") || !strings.Contains(r.stderr, "invalid or expired") {
				t.Errorf("exit %d, stderr:\n%s\nwant a refused token said clearly", r.code, r.stderr)
			}
			if len(s.srv.TokenLogins()) != 2 {
				t.Errorf("logins %v: a refused token was retried", s.srv.TokenLogins())
			}
			for _, out := range []string{r.stdout, r.stderr} {
				if strings.Contains(out, "expired-Zr4") || strings.Contains(out, scanToken) {
					t.Errorf("a token is printed: %s", out)
				}
			}
		})
	}
}

func TestScanOAuthFlagErrors(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, nil)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--token-command", "true", "--password", "x"}, "not both"},
		{[]string{"--oauth-client-id", "x"}, "OAuth2 settings without"},
		{[]string{"--oauth-provider", "google", "--oauth-client-id", "x", "--oauth-refresh-token-file", "/nonexistent/rt"}, "/nonexistent/rt"},
	} {
		r := runWith(t, "", nil, s.args(tc.args...)...)
		if r.code != exitUsage || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tc.args, r.code, r.stderr, tc.want)
		}
	}
}

func TestScanIDFlag(t *testing.T) {
	s := newScanEnv(t, imaptest.Config{}, nil)
	if r := s.run(); r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if ids := s.srv.IDs(); len(ids) != 1 || ids[0]["name"] != "bounce" {
		t.Fatalf("IDs = %v", ids)
	}
	if r := s.run("--imap-id=false"); r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := len(s.srv.IDs()); n != 1 {
		t.Errorf("--imap-id=false sent ID: %d IDs", n)
	}
	// A server refusing ID is still scanned.
	rej := newScanEnv(t, imaptest.Config{ID: "reject"}, scanCorpus(t)[:3])
	r := rej.run()
	if r.code != exitOK || !strings.Contains(r.stdout, rej.mailboxURL()) {
		t.Errorf("exit %d, stderr %s", r.code, r.stderr)
	}
}

// In an -o file, the report holds the records of every mailbox: each
// mailbox's commit writes the file again with those before it.
func TestScanAccountsOneFile(t *testing.T) {
	msgs := scanCorpus(t)
	a := newScanEnv(t, imaptest.Config{}, msgs[:10])
	b := newScanEnv(t, imaptest.Config{User: "b@example.net"}, msgs[10:20])
	out := filepath.Join(a.dir, "out.jsonl")
	conf := writeTestFile(t, filepath.Join(a.dir, "scan.yaml"), fmt.Sprintf(`
tls: none
password: %s
accounts:
  - {server: %s, user: %s}
  - {server: %s, user: %s}
`, a.srv.Password, a.srv.Addr, a.srv.User, b.srv.Addr, b.srv.User))
	r := runWith(t, "", nil, "scan", "--config", conf, "--state", a.state, "--format", "json", "-o", out)
	if r.code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	urlB := "imap://b%40example.net@" + b.srv.Addr + "/INBOX"
	wantA, _, _ := a.expected(a.srv.UIDValidity(t, "INBOX"), 0)
	wantB, _, _ := b.expected(b.srv.UIDValidity(t, "INBOX"), 0)
	got := sources(t, string(data), a.mailboxURL(), urlB)
	if got[a.mailboxURL()] != len(wantA) || got[urlB] != len(wantB) || len(wantA) == 0 || len(wantB) == 0 {
		t.Errorf("records by mailbox = %v, want %d and %d", got, len(wantA), len(wantB))
	}
	if n := strings.Count(string(data), "\n"); n != len(wantA)+len(wantB) {
		t.Errorf("%d lines, want %d", n, len(wantA)+len(wantB))
	}
}
