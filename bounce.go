// Package bounce analyzes bounce messages: for every failed recipient it
// tells who failed, why, and whether retrying can ever work.
//
// The work flows one way: parser reads the message, classify decides the
// reason with the rules engine, and the caller writes the records.
package bounce

import (
	"bytes"
	"io"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
)

// Record is the verdict on one recipient; see classify.Record.
type Record = classify.Record

// Analyzer turns messages into records. It is safe for concurrent use.
type Analyzer struct {
	classifier *classify.Classifier
	limits     parser.Limits
}

// New returns an Analyzer that decides reasons with rs, or with the
// embedded default rules when rs is nil.
func New(rs *rules.Set) *Analyzer {
	if rs == nil {
		rs = rules.Default()
	}
	return &Analyzer{classifier: classify.New(rs), limits: parser.DefaultLimits}
}

// SetLimits replaces the parser limits (message size, MIME depth, …).
func (a *Analyzer) SetLimits(l parser.Limits) { a.limits = l }

// Analyze reads one message from r and returns a record for every recipient
// it reports on. source names the input in the records (a path, a URL).
// Ordinary mail gives no records and no error; a message that cannot be
// read gives an error.
func (a *Analyzer) Analyze(r io.Reader, source string) ([]Record, error) {
	res, err := a.AnalyzeMessage(r, source)
	return res.Records, err
}

// Result is what one message gave: its records, and the limits it hit
// (the message was then read only in part).
type Result struct {
	Records  []Record
	Warnings []string
}

// AnalyzeMessage is Analyze that also reports the limits the message hit.
func (a *Analyzer) AnalyzeMessage(r io.Reader, source string) (Result, error) {
	m, err := parser.ParseWithLimits(r, a.limits)
	if err != nil {
		return Result{}, err
	}
	return Result{Records: a.classifier.Classify(m, source), Warnings: m.Warnings}, nil
}

// AnalyzeBytes is Analyze for a message held in memory.
func (a *Analyzer) AnalyzeBytes(b []byte, source string) ([]Record, error) {
	return a.Analyze(bytes.NewReader(b), source)
}

var defaultAnalyzer = New(nil)

// Analyze reads one message with the default rules; see Analyzer.Analyze.
func Analyze(r io.Reader, source string) ([]Record, error) {
	return defaultAnalyzer.Analyze(r, source)
}
