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
