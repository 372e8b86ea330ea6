package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/record"
)

var testDay = time.Date(2024, 5, 1, 23, 0, 0, 0, time.UTC)

// dayRecord is the bounce record of message uid for recipient i.
func dayRecord(uid, i int) classify.Record {
	reasons := []record.Reason{"userunknown", "mailboxfull", "blocked"}
	return classify.Record{
		Source:    fmt.Sprintf("imap://u@h/INBOX;UIDVALIDITY=7/;UID=%d", uid),
		Recipient: fmt.Sprintf("user%d@Example%d.com", i, i%3), Action: "failed",
		Status: "5.1.1", Reason: reasons[i%3], Hard: i%3 == 0,
		Diagnostic: "550 5.1.1 <x>: =cmd| \"quoted\"\r\nsecond line", Date: "2024-05-01T12:00:00Z",
	}
}

// runDay writes the messages of uids (two recipients each) as one run.
func runDay(t testing.TB, dir string, uids ...int) {
	t.Helper()
	d, err := OpenDaily(dir, testDay)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range uids {
		if err := d.Write([]classify.Record{dayRecord(u, 2*u), dayRecord(u, 2*u+1)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}

// wantCSV is the CSV of the messages of uids written in one go.
func wantCSV(uids ...int) string {
	var b bytes.Buffer
	w := NewCSV(&b)
	for _, u := range uids {
		w.Write([]classify.Record{dayRecord(u, 2*u), dayRecord(u, 2*u+1)})
	}
	w.Close()
	return b.String()
}

func readDay(t *testing.T, dir string) (csv, summary string) {
	t.Helper()
	c, err := os.ReadFile(filepath.Join(dir, "failed-2024-05-01.csv"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.ReadFile(filepath.Join(dir, "summary-2024-05-01.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(c), string(s)
}

// Runs of a day add to its CSV as one run writing all would, and a
// message read again is not added twice.
func TestDailyAppends(t *testing.T) {
	dir := t.TempDir()
	runDay(t, dir, 1, 2, 3)
	runDay(t, dir)          // nothing new
	runDay(t, dir, 2, 4, 5) // 2 read again
	csv, sum := readDay(t, dir)
	if csv != wantCSV(1, 2, 3, 4, 5) {
		t.Errorf("CSV:\n%s\nwant:\n%s", csv, wantCSV(1, 2, 3, 4, 5))
	}
	for _, line := range []string{
		"bounce scan: failed recipients of 2024-05-01 (failed-2024-05-01.csv)\n",
		"bounces: 10 (3 hard, 7 soft)\n",
		fmt.Sprintf("\nby reason:\n  %-40s %6d\n  %-40s %6d\n  %-40s %6d\n", "blocked", 4, "mailboxfull", 3, "userunknown", 3),
		fmt.Sprintf("  %-40s %6d\n", "example2.com", 4),
	} {
		if !strings.Contains(sum, line) {
			t.Errorf("summary has no %q:\n%s", line, sum)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// An empty run writes nothing, yet leaves the day's files when there are
// none.
func TestDailyEmptyDay(t *testing.T) {
	dir := t.TempDir()
	runDay(t, dir)
	csv, sum := readDay(t, dir)
	if csv != wantCSV() || !strings.Contains(sum, "bounces: 0 (0 hard, 0 soft)") {
		t.Errorf("empty day: %q\n%s", csv, sum)
	}
	runDay(t, dir, 1)
	if csv, _ := readDay(t, dir); csv != wantCSV(1) {
		t.Errorf("after a header-only day: %q", csv)
	}
}

// Rows appended by a commit cut short (killed before the index was
// written) are not the day's: the next run cuts them off and writes its
// own.
func TestDailyTornTail(t *testing.T) {
	dir := t.TempDir()
	runDay(t, dir, 1)
	f, _ := os.OpenFile(filepath.Join(dir, "failed-2024-05-01.csv"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(strings.TrimPrefix(wantCSV(2), wantCSV())[:50]) // half a row
	f.Close()
	runDay(t, dir, 2, 3)
	if csv, _ := readDay(t, dir); csv != wantCSV(1, 2, 3) {
		t.Errorf("CSV after a torn commit:\n%s", csv)
	}

	// The same on the first commit of a day.
	dir = t.TempDir()
	os.WriteFile(filepath.Join(dir, ".failed-2024-05-01.csv.index"), []byte(`{"version":1,"csv_size":0}`), 0o644)
	os.WriteFile(filepath.Join(dir, "failed-2024-05-01.csv"), []byte(wantCSV(1)[:200]), 0o644)
	runDay(t, dir, 1, 2)
	if csv, _ := readDay(t, dir); csv != wantCSV(1, 2) {
		t.Errorf("CSV after a torn first commit:\n%s", csv)
	}
}

// A day's CSV without an index (written by an older bounce) is read once
// to learn what it holds.
func TestDailyWithoutIndex(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "failed-2024-05-01.csv"), []byte(wantCSV(1, 2)), 0o644)
	runDay(t, dir, 2, 3)
	csv, sum := readDay(t, dir)
	if csv != wantCSV(1, 2, 3) || !strings.Contains(sum, "bounces: 6 (2 hard, 4 soft)") {
		t.Errorf("CSV:\n%s\nsummary:\n%s", csv, sum)
	}
	os.WriteFile(filepath.Join(dir, "failed-2024-05-01.csv"), []byte("a,b\n1,2\n"), 0o644)
	os.Remove(filepath.Join(dir, ".failed-2024-05-01.csv.index"))
	if _, err := OpenDaily(dir, testDay); err == nil || !strings.Contains(err.Error(), "failed-2024-05-01.csv is not a report") {
		t.Errorf("a foreign CSV: %v", err)
	}
}

// Abort leaves the day as it was.
func TestDailyAbort(t *testing.T) {
	dir := t.TempDir()
	runDay(t, dir, 1)
	csv1, sum1 := readDay(t, dir)
	d, err := OpenDaily(dir, testDay)
	if err != nil {
		t.Fatal(err)
	}
	d.Write([]classify.Record{dayRecord(2, 4)})
	d.Abort()
	csv2, sum2 := readDay(t, dir)
	if csv1 != csv2 || sum1 != sum2 {
		t.Error("Abort changed the day's files")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("the directory holds %d files, want the CSV, the summary, the index and the day's lock", len(entries))
	}
	runDay(t, dir, 2)
	if csv, _ := readDay(t, dir); csv != wantCSV(1, 2) {
		t.Errorf("after an aborted run: %s", csv)
	}
}

// Only bounces go to the day's files.
func TestDailyBouncesOnly(t *testing.T) {
	dir := t.TempDir()
	d, _ := OpenDaily(dir, testDay)
	vac := dayRecord(9, 1)
	vac.Action, vac.Reason = "", "vacation"
	d.Write([]classify.Record{vac})
	d.Commit()
	if csv, _ := readDay(t, dir); csv != wantCSV() {
		t.Errorf("an auto-reply was written: %s", csv)
	}
}

// BenchmarkDailyEmptyRun is a run that finds nothing on a day that holds
// 50,000 rows already. Rewriting the day's CSV on every run (before this
// file) cost about 380 ms here; appending costs what the run found.
func BenchmarkDailyEmptyRun(b *testing.B) {
	dir := b.TempDir()
	uids := make([]int, 25000)
	for i := range uids {
		uids[i] = i + 1
	}
	runDay(b, dir, uids...)
	b.ResetTimer()
	for b.Loop() {
		runDay(b, dir)
	}
}

// BenchmarkDailySmallRun adds one message to such a day.
func BenchmarkDailySmallRun(b *testing.B) {
	dir := b.TempDir()
	uids := make([]int, 25000)
	for i := range uids {
		uids[i] = i + 1
	}
	runDay(b, dir, uids...)
	next := 25001
	b.ResetTimer()
	for b.Loop() {
		runDay(b, dir, next)
		next++
	}
}

// oldCSV is the CSV of the messages of uids as a bounce whose columns
// ended before first wrote it.
func oldCSV(first string, uids ...int) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	old := classify.Fields[:slices.Index(classify.Fields, first)]
	w.Write(old)
	for _, u := range uids {
		for _, r := range []classify.Record{dayRecord(u, 2*u), dayRecord(u, 2*u+1)} {
			row := r.Values()[:len(old)]
			for j, v := range row {
				row[j] = Neutralise(v)
			}
			w.Write(row)
		}
	}
	w.Flush()
	return b.String()
}

// A day's CSV written by a bounce without esp_type (or without the
// campaign columns) is rewritten once with the new header and empty new
// columns in its rows, and the run adds to it: one header, no row lost,
// none twice, a killed commit's tail cut.
func TestDailyOldHeader(t *testing.T) {
	for _, c := range []struct {
		first   string
		indexed bool
	}{{"esp_type", false}, {"esp_type", true}, {"list_id", false}, {"list_id", true}} {
		indexed := c.indexed
		dir := t.TempDir()
		path := filepath.Join(dir, "failed-2024-05-01.csv")
		old := oldCSV(c.first, 1, 2)
		if indexed {
			runDay(t, dir, 1, 2) // an index of the day
			idx := fmt.Sprintf(`{"version":1,"csv_size":%d}`, len(old))
			os.WriteFile(filepath.Join(dir, ".failed-2024-05-01.csv.index"), []byte(idx), 0o644)
			old += "imap://u@h/INBOX;UIDVALIDITY=7/;UID=9,torn"
		}
		os.WriteFile(path, []byte(old), 0o644)
		runDay(t, dir, 2, 3)
		got, sum := readDay(t, dir)
		if got != wantCSV(1, 2, 3) || !strings.Contains(sum, "bounces: 6 (2 hard, 4 soft)") {
			t.Errorf("indexed %v: CSV:\n%s\nwant:\n%s\nsummary:\n%s", indexed, got, wantCSV(1, 2, 3), sum)
		}
		runDay(t, dir, 4)
		if got, _ := readDay(t, dir); got != wantCSV(1, 2, 3, 4) {
			t.Errorf("indexed %v: next run: CSV:\n%s", indexed, got)
		}
	}
}

// Two writers of one day: the second fails at once with an error naming
// the day, and may open it once the first is done. Records that share a
// source (the events of one webhook message, for several recipients) are
// all kept: only IMAP messages are checked for being read twice.
func TestDailyOneWriterAndSharedSources(t *testing.T) {
	dir := t.TempDir()
	d1, err := OpenDaily(dir, testDay)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenDaily(dir, testDay); err == nil || !strings.Contains(err.Error(), "another bounce") {
		t.Fatalf("second writer: %v, want an error", err)
	}
	a, b := dayRecord(1, 1), dayRecord(1, 2)
	a.Source, b.Source = "ses:<m1@example.com>:Bounce", "ses:<m1@example.com>:Bounce"
	if err := d1.Write([]classify.Record{a, b}); err != nil {
		t.Fatal(err)
	}
	if err := d1.Commit(); err != nil {
		t.Fatal(err)
	}
	d2, err := OpenDaily(dir, testDay)
	if err != nil {
		t.Fatalf("after the first committed: %v", err)
	}
	c := dayRecord(2, 3)
	c.Source = a.Source
	d2.Write([]classify.Record{c})
	if err := d2.Commit(); err != nil {
		t.Fatal(err)
	}
	csv, _ := readDay(t, dir)
	if n := strings.Count(csv, "ses:<m1@example.com>:Bounce"); n != 3 {
		t.Errorf("%d rows of the shared source, want 3:\n%s", n, csv)
	}
}
