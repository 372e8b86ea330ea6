package htmlreport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
)

// Night is the HTML report of a nightly scan, DIR/YYYY-MM-DD.html: of the
// records every mailbox committed, spooled on disk as JSON Lines so that
// memory does not grow with them, or of a history store's last 30 days.
//
// The spool is one file that the mailboxes append to in turn; a mailbox
// that aborts cuts it back to where it began. The file is unlinked as
// soon as it is made, so that nothing is left behind when the scan is
// killed.
type Night struct {
	path  string
	opts  Options
	day   time.Time
	spool *os.File
	name  string // the spool's name, for a system that could not unlink it
	size  int64  // the spool's committed length
	open  bool   // a mailbox's sink is open
}

// NewNight starts the night report of day in dir, in lang, where an
// incident of threshold recipients or more is an alert (0: never). Close
// releases its spool.
func NewNight(dir string, day time.Time, lang string, threshold int) (*Night, error) {
	if threshold == 0 {
		threshold = -1 // incident: never
	}
	f, err := os.CreateTemp("", "bounce-night-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("night report: %w", err)
	}
	os.Remove(f.Name()) // the open file lives on; a system that cannot remove it keeps it until Close
	return &Night{
		path:  filepath.Join(dir, day.Format(time.DateOnly)+".html"),
		opts:  Options{Title: "bounce scan " + day.Format(time.DateOnly), Lang: lang, Threshold: threshold},
		day:   day,
		spool: f,
		name:  f.Name(),
	}, nil
}

// Sink is a sink of one mailbox's records: they reach the report when it
// commits. The mailboxes take their sinks in turn: one must be committed
// or aborted before the next is opened.
func (n *Night) Sink(string) (report.Sink, error) {
	if n.open {
		return nil, errors.New("night report: a mailbox's sink is still open")
	}
	if _, err := n.spool.Seek(n.size, io.SeekStart); err != nil {
		return nil, fmt.Errorf("night report: %w", err)
	}
	n.open = true
	return &nightSink{n: n, w: report.NewJSON(n.spool)}, nil
}

// nightSink appends a mailbox's records to the spool, after those
// committed before.
type nightSink struct {
	n *Night
	w *report.JSON
}

func (s *nightSink) Write(recs []classify.Record) error {
	if err := s.w.Write(recs); err != nil {
		return fmt.Errorf("night report: %w", err)
	}
	return nil
}

func (s *nightSink) Commit() error {
	n := s.n
	if err := s.w.Close(); err != nil {
		s.Abort()
		return fmt.Errorf("night report: %w", err)
	}
	end, err := n.spool.Seek(0, io.SeekCurrent)
	if err != nil {
		s.Abort()
		return fmt.Errorf("night report: %w", err)
	}
	n.size, n.open = end, false
	return nil
}

// Abort cuts the spool back to its committed length.
func (s *nightSink) Abort() {
	s.n.spool.Truncate(s.n.size)
	s.n.open = false
}

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
		spool := io.NewSectionReader(n.spool, 0, n.size)
		err = report.ReadJSON(spool, "night report spool", sink.Write, bad)
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

// Close releases the spool.
func (n *Night) Close() error {
	err := n.spool.Close()
	os.Remove(n.name) // gone already, unless the system kept an open file
	return err
}
