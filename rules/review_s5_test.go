package rules

import "testing"

// Review s5: a hold stated in the negative with a contraction is no hold;
// Exim's callout layout is a refusal of the sender whatever reply it
// quotes (a passing mention is a `not:` example of the rule).
func TestReviewS5Wordings(t *testing.T) {
	set := Default()
	cases := []struct{ text, status, reply, host, want string }{
		{"451 4.7.1 The message wasn't quarantined for administrator review; rejected by the content policy", "4.7.1", "451", "", "policyviolation"},
		{"451 4.7.1 The message was quarantined for administrator review", "4.7.1", "451", "", "onhold"},
		{"550-Verification failed for <ann@example.com>\n550-Called: 192.0.2.8\n550-Response: 550 5.1.1 The email account that you tried to reach does not exist.\n550 Sender verify failed", "", "550", "mx.example.org", "rejected"},
	}
	for _, c := range cases {
		q := Query{Text: c.text, Status: c.status, ReplyCode: c.reply}
		if c.host != "" {
			q.Hosts = []string{c.host}
		}
		got := set.Match(q)
		if got == nil || string(got.Reason) != c.want {
			t.Errorf("%q: got %v, want %s", c.text, got, c.want)
		}
	}
}
