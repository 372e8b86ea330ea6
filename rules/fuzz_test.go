package rules

import (
	"bytes"
	"testing"
)

// FuzzParse feeds the rules loader arbitrary bytes: it may reject them but
// must never panic, and what it accepts must build a Set.
func FuzzParse(f *testing.F) {
	f.Add(defaultYAML)
	// Small pieces of the default file too: mutating a 200 KB input is
	// slow, and small valid files let the fuzzer reach the deeper checks.
	for _, piece := range bytes.SplitAfter(defaultYAML, []byte("\n  - id: "))[1:8] {
		f.Add(append([]byte("rules:\n  - id: "), bytes.TrimSuffix(piece, []byte("\n  - id: "))...))
	}
	f.Add([]byte(precedenceYAML))
	f.Add([]byte("rules:\n  - id: x\n    disabled: true\n"))
	f.Add([]byte("rules: [{id: a, reason: blocked, match: {phrase: x}, examples: [x]}]"))
	f.Add([]byte("rules:\n - &a {id: a}\n - *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := Parse("fuzz.yaml", data)
		if err != nil {
			if rs != nil {
				t.Fatal("rules returned with an error")
			}
			return
		}
		s, err := NewSet(rs)
		if err != nil {
			return
		}
		s.Test()
		s.Match(Query{Text: string(data), Status: "5.1.1", ReplyCode: "550", Hosts: []string{"mx.qq.com"}})
	})
}
