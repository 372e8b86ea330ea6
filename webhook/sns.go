package webhook

import (
	"context"
	"crypto"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// SNS authenticates Amazon SNS messages (the way SES notifications
// arrive).
type SNS struct {
	// TopicARNs lists the topics accepted (required): any AWS account can
	// sign messages of its own topics, so the signature alone proves
	// nothing about whose they are.
	TopicARNs []string
	// Client fetches signing certificates and visits SubscribeURLs;
	// a client with a 10 s timeout when nil.
	Client *http.Client
	// Roots verifies the signing certificate's chain; the system roots
	// when nil.
	Roots *x509.CertPool
	// CertHost tells whether a host (with its port, if the URL has one)
	// may serve certificates and subscription URLs; nil allows
	// sns.REGION.amazonaws.com and sns.REGION.amazonaws.com.cn only.
	// Tests give their own server here.
	CertHost func(host string) bool
	// CertName is the DNS name the signing certificate must be issued
	// to; DefaultSNSCertName when empty. A certificate for the host that
	// served it (an SNS host) is accepted too. Without the name check any
	// publicly trusted certificate would do.
	CertName string
	// MaxAge is how old a message may be; DefaultSNSMaxAge when zero.
	MaxAge time.Duration
}

// DefaultSNSCertName is the name in SNS's signing certificates.
const DefaultSNSCertName = "sns.amazonaws.com"

// DefaultSNSMaxAge covers SNS's retries of a delivery that failed.
const DefaultSNSMaxAge = time.Hour

var snsHost = regexp.MustCompile(`^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$`)

// maxCerts bounds the certificate cache; SNS signs with a handful.
const maxCerts = 32

type snsVerifier struct {
	cfg    *SNS
	client *http.Client
	topics map[string]bool
	now    func() time.Time

	mu    sync.Mutex
	certs map[string]*x509.Certificate
}

func newSNSVerifier(cfg *SNS, now func() time.Time) (*snsVerifier, error) {
	if len(cfg.TopicARNs) == 0 {
		return nil, errors.New("webhook: SNS needs the TopicARNs to accept")
	}
	v := &snsVerifier{cfg: cfg, client: cfg.Client, topics: map[string]bool{}, now: now, certs: map[string]*x509.Certificate{}}
	if v.client == nil {
		v.client = &http.Client{Timeout: 10 * time.Second}
	}
	// A redirect could lead anywhere: the host was checked, not where it
	// points to.
	c := *v.client
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	v.client = &c
	for _, t := range cfg.TopicARNs {
		v.topics[t] = true
	}
	return v, nil
}

// snsMessage is an SNS HTTP(S) delivery.
type snsMessage struct {
	Type             string
	MessageID        string `json:"MessageId"`
	Token            string
	TopicArn         string
	Subject          *string // signed only when present
	Message          string
	Timestamp        string
	SignatureVersion string
	Signature        string
	SigningCertURL   string
	SubscribeURL     string
}

// handle verifies an SNS delivery. It confirms a subscription itself
// (status 200); for a notification it returns 0 and leaves the body to be
// recorded; a notification already recorded gets 200 again, unrecorded.
func (v *snsVerifier) handle(ctx context.Context, req *request, ids *seen) (int, error) {
	var m snsMessage
	if err := json.Unmarshal(req.body, &m); err != nil {
		return 0, unauthorized("sns: not an SNS message: %v", err)
	}
	if !v.topics[m.TopicArn] {
		return 0, unauthorized("sns: topic %s not accepted", clip(m.TopicArn))
	}
	if err := v.verify(ctx, &m); err != nil {
		return 0, err
	}
	now := v.now()
	switch m.Type {
	case "SubscriptionConfirmation":
		if err := v.subscribe(ctx, m.SubscribeURL); err != nil {
			return http.StatusBadGateway, err
		}
		return http.StatusOK, nil
	case "UnsubscribeConfirmation":
		return http.StatusOK, nil
	case "Notification":
		if ids.has(m.MessageID, now) {
			return http.StatusOK, nil // SNS delivers at least once
		}
		req.replay, req.replayKey, req.until = ids, m.MessageID, now.Add(2*v.maxAge())
		return 0, nil
	}
	return 0, unauthorized("sns: unknown Type %s", clip(m.Type))
}

func (v *snsVerifier) maxAge() time.Duration {
	if v.cfg.MaxAge > 0 {
		return v.cfg.MaxAge
	}
	return DefaultSNSMaxAge
}

// verify checks m's signature and age.
func (v *snsVerifier) verify(ctx context.Context, m *snsMessage) error {
	var hash crypto.Hash
	switch m.SignatureVersion {
	case "1":
		hash = crypto.SHA1
	case "2":
		hash = crypto.SHA256
	default:
		return unauthorized("sns: SignatureVersion %s", clip(m.SignatureVersion))
	}
	sig, err := base64.StdEncoding.DecodeString(m.Signature)
	if err != nil {
		return unauthorized("sns: signature is not base64")
	}
	cert, err := v.cert(ctx, m.SigningCertURL)
	if err != nil {
		return err
	}
	key, ok := cert.PublicKey.(*rsa.PublicKey)
	if !ok {
		return unauthorized("sns: signing certificate has no RSA key")
	}
	text := stringToSign(m)
	var digest []byte
	if hash == crypto.SHA1 {
		d := sha1.Sum([]byte(text))
		digest = d[:]
	} else {
		d := sha256.Sum256([]byte(text))
		digest = d[:]
	}
	if err := rsa.VerifyPKCS1v15(key, hash, digest, sig); err != nil {
		return unauthorized("sns: bad signature")
	}
	t, err := time.Parse(time.RFC3339Nano, m.Timestamp)
	if err != nil {
		return unauthorized("sns: bad Timestamp %s", clip(m.Timestamp))
	}
	if err := fresh(t, v.now(), v.maxAge()); err != nil {
		return unauthorized("sns: %v", err)
	}
	return nil
}

// stringToSign builds the text SNS signs: name and value lines of the
// fields of the message type, in byte order of the names.
func stringToSign(m *snsMessage) string {
	var b strings.Builder
	add := func(k, v string) { b.WriteString(k + "\n" + v + "\n") }
	add("Message", m.Message)
	add("MessageId", m.MessageID)
	if m.Type == "Notification" {
		if m.Subject != nil {
			add("Subject", *m.Subject)
		}
	} else {
		add("SubscribeURL", m.SubscribeURL)
	}
	add("Timestamp", m.Timestamp)
	if m.Type != "Notification" {
		add("Token", m.Token)
	}
	add("TopicArn", m.TopicArn)
	add("Type", m.Type)
	return b.String()
}

// checkURL allows only https URLs on an SNS host.
func (v *snsVerifier) checkURL(raw string, pem bool) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "https" || u.User != nil || u.Host == "" {
		return nil, unauthorized("sns: URL %s is not an https URL", clip(raw))
	}
	ok := snsHost.MatchString(u.Host)
	if v.cfg.CertHost != nil {
		ok = v.cfg.CertHost(u.Host)
	}
	if !ok {
		return nil, unauthorized("sns: host %s is not an SNS host", clip(u.Host))
	}
	if pem && !strings.HasSuffix(u.Path, ".pem") {
		return nil, unauthorized("sns: certificate URL %s is not a .pem", clip(raw))
	}
	if pem && (u.RawQuery != "" || u.ForceQuery || u.Fragment != "" || strings.Contains(raw, "#")) {
		return nil, unauthorized("sns: certificate URL %s has a query or fragment", clip(raw))
	}
	return u, nil
}

// cert returns the verified certificate at raw, from the cache or fetched.
func (v *snsVerifier) cert(ctx context.Context, raw string) (*x509.Certificate, error) {
	u, err := v.checkURL(raw, true)
	if err != nil {
		return nil, err
	}
	// The canonical URL, so that spellings of one URL share an entry and
	// what is fetched is what was checked.
	key := (&url.URL{Scheme: "https", Host: strings.ToLower(u.Host), Path: u.Path}).String()
	v.mu.Lock()
	c := v.certs[key]
	v.mu.Unlock()
	if c != nil && v.now().Before(c.NotAfter) {
		return c, nil
	}
	c, err = v.fetch(ctx, key, u.Hostname())
	if err != nil {
		return nil, err
	}
	v.mu.Lock()
	if len(v.certs) >= maxCerts {
		clear(v.certs)
	}
	v.certs[key] = c
	v.mu.Unlock()
	return c, nil
}

func (v *snsVerifier) fetch(ctx context.Context, u, host string) (*x509.Certificate, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("sns certificate %s: %w", clip(u), err)
	}
	resp, err := v.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("sns certificate %s: %w", clip(u), urlErr(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("sns certificate %s: %s", clip(u), resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("sns certificate %s: %w", clip(u), err)
	}
	var chain []*x509.Certificate
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, fmt.Errorf("sns certificate %s: %w", clip(u), err)
		}
		chain = append(chain, c)
	}
	if len(chain) == 0 {
		return nil, unauthorized("sns: no certificate at %s", clip(u))
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	name := v.cfg.CertName
	if name == "" {
		name = DefaultSNSCertName
	}
	opts := x509.VerifyOptions{
		Roots: v.cfg.Roots, Intermediates: inter, CurrentTime: v.now(),
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}, DNSName: name,
	}
	if _, err := chain[0].Verify(opts); err != nil {
		opts.DNSName = host
		if _, err2 := chain[0].Verify(opts); err2 != nil {
			return nil, unauthorized("sns: certificate at %s not trusted: %v", clip(u), err)
		}
	}
	return chain[0], nil
}

// subscribe confirms a subscription by visiting its SubscribeURL.
func (v *snsVerifier) subscribe(ctx context.Context, raw string) error {
	u, err := v.checkURL(raw, false)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fmt.Errorf("sns subscription: %w", urlErr(err))
	}
	resp, err := v.client.Do(req)
	if err != nil {
		return fmt.Errorf("sns subscription %s: %w", clip(u.Host), urlErr(err))
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("sns subscription: %s answered %s", clip(u.Host), resp.Status)
	}
	return nil
}

// maxLogged bounds what is quoted of a value the sender chose.
const maxLogged = 200

// clip quotes s for a log line or an error: at most maxLogged bytes of
// it, control and non-ASCII characters escaped.
func clip(s string) string {
	if len(s) <= maxLogged {
		return strconv.QuoteToASCII(s)
	}
	cut := maxLogged
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.QuoteToASCII(s[:cut]) + fmt.Sprintf("…(%d bytes)", len(s))
}

// urlErr drops the URL an *url.Error repeats (the caller names it,
// clipped).
func urlErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
