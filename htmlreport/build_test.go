package htmlreport_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/report"
)

// failing is a history that cannot be read.
type failing struct{}

func (failing) Messages(context.Context, time.Time, func([]classify.Record) error) error {
	return errors.New("store gone")
}
func (failing) SuppressedSince(context.Context, time.Time) (int, error) { return 0, nil }

// Build reads a history and JSON Lines reports of real bounces into one
// report; an unreadable file is said and counted and the rest is
// written; an unreadable history leaves the file as it was.
func TestBuild(t *testing.T) {
	msgs := messages(t, "../testdata/providers/*.eml")
	var b bytes.Buffer
	out, err := report.NewOutput("json", &b)
	if err != nil {
		t.Fatal(err)
	}
	for _, recs := range msgs {
		out.Write(recs)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "r.jsonl")
	if err := os.WriteFile(jsonl, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(dir, "r.html")
	missing := filepath.Join(dir, "none.jsonl")
	var said []error
	opts := htmlreport.Options{Now: fixedNow, Threshold: 1}
	h := &history{msgs: msgs}
	s, allRead, err := htmlreport.Build(context.Background(), html, opts, h, []string{jsonl, missing, "-"},
		bytes.NewReader(b.Bytes()), func(err error) { said = append(said, err) })
	if err != nil {
		t.Fatal(err)
	}
	if allRead || len(said) != 1 || !strings.Contains(said[0].Error(), missing) {
		t.Errorf("allRead %v, said %v", allRead, said)
	}
	sum := s.Collector().Data().Summary
	if sum.Messages != 3*len(msgs) || sum.Errors != 1 || sum.NewSuppressions != 7 {
		t.Errorf("summary %+v", sum)
	}
	if page, err := os.ReadFile(html); err != nil || !bytes.Contains(page, []byte("<svg")) {
		t.Errorf("the report was not written: %v", err)
	}
	line := s.Line()
	if !strings.HasPrefix(line, report.Plural(3*len(msgs), "message")+", ") || !strings.HasSuffix(line, " -> "+html) {
		t.Errorf("line %q", line)
	}

	// A history that cannot be read: an error, and no file.
	other := filepath.Join(dir, "other.html")
	if _, _, err := htmlreport.Build(context.Background(), other, opts, failing{}, []string{jsonl}, nil, func(err error) { t.Error(err) }); err == nil || !strings.Contains(err.Error(), "store gone") {
		t.Errorf("unreadable history: %v", err)
	}
	if _, err := os.Stat(other); !os.IsNotExist(err) {
		t.Errorf("a report was written from an unreadable history: %v", err)
	}
}
