// Package record holds the verdict on one failed recipient: the Record
// that every report writes, and the typed vocabulary it uses (Reason,
// Action). It imports nothing of the project, so the rules, the classifier
// and the report writers can all share it.
package record

// Reason is why delivery to a recipient failed (or what else the message
// reports), one name of the fixed vocabulary below. The names are the de
// facto vocabulary of bounce analysis; reports write them as they are.
type Reason string

// The vocabulary, in the order of the project's reasons table.
const (
	UserUnknown     Reason = "userunknown"     // the mailbox does not exist
	HostUnknown     Reason = "hostunknown"     // the domain does not exist or has no mail host
	HasMoved        Reason = "hasmoved"        // the mailbox moved, mail is not forwarded
	NotAccept       Reason = "notaccept"       // the domain accepts no mail (null MX)
	MailboxFull     Reason = "mailboxfull"     // the mailbox is over quota
	EmailTooLarge   Reason = "emailtoolarge"   // the message is too large
	Suspend         Reason = "suspend"         // the mailbox exists but is disabled
	SystemFull      Reason = "systemfull"      // the receiving system's disk is full
	SystemError     Reason = "systemerror"     // the receiving system failed
	MailerError     Reason = "mailererror"     // a local delivery program failed
	NetworkError    Reason = "networkerror"    // DNS, routing or another network failure
	Expired         Reason = "expired"         // the sender's queue gave up
	RateLimited     Reason = "ratelimited"     // too fast, too many connections or recipients
	Blocked         Reason = "blocked"         // the sending IP or host is refused
	RequirePTR      Reason = "requireptr"      // the sending IP has no reverse DNS
	BadReputation   Reason = "badreputation"   // the sender's reputation is distrusted
	AuthFailure     Reason = "authfailure"     // SPF, DKIM or DMARC failed
	SpamDetected    Reason = "spamdetected"    // the content was judged spam
	VirusDetected   Reason = "virusdetected"   // the content carries a virus
	PolicyViolation Reason = "policyviolation" // content or sender breaks a policy
	ContentError    Reason = "contenterror"    // malformed headers or body
	NotCompliantRFC Reason = "notcompliantrfc" // the message breaks RFC 5322
	SecurityError   Reason = "securityerror"   // SMTP authentication or encryption failed
	FailedSTARTTLS  Reason = "failedstarttls"  // STARTTLS failed
	NoRelaying      Reason = "norelaying"      // the server refused to relay
	Rejected        Reason = "rejected"        // the envelope sender was refused
	Filtered        Reason = "filtered"        // the recipient's filter refused the message
	SyntaxError     Reason = "syntaxerror"     // an SMTP command syntax error
	Suppressed      Reason = "suppressed"      // the sender's provider suppressed the address
	OnHold          Reason = "onhold"          // a real bounce, no reason can be fixed yet
	Undefined       Reason = "undefined"       // a bounce, but nothing tells why
	Delivered       Reason = "delivered"       // a report of successful delivery
	Vacation        Reason = "vacation"        // an auto-reply, not a bounce
	Feedback        Reason = "feedback"        // a complaint feedback report (ARF)
)

var reasons = []Reason{
	UserUnknown, HostUnknown, HasMoved, NotAccept, MailboxFull,
	EmailTooLarge, Suspend, SystemFull, SystemError, MailerError,
	NetworkError, Expired, RateLimited, Blocked, RequirePTR,
	BadReputation, AuthFailure, SpamDetected, VirusDetected,
	PolicyViolation, ContentError, NotCompliantRFC, SecurityError,
	FailedSTARTTLS, NoRelaying, Rejected, Filtered, SyntaxError,
	Suppressed, OnHold, Undefined, Delivered, Vacation, Feedback,
}

// Reasons returns the vocabulary in table order.
func Reasons() []Reason { return append([]Reason(nil), reasons...) }

// Valid tells whether r is a name of the vocabulary.
func (r Reason) Valid() bool {
	for _, x := range reasons {
		if x == r {
			return true
		}
	}
	return false
}

// Hard tells whether a permanent (5.x.x) failure with this reason means
// that retrying the same address can never succeed: the address or its
// domain is gone. This is the one list of hard reasons; a temporary
// (4.x.x) failure is never hard, whatever its reason.
func (r Reason) Hard() bool {
	switch r {
	case UserUnknown, HostUnknown, HasMoved, NotAccept:
		return true
	}
	return false
}

// Vague tells whether the reason names no cause (onhold, undefined).
func (r Reason) Vague() bool { return r == OnHold || r == Undefined }

// IsBounce tells whether a record with this reason counts as a bounce:
// auto-replies, delivery reports and complaints do not.
func (r Reason) IsBounce() bool {
	switch r {
	case Vacation, Delivered, Feedback:
		return false
	}
	return true
}

// Action is what the reporting MTA did for the recipient, as RFC 3464's
// Action field names it ("failed", "delayed", …); "" when not said.
type Action string

// The actions of RFC 3464, section 2.3.3.
const (
	ActionFailed    Action = "failed"
	ActionDelayed   Action = "delayed"
	ActionDelivered Action = "delivered"
	ActionRelayed   Action = "relayed"
	ActionExpanded  Action = "expanded"
)

// Final tells whether the action reports a delivery that succeeded or was
// handed on (delivered, relayed, expanded): no failure.
func (a Action) Final() bool {
	return a == ActionDelivered || a == ActionRelayed || a == ActionExpanded
}
