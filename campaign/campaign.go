package campaign

import (
	"fmt"
	"slices"
	"strings"
)

// Config chooses the VERP patterns and header rules; its YAML keys are
// the command's flag names (--verp, --campaign-header,
// --subscriber-header). A list left out (nil) means the defaults; an
// empty list, or the one word "none", means none; the word "default" in
// a list stands for the defaults.
type Config struct {
	// VERP holds the return-address patterns; see the package doc.
	VERP []string `yaml:"verp"`
	// CampaignHeaders and SubscriberHeaders hold the header rules that
	// name the campaign and the subscriber.
	CampaignHeaders   []string `yaml:"campaign-header"`
	SubscriberHeaders []string `yaml:"subscriber-header"`
}

// DefaultVERP are the return addresses of the list managers and senders
// that document one, most particular first: a generic form would read
// the others wrong. The Default lists are read once, by Default and by
// each Compile: change a Config, not them.
var DefaultVERP = []string{
	"*-bounces+{local}={domain}@*",   // Mailman 2 and 3 (VERP_FORMAT $bounces+$local=$domain)
	"bounce+#-{local}={domain}@*",    // Mailgun's return path: bounce+TOKEN-local=domain@
	"bounces+#-#-{local}={domain}@*", // SendGrid's: bounces+UID-HASH-local=domain@
	"*-return-#-{local}={domain}@*",  // ezmlm: list-return-NUMBER-local=domain@
	"*+bounces-#-{local}={domain}@*", // mlmmj: list+bounces-INDEX-local=domain@
	"*+{local}={domain}@*",           // Postfix and Sendmail VERP, delimiters "+="
	"*-{local}={domain}@*",           // qmail and Postfix VERP, delimiters "-="
}

// DefaultCampaignHeaders name the campaign in the headers list managers
// and sending services document.
var DefaultCampaignHeaders = []string{
	"X-Listmonk-Campaign", // listmonk: the campaign's UUID
	"X-Campaign-ID",
	"X-CampaignID", // Mailchimp: mailchimpACCOUNT.CAMPAIGN
	"X-Mailgun-Variables json=campaign,campaign_id,campaign-id",
	"X-SES-MESSAGE-TAGS tag=campaign,campaign_id,campaign-id",
	"X-MC-Metadata json=campaign,campaign_id", // Mandrill
	// phpList: the number of the message (its campaign). The name is
	// generic: read it only beside phpList's own fields.
	"X-MessageID with=X-ListMember,X-Mailer:phplist",
	"Feedback-ID field=-4", // Gmail's CampaignID:CustomerID:MailType:SenderId
	// The sending services' own fields for the sender's tags, as their
	// SMTP relays take them and as package esp gives the tags of their
	// JSON events: SendGrid's X-SMTPAPI (custom args, categories),
	// Postmark's metadata and tag, Brevo's custom field and tag. A tag
	// comes last: it is often a kind of mail, not a campaign.
	"X-SMTPAPI json=unique_args.campaign,unique_args.campaign_id,unique_args.campaign-id,category",
	"X-PM-Metadata-campaign",
	"X-PM-Metadata-campaign_id",
	"X-PM-Tag",
	"X-Mailin-custom json=campaign,campaign_id,campaign-id",
	"X-Mailin-Tag",
	"X-Mailgun-Tag",
}

// DefaultSubscriberHeaders name the subscriber.
var DefaultSubscriberHeaders = []string{
	"X-Listmonk-Subscriber", // listmonk: the subscriber's UUID
	"X-ListMember",          // phpList: the subscriber's address
	"X-Mailgun-Variables json=subscriber,subscriber_id,user_id",
	"X-SES-MESSAGE-TAGS tag=subscriber,subscriber_id",
	"X-MC-Metadata json=subscriber,subscriber_id,user_id", // Mandrill
	// SendGrid, Postmark and Brevo, as for the campaign.
	"X-SMTPAPI json=unique_args.subscriber,unique_args.subscriber_id,unique_args.user_id",
	"X-PM-Metadata-subscriber",
	"X-PM-Metadata-subscriber_id",
	"X-Mailin-custom json=subscriber,subscriber_id,user_id",
}

// Rules are a compiled Config. They are safe for concurrent use.
type Rules struct {
	verp                 []*pattern
	campaign, subscriber []headerRule
	// fields maps a lower-cased field name to what Find does with it: a
	// header is read with one map look-up a field.
	fields map[string]*fieldUse
	conds  []condition // of all rules; a rule's with are indexes here
	with   [][]int     // with[i]: the conditions of rule i
}

// fieldUse is what one field name is to Find.
type fieldUse struct {
	rules              []int // the rules that read it, in order
	conds              []int // the conditions it may meet
	returnPath, listID bool
}

// maxConditions bounds the with= conditions of a Config: Find keeps the
// ones met in a bit set.
const maxConditions = 64

// Compile checks and compiles c. The error names the pattern or rule
// that is wrong.
func Compile(c Config) (*Rules, error) {
	r := &Rules{}
	for _, s := range withDefaults(c.VERP, DefaultVERP) {
		p, err := compilePattern(s)
		if err != nil {
			return nil, fmt.Errorf("campaign: verp %q: %w", s, err)
		}
		r.verp = append(r.verp, p)
	}
	for _, l := range []struct {
		key   string
		specs []string
		dst   *[]headerRule
	}{
		{"campaign-header", withDefaults(c.CampaignHeaders, DefaultCampaignHeaders), &r.campaign},
		{"subscriber-header", withDefaults(c.SubscriberHeaders, DefaultSubscriberHeaders), &r.subscriber},
	} {
		for _, s := range l.specs {
			h, err := parseHeaderRule(s)
			if err != nil {
				return nil, fmt.Errorf("campaign: %s %q: %w", l.key, s, err)
			}
			*l.dst = append(*l.dst, h)
		}
	}
	r.index()
	if len(r.conds) > maxConditions {
		return nil, fmt.Errorf("campaign: more than %d with= conditions", maxConditions)
	}
	return r, nil
}

// index fills r.fields, r.conds and r.with from the rules.
func (r *Rules) index() {
	r.fields = map[string]*fieldUse{}
	use := func(name string) *fieldUse {
		name = strings.ToLower(name)
		u := r.fields[name]
		if u == nil {
			u = &fieldUse{}
			r.fields[name] = u
		}
		return u
	}
	use("Return-Path").returnPath = true
	use("List-Id").listID = true
	n := len(r.campaign) + len(r.subscriber)
	r.with = make([][]int, n)
	for i := range n {
		h := r.rule(i)
		u := use(h.name)
		u.rules = append(u.rules, i)
		for _, c := range h.with {
			k := slices.Index(r.conds, c)
			if k < 0 {
				k = len(r.conds)
				r.conds = append(r.conds, c)
				use(c.name).conds = append(use(c.name).conds, k)
			}
			r.with[i] = append(r.with[i], k)
		}
	}
}

// withDefaults is list with the defaults in place of the word "default",
// the defaults when list is nil, and nothing for the one word "none".
func withDefaults(list, defaults []string) []string {
	if list == nil {
		return defaults
	}
	if len(list) == 1 && strings.EqualFold(strings.TrimSpace(list[0]), "none") {
		return nil
	}
	var out []string
	for _, s := range list {
		if strings.EqualFold(strings.TrimSpace(s), "default") {
			out = append(out, defaults...)
			continue
		}
		out = append(out, s)
	}
	return out
}

var defaultRules = func() *Rules {
	r, err := Compile(Config{})
	if err != nil {
		panic(err) // the defaults are tested
	}
	return r
}()

// Default returns the rules of the zero Config: every default.
func Default() *Rules { return defaultRules }

// Tie is what ties one bounce to the mail it returns; a field is empty
// when nothing says.
type Tie struct {
	// VERP is the address decoded from the return address the bounce
	// came back to: the address the list sent to.
	VERP string
	// ListID is the id of the List-Id field ("news.example.com").
	ListID     string
	Campaign   string
	Subscriber string
}

// Header is the header of a returned message, as Find reads it.
type Header interface {
	Len() int
	// Field returns the name and the unfolded value of field i.
	Field(i int) (name, value string)
}

// Find ties a bounce to its mail. deliveredTo holds the addresses the
// bounce was delivered to (see parser.Message.DeliveredTo); header holds
// the returned message's header fields (only those Reads names are
// looked at), nil when none came back; recipients are the addresses the
// report names: a return address that reads more than one way gives the
// reading among them, or none. The returned message's Return-Path is
// tried after deliveredTo: it is the same return address, when the
// report quotes it.
func (r *Rules) Find(deliveredTo []string, header Header, recipients []string) Tie {
	var t Tie
	var returnPath string
	if header != nil {
		// The value each rule found, campaign rules first.
		var buf [32]string // on the stack for the usual number of rules
		var values []string
		if n := len(r.campaign) + len(r.subscriber); n <= len(buf) {
			values = buf[:n]
		} else {
			values = make([]string, n)
		}
		var met uint64 // the conditions met
		var lb [64]byte
		for j := range header.Len() {
			name, value := header.Field(j)
			var u *fieldUse
			if len(name) <= len(lb) {
				u = r.fields[string(lowerASCII(lb[:0], name))] // no copy in a map index
			} else {
				u = r.fields[strings.ToLower(name)]
			}

			if u == nil {
				continue
			}
			if u.returnPath && returnPath == "" {
				returnPath = bareAddress(value)
			}
			if u.listID && t.ListID == "" {
				t.ListID = listID(value)
			}
			for _, i := range u.rules {
				if values[i] == "" {
					values[i] = r.rule(i).read(value)
				}
			}
			for _, k := range u.conds {
				if w := r.conds[k].word; w == "" || containsFold(value, w) {
					met |= 1 << k
				}
			}
		}
		for i := range values {
			if len(r.with[i]) > 0 && !slices.ContainsFunc(r.with[i], func(k int) bool { return met&(1<<k) != 0 }) {
				values[i] = ""
			}
		}
		t.Campaign = firstNonEmpty(values[:len(r.campaign)])
		t.Subscriber = firstNonEmpty(values[len(r.campaign):])
	}

	addrs := deliveredTo
	if returnPath != "" && !slices.Contains(addrs, returnPath) {
		addrs = append(slices.Clip(addrs), returnPath)
	}
	if d, ok := r.decode(addrs, recipients); ok {
		t.VERP = d.address
		if t.Campaign == "" {
			t.Campaign = d.campaign
		}
		if t.Subscriber == "" {
			t.Subscriber = d.subscriber
		}
	}
	return t
}

// Reads tells whether Find reads a returned header field of this name
// (any case): parser.Limits.OriginalFields keeps only those.
func (r *Rules) Reads(name string) bool {
	var lb [64]byte
	if len(name) > len(lb) {
		return r.fields[strings.ToLower(name)] != nil
	}
	return r.fields[string(lowerASCII(lb[:0], name))] != nil
}

// rule is the ith of the campaign rules and then the subscriber rules.
func (r *Rules) rule(i int) *headerRule {
	if i < len(r.campaign) {
		return &r.campaign[i]
	}
	return &r.subscriber[i-len(r.campaign)]
}

// lowerASCII appends name in ASCII lower case to b.
func lowerASCII(b []byte, name string) []byte {
	for i := range len(name) {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// containsFold tells whether s holds the lower-case word w in any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

func firstNonEmpty(values []string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// decode reads the first of addrs that a pattern decodes for sure. The
// first pattern that matches an address decides for it (the patterns go
// from particular to generic): its reading is taken when it is the only
// one, or when it is one of the report's recipients. An address that
// reads more than one way and that the report does not settle gives
// nothing, as a wrong split would name, and suppress, another person. A
// reading of a later address that the report confirms beats an earlier
// one it does not.
func (r *Rules) decode(addrs, recipients []string) (decoded, bool) {
	var first decoded
	found := false
	for _, a := range addrs {
		if isSRS(a) {
			continue // a forwarder's rewrite, not a list's
		}
		for _, p := range r.verp {
			ds := p.match(a)
			if len(ds) == 0 {
				continue
			}
			if d, ok := confirmed(ds, recipients); ok {
				return d, true
			}
			if len(ds) == 1 && !found {
				first, found = ds[0], true
			}
			break
		}
	}
	return first, found
}

// confirmed returns the reading whose address is one of recipients.
func confirmed(ds []decoded, recipients []string) (decoded, bool) {
	for _, d := range ds {
		if d.address == "" {
			continue
		}
		for _, rc := range recipients {
			if strings.EqualFold(d.address, rc) {
				return d, true
			}
		}
	}
	return decoded{}, false
}

// isSRS tells whether a is a Sender Rewriting Scheme address, which
// holds a sender's address in its own way (SRS0=HASH=TT=domain=local@).
func isSRS(a string) bool {
	return len(a) > 5 && (strings.EqualFold(a[:5], "SRS0=") || strings.EqualFold(a[:5], "SRS1="))
}

// bareAddress is the address of a Return-Path value ("<a@b>").
func bareAddress(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			v = v[i+1 : i+j]
		}
	}
	if !strings.Contains(v, "@") || strings.ContainsAny(v, " \t<>") {
		return ""
	}
	return v
}

// listID is the id of a List-Id value (RFC 2919: an optional phrase, then
// the id in angle brackets); a value without brackets is taken whole.
func listID(v string) string {
	if i := strings.LastIndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			return clean(v[i+1 : i+j])
		}
	}
	return clean(v)
}
