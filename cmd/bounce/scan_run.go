package main

import (
	"context"
	"io"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/scan"
)

// scanNow is the clock of scan (the date of --report-dir files); tests
// set it.
var scanNow = time.Now

// scanMailbox runs a prepared command line.
func scanMailbox(e *env, cfg *scanConfig) int {
	var rs *rules.Set
	if len(cfg.rules) > 0 {
		var err error
		if rs, err = rules.Load(cfg.rules...); err != nil {
			e.errorf("loading rules: %v", err)
			return exitUsage
		}
	}
	lim := cfg.limits
	lim.MaxBytes = cfg.maxSize
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
		Analyzer:   bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim)),
		Sinks:      func() ([]report.Sink, error) { return openScanSinks(e, cfg, day) },
		Outputs:    outputs,
		Log:        log,
		Now:        scanNow,
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
		Credentials: imapfetch.Credentials{User: cfg.user, Password: cfg.secret},
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
