package bounce_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/record"
)

// The samples of testdata/campaign, written from the list managers'
// documented formats (see its README), tie each bounce to its list,
// campaign, subscriber and VERP address, end to end.
func TestCampaignSamples(t *testing.T) {
	for _, c := range []struct {
		file, recipient                    string
		reason                             record.Reason
		listID, campaign, subscriber, verp string
	}{
		{"mailman2-postfix-userunknown.eml", "alice@example.com", record.UserUnknown, "announce.lists.example.org", "", "", "alice@example.com"},
		// Forwarded: the report names the new address, VERP the subscribed one.
		{"mailman3-exim-forwarded.eml", "bob.smith@new-host.example.net", record.UserUnknown, "members.lists.example.org", "", "", "bob@old.example.com"},
		// The notice names no one: the VERP address, not the list's To.
		{"mailman-freetext-no-recipient.eml", "carol@example.net", record.MailboxFull, "offers.lists.example.org", "", "", "carol@example.net"},
		{"listmonk-gmail-userunknown.eml", "dana.w@gmail.com", record.UserUnknown, "", "2a1bd5d6-c6a1-4d6b-8c2f-0e0b9f2d7c11", "f6e2c4b0-3f7e-4a58-9f8b-5d6e1c2b3a49", ""},
		{"listmonk-arf-complaint.eml", "jack.r@hotmail.com", record.Feedback, "", "2a1bd5d6-c6a1-4d6b-8c2f-0e0b9f2d7c11", "9b8a7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d", ""},
		{"mailgun-sendmail-mailboxfull.eml", "erin@example.com", record.MailboxFull, "", "autumn-sale-2026", "4012", "erin@example.com"},
		// SES's own Feedback-ID is not a campaign; the message tags are.
		{"ses-forwarded-suspend.eml", "frank.li@example.net", record.Suspend, "", "november-offers", "cust-88121", ""},
		{"mandrill-postfix-hostunknown.eml", "grace@no-such-domain.example", record.HostUnknown, "", "weekly-digest-48", "45829", ""},
		{"phplist-qmail-userunknown.eml", "henry@example.org", record.UserUnknown, "", "17", "henry@example.org", ""},
		{"ezmlm-qmail-verp.eml", "iris@example.com", record.UserUnknown, "", "", "", "iris@example.com"},
		// A token the defaults do not know decodes to nothing.
		{"custom-token-exchange.eml", "kate@contoso.example", record.UserUnknown, "", "", "", ""},
	} {
		t.Run(c.file, func(t *testing.T) {
			recs := analyzeCampaignSample(t, bounce.New(), c.file)
			if len(recs) != 1 {
				t.Fatalf("%d records: %+v", len(recs), recs)
			}
			r := recs[0]
			if r.Recipient != c.recipient || r.Reason != c.reason || r.ListID != c.listID || r.Campaign != c.campaign || r.Subscriber != c.subscriber || r.VERP != c.verp {
				t.Errorf("got recipient %q reason %s list_id %q campaign %q subscriber %q verp %q\nwant recipient %q reason %s list_id %q campaign %q subscriber %q verp %q",
					r.Recipient, r.Reason, r.ListID, r.Campaign, r.Subscriber, r.VERP,
					c.recipient, c.reason, c.listID, c.campaign, c.subscriber, c.verp)
			}
		})
	}
}

// A list manager's own return address, configured; and the fields turned off.
func TestCampaignConfig(t *testing.T) {
	rules, err := campaign.Compile(campaign.Config{VERP: []string{"bounce-{campaign}-{subscriber}@bounces.example.com", "default"}})
	if err != nil {
		t.Fatal(err)
	}
	recs := analyzeCampaignSample(t, bounce.New(bounce.WithCampaign(rules)), "custom-token-exchange.eml")
	if len(recs) != 1 || recs[0].Campaign != "nov26" || recs[0].Subscriber != "s9931" || recs[0].Recipient != "kate@contoso.example" {
		t.Errorf("custom pattern: %+v", recs)
	}

	off := bounce.New(bounce.WithCampaign(nil))
	recs = analyzeCampaignSample(t, off, "mailman-freetext-no-recipient.eml")
	// Without VERP the returned message's To (the list) is all there is.
	if len(recs) != 1 || recs[0].Recipient != "offers@lists.example.org" || recs[0].ListID != "" || recs[0].VERP != "" {
		t.Errorf("campaign off: %+v", recs)
	}
	recs = analyzeCampaignSample(t, off, "listmonk-gmail-userunknown.eml")
	if len(recs) != 1 || recs[0].Campaign != "" || recs[0].Subscriber != "" {
		t.Errorf("campaign off: %+v", recs)
	}
}

// A return address that splits more than one way, with a notice that
// names no one, gives no VERP address: the record keeps the returned
// message's To rather than a guess that would be another person (and
// would be suppressed). The same notice returned to an address that
// splits one way names that address.
func TestAmbiguousVERPIsNotARecipient(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "campaign", "mailman-freetext-no-recipient.eml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ ret, recipient, verp string }{
		{"offers-owner-mary-jane=example.net@lists.example.org", "offers@lists.example.org", ""},
		{"bob+newsletter=weekly.digest@lists.example.org", "offers@lists.example.org", ""},
		{"offers+bounces-42-mary-jane=example.net@lists.example.org", "mary-jane@example.net", "mary-jane@example.net"},
	} {
		msg := strings.ReplaceAll(string(b), "offers-bounces+carol=example.net@lists.example.org", c.ret)
		recs, err := bounce.New().AnalyzeBytes([]byte(msg), c.ret)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 || recs[0].Recipient != c.recipient || recs[0].VERP != c.verp {
			t.Errorf("returned to %s: %+v, want recipient %q verp %q", c.ret, recs, c.recipient, c.verp)
		}
	}
}

func analyzeCampaignSample(t *testing.T, a *bounce.Analyzer, name string) []bounce.Record {
	t.Helper()
	path := filepath.Join("testdata", "campaign", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := a.Analyze(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
