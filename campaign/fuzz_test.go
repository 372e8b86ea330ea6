package campaign

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind: any return address and header value gives bounded, clean
// values, and a VERP address that is one.
func FuzzFind(f *testing.F) {
	f.Add("announce-bounces+alice=example.com@lists.example.org", "X-Mailgun-Variables", `{"campaign_id":"c"}`, "alice@example.com")
	f.Add("bounce+a.b-mary-jane=example.com@mg.example.org", "Feedback-ID", "a:b:c:d", "")
	f.Add("x-y-z=a.b@c", "List-Id", "<a.b>", "Z@A.B")
	f.Add("SRS0=x=y=example.com=a@f.example", "X-SES-MESSAGE-TAGS", "campaign=;campaign=x", "")
	f.Add("bounces+1-a-b=example.com@em.example.org", "X-SMTPAPI", `{"unique_args":{"campaign":"c"},"category":["a",1]}`, "")
	f.Fuzz(func(t *testing.T, addr, name, value, rcpt string) {
		tie := Default().Find([]string{addr}, fields(name, value, "Return-Path", addr), []string{rcpt})
		for _, v := range []string{tie.ListID, tie.Campaign, tie.Subscriber} {
			if len(v) > maxValue || strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }) {
				t.Fatalf("value %q", v)
			}
		}
		if tie.VERP != "" && (strings.Count(tie.VERP, "@") != 1 || !utf8.ValidString(tie.VERP) && utf8.ValidString(addr)) {
			t.Fatalf("VERP %q of %q", tie.VERP, addr)
		}
		if tie.VERP != "" && !isDomain(tie.VERP[strings.LastIndexByte(tie.VERP, '@')+1:]) {
			t.Fatalf("VERP %q of %q: not a domain", tie.VERP, addr)
		}
	})
}
