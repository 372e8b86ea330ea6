package htmlreport

import (
	"sort"
	"time"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/incident"
	"github.com/bounce-analyzer/bounce/provider"
	"github.com/bounce-analyzer/bounce/rules"
)

// Options configure a Collector.
type Options struct {
	Title string
	Lang  string // "en" or "zh"
	// Since leaves out records dated before it (zero: keep all). Records
	// without a date are kept.
	Since time.Time
	// Threshold turns an incident into an alert (see incident.Options).
	Threshold int
	// Providers maps domains to providers; provider.Default() when nil.
	Providers *provider.Table
	// Rules describe the records' rules (Record.Rule) in the report's
	// language; rules.Default() when nil.
	Rules *rules.Set
	// MaxRecipients bounds the recipients listed per reason and domain;
	// the rest are counted (0: list all). Counts never lose a record.
	MaxRecipients int
	// Top is how many providers and domains are listed (default 15).
	Top int
	// Days is the span of the daily chart (default 30).
	Days int
	// Now gives the generation time (default time.Now).
	Now func() time.Time
}

// Collector counts the records of a run for a report. It keeps counts and
// the failed recipients' addresses, which the report lists, but not the
// records. It is not safe for concurrent use.
type Collector struct {
	opts Options
	sum  Summary
	// newSuppressions is the count a history store gives; -1 unknown.
	newSuppressions int
	days            map[string]*Day // by "2006-01-02"
	reasons         map[string]*ReasonCount
	providers       map[string]*tally
	domains         map[string]*tally
	failed          map[string]map[string]*failedDomain // reason -> domain
	incidents       *incident.Tracker
	from, to        time.Time
}

type tally struct {
	n, hard int
	name    string
	byClass [NumClasses]int
	reasons map[string]int
}

type failedDomain struct {
	FailedDomain
	statuses, rules map[string]int
}

// maxExample is how much of an example diagnostic the report shows.
const maxExample = 240

// NewCollector returns an empty Collector.
func NewCollector(opts Options) *Collector {
	if opts.Providers == nil {
		opts.Providers = provider.Default()
	}
	if opts.Rules == nil {
		opts.Rules = rules.Default()
	}
	if opts.Top <= 0 {
		opts.Top = 15
	}
	if opts.Days <= 0 {
		opts.Days = 30
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Collector{
		opts:            opts,
		days:            map[string]*Day{},
		reasons:         map[string]*ReasonCount{},
		providers:       map[string]*tally{},
		domains:         map[string]*tally{},
		failed:          map[string]map[string]*failedDomain{},
		incidents:       incident.New(incident.Options{Threshold: opts.Threshold, Providers: opts.Providers}),
		newSuppressions: -1,
	}
}

// Add counts one message's records. A message whose records all fall
// before Options.Since is not counted.
func (c *Collector) Add(recs []classify.Record) {
	counted := false
	for i := range recs {
		r := &recs[i]
		date, err := time.Parse(time.RFC3339, r.Date)
		dated := err == nil
		if dated && !c.opts.Since.IsZero() && date.Before(c.opts.Since) {
			continue
		}
		counted = true
		if dated {
			if c.from.IsZero() || date.Before(c.from) {
				c.from = date
			}
			if date.After(c.to) {
				c.to = date
			}
		}
		switch r.Reason {
		case "feedback":
			c.sum.Complaints++
			continue
		case "vacation":
			c.sum.AutoReplies++
			continue
		case "delivered":
			c.sum.Delivered++
			continue
		}
		c.addBounce(r, date, dated)
	}
	if counted || len(recs) == 0 {
		c.sum.Messages++
	}
}

// Alerts returns the number of incidents at or over the threshold so far.
func (c *Collector) Alerts() int { return c.incidents.Alerts() }

// SetNewSuppressions gives the number of addresses a history store
// suppressed in the report's span (unknown, -1, by default).
func (c *Collector) SetNewSuppressions(n int) { c.newSuppressions = n }

// AddError counts an input that could not be read.
func (c *Collector) AddError() { c.sum.Errors++ }

func (c *Collector) addBounce(r *classify.Record, date time.Time, dated bool) {
	s := &c.sum
	s.Bounces++
	if r.Hard {
		s.Hard++
	} else {
		s.Soft++
	}
	class := ClassOf(string(r.Reason))
	if dated {
		key := date.UTC().Format(time.DateOnly)
		d := c.days[key]
		if d == nil {
			day, _ := time.Parse(time.DateOnly, key)
			d = &Day{Date: day}
			c.days[key] = d
		}
		d.ByClass[class]++
	}
	rc := c.reasons[string(r.Reason)]
	if rc == nil {
		rc = &ReasonCount{Reason: string(r.Reason)}
		c.reasons[string(r.Reason)] = rc
	}
	rc.N++
	if r.Hard {
		rc.Hard++
	}

	domain := provider.DomainOf(r.Recipient)
	if domain == "" {
		domain = provider.DomainOf(r.OriginalRecipient)
	}
	if domain == "" {
		domain = "?"
	}
	addTally(c.domains, domain, domain, r, class)
	// The remote MTA, never the reporting one (see incident.Tracker.Add).
	if p := c.opts.Providers.Of(domain, r.RemoteMTA); p != nil {
		addTally(c.providers, p.ID, p.Name(c.opts.Lang), r, class)
	}
	c.incidents.Add(r)

	byDomain := c.failed[string(r.Reason)]
	if byDomain == nil {
		byDomain = map[string]*failedDomain{}
		c.failed[string(r.Reason)] = byDomain
	}
	fd := byDomain[domain]
	if fd == nil {
		fd = &failedDomain{FailedDomain: FailedDomain{Domain: domain}, statuses: map[string]int{}, rules: map[string]int{}}
		byDomain[domain] = fd
	}
	fd.Count++
	status := r.Status
	if status == "" {
		status = r.ReplyCode
	}
	if status != "" {
		fd.statuses[status]++
	}
	if r.Rule != "" {
		fd.rules[r.Rule]++
	}
	if fd.Example == "" && r.Diagnostic != "" {
		fd.Example = shorten(r.Diagnostic, maxExample)
	}
	rcpt := r.Recipient
	if rcpt == "" {
		rcpt = r.OriginalRecipient
	}
	if c.opts.MaxRecipients > 0 && len(fd.Recipients) >= c.opts.MaxRecipients {
		fd.Omitted++
	} else {
		fd.Recipients = append(fd.Recipients, rcpt)
	}
}

func addTally(m map[string]*tally, key, name string, r *classify.Record, class Class) {
	t := m[key]
	if t == nil {
		t = &tally{name: name, reasons: map[string]int{}}
		m[key] = t
	}
	t.n++
	if r.Hard {
		t.hard++
	}
	t.byClass[class]++
	t.reasons[string(r.Reason)]++
}

// Data returns the report's data as counted so far.
func (c *Collector) Data() *Data {
	d := &Data{
		Title:     c.opts.Title,
		Lang:      c.opts.Lang,
		Generated: c.opts.Now(),
		From:      c.from,
		To:        c.to,
		Summary:   c.sum,
		Threshold: c.incidents.Threshold(),
		Incidents: c.incidents.Incidents(),
	}
	for _, in := range d.Incidents {
		why := ""
		if len(in.Rules) > 0 {
			why = c.why(in.Rules[0].Value)
		}
		d.IncidentWhy = append(d.IncidentWhy, why)
	}
	d.Summary.NewSuppressions = c.newSuppressions
	d.Summary.Alerts = c.incidents.Alerts()
	d.Days, d.Unit = c.periods()
	for _, rc := range c.reasons {
		d.Reasons = append(d.Reasons, *rc)
	}
	sort.Slice(d.Reasons, func(i, j int) bool {
		a, b := d.Reasons[i], d.Reasons[j]
		return a.N > b.N || a.N == b.N && a.Reason < b.Reason
	})
	d.Providers = tops(c.providers, c.opts.Top)
	d.Domains = tops(c.domains, c.opts.Top)
	for _, rc := range d.Reasons {
		fr := FailedReason{Reason: rc.Reason, Count: rc.N, Hard: rc.Hard}
		for _, fd := range c.failed[rc.Reason] {
			x := fd.FailedDomain
			x.Status = mostFrequent(fd.statuses)
			x.Why = c.why(mostFrequent(fd.rules))
			x.Recipients = append([]string(nil), x.Recipients...)
			sort.Strings(x.Recipients)
			fr.Domains = append(fr.Domains, x)
		}
		sort.Slice(fr.Domains, func(i, j int) bool {
			a, b := &fr.Domains[i], &fr.Domains[j]
			return a.Count > b.Count || a.Count == b.Count && a.Domain < b.Domain
		})
		d.Failed = append(d.Failed, fr)
	}
	return d
}

// why returns the description of a rule in the report's language.
func (c *Collector) why(id string) string {
	r := c.opts.Rules.Rule(id)
	if r == nil {
		return ""
	}
	if c.opts.Lang == "zh" && r.DescriptionZH != "" {
		return r.DescriptionZH
	}
	return r.DescriptionEN
}

// periods returns the bars of the chart: the Options.Days days up to the
// latest bounce date, empty days included. When the records span more
// than that (an archive rather than a night), it counts by month, or by
// year, so that every record still shows.
func (c *Collector) periods() ([]Day, string) {
	if len(c.days) == 0 {
		return nil, "day"
	}
	var first, last time.Time
	for _, d := range c.days {
		if first.IsZero() || d.Date.Before(first) {
			first = d.Date
		}
		if d.Date.After(last) {
			last = d.Date
		}
	}
	n := c.opts.Days
	unit, start, step := "day", func(t time.Time) time.Time { return t }, func(t time.Time, k int) time.Time { return t.AddDate(0, 0, k) }
	switch {
	case last.Sub(first) < time.Duration(n)*24*time.Hour:
	case (last.Year()-first.Year())*12+int(last.Month()-first.Month()) < n:
		unit = "month"
		start = func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time, k int) time.Time { return t.AddDate(0, k, 0) }
	default:
		unit = "year"
		start = func(t time.Time) time.Time { return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC) }
		step = func(t time.Time, k int) time.Time { return t.AddDate(k, 0, 0) }
	}
	sums := map[time.Time]*Day{}
	for _, d := range c.days {
		k := start(d.Date)
		p := sums[k]
		if p == nil {
			p = &Day{Date: k}
			sums[k] = p
		}
		for i, v := range d.ByClass {
			p.ByClass[i] += v
		}
	}
	out := make([]Day, 0, n)
	for i := n - 1; i >= 0; i-- {
		k := step(start(last), -i)
		if p := sums[k]; p != nil {
			out = append(out, *p)
		} else {
			out = append(out, Day{Date: k})
		}
	}
	// Drop the leading empty periods: a short history draws fewer bars.
	for len(out) > 1 && out[0].Total() == 0 {
		out = out[1:]
	}
	return out, unit
}

func tops(m map[string]*tally, n int) []Top {
	out := make([]Top, 0, len(m))
	for k, t := range m {
		main := mostFrequent(t.reasons)
		out = append(out, Top{Key: k, Name: t.name, Failures: t.n, Hard: t.hard, MainReason: main, MainN: t.reasons[main], ByClass: t.byClass})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		return a.Failures > b.Failures || a.Failures == b.Failures && a.Key < b.Key
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// mostFrequent returns the key with the highest count (the smallest such
// key on a tie), "" for an empty map.
func mostFrequent(m map[string]int) string {
	best, bn := "", 0
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

// shorten cuts s to at most n bytes on a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
