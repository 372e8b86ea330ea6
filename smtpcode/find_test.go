package smtpcode

import (
	"regexp"
	"testing"
)

var statusRe = regexp.MustCompile(`^[245]\.[0-9]{1,3}\.[0-9]{1,3}$`)

func TestFind(t *testing.T) {
	cases := []struct {
		text, reply, status string
	}{
		{"", "", ""},
		{"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "550", "5.1.1"},
		{"550-5.1.1 The email account that you tried to reach does not exist.", "550", "5.1.1"},
		{"smtp; 550 5.1.1 <a@b>... User unknown", "550", "5.1.1"},
		{"SMTP; 552 5.2.2 Mailbox full", "552", "5.2.2"},
		{"X-Postfix; host not found", "", ""},
		{"Sorry, no mailbox here by that name. (#5.1.1)", "", "5.1.1"},
		{"#5.1.1", "", "5.1.1"},
		{"(#5.7.1)", "", "5.7.1"},
		{"host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)", "452", "4.2.2"},
		{"host mx.example.com[192.0.2.1] said: 550 Requested action not taken", "550", ""},
		{"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'", "550", "5.1.10"},
		{"Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34'", "554", "5.4.14"},
		{"550 5.7.606 Access denied, banned sending IP [192.0.2.4]", "550", "5.7.606"},
		{"SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 Unrouteable address", "550", ""},
		{"Connected to 192.0.2.7 but sender was rejected. Remote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "553", "5.7.1"},
		{"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "421", "4.7.0"},
		{"#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "550", "5.1.1"},
		{"550 #5.1.0 Address rejected.", "550", "5.1.0"},
		{"5.1.1", "", "5.1.1"},
		{"status 4.4.7.", "", "4.4.7"},
		{"Delivery failed: 4.4.7 Delivery time expired", "", "4.4.7"},
		{"<<< 550 5.7.1 Relaying denied", "550", "5.7.1"},
		{"550", "550", ""},
		{"554 Transaction failed", "554", ""},
		// IP addresses and versions are not statuses.
		{"connect to 192.168.5.1: Connection refused", "", ""},
		{"connect to 10.4.4.7[10.4.4.7]:25: Connection timed out", "", ""},
		{"host 2.3.4.5 refused to talk to me", "", ""},
		{"Sendmail 8.14.1/8.14.1 ready", "", ""},
		{"Postfix/2.3.4 rejected", "", ""},
		{"Exim 4.94.2 said: no", "", ""},
		{"version v5.1.1 running", "", ""},
		{"IPv4 192.0.2.250 listed", "", ""},
		{"dated 5.12.2023 and 2.10.23", "", ""},
		{"450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]", "450", "4.7.1"},
		{"Message size 250 exceeds", "", ""},
		{"port 587 closed", "", ""},
		{"the server said:\n554 5.7.1 blocked", "554", "5.7.1"},
		{"451-4.3.0 Multi-line\n451 4.3.0 reply", "451", "4.3.0"},
		{"5.7.1 Message rejected as spam (550)", "", "5.7.1"},
		{"4.2.2 mailbox over quota; 1.2.3.4", "", "4.2.2"},
		{"Diagnostic-Code: smtp; 550 5.7.1 rejected", "550", "5.7.1"},
		{"554 DT:SPM 163 mx12,WsCowAD3SVBpN2ZfNu4jAQ--.6161S2 1600000000, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1", "554", ""},
		{"550-5.7.1 [192.0.2.1 12] Our system has detected", "550", "5.7.1"},
		{"该用户不存在 550 5.1.1", "550", "5.1.1"},
		{"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", "550", "5.1.1"},
		{"smtp; 550-5.1.1 The email account that you tried to reach does not exist.", "550", "5.1.1"},
		{"host mx.example.jp[192.0.2.153] said: 550 5.2.1 <a@b>... User Unknown", "550", "5.2.1"},
		{"Sorry, no mailbox here by that name. (#5.1.1)", "", "5.1.1"},
		{"remote host 192.0.2.32 said: 550 Unknown user", "550", ""},
		{"by mx.example.jp (8.14.4/8.14.4) with ESMTP", "", ""},
		{"connect to 10.4.5.6[10.4.5.6]:25: Connection timed out", "", ""},
		{"Date: Thu, 29 Apr 2009 23:45:01 +0900", "", ""},
		{"retry timeout exceeded after 421 seconds", "", ""},
		{"421-4.7.0 [192.0.2.1 15] Our system has detected", "421", "4.7.0"},
		{"version 2.5.12.1 of the software", "", ""},
		{"Status: 4.4.7 (delivery time expired)", "", "4.4.7"},
		{"<<< 552 5.2.2 Mailbox full", "552", "5.2.2"},
		{"id=5.1.1.2", "", ""},
		// Chinese, Japanese and Korean put no space before a code.
		{"遠端伺服器回應：550 5.2.1 <a@example.com>: Recipient mailbox is disabled", "550", "5.2.1"},
		{"原因：550 Mailbox not found", "550", ""},
		{"상세 내용550 5.1.1 User unknown", "550", "5.1.1"},
		{"версия5.1.1", "", ""},
		{"café550 5.1.1", "", "5.1.1"},
	}
	for _, c := range cases {
		r, s := Find(c.text)
		if r != c.reply || s != c.status {
			t.Errorf("Find(%q) = %q, %q; want %q, %q", c.text, r, s, c.reply, c.status)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"550 5.1.1 x", "#5.1.1", "1.2.3.4", "smtp;550-5.7.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, st := Find(s)
		if r != "" && (len(r) != 3 || r[0] < '2' || r[0] > '5') {
			t.Fatalf("bad reply %q from %q", r, s)
		}
		if st != "" && !statusRe.MatchString(st) {
			t.Fatalf("bad status %q from %q", st, s)
		}
	})
}
