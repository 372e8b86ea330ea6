package esp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/bounce-analyzer/bounce/parser"
)

// Provider names, as they appear in Event.Provider and as the Vendor of
// the messages.
const (
	SES      = "amazonses"
	SendGrid = "sendgrid"
	Mailgun  = "mailgun"
	Postmark = "postmark"
	Brevo    = "brevo"
)

// Event is one provider event that speaks of failed, delayed, delivered
// or complaining recipients.
type Event struct {
	// Provider is one of SES, SendGrid, Mailgun, Postmark, Brevo.
	Provider string
	// Type is the provider's own class of the event, kept for the
	// record's esp_type: "Permanent/General" (SES), "bounce/blocked"
	// (SendGrid), "failed/permanent/bounce" (Mailgun), "HardBounce"
	// (Postmark), "hard_bounce" (Brevo).
	Type string
	// Message is the event as the parser would have reported a bounce
	// mail saying the same.
	Message *parser.Message
}

// Stats counts what a Decoder read.
type Stats struct {
	Events int // events returned
	// Ignored counts the objects skipped, by provider and type
	// ("sendgrid/open", "unknown" for objects of no known shape).
	Ignored map[string]int
	Errors  int // malformed values and events
}

func (s *Stats) ignore(key string) {
	if s.Ignored == nil {
		s.Ignored = map[string]int{}
	}
	s.Ignored[key]++
}

// IgnoredTotal is the number of objects skipped.
func (s *Stats) IgnoredTotal() int {
	n := 0
	for _, c := range s.Ignored {
		n += c
	}
	return n
}

// DecodeError is a malformed value or event in an input.
type DecodeError struct {
	Source string // the input's name
	Line   int    // 1-based line where the problem was seen
	Offset int64  // byte offset of the same place
	Err    error
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("esp: %s:%d (byte %d): %v", e.Source, e.Line, e.Offset, e.Err)
}

func (e *DecodeError) Unwrap() error { return e.Err }

// MaxValue bounds the memory one value takes: an event, or an element of
// a top-level array (read one by one, so the array is not bound as a
// whole). A larger value is reported as an error and skipped; white space
// before a value counts as part of it.
const MaxValue = 16 << 20

// errTooLarge is what the input reader gives past a value's limit.
var errTooLarge = errors.New("value too large")

// Decoder reads events from a stream of JSON values.
type Decoder struct {
	source string
	rest   io.Reader // what follows the bytes given to dec
	dec    *json.Decoder
	lc     *lineCounter // counts what dec read
	base   int64        // offset of dec's first byte in the input
	line   int          // line of dec's first byte
	inArr  bool         // inside a top-level array
	queue  []Event      // events of an object that held several
	stats  Stats
	done   bool
	// maxValue is MaxValue but in tests.
	maxValue int64
}

// NewDecoder reads events from r; source names r in errors.
func NewDecoder(r io.Reader, source string) *Decoder {
	d := &Decoder{source: source, rest: r, line: 1, maxValue: MaxValue}
	d.start(r)
	return d
}

func (d *Decoder) start(r io.Reader) {
	d.lc = &lineCounter{r: r, limit: d.maxValue}
	d.dec = json.NewDecoder(d.lc)
	d.dec.UseNumber()
}

// Stats returns the counts so far.
func (d *Decoder) Stats() Stats { return d.stats }

// Next returns the next event. At the end of the input it returns io.EOF.
// A malformed value or event gives a *DecodeError, and Next may be called
// again: after a JSON syntax error the Decoder skips to the next line that
// starts a value ('{' or '[' in column 1), so a JSON Lines file goes on
// with its next line and a pretty-printed stream with its next top-level
// value. Any other error (reading the input) ends the input.
func (d *Decoder) Next() (Event, error) {
	for {
		if len(d.queue) > 0 {
			ev := d.queue[0]
			d.queue = d.queue[1:]
			d.stats.Events++
			return ev, nil
		}
		if d.done {
			return Event{}, io.EOF
		}
		raw, err := d.nextValue()
		if err == io.EOF {
			d.done = true
			continue
		}
		if err != nil {
			return Event{}, err
		}
		evs, err := decodeValue(raw, &d.stats)
		d.queue = evs // the good events of a batch with a bad one
		if err != nil {
			return Event{}, d.valueError(raw, err)
		}
	}
}

// nextValue returns the next object or array element of the input.
func (d *Decoder) nextValue() (json.RawMessage, error) {
	for {
		d.lc.limit = d.dec.InputOffset() + d.maxValue
		if d.inArr {
			if !d.dec.More() {
				if _, err := d.dec.Token(); err != nil { // the closing ']'
					return nil, d.syntax(err)
				}
				d.inArr = false
				continue
			}
		} else {
			if d.peek() == '[' {
				if _, err := d.dec.Token(); err != nil {
					return nil, d.syntax(err)
				}
				d.inArr = true
				continue
			}
		}
		var raw json.RawMessage
		if err := d.dec.Decode(&raw); err != nil {
			if err == io.EOF && !d.inArr {
				return nil, io.EOF // white space to the end
			}
			return nil, d.syntax(err)
		}
		return raw, nil
	}
}

// peek returns the first byte of the next value, or 0 at the end of the
// input or on a read error (Decode then reports which).
func (d *Decoder) peek() byte {
	d.dec.More() // reads on up to a value's first byte or the end
	buf := d.dec.Buffered().(*bytes.Reader)
	for {
		c, err := buf.ReadByte()
		if err != nil {
			return 0
		}
		if !isSpace(c) {
			return c
		}
	}
}

// valueError reports err about raw, the value just decoded.
func (d *Decoder) valueError(raw []byte, err error) error {
	d.stats.Errors++
	end := d.dec.InputOffset()
	line := d.lineAt(end) - bytes.Count(raw, []byte{'\n'})
	return &DecodeError{Source: d.source, Line: line, Offset: d.base + end - int64(len(raw)), Err: err}
}

// lineAt returns the line of the offset off (relative to dec's start),
// which must not be before what dec has consumed.
func (d *Decoder) lineAt(off int64) int {
	buf := bufferedBytes(d.dec)
	i := min(max(off-d.dec.InputOffset(), 0), int64(len(buf)))
	return d.line + d.lc.lines - bytes.Count(buf[i:], []byte{'\n'})
}

// syntax turns a decoding error into a DecodeError and skips past the
// bad value, or ends the input on a read error.
func (d *Decoder) syntax(err error) error {
	off := d.dec.InputOffset()
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		off = max(se.Offset-1, off)
	case errors.Is(err, errTooLarge):
		// Named where the value starts, like a cut one.
		err = fmt.Errorf("value larger than %d bytes", d.maxValue)
		off = d.valueStart()
	case errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF:
		// Named where the cut value starts, not at the end.
		err = errors.New("the input ends inside the value that starts here")
		off = d.valueStart()
	default:
		d.done = true
		return fmt.Errorf("esp: %s: %w", d.source, err)
	}
	d.stats.Errors++
	de := &DecodeError{Source: d.source, Line: d.lineAt(off), Offset: d.base + off, Err: err}
	d.resync()
	return de
}

// valueStart is the offset (relative to dec) of the value that dec
// failed to read: past the white space before it.
func (d *Decoder) valueStart() int64 {
	buf := d.dec.Buffered().(*bytes.Reader)
	off := d.dec.InputOffset()
	for {
		c, err := buf.ReadByte()
		if err != nil || !isSpace(c) {
			return off
		}
		off++
	}
}

// resync skips the value that failed: the rest of its first line and
// every line after it up to one that starts with '{' or '['. It reads the
// input directly, without another buffering layer, so that many bad
// values in one input cost no more than one.
func (d *Decoder) resync() {
	consumed := d.dec.InputOffset()
	line := d.lineAt(consumed)
	buf := bufferedBytes(d.dec) // the bad value and what was read after it
	// next returns the index in b of the first byte that starts a line
	// with '{' or '[', or -1; prev is the byte before b.
	next := func(b []byte, prev byte) (int, byte) {
		for k, c := range b {
			if prev == '\n' && (c == '{' || c == '[') {
				return k, prev
			}
			if c == '\n' {
				line++
			}
			prev = c
		}
		return -1, prev
	}
	i := 0
	for i < len(buf) && isSpace(buf[i]) {
		if buf[i] == '\n' {
			line++
		}
		i++
	}
	restart := func(skipped int64, left []byte) {
		d.base += consumed + skipped
		d.line = line
		d.rest = io.MultiReader(bytes.NewReader(left), d.rest)
		d.inArr = false
		d.start(d.rest)
	}
	if i >= len(buf) {
		// Only white space after a bad array end: go on reading.
		restart(int64(len(buf)), nil)
		return
	}
	// The value's own first byte is skipped: it may start a line too.
	k, prev := next(buf[i+1:], buf[i])
	if k >= 0 {
		start := i + 1 + k
		restart(int64(start), buf[start:])
		return
	}
	skipped := int64(len(buf))
	chunk := make([]byte, 32<<10)
	for {
		n, err := d.rest.Read(chunk)
		if k, prev = next(chunk[:n], prev); k >= 0 {
			restart(skipped+int64(k), append([]byte(nil), chunk[k:n]...))
			return
		}
		skipped += int64(n)
		if err != nil {
			d.done = true
			return
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// bufferedBytes returns what dec has read and not consumed.
func bufferedBytes(dec *json.Decoder) []byte {
	r := dec.Buffered().(*bytes.Reader)
	b := make([]byte, r.Len())
	r.Read(b)
	return b
}

// lineCounter counts the newlines read through it, and refuses to read
// past limit, so that a value too large fails before it is in memory.
type lineCounter struct {
	r     io.Reader
	lines int
	n     int64 // bytes read
	limit int64
}

func (l *lineCounter) Read(p []byte) (int, error) {
	if l.n >= l.limit {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.limit-l.n {
		p = p[:l.limit-l.n]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	l.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}
