package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
)

// Output is a Sink that writes one report, in one of Formats, to a
// stream (NewOutput) or to a file that appears whole on Commit
// (CreateOutput).
//
// The records go through a 64 KiB buffer that Flush empties: a write
// system call for every message cost a few per cent of a run, so a caller
// flushes when it is about to wait for input instead (see
// bounce.OnIdle), and a slow input still sees every record as soon as the
// work is idle.
type Output struct {
	w    Writer
	bw   *bufio.Writer
	file *atomicfile.File // nil for a stream
	path string           // the file as the caller named it
}

// NewOutput returns a Sink that writes the report in format to w as it
// goes. A stream cannot take back what it has shown: Abort writes out
// what was written so far, and Commit finishes the report (the CSV
// header of an empty report).
func NewOutput(format string, w io.Writer) (*Output, error) {
	o := &Output{bw: bufio.NewWriterSize(w, 64<<10)}
	// Hidden behind an io.Writer: the format writers' own bufio.NewWriter
	// would take bw itself, and their flushes would then be bw's.
	var err error
	if o.w, err = New(format, struct{ io.Writer }{o.bw}); err != nil {
		return nil, err
	}
	return o, nil
}

// CreateOutput returns a Sink that writes the report in format to the
// file path: it appears whole on Commit, and until then, or after Abort
// or a crash, path keeps what it held. A path that is a symbolic link is
// written through. Errors name path as given.
func CreateOutput(format, path string) (*Output, error) {
	if _, err := New(format, io.Discard); err != nil {
		return nil, err
	}
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, pathless(err))
	}
	o, _ := NewOutput(format, f)
	o.file, o.path = f, path
	return o, nil
}

// Write writes the records of one message; they reach the stream or file
// on Flush or Commit, or when the buffer fills.
func (o *Output) Write(recs []classify.Record) error {
	return o.wrap(o.w.Write(recs))
}

// Flush writes out the records buffered so far (to the temporary file,
// for CreateOutput).
func (o *Output) Flush() error { return o.wrap(o.bw.Flush()) }

// Commit finishes the report and makes it durable: the file replaces the
// old one at path.
func (o *Output) Commit() error {
	err := o.w.Close()
	if ferr := o.bw.Flush(); err == nil {
		err = ferr
	}
	if o.file == nil {
		return o.wrap(err)
	}
	if err != nil {
		o.file.Abort()
		return o.wrap(err)
	}
	return o.wrap(o.file.Commit())
}

// Abort ends the report without finishing it: a file keeps what it held
// before; a stream gets the records written so far.
func (o *Output) Abort() {
	if o.file != nil {
		o.file.Abort()
		return
	}
	o.bw.Flush()
}

// wrap names the file in err, as the caller named it.
func (o *Output) wrap(err error) error {
	if err == nil || o.file == nil {
		return err
	}
	return fmt.Errorf("%s: %w", o.path, pathless(err))
}

// pathless drops the path of a *fs.PathError: the temporary file's, which
// the user never gave.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var _ Sink = (*Output)(nil)
