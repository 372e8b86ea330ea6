package scan

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/imapfetch"
)

// Two mailboxes sharing a state file and a sink, the first with a wrong
// password: the second is scanned and recorded all the same.
func TestRunEachOneFails(t *testing.T) {
	msgs := samples(t, 5)
	bad := newHarness(t, msgs)
	good := newHarness(t, msgs)
	good.state = bad.state
	sink := &memSink{}
	cb := bad.config(Policy{}, sink)
	cb.Dial = func(ctx context.Context) (Session, error) {
		srv := bad.server()
		return imapfetch.Open(ctx, imapfetch.Options{Server: srv, Credentials: imapfetch.Credentials{User: bad.srv.User, Password: "wrong"}})
	}
	cg := good.config(Policy{}, sink)
	outs := RunEach(context.Background(), []Config{cb, cg})
	var le *imapfetch.LoginError
	if !errors.As(outs[0].Err, &le) || outs[0].OK() {
		t.Errorf("first outcome %+v, want a refused login", outs[0])
	}
	if !outs[1].OK() || outs[1].Result.Summary.Messages != len(msgs) {
		t.Errorf("second outcome %+v, want %d messages read", outs[1], len(msgs))
	}
	if got := Failures(outs); !strings.HasPrefix(got, "1 of 2 mailboxes failed: "+cb.MailboxURL) || strings.Contains(got, cg.MailboxURL) {
		t.Errorf("Failures = %q", got)
	}
	for _, tc := range []struct {
		outs   []Outcome
		listed bool
		ok     bool
		line   string
	}{
		{outs, true, false, Failures(outs)},
		{outs[1:], true, true, ""},
		{outs[:1], false, false, ""}, // one mailbox: its error was said
		{outs[1:], false, true, ""},
		{nil, false, true, ""}, // no mailbox, no failure, no panic
		{nil, true, true, ""},
		{[]Outcome{{MailboxURL: "imap://x/INBOX", Result: Result{Failed: true}}}, true, false, "1 of 1 mailboxes failed: imap://x/INBOX (in part)"},
	} {
		if ok, line := Verdict(tc.outs, tc.listed); ok != tc.ok || line != tc.line {
			t.Errorf("Verdict(%d outcomes, listed %v) = %v, %q; want %v, %q", len(tc.outs), tc.listed, ok, line, tc.ok, tc.line)
		}
	}
	st, err := LoadState(good.state)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mailboxes[cg.Key] == nil || st.Mailboxes[cb.Key] != nil {
		t.Errorf("state keys %v, want only %s", st.Mailboxes, cg.Key)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	outs = RunEach(ctx, []Config{cg})
	if outs[0].Err == nil || !strings.Contains(outs[0].Err.Error(), "interrupted") {
		t.Errorf("cancelled: %+v", outs[0])
	}
}
