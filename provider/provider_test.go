package provider

import (
	"strings"
	"testing"
)

func TestDefaultDomains(t *testing.T) {
	tab := Default()
	for domain, want := range map[string]string{
		"qq.com":              "qq",
		"vip.qq.com":          "qq",
		"foxmail.com":         "qq",
		"163.com":             "netease",
		"126.com":             "netease",
		"yeah.net":            "netease",
		"sina.cn":             "sina",
		"sohu.com":            "sohu",
		"aliyun.com":          "aliyun",
		"gmail.com":           "gmail",
		"GoogleMail.com.":     "gmail",
		"hotmail.co.uk":       "microsoft",
		"hotmail.fr":          "microsoft",
		"live.jp":             "microsoft",
		"outlook.com":         "microsoft",
		"yahoo.com":           "yahoo",
		"yahoo.co.uk":         "yahoo",
		"yahoo.co.jp":         "yahoojp", // the most specific entry beats yahoo.*
		"aol.com":             "yahoo",
		"icloud.com":          "apple",
		"me.com":              "apple",
		"example.com":         "",
		"notqq.com":           "", // a suffix match is by label, not by string
		"hotmail.example.a.b": "",
		"":                    "",
	} {
		got := ""
		if p := tab.Domain(domain); p != nil {
			got = p.ID
		}
		if got != want {
			t.Errorf("Domain(%q) = %q, want %q", domain, got, want)
		}
	}
}

// A company domain hosted by a provider is known by the MTA that answered.
func TestOfHosts(t *testing.T) {
	tab := Default()
	for _, c := range []struct {
		domain string
		hosts  []string
		want   string
	}{
		{"corp.example.cn", []string{"", "mxbiz1.qq.com"}, "qq"},
		{"example.com", []string{"example-com.mail.protection.outlook.com"}, "microsoft"},
		{"example.org", []string{"aspmx.l.google.com"}, "gmail"},
		{"example.net", []string{"mx.example.net"}, ""},
		{"qq.com", []string{"aspmx.l.google.com"}, "qq"}, // the domain's own provider first
	} {
		got := ""
		if p := tab.Of(c.domain, c.hosts...); p != nil {
			got = p.ID
		}
		if got != c.want {
			t.Errorf("Of(%q, %q) = %q, want %q", c.domain, c.hosts, got, c.want)
		}
	}
}

func TestNames(t *testing.T) {
	p := Default().Domain("163.com")
	if p.Name("zh") != "网易 163 / 126 / yeah" || !strings.HasPrefix(p.Name("en"), "NetEase") {
		t.Errorf("names: en %q zh %q", p.Name("en"), p.Name("zh"))
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"providers:\n  - name: {en: x}\n", "has no id"},
		{"providers:\n  - id: a\n  - id: a\n", "listed twice"},
		{"providers:\n  - id: a\n    domains: [x.com]\n  - id: b\n    domains: [x.com]\n", `already belongs to "a"`},
		{"providers:\n  - id: a\n    domains: ['*.x.com']\n", "bad domain"},
		{"providers:\n  - id: a\n    colour: red\n", "colour"},
	} {
		_, err := Parse("t.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "t.yaml: ") {
			t.Errorf("Parse(%q) = %v, want an error naming t.yaml and %q", c.yaml, err, c.want)
		}
	}
}

func TestDomainOf(t *testing.T) {
	for in, want := range map[string]string{"a@QQ.com": "qq.com", "<b@x.org>": "x.org", "nobody": ""} {
		if got := DomainOf(in); got != want {
			t.Errorf("DomainOf(%q) = %q, want %q", in, got, want)
		}
	}
}
