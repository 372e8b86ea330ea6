package esp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readSample(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "esp", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The text of a mail that carries an event gives the event's records;
// a mail whose prose quotes an event gives none.
func TestClassifyText(t *testing.T) {
	tests := []struct {
		file                                   string
		recipient, action, status, reason, typ string
	}{
		// SNS e-mail subscription: the SES event, folded by a relay,
		// and SNS's footer.
		{"sns-email-ses-delay.txt", "inbox@filtering.example.de", "delayed", "4.7.0", "spamdetected", "DeliveryDelay/SpamDetected"},
		// SNS email-json subscription: the envelope, pretty-printed.
		{"sns-email-json-envelope.txt", "full.box@mail.example.at", "delayed", "4.2.2", "mailboxfull", "DeliveryDelay/MailboxFull"},
		// A webhook a relay forwards with a line of its own; no words
		// of the receiver, so Postmark's type decides.
		{"forwarded-postmark-webhook.txt", "member@club.example.org", "failed", "", "spamdetected", "SpamNotification"},
	}
	for _, tt := range tests {
		text := readSample(t, tt.file)
		evs := TextEvents(text)
		if len(evs) != 1 || evs[0].Type != tt.typ {
			t.Errorf("%s: events %+v", tt.file, evs)
			continue
		}
		recs := ClassifyText(classifier, nil, text, tt.file)
		if len(recs) != 1 {
			t.Errorf("%s: %d records", tt.file, len(recs))
			continue
		}
		r := recs[0]
		if r.Recipient != tt.recipient || string(r.Action) != tt.action || r.Status != tt.status ||
			string(r.Reason) != tt.reason || r.Hard || r.Source != tt.file || r.ESPType != tt.typ {
			t.Errorf("%s: %+v", tt.file, r)
		}
	}
	// A sender's own prose quoting a provider's event, and texts with no
	// event at all.
	for _, text := range []string{
		readSample(t, "quoted-event-in-prose.txt"),
		"",
		"Your message could not be delivered.\n",
		"{not json at all\n",
		`{"name": "a JSON object of another kind", "email": "x@example.com"}`,
	} {
		if evs := TextEvents(text); len(evs) != 0 {
			t.Errorf("%.40q: events %+v", text, evs)
		}
	}
	// The same event alone is read: the prose is what made it a quote.
	quoted := readSample(t, "quoted-event-in-prose.txt")
	i, j := strings.Index(quoted, "    ["), strings.Index(quoted, "    ]")
	if evs := TextEvents(quoted[i : j+5]); len(evs) != 1 || evs[0].Provider != SendGrid {
		t.Errorf("the quoted event alone: %+v", evs)
	}
}

func FuzzTextEvents(f *testing.F) {
	for _, name := range []string{"sns-email-ses-delay.txt", "sns-email-json-envelope.txt", "forwarded-postmark-webhook.txt", "quoted-event-in-prose.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "esp", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		evs := TextEvents(text)
		for _, ev := range evs {
			if ev.Message == nil || len(ev.Message.Recipients) == 0 {
				t.Fatalf("event without recipients: %+v", ev)
			}
		}
		if recs := ClassifyText(classifier, nil, text, "fuzz"); len(evs) > 0 && len(recs) == 0 {
			t.Fatalf("%d events, no records", len(evs))
		}
	})
}

// Lines that open with a bracket but hold no JSON ("[cid:…]", "[External]",
// footnote marks) are no tries at an event: the event after them is read.
func TestTextEventsSkipsBracketLines(t *testing.T) {
	text := "[External]\n[cid:image001.png]\n[1] https://example.org/a\n[2] https://example.org/b\n" +
		"[3]\n[4]\n[5]\n[6]\n[7]\n" + readSample(t, "forwarded-postmark-webhook.txt")
	if evs := TextEvents(text); len(evs) != 1 || evs[0].Type != "SpamNotification" {
		t.Errorf("events %+v", evs)
	}
}
