// Package parser reads a bounce message and reports what it says: who the
// failed recipients are, the codes and words the remote servers gave, and
// what the returned original message was. It knows nothing of reasons: the
// classify package turns these facts into a verdict.
//
// # Flow and files
//
// Parse reads the MIME tree with internal/mime (walk.go) and collects the
// text parts, delivery-status and feedback-report parts and the returned
// message's header; decode.go turns text into UTF-8. assemble.go makes the
// Message: an SES notification (ses.go), an ARF report (arf.go), a DSN's
// recipients (dsn.go reads the fields, dsn_records.go makes recipients of
// them) or, for a notice in words, free text (freetext.go). The notice is
// first split from the returned message (notice_split.go); recipients are
// found in its words (freetext_recipients.go), each with its diagnostic,
// reply code and SMTP stage (diagnostics.go, smtpcode). Whether a message
// without a report is a bounce, an auto-reply or ordinary mail is decided
// in bounce_signs.go with the vendor signatures of vendor.go; a list
// manager's refusal in listmanager.go.
package parser

import "time"

// Kind tells what sort of message was read.
type Kind int

const (
	// NotBounce is ordinary mail: no failed recipients, no report.
	NotBounce Kind = iota
	// Bounce is a delivery status notification or a free-text non-delivery report.
	Bounce
	// AutoReply is an RFC 3834 automatic reply (vacation, out of office).
	AutoReply
	// Feedback is an ARF complaint report (RFC 5965).
	Feedback
)

func (k Kind) String() string {
	switch k {
	case Bounce:
		return "bounce"
	case AutoReply:
		return "auto-reply"
	case Feedback:
		return "feedback"
	}
	return "not-bounce"
}

// Message is what one input message says.
type Message struct {
	Kind Kind

	// Headers of the bounce itself.
	Date      time.Time // zero when absent or unparsable
	From      string
	To        string
	Subject   string
	MessageID string
	// DeliveredTo holds the addresses the bounce itself was delivered
	// to, from its X-Original-To, Delivered-To, Envelope-To and To
	// fields in that order, without repeats: a sender that encodes the
	// recipient in its return address (VERP) finds it here. Filled
	// only when Limits.OriginalFields is set.
	DeliveredTo []string

	// ReportingMTA is the host that wrote the report (DSN Reporting-MTA or
	// the host the free text names).
	ReportingMTA string
	// Vendor names the MTA or provider whose format or wording was
	// recognised: "postfix", "exim", "qmail", "gmail", "tencent" …; empty
	// when the message is a plain RFC 3464 report from an unknown MTA.
	Vendor string

	// FeedbackType is the ARF Feedback-Type (abuse, fraud, …).
	FeedbackType string

	Recipients []Recipient
	Original   Original

	// Warnings list limits hit while reading (depth, size, recipients):
	// the message was read only in part.
	Warnings []string

	// JSON is the text of a message that carries an e-mail service
	// provider's event itself (an SNS e-mail subscription, a webhook a
	// program forwards, an application/json body), which package esp
	// reads: its application/json parts, or else its whole text, which
	// has a line that starts a JSON object or array. Empty for other
	// messages, and for replies, forwards and list traffic that quote an
	// event.
	JSON string
}

// Recipient is one recipient the report speaks of.
type Recipient struct {
	Address           string // final recipient, domain lower-cased
	OriginalRecipient string // ORCPT, when given
	Action            string // failed, delayed, delivered, relayed, expanded
	Status            string // enhanced status code (RFC 3463), e.g. 5.1.1
	// StatusComment is the reporting MTA's own gloss on the Status code
	// (PowerMTA: "5.2.1 (mailbox disabled, not accepting messages)").
	StatusComment string
	ReplyCode     string // SMTP reply code, e.g. 550
	Diagnostic    string // the remote server's words, on one line
	// DiagnosticType is the type of a DSN Diagnostic-Code: "smtp", or
	// "x-unix" when a local delivery program's exit status is reported.
	DiagnosticType string
	RemoteMTA      string
	ReportingMTA   string
	// Command is the SMTP command the failure answered (CONN, HELO, MAIL,
	// RCPT, DATA), when the report says.
	Command     string
	LastAttempt time.Time
	// FromOriginal: the report names no recipient; Address is the To of
	// the returned message, which may be a list's address.
	FromOriginal bool
}

// Original describes the returned original message (or its headers).
type Original struct {
	From      string // address of the original sender
	To        string
	MessageID string
	Subject   string
	// Header holds the returned header's fields in order (at most
	// MaxOriginalFields of them), for callers that look for their own
	// fields (List-Id, a list manager's campaign and subscriber fields).
	// Trace and signature fields (Received, DKIM-Signature, ARC-*,
	// Authentication-Results) are left out. The values are unfolded, not
	// decoded. It holds the fields Limits.OriginalFields accepts: none
	// when it is nil.
	Header []Field
}

// MaxOriginalFields bounds Original.Header: a header block of thousands
// of fields is no one's returned message.
const MaxOriginalFields = 500
