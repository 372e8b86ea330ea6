package parser

import (
	"strings"
	"testing"
)

// A mail server's own notice about an account or a calendar (a quota
// warning, a password about to expire, a meeting forwarded) comes from
// the address its bounces come from, and names addresses and reason
// words; it gives no records. Each has a bounce beside it, from the same
// kind of sender and on the same topic, that still does. The messages
// are written for the class of issue 12 (near-misses of batch-06), not
// copied from it.
func TestAccountNoticesAreNoBounces(t *testing.T) {
	for _, c := range []struct {
		name      string
		msg       string
		want      Kind
		recipient string // the failed recipient of a bounce
	}{
		{"quota warning at 85% quoting the refusal to come", `From: Mail Administrator <postmaster@mx.webhost-example.example>
To: lena.berg@studio-example.example
Subject: Mailbox usage warning
Date: Mon, 7 Dec 2026 06:00:00 +0000
Message-ID: <qw1@mx.webhost-example.example>

Dear user,

the mailbox lena.berg@studio-example.example has reached 85 % of its
quota (850 MB of 1000 MB). Once it is full, incoming mail will be
refused with "mailbox over quota". Please empty the Trash folder.
`, NotBounce, ""},
		{"a full mailbox at 100%: the same sender's bounce", `Return-Path: <>
From: Mail Administrator <postmaster@mx.webhost-example.example>
To: tom@agency-example.example
Subject: Mailbox over quota
Date: Mon, 7 Dec 2026 06:10:00 +0000

lena.berg@studio-example.example: mailbox is 100% full, message refused.
`, Bounce, "lena.berg@studio-example.example"},
		{"Chinese quota warning (92%, 容量即将用完)", `From: =?UTF-8?B?57O757uf566h55CG5ZGY?= <postmaster@mail.trade-example.cn>
To: lili@trade-example.cn
Subject: =?UTF-8?B?6YKu566x5a656YeP5o+Q6YaS?=
Date: Tue, 8 Dec 2026 09:00:00 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

您好，您的邮箱 lili@trade-example.cn 已使用 92% 的空间，容量即将用完。
请及时清理邮件，以免影响收信。
`, NotBounce, ""},
		{"Chinese bounce for a full mailbox from the same postmaster", `Return-Path: <>
From: =?UTF-8?B?57O757uf566h55CG5ZGY?= <postmaster@mail.trade-example.cn>
To: lili@trade-example.cn
Subject: =?UTF-8?B?6YKu5Lu25oqV6YCS5aSx6LSl?=
Date: Tue, 8 Dec 2026 09:05:00 +0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

您发送给 wang.fang@port-example.cn 的邮件投递失败：对方邮箱容量已满。
`, Bounce, "wang.fang@port-example.cn"},
		{"password expiry notice from the Exchange system mailbox", `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp-example.example>
To: r.haddad@corp-example.example
Subject: Password expiry reminder
Date: Wed, 9 Dec 2026 07:30:00 +0000

The password of the account r.haddad@corp-example.example will expire in
3 days. Change it in Outlook on the web under Settings > Password.
`, NotBounce, ""},
		{"an expired account's bounce from a MAILER-DAEMON", `Return-Path: <>
From: MAILER-DAEMON@mx.partner-example.example
To: r.haddad@corp-example.example
Subject: Message refused
Date: Wed, 9 Dec 2026 07:40:00 +0000

j.moreau@partner-example.example: the account has expired and takes
no more mail.
`, Bounce, "j.moreau@partner-example.example"},
		{"German password expiry (Kennwort läuft in 7 Tagen ab)", `From: Postmaster <postmaster@mail.praxis-example.example>
To: empfang@praxis-example.example
Subject: =?UTF-8?Q?Kennwort_l=C3=A4uft_bald_ab?=
Date: Thu, 10 Dec 2026 08:00:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Das Kennwort des Kontos empfang@praxis-example.example läuft in 7 Tagen ab.
Bitte vergeben Sie im Webmail ein neues Kennwort.
`, NotBounce, ""},
		{"German bounce from the same postmaster", `Return-Path: <>
From: Postmaster <postmaster@mail.praxis-example.example>
To: empfang@praxis-example.example
Subject: Nachricht abgewiesen
Date: Thu, 10 Dec 2026 08:10:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Die Nachricht konnte nicht zugestellt werden an:

  labor@klinik-example.example
  Das Postfach ist gesperrt.
`, Bounce, "labor@klinik-example.example"},
		{"Exchange meeting-forward notice naming the new attendees", `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firm-example.example>
To: p.novak@firm-example.example
Subject: Meeting Forward Notification: Quarterly review
Date: Fri, 11 Dec 2026 12:00:00 +0000

Nadia Khan <n.khan@firm-example.example> has forwarded your meeting
request to additional recipients.

Meeting: Quarterly review
When: Tuesday, 15 December 2026 14:00-15:00

Recipients:
omar.said@auditors-example.example
l.chen@auditors-example.example
`, NotBounce, ""},
		{"Exchange NDR for a meeting request", `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firm-example.example>
To: p.novak@firm-example.example
Subject: Undeliverable: Quarterly review
Date: Fri, 11 Dec 2026 12:05:00 +0000

Your message to omar.said@auditors-example.example couldn't be delivered.

omar.said wasn't found at auditors-example.example.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
`, Bounce, "omar.said@auditors-example.example"},
	} {
		m, err := Parse(strings.NewReader(c.msg))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v (recipients %+v)", c.name, m.Kind, c.want, m.Recipients)
			continue
		}
		if c.want == Bounce && (len(m.Recipients) != 1 || m.Recipients[0].Address != c.recipient) {
			t.Errorf("%s: recipients %+v, want %s", c.name, m.Recipients, c.recipient)
		}
	}
}

// A threshold is a percentage under 100, the mark a warning is sent at.
func TestHasThreshold(t *testing.T) {
	for text, want := range map[string]bool{
		"your mailbox is 90% full":               true,
		"ist zu 85 % belegt":                     true,
		"已使用95%的空间":                              true,
		"已使用 80％":                                true,
		"usage: 97.5% of 2 gb":                   true,
		"mailbox is 100% full":                   false,
		"quota at 120%":                          false,
		"see https://example.org/a%2fb?x=1%20y":  false,
		"format %s of %d":                        false,
		"0% used":                                false,
		"100 percent of 5 gb, no sign at all":    false,
		"550 5.2.2 mailbox full (quota 5000 mb)": false,
	} {
		if got := hasThreshold(text); got != want {
			t.Errorf("hasThreshold(%q) = %v, want %v", text, got, want)
		}
	}
}
