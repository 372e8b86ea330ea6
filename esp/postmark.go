package esp

import (
	"encoding/json"
	"fmt"

	"github.com/bounce-analyzer/bounce/parser"
)

// postmarkEvent is a Postmark bounce or spam-complaint webhook.
type postmarkEvent struct {
	RecordType string `json:"RecordType"`
	Type       string `json:"Type"` // HardBounce, SoftBounce, Transient, SpamComplaint, …
	TypeCode   int    `json:"TypeCode"`
	MessageID  string `json:"MessageID"`
	Details    string `json:"Details"` // the receiver's reply, when there was one
	Email      string `json:"Email"`
	From       string `json:"From"`
	Subject    string `json:"Subject"`
	BouncedAt  string `json:"BouncedAt"`
	// Tag and Metadata are the sender's (X-PM-Tag, X-PM-Metadata-KEY).
	Tag      string                     `json:"Tag"`
	Metadata map[string]json.RawMessage `json:"Metadata"`
}

// postmarkTypes is Postmark's published table of bounce types (API
// reference, "Bounce types"): the TypeCode of each Type. A webhook gives
// both; the code alone names the type when Type is missing.
var postmarkTypes = map[int]string{
	1:      "HardBounce",
	2:      "Transient",
	16:     "Unsubscribe",
	32:     "Subscribe",
	64:     "AutoResponder",
	128:    "AddressChange",
	256:    "DnsError",
	512:    "SpamNotification",
	1024:   "OpenRelayTest",
	2048:   "Unknown",
	4096:   "SoftBounce",
	8192:   "VirusNotification",
	16384:  "ChallengeVerification",
	100000: "BadEmailAddress",
	100001: "SpamComplaint",
	100002: "ManuallyDeactivated",
	100003: "Unconfirmed",
	100006: "Blocked",
	100007: "SMTPApiError",
	100008: "InboundError",
	100009: "DMARCPolicy",
	100010: "TemplateRenderingFailed",
}

func decodePostmark(raw json.RawMessage, st *Stats) (*Event, error) {
	var e postmarkEvent
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("postmark event: %w", err)
	}
	if e.RecordType != "Bounce" && e.RecordType != "SpamComplaint" {
		// Delivery, Open, Click, SubscriptionChange.
		st.ignore("postmark/" + e.RecordType)
		return nil, nil
	}
	if e.Type == "" {
		e.Type = postmarkTypes[e.TypeCode]
	}
	if e.Type == "Subscribe" {
		// A subscribe request mailed back: no failure.
		st.ignore("postmark/" + e.Type)
		return nil, nil
	}
	m := &parser.Message{Kind: parser.Bounce, Vendor: Postmark, Date: parseTime(e.BouncedAt)}
	m.Original.MessageID = messageID(e.MessageID)
	m.Original.From = address(e.From)
	m.Original.Subject = e.Subject
	for _, k := range sortedKeys(e.Metadata) {
		addField(m, "X-PM-Metadata-"+k, jsonString(e.Metadata[k]))
	}
	addField(m, "X-PM-Tag", e.Tag)
	ev := &Event{Provider: Postmark, Type: e.Type, Message: m}
	switch {
	case e.RecordType == "SpamComplaint" || e.Type == "SpamComplaint":
		m.Kind = parser.Feedback
		m.FeedbackType = "abuse"
		m.Recipients = append(m.Recipients, parser.Recipient{Address: address(e.Email)})
	case e.Type == "AutoResponder":
		m.Kind = parser.AutoReply
		m.Recipients = append(m.Recipients, parser.Recipient{Address: address(e.Email)})
	default:
		action := "failed"
		if e.Type == "Transient" {
			// Postmark goes on trying: a delay, not a failure.
			action = "delayed"
		}
		m.Recipients = append(m.Recipients, recipient(e.Email, action, "", e.Details, "", ""))
	}
	if m.Recipients[0].Address == "" {
		return nil, fmt.Errorf("postmark %s record has no Email", e.RecordType)
	}
	return ev, nil
}
