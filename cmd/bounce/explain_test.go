package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

func mustContain(t *testing.T, what, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("%s does not contain %q:\n%s", what, sub, s)
		}
	}
}

func mustNotContain(t *testing.T, what, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			t.Errorf("%s contains %q:\n%s", what, sub, s)
		}
	}
}

func TestExplainCodes(t *testing.T) {
	r := runCmd(t, "explain", "550", "5.1.1")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	reply, _ := smtpcode.DescribeReply("550")
	status, _ := smtpcode.DescribeStatus("5.1.1")
	rule := rules.Default().Match(rules.Query{Status: "5.1.1", ReplyCode: "550"})
	if rule == nil {
		t.Fatal("no default rule for 550 5.1.1")
	}
	mustContain(t, "stdout", r.stdout,
		"== 550 5.1.1\n",
		"550  SMTP reply code", reply.EN, reply.ZH,
		"5.1.1  enhanced status code", status.EN, status.ZH,
		"reason: userunknown, hard\n",
		"rule:   "+rule.ID+" ("+rule.Tier().String()+" tier", rule.Source,
		rule.DescriptionEN, rule.DescriptionZH,
	)
	// One query: one verdict.
	if n := strings.Count(r.stdout, "reason: "); n != 1 {
		t.Errorf("%d verdicts, want 1", n)
	}
}

func TestExplainLangZH(t *testing.T) {
	r := runCmd(t, "explain", "--lang", "zh", "5.7.26")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	m, _ := smtpcode.DescribeStatus("5.7.26")
	rule := rules.Default().Match(rules.Query{Status: "5.7.26"})
	mustContain(t, "stdout", r.stdout, m.ZH, "reason: authfailure, soft", rule.ID, rule.DescriptionZH)
	mustNotContain(t, "stdout", r.stdout, m.EN, rule.DescriptionEN)

	r = runCmd(t, "explain", "--lang=en", "5.7.26")
	mustContain(t, "stdout", r.stdout, m.EN, rule.DescriptionEN)
	mustNotContain(t, "stdout", r.stdout, m.ZH, rule.DescriptionZH)
}

func TestExplainText(t *testing.T) {
	line := "552-5.2.2 The email account that you tried to reach is over quota"
	r := runCmd(t, "explain", line)
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	rule := rules.Default().Match(rules.Query{Text: line, Status: "5.2.2", ReplyCode: "552"})
	mustContain(t, "stdout", r.stdout,
		`== "`+line+`"`,
		"552  SMTP reply code", "5.2.2  enhanced status code",
		"reason: mailboxfull, soft", "rule:   "+rule.ID, rule.Source)

	// With the host that answered, Gmail's own rule decides.
	r = runCmd(t, "explain", "--host", "gmail-smtp-in.l.google.com", line)
	mustContain(t, "stdout", r.stdout, "reason: mailboxfull, soft", "rule:   gmail.mailboxfull (vendor tier")

	// Text without codes, and words no rule knows.
	r = runCmd(t, "explain", "--lang", "en", "Sorry, no mailbox here by that name.", "all is well here")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	mustContain(t, "stdout", r.stdout, "no code found in the text", "reason: filtered, soft",
		"note:   said in reply to RCPT TO (--command RCPT) or with an X.1.x status, these words mean userunknown",
		"reason: undefined, soft\nrule:   builtin.none")

	// The stage, given or read from the text, turns the same words into
	// a missing mailbox.
	r = runCmd(t, "explain", "--lang", "en", "--command", "rcpt", "Sorry, no mailbox here by that name.")
	mustContain(t, "stdout", r.stdout, "reason: userunknown, hard")
	mustNotContain(t, "stdout", r.stdout, "note:")
	r = runCmd(t, "explain", "--lang", "en", "550 No such user (in reply to RCPT TO command)")
	mustContain(t, "stdout", r.stdout, "reason: userunknown, hard")
	if r = runCmd(t, "explain", "--command", "QUIT", "550"); r.code != 2 || !strings.Contains(r.stderr, `--command: bad SMTP command "QUIT"`) {
		t.Errorf("bad --command: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestExplainGrouping(t *testing.T) {
	// A second reply code starts a new query; a text is its own.
	r := runCmd(t, "explain", "--lang", "en", "550", "5.1.1", "552", "550 5.7.1 Relaying denied", "4.2.2")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	var heads []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(l, "== ") {
			heads = append(heads, l)
		}
	}
	want := []string{"== 550 5.1.1", "== 552 4.2.2", `== "550 5.7.1 Relaying denied"`}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("queries %q, want %q", heads, want)
	}
	if n := strings.Count(r.stdout, "reason: "); n != 3 {
		t.Errorf("%d verdicts, want 3", n)
	}
}

func TestExplainUnregisteredStatus(t *testing.T) {
	r := runCmd(t, "explain", "--lang", "en", "550 5.7.606 Access denied, banned sending IP [192.0.2.4]")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	mustContain(t, "stdout", r.stdout, "not in the IANA registry", "Microsoft", "reason: blocked")
}

func TestExplainUserRules(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "mine.yaml")
	os.WriteFile(file, []byte(`rules:
  - id: acme.frozen
    reason: suspend
    match:
      host: ["*.acme.example"]
      phrase: ["account frozen"]
    description: {en: "ACME: the account is frozen.", zh: "ACME：账号已冻结。"}
    examples:
      - {text: "550 5.2.1 account frozen", host: "mx1.acme.example"}
`), 0o644)
	r := runCmd(t, "explain", "--rules", file, "--host", "mx1.acme.example", "550 5.2.1 account frozen")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	mustContain(t, "stdout", r.stdout, "reason: suspend, soft", "rule:   acme.frozen (vendor tier", file+":2",
		"ACME: the account is frozen.", "ACME：账号已冻结。")

	// $BOUNCE_RULES is read when --rules is not given.
	r = runWith(t, "", map[string]string{"BOUNCE_RULES": file}, "explain", "--host", "mx1.acme.example", "550 5.2.1 account frozen")
	mustContain(t, "stdout", r.stdout, "rule:   acme.frozen")
}

func TestExplainHardness(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"5.1.10"}, "reason: notaccept, hard"},
		{[]string{"4.1.10"}, "reason: notaccept, soft"},
		{[]string{"5.2.2"}, "reason: mailboxfull, soft"},
		{[]string{"5.1.2"}, "reason: hostunknown, hard"},
	} {
		r := runCmd(t, append([]string{"explain", "--lang", "en"}, tt.args...)...)
		mustContain(t, strings.Join(tt.args, " "), r.stdout, tt.want)
	}
}

func TestExplainUsage(t *testing.T) {
	tests := []cmdCase{
		{"help", []string{"explain", "--help"}, 0, "usage: bounce explain", ""},
		{"help command", []string{"help", "explain"}, 0, "--lang", ""},
		{"bad lang", []string{"explain", "--lang", "fr", "550"}, 2, "", `--lang: bad language "fr"`},
		{"no args", []string{"explain"}, 2, "", "nothing to explain"},
		{"not a code", []string{"explain", "9.9.9"}, 2, "", `"9.9.9" is neither a reply code`},
		{"short code", []string{"explain", "55"}, 2, "", "neither"},
		{"bad reply", []string{"explain", "650"}, 2, "", "neither"},
		{"empty", []string{"explain", " "}, 2, "", "empty argument"},
		{"unknown flag", []string{"explain", "--bogus", "550"}, 2, "", "unknown flag"},
		{"missing rules", []string{"explain", "--rules", "/nonexistent/r.yaml", "550"}, 2, "", "/nonexistent/r.yaml"},
	}
	runCmdCases(t, tests)
}

// TestExplainEvidence: explain names the rule the winner beat and why.
func TestExplainEvidence(t *testing.T) {
	r := runCmd(t, "explain", "552 5.2.3 the user's maildir has overdrawn his diskspace quota")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	mustContain(t, "stdout", r.stdout,
		"reason: mailboxfull, soft\n",
		"rule:   mailboxfull.concept (phrase tier",
		"beat:   status.x.2.3 (emailtoolarge, status tier, priority 0): phrase evidence beats status evidence\n")

	r = runCmd(t, "explain", "550 5.1.1 Your IP may be blacklisted, the address may not exist, or the mailbox may be full")
	mustContain(t, "stdout", r.stdout,
		"reason: userunknown, hard\n",
		"beat:   onhold.guesses (onhold, phrase tier, priority 40): its words name no cause; a code that names one decides\n")
}
