package smtpcode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommand(t *testing.T) {
	for text, want := range map[string]string{
		"550 5.1.1 <a@b.c>: User unknown (in reply to RCPT TO command)":                      "RCPT",
		"SMTP error from remote mail server after RCPT TO:<a@b.c>: 550 no":                   "RCPT",
		"SMTP error from remote mail server after MAIL FROM:<s@b.c> SIZE=1: 550 no":          "MAIL",
		"SMTP error from remote mail server after end of data: 554 5.7.0 bad":                "DATA",
		"said: 550 Protocol violation (in reply to DATA command)":                            "DATA",
		">>> DATA <<< 550 Unknown user":                                                      "DATA",
		"SMTP error from remote mail server after initial connection: 554 go away":           "CONN",
		"lost connection after HELO":                                                         "HELO",
		"-------server message 550 unknown user -------SMTP command DATA":                    "DATA",
		"most progress was RCPT TO response; remote host said: 550 no":                       "RCPT",
		"550 5.2.2 <a@gmail.com>... Mailbox full (state 14).":                                "RCPT",
		"554 5.7.0 Header error (state 18).":                                                 "DATA",
		"Technical details: SMTP:RCPT host 192.0.2.8: 553 5.3.0 No such user here":           "RCPT",
		"host mx.example.com[192.0.2.1] refused to talk to me: 554 go away":                  "CONN",
		"retry after mailbox cleanup; 452 mailbox full":                                      "",
		"192.0.2.7 does not like recipient. Remote host said: 550 no such mailbox":           "RCPT",
		"203.0.113.9 does not like sender. Remote host said: 553 bad sender":                 "MAIL",
		"Connected to 198.51.100.4 but sender was rejected. Remote host said: 571":           "MAIL",
		"Connected to 198.51.100.4 but greeting failed. Remote host said: 554 busy":          "CONN",
		"SMTP error: host mx.example.net did not like our RCPT TO: 550 unknown":              "RCPT",
		"mx.example.net did not like our final DATA: 552 message too big":                    "DATA",
		"554 delivery error: dd This user doesn't have an account [RCPT_TO]":                 "RCPT",
		"553 Mailbox unavailable, sender address rejected [MAIL_FROM]":                       "MAIL",
		"Error message below: 550 5.1.1 <a@b.example>... User unknown RCPT TO:<a@b.example>": "RCPT",
		"550 5.1.1 The email account that you tried to reach does not exist. gsmtp":          "",
	} {
		if got := Command(text); got != want {
			t.Errorf("Command(%q) = %q, want %q", text, got, want)
		}
	}
}

// commandLowerByScans is CommandLower as it was first written, one search
// of the whole text per lead and per mark: the reference the one-pass
// scan must agree with.
func commandLowerByScans(low string) string {
	best, bestAt := "", len(low)
	for _, lead := range commandLeads {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], lead)
			if i < 0 || from+i >= bestAt {
				break
			}
			at := from + i
			if cmd := commandAfter(low[at+len(lead):]); cmd != "" {
				best, bestAt = cmd, at
				break
			}
			from = at + len(lead)
		}
	}
	if best == "" {
		for _, m := range commandMarks {
			if strings.Contains(low, m.mark) {
				return m.command
			}
		}
	}
	return best
}

func FuzzCommandLower(f *testing.F) {
	for _, s := range []string{
		"550 5.1.1 <a@b.c>: user unknown (in reply to rcpt to command)",
		"(state 14) after data: 554 no; in reply to rcpt to",
		"did not like our rcpt to: (state 18) [mail_from] rcpt to:<a@b>",
		">>> >>> data <<< 550 after after mail from",
		"refused to talk to me but greeting failed smtp:data",
		"in reply to end of data, after the helo, while sending mail from",
		"while sending -- the final data response to rcpt to",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		if got, want := CommandLower(low), commandLowerByScans(low); got != want {
			t.Fatalf("CommandLower(%q) = %q, the scans give %q", low, got, want)
		}
	})
}

// BenchmarkCommandLower reads the command from every line of the corpus
// that holds a reply code, as the parser does for each recipient.
func BenchmarkCommandLower(b *testing.B) {
	names, _ := filepath.Glob("../testdata/sisimai-set/eml/*.eml")
	var lines []string
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if FindReply(l) != "" {
				lines = append(lines, strings.ToLower(l))
			}
		}
	}
	if len(lines) == 0 {
		b.Fatal("no corpus lines")
	}
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			CommandLower(l)
		}
	}
}
