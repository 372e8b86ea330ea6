package store

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/bounce-analyzer/bounce/suppress"
)

// Grouping is what Stats counts by.
type Grouping string

// The groupings.
const (
	ByDay      Grouping = "day"
	ByDomain   Grouping = "domain"
	ByProvider Grouping = "provider"
	ByReason   Grouping = "reason"
	ByCampaign Grouping = "campaign" // the campaign the returned mail names
	ByList     Grouping = "list"     // its List-Id
)

// StatsOptions selects what Stats counts.
type StatsOptions struct {
	Since time.Time // events at or after it (zero: all)
	By    Grouping  // ByDay when empty
	// Provider names the provider of a receiving domain, for ByProvider;
	// nil groups by domain.
	Provider func(domain string) string
}

// StatsRow counts the events of one group by what the policy makes of
// them.
type StatsRow struct {
	Key        string // the day (2006-01-02), domain, provider, reason, campaign or list; "(none)" for none
	Events     int
	Hard       int // suppress at once: permanent recipient-side failures
	Soft       int // count towards a suppression
	Complaints int
	Sender     int // the sender's fault: blocks, reputation, authentication …
	Message    int // the message's fault: size, content
	Ignored    int // delays, delivery reports, auto-replies
}

// Stats counts the stored events per group, in key order.
func (s *Store) Stats(ctx context.Context, opt StatsOptions) ([]StatsRow, error) {
	key := map[Grouping]string{ByDay: "at / 86400", ByDomain: "domain", ByProvider: "domain", ByReason: "reason",
		ByCampaign: "campaign", ByList: "list_id", "": "at / 86400"}[opt.By]
	if key == "" {
		return nil, fmt.Errorf("stats: unknown grouping %q (want day, domain, provider, reason, campaign or list)", opt.By)
	}
	rows, err := s.db.QueryContext(ctx, s.d.q(`SELECT `+key+` AS k, reason, hard, action, status, reply_code, feedback_type, COUNT(*)
		FROM events WHERE at >= ? GROUP BY k, reason, hard, action, status, reply_code, feedback_type`), unixOrZero(opt.Since))
	if err != nil {
		return nil, s.errorf(fmt.Errorf("counting events: %w", err))
	}
	defer rows.Close()
	groups := map[string]*StatsRow{}
	for rows.Next() {
		var (
			k    any
			ev   suppress.Event
			hard int
			n    int
		)
		if err := rows.Scan(&k, &ev.Reason, &hard, &ev.Action, &ev.Status, &ev.ReplyCode, &ev.FeedbackType, &n); err != nil {
			return nil, s.errorf(fmt.Errorf("counting events: %w", err))
		}
		ev.Hard = hard != 0
		name := groupName(opt, k)
		g := groups[name]
		if g == nil {
			g = &StatsRow{Key: name}
			groups[name] = g
		}
		g.Events += n
		switch s.policy.Class(&ev) {
		case suppress.Hard:
			g.Hard += n
		case suppress.Soft:
			g.Soft += n
		case suppress.Complaint:
			g.Complaints += n
		case suppress.Sender:
			g.Sender += n
		case suppress.Message:
			g.Message += n
		default:
			g.Ignored += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.errorf(fmt.Errorf("counting events: %w", err))
	}
	out := make([]StatsRow, 0, len(groups))
	for _, g := range groups {
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

func groupName(opt StatsOptions, k any) string {
	switch opt.By {
	case ByDay, "":
		var d int64
		switch v := k.(type) {
		case int64:
			d = v
		case float64:
			d = int64(v)
		}
		return time.Unix(d*86400, 0).UTC().Format("2006-01-02")
	}
	var name string
	switch v := k.(type) {
	case string:
		name = v
	case []byte:
		name = string(v)
	}
	if opt.By == ByProvider && opt.Provider != nil {
		name = opt.Provider(name)
	}
	if name == "" {
		name = "(none)"
	}
	return name
}
