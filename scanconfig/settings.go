package scanconfig

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/imapfetch"
	"github.com/bounce-analyzer/bounce/internal/cliflag"
	"github.com/bounce-analyzer/bounce/oauth"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/scan"
)

// Settings are the settings of the scan of one mailbox: the flags of
// `bounce scan` by their long names, the config file merged in (the
// command line wins), and what Env.Load derives from them. Printing a
// Settings (%v, %#v) shows the mailbox only, never its secrets.
type Settings struct {
	Config         string // the config file (--config)
	Server         string
	User           string
	PasswordFile   string
	Password       string // emptied by Load; Credentials holds it
	Mailbox        string
	TLS            string
	Insecure       bool
	CAFile         string
	AllowPlaintext bool
	Format         string
	Output         string
	FailAlert      bool
	AlertThreshold int
	Lang           string
	ReportDir      string
	DB             string
	State          string
	Since          string
	All            bool
	Batch          int
	MaxSize        int64
	Limits         parser.Limits // the parser's; Load sets MaxBytes to MaxSize
	MarkSeen       bool
	MoveTo         string
	MoveOthers     string
	Delete         bool
	YesDelete      bool
	Rules          []string
	Campaign       campaign.Config
	Quiet          bool
	Retries        int
	RetryDelay     time.Duration
	Timeout        time.Duration
	OAuth          oauth.Config
	IMAPID         bool
	File           *File // the config file read; nil without --config

	passwordInConfig bool // the password came from the config file

	// Derived by Load.
	Srv       imapfetch.Server
	SinceDate time.Time
	secret    string
	token     imapfetch.TokenFunc // OAuth2 instead of secret
}

// Env is what reading the settings needs of the command that reads them.
type Env struct {
	// Getenv reads $BOUNCE_IMAP_PASSWORD and the state
	// directory's variables; nil reads none of them (but the default state
	// path is still found with os.Getenv).
	Getenv func(string) string
	// Warnf says what is not an error but the user should know (a
	// password others can read).
	Warnf func(format string, args ...any)
}

// Flags binds the flags of a scan to s, in the order of the help.
func (env *Env) Flags(s *Settings) *pflag.FlagSet {
	s.MaxSize = parser.DefaultLimits.MaxBytes
	s.Limits = parser.DefaultLimits
	fs := pflag.NewFlagSet("scan", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVar(&s.Config, "config", "", "read flags from the YAML `FILE` (the command line wins)")
	fs.StringVar(&s.Server, "server", "", "the IMAP server, `HOST[:PORT]` (port: 993, or 143 with --tls starttls|none)")
	fs.StringVar(&s.User, "user", "", "log in as `NAME`")
	fs.StringVar(&s.PasswordFile, "password-file", "", "read the password from the first line of `FILE` (default: $BOUNCE_IMAP_PASSWORD)")
	fs.StringVar(&s.Password, "password", "", "the password (discouraged: others can see it; use --password-file)")
	fs.StringVar(&s.Mailbox, "mailbox", "INBOX", "the mailbox to read")
	fs.StringVar(&s.OAuth.Provider, "oauth-provider", "", "log in with OAuth2 tokens of `NAME`: google or microsoft (or give --oauth-token-url)")
	fs.StringVar(&s.OAuth.ClientID, "oauth-client-id", "", "the `ID` of the OAuth client (Google) or app registration (Microsoft)")
	fs.StringVar(&s.OAuth.ClientSecretFile, "oauth-client-secret-file", "", "read the OAuth client secret from the first line of `FILE`")
	fs.StringVar(&s.OAuth.Tenant, "oauth-tenant", "", "the Microsoft 365 `TENANT` (domain or ID); without --oauth-refresh-token-file:\napp-only access (client credentials, IMAP.AccessAsApp)")
	fs.StringVar(&s.OAuth.RefreshTokenFile, "oauth-refresh-token-file", "", "the OAuth2 refresh token, first line of `FILE` (a rotated one is written back, mode 0600)")
	fs.StringVar(&s.OAuth.TokenURL, "oauth-token-url", "", "the token endpoint `URL` of another OAuth2 provider")
	fs.StringArrayVar(&s.OAuth.Scopes, "oauth-scope", nil, "ask for `SCOPE` instead of the provider's IMAP scope (repeatable)")
	fs.StringVar(&s.OAuth.Command, "token-command", "", "log in with the OAuth2 access token `COMMAND` prints (run by sh -c before each login)")
	fs.BoolVar(&s.IMAPID, "imap-id", true, "send the IMAP ID command after login (NetEase 163/126/yeah.net need it)")
	fs.StringVar(&s.TLS, "tls", "implicit", "`MODE`: implicit (TLS from the start), starttls, or none (loopback only)")
	fs.BoolVar(&s.Insecure, "insecure-skip-verify", false, "do not verify the server's certificate")
	fs.StringVar(&s.CAFile, "ca-file", "", "trust the CA certificates in the PEM `FILE` (beside the system's)")
	fs.BoolVar(&s.AllowPlaintext, "allow-plaintext", false, "allow --tls none to a host that is not loopback")
	fs.StringVar(&s.Format, "format", "table", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&s.Output, "output", "o", "", "write the report to `FILE` (default stdout); it appears whole or not at all")
	fs.StringVar(&s.ReportDir, "report-dir", "", "also write failed-YYYY-MM-DD.csv (bounces) and summary-YYYY-MM-DD.txt in `DIR`;\na second run on the same day adds to them; and YYYY-MM-DD.html, the run's HTML report")
	fs.IntVar(&s.AlertThreshold, "alert-threshold", 10, "in the HTML report, an incident of `N` recipients or more is an alert, said on stderr (0: never)")
	fs.BoolVar(&s.FailAlert, "fail-on-alert", false, "exit with status 3 when the HTML report has an alert (and nothing else failed)")
	fs.StringVar(&s.Lang, "lang", "en", "the language of the HTML report: en or zh")
	fs.StringVar(&s.DB, "db", "", cliflag.DBUsage)
	fs.StringVar(&s.State, "state", "", "the state `FILE` (default $XDG_STATE_HOME/bounce/scan-state.json,\nor ~/.local/state/bounce/scan-state.json)")
	fs.StringVar(&s.Since, "since", "", "read the messages that arrived on or after `DATE` (YYYY-MM-DD), read before or not")
	fs.BoolVar(&s.All, "all", false, "read every message of the mailbox, read before or not")
	fs.IntVar(&s.Batch, "batch", 200, "fetch `N` messages per command")
	fs.Var((*cliflag.Size)(&s.MaxSize), "max-size", "skip messages larger than `SIZE` bytes (suffix K, M or G), unfetched")
	cliflag.AddLimits(fs, &s.Limits)
	fs.BoolVar(&s.MarkSeen, "mark-seen", false, "mark the bounces as \\Seen")
	fs.StringVar(&s.MoveTo, "move-to", "", "move the bounces to `FOLDER` (created if missing)")
	fs.StringVar(&s.MoveOthers, "move-others", "", "move the messages that are not bounces (no record, or only auto-replies,\ncomplaints, delivery reports) to `FOLDER`")
	fs.BoolVar(&s.Delete, "delete", false, "delete the messages that gave records (needs --yes-delete; not with --move-to)")
	fs.BoolVar(&s.YesDelete, "yes-delete", false, "confirm --delete")
	fs.StringArrayVar(&s.Rules, "rules", nil, "add the rules in `FILE` to the defaults; a rule with a default's id replaces it (repeatable;\ndefault: the colon-separated list in $BOUNCE_RULES)")
	cliflag.AddCampaign(fs, &s.Campaign)
	fs.BoolVarP(&s.Quiet, "quiet", "q", false, "print only warnings and errors: no progress, no summary (for cron)")
	fs.IntVar(&s.Retries, "retries", 3, "dial a lost connection again `N` times before giving up")
	fs.DurationVar(&s.RetryDelay, "retry-delay", time.Second, "wait `DURATION` before the first retry; doubled for each one after")
	fs.DurationVar(&s.Timeout, "timeout", 30*time.Second, "give up connecting after `DURATION`")
	return fs
}

// Load completes the settings s that fs (of Flags) parsed from args: the
// config file of --config merged in, then checked, with the server, the
// password and the date derived. It returns one Settings per mailbox: s
// itself, or one for each account the config file lists (listed true).
func (env *Env) Load(fs *pflag.FlagSet, s *Settings, args []string) (accts []*Settings, listed bool, err error) {
	if s.Config != "" {
		f, err := Read(s.Config)
		if err == nil {
			err = env.applied(s)(f.Apply(fs))
		}
		if err != nil {
			return nil, false, err
		}
		s.File = f
	}
	if s.File != nil && len(s.File.Accounts) > 0 {
		accts, err := env.accounts(args, s)
		return accts, true, err
	}
	if err := env.prepare(fs, s); err != nil {
		return nil, false, err
	}
	return []*Settings{s}, false, nil
}

// applied takes note of what the config file gave: its warnings are
// said, and a password in it needs no warning of --password.
func (env *Env) applied(s *Settings) func(Applied, error) error {
	return func(a Applied, err error) error {
		for _, w := range a.Warnings {
			env.Warnf("warning: %s", w)
		}
		s.passwordInConfig = s.passwordInConfig || a.Password
		return err
	}
}

// accounts reads the accounts of the config file: each is the command
// line, then the account's settings, then the file's top-level settings
// (the first one setting a flag wins). The command line may not name a
// mailbox's settings then.
func (env *Env) accounts(args []string, base *Settings) ([]*Settings, error) {
	var accts []*Settings
	keys := map[string]int{}
	for i := range base.File.Accounts {
		where := fmt.Sprintf("config %s:%d: account %d", base.Config, base.File.AccountLine(i), i+1)
		c := &Settings{}
		fs := env.Flags(c)
		c.Config, c.File = base.Config, base.File
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if err := env.applied(c)(base.File.ApplyAccount(fs, i)); err != nil {
			return nil, err
		}
		if err := env.prepare(fs, c); err != nil {
			return nil, fmt.Errorf("%s: %v", where, err)
		}
		key := imapfetch.StateKey(&c.Srv, c.User, c.Mailbox)
		if j, dup := keys[key]; dup {
			return nil, fmt.Errorf("%s: the same mailbox as account %d", where, j+1)
		}
		keys[key] = i
		accts = append(accts, c)
	}
	return accts, nil
}

// prepare checks the settings and derives the server, the password and
// the date.
func (env *Env) prepare(fs *pflag.FlagSet, s *Settings) error {
	switch {
	case s.Server == "":
		return errors.New("no --server given")
	case s.User == "":
		return errors.New("no --user given")
	case !report.IsFormat(s.Format):
		return fmt.Errorf("bad --format %q: want %s", s.Format, strings.Join(report.Formats, ", "))
	case s.Lang != "en" && s.Lang != "zh":
		return fmt.Errorf("bad --lang %q: want en or zh", s.Lang)
	case s.AlertThreshold < 0:
		return fmt.Errorf("bad --alert-threshold %d: want 0 or more", s.AlertThreshold)
	case s.Batch < 1:
		return fmt.Errorf("bad --batch %d: want 1 or more", s.Batch)
	case s.MaxSize < 1:
		return errors.New("bad --max-size: want 1 byte or more")
	case cliflag.CheckLimits(s.Limits) != nil:
		return cliflag.CheckLimits(s.Limits)
	case s.Retries < 0:
		return fmt.Errorf("bad --retries %d: want 0 or more", s.Retries)
	case s.RetryDelay < 0 || s.Timeout <= 0:
		return errors.New("bad --retry-delay or --timeout: want a positive duration")
	case s.All && s.Since != "":
		return errors.New("--all and --since do not go together")
	case s.Delete && !s.YesDelete:
		return errors.New("--delete deletes the bounces from the server: add --yes-delete to confirm")
	case s.Delete && s.MoveTo != "":
		return errors.New("--delete and --move-to do not go together: pick one")
	case s.YesDelete && !s.Delete:
		return errors.New("--yes-delete without --delete")
	case s.Mailbox == "":
		return errors.New("empty --mailbox")
	case s.MoveTo != "" && sameMailbox(s.MoveTo, s.Mailbox):
		return errors.New("--move-to names the mailbox being read")
	case s.MoveOthers != "" && sameMailbox(s.MoveOthers, s.Mailbox):
		return errors.New("--move-others names the mailbox being read")
	}
	s.Limits.MaxBytes = s.MaxSize
	if s.Since != "" {
		d, err := time.Parse("2006-01-02", s.Since)
		if err != nil {
			return fmt.Errorf("bad --since %q: want YYYY-MM-DD", s.Since)
		}
		s.SinceDate = d
	}

	mode, err := imapfetch.ParseTLSMode(s.TLS)
	if err != nil {
		return fmt.Errorf("bad --tls: %v", err)
	}
	srv, err := imapfetch.ParseServer(s.Server, mode)
	if err != nil {
		return fmt.Errorf("bad --server: %v", err)
	}
	srv.AllowPlaintext = s.AllowPlaintext
	srv.DialTimeout = s.Timeout
	if mode != imapfetch.TLSNone {
		if srv.TLSConfig, err = TLSConfig(s.Insecure, s.CAFile); err != nil {
			return err
		}
	}
	if err := srv.Check(); err != nil {
		return err
	}
	s.Srv = srv

	if s.State == "" {
		getenv := env.Getenv
		if getenv == nil {
			getenv = os.Getenv
		}
		if s.State, err = scan.DefaultStatePath(getenv); err != nil {
			return err
		}
	}
	if s.OAuth.Enabled() {
		if fs.Changed("password") || s.PasswordFile != "" {
			return errors.New("give a password or OAuth2 settings, not both")
		}
		tf, err := s.OAuth.TokenFunc()
		if err != nil {
			return err
		}
		s.token = tf
		return nil
	}
	if fs.Changed("oauth-client-id") || fs.Changed("oauth-client-secret-file") || fs.Changed("oauth-tenant") || fs.Changed("oauth-scope") {
		return errors.New("OAuth2 settings without --oauth-provider, --oauth-token-url, --oauth-refresh-token-file or --token-command")
	}
	return env.readPassword(fs, s)
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
func (env *Env) readPassword(fs *pflag.FlagSet, s *Settings) error {
	passwordSet := fs.Changed("password")
	switch {
	case s.PasswordFile != "" && passwordSet:
		return errors.New("give --password-file or --password, not both")
	case s.PasswordFile != "":
		secret, exposed, err := ReadPasswordFile(s.PasswordFile)
		if exposed {
			env.Warnf("warning: password file %s is readable by others: chmod 600 it", s.PasswordFile)
		}
		if err != nil {
			return err
		}
		s.secret = secret
	case passwordSet:
		if s.Password == "" {
			return errors.New("empty --password")
		}
		if !s.passwordInConfig {
			env.Warnf("warning: a password given with --password can be seen by other users (ps) and stays in shell history; use --password-file or $BOUNCE_IMAP_PASSWORD")
		}
		s.secret = s.Password
	default:
		if env.Getenv != nil {
			s.secret = env.Getenv("BOUNCE_IMAP_PASSWORD")
		}
		if s.secret == "" {
			return errors.New("no password: give --password-file FILE or set BOUNCE_IMAP_PASSWORD")
		}
	}
	s.Password = "" // only secret holds it from now on
	return nil
}

// Credentials are the user and the password or token source Load found.
func (s *Settings) Credentials() imapfetch.Credentials {
	return imapfetch.Credentials{User: s.User, Password: s.secret, Token: s.token}
}

// Options are the options of imapfetch.Open for the mailbox of s; logf
// hears of redials.
func (s *Settings) Options(logf func(format string, args ...any)) imapfetch.Options {
	retries := s.Retries
	if retries == 0 {
		retries = -1 // imapfetch: 0 is the default
	}
	return imapfetch.Options{
		Server:      s.Srv,
		Credentials: s.Credentials(),
		NoID:        !s.IMAPID,
		Mailbox:     s.Mailbox,
		BatchSize:   s.Batch,
		MaxSize:     s.MaxSize,
		Retries:     retries,
		Backoff:     max(s.RetryDelay, time.Millisecond),
		Logf:        logf,
	}
}

// Scan is the scan.Config of the mailbox of s: its state, what to read
// and do, its session (redials said to log), analyzed by an and recorded
// in sinks. outputs are the files the sinks write; now is the clock.
func (s *Settings) Scan(an scan.Analyzer, sinks *scan.Sinks, outputs []string, log scan.Logger, now func() time.Time) scan.Config {
	mailbox := s.MailboxURL()
	return scan.Config{
		State:      s.State,
		Key:        imapfetch.StateKey(&s.Srv, s.User, s.Mailbox),
		MailboxURL: mailbox,
		All:        s.All,
		Since:      s.SinceDate,
		Policy:     scan.Policy{MarkSeen: s.MarkSeen, MoveTo: s.MoveTo, MoveOthers: s.MoveOthers, Delete: s.Delete},
		Dial: func(ctx context.Context) (scan.Session, error) {
			sess, err := imapfetch.Open(ctx, s.Options(log.Warnf))
			if err != nil {
				return nil, err // not a nil *Session in the interface
			}
			return sess, nil
		},
		Analyzer: an,
		Sinks:    func() ([]report.Sink, error) { return sinks.Open(mailbox) },
		Outputs:  outputs,
		Log:      log,
		Now:      now,
	}
}

// MailboxURL names the mailbox of s (imap://user@host/mailbox).
func (s *Settings) MailboxURL() string { return imapfetch.MailboxURL(&s.Srv, s.User, s.Mailbox) }

// String names the mailbox only, so that printing a Settings (%v, %#v)
// never shows the password or the token it holds.
func (s Settings) String() string {
	return "scan of " + imapfetch.MailboxURL(&s.Srv, s.User, s.Mailbox)
}

// GoString hides the secrets from %#v too.
func (s Settings) GoString() string { return s.String() }
