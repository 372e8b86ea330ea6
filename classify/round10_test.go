package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound10Classes: fix round 10's classes, in wordings written from
// each class's description (not from the batches or the phrasebook).
func TestRound10Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, reporting, text string
		want                                         record.Reason
	}{
		// Providers' own notices in Hebrew, Turkish, Greek, Persian, Arabic.
		{"a@example.co.il", "failed", "", "", "", "a@example.co.il שגיאה: הנמען אינו קיים בשרת", record.UserUnknown},
		{"a@example.co.il", "failed", "", "", "", "a@example.co.il תיבת הדואר מלאה, לא ניתן לקבל הודעות", record.MailboxFull},
		{"a@example.com.tr", "failed", "", "", "", "a@example.com.tr Hata: bu adrese ait kullanıcı hesabı bulunmuyor", record.UserUnknown},
		{"a@example.com.tr", "failed", "", "", "", "a@example.com.tr Hata: alıcının posta kutusu dolu", record.MailboxFull},
		{"a@example.gr", "failed", "", "", "", "a@example.gr Σφάλμα: η διεύθυνση παραλήπτη δεν υπάρχει", record.UserUnknown},
		{"a@example.gr", "failed", "", "", "", "a@example.gr Σφάλμα: το γραμματοκιβώτιο είναι γεμάτο", record.MailboxFull},
		{"a@example.ir", "failed", "", "", "", "a@example.ir خطا: گیرنده در سامانه وجود ندارد", record.UserUnknown},
		{"a@example.ir", "failed", "", "", "", "a@example.ir خطا: صندوق پستی کاربر پر شده است", record.MailboxFull},
		{"a@example.sa", "failed", "", "", "", "a@example.sa خطأ: المستلم غير موجود على هذا الخادم", record.UserUnknown},
		{"a@example.sa", "failed", "", "", "", "a@example.sa خطأ: صندوق البريد ممتلئ", record.MailboxFull},
		{"a@example.sa", "failed", "", "", "", "a@example.sa خطأ: تم تعليق هذا الحساب", record.Suspend},
		{"a@example.gr", "failed", "", "", "", "a@example.gr Σφάλμα: ο λογαριασμός έχει απενεργοποιηθεί", record.Suspend},
		// Windows' socket timeout text: the network in a delay, the queue's
		// give-up in a final notice.
		{"a@example.net", "delayed", "4.4.0", "451", "", "451 4.4.0 Remote server returned: the connected party did not properly respond after a period of time", record.NetworkError},
		{"a@example.net", "failed", "", "", "", "Could not deliver; the connected host has failed to respond", record.Expired},
		// Groups: the sender named as no member is rejected; the group's
		// policy alone is filtered; Exchange's authentication codes stay
		// securityerror; servers for logged-in users only are not groups.
		{"g@lists.example.org", "failed", "5.7.1", "550", "", "550 5.7.1 Posting refused: you are not a subscriber of this list", record.Rejected},
		{"g@groups.example.org", "failed", "", "", "", "Delivery refused. Only group members can post; please join first.", record.Rejected},
		{"g@example.org", "failed", "5.7.1", "550", "", "550 5.7.1 <g@example.org>: this group accepts messages from its members only", record.Filtered},
		{"g@example.org", "failed", "5.7.133", "550", "", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required", record.SecurityError},
		{"a@example.org", "failed", "5.7.1", "550", "", "550 5.7.1 This relay accepts messages only from authenticated clients", record.SecurityError},
		// A content rule named in quotes, the refusal in another clause.
		{"a@example.org", "failed", "5.7.0", "550", "", "550 5.7.0 Blocked by the administrator of example.org: card numbers found (content compliance rule \"Cardholder data\")", record.PolicyViolation},
		// Sender verification quoting a provider's user-unknown about the sender.
		{"a@example.org", "failed", "", "550", "googlemail.com", "550-Verification failed for <me@example.com> 550-Response: 550-5.1.1 The email account that you tried to reach does not exist. 550 Sender verify failed", record.Rejected},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, ReportingMTA: tt.reporting, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, ReportingMTA: tt.reporting, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestRound10NotCaught: what the round's classes must leave alone.
func TestRound10NotCaught(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct {
		status, reply, text string
		notWant             record.Reason
	}{
		// Review S4: no list or group, no member word.
		{"5.7.1", "550", "550 5.7.1 Mailbox unavailable. Our network accepts email from customer addresses only", record.Filtered},
		{"5.7.1", "550", "550 5.7.1 This server accepts mail from authenticated users only", record.Filtered},
		// Gmail's own user-unknown, with no verification around it.
		{"5.1.1", "550", "550-5.1.1 The email account that you tried to reach does not exist. Please check the address", record.Rejected},
	} {
		m := &parser.Message{Kind: parser.Bounce, ReportingMTA: "googlemail.com", Recipients: []parser.Recipient{{Address: "a@example.org", Action: "failed", Status: tt.status, ReplyCode: tt.reply, ReportingMTA: "googlemail.com", Diagnostic: tt.text}}}
		if got := c.Classify(m, "")[0]; got.Reason == tt.notWant {
			t.Errorf("%q: %s by %s, must not be %s", tt.text, got.Reason, got.Rule, tt.notWant)
		}
	}
}
