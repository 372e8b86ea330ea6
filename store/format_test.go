package store

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Time{
		"2026-11-30":           time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC),
		"2026-11-30T08:00:00Z": time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC),
		"7d":                   now.Add(-7 * 24 * time.Hour),
		"0d":                   now,
	} {
		if got, err := ParseDate(in, now); err != nil || !got.Equal(want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "yesterday", "-3d", "2026-13-01", "30/11/2026"} {
		if _, err := ParseDate(in, now); err == nil {
			t.Errorf("ParseDate(%q): no error", in)
		}
	}
}

func TestWriteStats(t *testing.T) {
	rows := []StatsRow{{Key: "qq.com", Events: 3, Hard: 1, Soft: 2}, {Key: "=cmd", Events: 1, Sender: 1}}
	var b bytes.Buffer
	if err := WriteStats(&b, "txt", "domain", rows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 || !strings.Contains(lines[0], "DOMAIN") || strings.Join(strings.Fields(lines[3]), " ") != "total 4 1 2 0 1 0 0" {
		t.Errorf("txt:\n%s", b.String())
	}
	b.Reset()
	WriteStats(&b, "csv", "domain", rows)
	if b.String() != "domain,events,hard,soft,complaints,sender,message,ignored\nqq.com,3,1,2,0,0,0,0\n'=cmd,1,0,0,0,1,0,0\n" {
		t.Errorf("csv:\n%s", b.String())
	}
	b.Reset()
	WriteStats(&b, "json", "domain", rows[:1])
	if b.String() != `{"complaints":0,"domain":"qq.com","events":3,"hard":1,"ignored":0,"message":0,"sender":0,"soft":2}`+"\n" {
		t.Errorf("json:\n%s", b.String())
	}
}
