package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/suppress"
)

// Event is one record of one bounce, as the store keeps it.
type Event struct {
	Key          string    // idempotency key; see EventKey
	Time         time.Time // the bounce's date, else when the run read it
	Recipient    string    // local part as given, domain lower-cased
	Domain       string    // the recipient's domain, lower-cased
	Reason       string
	Hard         bool
	Action       string
	Status       string
	ReplyCode    string
	FeedbackType string
	Vendor       string
	RemoteMTA    string
	ReportingMTA string
	Source       string // where the message was read (file, mbox#N, IMAP URL)
	MessageID    string // Message-ID of the returned original
	Mailbox      string // the mailbox the run read (RunInfo.Mailbox)
	Diagnostic   string
	// ListID, Campaign, Subscriber and VERP tie the bounce to the mail
	// it returns (see record.Record). VERP is normalized as Recipient;
	// the event counts against both.
	ListID     string
	Campaign   string
	Subscriber string
	VERP       string
}

// EventFromRecord turns a record of mailbox into an event. A record
// without a readable date takes received, the time its run read it.
func EventFromRecord(rec *classify.Record, mailbox string, received time.Time) Event {
	rcpt, domain := normalizeAddress(rec.Recipient)
	ev := Event{
		Recipient: rcpt, Domain: domain, Reason: string(rec.Reason), Hard: rec.Hard,
		Action: string(rec.Action), Status: rec.Status, ReplyCode: rec.ReplyCode,
		FeedbackType: rec.FeedbackType, Vendor: rec.Vendor, RemoteMTA: rec.RemoteMTA,
		ReportingMTA: rec.ReportingMTA, Source: rec.Source, MessageID: rec.OriginalMessageID,
		Mailbox: mailbox, Diagnostic: rec.Diagnostic,
		ListID: rec.ListID, Campaign: rec.Campaign, Subscriber: rec.Subscriber, VERP: NormalizeAddress(rec.VERP),
	}
	ev.Time = received.UTC().Truncate(time.Second)
	if t, err := time.Parse(time.RFC3339, rec.Date); err == nil {
		ev.Time = t.UTC()
	}
	ev.Key = EventKey(rec)
	return ev
}

// EventKey is the idempotency key of a record: a hash of what stays the
// same however and wherever the same bounce is read again. A Sink sees
// records, not message bytes, so the key is the returned original's
// Message-ID, the recipient, the bounce's date, and the action, status and
// feedback type the report gives for the recipient. It leaves out the
// source (a file path or an IMAP UID changes with a rescan or a
// UIDVALIDITY change) and the classification (reason, hard, rule, vendor:
// a newer rule set must not make the same bounce a second event).
//
// A record with neither a Message-ID nor a date has nothing to tell one
// bounce from the next: its key adds the source and the diagnostic, so two
// such bounces stay two events, and the same file read again stays one.
func EventKey(rec *classify.Record) string {
	rcpt, _ := normalizeAddress(rec.Recipient)
	fields := []string{"v1", rcpt, rec.OriginalMessageID, rec.Date,
		strings.ToLower(string(rec.Action)), rec.Status, strings.ToLower(rec.FeedbackType)}
	if rec.OriginalMessageID == "" && rec.Date == "" {
		fields = append(fields, rec.Source, rec.Diagnostic)
	}
	h := sha256.New()
	for _, f := range fields {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// normalizeAddress lower-cases the domain of addr (local parts may be
// case-sensitive, RFC 5321 2.4) and returns the address and the domain.
func normalizeAddress(addr string) (string, string) {
	addr = strings.TrimSpace(addr)
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return addr, ""
	}
	domain := strings.ToLower(addr[at+1:])
	return addr[:at+1] + domain, domain
}

// NormalizeAddress is the form of an address the store keys on: the
// domain lower-cased, the local part as given.
func NormalizeAddress(addr string) string {
	a, _ := normalizeAddress(addr)
	return a
}

// policyEvent is what the suppression policy needs of ev.
func (ev *Event) policyEvent() suppress.Event {
	return suppress.Event{
		Time: ev.Time, Reason: ev.Reason, Hard: ev.Hard, Action: ev.Action,
		Status: ev.Status, ReplyCode: ev.ReplyCode, FeedbackType: ev.FeedbackType,
		RemoteMTA: ev.RemoteMTA,
	}
}
