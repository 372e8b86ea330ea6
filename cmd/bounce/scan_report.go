package main

import (
	"encoding/json"
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

// sharedReport is the one report of a run over several mailboxes. Each
// mailbox's scan opens a sink on it (Sink) and commits it before its
// state is saved, so that the report holds every recorded message:
//
//   - on stdout, one report writer takes every mailbox's records (a
//     CSV header once) and is closed at the end;
//   - in an -o file, each commit writes the whole file again, atomically:
//     the records of the mailboxes already committed, kept in a spool
//     file (one JSON line per message), then the new ones. Memory does
//     not grow with the messages.
type sharedReport struct {
	e      *env
	format string
	output string // -o; "" or "-": stdout

	w     report.Writer // stdout
	spool *os.File      // -o: the committed records, then the pending ones
	size  int64         // the spool's committed length
}

func newSharedReport(e *env, format, output string) *sharedReport {
	return &sharedReport{e: e, format: format, output: output}
}

// Sink opens the report for one mailbox's scan.
func (r *sharedReport) Sink() (report.Sink, error) {
	if !toFile(r.output) {
		if r.w == nil {
			w, err := report.New(r.format, r.e.stdout)
			if err != nil {
				return nil, err
			}
			r.w = w
		}
		return &stdoutShare{w: r.w}, nil
	}
	if r.spool == nil {
		f, err := os.CreateTemp("", "bounce-scan-spool-*.jsonl")
		if err != nil {
			return nil, fmt.Errorf("spool of the -o report: %w", err)
		}
		os.Remove(f.Name()) // anonymous: gone with the process
		r.spool = f
	}
	f, err := atomicfile.Create(r.output, 0o644)
	if err != nil {
		return nil, outputError(r.output, err)
	}
	s := &fileShare{r: r, ws: writerSink{file: f, name: r.output}}
	if s.ws.w, err = report.New(r.format, f); err != nil {
		f.Abort()
		return nil, err
	}
	if err := s.replay(); err != nil {
		s.Abort()
		return nil, err
	}
	return s, nil
}

// Close ends the stdout report (a CSV header if nothing was written).
func (r *sharedReport) Close() error {
	if r.spool != nil {
		r.spool.Close()
	}
	if r.w != nil {
		return r.w.Close()
	}
	return nil
}

// stdoutShare is a mailbox's part of the report on stdout: written as it
// comes, as a single mailbox's is.
type stdoutShare struct{ w report.Writer }

func (s *stdoutShare) Write(recs []classify.Record) error { return s.w.Write(recs) }
func (s *stdoutShare) Commit() error                      { return nil }
func (s *stdoutShare) Abort()                             {}

// fileShare is a mailbox's part of the -o report.
type fileShare struct {
	r  *sharedReport
	ws writerSink
}

// replay writes the records of the mailboxes committed before.
func (s *fileShare) replay() error {
	if _, err := s.r.spool.Seek(0, io.SeekStart); err != nil {
		return err
	}
	dec := json.NewDecoder(io.LimitReader(s.r.spool, s.r.size))
	for {
		var recs []classify.Record
		if err := dec.Decode(&recs); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("spool of the -o report: %w", err)
		}
		if err := s.ws.Write(recs); err != nil {
			return err
		}
	}
	_, err := s.r.spool.Seek(s.r.size, io.SeekStart)
	return err
}

func (s *fileShare) Write(recs []classify.Record) error {
	if err := s.ws.Write(recs); err != nil {
		return err
	}
	line, err := json.Marshal(recs)
	if err != nil {
		return err
	}
	if _, err := s.r.spool.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("spool of the -o report: %w", err)
	}
	return nil
}

func (s *fileShare) Commit() error {
	if err := s.ws.Commit(); err != nil {
		s.drop()
		return err
	}
	if off, err := s.r.spool.Seek(0, io.SeekCurrent); err == nil {
		s.r.size = off
	}
	return nil
}

func (s *fileShare) Abort() {
	s.ws.Abort()
	s.drop()
}

// drop forgets the spooled records of an aborted mailbox.
func (s *fileShare) drop() {
	s.r.spool.Truncate(s.r.size)
	s.r.spool.Seek(s.r.size, io.SeekStart)
}
