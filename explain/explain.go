// Package explain tells what SMTP codes mean and how the rules would
// classify them: the answer of `bounce explain`, as data (Explanation)
// and as text (Write). The verdict comes from the analyzer itself
// (bounce.Analyzer.ClassifyDiagnostic), so that an explanation and an
// analysis can never disagree.
package explain

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/record"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/smtpcode"
)

// Query is one question to the rules: a diagnostic line with the codes
// found in it, or codes given alone.
type Query struct {
	Text      string // the diagnostic line; "" for codes given alone
	ReplyCode string
	Status    string
	FromText  bool // the query is a diagnostic line
}

// Queries turns arguments into queries: codes are gathered into one
// query until a second code of the same kind comes; each text is a query
// of its own. Queries keep the order of their first argument.
func Queries(args []string) ([]Query, error) {
	var qs []Query
	open := -1 // index of the query that gathers codes
	for _, a := range args {
		arg := strings.TrimSpace(a)
		if arg == "" {
			return nil, errors.New("an empty argument is neither a code nor text")
		}
		_, isReply := smtpcode.DescribeReply(arg)
		_, isStatus := smtpcode.DescribeStatus(arg)
		switch {
		case isReply:
			if open < 0 || qs[open].ReplyCode != "" {
				qs = append(qs, Query{})
				open = len(qs) - 1
			}
			qs[open].ReplyCode = arg
		case isStatus:
			if open < 0 || qs[open].Status != "" {
				qs = append(qs, Query{})
				open = len(qs) - 1
			}
			qs[open].Status = arg
		case codeLike(arg):
			return nil, fmt.Errorf("%q is neither a reply code (three digits, 2xx–5xx) nor an enhanced status code (class.subject.detail, class 2, 4 or 5); quote a whole diagnostic line to explain text", arg)
		default:
			reply, status := smtpcode.Find(arg)
			qs = append(qs, Query{Text: arg, ReplyCode: reply, Status: status, FromText: true})
		}
	}
	return qs, nil
}

// codeLike tells whether s is made of digits and dots only: meant as a
// code, not as text.
func codeLike(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return true
}

// ParseCommand reads the SMTP command a reply answered: CONN, HELO (or
// EHLO), MAIL, RCPT or DATA in any case, or "" for not known.
func ParseCommand(s string) (string, error) {
	cmd := strings.ToUpper(s)
	switch cmd {
	case "", "CONN", "HELO", "MAIL", "RCPT", "DATA":
		return cmd, nil
	case "EHLO":
		return "HELO", nil
	}
	return "", fmt.Errorf("bad SMTP command %q: want CONN, HELO, MAIL, RCPT or DATA", s)
}

// Context is what the rules know besides the words and codes of a query.
type Context struct {
	Rules   *rules.Set // nil: the default rules
	Hosts   []string   // the host that answered, then the one that reported
	Vendor  string     // the vendor the parser would recognise
	Command string     // the SMTP command the reply answered (ParseCommand)
}

// Explanation is the answer to one query.
type Explanation struct {
	Query  Query
	Reply  *smtpcode.Meaning // the reply code's meaning; nil without one
	Status *smtpcode.Meaning // the status code's meaning; nil without one

	Reason record.Reason
	Hard   bool
	RuleID string      // the id of the deciding rule, or the analyzer's default
	Rule   *rules.Rule // the deciding rule; nil when no rule matched

	// OutsideRCPT is set when the rule's words mean Rule.Reason only in
	// reply to RCPT TO (or with an X.1.x status), and another reason here.
	OutsideRCPT bool
	// Beaten is the strongest rule of another reason that matched too,
	// and Why says why Rule beat it; nil when none did.
	Beaten *rules.Rule
	Why    string
}

// An Explainer answers queries in one Context, with one Analyzer for
// all of them. It is safe for concurrent use.
type Explainer struct {
	c  Context
	rs *rules.Set
	a  *bounce.Analyzer
}

// New returns the Explainer of c.
func New(c Context) *Explainer {
	rs := c.Rules
	if rs == nil {
		rs = rules.Default()
	}
	return &Explainer{c: c, rs: rs, a: bounce.New(bounce.WithRules(rs))}
}

// Explain answers q.
func (e *Explainer) Explain(q Query) Explanation {
	x := Explanation{Query: q}
	if q.ReplyCode != "" {
		m, _ := smtpcode.DescribeReply(q.ReplyCode)
		x.Reply = &m
	}
	if q.Status != "" {
		m, _ := smtpcode.DescribeStatus(q.Status)
		x.Status = &m
	}
	c, rs := e.c, e.rs
	d := bounce.Diagnostic{Text: q.Text, ReplyCode: q.ReplyCode, Status: q.Status, Command: c.Command, Vendor: c.Vendor}
	if len(c.Hosts) > 0 {
		d.RemoteMTA = c.Hosts[0]
	}
	if len(c.Hosts) > 1 {
		d.ReportingMTA = c.Hosts[1]
	}
	rec := e.a.ClassifyDiagnostic(d)
	x.Reason, x.Hard, x.RuleID = rec.Reason, rec.Hard, rec.Rule
	r := rs.Rule(rec.Rule)
	if r == nil {
		return x
	}
	x.Rule = r
	x.OutsideRCPT = r.OutsideRCPT != "" && rec.Reason == r.OutsideRCPT && rec.Reason != r.Reason
	x.Beaten, x.Why = rival(rs, rules.Query{Text: q.Text, Status: rec.Status, ReplyCode: q.ReplyCode, Vendor: c.Vendor, Hosts: c.Hosts}, r)
	return x
}

// rival finds the strongest rule of another reason that also matched,
// and why the deciding rule beat it.
func rival(rs *rules.Set, q rules.Query, winner *rules.Rule) (*rules.Rule, string) {
	cands := rs.Candidates(q)
	win := -1
	for i := range cands {
		if cands[i].Rule == winner {
			win = i
			break
		}
	}
	if win < 0 {
		return nil, ""
	}
	for i, c := range cands {
		if c.Rule.Reason == winner.Reason {
			continue
		}
		why := rules.Why(cands[win], c)
		switch {
		case c.Rule.Reason.Vague() && !c.Rule.Decides:
			why = "its words name no cause; a code that names one decides"
		case i < win:
			why = "it ranks higher, but the stage the words were said at decides"
		}
		return c.Rule, why
	}
	return nil, ""
}
