package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/report"
)

// toFile tells whether -o names a file (not stdout).
func toFile(output string) bool { return output != "" && output != "-" }

// openScanSinks opens the report (on stdout, or in the -o file) and the
// --report-dir files.
func openScanSinks(e *env, cfg *scanConfig, day time.Time) ([]report.Sink, error) {
	out := &writerSink{}
	var w io.Writer = e.stdout
	if toFile(cfg.output) {
		f, err := atomicfile.Create(cfg.output, 0o644)
		if err != nil {
			return nil, outputError(cfg.output, err)
		}
		out.file, out.name, w = f, cfg.output, f
	}
	var err error
	if out.w, err = report.New(cfg.format, w); err != nil {
		out.Abort()
		return nil, err
	}
	sinks := []report.Sink{out}
	if cfg.reportDir != "" {
		d, err := report.OpenDaily(cfg.reportDir, day)
		if err != nil {
			out.Abort()
			return nil, err
		}
		sinks = append(sinks, d)
	}
	return sinks, nil
}

// writerSink is a report.Writer as a Sink: on stdout, or in a file that
// appears whole on Commit.
type writerSink struct {
	w    report.Writer
	file *atomicfile.File // nil: stdout
	name string           // the -o given
}

func (s *writerSink) Write(recs []classify.Record) error {
	if err := s.w.Write(recs); err != nil {
		return outputError(s.name, err)
	}
	return nil
}

func (s *writerSink) Commit() error {
	if err := s.w.Close(); err != nil {
		s.Abort()
		return outputError(s.name, err)
	}
	if s.file != nil {
		if err := s.file.Commit(); err != nil {
			return outputError(s.name, err)
		}
	}
	return nil
}

func (s *writerSink) Abort() {
	if s.file != nil {
		s.file.Abort()
	}
}

// outputError names the -o file as given, not the hidden temporary file
// beside it that the system error names.
func outputError(name string, err error) error {
	if name == "" {
		return err
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("-o %s: %w", name, err)
}
