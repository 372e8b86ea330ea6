package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// runReportCmd runs 'bounce report ARGS' in-process. (It calls runReport
// directly until the command is in the commands table.)
func runReportCmd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := runReport(e, args)
	return result{code, out.String(), errb.String()}
}

// sampleJSONL analyzes the sample set into a JSON Lines file.
func sampleJSONL(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "records.jsonl")
	if r := runCmd(t, "analyze", "--format", "json", "-q", "-o", p, filepath.Join(corpus(t), "eml")); r.code != exitOK {
		t.Fatalf("analyze: exit %d: %s", r.code, r.stderr)
	}
	return p
}

var summaryRe = regexp.MustCompile(`report: (\d+) messages?, (\d+) bounces?`)

func TestReportFromAnalyze(t *testing.T) {
	jsonl := sampleJSONL(t)
	out := filepath.Join(t.TempDir(), "report.html")
	r := runReportCmd(t, "", "--html", out, jsonl)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	m := summaryRe.FindStringSubmatch(r.stderr)
	if m == nil || m[1] != "450" {
		t.Fatalf("summary line: %q, want 450 messages", r.stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<!DOCTYPE html>", "Bounce report", "Incidents", "userunknown", "<svg"} {
		if !bytes.Contains(page, []byte(want)) {
			t.Errorf("report lacks %q", want)
		}
	}
	all, _ := strconv.Atoi(m[2])

	// --since keeps the later records only; --lang zh labels in Chinese.
	out2 := filepath.Join(t.TempDir(), "since.html")
	r = runReportCmd(t, "", "--html", out2, "--since", "2020-01-01", "--lang", "zh", jsonl)
	m = summaryRe.FindStringSubmatch(r.stderr)
	if r.code != exitOK || m == nil {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n, _ := strconv.Atoi(m[2]); n == 0 || n >= all {
		t.Errorf("--since 2020-01-01 kept %d of %d bounces", n, all)
	}
	if page, _ := os.ReadFile(out2); !bytes.Contains(page, []byte("退信报告")) {
		t.Error("--lang zh: no Chinese title")
	}
	// --since takes N days as stats and suppress do: 100000d keeps all.
	r = runReportCmd(t, "", "--html", filepath.Join(t.TempDir(), "days.html"), "--since", "100000d", jsonl)
	if m = summaryRe.FindStringSubmatch(r.stderr); r.code != exitOK || m == nil || m[2] != strconv.Itoa(all) {
		t.Errorf("--since 100000d: exit %d, %s; want all %d bounces", r.code, r.stderr, all)
	}
}

// An alert is said on stderr; --fail-on-alert makes it the exit status.
func TestReportAlerts(t *testing.T) {
	jsonl := sampleJSONL(t)
	out := filepath.Join(t.TempDir(), "report.html")
	r := runReportCmd(t, "", "--html", out, "--alert-threshold", "3", "--fail-on-alert", jsonl)
	if r.code != exitIncidentAlert || !strings.Contains(r.stderr, "bounce: alert: ") {
		t.Errorf("exit %d, stderr %q: want %d and an alert line", r.code, r.stderr, exitIncidentAlert)
	}
	r = runReportCmd(t, "", "--html", out, "--alert-threshold", "0", "--fail-on-alert", jsonl)
	if r.code != exitOK || strings.Contains(r.stderr, "alert: ") {
		t.Errorf("threshold 0: exit %d, stderr %q: want no alert", r.code, r.stderr)
	}
}

// A bad line or a missing file is reported by name; the rest still makes
// the report.
func TestReportBadInput(t *testing.T) {
	dir := t.TempDir()
	good := `{"source":"a.eml","recipient":"bob@qq.com","reason":"ratelimited","status":"4.7.0","diagnostic":"550 Ip frequency limited","date":"2026-12-02T01:00:00Z"}`
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(good+"\nnot json\n"+good+"\n"), 0o644)
	out := filepath.Join(dir, "r.html")
	r := runReportCmd(t, "", "--html", out, bad, filepath.Join(dir, "missing.jsonl"))
	if r.code != exitFail {
		t.Errorf("exit %d, want %d", r.code, exitFail)
	}
	mustContain(t, "stderr", r.stderr, bad+":2: not a record")
	mustContain(t, "stderr", r.stderr, "missing.jsonl")
	mustContain(t, "stderr", r.stderr, "report: 1 message, 2 bounces")
	page, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(page, []byte("bob@qq.com")) {
		t.Errorf("report not written from the good lines: %v", err)
	}

	// Standard input works as -.
	r = runReportCmd(t, good+"\n", "--html", out, "-")
	if r.code != exitOK {
		t.Errorf("stdin: exit %d: %s", r.code, r.stderr)
	}
}

func TestReportUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"x.jsonl"}, "no --html FILE"},
		{[]string{"--html", "r.html"}, "no JSONL file"},
		{[]string{"--html", "r.html", "--lang", "fr", "x"}, `bad --lang "fr"`},
		{[]string{"--html", "r.html", "--since", "yesterday", "x"}, `--since: bad date "yesterday"`},
		{[]string{"--html", "r.html", "--alert-threshold", "-1", "x"}, "bad --alert-threshold"},
	} {
		r := runReportCmd(t, "", c.args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%q: exit %d, stderr %q: want %d and %q", c.args, r.code, r.stderr, exitUsage, c.want)
		}
	}
	if r := runReportCmd(t, "", "--help"); r.code != exitOK || !strings.Contains(r.stdout, "--fail-on-alert") {
		t.Errorf("--help: exit %d, stdout %q", r.code, r.stdout)
	}
}

// With --db the report reads the history store: the same bounces as the
// records that went into it, and the store's count of suppressions.
func TestReportFromStore(t *testing.T) {
	flags := samplesStore(t)
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "samples.jsonl")
	files, _ := filepath.Glob("../../testdata/providers/*.eml")
	if r := runCmd(t, append([]string{"analyze", "--format", "json", "-q", "-o", jsonl}, files...)...); r.code != exitOK {
		t.Fatalf("analyze: %d %s", r.code, r.stderr)
	}
	fromJSON := runReportCmd(t, "", "--html", filepath.Join(dir, "a.html"), jsonl)
	fromDB := runReportCmd(t, "", "--html", filepath.Join(dir, "b.html"), "--since", "1990-01-01", flags[0], flags[1])
	if fromJSON.code != exitOK || fromDB.code != exitOK {
		t.Fatalf("exit %d and %d\n%s\n%s", fromJSON.code, fromDB.code, fromJSON.stderr, fromDB.stderr)
	}
	bounces := func(s string) string {
		_, after, _ := strings.Cut(s, "report: ")
		parts := strings.Split(after, ", ")
		if len(parts) < 2 {
			return ""
		}
		return strings.Fields(parts[1])[0]
	}
	if b := bounces(fromDB.stderr); b == "" || b == "0" || b != bounces(fromJSON.stderr) {
		t.Errorf("bounces from the store %q, from the records %q\n%s\n%s", b, bounces(fromJSON.stderr), fromDB.stderr, fromJSON.stderr)
	}
	page, _ := os.ReadFile(filepath.Join(dir, "b.html"))
	if !strings.Contains(string(page), "new suppressions") {
		t.Error("the store's report does not say how many addresses it suppressed")
	}
	if r := runReportCmd(t, "", "--html", filepath.Join(dir, "c.html"), flags[0], flags[1], jsonl); r.code != exitUsage {
		t.Errorf("--db with files: exit %d", r.code)
	}
}
