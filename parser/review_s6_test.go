package parser

import (
	"fmt"
	"strings"
	"testing"
)

// parseS6 parses a message written anew for a finding of review s6.
func parseS6(t *testing.T, name, msg string) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(msg))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// listNotice is a free-text notice that lists n bare addresses over one
// reason, then a tail of text lines after it.
func listNotice(n, tail int) string {
	var b strings.Builder
	b.WriteString("From: Mail Delivery Subsystem <MAILER-DAEMON@relay.harbor-example.example>\nTo: news@shop-example.example\nSubject: Returned mail: see transcript for details\n\nYour message could not be delivered to these recipients:\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "   member%d@lists-example.example\n", i)
	}
	b.WriteString("Reason: 550 5.1.1 mailbox does not exist here\n")
	for i := 0; i < tail; i++ {
		fmt.Fprintf(&b, "Footer remark number %d about our relay's opening hours.\n", i)
	}
	return b.String()
}

// A list's shared reason is its own few lines, not the whole tail of the
// notice copied into every recipient (a hostile notice made the parser
// quadratic with it).
func TestSharedReasonIsCapped(t *testing.T) {
	m := parseS6(t, "list with a long tail", listNotice(4, 60))
	if len(m.Recipients) != 4 {
		t.Fatalf("got %d recipients, want 4", len(m.Recipients))
	}
	for _, r := range m.Recipients[:3] {
		if r.Status != "5.1.1" || !strings.Contains(r.Diagnostic, "does not exist") {
			t.Errorf("%s: status %q diagnostic %q, want the list's 5.1.1 reason", r.Address, r.Status, r.Diagnostic)
		}
		if strings.Contains(r.Diagnostic, "number 59") {
			t.Errorf("%s: the shared diagnostic holds the whole tail (%d bytes)", r.Address, len(r.Diagnostic))
		}
	}
}

// The last address of a list that carries its own reply on its line
// ("bob@…: 550 …") gives that reply to no one else: the bare addresses
// above it have no reason in the notice.
func TestLastAddressOwnReplyIsNotShared(t *testing.T) {
	m := parseS6(t, "own reply on the last line", `From: postmaster@gw.lake-example.example
To: ana@office-example.example
Subject: Undeliverable: budget draft
Content-Type: text/plain

The following recipients could not be reached:

  erik@fjord-example.example
  hana@fjord-example.example
  ivo@fjord-example.example: 552 5.2.2 over quota, try later
`)
	if len(m.Recipients) != 3 {
		t.Fatalf("got %d recipients, want 3", len(m.Recipients))
	}
	for _, r := range m.Recipients[:2] {
		if r.Status != "" || r.ReplyCode != "" {
			t.Errorf("%s: got %q %q, the notice gave it no reason", r.Address, r.ReplyCode, r.Status)
		}
	}
	if r := m.Recipients[2]; r.Status != "5.2.2" {
		t.Errorf("%s: status %q, want its own 5.2.2", r.Address, r.Status)
	}
}

// Hostile notices: thousands of bare addresses over one reason with a
// long tail, and thousands of "addr: reply" lines with as many list
// command addresses in prose after them. Both must stay linear.
func BenchmarkHostileLists(b *testing.B) {
	tail := listNotice(3000, 3000)
	var cmds strings.Builder
	cmds.WriteString("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n")
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&cmds, "u%d@ex.example: 550 5.1.1 no such user\n", i)
	}
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&cmds, "see u%d-request@ex.example\n", i)
	}
	for _, in := range []struct{ name, msg string }{{"shared-tail", tail}, {"list-commands", cmds.String()}} {
		b.Run(in.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := Parse(strings.NewReader(in.msg)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A phishing text dressed as a notice gives no record, though it quotes
// a server's enhanced status in its prose or writes a "Subject:" line
// of its own before the ask: neither is a sign phishing cannot copy.
func TestPhishingWithStatusOrSubjectLine(t *testing.T) {
	runS5Cases(t, []s5Case{
		{"enhanced status in the prose", `From: Mailbox Services <care@mailbox-help.example>
To: lena@office-example.example
Subject: Message delivery failure
Date: Sat, 12 Dec 2026 08:00:00 +0000

Your recent mail to tom@fjord-example.example bounced back with 550 5.1.1 Recipient address rejected.
To release your held messages, re-enter your password at http://mailbox-help.example/release
`, NotBounce, nil},
		{"a subject line of its own before the ask", `From: Quota Centre <quota@inbox-care.example>
To: lena@office-example.example
Subject: Undelivered message

We could not deliver your message to tom@fjord-example.example (552 storage full).

Subject: Invoice 2291

Keep your mail flowing: confirm your password within 24 hours at http://inbox-care.example/confirm
`, NotBounce, nil},
	})
}

// A PEC notice without its daticert names the sender and the recipient
// on one line ("proveniente da … e destinato a …"): only the address
// after "destinat…" failed, and the rest of that line is the error.
// A daticert of a delivery error without <consegna> names no one failed.
func TestPECNoticeNamesOnlyTheRecipient(t *testing.T) {
	m := parseS6(t, "PEC text notice", `From: "Per conto di: ufficio@pec.studio-example.it" <posta-certificata@pec.provider-example.it>
To: ufficio@pec.studio-example.it
Subject: AVVISO DI MANCATA CONSEGNA: Preventivo
X-Ricevuta: errore-consegna
Content-Type: text/plain; charset=utf-8

Avviso di mancata consegna
Il messaggio "Preventivo" inviato il 04/12/2026 proveniente da "ufficio@pec.studio-example.it" e destinato a "cliente@pec.azienda-example.it" non è stato consegnato: errore 5.1.1 - utente sconosciuto.

Identificativo messaggio: opec.20261204.1@pec.provider-example.it
`)
	if len(m.Recipients) != 1 || m.Recipients[0].Address != "cliente@pec.azienda-example.it" {
		var got []string
		for _, r := range m.Recipients {
			got = append(got, r.Address)
		}
		t.Fatalf("got %q, want only cliente@pec.azienda-example.it", got)
	}
	if d := m.Recipients[0].Diagnostic; !strings.Contains(d, "utente sconosciuto") {
		t.Errorf("diagnostic %q, want the destinato line's error", d)
	}
	m = parseS6(t, "daticert without consegna", `From: posta-certificata@pec.provider-example.it
To: ufficio@pec.studio-example.it
Subject: AVVISO DI MANCATA CONSEGNA: Preventivo
Content-Type: multipart/mixed; boundary=pp

--pp
Content-Type: text/plain; charset=utf-8

Avviso di mancata consegna.
--pp
Content-Type: application/xml; name=daticert.xml
Content-Disposition: attachment; filename=daticert.xml

<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="altro">
<intestazione><mittente>ufficio@pec.studio-example.it</mittente>
<destinatari tipo="certificato">uno@pec.azienda-example.it</destinatari>
<destinatari tipo="certificato">due@pec.azienda-example.it</destinatari></intestazione>
<dati><errore-esteso>errore di consegna</errore-esteso></dati>
</postacert>
--pp--
`)
	for _, r := range m.Recipients {
		if r.Address == "uno@pec.azienda-example.it" || r.Address == "due@pec.azienda-example.it" {
			t.Errorf("%s recorded failed from <destinatari> alone", r.Address)
		}
	}
}

// "Bounce notification" is a sending service's label only at the
// subject's start, as "Bounce notification: …" or "… for <address>"
// alone; a newsletter's title that goes on after the address is none.
func TestBounceNotificationOnlyAsLabel(t *testing.T) {
	body := "\nA reader asked why his mail to lina@school-example.example came back with 550 5.1.1 user unknown. Here is how we read it.\n"
	for subject, want := range map[string]Kind{
		"Bounce notification for lina@school-example.example? A reader's question": NotBounce,
		"Bounce notification for lina@school-example.example":                      Bounce,
	} {
		m := parseS6(t, subject, "From: Sender Digest <digest@sendnews-example.example>\nTo: ops@shop-example.example\nSubject: "+subject+"\n"+body)
		if m.Kind != want {
			t.Errorf("%q: got %v, want %v", subject, m.Kind, want)
		}
	}
}
