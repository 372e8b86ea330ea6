package parser

import (
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/signs"
)

// signature recognises an MTA's or provider's bounce (a signs.Signature,
// compiled): a header field that holds one of the words, or (header "")
// notice text that does. Matching
// is on lower-cased text; an empty word matches any value of the field.
// With needs set, the message must also have that field. evidence says
// what the signature tells beyond the vendor's name.
type signature struct {
	vendor   string
	header   string
	words    []string
	needs    string
	evidence evidence
}

// evidence is what a signature says about a message being a bounce.
type evidence int

const (
	// bounceSign: only bounces carry it (an MTA's notice wording).
	bounceSign evidence = iota
	// senderSign: the provider wrote the message (its From domain), and
	// it sends newsletters and account notices from there too; with
	// words that say a message was not delivered, it is the provider's
	// own bounce.
	senderSign
	// stampSign: a relay's header or a product named in the text, found
	// on any message that passed through: no evidence of a bounce.
	stampSign
)

// detectVendor names the MTA or provider whose bounce this is, and what
// its signature says of the message being one; lowNotice is the notice
// lower-cased.
func (b *book) detectVendor(h *mime.Header, lowNotice string) (vendor string, ev evidence) {
	text := lowNotice
	if len(text) > 16384 {
		text = text[:16384]
	}
	fromDomain := ""
	if a := addressOf(h.Get("From")); a != "" {
		fromDomain = a[strings.LastIndexByte(a, '@')+1:]
	}
	// Several signatures read the same field: lower-case each field once.
	var hays [8]struct {
		name, hay string
		ok        bool
	}
	nhays := 0
	for si, s := range b.signatures {
		if s.needs != "" && h.Get(s.needs) == "" {
			continue
		}
		hay := text
		if s.header != "" {
			i := 0
			for i < nhays && hays[i].name != s.header {
				i++
			}
			ok := false
			if i < nhays {
				hay, ok = hays[i].hay, hays[i].ok
			} else {
				hay, ok = fieldHay(h, s.header)
				if nhays < len(hays) {
					hays[nhays].name, hays[nhays].hay, hays[nhays].ok = s.header, hay, ok
					nhays++
				}
			}
			if !ok {
				continue
			}
		}
		for wi, w := range s.words {
			if b.signatureWords[si][wi].in(hay) || s.header == "From" && signs.DomainIs(fromDomain, w) {
				return s.vendor, s.evidence
			}
		}
	}
	return "", stampSign
}

// needle is a word to search for by its rarest byte: strings.Contains
// looks for the first byte, and the words of notices mostly begin with
// letters as common as 't' ("this is the …"), which makes it stop and
// compare at every other word of a long notice.
type needle struct {
	s string
	k int // index of the rarest byte of s
}

// byteCommonness orders bytes from common to rare in English notices;
// bytes not listed are rarer still.
const byteCommonness = " etaoinsrhldcu-.mfpgwyb0123456789vk:xjqz"

func newNeedle(s string) needle {
	n := needle{s: s}
	best := -1
	for i := 0; i < len(s); i++ {
		rank := strings.IndexByte(byteCommonness, s[i])
		if rank < 0 {
			rank = len(byteCommonness)
		}
		if rank > best {
			best, n.k = rank, i
		}
	}
	return n
}

// in tells whether hay contains the needle, as strings.Contains does.
func (n needle) in(hay string) bool {
	if n.s == "" {
		return true
	}
	c := n.s[n.k]
	for i := 0; ; {
		j := strings.IndexByte(hay[i:], c)
		if j < 0 {
			return false
		}
		start := i + j - n.k
		if start >= 0 && start+len(n.s) <= len(hay) && hay[start:start+len(n.s)] == n.s {
			return true
		}
		i += j + 1
	}
}

// fieldHay is the text of every named field, lower-cased and RFC 2047
// words decoded; false when the message has no such field.
func fieldHay(h *mime.Header, name string) (string, bool) {
	vals := h.Values(name)
	if len(vals) == 0 {
		return "", false
	}
	hay := lower(strings.Join(vals, "\n"))
	if strings.Contains(hay, "=?") {
		hay = lower(headerText(h, name))
	}
	return hay, true
}
