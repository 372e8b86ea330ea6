package parser

import (
	"strings"
	"testing"
)

// Ordinary mail that carries one sign of a bounce or an auto-reply that
// whoever sends may write (a subject, a display name, a list's
// Precedence) gives no records; the same sign backed by evidence still
// does. The messages are written for the classes of issue 12 ("False
// bounces on ordinary mail"), not copied from a sample.
func TestOrdinarySignsNeedEvidence(t *testing.T) {
	for _, c := range []struct {
		name string
		msg  string
		want Kind
	}{
		{"person's subject with a bounce word, only success codes quoted", `From: Priya Natarajan <priya@shop-example.example>
To: ops@mailer-example.example
Subject: Delivery failure reports from our customers?
Date: Mon, 2 Mar 2026 09:00:00 +0100
Message-ID: <p1@shop-example.example>

Hi team,

Two customers (karl@north-example.example and lena@south-example.example)
say our receipts never arrive. Your log shows "250 Ok: queued as 9F2A1"
for both. Could you check where they end up?

Priya
`, NotBounce},
		{"the same subject from a mail system's address", `From: MAILER-DAEMON@mx.shop-example.example
To: priya@shop-example.example
Subject: Delivery failure reports
Date: Mon, 2 Mar 2026 09:00:00 +0100

karl@north-example.example
    550 5.1.1 mailbox unavailable
`, Bounce},
		{"phishing under a mail system's display name, no code", `From: "Mail System" <quota-alerts@phish-example.example>
To: staff@victim-example.example
Subject: Action required: verify your account
Date: Tue, 3 Mar 2026 10:00:00 +0000

Your mailbox is almost full. Confirm your password at
verify@phish-example.example within 24 hours to keep receiving mail.
`, NotBounce},
		{"a mail system's display name with a failure code", `From: "Mail System" <relay-notices@gw-example.example>
To: anna@corp-example.example
Subject: Your message
Date: Tue, 3 Mar 2026 10:00:00 +0000

Your message to olaf@partner-example.example was refused:
    550 5.7.1 olaf@partner-example.example: relaying denied
`, Bounce},
		{"list post whose subject jokes about the office, Precedence: bulk", `From: Dana Reyes <dana@club-example.example>
To: hikers@lists.club-example.example
Subject: [hikers] Whole club on vacation next week?
Date: Wed, 4 Mar 2026 18:00:00 +0000
List-Id: Hiking club <hikers.lists.club-example.example>
List-Unsubscribe: <mailto:hikers-leave@lists.club-example.example>
Precedence: bulk

Half of you seem to be away from your desks anyway. Trail on Saturday?
`, NotBounce},
		{"an auto-reply that came through a list still says so", `From: Sam Ortiz <sam@club-example.example>
To: hikers@lists.club-example.example
Subject: Automatic reply: [hikers] Trail on Saturday?
Date: Wed, 4 Mar 2026 18:05:00 +0000
List-Id: Hiking club <hikers.lists.club-example.example>
Precedence: list
Auto-Submitted: auto-replied

I am on vacation until 16 March.
`, AutoReply},
		{"Outlook's Spanish auto-reply prefix on a machine-made message", `From: Lucia Ferrer <lucia@taller-example.example>
To: compras@proveedor-example.example
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica:_Pedido_3310?=
Date: Thu, 5 Mar 2026 08:00:00 +0100
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: lucia@taller-example.example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Estoy fuera hasta el lunes 9 de marzo.
`, AutoReply},
		{"Outlook's Polish auto-reply prefix with only Exchange's suppression field", `From: Tomasz Nowak <t.nowak@biuro-example.example>
To: faktury@dostawca-example.example
Subject: =?UTF-8?Q?Automatyczna_odpowied=C5=BA:_Faktura_7/2026?=
Date: Thu, 5 Mar 2026 08:10:00 +0100
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Jestem na urlopie do 20 marca.
`, AutoReply},
		{"a person's mail whose subject begins like an auto-reply, nothing machine-made", `From: Jens Krueger <j.krueger@fenster-example.example>
To: it@fenster-example.example
Subject: Automatische Antwort: wie richte ich die ein?
Date: Thu, 5 Mar 2026 09:00:00 +0100
Message-ID: <q1@fenster-example.example>

Hallo, wie schalte ich die Abwesenheitsnotiz in Outlook ein?
`, NotBounce},
		{"a support agent's answer that quotes a refusal after '>'", `From: Marta (Customer Care) <care@hosting-example.example>
To: owner@bakery-example.example
Subject: [Case 20931] Our newsletter mails keep bouncing
Date: Fri, 6 Mar 2026 11:00:00 +0000
Message-ID: <case20931.3@hosting-example.example>

Hi,

you pasted this reply from the receiving side:

> 554 5.7.1 <jo@reader-example.example>: Service unavailable; client host blocked using a DNS list

That list is run by the recipient's provider; we have asked for delisting.

Marta
`, NotBounce},
		{"a staff notice that shows a sample refusal, indented", `From: Mail Team <mailteam@college-example.example>
To: all-staff@college-example.example
Subject: New spam filter: why a message may be rejected
Date: Fri, 6 Mar 2026 12:00:00 +0000
Message-ID: <notice.77@college-example.example>

From Monday, mail that our filter refuses comes back with a line such as

      550 5.7.350 Message to a.partner@firm-example.example detected as spam

If that happens to a message you need, forward it to the Mail Team.
`, NotBounce},
		{"a sending service's own notice states its code on its own line", `From: Send Alerts <alerts@sender-example.example>
To: shop@bakery-example.example
Subject: Message rejected
Date: Fri, 6 Mar 2026 12:30:00 +0000

The message to lars@fjord-example.example was not accepted.
Reason: 552 5.2.2 Mailbox quota exceeded for this recipient
`, Bounce},
		{"spam under Sendmail's display name and a DSN subject, no code", `From: Mail Delivery Subsystem <offers@cheap-meds-example.example>
To: victim@home-example.example
Subject: Delivery Status Notification (Failure)
Date: Sat, 7 Mar 2026 03:00:00 +0000

LOWEST PRICES ON WATCHES - ORDER TODAY
Sent to victim@home-example.example by our partners.
`, NotBounce},
		{"Sendmail's display name on a MAILER-DAEMON address", `From: Mail Delivery Subsystem <MAILER-DAEMON@mx.home-example.example>
To: victim@home-example.example
Subject: Returned mail: see transcript for details
Date: Sat, 7 Mar 2026 03:00:00 +0000

The original message was received at Sat, 7 Mar 2026 02:59:00 +0000

   ----- The following addresses had permanent fatal errors -----
<nils@fjord-example.example>
    (reason: 550 5.1.1 User unknown)
`, Bounce},
		{"a settings notice whose subject names the auto-reply, Auto-Submitted: auto-generated", `From: Webmail <no-reply@portal-example.example>
To: ines@portal-example.example
Subject: Your vacation responder was switched on
Date: Sun, 8 Mar 2026 07:00:00 +0000
Auto-Submitted: auto-generated

You turned on the vacation responder from the settings page at 06:58.
If that was not you, change your password.
`, NotBounce},
		{"a newsletter about out-of-office manners, Auto-Submitted: auto-generated", `From: Digest <digest@forum-example.example>
To: ines@portal-example.example
Subject: Weekly digest: "Out of office replies to mailing lists?"
Date: Sun, 8 Mar 2026 07:30:00 +0000
Auto-Submitted: auto-generated

3 new posts in the thread you follow.
`, NotBounce},
		{"a prize offer from postmaster@ of its own domain, no sign of a failed message", `From: postmaster@lucky-draw-example.example
To: ines@portal-example.example
Subject: Congratulations, claim your reward
Date: Sun, 8 Mar 2026 08:00:00 +0000

You have been selected. Reply to agent@lucky-draw-example.example with
your bank details to claim 500,000 EUR.
`, NotBounce},
		{"postmaster@ saying a message was not delivered, no code, no null path", `From: postmaster@relay-example.example
To: ines@portal-example.example
Subject: Your message
Date: Sun, 8 Mar 2026 08:30:00 +0000

Your message could not be delivered to the following recipient:

    bram@dijk-example.example
`, Bounce},
	} {
		m, err := Parse(strings.NewReader(c.msg))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if m.Kind != c.want {
			t.Errorf("%s: kind %v, want %v (recipients %+v)", c.name, m.Kind, c.want, m.Recipients)
		}
	}
}
