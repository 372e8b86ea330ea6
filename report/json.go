package report

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/bounce-analyzer/bounce/classify"
)

// JSON writes JSON Lines: one object a record, with the JSON keys of
// classify.Record. Text is written as it is (JSON escapes control
// characters); '<', '>' and '&' are not escaped.
type JSON struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

// NewJSON returns a JSON Lines writer on w.
func NewJSON(w io.Writer) *JSON {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSON{bw: bw, enc: enc}
}

// Write writes one line for each record and flushes.
func (j *JSON) Write(recs []classify.Record) error {
	for i := range recs {
		if err := j.enc.Encode(&recs[i]); err != nil {
			return err
		}
	}
	return j.bw.Flush()
}

// Close flushes the writer.
func (j *JSON) Close() error { return j.bw.Flush() }
