package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// listRefusal reads a list manager's notice (Mailman, fml) that it
// refused a post: the list is the recipient that did not take the
// message. Only the manager's own notices count (Mailman 2 and 3 mark them
// X-List-Administrivia; fml sends them from the list's -admin address),
// never a post or digest that quotes such words.
func (w *walker) listRefusal(m *Message, h *mime.Header, notice string) {
	from := lower(addressOf(h.Get("From")))
	admin := lower(strings.TrimSpace(h.Get("X-List-Administrivia"))) == "yes" ||
		h.Get("X-MLServer") != "" && listAdminAddress(from) || listRobot(from) || listRequestAddress(from)
	if !admin || strings.Contains(lower(m.Subject), "digest") {
		return
	}
	var refusal string
	for _, l := range strings.Split(notice, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), ">") {
			continue
		}
		low := lower(l)
		for _, word := range w.sb.listHeld {
			if strings.Contains(low, word) {
				return
			}
		}
		if refusal == "" {
			for _, word := range w.sb.listRefusal {
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
	if local, domain, ok := strings.Cut(from, "@"); list == "" && ok && listRequestAddress(from) {
		// The notice comes from the list's own -request alias.
		list = strings.TrimSuffix(local, "-request") + "@" + domain
	}
	if list == "" && w.orig != nil {
		// The refused post comes back whole: it was sent to the list.
		list = w.listOfPost(m, from, notice)
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
	diag, reply, status, cmd := w.sb.diagnosticOf(w.sb.noticeLines(notice))
	m.Recipients = []Recipient{{Address: list, Action: "failed", Diagnostic: diag, ReplyCode: reply, Status: status, Command: cmd}}
}

// listOfPost returns the list a returned post was sent to: of its To and
// Cc addresses, the one at the list manager's domain (from's), else the
// one the notice names; its only recipient when it has one. A post sent
// "To: alice@…, Cc: list@…" names no one who failed in alice.
func (w *walker) listOfPost(m *Message, from, notice string) string {
	var rcpts []string
	for _, a := range findAddresses(w.orig.Get("To") + "\n" + w.orig.Get("Cc")) {
		if a = lower(normalizeAddress(a)); a != "" && a != lower(m.To) {
			rcpts = append(rcpts, a)
		}
	}
	_, domain, _ := strings.Cut(from, "@")
	for _, a := range rcpts {
		if _, d, _ := strings.Cut(a, "@"); domain != "" && d == domain {
			return a
		}
	}
	low := lower(notice)
	for _, a := range rcpts {
		if strings.Contains(low, a) {
			return a
		}
	}
	if len(rcpts) <= 1 && m.Original.To != "" && !strings.EqualFold(m.Original.To, m.To) {
		return m.Original.To
	}
	return ""
}

// listRobot tells whether an address is a list server's own robot
// (sympa@, listserv@), which sends only notices, never posts.
func listRobot(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	return local == "sympa" || local == "listserv"
}

// listRequestAddress tells whether an address is a list's -request
// alias, from which Sympa, Majordomo and LISTSERV send their answers
// (refusals among them) even without list headers; a person's mailbox
// is never called so.
func listRequestAddress(addr string) bool {
	local, _, _ := strings.Cut(addr, "@")
	return strings.HasSuffix(local, "-request")
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

// heldForModerator tells whether a notice (or its subject) says a list
// manager holds a post for its moderator or editor (Mailman's "awaits
// moderator approval", LISTSERV's "held for the editor"): no failure and
// no reply of a person, whatever Auto-Submitted says. It must name a
// moderator, an editor or a list (the book's list_keepers): "your mail
// is being held until I return" is a person's auto-reply.
func (b *book) heldForModerator(subject, lowNotice string) bool {
	s := lower(subject)
	if !containsAny(lowNotice, b.listHeld) && !containsAny(s, b.listHeld) {
		return false
	}
	return containsAny(lowNotice, b.listKeepers) || containsAny(s, b.listKeepers)
}
