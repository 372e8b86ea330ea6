package parser

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// walker collects what the MIME tree holds.
type walker struct {
	lim      Limits
	sb       *book // the signs of a bounce, compiled
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
	// personForward: the attached message is a person's forward that
	// holds no bounce of its own; its To is no failed recipient.
	personForward bool
	// vendorEvidence: what the signature that named the vendor says of
	// the message being a bounce.
	vendorEvidence evidence
	// jsonText holds the application/json parts' text; jsonTop is set
	// when the message itself is application/json (eventText).
	jsonText []string
	jsonTop  bool
	// pec: a PEC daticert.xml that reports a failure (pec.go).
	pec *pecCert
	// quotedText: the text was quoted line by line ("> "), as a
	// reader quotes the mail he answers or forwards (unquote).
	quotedText bool
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
	case "application/xml", "text/xml", "application/octet-stream":
		if w.pec == nil && isPECData(e) {
			w.readPEC(e)
		}
	case "application/json":
		w.jsonText = append(w.jsonText, w.readText(e, mt))
		w.jsonTop = w.jsonTop || depth == 0
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
	// A person's forward of a bounce, attached in its turn ("Fwd: Fwd:
	// Mail delivery failed"), is read the same way: its own walk finds
	// the bounce inside it.
	if w.inner == nil && depth < w.lim.MaxDepth && !w.hasDSNRecipients() && (report || w.sb.isBounceHeader(&orig) || w.sb.forwardsBounce(&orig)) {
		h := orig // a copy: the inner walk may mend its Content-Type
		iw := &walker{lim: w.lim, sb: w.sb, parts: w.parts, hbuf: w.hbuf}
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
		if w.inner != nil && !report && !w.sb.isBounceHeader(&orig) && !iw.bounceByStructure(w.inner) {
			// A person's forward whose own text only tells of a
			// failure ("my mail to dave@… came back with 550"):
			// hearsay, not a bounce.
			w.inner = nil
		}
		if w.inner == nil && !report && !w.sb.isBounceHeader(&orig) {
			w.personForward = true
		}
		w.innerPassedOn = !report
	}
}

// readText returns a text part as UTF-8 plain text, bounded by MaxTextBytes.
func (w *walker) readText(e *mime.Entity, mt string) string {
	buf := textBufs.Get().(*bytes.Buffer)
	defer putTextBuf(buf)
	if _, err := buf.ReadFrom(w.bodyReader(e)); err != nil {
		var corrupt base64.CorruptInputError
		if errors.As(err, &corrupt) {
			// The text read so far is kept; the rest of the part is lost.
			w.warn("%s part: base64 body corrupt at byte %d: the rest was skipped", e.MediaType, int64(corrupt))
		}
	}
	s := string(decodeText(buf.Bytes(), e.Charset))
	if mt == "text/html" {
		s = htmlToText(s)
	}
	return s
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

// textBufs hold text parts while they are decoded into strings.
var textBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putTextBuf(b *bytes.Buffer) {
	if b.Cap() <= 2<<20 {
		b.Reset()
		textBufs.Put(b)
	}
}

// bounceByStructure tells whether an attached forward's own walk found a
// bounce by its structure: a report or delivery-status part, a nested
// returned bounce (null path or mail-system sender), or a vendor's
// layout, or a quoted forward of an NDR whose own header lines name a
// mail system and a bounce subject; never a person's free text alone.
func (w *walker) bounceByStructure(m *Message) bool {
	return w.isReport || w.hasDSNRecipients() || w.inner != nil || m.Vendor != "" || w.sb.quotesBounceHeader(w.texts)
}

// quotesBounceHeader tells whether a text quotes a bounce's own header
// block: a subject label (subject_labels: "Subject:", "主题:") over a
// bounce subject beside another field label (original_field_labels:
// "From:", "发件人:") whose value names a mail system. That block is an
// NDR's header pasted into a forward, not a person's telling of one.
func (b *book) quotesBounceHeader(texts []string) bool {
	for _, t := range texts {
		lines := strings.Split(t, "\n")
		for i, l := range lines {
			if !b.quotesSubject(l) || !b.bounceSubject(fieldValue(l)) {
				continue
			}
			for j := max(0, i-4); j < min(len(lines), i+5); j++ {
				if j != i && b.quotesField(lines[j]) && b.mailSystemSender(fieldValue(lines[j])) {
					return true
				}
			}
		}
	}
	return false
}

// fieldValue returns what follows the label a line opens with.
func fieldValue(line string) string {
	if i := strings.IndexAny(line, ":："); i >= 0 {
		_, n := utf8.DecodeRuneInString(line[i:])
		return strings.TrimSpace(line[i+n:])
	}
	return ""
}
