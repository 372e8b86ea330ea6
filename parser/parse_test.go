package parser

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func parseString(t *testing.T, s string) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGlobalDeliveryStatus(t *testing.T) {
	m := parseString(t, `From: postmaster@example.org
To: sender@example.com
Subject: =?UTF-8?B?5oqV6YCS5aSx6LSl?=
Content-Type: multipart/report; report-type=global-delivery-status; boundary="b"

--b
Content-Type: text/plain; charset=utf-8

Delivery failed.
--b
Content-Type: message/global-delivery-status

Reporting-MTA: dns; mx.example.org

Original-Recipient: utf-8; 用户@例子.中国
Final-Recipient: utf-8; 用户@例子.中国
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unknown
--b
Content-Type: message/global-headers

From: =?UTF-8?B?5byg5LiJ?= <sender@example.com>
To: 用户@例子.中国
Subject: 你好
Message-ID: <abc@example.com>
--b--
`)
	if m.Kind != Bounce || len(m.Recipients) != 1 {
		t.Fatalf("kind %v, %d recipients", m.Kind, len(m.Recipients))
	}
	r := m.Recipients[0]
	if r.Address != "用户@例子.中国" || r.Status != "5.1.1" || r.ReplyCode != "550" || r.Action != "failed" {
		t.Errorf("recipient %+v", r)
	}
	if m.Subject != "投递失败" {
		t.Errorf("subject %q", m.Subject)
	}
}

func TestRFC822HeadersOriginal(t *testing.T) {
	m := parseString(t, `From: MAILER-DAEMON@example.org
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; a@example.net
Action: failed
Status: 5.2.2
--b
Content-Type: text/rfc822-headers

From: Sender <sender@example.com>
To: a@example.net
Subject: =?GB2312?B?xOO6ww==?=
Message-ID: <m1@example.com>
--b--
`)
	o := m.Original
	if o.From != "sender@example.com" || o.MessageID != "m1@example.com" || o.Subject != "你好" || o.To != "a@example.net" {
		t.Errorf("original %+v", o)
	}
}

// A Chinese provider's free-text notice in GB18030, base64 encoded.
func TestFreeTextGB18030Base64(t *testing.T) {
	m := parseString(t, "From: postmaster@163.com\nTo: sender@example.com\nSubject: =?GB2312?B?z7XNs83L0MU=?=\n"+
		"Content-Type: text/plain; charset=GB18030\nContent-Transfer-Encoding: base64\n\n"+`xPq6w6OsxPq3osvNtcTTyrz+zrTE3M22td2howoKPG5vc3VjaEAxNjMuY29tPjogNTUwIFVzZXIg
bm90IGZvdW5kOiBub3N1Y2hAMTYzLmNvbQo=`)
	if m.Kind != Bounce || len(m.Recipients) != 1 {
		t.Fatalf("kind %v, recipients %+v", m.Kind, m.Recipients)
	}
	r := m.Recipients[0]
	if r.Address != "nosuch@163.com" || r.ReplyCode != "550" || !strings.Contains(r.Diagnostic, "User not found") {
		t.Errorf("recipient %+v", r)
	}
	if m.Vendor != "netease" || m.Subject != "系统退信" {
		t.Errorf("vendor %q subject %q", m.Vendor, m.Subject)
	}
}

func TestQuotedPrintableAndLyingCharset(t *testing.T) {
	// Declared ISO-2022-JP (7-bit) but the bytes are UTF-8.
	m := parseString(t, "From: MAILER-DAEMON@example.org\nTo: s@example.com\nSubject: Mail delivery failed\n"+
		"Content-Type: text/plain; charset=iso-2022-jp\nContent-Transfer-Encoding: quoted-printable\n\n"+
		"<a@example.net>: host mx said: 550 5.1.1 =E3=83=A6=E3=83=BC=E3=82=B6=E3=83=BC unknown=\n user\n")
	if len(m.Recipients) != 1 || !strings.Contains(m.Recipients[0].Diagnostic, "ユーザー unknown user") {
		t.Fatalf("recipients %+v", m.Recipients)
	}
}

func TestNotAMessage(t *testing.T) {
	for in, why := range map[string]string{
		"\x00\x01binary junk":   "not a mail message: binary",
		"":                      "not a mail message: empty",
		"\n\n":                  "not a mail message: empty",
		"hello world\nline two": "not a mail message: no header",
		"Name : value\n":        "not a mail message: no header",
	} {
		_, err := Parse(strings.NewReader(in))
		if !errors.Is(err, ErrNotMessage) || err.Error() != why {
			t.Errorf("Parse(%q): error %v, want %q", in, err, why)
		}
	}
	m := parseString(t, "From: a@example.com\nTo: b@example.com\nSubject: lunch?\n\nSee you at noon.\n")
	if m.Kind != NotBounce || len(m.Recipients) != 0 {
		t.Errorf("ordinary mail: %+v", m)
	}
}

// A DSN without a Diagnostic-Code takes the words from the notice, even
// when the failed recipient is a postmaster@ address.
func TestDSNDiagnosticFromNotice(t *testing.T) {
	m := parseString(t, `From: Mailer Daemon <MAILER-DAEMON@mx.example.org>
To: alice@example.org
Subject: Delivery status notification: failed
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

postmaster@nowhere.example: Domain does not exist

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; postmaster@nowhere.example
Action: failed
Status: 5.0.0

--b1--
`)
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients: %+v", m.Recipients)
	}
	if r := m.Recipients[0]; r.Address != "postmaster@nowhere.example" || !strings.HasSuffix(r.Diagnostic, ": Domain does not exist") {
		t.Errorf("recipient %q diagnostic %q", r.Address, r.Diagnostic)
	}
}

// In a transcript, the successful exchanges before the failing reply are
// not the diagnostic, and the last client command is the one refused.
func TestSkipTranscript(t *testing.T) {
	lines := []string{
		" Out: 220 mx.example.com ESMTP",
		" In:  EHLO client.example.org",
		" Out: 250-STARTTLS",
		" In:  MAIL",
		"     FROM:<a@example.org> SIZE=2000",
		" Out: 250 2.1.0 Ok",
		" In:  DATA",
		" Out: 354 End data with <CR><LF>.<CR><LF>",
		" Out: 451 4.3.0 Error: queue file write error",
		" In:  QUIT",
	}
	diag, reply, status, command := defaultBook().diagnosticOf(lines)
	if reply != "451" || status != "4.3.0" || command != "DATA" || strings.Contains(diag, "STARTTLS") {
		t.Errorf("diag %q reply %q status %q command %q", diag, reply, status, command)
	}
	// MDaemon's session transcript: time-stamped log lines, "<--" for the
	// server and "-->" for the client.
	mdaemon := []string{
		" Fri 2024-03-22 16:03:12.406: Attempting SMTP connection to [192.0.2.90:587]",
		" Fri 2024-03-22 16:03:12.413: <-- 220 smtp.example.net ESMTP ready",
		" Fri 2024-03-22 16:03:12.414: --> EHLO mail.example.com",
		" Fri 2024-03-22 16:03:12.417: <-- 250 STARTTLS",
		" Fri 2024-03-22 16:03:12.419: <-- 220 2.0.0 Ready to start TLS",
		" Fri 2024-03-22 16:03:12.420: --> MAIL From:<a@example.com>",
		" Fri 2024-03-22 16:03:12.429: <-- 553 5.7.8 Error: authentication required",
		" Fri 2024-03-22 16:03:12.430: --> QUIT",
	}
	diag, reply, status, command = defaultBook().diagnosticOf(mdaemon)
	if reply != "553" || status != "5.7.8" || command != "MAIL" || strings.Contains(diag, "TLS") || strings.Contains(diag, "2024") {
		t.Errorf("MDaemon: diag %q reply %q status %q command %q", diag, reply, status, command)
	}
	// PIPELINING: the client sent MAIL, RCPT and DATA at once; the replies
	// come in order, so the 550 answers RCPT although DATA was sent last.
	for name, piped := range map[string][]string{
		"sendmail": {
			"... while talking to mx.example.net.:",
			">>> MAIL From:<a@example.org> SIZE=1841",
			">>> RCPT To:<gone@example.net>",
			">>> DATA",
			"<<< 250 2.1.0 <a@example.org>... Sender ok",
			"<<< 550 5.1.1 <gone@example.net>... User unknown",
			"<<< 503 5.0.0 Need RCPT (recipient)",
		},
		"in/out": {
			" Out: 220 mx.example.net ESMTP",
			" In:  EHLO client.example.org",
			" Out: 250-mx.example.net",
			" Out: 250 PIPELINING",
			" In:  MAIL FROM:<a@example.org>",
			" In:  RCPT TO:<b@example.net>",
			" In:  RCPT TO:<c@example.net>",
			" In:  DATA",
			" Out: 250 2.1.0 Ok",
			" Out: 250 2.1.5 Ok",
			" Out: 452 4.2.2 <c@example.net>: Mailbox full",
		},
	} {
		if _, reply, _, command := defaultBook().diagnosticOf(piped); command != "RCPT" || reply == "" {
			t.Errorf("%s pipelined: reply %q command %q, want RCPT", name, reply, command)
		}
	}
	// Replies left out of a transcript: the last command sent is the one.
	quiet := []string{">>> MAIL From:<a@example.org>", ">>> RCPT To:<b@example.net>", ">>> DATA", "<<< 554 5.6.0 Message rejected"}
	if _, _, _, command := defaultBook().diagnosticOf(quiet); command != "DATA" {
		t.Errorf("transcript without replies: command %q, want DATA", command)
	}
	// A log of local delivery, no server reply in it: the times go all the
	// same, so a sentence the log wraps stays whole.
	local := []string{
		" Mon 2025-06-02 07:15:40.118: * Delivering to local mailbox ines@example.net",
		" Mon 2025-06-02 07:15:40.120: * Refused: this account is over its storage limit of",
		" Mon 2025-06-02 07:15:40.121:   2048 MB and accepts no new mail.",
	}
	if diag, _, _, _ := defaultBook().diagnosticOf(local); strings.Contains(diag, "2025") || !strings.Contains(diag, "storage limit of 2048 MB") {
		t.Errorf("local delivery log: %q", diag)
	}
	plain := []string{"550 5.1.1 <a@example.org>: User unknown"}
	if diag, _, _, _ := defaultBook().diagnosticOf(plain); diag != plain[0] {
		t.Errorf("no transcript: %q", diag)
	}
}

// BenchmarkParse parses every corpus message once per iteration.
func BenchmarkParse(b *testing.B) {
	names, _ := filepath.Glob("../testdata/sisimai-set/eml/*.eml")
	var msgs [][]byte
	size := 0
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			if _, err := Parse(bytes.NewReader(m)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(msgs))/b.Elapsed().Seconds(), "msgs/s")
}

// A letter whose lower case is longer in UTF-8 (Ⱥ, 2 bytes, to ⱥ, 3) must
// not shift where the server's words are cut from the MTA's framing.
func TestLeadInAfterLongerLowerCase(t *testing.T) {
	line := strings.Repeat("Ⱥ", 30) + " The response was: 550 no such user here"
	diag, reply, _, _ := defaultBook().diagnosticOf([]string{line})
	if diag != "550 no such user here" || reply != "550" {
		t.Errorf("diag %q reply %q", diag, reply)
	}
}

// Exim's opening sentences, wrapped at other places than usual, are not
// the server's words. The failed address is also the original's sender
// (forwarded to oneself): the notice's list names it, not the original's To.
func TestWrappedEximPreamble(t *testing.T) {
	m := parseString(t, `From: Mail Delivery System <mailer-daemon@mx.example.de>
To: alice@example.org
Subject: Mail delivery failed: returning message to sender
Content-Type: text/plain; charset=utf-8

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

bob@example.fr:
SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 Mail rejected


--- The header of the original message is following. ---

Message-Id: <1576497267.1@example.fr>
From: <bob@example.fr>
To: carol@example.com
Subject: hello
`)
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients: %+v", m.Recipients)
	}
	if r := m.Recipients[0]; r.Address != "bob@example.fr" || !strings.HasPrefix(r.Diagnostic, "bob@example.fr: SMTP error") || r.ReplyCode != "550" {
		t.Errorf("recipient %q reply %q diagnostic %q", r.Address, r.ReplyCode, r.Diagnostic)
	}
}

// A Japanese notice asks the reader to write to its help desk with the
// verb after the address, on the next line: that address is no recipient.
func TestJapaneseContactAddress(t *testing.T) {
	notice := "<bob@example.ne.jp>: host mx.example.ne.jp said: 550 <bob@example.ne.jp>: User unknown\n\n" +
		"上記のサイトでも解決できない場合は、<support@isp.example.jp>\nへご連絡ください。\n" +
		"または help@isp.example.jp までご連絡ください。\n"
	recips, _ := defaultBook().freeTextRecipients(notice, nil, nil)
	if len(recips) != 1 || recips[0].addr != "bob@example.ne.jp" {
		var got []string
		for _, r := range recips {
			got = append(got, r.addr)
		}
		t.Errorf("recipients %q, want only bob@example.ne.jp", got)
	}
}

func TestNormalizeAddress(t *testing.T) {
	for in, want := range map[string]string{
		"<Bob@EXAMPLE.com>,":                  "Bob@example.com",
		"...bob@example.com.":                 "bob@example.com",
		`"neko....nyaan...."@Example.org`:     `"neko....nyaan...."@example.org`,
		"neko....nyaan....@example.org":       "neko....nyaan....@example.org", // as written
		"<mei.lin.@example.net>":              "mei.lin.@example.net",
		"mailto:bob@example.com":              "bob@example.com",
		"bob@localhost":                       "",
		"=?utf-8?B?8J+QiPCfkIg=?=@example.jp": "=?utf-8?B?8J+QiPCfkIg=?=@example.jp",
	} {
		if got := normalizeAddress(in); got != want {
			t.Errorf("normalizeAddress(%q) = %q, want %q", in, got, want)
		}
	}
	if got := addressOf(`rfc822; "neko....nyaan...."@libsisimai.org`[8:]); got != `"neko....nyaan...."@libsisimai.org` {
		t.Errorf("addressOf quoted local part = %q", got)
	}
}

// A notice sent as text and HTML alternatives is read once, from the text.
func TestAlternativeNoticeReadOnce(t *testing.T) {
	m := parseString(t, `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: alice@example.org
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="a1"

--a1
Content-Type: text/plain; charset=UTF-8

Address not found

Your message wasn't delivered to bob@example.it because the address couldn't be found.

--a1
Content-Type: text/html; charset=UTF-8

<html><body><h2>Address not found</h2>
<p>Your message wasn't delivered to <a href="mailto:bob@example.it">bob@example.it</a> because the address couldn't be found.</p>
</body></html>
--a1--
`)
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients: %+v", m.Recipients)
	}
	if d := m.Recipients[0].Diagnostic; strings.Count(d, "couldn't be found") != 1 {
		t.Errorf("diagnostic %q: want the notice once", d)
	}
}

func TestRemoteHost(t *testing.T) {
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"<a@example.com>: host mx.Example.com[192.0.2.1] said: 550 no"}, "mx.example.com"},
		{[]string{"a@example.com", "  host mx1.example.net [192.0.2.2]: 550 5.1.1 unknown"}, "mx1.example.net"},
		{[]string{"Remote host said: 550 no", "unknown host example [1]"}, ""},
		{[]string{"the host example.com refused"}, ""},
	} {
		if got := remoteHost(tt.lines); got != tt.want {
			t.Errorf("remoteHost(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}

// Exim quotes a malformed To as written, "a@x <b@y>": the address in
// angle brackets is the mailbox, the other its display name, even where
// the line names it again.
func TestDisplayNameIsNoRecipient(t *testing.T) {
	notice := "A message that you sent contained one or more recipient addresses that were\nincorrectly constructed:\n\n" +
		"  carol@example.com <dave@example.net>: malformed address: <dave@example.net> may not follow carol@example.com\n"
	recips, _ := defaultBook().freeTextRecipients(notice, nil, nil)
	if len(recips) != 1 || recips[0].addr != "dave@example.net" {
		var got []string
		for _, r := range recips {
			got = append(got, r.addr)
		}
		t.Errorf("recipients %q, want only dave@example.net", got)
	}
	// The same address on both sides is just an address.
	if recips, _ := defaultBook().freeTextRecipients("dave@example.net <dave@example.net>: unknown user\n", nil, nil); len(recips) != 1 {
		t.Errorf("%d recipients for an address named as itself, want 1", len(recips))
	}
}

// fml, a mailing-list manager, sends its admin a notice when it refuses a
// post; its ordinary posts carry the same X-MLServer field and are no
// bounce.
func TestFMLNotice(t *testing.T) {
	head := "From: list-admin@example.jp\nTo: list-admin@example.jp\nX-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\nContent-Type: text/plain; charset=us-ascii\n"
	m := parseString(t, head+"Subject: Loop Alert: Duplicated Message-ID (list ML)\n\nDuplicated Message-ID in <list@example.jp>.\n\n\nOriginal mail as follows:\n\n   From: <alice@example.org>\n   To: <list@example.jp>\n   Subject: hello\n")
	if m.Kind != Bounce || m.Vendor != "fml" || len(m.Recipients) != 1 || m.Recipients[0].Address != "list@example.jp" {
		t.Fatalf("loop alert: kind %v vendor %q recipients %+v", m.Kind, m.Vendor, m.Recipients)
	}
	if d := m.Recipients[0].Diagnostic; !strings.Contains(d, "Duplicated Message-ID") {
		t.Errorf("diagnostic %q", d)
	}
	post := parseString(t, head+"Subject: [list:00123] meeting on Friday\n\nSee you at bob@example.jp's office.\n")
	if post.Kind == Bounce || post.Vendor != "" {
		t.Errorf("ordinary post: kind %v vendor %q", post.Kind, post.Vendor)
	}
}

// A notice whose queue gave up says so before it lists the recipient, and
// the recipient's own lines name no code: the diagnostic keeps the words
// that say the queue gave up, without the rules drawn between sections.
func TestGaveUpPreamble(t *testing.T) {
	m := parseString(t, "From: postmaster@example.net\nTo: alice@example.org\nSubject: Delivery Status Notification\n\n"+
		"==========================================\n"+
		"This is an automatically generated Delivery Status Notification.\n\n"+
		"Delivery to the following recipients was aborted after 5.0 hour(s):\n\n"+
		"  * bob@example.com\n\n"+
		"==========================================\n"+
		"Technical details:\n\nRouting: Could not find a gateway for bob@example.com\n")
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients %+v", m.Recipients)
	}
	d := m.Recipients[0].Diagnostic
	if !strings.Contains(d, "aborted after 5.0 hour(s)") || !strings.Contains(d, "Could not find a gateway") || strings.Contains(d, "===") {
		t.Errorf("diagnostic %q", d)
	}
}

// Exchange's delay DSN gives the placeholder "400 4.4.7 Message delayed";
// the notice lists the attempts with the replies they got, and the last
// one is the cause.
func TestDelayPlaceholderTakesLatestReply(t *testing.T) {
	m := parseString(t, "From: postmaster@example.com\nTo: alice@example.com\nSubject: Delivery delayed:hello\n"+
		"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"+
		"--b\nContent-Type: text/plain\n\nDelivery is delayed to these recipients or groups:\n\nbob@example.org\n\n"+
		"Diagnostic information for administrators:\n\nbob@example.org\n"+
		"Remote Server at mx.example.org (192.0.2.80) returned '400 4.4.7 Message delayed'\n"+
		"5/2/2024 11:08:17 AM - Remote Server at mx.example.org (192.0.2.80) returned '441 4.4.1 Error encountered while\ncommunicating with primary target IP address: \"Failed to connect.\"'\n\n"+
		"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;exch.example.com\n\n"+
		"Final-Recipient: rfc822;bob@example.org\nAction: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp;400 4.4.7 Message delayed\n\n--b--\n")
	if len(m.Recipients) != 1 {
		t.Fatalf("recipients %+v", m.Recipients)
	}
	r := m.Recipients[0]
	if want := `441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect."`; r.Diagnostic != want {
		t.Errorf("diagnostic %q, want %q", r.Diagnostic, want)
	}
	if r.Status != "4.4.7" {
		t.Errorf("status %q, want the DSN's 4.4.7", r.Status)
	}
}

// Exim's delay warning returns no copy of the message but quotes its
// subject, RFC 2047 words and all.
func TestEximWarningSubject(t *testing.T) {
	m := parseString(t, "From: Mail Delivery System <Mailer-Daemon@mail.example.net>\nTo: alice@example.net\n"+
		"Subject: Warning: message 1rxQ2m-0006Tz-1D delayed 24 hours\nX-Failed-Recipients: bob@example.org\n\n"+
		"This message was created automatically by mail delivery software.\n"+
		"A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.net.\n\n"+
		"The message identifier is:     1rxQ2m-0006Tz-1D\n"+
		"The subject of the message is: =?UTF-8?Q?Newsletter_d=C3=A9cembre?=\n\n"+
		"The address to which the message has not yet been delivered is:\n\n  bob@example.org\n"+
		"    Delay reason: SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    451 4.7.1 Greylisted, try again later\n")
	if m.Kind != Bounce || m.Original.Subject != "Newsletter décembre" {
		t.Errorf("kind %v, subject %q", m.Kind, m.Original.Subject)
	}
}

// A notice may quote the returned message's headers under a title in its
// own language; they are the original, not the notice.
func TestTitledOriginalHeaders(t *testing.T) {
	m := parseString(t, "From: mailer-daemon@corp.mail.ru\nTo: ivan@mail.ru\nSubject: Сообщение не доставлено\n"+
		"Content-Type: text/plain; charset=utf-8\n\n"+
		"Ваше сообщение не доставлено.\n\nolga@example.org\nОтвет сервера получателя: 552 5.2.2 <olga@example.org>: Mailbox quota exceeded\n\n"+
		"--- Заголовки Вашего письма ---\n\nFrom: Ivan <ivan@mail.ru>\nTo: olga@example.org\nSubject: Отчёт\nMessage-ID: <1@mail.ru>\n")
	if len(m.Recipients) != 1 || m.Original.Subject != "Отчёт" || m.Original.MessageID != "1@mail.ru" {
		t.Fatalf("recipients %+v, original %+v", m.Recipients, m.Original)
	}
	if d := m.Recipients[0].Diagnostic; strings.Contains(d, "Заголовки") || strings.Contains(d, "Subject") {
		t.Errorf("diagnostic %q holds the original's headers", d)
	}
}

// fml's refusal of a non-member's post says so in the body, whatever the
// subject; the help address the notice asks to write to is no recipient.
func TestFMLNotMember(t *testing.T) {
	m := parseString(t, "From: list-admin@example.jp\nTo: hiro@example.jp\nSubject: post refused (list ML)\n"+
		"X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\nContent-Type: text/plain; charset=utf-8\n\n"+
		"このメーリングリスト <list@example.jp> はメンバーのみが投稿できます。\n\n"+
		"You are not a member of the mailing list <list@example.jp>,\nso your article was rejected.\n\n"+
		"参加方法については guide と書いたメールを list-ctl@example.jp へ送ってください。\n")
	if m.Kind != Bounce || m.Vendor != "fml" || len(m.Recipients) != 1 || m.Recipients[0].Address != "list@example.jp" {
		t.Fatalf("kind %v vendor %q recipients %+v", m.Kind, m.Vendor, m.Recipients)
	}
}

// Mailman's "Uncaught bounce notification" passes on a bounce it could
// not read as a plain attachment: the attached bounce names the member.
func TestAttachedPlainBounce(t *testing.T) {
	m := parseString(t, "From: list-bounces@lists.example.org\nTo: list-owner@lists.example.org\n"+
		"Subject: Uncaught bounce notification\nX-Mailman-Version: 2.1.39\nMIME-Version: 1.0\n"+
		"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"+
		"The attached message was received as a bounce, but either the bounce\nformat was not recognized, or no member addresses could be extracted\nfrom it.\n"+
		"--b\nContent-Type: message/rfc822\n\n"+
		"Return-Path: <>\nFrom: postmaster@example.com\nTo: list-bounces@lists.example.org\nSubject: Message not delivered\n\n"+
		"Your message could not be delivered to the following address:\n\n    lisa@example.com\n\n"+
		"Remote server said: 550 5.1.1 No such mailbox\n--b--\n")
	if m.Kind != Bounce || len(m.Recipients) != 1 || m.Recipients[0].Address != "lisa@example.com" || m.Recipients[0].Status != "5.1.1" {
		t.Fatalf("kind %v recipients %+v", m.Kind, m.Recipients)
	}
}

// What an attached message's header suggests is not enough by itself: a
// forwarded conversation with a bounce-like subject, or a forwarded
// auto-reply sent with the null reverse path, is no bounce; and a bounce
// that a mail system could not return reports its own addressee, not the
// failure inside it.
func TestAttachedMessageNotPassedOnBounce(t *testing.T) {
	fwd := func(from, inner string) string {
		return "From: " + from + "\nTo: boss@example.com\nSubject: Fwd: see below\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nFYI, see the attached message.\n" +
			"--b\nContent-Type: message/rfc822\n\n" + inner + "--b--\n"
	}
	conversation := parseString(t, fwd("eve@example.com", "From: grace@client.example\nTo: eve@example.com\n"+
		"Subject: Re: Your proposal was rejected\n\nSorry, the board said no. 550 words were too many.\n"))
	ooo := parseString(t, fwd("eve@example.com", "Return-Path: <>\nFrom: henry@client.example\nTo: eve@example.com\n"+
		"Auto-Submitted: auto-replied\nSubject: Out of office: undeliverable until Monday\n\nI am away until Monday.\n"))
	for name, m := range map[string]*Message{"conversation": conversation, "auto-reply": ooo} {
		if m.Kind != NotBounce || len(m.Recipients) != 0 {
			t.Errorf("%s: kind %v recipients %+v", name, m.Kind, m.Recipients)
		}
	}
	double := parseString(t, "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.com\nTo: postmaster@mx.example.com\n"+
		"Subject: Undeliverable bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"+
		"--b\nContent-Type: text/plain\n\nA bounce message could not be returned to its sender; it is attached.\n"+
		"--b\nContent-Type: message/rfc822\n\nReturn-Path: <>\nFrom: MAILER-DAEMON@mx.example.com\n"+
		"To: spammer@bogus.example\nSubject: Undelivered Mail Returned to Sender\n\n"+
		"<victim@example.com>: host mx.example.com said: 552 5.2.2 Mailbox full\n--b--\n")
	if len(double.Recipients) != 1 || double.Recipients[0].Address != "spammer@bogus.example" {
		t.Errorf("double bounce: recipients %+v", double.Recipients)
	}
	// A person passes on a bounce that reached another address of theirs.
	passed := parseString(t, fwd("alice@personal.example", "Return-Path: <>\nFrom: MAILER-DAEMON@mx.work.example\n"+
		"To: alice@work.example\nSubject: Undelivered Mail Returned to Sender\n\n"+
		"<bob@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown\n"))
	if len(passed.Recipients) != 1 || passed.Recipients[0].Address != "bob@partner.example" {
		t.Errorf("passed on: recipients %+v", passed.Recipients)
	}
}

// A list manager's refusal of a post names no address in its text: the
// list (X-BeenThere, else List-Post) is the recipient that refused. The
// same manager's other notices (a welcome) are no bounce.
func TestListRefusal(t *testing.T) {
	head := "From: dev-owner@lists.example.org\nTo: tom@example.net\nX-BeenThere: dev@lists.example.org\n" +
		"X-Mailman-Version: 2.1.39\nX-List-Administrivia: yes\nContent-Type: text/plain\n"
	m := parseString(t, head+"Subject: Request to mailing list Dev rejected\n\n"+
		"Your request to the Dev mailing list\n\n    Posting of your message titled \"hello\"\n\n"+
		"has been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting your request:\n\n"+
		"\"You are not allowed to post to this mailing list.\"\n")
	if m.Kind != Bounce || m.Vendor != "mailman" || len(m.Recipients) != 1 || m.Recipients[0].Address != "dev@lists.example.org" {
		t.Fatalf("kind %v vendor %q recipients %+v", m.Kind, m.Vendor, m.Recipients)
	}
	if d := m.Recipients[0].Diagnostic; !strings.Contains(d, "not allowed to post") {
		t.Errorf("diagnostic %q", d)
	}
	held := parseString(t, head+"Subject: Your message to Dev awaits moderator approval\n\n"+
		"Your mail to 'Dev' with the subject\n\n    hello\n\nIs being held until the list moderator can review it for approval.\n\n"+
		"The reason it is being held:\n\n    Post by non-member to a members-only list\n")
	if held.Kind == Bounce || len(held.Recipients) != 0 {
		t.Errorf("held for approval: kind %v recipients %+v", held.Kind, held.Recipients)
	}
	post := parseString(t, "From: tom@example.net\nTo: dev@lists.example.org\nX-BeenThere: dev@lists.example.org\n"+
		"X-Mailman-Version: 2.1.39\nPrecedence: list\nSubject: Re: moderation\n\n"+
		"Mine came back saying it had been rejected:\n\n> You are not allowed to post to this mailing list.\n\nWhy?\n")
	if post.Kind == Bounce || len(post.Recipients) != 0 {
		t.Errorf("list post: kind %v recipients %+v", post.Kind, post.Recipients)
	}
	mm3 := parseString(t, head+"Subject: Re: build broken\n\n"+
		"Your message to the dev mailing-list was rejected for the following\nreasons:\n\nThe message is not from a list member\n")
	if len(mm3.Recipients) != 1 || mm3.Recipients[0].Address != "dev@lists.example.org" {
		t.Errorf("Mailman 3: recipients %+v", mm3.Recipients)
	}
	// List servers' robots: Sympa names the list in its sentence,
	// LISTSERV by name beside its -request address.
	sympa := parseString(t, "From: SYMPA <sympa@lists.example.org>\nTo: tom@example.net\nAuto-Submitted: auto-replied\n"+
		"Subject: Message distribution: Authorization denied\n\nYour message for list \"dev\" (attached below) was rejected.\n"+
		"  You are not allowed to send messages to list dev@lists.example.org\n  because you are not subscribed.\n")
	listserv := parseString(t, "From: \"L-Soft list server\" <LISTSERV@LISTS.EXAMPLE.ORG>\nTo: tom@example.net\nSubject: Message (\"Your message dated ...\")\n\n"+
		"You are not authorized to send mail to the DEV list from your tom@example.net\naccount. Please contact the list owners:\nDEV-request@LISTS.EXAMPLE.ORG.\n")
	for name, m := range map[string]*Message{"sympa": sympa, "listserv": listserv} {
		if m.Kind != Bounce || len(m.Recipients) != 1 || m.Recipients[0].Address != "dev@lists.example.org" {
			t.Errorf("%s: kind %v recipients %+v", name, m.Kind, m.Recipients)
		}
	}
	digest := parseString(t, "From: dev-request@lists.example.org\nTo: tom@example.net\nX-BeenThere: dev@lists.example.org\n"+
		"X-Mailman-Version: 2.1.39\nSubject: Dev Digest, Vol 3, Issue 7\n\n"+
		"Message: 2\nFrom: ann@example.org\n\nMine was refused too:\n\n    You are not allowed to post to this mailing list, and your message has\n    been automatically rejected.\n")
	if digest.Kind == Bounce || len(digest.Recipients) != 0 {
		t.Errorf("digest: kind %v recipients %+v", digest.Kind, digest.Recipients)
	}
	welcome := parseString(t, head+"Subject: Welcome to the \"Dev\" mailing list\n\n"+
		"Welcome to the Dev@lists.example.org mailing list!\n\nTo post to this list, send your message to:\n\n  dev@lists.example.org\n")
	if welcome.Kind == Bounce || len(welcome.Recipients) != 0 {
		t.Errorf("welcome: kind %v recipients %+v", welcome.Kind, welcome.Recipients)
	}
}

// A Japanese notice may speak of the mail "you sent to" the recipient
// ("… に送ってくださったメール"): that is no contact address.
func TestJapaneseSentToIsRecipient(t *testing.T) {
	m := parseString(t, "From: MAILER-DAEMON@mail.example.jp\nTo: alice@example.com\nSubject: Returned mail\n"+
		"Content-Type: text/plain; charset=utf-8\n\n"+
		"お客様が bob@example.jp に送ってくださったメールは配信できませんでした。\n550 5.1.1 User unknown\n")
	if len(m.Recipients) != 1 || m.Recipients[0].Address != "bob@example.jp" {
		t.Fatalf("recipients %+v", m.Recipients)
	}
	// "… までお送り下さい" (please send to …) names a help address.
	help := parseString(t, "From: MAILER-DAEMON@mail.example.jp\nTo: alice@example.com\nSubject: Returned mail\n"+
		"Content-Type: text/plain; charset=utf-8\n\n"+
		"<bob@example.jp> 宛のメールは配信できませんでした。\n550 5.1.1 User unknown\n"+
		"ご不明な点は support@example.jp までお送り下さい。\n")
	if len(help.Recipients) != 1 || help.Recipients[0].Address != "bob@example.jp" {
		t.Errorf("help address: recipients %+v", help.Recipients)
	}
}

// An ESP's notice may quote its event data as JSON: the sender and the
// message ID there are no failed recipients.
func TestJSONEventDataNamesNoRecipient(t *testing.T) {
	m := parseString(t, "From: Mailgun <postmaster@mailgun.example>\nTo: news@example.com\nSubject: Message not sent: Example Weekly\n\n"+
		"Recipient: bob@example.org\nReason: Not delivering to previously bounced address (605)\n\nEvent data:\n{\n"+
		"  \"recipient\": \"bob@example.org\",\n  \"message\": { \"headers\": {\n"+
		"    \"from\": \"Example Weekly <news@mg.example.com>\",\n"+
		"    \"message-id\": \"20241002083003.3f2a1b0c@mg.example.com\" } }\n}\n")
	if len(m.Recipients) != 1 || m.Recipients[0].Address != "bob@example.org" {
		t.Fatalf("recipients %+v", m.Recipients)
	}
	compact := parseString(t, "From: Mailgun <postmaster@mailgun.example>\nTo: news@example.com\nSubject: Message not sent: bob@example.org\n\n"+
		"Not delivering to previously bounced address (605)\n"+
		`{"message": {"headers": {"from": "Example Weekly <news@mg.example.com>", "to": "carol@example.net", "message-id": "x1@mg.example.com"}}}`+"\n")
	if len(compact.Recipients) != 1 || compact.Recipients[0].Address != "carol@example.net" {
		t.Errorf("compact JSON: recipients %+v", compact.Recipients)
	}
}

// Subject words that people also write ("rejected", "bounce") make a
// bounce only when the subject speaks of a message in the way notices do
// and something else says a machine wrote it (here: a reply code in the
// text); a newsletter title or a question in a reply makes none.
func TestWeakBounceSubject(t *testing.T) {
	body := "\n\nYour message to carol@client.example was not accepted.\n552 5.3.4 Message size exceeds fixed maximum message size\n"
	for subject, want := range map[string]int{
		"Your message was rejected":                   1,
		"Hard bounce notification":                    1,
		"DevWeekly #42: handling bounce webhooks":     0,
		"Invitation: Bounce handling post-mortem":     0,
		"[Support] Re: Why do my emails bounce?":      0,
		"Your message was rejected (no code in text)": 0,
	} {
		text := body
		if want == 0 && strings.Contains(subject, "no code") {
			text = "\n\nYour message to carol@client.example was not accepted.\n"
		}
		m := parseString(t, "From: Filter <notices@filter.example.net>\nTo: dana@example.com\nSubject: "+subject+text)
		if len(m.Recipients) != want || want == 1 && m.Recipients[0].Address != "carol@client.example" {
			t.Errorf("%q: kind %v recipients %+v", subject, m.Kind, m.Recipients)
		}
	}
}

// How a free-text notice is told from other mail, by its envelope: each
// case is a kind of message real systems send.
func TestFreeTextEnvelopes(t *testing.T) {
	ndr := "\n\n配信不能: 見積もり\n\nbob@kokyaku.jp\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"
	cases := []struct {
		name, msg, want string // want "" = no record
	}{
		{"localized Exchange report, no Return-Path",
			"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example>\nTo: alice@contoso.example\nSubject: 配信不能: 見積もり\nContent-Type: text/plain; charset=utf-8" + ndr,
			"bob@kokyaku.jp"},
		{"a group relays an Exchange report",
			"From: \"'Microsoft Outlook' via Sales\" <sales@company.example>\nX-Original-Sender: postmaster@company.example\nList-Id: <sales.company.example>\nList-Unsubscribe: <mailto:sales+unsubscribe@company.example>\nTo: sales@company.example\nSubject: Undeliverable: Your quote\nContent-Type: text/plain; charset=utf-8" + ndr,
			"bob@kokyaku.jp"},
		{"a gateway quotes a reply's subject",
			"From: Mail Filter <filter@gw.example.net>\nTo: alice@example.com\nSubject: Message rejected: Re: Invoice 2231\n\nYour message to jane@company.example was rejected.\n554 5.7.1 Message contains a blocked attachment type\n",
			"jane@company.example"},
		{"an office workflow mail 'sent back'",
			"From: OA <oa@corp.example>\nTo: zhao.min@corp.example\nSubject: 您的报销单 BX-2025-0311 被退回\nContent-Type: text/plain; charset=utf-8\n\n审批人 li.qiang@corp.example 退回了您的报销单，请修改后重新提交。\n",
			""},
		{"an auto-reply from a provider with the null path",
			"Return-Path: <>\nFrom: 李明 <liming@qq.com>\nTo: tom@acme.example\nSubject: 自动回复: 报价\nContent-Type: text/plain; charset=utf-8\n\n您好，我正在休假，如有急事请联系 zhao@kehu.example，谢谢。\n",
			""},
	}
	for _, c := range cases {
		m := parseString(t, c.msg)
		switch {
		case c.want == "" && m.Kind == Bounce:
			t.Errorf("%s: a bounce with %+v", c.name, m.Recipients)
		case c.want != "" && (m.Kind != Bounce || len(m.Recipients) != 1 || m.Recipients[0].Address != c.want):
			t.Errorf("%s: kind %v recipients %+v, want %s", c.name, m.Kind, m.Recipients, c.want)
		}
	}
}

// A server's reply that names a contact in its prose (an abuse desk, a
// delisting address) keeps all its text for the recipient it is about:
// the contact is no new recipient, and the reply on the line after
// Exim's "SMTP error … after end of data:" is the diagnostic. A reply
// that names its recipient right after the code still names one.
func TestReplyNamesContact(t *testing.T) {
	for _, c := range []struct {
		name, reply, wantRecips, wantIn string
	}{
		{"role mailbox after the reason", "554 5.7.1 Bulk mail refused by content filter. Complaints about this block go to our desk, abuse@in.example-isp.net, quoting 7F3A",
			"lena@example-isp.net", "Bulk mail refused"},
		{"address after 'write to'", "550 Message refused as unsolicited; if you believe this is wrong, report it to delisting-desk@example-isp.net with the ID 7F3A",
			"lena@example-isp.net", "unsolicited"},
		{"second recipient named right after the code", "550 5.1.1 <paul@example-isp.net>: Recipient address rejected: no such mailbox",
			"lena@example-isp.net paul@example-isp.net", ""},
	} {
		m := parseString(t, "From: Mail Delivery System <Mailer-Daemon@relay.example.org>\nTo: shop@example.org\n"+
			"Subject: Mail delivery failed: returning message to sender\n\n"+
			"This message was created automatically by mail delivery software.\n\n"+
			"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"+
			"  lena@example-isp.net\n    host mx.example-isp.net [192.0.2.25]\n    SMTP error from remote mail server after end of data:\n    "+c.reply+"\n")
		if got := addresses(m); got != c.wantRecips {
			t.Errorf("%s: recipients %q, want %q", c.name, got, c.wantRecips)
			continue
		}
		if d := m.Recipients[0].Diagnostic; c.wantIn != "" && (!strings.Contains(d, c.wantIn) || m.Recipients[0].ReplyCode == "") {
			t.Errorf("%s: diagnostic %q reply %q", c.name, d, m.Recipients[0].ReplyCode)
		}
	}
}

// "Below is a copy of the original message:" (OpenSMTPD and others) ends
// the notice: it is no part of the recipient's diagnostic.
func TestCopyBelowMarker(t *testing.T) {
	m := parseString(t, "From: Mailer Daemon <MAILER-DAEMON@gw.example.org>\nTo: news@example.org\nSubject: Delivery status notification: error\n\n"+
		"Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n"+
		"An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n"+
		"rosa@example.net: 550 5.2.1 Mailbox disabled, not accepting messages\n\n"+
		"Below is a copy of the original message:\n\n"+
		"From: news@example.org\nTo: rosa@example.net\nSubject: June issue\n\nHello\n")
	if addresses(m) != "rosa@example.net" || strings.Contains(m.Recipients[0].Diagnostic, "copy") || m.Original.Subject != "June issue" {
		t.Errorf("recipients %+v original %+v", m.Recipients, m.Original)
	}
}

// A template's list of guesses, printed after the failed addresses
// whatever each one's reply was, is no recipient's diagnostic; the reply
// after it still is.
func TestGuessListIsNoDiagnostic(t *testing.T) {
	m := parseString(t, "From: Mail Administrator <postmaster@mail.example.org>\nTo: sales@example.org\nSubject: Undeliverable: price list\n\n"+
		"Your message could not be delivered to these recipients:\n"+
		"\tkofi@example.net (no such account)\n\n"+
		"Possible reasons for this failure are:\n"+
		"\t- the mailbox may be full\n\t- your server may be on a block list\n\n"+
		"The remote server answered:\n\t550 5.1.1 kofi@example.net: account does not exist\n")
	if addresses(m) != "kofi@example.net" {
		t.Fatalf("recipients %q", addresses(m))
	}
	d := m.Recipients[0].Diagnostic
	if strings.Contains(d, "full") || strings.Contains(d, "block list") || !strings.Contains(d, "no such account") || !strings.Contains(d, "does not exist") {
		t.Errorf("diagnostic %q", d)
	}
}

// A reply wrapped over several lines keeps a contact it names on a line
// of its own.
func TestWrappedReplyNamesContact(t *testing.T) {
	m := parseString(t, "From: Mail Delivery System <Mailer-Daemon@relay.example.org>\nTo: shop@example.org\n"+
		"Subject: Mail delivery failed: returning message to sender\n\n"+
		"This message was created automatically by mail delivery software.\n\n"+
		"A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"+
		"  lena@example-isp.net\n    host mx.example-isp.net [192.0.2.25]\n    SMTP error from remote mail server after end of data:\n"+
		"    550 Message looks like bulk mail and was refused. If you think this is\n    wrong, send the report below to\n"+
		"    review-team@example-isp.net quoting ID 44A1.\n")
	if addresses(m) != "lena@example-isp.net" || !strings.Contains(m.Recipients[0].Diagnostic, "bulk mail") {
		t.Errorf("recipients %q %+v", addresses(m), m.Recipients)
	}
}
