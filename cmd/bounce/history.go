package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/store"
)

const historyUsage = "bounce history [flags] ADDRESS"

const historyHelp = `Prints what the store knows of ADDRESS: every bounce event, oldest first,
the operator's additions and releases, and the suppression policy's
verdict with why, e.g.

  suppressed: hard bounce userunknown on 2026-11-30 from mx.example.com

The address is matched with its domain lower-cased. See 'bounce suppress
--help' for the policy and --db.

Exit status: 0 done (also when the store knows nothing of ADDRESS), 1
the store could not be read, 2 usage error.
`

func runHistory(e *env, args []string) int {
	fs := pflag.NewFlagSet("history", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	var sf storeFlags
	format := fs.String("format", "txt", "output format: txt or json")
	sf.add(fs)
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("history", historyUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", historyUsage, historyHelp, fs.FlagUsages())
		return exitOK
	}
	if fs.NArg() != 1 {
		return e.usageError("history", historyUsage, "give one address")
	}
	if *format != "txt" && *format != "json" {
		return e.usageError("history", historyUsage, fmt.Sprintf("bad --format %q: want txt or json", *format))
	}
	s, err := sf.open(e)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	defer s.Close()
	h, err := s.History(e.ctx, fs.Arg(0))
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if *format == "json" {
		err = store.WriteHistoryJSON(e.stdout, &h)
	} else {
		err = store.WriteHistory(e.stdout, &h)
	}
	if err != nil {
		e.errorf("writing the history: %v", err)
		return exitFail
	}
	return exitOK
}
