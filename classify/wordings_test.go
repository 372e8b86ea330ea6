package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestUnwrittenWordings: wordings written from the description of each
// failure class, not copied from a sample or a rule's examples, must come
// out right through the whole classifier. When one fails, fix the class
// (a concept's nouns or predicates), not the sentence.
func TestUnwrittenWordings(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		status, reply, text string
		want                record.Reason
	}{
		// A full mailbox, whatever the code says.
		{"5.2.3", "552", "Sorry, the mailbox of this user has exceeded its storage allowance", record.MailboxFull},
		{"", "", "Recipient's inbox is over its quota, try again later", record.MailboxFull},
		{"5.1.1", "550", "Mailbox is full and cannot receive more mail", record.MailboxFull},
		{"", "", "La boîte aux lettres du destinataire est saturée", record.MailboxFull},
		{"", "", "Il buzón del destinatario está lleno", record.MailboxFull},
		{"", "", "收件人信箱容量不足", record.MailboxFull},
		{"", "", "Почтовый ящик адресата переполнен", record.MailboxFull},
		{"", "452", "Mailbox has reached the maximum number of messages allowed in a mailbox", record.MailboxFull},
		// The mailbox does not exist.
		{"", "550", "Invalid final delivery userid: jdoe", record.UserUnknown},
		{"", "550", "jdoe is not a registered gateway user", record.UserUnknown},
		{"5.1.1", "550", "Addressee unknown, relay=mx.example.org", record.UserUnknown},
		{"5.1.1", "550", "Das Benutzerkonto existiert nicht", record.UserUnknown},
		{"5.1.1", "550", "L'adresse e-mail du destinataire est introuvable", record.UserUnknown},
		{"5.1.1", "550", "該当するユーザーが見つかりません", record.UserUnknown},
		{"", "", "Recipient name John Smith is ambiguous; several matches in the directory", record.UserUnknown},
		// The domain takes no mail at all (Exim's null-MX sentence).
		{"", "", "an MX or SRV record indicated no SMTP service", record.NotAccept},
		{"5.1.10", "556", "The recipient domain receives no mail", record.NotAccept},
		// The domain does not exist.
		{"", "", "The destination domain could not be resolved", record.HostUnknown},
		// Disabled, in the recipient's sense of "blocked".
		{"", "550", "The recipient account is blocked", record.Suspend},
		{"", "550", "This mailbox has been suspended for inactivity", record.Suspend},
		{"", "", "该邮箱账户已被冻结", record.Suspend},
		// Too large.
		{"", "552", "Your message is larger than the recipient accepts", record.EmailTooLarge},
		// The queue gave up.
		{"", "", "Could not deliver the message in the time limit specified; delivery failed after 40 attempts", record.Expired},
		{"", "", "Remote server is not responding", record.Expired},
		// The sender's identity.
		{"", "553", "From: Domain is invalid", record.Rejected},
		{"", "550", "Sender address is not allowed here", record.Rejected},
		{"", "550", "invalid IP for sending mail of domain example.net", record.Rejected},
		// Relaying.
		{"", "550", "This host is not configured to relay for your domain", record.NoRelaying},
		{"", "554", "Message refused: your host appears to be an open relay", record.Blocked},
		// Lines.
		{"", "500", "500 Line limit exceeded", record.ContentError},
		// The sending IP.
		{"", "550", "Your IP address 192.0.2.1 is listed and refused", record.Blocked},
		// Rate.
		{"", "421", "Too many connections from your host, slow down", record.RateLimited},
		// More languages.
		{"5.1.1", "550", "O endereço de e-mail do destinatário é desconhecido", record.UserUnknown},
		{"5.1.1", "550", "L'indirizzo del destinatario è sconosciuto", record.UserUnknown},
		{"5.1.1", "550", "수신자 계정이 존재하지 않습니다", record.UserUnknown},
		{"5.1.1", "550", "Получатель с таким адресом не найден", record.UserUnknown},
		{"", "", "Dominio de destino desconocido", record.HostUnknown},
		{"", "", "La cuenta del destinatario está suspendida", record.Suspend},
		{"", "", "Das Postfach des Empfängers wurde deaktiviert", record.Suspend},
		{"", "", "受信者のアカウントは停止されています", record.Suspend},
		{"", "", "La casella di posta del destinatario è piena", record.MailboxFull},
		{"", "", "A caixa de correio do destinatário está cheia", record.MailboxFull},
		{"", "", "받는 사람의 메일함이 가득 찼습니다", record.MailboxFull},
		{"", "", "Il messaggio è troppo grande per il destinatario", record.EmailTooLarge},
		{"", "", "Размер письма слишком большой", record.EmailTooLarge},
		{"", "", "El remitente fue rechazado por el servidor", record.Rejected},
		{"", "", "L'expéditeur est inconnu", record.Rejected},
		// Bilingual provider notices: the words after the code name the cause.
		{"5.1.1", "550", "Adresse du destinataire invalide. OFR_999 [999]", record.UserUnknown},
		{"5.1.1", "550", "La dirección del destinatario es inválida", record.UserUnknown},
		// A noun after its predicate is a complement: the user is missing
		// on the domain, the domain is not what is missing.
		{"", "550", "Postvak van k.visser bestaat niet op dit domein", record.UserUnknown},
		{"", "550", "Konto odbiorcy nie istnieje na tym serwerze", record.UserUnknown},
		{"", "550", "Mottagarens adress är okänd hos domänen", record.UserUnknown},
		// Nordic, Dutch and Polish wordings of other classes.
		{"", "552", "Bijlagen maken het bericht te groot voor deze server", record.EmailTooLarge},
		{"", "550", "Kontot för mottagaren är spärrat", record.Suspend},
		{"", "554", "Adres IP nadawcy jest na czarnej liście", record.Blocked},
		{"", "421", "Za dużo połączeń z tego adresu", record.RateLimited},
		{"", "550", "Il mittente viola la policy del nostro server", record.PolicyViolation},
		{"", "550", "Репутация вашего домена слишком низкая", record.BadReputation},
		// Provider code tables: the code decides what the words leave open.
		{"", "550", "Mail rejete. Mail rejected. OFR004_506 [506]", record.SpamDetected},
		{"", "452", "Trop de connexions. LPN105_104", record.RateLimited},
		{"", "554", "192.0.2.7 rejected IPBL1010", record.Blocked},
		{"", "421", "comcast 192.0.2.7 RL000010", record.RateLimited},
		// A template that only guesses: no verdict from its words.
		{"", "550", "The address may be wrong, the mailbox may be full, or the server might be down", record.OnHold},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Action: "failed", Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: "RCPT"}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.reply, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
