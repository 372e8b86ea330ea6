package suppress

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// A Class is what an event means for the address it names.
type Class string

// The classes; see the package documentation.
const (
	Complaint Class = "complaint" // suppress at once
	Hard      Class = "hard"      // suppress at once when permanent, else soft
	Soft      Class = "soft"      // counts once a day towards Threshold
	Sender    Class = "sender"    // the sender's fault: never counts
	Message   Class = "message"   // the message's fault: never counts
	Ignore    Class = "ignore"    // no failure: never counts
)

func (c Class) valid() bool {
	switch c {
	case Complaint, Hard, Soft, Sender, Message, Ignore:
		return true
	}
	return false
}

// Policy is the suppression policy. The zero value is not useful: start
// from Default (Load does) and change what differs. Field names are the
// keys of the YAML form.
type Policy struct {
	// Threshold is the soft score at which an address is suppressed.
	Threshold float64 `yaml:"threshold"`
	// WindowDays: soft bounce days older than this before the newest one
	// no longer count.
	WindowDays int `yaml:"window_days"`
	// StaleAfterDays: a gap of more quiet days than this between two
	// counted soft bounces resets the score.
	StaleAfterDays int `yaml:"stale_after_days"`
	// HardExpiryDays and SoftExpiryDays: a suppression ends this many days
	// after its last hard bounce or complaint, or its last counted soft
	// bounce; 0 means never.
	HardExpiryDays int `yaml:"hard_expiry_days"`
	SoftExpiryDays int `yaml:"soft_expiry_days"`
	// Classes maps a reason to its class; a reason not listed is Soft.
	Classes map[string]Class `yaml:"classes"`
	// Weights maps a soft reason to what one day of it adds to the score;
	// a reason not listed weighs 1.
	Weights map[string]float64 `yaml:"weights"`
}

// Default returns the default policy (a fresh copy the caller may change).
func Default() Policy {
	classes := map[string]Class{}
	for class, reasons := range map[Class][]string{
		Complaint: {"feedback"},
		Hard:      {"userunknown", "hostunknown", "hasmoved", "notaccept", "suppressed"},
		Soft: {"mailboxfull", "suspend", "systemfull", "systemerror", "mailererror",
			"networkerror", "expired", "filtered", "undefined", "onhold"},
		Sender: {"blocked", "badreputation", "authfailure", "requireptr", "spamdetected",
			"ratelimited", "norelaying", "securityerror", "failedstarttls",
			"policyviolation", "rejected", "syntaxerror"},
		Message: {"emailtoolarge", "contenterror", "notcompliantrfc", "virusdetected"},
		Ignore:  {"delivered", "vacation"},
	} {
		for _, r := range reasons {
			classes[r] = class
		}
	}
	return Policy{
		Threshold:      5,
		WindowDays:     30,
		StaleAfterDays: 7,
		HardExpiryDays: 365,
		SoftExpiryDays: 90,
		Classes:        classes,
		Weights:        map[string]float64{},
	}
}

// Load reads a policy in YAML from r over the defaults: a key that is not
// given keeps its default, and classes and weights are added to the
// default tables. name names r in errors.
func Load(r io.Reader, name string) (Policy, error) {
	p := Default()
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil && err != io.EOF {
		return Policy{}, fmt.Errorf("suppression policy %s: %w", name, err)
	}
	if err := p.Validate(); err != nil {
		return Policy{}, fmt.Errorf("suppression policy %s: %w", name, err)
	}
	return p, nil
}

// maxDays bounds the day settings: a century, far below where a
// time.Duration overflows.
const maxDays = 36500

// Validate reports the first setting that makes no sense.
func (p *Policy) Validate() error {
	if !(p.Threshold > 0) { // NaN too
		return fmt.Errorf("threshold %v: want a score above 0", p.Threshold)
	}
	for name, v := range map[string]int{
		"window_days": p.WindowDays, "stale_after_days": p.StaleAfterDays,
		"hard_expiry_days": p.HardExpiryDays, "soft_expiry_days": p.SoftExpiryDays,
	} {
		if v < 0 || v > maxDays {
			return fmt.Errorf("%s %d: want 0 to %d days", name, v, maxDays)
		}
	}
	if p.WindowDays == 0 {
		return fmt.Errorf("window_days 0: want at least one day")
	}
	for _, r := range sortedKeys(p.Classes) {
		if !p.Classes[r].valid() {
			return fmt.Errorf("classes: %s: unknown class %q (want complaint, hard, soft, sender, message or ignore)", r, p.Classes[r])
		}
	}
	for _, r := range sortedKeys(p.Weights) {
		if w := p.Weights[r]; !(w >= 0) || math.IsInf(w, 1) {
			return fmt.Errorf("weights: %s: %v: want a number of 0 or more", r, w)
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Class tells what ev means for its address under p. It is Hard only for
// a permanent failure; a temporary failure of a hard reason is Soft.
func (p *Policy) Class(ev *Event) Class {
	switch strings.ToLower(ev.Action) {
	case "delayed", "delivered", "relayed", "expanded":
		return Ignore
	}
	c, ok := p.Classes[ev.Reason]
	if !ok {
		return Soft
	}
	switch c {
	case Complaint:
		if strings.EqualFold(ev.FeedbackType, "not-spam") {
			return Ignore
		}
	case Hard:
		if !ev.permanent() {
			return Soft
		}
	}
	return c
}

// Counts tells whether ev counts against its address at all.
func (p *Policy) Counts(ev *Event) bool {
	switch p.Class(ev) {
	case Complaint, Hard, Soft:
		return true
	}
	return false
}

func (p *Policy) weight(reason string) float64 {
	if w, ok := p.Weights[reason]; ok {
		return w
	}
	return 1
}

func days(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }
