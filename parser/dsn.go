package parser

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// Field is one field of a delivery-status group, unfolded.
type Field struct {
	Name  string // canonical case, e.g. Final-Recipient
	Value string // value with folding removed and whitespace collapsed
}

// DSN is a parsed message/delivery-status body (RFC 3464): the
// per-message fields and one group of fields per recipient.
type DSN struct {
	Message    []Field
	Recipients [][]Field
	Dropped    int // recipient groups past the limit, read and dropped
}

// perMessageFields are the RFC 3464 per-message fields (and common
// vendor extensions): they never start a recipient group.
var perMessageFields = map[string]bool{
	"Reporting-Mta": true, "Dsn-Gateway": true, "Received-From-Mta": true,
	"Arrival-Date": true, "Original-Envelope-Id": true,
	"X-Postfix-Queue-Id": true, "X-Postfix-Sender": true,
	"X-Original-Message-Id": true,
}

// recipientFields are the fields a recipient group is made of. Seeing one
// that the current group already has means a new group began even though
// the sender left out the blank line.
var recipientFields = map[string]bool{
	"Final-Recipient": true, "Original-Recipient": true, "Action": true,
	"Status": true, "Remote-Mta": true, "Diagnostic-Code": true,
	"Last-Attempt-Date": true, "Will-Retry-Until": true, "Final-Log-Id": true,
	"X-Actual-Recipient": true, "X-Display-Name": true,
}

// ParseDSN reads the fields of a delivery-status body. It accepts what
// real MTAs write: folded lines, comments, missing blank lines between
// groups, lower-case names. maxRecipients bounds the groups kept (0: no
// bound); the rest are read and dropped.
func ParseDSN(r io.Reader, maxRecipients int) (*DSN, error) {
	d := &DSN{}
	var cur []Field
	inMessage := true
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if inMessage && !hasRecipientField(cur) {
			d.Message = append(d.Message, cur...)
		} else if maxRecipients <= 0 || len(d.Recipients) < maxRecipients {
			d.Recipients = append(d.Recipients, cur)
		} else {
			d.Dropped++
		}
		inMessage = false
		cur = nil
	}
	add := func(f Field) {
		if perMessageFields[f.Name] {
			if inMessage || len(cur) == 0 {
				d.Message = append(d.Message, f)
				return
			}
		}
		if recipientFields[f.Name] {
			if inMessage && len(cur) > 0 && !hasRecipientField(cur) {
				d.Message = append(d.Message, cur...)
				cur = nil
			}
			inMessage = false
			if fieldIndex(cur, f.Name) >= 0 && startsGroup(f.Name, cur) {
				flush()
			}
		}
		cur = append(cur, f)
	}
	err := readFields(r, add, flush)
	flush()
	if err != nil {
		return d, fmt.Errorf("dsn: %w", err)
	}
	return d, nil
}

// startsGroup tells whether a repeated field marks a new recipient.
func startsGroup(name string, cur []Field) bool {
	switch name {
	case "Final-Recipient", "Original-Recipient", "Action", "Status":
		return true
	}
	return false
}

func hasRecipientField(fs []Field) bool {
	for _, f := range fs {
		if recipientFields[f.Name] {
			return true
		}
	}
	return false
}

func fieldIndex(fs []Field, name string) int {
	for i, f := range fs {
		if f.Name == name {
			return i
		}
	}
	return -1
}

// Get returns the first value of the named field in a group.
func Get(fs []Field, name string) string {
	if i := fieldIndex(fs, name); i >= 0 {
		return fs[i].Value
	}
	return ""
}

// scanBufs are the first buffers of readFields' scanners (the lines
// become strings, so a buffer is free again when readFields returns).
var scanBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// readFields calls field for each unfolded "Name: value" line and blank
// at each blank line. Lines that are neither are ignored.
func readFields(r io.Reader, field func(Field), blank func()) error {
	sc := bufio.NewScanner(r)
	buf := scanBufs.Get().(*[]byte)
	defer scanBufs.Put(buf)
	sc.Buffer((*buf)[:0], 1<<20)
	var name string
	var val strings.Builder
	emit := func() {
		if name != "" {
			field(Field{Name: name, Value: collapseSpace(val.String())})
		}
		name = ""
		val.Reset()
	}
	for sc.Scan() {
		// The line's bytes are copied only where they are kept.
		line := bytes.TrimRight(sc.Bytes(), "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			emit()
			blank()
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if name != "" {
				val.WriteByte(' ')
				val.Write(bytes.TrimSpace(line))
			}
			continue
		}
		if name != "" && continuesReply(val.String(), line) {
			// A multi-line reply whose next lines the writer did not
			// indent ("554-Transaction failed" / "554-Reject due to …" /
			// "554 (mx)"): still the field's reply.
			val.WriteByte(' ')
			val.Write(bytes.TrimSpace(line))
			continue
		}
		i := bytes.IndexByte(line, ':')
		// Some writers put blanks before the colon ("Action :  delayed"):
		// the name is what comes before them.
		n := bytes.TrimRight(line[:max(i, 0)], " \t")
		if i <= 0 || len(n) == 0 || !mime.IsFieldName(string(n)) {
			emit()
			continue
		}
		emit()
		name = canonicalName(string(n))
		val.Write(bytes.TrimSpace(line[i+1:]))
	}
	emit()
	return sc.Err()
}

// continuesReply tells whether line goes on the multi-line SMTP reply a
// field's value left open: the value holds "NNN-" and the line starts
// with the same code and a dash or a space.
func continuesReply(val string, line []byte) bool {
	if len(line) < 4 || line[0] < '2' || line[0] > '5' || line[3] != '-' && line[3] != ' ' {
		return false
	}
	for _, c := range line[1:3] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return strings.Contains(val, string(line[:3])+"-")
}

// canonicalName upper-cases the first letter of each dash-separated word.
func canonicalName(s string) string {
	s = strings.TrimSpace(s)
	if isCanonical(s) {
		return s
	}
	b := []byte(lower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}

// isCanonical tells whether canonicalName would return s unchanged: it
// is ASCII, upper case only at the start and after a dash.
func isCanonical(s string) bool {
	up := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || up && 'a' <= c && c <= 'z' || !up && 'A' <= c && c <= 'Z' {
			return false
		}
		up = c == '-'
	}
	return true
}

// stripComments removes RFC 5322 comments "(...)", nesting allowed.
func stripComments(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// typedValue splits "rfc822; user@example.com" into its type and value.
// A value without a type comes back whole with an empty type.
func typedValue(s string) (typ, val string) {
	// The type is one word, blanks around it allowed ("smtp ; 452 …").
	if i := strings.IndexByte(s, ';'); i > 0 && i < 20 && !strings.ContainsAny(strings.TrimSpace(s[:i]), " @<") {
		return lower(strings.TrimSpace(s[:i])), strings.TrimSpace(s[i+1:])
	}
	return "", strings.TrimSpace(s)
}

// collapseSpace joins the words of s (split at Unicode white space, as
// strings.Fields does) with single spaces.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return string(appendWords(make([]byte, 0, len(s)), s))
}

// collapseLines is collapseSpace(strings.Join(lines, " ")) without
// building the joined string first.
func collapseLines(lines []string) string {
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	b := make([]byte, 0, n)
	for _, l := range lines {
		b = appendWords(b, l)
	}
	return string(b)
}

// appendWords appends the words of s to b, each after a space unless b
// is empty.
func appendWords(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		n := spaceAt(s, i)
		if n > 0 {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			// ASCII without a call: every byte of every notice line
			// comes here.
			if c := s[j]; c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
					break
				}
				j++
				continue
			}
			if spaceAt(s, j) > 0 {
				break
			}
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, s[i:j]...)
		i = j
	}
	return b
}

// spaceAt returns the length of the white-space rune at s[i], or 0.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return 1
		}
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return w
	}
	return 0
}

// isCollapsed tells whether s is ASCII with single spaces between words
// and none around them: collapseSpace would return it unchanged.
func isCollapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// parseDate reads the date forms seen in mail headers and DSN fields.
func parseDate(s string) time.Time {
	if strings.TrimSpace(s) == "" {
		return time.Time{} // what the layouts below come to, quickly
	}
	if t, ok := rfc5322Date(s); ok {
		return t
	}
	if t, err := mail.ParseDate(s); err == nil {
		return t
	}
	s = strings.TrimSpace(stripComments(s))
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// rfc5322Date reads the usual form "Sat, 21 Jun 2014 18:35:16 +0000",
// maybe with a comment after, and gives what mail.ParseDate gives. That
// one tries 24 layouts without a day name before this one, each failure
// costing an error value; a date that opens with a day name fails them
// all, so the layout with one is the first that can match. false when
// the date has another form: mail.ParseDate must read it.
func rfc5322Date(s string) (time.Time, bool) {
	if s == "" || !('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z') || strings.IndexByte(s, '\r') >= 0 {
		return time.Time{}, false
	}
	// mail.ParseDate cuts the date after the numeric zone and skips
	// comments after it.
	i := strings.IndexAny(s, "+-")
	if i < 0 || len(s) < i+5 || !commentsClosed(s[i+5:]) {
		return time.Time{}, false
	}
	t, err := time.Parse("Mon, 2 Jan 2006 15:04:05 -0700", s[:i+5])
	return t, err == nil
}

// commentsClosed tells whether each comment that s opens with (after
// white space) is closed, as mail.ParseDate requires.
func commentsClosed(s string) bool {
	for {
		s = trimBlankLeft(s)
		if s == "" || s[0] != '(' {
			return true
		}
		s = s[1:]
		depth := 1
		for s != "" && depth > 0 {
			switch {
			case s[0] == '\\' && len(s) > 1:
				s = s[1:] // the escaped byte is skipped below
			case s[0] == '(':
				depth++
			case s[0] == ')':
				depth--
			}
			s = s[1:]
		}
		if depth > 0 {
			return false
		}
	}
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 -0700 (MST)",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 -0700 2006",
	"Mon, 02 Jan 2006 15:04:05 -0700",
	time.RFC3339,
}
