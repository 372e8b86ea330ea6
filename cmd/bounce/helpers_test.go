package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// dsnWithRecipients is a delivery report failing n recipients
// (u0@example.net …), for tests of the recipient limit.
func dsnWithRecipients(n int) []byte {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@example.org\nTo: s@example.com\nSubject: Undelivered Mail\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=x\n\n" +
		"--x\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Final-Recipient: rfc822; u%d@example.net\nAction: failed\nStatus: 5.1.1\n\n", i)
	}
	b.WriteString("--x--\n")
	return []byte(b.String())
}

// sameRecords reports the first record where got and want part.
func sameRecords[T any](t *testing.T, got, want []T) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	t.Errorf("%d records, want %d", len(got), len(want))
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("record %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// cmdCase is a command line and what it must give: the exit code and
// substrings of stdout and stderr.
type cmdCase struct {
	name           string
	args           []string
	code           int
	stdout, stderr string
}

// runCmdCases runs each case as a subtest.
func runCmdCases(t *testing.T, cases []cmdCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			mustContain(t, "stdout", r.stdout, tt.stdout)
			mustContain(t, "stderr", r.stderr, tt.stderr)
		})
	}
}
