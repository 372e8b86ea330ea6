package esp

import (
	"encoding/json"
	"net/mail"
	"strconv"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// recipient builds a parser.Recipient from an event's fields. diag may
// carry a DSN type ("smtp; 550 5.1.1 …"); the codes are taken from it
// when the event gives none of its own.
func recipient(addr, action, status, diag, remote, reporting string) parser.Recipient {
	typ, text := splitType(diag)
	reply, found := smtpcode.Find(text)
	if s := smtpcode.FindStatus(status); s != "" {
		found = s
	}
	return parser.Recipient{
		Address:        address(addr),
		Action:         action,
		Status:         found,
		ReplyCode:      reply,
		Diagnostic:     oneLine(text),
		DiagnosticType: typ,
		RemoteMTA:      remote,
		ReportingMTA:   reporting,
	}
}

// splitType splits "smtp; 550 …" into its DSN type and text.
func splitType(s string) (typ, text string) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ';'); i > 0 && i < 20 && !strings.ContainsAny(s[:i], " @<") {
		return strings.ToLower(strings.TrimSpace(s[:i])), strings.TrimSpace(s[i+1:])
	}
	return "", s
}

// typedValue drops the DSN type of a field such as "dsn; mta.example.com".
func typedValue(s string) string {
	_, v := splitType(s)
	return v
}

// oneLine joins the lines of a multi-line SMTP reply.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// address returns the bare address of an address field, its domain
// lower-cased, as the parser reports recipients; "" for no address.
func address(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if strings.ContainsAny(v, "<\" ") {
		if a, err := mail.ParseAddress(v); err == nil {
			v = a.Address
		}
	}
	if i := strings.LastIndexByte(v, '@'); i >= 0 {
		v = v[:i+1] + strings.ToLower(v[i+1:])
	}
	return v
}

// messageID returns the first non-empty id, without angle brackets.
func messageID(ids ...string) string {
	for _, id := range ids {
		if id = strings.Trim(strings.TrimSpace(id), "<>"); id != "" {
			return id
		}
	}
	return ""
}

// parseTime reads the time formats the providers write; zero when none.
func parseTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// unixTime reads a Unix time in seconds, with or without a fraction.
func unixTime(n json.Number) time.Time {
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || f <= 0 {
		return time.Time{}
	}
	sec := int64(f)
	return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC()
}

// flexString is a JSON string or number read as a string: providers
// write SMTP codes either way.
type flexString string

func (f *flexString) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	*f = flexString(b)
	return nil
}

// replyCode returns code when it is an SMTP reply code (2xx to 5xx).
func replyCode(code string) string {
	if len(code) == 3 && code[0] >= '2' && code[0] <= '5' && code[1] >= '0' && code[1] <= '5' && code[2] >= '0' && code[2] <= '9' {
		return code
	}
	return ""
}
