package source

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkJSON: an input that starts like JSON comes as an Item with JSON
// set and all its bytes, not as a skipped "not mail" file; mail and mbox
// files do not.
func TestWalkJSON(t *testing.T) {
	files := map[string]string{
		"a.eml":         "From: a@example.org\n\nbody\n",
		"events.json":   `[{"event":"bounce","email":"x@example.com"}]`,
		"bom.jsonl":     "\xef\xbb\xbf\n  {\"RecordType\":\"Bounce\"}\n{\"RecordType\":\"Bounce\"}\n",
		"notes.txt":     "just some text\n",
		"braces.mbox":   "From x\n{: no\n",
		"Maildir/cur/1": "{\"eventType\":\"Bounce\"}",
	}
	dir := tree(t, files)
	got := map[string]string{}
	err := (&Walker{Paths: []string{dir}}).Walk(func(it Item) error {
		if it.Err != nil {
			return nil
		}
		b, err := io.ReadAll(it.R)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, it.Source)
		if it.JSON {
			got[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"events.json", "bom.jsonl", "Maildir/cur/1"} {
		if got[name] != files[name] {
			t.Errorf("%s: JSON item %q, want all of %q", name, got[name], files[name])
		}
	}
	if len(got) != 3 {
		t.Errorf("JSON items %q, want 3", got)
	}

	// Standard input too.
	var stdin []Item
	Paths([]string{"-"}, strings.NewReader(" [1]")).Walk(func(it Item) error {
		stdin = append(stdin, it)
		return nil
	})
	if len(stdin) != 1 || !stdin[0].JSON || !stdin[0].Explicit {
		t.Errorf("stdin: %+v", stdin)
	}
}
