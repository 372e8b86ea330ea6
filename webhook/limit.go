package webhook

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
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

// errBusy is a body refused because the bodies in flight fill the budget.
var errBusy = errors.New("too many request bodies in flight")

// budgetReader reads a body while counting its bytes against a budget
// shared by all requests, so that slow or large unauthenticated bodies
// cannot take all the memory.
type budgetReader struct {
	r     io.Reader
	total *atomic.Int64
	max   int64
	held  int64 // bytes counted for this body
	got   int64 // bytes read
}

// take counts n more bytes, or reports false (counting nothing) when the
// budget has no room for them.
func (b *budgetReader) take(n int64) bool {
	if b.total.Add(n) > b.max {
		b.total.Add(-n)
		return false
	}
	b.held += n
	return true
}

// readAll reads the whole body; a declared length is reserved first.
func (b *budgetReader) readAll(declared int64) ([]byte, error) {
	if declared > 0 && !b.take(declared) {
		return nil, errBusy
	}
	return io.ReadAll(b)
}

func (b *budgetReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if extra := b.read(n); extra > 0 && !b.take(extra) {
		return n, errBusy
	}
	return n, err
}

// read adds n to the bytes read and returns how many of them are not
// counted yet (a declared length was counted in advance).
func (b *budgetReader) read(n int) int64 {
	b.got += int64(n)
	return max(0, b.got-b.held)
}

// release gives the body's bytes back to the budget.
func (b *budgetReader) release() {
	b.total.Add(-b.held)
	b.held = 0
}
