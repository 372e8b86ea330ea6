package parser

import (
	"bufio"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/signs"
)

// headerOf reads a header block made of lines.
func headerOf(t *testing.T, lines ...string) *mime.Header {
	t.Helper()
	h, err := mime.ReadHeader(bufio.NewReader(strings.NewReader(strings.Join(lines, "\r\n")+"\r\n\r\n")), 1<<16, mime.GetBuffer())
	if err != nil {
		t.Fatal(err)
	}
	return &h
}

// The examples of the default signs, run through the parser's own
// compiled matching (needles, field lookups, marker trimming): the data
// and the mechanism agree.
func TestDefaultSignsExamplesInParser(t *testing.T) {
	s := signs.Default()
	b := defaultBook()
	for i, sig := range s.Signatures {
		for _, ex := range append(append([]string{}, sig.Examples...), sig.Not...) {
			want := containsString(sig.Examples, ex)
			var h *mime.Header
			lowNotice := ""
			if sig.Header == "" {
				h, lowNotice = headerOf(t, "Subject: x"), lower(ex)
			} else {
				h = headerOf(t, sig.Header+": "+ex)
			}
			if sig.Needs != "" {
				h = headerOf(t, sig.Header+": "+ex, sig.Needs+": 1")
			}
			// Only this signature: an earlier one may claim the example.
			one := &book{signatures: b.signatures[i : i+1], signatureWords: b.signatureWords[i : i+1]}
			v, _ := one.detectVendor(h, lowNotice)
			if got := v == sig.Vendor; got != want {
				t.Errorf("%s:%d %s: %q matched %v, want %v", sig.Source, sig.Line, sig.Vendor, ex, got, want)
			}
		}
	}
	machine := headerOf(t, "X-Auto-Response-Suppress: All")
	bulk := headerOf(t, "Precedence: bulk")
	checks := map[signs.List]func(string) bool{
		signs.Delay:                    func(ex string) bool { return b.isDelayNotice(lower(ex), "") },
		signs.GaveUp:                   func(ex string) bool { return b.saysGaveUp([]string{ex}) },
		signs.Undelivered:              func(ex string) bool { return b.saysUndelivered(lower(ex)) },
		signs.BounceSubjects:           b.bounceSubject,
		signs.WeakBounceSubjects:       b.weakBounceSubject,
		signs.MailSystemNames:          b.mailSystemSender,
		signs.MailSystemMailboxes:      func(ex string) bool { return b.mailSystemSender(ex) },
		signs.AutoReplyFields:          func(ex string) bool { return b.isAutoReply(headerOf(t, ex), "hello") },
		signs.MachineMadeFields:        func(ex string) bool { return b.machineMade(headerOf(t, ex)) },
		signs.AutoReplySubjectPrefixes: func(ex string) bool { return b.isAutoReply(machine, ex) },
		signs.AutoReplySubjectWords:    func(ex string) bool { return b.isAutoReply(bulk, ex) },
		signs.Boilerplate:              b.isBoilerplate,
		signs.Closings:                 b.isClosing,
		signs.Guesses:                  b.isGuessList,
		signs.LeadIns:                  func(ex string) bool { return b.hasLeadIn(lower(ex)) },
		signs.OriginalMarkers:          b.isOriginalMarker,
		signs.AccountNotices:           func(ex string) bool { return containsAny(lower(ex), b.accountNotices) },
	}
	for l, check := range checks {
		examples, not := s.Examples(l)
		if len(examples) == 0 {
			t.Errorf("%s: no examples", signs.Lists[l].Key)
		}
		for _, ex := range examples {
			if !check(ex) {
				t.Errorf("%s: example %q not recognised by the parser", signs.Lists[l].Key, ex)
			}
		}
		for _, ex := range not {
			if check(ex) {
				t.Errorf("%s: counter-example %q recognised by the parser", signs.Lists[l].Key, ex)
			}
		}
	}
}
