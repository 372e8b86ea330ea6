package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestWriteTestDefaults(t *testing.T) {
	rs := Default()
	var b bytes.Buffer
	n, err := rs.WriteTest(&b)
	if err != nil || n != 0 {
		t.Fatalf("%d failures, %v:\n%s", n, err, b.String())
	}
	if rs.Examples() == 0 {
		t.Fatal("the default rules have no examples")
	}
	want := strings.Join([]string{itoa(rs.Len()), "rules,", itoa(rs.Examples()), "examples: all pass\n"}, " ")
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// A rule that wins its own counter-example fails, and the summary counts
// the failure.
func TestWriteTestFailure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.yaml")
	err := os.WriteFile(path, []byte(`rules:
  - id: acme.frozen
    reason: suspend
    match:
      host: ["*.acme.example"]
      phrase: ["account frozen"]
    examples:
      - {text: "550 5.2.1 account frozen", host: "mx1.acme.example"}
    not:
      - {text: "550 5.2.1 account frozen for now", host: "mx1.acme.example"}
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	n, err := rs.WriteTest(&b)
	if err != nil || n != 1 {
		t.Fatalf("%d failures, %v:\n%s", n, err, b.String())
	}
	if !strings.Contains(b.String(), "acme.frozen") || !strings.HasSuffix(b.String(), "1 of "+itoa(rs.Examples())+" examples fail\n") {
		t.Errorf("output:\n%s", b.String())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestWriteList(t *testing.T) {
	rs := Default()
	var b bytes.Buffer
	if err := WriteList(&b, rs.Rules()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != rs.Len()+1 || !strings.HasPrefix(lines[0], "ID ") {
		t.Fatalf("%d lines for %d rules; head %q", len(lines), rs.Len(), lines[0])
	}
	first := rs.Rules()[0]
	f := strings.Fields(lines[1])
	if f[0] != first.ID || f[1] != string(first.Reason) || f[len(f)-1] != first.Source {
		t.Errorf("first line %q, want rule %s", lines[1], first.ID)
	}
}
