package esp

import (
	"encoding/json"
	"strings"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/classify"
)

// maxTextTries bounds the line starts tried as the start of an event, so
// that a mail quoting much JSON costs no more than one that quotes some.
const maxTextTries = 8

// TextEvents returns the provider events in the text of a mail that
// carries an event instead of a bounce: an SNS e-mail subscription (the
// SES event itself, with SNS's unsubscribe footer after it), an SNS
// email-json subscription (the whole SNS envelope, the event an escaped
// string in its Message), or a webhook body a relay forwards by mail with
// a line or two of its own. The event starts a line and makes up at
// least half of the text: a mail whose prose quotes events (a blog post
// on webhooks) is not one. A relay's folding of one long JSON line is
// undone. None when the text holds no such event of a known shape.
func TextEvents(text string) []Event {
	text = strings.TrimSpace(strings.TrimPrefix(text, "\ufeff"))
	tries, atLine := 0, true // atLine: only white space so far on this line
	for i := 0; i < len(text) && tries < maxTextTries; i++ {
		c := text[i]
		switch {
		case c == '\n':
			atLine = true
			continue
		case c == ' ' || c == '\t' || c == '\r':
			continue
		case c != '{' && c != '[' || !atLine:
			atLine = false
			continue
		}
		atLine = false
		if c == '[' && !arrayOfValues(text[i+1:]) {
			// "[cid:image001.png]", "[External]", "[1] https://…": no JSON.
			continue
		}
		tries++
		raw, ok := valueAt(text[i:])
		if !ok {
			continue
		}
		if 2*len(raw) < len(text) {
			// A value among much other text: quoted, not sent.
			continue
		}
		var st Stats
		// The events of the good items of a batch with a bad one.
		if evs, _ := decodeValue(raw, &st); len(evs) > 0 {
			return evs
		}
	}
	return nil
}

// arrayOfValues tells whether the text after a '[' goes on as an array of
// events can: an object, a string or the array's end after white space.
func arrayOfValues(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n")
	return s != "" && (s[0] == '{' || s[0] == '"' || s[0] == ']')
}

// valueAt returns the JSON value that starts s, read as it is or with
// folded lines joined again.
func valueAt(s string) (json.RawMessage, bool) {
	for _, v := range []string{s, unfold(s)} {
		d := json.NewDecoder(strings.NewReader(v))
		d.UseNumber()
		var raw json.RawMessage
		if d.Decode(&raw) == nil {
			return raw, true
		}
	}
	return nil, false
}

// unfold joins the lines a relay broke a long line into. Only the line
// breaks go: white space after one is the text's own, as in a folded
// header field.
func unfold(s string) string {
	return strings.NewReplacer("\r\n", "", "\n", "").Replace(s)
}

// ClassifyText returns the records of the events in a mail's text (see
// TextEvents), each decided as ClassifyWith decides it and named source,
// the mail's name; none when the text holds no event.
func ClassifyText(c *classify.Classifier, tags *campaign.Rules, text, source string) []classify.Record {
	var recs []classify.Record
	for _, ev := range TextEvents(text) {
		recs = append(recs, ClassifyWith(c, tags, &ev, source)...)
	}
	return recs
}
