package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nestedBounce returns a DSN whose delivery report sits inside depth
// levels of multipart/mixed.
func nestedBounce(depth int) string {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@mx.example.org\r\nTo: sender@example.com\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n")
	for i := 0; i < depth; i++ {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
	}
	b.WriteString("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n" +
		"--r\r\nContent-Type: text/plain\r\n\r\nThe mail system: <nobody@example.net>: host mx.example.net said: 550 5.1.1 User unknown\r\n" +
		"--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; nobody@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n--r--\r\n")
	for i := depth - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "--b%d--\r\n", i)
	}
	return b.String()
}

// manyRecipients returns a DSN with n failed recipients.
func manyRecipients(n int) string {
	var b strings.Builder
	b.WriteString("From: MAILER-DAEMON@mx.example.org\r\nTo: sender@example.com\r\n" +
		"Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n" +
		"--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n" +
		"--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "\r\nFinal-Recipient: rfc822; user%d@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n", i)
	}
	b.WriteString("\r\n--r--\r\n")
	return b.String()
}

// TestAnalyzeLimitFlags runs analyze through run() with the limit flags:
// a limit that is hit is named on stderr as "SOURCE: warning: …", the run
// goes on and exits 0; bad values are usage errors.
func TestAnalyzeLimitFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	nested := write("nested.eml", nestedBounce(6))
	many := write("many.eml", manyRecipients(50))
	long := write("long.eml", strings.Replace(nestedBounce(0), "User unknown\r\n--r",
		"User unknown\r\n"+strings.Repeat("padding line\r\n", 1000)+"--r", 1))

	tests := []struct {
		name    string
		args    []string
		code    int
		stdout  string // substring of stdout
		warning string // substring of stderr; "" for none
	}{
		{"deep enough", []string{"--max-depth", "16", nested}, 0, "nobody@example.net", ""},
		{"nested deeper than --max-depth", []string{"--max-depth", "3", nested}, 0, "", nested + ": warning: MIME parts nested deeper than 3"},
		{"default depth", []string{nested}, 0, "nobody@example.net", ""},
		{"recipients within limit", []string{many}, 0, "user49@example.net", ""},
		{"more than --max-recipients", []string{"--max-recipients", "10", many}, 0, "user9@example.net", many + ": warning: more than 10 recipients"},
		{"more than --max-parts", []string{"--max-parts", "2", nested}, 0, "", nested + ": warning: more than 2 MIME parts"},
		{"text part within limit", []string{long}, 0, "nobody@example.net", ""},
		{"text part longer than --max-text-bytes", []string{"--max-text-bytes", "4K", long}, 0, "", long + ": warning: a part longer than 4096 bytes"},
		{"bad --max-depth", []string{"--max-depth", "0", nested}, 2, "", "bad --max-depth 0"},
		{"bad --max-parts", []string{"--max-parts", "-1", nested}, 2, "", "bad --max-parts -1"},
		{"bad --max-recipients", []string{"--max-recipients", "0", nested}, 2, "", "bad --max-recipients 0"},
		{"bad --max-header-bytes", []string{"--max-header-bytes", "0", nested}, 2, "", "bad --max-header-bytes"},
		{"bad --max-text-bytes", []string{"--max-text-bytes", "lots", nested}, 2, "", "max-text-bytes"},
		{"--max-header-bytes with suffix", []string{"--max-header-bytes", "64K", nested}, 0, "nobody@example.net", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb strings.Builder
			args := append([]string{"analyze", "--format", "json", "-q"}, tt.args...)
			code := run(args, strings.NewReader(""), &out, &errb)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, tt.code, errb.String())
			}
			if tt.stdout != "" && !strings.Contains(out.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out.String())
			}
			if tt.warning != "" && !strings.Contains(errb.String(), tt.warning) {
				t.Errorf("stderr lacks %q:\n%s", tt.warning, errb.String())
			}
			if tt.warning == "" && strings.Contains(errb.String(), "warning") {
				t.Errorf("unexpected warning:\n%s", errb.String())
			}
		})
	}
}

// TestAnalyzeHelpShowsLimits checks that --help names every limit flag
// with its default.
func TestAnalyzeHelpShowsLimits(t *testing.T) {
	r := runCmd(t, "analyze", "--help")
	for _, want := range []string{
		"--max-size SIZE", "(default 64MiB)",
		"--max-depth N", "(default 32)",
		"--max-parts N", "(default 1000)",
		"--max-recipients N", "(default 10000)",
		"--max-header-bytes SIZE", "--max-text-bytes SIZE", "(default 1MiB)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("analyze --help lacks %q", want)
		}
	}
}
