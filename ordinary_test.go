package bounce

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// ordinaryDir holds ordinary mail (list traffic, newsletters, machine
// reports, read receipts, spam, human replies, old clients, other
// languages) that must give no record at all; see its README.md.
const ordinaryDir = "testdata/ordinary"

// loadOrdinaryKnown reads testdata/ordinary/known.txt: one "FILE why" line
// per message that still gives a record, with why.
func loadOrdinaryKnown(t *testing.T) map[string]string {
	t.Helper()
	path := filepath.Join(ordinaryDir, "known.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	known := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, why, ok := strings.Cut(line, " ")
		if !ok || strings.TrimSpace(why) == "" {
			t.Fatalf("%s:%d: want \"FILE why\", got %q", path, n, line)
		}
		known[name] = strings.TrimSpace(why)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return known
}

// TestOrdinaryMailGivesNoRecord runs every message of testdata/ordinary
// (and of its later sets, set-NN/)
// through the analyzer: none may give a record (a failed recipient, a
// vacation, a feedback report, anything) unless known.txt lists it, and
// a listed message that comes clean fails until its line goes, so the
// list stays true.
func TestOrdinaryMailGivesNoRecord(t *testing.T) {
	known := loadOrdinaryKnown(t)
	paths, err := filepath.Glob(filepath.Join(ordinaryDir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	// Later sets, each written blind and scored once (set-NN/README.md).
	more, err := filepath.Glob(filepath.Join(ordinaryDir, "set-*", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, more...)
	if len(paths) < 250 {
		t.Fatalf("%s: %d messages, want the whole set (about 300; run make_ordinary.py)", ordinaryDir, len(paths))
	}
	seen := map[string]bool{}
	byReason := map[string]int{}
	falseFiles := 0
	for _, p := range paths {
		name, _ := filepath.Rel(ordinaryDir, p) // "FILE" or "set-NN/FILE", as known.txt names it
		name = filepath.ToSlash(name)
		seen[name] = true
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := Analyze(f, p)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if len(recs) > 0 {
			falseFiles++
		}
		for _, r := range recs {
			byReason[string(r.Reason)]++
		}
		why, listed := known[name]
		switch {
		case len(recs) > 0 && !listed:
			for _, r := range recs {
				t.Errorf("%s: ordinary mail gave a record: %q %s (rule %s)", name, r.Recipient, r.Reason, r.Rule)
			}
		case len(recs) == 0 && listed:
			t.Errorf("%s gives no record now: remove its line from known.txt (%s)", name, why)
		}
	}
	for name := range known {
		if !seen[name] {
			t.Errorf("known.txt names %s, which is not in %s", name, ordinaryDir)
		}
	}
	reasons := make([]string, 0, len(byReason))
	for r, n := range byReason {
		reasons = append(reasons, r+" "+strconv.Itoa(n))
	}
	sort.Strings(reasons)
	t.Logf("%s: %d messages, %d give records (%s)", ordinaryDir, len(paths), falseFiles, strings.Join(reasons, ", "))
}
