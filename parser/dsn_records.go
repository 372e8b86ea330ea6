package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// isDeliveryReport tells whether the message is a multipart/report of
// delivery status, whatever its parts held.
func (w *walker) isDeliveryReport(h *mime.Header) bool {
	return w.isReport && strings.Contains(lower(h.Get("Content-Type")), "delivery-status")
}

func (w *walker) hasDSNRecipients() bool {
	for _, d := range w.dsns {
		if len(d.Recipients) > 0 {
			return true
		}
	}
	return false
}

// dsnRecipients reads the recipients of every delivery-status part.
func (w *walker) dsnRecipients(m *Message) {
	for _, d := range w.dsns {
		reporting := hostOf(Get(d.Message, "Reporting-Mta"))
		if m.ReportingMTA == "" {
			m.ReportingMTA = reporting
		}
		for _, g := range d.Recipients {
			if r, ok := recipientOf(g, reporting); ok {
				if len(m.Recipients) >= w.lim.MaxRecipients {
					w.warn("more than %d recipients: the rest were skipped", w.lim.MaxRecipients)
					m.Warnings = w.warnings
					return
				}
				m.Recipients = appendRecipient(m.Recipients, r)
			}
		}
	}
}

// appendRecipient adds r unless the same address is already there; a
// repeat fills in what the first lacked.
func appendRecipient(list []Recipient, r Recipient) []Recipient {
	for i := range list {
		if strings.EqualFold(list[i].Address, r.Address) {
			p := &list[i]
			if p.Diagnostic == "" {
				p.Diagnostic = r.Diagnostic
			}
			if p.Status == "" {
				p.Status = r.Status
			}
			if p.ReplyCode == "" {
				p.ReplyCode = r.ReplyCode
			}
			return list
		}
	}
	return append(list, r)
}

// recipientOf reads one recipient group of a delivery-status part.
func recipientOf(g []Field, reporting string) (Recipient, bool) {
	r := Recipient{ReportingMTA: reporting}
	for _, name := range []string{"Final-Recipient", "X-Actual-Recipient", "Original-Recipient"} {
		if v := Get(g, name); v != "" {
			_, a := typedValue(v)
			if addr := addressOf(a); addr != "" {
				r.Address = addr
				break
			}
		}
	}
	if r.Address == "" {
		return r, false
	}
	if v := Get(g, "Original-Recipient"); v != "" {
		_, a := typedValue(v)
		r.OriginalRecipient = addressOf(a)
	}
	if f := strings.Fields(stripComments(Get(g, "Action"))); len(f) > 0 {
		r.Action = lower(f[0])
	}
	status := Get(g, "Status")
	r.Status = smtpcode.FindStatus(status)
	r.StatusComment = statusComment(status)
	r.DiagnosticType, r.Diagnostic = typedValue(Get(g, "Diagnostic-Code"))
	r.Diagnostic = joinContinuations(r.Diagnostic)
	r.ReplyCode = smtpcode.FindReply(r.Diagnostic)
	if r.Status == "" {
		r.Status = smtpcode.FindStatus(r.Diagnostic)
	}
	r.RemoteMTA = hostOf(Get(g, "Remote-Mta"))
	r.LastAttempt = parseDate(Get(g, "Last-Attempt-Date"))
	r.Command = smtpcode.Command(r.Diagnostic)
	return r, true
}

// statusComment returns the text of the comment after a Status field's
// code, "" when there is none.
func statusComment(v string) string {
	i := strings.IndexByte(v, '(')
	j := strings.LastIndexByte(v, ')')
	if i < 0 || j < i {
		return ""
	}
	return strings.TrimSpace(v[i+1 : j])
}

// enrichFromText fills in what a DSN left out from the human-readable
// notice, which often quotes the remote server more fully.
func (w *walker) enrichFromText(m *Message, notice string) {
	need := false
	for _, r := range m.Recipients {
		need = need || r.Diagnostic == "" || r.ReplyCode == "" || r.Command == "" || isPlaceholder(r.Diagnostic) || truncatedReply(r.Diagnostic)
	}
	if !need || strings.IndexByte(notice, '@') < 0 {
		return
	}
	// The DSN's recipients are known to be recipients, even postmaster@.
	known := make(map[string]bool, len(m.Recipients))
	for _, r := range m.Recipients {
		known[strings.ToLower(r.Address)] = true
	}
	recips, _ := w.sb.freeTextRecipients(notice, nil, known)
	var lines []string // the notice's lines, when a diagnostic needs them
	for i := range m.Recipients {
		r := &m.Recipients[i]
		if truncatedReply(r.Diagnostic) {
			// Sendmail keeps only the first line of a multi-line reply in
			// the field; its transcript in the notice has the rest.
			if lines == nil {
				lines = w.sb.noticeLines(notice)
			}
			if rest := replyRest(lines, r.Diagnostic); rest != "" {
				r.Diagnostic += " " + rest
			}
		}
		for _, t := range recips {
			if !strings.EqualFold(t.addr, r.Address) {
				continue
			}
			diag, reply, status, cmd := w.sb.diagnosticOf(t.lines)
			if r.Diagnostic == "" {
				r.Diagnostic = diag
			} else if isPlaceholder(r.Diagnostic) {
				if last := lastQuotedReply(t.lines); last != "" && !isPlaceholder(last) {
					r.Diagnostic = last
				}
			}
			if r.ReplyCode == "" && (status == "" || r.Status == "" || status == r.Status) {
				r.ReplyCode = reply
			}
			if r.Status == "" {
				r.Status = status
			}
			if r.Command == "" {
				// The transcript in the notice often says which command
				// the server refused when the DSN does not.
				r.Command = cmd
			}
			if r.RemoteMTA == "" {
				r.RemoteMTA = remoteHost(t.lines)
			}
		}
	}
}

// quotedReply returns a server reply a notice quotes: a transcript's
// server line ("<<< 550-…"), or a line that is a reply by itself
// ("    550-5.7.1 …", as Postfix indents the reply after "said:").
func quotedReply(l string) (string, bool) {
	if reply, ok := serverLine(l); ok {
		return reply, true
	}
	if c := replyClass(l); c == '4' || c == '5' {
		return strings.TrimSpace(l), true
	}
	return "", false
}

// truncatedReply tells whether a diagnostic is the first line of a
// multi-line reply alone: "550-5.7.1 …" with no further reply line.
func truncatedReply(diag string) bool {
	return len(diag) > 4 && isDigit(diag[0]) && isDigit(diag[1]) && isDigit(diag[2]) && diag[3] == '-' &&
		!strings.Contains(diag[4:], diag[:3]+"-") && !strings.Contains(diag[4:], diag[:3]+" ")
}

// replyRest finds the first line of a multi-line reply among a notice's
// transcript lines ("<<< 552-5.7.0 This message was blocked …", or
// Postfix's indented "    550-5.7.1 …" after "host … said:") and
// returns the text of the reply lines after it, codes taken off; "" when
// the notice does not quote the reply.
func replyRest(lines []string, first string) string {
	code := first[:3]
	words := strings.Fields(first)
	tail := strings.Join(words[max(1, len(words)-4):], " ")
	for i, l := range lines {
		reply, ok := quotedReply(l)
		if !ok || !strings.Contains(collapseSpace(reply), tail) {
			continue
		}
		var rest []string
		for _, l := range lines[i+1:] {
			reply, ok := quotedReply(l)
			if !ok || !strings.HasPrefix(reply, code) {
				break
			}
			more := reply[3:]
			last := !strings.HasPrefix(more, "-")
			more = strings.TrimLeft(more, "- ")
			if st := smtpcode.FindStatus(more); st != "" && strings.HasPrefix(more, st) {
				more = more[len(st):]
			}
			rest = append(rest, strings.TrimSpace(more))
			if last {
				break
			}
		}
		return strings.Join(rest, " ")
	}
	return ""
}

// isPlaceholder tells whether a diagnostic only restates a delay
// (Exchange's "400 4.4.7 Message delayed"): the notice may say why.
func isPlaceholder(diag string) bool {
	if len(diag) > 40 {
		return false
	}
	words := strings.TrimLeft(diag, "0123456789. ")
	switch lower(strings.TrimRight(words, ". ")) {
	case "message delayed", "delivery delayed", "delayed":
		return true
	}
	return false
}

// lastQuotedReply finds the last reply a notice quotes as "returned
// '…'": Exchange lists its attempts oldest first, each with the reply it
// got, so the last one is the latest cause.
func lastQuotedReply(lines []string) string {
	text := collapseLines(lines)
	i := strings.LastIndex(text, "returned '")
	if i < 0 {
		return ""
	}
	rest := text[i+len("returned '"):]
	end := strings.LastIndex(rest, "'")
	if end <= 0 {
		return ""
	}
	return truncate(strings.TrimSpace(rest[:end]), maxDiagnostic)
}
