package imapfetch

import (
	"fmt"
	"strings"
	"testing"
)

func TestURLs(t *testing.T) {
	tests := []struct {
		srv           Server
		user, mailbox string
		url, key      string
	}{
		{Server{Host: "imap.example.com"}, "bounces@example.com", "INBOX",
			"imap://bounces%40example.com@imap.example.com/INBOX",
			"imap://bounces%40example.com@imap.example.com:993/INBOX"},
		{Server{Host: "imap.example.com", Port: 143, TLS: TLSStartTLS}, "u", "Lists/Bounces",
			"imap://u@imap.example.com/Lists/Bounces",
			"imap://u@imap.example.com:143/Lists/Bounces"},
		{Server{Host: "127.0.0.1", Port: 10143, TLS: TLSNone}, "a b;c", "Sent Items;x?",
			"imap://a%20b%3Bc@127.0.0.1:10143/Sent%20Items%3Bx%3F",
			"imap://a%20b%3Bc@127.0.0.1:10143/Sent%20Items%3Bx%3F"},
		{Server{Host: "::1", Port: 993}, "u", "Отказы",
			"imap://u@[::1]/%D0%9E%D1%82%D0%BA%D0%B0%D0%B7%D1%8B",
			"imap://u@[::1]:993/%D0%9E%D1%82%D0%BA%D0%B0%D0%B7%D1%8B"},
	}
	for _, tt := range tests {
		if got := MailboxURL(&tt.srv, tt.user, tt.mailbox); got != tt.url {
			t.Errorf("MailboxURL = %s, want %s", got, tt.url)
		}
		if got := StateKey(&tt.srv, tt.user, tt.mailbox); got != tt.key {
			t.Errorf("StateKey = %s, want %s", got, tt.key)
		}
	}
	if got := MessageURL("imap://u@h/INBOX", 7, 42); got != "imap://u@h/INBOX;UIDVALIDITY=7/;UID=42" {
		t.Errorf("MessageURL = %s", got)
	}
}

func TestParseServer(t *testing.T) {
	tests := []struct {
		in   string
		mode TLSMode
		addr string
	}{
		{"imap.example.com", TLSImplicit, "imap.example.com:993"},
		{"IMAP.Example.com", TLSStartTLS, "imap.example.com:143"},
		{"imap.example.com:1993", TLSImplicit, "imap.example.com:1993"},
		{"[::1]:143", TLSNone, "[::1]:143"},
		{"::1", TLSNone, "[::1]:143"},
	}
	for _, tt := range tests {
		s, err := ParseServer(tt.in, tt.mode)
		if err != nil || s.Addr() != tt.addr {
			t.Errorf("ParseServer(%q) = %s, %v; want %s", tt.in, s.Addr(), err, tt.addr)
		}
	}
	for _, bad := range []string{"", "host:0", "host:x", "user@host", "a b"} {
		if _, err := ParseServer(bad, TLSImplicit); err == nil {
			t.Errorf("ParseServer(%q) gave no error", bad)
		}
	}
	for host, want := range map[string]bool{"localhost": true, "127.0.0.1": true, "127.1.2.3": true, "::1": true, "foo.localhost": true, "example.com": false, "10.0.0.1": false} {
		if IsLoopback(host) != want {
			t.Errorf("IsLoopback(%q) = %v", host, !want)
		}
	}
	c := Credentials{User: "u", Password: "hunter2"}
	if s := fmt.Sprintf("%v %+v %#v %s", c, c, c, c); contains(s, "hunter2") {
		t.Errorf("credentials print the password: %s", s)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
