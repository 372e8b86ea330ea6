package smtpcode

import "strings"

// commandLeads are the words after which MTAs name the SMTP command a
// failure answered ("in reply to RCPT TO command", "after end of data",
// ">>> DATA", "SMTP command DATA").
var commandLeads = []string{"in reply to ", "after ", "while sending ", "response to ", ">>> ", "smtp command ", "did not like our "}

// commandWords map the words that may follow a lead to a command name.
var commandWords = []struct{ word, command string }{
	{"rcpt", "RCPT"}, {"mail", "MAIL"}, {"end of data", "DATA"}, {"final data", "DATA"}, {"data", "DATA"},
	{"helo", "HELO"}, {"ehlo", "HELO"}, {"initial connection", "CONN"}, {"connection", "CONN"}, {"connect", "CONN"},
}

// commandMarks name the command in notices that say it without a lead:
// qmail's progress report and its remote's verdicts ("does not like
// recipient", "Connected to … but sender was rejected"), Gmail's SMTP
// client state numbers ("(state 14)" follows replies to RCPT TO, "(state
// 18)" the reply to the end of DATA), "SMTP:RCPT" in some gateways'
// technical details, Yahoo's "[RCPT_TO]" / "[MAIL_FROM]" stage tags, a quoted
// "RCPT TO:<x>", and
// Postfix's "refused to talk to me" for a refusal in the greeting.
var commandMarks = []struct{ mark, command string }{
	{"refused to talk to me", "CONN"},
	{"most progress was rcpt to response", "RCPT"},
	{"does not like recipient", "RCPT"},
	{"does not like sender", "MAIL"},
	{"but sender was rejected", "MAIL"},
	{"but my name was rejected", "HELO"},
	{"but greeting failed", "CONN"},
	{"(state 14)", "RCPT"},
	{"(state 18)", "DATA"},
	{"smtp:rcpt", "RCPT"},
	{"smtp:data", "DATA"},
	{"[rcpt_to]", "RCPT"},
	{"[mail_from]", "MAIL"},
	// The command quoted with its argument beside the reply, as mobile
	// carriers' gateways write it ("Error message below: 550 … RCPT
	// TO:<x>").
	{"rcpt to:<", "RCPT"},
	{"rcpt to: <", "RCPT"},
}

// Command names the SMTP command (CONN, HELO, MAIL, RCPT, DATA) that a
// diagnostic text says the failure answered ("in reply to RCPT TO
// command", "after end of data"), or "" if it does not say.
func Command(text string) string {
	return CommandLower(strings.ToLower(text))
}

// CommandLower is Command of a text already lower-cased, which spares a
// caller that has it so the copy.
func CommandLower(low string) string {
	best, bestAt := "", len(low)
	for _, lead := range commandLeads {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], lead)
			if i < 0 || from+i >= bestAt {
				break
			}
			at := from + i
			rest := strings.TrimLeft(low[at+len(lead):], " -")
			rest = strings.TrimPrefix(rest, "the ")
			for _, w := range commandWords {
				if strings.HasPrefix(rest, w.word) && !continuesWord(rest, len(w.word)) {
					best, bestAt = w.command, at
					break
				}
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

// continuesWord tells whether s goes on with a letter after n bytes
// ("mailbox" is not "mail").
func continuesWord(s string, n int) bool {
	return n < len(s) && (s[n] >= 'a' && s[n] <= 'z')
}
