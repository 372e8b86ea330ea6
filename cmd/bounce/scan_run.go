package main

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/scan"
	"github.com/bounce-analyzer/bounce/store"
)

// scanNow is the clock of scan (the date of --report-dir files); tests
// set it.
var scanNow = time.Now

// scanMailbox runs a prepared command line.
func scanMailbox(e *env, cfg *scanConfig) int {
	an, ok := scanAnalyzer(e, cfg)
	if !ok {
		return exitUsage
	}
	st, err := openScanStore(e, cfg)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if st != nil {
		defer st.Close()
	}
	var reportOut io.Writer = e.stdout
	if toFile(cfg.output) {
		reportOut = nil
	}
	log := newScanLog(e.stderr, cfg.quiet, cfg.batch, reportOut)
	defer log.End()

	day := scanNow()
	var outputs []string
	if toFile(cfg.output) {
		outputs = append(outputs, cfg.output)
	}
	if cfg.reportDir != "" {
		outputs = append(outputs, report.DailyFiles(cfg.reportDir, day)...)
	}
	res, err := scan.Run(e.ctx, scan.Config{
		State:      cfg.state,
		Key:        imapfetch.StateKey(&cfg.srv, cfg.user, cfg.mailbox),
		MailboxURL: imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox),
		All:        cfg.all,
		Since:      cfg.sinceDate,
		Policy:     scan.Policy{MarkSeen: cfg.markSeen, MoveTo: cfg.moveTo, MoveOthers: cfg.moveOthers, Delete: cfg.delete},
		Dial:       func(ctx context.Context) (scan.Session, error) { return dialScan(ctx, cfg, log) },
		Analyzer:   an,
		Sinks: func() ([]report.Sink, error) {
			sinks, err := openScanSinks(e, cfg, day)
			if err == nil && st != nil {
				sinks = append(sinks, st.Sink(e.ctx, store.RunInfo{Mailbox: imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox)}))
			}
			return sinks, err
		},
		Outputs: outputs,
		Log:     log,
		Now:     scanNow,
	})
	if err != nil {
		log.Warnf("%v", err)
		return exitFail
	}
	if res.Failed {
		return exitFail
	}
	return exitOK
}

// dialScan connects and selects the mailbox.
func dialScan(ctx context.Context, cfg *scanConfig, log *scanLog) (scan.Session, error) {
	retries := cfg.retries
	if retries == 0 {
		retries = -1 // imapfetch: 0 is the default
	}
	sess, err := imapfetch.Open(ctx, imapfetch.Options{
		Server:      cfg.srv,
		Credentials: imapfetch.Credentials{User: cfg.user, Password: cfg.secret, Token: cfg.token},
		NoID:        !cfg.imapID,
		Mailbox:     cfg.mailbox,
		BatchSize:   cfg.batch,
		MaxSize:     cfg.maxSize,
		Retries:     retries,
		Backoff:     max(cfg.retryDelay, time.Millisecond),
		Logf:        log.Warnf,
	})
	if err != nil {
		return nil, err
	}
	return sess, nil
}

// openScanStore opens the store of --db, nil without it. The store is a
// sink like the report: scan.Run commits it before the state is saved and
// before any after-action.
func openScanStore(e *env, cfg *scanConfig) (*store.Store, error) {
	if cfg.db == "" {
		return nil, nil
	}
	return store.Open(e.ctx, cfg.db)
}

// scanAnalyzer loads the rules and makes the analyzer of cfg.
func scanAnalyzer(e *env, cfg *scanConfig) (*bounce.Analyzer, bool) {
	var rs *rules.Set
	if len(cfg.rules) > 0 {
		var err error
		if rs, err = rules.Load(cfg.rules...); err != nil {
			e.errorf("loading rules: %v", err)
			return nil, false
		}
	}
	lim := cfg.limits
	lim.MaxBytes = cfg.maxSize
	return bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim)), true
}

// scanAccounts scans the mailboxes of the config file in turn, into one
// report. A mailbox that fails (a refused login, an unreachable server)
// does not stop the others; the summary names it and the exit status is
// exitFail.
func scanAccounts(e *env, accts []*scanConfig) int {
	first := accts[0] // the settings of the whole run are the same in all
	an, ok := scanAnalyzer(e, first)
	if !ok {
		return exitUsage
	}
	st, err := openScanStore(e, first)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if st != nil {
		defer st.Close()
	}
	var reportOut io.Writer = e.stdout
	if toFile(first.output) {
		reportOut = nil
	}
	log := newScanLog(e.stderr, first.quiet, first.batch, reportOut)
	defer log.End()
	day := scanNow()
	var outputs []string
	if toFile(first.output) {
		outputs = append(outputs, first.output)
	}
	if first.reportDir != "" {
		outputs = append(outputs, report.DailyFiles(first.reportDir, day)...)
	}
	shared := newSharedReport(e, first.format, first.output)

	var cfgs []scan.Config
	for _, cfg := range accts {
		cfgs = append(cfgs, scan.Config{
			State:      cfg.state,
			Key:        imapfetch.StateKey(&cfg.srv, cfg.user, cfg.mailbox),
			MailboxURL: imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox),
			All:        cfg.all,
			Since:      cfg.sinceDate,
			Policy:     scan.Policy{MarkSeen: cfg.markSeen, MoveTo: cfg.moveTo, MoveOthers: cfg.moveOthers, Delete: cfg.delete},
			Dial:       func(ctx context.Context) (scan.Session, error) { return dialScan(ctx, cfg, log) },
			Analyzer:   an,
			Sinks: func() ([]report.Sink, error) {
				out, err := shared.Sink()
				if err != nil {
					return nil, err
				}
				sinks := []report.Sink{out}
				if cfg.reportDir != "" {
					d, err := report.OpenDaily(cfg.reportDir, day)
					if err != nil {
						out.Abort()
						return nil, err
					}
					sinks = append(sinks, d)
				}
				if st != nil {
					sinks = append(sinks, st.Sink(e.ctx, store.RunInfo{Mailbox: imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox)}))
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
			if !strings.HasPrefix(msg, o.MailboxURL) {
				msg = o.MailboxURL + ": " + msg
			}
			log.Warnf("%s", msg)
		}
	}
	if err := shared.Close(); err != nil {
		log.Warnf("%v", err)
		return exitFail
	}
	if line := scan.Failures(outs); line != "" {
		log.Warnf("%s", line)
		return exitFail
	}
	log.Infof("%d mailboxes scanned", len(accts))
	return exitOK
}
