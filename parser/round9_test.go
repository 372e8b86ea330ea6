package parser

import (
	"encoding/base64"
	"strings"
	"testing"
)

// A notice that names each failed recipient by its local part with the
// reason in parentheses, and lists the full addresses apart under a label
// (GroupWise 6–7's plain notices), gives each address the reason its
// local part names; the label is no diagnostic.
func TestLocalPartReasonsBelongToTheirAddresses(t *testing.T) {
	msg := "Return-Path: <>\nFrom: Mail Delivery System <postmaster@gwia.kreis-nord.example>\n" +
		"To: newsletter@verein-sued.example\nSubject: Undeliverable Mail\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n" +
		"The message that you sent was undeliverable to the following:\n" +
		"\tmschulz (mailbox is full)\n\tkbrandt (no such recipient on this post office)\n\n" +
		"Possibly truncated original addressee:\n" +
		"\tmschulz@kreis-nord.example\n\tkbrandt@kreis-nord.example\n"
	m := parseText(t, "two local parts", msg)
	if m.Kind != Bounce || addresses(m) != "mschulz@kreis-nord.example kbrandt@kreis-nord.example" {
		t.Fatalf("kind %v recipients %q", m.Kind, addresses(m))
	}
	want := map[string]string{
		"mschulz@kreis-nord.example": "mschulz (mailbox is full)",
		"kbrandt@kreis-nord.example": "kbrandt (no such recipient on this post office)",
	}
	for _, r := range m.Recipients {
		if r.Diagnostic != want[r.Address] {
			t.Errorf("%s: diagnostic %q, want %q", r.Address, r.Diagnostic, want[r.Address])
		}
	}

	one := "Return-Path: <>\nFrom: postmaster@gw.stadtbau.example\nTo: info@planung-ost.example\n" +
		"Subject: Message status - undeliverable\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n\n" +
		"Your message could not be delivered to the following:\n" +
		"    a.weber (account disabled by the administrator)\n\n" +
		"Original recipient address (may be truncated):\n" +
		"    a.weber@stadtbau.example\n"
	m = parseText(t, "one local part", one)
	if len(m.Recipients) != 1 || m.Recipients[0].Diagnostic != "a.weber (account disabled by the administrator)" {
		t.Errorf("one local part: %+v", m.Recipients)
	}
	for _, r := range m.Recipients {
		if strings.Contains(lower(r.Diagnostic), "truncated") {
			t.Errorf("%s: the label was read as the diagnostic: %q", r.Address, r.Diagnostic)
		}
	}
}

// Outlook's recall report is no bounce in any language: the recall's
// status for a recipient, not a failed delivery.
func TestLocalisedRecallReportsAreNoBounces(t *testing.T) {
	for _, c := range []struct{ name, subject, body string }{
		{"Spanish, failed recall",
			"Informe de recuperación de mensajes para el mensaje: Presupuesto 2027",
			"No se pudo recuperar el mensaje \"Presupuesto 2027\" para el destinatario marta.gil@constructora-norte.example.\n" +
				"El destinatario ya había leído el mensaje.\n"},
		{"French, recall done",
			"Rapport de rappel du message pour le message : Devis toiture",
			"Le rappel du message \"Devis toiture\" a réussi pour le destinataire luc.martin@couvreurs-ouest.example.\n"},
		{"German, recall failed",
			"Nachrichtenrückrufbericht für Nachricht: Angebot Q1",
			"Der Rückruf der Nachricht \"Angebot Q1\" für den Empfänger j.wolf@metallbau-ost.example ist fehlgeschlagen.\n"},
	} {
		msg := "From: Microsoft Outlook <MicrosoftExchange0a1b2c@sender-firm.example>\nTo: office@sender-firm.example\n" +
			"Subject: " + mimeWord(c.subject) + "\nDate: Thu, 3 Dec 2026 10:00:00 +0000\nAuto-Submitted: auto-generated\n" +
			"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + c.body
		if m := parseText(t, c.name, msg); m.Kind == Bounce {
			t.Errorf("%s: read as a bounce for %q", c.name, addresses(m))
		}
	}
}

// mimeWord encodes a header value as one RFC 2047 B-word.
func mimeWord(s string) string {
	return "=?utf-8?B?" + base64.StdEncoding.EncodeToString([]byte(s)) + "?="
}

// A list message marked by Mailing-List (ezmlm, Yahoo! Groups) is list
// traffic whatever bounce words it quotes; a mail system's bounce that
// carries the field stays a bounce. An Exchange journal report, marked
// by X-MS-Journal-Report, is an archive's copy, never a bounce.
func TestMailingListAndJournalCopiesAreNoBounces(t *testing.T) {
	ezmlm := "From: Priya <priya.grows@outlook.com>\nTo: growers@lists.allotment-friends.example\n" +
		"Subject: [growers] Undeliverable seed parcel, spare packets\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n" +
		"Mailing-List: contact growers-help@lists.allotment-friends.example; run by ezmlm\n" +
		"Delivered-To: mailing list growers@lists.allotment-friends.example\n\n" +
		"The courier returned my seed parcel as undeliverable, so I have spare packets. Anyone?\n\n" +
		"-- \nLeaving the list? Write to this address:\n    growers-unsubscribe@lists.allotment-friends.example\n"
	if m := parseText(t, "ezmlm list message", ezmlm); m.Kind == Bounce {
		t.Errorf("ezmlm list message read as a bounce for %q", addresses(m))
	}
	bounced := "Return-Path: <>\nFrom: MAILER-DAEMON@mx.allotment-friends.example\n" +
		"To: growers-return-42@lists.allotment-friends.example\nSubject: failure notice\n" +
		"Date: Thu, 3 Dec 2026 10:00:00 +0000\n" +
		"Mailing-List: contact growers-help@lists.allotment-friends.example; run by ezmlm\n\n" +
		"Hi. This is the qmail-send program at mx.allotment-friends.example.\n" +
		"I'm afraid I wasn't able to deliver your message to the following addresses.\n\n" +
		"<sam@veg-plot.example>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 no such user\n"
	if m := parseText(t, "bounce with Mailing-List", bounced); m.Kind != Bounce || addresses(m) != "sam@veg-plot.example" {
		t.Errorf("bounce with Mailing-List: kind %v recipients %q", m.Kind, addresses(m))
	}
	journal := "From: Microsoft Exchange <MicrosoftExchange0a1b2c@lawfirm-east.example>\nTo: archive@vault.lawfirm-east.example\n" +
		"Subject: Undeliverable: contract draft\nDate: Thu, 3 Dec 2026 10:00:00 +0000\nX-MS-Journal-Report:\n" +
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"j\"\n\n" +
		"--j\nContent-Type: text/plain\n\nSender: clerk@lawfirm-east.example\nSubject: Undeliverable: contract draft\n" +
		"Message-Id: <x1@lawfirm-east.example>\nTo: partner@counsel-west.example\n\n" +
		"--j\nContent-Type: message/rfc822\n\nFrom: clerk@lawfirm-east.example\nTo: partner@counsel-west.example\n" +
		"Subject: Undeliverable: contract draft\n\nYour copy could not be delivered last week, here it is again.\n--j--\n"
	if m := parseText(t, "journal report", journal); m.Kind == Bounce {
		t.Errorf("journal report read as a bounce for %q", addresses(m))
	}
}

// A gateway's own refusal in Spanish or Portuguese, stamped
// "Auto-Submitted: auto-replied" as gateways do, is a bounce: its subject
// says the mail was rejected, or its text that the message was blocked.
func TestLatinGatewayRefusalsAreBounces(t *testing.T) {
	for _, c := range []struct{ name, subject, body, rcpt string }{
		{"Spanish, rejected subject",
			"Mensaje rechazado",
			"El servidor de la municipalidad no aceptó su correo para mesa.ayuda@municipio-sur.example.cl.\n\n" +
				"554 5.7.1 Remitente sin registro SPF valido\n",
			"mesa.ayuda@municipio-sur.example.cl"},
		{"Portuguese, blocked message",
			"Aviso do filtro de conteúdo",
			"Sua mensagem para licitacoes@prefeitura-norte.example.gov.br foi bloqueada pelo filtro de conteúdo.\n\n" +
				"550 5.7.1 Conteudo nao permitido\n",
			"licitacoes@prefeitura-norte.example.gov.br"},
		{"Portuguese, refused subject",
			"Mensagem recusada",
			"O gateway do órgão não aceitou a mensagem para protocolo@tribunal-leste.example.jus.br.\n\n" +
				"550 5.7.1 Remetente nao autorizado\n",
			"protocolo@tribunal-leste.example.jus.br"},
	} {
		msg := "Return-Path: <>\nFrom: Gateway <nao-responda@gw.orgao.example>\nTo: contato@empresa-fornecedora.example\n" +
			"Subject: " + mimeWord(c.subject) + "\nDate: Thu, 3 Dec 2026 10:00:00 +0000\nAuto-Submitted: auto-replied\n" +
			"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"g\"\n\n" +
			"--g\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + c.body +
			"\n--g\nContent-Type: message/rfc822\n\nFrom: contato@empresa-fornecedora.example\nTo: " + c.rcpt +
			"\nSubject: Proposta\n\nSegue a proposta.\n--g--\n"
		m := parseText(t, c.name, msg)
		if m.Kind != Bounce || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want a bounce for %s", c.name, m.Kind, addresses(m), c.rcpt)
		}
	}
}
