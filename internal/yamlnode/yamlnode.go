// Package yamlnode reads the nodes of the project's strict YAML data
// files (the rules and the signs): plain keys given once, no aliases or
// merge keys, strings where strings are due. Every problem goes to the
// caller's Errorf with its node, so the caller names the file and line.
package yamlnode

import "go.yaml.in/yaml/v3"

// Reader reads nodes, reporting problems through Errorf.
type Reader struct {
	Errorf func(n *yaml.Node, format string, args ...any)
	// EmptyLists lets Strs accept an empty list.
	EmptyLists bool
}

// Mapping walks the key/value pairs of a mapping node, reporting
// aliases, merge keys, non-scalar keys and keys given twice.
func (r Reader) Mapping(n *yaml.Node, fn func(key string, k, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.Errorf(k, "keys must be plain words")
			continue
		}
		if v.Kind == yaml.AliasNode || k.Tag == "!!merge" {
			r.Errorf(k, "YAML aliases and merge keys are not supported")
			continue
		}
		if seen[k.Value] {
			r.Errorf(k, "key %q given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
}

// Str reads a string.
func (r Reader) Str(n *yaml.Node, what string) (string, bool) {
	if n.Kind == yaml.AliasNode {
		r.Errorf(n, "YAML aliases are not supported")
		return "", false
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.Errorf(n, "%s must be a string, got %s", what, Kind(n))
		return "", false
	}
	return n.Value, true
}

// Strs reads a string or a list of strings.
func (r Reader) Strs(n *yaml.Node, what string) []string {
	switch n.Kind {
	case yaml.ScalarNode:
		if s, ok := r.Str(n, what); ok {
			return []string{s}
		}
		return nil
	case yaml.SequenceNode:
		out := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if s, ok := r.Str(c, what+" entry"); ok {
				out = append(out, s)
			}
		}
		if len(n.Content) == 0 && !r.EmptyLists {
			r.Errorf(n, "%s is an empty list", what)
		}
		return out
	}
	r.Errorf(n, "%s must be a string or a list of strings, got %s", what, Kind(n))
	return nil
}

// Kind names a node's kind for an error message.
func Kind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.DocumentNode:
		return "a document"
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return "a scalar"
	case yaml.AliasNode:
		return "an alias"
	}
	return "something else"
}
