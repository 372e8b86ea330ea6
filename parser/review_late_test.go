package parser

import "testing"

// Wordings from the late review, written anew: a MAILER-DAEMON notice that
// says the message went on (relayed to a mailer without DSN support) is no
// failure, while its failure notices without the null path still are (see
// TestReviewDay3Wordings).
func TestReviewLateWordings(t *testing.T) {
	const daemon = "From: MAILER-DAEMON@relay.store-example.example\nTo: orders@store-example.example\nDate: Sat, 5 Dec 2026 08:00:00 +0000\n"
	for _, c := range []struct {
		name, msg string
		want      Kind
		rcpt      string
	}{
		{"MAILER-DAEMON: relayed to a mailer without DSN support", daemon + "Subject: Warning: message relayed to non-DSN-aware mailer\n\n" +
			"The mail to <hugo@oldhost-example.example> was relayed to a mailer that cannot return\ndelivery status notifications; you will hear no more about it.\n",
			NotBounce, ""},
		{"MAILER-DAEMON without the null path, German failure", daemon + "Subject: Unzustellbar\n\n" +
			"Ihre Nachricht an jonas@kunde-example.example konnte nicht zugestellt werden.\n",
			Bounce, "jonas@kunde-example.example"},
	} {
		m := parseText(t, c.name, c.msg)
		if m.Kind != c.want || addresses(m) != c.rcpt {
			t.Errorf("%s: kind %v recipients %q, want %v %q", c.name, m.Kind, addresses(m), c.want, c.rcpt)
		}
	}
}
