package main

import (
	_ "embed"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/batch"
	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/source"
	"github.com/bounce-analyzer/bounce/store"
)

// Record is the verdict on one recipient.
type Record = bounce.Record

const analyzeUsage = "bounce analyze [flags] PATH..."

//go:embed help/analyze.txt
var analyzeHelp string

// analyzeConfig is the parsed command line of analyze.
type analyzeConfig struct {
	format   string
	output   string
	db       string // store the records as events here too
	rules    []string
	campaign campaign.Config
	quiet    bool
	jobs     int
	maxSize  int64
	limits   parser.Limits // all but MaxBytes, which is maxSize
	paths    []string
	cpuProf  string // write a CPU profile here (hidden flag, for bench/)
}

func runAnalyze(e *env, args []string) int {
	cfg := analyzeConfig{maxSize: parser.DefaultLimits.MaxBytes, limits: parser.DefaultLimits}
	fs := flagSet("analyze")
	fs.StringVar(&cfg.format, "format", "table", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&cfg.output, "output", "o", "", "write the report to `FILE` (default stdout); it appears whole or not at all")
	fs.StringVar(&cfg.db, "db", "", cliflag.DBUsage)
	fs.StringArrayVar(&cfg.rules, "rules", nil, "add the rules in `FILE` to the defaults; a rule with a default's id replaces it (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	cliflag.AddCampaign(fs, &cfg.campaign)
	fs.BoolVarP(&cfg.quiet, "quiet", "q", false, "do not print the summary line")
	fs.IntVarP(&cfg.jobs, "jobs", "j", runtime.NumCPU(), "analyze `N` messages at once")
	fs.Var((*cliflag.Size)(&cfg.maxSize), "max-size", "skip messages larger than `SIZE` bytes (suffix K, M or G for KiB, MiB, GiB)")
	cliflag.AddLimits(fs, &cfg.limits)
	fs.StringVar(&cfg.cpuProf, "cpuprofile", "", "write a CPU profile to `FILE` (for go tool pprof)")
	fs.MarkHidden("cpuprofile")
	if code, done := e.parse(fs, args, "analyze", analyzeUsage, analyzeHelp); done {
		return code
	}
	cfg.paths = fs.Args()
	switch {
	case len(cfg.paths) == 0:
		return e.usageError("analyze", analyzeUsage, "no PATH given (use - for standard input)")
	case !report.IsFormat(cfg.format):
		return e.usageError("analyze", analyzeUsage, fmt.Sprintf("bad --format %q: want %s", cfg.format, strings.Join(report.Formats, ", ")))
	case cfg.jobs < 1:
		return e.usageError("analyze", analyzeUsage, fmt.Sprintf("bad --jobs %d: want 1 or more", cfg.jobs))
	case cfg.maxSize < 1:
		return e.usageError("analyze", analyzeUsage, "bad --max-size: want 1 byte or more")
	case cliflag.CheckLimits(cfg.limits) != nil:
		return e.usageError("analyze", analyzeUsage, cliflag.CheckLimits(cfg.limits).Error())
	}
	if cfg.cpuProf != "" {
		stop, err := setup.CPUProfile(cfg.cpuProf)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer stop()
	}
	return analyze(e, &cfg)
}

// analyze runs a parsed command line: the analyzer its flags configure
// reads the sources on cfg.jobs workers into the report.
func analyze(e *env, cfg *analyzeConfig) int {
	rs, code := e.loadRules(cfg.rules)
	if rs == nil {
		return code
	}
	lim := cfg.limits
	lim.MaxBytes = cfg.maxSize
	a, err := setup.Analyzer(rs, cfg.campaign, lim)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}

	// The store first: a store that cannot be opened leaves -o as it was.
	var sinks []report.Sink
	if cfg.db != "" {
		st, err := store.Open(e.ctx, cfg.db)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
		sinks = append(sinks, st.Sink(e.ctx, store.RunInfo{Mailbox: store.InputsName(cfg.paths)}))
	}

	out, err := batch.OpenReport(cfg.format, cfg.output, e.stdout)
	if err != nil {
		e.errorf("%v", err)
		return exitFail // an I/O failure: the format is checked
	}
	sum, err := batch.Run(e.ctx, source.Paths(cfg.paths, e.stdin), batch.Config{
		Analyzer: a, Workers: cfg.jobs, Report: out, Sinks: sinks, Errorf: e.errorf,
	})
	code = exitOK
	if err != nil {
		if errors.Is(err, e.ctx.Err()) {
			err = errors.New("interrupted")
		}
		e.errorf("%v", err)
		code = exitFail
	}
	if sum.Errors > 0 {
		code = exitFail
	}
	if !cfg.quiet {
		fmt.Fprintf(e.stderr, "bounce: %s\n", sum.Line())
	}
	return code
}
