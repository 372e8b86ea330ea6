package scan

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce/imapfetch"
)

func TestTracker(t *testing.T) {
	tr := NewTracker(10, []imap.UID{15, 12, 11, 20, 9})
	if tr.Last() != 10 {
		t.Fatalf("Last = %d", tr.Last())
	}
	steps := []struct {
		done imap.UID
		last imap.UID
	}{
		{12, 10}, // 11 is not handled yet
		{11, 12},
		{9, 12}, // below the base: nothing changes
		{20, 12},
		{15, 20},
	}
	for _, s := range steps {
		tr.Done(s.done)
		if tr.Last() != s.last {
			t.Errorf("after Done(%d): Last = %d, want %d", s.done, tr.Last(), s.last)
		}
	}
	if !tr.Recorded(20) || tr.Recorded(21) {
		t.Error("Recorded wrong")
	}
	if NewTracker(7, nil).Last() != 7 {
		t.Error("empty tracker moved")
	}
}

func TestParseUIDSet(t *testing.T) {
	for in, want := range map[string]string{"": "", "1": "1", "1:5,9": "1:5,9", "5:1": "1:5", "3,1,2": "1:3"} {
		s, err := ParseUIDSet(in)
		if err != nil || s.String() != want {
			t.Errorf("ParseUIDSet(%q) = %q, %v; want %q", in, s.String(), err, want)
		}
	}
	for _, bad := range []string{"*", "1:*", "0", "a", "1,,2", "-1"} {
		if _, err := ParseUIDSet(bad); err == nil {
			t.Errorf("ParseUIDSet(%q) gave no error", bad)
		}
	}
}

func TestStateFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "state.json")
	st, err := LoadState(path)
	if err != nil || len(st.Mailboxes) != 0 {
		t.Fatalf("missing file: %v, %v", st, err)
	}
	a := imapfetch.Actions{Seen: imap.UIDSetNum(1, 2, 3), Move: map[string]imap.UIDSet{"Bounces": imap.UIDSetNum(4, 6)}}
	st.Mailboxes["k"] = &Entry{UIDValidity: 7, LastUID: 42, Updated: time.Unix(0, 0).UTC(), Pending: PendingOf(a)}
	if err := st.Save(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("state file mode %v, %v", fi.Mode(), err)
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("state directory mode %v", di.Mode())
	}
	back, err := LoadState(path)
	if err != nil {
		t.Fatal(err)
	}
	e := back.Mailboxes["k"]
	if e == nil || e.UIDValidity != 7 || e.LastUID != 42 {
		t.Fatalf("read back %+v", e)
	}
	b, err := e.Pending.Actions()
	if err != nil || b.Seen.String() != "1:3" || b.Move["Bounces"].String() != "4,6" || len(b.Delete) != 0 {
		t.Errorf("pending read back %+v, %v", b, err)
	}
	if PendingOf(imapfetch.Actions{}) != nil {
		t.Error("PendingOf(empty) not nil")
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, "sub", ".*"))
	if len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	os.WriteFile(path, []byte("{not json"), 0o600)
	if _, err := LoadState(path); err == nil {
		t.Error("bad state file read without error")
	}
}

func TestDefaultStatePath(t *testing.T) {
	env := map[string]string{"XDG_STATE_HOME": "/x/state", "HOME": "/home/u"}
	get := func(k string) string { return env[k] }
	if p, _ := DefaultStatePath(get); p != "/x/state/bounce/scan-state.json" {
		t.Errorf("with XDG_STATE_HOME: %s", p)
	}
	delete(env, "XDG_STATE_HOME")
	if p, _ := DefaultStatePath(get); p != "/home/u/.local/state/bounce/scan-state.json" {
		t.Errorf("without XDG_STATE_HOME: %s", p)
	}
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	unlock, err := Lock(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Lock(path); err == nil {
		t.Error("second lock taken")
	}
	unlock()
	unlock2, err := Lock(path)
	if err != nil {
		t.Errorf("lock after unlock: %v", err)
	} else {
		unlock2()
	}
}
