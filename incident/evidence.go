package incident

import (
	"net/netip"
	"regexp"
	"strings"
)

// Evidence is what one diagnostic names about a refusal of the sender.
type Evidence struct {
	Blocklists []string // "Spamhaus PBL", "Barracuda", "Microsoft S3150", or a DNSBL host
	IPs        []string // the sending IP the receiver speaks of (never the receiver's own)
	Codes      []string // the provider's code: "DT:SPM", "TSS04", "S3150", "no=1000722"
	Delist     []string // pages where the listing is looked up or removal requested
}

// blocklist is a named list: the text names it when it holds one of the
// lower-case hints and, where a hint alone could be part of another word,
// re matches too.
type blocklist struct {
	name  string
	hints []string
	re    *regexp.Regexp
}

// blocklists are the public and provider lists that bounces name. Each is
// recognised by its own name or its lookup host; Spamhaus's zones are
// told apart because a PBL listing (a dynamic range) is fixed differently
// from an SBL one. Substring hints first: a regexp on every diagnostic
// was most of the report's time on 100,000 records.
var blocklists = []blocklist{
	{"Spamhaus ZEN", []string{"zen.spamhaus.org", "spamhaus zen"}, nil},
	{"Spamhaus PBL", []string{"pbl.spamhaus.org", "spamhaus pbl"}, nil},
	{"Spamhaus SBL", []string{"sbl.spamhaus.org", "sbl-xbl.spamhaus.org", "spamhaus sbl"}, nil},
	{"Spamhaus XBL", []string{"xbl.spamhaus.org", "spamhaus xbl"}, nil},
	{"Spamhaus DBL", []string{"dbl.spamhaus.org", "spamhaus dbl"}, nil},
	{"Spamhaus", []string{"spamhaus"}, nil},
	{"Barracuda", []string{"barracuda"}, nil},
	{"SpamCop", []string{"spamcop"}, nil},
	{"Cloudmark", []string{"cloudmark"}, nil},
	{"Microsoft S3150", []string{"(s3150)"}, nil},
	{"Microsoft banned IPs (5.7.606)", []string{"5.7.60", "banned sending ip"}, regexp.MustCompile(`(?i)\b5\.7\.60[6-9]\b|banned sending ip`)},
	{"Proofpoint", []string{"proofpoint"}, nil},
	{"SORBS", []string{"sorbs"}, regexp.MustCompile(`(?i)\bsorbs\b`)},
	{"UCEPROTECT", []string{"uceprotect"}, nil},
	{"SURBL", []string{"surbl"}, regexp.MustCompile(`(?i)\bsurbl\b`)},
	{"URIBL", []string{"uribl"}, regexp.MustCompile(`(?i)\buribl\b`)},
	{"Trend Micro RBL+", []string{"trend micro", "trendmicro", "mail-abuse.com"}, nil},
	{"KISA-RBL", []string{"kisa"}, regexp.MustCompile(`(?i)kisa[-_ ]?rbl`)},
	{"Abusix", []string{"abusix"}, nil},
	{"Invaluement", []string{"invaluement"}, nil},
	{"PSBL", []string{"psbl.surriel"}, nil},
	{"Mailspike", []string{"mailspike"}, nil},
	{"SpamRATS", []string{"spamrats"}, nil},
	{"NiX Spam", []string{"ix.dnsbl.manitu"}, nil},
	{"Backscatterer", []string{"backscatterer"}, nil},
}

func (b *blocklist) in(lower, text string) bool {
	for _, h := range b.hints {
		if strings.Contains(lower, h) {
			return b.re == nil || b.re.MatchString(text)
		}
	}
	return false
}

// blockedUsing finds a list named only by its host, as Postfix's
// reject_rbl_client says it: "blocked using bl.example.net".
var blockedUsing = regexp.MustCompile(`(?i)\bblocked using ([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)`)

// codes are the providers' own codes, each from a published code table:
// NetEase's "DT:SPM 163" tags, Yahoo/AOL's bracketed "[TSS04]" and AOL's
// "(RTR:BL)", Microsoft's "(S3150)", Comcast's "#BL000000", Cox's
// "AUP#CDRBL", QQ's help page number and Gmail's help topic.
// Each has a substring the text must hold before the regexp runs.
var codes = []struct {
	hint string
	re   *regexp.Regexp
}{
	{":", regexp.MustCompile(`(?:^|[\s(])([A-Z]{2,3}:[A-Z0-9]{2,4})(?:[\s)]|$)`)},
	{"[", regexp.MustCompile(`\[((?:TSS?|BL|GL|PH|TS|RL)\d{2})\]`)},
	{"(S", regexp.MustCompile(`\((S\d{3,5})\)`)},
	{"#", regexp.MustCompile(`#((?:BL|RL)\d{6})\b`)},
	{"AUP#", regexp.MustCompile(`\b(AUP#[A-Z]+)\b`)},
	{"qq.com/cgi-bin/help", regexp.MustCompile(`(?i)mail\.qq\.com/cgi-bin/help\?\S*?\b(no=\d+)`)},
	{"support.google.com/mail", regexp.MustCompile(`support\.google\.com/mail/(?:answer/\d+)?\?\S*?\b(p=[A-Za-z]+)`)},
}

// ipAddr finds IPv4 and IPv6 candidates; netip decides which are
// addresses (a time such as 12:30:45 is not).
var ipAddr = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}`)

// ipBefore are the words that put the sender's IP after them ("Client
// host [IP]", "messages from IP", "ip=IP"); ipAfter those after it ("IP
// is listed", "[IP]>: Client host rejected"). An IP after "host NAME [" or
// "connect to" is the receiver's and matches neither.
var (
	ipBefore = regexp.MustCompile(`(?i)(?:\bip|ip address|client host|the mail server|messages from|accepted from|mail from ip|dns for|lookup for host|hostname,|does not designate|required:|later from|ip=)[\s\[(<:=]*$`)
	ipAfter  = regexp.MustCompile(`(?i)^(?:[\s\])>]*(?:is listed|is not allowed|was not allowed|_is_blocked|is blocked|blocked|too many)|\]>: client host rejected|\] the ip address| +\d{1,3}\])`)
)

var urlRe = regexp.MustCompile(`(?i)https?:\s?//[^\s<>"'\[\]()]+`)

// delistHints mark a link as the place to look a listing up or ask for
// removal: the lists' own sites and the providers' postmaster pages.
var delistHints = []string{
	"spamhaus", "barracuda", "spamcop", "cloudmark", "sender.office.com", "proofpoint",
	"mail-abuse", "delist", "removal", "unblock", "sorbs", "uceprotect", "kisa.or.kr",
	"postmaster", "help_spam", "service.mail.qq.com", "service.exmail.qq.com",
	"error-codes", "rbl", "blacklist", "blocklist", "reputation", "lookup", "abusix",
}

// Extract reads the evidence in one diagnostic text. Values appear once,
// in the order the text gives them.
func Extract(diag string) Evidence {
	var ev Evidence
	seen := map[string]bool{}
	addTo := func(list *[]string, v string) {
		if v != "" && !seen[v] {
			seen[v] = true
			*list = append(*list, v)
		}
	}
	lower := strings.ToLower(diag)
	spamhausZone := false
	for i := range blocklists {
		b := &blocklists[i]
		if b.name == "Spamhaus" && spamhausZone {
			continue
		}
		if b.in(lower, diag) {
			addTo(&ev.Blocklists, b.name)
			spamhausZone = spamhausZone || strings.HasPrefix(b.name, "Spamhaus ")
		}
	}
	if len(ev.Blocklists) == 0 && strings.Contains(lower, "blocked using") {
		for _, m := range blockedUsing.FindAllStringSubmatch(diag, -1) {
			addTo(&ev.Blocklists, strings.ToLower(m[1]))
		}
	}
	for _, c := range codes {
		if !strings.Contains(diag, c.hint) && !(c.hint[0] == 'q' && strings.Contains(lower, c.hint)) {
			continue
		}
		for _, m := range c.re.FindAllStringSubmatch(diag, -1) {
			addTo(&ev.Codes, m[1])
		}
	}
	for _, loc := range ipAddr.FindAllStringIndex(diag, -1) {
		ip, ok := address(diag[loc[0]:loc[1]])
		if !ok {
			continue
		}
		if ipBefore.MatchString(diag[max(0, loc[0]-40):loc[0]]) || ipAfter.MatchString(diag[loc[1]:min(len(diag), loc[1]+30)]) {
			addTo(&ev.IPs, ip)
		}
	}
	if !strings.Contains(lower, "http") {
		return ev
	}
	for _, u := range urlRe.FindAllString(diag, -1) {
		u = strings.Replace(u, ": //", "://", 1)
		u = strings.TrimRight(u, ".,;:!?")
		lu := strings.ToLower(u)
		for _, h := range delistHints {
			if strings.Contains(lu, h) {
				addTo(&ev.Delist, u)
				break
			}
		}
	}
	return ev
}

// address returns the canonical form of an IP address (IPv6 in lower
// case, compressed), or false. A dotted quad with a leading zero is not
// taken, as netip does not.
func address(s string) (string, bool) {
	if strings.Contains(s, ":") && !strings.Contains(s, "::") && strings.Count(s, ":") != 7 {
		return "", false
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return "", false
	}
	return a.String(), true
}
