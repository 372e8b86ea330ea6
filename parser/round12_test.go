package parser

import "testing"

// A mail system's bounce whose returned message is a person's forward of
// another bounce ("Fwd: Undelivered Mail…") reports the forward's
// addressee: the outer message is a bounce by its own header, so the
// forward inside is the message that failed, not hearsay.
func TestBounceReturningPersonsForward(t *testing.T) {
	msg := "From: MAILER-DAEMON@relay.coast-example.example\nReturn-Path: <>\n" +
		"To: lena@dock-example.example\nSubject: Returned mail: User unknown\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\n" +
		"Your message could not be delivered. The account of the addressee has been removed.\n\n" +
		"--r\nContent-Type: message/rfc822\n\nFrom: Lena <lena@dock-example.example>\nTo: formerstaff@coast-example.example\n" +
		"Subject: Fwd: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"My invoice to tom@buyer-example.example bounced with 550 5.1.1, do you know his new address?\n--r--\n"
	m := parseText(t, "bounce returning a forward", msg)
	if m.Kind != Bounce || addresses(m) != "formerstaff@coast-example.example" {
		t.Errorf("kind %v recipients %q, want formerstaff@coast-example.example", m.Kind, addresses(m))
	}
	// The same forward passed on by a person (no bounce header outside)
	// stays hearsay.
	person := "From: Lena <lena@dock-example.example>\nTo: desk@dock-example.example\nSubject: Fwd: Fwd: Delivery Status Notification (Failure)\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"r\"\n\n--r\nContent-Type: text/plain\n\nSee this.\n\n" +
		"--r\nContent-Type: message/rfc822\n\nFrom: Lena <lena@dock-example.example>\nTo: formerstaff@coast-example.example\n" +
		"Subject: Fwd: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"My invoice to tom@buyer-example.example bounced with 550 5.1.1, do you know his new address?\n--r--\n"
	if m := parseText(t, "person passes on hearsay", person); m.Kind == Bounce {
		t.Errorf("person's forward of hearsay: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A colleague's forward that quotes an NDR inline, itself forwarded as an
// attachment: the quoted block's own header lines (From:/发件人: a mail
// system, Subject:/主题: a bounce subject) are the NDR's header, so the
// bounce inside is read. A quoted block from a person is not.
func TestAttachedForwardQuotingNDRHeader(t *testing.T) {
	wrap := func(inner string) string {
		return "From: Ana <ana@pier-example.example>\nTo: helpdesk@pier-example.example\nSubject: Fwd: Fwd: Mail delivery failed\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"w\"\n\n--w\nContent-Type: text/plain\n\nPlease check.\n\n" +
			"--w\nContent-Type: message/rfc822\n\nFrom: Rui <rui@pier-example.example>\nTo: ana@pier-example.example\n" +
			"Subject: Fwd: Mail delivery failed\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nFYI\n\n" + inner + "\n--w--\n"
	}
	cases := map[string]string{
		"qq": "------------------ Original ------------------\n发件人: \"系统退信\" <postmaster@qq.com>\n主题: 退信：合同草案\n\n" +
			"您的邮件未能送达。\n收件人: kai@client2-example.example\n退信原因: 收件人地址不存在 (550 5.1.1 No such user)\n",
		"netease": "-------- 转发的邮件 --------\n发件人: \"Mail Delivery Subsystem\" <postmaster@126.com>\n主题: 系统退信\n\n" +
			"您发送的邮件被退回。\n收件人：kai@client2-example.example\n退信原因：收件人不存在 550 5.1.1\n",
		"generic": "---------- Forwarded message ----------\nFrom: MAILER-DAEMON@mail.tinyhost-example.example\nDate: Tue, 3 Mar 2026 09:12:00 +0000\n" +
			"Subject: Undeliverable mail\n\nDelivery to the following address failed:\n\n  kai@client2-example.example\n\nServer said: 550 5.1.1 no such mailbox\n",
	}
	for name, inner := range cases {
		m := parseText(t, name, wrap(inner))
		if m.Kind != Bounce || addresses(m) != "kai@client2-example.example" {
			t.Errorf("%s: kind %v recipients %q, want kai@client2-example.example", name, m.Kind, addresses(m))
		}
	}
	person := "---------- Forwarded message ----------\nFrom: Tomas <tomas@client2-example.example>\nSubject: Undeliverable mail\n\n" +
		"Hi, your mail to kai@client2-example.example came back to me with 550 5.1.1, odd.\n"
	if m := parseText(t, "person quoted", wrap(person)); m.Kind == Bounce {
		t.Errorf("a person's quoted mail: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A desk's automatic acknowledgement is no vacation when it names the
// ticket's id after a label (in its text or its subject), or says it
// registered the request, in whatever language, and has no words of
// absence. A person's auto-reply that only says the mail arrived, or
// an absence reply that names a ticket, stays an auto-reply.
func TestTicketIDNamesAnAcknowledgement(t *testing.T) {
	msg := func(subject, body string) string {
		return "From: Support <care@vendor-example.example>\nTo: orders@buyer-example.example\n" +
			"Subject: " + subject + "\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	cases := []struct {
		name, subject, body string
		want                Kind
	}{
		{"case label", "Re: Pallet order", "Thanks for reaching out.\nCase # 00412877\nStatus: New", NotBounce},
		{"subject id only", "[Ticket#20261204] Re: Pallet order", "Thank you for your e-mail. An agent will answer soon.", NotBounce},
		{"bracketed id", "[#OPS-4410]: Pallet order", "This automated reply confirms we got your mail. Someone will follow up.", NotBounce},
		{"pl", "Re: Zamówienie", "Dziękujemy za wiadomość. Numer zgłoszenia: 7781-PL. Odpowiemy wkrótce.", NotBounce},
		{"ja", "Re: ご注文", "お問い合わせありがとうございます。\n受付番号：A5521\n担当者よりご連絡いたします。", NotBounce},
		{"zh", "Re: 订单", "您好，您的问题已记录。工单号：20261203-77，我们会尽快处理。", NotBounce},
		{"registered, no number", "Re: Pallet order", "Hello, we have registered your request and will process it shortly.", NotBounce},
		{"absence with id", "Out of office: Pallet order", "I am on annual leave until 6 January. Ticket ID: 5521 is handled by my colleague.", AutoReply},
		{"person's received", "Re: Pallet order", "Your message has been received. My address changes on 1 May; please update your address book.", AutoReply},
	}
	for _, c := range cases {
		if m := parseText(t, c.name, msg(c.subject, c.body)); m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v", c.name, m.Kind, c.want)
		}
	}
}

// A content filter's alert to its own administrator about an inbound
// message it blocked names that message's sender and recipient, but no
// mail of the reader's failed: no bounce, whichever filter words it. A
// bounce that asks its reader to pass it on to the administrator stays
// a bounce.
func TestFilterAlertToAdministratorIsNoBounce(t *testing.T) {
	msg := func(from, subject, body string) string {
		return "From: " + from + "\nTo: hostmaster@inbound-example.example\nSubject: " + subject +
			"\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body + "\n"
	}
	for name, c := range map[string][3]string{
		"rspamd-like": {"Filter <filter@mx2.inbound-example.example>", "Filter: message to yusuf@inbound-example.example rejected (score 21.0)",
			"Action: reject\nFrom: promo@bulk-example.example\nRcpt: yusuf@inbound-example.example\n\nThis report is sent only to the administrators of mx2.inbound-example.example."},
		"amavis-like": {"\"Content-filter at gw.inbound-example.example\" <postmaster@inbound-example.example>", "INFECTED (Eicar-Test) in message to yusuf@inbound-example.example",
			"A message from <promo@bulk-example.example> to:\n  -> yusuf@inbound-example.example\n\nwas quarantined as virus-Q81z.\n\nThis notification is for the administrator of inbound-example.example."},
	} {
		if m := parseText(t, name, msg(c[0], c[1], c[2])); m.Kind == Bounce {
			t.Errorf("%s: kind %v recipients %q, want no bounce", name, m.Kind, addresses(m))
		}
	}
	bounce := "Return-Path: <>\nFrom: MAILER-DAEMON@gw.inbound-example.example\nTo: promo@bulk-example.example\n" +
		"Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Your message to yusuf@inbound-example.example was rejected: 550 5.7.1 message content rejected.\n" +
		"Please forward this notice to your administrator.\n"
	if m := parseText(t, "bounce for the administrator", bounce); m.Kind != Bounce || addresses(m) != "yusuf@inbound-example.example" {
		t.Errorf("bounce: kind %v recipients %q, want yusuf@inbound-example.example", m.Kind, addresses(m))
	}
}

// A person's forward (a forward's subject, no sign of a program) that
// only tells of a bounce and quotes its code line with a question is
// hearsay, as an attached one is; a forward that pastes the NDR itself,
// its mail system's layout or header block, stays the bounce.
func TestPersonsForwardTellingOfBounce(t *testing.T) {
	msg := func(body string) string {
		return "From: Rosa Lind <rosa@studio-example.example>\nTo: it@studio-example.example\n" +
			"Subject: Fwd: Mail delivery failed: returning message to sender\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body + "\n"
	}
	hearsay := "Could you check this? I got it back after mailing the printer. Their server answered:\n\n" +
		"      550 5.1.1 <orders@print-example.example>: mailbox unavailable\n\nIs the address wrong?\nRosa"
	if m := parseText(t, "hearsay", msg(hearsay)); m.Kind == Bounce {
		t.Errorf("hearsay: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
	pasted := "Could you check this?\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <Mailer-Daemon@mx.studio-example.example>\n" +
		"Subject: Mail delivery failed: returning message to sender\n\n" +
		"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n" +
		"recipients. This is a permanent error. The following address(es) failed:\n\n  orders@print-example.example\n" +
		"    host mx.print-example.example [192.0.2.8]\n    SMTP error from remote mail server after RCPT TO:<orders@print-example.example>:\n" +
		"    550 5.1.1 mailbox unavailable\n"
	if m := parseText(t, "pasted NDR", msg(pasted)); m.Kind != Bounce || addresses(m) != "orders@print-example.example" {
		t.Errorf("pasted NDR: kind %v recipients %q, want orders@print-example.example", m.Kind, addresses(m))
	}
}

// Automatic replies in Indonesian, Malay, Korean, Thai and Vietnamese
// answer the mail (their subject prefix, "your email" or words of
// absence): vacation replies naming their sender.
func TestSoutheastAsianAndKoreanAutoReplies(t *testing.T) {
	msg := func(subject, body string) string {
		return "From: Staff <staff@office-example.example>\nTo: news@sender-example.example\nSubject: " + subject +
			"\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	for name, c := range map[string][2]string{
		"id": {"Balasan otomatis: Katalog 2027", "Mohon maaf, saya sedang berlibur hingga 4 Januari."},
		"ms": {"Balasan automatik: Sebut harga", "Terima kasih atas e-mel anda. Saya sedang bercuti sehingga Isnin."},
		"ko": {"[자동응답] 견적 요청", "지방 출장중이라 답장이 늦어질 수 있습니다."},
		"th": {"ตอบกลับอัตโนมัติ: ใบเสนอราคา", "ขอบคุณสำหรับอีเมลของคุณ ดิฉันลาพักผ่อนถึงวันจันทร์"},
		"vi": {"Trả lời tự động: Báo giá", "Tôi đang nghỉ phép đến ngày 5 tháng 1."},
	} {
		m := parseText(t, name, msg(c[0], c[1]))
		if m.Kind != AutoReply || addresses(m) != "staff@office-example.example" {
			t.Errorf("%s: kind %v recipients %q, want an auto-reply from staff@office-example.example", name, m.Kind, addresses(m))
		}
	}
}

// A Vietnamese give-up notice (the server tried for days, stopped
// retrying, and returns the message) is a bounce for the returned
// message's recipient, though it marks itself auto-replied.
func TestVietnameseGiveUpIsBounce(t *testing.T) {
	msg := "Return-Path: <>\nFrom: Mail Server <mailer@hanoi-example.example>\nTo: sales@hanoi-example.example\n" +
		"Subject: Thông báo lỗi gửi thư\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"v\"\n\n" +
		"--v\nContent-Type: text/plain; charset=utf-8\n\nThư không gửi được sau 5 ngày; máy chủ đã ngừng thử lại.\n\n" +
		"--v\nContent-Type: message/rfc822\n\nFrom: sales@hanoi-example.example\nTo: buyer@danang-example.example\nSubject: Báo giá\n\nKính gửi.\n--v--\n"
	if m := parseText(t, "vi give-up", msg); m.Kind != Bounce || addresses(m) != "buyer@danang-example.example" {
		t.Errorf("kind %v recipients %q, want buyer@danang-example.example", m.Kind, addresses(m))
	}
}

// A security gateway's Japanese notice that a message was not delivered
// for the recipient organisation's policy, and a Russian sending
// service's notice that a campaign mail was not sent to an address, are
// bounces for the address they name, though both come from a no-reply
// robot marked auto-replied.
func TestGatewayAndSendingServiceNotSentNotices(t *testing.T) {
	msg := func(from, subject, body string) string {
		return "Return-Path: <>\nFrom: " + from + "\nTo: owner@shop-example.example\nSubject: " + subject +
			"\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
	}
	for name, c := range map[string][4]string{
		"ja gateway": {"Mail Guard <noreply@guard.kobe-example.example>", "送信エラー: 添付ファイル制限",
			"宛先 somu@kobe-example.example の組織のポリシーにより、このメールは届けられませんでした。\n\n  554 5.7.1 attachment type not allowed\n", "somu@kobe-example.example"},
		"ru sending service": {"Рассылка <noreply@mailer.tula-example.example>", "Письмо не отправлено: подписчик отписался",
			"Письмо «Новинки» не было отправлено на адрес:\n\nivan.p@tula-example.example\n\nПричина: адрес отписался от рассылок.\n", "ivan.p@tula-example.example"},
	} {
		m := parseText(t, name, msg(c[0], c[1], c[2]))
		if m.Kind != Bounce || addresses(m) != c[3] {
			t.Errorf("%s: kind %v recipients %q, want %s", name, m.Kind, addresses(m), c[3])
		}
	}
}

// A list manager's refusal of a non-subscriber's post, sent from the
// list's -request alias with no list headers, fails for the list.
func TestListRequestAliasRefusesNonSubscriber(t *testing.T) {
	msg := "From: birding-l-request@lists.marsh-example.example\nTo: visitor@home-example.example\n" +
		"Subject: Your post to birding-l\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Thank you for your message to 'birding-l@lists.marsh-example.example'.\n\n" +
		"It was not distributed: visitor@home-example.example is not subscribed to the list. Subscribe first, then post again.\n"
	m := parseText(t, "request alias", msg)
	if m.Kind != Bounce || addresses(m) != "birding-l@lists.marsh-example.example" {
		t.Errorf("kind %v recipients %q, want birding-l@lists.marsh-example.example", m.Kind, addresses(m))
	}
}

// A compliance gateway that holds the reader's message for a reviewer
// names it in a summary of its header: the held recipient, delayed, not
// failed. A challenge-response robot that holds mail until the sender
// verifies himself stays an auto-reply.
func TestGatewayHoldForReviewNamesHeldRecipient(t *testing.T) {
	msg := func(body string) string {
		return "From: Compliance Gateway <compliance-noreply@fjord-example.example>\nTo: ole@fjord-example.example\n" +
			"Subject: Message on hold\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body + "\n"
	}
	held := "The message below is held pending review by a data-protection officer.\n\n" +
		"From:    ole@fjord-example.example\nTo:      payroll@bureau-example.example\nSubject: Salaries March\n\n" +
		"It is released or deleted within one working day.\n"
	m := parseText(t, "held", msg(held))
	if m.Kind != Bounce || addresses(m) != "payroll@bureau-example.example" || m.Recipients[0].Action != "delayed" {
		t.Errorf("held: kind %v recipients %q, want payroll@bureau-example.example delayed", m.Kind, addresses(m))
	}
	challenge := "Your message is held pending review until you verify yourself: please click the link below to confirm you are a real sender.\n\n" +
		"From:    ole@fjord-example.example\nTo:      payroll@bureau-example.example\nSubject: Salaries March\n"
	if m := parseText(t, "challenge", msg(challenge)); m.Kind == Bounce {
		t.Errorf("challenge: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A Russian delay warning ("not yet delivered … this is only a warning …
// delivery attempts will go on") reports a delay, not a failure.
func TestRussianDelayWarningIsDelayed(t *testing.T) {
	msg := "Return-Path: <>\nFrom: MAILER-DAEMON@mx.volga-example.example\nTo: shop@volga-example.example\n" +
		"Subject: Задержка доставки письма\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Ваше письмо ещё не доставлено получателю:\n\n  zakaz@kama-example.example\n    451 4.4.1 сервер не отвечает\n\n" +
		"Это лишь предупреждение: попытки доставки будут продолжены в течение 4 суток.\n"
	m := parseText(t, "ru delay", msg)
	if m.Kind != Bounce || addresses(m) != "zakaz@kama-example.example" || m.Recipients[0].Action != "delayed" {
		t.Errorf("kind %v recipients %q, want zakaz@kama-example.example delayed", m.Kind, addresses(m))
	}
}

// A known MTA's plain-text success report, whose only code is the next
// hop's 2xx acceptance, says nothing failed: no record. The same layout
// with a failure code stays a bounce.
func TestPlainSuccessReportWithAcceptCodeIsNoBounce(t *testing.T) {
	msg := func(line string) string {
		return "Return-Path: <>\nFrom: MAILER-DAEMON@relay.kestrel-example.example\nTo: clerk@kestrel-example.example\n" +
			"Subject: Delivery report\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
			"This is the mail system at host relay.kestrel-example.example.\n\n" +
			"Your message was successfully delivered to the destination(s) listed below.\n\n                   The mail system\n\n" + line + "\n"
	}
	ok := "<audit@owl-example.example>: delivered via mx.owl-example.example[198.51.100.9]:25: 250 2.0.0 Accepted for delivery"
	if m := parseText(t, "success", msg(ok)); m.Kind == Bounce {
		t.Errorf("success: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
	failed := "<audit@owl-example.example>: host mx.owl-example.example[198.51.100.9] said: 550 5.1.1 no such user"
	if m := parseText(t, "failure", msg(failed)); m.Kind != Bounce || addresses(m) != "audit@owl-example.example" {
		t.Errorf("failure: kind %v recipients %q, want audit@owl-example.example", m.Kind, addresses(m))
	}
}

// A mail system's policy tip on a message that went through (it was
// delivered, a copy went to compliance) reports no failure; the same
// notice that says the message was blocked stays a bounce.
func TestPolicyTipOnDeliveredMessageIsNoBounce(t *testing.T) {
	msg := func(outcome string) string {
		return "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lark-example.example>\n" +
			"To: finance@lark-example.example\nSubject: Notification: Payroll export\nAuto-Submitted: auto-generated\n" +
			"MIME-Version: 1.0\nContent-Type: text/plain\n\nYour message matched a data-protection rule.\n\n" +
			"Subject: Payroll export\nRecipients: payroll@bureau2-example.example\n\n" + outcome + "\n"
	}
	if m := parseText(t, "delivered", msg("It contains national insurance numbers. It was delivered and your manager was told.")); m.Kind == Bounce {
		t.Errorf("delivered: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
	if m := parseText(t, "blocked", msg("It contains national insurance numbers. Your message was blocked and was not delivered.")); m.Kind != Bounce {
		t.Errorf("blocked: kind %v recipients %q, want a bounce", m.Kind, addresses(m))
	}
}
