package parser

import (
	"strings"
	"testing"
)

// Only a line's head is lower-cased: long lines, lines whose capitals
// shrink or grow when lower-cased, and lines cut inside a character
// still match the way the whole lower-cased line would.
func TestLineStartsHead(t *testing.T) {
	ls := newLineStarts([]string{"kkkk end of report", "délivrance impossible"})
	long := strings.Repeat(" tail", 400)
	for _, c := range []struct {
		line string
		want bool
	}{
		{"KKKK END OF REPORT" + long, true},
		{"\u212a\u212a\u212a\u212a end of report" + long, true}, // Kelvin signs lower-case to "k"
		{"DÉLIVRANCE IMPOSSIBLE" + long, true},
		{"DÉLIVRANCE" + strings.Repeat("é", 200), false},
		{"kkkk end of rep", false},
		{"", false},
	} {
		if got := ls.match(c.line); got != c.want {
			t.Errorf("match(%.40q) = %v, want %v", c.line, got, c.want)
		}
		if whole := strings.HasPrefix(lower(c.line), "kkkk end of report") || strings.HasPrefix(lower(c.line), "délivrance impossible"); whole != c.want {
			t.Errorf("%.40q: the whole line lower-cased says %v", c.line, whole)
		}
	}
}
