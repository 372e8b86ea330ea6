package parser

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/signs"
)

// The examples of the default signs, run through the parser's own
// compiled matching (needles, field lookups, marker trimming): the data
// and the mechanism agree.
func TestDefaultSignsExamplesInParser(t *testing.T) {
	n, err := CheckSigns(signs.Default())
	if err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Errorf("CheckSigns ran %d examples of the defaults, want them all (over 100)", n)
	}
	for l := range signs.NumLists {
		if examples, _ := signs.Default().Examples(l); len(examples) == 0 {
			t.Errorf("%s: no examples", signs.Lists[l].Key)
		}
	}
}

func userSigns(t *testing.T, yaml string) *signs.Signs {
	t.Helper()
	u, err := signs.Parse("user.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return signs.Merge(signs.Default(), u)
}

// A user's closing or boilerplate that begins with a byte whose case bit
// is not a letter's ('[', '_', '@', '^') is found on a line like any
// other: the first-byte table is built and read with the same fold.
func TestUserSignsStartingWithPunctuation(t *testing.T) {
	s := userSigns(t, `signs:
  closings:
    words: ["[notice] we will not retry", "_end of report_"]
    examples: ["[Notice] We will not retry this message.", "_END OF REPORT_"]
  boilerplate:
    words: ["@acme gateway report", "^^ automated notice"]
    examples: ["@ACME Gateway report for mx1", "^^ Automated notice ^^"]
`)
	if _, err := CheckSigns(s); err != nil {
		t.Fatal(err)
	}
	b := bookOf(s)
	for _, l := range []string{"  [Notice] We will not retry this message.", "_end of report_"} {
		if !b.isClosing(l) {
			t.Errorf("isClosing(%q) = false", l)
		}
	}
	for _, l := range []string{"@ACME Gateway report for mx1", "^^ automated notice"} {
		if !b.isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = false", l)
		}
	}
	if b.isClosing("{notice} we will not retry") {
		t.Error(`"{notice}" taken for "[notice]"`)
	}
}

// A user's example that signs.Match accepts but the parser does not
// (a mailbox name counts only in the address, not in the display name)
// fails the check over the merged book, naming the list and example.
func TestCheckSignsReportsParserDisagreement(t *testing.T) {
	s := userSigns(t, `signs:
  mail_system_mailboxes:
    words: [bounce-robot]
    examples: ["Bounce-Robot <noreply@example.com>"]
`)
	_, err := CheckSigns(s)
	if err == nil || !strings.Contains(err.Error(), "mail_system_mailboxes") || !strings.Contains(err.Error(), "Bounce-Robot <noreply@example.com>") {
		t.Fatalf("CheckSigns = %v, want the mail_system_mailboxes example named", err)
	}
}

// The compiled book lives in its Signs: the same Signs gives the same
// book, another Signs its own.
func TestBookKeptInItsSigns(t *testing.T) {
	s := userSigns(t, `signs:
  closings:
    words: ["see you"]
    examples: ["See you"]
`)
	first, second := bookOf(s), bookOf(s)
	if first != second {
		t.Error("a Signs compiled twice")
	}
	if bookOf(s) == bookOf(nil) || bookOf(nil) != defaultBook() {
		t.Error("books of different Signs shared")
	}
}

// The wording of the bare-marker grammar and of replies is the book's: a
// user's bare marker is a marker only alone or before a follower, and a
// user's reply prefix ("YNT:", Turkish) makes a weak subject a
// person's.
func TestUserMarkersAndReplyPrefixes(t *testing.T) {
	s := userSigns(t, `signs:
  bare_markers:
    words: [mensaje original]
    examples: ["--- Mensaje original ---", "Mensaje original follows"]
    not: ["Mensaje original no entregado al destinatario"]
  reply_prefixes:
    words: ["ynt:"]
    examples: ["YNT: Message rejected?"]
`)
	if _, err := CheckSigns(s); err != nil {
		t.Fatal(err)
	}
	b := bookOf(s)
	for line, want := range map[string]bool{
		"Mensaje original follows":                       true,
		"Mensaje original:":                              true,
		"Mensaje original no entregado al destinatario":  false,
		"Original message could not be delivered to you": false,
	} {
		if got := b.isOriginalMarker(line); got != want {
			t.Errorf("isOriginalMarker(%q) = %v, want %v", line, got, want)
		}
	}
	if b.weakSubjectOfMessage("YNT: Message rejected?") || !defaultBook().weakSubjectOfMessage("YNT: Message rejected?") {
		t.Error(`"YNT:" is a reply only with the user's reply prefix`)
	}
}

// A server that reloads its rules drops the old Signs: its compiled book
// goes with it, nothing keeps it.
func TestBookDroppedWithItsSigns(t *testing.T) {
	done := make(chan struct{})
	func() {
		b := bookOf(userSigns(t, `signs:
  closings:
    words: ["see you"]
    examples: ["See you"]
`))
		runtime.AddCleanup(b, func(ch chan struct{}) { close(ch) }, done)
	}()
	for range 50 {
		runtime.GC()
		select {
		case <-done:
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatal("the book of a dropped Signs is still kept")
}

// Every list that moved out of the parser's code is read from the book: a
// user's word, which the defaults lack, makes its example recognised by
// the parser's own use of the list (and the defaults alone do not). Words
// beginning or ending in ASCII reach the lists whose defaults are all
// CJK (contact_after, cjk_suggestions) too.
func TestUserWordsReachMovedLists(t *testing.T) {
	for _, c := range []struct{ key, word, example string }{
		{"reply_prefixes", "ynt:", "YNT: Toplantı"},
		{"forward_prefixes", "doorst:", "Doorst: Offerte"},
		{"transcript_lead_ins", "did not like our starttls", "mx.example.org did not like our STARTTLS: 454 TLS not available"},
		{"robot_mailboxes", "gatekeeper", "gatekeeper@mail.example.com"},
		{"challenge_words", "prove you are human", "Please prove you are human to reach me."},
		{"sender_check", "solve the puzzle", "Solve the puzzle at the link to reach me."},
		{"absence", "på semester", "Jag är på semester till 12 augusti."},
		{"your_message", "tack för ditt meddelande", "Tack för ditt meddelande!"},
		{"went_on", "handed over to", "The message was handed over to mx.example.org."},
		{"list_keepers", "curator", "It waits for the curator."},
		{"failure_verbs", "nedoručen", "nedoručený mail"},
		{"placeholder_mailboxes", "matrikelnummer", "matrikelnummer@uni.example.de"},
		{"cjk_suggestions", "新しい宛先", "移行後は新しい宛先"},
		{"cjk_suggestions", "new addr", "新邮箱 new addr"},
		{"sender_context", "bounced by", "The message was bounced by"},
		{"suggestions", "wende dich an", "Bitte wende dich an"},
		{"help_leads", "hilfe:", "Hilfe: it@example.com"},
		{"contact_after", "までメール", "までメールしてください"},
		{"contact_after", "-- write here", "-- write here please"},
		{"role_mailboxes", "deliverability", "deliverability@example.net"},
	} {
		data := fmt.Sprintf("signs:\n  %s:\n    words: [%q]\n    examples: [%q]\n", c.key, c.word, c.example)
		if _, err := CheckSigns(userSigns(t, data)); err != nil {
			t.Errorf("%s: %v", c.key, err)
		}
		var l signs.List = -1
		for i, info := range signs.Lists {
			if info.Key == c.key {
				l = signs.List(i)
			}
		}
		if defaultBook().listChecks()[l](c.example) {
			t.Errorf("%s: the defaults already recognise %q: the case proves nothing", c.key, c.example)
		}
	}
}
