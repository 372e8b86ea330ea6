package main

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/incident"
	"github.com/bounce-analyzer/bounce/store"
)

// exitIncidentAlert is the status of report --fail-on-alert when an
// incident reached the threshold (and every input was read).
const exitIncidentAlert = 3

const reportUsage = "bounce report --html FILE [--since DATE] [--lang en|zh] [flags] (--db DSN | JSONL...)"

//go:embed help/report.txt
var reportHelp string

type reportConfig struct {
	html      string
	since     time.Time
	lang      string
	title     string
	threshold int
	failAlert bool
	maxRcpt   int
	db        string
	paths     []string
}

func runReport(e *env, args []string) int {
	cfg := reportConfig{lang: "en", threshold: incident.DefaultThreshold}
	var since string
	fs := flagSet("report")
	fs.StringVar(&cfg.html, "html", "", "write the HTML report to `FILE`")
	fs.StringVar(&since, "since", "", "leave out records dated before `DATE` (YYYY-MM-DD, UTC, RFC 3339, or Nd for N days ago)")
	fs.StringVar(&cfg.lang, "lang", "en", "labels in `LANG`: en or zh (reason names stay as they are)")
	fs.StringVar(&cfg.title, "title", "", "the report's `TITLE` (default \"Bounce report\")")
	fs.IntVar(&cfg.threshold, "alert-threshold", incident.DefaultThreshold, "an incident of `N` refused recipients or more is an alert (0: never)")
	fs.BoolVar(&cfg.failAlert, "fail-on-alert", false, "exit with status 3 when an incident is an alert")
	fs.IntVar(&cfg.maxRcpt, "max-recipients", 0, "list at most `N` recipients per reason and domain, count the rest (0: all)")
	fs.StringVar(&cfg.db, "db", "", "read the records of the history store `DSN` (a SQLite file or postgres://…) instead of JSONL files")
	if code, done := e.parse(fs, args, "report", reportUsage, reportHelp); done {
		return code
	}
	cfg.paths = fs.Args()
	switch {
	case cfg.html == "":
		return e.usageError("report", reportUsage, "no --html FILE given")
	case len(cfg.paths) == 0 && cfg.db == "":
		return e.usageError("report", reportUsage, "no JSONL file or --db given (use - for standard input)")
	case len(cfg.paths) > 0 && cfg.db != "":
		return e.usageError("report", reportUsage, "give JSONL files or --db, not both")
	case cfg.lang != "en" && cfg.lang != "zh":
		return e.usageError("report", reportUsage, fmt.Sprintf("bad --lang %q: want en or zh", cfg.lang))
	case cfg.threshold < 0:
		return e.usageError("report", reportUsage, "bad --alert-threshold: want 0 or more")
	case cfg.maxRcpt < 0:
		return e.usageError("report", reportUsage, "bad --max-recipients: want 0 or more")
	}
	if since != "" {
		t, err := store.ParseDate(since, time.Now())
		if err != nil {
			return e.usageError("report", reportUsage, "--since: "+err.Error())
		}
		cfg.since = t
	}
	return writeReport(e, &cfg)
}

func writeReport(e *env, cfg *reportConfig) int {
	threshold := cfg.threshold
	if threshold == 0 {
		threshold = -1 // incident: never
	}
	var h htmlreport.History
	if cfg.db != "" {
		st, err := store.Open(e.ctx, cfg.db)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
		h = st
	}
	sink, allRead, err := htmlreport.Build(e.ctx, cfg.html, htmlreport.Options{
		Title: cfg.title, Lang: cfg.lang, Since: cfg.since,
		Threshold: threshold, MaxRecipients: cfg.maxRcpt,
	}, h, cfg.paths, e.stdin, func(err error) { e.errorf("%v", err) })
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	for _, line := range sink.AlertLines() {
		e.errorf("alert: %s", line)
	}
	fmt.Fprintf(e.stderr, "report: %s\n", sink.Line())
	switch {
	case !allRead:
		return exitFail
	case cfg.failAlert && sink.Collector().Alerts() > 0:
		return exitIncidentAlert
	}
	return exitOK
}
