package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/report"
)

// dailyReport is the nightly report of --report-dir: failed-DATE.csv
// holds the bounce records found on that day (a second run on the same
// day adds to it), and summary-DATE.txt counts them per reason, per
// recipient domain, and hard or soft. Both files appear whole or not at
// all, on Commit.
type dailyReport struct {
	date    string
	csvPath string
	sumPath string
	csvFile *atomicfile.File
	w       *report.CSV
	sum     daySummary
	// earlier holds the source and recipient of the rows already in the
	// day's file: a run whose state was not saved reads the same messages
	// again, and they must not be counted twice.
	earlier map[string]bool
}

// daySummary counts bounce records.
type daySummary struct {
	bounces, hard, soft int
	reasons, domains    map[string]int
}

func (s *daySummary) add(r *classify.Record) {
	if s.reasons == nil {
		s.reasons, s.domains = map[string]int{}, map[string]int{}
	}
	s.bounces++
	if r.Hard {
		s.hard++
	} else {
		s.soft++
	}
	s.reasons[orNone(r.Reason)]++
	domain := ""
	if i := strings.LastIndexByte(r.Recipient, '@'); i >= 0 {
		domain = strings.ToLower(r.Recipient[i+1:])
	}
	s.domains[orNone(domain)]++
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// openDaily starts the report of day in dir, with the records of an
// earlier run of the same day, if any.
func openDaily(dir string, day time.Time) (*dailyReport, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report directory: %w", err)
	}
	d := &dailyReport{date: day.Format("2006-01-02")}
	d.csvPath = filepath.Join(dir, "failed-"+d.date+".csv")
	d.sumPath = filepath.Join(dir, "summary-"+d.date+".txt")
	f, err := atomicfile.Create(d.csvPath, 0o644)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	d.csvFile = f
	d.w = report.NewCSV(f)
	if err := d.copyEarlier(); err != nil {
		f.Abort()
		return nil, err
	}
	return d, nil
}

// copyEarlier copies the rows of the day's CSV written by an earlier run.
func (d *dailyReport) copyEarlier() error {
	old, err := os.Open(d.csvPath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer old.Close()
	r := csv.NewReader(old)
	r.FieldsPerRecord = len(classify.Fields)
	header, err := r.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil || !slices.Equal(header, classify.Fields) {
		return fmt.Errorf("report: %s is not a report of this version of bounce (header %q); move it away", d.csvPath, header)
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("report: reading %s: %w", d.csvPath, err)
		}
		rec := recordOf(row)
		if d.earlier == nil {
			d.earlier = map[string]bool{}
		}
		d.earlier[rec.Source+"\x00"+rec.Recipient] = true
		d.sum.add(&rec)
		if err := d.w.Write([]classify.Record{rec}); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
}

// recordOf reads back a CSV row of classify.Fields. Cells neutralised
// against formulas keep their quote: written again, they come out the
// same.
func recordOf(row []string) classify.Record {
	v := func(name string) string { return row[slices.Index(classify.Fields, name)] }
	return classify.Record{
		Source: v("source"), Recipient: v("recipient"), OriginalRecipient: v("original_recipient"),
		Action: v("action"), Status: v("status"), ReplyCode: v("reply_code"), Reason: v("reason"),
		Hard: v("hard") == "true", Diagnostic: v("diagnostic"), ReportingMTA: v("reporting_mta"),
		RemoteMTA: v("remote_mta"), Date: v("date"), Sender: v("sender"),
		OriginalMessageID: v("original_message_id"), OriginalSubject: v("original_subject"),
		FeedbackType: v("feedback_type"), Vendor: v("vendor"), Rule: v("rule"),
	}
}

// Write adds the bounce records of recs.
func (d *dailyReport) Write(recs []classify.Record) error {
	var bounces []classify.Record
	for i := range recs {
		if recs[i].IsBounce() && !d.earlier[report.Neutralise(recs[i].Source)+"\x00"+report.Neutralise(recs[i].Recipient)] {
			bounces = append(bounces, recs[i])
			d.sum.add(&recs[i])
		}
	}
	if len(bounces) == 0 {
		return nil
	}
	return d.w.Write(bounces)
}

// Commit writes both files. The summary is written first to its
// temporary file, so that a failure there leaves the day's CSV as it was.
func (d *dailyReport) Commit() error {
	f, err := atomicfile.Create(d.sumPath, 0o644)
	if err != nil {
		d.csvFile.Abort()
		return fmt.Errorf("report: %w", err)
	}
	if _, err := io.WriteString(f, d.summaryText()); err != nil {
		f.Abort()
		d.csvFile.Abort()
		return fmt.Errorf("report %s: %w", d.sumPath, err)
	}
	if err := d.w.Close(); err != nil {
		f.Abort()
		d.csvFile.Abort()
		return fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	if err := d.csvFile.Commit(); err != nil {
		f.Abort()
		return fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("report %s: %w", d.sumPath, err)
	}
	return nil
}

// Abort leaves the files as they were.
func (d *dailyReport) Abort() { d.csvFile.Abort() }

func (d *dailyReport) summaryText() string {
	var b strings.Builder
	s := &d.sum
	fmt.Fprintf(&b, "bounce scan: failed recipients of %s (%s)\n", d.date, filepath.Base(d.csvPath))
	fmt.Fprintf(&b, "bounces: %d (%d hard, %d soft)\n", s.bounces, s.hard, s.soft)
	section := func(title string, m map[string]int) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if m[keys[i]] != m[keys[j]] {
				return m[keys[i]] > m[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-40s %6d\n", report.Sanitize(k), m[k])
		}
	}
	section("by reason", s.reasons)
	section("by recipient domain", s.domains)
	return b.String()
}
