package esp

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/parser"
)

// The sender's own tags in an event (Mailgun user-variables, SES tags,
// SendGrid custom args, Postmark metadata, Brevo tags) become header
// fields of the event's returned message, named and written as the
// provider's SMTP relay takes them from a sender: X-Mailgun-Variables,
// X-SES-MESSAGE-TAGS, X-SMTPAPI, X-PM-Metadata-KEY and X-PM-Tag,
// X-Mailin-Tag. The campaign rules that read a returned mail's header
// read them, so a webhook bounce and a mailed bounce of the same
// campaign agree.

// addField appends a field to m's returned header, as the parser bounds it.
func addField(m *parser.Message, name, value string) {
	if value == "" || len(m.Original.Header) >= parser.MaxOriginalFields {
		return
	}
	m.Original.Header = append(m.Original.Header, parser.Field{Name: name, Value: oneLine(value)})
}

// hasField tells whether m's returned header has a field called name.
func hasField(m *parser.Message, name string) bool {
	for _, f := range m.Original.Header {
		if strings.EqualFold(f.Name, name) {
			return true
		}
	}
	return false
}

// jsonObject is raw when it is a non-empty JSON object, compacted; "".
func jsonObject(raw json.RawMessage) string {
	raw = json.RawMessage(strings.TrimSpace(string(raw)))
	if len(raw) < 2 || raw[0] != '{' || string(raw) == "{}" {
		return ""
	}
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		return ""
	}
	return b.String()
}

// sortedKeys returns the keys of m in order: the fields come out the
// same however the event was written.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// jsonString is a JSON string or number as text, "" for anything else.
func jsonString(raw json.RawMessage) string {
	var f flexString
	if len(raw) == 0 || (raw[0] != '"' && raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')) {
		return ""
	}
	if json.Unmarshal(raw, &f) != nil {
		return ""
	}
	return strings.TrimSpace(string(f))
}

// stringList reads a JSON string or array of strings.
func stringList(raw json.RawMessage) []string {
	if s := jsonString(raw); s != "" {
		return []string{s}
	}
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) != nil {
		return nil
	}
	var out []string
	for _, e := range list {
		if s := jsonString(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// tie fills the records' list_id, campaign, subscriber and verp from the
// event's returned header with r, as the mail path does; nil r ties
// nothing.
func tie(r *campaign.Rules, ev *Event, recs []classify.Record) {
	m := ev.Message
	if r == nil || len(m.Original.Header) == 0 || len(recs) == 0 {
		return
	}
	rcpts := make([]string, 0, len(recs))
	for i := range recs {
		if recs[i].Recipient != "" {
			rcpts = append(rcpts, recs[i].Recipient)
		}
	}
	t := r.Find(nil, fieldList(m.Original.Header), rcpts)
	for i := range recs {
		recs[i].ListID, recs[i].Campaign, recs[i].Subscriber, recs[i].VERP = t.ListID, t.Campaign, t.Subscriber, t.VERP
	}
}

// fieldList is a returned header as package campaign reads it.
type fieldList []parser.Field

func (l fieldList) Len() int                     { return len(l) }
func (l fieldList) Field(i int) (string, string) { return l[i].Name, l[i].Value }
