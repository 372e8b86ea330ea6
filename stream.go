package bounce

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/bounce-analyzer/bounce/internal/bytesize"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/pipeline"
	"github.com/bounce-analyzer/bounce/source"
)

// A RunOption configures one AnalyzeAll run.
type RunOption func(*runConfig)

type runConfig struct {
	workers int
	idle    func() error
}

// Workers analyzes n messages at once (runtime.NumCPU() by default).
func Workers(n int) RunOption { return func(c *runConfig) { c.workers = n } }

// OnIdle calls f whenever AnalyzeAll is about to wait for the next message,
// on the goroutine that calls fn: a caller that buffers its output flushes
// it there, so that a slow input still sees every record as soon as the
// work is idle. An error from f stops the run as one from fn does.
func OnIdle(f func() error) RunOption { return func(c *runConfig) { c.idle = f } }

// AnalyzeAll analyzes every message of src with several workers at once
// and calls fn with the Result of each, in src's order, on the calling
// goroutine. Memory does not grow with the number of messages: src is
// read only a little ahead of fn, and the messages read ahead hold at
// most about 8 MiB a worker.
//
// A message that cannot be read or parsed, or is larger than the
// Analyzer's Limits.MaxBytes (it is then not analyzed at all, where
// Analyze would read its first MaxBytes), gives a Result with Err set, and
// the others go on; so does a panic while reading or analyzing one
// message. Skipped is set only for what a directory walk skips: a file
// that is not mail, a directory seen before.
//
// A message of no more than 1 MiB is read into memory for a worker; a
// larger one is analyzed as it is read, on the reading goroutine, so that
// it costs neither its size in memory nor a copy.
//
// An error from fn, or ctx ending, stops the run; AnalyzeAll returns
// fn's error, else ctx's, else src's.
func (a *Analyzer) AnalyzeAll(ctx context.Context, src source.Source, fn func(Result) error, opts ...RunOption) error {
	c := runConfig{workers: runtime.NumCPU()}
	for _, o := range opts {
		o(&c)
	}
	c.workers = max(c.workers, 1)
	maxSize := a.limits.MaxBytes
	if maxSize <= 0 {
		maxSize = parser.DefaultLimits.MaxBytes
	}
	// The window alone would let 32 messages of up to a megabyte each a
	// worker pile up.
	budget := pipeline.NewByteBudget(int64(c.workers) * 8 << 20)
	pool := &pipeline.Pool[*task]{
		Workers: c.workers,
		Work: func(t *task) {
			defer budget.Release(int64(len(t.data)))
			a.analyzeTask(t, bytes.NewReader(t.data))
		},
		Consume: func(t *task) error { return fn(t.res) },
		Idle:    c.idle,
	}
	return pool.Run(ctx, func(submit func(*task, bool) error) error {
		return src.Walk(func(it source.Item) error {
			if it.Err != nil {
				return submit(&task{res: Result{Source: it.Source, Err: it.Err, Skipped: source.IsSkipped(it.Err)}}, false)
			}
			t := a.readTask(it, maxSize)
			budget.Acquire(int64(len(t.data)))
			return submit(t, t.work)
		})
	})
}

// A task is one message on its way through the pool: the reader fills
// it, a worker analyzes it (unless the reader did), and fn gets res.
type task struct {
	res      Result
	data     []byte        // the message; nil when it needs no work
	buf      *bytes.Buffer // holds data, returned to msgBufs after the work
	explicit bool          // named by the caller (or stdin), not found in a directory
	work     bool          // a worker must analyze data
}

// msgBufs hold messages on their way to a worker: a stream of thousands
// of messages reuses a few buffers instead of allocating each one.
var msgBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuf is the largest buffer kept for reuse.
const maxPooledBuf = 4 << 20

func putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooledBuf {
		b.Reset()
		msgBufs.Put(b)
	}
}

// inlineMax is the size above which a message is analyzed while it is
// read, on the reading goroutine, instead of being read into memory for a
// worker: a bounce that returns a large attachment then costs neither its
// size in memory nor the time to copy it.
const inlineMax = 1 << 20

// readTask reads the message of it into memory, up to maxSize bytes; a
// message larger than inlineMax it analyzes as it reads. A panic while
// reading (a broken reader) gives the message an error, as one while
// analyzing does.
func (a *Analyzer) readTask(it source.Item, maxSize int64) (t *task) {
	t = &task{res: Result{Source: it.Source}, explicit: it.Explicit}
	defer func() {
		if p := recover(); p != nil {
			*t = task{res: Result{Source: it.Source, Err: panicError(it.Source, p)}}
		}
	}()
	buf := msgBufs.Get().(*bytes.Buffer)
	limit := min(maxSize, inlineMax) + 1
	_, err := buf.ReadFrom(io.LimitReader(it.R, limit))
	switch {
	case err != nil:
		t.res.Err = fmt.Errorf("%s: %w", it.Source, err)
	case int64(buf.Len()) > maxSize:
		t.res.Err = tooLarge(it.Source, maxSize)
	case int64(buf.Len()) == limit:
		a.streamTask(t, io.MultiReader(bytes.NewReader(buf.Bytes()), it.R), maxSize)
	default:
		t.buf, t.data, t.work = buf, buf.Bytes(), true
		return t
	}
	putBuf(buf)
	return t
}

func tooLarge(source string, maxSize int64) error {
	return fmt.Errorf("%s: message larger than %s: skipped", source, bytesize.Format(maxSize))
}

// streamTask analyzes the message r holds as it reads it, with the outcome
// readTask and a worker would give: a read error or a message larger
// than maxSize (found by reading on to maxSize+1 bytes) replaces the
// records.
func (a *Analyzer) streamTask(t *task, r io.Reader, maxSize int64) {
	cr := &countReader{r: r}
	a.analyzeTask(t, cr)
	io.Copy(io.Discard, io.LimitReader(cr, maxSize+1-cr.n))
	switch {
	case cr.err != nil:
		t.res.Err = fmt.Errorf("%s: %w", t.res.Source, cr.err)
	case cr.n > maxSize:
		t.res.Err = tooLarge(t.res.Source, maxSize)
	default:
		return
	}
	t.res.Records, t.res.Warnings, t.res.Skipped = nil, nil, false
}

// countReader counts the bytes read and keeps the first error but EOF.
type countReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}

// analyzeTask analyzes the message of t, read from r. A message found in
// a directory that is not mail after all is skipped, as package source
// does for the files it can tell at a glance. A panic gives the message
// an error, and the others go on.
func (a *Analyzer) analyzeTask(t *task, r io.Reader) {
	defer func() {
		if p := recover(); p != nil {
			t.res.Records, t.res.Warnings = nil, nil
			t.res.Err = panicError(t.res.Source, p)
		}
	}()
	res, err := a.AnalyzeMessage(r, t.res.Source)
	// The records hold no byte of data: its buffer can take the next message.
	t.data = nil
	if t.buf != nil {
		putBuf(t.buf)
		t.buf = nil
	}
	if err != nil {
		t.res.Err = fmt.Errorf("%s: %w", t.res.Source, err)
		t.res.Skipped = errors.Is(err, parser.ErrNotMessage) && !t.explicit
		return
	}
	t.res.Records, t.res.Warnings = res.Records, res.Warnings
}

// panicError is the error of a message whose reading or analysis panicked.
func panicError(source string, p any) error {
	return fmt.Errorf("%s: internal error: %v", source, p)
}
