package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// finish turns what the walk collected into a Message.
func (w *walker) finish(h *mime.Header) *Message {
	m := &Message{
		From:      addressOf(h.Get("From")),
		To:        addressOf(h.Get("To")),
		Subject:   headerText(h, "Subject"),
		MessageID: strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>"),
		Warnings:  w.warnings,
	}
	m.Date = parseDate(h.Get("Date"))

	text := unquote(strings.Join(w.texts, "\n"))
	notice, rest := splitNotice(text)
	if w.orig == nil && rest != "" {
		w.original(strings.NewReader(skipToHeaders(rest)), 0)
	}
	if w.orig != nil {
		m.Original = originalOf(w.orig)
	}
	// The notice lower-cased once, for the word searches below.
	lowNotice := lower(notice)
	m.Vendor, w.vendorEvidence = detectVendor(h, lowNotice)

	switch {
	case sesJSON(notice, m):
	case len(w.feedback) > 0 || w.isReport && strings.Contains(lower(h.Get("Content-Type")), "feedback-report"):
		w.feedbackReport(m)
	default:
		if w.hasDSNRecipients() {
			w.dsnRecipients(m)
		}
		if len(m.Recipients) > 0 {
			m.Kind = Bounce
			w.enrichFromText(m, notice)
		} else {
			w.freeText(m, h, notice, lowNotice)
		}
	}
	if len(m.Recipients) == 0 && w.inner != nil && w.inner.Kind != NotBounce &&
		(!w.innerPassedOn || !mailSystemSender(h.Get("From"))) {
		// The outer message only carries a bounce: report the bounce. A
		// plain one (no report) only when a person or a list passes it
		// on; a mail system that attaches a bounce it could not return
		// (a double bounce) reports that bounce's own addressee.
		inner := *w.inner
		inner.Warnings = append(m.Warnings, inner.Warnings...)
		*m = inner
		return m
	}
	if m.Kind == NotBounce {
		w.complaintWithoutReport(m, h)
	}
	if m.Kind == NotBounce && m.Original.To != "" && (w.isDeliveryReport(h) || w.looksLikeBounce(h, m, notice, false)) {
		// A notice that names no recipient: the returned message says
		// whom it was for.
		m.Kind = Bounce
		diag, reply, status, cmd := diagnosticOf(noticeLines(notice))
		m.Recipients = []Recipient{{Address: m.Original.To, Action: "failed", Diagnostic: diag, ReplyCode: reply, Status: status, Command: cmd}}
	}
	if m.Kind == NotBounce {
		w.listRefusal(m, h, notice)
	}
	if m.Kind == NotBounce && isAutoReply(h, m.Subject) {
		m.Kind = AutoReply
		if m.From != "" {
			m.Recipients = []Recipient{{Address: m.From}}
		}
		if m.Original.From == "" {
			m.Original.From = m.To
		}
	}
	if m.Original.From == "" && m.Kind == Bounce {
		m.Original.From = w.envelopeSender(h)
	}
	if m.Original.Subject == "" && m.Kind == Bounce && strings.Contains(lowNotice, subjectLabel) {
		m.Original.Subject = noticeSubject(notice)
	}
	return m
}

// noticeSubject is the subject a notice quotes when it returns no copy
// of the message (Exim's delay warning: "The subject of the message is:").
func noticeSubject(notice string) string {
	for _, l := range strings.Split(notice, "\n") {
		l = strings.TrimSpace(l)
		if len(l) > len(subjectLabel) && strings.EqualFold(l[:len(subjectLabel)], subjectLabel) {
			return decodedText(strings.TrimSpace(l[len(subjectLabel):]))
		}
	}
	return ""
}

const subjectLabel = "the subject of the message is:"

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

// skipToHeaders drops the lines before the first header field of a
// returned message that was pasted into the text.
func skipToHeaders(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if j := strings.IndexByte(l, ':'); j > 0 && mime.IsFieldName(l[:j]) && !strings.HasPrefix(l, " ") {
			return strings.Join(lines[i:], "")
		}
		if i > 20 {
			break
		}
	}
	return s
}

// originalOf reads the facts the record needs from the returned headers.
func originalOf(h *mime.Header) Original {
	o := Original{
		From:      addressOf(h.Get("From")),
		To:        addressOf(h.Get("To")),
		MessageID: strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>"),
		Subject:   decodedText(h.Get("Subject")),
	}
	if o.From == "" {
		o.From = addressOf(h.Get("Return-Path"))
	}
	if o.From == "" {
		o.From = addressOf(h.Get("Sender"))
	}
	return o
}

// envelopeSender finds the original sender when the original message was
// not returned: the DSN's X-Postfix-Sender, or the bounce's To.
func (w *walker) envelopeSender(h *mime.Header) string {
	for _, d := range w.dsns {
		if v := Get(d.Message, "X-Postfix-Sender"); v != "" {
			_, a := typedValue(v)
			if a = addressOf(a); a != "" {
				return a
			}
		}
	}
	return addressOf(h.Get("To"))
}

// isDeliveryReport tells whether the message is a multipart/report of
// delivery status, whatever its parts held.
func (w *walker) isDeliveryReport(h *mime.Header) bool {
	return w.isReport && strings.Contains(lower(h.Get("Content-Type")), "delivery-status")
}

// noticeLines returns the non-blank lines of a notice.
func noticeLines(notice string) []string {
	var out []string
	for _, l := range strings.Split(notice, "\n") {
		if strings.TrimSpace(l) != "" && !isBoilerplate(l) {
			out = append(out, l)
		}
	}
	return out
}

func (w *walker) hasDSNRecipients() bool {
	for _, d := range w.dsns {
		if len(d.Recipients) > 0 {
			return true
		}
	}
	return false
}

// hostOf returns the host of a Reporting-MTA or Remote-MTA field
// ("dns; mx.example.com. (192.0.2.1)"), without the root's dot.
func hostOf(v string) string {
	_, h := typedValue(stripComments(v))
	return strings.TrimSuffix(h, ".")
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
		need = need || r.Diagnostic == "" || r.ReplyCode == "" || r.Command == "" || isPlaceholder(r.Diagnostic)
	}
	if !need || strings.IndexByte(notice, '@') < 0 {
		return
	}
	// The DSN's recipients are known to be recipients, even postmaster@.
	known := make(map[string]bool, len(m.Recipients))
	for _, r := range m.Recipients {
		known[strings.ToLower(r.Address)] = true
	}
	recips, _ := freeTextRecipients(notice, nil, known)
	for i := range m.Recipients {
		r := &m.Recipients[i]
		for _, t := range recips {
			if !strings.EqualFold(t.addr, r.Address) {
				continue
			}
			diag, reply, status, cmd := diagnosticOf(t.lines)
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

// freeText reads a bounce that has no delivery-status part.
func (w *walker) freeText(m *Message, h *mime.Header, notice, lowNotice string) {
	if isListTraffic(h) || isCronOutput(h, m.Subject) {
		return
	}
	exclude := map[string]bool{}
	for _, a := range []string{m.From, m.To, m.Original.From, addressOf(h.Get("Reply-To"))} {
		if a != "" {
			exclude[lower(a)] = true
		}
	}
	// The bounce's To is the sender's address, usually; only when nothing
	// else is named may it be the failed recipient (a bounce to self).
	recips, preamble := freeTextRecipients(notice, exclude, nil)
	if len(recips) == 0 && m.To != "" && !strings.EqualFold(m.To, m.Original.From) {
		delete(exclude, lower(m.To))
		recips, preamble = freeTextRecipients(notice, exclude, nil)
	}
	if len(recips) == 0 && m.Original.From != "" {
		// Sent to oneself (or forwarded back): the sender is also the
		// failed recipient. Believe it only where the notice lists the
		// address on a line of its own ("bob@example.com:"), as Exim,
		// Postfix and qmail list failures.
		delete(exclude, lower(m.To))
		delete(exclude, lower(m.Original.From))
		if r, p := freeTextRecipients(notice, exclude, nil); len(r) == 1 && listedAlone(notice, r[0].addr) {
			recips, preamble = r, p
		}
	}
	// DSN fields pasted into the text (forwarded or inline reports).
	if strings.Contains(lowNotice, "final-recipient:") {
		if d, _ := ParseDSN(strings.NewReader(notice), w.lim.MaxRecipients); d != nil && len(d.Recipients) > 0 {
			w.dsns = append(w.dsns, d)
			w.dsnRecipients(m)
			if len(m.Recipients) > 0 {
				m.Kind = Bounce
				w.enrichFromText(m, notice)
				return
			}
		}
	}
	failed := failedRecipientsHeader(h)
	if len(failed) > 0 {
		// The header names the recipients; the text explains. Where the
		// two disagree entirely the text, written with the reply, wins.
		var keep []*textRecipient
		for _, a := range failed {
			for _, r := range recips {
				if strings.EqualFold(r.addr, a) {
					keep = append(keep, r)
				}
			}
		}
		if len(keep) == 0 && len(recips) == 0 {
			for _, a := range failed {
				keep = append(keep, &textRecipient{addr: a})
			}
		}
		if len(keep) > 0 {
			recips = keep
		}
	}
	if len(recips) == 0 || !w.looksLikeBounce(h, m, notice, len(failed) > 0) && !(w.orig != nil && saysUndelivered(lowNotice)) {
		return
	}
	m.Kind = Bounce
	action := "failed"
	if isDelayNotice(lowNotice, m.Subject) {
		action = "delayed"
	}
	for _, t := range recips {
		lines := t.lines
		if len(recips) == 1 && (thin(lines, t.addr) || !hasCode(lines) && (hasCode(preamble) || saysGaveUp(preamble))) {
			// One recipient, and its own lines say nothing (or no code,
			// while the notice before names one or says the queue gave
			// up): what the notice said before naming it is about it.
			lines = append(append([]string{}, preamble...), lines...)
		}
		diag, reply, status, cmd := diagnosticOf(lines)
		m.Recipients = append(m.Recipients, Recipient{
			RemoteMTA:  remoteHost(lines),
			Address:    t.addr,
			Action:     action,
			Status:     status,
			ReplyCode:  reply,
			Diagnostic: diag,
			Command:    cmd,
		})
		if len(m.Recipients) >= w.lim.MaxRecipients {
			w.warn("more than %d recipients: the rest were skipped", w.lim.MaxRecipients)
			m.Warnings = w.warnings
			break
		}
	}
}

// listRefusalWords are what a list manager says when it refuses a post;
// listHeldWords what it says when it only holds one for its moderator.
var (
	listRefusalWords = []string{
		"you are not allowed to post to this mailing list",
		"you are not a member of the mailing list",
		"your article was rejected",
		"post by non-member to a members-only list",
		"posting of your message titled",
		"mailing-list was rejected for the following",
		"mailing list was rejected for the following",
		"you are not allowed to send messages to list", // Sympa
		"you are not authorized to send mail to the",   // LISTSERV
	}
	listHeldWords = []string{"is being held", "awaits moderator approval", "held for approval", "held for moderation"}
)

// listRefusal reads a list manager's notice (Mailman, fml) that it
// refused a post: the list is the recipient that did not take the
// message. Only the manager's own notices count (Mailman 2 and 3 mark them
// X-List-Administrivia; fml sends them from the list's -admin address),
// never a post or digest that quotes such words.
func (w *walker) listRefusal(m *Message, h *mime.Header, notice string) {
	from := lower(addressOf(h.Get("From")))
	admin := lower(strings.TrimSpace(h.Get("X-List-Administrivia"))) == "yes" ||
		h.Get("X-MLServer") != "" && listAdminAddress(from) || listRobot(from)
	if !admin || strings.Contains(lower(m.Subject), "digest") {
		return
	}
	var refusal string
	for _, l := range strings.Split(notice, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), ">") {
			continue
		}
		low := lower(l)
		for _, word := range listHeldWords {
			if strings.Contains(low, word) {
				return
			}
		}
		if refusal == "" {
			for _, word := range listRefusalWords {
				if strings.Contains(low, word) {
					refusal = l
					break
				}
			}
		}
	}
	if refusal == "" || strings.Contains(lower(refusal), "posting of your message") && !strings.Contains(lower(notice), "rejected") {
		return
	}
	list := addressOf(h.Get("X-BeenThere"))
	if list == "" {
		list = addressOf(strings.TrimPrefix(strings.Trim(strings.TrimSpace(h.Get("List-Post")), "<>"), "mailto:"))
	}
	if list == "" {
		// fml and Sympa name the list in their sentence: "not a member of
		// the mailing list <list@example.jp>".
		for _, a := range findAddresses(refusal) {
			if a = lower(a); a != from && a != lower(m.To) {
				list = a
				break
			}
		}
	}
	if list == "" {
		// LISTSERV names the list by its name and gives its request
		// address (DEV-request@host), the list's own with a suffix.
		for _, a := range findAddresses(notice) {
			if local, domain, _ := strings.Cut(lower(a), "@"); strings.HasSuffix(local, "-request") {
				list = strings.TrimSuffix(local, "-request") + "@" + domain
				break
			}
		}
	}
	if list == "" {
		return
	}
	switch {
	case m.Vendor != "":
	case h.Get("X-Mailman-Version") != "":
		m.Vendor = "mailman"
	case h.Get("X-MLServer") != "":
		m.Vendor = "fml"
	case listRobot(from):
		m.Vendor, _, _ = strings.Cut(from, "@")
	}
	m.Kind = Bounce
	diag, reply, status, cmd := diagnosticOf(noticeLines(notice))
	m.Recipients = []Recipient{{Address: list, Action: "failed", Diagnostic: diag, ReplyCode: reply, Status: status, Command: cmd}}
}

// listRobot tells whether an address is a list server's own robot
// (sympa@, listserv@), which sends only notices, never posts.
func listRobot(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	return local == "sympa" || local == "listserv"
}

// listAdminAddress tells whether an address is a list's owner or admin
// address, from which fml sends its notices (its digests come from others).
func listAdminAddress(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	for _, s := range []string{"-owner", "-admin"} {
		if strings.HasSuffix(local, s) {
			return true
		}
	}
	return strings.HasPrefix(local, "owner-")
}

// listedAlone tells whether a line of the notice holds addr and nothing
// else but angle brackets and a colon.
func listedAlone(notice, addr string) bool {
	for _, l := range strings.Split(notice, "\n") {
		l = strings.TrimSpace(l)
		l = strings.TrimSuffix(l, ":")
		l = strings.TrimSuffix(strings.TrimPrefix(l, "<"), ">")
		if strings.EqualFold(l, addr) {
			return true
		}
	}
	return false
}

// remoteHost finds the server a notice quotes: Postfix's "host
// mx.example.com[192.0.2.1] said:", Exim's "host mx.example.com
// [192.0.2.1]:". "" when the lines name none.
func remoteHost(lines []string) string {
	for _, l := range lines {
		for from := 0; ; {
			i := strings.Index(l[from:], "host ")
			if i < 0 {
				break
			}
			i += from + len("host ")
			from = i
			j := i
			for j < len(l) && (isAlnum(l[j]) || l[j] == '.' || l[j] == '-') {
				j++
			}
			name := strings.TrimSuffix(l[i:j], ".")
			rest := strings.TrimLeft(l[j:], " ")
			if strings.Contains(name, ".") && len(rest) > 1 && rest[0] == '[' && isDigit(rest[1]) {
				return lower(name)
			}
		}
	}
	return ""
}

// hasCode tells whether any of the lines holds a reply or status code.
func hasCode(lines []string) bool {
	for _, l := range lines {
		if r, st := smtpcode.Find(l); r != "" || st != "" {
			return true
		}
	}
	return false
}

// delayWords are what MTAs say when they are still trying.
var delayWords = []string{
	"will be retried", "will continue to try", "delivery attempts will continue",
	"has not yet been delivered", "this is a warning", "warning only", "still being retried",
	"delivery has been delayed", "delivery is delayed", "message delayed", "delayed mail",
	"will retry", "is still in the queue", "temporary failure report",
}

// isDelayNotice tells whether a free-text notice (lower-cased) reports a
// delay, not a final failure.
func isDelayNotice(lowNotice, subject string) bool {
	lowSubject := lower(subject)
	for _, w := range delayNeedles {
		if w.in(lowSubject) || w.in(lowNotice) {
			return true
		}
	}
	return false
}

// thin tells whether a recipient's own lines say nothing beyond its address.
func thin(lines []string, addr string) bool {
	words := 0
	for _, l := range lines {
		l = strings.ReplaceAll(lower(l), lower(addr), "")
		words += len(strings.Fields(l))
	}
	return words < 4
}

func failedRecipientsHeader(h *mime.Header) []string {
	var out []string
	for _, v := range h.Values("X-Failed-Recipients") {
		for _, a := range findAddresses(v) {
			if !containsString(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// looksLikeBounce tells whether a message without a report part is a
// non-delivery notice: a mail-system sender, a bounce subject, a failed
// recipients header or a known MTA's wording. List traffic (newsletters,
// digests, notifications with List-Id or List-Unsubscribe) and cron output
// are not, whatever bounce text they quote.
func (w *walker) looksLikeBounce(h *mime.Header, m *Message, notice string, failedHeader bool) bool {
	if isListTraffic(h) || isCronOutput(h, m.Subject) {
		return false
	}
	nullPath := strings.TrimSpace(h.Get("Return-Path")) == "<>"
	if failedHeader || m.Vendor != "" && w.vendorEvidence == bounceSign {
		return true
	}
	if w.vendorEvidence == senderSign && saysUndelivered(lower(notice)) && hasCode(noticeLines(notice)) {
		// A provider's own notice (known by its domain) that says, with
		// a reply code, that a message was not delivered.
		return true
	}
	// Unknown software: a mail-system sender or a bounce subject. The
	// subject words that people also use ("rejected", "bounce") count only
	// for a message that says it was machine-made, or that names the
	// address in its subject as sending services do ("Hard bounce:
	// bob@example.org").
	if mailSystemSender(h.Get("From")) || bounceSubject(m.Subject) {
		return true
	}
	if weakBounceSubject(m.Subject) && nullPath {
		return true
	}
	if weakSubjectOfMessage(m.Subject) && (autoGenerated(h) || len(findAddresses(m.Subject)) > 0 || hasCode(noticeLines(notice))) {
		return true
	}
	// The null reverse path alone: auto-replies use it too.
	return nullPath && !isAutoReply(h, m.Subject) && (m.Vendor != "" || smtpcode.FindStatus(notice) != "")
}

// isListTraffic tells whether a message was sent to a list or its
// subscribers (List-Id, List-Unsubscribe) by a person or a program other
// than a mail system: newsletters, digests and notifications, which may
// quote a bounce but are none. (A list that relays a mail system's bounce
// to its owners keeps the mail system as the sender.)
func isListTraffic(h *mime.Header) bool {
	return strings.TrimSpace(h.Get("Return-Path")) != "<>" && (h.Get("List-Unsubscribe") != "" || h.Get("List-Id") != "") &&
		!mailSystemSender(h.Get("From")) && !mailSystemSender(h.Get("X-Original-Sender")) && !mailSystemSender(h.Get("X-Original-From"))
}

// isCronOutput tells whether a message is the output of a cron job, which
// may come from a system account and quote mail logs.
func isCronOutput(h *mime.Header, subject string) bool {
	return h.Get("X-Cron-Env") != "" || strings.HasPrefix(lower(subject), "cron <")
}

// weakSubjectOfMessage tells whether a subject uses one of
// weakBounceSubjects of a message, as notices do: it begins with the word
// ("Suppressed: bob@example.org", "Hard bounce notification") or speaks of
// a message or mail ("Your message was rejected"), and is no reply or
// forward ("Re: why do my emails bounce?").
func weakSubjectOfMessage(subject string) bool {
	s := lower(strings.TrimSpace(subject))
	if isReplySubject(s) {
		return false
	}
	for _, w := range weakBounceSubjects {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return weakBounceSubject(s) && containsAny(s, []string{"message", "mail"})
}

// isReplySubject tells whether a lower-cased subject is a reply or a
// forward ("re:", "fwd:", "fw:", also after "[ticket]" tags). A notice
// that quotes a reply's subject after its own words ("Message rejected:
// Re: Invoice") is none.
func isReplySubject(s string) bool {
	for strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	for _, p := range []string{"re:", "fwd:", "fw:", "aw:", "wg:", "回复:", "回复：", "转发:", "转发："} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// autoGenerated tells whether a message says it was made by a program
// (RFC 3834 Auto-Submitted other than "no").
func autoGenerated(h *mime.Header) bool {
	as := lower(strings.TrimSpace(h.Get("Auto-Submitted")))
	return as != "" && as != "no"
}

// isBounceHeader tells from its header alone whether an attached message
// (not a report) is itself a bounce: a bounce subject from a mail system
// or with the null reverse path. Either alone is not enough: people write
// subjects like "Re: your proposal was rejected", and auto-replies use <>.
func isBounceHeader(h *mime.Header) bool {
	subject := headerText(h, "Subject")
	return (strings.TrimSpace(h.Get("Return-Path")) == "<>" || mailSystemSender(h.Get("From"))) &&
		(bounceSubject(subject) || weakBounceSubject(subject))
}

// mailSystemSender tells whether a From field names a mail system rather
// than a person. Exchange writes its reports as "Microsoft Outlook"
// <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>, Domino as "Mail
// Router".
func mailSystemSender(from string) bool {
	from = lower(from)
	for _, s := range []string{"mailer-daemon", "postmaster", "mail delivery", "mail system", "mail administrator", "mailadmin", "mail-daemon",
		"microsoftexchange", "microsoft outlook", "mail router"} {
		if strings.Contains(from, s) {
			return true
		}
	}
	return false
}

// bounceSubject tells whether a subject is one that bounces carry and
// people do not write; weakBounceSubject whether it is one that people
// write too.
func bounceSubject(subject string) bool { return containsAny(lower(subject), bounceSubjects) }

func weakBounceSubject(subject string) bool {
	return containsAny(lower(subject), weakBounceSubjects)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// gaveUpWords are what a notice says when its queue stopped trying
// ("Delivery to the following recipients was aborted after 5.0 hour(s):").
var gaveUpWords = []string{"aborted after", "in the queue too long", "giving up", "retry timeout exceeded", "could not be delivered for"}

func saysGaveUp(lines []string) bool {
	for _, l := range lines {
		l = lower(l)
		for _, w := range gaveUpWords {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// undeliveredWords are what a notice says of a message it returns.
var undeliveredWords = []string{
	"could not be delivered", "couldn't be delivered", "was not delivered", "undeliverable",
	"delivery has failed", "delivery failed", "unable to deliver", "failed to deliver",
	"permanent error", "could not deliver", "未能送达", "投递失败", "退信",
	"未能成功投递", "无法投递", "无法送达", "无法传递", "配信できませんでした", "配信不能",
	"unzustellbar", "konnte nicht zugestellt werden", "non remis", "n'a pas pu être remis",
	"no se puede entregar", "no se pudo entregar", "não foi possível entregar", "non è stato possibile recapitare",
	"недоставленное сообщение", "не может быть доставлено", "не удалось доставить",
}

// saysUndelivered tells whether a notice says a message was not
// delivered. With a returned message attached, that is a bounce whatever
// the sender or subject (a provider's own notice in its own language).
func saysUndelivered(lowNotice string) bool {
	for _, w := range undeliveredNeedles {
		if w.in(lowNotice) {
			return true
		}
	}
	return false
}

var bounceSubjects = []string{
	"undeliver", "undelivered", "returned mail", "delivery status notification",
	"delivery failure", "failure notice", "mail delivery failed", "delivery has failed",
	"non-delivery", "nondeliver", "could not be delivered", "not delivered", "delivery notification",
	"mail system error", "returned to sender", "unable to deliver", "delivery problem",
	"delivery failed", "mail failure", "delivery report", "warning: could not send",
	"message delayed", "delivery delayed", "退信", "系统退信", "未能送达", "投递失败",
	"邮件退回", "邮件被退回", "无法投递", "延迟投递", "投递延迟", "邮件发送失败", "无法传递", "配信不能",
	"unzustellbar", "non remis", "no se puede entregar", "não entregue", "non recapitabile", "недоставленное сообщение", "не доставлено",
}

var weakBounceSubjects = []string{"rejected", "bounce", "message not sent", "hard bounce", "soft bounce", "suppressed"}

// isAutoReply tells whether a message is an RFC 3834 automatic reply.
func isAutoReply(h *mime.Header, subject string) bool {
	as := lower(h.Get("Auto-Submitted"))
	if strings.HasPrefix(as, "auto-replied") {
		return true
	}
	for _, f := range []string{"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress-Vacation"} {
		if h.Get(f) != "" {
			return true
		}
	}
	prec := lower(h.Get("Precedence"))
	if prec == "auto_reply" {
		return true
	}
	s := lower(subject)
	for _, p := range []string{"automatic reply:", "auto reply:", "autoreply:", "auto-reply:", "out of office:", "out of office reply", "自动回复", "自動応答", "abwesenheitsnotiz", "réponse automatique"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	for _, w := range []string{"out of office", "out of the office", "auto reply", "autoreply", "auto-reply", "automatic reply", "away from", "vacation", "on leave", "自动回复", "absence"} {
		if strings.Contains(s, w) && (prec == "bulk" || prec == "junk" || prec == "list" || as != "") {
			return true
		}
	}
	return false
}

// The word lists made ready for searching long notices.
var (
	delayNeedles       = needles(delayWords)
	undeliveredNeedles = needles(undeliveredWords)
)

func needles(words []string) []needle {
	out := make([]needle, len(words))
	for i, w := range words {
		out[i] = newNeedle(w)
	}
	return out
}
