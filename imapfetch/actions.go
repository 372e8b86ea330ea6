package imapfetch

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Actions are what to do with handled messages once they are recorded.
type Actions struct {
	Seen   imap.UIDSet            // set \Seen
	Move   map[string]imap.UIDSet // move to a folder (created if missing)
	Delete imap.UIDSet            // set \Deleted and expunge
}

// Empty tells whether there is nothing to do.
func (a *Actions) Empty() bool {
	if len(a.Seen) > 0 || len(a.Delete) > 0 {
		return false
	}
	for _, s := range a.Move {
		if len(s) > 0 {
			return false
		}
	}
	return true
}

// Count returns the number of messages each action touches.
func (a *Actions) Count() (seen, moved, deleted int) {
	seen = countUIDs(a.Seen)
	for _, s := range a.Move {
		moved += countUIDs(s)
	}
	return seen, moved, countUIDs(a.Delete)
}

func countUIDs(s imap.UIDSet) int {
	n := 0
	for _, r := range s {
		n += int(r.Stop-r.Start) + 1
	}
	return n
}

// rangesPerCommand bounds the ranges of one command so that its line stays
// short (Dovecot refuses lines over 64 KiB).
const rangesPerCommand = 500

// chunks cuts s into sets of at most rangesPerCommand ranges.
func chunks(s imap.UIDSet) []imap.UIDSet {
	var out []imap.UIDSet
	for len(s) > rangesPerCommand {
		out = append(out, s[:rangesPerCommand])
		s = s[rangesPerCommand:]
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out
}

// Apply carries out a: first \Seen, then the moves (folder by folder, in
// name order), then the deletions. Every step is safe to repeat, so a
// dropped connection is redialled and the steps not yet done are run.
// MOVE is used where the server has it; otherwise COPY, STORE \Deleted
// and UID EXPUNGE of exactly those UIDs (with UIDPLUS; without it the
// messages are only flagged \Deleted, with a notice, since a plain
// EXPUNGE would remove other people's deleted messages too).
func (s *Session) Apply(ctx context.Context, a Actions) error {
	type step struct {
		what string
		run  func(c *imapclient.Client) error
	}
	var steps []step
	for _, set := range chunks(a.Seen) {
		steps = append(steps, step{"marking messages \\Seen", func(c *imapclient.Client) error {
			return store(c, set, imap.FlagSeen)
		}})
	}
	folders := make([]string, 0, len(a.Move))
	for f, set := range a.Move {
		if len(set) > 0 {
			folders = append(folders, f)
		}
	}
	sort.Strings(folders)
	for _, f := range folders {
		steps = append(steps, step{fmt.Sprintf("creating folder %q", f), func(c *imapclient.Client) error {
			return ensureFolder(c, f)
		}})
		for _, set := range chunks(a.Move[f]) {
			steps = append(steps, step{fmt.Sprintf("moving messages to %q", f), func(c *imapclient.Client) error {
				return s.move(c, set, f)
			}})
		}
	}
	for _, set := range chunks(a.Delete) {
		steps = append(steps, step{"deleting messages", func(c *imapclient.Client) error {
			if err := store(c, set, imap.FlagDeleted); err != nil {
				return err
			}
			return s.expunge(c, set)
		}})
	}
	for _, st := range steps {
		if err := s.do(ctx, st.what, st.run); err != nil {
			return err
		}
		s.progress++
	}
	return nil
}

// present returns the messages of set that exist and are not flagged
// \Deleted: a step run again (after a reconnect, or in a later run) skips
// those it already moved. On a server without MOVE, a connection lost
// between COPY and STORE \Deleted leaves the message unflagged, so the
// step run again copies it a second time: the target folder may then hold
// a duplicate, never a loss.
func present(c *imapclient.Client, set imap.UIDSet) (imap.UIDSet, error) {
	data, err := c.UIDSearch(&imap.SearchCriteria{
		UID:     []imap.UIDSet{set},
		NotFlag: []imap.Flag{imap.FlagDeleted},
	}, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("UID SEARCH UID %s: %w", set, err)
	}
	out, _ := data.All.(imap.UIDSet)
	// Some servers answer "n:*" with the last message even above n.
	var keep imap.UIDSet
	for _, r := range out {
		for u := r.Start; u <= r.Stop && u != 0; u++ {
			if set.Contains(u) {
				keep.AddNum(u)
			}
		}
	}
	return keep, nil
}

// store adds flag to the messages of set.
func store(c *imapclient.Client, set imap.UIDSet, flag imap.Flag) error {
	err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{flag}}, nil).Close()
	if err != nil {
		return fmt.Errorf("UID STORE %s +FLAGS (%s): %w", set, flag, err)
	}
	return nil
}

// ensureFolder creates folder unless it exists.
func ensureFolder(c *imapclient.Client, folder string) error {
	list, err := c.List("", folder, nil).Collect()
	if err != nil {
		return fmt.Errorf("LIST %q: %w", folder, err)
	}
	for _, l := range list {
		if l.Mailbox == folder {
			return nil
		}
	}
	err = c.Create(folder, nil).Wait()
	var ie *imap.Error
	if errors.As(err, &ie) && ie.Code == imap.ResponseCodeAlreadyExists {
		return nil
	}
	if err != nil {
		return fmt.Errorf("CREATE %q: %w", folder, err)
	}
	return nil
}

// move moves the messages of set to folder.
func (s *Session) move(c *imapclient.Client, set imap.UIDSet, folder string) error {
	set, err := present(c, set)
	if err != nil || len(set) == 0 {
		return err
	}
	caps := c.Caps()
	if caps.Has(imap.CapMove) || caps.Has(imap.CapIMAP4rev2) {
		if _, err := c.Move(set, folder).Wait(); err != nil {
			return fmt.Errorf("UID MOVE %s %q: %w", set, folder, err)
		}
		return nil
	}
	if _, err := c.Copy(set, folder).Wait(); err != nil {
		return fmt.Errorf("UID COPY %s %q: %w", set, folder, err)
	}
	if err := store(c, set, imap.FlagDeleted); err != nil {
		return err
	}
	return s.expunge(c, set)
}

// expunge removes the messages of set, which are flagged \Deleted.
func (s *Session) expunge(c *imapclient.Client, set imap.UIDSet) error {
	caps := c.Caps()
	if !caps.Has(imap.CapUIDPlus) && !caps.Has(imap.CapIMAP4rev2) {
		s.opts.Logf("the server has no UIDPLUS: messages %s are flagged \\Deleted but not expunged (a plain EXPUNGE would remove every deleted message)", set)
		return nil
	}
	if err := c.UIDExpunge(set).Close(); err != nil {
		return fmt.Errorf("UID EXPUNGE %s: %w", set, err)
	}
	return nil
}

// Add adds the actions of b to a.
func (a *Actions) Add(b Actions) {
	a.Seen.AddSet(b.Seen)
	a.Delete.AddSet(b.Delete)
	for f, s := range b.Move {
		if len(s) == 0 {
			continue
		}
		if a.Move == nil {
			a.Move = map[string]imap.UIDSet{}
		}
		set := a.Move[f]
		set.AddSet(s)
		a.Move[f] = set
	}
}
