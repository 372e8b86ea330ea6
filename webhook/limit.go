package webhook

import (
	"sync"
	"time"
)

// bucket is a token bucket: rate tokens a second, at most burst saved.
type bucket struct {
	mu     sync.Mutex
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
	now    func() time.Time
}

func newBucket(rate float64, burst int, now func() time.Time) *bucket {
	return &bucket{rate: rate, burst: float64(burst), tokens: float64(burst), last: now(), now: now}
}

// take spends a token, or reports false when none is left.
func (b *bucket) take() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	now := b.now()
	if d := now.Sub(b.last); d > 0 {
		b.tokens = min(b.burst, b.tokens+d.Seconds()*b.rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// seen remembers keys until they expire: the requests already recorded,
// refused when they come again. A key need only be kept as long as its
// timestamp is inside the window, so the set stays as small as the
// traffic of one window.
type seen struct {
	mu   sync.Mutex
	keys map[string]time.Time
	// next is the size at which expired keys are dropped again.
	next int
}

func newSeen() *seen { return &seen{keys: map[string]time.Time{}, next: 1024} }

func (s *seen) has(key string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	until, ok := s.keys[key]
	return ok && now.Before(until)
}

func (s *seen) add(key string, until, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[key] = until
	if len(s.keys) >= s.next {
		for k, u := range s.keys {
			if !now.Before(u) {
				delete(s.keys, k)
			}
		}
		s.next = max(1024, 2*len(s.keys))
	}
}
