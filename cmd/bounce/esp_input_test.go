package main

import (
	"os"
	"strings"
	"testing"
)

// TestAnalyzeESP: analyze reads ESP event JSON from a file and from
// standard input, with the provider's class in esp_type, and names a
// malformed value as an error while reading the rest.
func TestAnalyzeESP(t *testing.T) {
	r := runCmd(t, "analyze", "--format", "json", "../../testdata/esp/sendgrid-batch.json")
	if r.code != exitOK {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	recs := checkJSON(t, r.stdout)
	if len(recs) < 3 {
		t.Fatalf("%d records", len(recs))
	}
	for _, rec := range recs {
		if rec.ESPType == "" || rec.Vendor != "sendgrid" || !strings.HasPrefix(rec.Source, "../../testdata/esp/sendgrid-batch.json#") {
			t.Errorf("record %+v", rec)
		}
	}
	if !strings.Contains(r.stderr, "ignored 2 JSON values that are not bounce events") {
		t.Errorf("no count of the ignored events:\n%s", r.stderr)
	}

	b, err := os.ReadFile("../../testdata/esp/ses-sns-bounce.json")
	if err != nil {
		t.Fatal(err)
	}
	in := runWith(t, string(b), nil, "analyze", "--format", "csv", "-")
	if in.code != exitOK || !strings.HasSuffix(strings.SplitN(in.stdout, "\r\n", 2)[0], ",rule,esp_type,list_id,campaign,subscriber,verp") ||
		!strings.Contains(in.stdout, "-#1,nobody@example.org,") {
		t.Errorf("stdin: exit %d\n%s%s", in.code, in.stdout, in.stderr)
	}

	bad := runCmd(t, "analyze", "--format", "json", "../../testdata/esp/malformed.jsonl")
	if bad.code != exitFail || !strings.Contains(bad.stderr, "malformed.jsonl:2") || len(checkJSON(t, bad.stdout)) < 2 {
		t.Errorf("malformed: exit %d\n%s%s", bad.code, bad.stdout, bad.stderr)
	}
}
