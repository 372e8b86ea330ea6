package campaign

import (
	"strings"
	"testing"
)

// pairs is a header of name, value, name, value …
type pairs []string

func (p pairs) Len() int                     { return len(p) / 2 }
func (p pairs) Field(i int) (string, string) { return p[2*i], p[2*i+1] }

func fields(kv ...string) Header { return pairs(kv) }

func TestDefaultVERP(t *testing.T) {
	for _, c := range []struct {
		name, addr string
		recipients []string
		want       string
	}{
		{"mailman", "announce-bounces+alice=example.com@lists.example.org", nil, "alice@example.com"},
		{"mailman, domain lower-cased", "Announce-Bounces+Bob.Smith=Example.COM@lists.example.org", nil, "Bob.Smith@example.com"},
		{"mailman, local with +", "news-bounces+carol+tag=example.net@lists.example.org", nil, "carol+tag@example.net"},
		{"mailgun", "bounce+4fd1a2.8e3f0-dave=example.com@mg.example.org", nil, "dave@example.com"},
		{"mailgun, local with -", "bounce+4fd1a2.8e3f0-mary-jane=example.com@mg.example.org", nil, "mary-jane@example.com"},
		{"sendgrid", "bounces+1234567-a1b2-erin=example.com@em1234.example.org", nil, "erin@example.com"},
		{"ezmlm", "list-return-42-frank=example.com@lists.example.org", nil, "frank@example.com"},
		{"ezmlm, local with -", "list-return-42-mary-jane=example.com@lists.example.org", nil, "mary-jane@example.com"},
		{"postfix +=", "owner-news+grace=example.com@example.org", nil, "grace@example.com"},
		{"qmail -=", "owner-heidi=example.com@example.org", nil, "heidi@example.com"},
		// '**': without a report the dash splits at the last '-'.
		// More than one split and no report to settle it: nothing, as a
		// wrong split names, and would suppress, another person.
		{"qmail -=, ambiguous, no report", "news-owner-ivan=example.com@example.org", nil, ""},
		{"qmail -=, numbered prefix, no report", "bounce-5899542-1206365-kim=example.jp@mail22.example.net", nil, ""},
		{"qmail -=, numbered prefix, the report settles it", "bounce-5899542-1206365-kim=example.jp@mail22.example.net", []string{"kim@example.jp"}, "kim@example.jp"},
		{"qmail -=, the report settles it", "news-owner-mary-jane=example.com@example.org", []string{"mary-jane@example.com"}, "mary-jane@example.com"},
		{"qmail -=, without the report", "news-owner-mary-jane=example.com@example.org", nil, ""},
		{"qmail -=, a report that names another", "news-owner-mary-jane=example.com@example.org", []string{"someone@example.net"}, ""},
		{"mailchimp-like token with dashes after it", "bounce-mc.us5_123.456-mary-jane=example.com@mail.mcsv.net", nil, ""},
		{"owner- prefix and a dashed local", "owner-news-mary-jane=example.com@lists.example.org", nil, ""},
		{"mlmmj", "mylist+bounces-42-bob=example.com@lists.example.org", nil, "bob@example.com"},
		{"mlmmj, local with -", "mylist+bounces-42-mary-jane=example.com@lists.example.org", nil, "mary-jane@example.com"},
		// A person's tagged address: "weekly.digest" is under no TLD.
		{"plus tag with =, no domain", "bob+newsletter=weekly.digest@example.com", nil, ""},
		{"postfix +=, local with +, ambiguous", "owner-news+carol+tag=example.net@example.org", nil, ""},
		// The report's recipient wins only as one of the pattern's own
		// splits: bob@ is the tail of x.bob, not a split of Mailman's.
		{"mailman, report names the local's tail", "list-bounces+x.bob=example.com@lists.example.org", []string{"bob@example.com"}, "x.bob@example.com"},
		{"mailman, report in other case", "list-bounces+X.Bob=example.com@lists.example.org", []string{"x.bob@EXAMPLE.com"}, "X.Bob@example.com"},
		{"reserved test TLD", "owner-heidi=example.test@example.org", nil, "heidi@example.test"},
		{"plain address", "bounces@example.org", nil, ""},
		{"plus address without =", "alice+news@example.com", nil, ""},
		{"domain without a dot", "owner-news+judy=localhost@example.org", nil, ""},
		{"SRS is a forwarder's", "SRS0=HHH=TT=example.com=alice@forwarder.example.net", nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Default().Find([]string{c.addr}, nil, c.recipients)
			if got.VERP != c.want {
				t.Errorf("VERP of %s = %q, want %q", c.addr, got.VERP, c.want)
			}
		})
	}
}

func TestVERPCandidates(t *testing.T) {
	r := Default()
	// The first delivered-to address that decodes wins.
	got := r.Find([]string{"bounces@example.org", "news-bounces+a=example.com@example.org"}, nil, nil)
	if got.VERP != "a@example.com" {
		t.Errorf("VERP = %q", got.VERP)
	}
	// The returned message's Return-Path when the bounce's own fields say nothing.
	got = r.Find([]string{"postmaster@example.org"}, fields("Return-Path", "<news-bounces+b=example.com@example.org>"), nil)
	if got.VERP != "b@example.com" {
		t.Errorf("VERP from Return-Path = %q", got.VERP)
	}
	// A reading that agrees with the report beats an earlier one.
	got = r.Find([]string{"x-owner-c-d=example.com@example.org"}, nil, []string{"C-D@example.com"})
	if got.VERP != "c-d@example.com" {
		t.Errorf("VERP with report = %q", got.VERP)
	}
}

func TestCustomPatterns(t *testing.T) {
	r, err := Compile(Config{VERP: []string{"bounce-{campaign}-{subscriber}@bounces.example.com", "default"}})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Find([]string{"BOUNCE-spring24-8812@bounces.example.com"}, nil, nil)
	if got.Campaign != "spring24" || got.Subscriber != "8812" || got.VERP != "" {
		t.Errorf("token pattern: %+v", got)
	}
	// A header's value comes before the return address's token.
	got = r.Find([]string{"bounce-spring24-8812@bounces.example.com"}, fields("X-Campaign-ID", "summer"), nil)
	if got.Campaign != "summer" || got.Subscriber != "8812" {
		t.Errorf("header and token: %+v", got)
	}
	// "default" kept the defaults.
	if got := r.Find([]string{"l-bounces+d=example.com@example.org"}, nil, nil); got.VERP != "d@example.com" {
		t.Errorf("defaults after a custom pattern: %+v", got)
	}
	// An empty list, or "none", turns VERP off.
	for _, off := range [][]string{{}, {"none"}} {
		r, err := Compile(Config{VERP: off, CampaignHeaders: off})
		if err != nil {
			t.Fatal(err)
		}
		got := r.Find([]string{"l-bounces+d=example.com@example.org"}, fields("X-Campaign-ID", "c"), nil)
		if got.VERP != "" || got.Campaign != "" {
			t.Errorf("%q: %+v", off, got)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want string
	}{
		{Config{VERP: []string{"bounces+{local}@example.org"}}, "{local} and {domain} go together"},
		{Config{VERP: []string{"bounces+{user}@example.org"}}, "unknown placeholder {user}"},
		{Config{VERP: []string{"bounces@example.org"}}, "no placeholder"},
		{Config{VERP: []string{"bounces+{subscriber}"}}, "one '@'"},
		{Config{VERP: []string{"b+{subscriber@x.org"}}, "without its '}'"},
		{Config{VERP: []string{"{subscriber}-{subscriber}@x.org"}}, "twice"},
		{Config{CampaignHeaders: []string{"X-Tags list=a"}}, "unknown list="},
		{Config{CampaignHeaders: []string{"X-Tags json="}}, "json=KEYS"},
		{Config{SubscriberHeaders: []string{"X-Id field=x"}}, "field= wants a number"},
		{Config{SubscriberHeaders: []string{"Bad:Name"}}, "not a header field name"},
		{Config{CampaignHeaders: []string{"X-Id json=a field=2"}}, "one of json=, tag= and field="},
		{Config{CampaignHeaders: []string{"X-Id with=Bad:Name:x,"}}, "with= wants field names"},
	} {
		_, err := Compile(c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "campaign: ") {
			t.Errorf("Compile(%+v) = %v, want an error with %q", c.cfg, err, c.want)
		}
	}
}

func TestDefaultHeaders(t *testing.T) {
	for _, c := range []struct {
		name                         string
		header                       []string
		campaign, subscriber, listID string
	}{
		{"listmonk", []string{"X-Listmonk-Campaign", "2a1bd5d6-c6a1-4d6b-8c2f-0e0b9f2d7c11", "X-Listmonk-Subscriber", "f6e2c4b0-3f7e-4a58-9f8b-5d6e1c2b3a49"},
			"2a1bd5d6-c6a1-4d6b-8c2f-0e0b9f2d7c11", "f6e2c4b0-3f7e-4a58-9f8b-5d6e1c2b3a49", ""},
		{"generic id", []string{"X-Campaign-Id", " spring-sale "}, "spring-sale", "", ""},
		{"mailchimp", []string{"X-campaignid", "mailchimp1a2b3c4d5e6f.7g8h9i"}, "mailchimp1a2b3c4d5e6f.7g8h9i", "", ""},
		{"mailgun variables", []string{"X-Mailgun-Variables", `{"campaign_id": "c-77", "subscriber_id": 4012}`}, "c-77", "4012", ""},
		{"mailgun variables, not JSON", []string{"X-Mailgun-Variables", `campaign_id=c-77`}, "", "", ""},
		{"ses tags", []string{"X-SES-MESSAGE-TAGS", "ses:configuration-set=news, campaign=autumn, subscriber=s-9"}, "autumn", "s-9", ""},
		{"mandrill metadata", []string{"X-MC-Metadata", `{"user_id": "45829", "campaign": "weekly"}`}, "weekly", "45829", ""},
		{"phplist", []string{"X-MessageID", "17", "X-ListMember", "alice@example.com"}, "17", "alice@example.com", ""},
		{"phplist by its mailer", []string{"X-Mailer", "phpList v3.6.15", "X-MessageID", "18"}, "18", "", ""},
		// X-MessageID is a generic name: other mailers put a message's id there.
		{"X-MessageID of another mailer", []string{"X-Mailer", "Microsoft Outlook 16.0", "X-MessageID", "3a7f9e2b.1c"}, "", "", ""},
		{"X-MessageID alone", []string{"X-MessageID", "0011223344"}, "", "", ""},
		{"X-MessageID alone, the next rule reads", []string{"X-MessageID", "0011223344", "Feedback-ID", "camp9:c:t:s"}, "camp9", "", ""},
		// JSON numbers as written: a float64 drops digits of a long id.
		{"long numeric id", []string{"X-Mailgun-Variables", `{"campaign_id": 12345678901234567890, "subscriber_id": 9007199254740993}`}, "12345678901234567890", "9007199254740993", ""},
		{"numeric id with exponent", []string{"X-MC-Metadata", `{"campaign": 1e3}`}, "1e3", "", ""},
		{"gmail feedback-id", []string{"Feedback-ID", "camp42:cust7:newsletter:esp1"}, "camp42", "", ""},
		{"ses feedback-id is not a campaign", []string{"Feedback-ID", "1.us-east-1.abcdEFGH=:AmazonSES"}, "", "", ""},
		{"list-id", []string{"List-Id", `"News & offers" <news.lists.example.org>`}, "", "", "news.lists.example.org"},
		{"list-id without brackets", []string{"List-Id", "news.example.org"}, "", "", "news.example.org"},
		// listmonk's field comes first in the rules, whatever the order in the header.
		{"rule order", []string{"Feedback-ID", "fb:1:2:3", "X-Listmonk-Campaign", "lm"}, "lm", "", ""},
		{"control characters dropped", []string{"X-Campaign-ID", "a\x00b\x1bc"}, "abc", "", ""},
		{"empty value skipped", []string{"X-Listmonk-Campaign", " ", "X-Campaign-ID", "next"}, "next", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Default().Find(nil, fields(c.header...), nil)
			if got.Campaign != c.campaign || got.Subscriber != c.subscriber || got.ListID != c.listID {
				t.Errorf("got %+v, want campaign %q subscriber %q list %q", got, c.campaign, c.subscriber, c.listID)
			}
		})
	}
}

func TestCustomHeaders(t *testing.T) {
	r, err := Compile(Config{
		CampaignHeaders:   []string{"X-Job tag=job", "X-Ids field=2"},
		SubscriberHeaders: []string{"X-Contact json=id", "default"},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Find(nil, fields("X-Listmonk-Campaign", "ignored", "X-Ids", "a:b:c", "X-Contact", `{"id":"k1"}`), nil)
	if got.Campaign != "b" || got.Subscriber != "k1" {
		t.Errorf("got %+v", got)
	}
	got = r.Find(nil, fields("x-job", "team=ops; job=j9", "X-Listmonk-Subscriber", "u1"), nil)
	if got.Campaign != "j9" || got.Subscriber != "u1" {
		t.Errorf("got %+v", got)
	}
}

func TestCleanBounds(t *testing.T) {
	long := strings.Repeat("é", 200) // 400 bytes
	got := clean(long)
	if len(got) > maxValue || !strings.HasPrefix(long, got) {
		t.Errorf("clean kept %d bytes", len(got))
	}
}

// json= reads a member of an inner object by a dotted key, and the first
// value of an array: SendGrid's X-SMTPAPI holds custom args under
// unique_args and categories as a list.
func TestJSONPathsAndArrays(t *testing.T) {
	r := Default()
	for _, c := range []struct {
		value, campaign, subscriber string
	}{
		{`{"unique_args": {"campaign_id": "spring-24", "user_id": 17}, "category": ["newsletter"]}`, "spring-24", "17"},
		{`{"category": ["", "weekly"]}`, "weekly", ""},
		{`{"category": "receipts"}`, "receipts", ""},
		{`{"unique_args.campaign": "dotted-name", "unique_args": {"campaign": "inner"}}`, "dotted-name", ""},
		{`{"unique_args": "not an object", "category": [{"x": 1}]}`, "", ""},
	} {
		got := r.Find(nil, fields("X-SMTPAPI", c.value), nil)
		if got.Campaign != c.campaign || got.Subscriber != c.subscriber {
			t.Errorf("X-SMTPAPI %s: campaign %q subscriber %q, want %q %q", c.value, got.Campaign, got.Subscriber, c.campaign, c.subscriber)
		}
	}
	// The sending services' own fields, as package esp gives them.
	got := r.Find(nil, fields("X-PM-Tag", "welcome", "X-PM-Metadata-campaign", "onboarding", "X-PM-Metadata-subscriber_id", "u-1"), nil)
	if got.Campaign != "onboarding" || got.Subscriber != "u-1" {
		t.Errorf("Postmark: %+v", got)
	}
	got = r.Find(nil, fields("X-Mailin-Tag", "soldes", "X-Mailgun-Tag", "autumn"), nil)
	if got.Campaign != "soldes" {
		t.Errorf("tags: %+v", got)
	}
}

// Reads names the fields Find looks at, in any case, and no others: the
// parser copies only those.
func TestReads(t *testing.T) {
	r := Default()
	for name, want := range map[string]bool{
		"list-id": true, "RETURN-PATH": true, "X-Listmonk-Campaign": true, "x-mailer": true,
		"Received": false, "Subject": false, "DKIM-Signature": false, strings.Repeat("X", 80): false,
	} {
		if r.Reads(name) != want {
			t.Errorf("Reads(%q) = %v", name, !want)
		}
	}
}

// An address longer than a path can be is not read: every place it could
// start is tried, so a long one would cost its length squared.
func TestLongAddressNotRead(t *testing.T) {
	a := "list-bounces+" + strings.Repeat("a", 300) + "=example.com@lists.example.org"
	if got := Default().Find([]string{a}, nil, nil); got.VERP != "" {
		t.Errorf("VERP of a %d-byte address: %q", len(a), got.VERP)
	}
}
