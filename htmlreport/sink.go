package htmlreport

import (
	"fmt"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/report"
)

// Sink collects a run's records and writes the HTML report to a file on
// Commit, whole or not at all. It keeps what a Collector keeps.
type Sink struct {
	path string
	c    *Collector
}

var _ report.Sink = (*Sink)(nil)

// NewSink returns a Sink that writes the report to path on Commit.
func NewSink(path string, opts Options) *Sink {
	return &Sink{path: path, c: NewCollector(opts)}
}

// Collector gives access to the counts, for a caller that adds errors or
// wants the incidents (for an alert status) before Commit.
func (s *Sink) Collector() *Collector { return s.c }

// Write counts one message's records.
func (s *Sink) Write(recs []classify.Record) error {
	if s.c == nil {
		return fmt.Errorf("html report %s: write after Abort", s.path)
	}
	s.c.Add(recs)
	return nil
}

// Commit renders the report and replaces the file atomically.
func (s *Sink) Commit() error {
	if s.c == nil {
		return fmt.Errorf("html report %s: commit after Abort", s.path)
	}
	f, err := atomicfile.Create(s.path, 0o644)
	if err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	if err := Render(f, s.c.Data()); err != nil {
		f.Abort()
		return fmt.Errorf("%s: %w", s.path, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// Abort drops the counts; the file is left as it was.
func (s *Sink) Abort() { s.c = nil }
