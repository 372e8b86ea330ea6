package main

import (
	"strings"
	"testing"
)

// `bounce rules test` checks a file's signs as the parser reads them: it
// says how many sign examples passed, and a sign example that the
// loader's match accepts but the parser does not (a mailbox name in a
// display name) makes the file fail to load, naming the example.
func TestRulesTestSigns(t *testing.T) {
	r := runCmd(t, "rules", "test", "../../testdata/signs/acmeguard-signs.yaml")
	if r.code != 0 || !strings.Contains(r.stdout, "\nsigns: ") || !strings.HasSuffix(r.stdout, " examples: all pass\n") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	bad := writeFile(t, "bad-signs.yaml", `signs:
  mail_system_mailboxes:
    words: [bounce-robot]
    examples: ["Bounce-Robot <noreply@example.com>"]
`)
	r = runCmd(t, "rules", "test", bad)
	if r.code != exitUsage || !strings.Contains(r.stderr, "mail_system_mailboxes") || !strings.Contains(r.stderr, "Bounce-Robot <noreply@example.com>") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
}
