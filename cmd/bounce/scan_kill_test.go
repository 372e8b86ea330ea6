package main

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
	"github.com/bounce-analyzer/bounce/scan"
)

// TestScanKilledStateIsWhole kills `bounce scan` at random moments (fixed
// seed) and checks that its state file is always whole: absent, or one
// that loads, with a recorded UID within the mailbox. A last, full run
// then finishes the mailbox.
func TestScanKilledStateIsWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes; skipped with -short")
	}
	bin := buildBounce(t)
	msgs := scanCorpus(t)
	s := newScanEnv(t, imaptest.Config{}, nil)
	for i := 0; i < 30; i++ {
		for _, m := range msgs {
			s.srv.Append(t, "INBOX", m)
		}
	}
	total := imap.UID(30 * len(msgs))
	rng := rand.New(rand.NewSource(11))
	run := func() *exec.Cmd {
		cmd := exec.Command(bin, s.args("--quiet", "--batch", "50", "--format", "csv", "-o", filepath.Join(s.dir, "report.csv"))...)
		cmd.Env = append(os.Environ(), "BOUNCE_IMAP_PASSWORD="+s.srv.Password)
		return cmd
	}
	midway, seen := 0, 0 // kills that left a state short of the end; that left one at all
	for i := 0; i < 6; i++ {
		cmd := run()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Intn(1500)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		if _, err := os.Stat(s.state); os.IsNotExist(err) {
			continue
		}
		seen++
		st, err := scan.LoadState(s.state)
		if err != nil {
			t.Fatalf("kill %d: the state file is torn: %v", i, err)
		}
		for _, e := range st.Mailboxes {
			if e.LastUID > total {
				t.Fatalf("kill %d: recorded UID %d past the mailbox's %d", i, e.LastUID, total)
			}
			if e.LastUID < total {
				midway++
			}
		}
	}
	if seen == 0 {
		t.Error("no kill left a state file to check: the kills all came too early")
	}
	t.Logf("%d of 6 kills left a state file, %d of them short of the end", seen, midway)
	if out, err := run().CombinedOutput(); err != nil {
		t.Fatalf("the run after the kills: %v\n%s", err, out)
	}
	if e := s.readState(); e.LastUID != total {
		t.Errorf("after a full run the state records UID %d, want %d", e.LastUID, total)
	}
	// What the killed runs left half-written is gone.
	for _, dir := range []string{s.dir, filepath.Dir(s.state)} {
		if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
			t.Errorf("temporary files of killed runs left: %v", left)
		}
	}
}
