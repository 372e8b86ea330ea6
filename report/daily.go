package report

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/internal/atomicfile"
	"github.com/bounce-analyzer/bounce/internal/flock"
	"github.com/bounce-analyzer/bounce/internal/rangeset"
	"github.com/bounce-analyzer/bounce/record"
)

// Daily is the day's report of a nightly scan, a Sink: failed-DATE.csv
// holds the bounce records found on that day (every run of the day adds
// to it) and summary-DATE.txt counts them per reason, per recipient
// domain, and hard or soft.
//
// A run's rows are appended to the CSV on Commit, so a run costs time in
// proportion to what it found, not to the day. What the day holds so far
// (the CSV's committed length, the counts, and which messages gave rows)
// is kept in .failed-DATE.csv.index beside it, written after the rows:
// rows past the committed length are the tail of a run killed while
// committing, and are cut off before the next run appends. A record whose
// message already gave rows that day (a run whose state was not saved
// reads the same messages again) is not added twice.
//
// Readers of the CSV may see such a tail until the next run: rows of
// records that the next run writes again, identical.
type Daily struct {
	date    string
	csvPath string
	sumPath string
	idxPath string
	idx     dayIndex
	isNew   bool     // the CSV does not exist yet
	scratch *os.File // this run's rows, with a header
	w       *CSV
	rows    int
	indexed bool   // idx was read from the index file, not rebuilt
	unlock  func() // releases the day's lock
}

// dayIndex is what the day's files hold so far.
type dayIndex struct {
	Version int `json:"version"`
	// Size is the committed length of the CSV.
	Size    int64          `json:"csv_size"`
	Summary Summary        `json:"summary"`
	Domains map[string]int `json:"domains"`
	// Messages holds the UIDs that gave rows, per mailbox
	// ("imap://…/INBOX;UIDVALIDITY=N"): a scan whose state was not saved
	// reads them again, and they must not be counted twice. Records of
	// other sources (the events of bounce serve, which the webhook's own
	// replay check keeps from coming twice) are not remembered: their
	// source may be shared by several recipients, and remembering every
	// one would make the index grow with the day's events.
	Messages map[string]string `json:"messages,omitempty"`

	uids map[string]rangeset.Set // Messages, parsed
}

const dayIndexVersion = 1

// DailyFiles are the paths of the files of day in dir: the CSV, the
// summary and the index.
func DailyFiles(dir string, day time.Time) []string {
	date := day.Format("2006-01-02")
	csvPath := filepath.Join(dir, "failed-"+date+".csv")
	return []string{csvPath, filepath.Join(dir, "summary-"+date+".txt"), filepath.Join(dir, "."+filepath.Base(csvPath)+".index")}
}

// OpenDaily starts a run's additions to the report of day in dir (created
// if missing). Only one writer may have a day's report open at a time:
// OpenDaily takes a lock on the day (.failed-DATE.csv.lock) until Commit
// or Abort, and fails at once when another process (a scan, bounce
// serve) holds it. Under the lock it removes the temporary files a killed
// writer left.
func OpenDaily(dir string, day time.Time) (*Daily, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("report directory: %w", err)
	}
	d := &Daily{date: day.Format("2006-01-02")}
	files := DailyFiles(dir, day)
	d.csvPath, d.sumPath, d.idxPath = files[0], files[1], files[2]
	lock := filepath.Join(dir, "."+filepath.Base(d.csvPath)+".lock")
	unlock, err := flock.TryLock(lock)
	if errors.Is(err, flock.ErrHeld) {
		return nil, fmt.Errorf("report %s: another bounce (a scan, bounce serve) is writing the files of %s in %s; try again when it is done", d.csvPath, d.date, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("report: locking %s: %w", lock, err)
	}
	d.unlock = unlock
	for _, p := range files {
		atomicfile.RemoveStale(p, 0) // under the lock: no writer is at work
	}
	if err := d.load(); err != nil {
		d.release()
		return nil, err
	}
	// Named as atomicfile names its temporary files, so that a killed
	// run's is found and removed (atomicfile.RemoveStale).
	f, err := os.CreateTemp(dir, atomicfile.TempPrefix(d.csvPath)+"*.tmp")
	if err != nil {
		d.release()
		return nil, fmt.Errorf("report: %w", err)
	}
	d.scratch = f
	d.w = NewCSV(f)
	return d, nil
}

// load reads what the day holds: the index, or, for a CSV without a
// trustworthy one (written by an older bounce), the CSV itself.
func (d *Daily) load() error {
	fi, err := os.Stat(d.csvPath)
	if errors.Is(err, fs.ErrNotExist) {
		d.isNew = true
		d.idx = dayIndex{Version: dayIndexVersion}
		return nil
	}
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	upgraded, err := d.upgrade()
	if err != nil {
		return err
	}
	if upgraded {
		return d.rebuild()
	}
	if data, err := os.ReadFile(d.idxPath); err == nil {
		var idx dayIndex
		if json.Unmarshal(data, &idx) == nil && idx.Version == dayIndexVersion && idx.Size <= fi.Size() {
			if err := idx.parse(); err == nil {
				d.idx, d.indexed = idx, true
				d.isNew = idx.Size == 0 // a first commit was cut short
				return nil
			}
		}
	}
	return d.rebuild()
}

// upgrade rewrites a day's CSV written by an older bounce, whose header
// lacks the columns added since at the end (esp_type), with the current
// header and every row given the new columns, empty: the rows of the day
// stay in the one file, and a reader sees one header. The new file
// replaces the old one whole; the index goes first, so that a run killed
// in between rebuilds it from whichever CSV is there. It tells whether
// it rewrote the file.
func (d *Daily) upgrade() (bool, error) {
	f, err := os.Open(d.csvPath)
	if err != nil {
		return false, fmt.Errorf("report: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF || err == nil && slices.Equal(header, classify.Fields) {
		return false, nil
	}
	if err != nil || len(header) >= len(classify.Fields) || !slices.Equal(header, classify.Fields[:len(header)]) {
		return false, fmt.Errorf("report: %s is not a report of this version of bounce (header %q); move it away", d.csvPath, header)
	}
	// Only the committed rows: a killed commit's tail is cut, as append
	// would cut it.
	if data, err := os.ReadFile(d.idxPath); err == nil {
		var idx dayIndex
		if json.Unmarshal(data, &idx) == nil && idx.Version == dayIndexVersion && idx.Size > 0 {
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				return false, fmt.Errorf("report: %w", err)
			}
			r = csv.NewReader(io.LimitReader(f, idx.Size))
			r.FieldsPerRecord = -1
			r.Read() // the header, read above
		}
	}
	out, err := atomicfile.Create(d.csvPath, 0o644)
	if err != nil {
		return false, fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	w.Write(classify.Fields)
	pad := make([]string, len(classify.Fields)-len(header))
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err == nil && len(row) != len(header) {
			err = fmt.Errorf("row of %d fields, want %d", len(row), len(header))
		}
		if err != nil {
			out.Abort()
			return false, fmt.Errorf("report: reading %s: %w", d.csvPath, err)
		}
		w.Write(append(row, pad...))
	}
	w.Flush()
	if err := w.Error(); err != nil {
		out.Abort()
		return false, fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	if err := os.Remove(d.idxPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		out.Abort()
		return false, fmt.Errorf("report %s: %w", d.idxPath, err)
	}
	if err := out.Commit(); err != nil {
		return false, fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	return true, nil
}

// parse reads the UID sets of Messages ("1:5,9").
func (x *dayIndex) parse() error {
	x.uids = map[string]rangeset.Set{}
	for mbox, text := range x.Messages {
		set, err := rangeset.Parse(text)
		if err != nil {
			return err
		}
		x.uids[mbox] = set
	}
	return nil
}

// rebuild reads the day's CSV whole to learn what it holds.
func (d *Daily) rebuild() error {
	f, err := os.Open(d.csvPath)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	defer f.Close()
	d.idx = dayIndex{Version: dayIndexVersion}
	r := csv.NewReader(f)
	r.FieldsPerRecord = len(classify.Fields)
	header, err := r.Read()
	if err == io.EOF {
		d.isNew = true // empty: written anew
		return nil
	}
	if err != nil || !slices.Equal(header, classify.Fields) {
		return fmt.Errorf("report: %s is not a report of this version of bounce (header %q); move it away", d.csvPath, header)
	}
	col := func(name string) int { return slices.Index(classify.Fields, name) }
	src, rcpt, reason, hard := col("source"), col("recipient"), col("reason"), col("hard")
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("report: reading %s: %w", d.csvPath, err)
		}
		rec := classify.Record{Recipient: row[rcpt], Reason: record.Reason(row[reason]), Hard: row[hard] == "true", Action: "failed"}
		d.idx.count(&rec)
		d.idx.add(row[src]) // as written: neutralised, as Write compares
	}
	d.idx.Size = r.InputOffset()
	return nil
}

// count adds a bounce record to the counts.
func (x *dayIndex) count(r *classify.Record) {
	x.Summary.Add([]classify.Record{*r})
	if x.Domains == nil {
		x.Domains = map[string]int{}
	}
	domain := ""
	if i := strings.LastIndexByte(r.Recipient, '@'); i >= 0 {
		domain = strings.ToLower(r.Recipient[i+1:])
	}
	x.Domains[orNone(domain)]++
}

// key splits an IMAP message URL into its mailbox and UID; ok is false
// for any other source.
func key(src string) (mbox string, uid uint32, ok bool) {
	i := strings.LastIndex(src, "/;UID=")
	if i < 0 || !strings.HasPrefix(src, "imap://") {
		return "", 0, false
	}
	n, err := strconv.ParseUint(src[i+len("/;UID="):], 10, 32)
	if err != nil || n == 0 {
		return "", 0, false
	}
	return src[:i], uint32(n), true
}

// has tells whether src (neutralised), an IMAP message, gave rows
// before.
func (x *dayIndex) has(src string) bool {
	if mbox, uid, ok := key(src); ok {
		return x.uids[mbox].Contains(uid)
	}
	return false
}

// add records that src (neutralised) gave rows.
func (x *dayIndex) add(src string) {
	if mbox, uid, ok := key(src); ok {
		if x.uids == nil {
			x.uids = map[string]rangeset.Set{}
		}
		set := x.uids[mbox]
		set.Add(uid)
		x.uids[mbox] = set
	}
}

// Write adds the bounce records of recs, but for those whose message gave
// rows to the day's report before.
func (d *Daily) Write(recs []classify.Record) error {
	var bounces []classify.Record
	for i := range recs {
		if recs[i].IsBounce() && !d.idx.has(Neutralise(recs[i].Source)) {
			bounces = append(bounces, recs[i])
		}
	}
	if len(bounces) == 0 {
		return nil
	}
	if err := d.w.Write(bounces); err != nil {
		return fmt.Errorf("report %s: %w", d.scratch.Name(), err)
	}
	// Marked once the whole message is written: its records may share
	// a source.
	for i := range bounces {
		d.idx.count(&bounces[i])
	}
	for i := range bounces {
		d.idx.add(Neutralise(bounces[i].Source))
	}
	d.rows += len(bounces)
	return nil
}

// Commit appends the run's rows to the CSV, then writes the summary and
// the index. An error leaves the day as the last committed run left it
// (rows appended past the index's length are cut off by the next run).
func (d *Daily) Commit() error {
	defer d.release()
	if d.rows == 0 && !d.isNew && d.indexed {
		if _, err := os.Stat(d.sumPath); err == nil {
			return nil // nothing new, and the files are there
		}
	}
	if err := d.w.Close(); err != nil {
		return fmt.Errorf("report %s: %w", d.csvPath, err)
	}
	if d.rows > 0 || d.isNew {
		if d.isNew {
			// Say first that nothing of the CSV is committed, so that a
			// kill while it is first written leaves no torn row to read.
			if err := writeWhole(d.idxPath, `{"version":1,"csv_size":0}`+"\n"); err != nil {
				return fmt.Errorf("report %s: %w", d.idxPath, err)
			}
		}
		if err := d.append(); err != nil {
			return fmt.Errorf("report %s: %w", d.csvPath, err)
		}
	}
	// The summary before the index: should it fail, the index still
	// says the rows are not committed, and the next run writes both.
	if err := writeWhole(d.sumPath, d.summaryText()); err != nil {
		return fmt.Errorf("report %s: %w", d.sumPath, err)
	}
	if err := d.writeIndex(); err != nil {
		return fmt.Errorf("report %s: %w", d.idxPath, err)
	}
	return nil
}

// append adds the scratch file's rows (and its header, to a new CSV) at
// the CSV's committed length, and syncs it.
func (d *Daily) append() error {
	if _, err := d.scratch.Seek(0, io.SeekStart); err != nil {
		return err
	}
	src := io.Reader(d.scratch)
	if !d.isNew {
		// Skip the scratch file's header: the CSV has one.
		hdr := int64(len(csvHeader()))
		if _, err := d.scratch.Seek(hdr, io.SeekStart); err != nil {
			return err
		}
	}
	target, err := atomicfile.Resolve(d.csvPath)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	// Cut the tail a killed commit left, then write after the committed
	// rows.
	err = f.Truncate(d.idx.Size)
	var n int64
	if err == nil {
		_, err = f.Seek(d.idx.Size, io.SeekStart)
	}
	if err == nil {
		n, err = io.Copy(f, src)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		// Leave no partial rows behind where we can help it.
		os.Truncate(target, d.idx.Size)
		return err
	}
	if d.isNew {
		if err := atomicfile.SyncDir(filepath.Dir(target)); err != nil {
			return err
		}
	}
	d.idx.Size += n
	return nil
}

// csvHeader is the header row the CSV writer writes.
func csvHeader() string {
	var b strings.Builder
	NewCSV(&b).Close()
	return b.String()
}

// writeIndex writes the index whole.
func (d *Daily) writeIndex() error {
	d.idx.Messages = map[string]string{}
	for mbox, set := range d.idx.uids {
		d.idx.Messages[mbox] = set.String()
	}
	data, err := json.Marshal(&d.idx)
	if err != nil {
		return err
	}
	return writeWhole(d.idxPath, string(data)+"\n")
}

// writeWhole writes a small file whole or not at all.
func writeWhole(path, content string) error {
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(f, content); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// Abort leaves the day's files as they were.
func (d *Daily) Abort() { d.release() }

// release drops the scratch file and the day's lock.
func (d *Daily) release() {
	if d.scratch != nil {
		d.scratch.Close()
		os.Remove(d.scratch.Name())
		d.scratch = nil
	}
	if d.unlock != nil {
		d.unlock()
		d.unlock = nil
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func (d *Daily) summaryText() string {
	var b strings.Builder
	s := &d.idx.Summary
	fmt.Fprintf(&b, "bounce scan: failed recipients of %s (%s)\n", d.date, filepath.Base(d.csvPath))
	fmt.Fprintf(&b, "bounces: %d (%d hard, %d soft)\n", s.Bounces, s.Hard, s.Soft)
	section := func(title string, m map[string]int) {
		if len(m) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s:\n", title)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			if m[keys[i]] != m[keys[j]] {
				return m[keys[i]] > m[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, k := range keys {
			fmt.Fprintf(&b, "  %-40s %6d\n", Sanitize(k), m[k])
		}
	}
	reasons := make(map[string]int, len(s.Reasons))
	for k, n := range s.Reasons {
		reasons[orNone(k)] += n
	}
	section("by reason", reasons)
	section("by recipient domain", d.idx.Domains)
	return b.String()
}

var _ Sink = (*Daily)(nil)
