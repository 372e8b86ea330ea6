package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
)

// BenchmarkSinkIngest stores b.N events made from the sample bounces
// (distinct recipients, message ids and dates) in runs of 1,000 messages
// into a SQLite file. bench/storebench compares drivers and backends and
// measures the list over a million events.
func BenchmarkSinkIngest(b *testing.B) { benchIngest(b, false) }

// BenchmarkSinkIngestVERP is BenchmarkSinkIngest with every other event
// forwarded: its VERP address differs from its recipient, and counts.
func BenchmarkSinkIngestVERP(b *testing.B) { benchIngest(b, true) }

func benchIngest(b *testing.B, verp bool) {
	msgs := corpusRecords(b)
	var samples []classify.Record
	for _, m := range msgs {
		samples = append(samples, m...)
	}
	s := openStore(b, filepath.Join(b.TempDir(), "bench.db"))
	base := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for i := 0; i < b.N; {
		k := s.Sink(context.Background(), RunInfo{Mailbox: "bench"})
		for j := 0; j < 1000 && i < b.N; j, i = j+1, i+1 {
			r := samples[i%len(samples)]
			r.Recipient = fmt.Sprintf("user%d@example.com", i/4)
			r.OriginalMessageID = fmt.Sprintf("<%d@bench.example>", i)
			if verp && i%2 == 1 {
				r.VERP = fmt.Sprintf("sub%d@example.org", i/4)
			}
			r.Date = base.Add(time.Duration(i%4) * 24 * time.Hour).Format(time.RFC3339)
			if err := k.Write([]classify.Record{r}); err != nil {
				b.Fatal(err)
			}
		}
		if err := k.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
