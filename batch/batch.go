// Package batch is the run of `bounce analyze` as a library: every
// message of a source analyzed on several workers, in order, into a
// report and other sinks (a history store). A message that cannot be
// read is said and counted, and the others go on. At the end the sinks
// are committed, the other sinks before the report (a report must not
// name records a store lacks), or all aborted.
package batch

import (
	"context"
	"fmt"
	"io"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/source"
)

// Config is what a run reads with and writes to.
type Config struct {
	Analyzer *bounce.Analyzer
	Workers  int // messages analyzed at once; below 1, one
	// Report gets the records as they come; it is flushed whenever the
	// workers wait, and before a message's error is said, so that the
	// error follows the records before it.
	Report *report.Output
	// Sinks get the records too, and are committed before Report.
	Sinks []report.Sink
	// Errorf says a message's error ("PATH: cause", and " (skipped)" for
	// an input that is only left aside) or warning ("PATH: warning: …").
	Errorf func(format string, args ...any)
}

// Run analyzes the messages of src. It returns the summary of what was
// read and the error that ended the run early or kept a sink from
// committing; the messages that could not be read are counted in the
// summary (Errors), not returned.
func Run(ctx context.Context, src source.Source, c Config) (report.Summary, error) {
	var sum report.Summary
	out := c.Report
	flush := func() error {
		if err := out.Flush(); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		return nil
	}
	each := func(res bounce.Result) error {
		// The records before it first. A report that cannot be written
		// ends the run, once the message's error is said.
		var flushErr error
		if res.Err != nil || len(res.Warnings) > 0 {
			flushErr = flush()
		}
		switch {
		case res.Err != nil && res.Skipped:
			sum.AddSkipped()
			c.Errorf("%v (skipped)", res.Err)
			return flushErr
		case res.Err != nil:
			sum.AddError()
			c.Errorf("%v", res.Err)
			return flushErr
		}
		for _, warn := range res.Warnings {
			c.Errorf("%s: warning: %s", res.Source, warn)
		}
		if flushErr != nil {
			return flushErr
		}
		sum.Add(res.Records)
		if err := out.Write(res.Records); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		for _, k := range c.Sinks {
			if err := k.Write(res.Records); err != nil {
				return err
			}
		}
		return nil
	}
	err := c.Analyzer.AnalyzeAll(ctx, src, each, bounce.Workers(max(c.Workers, 1)), bounce.OnIdle(flush))
	committed := 0
	for _, k := range c.Sinks {
		if err != nil {
			break
		}
		if err = k.Commit(); err == nil {
			committed++
		}
	}
	if err == nil {
		if err = out.Commit(); err != nil {
			err = fmt.Errorf("writing report: %w", err)
		}
		return sum, err
	}
	for _, k := range c.Sinks[committed:] { // a sink whose commit failed too
		k.Abort()
	}
	out.Abort() // on stdout the records written so far still go out
	return sum, err
}

// OpenReport opens the report of a run in format: the file at path,
// which appears whole on Commit (its errors name -o), or w when path is
// "" or "-".
func OpenReport(format, path string, w io.Writer) (*report.Output, error) {
	if path == "" || path == "-" {
		return report.NewOutput(format, w)
	}
	out, err := report.CreateOutput(format, path)
	if err != nil {
		return nil, fmt.Errorf("-o %w", err)
	}
	return out, nil
}
