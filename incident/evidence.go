package incident

import (
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

// blocklist is a named list and the words that name it.
type blocklist struct {
	name string
	re   *regexp.Regexp
}

// blocklists are the public and provider lists that bounces name. Each is
// recognised by its own name or its lookup host; Spamhaus's zones are
// told apart because a PBL listing (a dynamic range) is fixed differently
// from an SBL one.
var blocklists = []blocklist{
	{"Spamhaus ZEN", regexp.MustCompile(`(?i)\bzen\.spamhaus\.org|spamhaus zen\b`)},
	{"Spamhaus PBL", regexp.MustCompile(`(?i)\bpbl\.spamhaus\.org|spamhaus\s*pbl\b`)},
	{"Spamhaus SBL", regexp.MustCompile(`(?i)\bsbl(-xbl)?\.spamhaus\.org|spamhaus\s*sbl\b`)},
	{"Spamhaus XBL", regexp.MustCompile(`(?i)\bxbl\.spamhaus\.org|spamhaus\s*xbl\b`)},
	{"Spamhaus DBL", regexp.MustCompile(`(?i)\bdbl\.spamhaus\.org|spamhaus\s*dbl\b`)},
	{"Spamhaus", regexp.MustCompile(`(?i)spamhaus`)},
	{"Barracuda", regexp.MustCompile(`(?i)barracuda`)},
	{"SpamCop", regexp.MustCompile(`(?i)spamcop`)},
	{"Cloudmark", regexp.MustCompile(`(?i)cloudmark`)},
	{"Microsoft S3150", regexp.MustCompile(`\(S3150\)`)},
	{"Microsoft banned IPs (5.7.606)", regexp.MustCompile(`(?i)\b5\.7\.60[6-9]\b|banned sending ip`)},
	{"Proofpoint", regexp.MustCompile(`(?i)proofpoint`)},
	{"SORBS", regexp.MustCompile(`(?i)\bsorbs\b`)},
	{"UCEPROTECT", regexp.MustCompile(`(?i)uceprotect`)},
	{"SURBL", regexp.MustCompile(`(?i)\bsurbl\b`)},
	{"URIBL", regexp.MustCompile(`(?i)\buribl\b`)},
	{"Trend Micro RBL+", regexp.MustCompile(`(?i)trend\s*micro|mail-abuse\.com`)},
	{"KISA-RBL", regexp.MustCompile(`(?i)kisa[-_ ]?rbl`)},
	{"Abusix", regexp.MustCompile(`(?i)abusix`)},
	{"Invaluement", regexp.MustCompile(`(?i)invaluement`)},
	{"PSBL", regexp.MustCompile(`(?i)psbl\.surriel`)},
	{"Mailspike", regexp.MustCompile(`(?i)mailspike`)},
	{"SpamRATS", regexp.MustCompile(`(?i)spamrats`)},
	{"NiX Spam", regexp.MustCompile(`(?i)ix\.dnsbl\.manitu`)},
	{"Backscatterer", regexp.MustCompile(`(?i)backscatterer`)},
}

// blockedUsing finds a list named only by its host, as Postfix's
// reject_rbl_client says it: "blocked using bl.example.net".
var blockedUsing = regexp.MustCompile(`(?i)\bblocked using ([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)`)

// codes are the providers' own codes, each from a published code table:
// NetEase's "DT:SPM 163" tags, Yahoo/AOL's bracketed "[TSS04]" and AOL's
// "(RTR:BL)", Microsoft's "(S3150)", Comcast's "#BL000000", Cox's
// "AUP#CDRBL", QQ's help page number and Gmail's help topic.
var codes = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[\s(])([A-Z]{2,3}:[A-Z0-9]{2,4})(?:[\s)]|$)`),
	regexp.MustCompile(`\[((?:TSS?|BL|GL|PH|TS|RL)\d{2})\]`),
	regexp.MustCompile(`\((S\d{3,5})\)`),
	regexp.MustCompile(`#((?:BL|RL)\d{6})\b`),
	regexp.MustCompile(`\b(AUP#[A-Z]+)\b`),
	regexp.MustCompile(`(?i)mail\.qq\.com/cgi-bin/help\?\S*?\b(no=\d+)`),
	regexp.MustCompile(`support\.google\.com/mail/(?:answer/\d+)?\?\S*?\b(p=[A-Za-z]+)`),
}

var ipv4 = regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`)

// ipBefore are the words that put the sender's IP after them ("Client
// host [IP]", "messages from IP", "ip=IP"); ipAfter those after it ("IP
// is listed", "[IP]>: Client host rejected"). An IP after "host NAME [" or
// "connect to" is the receiver's and matches neither.
var (
	ipBefore = regexp.MustCompile(`(?i)(?:\bip|ip address|client host|the mail server|messages from|accepted from|mail from ip|dns for|lookup for host|hostname,|does not designate|required:|later from|ip=)[\s\[(<:=]*$`)
	ipAfter  = regexp.MustCompile(`(?i)^(?:[\s\])>]*(?:is listed|is not allowed|was not allowed|_is_blocked|is blocked|blocked|too many)|\]>: client host rejected|\] the ip address| \d{1,3}\])`)
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
	spamhausZone := false
	for _, b := range blocklists {
		if b.name == "Spamhaus" && spamhausZone {
			continue
		}
		if b.re.MatchString(diag) {
			addTo(&ev.Blocklists, b.name)
			spamhausZone = spamhausZone || strings.HasPrefix(b.name, "Spamhaus ")
		}
	}
	if len(ev.Blocklists) == 0 {
		for _, m := range blockedUsing.FindAllStringSubmatch(diag, -1) {
			addTo(&ev.Blocklists, strings.ToLower(m[1]))
		}
	}
	for _, re := range codes {
		for _, m := range re.FindAllStringSubmatch(diag, -1) {
			addTo(&ev.Codes, m[1])
		}
	}
	for _, loc := range ipv4.FindAllStringIndex(diag, -1) {
		ip := diag[loc[0]:loc[1]]
		if !validIPv4(ip) {
			continue
		}
		if ipBefore.MatchString(diag[max(0, loc[0]-40):loc[0]]) || ipAfter.MatchString(diag[loc[1]:min(len(diag), loc[1]+30)]) {
			addTo(&ev.IPs, ip)
		}
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

func validIPv4(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if len(part) > 1 && part[0] == '0' {
			return false
		}
		n := 0
		for _, c := range part {
			n = n*10 + int(c-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}
