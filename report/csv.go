package report

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/classify"
)

// CSV writes RFC 4180 CSV: a header row of classify.Fields, then one row a
// record. Cells that a spreadsheet would take for a formula are
// neutralised; see Neutralise.
type CSV struct {
	w      *csv.Writer
	header bool
}

// NewCSV returns a CSV writer on w. Rows end in CRLF as RFC 4180 says (so
// encoding/csv writes a line break inside a cell as CRLF, and drops a bare
// CR there).
func NewCSV(w io.Writer) *CSV {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSV{w: cw}
}

func (c *CSV) writeHeader() error {
	if c.header {
		return nil
	}
	c.header = true
	return c.w.Write(classify.Fields)
}

// Write writes one row for each record and flushes.
func (c *CSV) Write(recs []classify.Record) error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	for i := range recs {
		row := recs[i].Values()
		for j, v := range row {
			row[j] = Neutralise(v)
		}
		if err := c.w.Write(row); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// Close writes the header if no record was written, and flushes.
func (c *CSV) Close() error {
	if err := c.writeHeader(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// Neutralise guards a CSV cell against formula injection (OWASP): a cell
// that begins with '=', '+', '-', '@', a tab or a carriage return, or with
// the full-width forms of the first four (some spreadsheets take them for
// formulas too), gets a leading single quote so that spreadsheets show it
// as text.
func Neutralise(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	for _, p := range []string{"＝", "＋", "－", "＠"} {
		if strings.HasPrefix(s, p) {
			return "'" + s
		}
	}
	return s
}
