package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/classify"
)

// ReadJSON reads a JSON Lines report (the JSON format's output) back into
// records, and calls fn with each run of lines of the same source: the
// records of one message. A line that is not a record goes to bad, named
// "NAME:LINE", and the rest is read; ReadJSON then returns an error that
// counts them. An error from fn, or from reading r, ends the input and is
// returned.
func ReadJSON(r io.Reader, name string, fn func([]classify.Record) error, bad func(error)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	var msg []classify.Record
	flush := func() error {
		if len(msg) == 0 {
			return nil
		}
		err := fn(msg)
		msg = nil // fn may keep the slice
		return err
	}
	nbad := 0
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var rec classify.Record
		err := json.Unmarshal(b, &rec)
		if err == nil && rec.Reason == "" && rec.Recipient == "" {
			err = fmt.Errorf("no reason and no recipient")
		}
		if err != nil {
			nbad++
			if bad != nil {
				bad(fmt.Errorf("%s:%d: not a record: %w", name, line, err))
			}
			continue
		}
		if len(msg) > 0 && msg[0].Source != rec.Source {
			if err := flush(); err != nil {
				return err
			}
		}
		msg = append(msg, rec)
	}
	if err := flush(); err != nil {
		return err
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if nbad > 0 {
		return fmt.Errorf("%s: %d lines were not records", name, nbad)
	}
	return nil
}
