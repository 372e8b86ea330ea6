// Package incident groups the refusals of the sender — blocklists, poor
// reputation, rate limits, missing reverse DNS, failed SPF/DKIM/DMARC,
// content judged as spam — by receiving provider and reason, and reads in
// the diagnostics what they name: the blocklist, the sending IP, the
// provider's own code and the page where delisting is asked for.
//
// A dead address costs one recipient; a provider that blocks the sender
// costs every recipient there, and arrives as hundreds of "blocked" rows
// at once. An incident is such a group; a Threshold turns a large one into
// an alert that a nightly job can signal.
//
// # Memory
//
// A Tracker holds counts, not records: a group keeps at most MaxValues
// distinct values of each kind (domains, lists, IPs, codes, links), and
// at most MaxGroups groups exist; further refusals count in an "other"
// group per reason.
package incident

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/provider"
)

// SenderSide tells whether reason is a refusal of the sender rather than
// of the address: the sending IP or domain, its reputation, rate,
// authentication, reverse DNS, the envelope sender, or the content it
// sends. norelaying and securityerror are left out: they speak of the
// route or of the sender's own relay, not of a receiver refusing it.
func SenderSide(reason string) bool { return senderSide[reason] }

var senderSide = map[string]bool{
	"blocked": true, "badreputation": true, "ratelimited": true, "requireptr": true,
	"authfailure": true, "spamdetected": true, "virusdetected": true,
	"policyviolation": true, "rejected": true,
}

// DefaultThreshold is the number of refused recipients at which an
// incident becomes an alert when Options.Threshold is zero.
const DefaultThreshold = 10

// Limits on what a Tracker keeps (see the package doc).
const (
	MaxGroups  = 1000
	MaxValues  = 50
	maxExample = 600 // bytes of the example diagnostic kept
)

// Options configure a Tracker.
type Options struct {
	// Threshold is the number of refused recipients in one group that
	// makes it an alert: DefaultThreshold when 0, never when negative.
	Threshold int
	// Providers maps receiving domains to providers; provider.Default()
	// when nil.
	Providers *provider.Table
}

// Count is a value and how many refusals named it.
type Count struct {
	Value string
	N     int
}

// Incident is one group of refusals: one provider (or one receiving
// domain when no provider is known) and one reason.
type Incident struct {
	// Provider is the receiving provider, nil when the domain has none;
	// Key is the provider's ID, else the receiving domain, else "other".
	Provider *provider.Provider
	Key      string
	Reason   string
	Count    int  // refused recipients (records)
	Hard     int  // of which permanent (5.x.x)
	Alert    bool // Count reached the threshold

	Domains    []Count // receiving domains, most refused first
	Blocklists []Count
	IPs        []Count
	Codes      []Count
	Delist     []string // the distinct delisting pages, most cited first
	Statuses   []Count  // enhanced status codes (or reply codes)
	Rules      []Count  // the ids of the rules that decided, most first

	Example     string    // one diagnostic, cut to a few hundred bytes
	First, Last time.Time // the earliest and latest record dates; zero when none had one
}

// Name returns the provider's display name in lang, or the group key.
func (in *Incident) Name(lang string) string {
	if in.Provider != nil {
		return in.Provider.Name(lang)
	}
	return in.Key
}

// Line describes the incident on one line, for a log or a cron mail:
//
//	Microsoft Outlook / Office 365 blocked: 120 recipients (Spamhaus ZEN, S3150; IP 203.0.113.25)
func (in *Incident) Line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %d recipient", in.Name("en"), in.Reason, in.Count)
	if in.Count != 1 {
		b.WriteByte('s')
	}
	var what []string
	for _, c := range in.Blocklists {
		what = append(what, c.Value)
	}
	for _, c := range in.Codes {
		what = append(what, c.Value)
	}
	what = what[:min(len(what), 4)]
	ips := in.IPs[:min(len(in.IPs), 2)]
	if len(what) > 0 || len(ips) > 0 {
		b.WriteString(" (")
		b.WriteString(strings.Join(what, ", "))
		if len(ips) > 0 {
			if len(what) > 0 {
				b.WriteString("; ")
			}
			b.WriteString("IP ")
			for i, c := range ips {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(c.Value)
			}
		}
		b.WriteByte(')')
	}
	return b.String()
}

// Tracker collects the sender-side refusals of a run. It is not safe for
// concurrent use.
type Tracker struct {
	opts   Options
	groups map[groupKey]*group
}

type groupKey struct{ key, reason string }

type group struct {
	in                                                       Incident
	domains, blocklists, ips, codes, delist, statuses, rules counter
	delistURL                                                map[string]string // link key -> first full URL
}

// New returns an empty Tracker.
func New(opts Options) *Tracker {
	if opts.Providers == nil {
		opts.Providers = provider.Default()
	}
	if opts.Threshold == 0 {
		opts.Threshold = DefaultThreshold
	}
	return &Tracker{opts: opts, groups: make(map[groupKey]*group)}
}

// Threshold returns the alert threshold in force (negative: never).
func (t *Tracker) Threshold() int { return t.opts.Threshold }

// Add counts r when its reason is a sender-side refusal and ignores it
// otherwise. It reports whether r was counted.
func (t *Tracker) Add(r *classify.Record) bool {
	if !SenderSide(string(r.Reason)) {
		return false
	}
	domain := provider.DomainOf(r.Recipient)
	if domain == "" {
		domain = provider.DomainOf(r.OriginalRecipient)
	}
	// The remote MTA is the receiver's; the reporting MTA is often the
	// sender's own provider (Exmail, Aliyun, Office 365 for outbound mail)
	// and would put every refusal on it.
	p := t.opts.Providers.Of(domain, r.RemoteMTA)
	key := domain
	if p != nil {
		key = p.ID
	}
	if key == "" {
		key = "other"
	}
	k := groupKey{key, string(r.Reason)}
	g := t.groups[k]
	if g == nil {
		if len(t.groups) >= MaxGroups {
			k, p = groupKey{"other", string(r.Reason)}, nil
			g = t.groups[k]
		}
		if g == nil {
			g = &group{in: Incident{Provider: p, Key: k.key, Reason: string(r.Reason)}, delistURL: map[string]string{}}
			t.groups[k] = g
		}
	}
	g.add(r, domain)
	return true
}

func (g *group) add(r *classify.Record, domain string) {
	in := &g.in
	in.Count++
	if r.Hard {
		in.Hard++
	}
	if in.Example == "" && r.Diagnostic != "" {
		in.Example = cut(r.Diagnostic, maxExample)
	}
	if d, err := time.Parse(time.RFC3339, r.Date); err == nil {
		if in.First.IsZero() || d.Before(in.First) {
			in.First = d
		}
		if d.After(in.Last) {
			in.Last = d
		}
	}
	g.domains.add(domain)
	status := r.Status
	if status == "" {
		status = r.ReplyCode
	}
	g.statuses.add(status)
	g.rules.add(r.Rule)
	ev := Extract(r.Diagnostic)
	for _, v := range ev.Blocklists {
		g.blocklists.add(v)
	}
	for _, v := range ev.IPs {
		g.ips.add(v)
	}
	for _, v := range ev.Codes {
		g.codes.add(v)
	}
	for _, u := range ev.Delist {
		// 163's link carries a time per message: count by page.
		k := linkKey(u)
		if _, ok := g.delistURL[k]; !ok && len(g.delistURL) < MaxValues {
			g.delistURL[k] = u
		}
		g.delist.add(k)
	}
}

// Incidents returns the groups, alerts first, then by count (most first),
// then by key and reason.
func (t *Tracker) Incidents() []Incident {
	out := make([]Incident, 0, len(t.groups))
	for _, g := range t.groups {
		in := g.in
		in.Alert = t.opts.Threshold > 0 && in.Count >= t.opts.Threshold
		in.Domains = g.domains.sorted()
		in.Blocklists = g.blocklists.sorted()
		in.IPs = g.ips.sorted()
		in.Codes = g.codes.sorted()
		in.Statuses = g.statuses.sorted()
		in.Rules = g.rules.sorted()
		for _, c := range g.delist.sorted() {
			if u, ok := g.delistURL[c.Value]; ok {
				in.Delist = append(in.Delist, u)
			}
		}
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.Alert != b.Alert {
			return a.Alert
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		return a.Reason < b.Reason
	})
	return out
}

// Alerts returns the number of groups that reached the threshold.
func (t *Tracker) Alerts() int {
	n := 0
	for _, g := range t.groups {
		if t.opts.Threshold > 0 && g.in.Count >= t.opts.Threshold {
			n++
		}
	}
	return n
}

// counter counts at most MaxValues distinct values; the rest go uncounted
// by name (their refusals still count in the incident).
type counter struct{ m map[string]int }

func (c *counter) add(v string) {
	if v == "" {
		return
	}
	if c.m == nil {
		c.m = make(map[string]int)
	}
	if _, ok := c.m[v]; ok || len(c.m) < MaxValues {
		c.m[v]++
	}
}

func (c *counter) sorted() []Count {
	if len(c.m) == 0 {
		return nil
	}
	out := make([]Count, 0, len(c.m))
	for v, n := range c.m {
		out = append(out, Count{v, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// linkKey is a link without its scheme and query: the page it names.
func linkKey(u string) string {
	u = strings.ToLower(u)
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimSuffix(u, "/")
}

// cut shortens s to at most n bytes on a rune boundary, marking the cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
