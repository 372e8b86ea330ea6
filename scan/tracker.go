package scan

import (
	"sort"

	"github.com/emersion/go-imap/v2"
)

// A Tracker follows which of a run's new UIDs are handled, to tell the
// highest UID at or below which every message is handled: the UID a state
// file may record. Messages may be handled in any order and some of them
// not at all (a failed run); the recorded UID never passes one that is not
// handled.
type Tracker struct {
	last    imap.UID   // everything at or below is handled
	pending []imap.UID // new UIDs above last, ascending, not all handled
	done    map[imap.UID]bool
}

// NewTracker starts from base, the UID recorded before the run, and the
// UIDs above it that exist now (in any order).
func NewTracker(base imap.UID, fresh []imap.UID) *Tracker {
	t := &Tracker{last: base, done: make(map[imap.UID]bool)}
	for _, u := range fresh {
		if u > base {
			t.pending = append(t.pending, u)
		}
	}
	sort.Slice(t.pending, func(i, j int) bool { return t.pending[i] < t.pending[j] })
	return t
}

// Done marks uid handled.
func (t *Tracker) Done(uid imap.UID) {
	if uid <= t.last {
		return
	}
	t.done[uid] = true
	for len(t.pending) > 0 && t.done[t.pending[0]] {
		t.last = t.pending[0]
		delete(t.done, t.pending[0])
		t.pending = t.pending[1:]
	}
}

// Last is the highest UID at or below which every message is handled.
func (t *Tracker) Last() imap.UID { return t.last }

// Recorded tells whether uid is at or below Last.
func (t *Tracker) Recorded(uid imap.UID) bool { return uid <= t.last }
