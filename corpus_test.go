package bounce_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/source"
)

// corpusDir holds real bounces (a copy of the Sisimai set-of-emails
// sample, BSD-2-Clause; see testdata/sisimai-set/README.md and LICENSE).
const corpusDir = "testdata/sisimai-set"

// minReasonAgreement is the share of expected recipients whose reason we
// must give. It only goes up: raise it when the analyzer improves.
const minReasonAgreement = 0.951

type expectation struct {
	File      string `json:"file"`
	Recipient string `json:"recipient"`
	Reason    string `json:"reason"`
	Hard      bool   `json:"hard"`
}

func loadExpected(t *testing.T) map[string][]expectation {
	t.Helper()
	f, err := os.Open(filepath.Join(corpusDir, "expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Names Sisimai merged in 2025; older expectations may still use them.
	merged := map[string]string{"toomanyconn": "ratelimited", "speeding": "ratelimited", "mesgtoobig": "emailtoolarge", "exceedlimit": "emailtoolarge"}
	want := map[string][]expectation{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var e expectation
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if m, ok := merged[e.Reason]; ok {
			e.Reason = m
		}
		want[e.File] = append(want[e.File], e)
	}
	return want
}

func analyzeFile(t *testing.T, path string) []bounce.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := bounce.Analyze(f, path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// multisetOverlap counts the items a and b share, with repeats.
// fileScore is how far one file's records agree with its expectations:
// the records whose reason, reason and hard flag, and recipient match one
// expected, each expected matched once; want and got list the reasons.
type fileScore struct {
	reasons, hard, recipients int
	want, got                 []string
}

func scoreFile(exp []expectation, recs []bounce.Record) fileScore {
	var wr, gr, wh, gh, wa, ga []string
	for _, e := range exp {
		wr = append(wr, e.Reason)
		wh = append(wh, e.Reason+"/"+boolWord(e.Hard))
		wa = append(wa, e.Recipient)
	}
	for _, r := range recs {
		gr = append(gr, string(r.Reason))
		gh = append(gh, string(r.Reason)+"/"+boolWord(r.Hard))
		ga = append(ga, r.Recipient)
	}
	return fileScore{
		reasons: multisetOverlap(wr, gr), hard: multisetOverlap(wh, gh),
		recipients: multisetOverlap(lower(wa), lower(ga)), want: wr, got: gr,
	}
}

func multisetOverlap(a, b []string) int {
	count := map[string]int{}
	for _, x := range a {
		count[x]++
	}
	n := 0
	for _, x := range b {
		if count[x] > 0 {
			count[x]--
			n++
		}
	}
	return n
}

func TestCorpusReasons(t *testing.T) {
	want := loadExpected(t)
	files := make([]string, 0, len(want))
	for f := range want {
		files = append(files, f)
	}
	sort.Strings(files)
	total, agree, agreeHard, rcptOK := 0, 0, 0, 0
	for _, name := range files {
		exp := want[name]
		recs := analyzeFile(t, filepath.Join(corpusDir, "eml", name))
		sc := scoreFile(exp, recs)
		total += len(exp)
		agree += sc.reasons
		agreeHard += sc.hard
		rcptOK += sc.recipients
		if sc.reasons < len(exp) || len(recs) != len(exp) {
			t.Logf("%s: want %v, got %v", name, sc.want, sc.got)
		}
	}
	rate := float64(agree) / float64(total)
	t.Logf("reason agreement %.1f%% (%d/%d), reason+hard %.1f%%, recipient %.1f%%",
		100*rate, agree, total, 100*float64(agreeHard)/float64(total), 100*float64(rcptOK)/float64(total))
	if rate < minReasonAgreement {
		t.Errorf("reason agreement %.1f%% is below the floor of %.1f%%", 100*rate, 100*minReasonAgreement)
	}
}

func boolWord(b bool) string {
	if b {
		return "hard"
	}
	return "soft"
}

func lower(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		b := []byte(s)
		for j, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[j] = c + 'a' - 'A'
			}
		}
		out[i] = string(b)
	}
	return out
}

// TestLineEndings: CRLF and bare-CR copies give exactly the records of
// the LF originals (but for the source path).
func TestLineEndings(t *testing.T) {
	for _, dir := range []string{"eml-crlf", "eml-cr"} {
		names, err := filepath.Glob(filepath.Join(corpusDir, dir, "*.eml"))
		if err != nil || len(names) == 0 {
			t.Fatalf("%s: no messages (%v)", dir, err)
		}
		for _, p := range names {
			got := analyzeFile(t, p)
			want := analyzeFile(t, filepath.Join(corpusDir, "eml", filepath.Base(p)))
			for i := range got {
				got[i].Source = ""
			}
			for i := range want {
				want[i].Source = ""
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s differs from the LF copy:\n got  %+v\n want %+v", p, got, want)
			}
		}
	}
}

func TestNotBounce(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join(corpusDir, "not-bounce", "*.eml"))
	if len(names) == 0 {
		t.Fatal("no not-bounce samples")
	}
	for _, p := range names {
		recs := analyzeFile(t, p)
		if filepath.Base(p) == "rb-issue-368-bug.eml" {
			// Filed under not-bounce, but it is a postmaster's notice that
			// the message "was rejected and discarded" with "reject
			// reason: Mailbox full" for a named address: a bounce in all
			// but format. We report it as one, on purpose.
			if len(recs) != 1 || recs[0].Recipient != "xxxx@yyyyyy.net" || recs[0].Reason != "mailboxfull" {
				t.Errorf("%s: want one mailboxfull record for xxxx@yyyyyy.net, got %+v", p, recs)
			}
			continue
		}
		for _, r := range recs {
			t.Errorf("%s: ordinary mail gave a record: %+v", p, r)
		}
	}
}

// TestNearMissNotBounce: messages of our own that are no bounces but come
// close (testdata/not-bounce: newsletters and digests quoting bounces, list
// traffic, DMARC and TLS reports, read receipts, ESP account notices, cron
// output) give no record. A person who forwards or pastes a bounce passes
// on a real failure: it is reported, for the address that failed and no
// other; a person's reply that only quotes one is no bounce (forwarded
// maps such files to ""). knownFalsePositives are the messages the analyzer
// still gets wrong, and why; the test fails when one comes right.
func TestNearMissNotBounce(t *testing.T) {
	forwarded := map[string]string{
		"p2p-fwd-postfix-bounce-inline.eml":             "accounts@acme-supplies.example",
		"p2p-outlook-reply-undeliverable-html.eml":      "helga.brandt@kunde-gmbh.example",
		"p2p-reply-quoting-exim-bounce.eml":             "",
		"helpdesk-rt-ticket-pasted-ndr.eml":             "orders@venturafoods.example",
		"helpdesk-agent-reply-quoting-gmail-bounce.eml": "",
		"zh-colleague-tuixin-screenshot-utf8.eml":       "wangli@shenzhen-trading.example",
	}
	knownFalsePositives := map[string]string{
		"postmaster-weekly-summary.eml": "a statistics report from postmaster@ listing addresses with reply codes; only its From says mail system, and real bounces rely on that alone",
	}
	names, _ := filepath.Glob(filepath.Join("testdata", "not-bounce", "*.eml"))
	if len(names) < 40 {
		t.Fatalf("only %d near-miss samples", len(names))
	}
	for _, p := range names {
		base := filepath.Base(p)
		recs := analyzeFile(t, p)
		if why, ok := knownFalsePositives[base]; ok {
			if len(recs) == 0 {
				t.Errorf("%s: no record now; take it off knownFalsePositives (%s)", base, why)
			}
			continue
		}
		if want, ok := forwarded[base]; ok {
			switch {
			case want == "" && len(recs) > 0:
				t.Errorf("%s: a reply quoting a bounce gave records: %+v", base, recs)
			case want != "" && (len(recs) != 1 || recs[0].Recipient != want):
				t.Errorf("%s: a forwarded bounce must name %s alone, got %+v", base, want, recs)
			}
			continue
		}
		for _, r := range recs {
			t.Errorf("%s: ordinary mail gave a record: %s %s (%s)", base, r.Recipient, r.Reason, r.Rule)
		}
	}
}

// TestMbox: both mbox files split into messages that all parse, and the
// messages of mbox-0 are the make-test-*.eml bounces.
func TestMbox(t *testing.T) {
	for _, name := range []string{"mbox-0", "mbox-1"} {
		path := filepath.Join(corpusDir, "mbox", name)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		mr := source.NewMboxReader(f)
		n, bounces := 0, 0
		for {
			msg, err := mr.Next()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			n++
			recs, err := bounce.Analyze(msg, path)
			if err != nil {
				t.Errorf("%s#%d: %v", path, n, err)
			}
			if len(recs) > 0 {
				bounces++
			}
		}
		f.Close()
		if n == 0 || bounces == 0 {
			t.Errorf("%s: %d messages, %d with records", path, n, bounces)
		}
		t.Logf("%s: %d messages, %d with records", path, n, bounces)
	}
}

// TestProviderSamples: the project's own samples of the providers our
// users meet most (testdata/providers, written for this project) must all
// come out exactly as expected: recipient, reason, hard and vendor.
func TestProviderSamples(t *testing.T) {
	checkSamples(t, "testdata/providers", true, nil)
}

// TestMTASamples: samples of MTAs and providers that the corpus does not
// have (testdata/mtas, written for this project to try the analyzer on
// formats it was not built from). Their vendor names are the writer's and
// are not checked. knownMisses are the samples the analyzer still gets
// wrong, and why; the test fails when one of them comes right, so that
// the list is kept true.
func TestMTASamples(t *testing.T) {
	checkSamples(t, "testdata/mtas", false, nil)
}

// checkSamples analyzes every file dir/expected.jsonl names and compares
// recipient, reason, hard and (with vendor set) vendor.
func checkSamples(t *testing.T, dir string, vendor bool, knownMisses map[string]string) {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type want struct {
		File, Recipient, Reason, Vendor string
		Hard                            bool
	}
	byFile := map[string][]want{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var w want
		if err := json.Unmarshal(sc.Bytes(), &w); err != nil {
			t.Fatal(err)
		}
		byFile[w.File] = append(byFile[w.File], w)
	}
	if len(byFile) < 40 {
		t.Fatalf("only %d sample files", len(byFile))
	}
	for file, wants := range byFile {
		recs := analyzeFile(t, filepath.Join(dir, file))
		var wrong []string
		if len(recs) != len(wants) {
			wrong = append(wrong, fmt.Sprintf("%d records, want %d", len(recs), len(wants)))
		}
		for _, w := range wants {
			found := false
			for _, r := range recs {
				if r.Recipient != w.Recipient {
					continue
				}
				found = true
				if string(r.Reason) != w.Reason || r.Hard != w.Hard || vendor && r.Vendor != w.Vendor {
					wrong = append(wrong, fmt.Sprintf("%s: got %s hard=%v vendor=%s (rule %s), want %s hard=%v vendor=%s",
						w.Recipient, r.Reason, r.Hard, r.Vendor, r.Rule, w.Reason, w.Hard, w.Vendor))
				}
			}
			if !found {
				wrong = append(wrong, "no record for "+w.Recipient)
			}
		}
		why, known := knownMisses[file]
		switch {
		case len(wrong) > 0 && !known:
			t.Errorf("%s: %s", file, strings.Join(wrong, "; "))
		case len(wrong) == 0 && known:
			t.Errorf("%s comes out right now: take it off the known misses (%s)", file, why)
		}
	}
}
