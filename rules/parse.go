package rules

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/bounce-analyzer/bounce/internal/yamlerr"
	"github.com/bounce-analyzer/bounce/internal/yamlnode"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/signs"
	"go.yaml.in/yaml/v3"
)

//go:embed default.yaml
var defaultYAML []byte

// DefaultSource is the name the embedded rules carry in Rule.Source.
const DefaultSource = "rules/default.yaml"

var (
	defaultOnce  sync.Once
	defaultRules []*Rule
	defaultSet   *Set
)

func loadDefault() {
	rs, err := Parse(DefaultSource, defaultYAML)
	if err != nil {
		panic("rules: embedded default rules are broken: " + err.Error())
	}
	s, err := NewSet(rs)
	if err != nil {
		panic("rules: embedded default rules are broken: " + err.Error())
	}
	defaultRules, defaultSet = rs, s
}

// Default returns the embedded default rules. It panics only if the
// embedded file is broken, which a test rules out.
func Default() *Set {
	defaultOnce.Do(loadDefault)
	return defaultSet
}

// DefaultYAML returns the text of the embedded default rules file.
func DefaultYAML() []byte { return bytes.Clone(defaultYAML) }

// Load returns the default rules merged with the user rule files at paths,
// in order: a rule of a later file replaces the rule with the same id, and
// `disabled: true` removes it. On any error (unreadable file, bad rule) it
// returns the error and no Set: nothing is half-loaded.
func Load(paths ...string) (*Set, error) {
	defaultOnce.Do(loadDefault)
	if len(paths) == 0 {
		return defaultSet, nil
	}
	files := [][]*Rule{defaultRules}
	var errs []error
	var userSigns []*signs.Signs
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rs, sg, err := parseFile(p, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		files = append(files, rs)
		userSigns = append(userSigns, sg)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	set, err := NewSet(files...)
	if err != nil {
		return nil, err
	}
	set.signs = signs.Merge(signs.Default(), userSigns...)
	return set, nil
}

// Signs returns the signs of a bounce this set was loaded with: the
// embedded defaults with the `signs:` sections of the user files merged
// over them (see package signs). The parser takes them in
// parser.Limits.Signs.
func (s *Set) Signs() *signs.Signs {
	if s.signs == nil {
		return signs.Default()
	}
	return s.signs
}

// ParseError is an error in a rules file. Parse returns them joined with
// errors.Join; use errors.As to get at one.
type ParseError struct {
	File string
	Line int    // 1-based; 0 when unknown
	ID   string // the rule id, "" when the error is not inside a rule
	Msg  string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.ID != "" {
		fmt.Fprintf(&b, "rule %q: ", e.ID)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// parser carries the state of one Parse call.
type fileParser struct {
	name  string
	errs  []error
	id    string       // id of the rule being read
	signs *signs.Signs // the file's `signs:` section; nil when none
}

func (p *fileParser) errorf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &ParseError{File: p.name, Line: line, ID: p.id, Msg: fmt.Sprintf(format, args...)})
}

// Parse reads one rules file. name is used in error messages and in each
// rule's Source. Every problem is reported (joined), each naming the file,
// the line and the rule id; on error no rules are returned.
func Parse(name string, data []byte) (rules []*Rule, err error) {
	rules, _, err = parseFile(name, data)
	return rules, err
}

// parseFile is Parse that also reads the file's `signs:` section (nil
// when it has none).
func parseFile(name string, data []byte) (rules []*Rule, sg *signs.Signs, err error) {
	defer func() {
		// The YAML library should not panic, but a rules file must never
		// bring a program down.
		if v := recover(); v != nil {
			rules, sg, err = nil, nil, &ParseError{File: name, Msg: fmt.Sprintf("cannot parse: %v", v)}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlerr.Split(err)
		return nil, nil, &ParseError{File: name, Line: line, Msg: msg}
	}
	p := &fileParser{name: name}
	rules = p.file(&doc)
	if len(p.errs) > 0 {
		return nil, nil, errors.Join(p.errs...)
	}
	return rules, p.signs, nil
}

func (p *fileParser) file(doc *yaml.Node) []*Rule {
	if doc.Kind == 0 {
		return nil // empty file
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		p.errorf(doc, "want a mapping with a 'rules' list")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "want a mapping with a 'rules' list, got %s", yamlnode.Kind(root))
		return nil
	}
	var list, signsNode *yaml.Node
	p.nodes().Mapping(root, func(key string, k, v *yaml.Node) {
		switch key {
		case "rules":
			list = v
		case "signs":
			signsNode = v
			sg, err := signs.ParseNode(p.name, v)
			if err != nil {
				p.errs = append(p.errs, err)
			}
			p.signs = sg
		default:
			p.errorf(k, "unknown key %q (want 'rules' or 'signs')", key)
		}
	})
	if list == nil {
		if len(root.Content) == 0 || signsNode != nil {
			return nil
		}
		p.errorf(root, "missing 'rules' list")
		return nil
	}
	if list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return nil
	}
	if list.Kind != yaml.SequenceNode {
		p.errorf(list, "'rules' must be a list, got %s", yamlnode.Kind(list))
		return nil
	}
	var out []*Rule
	seen := map[string]int{}
	for i, n := range list.Content {
		r := p.rule(n, i)
		if r == nil {
			continue
		}
		if r.ID != "" {
			if line, dup := seen[r.ID]; dup {
				p.id = r.ID
				p.errorf(n, "duplicate id (first defined at line %d)", line)
				p.id = ""
				continue
			}
			seen[r.ID] = n.Line
		}
		out = append(out, r)
	}
	return out
}

func (p *fileParser) boolean(n *yaml.Node, what string) (bool, bool) {
	s, ok := p.nodes().Str(n, what)
	if !ok {
		return false, false
	}
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true, true
	case "false", "no", "off":
		return false, true
	}
	p.errorf(n, "%s must be true or false, got %q", what, s)
	return false, false
}

func (p *fileParser) rule(n *yaml.Node, index int) *Rule {
	p.id = ""
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "rule #%d must be a mapping, got %s", index+1, yamlnode.Kind(n))
		return nil
	}
	errsBefore := len(p.errs)
	r := &Rule{Source: fmt.Sprintf("%s:%d", p.name, n.Line)}
	// The id first, so that every later error can name it.
	var idNode *yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Kind == yaml.ScalarNode && n.Content[i].Value == "id" {
			idNode = n.Content[i+1]
			if s, ok := p.nodes().Str(idNode, "id"); ok {
				r.ID = s
			}
			break
		}
	}
	if r.ID == "" {
		p.id = fmt.Sprintf("#%d", index+1)
		if idNode == nil {
			p.errorf(n, "missing id")
		} else if len(p.errs) == errsBefore {
			p.errorf(idNode, "empty id")
		}
	} else {
		p.id = r.ID
		if !idRE.MatchString(r.ID) {
			p.errorf(idNode, "bad id: use lower-case letters, digits and . _ -")
		}
	}

	var reasonNode, matchNode, examplesNode, decidesNode *yaml.Node
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
		case "reason":
			reasonNode = v
			if s, ok := p.nodes().Str(v, "reason"); ok {
				r.Reason = record.Reason(s)
				if !r.Reason.Valid() {
					p.errorf(v, "unknown reason %q (see reasons.md: %s)", s, vocabulary())
				}
			}
		case "priority":
			if s, ok := p.nodes().Str(v, "priority"); ok {
				pr, err := strconv.Atoi(s)
				if err != nil {
					p.errorf(v, "priority must be an integer, got %q", s)
				}
				r.Priority = pr
			}
		case "hard":
			if b, ok := p.boolean(v, "hard"); ok {
				r.Hard = &b
			}
		case "outside_rcpt":
			if s, ok := p.nodes().Str(v, "outside_rcpt"); ok {
				r.OutsideRCPT = record.Reason(s)
				if !r.OutsideRCPT.Valid() {
					p.errorf(v, "unknown reason %q (see reasons.md: %s)", s, vocabulary())
				}
			}
		case "when_delayed":
			if s, ok := p.nodes().Str(v, "when_delayed"); ok {
				r.WhenDelayed = record.Reason(s)
				if !r.WhenDelayed.Valid() {
					p.errorf(v, "unknown reason %q (see reasons.md: %s)", s, vocabulary())
				}
			}
		case "decides":
			if b, ok := p.boolean(v, "decides"); ok {
				r.Decides, decidesNode = b, v
			}
		case "disabled":
			if b, ok := p.boolean(v, "disabled"); ok {
				r.Disabled = b
			}
		case "match":
			matchNode = v
			p.match(v, r)
		case "description":
			p.description(v, r)
		case "examples":
			examplesNode = v
			r.Examples = p.examples(v, "examples")
		case "not":
			r.CounterExamples = p.examples(v, "not")
		default:
			p.errorf(k, "unknown key %q (want id, reason, priority, hard, outside_rcpt, when_delayed, decides, disabled, match, description, examples, not)", key)
		}
	})
	if r.Disabled {
		return r // only the id matters
	}
	if reasonNode == nil {
		p.errorf(n, "missing reason")
	} else if r.Decides && !r.Reason.Vague() && r.Reason.Valid() {
		// Other reasons' words decide already; decides would only drop
		// the stage adjustment (MAIL FROM words are the sender's).
		p.errorf(decidesNode, "decides is only for onhold and undefined rules, not %s", r.Reason)
	}
	if matchNode == nil {
		p.errorf(n, "missing match")
	} else if r.Tier() == 0 && len(p.errs) == errsBefore {
		p.errorf(matchNode, "no match condition (want status, reply, vendor, host, phrase, regexp or nouns with predicates)")
	} else if (len(r.Nouns) > 0) != (len(r.Predicates) > 0) && len(p.errs) == errsBefore {
		p.errorf(matchNode, "a concept needs both nouns and predicates")
	}
	if examplesNode == nil || len(r.Examples) == 0 {
		if examplesNode == nil {
			p.errorf(n, "missing examples: every rule needs at least one")
		} else if len(p.errs) == errsBefore {
			p.errorf(examplesNode, "examples is empty: every rule needs at least one")
		}
	}
	if len(p.errs) > errsBefore {
		return nil
	}
	return r
}

func (p *fileParser) match(n *yaml.Node, r *Rule) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "match must be a mapping, got %s", yamlnode.Kind(n))
		return
	}
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "phrase", "phrases":
			for i, s := range p.nodes().Strs(v, key) {
				if s == "" {
					p.errorf(entry(v, i), "empty phrase")
					continue
				}
				r.Phrases = append(r.Phrases, s)
			}
		case "regexp", "regexps":
			for i, s := range p.nodes().Strs(v, key) {
				re, lits, err := compileRegexp(s)
				if err != nil {
					p.errorf(entry(v, i), "%v", err)
					continue
				}
				r.Regexps = append(r.Regexps, s)
				r.parsed = append(r.parsed, parsedRegexp{s, re, lits})
			}
		case "status":
			for i, s := range p.nodes().Strs(v, key) {
				if err := validStatus(s); err != nil {
					p.errorf(entry(v, i), "%v", err)
					continue
				}
				r.Status = append(r.Status, s)
			}
		case "reply":
			for i, s := range p.nodes().Strs(v, key) {
				if err := validReply(s); err != nil {
					p.errorf(entry(v, i), "%v", err)
					continue
				}
				r.Reply = append(r.Reply, s)
			}
		case "vendor", "vendors":
			for i, s := range p.nodes().Strs(v, key) {
				if strings.TrimSpace(s) == "" {
					p.errorf(entry(v, i), "empty vendor")
					continue
				}
				r.Vendors = append(r.Vendors, s)
			}
		case "host", "hosts":
			for i, s := range p.nodes().Strs(v, key) {
				if err := validHost(s); err != nil {
					p.errorf(entry(v, i), "%v", err)
					continue
				}
				r.Hosts = append(r.Hosts, s)
			}
		case "nouns", "predicates":
			for i, w := range p.nodes().Strs(v, key) {
				if strings.TrimSuffix(strings.TrimSpace(w), "*") == "" || strings.TrimSpace(w) != w {
					p.errorf(entry(v, i), "bad concept word %q in %s", w, key)
					continue
				}
				if key == "nouns" {
					r.Nouns = append(r.Nouns, w)
				} else {
					r.Predicates = append(r.Predicates, w)
				}
			}
		default:
			p.errorf(k, "unknown match key %q (want phrase, regexp, nouns, predicates, status, reply, vendor, host)", key)
		}
	})
}

// entry returns the node of the i-th entry of a list (or the scalar).
func entry(n *yaml.Node, i int) *yaml.Node {
	if n.Kind == yaml.SequenceNode && i < len(n.Content) {
		return n.Content[i]
	}
	return n
}

func (p *fileParser) description(n *yaml.Node, r *Rule) {
	if n.Kind == yaml.ScalarNode {
		if s, ok := p.nodes().Str(n, "description"); ok {
			r.DescriptionEN = s
		}
		return
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "description must be a mapping {en: ..., zh: ...}, got %s", yamlnode.Kind(n))
		return
	}
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "en":
			if s, ok := p.nodes().Str(v, "description.en"); ok {
				r.DescriptionEN = s
			}
		case "zh":
			if s, ok := p.nodes().Str(v, "description.zh"); ok {
				r.DescriptionZH = s
			}
		default:
			p.errorf(k, "unknown description key %q (want en, zh)", key)
		}
	})
}

func (p *fileParser) examples(n *yaml.Node, what string) []Example {
	var items []*yaml.Node
	switch n.Kind {
	case yaml.SequenceNode:
		items = n.Content
	case yaml.ScalarNode, yaml.MappingNode:
		items = []*yaml.Node{n}
	default:
		p.errorf(n, "%s must be a list, got %s", what, yamlnode.Kind(n))
		return nil
	}
	var out []Example
	for _, it := range items {
		switch it.Kind {
		case yaml.ScalarNode:
			s, ok := p.nodes().Str(it, what+" entry")
			if !ok {
				continue
			}
			if s == "" {
				p.errorf(it, "empty %s entry", what)
				continue
			}
			e := Example{Text: s}
			e.Reply, e.Status = ParseCodes(s)
			out = append(out, e)
		case yaml.MappingNode:
			var e Example
			var haveStatus, haveReply bool
			p.nodes().Mapping(it, func(key string, k, v *yaml.Node) {
				s, ok := p.nodes().Str(v, what+"."+key)
				if !ok {
					return
				}
				switch key {
				case "text":
					e.Text = s
				case "status":
					e.Status, haveStatus = s, true
					if s != "" {
						if err := validStatus(s); err != nil || strings.HasSuffix(s, ".") {
							p.errorf(v, "bad example status %q", s)
						}
					}
				case "reply":
					e.Reply, haveReply = s, true
				case "vendor":
					e.Vendor = s
				case "host":
					e.Host = s
				default:
					p.errorf(k, "unknown %s key %q (want text, status, reply, vendor, host)", what, key)
				}
			})
			rp, st := ParseCodes(e.Text)
			if !haveStatus {
				e.Status = st
			}
			if !haveReply {
				e.Reply = rp
			}
			if e.Text == "" && e.Status == "" && e.Reply == "" && e.Vendor == "" && e.Host == "" {
				p.errorf(it, "empty %s entry", what)
				continue
			}
			out = append(out, e)
		default:
			p.errorf(it, "%s entry must be a string or a mapping, got %s", what, yamlnode.Kind(it))
		}
	}
	return out
}

// vocabulary lists the reason names for an error message.
func vocabulary() string {
	var b strings.Builder
	for i, r := range record.Reasons() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// nodes reads p's nodes, its errors going to p.errorf.
func (p *fileParser) nodes() yamlnode.Reader {
	return yamlnode.Reader{Errorf: p.errorf}
}
