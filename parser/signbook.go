package parser

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/signs"
)

// book is a signs.Signs made ready for matching: the parser's code says
// how a sign is used, the book (from signs/default.yaml and users'
// `signs:` sections) which words it is. It is built once per Signs.
type book struct {
	signatures     []signature
	signatureWords [][]needle // parallel to signatures

	delay, undelivered []needle // searched in whole notices
	gaveUp             []string
	bounceSubjects     []string
	weakSubjects       []string
	mailNames          []string
	mailboxes          []string
	autoReplyFields    []string
	autoReplyPrefixes  []string
	autoReplyWords     []string
	machineFields      []string
	listRefusal        []string
	listHeld           []string
	accountNotices     []string
	markers            []string   // original and bare markers without decoration
	markerBytes        [][]byte   // markers as bytes, for lines on the stack
	markerBare         []bool     // parallel to markers: a bare marker
	markerStarts       [256]bool  // the first bytes of the markers
	markersByStart     [256][]int // indexes of the markers, by first byte
	emptyMarker        bool       // a marker that was all decoration
	markerFollowers    []string
	replyPrefixes      []string
	forwardPrefixes    []string
	messageWords       []string

	// Automatic replies and challenge-response robots (assemble.go).
	robotLocals    []string
	challengeWords []string
	senderCheck    []string
	absence        []string
	headerlessOOF  []string
	credentialAsks []string
	subjectLabels  []string
	fieldLabels    []string
	yourMessage    []string

	wentOn      []string // success wordings (bounce_signs.go)
	listKeepers []string // who holds a post (listmanager.go)

	// Addresses a notice names that are no failed recipient
	// (freetext_recipients.go, notice_prose.go).
	failureVerbs      []string
	placeholderLocals []string
	cjkSuggestions    []string
	cjkEnds           [256]bool // the last bytes of cjkSuggestions
	senderContexts    []string
	aliasOrigins      []string
	recipientFields   []string
	ticketNotices     []string
	ticketIDLabels    []string
	suggestions       []string
	helpLeads         []string
	deliveredHeadings []string // delivered_headings: a list of the recipients a message reached
	contactWords      []string
	contactStarts     [256]bool // the first bytes of contactWords
	pastForms         []string
	roleMailboxes     map[string]bool

	// Every line of every notice is tried as boilerplate, a closing and
	// a guess list.
	boilerplate   lineStarts
	closings      lineStarts
	guesses       lineStarts
	leadIns       []string
	leadInNeedles []needle
}

var defaultBook = sync.OnceValue(func() *book { return bookOf(signs.Default()) })

// bookOf returns the compiled book of s (signs.Default() when nil),
// compiling it on first use. The book is kept in s itself, so it lives
// as long as s does: rules reloaded by a server drop both.
func bookOf(s *signs.Signs) *book {
	if s == nil {
		s = signs.Default()
	}
	return s.Compiled(func(s *signs.Signs) any { return compileBook(s) }).(*book)
}

// foldASCII lower-cases an ASCII letter and leaves every other byte as
// it is ('[' stays '[', where c|0x20 would make it '{').
func foldASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func compileBook(s *signs.Signs) *book {
	b := &book{
		delay:             needles(s.Words(signs.Delay)),
		undelivered:       needles(s.Words(signs.Undelivered)),
		gaveUp:            s.Words(signs.GaveUp),
		bounceSubjects:    s.Words(signs.BounceSubjects),
		weakSubjects:      s.Words(signs.WeakBounceSubjects),
		mailNames:         s.Words(signs.MailSystemNames),
		mailboxes:         s.Words(signs.MailSystemMailboxes),
		autoReplyFields:   s.Words(signs.AutoReplyFields),
		autoReplyPrefixes: s.Words(signs.AutoReplySubjectPrefixes),
		autoReplyWords:    s.Words(signs.AutoReplySubjectWords),
		machineFields:     s.Words(signs.MachineMadeFields),
		listRefusal:       s.Words(signs.ListRefusal),
		listHeld:          s.Words(signs.ListHeld),
		accountNotices:    s.Words(signs.AccountNotices),
		leadIns:           slices.Concat(s.Words(signs.LeadIns), s.Words(signs.TranscriptLeadIns)),
		markerFollowers:   s.Words(signs.MarkerFollowers),
		replyPrefixes:     s.Words(signs.ReplyPrefixes),
		forwardPrefixes:   s.Words(signs.ForwardPrefixes),
		messageWords:      s.Words(signs.MessageWords),
		robotLocals:       s.Words(signs.RobotMailboxes),
		challengeWords:    s.Words(signs.ChallengeWords),
		senderCheck:       s.Words(signs.SenderCheck),
		absence:           s.Words(signs.Absence),
		headerlessOOF:     s.Words(signs.HeaderlessAutoReplyPrefixes),
		credentialAsks:    s.Words(signs.CredentialRequests),
		subjectLabels:     s.Words(signs.SubjectLabels),
		fieldLabels:       s.Words(signs.OriginalFieldLabels),
		deliveredHeadings: s.Words(signs.DeliveredHeadings),
		yourMessage:       s.Words(signs.YourMessage),
		wentOn:            s.Words(signs.WentOn),
		listKeepers:       s.Words(signs.ListKeepers),
		failureVerbs:      s.Words(signs.FailureVerbs),
		placeholderLocals: s.Words(signs.PlaceholderMailboxes),
		cjkSuggestions:    s.Words(signs.CJKSuggestions),
		senderContexts:    s.Words(signs.SenderContext),
		aliasOrigins:      s.Words(signs.AliasOrigins),
		recipientFields:   s.Words(signs.RecipientFields),
		ticketNotices:     s.Words(signs.TicketNotices),
		ticketIDLabels:    s.Words(signs.TicketIDLabels),
		suggestions:       s.Words(signs.Suggestions),
		helpLeads:         s.Words(signs.HelpLeads),
		contactWords:      s.Words(signs.ContactAfter),
		pastForms:         s.Words(signs.PastForms),
		roleMailboxes:     map[string]bool{},
	}
	for _, w := range b.cjkSuggestions {
		b.cjkEnds[w[len(w)-1]] = true
	}
	for _, w := range b.contactWords {
		b.contactStarts[w[0]] = true
	}
	for _, w := range s.Words(signs.RoleMailboxes) {
		b.roleMailboxes[w] = true
	}
	b.leadInNeedles = needles(b.leadIns)
	b.boilerplate = newLineStarts(s.Words(signs.Boilerplate))
	b.closings = newLineStarts(s.Words(signs.Closings))
	b.guesses = newLineStarts(s.Words(signs.Guesses))
	for _, sig := range s.Signatures {
		ev := bounceSign
		switch sig.Evidence {
		case signs.Sender:
			ev = senderSign
		case signs.Stamp:
			ev = stampSign
		}
		b.signatures = append(b.signatures, signature{vendor: sig.Vendor, header: sig.Header, words: sig.Words, needs: sig.Needs, evidence: ev})
		b.signatureWords = append(b.signatureWords, needles(sig.Words))
	}
	addMarker := func(m string, bare bool) {
		m = strings.Trim(m, signs.MarkerDecoration)
		b.markers = append(b.markers, m)
		b.markerBytes = append(b.markerBytes, []byte(m))
		b.markerBare = append(b.markerBare, bare)
		if m == "" {
			b.emptyMarker = true
		} else {
			b.markerStarts[m[0]] = true
			b.markersByStart[m[0]] = append(b.markersByStart[m[0]], len(b.markers)-1)
		}
	}
	for _, m := range s.Words(signs.OriginalMarkers) {
		addMarker(m, false)
	}
	addMarker(mimeMarker, false)
	for _, m := range s.Words(signs.BareMarkers) {
		addMarker(m, true)
	}
	return b
}

// mimeMarker opens a returned message that a notice pastes into its text
// with the MIME header of the part it once was: MIME grammar, not a
// notice's wording.
const mimeMarker = "content-type: message/rfc822"

func needles(words []string) []needle {
	out := make([]needle, len(words))
	for i, w := range words {
		out[i] = newNeedle(w)
	}
	return out
}

// lineStarts are words a line may begin with (lower-case), tried on
// every line of a notice, so the test is cheap: the words' first bytes
// (ASCII folded by foldASCII on both sides) let most lines pass untouched,
// and only the head of a line that may match is lower-cased.
type lineStarts struct {
	words  []string
	starts [256]bool
	head   int // bytes of a line to lower-case: enough for the longest word
}

func newLineStarts(words []string) lineStarts {
	ls := lineStarts{words: words}
	for _, w := range words {
		ls.starts[foldASCII(w[0])] = true
		// Lower-casing can shrink a character to a third of its bytes
		// (the Kelvin sign to "k"): three times the longest word, and a
		// character more, always covers it.
		ls.head = max(ls.head, 3*len(w)+utf8.UTFMax)
	}
	return ls
}

// match tells whether the trimmed line begins with one of the words.
func (ls *lineStarts) match(l string) bool {
	if l == "" || l[0] < utf8.RuneSelf && !ls.starts[foldASCII(l[0])] {
		return false
	}
	l = lower(l[:min(len(l), ls.head)])
	for _, w := range ls.words {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}
