package scan

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// Outcome is how one mailbox of RunEach went.
type Outcome struct {
	MailboxURL string
	Result     Result
	// Err is set when the mailbox was not scanned: its login was refused,
	// its server could not be reached, a report could not be written, or
	// the run was interrupted before it.
	Err error
}

// OK tells whether everything went well for the mailbox.
func (o *Outcome) OK() bool { return o.Err == nil && !o.Result.Failed }

// RunEach runs one scan per Config, in turn. A mailbox that fails does
// not stop the others; once ctx is done, the mailboxes not yet begun are
// left, their Err saying so. The Configs may share the state file (each
// has its own Key) and sinks, which each run commits before it saves its
// state.
func RunEach(ctx context.Context, cfgs []Config) []Outcome {
	out := make([]Outcome, len(cfgs))
	for i, cfg := range cfgs {
		out[i].MailboxURL = cfg.MailboxURL
		if ctx.Err() != nil {
			out[i].Err = errors.New("not scanned: interrupted")
			continue
		}
		out[i].Result, out[i].Err = Run(ctx, cfg)
	}
	return out
}

// Failures sums up the outcomes that did not go well, on one line, or ""
// when all did: "1 of 2 mailboxes failed: imap://…".
func Failures(outs []Outcome) string {
	var failed []string
	for i := range outs {
		switch o := &outs[i]; {
		case o.Err != nil:
			failed = append(failed, o.MailboxURL)
		case o.Result.Failed:
			failed = append(failed, o.MailboxURL+" (in part)")
		}
	}
	if len(failed) == 0 {
		return ""
	}
	return fmt.Sprintf("%d of %d mailboxes failed: %s", len(failed), len(outs), strings.Join(failed, ", "))
}

// Verdict tells whether a run over the mailboxes of outs went well (no
// mailbox: nothing failed). For a list of mailboxes (listed) line names
// the ones that failed ("" when none did); a single mailbox has said its
// error already.
func Verdict(outs []Outcome, listed bool) (ok bool, line string) {
	if !listed {
		for i := range outs {
			if !outs[i].OK() {
				return false, ""
			}
		}
		return true, ""
	}
	line = Failures(outs)
	return line == "", line
}
