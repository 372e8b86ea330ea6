package main

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

const explainUsage = "bounce explain [--lang en|zh|both] [--rules FILE]... [--host HOST]... [--vendor NAME] [--command CMD] ARG..."

//go:embed help/explain.txt
var explainHelp string

// explainQuery is one question to the rules.
type explainQuery struct {
	text          string // the diagnostic line; "" for codes given alone
	reply, status string
	fromText      bool
}

func runExplain(e *env, args []string) int {
	fs := pflag.NewFlagSet("explain", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	lang := fs.String("lang", "both", "language of the meanings and descriptions: en, zh or both")
	var rulePaths, hosts []string
	fs.StringArrayVar(&rulePaths, "rules", nil, "load rules from `FILE` besides the default rules (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	fs.StringArrayVar(&hosts, "host", nil, "the `HOST` that answered or reported, for vendor rules (repeatable)")
	vendor := fs.String("vendor", "", "the vendor `NAME` the parser would recognise (postfix, gmail, tencent …)")
	command := fs.String("command", "", "the SMTP `CMD` the reply answered: CONN, HELO, MAIL, RCPT or DATA")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("explain", explainUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", explainUsage, explainHelp, fs.FlagUsages())
		return exitOK
	}
	var en, zh bool
	switch *lang {
	case "en":
		en = true
	case "zh":
		zh = true
	case "both":
		en, zh = true, true
	default:
		return e.usageError("explain", explainUsage, fmt.Sprintf("bad --lang %q: want en, zh or both", *lang))
	}
	if fs.NArg() == 0 {
		return e.usageError("explain", explainUsage, "nothing to explain: give a code or a diagnostic line")
	}

	cmd := strings.ToUpper(*command)
	switch cmd {
	case "", "CONN", "HELO", "MAIL", "RCPT", "DATA":
	case "EHLO":
		cmd = "HELO"
	default:
		return e.usageError("explain", explainUsage, fmt.Sprintf("bad --command %q: want CONN, HELO, MAIL, RCPT or DATA", *command))
	}
	queries, err := explainQueries(fs.Args())
	if err != nil {
		return e.usageError("explain", explainUsage, err.Error())
	}
	rs, code := e.loadRules(rulePaths)
	if rs == nil {
		return code
	}

	w := &langWriter{w: e.stdout, en: en, zh: zh}
	for i, q := range queries {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		explainOne(w, rs, q, hosts, *vendor, cmd)
	}
	return exitOK
}

// explainQueries turns the arguments into queries: codes are gathered
// into one query until a second code of the same kind comes; each text
// is a query of its own. Queries keep the order of their first argument.
func explainQueries(args []string) ([]explainQuery, error) {
	var qs []explainQuery
	open := -1 // index of the query that gathers codes
	for _, a := range args {
		arg := strings.TrimSpace(a)
		if arg == "" {
			return nil, fmt.Errorf("an empty argument is neither a code nor text")
		}
		_, isReply := smtpcode.DescribeReply(arg)
		_, isStatus := smtpcode.DescribeStatus(arg)
		switch {
		case isReply:
			if open < 0 || qs[open].reply != "" {
				qs = append(qs, explainQuery{})
				open = len(qs) - 1
			}
			qs[open].reply = arg
		case isStatus:
			if open < 0 || qs[open].status != "" {
				qs = append(qs, explainQuery{})
				open = len(qs) - 1
			}
			qs[open].status = arg
		case codeLike(arg):
			return nil, fmt.Errorf("%q is neither a reply code (three digits, 2xx–5xx) nor an enhanced status code (class.subject.detail, class 2, 4 or 5); quote a whole diagnostic line to explain text", arg)
		default:
			reply, status := smtpcode.Find(arg)
			qs = append(qs, explainQuery{text: arg, reply: reply, status: status, fromText: true})
		}
	}
	return qs, nil
}

// codeLike tells whether s is made of digits and dots only: meant as a
// code, not as text.
func codeLike(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) && s[i] != '.' {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// langWriter prints English and Chinese lines as chosen with --lang.
type langWriter struct {
	w      io.Writer
	en, zh bool
}

func (l *langWriter) printf(format string, args ...any) {
	fmt.Fprintf(l.w, format, args...)
}

// texts prints an English and a Chinese text, indented; when only one
// language is chosen and its text is missing, the other stands in.
func (l *langWriter) texts(indent, en, zh string) {
	en, zh = report.Sanitize(en), report.Sanitize(zh)
	switch {
	case l.en && l.zh:
		if en != "" {
			l.printf("%s%s\n", indent, en)
		}
		if zh != "" {
			l.printf("%s%s\n", indent, zh)
		}
	case l.en && en != "", l.zh && zh == "" && en != "":
		l.printf("%s%s\n", indent, en)
	case zh != "":
		l.printf("%s%s\n", indent, zh)
	}
}

func explainOne(w *langWriter, rs *rules.Set, q explainQuery, hosts []string, vendor, command string) {
	if q.fromText {
		w.printf("== %q\n", report.Sanitize(q.text))
		if q.reply == "" && q.status == "" {
			w.printf("no code found in the text\n")
		}
	} else {
		w.printf("== %s\n", strings.TrimSpace(q.reply+" "+q.status))
	}
	if q.reply != "" {
		m, _ := smtpcode.DescribeReply(q.reply)
		w.printf("%s  SMTP reply code\n", q.reply)
		w.texts("    ", m.EN, m.ZH)
	}
	if q.status != "" {
		m, _ := smtpcode.DescribeStatus(q.status)
		w.printf("%s  enhanced status code\n", q.status)
		w.texts("    ", m.EN, m.ZH)
	}

	// The verdict comes from the analyzer itself, so that explain and
	// analyze can never disagree.
	d := bounce.Diagnostic{Text: q.text, ReplyCode: q.reply, Status: q.status, Command: command, Vendor: vendor}
	if len(hosts) > 0 {
		d.RemoteMTA = hosts[0]
	}
	if len(hosts) > 1 {
		d.ReportingMTA = hosts[1]
	}
	rec := bounce.New(bounce.WithRules(rs)).ClassifyDiagnostic(d)
	hardness := "soft"
	if rec.Hard {
		hardness = "hard"
	}
	w.printf("reason: %s, %s\n", rec.Reason, hardness)
	r := rs.Rule(rec.Rule)
	if r == nil {
		w.printf("rule:   %s (no rule of the rule set matches; the analyzer's own default)\n", rec.Rule)
		return
	}
	w.printf("rule:   %s (%s tier, priority %d) at %s\n", r.ID, r.Tier(), r.Priority, r.Source)
	w.texts("    ", r.DescriptionEN, r.DescriptionZH)
	if r.OutsideRCPT != "" && rec.Reason == r.OutsideRCPT && rec.Reason != r.Reason {
		w.printf("note:   said in reply to RCPT TO (--command RCPT) or with an X.1.x status, these words mean %s\n", r.Reason)
	}
	explainRivals(w, rs, rules.Query{Text: q.text, Status: rec.Status, ReplyCode: q.reply, Vendor: vendor, Hosts: hosts}, r)
}

// explainRivals prints the strongest rule of another reason that also
// matched, and why the deciding rule beat it.
func explainRivals(w *langWriter, rs *rules.Set, q rules.Query, winner *rules.Rule) {
	cands := rs.Candidates(q)
	var win *rules.Candidate
	for i := range cands {
		if cands[i].Rule == winner {
			win = &cands[i]
			break
		}
	}
	if win == nil {
		return
	}
	for i, c := range cands {
		if c.Rule.Reason == winner.Reason {
			continue
		}
		why := rules.Why(*win, c)
		switch {
		case c.Rule.Reason.Vague():
			why = "its words name no cause; a code that names one decides"
		case i < indexOf(cands, winner):
			why = "it ranks higher, but the stage the words were said at decides"
		}
		w.printf("beat:   %s (%s, %s tier, priority %d): %s\n", c.Rule.ID, c.Rule.Reason, c.Rule.Tier(), c.Rule.Priority, why)
		return
	}
}

func indexOf(cands []rules.Candidate, r *rules.Rule) int {
	for i, c := range cands {
		if c.Rule == r {
			return i
		}
	}
	return len(cands)
}
