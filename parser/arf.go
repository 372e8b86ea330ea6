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
// report has no Original-Rcpt-To: the returned message's recipient. Only
// when its To hides the recipient (redactedTo: Microsoft's
// "redacted@hotmail.com") does it look elsewhere, in order: the provider's
// own field, the "for <x>" of the message's topmost Received field, the
// recipient a plain VERP return path encodes. A real To comes first: the
// topmost Received of a forwarded copy names the mailbox it was forwarded
// to, and an ESP's return path is no VERP (a complaint suppresses its
// recipient, so a made-up address must never be one).
func (w *walker) reportedRecipient(m *Message) string {
	if w.orig == nil || !w.sb.redactedTo(w.orig.Get("To")) {
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

// redactedTo tells whether a reported message's To field hides its
// recipient: no single address (missing, a group, several), a local part
// that says so ("redacted@hotmail.com"), or a placeholder
// (placeholder_mailboxes).
func (b *book) redactedTo(to string) bool {
	as := findAddresses(to)
	if len(as) != 1 {
		return true
	}
	local, _, _ := strings.Cut(lower(as[0]), "@")
	return strings.Contains(local, "redacted") || b.placeholderAddress(as[0])
}

// verpRecipient decodes a plain VERP return path ("bounces+bob=example.org@
// lists.example"): the recipient after the '+' and before the '@', its
// '@' written as '='. It returns "" for any other address, and for an
// ESP's return path that puts its own ids before the recipient
// (SendGrid's "bounces+1234567-ab12-carol=…", Mailgun's
// "bounce+5f3a.17-carol=…"): a decoded local part whose first
// '-'-separated piece holds a digit is taken for such an id.
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
	rcpt := local[plus+1 : eq]
	if first, _, ok := strings.Cut(rcpt, "-"); ok && strings.ContainsAny(first, "0123456789") || strings.ContainsAny(rcpt, "+=") {
		return ""
	}
	return rcpt + "@" + local[eq+1:]
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
