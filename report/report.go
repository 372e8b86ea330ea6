// Package report holds the sinks of the flow source → parser → classify →
// sinks: it writes analysis records as JSON Lines, CSV or a table for
// terminals, and keeps the Summary of a run.
//
// Every writer takes the records of one message at a time and writes them
// at once (flushing its buffer), so a report is streamed: nothing but the
// current message's records is held in memory.
//
// # Sinks
//
// A Sink takes the records message by message and makes them durable on
// Commit, or drops them on Abort. Output is the Sink of one report: on a
// stream (NewOutput) or in a file that appears whole on Commit
// (CreateOutput). The nightly scan's daily files are Sinks too.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/classify"
)

// Writer writes records to a report.
type Writer interface {
	// Write writes the records of one message and flushes them to the
	// underlying writer. An empty recs writes nothing (the CSV header
	// excepted).
	Write(recs []classify.Record) error
	// Close finishes the report (a CSV header when no record was written)
	// and flushes it. It does not close the underlying io.Writer.
	Close() error
}

// Formats lists the names New accepts; the first is the default.
var Formats = []string{"table", "json", "csv"}

// New returns the writer for a format named in Formats.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "table":
		return NewTable(w), nil
	case "json":
		return NewJSON(w), nil
	case "csv":
		return NewCSV(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}
