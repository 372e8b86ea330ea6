package webhook

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"sync/atomic"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
)

// sesMessage is the SES notification inside the SNS sample.
func sesMessage(t testing.TB) string {
	var env struct{ Message string }
	if err := json.Unmarshal(sample(t, "ses-sns-bounce.json"), &env); err != nil {
		t.Fatal(err)
	}
	return env.Message
}

func TestSendGrid(t *testing.T) {
	f := newFixture(t, nil)
	body := sample(t, "sendgrid-batch.json")
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)

	tampered := bytes.Replace(body, []byte("5.1.1"), []byte("5.2.2"), 1)
	cases := []struct {
		name string
		body []byte
		hdr  http.Header
	}{
		{"tampered body", tampered, sendGridHeaders(t, f.sgKey, testNow, body)},
		{"wrong key", body, sendGridHeaders(t, other, testNow, body)},
		{"stale timestamp", body, sendGridHeaders(t, f.sgKey, testNow.Add(-time.Hour), body)},
		{"no signature", body, nil},
	}
	for _, c := range cases {
		if code := f.post("/sendgrid", c.body, c.hdr); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", c.name, code)
		}
	}
	if n := len(f.store.records()); n != 0 {
		t.Fatalf("refused requests recorded %d records", n)
	}

	good := sendGridHeaders(t, f.sgKey, testNow.Add(-time.Minute), body)
	if code := f.post("/sendgrid", body, good); code != http.StatusOK {
		t.Fatalf("valid request: status %d; log:\n%s", code, f.log)
	}
	got := recipients(f.store.records())
	want := "nobody@example.com=userunknown full@example.com=mailboxfull ip@example.org=badreputation old@example.org=suppressed later@example.net=ratelimited spam@example.net=feedback"
	if got != want {
		t.Errorf("records:\n got %s\nwant %s", got, want)
	}
	// A replay of a recorded request is answered 200 (the provider may
	// have lost the first answer) and recorded no second time.
	if code := f.post("/sendgrid", body, good); code != http.StatusOK {
		t.Errorf("replay: status %d, want 200", code)
	}
	if n := len(f.store.records()); n != 6 {
		t.Errorf("after the replay: %d records, want 6", n)
	}
}

func TestMailgun(t *testing.T) {
	f := newFixture(t, nil)
	data := mailgunEventData(t)
	good := mailgunBody(t, f.mgKey, testNow, "tok-a", data)
	cases := map[string][]byte{
		"wrong key":       mailgunBody(t, "key-other", testNow, "tok-b", data),
		"stale timestamp": mailgunBody(t, f.mgKey, testNow.Add(-10*time.Minute), "tok-c", data),
		"future":          mailgunBody(t, f.mgKey, testNow.Add(10*time.Minute), "tok-d", data),
		// Mailgun signs timestamp and token, not the event.
		"tampered token": bytes.Replace(good, []byte(`"tok-a"`), []byte(`"tok-z"`), 1),
		"unsigned":       data,
	}
	for name, body := range cases {
		if code := f.post("/mailgun", body, nil); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, code)
		}
	}
	if n := len(f.store.records()); n != 0 {
		t.Fatalf("refused requests recorded %d records", n)
	}
	if code := f.post("/mailgun", good, nil); code != http.StatusOK {
		t.Fatalf("valid: status %d; log:\n%s", code, f.log)
	}
	if got := recipients(f.store.records()); got != "ghost@example.com=userunknown" {
		t.Errorf("records: %s", got)
	}
	if code := f.post("/mailgun", good, nil); code != http.StatusOK {
		t.Errorf("token replay: status %d, want 200", code)
	}
	if n := len(f.store.records()); n != 1 {
		t.Errorf("after the replay: %d records", n)
	}
}

func TestSecretProviders(t *testing.T) {
	f := newFixture(t, nil)
	pm := sample(t, "postmark-bounce.json")
	req := func(path, user, pass, bearer, query string, body []byte) int {
		r, _ := http.NewRequest(http.MethodPost, path+query, bytes.NewReader(body))
		if user != "" {
			r.SetBasicAuth(user, pass)
		}
		if bearer != "" {
			r.Header.Set("Authorization", "Bearer "+bearer)
		}
		return f.post(r.URL.String(), body, r.Header)
	}
	if c := req("/postmark", "postmark", "wrong", "", "", pm); c != 401 {
		t.Errorf("wrong password: %d", c)
	}
	if c := req("/postmark", "", "", "", "", pm); c != 401 {
		t.Errorf("no credentials: %d", c)
	}
	if c := req("/postmark", "postmark", "s3cret-pm", "", "", pm); c != 200 {
		t.Errorf("basic auth: %d", c)
	}
	br := sample(t, "brevo.jsonl")
	if c := req("/brevo", "", "", "nope", "", br); c != 401 {
		t.Errorf("wrong token: %d", c)
	}
	if c := req("/brevo", "", "", "", "?token=brevo-token-4", br); c != 401 {
		t.Errorf("prefix of the token: %d", c)
	}
	if c := req("/brevo", "", "", "brevo-token-42", "", br); c != 200 {
		t.Errorf("bearer token: %d", c)
	}
	if c := req("/brevo", "", "", "", "?token=brevo-token-42", br); c != 200 {
		t.Errorf("query token: %d", c)
	}
	got := recipients(f.store.records())
	want := "missing@example.com=userunknown " + strings.Repeat("unknown@example.fr=userunknown quota@example.fr=mailboxfull bad@@example.fr=userunknown reporter@example.fr=feedback ", 2)
	if got+" " != want {
		t.Errorf("records:\n got %s\nwant %s", got, want)
	}
}

func TestSNS(t *testing.T) {
	f := newFixture(t, nil)
	s := f.sns
	msg := sesMessage(t)
	now := testNow.Add(-time.Minute)

	refused := map[string]map[string]any{
		"tampered message": func() map[string]any {
			m := s.notification(t, "n-1", msg, now, "1", s.key, s.certURL)
			m["Message"] = strings.Replace(msg, "user unknown", "mailbox full", 1)
			return m
		}(),
		"wrong key":              s.notification(t, "n-2", msg, now, "2", s.otherKey, s.certURL),
		"untrusted cert":         s.notification(t, "n-3", msg, now, "2", s.otherKey, s.selfURL),
		"stale timestamp":        s.notification(t, "n-4", msg, testNow.Add(-2*time.Hour), "2", s.key, s.certURL),
		"foreign cert host":      s.notification(t, "n-5", msg, now, "2", s.key, "https://example.com/SimpleNotificationService-test.pem"),
		"plain http cert":        s.notification(t, "n-6", msg, now, "2", s.key, strings.Replace(s.certURL, "https:", "http:", 1)),
		"unknown version":        s.notification(t, "n-7", msg, now, "3", s.key, s.certURL),
		"cert of another name":   s.notification(t, "n-9", msg, now, "2", s.key, s.otherName),
		"cert URL with query":    s.notification(t, "n-10", msg, now, "2", s.key, s.certURL+"?x=1"),
		"cert URL with fragment": s.notification(t, "n-11", msg, now, "2", s.key, s.certURL+"#x"),
		"topic not accepted": func() map[string]any {
			m := s.notification(t, "n-8", msg, now, "2", s.key, s.certURL)
			m["TopicArn"] = "arn:aws:sns:eu-west-1:999:x"
			return m
		}(),
	}
	for name, m := range refused {
		if code := f.post("/ses", mustJSON(t, m), nil); code != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", name, code)
		}
	}
	// A redirect is not followed: the host it leads to was not checked.
	moved := s.notification(t, "n-12", msg, now, "2", s.key, s.redirect)
	if code := f.post("/ses", mustJSON(t, moved), nil); code == http.StatusOK {
		t.Errorf("redirected certificate URL: status %d", code)
	}
	if n := len(f.store.records()); n != 0 {
		t.Fatalf("refused requests recorded %d records", n)
	}
	for _, v := range []string{"1", "2"} {
		m := s.notification(t, "ok-"+v, msg, now, v, s.key, s.certURL)
		if code := f.post("/ses", mustJSON(t, m), nil); code != http.StatusOK {
			t.Fatalf("SignatureVersion %s: status %d; log:\n%s", v, code, f.log)
		}
	}
	// SNS delivers at least once: the same MessageId again is answered
	// and not recorded twice.
	again := s.notification(t, "ok-1", msg, now, "1", s.key, s.certURL)
	if code := f.post("/sns", mustJSON(t, again), nil); code != http.StatusOK {
		t.Errorf("redelivery: status %d", code)
	}
	if got := recipients(f.store.records()); got != "nobody@example.org=userunknown nobody@example.org=userunknown" {
		t.Errorf("records: %s", got)
	}
	if n := s.certFetchs.Load(); n != 1 {
		t.Errorf("certificate fetched %d times, want once (cached)", n)
	}
}

func TestSNSSubscription(t *testing.T) {
	f := newFixture(t, nil)
	s := f.sns
	if code := f.post("/ses", mustJSON(t, s.confirmation(t, testNow, s.otherKey)), nil); code != http.StatusUnauthorized {
		t.Errorf("badly signed confirmation: status %d", code)
	}
	if s.confirmed.Load() != 0 {
		t.Fatal("SubscribeURL visited before the signature verified")
	}
	if code := f.post("/ses", mustJSON(t, s.confirmation(t, testNow, s.key)), nil); code != http.StatusOK {
		t.Fatalf("confirmation: status %d; log:\n%s", code, f.log)
	}
	if s.confirmed.Load() != 1 {
		t.Errorf("SubscribeURL visited %d times", s.confirmed.Load())
	}
	// A SubscribeURL elsewhere than SNS is never visited.
	m := s.confirmation(t, testNow, s.key)
	sm := &snsMessage{Type: "SubscriptionConfirmation", MessageID: "sub-1", Token: "tok-123", TopicArn: testTopic,
		Message: m["Message"].(string), SubscribeURL: "https://attacker.example/confirm", Timestamp: m["Timestamp"].(string),
		SignatureVersion: "2", SigningCertURL: s.certURL}
	s.sign(t, sm, s.key)
	m["SubscribeURL"], m["Signature"] = sm.SubscribeURL, sm.Signature
	if code := f.post("/ses", mustJSON(t, m), nil); code != http.StatusUnauthorized {
		t.Errorf("foreign SubscribeURL: status %d", code)
	}
}

// A refused request is logged with its reason and never its body.
func TestRefusalLog(t *testing.T) {
	f := newFixture(t, nil)
	body := []byte(`[{"email":"secret-person@example.com","event":"bounce","sg_event_id":"x","timestamp":1}]`)
	f.post("/sendgrid", body, nil)
	log := f.log.String()
	if !strings.Contains(log, "refused") || !strings.Contains(log, "sendgrid") {
		t.Errorf("refusal not logged: %s", log)
	}
	if strings.Contains(log, "secret-person") {
		t.Errorf("log holds the body: %s", log)
	}
}

func TestLimits(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxBody = 1024; c.Rate = 1; c.Burst = 3 })
	big := bytes.Repeat([]byte(" "), 2048)
	if code := f.post("/postmark", big, nil); code != http.StatusRequestEntityTooLarge {
		t.Errorf("large body: %d", code)
	}
	f.post("/postmark", nil, nil)
	f.post("/postmark", nil, nil)
	if code := f.post("/postmark", nil, nil); code != http.StatusTooManyRequests {
		t.Errorf("beyond the burst: %d", code)
	}
	f.clock.add(time.Second)
	if code := f.post("/postmark", nil, nil); code != http.StatusUnauthorized {
		t.Errorf("a second later: %d", code)
	}
	if code := f.post("/nosuch", nil, nil); code != http.StatusNotFound {
		t.Errorf("unknown path: %d", code)
	}
	r, _ := http.NewRequest(http.MethodGet, "/sendgrid", nil)
	w := &recorder{header: http.Header{}}
	f.h.ServeHTTP(w, r)
	if w.code != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d", w.code)
	}
}

type recorder struct {
	header http.Header
	code   int
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *recorder) WriteHeader(c int)           { r.code = c }

func TestNotConfigured(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.Brevo = nil })
	if code := f.post("/brevo", sample(t, "brevo.jsonl"), nil); code != http.StatusNotFound {
		t.Errorf("unconfigured provider: %d", code)
	}
	if _, err := New(Config{Classifier: classifier, Open: (&store{}).open}); err == nil {
		t.Error("New with no provider: no error")
	}
	if _, err := New(Config{Classifier: classifier, Open: (&store{}).open, SNS: &SNS{}}); err == nil {
		t.Error("SNS with no topics: no error")
	}
	if _, err := New(Config{Classifier: classifier, Open: (&store{}).open, Postmark: &Secret{User: "u"}}); err == nil {
		t.Error("Postmark with a user and no password: no error")
	}
}

// A sink that fails makes the request fail, so that the provider sends
// it again; nothing is committed.
func TestSinkFailure(t *testing.T) {
	f := newFixture(t, nil)
	f.store.failWrite = errors.New("disk full")
	body := mailgunBody(t, f.mgKey, testNow, "tok-x", mailgunEventData(t))
	if code := f.post("/mailgun", body, nil); code != http.StatusInternalServerError {
		t.Fatalf("status %d", code)
	}
	if len(f.store.records()) != 0 || f.store.aborted != 1 {
		t.Errorf("records %d, aborted %d", len(f.store.records()), f.store.aborted)
	}
	// The retry, once the disk is fine, is not a replay.
	f.store.failWrite = nil
	if code := f.post("/mailgun", body, nil); code != http.StatusOK {
		t.Errorf("retry: status %d", code)
	}
}

func TestMalformedBatch(t *testing.T) {
	f := newFixture(t, nil)
	body := []byte(`[{"email":"a@example.com",`)
	if code := f.post("/sendgrid", body, sendGridHeaders(t, f.sgKey, testNow, body)); code != http.StatusBadRequest {
		t.Errorf("malformed batch: status %d", code)
	}
}

func TestParseSendGridKey(t *testing.T) {
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	der, _ := x509.MarshalPKIXPublicKey(&k.PublicKey)
	got, err := ParseSendGridKey(" " + base64.StdEncoding.EncodeToString(der) + "\n")
	if err != nil || !got.Equal(&k.PublicKey) {
		t.Errorf("base64 key: %v", err)
	}
	if _, err := ParseSendGridKey("not a key"); err == nil {
		t.Error("garbage key: no error")
	}
}

// End to end: the handler on a loopback port, signed batches of three
// providers posted over HTTP, the records found in the sink; then a
// shutdown while a request is in flight lets it finish and commit.
func TestEndToEnd(t *testing.T) {
	f := newFixture(t, nil)
	// Open waits at the gate while hold is set, to keep a batch in
	// flight.
	var hold atomic.Bool
	gate := make(chan struct{})
	entered := make(chan struct{})
	open := f.store.open
	f.h.cfg.Open = func() ([]report.Sink, error) {
		if hold.Load() {
			entered <- struct{}{}
			<-gate
		}
		return open()
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, ln, f.h, 10*time.Second) }()
	base := "http://" + ln.Addr().String()

	post := func(path string, body []byte, hdr http.Header) (int, error) {
		req, _ := http.NewRequest(http.MethodPost, base+path, bytes.NewReader(body))
		for k, v := range hdr {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	sg := sample(t, "sendgrid-batch.json")
	if code, err := post("/sendgrid", sg, sendGridHeaders(t, f.sgKey, testNow, sg)); err != nil || code != 200 {
		t.Fatalf("sendgrid: %d %v; log:\n%s", code, err, f.log)
	}
	mg := mailgunBody(t, f.mgKey, testNow, "tok-e2e", mailgunEventData(t))
	if code, err := post("/mailgun", mg, nil); err != nil || code != 200 {
		t.Fatalf("mailgun: %d %v", code, err)
	}
	sns := mustJSON(t, f.sns.notification(t, "e2e-1", sesMessage(t), testNow, "2", f.sns.key, f.sns.certURL))
	if code, err := post("/ses", sns, nil); err != nil || code != 200 {
		t.Fatalf("sns: %d %v; log:\n%s", code, err, f.log)
	}
	if n := len(f.store.records()); n != 8 {
		t.Fatalf("%d records, want 8: %s", n, recipients(f.store.records()))
	}

	// Shutdown with a batch in flight.
	hold.Store(true)
	done := make(chan int, 1)
	pm := sample(t, "postmark-bounce.json")
	go func() {
		req, _ := http.NewRequest(http.MethodPost, base+"/postmark", bytes.NewReader(pm))
		req.SetBasicAuth("postmark", "s3cret-pm")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	<-entered
	cancel()
	time.Sleep(50 * time.Millisecond) // Serve is now shutting down
	select {
	case err := <-served:
		t.Fatalf("Serve returned with a request in flight: %v", err)
	default:
	}
	close(gate)
	if code := <-done; code != 200 {
		t.Errorf("in-flight request: status %d", code)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
	if got := f.store.records(); len(got) != 9 || got[8].Recipient != "missing@example.com" {
		t.Errorf("in-flight batch not committed: %s", recipients(got))
	}
}

// Requests that arrive while a commit runs are committed together by the
// next one; the same token twice in one group is recorded once.
func TestGroupCommit(t *testing.T) {
	f := newFixture(t, nil)
	gate := make(chan struct{})
	entered := make(chan struct{}, 10)
	var opens atomic.Int32
	open := f.store.open
	f.h.cfg.Open = func() ([]report.Sink, error) {
		if opens.Add(1) == 1 {
			entered <- struct{}{}
			<-gate
		}
		return open()
	}
	data := mailgunEventData(t)
	codes := make(chan int, 10)
	post := func(token string) { codes <- f.post("/mailgun", mailgunBody(t, f.mgKey, testNow, token, data), nil) }
	go post("first")
	<-entered
	for _, tok := range []string{"a", "b", "c", "c"} {
		go post(tok)
	}
	// Wait until the four are queued behind the first.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		f.h.mu.Lock()
		n := len(f.h.pending)
		f.h.mu.Unlock()
		if n == 4 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d requests queued", n)
		}
	}
	close(gate)
	got := map[int]int{}
	for range 5 {
		got[<-codes]++
	}
	if got[200] != 5 {
		t.Errorf("statuses %v, want five 200", got)
	}
	if n := opens.Load(); n != 2 {
		t.Errorf("sinks opened %d times, want 2", n)
	}
	if n := len(f.store.records()); n != 4 {
		t.Errorf("%d records, want 4", n)
	}
}

// The request that commits for others answers once its own group is
// committed: the requests that came meanwhile are committed by one of
// them, not by it.
func TestCommitLeaderHandsOff(t *testing.T) {
	f := newFixture(t, nil)
	gates := []chan struct{}{make(chan struct{}), make(chan struct{})}
	entered := make(chan int, 10)
	var opens atomic.Int32
	open := f.store.open
	f.h.cfg.Open = func() ([]report.Sink, error) {
		n := int(opens.Add(1))
		if n <= len(gates) {
			entered <- n
			<-gates[n-1]
		}
		return open()
	}
	data := mailgunEventData(t)
	first, second := make(chan int, 1), make(chan int, 1)
	go func() { first <- f.post("/mailgun", mailgunBody(t, f.mgKey, testNow, "first", data), nil) }()
	<-entered
	go func() { second <- f.post("/mailgun", mailgunBody(t, f.mgKey, testNow, "second", data), nil) }()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		f.h.mu.Lock()
		n := len(f.h.pending)
		f.h.mu.Unlock()
		if n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("second request not queued")
		}
	}
	close(gates[0])
	<-entered // the second group's commit has begun, and is held
	select {
	case code := <-first:
		if code != http.StatusOK {
			t.Errorf("first: status %d", code)
		}
	case <-time.After(10 * time.Second):
		close(gates[1])
		t.Fatal("the first request waits for the second one's commit")
	}
	close(gates[1])
	if code := <-second; code != http.StatusOK {
		t.Errorf("second: status %d", code)
	}
	if n := len(f.store.records()); n != 2 {
		t.Errorf("%d records, want 2", n)
	}
}

// A sink that panics fails its batch (500, retried by the provider) and
// leaves the handler working.
func TestSinkPanic(t *testing.T) {
	f := newFixture(t, nil)
	open := f.store.open
	var panicked atomic.Bool
	f.h.cfg.Open = func() ([]report.Sink, error) {
		if panicked.CompareAndSwap(false, true) {
			return []report.Sink{panicSink{}}, nil
		}
		return open()
	}
	body := mailgunBody(t, f.mgKey, testNow, "tok-p", mailgunEventData(t))
	if code := f.post("/mailgun", body, nil); code != http.StatusInternalServerError {
		t.Fatalf("panicking sink: status %d", code)
	}
	done := make(chan int, 1)
	go func() { done <- f.post("/mailgun", body, nil) }()
	select {
	case code := <-done:
		if code != http.StatusOK {
			t.Errorf("retry: status %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the retry after a sink panic hangs")
	}
	if n := len(f.store.records()); n != 1 {
		t.Errorf("%d records, want 1", n)
	}
}

type panicSink struct{}

func (panicSink) Write([]classify.Record) error { panic("sink bug") }
func (panicSink) Commit() error                 { return nil }
func (panicSink) Abort()                        {}

// Bodies are read before they can be authenticated: the bytes of all
// those in flight are bounded, and a request past the bound gets 503.
func TestBodiesInFlight(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxInFlight = 1000 })
	pr, pw := io.Pipe()
	held := make(chan int, 1)
	go func() {
		r := httptest.NewRequest(http.MethodPost, "/postmark", pr)
		w := httptest.NewRecorder()
		f.h.ServeHTTP(w, r)
		held <- w.Code
	}()
	if _, err := pw.Write(bytes.Repeat([]byte("x"), 600)); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); f.h.inFlight.Load() < 600; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d bytes in flight", f.h.inFlight.Load())
		}
	}
	body := bytes.Repeat([]byte("y"), 600)
	if code := f.post("/postmark", body, nil); code != http.StatusServiceUnavailable {
		t.Errorf("past the budget: status %d, want 503", code)
	}
	pw.Close()
	if code := <-held; code != http.StatusUnauthorized {
		t.Errorf("held request: status %d", code)
	}
	if n := f.h.inFlight.Load(); n != 0 {
		t.Errorf("%d bytes still counted", n)
	}
	if code := f.post("/postmark", body, nil); code != http.StatusUnauthorized {
		t.Errorf("after the held one ended: status %d, want 401", code)
	}
}

// SNS and Mailgun bodies hold one message: a body far larger than any is
// refused unread, though SendGrid's batches may be larger.
func TestEventBodyLimit(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxBody = DefaultMaxBody })
	big := append([]byte(`{"x":"`), bytes.Repeat([]byte("a"), 2<<20)...)
	for _, p := range []string{"/mailgun", "/ses"} {
		if code := f.post(p, big, nil); code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: 2 MiB body: status %d, want 413", p, code)
		}
	}
	if code := f.post("/sendgrid", big, nil); code != http.StatusUnauthorized {
		t.Errorf("sendgrid: 2 MiB body: status %d, want 401", code)
	}
}

// What an unauthenticated sender chose is quoted in the log only in
// part, escaped.
func TestLoggedValuesClipped(t *testing.T) {
	f := newFixture(t, nil)
	s := f.sns
	long := strings.Repeat("A", 10000)
	m := s.notification(t, "n-1", sesMessage(t), testNow, "2", s.key, s.certURL)
	m["TopicArn"] = "arn:\x1b[31m" + long
	if code := f.post("/ses", mustJSON(t, m), nil); code != http.StatusUnauthorized {
		t.Fatalf("status %d", code)
	}
	m = s.notification(t, "n-2", sesMessage(t), testNow, "2", s.key, "https://evil.example/"+long+".pem")
	if code := f.post("/ses", mustJSON(t, m), nil); code != http.StatusUnauthorized {
		t.Fatalf("status %d", code)
	}
	logged := f.log.String()
	if strings.Contains(logged, strings.Repeat("A", 300)) || strings.Contains(logged, "\x1b") {
		t.Errorf("log quotes the sender's values whole or raw:\n%.600s", logged)
	}
	if !strings.Contains(logged, "AAAA") {
		t.Errorf("log lacks an excerpt:\n%.600s", logged)
	}
}

// A read error is not a malformed event: decoding stops at it instead of
// asking again for ever.
func TestDecodeStopsOnReadError(t *testing.T) {
	f := newFixture(t, nil)
	sticky := errors.New("connection reset")
	r := io.MultiReader(strings.NewReader(`{"event":"bounce","email":"a@example.com"}`+"\n"), errReader{sticky})
	done := make(chan error, 1)
	go func() {
		_, _, _, err := f.h.decode(r, "sendgrid")
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, sticky) {
			t.Errorf("err = %v, want the read error", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("decoding goes on after a read error")
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
