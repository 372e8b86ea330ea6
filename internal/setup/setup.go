// Package setup builds what the flags of a front-end name: the analyzer
// (rule files, campaign settings, parser limits) and the history store
// (the --db and --policy flags of the commands that read it). The
// command and any other front-end share it, so that a flag means the
// same thing everywhere.
package setup

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/store"
	"github.com/bounce-analyzer/bounce/suppress"
)

// Analyzer makes the analyzer of the rule set rs (see Rules), the
// campaign settings camp (compiled here) and the parser limits lim (the
// message size included).
func Analyzer(rs *rules.Set, camp campaign.Config, lim parser.Limits) (*bounce.Analyzer, error) {
	cr, err := campaign.Compile(camp)
	if err != nil {
		return nil, err
	}
	return bounce.New(bounce.WithRules(rs), bounce.WithLimits(lim), bounce.WithCampaign(cr)), nil
}

// Rules loads the default rules and the files at paths; with no paths,
// the files in $BOUNCE_RULES (read with getenv). Their signs must read
// the same in the parser as in their examples.
func Rules(paths []string, getenv func(string) string) (*rules.Set, error) {
	if len(paths) == 0 {
		paths = envRules(getenv)
	}
	rs, err := rules.Load(paths...)
	if err != nil {
		return nil, err
	}
	// The users' signs as the parser reads them, not only as their
	// loader does.
	if _, err := parser.CheckSigns(rs.Signs()); err != nil {
		return nil, err
	}
	return rs, nil
}

// envRules returns the rule files named in $BOUNCE_RULES (a list
// separated like $PATH), read with getenv (nil: none); empty entries are
// dropped.
func envRules(getenv func(string) string) []string {
	if getenv == nil {
		return nil
	}
	var paths []string
	for _, p := range filepath.SplitList(getenv("BOUNCE_RULES")) {
		if p != "" {
			paths = append(paths, p)
		}
	}
	return paths
}

// StoreFlags are the flags of the commands that read the store
// (suppress, history, stats).
type StoreFlags struct {
	DB     string
	Policy string
}

// Add adds --db and --policy to fs.
func (f *StoreFlags) Add(fs *pflag.FlagSet) {
	fs.StringVar(&f.DB, "db", "", "the store: a SQLite `DSN` (a file) or postgres://… (default $BOUNCE_DB, else ~/.local/share/bounce/bounce.db)")
	fs.StringVar(&f.Policy, "policy", "", "apply and record the suppression policy in the YAML `FILE` (default: the one recorded in the store, else the built-in one)")
}

// Open opens the store the flags name: --db, else $BOUNCE_DB, else the
// default path (variables read with getenv). With --policy, the
// suppression policy in that file is applied and recorded.
func (f *StoreFlags) Open(ctx context.Context, getenv func(string) string) (*store.Store, error) {
	dsn := f.DB
	if dsn == "" {
		dsn = getenv("BOUNCE_DB")
	}
	if dsn == "" {
		var err error
		if dsn, err = store.DefaultPath(getenv); err != nil {
			return nil, err
		}
	}
	var opts []store.Option
	if f.Policy != "" {
		file, err := os.Open(f.Policy)
		if err != nil {
			return nil, fmt.Errorf("--policy: %w", err)
		}
		p, err := suppress.Load(file, f.Policy)
		file.Close()
		if err != nil {
			return nil, err
		}
		opts = append(opts, store.WithPolicy(p))
	}
	return store.Open(ctx, dsn, opts...)
}

// CPUProfile starts a CPU profile written to path (for go tool pprof);
// stop ends it and closes the file.
func CPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpu profile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
