package parser

import "testing"

// Wordings from the day-3 review, written anew: a failed recipient stays
// one when the words before it only look like a request ("mail naar",
// "please forward … to"), a MAILER-DAEMON notice counts without the null
// path, a transcript of a refused session in a gateway's failure notice
// stays a bounce, and an administrator's own mail with an attached
// message is none.
func TestReviewDay3Wordings(t *testing.T) {
	const daemon = "From: Mail Delivery System <MAILER-DAEMON@mx.firma-example.example>\nTo: winkel@shop-example.example\nDate: Fri, 4 Dec 2026 09:00:00 +0000\n"
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"Dutch: your mail to X could not be delivered", daemon + "Return-Path: <>\nSubject: Onbestelbaar\n\n" +
			"Uw mail naar piet.bakker@firma-example.example kon niet worden afgeleverd.\nDit adres bestaat niet.\n",
			Bounce, "piet.bakker@firma-example.example"},
		{"Dutch: your e-mail to X was not delivered", daemon + "Return-Path: <>\nSubject: Onbestelbaar\n\n" +
			"Je e-mail naar els.devries@firma-example.example is niet bezorgd: 550 5.1.1 onbekende gebruiker.\n",
			Bounce, "els.devries@firma-example.example"},
		{"Dutch: a request to mail elsewhere still names no recipient", daemon + "Return-Path: <>\nSubject: Onbestelbaar\n\n" +
			"Uw bericht aan kees@firma-example.example kon niet worden afgeleverd.\n550 5.1.6 Dit adres is opgeheven. Gelieve voortaan te mailen naar info@firma-example.example.\n",
			Bounce, "kees@firma-example.example"},
		{"forward this notice to your administrator, then the failure", daemon + "Return-Path: <>\nSubject: Mail failure\n\n" +
			"Please forward this notice to your mail administrator. Delivery failed to lotte@firma-example.example\n" +
			"550 5.1.1 mailbox unavailable\n",
			Bounce, "lotte@firma-example.example"},
		{"MAILER-DAEMON without the null path, Spanish", daemon + "Subject: Undeliverable\n\n" +
			"Su mensaje a rosa.gil@firma-example.example no pudo ser entregado.\n",
			Bounce, "rosa.gil@firma-example.example"},
		{"MAILER-DAEMON without the null path, Dutch", daemon + "Subject: Undeliverable\n\n" +
			"Uw bericht aan bram@firma-example.example kon niet worden afgeleverd.\n",
			Bounce, "bram@firma-example.example"},
		{"a gateway's failure notice with the refused session", "Return-Path: <>\nFrom: MAILER-DAEMON@gw.shop-example.example\nTo: winkel@shop-example.example\n" +
			"Subject: Undelivered Mail\nDate: Fri, 4 Dec 2026 09:00:00 +0000\n\nDelivery to ute@kunde-example.example failed. Session:\n" +
			"Out: 220 gw.shop-example.example ESMTP\nIn:  EHLO app2.shop-example.example\nOut: 250 OK\nIn:  RCPT TO:<ute@kunde-example.example>\n" +
			"Out: 550 5.1.1 <ute@kunde-example.example>: Recipient address rejected: User unknown\n",
			Bounce, "ute@kunde-example.example"},
		{"an administrator named System Administrator attaches a phishing mail", `From: System Administrator <helpdesk@office-example.example>
To: team@office-example.example
Subject: Careful with this one
Date: Fri, 4 Dec 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x1"

--x1
Content-Type: text/plain

Hello all, the attached mail reached greta@office-example.example this
morning. It is a fake invoice: please delete it if you got it too.

--x1
Content-Type: message/rfc822

From: "Accounts" <billing@invoice-fake.example>
To: greta@office-example.example
Subject: Invoice overdue

Pay now.
--x1--
`, NotBounce, ""},
		{"Exchange 2003's System Administrator with no address", `From: System Administrator
To: anna@office-example.example
Subject: Undeliverable: Budget
Date: Fri, 4 Dec 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x2"

--x2
Content-Type: text/plain

Your message did not reach some or all of the intended recipients.

      Subject:  Budget

The following recipient(s) could not be reached:

      olaf@partner-example.example on 12/4/2026 9:00 AM
            The e-mail account does not exist at the organization this message was sent to.
            <mx.office-example.example #5.1.1>

--x2
Content-Type: message/rfc822

From: anna@office-example.example
To: olaf@partner-example.example
Subject: Budget

Numbers attached.
--x2--
`, Bounce, "olaf@partner-example.example"},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}
