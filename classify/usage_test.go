package classify

import (
	"testing"

	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
)

func TestUsage(t *testing.T) {
	rs := rules.Default()
	c := New(rs)
	u := NewUsage()
	m := &parser.Message{Kind: parser.Bounce, Recipients: []parser.Recipient{
		{Address: "a@example.org", Action: "failed", Status: "5.1.1", Diagnostic: "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown", Command: "RCPT"},
		{Address: "b@example.org", Action: "failed", Status: "5.1.1", Diagnostic: "550 5.1.1 <b@example.org>: Recipient address rejected: User unknown", Command: "RCPT"},
	}}
	recs := c.Classify(m, "one")
	u.Add(recs)
	u.Add(c.Classify(m, "two"))
	id := recs[0].Rule
	if got := u.Messages(id); got != 2 {
		t.Errorf("rule %s decided %d messages, want 2 (one per message, however many recipients)", id, got)
	}
	unused := u.Unused(rs)
	if len(unused) != rs.Len()-1 {
		t.Errorf("%d rules unused, want all but %s (%d)", len(unused), id, rs.Len()-1)
	}
	for _, r := range unused {
		if r.ID == id {
			t.Errorf("rule %s listed as unused", id)
		}
	}
}
