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

// An Option configures an Analyzer in New.
type Option func(*config)

type config struct {
	rules  *rules.Set
	limits parser.Limits
}

// WithRules decides reasons with rs instead of the embedded default rules
// (rules.Load adds a user's files to the defaults). A nil rs keeps the
// defaults.
func WithRules(rs *rules.Set) Option { return func(c *config) { c.rules = rs } }

// WithLimits replaces the parser limits (message size, MIME depth, …);
// parser.DefaultLimits by default.
func WithLimits(l parser.Limits) Option { return func(c *config) { c.limits = l } }

// New returns an Analyzer configured by opts: the embedded default rules
// and parser.DefaultLimits unless an option says otherwise. The Analyzer
// is not changed after New, so it may be shared by goroutines.
func New(opts ...Option) *Analyzer {
	c := config{limits: parser.DefaultLimits}
	for _, o := range opts {
		o(&c)
	}
	if c.rules == nil {
		c.rules = rules.Default()
	}
	return &Analyzer{classifier: classify.New(c.rules), limits: c.limits}
}

// Limits returns the parser limits the Analyzer applies.
func (a *Analyzer) Limits() parser.Limits { return a.limits }

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

var defaultAnalyzer = New()

// Analyze reads one message with the default rules; see Analyzer.Analyze.
func Analyze(r io.Reader, source string) ([]Record, error) {
	return defaultAnalyzer.Analyze(r, source)
}
