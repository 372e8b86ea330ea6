package esp

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/parser"
)

// want is the verdict expected on one recipient of a sample.
type want struct {
	recipient, action, reason string
	hard                      bool
	espType, ruleFrom         string // ruleFrom: "rules" or "class"
}

func TestSamples(t *testing.T) {
	tests := []struct {
		file    string
		want    []want
		ignored map[string]int
	}{
		{"ses-sns-bounce.json", []want{
			{"nobody@example.org", "failed", "userunknown", true, "Permanent/General", "rules"},
		}, nil},
		{"ses-events.jsonl", []want{
			{"gone@example.net", "failed", "suppressed", false, "Permanent/Suppressed", "class"},
			{"full@example.net", "failed", "mailboxfull", false, "Transient/MailboxFull", "class"},
			{"one@example.com", "failed", "mailboxfull", false, "Permanent/General", "rules"},
			{"two@example.com", "failed", "userunknown", true, "Permanent/General", "rules"},
			{"angry@example.org", "", "feedback", false, "Complaint", "rules"},
			{"ok@example.com", "delivered", "delivered", false, "Delivery", "rules"},
			{"slow@example.com", "delayed", "networkerror", false, "DeliveryDelay/TransientCommunicationFailure", "rules"},
		}, map[string]int{"amazonses/Open": 1}},
		{"sendgrid-batch.json", []want{
			{"nobody@example.com", "failed", "userunknown", true, "bounce/Invalid Address", "rules"},
			{"full@example.com", "failed", "mailboxfull", false, "bounce", "rules"},
			{"ip@example.org", "failed", "badreputation", false, "bounce/blocked/Reputation", "class"},
			{"old@example.org", "failed", "suppressed", false, "dropped", "rules"},
			{"later@example.net", "delayed", "ratelimited", false, "deferred", "rules"},
			{"spam@example.net", "", "feedback", false, "spamreport", "rules"},
		}, map[string]int{"sendgrid/open": 1, "sendgrid/processed": 1}},
		{"mailgun-webhook.json", []want{
			{"ghost@example.com", "failed", "userunknown", true, "failed/permanent/bounce", "rules"},
		}, nil},
		{"mailgun-events-page.json", []want{
			{"busy@example.net", "delayed", "badreputation", false, "failed/temporary/generic", "rules"},
			{"prev@example.net", "failed", "suppressed", false, "failed/permanent/suppress-bounce", "class"},
			{"meh@example.org", "", "feedback", false, "complained", "rules"},
		}, map[string]int{"mailgun/delivered": 1}},
		{"postmark-bounce.json", []want{
			{"missing@example.com", "failed", "userunknown", true, "HardBounce", "rules"},
		}, nil},
		{"postmark-stream.json", []want{
			{"nodetails@example.com", "failed", "userunknown", true, "HardBounce", "class"},
			{"complainer@example.com", "", "feedback", false, "SpamComplaint", "rules"},
		}, map[string]int{"postmark/Open": 1}},
		{"ses-sns-delays.jsonl", []want{
			{"quota.user@mail.example.net", "delayed", "mailboxfull", false, "DeliveryDelay/MailboxFull", "rules"},
			{"someone@isp.example.org", "delayed", "blocked", false, "DeliveryDelay/IPFailure", "class"},
			{"buyer@example.com", "failed", "virusdetected", false, "Reject", "class"},
			{"listed@example.org", "failed", "suppressed", false, "Complaint/OnAccountSuppressionList", "class"},
		}, nil},
		{"postmark-types.json", []want{
			{"reader@corp.example.net", "failed", "spamdetected", false, "SpamNotification", "rules"},
			{"later@slow.example.com", "delayed", "networkerror", false, "Transient", "rules"},
			{"nobody@unresolved.example", "failed", "networkerror", false, "DnsError", "class"},
			{"scanner@example.com", "failed", "virusdetected", false, "VirusNotification", "class"},
		}, map[string]int{"postmark/Subscribe": 1}},
		{"brevo.jsonl", []want{
			{"unknown@example.fr", "failed", "userunknown", true, "hard_bounce", "rules"},
			{"quota@example.fr", "failed", "mailboxfull", false, "soft_bounce", "rules"},
			{"bad@@example.fr", "failed", "userunknown", true, "invalid_email", "class"},
			{"reporter@example.fr", "", "feedback", false, "spam", "rules"},
		}, map[string]int{"brevo/opened": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d := decodeFile(t, tt.file)
			if len(d.errs) > 0 {
				t.Fatalf("errors: %v", d.errs)
			}
			if len(d.recs) != len(tt.want) {
				t.Fatalf("got %d records, want %d: %+v", len(d.recs), len(tt.want), d.recs)
			}
			// One event may hold several recipients: find each
			// record's event by its recipient.
			typeOf := map[string]string{}
			for _, ev := range d.events {
				for _, r := range ev.Message.Recipients {
					typeOf[r.Address] = ev.Type
				}
			}
			for i, w := range tt.want {
				r := d.recs[i]
				fromClass := strings.HasPrefix(r.Rule, RuleClass)
				if r.Recipient != w.recipient || string(r.Action) != w.action || string(r.Reason) != w.reason || r.Hard != w.hard ||
					typeOf[r.Recipient] != w.espType || fromClass != (w.ruleFrom == "class") {
					t.Errorf("record %d: got %s %q %s hard=%v type=%q rule=%s; want %+v",
						i, r.Recipient, r.Action, r.Reason, r.Hard, typeOf[r.Recipient], r.Rule, w)
				}
				if r.Source != tt.file || r.Date == "" || r.OriginalMessageID == "" || r.Vendor == "" {
					t.Errorf("record %d: source, date, message id or vendor missing: %+v", i, r)
				}
			}
			if d.stats.Events != len(d.events) || d.stats.IgnoredTotal() != total(tt.ignored) {
				t.Errorf("stats %+v, want %d events and ignored %v", d.stats, len(d.events), tt.ignored)
			}
			for k, n := range tt.ignored {
				if d.stats.Ignored[k] != n {
					t.Errorf("ignored[%s] = %d, want %d", k, d.stats.Ignored[k], n)
				}
			}
		})
	}
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// The fields of a record come from the event, not only the reason.
func TestSESFields(t *testing.T) {
	d := decodeFile(t, "ses-sns-bounce.json")
	m := d.events[0].Message
	r := m.Recipients[0]
	if m.Vendor != SES || m.Kind != parser.Bounce || m.ReportingMTA != "a48-112.smtp-out.amazonses.com" ||
		m.Original.From != "news@shop.example.com" || m.Original.MessageID != "20261130081500.4711@shop.example.com" ||
		m.Original.Subject != "Your November offers" || !m.Date.Equal(time.Date(2026, 11, 30, 8, 15, 2, 411e6, time.UTC)) {
		t.Errorf("message: %+v", m)
	}
	if r.Address != "nobody@example.org" || r.Status != "5.1.1" || r.ReplyCode != "550" ||
		r.Diagnostic != "550 5.1.1 user unknown" || r.DiagnosticType != "smtp" || r.RemoteMTA != "192.0.2.25" {
		t.Errorf("recipient: %+v", r)
	}
}

func TestMailgunCodes(t *testing.T) {
	d := decodeFile(t, "mailgun-events-page.json")
	// Code 421 written as a string; 605 is Mailgun's own, not SMTP.
	if r := d.events[0].Message.Recipients[0]; r.ReplyCode != "421" || r.Status != "4.7.0" || r.RemoteMTA != "aspmx.example.net" {
		t.Errorf("temporary failure: %+v", r)
	}
	if r := d.events[1].Message.Recipients[0]; r.ReplyCode != "" || r.Diagnostic != "Not delivering to previously bounced address" {
		t.Errorf("suppressed: %+v", r)
	}
}

func TestMalformed(t *testing.T) {
	d := decodeFile(t, "malformed.jsonl")
	got := []string{}
	for _, r := range d.recs {
		got = append(got, r.Recipient)
	}
	if strings.Join(got, " ") != "nobody@example.com unknown@example.fr full@example.com" {
		t.Errorf("records of the good lines: %v", got)
	}
	wantLines := []int{2, 4, 6}
	if len(d.errs) != len(wantLines) {
		t.Fatalf("errors: %v", d.errs)
	}
	for i, err := range d.errs {
		var de *DecodeError
		errors.As(err, &de)
		if de.Line != wantLines[i] || de.Source != "malformed.jsonl" || !strings.Contains(err.Error(), "malformed.jsonl:") {
			t.Errorf("error %d: %v (line %d), want line %d", i, err, de.Line, wantLines[i])
		}
	}
	if d.stats.Errors != 3 || d.stats.Ignored["unknown"] != 1 {
		t.Errorf("stats: %+v", d.stats)
	}
}

// The same events in every shape give the same records.
func TestShapes(t *testing.T) {
	a := `{"email":"a@example.com","timestamp":1,"event":"bounce","sg_event_id":"1","reason":"550 5.1.1 user unknown","type":"bounce"}`
	b := `{"event":"hard_bounce","email":"b@example.com","message-id":"<x@y>","ts_event":2,"reason":"550 5.1.1 no such user"}`
	pretty := "{\n  \"email\": \"a@example.com\",\n  \"timestamp\": 1,\n  \"event\": \"bounce\",\n  \"sg_event_id\": \"1\",\n  \"reason\": \"550 5.1.1 user unknown\"\n}\n"
	prettyB := "{\n  \"event\": \"hard_bounce\",\n  \"email\": \"b@example.com\",\n  \"message-id\": \"<x@y>\",\n  \"ts_event\": 2,\n  \"reason\": \"550 5.1.1 no such user\"\n}\n"
	shapes := map[string]string{
		"array":        "[" + a + "," + b + "]",
		"pretty array": "[\n  " + a + ",\n  " + b + "\n]\n",
		"json lines":   a + "\n" + b + "\n",
		"crlf lines":   a + "\r\n" + b + "\r\n",
		"concatenated": a + b,
		"pretty":       pretty + prettyB,
		"two arrays":   "[" + a + "]\n[" + b + "]",
		"nested":       "[[" + a + "],[" + b + "]]",
	}
	for name, in := range shapes {
		d := decodeAllFrom(t, strings.NewReader(in), name)
		if len(d.errs) > 0 || len(d.recs) != 2 || d.recs[0].Recipient != "a@example.com" || d.recs[1].Recipient != "b@example.com" ||
			d.recs[0].Reason != "userunknown" || d.recs[1].Reason != "userunknown" {
			t.Errorf("%s: %d records %+v, errors %v", name, len(d.recs), d.recs, d.errs)
		}
	}
	// A one-object file, and an empty one.
	if d := decodeAllFrom(t, strings.NewReader(a), "one"); len(d.recs) != 1 {
		t.Errorf("one object: %+v", d)
	}
	if d := decodeAllFrom(t, strings.NewReader(" \n"), "empty"); len(d.recs)+len(d.errs) != 0 {
		t.Errorf("empty input: %+v", d)
	}
}

// A broken pretty-printed value is skipped up to the next top-level
// value; a truncated last value is reported.
func TestResync(t *testing.T) {
	a := "{\n  \"email\": \"a@example.com\",\n  \"event\": \"bounce\", \"sg_event_id\": \"1\",\n  \"reason\": \"550 5.1.1 user unknown\"\n}\n"
	broken := "{\n  \"email\": \"x@example.com\",\n  \"event\" \"bounce\",\n  \"reason\": \"nope\"\n}\n"
	in := a + broken + a + "{\"email\": \"t@example.com\", \"event\": "
	d := decodeAllFrom(t, strings.NewReader(in), "stream.json")
	if len(d.recs) != 2 || len(d.errs) != 2 {
		t.Fatalf("records %+v, errors %v", d.recs, d.errs)
	}
	var de *DecodeError
	errors.As(d.errs[0], &de)
	if de.Line != 8 || !strings.Contains(de.Error(), "stream.json:8") {
		t.Errorf("first error at line %d: %v", de.Line, de)
	}
	errors.As(d.errs[1], &de)
	if de.Line != 16 || !strings.Contains(de.Error(), "ends inside the value") {
		t.Errorf("second error at line %d: %v", de.Line, de)
	}
}

// A batch with a bad item gives the others and names the bad one.
func TestBadItemInBatch(t *testing.T) {
	in := `[[{"email":"a@example.com","timestamp":1,"event":"bounce","sg_event_id":"1","reason":"550 5.1.1 user unknown"},` +
		`{"email":"","timestamp":1,"event":"bounce","sg_event_id":"2","reason":"550 5.1.1 user unknown"}]]`
	d := decodeAllFrom(t, strings.NewReader(in), "batch")
	if len(d.recs) != 1 || len(d.errs) != 1 || !strings.Contains(d.errs[0].Error(), "item 1") {
		t.Errorf("records %+v, errors %v", d.recs, d.errs)
	}
}

func TestSNSSubscriptionIgnored(t *testing.T) {
	in := `{"Type":"SubscriptionConfirmation","MessageId":"1","Token":"t","TopicArn":"arn:aws:sns:us-east-1:1:x","Message":"You have chosen to subscribe","SubscribeURL":"https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription"}`
	d := decodeAllFrom(t, strings.NewReader(in), "sub")
	if len(d.events) != 0 || len(d.errs) != 0 || d.stats.Ignored["sns/SubscriptionConfirmation"] != 1 {
		t.Errorf("%+v", d)
	}
	bad := `{"Type":"Notification","TopicArn":"arn:aws:sns:us-east-1:1:x","Message":"{not json"}`
	d = decodeAllFrom(t, strings.NewReader(bad), "bad")
	if len(d.errs) != 1 || !strings.Contains(d.errs[0].Error(), "Message is not JSON") {
		t.Errorf("%+v", d)
	}
}

func TestClassReason(t *testing.T) {
	tests := []struct {
		provider, typ, reason string
		ok                    bool
	}{
		{SES, "Permanent/NoEmail", "userunknown", true},
		{SES, "Permanent/General", "", false},
		{SES, "Undetermined/Undetermined", "", false},
		{SendGrid, "bounce/blocked", "blocked", true},
		{SendGrid, "bounce/Invalid Address", "userunknown", true},
		{SendGrid, "bounce", "", false},
		{Mailgun, "failed/permanent/suppress-bounce", "suppressed", true},
		{Mailgun, "failed/temporary/old", "expired", true},
		{Mailgun, "failed/permanent/bounce", "", false},
		{Postmark, "HardBounce", "userunknown", true},
		{Postmark, "SoftBounce", "", false},
		{Brevo, "hard_bounce", "", false},
		{Brevo, "invalid_email", "userunknown", true},
	}
	for _, tt := range tests {
		r, ok := ClassReason(tt.provider, tt.typ)
		if r != tt.reason || ok != tt.ok {
			t.Errorf("ClassReason(%s, %s) = %q, %v; want %q, %v", tt.provider, tt.typ, r, ok, tt.reason, tt.ok)
		}
	}
}

// The class never overrides what the words say: an SES "NoEmail" whose
// diagnostic speaks of a full mailbox is a full mailbox.
func TestWordsBeatClass(t *testing.T) {
	in := `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"NoEmail","bouncedRecipients":[{"emailAddress":"x@example.com","diagnosticCode":"smtp; 552 5.2.2 mailbox full"}]},"mail":{"source":"s@example.com"}}`
	d := decodeAllFrom(t, strings.NewReader(in), "x")
	if len(d.recs) != 1 || d.recs[0].Reason != "mailboxfull" || d.recs[0].Hard {
		t.Errorf("%+v", d.recs)
	}
	// With no words and a generic class the reason stays undefined.
	in = `{"notificationType":"Bounce","bounce":{"bounceType":"Undetermined","bounceSubType":"Undetermined","bouncedRecipients":[{"emailAddress":"y@example.com"}]},"mail":{"source":"s@example.com"}}`
	d = decodeAllFrom(t, strings.NewReader(in), "y")
	if len(d.recs) != 1 || d.recs[0].Reason != "undefined" || d.recs[0].Hard {
		t.Errorf("%+v", d.recs)
	}
}

// A provider's suppression is its own verdict, whatever its words say.
func TestSuppressionClass(t *testing.T) {
	in := `{"event":"failed","severity":"permanent","reason":"suppress-complaint","recipient":"a@example.com",` +
		`"delivery-status":{"code":605,"description":"Not delivering to a user who marked your messages as spam"}}`
	d := decodeAllFrom(t, strings.NewReader(in), "x")
	if len(d.recs) != 1 || d.recs[0].Reason != "suppressed" || d.recs[0].Rule != RuleClass+"mailgun/failed/permanent/suppress-complaint" {
		t.Errorf("%+v", d.recs)
	}
	// SendGrid's dropped covers more than suppressions: words first.
	in = `{"email":"b@example.com","timestamp":1,"event":"dropped","sg_event_id":"1","reason":"Invalid SMTPAPI header"}`
	if d = decodeAllFrom(t, strings.NewReader(in), "y"); len(d.recs) != 1 || d.recs[0].Reason != "suppressed" {
		t.Errorf("%+v", d.recs)
	}
}

// A reader that fails ends the input with an error that is not a
// DecodeError.
func TestReadError(t *testing.T) {
	d := NewDecoder(io.MultiReader(strings.NewReader(`{"email":"a@example.com","timestamp":1,"event":"bounce","sg_event_id":"1"}`+"\n"), errReader{}), "pipe")
	if _, err := d.Next(); err != nil {
		t.Fatal(err)
	}
	_, err := d.Next()
	var de *DecodeError
	if err == nil || errors.As(err, &de) || !strings.Contains(err.Error(), "pipe") {
		t.Fatalf("got %v", err)
	}
	if _, err := d.Next(); err != io.EOF {
		t.Fatalf("after a read error: %v", err)
	}
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func FuzzDecoder(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "esp", "*"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, c := range tagEvents {
		f.Add([]byte(c.json))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := NewDecoder(bytes.NewReader(b), "fuzz")
		for i := 0; ; i++ {
			ev, err := d.Next()
			if err == io.EOF {
				break
			}
			if i > len(b)+1 {
				t.Fatalf("more results than bytes: the decoder does not advance")
			}
			if err != nil {
				var de *DecodeError
				if !errors.As(err, &de) || de.Line < 1 || de.Offset < 0 || de.Offset > int64(len(b)) {
					t.Fatalf("bad error %v", err)
				}
				continue
			}
			if ev.Message == nil || len(ev.Message.Recipients) == 0 {
				t.Fatalf("event without recipients: %+v", ev)
			}
			_ = Classify(classifier, &ev, "fuzz")
		}
	})
}

var benchRecs []classify.Record

// BenchmarkDecodeClassify measures events per second through decoding
// and the rules, on a mix of every provider's samples.
func BenchmarkDecodeClassify(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "esp", "*"))
	var in bytes.Buffer
	for _, p := range files {
		if strings.Contains(p, "malformed") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		in.Write(data)
		in.WriteByte('\n')
	}
	events := 0
	b.SetBytes(int64(in.Len()))
	for b.Loop() {
		d := NewDecoder(bytes.NewReader(in.Bytes()), "bench")
		for {
			ev, err := d.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			benchRecs = Classify(classifier, &ev, "bench")
			events++
		}
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}

// Many bad lines cost no more than one each: the good line after them
// is found, at its line.
func TestManyBadLines(t *testing.T) {
	var b strings.Builder
	for range 20000 {
		b.WriteString(`{"email": oops}` + "\n")
	}
	b.WriteString(`{"email":"a@example.com","timestamp":1,"event":"bounce","sg_event_id":"1","reason":"550 5.1.1 user unknown"}` + "\n")
	b.WriteString(`{"broken"` + "\n")
	d := decodeAllFrom(t, strings.NewReader(b.String()), "many")
	if len(d.recs) != 1 || len(d.errs) != 20001 {
		t.Fatalf("%d records, %d errors", len(d.recs), len(d.errs))
	}
	var de *DecodeError
	errors.As(d.errs[19999], &de)
	if de.Line != 20000 {
		t.Errorf("last bad line reported at %d", de.Line)
	}
	errors.As(d.errs[20000], &de)
	if de.Line != 20002 || !strings.Contains(de.Error(), "many:20002") {
		t.Errorf("truncated value reported at line %d", de.Line)
	}
}

// A value larger than the limit is refused before it is all in memory,
// and the next line is read.
func TestTooLarge(t *testing.T) {
	good := `{"email":"a@example.com","timestamp":1,"event":"bounce","sg_event_id":"1","reason":"550 5.1.1 user unknown"}`
	huge := `{"email":"b@example.com","event":"bounce","reason":"` + strings.Repeat("x", 100000) + `"}`
	in := good + "\n" + huge + "\n" + good + "\n" + strings.Repeat(" ", 1000) + "\n" + good + "\n"
	d := NewDecoder(strings.NewReader(in), "big")
	d.maxValue = 4096
	var recs, errs int
	for {
		_, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Line != 2 || !strings.Contains(err.Error(), "larger than 4096") {
				t.Errorf("error %v", err)
			}
			errs++
			continue
		}
		recs++
	}
	if recs != 3 || errs != 1 {
		t.Errorf("%d events, %d errors", recs, errs)
	}
	if d.lc.n > 3*4096 {
		t.Errorf("the decoder read %d bytes at once", d.lc.n)
	}
}
