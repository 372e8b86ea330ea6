// Package source turns paths and streams into a stream of mail messages:
// the first stage of the flow source → parser → classify → sinks.
//
// # Inputs
//
// A path may name a file holding one message (.eml or any name), an mbox
// file (recognised by a leading "From " line; see MboxReader), a directory,
// or "-" for standard input (which may also be an mbox). A file named
// *.eml, and a file in a Maildir's cur/ or new/, always holds one message:
// a leading "From " line there is the envelope line some programs save,
// and a later unescaped "From " line is part of the message, not a
// separator. Directories are walked recursively in lexical order: hidden
// files and directories (name starting with '.') are skipped, and so is
// the tmp/ folder of a Maildir (a directory that also has cur/ or new/).
// Symbolic links are followed; every directory is walked once at most (it
// is known by device and inode), so a link loop ends.
//
// # Streaming
//
// Messages are handed to the caller one at a time as streams: no more than
// one message, and never a whole directory, is held in memory.
//
// # Problems
//
// A problem with one input comes as an Item whose Err is an *Error, in
// its place in the order, and the walk goes on with the next input. A
// file found in a directory that is obviously not mail (binary, or no
// header block) is skipped with an *Error whose Skipped field is set; the
// same file named by the caller is an error.
//
// The package reads bytes only: it does not parse messages (that is
// package parser's job) and knows nothing of reasons or reports.
package source

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"github.com/bounce-analyzer/bounce/internal/mime"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// sniffSize is how much of a file is looked at to tell mail from not mail.
const sniffSize = 4096

// Item is one message found in the inputs.
type Item struct {
	// Source names the message: the path as given or found in a directory,
	// "PATH#N" for the Nth message of an mbox (N from 1), "-" for a message
	// read from standard input ("-#N" for an mbox there).
	Source string
	// Path is the file the message is in ("-" for standard input).
	Path string
	// Index is the message's number in an mbox, from 1; 0 when the file
	// holds a single message.
	Index int
	// Explicit tells whether the file was named by the caller (or is
	// standard input) rather than found in a directory. A caller may use it
	// to treat a message that turns out not to be mail as an error
	// (Explicit) or as something to skip with a warning.
	Explicit bool
	// JSON is set for an input that starts like JSON (its first byte
	// other than white space or a byte order mark is '{' or '['): not
	// mail, but perhaps the events of an e-mail service provider, for a
	// consumer that reads them (bounce.AnalyzeAll does, with package esp).
	// R reads the whole input then; a consumer that reads no JSON treats
	// it as not mail.
	JSON bool
	// R reads the message. It is valid only until the callback returns;
	// the rest of the message is skipped if the callback leaves it unread.
	// It is nil when Err is set.
	R io.Reader
	// Err, when set, is an *Error: the input named by Source could not be
	// read, or was skipped (Error.Skipped). There is no message then.
	Err error
}

// A Source is a stream of messages.
type Source interface {
	// Walk calls fn for every message, in order. A problem with one input
	// comes as an Item with Err set, in its place, and the walk goes on.
	// An error returned by fn stops the walk and Walk returns it.
	Walk(fn func(Item) error) error
}

// Paths returns the Source of the messages in paths, in the order of
// paths and, within a directory, in lexical order. stdin is read for the
// path "-"; nil means os.Stdin.
func Paths(paths []string, stdin io.Reader) Source {
	return &Walker{Paths: paths, Stdin: stdin}
}

// Reader returns the Source of the messages r holds: one message, or an
// mbox. name names them in Item.Source (an mbox's as "name#N").
func Reader(name string, r io.Reader) Source { return readerSource{name, r} }

type readerSource struct {
	name string
	r    io.Reader
}

func (s readerSource) Walk(fn func(Item) error) error {
	return (&Walker{}).walkReader(s.name, s.r, true, false, fn)
}

// Error is a problem with one input: it could not be opened or read, or
// it is not mail.
type Error struct {
	Path string // the path, "PATH#N" for a message of an mbox, "-" for stdin
	Err  error
	// Skipped is set for a file found in a directory and skipped as not
	// mail, or a directory already walked: a warning, not a failure.
	Skipped bool
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// IsSkipped tells whether err is an *Error that is only a warning.
func IsSkipped(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Skipped
}

// ErrNotMail is the cause of an *Error for a file that is not mail: the
// parser's own error, so that one test covers both.
var ErrNotMail = mime.ErrNotMessage

// errVisited is the cause of a skipped directory already walked.
var errVisited = errors.New("directory already walked (symbolic link loop?)")

// Walker is the Source of the messages in Paths; see Paths.
type Walker struct {
	// Paths are the files, directories and "-" (standard input) to read.
	Paths []string
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader

	visited map[fileKey]bool
}

// Walk calls fn for every message found in Paths, in the order of Paths
// and, within a directory, in lexical order; see Source.
func (w *Walker) Walk(fn func(Item) error) error {
	if w.visited == nil {
		w.visited = make(map[fileKey]bool)
	}
	for _, p := range w.Paths {
		var err error
		if p == Stdin {
			err = w.walkStdin(fn)
		} else {
			err = w.walkPath(p, true, false, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// fail hands a problem with the input path to fn.
func (w *Walker) fail(fn func(Item) error, path string, err error, skipped bool) error {
	return fn(Item{Source: path, Path: path, Err: &Error{Path: path, Err: err, Skipped: skipped}})
}

func (w *Walker) walkStdin(fn func(Item) error) error {
	in := w.Stdin
	if in == nil {
		in = os.Stdin
	}
	return w.walkReader(Stdin, in, true, false, fn)
}

// walkPath handles a path named by the caller (explicit) or found in a
// directory. single is set for a Maildir's cur/ and new/ and what they
// hold: there a file holds one message whatever its first line.
func (w *Walker) walkPath(path string, explicit, single bool, fn func(Item) error) error {
	fi, err := os.Stat(path) // follows symbolic links
	if err != nil {
		return w.fail(fn, path, cleanErr(err), false)
	}
	if fi.IsDir() {
		return w.walkDir(path, fi, single, fn)
	}
	if !explicit && !fi.Mode().IsRegular() {
		// A FIFO, device or socket in a directory: reading it could block
		// or never end.
		return w.fail(fn, path, fmt.Errorf("%w: not a regular file", ErrNotMail), true)
	}
	f, err := os.Open(path)
	if err != nil {
		return w.fail(fn, path, cleanErr(err), false)
	}
	defer f.Close()
	single = single || strings.EqualFold(filepath.Ext(path), ".eml")
	return w.walkReader(path, f, explicit, single, fn)
}

func (w *Walker) walkDir(dir string, fi fs.FileInfo, single bool, fn func(Item) error) error {
	if k, ok := keyOf(dir, fi); ok {
		if w.visited[k] {
			return w.fail(fn, dir, errVisited, true)
		}
		w.visited[k] = true
	}
	f, err := os.Open(dir)
	if err != nil {
		return w.fail(fn, dir, cleanErr(err), false)
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		if len(names) == 0 {
			return w.fail(fn, dir, cleanErr(err), false)
		}
		if err := w.fail(fn, dir, cleanErr(err), false); err != nil {
			return err
		}
	}
	sort.Strings(names)
	maildir := has(names, "cur") || has(names, "new")
	if base := filepath.Base(dir); !single && (base == "cur" || base == "new") {
		// cur/ or new/ of a Maildir named on its own.
		if fi, err := os.Stat(filepath.Join(dir, "..", "tmp")); err == nil && fi.IsDir() {
			single = true
		}
	}
	for _, name := range names {
		if strings.HasPrefix(name, ".") {
			continue
		}
		if maildir && name == "tmp" {
			continue
		}
		one := single || maildir && (name == "cur" || name == "new")
		if err := w.walkPath(filepath.Join(dir, name), false, one, fn); err != nil {
			return err
		}
	}
	return nil
}

func has(sorted []string, name string) bool {
	i := sort.SearchStrings(sorted, name)
	return i < len(sorted) && sorted[i] == name
}

// readers are the 64 KiB buffers files are read through: a directory of
// many small messages would otherwise allocate one for every file (most
// of the bytes a directory walk allocated).
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// walkReader reads one file (or stdin): a single message or an mbox. A
// file known to hold one message (single) is not split even if it starts
// with a "From " line: the parser skips that line.
func (w *Walker) walkReader(path string, r io.Reader, explicit, single bool, fn func(Item) error) error {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	defer func() {
		br.Reset(nil) // hold no file
		readers.Put(br)
	}()
	peek, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return w.fail(fn, path, cleanErr(err), false)
	}
	if !single && IsMbox(peek) {
		return w.walkMbox(path, br, explicit, fn)
	}
	if isJSON(peek) {
		return fn(Item{Source: path, Path: path, Explicit: explicit, JSON: true, R: br})
	}
	if why := notMail(peek); why != "" {
		return w.fail(fn, path, fmt.Errorf("%w: %s", ErrNotMail, why), !explicit)
	}
	return fn(Item{Source: path, Path: path, Explicit: explicit, R: br})
}

func (w *Walker) walkMbox(path string, r io.Reader, explicit bool, fn func(Item) error) error {
	mr := NewMboxReader(r)
	var last *errReader
	for {
		m, err := mr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// The caller saw a read error already if it read the message
			// that failed: say it once.
			if last == nil || last.err == nil {
				name := fmt.Sprintf("%s#%d", path, mr.Count()+1)
				return fn(Item{Source: name, Path: path, Index: mr.Count() + 1, Explicit: explicit,
					Err: &Error{Path: name, Err: cleanErr(err)}})
			}
			return nil
		}
		n := mr.Count()
		last = &errReader{r: m}
		if err := fn(Item{
			Source:   fmt.Sprintf("%s#%d", path, n),
			Path:     path,
			Index:    n,
			Explicit: explicit,
			R:        last,
		}); err != nil {
			return err
		}
	}
}

// errReader remembers the first error other than io.EOF that r returned.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF && e.err == nil {
		e.err = err
	}
	return n, err
}

// notMail tells why the start of a file shows it is not mail, or "" when
// it may be; the parser's own test (mime.NotMessage), so that what the
// walk lets through the parser reads.
func notMail(peek []byte) string { return mime.NotMessage(peek) }

// isJSON tells whether peek starts like a JSON object or array, after
// white space and a UTF-8 byte order mark. No mail starts so: a header
// field name cannot hold '{' or '['.
func isJSON(peek []byte) bool {
	peek = bytes.TrimPrefix(peek, []byte("\xef\xbb\xbf"))
	peek = bytes.TrimLeft(peek, " \t\r\n")
	return len(peek) > 0 && (peek[0] == '{' || peek[0] == '[')
}

// cleanErr drops the path from errors of package os: Error adds it back.
func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
