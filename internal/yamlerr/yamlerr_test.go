package yamlerr

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// The line of every syntax error is the line a person looks at: the
// construct the parser was reading, or the scanner's bad character.
func TestSplitGivesTheLine(t *testing.T) {
	for _, c := range []struct {
		text string
		line int
		msg  string
	}{
		{"rules:\n  - id: x\n    reason: [a\n", 3, "yaml: did not find expected ',' or ']'"},
		{"signs:\n  closings:\n    words: [a, b\n    examples: [c]\n", 3, "yaml: did not find expected ',' or ']'"},
		{"a: b\n\tc: d\n", 2, "yaml: found a tab character that violates indentation"},
		{"a: b\nc: d: e\n", 2, "yaml: mapping values are not allowed in this context"},
		{"rules:\n  - id: x\n   reason: a\n", 2, "yaml: did not find expected '-' indicator"},
	} {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(c.text), &n)
		if err == nil {
			t.Fatalf("%q: no error", c.text)
		}
		line, msg := Split(err)
		if line != c.line || msg != c.msg {
			t.Errorf("%q: Split(%q) = %d, %q; want %d, %q", c.text, err, line, msg, c.line, c.msg)
		}
	}
}
