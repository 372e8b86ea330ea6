package parser

import (
	"strings"
	"testing"
)

func FuzzLower(f *testing.F) {
	for _, s := range []string{"", "abc", "Hello, World! 550 5.1.1 USER UNKNOWN", "@[\\]^_`{|}~AZaz", "Straße İK", "\xff\xfeABC", strings.Repeat("MiXeD ", 20)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Fatalf("lower(%q) = %q, want %q", s, got, want)
		}
	})
}
