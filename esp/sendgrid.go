package esp

import (
	"encoding/json"
	"fmt"
	"strings"

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
	// Read again for the keys not known in advance; only the events kept.
	addField(m, "X-SMTPAPI", sendGridArgs(raw))
	return ev, nil
}

// sendGridOwn are the keys SendGrid writes in its events; any other key
// is a custom arg of the sender's (unique_args), which SendGrid copies
// into every event of the message.
var sendGridOwn = map[string]bool{
	"email": true, "timestamp": true, "event": true, "smtp-id": true, "reason": true,
	"response": true, "status": true, "type": true, "bounce_classification": true, "ip": true,
	"tls": true, "cert_err": true, "attempt": true, "category": true, "asm_group_id": true,
	"useragent": true, "url": true, "url_offset": true, "pool": true, "send_at": true,
	"marketing_campaign_id": true, "marketing_campaign_name": true,
	"marketing_campaign_version": true, "marketing_campaign_split_id": true,
	"singlesend_id": true, "singlesend_name": true, "template_id": true, "mc_stats": true,
	"phase_id": true, "ab_variation": true, "ab_phase_id": true,
}

// sendGridArgs is the event's custom args and categories as the
// X-SMTPAPI header a sender gives them in: {"category": […],
// "unique_args": {…}}; "" when it has none.
func sendGridArgs(raw json.RawMessage) string {
	var keys map[string]json.RawMessage
	if json.Unmarshal(raw, &keys) != nil {
		return ""
	}
	api := map[string]any{}
	args := map[string]json.RawMessage{}
	for k, v := range keys {
		if !sendGridOwn[k] && !strings.HasPrefix(k, "sg_") && jsonString(v) != "" {
			args[k] = v
		}
	}
	if len(args) > 0 {
		api["unique_args"] = args
	}
	if c := stringList(keys["category"]); len(c) > 0 {
		api["category"] = c
	}
	if len(api) == 0 {
		return ""
	}
	b, err := json.Marshal(api)
	if err != nil {
		return ""
	}
	return string(b)
}
