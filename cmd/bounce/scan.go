package main

import (
	_ "embed"
	"fmt"

	"github.com/bounce-analyzer/bounce/scanconfig"
)

const scanUsage = "bounce scan --server HOST[:PORT] --user NAME [--password-file FILE] [flags]"

//go:embed help/scan.txt
var scanHelp string

// scanSettingsEnv is what reading the settings of a scan needs of the
// command: its environment and its warnings.
func scanSettingsEnv(e *env) *scanconfig.Env {
	return &scanconfig.Env{Getenv: e.getenv, Warnf: e.errorf}
}

func runScan(e *env, args []string) int {
	senv := scanSettingsEnv(e)
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
	return scanAccounts(e, accts, listed)
}
