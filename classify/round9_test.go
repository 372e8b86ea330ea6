package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
)

// TestNamedCauseOverGenericWords: fix round 9's classes, in wordings
// written from each class's description (not from the batches): a cause
// the words name beats the rate limit, policy template, "mailbox
// unavailable" or authentication word around it.
func TestNamedCauseOverGenericWords(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		addr, action, status, reply, text string
		want                              record.Reason
	}{
		// Gmail's bulk-sender table: its own meanings of x.7.27/29/30/32.
		{"a@gmail.com", "delayed", "4.7.27", "421", "421-4.7.27 Deliveries from you are being slowed down; see the bulk sender guidelines - gsmtp", record.AuthFailure},
		{"a@gmail.com", "failed", "5.7.30", "550", "550-5.7.30 Message refused under the bulk sender requirements - gsmtp", record.AuthFailure},
		{"a@gmail.com", "failed", "5.7.32", "550", "550-5.7.32 Message refused: your sending practices do not meet the bulk sender requirements - gsmtp", record.AuthFailure},
		{"a@gmail.com", "delayed", "4.7.29", "421", "421-4.7.29 Deliveries from you are being slowed down; see the bulk sender guidelines - gsmtp", record.FailedSTARTTLS},
		// The same causes named in words, by any receiver.
		{"a@example.org", "delayed", "4.7.0", "421", "421 4.7.0 We are throttling your mail because DKIM verification did not pass for example.com", record.AuthFailure},
		{"a@example.org", "failed", "5.7.1", "550", "550 5.7.1 Mail blocked: the sending domain doesn't pass SPF for 192.0.2.9", record.AuthFailure},
		{"a@example.org", "delayed", "4.7.0", "421", "421 4.7.0 Rate limited: the message was not sent over TLS", record.FailedSTARTTLS},
		// Yahoo/AOL's policy template with the failed check named.
		{"a@yahoo.com", "failed", "5.7.9", "554", "554 5.7.9 Message not accepted for policy reasons; DKIM signature for example.com did not verify", record.AuthFailure},
		{"a@yahoo.com", "failed", "5.7.9", "554", "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes", record.PolicyViolation},
		{"a@gmail.com", "failed", "5.7.1", "550", "550-5.7.1 The sender's domain has a policy that prohibited the mail that you sent (SPF hard fail for 192.0.2.3)", record.AuthFailure},
		// Microsoft's "mailbox unavailable" with the mailbox switched off.
		{"a@hotmail.com", "failed", "5.2.1", "550", "550 5.2.1 Requested action not taken: mailbox unavailable. This account is disabled after two years without a sign-in.", record.Suspend},
		// A virus whose name holds "spoof" is the scanner's verdict …
		{"a@example.org", "failed", "5.7.1", "554", "554 5.7.1 Malware found in the attachment (Sanesecurity.Foxhole.SpoofedSender)", record.VirusDetected},
		// Old products' own texts, with no stage named.
		{"71234.56@compuserve.com", "failed", "", "", "Mail to 71234.56@compuserve.com could not be sent. Receiver not found: 71234,56", record.UserUnknown},
		{"a@example.org", "failed", "", "", "a@example.org The message size (8.1 MB) exceeds the limit of 5 MB configured for this domain.", record.EmailTooLarge},
		{"a@example.net", "failed", "", "", "a@example.net because: No route found to domain example.net from server HUB01/ACME.", record.HostUnknown},
		{"a@example.net", "failed", "5.4.0", "", "The destination server for this recipient could not be found in DNS. <GW1.example.org #5.4.0>", record.HostUnknown},
		// AOL's RLY codes refuse the connecting IP, whatever cause they cite.
		{"a@aol.com", "failed", "", "554", "554 (RLY:SN) AOL will not accept mail from this server because of the volume of unsolicited mail reported by members", record.Blocked},
		// A final notice at 4.x.x whose words are only the last refused
		// connection: the queue gave up; in a delay notice, the network.
		{"a@example.net", "failed", "4.4.1", "", "delivery temporarily suspended: connect to mx1.example.net[203.0.113.9]:25: No route to host", record.Expired},
		{"a@example.net", "delayed", "4.4.1", "", "connect to mx1.example.net[203.0.113.9]:25: No route to host", record.NetworkError},
		{"a@example.net", "failed", "5.4.1", "", "connect to mx1.example.net[203.0.113.9]:25: Connection refused", record.NetworkError},
		// Yahoo's deferral code with too many connections named: the rate.
		{"a@yahoo.com", "delayed", "4.7.0", "421", "421 4.7.0 [TSS04] Deferred: excessive number of connections from 192.0.2.44 at once", record.RateLimited},
		{"a@yahoo.com", "delayed", "4.7.0", "421", "421 4.7.0 [TSS04] Messages from 192.0.2.44 temporarily deferred due to unexpected volume or user complaints", record.BadReputation},
		// … while a spoofed sender is still a failed check.
		{"a@example.org", "failed", "5.7.1", "550", "550 5.7.1 Refused: the sender domain appears to be spoofed", record.AuthFailure},
	}
	for _, tt := range tests {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{Address: tt.addr, Action: tt.action, Status: tt.status, ReplyCode: tt.reply, Diagnostic: tt.text}}}
		got := c.Classify(m, "")[0]
		if got.Reason != tt.want {
			t.Errorf("%s %s %q: %s by %s, want %s", tt.action, tt.status, tt.text, got.Reason, got.Rule, tt.want)
		}
	}
}
