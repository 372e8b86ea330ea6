package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// buildBounce builds the command into a temporary directory. It skips the
// test only when there is no Go toolchain to build with.
func buildBounce(t *testing.T) string {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("cannot build the command: no go toolchain in PATH (%v)", err)
	}
	bin := filepath.Join(t.TempDir(), "bounce")
	cmd := exec.Command(gobin, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// bigMbox writes an mbox of the corpus messages repeated to at least n
// messages and returns its path.
func bigMbox(t *testing.T, n int) string {
	t.Helper()
	dir := filepath.Join(corpus(t), "eml")
	names, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no corpus messages in %s: %v", dir, err)
	}
	sort.Strings(names)
	var one bytes.Buffer
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		one.WriteString("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
		for _, line := range strings.SplitAfter(string(data), "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, ">"), "From ") {
				one.WriteByte('>')
			}
			one.WriteString(line)
		}
		if !bytes.HasSuffix(one.Bytes(), []byte("\n")) {
			one.WriteByte('\n')
		}
		one.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "big.mbox")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for i := 0; i*len(names) < n; i++ {
		w.Write(one.Bytes())
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkReport fails unless every line of data is a JSON object and there
// are want of them.
func checkReport(t *testing.T, data []byte, want int) {
	t.Helper()
	if len(data) > 0 && data[len(data)-1] != '\n' {
		t.Fatalf("report does not end with a newline (torn?): ends %q", data[max(0, len(data)-80):])
	}
	lines := bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n"))
	if len(data) == 0 {
		lines = nil
	}
	for i, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("report line %d is not JSON (torn?): %v: %.100q", i+1, err, line)
		}
	}
	if len(lines) != want {
		t.Fatalf("report has %d records, a full run has %d", len(lines), want)
	}
}

// TestAnalyzeKilledOutputIsAtomic kills `bounce analyze -o FILE` with
// SIGKILL at random moments of a long run and checks that FILE is then
// either its old content or a whole new report, never a torn one.
func TestAnalyzeKilledOutputIsAtomic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs it on a large mbox; skipped with -short")
	}
	bin := buildBounce(t)
	mbox := bigMbox(t, 10000) // ~55 MB; a run takes about a second
	dir := t.TempDir()
	out := filepath.Join(dir, "report.jsonl")
	old := []byte("old report: must survive a killed run whole\n")

	// A full run gives the record count and how long a run takes.
	start := time.Now()
	full := exec.Command(bin, "analyze", "--format", "json", "-q", "-o", out, mbox)
	if msg, err := full.CombinedOutput(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitFail {
			t.Fatalf("full run: %v\n%s", err, msg)
		}
	}
	took := time.Since(start)
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	records := bytes.Count(want, []byte("\n"))
	checkReport(t, want, records)
	if records < 5000 {
		t.Fatalf("full run reported %d records; want a long run", records)
	}
	t.Logf("full run: %d records in %v", records, took)

	rng := rand.New(rand.NewSource(6))
	const iterations = 5
	var sawOld, sawNew int
	for i := 0; i < iterations; i++ {
		if err := os.WriteFile(out, old, 0o644); err != nil {
			t.Fatal(err)
		}
		// A killed run leaves its temporary file: clear the last one's,
		// so that waitForPartial sees this run's.
		leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
		for _, n := range leftovers {
			os.Remove(n)
		}
		cmd := exec.Command(bin, "analyze", "--format", "json", "-q", "-o", out, mbox)
		start := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if i%2 == 0 {
			// Killed as soon as the report has begun in its temporary
			// file: mid-run for certain, however loaded the machine (a
			// random delay alone missed every run when one ran faster
			// than the first).
			waitForPartial(t, dir, took*5)
		} else {
			// At a random moment: mid-run, or after the rename.
			time.Sleep(time.Duration(rng.Int63n(int64(took) * 11 / 10)))
		}
		cmd.Process.Kill() // SIGKILL: no deferred cleanup, no Abort
		cmd.Wait()
		delay := time.Since(start)

		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatalf("iteration %d (kill after %v): report file: %v", i, delay, err)
		}
		switch {
		case bytes.Equal(got, old):
			sawOld++
		default:
			checkReport(t, got, records)
			if !bytes.Equal(got, want) {
				t.Fatalf("iteration %d (kill after %v): a complete report that differs from the full run's", i, delay)
			}
			sawNew++
		}
		t.Logf("iteration %d: killed after %v: %s", i, delay, map[bool]string{true: "old content", false: "new report"}[bytes.Equal(got, old)])
	}
	if sawOld == 0 {
		t.Errorf("no kill landed mid-run (%d of %d saw the new report): the test proved nothing", sawNew, iterations)
	}
}

// waitForPartial waits, at most max, until a temporary report file in dir
// holds some bytes.
func waitForPartial(t *testing.T, dir string, max time.Duration) {
	t.Helper()
	for end := time.Now().Add(max); time.Now().Before(end); time.Sleep(time.Millisecond) {
		names, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
		for _, n := range names {
			if fi, err := os.Stat(n); err == nil && fi.Size() > 0 {
				return
			}
		}
	}
}
