package webhook

import (
	"time"

	"github.com/bounce-analyzer/bounce/report"
)

// DailyAnd is an Open for Config: the sinks of one request are the
// day's files in dir (today by now; none when dir is "") and then the
// one last makes (the store, which must outlive the request).
func DailyAnd(dir string, now func() time.Time, last func() report.Sink) func() ([]report.Sink, error) {
	return func() ([]report.Sink, error) {
		var sinks []report.Sink
		if dir != "" {
			d, err := report.OpenDaily(dir, now())
			if err != nil {
				return nil, err
			}
			sinks = append(sinks, d)
		}
		return append(sinks, last()), nil
	}
}
