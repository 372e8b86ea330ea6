package incident

import (
	"net/netip"
	"strings"
	"testing"
)

// Whatever the text, Extract returns only IPs, codes and links that are
// in it, each once.
func FuzzExtract(f *testing.F) {
	f.Add("554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.25")
	f.Add("554 DT:SPM 163 mx12, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx12")
	f.Add("421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred")
	f.Add("https: //x ip=1.2.3.4 [1.2.3.4 12] (S3150) #BL000000 AUP#CDRBL")
	f.Fuzz(func(t *testing.T, s string) {
		ev := Extract(s)
		for _, list := range [][]string{ev.Codes} {
			seen := map[string]bool{}
			for _, v := range list {
				if !strings.Contains(s, v) || seen[v] {
					t.Fatalf("Extract(%q): %q not in the text or twice", s, v)
				}
				seen[v] = true
			}
		}
		for _, ip := range ev.IPs {
			if a, err := netip.ParseAddr(ip); err != nil || a.String() != ip {
				t.Fatalf("Extract(%q): IP %q", s, ip)
			}
		}
		for _, u := range ev.Delist {
			if !strings.HasPrefix(strings.ToLower(u), "http") {
				t.Fatalf("Extract(%q): link %q", s, u)
			}
		}
	})
}
