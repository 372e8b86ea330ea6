package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/source"
)

// Record is the verdict on one recipient.
type Record = bounce.Record

const analyzeUsage = "bounce analyze [flags] PATH..."

const analyzeHelp = `Reads the messages in every PATH and reports one record for each
recipient that a bounce message reports on: who failed, why (a reason)
and whether the failure is hard.

A PATH is a file holding one message, an mbox file (recognised by its
leading "From " line; a *.eml file and a file in a Maildir always hold one
message), a directory (walked recursively in lexical order; Maildir cur/
and new/ are read, tmp/ and hidden files are not), or - for standard
input. A message of an mbox is named PATH#N, N counting from 1.
Files in a directory that are plainly not mail are skipped with a
warning. Reports are written in input order as messages are read.

Every input that cannot be read or parsed is reported on stderr as
"bounce: PATH: cause", and the others are still analyzed. A summary line
goes to stderr at the end.

Exit status: 0 every input was read, 1 some input could not be read or
parsed (or the report could not be created or written), 2 usage error
(or unreadable --rules).
`

// analyzeConfig is the parsed command line of analyze.
type analyzeConfig struct {
	format  string
	output  string
	rules   []string
	quiet   bool
	jobs    int
	maxSize int64
	limits  parser.Limits // all but MaxBytes, which is maxSize
	paths   []string
	cpuProf string // write a CPU profile here (hidden flag, for bench/)
}

func runAnalyze(e *env, args []string) int {
	cfg := analyzeConfig{maxSize: parser.DefaultLimits.MaxBytes, limits: parser.DefaultLimits}
	fs := pflag.NewFlagSet("analyze", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVar(&cfg.format, "format", "table", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&cfg.output, "output", "o", "", "write the report to `FILE` (default stdout); it appears whole or not at all")
	fs.StringArrayVar(&cfg.rules, "rules", nil, "add the rules in `FILE` to the defaults; a rule with a default's id replaces it (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	fs.BoolVarP(&cfg.quiet, "quiet", "q", false, "do not print the summary line")
	fs.IntVarP(&cfg.jobs, "jobs", "j", runtime.NumCPU(), "analyze `N` messages at once")
	fs.Var((*sizeValue)(&cfg.maxSize), "max-size", "skip messages larger than `SIZE` bytes (suffix K, M or G for KiB, MiB, GiB)")
	addLimitFlags(fs, &cfg.limits)
	fs.StringVar(&cfg.cpuProf, "cpuprofile", "", "write a CPU profile to `FILE` (for go tool pprof)")
	fs.MarkHidden("cpuprofile")
	help := fs.BoolP("help", "h", false, "show this help")

	if err := fs.Parse(args); err != nil {
		return e.usageError("analyze", analyzeUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", analyzeUsage, analyzeHelp, fs.FlagUsages())
		return exitOK
	}
	cfg.paths = fs.Args()
	switch {
	case len(cfg.paths) == 0:
		return e.usageError("analyze", analyzeUsage, "no PATH given (use - for standard input)")
	case !validFormat(cfg.format):
		return e.usageError("analyze", analyzeUsage, fmt.Sprintf("bad --format %q: want %s", cfg.format, strings.Join(report.Formats, ", ")))
	case cfg.jobs < 1:
		return e.usageError("analyze", analyzeUsage, fmt.Sprintf("bad --jobs %d: want 1 or more", cfg.jobs))
	case cfg.maxSize < 1:
		return e.usageError("analyze", analyzeUsage, "bad --max-size: want 1 byte or more")
	case checkLimits(cfg.limits) != nil:
		return e.usageError("analyze", analyzeUsage, checkLimits(cfg.limits).Error())
	}
	if len(cfg.rules) == 0 && e.getenv != nil {
		for _, p := range filepath.SplitList(e.getenv("BOUNCE_RULES")) {
			if p != "" {
				cfg.rules = append(cfg.rules, p)
			}
		}
	}
	if cfg.cpuProf != "" {
		f, err := os.Create(cfg.cpuProf)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			e.errorf("cpu profile: %v", err)
			return exitFail
		}
		defer pprof.StopCPUProfile()
	}
	return analyze(e, &cfg)
}

func validFormat(f string) bool {
	for _, g := range report.Formats {
		if f == g {
			return true
		}
	}
	return false
}

// analyze runs a parsed command line.
func analyze(e *env, cfg *analyzeConfig) int {
	var rs *rules.Set // nil: the default rules
	if len(cfg.rules) > 0 {
		var err error
		if rs, err = rules.Load(cfg.rules...); err != nil {
			e.errorf("loading rules: %v", err)
			return exitUsage
		}
	}
	lim := cfg.limits
	lim.MaxBytes = cfg.maxSize
	a := bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim))

	var out io.Writer = e.stdout
	var file *atomicfile.File
	if cfg.output != "" && cfg.output != "-" {
		var err error
		if file, err = atomicfile.Create(cfg.output, 0o644); err != nil {
			e.errorf("%v", err)
			return exitFail // an I/O failure, not a usage error
		}
		out = file
	}
	// The report goes through a buffer that is flushed whenever the
	// consumer is about to wait for a message, before a line on stderr,
	// and at the end: a write system call for every message cost a few
	// per cent of a run, and a slow input still sees every record as soon
	// as the work is idle.
	bw := bufio.NewWriterSize(out, 64<<10)
	// Hidden behind an io.Writer: the writers' own bufio.NewWriter would
	// take bw itself, and their flushes would then be bw's.
	w, err := report.New(cfg.format, struct{ io.Writer }{bw})
	if err != nil { // validated already
		e.errorf("%v", err)
		return exitUsage
	}

	var sum report.Summary
	// The messages read ahead for the workers hold at most about 8 MiB a
	// worker (the window alone would let 32 large ones a worker pile up).
	budget := newByteBudget(int64(cfg.jobs) * 8 << 20)
	produce := func(submit func(*task) error) error {
		return source.Paths(cfg.paths, e.stdin).Walk(func(it source.Item) error {
			if it.Err != nil {
				return submit(&task{err: it.Err, skipped: source.IsSkipped(it.Err)})
			}
			t := readTask(a, it, cfg.maxSize)
			budget.acquire(int64(len(t.data)))
			return submit(t)
		})
	}
	work := func(t *task) {
		n := int64(len(t.data))
		analyzeTask(a, t, bytes.NewReader(t.data))
		budget.release(n)
	}
	consume := func(t *task) error {
		if t.err != nil || len(t.warns) > 0 {
			bw.Flush() // the records before it first; an error shows again later
		}
		switch {
		case t.err != nil && t.skipped:
			sum.AddSkipped()
			e.errorf("%v (skipped)", t.err)
			return nil
		case t.err != nil:
			sum.AddError()
			e.errorf("%v", t.err)
			return nil
		}
		for _, warn := range t.warns {
			e.errorf("%s: warning: %s", t.source, warn)
		}
		sum.Add(t.recs)
		if err := w.Write(t.recs); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		return nil
	}
	flush := func() error {
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("writing report: %w", err)
		}
		return nil
	}
	err = orderedIdle(e.ctx, cfg.jobs, produce, work, consume, flush)
	if err == nil {
		err = w.Close()
		if err != nil {
			err = fmt.Errorf("writing report: %w", err)
		}
	}
	if ferr := flush(); err == nil {
		err = ferr // on an error, the records written so far still go out
	}
	if file != nil {
		if err == nil {
			err = file.Commit()
		} else {
			file.Abort()
		}
	}
	code := exitOK
	if err != nil {
		if errors.Is(err, e.ctx.Err()) {
			err = errors.New("interrupted")
		}
		e.errorf("%v", err)
		code = exitFail
	}
	if sum.Errors > 0 {
		code = exitFail
	}
	if !cfg.quiet {
		fmt.Fprintf(e.stderr, "bounce: %s\n", sum.Line())
	}
	return code
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
// message larger than inlineMax it analyzes as it reads.
func readTask(a *bounce.Analyzer, it source.Item, maxSize int64) *task {
	t := &task{source: it.Source, explicit: it.Explicit}
	buf := msgBufs.Get().(*bytes.Buffer)
	limit := min(maxSize, inlineMax) + 1
	_, err := buf.ReadFrom(io.LimitReader(it.R, limit))
	switch {
	case err != nil:
		t.err = fmt.Errorf("%s: %w", it.Source, err)
	case int64(buf.Len()) > maxSize:
		t.err = tooLarge(it.Source, maxSize)
	case int64(buf.Len()) == limit:
		streamTask(a, t, io.MultiReader(bytes.NewReader(buf.Bytes()), it.R), maxSize)
	default:
		t.buf, t.data, t.work = buf, buf.Bytes(), true
		return t
	}
	putBuf(buf)
	return t
}

func tooLarge(source string, maxSize int64) error {
	return fmt.Errorf("%s: message larger than %s: skipped", source, formatSize(maxSize))
}

// streamTask analyzes the message r holds as it reads it, with the outcome
// readTask and a worker would give: a read error or a message larger
// than maxSize (found by reading on to maxSize+1 bytes) replaces the
// records.
func streamTask(a *bounce.Analyzer, t *task, r io.Reader, maxSize int64) {
	cr := &countReader{r: r}
	analyzeTask(a, t, cr)
	io.Copy(io.Discard, io.LimitReader(cr, maxSize+1-cr.n))
	switch {
	case cr.err != nil:
		t.err = fmt.Errorf("%s: %w", t.source, cr.err)
	case cr.n > maxSize:
		t.err = tooLarge(t.source, maxSize)
	default:
		return
	}
	t.recs, t.warns, t.skipped = nil, nil, false
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

// analyzeTask analyzes the message of t, read from r. A message in a
// directory that is not mail after all is skipped with a warning, as
// input does for the files it can tell at a glance.
func analyzeTask(a *bounce.Analyzer, t *task, r io.Reader) {
	defer func() {
		if p := recover(); p != nil {
			t.recs = nil
			t.err = fmt.Errorf("%s: internal error: %v", t.source, p)
		}
	}()
	res, err := a.AnalyzeMessage(r, t.source)
	// The records hold no byte of data: its buffer can take the next message.
	t.data = nil
	if t.buf != nil {
		putBuf(t.buf)
		t.buf = nil
	}
	if err != nil {
		t.err = fmt.Errorf("%s: %w", t.source, err)
		t.skipped = errors.Is(err, parser.ErrNotMessage) && !t.explicit
		return
	}
	t.recs, t.warns = res.Records, res.Warnings
}

// sizeValue is a pflag.Value for a byte count: "65536", "64K", "64MiB",
// "1G" (binary multiples).
type sizeValue int64

func (s *sizeValue) String() string { return formatSize(int64(*s)) }
func (s *sizeValue) Type() string   { return "size" }

func (s *sizeValue) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeValue(n)
	return nil
}

// intSizeValue is a sizeValue held in an int.
type intSizeValue int

func (s *intSizeValue) String() string { return formatSize(int64(*s)) }
func (s *intSizeValue) Type() string   { return "size" }

func (s *intSizeValue) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	if n > math.MaxInt {
		return fmt.Errorf("bad size %q", v)
	}
	*s = intSizeValue(n)
	return nil
}

func parseSize(v string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(v))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n < 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("bad size %q", v)
	}
	return n * mult, nil
}

func formatSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
