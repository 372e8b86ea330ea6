package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
)

// scanNow is the clock of scan (the date of --report-dir files); tests
// set it.
var scanNow = time.Now

// scanRun is one run of scan: what it found and what it owes.
type scanRun struct {
	e    *env
	cfg  *scanConfig
	log  *scanLog
	a    *bounce.Analyzer
	sess *imapfetch.Session

	st         *imapfetch.State
	key        string // of the mailbox in st
	uv         uint32 // UIDVALIDITY
	mailboxURL string
	tracker    *imapfetch.Tracker
	sum        report.Summary
	w          report.Writer
	daily      *dailyReport

	bounces imap.UIDSet // messages that gave records
	others  imap.UIDSet // messages that gave none
}

// scan runs a prepared command line.
func scan(e *env, cfg *scanConfig) int {
	var rs *rules.Set
	if len(cfg.rules) > 0 {
		var err error
		if rs, err = rules.Load(cfg.rules...); err != nil {
			e.errorf("loading rules: %v", err)
			return exitUsage
		}
	}
	lim := cfg.limits
	lim.MaxBytes = cfg.maxSize
	r := &scanRun{e: e, cfg: cfg, a: bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim))}
	var reportOut io.Writer = e.stdout
	if cfg.output != "" && cfg.output != "-" {
		reportOut = nil
	}
	r.log = newScanLog(e.stderr, cfg.quiet, cfg.batch, reportOut)
	defer r.log.end()
	return r.run()
}

func (r *scanRun) run() int {
	cfg, ctx := r.cfg, r.e.ctx
	unlock, err := imapfetch.Lock(cfg.state)
	if err != nil {
		r.log.warnf("%v", err)
		return exitFail
	}
	defer unlock()
	if r.st, err = imapfetch.LoadState(cfg.state); err != nil {
		r.log.warnf("%v", err)
		return exitFail
	}
	r.key = imapfetch.StateKey(&cfg.srv, cfg.user, cfg.mailbox)
	r.mailboxURL = imapfetch.MailboxURL(&cfg.srv, cfg.user, cfg.mailbox)
	if err := r.open(); err != nil {
		r.log.warnf("%s: %v", r.mailboxURL, interrupted(ctx, err))
		return exitFail
	}
	defer r.sess.Close()

	code := exitOK
	base, owed, err := r.resume()
	if err != nil {
		r.log.warnf("%v", err)
		return exitFail
	}
	if !owed.Empty() {
		code = exitFail // the last run's after-actions failed again
	}
	if ctx.Err() != nil {
		r.log.warnf("interrupted")
		return exitFail
	}
	sel, err := r.choose(base)
	if err != nil {
		r.log.warnf("%s: %v", r.mailboxURL, interrupted(ctx, err))
		return exitFail
	}
	file, err := r.openReports()
	if err != nil {
		r.log.warnf("%v", err)
		return exitFail
	}

	r.log.begin(len(sel))
	fetchErr := r.sess.Fetch(ctx, sel, r.handle)
	r.log.end()

	// The records first: written whole, or the state does not move.
	if err := r.commitReports(file, fetchErr); err != nil {
		r.log.warnf("%v (the state is left as it was: these messages will be read again)", err)
		return exitFail
	}
	// Then the state, with the after-actions owed to recorded messages
	// (and those the last run left, if they failed again); then the
	// after-actions.
	acts := r.actions()
	acts.Add(owed)
	done, err := r.record(acts, fetchErr)
	if err != nil {
		r.log.warnf("%v", err)
		return exitFail
	}
	if !done {
		code = exitFail
	}

	switch {
	case fetchErr == nil:
	case ctx.Err() != nil:
		r.log.warnf("interrupted: what was read is reported and recorded")
		code = exitFail
	default:
		r.log.warnf("%s: %v", r.mailboxURL, fetchErr)
		code = exitFail
	}
	if r.sum.Errors > 0 {
		code = exitFail
	}
	if !cfg.quiet {
		line := fmt.Sprintf("%s: %s", r.mailboxURL, r.sum.Line())
		if seen, moved, deleted := acts.Count(); done {
			for _, c := range []struct {
				n    int
				what string
			}{{seen, "marked seen"}, {moved, "moved"}, {deleted, "deleted"}} {
				if c.n > 0 {
					line += fmt.Sprintf("; %s %d", c.what, c.n)
				}
			}
		}
		r.log.infof("%s", line)
	}
	return code
}

// open connects and selects the mailbox.
func (r *scanRun) open() error {
	cfg := r.cfg
	retries := cfg.retries
	if retries == 0 {
		retries = -1 // imapfetch: 0 is the default
	}
	sess, err := imapfetch.Open(r.e.ctx, imapfetch.Options{
		Server:      cfg.srv,
		Credentials: imapfetch.Credentials{User: cfg.user, Password: cfg.secret},
		Mailbox:     cfg.mailbox,
		BatchSize:   cfg.batch,
		MaxSize:     cfg.maxSize,
		Retries:     retries,
		Backoff:     max(cfg.retryDelay, time.Millisecond),
		Logf:        r.log.warnf,
	})
	if err != nil {
		return err
	}
	r.sess = sess
	r.uv = sess.UIDValidity()
	return nil
}

// resume reads what the last run left: the UID recorded (0 after a change
// of UIDVALIDITY), and the after-actions it owes, which it does now. It
// returns those that failed again. An error is a state file that cannot
// be written.
func (r *scanRun) resume() (imap.UID, imapfetch.Actions, error) {
	var owed imapfetch.Actions
	entry := r.st.Mailboxes[r.key]
	if entry == nil {
		return 0, owed, nil
	}
	if entry.UIDValidity != r.uv {
		r.log.warnf("warning: %s: UIDVALIDITY changed from %d to %d: the UIDs recorded no longer name the same messages; reading the whole mailbox again", r.mailboxURL, entry.UIDValidity, r.uv)
		if entry.Pending != nil {
			r.log.warnf("warning: %s: after-actions left by the last run are dropped with the old UIDs", r.mailboxURL)
		}
		return 0, owed, nil
	}
	base := entry.LastUID
	owed, err := entry.Pending.Actions()
	if err != nil {
		r.log.warnf("warning: state %s: %v: after-actions left by the last run are dropped", r.cfg.state, err)
		return base, imapfetch.Actions{}, nil
	}
	if owed.Empty() {
		return base, owed, nil
	}
	if err := r.sess.Apply(r.e.ctx, owed); err != nil {
		r.log.warnf("%s: after-actions left by the last run: %v (tried again next run)", r.mailboxURL, interrupted(r.e.ctx, err))
		return base, owed, nil
	}
	r.log.infof("%s: did the after-actions left by the last run", r.mailboxURL)
	r.st.Mailboxes[r.key] = &imapfetch.Entry{UIDValidity: r.uv, LastUID: base, Updated: scanNow().UTC()}
	return base, imapfetch.Actions{}, r.st.Save(r.cfg.state)
}

// choose finds the messages to read: the new ones, or with --all or
// --since others too. The tracker follows the new ones, which decide the
// UID recorded.
func (r *scanRun) choose(base imap.UID) ([]imap.UID, error) {
	ctx := r.e.ctx
	fresh, err := r.sess.Search(ctx, imapfetch.Query{After: base})
	if err != nil {
		return nil, err
	}
	sel := fresh
	switch {
	case r.cfg.all:
		sel, err = r.sess.Search(ctx, imapfetch.Query{})
	case !r.cfg.sinceDate.IsZero():
		sel, err = r.sess.Search(ctx, imapfetch.Query{Since: r.cfg.sinceDate})
		// New messages are read whatever their date: otherwise the
		// recorded UID could not move past them, and the next run would
		// report the --since messages again.
		sel = unionUIDs(sel, fresh)
	}
	if err != nil {
		return nil, err
	}
	r.tracker = imapfetch.NewTracker(base, fresh)
	r.log.infof("%s: %s to read (UIDVALIDITY %d, %d recorded before)", r.mailboxURL, plural(len(sel), "message"), r.uv, base)
	return sel, nil
}

// unionUIDs merges two ascending UID lists into one, without repeats.
func unionUIDs(a, b []imap.UID) []imap.UID {
	out := make([]imap.UID, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// openReports starts the report (on stdout, or in the -o file returned)
// and the --report-dir files.
func (r *scanRun) openReports() (*atomicfile.File, error) {
	cfg := r.cfg
	var out io.Writer = r.e.stdout
	var file *atomicfile.File
	if cfg.output != "" && cfg.output != "-" {
		var err error
		if file, err = atomicfile.Create(cfg.output, 0o644); err != nil {
			return nil, err
		}
		out = file
	}
	w, err := report.New(cfg.format, out)
	if err != nil {
		if file != nil {
			file.Abort()
		}
		return nil, err
	}
	r.w = w
	if cfg.reportDir != "" {
		if r.daily, err = openDaily(cfg.reportDir, scanNow()); err != nil {
			if file != nil {
				file.Abort()
			}
			return nil, err
		}
	}
	return file, nil
}

// commitReports finishes the reports, unless writing them failed during
// the fetch: then they are left as they were.
func (r *scanRun) commitReports(file *atomicfile.File, fetchErr error) error {
	err := fetchErr
	if !isReportError(err) {
		err = nil
	}
	if err == nil {
		if cerr := r.w.Close(); cerr != nil {
			err = &reportError{cerr}
		}
	}
	if file != nil {
		if err == nil {
			if cerr := file.Commit(); cerr != nil {
				err = &reportError{cerr}
			}
		} else {
			file.Abort()
		}
	}
	if r.daily != nil {
		if err == nil {
			err = r.daily.Commit()
		} else {
			r.daily.Abort()
		}
	}
	return err
}

// record writes the state with acts owed, then carries acts out unless
// the run was cut short, and writes the state again without them. done
// tells whether nothing is left owed.
func (r *scanRun) record(acts imapfetch.Actions, fetchErr error) (done bool, err error) {
	ctx := r.e.ctx
	entry := &imapfetch.Entry{UIDValidity: r.uv, LastUID: r.tracker.Last(), Updated: scanNow().UTC(), Pending: imapfetch.PendingOf(acts)}
	r.st.Mailboxes[r.key] = entry
	if err := r.st.Save(r.cfg.state); err != nil {
		return false, err
	}
	var uve *imapfetch.UIDValidityError
	switch {
	case acts.Empty():
		return true, nil
	case ctx.Err() != nil:
		r.log.warnf("interrupted: after-actions are left to the next run")
		return false, nil
	case errors.As(fetchErr, &uve):
		return false, nil // the UIDs no longer apply
	}
	if err := r.sess.Apply(ctx, acts); err != nil {
		r.log.warnf("%s: %v (tried again next run)", r.mailboxURL, interrupted(ctx, err))
		return false, nil
	}
	entry.Pending = nil
	return true, r.st.Save(r.cfg.state)
}

// handle reads one message: the analysis now, the writing on commit.
func (r *scanRun) handle(m *imapfetch.Message) (func() error, error) {
	src := imapfetch.MessageURL(r.mailboxURL, r.sess.UIDValidity(), m.UID)
	switch {
	case m.Expunged:
		return func() error {
			r.tracker.Done(m.UID)
			r.log.step()
			return nil
		}, nil
	case m.TooLarge:
		return func() error {
			r.sum.AddError()
			r.log.warnf("%s: message of %s, larger than --max-size %s: skipped (left in the mailbox)", src, formatSize(m.Size), formatSize(r.cfg.maxSize))
			r.tracker.Done(m.UID)
			r.log.step()
			return nil
		}, nil
	}
	recs, warns, err := analyzeMessage(r.a, m.Body, src)
	if err != nil {
		return func() error {
			r.sum.AddError()
			r.log.warnf("%s: %v (skipped: left in the mailbox, not read again)", src, err)
			r.tracker.Done(m.UID)
			r.log.step()
			return nil
		}, nil
	}
	return func() error {
		r.sum.Add(recs)
		if err := r.w.Write(recs); err != nil {
			return &reportError{err}
		}
		if r.daily != nil {
			if err := r.daily.Write(recs); err != nil {
				return &reportError{err}
			}
		}
		r.tracker.Done(m.UID)
		switch {
		case len(warns) > 0:
			// Read only in part (a parser limit): what it gave is in the
			// report, but it is not fully recorded, so it stays put.
			for _, w := range warns {
				r.log.warnf("%s: warning: %s (left in the mailbox)", src, w)
			}
		case anyBounce(recs):
			r.bounces.AddNum(m.UID)
		default:
			// No record, or only auto-replies, complaints and delivery
			// reports: not bounces, left alone unless --move-others.
			r.others.AddNum(m.UID)
		}
		r.log.step()
		return nil
	}, nil
}

// anyBounce tells whether any record is a bounce (not an auto-reply, a
// complaint or a delivery report).
func anyBounce(recs []Record) bool {
	for i := range recs {
		if recs[i].IsBounce() {
			return true
		}
	}
	return false
}

// analyzeMessage analyzes one message, turning a panic of the analyzer
// into an error.
func analyzeMessage(a *bounce.Analyzer, body io.Reader, src string) (recs []Record, warns []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			recs, warns, err = nil, nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	res, err := a.AnalyzeMessage(body, src)
	return res.Records, res.Warnings, err
}

// actions are the after-actions owed to the messages of this run that the
// state records.
func (r *scanRun) actions() imapfetch.Actions {
	recorded := func(set imap.UIDSet) imap.UIDSet {
		var out imap.UIDSet
		for _, rg := range set {
			for u := rg.Start; u <= rg.Stop && u != 0; u++ {
				if r.tracker.Recorded(u) {
					out.AddNum(u)
				}
			}
		}
		return out
	}
	bounces, others := recorded(r.bounces), recorded(r.others)
	var a imapfetch.Actions
	if r.cfg.markSeen {
		a.Seen = bounces
	}
	if r.cfg.moveTo != "" || r.cfg.moveOthers != "" {
		a.Move = map[string]imap.UIDSet{}
	}
	if r.cfg.moveTo != "" && len(bounces) > 0 {
		a.Move[r.cfg.moveTo] = bounces
	}
	if r.cfg.moveOthers != "" && len(others) > 0 {
		set := a.Move[r.cfg.moveOthers]
		set.AddSet(others)
		a.Move[r.cfg.moveOthers] = set
	}
	if r.cfg.delete {
		a.Delete = bounces
	}
	return a
}

// reportError is a failure to write the report: the run stops, and the
// state does not move.
type reportError struct{ err error }

func (e *reportError) Error() string { return "writing report: " + e.err.Error() }
func (e *reportError) Unwrap() error { return e.err }

func isReportError(err error) bool {
	var re *reportError
	return errors.As(err, &re)
}

// interrupted says "interrupted" for an error caused by cancelling ctx.
func interrupted(ctx context.Context, err error) error {
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		return errors.New("interrupted")
	}
	return err
}

// plural says "1 message" or "N messages".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
