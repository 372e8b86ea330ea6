// Package classify decides, for every recipient the parser found, the
// reason of the failure and whether it is hard, by asking the rules.
package classify

import (
	"regexp"
	"strings"
	"time"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// Classifier decides reasons with a rule set. It is safe for concurrent use.
type Classifier struct {
	rules *rules.Set
	// ownWords holds, per rule with an outside_rcpt, its phrases and
	// regexps, to cut them out of a text (see anyStage).
	ownWords map[*rules.Rule]ownWords
	// guesses holds the words of the phrase rules that name no cause (a
	// template's list of guesses), to find where such a list begins (see
	// beforeGuesses).
	guesses []ownWords
}

type ownWords struct {
	phrases []string
	res     []rules.CompiledRegexp
}

// New returns a Classifier that asks rs.
func New(rs *rules.Set) *Classifier {
	c := &Classifier{rules: rs, ownWords: map[*rules.Rule]ownWords{}}
	for _, r := range rs.Rules() {
		vague := r.Reason.Vague() && !r.Decides && r.Tier() == rules.TierPhrase
		if r.OutsideRCPT == "" && !vague {
			continue
		}
		var w ownWords
		for _, p := range r.Phrases {
			w.phrases = append(w.phrases, strings.ToLower(p))
		}
		w.res = rs.CompiledRegexps(r.ID)
		if r.OutsideRCPT != "" {
			c.ownWords[r] = w
		}
		if vague {
			c.guesses = append(c.guesses, w)
		}
	}
	return c
}

// Rule ids for verdicts that come from the message's kind, not from a rule.
const (
	RuleFeedback  = "builtin.arf"
	RuleAutoReply = "builtin.rfc3834"
	RuleDelivered = "builtin.delivered"
	RuleDelayed   = "builtin.delayed"
	RuleNone      = "builtin.none"
	RuleMailer    = "builtin.mailer"
)

// Classify returns one record per recipient of m; none for ordinary mail.
func (c *Classifier) Classify(m *parser.Message, source string) []Record {
	if m.Kind == parser.NotBounce {
		return nil
	}
	out := make([]Record, 0, len(m.Recipients))
	for i := range m.Recipients {
		out = append(out, c.record(m, &m.Recipients[i], source))
	}
	return out
}

func (c *Classifier) record(m *parser.Message, r *parser.Recipient, source string) Record {
	rec := Record{
		Source:            source,
		Recipient:         r.Address,
		OriginalRecipient: r.OriginalRecipient,
		Action:            record.Action(r.Action),
		Status:            effectiveStatus(r.Status, r.Diagnostic),
		ReplyCode:         r.ReplyCode,
		Diagnostic:        r.Diagnostic,
		ReportingMTA:      firstNonEmpty(r.ReportingMTA, m.ReportingMTA),
		RemoteMTA:         r.RemoteMTA,
		Sender:            m.Original.From,
		OriginalMessageID: m.Original.MessageID,
		OriginalSubject:   m.Original.Subject,
		FeedbackType:      m.FeedbackType,
		Vendor:            m.Vendor,
	}
	if !m.Date.IsZero() {
		rec.Date = m.Date.Format(time.RFC3339)
	}
	switch {
	case m.Kind == parser.Feedback:
		rec.Reason, rec.Rule = record.Feedback, RuleFeedback
		return rec
	case m.Kind == parser.AutoReply:
		rec.Reason, rec.Rule = record.Vacation, RuleAutoReply
		return rec
	case rec.Action.Final() || smtpcode.Class(rec.Status) == '2' && rec.Action == "":
		rec.Reason, rec.Rule = record.Delivered, RuleDelivered
		return rec
	}
	q := rules.Query{
		Text:      r.Diagnostic,
		Status:    rec.Status,
		ReplyCode: r.ReplyCode,
		Vendor:    m.Vendor,
		Hosts:     hosts(r.RemoteMTA, r.ReportingMTA, m.ReportingMTA, domainOf(m.From), domainOf(r.Address)),
	}
	rule := c.rules.Match(q)
	if rule != nil && (!rule.Decisive() || rule.Tier() > rules.TierPhrase) {
		// Words that name no cause, or none at all, decided. A cause
		// stated before a template's list of guesses ("bob@example.org
		// (user not found)  Possible causes include: …") is the notice's
		// own verdict on this recipient; the guesses after it are not.
		if h := c.beforeGuesses(q); h != nil {
			rule = h
		}
	}
	if h := c.imsReply(q); h != nil {
		// Exchange 5.5's IMS quotes the remote server's own reply after
		// the NDR's summary sentence ("The recipient name is not
		// recognized … MSEXCH:IMS:… 550 5.7.1 Relaying denied"): the
		// reply names the cause, the summary is the NDR's template.
		rule = h
	}
	switch {
	case r.DiagnosticType == "x-unix" && (rule == nil || !rule.Decisive() || rule.Tier() > rules.TierPhrase):
		// The report quotes a local delivery program (x-unix), and its
		// words name no cause: the program failed (also in a delay
		// notice: the failing program is the cause, not the queue).
		rec.Reason, rec.Rule = record.MailerError, RuleMailer
	case rec.Action == record.ActionDelayed && (rule == nil || !rule.Decisive() || rule.Tier() > rules.TierStatus ||
		rule.Tier() == rules.TierStatus && strings.HasSuffix(rec.Status, ".0")):
		// A delay notice whose words and status name no cause (a
		// status X.Y.0 names only a class): the queue is still trying.
		// One that names its cause ("mailbox full", 4.2.2) is that cause.
		rec.Reason, rec.Rule = record.Expired, RuleDelayed
	case rule == nil && rec.Status == "" && r.ReplyCode == "":
		// Neither a code nor words the rules know: nothing tells why.
		rec.Reason, rec.Rule = record.Undefined, RuleNone
	case rule == nil:
		rec.Reason, rec.Rule = record.OnHold, RuleNone
	case rule.Tier() == rules.TierStatus && rule.Reason == record.OnHold && r.ReplyCode == "" && strings.HasSuffix(rec.Status, ".0.0"):
		// Only the notice's own class-only status (Exchange's "did not
		// report a specific reason … #5.0.0", an empty "smtp; " reply):
		// no server refused with a reply, and nothing tells why. A
		// reply code with words that name no cause ("554 Transaction
		// failed") is a real refusal: onhold.
		rec.Reason, rec.Rule = record.Undefined, RuleNone
	default:
		rec.Reason, rec.Rule = rule.Reason, rule.ID
		if rec.Vendor == "" && len(rule.Vendors) > 0 {
			rec.Vendor = rule.Vendors[0]
		}
	}
	words := rule != nil && rule.Tier() <= rules.TierPhrase && rec.Rule == rule.ID
	if words && rule.OutsideRCPT != "" && !isAddressStatus(rec.Status) && r.Command != "RCPT" && r.Command != "MAIL" {
		// Words that mean their reason only at RCPT TO (see the rule).
		rec.Reason = rule.OutsideRCPT
		// Ambiguous words; the reporting MTA's gloss on the status, when
		// it names a cause ("5.2.1 (mailbox disabled)"), settles it, and
		// so does a wording of the same reason that holds at any stage
		// ("550 no such user" beside the notice's own "there is no
		// account with that name"): the words are not a bare reply.
		if g := c.gloss(r.StatusComment, rec.Status); g != nil {
			rec.Reason, rec.Rule = g.Reason, g.ID
		} else if o := c.anyStage(q, rule); o != nil {
			rec.Reason, rec.Rule = o.Reason, o.ID
		}
	}
	if !(words && rule.Decides && rule.Reason.Vague()) {
		// (Words that state a hold are the verdict whatever the stage.)
		rec.Reason = adjust(rec.Reason, rec.Status, r.Command, words)
	}
	if rec.Action == record.ActionDelayed && words && rule.WhenDelayed != "" && rec.Reason == rule.Reason {
		// A delay notice is still trying: words that would mean the
		// queue gave up ("connection timed out") tell how the last
		// attempt failed (see the rule's when_delayed).
		rec.Reason = rule.WhenDelayed
	}
	// Hard only when the failure is permanent: a 4.x.x status (or, with
	// none, a 4xx reply) says the server may accept the address later,
	// whatever words came with it ("450 4.1.1 user unknown").
	rec.Hard = rec.Reason.Hard() && !temporary(rec.Status, r.ReplyCode)
	// A rule may soften or harden its verdict (ambiguous wording such as
	// "mailbox unavailable"), unless an address status (X.1.x) already
	// says for sure that the address is bad.
	if rule != nil && rule.Hard != nil && rec.Rule == rule.ID && rec.Reason == rule.Reason && !(isAddressStatus(rec.Status) && rec.Hard) {
		rec.Hard = *rule.Hard
	}
	return rec
}

// anyStage returns the rule that the query's words decide once rule's
// own phrases are cut out, when it is a vendor or phrase rule of the same
// reason without an outside_rcpt of its own; else nil. Two rules that
// read the same words (qmail's "no mailbox here by that name") are one
// wording, still ambiguous.
func (c *Classifier) anyStage(q rules.Query, rule *rules.Rule) *rules.Rule {
	w := c.ownWords[rule]
	rest := strings.ToLower(q.Text)
	for _, p := range w.phrases {
		rest = strings.ReplaceAll(rest, p, " ")
	}
	for _, x := range w.res {
		if x.MayMatch(rest) { // else it would replace nothing
			rest = x.ReplaceAllString(rest, " ")
		}
	}
	if rest == strings.ToLower(q.Text) {
		return nil // the rule matched by a concept: nothing to cut
	}
	q.Text = rest
	o := c.rules.Match(q)
	if o == nil || o == rule || o.Reason != rule.Reason || o.OutsideRCPT != "" || o.Tier() > rules.TierPhrase {
		return nil
	}
	return o
}

// beforeGuesses returns the rule that decides the text before the first
// words of a rule that names no cause, when it is a vendor or phrase rule
// that names one; else nil.
func (c *Classifier) beforeGuesses(q rules.Query) *rules.Rule {
	low := strings.ToLower(q.Text)
	cut := -1
	for _, w := range c.guesses {
		for _, p := range w.phrases {
			if i := strings.Index(low, p); i >= 0 && (cut < 0 || i < cut) {
				cut = i
			}
		}
		for _, x := range w.res {
			// A guess ("your IP may be blacklisted") has its subject
			// before the modal verb: cut where its clause begins.
			if !x.MayMatch(low) {
				continue
			}
			if loc := x.FindStringIndex(low); loc != nil {
				if i := clauseStart(low, loc[0]); cut < 0 || i < cut {
					cut = i
				}
			}
		}
	}
	if cut <= 0 {
		return nil
	}
	q.Text = low[:cut]
	h := c.rules.Match(q)
	if h == nil || !h.Decisive() || h.Tier() > rules.TierPhrase {
		return nil
	}
	return h
}

// imsLine finds Exchange 5.5's Internet Mail Service line, which quotes
// the remote reply: "MSEXCH:IMS:org:site:server 3550 (000B099C) 550 …".
var imsLine = regexp.MustCompile(`msexch:ims:[^()\n]*? \d+ \([0-9a-f]{8}\) +[245]\d\d[ -]`)

// imsReply returns the rule that decides the SMTP reply an IMS line
// quotes, when it is a vendor or phrase rule that names a cause; else nil.
// A line without a reply code ("… (000C05A6) Unknown Recipient") is the
// IMS's own gloss and is left to the whole text.
func (c *Classifier) imsReply(q rules.Query) *rules.Rule {
	if !strings.Contains(q.Text, "MSEXCH:IMS") && !strings.Contains(strings.ToLower(q.Text), "msexch:ims") {
		return nil
	}
	low := strings.ToLower(q.Text)
	loc := imsLine.FindStringIndex(low)
	if loc == nil {
		return nil
	}
	q.Text = low[loc[1]-4:]
	h := c.rules.Match(q)
	if h == nil || !h.Decisive() || h.Tier() > rules.TierPhrase {
		return nil
	}
	return h
}

// clauseStart returns where the clause holding s[i] begins: after the
// last ". ", ", ", ": ", ";" or line break before i, or 0.
func clauseStart(s string, i int) int {
	start := 0
	for _, sep := range []string{". ", ", ", ": ", ";", "\n"} {
		if j := strings.LastIndex(s[:i], sep); j >= 0 && j+len(sep) > start {
			start = j + len(sep)
		}
	}
	return start
}

// gloss returns the rule that the words of a Status comment decide, when
// they name a cause by themselves (a phrase, not "permanent failure").
func (c *Classifier) gloss(comment, status string) *rules.Rule {
	if comment == "" {
		return nil
	}
	g := c.rules.Match(rules.Query{Text: comment, Status: status})
	if g == nil || g.Tier() != rules.TierPhrase || !g.Decisive() {
		return nil
	}
	return g
}

// adjust weighs what the words said against when and how the server said
// it. The rules judge the words; the SMTP conversation can change their
// meaning.
func adjust(reason record.Reason, status, command string, words bool) record.Reason {
	class := smtpcode.Class(status)
	switch reason {
	case record.UserUnknown:
		// Recipients are checked at RCPT. A verdict from codes alone
		// after DATA without an address status (X.1.x), or any verdict
		// with a mailbox status (X.2.0, X.2.1) not said at RCPT, is a
		// filter at the receiver speaking, not a missing mailbox. (Bare
		// words were weighed by their rule's outside_rcpt already.)
		addressStatus := isAddressStatus(status)
		if command == "DATA" && !addressStatus && !words || command != "RCPT" && (strings.HasSuffix(status, ".2.0") || strings.HasSuffix(status, ".2.1")) {
			return record.Filtered
		}
	case record.HostUnknown:
		// A temporary DNS failure: the domain may resolve tomorrow.
		if class == '4' {
			return record.NetworkError
		}
	}
	if command == "MAIL" && (reason == record.UserUnknown || reason == record.HostUnknown) {
		// At MAIL FROM the server has seen no recipient yet: the unknown
		// user or domain is the sender's.
		return record.Rejected
	}
	if (command == "CONN" || command == "HELO") && isContentReason(reason) {
		// Refused before a word of the message was sent: whatever the
		// words say of spam or content, the receiver judged the
		// connecting host ("554 … Comcast block for spam" at connect).
		return record.Blocked
	}
	if words && !reason.Vague() {
		return reason // the server's words named a cause: keep it
	}
	switch {
	case (command == "CONN" || command == "HELO") && isVagueRefusal(reason):
		// Refused at the greeting, before a word of the message was
		// sent: the receiver judged the connecting host.
		return record.Blocked
	case command == "MAIL" && (isVagueRefusal(reason) || reason == record.Filtered):
		// Refused at MAIL FROM: the sender address is what was refused.
		return record.Rejected
	}
	return reason
}

// temporary tells whether the failure was reported as temporary: a 4.x.x
// status, or a 4xx reply when there is no status.
func temporary(status, reply string) bool {
	if status != "" {
		return smtpcode.Class(status) == '4'
	}
	return len(reply) == 3 && reply[0] == '4'
}

// isAddressStatus tells whether an enhanced status is about the address
// (subject 1: X.1.x).
func isAddressStatus(status string) bool {
	return len(status) > 2 && strings.HasPrefix(status[1:], ".1.")
}

// isContentReason tells whether a reason is a judgement of the message's
// content, which a receiver can only make after DATA.
func isContentReason(reason record.Reason) bool {
	switch reason {
	case record.SpamDetected, record.VirusDetected, record.ContentError, record.PolicyViolation:
		return true
	}
	return false
}

// isVagueRefusal tells whether a reason says no more than "refused".
func isVagueRefusal(reason record.Reason) bool {
	switch reason {
	case record.OnHold, record.Undefined, record.PolicyViolation, record.SecurityError, record.Rejected, record.SystemError:
		return true
	}
	return false
}

// effectiveStatus prefers the diagnostic's enhanced code when the Status
// field only gives the class (X.0.0) and the server said more.
func effectiveStatus(status, diagnostic string) string {
	d := smtpcode.FindStatus(diagnostic)
	switch {
	case status == "":
		return d
	case d != "" && strings.HasSuffix(status, ".0.0") && d[0] == status[0] && !strings.HasSuffix(d, ".0.0"):
		return d
	}
	return status
}

func hosts(list ...string) []string {
	var out []string
	for _, h := range list {
		if h != "" {
			out = append(out, strings.ToLower(strings.Trim(h, "[] .")))
		}
	}
	return out
}

// domainOf returns the domain of an address: the bounce's From names the
// system that wrote it (MAILER-DAEMON@smtpbg58.qq.com).
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
