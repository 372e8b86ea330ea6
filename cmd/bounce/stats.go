package main

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/provider"
	"github.com/bounce-analyzer/bounce/store"
)

const statsUsage = "bounce stats [--since DATE] [--by day|domain|provider|reason] [flags]"

//go:embed help/stats.txt
var statsHelp string

// providerOf names the provider of a receiving domain for --by provider
// (QQ/Exmail, NetEase, Gmail, Microsoft …), from the provider table; a
// domain of no known provider stands for itself.
var providerOf = func(domain string) string {
	if p := provider.Default().Domain(domain); p != nil {
		return p.Name("en")
	}
	return domain
}

func runStats(e *env, args []string) int {
	fs := flagSet("stats")
	var sf setup.StoreFlags
	since := fs.String("since", "", "count the events on or after `DATE`")
	by := fs.String("by", "day", "group by day, domain, provider, reason, campaign or list")
	format := fs.String("format", "txt", "output format: txt, csv or json")
	sf.Add(fs)
	if code, done := e.parse(fs, args, "stats", statsUsage, statsHelp); done {
		return code
	}
	if fs.NArg() > 0 {
		return e.usageError("stats", statsUsage, "stats takes no arguments")
	}
	opt := store.StatsOptions{By: store.Grouping(*by), Provider: providerOf}
	switch opt.By {
	case store.ByDay, store.ByDomain, store.ByProvider, store.ByReason, store.ByCampaign, store.ByList:
	default:
		return e.usageError("stats", statsUsage, fmt.Sprintf("bad --by %q: want day, domain, provider, reason, campaign or list", *by))
	}
	switch *format {
	case "txt", "csv", "json":
	default:
		return e.usageError("stats", statsUsage, fmt.Sprintf("bad --format %q: want txt, csv or json", *format))
	}
	if *since != "" {
		t, err := store.ParseDate(*since, time.Now())
		if err != nil {
			return e.usageError("stats", statsUsage, "--since: "+err.Error())
		}
		opt.Since = t
	}
	s, err := sf.Open(e.ctx, e.getenv)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	defer s.Close()
	rows, err := s.Stats(e.ctx, opt)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if err := store.WriteStats(e.stdout, *format, *by, rows); err != nil {
		e.errorf("writing the statistics: %v", err)
		return exitFail
	}
	return exitOK
}
