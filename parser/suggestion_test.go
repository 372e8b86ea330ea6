package parser

import (
	"strings"
	"testing"
)

// A notice that explains the address scheme lists example addresses: after
// "for example", after a lead-in to a bulleted list, in a list joined by
// commas and "or", after "staff use …", and a help desk's address after
// "Questions?". None is a failed recipient; the failed one is.
func TestSuggestionsInSchemeNotice(t *testing.T) {
	for name, body := range map[string]string{
		"for example, wrapped": "We could not deliver your message to\n\n  p.quinn@example.ac.uk\n\n" +
			"550 5.1.1 unknown user. Addresses here are built as surname plus\n" +
			"initial, for example quinnp@example.ac.uk; visitors use\n" +
			"guest.surname@example.ac.uk.\n\n" +
			"Questions? Library IT, libit@example.ac.uk\n",
		"bulleted list": "Delivery to p.quinn@example.ac.uk failed: 550 5.1.1 no such mailbox.\n\n" +
			"Valid forms of address at this site look like this:\n" +
			"  - quinnp@example.ac.uk\n" +
			"  * paul.quinn@example.ac.uk\n" +
			"  • pq12@example.ac.uk\n\n" +
			"Our service desk: itdesk@example.ac.uk\n",
		"list joined by or": "p.quinn@example.ac.uk: 550 5.1.1 recipient unknown\n" +
			"Try one of the usual forms, such as quinnp@example.ac.uk, paul.quinn@example.ac.uk\n" +
			"or pq12@example.ac.uk.\n",
	} {
		msg := "From: postmaster@example.ac.uk\nTo: author@example.org\nSubject: Undeliverable mail\n" +
			"Date: Thu, 03 Dec 2026 10:00:00 +0000\nMessage-ID: <s1@example.ac.uk>\n" +
			"Content-Type: text/plain; charset=utf-8\n\n" + body
		m, err := Parse(strings.NewReader(msg))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := addresses(m); got != "p.quinn@example.ac.uk" {
			t.Errorf("%s: recipients %q, want only p.quinn@example.ac.uk", name, got)
		}
	}
}
