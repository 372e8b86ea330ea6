package parser

import (
	"bufio"
	"errors"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/bounce-analyzer/bounce/signs"
)

// CheckSigns runs every example and counter-example of s (the defaults
// and every user's section merged over them) through the parser's own
// compiled matching, the code that reads messages: signs.Parse checks
// each file against signs.Match, which knows the kind of a list but not
// how the parser uses it (a mailbox name counts only in the address, a
// bare original marker only at the end of its line). An example the
// parser does not recognise, or a counter-example it does, is an error
// naming the list or signature; all are joined. checked counts the
// examples and counter-examples run.
//
// rules.Load cannot run it (rules knows no parser): whoever loads users'
// signs does (the bounce command, before it reads any message).
func CheckSigns(s *signs.Signs) (checked int, err error) {
	if s == nil {
		s = signs.Default()
	}
	b := bookOf(s)
	var errs []error
	for i, sig := range s.Signatures {
		// Only this signature: an earlier one may claim the example.
		one := &book{signatures: b.signatures[i : i+1], signatureWords: b.signatureWords[i : i+1]}
		check := func(ex string, want bool) {
			checked++
			lines := []string{"Subject: x"}
			lowNotice := ""
			if sig.Header == "" {
				lowNotice = lower(ex)
			} else {
				lines = []string{sig.Header + ": " + ex}
			}
			if sig.Needs != "" {
				lines = append(lines, sig.Needs+": 1")
			}
			v, _ := one.detectVendor(headerOfLines(lines...), lowNotice)
			if got := v == sig.Vendor; got != want {
				errs = append(errs, signError(sig.Source, sig.Line, "signature "+sig.Vendor, ex, want))
			}
		}
		for _, ex := range sig.Examples {
			check(ex, true)
		}
		for _, ex := range sig.Not {
			check(ex, false)
		}
		// A field signature's examples cannot fail when its word is ""
		// (any value): the message without the field, or without the
		// field it needs, must then not be taken for the vendor's.
		if sig.Header != "" && len(sig.Examples) > 0 {
			without := [][]string{{"Subject: x", sig.Needs + ": 1"}}
			if sig.Needs == "" {
				without[0] = without[0][:1]
			} else {
				without = append(without, []string{sig.Header + ": " + sig.Examples[0]})
			}
			for _, lines := range without {
				checked++
				if v, _ := one.detectVendor(headerOfLines(lines...), ""); v == sig.Vendor {
					errs = append(errs, fmt.Errorf("%s:%d: signs: signature %s: a message with only %q is taken for the vendor's", sig.Source, sig.Line, sig.Vendor, strings.Join(lines, "; ")))
				}
			}
		}
	}
	// A default example the defaults keep but s does not lost what it
	// relied on to a user's change. After a user's remove: (of this list
	// or of one the parser reads with it: past_forms needs contact_after)
	// it is dropped, as Merge drops a default example of the list itself;
	// otherwise the error names the user's words as the cause.
	var defaults [signs.NumLists]func(string) bool
	if s != signs.Default() {
		defaults = bookOf(signs.Default()).listChecks()
	}
	removed := removals(s)
	for l, recognises := range b.listChecks() {
		key := signs.Lists[l].Key
		examples, not := s.Examples(signs.List(l))
		exAt, notAt := s.ExamplePlaces(signs.List(l))
		for i, ex := range examples {
			if recognises(ex) {
				checked++
				continue
			}
			at := placeOf(exAt, i)
			if at.File == signs.DefaultSource && defaults[l] != nil && defaults[l](ex) {
				if removed != "" {
					continue // dropped: the user's remove: took out what it needs
				}
				errs = append(errs, fmt.Errorf("%s: signs: %s: default example %q no longer holds with the user's words", at, key, ex))
				checked++
				continue
			}
			checked++
			errs = append(errs, signError(at.File, at.Line, key, ex, true))
		}
		for i, ex := range not {
			checked++
			if !recognises(ex) {
				continue
			}
			at := placeOf(notAt, i)
			if at.File == signs.DefaultSource && defaults[l] != nil && !defaults[l](ex) {
				cause := "with the user's words"
				if removed != "" {
					cause = "after " + removed
				}
				errs = append(errs, fmt.Errorf("%s: signs: %s: default counter-example %q is recognised by the parser %s", at, key, ex, cause))
				continue
			}
			errs = append(errs, signError(at.File, at.Line, key, ex, false))
		}
	}
	return checked, errors.Join(errs...)
}

// placeOf is places[i], or no place when s was made without them.
func placeOf(places []signs.Place, i int) signs.Place {
	if i < len(places) {
		return places[i]
	}
	return signs.Place{}
}

// removals names users' remove: entries of s ("remove: [w] of list in
// file:line; …"), "" when there are none.
func removals(s *signs.Signs) string {
	var parts []string
	for l := range signs.NumLists {
		words, at := s.Removals(l)
		for i, w := range words {
			parts = append(parts, fmt.Sprintf("remove: [%s] of %s in %s", w, signs.Lists[l].Key, placeOf(at, i)))
		}
	}
	return strings.Join(parts, "; ")
}

func signError(source string, line int, what, ex string, want bool) error {
	where := "signs: "
	if source != "" && line == 0 {
		where = source + ": signs: "
	} else if source != "" {
		where = fmt.Sprintf("%s:%d: signs: ", source, line)
	}
	if want {
		return fmt.Errorf("%s%s: example %q is not recognised by the parser", where, what, ex)
	}
	return fmt.Errorf("%s%s: counter-example %q is recognised by the parser", where, what, ex)
}

// listChecks gives, for every list, the parser's use of it on one
// example: a text, a header line or a subject, as the list's kind says.
func (b *book) listChecks() [signs.NumLists]func(string) bool {
	machine := headerOfLines("X-Auto-Response-Suppress: All")
	bulk := headerOfLines("Precedence: bulk")
	none := headerOfLines("Subject: x")
	robot := headerOfLines("From: noreply@example.com")
	// An example of a list of what makes an auto-reply answer a message,
	// read as the text of an auto-reply whose subject says nothing.
	answers := func(ex string) bool { return b.answers(none, "x", lower(ex)) }
	return [signs.NumLists]func(string) bool{
		signs.Delay:                    func(ex string) bool { return b.isDelayNotice(lower(ex), "") },
		signs.GaveUp:                   func(ex string) bool { return b.saysGaveUp([]string{ex}) },
		signs.Undelivered:              func(ex string) bool { return b.saysUndelivered(lower(ex)) },
		signs.BounceSubjects:           b.bounceSubject,
		signs.WeakBounceSubjects:       b.weakBounceSubject,
		signs.MailSystemNames:          b.mailSystemSender,
		signs.MailSystemMailboxes:      b.mailSystemSender,
		signs.AutoReplyFields:          func(ex string) bool { return b.isAutoReply(headerOfLines(ex), "hello") },
		signs.AutoReplySubjectPrefixes: func(ex string) bool { return b.isAutoReply(machine, ex) },
		signs.AutoReplySubjectWords:    func(ex string) bool { return b.isAutoReply(bulk, ex) },
		signs.MachineMadeFields:        func(ex string) bool { return b.machineMade(headerOfLines(ex)) },
		signs.ListRefusal:              func(ex string) bool { return containsAny(lower(ex), b.listRefusal) },
		signs.ListHeld:                 func(ex string) bool { return containsAny(lower(ex), b.listHeld) },
		signs.OriginalMarkers:          b.isOriginalMarker,
		signs.Boilerplate:              b.isBoilerplate,
		signs.Closings:                 b.isClosing,
		signs.Guesses:                  b.isGuessList,
		signs.LeadIns:                  func(ex string) bool { return b.hasLeadIn(lower(ex)) },
		signs.AccountNotices:           func(ex string) bool { return containsAny(lower(ex), b.accountNotices) },
		// A reply prefix makes a reply of a subject, and an answer of an
		// auto-reply's.
		signs.ReplyPrefixes: func(ex string) bool {
			return b.isReplySubject(lower(strings.TrimSpace(ex))) && b.answers(none, ex, "")
		},
		signs.MessageWords:      func(ex string) bool { return containsAny(lower(ex), b.messageWords) },
		signs.BareMarkers:       b.isOriginalMarker,
		signs.MarkerFollowers:   func(ex string) bool { return b.bareMarkerEnds(" " + lower(strings.TrimSpace(ex))) },
		signs.ForwardPrefixes:   func(ex string) bool { return b.isReplySubject(lower(strings.TrimSpace(ex))) },
		signs.TranscriptLeadIns: func(ex string) bool { return b.hasLeadIn(lower(ex)) },
		signs.RobotMailboxes:    b.robotSender,
		signs.ChallengeWords:    func(ex string) bool { return containsAny(lower(ex), b.challengeWords) },
		// A sender check makes an auto-reply an answer from a robot only.
		signs.SenderCheck: func(ex string) bool { return b.answers(robot, "x", lower(ex)) && !answers(ex) },
		signs.Absence:     answers,
		signs.YourMessage: answers,
		signs.WentOn:      func(ex string) bool { return b.saysWentOn(lower(ex)) },
		signs.ListKeepers: func(ex string) bool { return b.heldForModerator("Your mail is being held", lower(ex)) },
		// A failure verb between "please send" and "to" makes it no request.
		signs.FailureVerbs:         func(ex string) bool { return !b.pleaseSendTo("Please send " + ex + " to") },
		signs.PlaceholderMailboxes: b.placeholderAddress,
		signs.CJKSuggestions:       b.cjkSuggested,
		signs.SenderContext:        b.senderContext,
		signs.AliasOrigins:         b.aliasOrigin,
		signs.TicketIDLabels:       func(ex string) bool { return b.namesTicketID(lower(ex)) },
		signs.TicketNotices:        func(ex string) bool { return containsAny(lower(ex), b.ticketNotices) || loggedRequest(lower(ex)) },
		signs.RecipientFields:      func(ex string) bool { return b.providerRecipient(headerOfLines(ex)) != "" },
		signs.Suggestions:          b.suggested,
		signs.HelpLeads:            b.helpLine,
		signs.ContactAfter:         func(ex string) bool { return b.contactAfter(ex, nil) },
		// A past form after a contact word leaves the address a recipient.
		signs.PastForms: func(ex string) bool { return hasPrefixAny(ex, b.contactWords) && !b.contactAfter(ex, nil) },
		// The subject counts only with absence in the text.
		signs.HeaderlessAutoReplyPrefixes: func(ex string) bool {
			return b.headerlessOutOfOffice(ex, "i am out of the office until monday.") && !b.headerlessOutOfOffice(ex, "the invoice is attached.")
		},
		signs.CredentialRequests:  func(ex string) bool { return containsAny(lower(ex), b.credentialAsks) },
		signs.SubjectLabels:       b.quotesSubject,
		signs.OriginalFieldLabels: b.quotesField,
		signs.DeliveredHeadings:   b.deliveredHeading,
		// A role mailbox is a mention in a reply's prose, not its recipient.
		signs.RoleMailboxes: func(ex string) bool {
			line := "550 5.7.1 Message refused as spam, contact " + ex
			return b.mentionInReply([]string{line}, 0, len(line)-len(ex), ex, false)
		},
	}
}

// headerOfLines reads a header block made of lines (an example's field).
func headerOfLines(lines ...string) *mime.Header {
	h, _ := mime.ReadHeader(bufio.NewReader(strings.NewReader(strings.Join(lines, "\r\n")+"\r\n\r\n")), 1<<16, mime.GetBuffer())
	return &h
}
