package parser

import "testing"

// A person's forward whose attached message is itself a person's forward
// holding only that person's words about a failure gives no record: not
// the address the words name, not the attached message's To.
func TestPersonForwardOfHearsayIsNoBounce(t *testing.T) {
	wrap := func(inner string) string {
		return "From: Ines Duarte <ines@harbour-example.example>\nTo: it-desk@harbour-example.example\n" +
			"Subject: Fwd: Fwd: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n" +
			"Content-Type: multipart/mixed; boundary=\"q\"\n\n--q\nContent-Type: text/plain\n\nCan you look at this one?\n\n" +
			"--q\nContent-Type: message/rfc822\n\n" + inner + "\n--q--\n"
	}
	hearsay := "From: Piet <piet@harbour-example.example>\nTo: ines@harbour-example.example\n" +
		"Subject: Fwd: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Ines, my quote to marta@client-example.example came back with \"550 5.1.1 user unknown\", has she left?\nPiet\n"
	if m := parseText(t, "hearsay forward", wrap(hearsay)); m.Kind == Bounce {
		t.Errorf("hearsay forward: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
	plain := "From: Piet <piet@harbour-example.example>\nTo: ines@harbour-example.example\n" +
		"Subject: Fwd: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" +
		"Ines, marta seems to have left the client, please update the address book.\nPiet\n"
	if m := parseText(t, "plain forward", wrap(plain)); m.Kind == Bounce {
		t.Errorf("plain forward: kind %v recipients %q, want no bounce", m.Kind, addresses(m))
	}
}
