package esp

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/bounce-analyzer/bounce/parser"
)

// brevoEvent is a Brevo (formerly Sendinblue) transactional or marketing
// webhook event.
type brevoEvent struct {
	Event     string      `json:"event"`
	Email     string      `json:"email"`
	MessageID string      `json:"message-id"`
	Reason    string      `json:"reason"`
	Subject   string      `json:"subject"`
	Date      string      `json:"date"`
	DateEvent string      `json:"date_event"`
	TSEvent   json.Number `json:"ts_event"`
	TSEpoch   json.Number `json:"ts_epoch"` // milliseconds
	// Tag (marketing) and Tags (transactional) are the sender's tags
	// (X-Mailin-Tag); Custom its X-Mailin-custom header.
	Tag    json.RawMessage `json:"tag"`
	Tags   json.RawMessage `json:"tags"`
	Custom string          `json:"X-Mailin-custom"`
}

func decodeBrevo(raw json.RawMessage, st *Stats) (*Event, error) {
	var e brevoEvent
	if err := json.Unmarshal(raw, &e); err != nil {
		return nil, fmt.Errorf("brevo event: %w", err)
	}
	m := &parser.Message{Kind: parser.Bounce, Vendor: Brevo, Date: brevoTime(&e)}
	m.Original.MessageID = messageID(e.MessageID)
	m.Original.Subject = e.Subject
	addField(m, "X-Mailin-custom", e.Custom)
	var tags []string
	for _, t := range append(stringList(e.Tags), stringList(e.Tag)...) {
		if !slices.Contains(tags, t) {
			tags = append(tags, t)
			addField(m, "X-Mailin-Tag", t)
		}
	}
	ev := &Event{Provider: Brevo, Type: e.Event, Message: m}
	switch e.Event {
	case "hard_bounce", "soft_bounce", "blocked", "invalid_email", "error":
		m.Recipients = append(m.Recipients, recipient(e.Email, "failed", "", e.Reason, "", ""))
	case "deferred":
		m.Recipients = append(m.Recipients, recipient(e.Email, "delayed", "", e.Reason, "", ""))
	case "spam", "complaint":
		m.Kind = parser.Feedback
		m.FeedbackType = "abuse"
		m.Recipients = append(m.Recipients, parser.Recipient{Address: address(e.Email)})
	default:
		// request, delivered, opened, click, unsubscribed, proxy_open.
		st.ignore("brevo/" + e.Event)
		return nil, nil
	}
	if m.Recipients[0].Address == "" {
		return nil, fmt.Errorf("brevo %s event has no email", e.Event)
	}
	return ev, nil
}

// brevoTime prefers the Unix times: the date strings are in the
// account's time zone, which the event does not name.
func brevoTime(e *brevoEvent) time.Time {
	if t := unixTime(e.TSEvent); !t.IsZero() {
		return t
	}
	if ms := unixTime(e.TSEpoch); !ms.IsZero() {
		return time.UnixMilli(ms.Unix()).UTC()
	}
	return parseTime(firstNonEmpty(e.DateEvent, e.Date))
}
