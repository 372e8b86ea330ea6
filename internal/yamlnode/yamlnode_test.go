package yamlnode

import (
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func read(t *testing.T, text string, empty bool) (map[string][]string, []string) {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatal(err)
	}
	var errs []string
	r := Reader{EmptyLists: empty, Errorf: func(n *yaml.Node, f string, args ...any) {
		errs = append(errs, fmt.Sprintf("%d: %s", n.Line, fmt.Sprintf(f, args...)))
	}}
	got := map[string][]string{}
	r.Mapping(doc.Content[0], func(key string, _, v *yaml.Node) { got[key] = r.Strs(v, key) })
	return got, errs
}

func TestReader(t *testing.T) {
	got, errs := read(t, "a: x\nb: [y, z]\n", false)
	if len(errs) != 0 || strings.Join(got["a"], ",") != "x" || strings.Join(got["b"], ",") != "y,z" {
		t.Errorf("got %v, errors %v", got, errs)
	}
	for _, c := range []struct{ text, err string }{
		{"a: x\na: y\n", `2: key "a" given twice`},
		{"a: &x y\nb: *x\n", "2: YAML aliases and merge keys are not supported"},
		{"a: []\n", "1: a is an empty list"},
		{"a: {b: c}\n", "1: a must be a string or a list of strings, got a mapping"},
		{"a: [x, ~]\n", "1: a entry must be a string, got nothing"},
		{"[a]: x\n", "1: keys must be plain words"},
	} {
		_, errs := read(t, c.text, false)
		if len(errs) != 1 || errs[0] != c.err {
			t.Errorf("%q: errors %q, want %q", c.text, errs, c.err)
		}
	}
	if _, errs := read(t, "a: []\n", true); len(errs) != 0 {
		t.Errorf("an empty list where they are allowed: %q", errs)
	}
}
