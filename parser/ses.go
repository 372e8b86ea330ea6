package parser

import (
	"encoding/json"
	"strings"

	"github.com/bounce-analyzer/bounce/smtpcode"
)

// sesNotification is the JSON that Amazon SES sends through SNS (or
// event publishing) for bounces, complaints and deliveries.
type sesNotification struct {
	NotificationType string `json:"notificationType"`
	EventType        string `json:"eventType"`
	Bounce           *struct {
		BounceType        string `json:"bounceType"`
		BounceSubType     string `json:"bounceSubType"`
		ReportingMTA      string `json:"reportingMTA"`
		BouncedRecipients []struct {
			EmailAddress   string `json:"emailAddress"`
			Action         string `json:"action"`
			Status         string `json:"status"`
			DiagnosticCode string `json:"diagnosticCode"`
		} `json:"bouncedRecipients"`
	} `json:"bounce"`
	Complaint *struct {
		ComplaintFeedbackType string `json:"complaintFeedbackType"`
		ComplainedRecipients  []struct {
			EmailAddress string `json:"emailAddress"`
		} `json:"complainedRecipients"`
	} `json:"complaint"`
	// DeliveryDelay is SES event publishing's "DeliveryDelay" event: the
	// receiving side deferred the message and SES keeps trying until
	// expirationTime. delayType names the cause when no reply is given
	// (MailboxFull, SpamDetected, RecipientServerError, …).
	DeliveryDelay *struct {
		DelayType         string `json:"delayType"`
		ReportingMTA      string `json:"reportingMTA"`
		DelayedRecipients []struct {
			EmailAddress   string `json:"emailAddress"`
			Status         string `json:"status"`
			DiagnosticCode string `json:"diagnosticCode"`
		} `json:"delayedRecipients"`
	} `json:"deliveryDelay"`
	Delivery *struct {
		Recipients   []string `json:"recipients"`
		SMTPResponse string   `json:"smtpResponse"`
		ReportingMTA string   `json:"reportingMTA"`
		RemoteMTAIP  string   `json:"remoteMtaIp"`
	} `json:"delivery"`
	Mail struct {
		Source        string `json:"source"`
		MessageID     string `json:"messageId"`
		CommonHeaders struct {
			From      []string `json:"from"`
			To        []string `json:"to"`
			MessageID string   `json:"messageId"`
			Subject   string   `json:"subject"`
		} `json:"commonHeaders"`
	} `json:"mail"`
}

// sesJSON reads an Amazon SES notification out of a notice; false when
// the notice holds none.
func sesJSON(notice string, m *Message) bool {
	n, ok := findSES(notice)
	if !ok {
		return false
	}
	typ := lower(n.NotificationType + n.EventType)
	m.Vendor = "amazonses"
	m.Original.From = addressOf(n.Mail.Source)
	m.Original.Subject = n.Mail.CommonHeaders.Subject
	m.Original.MessageID = strings.Trim(n.Mail.CommonHeaders.MessageID, "<>")
	if len(n.Mail.CommonHeaders.To) > 0 {
		m.Original.To = addressOf(n.Mail.CommonHeaders.To[0])
	}
	switch {
	case typ == "bounce" && n.Bounce != nil:
		m.Kind = Bounce
		_, m.ReportingMTA = typedValue(n.Bounce.ReportingMTA)
		for _, r := range n.Bounce.BouncedRecipients {
			_, diag := typedValue(r.DiagnosticCode)
			if diag == "" {
				// Suppression and similar verdicts of SES itself come
				// with no server reply: the subtype is the evidence.
				diag = strings.TrimSpace(n.Bounce.BounceType + " " + n.Bounce.BounceSubType)
			}
			status := smtpcode.FindStatus(r.Status)
			if status == "" {
				status = smtpcode.FindStatus(diag)
			}
			action := lower(r.Action)
			if action == "" {
				action = "failed"
				if n.Bounce.BounceType == "Transient" {
					action = "delayed"
				}
			}
			m.Recipients = append(m.Recipients, Recipient{
				Address: addressOf(r.EmailAddress), Action: action, Status: status,
				ReplyCode: smtpcode.FindReply(diag), Diagnostic: diag, ReportingMTA: m.ReportingMTA,
			})
		}
	case typ == "complaint" && n.Complaint != nil:
		m.Kind = Feedback
		m.FeedbackType = lower(n.Complaint.ComplaintFeedbackType)
		if m.FeedbackType == "" {
			m.FeedbackType = "abuse"
		}
		for _, r := range n.Complaint.ComplainedRecipients {
			m.Recipients = append(m.Recipients, Recipient{Address: addressOf(r.EmailAddress)})
		}
	case typ == "deliverydelay" && n.DeliveryDelay != nil:
		m.Kind = Bounce
		_, m.ReportingMTA = typedValue(n.DeliveryDelay.ReportingMTA)
		for _, r := range n.DeliveryDelay.DelayedRecipients {
			_, diag := typedValue(r.DiagnosticCode)
			if diag == "" {
				diag = n.DeliveryDelay.DelayType
			}
			status := smtpcode.FindStatus(r.Status)
			if status == "" {
				status = smtpcode.FindStatus(diag)
			}
			m.Recipients = append(m.Recipients, Recipient{
				Address: addressOf(r.EmailAddress), Action: "delayed", Status: status,
				ReplyCode: smtpcode.FindReply(diag), Diagnostic: diag, ReportingMTA: m.ReportingMTA,
			})
		}
	case typ == "delivery" && n.Delivery != nil:
		m.Kind = Bounce
		m.ReportingMTA = n.Delivery.ReportingMTA
		reply, status := smtpcode.Find(n.Delivery.SMTPResponse)
		for _, a := range n.Delivery.Recipients {
			m.Recipients = append(m.Recipients, Recipient{
				Address: addressOf(a), Action: "delivered", Status: status, ReplyCode: reply,
				Diagnostic: n.Delivery.SMTPResponse, ReportingMTA: m.ReportingMTA, RemoteMTA: n.Delivery.RemoteMTAIP,
			})
		}
	default:
		return false
	}
	return len(m.Recipients) > 0
}

// findSES decodes the SES notification in a notice: the JSON itself, or
// inside an Amazon SNS envelope ({"Type": "Notification", "Message":
// "{\"notificationType\": …}"}), where it is a JSON string: SNS delivers
// SES events by mail that way.
func findSES(notice string) (sesNotification, bool) {
	var n sesNotification
	if msg, ok := snsMessage(notice); ok {
		return n, json.Unmarshal([]byte(msg), &n) == nil
	}
	i := strings.Index(notice, `{"notificationType"`)
	if i < 0 {
		i = strings.Index(notice, `{"eventType"`)
	}
	return n, i >= 0 && decodeJSON(notice[i:], &n)
}

// snsMessage returns the Message of an SNS notification that carries an
// SES event.
func snsMessage(notice string) (string, bool) {
	i := strings.Index(notice, `"Type"`)
	if i < 0 {
		return "", false
	}
	j := strings.LastIndexByte(notice[:i], '{')
	if j < 0 {
		return "", false
	}
	var env struct{ Type, Message string }
	if !decodeJSON(notice[j:], &env) || env.Type != "Notification" {
		return "", false
	}
	msg := strings.TrimSpace(env.Message)
	ok := strings.HasPrefix(msg, "{") && (strings.Contains(msg, `"notificationType"`) || strings.Contains(msg, `"eventType"`))
	return msg, ok
}

// decodeJSON decodes the JSON value at the start of s into v. Some relays
// fold the one long JSON line: it is joined again when s does not decode.
func decodeJSON(s string, v any) bool {
	if json.NewDecoder(strings.NewReader(s)).Decode(v) == nil {
		return true
	}
	joined := strings.NewReplacer("\n ", "", "\n", "").Replace(s)
	return json.NewDecoder(strings.NewReader(joined)).Decode(v) == nil
}
