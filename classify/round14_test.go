package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound14Classes: fix round 14's classes, in wordings written from
// each class's description (not from the batches, the phrasebook or the
// rules' examples).
func TestRound14Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, text string
		want                              record.Reason
	}{
		// 1. The sender's own side: its sending quota is a rate limit, not
		// a full mailbox; Exim's give-up after a long failure period; an
		// MX that points home is a loop; a host lookup that did not
		// complete and a transport error are the cause of a delay.
		{"a@example.org", "delayed", "4.7.1", "452", "452 4.7.1 Sender quota used up for alice@example.com, retry in one hour", record.RateLimited},
		{"a@example.org", "failed", "", "550", "550 Outgoing quota of this account exceeded for today", record.RateLimited},
		{"a@example.cn", "failed", "", "", "发送失败：该账号今日外发数量已达到上限（500 封）", record.RateLimited},
		{"a@example.org", "failed", "5.2.0", "554", "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Actual verdict is RefuseQuota, SendLimit", record.RateLimited},
		{"a@example.org", "failed", "", "", "a@example.org: retry time not reached for any host for 'example.org' after a long failure period", record.Expired},
		{"a@example.org", "failed", "", "", "R=lookuphost: lowest numbered MX record points to local host", record.NetworkError},
		{"a@example.org", "failed", "5.3.5", "553", "553 5.3.5 MX list for example.org. points back to relay.example.com", record.NetworkError},
		{"a@example.org", "delayed", "", "", "R=dnslookup defer (-1): DNS lookup did not complete for example.org", record.NetworkError},
		{"a@example.org", "delayed", "4.3.0", "", "delivery deferred by the relay: smtp transport error, will retry", record.SystemError},
		{"a@example.org", "delayed", "4.3.0", "451", "451 4.3.0 A temporary processing failure occurred, try again later", record.SystemError},
		// 2. Concept words in more languages.
		{"a@example.bg", "failed", "", "", "Пощенската кутия на адресата е деактивирана", record.Suspend},
		{"a@example.ua", "failed", "", "", "Отримувача з такою поштовою адресою не існує", record.UserUnknown},
		{"a@example.es", "failed", "", "", "La dirección del destinatario es inexistente en este servidor", record.UserUnknown},
		{"a@example.fr", "failed", "", "", "Nom de domaine inexistant pour ce destinataire", record.HostUnknown},
		{"a@example.tw", "failed", "", "", "收件者所屬網域不存在", record.HostUnknown},
		{"a@example.tw", "failed", "", "", "此信件內容被系統判定為垃圾郵件", record.SpamDetected},
		{"a@example.tw", "failed", "", "", "發信IP位址列於黑名單中", record.Blocked},
		{"a@example.com.tr", "failed", "", "", "Gönderen IP adresi kara listeye alınmış", record.Blocked},
		{"a@example.com.tr", "failed", "", "", "Bu e-posta istenmeyen posta olarak işaretlendi", record.SpamDetected},
		{"a@example.ca", "failed", "", "", "Courriel rejeté : contenu identifié comme pourriel", record.SpamDetected},
		{"a@example.sk", "failed", "", "", "Správa prekračuje limit veľkosti schránky príjemcu 10 MB", record.EmailTooLarge},
		{"a@example.ru", "failed", "", "", "Письмо отклонено: превышен максимальный размер сообщения", record.EmailTooLarge},
		{"a@example.fr", "failed", "", "", "Une boucle de messagerie a été détectée", record.NetworkError},
		{"a@example.ru", "failed", "", "", "Обнаружена петля при доставке почты", record.NetworkError},
		{"a@example.jp", "failed", "", "", "送信者の評価が低いためメッセージを受け付けません", record.BadReputation},
		{"a@example.es", "failed", "", "", "Mensaje devuelto por infringir la política de uso", record.PolicyViolation},
		// 3. The recipient's own screening.
		{"a@example.net", "failed", "5.7.1", "550", "550 5.7.1 This forwarding address is blocking all mail at the user's request", record.Filtered},
		{"a@example.net", "failed", "5.7.1", "550", "550 5.7.1 The addressee has screened out messages from your domain", record.Filtered},
		{"a@example.net", "failed", "5.7.1", "550", "550 5.7.1 Sender is on the mailbox owner's blocked-senders list", record.Filtered},
		{"a@example.jp", "failed", "5.7.1", "550", "550 5.7.1 受信者が受信拒否を設定しています", record.Filtered},
		// 4. A listed sending IP, whatever the list's name says.
		{"a@example.jp", "failed", "5.7.1", "554", "554 5.7.1 Client host [198.51.100.4] blocked: listed on our spam sources list", record.Blocked},
		{"a@example.ru", "failed", "5.7.1", "550", "550 5.7.1 Your IP 198.51.100.77 has been blocked by the spam filter, see https://help.example.ru/spam", record.Blocked},
		// 5. Others.
		{"a@example.org", "failed", "", "550", "550 That disposable inbox was deleted and no longer exists", record.UserUnknown},
		{"a@example.org", "failed", "5.2.1", "550", "550 5.2.1 Account disabled by its owner; mail is not accepted", record.Suspend},
		{"a@example.gov.cn", "failed", "5.1.8", "553", "退信原因：发件人域名无法解析 (553 5.1.8 Sender address domain not found)", record.Rejected},
		{"a@example.ac.za", "failed", "", "550", "550 Administrative prohibition - no user by that name here", record.UserUnknown},
		{"a@example.ru", "failed", "5.7.1", "550", "550 5.7.1 Mail blocked under the recipient's sanctions policy", record.PolicyViolation},
		{"a@example.com", "failed", "", "", "The Domino Directory entry for this person does not specify a mail file", record.UserUnknown},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: "RCPT"}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
