package parser

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// isDelayNotice tells whether a free-text notice (lower-cased) reports a
// delay, not a final failure.
func (b *book) isDelayNotice(lowNotice, subject string) bool {
	lowSubject := lower(subject)
	for _, w := range b.delay {
		if w.in(lowSubject) || w.in(lowNotice) {
			return true
		}
	}
	return false
}

// looksLikeBounce tells whether a message without a report part is a
// non-delivery notice: a mail-system sender, a bounce subject, a failed
// recipients header or a known MTA's wording. List traffic (newsletters,
// digests, notifications with List-Id or List-Unsubscribe) and cron output
// are not, whatever bounce text they quote, and neither is a server's
// report of an inbound client session (inboundSession).
func (w *walker) looksLikeBounce(h *mime.Header, m *Message, notice, lowNotice string, failedHeader bool) bool {
	b := w.sb
	if b.isListTraffic(h) || isCronOutput(h, m.Subject) || isJournalReport(h) || w.orig == nil && b.inboundReport(m.Subject, notice, lowNotice) {
		return false
	}
	if !failedHeader && !w.isReport && adminNotice(lowNotice) {
		return false
	}
	nullPath := strings.TrimSpace(h.Get("Return-Path")) == "<>"
	if !w.isReport && !failedHeader && !nullPath && (b.personReply(h, m.Subject) || w.quotedText && w.orig == nil && b.replyByPerson(h, m.Subject)) {
		return false
	}
	if !w.isReport && !failedHeader && !nullPath && w.orig == nil && b.forwardByPerson(h, m.Subject) && !w.bounceByStructure(m) {
		// A person's forward that returns no bounce, only tells of one
		// ("This came back … the interesting line is: 552 5.2.2 Mailbox
		// full"): hearsay, as in an attached forward. A forward that
		// pastes the NDR itself keeps its layout or header block.
		return false
	}
	lines := b.noticeLines(notice)
	if failedHeader {
		return true
	}
	if w.orig == nil && !w.isReport && !nullPath && b.asksForPassword(notice) {
		// A "notice" that asks for the reader's password is phishing. A
		// real bounce has a sign phishing cannot easily copy (the null
		// reverse path, X-Failed-Recipients, a returned message or a
		// delivery-status part) and may return a password-reset mail,
		// whose words are no ask of its own. A status code in the prose
		// ("550 5.1.1 User unknown") is no such sign: phishing writes one.
		return false
	}
	if m.Vendor != "" && w.vendorEvidence == bounceSign {
		// A known MTA's layout, unless it reports only a success with no
		// failure code (Sendmail's return receipt keeps its "transcript
		// of session" layout; Postfix's plain-text success report quotes
		// the next hop's "250 2.0.0 Ok"): nothing failed. A success in a
		// delivery-status part stays a delivered record.
		return !b.saysWentOn(lowNotice) || hasFailureCode(lines) || b.saysUndelivered(lowNotice)
	}
	if b.saysWentOn(lowNotice) && !b.saysUndelivered(lowNotice) && !hasFailureCode(lines) && !b.saysGaveUp(lines) && !b.isDelayNotice(lowNotice, m.Subject) {
		// A delivery receipt (Outlook's "Delivered:", a Japanese server's
		// 配信完了, Sun Messaging Server's plain success report): it says
		// the message arrived and nothing failed, whoever sends it and
		// whatever its subject ("Delivery Notification: Delivery has
		// succeeded").
		return false
	}
	if w.vendorEvidence == senderSign && b.saysUndelivered(lowNotice) && hasCode(lines) {
		// A provider's own notice (known by its domain) that says, with
		// a reply code, that a message was not delivered.
		return true
	}
	if w.aboutAccount(m.Subject, notice) {
		// A mail system's notice about an account (a quota warning, a
		// password about to expire) or a calendar: its sender is no
		// evidence, and the addresses it names did not fail.
		return false
	}
	if w.ticketNotice(h, notice) {
		// A service desk's answer to a request about a bounce.
		return false
	}
	// Unknown software: a mail system's address, or a mail system's
	// display name or a bounce subject. Whoever sends writes those two as
	// he likes ("Mail Administrator" on a lottery spam, "[Ticket #4481]
	// Customers say our invoices are undeliverable"): they count with a
	// sign that a program wrote the message (the null reverse path,
	// Auto-Submitted, a provider's own domain, a returned message) or that
	// it reports a failure (a 4xx/5xx code).
	// The subject words that people also use ("rejected", "bounce") count
	// only for a message that says it was machine-made, or that names the
	// address in its subject as sending services do ("Hard bounce:
	// bob@example.org").
	// A mail system's address alone is no evidence either (a lottery spam
	// from postmaster@ of its own domain): it counts with the signs above
	// or with words of a failed message (not delivered, a bounce subject, a
	// delay, a give-up).
	// MAILER-DAEMON sends no person's mail: its address counts alone, as
	// saved notices often lack the null path (203 of the 450 sisimai-set
	// files). postmaster@ and the like are people's mailboxes too. Its
	// success notices (Sendmail's "relayed to non-DSN-aware mailer", a
	// return receipt) are no failure: when it says the message went on,
	// its address is one sign among the others below.
	// A display name alone, with an address of its own, is one a person
	// may take ("System Administrator <it@corp>" forwarding a phishing
	// sample as an attachment): the returned message counts for it only
	// with an NDR's words; with no address it is Exchange 2000/2003's.
	from := h.Get("From")
	byAddress, byName := b.mailSystemFrom(from)
	if byAddress && daemonFrom(from) && !b.saysWentOn(lowNotice) {
		return true
	}
	if byAddress || byName || b.bounceSubject(m.Subject) {
		personalName := byName && !byAddress && !b.bounceSubject(m.Subject) && addressOf(from) != ""
		if nullPath || autoGenerated(h) || w.vendorEvidence == senderSign || w.orig != nil && (!personalName || b.saysUndelivered(lowNotice)) {
			return true
		}
		if hasFailureCode(lines) {
			return true
		}
		if byAddress {
			if b.saysUndelivered(lowNotice) || b.weakBounceSubject(m.Subject) || b.isDelayNotice(lowNotice, m.Subject) || b.saysGaveUp(lines) {
				return true
			}
		}
	}
	if b.weakBounceSubject(m.Subject) && nullPath {
		return true
	}
	if b.weakSubjectOfMessage(m.Subject) && (autoGenerated(h) || len(findAddresses(m.Subject)) > 0 || hasOwnCode(b.noticeLines(notice))) {
		return true
	}
	// The null reverse path alone: auto-replies use it too. An
	// auto-reply's header on a notice that says the message was not
	// delivered, or that a gateway blocked, quarantined or held it (a
	// relay that skipped a suppressed address, MailMarshal, MDaemon's bad
	// message queue, each marking its notice auto-replied), still makes it
	// a bounce: a person's vacation reply says none of that.
	if !nullPath && autoGenerated(h) && !containsAny(lowNotice, b.absence) && !containsAny(lowNotice, b.senderCheck) && heldForReview(lowNotice) {
		// A gateway's notice, marked Auto-Submitted but sent with its
		// own reverse path, that it holds the reader's message for a
		// reviewer (a DLP filter's "held for review … will not be
		// delivered unless released"): a vacation reply says nothing of
		// a review, and a challenge-response robot asks the sender to
		// verify himself instead.
		return true
	}
	if !nullPath {
		return false
	}
	if b.isAutoReply(h, m.Subject) {
		// Words joined across wrapped lines ("the Bad Messages\nqueue").
		// A program's report of its own failed send (a scanner's or an
		// application's "Send error" through a smarthost that refused
		// it) returns the message with the server's failure code on a
		// line of its own; a vacation reply quotes no server.
		return b.saysUndelivered(strings.Join(strings.Fields(lower(notice)), " ")) ||
			w.orig != nil && hasOwnFailureCode(lines)
	}
	return m.Vendor != "" || smtpcode.FindStatus(notice) != ""
}

// heldWords say a gateway holds a message for a reviewer (Proofpoint's
// and Mimecast's DLP and compliance holds, Exchange's moderated
// transport rules). A quarantine digest lists others' messages "in
// quarantine", never "held for review".
var heldWords = []string{"held for review", "held pending review", "pending review by", "pending administrator review", "held for compliance review", "awaiting review by"}

// heldForReview tells whether a lower-cased notice says a message is
// held for a reviewer, the words joined across wrapped lines.
func heldForReview(low string) bool {
	if !strings.Contains(low, "review") {
		return false // every held word names a review: skip the join
	}
	return containsAny(strings.Join(strings.Fields(low), " "), heldWords)
}

// adminNoticeWords say a notice goes to the filter's administrator, not
// to the sender (amavisd-new's and other content filters' admin alerts
// about a blocked inbound message): it quotes the refusal of a message
// that came in, and no mail of the reader's failed.
var adminNoticeWords = []string{"this is an administrator notice", "this is an admin notice", "administrator notification",
	"no notification was sent to the sender", "sender was not notified", "sender has not been notified", "the sender has not been informed"}

// adminNoticeNouns open a sentence in which a filter says whom its
// notice is for; adminAddressees are who that is when it goes to the
// administrator ("This notice is for the administrator of example.com
// only", rspamd's "This alert is sent to the administrators of …").
var (
	adminNoticeNouns = []string{"this notice", "this alert", "this report", "this notification", "this warning"}
	adminAddressees  = []string{"administrator", "admin ", "admins"}
)

// adminNotice tells whether a lower-cased notice says it goes to the
// filter's administrator, not to the sender: adminNoticeWords, or a
// sentence of its own that says it is (sent) "for" or "to" the
// administrator. A bounce sends its reader to the administrator ("please
// forward this notice to your administrator"), never itself.
func adminNotice(low string) bool {
	if containsAny(low, adminNoticeWords) {
		return true
	}
	for _, n := range adminNoticeNouns {
		for rest := low; ; {
			i := strings.Index(rest, n)
			if i < 0 {
				break
			}
			rest = rest[i+len(n):]
			sentence := rest[:min(len(rest), 80)]
			if j := strings.IndexAny(sentence, ".;!?\n"); j >= 0 {
				sentence = sentence[:j]
			}
			if !hasPrefixAny(sentence, []string{" is ", " was ", " has been ", " goes ", " will be "}) {
				// "Forward this notice to your administrator": the
				// notice is not itself for the administrator.
				continue
			}
			for _, to := range []string{" for ", " to "} {
				k := strings.Index(sentence, to)
				if k < 0 {
					continue
				}
				after := strings.TrimPrefix(strings.TrimPrefix(sentence[k+len(to):], "the "), "your ")
				for _, a := range adminAddressees {
					if strings.HasPrefix(after+" ", a) {
						return true
					}
				}
			}
		}
	}
	return false
}

// asksForPassword tells whether a notice's own lines ask for the reader's
// mail password (credential_requests). Its own lines end where it quotes
// the returned message's subject (subject_labels: "Subject:", 163's
// "主　题 :") beside another of its header fields (original_field_labels:
// "From:", "发件人:"), the original's header block: what follows is the original's subject and often its
// body, and a bounced password-reset mail says "verify your password".
func (b *book) asksForPassword(notice string) bool {
	lines := strings.Split(notice, "\n")
	for i, l := range lines {
		if b.quotesSubject(l) && (i > 0 && b.quotesField(lines[i-1]) || i+1 < len(lines) && b.quotesField(lines[i+1])) {
			return false
		}
		if containsAny(lower(l), b.credentialAsks) {
			return true
		}
	}
	return false
}

// quotesSubject tells whether a line opens with a label of the returned
// message's subject (subject_labels), compared without spaces ("主　题 :"
// is "主题:").
func (b *book) quotesSubject(line string) bool {
	return slices.Contains(b.subjectLabels, fieldLabel(line))
}

// quotesField tells whether a line opens with a label of another of the
// returned message's header fields (original_field_labels).
func (b *book) quotesField(line string) bool {
	return slices.Contains(b.fieldLabels, fieldLabel(line))
}

// fieldLabel returns the label a line opens with, up to its colon,
// lower-cased and without spaces; "" when it opens with none.
func fieldLabel(line string) string {
	label := strings.TrimSpace(line)
	i := strings.IndexAny(label, ":：")
	if i < 0 || i > 40 {
		return ""
	}
	_, colon := utf8.DecodeRuneInString(label[i:])
	return lower(strings.Join(strings.Fields(label[:i+colon]), ""))
}

// aboutAccount tells whether a notice speaks of an account or a
// calendar, not of a message that failed. Mail servers send their own
// notices from the addresses their bounces come from (postmaster@, the
// Exchange system mailbox): a quota warning ("Your mailbox is 90% full;
// when it is full, new mail is rejected with 'Quota exceeded'"), a
// password that expires in five days, a meeting forwarded to more
// attendees. Such a notice gives a threshold below the limit (a
// percentage under 100: a full mailbox is at 100%) or words of
// account_notices (what will happen, what was done), and says nothing of
// a failed message: no returned message, no "could not be delivered", no
// 4xx/5xx code, no bounce subject, no delay or give-up. The reason words
// it quotes ("Quota exceeded") are a warning of what will happen, not a
// reply.
func (w *walker) aboutAccount(subject, notice string) bool {
	b := w.sb
	lowNotice, lowSubject := lower(notice), lower(subject)
	if !hasThreshold(lowNotice) && !containsAny(lowNotice, b.accountNotices) && !containsAny(lowSubject, b.accountNotices) {
		return false
	}
	if w.orig != nil || b.saysUndelivered(lowNotice) || b.bounceSubject(lowSubject) || b.weakBounceSubject(lowSubject) || b.isDelayNotice(lowNotice, subject) {
		return false
	}
	lines := b.noticeLines(notice)
	return !hasFailureCode(lines) && !b.saysGaveUp(lines)
}

// ticketNotice tells whether a notice is a service desk's answer to a
// request: a ticket logged, acknowledged or resolved (ticket_notices).
// It tells of the bounce its requester reported, in the requester's
// words ("came back undeliverable") and subject ("[INC042] … Undeliverable
// mail to …"), but no failed message comes with it: no returned message,
// no 4xx/5xx code of its own. A desk writes from its own mailbox: a
// notice from a mail system's address (MAILER-DAEMON@, postmaster@) is a
// mail system's, whatever it says was logged. (The null reverse path is
// no sign: desks' auto-acknowledgements use it too, as RFC 3834 asks.)
func (w *walker) ticketNotice(h *mime.Header, notice string) bool {
	low := lower(notice)
	return (containsAny(low, w.sb.ticketNotices) || loggedRequest(low)) && w.deskAnswer(h, notice)
}

// deskAnswer tells whether a notice could be a service desk's own answer:
// no returned message, not from a mail system's address, no failure code
// of its own.
func (w *walker) deskAnswer(h *mime.Header, notice string) bool {
	if w.orig != nil {
		return false
	}
	if byAddress, _ := w.sb.mailSystemFrom(h.Get("From")); byAddress {
		return false
	}
	return !hasFailureCode(w.sb.noticeLines(notice))
}

// ticketAck tells whether an automatic reply is a service desk's
// acknowledgement of the mail as a request, not a vacation: it names the
// ticket's id in its text or subject (ticket_id_labels: "Ticket ID:
// ABC-37262", "Ticketnummer 26057", "[#PA-55120]", "受付番号：2825"), or
// says it received or logged the request (ticket_notices: "your request
// has been registered", "a ticket has been created"), and has no words of
// absence. It answers the mail, but no one is away.
func (w *walker) ticketAck(h *mime.Header, subject, notice string) bool {
	low := lower(notice)
	if containsAny(low, w.sb.absence) || !w.deskAnswer(h, notice) {
		return false
	}
	if w.sb.namesTicketID(low) || w.sb.namesTicketID(lower(subject)) || loggedRequest(low) {
		return true
	}
	for _, t := range w.sb.ticketNotices {
		if strings.Contains(low, t) && (containsAny(t, deskNouns) || hasTicketNumber(low)) {
			return true
		}
	}
	return false
}

// deskNouns name what a desk logs. A ticket_notices wording with one
// ("your request has been registered") acknowledges a request on its
// own; one that speaks only of the mail ("your message has been
// received", which a person's auto-reply says too) needs the ticket's
// number beside it.
var deskNouns = []string{"request", "ticket", "case", "report", "anfrage", "demande", "solicitud", "richiesta", "vraag", "verzoek", "工单", "请求", "受け付け", "접수"}

// namesTicketID tells whether a lower-cased text gives a ticket's id
// after one of ticket_id_labels: the first token or two after the label
// (past "#", ":", "n°") hold a digit.
func (b *book) namesTicketID(low string) bool {
	for _, label := range b.ticketIDLabels {
		for rest := low; ; {
			k := strings.Index(rest, label)
			if k < 0 {
				break
			}
			wordStart := k == 0 || !isLetter(label[0]) || !isLetter(rest[k-1])
			rest = rest[k+len(label):]
			if !wordStart {
				continue
			}
			after := strings.TrimLeft(rest[:min(len(rest), 32)], " \t#:=")
			after = strings.TrimPrefix(after, "：")
			for _, f := range strings.Fields(after)[:min(2, len(strings.Fields(after)))] {
				if tokenHasDigit(strings.TrimLeft(f, "#:n°º[(（")) {
					return true
				}
			}
		}
	}
	return false
}

// ticketNouns name a desk's request; the number follows them.
var ticketNouns = []string{"ticket", "reference", "case", "request", "incident", "ref", "anfrage", "vorgang", "demande", "工单", "编号"}

// hasTicketNumber tells whether a lower-cased text gives a ticket's
// number: "#" before a token with a digit ("#7731", "#PA-55120"), or a
// ticket noun followed closely by one ("case 40218", "ticket id: 5512",
// "demande n° 8812").
func hasTicketNumber(low string) bool {
	for i := 0; i < len(low); i++ {
		if low[i] == '#' && tokenHasDigit(low[i+1:]) {
			return true
		}
	}
	for _, n := range ticketNouns {
		for rest := low; ; {
			k := strings.Index(rest, n)
			if k < 0 {
				break
			}
			wordStart := k == 0 || !isLetter(rest[k-1])
			rest = rest[k+len(n):]
			if !wordStart {
				continue
			}
			fields := strings.Fields(rest[:min(len(rest), 24)])
			for _, f := range fields[:min(3, len(fields))] {
				if tokenHasDigit(strings.TrimLeft(f, "#:n°º")) {
					return true
				}
			}
		}
	}
	return false
}

// tokenHasDigit tells whether the token s begins with (up to a space or
// punctuation that ends it) holds a digit.
func tokenHasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			return true
		case c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ')' || c == ';':
			return false
		}
	}
	return false
}

// loggedRequest tells whether a notice (lower-cased) says a request was
// logged: "has been logged" after a request's noun and its id ("Your
// request INC0482113 has been logged"). A mail system logs errors too
// ("This error has been logged"), so the words alone say nothing.
func loggedRequest(low string) bool {
	for rest := low; ; {
		i := strings.Index(rest, " has been logged")
		if i < 0 {
			return false
		}
		before := rest[max(0, i-40):i]
		if j := strings.LastIndexAny(before, ".!?\n"); j >= 0 {
			before = before[j+1:]
		}
		for _, noun := range []string{"request", "ticket", "case", "incident"} {
			if strings.Contains(before, noun) {
				return true
			}
		}
		rest = rest[i+len(" has been logged"):]
	}
}

// hasThreshold tells whether text gives a percentage under 100 ("90%",
// "zu 85 % belegt", "已使用95%"): the mark a warning is sent at. A number
// of 100 or more, a percent sign in a URL ("%2F") or after no number is
// none.
func hasThreshold(text string) bool {
	for i := 0; i < len(text); i++ {
		width := 0
		switch {
		case text[i] == '%':
			width = 1
		case strings.HasPrefix(text[i:], "％"):
			width = len("％")
		default:
			continue
		}
		if j := i + width; j < len(text) && isAlnum(text[j]) {
			continue // "%2F", "%s"
		}
		k := i
		if k > 0 && text[k-1] == ' ' {
			k--
		}
		digits := 0
		for k > 0 && '0' <= text[k-1] && text[k-1] <= '9' {
			k--
			digits++
		}
		if k > 1 && (text[k-1] == '.' || text[k-1] == ',') && '0' <= text[k-2] && text[k-2] <= '9' {
			// "95.5%": the decimals; the whole number is before them.
			k--
			digits = 0
			for k > 0 && '0' <= text[k-1] && text[k-1] <= '9' {
				k--
				digits++
			}
		}
		if digits == 0 || digits > 2 || k > 0 && (isAlnum(text[k-1]) || text[k-1] == '.') {
			continue
		}
		if n := text[k : k+digits]; n != "0" && n != "00" {
			return true
		}
	}
	return false
}

// hasOwnCode tells whether lines give a reply or status code in the
// message's own words, not in a block it quotes. A sending service states
// its reason on a line of its own ("Reason: 552 5.3.4 Message size
// exceeds …"); a person who shows someone else's reply (a helpdesk
// answer, an IT notice with a sample NDR) sets it off as a quote,
// indented or after '>'. On a message whose only sign of a bounce is a
// subject people write too, a quoted code is no sign.
func hasOwnCode(lines []string) bool {
	for _, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '>' {
			continue
		}
		if r, st := smtpcode.Find(l); r != "" || st != "" {
			return true
		}
	}
	return false
}

// hasOwnFailureCode tells whether lines give, in the message's own
// words (hasOwnCode), a reply code and status of a failure (4xx/5xx with
// 4.x.x/5.x.x): "550 5.1.1", not a bare number or a success.
func hasOwnFailureCode(lines []string) bool {
	for _, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '\t' || l[0] == '>' {
			continue
		}
		if r, st := smtpcode.Find(l); r != "" && st != "" && (r[0] == '4' || r[0] == '5') && r[0] == st[0] {
			return true
		}
	}
	return false
}

// saysWentOn tells whether a notice (lower-cased) says its message was
// delivered or relayed on: the book's went_on (Postfix's and Exchange's
// success notices, Sendmail's return receipt and its non-DSN relay
// warning).
func (b *book) saysWentOn(lowNotice string) bool {
	return containsAny(lowNotice, b.wentOn)
}

// daemonFrom tells whether a From field's address is a mail daemon's
// (MAILER-DAEMON@, mail-daemon@): a mailbox no person writes from.
func daemonFrom(from string) bool {
	local, _, _ := strings.Cut(lower(addressOf(from)), "@")
	return local == "mailer-daemon" || local == "mail-daemon"
}

// isListTraffic tells whether a message was sent to a list or its
// subscribers (List-Id, List-Unsubscribe, or the Mailing-List of ezmlm
// and Yahoo! Groups) by a person or a program other
// than a mail system: newsletters, digests and notifications, which may
// quote a bounce but are none. (A list that relays a mail system's bounce
// to its owners keeps the mail system as the sender.)
func (b *book) isListTraffic(h *mime.Header) bool {
	return strings.TrimSpace(h.Get("Return-Path")) != "<>" && (h.Get("List-Unsubscribe") != "" || h.Get("List-Id") != "" || h.Get("Mailing-List") != "") &&
		!b.mailSystemSender(h.Get("From")) && !b.mailSystemSender(h.Get("X-Original-Sender")) && !b.mailSystemSender(h.Get("X-Original-From"))
}

// inboundSession tells whether a notice is a server's transcript of a
// session a client opened with it: Postfix's postmaster notice "Postfix
// SMTP server: errors from HOST" writes its own replies as "Out: 220 …"
// and the client's commands as "In: EHLO …". The addresses it refused
// belong to that client's message, which the server refused with a 5xx
// reply ("Out: 550 5.1.1 … User unknown", "Out: 554 5.7.1 … blocked
// using …") and the client was told of in the session: no bounce. A
// transcript where the server only failed itself (a 4xx queue-file
// error after DATA) stays what it was read as before; an outbound
// transcript ("<<< 550", ">>> RCPT TO") is a bounce.
//
// inboundReport holds it only for such a report: Postfix's subject or
// preamble ("errors from"), or a notice with no bounce subject that says
// nothing of a message not delivered outside the transcript (a gateway's "Delivery to X
// failed" with the refused session is a bounce).
func (b *book) inboundReport(subject, notice, lowNotice string) bool {
	if !inboundSession(notice) {
		return false
	}
	if strings.Contains(lower(subject), "errors from") || strings.Contains(lowNotice, "errors from") {
		return true
	}
	var prose strings.Builder
	for _, l := range strings.Split(notice, "\n") {
		if t := strings.TrimSpace(l); !strings.HasPrefix(t, "In:") && !strings.HasPrefix(t, "Out:") {
			prose.WriteString(l)
			prose.WriteByte('\n')
		}
	}
	return !b.bounceSubject(subject) && !b.saysUndelivered(lower(prose.String()))
}

func inboundSession(notice string) bool {
	if !strings.Contains(notice, "In:") || !strings.Contains(notice, "Out:") {
		return false
	}
	greeted, helo, refused := false, false, false
	for _, l := range strings.Split(notice, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "Out:"):
			r := strings.TrimSpace(l[4:])
			greeted = greeted || strings.HasPrefix(r, "220")
			refused = refused || len(r) > 3 && r[0] == '5' && isDigit(r[1]) && isDigit(r[2]) && (r[3] == ' ' || r[3] == '-')
		case strings.HasPrefix(l, "In:"):
			c := strings.ToUpper(strings.TrimSpace(l[3:]))
			helo = helo || strings.HasPrefix(c, "EHLO") || strings.HasPrefix(c, "HELO") || strings.HasPrefix(c, "LHLO")
		}
	}
	return greeted && helo && refused
}

// isJournalReport tells whether a message is Exchange's journal report:
// an archive's copy of a message with its envelope, marked by the
// X-MS-Journal-Report field (often empty), never a failed delivery.
func isJournalReport(h *mime.Header) bool {
	return len(h.Values("X-MS-Journal-Report")) > 0 || len(h.Values("X-MS-Exchange-Organization-Journal-Report")) > 0
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
func (b *book) weakSubjectOfMessage(subject string) bool {
	s := lower(strings.TrimSpace(subject))
	if b.isReplySubject(s) {
		return false
	}
	for _, w := range b.weakSubjects {
		if strings.HasPrefix(s, w) && weakWordAt(s, 0, w) {
			return true
		}
	}
	return b.weakBounceSubject(s) && containsAny(s, b.messageWords)
}

// personReply tells whether a message is a person's answer to another
// ("RE: Undeliverable: PO 55812" with In-Reply-To or References): a
// reply subject, not a forward's, the fields that say what it answers,
// and nothing of a program (Auto-Submitted, a mail system's sender). The
// bounce it quotes below the person's words was the answered message, not
// this one; a forward of a bounce still reads as the bounce, and so does
// a notice that returns the message as an attachment.
func (b *book) personReply(h *mime.Header, subject string) bool {
	if h.Get("In-Reply-To") == "" && h.Get("References") == "" {
		return false
	}
	return b.replyByPerson(h, subject)
}

// replyByPerson tells whether a message has a reply's subject (not a
// forward's) and nothing of a program: personReply without the threading
// fields, which a reader's client may drop. With the bounce it answers
// quoted line by line ("> … User unknown") below the reader's question,
// that is still a person's reply, not the bounce (quotedReply).
func (b *book) replyByPerson(h *mime.Header, subject string) bool {
	if autoGenerated(h) || b.mailSystemSender(h.Get("From")) || strings.TrimSpace(h.Get("Return-Path")) == "<>" {
		return false
	}
	s := lower(strings.TrimSpace(subject))
	for strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	return hasPrefixAny(s, b.replyPrefixes)
}

// forwardByPerson tells whether a message has a forward's subject
// (forward_prefixes, also after "[ticket]" tags) and nothing of a
// program: replyByPerson for forwards.
func (b *book) forwardByPerson(h *mime.Header, subject string) bool {
	if autoGenerated(h) || b.mailSystemSender(h.Get("From")) || strings.TrimSpace(h.Get("Return-Path")) == "<>" {
		return false
	}
	s := lower(strings.TrimSpace(subject))
	for strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	return hasPrefixAny(s, b.forwardPrefixes)
}

// isReplySubject tells whether a lower-cased subject is a reply or a
// forward: it begins with one of the book's reply_prefixes ("re:") or
// forward_prefixes ("fwd:"), also after "[ticket]" tags. A notice that quotes a reply's
// subject after its own words ("Message rejected: Re: Invoice") is none.
func (b *book) isReplySubject(s string) bool {
	for strings.HasPrefix(s, "[") {
		i := strings.IndexByte(s, ']')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	return hasPrefixAny(s, b.replyPrefixes) || hasPrefixAny(s, b.forwardPrefixes)
}

// forwardsBounce tells from its header whether an attached message is a
// forward of a bounce: a subject with forward_prefixes ("Fwd:", "WG:",
// "전달:"), any number of them, over a bounce subject.
func (b *book) forwardsBounce(h *mime.Header) bool {
	s := lower(strings.TrimSpace(headerText(h, "Subject")))
	forwarded := false
	for {
		p := prefixOf(s, b.forwardPrefixes)
		if p == "" {
			break
		}
		forwarded = true
		s = strings.TrimSpace(s[len(p):])
	}
	return forwarded && b.bounceSubject(s)
}

// prefixOf returns the one of ps that s begins with, "" when none.
func prefixOf(s string, ps []string) string {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	return ""
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
func (b *book) isBounceHeader(h *mime.Header) bool {
	subject := headerText(h, "Subject")
	return (strings.TrimSpace(h.Get("Return-Path")) == "<>" || b.mailSystemSender(h.Get("From"))) &&
		(b.bounceSubject(subject) || b.weakBounceSubject(subject))
}

// mailSystemSender tells whether a From field names a mail system rather
// than a person, in its address or its display name.
func (b *book) mailSystemSender(from string) bool {
	byAddress, byName := b.mailSystemFrom(from)
	return byAddress || byName
}

// mailSystemFrom tells whether the address of a From field names a mail
// system, or else only its display name does. Exchange writes its reports
// as "Microsoft Outlook" <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@…>,
// Domino as "Mail Router", mobile carriers' gateways as post_master@. The
// mailbox names of mail systems (postmaster, post_master, MAILER-DAEMON)
// count only in the address: anyone can call himself "Postmaster", and
// adverts do; a display name ("Mail Administrator") is a claim the
// caller must see backed by other evidence.
func (b *book) mailSystemFrom(from string) (byAddress, byName bool) {
	from = lower(from)
	addr := "" // the address of from, made when a word is in from at all
	for _, s := range b.mailNames {
		if !strings.Contains(from, s) {
			continue
		}
		if addr == "" {
			if addr = addressOf(from); addr == "" {
				addr = from
			}
		}
		if strings.Contains(addr, s) {
			return true, false
		}
		byName = true
	}
	for _, s := range b.mailboxes {
		if !strings.Contains(from, s) {
			continue
		}
		if addr == "" {
			if addr = addressOf(from); addr == "" {
				addr = from
			}
		}
		if strings.Contains(addr, s) {
			return true, false
		}
	}
	return false, byName
}

// bounceSubject tells whether a subject is one that bounces carry and
// people do not write; weakBounceSubject whether it is one that people
// write too.
func (b *book) bounceSubject(subject string) bool {
	return containsAny(lower(subject), b.bounceSubjects)
}

func (b *book) weakBounceSubject(subject string) bool {
	s := lower(subject)
	for _, w := range b.weakSubjects {
		if i := strings.Index(s, w); i >= 0 && weakWordAt(s, i, w) {
			return true
		}
	}
	return false
}

// weakWordAt tells whether weak subject word w, found at i in subject s,
// counts: one that ends in " for" ("bounce notification for") only with
// an address after it and nothing else ("… for bob@example.org"), not in
// a title that goes on ("… for bob@example.org? Here's how to read one").
func weakWordAt(s string, i int, w string) bool {
	if !strings.HasSuffix(w, " for") {
		return true
	}
	rest := strings.Trim(strings.TrimSpace(s[i+len(w):]), "<>")
	return rest != "" && !strings.ContainsAny(rest, " \t") && addressOf(rest) == rest
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasPrefixAny tells whether s begins with one of ps.
func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// saysGaveUp tells whether lines say the queue stopped trying ("Delivery
// to the following recipients was aborted after 5.0 hour(s):").
func (b *book) saysGaveUp(lines []string) bool {
	for _, l := range lines {
		l = lower(l)
		for _, w := range b.gaveUp {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// saysUndelivered tells whether a notice says a message was not
// delivered. With a returned message attached, that is a bounce whatever
// the sender or subject (a provider's own notice in its own language).
func (b *book) saysUndelivered(lowNotice string) bool {
	for _, w := range b.undelivered {
		if w.in(lowNotice) {
			return true
		}
	}
	return false
}

// isAutoReply tells whether a message is an RFC 3834 automatic reply.
func (b *book) isAutoReply(h *mime.Header, subject string) bool {
	as := lower(h.Get("Auto-Submitted"))
	if strings.HasPrefix(as, "auto-replied") {
		return true
	}
	for _, f := range b.autoReplyFields {
		if h.Get(f) != "" {
			return true
		}
	}
	prec := authorPrecedence(h)
	if prec == "auto_reply" {
		return true
	}
	// A subject alone is no evidence: people write "Out of office: …" and
	// lists joke about it. An auto-reply also says it was machine-made
	// (Auto-Submitted, a bulk Precedence of its author, Exchange's
	// suppression or rule fields) or comes with the null reverse path.
	if !b.machineMade(h) {
		return false
	}
	s := lower(subject)
	if hasPrefixAny(s, b.autoReplyPrefixes) {
		return true
	}
	for _, w := range b.autoReplyWords {
		// Only with a bulk Precedence: Auto-Submitted: auto-generated says a
		// program wrote it, not that it replies (RFC 3834), and forum or
		// settings notices carry subjects like "Out of office etiquette".
		if strings.Contains(s, w) && (prec == "bulk" || prec == "junk" || prec == "list") {
			return true
		}
	}
	return false
}

// machineMade tells whether a header says a program, not a person, sent
// the message.
func (b *book) machineMade(h *mime.Header) bool {
	if autoGenerated(h) || strings.TrimSpace(h.Get("Return-Path")) == "<>" {
		return true
	}
	switch authorPrecedence(h) {
	case "bulk", "junk", "list", "auto_reply":
		return true
	}
	for _, f := range b.machineFields {
		if h.Get(f) != "" {
			return true
		}
	}
	return false
}

// authorPrecedence is the Precedence field of a message (lower-cased)
// when its author set it. A list manager stamps every post it sends out
// with its own ("list", "bulk"), so on a list's post (List-Id,
// List-Unsubscribe) the field says nothing of whether a person or a
// program wrote the message: "" then.
func authorPrecedence(h *mime.Header) string {
	if h.Get("List-Id") != "" || h.Get("List-Unsubscribe") != "" {
		return ""
	}
	return lower(strings.TrimSpace(h.Get("Precedence")))
}
