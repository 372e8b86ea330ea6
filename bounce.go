// Package bounce analyzes bounce messages: for every failed recipient it
// tells who failed, why, and whether retrying can ever work.
//
// The work flows one way: source finds the messages, parser reads each,
// classify decides the reason with the rules engine, and the caller
// writes the records (package report has writers for them). See
// ARCHITECTURE.md for the packages.
//
// # One message or many
//
// Analyze and AnalyzeMessage read one message on the calling goroutine.
// AnalyzeAll reads a source.Source (files, directories, Maildirs, mbox
// files, a stream) with several workers at once and hands the results on
// in the source's order: the speed of the bounce command, with memory
// that does not grow with the number of messages.
package bounce

import (
	"bytes"
	"io"
	"sync"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/esp"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
)

// Record is the verdict on one recipient; see classify.Record.
type Record = classify.Record

// Analyzer turns messages into records. It is safe for concurrent use.
type Analyzer struct {
	classifier *classify.Classifier
	limits     parser.Limits
	campaign   *campaign.Rules // nil: records are not tied to campaigns
}

// An Option configures an Analyzer in New.
type Option func(*config)

type config struct {
	rules    *rules.Set
	limits   parser.Limits
	campaign *campaign.Rules
	// noCampaign: WithCampaign(nil) turned the default rules off.
	noCampaign bool
}

// WithRules decides reasons with rs instead of the embedded default rules
// (rules.Load adds a user's files to the defaults). A nil rs keeps the
// defaults. The parser tells bounces from ordinary mail with rs.Signs()
// unless WithLimits gives Signs of its own.
func WithRules(rs *rules.Set) Option { return func(c *config) { c.rules = rs } }

// WithLimits replaces the parser limits (message size, MIME depth, …);
// parser.DefaultLimits by default.
func WithLimits(l parser.Limits) Option { return func(c *config) { c.limits = l } }

// WithCampaign ties records to the mail they return with r (VERP
// patterns, List-Id, campaign and subscriber header rules; see package
// campaign) instead of campaign.Default(). A nil r leaves the fields
// list_id, campaign, subscriber and verp empty.
func WithCampaign(r *campaign.Rules) Option {
	return func(c *config) { c.campaign, c.noCampaign = r, r == nil }
}

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
	if c.limits.Signs == nil {
		// The signs of a bounce come with the rules: a user's rules file
		// may teach the parser a gateway in its `signs:` section.
		c.limits.Signs = c.rules.Signs()
	}
	if c.campaign == nil && !c.noCampaign {
		c.campaign = campaign.Default()
	}
	if c.campaign != nil {
		// The parser copies only the returned fields the rules read.
		reads, own := c.campaign.Reads, c.limits.OriginalFields
		c.limits.OriginalFields = reads
		if own != nil {
			c.limits.OriginalFields = func(name string) bool { return own(name) || reads(name) }
		}
	}
	return &Analyzer{classifier: classify.New(c.rules), limits: c.limits, campaign: c.campaign}
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

// Result is what one message gave.
type Result struct {
	// Source names the message in its records (a path, PATH#N for the
	// Nth message of an mbox, a URL).
	Source string
	// Records holds a record for every recipient the message reports on;
	// none for ordinary mail.
	Records []Record
	// Warnings name the limits the message hit: it was read only in part.
	Warnings []string
	// Err is set, by AnalyzeAll only, when the message could not be read
	// or parsed; its text starts with Source. Records is then empty.
	Err error
	// Skipped is set with Err when the input was only skipped, not failed:
	// a file found in a directory that is not mail, a directory walked
	// already.
	Skipped bool
}

// AnalyzeMessage is Analyze that also reports the limits the message hit.
// It leaves Result.Err unset and returns the error instead.
func (a *Analyzer) AnalyzeMessage(r io.Reader, source string) (Result, error) {
	m, err := parser.ParseWithLimits(r, a.limits)
	if err != nil {
		return Result{}, err
	}
	if m.JSON != "" && len(m.Recipients) == 0 {
		// A provider's event sent by mail, which the parser does not read.
		if recs := esp.ClassifyText(a.classifier, a.campaign, m.JSON, source); len(recs) > 0 {
			return Result{Source: source, Records: recs, Warnings: m.Warnings}, nil
		}
	}
	recs := a.classifier.Classify(m, source)
	a.tie(m, recs)
	return Result{Source: source, Records: recs, Warnings: m.Warnings}, nil
}

// AnalyzeBytes is Analyze for a message held in memory.
func (a *Analyzer) AnalyzeBytes(b []byte, source string) ([]Record, error) {
	return a.Analyze(bytes.NewReader(b), source)
}

// defaultAnalyzer is made on first use: a program that makes its own
// Analyzer (the bounce command does) does not build this one at start-up.
var defaultAnalyzer = sync.OnceValue(func() *Analyzer { return New() })

// Analyze reads one message with the default rules; see Analyzer.Analyze.
func Analyze(r io.Reader, source string) ([]Record, error) {
	return defaultAnalyzer().Analyze(r, source)
}
