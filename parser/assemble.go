package parser

import (
	"encoding/json"
	"net/textproto"
	"slices"
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
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
	if w.lim.OriginalFields != nil {
		m.DeliveredTo = deliveredTo(h)
	}
	m.Date = parseDate(h.Get("Date"))

	joined := strings.Join(w.texts, "\n")
	text := unquote(joined)
	w.quotedText = len(text) != len(joined)
	// Only a text with JSON can carry an event: the signs are looked for
	// then only.
	event := (len(w.jsonText) > 0 || jsonLine(text)) && w.eventMail(h, m.Subject, text)
	if event {
		m.JSON = text
		if len(w.jsonText) > 0 {
			m.JSON = strings.Join(w.jsonText, "\n")
		}
	}
	notice, rest := w.sb.splitNotice(text)
	if w.orig == nil && rest != "" {
		w.original(strings.NewReader(skipToHeaders(rest)), 0)
	}
	if w.orig != nil {
		m.Original = originalOf(w.orig, w.lim.OriginalFields)
	}
	// The notice lower-cased once, for the word searches below.
	lowNotice := lower(notice)
	m.Vendor, w.vendorEvidence = w.sb.detectVendor(h, lowNotice)

	switch {
	case event && sesJSON(notice, m):
	case len(w.feedback) > 0 || w.isReport && strings.Contains(lower(h.Get("Content-Type")), "feedback-report"):
		w.feedbackReport(m)
	default:
		if w.pec == nil && !w.hasDSNRecipients() && h.Get("X-Ricevuta") != "" {
			w.pec = pecFromText(h, notice)
		}
		if w.pec != nil && !w.hasDSNRecipients() {
			if d := w.pecDSN(m.Subject); d != nil {
				w.dsns = append(w.dsns, d)
			}
		}
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
		(!w.innerPassedOn || !w.sb.mailSystemSender(h.Get("From"))) && (w.isReport || !w.sb.personReply(h, m.Subject)) {
		// The outer message only carries a bounce: report the bounce. A
		// plain one (no report) only when a person or a list passes it
		// on; a mail system that attaches a bounce it could not return
		// (a double bounce) reports that bounce's own addressee. A
		// person's reply quotes the bounce it answers: no bounce itself.
		inner := *w.inner
		inner.Warnings = append(m.Warnings, inner.Warnings...)
		*m = inner
		return m
	}
	if m.Kind == NotBounce {
		w.complaintWithoutReport(m, h)
	}
	held := m.Kind == NotBounce && w.orig == nil && heldForReview(lowNotice)
	if held && m.Original.To == "" {
		// A gateway that holds the message for a reviewer names it in a
		// summary of its header ("From: … / To: … / Subject: …"), not
		// returned whole: its To is the held recipient.
		m.Original.To = summaryTo(notice)
	}
	if m.Kind == NotBounce && m.Original.To != "" && (!w.personForward || w.sb.isBounceHeader(h)) && (w.isDeliveryReport(h) || w.looksLikeBounce(h, m, notice, lowNotice, false)) {
		// A notice that names no recipient: the returned message says
		// whom it was for. A person's forward returned whole is no
		// failed recipient, unless the outer message is a bounce by its
		// own header: then the forward is the message that bounced.
		m.Kind = Bounce
		diag, reply, status, cmd := w.sb.diagnosticOf(w.sb.noticeLines(notice))
		m.Recipients = []Recipient{{Address: m.Original.To, Action: "failed", Diagnostic: diag, ReplyCode: reply, Status: status, Command: cmd, FromOriginal: true}}
		if held && reply == "" {
			// Held, not refused: a reviewer may still release it.
			m.Recipients[0].Action = "delayed"
		}
	}
	if m.Kind == NotBounce {
		w.listRefusal(m, h, notice)
	}
	// MAILER-DAEMON answers for no person: its notices are never a
	// vacation reply, whatever header they carry.
	autoReply := m.Kind == NotBounce && !daemonFrom(h.Get("From")) && (w.sb.isAutoReply(h, m.Subject) && w.sb.answers(h, m.Subject, lowNotice) || w.sb.notesOutOfOffice(m.Subject, lowNotice) || !w.sb.isListTraffic(h) && w.sb.headerlessOutOfOffice(m.Subject, lowNotice))
	if autoReply && !w.sb.heldForModerator(m.Subject, lowNotice) && !w.ticketAck(h, m.Subject, notice) {
		m.Kind = AutoReply
		if a := w.sb.protectedPerson(m, h, notice); a != "" {
			m.Recipients = []Recipient{{Address: a}}
		} else if m.From != "" {
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

// protectedPerson is the address a challenge-response service (Spam
// Arrest, Boxbe, MailInBlack, UOL AntiSpam, EarthLink spamBlocker)
// answers for: its auto-reply comes from the service's robot (noreply@,
// notify@, antispam-bounce@, spamblocker-challenge@) and names the person
// the held message was sent to, their only address in the text ("your
// message to me (bob@example.com)", "votre correspondant bob@…"). ""
// when the From is a person's, the text names no single other address,
// or it has none of the book's challenge_words: a help desk's robot that
// names the agent who will answer ("Your account manager, dana@…, will
// answer") replies for itself.
func (b *book) protectedPerson(m *Message, h *mime.Header, notice string) string {
	if !b.robotSender(m.From) || !containsAny(lower(notice), b.challengeWords) {
		return ""
	}
	// The Reply-To is no reason to skip an address: Boxbe sets it to the
	// protected person, whom its text names too.
	skip := []string{m.From, m.To, m.Original.From}
	found := ""
	for _, a := range findAddresses(notice) {
		a = normalizeAddress(a)
		if a == "" || isSystemAddress(a) || slices.ContainsFunc(skip, func(s string) bool { return strings.EqualFold(s, a) }) {
			continue
		}
		if b.robotSender(a) {
			continue
		}
		if found != "" && !strings.EqualFold(found, a) {
			return "" // two people named: no way to tell
		}
		found = a
	}
	return found
}

// answers tells whether a message that says it is an auto-reply answers
// a message: it names the one it answers (In-Reply-To, References), its
// subject is an auto-reply's, or its text speaks of the reader's message,
// an absence or a sender check. A program's notification that carries
// "Auto-Submitted: auto-replied" (a signing service, a ticket, a
// quarantine digest) answers nothing and is no vacation.
func (b *book) answers(h *mime.Header, subject, lowNotice string) bool {
	if h.Get("In-Reply-To") != "" || h.Get("References") != "" || vacationComment(h) {
		return true
	}
	s := lower(subject)
	if hasPrefixAny(s, b.autoReplyPrefixes) || hasPrefixAny(s, b.replyPrefixes) { // "Re: <the subject it answers>"
		return true
	}
	return containsAny(s, b.autoReplyWords) || containsAny(s, b.yourMessage) || containsAny(s, b.absence) ||
		containsAny(lowNotice, b.autoReplyWords) || containsAny(lowNotice, b.yourMessage) || containsAny(lowNotice, b.absence) ||
		containsAny(lowNotice, b.senderCheck) && b.robotSender(h.Get("From"))
}

// vacationComment tells whether Auto-Submitted says, in its comment,
// that a vacation responder wrote the reply ("auto-replied (vacation)",
// as Dovecot's Pigeonhole and Cyrus' Sieve vacation write it): it
// answers a message whatever its subject and text. A bare
// "auto-replied" is also what ticket and signing services stamp on their
// notices.
func vacationComment(h *mime.Header) bool {
	as := lower(h.Get("Auto-Submitted"))
	if !strings.HasPrefix(as, "auto-replied") {
		return false
	}
	_, comment, ok := strings.Cut(as, "(")
	return ok && (strings.Contains(comment, "vacation") || strings.Contains(comment, "out of office") || strings.Contains(comment, "absence"))
}

// robotSender tells whether the address (or a From field) is a
// program's mailbox (noreply@, notify@, antispam@ …: the book's
// robot_mailboxes), as a challenge-response service's is.
func (b *book) robotSender(from string) bool {
	local, _, ok := strings.Cut(lower(addressOf(from)), "@")
	return ok && containsAny(local, b.robotLocals)
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

// originalOf reads the facts the record needs from the returned headers,
// and the fields keep accepts (none when keep is nil).
func originalOf(h *mime.Header, keep func(string) bool) Original {
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
	if keep == nil {
		return o
	}
	var buf [8]Field // one allocation, for the result, in the usual case
	fs := buf[:0]
	for i := 0; i < h.Len() && len(fs) < MaxOriginalFields; i++ {
		if name := h.Name(i); keep(name) && !isTraceField(name) {
			fs = append(fs, Field{Name: textproto.CanonicalMIMEHeaderKey(name), Value: h.Value(i)})
		}
	}
	if len(fs) > 0 {
		o.Header = slices.Clone(fs)
	}
	return o
}

// isTraceField tells whether a field records the message's way or its
// signatures (RFC 5321 trace, DKIM, ARC, authentication results): long
// values that say nothing of who sent it, left out of Original.Header.
func isTraceField(name string) bool {
	switch {
	case strings.EqualFold(name, "Received"), strings.EqualFold(name, "X-Received"),
		strings.EqualFold(name, "DKIM-Signature"), strings.EqualFold(name, "X-Google-DKIM-Signature"),
		strings.EqualFold(name, "Authentication-Results"), strings.EqualFold(name, "Received-SPF"):
		return true
	}
	return len(name) > 4 && strings.EqualFold(name[:4], "ARC-")
}

// deliveredTo lists the addresses the bounce was delivered to (see
// Message.DeliveredTo).
func deliveredTo(h *mime.Header) []string {
	// The fields that hold one, by rank: one pass over the header.
	type hit struct{ rank, i int }
	var hits [8]hit
	hs := hits[:0]
	for i := range h.Len() {
		if r := deliveredRank(h.Name(i)); r >= 0 {
			hs = append(hs, hit{r, i})
		}
	}
	slices.SortStableFunc(hs, func(a, b hit) int { return a.rank - b.rank })
	var buf [4]string // one allocation, for the result, in the usual case
	out := buf[:0]
	for _, x := range hs {
		if a := addressOf(h.Value(x.i)); a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// deliveredRank is the place of a field in Message.DeliveredTo's order,
// -1 for a field that is not one of them.
func deliveredRank(name string) int {
	switch {
	case len(name) == 13 && strings.EqualFold(name, "X-Original-To"):
		return 0
	case len(name) == 12 && strings.EqualFold(name, "Delivered-To"):
		return 1
	case len(name) == 11 && strings.EqualFold(name, "Envelope-To"):
		return 2
	case len(name) == 2 && strings.EqualFold(name, "To"):
		return 3
	}
	return -1
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

// noticeLines returns the non-blank lines of a notice.
func (b *book) noticeLines(notice string) []string {
	var out []string
	for _, l := range strings.Split(notice, "\n") {
		if strings.TrimSpace(l) != "" && !b.isBoilerplate(l) {
			out = append(out, l)
		}
	}
	return out
}

// hostOf returns the host of a Reporting-MTA or Remote-MTA field
// ("dns; mx.example.com. (192.0.2.1)"), without the root's dot.
func hostOf(v string) string {
	_, h := typedValue(stripComments(v))
	return strings.TrimSuffix(h, ".")
}

// eventMail tells whether a message that has JSON carries an e-mail
// service provider's event itself, as SNS mails an SES event or a program
// forwards a webhook: SNS's sender or header fields, an application/json
// body, SNS's unsubscribe footer, or, when the event is the whole text
// (apart from a few short lines and SNS's footer), the SNS envelope that
// SNS posts over HTTP (which a relay forwards whatever subject it writes)
// or a program's mail (Auto-Submitted). A reply, a person's forward
// (In-Reply-To, References, or "Fwd:" over more than the envelope) and
// list or bulk traffic (Precedence: bulk or list) never do,
// and neither does a ticket or alert mail that quotes an event within its
// prose: a person or a list that quotes an event (a colleague's "this is
// what we got:", a post on webhooks, an issue about a webhook) sent none.
func (w *walker) eventMail(h *mime.Header, subject, text string) bool {
	if h.Get("In-Reply-To") != "" || h.Get("References") != "" {
		return false
	}
	if snsSender(h) {
		return true
	}
	if w.sb.isListTraffic(h) {
		return false
	}
	if p := lower(strings.TrimSpace(h.Get("Precedence"))); p == "bulk" || p == "list" {
		return false
	}
	envelope := strings.Contains(text, `"TopicArn"`) && strings.Contains(text, `"Type":"Notification"`)
	if w.sb.isReplySubject(lower(strings.TrimSpace(subject))) {
		// A webhook relay may write "Fwd:" over the envelope alone; a
		// person's forward has the forward's header lines and prose.
		return envelope && valueIsText(text)
	}
	if w.jsonTop || strings.Contains(text, snsFooter) {
		return true
	}
	return (envelope || autoGenerated(h)) && valueIsText(text)
}

// valueIsText tells whether a text is one JSON value, apart from at most
// a few short lines around it (a relay's or a program's heading) and
// SNS's footer. A ticket, an alert or a person's mail has prose around
// the value it quotes.
func valueIsText(text string) bool {
	if i := strings.Index(text, snsFooter); i >= 0 {
		head := text[:i]
		if j := strings.LastIndex(head, "\n--"); j >= 0 {
			text = head[:j]
		} else if j := strings.LastIndexByte(head, '\n'); j >= 0 {
			text = head[:j]
		}
	}
	start := -1
	for off := 0; off < len(text); {
		line, _, _ := strings.Cut(text[off:], "\n")
		if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
			start = off + len(line) - len(t)
			break
		}
		off += len(line) + 1
	}
	if start < 0 {
		return false
	}
	dec := json.NewDecoder(strings.NewReader(text[start:]))
	var v json.RawMessage
	if dec.Decode(&v) != nil {
		return false
	}
	rest := text[:start] + "\n" + text[start+int(dec.InputOffset()):]
	lines := 0
	for l := range strings.Lines(rest) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if lines++; lines > 2 || len(l) > 80 {
			return false
		}
	}
	return true
}

// snsFooter is in the footer of every SNS e-mail notification: the link
// that ends the subscription.
const snsFooter = ".amazonaws.com/unsubscribe.html?SubscriptionArn="

// snsSender tells whether Amazon SNS sent a message: its own address, or
// the header fields it adds to every notification.
func snsSender(h *mime.Header) bool {
	return strings.HasSuffix(lower(addressOf(h.Get("From"))), "@sns.amazonaws.com") ||
		h.Get("X-Amz-Sns-Message-Id") != "" || h.Get("X-Amz-Sns-Topic-Arn") != ""
}

// jsonLine tells whether a line of text starts with '{' or '['.
func jsonLine(text string) bool {
	for line := range strings.Lines(text) {
		if line = strings.TrimLeft(line, " \t"); strings.HasPrefix(line, "{") || strings.HasPrefix(line, "[") {
			return true
		}
	}
	return false
}

// summaryTo returns the address of the To field in a notice's summary of
// a message's header (three or more fields, From, To or Subject among
// them, as quotesHeaders reads them), "" when the notice has none.
func summaryTo(notice string) string {
	lines := strings.SplitAfter(notice, "\n")
	for i, l := range lines {
		k := strings.IndexByte(l, ':')
		if k <= 0 || lower(strings.TrimSpace(l[:k])) != "to" {
			continue
		}
		start := i
		for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
			start--
		}
		if quotesHeaders(lines[start:min(len(lines), start+8)]) {
			return addressOf(strings.TrimSpace(l[k+1:]))
		}
	}
	return ""
}
