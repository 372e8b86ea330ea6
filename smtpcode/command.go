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
//
// It reads the text once, stopping only at the bytes the cues are
// anchored on (see cues), instead of searching it once per lead and per
// mark: the parser asks this of every recipient's notice, and a scan per
// cue cost 2–3% of the analysis.
func CommandLower(low string) string {
	leadAt, leadCmd := -1, "" // the earliest lead followed by a command word
	markRank, markCmd := len(commandMarks), ""
	for i := 0; i < len(low); i++ {
		g := cues.index[low[i]]
		if g == 0 {
			continue
		}
		if leadAt >= 0 && i >= leadAt+cues.maxLeadAnchor {
			break // a lead anchored here or later starts after the one found
		}
		for _, c := range cues.groups[g-1] {
			start := i - c.anchor
			if start < 0 || len(low)-start < len(c.text) || low[start:start+len(c.text)] != c.text {
				continue
			}
			if c.mark < 0 {
				if leadAt >= 0 && start >= leadAt {
					continue
				}
				if cmd := commandAfter(low[start+len(c.text):]); cmd != "" {
					leadAt, leadCmd = start, cmd
				}
			} else if c.mark < markRank {
				markRank, markCmd = c.mark, commandMarks[c.mark].command
			}
		}
	}
	if leadCmd != "" {
		return leadCmd
	}
	return markCmd // a lead wins wherever it stands; else the first mark listed
}

// commandAfter returns the command named by the words that open rest
// (what follows a lead), or "".
func commandAfter(rest string) string {
	rest = strings.TrimLeft(rest, " -")
	rest = strings.TrimPrefix(rest, "the ")
	for _, w := range commandWords {
		if strings.HasPrefix(rest, w.word) && !continuesWord(rest, len(w.word)) {
			return w.command
		}
	}
	return ""
}

// A cue is a lead or a mark, found in CommandLower by its anchor: its
// rarest byte, so that the scan stops at few places of a text.
type cue struct {
	text   string
	anchor int // the anchor byte's offset in text
	mark   int // the place in commandMarks (the first listed wins); -1 for a lead
}

// cues holds the leads and marks by anchor byte: index[b] is 1 + the
// place in groups of the cues anchored on b, 0 for none.
var cues = func() (t struct {
	index         [256]uint8
	groups        [][]cue
	maxLeadAnchor int // the largest anchor offset of a lead, plus one
}) {
	add := func(text string, mark int) {
		at := 0
		for i := range len(text) {
			if byteRank(text[i]) > byteRank(text[at]) {
				at = i
			}
		}
		b := text[at]
		if t.index[b] == 0 {
			t.groups = append(t.groups, nil)
			t.index[b] = uint8(len(t.groups))
		}
		t.groups[t.index[b]-1] = append(t.groups[t.index[b]-1], cue{text, at, mark})
		if mark < 0 && at+1 > t.maxLeadAnchor {
			t.maxLeadAnchor = at + 1
		}
	}
	for _, l := range commandLeads {
		add(l, -1)
	}
	for i, m := range commandMarks {
		add(m.mark, i)
	}
	return t
}()

// byteRank orders bytes from common to rare in diagnostics: space,
// digits and the letters by their English frequency first, then the
// rest (punctuation).
func byteRank(b byte) int {
	const common = " 0123456789etaoinsrhldcumfpgwybvkxjqz"
	if i := strings.IndexByte(common, b); i >= 0 {
		return i
	}
	return len(common)
}

// continuesWord tells whether s goes on with a letter after n bytes
// ("mailbox" is not "mail").
func continuesWord(s string, n int) bool {
	return n < len(s) && (s[n] >= 'a' && s[n] <= 'z')
}
