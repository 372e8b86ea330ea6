package htmlreport_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/htmlreport"
)

// A Collector counts the records of each message; Render writes the page.
func Example() {
	msg := "From: MAILER-DAEMON@mx.example.org\nTo: sender@example.com\nSubject: Undelivered Mail\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n" +
		"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n" +
		"Final-Recipient: rfc822; li.xia@163.com\nAction: failed\nStatus: 5.7.1\n" +
		"Diagnostic-Code: smtp; 554 DT:SPM 163 mx23, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25\n--b--\n"
	recs, err := bounce.Analyze(strings.NewReader(msg), "1.eml")
	if err != nil {
		panic(err)
	}
	c := htmlreport.NewCollector(htmlreport.Options{Lang: "en"})
	c.Add(recs)
	d := c.Data()
	for _, in := range d.Incidents {
		fmt.Println(in.Name("en"), in.Reason, in.Count, in.Codes[0].Value, in.IPs[0].Value)
	}

	path := filepath.Join(os.TempDir(), "bounce-example-report.html")
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	defer os.Remove(path)
	if err := htmlreport.Render(f, d); err != nil {
		panic(err)
	}
	f.Close()
	// Output: NetEase 163 / 126 / yeah spamdetected 1 DT:SPM 203.0.113.25
}
