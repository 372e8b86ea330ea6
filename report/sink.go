package report

import "github.com/bounce-analyzer/bounce/classify"

// A Sink receives the records of a run and makes them durable on Commit:
// a report file, the daily files, a history store, an HTML report. The
// nightly scan commits every sink before it records the messages as read
// and before any after-action touches them, so a Sink must not make
// records visible before Commit in a way it cannot take back on Abort.
//
// Write is called once per message, in input order, with that message's
// records (possibly none). Exactly one of Commit or Abort ends a Sink.
type Sink interface {
	Write(recs []classify.Record) error
	// Commit makes everything written durable, or returns an error and
	// leaves what was there before.
	Commit() error
	// Abort drops what was written since the Sink was opened.
	Abort()
}
