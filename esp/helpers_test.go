package esp

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/rules"
)

var classifier = classify.New(rules.Default())

type decoded struct {
	events []Event
	recs   []classify.Record
	errs   []error
	stats  Stats
}

// decodeFile reads testdata/esp/NAME through a Decoder and classifies
// every event.
func decodeFile(t testing.TB, name string) decoded {
	t.Helper()
	path := filepath.Join("..", "testdata", "esp", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return decodeAllFrom(t, f, name)
}

func decodeAllFrom(t testing.TB, r io.Reader, source string) decoded {
	t.Helper()
	var out decoded
	d := NewDecoder(r, source)
	for {
		ev, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("%s: not a DecodeError: %v", source, err)
			}
			out.errs = append(out.errs, err)
			continue
		}
		out.events = append(out.events, ev)
		out.recs = append(out.recs, Classify(classifier, &ev, source)...)
	}
	out.stats = d.Stats()
	return out
}
