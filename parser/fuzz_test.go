package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// seedCorpus adds a sample of the real bounces in testdata as seeds.
func seedCorpus(f *testing.F, max int) {
	names, _ := filepath.Glob("../testdata/sisimai-set/eml/*.eml")
	for i, n := range names {
		if i%(len(names)/max+1) != 0 {
			continue
		}
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
}

func FuzzParse(f *testing.F) {
	seedCorpus(f, 60)
	f.Add([]byte("From: a@b.c\n\nhello"))
	f.Add([]byte("Content-Type: multipart/report; boundary=x\n\n--x\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@b.c\n--x--"))
	lim := Limits{MaxBytes: 1 << 20, MaxDepth: 8, MaxParts: 64, MaxRecipients: 64, MaxTextBytes: 64 << 10}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseWithLimits(bytes.NewReader(b), lim)
		if err != nil {
			return
		}
		if len(m.Recipients) > lim.MaxRecipients+1 {
			t.Fatalf("%d recipients past the limit of %d", len(m.Recipients), lim.MaxRecipients)
		}
	})
}

func FuzzParseDSN(f *testing.F) {
	f.Add([]byte("Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; a@b.c\nAction: failed\nStatus: 5.1.1\n"))
	f.Add([]byte("final-recipient: rfc822;<x@y.z>\n  (comment)\nAction: delayed (\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseDSN(bytes.NewReader(b), 100)
		if err == nil && len(d.Recipients) > 100 {
			t.Fatalf("%d recipients past the limit", len(d.Recipients))
		}
		for _, g := range d.Recipients {
			recipientOf(g, "")
		}
	})
}
