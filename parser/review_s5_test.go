package parser

import (
	"slices"
	"strings"
	"testing"
)

// s5Case is a message written anew for a finding of review s5, with the
// kind and the recipients (in order) the parser must give.
type s5Case struct {
	name  string
	msg   string
	want  Kind
	rcpts []string
}

func runS5Cases(t *testing.T, cases []s5Case) {
	t.Helper()
	for _, c := range cases {
		m, err := Parse(strings.NewReader(c.msg))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, r := range m.Recipients {
			got = append(got, r.Address)
		}
		if m.Kind != c.want || !slices.Equal(got, c.rcpts) {
			t.Errorf("%s: got %v %q, want %v %q", c.name, m.Kind, got, c.want, c.rcpts)
		}
	}
}

// A bounce of a password-reset or account mail says "verify your
// password" in the diagnostic it quotes or in the original's subject and
// body it returns inline; it is no phishing ask. The phishing notice
// beside them, with none of a bounce's machine signs, still gives none.
func TestPasswordWordsInRealBounces(t *testing.T) {
	runS5Cases(t, []s5Case{
		{"Exim with X-Failed-Recipients, the reply asks to confirm a password", `From: Mail Delivery System <Mailer-Daemon@smtp.ledger-example.example>
To: notify@ledger-example.example
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: ines.ortega@clinic-example.example
Date: Fri, 11 Dec 2026 09:00:00 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. The following address(es) failed:

  ines.ortega@clinic-example.example
    host mx.clinic-example.example [198.51.100.9]
    SMTP error from remote mail server after RCPT TO:<ines.ortega@clinic-example.example>:
    550 5.7.1 Mailbox disabled until its owner will confirm your password change
`, Bounce, []string{"ines.ortega@clinic-example.example"}},
		{"null path, a code, the returned reset mail pasted after the reply", `Return-Path: <>
From: postmaster@relay.builder-example.example
To: accounts@app-example.example
Subject: Returned mail
Date: Fri, 11 Dec 2026 09:10:00 +0000

Delivery to kwame@builder-example.example failed permanently: 550 Unknown user.

Subject: Update your password
Please enter your password reset code below to update your password.
`, Bounce, []string{"kwame@builder-example.example"}},
		{"a Chinese notice without code or null path quotes a subject asking for the password", `From: =?UTF-8?B?57O757uf6YCA5L+h?= <postmaster@mail.sina-example.cn>
To: service@app-example.example
Subject: =?UTF-8?B?57O757uf6YCA5L+h?=
Date: Fri, 11 Dec 2026 09:20:00 +0800
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

您发送的邮件未能送达以下收件人：

收件人　：wangfang@sina-example.cn
主　题　：Please confirm your password
退信原因：收件人邮箱不存在
`, Bounce, []string{"wangfang@sina-example.cn"}},
		{"phishing dressed as a notice, no machine sign", `From: "Mail Delivery" <postmaster@secure-mailbox-example.example>
To: hr@firm-example.example
Subject: Undelivered messages (3)
Date: Fri, 11 Dec 2026 09:30:00 +0000

Three messages to your contacts could not be delivered. Re-enter your
password at the link below to release them.
`, NotBounce, nil},
	})
}

// A mail system's code-less notice that says its failure "has been
// logged" stays a bounce: a service desk's answer comes from the desk's
// own mailbox with its own reverse path, never from MAILER-DAEMON with
// the null path, and a MAILER-DAEMON notice is never a vacation reply.
func TestLoggedFailureStaysABounce(t *testing.T) {
	runS5Cases(t, []s5Case{
		{"MAILER-DAEMON, Auto-Submitted, the incident has been logged", `Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@gw.harbour-example.example>
To: tickets@harbour-example.example
Subject: Undeliverable: Berth schedule week 51
Auto-Submitted: auto-replied
Date: Sat, 12 Dec 2026 07:00:00 +0000

Delivery to the following recipient failed:

    pilot.office@port-example.example

No mailbox by that name exists at the destination. The incident has been logged.
`, Bounce, []string{"pilot.office@port-example.example"}},
		{"postmaster without Auto-Submitted, the failure has been logged", `Return-Path: <>
From: postmaster@mail.orchard-example.example
To: press@orchard-example.example
Subject: Delivery failure
Date: Sat, 12 Dec 2026 07:10:00 +0000

Your message could not be delivered to mira.kovac@fruit-example.example:
the address is unknown at the destination. This error has been logged.
`, Bounce, []string{"mira.kovac@fruit-example.example"}},
		{"a desk's answer: the request has been logged", `From: Service Desk <servicedesk@orchard-example.example>
To: press@orchard-example.example
Subject: [SD-7720] Mail to fruit-example bounced
Auto-Submitted: auto-generated
Date: Sat, 12 Dec 2026 07:20:00 +0000

Your request has been logged. You wrote: "my mail to mira.kovac@fruit-example.example
came back undeliverable". An engineer will contact you.
`, NotBounce, nil},
		{"a desk's acknowledgement with the null path and a case id", `Return-Path: <>
From: Help Centre <help@orchard-example.example>
To: press@orchard-example.example
Subject: Re: mail to fruit-example returned
Date: Sat, 12 Dec 2026 07:30:00 +0000

Your case 55120 has been logged. The address mira.kovac@fruit-example.example
you asked about was closed last month.
`, NotBounce, nil},
	})
}

// A complaint report's recipient is the returned message's To unless that
// hides the recipient; only then do the provider's field, the topmost
// Received's "for" and a plain VERP return path name it. An ESP's return
// path with its own ids before the recipient is no VERP: a complaint
// suppresses its recipient, and a made-up one must never be.
func TestComplaintRecipientPrefersARealTo(t *testing.T) {
	arf := func(to, origHeader string) string {
		return "From: fbl@isp-example.example\nTo: complaints@shop-example.example\nSubject: Abuse report\nDate: Sun, 13 Dec 2026 10:00:00 +0000\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"k\"\n\n" +
			"--k\nContent-Type: text/plain\n\nA user marked this message as spam.\n\n--k\nContent-Type: message/feedback-report\n\n" +
			"Feedback-Type: abuse\nUser-Agent: isp-fbl/2\nVersion: 1\n\n--k\nContent-Type: message/rfc822\n\n" + origHeader +
			"From: offers@shop-example.example\nTo: " + to + "\nSubject: Winter offers\n\nHalf price.\n\n--k--\n"
	}
	runS5Cases(t, []s5Case{
		{"a real To beside an ESP path with ids", arf("lena.fischer@isp-example.example",
			"Return-Path: <bnc+88231-x9q-lena.fischer=isp-example.example@mail.shop-example.example>\n"),
			Feedback, []string{"lena.fischer@isp-example.example"}},
		{"a real To beside a Received for the mailbox it was forwarded to", arf("lena.fischer@isp-example.example",
			"Received: from mx1.isp-example.example by store2.isp-example.example with LMTP\n\tfor <lena.home@isp-example.example>; Sun, 13 Dec 2026 09:00:00 +0000\n"),
			Feedback, []string{"lena.fischer@isp-example.example"}},
		{"a redacted To beside a plain VERP path with a hyphenated name", arf("redacted@isp-example.example",
			"Return-Path: <bounces+anne-marie=isp-example.example@mail.shop-example.example>\n"),
			Feedback, []string{"anne-marie@isp-example.example"}},
	})
	// Behind a redacted To, an ESP's ids never become a recipient.
	m, err := Parse(strings.NewReader(arf("redacted@isp-example.example",
		"Return-Path: <bounce+7c1e.42-lena.fischer=isp-example.example@mg.shop-example.example>\n")))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range m.Recipients {
		if strings.Contains(r.Address, "7c1e") {
			t.Errorf("made-up recipient %q from an ESP return path", r.Address)
		}
	}
}

// An address with a list command's or owner's part (-request, -owner,
// +join) is a second failed recipient unless it belongs to a list the
// notice already names as failed: a labelled record line, or a list of
// failed addresses beside an ordinary mailbox, keeps it.
func TestListLikeMailboxesStayRecipients(t *testing.T) {
	head := "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@out.bakery-example.example>\nTo: orders@bakery-example.example\n" +
		"Subject: Undelivered mail\nDate: Mon, 14 Dec 2026 08:00:00 +0000\n\n"
	runS5Cases(t, []s5Case{
		{"labelled record lines", head + "Delivery has failed for these addresses.\n\n" +
			"Failed address: nadia@mill-example.example\nError: 550 5.1.1 mailbox unknown\n\n" +
			"Failed address: site-owner@mill-example.example\nError: 550 5.1.1 mailbox unknown\n",
			Bounce, []string{"nadia@mill-example.example", "site-owner@mill-example.example"}},
		{"a list of failed addresses", head + "The following recipients could not be reached: nadia@mill-example.example, press-join@mill-example.example\n" +
			"Error: 550 5.1.1 no such mailbox\n",
			Bounce, []string{"nadia@mill-example.example", "press-join@mill-example.example"}},
		{"a failed list's request address in prose stays no recipient", head + "Your post to bakers@lists.mill-example.example was refused: members only.\n" +
			"To join, write to bakers-request@lists.mill-example.example and post again.\n",
			Bounce, []string{"bakers@lists.mill-example.example"}},
	})
}

// Exim's "generated by": the record is for the address the sender wrote
// (the alias), its diagnostic names every failed forward target, and a
// target that failed only for now leads it, so the record is hard only
// when every target failed permanently.
func TestAliasRecordKeepsItsTargets(t *testing.T) {
	msg := `Return-Path: <>
From: Mail Delivery System <Mailer-Daemon@mx.guild-example.example>
To: secretary@guild-example.example
Subject: Mail delivery failed: returning message to sender
X-Failed-Recipients: rowan@home-example.example, rowan.work@firm-example.example
Date: Tue, 15 Dec 2026 11:00:00 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rowan@home-example.example
    generated by chair@guild-example.example
    host mx.home-example.example [203.0.113.20]
    SMTP error from remote mail server after RCPT TO:<rowan@home-example.example>:
    550 5.1.1 no mailbox by that name

  rowan.work@firm-example.example
    generated by chair@guild-example.example
    host mx.firm-example.example [203.0.113.21]
    SMTP error from remote mail server after RCPT TO:<rowan.work@firm-example.example>:
    452 4.2.2 mailbox over quota, try again later
`
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients %+v, want one for the alias", m.Recipients)
	}
	r := m.Recipients[0]
	if r.Address != "chair@guild-example.example" || !strings.HasPrefix(r.Status, "4.") || r.ReplyCode != "452" {
		t.Errorf("record %s status %s code %s, want chair@guild-example.example with the temporary target's 4.2.2/452", r.Address, r.Status, r.ReplyCode)
	}
	for _, target := range []string{"rowan@home-example.example", "rowan.work@firm-example.example"} {
		if !strings.Contains(r.Diagnostic, target) {
			t.Errorf("diagnostic %q does not name the failed target %s", r.Diagnostic, target)
		}
	}
}
