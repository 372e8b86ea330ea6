package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
)

// TestReadJSON: what the JSON writer wrote reads back as the same
// messages' records; bad lines are named and counted, the rest read.
func TestReadJSON(t *testing.T) {
	var b bytes.Buffer
	w, _ := New("json", &b)
	for _, u := range []int{1, 2, 3} {
		w.Write(recsOf(u))
	}
	w.Close()
	text := strings.Replace(b.String(), "\n", "\n\nnot json\n{\"source\":\"x\"}\n", 1)
	var got [][]classify.Record
	var bad []string
	err := ReadJSON(strings.NewReader(text), "in.jsonl", func(recs []classify.Record) error {
		got = append(got, recs)
		return nil
	}, func(err error) { bad = append(bad, err.Error()) })
	if err == nil || err.Error() != "in.jsonl: 2 lines were not records" {
		t.Errorf("error %v", err)
	}
	if len(bad) != 2 || !strings.HasPrefix(bad[0], "in.jsonl:3: not a record") || !strings.HasPrefix(bad[1], "in.jsonl:4: not a record: no reason") {
		t.Errorf("bad lines %q", bad)
	}
	// The bad lines between the two records of the first message do not
	// split it.
	var n int
	for _, m := range got {
		for _, r := range m {
			if r.Source != m[0].Source {
				t.Errorf("records of %s and %s together", m[0].Source, r.Source)
			}
		}
		n += len(m)
	}
	if n != 6 || len(got) != 3 {
		t.Errorf("%d records in %d messages, want 6 in 3", n, len(got))
	}
}
