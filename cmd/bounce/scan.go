package main

import (
	_ "embed"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/internal/setup"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/scanconfig"
)

const scanUsage = "bounce scan --server HOST[:PORT] --user NAME [--password-file FILE] [flags]"

//go:embed help/scan.txt
var scanHelp string

// scanSettingsEnv is what reading the settings of a scan needs of the command:
// its environment, its warnings, and the parser limits it shares with
// analyze (lim).
func scanSettingsEnv(e *env, lim *parser.Limits) *scanconfig.Env {
	return &scanconfig.Env{
		Getenv:      e.getenv,
		Warnf:       e.errorf,
		DBUsage:     setup.DBUsage,
		MaxSize:     parser.DefaultLimits.MaxBytes,
		LimitFlags:  func(fs *pflag.FlagSet) { cliflag.AddLimits(fs, lim) },
		CheckLimits: func() error { return cliflag.CheckLimits(*lim) },
	}
}

func runScan(e *env, args []string) int {
	lim := parser.DefaultLimits
	senv := scanSettingsEnv(e, &lim)
	var cfg scanconfig.Settings
	fs := senv.Flags(&cfg)
	if code, done := e.parse(fs, args, "scan", scanUsage, scanHelp); done {
		return code
	}
	if fs.NArg() > 0 {
		return e.usageError("scan", scanUsage, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	accts, listed, err := senv.Load(fs, &cfg, args)
	if err != nil {
		return e.usageError("scan", scanUsage, err.Error())
	}
	return scanAccounts(e, accts, lim, listed)
}
