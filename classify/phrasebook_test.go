package classify

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// phrase is one line of a phrasebook: a server's reply as a bounce
// quotes it, and the reason a mail engineer reads in it.
type phrase struct {
	where                          string // FILE:LINE
	source                         string // the software or provider that says it
	action, command, status, reply string
	want                           record.Reason
	text                           string
}

// readPhrasebook reads testdata/phrasebook/*.tsv. Each line has seven
// tab-separated fields: source, action, command, status, reply, reason,
// text ("-" for an empty field); '#' starts a comment line.
func readPhrasebook(t *testing.T) []phrase {
	t.Helper()
	files, err := filepath.Glob("../testdata/phrasebook/*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []phrase
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			fs := strings.Split(line, "\t")
			where := fmt.Sprintf("%s:%d", filepath.Base(path), n)
			if len(fs) != 7 {
				t.Fatalf("%s: %d fields, want 7", where, len(fs))
			}
			for i, v := range fs {
				if v == "-" {
					fs[i] = ""
				}
			}
			want := record.Reason(fs[5])
			if !want.Valid() {
				t.Fatalf("%s: unknown reason %q", where, fs[5])
			}
			out = append(out, phrase{where, fs[0], fs[1], fs[2], fs[3], fs[4], want, fs[6]})
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	return out
}

// readMisses reads testdata/phrasebook/misses.txt: the FILE:LINE of each
// phrase the classifier still reads wrong, with why.
func readMisses(t *testing.T) map[string]bool {
	t.Helper()
	b, err := os.ReadFile("../testdata/phrasebook/misses.txt")
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(f[0], "#") {
			m[f[0]] = true
		}
	}
	return m
}

// TestPhrasebook: replies written down from the software and providers
// that say them (testdata/phrasebook/README.md), each through the whole
// classifier. A phrase listed in misses.txt must still fail (remove its
// line when it passes), so the list of known misses stays true.
func TestPhrasebook(t *testing.T) {
	c := New(rules.Default())
	misses := readMisses(t)
	book := readPhrasebook(t)
	if len(book) == 0 {
		t.Skip("no phrasebook")
	}
	seen := map[string]bool{}
	right := 0
	for _, p := range book {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{
			Action: p.action, Status: p.status, ReplyCode: p.reply, Diagnostic: p.text, Command: p.command,
		}}}
		got := c.Classify(m, "")[0]
		seen[p.where] = true
		switch ok := got.Reason == p.want; {
		case ok && misses[p.where]:
			t.Errorf("%s: now right (%s); remove it from misses.txt", p.where, got.Reason)
		case ok:
			right++
		case !misses[p.where]:
			t.Errorf("%s (%s) %q: %s by %s, want %s", p.where, p.source, p.text, got.Reason, got.Rule, p.want)
		}
	}
	for w := range misses {
		if !seen[w] {
			t.Errorf("misses.txt names %s, which is no phrase", w)
		}
	}
	t.Logf("phrasebook: %d of %d right", right, len(book))
}
