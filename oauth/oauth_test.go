package oauth

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// endpoint is a token endpoint on loopback: it answers a refresh with a
// new access token and a rotated refresh token, a client-credentials
// grant with an access token, and anything else with invalid_grant.
type endpoint struct {
	*httptest.Server
	calls atomic.Int32
	forms []map[string]string
}

func startEndpoint(t *testing.T) *endpoint {
	e := &endpoint{}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := e.calls.Add(1)
		r.ParseForm()
		form := map[string]string{"path": r.URL.Path}
		for k := range r.PostForm {
			form[k] = r.PostForm.Get(k)
		}
		if id, secret, ok := r.BasicAuth(); ok {
			form["client_id"], form["client_secret"] = id, secret
		}
		e.forms = append(e.forms, form)
		w.Header().Set("Content-Type", "application/json")
		switch {
		case form["grant_type"] == "refresh_token" && form["refresh_token"] == "rt-good":
			json.NewEncoder(w).Encode(map[string]any{"access_token": fmt.Sprintf("at-%d", n), "token_type": "Bearer", "expires_in": 3600, "refresh_token": "rt-rotated"})
		case form["grant_type"] == "client_credentials" && form["client_secret"] == "cs-good":
			json.NewEncoder(w).Encode(map[string]any{"access_token": "at-app", "token_type": "Bearer", "expires_in": 3600})
		default:
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]any{"error": "invalid_grant", "error_description": "AADSTS70008: the refresh token has expired"})
		}
	}))
	t.Cleanup(e.Close)
	return e
}

func writeFile(t *testing.T, name, content string, mode os.FileMode) string {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRefreshTokenRotatedAndCached(t *testing.T) {
	e := startEndpoint(t)
	rtFile := writeFile(t, "rt", "rt-good\n", 0o644)
	cfg := Config{Provider: Google, ClientID: "cid", RefreshTokenFile: rtFile, TokenURL: e.URL + "/token"}
	tf, err := cfg.TokenFunc()
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		tok, err := tf(context.Background())
		if err != nil || tok != "at-1" {
			t.Fatalf("token = %q, %v; want at-1 (cached the second time)", tok, err)
		}
	}
	if n := e.calls.Load(); n != 1 {
		t.Errorf("%d requests to the endpoint, want 1", n)
	}
	if f := e.forms[0]; f["grant_type"] != "refresh_token" || f["client_id"] != "cid" {
		t.Errorf("request = %v", f)
	}
	data, _ := os.ReadFile(rtFile)
	if string(data) != "rt-rotated\n" {
		t.Errorf("refresh token file = %q, want the rotated token", data)
	}
	fi, _ := os.Stat(rtFile)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("refresh token file mode %04o, want 0600", fi.Mode().Perm())
	}
	// The next run uses the rotated token: the endpoint refuses it here,
	// and the error says what to do without quoting any secret.
	tf2, err := cfg.TokenFunc()
	if err != nil {
		t.Fatal(err)
	}
	_, err = tf2(context.Background())
	if err == nil || !strings.Contains(err.Error(), "invalid_grant") || !strings.Contains(err.Error(), "get a new one") {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "rt-rotated") {
		t.Errorf("the refresh token is in the error: %v", err)
	}
}

func TestMicrosoftAppOnly(t *testing.T) {
	e := startEndpoint(t)
	secret := writeFile(t, "secret", "cs-good\n", 0o600)
	// The tenant goes into the endpoint's path.
	cfg := Config{Provider: Microsoft, ClientID: "app-id", ClientSecretFile: secret, Tenant: "contoso.onmicrosoft.com"}
	if got := cfg.tokenURL(); got != "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token" {
		t.Errorf("token URL = %s", got)
	}
	cfg.TokenURL = e.URL + "/contoso/token"
	tf, err := cfg.TokenFunc()
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tf(context.Background())
	if err != nil || tok != "at-app" {
		t.Fatalf("token = %q, %v", tok, err)
	}
	f := e.forms[0]
	if f["grant_type"] != "client_credentials" || f["scope"] != MicrosoftAppScope || f["client_id"] != "app-id" {
		t.Errorf("request = %v", f)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{Provider: "yahoo", ClientID: "x"}, "unknown provider"},
		{Config{Provider: Google}, "no client ID"},
		{Config{Provider: Google, ClientID: "x"}, "app-only access, without one, is for microsoft"},
		{Config{Provider: Microsoft, ClientID: "x", ClientSecretFile: "/nonexistent/secret"}, "client secret"},
		{Config{Provider: Microsoft, ClientID: "x"}, "needs the Microsoft 365 tenant"},
		{Config{Command: "true", ClientID: "x"}, "goes alone"},
		{Config{Provider: Google, ClientID: "x", RefreshTokenFile: "/nonexistent/rt"}, "/nonexistent/rt"},
	} {
		_, err := tc.cfg.TokenFunc()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: err = %v, want %q", tc.cfg, err, tc.want)
		}
	}
}

func TestCommand(t *testing.T) {
	cfg := Config{Command: "printf 'tok-from-cmd\\nrest\\n'"}
	tf, err := cfg.TokenFunc()
	if err != nil {
		t.Fatal(err)
	}
	if tok, err := tf(context.Background()); err != nil || tok != "tok-from-cmd" {
		t.Fatalf("token = %q, %v", tok, err)
	}
	cfg = Config{Command: "echo tok-$((40+2)); echo 'vault sealed' >&2; exit 3"}
	tf, _ = cfg.TokenFunc()
	_, err = tf(context.Background())
	if err == nil || !strings.Contains(err.Error(), "vault sealed") || strings.Contains(err.Error(), "tok-42") {
		t.Fatalf("err = %v: want the command's stderr, not its stdout", err)
	}
	tf, _ = (&Config{Command: "true"}).TokenFunc()
	if _, err := tf(context.Background()); err == nil || !strings.Contains(err.Error(), "printed no token") {
		t.Fatalf("err = %v", err)
	}
}

// The command line often carries a client secret: errors name its
// program only.
func TestCommandSecretNotInError(t *testing.T) {
	const secret = "Sup3rS3cretClientValue"
	for _, command := range []string{
		"CLIENT_SECRET=" + secret + " sh -c 'echo nope >&2; exit 2' --client-secret " + secret,
		"true --secret " + secret,
	} {
		tf, err := (&Config{Command: command}).TokenFunc()
		if err != nil {
			t.Fatal(err)
		}
		_, err = tf(context.Background())
		if err == nil || strings.Contains(err.Error(), secret) {
			t.Errorf("err = %v: want an error without the secret", err)
		}
		if err != nil && !strings.Contains(err.Error(), `"sh"`) && !strings.Contains(err.Error(), `"true"`) {
			t.Errorf("err = %v: want the program named", err)
		}
	}
}

// An endpoint (or a proxy before it) that answers without an OAuth error
// code may echo what it was sent: the error keeps a short excerpt, with
// nothing that looks like a token.
func TestEndpointBodyNotInError(t *testing.T) {
	const leaked = "1//0gLeakedRefreshTokenValue0123456789abcdef"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprintf(w, "<html><body>upstream failed for refresh_token=%s %s</body></html>", leaked, strings.Repeat("padding ", 200))
	}))
	defer srv.Close()
	rt := writeFile(t, "rt", "rt-good\n", 0o600)
	tf, err := (&Config{ClientID: "id", RefreshTokenFile: rt, TokenURL: srv.URL}).TokenFunc()
	if err != nil {
		t.Fatal(err)
	}
	_, err = tf(context.Background())
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	if strings.Contains(msg, leaked) || strings.Contains(msg, "0gLeaked") || strings.Contains(msg, "rt-good") {
		t.Errorf("error quotes a token: %v", err)
	}
	if !strings.Contains(msg, "502") || !strings.Contains(msg, "upstream failed") {
		t.Errorf("error lacks the status and an excerpt: %v", err)
	}
	if len(msg) > 400 {
		t.Errorf("error is %d bytes long: %v", len(msg), err)
	}
}
