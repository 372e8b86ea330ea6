package esp

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
)

func TestSniff(t *testing.T) {
	yes := []string{"{", " \n[{", "\xef\xbb\xbf{\"a\":1}", "\r\n\t["}
	no := []string{"", "  ", "From: a@example.com\n", "From MAILER-DAEMON Thu", "Received: from {x}", "\"json string\""}
	for _, s := range yes {
		if !Sniff([]byte(s)) {
			t.Errorf("Sniff(%q) = false", s)
		}
	}
	for _, s := range no {
		if Sniff([]byte(s)) {
			t.Errorf("Sniff(%q) = true", s)
		}
	}
	// Every sample is recognised; a bounce mail is not.
	for _, name := range []string{"sendgrid-batch.json", "ses-events.jsonl", "malformed.jsonl"} {
		b, _ := os.ReadFile("../testdata/esp/" + name)
		if !Sniff(b) {
			t.Errorf("%s not recognised", name)
		}
	}
}

func TestAnalyze(t *testing.T) {
	f, err := os.Open("../testdata/esp/malformed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sources []string
	var bad []error
	st, err := Analyze(classifier, f, "malformed.jsonl", func(recs []classify.Record) error {
		for _, r := range recs {
			sources = append(sources, r.Source+" "+r.Recipient+" "+string(r.Reason))
		}
		return nil
	}, func(err error) { bad = append(bad, err) })
	if err != nil {
		t.Fatal(err)
	}
	want := "malformed.jsonl#1 nobody@example.com userunknown|malformed.jsonl#2 unknown@example.fr userunknown|malformed.jsonl#3 full@example.com mailboxfull"
	if got := strings.Join(sources, "|"); got != want {
		t.Errorf("records:\n got %s\nwant %s", got, want)
	}
	if len(bad) != 3 || st.Events != 3 || st.Errors != 3 {
		t.Errorf("bad %v, stats %+v", bad, st)
	}
	// An error from fn stops the input.
	stop := errors.New("disk full")
	f.Seek(0, 0)
	calls := 0
	if _, err := Analyze(classifier, f, "x", func([]classify.Record) error { calls++; return stop }, nil); err != stop || calls != 1 {
		t.Errorf("got %v after %d calls", err, calls)
	}
}
