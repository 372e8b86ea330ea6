package store

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// This file writes what the store answers for people and programs: the
// suppression list, an address's history and the statistics, each as a
// text table, CSV or JSON.

// ParseDate reads a date as a person gives it: YYYY-MM-DD (midnight UTC),
// an RFC 3339 time, or Nd for N days before now. The commands' --since
// flags (stats, suppress, report) all read it.
func ParseDate(s string, now time.Time) (time.Time, error) {
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if d, err := strconv.Atoi(n); err == nil && d >= 0 {
			return now.Add(-time.Duration(d) * 24 * time.Hour), nil
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q: want YYYY-MM-DD, an RFC 3339 time or Nd (N days ago)", s)
}

// WriteList writes the suppression list that opt chooses to out in
// format (txt: one address a line, for a list manager's import; csv and
// json add the kind, reason, dates and why) and, for opt.New, records the
// export once all of it is written: an export that fails is repeated the
// next time.
func (s *Store) WriteList(ctx context.Context, out io.Writer, opt ListOptions, format string) error {
	w := bufio.NewWriter(out)
	var (
		cw   *csv.Writer
		enc  *json.Encoder
		last int64
	)
	switch format {
	case "csv":
		cw = csv.NewWriter(w)
		cw.Write([]string{"address", "kind", "reason", "since", "until", "why"})
	case "json":
		enc = json.NewEncoder(w)
	}
	err := s.List(ctx, opt, func(sp Suppression) error {
		last = max(last, sp.Seq)
		until := ""
		if !sp.Until.IsZero() {
			until = sp.Until.Format(time.RFC3339)
		}
		switch format {
		case "csv":
			return cw.Write([]string{report.Neutralise(sp.Address), string(sp.Kind), report.Neutralise(sp.Reason),
				sp.Since.Format(time.RFC3339), until, report.Neutralise(sp.Why)})
		case "json":
			return enc.Encode(struct {
				Address string `json:"address"`
				Kind    string `json:"kind"`
				Reason  string `json:"reason"`
				Since   string `json:"since"`
				Until   string `json:"until,omitempty"`
				Why     string `json:"why"`
			}{sp.Address, string(sp.Kind), sp.Reason, sp.Since.Format(time.RFC3339), until, sp.Why})
		}
		_, err := fmt.Fprintln(w, report.Sanitize(sp.Address))
		return err
	})
	if err != nil {
		return err
	}
	if cw != nil {
		cw.Flush()
		if err := cw.Error(); err != nil {
			return fmt.Errorf("writing the list: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing the list: %w", err)
	}
	if opt.New && last > 0 {
		return s.MarkExported(ctx, last)
	}
	return nil
}

// WriteHistory writes h for a person: the address, the verdict, a table
// of the events and the operator's overrides.
func WriteHistory(w io.Writer, h *History) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "address: %s\n", report.Sanitize(h.Address))
	fmt.Fprintf(tw, "verdict: %s\n", report.Sanitize(h.Verdict.Why))
	if len(h.Events) == 0 {
		fmt.Fprintln(tw, "events:  none")
	} else {
		fmt.Fprintf(tw, "events:  %d\n", len(h.Events))
		fmt.Fprintln(tw, "DATE\tACTION\tSTATUS\tREPLY\tREASON\tHARD\tREMOTE MTA\tMAILBOX\tCAMPAIGN\tDIAGNOSTIC")
		for _, ev := range h.Events {
			hard := ""
			if ev.Hard {
				hard = "hard"
			}
			diag := ev.Diagnostic
			if r := []rune(diag); len(r) > 80 {
				diag = string(r[:79]) + "…"
			}
			if ev.Recipient != h.Address {
				// An event of the VERP address: the report named the
				// address the mail was forwarded to.
				diag = "(for " + ev.Recipient + ") " + diag
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", ev.Time.Format("2006-01-02 15:04"),
				dash(ev.Action), dash(ev.Status), dash(ev.ReplyCode), ev.Reason, dash(hard),
				report.Sanitize(dash(ev.RemoteMTA)), report.Sanitize(dash(ev.Mailbox)),
				report.Sanitize(dash(ev.Campaign)), report.Sanitize(diag))
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

// WriteHistoryJSON writes h as one indented JSON object.
func WriteHistoryJSON(w io.Writer, h *History) error {
	type event struct {
		Date       string `json:"date"`
		Recipient  string `json:"recipient"`
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
		ListID     string `json:"list_id"`
		Campaign   string `json:"campaign"`
		Subscriber string `json:"subscriber"`
		VERP       string `json:"verp"`
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
		out.Events = append(out.Events, event{ev.Time.Format(time.RFC3339), ev.Recipient, ev.Action, ev.Status, ev.ReplyCode,
			ev.Reason, ev.Hard, ev.RemoteMTA, ev.Vendor, ev.Source, ev.Mailbox, ev.MessageID, ev.Diagnostic,
			ev.ListID, ev.Campaign, ev.Subscriber, ev.VERP})
	}
	for _, ov := range h.Overrides {
		out.Overrides = append(out.Overrides, override{ov.Time.Format(time.RFC3339), string(ov.Kind), ov.Note})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// WriteStats writes rows in format (txt: a table with a total line; csv;
// json: JSON Lines), the group column named by.
func WriteStats(w io.Writer, format, by string, rows []StatsRow) error {
	header := []string{by, "events", "hard", "soft", "complaints", "sender", "message", "ignored"}
	values := func(r StatsRow) []string {
		out := []string{r.Key}
		for _, n := range []int{r.Events, r.Hard, r.Soft, r.Complaints, r.Sender, r.Message, r.Ignored} {
			out = append(out, strconv.Itoa(n))
		}
		return out
	}
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(header)
		for _, r := range rows {
			v := values(r)
			v[0] = report.Neutralise(v[0])
			cw.Write(v)
		}
		cw.Flush()
		return cw.Error()
	case "json":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			if err := enc.Encode(map[string]any{by: r.Key, "events": r.Events, "hard": r.Hard, "soft": r.Soft,
				"complaints": r.Complaints, "sender": r.Sender, "message": r.Message, "ignored": r.Ignored}); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, h := range header {
		fmt.Fprintf(tw, "%s\t", upper(h))
	}
	fmt.Fprintln(tw)
	total := StatsRow{Key: "total"}
	for _, r := range rows {
		for _, v := range values(r) {
			fmt.Fprintf(tw, "%s\t", report.Sanitize(v))
		}
		fmt.Fprintln(tw)
		total.Events += r.Events
		total.Hard += r.Hard
		total.Soft += r.Soft
		total.Complaints += r.Complaints
		total.Sender += r.Sender
		total.Message += r.Message
		total.Ignored += r.Ignored
	}
	for _, v := range values(total) {
		fmt.Fprintf(tw, "%s\t", v)
	}
	fmt.Fprintln(tw)
	return tw.Flush()
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
