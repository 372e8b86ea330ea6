package explain

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/record"
)

func TestQueriesGrouping(t *testing.T) {
	qs, err := Queries([]string{"550", "5.1.1", "552", "550 5.7.1 Relaying denied", "4.2.2"})
	if err != nil {
		t.Fatal(err)
	}
	want := []Query{
		{ReplyCode: "550", Status: "5.1.1"},
		{ReplyCode: "552", Status: "4.2.2"},
		{Text: "550 5.7.1 Relaying denied", ReplyCode: "550", Status: "5.7.1", FromText: true},
	}
	if len(qs) != len(want) {
		t.Fatalf("queries %+v, want %+v", qs, want)
	}
	for i := range want {
		if qs[i] != want[i] {
			t.Errorf("query %d = %+v, want %+v", i, qs[i], want[i])
		}
	}
	for _, bad := range []string{"9.9.9", "55", "650", " "} {
		if _, err := Queries([]string{bad}); err == nil {
			t.Errorf("Queries(%q): no error", bad)
		}
	}
}

func TestParseCommand(t *testing.T) {
	for in, want := range map[string]string{"": "", "rcpt": "RCPT", "EHLO": "HELO", "data": "DATA", "conn": "CONN"} {
		if got, err := ParseCommand(in); err != nil || got != want {
			t.Errorf("ParseCommand(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseCommand("QUIT"); err == nil || !strings.Contains(err.Error(), `"QUIT"`) || strings.Contains(err.Error(), "--") {
		t.Errorf("ParseCommand(QUIT): %v", err)
	}
}

func explainLine(t *testing.T, line string, c Context) Explanation {
	t.Helper()
	qs, err := Queries([]string{line})
	if err != nil || len(qs) != 1 {
		t.Fatalf("Queries(%q) = %v, %v", line, qs, err)
	}
	return New(c).Explain(qs[0])
}

// A Dovecot-style quota line: the phrase beats the status, and the
// explanation names the rule it beat and why.
func TestExplainRival(t *testing.T) {
	x := explainLine(t, "552 5.2.3 the user's maildir has overdrawn his diskspace quota", Context{})
	if x.Reason != record.MailboxFull || x.Hard || x.Rule == nil || x.Rule.ID != "mailboxfull.concept" {
		t.Fatalf("got %s hard=%v rule %s", x.Reason, x.Hard, x.RuleID)
	}
	if x.Reply == nil || x.Status == nil || x.Reply.EN == "" || x.Status.ZH == "" {
		t.Errorf("meanings missing: %+v %+v", x.Reply, x.Status)
	}
	if x.Beaten == nil || x.Beaten.ID != "status.x.2.3" || x.Why != "phrase evidence beats status evidence" {
		t.Errorf("beaten %v, why %q", x.Beaten, x.Why)
	}
}

// The same words mean a missing mailbox only at RCPT TO.
func TestExplainStage(t *testing.T) {
	line := "Sorry, no mailbox here by that name."
	x := explainLine(t, line, Context{})
	if x.Reason != record.Filtered || !x.OutsideRCPT || x.Reply != nil || x.Status != nil {
		t.Errorf("no stage: %s, outside RCPT %v", x.Reason, x.OutsideRCPT)
	}
	x = explainLine(t, line, Context{Command: "RCPT"})
	if x.Reason != record.UserUnknown || !x.Hard || x.OutsideRCPT {
		t.Errorf("RCPT: %s hard=%v, outside RCPT %v", x.Reason, x.Hard, x.OutsideRCPT)
	}
}

func TestExplainVendorHost(t *testing.T) {
	line := "552-5.2.2 The email account that you tried to reach is over quota"
	x := explainLine(t, line, Context{Hosts: []string{"gmail-smtp-in.l.google.com"}})
	if x.Reason != record.MailboxFull || x.Rule == nil || x.Rule.ID != "gmail.mailboxfull" {
		t.Errorf("got %s by %s", x.Reason, x.RuleID)
	}
}

func TestWriteLang(t *testing.T) {
	x := explainLine(t, "all is well here", Context{})
	var b bytes.Buffer
	x.Write(&b, Lang{EN: true})
	want := "== \"all is well here\"\nno code found in the text\nreason: undefined, soft\nrule:   builtin.none (no rule of the rule set matches; the analyzer's own default)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}

	qs, _ := Queries([]string{"5.7.26"})
	x = New(Context{}).Explain(qs[0])
	var en, zh, both bytes.Buffer
	x.Write(&en, Lang{EN: true})
	x.Write(&zh, Lang{ZH: true})
	x.Write(&both, Lang{})
	if !strings.Contains(en.String(), x.Status.EN) || strings.Contains(en.String(), x.Status.ZH) {
		t.Errorf("en:\n%s", en.String())
	}
	if !strings.Contains(zh.String(), x.Status.ZH) || strings.Contains(zh.String(), x.Status.EN) {
		t.Errorf("zh:\n%s", zh.String())
	}
	if !strings.Contains(both.String(), x.Status.EN) || !strings.Contains(both.String(), x.Status.ZH) {
		t.Errorf("the zero Lang, want both:\n%s", both.String())
	}
	if _, err := ParseLang("fr"); err == nil || strings.Contains(err.Error(), "--") {
		t.Errorf("ParseLang(fr): %v; want an error naming no flag", err)
	}
}

// failWriter accepts n bytes, then fails.
type failWriter struct{ n int }

func (f *failWriter) Write(b []byte) (int, error) {
	if len(b) > f.n {
		w := f.n
		f.n = 0
		return w, errors.New("disk full")
	}
	f.n -= len(b)
	return len(b), nil
}

// Write returns the first error of its writer, wherever it comes.
func TestWriteError(t *testing.T) {
	x := explainLine(t, "552 5.2.3 the user's maildir has overdrawn his diskspace quota", Context{})
	var b bytes.Buffer
	if err := x.Write(&b, Lang{}); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, b.Len() / 2, b.Len() - 1} {
		if err := x.Write(&failWriter{n}, Lang{}); err == nil || err.Error() != "disk full" {
			t.Errorf("failing after %d of %d bytes: %v", n, b.Len(), err)
		}
	}
}

// A rule whose words mean another reason in a delay notice says so.
func TestWriteWhenDelayed(t *testing.T) {
	x := explainLine(t, "connect to mx.example.org[192.0.2.1]:25: Connection timed out", Context{})
	var b bytes.Buffer
	x.Write(&b, Lang{EN: true})
	if x.Reason != record.Expired || !strings.Contains(b.String(), "in a delay notice (Action: delayed), these words mean networkerror") {
		t.Errorf("%s:\n%s", x.Reason, b.String())
	}
}
