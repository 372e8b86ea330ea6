package smtpcode

import "testing"

func TestCommand(t *testing.T) {
	for text, want := range map[string]string{
		"550 5.1.1 <a@b.c>: User unknown (in reply to RCPT TO command)":             "RCPT",
		"SMTP error from remote mail server after RCPT TO:<a@b.c>: 550 no":          "RCPT",
		"SMTP error from remote mail server after MAIL FROM:<s@b.c> SIZE=1: 550 no": "MAIL",
		"SMTP error from remote mail server after end of data: 554 5.7.0 bad":       "DATA",
		"said: 550 Protocol violation (in reply to DATA command)":                   "DATA",
		">>> DATA <<< 550 Unknown user":                                             "DATA",
		"SMTP error from remote mail server after initial connection: 554 go away":  "CONN",
		"lost connection after HELO":                                                "HELO",
		"-------server message 550 unknown user -------SMTP command DATA":           "DATA",
		"most progress was RCPT TO response; remote host said: 550 no":              "RCPT",
		"550 5.2.2 <a@gmail.com>... Mailbox full (state 14).":                       "RCPT",
		"554 5.7.0 Header error (state 18).":                                        "DATA",
		"Technical details: SMTP:RCPT host 192.0.2.8: 553 5.3.0 No such user here":  "RCPT",
		"host mx.example.com[192.0.2.1] refused to talk to me: 554 go away":         "CONN",
		"retry after mailbox cleanup; 452 mailbox full":                             "",
		"550 5.1.1 The email account that you tried to reach does not exist. gsmtp": "",
	} {
		if got := Command(text); got != want {
			t.Errorf("Command(%q) = %q, want %q", text, got, want)
		}
	}
}
