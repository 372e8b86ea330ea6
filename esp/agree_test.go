package esp_test

import (
	"os"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/esp"
	"github.com/bounce-analyzer/bounce/rules"
)

// A webhook event and a mailed bounce of the same campaign agree: the
// sender's tags in the event give what the returned header gives.
func TestEventAndMailAgree(t *testing.T) {
	for _, c := range []struct {
		mail, event string
	}{
		{"mailgun-sendmail-mailboxfull.eml", `{"event": "failed", "timestamp": 1764491000, "severity": "temporary",
			"reason": "generic", "recipient": "erin@example.com", "tags": ["autumn"],
			"user-variables": {"campaign_id": "autumn-sale-2026", "subscriber_id": 4012},
			"delivery-status": {"code": 452, "enhanced-code": "4.2.2", "message": "4.2.2 Mailbox full"}}`},
		{"ses-forwarded-suspend.eml", `{"eventType": "Bounce", "bounce": {"bounceType": "Transient", "bounceSubType": "General",
			"bouncedRecipients": [{"emailAddress": "frank.li@example.net", "diagnosticCode": "smtp; 550 5.2.1 mailbox disabled"}],
			"timestamp": "2026-11-30T09:00:01.000Z"},
			"mail": {"timestamp": "2026-11-30T09:00:00.000Z", "source": "news@example.org", "messageId": "0100-1",
			"tags": {"ses:configuration-set": ["newsletters"], "campaign": ["november-offers"], "subscriber": ["cust-88121"]}}}`},
	} {
		t.Run(c.mail, func(t *testing.T) {
			path := "../testdata/campaign/" + c.mail
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			mailed, err := bounce.New().AnalyzeBytes(b, path)
			if err != nil || len(mailed) != 1 || mailed[0].Campaign == "" || mailed[0].Subscriber == "" {
				t.Fatalf("%s: %+v, %v", path, mailed, err)
			}
			var hooked []classify.Record
			_, err = esp.Analyze(classify.New(rules.Default()), strings.NewReader(c.event), "event", func(recs []classify.Record) error {
				hooked = append(hooked, recs...)
				return nil
			}, func(err error) { t.Error(err) })
			if err != nil || len(hooked) != 1 {
				t.Fatalf("event: %+v, %v", hooked, err)
			}
			m, h := mailed[0], hooked[0]
			if h.Campaign != m.Campaign || h.Subscriber != m.Subscriber || h.ListID != m.ListID {
				t.Errorf("event gives campaign %q subscriber %q list %q; the mail %q %q %q",
					h.Campaign, h.Subscriber, h.ListID, m.Campaign, m.Subscriber, m.ListID)
			}
		})
	}
}
