package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/webhook"
)

// lockedBuffer is a bytes.Buffer written by the server's goroutine and
// read by the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs runServe with args in the background; it returns the
// address served, a stop function and the exit status channel.
func startServe(t testing.TB, environ map[string]string, args ...string) (addr string, stderr *lockedBuffer, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr = &lockedBuffer{}
	e := &env{ctx: ctx, stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: stderr,
		getenv: func(k string) string { return environ[k] }}
	code := make(chan int, 1)
	go func() { code <- runServe(e, args) }()
	re := regexp.MustCompile(`on (127\.0\.0\.1:\d+)`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
			break
		}
		select {
		case c := <-code:
			t.Fatalf("serve exited %d: %s", c, stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %s", stderr)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return addr, stderr, func() int { cancel(); return <-code }
}

func TestServe(t *testing.T) {
	dir := t.TempDir()
	reports := filepath.Join(dir, "reports")
	conf := filepath.Join(dir, "serve.yaml")
	if err := os.WriteFile(filepath.Join(dir, "pm-password"), []byte("pw-from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	yml := "listen: 127.0.0.1:0\nreport-dir: " + reports + "\ndb: bounce.db\npostmark:\n  user: pm\n  password-file: pm-password\n"
	if err := os.WriteFile(conf, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	addr, stderr, stop := startServe(t, map[string]string{
		"BOUNCE_BREVO_TOKEN":         "env-token",
		"BOUNCE_SENDGRID_PUBLIC_KEY": base64.StdEncoding.EncodeToString(der),
	}, "--config", conf)
	if !strings.Contains(stderr.String(), "/sendgrid, /postmark, /brevo") {
		t.Errorf("endpoints: %s", stderr)
	}
	post := func(path string, body []byte, user, pass string) int {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+path, bytes.NewReader(body))
		if user != "" {
			req.SetBasicAuth(user, pass)
		}
		if path == "/sendgrid" {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			d := sha256.Sum256(append([]byte(ts), body...))
			sig, _ := ecdsa.SignASN1(rand.Reader, key, d[:])
			req.Header.Set(webhook.SendGridSignatureHeader, base64.StdEncoding.EncodeToString(sig))
			req.Header.Set(webhook.SendGridTimestampHeader, ts)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	pm, err := os.ReadFile("../../testdata/esp/postmark-bounce.json")
	if err != nil {
		t.Fatal(err)
	}
	if c := post("/postmark", pm, "pm", "wrong"); c != http.StatusUnauthorized {
		t.Errorf("wrong password: %d", c)
	}
	if c := post("/postmark", pm, "pm", "pw-from-file"); c != http.StatusOK {
		t.Errorf("postmark: %d\n%s", c, stderr)
	}
	br, _ := os.ReadFile("../../testdata/esp/brevo.jsonl")
	if c := post("/brevo?token=env-token", br, "", ""); c != http.StatusOK {
		t.Errorf("brevo: %d\n%s", c, stderr)
	}
	sg, _ := os.ReadFile("../../testdata/esp/sendgrid-batch.json")
	if c := post("/sendgrid", sg, "", ""); c != http.StatusOK {
		t.Errorf("sendgrid: %d\n%s", c, stderr)
	}
	if c := stop(); c != exitOK {
		t.Errorf("exit %d: %s", c, stderr)
	}
	csv, err := os.ReadFile(filepath.Join(reports, "failed-"+time.Now().Format("2006-01-02")+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"missing@example.com", "unknown@example.fr", "quota@example.fr", "mailboxfull", "ip@example.org", "badreputation"} {
		if !strings.Contains(string(csv), want) {
			t.Errorf("daily report lacks %s:\n%s", want, csv)
		}
	}
	if strings.Contains(stderr.String(), "The email account") {
		t.Errorf("the log holds event content: %s", stderr)
	}
	// db: in the config, relative to it: the same records as events.
	if n := storedEvents(t, filepath.Join(dir, "bounce.db")); n < 6 {
		t.Errorf("%d events in the store", n)
	}
}

func TestServeUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("postmark:\n  usr: x\n"), 0o600)
	nokey := filepath.Join(dir, "nokey.yaml")
	os.WriteFile(nokey, []byte("mailgun: {}\n"), 0o600)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no listen", []string{"--report-dir", dir}, exitUsage, "no --listen"},
		{"no store", []string{"--listen", "127.0.0.1:0", "--report-dir", dir}, exitUsage, "no --db"},
		{"no provider", []string{"--listen", "127.0.0.1:0", "--report-dir", dir, "--db", filepath.Join(dir, "serve.db")}, exitUsage, "no provider configured"},
		{"unknown setting", []string{"--config", bad, "--listen", "127.0.0.1:0", "--report-dir", dir, "--db", filepath.Join(dir, "serve.db")}, exitUsage, "usr"},
		{"provider without key", []string{"--config", nokey, "--listen", "127.0.0.1:0", "--report-dir", dir, "--db", filepath.Join(dir, "serve.db")}, exitUsage, "mailgun needs signing-key"},
		{"missing config", []string{"--config", filepath.Join(dir, "none.yaml")}, exitUsage, "none.yaml"},
		{"bad listen", []string{"--listen", "256.0.0.1:x", "--report-dir", dir, "--db", filepath.Join(dir, "serve.db")}, exitFail, "serve:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			environ := map[string]string{}
			if tt.name == "bad listen" {
				environ["BOUNCE_POSTMARK_TOKEN"] = "t"
			}
			e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &stderr,
				getenv: func(k string) string { return environ[k] }}
			if c := runServe(e, tt.args); c != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d, want %d; stderr %q, want %q", c, tt.code, stderr.String(), tt.stderr)
			}
		})
	}
	var out bytes.Buffer
	e := &env{ctx: context.Background(), stdout: &out, stderr: &bytes.Buffer{}}
	if c := runServe(e, []string{"--help"}); c != exitOK || !strings.Contains(out.String(), "/sendgrid") {
		t.Errorf("help: %d %s", c, out.String())
	}
}

// BenchmarkServeDaily measures events per second through bounce serve
// over loopback HTTP into the day's report files: SendGrid batches of 500
// signed bounce events, each committed (written whole and synced) before
// the answer.
func BenchmarkServeDaily(b *testing.B) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	der, _ := x509.MarshalPKIXPublicKey(&key.PublicKey)
	addr, stderr, stop := startServe(b, map[string]string{"BOUNCE_SENDGRID_PUBLIC_KEY": base64.StdEncoding.EncodeToString(der)},
		"--listen", "127.0.0.1:0", "--report-dir", b.TempDir(), "--db", filepath.Join(b.TempDir(), "serve.db"), "--rate", "1000000")
	defer stop()
	replies := []string{
		"550 5.1.1 The email account that you tried to reach does not exist.",
		"552 5.2.2 The email account that you tried to reach is over quota.",
		"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
		"550 5.7.26 Unauthenticated email is not accepted from this domain.",
	}
	batch := 0
	for b.Loop() {
		batch++
		var body bytes.Buffer
		body.WriteByte('[')
		for i := range 500 {
			if i > 0 {
				body.WriteByte(',')
			}
			fmt.Fprintf(&body, `{"email":"u%d.%d@example.com","timestamp":1764490000,"event":"bounce","sg_event_id":"e%d.%d","smtp-id":"<m%d.%d@ismtpd>","reason":%q,"type":"bounce"}`,
				batch, i, batch, i, batch, i, replies[i%len(replies)])
		}
		body.WriteByte(']')
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		d := sha256.Sum256(append([]byte(ts), body.Bytes()...))
		sig, _ := ecdsa.SignASN1(rand.Reader, key, d[:])
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/sendgrid", &body)
		req.Header.Set(webhook.SendGridSignatureHeader, base64.StdEncoding.EncodeToString(sig))
		req.Header.Set(webhook.SendGridTimestampHeader, ts)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d: %s", resp.StatusCode, stderr)
		}
	}
	b.ReportMetric(float64(500*b.N)/b.Elapsed().Seconds(), "events/s")
}
