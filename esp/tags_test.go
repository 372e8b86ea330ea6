package esp

import (
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/campaign"
)

// Events written from each provider's documented event format, with the
// sender's own tags where the provider puts them.
var tagEvents = []struct {
	name                         string
	json                         string
	campaign, subscriber, listID string
}{
	{"mailgun user-variables", `{"signature": {"timestamp": "1764491000", "token": "t", "signature": "s"},
		"event-data": {"event": "failed", "timestamp": 1764491000.5, "severity": "permanent", "reason": "bounce",
		"recipient": "erin@example.com", "tags": ["autumn"],
		"user-variables": {"campaign_id": "autumn-sale-2026", "subscriber_id": 4012},
		"message": {"headers": {"message-id": "1.A@mg.example.org", "to": "erin@example.com", "from": "shop@mg.example.org", "subject": "Sale"}},
		"delivery-status": {"code": 550, "enhanced-code": "5.1.1", "message": "5.1.1 User unknown", "mx-host": "mx.example.com"}}}`,
		"autumn-sale-2026", "4012", ""},
	{"mailgun tag only", `{"event": "failed", "timestamp": 1764491000, "severity": "permanent", "reason": "bounce",
		"recipient": "erin@example.com", "tags": ["autumn"], "user-variables": {},
		"delivery-status": {"code": 550, "message": "5.1.1 User unknown"}}`,
		"autumn", "", ""},
	{"ses event publishing tags", `{"eventType": "Bounce", "bounce": {"bounceType": "Permanent", "bounceSubType": "General",
		"bouncedRecipients": [{"emailAddress": "frank.li@example.net", "action": "failed", "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
		"timestamp": "2026-11-30T09:00:01.000Z", "feedbackId": "f1", "reportingMTA": "dns; a8-1.smtp-out.amazonses.com"},
		"mail": {"timestamp": "2026-11-30T09:00:00.000Z", "source": "news@example.org", "messageId": "0100-1",
		"destination": ["frank.li@example.net"],
		"tags": {"ses:configuration-set": ["newsletters"], "ses:source-ip": ["192.0.2.1"], "campaign": ["november-offers"], "subscriber": ["cust-88121"]},
		"commonHeaders": {"to": ["frank.li@example.net"], "subject": "Offers"}}}`,
		"november-offers", "cust-88121", ""},
	{"ses notification with headers", `{"Type": "Notification", "MessageId": "m", "TopicArn": "arn:aws:sns:eu-west-1:1:bounces",
		"Message": "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bounceSubType\":\"General\",\"bouncedRecipients\":[{\"emailAddress\":\"kim@example.jp\",\"diagnosticCode\":\"smtp; 550 5.1.1 unknown user\"}],\"timestamp\":\"2026-11-30T09:00:01.000Z\"},\"mail\":{\"timestamp\":\"2026-11-30T09:00:00.000Z\",\"source\":\"list@example.org\",\"messageId\":\"0100-2\",\"headersTruncated\":false,\"headers\":[{\"name\":\"From\",\"value\":\"list@example.org\"},{\"name\":\"List-Id\",\"value\":\"Weekly <weekly.example.org>\"},{\"name\":\"X-Campaign-ID\",\"value\":\"wk-48\"},{\"name\":\"X-SES-MESSAGE-TAGS\",\"value\":\"subscriber=s-9\"}],\"tags\":{\"subscriber\":[\"ignored-as-the-header-says\"]},\"commonHeaders\":{\"to\":[\"kim@example.jp\"]}}}"}`,
		"wk-48", "s-9", "weekly.example.org"},
	{"sendgrid custom args", `[{"email": "nobody@example.com", "timestamp": 1764490000, "smtp-id": "<1@ismtpd>", "event": "bounce",
		"category": ["newsletter", "weekly"], "sg_event_id": "e1", "sg_message_id": "m1.filter",
		"reason": "550 5.1.1 The email account that you tried to reach does not exist.", "status": "5.1.1", "type": "bounce",
		"campaign_id": "spring-24", "user_id": 17, "marketing_campaign_name": "SendGrid's own"}]`,
		"spring-24", "17", ""},
	{"sendgrid category only", `{"email": "full@example.com", "timestamp": 1764490001, "event": "deferred",
		"category": "receipts", "response": "452 4.2.2 mailbox full", "attempt": "1", "sg_message_id": "m2"}`,
		"receipts", "", ""},
	{"postmark metadata and tag", `{"RecordType": "Bounce", "MessageStream": "broadcast", "ID": 42, "Type": "HardBounce", "TypeCode": 1,
		"Tag": "welcome", "MessageID": "883953f4-6105", "Metadata": {"campaign": "onboarding-3", "subscriber_id": "u-51", "n": 7},
		"Details": "smtp;550 5.1.1 no such user", "Email": "missing@example.com", "From": "sender@example.org",
		"BouncedAt": "2026-11-30T10:00:00Z", "Subject": "Welcome"}`,
		"onboarding-3", "u-51", ""},
	{"postmark tag only", `{"RecordType": "SpamComplaint", "Type": "SpamComplaint", "Tag": "digest", "Metadata": {},
		"MessageID": "1", "Email": "angry@example.com", "BouncedAt": "2026-11-30T10:00:00Z"}`,
		"digest", "", ""},
	{"brevo transactional tags and custom", `{"event": "hard_bounce", "email": "unknown@example.fr", "id": 1, "date": "2026-11-30 11:00:00",
		"message-id": "<1@smtp-relay.mailin.fr>", "ts_event": 1764496800, "subject": "Bienvenue",
		"tags": ["bienvenue"], "X-Mailin-custom": "{\"campaign_id\": \"fr-welcome\", \"subscriber_id\": \"c-3\"}",
		"reason": "550 5.1.1 User unknown"}`,
		"fr-welcome", "c-3", ""},
	{"brevo marketing tag", `{"id": 1, "camp_id": 12, "email": "quota@example.fr", "campaign name": "Soldes", "date_event": "2026-11-30 11:01:00",
		"ts_event": 1764496860, "event": "soft_bounce", "tag": "soldes-hiver", "reason": "452 4.2.2 over quota"}`,
		"soldes-hiver", "", ""},
	{"no tags", `{"email": "x@example.com", "timestamp": 1764490000, "event": "bounce", "reason": "550 5.1.1 unknown", "status": "5.1.1",
		"sg_event_id": "e", "sg_message_id": "m", "tls": 1}`,
		"", "", ""},
}

func TestEventTagsTie(t *testing.T) {
	for _, c := range tagEvents {
		t.Run(c.name, func(t *testing.T) {
			out := decodeAllFrom(t, strings.NewReader(c.json), c.name)
			if len(out.errs) > 0 || len(out.recs) != 1 {
				t.Fatalf("%d records, errors %v", len(out.recs), out.errs)
			}
			r := out.recs[0]
			if r.Campaign != c.campaign || r.Subscriber != c.subscriber || r.ListID != c.listID || r.VERP != "" {
				t.Errorf("campaign %q subscriber %q list_id %q verp %q, want %q %q %q",
					r.Campaign, r.Subscriber, r.ListID, r.VERP, c.campaign, c.subscriber, c.listID)
			}
		})
	}
}

// The key names are the configured rules': the mail path's flags and
// config keys choose them for events too, and nil rules tie nothing.
func TestEventTagsConfigured(t *testing.T) {
	ev := tagEvents[0] // Mailgun: campaign_id, subscriber_id, tag "autumn"
	rules, err := campaign.Compile(campaign.Config{
		CampaignHeaders:   []string{"X-Mailgun-Tag"},
		SubscriberHeaders: []string{"X-Mailgun-Variables json=campaign_id"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name                 string
		rules                *campaign.Rules
		campaign, subscriber string
	}{
		{"configured", rules, "autumn", "autumn-sale-2026"},
		{"none", nil, "", ""},
	} {
		d := NewDecoder(strings.NewReader(ev.json), c.name)
		e, err := d.Next()
		if err != nil {
			t.Fatal(err)
		}
		recs := ClassifyWith(classifier, c.rules, &e, c.name)
		if len(recs) != 1 || recs[0].Campaign != c.campaign || recs[0].Subscriber != c.subscriber {
			t.Errorf("%s: %+v", c.name, recs)
		}
	}
}
