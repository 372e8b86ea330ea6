package bounce

import (
	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/parser"
)

// tie fills the records' campaign fields (list_id, campaign, subscriber,
// verp) from the message's delivered-to addresses and returned header.
// The address decoded from a VERP return address becomes the recipient
// when the report names none, or names only the returned message's To
// (a list's own address, often): it is the address the list sent to.
// Package campaign gives one only when the return address reads one way
// (or the report confirms the reading), so a guess never replaces it.
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
	var h campaign.Header
	if len(m.Original.Header) > 0 {
		h = (*fieldList)(&m.Original.Header) // a pointer: no copy to box
	}
	t := a.campaign.Find(m.DeliveredTo, h, rcpts)
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

// fieldList is a returned header as package campaign reads it.
type fieldList []parser.Field

func (l *fieldList) Len() int                     { return len(*l) }
func (l *fieldList) Field(i int) (string, string) { return (*l)[i].Name, (*l)[i].Value }
