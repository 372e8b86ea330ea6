package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
)

// corpus returns the directory of the test corpus.
func corpus(t *testing.T) string {
	t.Helper()
	for _, d := range []string{"../../testdata/sisimai-set", "../../../shared/corpus/sisimai-set"} {
		if _, err := os.Stat(filepath.Join(d, "eml")); err == nil {
			return d
		}
	}
	t.Skip("no test corpus")
	return ""
}

type result struct {
	code           int
	stdout, stderr string
}

// runWith runs the command in-process with stdin and the environment
// variables in vars.
func runWith(t *testing.T, stdin string, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		ctx:    context.Background(),
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string { return vars[k] },
	}
	code := e.run(args)
	return result{code, out.String(), errb.String()}
}

func runCmd(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(t, "", nil, args...)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"no command", nil, 2, "", "usage: bounce"},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"flag before command", []string{"--format", "json"}, 2, "", "unknown flag --format"},
		{"help flag", []string{"--help"}, 0, "analyze", ""},
		{"help short", []string{"-h"}, 0, "commands:", ""},
		{"help command", []string{"help"}, 0, "analyze", ""},
		{"help analyze", []string{"help", "analyze"}, 0, "--format", ""},
		{"help unknown", []string{"help", "nope"}, 2, "", "unknown command"},
		{"analyze help", []string{"analyze", "--help"}, 0, "--jobs", ""},
		{"analyze -h", []string{"analyze", "-h"}, 0, "usage: bounce analyze", ""},
		{"version", []string{"version"}, 0, "bounce ", ""},
		{"--version", []string{"--version"}, 0, "bounce ", ""},
		{"version extra", []string{"version", "x"}, 2, "", "usage: bounce version"},
		{"no path", []string{"analyze"}, 2, "", "no PATH"},
		{"unknown flag", []string{"analyze", "--bogus", "x"}, 2, "", "unknown flag: --bogus"},
		{"bad format", []string{"analyze", "--format", "xml", "x"}, 2, "", `bad --format "xml"`},
		{"bad jobs", []string{"analyze", "--jobs", "0", "x"}, 2, "", "bad --jobs"},
		{"bad jobs syntax", []string{"analyze", "--jobs", "many", "x"}, 2, "", "jobs"},
		{"bad max-size", []string{"analyze", "--max-size", "lots", "x"}, 2, "", "bad size"},
		{"zero max-size", []string{"analyze", "--max-size", "0", "x"}, 2, "", "bad --max-size"},
		{"missing rules", []string{"analyze", "--rules", "/nonexistent/rules.yaml", "x"}, 2, "", "rules"},
		// The path as given, never the hidden temporary file.
		{"missing output dir", []string{"analyze", "-o", "/nonexistent/dir/out.json", "x"}, 1, "", "bounce: -o /nonexistent/dir/out.json: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", r.stdout, tt.stdout)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tt.stderr)
			}
			if tt.code == 2 && !strings.Contains(r.stderr, "usage:") && !strings.Contains(tt.name, "rules") && !strings.Contains(tt.name, "output") {
				t.Errorf("usage error without usage text: %q", r.stderr)
			}
		})
	}
}

func TestRulesFromEnv(t *testing.T) {
	vars := map[string]string{"BOUNCE_RULES": "/nonexistent/a.yaml" + string(os.PathListSeparator) + "/nonexistent/b.yaml"}
	r := runWith(t, "", vars, "analyze", "-")
	if r.code != 2 || !strings.Contains(r.stderr, "rules") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// checkJSON parses JSON Lines and checks that every object has exactly
// the record's keys. It returns the records.
func checkJSON(t *testing.T, out string) []classify.Record {
	t.Helper()
	var recs []classify.Record
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v: %q", i+1, err, line)
		}
		if len(m) != len(classify.Fields) {
			t.Fatalf("line %d: %d keys, want %d", i+1, len(m), len(classify.Fields))
		}
		for _, f := range classify.Fields {
			if _, ok := m[f]; !ok {
				t.Fatalf("line %d: no key %q", i+1, f)
			}
		}
		var r classify.Record
		json.Unmarshal([]byte(line), &r)
		recs = append(recs, r)
	}
	return recs
}

func TestAnalyzeCorpusJSON(t *testing.T) {
	dir := filepath.Join(corpus(t), "eml")
	r := runCmd(t, "analyze", "--format", "json", dir)
	if r.code != 0 {
		t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
	}
	recs := checkJSON(t, r.stdout)
	files, _ := os.ReadDir(dir)
	sources := map[string]bool{}
	for _, rec := range recs {
		if !strings.HasPrefix(rec.Source, dir+string(filepath.Separator)) {
			t.Errorf("source %q not in %s", rec.Source, dir)
		}
		sources[rec.Source] = true
	}
	if len(sources) < len(files)/2 || len(sources) > len(files) {
		t.Errorf("records for %d files of %d", len(sources), len(files))
	}
	// Records come in input (lexical) order.
	last := ""
	for _, rec := range recs {
		if rec.Source < last {
			t.Fatalf("%s after %s", rec.Source, last)
		}
		last = rec.Source
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if sum := lines[len(lines)-1]; !strings.HasPrefix(sum, "bounce: read ") {
		t.Errorf("no summary line: %q", sum)
	}
}

func TestQuiet(t *testing.T) {
	dir := filepath.Join(corpus(t), "not-bounce")
	r := runCmd(t, "analyze", "-q", dir)
	if r.code != 0 || r.stderr != "" {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	r = runCmd(t, "analyze", dir)
	if r.code != 0 || !strings.HasPrefix(r.stderr, "bounce: read 3 messages") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestJobsDeterministic checks that output does not depend on --jobs.
func TestJobsDeterministic(t *testing.T) {
	dir := corpus(t) // eml, eml-crlf, eml-cr, mbox, not-bounce and files that are not mail
	for _, format := range []string{"json", "csv", "table"} {
		t.Run(format, func(t *testing.T) {
			one := runCmd(t, "analyze", "--format", format, "--jobs", "1", dir)
			four := runCmd(t, "analyze", "--format", format, "--jobs", "4", dir)
			if one.code != four.code {
				t.Errorf("exit %d with 1 job, %d with 4", one.code, four.code)
			}
			if one.stdout != four.stdout {
				t.Errorf("stdout differs between --jobs 1 and --jobs 4")
			}
			if one.stderr != four.stderr {
				t.Errorf("stderr differs:\n%s\n---\n%s", one.stderr, four.stderr)
			}
			if len(one.stdout) == 0 {
				t.Error("no output")
			}
		})
	}
}

// copyFiles copies the first n files of the corpus's eml/ into dir and
// returns their paths.
func copyFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	src := filepath.Join(corpus(t), "eml")
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range ents[:n] {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, e.Name())
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestUnreadableInput(t *testing.T) {
	dir := t.TempDir()
	good := copyFiles(t, dir, 3)
	broken := filepath.Join(dir, "broken.eml")
	if err := os.Symlink("does-not-exist", broken); err != nil {
		t.Skip("no symbolic links:", err)
	}
	missing := filepath.Join(t.TempDir(), "missing.eml")
	r := runCmd(t, "analyze", "--format", "json", missing, dir)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\nstderr: %s", r.code, r.stderr)
	}
	for _, p := range []string{broken, missing} {
		if !strings.Contains(r.stderr, "bounce: "+p+": ") {
			t.Errorf("stderr does not name %s:\n%s", p, r.stderr)
		}
	}
	recs := checkJSON(t, r.stdout)
	seen := map[string]bool{}
	for _, rec := range recs {
		seen[rec.Source] = true
	}
	for _, p := range good {
		if !seen[p] {
			t.Errorf("no record for %s", p)
		}
	}
	if !strings.Contains(r.stderr, "2 errors") {
		t.Errorf("summary does not count 2 errors:\n%s", r.stderr)
	}
}

func TestUnreadablePermissions(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	dir := t.TempDir()
	paths := copyFiles(t, dir, 2)
	if err := os.Chmod(paths[0], 0); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "analyze", dir)
	if r.code != 1 || !strings.Contains(r.stderr, paths[0]+": permission denied") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestNotMailExplicit(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("just some notes\n"), 0o644)
	// In a directory: a warning, exit 0.
	r := runCmd(t, "analyze", dir)
	if r.code != 0 || !strings.Contains(r.stderr, notes+": not a mail message") || !strings.Contains(r.stderr, "skipped") {
		t.Errorf("in a directory: exit %d, stderr %q", r.code, r.stderr)
	}
	// Named: an error, exit 1.
	r = runCmd(t, "analyze", notes)
	if r.code != 1 || !strings.Contains(r.stderr, "bounce: "+notes+": not a mail message") {
		t.Errorf("named: exit %d, stderr %q", r.code, r.stderr)
	}
}

const injectionDSN = `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 1 Jan 2024 00:00:00 +0000
Message-ID: <dsn-1@mx.example.org>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain

Your message could not be delivered.

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; victim@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; =HYPERLINK("http://evil.example/","click") 550 5.1.1 user unknown

--BOUNDARY
Content-Type: text/rfc822-headers

From: sender@example.com
To: victim@example.net
Subject: -2+3
Message-ID: <orig-1@example.com>

--BOUNDARY--
`

func TestCSVOutput(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "evil.eml")
	os.WriteFile(p, []byte(injectionDSN), 0o644)
	r := runCmd(t, "analyze", "--format", "csv", p, filepath.Join(corpus(t), "mbox"))
	if r.code != 0 {
		t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 || strings.Join(rows[0], ",") != strings.Join(classify.Fields, ",") {
		t.Fatalf("header %q, %d rows", rows[0], len(rows))
	}
	found := false
	mboxRows := 0
	for _, row := range rows[1:] {
		if len(row) != len(classify.Fields) {
			t.Fatalf("row of %d cells", len(row))
		}
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("%s cell %q not neutralised", classify.Fields[j], cell)
			}
			if strings.Contains(cell, "HYPERLINK") {
				found = true
			}
		}
		if strings.Contains(row[0], "#") {
			mboxRows++
		}
	}
	if !found {
		t.Errorf("crafted diagnostic not in the report:\n%s", r.stdout)
	}
	if mboxRows == 0 {
		t.Error("no records from the mbox files (source PATH#N)")
	}
}

func TestStdin(t *testing.T) {
	r := runWith(t, injectionDSN, nil, "analyze", "--format", "json", "-")
	if r.code != 0 {
		t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
	}
	recs := checkJSON(t, r.stdout)
	if len(recs) == 0 || recs[0].Source != "-" {
		t.Errorf("records %+v", recs)
	}
	mbox, err := os.ReadFile(filepath.Join(corpus(t), "mbox", "mbox-1"))
	if err != nil {
		t.Fatal(err)
	}
	r = runWith(t, string(mbox), nil, "analyze", "--format", "json", "-")
	if r.code != 0 {
		t.Fatalf("mbox: exit %d\nstderr: %s", r.code, r.stderr)
	}
	recs = checkJSON(t, r.stdout)
	if len(recs) == 0 || recs[0].Source != "-#1" {
		t.Errorf("mbox records %+v", recs)
	}
	r = runWith(t, "not mail at all\n", nil, "analyze", "-")
	if r.code != 1 || !strings.Contains(r.stderr, "bounce: -: not a mail message") {
		t.Errorf("not mail: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestTableOutput(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "evil.eml")
	os.WriteFile(p, []byte(strings.Replace(injectionDSN, "=HYPERLINK", "\x1b[31mred\x1b[0m\x1b]0;title\x07", 1)), 0o644)
	r := runCmd(t, "analyze", p)
	if r.code != 0 {
		t.Fatalf("exit %d\nstderr: %s", r.code, r.stderr)
	}
	if strings.ContainsAny(r.stdout, "\x1b\x07") {
		t.Errorf("escape sequence in table: %q", r.stdout)
	}
	if !strings.HasPrefix(r.stdout, "RECIPIENT") || !strings.Contains(r.stdout, "victim@example.net") {
		t.Errorf("table:\n%s", r.stdout)
	}
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	src := filepath.Join(corpus(t), "eml-crlf")
	r := runCmd(t, "analyze", "--format", "json", "-o", out, src)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	direct := runCmd(t, "analyze", "--format", "json", src)
	if string(b) != direct.stdout {
		t.Error("file differs from stdout output")
	}
	// A failed input still gives a report, and an exit status of 1.
	r = runCmd(t, "analyze", "--format", "json", "-o", out, src, filepath.Join(dir, "missing"))
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	if b2, _ := os.ReadFile(out); string(b2) != string(b) {
		t.Error("report with a failed input differs")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the output directory: %q", names)
	}
}

func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	paths := copyFiles(t, dir, 5)
	var big string
	for _, p := range paths {
		if fi, _ := os.Stat(p); fi.Size() > 2048 {
			big = p
			break
		}
	}
	if big == "" {
		t.Skip("no file over 2 KiB")
	}
	r := runCmd(t, "analyze", "--max-size", "2K", dir)
	if r.code != 1 || !strings.Contains(r.stderr, "bounce: "+big+": message larger than 2KiB") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// A message that hits a parser limit is still reported, and the limit is
// named on stderr.
func TestAnalyzeWarnsOfLimits(t *testing.T) {
	path := filepath.Join(t.TempDir(), "many.eml")
	if err := os.WriteFile(path, dsnWithRecipients(10010), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "analyze", "--format", "json", path)
	if r.code != 0 || !strings.Contains(r.stderr, "warning: more than 10000 recipients") || strings.Count(r.stdout, "\n") != 10000 {
		t.Errorf("code %d, %d lines, stderr %q", r.code, strings.Count(r.stdout, "\n"), r.stderr)
	}
}

// TestCPUProfile: the hidden --cpuprofile flag writes a profile.
func TestCPUProfile(t *testing.T) {
	prof := filepath.Join(t.TempDir(), "cpu.prof")
	r := runCmd(t, "analyze", "-q", "--cpuprofile", prof, filepath.Join(corpus(t), "not-bounce"))
	if fi, err := os.Stat(prof); r.code != 0 || err != nil || fi.Size() == 0 {
		t.Errorf("exit %d, stderr %q, profile %v", r.code, r.stderr, err)
	}
	if r := runCmd(t, "analyze", "--help"); strings.Contains(r.stdout, "cpuprofile") {
		t.Error("--cpuprofile is in the help")
	}
}

// TestLargeMessageStreamed: a message over 1 MiB, which bounce.AnalyzeAll
// analyzes as it is read, gives the records of the same message read whole, in input order
// between small ones; past --max-size it is skipped as any other.
func TestLargeMessageStreamed(t *testing.T) {
	const inlineMax = 1 << 20
	small := dsnWithRecipients(2)
	big := bytes.Replace(small, []byte("--x--\n"), []byte("--x\nContent-Type: message/rfc822\n\n"+
		"From: s@example.com\nSubject: big\nContent-Type: text/plain\n\n"+
		strings.Repeat("a line of the returned message's long body\n", 3*inlineMax/43)+"--x--\n"), 1)
	if len(big) < 2*inlineMax {
		t.Fatalf("message of %d bytes", len(big))
	}
	want, err := bounce.New().AnalyzeBytes(big, "")
	if err != nil || len(want) != 2 {
		t.Fatalf("%d records, %v", len(want), err)
	}
	var mb bytes.Buffer
	for _, m := range [][]byte{small, big, small} {
		mb.WriteString("From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")
		mb.Write(m)
		mb.WriteString("\n")
	}
	path := filepath.Join(t.TempDir(), "mbox")
	if err := os.WriteFile(path, mb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "analyze", "--format", "json", "-q", path)
	recs := checkJSON(t, r.stdout)
	if r.code != 0 || len(recs) != 6 {
		t.Fatalf("exit %d, %d records, stderr %q", r.code, len(recs), r.stderr)
	}
	for i, rec := range recs[2:4] {
		if rec.Source != path+"#2" || rec.Recipient != want[i].Recipient || rec.OriginalSubject != "big" || rec.Reason != want[i].Reason {
			t.Errorf("record %d: %+v, want %+v", i+2, rec, want[i])
		}
	}
	r = runCmd(t, "analyze", "--format", "json", "-q", "--max-size", "2M", path)
	if recs := checkJSON(t, r.stdout); r.code != 1 || len(recs) != 4 || !strings.Contains(r.stderr, path+"#2: message larger than 2MiB: skipped") {
		t.Errorf("exit %d, %d records, stderr %q", r.code, len(recs), r.stderr)
	}
}

// TestAnalyzeFlushesWhenIdle: the report is buffered, but a record is
// written out as soon as the command waits for more input, not only at
// the end.
func TestAnalyzeFlushesWhenIdle(t *testing.T) {
	pr, pw := io.Pipe()
	out := &signalWriter{wrote: make(chan struct{}, 1)}
	var errb bytes.Buffer
	e := &env{ctx: context.Background(), stdin: pr, stdout: out, stderr: &errb, getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() { done <- e.run([]string{"analyze", "--format", "json", "-q", "-"}) }()
	msg := "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + string(dsnWithRecipients(1)) + "\n"
	// More than the 4 KiB the input sniffs, then the next message begins
	// and the input stalls.
	const n = 20
	go pw.Write([]byte(strings.Repeat(msg, n) + msg[:50]))
	for len(checkJSON(t, out.String())) < n {
		select {
		case <-out.wrote:
		case <-time.After(time.Minute): // a hang, not a measurement
			t.Fatalf("%d records written while the input stalled, want %d", len(checkJSON(t, out.String())), n)
		}
	}
	go func() { pw.Write([]byte(msg[50:])); pw.Close() }()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if recs := checkJSON(t, out.String()); len(recs) != n+1 {
		t.Fatalf("%d records at the end, want %d", len(recs), n+1)
	}
}

// signalWriter is a bytes.Buffer safe for one writer and one reader that
// signals every write.
type signalWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	wrote chan struct{}
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return w.buf.Write(p)
}

func (w *signalWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}
