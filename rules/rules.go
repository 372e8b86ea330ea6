package rules

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/signs"
)

// Query holds the facts about one failed recipient that rules look at.
type Query struct {
	Text      string   // diagnostic text, any case (the engine lower-cases it)
	Status    string   // enhanced status code "5.1.1", or ""
	ReplyCode string   // SMTP reply code "550", or ""
	Vendor    string   // recognised MTA/provider name, e.g. "postfix", "tencent"; "" if none
	Hosts     []string // reporting / remote MTA hosts, the bounce sender's and the recipient's domains, e.g. "mx3.qq.com"
}

// Rule decides a reason when its conditions hold. The exported fields are
// the rule as written; treat a Rule as read-only once it is in a Set.
type Rule struct {
	ID     string
	Reason record.Reason
	// Hard, when not nil, overrides the hard/soft verdict that the reason
	// and the status class would give.
	Hard     *bool
	Priority int
	// OutsideRCPT, when set, is the reason the words give when they were
	// not said in reply to RCPT TO and no address status (X.1.x) backs
	// them: "user unknown" after DATA, or at no known stage, is as often
	// a gateway's filter as a missing mailbox.
	OutsideRCPT record.Reason
	// WhenDelayed, when set, is the reason the words give in a delay
	// notice (Action: delayed): the queue is still trying, so words that
	// would mean it gave up ("connection timed out") tell instead how the
	// last attempt failed.
	WhenDelayed record.Reason
	// Decides marks an onhold or undefined rule whose words state a fact
	// (a message held for an administrator's review) rather than the
	// absence of a cause: they decide like any other reason's words,
	// before a status or reply code, and are no template's list of
	// guesses; unless negated, or outweighed by an address status, address
	// words or a refusal with a named cause (see holdOr). Parse refuses it
	// on other reasons.
	Decides bool

	// The match conditions, as written (see the package doc).
	Status, Reply, Vendors, Hosts, Phrases, Regexps []string

	// Nouns and Predicates are a concept: the rule's words match when a
	// noun and a predicate stand in one clause, in either order ("mailbox"
	// … "full", "quota" … "overdrawn"), so that a wording nobody wrote
	// down is still read. A word ending in "*" is a stem ("exceed*").
	Nouns, Predicates []string

	DescriptionEN, DescriptionZH string

	// Examples must be won by this rule; CounterExamples must not.
	Examples, CounterExamples []Example

	// Source is "file:line" where the rule was defined.
	Source string
	// Disabled marks, in a user file, the removal of a rule with this id.
	Disabled bool

	// parsed holds the regexps the file parser compiled while checking
	// them, so that NewSet does not compile them again (an eighth of the
	// start-up); an entry is used only while it still matches Regexps.
	parsed []parsedRegexp
}

// parsedRegexp is a rule regexp compiled by the file parser.
type parsedRegexp struct {
	src  string
	re   *regexp.Regexp
	lits []string
}

// Example is a diagnostic a rule is tested against (see Set.Test).
type Example struct{ Text, Status, Reply, Vendor, Host string }

// Query turns the example into the query Test runs.
func (e Example) Query() Query {
	q := Query{Text: e.Text, Status: e.Status, ReplyCode: e.Reply, Vendor: e.Vendor}
	if e.Host != "" {
		q.Hosts = []string{e.Host}
	}
	return q
}

// Tier is the class of evidence a rule rests on; lower is stronger.
type Tier int

// The tiers, strongest first.
const (
	TierVendor Tier = 1 // a vendor or host condition
	TierPhrase Tier = 2 // phrases or regexps, no vendor/host
	TierStatus Tier = 3 // a status condition, no phrase/vendor/host
	TierReply  Tier = 4 // only a reply condition
)

func (t Tier) String() string {
	switch t {
	case TierVendor:
		return "vendor"
	case TierPhrase:
		return "phrase"
	case TierStatus:
		return "status"
	case TierReply:
		return "reply"
	}
	return "tier(" + fmt.Sprint(int(t)) + ")"
}

// Tier tells which tier the rule belongs to (see the package doc). A rule
// with no condition at all reports 0.
func (r *Rule) Tier() Tier {
	switch {
	case len(r.Vendors) > 0 || len(r.Hosts) > 0:
		return TierVendor
	case len(r.Phrases) > 0 || len(r.Regexps) > 0 || len(r.Nouns) > 0:
		return TierPhrase
	case len(r.Status) > 0:
		return TierStatus
	case len(r.Reply) > 0:
		return TierReply
	}
	return 0
}

// Decisive tells whether the rule's verdict rests on enough to stand on its
// own: it rests on words, a provider or an enhanced status (not on a bare
// reply code), and its reason is not onhold or undefined. A caller may
// prefer its own default (e.g. "expired" for a delay notice) when the
// deciding rule is not decisive.
func (r *Rule) Decisive() bool {
	if r == nil || r.Reason.Vague() && !r.Decides {
		return false
	}
	t := r.Tier()
	return t >= TierVendor && t <= TierStatus
}

func (r *Rule) String() string {
	if r == nil {
		return "<nil>"
	}
	return r.ID + " (" + string(r.Reason) + ")"
}

// Failure is one example that did not come out as its rule says.
type Failure struct {
	Rule    *Rule
	Example Example
	Counter bool  // a counter-example that the rule won
	Got     *Rule // the rule that won instead (nil if none)
}

func (f Failure) String() string {
	got := "no rule"
	if f.Got != nil {
		got = fmt.Sprintf("rule %s [%s]", f.Got.String(), f.Got.Source)
	}
	ex := fmt.Sprintf("%q", f.Example.Text)
	if f.Example.Status != "" || f.Example.Reply != "" || f.Example.Vendor != "" || f.Example.Host != "" {
		ex += fmt.Sprintf(" (status %q reply %q vendor %q host %q)", f.Example.Status, f.Example.Reply, f.Example.Vendor, f.Example.Host)
	}
	if f.Counter {
		return fmt.Sprintf("%s: rule %s wins its counter-example %s", f.Rule.Source, f.Rule.String(), ex)
	}
	return fmt.Sprintf("%s: rule %s: example %s is won by %s", f.Rule.Source, f.Rule.String(), ex, got)
}

// Set is a compiled, immutable collection of rules. Match is safe for
// concurrent use.
type Set struct {
	signs *signs.Signs // see Signs; nil: the defaults

	rules []*Rule // active rules, index = precedence order among ties
	comp  []crule // compiled state, parallel to rules
	byID  map[string]int
	order []*Rule // Rules(): tier, priority, file order

	ac     *acMatcher
	owners [][]owner // per automaton pattern: who listens to it

	// Concept words have an automaton of their own, run only when the
	// phrases left a concept rule a chance to win (most texts are decided
	// by a phrase of higher priority, and the short concept words would
	// slow the main scan).
	conceptAC      *acMatcher
	conceptOwners  [][]owner
	conceptLen     []int32 // per concept pattern: its length in bytes
	conceptMaxPrio int     // the highest priority of a concept rule
	haveConcepts   bool
	always         []int32 // text rules with a regexp that has no required literal
	bare           []int32 // vendor-tier rules without phrases/regexps

	statusIdx map[string][]int32 // status-tier rules by status entry
	replyIdx  map[string][]int32 // reply-tier rules by reply entry

	pool sync.Pool
}

type owner struct {
	rule   int32
	length int32 // phrase length in bytes; 0 for a regexp's literal or a concept word
	// res has bit i set when the pattern is a required literal of the
	// rule's regexp i (see regexpBit): Match runs only the regexps whose
	// literal occurs, not every regexp of a rule one of whose literals
	// does (a rule may hold one regexp per language, most of them slow).
	res  uint64
	kind uint8 // 0 phrase or literal, conceptNoun, conceptPredicate
	// For a concept word: it must start (end) at a word boundary.
	wordStart, wordEnd bool
}

// The kinds of a concept word.
const (
	conceptNoun      uint8 = 1
	conceptPredicate uint8 = 2
)

type statusPat struct {
	s      string
	prefix bool
}

type crule struct {
	tier    Tier
	status  []statusPat
	reply   []string
	vendors []string
	hosts   []hostPat
	res     []*regexp.Regexp
	lits    [][]string // required literals of each regexp
	always  bool       // a regexp without a required literal: always a candidate
	text    bool       // has phrases, regexps or a concept
	concept bool       // has nouns and predicates
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// validStatus checks a status condition entry: "5.1.1", "5.7.", "5.".
func validStatus(s string) error {
	parts := strings.Split(s, ".")
	ok := parts[0] == "2" || parts[0] == "4" || parts[0] == "5"
	switch len(parts) {
	case 2: // "5."
		ok = ok && parts[1] == ""
	case 3: // "5.7." or "5.7.1"
		ok = ok && digits13(parts[1]) && (parts[2] == "" || digits13(parts[2]))
	default:
		ok = false
	}
	if !ok {
		return fmt.Errorf("bad status %q: want class.subject.detail (5.1.1) or a prefix ending in a dot (5.7. or 5.)", s)
	}
	return nil
}

func digits13(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && strings.Trim(s, "0123456789") == ""
}

// validReply checks a reply condition entry: "550", "55x" or "5xx".
func validReply(s string) error {
	if len(s) != 3 || s[0] < '2' || s[0] > '5' {
		return fmt.Errorf("bad reply code %q: want three digits 2xx–5xx (x allowed at the end: 55x, 5xx)", s)
	}
	switch {
	case isDigit(s[1]) && isDigit(s[2]):
	case isDigit(s[1]) && s[2] == 'x':
	case s[1] == 'x' && s[2] == 'x':
	default:
		return fmt.Errorf("bad reply code %q: want three digits 2xx–5xx (x allowed at the end: 55x, 5xx)", s)
	}
	return nil
}

func validHost(s string) error {
	if s == "" || strings.ContainsAny(s, " \t\r\n/[]") {
		return fmt.Errorf("bad host pattern %q: want a host name with * and ? wildcards", s)
	}
	return nil
}

// compileRegexp compiles a rule regexp and finds its required literals.
func compileRegexp(s string) (*regexp.Regexp, []string, error) {
	if s == "" {
		return nil, nil, errors.New("empty regexp")
	}
	tree, err := syntax.Parse(s, syntax.Perl)
	if err != nil {
		return nil, nil, fmt.Errorf("bad regexp %q: %v", s, err)
	}
	if r := upperLiteral(tree); r != 0 {
		return nil, nil, fmt.Errorf("regexp %q has the upper-case letter %q: it is matched against lower-cased text, so write it in lower case", s, r)
	}
	re, err := regexp.Compile(s)
	if err != nil {
		return nil, nil, fmt.Errorf("bad regexp %q: %v", s, err)
	}
	return re, requiredLiterals(tree), nil
}

// compile checks a rule's fields and builds its compiled state.
func compile(r *Rule) (crule, error) {
	var c crule
	if r.ID == "" {
		return c, errors.New("missing id")
	}
	if !idRE.MatchString(r.ID) {
		return c, fmt.Errorf("bad id %q: use [a-z0-9._-]", r.ID)
	}
	if !r.Reason.Valid() {
		return c, fmt.Errorf("unknown reason %q", r.Reason)
	}
	c.tier = r.Tier()
	if c.tier == 0 {
		return c, errors.New("no match condition")
	}
	for _, s := range r.Status {
		if err := validStatus(s); err != nil {
			return c, err
		}
		c.status = append(c.status, statusPat{s: s, prefix: strings.HasSuffix(s, ".")})
	}
	for _, s := range r.Reply {
		if err := validReply(s); err != nil {
			return c, err
		}
		c.reply = append(c.reply, s)
	}
	for _, v := range r.Vendors {
		if strings.TrimSpace(v) == "" {
			return c, errors.New("empty vendor")
		}
		c.vendors = append(c.vendors, strings.ToLower(strings.TrimSpace(v)))
	}
	for _, h := range r.Hosts {
		if err := validHost(h); err != nil {
			return c, err
		}
		c.hosts = append(c.hosts, newHostPat(strings.ToLower(strings.TrimSuffix(h, "."))))
	}
	for _, p := range r.Phrases {
		if p == "" {
			return c, errors.New("empty phrase")
		}
	}
	for i, s := range r.Regexps {
		var re *regexp.Regexp
		var l []string
		if i < len(r.parsed) && r.parsed[i].src == s {
			re, l = r.parsed[i].re, r.parsed[i].lits
		} else {
			var err error
			if re, l, err = compileRegexp(s); err != nil {
				return c, err
			}
		}
		c.res = append(c.res, re)
		if l == nil {
			c.always = true
		}
		c.lits = append(c.lits, l)
	}
	if (len(r.Nouns) > 0) != (len(r.Predicates) > 0) {
		return c, errors.New("a concept needs both nouns and predicates")
	}
	for _, w := range append(append([]string(nil), r.Nouns...), r.Predicates...) {
		if strings.TrimSuffix(strings.TrimSpace(w), "*") == "" || strings.TrimSpace(w) != w {
			return c, fmt.Errorf("bad concept word %q", w)
		}
	}
	c.concept = len(r.Nouns) > 0
	c.text = len(r.Phrases) > 0 || len(r.Regexps) > 0 || c.concept
	return c, nil
}

// NewSet merges rule files into a Set. Each argument is the rules of one
// file, in file order; the files come in load order (the defaults first).
// A rule whose id was defined by an earlier file replaces that rule; a
// rule with Disabled set removes it (and is not itself added). Two rules
// with the same id in one file are an error, as is an invalid rule. On
// error no Set is returned.
func NewSet(files ...[]*Rule) (*Set, error) {
	type slot struct {
		file, pos int
		r         *Rule
		c         crule
	}
	active := map[string]slot{}
	var errs []error
	for f, rs := range files {
		seen := map[string]bool{}
		for p, r := range rs {
			if r == nil {
				continue
			}
			if r.ID != "" && seen[r.ID] {
				errs = append(errs, ruleError(r, "duplicate id %q in one file", r.ID))
				continue
			}
			seen[r.ID] = true
			if r.Disabled {
				delete(active, r.ID)
				continue
			}
			c, err := compile(r)
			if err != nil {
				errs = append(errs, ruleError(r, "%v", err))
				continue
			}
			active[r.ID] = slot{f, p, r, c}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slots := make([]slot, 0, len(active))
	for _, s := range active {
		slots = append(slots, s)
	}
	// Among ties, a later file's rules come first (user files override the
	// defaults); within a file, the earlier rule comes first.
	sort.Slice(slots, func(i, j int) bool {
		if slots[i].file != slots[j].file {
			return slots[i].file > slots[j].file
		}
		return slots[i].pos < slots[j].pos
	})

	s := &Set{
		byID:      make(map[string]int, len(slots)),
		statusIdx: map[string][]int32{},
		replyIdx:  map[string][]int32{},
	}
	cpatID := map[string]int32{}
	var cpatterns []string
	addConcept := func(p string, o owner) {
		id, ok := cpatID[p]
		if !ok {
			id = int32(len(cpatterns))
			cpatID[p] = id
			cpatterns = append(cpatterns, p)
			s.conceptOwners = append(s.conceptOwners, nil)
		}
		for _, x := range s.conceptOwners[id] {
			if x.rule == o.rule && x.kind == o.kind {
				return
			}
		}
		s.conceptOwners[id] = append(s.conceptOwners[id], o)
	}
	patID := map[string]int32{}
	var patterns []string
	addPat := func(p string, o owner) {
		id, ok := patID[p]
		if !ok {
			id = int32(len(patterns))
			patID[p] = id
			patterns = append(patterns, p)
			s.owners = append(s.owners, nil)
		}
		for k, x := range s.owners[id] {
			if x.rule == o.rule {
				if o.length > x.length {
					s.owners[id][k].length = o.length
				}
				s.owners[id][k].res |= o.res
				return
			}
		}
		s.owners[id] = append(s.owners[id], o)
	}
	for i, sl := range slots {
		r, c := sl.r, sl.c
		idx := int32(i)
		s.rules = append(s.rules, r)
		s.comp = append(s.comp, c)
		s.byID[r.ID] = i
		switch c.tier {
		case TierVendor, TierPhrase:
			if !c.text {
				s.bare = append(s.bare, idx)
				break
			}
			for _, p := range r.Phrases {
				lp := strings.ToLower(p)
				addPat(lp, owner{rule: idx, length: int32(len(lp))})
			}
			for _, w := range r.Nouns {
				addConcept(conceptWord(w, conceptNoun, idx))
			}
			for _, w := range r.Predicates {
				addConcept(conceptWord(w, conceptPredicate, idx))
			}
			if c.concept && (!s.haveConcepts || r.Priority > s.conceptMaxPrio) {
				s.conceptMaxPrio, s.haveConcepts = r.Priority, true
			}
			if c.always {
				s.always = append(s.always, idx)
			} else {
				for i, ls := range c.lits {
					for _, l := range ls {
						addPat(l, owner{rule: idx, res: regexpBit(i)})
					}
				}
			}
		case TierStatus:
			for _, p := range c.status {
				s.statusIdx[p.s] = appendOnce(s.statusIdx[p.s], idx)
			}
		case TierReply:
			for _, p := range c.reply {
				s.replyIdx[p] = appendOnce(s.replyIdx[p], idx)
			}
		}
	}
	s.ac = newAC(patterns)
	s.conceptAC = newAC(cpatterns)
	s.conceptLen = make([]int32, len(cpatterns))
	for i, p := range cpatterns {
		s.conceptLen[i] = int32(len(p))
	}
	n := len(s.rules)
	s.pool.New = func() any {
		return &scratch{plen: make([]int32, n), reHit: make([]uint64, n), buf: make([]byte, 0, 512)}
	}

	s.order = append([]*Rule(nil), s.rules...)
	sort.SliceStable(s.order, func(i, j int) bool {
		a, b := s.order[i], s.order[j]
		if ta, tb := a.Tier(), b.Tier(); ta != tb {
			return ta < tb
		}
		return a.Priority > b.Priority
	})
	return s, nil
}

// regexpBit is the bit of a rule's regexp i in owner.res; a rule's 64th
// and later regexps share the last bit.
func regexpBit(i int) uint64 {
	return 1 << min(i, 63)
}

func appendOnce(list []int32, v int32) []int32 {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

func ruleError(r *Rule, format string, args ...any) error {
	src := r.Source
	if src == "" {
		src = "<rules>"
	}
	id := r.ID
	if id == "" {
		id = "?"
	}
	return fmt.Errorf("%s: rule %q: %s", src, id, fmt.Sprintf(format, args...))
}

// Rules returns the active rules in precedence order: by tier, then by
// priority (higher first), then by file order (see the package doc).
func (s *Set) Rules() []*Rule { return append([]*Rule(nil), s.order...) }

// Rule returns the active rule with the given id, or nil.
func (s *Set) Rule(id string) *Rule {
	if i, ok := s.byID[id]; ok {
		return s.rules[i]
	}
	return nil
}

// CompiledRegexps returns the Regexps of the active rule with the given
// id, compiled, in order (nil for an unknown id), so that a caller
// reading a rule's words need not compile them again. They are shared:
// do not call Longest on them.
func (s *Set) CompiledRegexps(id string) []CompiledRegexp {
	i, ok := s.byID[id]
	if !ok {
		return nil
	}
	c := &s.comp[i]
	out := make([]CompiledRegexp, len(c.res))
	for j, re := range c.res {
		out[j] = CompiledRegexp{re, c.lits[j]}
	}
	return out
}

// A CompiledRegexp is a rule regexp with the literals one of which
// occurs in every text it matches. The *regexp.Regexp is shared by every
// Set and Classifier, so it stays unexported: only reading methods are
// offered (Longest would change it for all).
type CompiledRegexp struct {
	re   *regexp.Regexp
	lits []string // nil: none known
}

// MatchString reports whether text contains a match.
func (re CompiledRegexp) MatchString(text string) bool { return re.re.MatchString(text) }

// FindStringIndex returns the leftmost match's location in text, or nil.
func (re CompiledRegexp) FindStringIndex(text string) []int { return re.re.FindStringIndex(text) }

// ReplaceAllString replaces every match in text with repl ($ expanded).
func (re CompiledRegexp) ReplaceAllString(text, repl string) string {
	return re.re.ReplaceAllString(text, repl)
}

// String returns the source text of the regexp.
func (re CompiledRegexp) String() string { return re.re.String() }

// MayMatch reports whether the regexp may match text: false when none of
// its required literals occurs in it, which is cheaper to learn than a
// failed match.
func (re CompiledRegexp) MayMatch(text string) bool {
	if re.lits == nil {
		return true
	}
	for _, l := range re.lits {
		if strings.Contains(text, l) {
			return true
		}
	}
	return false
}

// Len is the number of active rules.
func (s *Set) Len() int { return len(s.rules) }

// scratch is the per-call state of Match, kept in a pool.
type scratch struct {
	plen    []int32  // per rule: 0 = not touched, >0 = 1+longest phrase, -1 = regexp candidate
	reHit   []uint64 // per rule: the regexps whose required literal occurs (owner.res)
	touched []int32
	words   []wordHit // concept words found, in text order
	buf     []byte
}

// wordHit is a concept word found in the text.
type wordHit struct {
	rule       int32
	kind       uint8
	start, end int32
}

// candidate is a rule that matched, with what ranks it.
type candidate struct {
	idx   int32
	tier  Tier
	prio  int
	codes int // tiers 1–2: matching status/reply conditions; tiers 3–4: specificity
	mlen  int // length of the matched phrase or regexp match
}

// beats tells whether a outranks b (b may be the zero "none" candidate).
func (a candidate) beats(b candidate, haveB bool) bool {
	if !haveB {
		return true
	}
	if a.tier != b.tier {
		return a.tier < b.tier
	}
	if a.prio != b.prio {
		return a.prio > b.prio
	}
	if a.codes != b.codes {
		return a.codes > b.codes
	}
	if a.mlen != b.mlen {
		return a.mlen > b.mlen
	}
	return a.idx < b.idx
}

// Match returns the rule that decides the query, or nil when none matches.
// See the package doc for the order of precedence.
func (s *Set) Match(q Query) *Rule {
	return s.match(q, false)
}

// match is Match; withoutDecides leaves the deciding rules out, to learn
// what the words say besides the hold.
func (s *Set) match(q Query, withoutDecides bool) *Rule {
	if s == nil || len(s.rules) == 0 {
		return nil
	}
	status := strings.TrimSpace(q.Status)
	reply := strings.TrimSpace(q.ReplyCode)

	var best candidate
	have := false

	if q.Text != "" || len(s.always) > 0 || len(s.bare) > 0 {
		sc := s.pool.Get().(*scratch)
		sc.buf = appendLower(sc.buf[:0], q.Text)
		text := sc.buf
		s.ac.scan(text, func(id int32, end int) {
			for _, o := range s.owners[id] {
				sc.reHit[o.rule] |= o.res
				v := sc.plen[o.rule]
				if v == 0 {
					sc.touched = append(sc.touched, o.rule)
				}
				if o.length > 0 {
					if v < o.length+1 {
						sc.plen[o.rule] = o.length + 1
					}
				} else if v == 0 {
					sc.plen[o.rule] = -1
				}
			}
		})
		for _, idx := range s.always {
			if sc.plen[idx] == 0 {
				sc.touched = append(sc.touched, idx)
				sc.plen[idx] = -1
			}
		}
		for _, idx := range sc.touched {
			v, reHit := sc.plen[idx], sc.reHit[idx]
			sc.plen[idx], sc.reHit[idx] = 0, 0
			c := &s.comp[idx]
			r := s.rules[idx]
			if withoutDecides && r.Decides {
				continue
			}
			cand := candidate{idx: idx, tier: c.tier, prio: r.Priority}
			if have && !cand.beatsLoosely(best) {
				continue
			}
			codes, ok := s.conditions(c, status, reply, q)
			if !ok {
				continue
			}
			cand.codes = codes
			if v > 0 {
				cand.mlen = int(v - 1)
			} else {
				m := -1
				for i, re := range c.res {
					if !c.always && reHit&regexpBit(i) == 0 {
						continue // its required literal is not in the text
					}
					if loc := re.FindIndex(text); loc != nil && loc[1]-loc[0] > m {
						m = loc[1] - loc[0]
					}
				}
				if m < 0 {
					continue
				}
				cand.mlen = m
			}
			if cand.beats(best, have) {
				best, have = cand, true
			}
		}
		sc.touched = sc.touched[:0]

		if s.haveConcepts && (!have || best.tier == TierPhrase && best.prio <= s.conceptMaxPrio) {
			best, have = s.matchConcepts(sc, text, status, reply, q, best, have)
		}
		if cap(sc.buf) > 64<<10 {
			sc.buf = nil
		}
		s.pool.Put(sc)

		for _, idx := range s.bare {
			if withoutDecides && s.rules[idx].Decides {
				continue
			}
			c := &s.comp[idx]
			cand := candidate{idx: idx, tier: c.tier, prio: s.rules[idx].Priority}
			if have && !cand.beatsLoosely(best) {
				continue
			}
			codes, ok := s.conditions(c, status, reply, q)
			if !ok {
				continue
			}
			cand.codes = codes
			if cand.beats(best, have) {
				best, have = cand, true
			}
		}
	}
	// Words that name no cause (onhold.bare, a template's list of guesses)
	// decide only when no code names one. A provider's rule that says its
	// own code means nothing (Cloudflare's "Upstream error") stands.
	var textVague *Rule
	if have {
		r := s.rules[best.idx]
		if r.Decides && !withoutDecides {
			return s.holdOr(q, status, r)
		}
		if !r.Reason.Vague() || best.tier == TierVendor {
			return r
		}
		textVague = s.rules[best.idx]
		best, have = candidate{}, false
	}

	if status != "" {
		// Most specific entry first: "5.7.26", then "5.7.", then "5.".
		keys := [3]string{status, "", ""}
		if i := strings.IndexByte(status, '.'); i > 0 {
			keys[2] = status[:i+1]
			if j := strings.IndexByte(status[i+1:], '.'); j > 0 {
				keys[1] = status[:i+1+j+1]
			}
		}
		for k, key := range keys {
			if key == "" {
				continue
			}
			for _, idx := range s.statusIdx[key] {
				c := &s.comp[idx]
				if len(c.reply) > 0 && !matchReply(c.reply, reply) {
					continue
				}
				cand := candidate{idx: idx, tier: TierStatus, prio: s.rules[idx].Priority, codes: 3 - k}
				if cand.beats(best, have) {
					best, have = cand, true
				}
			}
		}
		// A status that names no reason (X.0.0, X.5.0: "other") defers
		// to the reply code when that one does.
		if have && !s.rules[best.idx].Reason.Vague() {
			return s.rules[best.idx]
		}
	}
	statusBest, haveStatus := best, have
	best, have = candidate{}, false

	if reply != "" && len(reply) == 3 {
		keys := [3]string{reply, reply[:2] + "x", reply[:1] + "xx"}
		for k, key := range keys {
			for _, idx := range s.replyIdx[key] {
				cand := candidate{idx: idx, tier: TierReply, prio: s.rules[idx].Priority, codes: 3 - k}
				if cand.beats(best, have) {
					best, have = cand, true
				}
			}
		}
		if have && !s.rules[best.idx].Reason.Vague() {
			return s.rules[best.idx]
		}
	}
	if textVague != nil {
		return textVague
	}
	if haveStatus {
		return s.rules[statusBest.idx]
	}
	if have {
		return s.rules[best.idx]
	}
	return nil
}

// holdOr returns hold, a deciding rule whose words won, unless the
// message says it was not held, or the hold is only a side note of a
// refusal: an address status (X.1.x, X.2.2 mailbox full), words of a
// missing or full mailbox or an unknown domain, or a refusal verb
// ("rejected", "refused") beside a cause the other words name ("550 5.7.1
// Rejected: the message contains a virus and was quarantined pending
// review"). Then what the text says without the hold decides.
func (s *Set) holdOr(q Query, status string, hold *Rule) *Rule {
	lower := strings.ToLower(q.Text)
	if notHeld.MatchString(lower) || addressStatus(status) {
		return s.match(q, true)
	}
	other := s.match(q, true)
	if other != nil && other.Tier() <= TierPhrase && !other.Reason.Vague() &&
		(addressReason(other.Reason) || refusal.MatchString(lower)) {
		return other
	}
	return hold
}

// notHeld finds a hold stated in the negative ("the message was not held
// for review", "nothing was quarantined").
var notHeld = regexp.MustCompile(`(?:\bnot|\bnever|n't|\bnothing (?:was|is|has been|were)|\bno (?:message|mail|email)s? (?:was|is|has been|were))(?: been| being| yet)? (?:held|quarantined|kept|placed|put|retained)\b`)

// refusal finds a refusal verb: the server said no, whatever it kept.
var refusal = regexp.MustCompile(`\b(?:rejected|refused|denied|blocked)\b`)

// addressStatus reports whether an enhanced status names the address or
// its mailbox (X.1.x; X.2.2 mailbox full).
func addressStatus(status string) bool {
	return len(status) >= 4 && status[1:4] == ".1." || len(status) == 5 && status[1:] == ".2.2"
}

// addressReason reports whether a reason is about the address itself,
// which a hold does not outweigh.
func addressReason(r record.Reason) bool {
	return r == record.UserUnknown || r == record.HostUnknown || r == record.MailboxFull
}

// beatsLoosely is a cheap early test: can a, whatever its codes and match
// length, still outrank b?
func (a candidate) beatsLoosely(b candidate) bool {
	if a.tier != b.tier {
		return a.tier < b.tier
	}
	return a.prio >= b.prio
}

// conditions checks the non-text conditions of a rule; for a rule that
// has them it also counts the status/reply conditions that hold. The
// cheap ones go first: a vendor rule's host list is long, and most texts
// fail its status condition already.
func (s *Set) conditions(c *crule, status, reply string, q Query) (codes int, ok bool) {
	if len(c.vendors) > 0 {
		v := strings.TrimSpace(q.Vendor)
		found := false
		for _, x := range c.vendors {
			if strings.EqualFold(x, v) {
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	if len(c.status) > 0 {
		if statusSpecificity(c.status, status) == 0 {
			return 0, false
		}
		codes++
	}
	if len(c.reply) > 0 {
		if !matchReply(c.reply, reply) {
			return 0, false
		}
		codes++
	}
	if len(c.hosts) > 0 && !anyHost(c.hosts, q.Hosts) {
		return 0, false
	}
	return codes, true
}

// anyHost tells whether one of the hosts matches one of the patterns.
func anyHost(pats []hostPat, hosts []string) bool {
	for _, h := range hosts {
		if h = trimHost(h); h == "" {
			continue
		}
		for _, p := range pats {
			if p.match(h) {
				return true
			}
		}
	}
	return false
}

// statusSpecificity returns 3 for an exact match, 2 for a "5.7." prefix,
// 1 for a "5." prefix and 0 when no entry matches.
func statusSpecificity(pats []statusPat, status string) int {
	if status == "" {
		return 0
	}
	best := 0
	for _, p := range pats {
		switch {
		case !p.prefix:
			if p.s == status {
				return 3
			}
		case strings.HasPrefix(status, p.s):
			sp := strings.Count(p.s, ".")
			if sp > best {
				best = sp
			}
		}
	}
	return best
}

func matchReply(pats []string, reply string) bool {
	if len(reply) != 3 {
		return false
	}
	for _, p := range pats {
		if p == reply ||
			p[2] == 'x' && p[1] == 'x' && p[0] == reply[0] ||
			p[2] == 'x' && p[1] != 'x' && p[:2] == reply[:2] {
			return true
		}
	}
	return false
}

// matchHost matches a host name against a glob pattern (* and ?), ASCII
// case-insensitively; "*.qq.com" also matches "qq.com" itself.
func matchHost(pattern, host string) bool {
	host = trimHost(host)
	return host != "" && newHostPat(pattern).match(host)
}

// trimHost is a host name as the patterns see it: no spaces around it,
// no final dot.
func trimHost(host string) string {
	return strings.TrimSuffix(strings.TrimSpace(host), ".")
}

// hostPat is a host pattern of a rule, ready to match.
type hostPat struct {
	glob string
	// suffix is ".example.com" for "*.example.com", nearly every host
	// pattern: the domain itself or a name under it is matched without
	// the general matcher.
	suffix string
}

func newHostPat(pattern string) hostPat {
	if suffix, ok := strings.CutPrefix(pattern, "*"); ok && strings.HasPrefix(suffix, ".") && !strings.ContainsAny(suffix, "*?") {
		return hostPat{glob: pattern, suffix: suffix}
	}
	return hostPat{glob: pattern}
}

// match matches a host trimmed by trimHost, not empty.
func (p hostPat) match(host string) bool {
	if suffix := p.suffix; suffix != "" {
		n := len(host) - len(suffix)
		return strings.EqualFold(suffix[1:], host) || n >= 0 && strings.EqualFold(host[n:], suffix)
	}
	return glob(p.glob, host)
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// glob is a small wildcard matcher: * matches any run of bytes, ? one byte.
func glob(p, s string) bool {
	px, sx := 0, 0
	nextP, nextS := -1, -1
	for px < len(p) || sx < len(s) {
		if px < len(p) {
			switch c := p[px]; c {
			case '*':
				nextP, nextS = px, sx+1
				px++
				continue
			case '?':
				if sx < len(s) {
					px++
					sx++
					continue
				}
			default:
				if sx < len(s) && lowerASCII(s[sx]) == c {
					px++
					sx++
					continue
				}
			}
		}
		if nextS > 0 && nextS <= len(s) {
			px, sx = nextP, nextS
			continue
		}
		return false
	}
	return true
}

// appendLower appends the lower-cased text to dst: ASCII byte by byte,
// other runes with unicode.ToLower (as strings.ToLower does); invalid bytes
// are copied as they are.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, c)
			i++
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// Test runs every example and counter-example of every active rule and
// returns what did not come out right: an example must be won by its own
// rule, a counter-example must not be.
func (s *Set) Test() []Failure {
	var out []Failure
	for _, r := range s.rules {
		for _, e := range r.Examples {
			if got := s.Match(e.Query()); got != r {
				out = append(out, Failure{Rule: r, Example: e, Got: got})
			}
		}
		for _, e := range r.CounterExamples {
			if got := s.Match(e.Query()); got == r {
				out = append(out, Failure{Rule: r, Example: e, Counter: true, Got: got})
			}
		}
	}
	return out
}

// matchConcepts scans text for concept words and returns the better of
// best and the concept rules whose noun and predicate share a clause.
func (s *Set) matchConcepts(sc *scratch, text []byte, status, reply string, q Query, best candidate, have bool) (candidate, bool) {
	s.conceptAC.scan(text, func(id int32, end int) {
		start := end - int(s.conceptLen[id])
		for _, o := range s.conceptOwners[id] {
			if o.wordStart && start > 0 && wordByte(text[start-1]) || o.wordEnd && end < len(text) && wordByte(text[end]) {
				continue
			}
			sc.words = append(sc.words, wordHit{rule: o.rule, kind: o.kind, start: int32(start), end: int32(end)})
		}
	})
	for i := range sc.words {
		idx := sc.words[i].rule
		if sc.words[i].kind != conceptNoun || sc.plen[idx] != 0 {
			continue
		}
		sc.plen[idx] = -1 // evaluated once
		sc.touched = append(sc.touched, idx)
		c := &s.comp[idx]
		cand := candidate{idx: idx, tier: c.tier, prio: s.rules[idx].Priority}
		if have && !cand.beatsLoosely(best) {
			continue
		}
		codes, ok := s.conditions(c, status, reply, q)
		if !ok {
			continue
		}
		n := conceptRank(sc.words, idx, text)
		if n < 0 {
			continue
		}
		cand.codes, cand.mlen = codes, n
		if cand.beats(best, have) {
			best, have = cand, true
		}
	}
	for _, idx := range sc.touched {
		sc.plen[idx] = 0
	}
	sc.touched = sc.touched[:0]
	sc.words = sc.words[:0]
	return best, have
}

// conceptWord makes the automaton pattern and its owner for a concept
// word: lower-cased, a trailing "*" (a stem) dropped, and word boundaries
// required at an edge that is an ASCII letter or digit (so "full" does not
// match in "successfully"; CJK and inflected Cyrillic words match inside
// longer text).
func conceptWord(w string, kind uint8, rule int32) (string, owner) {
	stem := strings.HasSuffix(w, "*")
	p := strings.ToLower(strings.TrimSuffix(w, "*"))
	return p, owner{
		rule:      rule,
		kind:      kind,
		wordStart: wordByte(p[0]),
		wordEnd:   !stem && wordByte(p[len(p)-1]),
	}
}

// wordByte tells whether b is an ASCII letter or digit.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// conceptWindow is the most bytes a noun and its predicate may stand
// apart: a clause, not a paragraph.
const conceptWindow = 60

// conceptRank returns how well a concept rule's words bind in text, to
// rank it against other matches of its priority (higher wins), or -1
// when no noun and predicate of the rule share a clause.
//
// In the head-first languages the first noun of a phrase is its head ("le
// domaine du destinataire n'existe pas": the domain is missing), so the
// longer pair wins, as a longer phrase does. Chinese, Japanese and Korean
// put the modifier before the noun it modifies ("收件人所在的域名…不存在":
// again the domain), so there the noun nearest the predicate is its
// subject and the tighter pair wins; and a noun after the predicate is
// its object, which ranks below a subject ("邮件的大小超过了对方邮箱的上限":
// the message exceeds, the mailbox is only what it exceeds). In the
// head-first languages a noun after its predicate is a complement when
// no noun of the rule comes before it: in "de mailbox bestaat niet op dit
// domein" or "user unknown in domain" the domain is where the user is
// missing, not what is missing. Such a pair (also an adjective before its
// noun: "unknown user") ranks lowest, so any subject pair or phrase of
// the same priority wins.
func conceptRank(words []wordHit, rule int32, text []byte) int {
	cjk := -1                 // the best CJK rank
	subject, object := -1, -1 // the shortest head-first pair of each kind
	for i := range words {
		a := &words[i]
		if a.rule != rule || a.kind != conceptNoun {
			continue
		}
		for j := range words {
			b := &words[j]
			if b.rule != rule || b.kind != conceptPredicate {
				continue
			}
			first, second := a, b
			if b.start < a.start {
				first, second = b, a
			}
			if second.start < first.end {
				continue // overlapping words: one word, not two
			}
			gap := text[first.end:second.start]
			if len(gap) > conceptWindow || clauseBreak(gap) {
				continue
			}
			n := int(second.end - first.start)
			latin := !cjkWord(text, a) || !cjkWord(text, b)
			switch {
			case latin && a.start < b.start:
				if subject < 0 || n < subject {
					subject = n
				}
			case latin:
				if object < 0 || n < object {
					object = n
				}
			case a.start < b.start: // the noun is the subject
				cjk = max(cjk, headFinalRank-n)
			default: // the noun is the object
				cjk = max(cjk, headFinalRank-objectRank-n)
			}
		}
	}
	switch {
	case cjk >= 0:
		return cjk
	case subject >= 0:
		return subject
	case object >= 0:
		return 0 // a complement: below every subject and every phrase
	}
	return -1
}

// headFinalRank ranks a CJK concept pair above every head-first one of
// the same priority; within it, a subject above an object (objectRank),
// then the shorter pair higher. A pair spans at most a few hundred bytes.
const (
	headFinalRank = 1 << 20
	objectRank    = 1 << 18
)

// cjkWord tells whether the word w of text is written in CJK ideographs,
// kana or Hangul: all of them lie at U+3000 and above, whose UTF-8 lead
// byte is 0xE3 or more.
func cjkWord(text []byte, w *wordHit) bool {
	return text[w.start] >= 0xE3
}

// clauseBreak tells whether the text between two words ends a clause: a
// sentence mark (". ", ";", "!", "?"), a comma or colon before a space
// ("Sender address rejected: Domain not found" names no domain of the
// recipient's), their CJK forms, or a blank line.
func clauseBreak(gap []byte) bool {
	for i, c := range gap {
		switch c {
		case ';', '!', '?':
			return true
		case '.', ',', ':':
			if i+1 < len(gap) && (gap[i+1] == ' ' || gap[i+1] == '\n') {
				return true
			}
		case '\n':
			if i+1 < len(gap) && gap[i+1] == '\n' {
				return true
			}
		}
	}
	for _, m := range cjkBreaks {
		if bytes.Contains(gap, m) {
			return true
		}
	}
	return false
}

var cjkBreaks = [][]byte{[]byte("。"), []byte("；"), []byte("！"), []byte("？"), []byte("，"), []byte("："), []byte("、")}
