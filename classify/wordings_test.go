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
		// User unknown in Hungarian, Indonesian/Malay, Vietnamese, Turkish
		// and Thai, with and without their accents.
		{"", "550", "A felhasznalo ismeretlen ezen a kiszolgalon", record.UserUnknown},
		{"5.0.0", "550", "Az e-mail cím nem található", record.UserUnknown},
		{"", "550", "Nama pengguna tidak terdaftar", record.UserUnknown},
		{"", "550", "Alamat e-mel penerima tidak sah", record.UserUnknown},
		{"", "550", "Người dùng không tồn tại trên hệ thống", record.UserUnknown},
		{"", "550", "Dia chi nguoi nhan khong ton tai", record.UserUnknown},
		{"", "550", "Alici adresi mevcut degil", record.UserUnknown},
		{"", "550", "บัญชีนี้ไม่มีอยู่ในระบบ", record.UserUnknown},
		// Mailbox limits in words, in bytes or in messages.
		{"", "552", "Delivery refused: 20 MB of 20 MB used, no room left in this mailbox", record.MailboxFull},
		{"", "452", "This inbox contains 9999 messages, the maximum the plan allows", record.MailboxFull},
		// The sender's own null MX is the sender's problem.
		{"5.7.27", "550", "Your sender domain publishes a null MX; we refuse mail that could never be answered", record.Rejected},
		{"5.1.10", "556", "Recipient domain has null MX", record.NotAccept},
		// The recipient's own refusal of this sender.
		{"5.7.1", "550", "The mailbox owner has decided to reject mail from this sender", record.Filtered},
		// Relaying in other words.
		{"", "554", "Relaying rejected by local policy", record.NoRelaying},
		{"5.7.1", "550", "You may not use this server as a relay, it is not set up for your network", record.NoRelaying},
		// Content that breaks the transport.
		{"5.6.0", "554", "Message content is corrupt, STOREDRV.Deliver", record.ContentError},
		{"5.6.0", "550", "Bare linefeed characters are not permitted in SMTP DATA", record.ContentError},
		// The recipient's domain, when "recipient" stands beside "is unknown".
		{"5.1.2", "550", "The domain of the addressee could not be found", record.HostUnknown},
		{"", "554", "Target domain name does not exist", record.HostUnknown},
		// Exchange: the group only takes authenticated senders.
		{"5.7.134", "550", "RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required", record.SecurityError},
		// Words that name the cause beat a generic class (a 55x default,
		// "blocked by the recipient", a "filter" mention, a rate noun).
		{"", "550", "Attachments of this kind (.exe) are not permitted by the receiving site", record.PolicyViolation},
		{"", "554", "邮件附件格式不被允许", record.PolicyViolation},
		{"5.7.1", "550", "Blocked by the recipient: the destination's data loss prevention service found card numbers", record.PolicyViolation},
		{"", "554", "Rejected for 3 recipients: message scored over the spam limit of this gateway", record.SpamDetected},
		{"", "550", "Sorry, content rejected by our gateway (ref 7731)", record.SpamDetected},
		{"", "553", "Relay of mail for outside domains is disallowed", record.NoRelaying},
		{"", "", "The mailbox's delivery script /usr/bin/sorter exited with status 1", record.MailerError},
		{"5.0.0", "", "The mail file of this user has reached the quota its administrator set", record.MailboxFull},
		{"", "552", "Message size 52428800 bytes exceeds this server's limit", record.EmailTooLarge},
		{"", "451", "Disk I/O error on the message store", record.SystemError},
		{"", "", "服务器多次尝试后仍无法将邮件送达对方，已停止投递", record.Expired},
		// The sender's provider made no attempt: the address is on its
		// suppression list, whatever failure put it there.
		{"", "", "Skipped: the address is on our do-not-mail list since 550 5.1.1 mailbox unknown on 3 March", record.Suppressed},
		{"5.1.1", "550", "Not sent: this recipient is on your account's Hard Bounces suppression list (550 5.1.1 user unknown)", record.Suppressed},
		// The sender's own domain has no DNS.
		{"4.0.0", "451", "451 Deferred: envelope sender domain is unresolvable", record.Rejected},
		{"", "550", "550 Sender domain does not resolve in DNS", record.Rejected},
		// The recipient's own setting refuses this sender.
		{"5.2.0", "550", "550 The addressee has set mail from your domain to be refused", record.Filtered},
		// A named cause beats a provider's generic word.
		{"4.2.2", "452", "对方服务器拒收：收件人邮箱空间不足 452 4.2.2 quota exceeded", record.MailboxFull},
		// Moved, in traditional Chinese, Japanese and Korean.
		{"", "", "此信箱已搬遷，請改寄至新的地址", record.HasMoved},
		{"", "", "このメールアドレスは移転しました。新しいアドレスへお送りください", record.HasMoved},
		{"", "", "해당 계정은 새 주소로 이전되었습니다", record.HasMoved},
		// A command syntax reply.
		{"5.5.4", "501", "501 5.5.4 Syntax: RCPT TO:<address> - unknown parameter NOTIFY=NEVER", record.SyntaxError},
		// The mailbox is gone although the person left and someone else
		// is named: userunknown; the same person at a new address: hasmoved.
		{"", "550", "550 Ms Berg has retired and her mailbox was closed at the end of June; please contact hr@example.org", record.UserUnknown},
		{"5.7.1", "550", "550 5.7.1 Delivery refused by mail flow policy: Tom Reyes is no longer employed here, and this email address has been deleted. Send orders to sales@example.org", record.UserUnknown},
		{"5.1.6", "551", "551 5.1.6 Recipient has moved; mail to him now goes to t.reyes@example.net", record.HasMoved},
		{"5.1.6", "550", "550 5.1.6 This address was closed when she transferred to the Lyon office; write to a.martin@lyon.example", record.HasMoved},
		// Content words over a bare "blocked".
		{"5.7.1", "550", "550 5.7.1 Blocked by content filter: the body contains a prohibited phrase", record.PolicyViolation},
		// The recipient's own reception settings.
		{"5.7.1", "550", "550 5.7.1 Mail refused by the recipient's reception settings", record.Filtered},
		// An administrator's anti-spoofing policy is policy, not a failed SPF check.
		{"5.7.1", "550", "550 5.7.1 Message blocked by Anti-Spoofing policy for inbound mail claiming an internal domain", record.PolicyViolation},
		// A gateway product's name in a notice's signature is no block list.
		{"5.2.2", "552", "552 5.2.2 User over quota. Report generated by Barracuda Email Security Service", record.MailboxFull},
		{"5.2.2", "552", "552 5.2.2 Mailbox quota exceeded. (Gateway filtering by SpamAssassin and ClamAV)", record.MailboxFull},
		{"5.7.1", "550", "550 5.7.1 Message refused: SpamAssassin score 9.3 over the site's limit", record.SpamDetected},
		{"5.7.1", "554", "554 5.7.1 ClamAV found Doc.Dropper.Agent-99 in the attachment", record.VirusDetected},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Action: "failed", Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: "RCPT"}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.reply, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestStageAndGiveUp: the stage and the notice's kind change what some
// words mean. New wordings of each class, through the whole classifier.
func TestStageAndGiveUp(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		action, command, status, reply, text string
		want                                 record.Reason
	}{
		// Local delivery agents answer no SMTP command: their own
		// user-unknown words hold with no stage named.
		{"failed", "", "5.0.0", "", `<ops@example.net> (expanded from <team@example.net>): unknown user: "ops"`, record.UserUnknown},
		{"failed", "", "", "", `unknown local-part "info" in domain "example.com"`, record.UserUnknown},
		// A bare reply after DATA is still the filter reading.
		{"failed", "DATA", "", "550", "550 No such user", record.Filtered},
		// A cause named for this recipient before a template's guesses.
		{"failed", "", "", "", "ana@example.org (mailbox full) Possible reasons: the address may be mistyped, or the server may be down", record.MailboxFull},
		{"failed", "RCPT", "", "550", "bo@example.org: unknown recipient. Possible causes include: the address may be wrong, or the user may have left", record.UserUnknown},
		// A final notice that the queue gave up is expired, even when it
		// quotes the last network error …
		{"failed", "", "", "", "Message expired: it remained in the mail queue for 120 hours. Last error: connection refused", record.Expired},
		{"failed", "", "", "", "Could not deliver within the maximum lifetime of the queue; no route to host mx.example.org", record.Expired},
		// … while a delay notice that names its cause is that cause.
		{"delayed", "", "4.2.2", "452", "452 4.2.2 Mailbox full, will keep trying", record.MailboxFull},
		{"delayed", "", "4.4.1", "", "connect to mx.example.org: Connection refused", record.NetworkError},
		// A timeout in a delay notice is how the last attempt failed,
		// with or without a status; in a final notice it is the give-up.
		{"delayed", "", "", "", "Delivery is delayed: the connection to mail.example.org timed out, we will keep trying for 3 days", record.NetworkError},
		{"delayed", "", "4.4.2", "", "conversation with mx.example.org timed out while sending RCPT TO", record.NetworkError},
		// RFC 5321's "local error in processing" and a connection rate, as
		// localised servers write them (with or without accents).
		{"delayed", "", "4.3.0", "451", "451 4.3.0 Erreur locale de traitement, réessayez plus tard", record.SystemError},
		{"delayed", "", "4.7.0", "421", "421 Demasiadas conexiones simultaneas desde su IP", record.RateLimited},
		// Postfix's "Host not found, try again" in the final notice: the
		// domain never resolved while the queue kept the message.
		{"failed", "", "5.4.4", "", "Host or domain name not found. Name service error for name=shop.example type=A: Host not found, try again", record.HostUnknown},
		{"delayed", "", "4.4.3", "", "Host or domain name not found. Name service error for name=shop.example type=A: Host not found, try again", record.NetworkError},
		{"failed", "", "", "", "Giving up: the connection to mail.example.org timed out", record.Expired},
		{"delayed", "", "4.0.0", "", "Delivery is delayed; the server will keep trying", record.Expired},
		{"delayed", "", "4.3.0", "451", "451 4.3.0 Mail store I/O error, will retry", record.SystemError},
		{"delayed", "", "", "451", "451 Resources are temporarily unavailable on this server, will keep trying", record.SystemError},
		// A mailbox server's own delivery module, with no stage named.
		{"failed", "", "", "", "Delivery failed: LOCAL module(account zoe) reports: account is unknown", record.UserUnknown},
		// A local mail store's own user-unknown words, with no stage.
		{"failed", "", "", "", "*** k.lee@club.example.org : no such local user (alias file and mailbox directories checked)", record.UserUnknown},
		{"failed", "", "5.0.0", "", "%MAIL-E-NOSUCHUSR, no such user WEBER at node NODE7", record.UserUnknown},
		// A final give-up beats the failure to reach the host it quotes …
		{"failed", "", "4.4.1", "", "<a@example.org>: Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", record.Expired},
		{"failed", "", "4.4.7", "", "<a@example.org>... Deferred: Connection reset by mx.example.org. Message could not be delivered for 3 days", record.Expired},
		{"failed", "", "", "", "3日間再送を試みましたが、相手先サーバーに接続できなかったため、配信を断念しました。", record.Expired},
		{"failed", "", "", "", "系统在 72 小时内多次尝试连接对方服务器均失败，已放弃投递此邮件。", record.Expired},
		// … but not a cause named beside it, nor a delay notice's future.
		{"failed", "", "4.2.2", "", "<a@example.org>: 192.0.2.9 does not like recipient. Remote host said: 452 4.2.2 mailbox is full. I'm not going to try again; this message has been in the queue too long.", record.MailboxFull},
		{"failed", "", "4.4.7", "", "<a@example.org>... Deferred: Name server: example.org.: host name lookup failure. Message could not be delivered for 5 days", record.NetworkError},
		{"delayed", "", "4.2.2", "452", "收件人邮箱已满。系统将继续尝试，如果 48 小时内仍无法投递，将放弃投递。", record.MailboxFull},
		// A local program's exit report over what the program printed.
		{"failed", "", "", "", "Child process of crm_pipe transport returned 69 from command: /usr/local/bin/crm-in. crm-in: unable to connect to database at 10.0.0.5", record.MailerError},
		// The notice's own class-only status and no reply: nothing tells
		// why (undefined); a reply with words that name no cause is a
		// real refusal (onhold).
		{"failed", "", "5.0.0", "", "The e-mail system could not deliver this message and gave no further details. <mail1.example.org #5.0.0>", record.Undefined},
		{"failed", "", "5.0.0", "554", "554 5.0.0 Message refused", record.OnHold},
		// The receiver's own transport or mail store is broken.
		{"delayed", "", "4.3.0", "", "delivery transport unavailable", record.SystemError},
		{"failed", "", "5.0.0", "", "The router could not open the mailbox database of this user on server HUB2", record.SystemError},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: tt.command}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %s %q: %s by %s, want %s", tt.action, tt.command, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
