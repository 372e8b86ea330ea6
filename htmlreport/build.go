package htmlreport

import (
	"context"
	"fmt"
	"io"

	"github.com/bounce-analyzer/bounce/report"
)

// Build writes the report at path from the history h (nil: none; its
// records since opts.Since) and the JSON Lines reports at paths ("-":
// stdin), and returns the committed sink. A report file that cannot be
// read is said to errf and counted as an error, and the others are read
// (allRead is then false); a history that cannot be read or a report
// that cannot be written is err, and the file is left as it was.
func Build(ctx context.Context, path string, opts Options, h History, paths []string, stdin io.Reader, errf func(error)) (s *Sink, allRead bool, err error) {
	s = NewSink(path, opts)
	if h != nil {
		if err := s.ReadHistory(ctx, h, opts.Since); err != nil {
			return nil, false, err
		}
	}
	allRead = true
	for _, p := range paths {
		if err := s.ReadJSONFile(p, stdin, errf); err != nil {
			errf(err)
			s.Collector().AddError()
			allRead = false
		}
	}
	if err := s.Commit(); err != nil {
		return nil, false, err
	}
	return s, allRead, nil
}

// Line is the one-line account of a written report: messages, bounces,
// incidents and alerts, and the file.
func (s *Sink) Line() string {
	d := s.c.Data()
	sum := d.Summary
	return fmt.Sprintf("%s, %s (%d hard, %d soft), %s, %s -> %s",
		report.Plural(sum.Messages, "message"), report.Plural(sum.Bounces, "bounce"), sum.Hard, sum.Soft,
		report.Plural(len(d.Incidents), "incident"), report.Plural(sum.Alerts, "alert"), report.Sanitize(s.path))
}
