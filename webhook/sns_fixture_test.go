package webhook

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const testTopic = "arn:aws:sns:eu-west-1:111122223333:ses-bounces"

// snsFixture plays SNS: a CA of its own, a signing certificate from it
// served over TLS with the confirmation endpoint, and a second key that
// no certificate vouches for.
type snsFixture struct {
	srv        *httptest.Server
	roots      *x509.CertPool
	key        *rsa.PrivateKey
	otherKey   *rsa.PrivateKey
	certURL    string
	selfURL    string // a certificate that does not chain to the CA
	otherName  string // a certificate of the CA for another name
	redirect   string // a redirect to the good certificate
	confirmed  atomic.Int32
	certFetchs atomic.Int32
}

func newSNSFixture(t testing.TB, now func() time.Time) *snsFixture {
	t.Helper()
	f := &snsFixture{}
	caKey := mustRSA(t)
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "Test SNS Root"},
		NotBefore: now().Add(-time.Hour), NotAfter: now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	f.roots = x509.NewCertPool()
	f.roots.AddCert(caCert)
	f.key = mustRSA(t)
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "sns.amazonaws.com"},
		DNSNames:  []string{"sns.amazonaws.com"},
		NotBefore: now().Add(-time.Hour), NotAfter: now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &f.key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	// Trusted, with the signer's key, but issued to another name: any
	// site's certificate from a public CA.
	other := &x509.Certificate{
		SerialNumber: big.NewInt(4), Subject: pkix.Name{CommonName: "www.example.com"},
		DNSNames:  []string{"www.example.com"},
		NotBefore: now().Add(-time.Hour), NotAfter: now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	}
	otherDER, err := x509.CreateCertificate(rand.Reader, other, caCert, &f.key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	f.otherKey = mustRSA(t)
	self := &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "sns.amazonaws.com"},
		NotBefore: now().Add(-time.Hour), NotAfter: now().Add(24 * time.Hour),
	}
	selfDER, err := x509.CreateCertificate(rand.Reader, self, self, &f.otherKey.PublicKey, f.otherKey)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/SimpleNotificationService-test.pem", func(w http.ResponseWriter, r *http.Request) {
		f.certFetchs.Add(1)
		pem.Encode(w, &pem.Block{Type: "CERTIFICATE", Bytes: leafDER})
	})
	mux.HandleFunc("/SimpleNotificationService-self.pem", func(w http.ResponseWriter, r *http.Request) {
		pem.Encode(w, &pem.Block{Type: "CERTIFICATE", Bytes: selfDER})
	})
	mux.HandleFunc("/SimpleNotificationService-other.pem", func(w http.ResponseWriter, r *http.Request) {
		pem.Encode(w, &pem.Block{Type: "CERTIFICATE", Bytes: otherDER})
	})
	mux.HandleFunc("/SimpleNotificationService-moved.pem", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/SimpleNotificationService-test.pem", http.StatusFound)
	})
	mux.HandleFunc("/confirm", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("Token") == "tok-123" {
			f.confirmed.Add(1)
		}
	})
	f.srv = httptest.NewTLSServer(mux)
	t.Cleanup(f.srv.Close)
	f.certURL = f.srv.URL + "/SimpleNotificationService-test.pem"
	f.selfURL = f.srv.URL + "/SimpleNotificationService-self.pem"
	f.otherName = f.srv.URL + "/SimpleNotificationService-other.pem"
	f.redirect = f.srv.URL + "/SimpleNotificationService-moved.pem"
	return f
}

// rsaKeys are made once: a 2048-bit key takes a good part of a second.
var (
	rsaMu   sync.Mutex
	rsaKeys []*rsa.PrivateKey
	rsaNext int
)

// mustRSA returns the fixture's next key (CA, signer, other), the same
// keys for every fixture.
func mustRSA(t testing.TB) *rsa.PrivateKey {
	rsaMu.Lock()
	defer rsaMu.Unlock()
	i := rsaNext % 3
	rsaNext++
	for len(rsaKeys) <= i {
		k, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			t.Fatal(err)
		}
		rsaKeys = append(rsaKeys, k)
	}
	return rsaKeys[i]
}

func (f *snsFixture) host() string { u, _ := url.Parse(f.srv.URL); return u.Host }

func (f *snsFixture) config() *SNS {
	host := f.host()
	return &SNS{TopicARNs: []string{testTopic}, Client: f.srv.Client(), Roots: f.roots,
		CertHost: func(h string) bool { return h == host }}
}

// notification returns an SNS notification carrying msg, signed with key
// under the signature version.
func (f *snsFixture) notification(t testing.TB, id, msg string, ts time.Time, version string, key *rsa.PrivateKey, certURL string) map[string]any {
	m := &snsMessage{Type: "Notification", MessageID: id, TopicArn: testTopic, Message: msg,
		Timestamp: ts.UTC().Format("2006-01-02T15:04:05.000Z"), SignatureVersion: version, SigningCertURL: certURL}
	f.sign(t, m, key)
	return map[string]any{"Type": m.Type, "MessageId": m.MessageID, "TopicArn": m.TopicArn, "Message": m.Message,
		"Timestamp": m.Timestamp, "SignatureVersion": m.SignatureVersion, "Signature": m.Signature,
		"SigningCertURL": m.SigningCertURL, "UnsubscribeURL": "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe"}
}

func (f *snsFixture) confirmation(t testing.TB, ts time.Time, key *rsa.PrivateKey) map[string]any {
	m := &snsMessage{Type: "SubscriptionConfirmation", MessageID: "sub-1", Token: "tok-123", TopicArn: testTopic,
		Message:      "You have chosen to subscribe to the topic " + testTopic,
		SubscribeURL: f.srv.URL + "/confirm?Action=ConfirmSubscription&Token=tok-123",
		Timestamp:    ts.UTC().Format(time.RFC3339), SignatureVersion: "2", SigningCertURL: f.certURL}
	f.sign(t, m, key)
	return map[string]any{"Type": m.Type, "MessageId": m.MessageID, "Token": m.Token, "TopicArn": m.TopicArn,
		"Message": m.Message, "SubscribeURL": m.SubscribeURL, "Timestamp": m.Timestamp,
		"SignatureVersion": m.SignatureVersion, "Signature": m.Signature, "SigningCertURL": m.SigningCertURL}
}

func (f *snsFixture) sign(t testing.TB, m *snsMessage, key *rsa.PrivateKey) {
	text := []byte(stringToSign(m))
	var sig []byte
	var err error
	if m.SignatureVersion == "1" {
		d := sha1.Sum(text)
		sig, err = rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA1, d[:])
	} else {
		d := sha256.Sum256(text)
		sig, err = rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, d[:])
	}
	if err != nil {
		t.Fatal(err)
	}
	m.Signature = base64.StdEncoding.EncodeToString(sig)
}

func mustJSON(t testing.TB, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
