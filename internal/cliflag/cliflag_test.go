package cliflag

import (
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/parser"
)

func TestLimits(t *testing.T) {
	l := parser.DefaultLimits
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	AddLimits(fs, &l)
	if err := fs.Parse([]string{"--max-depth", "3", "--max-header-bytes", "64K", "--max-text-bytes", "1MiB"}); err != nil {
		t.Fatal(err)
	}
	if l.MaxDepth != 3 || l.MaxHeaderBytes != 64<<10 || l.MaxTextBytes != 1<<20 || l.MaxParts != parser.DefaultLimits.MaxParts {
		t.Errorf("limits %+v", l)
	}
	if err := CheckLimits(l); err != nil {
		t.Error(err)
	}
	l.MaxParts = 0
	if err := CheckLimits(l); err == nil || !strings.Contains(err.Error(), "--max-parts 0") {
		t.Errorf("max-parts 0: %v", err)
	}
	if err := fs.Parse([]string{"--max-text-bytes", "lots"}); err == nil {
		t.Error("a bad size was taken")
	}
}

func TestIsStdout(t *testing.T) {
	for out, want := range map[string]bool{"": true, "-": true, "out.csv": false, "./-": false} {
		if got := IsStdout(out); got != want {
			t.Errorf("IsStdout(%q) = %v", out, got)
		}
	}
}

func TestSize(t *testing.T) {
	var s Size
	if err := s.Set("2M"); err != nil || s != 2<<20 || s.String() != "2MiB" {
		t.Errorf("Set(2M): %d %q %v", s, s.String(), err)
	}
	if err := s.Set("-1"); err == nil {
		t.Error("a negative size was taken")
	}
}
