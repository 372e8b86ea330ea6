package bounce_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/source"
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

// AnalyzeAll reads many messages (here an mbox on a stream; source.Paths
// reads files, directories and Maildirs) with several workers and hands
// the results on in input order.
func ExampleAnalyzer_AnalyzeAll() {
	mbox := `From MAILER-DAEMON Thu Jan  1 00:00:00 2026
From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; nobody@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown
--b--

From someone Thu Jan  1 00:00:00 2026
From: friend@example.com
Subject: lunch?

Shall we?

From MAILER-DAEMON Thu Jan  1 00:00:00 2026
From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; full@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <full@example.net>: Mailbox full
--b--
`
	a := bounce.New()
	err := a.AnalyzeAll(context.Background(), source.Reader("box", strings.NewReader(mbox)), func(res bounce.Result) error {
		if res.Err != nil {
			return res.Err // or log it and go on
		}
		fmt.Println(res.Source, len(res.Records), "records")
		for _, r := range res.Records {
			fmt.Println(" ", r.Recipient, r.Reason, r.Hard)
		}
		return nil
	}, bounce.Workers(4))
	if err != nil {
		panic(err)
	}
	// Output:
	// box#1 1 records
	//   nobody@example.net userunknown true
	// box#2 0 records
	// box#3 1 records
	//   full@example.net mailboxfull false
}

// ClassifyDiagnostic judges a reply on its own, as bounce explain does.
func ExampleAnalyzer_ClassifyDiagnostic() {
	a := bounce.New()
	for _, text := range []string{
		"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
		"452 4.2.2 <ann@example.org>: Mailbox full",
	} {
		r := a.ClassifyDiagnostic(bounce.Diagnostic{Text: text, ReplyCode: text[:3], Status: text[4:9]})
		fmt.Println(r.Reason, r.Hard)
	}
	// Output:
	// userunknown true
	// mailboxfull false
}
