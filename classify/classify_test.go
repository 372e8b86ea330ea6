package classify

import (
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
)

func TestClassify(t *testing.T) {
	c := New(rules.Default())
	tests := []struct {
		name   string
		kind   parser.Kind
		r      parser.Recipient
		reason string
		hard   bool
	}{
		{"user unknown at RCPT", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.1", ReplyCode: "550",
			Diagnostic: "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown", Command: "RCPT"}, "userunknown", true},
		{"user unknown after DATA is a filter", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.0.0", ReplyCode: "550",
			Diagnostic: "550 Unknown user a@example.org", Command: "DATA"}, "filtered", false},
		{"user unknown with a mailbox status", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.2.0", ReplyCode: "550",
			Diagnostic: "550 Unknown user a@example.org"}, "filtered", false},
		{"bare user unknown at no known stage is a filter", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "550 <a@example.org>... No such user"}, "filtered", false},
		{"bare user unknown said to RCPT TO", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "550 No such user", Command: "RCPT"}, "userunknown", true},
		{"bare user unknown with an address status", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.1", ReplyCode: "550",
			Diagnostic: "550 No such user"}, "userunknown", true},
		{"the status gloss settles ambiguous words", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.2.1", ReplyCode: "550",
			StatusComment: "mailbox disabled, not accepting messages", Diagnostic: "550 5.2.1 <a@example.org>... User Unknown"}, "suspend", false},
		{"a gloss that names no cause leaves the words", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.0.0", ReplyCode: "550",
			StatusComment: "permanent failure", Diagnostic: "550 <a@example.org>... User Unknown"}, "filtered", false},
		{"a gloss does not overrule clear words", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.2.1", ReplyCode: "550",
			StatusComment: "mailbox disabled", Diagnostic: "550 5.2.1 <a@example.org>... User Unknown", Command: "RCPT"}, "userunknown", true},
		{"a temporary user unknown is not hard", parser.Bounce, parser.Recipient{Action: "failed", Status: "4.1.1", ReplyCode: "450",
			Diagnostic: "450 4.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual alias table", Command: "RCPT"}, "userunknown", false},
		{"words of quota beat the 5.2.3 default", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.2.3",
			Diagnostic: "the user's maildir has overdrawn his diskspace quota"}, "mailboxfull", false},
		{"words of a full mailbox beat the 5.1.1 default", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.1", ReplyCode: "550",
			Diagnostic: "550 5.1.1 Delivery failed: the recipient's inbox has no more space"}, "mailboxfull", false},
		{"storage words with no code", parser.Bounce, parser.Recipient{Action: "failed",
			Diagnostic: "Not enough storage space in user's mailbox to accept message"}, "mailboxfull", false},
		{"a name that matches several directory entries", parser.Bounce, parser.Recipient{Action: "failed",
			Diagnostic: "Recipient user name Bob Smith not unique. Several matches found in Domino Directory."}, "userunknown", true},
		{"a delay notice that names its cause is that cause", parser.Bounce, parser.Recipient{Action: "delayed", Status: "4.2.2",
			Diagnostic: "452 4.2.2 Will keep trying: the recipient's inbox has no more space"}, "mailboxfull", false},
		{"a delay notice with a status of a class only", parser.Bounce, parser.Recipient{Action: "delayed", Status: "4.4.0",
			Diagnostic: "Will keep trying until the message is 5 days old"}, "expired", false},
		{"a delay notice of a failing program", parser.Bounce, parser.Recipient{Action: "delayed", Status: "4.0.0", DiagnosticType: "x-unix",
			Diagnostic: "temporary failure. Command output: procmail: Quota"}, "mailererror", false},
		{"a template of guesses defers to the status", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.1", ReplyCode: "550",
			Diagnostic: "Your IP may be blacklisted, the address may not exist, or the mailbox may be full"}, "userunknown", true},
		{"a template of guesses with no telling code", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "Your IP may be blacklisted, the address may not exist, or the mailbox may be full"}, "onhold", false},
		{"a bare reply beside the notice's own words of the same reason", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "a@example.org: there is no person of that name at this site (550 user unknown)"}, "userunknown", true},
		{"a bare reply beside words in the receiver's language", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "550 No such user - de ontvanger is onbekend bij deze server"}, "userunknown", true},
		{"a directory lookup at any stage", parser.Bounce, parser.Recipient{Action: "failed",
			Diagnostic: "User a (a@example.org) not listed in Domino Directory"}, "userunknown", true},
		{"unknown user at MAIL FROM is the sender", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "550",
			Diagnostic: "550 User unknown", Command: "MAIL"}, "rejected", false},
		{"unknown domain at MAIL FROM is the sender's", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.0", ReplyCode: "553",
			Diagnostic: "553 5.1.0 mail.example.com does not exist", Command: "MAIL"}, "rejected", false},
		{"refused at EHLO", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.0.0", ReplyCode: "550",
			Diagnostic: "550 Rejected", Command: "HELO"}, "blocked", false},
		{"generic status yields to the diagnostic's", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.0.0", ReplyCode: "550",
			Diagnostic: "550 5.2.2 Mailbox full"}, "mailboxfull", false},
		{"delay without a named cause expires", parser.Bounce, parser.Recipient{Action: "delayed", Status: "4.4.7",
			Diagnostic: "delivery temporarily suspended"}, "expired", false},
		{"delay with a named cause keeps it", parser.Bounce, parser.Recipient{Action: "delayed", Status: "4.2.2", ReplyCode: "452",
			Diagnostic: "452 4.2.2 Mailbox full"}, "mailboxfull", false},
		{"temporary DNS failure is not a dead domain", parser.Bounce, parser.Recipient{Action: "failed", Status: "4.0.0",
			Diagnostic: "DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp"}, "networkerror", false},
		{"spam wording at connect judges the host", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "554",
			Diagnostic: "554 mx.example.net 192.0.2.1 Comcast block for spam", Command: "CONN"}, "blocked", false},
		{"spam wording after DATA is spam", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "554",
			Diagnostic: "554 5.7.1 Message rejected as spam", Command: "DATA"}, "spamdetected", false},
		{"refused at connect", parser.Bounce, parser.Recipient{Action: "failed", ReplyCode: "554",
			Diagnostic: "554 mx.example.net ESMTP service refused", Command: "CONN"}, "blocked", false},
		{"refused at MAIL FROM", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.0", ReplyCode: "553",
			Diagnostic: "553 5.1.0 sender address rejected", Command: "MAIL"}, "rejected", false},
		{"local delivery program failed", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.0.0",
			Diagnostic: "255", DiagnosticType: "x-unix"}, "mailererror", false},
		{"null MX, permanent", parser.Bounce, parser.Recipient{Action: "failed", Status: "5.1.10",
			Diagnostic: "556 5.1.10 Recipient address has null MX"}, "notaccept", true},
		{"nothing at all", parser.Bounce, parser.Recipient{Action: "failed"}, "undefined", false},
		{"delivered", parser.Bounce, parser.Recipient{Action: "delivered", Status: "2.0.0"}, "delivered", false},
		{"auto-reply", parser.AutoReply, parser.Recipient{}, "vacation", false},
		{"complaint", parser.Feedback, parser.Recipient{}, "feedback", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.r.Address = "a@example.org"
			m := &parser.Message{Kind: tt.kind, Recipients: []parser.Recipient{tt.r}, Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
			recs := c.Classify(m, "x.eml")
			if len(recs) != 1 {
				t.Fatalf("got %d records", len(recs))
			}
			got := recs[0]
			if string(got.Reason) != tt.reason || got.Hard != tt.hard {
				t.Errorf("reason %q hard %v (rule %s); want %q hard %v", got.Reason, got.Hard, got.Rule, tt.reason, tt.hard)
			}
			if got.Source != "x.eml" || got.Date != "2026-01-02T03:04:05Z" || got.Rule == "" {
				t.Errorf("record fields: %+v", got)
			}
		})
	}
}

func TestNotBounceGivesNoRecords(t *testing.T) {
	c := New(rules.Default())
	if recs := c.Classify(&parser.Message{Kind: parser.NotBounce}, "x"); len(recs) != 0 {
		t.Errorf("ordinary mail gave %d records", len(recs))
	}
}

func TestHardOverrideYieldsToAddressStatus(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct {
		status string
		hard   bool
	}{{"5.1.1", true}, {"", false}} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{
			Address: "a@example.org", Action: "failed", Status: tt.status, ReplyCode: "550",
			Diagnostic: "550 Requested action not taken: mailbox unavailable"}}}
		got := c.Classify(m, "x")[0]
		if got.Reason != "userunknown" || got.Hard != tt.hard {
			t.Errorf("status %q: got %s hard %v (rule %s), want userunknown hard %v", tt.status, got.Reason, got.Hard, got.Rule, tt.hard)
		}
	}
}

// A provider's rule applies to its own recipients even when the report
// names no host: a relay's bounce for a@ezweb.ne.jp quotes au's words.
func TestRecipientDomainIsAHost(t *testing.T) {
	c := New(rules.Default())
	for _, tt := range []struct{ addr, reason string }{
		{"a@ezweb.ne.jp", "userunknown"}, // au names the address of a missing mailbox
		{"a@example.jp", "filtered"},     // elsewhere the stage is unknown: a filter
	} {
		m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{{
			Address: tt.addr, Action: "failed", ReplyCode: "550",
			Diagnostic: "550 <" + tt.addr + ">: User unknown"}}}
		if got := c.Classify(m, "x")[0]; string(got.Reason) != tt.reason {
			t.Errorf("%s: got %s (rule %s), want %s", tt.addr, got.Reason, got.Rule, tt.reason)
		}
	}
}
