package webhook

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// File is the YAML config file of a webhook receiver (bounce serve):
// where to listen and write, and each provider's settings. Every secret
// may be given as a file instead (relative to the config file).
type File struct {
	Listen    string        `yaml:"listen"`
	ReportDir string        `yaml:"report-dir"`
	DB        string        `yaml:"db"`
	Rules     []string      `yaml:"rules"`
	SES       *SESFile      `yaml:"ses"`
	SendGrid  *SendGridFile `yaml:"sendgrid"`
	Mailgun   *MailgunFile  `yaml:"mailgun"`
	Postmark  *SecretFile   `yaml:"postmark"`
	Brevo     *SecretFile   `yaml:"brevo"`
}

// SESFile are the SNS topics whose messages are accepted.
type SESFile struct {
	Topics []string `yaml:"topics"`
}

// SendGridFile is SendGrid's signed-webhook public key.
type SendGridFile struct {
	PublicKey     string `yaml:"public-key"`
	PublicKeyFile string `yaml:"public-key-file"`
}

// MailgunFile is Mailgun's HTTP webhook signing key.
type MailgunFile struct {
	SigningKey     string `yaml:"signing-key"`
	SigningKeyFile string `yaml:"signing-key-file"`
}

// SecretFile is the basic-auth user and password, or the token, of
// Postmark or Brevo.
type SecretFile struct {
	User         string `yaml:"user"`
	Password     string `yaml:"password"`
	PasswordFile string `yaml:"password-file"`
	Token        string `yaml:"token"`
	TokenFile    string `yaml:"token-file"`
}

// ReadFile reads the config file at path. Relative paths in it (secret
// files, rules, a SQLite db) are taken from its directory. exposed tells
// that the file holds a secret and others may read it.
func ReadFile(path string) (f File, exposed bool, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return f, false, fmt.Errorf("reading config: %w", err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return f, false, fmt.Errorf("config %s: %v", path, err)
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
	for _, s := range []*SecretFile{f.Postmark, f.Brevo} {
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
	fi, err := os.Stat(path)
	return f, err == nil && secrets && fi.Mode().Perm()&0o077 != 0, nil
}

// Under returns the settings of cmd (a command line) over those of f
// (its config file): listen, report-dir, db and rules given in cmd win;
// the providers are the file's.
func (f File) Under(cmd File) File {
	if cmd.Listen != "" {
		f.Listen = cmd.Listen
	}
	if cmd.ReportDir != "" {
		f.ReportDir = cmd.ReportDir
	}
	if cmd.DB != "" {
		f.DB = cmd.DB
	}
	if len(cmd.Rules) > 0 {
		f.Rules = cmd.Rules
	}
	return f
}

// Providers fills the providers' settings of c from f and the
// environment, which wins: BOUNCE_SES_TOPICS (comma-separated),
// BOUNCE_SENDGRID_PUBLIC_KEY, BOUNCE_MAILGUN_SIGNING_KEY, and
// BOUNCE_POSTMARK_… and BOUNCE_BREVO_… USER, PASSWORD, TOKEN. A provider
// with no settings is not served; at least one must be.
func (f *File) Providers(c *Config, getenv func(string) string) error {
	env := func(k string) string {
		if getenv == nil {
			return ""
		}
		return strings.TrimSpace(getenv(k))
	}
	var topics []string
	if f.SES != nil {
		topics = f.SES.Topics
	}
	if v := env("BOUNCE_SES_TOPICS"); v != "" {
		topics = strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' })
	}
	if len(topics) > 0 {
		c.SNS = &SNS{TopicARNs: topics}
	} else if f.SES != nil {
		return errors.New("config: ses needs the topics to accept")
	}

	var key string
	if s := f.SendGrid; s != nil {
		v, err := secretValue(s.PublicKey, s.PublicKeyFile)
		if err != nil {
			return fmt.Errorf("config: sendgrid public-key: %w", err)
		}
		key = v
	}
	if v := env("BOUNCE_SENDGRID_PUBLIC_KEY"); v != "" {
		key = v
	}
	if key != "" {
		pk, err := ParseSendGridKey(key)
		if err != nil {
			return fmt.Errorf("config: %w", err)
		}
		c.SendGrid = &SendGrid{PublicKey: pk}
	} else if f.SendGrid != nil {
		return errors.New("config: sendgrid needs public-key")
	}

	var signing string
	if m := f.Mailgun; m != nil {
		v, err := secretValue(m.SigningKey, m.SigningKeyFile)
		if err != nil {
			return fmt.Errorf("config: mailgun signing-key: %w", err)
		}
		signing = v
	}
	if v := env("BOUNCE_MAILGUN_SIGNING_KEY"); v != "" {
		signing = v
	}
	if signing != "" {
		c.Mailgun = &Mailgun{SigningKey: signing}
	} else if f.Mailgun != nil {
		return errors.New("config: mailgun needs signing-key")
	}

	var err error
	if c.Postmark, err = secretConfig("postmark", f.Postmark, env); err != nil {
		return err
	}
	if c.Brevo, err = secretConfig("brevo", f.Brevo, env); err != nil {
		return err
	}
	if len(c.Endpoints()) == 0 {
		return errors.New("no provider configured: give them in the config file or the environment")
	}
	return nil
}

// Endpoints lists the paths c serves.
func (c *Config) Endpoints() []string {
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

// secretConfig builds a Postmark or Brevo secret from the file section
// and BOUNCE_NAME_{USER,PASSWORD,TOKEN}; nil when neither has one.
func secretConfig(name string, f *SecretFile, env func(string) string) (*Secret, error) {
	var s Secret
	if f != nil {
		s.User = f.User
		var err error
		if s.Password, err = secretValue(f.Password, f.PasswordFile); err != nil {
			return nil, fmt.Errorf("config: %s password: %w", name, err)
		}
		if s.Token, err = secretValue(f.Token, f.TokenFile); err != nil {
			return nil, fmt.Errorf("config: %s token: %w", name, err)
		}
	}
	prefix := "BOUNCE_" + strings.ToUpper(name) + "_"
	for k, p := range map[string]*string{"USER": &s.User, "PASSWORD": &s.Password, "TOKEN": &s.Token} {
		if v := env(prefix + k); v != "" {
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

// secretValue returns value, or the content of file (trimmed) when value
// is empty.
func secretValue(value, file string) (string, error) {
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

// Settings are the settings of a receiver: those of the config file at
// path (none when path is ""), with the command line's (given) over
// them. warnf is told when the file holds secrets others may read.
func Settings(path string, given File, warnf func(format string, args ...any)) (File, error) {
	var f File
	if path != "" {
		var exposed bool
		var err error
		if f, exposed, err = ReadFile(path); err != nil {
			return f, err
		}
		if exposed {
			warnf("warning: config file %s holds secrets and is readable by others: chmod 600 it", path)
		}
	}
	return f.Under(given), nil
}
