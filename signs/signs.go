package signs

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// Evidence is what a signature says about a message being a bounce.
type Evidence int

const (
	// Bounce: only bounces carry the sign (an MTA's notice wording).
	Bounce Evidence = iota
	// Sender: the provider wrote the message (its From domain), and it
	// sends newsletters and account notices from there too; with words
	// that say a message was not delivered, it is the provider's bounce.
	Sender
	// Stamp: a relay's header or a product named in the text, found on
	// any message that passed through: it names the vendor, and is no
	// evidence of a bounce.
	Stamp
)

var evidenceNames = map[string]Evidence{"bounce": Bounce, "sender": Sender, "stamp": Stamp}

func (e Evidence) String() string {
	for n, v := range evidenceNames {
		if v == e {
			return n
		}
	}
	return "unknown"
}

// Signature recognises an MTA's or provider's message: a header field
// that holds one of the words or, with Header empty, notice text that
// does. An empty word matches any value of the field. A From signature
// whose word is "@domain" also matches addresses below that domain.
type Signature struct {
	Vendor   string
	Header   string // canonical field name; "" for the notice text
	Words    []string
	Needs    string // a field the message must also have; "" for none
	Evidence Evidence
	Examples []string
	Not      []string
	Source   string // file the signature came from
	Line     int
}

// Matches tells whether hay (a field value or notice text, any case)
// holds one of the signature's words, as the parser's compiled matching
// does (parser.CheckSigns runs every example through it).
func (s *Signature) Matches(hay string) bool {
	hay = strings.ToLower(hay)
	domain := ""
	if s.Header == "From" {
		if i := strings.LastIndexByte(hay, '@'); i >= 0 {
			domain = strings.TrimRight(hay[i+1:], "> \t")
		}
	}
	for _, w := range s.Words {
		if strings.Contains(hay, w) || DomainIs(domain, w) {
			return true
		}
	}
	return false
}

// DomainIs tells whether domain is, or is below, the domain of an
// "@domain" word: MAILER-DAEMON@smtpbg58.qq.com is QQ's.
func DomainIs(domain, word string) bool {
	if domain == "" || !strings.HasPrefix(word, "@") {
		return false
	}
	want := strings.TrimSuffix(word[1:], ".")
	return domain == want || strings.HasSuffix(domain, "."+want)
}

// Kind says how a list's words are compared with the text, and so how
// its examples are checked.
type Kind int

const (
	// Contains: the lower-cased text contains a word.
	Contains Kind = iota
	// Prefix: the lower-cased, trimmed text begins with a word.
	Prefix
	// Field: the word is a header field's name; an example is a header
	// line ("X-Autoreply: yes").
	Field
	// Marker: a line that, lower-cased and without decoration (- = _ *
	// # [ ] < > and spaces), begins with the word; or a line that opens
	// with decoration ("----- … -----") and holds the word anywhere.
	Marker
	// BareMarker: a Marker that is also the subject of a notice's
	// sentence ("Original message could not be delivered to the
	// handset."): after the word the line ends, goes on with anything but
	// a space and a letter, or goes on with a word of MarkerFollowers
	// ("Original message follows"). See MatchBareMarker.
	BareMarker
	// Suffix: the lower-cased, trimmed text ends with a word (the words
	// before an address).
	Suffix
	// LocalPart: the word is the whole local part of an address (an
	// example is an address, any case).
	LocalPart
)

// Signs is one set of signs: the defaults, or the defaults with users'
// sections merged over them. It is not changed after it is made, so it may
// be shared; the parser compiles it once.
type Signs struct {
	// Signatures are tried in order; the first that matches names the
	// vendor. Providers, known by their own headers and senders, come
	// before MTA software, known by the wording of its notice.
	Signatures []Signature
	lists      [NumLists][]string
	remove     [NumLists][]string // default words a user's section takes out
	examples   [NumLists][]string
	not        [NumLists][]string
	// Where each example and counter-example was given (parallel to
	// examples and not), and where each list's words were removed, so
	// that an error after merging names the file and line.
	exAt, notAt [NumLists][]Place
	removedAt   [NumLists][]Place

	// The parser's compiled form of these signs (see Compiled).
	compiledOnce sync.Once
	compiled     any
}

// Compiled returns build(s), calling build on the first call only; later
// calls return the same value whatever build they pass. The parser keeps
// its compiled matching here, so that it lives and dies with s (a server
// that reloads its rules drops the old compiled form with the old Signs).
func (s *Signs) Compiled(build func(*Signs) any) any {
	s.compiledOnce.Do(func() { s.compiled = build(s) })
	return s.compiled
}

// Words returns the words of one list (do not change them).
func (s *Signs) Words(l List) []string { return s.lists[l] }

// Examples returns the examples and counter-examples of one list, of
// every file merged (do not change them).
func (s *Signs) Examples(l List) (examples, not []string) { return s.examples[l], s.not[l] }

// Place is where something was given: a file and a 1-based line (0 when
// unknown).
type Place struct {
	File string
	Line int
}

func (p Place) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// ExamplePlaces returns where each of Examples(l) was given, in the same
// order (do not change them).
func (s *Signs) ExamplePlaces(l List) (examples, not []Place) { return s.exAt[l], s.notAt[l] }

// Removals returns the default words users' sections took out of list l
// and where each section did (do not change them).
func (s *Signs) Removals(l List) (words []string, at []Place) { return s.remove[l], s.removedAt[l] }

// List names one word list of a Signs.
type List int

// The lists. Their YAML keys and kinds are in Lists.
const (
	Delay List = iota
	GaveUp
	Undelivered
	BounceSubjects
	WeakBounceSubjects
	MailSystemNames
	MailSystemMailboxes
	AutoReplyFields
	AutoReplySubjectPrefixes
	AutoReplySubjectWords
	MachineMadeFields
	ListRefusal
	ListHeld
	OriginalMarkers
	Boilerplate
	Closings
	Guesses
	LeadIns
	ReplyPrefixes
	MessageWords
	BareMarkers
	MarkerFollowers
	AccountNotices
	ForwardPrefixes
	TranscriptLeadIns
	RobotMailboxes
	ChallengeWords
	SenderCheck
	Absence
	YourMessage
	WentOn
	ListKeepers
	FailureVerbs
	PlaceholderMailboxes
	CJKSuggestions
	SenderContext
	AliasOrigins
	RecipientFields
	TicketNotices
	TicketIDLabels
	Suggestions
	HelpLeads
	ContactAfter
	PastForms
	RoleMailboxes
	HeaderlessAutoReplyPrefixes
	CredentialRequests
	SubjectLabels
	OriginalFieldLabels
	DeliveredHeadings
	NumLists // the number of lists, not a list
)

// ListInfo describes a list: its YAML key, how its words are compared,
// and what the parser makes of them.
type ListInfo struct {
	Key  string
	Kind Kind
	Doc  string
}

// Lists describes every list, indexed by List.
var Lists = [NumLists]ListInfo{
	Delay:                       {"delay", Contains, "a notice (or its subject) that says so reports a delay, not a final failure"},
	GaveUp:                      {"gave_up", Contains, "a notice's preamble that says so tells its queue stopped trying"},
	Undelivered:                 {"undelivered", Contains, "a notice that says so, with a returned message or from a provider's own domain, is a bounce"},
	BounceSubjects:              {"bounce_subjects", Contains, "subjects that bounces carry and people seldom write: a notice with one more sign that a program wrote it or that it reports a failure (the null reverse path, Auto-Submitted, a provider's own sender, a returned message, or a 4xx/5xx code)"},
	WeakBounceSubjects:          {"weak_bounce_subjects", Contains, "subjects people write too: they count with the null reverse path, Auto-Submitted, a code, or an address in the subject"},
	MailSystemNames:             {"mail_system_names", Contains, "words in a From field that name a mail system (\"Mail Delivery System\")"},
	MailSystemMailboxes:         {"mail_system_mailboxes", Contains, "mailbox names of mail systems (mailer-daemon, postmaster): they count only in the address, never in a display name"},
	AutoReplyFields:             {"auto_reply_fields", Field, "header fields only automatic replies carry"},
	AutoReplySubjectPrefixes:    {"auto_reply_subject_prefixes", Prefix, "subjects of automatic replies, at the start; they count only on a machine-made message"},
	AutoReplySubjectWords:       {"auto_reply_subject_words", Contains, "subject words of automatic replies anywhere; they count only with Auto-Submitted or a bulk/list Precedence"},
	MachineMadeFields:           {"machine_made_fields", Field, "header fields that say a program, not a person, sent the message"},
	ListRefusal:                 {"list_refusal", Contains, "what a list manager says when it refuses a post (its own notices only)"},
	ListHeld:                    {"list_held", Contains, "what a list manager says when it only holds a post for its moderator: no bounce"},
	OriginalMarkers:             {"original_markers", Marker, "lines between a notice and the message it returns (at most 120 bytes long)"},
	BareMarkers:                 {"bare_markers", BareMarker, "original markers that are also the subject of a notice's sentence (\"original message\"): they mark the returned message only when the line ends with them, goes on with punctuation, or goes on with a word of marker_followers"},
	MarkerFollowers:             {"marker_followers", Prefix, "words that may follow a bare marker on its line and leave it a marker (\"Original message follows\", \"Returned message headers\")"},
	Boilerplate:                 {"boilerplate", Prefix, "fixed sentences MTAs open their notices with: no diagnostic"},
	Closings:                    {"closings", Prefix, "sentences MTAs end their notices with, after the failed addresses: what happens next, not why"},
	Guesses:                     {"guesses", Prefix, "a template's list of guesses, the same for every recipient (\"Possible causes include:\"): the line and its items, to the next blank line, are no recipient's diagnostic"},
	LeadIns:                     {"lead_ins", Contains, "words that introduce the remote server's own reply: the diagnostic is what follows the last of them"},
	ReplyPrefixes:               {"reply_prefixes", Prefix, "subjects of replies and forwards, at the start (the parser first skips \"[ticket]\" tags): a weak bounce subject in a reply (\"Re: why do my mails bounce?\") is a person's"},
	MessageWords:                {"message_words", Contains, "words for a message: a weak bounce subject that speaks of one (\"Your message was rejected\") is a notice's, with Auto-Submitted, an address in the subject or a code of its own"},
	AccountNotices:              {"account_notices", Contains, "what a mail system's notice about an account or a calendar says (\"your mailbox is almost full\", \"your password expires in 5 days\"): with no sign of a failed message, no bounce, whatever its sender"},
	ForwardPrefixes:             {"forward_prefixes", Prefix, "subjects of forwards, at the start (after \"[ticket]\" tags): a weak bounce subject in a forward is a person's, as in a reply; unlike reply_prefixes they do not make an automatic reply an answer"},
	TranscriptLeadIns:           {"transcript_lead_ins", Contains, "words of a session transcript that introduce the remote server's reply to one SMTP stage (qmail's \"did not like our RCPT TO:\"): read as lead_ins, after them"},
	RobotMailboxes:              {"robot_mailboxes", Contains, "words in the local part of a program's mailbox, never a person's (noreply@, notify@): a challenge-response service's robot answers for the person it protects"},
	ChallengeWords:              {"challenge_words", Contains, "a challenge-response service's words (protected, held, verify, whitelist): with a robot sender, its auto-reply names the person it protects"},
	SenderCheck:                 {"sender_check", Contains, "how a challenge-response service asks the sender to prove itself: from a robot, an automatic reply that says so answers a message"},
	Absence:                     {"absence", Contains, "how an automatic reply says its owner is away (\"on vacation\", \"abwesend\"): such a reply answers a message"},
	YourMessage:                 {"your_message", Contains, "how an automatic reply speaks of the message it answers (\"your message\", \"您的来信\"): such a reply answers a message"},
	WentOn:                      {"went_on", Contains, "what a mail system writes when a message was delivered or relayed on: a known MTA's notice with these words and no reply code is no bounce"},
	ListKeepers:                 {"list_keepers", Contains, "who holds a post for review (moderator, editor, list owner): a list_held notice must name one to be a list manager's"},
	FailureVerbs:                {"failure_verbs", Contains, "words that say a message failed: between \"please send\" and \"to\" they make the address a failed one, not a new one"},
	PlaceholderMailboxes:        {"placeholder_mailboxes", LocalPart, "local parts that stand for \"your own name here\" in a notice's guidance (学号@, firstname.lastname@): no recipient"},
	CJKSuggestions:              {"cjk_suggestions", Suffix, "Chinese, Japanese and Korean words before an address offered instead of the failed one (\"新地址\", \"移転先\"), a copula or colon after them dropped: no recipient"},
	SenderContext:               {"sender_context", Suffix, "words before an address that make it the sender's, a contact or the alias a recipient came from (\"expanded from\", \"Return-Path:\"): no recipient"},
	AliasOrigins:                {"alias_origins", Suffix, "words on a line under a failed address (Exim's block) before the address the failed one was generated from by an alias or forward (\"generated by\"): the record is for that address, the one the sender wrote"},
	RecipientFields:             {"recipient_fields", Field, "a provider's own header fields of a reported message (a complaint's) that name its real recipient when the To is redacted (Microsoft's X-HmXmrOriginalRecipient)"},
	TicketNotices:               {"ticket_notices", Contains, "what a service desk says when it logs, acknowledges or closes a request (\"your request has been logged\"): with no returned message and no code of its own, no bounce, whatever bounce it tells of"},
	TicketIDLabels:              {"ticket_id_labels", Contains, "labels that name a service desk's ticket, case or request id, the id (a token with a digit) right after them (\"Ticket ID:\", \"Case #\", \"Ticket-Nr\", \"工单号\", \"受付番号\"): an automatic reply that gives one, with no words of absence, acknowledges a request and is no vacation"},
	Suggestions:                 {"suggestions", Suffix, "words before an address that a notice offers instead of the failed one or as a help desk (\"please use\", \"neue Adresse\"), whole words: no recipient"},
	HelpLeads:                   {"help_leads", Prefix, "what opens a line that points to help (\"Questions?\"): its addresses are no recipients"},
	ContactAfter:                {"contact_after", Prefix, "words after an address that ask the reader to write to it (Japanese \"へご連絡ください\"): no recipient"},
	PastForms:                   {"past_forms", Contains, "verb endings after a contact_after word that tell of mail already sent (\"に送ってくださったメール\"): that address is the recipient after all"},
	HeaderlessAutoReplyPrefixes: {"headerless_auto_reply_subject_prefixes", Prefix, "subjects, at the start, of out-of-office agents that set no Auto-Submitted, no Precedence and no null reverse path (Exchange 2000/2003's \"Out of Office AutoReply:\"): with words of absence in the text, an automatic reply"},
	CredentialRequests:          {"credential_requests", Contains, "how a phishing mail dressed as a notice asks for the reader's mail password (\"sign in with your email password\"): no mail system's notice does, so without a delivery report or a returned message it is no bounce"},
	SubjectLabels:               {"subject_labels", Prefix, "labels, written without spaces, that open a notice's line quoting the returned message's subject (\"Subject:\", 163's \"主　题 :\"): from that line on the text is the original's, not the notice's own"},
	OriginalFieldLabels:         {"original_field_labels", Prefix, "labels, written without spaces, of the returned message's other header fields (\"From:\", \"To:\", \"Date:\", 163's \"发件人:\"): a subject label beside one quotes the original's header block, not a line a phishing text wrote"},
	DeliveredHeadings:           {"delivered_headings", Contains, "headings of a notice's list of the recipients a message reached (\"Delivered successfully to:\", \"Zugestellt an:\", \"已成功投递\"): the addresses listed under one did not fail"},
	RoleMailboxes:               {"role_mailboxes", LocalPart, "local parts of a domain's services and roles (RFC 2142: abuse, postmaster; unblock, delist): named in a server's reply after its reasons, no recipient"},
}

// Match tells whether text matches one of words the way kind compares;
// Parse checks every list's examples with it. A BareMarker word matches
// here only at the end of its line or before punctuation (Match knows no
// followers: see MatchBareMarker). How the parser uses a list can say
// more than its kind (a mailbox name counts only in the address, reply
// prefixes are read after "[ticket]" tags): parser.CheckSigns runs every
// example through the parser itself.
func Match(kind Kind, words []string, text string) bool {
	low := strings.ToLower(text)
	switch kind {
	case Prefix:
		low = strings.TrimSpace(low)
	case Field:
		name, _, ok := strings.Cut(text, ":")
		if !ok {
			return false
		}
		for _, w := range words {
			if strings.EqualFold(strings.TrimSpace(name), w) {
				return true
			}
		}
		return false
	case Suffix:
		low = strings.TrimSpace(low)
		for _, w := range words {
			if strings.HasSuffix(low, w) {
				return true
			}
		}
		return false
	case LocalPart:
		local := strings.Trim(strings.TrimSpace(low), "<>")
		if i := strings.LastIndexByte(local, '@'); i >= 0 {
			local = local[:i]
		}
		for _, w := range words {
			if local == w {
				return true
			}
		}
		return false
	case Marker:
		return MatchBareMarker(nil, nil, words, text)
	case BareMarker:
		return MatchBareMarker(words, nil, nil, text)
	}
	for _, w := range words {
		switch kind {
		case Contains:
			if strings.Contains(low, w) {
				return true
			}
		case Prefix, Marker:
			if strings.HasPrefix(low, w) {
				return true
			}
		}
	}
	return false
}

// matches tells whether text matches list l of s as Parse checks it.
func (s *Signs) matches(l List, text string) bool {
	if Lists[l].Kind == BareMarker {
		return MatchBareMarker(s.lists[l], s.lists[MarkerFollowers], nil, text)
	}
	return Match(Lists[l].Kind, s.lists[l], text)
}

// MatchBareMarker tells whether line is an original marker: it begins,
// lower-cased and without MarkerDecoration, with one of markers or with
// one of bare (the kind BareMarker: then only if the rest of the line
// leaves it a marker, see BareMarker, with followers the words of
// MarkerFollowers); or it opens with decoration ("----- … -----") and
// holds one of either anywhere. It is the reference the parser's
// isOriginalMarker agrees with (which also takes no line longer than
// 120 bytes).
func MatchBareMarker(bare, followers, markers []string, line string) bool {
	low := strings.ToLower(strings.TrimSpace(line))
	divider := low != "" && strings.IndexByte("-=_*#[", low[0]) >= 0
	t := strings.Trim(low, MarkerDecoration)
	for _, w := range markers {
		if strings.HasPrefix(t, w) || divider && strings.Contains(t, w) {
			return true
		}
	}
	for _, w := range bare {
		if strings.HasPrefix(t, w) && BareMarkerEnds(t[len(w):], followers) || divider && strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// BareMarkerEnds tells whether rest, the lower-cased text after a bare
// marker on its line, leaves the line a marker: it is empty, goes on
// with anything but a space ("original message:"), with a space and no
// letter, or with a space and one of followers.
func BareMarkerEnds(rest string, followers []string) bool {
	if rest == "" || rest[0] != ' ' {
		return true
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !('a' <= rest[0] && rest[0] <= 'z' || 'A' <= rest[0] && rest[0] <= 'Z') {
		return true
	}
	for _, w := range followers {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// MarkerDecoration is what surrounds an original marker on its line
// ("----- Original message -----", "=== … ===", "[ … ]").
const MarkerDecoration = "-=_*#[]<> "

//go:embed default.yaml
var defaultYAML []byte

// DefaultSource names the embedded defaults in errors and Signature.Source.
const DefaultSource = "signs/default.yaml"

var (
	defaultOnce  sync.Once
	defaultSigns *Signs
)

// Default returns the embedded signs. It panics only if the embedded file
// is broken, which a test rules out.
func Default() *Signs {
	defaultOnce.Do(func() {
		s, err := Parse(DefaultSource, defaultYAML)
		if err != nil {
			panic("signs: embedded default signs are broken: " + err.Error())
		}
		defaultSigns = s
	})
	return defaultSigns
}

// Merge lays users' sections over base, in order: each section's
// `remove` words are taken out of a list, then its words are added (after
// base's); its signatures are tried before base's (a later section's
// before an earlier one's). Nil sections are skipped; with none left,
// base itself is returned.
func Merge(base *Signs, users ...*Signs) *Signs {
	out := base
	for _, u := range users {
		if u == nil {
			continue
		}
		m := &Signs{}
		m.Signatures = append(append(m.Signatures, u.Signatures...), out.Signatures...)
		for l := range m.lists {
			for _, w := range out.lists[l] {
				if !containsWord(u.remove[l], w) {
					m.lists[l] = append(m.lists[l], w)
				}
			}
			m.lists[l] = append(m.lists[l], u.lists[l]...)
		}
		for l := range m.lists {
			// The examples that still hold (bare_markers' with all the
			// merged followers), and all counter-examples.
			for i, e := range out.examples[l] {
				if m.matches(List(l), e) {
					m.examples[l] = append(m.examples[l], e)
					m.exAt[l] = append(m.exAt[l], out.exAt[l][i])
				}
			}
			m.examples[l] = append(m.examples[l], u.examples[l]...)
			m.exAt[l] = append(m.exAt[l], u.exAt[l]...)
			m.not[l] = append(append([]string(nil), out.not[l]...), u.not[l]...)
			m.notAt[l] = append(append([]Place(nil), out.notAt[l]...), u.notAt[l]...)
			m.remove[l] = append(append([]string(nil), out.remove[l]...), u.remove[l]...)
			m.removedAt[l] = append(append([]Place(nil), out.removedAt[l]...), u.removedAt[l]...)
		}
		out = m
	}
	return out
}
