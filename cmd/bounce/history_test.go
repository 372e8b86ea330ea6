package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestHistory(t *testing.T) {
	flags := samplesStore(t)
	r := runStoreCmd(t, runHistory, append([]string{"nosuchuser@163.COM"}, flags...)...)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"address: nosuchuser@163.com",
		"verdict: suppressed: hard bounce userunknown on 2023-11-18 from 163mx01.mxmail.netease.com",
		"events:  1",
		"2023-11-18 10:10  failed  5.0.0",
		"userunknown",
		"samples",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("history lacks %q:\n%s", want, r.stdout)
		}
	}
	// A delayed rate limit: one event, not suppressed.
	r = runStoreCmd(t, runHistory, append([]string{"xu.lan@163.com", "--format", "json"}, flags...)...)
	var h struct {
		Suppressed bool
		Why        string
		Events     []struct{ Action, Reason string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &h); err != nil {
		t.Fatalf("%v: %s", err, r.stdout)
	}
	if h.Suppressed || h.Why != "not suppressed" || len(h.Events) != 1 || h.Events[0].Action != "delayed" || h.Events[0].Reason != "ratelimited" {
		t.Errorf("history of a delay: %+v", h)
	}
	// Released by hand: said so, and listed.
	runStoreCmd(t, runSuppress, append([]string{"remove", "nosuchuser@163.com", "--reason", "mailbox recreated"}, flags...)...)
	r = runStoreCmd(t, runHistory, append([]string{"nosuchuser@163.com"}, flags...)...)
	if !strings.Contains(r.stdout, "verdict: not suppressed: released by hand on ") || !strings.Contains(r.stdout, "release by hand on ") ||
		!strings.Contains(r.stdout, ": mailbox recreated") {
		t.Errorf("history after release:\n%s", r.stdout)
	}
	// Unknown address: no events, exit 0.
	r = runStoreCmd(t, runHistory, append([]string{"nobody@example.com"}, flags...)...)
	if r.code != exitOK || !strings.Contains(r.stdout, "verdict: not suppressed") || !strings.Contains(r.stdout, "events:  none") {
		t.Errorf("unknown address: %d\n%s", r.code, r.stdout)
	}
	if r := runStoreCmd(t, runHistory, flags...); r.code != exitUsage || !strings.Contains(r.stderr, "give one address") {
		t.Errorf("no address: %d %s", r.code, r.stderr)
	}
}
