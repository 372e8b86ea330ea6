package parser

import (
	"fmt"
	"strings"
	"testing"
)

// Hostile input: every case must parse (or fail with an error) without a
// panic, within the limits, and report the limit it hit.
func TestHostileInput(t *testing.T) {
	nested := func(depth int) string {
		var b strings.Builder
		b.WriteString("From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n")
		for i := 0; i < depth; i++ {
			fmt.Fprintf(&b, "--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n", i, i+1)
		}
		return b.String()
	}
	manyRecipients := func(n int) string {
		var b strings.Builder
		b.WriteString("From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "Final-Recipient: rfc822; u%d@example.net\nAction: failed\nStatus: 5.1.1\n\n", i)
		}
		b.WriteString("--x--\n")
		return b.String()
	}
	manyFields := "From: a@example.com\n" + strings.Repeat("X-Junk: y\n", 100000) + "\nbody\n"
	longLine := "From: a@example.com\nSubject: " + strings.Repeat("x", 1<<20) + "\n\nbody\n"
	tests := []struct {
		name string
		in   string
		warn string // a warning that must be reported ("" for none required)
	}{
		{"10000 nested multiparts", nested(10000), "nested deeper"},
		{"100000 recipients", manyRecipients(100000), "were skipped"},
		{"100000 header fields", manyFields, ""},
		{"1 MB header line", longLine, ""},
		{"boundary that never ends", "From: a@example.com\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n" + strings.Repeat("never ends\n", 10000), ""},
		{"missing boundary", "From: a@example.com\nContent-Type: multipart/report; report-type=delivery-status\n\nhello\n", ""},
		{"invalid base64", "From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!***not base64***\n", ""},
		{"invalid quoted-printable", "From: a@example.com\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n=ZZ=1\n", ""},
		{"unknown charset", "From: a@example.com\nContent-Type: text/plain; charset=x-no-such\n\n\xff\xfe hello\n", ""},
		{"NUL bytes", "From: a@example.com\n\n\x00\x00\x00 <u@example.net>: 550 5.1.1 no\n", ""},
		{"invalid UTF-8 everywhere", "From: \xff@\xfe\nSubject: \xc3\x28\n\n\xed\xa0\x80\n", ""},
		{"truncated DSN", "From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; u@exa", ""},
	}
	lim := Limits{MaxDepth: 16, MaxParts: 200, MaxRecipients: 500, MaxHeaderBytes: 256 << 10}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseWithLimits(strings.NewReader(tt.in), lim)
			if err != nil {
				return // a clear error is an acceptable answer
			}
			if len(m.Recipients) > lim.MaxRecipients {
				t.Errorf("%d recipients, limit %d", len(m.Recipients), lim.MaxRecipients)
			}
			if tt.warn != "" && !strings.Contains(strings.Join(m.Warnings, "\n"), tt.warn) {
				t.Errorf("warnings %q lack %q", m.Warnings, tt.warn)
			}
		})
	}
}

func TestRecipientLimitIsReported(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n")
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&b, "Final-Recipient: rfc822; u%d@example.net\nAction: failed\nStatus: 5.1.1\n\n", i)
	}
	m, err := ParseWithLimits(strings.NewReader(b.String()), Limits{MaxRecipients: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Recipients) != 10 {
		t.Errorf("%d recipients, want 10", len(m.Recipients))
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "40 were skipped") {
		t.Errorf("warnings %q do not report the 40 skipped", m.Warnings)
	}
}

func TestPartLimitIsReported(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@example.org\nContent-Type: multipart/report; report-type=delivery-status; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&b, "Final-Recipient: rfc822; u%d@example.net\nAction: failed\nStatus: 5.1.1\n\n", i)
	}
	b.WriteString("--x--\n")
	m, err := ParseWithLimits(strings.NewReader(b.String()), Limits{MaxTextBytes: 4096})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "longer than 4096 bytes") {
		t.Errorf("warnings %q do not report the cut part", m.Warnings)
	}
}

func TestHeaderLimitIsReported(t *testing.T) {
	in := "From: MAILER-DAEMON@example.org\n" + strings.Repeat("X-Junk: 0123456789\n", 500) + "\nbody\n"
	m, err := ParseWithLimits(strings.NewReader(in), Limits{MaxHeaderBytes: 1024})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(m.Warnings, "\n"), "header block longer than 1024 bytes") {
		t.Errorf("warnings %q do not report the long header", m.Warnings)
	}
}
