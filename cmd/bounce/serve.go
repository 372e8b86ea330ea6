package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/store"
	"github.com/bounce-analyzer/bounce/webhook"
)

const serveUsage = "bounce serve --listen ADDR --config FILE --report-dir DIR [flags]"

const serveHelp = `Receive the bounce and complaint events that e-mail service providers
post (Amazon SES through SNS, SendGrid, Mailgun, Postmark, Brevo), check
each request the way its provider documents, and write the records to
the day's report files in --report-dir (failed-DATE.csv, summary-DATE.txt,
as bounce scan writes them), and to the store of --db (db: in the file)
when given. Every request's records are committed before
the answer, so a provider that got an error sends the batch again.

Endpoints: POST /ses, /sendgrid, /mailgun, /postmark, /brevo (only those
configured); GET /healthz. Run it behind a TLS-terminating proxy: the
providers post to an https URL, and Postmark and Brevo send their secret
with every request.

The providers are configured in a YAML file (--config); environment
variables, when set, win over the file:

    listen: 127.0.0.1:8025
    report-dir: /var/lib/bounce/reports
    db: /var/lib/bounce/bounce.db        # or postgres://…
    ses:
      topics: [arn:aws:sns:eu-west-1:111122223333:ses-bounces]  # BOUNCE_SES_TOPICS (comma-separated)
    sendgrid:
      public-key: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...        # BOUNCE_SENDGRID_PUBLIC_KEY
    mailgun:
      signing-key: key-...                                      # BOUNCE_MAILGUN_SIGNING_KEY
    postmark:
      user: postmark                                            # BOUNCE_POSTMARK_USER
      password: ...                                             # BOUNCE_POSTMARK_PASSWORD
    brevo:
      token: ...                                                # BOUNCE_BREVO_TOKEN (or _USER, _PASSWORD)

Every secret may be given as a file instead (public-key-file,
signing-key-file, password-file, token-file; relative to the config
file). A provider without settings is not served. SNS accepts only the
listed topics and confirms their subscriptions itself.

On SIGINT or SIGTERM the server stops accepting, finishes the requests in
flight (at most --grace) and exits.

Exit status: 0 after a shutdown; 1 the address cannot be listened on or
the server failed; 2 usage or configuration error.
`

// serveConfig is the parsed command line and config file of serve.
type serveConfig struct {
	listen    string
	config    string
	reportDir string
	db        string
	rules     []string
	grace     time.Duration
	maxBody   int64
	rate      float64
	file      serveFile
}

// serveFile is the YAML config file of serve.
type serveFile struct {
	Listen    string        `yaml:"listen"`
	ReportDir string        `yaml:"report-dir"`
	DB        string        `yaml:"db"`
	Rules     []string      `yaml:"rules"`
	SES       *sesFile      `yaml:"ses"`
	SendGrid  *sendGridFile `yaml:"sendgrid"`
	Mailgun   *mailgunFile  `yaml:"mailgun"`
	Postmark  *secretFile   `yaml:"postmark"`
	Brevo     *secretFile   `yaml:"brevo"`
}

type sesFile struct {
	Topics []string `yaml:"topics"`
}

type sendGridFile struct {
	PublicKey     string `yaml:"public-key"`
	PublicKeyFile string `yaml:"public-key-file"`
}

type mailgunFile struct {
	SigningKey     string `yaml:"signing-key"`
	SigningKeyFile string `yaml:"signing-key-file"`
}

type secretFile struct {
	User         string `yaml:"user"`
	Password     string `yaml:"password"`
	PasswordFile string `yaml:"password-file"`
	Token        string `yaml:"token"`
	TokenFile    string `yaml:"token-file"`
}

func runServe(e *env, args []string) int {
	cfg := serveConfig{grace: 30 * time.Second, maxBody: webhook.DefaultMaxBody, rate: webhook.DefaultRate}
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	fs.StringVar(&cfg.listen, "listen", "", "listen on `ADDR` (host:port)")
	fs.StringVar(&cfg.config, "config", "", "read the providers' settings from the YAML `FILE`")
	fs.StringVar(&cfg.reportDir, "report-dir", "", "write the day's report files to `DIR`")
	fs.StringVar(&cfg.db, "db", "", dbFlagUsage)
	fs.StringArrayVar(&cfg.rules, "rules", nil, "add the rules in `FILE` to the defaults (repeatable; default: $BOUNCE_RULES)")
	fs.DurationVar(&cfg.grace, "grace", cfg.grace, "on shutdown, wait this long for requests in flight")
	fs.Var((*sizeValue)(&cfg.maxBody), "max-body", "refuse request bodies larger than `SIZE` (suffix K, M or G)")
	fs.Float64Var(&cfg.rate, "rate", cfg.rate, "accept `N` requests a second on average (twice as many at once)")
	help := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError("serve", serveUsage, err.Error())
	}
	if *help {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", serveUsage, serveHelp, fs.FlagUsages())
		return exitOK
	}
	if fs.NArg() > 0 {
		return e.usageError("serve", serveUsage, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if cfg.config != "" {
		if err := readServeFile(e, cfg.config, &cfg.file); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	// The command line wins over the file.
	if cfg.listen == "" {
		cfg.listen = cfg.file.Listen
	}
	if cfg.reportDir == "" {
		cfg.reportDir = cfg.file.ReportDir
	}
	if cfg.db == "" {
		cfg.db = cfg.file.DB
	}
	if len(cfg.rules) == 0 {
		cfg.rules = cfg.file.Rules
	}
	switch {
	case cfg.listen == "":
		return e.usageError("serve", serveUsage, "no --listen address")
	case cfg.reportDir == "" && cfg.db == "":
		return e.usageError("serve", serveUsage, "no --report-dir or --db: the records need somewhere to go")
	case cfg.maxBody < 1 || cfg.rate <= 0 || cfg.grace < 0:
		return e.usageError("serve", serveUsage, "--max-body, --rate and --grace must be positive")
	}
	wcfg, err := webhookConfig(e, &cfg)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	rs, code := e.loadRules(cfg.rules)
	if rs == nil && code != exitOK {
		return code
	}
	wcfg.Classifier = classify.New(rs)
	var st *store.Store
	if cfg.db != "" {
		if st, err = store.Open(e.ctx, cfg.db); err != nil {
			e.errorf("%v", err)
			return exitFail
		}
		defer st.Close()
	}
	dir := cfg.reportDir
	wcfg.Open = func() ([]report.Sink, error) {
		var sinks []report.Sink
		if dir != "" {
			d, err := report.OpenDaily(dir, time.Now())
			if err != nil {
				return nil, err
			}
			sinks = append(sinks, d)
		}
		if st != nil {
			// Not the request's context: a request that is cut off after
			// its commit began must not leave the store in doubt.
			sinks = append(sinks, st.Sink(context.Background(), store.RunInfo{Mailbox: "bounce serve"}))
		}
		return sinks, nil
	}
	wcfg.Log = slog.New(slog.NewTextHandler(e.stderr, nil))
	h, err := webhook.New(wcfg)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	ln, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		e.errorf("serve: %v", err)
		return exitFail
	}
	e.errorf("serving %s on %s", strings.Join(served(wcfg), ", "), ln.Addr())
	if err := webhook.Serve(e.ctx, ln, h, cfg.grace); err != nil {
		e.errorf("serve: %v", err)
		return exitFail
	}
	return exitOK
}

// served lists the endpoints configured.
func served(c webhook.Config) []string {
	var s []string
	if c.SNS != nil {
		s = append(s, "/ses")
	}
	if c.SendGrid != nil {
		s = append(s, "/sendgrid")
	}
	if c.Mailgun != nil {
		s = append(s, "/mailgun")
	}
	if c.Postmark != nil {
		s = append(s, "/postmark")
	}
	if c.Brevo != nil {
		s = append(s, "/brevo")
	}
	return s
}

// readServeFile reads the YAML config file at path into f; relative
// secret files are taken from path's directory.
func readServeFile(e *env, path string, f *serveFile) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading config: %w", err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("config %s: %v", path, err)
	}
	dir := filepath.Dir(path)
	rel := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	secrets := false
	if s := f.SendGrid; s != nil {
		rel(&s.PublicKeyFile)
	}
	if m := f.Mailgun; m != nil {
		rel(&m.SigningKeyFile)
		secrets = secrets || m.SigningKey != ""
	}
	for _, s := range []*secretFile{f.Postmark, f.Brevo} {
		if s != nil {
			rel(&s.PasswordFile)
			rel(&s.TokenFile)
			secrets = secrets || s.Password != "" || s.Token != ""
		}
	}
	for i := range f.Rules {
		rel(&f.Rules[i])
	}
	if !strings.Contains(f.DB, ":") { // not postgres://… nor sqlite:PATH
		rel(&f.DB)
	}
	if fi, err := os.Stat(path); err == nil && secrets && fi.Mode().Perm()&0o077 != 0 {
		e.errorf("warning: config file %s holds secrets and is readable by others (mode %04o): chmod 600 it", path, fi.Mode().Perm())
	}
	return nil
}

// webhookConfig builds the providers' settings from the file and the
// environment.
func webhookConfig(e *env, cfg *serveConfig) (webhook.Config, error) {
	f := &cfg.file
	getenv := func(k string) string {
		if e.getenv == nil {
			return ""
		}
		return strings.TrimSpace(e.getenv(k))
	}
	w := webhook.Config{MaxBody: cfg.maxBody, Rate: cfg.rate, Burst: max(1, int(2*cfg.rate))}

	var topics []string
	if f.SES != nil {
		topics = f.SES.Topics
	}
	if v := getenv("BOUNCE_SES_TOPICS"); v != "" {
		topics = strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
	}
	if len(topics) > 0 {
		w.SNS = &webhook.SNS{TopicARNs: topics}
	} else if f.SES != nil {
		return w, errors.New("config: ses needs the topics to accept")
	}

	var key string
	if s := f.SendGrid; s != nil {
		v, err := secret(s.PublicKey, s.PublicKeyFile)
		if err != nil {
			return w, fmt.Errorf("config: sendgrid public-key: %w", err)
		}
		key = v
	}
	if v := getenv("BOUNCE_SENDGRID_PUBLIC_KEY"); v != "" {
		key = v
	}
	if key != "" {
		pk, err := webhook.ParseSendGridKey(key)
		if err != nil {
			return w, fmt.Errorf("config: %w", err)
		}
		w.SendGrid = &webhook.SendGrid{PublicKey: pk}
	} else if f.SendGrid != nil {
		return w, errors.New("config: sendgrid needs public-key")
	}

	var signing string
	if m := f.Mailgun; m != nil {
		v, err := secret(m.SigningKey, m.SigningKeyFile)
		if err != nil {
			return w, fmt.Errorf("config: mailgun signing-key: %w", err)
		}
		signing = v
	}
	if v := getenv("BOUNCE_MAILGUN_SIGNING_KEY"); v != "" {
		signing = v
	}
	if signing != "" {
		w.Mailgun = &webhook.Mailgun{SigningKey: signing}
	} else if f.Mailgun != nil {
		return w, errors.New("config: mailgun needs signing-key")
	}

	var err error
	if w.Postmark, err = secretConfig("postmark", f.Postmark, getenv); err != nil {
		return w, err
	}
	if w.Brevo, err = secretConfig("brevo", f.Brevo, getenv); err != nil {
		return w, err
	}
	if len(served(w)) == 0 {
		return w, errors.New("no provider configured: give them in --config or the environment (see bounce serve --help)")
	}
	return w, nil
}

// secretConfig builds a Postmark or Brevo secret from the file section
// and BOUNCE_NAME_{USER,PASSWORD,TOKEN}; nil when neither has one.
func secretConfig(name string, f *secretFile, getenv func(string) string) (*webhook.Secret, error) {
	var s webhook.Secret
	if f != nil {
		s.User = f.User
		var err error
		if s.Password, err = secret(f.Password, f.PasswordFile); err != nil {
			return nil, fmt.Errorf("config: %s password: %w", name, err)
		}
		if s.Token, err = secret(f.Token, f.TokenFile); err != nil {
			return nil, fmt.Errorf("config: %s token: %w", name, err)
		}
	}
	env := "BOUNCE_" + strings.ToUpper(name) + "_"
	for k, p := range map[string]*string{"USER": &s.User, "PASSWORD": &s.Password, "TOKEN": &s.Token} {
		if v := getenv(env + k); v != "" {
			*p = v
		}
	}
	switch {
	case s.Token == "" && s.User == "" && s.Password == "":
		if f != nil {
			return nil, fmt.Errorf("config: %s needs a token, or a user and password", name)
		}
		return nil, nil
	case s.Token == "" && (s.User == "" || s.Password == ""):
		return nil, fmt.Errorf("config: %s needs both user and password", name)
	}
	return &s, nil
}

// secret returns value, or the content of file (trimmed) when value is
// empty.
func secret(value, file string) (string, error) {
	if value != "" && file != "" {
		return "", errors.New("give the value or the file, not both")
	}
	if file == "" {
		return value, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}
