package htmlreport

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// Night is the HTML report of a nightly scan, DIR/YYYY-MM-DD.html: of the
// records every mailbox committed, spooled on disk as JSON Lines so that
// memory does not grow with them, or of a history store's last 30 days.
type Night struct {
	path  string
	opts  Options
	day   time.Time
	spool string
	runs  *report.Shared
}

// NewNight starts the night report of day in dir, in lang, where an
// incident of threshold recipients or more is an alert (0: never). Close
// removes its spool.
func NewNight(dir string, day time.Time, lang string, threshold int) (*Night, error) {
	if threshold == 0 {
		threshold = -1 // incident: never
	}
	f, err := os.CreateTemp("", "bounce-night-*.jsonl")
	if err != nil {
		return nil, err
	}
	f.Close()
	runs, err := report.NewShared("json", nil, f.Name(), "")
	if err != nil {
		os.Remove(f.Name())
		return nil, err
	}
	return &Night{
		path: filepath.Join(dir, day.Format(time.DateOnly)+".html"),
		opts: Options{Title: "bounce scan " + day.Format(time.DateOnly), Lang: lang, Threshold: threshold},
		day:  day, spool: f.Name(), runs: runs,
	}, nil
}

// Sink is a sink of one mailbox's records: they reach the report when it
// commits.
func (n *Night) Sink(string) (report.Sink, error) { return n.runs.Sink() }

// Write writes the report, of the history's last 30 days when h is not
// nil, else of the records committed to the sinks, and returns its alert
// lines (AlertLines). A bad spooled line goes to bad.
func (n *Night) Write(ctx context.Context, h History, bad func(error)) ([]string, error) {
	// The directory may not exist yet: the day's files make it only when
	// a mailbox was read, and a night report is written even when none was.
	if err := os.MkdirAll(filepath.Dir(n.path), 0o755); err != nil {
		return nil, fmt.Errorf("night report: %w", err)
	}
	sink := NewSink(n.path, n.opts)
	var err error
	if h != nil {
		err = sink.ReadHistory(ctx, h, n.day.AddDate(0, 0, -30))
	} else {
		err = sink.ReadJSONFile(n.spool, nil, bad)
	}
	if err != nil {
		sink.Abort()
		return nil, fmt.Errorf("night report: %w", err)
	}
	if err := sink.Commit(); err != nil {
		return nil, err
	}
	return sink.AlertLines(), nil
}

// Close removes the spool.
func (n *Night) Close() error {
	n.runs.Close()
	return os.Remove(n.spool)
}
