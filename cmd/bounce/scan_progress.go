package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"

	"github.com/bounce-analyzer/bounce/report"
)

// scanLog prints what a scan says on stderr: warnings always; notices
// and progress unless quiet. On a terminal progress is a bar (messages
// done of total, rate); elsewhere it is a log line every so many
// messages.
type scanLog struct {
	w      io.Writer
	quiet  bool
	tty    bool
	every  int  // a progress line every so many messages
	noShow bool // the report itself goes to the terminal: no progress

	mu    sync.Mutex
	p     *mpb.Progress
	bar   *mpb.Bar
	total int
	done  int
	start time.Time
	last  time.Time
}

// newScanLog prints on w. When the report goes to the same terminal
// (reportOut is a terminal too), its rows show the progress: no bar.
func newScanLog(w io.Writer, quiet bool, every int, reportOut io.Writer) *scanLog {
	tty := isTerminal(w)
	return &scanLog{w: w, quiet: quiet, tty: tty, every: max(every, 1), noShow: tty && isTerminal(reportOut)}
}

// isTerminal tells whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// line prints "bounce: TEXT", made safe for a terminal, above the bar if
// one runs.
func (l *scanLog) line(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := "bounce: " + report.Sanitize(text) + "\n"
	if l.p != nil {
		if _, err := l.p.Write([]byte(s)); err == nil {
			return
		}
	}
	io.WriteString(l.w, s)
}

// Warnf prints a warning or an error, even when quiet.
func (l *scanLog) Warnf(format string, args ...any) { l.line(fmt.Sprintf(format, args...)) }

// Infof prints a notice unless quiet.
func (l *scanLog) Infof(format string, args ...any) {
	if !l.quiet {
		l.line(fmt.Sprintf(format, args...))
	}
}

// Begin starts the progress of total messages.
func (l *scanLog) Begin(total int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total, l.done = total, 0
	l.start = time.Now()
	l.last = l.start
	if l.quiet || total == 0 || !l.tty || l.noShow {
		return
	}
	l.p = mpb.New(mpb.WithOutput(l.w), mpb.WithWidth(40), mpb.WithRefreshRate(150*time.Millisecond))
	l.bar = l.p.AddBar(int64(total),
		mpb.PrependDecorators(decor.Name("scan "), decor.CountersNoUnit("%d/%d messages")),
		mpb.AppendDecorators(decor.AverageSpeed(nil, "% .1f msg/s"), decor.Name(" "), decor.Percentage()),
	)
}

// Step counts one message handled.
func (l *scanLog) Step() {
	l.mu.Lock()
	l.done++
	if l.bar != nil {
		l.bar.Increment()
		l.mu.Unlock()
		return
	}
	done, total := l.done, l.total
	show := !l.quiet && !l.noShow && (done%l.every == 0 || time.Since(l.last) >= 30*time.Second) && done < total
	if show {
		l.last = time.Now()
	}
	l.mu.Unlock()
	if show {
		l.line(l.progressText(done, total))
	}
}

func (l *scanLog) progressText(done, total int) string {
	rate := ""
	if d := time.Since(l.start).Seconds(); d > 0 {
		rate = fmt.Sprintf(", %.1f/s", float64(done)/d)
	}
	return fmt.Sprintf("scan: %d of %d messages (%d%%%s)", done, total, done*100/max(total, 1), rate)
}

// End stops the bar.
func (l *scanLog) End() {
	l.mu.Lock()
	p, bar := l.p, l.bar
	l.p, l.bar = nil, nil
	l.mu.Unlock()
	if p == nil {
		return
	}
	if !bar.Completed() {
		bar.Abort(false)
	}
	p.Wait()
}
