package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/rules"
)

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRulesTestDefault runs `bounce rules test` on the default rules:
// every example and counter-example of rules/default.yaml must come out
// right.
func TestRulesTestDefault(t *testing.T) {
	r := runCmd(t, "rules", "test")
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	want := fmt.Sprintf("%d rules, ", rules.Default().Len())
	if !strings.HasPrefix(r.stdout, want) || !strings.HasSuffix(r.stdout, " examples: all pass\n") {
		t.Errorf("stdout %q, want %q… examples: all pass", r.stdout, want)
	}
}

func TestRulesTestUserFile(t *testing.T) {
	good := writeFile(t, "good.yaml", `rules:
  - id: acme.frozen
    reason: suspend
    match:
      host: ["*.acme.example"]
      phrase: ["account frozen"]
    description: {en: "ACME: the account is frozen.", zh: "ACME：账号已冻结。"}
    examples:
      - {text: "550 5.2.1 account frozen", host: "mx1.acme.example"}
    not:
      - "550 5.2.1 account frozen"
`)
	r := runCmd(t, "rules", "test", good)
	if r.code != 0 || !strings.HasSuffix(r.stdout, "examples: all pass\n") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if n := rules.Default().Len() + 1; !strings.HasPrefix(r.stdout, fmt.Sprintf("%d rules, ", n)) {
		t.Errorf("stdout %q, want %d rules", r.stdout, n)
	}

	// A status rule can never win text that a phrase rule knows.
	bad := writeFile(t, "bad.yaml", `rules:
  - id: local.userunknown-status
    reason: blocked
    match: {status: ["5.1.1"]}
    examples:
      - "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"
`)
	r = runCmd(t, "rules", "test", bad)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	mustContain(t, "stdout", r.stdout, bad+":2: rule local.userunknown-status (blocked): example",
		"is won by rule userunknown.phrase")
	// It may also take examples of default status rules (a user file
	// wins ties); the summary counts every failure.
	set, err := rules.Load(bad)
	if err != nil {
		t.Fatal(err)
	}
	sum := fmt.Sprintf("\n%d of [0-9]+ examples fail\n$", len(set.Test()))
	if !regexp.MustCompile(sum).MatchString(r.stdout) {
		t.Errorf("no summary like %q: %q", sum, r.stdout)
	}

	// With no FILE, $BOUNCE_RULES.
	r = runWith(t, "", map[string]string{"BOUNCE_RULES": bad}, "rules", "test")
	if r.code != 1 {
		t.Errorf("with $BOUNCE_RULES: exit %d, want 1", r.code)
	}
}

func TestRulesTestBrokenFile(t *testing.T) {
	syntax := writeFile(t, "syntax.yaml", "rules:\n  - id: x\n    reason: [userunknown\n")
	r := runCmd(t, "rules", "test", syntax)
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	mustContain(t, "stderr", r.stderr, syntax+":3: yaml: ")

	unknown := writeFile(t, "unknown.yaml", `rules:
  - id: spam.local
    reason: spammy
    match: {phrase: ["spam"]}
    examples: ["spam"]
`)
	r = runCmd(t, "rules", "test", unknown)
	if r.code != 2 {
		t.Fatalf("exit %d, want 2", r.code)
	}
	mustContain(t, "stderr", r.stderr, unknown+":3: rule \"spam.local\": unknown reason")
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}

	r = runCmd(t, "rules", "test", "/nonexistent/rules.yaml")
	if r.code != 2 || !strings.Contains(r.stderr, "/nonexistent/rules.yaml") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestRulesList(t *testing.T) {
	r := runCmd(t, "rules", "list")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if got := strings.Fields(lines[0]); strings.Join(got, " ") != "ID REASON TIER PRIORITY SOURCE" {
		t.Errorf("header %q", lines[0])
	}
	set := rules.Default()
	if len(lines)-1 != set.Len() {
		t.Errorf("%d rows, want %d", len(lines)-1, set.Len())
	}
	// One row per rule, in precedence order.
	for i, rule := range set.Rules() {
		if i+1 >= len(lines) {
			break
		}
		f := strings.Fields(lines[i+1])
		want := []string{rule.ID, string(rule.Reason), fmt.Sprint(int(rule.Tier())), rule.Tier().String(), fmt.Sprint(rule.Priority), rule.Source}
		if strings.Join(f, " ") != strings.Join(want, " ") {
			t.Errorf("row %d: %q, want %q", i+1, f, want)
		}
	}
	mustContain(t, "stdout", r.stdout, "\nuserunknown.phrase ", "rules/default.yaml:")

	user := writeFile(t, "user.yaml", `rules:
  - id: acme.frozen
    reason: suspend
    match: {host: ["*.acme.example"], phrase: ["account frozen"]}
    examples:
      - {text: "account frozen", host: "mx.acme.example"}
  - id: userunknown.phrase
    disabled: true
`)
	r = runCmd(t, "rules", "list", "--rules", user)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	mustContain(t, "stdout", r.stdout, "acme.frozen", user+":2")
	mustNotContain(t, "stdout", r.stdout, "\nuserunknown.phrase ")
}

func TestRulesUsage(t *testing.T) {
	tests := []cmdCase{
		{"no subcommand", []string{"rules"}, 2, "", "no subcommand"},
		{"unknown subcommand", []string{"rules", "check"}, 2, "", `unknown subcommand "check"`},
		{"help", []string{"rules", "--help"}, 0, "rules test [FILE...]", ""},
		{"help command", []string{"help", "rules"}, 0, "rules list", ""},
		{"test help", []string{"rules", "test", "-h"}, 0, "usage: bounce rules test", ""},
		{"list help", []string{"rules", "list", "--help"}, 0, "--rules", ""},
		{"list extra", []string{"rules", "list", "x.yaml"}, 2, "", "give rule files with --rules"},
		{"list bad flag", []string{"rules", "list", "--bogus"}, 2, "", "unknown flag"},
		{"list missing", []string{"rules", "list", "--rules", "/nonexistent/r.yaml"}, 2, "", "/nonexistent/r.yaml"},
	}
	runCmdCases(t, tests)
}

// TestReadmeExample keeps the worked example of README.md ("Explaining
// codes and testing rules") true: the rule file passes its tests and
// changes the verdict on the bounce.
func TestReadmeExample(t *testing.T) {
	const file, msg = "testdata/nimbus.yaml", "testdata/nimbus.eml"
	r := runCmd(t, "rules", "test", file)
	if r.code != 0 || !strings.HasSuffix(r.stdout, "examples: all pass\n") {
		t.Fatalf("rules test: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(t, "analyze", "--format", "json", msg)
	recs := checkJSON(t, r.stdout)
	if len(recs) != 1 || recs[0].Reason != "policyviolation" || recs[0].Rule == "nimbus.userunknown" {
		t.Errorf("without the rules: %+v", recs)
	}
	r = runCmd(t, "analyze", "--format", "json", "--rules", file, msg)
	recs = checkJSON(t, r.stdout)
	if len(recs) != 1 || recs[0].Reason != "userunknown" || !recs[0].Hard || recs[0].Rule != "nimbus.userunknown" {
		t.Errorf("with --rules: %+v", recs)
	}
	r = runWith(t, "", map[string]string{"BOUNCE_RULES": file}, "analyze", "--format", "json", msg)
	recs = checkJSON(t, r.stdout)
	if len(recs) != 1 || recs[0].Rule != "nimbus.userunknown" {
		t.Errorf("with $BOUNCE_RULES: %+v", recs)
	}
	r = runCmd(t, "explain", "--rules", file, "--host", "mx2.nimbusmail.example",
		"554 5.7.1 [NM-Q07] recipient storage exhausted, try again later")
	mustContain(t, "explain", r.stdout, "reason: mailboxfull, soft", "rule:   nimbus.mailboxfull (vendor tier")
}

// TestRulesListUnused: --unused lists the rules that decide no verdict on
// the messages given, and only those.
func TestRulesListUnused(t *testing.T) {
	msg := writeFile(t, "full.eml", "From: MAILER-DAEMON@mx.example.org\r\n"+
		"To: alice@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"+
		"--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"+
		"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"+
		"Final-Recipient: rfc822; bob@example.org\r\nAction: failed\r\nStatus: 5.2.2\r\n"+
		"Diagnostic-Code: smtp; 552 5.2.2 <bob@example.org>: the recipient's inbox has no more space\r\n\r\n--b--\r\n")
	r := runCmd(t, "rules", "list", "--unused", msg)
	if r.code != 0 {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	if strings.Contains(r.stdout, "\nmailboxfull.concept ") {
		t.Errorf("mailboxfull.concept decided the sample but is listed as unused:\n%s", r.stdout)
	}
	if !strings.Contains(r.stdout, "\nuserunknown.concept ") {
		t.Errorf("userunknown.concept decided nothing but is not listed:\n%s", r.stdout)
	}
	if !strings.Contains(r.stderr, "1 message analyzed") {
		t.Errorf("stderr %q does not count the message", r.stderr)
	}
}

// analyze says each problem of its rule files on a line of its own, as
// the rules commands do.
func TestAnalyzeRulesErrorsOnePerLine(t *testing.T) {
	unknown := writeFile(t, "unknown.yaml", `rules:
  - id: spam.local
    reason: spammy
    match: {phrase: ["spam"]}
    examples: ["spam"]
`)
	missing := filepath.Join(t.TempDir(), "none.yaml")
	r := runCmd(t, "analyze", "--rules", unknown, "--rules", missing, "testdata/nimbus.eml")
	if r.code != 2 {
		t.Fatalf("exit %d, want 2\nstderr: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "bounce: loading rules: ") {
			t.Errorf("line %q: want the prefix of a rules problem", l)
		}
	}
	if len(lines) != 2 || !strings.Contains(lines[0]+lines[1], unknown+":3:") || !strings.Contains(lines[0]+lines[1], missing) {
		t.Errorf("want a line per rule file problem, got:\n%s", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing", r.stdout)
	}
}
