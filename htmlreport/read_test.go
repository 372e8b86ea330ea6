package htmlreport_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/report"
)

// A JSON Lines report of real bounces, read back, counts as the records
// themselves do; a bad line is said and the others are still read.
func TestReadJSONFile(t *testing.T) {
	msgs := messages(t, "../testdata/providers/*.eml")
	var b bytes.Buffer
	out, err := report.NewOutput("json", &b)
	if err != nil {
		t.Fatal(err)
	}
	want := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow})
	for _, recs := range msgs {
		out.Write(recs)
		want.Add(recs)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "r.jsonl")
	if err := os.WriteFile(path, append(b.Bytes(), "not json\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	sink := htmlreport.NewSink(filepath.Join(t.TempDir(), "r.html"), htmlreport.Options{Now: fixedNow})
	var bad []error
	// The file is said to be in part unreadable, after the others are read.
	if err := sink.ReadJSONFile(path, nil, func(err error) { bad = append(bad, err) }); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a file with a bad line: %v", err)
	}
	if len(bad) != 1 || !strings.Contains(bad[0].Error(), path) {
		t.Errorf("bad lines: %v", bad)
	}
	got, exp := sink.Collector().Data().Summary, want.Data().Summary
	if got != exp || got.Messages != len(msgs) {
		t.Errorf("summary %+v, want %+v", got, exp)
	}
	// Standard input by "-".
	sink = htmlreport.NewSink(filepath.Join(t.TempDir(), "s.html"), htmlreport.Options{Now: fixedNow})
	if err := sink.ReadJSONFile("-", bytes.NewReader(b.Bytes()), func(err error) { t.Error(err) }); err != nil {
		t.Fatal(err)
	}
	if got := sink.Collector().Data().Summary; got != exp {
		t.Errorf("stdin: summary %+v, want %+v", got, exp)
	}
	if err := sink.ReadJSONFile(filepath.Join(t.TempDir(), "none.jsonl"), nil, nil); err == nil {
		t.Error("a missing file read")
	}
}

// history is a history of fixed messages.
type history struct {
	msgs  [][]classify.Record
	since time.Time
}

func (h *history) Messages(_ context.Context, since time.Time, f func([]classify.Record) error) error {
	h.since = since
	for _, m := range h.msgs {
		if err := f(m); err != nil {
			return err
		}
	}
	return nil
}

func (h *history) SuppressedSince(context.Context, time.Time) (int, error) { return 7, nil }

func TestReadHistory(t *testing.T) {
	h := &history{msgs: messages(t, "../testdata/providers/*.eml")}
	sink := htmlreport.NewSink(filepath.Join(t.TempDir(), "r.html"), htmlreport.Options{Now: fixedNow, Threshold: 1})
	if err := sink.ReadHistory(context.Background(), h, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(h.since); d < 29*24*time.Hour || d > 31*24*time.Hour {
		t.Errorf("default span: since %v", h.since)
	}
	d := sink.Collector().Data()
	if d.Summary.Messages != len(h.msgs) || d.Summary.NewSuppressions != 7 {
		t.Errorf("summary %+v", d.Summary)
	}
	// With a threshold of one recipient every incident is an alert.
	if lines := sink.AlertLines(); len(lines) != len(d.Incidents) || len(lines) == 0 {
		t.Errorf("%d alert lines for %d incidents", len(lines), len(d.Incidents))
	}
}
