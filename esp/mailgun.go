package esp

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce/parser"
)

// mailgunEvent is a Mailgun event: the event-data of a webhook, or an
// item of the events API.
type mailgunEvent struct {
	Event     string      `json:"event"`
	Timestamp json.Number `json:"timestamp"`
	Severity  string      `json:"severity"` // failed: permanent or temporary
	Reason    string      `json:"reason"`   // failed: bounce, suppress-bounce, old, …
	Recipient string      `json:"recipient"`
	// UserVariables are the sender's (X-Mailgun-Variables), Tags its
	// tags (X-Mailgun-Tag).
	UserVariables json.RawMessage `json:"user-variables"`
	Tags          []string        `json:"tags"`
	Envelope      struct {
		Sender string `json:"sender"`
	} `json:"envelope"`
	Message struct {
		Headers struct {
			MessageID string `json:"message-id"`
			From      string `json:"from"`
			To        string `json:"to"`
			Subject   string `json:"subject"`
		} `json:"headers"`
	} `json:"message"`
	DeliveryStatus struct {
		Code         flexString `json:"code"`
		EnhancedCode string     `json:"enhanced-code"`
		Message      string     `json:"message"`
		Description  string     `json:"description"`
		MXHost       string     `json:"mx-host"`
	} `json:"delivery-status"`
}

func decodeMailgun(raw json.RawMessage, st *Stats) (*Event, error) {
	var e mailgunEvent
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("mailgun event: %w", err)
	}
	m := &parser.Message{Kind: parser.Bounce, Vendor: Mailgun, Date: unixTime(e.Timestamp)}
	h := e.Message.Headers
	m.Original.MessageID = messageID(h.MessageID)
	m.Original.From = address(firstNonEmpty(e.Envelope.Sender, h.From))
	m.Original.To = address(h.To)
	m.Original.Subject = h.Subject
	addField(m, "X-Mailgun-Variables", jsonObject(e.UserVariables))
	for _, tag := range e.Tags {
		addField(m, "X-Mailgun-Tag", tag)
	}
	ev := &Event{Provider: Mailgun, Message: m}
	switch e.Event {
	case "failed":
		ev.Type = "failed/" + e.Severity
		if e.Reason != "" {
			ev.Type += "/" + e.Reason
		}
		action := "failed"
		if e.Severity == "temporary" {
			action = "delayed"
		}
		ds := e.DeliveryStatus
		// The message is the receiver's reply; the description is
		// Mailgun's own note, the only words when Mailgun did not try.
		diag := strings.TrimSpace(ds.Message)
		if diag == "" {
			diag = strings.TrimSpace(ds.Description)
		}
		r := recipient(e.Recipient, action, ds.EnhancedCode, diag, ds.MXHost, "")
		if code := replyCode(string(ds.Code)); code != "" {
			r.ReplyCode = code
		}
		m.Recipients = append(m.Recipients, r)
	case "complained":
		ev.Type = "complained"
		m.Kind = parser.Feedback
		m.FeedbackType = "abuse"
		m.Recipients = append(m.Recipients, parser.Recipient{Address: address(e.Recipient)})
	default:
		// accepted, delivered, opened, clicked, unsubscribed, stored.
		st.ignore("mailgun/" + e.Event)
		return nil, nil
	}
	if m.Recipients[0].Address == "" {
		return nil, fmt.Errorf("mailgun %s event has no recipient", e.Event)
	}
	return ev, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
