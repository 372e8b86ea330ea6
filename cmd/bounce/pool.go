package main

import (
	"bytes"
	"context"
	"sync"
)

// A task is one message on its way through the pool: the producer fills
// it, a worker analyzes it, and the consumer writes it.
type task struct {
	source   string
	data     []byte        // the message; nil when it needs no work
	buf      *bytes.Buffer // holds data, returned to msgBufs after the work
	explicit bool          // named on the command line (or stdin)
	work     bool          // a worker must analyze data

	// Set by the producer (an input error) or by the worker.
	err     error
	skipped bool // err is a warning only
	recs    []Record
	warns   []string // limits the message hit: it was read only in part

	done chan struct{} // closed when the task is ready for the consumer
}

// The sizes of the queues, per worker. With two workers on two cores the
// workers and the producer share the cores, and a deeper queue of jobs
// and window kept both cores busier: the bench mbox ran 8% faster (jobs
// 8, window 32) than with 2 and 8, while 16 and 64 gained nothing more.
const (
	windowPerWorker = 32
	jobsPerWorker   = 8
)

// ordered runs work on tasks with n workers at once and hands every task
// to consume in the order produce submitted them, however the workers
// finish. At most about windowPerWorker·n tasks are held at once: the
// producer blocks while the reorder window is full, so memory stays flat
// (the caller bounds the bytes they hold besides; see byteBudget). The
// window is that much larger than n so that a worker done with a quick
// message need not wait for a slow one ahead of it to be consumed before
// it gets the next.
//
// produce is called on its own goroutine and submits tasks with submit,
// which fails once the run is cancelled; consume runs on the calling
// goroutine. An error from consume, or ctx ending, stops the run: the
// producer's next submit fails and the tasks in flight are dropped.
// ordered returns the first error of consume, else ctx's, else produce's.
func ordered(ctx context.Context, n int, produce func(submit func(*task) error) error, work func(*task), consume func(*task) error) error {
	return orderedIdle(ctx, n, produce, work, consume, nil)
}

// orderedIdle is ordered that also calls idle, on the consumer's
// goroutine, whenever the consumer is about to wait for the next task
// (the caller flushes its output then). An error from idle stops the run
// as one from consume does.
func orderedIdle(ctx context.Context, n int, produce func(submit func(*task) error) error, work func(*task), consume func(*task) error, idle func() error) error {
	if n < 1 {
		n = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	window := make(chan *task, windowPerWorker*n) // tasks in submission order
	// Queued ahead, so that a worker done with one message finds the next
	// without waiting for the producer to read it.
	jobs := make(chan *task, jobsPerWorker*n) // tasks for the workers

	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range jobs {
				work(t)
				close(t.done)
			}
		}()
	}

	produced := make(chan error, 1)
	go func() {
		defer close(window)
		defer close(jobs)
		submit := func(t *task) error {
			t.done = make(chan struct{})
			select {
			case window <- t:
			case <-ctx.Done():
				return ctx.Err()
			}
			if !t.work {
				close(t.done)
				return nil
			}
			select {
			case jobs <- t:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		produced <- produce(submit)
	}()

	var err error
	// wait is called before the consumer blocks: it runs idle, once.
	wait := func() {
		if idle != nil && err == nil {
			if e := idle(); e != nil {
				err = e
				cancel()
			}
		}
	}
	for {
		var t *task
		var ok bool
		select {
		case t, ok = <-window:
		default:
			wait()
			t, ok = <-window
		}
		if !ok {
			break
		}
		if err != nil {
			continue // drain until the producer stops
		}
		select {
		case <-t.done:
		default:
			wait()
			select {
			case <-t.done:
			case <-ctx.Done():
				if err == nil {
					err = ctx.Err()
				}
				continue
			}
		}
		if err != nil {
			continue
		}
		if e := consume(t); e != nil {
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

// byteBudget bounds the bytes of the messages held by tasks in flight:
// acquire blocks while more than max are held (one message more is let
// through, so that a large one always gets its turn), release gives
// them back. The window alone would let 32 messages of up to a megabyte
// each a worker pile up.
type byteBudget struct {
	mu   sync.Mutex
	cond sync.Cond
	held int64
	max  int64
}

func newByteBudget(max int64) *byteBudget {
	b := &byteBudget{max: max}
	b.cond.L = &b.mu
	return b
}

func (b *byteBudget) acquire(n int64) {
	b.mu.Lock()
	for b.held > 0 && b.held+n > b.max {
		b.cond.Wait()
	}
	b.held += n
	b.mu.Unlock()
}

func (b *byteBudget) release(n int64) {
	b.mu.Lock()
	b.held -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
