package scan

import (
	"errors"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// Sinks are the sinks of a run over several mailboxes (RunEach): one
// report they share, the day's files in a folder, and others each
// mailbox opens anew (a history store, the night report's spool).
type Sinks struct {
	Report *report.Shared // the report (-o or stdout)
	// DailyDir, when set, is the folder of the day Day's files
	// (report.OpenDaily).
	DailyDir string
	Day      time.Time
	// Extra open the other sinks of the mailbox named by its URL, in
	// order.
	Extra []func(mailboxURL string) (report.Sink, error)
}

// Open opens the sinks of one mailbox, for Config.Sinks: the report, the
// daily files, then Extra. When one cannot be opened, those opened
// already are aborted.
func (s *Sinks) Open(mailboxURL string) ([]report.Sink, error) {
	var sinks []report.Sink
	fail := func(err error) ([]report.Sink, error) {
		for _, k := range sinks {
			k.Abort()
		}
		return nil, err
	}
	if s.Report == nil {
		return nil, errors.New("scan: no report")
	}
	out, err := s.Report.Sink()
	if err != nil {
		return nil, err
	}
	sinks = append(sinks, out)
	if s.DailyDir != "" {
		d, err := report.OpenDaily(s.DailyDir, s.Day)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, d)
	}
	for _, open := range s.Extra {
		k, err := open(mailboxURL)
		if err != nil {
			return fail(err)
		}
		sinks = append(sinks, k)
	}
	return sinks, nil
}

// Errors are the errors of the mailboxes that were not scanned, each
// named by its mailbox's URL when named is set and the error does not
// begin with it.
func Errors(outs []Outcome, named bool) []string {
	var msgs []string
	for _, o := range outs {
		if o.Err != nil {
			msg := o.Err.Error()
			if named && !strings.HasPrefix(msg, o.MailboxURL) {
				msg = o.MailboxURL + ": " + msg
			}
			msgs = append(msgs, msg)
		}
	}
	return msgs
}
