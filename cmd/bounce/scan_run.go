package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/scan"
	"github.com/bounce-analyzer/bounce/scanconfig"
	"github.com/bounce-analyzer/bounce/store"
)

// scanNow is the clock of scan (the date of --report-dir files); tests
// set it.
var scanNow = time.Now

// toFile tells whether -o names a file (not stdout).
func toFile(output string) bool { return output != "" && output != "-" }

// scanAnalyzer loads the rules and makes the analyzer of cfg, with the
// parser limits lim.
func scanAnalyzer(e *env, cfg *scanconfig.Settings, lim parser.Limits) (*bounce.Analyzer, bool) {
	var rs *rules.Set
	if len(cfg.Rules) > 0 {
		var err error
		if rs, err = rules.Load(cfg.Rules...); err != nil {
			e.errorf("loading rules: %v", err)
			return nil, false
		}
	}
	lim.MaxBytes = cfg.MaxSize
	return bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim)), true
}

// scanAccounts scans the mailboxes in turn, into one report: the one of
// the command line, or the accounts of the config file. A mailbox that
// fails (a refused login, an unreachable server) does not stop the
// others; the summary names it and the exit status is exitFail. Every
// sink (the report, the --report-dir files, the store) is committed
// before a mailbox's state is saved.
func scanAccounts(e *env, accts []*scanconfig.Settings, lim parser.Limits, listed bool) (code int) {
	first := accts[0] // the settings of the whole run are the same in all
	an, ok := scanAnalyzer(e, first, lim)
	if !ok {
		return exitUsage
	}
	var st *store.Store
	if first.DB != "" {
		var err error
		if st, err = store.Open(e.ctx, first.DB); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
	}
	reportOut, path := e.stdout, ""
	if toFile(first.Output) {
		reportOut, path = nil, first.Output
	}
	log := newScanLog(e.stderr, first.Quiet, first.Batch, reportOut)
	defer log.End()
	shared, err := report.NewShared(first.Format, e.stdout, path, "-o "+path)
	if err != nil { // the format is checked
		e.errorf("%v", err)
		return exitUsage
	}
	day := scanNow()
	// The night's HTML report reads the records every mailbox committed,
	// spooled on disk as JSON Lines (memory does not grow with them).
	var night *report.Shared
	var nightSpool string
	if first.ReportDir != "" {
		f, err := os.CreateTemp("", "bounce-night-*.jsonl")
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		f.Close()
		nightSpool = f.Name()
		defer os.Remove(nightSpool)
		night, _ = report.NewShared("json", nil, nightSpool, "")
	}
	var outputs []string
	if path != "" {
		outputs = append(outputs, path)
	}
	// The daily files clean up after a killed writer themselves, under
	// the day's lock (report.OpenDaily).

	var cfgs []scan.Config
	for _, cfg := range accts {
		mailbox := imapfetch.MailboxURL(&cfg.Srv, cfg.User, cfg.Mailbox)
		cfgs = append(cfgs, scan.Config{
			State:      cfg.State,
			Key:        imapfetch.StateKey(&cfg.Srv, cfg.User, cfg.Mailbox),
			MailboxURL: mailbox,
			All:        cfg.All,
			Since:      cfg.SinceDate,
			Policy:     scan.Policy{MarkSeen: cfg.MarkSeen, MoveTo: cfg.MoveTo, MoveOthers: cfg.MoveOthers, Delete: cfg.Delete},
			Dial: func(ctx context.Context) (scan.Session, error) {
				return imapfetch.Open(ctx, cfg.Options(log.Warnf))
			},
			Analyzer: an,
			Sinks: func() ([]report.Sink, error) {
				out, err := shared.Sink()
				if err != nil {
					return nil, err
				}
				sinks := []report.Sink{out}
				if cfg.ReportDir != "" {
					d, err := report.OpenDaily(cfg.ReportDir, day)
					if err != nil {
						out.Abort()
						return nil, err
					}
					sinks = append(sinks, d)
				}
				if st != nil {
					sinks = append(sinks, st.Sink(e.ctx, store.RunInfo{Mailbox: mailbox}))
				}
				if night != nil {
					n, err := night.Sink()
					if err != nil {
						for _, s := range sinks {
							s.Abort()
						}
						return nil, err
					}
					sinks = append(sinks, n)
				}
				return sinks, nil
			},
			Outputs: outputs,
			Log:     log,
			Now:     scanNow,
		})
	}
	outs := scan.RunEach(e.ctx, cfgs)
	for _, o := range outs {
		if o.Err != nil {
			msg := o.Err.Error()
			if listed && !strings.HasPrefix(msg, o.MailboxURL) {
				msg = o.MailboxURL + ": " + msg
			}
			log.Warnf("%s", msg)
		}
	}
	if err := shared.Close(); err != nil {
		log.Warnf("%v", err)
		return exitFail
	}
	alerts := 0
	if night != nil {
		var ok bool
		if alerts, ok = nightReport(e, first, day, nightSpool, st); !ok {
			return exitFail
		}
	}
	if first.FailAlert && alerts > 0 {
		defer func() {
			if code == exitOK {
				code = exitIncidentAlert
			}
		}()
	}
	if !listed {
		if !outs[0].OK() {
			return exitFail
		}
		return exitOK
	}
	if line := scan.Failures(outs); line != "" {
		log.Warnf("%s", line)
		return exitFail
	}
	log.Infof("%d mailboxes scanned", len(accts))
	return exitOK
}

// nightReport writes DIR/YYYY-MM-DD.html and says its alerts on stderr:
// of the history's last 30 days when there is a store, else of the run's
// committed records (the spool). It returns the number of alerts, and
// false when the report could not be written.
func nightReport(e *env, cfg *scanconfig.Settings, day time.Time, spool string, st *store.Store) (int, bool) {
	threshold := cfg.AlertThreshold
	if threshold == 0 {
		threshold = -1 // incident: never
	}
	sink := htmlreport.NewSink(filepath.Join(cfg.ReportDir, day.Format(time.DateOnly)+".html"), htmlreport.Options{
		Title: "bounce scan " + day.Format(time.DateOnly), Lang: cfg.Lang, Threshold: threshold,
	})
	read := func() error { return sink.ReadJSONFile(spool, nil, func(err error) { e.errorf("%v", err) }) }
	if st != nil {
		read = func() error { return sink.ReadHistory(e.ctx, st, day.AddDate(0, 0, -30)) }
	}
	if err := read(); err != nil {
		e.errorf("night report: %v", err)
		sink.Abort()
		return 0, false
	}
	if err := sink.Commit(); err != nil {
		e.errorf("%v", err)
		return 0, false
	}
	alerts := sink.AlertLines()
	for _, line := range alerts {
		e.errorf("alert: %s", line)
	}
	return len(alerts), true
}
