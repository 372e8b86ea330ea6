package suppress

import (
	"strings"
	"testing"
	"time"
)

// t0 is the fake clock's start; at(d, h) is d days and h hours later.
var t0 = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)

func at(d, h int) time.Time {
	return t0.Add(time.Duration(d)*24*time.Hour + time.Duration(h)*time.Hour)
}

func failed(d int, reason, status string) Event {
	return Event{Time: at(d, 0), Reason: reason, Action: "failed", Status: status,
		Hard:      strings.HasPrefix(status, "5.") && (reason == "userunknown" || reason == "hostunknown" || reason == "hasmoved" || reason == "notaccept"),
		RemoteMTA: "mx.example.com"}
}

// softDays is one soft bounce of reason on each of the given days.
func softDays(reason string, ds ...int) []Event {
	var evs []Event
	for _, d := range ds {
		evs = append(evs, failed(d, reason, "4.2.2"))
	}
	return evs
}

func TestEvaluate(t *testing.T) {
	p := Default()
	tests := []struct {
		name       string
		events     []Event
		overrides  []Override
		now        time.Time
		suppressed bool
		kind       Kind
		why        string
	}{
		{"no events", nil, nil, at(1, 0), false, "", "not suppressed"},
		{"hard userunknown at once", []Event{failed(0, "userunknown", "5.1.1")}, nil, at(1, 0), true, ByHard,
			"suppressed: hard bounce userunknown on 2026-11-01 from mx.example.com; until 2027-11-01"},
		{"hard hostunknown", []Event{failed(0, "hostunknown", "5.1.2")}, nil, at(1, 0), true, ByHard, "hard bounce hostunknown"},
		{"hard hasmoved", []Event{failed(0, "hasmoved", "5.1.6")}, nil, at(1, 0), true, ByHard, "hasmoved"},
		{"hard notaccept", []Event{failed(0, "notaccept", "5.1.10")}, nil, at(1, 0), true, ByHard, "notaccept"},
		{"provider suppression list 5.x", []Event{{Time: at(0, 0), Reason: "suppressed", Action: "failed", Status: "5.1.1"}}, nil, at(1, 0), true, ByHard, "hard bounce suppressed"},
		{"userunknown 4.x.x is soft, once", []Event{failed(0, "userunknown", "4.1.1")}, nil, at(1, 0), false, "", "soft score 1 of 5"},
		{"hard by reply code alone", []Event{{Time: at(0, 0), Reason: "userunknown", Action: "failed", ReplyCode: "550"}}, nil, at(1, 0), true, ByHard, "userunknown"},
		{"complaint at once", []Event{{Time: at(0, 0), Reason: "feedback", FeedbackType: "abuse"}}, nil, at(1, 0), true, ByComplaint,
			"suppressed: complaint (abuse) on 2026-11-01"},
		{"not-spam feedback is no complaint", []Event{{Time: at(0, 0), Reason: "feedback", FeedbackType: "not-spam"}}, nil, at(1, 0), false, "", "not suppressed"},
		{"five soft days suppress", softDays("mailboxfull", 0, 1, 2, 3, 4), nil, at(5, 0), true, BySoft,
			"suppressed: 5 soft bounce days (score 5), the last mailboxfull on 2026-11-05 from mx.example.com; until 2027-02-03"},
		{"four soft days do not", softDays("mailboxfull", 0, 1, 2, 3), nil, at(4, 0), false, "", "soft score 4 of 5"},
		{"soft counts once a day", append(softDays("mailboxfull", 0, 0, 0, 0, 0), failed(0, "suspend", "5.2.1")), nil, at(0, 5), false, "", "soft score 1 of 5"},
		{"each soft reason counts", []Event{failed(0, "suspend", "5.2.1"), failed(1, "systemfull", "4.3.1"), failed(2, "expired", "4.4.7"),
			failed(3, "systemerror", "4.3.0"), failed(4, "filtered", "5.2.0")}, nil, at(5, 0), true, BySoft, "the last filtered"},
		{"unknown causes count", []Event{failed(0, "undefined", "5.0.0"), failed(1, "onhold", ""), failed(2, "mailererror", ""),
			failed(3, "networkerror", "4.4.1"), failed(4, "undefined", "")}, nil, at(5, 0), true, BySoft, ""},
		{"stale gap resets", softDays("mailboxfull", 0, 1, 2, 3, 12), nil, at(12, 1), false, "", "soft score 1 of 5"},
		{"gaps within stale still count", softDays("mailboxfull", 0, 7, 14, 21, 28), nil, at(28, 1), true, BySoft, ""},
		{"a gap of eight days resets", softDays("mailboxfull", 0, 7, 14, 21, 30), nil, at(30, 1), false, "", "soft score 1 of 5"},
		{"stale score shows zero", softDays("mailboxfull", 0, 1), nil, at(20, 0), false, "", "not suppressed"},
		{"soft expires after 90 days", softDays("mailboxfull", 0, 1, 2, 3, 4), nil, at(95, 0), false, BySoft,
			"not suppressed: 5 soft bounce days (score 5), the last mailboxfull on 2026-11-05 from mx.example.com expired on 2027-02-03"},
		{"soft still suppressed at day 93", softDays("mailboxfull", 0, 1, 2, 3, 4), nil, at(93, 0), true, BySoft, ""},
		{"hard expires after 365 days", []Event{failed(0, "userunknown", "5.1.1")}, nil, at(366, 0), false, ByHard, "expired on 2027-11-01"},
		{"a later hard bounce extends", []Event{failed(0, "userunknown", "5.1.1"), failed(300, "userunknown", "5.1.1")}, nil, at(400, 0), true, ByHard,
			"hard bounce userunknown on 2026-11-01"},
		{"after expiry a new hard starts anew", []Event{failed(0, "userunknown", "5.1.1"), failed(400, "userunknown", "5.1.1")}, nil, at(401, 0), true, ByHard,
			"on 2027-12-06"},
		{"hard upgrades soft", append(softDays("mailboxfull", 0, 1, 2, 3, 4), failed(5, "userunknown", "5.1.1")), nil, at(6, 0), true, ByHard, "hard bounce userunknown on 2026-11-06"},
		{"delays never count", []Event{{Time: at(0, 0), Reason: "mailboxfull", Action: "delayed", Status: "4.2.2"}, {Time: at(1, 0), Reason: "userunknown", Action: "delayed", Status: "5.1.1", Hard: true}},
			nil, at(2, 0), false, "", "not suppressed"},
		{"delivery reports never count", []Event{{Time: at(0, 0), Reason: "delivered", Action: "delivered", Status: "2.0.0"}, {Time: at(0, 0), Reason: "userunknown", Action: "relayed"}},
			nil, at(1, 0), false, "", "not suppressed"},
		{"auto-replies never count", []Event{{Time: at(0, 0), Reason: "vacation"}, {Time: at(1, 0), Reason: "vacation"}, {Time: at(2, 0), Reason: "vacation"},
			{Time: at(3, 0), Reason: "vacation"}, {Time: at(4, 0), Reason: "vacation"}}, nil, at(5, 0), false, "", "not suppressed"},
		{"manual add", nil, []Override{{Time: at(0, 0), Kind: Add, Note: "asked by phone"}}, at(1000, 0), true, ByHand,
			"suppressed: added by hand on 2026-11-01 (asked by phone)"},
		{"release ends a hard suppression", []Event{failed(0, "userunknown", "5.1.1")}, []Override{{Time: at(2, 0), Kind: Release}}, at(3, 0), false, ByHard,
			"not suppressed: released by hand on 2026-11-03 (was hard bounce userunknown"},
		{"release remembered: soft starts from zero", softDays("mailboxfull", 0, 1, 2, 3, 4, 5, 6, 7), []Override{{Time: at(5, 1), Kind: Release}}, at(7, 1), false, BySoft, "soft score 2 of 5"},
		{"a hard bounce after release suppresses again", []Event{failed(0, "userunknown", "5.1.1"), failed(10, "userunknown", "5.1.1")}, []Override{{Time: at(2, 0), Kind: Release}}, at(11, 0), true, ByHard,
			"on 2026-11-11"},
		{"release at the instant of the event covers it", []Event{failed(2, "userunknown", "5.1.1")}, []Override{{Time: at(2, 0), Kind: Release}}, at(3, 0), false, ByHard, "released by hand on 2026-11-03"},
		{"add after release", []Event{failed(0, "userunknown", "5.1.1")}, []Override{{Time: at(1, 0), Kind: Release}, {Time: at(2, 0), Kind: Add}}, at(3, 0), true, ByHand, "added by hand on 2026-11-03"},
		{"unsorted input", []Event{failed(4, "mailboxfull", "4.2.2"), failed(0, "mailboxfull", "4.2.2"), failed(2, "mailboxfull", "4.2.2"),
			failed(1, "mailboxfull", "4.2.2"), failed(3, "mailboxfull", "4.2.2")}, nil, at(5, 0), true, BySoft, "on 2026-11-05"},
		{"future-dated events count", []Event{failed(10, "userunknown", "5.1.1")}, nil, at(0, 0), true, ByHard, ""},
	}
	// Every sender-side and message-side reason, five days running, leaves
	// the address alone.
	for _, reason := range []string{"blocked", "badreputation", "authfailure", "requireptr", "spamdetected",
		"ratelimited", "norelaying", "securityerror", "failedstarttls", "policyviolation", "rejected",
		"syntaxerror", "emailtoolarge", "contenterror", "notcompliantrfc", "virusdetected"} {
		evs := softDays(reason, 0, 1, 2, 3, 4)
		for i := range evs {
			evs[i].Status = "5.7.1"
		}
		tests = append(tests, struct {
			name       string
			events     []Event
			overrides  []Override
			now        time.Time
			suppressed bool
			kind       Kind
			why        string
		}{"never counts " + reason, evs, nil, at(5, 0), false, "", "not suppressed"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := p.Evaluate(tt.events, tt.overrides, tt.now)
			if v.Suppressed != tt.suppressed || v.Kind != tt.kind {
				t.Errorf("suppressed %v kind %q, want %v %q (why: %s)", v.Suppressed, v.Kind, tt.suppressed, tt.kind, v.Why)
			}
			if !strings.Contains(v.Why, tt.why) {
				t.Errorf("why %q, want it to contain %q", v.Why, tt.why)
			}
			if strings.HasPrefix(v.Why, "suppressed") != tt.suppressed {
				t.Errorf("why %q does not match suppressed=%v", v.Why, tt.suppressed)
			}
		})
	}
}

func TestEveryReasonHasAClass(t *testing.T) {
	// The vocabulary of shared/reasons.md; a reason missing here would
	// silently count as soft.
	for _, r := range []string{"userunknown", "hostunknown", "hasmoved", "notaccept", "mailboxfull",
		"emailtoolarge", "suspend", "systemfull", "systemerror", "mailererror",
		"networkerror", "expired", "ratelimited", "blocked", "requireptr",
		"badreputation", "authfailure", "spamdetected", "virusdetected",
		"policyviolation", "contenterror", "notcompliantrfc", "securityerror",
		"failedstarttls", "norelaying", "rejected", "filtered", "syntaxerror",
		"suppressed", "onhold", "undefined", "delivered", "vacation", "feedback"} {
		if _, ok := Default().Classes[r]; !ok {
			t.Errorf("reason %s has no class", r)
		}
	}
}

func TestWeights(t *testing.T) {
	p := Default()
	p.Weights["suspend"] = 2.5
	v := p.Evaluate(softDays("suspend", 0, 1), nil, at(2, 0))
	if !v.Suppressed || v.Kind != BySoft {
		t.Fatalf("two days of weight 2.5 should reach 5: %s", v.Why)
	}
	p.Weights["mailboxfull"] = 0
	if v := p.Evaluate(softDays("mailboxfull", 0, 1, 2, 3, 4, 5, 6), nil, at(7, 0)); v.Suppressed {
		t.Fatalf("weight 0 should never suppress: %s", v.Why)
	}
}

func TestLoad(t *testing.T) {
	p, err := Load(strings.NewReader("threshold: 3\nwindow_days: 10\nclasses:\n  filtered: sender\nweights:\n  suspend: 2\n"), "policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Threshold != 3 || p.WindowDays != 10 || p.StaleAfterDays != 7 || p.HardExpiryDays != 365 {
		t.Errorf("scalars: %+v", p)
	}
	if p.Classes["filtered"] != Sender || p.Classes["userunknown"] != Hard || p.Weights["suspend"] != 2 {
		t.Errorf("tables not merged over the defaults: filtered %q userunknown %q suspend %v", p.Classes["filtered"], p.Classes["userunknown"], p.Weights["suspend"])
	}
	if v := p.Evaluate(softDays("mailboxfull", 0, 1, 2), nil, at(3, 0)); !v.Suppressed {
		t.Errorf("threshold 3 not applied: %s", v.Why)
	}
	empty, err := Load(strings.NewReader(""), "empty.yaml")
	if err != nil || empty.Threshold != 5 {
		t.Errorf("empty file: %v %+v", err, empty)
	}
	for _, bad := range []struct{ in, want string }{
		{"threshold: 0\n", "threshold"},
		{"classes:\n  blocked: sometimes\n", `unknown class "sometimes"`},
		{"weights:\n  suspend: -1\n", "suspend: -1: want a number of 0 or more"},
		{"weights:\n  suspend: .nan\n", "suspend: NaN"},
		{"threshold: .nan\n", "threshold NaN"},
		{"soft_expiry_days: -2\n", "soft_expiry_days"},
		{"window_days: 99999999\n", "window_days 99999999: want 0 to 36500 days"},
		{"tresh: 3\n", "tresh"},
	} {
		_, err := Load(strings.NewReader(bad.in), "bad.yaml")
		if err == nil || !strings.Contains(err.Error(), bad.want) || !strings.Contains(err.Error(), "bad.yaml") {
			t.Errorf("%q: error %v, want one naming bad.yaml and %q", bad.in, err, bad.want)
		}
	}
}

func TestZeroExpiryNeverEnds(t *testing.T) {
	p := Default()
	p.HardExpiryDays = 0
	if v := p.Evaluate([]Event{failed(0, "userunknown", "5.1.1")}, nil, at(5000, 0)); !v.Suppressed || !v.Until.IsZero() {
		t.Errorf("hard_expiry_days 0 should never expire: %s", v.Why)
	}
}

func TestWindow(t *testing.T) {
	p := Default()
	p.WindowDays, p.Threshold = 10, 3
	if v := p.Evaluate(softDays("mailboxfull", 0, 4, 8), nil, at(8, 1)); !v.Suppressed {
		t.Errorf("three days within ten should suppress: %s", v.Why)
	}
	v := p.Evaluate(softDays("mailboxfull", 0, 5, 10), nil, at(10, 1))
	if v.Suppressed || !strings.Contains(v.Why, "soft score 2 of 3") {
		t.Errorf("day 0 should have left the window by day 10: %s", v.Why)
	}
}

// FuzzLoad: any input either fails with an error naming the file or
// gives a policy that validates and evaluates without panicking.
func FuzzLoad(f *testing.F) {
	f.Add("threshold: 3\nwindow_days: 10\nclasses:\n  filtered: sender\nweights:\n  suspend: 2\n")
	f.Add("hard_expiry_days: 0\nsoft_expiry_days: 0\n")
	f.Add("classes: [1, 2]\n")
	f.Add("threshold: .inf\n")
	f.Fuzz(func(t *testing.T, in string) {
		p, err := Load(strings.NewReader(in), "fuzz.yaml")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("Load returned a policy that does not validate: %v", err)
		}
		p.Evaluate(append(softDays("mailboxfull", 0, 1, 2, 3, 4, 5), failed(6, "userunknown", "5.1.1")),
			[]Override{{Time: at(3, 0), Kind: Release}}, at(7, 0))
	})
}
