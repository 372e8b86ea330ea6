package htmlreport_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/htmlreport"
	"github.com/bounce-analyzer/bounce/provider"
	"github.com/bounce-analyzer/bounce/record"
)

var fixedNow = func() time.Time { return time.Date(2026, 12, 3, 2, 0, 0, 0, time.UTC) }

// messages analyzes the files matching the globs, one slice per message.
func messages(t testing.TB, globs ...string) [][]classify.Record {
	t.Helper()
	var out [][]classify.Record
	for _, g := range globs {
		paths, _ := filepath.Glob(g)
		if len(paths) == 0 {
			t.Fatalf("no files for %s", g)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := bounce.Analyze(bytes.NewReader(b), p)
			if err != nil {
				continue // not every sample file is a bounce; the analyzer's tests say which
			}
			out = append(out, recs)
		}
	}
	return out
}

func render(t testing.TB, d *htmlreport.Data) string {
	t.Helper()
	var b bytes.Buffer
	if err := htmlreport.Render(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The counts of the report are the counts of the records, on the provider
// samples and the sample set.
func TestCountsOnSamples(t *testing.T) {
	msgs := messages(t, "../testdata/providers/*.eml", "../testdata/sisimai-set/eml/*.eml")
	c := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow})
	var bounces, hard, complaints, auto int
	perProvider := map[string]int{}
	for _, recs := range msgs {
		c.Add(recs)
		for _, r := range recs {
			switch {
			case r.Reason == "feedback":
				complaints++
			case r.Reason == "vacation":
				auto++
			case r.Reason == "delivered":
			default:
				bounces++
				if r.Hard {
					hard++
				}
				if p := provider.Default().Of(provider.DomainOf(r.Recipient), r.RemoteMTA); p != nil {
					perProvider[p.ID]++
				}
			}
		}
	}
	d := c.Data()
	s := d.Summary
	if s.Messages != len(msgs) || s.Bounces != bounces || s.Hard != hard || s.Soft != bounces-hard ||
		s.Complaints != complaints || s.AutoReplies != auto || s.NewSuppressions != -1 {
		t.Errorf("summary %+v; want %d messages, %d bounces, %d hard, %d complaints, %d auto-replies",
			s, len(msgs), bounces, hard, complaints, auto)
	}
	sumReasons, sumFailed, listed := 0, 0, 0
	for _, r := range d.Reasons {
		sumReasons += r.N
	}
	for _, f := range d.Failed {
		for _, fd := range f.Domains {
			sumFailed += fd.Count
			listed += len(fd.Recipients)
		}
	}
	if sumReasons != bounces || sumFailed != bounces || listed != bounces {
		t.Errorf("reasons sum %d, failed rows %d, listed recipients %d; want %d each", sumReasons, sumFailed, listed, bounces)
	}
	for _, p := range d.Providers {
		if p.Failures != perProvider[p.Key] {
			t.Errorf("provider %s: %d failures, want %d", p.Key, p.Failures, perProvider[p.Key])
		}
	}
	if len(d.Providers) == 0 || d.Providers[0].Failures < d.Providers[len(d.Providers)-1].Failures {
		t.Errorf("providers not sorted by failures: %+v", d.Providers)
	}
	daySum := 0
	for i := range d.Days {
		daySum += d.Days[i].Total()
	}
	if daySum == 0 || daySum > bounces {
		t.Errorf("the chart holds %d bounces of %d", daySum, bounces)
	}

	out := render(t, d)
	for _, want := range []string{
		"QQ Mail / Tencent Exmail", "NetEase 163 / 126 / yeah", "DT:SPM", "Microsoft S3150",
		`id="incidents"`, `<svg class="chart"`, "userunknown", "the mailbox does not exist",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	assertSelfContained(t, out)
}

// assertSelfContained fails when the page would load or run anything:
// every element is one the report writes, no attribute loads or runs
// anything, links go to http(s) or the page itself, and the one style
// sheet imports nothing.
func assertSelfContained(t *testing.T, out string) {
	t.Helper()
	for _, m := range tagRe.FindAllStringSubmatch(out, -1) {
		tag, attrs := strings.ToLower(m[1]), m[2]
		if !allowedTags[tag] {
			t.Errorf("unexpected element <%s%s>", m[1], attrs)
		}
		for _, a := range attrRe.FindAllStringSubmatch(attrs, -1) {
			name, val := strings.ToLower(a[1]), a[2]
			switch {
			case strings.HasPrefix(name, "on"), name == "src", name == "srcset", name == "style", name == "action", name == "formaction":
				t.Errorf("<%s> has attribute %s=%s", tag, name, val)
			case name == "href" && !strings.HasPrefix(val, `"#`) && !strings.HasPrefix(val, `"http://`) && !strings.HasPrefix(val, `"https://`):
				t.Errorf("<%s> links to %s", tag, val)
			}
		}
	}
	styles := styleRe.FindAllStringSubmatch(out, -1)
	if len(styles) != 1 {
		t.Fatalf("%d style elements, want 1", len(styles))
	}
	if css := strings.ToLower(styles[0][1]); strings.Contains(css, "@import") || strings.Contains(css, "url(") {
		t.Error("the style sheet loads something")
	}
}

var (
	tagRe       = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*)?)>`)
	attrRe      = regexp.MustCompile(`([a-zA-Z-]+)=("[^"]*"|'[^']*'|[^\s>]+)`)
	styleRe     = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	allowedTags = map[string]bool{}
)

func init() {
	for _, t := range strings.Fields("html head meta title style body main header h1 h2 h3 p section ul li b span svg line text rect details summary table thead tbody tr th td article code a br div small footer") {
		allowedTags[t] = true
	}
}

// A hostile bounce: markup in the diagnostic, the recipient, the status
// and a link. Everything must come out as inert text.
func TestHostileDiagnosticIsInert(t *testing.T) {
	msg := "From: MAILER-DAEMON@mx.example.org\r\n" +
		"To: sender@example.com\r\n" +
		"Subject: Undelivered Mail Returned to Sender <script>alert(1)</script>\r\n" +
		"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nbounce\r\n" +
		"--b\r\nContent-Type: message/delivery-status\r\n\r\n" +
		"Reporting-MTA: dns; mx.example.org\r\n\r\n" +
		"Final-Recipient: rfc822; bob@qq.com\r\n" +
		"Action: failed\r\n" +
		"Status: 5.7.1\r\n" +
		"Diagnostic-Code: smtp; 554 5.7.1 Client host [203.0.113.9] blocked using zen.spamhaus.org; <script>alert(3)</script> " +
		"see https://www.spamhaus.org/query/ip/\"><script>alert(4)</script> and javascript:alert(5) <svg onload=alert(6)> </td></table><style>body{display:none}</style>\r\n" +
		"--b--\r\n"
	recs, err := bounce.Analyze(strings.NewReader(msg), "hostile.eml")
	if err != nil || len(recs) != 1 {
		t.Fatalf("analyze: %v, %d records", err, len(recs))
	}
	if !strings.Contains(recs[0].Diagnostic, "<script>") {
		t.Fatalf("the sample lost its markup: %q", recs[0].Diagnostic)
	}
	// Ten copies make an alert, so the card with the links shows too; a
	// record as a hostile JSON Lines file could hold it puts markup in
	// every other field.
	c := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow, Threshold: 10})
	for i := 0; i < 10; i++ {
		c.Add(recs)
	}
	evil := `"><img src=x onerror=alert(7)><script>alert(8)</script>`
	c.Add([]classify.Record{{
		Recipient: evil + "@" + evil, Reason: record.Reason("blocked" + evil), Status: evil, Diagnostic: evil,
		RemoteMTA: evil, Date: "2026-12-02T00:00:00Z",
	}})
	d := c.Data()
	if d.Summary.Alerts != 1 {
		t.Fatalf("want one alert, got %+v", d.Incidents)
	}
	for _, lang := range []string{"en", "zh"} {
		d.Lang = lang
		out := render(t, d)
		assertSelfContained(t, out)
		if !strings.Contains(out, "&lt;script&gt;alert(3)&lt;/script&gt;") {
			t.Errorf("%s: the diagnostic is not shown escaped", lang)
		}
	}
}

func TestChineseLabels(t *testing.T) {
	msgs := messages(t, "../testdata/providers/tencent-0*.eml", "../testdata/providers/netease-0*.eml")
	c := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow, Lang: "zh"})
	for _, m := range msgs {
		c.Add(m)
	}
	out := render(t, c.Data())
	for _, want := range []string{`<html lang="zh-CN">`, "退信报告", "概览", "事件：收件方拒收发件方", "QQ邮箱 / 腾讯企业邮", "发信频率过高或连接过多", ">ratelimited<",
		"QQ 邮箱：IP、域名、连接或发信频率受限。", // the rule's own zh description
	} {
		if !strings.Contains(out, want) {
			t.Errorf("zh report lacks %q", want)
		}
	}
	if strings.Contains(out, "At a glance") {
		t.Error("zh report has English labels")
	}
}

// Every reason of the vocabulary has descriptions in both languages.
func TestDescribeCoversReasons(t *testing.T) {
	for _, r := range []string{"userunknown", "hostunknown", "hasmoved", "notaccept", "mailboxfull",
		"emailtoolarge", "suspend", "systemfull", "systemerror", "mailererror", "networkerror", "expired",
		"ratelimited", "blocked", "requireptr", "badreputation", "authfailure", "spamdetected", "virusdetected",
		"policyviolation", "contenterror", "notcompliantrfc", "securityerror", "failedstarttls", "norelaying",
		"rejected", "filtered", "syntaxerror", "suppressed", "onhold", "undefined", "delivered", "vacation", "feedback"} {
		if htmlreport.Describe(r, "en") == "" || htmlreport.Describe(r, "zh") == "" {
			t.Errorf("%s lacks a description", r)
		}
	}
}

// Records spread over years are drawn by month or year; a night by day.
func TestPeriods(t *testing.T) {
	for _, c := range []struct {
		dates []string
		unit  string
		bars  int
	}{
		{[]string{"2026-12-01T10:00:00Z", "2026-12-03T01:00:00Z"}, "day", 3},
		{[]string{"2026-01-15T10:00:00Z", "2026-12-03T01:00:00Z"}, "month", 12},
		{[]string{"1999-01-15T10:00:00Z", "2026-12-03T01:00:00+08:00"}, "year", 28},
	} {
		col := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow})
		for _, dt := range c.dates {
			col.Add([]classify.Record{{Recipient: "a@example.com", Reason: "userunknown", Hard: true, Date: dt}})
		}
		d := col.Data()
		if d.Unit != c.unit || len(d.Days) != c.bars || d.Days[0].Total() != 1 || d.Days[len(d.Days)-1].Total() != 1 {
			t.Errorf("%v: unit %s, %d bars, want %s, %d", c.dates, d.Unit, len(d.Days), c.unit, c.bars)
		}
	}
}

func TestSinceAndCap(t *testing.T) {
	col := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow, Since: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), MaxRecipients: 2})
	for i := 0; i < 5; i++ {
		col.Add([]classify.Record{{Recipient: fmt.Sprintf("u%d@example.com", i), Reason: "userunknown", Date: "2026-12-02T00:00:00Z"}})
	}
	col.Add([]classify.Record{{Recipient: "old@example.com", Reason: "userunknown", Date: "2026-11-02T00:00:00Z"}})
	d := col.Data()
	fd := d.Failed[0].Domains[0]
	if d.Summary.Bounces != 5 || d.Summary.Messages != 5 || fd.Count != 5 || len(fd.Recipients) != 2 || fd.Omitted != 3 {
		t.Errorf("summary %+v, row %+v: want 5 bounces, 2 listed and 3 omitted", d.Summary, fd)
	}
	if out := render(t, d); !strings.Contains(out, "and 3 more not listed") {
		t.Error("the omitted recipients are not said")
	}
}

// A report over 100,000 records stays a few megabytes: the recipients
// are listed once each, the diagnostics once per reason and domain.
func TestLargeReportSize(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	n, size := writeLarge(t, 100_000)
	t.Logf("%d records: report of %.2f MB", n, float64(size)/1e6)
	if size > 6<<20 {
		t.Errorf("report of %d bytes for %d records, want under 6 MiB", size, n)
	}
}

func BenchmarkRender100k(b *testing.B) {
	for b.Loop() {
		_, size := writeLarge(b, 100_000)
		b.ReportMetric(float64(size)/1e6, "MB")
	}
}

// writeLarge renders a report of n records (see largeData) and returns
// n and its size.
func writeLarge(t testing.TB, n int) (int, int) {
	var w countWriter
	if err := htmlreport.Render(&w, largeData(t, n)); err != nil {
		t.Fatal(err)
	}
	return n, int(w)
}

// largeData counts n records made from the sample set's records (new
// recipients, the same diagnostics) over 30 days.
func largeData(t testing.TB, n int) *htmlreport.Data {
	msgs := messages(t, "../testdata/sisimai-set/eml/*.eml")
	var base []classify.Record
	for _, m := range msgs {
		base = append(base, m...)
	}
	c := htmlreport.NewCollector(htmlreport.Options{Now: fixedNow})
	day := time.Date(2026, 11, 4, 3, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		r := base[i%len(base)]
		local, domain, _ := strings.Cut(r.Recipient, "@")
		r.Recipient = fmt.Sprintf("%s.%d@%s", local, i, domain)
		r.Date = day.Add(time.Duration(i%30) * 24 * time.Hour).Format(time.RFC3339)
		c.Add([]classify.Record{r})
	}
	return c.Data()
}

type countWriter int

func (w *countWriter) Write(p []byte) (int, error) { *w += countWriter(len(p)); return len(p), nil }
