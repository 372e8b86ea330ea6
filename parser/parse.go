package parser

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// ErrNotMessage is returned for input that is not a mail message at all
// (no header block).
var ErrNotMessage = errors.New("not a mail message")

// Limits bound what one message may cost. Hitting one is noted in
// Message.Warnings and reading goes on with what was read.
type Limits struct {
	MaxBytes       int64 // bytes of the message read; the rest is ignored
	MaxHeaderBytes int64 // bytes of one header block
	MaxDepth       int   // nesting of MIME parts
	MaxParts       int   // MIME parts visited
	MaxRecipients  int   // recipients kept from one report
	MaxTextBytes   int   // bytes kept of one text part
}

// DefaultLimits are generous for real bounces and small enough that a
// crafted message cannot exhaust memory or time.
var DefaultLimits = Limits{
	MaxBytes:       64 << 20,
	MaxHeaderBytes: 1 << 20,
	MaxDepth:       32,
	MaxParts:       1000,
	MaxRecipients:  10000,
	MaxTextBytes:   1 << 20,
}

// Parse reads one message with DefaultLimits.
func Parse(r io.Reader) (*Message, error) {
	return ParseWithLimits(r, DefaultLimits)
}

// ParseWithLimits reads one message from r and reports what it says.
// Ordinary mail comes back with Kind NotBounce and no error.
func ParseWithLimits(r io.Reader, lim Limits) (*Message, error) {
	lim = lim.withDefaults()
	lr := &io.LimitedReader{R: r, N: lim.MaxBytes}
	lf := mime.NewLineReader(lr)
	defer lf.Release()
	br := mime.GetReader(lf)
	defer mime.PutReader(br)
	if err := checkHeaderStart(br); err != nil {
		return nil, err
	}
	hbuf := mime.GetBuffer()
	defer hbuf.Release()
	h, err := mime.ReadHeader(br, lim.MaxHeaderBytes, hbuf)
	if err != nil && h.Len() == 0 {
		return nil, fmt.Errorf("reading header: %w", err)
	}
	w := &walker{lim: lim, hbuf: hbuf}
	if errors.Is(err, mime.ErrHeaderTooLarge) {
		w.warn("header block longer than %d bytes: the rest of it was not read", lim.MaxHeaderBytes)
	}
	e := mime.NewEntity(&h, br)
	w.walk(e, 0)
	e.Release()
	m := w.finish(&e.Header)
	// Drain what is left so a stream of messages stays in step, and note
	// when the size limit cut the message short.
	io.Copy(io.Discard, br)
	if lr.N <= 0 {
		m.Warnings = append(m.Warnings, fmt.Sprintf("message longer than %d bytes: the rest was not read", lim.MaxBytes))
	}
	return m, nil
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxBytes > 0 {
		d.MaxBytes = l.MaxBytes
	}
	if l.MaxHeaderBytes > 0 {
		d.MaxHeaderBytes = l.MaxHeaderBytes
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxParts > 0 {
		d.MaxParts = l.MaxParts
	}
	if l.MaxRecipients > 0 {
		d.MaxRecipients = l.MaxRecipients
	}
	if l.MaxTextBytes > 0 {
		d.MaxTextBytes = l.MaxTextBytes
	}
	return d
}

// checkHeaderStart rejects input whose first line is not a header field
// or an mbox "From " line: a stray file is not a message.
func checkHeaderStart(br *bufio.Reader) error {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return ErrNotMessage
		}
		if b[0] != '\n' {
			break
		}
		br.ReadByte()
	}
	peek, _ := br.Peek(1024)
	line := peek
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if bytes.HasPrefix(line, []byte("From ")) {
		// An mbox separator line leads a single saved message: skip it.
		br.ReadSlice('\n')
		return nil
	}
	i := bytes.IndexByte(line, ':')
	if i <= 0 || !mime.IsFieldName(string(line[:i])) {
		return ErrNotMessage
	}
	return nil
}

// walker collects what the MIME tree holds.
type walker struct {
	lim      Limits
	parts    int
	texts    []string
	dsns     []*DSN
	feedback []Field
	orig     *mime.Header // header of the returned original; nil when none found
	hbuf     *mime.Buffer // holds the raw header fields of the message
	warnings []string
	isReport bool
	inner    *Message // an attached bounce, read whole
	// innerPassedOn: inner was known a bounce by its header, not as a
	// report; it counts only when passed on by whoever received it.
	innerPassedOn bool
	// vendorEvidence: what the signature that named the vendor says of
	// the message being a bounce.
	vendorEvidence evidence
}

func (w *walker) warn(format string, args ...any) {
	w.warnings = append(w.warnings, fmt.Sprintf(format, args...))
}

func (w *walker) walk(e *mime.Entity, depth int) {
	w.parts++
	if w.parts > w.lim.MaxParts {
		if w.parts == w.lim.MaxParts+1 {
			w.warn("more than %d MIME parts: the rest were skipped", w.lim.MaxParts)
		}
		return
	}
	mt, params := e.MediaType, e.Params
	if mt == "" {
		mt = "text/plain"
	}
	if strings.HasPrefix(mt, "multipart/") {
		if params["report-type"] != "" {
			w.isReport = true
		}
		if depth >= w.lim.MaxDepth {
			w.warn("MIME parts nested deeper than %d: the inner ones were skipped", w.lim.MaxDepth)
			return
		}
		w.multipart(e, mt == "multipart/alternative", params["boundary"], depth)
		return
	}
	switch mt {
	case "message/delivery-status", "message/global-delivery-status", "text/delivery-status":
		d, _ := ParseDSN(w.bodyReader(e), w.lim.MaxRecipients)
		if d != nil {
			w.dsns = append(w.dsns, d)
			if d.Dropped > 0 {
				w.warn("more than %d recipients in a delivery-status part: %d were skipped", w.lim.MaxRecipients, d.Dropped)
			}
		}
	case "message/feedback-report":
		readFields(w.bodyReader(e), func(f Field) { w.feedback = append(w.feedback, f) }, func() {})
	case "message/rfc822", "message/global", "message/rfc822-headers", "text/rfc822-headers", "message/partial":
		w.original(e.Body, depth)
	case "text/plain", "text/html", "text/enriched":
		if isAttachedMessage(e) && w.orig != nil {
			return
		}
		txt := w.readText(e, mt)
		if w.orig == nil && depth > 0 && looksLikeHeaders(txt) {
			// A returned original sent as plain text.
			w.original(strings.NewReader(txt), depth)
			return
		}
		w.texts = append(w.texts, txt)
	}
}

// multipart walks the parts of a multipart entity. Senders get the
// boundary wrong often enough (a header that names another boundary than
// the body uses, none at all) that the body is checked first: the
// boundary used is the one the body has, and a body with none is text.
// Of the alternatives of a multipart/alternative, the plain text is read
// and the HTML rendering of the same notice dropped, so that the notice
// is not read twice.
func (w *walker) multipart(e *mime.Entity, alternative bool, boundary string, depth int) {
	br := mime.GetReader(e.Body)
	defer mime.PutReader(br)
	peek, _ := br.Peek(8 * 1024)
	if boundary == "" || !bytes.Contains(peek, []byte("--"+boundary)) {
		boundary = guessBoundary(peek)
	}
	if boundary == "" {
		txt := w.readText(&mime.Entity{Header: e.Header, Body: br}, "text/plain")
		w.texts = append(w.texts, txt)
		return
	}
	mr := mime.NewMultipartReader(br, boundary)
	defer mr.Release()
	plain, htmlFrom, htmlTo := false, -1, -1
	for {
		h, body, err := mr.NextPart(w.hbuf)
		if err != nil {
			// io.EOF, or a broken structure (a closing boundary that
			// never comes): what was read stands.
			break
		}
		e := mime.NewEntity(&h, body)
		n := len(w.texts)
		w.walk(e, depth+1)
		if alternative && len(w.texts) == n+1 {
			switch {
			case e.MediaType == "text/html" && htmlFrom < 0:
				htmlFrom, htmlTo = n, n+1
			case (e.MediaType == "text/plain" || e.MediaType == "") && strings.TrimSpace(w.texts[n]) != "":
				plain = true
			}
		}
		e.Release()
	}
	if plain && htmlFrom >= 0 {
		w.texts = append(w.texts[:htmlFrom], w.texts[htmlTo:]...)
	}
}

// guessBoundary finds a line "--something" that begins a part: it is
// followed, before any blank line, by a header field.
func guessBoundary(b []byte) string {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		if len(l) < 3 || l[0] != '-' || l[1] != '-' || bytes.ContainsAny(l, " \t") {
			continue
		}
		if i+1 < len(lines) && mime.IsHeaderLine(lines[i+1]) {
			return string(bytes.TrimSuffix(l[2:], []byte("--")))
		}
	}
	return ""
}

func isAttachedMessage(e *mime.Entity) bool {
	disp, params, _ := mime.ParseParams(e.Header.Get("Content-Disposition"))
	return disp == "attachment" && strings.HasSuffix(lower(params["filename"]), ".eml")
}

func (w *walker) bodyReader(e *mime.Entity) io.Reader {
	return &cappedReader{r: e.Body, n: int64(w.lim.MaxTextBytes), w: w}
}

// cappedReader reads at most n bytes of a part and warns, once, when the
// part holds more: what follows is not read.
type cappedReader struct {
	r io.Reader
	n int64
	w *walker
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		var one [1]byte
		if k, _ := io.ReadFull(c.r, one[:]); k > 0 {
			c.w.warn("a part longer than %d bytes: the rest of it was not read", c.w.lim.MaxTextBytes)
		}
		c.r = eofReader{}
		return 0, io.EOF
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	return k, err
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

// original keeps the headers of the first returned message found.
func (w *walker) original(body io.Reader, depth int) {
	if w.orig != nil {
		return
	}
	br := mime.GetReader(body)
	defer mime.PutReader(br)
	// Some MTAs put blank lines or an mbox line before the headers.
	for {
		b, err := br.Peek(1)
		if err != nil || b[0] != '\n' {
			break
		}
		br.ReadByte()
	}
	if peek, _ := br.Peek(5); string(peek) == "From " {
		br.ReadSlice('\n')
	}
	orig, err := mime.ReadHeader(br, w.lim.MaxHeaderBytes, w.hbuf)
	if err != nil && orig.Len() == 0 {
		return
	}
	w.orig = &orig
	// A bounce that a filter, a list manager or a person passed on as an
	// attachment ("Uncaught bounce notification"): read it too, in case the
	// outer message says nothing itself. Not when the outer report already
	// names its recipients: the returned original is then the sent message.
	report := strings.Contains(lower(orig.Get("Content-Type")), "multipart/report")
	if w.inner == nil && depth < w.lim.MaxDepth && !w.hasDSNRecipients() && (report || isBounceHeader(&orig)) {
		h := orig // a copy: the inner walk may mend its Content-Type
		iw := &walker{lim: w.lim, parts: w.parts, hbuf: w.hbuf}
		e := mime.NewEntity(&h, br)
		iw.walk(e, depth+1)
		e.Release()
		w.parts = iw.parts
		w.inner = iw.finish(&h)
		if !report && w.inner.Kind != Bounce {
			// Known a bounce by its header alone: an auto-reply or
			// ordinary mail inside says nothing of a failure.
			w.inner = nil
		}
		w.innerPassedOn = !report
	}
}

// readText returns a text part as UTF-8 plain text, bounded by MaxTextBytes.
func (w *walker) readText(e *mime.Entity, mt string) string {
	buf := textBufs.Get().(*bytes.Buffer)
	defer putTextBuf(buf)
	buf.ReadFrom(w.bodyReader(e))
	s := string(decodeText(buf.Bytes(), e.Charset))
	if mt == "text/html" {
		s = htmlToText(s)
	}
	return s
}

// decodeText turns the bytes of a text part into UTF-8. The declared
// charset is believed unless the bytes show it false: 8-bit bytes in a
// 7-bit charset (ISO-2022-*, US-ASCII) or text that does not decode.
func decodeText(b []byte, declared string) []byte {
	cs := lower(strings.Trim(declared, `"' `))
	eightBit := false
	for _, c := range b {
		if c >= 0x80 {
			eightBit = true
			break
		}
	}
	switch {
	case !eightBit && !strings.HasPrefix(cs, "iso-2022") && !strings.HasPrefix(cs, "utf-7") && !strings.HasPrefix(cs, "utf-16") && !strings.HasPrefix(cs, "utf-32"):
		return b // ASCII is ASCII in every charset that matters here
	case cs == "" || cs == "us-ascii" || cs == "ascii" || cs == "utf-8" || cs == "utf8" ||
		eightBit && (strings.HasPrefix(cs, "iso-2022") || cs == "utf-7"):
		if utf8.Valid(b) {
			return b
		}
		return guessDecode(b)
	}
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		if utf8.Valid(b) {
			return b
		}
		return guessDecode(b)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return guessDecode(b)
	}
	return out
}

// guessDecode decodes bytes that are not UTF-8 although no (or a wrong)
// charset said so. Chinese providers often send GB18030 unlabelled;
// otherwise Windows-1252 keeps every byte readable.
func guessDecode(b []byte) []byte {
	if out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil && !bytes.ContainsRune(out, utf8.RuneError) && hasHan(out) {
		return out
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return out
}

func hasHan(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
		b = b[n:]
	}
	return false
}

// looksLikeHeaders tells whether a text begins with a mail header block.
func looksLikeHeaders(s string) bool {
	s = strings.TrimLeft(s, "\n")
	n := 0
	for _, line := range strings.SplitN(s, "\n", 6) {
		if line == "" {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue
		}
		i := strings.IndexByte(line, ':')
		if i <= 0 || !mime.IsFieldName(line[:i]) {
			return false
		}
		switch lower(line[:i]) {
		case "received", "return-path", "from", "to", "subject", "message-id", "date", "mime-version", "dkim-signature", "x-mailer", "content-type", "delivered-to":
			n++
		}
	}
	return n >= 2
}

// header reads a decoded header field (RFC 2047 words decoded).
func headerText(h *mime.Header, name string) string {
	return decodedText(h.Get(name))
}

// decodedText decodes the RFC 2047 words of a field value as go-message's
// Header.Text does, keeping the value as it is when that fails.
func decodedText(v string) string {
	if strings.Contains(v, "=?") {
		var h message.Header
		h.Set("Subject", v)
		if d, err := h.Text("Subject"); err == nil && d != "" {
			v = d
		}
	}
	return collapseSpace(v)
}

// addressOf returns the bare address of a From/To-style field value.
func addressOf(v string) string {
	v = strings.TrimSpace(v)
	if strings.IndexByte(v, '@') < 0 {
		// Every way below needs an '@' ("Mail Delivery Subsystem
		// <MAILER-DAEMON>"): spare net/mail failing twice.
		return ""
	}
	if a, ok := plainAddress(v); ok {
		return normalizeAddress(a)
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

// plainAddress returns the address of v when v is "local@domain",
// "<local@domain>", "Plain Words <local@domain>", "\"Quoted, Words\"
// <local@domain>" or "local@domain (Plain Words)" in plain ASCII: what
// mail.ParseAddress returns for these common forms, without its parser.
// false for any other form.
func plainAddress(v string) (string, bool) {
	switch {
	case strings.HasSuffix(v, ">"):
		i := strings.IndexByte(v, '<')
		if i < 0 || !plainName(v[:i]) {
			return "", false
		}
		v = v[i+1 : len(v)-1]
	case strings.HasSuffix(v, ")"):
		i := strings.IndexByte(v, '(')
		if i < 0 || !plainWords(v[i+1:len(v)-1]) {
			return "", false
		}
		v = strings.TrimRight(v[:i], " ")
	}
	at := strings.IndexByte(v, '@')
	if at < 0 || !isDotAtom(v[:at]) || !isDotAtom(v[at+1:]) {
		return "", false
	}
	return v, true
}

// plainName tells whether s is a display name of plain words, or of
// ASCII words in quotes, with spaces after.
func plainName(s string) bool {
	if strings.HasPrefix(s, "\"") {
		i := strings.IndexByte(s[1:], '"') + 1
		if i == 0 || strings.Trim(s[i+1:], " ") != "" {
			return false
		}
		for _, c := range []byte(s[1:i]) {
			// Not '"', '\\' or what may begin an RFC 2047 word.
			if c < ' ' || c > '~' || c == '"' || c == '\\' || c == '=' || c == '?' {
				return false
			}
		}
		return true
	}
	return plainWords(s)
}

// plainWords tells whether s is letters, digits and spaces.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ' ' && !isAlnum(c) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isDotAtom tells whether s is an RFC 5322 dot-atom of ASCII atext.
func isDotAtom(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>[]:;@\,"`, c) >= 0 {
			return false
		}
	}
	return true
}
