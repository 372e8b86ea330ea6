package record

// Record is the verdict on one recipient of one message. Field names and
// JSON keys are a contract: the JSON and CSV reports use them as they are.
type Record struct {
	Source            string `json:"source"`
	Recipient         string `json:"recipient"`
	OriginalRecipient string `json:"original_recipient"`
	Action            Action `json:"action"`
	Status            string `json:"status"`
	ReplyCode         string `json:"reply_code"`
	Reason            Reason `json:"reason"`
	Hard              bool   `json:"hard"`
	Diagnostic        string `json:"diagnostic"`
	ReportingMTA      string `json:"reporting_mta"`
	RemoteMTA         string `json:"remote_mta"`
	Date              string `json:"date"`
	Sender            string `json:"sender"`
	OriginalMessageID string `json:"original_message_id"`
	OriginalSubject   string `json:"original_subject"`
	FeedbackType      string `json:"feedback_type"`
	Vendor            string `json:"vendor"`
	Rule              string `json:"rule"`
	// ESPType is the e-mail service provider's own class of an event read
	// from its JSON ("Permanent/General", "bounce/blocked", "HardBounce"
	// …); empty for mail. It decides the reason only when the event's
	// words and codes decide nothing.
	ESPType string `json:"esp_type"`
	// ListID, Campaign and Subscriber tie the bounce to the mail it
	// returns, from the returned message's header (List-Id, a list
	// manager's own fields; see package campaign); empty when unknown.
	ListID     string `json:"list_id"`
	Campaign   string `json:"campaign"`
	Subscriber string `json:"subscriber"`
	// VERP is the address decoded from the return address the bounce
	// came back to: the address the list sent to. It fills Recipient
	// when the report names none; when it differs from Recipient, the
	// mail reached another address (a forward, an alias) and VERP is
	// the one subscribed.
	VERP string `json:"verp"`
}

// Fields lists the record's field names in report order (the CSV header).
var Fields = []string{
	"source", "recipient", "original_recipient", "action", "status",
	"reply_code", "reason", "hard", "diagnostic", "reporting_mta",
	"remote_mta", "date", "sender", "original_message_id",
	"original_subject", "feedback_type", "vendor", "rule", "esp_type",
	"list_id", "campaign", "subscriber", "verp",
}

// Values returns the record's fields as strings, in the order of Fields.
func (r *Record) Values() []string {
	hard := "false"
	if r.Hard {
		hard = "true"
	}
	return []string{
		r.Source, r.Recipient, r.OriginalRecipient, string(r.Action), r.Status,
		r.ReplyCode, string(r.Reason), hard, r.Diagnostic, r.ReportingMTA,
		r.RemoteMTA, r.Date, r.Sender, r.OriginalMessageID,
		r.OriginalSubject, r.FeedbackType, r.Vendor, r.Rule, r.ESPType,
		r.ListID, r.Campaign, r.Subscriber, r.VERP,
	}
}

// IsBounce tells whether the record counts as a bounce in a summary:
// auto-replies, delivery reports and complaints do not.
func (r *Record) IsBounce() bool { return r.Reason.IsBounce() }
