package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestCommitReplacesWhole(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(p, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	f, err := Create(p, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new\n"))
	if b, _ := os.ReadFile(p); string(b) != "old\n" {
		t.Fatalf("target changed before Commit: %q", b)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	fi, _ := os.Stat(p)
	if string(b) != "new\n" || fi.Mode().Perm() != 0o640 {
		t.Fatalf("after Commit: %q mode %v, want new and 0640", b, fi.Mode().Perm())
	}
}

func TestAbortLeavesTarget(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.csv")
	os.WriteFile(p, []byte("old\n"), 0o644)
	f, err := Create(p, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new\n"))
	f.Abort()
	b, _ := os.ReadFile(p)
	ents, _ := os.ReadDir(dir)
	if string(b) != "old\n" || len(ents) != 1 {
		t.Fatalf("after Abort: %q and %d files, want old and 1", b, len(ents))
	}
}

func TestSymlinkWritesThrough(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "state.json")
	os.MkdirAll(filepath.Dir(real), 0o755)
	os.WriteFile(real, []byte("1"), 0o600)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	f, err := Create(link, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("2"))
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a regular file")
	}
	if b, _ := os.ReadFile(real); string(b) != "2" {
		t.Fatalf("target holds %q, want 2", b)
	}
}

func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "failed.csv")
	old := filepath.Join(dir, ".failed.csv.123.tmp")
	fresh := filepath.Join(dir, ".failed.csv.456.tmp")
	other := filepath.Join(dir, ".summary.txt.789.tmp")
	for _, f := range []string{old, fresh, other} {
		os.WriteFile(f, []byte("x"), 0o644)
	}
	past := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, past, past)
	os.Chtimes(other, past, past)
	removed, err := RemoveStale(p, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 1 || removed[0] != old {
		t.Fatalf("removed %v, want only %s", removed, old)
	}
	for _, f := range []string{fresh, other} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s removed: %v", f, err)
		}
	}
}
