package scan

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
)

// Session is the IMAP side of a run: a mailbox selected on a live
// connection. *imapfetch.Session is one; tests wrap it to inject faults.
type Session interface {
	// UIDValidity and UIDNext are those of the selected mailbox; UIDNext
	// is 0 when the server did not say.
	UIDValidity() uint32
	UIDNext() imap.UID
	Search(ctx context.Context, q imapfetch.Query) ([]imap.UID, error)
	Fetch(ctx context.Context, uids []imap.UID, h imapfetch.Handler) error
	Apply(ctx context.Context, a imapfetch.Actions) error
	Close() error
}

// Analyzer turns one message into records; *bounce.Analyzer is one.
type Analyzer interface {
	AnalyzeMessage(r io.Reader, source string) (bounce.Result, error)
}

// Logger receives what a run has to say. Warnf is for warnings and
// errors, always shown; Infof for notices a quiet run leaves out. Begin,
// Step and End follow the progress of the fetch: Begin with the number
// of messages to read, Step once per message handled.
type Logger interface {
	Warnf(format string, args ...any)
	Infof(format string, args ...any)
	Begin(total int)
	Step()
	End()
}

// Policy says what to do with the messages once they are recorded.
type Policy struct {
	MarkSeen   bool   // mark the bounces \Seen
	MoveTo     string // move the bounces to this folder
	MoveOthers string // move the messages that are not bounces here
	Delete     bool   // delete the bounces
}

// Config is one run.
type Config struct {
	// State is the path of the state file; Key is the mailbox's key in
	// it (imapfetch.StateKey), MailboxURL the prefix of every record's
	// Source (imapfetch.MailboxURL).
	State      string
	Key        string
	MailboxURL string

	// All reads every message again; Since, if not zero, the messages
	// that arrived on or after its day. New messages are read either
	// way.
	All   bool
	Since time.Time

	Policy Policy

	// Dial opens the session, once the lock is held.
	Dial func(ctx context.Context) (Session, error)
	// Analyzer analyzes the messages.
	Analyzer Analyzer
	// Sinks opens the sinks the records go to, once the lock is held and
	// the messages are chosen.
	Sinks func() ([]report.Sink, error)
	// Outputs are the files the sinks write: the temporary files a
	// killed run left beside them (and beside the state) are removed at
	// the start, under the lock. Sinks writing the same file must share
	// the state file (and so its lock).
	Outputs []string

	Log Logger
	// Now is the clock of the state's "updated" (default time.Now).
	Now func() time.Time
}

// Result is what a run did.
type Result struct {
	Summary report.Summary
	// Seen, Moved and Deleted count the after-actions carried out.
	Seen, Moved, Deleted int
	// Failed is set when not everything went well, though what was read
	// is reported and recorded: a message could not be read, the
	// connection was lost, the run was interrupted, or after-actions are
	// left to the next run.
	Failed bool
}

// run is one Run under way.
type run struct {
	ctx   context.Context
	cfg   *Config
	log   Logger
	sess  Session
	st    *State
	uv    uint32
	track *Tracker
	sinks []report.Sink
	res   Result

	bounces imap.UIDSet // messages that gave a bounce record
	others  imap.UIDSet // messages that gave none
	// unreturned counts the runs in a row that each message the server
	// did not return was missed, this one included (see Entry).
	unreturned map[imap.UID]int
}

// GiveUpRuns is how many runs in a row a message the server does not
// return holds the scan back before the scan passes over it.
const GiveUpRuns = 3

// giveUp counts the messages of a fetch error that the server did not
// return, and passes over (as handled, with an error, left in the
// mailbox) those it has not returned GiveUpRuns runs in a row. It
// returns the error that is left: nil when every such message was
// passed over.
func (r *run) giveUp(fetchErr error, prev map[imap.UID]int) error {
	var nre *imapfetch.NotReturnedError
	if !errors.As(fetchErr, &nre) {
		return fetchErr
	}
	var still []imap.UID
	for _, u := range nre.UIDs {
		n := prev[u] + 1
		if n < GiveUpRuns {
			if r.unreturned == nil {
				r.unreturned = map[imap.UID]int{}
			}
			r.unreturned[u] = n
			still = append(still, u)
			continue
		}
		src := imapfetch.MessageURL(r.cfg.MailboxURL, r.uv, u)
		r.res.Summary.AddError()
		r.log.Warnf("%s: the server has not returned this message in %d runs: skipped (left in the mailbox, not read again)", src, n)
		r.track.Done(u)
	}
	if len(still) == 0 {
		return nil
	}
	return &imapfetch.NotReturnedError{UIDs: still}
}

// Run runs a scan. An error means the run stopped before recording
// anything new (the lock is held elsewhere, the state is unreadable, the
// server cannot be reached, a report could not be written); what the
// last run left is unchanged, except owed after-actions carried out.
func Run(ctx context.Context, cfg Config) (Result, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Dial == nil || cfg.Analyzer == nil || cfg.Sinks == nil || cfg.Log == nil {
		return Result{}, errors.New("scan: Config needs Dial, Analyzer, Sinks and Log")
	}
	r := &run{ctx: ctx, cfg: &cfg, log: cfg.Log}
	unlock, err := Lock(cfg.State)
	if err != nil {
		return r.res, err
	}
	defer unlock()
	r.removeStale()
	if r.st, err = LoadState(cfg.State); err != nil {
		return r.res, err
	}
	if r.sess, err = cfg.Dial(ctx); err != nil {
		return r.res, fmt.Errorf("%s: %w", cfg.MailboxURL, interrupted(ctx, err))
	}
	defer r.sess.Close()
	r.uv = r.sess.UIDValidity()

	base, owed, err := r.resume()
	if err != nil {
		return r.res, err
	}
	if !owed.Empty() {
		r.res.Failed = true // the last run's after-actions failed again
	}
	if ctx.Err() != nil {
		return r.res, errors.New("interrupted")
	}
	var prevUnreturned map[imap.UID]int
	if e := r.st.Mailboxes[cfg.Key]; e != nil && e.UIDValidity == r.uv && base != 0 {
		prevUnreturned = e.Unreturned
	}
	sel, err := r.choose(base)
	if err != nil {
		return r.res, fmt.Errorf("%s: %w", cfg.MailboxURL, interrupted(ctx, err))
	}
	if r.sinks, err = cfg.Sinks(); err != nil {
		return r.res, err
	}

	r.log.Begin(len(sel))
	fetchErr := r.sess.Fetch(ctx, sel, r.handle)
	r.log.End()
	fetchErr = r.giveUp(fetchErr, prevUnreturned)

	// The records first: written whole, or the state does not move.
	if err := r.commit(fetchErr); err != nil {
		return r.res, fmt.Errorf("%w (the state is left as it was: these messages will be read again)", err)
	}
	// Then the state, with the after-actions owed to recorded messages
	// (and those the last run left, if they failed again); then the
	// after-actions.
	acts := r.actions()
	acts.Add(owed)
	done, err := r.record(acts, fetchErr)
	if err != nil {
		return r.res, err
	}
	if !done {
		r.res.Failed = true
	}
	switch {
	case fetchErr == nil:
	case ctx.Err() != nil:
		r.log.Warnf("interrupted: what was read is reported and recorded")
		r.res.Failed = true
	default:
		r.log.Warnf("%s: %v", cfg.MailboxURL, fetchErr)
		r.res.Failed = true
	}
	if r.res.Summary.Errors > 0 {
		r.res.Failed = true
	}
	if done {
		r.res.Seen, r.res.Moved, r.res.Deleted = acts.Count()
	}
	r.log.Infof("%s", r.res.line(cfg.MailboxURL))
	return r.res, nil
}

// line sums up a run on one line.
func (res *Result) line(url string) string {
	line := fmt.Sprintf("%s: %s", url, res.Summary.Line())
	for _, c := range []struct {
		n    int
		what string
	}{{res.Seen, "marked seen"}, {res.Moved, "moved"}, {res.Deleted, "deleted"}} {
		if c.n > 0 {
			line += fmt.Sprintf("; %s %d", c.what, c.n)
		}
	}
	return line
}

// removeStale removes what killed runs left beside the state and the
// outputs. Under the lock no other run writes them.
func (r *run) removeStale() {
	for _, p := range append([]string{r.cfg.State}, r.cfg.Outputs...) {
		if p == "" {
			continue
		}
		removed, err := atomicfile.RemoveStale(p, 0)
		if err != nil {
			r.log.Warnf("warning: looking for files left by a killed run beside %s: %v", p, err)
		}
		for _, f := range removed {
			r.log.Infof("removed %s, left by a run that was killed", f)
		}
	}
}

// resume checks the state against the server and returns the UID to read
// after (0: the whole mailbox), and carries out the after-actions the
// last run left. It returns those that failed again. An error is a state
// file that cannot be written.
func (r *run) resume() (imap.UID, imapfetch.Actions, error) {
	var none imapfetch.Actions
	cfg, url := r.cfg, r.cfg.MailboxURL
	entry := r.st.Mailboxes[cfg.Key]
	if entry == nil {
		return 0, none, nil
	}
	if entry.UIDValidity != r.uv {
		r.log.Warnf("warning: %s: UIDVALIDITY changed from %d to %d: the UIDs recorded no longer name the same messages; reading the whole mailbox again", url, entry.UIDValidity, r.uv)
		if entry.Pending != nil {
			r.log.Warnf("warning: %s: after-actions left by the last run are dropped with the old UIDs", url)
		}
		return 0, none, nil
	}
	base := entry.LastUID
	if next := r.sess.UIDNext(); next != 0 && base >= next {
		// The server never gave out that UID: believing the state would
		// skip every message below it for good.
		r.log.Warnf("warning: state %s records UID %d of %s, but the mailbox's next UID is %d: the state claims more than the server has; reading the whole mailbox again", cfg.State, base, url, next)
		if entry.Pending != nil {
			r.log.Warnf("warning: %s: after-actions left by the last run are dropped with that state", url)
		}
		return 0, none, nil
	}
	owed, err := entry.Pending.Actions()
	if err != nil {
		r.log.Warnf("warning: state %s: %v: after-actions left by the last run are dropped", cfg.State, err)
		return base, none, nil
	}
	owed, dropped := clip(owed, base)
	if !dropped.Empty() {
		r.log.Warnf("warning: state %s: after-actions owed to UIDs %s of %s, above the last UID recorded (%d): no committed report holds them; dropped", cfg.State, uidsOf(dropped), url, base)
	}
	if owed.Empty() {
		return base, owed, nil
	}
	if err := r.sess.Apply(r.ctx, owed); err != nil {
		r.log.Warnf("%s: after-actions left by the last run: %v (tried again next run)", url, interrupted(r.ctx, err))
		return base, owed, nil
	}
	r.log.Infof("%s: did the after-actions left by the last run", url)
	r.st.Mailboxes[cfg.Key] = &Entry{UIDValidity: r.uv, LastUID: base, Updated: cfg.Now().UTC()}
	return base, none, r.st.Save(cfg.State)
}

// clip splits a into the actions on UIDs 1 to last, and the rest.
func clip(a imapfetch.Actions, last imap.UID) (in, out imapfetch.Actions) {
	in.Seen, out.Seen = splitAt(a.Seen, last)
	in.Delete, out.Delete = splitAt(a.Delete, last)
	for f, s := range a.Move {
		lo, hi := splitAt(s, last)
		if len(lo) > 0 {
			if in.Move == nil {
				in.Move = map[string]imap.UIDSet{}
			}
			in.Move[f] = lo
		}
		if len(hi) > 0 {
			if out.Move == nil {
				out.Move = map[string]imap.UIDSet{}
			}
			out.Move[f] = hi
		}
	}
	return in, out
}

// splitAt splits s into its UIDs 1 to last, and those above.
func splitAt(s imap.UIDSet, last imap.UID) (lo, hi imap.UIDSet) {
	for _, rg := range s {
		start, stop := rg.Start, rg.Stop
		if stop == 0 { // "n:*": never from a state, but be safe
			stop = ^imap.UID(0)
		}
		if start <= last {
			lo.AddRange(start, min(stop, last))
		}
		if stop > last {
			hi.AddRange(max(start, last+1), stop)
		}
	}
	return lo, hi
}

// uidsOf lists every UID of a, for a message.
func uidsOf(a imapfetch.Actions) imap.UIDSet {
	var all imap.UIDSet
	all.AddSet(a.Seen)
	all.AddSet(a.Delete)
	for _, s := range a.Move {
		all.AddSet(s)
	}
	return all
}

// choose finds the messages to read: the new ones, or with All or Since
// others too. The tracker follows the new ones, which decide the UID
// recorded.
func (r *run) choose(base imap.UID) ([]imap.UID, error) {
	ctx := r.ctx
	fresh, err := r.sess.Search(ctx, imapfetch.Query{After: base})
	if err != nil {
		return nil, err
	}
	sel := fresh
	switch {
	case r.cfg.All:
		sel, err = r.sess.Search(ctx, imapfetch.Query{})
	case !r.cfg.Since.IsZero():
		sel, err = r.sess.Search(ctx, imapfetch.Query{Since: r.cfg.Since})
		// New messages are read whatever their date: otherwise the
		// recorded UID could not move past them, and the next run would
		// report the Since messages again.
		sel = unionUIDs(sel, fresh)
	}
	if err != nil {
		return nil, err
	}
	r.track = NewTracker(base, fresh)
	r.log.Infof("%s: %s to read (UIDVALIDITY %d, %d recorded before)", r.cfg.MailboxURL, plural(len(sel), "message"), r.uv, base)
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

// commit commits every sink, unless writing failed during the fetch: then
// it aborts them all. After a failed Commit the sinks not yet committed
// are aborted.
func (r *run) commit(fetchErr error) error {
	var re *reportError
	if errors.As(fetchErr, &re) {
		for _, s := range r.sinks {
			s.Abort()
		}
		return re
	}
	for i, s := range r.sinks {
		if err := s.Commit(); err != nil {
			for _, rest := range r.sinks[i+1:] {
				rest.Abort()
			}
			return &reportError{err}
		}
	}
	return nil
}

// record writes the state with acts owed, then carries acts out unless
// the run was cut short, and writes the state again without them. done
// tells whether nothing is left owed.
func (r *run) record(acts imapfetch.Actions, fetchErr error) (done bool, err error) {
	ctx, cfg := r.ctx, r.cfg
	entry := &Entry{UIDValidity: r.uv, LastUID: r.track.Last(), Updated: cfg.Now().UTC(), Pending: PendingOf(acts), Unreturned: r.unreturned}
	r.st.Mailboxes[cfg.Key] = entry
	if err := r.st.Save(cfg.State); err != nil {
		return false, err
	}
	var uve *imapfetch.UIDValidityError
	switch {
	case acts.Empty():
		return true, nil
	case ctx.Err() != nil:
		r.log.Warnf("interrupted: after-actions are left to the next run")
		return false, nil
	case errors.As(fetchErr, &uve):
		return false, nil // the UIDs no longer apply
	}
	if err := r.sess.Apply(ctx, acts); err != nil {
		r.log.Warnf("%s: %v (tried again next run)", cfg.MailboxURL, interrupted(ctx, err))
		return false, nil
	}
	entry.Pending = nil
	return true, r.st.Save(cfg.State)
}

// handle reads one message: the analysis now, the writing on commit.
func (r *run) handle(m *imapfetch.Message) (func() error, error) {
	src := imapfetch.MessageURL(r.cfg.MailboxURL, r.sess.UIDValidity(), m.UID)
	skip := func(format string, args ...any) (func() error, error) {
		return func() error {
			if format != "" {
				r.res.Summary.AddError()
				r.log.Warnf(format, args...)
			}
			r.track.Done(m.UID)
			r.log.Step()
			return nil
		}, nil
	}
	switch {
	case m.Expunged:
		return skip("")
	case m.TooLarge:
		return skip("%s: message of %d bytes, above the size limit: skipped (left in the mailbox)", src, m.Size)
	}
	recs, warns, err := analyze(r.cfg.Analyzer, m.Body, src)
	if err != nil {
		return skip("%s: %v (skipped: left in the mailbox, not read again)", src, err)
	}
	return func() error {
		r.res.Summary.Add(recs)
		for _, s := range r.sinks {
			if err := s.Write(recs); err != nil {
				return &reportError{err}
			}
		}
		r.track.Done(m.UID)
		switch {
		case len(warns) > 0:
			// Read only in part (a parser limit): what it gave is in the
			// report, but it is not fully recorded, so it stays put.
			for _, w := range warns {
				r.log.Warnf("%s: warning: %s (left in the mailbox)", src, w)
			}
		case anyBounce(recs):
			r.bounces.AddNum(m.UID)
		default:
			// No record, or only auto-replies, complaints and delivery
			// reports: not bounces, left alone unless MoveOthers.
			r.others.AddNum(m.UID)
		}
		r.log.Step()
		return nil
	}, nil
}

// anyBounce tells whether any record is a bounce (not an auto-reply, a
// complaint or a delivery report).
func anyBounce(recs []bounce.Record) bool {
	for i := range recs {
		if recs[i].IsBounce() {
			return true
		}
	}
	return false
}

// analyze analyzes one message, turning a panic of the analyzer into an
// error.
func analyze(a Analyzer, body io.Reader, src string) (recs []bounce.Record, warns []string, err error) {
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
func (r *run) actions() imapfetch.Actions {
	p := r.cfg.Policy
	bounces, _ := splitAt(r.bounces, r.track.Last())
	others, _ := splitAt(r.others, r.track.Last())
	var a imapfetch.Actions
	if p.MarkSeen {
		a.Seen = bounces
	}
	if p.MoveTo != "" || p.MoveOthers != "" {
		a.Move = map[string]imap.UIDSet{}
	}
	if p.MoveTo != "" && len(bounces) > 0 {
		a.Move[p.MoveTo] = bounces
	}
	if p.MoveOthers != "" && len(others) > 0 {
		set := a.Move[p.MoveOthers]
		set.AddSet(others)
		a.Move[p.MoveOthers] = set
	}
	if p.Delete {
		a.Delete = bounces
	}
	return a
}

// reportError is a failure to write or commit a report: the run stops,
// and the state does not move.
type reportError struct{ err error }

func (e *reportError) Error() string { return "writing report: " + e.err.Error() }
func (e *reportError) Unwrap() error { return e.err }

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
