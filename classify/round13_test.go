package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound13Classes: fix round 13's classes, in wordings written from
// each class's description (not from the batches or the rules' examples).
func TestRound13Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, text string
		want                              record.Reason
	}{
		// The noun that owns the size decides: the mailbox's size is a
		// full mailbox, the message's size a message too large.
		{"a@example.net", "failed", "", "", "Mailbox size exceeds the allowed maximum for a@example.net", record.MailboxFull},
		{"a@example.nl", "failed", "5.2.2", "552", "552 5.2.2 <a@example.nl>: inbox storage limit has been reached", record.MailboxFull},
		{"a@example.nl", "failed", "", "552", "552 Dit postvak heeft de maximale omvang bereikt", record.MailboxFull},
		{"a@example.com", "failed", "", "552", "552 5.3.4 message exceeds 20 MB limit set by the administrator", record.EmailTooLarge},
		{"a@example.cn", "failed", "", "", "退信原因：邮件的体积（45MB）已超过对方服务器允许的上限", record.EmailTooLarge},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestRound13NotCaught: what the round's classes must leave alone.
func TestRound13NotCaught(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct {
		action, status, reply, text string
		want                        record.Reason
	}{
		// A message over the mailbox's per-message limit is the message's size.
		{"failed", "", "552", "552 Message size exceeds the per-message limit of the recipient's mailbox", record.EmailTooLarge},
	} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.org", Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%q: %s by %s, want %s", tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
