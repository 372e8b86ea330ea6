package parser

import (
	"slices"
	"strings"
	"sync"

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
	markers            []string // original and bare markers without decoration
	markerBytes        [][]byte // markers as bytes, for lines on the stack
	markerBare         []bool   // parallel to markers: a bare marker
	markerFollowers    []string
	replyPrefixes      []string
	messageWords       []string

	// Every line of every notice is tried as boilerplate or a closing:
	// the first bytes of the words (ASCII lower-cased by foldASCII, on
	// both sides) let most lines pass without lower-casing them.
	boilerplate       []string
	boilerplateStarts [256]bool
	closings          []string
	closingStarts     [256]bool
	guesses           []string
	guessStarts       [256]bool
	leadIns           []string
	leadInNeedles     []needle
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
		boilerplate:       s.Words(signs.Boilerplate),
		closings:          s.Words(signs.Closings),
		guesses:           s.Words(signs.Guesses),
		leadIns:           slices.Concat(s.Words(signs.LeadIns), transcriptLeadIns),
		markerFollowers:   s.Words(signs.MarkerFollowers),
		replyPrefixes:     s.Words(signs.ReplyPrefixes),
		messageWords:      s.Words(signs.MessageWords),
	}
	b.leadInNeedles = needles(b.leadIns)
	for _, w := range b.boilerplate {
		b.boilerplateStarts[foldASCII(w[0])] = true
	}
	for _, w := range b.closings {
		b.closingStarts[foldASCII(w[0])] = true
	}
	for _, w := range b.guesses {
		b.guessStarts[foldASCII(w[0])] = true
	}
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

// transcriptLeadIns introduce the remote server's reply in a qmail
// transcript ("mx.example.org did not like our RCPT TO: 550 no such
// user"): the format names the SMTP stage, it is no wording a user would
// change. They are read after the book's lead-ins.
var transcriptLeadIns = []string{
	"did not like our rcpt to:",
	"did not like our mail from:",
	"did not like our final data:",
	"did not like our data:",
	"did not like our greeting",
}

func needles(words []string) []needle {
	out := make([]needle, len(words))
	for i, w := range words {
		out[i] = newNeedle(w)
	}
	return out
}
