package parser

import (
	"strings"
	"unicode"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// freeText reads a bounce that has no delivery-status part.
func (w *walker) freeText(m *Message, h *mime.Header, notice, lowNotice string) {
	if w.sb.isListTraffic(h) || isCronOutput(h, m.Subject) || isJournalReport(h) {
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
	recips, preamble := w.sb.freeTextRecipients(notice, exclude, nil)
	if len(recips) == 0 && m.To != "" && !strings.EqualFold(m.To, m.Original.From) {
		delete(exclude, lower(m.To))
		recips, preamble = w.sb.freeTextRecipients(notice, exclude, nil)
	}
	if len(recips) == 0 && m.Original.From != "" {
		// Sent to oneself (or forwarded back): the sender is also the
		// failed recipient. Believe it only where the notice lists the
		// address on a line of its own ("bob@example.com:"), as Exim,
		// Postfix and qmail list failures.
		delete(exclude, lower(m.To))
		delete(exclude, lower(m.Original.From))
		if r, p := w.sb.freeTextRecipients(notice, exclude, nil); len(r) == 1 && listedAlone(notice, r[0].addr) {
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
	if len(recips) == 0 || !w.looksLikeBounce(h, m, notice, lowNotice, len(failed) > 0) && !(w.orig != nil && w.sb.saysUndelivered(lowNotice)) {
		return
	}
	m.Kind = Bounce
	action := "failed"
	if w.sb.isDelayNotice(lowNotice, m.Subject) {
		action = "delayed"
	}
	shared := sharedReason(recips, preamble)
	var sharedRec *Recipient // the shared lines' reading, made once for the whole list
	for i, t := range recips {
		lines := t.lines
		if shared != nil && i < len(recips)-1 {
			lines = shared
		}
		if named := localPartReason(preamble, t.addr); named != nil && bare(withoutLabels(t.lines), t.addr) {
			// The notice gave the reason by the local part alone
			// (GroupWise's "lkoenig (user not found)") and listed the
			// full address apart, under a label of its own.
			lines = named
		} else if len(recips) == 1 && (thin(lines, t.addr) || !hasCode(lines) && (hasCode(preamble) || w.sb.saysGaveUp(preamble))) {
			// One recipient, and its own lines say nothing (or no code,
			// while the notice before names one or says the queue gave
			// up): what the notice said before naming it is about it.
			lines = append(append([]string{}, preamble...), lines...)
		}
		var rec Recipient
		if shared != nil && sharedRec != nil && len(lines) > 0 && &lines[0] == &shared[0] {
			rec = *sharedRec
		} else {
			diag, reply, status, cmd := w.sb.diagnosticOf(lines)
			rec = Recipient{RemoteMTA: remoteHost(lines), Action: action, Status: status, ReplyCode: reply, Diagnostic: diag, Command: cmd}
			if shared != nil && len(lines) > 0 && &lines[0] == &shared[0] {
				sharedRec = &rec
			}
		}
		rec.Address = t.addr
		m.Recipients = append(m.Recipients, rec)
		if len(m.Recipients) >= w.lim.MaxRecipients {
			w.warn("more than %d recipients: the rest were skipped", w.lim.MaxRecipients)
			m.Warnings = w.warnings
			break
		}
	}
}

// sharedReason returns the lines that give the one reason of a list of
// recipients named alone, one a line, with the reason after the list
// (MDaemon's "Delivery to the following recipients failed …", Exim's
// addresses grouped over one "host … said:"): what the notice says
// before the list and after its last address. nil when any recipient
// but the last has words or a code of its own, or when there is no list.
func sharedReason(recips []*textRecipient, preamble []string) []string {
	if len(recips) < 2 {
		return nil
	}
	for _, t := range recips[:len(recips)-1] {
		if !bare(t.lines, t.addr) {
			return nil
		}
	}
	// The last address's own line must be bare too: words or a code on
	// it ("bob@…: 550 5.1.1 user unknown") are its own reply, not the
	// list's. The reason is the few lines after it, capped so that a
	// long tail is not copied into every recipient.
	last := recips[len(recips)-1]
	var after []string
	seen := false
	for _, l := range last.lines {
		if !seen {
			if strings.Contains(lower(l), lower(last.addr)) {
				if !bare([]string{l}, last.addr) {
					return nil
				}
				seen = true
			}
			continue
		}
		if len(after) == maxSharedLines {
			break
		}
		after = append(after, l)
	}
	if !seen {
		return nil
	}
	if !hasCode(after) && !hasCode(preamble) {
		return nil
	}
	return append(append([]string{}, preamble...), after...)
}

// maxSharedLines caps the lines after a list's last address that give
// the list's shared reason (an Exchange notice's reason and its
// "Diagnostic information" block fit well within it).
const maxSharedLines = 20

// localPartReason finds the line of a notice that names a recipient by
// its local part alone with the reason in parentheses after it
// (GroupWise's "The message that you sent was undeliverable to the
// following: / lkoenig (user not found)", the full addresses listed
// below as "Possibly truncated original addressee"). nil when none does.
func localPartReason(preamble []string, addr string) []string {
	at := strings.LastIndexByte(addr, '@')
	if at <= 0 {
		return nil
	}
	local := addr[:at]
	for _, l := range preamble {
		t := strings.TrimSpace(l)
		if len(t) <= len(local) || !strings.EqualFold(t[:len(local)], local) {
			continue
		}
		rest := strings.TrimSpace(t[len(local):])
		if len(rest) > 2 && rest[0] == '(' && rest[len(rest)-1] == ')' && hasLetter(rest[1:len(rest)-1]) && !strings.ContainsAny(rest[1:len(rest)-1], "()") {
			return []string{t}
		}
	}
	return nil
}

// withoutLabels drops the lines that only label what follows them
// ("Possibly truncated original addressee:"): they say nothing of why.
func withoutLabels(lines []string) []string {
	var kept []string
	for _, l := range lines {
		if !strings.HasSuffix(strings.TrimSpace(l), ":") {
			kept = append(kept, l)
		}
	}
	return kept
}

// bare tells whether a recipient's lines hold nothing but its address
// (and marks around it): not a letter or digit of their own.
func bare(lines []string, addr string) bool {
	for _, l := range lines {
		l = strings.ReplaceAll(lower(l), lower(addr), "")
		for _, c := range l {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				return false
			}
		}
	}
	return true
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

// hasFailureCode tells whether lines give a reply code or status of a
// failure (4xx, 5xx, 4.x.x, 5.x.x): a notice that quotes only "250 2.0.0
// OK" reports no failure.
func hasFailureCode(lines []string) bool {
	for _, l := range lines {
		r, st := smtpcode.Find(l)
		if r != "" && (r[0] == '4' || r[0] == '5') || st != "" && (st[0] == '4' || st[0] == '5') {
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
