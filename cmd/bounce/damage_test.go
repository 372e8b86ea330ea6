package main

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedInputs: a directory of corpus messages damaged by random
// truncation and byte flips (fixed seed), beside intact ones and an
// unreadable entry. The command must not panic, must exit 0 or 1, and
// must still report every intact message.
func TestDamagedInputs(t *testing.T) {
	names, _ := filepath.Glob("../../testdata/sisimai-set/eml/*.eml")
	if len(names) < 100 {
		t.Fatal("no corpus")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(7))
	intact := map[string]int{} // file -> records expected from it
	for i, n := range names[:120] {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, filepath.Base(n))
		if i%3 == 0 {
			r := runCmd(t, "analyze", "--format", "json", "-q", n)
			intact[filepath.Base(n)] = strings.Count(r.stdout, "\n")
		} else {
			b = bytes.Clone(b)
			if i%2 == 0 {
				b = b[:rng.Intn(len(b)+1)]
			}
			for f := rng.Intn(30); f > 0 && len(b) > 0; f-- {
				b[rng.Intn(len(b))] = byte(rng.Intn(256))
			}
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "zz-broken.eml")); err != nil {
		t.Fatal(err)
	}
	r := runCmd(t, "analyze", "--format", "json", dir)
	if r.code != 0 && r.code != 1 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if strings.Contains(r.stderr, "internal error") {
		t.Errorf("a damaged message made the analyzer panic:\n%s", r.stderr)
	}
	got := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var rec struct{ Source string }
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		got[filepath.Base(rec.Source)]++
	}
	for name, n := range intact {
		if got[name] != n {
			t.Errorf("%s: %d records, want %d as when read alone", name, got[name], n)
		}
	}
	if !strings.Contains(r.stderr, "zz-broken.eml") {
		t.Errorf("the unreadable entry is not named on stderr:\n%s", r.stderr)
	}
}
