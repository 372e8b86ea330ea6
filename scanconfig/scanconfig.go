// Package scanconfig reads the YAML config file of a nightly IMAP scan
// (bounce scan --config) into the settings of a flag set, and builds the
// pieces of a scan's connection that the settings name: the TLS
// configuration of a CA file, the password of a password file.
//
// # The file
//
// The file holds any flag of the scan by its long name ("server",
// "move-to", "report-dir" …); relative paths are taken from the file's
// directory, and "~/" is the home directory. A flag set on the command
// line wins over the file. Several mailboxes are listed under accounts,
// each a mapping of the settings of one mailbox (AccountSettings); the
// settings at the top apply to every account that does not set its own:
//
//	tls: starttls
//	report-dir: /var/lib/bounce/reports
//	accounts:
//	  - server: imap.163.com
//	    user: bounces@163.com
//	    password-file: 163-code
package scanconfig

import (
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"
)

// PathSettings are the settings that name files: in the file, a relative
// path is taken from the file's directory. (A db that names a database
// by a URL, postgres://… or sqlite:PATH, is left as it is.)
var PathSettings = map[string]bool{
	"password-file": true, "ca-file": true, "output": true,
	"report-dir": true, "state": true, "rules": true, "db": true,
	"oauth-client-secret-file": true, "oauth-refresh-token-file": true,
}

// AccountSettings are the settings of one mailbox: with accounts in the
// file, they go in each account (or at the top, for all), not on the
// command line; the others are settings of the whole run.
var AccountSettings = []string{
	"server", "user", "password-file", "password", "mailbox", "tls",
	"insecure-skip-verify", "ca-file", "allow-plaintext",
	"oauth-provider", "oauth-client-id", "oauth-client-secret-file", "oauth-tenant",
	"oauth-refresh-token-file", "oauth-token-url", "oauth-scope", "token-command", "imap-id",
	"mark-seen", "move-to", "move-others", "delete", "yes-delete",
}

func isAccountSetting(name string) bool {
	for _, n := range AccountSettings {
		if n == name {
			return true
		}
	}
	return false
}

// File is a config file read.
type File struct {
	Path string
	// Accounts are the mailboxes listed under accounts, one mapping each;
	// none for a file of one mailbox.
	Accounts []*yaml.Node
	top      *yaml.Node // the top-level mapping; nil for an empty file
}

// Read reads the config file at path.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".toml" {
		return nil, fmt.Errorf("config %s: TOML is not supported; write it in YAML (key: value)", path)
	}
	f := &File{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("config %s: %v", path, err)
	}
	if doc.Kind == 0 {
		return f, nil // empty file
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config %s: want a mapping of flag names to values", path)
	}
	f.top = root
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k, v := root.Content[i], root.Content[i+1]; k.Value == "accounts" {
			if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
				return nil, fmt.Errorf("config %s:%d: accounts: want a list of mailboxes, each a mapping of settings", path, v.Line)
			}
			for _, a := range v.Content {
				if a.Kind != yaml.MappingNode {
					return nil, fmt.Errorf("config %s:%d: accounts: want a mapping of settings", path, a.Line)
				}
				for j := 0; j+1 < len(a.Content); j += 2 {
					if k := a.Content[j]; !isAccountSetting(k.Value) {
						return nil, fmt.Errorf("config %s:%d: %s is a setting of the whole run, not of an account: put it at the top of the file", path, k.Line, k.Value)
					}
				}
			}
			f.Accounts = v.Content
		}
	}
	return f, nil
}

// Applied tells what Apply took from the file.
type Applied struct {
	// Password is set when the file gave the password itself (not a
	// file of it): the command line's warning about --password does not
	// apply, but Warnings holds one if others may read the file.
	Password bool
	Warnings []string
}

// Apply sets the flags of fs that the top of the file names and that are
// not set yet (the command line wins).
func (f *File) Apply(fs *pflag.FlagSet) (Applied, error) {
	return f.apply(fs, f.top)
}

// ApplyAccount sets the flags of fs for account i: the account's
// settings, then the top's, each only where nothing set the flag before.
// The command line given in fs must not set an account's setting.
func (f *File) ApplyAccount(fs *pflag.FlagSet, i int) (Applied, error) {
	for _, name := range AccountSettings {
		if fs.Changed(name) {
			return Applied{}, fmt.Errorf("--%s: the config file %s lists accounts: set it in them (or at the top of the file, for all)", name, f.Path)
		}
	}
	a, err := f.apply(fs, f.Accounts[i])
	if err != nil {
		return a, err
	}
	b, err := f.apply(fs, f.top)
	return Applied{Password: a.Password || b.Password, Warnings: append(a.Warnings, b.Warnings...)}, err
}

// AccountLine is the line of account i in the file, for messages.
func (f *File) AccountLine(i int) int { return f.Accounts[i].Line }

// apply sets the flags of a mapping of the file that are not set yet.
func (f *File) apply(fs *pflag.FlagSet, m *yaml.Node) (Applied, error) {
	var out Applied
	if m == nil {
		return out, nil
	}
	path, dir := f.Path, filepath.Dir(f.Path)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		name := k.Value
		if name == "accounts" {
			continue
		}
		fl := fs.Lookup(name)
		if fl == nil || name == "config" || name == "help" {
			return out, fmt.Errorf("config %s:%d: unknown setting %q (the settings are the long flag names)", path, k.Line, name)
		}
		if fl.Changed {
			continue // the command line wins
		}
		var values []string
		switch v.Kind {
		case yaml.ScalarNode:
			values = []string{v.Value}
		case yaml.SequenceNode:
			if fl.Value.Type() != "stringArray" {
				return out, fmt.Errorf("config %s:%d: %s takes one value, not a list", path, v.Line, name)
			}
			for _, item := range v.Content {
				if item.Kind != yaml.ScalarNode {
					return out, fmt.Errorf("config %s:%d: %s: want a list of strings", path, item.Line, name)
				}
				values = append(values, item.Value)
			}
		default:
			return out, fmt.Errorf("config %s:%d: %s: want a value", path, v.Line, name)
		}
		for _, val := range values {
			if PathSettings[name] && val != "" && val != "-" && !(name == "db" && strings.Contains(val, ":")) {
				if val = ExpandHome(val); !filepath.IsAbs(val) {
					val = filepath.Join(dir, val)
				}
			}
			if err := fs.Set(name, val); err != nil {
				if name == "password" {
					return out, fmt.Errorf("config %s:%d: bad password value", path, v.Line)
				}
				return out, fmt.Errorf("config %s:%d: %s: %v", path, v.Line, name, err)
			}
		}
		fl.Changed = true
		if name == "password" {
			out.Password = true
			if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o044 != 0 {
				out.Warnings = append(out.Warnings, fmt.Sprintf("config file %s holds a password and is readable by others (mode %04o): chmod 600 it", path, fi.Mode().Perm()))
			}
		}
	}
	return out, nil
}

// ExpandHome expands a leading "~/" to the home directory.
func ExpandHome(p string) string {
	if strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, p[2:])
		}
	}
	return p
}

// TLSConfig is the TLS configuration of a scan: TLS 1.2 or later; the
// CA certificates of the PEM file caFile trusted beside the system's
// when it is given; no verification of the server when insecure.
func TLSConfig(insecure bool, caFile string) (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: insecure}
	if caFile == "" {
		return tc, nil
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, fmt.Errorf("reading --ca-file: %v", err)
	}
	pool, err := x509.SystemCertPool()
	if err != nil {
		pool = x509.NewCertPool()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("--ca-file %s holds no PEM certificate", caFile)
	}
	tc.RootCAs = pool
	return tc, nil
}

// ReadPasswordFile reads a password: the first line of the file at path
// (a regular file or a named pipe, at most 64 KiB read). exposed tells
// that others may read the file.
func ReadPasswordFile(path string) (password string, exposed bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return "", false, fmt.Errorf("reading --password-file: %v", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		if !fi.Mode().IsRegular() && fi.Mode()&os.ModeNamedPipe == 0 {
			return "", false, fmt.Errorf("--password-file %s is not a file", path)
		}
		exposed = fi.Mode().IsRegular() && fi.Mode().Perm()&0o044 != 0
	}
	data, err := io.ReadAll(io.LimitReader(f, 64<<10))
	if err != nil {
		return "", exposed, fmt.Errorf("reading --password-file: %v", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	password = strings.TrimSuffix(line, "\r")
	if password == "" {
		return "", exposed, fmt.Errorf("--password-file %s: the first line is empty", path)
	}
	return password, exposed, nil
}
