package parser

import (
	"net/mail"
	"strings"
	"testing"
	"time"
)

// slowParseDate is parseDate without its fast paths.
func slowParseDate(s string) time.Time {
	if t, err := mail.ParseDate(s); err == nil {
		return t
	}
	s = strings.TrimSpace(stripComments(s))
	if s == "" {
		return time.Time{}
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Sat, 21 Jun 2014 18:35:16 +0000 (UTC)", "Sat, 21 Jun 2014 18:35:16 +0000", "21 Jun 2014 18:35:16 +0000", "Sat, 31 Feb 2014 18:35:16 +0000", "Thu, 20 Nov 1997 09:55:06 MDT", "Sat, 21 Jun 2014 18:35:16 -0500 (x (y) \\) z", "Mon, 2 Jan 06 15:04:05 -0700", "  ", "", "Sat, 21 Jun 2014 18:35 +0000", "sat, 21 jun 2014 18:35:16 +0000 junk", "Sat, 21 Jun 2014 18:35:16 +0000\r\n (c)", "Sat, 21 Jun 2014 18:35:16 +00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := parseDate(s), slowParseDate(s)
		if !got.Equal(want) || got.String() != want.String() {
			t.Fatalf("parseDate(%q) = %v, want %v", s, got, want)
		}
	})
}
