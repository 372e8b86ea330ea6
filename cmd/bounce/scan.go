package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/oauth"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
	"github.com/bounce-analyzer/bounce/scan"
	"github.com/bounce-analyzer/bounce/scanconfig"
)

const scanUsage = "bounce scan --server HOST[:PORT] --user NAME [--password-file FILE] [flags]"

//go:embed help/scan.txt
var scanHelp string

// scanConfig is the parsed command line of scan.
type scanConfig struct {
	limits         parser.Limits // all but MaxBytes (maxSize)
	config         string
	server         string
	user           string
	passwordFile   string
	password       string
	mailbox        string
	tls            string
	insecure       bool
	caFile         string
	allowPlaintext bool
	format         string
	output         string
	failAlert      bool
	alertThreshold int
	lang           string
	reportDir      string
	db             string
	state          string
	since          string
	all            bool
	batch          int
	maxSize        int64
	markSeen       bool
	moveTo         string
	moveOthers     string
	delete         bool
	yesDelete      bool
	rules          []string
	quiet          bool
	retries        int
	retryDelay     time.Duration
	timeout        time.Duration

	oauth  oauth.Config
	imapID bool
	file   *scanconfig.File // the config file

	passwordInConfig bool // the password came from the config file

	// Derived by prepareScan.
	srv       imapfetch.Server
	secret    string
	token     imapfetch.TokenFunc // OAuth2 instead of secret
	sinceDate time.Time
}

func scanFlags(cfg *scanConfig) *pflag.FlagSet {
	fs := pflag.NewFlagSet("scan", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVar(&cfg.config, "config", "", "read flags from the YAML `FILE` (the command line wins)")
	fs.StringVar(&cfg.server, "server", "", "the IMAP server, `HOST[:PORT]` (port: 993, or 143 with --tls starttls|none)")
	fs.StringVar(&cfg.user, "user", "", "log in as `NAME`")
	fs.StringVar(&cfg.passwordFile, "password-file", "", "read the password from the first line of `FILE` (default: $BOUNCE_IMAP_PASSWORD)")
	fs.StringVar(&cfg.password, "password", "", "the password (discouraged: others can see it; use --password-file)")
	fs.StringVar(&cfg.mailbox, "mailbox", "INBOX", "the mailbox to read")
	fs.StringVar(&cfg.oauth.Provider, "oauth-provider", "", "log in with OAuth2 tokens of `NAME`: google or microsoft (or give --oauth-token-url)")
	fs.StringVar(&cfg.oauth.ClientID, "oauth-client-id", "", "the `ID` of the OAuth client (Google) or app registration (Microsoft)")
	fs.StringVar(&cfg.oauth.ClientSecretFile, "oauth-client-secret-file", "", "read the OAuth client secret from the first line of `FILE`")
	fs.StringVar(&cfg.oauth.Tenant, "oauth-tenant", "", "the Microsoft 365 `TENANT` (domain or ID); without --oauth-refresh-token-file:\napp-only access (client credentials, IMAP.AccessAsApp)")
	fs.StringVar(&cfg.oauth.RefreshTokenFile, "oauth-refresh-token-file", "", "the OAuth2 refresh token, first line of `FILE` (a rotated one is written back, mode 0600)")
	fs.StringVar(&cfg.oauth.TokenURL, "oauth-token-url", "", "the token endpoint `URL` of another OAuth2 provider")
	fs.StringArrayVar(&cfg.oauth.Scopes, "oauth-scope", nil, "ask for `SCOPE` instead of the provider's IMAP scope (repeatable)")
	fs.StringVar(&cfg.oauth.Command, "token-command", "", "log in with the OAuth2 access token `COMMAND` prints (run by sh -c before each login)")
	fs.BoolVar(&cfg.imapID, "imap-id", true, "send the IMAP ID command after login (NetEase 163/126/yeah.net need it)")
	fs.StringVar(&cfg.tls, "tls", "implicit", "`MODE`: implicit (TLS from the start), starttls, or none (loopback only)")
	fs.BoolVar(&cfg.insecure, "insecure-skip-verify", false, "do not verify the server's certificate")
	fs.StringVar(&cfg.caFile, "ca-file", "", "trust the CA certificates in the PEM `FILE` (beside the system's)")
	fs.BoolVar(&cfg.allowPlaintext, "allow-plaintext", false, "allow --tls none to a host that is not loopback")
	fs.StringVar(&cfg.format, "format", "table", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&cfg.output, "output", "o", "", "write the report to `FILE` (default stdout); it appears whole or not at all")
	fs.StringVar(&cfg.reportDir, "report-dir", "", "also write failed-YYYY-MM-DD.csv (bounces) and summary-YYYY-MM-DD.txt in `DIR`;\na second run on the same day adds to them; and YYYY-MM-DD.html, the run's HTML report")
	fs.IntVar(&cfg.alertThreshold, "alert-threshold", 10, "in the HTML report, an incident of `N` recipients or more is an alert, said on stderr (0: never)")
	fs.BoolVar(&cfg.failAlert, "fail-on-alert", false, "exit with status 3 when the HTML report has an alert (and nothing else failed)")
	fs.StringVar(&cfg.lang, "lang", "en", "the language of the HTML report: en or zh")
	fs.StringVar(&cfg.db, "db", "", dbFlagUsage)
	fs.StringVar(&cfg.state, "state", "", "the state `FILE` (default $XDG_STATE_HOME/bounce/scan-state.json,\nor ~/.local/state/bounce/scan-state.json)")
	fs.StringVar(&cfg.since, "since", "", "read the messages that arrived on or after `DATE` (YYYY-MM-DD), read before or not")
	fs.BoolVar(&cfg.all, "all", false, "read every message of the mailbox, read before or not")
	fs.IntVar(&cfg.batch, "batch", 200, "fetch `N` messages per command")
	fs.Var((*sizeValue)(&cfg.maxSize), "max-size", "skip messages larger than `SIZE` bytes (suffix K, M or G), unfetched")
	addLimitFlags(fs, &cfg.limits)
	fs.BoolVar(&cfg.markSeen, "mark-seen", false, "mark the bounces as \\Seen")
	fs.StringVar(&cfg.moveTo, "move-to", "", "move the bounces to `FOLDER` (created if missing)")
	fs.StringVar(&cfg.moveOthers, "move-others", "", "move the messages that are not bounces (no record, or only auto-replies,\ncomplaints, delivery reports) to `FOLDER`")
	fs.BoolVar(&cfg.delete, "delete", false, "delete the messages that gave records (needs --yes-delete; not with --move-to)")
	fs.BoolVar(&cfg.yesDelete, "yes-delete", false, "confirm --delete")
	fs.StringArrayVar(&cfg.rules, "rules", nil, "load rules from `FILE` instead of the default rules (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	fs.BoolVarP(&cfg.quiet, "quiet", "q", false, "print only warnings and errors: no progress, no summary (for cron)")
	fs.IntVar(&cfg.retries, "retries", 3, "dial a lost connection again `N` times before giving up")
	fs.DurationVar(&cfg.retryDelay, "retry-delay", time.Second, "wait `DURATION` before the first retry; doubled for each one after")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "give up connecting after `DURATION`")
	return fs
}

func runScan(e *env, args []string) int {
	cfg := scanConfig{maxSize: parser.DefaultLimits.MaxBytes, limits: parser.DefaultLimits}
	fs := scanFlags(&cfg)
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("scan", scanUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", scanUsage, scanHelp, fs.FlagUsages())
		return exitOK
	}
	if fs.NArg() > 0 {
		return e.usageError("scan", scanUsage, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if cfg.config != "" {
		f, err := scanconfig.Read(cfg.config)
		if err == nil {
			err = cfg.applied(e)(f.Apply(fs))
		}
		if err != nil {
			return e.usageError("scan", scanUsage, err.Error())
		}
		cfg.file = f
	}
	if cfg.file != nil && len(cfg.file.Accounts) > 0 {
		accts, err := prepareAccounts(e, args, &cfg)
		if err != nil {
			return e.usageError("scan", scanUsage, err.Error())
		}
		return scanAccounts(e, accts, true)
	}
	if err := prepareScan(e, fs, &cfg); err != nil {
		return e.usageError("scan", scanUsage, err.Error())
	}
	return scanAccounts(e, []*scanConfig{&cfg}, false)
}

// applied takes note of what the config file gave: its warnings are
// printed, and a password in it needs no warning of --password.
func (c *scanConfig) applied(e *env) func(scanconfig.Applied, error) error {
	return func(a scanconfig.Applied, err error) error {
		for _, w := range a.Warnings {
			e.errorf("warning: %s", w)
		}
		c.passwordInConfig = c.passwordInConfig || a.Password
		return err
	}
}

// prepareAccounts reads the accounts of the config file: each is the
// command line, then the account's settings, then the file's top-level
// settings (the first one setting a flag wins). The command line may not
// name a mailbox's settings then.
func prepareAccounts(e *env, args []string, base *scanConfig) ([]*scanConfig, error) {
	var accts []*scanConfig
	keys := map[string]int{}
	for i := range base.file.Accounts {
		where := fmt.Sprintf("config %s:%d: account %d", base.config, base.file.AccountLine(i), i+1)
		c := &scanConfig{maxSize: parser.DefaultLimits.MaxBytes, limits: parser.DefaultLimits, config: base.config, file: base.file}
		fs := scanFlags(c)
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if err := c.applied(e)(base.file.ApplyAccount(fs, i)); err != nil {
			return nil, err
		}
		if err := prepareScan(e, fs, c); err != nil {
			return nil, fmt.Errorf("%s: %v", where, err)
		}
		key := imapfetch.StateKey(&c.srv, c.user, c.mailbox)
		if j, dup := keys[key]; dup {
			return nil, fmt.Errorf("%s: the same mailbox as account %d", where, j+1)
		}
		keys[key] = i
		accts = append(accts, c)
	}
	return accts, nil
}

// prepareScan checks the flags and derives the server, the password and
// the date.
func prepareScan(e *env, fs *pflag.FlagSet, cfg *scanConfig) error {
	switch {
	case cfg.server == "":
		return errors.New("no --server given")
	case cfg.user == "":
		return errors.New("no --user given")
	case !validFormat(cfg.format):
		return fmt.Errorf("bad --format %q: want %s", cfg.format, strings.Join(report.Formats, ", "))
	case cfg.lang != "en" && cfg.lang != "zh":
		return fmt.Errorf("bad --lang %q: want en or zh", cfg.lang)
	case cfg.alertThreshold < 0:
		return fmt.Errorf("bad --alert-threshold %d: want 0 or more", cfg.alertThreshold)
	case cfg.batch < 1:
		return fmt.Errorf("bad --batch %d: want 1 or more", cfg.batch)
	case cfg.maxSize < 1:
		return errors.New("bad --max-size: want 1 byte or more")
	case checkLimits(cfg.limits) != nil:
		return checkLimits(cfg.limits)
	case cfg.retries < 0:
		return fmt.Errorf("bad --retries %d: want 0 or more", cfg.retries)
	case cfg.retryDelay < 0 || cfg.timeout <= 0:
		return errors.New("bad --retry-delay or --timeout: want a positive duration")
	case cfg.all && cfg.since != "":
		return errors.New("--all and --since do not go together")
	case cfg.delete && !cfg.yesDelete:
		return errors.New("--delete deletes the bounces from the server: add --yes-delete to confirm")
	case cfg.delete && cfg.moveTo != "":
		return errors.New("--delete and --move-to do not go together: pick one")
	case cfg.yesDelete && !cfg.delete:
		return errors.New("--yes-delete without --delete")
	case cfg.mailbox == "":
		return errors.New("empty --mailbox")
	case cfg.moveTo != "" && sameMailbox(cfg.moveTo, cfg.mailbox):
		return errors.New("--move-to names the mailbox being read")
	case cfg.moveOthers != "" && sameMailbox(cfg.moveOthers, cfg.mailbox):
		return errors.New("--move-others names the mailbox being read")
	}
	if cfg.since != "" {
		d, err := time.Parse("2006-01-02", cfg.since)
		if err != nil {
			return fmt.Errorf("bad --since %q: want YYYY-MM-DD", cfg.since)
		}
		cfg.sinceDate = d
	}

	mode, err := imapfetch.ParseTLSMode(cfg.tls)
	if err != nil {
		return fmt.Errorf("bad --tls: %v", err)
	}
	srv, err := imapfetch.ParseServer(cfg.server, mode)
	if err != nil {
		return fmt.Errorf("bad --server: %v", err)
	}
	srv.AllowPlaintext = cfg.allowPlaintext
	srv.DialTimeout = cfg.timeout
	if mode != imapfetch.TLSNone {
		if srv.TLSConfig, err = scanconfig.TLSConfig(cfg.insecure, cfg.caFile); err != nil {
			return err
		}
	}
	if err := srv.Check(); err != nil {
		return err
	}
	cfg.srv = srv

	if len(cfg.rules) == 0 {
		cfg.rules = rules.EnvPaths(e.getenv)
	}
	if cfg.state == "" {
		getenv := e.getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		if cfg.state, err = scan.DefaultStatePath(getenv); err != nil {
			return err
		}
	}
	if cfg.oauth.Enabled() {
		if fs.Changed("password") || cfg.passwordFile != "" {
			return errors.New("give a password or OAuth2 settings, not both")
		}
		tf, err := cfg.oauth.TokenFunc()
		if err != nil {
			return err
		}
		cfg.token = tf
		return nil
	}
	if fs.Changed("oauth-client-id") || fs.Changed("oauth-client-secret-file") || fs.Changed("oauth-tenant") || fs.Changed("oauth-scope") {
		return errors.New("OAuth2 settings without --oauth-provider, --oauth-token-url, --oauth-refresh-token-file or --token-command")
	}
	return readPassword(e, fs, cfg)
}

// sameMailbox compares mailbox names; INBOX in any case is INBOX.
func sameMailbox(a, b string) bool {
	if strings.EqualFold(a, "INBOX") && strings.EqualFold(b, "INBOX") {
		return true
	}
	return a == b
}

// readPassword finds the password: --password-file, else --password (with
// a warning), else $BOUNCE_IMAP_PASSWORD.
func readPassword(e *env, fs *pflag.FlagSet, cfg *scanConfig) error {
	passwordSet := fs.Changed("password")
	switch {
	case cfg.passwordFile != "" && passwordSet:
		return errors.New("give --password-file or --password, not both")
	case cfg.passwordFile != "":
		secret, exposed, err := scanconfig.ReadPasswordFile(cfg.passwordFile)
		if exposed {
			e.errorf("warning: password file %s is readable by others: chmod 600 it", cfg.passwordFile)
		}
		if err != nil {
			return err
		}
		cfg.secret = secret
	case passwordSet:
		if cfg.password == "" {
			return errors.New("empty --password")
		}
		if !cfg.passwordInConfig {
			e.errorf("warning: a password given with --password can be seen by other users (ps) and stays in shell history; use --password-file or $BOUNCE_IMAP_PASSWORD")
		}
		cfg.secret = cfg.password
	default:
		if e.getenv != nil {
			cfg.secret = e.getenv("BOUNCE_IMAP_PASSWORD")
		}
		if cfg.secret == "" {
			return errors.New("no password: give --password-file FILE or set BOUNCE_IMAP_PASSWORD")
		}
	}
	cfg.password = "" // only secret holds it from now on
	return nil
}

// String names the mailbox only, so that printing a scanConfig (%v, %#v)
// never shows the password or the token it holds.
func (c scanConfig) String() string {
	return "scan of " + imapfetch.MailboxURL(&c.srv, c.user, c.mailbox)
}

// GoString hides the secrets from %#v too.
func (c scanConfig) GoString() string { return c.String() }
