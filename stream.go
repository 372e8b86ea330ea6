package bounce

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/esp"
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
			if it.JSON {
				return a.readEvents(it, submit)
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

// maxPendingErrors bounds the decode errors of a file found in a
// directory that are held until its first event shows it is events.
const maxPendingErrors = 16

// readEvents reads an input that starts like JSON as the bounce and
// complaint events of e-mail service providers (package esp), on the
// reading goroutine, as it reads: every event is a Result of its own,
// named PATH#N as the Nth message of an mbox is, in order. Deciding an
// event's reason costs less than decoding it, so no worker is needed.
//
// A malformed value is an error of its own and the rest is read. A file
// found in a directory with no event in it (a JSON file of another kind)
// is skipped as not mail, as it was before events were read; one named by
// the caller is an error. The values of no known shape are counted in a
// warning on the last event.
func (a *Analyzer) readEvents(it source.Item, submit func(*task, bool) error) error {
	var (
		held    *task   // the last event, and the errors after it, until
		after   []*task // the next event: the warning goes on the event
		pending []error // a directory file's errors before its first event
		events  int
		stopped error // submit failed: the run is stopping
	)
	send := func(t *task) error {
		if stopped == nil {
			stopped = submit(t, false)
		}
		return stopped
	}
	flush := func() error {
		if held != nil {
			send(held)
		}
		for _, t := range after {
			send(t)
		}
		held, after = nil, nil
		return stopped
	}
	fail := func(err error) {
		t := &task{res: Result{Source: it.Source, Err: err}}
		if held == nil || len(after) >= maxPendingErrors {
			flush()
			send(t)
			return
		}
		after = append(after, t)
	}
	stats, err := esp.AnalyzeWith(a.classifier, a.campaign, it.R, it.Source, func(recs []classify.Record) error {
		events++
		for _, e := range pending {
			fail(e)
		}
		pending = nil
		if err := flush(); err != nil {
			return err
		}
		held = &task{res: Result{Source: fmt.Sprintf("%s#%d", it.Source, events), Records: recs}}
		return nil
	}, func(err error) {
		if events == 0 && !it.Explicit {
			if len(pending) < maxPendingErrors {
				pending = append(pending, err)
			}
			return
		}
		fail(err)
	})
	if stopped != nil {
		return stopped
	}
	if n := stats.IgnoredTotal(); n > 0 && events > 0 {
		warning := fmt.Sprintf("%s: ignored %d JSON values that are not bounce events (%s)", it.Source, n, ignoredList(stats.Ignored))
		if held == nil { // errors came after the last event, many
			held = &task{res: Result{Source: it.Source}}
		}
		held.res.Warnings = append(held.res.Warnings, warning)
	}
	flush()
	switch {
	case err != nil:
		fail(fmt.Errorf("%s: %w", it.Source, err))
	case events == 0:
		why := fmt.Errorf("%w: JSON without any e-mail service provider event", source.ErrNotMail)
		if stats.Errors > 0 {
			why = fmt.Errorf("%w (%d malformed values)", why, stats.Errors)
		}
		skipped := !it.Explicit
		send(&task{res: Result{Source: it.Source, Skipped: skipped, Err: &source.Error{Path: it.Source, Err: why, Skipped: skipped}}})
	}
	return stopped
}

// ignoredList is "sendgrid/open 2, unknown 1": the counts of ignored
// values, by name.
func ignoredList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		keys[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(keys, ", ")
}
