package parser

import "testing"

// Wordings from the late review, written anew: a MAILER-DAEMON notice that
// says the message went on (relayed to a mailer without DSN support) is no
// failure, while its failure notices without the null path still are (see
// TestReviewDay3Wordings).
func TestReviewLateWordings(t *testing.T) {
	const daemon = "From: MAILER-DAEMON@relay.store-example.example\nTo: orders@store-example.example\nDate: Sat, 5 Dec 2026 08:00:00 +0000\n"
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"MAILER-DAEMON: relayed to a mailer without DSN support", daemon + "Subject: Warning: message relayed to non-DSN-aware mailer\n\n" +
			"The mail to <hugo@oldhost-example.example> was relayed to a mailer that cannot return\ndelivery status notifications; you will hear no more about it.\n",
			NotBounce, ""},
		{"MAILER-DAEMON without the null path, German failure", daemon + "Subject: Unzustellbar\n\n" +
			"Ihre Nachricht an jonas@kunde-example.example konnte nicht zugestellt werden.\n",
			Bounce, "jonas@kunde-example.example"},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}

// A Sendmail transcript over two MX hosts: the first answers RCPT TO with
// a 4xx, the second refuses DATA for good. The second host's reply is the
// recipient's verdict, whatever address or "mail from" its text holds;
// only a ">>> MAIL FROM" or a RCPT TO for another address makes a host
// part someone else's.
func TestSecondMXReplyStaysTheRecipients(t *testing.T) {
	const head = "Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@out.store-example.example>\nTo: orders@store-example.example\n" +
		"Subject: Returned mail: see transcript for details\nDate: Sat, 5 Dec 2026 08:00:00 +0000\n\n" +
		"   ----- Transcript of session follows -----\n... while talking to mx1.mail-example.example.:\n" +
		">>> RCPT To:<ines@mail-example.example>\n<<< 451 4.3.0 <ines@mail-example.example> try again later\n" +
		"... while talking to mx2.mail-example.example.:\n>>> DATA\n"
	for _, c := range []struct{ name, reply, code string }{
		{"reply names a contact address", "<<< 550 5.7.1 Content refused as spam; or write to abuse@mail-example.example\n", "550"},
		{"reply says mail from", "<<< 554 5.7.1 Mail from 198.51.100.9 refused, listed on a block list\n", "554"},
	} {
		m := parseText(t, c.name, head+c.reply+"554 5.0.0 Service unavailable\n")
		if m.Kind != Bounce || addresses(m) != "ines@mail-example.example" {
			t.Fatalf("%s: kind %v recipients %q", c.name, m.Kind, addresses(m))
		}
		if r := m.Recipients[0]; r.ReplyCode != c.code || r.Status != "5.7.1" {
			t.Errorf("%s: reply %s status %s, want %s 5.7.1 (the second host's)", c.name, r.ReplyCode, r.Status, c.code)
		}
	}
}
