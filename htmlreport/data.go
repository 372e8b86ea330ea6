// Package htmlreport renders a bounce report as one self-contained HTML
// file: the night at a glance, bounces per day by reason class, the top
// receiving providers and domains, the incidents (providers refusing the
// sender) and the failed recipients grouped by reason.
//
// The file needs nothing else: charts are inline SVG drawn here, there is
// no JavaScript and no external request (no font, image, style or script
// is loaded), so it reads the same offline and behind any firewall. Every
// chart sits beside a table with the same numbers, so a mail client that
// drops SVG, or a printer, still shows the content. All data is escaped by
// html/template: a diagnostic cannot inject markup or script.
//
// # Use
//
// Render takes a plain Data value, so any source can fill it: a Collector
// counts a run's records (it is also a report.Sink through NewSink, which
// writes the file atomically on Commit), and a history store can fill Days
// for the last 30 days.
//
// Labels are in English or Chinese (Data.Lang "zh"); reason names stay as
// they are, with a description in the chosen language.
package htmlreport

import (
	"time"

	"github.com/bounce-analyzer/bounce/incident"
)

// Data is everything a report shows. Zero values are fine: a section
// without data says so.
type Data struct {
	Title     string    // default "Bounce report" / "退信报告"
	Lang      string    // "en" (default) or "zh"
	Generated time.Time // when the report was made
	// From and To bound the records the report covers (zero: unknown).
	From, To time.Time

	Summary Summary
	// Days holds the bounces per Unit ("day", the default, "month" or
	// "year"), oldest first; Date is the start of the period.
	Days      []Day
	Unit      string
	Reasons   []ReasonCount // bounces by reason, most first
	Providers []Top         // top receiving providers by failures
	Domains   []Top         // top receiving domains by failures
	Incidents []incident.Incident
	// IncidentWhy holds, for each incident, the description of the rule
	// that decided most of its records, in the report's language.
	IncidentWhy []string
	// Threshold is the incident size that makes an alert (<= 0: none).
	Threshold int
	Failed    []FailedReason // failed recipients by reason, most first
}

// Summary is the night at a glance.
type Summary struct {
	Messages    int // messages read (with records)
	Errors      int // inputs that could not be read
	Bounces     int // failed or delayed recipients
	Hard        int // of which hard: retrying can never work
	Soft        int
	Complaints  int // feedback reports (ARF)
	AutoReplies int // vacation and other auto-replies, left aside
	Delivered   int // delivery reports of success
	// NewSuppressions counts addresses newly suppressed, -1 when unknown
	// (no history store).
	NewSuppressions int
	Alerts          int // incidents at or over the threshold
}

// Day is the bounces of one day (or month or year, see Data.Unit) by
// reason class.
type Day struct {
	Date    time.Time
	ByClass [NumClasses]int
}

// Total returns the day's bounces.
func (d *Day) Total() int {
	n := 0
	for _, v := range d.ByClass {
		n += v
	}
	return n
}

// ReasonCount is a reason and its bounces.
type ReasonCount struct {
	Reason string
	N      int
	Hard   int
}

// Top is a receiving provider or domain and its failures.
type Top struct {
	Key        string // provider ID or domain
	Name       string // display name in the report's language
	Failures   int
	Hard       int
	MainReason string // the most frequent reason
	MainN      int    // its count
	ByClass    [NumClasses]int
}

// FailedReason is the failed recipients of one reason, by domain.
type FailedReason struct {
	Reason  string
	Count   int
	Hard    int
	Domains []FailedDomain // most recipients first
}

// FailedDomain is the failed recipients of one reason at one domain.
type FailedDomain struct {
	Domain  string
	Count   int
	Status  string // the most frequent status (or reply) code
	Example string // one diagnostic, shortened
	// Why is the description, in the report's language, of the rule that
	// decided most of these recipients ("" when none has one).
	Why        string
	Recipients []string
	// Omitted counts recipients beyond Options.MaxRecipients, not listed.
	Omitted int
}

// Class is a reason class: the stacks of the daily chart.
type Class int

// The reason classes.
const (
	ClassAddress Class = iota // the address is gone: userunknown, hostunknown, hasmoved, notaccept
	ClassMailbox              // the mailbox cannot take it now: full, suspended, too large, filtered
	ClassSender               // the receiver refuses the sender (see incident.SenderSide)
	ClassSystem               // a system, network or protocol failure, or expiry
	ClassOther                // unclassified
	NumClasses
)

var classNames = [NumClasses]string{"address", "mailbox", "sender", "system", "other"}

// String returns the class's CSS and key name: address, mailbox, sender,
// system, other.
func (c Class) String() string { return classNames[c] }

// ClassOf returns the class of a bounce reason.
func ClassOf(reason string) Class {
	switch reason {
	case "userunknown", "hostunknown", "hasmoved", "notaccept":
		return ClassAddress
	case "mailboxfull", "suspend", "emailtoolarge", "filtered":
		return ClassMailbox
	case "systemfull", "systemerror", "mailererror", "networkerror", "expired",
		"contenterror", "notcompliantrfc", "failedstarttls", "syntaxerror",
		"norelaying", "securityerror":
		return ClassSystem
	}
	if incident.SenderSide(reason) {
		return ClassSender
	}
	return ClassOther
}
