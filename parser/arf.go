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
	case w.orig != nil && w.orig.Get("X-Hmxmroriginalrecipient") != "":
		m.Kind, m.FeedbackType = Feedback, "abuse"
		m.Recipients = []Recipient{{Address: addressOf(w.orig.Get("X-Hmxmroriginalrecipient"))}}
	}
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
	if len(rcpts) == 0 && m.Original.To != "" {
		rcpts = append(rcpts, m.Original.To)
	}
	if len(rcpts) == 0 {
		rcpts = append(rcpts, "")
	}
	for _, a := range rcpts {
		m.Recipients = append(m.Recipients, Recipient{Address: a})
	}
}
