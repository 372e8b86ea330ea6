package parser

import (
	"net/mail"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/bounce-analyzer/bounce/signs"
)

// senderContextRe is what senderContext replaced; the fuzz test keeps
// the two in agreement.
var senderContextRe = regexp.MustCompile(`(?i)(generated from|expanded from|forwarded from|contact|send mail to|write to|mail from:?|envelope-from|sender:?|from:|return-path:|reply-to:|message-id:?|in-reply-to:|references:|x-postfix-sender:|smtp\.mailfrom=|header\.from=)\s*<?\s*$`)

func FuzzSenderContext(f *testing.F) {
	for _, s := range []string{"Mail From: <", "mail from", "SENDER :", "sender: \t<\n", "ſender:", "expanded from <<", "x", "contact us at", "Reply-To:  < ", "\xc5\xbfender", "write to\f", "from:<x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := defaultBook().senderContext(s), senderContextRe.MatchString(s); got != want {
			t.Fatalf("senderContext(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " a  b ", "a\u00a0b", "x\v\fy", "\xff \xc2", "a b", "日本 語\u3000x"} {
		f.Add(s, "z")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := collapseSpace(a), strings.Join(strings.Fields(a), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", a, got, want)
		}
		lines := []string{a, b, a}
		if got, want := collapseLines(lines), collapseSpace(strings.Join(lines, " ")); got != want {
			t.Fatalf("collapseLines(%q) = %q, want %q", lines, got, want)
		}
	})
}

// continuationRe is what continuations replaced.
var continuationRe = regexp.MustCompile(`(?:^|\s)([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3} )?`)

func FuzzContinuations(f *testing.F) {
	for _, s := range []string{"550-5.1.1 The email 550-5.1.1 account", "421 4.7.0 x\n421-4.7.0 y", " 550 550 5.1.10 ", "250-5.1.1234 x 450 4.1.1", "550"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []continuation
		for _, l := range continuationRe.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, continuation{l[2], l[1]})
		}
		if got := continuations(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("continuations(%q) = %v, want %v", s, got, want)
		}
	})
}

// addrRe is what addrSpans replaced.
var addrRe = regexp.MustCompile(`[\p{L}\p{N}!#$%&'*+/=?^_{|}~.-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*[\p{L}\p{N}]`)

func FuzzAddrSpans(f *testing.F) {
	for _, s := range []string{"<a@b.example>: 550", "a@b.c. x@y", "a@b..c d@-e.f g@h-.i.j", "foo@bar@baz.com", "x@b.c-", "ü@ä.日本", "a@b.c.d-", "m@1.2.3.4]", "@@a.b", "\xff@a.b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, m := range addrRe.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := addrSpans(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("addrSpans(%q) = %v, want %v", s, got, want)
		}
	})
}

// slowAddressOf is addressOf without plainAddress.
func slowAddressOf(v string) string {
	v = strings.TrimSpace(v)
	if v == "" {
		return ""
	}
	if a, err := mail.ParseAddress(v); err == nil {
		return normalizeAddress(a.Address)
	}
	if list, err := mail.ParseAddressList(v); err == nil && len(list) > 0 {
		return normalizeAddress(list[0].Address)
	}
	if a := findAddresses(v); len(a) > 0 {
		return a[0]
	}
	return ""
}

func FuzzAddressOf(f *testing.F) {
	for _, s := range []string{"a@b.c", "<a@b.c>", "Mail Delivery System <MAILER-DAEMON@x.y>", "x <a..b@c>", "MAILER-DAEMON@x.y (Mail Delivery System)", "\"q\" <a@b>", " <a@b.c> ", "a@b.c, d@e.f", "Name  <a.@b>", "<@b>", "1 2<x@[1.2.3.4]>",
		`"" <a@b.c>`, `"Neko, Nyaan" <a@b.c>`, `"a" b <a@b.c>`, `"a"<a@b.c>`, `"a\"b" <a@b.c>`, `"=?utf-8?q?a?=" <a@b.c>`,
		"a@b.c (Mail Delivery System)", "a@b.c ()", "a@b.c(x y)", "<a@b.c> (x)", "a@b.c (x (y))", "MAILER-DAEMON <>", "postmaster"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := addressOf(s), slowAddressOf(s); got != want {
			t.Fatalf("addressOf(%q) = %q, want %q", s, got, want)
		}
	})
}

// The expressions htmlToText replaced.
var (
	tagRe       = regexp.MustCompile(`(?s)<[^>]*>`)
	blockTagRe  = regexp.MustCompile(`(?i)<\s*(br|/p|p|/div|div|/tr|tr|/li|li|/h[1-6]|/table|hr)\b[^>]*>`)
	cellTagRe   = regexp.MustCompile(`(?i)<\s*(td|/td|th|/th)\b[^>]*>`)
	scriptRe    = regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)\s*>`)
	blankRunsRe = regexp.MustCompile(`\n[ \t]*\n([ \t]*\n)+`)
)

func FuzzHTMLToText(f *testing.F) {
	for _, s := range []string{"<html><head><title>x</title></head><body><p>Hi<br/>there</p>\n\n \n<div>a&amp;b</div></body></html>",
		"<SCRIPT>x</ſtyle >y", "< br>a<brx>b<h7>c</H6 >", "<p", "a\n \n\t\n\nb", "<head\n>x</head>", "<style>a</style", "<\xffp>x>", "<tr><TD>To</td><td >bob@example.com</Td></tr>", "<thead><th>x</th>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		steps := []struct {
			got, want string
		}{
			{dropScripts(s), scriptRe.ReplaceAllString(s, "")},
			{replaceTags(s, "\n", blockTags), blockTagRe.ReplaceAllString(s, "\n")},
			{replaceTags(s, " ", cellTags), cellTagRe.ReplaceAllString(s, " ")},
			{replaceTags(s, "", nil), tagRe.ReplaceAllString(s, "")},
			{squeezeBlankLines(s), blankRunsRe.ReplaceAllString(s, "\n\n")},
		}
		for i, st := range steps {
			if st.got != st.want {
				t.Fatalf("step %d of %q: %q, want %q", i, s, st.got, st.want)
			}
		}
	})
}

func FuzzNeedle(f *testing.F) {
	f.Add("this is the mail system at host", "x this is the mail system at host y")
	f.Add("", "abc")
	f.Add("aab", "aaab")
	f.Fuzz(func(t *testing.T, w, hay string) {
		if got, want := newNeedle(w).in(hay), strings.Contains(hay, w); got != want {
			t.Fatalf("needle %q in %q = %v, want %v", w, hay, got, want)
		}
	})
}

// FuzzLineTests: isOriginalMarker and isBoilerplate agree with their
// plain forms (lower-case the trimmed line, compare).
func FuzzLineTests(f *testing.F) {
	f.Add("----- Original Message -----")
	f.Add("  This is the mail system at host x.")
	f.Add("İf you do so, please include this problem report")
	f.Add("=== Below this line is a copy of the message.")
	f.Add("Original message could not be delivered to the handset.")
	f.Add("Returned message headers")
	f.Add("FAILED:")
	f.Add("<< ORIGINAL MESSAGE >>")
	f.Add("]> original message")
	f.Add("  --")
	f.Fuzz(func(t *testing.T, line string) {
		l := strings.ToLower(strings.TrimSpace(line))
		d := signs.Default()
		marker := l != "" && len(l) <= 120 && signs.MatchBareMarker(d.Words(signs.BareMarkers), d.Words(signs.MarkerFollowers),
			append([]string{mimeMarker}, d.Words(signs.OriginalMarkers)...), line)
		if got := defaultBook().isOriginalMarker(line); got != marker {
			t.Fatalf("isOriginalMarker(%q) = %v", line, got)
		}
		boiler := l == "failed:" // Exim's wrapped line, in code
		for _, b := range signs.Default().Words(signs.Boilerplate) {
			boiler = boiler || strings.HasPrefix(l, b)
		}
		if got := defaultBook().isBoilerplate(line); got != boiler {
			t.Fatalf("defaultBook().isBoilerplate(%q) = %v", line, got)
		}
	})
}

func FuzzCanonicalName(f *testing.F) {
	for _, s := range []string{"Final-Recipient", "final-recipient", "X-Postfix-Queue-ID", " status ", "a--b", "İx-Y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := []byte(strings.ToLower(strings.TrimSpace(s)))
		up := true
		for i, c := range b {
			if up && c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
			up = c == '-'
		}
		if got := canonicalName(s); got != string(b) {
			t.Fatalf("canonicalName(%q) = %q, want %q", s, got, b)
		}
	})
}

// FuzzNormalizeAddress: normalizeAddress, which returns an address that
// is normal already as it is, gives what building it anew gave.
func FuzzNormalizeAddress(f *testing.F) {
	for _, s := range []string{"a@b.cc", "<A@B.CD>", "a.@b.cc.", `"a..b"@c.de`, "a..b@c.de", "mailto:x@Y.org", "a@b", "@b.cc", "a@ß.DE", "a@İ.com", "x@\xff.cc", "1@e.3", "=@h.jp", "SMTP=DJ@X.ORG", "smtp=@x.org"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := func(a string) string {
			a = strings.TrimSpace(a)
			a = strings.Trim(a, "<>\"'`()[]{},;:. ")
			if strings.HasPrefix(lower(a), "mailto:") {
				a = a[7:]
			}
			i := strings.LastIndexByte(a, '@')
			if i <= 0 || i == len(a)-1 {
				return ""
			}
			quoted := strings.Contains(a[:i], `"`)
			local, domain := strings.TrimLeft(strings.Trim(a[:i], `"`), "."), lower(strings.Trim(a[i+1:], "."))
			local = local[keyPrefix(local):]
			if !validLocal(local) || !validDomain(domain) {
				return ""
			}
			if quoted && (strings.HasSuffix(local, ".") || strings.Contains(local, "..")) {
				local = `"` + local + `"`
			}
			return local + "@" + domain
		}(s)
		if got := normalizeAddress(s); got != want {
			t.Fatalf("normalizeAddress(%q) = %q, want %q", s, got, want)
		}
	})
}

// What only looks like an address in uuencoded or encoded text, or a
// version number, is never one.
func TestNoAddress(t *testing.T) {
	for _, s := range []string{"1@e.3", "=@h.j", "a@1.2.3", "x@host.c", "+@example.com", "a@b"} {
		if got := normalizeAddress(s); got != "" {
			t.Errorf("normalizeAddress(%q) = %q, want none", s, got)
		}
	}
	for s, want := range map[string]string{"bob@Example.MUSEUM": "bob@example.museum", "li.wei@例子.中国": "li.wei@例子.中国", "ivan@xn--e1afmkfd.xn--p1ai": "ivan@xn--e1afmkfd.xn--p1ai", "7@example.de": "7@example.de", "SMTP=DJBENNETT@Example.CO.UK": "DJBENNETT@example.co.uk", "RFC-822=m.clarke@example.co.uk": "m.clarke@example.co.uk"} {
		if got := normalizeAddress(s); got != want {
			t.Errorf("normalizeAddress(%q) = %q, want %q", s, got, want)
		}
	}
	if got := findAddresses("begin 644 x\nM1@e.3=@h.j8<F5A\nsee ops@example.org"); strings.Join(got, " ") != "ops@example.org" {
		t.Errorf("findAddresses in uuencoded text: %q", got)
	}
}

// FuzzUnquote: unquote, which counts the quoted lines without splitting
// the text, gives what the old code (oldUnquote) gave.
func FuzzUnquote(f *testing.F) {
	for _, s := range []string{"", "a\nb", "> a\n> b\nc", ">>> x\n> y", "\n\n> \n>a\n", ">x\r\n>y", "> a\n\n\nb\n> c\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unquote(s), oldUnquote(s); got != want {
			t.Fatalf("unquote(%q) = %q, want %q", s, got, want)
		}
	})
}

func oldUnquote(text string) string {
	lines := strings.Split(text, "\n")
	quoted, total := 0, 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		total++
		if strings.HasPrefix(l, ">") && !strings.HasPrefix(l, ">>>") {
			quoted++
		}
	}
	if total == 0 || quoted*2 < total {
		return text
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "> ") {
			lines[i] = l[2:]
		} else if strings.HasPrefix(l, ">") {
			lines[i] = l[1:]
		}
	}
	return strings.Join(lines, "\n")
}

// FuzzSplitNotice: splitNotice, which walks the lines without splitting
// the text, cuts where the old code (oldSplitNotice) cut.
func FuzzSplitNotice(f *testing.F) {
	for _, s := range []string{"", "\n", "a", "a\nb\n", "x\ny\nz\nw\n\nReturn-Path: <a@b>\nReceived: x\n\nbody",
		"a\nb\nc\nd\nFrom a@b Thu\nSubject: x\n", "notice\n----- Original message -----\nFrom: a\n", "1\n2\n3\n4\n\nReceived: a\n b\n\n",
		"n\n--- Заголовки ---\n\nFrom: a\nTo: b\nSubject: c\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n1, o1 := defaultBook().splitNotice(s)
		n2, o2 := oldSplitNotice(s)
		if n1 != n2 || o1 != o2 {
			t.Fatalf("defaultBook().splitNotice(%q) = %q, %q, want %q, %q", s, n1, o1, n2, o2)
		}
	})
}

func oldSplitNotice(text string) (notice, original string) {
	lines := strings.SplitAfter(text, "\n")
	pos := 0
	prevBlank := false
	for i, line := range lines {
		if defaultBook().isOriginalMarker(line) {
			return text[:pos], text[pos+len(line):]
		}
		if isTitleRule(line) && quotesHeaders(lines[i+1:min(len(lines), i+9)]) {
			return text[:pos], text[pos+len(line):]
		}
		if i > 3 && (prevBlank || strings.HasPrefix(line, "From ")) && startsHeaderBlock(lines[i:]) {
			return text[:pos], text[pos:]
		}
		prevBlank = strings.TrimSpace(line) == ""
		pos += len(line)
	}
	return text, ""
}

// BenchmarkCollapseLines joins a notice's lines as diagnostics are made.
func BenchmarkCollapseLines(b *testing.B) {
	lines := strings.Split(strings.Repeat("  550 5.1.1 <bob@example.org>:\tRecipient address rejected:\n    User unknown in virtual mailbox table  \n", 8), "\n")
	for b.Loop() {
		collapseLines(lines)
	}
}

// BenchmarkAddrSpans finds the addresses of a notice line, as the
// free-text pass does for every line with an '@'.
func BenchmarkAddrSpans(b *testing.B) {
	s := "<bob.smith@example.org>: host mx1.example.org[192.0.2.7] said: 550 5.1.1 <bob.smith@example.org>... User unknown (in reply to RCPT TO command)"
	for b.Loop() {
		addrSpans(s)
	}
}
