package main

import (
	_ "embed"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
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
	fs := pflag.NewFlagSet("rules test", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
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
	examples := 0
	for _, r := range rs.Rules() {
		examples += len(r.Examples) + len(r.CounterExamples)
	}
	failures := rs.Test()
	for _, f := range failures {
		fmt.Fprintln(e.stdout, f.String())
	}
	if len(failures) == 0 {
		fmt.Fprintf(e.stdout, "%d rules, %d examples: all pass\n", rs.Len(), examples)
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%d of %d examples fail\n", len(failures), examples)
	return exitFail
}

const rulesListUsage = "bounce rules list [--rules FILE]... [--unused PATH]..."

func runRulesList(e *env, args []string) int {
	fs := pflag.NewFlagSet("rules list", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var paths []string
	fs.StringArrayVar(&paths, "rules", nil, "load rules from `FILE` besides the default rules (repeatable)")
	var samples []string
	fs.StringArrayVar(&samples, "unused", nil, "list only the rules that decide no verdict on the messages at `PATH` (repeatable)")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("rules", rulesListUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", rulesListUsage, rulesHelp, fs.FlagUsages())
		return exitOK
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
		u, n, err := e.ruleUsage(rs, samples)
		if err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		list = u.Unused(rs)
		fmt.Fprintf(e.stderr, "bounce: %d messages analyzed; %d of %d rules decided no verdict\n", n, len(list), rs.Len())
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tREASON\tTIER\tPRIORITY\tSOURCE")
	for _, r := range list {
		fmt.Fprintf(tw, "%s\t%s\t%d %s\t%d\t%s\n", r.ID, r.Reason, int(r.Tier()), r.Tier(), r.Priority, r.Source)
	}
	if err := tw.Flush(); err != nil {
		e.errorf("%v", err)
		return exitFail
	}
	return exitOK
}

// ruleUsage analyzes every message at paths and counts the rules that
// decided their verdicts. Inputs that cannot be read are reported on
// stderr and the others go on.
func (e *env) ruleUsage(rs *rules.Set, paths []string) (*classify.Usage, int, error) {
	a := bounce.New(bounce.WithRules(rs))
	u := classify.NewUsage()
	n := 0
	err := source.Paths(paths, e.stdin).Walk(func(it source.Item) error {
		if it.Err != nil {
			if !source.IsSkipped(it.Err) {
				e.errorf("%v", it.Err)
			}
			return nil
		}
		recs, err := a.Analyze(it.R, it.Source)
		if err != nil {
			if it.Explicit {
				e.errorf("%s: %v", it.Source, err)
			}
			return nil
		}
		n++
		u.Add(recs)
		return nil
	})
	return u, n, err
}

// loadRules loads the default rules and the files at paths; with no
// paths, the files in $BOUNCE_RULES. On error it prints every problem on
// stderr (each names the file, the line and the rule) and returns a nil
// Set and exitUsage.
func (e *env) loadRules(paths []string) (*rules.Set, int) {
	if len(paths) == 0 && e.getenv != nil {
		for _, p := range filepath.SplitList(e.getenv("BOUNCE_RULES")) {
			if p != "" {
				paths = append(paths, p)
			}
		}
	}
	rs, err := rules.Load(paths...)
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
