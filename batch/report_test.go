package batch

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
)

// OpenReport writes to the stream for "" and "-"; a file appears whole
// on Commit only; a file that cannot be made names -o and the path.
func TestOpenReport(t *testing.T) {
	rec := []classify.Record{{Source: "m.eml", Recipient: "a@example.com", Reason: "userunknown", Hard: true, Action: "failed"}}
	for _, path := range []string{"", "-"} {
		var b bytes.Buffer
		out, err := OpenReport("csv", path, &b)
		if err != nil {
			t.Fatal(err)
		}
		if err := out.Write(rec); err != nil {
			t.Fatal(err)
		}
		if err := out.Commit(); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "a@example.com,") {
			t.Errorf("%q: stream %q", path, b.String())
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "r.jsonl")
	out, err := OpenReport("json", path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := out.Write(rec); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the report appeared before Commit: %v", err)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(path); err != nil || !bytes.Contains(data, []byte(`"recipient":"a@example.com"`)) {
		t.Errorf("report %q, %v", data, err)
	}
	bad := filepath.Join(path, "x.csv") // under a plain file
	if _, err := OpenReport("csv", bad, nil); err == nil || !strings.HasPrefix(err.Error(), "-o "+bad) {
		t.Errorf("an impossible -o: %v", err)
	}
}
