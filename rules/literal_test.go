package rules

import (
	"math/rand"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

func lits(t *testing.T, expr string) []string {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	return requiredLiterals(re)
}

func TestRequiredLiterals(t *testing.T) {
	cases := []struct {
		re   string
		want []string
	}{
		{`user unknown`, []string{"user unknown"}},
		{`mailbox .{0,20} not found`, []string{" not found"}},
		{`(?:user|mailbox) unknown`, []string{"mailbox unknown", "user unknown"}},
		{`\brbl\b`, []string{"rbl"}},
		{`^4[25]\d try again later$`, []string{" try again later"}},
		{`a+b`, []string{"a"}},
		{`.*`, nil},
		{`a|.*`, nil},
		{`(?i)user`, nil},
		{`x?`, nil},
		{`dt:(spm|rbl)`, []string{"dt:rbl", "dt:spm"}},
		{`this user doesn't have an? [a-z.]+ account`, []string{"this user doesn't have a"}},
		{`[ab]c`, []string{"ac", "bc"}},
		{`该用户.*不存在`, []string{"该用户"}},
	}
	for _, c := range cases {
		got := lits(t, c.re)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", c.re, got, c.want)
		}
	}
}

// Soundness: whenever a regexp matches a text, one of its required
// literals occurs in the text.
func TestRequiredLiteralsSound(t *testing.T) {
	exprs := []string{
		`ab+c`, `a(b|cd)*e`, `(ab|cd)ef`, `x?yz`, `(a|b|c)(d|e)f{2,3}`, `a.b`, `[a-c]{2}d`,
		`(?:abc|ab)c`, `a(?:)b`, `^ab$`, `\bab\b`, `(a+|b)c`, `a{1,5}b`, `(?:a|b)?c`,
		`ab|cd|ef`, `(ab){2}`, `a(b(c|d)e)+f`,
	}
	rng := rand.New(rand.NewSource(3))
	for _, e := range exprs {
		re := regexp.MustCompile(e)
		tree, _ := syntax.Parse(e, syntax.Perl)
		ls := requiredLiterals(tree)
		if ls == nil {
			continue
		}
		for k := 0; k < 3000; k++ {
			b := make([]byte, rng.Intn(12))
			for i := range b {
				b[i] = "abcdef "[rng.Intn(7)]
			}
			text := string(b)
			if !re.MatchString(text) {
				continue
			}
			ok := false
			for _, l := range ls {
				if strings.Contains(text, l) {
					ok = true
				}
			}
			if !ok {
				t.Fatalf("%q matches %q but none of %q occurs", e, text, ls)
			}
		}
	}
}
