package bounce

import (
	"iter"

	"github.com/bounce-analyzer/bounce/parser"
)

// tie fills the records' campaign fields (list_id, campaign, subscriber,
// verp) from the message's delivered-to addresses and returned header.
// The address decoded from a VERP return address becomes the recipient
// when the report names none, or names only the returned message's To
// (a list's own address, often): it is the address the list sent to.
func (a *Analyzer) tie(m *parser.Message, recs []Record) {
	if a.campaign == nil || len(recs) == 0 {
		return
	}
	rcpts := make([]string, 0, len(recs))
	for i := range recs {
		if recs[i].Recipient != "" {
			rcpts = append(rcpts, recs[i].Recipient)
		}
	}
	t := a.campaign.Find(m.DeliveredTo, headerFields(m.Original.Header), rcpts)
	for i := range recs {
		r := &recs[i]
		r.ListID, r.Campaign, r.Subscriber, r.VERP = t.ListID, t.Campaign, t.Subscriber, t.VERP
	}
	// One return address names one recipient: it can stand for the
	// report's only one.
	if t.VERP != "" && len(recs) == 1 && len(m.Recipients) == 1 &&
		(recs[0].Recipient == "" || m.Recipients[0].FromOriginal) {
		recs[0].Recipient = t.VERP
	}
}

func headerFields(fs []parser.Field) iter.Seq2[string, string] {
	if len(fs) == 0 {
		return nil
	}
	return func(yield func(string, string) bool) {
		for _, f := range fs {
			if !yield(f.Name, f.Value) {
				return
			}
		}
	}
}
