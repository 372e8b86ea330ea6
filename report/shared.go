package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
)

// Shared is one report that several runs write in turn, each committing
// its part before the next begins: the mailboxes of a nightly scan, each
// of which must find its records durable before its state is saved. Each
// run opens a Sink on it (Sink) and commits or aborts it; Close ends the
// report.
//
//   - On a stream, one report writer takes every run's records as they
//     come (a CSV header once); Close finishes it.
//   - In a file, each Commit writes the whole file again, atomically: the
//     records of the runs committed before, kept in an anonymous spool
//     file (one JSON line per message), then the new ones. A run that
//     aborts leaves the file as the last commit wrote it. Memory does not
//     grow with the messages.
type Shared struct {
	format string
	stream io.Writer
	path   string // "": the stream
	label  string // names the file in errors

	w     Writer   // the stream's writer
	spool *os.File // the file's committed records, then the pending ones
	size  int64    // the spool's committed length
}

// NewShared returns a Shared report in format: on stream when path is
// empty, else in the file path, which errors name as label (the path
// itself when label is empty; the command says "-o PATH").
func NewShared(format string, stream io.Writer, path, label string) (*Shared, error) {
	if _, err := New(format, io.Discard); err != nil {
		return nil, err
	}
	if label == "" {
		label = path
	}
	return &Shared{format: format, stream: stream, path: path, label: label}, nil
}

// Sink opens the report for one run.
func (r *Shared) Sink() (Sink, error) {
	if r.path == "" {
		if r.w == nil {
			w, err := New(r.format, r.stream)
			if err != nil {
				return nil, err
			}
			r.w = w
		}
		return streamShare{r.w}, nil
	}
	if r.spool == nil {
		f, err := os.CreateTemp("", "bounce-report-spool-*.jsonl")
		if err != nil {
			return nil, fmt.Errorf("spool of %s: %w", r.label, err)
		}
		os.Remove(f.Name()) // anonymous: gone with the process
		r.spool = f
	}
	f, err := atomicfile.Create(r.path, 0o644)
	if err != nil {
		return nil, r.wrap(err)
	}
	s := &fileShare{r: r, file: f}
	s.w, _ = New(r.format, f) // the format is checked in NewShared
	if err := s.replay(); err != nil {
		s.Abort()
		return nil, err
	}
	return s, nil
}

// Close ends the report on a stream (a CSV header if the runs that
// opened it wrote no record); a stream no run opened stays empty. The
// file is complete at each Commit already.
func (r *Shared) Close() error {
	if r.spool != nil {
		r.spool.Close()
	}
	if r.w != nil {
		return r.w.Close()
	}
	return nil
}

// wrap names the file as the caller named it, not the hidden temporary
// file beside it that a system error names.
func (r *Shared) wrap(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("%s: %w", r.label, err)
}

// streamShare is a run's part of the report on a stream: written as it
// comes; a stream cannot take back what it showed.
type streamShare struct{ w Writer }

func (s streamShare) Write(recs []classify.Record) error { return s.w.Write(recs) }
func (s streamShare) Commit() error                      { return nil }
func (s streamShare) Abort()                             {}

// fileShare is a run's part of the report in a file.
type fileShare struct {
	r    *Shared
	file *atomicfile.File
	w    Writer
}

// replay writes the records of the runs committed before.
func (s *fileShare) replay() error {
	spool := s.r.spool
	if _, err := spool.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("spool of %s: %w", s.r.label, err)
	}
	dec := json.NewDecoder(io.LimitReader(spool, s.r.size))
	for {
		var recs []classify.Record
		if err := dec.Decode(&recs); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("spool of %s: %w", s.r.label, err)
		}
		if err := s.w.Write(recs); err != nil {
			return s.r.wrap(err)
		}
	}
	if _, err := spool.Seek(s.r.size, io.SeekStart); err != nil {
		return fmt.Errorf("spool of %s: %w", s.r.label, err)
	}
	return nil
}

func (s *fileShare) Write(recs []classify.Record) error {
	if err := s.w.Write(recs); err != nil {
		return s.r.wrap(err)
	}
	line, err := json.Marshal(recs)
	if err != nil {
		return err
	}
	if _, err := s.r.spool.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("spool of %s: %w", s.r.label, err)
	}
	return nil
}

func (s *fileShare) Commit() error {
	if err := s.w.Close(); err != nil {
		s.Abort()
		return s.r.wrap(err)
	}
	if err := s.file.Commit(); err != nil {
		s.drop()
		return s.r.wrap(err)
	}
	if off, err := s.r.spool.Seek(0, io.SeekCurrent); err == nil {
		s.r.size = off
	}
	return nil
}

func (s *fileShare) Abort() {
	s.file.Abort()
	s.drop()
}

// drop forgets the spooled records of an aborted run.
func (s *fileShare) drop() {
	s.r.spool.Truncate(s.r.size)
	s.r.spool.Seek(s.r.size, io.SeekStart)
}
