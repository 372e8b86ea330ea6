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

// trimBlankLeft and trimBlankRight trim as the library does with " \t".
func FuzzTrimBlank(f *testing.F) {
	for _, s := range []string{"", " ", "\t \tx", "x \t", " \t x y \t ", "\u00a0x\u00a0", "\r\n x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimBlankLeft(s), strings.TrimLeft(s, " \t"); got != want {
			t.Errorf("trimBlankLeft(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimBlankRight(s), strings.TrimRight(s, " \t"); got != want {
			t.Errorf("trimBlankRight(%q) = %q, want %q", s, got, want)
		}
	})
}

// BenchmarkLower lower-cases a typical notice paragraph (ASCII, mixed
// case), as every notice and diagnostic is.
func BenchmarkLower(b *testing.B) {
	s := strings.Repeat("This is the mail system at host MX.Example.ORG. I'm sorry to have to inform you that your message could not be delivered. ", 16)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		lower(s)
	}
}
