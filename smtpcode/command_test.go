package smtpcode

import "testing"

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
