package parser

import (
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
	markers            []string // original markers without decoration
	markerBytes        [][]byte // markers as bytes, for lines on the stack

	// Every line of every notice is tried as boilerplate or a closing:
	// the first letters (an ASCII byte with its case bit set) let most
	// lines pass without lower-casing them.
	boilerplate       []string
	boilerplateStarts [256]bool
	closings          []string
	closingStarts     [256]bool
	guesses           []string
	guessStarts       [256]bool
	leadIns           []string
	leadInNeedles     []needle
}

var (
	books       sync.Map // *signs.Signs → *book
	defaultBook = sync.OnceValue(func() *book { return bookOf(signs.Default()) })
)

// bookOf returns the compiled book of s (signs.Default() when nil),
// compiling it on first use.
func bookOf(s *signs.Signs) *book {
	if s == nil {
		s = signs.Default()
	}
	if b, ok := books.Load(s); ok {
		return b.(*book)
	}
	b, _ := books.LoadOrStore(s, compileBook(s))
	return b.(*book)
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
		leadIns:           s.Words(signs.LeadIns),
		leadInNeedles:     needles(s.Words(signs.LeadIns)),
	}
	for _, w := range b.boilerplate {
		b.boilerplateStarts[w[0]] = true
	}
	for _, w := range b.closings {
		b.closingStarts[w[0]] = true
	}
	for _, w := range b.guesses {
		b.guessStarts[w[0]] = true
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
	for _, m := range s.Words(signs.OriginalMarkers) {
		m = strings.Trim(m, signs.MarkerDecoration)
		b.markers = append(b.markers, m)
		b.markerBytes = append(b.markerBytes, []byte(m))
	}
	return b
}

func needles(words []string) []needle {
	out := make([]needle, len(words))
	for i, w := range words {
		out[i] = newNeedle(w)
	}
	return out
}
