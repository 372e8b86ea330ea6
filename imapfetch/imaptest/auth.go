package imaptest

import (
	"bytes"
	"errors"
	"regexp"
	"strings"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// session is a memory-server session that also takes OAuth2 logins
// (OAUTHBEARER and XOAUTH2) with the token of Config.Token.
type session struct {
	*imapmemserver.UserSession // nil until logged in
	s                          *Server
}

var _ imapserver.SessionSASL = (*session)(nil)

func (ss *session) Login(user, password string) error {
	if user != ss.s.User || password != ss.s.Password {
		return imapserver.ErrAuthFailed
	}
	ss.UserSession = imapmemserver.NewUserSession(ss.s.user)
	return nil
}

func (ss *session) Close() error { return ss.UserSession.Close() }

func (ss *session) AuthenticateMechanisms() []string {
	return append([]string{sasl.Plain}, ss.s.mechs...)
}

func (ss *session) Authenticate(mech string) (sasl.Server, error) {
	ok := false
	for _, m := range ss.AuthenticateMechanisms() {
		ok = ok || m == mech
	}
	if !ok {
		return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "SASL mechanism not supported"}
	}
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, user, password string) error {
			return ss.Login(user, password)
		}), nil
	case sasl.OAuthBearer:
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if err := ss.loginToken(mech, o.Username, o.Token); err != nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		}), nil
	default: // XOAUTH2
		return &xoauth2Server{ss: ss}, nil
	}
}

// loginToken checks a token and records the attempt.
func (ss *session) loginToken(mech, user, token string) error {
	ss.s.mu.Lock()
	ss.s.logins = append(ss.s.logins, mech)
	ss.s.mu.Unlock()
	if ss.s.token == "" || user != ss.s.User || token != ss.s.token {
		return imapserver.ErrAuthFailed
	}
	ss.UserSession = imapmemserver.NewUserSession(ss.s.user)
	return nil
}

// xoauth2Server is the server side of XOAUTH2: a bad token gets a JSON
// challenge, and the exchange ends with NO after the client's answer.
type xoauth2Server struct {
	ss     *session
	failed bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.failed {
		return nil, true, &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed, Text: "AUTHENTICATE failed"}
	}
	if resp == nil {
		return []byte{}, false, nil // ask for the initial response
	}
	var user, token string
	for _, f := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(f, "user="); ok {
			user = v
		} else if v, ok := strings.CutPrefix(f, "auth=Bearer "); ok {
			token = v
		}
	}
	if user == "" || token == "" {
		return nil, true, errors.New("malformed XOAUTH2 response")
	}
	if x.ss.loginToken("XOAUTH2", user, token) != nil {
		x.failed = true
		return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}`), false, nil
	}
	return nil, true, nil
}

// idCommand is a whole ID command as the client sends it.
var (
	idCommand = regexp.MustCompile(`^([A-Za-z0-9.]+) ID (.*)\r\n$`)
	idPair    = regexp.MustCompile(`"((?:[^"\\]|\\.)*)" (?:"((?:[^"\\]|\\.)*)"|NIL)`)
)

// answerID answers an ID command read from the client in p, which the
// memory server does not know, and tells whether it did. The server
// records the fields and answers with its own ID, or refuses it.
func (c *faultConn) answerID(p []byte) bool {
	m := idCommand.FindSubmatch(p)
	if m == nil || c.s.idMode == "none" {
		return false
	}
	fields := map[string]string{}
	for _, kv := range idPair.FindAllSubmatch(m[2], -1) {
		fields[string(kv[1])] = string(kv[2])
	}
	c.s.mu.Lock()
	c.s.ids = append(c.s.ids, fields)
	c.s.mu.Unlock()
	var answer bytes.Buffer
	if c.s.idMode == "reject" {
		answer.WriteString(string(m[1]) + " BAD ID not allowed here\r\n")
	} else {
		answer.WriteString(`* ID ("name" "imaptest")` + "\r\n" + string(m[1]) + " OK ID completed\r\n")
	}
	c.Conn.Write(answer.Bytes())
	return true
}

// IDs returns the fields of every ID command the server received, in
// order.
func (s *Server) IDs() []map[string]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]map[string]string(nil), s.ids...)
}

// TokenLogins returns the mechanisms of every OAuth2 login tried, in
// order.
func (s *Server) TokenLogins() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.logins...)
}
