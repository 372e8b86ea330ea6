package incident_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/incident"
)

// Wordings from the samples in testdata: what each names.
func TestExtract(t *testing.T) {
	for _, c := range []struct {
		diag string
		want incident.Evidence
	}{
		{
			"550 5.7.1 Unfortunately, messages from [203.0.113.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
			incident.Evidence{Blocklists: []string{"Microsoft S3150"}, IPs: []string{"203.0.113.25"}, Codes: []string{"S3150"}},
		},
		{
			"554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.25",
			incident.Evidence{Blocklists: []string{"Spamhaus ZEN"}, IPs: []string{"203.0.113.25"}, Delist: []string{"https://www.spamhaus.org/query/ip/203.0.113.25"}},
		},
		{
			"554 Service unavailable; Client host [203.0.113.25] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.25",
			incident.Evidence{Blocklists: []string{"Barracuda"}, IPs: []string{"203.0.113.25"}, Delist: []string{"http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.25"}},
		},
		{
			// NetEase's tag; the receiver's own address (host ... [IP]) is not the sender's.
			"xu.qing@163.com host 163mx00.mxmail.netease.com [192.0.2.24] Delay reason: SMTP error from remote mail server after end of data: 451 DT:SPM 163 mx36,_____wD3_8w3AUNmS6YHCA--.61190S2 1715742760, please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx36&time=1715742760",
			incident.Evidence{IPs: []string{"203.0.113.25"}, Codes: []string{"DT:SPM"}, Delist: []string{"http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.25&hostid=mx36&time=1715742760"}},
		},
		{
			"550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
			incident.Evidence{Codes: []string{"no=1000725"}, Delist: []string{"http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725"}},
		},
		{
			"553 5.7.2 [BL21] Connections will not be accepted from 203.0.113.25, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
			incident.Evidence{Blocklists: []string{"Spamhaus"}, IPs: []string{"203.0.113.25"}, Codes: []string{"BL21"}, Delist: []string{"https://postmaster.yahooinc.com/error-codes"}},
		},
		{
			"<neko@example.co.jp>: 203.0.113.225 does not like recipient. Remote host said: 550 5.7.606 Access denied, banned sending IP [192.0.2.225]. To request removal from this list please visit https://sender.office.com and follow the directions.",
			incident.Evidence{Blocklists: []string{"Microsoft banned IPs (5.7.606)"}, IPs: []string{"192.0.2.225"}, Delist: []string{"https://sender.office.com"}},
		},
		{
			"550-5.1.0 MXIN506 MailFrom domain is listed in Spamhaus. To request removal from this list see https: //www.spamhaus.org/query/lookup/ ;id=DLOk",
			incident.Evidence{Blocklists: []string{"Spamhaus"}, Delist: []string{"https://www.spamhaus.org/query/lookup/"}},
		},
		{
			"554 5.7.1 <a8-95.smtp-out.amazonses.com[203.0.113.22]>: Client host rejected: blocked using mail.neko.example.org; Please see http://mail.neko.example.org/rbl/?ip=203.0.113.22 to send.",
			incident.Evidence{Blocklists: []string{"mail.neko.example.org"}, IPs: []string{"203.0.113.22"}, Delist: []string{"http://mail.neko.example.org/rbl/?ip=203.0.113.22"}},
		},
		{
			// Gmail and Microsoft name an IPv6 sender the same way.
			"550-5.7.1 [2001:DB8:1::25      15] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. 12:30:45 2001:db8::1",
			incident.Evidence{IPs: []string{"2001:db8:1::25"}},
		},
		{
			"550 5.7.1 Unfortunately, messages from [2001:db8::25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
			incident.Evidence{Blocklists: []string{"Microsoft S3150"}, IPs: []string{"2001:db8::25"}, Codes: []string{"S3150"}},
		},
		{"550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table", incident.Evidence{}},
		{"mx.example.com [999.1.1.1] said: 554 IP=300.0.0.1 blocked", incident.Evidence{}},
	} {
		if got := incident.Extract(c.diag); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%.70q)\n got %+v\nwant %+v", c.diag, got, c.want)
		}
	}
}

func analyze(t testing.TB, paths ...string) []classify.Record {
	t.Helper()
	var out []classify.Record
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := bounce.Analyze(f, p)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, recs...)
	}
	return out
}

func find(ins []incident.Incident, key, reason string) *incident.Incident {
	for i := range ins {
		if ins[i].Key == key && ins[i].Reason == reason {
			return &ins[i]
		}
	}
	return nil
}

func hasValue(cs []incident.Count, v string) bool {
	for _, c := range cs {
		if c.Value == v {
			return true
		}
	}
	return false
}

// QQ's frequency limits from four messages (one for a company domain on
// Exmail, known by its MX host) make one incident; Microsoft's S3150 and
// a Spamhaus listing seen through Office 365 another.
func TestTrackerOnSamples(t *testing.T) {
	td := "../testdata/"
	recs := analyze(t,
		td+"providers/tencent-03.eml", td+"providers/tencent-04.eml", td+"providers/tencent-05.eml", td+"mtas/qq-01.eml",
		td+"providers/outlook-03.eml", td+"providers/outlook-04.eml", td+"mtas/o365-07.eml",
		td+"providers/yahoo-05.eml", td+"mtas/r4-barracuda-01.eml",
		td+"providers/gmail-01.eml", // a dead address: not an incident
	)
	tr := incident.New(incident.Options{Threshold: 5})
	counted := 0
	for i := range recs {
		if tr.Add(&recs[i]) {
			counted++
		}
	}
	if counted != len(recs)-1 {
		t.Errorf("counted %d of %d records, want all but the dead address", counted, len(recs))
	}
	ins := tr.Incidents()

	qq := find(ins, "qq", "ratelimited")
	if qq == nil {
		t.Fatalf("no qq/ratelimited incident in %+v", ins)
	}
	if qq.Count != 5 || !qq.Alert || qq.Name("en") != "QQ Mail / Tencent Exmail" {
		t.Errorf("qq: count %d alert %v name %q, want 5, true, QQ Mail / Tencent Exmail", qq.Count, qq.Alert, qq.Name("en"))
	}
	for _, code := range []string{"no=1000722", "no=1000723", "no=1000725"} {
		if !hasValue(qq.Codes, code) {
			t.Errorf("qq codes %v lack %s", qq.Codes, code)
		}
	}
	if !hasValue(qq.Domains, "example.org") || !hasValue(qq.Domains, "qq.com") {
		t.Errorf("qq domains %v: want qq.com and the Exmail customer example.org", qq.Domains)
	}
	if &ins[0] != qq {
		t.Errorf("the alert should come first, got %s/%s", ins[0].Key, ins[0].Reason)
	}

	ms := find(ins, "microsoft", "blocked")
	if ms == nil || ms.Count != 3 || ms.Alert {
		t.Fatalf("microsoft/blocked = %+v, want 3 recipients, no alert", ms)
	}
	if !hasValue(ms.Blocklists, "Microsoft S3150") || !hasValue(ms.Blocklists, "Spamhaus") || !hasValue(ms.IPs, "203.0.113.25") {
		t.Errorf("microsoft lists %v ips %v", ms.Blocklists, ms.IPs)
	}
	if len(ms.Delist) == 0 {
		t.Errorf("microsoft: no delisting link (Spamhaus gives one)")
	}

	yh := find(ins, "yahoo", "blocked")
	if yh == nil || !hasValue(yh.Codes, "BL21") || !hasValue(yh.Blocklists, "Spamhaus") {
		t.Errorf("yahoo/blocked = %+v, want BL21 and Spamhaus", yh)
	}
	if yh != nil && (yh.First.IsZero() || yh.Last.Before(yh.First)) {
		t.Errorf("yahoo dates %v..%v", yh.First, yh.Last)
	}
	if got, want := ms.Line(), "Microsoft Outlook / Office 365 blocked: 3 recipients (Microsoft S3150, Spamhaus, S3150; IP 203.0.113.25)"; got != want {
		t.Errorf("Line() = %q, want %q", got, want)
	}
	if tr.Alerts() != 1 {
		t.Errorf("Alerts() = %d, want 1", tr.Alerts())
	}

	never := incident.New(incident.Options{Threshold: -1})
	for i := range recs {
		never.Add(&recs[i])
	}
	if never.Alerts() != 0 {
		t.Errorf("a negative threshold raised %d alerts", never.Alerts())
	}
}

// Over the whole sample set every sender-side record lands in exactly one
// incident.
func TestTrackerCountsEverything(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/sisimai-set/eml/*.eml")
	if len(paths) < 100 {
		t.Fatalf("sample set missing: %d files", len(paths))
	}
	recs := analyze(t, paths...)
	tr := incident.New(incident.Options{})
	want := 0
	for i := range recs {
		if incident.SenderSide(string(recs[i].Reason)) {
			want++
		}
		tr.Add(&recs[i])
	}
	got := 0
	for _, in := range tr.Incidents() {
		got += in.Count
		if !incident.SenderSide(in.Reason) {
			t.Errorf("incident for %s", in.Reason)
		}
	}
	if got != want || want == 0 {
		t.Errorf("incidents hold %d refusals, want %d", got, want)
	}
}

// Memory stays bounded however many domains refuse.
func TestTrackerBounded(t *testing.T) {
	tr := incident.New(incident.Options{})
	for i := 0; i < 3*incident.MaxGroups; i++ {
		r := classify.Record{
			Recipient:  fmt.Sprintf("a@d%d.example", i),
			Reason:     "blocked",
			Diagnostic: fmt.Sprintf("554 Client host [192.0.%d.%d] blocked", i/256%256, i%256),
		}
		tr.Add(&r)
	}
	ins := tr.Incidents()
	if len(ins) > incident.MaxGroups+1 {
		t.Errorf("%d groups, want at most %d", len(ins), incident.MaxGroups+1)
	}
	total := 0
	for _, in := range ins {
		total += in.Count
		if len(in.IPs) > incident.MaxValues || len(in.Domains) > incident.MaxValues {
			t.Errorf("%s keeps %d IPs and %d domains", in.Key, len(in.IPs), len(in.Domains))
		}
	}
	if total != 3*incident.MaxGroups {
		t.Errorf("lost refusals: %d of %d", total, 3*incident.MaxGroups)
	}
	if other := find(ins, "other", "blocked"); other == nil || other.Count != 2*incident.MaxGroups {
		t.Errorf("other group = %+v", other)
	}
}

// A company that sends through Exmail gets bounces reported by Exmail's
// servers: the refusal is the receiver's, not QQ's.
func TestReportingMTAIsNotTheReceiver(t *testing.T) {
	tr := incident.New(incident.Options{})
	r := classify.Record{Recipient: "a@example.org", Reason: "blocked", ReportingMTA: "smtp.exmail.qq.com", RemoteMTA: "mx.example.org"}
	tr.Add(&r)
	r = classify.Record{Recipient: "b@example.net", Reason: "blocked", ReportingMTA: "smtp.exmail.qq.com", RemoteMTA: "example-net.mail.protection.outlook.com"}
	tr.Add(&r)
	ins := tr.Incidents()
	if find(ins, "example.org", "blocked") == nil || find(ins, "microsoft", "blocked") == nil || find(ins, "qq", "blocked") != nil {
		t.Errorf("incidents %+v: want example.org and microsoft, not qq", ins)
	}
}
