package htmlreport

import (
	"context"
	"io"
	"os"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
)

// ReadJSONFile reads a JSON Lines report (bounce analyze --format json)
// at path ("-": stdin) into the sink, each run of lines with the same
// source as one message. A bad line goes to bad and the others are still
// read; a file that cannot be read is an error.
func (s *Sink) ReadJSONFile(path string, stdin io.Reader, bad func(error)) error {
	r, name := stdin, "(stdin)"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, path
	}
	return report.ReadJSON(r, name, func(recs []classify.Record) error {
		return s.Write(recs)
	}, bad)
}

// History is what a report reads of a history store (store.Store).
type History interface {
	// Messages hands the records since a time to f, one message's together.
	Messages(ctx context.Context, since time.Time, f func([]classify.Record) error) error
	// SuppressedSince counts the addresses suppressed since a time.
	SuppressedSince(ctx context.Context, since time.Time) (int, error)
}

// ReadHistory hands the history's records since since (zero: the last
// 30 days) to the sink, and tells it how many addresses were suppressed
// in that span.
func (s *Sink) ReadHistory(ctx context.Context, h History, since time.Time) error {
	if since.IsZero() {
		since = time.Now().AddDate(0, 0, -30)
	}
	if err := h.Messages(ctx, since, s.Write); err != nil {
		return err
	}
	n, err := h.SuppressedSince(ctx, since)
	if err != nil {
		return err
	}
	s.Collector().SetNewSuppressions(n)
	return nil
}

// AlertLines are the incidents of the report that are alerts, each on a
// line of its own (Incident.Line).
func (s *Sink) AlertLines() []string {
	var lines []string
	for _, in := range s.Collector().Data().Incidents {
		if in.Alert {
			lines = append(lines, in.Line())
		}
	}
	return lines
}
