package parser

import (
	"strconv"
	"testing"
)

// Wordings from the late review, written anew: a MAILER-DAEMON notice that
// says the message went on (relayed to a mailer without DSN support, a
// return receipt in Sendmail's transcript layout) is no failure, while its
// failure notices without the null path still are (see
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
		{"Sendmail's return receipt from MAILER-DAEMON", daemon + "Subject: Return receipt\n\n" +
			"The original message was received at Sat, 5 Dec 2026 07:59:50 GMT\nfrom app1.store-example.example [10.0.0.5]\n\n" +
			"   ----- The following addresses had successful deliveries -----\n<lena@kunde-example.example>  (successfully delivered to mailbox)\n\n" +
			"   ----- Transcript of session follows -----\n<lena@kunde-example.example>... Successfully delivered\n",
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

// A pasted SES event is no event mail when a person forwards it (prose
// and the forward's header lines above the SNS envelope) or when a ticket
// or alert program (Auto-Submitted: auto-generated, with or without
// Precedence: bulk) quotes it within an issue's prose. A program's mail
// that is the event under a short heading still is one.
func TestQuotedSESEventIsNoEvent(t *testing.T) {
	const event = `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"pavel.ruzicka@buyer-example.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 unknown user"}],"timestamp":"2026-05-05T06:00:00.000Z","feedbackId":"fb9","reportingMTA":"dsn; a3.smtp-out.amazonses.com"},"mail":{"timestamp":"2026-05-05T05:59:00.000Z","source":"news@seller-example.example","messageId":"m9","destination":["pavel.ruzicka@buyer-example.example"]}}`
	envelope := `{"Type":"Notification","MessageId":"7a7b","TopicArn":"arn:aws:sns:eu-west-1:111122223333:ses-bounces","Message":` + strconv.Quote(event) + `,"Timestamp":"2026-05-05T06:00:02.000Z"}`
	const head = "To: dev@seller-example.example\nDate: Tue, 5 May 2026 08:00:00 +0000\n"
	for _, c := range []struct {
		name, msg string
		want      Kind
	}{
		{"a person forwards the SNS envelope", "From: Petra Dvorak <petra@seller-example.example>\n" + head + "Subject: Fw: AWS Notification Message\n\n" +
			"Could you look at why this one was not stored?\n\n-------- Forwarded Message --------\nFrom: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message\n\n" + envelope + "\n",
			NotBounce},
		{"a ticket quotes the event in its prose", "From: Helpdesk <tickets@desk-example.example>\n" + head + "Subject: [#5521] Webhook stores no bounces\nAuto-Submitted: auto-generated\n\n" +
			"A new ticket was opened by Petra Dvorak.\n\nThe webhook received the following and wrote nothing to the database:\n\n" + event + "\n\nPriority: high\nQueue: platform\n",
			NotBounce},
		{"an alert with Precedence: bulk quotes the event", "From: Monitor <alerts@watch-example.example>\n" + head + "Subject: ALERT bounce handler error\nAuto-Submitted: auto-generated\nPrecedence: bulk\n\n" +
			"Handler failed on:\n" + event + "\n",
			NotBounce},
		{"a program mails the event under a short heading", "From: hooks@seller-example.example\n" + head + "Subject: SES bounce\nAuto-Submitted: auto-generated\n\n" +
			"SES event received:\n\n" + event + "\n",
			Bounce},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want {
			t.Errorf("%s: kind %v recipients %q, want %v", c.name, m.Kind, addresses(m), c.want)
		}
	}
}
