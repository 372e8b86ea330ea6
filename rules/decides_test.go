package rules

import (
	"strings"
	"testing"
)

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

// decides is for vague reasons only: on any other reason it would only
// drop the stage adjustment, so the file is refused with its place.
func TestDecidesOnlyForVagueReasons(t *testing.T) {
	const data = `
rules:
  - id: my.unknown
    reason: userunknown
    decides: true
    match:
      phrase: "zork mailbox is gone"
    examples:
      - "zork mailbox is gone"
`
	_, err := Parse("mine.yaml", []byte(data))
	if err == nil || !strings.Contains(err.Error(), "mine.yaml:5") || !strings.Contains(err.Error(), "decides is only for onhold and undefined") {
		t.Fatalf("decides on userunknown: got %v, want an error at mine.yaml:5", err)
	}
	if _, err := Parse("mine.yaml", []byte(strings.Replace(data, "userunknown", "undefined", 1))); err != nil {
		t.Errorf("decides on undefined: %v", err)
	}
}

// A deciding hold gives way to an address status, to words of a missing
// or full mailbox, to a refusal with a named cause, and to its negation.
func TestDecidesGivesWay(t *testing.T) {
	s := Default()
	cases := []struct{ text, status, want string }{
		{"550 5.1.1 Recipient address rejected: User unknown. Nothing was held for review.", "5.1.1", "userunknown"},
		{"550 5.7.2 held for review by the mail administrator", "5.1.2", "hostunknown"},
		{"552 5.2.2 held pending release by the postmaster", "5.2.2", "mailboxfull"},
		{"550 5.7.1 Rejected as spam; the message was not held for review", "5.7.1", "spamdetected"},
		{"451 4.7.1 Message quarantined for administrator review (spam score 62)", "4.7.1", "onhold"},
	}
	for _, c := range cases {
		got := s.Match(Query{Text: c.text, Status: c.status})
		if got == nil || string(got.Reason) != c.want {
			t.Errorf("%q (%s): got %v, want %s", c.text, c.status, got, c.want)
		}
	}
}
