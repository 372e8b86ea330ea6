package bounce_test

import (
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/campaign"
)

// A list manager that writes the campaign and the subscriber into its
// return address, besides the default patterns and header rules.
func ExampleWithCampaign() {
	rules, err := campaign.Compile(campaign.Config{
		VERP: []string{"bounce-{campaign}-{subscriber}@bounces.example.com", "default"},
	})
	if err != nil {
		panic(err)
	}
	a := bounce.New(bounce.WithCampaign(rules))
	msg := `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: bounce-nov26-s9931@bounces.example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; kate@example.net
Action: failed
Status: 5.1.1

--b
Content-Type: text/rfc822-headers

From: news@example.com
To: kate@example.net
List-Id: Example news <news.example.com>
--b--
`
	recs, err := a.Analyze(strings.NewReader(msg), "example.eml")
	if err != nil {
		panic(err)
	}
	for _, r := range recs {
		fmt.Println(r.Recipient, r.Reason, r.ListID, r.Campaign, r.Subscriber)
	}
	// Output: kate@example.net userunknown news.example.com nov26 s9931
}
