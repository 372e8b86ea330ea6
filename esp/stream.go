package esp

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/classify"
)

// Sniff tells whether the start of an input is JSON (its first byte
// other than white space or a UTF-8 byte order mark is '{' or '['), not
// mail: a mail message starts with a header field or an mbox "From "
// line.
func Sniff(peek []byte) bool {
	peek = bytes.TrimPrefix(peek, []byte("\xef\xbb\xbf"))
	for _, c := range peek {
		if !isSpace(c) {
			return c == '{' || c == '['
		}
	}
	return false
}

// Analyze reads the events of r, decides the records of each with c (see
// Classify) and calls fn with them, event by event in input order. The
// records of the Nth event (from 1) name "SOURCE#N" as their source, as
// the messages of an mbox do. A malformed value or event goes to bad and
// the rest is read; an error from fn or from reading r ends the input and
// is returned.
func Analyze(c *classify.Classifier, r io.Reader, source string, fn func([]classify.Record) error, bad func(error)) (Stats, error) {
	return AnalyzeWith(c, campaign.Default(), r, source, fn, bad)
}

// AnalyzeWith is Analyze with the campaign rules of the mail path (nil:
// none); see ClassifyWith.
func AnalyzeWith(c *classify.Classifier, tags *campaign.Rules, r io.Reader, source string, fn func([]classify.Record) error, bad func(error)) (Stats, error) {
	d := NewDecoder(r, source)
	n := 0
	for {
		ev, err := d.Next()
		if err == io.EOF {
			return d.Stats(), nil
		}
		var de *DecodeError
		if errors.As(err, &de) {
			if bad != nil {
				bad(err)
			}
			continue
		}
		if err != nil {
			return d.Stats(), err
		}
		n++
		if err := fn(ClassifyWith(c, tags, &ev, fmt.Sprintf("%s#%d", source, n))); err != nil {
			return d.Stats(), err
		}
	}
}
