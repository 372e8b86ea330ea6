package bounce

import (
	"strings"
	"testing"
)

// A provider's event is read from a mail only when the mail itself carries
// one (SNS's sender, a program's forward of a webhook, an application/json
// body). A person who pastes an event to a colleague, or a list post that
// quotes one, reports no failure: it must give no record.
func TestEventByMailOnlyFromTheProvider(t *testing.T) {
	const sesBounce = `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General",` +
		`"bouncedRecipients":[{"emailAddress":"milan.horak@client-example.example","action":"failed","status":"5.1.1",` +
		`"diagnosticCode":"smtp; 550 5.1.1 no such mailbox"}],"timestamp":"2026-04-02T07:00:00.000Z","feedbackId":"f1",` +
		`"reportingMTA":"dsn; b7.smtp-out.amazonses.com"},"mail":{"timestamp":"2026-04-02T06:59:00.000Z",` +
		`"source":"orders@shop-example.example","messageId":"m1","destination":["milan.horak@client-example.example"]}}`
	for _, c := range []struct {
		name, msg, want string // want: the failed recipients, comma-separated
	}{
		{"a developer pastes an SES event to a colleague", `From: Tereza Novak <tereza@dev-example.example>
To: jonas@dev-example.example
Subject: the payload from yesterday
Date: Thu, 2 Apr 2026 09:10:00 +0000

Jonas, here is the notification our endpoint got, for the parser ticket:

` + sesBounce + "\n", ""},
		{"a list post quotes a SendGrid event array", `From: Ravi Menon <ravi@dev-example.example>
To: esp-users@lists.dev-example.example
List-Id: ESP users <esp-users.lists.dev-example.example>
List-Unsubscribe: <mailto:esp-users-leave@lists.dev-example.example>
Subject: Re: what does a bounce event look like?
In-Reply-To: <q1@dev-example.example>
Date: Thu, 2 Apr 2026 09:20:00 +0000

[
 {"event":"bounce","email":"ines.costa@client-example.example","reason":"550 5.1.1 mailbox unknown","type":"bounce","timestamp":1775120000,"sg_event_id":"e1"}
]
`, ""},
		{"SNS mails the SES event", `From: AWS Notifications <no-reply@sns.amazonaws.com>
To: bounces@shop-example.example
Subject: AWS Notification Message
Date: Thu, 2 Apr 2026 07:00:05 +0000
x-amz-sns-message-id: 0e1d2c3b-4a59-5687-9a8b-7c6d5e4f3a2b

` + sesBounce + `

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.eu-central-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:eu-central-1:123456789012:bounces:1
`, "milan.horak@client-example.example"},
		{"a program forwards a SendGrid webhook", `From: hook relay <relay@app.shop-example.example>
To: bounces@shop-example.example
Subject: sendgrid event
Auto-Submitted: auto-generated
Date: Thu, 2 Apr 2026 09:30:00 +0000

[
 {"event":"bounce","email":"ines.costa@client-example.example","reason":"550 5.1.1 mailbox unknown","type":"bounce","timestamp":1775120000,"sg_event_id":"e1"}
]
`, "ines.costa@client-example.example"},
	} {
		recs, err := Analyze(strings.NewReader(c.msg), "test")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, r := range recs {
			got = append(got, r.Recipient)
		}
		if strings.Join(got, ",") != c.want {
			t.Errorf("%s: records for %q, want %q", c.name, got, c.want)
		}
	}
}
