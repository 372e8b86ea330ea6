package webhook

import (
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// StoreThenDaily is an Open for Config: the sinks of one request are the
// one store makes (the history store, which must outlive the request)
// and then the day's files in dir (today by now; none when dir is "").
//
// The order matters because the Handler commits the sinks in it and a
// provider retries a request that failed: the store ignores an event it
// has already, but the day's files append again whatever they are given.
// Committed last, they get a request's rows only once the store has them,
// so a retry after a failed store commit does not write the rows twice.
func StoreThenDaily(store func() report.Sink, dir string, now func() time.Time) func() ([]report.Sink, error) {
	return func() ([]report.Sink, error) {
		if dir == "" {
			return []report.Sink{store()}, nil
		}
		// Opened first: a day's files that cannot be opened leave no
		// store sink open.
		d, err := report.OpenDaily(dir, now())
		if err != nil {
			return nil, err
		}
		return []report.Sink{store(), d}, nil
	}
}
