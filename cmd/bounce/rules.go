package main

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/source"
)

const rulesUsage = "bounce rules test [FILE...] | bounce rules list [--rules FILE]... [--unused PATH]..."

//go:embed help/rules.txt
var rulesHelp string

func runRules(e *env, args []string) int {
	if len(args) == 0 {
		return e.usageError("rules", rulesUsage, "no subcommand: give test or list")
	}
	switch args[0] {
	case "-h", "--help":
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s", rulesUsage, rulesHelp)
		return exitOK
	case "test":
		return runRulesTest(e, args[1:])
	case "list":
		return runRulesList(e, args[1:])
	}
	return e.usageError("rules", rulesUsage, fmt.Sprintf("unknown subcommand %q: give test or list", args[0]))
}

const rulesTestUsage = "bounce rules test [FILE...]"

func runRulesTest(e *env, args []string) int {
	fs := flagSet("rules test")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("rules", rulesTestUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s", rulesTestUsage, rulesHelp)
		return exitOK
	}
	rs, code := e.loadRules(fs.Args())
	if rs == nil {
		return code
	}
	failed, err := rs.WriteTest(e.stdout)
	if err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	if failed > 0 {
		return exitFail
	}
	n, _ := parser.CheckSigns(rs.Signs()) // loadRules refused a disagreement
	fmt.Fprintf(e.stdout, "signs: %d signature and list examples: all pass\n", n)
	return exitOK
}

const rulesListUsage = "bounce rules list [--rules FILE]... [--unused PATH]..."

func runRulesList(e *env, args []string) int {
	fs := flagSet("rules list")
	fs.SortFlags = true
	var paths []string
	fs.StringArrayVar(&paths, "rules", nil, "load rules from `FILE` besides the default rules (repeatable)")
	var samples []string
	fs.StringArrayVar(&samples, "unused", nil, "list only the rules that decide no verdict on the messages at `PATH` (repeatable)")
	if code, done := e.parse(fs, args, "rules", rulesListUsage, rulesHelp); done {
		return code
	}
	if fs.NArg() > 0 {
		return e.usageError("rules", rulesListUsage, fmt.Sprintf("unexpected argument %q: give rule files with --rules", fs.Arg(0)))
	}
	rs, code := e.loadRules(paths)
	if rs == nil {
		return code
	}
	list := rs.Rules()
	if len(samples) > 0 {
		a := bounce.New(bounce.WithRules(rs))
		u, n, err := a.RuleUsage(e.ctx, source.Paths(samples, e.stdin), func(err error) { e.errorf("%v", err) })
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		list = u.Unused(rs)
		fmt.Fprintf(e.stderr, "bounce: %s analyzed; %d of %d rules decided no verdict\n", report.Plural(n, "message"), len(list), rs.Len())
	}
	if err := rules.WriteList(e.stdout, list); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	return exitOK
}

// loadRules loads the default rules and the files at paths; with no
// paths, the files in $BOUNCE_RULES. On error it prints every problem on
// stderr (each names the file, the line and the rule) and returns a nil
// Set and exitUsage.
func (e *env) loadRules(paths []string) (*rules.Set, int) {
	rs, err := setup.Rules(paths, e.getenv)
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			if line != "" {
				e.errorf("loading rules: %s", line)
			}
		}
		return nil, exitUsage
	}
	return rs, exitOK
}
