package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// item is what the tests send through a pool.
type item struct {
	id   int
	work bool
	done bool
	err  error
}

// submitAll submits total items, every fifth one needing no work.
func submitAll(total int) func(submit func(*item, bool) error) error {
	return func(submit func(*item, bool) error) error {
		for i := range total {
			if err := submit(&item{id: i, work: i%5 != 0}, i%5 != 0); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestPoolKeepsOrder(t *testing.T) {
	for _, n := range []int{1, 2, 4, 16} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			const total = 200
			var busy, maxBusy atomic.Int32
			next := 0
			p := &Pool[*item]{
				Workers: n,
				Work: func(it *item) {
					b := busy.Add(1)
					for {
						m := maxBusy.Load()
						if b <= m || maxBusy.CompareAndSwap(m, b) {
							break
						}
					}
					time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
					it.done = true
					busy.Add(-1)
				},
				Consume: func(it *item) error {
					if it.id != next {
						t.Fatalf("got item %d, want %d", it.id, next)
					}
					if it.work != it.done {
						t.Fatalf("item %d: work %v, worked on %v", it.id, it.work, it.done)
					}
					next++
					return nil
				},
			}
			if err := p.Run(context.Background(), submitAll(total)); err != nil {
				t.Fatal(err)
			}
			if next != total {
				t.Fatalf("consumed %d items", next)
			}
			if int(maxBusy.Load()) > n {
				t.Fatalf("%d workers busy at once, limit %d", maxBusy.Load(), n)
			}
		})
	}
}

// TestPoolPanic: a panic in the work on one item gives that item an
// error; the others are worked on and consumed in order.
func TestPoolPanic(t *testing.T) {
	var got []string
	p := &Pool[*item]{
		Workers: 2,
		Work: func(it *item) {
			if it.id == 3 {
				panic("bad item")
			}
			it.done = true
		},
		Panic: func(it *item, v any) { it.err = fmt.Errorf("item %d: internal error: %v", it.id, v) },
		Consume: func(it *item) error {
			switch {
			case it.err != nil:
				got = append(got, it.err.Error())
			case it.done:
				got = append(got, fmt.Sprint(it.id))
			}
			return nil
		},
	}
	err := p.Run(context.Background(), func(submit func(*item, bool) error) error {
		for i := range 6 {
			if err := submit(&item{id: i}, true); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "[0 1 2 item 3: internal error: bad item 4 5]"
	if fmt.Sprint(got) != want {
		t.Fatalf("consumed %v\nwant %s", got, want)
	}
}

// TestPoolWindow checks that the producer does not run far ahead of the
// consumer: memory is bounded by the window, not the stream.
func TestPoolWindow(t *testing.T) {
	const n = 3
	var produced atomic.Int32
	consumed := 0
	p := &Pool[*item]{
		Workers: n,
		Work:    func(*item) {},
		Consume: func(*item) error {
			time.Sleep(100 * time.Microsecond)
			consumed++
			if ahead := int(produced.Load()) - consumed; ahead > (WindowPerWorker+1)*n+2 {
				t.Fatalf("producer %d items ahead", ahead)
			}
			return nil
		},
	}
	err := p.Run(context.Background(), func(submit func(*item, bool) error) error {
		for i := range 100 {
			if err := submit(&item{id: i}, true); err != nil {
				return err
			}
			produced.Add(1)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// endless submits items until the run stops.
func endless(submit func(*item, bool) error) error {
	for i := 0; ; i++ {
		if err := submit(&item{id: i}, true); err != nil {
			return err
		}
	}
}

func TestPoolConsumeError(t *testing.T) {
	boom := errors.New("boom")
	calls := 0
	p := &Pool[*item]{
		Workers: 4,
		Work:    func(*item) {},
		Consume: func(*item) error {
			calls++
			if calls == 10 {
				return boom
			}
			return nil
		},
	}
	if err := p.Run(context.Background(), endless); !errors.Is(err, boom) || calls != 10 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

func TestPoolCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	p := &Pool[*item]{
		Workers: 2,
		Work:    func(*item) {},
		Consume: func(*item) error {
			calls++
			if calls == 5 {
				cancel()
			}
			return nil
		},
	}
	done := make(chan error)
	go func() { done <- p.Run(ctx, endless) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) || calls != 5 {
			t.Fatalf("err %v after %d calls", err, calls)
		}
	case <-time.After(10 * time.Second): // a hang, not a measurement
		t.Fatal("Run did not stop")
	}
}

func TestPoolProduceError(t *testing.T) {
	bad := errors.New("bad")
	p := &Pool[*item]{Workers: 2, Work: func(*item) {}, Consume: func(*item) error { return nil }}
	err := p.Run(context.Background(), func(submit func(*item, bool) error) error {
		submit(&item{}, true)
		return bad
	})
	if !errors.Is(err, bad) {
		t.Fatalf("err %v", err)
	}
}

// TestPoolIdle: Idle runs when the consumer has caught up and waits
// (here, for an item the producer submits only after Idle has run), and
// an error from it stops the run.
func TestPoolIdle(t *testing.T) {
	idled := make(chan struct{})
	var got []int // Idle and Consume run on one goroutine
	p := &Pool[*item]{
		Workers: 2,
		Work:    func(*item) {},
		Idle: func() error {
			if len(got) == 1 {
				select {
				case <-idled:
				default:
					close(idled)
				}
			}
			return nil
		},
		Consume: func(it *item) error {
			got = append(got, it.id)
			return nil
		},
	}
	err := p.Run(context.Background(), func(submit func(*item, bool) error) error {
		if err := submit(&item{id: 0}, true); err != nil {
			return err
		}
		select {
		case <-idled:
		case <-time.After(time.Minute): // a hang, not a measurement
			return errors.New("idle never ran")
		}
		return submit(&item{id: 1}, true)
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[0 1]" {
		t.Fatalf("consumed %v", got)
	}

	stop := errors.New("stop")
	p = &Pool[*item]{
		Workers: 2,
		Work:    func(*item) { time.Sleep(time.Millisecond) },
		Consume: func(*item) error { return nil },
		Idle:    func() error { return stop },
	}
	if err := p.Run(context.Background(), endless); err != stop {
		t.Fatalf("error %v, want %v", err, stop)
	}
}

// TestByteBudget: Acquire waits while the bytes held pass the budget, and
// lets an item larger than the whole budget through when none is held.
func TestByteBudget(t *testing.T) {
	b := NewByteBudget(100)
	b.Acquire(60)
	b.Acquire(40)
	got := make(chan struct{})
	go func() {
		b.Acquire(1)
		close(got)
	}()
	select {
	case <-got:
		t.Fatal("acquired past the budget")
	case <-time.After(10 * time.Millisecond): // it waits: not a measurement
	}
	b.Release(60)
	<-got
	b.Release(41)
	b.Acquire(500) // more than the budget, with nothing held
	b.Release(500)
}
