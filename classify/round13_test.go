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
		// A final notice's plain give-up, and a delivery-time-expired
		// status whose only words are the last connection error.
		{"a@example.org", "failed", "", "", "We kept trying to reach example.org for four days. We have given up on this message.", record.Expired},
		{"a@example.org", "failed", "", "", "Delivery to a@example.org gave up after three days without a reply", record.Expired},
		{"a@example.org", "failed", "4.4.7", "", "No route to host", record.Expired},
		{"a@example.org", "delayed", "4.4.7", "", "Connection refused", record.NetworkError},
		// Delays that name their cause: a directory (DNS) lookup under
		// X.4.3, and Cloudflare's upstream failure that asks for a retry.
		{"a@example.cn", "delayed", "4.4.3", "450", "450 4.4.3 Domain lookup failed, will retry", record.NetworkError},
		// Provider tables and words: Spectrum's AUP#1000 refuses the IP;
		// an organisation's mail policy; a disabled user; a directory
		// that has no such person; a mailbox-disabled status with words.
		{"a@charter.net", "failed", "5.7.1", "554", "554 5.7.1 192.0.2.200 refused by policy AUP#Out-1000", record.Blocked},
		{"a@example.edu.cn", "failed", "5.7.1", "550", "550 5.7.1 Not delivered: the recipient organisation's content policy forbids mass mailings", record.PolicyViolation},
		{"a@example.cn", "failed", "", "554", "554 RCPT TO <a@example.cn> refused: user is suspended by the administrator", record.Suspend},
		{"a@example.com", "failed", "5.0.0", "", "Person 'a' is not listed in the Domino directory of example.com", record.UserUnknown},
		{"a@example.com", "failed", "5.2.1", "550", "550 5.2.1 mailbox closed by the owner and deactivated", record.Suspend},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestRound13CloudflareRetry: Cloudflare's upstream error that asks for a
// retry is its routing service's failure (the host names the provider).
func TestRound13CloudflareRetry(t *testing.T) {
	c := New(rules.Default())
	m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.dev", Action: "delayed", Status: "4.3.0", ReplyCode: "451",
		RemoteMTA: "route1.mx.cloudflare.net", Diagnostic: "451 4.3.0 Email Routing upstream error: the forward address is temporarily unavailable, retry later"}}}
	if got := c.Classify(m, "")[0]; got.Reason != record.SystemError {
		t.Errorf("%s by %s, want systemerror", got.Reason, got.Rule)
	}
}

// TestRound13ClosedNotDisabled: a closed mailbox under X.2.1, said at RCPT
// TO, without words that say disabled, stays a missing mailbox.
func TestRound13ClosedNotDisabled(t *testing.T) {
	c := New(rules.Default())
	m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.org", Action: "failed", Status: "5.2.1", ReplyCode: "550",
		Command: "RCPT", Diagnostic: "550 5.2.1 <a@example.org>: this mailbox was closed last year"}}}
	if got := c.Classify(m, "")[0]; got.Reason != record.UserUnknown {
		t.Errorf("%s by %s, want userunknown", got.Reason, got.Rule)
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
		// qmail's "Giving up on IP." ends every permanent failure: the reply decides.
		{"failed", "", "", "<a@example.org>: 192.0.2.9 does not like recipient. Remote host said: 552 Recipient mailbox is full. Giving up on 192.0.2.9.", record.MailboxFull},
		// A connection error under a status that is not the queue's give-up.
		{"failed", "5.4.1", "", "Connection refused", record.NetworkError},
		// A sender not in a directory is not the recipient.
		{"failed", "5.7.1", "550", "550 5.7.1 Sender not found in directory", record.Rejected},
		// A table lookup of the receiving system stays its own failure.
		{"delayed", "4.3.0", "451", "451 4.3.0 <a@example.org>: Temporary lookup failure", record.SystemError},
	} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.org", Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%q: %s by %s, want %s", tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
