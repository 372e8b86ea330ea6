package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"time"
)

// Mailgun authenticates Mailgun webhooks: the JSON body's signature
// object holds a timestamp, a random token and the hex HMAC-SHA256 of
// timestamp+token under the account's HTTP webhook signing key.
type Mailgun struct {
	SigningKey string
	// MaxAge is how far a timestamp may be from now; DefaultMailgunMaxAge
	// when zero. A token is refused again for this long once recorded.
	MaxAge time.Duration
}

// DefaultMailgunMaxAge is Mailgun's recommended window.
const DefaultMailgunMaxAge = 5 * time.Minute

func (m *Mailgun) verify(req *request, now time.Time, tokens *seen) error {
	var body struct {
		Signature struct {
			Timestamp string `json:"timestamp"`
			Token     string `json:"token"`
			Signature string `json:"signature"`
		} `json:"signature"`
	}
	if err := json.Unmarshal(req.body, &body); err != nil {
		return unauthorized("mailgun: body is not a signed JSON webhook: %v", err)
	}
	s := body.Signature
	if s.Timestamp == "" || s.Token == "" || s.Signature == "" {
		return unauthorized("mailgun: no signature")
	}
	mac := hmac.New(sha256.New, []byte(m.SigningKey))
	mac.Write([]byte(s.Timestamp + s.Token))
	got, err := hex.DecodeString(s.Signature)
	if err != nil || !hmac.Equal(got, mac.Sum(nil)) {
		return unauthorized("mailgun: bad signature")
	}
	maxAge := m.MaxAge
	if maxAge <= 0 {
		maxAge = DefaultMailgunMaxAge
	}
	sec, err := strconv.ParseInt(s.Timestamp, 10, 64)
	if err != nil {
		return unauthorized("mailgun: bad timestamp %s", clip(s.Timestamp))
	}
	if err := fresh(time.Unix(sec, 0), now, maxAge); err != nil {
		return unauthorized("mailgun: %v", err)
	}
	req.replay, req.replayKey, req.until = tokens, s.Token, now.Add(2*maxAge)
	return nil
}

// fresh refuses a timestamp more than maxAge away from now.
func fresh(t, now time.Time, maxAge time.Duration) error {
	if d := now.Sub(t); d > maxAge || d < -maxAge {
		return errStale{t}
	}
	return nil
}

type errStale struct{ t time.Time }

func (e errStale) Error() string {
	return "timestamp " + e.t.UTC().Format(time.RFC3339) + " outside the window"
}
