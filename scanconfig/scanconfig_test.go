package scanconfig

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// flags is a small scan command line: the settings the tests use.
func flags(args ...string) *pflag.FlagSet {
	fs := pflag.NewFlagSet("scan", pflag.ContinueOnError)
	for _, n := range []string{"server", "user", "password", "password-file", "state", "db", "move-to", "format", "config"} {
		fs.String(n, "", "")
	}
	fs.StringArray("rules", nil, "")
	fs.Bool("mark-seen", false, "")
	if err := fs.Parse(args); err != nil {
		panic(err)
	}
	return fs
}

func write(t *testing.T, dir, name, content string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestApply(t *testing.T) {
	dir := t.TempDir()
	conf := write(t, dir, "scan.yaml", "server: imap.example.com\nuser: u\nstate: st.json\ndb: postgres://h/db\n"+
		"rules: [a.yaml, /abs/b.yaml]\nmark-seen: true\npassword: pw\n", 0o644)
	f, err := Read(conf)
	if err != nil {
		t.Fatal(err)
	}
	fs := flags("--user", "cmdline")
	a, err := f.Apply(fs)
	if err != nil {
		t.Fatal(err)
	}
	get := func(n string) string { v, _ := fs.GetString(n); return v }
	rules, _ := fs.GetStringArray("rules")
	seen, _ := fs.GetBool("mark-seen")
	if get("server") != "imap.example.com" || get("user") != "cmdline" || get("state") != filepath.Join(dir, "st.json") ||
		get("db") != "postgres://h/db" || rules[0] != filepath.Join(dir, "a.yaml") || rules[1] != "/abs/b.yaml" || !seen {
		t.Errorf("server %s user %s state %s db %s rules %v seen %v", get("server"), get("user"), get("state"), get("db"), rules, seen)
	}
	if !a.Password || len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "readable by others") {
		t.Errorf("applied %+v", a)
	}
}

func TestAccounts(t *testing.T) {
	dir := t.TempDir()
	conf := write(t, dir, "scan.yaml", "move-to: Done\naccounts:\n  - {server: a, user: u1}\n  - {server: b, user: u2, move-to: Other}\n", 0o600)
	f, err := Read(conf)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Accounts) != 2 || f.AccountLine(1) != 4 {
		t.Fatalf("%d accounts, line %d", len(f.Accounts), f.AccountLine(1))
	}
	for i, want := range []string{"a Done", "b Other"} {
		fs := flags("--format", "csv")
		if _, err := f.ApplyAccount(fs, i); err != nil {
			t.Fatal(err)
		}
		srv, _ := fs.GetString("server")
		mv, _ := fs.GetString("move-to")
		if srv+" "+mv != want {
			t.Errorf("account %d: %s %s, want %s", i, srv, mv, want)
		}
	}
	if _, err := f.ApplyAccount(flags("--server", "x"), 0); err == nil || !strings.Contains(err.Error(), "--server: the config file") {
		t.Errorf("a mailbox setting on the command line: %v", err)
	}

	for yml, want := range map[string]string{
		"accounts:\n  - {server: h, format: csv}\n": "format is a setting of the whole run",
		"accounts: []\n":   "want a list of mailboxes",
		"- a\n":            "want a mapping",
		"server: [a, b]\n": "takes one value",
		"nosuch: 1\n":      "unknown setting",
	} {
		p := write(t, dir, "bad.yaml", yml, 0o600)
		f, err := Read(p)
		if err == nil {
			_, err = f.Apply(flags())
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", yml, err, want)
		}
	}
	if _, err := Read(write(t, dir, "c.toml", "a = 1", 0o600)); err == nil || !strings.Contains(err.Error(), "TOML") {
		t.Errorf("TOML: %v", err)
	}
}

func TestSecretsAndTLS(t *testing.T) {
	dir := t.TempDir()
	pw, exposed, err := ReadPasswordFile(write(t, dir, "pw", "secret\r\nsecond\n", 0o600))
	if pw != "secret" || exposed || err != nil {
		t.Errorf("password %q %v %v", pw, exposed, err)
	}
	if _, exposed, _ = ReadPasswordFile(write(t, dir, "pw2", "x\n", 0o644)); !exposed {
		t.Error("a file others can read is not flagged")
	}
	if _, _, err := ReadPasswordFile(write(t, dir, "empty", "\nx", 0o600)); err == nil {
		t.Error("an empty first line accepted")
	}
	if _, _, err := ReadPasswordFile(dir); err == nil || !strings.Contains(err.Error(), "not a file") {
		t.Errorf("a directory: %v", err)
	}
	tc, err := TLSConfig(true, "")
	if err != nil || !tc.InsecureSkipVerify || tc.RootCAs != nil {
		t.Errorf("TLS %+v %v", tc, err)
	}
	if _, err := TLSConfig(false, write(t, dir, "ca.pem", "not pem", 0o644)); err == nil || !strings.Contains(err.Error(), "no PEM certificate") {
		t.Errorf("bad CA file: %v", err)
	}
}
