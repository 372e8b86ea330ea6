package smtpcode

import "testing"

func TestFindMore(t *testing.T) {
	tests := []struct{ text, reply, status string }{
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
	}
	for _, tt := range tests {
		reply, status := Find(tt.text)
		if reply != tt.reply || status != tt.status {
			t.Errorf("Find(%q) = %q, %q; want %q, %q", tt.text, reply, status, tt.reply, tt.status)
		}
	}
}
