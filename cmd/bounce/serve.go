package main

import (
	"context"
	_ "embed"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/store"
	"github.com/bounce-analyzer/bounce/webhook"
)

const serveUsage = "bounce serve --listen ADDR --config FILE --db DSN [--report-dir DIR] [flags]"

//go:embed help/serve.txt
var serveHelp string

// serveConfig is the parsed command line and config file of serve.
type serveConfig struct {
	config  string
	given   webhook.File // the settings of the command line
	file    webhook.File // the config file's, then the command line over them
	grace   time.Duration
	maxBody int64
	rate    float64
}

func runServe(e *env, args []string) int {
	cfg := serveConfig{grace: 30 * time.Second, maxBody: webhook.DefaultMaxBody, rate: webhook.DefaultRate}
	fs := flagSet("serve")
	fs.StringVar(&cfg.given.Listen, "listen", "", "listen on `ADDR` (host:port)")
	fs.StringVar(&cfg.config, "config", "", "read the providers' settings from the YAML `FILE`")
	fs.StringVar(&cfg.given.ReportDir, "report-dir", "", "write the day's report files to `DIR`")
	fs.StringVar(&cfg.given.DB, "db", "", cliflag.DBUsage)
	fs.StringArrayVar(&cfg.given.Rules, "rules", nil, "add the rules in `FILE` to the defaults (repeatable; default: $BOUNCE_RULES)")
	fs.DurationVar(&cfg.grace, "grace", cfg.grace, "on shutdown, wait this long for requests in flight")
	fs.Var((*cliflag.Size)(&cfg.maxBody), "max-body", "refuse request bodies larger than `SIZE` (suffix K, M or G)")
	fs.Float64Var(&cfg.rate, "rate", cfg.rate, "accept `N` requests a second on average (twice as many at once)")
	if code, done := e.parse(fs, args, "serve", serveUsage, serveHelp); done {
		return code
	}
	if fs.NArg() > 0 {
		return e.usageError("serve", serveUsage, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	var err error
	if cfg.file, err = webhook.Settings(cfg.config, cfg.given, e.errorf); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	switch {
	case cfg.file.Listen == "":
		return e.usageError("serve", serveUsage, "no --listen address")
	case cfg.file.DB == "":
		return e.usageError("serve", serveUsage, "no --db: the store keeps every event the providers post (the report directory keeps only failed recipients)")
	case cfg.maxBody < 1 || cfg.rate <= 0 || cfg.grace < 0:
		return e.usageError("serve", serveUsage, "--max-body, --rate and --grace must be positive")
	}
	wcfg := webhook.Config{MaxBody: cfg.maxBody, Rate: cfg.rate, Burst: max(1, int(2*cfg.rate))}
	if err := cfg.file.Providers(&wcfg, e.getenv); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	rs, code := e.loadRules(cfg.file.Rules)
	if rs == nil && code != exitOK {
		return code
	}
	wcfg.Classifier = classify.New(rs)
	st, err := store.Open(e.ctx, cfg.file.DB)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	defer st.Close()
	// Not the request's context: a request that is cut off after its
	// commit began must not leave the store in doubt.
	wcfg.Open = webhook.StoreThenDaily(func() report.Sink {
		return st.Sink(context.Background(), store.RunInfo{Mailbox: "bounce serve"})
	}, cfg.file.ReportDir, time.Now)
	wcfg.Log = slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := webhook.New(wcfg)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", cfg.file.Listen)
	if err != nil {
		e.errorf("serve: %v", err)
		return exitFail
	}
	e.errorf("serving %s on %s", strings.Join(wcfg.Endpoints(), ", "), ln.Addr())
	if err := webhook.Serve(e.ctx, ln, h, cfg.grace); err != nil {
		e.errorf("serve: %v", err)
		return exitFail
	}
	return exitOK
}
