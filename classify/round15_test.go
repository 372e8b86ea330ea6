package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound15Classes: fix round 15's classes, in wordings written from
// each class's description (not from the batches, the phrasebook or the
// rules' examples).
func TestRound15Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, host, vendor, text string
		want                                            record.Reason
	}{
		// 1. Thai, Vietnamese, Indonesian and Malay words for the concepts.
		{"a@example.co.id", "failed", "", "", "", "", "Gagal dikirim: kotak masuk milik penerima telah penuh", record.MailboxFull},
		{"a@example.com.my", "failed", "", "", "", "", "Peti mel penerima sudah penuh, sila cuba lagi kemudian", record.MailboxFull},
		{"a@example.co.th", "failed", "", "", "", "", "ไม่สามารถส่งได้ เนื่องจากกล่องอีเมลของผู้รับเต็มแล้ว", record.MailboxFull},
		{"a@example.vn", "failed", "", "", "", "", "Không gửi được: hộp thư người nhận đã đầy", record.MailboxFull},
		{"a@example.co.id", "failed", "", "", "", "", "Pengguna dengan alamat ini tidak ditemukan di server kami", record.UserUnknown},
		{"a@example.com.my", "failed", "", "", "", "", "Akaun penerima tidak wujud dalam sistem", record.UserUnknown},
		{"a@example.co.th", "failed", "", "", "", "", "ไม่พบผู้ใช้ปลายทางในระบบอีเมลของเรา", record.UserUnknown},
		{"a@example.vn", "failed", "", "", "", "", "Tài khoản người nhận không tồn tại trên máy chủ", record.UserUnknown},
		{"a@example.co.id", "failed", "", "", "", "", "Akun penerima telah dinonaktifkan oleh administrator", record.Suspend},
		{"a@example.co.th", "failed", "", "", "", "", "บัญชีของผู้รับถูกระงับชั่วคราว", record.Suspend},
		{"a@example.vn", "failed", "", "", "", "", "Tài khoản của người nhận đã bị khóa", record.Suspend},
		{"a@example.co.id", "failed", "", "", "", "", "Ukuran pesan terlalu besar untuk diterima server tujuan", record.EmailTooLarge},
		{"a@example.vn", "failed", "", "", "", "", "Kích thước thư quá lớn, vui lòng giảm dung lượng tệp đính kèm", record.EmailTooLarge},
		{"a@example.tw", "failed", "", "", "", "", "退件原因：郵件大小超過對方伺服器允許的上限", record.EmailTooLarge},
		{"a@example.co.th", "failed", "", "", "", "", "ข้อความของคุณถูกจัดเป็นสแปม", record.SpamDetected},
		{"a@example.vn", "failed", "", "", "", "", "Nội dung được đánh giá là thư rác", record.SpamDetected},
		{"a@example.co.id", "delayed", "4.7.0", "421", "", "", "421 4.7.0 Terlalu banyak koneksi dari alamat Anda, silakan ulangi", record.RateLimited},
		{"a@example.vn", "delayed", "4.7.0", "421", "", "", "421 4.7.0 Có quá nhiều kết nối từ máy chủ của bạn", record.RateLimited},
		{"a@example.co.id", "failed", "", "", "", "", "Alamat IP pengirim diblokir karena masuk daftar hitam", record.Blocked},
		{"a@example.vn", "failed", "", "", "", "", "IP gửi thư của bạn đã bị chặn bởi hệ thống", record.Blocked},
		{"a@example.kr", "failed", "", "", "", "", "보내는 서버 IP가 스팸 발송지로 분류되었습니다", record.Blocked},
		// 2. The ESP's own list for the sending account.
		{"a@example.org", "failed", "", "", "", "", "preblocked: a spam complaint from this contact was recorded, so the message was not sent", record.Suppressed},
		{"a@example.org", "failed", "", "", "", "", "This recipient is on your account's exclusion list and will not be emailed", record.Suppressed},
		{"a@example.org", "failed", "", "", "", "", "Not sent: the contact is blocklisted for your account", record.Suppressed},
		// 3. Google Groups' own refusals.
		{"g@example.edu", "failed", "5.1.1", "550", "aspmx.l.google.com", "gmail", "550 5.1.1 The group alumni@example.edu does not exist, check the spelling - gsmtp", record.UserUnknown},
		{"g@googlegroups.com", "failed", "5.3.4", "552", "", "googlegroups", "552 5.3.4 This post is too large for the group and was not delivered", record.EmailTooLarge},
		{"g@example.edu", "failed", "5.7.1", "550", "aspmx.l.google.com", "gmail", "550 5.7.1 You do not have permission to post to this group; ask a manager - gsmtp", record.Rejected},
		{"g@example.edu", "failed", "5.7.1", "550", "", "", "550 5.7.1 Your sender address is not permitted to post here", record.Rejected},
		{"a@example.edu", "failed", "5.7.0", "552", "", "", "552 5.7.0 Our domain does not allow attachments of that kind to leave the organisation", record.PolicyViolation},
		// 4. Provider codes and words.
		{"a@163.com", "failed", "", "550", "163mx01.mxmail.netease.com", "", "550 MI:CEL 163 mx3 session closed", record.SyntaxError},
		{"a@outlook.com", "failed", "5.7.1", "550", "outlook-com.olc.protection.outlook.com", "", "550 5.7.1 The connecting IP sits in our block list (S775)", record.Blocked},
		{"a@example.org", "failed", "5.3.190", "550", "", "", "550 5.3.190 Journal reports cannot be delivered to this tenant", record.PolicyViolation},
		{"a@example.org", "failed", "", "554", "", "", "554 5.5.0 SMTP protocol synchronization error: input sent before the banner", record.SyntaxError},
		{"a@example.org", "failed", "", "", "", "", "local delivery failed: delivery to file forbidden for this alias", record.SystemError},
		{"a@example.org", "failed", "5.7.1", "550", "", "", "550 5.7.1 Rejected by the milter", record.Filtered},
		{"a@example.org", "failed", "", "", "", "", "The mailbox info@example.org is suspended for incoming mail", record.Suspend},
		{"a@example.org", "failed", "", "", "", "", "Rejected: outgoing mail limit for mailbox news@example.org (50 per hour) reached", record.RateLimited},
		{"a@gmail.com", "failed", "5.7.28", "550", "gmail-smtp-in.l.google.com", "", "550-5.7.28 An unusual rate of unsolicited mail originating from your IP address has been detected; mail from it has been blocked", record.Blocked},
		{"a@yahoo.com", "failed", "5.7.9", "550", "mta5.am0.yahoodns.net", "", "550 5.7.9 Senders of bulk mail must offer one-click unsubscribe", record.PolicyViolation},
		{"a@icloud.com", "delayed", "4.7.1", "421", "mx01.mail.icloud.com", "", "421 4.7.1 [TS01] deferred: too many messages in a short time from your IP", record.RateLimited},
		// 5. Yahoo TSS04: the queue that gave up is expired; the deferral
		// itself stays badreputation, as the shared corpus labels it.
		{"a@yahoo.com", "failed", "4.4.7", "421", "mta7.am0.yahoodns.net", "", "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints", record.Expired},
		{"a@yahoo.com", "failed", "4.7.0", "421", "mta7.am0.yahoodns.net", "", "421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints", record.BadReputation},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Vendor: tt.vendor, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: "RCPT", RemoteMTA: tt.host}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
