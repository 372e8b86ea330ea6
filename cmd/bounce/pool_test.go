package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

func TestOrderedKeepsOrder(t *testing.T) {
	for _, n := range []int{1, 2, 4, 16} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			const total = 200
			var busy, maxBusy atomic.Int32
			produce := func(submit func(*task) error) error {
				for i := range total {
					// Every fifth task needs no work (an input error).
					if err := submit(&task{source: fmt.Sprint(i), work: i%5 != 0}); err != nil {
						return err
					}
				}
				return nil
			}
			work := func(t *task) {
				b := busy.Add(1)
				for {
					m := maxBusy.Load()
					if b <= m || maxBusy.CompareAndSwap(m, b) {
						break
					}
				}
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				t.recs = []Record{{Source: t.source}}
				busy.Add(-1)
			}
			next := 0
			consume := func(tk *task) error {
				if tk.source != fmt.Sprint(next) {
					t.Fatalf("got task %s, want %d", tk.source, next)
				}
				if tk.work && (len(tk.recs) != 1 || tk.recs[0].Source != tk.source) {
					t.Fatalf("task %s not worked on", tk.source)
				}
				next++
				return nil
			}
			if err := ordered(context.Background(), n, produce, work, consume); err != nil {
				t.Fatal(err)
			}
			if next != total {
				t.Fatalf("consumed %d tasks", next)
			}
			if int(maxBusy.Load()) > n {
				t.Fatalf("%d workers busy at once, limit %d", maxBusy.Load(), n)
			}
		})
	}
}

// TestOrderedWindow checks that the producer does not run far ahead of
// the consumer.
func TestOrderedWindow(t *testing.T) {
	const n = 3
	var produced atomic.Int32
	produce := func(submit func(*task) error) error {
		for i := range 100 {
			if err := submit(&task{source: fmt.Sprint(i), work: true}); err != nil {
				return err
			}
			produced.Add(1)
		}
		return nil
	}
	consumed := 0
	consume := func(*task) error {
		time.Sleep(100 * time.Microsecond)
		consumed++
		if ahead := int(produced.Load()) - consumed; ahead > (windowPerWorker+1)*n+2 {
			t.Fatalf("producer %d tasks ahead", ahead)
		}
		return nil
	}
	if err := ordered(context.Background(), n, produce, func(*task) {}, consume); err != nil {
		t.Fatal(err)
	}
}

func TestOrderedConsumeError(t *testing.T) {
	boom := errors.New("boom")
	produce := func(submit func(*task) error) error {
		for i := 0; ; i++ {
			if err := submit(&task{work: true}); err != nil {
				return err
			}
		}
	}
	calls := 0
	consume := func(*task) error {
		calls++
		if calls == 10 {
			return boom
		}
		return nil
	}
	err := ordered(context.Background(), 4, produce, func(*task) {}, consume)
	if !errors.Is(err, boom) || calls != 10 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

func TestOrderedCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	produce := func(submit func(*task) error) error {
		for {
			if err := submit(&task{work: true}); err != nil {
				return err
			}
		}
	}
	calls := 0
	consume := func(*task) error {
		calls++
		if calls == 5 {
			cancel()
		}
		return nil
	}
	done := make(chan error)
	go func() { done <- ordered(ctx, 2, produce, func(*task) {}, consume) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("ordered did not stop")
	}
}

func TestOrderedProduceError(t *testing.T) {
	bad := errors.New("bad")
	err := ordered(context.Background(), 2, func(submit func(*task) error) error {
		submit(&task{work: true})
		return bad
	}, func(*task) {}, func(*task) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("err %v", err)
	}
}

// TestOrderedIdle: idle runs when the consumer has caught up and waits
// (here, for a task the producer submits only after idle has run), and
// an error from it stops the run.
func TestOrderedIdle(t *testing.T) {
	idled := make(chan struct{})
	produce := func(submit func(*task) error) error {
		if err := submit(&task{source: "0", work: true}); err != nil {
			return err
		}
		select {
		case <-idled:
		case <-time.After(time.Minute): // a hang, not a measurement
			return errors.New("idle never ran")
		}
		return submit(&task{source: "1", work: true})
	}
	var got []string // idle and consume run on one goroutine
	idle := func() error {
		if len(got) == 1 {
			select {
			case <-idled:
			default:
				close(idled)
			}
		}
		return nil
	}
	consume := func(tk *task) error {
		got = append(got, tk.source)
		return nil
	}
	if err := orderedIdle(context.Background(), 2, produce, func(*task) {}, consume, idle); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "[0 1]" {
		t.Fatalf("consumed %v", got)
	}

	stop := errors.New("stop")
	err := orderedIdle(context.Background(), 2, func(submit func(*task) error) error {
		for i := 0; ; i++ {
			if err := submit(&task{source: fmt.Sprint(i), work: true}); err != nil {
				return err
			}
		}
	}, func(*task) { time.Sleep(time.Millisecond) }, func(*task) error { return nil }, func() error { return stop })
	if err != stop {
		t.Fatalf("error %v, want %v", err, stop)
	}
}

// TestByteBudget: acquire waits while the bytes held pass the budget, and
// lets a message larger than the whole budget through when none is held.
func TestByteBudget(t *testing.T) {
	b := newByteBudget(100)
	b.acquire(60)
	b.acquire(40)
	got := make(chan struct{})
	go func() {
		b.acquire(1)
		close(got)
	}()
	select {
	case <-got:
		t.Fatal("acquired past the budget")
	case <-time.After(10 * time.Millisecond): // it waits: not a measurement
	}
	b.release(60)
	<-got
	b.release(41)
	b.acquire(500) // more than the budget, with nothing held
	b.release(500)
}
