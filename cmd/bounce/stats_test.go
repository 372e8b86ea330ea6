package main

import (
	"strings"
	"testing"
)

func TestStats(t *testing.T) {
	flags := samplesStore(t)
	r := runStoreCmd(t, runStats, append([]string{"--by", "reason", "--format", "csv"}, flags...)...)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if lines[0] != "reason,events,hard,soft,complaints,sender,message,ignored" {
		t.Errorf("header %q", lines[0])
	}
	rows := map[string]string{}
	for _, l := range lines[1:] {
		k, v, _ := strings.Cut(l, ",")
		rows[k] = v
	}
	// Rate limits are all the sender's (or delays), never the address's.
	if v := rows["ratelimited"]; v == "" || !strings.Contains(v, ",0,0,0,") {
		t.Errorf("ratelimited row %q", v)
	}
	if v := rows["userunknown"]; v == "" || strings.HasPrefix(strings.SplitN(v, ",", 3)[1], "0") {
		t.Errorf("userunknown row %q has no hard bounce", v)
	}
	// Grouping by provider uses the provider table; a domain of no known
	// provider stands for itself.
	r = runStoreCmd(t, runStats, append([]string{"--by", "provider"}, flags...)...)
	if r.code != exitOK || !strings.Contains(r.stdout, "QQ Mail") || !strings.Contains(r.stdout, "NetEase") || strings.Contains(r.stdout, " 163.com ") || !strings.Contains(r.stdout, "example.net") || !strings.Contains(r.stdout, "total") {
		t.Errorf("by provider: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	old := providerOf
	providerOf = func(d string) string {
		if d == "163.com" || d == "126.com" || d == "yeah.net" {
			return "NetEase"
		}
		return d
	}
	defer func() { providerOf = old }()
	r = runStoreCmd(t, runStats, append([]string{"--by", "provider", "--format", "json"}, flags...)...)
	if !strings.Contains(r.stdout, `"provider":"NetEase"`) || strings.Contains(r.stdout, `"provider":"126.com"`) {
		t.Errorf("provider grouping:\n%s", r.stdout)
	}
	// By day, since a day: only the days from then on.
	r = runStoreCmd(t, runStats, append([]string{"--since", "2023-11-20"}, flags...)...)
	if r.code != exitOK || strings.Contains(r.stdout, "2023-11-19") || !strings.Contains(r.stdout, "2023-11-20") {
		t.Errorf("by day since 2023-11-20:\n%s", r.stdout)
	}
	if r := runStoreCmd(t, runStats, append([]string{"--by", "colour"}, flags...)...); r.code != exitUsage {
		t.Errorf("bad --by: %d", r.code)
	}
}
