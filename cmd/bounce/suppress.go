package main

import (
	_ "embed"
	"fmt"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/store"
)

const suppressUsage = "bounce suppress list|add|remove [flags] [ADDRESS...]"

//go:embed help/suppress.txt
var suppressHelp string

func runSuppress(e *env, args []string) int {
	fs := flagSet("suppress")
	var sf setup.StoreFlags
	since := fs.String("since", "", "list: only the suppressions that began on or after `DATE`")
	onlyNew := fs.Bool("new", false, "list: only the suppressions since the last --new export, and record this export")
	format := fs.String("format", "txt", "list: output format: txt, csv or json")
	note := fs.String("reason", "", "add, remove: why, in the operator's words (`TEXT`)")
	sf.Add(fs)
	if code, done := e.parse(fs, args, "suppress", suppressUsage, suppressHelp); done {
		return code
	}
	if fs.NArg() == 0 {
		return e.usageError("suppress", suppressUsage, "give list, add or remove")
	}
	sub, addrs := fs.Arg(0), fs.Args()[1:]
	switch sub {
	case "list":
		if len(addrs) > 0 {
			return e.usageError("suppress", suppressUsage, "list takes no addresses")
		}
		if *note != "" {
			return e.usageError("suppress", suppressUsage, "--reason is for add and remove")
		}
		switch *format {
		case "txt", "csv", "json":
		default:
			return e.usageError("suppress", suppressUsage, fmt.Sprintf("bad --format %q: want txt, csv or json", *format))
		}
	case "add", "remove":
		if len(addrs) == 0 {
			return e.usageError("suppress", suppressUsage, sub+": give at least one address")
		}
		for _, a := range addrs {
			if !strings.Contains(a, "@") {
				return e.usageError("suppress", suppressUsage, fmt.Sprintf("%s: %q is not an address", sub, a))
			}
		}
		if *since != "" || *onlyNew || fs.Changed("format") {
			return e.usageError("suppress", suppressUsage, "--since, --new and --format are for list")
		}
	default:
		return e.usageError("suppress", suppressUsage, fmt.Sprintf("unknown subcommand %q: want list, add or remove", sub))
	}
	var opt store.ListOptions
	if *since != "" {
		t, err := store.ParseDate(*since, time.Now())
		if err != nil {
			return e.usageError("suppress", suppressUsage, "--since: "+err.Error())
		}
		opt.Since = t
	}
	opt.New = *onlyNew
	opt.Brief = *format == "txt"

	s, err := sf.Open(e.ctx, e.getenv)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	defer s.Close()
	switch sub {
	case "add":
		err = s.Add(e.ctx, *note, addrs...)
	case "remove":
		err = s.Release(e.ctx, *note, addrs...)
	default:
		err = s.WriteList(e.ctx, e.stdout, opt, *format)
	}
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	return exitOK
}
