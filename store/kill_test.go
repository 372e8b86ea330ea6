package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
)

// killRunSize is the number of events of one run in the kill test.
const killRunSize = 500

// killRun is run r of the kill test: killRunSize hard bounces at, each
// for an address of its own.
func killRun(r int, at time.Time) []classify.Record {
	recs := make([]classify.Record, killRunSize)
	for i := range recs {
		recs[i] = rec(fmt.Sprintf("u%d.%d@example.com", r, i), "userunknown", "5.1.1", true, at)
		recs[i].OriginalMessageID = fmt.Sprintf("<%d.%d@sender.example>", r, i)
	}
	return recs
}

// TestKillChild is the process the kill test kills: it commits runs into
// the store $BOUNCE_STORE_KILL_DSN and says so after each, until killed.
func TestKillChild(t *testing.T) {
	dsn := os.Getenv("BOUNCE_STORE_KILL_DSN")
	if dsn == "" {
		t.Skip("the child of TestKillDuringIngest")
	}
	s, err := Open(context.Background(), dsn)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	at, err := time.Parse(time.RFC3339, os.Getenv("BOUNCE_STORE_KILL_DATE"))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for r := 0; r < 10000; r++ {
		k := s.Sink(context.Background(), RunInfo{Mailbox: "kill"})
		for _, rc := range killRun(r, at) {
			if err := k.Write([]classify.Record{rc}); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
		}
		if err := k.Commit(); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("committed", r)
	}
}

// TestKillDuringIngest kills a writing process at random points, three
// times: the store must hold whole runs only, with the suppression list
// matching the events, and a rerun must complete it without duplicates.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	forEachBackend(t, func(t *testing.T, dsn string) {
		committed := -1
		// The bounces' date: the same in every process, recent enough
		// not to have expired.
		at := time.Now().UTC().Add(-time.Hour).Truncate(time.Second)
		for kill := 0; kill < 3; kill++ {
			cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "BOUNCE_STORE_KILL_DSN="+dsn, "BOUNCE_STORE_KILL_DATE="+at.Format(time.RFC3339))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(out)
			seen := 0
			for sc.Scan() {
				line := sc.Text()
				if strings.HasPrefix(line, "error") {
					t.Fatalf("child: %s", line)
				}
				if r, ok := strings.CutPrefix(line, "committed "); ok {
					committed, _ = strconv.Atoi(r)
					if seen++; seen == 2 {
						break
					}
				}
			}
			// Somewhere in the next run: writing, or committing.
			time.Sleep(time.Duration(rand.IntN(150)) * time.Millisecond)
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()

			s := openStore(t, dsn)
			n := count(t, s, "SELECT COUNT(*) FROM events")
			if n%killRunSize != 0 || n < (committed+1)*killRunSize {
				t.Fatalf("kill %d: %d events: not whole runs, or fewer than the %d committed runs", kill, n, committed+1)
			}
			if sup := count(t, s, "SELECT COUNT(*) FROM suppressions WHERE suppressed = 1"); sup != n {
				t.Fatalf("kill %d: %d events but %d suppressions: list and history disagree", kill, n, sup)
			}
			s.Close()
		}
		// The next run completes it: every run again, nothing twice.
		s := openStore(t, dsn)
		runs := count(t, s, "SELECT COUNT(*) FROM events")/killRunSize + 1
		for r := 0; r < runs; r++ {
			ingest(t, s, "rerun", [][]classify.Record{killRun(r, at)})
		}
		if n := count(t, s, "SELECT COUNT(*) FROM events"); n != runs*killRunSize {
			t.Errorf("after the rerun: %d events, want %d", n, runs*killRunSize)
		}
		if n := count(t, s, "SELECT COUNT(*) FROM suppressions"); n != runs*killRunSize {
			t.Errorf("after the rerun: %d suppressions, want %d", n, runs*killRunSize)
		}
	})
}
