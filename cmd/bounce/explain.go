package main

import (
	_ "embed"
	"fmt"

	"github.com/bounce-analyzer/bounce/explain"
)

const explainUsage = "bounce explain [--lang en|zh|both] [--rules FILE]... [--host HOST]... [--vendor NAME] [--command CMD] ARG..."

//go:embed help/explain.txt
var explainHelp string

func runExplain(e *env, args []string) int {
	fs := flagSet("explain")
	lang := fs.String("lang", "both", "language of the meanings and descriptions: en, zh or both")
	var rulePaths, hosts []string
	fs.StringArrayVar(&rulePaths, "rules", nil, "load rules from `FILE` besides the default rules (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	fs.StringArrayVar(&hosts, "host", nil, "the `HOST` that answered or reported, for vendor rules (repeatable)")
	vendor := fs.String("vendor", "", "the vendor `NAME` the parser would recognise (postfix, gmail, tencent …)")
	command := fs.String("command", "", "the SMTP `CMD` the reply answered: CONN, HELO, MAIL, RCPT or DATA")
	if code, done := e.parse(fs, args, "explain", explainUsage, explainHelp); done {
		return code
	}
	langs, err := explain.ParseLang(*lang)
	if err != nil {
		return e.usageError("explain", explainUsage, "--lang: "+err.Error())
	}
	if fs.NArg() == 0 {
		return e.usageError("explain", explainUsage, "nothing to explain: give a code or a diagnostic line")
	}
	cmd, err := explain.ParseCommand(*command)
	if err != nil {
		return e.usageError("explain", explainUsage, "--command: "+err.Error())
	}
	queries, err := explain.Queries(fs.Args())
	if err != nil {
		return e.usageError("explain", explainUsage, err.Error())
	}
	rs, code := e.loadRules(rulePaths)
	if rs == nil {
		return code
	}
	ex := explain.New(explain.Context{Rules: rs, Hosts: hosts, Vendor: *vendor, Command: cmd})
	for i, q := range queries {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		x := ex.Explain(q)
		if err := x.Write(e.stdout, langs); err != nil {
			e.errorf("explain: %v", err)
			return exitFail
		}
	}
	return exitOK
}
