package bounce_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
)

// unseenDir holds sealed batches of bounces written from failure-class
// descriptions and scored once before any fix (testdata/unseen/README.md).
const unseenDir = "testdata/unseen"

// unseenRatchet is testdata/unseen/floors.txt: the reason-agreement floor
// of each batch and the near-miss messages that still give records.
type unseenRatchet struct {
	floor    map[string]float64 // batch -> minimum reason agreement, in per cent
	nearMiss map[string]string  // "batch-NN/not-bounce/FILE" -> why it still gives records
}

func loadUnseenRatchet(t *testing.T) unseenRatchet {
	t.Helper()
	path := filepath.Join(unseenDir, "floors.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := unseenRatchet{floor: map[string]float64{}, nearMiss: map[string]string{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		switch {
		case fields[0] == "floor" && len(fields) == 3:
			pct, err := strconv.ParseFloat(fields[2], 64)
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			r.floor[fields[1]] = pct
		case fields[0] == "nearmiss" && len(fields) >= 3:
			r.nearMiss[fields[1]] = strings.Join(fields[2:], " ")
		default:
			t.Fatalf("%s:%d: want \"floor BATCH PERCENT\" or \"nearmiss FILE WHY\", got %q", path, n, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return r
}

// TestUnseenBatches scores every sealed batch: per-recipient reason,
// reason+hard and recipient agreement are logged, and reason agreement
// may not fall below the batch's floor. Every near-miss message must give
// no record (no failed recipient, no vacation, nothing), unless floors.txt
// still lists it; a listed one that comes clean fails until its line goes.
func TestUnseenBatches(t *testing.T) {
	ratchet := loadUnseenRatchet(t)
	batches, err := filepath.Glob(filepath.Join(unseenDir, "batch-*"))
	if err != nil || len(batches) == 0 {
		t.Fatalf("%s: no batches (%v)", unseenDir, err)
	}
	seenNearMiss := map[string]bool{}
	for _, dir := range batches {
		batch := filepath.Base(dir)
		floor, ok := ratchet.floor[batch]
		if !ok {
			t.Errorf("%s: no floor in floors.txt (record the first-try figure first)", batch)
			continue
		}
		t.Run(batch, func(t *testing.T) {
			scoreUnseenBatch(t, dir, floor)
			for _, p := range checkUnseenNearMisses(t, dir, ratchet.nearMiss) {
				seenNearMiss[p] = true
			}
		})
	}
	for p := range ratchet.nearMiss {
		if !seenNearMiss[p] {
			t.Errorf("floors.txt names near-miss %s, which does not exist", p)
		}
	}
}

// scoreUnseenBatch compares the records of every bounce in dir with
// dir/expected.jsonl, as the shared score.py does (multisets per file).
func scoreUnseenBatch(t *testing.T, dir string, floor float64) {
	want := loadUnseenExpected(t, filepath.Join(dir, "expected.jsonl"))
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range files {
		if _, ok := want[filepath.Base(p)]; !ok {
			t.Errorf("%s has no line in expected.jsonl", p)
		}
	}
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	total, agree, agreeHard, rcptOK, got := 0, 0, 0, 0, 0
	for _, name := range names {
		exp := want[name]
		recs := analyzeUnseen(t, filepath.Join(dir, name))
		sc := scoreFile(exp, recs)
		total += len(exp)
		got += len(recs)
		agree += sc.reasons
		agreeHard += sc.hard
		rcptOK += sc.recipients
		if sc.reasons < len(exp) || len(recs) != len(exp) {
			sort.Strings(sc.want)
			sort.Strings(sc.got)
			t.Logf("%s: want %v, got %v", name, sc.want, sc.got)
		}
	}
	if total == 0 {
		t.Fatalf("%s: expected.jsonl is empty", dir)
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(total) }
	t.Logf("%s: %d files, %d expected records, %d given; reason agreement %.1f%% (%d/%d), reason+hard %.1f%%, recipient %.1f%% (floor %.1f%%)",
		filepath.Base(dir), len(names), total, got, pct(agree), agree, total, pct(agreeHard), pct(rcptOK), floor)
	if pct(agree) < floor {
		t.Errorf("%s: reason agreement %.1f%% is below the floor of %.1f%%", filepath.Base(dir), pct(agree), floor)
	}
}

// checkUnseenNearMisses analyzes dir/not-bounce and returns the
// batch-relative names it saw ("batch-NN/not-bounce/FILE").
func checkUnseenNearMisses(t *testing.T, dir string, known map[string]string) []string {
	names, err := filepath.Glob(filepath.Join(dir, "not-bounce", "*.eml"))
	if err != nil || len(names) == 0 {
		t.Fatalf("%s/not-bounce: no near-miss messages (%v)", dir, err)
	}
	var seen []string
	falseFiles, falseRecs := 0, 0
	for _, p := range names {
		key := filepath.Base(dir) + "/not-bounce/" + filepath.Base(p)
		seen = append(seen, key)
		recs := analyzeUnseen(t, p)
		if len(recs) > 0 {
			falseFiles++
			falseRecs += len(recs)
		}
		why, listed := known[key]
		switch {
		case len(recs) > 0 && !listed:
			for _, r := range recs {
				t.Errorf("%s: ordinary mail gave a record: %s %s (rule %s)", key, r.Recipient, r.Reason, r.Rule)
			}
		case len(recs) == 0 && listed:
			t.Errorf("%s gives no record now: remove its line from floors.txt (%s)", key, why)
		}
	}
	t.Logf("%s: near-misses: %d records on %d of %d files", filepath.Base(dir), falseRecs, falseFiles, len(names))
	return seen
}

func loadUnseenExpected(t *testing.T, path string) map[string][]expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string][]expectation{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var e expectation
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		want[e.File] = append(want[e.File], e)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return want
}

// analyzeUnseen is analyzeFile that counts a message the analyzer cannot
// read as giving no record (a miss to score, not a reason to stop).
func analyzeUnseen(t *testing.T, path string) []bounce.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := bounce.Analyze(f, path)
	if err != nil {
		t.Logf("%s: %v", path, err)
		return nil
	}
	return recs
}
