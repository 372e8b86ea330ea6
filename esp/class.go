package esp

import (
	"strings"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/record"
)

// RuleClass is the rule id of a verdict taken from the provider's class
// (RuleClass + "amazonses/Permanent/NoEmail"): the rules found nothing in
// the event's words.
const RuleClass = "esp.class:"

// classReasons maps the provider classes that name a cause to our reason,
// from each provider's published list of its types. Classes that name no
// cause ("Permanent/General", "bounce", "hard_bounce") are absent: the
// codes and words decide, or the reason stays undefined.
var classReasons = map[string]string{
	// Amazon SES bounce types (bounceType/bounceSubType), from the SES
	// developer guide's bounce types table. Undetermined/Undetermined,
	// Permanent/General and Transient/General name no cause.
	"amazonses/Permanent/NoEmail":                  "userunknown",
	"amazonses/Permanent/Suppressed":               "suppressed",
	"amazonses/Permanent/OnAccountSuppressionList": "suppressed",
	"amazonses/Transient/MailboxFull":              "mailboxfull",
	"amazonses/Transient/MessageTooLarge":          "emailtoolarge",
	"amazonses/Transient/ContentRejected":          "policyviolation",
	"amazonses/Transient/AttachmentRejected":       "policyviolation",
	// SES complaint subtype: SES did not send to an address on the
	// account's suppression list (a complaint notification, no complaint).
	"amazonses/Complaint/OnAccountSuppressionList": "suppressed",
	// SES Reject (a virus found before sending) and Rendering Failure
	// (a template that could not be filled): SES never sent.
	"amazonses/Reject":            "virusdetected",
	"amazonses/Rendering Failure": "contenterror",
	// SES delivery delay types (deliveryDelay.delayType). General,
	// Undetermined and SendingDeferral (SES defers "as it deems
	// appropriate") name no cause. BYOIPHostNameLookupUnavailable: SES
	// could not look up the host name of the sender's own IP (its PTR).
	"amazonses/DeliveryDelay/InternalFailure":                "systemerror",
	"amazonses/DeliveryDelay/MailboxFull":                    "mailboxfull",
	"amazonses/DeliveryDelay/SpamDetected":                   "spamdetected",
	"amazonses/DeliveryDelay/RecipientServerError":           "systemerror",
	"amazonses/DeliveryDelay/IPFailure":                      "blocked",
	"amazonses/DeliveryDelay/TransientCommunicationFailure":  "networkerror",
	"amazonses/DeliveryDelay/BYOIPHostNameLookupUnavailable": "requireptr",
	// SendGrid: a "blocked" bounce is a refusal of the sending IP; the
	// bounce classifications group the replies by cause.
	"sendgrid/bounce/blocked":               "blocked",
	"sendgrid/dropped":                      "suppressed",
	"sendgrid/Invalid Address":              "userunknown",
	"sendgrid/Reputation":                   "badreputation",
	"sendgrid/Frequency or Volume Too High": "ratelimited",
	"sendgrid/Content":                      "spamdetected",
	"sendgrid/Mailbox Unavailable":          "suspend",
	"sendgrid/Technical":                    "systemerror",
	// Mailgun failure reasons.
	"mailgun/suppress-bounce":      "suppressed",
	"mailgun/suppress-unsubscribe": "suppressed",
	"mailgun/suppress-complaint":   "suppressed",
	"mailgun/old":                  "expired",
	"mailgun/espblock":             "blocked",
	// Postmark bounce types (postmarkTypes has the whole table): those
	// that name a cause. Transient, SoftBounce ("mailbox full, account
	// disabled, exceeds quota, out of disk space"), Unknown and
	// OpenRelayTest name none; AutoResponder and SpamComplaint are not
	// failures (vacation, feedback) and Subscribe is skipped.
	"postmark/HardBounce":              "userunknown",
	"postmark/BadEmailAddress":         "userunknown",
	"postmark/AddressChange":           "hasmoved",
	"postmark/DnsError":                "networkerror",
	"postmark/SpamNotification":        "spamdetected",
	"postmark/VirusNotification":       "virusdetected",
	"postmark/Blocked":                 "blocked",
	"postmark/DMARCPolicy":             "authfailure",
	"postmark/ManuallyDeactivated":     "suppressed",
	"postmark/Unsubscribe":             "suppressed",
	"postmark/Unconfirmed":             "suppressed",
	"postmark/ChallengeVerification":   "filtered",
	"postmark/SMTPApiError":            "systemerror",
	"postmark/InboundError":            "systemerror",
	"postmark/TemplateRenderingFailed": "contenterror",
	// Brevo events.
	"brevo/invalid_email": "userunknown",
	"brevo/blocked":       "suppressed",
}

// ownVerdicts are the classes where the provider did not send at all (its
// suppression list): no remote server spoke, and the words in the event
// are the provider's own ("Not delivering to a user who marked your
// messages as spam" is a suppression, not spam). They decide whatever the
// words say.
var ownVerdicts = map[string]bool{
	"amazonses/Permanent/Suppressed":               true,
	"amazonses/Permanent/OnAccountSuppressionList": true,
	"amazonses/Complaint/OnAccountSuppressionList": true,
	"amazonses/Reject":                             true,
	"amazonses/Rendering Failure":                  true,
	"mailgun/suppress-bounce":                      true,
	"mailgun/suppress-unsubscribe":                 true,
	"mailgun/suppress-complaint":                   true,
	"postmark/ManuallyDeactivated":                 true,
	"postmark/Unsubscribe":                         true,
	"postmark/Unconfirmed":                         true,
	"postmark/SMTPApiError":                        true,
	"postmark/InboundError":                        true,
	"postmark/TemplateRenderingFailed":             true,
	"brevo/blocked":                                true,
}

// ClassReason returns our reason for the provider's class of an event
// (provider and Event.Type), and false when the class names no cause.
// Use it only when the event's words and codes decide nothing: the
// classes are coarse (SES calls an out-of-office reply "Undetermined").
func ClassReason(provider, typ string) (string, bool) {
	k, ok := classKey(provider, typ)
	return classReasons[k], ok
}

// classKey returns the key of classReasons for an event's class.
func classKey(provider, typ string) (string, bool) {
	k := provider + "/" + typ
	if _, ok := classReasons[k]; ok {
		return k, true
	}
	// SendGrid and Mailgun put their finer class last
	// ("bounce/blocked/Reputation", "failed/permanent/old").
	if i := strings.LastIndexByte(typ, '/'); i >= 0 {
		for _, k := range []string{provider + "/" + typ[i+1:], provider + "/" + typ[:i]} {
			if _, ok := classReasons[k]; ok {
				return k, true
			}
		}
	}
	return "", false
}

// Classify returns the records of ev, decided by c from the event's
// words and codes; when those decide nothing (an empty diagnostic with no
// code, or words no rule knows) the provider's class decides, if it names
// a cause. A class where the provider did not send at all (a suppression)
// decides always. A class gives a hard verdict only for a failed action.
// The records are tied to their campaign by the default rules; see
// ClassifyWith.
func Classify(c *classify.Classifier, ev *Event, source string) []classify.Record {
	return ClassifyWith(c, campaign.Default(), ev, source)
}

// ClassifyWith is Classify with the campaign rules of the mail path
// (nil: none): the sender's tags in the event give the records' campaign,
// subscriber and list_id as the same fields of a returned mail would.
func ClassifyWith(c *classify.Classifier, tags *campaign.Rules, ev *Event, source string) []classify.Record {
	recs := c.Classify(ev.Message, source)
	tie(tags, ev, recs)
	key, ok := classKey(ev.Provider, ev.Type)
	reason := classReasons[key]
	for i := range recs {
		r := &recs[i]
		r.ESPType = ev.Type
		if r.Vendor == "" {
			r.Vendor = ev.Provider
		}
		if !ok || !ownVerdicts[key] && !undecided(r) {
			continue
		}
		r.Reason, r.Rule = record.Reason(reason), RuleClass+ev.Provider+"/"+ev.Type
		r.Hard = r.Reason.Hard() && r.Action == record.ActionFailed && !strings.HasPrefix(r.Status, "4")
	}
	return recs
}

// undecided tells a record whose reason nothing in the event's words or
// codes settled.
func undecided(r *classify.Record) bool {
	switch r.Rule {
	case classify.RuleNone, classify.RuleDelayed:
		return true
	}
	return r.Reason == "undefined" || r.Reason == "onhold"
}
