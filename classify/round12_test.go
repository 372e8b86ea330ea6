package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestRound12Classes: fix round 12's classes, in wordings written from
// each class's description (not from the batches or the rules' examples).
func TestRound12Classes(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, text string
		want                              record.Reason
	}{
		// qmail's "Giving up on <IP>." ends every permanent failure: the
		// remote reply decides, also in unaccented Portuguese/Spanish.
		{"a@example.com.br", "failed", "", "", "<a@example.com.br>: 198.51.100.20 does not like recipient. Remote host said: 550 Usuario nao existe neste servidor Giving up on 198.51.100.20.", record.UserUnknown},
		{"a@example.com.ar", "failed", "", "", "<a@example.com.ar>: 198.51.100.21 does not like recipient. Remote host said: 550 La direccion de correo no existe Giving up on 198.51.100.21.", record.UserUnknown},
		{"a@example.com.br", "failed", "", "", "<a@example.com.br>: Remote host said: 550 O destinatario nao existe no dominio. Giving up on 198.51.100.22.", record.UserUnknown},
		// The recipient's domain is not registered or has no mail server.
		{"a@example.invalid", "failed", "", "", "Your mail to a@example.invalid was not sent: the domain example.invalid is not registered with any registrar.", record.HostUnknown},
		{"a@example.invalid", "failed", "", "", "Delivery stopped: the domain name example.invalid does not appear to be registered", record.HostUnknown},
		// The sender's domain failed the receiver's DNS check.
		{"a@example.cz", "failed", "5.7.1", "550", "550 5.7.1 Refused: sender domain mail.example.net failed its DNS lookup", record.Rejected},
		{"a@example.cz", "failed", "", "450", "450 Sender's domain has no MX or A record; mail from it is not accepted", record.Rejected},
		// Exchange 5.5's IMS line quotes the remote reply; it beats the
		// NDR's summary sentence.
		{"a@example.co.uk", "failed", "5.0.0", "", "The recipient name is not recognized MSEXCH:IMS:Acme:London:LON01 3550 (000B099C) 550 5.7.1 Unable to relay for a@example.co.uk", record.NoRelaying},
		{"a@example.co.uk", "failed", "5.0.0", "", "The recipient name is not recognized MSEXCH:IMS:Acme:Leeds:LDS2 3550 (000B099C) 552 5.2.2 Mailbox over quota", record.MailboxFull},
		// No transport for the address in the sending system.
		{"a@example.org", "failed", "", "", "a@example.org on 3 Mar 2026 No transport provider was available for delivery to this recipient.", record.SystemError},
		{"a@example.org", "failed", "", "", "Message not sent: no message transport is available for this address type", record.SystemError},
		// A delay whose words name the server's fault.
		{"a@example.it", "delayed", "4.3.0", "451", "451 4.3.0 Temporarily unable to deliver: router failed to open MAIL1.BOX", record.SystemError},
		// Microsoft's 5.7.350 beside a filter's words.
		{"a@example.com", "failed", "5.7.350", "550", "550 5.7.350 Remote server returned message detected as spam -> 550 Blocked by the recipient's content filter", record.SpamDetected},
		// A full message store, whatever the status says.
		{"a@example.it", "failed", "5.0.0", "", "The message store of this user is full; no new items can be stored", record.MailboxFull},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}

// TestRound12NotCaught: what the round's classes must leave alone.
func TestRound12NotCaught(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct {
		action, status, reply, text string
		want                        record.Reason
	}{
		// qmail's real queue give-up is still expired.
		{"failed", "", "", "<a@example.org>: I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", record.Expired},
		// A sender's unregistered domain is the sender's, not the recipient's.
		{"failed", "", "", "550 Sender address rejected: the sender domain example.net does not exist", record.Rejected},
		// An IMS line without a reply code is left to the whole text.
		{"failed", "", "", "The recipient name is not recognized MSEXCH:IMS:Acme:London:LON01 0 (000C05A6) Unknown Recipient", record.UserUnknown},
	} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: "a@example.org", Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%q: %s by %s, want %s", tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
