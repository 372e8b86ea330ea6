package rules

import "testing"

// An onhold rule marked `decides` states a fact (held for review): it
// beats a status that names a cause, where plain onhold words defer to it.
func TestDecidesBeatsStatus(t *testing.T) {
	const data = `
rules:
  - id: policy.status
    reason: policyviolation
    match:
      status: "4.7.1"
    examples:
      - "451 4.7.1 refused"
  - id: hold.plain
    reason: onhold
    match:
      phrase: "pending something"
    examples:
      - "pending something"
  - id: hold.review
    reason: onhold
    decides: true
    match:
      phrase: "held for administrator review"
    examples:
      - "held for administrator review"
`
	s := mustSet(t, data)
	cases := []struct{ text, status, want string }{
		{"451 4.7.1 message held for administrator review", "4.7.1", "hold.review"},
		{"451 4.7.1 message pending something", "4.7.1", "policy.status"},
	}
	for _, c := range cases {
		got := s.Match(Query{Text: c.text, Status: c.status, ReplyCode: "451"})
		if got == nil || got.ID != c.want {
			t.Errorf("%q: got %v, want %s", c.text, got, c.want)
		}
	}
	for _, r := range s.Rules() {
		switch {
		case r.ID == "hold.review" && !r.Decisive():
			t.Error("hold.review: a rule that decides is decisive")
		case r.ID == "hold.plain" && r.Decisive():
			t.Error("hold.plain: plain onhold words are not decisive")
		}
	}
}
