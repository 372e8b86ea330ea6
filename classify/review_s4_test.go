package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestHoldIsNoSideNote: review s4's findings, through the whole
// classifier with the stage each reply was given at. A hold decides only
// as the message's fate: not negated ("not held for review"), not a
// promise ("the postmaster will review the message"), not beside an
// address status or a missing or full mailbox, and not a side note of a
// refusal with a named cause. The Chinese anti-spam policy is spam, a size
// limit per attachment type is a size refusal, and a HELO domain without
// mail servers is not the recipient's domain.
func TestHoldIsNoSideNote(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		command, status, reply, host, text string
		want                               record.Reason
		hard                               bool
	}{
		// M1: a hold beside a stronger fact.
		{"RCPT", "5.1.1", "550", "", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown. Nothing was held for review.", record.UserUnknown, true},
		{"DATA", "5.7.1", "550", "", "550 5.7.1 Rejected as spam; the message was not held for review and has been deleted", record.SpamDetected, false},
		{"DATA", "5.7.1", "550", "", "550 5.7.1 The message was refused for its content and was never quarantined pending review", record.PolicyViolation, false},
		{"DATA", "5.7.1", "550", "", "550 5.7.1 Your message was rejected as spam. If you think this is a mistake, reply and our postmaster will review the message.", record.SpamDetected, false},
		{"DATA", "5.2.2", "552", "", "552 5.2.2 Mailbox full; the administrator will review the message and release it when space is freed", record.MailboxFull, false},
		{"RCPT", "5.2.2", "552", "", "552 5.2.2 Quota exceeded; your mail was held pending release by the postmaster", record.MailboxFull, false},
		{"RCPT", "5.1.1", "550", "", "550 5.1.1 No such mailbox here; a copy was held for administrator review", record.UserUnknown, true},
		{"DATA", "5.7.1", "550", "", "550 5.7.1 Rejected: message contains a virus and was quarantined pending review", record.VirusDetected, false},
		{"RCPT", "", "", "", "Mailbox unknown: the recipient does not exist here; the message is held for approval by the postmaster", record.UserUnknown, true},
		// M1: a hold that is the fate stays a hold, whatever the policy.
		{"DATA", "4.7.1", "451", "", "451 4.7.1 Message quarantined for administrator review (spam score 62)", record.OnHold, false},
		{"", "", "", "", "Your message was not delivered yet: it is held for review by the recipient organisation (Attachment Protection policy).", record.OnHold, false},
		{"", "", "", "", "The message matched the content filter rule \"Large newsletters\" and is on hold until the administrator releases it.", record.OnHold, false},
		// M2: anti-spam and rate policies keep their reasons.
		{"DATA", "", "550", "mx3.qq.com", "550 Mail content denied. 邮件内容违反了反垃圾策略", record.SpamDetected, false},
		{"DATA", "", "554", "", "554 邮件违反了反垃圾邮件策略，被系统拒收", record.SpamDetected, false},
		{"DATA", "", "550", "mx1.qq.com", "550 您的邮件违反了收件方企业设置的安全策略，已被拒收", record.PolicyViolation, false},
		// S3: a size limit per attachment type.
		{"DATA", "5.3.4", "552", "", "552 5.3.4 Message too large: attachments of type .zip larger than 10MB are not accepted", record.EmailTooLarge, false},
		{"DATA", "5.7.1", "550", "", "550 5.7.1 Delivery not authorized, message refused: attachments of type .xlsm are blocked here", record.PolicyViolation, false},
		// S5: the client's HELO domain is not the recipient's.
		{"RCPT", "5.7.1", "550", "", "550 5.7.1 Client host rejected: no mail servers exist for your HELO domain", record.Blocked, false},
		{"RCPT", "", "550", "", "550 No mail servers exist for example.invalid", record.HostUnknown, true},
	}
	for _, tt := range tests {
		rcpt := parser.Recipient{Address: "bob@example.org", Action: "failed", Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text, Command: tt.command, RemoteMTA: tt.host}
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{rcpt}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want || got.Hard != tt.hard {
			t.Errorf("%s %s %q: %s (hard %v) by %s, want %s (hard %v)", tt.command, tt.status, tt.text, got.Reason, got.Hard, got.Rule, tt.want, tt.hard)
		}
	}
}

// TestDecidesKeepsStageForCauses: a rule set built in code, where the
// file parser's check cannot stop it, marks a userunknown rule `decides`.
// Only vague reasons skip the stage adjustment, so words said in reply to
// MAIL FROM are still about the sender, not the recipient's mailbox.
func TestDecidesKeepsStageForCauses(t *testing.T) {
	rs, err := rules.NewSet([]*rules.Rule{{
		ID: "my.unknown", Reason: record.UserUnknown, Priority: 50, Decides: true,
		Phrases: []string{"zork mailbox is gone"}, Source: "test:1",
	}, {
		ID: "my.rejected", Reason: record.Rejected, Status: []string{"5.1.0"}, Source: "test:2",
	}})
	if err != nil {
		t.Fatal(err)
	}
	rcpt := parser.Recipient{Address: "bob@example.org", Action: "failed", Status: "5.1.0", ReplyCode: "550",
		Diagnostic: "550 5.1.0 zork mailbox is gone", Command: "MAIL"}
	got := New(rs).Classify(&parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{rcpt}}, "")[0]
	if got.Reason != record.Rejected || got.Hard {
		t.Errorf("MAIL FROM words: %s (hard %v) by %s, want rejected, soft", got.Reason, got.Hard, got.Rule)
	}
}
