package provider

import "testing"

// A provider file is user input: Parse returns a table or an error, and
// lookups on what it returns never panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(defaultYAML), "mx.qq.com")
	f.Add([]byte("providers:\n  - id: a\n    domains: ['x.*']\n"), "a.x.co.uk")
	f.Add([]byte("providers: [{id: a, domains: [.]}]"), ".")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		tab, err := Parse("f.yaml", data)
		if err != nil {
			return
		}
		tab.Of(name, name)
		tab.Host(name)
	})
}
