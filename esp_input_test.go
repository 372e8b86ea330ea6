package bounce_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/esp"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/source"
)

// TestAnalyzeAllESP: a JSON input is read as ESP events, each a Result
// named PATH#N holding the records esp.Analyze gives it, with its
// malformed values as errors in their place and its ignored values in a
// warning on the last event.
func TestAnalyzeAllESP(t *testing.T) {
	files, _ := filepath.Glob("testdata/esp/*.json*")
	if len(files) < 5 {
		t.Fatalf("only %d ESP samples", len(files))
	}
	a := bounce.New()
	for _, f := range files {
		var want []classify.Record
		bad := 0
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		stats, err := esp.Analyze(classify.New(rules.Default()), r, f, func(recs []classify.Record) error {
			want = append(want, recs...)
			return nil
		}, func(error) { bad++ })
		r.Close()
		if err != nil {
			t.Fatal(err)
		}

		var got []classify.Record
		errs, warned := 0, false
		for i, res := range collect(t, a, source.Paths([]string{f}, nil)) {
			if res.Err != nil {
				errs++
				if res.Skipped || !strings.Contains(res.Err.Error(), f) {
					t.Errorf("%s: error %v (skipped %v)", f, res.Err, res.Skipped)
				}
				continue
			}
			if !strings.HasPrefix(res.Source, f+"#") {
				t.Errorf("%s: result %d named %s", f, i, res.Source)
			}
			for _, rec := range res.Records {
				if rec.Source != res.Source {
					t.Errorf("%s: record of %s in the result of %s", f, rec.Source, res.Source)
				}
			}
			got = append(got, res.Records...)
			warned = warned || len(res.Warnings) > 0
		}
		if !reflect.DeepEqual(got, want) || len(got) == 0 {
			t.Errorf("%s: %d records, esp.Analyze gives %d", f, len(got), len(want))
		}
		if errs != bad {
			t.Errorf("%s: %d errors, esp.Analyze reports %d malformed values", f, errs, bad)
		}
		if warned != (stats.IgnoredTotal() > 0) {
			t.Errorf("%s: warning %v, %d values ignored", f, warned, stats.IgnoredTotal())
		}
		typed := false
		for _, rec := range got {
			typed = typed || rec.ESPType != ""
		}
		if !typed {
			t.Errorf("%s: no record has esp_type", f)
		}
	}
}

// TestAnalyzeAllJSONNotEvents: JSON without any event is skipped as not
// mail in a directory, and an error when named.
func TestAnalyzeAllJSONNotEvents(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "expected.jsonl")
	broken := filepath.Join(dir, "broken.json")
	os.WriteFile(other, []byte(`{"file":"a.eml","reasons":["userunknown"]}`+"\n"), 0o644)
	os.WriteFile(broken, []byte("{\"a\": nope\n"), 0o644)
	a := bounce.New()
	res := collect(t, a, source.Paths([]string{dir}, nil))
	if len(res) != 2 {
		t.Fatalf("%d results: %+v", len(res), res)
	}
	for _, r := range res {
		if r.Err == nil || !r.Skipped || !errors.Is(r.Err, source.ErrNotMail) || !strings.HasPrefix(r.Err.Error(), r.Source+": ") {
			t.Errorf("%s: %v, skipped %v", r.Source, r.Err, r.Skipped)
		}
	}
	res = collect(t, a, source.Paths([]string{other}, nil))
	if len(res) != 1 || res[0].Err == nil || res[0].Skipped {
		t.Errorf("named: %+v", res)
	}
}
