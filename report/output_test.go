package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCreateOutput: the file appears whole on Commit and not before; an
// Abort leaves what was there; no temporary file stays behind.
func TestCreateOutput(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.jsonl")
	old := []byte("old report\n")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	o, err := CreateOutput("json", path)
	if err != nil {
		t.Fatal(err)
	}
	recs := sample()
	if err := o.Write(recs); err != nil {
		t.Fatal(err)
	}
	if err := o.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatalf("before Commit the file holds %q", got)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if n := strings.Count(string(got), "\n"); n != len(recs) || !strings.Contains(string(got), "kijitora@example.jp") {
		t.Fatalf("after Commit: %q", got)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old file's 0600", fi.Mode().Perm())
	}

	o, err = CreateOutput("csv", path)
	if err != nil {
		t.Fatal(err)
	}
	o.Write(recs[:1])
	o.Flush()
	o.Abort()
	if again, _ := os.ReadFile(path); !bytes.Equal(again, got) {
		t.Fatalf("after Abort the file holds %q", again)
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 1 {
		t.Errorf("files left: %q", names)
	}
}

// TestCreateOutputThroughLink: a report path that is a symbolic link is
// written through; the link stays.
func TestCreateOutputThroughLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.csv")
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	o, err := CreateOutput("csv", link)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link replaced: %v", err)
	}
	if got, _ := os.ReadFile(target); !strings.HasPrefix(string(got), "source,") {
		t.Fatalf("target holds %q", got)
	}
}

// TestCreateOutputErrors: a folder that does not exist is named as
// given, never by the hidden temporary file; an unknown format fails
// before any file is made.
func TestCreateOutputErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "out.json")
	_, err := CreateOutput("json", path)
	if err == nil || !strings.HasPrefix(err.Error(), path+": ") || strings.Contains(err.Error(), ".tmp") {
		t.Fatalf("error %v", err)
	}
	dir := t.TempDir()
	if _, err := CreateOutput("xml", filepath.Join(dir, "out")); err == nil {
		t.Fatal("no error for format xml")
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*")); len(names) != 0 {
		t.Errorf("files made: %q", names)
	}
}

// TestNewOutput: on a stream the records show on Flush, Commit finishes
// the report (the CSV header of an empty one), and Abort still writes
// what was written.
func TestNewOutput(t *testing.T) {
	var buf bytes.Buffer
	o, err := NewOutput("csv", &buf)
	if err != nil {
		t.Fatal(err)
	}
	o.Write(sample()[:1])
	if buf.Len() != 0 {
		t.Fatalf("written before Flush: %q", buf.String())
	}
	o.Flush()
	if n := strings.Count(buf.String(), "\r\n"); n != 2 {
		t.Fatalf("after Flush %d rows: %q", n, buf.String())
	}

	buf.Reset()
	o, _ = NewOutput("csv", &buf)
	if err := o.Commit(); err != nil || !strings.HasPrefix(buf.String(), "source,") {
		t.Fatalf("empty report %q, %v", buf.String(), err)
	}

	buf.Reset()
	o, _ = NewOutput("json", &buf)
	o.Write(sample()[:2])
	o.Abort()
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("after Abort %d lines", n)
	}
}
