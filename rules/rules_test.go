package rules

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bounce-analyzer/bounce/record"
)

func TestDefaultRulesExamples(t *testing.T) {
	s := Default()
	if s.Len() == 0 {
		t.Fatal("no default rules")
	}
	fails := s.Test()
	for _, f := range fails {
		t.Error(f.String())
	}
	if len(fails) > 0 {
		t.Logf("%d of the default rules' examples fail", len(fails))
	}
}

// Every default rule carries both descriptions, and every reason of the
// vocabulary is the verdict of at least one phrase (or vendor) rule.
func TestDefaultRulesCoverage(t *testing.T) {
	byReason := map[record.Reason]int{}
	for _, r := range Default().Rules() {
		if r.DescriptionEN == "" || r.DescriptionZH == "" {
			t.Errorf("%s: rule %s lacks a description in en or zh", r.Source, r.ID)
		}
		if len(r.Examples) == 0 {
			t.Errorf("%s: rule %s has no example", r.Source, r.ID)
		}
		if r.Tier() <= TierPhrase {
			byReason[r.Reason]++
		}
	}
	for _, reason := range record.Reasons() {
		if byReason[reason] == 0 {
			t.Errorf("no phrase rule decides %q", reason)
		}
	}
}

// Every IANA enhanced status code the brief lists has a status rule of its
// own (an exact entry, both for class 4 and class 5).
func TestDefaultStatusCoverage(t *testing.T) {
	s := Default()
	ranges := map[int]int{1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30}
	for subj, last := range ranges {
		for det := 0; det <= last; det++ {
			for _, class := range []string{"4", "5"} {
				code := fmt.Sprintf("%s.%d.%d", class, subj, det)
				r := s.Match(Query{Status: code})
				if r == nil {
					t.Errorf("status %s: no rule", code)
					continue
				}
				found := false
				for _, e := range r.Status {
					if e == code {
						found = true
					}
				}
				if !found {
					t.Errorf("status %s: decided by %s (%v), which has no exact entry for it", code, r.ID, r.Status)
				}
			}
		}
	}
}

func TestDefaultReplyCoverage(t *testing.T) {
	s := Default()
	for _, code := range []string{"421", "450", "451", "452", "500", "501", "502", "503", "504", "521", "530", "535", "550", "551", "552", "553", "554", "556", "571"} {
		r := s.Match(Query{ReplyCode: code})
		if r == nil {
			t.Errorf("reply %s: no rule", code)
			continue
		}
		if r.Tier() != TierReply {
			t.Errorf("reply %s: decided by %s of tier %v", code, r.ID, r.Tier())
		}
	}
}

// A corpus of real-looking diagnostics beyond the rules' own examples.
func TestDefaultRulesCorpus(t *testing.T) {
	cases := []struct {
		text, host, want string
	}{
		{"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table", "", "userunknown"},
		{"550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos", "gmail-smtp-in.l.google.com", "userunknown"},
		{"smtp; 550 5.1.1 <bob@example.com>... User unknown", "", "userunknown"},
		{"Sorry, no mailbox here by that name. (#5.1.1)", "", "userunknown"},
		{"552 5.2.2 <bob@example.com>: Recipient address rejected: Mailbox full", "", "mailboxfull"},
		{"452 4.2.2 The email account that you tried to reach is over quota", "", "mailboxfull"},
		{"Host or domain name not found. Name service error for name=example.invalid type=A: Host not found", "", "hostunknown"},
		{"554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied", "", "blocked"},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "", "blocked"},
		{"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints", "mta7.am0.yahoodns.net", "badreputation"},
		{"550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users", "", "authfailure"},
		{"554 Transaction failed", "", "onhold"},
		{"550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", "mx3.qq.com", "userunknown"},
		{"550 Ip frequency limited", "mx3.qq.com", "ratelimited"},
		{"554 DT:SPM 163 mx12,WsCowAD3SVBpN2ZfNu4jAQ--.6161S2 1600000000, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.1", "163mx02.mxmail.netease.com", "spamdetected"},
		{"qq trouble creating files in queue (#4.3.0)", "", "systemerror"},
		{"451 4.3.0 Requested action aborted, errno=28", "", "systemfull"},
		{"550 5.7.1 Unable to relay", "", "norelaying"},
		{"554 5.7.1 <bob@example.com>: Relay access denied", "", "norelaying"},
		{"421 Too many concurrent SMTP connections from this IP address; please try again later", "", "ratelimited"},
		{"550 5.7.1 Message rejected due to SPF policy: sender not designated as permitted sender", "", "authfailure"},
		{"554 5.7.1 The message was rejected because it contains prohibited virus or spam content", "", "virusdetected"},
		{"550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM6PR0502MB1234.eurprd05.prod.outlook.com]", "", "userunknown"},
		{"450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]", "", "requireptr"},
		{"retry timeout exceeded", "", "expired"},
		{"该用户不存在", "", "userunknown"},
		{"收件人空间不足", "", "mailboxfull"},
		{"mailbox is full: retry timeout exceeded", "", "mailboxfull"},
		{"550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked by Spamhaus", "", "blocked"},
		{"550 5.1.8 Sender address rejected: Domain not found", "", "rejected"},
		{"553 5.7.1 <alice@example.com>: Sender address rejected: not logged in", "", "securityerror"},
		{"550 5.7.1 <bob@example.com>... Relaying denied. IP name lookup failed [192.0.2.1]", "", "norelaying"},
		{"550 5.7.1 <bob@example.com>... Relaying denied. Proper authentication required.", "", "norelaying"},
		{"550 5.7.1 Email rejected per DMARC policy for example.com", "", "authfailure"},
		{"554 5.7.1 <bob@example.com>: Recipient address rejected: Access denied", "", "policyviolation"},
		{"550 Requested action not taken: mailbox unavailable", "", "userunknown"},
		{"550 5.4.316 Message expired, connection refused (Socket error code 10061)", "", "expired"},
		{"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "", "userunknown"},
		{"550 5.7.1 Your IP address has been blocked due to poor reputation", "", "badreputation"},
		{"550 5.7.1 Message blocked due to spam content", "", "spamdetected"},
		{"421-4.7.0 [192.0.2.1 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.", "gmail-smtp-in.l.google.com", "badreputation"},
		{"421-4.7.28 [192.0.2.1 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.", "gmail-smtp-in.l.google.com", "ratelimited"},
		{"550-5.7.1 [192.0.2.1] Gmail has detected that this message is likely suspicious due to the very low reputation of the sending domain.", "gmail-smtp-in.l.google.com", "badreputation"},
		{"421 4.7.0 [TS03] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.", "mta7.am0.yahoodns.net", "blocked"},
		{"554 delivery error: dd Sorry, your message to bob@yahoo.com cannot be delivered. This account is over quota.", "mta7.am0.yahoodns.net", "mailboxfull"},
		{"550 5.7.606 Access denied, banned sending IP [192.0.2.1].", "example-com.mail.protection.outlook.com", "blocked"},
		{"550 Mailbox unavailable or access denied", "mx3.qq.com", "userunknown"},
		{"550 Mail content denied", "mx3.qq.com", "spamdetected"},
		{"451 HL:ICC 192.0.2.1 too many connections", "163mx01.mxmail.netease.com", "ratelimited"},
		{"554 DT:SUM envelope from is not the same as header from", "", "notcompliantrfc"},
		{"551 5.7.1 ANTISPAM_BAT(01201311R47)", "mx1.mxhichina.com", "ratelimited"},
		{"550 Subj similar too many!!", "", "spamdetected"},
		{"553 authentication is required to send mail as <alice@example.com>", "", "securityerror"},
		{"450 Client host rejected, Cannot resolve PTR", "", "requireptr"},
		{"551 we do not relay <bob@example.com>", "", "norelaying"},
		{"550 <alice@163.com>:local user only", "", "norelaying"},
		{"571 we don't accept junk mail (mail.example.com.tw)", "", "spamdetected"},
		{"Amazon SES did not send the message to this address because it is on the suppression list for your account.", "", "suppressed"},
		{"Command died with status 1: \"/usr/bin/procmail\"", "", "mailererror"},
		{"550 5.4.6 Routing loop detected", "", "networkerror"},
		{"554 5.7.1 Spam message rejected", "", "spamdetected"},
		{"552 5.3.4 Message size exceeds fixed maximum message size", "", "emailtoolarge"},
		{"550 5.2.1 Account inactive", "", "suspend"},
		{"530 5.7.0 Must issue a STARTTLS command first", "", "failedstarttls"},
		{"550 Mail is rejected by recipients", "", "filtered"},
		{"503 Bad sequence of commands", "", "syntaxerror"},
		{"556 5.1.10 Recipient address has null MX", "", "notaccept"},
		{"551 User not local; please try <bob@new.example.com>", "", "hasmoved"},
		{"250 2.0.0 Ok: queued as 4Bk3xY0abcz", "", "delivered"},
		{"550 5.7.1 Delivery not authorized, message refused", "", "securityerror"},
		{"5.7.1", "", "policyviolation"},
		{"550", "", "onhold"},
		{"550 5.0.0 unknown error", "", "undefined"},
	}
	s := Default()
	for _, c := range cases {
		reply, status := ParseCodes(c.text)
		q := Query{Text: c.text, Status: status, ReplyCode: reply}
		if c.host != "" {
			q.Hosts = []string{c.host}
		}
		r := s.Match(q)
		got := "<none>"
		if r != nil {
			got = string(r.Reason) + " by " + r.ID
		}
		if r == nil || string(r.Reason) != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

const precedenceYAML = `
rules:
  - id: reply.550
    reason: onhold
    match: {reply: ["550"]}
    examples: ["550 something"]
  - id: reply.5xx
    reason: undefined
    match: {reply: ["5xx"]}
    examples: ["551 something"]
  - id: status.5
    reason: onhold
    match: {status: ["5."]}
    examples: ["5.9.9"]
  - id: status.5.7
    reason: policyviolation
    match: {status: ["5.7."]}
    examples: ["5.7.99"]
  - id: status.5.7.1
    reason: blocked
    match: {status: ["5.7.1"]}
    examples: ["5.7.1"]
  - id: status.5.7.26
    reason: authfailure
    match: {status: ["5.7.26"]}
    examples: ["5.7.26"]
  - id: status.5.1.1
    reason: userunknown
    match: {status: ["5.1.1", "4.1.1"]}
    examples: ["5.1.1"]
  - id: status.prio
    reason: systemerror
    priority: 5
    match: {status: ["5.3."]}
    examples: ["5.3.1"]
  - id: status.5.3.1
    reason: systemfull
    match: {status: ["5.3.1"]}
    examples: [{status: "5.3.1", text: "x"}]
  - id: phrase.user-unknown
    reason: userunknown
    match: {phrase: ["user unknown"]}
    examples: ["user unknown"]
  - id: phrase.unknown
    reason: undefined
    match: {phrase: ["unknown"]}
    examples: ["unknown"]
  - id: phrase.mailbox-unavailable
    reason: onhold
    match: {phrase: ["mailbox unavailable"]}
    examples: ["mailbox unavailable"]
  - id: phrase.mailbox-unavailable-550
    reason: userunknown
    match: {phrase: ["mailbox unavailable"], reply: ["550"]}
    examples: ["550 mailbox unavailable"]
  - id: phrase.blocked
    reason: blocked
    match: {phrase: ["blocked"]}
    examples: ["blocked"]
  - id: phrase.rate-limit
    reason: ratelimited
    priority: 10
    match: {phrase: ["rate limit"]}
    examples: ["blocked: rate limit exceeded"]
  - id: phrase.regexp
    reason: mailboxfull
    match: {regexp: ['mailbox .{0,20} full']}
    examples: ["the mailbox of bob is full"]
  - id: phrase.first
    reason: spamdetected
    match: {phrase: ["junk"]}
    examples: ["junk"]
  - id: phrase.second
    reason: policyviolation
    match: {phrase: ["junk"]}
    examples: [{text: "x"}]
  - id: vendor.qq
    reason: ratelimited
    match: {host: ["mx*.qq.com"], phrase: ["frequency limited"]}
    examples: [{text: "550 frequency limited", host: "MX3.QQ.COM"}]
  - id: vendor.qq.unknown
    reason: userunknown
    hard: false
    match: {host: ["*.qq.com"], phrase: ["mailbox unavailable"]}
    examples: [{text: "550 Mailbox unavailable", host: "qq.com"}]
  - id: vendor.tencent
    reason: spamdetected
    match: {vendor: ["Tencent"], phrase: ["content denied"]}
    examples: [{text: "550 Mail content denied", vendor: "tencent"}]
  - id: vendor.bare
    reason: blocked
    match: {vendor: ["blockco"], reply: ["554"]}
    examples: [{text: "554 whatever", vendor: "blockco"}]
`

func mustSet(t testing.TB, data string) *Set {
	t.Helper()
	rs, err := Parse("test.yaml", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSet(rs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMatchPrecedence(t *testing.T) {
	s := mustSet(t, precedenceYAML)
	cases := []struct {
		name string
		q    Query
		want string // rule id, "" for none
	}{
		{"nothing", Query{}, ""},
		{"unknown reply", Query{ReplyCode: "421"}, ""},
		{"reply exact", Query{ReplyCode: "550"}, "reply.550"},
		{"reply class", Query{ReplyCode: "554"}, "reply.5xx"},
		{"status beats reply", Query{ReplyCode: "550", Status: "5.9.9"}, "status.5"},
		{"status class prefix", Query{Status: "5.9.9"}, "status.5"},
		{"status subject prefix", Query{Status: "5.7.99"}, "status.5.7"},
		{"status exact", Query{Status: "5.7.1"}, "status.5.7.1"},
		{"status exact long", Query{Status: "5.7.26"}, "status.5.7.26"},
		{"status class-agnostic", Query{Status: "4.1.1"}, "status.5.1.1"},
		{"status no rule", Query{Status: "4.9.9"}, ""},
		{"status priority beats specificity", Query{Status: "5.3.1"}, "status.prio"},
		{"phrase beats status", Query{Text: "User Unknown", Status: "5.7.1", ReplyCode: "550"}, "phrase.user-unknown"},
		{"longer phrase wins", Query{Text: "550 user unknown"}, "phrase.user-unknown"},
		{"phrase with matching reply wins", Query{Text: "550 Requested action not taken: mailbox unavailable", ReplyCode: "550"}, "phrase.mailbox-unavailable-550"},
		{"phrase with non-matching reply loses", Query{Text: "450 mailbox unavailable", ReplyCode: "450"}, "phrase.mailbox-unavailable"},
		{"priority beats length", Query{Text: "IP blocked: rate limit"}, "phrase.rate-limit"},
		{"regexp", Query{Text: "The mailbox of Bob is FULL"}, "phrase.regexp"},
		{"regexp no match", Query{Text: "mailbox is not quite 12345678901234567890 full"}, ""},
		{"file order", Query{Text: "junk"}, "phrase.first"},
		{"vendor beats phrase", Query{Text: "550 Mailbox unavailable", ReplyCode: "550", Hosts: []string{"mx1.qq.com"}}, "vendor.qq.unknown"},
		{"host glob", Query{Text: "550 frequency limited", Hosts: []string{"example.org", "mx3.qq.com."}}, "vendor.qq"},
		{"host glob mismatch", Query{Text: "550 frequency limited", Hosts: []string{"mx3.qq.com.evil.org"}}, ""},
		{"host star-dot matches apex", Query{Text: "mailbox unavailable", Hosts: []string{"qq.com"}}, "vendor.qq.unknown"},
		{"vendor case-insensitive", Query{Text: "Mail content denied", Vendor: "TENCENT"}, "vendor.tencent"},
		{"vendor mismatch", Query{Text: "Mail content denied", Vendor: "yahoo"}, ""},
		{"bare vendor rule", Query{Text: "nothing known", ReplyCode: "554", Vendor: "blockco"}, "vendor.bare"},
		{"bare vendor rule needs its reply", Query{Text: "nothing known", ReplyCode: "550", Vendor: "blockco"}, "reply.550"},
		{"chinese", Query{Text: "unknown 用户"}, "phrase.unknown"},
	}
	for _, c := range cases {
		r := s.Match(c.q)
		got := ""
		if r != nil {
			got = r.ID
		}
		if got != c.want {
			t.Errorf("%s: Match(%+v) = %q, want %q", c.name, c.q, got, c.want)
		}
	}
	if r := s.Rule("vendor.qq.unknown"); r == nil || r.Hard == nil || *r.Hard {
		t.Errorf("hard override not read: %+v", r)
	}
	// The test set's own examples: status.5.3.1 loses its example to the
	// prefix rule of higher priority, and phrase.second's example is a
	// dummy that nothing wins; Test must report both and nothing else.
	fails := s.Test()
	got := map[string]string{}
	for _, f := range fails {
		g := "<nil>"
		if f.Got != nil {
			g = f.Got.ID
		}
		got[f.Rule.ID] = g
	}
	if len(fails) != 2 || got["phrase.second"] != "<nil>" || got["status.5.3.1"] != "status.prio" {
		t.Errorf("Test() = %v, want the failures of phrase.second and status.5.3.1", fails)
	}
}

func TestRulesOrder(t *testing.T) {
	s := mustSet(t, precedenceYAML)
	rs := s.Rules()
	if len(rs) != s.Len() {
		t.Fatalf("Rules() has %d rules, Len() %d", len(rs), s.Len())
	}
	for i := 1; i < len(rs); i++ {
		a, b := rs[i-1], rs[i]
		if a.Tier() > b.Tier() || a.Tier() == b.Tier() && a.Priority < b.Priority {
			t.Errorf("Rules() out of order at %d: %s (tier %v, prio %d) before %s (tier %v, prio %d)", i, a.ID, a.Tier(), a.Priority, b.ID, b.Tier(), b.Priority)
		}
	}
	if rs[0].Tier() != TierVendor || rs[len(rs)-1].Tier() != TierReply {
		t.Errorf("Rules() should start with vendor rules and end with reply rules")
	}
}

func TestCounterExamples(t *testing.T) {
	s := mustSet(t, `
rules:
  - id: a
    reason: blocked
    match: {phrase: [blocked]}
    examples: ["ip blocked"]
    not: ["blocked as spam", {text: "ip blocked", host: "x"}]
  - id: b
    reason: spamdetected
    priority: 1
    match: {phrase: [spam]}
    examples: ["spam"]
`)
	fails := s.Test()
	if len(fails) != 1 || !fails[0].Counter || fails[0].Rule.ID != "a" || fails[0].Example.Host != "x" {
		t.Fatalf("Test() = %v, want the counter-example with host x of rule a", fails)
	}
	if !strings.Contains(fails[0].String(), "counter-example") {
		t.Errorf("failure text %q does not say counter-example", fails[0].String())
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, yaml string
		want       []string // substrings of the error
	}{
		{"yaml syntax", "rules: [\n  - id: x\n", []string{"bad.yaml", "yaml"}},
		{"top key", "rulez: []\n", []string{"bad.yaml:1", `unknown key "rulez"`}},
		{"not a list", "rules: {}\n", []string{"bad.yaml:1", "must be a list"}},
		{"unknown key", `
rules:
  - id: a.b
    reason: userunknown
    match: {phrase: [x]}
    examples: [x]
    colour: red
`, []string{"bad.yaml:7", `rule "a.b"`, `unknown key "colour"`}},
		{"unknown match key", `
rules:
  - id: a.b
    reason: userunknown
    match: {phrases_typo: [x]}
    examples: [x]
`, []string{"bad.yaml:5", `rule "a.b"`, `unknown match key "phrases_typo"`}},
		{"missing id", `
rules:
  - reason: userunknown
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:3", `rule "#1"`, "missing id"}},
		{"bad id", `
rules:
  - id: "Has Space"
    reason: userunknown
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:3", "bad id"}},
		{"bad reason", `
rules:
  - id: ok
    reason: nosuchreason
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:4", `rule "ok"`, `unknown reason "nosuchreason"`}},
		{"bad outside_rcpt", `
rules:
  - id: ok
    reason: userunknown
    outside_rcpt: filterd
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:5", `rule "ok"`, `unknown reason "filterd"`}},
		{"bad when_delayed", `
rules:
  - id: ok
    reason: expired
    when_delayed: networkeror
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:5", `rule "ok"`, `unknown reason "networkeror"`}},
		{"bad regexp", `
rules:
  - id: re
    reason: blocked
    match:
      regexp: ['(unclosed']
    examples: [x]
`, []string{"bad.yaml:6", `rule "re"`, "bad regexp"}},
		{"upper-case regexp", `
rules:
  - id: re
    reason: blocked
    match:
      regexp: ['User .* unknown']
    examples: [x]
`, []string{"bad.yaml:6", "upper-case"}},
		{"bad status", `
rules:
  - id: st
    reason: blocked
    match: {status: ["5.1"]}
    examples: [x]
`, []string{"bad.yaml:5", "bad status"}},
		{"bad reply", `
rules:
  - id: rp
    reason: blocked
    match: {reply: ["650"]}
    examples: [x]
`, []string{"bad.yaml:5", "bad reply"}},
		{"no condition", `
rules:
  - id: nc
    reason: blocked
    match: {}
    examples: [x]
`, []string{"bad.yaml:5", `rule "nc"`, "no match condition"}},
		{"missing match", `
rules:
  - id: nc
    reason: blocked
    examples: [x]
`, []string{"bad.yaml:3", "missing match"}},
		{"no examples", `
rules:
  - id: ne
    reason: blocked
    match: {phrase: [x]}
`, []string{"bad.yaml:3", `rule "ne"`, "missing examples"}},
		{"empty examples", `
rules:
  - id: ne
    reason: blocked
    match: {phrase: [x]}
    examples: []
`, []string{"bad.yaml:6", `rule "ne"`, "every rule needs"}},
		{"duplicate id", `
rules:
  - id: dup
    reason: blocked
    match: {phrase: [x]}
    examples: [x]
  - id: dup
    reason: blocked
    match: {phrase: [y]}
    examples: [y]
`, []string{"bad.yaml:7", `rule "dup"`, "duplicate id", "line 3"}},
		{"duplicate key", `
rules:
  - id: dk
    reason: blocked
    reason: spamdetected
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:5", "given twice"}},
		{"bad priority", `
rules:
  - id: bp
    reason: blocked
    priority: high
    match: {phrase: [x]}
    examples: [x]
`, []string{"bad.yaml:5", "priority"}},
		{"bad example key", `
rules:
  - id: be
    reason: blocked
    match: {phrase: [x]}
    examples: [{txt: x}]
`, []string{"bad.yaml:6", `unknown examples key "txt"`}},
		{"alias", `
rules:
  - &a
    id: al
    reason: blocked
    match: {phrase: [x]}
    examples: [x]
  - <<: *a
    id: al2
`, []string{"bad.yaml", "alias"}},
	}
	for _, c := range cases {
		rs, err := Parse("bad.yaml", []byte(c.yaml))
		if err == nil {
			t.Errorf("%s: no error (rules %v)", c.name, rs)
			continue
		}
		if rs != nil {
			t.Errorf("%s: rules returned along with the error", c.name)
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error is not a *ParseError", c.name)
		}
	}
}

func TestParseAccepts(t *testing.T) {
	rs, err := Parse("ok.yaml", []byte(`
# comment
rules:
  - id: one
    reason: userunknown
    priority: -3
    hard: false
    outside_rcpt: filtered
    when_delayed: networkerror
    match:
      phrase: "single phrase"
      status: 5.1.1
      reply: "550"
    description: {en: "One.", zh: "一。"}
    examples:
      - "550 5.1.1 single phrase"
      - {text: "single phrase", status: ""}
    not: ["nothing"]
  - id: two
    disabled: true
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("got %d rules", len(rs))
	}
	r := rs[0]
	if r.Priority != -3 || r.Hard == nil || *r.Hard || r.OutsideRCPT != "filtered" || r.WhenDelayed != "networkerror" || r.Phrases[0] != "single phrase" || r.Status[0] != "5.1.1" ||
		r.DescriptionZH != "一。" || r.Source != "ok.yaml:4" {
		t.Errorf("rule read wrong: %+v", r)
	}
	if e := r.Examples[0]; e.Status != "5.1.1" || e.Reply != "550" {
		t.Errorf("plain example codes not parsed: %+v", e)
	}
	if e := r.Examples[1]; e.Status != "" || e.Reply != "" {
		t.Errorf("explicit empty status not kept: %+v", e)
	}
	if !rs[1].Disabled {
		t.Errorf("disabled not read")
	}
	if rs, err := Parse("empty.yaml", nil); err != nil || len(rs) != 0 {
		t.Errorf("empty file: %v %v", rs, err)
	}
}

func TestNewSetErrors(t *testing.T) {
	good := &Rule{ID: "g", Reason: "blocked", Phrases: []string{"x"}}
	if _, err := NewSet([]*Rule{good, {ID: "g", Reason: "blocked", Phrases: []string{"y"}}}); err == nil || !strings.Contains(err.Error(), "duplicate") {
		t.Errorf("duplicate id in one file: %v", err)
	}
	if _, err := NewSet([]*Rule{{ID: "b", Reason: "nope", Phrases: []string{"x"}, Source: "code.go:1"}}); err == nil ||
		!strings.Contains(err.Error(), "code.go:1") || !strings.Contains(err.Error(), `"b"`) {
		t.Errorf("bad reason: %v", err)
	}
	if _, err := NewSet([]*Rule{{ID: "c", Reason: "blocked"}}); err == nil {
		t.Errorf("rule without condition accepted")
	}
	s, err := NewSet([]*Rule{good}, []*Rule{{ID: "g", Reason: "spamdetected", Phrases: []string{"x"}}})
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Match(Query{Text: "x"}); r == nil || r.Reason != "spamdetected" {
		t.Errorf("later file did not replace: %v", r)
	}
}

func writeFile(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadOverride(t *testing.T) {
	def := Default()
	// Pick a default phrase rule and a default reply rule to play with.
	var phr, rep *Rule
	for _, r := range def.Rules() {
		if phr == nil && r.Tier() == TierPhrase && len(r.Phrases) > 0 {
			phr = r
		}
		if rep == nil && r.Tier() == TierReply {
			rep = r
		}
	}
	if phr == nil || rep == nil {
		t.Fatal("default rules lack a phrase or reply rule")
	}
	dir := t.TempDir()
	user := writeFile(t, dir, "user.yaml", fmt.Sprintf(`
rules:
  - id: %s
    reason: feedback
    match: {phrase: [%q]}
    examples: [%q]
  - id: %s
    disabled: true
  - id: user.new
    reason: vacation
    priority: 1000
    match: {phrase: ["zzz-user-phrase"]}
    examples: ["zzz-user-phrase"]
`, phr.ID, phr.Phrases[0], phr.Phrases[0], rep.ID))
	s, err := Load(user)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != def.Len() {
		t.Errorf("Len: got %d, want %d (one replaced, one removed, one added)", s.Len(), def.Len())
	}
	if r := s.Rule(phr.ID); r == nil || r.Reason != "feedback" || !strings.HasPrefix(r.Source, user+":") {
		t.Errorf("override not in effect: %v", r)
	}
	if s.Rule(rep.ID) != nil {
		t.Errorf("disabled rule %s still active", rep.ID)
	}
	if r := s.Match(Query{Text: "ZZZ-user-phrase"}); r == nil || r.ID != "user.new" {
		t.Errorf("user rule not matched: %v", r)
	}
	// The default set is untouched.
	if r := def.Rule(phr.ID); r != phr {
		t.Errorf("Default() changed by Load")
	}
	if def.Rule(rep.ID) == nil {
		t.Errorf("Default() lost %s", rep.ID)
	}

	// Nothing half-loaded: a good file followed by a bad one gives no set.
	bad := writeFile(t, dir, "bad.yaml", "rules:\n  - id: x\n    reason: nope\n    match: {phrase: [x]}\n    examples: [x]\n")
	if s, err := Load(user, bad); err == nil || s != nil {
		t.Errorf("Load with a bad file: set %v, err %v", s, err)
	} else if !strings.Contains(err.Error(), bad+":3") {
		t.Errorf("error %q does not name %s:3", err, bad)
	}
	if s, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || s != nil {
		t.Errorf("Load of a missing file: %v %v", s, err)
	}
	if s, err := Load(); err != nil || s != def {
		t.Errorf("Load() = %v, %v; want the default set", s, err)
	}
}

func TestMatchConcurrent(t *testing.T) {
	s := Default()
	texts := benchTexts
	want := make([]*Rule, len(texts))
	for i, tx := range texts {
		want[i] = s.Match(tx)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := (g*31 + k) % len(texts)
				if got := s.Match(texts[i]); got != want[i] {
					t.Errorf("concurrent Match(%q) = %v, want %v", texts[i].Text, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestGlob(t *testing.T) {
	cases := []struct {
		p, s string
		want bool
	}{
		{"*.qq.com", "mx3.qq.com", true},
		{"*.qq.com", "qq.com", true},
		{"*.qq.com", "QQ.COM", true},
		{"*.qq.com", "xqq.com", false},
		{"mx*.qq.com", "mx3.qq.com", true},
		{"mx*.qq.com", "smtp.qq.com", false},
		{"mx?.qq.com", "mx12.qq.com", false},
		{"*", "anything", true},
		{"a*b*c", "aXXbYYc", true},
		{"a*b*c", "aXXbYY", false},
		{"*.google.com", "gmail-smtp-in.l.google.com", true},
		{"*.google.com", "google.com.evil.net", false},
	}
	for _, c := range cases {
		if got := matchHost(c.p, c.s); got != c.want {
			t.Errorf("matchHost(%q, %q) = %v", c.p, c.s, got)
		}
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "ABC def", "Ünïcödé ÀÉ", "该用户不存在 USER", "bad \xff\xfe bytes", "ΣΊΣΥΦΟΣ"} {
		got := string(appendLower(nil, s))
		want := strings.ToLower(s)
		if strings.ToValidUTF8(s, "") == s && got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestDecisive(t *testing.T) {
	yes := &Rule{ID: "a", Reason: "mailboxfull", Status: []string{"4.2.2"}}
	no1 := &Rule{ID: "b", Reason: "mailboxfull", Reply: []string{"452"}}
	no2 := &Rule{ID: "c", Reason: "onhold", Phrases: []string{"x"}}
	if !yes.Decisive() || no1.Decisive() || no2.Decisive() {
		t.Error("Decisive")
	}
}

var benchTexts = func() []Query {
	lines := []string{
		"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
		"host mx.example.org[192.0.2.25] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser d2si123456qkb.12 - gsmtp (in reply to RCPT TO command)",
		"smtp; 552 5.2.2 <alice@example.net>: Recipient address rejected: Mailbox full",
		"Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
		"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
		"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
		"550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
		"Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
		"SMTP error from remote mail server after RCPT TO:<carol@example.com>: 550 Unrouteable address",
		"Connected to 192.0.2.7 but sender was rejected. Remote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
		"The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com. 192.0.2.9: timed out]",
		"554 5.7.1 This message has been blocked because it contains a virus (Eicar-Test-Signature)",
		"550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain",
		"该用户不存在",
		"451 4.3.0 Temporary failure, please try again later",
		"250 2.0.0 Ok: queued as 4Bk3xY0abcz",
	}
	var qs []Query
	for _, l := range lines {
		reply, status := ParseCodes(l)
		qs = append(qs, Query{Text: l, Status: status, ReplyCode: reply, Hosts: []string{"mx.example.org"}})
	}
	return qs
}()

func BenchmarkMatch(b *testing.B) {
	s := Default()
	qs := benchTexts
	var n int
	for _, q := range qs {
		n += len(q.Text)
	}
	b.SetBytes(int64(n / len(qs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Match(qs[i%len(qs)])
	}
}

func BenchmarkMatchParallel(b *testing.B) {
	s := Default()
	qs := benchTexts
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			s.Match(qs[i%len(qs)])
			i++
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rs, err := Parse(DefaultSource, defaultYAML)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := NewSet(rs); err != nil {
			b.Fatal(err)
		}
	}
}

func TestVagueStatusDefersToReply(t *testing.T) {
	s := Default()
	r := s.Match(Query{Status: "5.5.0", ReplyCode: "503"})
	if r == nil || r.Reason != "syntaxerror" {
		t.Fatalf("status 5.5.0 with reply 503: got %v, want a syntaxerror rule", r)
	}
	r = s.Match(Query{Status: "5.1.1", ReplyCode: "503"})
	if r == nil || r.Reason != "userunknown" {
		t.Fatalf("status 5.1.1 with reply 503: got %v, want the status to decide", r)
	}
}

// A concept matches a noun and a predicate in one clause, in either order,
// at word boundaries, with stems; not across a clause break.
func TestConcept(t *testing.T) {
	r := &Rule{ID: "full", Reason: "mailboxfull", Nouns: []string{"mailbox", "quota", "邮箱"}, Predicates: []string{"full", "exceed*", "已满"},
		Examples: []Example{{Text: "x"}}}
	s, err := NewSet([]*Rule{r})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"The mailbox is full":                      true,
		"Quota exceeded for this user":             true,
		"full mailbox":                             true,
		"收件人邮箱已满":                                  true,
		"mailbox delivered successfully":           false, // "full" inside a word
		"mailbox unavailable. Disk is full":        false, // another sentence
		"Sender address rejected: mailbox full":    true,
		"Mailbox: bob; the server's queue is full": false,
		"quotaexceeded":                            false, // one word, not two
		"the mailbox of a user who has a very long name and also a history of a thousand messages is full": false, // too far apart
	} {
		if got := s.Match(Query{Text: text}) != nil; got != want {
			t.Errorf("%q: matched %v, want %v", text, got, want)
		}
	}
	if _, err := NewSet([]*Rule{{ID: "half", Reason: "mailboxfull", Nouns: []string{"mailbox"}}}); err == nil {
		t.Error("a concept without predicates was accepted")
	}
}

// Candidates ranks every matching rule as Match does, and Why says why.
func TestCandidates(t *testing.T) {
	s := Default()
	q := Query{Text: "552 5.2.3 the user's maildir has overdrawn his diskspace quota", Status: "5.2.3", ReplyCode: "552"}
	cs := s.Candidates(q)
	if len(cs) < 3 || cs[0].Rule != s.Match(q) {
		t.Fatalf("candidates %v, Match %v", cs, s.Match(q))
	}
	var status *Candidate
	for i := range cs {
		if cs[i].Rule.Tier() == TierStatus {
			status = &cs[i]
			break
		}
	}
	if status == nil || status.Rule.Reason != "emailtoolarge" {
		t.Fatalf("no 5.2.3 status candidate in %v", cs)
	}
	if got := Why(cs[0], *status); got != "phrase evidence beats status evidence" {
		t.Errorf("Why = %q", got)
	}
}

// A user file may write concepts; half a concept is an error that names
// the file and the line.
func TestParseConcept(t *testing.T) {
	good := `rules:
  - id: acme.full
    reason: mailboxfull
    match:
      nouns: [postbox]
      predicates: ["stuffed*"]
    description: {en: "x", zh: "x"}
    examples: ["Your postbox is stuffed to the brim"]
`
	rs, err := Parse("acme.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSet(rs)
	if err != nil {
		t.Fatal(err)
	}
	if f := s.Test(); len(f) != 0 {
		t.Errorf("examples fail: %v", f)
	}
	bad := strings.Replace(good, "      predicates: [\"stuffed*\"]\n", "", 1)
	if _, err := Parse("acme.yaml", []byte(bad)); err == nil || !strings.Contains(err.Error(), "acme.yaml:5") || !strings.Contains(err.Error(), "both nouns and predicates") {
		t.Errorf("half a concept: err = %v", err)
	}
}

// In a head-first language a noun after its predicate is a complement:
// it ranks below a pair whose noun comes first, whatever the lengths, and
// Why says so.
func TestConceptComplement(t *testing.T) {
	user := &Rule{ID: "user", Reason: "userunknown", Nouns: []string{"mailbox", "user"}, Predicates: []string{"does not exist", "unknown"}, Examples: []Example{{Text: "x"}}}
	domain := &Rule{ID: "domain", Reason: "hostunknown", Nouns: []string{"domain"}, Predicates: []string{"does not exist", "unknown"}, Examples: []Example{{Text: "x"}}}
	s, err := NewSet([]*Rule{domain, user})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"the mailbox bob does not exist in this domain": "user",   // the domain follows: where, not what
		"user unknown in the domain example.org":        "user",   // likewise
		"the domain of the recipient does not exist":    "domain", // both in order: the head wins
		"unknown domain": "domain", // only complements: the one there is
		"the recipient's domain does not exist, mailbox": "domain",
	} {
		if got := s.Match(Query{Text: text}); got == nil || got.ID != want {
			t.Errorf("%q: matched %v, want %s", text, got, want)
		}
	}
	cs := s.Candidates(Query{Text: "the mailbox bob does not exist in this domain"})
	if len(cs) != 2 || cs[0].Rule.ID != "user" {
		t.Fatalf("candidates %v", cs)
	}
	if got := Why(cs[0], cs[1]); !strings.Contains(got, "complement") {
		t.Errorf("Why = %q, want it to name the complement", got)
	}
}

// Match runs a rule's regexps one by one: only those whose required
// literal is in the text. The others cannot match, so the winner and its
// match length are as if all had run, whichever of them holds.
func TestMatchRegexpsByLiteral(t *testing.T) {
	s := mustSet(t, `
rules:
  - id: one.of.three
    reason: userunknown
    match: {regexp: ['alpha \d+', 'beta [a-z]+', 'gamma\b']}
    examples: ['beta x']
`)
	cases := []struct{ text, want string }{
		{"beta x", "one.of.three"},
		{"alpha 12", "one.of.three"},
		{"gamma", "one.of.three"},
		{"alpha beta gamma", "one.of.three"}, // only the third holds
		{"alpha, then beta zzzz", "one.of.three"},
		{"gammas and alphas", ""}, // literals, no match
	}
	for _, c := range cases {
		got := ""
		if r := s.Match(Query{Text: c.text}); r != nil {
			got = r.ID
		}
		if got != c.want {
			t.Errorf("Match(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCompiledRegexpMayMatch checks MayMatch against the regexps
// themselves on every example of the default rules: a regexp that matches
// a text may match it, and one with literals turns down a text without.
func TestCompiledRegexpMayMatch(t *testing.T) {
	s := Default()
	checked, refused := 0, 0
	for _, r := range s.Rules() {
		res := s.CompiledRegexps(r.ID)
		if len(res) != len(r.Regexps) {
			t.Fatalf("rule %s: %d compiled regexps for %d", r.ID, len(res), len(r.Regexps))
		}
		for _, re := range res {
			for _, ex := range append(append([]Example(nil), r.Examples...), r.CounterExamples...) {
				low := strings.ToLower(ex.Text)
				if re.MatchString(low) && !re.MayMatch(low) {
					t.Errorf("rule %s: %q matches %q, but MayMatch says it cannot", r.ID, re, low)
				}
				checked++
			}
			if !re.MayMatch("") {
				refused++
			}
		}
	}
	if checked == 0 || refused == 0 {
		t.Fatalf("checked %d examples, %d regexps turn down the empty text: want some of each", checked, refused)
	}
	if s.CompiledRegexps("no.such.rule") != nil {
		t.Error("CompiledRegexps of an unknown id is not nil")
	}
}
