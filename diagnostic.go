package bounce

import (
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// A Diagnostic is what the report on one failed recipient says, without
// the message around it: a reply as a user pastes it, or what bounce
// explain is asked about.
type Diagnostic struct {
	Text      string // the diagnostic line ("550 5.1.1 <bob@example.com>: User unknown"); may be ""
	ReplyCode string // the SMTP reply code ("550"); may be ""
	Status    string // the enhanced status code ("5.1.1"); may be ""
	// Command is the SMTP command the reply answered (CONN, HELO, MAIL,
	// RCPT or DATA); "" reads it from Text, as the parser does.
	Command string
	// RemoteMTA is the host that answered, ReportingMTA the one that
	// reported; vendor rules match them.
	RemoteMTA, ReportingMTA string
	// Vendor is the vendor the parser would have recognised (postfix,
	// gmail, tencent …); "" for none.
	Vendor string
}

// ClassifyDiagnostic returns the record a bounce that reports only d on
// one failed recipient gets: the reason and hardness analyze would give
// from these words and codes, with the id of the rule that decided. In a
// real bounce the rest of the report weighs in too (a delay notice is
// "expired").
func (a *Analyzer) ClassifyDiagnostic(d Diagnostic) Record {
	cmd := d.Command
	if cmd == "" {
		cmd = smtpcode.Command(d.Text)
	}
	rcpt := parser.Recipient{
		Action: "failed", Status: d.Status, ReplyCode: d.ReplyCode, Diagnostic: d.Text, Command: cmd,
		RemoteMTA: d.RemoteMTA, ReportingMTA: d.ReportingMTA,
	}
	msg := &parser.Message{Kind: parser.Bounce, Vendor: d.Vendor, Recipients: []parser.Recipient{rcpt}}
	return a.classifier.Classify(msg, "")[0]
}
