package webhook

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// SendGrid authenticates SendGrid's signed event webhook: the header
// X-Twilio-Email-Event-Webhook-Signature holds a base64 ECDSA signature
// over the X-Twilio-Email-Event-Webhook-Timestamp header's value followed
// by the body, under the P-256 key shown in SendGrid's settings.
type SendGrid struct {
	PublicKey *ecdsa.PublicKey
	// MaxAge is how far a timestamp may be from now;
	// DefaultSendGridMaxAge when zero.
	MaxAge time.Duration
}

// DefaultSendGridMaxAge bounds the age of a signed SendGrid request.
const DefaultSendGridMaxAge = 10 * time.Minute

// Header names of the SendGrid signed event webhook.
const (
	SendGridSignatureHeader = "X-Twilio-Email-Event-Webhook-Signature"
	SendGridTimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp"
)

// ParseSendGridKey reads the verification key as SendGrid shows it (base64
// of the DER public key), or in PEM.
func ParseSendGridKey(s string) (*ecdsa.PublicKey, error) {
	s = strings.TrimSpace(s)
	var der []byte
	if b, _ := pem.Decode([]byte(s)); b != nil {
		der = b.Bytes
	} else {
		var err error
		if der, err = base64.StdEncoding.DecodeString(s); err != nil {
			return nil, fmt.Errorf("sendgrid key: not base64 or PEM: %w", err)
		}
	}
	k, err := x509.ParsePKIXPublicKey(der)
	if err != nil {
		return nil, fmt.Errorf("sendgrid key: %w", err)
	}
	ek, ok := k.(*ecdsa.PublicKey)
	if !ok {
		return nil, errors.New("sendgrid key: not an ECDSA key")
	}
	return ek, nil
}

func (s *SendGrid) verify(r *http.Request, req *request, now time.Time, sigs *seen) error {
	sig64 := r.Header.Get(SendGridSignatureHeader)
	ts := r.Header.Get(SendGridTimestampHeader)
	if sig64 == "" || ts == "" {
		return unauthorized("sendgrid: no signature headers")
	}
	sig, err := base64.StdEncoding.DecodeString(sig64)
	if err != nil {
		return unauthorized("sendgrid: signature is not base64")
	}
	h := sha256.New()
	h.Write([]byte(ts))
	h.Write(req.body)
	digest := h.Sum(nil)
	if !ecdsa.VerifyASN1(s.PublicKey, digest, sig) {
		return unauthorized("sendgrid: bad signature")
	}
	maxAge := s.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultSendGridMaxAge
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return unauthorized("sendgrid: bad timestamp %s", clip(ts))
	}
	if err := fresh(time.Unix(sec, 0), now, maxAge); err != nil {
		return unauthorized("sendgrid: %v", err)
	}
	// The signed content, not the signature, names the request: an
	// ECDSA signature can be rewritten into another valid one.
	key := string(digest)
	req.replay, req.replayKey, req.until = sigs, key, now.Add(2*maxAge)
	return nil
}
