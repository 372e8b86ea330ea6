package parser

import (
	"strings"
	"testing"
)

// The messages below are written for the classes of issue 12 (fix round
// 3): addresses a notice's prose names for another purpose than a failed
// recipient, and a Sendmail transcript whose hosts serve different
// recipients. None is copied from a sample.

func parseText(t *testing.T, name, msg string) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// The host a pre-DSN Sendmail notice says it received the message from
// names the sender, on one line or wrapped before "from".
func TestReceivedFromIsTheSender(t *testing.T) {
	for name, head := range map[string]string{
		"one line":   "The original message was received at Fri, 5 Nov 1999 08:10:00 +0100 from ola@pc7.dept.example.se [192.0.2.40]\n",
		"wrapped":    "The original message was received at Fri, 5 Nov 1999 08:10:00 +0100\nfrom ola@pc7.dept.example.se [192.0.2.40]\n",
		"other word": "Message received from <ola@pc7.dept.example.se> at 08:10.\n",
	} {
		msg := "From: Mail Delivery Subsystem <MAILER-DAEMON@hub.example.se>\nTo: ola@example.se\n" +
			"Subject: Returned mail: Service unavailable\nDate: Fri, 5 Nov 1999 08:11:00 +0100\nReturn-Path: <>\n\n" +
			head + "\n   ----- The following addresses had permanent fatal errors -----\n<mira@lab.example.fi>\n\n" +
			"   ----- Transcript of session follows -----\n... while talking to mx.lab.example.fi.:\n>>> DATA\n" +
			"<<< 554 5.7.1 Message refused by local policy\n554 <mira@lab.example.fi>... Service unavailable\n"
		m := parseText(t, name, msg)
		if got := addresses(m); got != "mira@lab.example.fi" {
			t.Errorf("%s: recipients %q, want only mira@lab.example.fi", name, got)
		}
	}
}

// A has-moved notice's new address, in several languages and layouts,
// and a placeholder in guidance are no recipients; the failed recipient
// keeps the words about them, so its reason can read "moved".
func TestNewAddressAndPlaceholderAreNoRecipients(t *testing.T) {
	for _, c := range []struct {
		name, body, failed, word string
	}{
		{"simplified Chinese, moved to a new address", "您发往 li.na@old-corp.example 的邮件无法投递。\n原因：该账号已迁移至新地址 li.na@new-corp.example ，旧地址停止使用。\n",
			"li.na@old-corp.example", "已迁移"},
		{"traditional Chinese, new e-mail address is", "您寄給 lin.yu@old-isp.example.tw 的信件無法投遞。\n說明：此帳號已停用，新的電子郵件地址為：lin.yu@mail2.example.tw\n",
			"lin.yu@old-isp.example.tw", "已停用"},
		{"Japanese, new address", "宛先 sato@old-shop.example.jp には配信できませんでした。\nこのアドレスは廃止されました。新しいアドレス：sato@new-shop.example.jp\n",
			"sato@old-shop.example.jp", "廃止"},
		{"English, a name and address after a lead-in with a colon", "Mail for pat@physics.old-uni.example was not delivered: the account was closed.\n" +
			"Pat left the group; the new e-mail address is:\n\n    Pat Quill    pat.quill@institute.example\n\nPlease write there.\n",
			"pat@physics.old-uni.example", "account was closed"},
		{"Chinese placeholder in guidance", "您的邮件无法送达 20240117@stu.univ.example 。\n原因：收件人不存在（教工邮箱为“工号@univ.example”，学生邮箱为“学号@stu.univ.example”）。\n",
			"20240117@stu.univ.example", "收件人不存在"},
		{"English placeholder in guidance", "Delivery to j.doe@firm.example failed: 550 no such user.\nStaff addresses follow firstname.lastname@firm.example; check the spelling.\n",
			"j.doe@firm.example", "no such user"},
	} {
		msg := "From: postmaster@mail.example.net\nTo: writer@home.example\nSubject: Undeliverable mail\n" +
			"Date: Thu, 3 Dec 2026 10:00:00 +0000\nReturn-Path: <>\nContent-Type: text/plain; charset=utf-8\n\n" + c.body
		m := parseText(t, c.name, msg)
		if got := addresses(m); got != c.failed {
			t.Errorf("%s: recipients %q, want only %s", c.name, got, c.failed)
			continue
		}
		if d := m.Recipients[0].Diagnostic; !strings.Contains(d, c.word) {
			t.Errorf("%s: diagnostic %q lacks %q", c.name, d, c.word)
		}
	}
}

// In a transcript with several hosts, a recipient that has its own reply
// does not take the words of a later host of another domain (a deferral
// after MAIL FROM); a second host of its own domain stays its own.
func TestHostSectionOfAnotherRecipient(t *testing.T) {
	msg := "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\nTo: <kim@example.org>\n" +
		"Subject: Returned mail: Host unknown\nDate: Mon, 5 Jun 2000 10:00:00 +0200\nReturn-Path: <>\n\n" +
		"   ----- The following addresses had permanent fatal errors -----\n<ada@north.example>\n<bo@south.example>\n\n" +
		"   ----- Transcript of session follows -----\n" +
		"550 <ada@north.example>... Host unknown (Name server: north.example: host not found)\n" +
		"... while talking to relay.south.example.:\n>>> MAIL From:<kim@example.org>\n" +
		"<<< 421 relay.south.example: Deferred: Connection reset during greeting\n" +
		"... while talking to mx.south.example.:\n>>> RCPT To:<bo@south.example>\n" +
		"<<< 550 5.1.1 <bo@south.example>... User unknown\n"
	m := parseText(t, "two domains", msg)
	if len(m.Recipients) != 2 {
		t.Fatalf("recipients %q", addresses(m))
	}
	for _, r := range m.Recipients {
		d := lower(r.Diagnostic)
		switch r.Address {
		case "ada@north.example":
			if !strings.Contains(d, "host unknown") || strings.Contains(d, "421") || strings.Contains(d, "deferred") {
				t.Errorf("ada: diagnostic %q", r.Diagnostic)
			}
		case "bo@south.example":
			if !strings.Contains(d, "user unknown") {
				t.Errorf("bo: diagnostic %q", r.Diagnostic)
			}
		}
	}

	own := "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\nTo: <kim@example.org>\n" +
		"Subject: Returned mail: Service unavailable\nDate: Mon, 5 Jun 2000 10:00:00 +0200\nReturn-Path: <>\n\n" +
		"   ----- Transcript of session follows -----\n" +
		"... while talking to mx1.west.example.:\n>>> RCPT To:<cy@west.example>\n<<< 451 4.3.0 try again later\n" +
		"... while talking to mx2.west.example.:\n>>> DATA\n<<< 554 5.7.1 message refused as spam\n554 5.0.0 Service unavailable\n"
	m = parseText(t, "second MX of the same domain", own)
	if addresses(m) != "cy@west.example" || !strings.Contains(m.Recipients[0].Diagnostic, "refused as spam") {
		t.Errorf("second MX: recipients %q %+v", addresses(m), m.Recipients)
	}

	// A hosted domain's MX hosts lie outside its domain: the second one's
	// refusal is still the recipient's.
	hosted := "From: Mail Delivery Subsystem <MAILER-DAEMON@gw.example.org>\nTo: <kim@example.org>\n" +
		"Subject: Returned mail: User unknown\nDate: Mon, 5 Jun 2000 10:00:00 +0200\nReturn-Path: <>\n\n" +
		"   ----- Transcript of session follows -----\n" +
		"... while talking to aspmx.l.google.com.:\n>>> RCPT To:<dee@shop.example>\n<<< 452 4.2.2 <dee@shop.example>... over quota, try later\n" +
		"... while talking to alt1.aspmx.l.google.com.:\n>>> DATA\n<<< 550 5.1.1 The email account that you tried to reach does not exist\n"
	m = parseText(t, "hosted domain", hosted)
	if addresses(m) != "dee@shop.example" || !strings.Contains(m.Recipients[0].Diagnostic, "550 5.1.1") {
		t.Errorf("hosted domain: recipients %q %+v", addresses(m), m.Recipients)
	}
}

// Chinese, Japanese and Korean notices that say the server keeps trying
// report a delay; one that says it tried and gave up is a failure.
func TestCJKDelayNotices(t *testing.T) {
	for _, c := range []struct {
		name, body, want string
	}{
		{"simplified Chinese, keeps trying for hours", "您发送给 wu.lei@factory.example 的邮件暂时未能投递。\n原因：对方服务器无响应。\n系统将继续尝试投递，最长 72 小时，届时仍失败将发送退信。\n", "delayed"},
		{"traditional Chinese, retry within hours", "寄給 wu.lei@factory.example 的郵件暫時無法投遞。\n伺服器將在 24 小時內繼續嘗試。\n", "delayed"},
		{"Japanese, keeps resending", "wu.lei@factory.example 宛のメールは相手先サーバが応答しないため配信が遅延しています。\nメールサーバは再送を続けます。\n", "delayed"},
		{"Korean, keeps retrying", "wu.lei@factory.example 로 보낸 메일의 전송이 지연되고 있습니다.\n메일 서버가 계속 재시도합니다.\n", "delayed"},
		{"Japanese, tried and gave up", "wu.lei@factory.example 宛のメールは、3日間にわたり再送を試みましたが、配信できませんでした。\n", "failed"},
	} {
		msg := "From: postmaster@mail.example.cn\nTo: writer@home.example\nSubject: 邮件通知\n" +
			"Date: Thu, 3 Dec 2026 10:00:00 +0800\nReturn-Path: <>\nContent-Type: text/plain; charset=utf-8\n\n" + c.body
		m := parseText(t, c.name, msg)
		if len(m.Recipients) != 1 || m.Recipients[0].Address != "wu.lei@factory.example" {
			t.Errorf("%s: recipients %q", c.name, addresses(m))
			continue
		}
		if got := m.Recipients[0].Action; got != c.want {
			t.Errorf("%s: action %q, want %q", c.name, got, c.want)
		}
	}
}

// An auto-reply's header on a notice that says a message was not
// delivered is a bounce; a list manager's note that a post waits for its
// moderator or editor is neither a bounce nor an auto-reply.
func TestAutoRepliedHeaderOnNotices(t *testing.T) {
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"relay skipped a suppressed address, auto-replied", `Return-Path: <>
From: Outbound Gateway <gateway@send-example.example>
To: billing@shop-example.example
Subject: Notice about your message
Date: Thu, 3 Dec 2026 10:00:00 +0000
Auto-Submitted: auto-replied

Our gateway did not attempt delivery to

    ruth.o@reader-example.example

because the address is suppressed after an earlier hard bounce
(550 5.1.1 mailbox unavailable).
`, Bounce, "ruth.o@reader-example.example"},
		{"sending service, X-Autoreply and a delivery-skipped subject", `From: Notifications <notify@esp-example.example>
To: billing@shop-example.example
Subject: Delivery skipped: vik@reader-example.example
Date: Thu, 3 Dec 2026 10:05:00 +0000
X-Autoreply: yes

Delivery to vik@reader-example.example was skipped: the address is on
your suppression list since a 550 5.1.1 reply last month.
`, Bounce, "vik@reader-example.example"},
		{"Mailman-style hold, auto-replied", `From: garden-club-owner@lists.garden-example.example
To: neighbour@home-example.example
Subject: Your message to Garden-club awaits moderator approval
Date: Thu, 3 Dec 2026 11:00:00 +0000
Precedence: bulk
Auto-Submitted: auto-replied

Your mail to 'Garden-club' (garden-club@lists.garden-example.example) is
being held until the list moderator can review it for approval.
`, NotBounce, ""},
		{"LISTSERV-style editor hold, null path", `Return-Path: <>
From: LISTSERV@LISTS.UNI-EXAMPLE.EXAMPLE
To: prof.b@uni-example.example
Subject: Message "Seminar dates" held for the editor of SEMINAR-L
Date: Thu, 3 Dec 2026 11:30:00 +0000

Your message to SEMINAR-L@LISTS.UNI-EXAMPLE.EXAMPLE has been submitted to
the editor of the list for review.
`, NotBounce, ""},
		{"a forum group's moderation note with X-Autoreply", `From: Group Notices <noreply@groups-example.example>
To: neighbour@home-example.example
Subject: Your post to Makers is awaiting moderation
Date: Thu, 3 Dec 2026 12:00:00 +0000
X-Autoreply: yes

A moderator of makers@groups-example.example will review your post.
`, NotBounce, ""},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}

// Lotus Notes' out-of-office reply carries no Auto-Submitted: its subject
// and its body template together tell it; either alone, or a person's
// words about being away, stay ordinary mail.
func TestNotesOutOfOffice(t *testing.T) {
	head := "From: Omar Haddad <o.haddad@shipping-example.example>\nTo: clerk@port-example.example\n" +
		"Date: Mon, 3 Aug 2009 08:00:00 +0200\nX-Mailer: Lotus Notes Release 8.5 December 05, 2008\n"
	for _, c := range []struct {
		name, subject, body string
		want                Kind
	}{
		{"English template, wrapped", "Omar Haddad is out of the office.",
			"I will be out of the office starting  08/03/2009 and will not\nreturn until 08/17/2009.\n\nFor customs papers ask the front desk.\n", AutoReply},
		{"German template", "Omar Haddad ist außer Haus.",
			"Ich werde ab  03.08.2009 nicht im Büro sein. Ich kehre zurück am\n17.08.2009.\n\nIn dringenden Fällen wenden Sie sich an die Zentrale.\n", AutoReply},
		{"the subject alone", "Omar Haddad is out of the office.",
			"Omar is on a ship until the 17th; send the manifests to me meanwhile.\n", NotBounce},
		{"a person's prose with the template's words, own subject", "Cover for August",
			"I will be out of the office starting Monday and will not return until the 17th.\nPlease cover the port desk.\n", NotBounce},
		{"a reply to the subject", "Re: Omar Haddad is out of the office.",
			"> I will be out of the office starting 08/03/2009 and will not return until 08/17/2009.\nNoted, thanks.\n", NotBounce},
	} {
		msg := head + "Subject: " + c.subject + "\nContent-Type: text/plain; charset=utf-8\n\n" + c.body
		m := parseText(t, c.name, msg)
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, m.Kind, c.want)
		}
		if c.want == AutoReply && addresses(m) != "o.haddad@shipping-example.example" {
			t.Errorf("%s: recipients %q", c.name, addresses(m))
		}
	}
}

// A person's auto-reply that says mail is held for the return stays an
// auto-reply: a hold counts as a list's only with a moderator or editor.
func TestPersonsHoldIsAnAutoReply(t *testing.T) {
	m := parseText(t, "person", `From: Rosa Lind <rosa@atelier-example.example>
To: client@home-example.example
Subject: Automatic reply: fittings
Date: Thu, 3 Dec 2026 12:00:00 +0000
Auto-Submitted: auto-replied

I am travelling. Your mail is being held until I return on 14 December.
`)
	if m.Kind != AutoReply {
		t.Errorf("kind %v, want auto-reply", m.Kind)
	}
}

// SES event publishing's DeliveryDelay event, bare or inside an SNS
// envelope, is a delay for each delayed recipient; with no server reply
// the delayType is the diagnostic.
func TestSESDeliveryDelayEvent(t *testing.T) {
	event := `{"eventType":"DeliveryDelay","mail":{"source":"shop@send-example.example","destination":["ivo@inbox-example.example"],` +
		`"commonHeaders":{"from":["shop@send-example.example"],"to":["ivo@inbox-example.example"],"subject":"Your order"}},` +
		`"deliveryDelay":{"delayType":"RecipientServerError","expirationTime":"2026-12-04T10:00:00.000Z",` +
		`"reportingMTA":"a1-2.smtp-out.example.amazonses.com","delayedRecipients":[` +
		`{"emailAddress":"ivo@inbox-example.example","status":"4.4.7","diagnosticCode":""},` +
		`{"emailAddress":"lea@inbox-example.example","status":"4.2.2","diagnosticCode":"smtp; 452 4.2.2 mailbox over quota"}]}}`
	quoted := strings.NewReplacer(`"`, `\"`).Replace(event)
	for name, body := range map[string]string{
		"bare event":   event + "\n",
		"SNS envelope": `{"Type" : "Notification", "MessageId" : "m-1", "TopicArn" : "arn:aws:sns:eu-central-1:111122223333:ses-events", "Message" : "` + quoted + `"}` + "\n",
	} {
		msg := "From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ops@send-example.example\nSubject: AWS Notification Message\n" +
			"Date: Thu, 3 Dec 2026 10:00:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\n" + body
		m := parseText(t, name, msg)
		if m.Kind != Bounce || len(m.Recipients) != 2 {
			t.Fatalf("%s: kind %v recipients %q", name, m.Kind, addresses(m))
		}
		for _, r := range m.Recipients {
			if r.Action != "delayed" {
				t.Errorf("%s: %s action %q", name, r.Address, r.Action)
			}
		}
		if r := m.Recipients[0]; r.Diagnostic != "RecipientServerError" || r.Status != "4.4.7" {
			t.Errorf("%s: first %+v", name, r)
		}
		if r := m.Recipients[1]; r.ReplyCode != "452" || r.Status != "4.2.2" {
			t.Errorf("%s: second %+v", name, r)
		}
	}
}

// A gateway's or mail server's notice marked auto-replied that says it
// blocked, quarantined or held a message is a bounce for the recipient;
// a server's transcript of an inbound session it refused is none (a
// Postfix bounce with an outbound transcript stays one); a new address
// offered in prose, in any language, is no failed recipient.
func TestGatewayNoticesSessionsAndNewAddresses(t *testing.T) {
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"content gateway quarantined, auto-replied", `Return-Path: <>
From: Content Filter <filter@gw.firm-example.example>
To: vendor@supplier-example.example
Subject: Quarantine notice
Date: Thu, 3 Dec 2026 10:00:00 +0000
Auto-Submitted: auto-replied

Your e-mail to accounts@firm-example.example has been quarantined
because an attachment type is not allowed here.
`, Bounce, "accounts@firm-example.example"},
		{"server parked a message in its bad messages queue, X-Autoreply", `Return-Path: <>
From: Mail Server <server@mail.works-example.example>
To: sales@works-example.example
Subject: Problem with your message
Date: Thu, 3 Dec 2026 10:10:00 +0000
X-Autoreply: yes

The mail for planner@client-example.example was moved to the Bad Messages
queue; an administrator must release it.
`, Bounce, "planner@client-example.example"},
		{"a person's vacation reply, null path", `Return-Path: <>
From: Ann Lee <ann@office-example.example>
To: bob@home-example.example
Subject: Out of office: plans
Date: Thu, 3 Dec 2026 10:20:00 +0000
Auto-Submitted: auto-replied

I am away until Monday; for urgent matters write to desk@office-example.example.
`, AutoReply, "ann@office-example.example"},
		{"inbound session refused by the server", `Return-Path: <>
From: MAILER-DAEMON@mx.clinic-example.example (Mail Delivery System)
To: postmaster@mx.clinic-example.example
Subject: Postfix SMTP server: errors from client.isp-example.example[198.51.100.7]
Date: Thu, 3 Dec 2026 10:30:00 +0000
Auto-Submitted: auto-generated

Transcript of session follows.

 Out: 220 mx.clinic-example.example ESMTP
 In:  HELO client.isp-example.example
 Out: 250 mx.clinic-example.example
 In:  MAIL FROM:<promo@isp-example.example>
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<nobody@clinic-example.example>
 Out: 550 5.1.1 <nobody@clinic-example.example>: Recipient address rejected: User unknown
 In:  QUIT
 Out: 221 2.0.0 Bye
`, NotBounce, ""},
		{"Postfix bounce with an outbound transcript", `Return-Path: <>
From: MAILER-DAEMON@mx.clinic-example.example (Mail Delivery System)
To: nurse@clinic-example.example
Subject: Undelivered Mail Returned to Sender
Date: Thu, 3 Dec 2026 10:40:00 +0000

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lab@partner-example.example>: host mx.partner-example.example[203.0.113.4] said:
    550 5.1.1 <lab@partner-example.example>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)
`, Bounce, "lab@partner-example.example"},
		{"German: moved, new address in prose", `Return-Path: <>
From: Mail-Administrator <postmaster@werk-example.example>
To: kunde@shop-example.example
Subject: Unzustellbar: Anfrage
Date: Thu, 3 Dec 2026 10:50:00 +0000

Ihre Nachricht an h.berg@werk-example.example konnte nicht zugestellt werden.
550 5.1.6 Empfänger unbekannt. Herr Berg ist nun unter h.berg@berg-neu.example
erreichbar; bitte senden Sie Ihre Anfrage künftig an hberg@berg-neu.example.
`, Bounce, "h.berg@werk-example.example"},
		{"Dutch and Spanish: new address in prose", `Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.bedrijf-example.example>
To: klant@winkel-example.example
Subject: Onbestelbaar: offerte
Date: Thu, 3 Dec 2026 11:00:00 +0000

Uw bericht aan j.visser@bedrijf-example.example kon niet worden bezorgd.
550 5.1.6 Mailbox bestaat niet meer. Zijn nieuwe adres is jan@visser-example.example.
Su nueva dirección es jan.v@visser-example.example; escriba a info@visser-example.example.
`, Bounce, "j.visser@bedrijf-example.example"},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}

// A list manager's refusal of a non-member's post is a bounce for the
// list (named by the returned post when the sentence names none); a hold
// for the moderator, whatever its reason, is none. A colleague's forward
// of an Exchange NDR signed "System Administrator" is read as the
// forwarded bounce; a person who only mentions a bounce gives nothing.
func TestListRefusalsAndForwardedNDRs(t *testing.T) {
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"fml-style refusal, list named only by the returned post", `Return-Path: <>
From: birders-admin@ml.birds-example.example
To: kenji@home-example.example
Subject: fml status report (birders ML)
Date: Thu, 3 Dec 2026 12:00:00 +0900
X-MLServer: fml [fml 4.0.3]
Precedence: junk
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain

Your post was refused: you (kenji@home-example.example) are not a member of
this group, and only members may post to birders ML.

--b1
Content-Type: message/rfc822

From: kenji@home-example.example
To: birders@ml.birds-example.example
Subject: Owls at dusk

Seen three tonight.
--b1--
`, Bounce, "birders@ml.birds-example.example"},
		{"refusal of a post sent to a person with the list in Cc", `Return-Path: <>
From: choir-admin@ml.choir-example.example
To: mika@home-example.example
Subject: fml status report (choir ML)
Date: Thu, 3 Dec 2026 12:05:00 +0900
X-MLServer: fml [fml 4.0.3]
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b2"

--b2
Content-Type: text/plain

Your post was refused: you are not a member of the mailing list, and
only members may post to it.

--b2
Content-Type: message/rfc822

From: mika@home-example.example
To: aiko@friends-example.example
Cc: choir@ml.choir-example.example
Subject: Rehearsal

Tuesday at seven.
--b2--
`, Bounce, "choir@ml.choir-example.example"},
		{"Mailman-style hold for a non-member post", `From: kayak-club-owner@lists.kayak-example.example
To: visitor@home-example.example
Subject: Your message to Kayak-club awaits moderator approval
Date: Thu, 3 Dec 2026 12:10:00 +0000
X-List-Administrivia: yes

Your mail to 'Kayak-club' with the subject "Trip" is being held until the
list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list
`, NotBounce, ""},
		{"colleague forwards an Exchange NDR inline", `From: Front Office <frontoffice@clinic-example.example>
To: billing@clinic-example.example
Subject: FW: Undeliverable: Appointment reminder
Date: Thu, 3 Dec 2026 12:20:00 +0000

This one bounced again, can you phone the patient?

-----Original Message-----
From: System Administrator
Sent: Thursday, December 03, 2026 11:58 AM
To: Reminders
Subject: Undeliverable: Appointment reminder

Your message did not reach some or all of the intended recipients.

The following recipient(s) could not be reached:

      j.ortiz@patient-mail.example on 12/3/2026 11:58 AM
            You do not have permission to send to this recipient.
            <mx.clinic-example.example #5.7.1 smtp;550 5.7.1 relaying denied>
`, Bounce, "j.ortiz@patient-mail.example"},
		{"a person only mentions the bounce", `From: Front Office <frontoffice@clinic-example.example>
To: billing@clinic-example.example
Subject: FW: Undeliverable: Appointment reminder
Date: Thu, 3 Dec 2026 12:30:00 +0000

The reminder to j.ortiz@patient-mail.example came back undeliverable
again; the System Administrator says the address is wrong. Can you phone?
`, NotBounce, ""},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}

// A challenge-response service's auto-reply is reported for the person it
// protects, named once in its text; a held message "until you join my
// list of approved senders" is no list manager's hold. A robot's reply
// naming two people, or a person's own vacation reply, keeps its From.
func TestChallengeResponseProtectedPerson(t *testing.T) {
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"challenge naming the protected person", `Return-Path: <challenge@shield-example.example>
From: MailShield <no-reply@shield-example.example>
To: shop@store-example.example
Subject: Please confirm your message
Date: Thu, 3 Dec 2026 13:00:00 +0000
Auto-Submitted: auto-replied

Your message to Dana Kim (dana.kim@home-example.example) is held until you
confirm that you are a person. Ask to be put on her list of approved senders.
`, AutoReply, "dana.kim@home-example.example"},
		{"Portuguese challenge", `From: Filtro <antispam@provedor-example.example>
To: loja@store-example.example
Subject: Confirme o envio
Date: Thu, 3 Dec 2026 13:10:00 +0000
Auto-Submitted: auto-replied

A sua mensagem para ana.lima@provedor-example.example aguarda confirmação.
`, AutoReply, "ana.lima@provedor-example.example"},
		{"robot acknowledgement naming two people keeps its From", `From: Desk <notify@desk-example.example>
To: client@home-example.example
Subject: We got your request
Date: Thu, 3 Dec 2026 13:20:00 +0000
Auto-Submitted: auto-replied

Thanks. Agents amy@desk-example.example or raj@desk-example.example will answer.
`, AutoReply, "notify@desk-example.example"},
		{"a help desk's acknowledgement naming the agent keeps its From", `From: Acme Service <notifications@service-example.example>
To: client@home-example.example
Subject: Automatic reply: order 7781
Date: Thu, 3 Dec 2026 13:25:00 +0000
Auto-Submitted: auto-replied

Thank you for writing to Acme. Ticket 7781 is open; your account manager,
ravi.shah@service-example.example, answers within one working day.
`, AutoReply, "notifications@service-example.example"},
		{"a person's vacation reply naming a colleague", `From: Lena Fox <lena@office-example.example>
To: client@home-example.example
Subject: Automatic reply: offer
Date: Thu, 3 Dec 2026 13:30:00 +0000
Auto-Submitted: auto-replied

I am away; please write to tom@office-example.example meanwhile.
`, AutoReply, "lena@office-example.example"},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}

// "Auto-Submitted: auto-replied" says a program answered a message; a
// notification that answers none (a signing service, a ticket's status, a
// quarantine digest) is no auto-reply, while a real one names the message
// it answers, has an auto-reply's subject, or speaks of an absence.
func TestAutoRepliedNotificationsAnswerNothing(t *testing.T) {
	for _, c := range []struct {
		name, msg string
		want      Kind
	}{
		{"a contract service's status mail", `From: SignIt <robot@signit-example.example>
To: legal@shop-example.example
Subject: Envelope 8812 was signed by all parties
Date: Thu, 3 Dec 2026 14:00:00 +0000
Auto-Submitted: auto-replied

Everyone has signed "Supply agreement 2027". Download the signed copy below.
`, NotBounce},
		{"a quarantine digest", `From: Gateway <digest@filter-example.example>
To: ops@shop-example.example
Subject: 4 messages held for you
Date: Thu, 3 Dec 2026 14:05:00 +0000
Auto-Submitted: auto-replied

These messages were held and not delivered to your inbox:
  Release | Allow   From: promo@deals-example.example   Subject: Big sale
`, NotBounce},
		{"an auto-reply that names the message it answers", `From: Ole Berg <ole@firm-example.example>
To: news@shop-example.example
Subject: Winter catalogue
In-Reply-To: <cat-2027@shop-example.example>
Date: Thu, 3 Dec 2026 14:10:00 +0000
Auto-Submitted: auto-replied

Takk for e-posten.
`, AutoReply},
		{"an auto-reply that speaks of an absence", `From: Ida Moe <ida@firm-example.example>
To: news@shop-example.example
Subject: Winter catalogue
Date: Thu, 3 Dec 2026 14:15:00 +0000
Auto-Submitted: auto-replied

I am away until 10 December, with limited access to email.
`, AutoReply},
		{"a reply's subject with a holiday in German", `From: Uwe Kranz <uwe@firma-example.example>
To: news@shop-example.example
Subject: Re: Winterkatalog
Date: Thu, 3 Dec 2026 14:20:00 +0000
Auto-Submitted: auto-replied

Ich bin bis 10. Dezember nicht erreichbar.
`, AutoReply},
		{"X-Autoreply and a holiday in Spanish", `From: Ana Ruiz <ana@empresa-example.example>
To: news@shop-example.example
Subject: Catalogo de invierno
Date: Thu, 3 Dec 2026 14:25:00 +0000
X-Autoreply: yes

Estoy de vacaciones hasta el 10 de diciembre.
`, AutoReply},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, m.Kind, c.want)
		}
	}
}

// A list's command and owner addresses that a notice's prose gives after
// the failed recipient (how to join, whom to ask) are no second
// recipient; one the notice names as the address it could not deliver
// to is still the recipient.
func TestListCommandAddressesInProse(t *testing.T) {
	head := "From: Mail Delivery System <MAILER-DAEMON@lists.example.org>\nTo: kim@example.net\n" +
		"Subject: Undeliverable: Rota\nDate: Mon, 07 Dec 2026 09:00:00 +0000\nReturn-Path: <>\n" +
		"Content-Type: text/plain\n\n"
	for _, c := range []struct{ name, body, want string }{
		{"join by +subscribe", "Delivery of your message to choir@lists.example.org failed: only members may post.\n" +
			"Members can join by writing to choir+subscribe@lists.example.org and then post again.\n", "choir@lists.example.org"},
		{"request and owner", "Your post to hikers@lists.example.org was rejected: the sender is not subscribed.\n" +
			"Send \"subscribe\" to hikers-request@lists.example.org, or ask owner-hikers@lists.example.org\n" +
			"or hikers-owner@lists.example.org for help; to leave, mail hikers-leave@lists.example.org.\n", "hikers@lists.example.org"},
		{"the request address failed", "I could not deliver your message to chess-request@lists.example.org:\n" +
			"the mailbox is unavailable.\n", "chess-request@lists.example.org"},
	} {
		m := parseText(t, c.name, head+c.body)
		if got := addresses(m); got != c.want {
			t.Errorf("%s: recipients %q, want only %s", c.name, got, c.want)
		}
	}
}
