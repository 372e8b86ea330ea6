// Package oauth gets the OAuth2 access tokens that IMAP servers take in
// place of a password (Microsoft 365, which has turned basic
// authentication off, and Gmail).
//
// # Sources
//
// A Config names one source of tokens:
//
//   - a refresh token kept in a file, exchanged at Google's, Microsoft's
//     or any token endpoint (a rotated refresh token is written back to
//     the file, atomically, mode 0600);
//   - Microsoft 365 app-only access: the client credentials of an app
//     registration with IMAP.AccessAsApp, for a tenant;
//   - a command that prints a token (a vault, an OAuth proxy, a script).
//
// # Secrets
//
// A Config holds file names, never a secret, so it can be printed. The
// secrets read from the files and the tokens stay inside the function
// TokenFunc returns, and no error quotes them.
package oauth

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"github.com/bounce-analyzer/bounce/internal/atomicfile"
)

// The providers a Config may name.
const (
	Google    = "google"
	Microsoft = "microsoft"
)

// Token endpoints and scopes of the providers.
const (
	googleTokenURL = "https://oauth2.googleapis.com/token"
	googleScope    = "https://mail.google.com/"
	// Microsoft's endpoint is per tenant ("common" for a delegated user
	// of any tenant).
	microsoftTokenURL = "https://login.microsoftonline.com/%s/oauth2/v2.0/token"
	// MicrosoftAppScope is the scope of app-only (client credentials)
	// access to Exchange Online.
	MicrosoftAppScope  = "https://outlook.office365.com/.default"
	microsoftUserScope = "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access"
)

// Config chooses where the tokens come from. Exactly one of Command,
// RefreshTokenFile, or (Microsoft only) app-only client credentials is
// used.
type Config struct {
	// Provider is Google, Microsoft, or "" for another endpoint, named
	// by TokenURL.
	Provider string
	// ClientID and the file holding the client secret (its first line)
	// of the OAuth client or app registration.
	ClientID         string
	ClientSecretFile string
	// Tenant is the Microsoft 365 tenant (a domain or an ID). It is
	// required for app-only access; delegated access defaults to
	// "common".
	Tenant string
	// RefreshTokenFile holds a refresh token (its first line). When the
	// provider rotates it, the new one replaces it.
	RefreshTokenFile string
	// TokenURL overrides the provider's token endpoint.
	TokenURL string
	// Scopes override the provider's.
	Scopes []string
	// Command, run by sh -c, prints an access token on its first line.
	Command string
	// Timeout bounds one token request or command (default 60s).
	Timeout time.Duration
}

// Enabled tells whether c asks for OAuth2 at all.
func (c *Config) Enabled() bool {
	return c.Provider != "" || c.Command != "" || c.RefreshTokenFile != "" || c.TokenURL != ""
}

// TokenFunc checks c and returns a function giving a valid access token,
// cached until it expires (a command is run for every call). It reads
// the secret files now, so that a missing one is reported before any
// connection.
func (c *Config) TokenFunc() (func(context.Context) (string, error), error) {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	switch c.Provider {
	case "", Google, Microsoft:
	default:
		return nil, fmt.Errorf("oauth: unknown provider %q (want google or microsoft, or a token URL)", c.Provider)
	}
	if c.Command != "" {
		if c.RefreshTokenFile != "" || c.ClientID != "" {
			return nil, errors.New("oauth: a token command goes alone: no refresh token file nor client ID with it")
		}
		return commandSource(c.Command, timeout), nil
	}
	if c.ClientID == "" {
		return nil, errors.New("oauth: no client ID (the OAuth client or app registration)")
	}
	var secret string
	if c.ClientSecretFile != "" {
		s, err := firstLine(c.ClientSecretFile)
		if err != nil {
			return nil, fmt.Errorf("oauth: client secret: %w", err)
		}
		secret = s
	}
	ctx := context.WithValue(context.Background(), oauth2.HTTPClient, &http.Client{Timeout: timeout})

	if c.RefreshTokenFile == "" {
		// App-only access: Microsoft's client credentials grant.
		if c.Provider != Microsoft && c.TokenURL == "" {
			return nil, errors.New("oauth: no refresh token file (app-only access, without one, is for microsoft)")
		}
		if c.Tenant == "" && c.TokenURL == "" {
			return nil, errors.New("oauth: app-only access needs the Microsoft 365 tenant")
		}
		if secret == "" {
			return nil, errors.New("oauth: app-only access needs the client secret file")
		}
		cc := &clientcredentials.Config{
			ClientID: c.ClientID, ClientSecret: secret,
			TokenURL: c.tokenURL(), Scopes: c.scopes([]string{MicrosoftAppScope}),
		}
		return tokenSource(cc.TokenSource(ctx), c.tokenURL()), nil
	}

	rt, err := firstLine(c.RefreshTokenFile)
	if err != nil {
		return nil, fmt.Errorf("oauth: refresh token: %w", err)
	}
	if c.Provider == "" && c.TokenURL == "" {
		return nil, errors.New("oauth: a refresh token needs a provider (google, microsoft) or a token URL")
	}
	defScopes := []string{googleScope}
	if c.Provider == Microsoft {
		defScopes = strings.Fields(microsoftUserScope)
	}
	oc := &oauth2.Config{
		ClientID: c.ClientID, ClientSecret: secret,
		Endpoint: oauth2.Endpoint{TokenURL: c.tokenURL()},
		Scopes:   c.scopes(defScopes),
	}
	rs := &rotatingSource{
		src:  oc.TokenSource(ctx, &oauth2.Token{RefreshToken: rt}),
		path: c.RefreshTokenFile, last: rt,
	}
	return tokenSource(oauth2.ReuseTokenSource(nil, rs), c.tokenURL()), nil
}

func (c *Config) tokenURL() string {
	switch {
	case c.TokenURL != "":
		return c.TokenURL
	case c.Provider == Google:
		return googleTokenURL
	}
	tenant := c.Tenant
	if tenant == "" {
		tenant = "common"
	}
	return fmt.Sprintf(microsoftTokenURL, tenant)
}

func (c *Config) scopes(def []string) []string {
	if len(c.Scopes) > 0 {
		return c.Scopes
	}
	if c.Provider == "" {
		return nil // another endpoint: its own default
	}
	return def
}

// tokenSource turns an oauth2.TokenSource into a TokenFunc whose errors
// name the endpoint.
func tokenSource(ts oauth2.TokenSource, url string) func(context.Context) (string, error) {
	var mu sync.Mutex
	return func(context.Context) (string, error) {
		mu.Lock()
		defer mu.Unlock()
		tok, err := ts.Token()
		if err != nil {
			return "", fmt.Errorf("token endpoint %s: %w", url, describe(err))
		}
		return tok.AccessToken, nil
	}
}

// describe shortens the error of a refused token request to what the
// endpoint said (its error code and description, which hold no secret).
func describe(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.ErrorCode != "" {
		msg := re.ErrorCode
		if re.ErrorDescription != "" {
			msg += ": " + re.ErrorDescription
		}
		if re.ErrorCode == "invalid_grant" {
			msg += " (the refresh token is expired or revoked: get a new one)"
		}
		return errors.New(msg)
	}
	if re != nil {
		// No error code: the body is whatever the endpoint or a proxy
		// before it said, and may echo what was sent.
		status := "no response"
		if re.Response != nil {
			status = re.Response.Status
		}
		if ex := excerpt(string(re.Body), 120); ex != "" {
			return fmt.Errorf("%s, without an OAuth error code: %s", status, ex)
		}
		return fmt.Errorf("%s, without an OAuth error code", status)
	}
	return err
}

// tokenLike is a run of characters long enough to be a token, a secret
// or a key.
var tokenLike = regexp.MustCompile(`[A-Za-z0-9._~+/=\-]{20,}`)

// excerpt returns a short, one-line part of text that may quote secrets:
// anything that looks like a token replaced, control characters dropped,
// at most max bytes.
func excerpt(text string, max int) string {
	text = tokenLike.ReplaceAllString(text, "[…]")
	text = strings.Join(strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError
	}), " ")
	if len(text) <= max {
		return text
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut] + "…"
}

// rotatingSource writes a refresh token the provider rotated back to its
// file, so that the next run can use it.
type rotatingSource struct {
	src  oauth2.TokenSource
	path string
	last string
}

func (r *rotatingSource) Token() (*oauth2.Token, error) {
	tok, err := r.src.Token()
	if err != nil {
		return nil, err
	}
	if tok.RefreshToken != "" && tok.RefreshToken != r.last {
		if err := writeSecret(r.path, tok.RefreshToken); err != nil {
			return nil, fmt.Errorf("saving the rotated refresh token: %w", err)
		}
		r.last = tok.RefreshToken
	}
	return tok, nil
}

// writeSecret replaces path with the line s, atomically, mode 0600.
func writeSecret(path, s string) error {
	f, err := atomicfile.Create(path, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write([]byte(s + "\n")); err != nil {
		f.Abort()
		return err
	}
	if err := f.Commit(); err != nil {
		return err
	}
	// atomicfile keeps the mode of the file replaced: a secret is not
	// left readable by others.
	target, err := atomicfile.Resolve(path)
	if err != nil {
		return err
	}
	return os.Chmod(target, 0o600)
}

// firstLine reads the first line of a secret file.
func firstLine(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(data), "\n")
	line = strings.TrimSpace(line)
	if line == "" {
		return "", fmt.Errorf("%s: the first line is empty", path)
	}
	return line, nil
}

// commandName names a command line in errors by its program alone: the
// arguments, and variables set before it, often carry a client secret.
func commandName(command string) string {
	for _, w := range strings.Fields(command) {
		if !strings.Contains(w, "=") {
			if len(w) > 80 {
				w = w[:80] + "…"
			}
			return strconv.Quote(w)
		}
	}
	return "(sh -c)"
}

// commandSource runs command for every token. Its stderr, not its
// stdout, goes into an error.
func commandSource(command string, timeout time.Duration) func(context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, "sh", "-c", command)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		name := commandName(command)
		if err := cmd.Run(); err != nil {
			if msg := excerpt(stderr.String(), 300); msg != "" {
				return "", fmt.Errorf("token command %s: %w: %s", name, err, msg)
			}
			return "", fmt.Errorf("token command %s: %w", name, err)
		}
		line, _, _ := strings.Cut(stdout.String(), "\n")
		if line = strings.TrimSpace(line); line == "" {
			return "", fmt.Errorf("token command %s printed no token", name)
		}
		return line, nil
	}
}
