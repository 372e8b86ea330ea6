package imapfetch

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
)

const testToken = "ya29.test-access-token-Zq9"

// tokenOptions are testOptions logging in with token instead of the
// password, counting the tokens asked for.
func tokenOptions(s *imaptest.Server, token string, asked *atomic.Int32) Options {
	opts := testOptions(s)
	opts.Credentials = Credentials{User: s.User, Token: func(context.Context) (string, error) {
		asked.Add(1)
		return token, nil
	}}
	return opts
}

func TestOAuthMechanisms(t *testing.T) {
	for _, tc := range []struct {
		offered []string
		want    string
	}{
		{[]string{"OAUTHBEARER", "XOAUTH2"}, "OAUTHBEARER"},
		{[]string{"XOAUTH2"}, "XOAUTH2"},
		{[]string{"OAUTHBEARER"}, "OAUTHBEARER"},
	} {
		t.Run(strings.Join(tc.offered, "+"), func(t *testing.T) {
			srv := imaptest.Start(t, imaptest.Config{Token: testToken, Mechanisms: tc.offered})
			srv.Append(t, "INBOX", []byte("Subject: x\r\n\r\nbody\r\n"))
			var asked atomic.Int32
			sess, err := Open(context.Background(), tokenOptions(srv, testToken, &asked))
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer sess.Close()
			uids, err := sess.Search(context.Background(), Query{})
			if err != nil || len(uids) != 1 {
				t.Fatalf("Search = %v, %v", uids, err)
			}
			if got := srv.TokenLogins(); len(got) != 1 || got[0] != tc.want {
				t.Errorf("logins = %v, want one %s", got, tc.want)
			}
		})
	}
}

func TestOAuthInvalidToken(t *testing.T) {
	for _, mech := range []string{"OAUTHBEARER", "XOAUTH2"} {
		t.Run(mech, func(t *testing.T) {
			srv := imaptest.Start(t, imaptest.Config{Token: testToken, Mechanisms: []string{mech}})
			var asked atomic.Int32
			const bad = "expired-token-Xk2"
			_, err := Open(context.Background(), tokenOptions(srv, bad, &asked))
			var le *LoginError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want a LoginError", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, mech) || !strings.Contains(msg, "invalid or expired") {
				t.Errorf("the error does not say the %s token was refused: %s", mech, msg)
			}
			if strings.Contains(msg, bad) {
				t.Errorf("the token is in the error: %s", msg)
			}
			// A refused token is not asked for again nor retried.
			if n := asked.Load(); n != 1 {
				t.Errorf("token asked for %d times, want 1", n)
			}
			if n := len(srv.TokenLogins()); n != 1 {
				t.Errorf("%d logins tried, want 1", n)
			}
		})
	}
}

func TestOAuthTokenUnavailable(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{Token: testToken})
	opts := testOptions(srv)
	calls := 0
	opts.Credentials = Credentials{User: srv.User, Token: func(context.Context) (string, error) {
		calls++
		return "", errors.New("token endpoint said invalid_grant")
	}}
	_, err := Open(context.Background(), opts)
	var le *LoginError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "invalid_grant") {
		t.Fatalf("err = %v", err)
	}
	if calls != 1 {
		t.Errorf("token asked for %d times, want 1 (no retry storm)", calls)
	}
}

func TestOAuthNotOffered(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{}) // PLAIN only
	var asked atomic.Int32
	_, err := Open(context.Background(), tokenOptions(srv, testToken, &asked))
	if err == nil || !strings.Contains(err.Error(), "neither AUTH=OAUTHBEARER nor AUTH=XOAUTH2") {
		t.Fatalf("err = %v", err)
	}
	if asked.Load() != 0 {
		t.Error("a token was fetched for a server that cannot take it")
	}
}

func TestCredentialsHideSecrets(t *testing.T) {
	c := Credentials{User: "u@example.com", Password: "hunter2", Token: func(context.Context) (string, error) { return testToken, nil }}
	o := Options{Credentials: c}
	for _, s := range []string{fmt.Sprint(c), fmt.Sprintf("%v %+v %#v %s", c, c, c, c), fmt.Sprintf("%v %+v %#v", o, o, o)} {
		if strings.Contains(s, "hunter2") || strings.Contains(s, testToken) {
			t.Errorf("a secret is printed: %s", s)
		}
	}
}

func TestIDSent(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	sess, err := Open(context.Background(), testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	sess.Close()
	ids := srv.IDs()
	if len(ids) != 1 || ids[0]["name"] != "bounce" || ids[0]["version"] == "" {
		t.Fatalf("IDs received = %v, want one with name bounce and a version", ids)
	}
}

func TestIDOff(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	opts := testOptions(srv)
	opts.NoID = true
	sess, err := Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	sess.Close()
	if ids := srv.IDs(); len(ids) != 0 {
		t.Fatalf("IDs received = %v, want none", ids)
	}
}

func TestIDRejectedOrMissing(t *testing.T) {
	for _, mode := range []string{"reject", "none"} {
		t.Run(mode, func(t *testing.T) {
			srv := imaptest.Start(t, imaptest.Config{ID: mode})
			srv.Append(t, "INBOX", []byte("Subject: x\r\n\r\nbody\r\n"))
			opts := testOptions(srv)
			var notes []string
			opts.Logf = func(f string, a ...any) { notes = append(notes, fmt.Sprintf(f, a...)) }
			sess, err := Open(context.Background(), opts)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer sess.Close()
			if uids, err := sess.Search(context.Background(), Query{}); err != nil || len(uids) != 1 {
				t.Fatalf("Search = %v, %v", uids, err)
			}
			switch mode {
			case "reject":
				if len(srv.IDs()) != 1 || len(notes) != 1 || !strings.Contains(notes[0], "refused the IMAP ID") {
					t.Errorf("IDs %v, notes %q: want one ID refused and said so", srv.IDs(), notes)
				}
			case "none":
				if len(srv.IDs()) != 0 {
					t.Errorf("ID sent to a server without the capability: %v", srv.IDs())
				}
			}
		})
	}
}
