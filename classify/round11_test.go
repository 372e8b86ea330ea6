package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound11Classes: fix round 11's classes, in wordings written from
// each class's description (not from the batches or the rules' examples).
func TestRound11Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, text string
		want                              record.Reason
	}{
		// A mailbox's capacity at its limit (Japanese); a count of
		// messages per unit of time is a rate, not a size.
		{"a@example.jp", "failed", "", "", "送信先: a@example.jp 原因: お相手のメールボックスの容量が上限に達しているため配信できませんでした。", record.MailboxFull},
		{"a@example.jp", "failed", "", "", "a@example.jp: 受信ボックスの容量の上限を超えたため、メールを受け取れません", record.MailboxFull},
		{"a@example.fr", "failed", "", "", "Votre message pour a@example.fr n'est pas parti : limite d'envoi quotidienne atteinte sur votre compte. Réessayez demain.", record.RateLimited},
		{"a@example.com", "failed", "", "550", "550 Sending paused: maximum number of e-mails sent per day reached for this account", record.RateLimited},
		// A delivery program's exit in another language: the exit is the
		// verdict, not what the program printed.
		{"a@example.jp", "failed", "", "", "<a@example.jp>: プログラム /usr/local/sbin/deliver-crm の実行に失敗しました (exit 111)。 deliver-crm: Connection refused", record.MailerError},
		{"a@example.de", "failed", "", "", "<a@example.de>: Programm /usr/bin/ticket-import wurde mit Status 75 beendet: connection refused", record.MailerError},
		// The sender's domain (5.1.8) against the recipient's.
		{"a@example.fr", "failed", "5.1.8", "553", "553 5.1.8 <me@sender.example>: domaine de l'émetteur introuvable : l'emetteur n'existe pas", record.Rejected},
		{"a@example.fr", "failed", "", "", "<a@example.fr>: Host not found. Le nom de domaine du destinataire n'existe pas, vérifiez l'adresse.", record.HostUnknown},
		{"a@example.it", "failed", "", "", "<a@example.it>: il nome di dominio dell'indirizzo indicato non esiste", record.HostUnknown},
		// Orange / La Poste: reputation words beside code 104; a delay
		// that names its cause.
		{"a@orange.fr", "failed", "5.7.1", "550", "550 5.7.1 Refus : la réputation de votre IP est insuffisante. OFR006_104 [104]", record.BadReputation},
		{"a@laposte.net", "delayed", "4.3.0", "451", "451 4.3.0 Erreur temporaire du système. Temporary local error, will retry. LPN003_900", record.SystemError},
		// Recipient-side choices.
		{"a@example.kr", "failed", "5.7.1", "550", "550 5.7.1 this sender was blocked by the recipient", record.Filtered},
		{"a@pec.example.it", "failed", "5.7.1", "550", "550 5.7.1 <a@pec.example.it>: casella di sola PEC, non accetta messaggi di posta ordinaria", record.Filtered},
		{"a@example.it", "failed", "5.7.1", "550", "550 5.7.1 Non consegnato: archivio protetto da password bloccato dal filtro del destinatario", record.PolicyViolation},
		{"a@example.fr", "failed", "5.7.1", "550", "550 5.7.1 Rejeté : pièces jointes protégées par mot de passe non autorisées", record.PolicyViolation},
		// Spam content named in the words beats a lookup link's list name.
		{"a@example.com", "failed", "5.7.1", "554", "554 5.7.1 Rejected due to spam content; lookup: https://mx.example.net/dnsbl-check?ip=203.0.113.4", record.SpamDetected},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestRound11NotCaught: what the round's classes must leave alone.
func TestRound11NotCaught(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct {
		status, reply, text string
		notWant             record.Reason
	}{
		// A message's size over the limit is not a full mailbox.
		{"5.3.4", "552", "552 5.3.4 メッセージの容量が上限を超えています", record.MailboxFull},
		// The recipient's organisation's policy is not the recipient's own block.
		{"5.7.1", "550", "550 5.7.1 sender blocked by recipient organization policy", record.Filtered},
		// Orange's 104 alone is still a rate.
		{"4.7.0", "421", "421 4.7.0 mwinf5c20 ME OFR004_104 [104]", record.BadReputation},
		// A real listing is still a block, spam in its list's name or not.
		{"5.7.1", "554", "554 5.7.1 Client host [192.0.2.7] blocked using bl.spamcop.net; spam source", record.SpamDetected},
		// A PEC refusal the server calls its policy.
		{"5.7.1", "550", "550 5.7.1 solo posta certificata accettata: messaggio ordinario respinto per policy del dominio", record.Filtered},
	} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.org", Action: "failed", Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		if got := c.Classify(m, "")[0]; got.Reason == tt.notWant {
			t.Errorf("%q: %s by %s, must not be %s", tt.text, got.Reason, got.Rule, tt.notWant)
		}
	}
}
