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
	i := strings.Index(notice, `{"notificationType"`)
	if i < 0 {
		i = strings.Index(notice, `{"eventType"`)
	}
	if i < 0 {
		return false
	}
	var n sesNotification
	if err := json.NewDecoder(strings.NewReader(notice[i:])).Decode(&n); err != nil {
		// Some relays fold the one long JSON line: join it again.
		joined := strings.NewReplacer("\n ", "", "\n", "").Replace(notice[i:])
		if err := json.NewDecoder(strings.NewReader(joined)).Decode(&n); err != nil {
			return false
		}
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
