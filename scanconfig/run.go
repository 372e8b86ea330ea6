package scanconfig

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/scan"
)

// Run is what a scan of several mailboxes shares besides their settings.
type Run struct {
	Analyzer scan.Analyzer
	Stdout   io.Writer // the report when the run has no -o file
	Log      scan.Logger
	Day      time.Time        // the date of the day's files (--report-dir)
	Now      func() time.Time // the clock of the scans
	// Extra opens further sinks of a mailbox (a store, the night's HTML
	// report); they are committed with the report, before its state is
	// saved.
	Extra []func(mailboxURL string) (report.Sink, error)
	// Listed tells that the mailboxes come from a list of accounts: each
	// error then names its mailbox.
	Listed bool
}

// Scan scans the mailboxes accts in turn into one report: on r.Stdout,
// or in the -o file of the run (the accounts share the settings of the
// run), which appears whole when every mailbox is done. A mailbox that
// fails (a refused login, an unreachable server) does not stop the
// others: its error is said to r.Log, and its Outcome tells. err is a
// report that cannot be made or written.
func (r *Run) Scan(ctx context.Context, accts []*Settings) ([]scan.Outcome, error) {
	if len(accts) == 0 {
		return nil, errors.New("no mailbox to scan")
	}
	first := accts[0]
	path := ""
	if !cliflag.IsStdout(first.Output) {
		path = first.Output
	}
	shared, err := report.NewShared(first.Format, r.Stdout, path, "-o "+path)
	if err != nil {
		return nil, err
	}
	sinks := &scan.Sinks{Report: shared, Day: r.Day, DailyDir: first.ReportDir, Extra: r.Extra}
	// The daily files clean up after a killed writer themselves, under
	// the day's lock (report.OpenDaily); the scan, the -o file's.
	var outputs []string
	if path != "" {
		outputs = append(outputs, path)
	}
	cfgs := make([]scan.Config, 0, len(accts))
	for _, s := range accts {
		cfgs = append(cfgs, s.Scan(r.Analyzer, sinks, outputs, r.Log, r.Now))
	}
	outs := scan.RunEach(ctx, cfgs)
	for _, msg := range scan.Errors(outs, r.Listed) {
		r.Log.Warnf("%s", msg)
	}
	return outs, shared.Close()
}
