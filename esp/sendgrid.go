package esp

import (
	"encoding/json"
	"fmt"

	"github.com/bounce-analyzer/bounce/parser"
)

// sendGridEvent is one event of a SendGrid event webhook batch.
type sendGridEvent struct {
	Email     string      `json:"email"`
	Timestamp json.Number `json:"timestamp"`
	Event     string      `json:"event"`
	SMTPID    string      `json:"smtp-id"`
	MessageID string      `json:"sg_message_id"`
	Reason    string      `json:"reason"`   // bounce, dropped: the server's reply or SendGrid's cause
	Response  string      `json:"response"` // deferred: the server's reply
	Status    string      `json:"status"`
	Type      string      `json:"type"` // bounce: "bounce" or "blocked"
	// BounceClassification is SendGrid's grouping of bounce replies
	// ("Invalid Address", "Reputation", …).
	BounceClassification string `json:"bounce_classification"`
	IP                   string `json:"ip"`
}

func decodeSendGrid(raw json.RawMessage, st *Stats) (*Event, error) {
	var e sendGridEvent
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("sendgrid event: %w", err)
	}
	m := &parser.Message{Kind: parser.Bounce, Vendor: SendGrid, Date: unixTime(e.Timestamp)}
	m.Original.MessageID = messageID(e.SMTPID, e.MessageID)
	ev := &Event{Provider: SendGrid, Message: m}
	switch e.Event {
	case "bounce":
		ev.Type = e.Event
		if e.Type != "" && e.Type != e.Event {
			ev.Type += "/" + e.Type
		}
		if e.BounceClassification != "" {
			ev.Type += "/" + e.BounceClassification
		}
		m.Recipients = append(m.Recipients, recipient(e.Email, "failed", e.Status, e.Reason, "", ""))
	case "dropped":
		// SendGrid did not send: its reason names its own cause
		// ("Bounced Address", "Unsubscribed Address", "Invalid").
		ev.Type = "dropped"
		m.Recipients = append(m.Recipients, recipient(e.Email, "failed", e.Status, e.Reason, "", ""))
	case "deferred":
		ev.Type = "deferred"
		m.Recipients = append(m.Recipients, recipient(e.Email, "delayed", e.Status, e.Response, "", ""))
	case "spamreport":
		ev.Type = "spamreport"
		m.Kind = parser.Feedback
		m.FeedbackType = "abuse"
		m.Recipients = append(m.Recipients, parser.Recipient{Address: address(e.Email)})
	default:
		// processed, delivered, open, click, unsubscribe, group_*.
		st.ignore("sendgrid/" + e.Event)
		return nil, nil
	}
	if m.Recipients[0].Address == "" {
		return nil, fmt.Errorf("sendgrid %s event has no email", e.Event)
	}
	return ev, nil
}
