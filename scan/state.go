package scan

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
)

// State is what a scan remembers between runs: for each mailbox (keyed by
// StateKey), its UIDVALIDITY and the highest UID at or below which every
// message is handled, with the after-actions still owed to handled
// messages.
type State struct {
	Version   int               `json:"version"`
	Mailboxes map[string]*Entry `json:"mailboxes"`
}

// Entry is the state of one mailbox.
type Entry struct {
	UIDValidity uint32    `json:"uidvalidity"`
	LastUID     imap.UID  `json:"last_uid"`
	Updated     time.Time `json:"updated"`
	// Pending are after-actions decided for recorded messages but not
	// (yet) carried out: the next run does them first.
	Pending *Pending `json:"pending,omitempty"`
	// Unreturned counts, for each message that still exists but that the
	// server did not return, the runs in a row it was not: after
	// GiveUpRuns the scan passes over it, so that one message the server
	// cannot give does not hold every later one back for good.
	Unreturned map[imap.UID]int `json:"unreturned,omitempty"`
}

// Pending are Actions written as IMAP UID sets ("1:5,9").
type Pending struct {
	Seen   string            `json:"seen,omitempty"`
	Move   map[string]string `json:"move,omitempty"`
	Delete string            `json:"delete,omitempty"`
}

const stateVersion = 1

// LoadState reads the state file at path. A missing file is an empty
// state.
func LoadState(path string) (*State, error) {
	st := &State{Version: stateVersion, Mailboxes: map[string]*Entry{}}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return st, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading state: %w", err)
	}
	if err := json.Unmarshal(data, st); err != nil {
		return nil, fmt.Errorf("reading state %s: %w", path, err)
	}
	if st.Version != stateVersion {
		return nil, fmt.Errorf("reading state %s: version %d, want %d", path, st.Version, stateVersion)
	}
	if st.Mailboxes == nil {
		st.Mailboxes = map[string]*Entry{}
	}
	return st, nil
}

// Save writes the state to path whole or not at all (a temporary file
// beside it, synced and renamed over it). A path that is a symbolic link
// writes through to the link's target, so that the link stays and a scan
// under either name reads the same state. The directory is created (mode
// 0700) if missing; a new file is mode 0600.
func (st *State) Save(path string) error {
	target, err := atomicfile.Resolve(path)
	if err != nil {
		return fmt.Errorf("writing state %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(target), 0o700); err != nil {
		return fmt.Errorf("writing state: %w", err)
	}
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("writing state: %w", err)
	}
	data = append(data, '\n')
	f, err := atomicfile.Create(path, 0o600)
	if err != nil {
		return fmt.Errorf("writing state %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return fmt.Errorf("writing state %s: %w", path, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("writing state %s: %w", path, err)
	}
	return nil
}

// DefaultStatePath is $XDG_STATE_HOME/bounce/scan-state.json, else
// ~/.local/state/bounce/scan-state.json.
func DefaultStatePath(getenv func(string) string) (string, error) {
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "bounce", "scan-state.json"), nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", fmt.Errorf("no state directory: %w (give --state)", err)
		}
	}
	return filepath.Join(home, ".local", "state", "bounce", "scan-state.json"), nil
}

// PendingOf writes a as Pending; nil when a is empty.
func PendingOf(a imapfetch.Actions) *Pending {
	if a.Empty() {
		return nil
	}
	p := &Pending{Seen: a.Seen.String(), Delete: a.Delete.String()}
	for f, s := range a.Move {
		if len(s) == 0 {
			continue
		}
		if p.Move == nil {
			p.Move = map[string]string{}
		}
		p.Move[f] = s.String()
	}
	return p
}

// Actions reads p back.
func (p *Pending) Actions() (imapfetch.Actions, error) {
	var a imapfetch.Actions
	if p == nil {
		return a, nil
	}
	var err error
	if a.Seen, err = ParseUIDSet(p.Seen); err != nil {
		return a, err
	}
	if a.Delete, err = ParseUIDSet(p.Delete); err != nil {
		return a, err
	}
	folders := make([]string, 0, len(p.Move))
	for f := range p.Move {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	for _, f := range folders {
		s, err := ParseUIDSet(p.Move[f])
		if err != nil {
			return a, err
		}
		if a.Move == nil {
			a.Move = map[string]imap.UIDSet{}
		}
		a.Move[f] = s
	}
	return a, nil
}

// ParseUIDSet reads a UID set such as "1:5,9" ("" is the empty set). "*"
// is refused: a stored set names messages, not ranges to come.
func ParseUIDSet(s string) (imap.UIDSet, error) {
	var set imap.UIDSet
	if s == "" {
		return set, nil
	}
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, ":")
		a, err := strconv.ParseUint(lo, 10, 32)
		if err != nil || a == 0 {
			return nil, fmt.Errorf("bad UID set %q", s)
		}
		b := a
		if isRange {
			if b, err = strconv.ParseUint(hi, 10, 32); err != nil || b == 0 {
				return nil, fmt.Errorf("bad UID set %q", s)
			}
		}
		if b < a {
			a, b = b, a
		}
		set.AddRange(imap.UID(a), imap.UID(b))
	}
	return set, nil
}
