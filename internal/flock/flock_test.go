//go:build unix

package flock

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestHeldElsewhere locks a file in a child process and checks that
// TryLock here fails with ErrHeld until the child lets go.
func TestHeldElsewhere(t *testing.T) {
	if os.Getenv("FLOCK_CHILD") != "" {
		unlock, err := TryLock(os.Getenv("FLOCK_CHILD"))
		if err != nil {
			os.Exit(3)
		}
		defer unlock()
		os.Stdout.WriteString("locked\n")
		buf := make([]byte, 1)
		os.Stdin.Read(buf) // hold until the parent closes stdin
		return
	}
	name := filepath.Join(t.TempDir(), "day.lock")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHeldElsewhere$")
	cmd.Env = append(os.Environ(), "FLOCK_CHILD="+name)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 7)
	if _, err := out.Read(buf); err != nil || string(buf) != "locked\n" {
		t.Fatalf("child: %q %v", buf, err)
	}
	if _, err := TryLock(name); !errors.Is(err, ErrHeld) {
		t.Fatalf("TryLock while the child holds it: %v, want ErrHeld", err)
	}
	in.Close()
	cmd.Wait()
	unlock, err := TryLock(name)
	if err != nil {
		t.Fatalf("TryLock after the child let go: %v", err)
	}
	unlock()
}
