package bounce_test

import (
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce"
)

func Example() {
	msg := `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

<nobody@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1
    <nobody@example.net>: Recipient address rejected: User unknown

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; nobody@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown
--b--
`
	recs, err := bounce.Analyze(strings.NewReader(msg), "example.eml")
	if err != nil {
		panic(err)
	}
	for _, r := range recs {
		fmt.Println(r.Recipient, r.Reason, r.Hard, r.Status)
	}
	// Output: nobody@example.net userunknown true 5.1.1
}
