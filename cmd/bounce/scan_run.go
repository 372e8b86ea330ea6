package main

import (
	"time"

	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/scan"
	"github.com/bounce-analyzer/bounce/scanconfig"
	"github.com/bounce-analyzer/bounce/store"
)

// scanNow is the clock of scan (the date of --report-dir files); tests
// set it.
var scanNow = time.Now

// scanAccounts scans the mailboxes in turn, into one report: the one of
// the command line, or the accounts of the config file. A mailbox that
// fails (a refused login, an unreachable server) does not stop the
// others; the summary names it and the exit status is exitFail. Every
// sink (the report, the --report-dir files, the store) is committed
// before a mailbox's state is saved.
func scanAccounts(e *env, accts []*scanconfig.Settings, listed bool) int {
	first := accts[0] // the settings of the whole run are the same in all
	rs, code := e.loadRules(first.Rules)
	if rs == nil {
		return code
	}
	an, err := setup.Analyzer(rs, first.Campaign, first.Limits)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	var st *store.Store
	if first.DB != "" {
		if st, err = store.Open(e.ctx, first.DB); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
	}
	reportOut := e.stdout
	if !cliflag.IsStdout(first.Output) {
		reportOut = nil
	}
	log := newScanLog(e.stderr, first.Quiet, first.Batch, reportOut)
	defer log.End()
	run := &scanconfig.Run{Analyzer: an, Stdout: e.stdout, Log: log, Day: scanNow(), Now: scanNow, Listed: listed}
	if st != nil {
		run.Extra = append(run.Extra, func(mailbox string) (report.Sink, error) {
			return st.Sink(e.ctx, store.RunInfo{Mailbox: mailbox}), nil
		})
	}
	var night *htmlreport.Night
	if first.ReportDir != "" {
		if night, err = htmlreport.NewNight(first.ReportDir, run.Day, first.Lang, first.AlertThreshold); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer night.Close()
		run.Extra = append(run.Extra, night.Sink)
	}
	outs, err := run.Scan(e.ctx, accts)
	if err != nil {
		log.Warnf("%v", err)
		return exitFail
	}
	var alerts []string
	if night != nil {
		var h htmlreport.History
		if st != nil {
			h = st
		}
		if alerts, err = night.Write(e.ctx, h, func(err error) { e.errorf("%v", err) }); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		for _, line := range alerts {
			e.errorf("alert: %s", line)
		}
	}
	ok, line := scan.Verdict(outs, listed)
	switch {
	case line != "":
		log.Warnf("%s", line)
	case listed:
		log.Infof("%d mailboxes scanned", len(accts))
	}
	switch {
	case !ok:
		return exitFail
	case first.FailAlert && len(alerts) > 0:
		return exitIncidentAlert
	}
	return exitOK
}
