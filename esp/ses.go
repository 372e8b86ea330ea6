package esp

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce/parser"
)

// decodeSNS unwraps an SNS notification: its Message is the provider's
// event as an escaped JSON string. Subscription messages carry none.
func decodeSNS(keys map[string]json.RawMessage, st *Stats) ([]Event, error) {
	var typ, msg string
	if err := json.Unmarshal(keys["Type"], &typ); err != nil {
		return nil, fmt.Errorf("sns envelope: Type: %w", err)
	}
	if typ != "Notification" {
		st.ignore("sns/" + typ)
		return nil, nil
	}
	if err := json.Unmarshal(keys["Message"], &msg); err != nil {
		return nil, fmt.Errorf("sns envelope: Message: %w", err)
	}
	inner := json.RawMessage(strings.TrimSpace(msg))
	if !json.Valid(inner) {
		return nil, fmt.Errorf("sns envelope: Message is not JSON: %.40q", msg)
	}
	evs, err := decodeValue(inner, st)
	if err != nil {
		return evs, fmt.Errorf("sns envelope: %w", err)
	}
	return evs, nil
}

// sesEvent is an Amazon SES notification (notificationType) or a
// published event (eventType), documented in the SES developer guide.
type sesEvent struct {
	NotificationType string `json:"notificationType"`
	EventType        string `json:"eventType"`
	Bounce           *struct {
		BounceType        string `json:"bounceType"`
		BounceSubType     string `json:"bounceSubType"`
		Timestamp         string `json:"timestamp"`
		ReportingMTA      string `json:"reportingMTA"`
		RemoteMTAIP       string `json:"remoteMtaIp"`
		BouncedRecipients []struct {
			EmailAddress   string `json:"emailAddress"`
			Action         string `json:"action"`
			Status         string `json:"status"`
			DiagnosticCode string `json:"diagnosticCode"`
		} `json:"bouncedRecipients"`
	} `json:"bounce"`
	Complaint *struct {
		Timestamp             string `json:"timestamp"`
		ComplaintFeedbackType string `json:"complaintFeedbackType"`
		ComplaintSubType      string `json:"complaintSubType"`
		ComplainedRecipients  []struct {
			EmailAddress string `json:"emailAddress"`
		} `json:"complainedRecipients"`
	} `json:"complaint"`
	Delivery *struct {
		Timestamp    string   `json:"timestamp"`
		Recipients   []string `json:"recipients"`
		SMTPResponse string   `json:"smtpResponse"`
		ReportingMTA string   `json:"reportingMTA"`
		RemoteMTAIP  string   `json:"remoteMtaIp"`
	} `json:"delivery"`
	DeliveryDelay *struct {
		Timestamp         string `json:"timestamp"`
		DelayType         string `json:"delayType"`
		ReportingMTA      string `json:"reportingMTA"`
		DelayedRecipients []struct {
			EmailAddress   string `json:"emailAddress"`
			Status         string `json:"status"`
			DiagnosticCode string `json:"diagnosticCode"`
		} `json:"delayedRecipients"`
	} `json:"deliveryDelay"`
	// Reject: SES found a virus and did not send; Failure: SES could
	// not render the template. Both name their recipients in
	// mail.destination only.
	Reject *struct {
		Reason string `json:"reason"`
	} `json:"reject"`
	Failure *struct {
		ErrorMessage string `json:"errorMessage"`
		TemplateName string `json:"templateName"`
	} `json:"failure"`
	Mail struct {
		// Headers are the sent message's, when the notification
		// includes them; Tags the sender's message tags (event
		// publishing), each with its values.
		Headers []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"headers"`
		Tags          map[string][]string `json:"tags"`
		Timestamp     string              `json:"timestamp"`
		Source        string              `json:"source"`
		MessageID     string              `json:"messageId"`
		Destination   []string            `json:"destination"`
		CommonHeaders struct {
			To        []string `json:"to"`
			MessageID string   `json:"messageId"`
			Subject   string   `json:"subject"`
		} `json:"commonHeaders"`
	} `json:"mail"`
}

func decodeSES(raw json.RawMessage, st *Stats) (*Event, error) {
	var n sesEvent
	if err := json.Unmarshal(raw, &n); err != nil {
		return nil, fmt.Errorf("ses event: %w", err)
	}
	typ := n.NotificationType
	if typ == "" {
		typ = n.EventType
	}
	m := &parser.Message{Kind: parser.Bounce, Vendor: SES}
	m.Original.From = address(n.Mail.Source)
	m.Original.Subject = n.Mail.CommonHeaders.Subject
	m.Original.MessageID = messageID(n.Mail.CommonHeaders.MessageID, n.Mail.MessageID)
	if len(n.Mail.CommonHeaders.To) > 0 {
		m.Original.To = address(n.Mail.CommonHeaders.To[0])
	}
	for _, h := range n.Mail.Headers {
		addField(m, h.Name, h.Value)
	}
	if len(n.Mail.Tags) > 0 && !hasField(m, "X-SES-MESSAGE-TAGS") {
		// The form SES takes the tags in from a sender over SMTP.
		var pairs []string
		for _, k := range sortedKeys(n.Mail.Tags) {
			for _, v := range n.Mail.Tags[k] {
				pairs = append(pairs, k+"="+v)
			}
		}
		addField(m, "X-SES-MESSAGE-TAGS", strings.Join(pairs, ", "))
	}
	ev := &Event{Provider: SES, Message: m}
	switch {
	case typ == "Bounce" && n.Bounce != nil:
		b := n.Bounce
		ev.Type = b.BounceType + "/" + b.BounceSubType
		m.Date = parseTime(b.Timestamp)
		m.ReportingMTA = typedValue(b.ReportingMTA)
		for _, r := range b.BouncedRecipients {
			// SES writes a DSN action only when the receiver gave one;
			// every bounce notification reports a message SES gave up on.
			action := strings.ToLower(r.Action)
			if action == "" {
				action = "failed"
			}
			m.Recipients = append(m.Recipients, recipient(r.EmailAddress, action, r.Status, r.DiagnosticCode, b.RemoteMTAIP, m.ReportingMTA))
		}
	case typ == "Complaint" && n.Complaint != nil && n.Complaint.ComplaintSubType == "OnAccountSuppressionList":
		// SES did not send: the address is on the account's suppression
		// list. A failure, though SES reports it as a complaint.
		c := n.Complaint
		ev.Type = "Complaint/" + c.ComplaintSubType
		m.Date = parseTime(c.Timestamp)
		for _, r := range c.ComplainedRecipients {
			m.Recipients = append(m.Recipients, recipient(r.EmailAddress, "failed", "", "", "", ""))
		}
	case typ == "Complaint" && n.Complaint != nil:
		c := n.Complaint
		ev.Type = "Complaint"
		if c.ComplaintSubType != "" {
			ev.Type += "/" + c.ComplaintSubType
		}
		m.Kind = parser.Feedback
		m.Date = parseTime(c.Timestamp)
		m.FeedbackType = strings.ToLower(c.ComplaintFeedbackType)
		if m.FeedbackType == "" {
			m.FeedbackType = "abuse"
		}
		for _, r := range c.ComplainedRecipients {
			m.Recipients = append(m.Recipients, parser.Recipient{Address: address(r.EmailAddress)})
		}
	case typ == "Delivery" && n.Delivery != nil:
		dl := n.Delivery
		ev.Type = "Delivery"
		m.Date = parseTime(dl.Timestamp)
		m.ReportingMTA = dl.ReportingMTA
		for _, a := range dl.Recipients {
			m.Recipients = append(m.Recipients, recipient(a, "delivered", "", dl.SMTPResponse, dl.RemoteMTAIP, m.ReportingMTA))
		}
	case typ == "DeliveryDelay" && n.DeliveryDelay != nil:
		dd := n.DeliveryDelay
		ev.Type = "DeliveryDelay/" + dd.DelayType
		m.Date = parseTime(dd.Timestamp)
		m.ReportingMTA = typedValue(dd.ReportingMTA)
		for _, r := range dd.DelayedRecipients {
			m.Recipients = append(m.Recipients, recipient(r.EmailAddress, "delayed", r.Status, r.DiagnosticCode, "", m.ReportingMTA))
		}
	case typ == "Reject" && n.Reject != nil || typ == "Rendering Failure" && n.Failure != nil:
		ev.Type = typ
		diag := ""
		if n.Failure != nil {
			diag = n.Failure.ErrorMessage
		}
		for _, a := range n.Mail.Destination {
			m.Recipients = append(m.Recipients, recipient(a, "failed", "", diag, "", ""))
		}
	default:
		// Send, Open, Click, Subscription.
		st.ignore("amazonses/" + typ)
		return nil, nil
	}
	if len(m.Recipients) == 0 {
		return nil, fmt.Errorf("ses %s event names no recipient", typ)
	}
	if m.Date.IsZero() {
		m.Date = parseTime(n.Mail.Timestamp)
	}
	return ev, nil
}
