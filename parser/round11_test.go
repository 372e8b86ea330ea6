package parser

import "testing"

// A list manager that refuses a post for its size answers from the
// list's admin address and names no failed recipient but the list.
func TestListRefusesPostForSize(t *testing.T) {
	msg := "Return-Path: <>\nFrom: hiking-owner@lists.trail-example.example\nTo: marco@home-example.example\n" +
		"Subject: Re: Route for Sunday\nX-MLServer: fml [fml 8.0]\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Sorry, your post is too large (5210 KB). This list takes at most 512 KB per message.\n\n" +
		"------ Original message ------\n" +
		"From: marco@home-example.example\nTo: hiking@lists.trail-example.example\nSubject: Route for Sunday\n\nMap attached.\n"
	m := parseText(t, "fml size refusal", msg)
	if m.Kind != Bounce || addresses(m) != "hiking@lists.trail-example.example" {
		t.Errorf("kind %v recipients %q, want the list hiking@lists.trail-example.example", m.Kind, addresses(m))
	}
}

// A gateway's Japanese notice that delivery failed (配信に失敗), from a
// product's own address with the null path and Auto-Submitted, returns
// the message: its To failed.
func TestJapaneseGatewayDeliveryFailed(t *testing.T) {
	msg := "Return-Path: <>\nFrom: Mail Gate <gate@kaisha-example.example>\nTo: eigyo@kaisha-example.example\n" +
		"Subject: =?utf-8?B?44GK55+l44KJ44Gb?=\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n" +
		"次のあて先へのメールの配信に失敗しました。\nあて先ドメインが見つかりません。\n\n" +
		"--b\nContent-Type: message/rfc822\n\nFrom: eigyo@kaisha-example.example\nTo: sato@torihikisaki-example.example\n" +
		"Subject: Mitsumori\n\nyoroshiku\n--b--\n"
	m := parseText(t, "ja gateway", msg)
	if m.Kind != Bounce || addresses(m) != "sato@torihikisaki-example.example" {
		t.Errorf("kind %v recipients %q, want sato@torihikisaki-example.example", m.Kind, addresses(m))
	}
}

// A program's report of its own failed send (an application that mails
// through a smarthost refusing it) marks itself auto-replied; the server's
// failure code on a line of its own, beside the returned message, makes
// it a bounce. The same layout with no code, or a code only quoted, is
// not.
func TestAppSendErrorReportWithServerCode(t *testing.T) {
	msg := func(detail string) string {
		return "Return-Path: <>\nFrom: Invoice Robot <billing-app@accounts-example.example>\nTo: billing-app@accounts-example.example\n" +
			"Subject: Mail job failed\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=\"c\"\n\n--c\nContent-Type: text/plain\n\n" +
			"Mail job 2291\nRelay: mail.provider-example.example:587\n" + detail + "\n\n" +
			"--c\nContent-Type: message/rfc822\n\nFrom: billing-app@accounts-example.example\nTo: payables@customer-example.example\n" +
			"Subject: Invoice 2291\n\nAttached.\n--c--\n"
	}
	m := parseText(t, "smarthost auth", msg("Status: 535 5.7.8 Authentication credentials invalid"))
	if m.Kind != Bounce || addresses(m) != "payables@customer-example.example" {
		t.Errorf("with code: kind %v recipients %q, want payables@customer-example.example", m.Kind, addresses(m))
	}
	for name, detail := range map[string]string{
		"no code":     "Status: sent, thank you",
		"quoted code": "> 535 5.7.8 Authentication credentials invalid",
	} {
		if m := parseText(t, name, msg(detail)); m.Kind == Bounce {
			t.Errorf("%s: kind %v recipients %q, want no bounce", name, m.Kind, addresses(m))
		}
	}
}

// An absence reply with no automatic-reply header is told by the agent's
// prefix in its language and words of absence in its text, together; the
// prefix alone, or on a list's post, is a person's mail.
func TestHeaderlessAbsencePrefixInOtherLanguages(t *testing.T) {
	msg := func(subject, extra, body string) string {
		return "From: Joana Reis <joana@empresa-example.example>\nTo: vendas@fornecedor-example.example\n" +
			"Subject: " + subject + "\n" + extra + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	cases := []struct {
		name, subject, extra, body string
		want                       Kind
	}{
		{"pt absence", "Fora do escritório: Proposta 18", "", "Estou de férias até dia 4. Respondo quando voltar.", AutoReply},
		{"es absence", "Fuera de la oficina: Pedido 311", "", "Estoy fuera hasta el lunes; para urgencias llame a recepción.", AutoReply},
		{"es prefix alone", "Fuera de la oficina: Pedido 311", "", "Te mando el pedido corregido.", NotBounce},
		{"es list post", "Fuera de la oficina: cena del viernes", "List-Id: <equipo.empresa-example.example>\nPrecedence: list\n",
			"La cena será fuera de la oficina; estoy fuera el jueves.", NotBounce},
	}
	for _, c := range cases {
		if m := parseText(t, c.name, msg(c.subject, c.extra, c.body)); m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, m.Kind, c.want)
		}
	}
}

// A key=value log line's key before an address is no part of it (as an
// X.400 gateway's "SMTP=" is none); a VERP address keeps its '=' signs.
func TestLogKeyBeforeAddress(t *testing.T) {
	for s, want := range map[string]string{
		"recipient=ana.lopes@clinic-example.example":         "ana.lopes@clinic-example.example",
		"to=ops@datacentre-example.example":                  "ops@datacentre-example.example",
		"ORCPT=Kim@Example-Shop.example":                     "Kim@example-shop.example",
		"rcpt=jon@relay-example.example,":                    "jon@relay-example.example",
		"news-bounces+ana=clinic-example.example@lists.test": "news-bounces+ana=clinic-example.example@lists.test",
		"bounce-to=kim=shop.example@mailer-example.example":  "bounce-to=kim=shop.example@mailer-example.example",
	} {
		if got := normalizeAddress(s); got != want {
			t.Errorf("normalizeAddress(%q) = %q, want %q", s, got, want)
		}
	}
	msg := "Return-Path: <>\nFrom: MAILER-DAEMON@gw-example.example\nTo: app@gw-example.example\nSubject: delivery report\n" +
		"MIME-Version: 1.0\nContent-Type: text/plain\n\nstatus=failed\nrecipient=li.na@shop-example.example\n" +
		"response=\"550 5.1.1 mailbox unavailable\"\n"
	if m := parseText(t, "key=value report", msg); addresses(m) != "li.na@shop-example.example" {
		t.Errorf("key=value report: kind %v recipients %q, want li.na@shop-example.example", m.Kind, addresses(m))
	}
}

// A challenge-response robot that sets its Reply-To to the person it
// protects, and names that person in its text, answers for that person.
func TestChallengeRobotReplyToIsProtectedPerson(t *testing.T) {
	msg := "From: Screening Service <verify@screen-example.example>\nTo: shop@retailer-example.example\n" +
		"Reply-To: Amara Nwosu <amara@studio-example.example>\nSubject: Please confirm your message to Amara\n" +
		"Auto-Submitted: auto-replied\nIn-Reply-To: <order-77@retailer-example.example>\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Amara Nwosu (amara@studio-example.example) screens her mail. Your message is held until you verify\n" +
		"that you are a person: follow the link below once and it goes through.\n"
	m := parseText(t, "challenge reply-to", msg)
	if m.Kind != AutoReply || addresses(m) != "amara@studio-example.example" {
		t.Errorf("kind %v recipients %q, want auto-reply for amara@studio-example.example", m.Kind, addresses(m))
	}
}

// A refusal that asks the reader to turn to a help address ("wenden Sie
// sich … an X", the request wrapped onto the line above) names no
// second failed recipient.
func TestTurnToHelpAddressIsNoRecipient(t *testing.T) {
	for name, words := range map[string]string{
		"de wrapped": "Bei Fragen wenden Sie sich bitte mit der\nVorgangsnummer an entsperrung@mx.provider-example.example.",
		"fr":         "Pour le déblocage, adressez-vous à deblocage@mx.provider-example.example.",
	} {
		msg := "Return-Path: <>\nFrom: MAILER-DAEMON@mx.provider-example.example\nTo: news@sender-example.example\n" +
			"Subject: Unzustellbar\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
			"Die Nachricht an ute.brandt@provider-example.example wurde abgewiesen.\n" +
			"554 5.7.1 sending IP listed\n" + words + "\n"
		if m := parseText(t, name, msg); addresses(m) != "ute.brandt@provider-example.example" {
			t.Errorf("%s: kind %v recipients %q, want ute.brandt@provider-example.example", name, m.Kind, addresses(m))
		}
	}
}

// A help desk's automatic acknowledgement that gives the ticket's number
// answers the mail, but no one is away: no vacation. An absence reply
// that speaks of tickets, or says the mail was received without a
// number, stays one.
func TestTicketAcknowledgementIsNoVacation(t *testing.T) {
	msg := func(body string) string {
		return "From: Service Team <care@utility-example.example>\nTo: bulletin@sender-example.example\n" +
			"Subject: Re: Winter bulletin\nAuto-Submitted: auto-replied\nIn-Reply-To: <w-1@sender-example.example>\n" +
			"MIME-Version: 1.0\nContent-Type: text/plain\n\n" + body + "\n"
	}
	cases := []struct {
		name, body string
		want       Kind
	}{
		{"case number", "Hello, we've received your message and opened case 40218 for it. An agent replies within a day.", NotBounce},
		{"hash id", "Your email has been received. Ticket reference: #CS-88120. Please keep it in the subject of any reply.", NotBounce},
		{"absence with ticket word", "I am on annual leave until 4 January. We have received your email; for urgent matters open ticket #5 is not needed, call us.", AutoReply},
		{"received, no number", "Thank you, we have received your email and will be back in the office on Monday.", AutoReply},
	}
	for _, c := range cases {
		if m := parseText(t, c.name, msg(c.body)); m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, m.Kind, c.want)
		}
	}
}

// A plain delivery receipt, from a mail system's address with the null
// path and whatever subject, reports no failure; the same layout that
// also names a failure with its code stays a bounce.
func TestPlainDeliveryReceiptIsNoBounce(t *testing.T) {
	msg := func(subject, body string) string {
		return "Return-Path: <>\nFrom: Mail System <postmaster@port-example.example>\nTo: clerk@customs-example.example\n" +
			"Subject: " + subject + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	for name, c := range map[string][2]string{
		"en":      {"Delivery Notification: manifest 12", "The message below was delivered to the following recipients:\n\n  harbour.master@port-example.example\n"},
		"ja":      {"配信完了: 積荷目録", "ご送信のメールは次の宛先へ正常に配信されました。\n\n  harbour.master@port-example.example\n"},
		"zh":      {"投递报告", "您的邮件已成功投递到以下收件人：\n\n  harbour.master@port-example.example\n"},
		"de":      {"Zustellbericht", "Ihre Nachricht wurde erfolgreich zugestellt an:\n\n  harbour.master@port-example.example\n"},
		"sunlike": {"Delivery Notification: Delivery has succeeded", "Recipient address: harbour.master@port-example.example\nReason: delivery has succeeded\n"},
	} {
		if m := parseText(t, name, msg(c[0], c[1])); m.Kind == Bounce {
			t.Errorf("%s: kind %v recipients %q, want no bounce", name, m.Kind, addresses(m))
		}
	}
	failed := msg("Delivery Notification: manifest 12", "Delivered successfully to: harbour.master@port-example.example\n\n"+
		"Delivery failed for: pilot@port-example.example\n  550 5.1.1 no such user\n")
	if m := parseText(t, "mixed", failed); m.Kind != Bounce {
		t.Errorf("mixed: kind %v, want a bounce", m.Kind)
	}
}

// A content filter's alert to its administrator about an inbound message
// it blocked quotes the per-recipient refusal, but no mail of the
// reader's failed.
func TestFilterAdminAlertIsNoBounce(t *testing.T) {
	msg := "Return-Path: <>\nFrom: Mail Filter <postmaster@gw.clinic-example.example>\nTo: security@clinic-example.example\n" +
		"Subject: BANNED attachment in mail from <offers@promo-example.example>\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"A banned attachment (.scr) was found.\n\nThe message was not delivered to:\n<ward4@clinic-example.example>:\n" +
		"   554 5.7.0 Reject, BANNED: invoice.scr\n\nThe sender has not been notified.\n"
	if m := parseText(t, "admin alert", msg); m.Kind == Bounce {
		t.Errorf("kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A reader's reply that quotes the bounce he got, line by line, below
// his own question is his mail, not the bounce, even when his client
// dropped In-Reply-To; his forward of the same bounce still reads as it.
func TestReaderQuotingBounceIsNoBounce(t *testing.T) {
	msg := func(subject string) string {
		return "From: Tom Reyes <tom.reyes@mailhost-example.example>\nTo: club@sailing-example.example\n" +
			"Subject: " + subject + "\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
			"Your newsletter to my wife bounced, does she need to sign up again?\n\n" +
			"> This is the mail system at host out.mailhost-example.example.\n" +
			"> Your message could not be delivered to one or more recipients.\n>\n" +
			"> <ana.reyes@other-example.example>: host mx.other-example.example said:\n" +
			">     550 5.1.1 mailbox unknown (in reply to RCPT TO command)\n"
	}
	if m := parseText(t, "reply", msg("Re: Undelivered Mail Returned to Sender")); m.Kind == Bounce {
		t.Errorf("reply: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
	if m := parseText(t, "forward", msg("Fwd: Undelivered Mail Returned to Sender")); addresses(m) != "ana.reyes@other-example.example" {
		t.Errorf("forward: kind %v recipients %q, want ana.reyes@other-example.example", m.Kind, addresses(m))
	}
}

// A mixed report lists the recipients its message reached under a
// heading of their own (delivered_headings) beside those it did not: only
// the second list failed. A heading that negates delivery lists failures.
func TestDeliveredListIsNoFailure(t *testing.T) {
	msg := func(body string) string {
		return "From: MAILER-DAEMON@relay.works-example.example\nTo: planner@works-example.example\n" +
			"Subject: Delivery report\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	for name, c := range map[string][2]string{
		"en": {"Some recipients were reached.\n\nThe message was delivered to the following recipients:\n   mia@site-example.example\n   leo@site-example.example\n\n" +
			"The following recipients failed:\n   zoe@site-example.example\n   550 5.1.1 unknown user\n", "zoe@site-example.example"},
		"de": {"Zugestellt an:\n  mia@site-example.example\nNicht zugestellt an:\n  zoe@site-example.example\n  550 5.1.1 Benutzer unbekannt\n", "zoe@site-example.example"},
		"zh": {"邮件已成功投递到：\n  mia@site-example.example\n以下地址投递失败：\n  zoe@site-example.example\n  550 5.1.1 用户不存在\n", "zoe@site-example.example"},
	} {
		if m := parseText(t, name, msg(c[0])); addresses(m) != c[1] {
			t.Errorf("%s: kind %v recipients %q, want %q", name, m.Kind, addresses(m), c[1])
		}
	}
	for _, l := range []string{"Nicht zugestellt an:", "未能成功投递到以下地址：", "Not delivered successfully to:"} {
		if signs := bookOf(nil); signs.deliveredHeading(l) {
			t.Errorf("deliveredHeading(%q) = true, want false", l)
		}
	}
}
