package bounce_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/rules"
)

// A gateway's notice that no default sign knows is ordinary mail; a
// user's rules file with a `signs:` section that names its header makes
// it a bounce, without a release.
func TestUserSignsTeachAGateway(t *testing.T) {
	msg, err := os.ReadFile("testdata/signs/gateway-notice.eml")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := bounce.New().AnalyzeBytes(msg, "gateway-notice.eml")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 0 {
		t.Fatalf("default signs: want no records (the notice is unknown), got %+v", recs)
	}

	rs, err := rules.Load("testdata/signs/acmeguard-signs.yaml")
	if err != nil {
		t.Fatal(err)
	}
	recs, err = bounce.New(bounce.WithRules(rs)).AnalyzeBytes(msg, "gateway-notice.eml")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 {
		t.Fatalf("with the user's signs: want 1 record, got %+v", recs)
	}
	r := recs[0]
	if r.Recipient != "j.lindqvist@partner.example.net" || r.Reason != "userunknown" || r.Vendor != "acmeguard" {
		t.Errorf("got %s %s vendor %q, want j.lindqvist@partner.example.net userunknown vendor acmeguard", r.Recipient, r.Reason, r.Vendor)
	}
}

// A broken `signs:` section is an error that names the file and the
// line, and nothing is loaded.
func TestUserSignsBrokenFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.yaml")
	data := `rules: []
signs:
  signatures:
    - vendor: acmeguard
      header: X-AcmeGuard-Verdict
      words: [not-handed-over]
      evidence: maybe
      examples: ["not-handed-over"]
  bounce_subjects:
    words: [Not Handed Over]
    examples: ["Message not handed over"]
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Load(path)
	if err == nil || rs != nil {
		t.Fatalf("want an error and no set, got %v, %v", rs, err)
	}
	for _, want := range []string{
		path + `:7: signs: signatures[0]: evidence "maybe": want bounce, sender or stamp`,
		path + `:10: signs: bounce_subjects: word "Not Handed Over" must be lower case`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q\ndoes not say %q", err, want)
		}
	}
}

// A challenge-response service's auto-reply is the person's it protects
// when it comes from the service's robot mailbox. Boxbe's notice, sent
// from a robot mailbox the defaults do not know (its notify@ renamed
// guestlist@), is the robot's own reply; a user's robot_mailboxes word
// teaches the mailbox, and the reply names the protected person again.
func TestUserSignsTeachARobotMailbox(t *testing.T) {
	orig, err := os.ReadFile("testdata/unseen/batch-11/boxbe-guest-list-waiting.eml")
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte(strings.ReplaceAll(string(orig), "notify@boxbe.com", "guestlist@boxbe.com"))
	recipient := func(a *bounce.Analyzer) string {
		t.Helper()
		recs, err := a.AnalyzeBytes(msg, "boxbe.eml")
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 || recs[0].Reason != "vacation" {
			t.Fatalf("want one vacation record, got %+v", recs)
		}
		return recs[0].Recipient
	}
	if got := recipient(bounce.New()); got != "guestlist@boxbe.com" {
		t.Fatalf("default signs: recipient %q, want the robot guestlist@boxbe.com", got)
	}

	path := filepath.Join(t.TempDir(), "robots.yaml")
	data := `signs:
  robot_mailboxes:
    words: [guestlist]
    examples: ["Boxbe <guestlist@boxbe.com>"]
    not: ["sofia.reyes@alumni-mail.example"]
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := recipient(bounce.New(bounce.WithRules(rs))); got != "sofia.reyes@alumni-mail.example" {
		t.Errorf("with the user's robot mailbox: recipient %q, want the protected person sofia.reyes@alumni-mail.example", got)
	}
}

// A list example the parser does not take is an error naming the user's
// file and the example's line, not only the list.
func TestUserSignsListErrorNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "couriers.yaml")
	data := "rules: []\nsigns:\n  robot_mailboxes:\n    words: [courier]\n    examples:\n      - \"a courier wrote back\"\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = parser.CheckSigns(rs.Signs())
	if err == nil {
		t.Fatal("CheckSigns took an example the parser does not recognise")
	}
	if want := path + ":6: signs: robot_mailboxes: example \"a courier wrote back\""; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not name %q", err, want)
	}
}

// A documented remove: of one list does not make loading fail on a
// default example of another list that relied on the removed word
// (past_forms is read after a contact_after word): that default example
// is dropped, as Merge drops one of the list itself; the other defaults
// are still checked.
func TestUserSignsRemoveDropsDependentDefaultExample(t *testing.T) {
	for _, word := range []string{"に送って", "へお送り"} {
		path := filepath.Join(t.TempDir(), "quiet.yaml")
		data := "rules: []\nsigns:\n  contact_after:\n    remove: [" + word + "]\n"
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		rs, err := rules.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		n, err := parser.CheckSigns(rs.Signs())
		if err != nil {
			t.Errorf("remove: [%s]: %v", word, err)
		}
		all, _ := parser.CheckSigns(nil)
		if n < all-3 {
			t.Errorf("remove: [%s]: %d examples checked, the defaults have %d: more dropped than the removed word explains", word, n, all)
		}
	}
}
