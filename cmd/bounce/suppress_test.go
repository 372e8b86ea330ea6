package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/store"
)

// storeCmdResult is what a store command printed and returned.
type storeCmdResult struct {
	code           int
	stdout, stderr string
}

// runStoreCmd runs one of the store commands in-process (they are not in
// the commands table of main.go yet).
func runStoreCmd(t *testing.T, run func(*env, []string) int, args ...string) storeCmdResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }}
	code := run(e, args)
	return storeCmdResult{code, out.String(), errb.String()}
}

// samplesStore stores the records of the sample bounces in
// testdata/providers in a new SQLite file, and writes a policy file
// without expiry (the samples are years old). It returns the --db and
// --policy flags.
func samplesStore(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "bounce.db")
	policy := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(policy, []byte("hard_expiry_days: 0\nsoft_expiry_days: 0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	files, _ := filepath.Glob("../../testdata/providers/*.eml")
	if len(files) < 20 {
		t.Fatalf("only %d samples", len(files))
	}
	an := bounce.New()
	k := s.Sink(context.Background(), store.RunInfo{Mailbox: "samples"})
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := an.AnalyzeBytes(b, f)
		if err != nil {
			continue
		}
		if err := k.Write(recs); err != nil {
			t.Fatal(err)
		}
	}
	if err := k.Commit(); err != nil {
		t.Fatal(err)
	}
	return []string{"--db", db, "--policy", policy}
}

func TestSuppressList(t *testing.T) {
	flags := samplesStore(t)
	r := runStoreCmd(t, runSuppress, append([]string{"list"}, flags...)...)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	has := map[string]bool{}
	for _, l := range lines {
		has[l] = true
	}
	// 163 "User not found" and QQ's 550 "Mailbox not found" (5.0.0) are
	// permanent directory misses; 163 rate limits, QQ spam and
	// authentication refusals and delays are not the address's fault.
	for _, a := range []string{"nosuchuser@163.com", "zhangwei1987@qq.com", "nosuchuser2023@qq.com"} {
		if !has[a] {
			t.Errorf("%s not listed:\n%s", a, r.stdout)
		}
	}
	for _, a := range []string{"xu.lan@163.com", "gao.yuan@yeah.net", "li.lei@qq.com", "zhao.min@qq.com", "wang.fang@qq.com", "zhou.qiang@163.com"} {
		if has[a] {
			t.Errorf("%s listed for a sender-side or delayed bounce", a)
		}
	}

	csv := runStoreCmd(t, runSuppress, append([]string{"list", "--format", "csv"}, flags...)...)
	if !strings.HasPrefix(csv.stdout, "address,kind,reason,since,until,why\n") ||
		!strings.Contains(csv.stdout, "nosuchuser@163.com,hard,userunknown,2023-11-18T10:10:36Z,,suppressed: hard bounce userunknown on 2023-11-18 from 163mx01.mxmail.netease.com") {
		t.Errorf("csv:\n%s", csv.stdout)
	}
	js := runStoreCmd(t, runSuppress, append([]string{"list", "--format", "json"}, flags...)...)
	if !strings.Contains(js.stdout, `{"address":"nosuchuser@163.com","kind":"hard","reason":"userunknown","since":"2023-11-18T10:10:36Z","why":"suppressed: hard bounce userunknown`) {
		t.Errorf("json:\n%s", js.stdout)
	}
	if n := strings.Count(js.stdout, "\n"); n != len(lines) {
		t.Errorf("json has %d lines, txt %d", n, len(lines))
	}

	// --new: everything the first time, nothing the second, then only a
	// new suppression.
	first := runStoreCmd(t, runSuppress, append([]string{"list", "--new"}, flags...)...)
	if first.stdout != r.stdout {
		t.Errorf("first --new export differs from the list:\n%s", first.stdout)
	}
	if again := runStoreCmd(t, runSuppress, append([]string{"list", "--new"}, flags...)...); again.stdout != "" || again.code != exitOK {
		t.Errorf("second --new export: %d %q %s", again.code, again.stdout, again.stderr)
	}
	if add := runStoreCmd(t, runSuppress, append([]string{"add", "Asked@Example.ORG", "--reason", "asked by phone"}, flags...)...); add.code != exitOK {
		t.Fatalf("add: %d %s", add.code, add.stderr)
	}
	if again := runStoreCmd(t, runSuppress, append([]string{"list", "--new", "--format", "csv"}, flags...)...); !strings.Contains(again.stdout, "Asked@example.org,manual,asked by phone,") ||
		strings.Count(again.stdout, "\n") != 2 {
		t.Errorf("--new after add:\n%s", again.stdout)
	}
	// remove releases; the address leaves the list.
	if rm := runStoreCmd(t, runSuppress, append([]string{"remove", "nosuchuser@163.com", "Asked@example.org"}, flags...)...); rm.code != exitOK {
		t.Fatalf("remove: %d %s", rm.code, rm.stderr)
	}
	after := runStoreCmd(t, runSuppress, append([]string{"list"}, flags...)...)
	if strings.Contains(after.stdout, "nosuchuser@163.com\n") || strings.Contains(after.stdout, "Asked@") ||
		strings.Count(after.stdout, "\n") != len(lines)-1 {
		t.Errorf("after remove:\n%s", after.stdout)
	}
	// The policy given is recorded: without --policy the list stays.
	if kept := runStoreCmd(t, runSuppress, "list", flags[0], flags[1]); kept.stdout != after.stdout {
		t.Errorf("without --policy the list changed:\n%s", kept.stdout)
	}
	// --since: the suppressions that began on or after a day.
	since := runStoreCmd(t, runSuppress, append([]string{"list", "--since", "2023-11-23"}, flags...)...)
	if !strings.Contains(since.stdout, "nosuchuser2023@qq.com\n") || strings.Contains(since.stdout, "zhangwei1987@qq.com") {
		t.Errorf("--since 2023-11-23:\n%s", since.stdout)
	}
}

func TestSuppressErrors(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	if err := os.WriteFile(corrupt, bytes.Repeat([]byte("not sqlite "), 500), 0o644); err != nil {
		t.Fatal(err)
	}
	badPolicy := filepath.Join(dir, "policy.yaml")
	os.WriteFile(badPolicy, []byte("threshold: -1\n"), 0o644)
	db := filepath.Join(dir, "ok.db")
	for _, tt := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no subcommand", []string{"--db", db}, exitUsage, "give list, add or remove"},
		{"unknown subcommand", []string{"purge", "--db", db}, exitUsage, `unknown subcommand "purge"`},
		{"add without address", []string{"add", "--db", db}, exitUsage, "add: give at least one address"},
		{"add a non-address", []string{"add", "bob", "--db", db}, exitUsage, `"bob" is not an address`},
		{"bad format", []string{"list", "--format", "xml", "--db", db}, exitUsage, `bad --format "xml"`},
		{"bad since", []string{"list", "--since", "yesterday", "--db", db}, exitUsage, `bad date "yesterday"`},
		{"list with --reason", []string{"list", "--reason", "x", "--db", db}, exitUsage, "--reason is for add and remove"},
		{"corrupt store", []string{"list", "--db", corrupt}, exitFail, "bounce: store " + corrupt + ": "},
		{"bad policy", []string{"list", "--db", db, "--policy", badPolicy}, exitFail, "suppression policy " + badPolicy + ": threshold -1"},
		{"missing policy", []string{"list", "--db", db, "--policy", filepath.Join(dir, "none.yaml")}, exitFail, "--policy: open "},
		{"wrong postgres", []string{"list", "--db", "postgres://u:secret@127.0.0.1:1/db?connect_timeout=3"}, exitFail, "store postgres://u:xxxxx@127.0.0.1:1/db"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runStoreCmd(t, runSuppress, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
			if strings.Contains(r.stderr, "secret") {
				t.Errorf("password printed: %s", r.stderr)
			}
		})
	}
	if r := runStoreCmd(t, runSuppress, "--help"); r.code != exitOK || !strings.Contains(r.stdout, "--new") {
		t.Errorf("help: %d %s", r.code, r.stdout)
	}
}

func TestStoreDefaultPath(t *testing.T) {
	home := t.TempDir()
	var out, errb bytes.Buffer
	e := &env{ctx: context.Background(), stdout: &out, stderr: &errb,
		getenv: func(k string) string {
			if k == "HOME" {
				return home
			}
			return ""
		}}
	if code := runSuppress(e, []string{"add", "x@example.com"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(home, ".local/share/bounce/bounce.db")); err != nil {
		t.Errorf("default store not created: %v", err)
	}
}
