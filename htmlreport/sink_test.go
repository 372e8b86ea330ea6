package htmlreport_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/report"
)

var _ report.Sink = (*htmlreport.Sink)(nil)

// The file appears on Commit only; Abort leaves the previous report.
func TestSinkCommitAndAbort(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "2026-12-03.html")
	rec := []classify.Record{{Recipient: "bob@163.com", Reason: "spamdetected", Diagnostic: "554 DT:SPM 163 mx12", Date: "2026-12-03T01:00:00Z"}}

	s := htmlreport.NewSink(path, htmlreport.Options{Now: fixedNow})
	if err := s.Write(rec); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the report exists before Commit: %v", err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	first, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(first), "bob@163.com") {
		t.Fatalf("committed report: %v", err)
	}

	s = htmlreport.NewSink(path, htmlreport.Options{Now: fixedNow})
	rec[0].Recipient = "eve@163.com"
	s.Write(rec)
	s.Abort()
	if err := s.Write(rec); err == nil {
		t.Error("Write after Abort succeeded")
	}
	if got, _ := os.ReadFile(path); string(got) != string(first) {
		t.Error("Abort changed the report")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}

	// A directory that does not exist: Commit fails and names the file.
	bad := htmlreport.NewSink(filepath.Join(dir, "no", "r.html"), htmlreport.Options{})
	bad.Write(rec)
	if err := bad.Commit(); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "no")) {
		t.Errorf("Commit into a missing directory: %v", err)
	}
}
