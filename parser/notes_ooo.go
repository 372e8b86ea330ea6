package parser

import "strings"

// notesAbsence is one language of Lotus Notes' (HCL Domino's) out-of-office
// agent: the subject it writes ("Jane Smith is out of the office.") and
// the fixed words of the body template it fills with the two dates ("I
// will be out of the office starting DATE and will not return until
// DATE."). The agent sets no Auto-Submitted and no Precedence, so these
// two signs together are what tells its reply from a person's mail.
type notesAbsence struct {
	subjectSuffix string   // lower case, without the closing period
	body          []string // lower case, all must appear
}

var notesAbsences = []notesAbsence{
	{" is out of the office", []string{"will be out of the office starting", "and will not return until"}},
	{" ist außer haus", []string{"ich werde ab", "nicht im büro sein", "ich kehre zurück am"}},
}

// notesOutOfOffice tells whether a message is Lotus Notes' out-of-office
// reply: its subject and its body template. The subject alone, or a
// person writing that he will be out of the office, is ordinary mail.
func (b *book) notesOutOfOffice(subject, lowNotice string) bool {
	s := strings.TrimSuffix(strings.TrimSpace(lower(subject)), ".")
	if b.isReplySubject(s) {
		return false
	}
	var text string
	for _, a := range notesAbsences {
		if !strings.HasSuffix(s, a.subjectSuffix) {
			continue
		}
		if text == "" {
			text = strings.Join(strings.Fields(lowNotice), " ") // the template wraps anywhere
		}
		all := true
		for _, w := range a.body {
			all = all && strings.Contains(text, w)
		}
		if all {
			return true
		}
	}
	return false
}

// headerlessOutOfOffice tells whether a message is the reply of an
// out-of-office agent that marks it only by its subject (Exchange
// 2000/2003's "Out of Office AutoReply: <subject>"): the program's fixed
// prefix, and the owner's text speaking of absence. Either alone is a
// person's mail ("Out of office: team rota", "I'll be on leave").
func (b *book) headerlessOutOfOffice(subject, lowNotice string) bool {
	s := lower(strings.TrimSpace(subject))
	if !hasPrefixAny(s, b.headerlessOOF) {
		return false
	}
	return containsAny(lowNotice, b.absence) || containsAny(lowNotice, b.autoReplyWords)
}
