package imapfetch

import (
	"fmt"
	"net"
	"strconv"
	"strings"

	"github.com/emersion/go-imap/v2"
)

// MailboxURL is the IMAP URL of a mailbox (RFC 5092):
// imap://USER@HOST[:PORT]/MAILBOX, with the user name and mailbox name
// percent-encoded. The port is left out when it is the default of the
// server's TLS mode (993 for implicit TLS, 143 otherwise).
func MailboxURL(srv *Server, user, mailbox string) string {
	hostport := srv.Host
	if strings.Contains(hostport, ":") {
		hostport = "[" + hostport + "]"
	}
	if p := srv.port(); p != srv.mode().DefaultPort() {
		hostport = net.JoinHostPort(srv.Host, strconv.Itoa(p))
	}
	return mailboxURL(user, hostport, mailbox)
}

// StateKey is the key of a mailbox in a state file: its URL with the port
// always given, so that two ports of one host never share a state.
func StateKey(srv *Server, user, mailbox string) string {
	return mailboxURL(user, net.JoinHostPort(srv.Host, strconv.Itoa(srv.port())), mailbox)
}

func mailboxURL(user, hostport, mailbox string) string {
	var b strings.Builder
	b.WriteString("imap://")
	if user != "" {
		b.WriteString(escape(user, isAchar))
		b.WriteByte('@')
	}
	b.WriteString(hostport)
	b.WriteByte('/')
	b.WriteString(escape(mailbox, isBchar))
	return b.String()
}

// MessageURL is the IMAP URL of one message (RFC 5092):
// MailboxURL;UIDVALIDITY=N/;UID=M.
func MessageURL(mailboxURL string, uidValidity uint32, uid imap.UID) string {
	return fmt.Sprintf("%s;UIDVALIDITY=%d/;UID=%d", mailboxURL, uidValidity, uid)
}

// escape percent-encodes the bytes of s that ok refuses (and every byte
// of a multi-byte UTF-8 sequence).
func escape(s string, ok func(byte) bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && ok(c) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// isAchar: RFC 5092 achar = uchar / "&" / "=" / "~", with uchar =
// unreserved / pct-encoded / sub-delims-sh. A literal "%" is escaped.
func isAchar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$'()*+,&=", c) >= 0
}

// isBchar: RFC 5092 bchar = achar / ":" / "@" / "/".
func isBchar(c byte) bool {
	return isAchar(c) || c == ':' || c == '@' || c == '/'
}
