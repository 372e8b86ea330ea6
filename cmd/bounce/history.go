package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/report"
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
		err = writeHistoryJSON(e.stdout, &h)
	} else {
		err = writeHistory(e.stdout, &h)
	}
	if err != nil {
		e.errorf("writing the history: %v", err)
		return exitFail
	}
	return exitOK
}

func writeHistory(w io.Writer, h *store.History) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "address: %s\n", report.Sanitize(h.Address))
	fmt.Fprintf(tw, "verdict: %s\n", report.Sanitize(h.Verdict.Why))
	if len(h.Events) == 0 {
		fmt.Fprintln(tw, "events:  none")
	} else {
		fmt.Fprintf(tw, "events:  %d\n", len(h.Events))
		fmt.Fprintln(tw, "DATE\tACTION\tSTATUS\tREPLY\tREASON\tHARD\tREMOTE MTA\tMAILBOX\tDIAGNOSTIC")
		for _, ev := range h.Events {
			hard := ""
			if ev.Hard {
				hard = "hard"
			}
			diag := ev.Diagnostic
			if r := []rune(diag); len(r) > 80 {
				diag = string(r[:79]) + "…"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ev.Time.Format("2006-01-02 15:04"),
				dash(ev.Action), dash(ev.Status), dash(ev.ReplyCode), ev.Reason, dash(hard),
				report.Sanitize(dash(ev.RemoteMTA)), report.Sanitize(dash(ev.Mailbox)), report.Sanitize(diag))
		}
	}
	for _, ov := range h.Overrides {
		fmt.Fprintf(tw, "%s by hand on %s", ov.Kind, ov.Time.Format("2006-01-02 15:04"))
		if ov.Note != "" {
			fmt.Fprintf(tw, ": %s", report.Sanitize(ov.Note))
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeHistoryJSON(w io.Writer, h *store.History) error {
	type event struct {
		Date       string `json:"date"`
		Action     string `json:"action"`
		Status     string `json:"status"`
		ReplyCode  string `json:"reply_code"`
		Reason     string `json:"reason"`
		Hard       bool   `json:"hard"`
		RemoteMTA  string `json:"remote_mta"`
		Vendor     string `json:"vendor"`
		Source     string `json:"source"`
		Mailbox    string `json:"mailbox"`
		MessageID  string `json:"original_message_id"`
		Diagnostic string `json:"diagnostic"`
	}
	type override struct {
		Date string `json:"date"`
		Kind string `json:"kind"`
		Note string `json:"note"`
	}
	out := struct {
		Address    string     `json:"address"`
		Suppressed bool       `json:"suppressed"`
		Why        string     `json:"why"`
		Events     []event    `json:"events"`
		Overrides  []override `json:"overrides"`
	}{Address: h.Address, Suppressed: h.Verdict.Suppressed, Why: h.Verdict.Why, Events: []event{}, Overrides: []override{}}
	for _, ev := range h.Events {
		out.Events = append(out.Events, event{ev.Time.Format(time.RFC3339), ev.Action, ev.Status, ev.ReplyCode,
			ev.Reason, ev.Hard, ev.RemoteMTA, ev.Vendor, ev.Source, ev.Mailbox, ev.MessageID, ev.Diagnostic})
	}
	for _, ov := range h.Overrides {
		out.Overrides = append(out.Overrides, override{ov.Time.Format(time.RFC3339), string(ov.Kind), ov.Note})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
