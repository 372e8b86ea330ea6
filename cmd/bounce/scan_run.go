package main

import (
	"context"
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

// toFile tells whether -o names a file (not stdout).
func toFile(output string) bool { return output != "" && output != "-" }

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

// scanAccounts scans the mailboxes in turn, into one report: the one of
// the command line, or the accounts of the config file. A mailbox that
// fails (a refused login, an unreachable server) does not stop the
// others; the summary names it and the exit status is exitFail. Every
// sink (the report, the --report-dir files, the store) is committed
// before a mailbox's state is saved.
func scanAccounts(e *env, accts []*scanConfig, listed bool) int {
	first := accts[0] // the settings of the whole run are the same in all
	an, ok := scanAnalyzer(e, first)
	if !ok {
		return exitUsage
	}
	var st *store.Store
	if first.db != "" {
		var err error
		if st, err = store.Open(e.ctx, first.db); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
	}
	reportOut, path := e.stdout, ""
	if toFile(first.output) {
		reportOut, path = nil, first.output
	}
	log := newScanLog(e.stderr, first.quiet, first.batch, reportOut)
	defer log.End()
	shared, err := report.NewShared(first.format, e.stdout, path, "-o "+path)
	if err != nil { // the format is checked
		e.errorf("%v", err)
		return exitUsage
	}
	day := scanNow()
	var outputs []string
	if path != "" {
		outputs = append(outputs, path)
	}
	// The daily files clean up after a killed writer themselves, under
	// the day's lock (report.OpenDaily).

	var cfgs []scan.Config
	for _, cfg := range accts {
		mailbox := imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox)
		cfgs = append(cfgs, scan.Config{
			State:      cfg.state,
			Key:        imapfetch.StateKey(&cfg.srv, cfg.user, cfg.mailbox),
			MailboxURL: mailbox,
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
					sinks = append(sinks, st.Sink(e.ctx, store.RunInfo{Mailbox: mailbox}))
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
