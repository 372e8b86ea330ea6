package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseCase parses a sample of testdata/parser-cases, written for one
// class of input the parser once got wrong.
func parseCase(t *testing.T, name string) *Message {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "parser-cases", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Parse(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// addresses lists the recipients' addresses.
func addresses(m *Message) string {
	var a []string
	for _, r := range m.Recipients {
		a = append(a, r.Address)
	}
	return strings.Join(a, " ")
}

// Real messages may begin with empty lines or lines of spaces (an
// archiver's padding): they are skipped, also before an mbox "From " line.
func TestLeadingBlankLines(t *testing.T) {
	for name, want := range map[string]string{
		"leading-blank-lines-postfix.eml": "jkowalski@example.net",
		"leading-spaces-mbox-exim.eml":    "m.dubois@example.fr",
	} {
		m := parseCase(t, name)
		if m.Kind != Bounce || addresses(m) != want || m.Recipients[0].Command != "RCPT" {
			t.Errorf("%s: kind %v recipients %q %+v", name, m.Kind, addresses(m), m.Recipients)
		}
	}
}

// Ordinary mail is no bounce and no auto-reply, whatever product banner
// (Exchange 5.5's "Internet Mail Service"), display name ("Postmaster"),
// product name in the text ("Lotus Notes"), subject ("Out of office: …")
// or talk of quotas it carries; uuencoded data holds no addresses.
func TestOrdinaryMailIsNoBounce(t *testing.T) {
	names, _ := filepath.Glob(filepath.Join("..", "testdata", "parser-cases", "ordinary-*.eml"))
	if len(names) < 5 {
		t.Fatalf("%d ordinary samples", len(names))
	}
	for _, n := range names {
		m := parseCase(t, filepath.Base(n))
		if m.Kind != NotBounce || len(m.Recipients) != 0 {
			t.Errorf("%s: kind %v recipients %q", filepath.Base(n), m.Kind, addresses(m))
		}
	}
	m := parseCase(t, "autoreply-out-of-office-exchange.eml")
	if m.Kind != AutoReply || addresses(m) != "jorge.ruiz@example.es" {
		t.Errorf("auto-reply: kind %v recipients %q", m.Kind, addresses(m))
	}
}

// Amazon SES events that SNS delivers by mail come inside an SNS envelope,
// the SES JSON escaped as its Message string (pretty-printed by SNS
// itself, or compact when a webhook relay forwards it).
func TestSESInSNSEnvelope(t *testing.T) {
	m := parseCase(t, "ses-bounce-in-sns-envelope.eml")
	if m.Kind != Bounce || addresses(m) != "olga.petrova@example.ru" || m.Recipients[0].Status != "5.1.1" ||
		m.Original.Subject != "November newsletter" || m.Vendor != "amazonses" {
		t.Errorf("SNS bounce: %+v", m)
	}
	m = parseCase(t, "ses-complaint-in-sns-envelope.eml")
	if m.Kind != Feedback || addresses(m) != "tom.baker@example.co.uk" || m.FeedbackType != "abuse" {
		t.Errorf("SNS complaint: %+v", m)
	}
}

// Mobile carriers' mail gateways answer from post_master@ with a reply
// subject ("Re: …") and "Error message below:" before the server's reply.
func TestCarrierGatewayNotice(t *testing.T) {
	for name, want := range map[string]string{
		"carrier-post-master-re-subject.eml": "2025550143@vtext.example.com",
		"carrier-post-master-mms.eml":        "4915112345678@mms.example-mobile.net",
	} {
		m := parseCase(t, name)
		if m.Kind != Bounce || addresses(m) != want {
			t.Errorf("%s: kind %v recipients %q", name, m.Kind, addresses(m))
			continue
		}
		r := m.Recipients[0]
		if r.Command != "RCPT" || r.ReplyCode == "" || strings.Contains(r.Diagnostic, "Error message below") || strings.Contains(r.Diagnostic, "Original message") {
			t.Errorf("%s: command %q reply %q diagnostic %q", name, r.Command, r.ReplyCode, r.Diagnostic)
		}
	}
}

// Addresses that name no failed recipient: the returned message's own
// header quoted in the notice (Received … for <x>, References, List-Help,
// From, To, Cc, X-…Information), the To and Cc of Exchange's "Your
// message" summary, and an X.400 wrapper around the address.
func TestAddressesThatAreNoRecipients(t *testing.T) {
	for name, want := range map[string]string{
		"inline-returned-headers-no-marker.eml": "kim.nguyen@example.net",
		"exchange-your-message-summary.eml":     "e.roth@corp.example.com",
		"x400-smtp-wrapper.eml":                 "DJBENNETT@example.co.uk m.clarke@example.co.uk",
	} {
		m := parseCase(t, name)
		if m.Kind != Bounce || addresses(m) != want {
			t.Errorf("%s: kind %v recipients %q, want %q", name, m.Kind, addresses(m), want)
		}
	}
	// The quoted header is no part of the recipient's diagnostic either.
	m := parseCase(t, "inline-returned-headers-no-marker.eml")
	if d := m.Recipients[0].Diagnostic; strings.Contains(d, "Information") || strings.Contains(d, "patch") {
		t.Errorf("diagnostic runs into the returned message: %q", d)
	}
}

// An old Sendmail transcript runs on into another host's exchange about
// another recipient: the first recipient's diagnostic stops there, so
// that host's 4xx "Deferred: … timed out" does not stand for its 5xx.
func TestTranscriptSectionsPerHost(t *testing.T) {
	m := parseCase(t, "sendmail-old-transcript-other-host.eml")
	if addresses(m) != "ann.baker@example.com tom.hill@slow.example.org" {
		t.Fatalf("recipients %q", addresses(m))
	}
	ann, tom := m.Recipients[0], m.Recipients[1]
	if ann.ReplyCode != "550" || ann.Status != "5.1.1" || strings.Contains(ann.Diagnostic, "Deferred") {
		t.Errorf("ann: reply %q status %q diagnostic %q", ann.ReplyCode, ann.Status, ann.Diagnostic)
	}
	if !strings.Contains(tom.Diagnostic, "while talking to mx.slow.example.org") || !strings.Contains(tom.Diagnostic, "421") {
		t.Errorf("tom: diagnostic %q", tom.Diagnostic)
	}
}

// Addresses a notice offers instead of the failed one ("… fails, try
// …", "please use …", "the standard form is …", "moved to …") or as a
// help desk to ask are no failed recipients, also where the sentence
// wraps before the address.
func TestSuggestedAddresses(t *testing.T) {
	for name, want := range map[string]string{
		"suggestion-in-prose-university.eml": "mike.fox@example.edu",
		"suggestion-in-prose-company.eml":    "j.durand@example.fr",
	} {
		if m := parseCase(t, name); addresses(m) != want {
			t.Errorf("%s: recipients %q, want %q", name, addresses(m), want)
		}
	}
}

// Sendmail keeps only the first line of a multi-line reply in the
// Diagnostic-Code; the transcript in the notice has the rest, which often
// holds the cause.
func TestTruncatedDiagnosticCode(t *testing.T) {
	m := parseCase(t, "sendmail-truncated-diagnostic-code.eml")
	want := "550-5.7.1 Your message could not be delivered because the recipient's organisation does not accept mail from senders listed on the Spamhaus SBL. ref 8ac1"
	if len(m.Recipients) != 1 || m.Recipients[0].Diagnostic != want {
		t.Errorf("recipients %+v", m.Recipients)
	}
}

// Header fields right after a rule begin the returned message: they are
// no part of the diagnostic (its "blocked" is the returned text's word).
func TestReturnedHeadersAfterRule(t *testing.T) {
	m := parseCase(t, "returned-headers-after-rule.eml")
	if len(m.Recipients) != 1 || m.Recipients[0].Diagnostic != "piotr.nowak@example.pl Reason: 452 4.2.2 Over quota" {
		t.Errorf("recipients %+v", m.Recipients)
	}
}
