package webhook

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/bounce-analyzer/bounce/rules"
)

var classifier = classify.New(rules.Default())

// store is a test sink factory: it keeps the records of committed
// batches, as the history store would.
type store struct {
	mu        sync.Mutex
	committed []classify.Record
	aborted   int
	failWrite error
}

func (s *store) open() ([]report.Sink, error) { return []report.Sink{&memSink{s: s}}, nil }

func (s *store) records() []classify.Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]classify.Record(nil), s.committed...)
}

type memSink struct {
	s       *store
	pending []classify.Record
	ended   bool
}

func (m *memSink) Write(recs []classify.Record) error {
	if m.s.failWrite != nil {
		return m.s.failWrite
	}
	m.pending = append(m.pending, recs...)
	return nil
}

func (m *memSink) Commit() error {
	if m.ended {
		return errors.New("sink ended twice")
	}
	m.ended = true
	m.s.mu.Lock()
	defer m.s.mu.Unlock()
	m.s.committed = append(m.s.committed, m.pending...)
	return nil
}

func (m *memSink) Abort() {
	m.ended = true
	m.s.mu.Lock()
	m.s.aborted++
	m.s.mu.Unlock()
}

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

var testNow = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

// fixture is a Handler with every provider configured, keys made here.
type fixture struct {
	h        *Handler
	store    *store
	clock    *clock
	log      *bytes.Buffer
	sgKey    *ecdsa.PrivateKey
	mgKey    string
	postmark *Secret
	brevo    *Secret
	sns      *snsFixture
}

func newFixture(t testing.TB, change func(*Config)) *fixture {
	t.Helper()
	sgKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{store: &store{}, clock: &clock{t: testNow}, log: &bytes.Buffer{}, sgKey: sgKey,
		mgKey:    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
		postmark: &Secret{User: "postmark", Password: "s3cret-pm"}, brevo: &Secret{Token: "brevo-token-42"}}
	f.sns = newSNSFixture(t, f.clock.now)
	cfg := Config{
		Classifier: classifier,
		Open:       f.store.open,
		SNS:        f.sns.config(),
		SendGrid:   &SendGrid{PublicKey: &sgKey.PublicKey},
		Mailgun:    &Mailgun{SigningKey: f.mgKey},
		Postmark:   f.postmark,
		Brevo:      f.brevo,
		Log:        slog.New(slog.NewTextHandler(f.log, nil)),
		Now:        f.clock.now,
	}
	if change != nil {
		change(&cfg)
	}
	h, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.h = h
	return f
}

// post sends body to path through the handler and returns the status.
func (f *fixture) post(path string, body []byte, hdr http.Header) int {
	r := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	for k, v := range hdr {
		r.Header[k] = v
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	return w.Code
}

func sample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "esp", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sendGridHeaders signs body at ts with key, as SendGrid does.
func sendGridHeaders(t testing.TB, key *ecdsa.PrivateKey, ts time.Time, body []byte) http.Header {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	d := sha256.Sum256(append([]byte(stamp), body...))
	sig, err := ecdsa.SignASN1(rand.Reader, key, d[:])
	if err != nil {
		t.Fatal(err)
	}
	h := http.Header{}
	h.Set(SendGridSignatureHeader, base64.StdEncoding.EncodeToString(sig))
	h.Set(SendGridTimestampHeader, stamp)
	return h
}

// mailgunBody wraps event-data in a webhook body signed with key.
func mailgunBody(t testing.TB, key string, ts time.Time, token string, eventData json.RawMessage) []byte {
	t.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(stamp + token))
	b, err := json.Marshal(map[string]any{
		"signature":  map[string]string{"timestamp": stamp, "token": token, "signature": hex.EncodeToString(mac.Sum(nil))},
		"event-data": eventData,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mailgunEventData returns the event-data of the Mailgun sample.
func mailgunEventData(t testing.TB) json.RawMessage {
	var v struct {
		EventData json.RawMessage `json:"event-data"`
	}
	if err := json.Unmarshal(sample(t, "mailgun-webhook.json"), &v); err != nil {
		t.Fatal(err)
	}
	return v.EventData
}

func recipients(recs []classify.Record) string {
	var s []string
	for _, r := range recs {
		s = append(s, r.Recipient+"="+string(r.Reason))
	}
	return strings.Join(s, " ")
}
