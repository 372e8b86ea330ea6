package signs

import (
	"errors"
	"fmt"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/bounce-analyzer/bounce/internal/yamlerr"
	"github.com/bounce-analyzer/bounce/internal/yamlnode"
	"go.yaml.in/yaml/v3"
)

// ParseError is an error in a signs section. Parse and ParseNode return
// them joined with errors.Join; errors.As gets at one.
type ParseError struct {
	File string
	Line int    // 1-based; 0 when unknown
	Key  string // the list or signature ("signatures[3]"), "" when outside one
	Msg  string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": signs: ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

type fileParser struct {
	name string
	key  string
	errs []error
	// The examples and counter-examples of bare_markers, checked when
	// the file's marker_followers are known too.
	bareEx, bareNot *yaml.Node
}

func (p *fileParser) errorf(n *yaml.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &ParseError{File: p.name, Line: line, Key: p.key, Msg: fmt.Sprintf(format, args...)})
}

// Parse reads a file whose one key is `signs:` (the embedded defaults).
// name is used in errors and in Signature.Source.
func Parse(name string, data []byte) (s *Signs, err error) {
	defer func() {
		if v := recover(); v != nil {
			s, err = nil, &ParseError{File: name, Msg: fmt.Sprintf("cannot parse: %v", v)}
		}
	}()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlerr.Split(err)
		return nil, &ParseError{File: name, Line: line, Msg: msg}
	}
	p := &fileParser{name: name}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		p.errorf(&doc, "want a mapping with a 'signs' section")
		return nil, errors.Join(p.errs...)
	}
	var section *yaml.Node
	p.nodes().Mapping(doc.Content[0], func(key string, k, v *yaml.Node) {
		if key != "signs" {
			p.errorf(k, "unknown key %q (want 'signs')", key)
			return
		}
		section = v
	})
	if section == nil {
		p.errorf(doc.Content[0], "missing 'signs' section")
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return ParseNode(name, section)
}

// ParseNode reads the value of a `signs:` key (a mapping of lists and
// signatures) from a YAML file named name; rules.Load calls it for the
// section of a user's rules file. Every problem is reported, each naming
// file and line; on any error no Signs is returned. Every entry's
// examples are checked against it here, so a file that does not keep its
// own examples does not load.
func ParseNode(name string, n *yaml.Node) (*Signs, error) {
	p := &fileParser{name: name}
	s := &Signs{}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return s, nil
	}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "want a mapping of lists, got %s", yamlnode.Kind(n))
		return nil, errors.Join(p.errs...)
	}
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		p.key = key
		defer func() { p.key = "" }()
		if key == "signatures" {
			s.Signatures = p.signatures(v)
			return
		}
		for l, info := range Lists {
			if info.Key == key {
				s.lists[l], s.remove[l], s.examples[l], s.not[l] = p.list(v, List(l))
				s.exAt[l], s.notAt[l], s.removedAt[l] = p.places(v, len(s.examples[l]), len(s.not[l]), len(s.remove[l]))
				return
			}
		}
		p.key = ""
		p.errorf(k, "unknown key %q (want 'signatures' or a list: %s)", key, listKeys())
	})
	p.checkBareMarkers(s)
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return s, nil
}

// checkBareMarkers checks the examples of bare_markers with the file's
// marker_followers and, in a user's file, the default ones it keeps.
func (p *fileParser) checkBareMarkers(s *Signs) {
	followers := s.lists[MarkerFollowers]
	if p.name != DefaultSource {
		for _, w := range Default().lists[MarkerFollowers] {
			if !containsWord(s.remove[MarkerFollowers], w) {
				followers = append(followers, w)
			}
		}
	}
	p.key = Lists[BareMarkers].Key
	defer func() { p.key = "" }()
	for _, e := range s.examples[BareMarkers] {
		if !MatchBareMarker(s.lists[BareMarkers], followers, nil, e) {
			p.errorf(p.bareEx, "example %q matches none of the words", e)
		}
	}
	for _, e := range s.not[BareMarkers] {
		if MatchBareMarker(s.lists[BareMarkers], followers, nil, e) {
			p.errorf(p.bareNot, "counter-example %q matches a word", e)
		}
	}
}

func listKeys() string {
	keys := make([]string, len(Lists))
	for i, l := range Lists {
		keys[i] = l.Key
	}
	return strings.Join(keys, ", ")
}

// list reads {words, examples, not} and checks the examples.
func (p *fileParser) list(n *yaml.Node, l List) (words, remove, examples, not []string) {
	kind := Lists[l].Kind
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "want a mapping with 'words', 'examples' and 'not', got %s", yamlnode.Kind(n))
		return nil, nil, nil, nil
	}
	var wordsNode, removeNode, exNode, notNode *yaml.Node
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "words":
			words, wordsNode = p.words(v, kind), v
		case "remove":
			remove, removeNode = p.words(v, kind), v
		case "examples":
			examples, exNode = p.nodes().Strs(v, "examples"), v
		case "not":
			not, notNode = p.nodes().Strs(v, "not"), v
		default:
			p.errorf(k, "unknown key %q (want words, remove, examples, not)", key)
		}
	})
	if removeNode != nil {
		// Only a default word can be removed: a word that is not one is
		// a typo that would silently change nothing.
		for _, w := range remove {
			if !containsWord(Default().lists[l], w) {
				p.errorf(removeNode, "cannot remove %q: not a default word of %s", w, Lists[l].Key)
			}
		}
	}
	if wordsNode == nil {
		if removeNode == nil {
			p.errorf(n, "missing 'words' (or 'remove')")
		}
		return nil, remove, nil, not
	}
	if exNode == nil || len(examples) == 0 {
		p.errorf(n, "missing 'examples': give at least one text the words are meant for")
	}
	if kind == BareMarker {
		p.bareEx, p.bareNot = exNode, notNode // checked with the followers
		return words, remove, examples, not
	}
	for _, e := range examples {
		if !Match(kind, words, e) {
			p.errorf(exNode, "example %q matches none of the words", e)
		}
	}
	for _, e := range not {
		if Match(kind, words, e) {
			p.errorf(notNode, "counter-example %q matches a word", e)
		}
	}
	return words, remove, examples, not
}

// places gives the place of each of a list's n examples, m
// counter-examples and r removed words: the line of the item itself.
func (p *fileParser) places(n *yaml.Node, ex, not, r int) (exAt, notAt, removedAt []Place) {
	at := func(key string, count int) []Place {
		var out []Place
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value != key {
				continue
			}
			v := n.Content[i+1]
			for j := 0; j < count; j++ {
				line := v.Line
				if v.Kind == yaml.SequenceNode && j < len(v.Content) {
					line = v.Content[j].Line
				}
				out = append(out, Place{File: p.name, Line: line})
			}
		}
		for len(out) < count {
			out = append(out, Place{File: p.name, Line: n.Line})
		}
		return out[:count]
	}
	return at("examples", ex), at("not", not), at("remove", r)
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// words reads a list of words: lower case (field names canonical), no
// empty word, none twice.
func (p *fileParser) words(n *yaml.Node, kind Kind) []string {
	ws := p.nodes().Strs(n, "words")
	seen := map[string]bool{}
	out := ws[:0]
	for _, w := range ws {
		switch {
		case strings.TrimSpace(w) == "":
			p.errorf(n, "an empty word would match everything")
			continue
		case kind == Field:
			if strings.ContainsAny(w, ": \t") {
				p.errorf(n, "%q is no header field name", w)
				continue
			}
			w = textproto.CanonicalMIMEHeaderKey(w)
		case w != strings.ToLower(w):
			p.errorf(n, "word %q must be lower case (it is compared with lower-cased text)", w)
			continue
		}
		if seen[w] {
			p.errorf(n, "word %q given twice", w)
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

func (p *fileParser) signatures(n *yaml.Node) []Signature {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, "want a list of signatures, got %s", yamlnode.Kind(n))
		return nil
	}
	var out []Signature
	for i, e := range n.Content {
		p.key = fmt.Sprintf("signatures[%d]", i)
		if s, ok := p.signature(e); ok {
			out = append(out, s)
		}
	}
	return out
}

func (p *fileParser) signature(n *yaml.Node) (Signature, bool) {
	s := Signature{Source: p.name, Line: n.Line}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "want a mapping, got %s", yamlnode.Kind(n))
		return s, false
	}
	before := len(p.errs)
	var hasWords, hasEvidence bool
	exNode, notNode := n, n
	p.nodes().Mapping(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "vendor":
			s.Vendor, _ = p.nodes().Str(v, "vendor")
			if s.Vendor != strings.ToLower(s.Vendor) || strings.ContainsAny(s.Vendor, " \t") || s.Vendor == "" {
				p.errorf(v, "vendor %q: want a lower-case name without spaces", s.Vendor)
			}
		case "header":
			h, _ := p.nodes().Str(v, "header")
			if strings.ContainsAny(h, ": \t") {
				p.errorf(v, "%q is no header field name", h)
			}
			if h != "" {
				s.Header = textproto.CanonicalMIMEHeaderKey(h)
			}
		case "needs":
			h, _ := p.nodes().Str(v, "needs")
			if h == "" || strings.ContainsAny(h, ": \t") {
				p.errorf(v, "%q is no header field name", h)
			}
			s.Needs = textproto.CanonicalMIMEHeaderKey(h)
		case "words":
			s.Words, hasWords = p.nodes().Strs(v, "words"), true
			seen := map[string]bool{}
			for _, w := range s.Words {
				if w != strings.ToLower(w) {
					p.errorf(v, "word %q must be lower case (it is compared with lower-cased text)", w)
				}
				if seen[w] {
					p.errorf(v, "word %q given twice", w)
				}
				seen[w] = true
			}
		case "evidence":
			e, _ := p.nodes().Str(v, "evidence")
			ev, ok := evidenceNames[e]
			if !ok {
				p.errorf(v, "evidence %q: want bounce, sender or stamp", e)
			}
			s.Evidence, hasEvidence = ev, true
		case "examples":
			s.Examples, exNode = p.nodes().Strs(v, "examples"), v
		case "not":
			s.Not, notNode = p.nodes().Strs(v, "not"), v
		default:
			p.errorf(k, "unknown key %q (want vendor, header, words, needs, evidence, examples, not)", key)
		}
	})
	switch {
	case s.Vendor == "" && len(p.errs) == before:
		p.errorf(n, "missing 'vendor'")
	case !hasWords || len(s.Words) == 0:
		p.errorf(n, "missing 'words'")
	case !hasEvidence:
		p.errorf(n, "missing 'evidence' (bounce, sender or stamp)")
	case len(s.Examples) == 0:
		p.errorf(n, "missing 'examples': give at least one text the signature is meant for")
	}
	for _, w := range s.Words {
		if w == "" && s.Header == "" {
			p.errorf(n, "an empty word matches any notice: give a header for it")
		}
	}
	if len(p.errs) > before {
		return s, false
	}
	for _, e := range s.Examples {
		if !s.Matches(e) {
			p.errorf(exNode, "example %q matches none of the words", e)
		}
	}
	for _, e := range s.Not {
		if s.Matches(e) {
			p.errorf(notNode, "counter-example %q matches a word", e)
		}
	}
	return s, len(p.errs) == before
}

// nodes reads p's nodes, its errors going to p.errorf.
func (p *fileParser) nodes() yamlnode.Reader {
	return yamlnode.Reader{Errorf: p.errorf, EmptyLists: true}
}
