package parser

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseDSN(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		message []Field
		rcpts   [][]Field
	}{
		{
			name: "two recipients",
			in: "Reporting-MTA: dns; mx.example.jp\nArrival-Date: Sat, 21 Jun 2014 18:34:34 +0000\n\n" +
				"Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.1.1\n\n" +
				"Final-Recipient: rfc822; b@example.com\nAction: delayed\nStatus: 4.4.7\n",
			message: []Field{{"Reporting-Mta", "dns; mx.example.jp"}, {"Arrival-Date", "Sat, 21 Jun 2014 18:34:34 +0000"}},
			rcpts: [][]Field{
				{{"Final-Recipient", "rfc822; a@example.com"}, {"Action", "failed"}, {"Status", "5.1.1"}},
				{{"Final-Recipient", "rfc822; b@example.com"}, {"Action", "delayed"}, {"Status", "4.4.7"}},
			},
		},
		{
			name: "folded diagnostic and lower-case names",
			in: "reporting-mta: dns; mx\n\nfinal-recipient: RFC822; <c@example.com>\naction: failed\n" +
				"diagnostic-code: smtp; 550-5.1.1 The email account that you tried to reach\n    does not exist.\n",
			message: []Field{{"Reporting-Mta", "dns; mx"}},
			rcpts: [][]Field{{
				{"Final-Recipient", "RFC822; <c@example.com>"}, {"Action", "failed"},
				{"Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."},
			}},
		},
		{
			name: "no blank line between groups",
			in: "Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; a@x.org\nAction: failed\nStatus: 5.0.0\n" +
				"Final-Recipient: rfc822; b@x.org\nAction: failed\nStatus: 5.2.2\n",
			message: []Field{{"Reporting-Mta", "dns; mx"}},
			rcpts: [][]Field{
				{{"Final-Recipient", "rfc822; a@x.org"}, {"Action", "failed"}, {"Status", "5.0.0"}},
				{{"Final-Recipient", "rfc822; b@x.org"}, {"Action", "failed"}, {"Status", "5.2.2"}},
			},
		},
		{
			name:    "missing per-message group",
			in:      "\n\nFinal-Recipient: rfc822; a@x.org\nStatus: 5.1.1 (bad destination mailbox)\n",
			message: nil,
			rcpts:   [][]Field{{{"Final-Recipient", "rfc822; a@x.org"}, {"Status", "5.1.1 (bad destination mailbox)"}}},
		},
		{
			name:    "empty",
			in:      "",
			message: nil,
			rcpts:   nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseDSN(strings.NewReader(tt.in), 0)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(d.Message, tt.message) {
				t.Errorf("message fields = %q, want %q", d.Message, tt.message)
			}
			if !reflect.DeepEqual(d.Recipients, tt.rcpts) {
				t.Errorf("recipients = %q, want %q", d.Recipients, tt.rcpts)
			}
		})
	}
}

func TestParseDSNMaxRecipients(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 50; i++ {
		b.WriteString("Final-Recipient: rfc822; a@x.org\nAction: failed\n\n")
	}
	d, _ := ParseDSN(strings.NewReader(b.String()), 10)
	if len(d.Recipients) != 10 {
		t.Errorf("kept %d recipients, want 10", len(d.Recipients))
	}
}

func TestRecipientOf(t *testing.T) {
	tests := []struct {
		group []Field
		want  Recipient
		ok    bool
	}{
		{
			group: []Field{{"Final-Recipient", "rfc822; Bob@EXAMPLE.com"}, {"Original-Recipient", "rfc822;bob@example.com"},
				{"Action", "Failed (permanent)"}, {"Status", "5.0.0 (permanent failure)"},
				{"Remote-Mta", "dns; mx.example.com. (192.0.2.1)"},
				{"Diagnostic-Code", "smtp; 550 5.1.1 <bob@example.com>... User unknown (in reply to RCPT TO command)"}},
			want: Recipient{Address: "Bob@example.com", OriginalRecipient: "bob@example.com", Action: "failed",
				Status: "5.0.0", StatusComment: "permanent failure", ReplyCode: "550", RemoteMTA: "mx.example.com", ReportingMTA: "r", DiagnosticType: "smtp",
				Diagnostic: "550 5.1.1 <bob@example.com>... User unknown (in reply to RCPT TO command)", Command: "RCPT"},
			ok: true,
		},
		{
			group: []Field{{"Original-Recipient", "rfc822; <only@example.org>"}, {"Action", "delayed"}},
			want:  Recipient{Address: "only@example.org", OriginalRecipient: "only@example.org", Action: "delayed", ReportingMTA: "r"},
			ok:    true,
		},
		{
			group: []Field{{"Final-Recipient", "rfc822;a@example.jp"}, {"Action", "failed"},
				{"Status", "5.2.1 (mailbox disabled, not accepting messages)"}},
			want: Recipient{Address: "a@example.jp", Action: "failed", Status: "5.2.1",
				StatusComment: "mailbox disabled, not accepting messages", ReportingMTA: "r"},
			ok: true,
		},
		{
			group: []Field{{"Action", "failed"}, {"Status", "5.1.1"}},
			ok:    false,
		},
	}
	for _, tt := range tests {
		got, ok := recipientOf(tt.group, "r")
		if ok != tt.ok {
			t.Errorf("recipientOf(%v) ok = %v", tt.group, ok)
			continue
		}
		if ok && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("recipientOf(%v)\n got  %+v\n want %+v", tt.group, got, tt.want)
		}
	}
}

func TestStripCommentsAndTypedValue(t *testing.T) {
	if got := stripComments("5.1.1 (bad (nested) mailbox) x"); got != "5.1.1  x" {
		t.Errorf("stripComments = %q", got)
	}
	for in, want := range map[string][2]string{
		"rfc822; a@b.org":   {"rfc822", "a@b.org"},
		"RFC822;<a@b.org>":  {"rfc822", "<a@b.org>"},
		"utf-8; 用户@例子.中国":   {"utf-8", "用户@例子.中国"},
		"a@b.org":           {"", "a@b.org"},
		"smtp; 550 5.1.1 x": {"smtp", "550 5.1.1 x"},
	} {
		typ, val := typedValue(in)
		if typ != want[0] || val != want[1] {
			t.Errorf("typedValue(%q) = %q, %q; want %q", in, typ, val, want)
		}
	}
}
