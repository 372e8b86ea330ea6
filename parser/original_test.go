package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The bounce's delivered-to addresses and the returned header's own
// fields come out for callers that tie a bounce to its mail.
func TestDeliveredToAndOriginalHeader(t *testing.T) {
	msg := "Return-Path: <>\n" +
		"Delivered-To: list-bounces+a=example.com@lists.example.org\n" +
		"X-Original-To: List-Bounces+A=example.com@lists.example.org\n" +
		"Delivered-To: catchall@lists.example.org\n" +
		"Envelope-To: list-bounces+a=example.com@lists.example.org\n" +
		"From: MAILER-DAEMON@mx.example.org\n" +
		"To: <list-bounces+a=example.com@lists.example.org>\n" +
		"Subject: Undelivered Mail Returned to Sender\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n" +
		"\n--b\nContent-Type: message/delivery-status\n\n" +
		"Reporting-MTA: dns; mx.example.org\n\n" +
		"Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n" +
		"\n--b\nContent-Type: text/rfc822-headers\n\n" +
		"Received: from a by b; Mon, 16 Nov 2026 09:14:21 +0000\n" +
		"DKIM-Signature: v=1; a=rsa-sha256; d=lists.example.org; s=s1;\n\tb=abc\n" +
		"ARC-Seal: i=1; a=rsa-sha256; cv=none\n" +
		"From: list@lists.example.org\n" +
		"X-Campaign-ID: spring\n" +
		"List-Id: The list\n <list.lists.example.org>\n" +
		"\n--b--\n"
	m, err := ParseWithLimits(strings.NewReader(msg), Limits{OriginalFields: AllFields})
	if err != nil {
		t.Fatal(err)
	}
	// X-Original-To first; the domain lower-cased, so the To is a repeat.
	want := []string{"List-Bounces+A=example.com@lists.example.org", "list-bounces+a=example.com@lists.example.org", "catchall@lists.example.org"}
	if !slices.Equal(m.DeliveredTo, want) {
		t.Errorf("DeliveredTo = %q, want %q", m.DeliveredTo, want)
	}
	var got []string
	for _, f := range m.Original.Header {
		got = append(got, f.Name+": "+f.Value)
	}
	wantH := []string{"From: list@lists.example.org", "X-Campaign-Id: spring", "List-Id: The list <list.lists.example.org>"}
	if !slices.Equal(got, wantH) {
		t.Errorf("Original.Header = %q, want %q (no trace or signature fields, names canonical, values unfolded)", got, wantH)
	}
	if len(m.Recipients) != 1 || m.Recipients[0].FromOriginal {
		t.Errorf("recipients %+v: the report named this one", m.Recipients)
	}
}

// Without Limits.OriginalFields the fields no one asked for are not
// copied; with a filter, only the fields it accepts are, in any case.
func TestOriginalFieldsOnlyWhenAsked(t *testing.T) {
	msg := "From: MAILER-DAEMON@mx.example.org\nTo: list-bounces+a=example.com@lists.example.org\n" +
		"Subject: failure notice\n\n" +
		"Hi. This is the qmail-send program at mx.example.org.\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\n\n" +
		"<a@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n" +
		"--- Below this line is a copy of the message.\n\n" +
		"From: s@example.org\nTo: a@example.com\nX-Campaign-ID: spring\nlist-id: <l.example.org>\nSubject: hi\n\nbody\n"
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if m.DeliveredTo != nil || m.Original.Header != nil || m.Original.From != "s@example.org" {
		t.Errorf("not asked: DeliveredTo %q, Original %+v", m.DeliveredTo, m.Original)
	}
	keep := func(name string) bool { return strings.EqualFold(name, "List-Id") }
	m, err = ParseWithLimits(strings.NewReader(msg), Limits{OriginalFields: keep})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Original.Header) != 1 || m.Original.Header[0] != (Field{"List-Id", "<l.example.org>"}) ||
		!slices.Equal(m.DeliveredTo, []string{"list-bounces+a=example.com@lists.example.org"}) {
		t.Errorf("asked for List-Id: DeliveredTo %q, Header %+v", m.DeliveredTo, m.Original.Header)
	}
}

// A returned header of thousands of fields keeps MaxOriginalFields.
func TestOriginalHeaderBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@mx.example.org\nTo: s@example.org\nSubject: failure notice\n\n" +
		"Hi. This is the qmail-send program at mx.example.org.\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\n\n" +
		"<r@example.com>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n" +
		"--- Below this line is a copy of the message.\n\n" +
		"From: s@example.org\nTo: r@example.com\n")
	for i := range 3 * MaxOriginalFields {
		fmt.Fprintf(&b, "X-F%d: %d\n", i, i)
	}
	b.WriteString("\nbody\n")
	m, err := ParseWithLimits(strings.NewReader(b.String()), Limits{OriginalFields: AllFields})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Original.Header) != MaxOriginalFields || m.Original.Header[0].Name != "From" {
		t.Errorf("%d fields kept, first %+v", len(m.Original.Header), m.Original.Header[:1])
	}
}

// A notice that names no recipient takes the returned message's To, and
// says so.
func TestRecipientFromOriginal(t *testing.T) {
	msg := "From: postmaster@relay.example.net\nTo: l-bounces+c=example.net@lists.example.org\n" +
		"Subject: Undeliverable: news\nContent-Type: text/plain\n\n" +
		"Your message could not be delivered.\n\nThe recipient's mailbox is full.\n\n" +
		"------ Original message headers ------\n\n" +
		"From: l@lists.example.org\nTo: l@lists.example.org\nSubject: news\n" +
		"Message-ID: <1@lists.example.org>\n"
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Recipients) != 1 || m.Recipients[0].Address != "l@lists.example.org" || !m.Recipients[0].FromOriginal {
		t.Errorf("recipients %+v", m.Recipients)
	}
}
