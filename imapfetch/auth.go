package imapfetch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"
)

// TokenFunc returns an OAuth2 access token for the IMAP server. It is
// called for every login, so that a reconnect gets a fresh token.
type TokenFunc func(ctx context.Context) (string, error)

// Credentials are a user name and either a password or an OAuth2 token
// source (Token set: the password is not used).
type Credentials struct {
	User     string
	Password string
	Token    TokenFunc
}

// String hides the password and the token, so that printing Credentials
// never shows them.
func (c Credentials) String() string {
	if c.Token != nil {
		return "user " + c.User + " (OAuth2 token hidden)"
	}
	return "user " + c.User + " (password hidden)"
}

// GoString hides the secrets from %#v too.
func (c Credentials) GoString() string { return c.String() }

// The SASL mechanisms of OAuth2 logins.
const (
	mechOAuthBearer = sasl.OAuthBearer // RFC 7628: Gmail, Dovecot
	mechXOAuth2     = "XOAUTH2"        // Google's and Microsoft's older one
)

// loginOAuth logs in with a token: OAUTHBEARER where the server offers
// it, else XOAUTH2. A token that cannot be had is a LoginError too:
// asking again at once would fail the same way.
func loginOAuth(ctx context.Context, c *imapclient.Client, srv *Server, cred Credentials) error {
	caps := c.Caps()
	var mech string
	switch {
	case caps.Has(imap.AuthCap(mechOAuthBearer)):
		mech = mechOAuthBearer
	case caps.Has(imap.AuthCap(mechXOAuth2)):
		mech = mechXOAuth2
	default:
		return &LoginError{User: cred.User, Err: errors.New("the server offers neither AUTH=OAUTHBEARER nor AUTH=XOAUTH2 (is TLS required?)")}
	}
	token, err := cred.Token(ctx)
	if err != nil {
		return &LoginError{User: cred.User, Err: fmt.Errorf("getting an OAuth2 token: %w", err)}
	}
	oc := &oauthClient{mech: mech, user: cred.User, token: token, host: srv.Host, port: srv.port()}
	if err := c.Authenticate(oc); err != nil {
		var ie *imap.Error
		switch {
		case oc.failure != "" && errors.As(err, &ie) && ie.Type == imap.StatusResponseTypeBad:
			// go-imap sends the empty answer as "=", which some servers
			// (Dovecot) call bad base64: the refusal came before it.
			err = fmt.Errorf("%s refused the token: %s", mech, oc.failure)
		case oc.failure != "":
			err = fmt.Errorf("%s refused the token: %s (%w)", mech, oc.failure, err)
		default:
			err = fmt.Errorf("%s: %w", mech, err)
		}
		return &LoginError{User: cred.User, Err: err}
	}
	return nil
}

// oauthClient is a sasl.Client for OAUTHBEARER (its initial response from
// go-sasl) and XOAUTH2 (which go-sasl dropped). Both answer a challenge,
// which carries the server's JSON error, with a dummy response so that
// the server ends the exchange with NO; the JSON is kept for the error.
type oauthClient struct {
	mech, user, token, host string
	port                    int
	failure                 string // the server's error, from the challenge
}

func (o *oauthClient) Start() (string, []byte, error) {
	if o.mech == mechXOAuth2 {
		return mechXOAuth2, []byte("user=" + o.user + "\x01auth=Bearer " + o.token + "\x01\x01"), nil
	}
	return sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
		Username: o.user, Token: o.token, Host: o.host, Port: o.port,
	}).Start()
}

func (o *oauthClient) Next(challenge []byte) ([]byte, error) {
	o.failure = describeOAuthFailure(challenge)
	if o.mech == mechOAuthBearer {
		return []byte{0x01}, nil // RFC 7628 section 3.2.3
	}
	return []byte{}, nil
}

// describeOAuthFailure turns the JSON of a failed OAuth2 exchange
// ({"status":"401","schemes":"bearer","scope":"…"}) into words.
func describeOAuthFailure(challenge []byte) string {
	var e struct {
		Status string `json:"status"`
		Scope  string `json:"scope"`
	}
	if err := json.Unmarshal(challenge, &e); err != nil || e.Status == "" {
		return fmt.Sprintf("%q", truncate(string(challenge), 200))
	}
	msg := "status " + e.Status
	switch e.Status {
	case "400", "401", "invalid_token":
		msg += " (the token is invalid or expired)"
	case "403", "insufficient_scope":
		msg += " (the token lacks the scope or the mailbox permission)"
	}
	if e.Scope != "" {
		msg += ", scope wanted: " + e.Scope
	}
	return msg
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// ClientName is what the IMAP ID command says the client is.
const ClientName = "bounce"

// clientID is the ID sent after login: name and version (the module's,
// as the build knows it).
func clientID() *imap.IDData {
	version := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		version = strings.TrimPrefix(bi.Main.Version, "v")
	}
	return &imap.IDData{Name: ClientName, Version: version}
}

// sendID sends the RFC 2971 ID command, which NetEase (163, 126,
// yeah.net) requires before SELECT ("NO SELECT Unsafe Login"). A server
// without ID, or one refusing it, is told nothing and the run goes on.
func sendID(c *imapclient.Client, logf func(string, ...any)) {
	if !c.Caps().Has(imap.CapID) {
		return
	}
	if _, err := c.ID(clientID()).Wait(); err != nil {
		logf("the server refused the IMAP ID command (%v); going on without it", err)
	}
}
