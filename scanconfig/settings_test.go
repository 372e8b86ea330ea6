package scanconfig

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/scan"
)

// testEnv is an Env with a fixed environment and the warnings it says.
func testEnv(vars map[string]string, warnings *[]string) *Env {
	return &Env{
		Getenv: func(k string) string { return vars[k] },
		Warnf:  func(format string, args ...any) { *warnings = append(*warnings, fmt.Sprintf(format, args...)) },
	}
}

func load(t *testing.T, env *Env, args ...string) ([]*Settings, bool, error) {
	t.Helper()
	var s Settings
	fs := env.Flags(&s)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return env.Load(fs, &s, args)
}

func TestLoadCommandLine(t *testing.T) {
	var warns []string
	env := testEnv(map[string]string{"BOUNCE_IMAP_PASSWORD": "pw-env", "XDG_STATE_HOME": "/var/state"}, &warns)
	accts, listed, err := load(t, env, "--server", "imap.163.com", "--user", "b@163.com", "--tls", "starttls", "--since", "2026-11-30", "--max-size", "1M")
	if err != nil || listed || len(accts) != 1 {
		t.Fatalf("%d accounts, listed %v, %v", len(accts), listed, err)
	}
	s := accts[0]
	if s.Srv.Host != "imap.163.com" || s.MaxSize != 1<<20 || s.State != "/var/state/bounce/scan-state.json" ||
		s.SinceDate.Format("2006-01-02") != "2026-11-30" || !s.IMAPID || s.Mailbox != "INBOX" {
		t.Errorf("settings %+v", *s)
	}
	if c := s.Credentials(); c.User != "b@163.com" || c.Password != "pw-env" || c.Token != nil {
		t.Errorf("credentials %q %q", c.User, c.Password)
	}
	if o := s.Options(nil); o.Retries != 3 || o.BatchSize != 200 || o.MaxSize != 1<<20 || o.Mailbox != "INBOX" {
		t.Errorf("options %+v", o)
	}
	if len(warns) != 0 {
		t.Errorf("warnings %q", warns)
	}
}

func TestLoadChecks(t *testing.T) {
	base := []string{"--server", "imap.example.com", "--user", "u", "--password-file", "/nonexistent/pw"}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--user", "u"}, "no --server given"},
		{append(base, "--format", "xml"), `bad --format "xml"`},
		{append(base, "--batch", "0"), "bad --batch 0"},
		{append(base, "--delete"), "add --yes-delete"},
		{append(base, "--move-to", "inbox"), "--move-to names the mailbox being read"},
		{append(base, "--all", "--since", "2026-01-01"), "do not go together"},
		{append(base, "--since", "yesterday"), `bad --since "yesterday"`},
		{append(base, "--tls", "none"), "none"}, // not loopback
		{base, "reading --password-file"},
		{[]string{"--server", "imap.example.com", "--user", "u"}, "no password"},
	} {
		var warns []string
		_, _, err := load(t, testEnv(nil, &warns), tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: %v, want %q", tt.args, err, tt.want)
		}
	}
	// The limits are checked in their place: after --max-size, before
	// --retries.
	var warns []string
	if _, _, err := load(t, testEnv(nil, &warns), append(base, "--max-depth", "0", "--retries", "-1")...); err == nil || err.Error() != "bad --max-depth 0: want 1 or more" {
		t.Errorf("limits: %v", err)
	}
}

func TestLoadPasswordWarning(t *testing.T) {
	var warns []string
	accts, _, err := load(t, testEnv(nil, &warns), "--server", "imap.example.com", "--user", "u", "--password", "pw-Xy1")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "can be seen by other users") {
		t.Errorf("warnings %q", warns)
	}
	if accts[0].Password != "" || accts[0].Credentials().Password != "pw-Xy1" {
		t.Error("the password is kept in the flag's field, or lost")
	}
}

// Accounts inherit the top level; the same mailbox twice is refused; an
// account's setting on the command line is refused.
func TestLoadAccounts(t *testing.T) {
	dir := t.TempDir()
	conf := write(t, dir, "scan.yaml", `
tls: starttls
password-file: pw
move-to: Done
accounts:
  - {server: imap.163.com, user: a@163.com}
  - {server: imap.qq.com, user: b@qq.com, move-to: Bounces}
`, 0o600)
	write(t, dir, "pw", "secret\n", 0o600)
	var warns []string
	env := testEnv(nil, &warns)
	accts, listed, err := load(t, env, "--config", conf, "--state", filepath.Join(dir, "st.json"))
	if err != nil || !listed || len(accts) != 2 {
		t.Fatalf("%d accounts, listed %v, %v", len(accts), listed, err)
	}
	if accts[0].MoveTo != "Done" || accts[1].MoveTo != "Bounces" || accts[1].Srv.Host != "imap.qq.com" ||
		accts[0].Credentials().Password != "secret" || accts[1].State != filepath.Join(dir, "st.json") {
		t.Errorf("accounts %+v %+v", *accts[0], *accts[1])
	}
	if accts[0].MailboxURL() != "imap://a%40163.com@imap.163.com/INBOX" {
		t.Errorf("mailbox URL %s", accts[0].MailboxURL())
	}

	dup := write(t, dir, "dup.yaml", "password-file: pw\ntls: starttls\naccounts:\n  - {server: imap.163.com, user: a@163.com}\n  - {server: imap.163.com, user: a@163.com}\n", 0o600)
	if _, _, err := load(t, env, "--config", dup, "--state", "st.json"); err == nil || !strings.Contains(err.Error(), "the same mailbox as account 1") {
		t.Errorf("duplicate: %v", err)
	}
	if _, _, err := load(t, env, "--config", conf, "--user", "x"); err == nil || !strings.Contains(err.Error(), "--user") {
		t.Errorf("--user with accounts: %v", err)
	}
}

func TestSettingsHideSecrets(t *testing.T) {
	const token = "ya29.settings-test-token"
	s := Settings{User: "u", Password: "pw-Xy1", secret: "pw-Xy1",
		token: func(context.Context) (string, error) { return token, nil }}
	for _, out := range []string{fmt.Sprintf("%v %+v %#v %s", s, s, s, s), fmt.Sprintf("%v %#v", &s, &s)} {
		if strings.Contains(out, "pw-Xy1") || strings.Contains(out, token) {
			t.Errorf("a secret is printed: %s", out)
		}
	}
}

// The parser's limit flags come right after --max-size, and each
// account's settings hold their own limits, the message size included.
func TestFlagsLimits(t *testing.T) {
	env := &Env{}
	var s Settings
	u := env.Flags(&s).FlagUsages()
	i, j, k := strings.Index(u, "--max-size"), strings.Index(u, "--max-depth"), strings.Index(u, "--mark-seen")
	if i < 0 || !(i < j && j < k) {
		t.Errorf("flag order:\n%s", u)
	}
	accts, _, err := load(t, testEnv(map[string]string{"BOUNCE_IMAP_PASSWORD": "pw"}, new([]string)),
		"--server", "imap.example.com", "--user", "u", "--max-depth", "3", "--max-text-bytes", "1M", "--max-size", "2M")
	if err != nil {
		t.Fatal(err)
	}
	l := accts[0].Limits
	if l.MaxDepth != 3 || l.MaxTextBytes != 1<<20 || l.MaxBytes != 2<<20 || l.MaxParts != parser.DefaultLimits.MaxParts {
		t.Errorf("limits %+v", l)
	}
}

// Scan carries the settings into the scan's Config; a dial that fails
// gives no session at all (not a nil one in the interface).
func TestScanConfig(t *testing.T) {
	var warns []string
	accts, _, err := load(t, testEnv(map[string]string{"BOUNCE_IMAP_PASSWORD": "pw"}, &warns),
		"--server", "127.0.0.1:1", "--user", "u", "--tls", "none", "--state", "/tmp/st.json",
		"--move-to", "Done", "--mark-seen", "--since", "2026-12-01", "--retries", "0", "--timeout", "1s")
	if err != nil {
		t.Fatal(err)
	}
	s := accts[0]
	c := s.Scan(nil, &scan.Sinks{}, []string{"out.csv"}, nil, nil)
	if c.State != "/tmp/st.json" || c.MailboxURL != s.MailboxURL() || !strings.Contains(c.Key, "127.0.0.1:1") ||
		c.Policy != (scan.Policy{MarkSeen: true, MoveTo: "Done"}) || !c.Since.Equal(s.SinceDate) || c.Outputs[0] != "out.csv" {
		t.Errorf("config %+v", c)
	}
	c = s.Scan(nil, &scan.Sinks{}, nil, nopLog{}, nil)
	sess, err := c.Dial(context.Background())
	if err == nil || sess != nil {
		t.Errorf("dial to a closed port: %v, %v", sess, err)
	}
}

type nopLog struct{}

func (nopLog) Warnf(string, ...any) {}
func (nopLog) Infof(string, ...any) {}
func (nopLog) Begin(int)            {}
func (nopLog) Step()                {}
func (nopLog) End()                 {}
