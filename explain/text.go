package explain

import (
	"fmt"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/report"
)

// Lang chooses the languages of meanings and descriptions. The zero Lang,
// like one with both set, chooses both.
type Lang struct{ EN, ZH bool }

// ParseLang reads "en", "zh" or "both".
func ParseLang(s string) (Lang, error) {
	switch s {
	case "en":
		return Lang{EN: true}, nil
	case "zh":
		return Lang{ZH: true}, nil
	case "both":
		return Lang{EN: true, ZH: true}, nil
	}
	return Lang{}, fmt.Errorf("bad language %q: want en, zh or both", s)
}

// Write prints x as text in the languages of lang and returns the first
// error writing to w. Text from the query and the rules is made safe for
// a terminal.
func (x *Explanation) Write(w io.Writer, lang Lang) error {
	ew := &errWriter{w: w}
	x.write(ew, lang)
	return ew.err
}

// errWriter keeps the first error of w and writes nothing after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

func (x *Explanation) write(w io.Writer, lang Lang) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	q := x.Query
	if q.FromText {
		p("== %q\n", report.Sanitize(q.Text))
		if q.ReplyCode == "" && q.Status == "" {
			p("no code found in the text\n")
		}
	} else {
		p("== %s\n", strings.TrimSpace(q.ReplyCode+" "+q.Status))
	}
	if x.Reply != nil {
		p("%s  SMTP reply code\n", q.ReplyCode)
		lang.texts(w, "    ", x.Reply.EN, x.Reply.ZH)
	}
	if x.Status != nil {
		p("%s  enhanced status code\n", q.Status)
		lang.texts(w, "    ", x.Status.EN, x.Status.ZH)
	}
	hardness := "soft"
	if x.Hard {
		hardness = "hard"
	}
	p("reason: %s, %s\n", x.Reason, hardness)
	r := x.Rule
	if r == nil {
		p("rule:   %s (no rule of the rule set matches; the analyzer's own default)\n", x.RuleID)
		return
	}
	p("rule:   %s (%s tier, priority %d) at %s\n", r.ID, r.Tier(), r.Priority, r.Source)
	lang.texts(w, "    ", r.DescriptionEN, r.DescriptionZH)
	if x.OutsideRCPT {
		p("note:   said in reply to RCPT TO (--command RCPT) or with an X.1.x status, these words mean %s\n", r.Reason)
	}
	if r.WhenDelayed != "" && r.WhenDelayed != x.Reason {
		p("note:   in a delay notice (Action: delayed), these words mean %s\n", r.WhenDelayed)
	}
	if b := x.Beaten; b != nil {
		p("beat:   %s (%s, %s tier, priority %d): %s\n", b.ID, b.Reason, b.Tier(), b.Priority, x.Why)
	}
}

// texts prints an English and a Chinese text, indented; when only one
// language is chosen and its text is missing, the other stands in.
func (l Lang) texts(w io.Writer, indent, en, zh string) {
	en, zh = report.Sanitize(en), report.Sanitize(zh)
	switch {
	case l.EN == l.ZH:
		if en != "" {
			fmt.Fprintf(w, "%s%s\n", indent, en)
		}
		if zh != "" {
			fmt.Fprintf(w, "%s%s\n", indent, zh)
		}
	case l.EN && en != "", l.ZH && zh == "" && en != "":
		fmt.Fprintf(w, "%s%s\n", indent, en)
	case zh != "":
		fmt.Fprintf(w, "%s%s\n", indent, zh)
	}
}
