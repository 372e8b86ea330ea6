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

// A pre-DSN Sendmail transcript where the recipient was first deferred by
// one host (a "Deferred: … timed out" line before any "while talking
// to", or a 4xx in a host section of its own) and then refused for good
// by another: the refusal is the recipient's diagnostic, without the
// earlier host's timeout.
func TestFinalAttemptWins(t *testing.T) {
	for name, transcript := range map[string]string{
		"deferral line first": "k.mol@example.nl... Deferred: Connection timed out with mx9.example.nl\n" +
			"... While talking to smtp.example.nl.:\n" +
			">>> RCPT To:<k.mol@example.nl>\n" +
			"<<< 550 5.1.1 <k.mol@example.nl>... no such mailbox\n" +
			"550 5.1.1 k.mol@example.nl... User unknown\n",
		"deferring host section first": "... while talking to relay1.example.nl.:\n" +
			">>> RCPT To:<k.mol@example.nl>\n" +
			"<<< 421 4.4.2 relay1.example.nl connection dropped\n" +
			"k.mol@example.nl... Deferred: Connection reset by relay1.example.nl.\n" +
			"... while talking to relay2.example.nl.:\n" +
			">>> RCPT To:<k.mol@example.nl>\n" +
			"<<< 550 5.1.1 <k.mol@example.nl>... no such mailbox\n" +
			"550 5.1.1 k.mol@example.nl... User unknown\n",
	} {
		msg := "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>\nTo: <ann@example.org>\n" +
			"Subject: Returned mail: User unknown\nDate: Mon, 6 Mar 1995 10:00:00 +0100\n\n" +
			"   ----- Transcript of session follows -----\n" + transcript +
			"\n   ----- Unsent message follows -----\nFrom: ann@example.org\nTo: k.mol@example.nl\nSubject: notes\n\nhi\n"
		m, err := Parse(strings.NewReader(msg))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(m.Recipients) != 1 {
			t.Fatalf("%s: recipients %q", name, addresses(m))
		}
		r := m.Recipients[0]
		if r.ReplyCode != "550" || strings.Contains(lower(r.Diagnostic), "deferred") || strings.Contains(r.Diagnostic, "421") ||
			!strings.Contains(r.Diagnostic, "no such mailbox") {
			t.Errorf("%s: reply %q diagnostic %q", name, r.ReplyCode, r.Diagnostic)
		}
	}
}

// Postfix quotes the whole multi-line reply in the notice's text, indented
// after "host … said:", while the Diagnostic-Code keeps only its first
// line: the diagnostic is the whole reply.
func TestTruncatedDiagnosticCodePostfixText(t *testing.T) {
	msg := "From: MAILER-DAEMON@out.example.com (Mail Delivery System)\nTo: news@example.com\n" +
		"Subject: Undelivered Mail Returned to Sender\nDate: Thu, 03 Dec 2026 08:00:00 +0000\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n" +
		"--b1\nContent-Type: text/plain\n\nThis is the mail system at host out.example.com.\n\n" +
		"<reader@example.net>: host mx.example.net[192.0.2.9] said:\n" +
		"    550-5.7.1 [198.51.100.4   7] Our system has found that this message\n" +
		"    550-5.7.1 looks like bulk mail nobody asked for; it was refused as\n" +
		"    550 5.7.1 spam. See https://help.example.net/bulk (in reply to end of DATA command)\n\n" +
		"--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.com\n\n" +
		"Final-Recipient: rfc822; reader@example.net\nAction: failed\nStatus: 5.7.1\n" +
		"Diagnostic-Code: smtp; 550-5.7.1 [198.51.100.4   7] Our system has found that this message\n\n--b1--\n"
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Recipients) != 1 || !strings.Contains(m.Recipients[0].Diagnostic, "refused as spam") {
		t.Errorf("recipients %+v", m.Recipients)
	}
}

// A notice whose first sentence begins with the words of a marker
// ("Original message could not be …") is still the notice: the marker is a
// line of its own ("Original message follows:", "Original message:").
func TestMarkerWordsInASentence(t *testing.T) {
	for _, l := range []string{"Original message could not be delivered to the pager.", "Returned message was too large to include"} {
		if defaultBook().isOriginalMarker(l) {
			t.Errorf("%q taken for a marker", l)
		}
	}
	for _, l := range []string{"Original message follows:", "----- Original message -----", "Original message:", "Returned message headers", "Original mail (attached)"} {
		if !defaultBook().isOriginalMarker(l) {
			t.Errorf("%q not taken for a marker", l)
		}
	}
	msg := "From: post_master@gw.pager.example\nTo: ops@example.org\nSubject: Re: disk alert\n" +
		"Date: Thu, 03 Dec 2026 09:00:00 +0000\n\n" +
		"Original message could not be delivered to the pager.\n\nError message below:\n" +
		"550 5.1.1 <4155550123@gw.pager.example>... RCPT TO: unknown pager number\n\n" +
		"Original message follows:\nFrom: ops@example.org\nTo: 4155550123@gw.pager.example\nSubject: disk alert\n\n/var 93%\n"
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Recipients) != 1 || m.Recipients[0].ReplyCode != "550" || !strings.Contains(m.Recipients[0].Diagnostic, "unknown pager number") {
		t.Errorf("recipients %+v", m.Recipients)
	}
}

// Words of a failure before an address stay a failure: "address format:"
// and "user:" name the failed address, not a suggested one.
func TestFailedAddressAfterFormatWords(t *testing.T) {
	msg := "From: MAILER-DAEMON@mail.example.org\nTo: ann@example.org\nSubject: Undeliverable mail\n" +
		"Date: Thu, 03 Dec 2026 09:00:00 +0000\n\nYour message could not be delivered.\n\n" +
		"Rejected address format: bob@example.net (553 5.1.3 bad recipient syntax)\n"
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if addresses(m) != "bob@example.net" {
		t.Errorf("recipients %q", addresses(m))
	}
}
