package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// complaintWithoutReport recognises complaints sent without an ARF part:
// Apple Mail's one-click unsubscribe (X-Apple-Unsubscribe) and
// Microsoft's JMRP reports, which attach the reported message with an
// X-HmXmrOriginalRecipient header.
func (w *walker) complaintWithoutReport(m *Message, h *mime.Header) {
	switch {
	case strings.EqualFold(strings.TrimSpace(h.Get("X-Apple-Unsubscribe")), "true") && m.From != "":
		m.Kind, m.FeedbackType = Feedback, "opt-out"
		m.Recipients = []Recipient{{Address: m.From}}
		if m.Original.From == "" {
			m.Original.From = m.To
		}
	case w.orig != nil && w.sb.providerRecipient(w.orig) != "":
		m.Kind, m.FeedbackType = Feedback, "abuse"
		m.Recipients = []Recipient{{Address: w.sb.providerRecipient(w.orig)}}
	}
}

// providerRecipient returns the address a provider's own field of a
// reported message names as its real recipient (the book's
// recipient_fields: Microsoft's X-HmXmrOriginalRecipient), or "".
func (b *book) providerRecipient(h *mime.Header) string {
	for _, f := range b.recipientFields {
		if a := addressOf(h.Get(f)); a != "" {
			return a
		}
	}
	return ""
}

// reportedRecipient returns who a reported message was for when the
// report has no Original-Rcpt-To. Providers hide the recipient in the
// returned message's To (Microsoft's "redacted@hotmail.com"), so the To
// comes last: first the provider's own field, then the "for <x>" of the
// message's topmost Received field, then the recipient its VERP return path
// encodes.
func (w *walker) reportedRecipient(m *Message) string {
	if w.orig == nil {
		return m.Original.To
	}
	if a := w.sb.providerRecipient(w.orig); a != "" {
		return a
	}
	// Only the topmost Received: the hop into the reporting mailbox. An
	// earlier hop's "for" may name a list the message passed through.
	if rs := w.orig.Values("Received"); len(rs) > 0 {
		if _, after, ok := strings.Cut(lower(rs[0]), " for "); ok {
			if as := findAddresses(strings.SplitN(after, ";", 2)[0]); len(as) == 1 {
				return normalizeAddress(as[0])
			}
		}
	}
	if a := verpRecipient(addressOf(w.orig.Get("Return-Path"))); a != "" {
		return a
	}
	return m.Original.To
}

// verpRecipient decodes a VERP return path ("bounces+bob=example.org@
// lists.example"): the recipient after the '+' and before the '@', its
// '@' written as '='. It returns "" for any other address.
func verpRecipient(path string) string {
	at := strings.LastIndexByte(path, '@')
	if at < 0 {
		return ""
	}
	local := path[:at]
	plus := strings.IndexByte(local, '+')
	eq := strings.LastIndexByte(local, '=')
	if plus < 0 || eq < plus+2 || !strings.Contains(local[eq+1:], ".") {
		return ""
	}
	return local[plus+1:eq] + "@" + local[eq+1:]
}

// feedbackReport reads an ARF report (RFC 5965).
func (w *walker) feedbackReport(m *Message) {
	m.Kind = Feedback
	m.FeedbackType = lower(Get(w.feedback, "Feedback-Type"))
	if m.Original.From == "" {
		if v := Get(w.feedback, "Original-Mail-From"); v != "" {
			m.Original.From = addressOf(v)
		}
	}
	var rcpts []string
	for _, f := range w.feedback {
		if f.Name == "Original-Rcpt-To" || f.Name == "Removal-Recipient" {
			if a := addressOf(f.Value); a != "" && !containsString(rcpts, a) {
				rcpts = append(rcpts, a)
			}
		}
	}
	if len(rcpts) == 0 {
		if a := w.reportedRecipient(m); a != "" {
			rcpts = append(rcpts, a)
		}
	}
	if len(rcpts) == 0 {
		rcpts = append(rcpts, "")
	}
	for _, a := range rcpts {
		m.Recipients = append(m.Recipients, Recipient{Address: a})
	}
}
