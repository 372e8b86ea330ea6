package main

import (
	"os"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
)

// A scan with no --rules reads the rule files of $BOUNCE_RULES, as
// analyze does: Nimbus Mail's own code decides the reason.
func TestScanRulesFromEnv(t *testing.T) {
	msg, err := os.ReadFile("testdata/nimbus.eml")
	if err != nil {
		t.Fatal(err)
	}
	s := newScanEnv(t, imaptest.Config{}, [][]byte{msg})
	r := s.run()
	if r.code != exitOK || !strings.Contains(r.stdout, `"rule":"status.x.7.1"`) {
		t.Fatalf("default rules: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	s = newScanEnv(t, imaptest.Config{}, [][]byte{msg})
	s.vars["BOUNCE_RULES"] = "testdata/nimbus.yaml"
	r = s.run()
	if r.code != exitOK || !strings.Contains(r.stdout, `"rule":"nimbus.userunknown"`) {
		t.Errorf("$BOUNCE_RULES: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
