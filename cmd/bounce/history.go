package main

import (
	_ "embed"
	"fmt"

	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/store"
)

const historyUsage = "bounce history [flags] ADDRESS"

//go:embed help/history.txt
var historyHelp string

func runHistory(e *env, args []string) int {
	fs := flagSet("history")
	var sf setup.StoreFlags
	format := fs.String("format", "txt", "output format: txt or json")
	sf.Add(fs)
	if code, done := e.parse(fs, args, "history", historyUsage, historyHelp); done {
		return code
	}
	if fs.NArg() != 1 {
		return e.usageError("history", historyUsage, "give one address")
	}
	if *format != "txt" && *format != "json" {
		return e.usageError("history", historyUsage, fmt.Sprintf("bad --format %q: want txt or json", *format))
	}
	s, err := sf.Open(e.ctx, e.getenv)
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
