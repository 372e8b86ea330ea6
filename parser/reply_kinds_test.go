package parser

import (
	"strings"
	"testing"
)

// A Sieve vacation responder says so in Auto-Submitted's comment
// ("auto-replied (vacation)"): an automatic reply whatever its subject
// ("Auto: …", "Away: …") and its text. A bare "auto-replied" on a
// service's notice with no word of absence stays ordinary mail.
func TestVacationCommentMakesAutoReply(t *testing.T) {
	head := "From: Praxis Dr. Lenz <empfang@praxis-lenz.example>\nTo: patient@example.org\n" +
		"Date: Mon, 07 Dec 2026 08:00:00 +0100\nMessage-ID: <v1@praxis-lenz.example>\nPrecedence: bulk\n"
	for name, c := range map[string]struct {
		header, subject, body string
		want                  Kind
	}{
		"dovecot comment, German": {"Auto-Submitted: auto-replied (vacation)\n", "Auto: Terminabsage",
			"Die Praxis bleibt zwischen den Feiertagen geschlossen. Rezepte bitte telefonisch bestellen.\n", AutoReply},
		"cyrus comment, English": {"Auto-Submitted: Auto-Replied (Vacation)\n", "Away: tiles order",
			"Back on the 14th; the workshop answers the phone meanwhile.\n", AutoReply},
		"bare auto-replied notice": {"Auto-Submitted: auto-replied\n", "Case 7731 has been assigned to you",
			"A case was assigned to you. Open the console to see it.\n", NotBounce},
	} {
		m := parseText(t, name, head+c.header+"Subject: "+c.subject+"\nContent-Type: text/plain; charset=utf-8\n\n"+c.body)
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", name, m.Kind, c.want)
		}
	}
}

// Exchange 2000/2003's Out of Office assistant sets no header of an
// automatic reply: its fixed subject and the owner's words of absence
// make one; the subject with other text, or in a reply, does not.
func TestHeaderlessOutOfOffice(t *testing.T) {
	head := "From: Tom Okafor <tokafor@surveyors.example>\nTo: clients@list.example.net\n" +
		"Date: Fri, 02 Dec 2005 09:00:00 -0500\nMessage-ID: <o1@surveyors.example>\nX-MimeOLE: Produced By Microsoft Exchange V6.5\n"
	for name, c := range map[string]struct {
		subject, body string
		want          Kind
	}{
		"absence":             {"Out of Office AutoReply: Boundary survey for lot 12", "I am on annual leave this week; Dana covers site visits.\n", AutoReply},
		"question about it":   {"Out of Office AutoReply: Boundary survey for lot 12", "Why did the list get this? Can someone turn it off?\n", NotBounce},
		"a person's reply":    {"Re: Out of Office AutoReply: Boundary survey", "I am on vacation too, ha.\n", NotBounce},
		"no program's prefix": {"Out of office: rota for December", "I will be away on the 20th; Dana covers.\n", NotBounce},
	} {
		m := parseText(t, name, head+"Subject: "+c.subject+"\nContent-Type: text/plain\n\n"+c.body)
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", name, m.Kind, c.want)
		}
	}
}

// An address the sender typed with a trailing or doubled dot comes out as
// the notice wrote it, bare (one the notice quotes keeps its quotes:
// TestNormalizeAddress).
func TestTrailingDotAddressAsWritten(t *testing.T) {
	for name, c := range map[string]struct{ addr, want string }{
		"trailing dot": {"<hana.ito.@example.jp>", "hana.ito.@example.jp"},
		"doubled dot":  {"<hana..ito@example.jp>", "hana..ito@example.jp"},
	} {
		msg := "From: MAILER-DAEMON@relay.example.org\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n" +
			"Date: Mon, 07 Dec 2026 08:00:00 +0000\nMessage-ID: <t1@relay.example.org>\nContent-Type: text/plain\n\n" +
			"I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n" +
			c.addr + ": host mx.example.jp[192.0.2.8] said: 553 5.1.3 bad recipient address syntax (in\n    reply to RCPT TO command)\n"
		if got := addresses(parseText(t, name, msg)); got != c.want {
			t.Errorf("%s: recipients %q, want %q", name, got, c.want)
		}
	}
}

// A Diagnostic-Code whose multi-line reply goes on at the start of the
// next lines (not indented) keeps every line of the reply; a line that
// starts with another code is no part of it.
func TestDSNUnindentedContinuedReply(t *testing.T) {
	msg := "From: MAILER-DAEMON@out.example.org\nTo: sender@example.org\nSubject: Delivery Status Notification (Failure)\n" +
		"Date: Mon, 07 Dec 2026 08:00:00 +0000\nMessage-ID: <d1@out.example.org>\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n" +
		"--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n" +
		"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.org\n\n" +
		"Final-Recipient: rfc822; lena@mail.example.de\nAction: failed\nStatus: 5.0.0\n" +
		"Diagnostic-Code: smtp; 550-Message refused\n550-Reason: the sending host is listed as a source of bulk mail\n550 (mxin07)\n\n--b--\n"
	m := parseText(t, "dsn", msg)
	if len(m.Recipients) != 1 || !strings.Contains(m.Recipients[0].Diagnostic, "listed as a source of bulk mail") {
		t.Fatalf("recipients %+v, want one whose diagnostic has the reply's second line", m.Recipients)
	}
	if continuesReply("smtp; 550-Message refused", []byte("451 4.3.0 other")) {
		t.Error("a line with another code continued the reply")
	}
}

// A notice's closing that asks to write to the postmaster "if you feel
// this message to be in error" is no recipient's diagnostic.
func TestPostmasterClosingIsNoDiagnostic(t *testing.T) {
	msg := "From: postmaster@gw.example.edu\nTo: sender@example.org\nSubject: Delivery failure\n" +
		"Date: Mon, 07 Dec 2026 08:00:00 +0000\nMessage-ID: <c1@gw.example.edu>\nContent-Type: text/plain\n\n" +
		"Your message was not delivered within 4 days:\n    Host lab.example.edu is not responding.\n\n" +
		"The following recipients did not receive this message:\n\n     <r.hale@lab.example.edu>\n\n" +
		"Please reply to Postmaster@gw.example.edu\nif you feel this message to be in error.\n"
	m := parseText(t, "closing", msg)
	if addresses(m) != "r.hale@lab.example.edu" {
		t.Fatalf("recipients %q", addresses(m))
	}
	if d := m.Recipients[0].Diagnostic; strings.Contains(lower(d), "please reply") || strings.Contains(lower(d), "in error") {
		t.Errorf("diagnostic %q is the closing", d)
	}
}

// A notice that records one delivery as "To: X" and a labelled reply on
// the next line names X as the failed recipient, though the returned
// message was sent to a list; a summary of the returned header ("To:"
// then "Subject:") names none.
func TestToWithResultNamesRecipient(t *testing.T) {
	notice := func(block string) string {
		return "From: mailer@mx.club.example\nTo: owner-runners@lists.example.net\nSubject: Undeliverable message\n" +
			"Date: Mon, 07 Dec 2026 08:00:00 +0000\nMessage-ID: <r1@mx.club.example>\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n" +
			"Delivery failed for this message:\n\n" + block + "\n--b\nContent-Type: message/rfc822\n\n" +
			"From: coach@example.net\nTo: runners@lists.example.net\nSubject: [runners] Sunday route\n" +
			"Message-ID: <p1@example.net>\n\nWe start at the lake.\n--b--\n"
	}
	m := parseText(t, "to/reason", notice("   To: mara.voss@club.example\n   Reason: 550 5.1.1 mailbox mara.voss does not exist\n"))
	if addresses(m) != "mara.voss@club.example" {
		t.Errorf("To/Reason block: recipients %q, want mara.voss@club.example", addresses(m))
	}
	if toWithResult("   To: runners@lists.example.net", []string{"   Subject: 550 ways to run"}) {
		t.Error("a quoted header's To then Subject read as a delivery record")
	}
}

// A person's reply (Re:, In-Reply-To) quoting a bounce below their own
// words is no bounce; the same bounce forwarded is read as the bounce.
func TestReplyQuotingBounceIsNoBounce(t *testing.T) {
	quoted := "-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n" +
		"Sent: Monday, December 7, 2026 7:50 AM\nTo: Ola Berg\nSubject: Undelivered Mail Returned to Sender\n\n" +
		"This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not\n" +
		"be delivered to one or more recipients.\n\n<k.lund@shop.example.se>: host mail.shop.example.se[192.0.2.40] said:\n" +
		"    550 5.1.1 <k.lund@shop.example.se>: Recipient address rejected: User unknown\n"
	reply := "From: Per Dahl <per.dahl@example.org>\nTo: Ola Berg <ola.berg@example.org>\nSubject: SV: Undelivered Mail Returned to Sender\n" +
		"Date: Mon, 07 Dec 2026 09:00:00 +0100\nMessage-ID: <q2@example.org>\nIn-Reply-To: <q1@example.org>\nContent-Type: text/plain\n\n" +
		"Ola, Karin moved to the Oslo office; use her new address from now on.\n\nPer\n\n" + quoted
	if m := parseText(t, "reply", reply); m.Kind == Bounce || len(m.Recipients) > 0 {
		t.Errorf("reply: kind %v, recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A "notice" that asks for the reader's mail password is phishing: no
// record, whatever it says of undelivered mail.
func TestCredentialRequestIsNoBounce(t *testing.T) {
	msg := "From: \"Mail Delivery Subsystem\" <alerts@secure-mailcheck.example>\nTo: staff@example.org\n" +
		"Subject: Delivery failure: 3 messages not sent\nDate: Mon, 07 Dec 2026 09:00:00 +0000\nMessage-ID: <ph1@secure-mailcheck.example>\n" +
		"Content-Type: text/plain\n\nYour messages to finance@partner.example could not be delivered (550 quota).\n" +
		"Re-enter your password at https://secure-mailcheck.example/login to resend them.\n"
	if m := parseText(t, "phish", msg); m.Kind == Bounce || len(m.Recipients) > 0 {
		t.Errorf("kind %v, recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// Exchange Online writes "Automatic reply:" in the language of the
// replying mailbox, with its rule-agent fields and no word of absence
// that the parser knows in the text: every locale's prefix makes an
// automatic reply; a person's reply to one, without the fields, does not.
func TestExchangeLocalisedAutoReplySubjects(t *testing.T) {
	head := "From: Office <office@warehouse.example>\nTo: buyer@shop.example\n" +
		"Date: Tue, 08 Dec 2026 10:00:00 +0000\nMessage-ID: <ar1@warehouse.example>\n" +
		"In-Reply-To: <q1@shop.example>\n"
	exchange := "X-MS-Exchange-Inbox-Rules-Loop: office@warehouse.example\n" +
		"X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\nAuto-Submitted: auto-generated\n"
	body := "Zzz 14.12.\n"
	for _, subject := range []string{
		"Réponse automatique : Palette 4", "Respuesta automática: Palé 4", "Risposta automatica: Bancale 4",
		"Automatisch antwoord: Pallet 4", "Odpowiedź automatyczna: Paleta 4", "Resposta automática: Palete 4",
		"Automatiskt svar: Pall 4", "Automatische Antwort: Palette 4", "自動応答: パレット 4", "自动回复: 托盘 4",
	} {
		m := parseText(t, subject, head+exchange+"Subject: "+subject+"\nContent-Type: text/plain; charset=utf-8\n\n"+body)
		if m.Kind != AutoReply {
			t.Errorf("%s: kind %v, want an automatic reply", subject, m.Kind)
		}
		m = parseText(t, subject, head+"Subject: Re: "+subject+"\nContent-Type: text/plain; charset=utf-8\n\n"+body)
		if m.Kind == AutoReply {
			t.Errorf("Re: %s by a person: taken for an automatic reply", subject)
		}
	}
}
