package parser

import (
	"encoding/base64"
	"strings"
	"testing"
)

// pecNotice builds a PEC notice as the technical rules define it: a text
// part in the provider's words and a daticert.xml of the given type.
func pecNotice(provider, subject, ricevuta, tipo, errore, rcpt, esteso string) string {
	xml := `<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="` + tipo + `" errore="` + errore + `">
  <intestazione>
    <mittente>segreteria@pec.studio-rossi.example</mittente>
    <destinatari tipo="certificato">` + rcpt + `</destinatari>
    <oggetto>Convocazione assemblea</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>` + provider + `</gestore-emittente>
    <consegna>` + rcpt + `</consegna>
    <errore-esteso>` + esteso + `</errore-esteso>
  </dati>
</postacert>
`
	b64 := base64.StdEncoding.EncodeToString([]byte(xml))
	var lines []string
	for len(b64) > 76 {
		lines = append(lines, b64[:76])
		b64 = b64[76:]
	}
	lines = append(lines, b64)
	return "From: posta-certificata@" + strings.ToLower(strings.Fields(provider)[0]) + ".example\n" +
		"To: segreteria@pec.studio-rossi.example\nDate: Thu, 3 Dec 2026 10:00:00 +0100\n" +
		"Subject: " + subject + "\nX-Ricevuta: " + ricevuta + "\nMIME-Version: 1.0\n" +
		"Content-Type: multipart/mixed; boundary=\"pec\"\n\n" +
		"--pec\nContent-Type: text/plain; charset=utf-8\n\n" +
		"Il messaggio \"Convocazione assemblea\" destinato a " + rcpt + " ha avuto un esito negativo.\n\n" +
		"--pec\nContent-Type: application/xml; name=\"daticert.xml\"\nContent-Transfer-Encoding: base64\n" +
		"Content-Disposition: inline; filename=\"daticert.xml\"\n\n" + strings.Join(lines, "\n") + "\n--pec--\n"
}

// A PEC failure notice, from any provider, names its recipient in
// daticert.xml and gives the provider's error text as diagnostic; its
// acceptance and delivery receipts are no bounces.
func TestPECNotices(t *testing.T) {
	for _, c := range []struct {
		name, msg          string
		want               Kind
		rcpt, diag, status string
	}{
		{"Legalmail: domain unknown",
			pecNotice("InfoCert Legalmail", "AVVISO DI MANCATA CONSEGNA: Convocazione assemblea", "errore-consegna", "errore-consegna", "no-dominio",
				"ufficio@pec.cooperativa-nord.example", "5.1.2 - dominio del destinatario non valido"),
			Bounce, "ufficio@pec.cooperativa-nord.example", "5.1.2 - dominio del destinatario non valido", "5.1.2"},
		{"Poste: not accepted, too many recipients",
			pecNotice("Poste Italiane", "AVVISO DI NON ACCETTAZIONE: Convocazione assemblea", "non-accettazione", "non-accettazione", "altro",
				"soci@pec.circolo-lago.example", "Numero di destinatari superiore al limite consentito"),
			Bounce, "soci@pec.circolo-lago.example", "Numero di destinatari superiore al limite consentito", ""},
		{"Namirial: time for the receipt ran out",
			pecNotice("Namirial", "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO: Convocazione assemblea", "errore-consegna", "errore-consegna", "no-dest",
				"direzione@pec.officine-est.example", "Ricevuta di consegna non pervenuta nei tempi previsti"),
			Bounce, "direzione@pec.officine-est.example", "Ricevuta di consegna non pervenuta nei tempi previsti", "5.4.7"},
		{"Register: delivery receipt",
			pecNotice("Register", "CONSEGNA: Convocazione assemblea", "avvenuta-consegna", "avvenuta-consegna", "nessuno",
				"ufficio@pec.cooperativa-nord.example", ""),
			NotBounce, "", "", ""},
		{"Aruba: acceptance receipt",
			pecNotice("Aruba PEC", "ACCETTAZIONE: Convocazione assemblea", "accettazione", "accettazione", "nessuno",
				"ufficio@pec.cooperativa-nord.example", ""),
			NotBounce, "", "", ""},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
			continue
		}
		if c.want == Bounce {
			if r := m.Recipients[0]; r.Diagnostic != c.diag || r.Status != c.status || r.Action != "failed" {
				t.Errorf("%s: diagnostic %q status %q action %q, want %q %q failed", c.name, r.Diagnostic, r.Status, r.Action, c.diag, c.status)
			}
		}
	}
}

// A sending service's notice to its customer, "Bounce notification: …
// for addr", with the recipient, the bounce type and the remote reply,
// is a bounce for that recipient; the service's notification sender is
// never an auto-reply's recipient.
func TestSendingServiceBounceNotification(t *testing.T) {
	msg := "From: Relay Service <alerts@relay-service.example>\nTo: ops@shop-example.example\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n" +
		"Subject: Bounce notification: Transient for maria@kunden-example.example\nAuto-Submitted: auto-replied\n\n" +
		"Hello Shop,\n\nAn email from your stream \"Receipts\" could not be delivered.\n\n" +
		"  Recipient:    maria@kunden-example.example\n  Type:         Transient\n\n" +
		"Reply from the receiving server:\n  452 4.2.2 Mailbox full\n\n-- \nThe Relay Service team\n"
	m := parseText(t, "bounce notification", msg)
	if m.Kind != Bounce || addresses(m) != "maria@kunden-example.example" {
		t.Fatalf("kind %v recipients %q, want a bounce for maria@", m.Kind, addresses(m))
	}
	if r := m.Recipients[0]; r.Status != "4.2.2" || r.ReplyCode != "452" {
		t.Errorf("status %q reply %q, want 4.2.2 452", r.Status, r.ReplyCode)
	}
	// The same service's statistics mail is none.
	stats := "From: Relay Service <alerts@relay-service.example>\nTo: ops@shop-example.example\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n" +
		"Subject: Your weekly sending summary\nAuto-Submitted: auto-generated\n\n" +
		"Sent: 1,204  Delivered: 1,190  Bounced: 14 (1.2%)\nTop bouncing domain: kunden-example.example\n"
	if m := parseText(t, "statistics", stats); m.Kind != NotBounce {
		t.Errorf("statistics mail: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}

// A forward of a forward of a bounce, each attached, reads the bounce
// innermost; a Korean inline forward ("전달:") reads the bounce below its
// "전달된 메시지" title.
func TestNestedAndKoreanForwards(t *testing.T) {
	bounce := "Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@out.garden-example.example>\n" +
		"To: news@garden-example.example\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 30 Nov 2026 08:00:00 +0000\n" +
		"X-Failed-Recipients: olga@kunde-example.example\nAuto-Submitted: auto-replied\n\n" +
		"The following address failed:\n\n  olga@kunde-example.example\n    host mx.kunde-example.example [192.0.2.8]\n" +
		"    SMTP error from remote mail server after RCPT TO:<olga@kunde-example.example>:\n    552 5.2.2 Quota exceeded for this mailbox\n"
	middle := "From: Lea <lea@garden-example.example>\nTo: tom@garden-example.example\nSubject: WG: Undelivered Mail Returned to Sender\n" +
		"Date: Tue, 1 Dec 2026 08:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n" +
		"--m\nContent-Type: text/plain\n\nTom, kannst du das bitte weitergeben?\n\n--m\nContent-Type: message/rfc822\n\n" + bounce + "\n--m--\n"
	outer := "From: Tom <tom@garden-example.example>\nTo: bounces@garden-example.example\nSubject: Fwd: WG: Undelivered Mail Returned to Sender\n" +
		"Date: Wed, 2 Dec 2026 08:00:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"o\"\n\n" +
		"--o\nContent-Type: text/plain\n\nFor the bounce box.\n\n--o\nContent-Type: message/rfc822\n\n" + middle + "\n--o--\n"
	m := parseText(t, "nested forward", outer)
	if m.Kind != Bounce || addresses(m) != "olga@kunde-example.example" {
		t.Fatalf("nested forward: kind %v recipients %q, want olga@", m.Kind, addresses(m))
	}
	if r := m.Recipients[0]; r.Status != "5.2.2" {
		t.Errorf("nested forward: status %q, want 5.2.2 from the innermost bounce", r.Status)
	}

	korean := "From: 이민호 <minho@cafe-example.example>\nTo: admin@cafe-example.example\nSubject: 전달: 메일 전송 실패 알림\n" +
		"Date: Wed, 2 Dec 2026 08:00:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n" +
		"반송된 메일입니다. 확인 부탁합니다.\n\n---------- 전달된 메시지 ----------\nFrom: MAILER-DAEMON@daum.example\n" +
		"Date: 2026. 12. 1. 오전 9:12\nSubject: 메일 전송 실패 알림\nTo: minho@cafe-example.example\n\n" +
		"아래 수신자에게 메일을 보내지 못했습니다.\n\n수신자: seoyeon.kim@daum.example\n" +
		"원인: 수신자의 메일함 용량이 가득 찼습니다.\n\n552 5.2.2 Mailbox full\n"
	m = parseText(t, "korean forward", korean)
	if m.Kind != Bounce || addresses(m) != "seoyeon.kim@daum.example" {
		t.Fatalf("korean forward: kind %v recipients %q, want seoyeon.kim@", m.Kind, addresses(m))
	}
	if r := m.Recipients[0]; r.Status != "5.2.2" {
		t.Errorf("korean forward: status %q, want 5.2.2", r.Status)
	}
}

// A text notice that lists bare addresses over one reason gives the
// reason to each of them; addresses with lines of their own keep them.
func TestListedAddressesShareTheReason(t *testing.T) {
	msg := "Return-Path: <>\nFrom: postmaster@gw.harbor-example.example\nTo: sales@harbor-example.example\n" +
		"Subject: Undeliverable message\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n" +
		"Your message could not be delivered to these addresses:\n\n" +
		"   <ana@dock-example.example>\n   <ben@dock-example.example>\n\n" +
		"Remote server reply: 550 5.1.1 No such user here\n"
	m := parseText(t, "shared reason", msg)
	if m.Kind != Bounce || addresses(m) != "ana@dock-example.example ben@dock-example.example" {
		t.Fatalf("kind %v recipients %q", m.Kind, addresses(m))
	}
	for _, r := range m.Recipients {
		if r.Status != "5.1.1" || !strings.Contains(r.Diagnostic, "No such user") {
			t.Errorf("%s: status %q diagnostic %q, want the shared 5.1.1 reply", r.Address, r.Status, r.Diagnostic)
		}
	}
	own := "Return-Path: <>\nFrom: postmaster@gw.harbor-example.example\nTo: sales@harbor-example.example\n" +
		"Subject: Undeliverable message\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n" +
		"Your message could not be delivered to these addresses:\n\n" +
		"   ana@dock-example.example\n     Domain has no mail server\n\n" +
		"   ben@dock-example.example\n     550 5.2.2 Mailbox full\n"
	m = parseText(t, "own reasons", own)
	if len(m.Recipients) != 2 || m.Recipients[0].Status == "5.2.2" {
		t.Errorf("own reasons: %+v, want ana@ without ben@'s 5.2.2", m.Recipients)
	}
}

// DSN fields with blanks before the colon or around the type's
// semicolon are read as any others.
func TestDSNFieldsWithOddSpacing(t *testing.T) {
	d, err := ParseDSN(strings.NewReader("Reporting-MTA  : dns ; mx.odd-example.example\n\n"+
		"Final-Recipient\t: rfc822 ;<kim@far-example.example>\nAction   :   failed\nStatus :5.1.1\n"+
		"Diagnostic-Code :  smtp  ;  550  5.1.1  user unknown\n"), 10)
	if err != nil || len(d.Recipients) != 1 {
		t.Fatalf("%v, %+v", err, d)
	}
	r, ok := recipientOf(d.Recipients[0], "")
	if !ok || r.Address != "kim@far-example.example" || r.Action != "failed" || r.Status != "5.1.1" || r.Diagnostic != "550 5.1.1 user unknown" || r.DiagnosticType != "smtp" {
		t.Errorf("got %+v", r)
	}
}

// A base64 notice with line noise (trailing blanks, a stray byte outside
// the alphabet, a blank line) still decodes whole.
func TestBase64NoticeWithLineNoise(t *testing.T) {
	text := "Delivery to the following recipient failed permanently:\n\n     noor@far-example.example\n\n" +
		"Technical details: 550 5.7.1 Rejected: sending address listed on a block list\n"
	b64 := base64.StdEncoding.EncodeToString([]byte(text))
	noisy := b64[:40] + "  \n" + b64[40:80] + "#\t\n\n" + b64[80:] + " \n"
	msg := "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@relay.near-example.example>\nTo: info@near-example.example\n" +
		"Subject: Delivery Status Notification (Failure)\nDate: Thu, 3 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n" +
		"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: base64\n\n" + noisy
	m := parseText(t, "noisy base64", msg)
	if m.Kind != Bounce || addresses(m) != "noor@far-example.example" {
		t.Fatalf("kind %v recipients %q", m.Kind, addresses(m))
	}
	if r := m.Recipients[0]; r.Status != "5.7.1" || !strings.Contains(r.Diagnostic, "block list") {
		t.Errorf("status %q diagnostic %q, want the whole decoded reply", r.Status, r.Diagnostic)
	}
}

// Japanese Exchange answers absence with "不在:" over the subject: an
// automatic reply for its sender.
func TestJapaneseAbsenceSubject(t *testing.T) {
	msg := "From: 山田 <yamada@tokai-example.example>\nTo: info@shop-example.example\nSubject: 不在: 見積書の件\n" +
		"Date: Thu, 3 Dec 2026 10:00:00 +0900\nIn-Reply-To: <q1@shop-example.example>\nAuto-Submitted: auto-generated\n" +
		"Content-Type: text/plain; charset=utf-8\n\n出張のため12月7日まで不在にしております。戻り次第ご連絡いたします。\n"
	m := parseText(t, "不在", msg)
	if m.Kind != AutoReply || addresses(m) != "yamada@tokai-example.example" {
		t.Errorf("kind %v recipients %q, want an auto-reply for yamada@", m.Kind, addresses(m))
	}
}

// A PEC failure notice whose daticert a client dropped is still read:
// the X-Ricevuta header names the kind, the text the recipient and the
// error; a receipt's header names none.
func TestPECNoticeWithoutDaticert(t *testing.T) {
	head := "From: posta-certificata@legalmail.example\nTo: studio@pec.notai-example.example\nDate: Thu, 3 Dec 2026 10:00:00 +0100\n"
	body := "\nAvviso di mancata consegna\n\nIl messaggio \"Rogito\" inviato il 03/12/2026\n" +
		"destinato all'indirizzo \"catasto@pec.ufficio-example.example\"\n" +
		"non e' stato consegnato: errore 5.1.1 - utente non valido presso il gestore del destinatario.\n\nLegalmail\n"
	m := parseText(t, "no daticert", head+"Subject: AVVISO DI MANCATA CONSEGNA: Rogito\nX-Ricevuta: errore-consegna\n"+body)
	if m.Kind != Bounce || addresses(m) != "catasto@pec.ufficio-example.example" {
		t.Fatalf("kind %v recipients %q", m.Kind, addresses(m))
	}
	if r := m.Recipients[0]; r.Status != "5.1.1" || !strings.Contains(r.Diagnostic, "utente non valido") {
		t.Errorf("status %q diagnostic %q", r.Status, r.Diagnostic)
	}
	receipt := head + "Subject: CONSEGNA: Rogito\nX-Ricevuta: avvenuta-consegna\n\nRicevuta di avvenuta consegna\n\n" +
		"Il messaggio \"Rogito\" destinato a \"catasto@pec.ufficio-example.example\"\n" +
		"e' stato consegnato nella casella di destinazione.\n"
	if m := parseText(t, "receipt", receipt); m.Kind == Bounce {
		t.Errorf("receipt: read as a bounce for %q", addresses(m))
	}
}
