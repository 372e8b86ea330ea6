package report

import (
	"bufio"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/classify"
)

// Table writes an aligned table for terminals: recipient, reason, hard or
// soft, status, reply code and the start of the diagnostic. Columns have
// fixed widths so that the table can be streamed; longer text is cut with
// "…". All message-derived text goes through Sanitize.
type Table struct {
	bw     *bufio.Writer
	header bool
}

// Column widths, in terminal columns.
const (
	recipientWidth  = 36
	reasonWidth     = 15
	typeWidth       = 4
	statusWidth     = 7
	codeWidth       = 4
	diagnosticWidth = 60
)

// NewTable returns a table writer on w.
func NewTable(w io.Writer) *Table {
	return &Table{bw: bufio.NewWriter(w)}
}

// Write writes one row for each record, after the header row on the first
// record, and flushes.
func (t *Table) Write(recs []classify.Record) error {
	for i := range recs {
		if !t.header {
			t.header = true
			t.row("RECIPIENT", "REASON", "TYPE", "STATUS", "CODE", "DIAGNOSTIC")
		}
		r := &recs[i]
		kind := "-"
		if r.IsBounce() {
			kind = "soft"
			if r.Hard {
				kind = "hard"
			}
		}
		t.row(
			truncateMiddle(orDash(Sanitize(r.Recipient)), recipientWidth),
			truncate(orDash(Sanitize(string(r.Reason))), reasonWidth),
			kind,
			truncate(orDash(Sanitize(r.Status)), statusWidth),
			truncate(orDash(Sanitize(r.ReplyCode)), codeWidth),
			truncate(orDash(Sanitize(r.Diagnostic)), diagnosticWidth),
		)
	}
	return t.bw.Flush()
}

func (t *Table) row(recipient, reason, kind, status, code, diag string) {
	var b strings.Builder
	b.WriteString(pad(recipient, recipientWidth))
	b.WriteString("  ")
	b.WriteString(pad(reason, reasonWidth))
	b.WriteString("  ")
	b.WriteString(pad(kind, typeWidth))
	b.WriteString("  ")
	b.WriteString(pad(status, statusWidth))
	b.WriteString("  ")
	b.WriteString(pad(code, codeWidth))
	b.WriteString("  ")
	b.WriteString(diag)
	b.WriteByte('\n')
	t.bw.WriteString(b.String())
}

// Close flushes the writer. A table with no record is empty: not even the
// header is written.
func (t *Table) Close() error { return t.bw.Flush() }

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
