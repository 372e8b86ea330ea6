package rules

import (
	"errors"
	"testing"
)

// A YAML syntax error in a rules file names the file and the line of the
// construct that is broken, like every other error of a rules file.
func TestSyntaxErrorHasItsLine(t *testing.T) {
	_, err := Parse("e1.yaml", []byte("rules:\n  - id: x.y\n    reason: [userunknown\n"))
	var pe *ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse = %v, want a *ParseError", err)
	}
	if pe.Line != 3 || pe.Error() != "e1.yaml:3: yaml: did not find expected ',' or ']'" {
		t.Errorf("error %q (line %d), want e1.yaml:3: yaml: did not find expected ',' or ']'", pe, pe.Line)
	}
}
