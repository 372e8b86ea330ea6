package suppress

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Event is what the policy needs of one record about an address.
type Event struct {
	Time         time.Time
	Reason       string
	Hard         bool   // the record's hard flag
	Action       string // failed, delayed, delivered, …
	Status       string // enhanced status code, 5.1.1
	ReplyCode    string // SMTP reply code, 550
	FeedbackType string // ARF feedback type, for complaints
	RemoteMTA    string // named in the verdict's why
}

// permanent tells whether the failure is final: the record says hard, or
// the status or, without one, the reply code is of class 5.
func (ev *Event) permanent() bool {
	if ev.Hard {
		return true
	}
	if ev.Status != "" {
		return strings.HasPrefix(ev.Status, "5")
	}
	return strings.HasPrefix(ev.ReplyCode, "5")
}

// OverrideKind is what an operator did to an address.
type OverrideKind string

// The overrides.
const (
	Add     OverrideKind = "add"     // suppress by hand, until released
	Release OverrideKind = "release" // stop suppressing; earlier events no longer count
)

// Override is an operator's decision about an address.
type Override struct {
	Time time.Time
	Kind OverrideKind
	Note string // the operator's reason, free text
}

// Kind says what caused a suppression.
type Kind string

// The kinds of suppression.
const (
	ByComplaint Kind = "complaint"
	ByHard      Kind = "hard"
	BySoft      Kind = "soft"
	ByHand      Kind = "manual"
)

// Verdict is the policy's decision about one address at one time.
type Verdict struct {
	Suppressed bool
	// The suppression (current, or the last one when it expired or was
	// released; zero when there was none).
	Kind  Kind
	Since time.Time // when it began
	Until time.Time // when it ends; zero: never
	Cause Event     // the event that caused it (not for ByHand)
	Note  string    // ByHand: the operator's reason
	// Score is the soft score at the time of the verdict, Days the soft
	// bounce days it counts.
	Score float64
	Days  int
	// Released is the time of the last release by hand, if any.
	Released time.Time
	// Why says it in one line: "suppressed: hard bounce userunknown on
	// 2026-11-30 from mx.example.com".
	Why string
}

// episode is one suppression while replaying the history.
type episode struct {
	kind         Kind
	since, until time.Time
	cause        Event
	note         string
	score        float64
	days         int
}

type countedDay struct {
	day    time.Time
	weight float64
}

// Evaluate replays the events and overrides of one address in time order
// (they need not be sorted) and returns the verdict at now. Events after
// now count as well: bounce dates come from other clocks.
func (p *Policy) Evaluate(events []Event, overrides []Override, now time.Time) Verdict {
	type item struct {
		t  time.Time
		ev *Event
		ov *Override
	}
	items := make([]item, 0, len(events)+len(overrides))
	for i := range events {
		items = append(items, item{t: events[i].Time, ev: &events[i]})
	}
	for i := range overrides {
		items = append(items, item{t: overrides[i].Time, ov: &overrides[i]})
	}
	// An override at the same instant as an event comes after it: a
	// release covers the events it was made on.
	sort.SliceStable(items, func(i, j int) bool {
		if !items[i].t.Equal(items[j].t) {
			return items[i].t.Before(items[j].t)
		}
		return items[i].ov == nil && items[j].ov != nil
	})

	var (
		cur, last *episode // cur: active; last: the latest one, even ended
		counted   []countedDay
		released  time.Time
		ended     string // why the last episode ended
	)
	expire := func(t time.Time) {
		if cur != nil && !cur.until.IsZero() && !t.Before(cur.until) {
			cur, counted, ended = nil, nil, "expired"
		}
	}
	for _, it := range items {
		expire(it.t)
		if ov := it.ov; ov != nil {
			switch ov.Kind {
			case Release:
				if cur != nil {
					ended = "released"
				}
				cur, counted, released = nil, nil, ov.Time
			case Add:
				cur = &episode{kind: ByHand, since: ov.Time, note: ov.Note}
				last = cur
			}
			continue
		}
		ev := it.ev
		switch p.Class(ev) {
		case Complaint, Hard:
			kind := ByHard
			if p.Class(ev) == Complaint {
				kind = ByComplaint
			}
			until := addDays(ev.Time, p.HardExpiryDays)
			switch {
			case cur == nil:
				cur = &episode{kind: kind, since: ev.Time, until: until, cause: *ev}
				last = cur
			case cur.kind == ByHand:
				// Stays suppressed by hand, without expiry.
			case cur.kind == BySoft:
				cur.kind, cur.cause, cur.until = kind, *ev, laterOrNever(cur.until, until)
			default:
				cur.until = laterOrNever(cur.until, until)
			}
		case Soft:
			day := ev.Time.UTC().Truncate(24 * time.Hour)
			if n := len(counted); n > 0 {
				if day.Equal(counted[n-1].day) {
					continue // once a day
				}
				if day.Sub(counted[n-1].day) > days(p.StaleAfterDays) {
					counted = counted[:0]
				}
			}
			keep := counted[:0]
			for _, c := range counted {
				if day.Sub(c.day) < days(p.WindowDays) {
					keep = append(keep, c)
				}
			}
			counted = append(keep, countedDay{day, p.weight(ev.Reason)})
			score := 0.0
			for _, c := range counted {
				score += c.weight
			}
			until := addDays(ev.Time, p.SoftExpiryDays)
			switch {
			case cur == nil && score >= p.Threshold:
				cur = &episode{kind: BySoft, since: ev.Time, until: until, cause: *ev, score: score, days: len(counted)}
				last = cur
			case cur != nil && cur.kind == BySoft:
				cur.until = laterOrNever(cur.until, until)
			}
		}
	}
	expire(now)

	v := Verdict{Released: released}
	// The score as it stands at now: nothing when stale.
	if n := len(counted); n > 0 && now.Sub(counted[n-1].day) <= days(p.StaleAfterDays+1) {
		for _, c := range counted {
			if now.Sub(c.day) < days(p.WindowDays+1) {
				v.Score += c.weight
				v.Days++
			}
		}
	}
	if last != nil {
		v.Kind, v.Since, v.Until, v.Cause, v.Note = last.kind, last.since, last.until, last.cause, last.note
	}
	switch {
	case cur != nil:
		v.Suppressed = true
		v.Why = "suppressed: " + describe(last)
		if !cur.until.IsZero() {
			v.Why += fmt.Sprintf("; until %s", day(cur.until))
		}
	case last != nil && ended == "released":
		v.Why = fmt.Sprintf("not suppressed: released by hand on %s (was %s)", day(released), describe(last))
	case last != nil && ended == "expired":
		v.Why = fmt.Sprintf("not suppressed: %s expired on %s", describe(last), day(last.until))
	case !released.IsZero():
		v.Why = fmt.Sprintf("not suppressed: released by hand on %s", day(released))
	default:
		v.Why = "not suppressed"
	}
	if !v.Suppressed && v.Days > 0 {
		v.Why += fmt.Sprintf("; soft score %s of %s", num(v.Score), num(p.Threshold))
	}
	return v
}

func describe(e *episode) string {
	var s string
	switch e.kind {
	case ByHand:
		s = "added by hand on " + day(e.since)
		if e.note != "" {
			s += " (" + e.note + ")"
		}
		return s
	case ByComplaint:
		s = "complaint"
		if e.cause.FeedbackType != "" {
			s += " (" + e.cause.FeedbackType + ")"
		}
		s += " on " + day(e.cause.Time)
	case ByHard:
		s = fmt.Sprintf("hard bounce %s on %s", e.cause.Reason, day(e.cause.Time))
	case BySoft:
		s = fmt.Sprintf("%d soft bounce days (score %s), the last %s on %s", e.days, num(e.score), e.cause.Reason, day(e.cause.Time))
	}
	if e.cause.RemoteMTA != "" {
		s += " from " + e.cause.RemoteMTA
	}
	return s
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }

func num(f float64) string { return fmt.Sprintf("%g", f) }

func addDays(t time.Time, n int) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return t.Add(days(n))
}

// laterOrNever is the later end of two; zero (never) wins.
func laterOrNever(a, b time.Time) time.Time {
	if a.IsZero() || b.IsZero() {
		return time.Time{}
	}
	if a.After(b) {
		return a
	}
	return b
}
