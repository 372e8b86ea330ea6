package webhook

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// Secret authenticates Postmark and Brevo webhooks, which sign nothing:
// the webhook URL is configured at the provider with basic auth
// credentials (https://USER:PASSWORD@host/postmark), or with a secret
// token sent as "Authorization: Bearer TOKEN", in an X-Webhook-Token
// header, or as ?token=TOKEN in the URL. Either one is enough.
type Secret struct {
	User, Password string
	Token          string
}

func (s *Secret) verify(r *http.Request) error {
	if s.User != "" && s.Password != "" {
		if u, p, ok := r.BasicAuth(); ok {
			// Both compared, whatever the first gives.
			okUser := equal(u, s.User)
			okPass := equal(p, s.Password)
			if okUser&okPass == 1 {
				return nil
			}
			return unauthorized("wrong basic auth credentials")
		}
	}
	if s.Token != "" {
		for _, t := range []string{bearer(r.Header.Get("Authorization")), r.Header.Get("X-Webhook-Token"), r.URL.Query().Get("token")} {
			if t != "" {
				if equal(t, s.Token) == 1 {
					return nil
				}
				return unauthorized("wrong token")
			}
		}
	}
	return unauthorized("no credentials")
}

func bearer(h string) string {
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// equal compares in time independent of the contents and of where they
// differ; hashing first hides the length of the secret too.
func equal(got, want string) int {
	g, w := sha256.Sum256([]byte(got)), sha256.Sum256([]byte(want))
	return subtle.ConstantTimeCompare(g[:], w[:])
}
