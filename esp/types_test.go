package esp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/classify"
)

// verdict is what one event with no words of the receiver gives: the
// provider's class alone decides (ruleFromClass) or the classifier's
// default for an undecided record does.
type verdict struct {
	action, reason string
	hard           bool
	fromClass      bool
}

// Postmark's published bounce types (API reference, "Bounce types"),
// each with its TypeCode, read from Type and from TypeCode alone.
func TestPostmarkTypeTable(t *testing.T) {
	tests := []struct {
		typ  string
		code int
		want *verdict // nil: skipped, not a failure
	}{
		{"HardBounce", 1, &verdict{"failed", "userunknown", true, true}},
		{"Transient", 2, &verdict{"delayed", "expired", false, false}},
		{"Unsubscribe", 16, &verdict{"failed", "suppressed", false, true}},
		{"Subscribe", 32, nil},
		{"AutoResponder", 64, &verdict{"", "vacation", false, false}},
		{"AddressChange", 128, &verdict{"failed", "hasmoved", true, true}},
		{"DnsError", 256, &verdict{"failed", "networkerror", false, true}},
		{"SpamNotification", 512, &verdict{"failed", "spamdetected", false, true}},
		{"OpenRelayTest", 1024, &verdict{"failed", "undefined", false, false}},
		{"Unknown", 2048, &verdict{"failed", "undefined", false, false}},
		{"SoftBounce", 4096, &verdict{"failed", "undefined", false, false}},
		{"VirusNotification", 8192, &verdict{"failed", "virusdetected", false, true}},
		{"ChallengeVerification", 16384, &verdict{"failed", "filtered", false, true}},
		{"BadEmailAddress", 100000, &verdict{"failed", "userunknown", true, true}},
		{"SpamComplaint", 100001, &verdict{"", "feedback", false, false}},
		{"ManuallyDeactivated", 100002, &verdict{"failed", "suppressed", false, true}},
		{"Unconfirmed", 100003, &verdict{"failed", "suppressed", false, true}},
		{"Blocked", 100006, &verdict{"failed", "blocked", false, true}},
		{"SMTPApiError", 100007, &verdict{"failed", "systemerror", false, true}},
		{"InboundError", 100008, &verdict{"failed", "systemerror", false, true}},
		{"DMARCPolicy", 100009, &verdict{"failed", "authfailure", false, true}},
		{"TemplateRenderingFailed", 100010, &verdict{"failed", "contenterror", false, true}},
	}
	if len(tests) != len(postmarkTypes) {
		t.Errorf("the table has %d types, the test %d", len(postmarkTypes), len(tests))
	}
	for _, tt := range tests {
		for _, in := range []string{
			fmt.Sprintf(`{"RecordType":"Bounce","Type":%q,"TypeCode":%d,"Email":"a@example.com","Details":""}`, tt.typ, tt.code),
			fmt.Sprintf(`{"RecordType":"Bounce","TypeCode":%d,"Email":"a@example.com"}`, tt.code),
		} {
			d := decodeAllFrom(t, strings.NewReader(in), "x")
			if len(d.errs) > 0 {
				t.Errorf("%s: %v", in, d.errs)
				continue
			}
			if tt.want == nil {
				if len(d.recs) != 0 || d.stats.Ignored["postmark/"+tt.typ] != 1 {
					t.Errorf("%s: %+v, ignored %v; want it skipped", in, d.recs, d.stats.Ignored)
				}
				continue
			}
			if len(d.recs) != 1 || d.events[0].Type != tt.typ {
				t.Errorf("%s: %d records of %+v", in, len(d.recs), d.events)
				continue
			}
			checkVerdict(t, in, d.recs[0], *tt.want)
		}
	}
}

// Amazon SES delivery delay types (deliveryDelay.delayType, SES
// developer guide), each in an event with no diagnostic.
func TestSESDelayTypeTable(t *testing.T) {
	tests := []struct {
		typ  string
		want verdict
	}{
		{"InternalFailure", verdict{"delayed", "systemerror", false, true}},
		{"General", verdict{"delayed", "expired", false, false}},
		{"MailboxFull", verdict{"delayed", "mailboxfull", false, true}},
		{"SpamDetected", verdict{"delayed", "spamdetected", false, true}},
		{"RecipientServerError", verdict{"delayed", "systemerror", false, true}},
		{"IPFailure", verdict{"delayed", "blocked", false, true}},
		{"TransientCommunicationFailure", verdict{"delayed", "networkerror", false, true}},
		{"BYOIPHostNameLookupUnavailable", verdict{"delayed", "requireptr", false, true}},
		{"Undetermined", verdict{"delayed", "expired", false, false}},
		{"SendingDeferral", verdict{"delayed", "expired", false, false}},
	}
	for _, tt := range tests {
		in := `{"eventType":"DeliveryDelay","deliveryDelay":{"delayType":"` + tt.typ +
			`","delayedRecipients":[{"emailAddress":"a@example.com"}]},"mail":{"source":"s@example.com"}}`
		d := decodeAllFrom(t, strings.NewReader(in), "x")
		if len(d.recs) != 1 || d.events[0].Type != "DeliveryDelay/"+tt.typ {
			t.Errorf("%s: %+v %v", tt.typ, d.recs, d.errs)
			continue
		}
		checkVerdict(t, tt.typ, d.recs[0], tt.want)
	}
}

// Amazon SES bounce types and subtypes, and the other event types that
// speak of a recipient SES did not deliver to.
func TestSESEventTypeTable(t *testing.T) {
	bounce := func(typ, sub string) string {
		return `{"notificationType":"Bounce","bounce":{"bounceType":"` + typ + `","bounceSubType":"` + sub +
			`","bouncedRecipients":[{"emailAddress":"a@example.com"}]},"mail":{"source":"s@example.com"}}`
	}
	tests := []struct {
		in, typ string
		want    verdict
	}{
		{bounce("Undetermined", "Undetermined"), "Undetermined/Undetermined", verdict{"failed", "undefined", false, false}},
		{bounce("Permanent", "General"), "Permanent/General", verdict{"failed", "undefined", false, false}},
		{bounce("Permanent", "NoEmail"), "Permanent/NoEmail", verdict{"failed", "userunknown", true, true}},
		{bounce("Permanent", "Suppressed"), "Permanent/Suppressed", verdict{"failed", "suppressed", false, true}},
		{bounce("Permanent", "OnAccountSuppressionList"), "Permanent/OnAccountSuppressionList", verdict{"failed", "suppressed", false, true}},
		{bounce("Transient", "General"), "Transient/General", verdict{"failed", "undefined", false, false}},
		{bounce("Transient", "MailboxFull"), "Transient/MailboxFull", verdict{"failed", "mailboxfull", false, true}},
		{bounce("Transient", "MessageTooLarge"), "Transient/MessageTooLarge", verdict{"failed", "emailtoolarge", false, true}},
		{bounce("Transient", "ContentRejected"), "Transient/ContentRejected", verdict{"failed", "policyviolation", false, true}},
		{bounce("Transient", "AttachmentRejected"), "Transient/AttachmentRejected", verdict{"failed", "policyviolation", false, true}},
		{`{"eventType":"Complaint","complaint":{"complaintFeedbackType":"abuse","complainedRecipients":[{"emailAddress":"a@example.com"}]},"mail":{}}`,
			"Complaint", verdict{"", "feedback", false, false}},
		// SES did not send: a suppression reported as a complaint.
		{`{"eventType":"Complaint","complaint":{"complaintSubType":"OnAccountSuppressionList","complainedRecipients":[{"emailAddress":"a@example.com"}]},"mail":{}}`,
			"Complaint/OnAccountSuppressionList", verdict{"failed", "suppressed", false, true}},
		{`{"eventType":"Reject","reject":{"reason":"Bad content"},"mail":{"destination":["a@example.com"]}}`,
			"Reject", verdict{"failed", "virusdetected", false, true}},
		{`{"eventType":"Rendering Failure","failure":{"templateName":"t","errorMessage":"Attribute 'name' is not present in the rendering data."},"mail":{"destination":["a@example.com"]}}`,
			"Rendering Failure", verdict{"failed", "contenterror", false, true}},
		{`{"eventType":"Delivery","delivery":{"recipients":["a@example.com"],"smtpResponse":"250 2.0.0 OK"},"mail":{}}`,
			"Delivery", verdict{"delivered", "delivered", false, false}},
	}
	for _, tt := range tests {
		d := decodeAllFrom(t, strings.NewReader(tt.in), "x")
		if len(d.recs) != 1 || d.events[0].Type != tt.typ {
			t.Errorf("%s: %+v %v", tt.typ, d.recs, d.errs)
			continue
		}
		checkVerdict(t, tt.typ, d.recs[0], tt.want)
	}
	// Send, Open, Click and Subscription speak of no failure.
	for _, typ := range []string{"Send", "Open", "Click", "Subscription"} {
		d := decodeAllFrom(t, strings.NewReader(`{"eventType":"`+typ+`","mail":{"destination":["a@example.com"]}}`), "x")
		if len(d.recs) != 0 || d.stats.Ignored["amazonses/"+typ] != 1 {
			t.Errorf("%s: %+v, ignored %v", typ, d.recs, d.stats.Ignored)
		}
	}
}

func checkVerdict(t *testing.T, name string, r classify.Record, w verdict) {
	t.Helper()
	fromClass := strings.HasPrefix(r.Rule, RuleClass)
	if string(r.Action) != w.action || string(r.Reason) != w.reason || r.Hard != w.hard || fromClass != w.fromClass {
		t.Errorf("%s: got %q %s hard=%v rule=%s; want %+v", name, r.Action, r.Reason, r.Hard, r.Rule, w)
	}
}

// The receiver's words still beat a class that names a cause: a Postmark
// spam notification whose receiver says the mailbox is full is full.
func TestPostmarkWordsBeatType(t *testing.T) {
	in := `{"RecordType":"Bounce","Type":"SpamNotification","TypeCode":512,"Email":"a@example.com",` +
		`"Details":"smtp;552 5.2.2 mailbox over quota"}`
	d := decodeAllFrom(t, strings.NewReader(in), "x")
	if len(d.recs) != 1 || d.recs[0].Reason != "mailboxfull" || strings.HasPrefix(d.recs[0].Rule, RuleClass) {
		t.Errorf("%+v", d.recs)
	}
}
