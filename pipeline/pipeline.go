// Package pipeline runs work on a stream of items with a fixed number of
// workers and hands the results on in the order the items came in.
//
// It knows nothing of mail: the bounce package feeds it messages (see
// bounce.Analyzer.AnalyzeAll) and the command writes what comes out. It
// keeps memory flat however long the stream is: the producer blocks
// while the reorder window is full, and a ByteBudget bounds the bytes the
// items in flight hold.
package pipeline

import (
	"context"
	"sync"
)

// The sizes of the queues, per worker. With two workers on two cores the
// workers and the producer share the cores, and a deeper queue of jobs
// and window kept both cores busier: the bench mbox ran 8% faster (jobs
// 8, window 32) than with 2 and 8, while 16 and 64 gained nothing more.
const (
	// WindowPerWorker is how many items a worker may have between the
	// producer and the consumer.
	WindowPerWorker = 32
	jobsPerWorker   = 8
)

// Pool runs Work on items with Workers goroutines and hands every item to
// Consume in the order the producer submitted them, however the workers
// finish. At most about WindowPerWorker·Workers items are held at once.
// The window is that much larger than Workers so that a worker done with
// a quick item need not wait for a slow one ahead of it to be consumed
// before it gets the next.
type Pool[T any] struct {
	// Workers is the number of goroutines running Work; less than 1 means 1.
	Workers int
	// Work runs on a worker goroutine for each item submitted with work
	// set. It records its outcome in the item.
	Work func(T)
	// Panic is called on the worker goroutine, with the value recovered,
	// when Work panics on an item; the item then goes to Consume as usual
	// and the other items go on. With Panic nil a panic is not recovered.
	Panic func(item T, v any)
	// Consume runs on the goroutine that called Run, one item at a time,
	// in submission order. An error from it stops the run.
	Consume func(T) error
	// Idle, if set, is called on the consumer's goroutine whenever the
	// consumer is about to wait for the next item (a caller flushes its
	// output then). An error from it stops the run as one from Consume
	// does.
	Idle func() error
}

// slot is an item on its way through the pool.
type slot[T any] struct {
	item T
	done chan struct{} // closed when the item is ready for the consumer
}

// Run calls produce on its own goroutine; produce submits items with
// submit, which fails once the run is stopped. An item submitted with
// work unset needs no work (it failed before, or the producer did the work
// itself) and only keeps its place in the order. An error from Consume or
// Idle, or ctx ending, stops the run: the producer's next submit fails and
// the items in flight are dropped. Run returns the first error of Consume
// or Idle, else ctx's, else produce's.
func (p *Pool[T]) Run(ctx context.Context, produce func(submit func(item T, work bool) error) error) error {
	n := max(p.Workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	window := make(chan *slot[T], WindowPerWorker*n) // in submission order
	// Queued ahead, so that a worker done with one item finds the next
	// without waiting for the producer to read it.
	jobs := make(chan *slot[T], jobsPerWorker*n)

	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range jobs {
				p.work(s)
			}
		}()
	}

	produced := make(chan error, 1)
	go func() {
		defer close(window)
		defer close(jobs)
		submit := func(item T, work bool) error {
			s := &slot[T]{item: item, done: make(chan struct{})}
			select {
			case window <- s:
			case <-ctx.Done():
				return ctx.Err()
			}
			if !work {
				close(s.done)
				return nil
			}
			select {
			case jobs <- s:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		produced <- produce(submit)
	}()

	var err error
	// wait is called before the consumer blocks: it runs Idle.
	wait := func() {
		if p.Idle != nil && err == nil {
			if e := p.Idle(); e != nil {
				err = e
				cancel()
			}
		}
	}
	for {
		var s *slot[T]
		var ok bool
		select {
		case s, ok = <-window:
		default:
			wait()
			s, ok = <-window
		}
		if !ok {
			break
		}
		if err != nil {
			continue // drain until the producer stops
		}
		select {
		case <-s.done:
		default:
			wait()
			select {
			case <-s.done:
			case <-ctx.Done():
				if err == nil {
					err = ctx.Err()
				}
				continue
			}
		}
		if err == nil {
			err = ctx.Err() // nothing is consumed once the run is stopped
		}
		if err != nil {
			continue
		}
		if e := p.Consume(s.item); e != nil {
			err = e
			cancel()
		}
	}
	wg.Wait()
	perr := <-produced
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = perr
	}
	return err
}

// work runs Work on one item and marks it done, even when Work panics.
func (p *Pool[T]) work(s *slot[T]) {
	defer close(s.done)
	if p.Panic != nil {
		defer func() {
			if v := recover(); v != nil {
				p.Panic(s.item, v)
			}
		}()
	}
	p.Work(s.item)
}

// ByteBudget bounds the bytes held by items in flight: Acquire blocks
// while more than the budget is held (one item more is let through, so
// that a large one always gets its turn), Release gives them back. The
// window alone would let 32 messages of up to a megabyte each a worker
// pile up.
type ByteBudget struct {
	mu   sync.Mutex
	cond sync.Cond
	held int64
	max  int64
}

// NewByteBudget returns a budget of max bytes.
func NewByteBudget(max int64) *ByteBudget {
	b := &ByteBudget{max: max}
	b.cond.L = &b.mu
	return b
}

// Acquire takes n bytes of the budget, waiting while others hold too much.
func (b *ByteBudget) Acquire(n int64) {
	b.mu.Lock()
	for b.held > 0 && b.held+n > b.max {
		b.cond.Wait()
	}
	b.held += n
	b.mu.Unlock()
}

// Release gives back n bytes taken with Acquire.
func (b *ByteBudget) Release(n int64) {
	b.mu.Lock()
	b.held -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
