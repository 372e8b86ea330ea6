package webhook

import (
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"
)

// BenchmarkSendGridBatch measures events per second through the whole
// receiver: signature check, decoding, the rules and a commit to an
// in-memory sink, for batches of 500 bounce events.
func BenchmarkSendGridBatch(b *testing.B) {
	f := newFixture(b, func(c *Config) { c.Rate = 1e9; c.Burst = 1 << 30 })
	replies := []string{
		"550 5.1.1 The email account that you tried to reach does not exist.",
		"552 5.2.2 The email account that you tried to reach is over quota.",
		"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
		"421 4.7.0 Try again later, closing connection.",
		"550 5.7.26 Unauthenticated email is not accepted from this domain.",
	}
	var events []map[string]any
	for i := range 500 {
		events = append(events, map[string]any{
			"email": fmt.Sprintf("user%d@example.com", i), "timestamp": 1764490000 + i, "event": "bounce",
			"sg_event_id": fmt.Sprintf("ev%d", i), "sg_message_id": fmt.Sprintf("m%d", i),
			"smtp-id": fmt.Sprintf("<m%d@ismtpd>", i), "reason": replies[i%len(replies)], "type": "bounce",
		})
	}
	body, _ := json.Marshal(events)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		f.clock.add(time.Second) // a new timestamp: not a replay
		hdr := sendGridHeaders(b, f.sgKey, f.clock.now(), body)
		if code := f.post("/sendgrid", body, hdr); code != http.StatusOK {
			b.Fatalf("status %d: %s", code, f.log)
		}
		f.store.committed = f.store.committed[:0]
	}
	b.ReportMetric(float64(500*b.N)/b.Elapsed().Seconds(), "events/s")
}
