package parser

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"github.com/bounce-analyzer/bounce/internal/mime"
)

// Italian certified mail (PEC, posta elettronica certificata): every
// provider (Aruba, Legalmail/InfoCert, Poste, Namirial, Register) sends
// its notices with a daticert.xml part that the PEC technical rules
// define: <postacert tipo="…" errore="…"> naming the recipients
// (<destinatari>, <consegna>) and, on a failure, the provider's own
// account of it (<errore-esteso>). Only the failure kinds are bounces;
// the acceptance and delivery receipts (accettazione,
// avvenuta-consegna) and the envelope (posta-certificata) are not.
type pecCert struct {
	Tipo       string   `xml:"tipo,attr"`
	Errore     string   `xml:"errore,attr"`
	Recipients []string `xml:"intestazione>destinatari"`
	Delivery   []string `xml:"dati>consegna"`
	Extended   string   `xml:"dati>errore-esteso"`
}

// pecFailureKinds are the postacert types that report a message that was
// not delivered: refused by the sender's provider (non-accettazione), not
// delivered by the recipient's (errore-consegna), and the warning that
// no delivery receipt came in time (preavviso-errore-consegna), and a
// virus found in it (rilevazione-virus).
var pecFailureKinds = map[string]bool{
	"non-accettazione":          true,
	"errore-consegna":           true,
	"preavviso-errore-consegna": true,
	"rilevazione-virus":         true,
}

// pecWholeKinds are the failure kinds that concern every recipient of
// the message (<destinatari>) when the notice names none in <consegna>:
// the sender's provider refused it, or found a virus, before delivery.
var pecWholeKinds = map[string]bool{
	"non-accettazione":  true,
	"rilevazione-virus": true,
}

// isPECData tells whether an XML part is a PEC daticert.
func isPECData(e *mime.Entity) bool {
	// Every part of every message comes here: parse the parameters only
	// when the name can be there at all.
	cd, ct := e.Header.Get("Content-Disposition"), e.Header.Get("Content-Type")
	if !strings.Contains(lower(cd), "daticert") && !strings.Contains(lower(ct), "daticert") {
		return false
	}
	_, params, _ := mime.ParseParams(cd)
	name := params["filename"]
	if name == "" {
		_, cp, _ := mime.ParseParams(ct)
		name = cp["name"]
	}
	return strings.EqualFold(name, "daticert.xml")
}

// readPEC keeps a daticert part when it reports a failure.
func (w *walker) readPEC(e *mime.Entity) {
	var buf bytes.Buffer
	buf.ReadFrom(w.bodyReader(e))
	var c pecCert
	d := xml.NewDecoder(&buf)
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := d.Decode(&c); err != nil || !pecFailureKinds[lower(strings.TrimSpace(c.Tipo))] {
		return
	}
	w.pec = &c
}

// pecDSN turns a PEC failure notice into a delivery-status report: one
// failed recipient per address delivery was tried for (<consegna>, else
// every <destinatari>), with the provider's error text as diagnostic. A
// notice that the time for delivery ran out (the subject says "tempo
// massimo", or the preavviso kind) states no code of its own: it gets
// the standard one for a delivery time expired.
func (w *walker) pecDSN(subject string) *DSN {
	c := w.pec
	kind := lower(strings.TrimSpace(c.Tipo))
	addrs := c.Delivery
	if len(addrs) == 0 && pecWholeKinds[kind] {
		// A refusal before delivery (or a virus found at acceptance)
		// is about every recipient; a delivery error names in
		// <consegna> the one it is about, and without it names none.
		addrs = c.Recipients
	}
	diag := strings.Join(strings.Fields(c.Extended), " ")
	status := ""
	if kind == "preavviso-errore-consegna" || strings.Contains(lower(subject), "tempo massimo") {
		status = "5.4.7"
		if kind == "preavviso-errore-consegna" {
			status = "4.4.7"
		}
	}
	action := "failed"
	if kind == "preavviso-errore-consegna" {
		action = "delayed"
	}
	d := &DSN{}
	for _, a := range addrs {
		a = addressOf(strings.TrimSpace(a))
		if a == "" {
			continue
		}
		g := []Field{{Name: "Final-Recipient", Value: "rfc822; " + a}, {Name: "Action", Value: action}}
		if status != "" {
			g = append(g, Field{Name: "Status", Value: status})
		}
		if diag != "" {
			g = append(g, Field{Name: "Diagnostic-Code", Value: "X-PEC; " + diag})
		}
		d.Recipients = append(d.Recipients, g)
	}
	if len(d.Recipients) == 0 {
		return nil
	}
	return d
}

// pecFromText reads a PEC failure notice that came without its daticert
// (a client that dropped the attachment): the header the PEC rules add
// (X-Ricevuta) names the kind, the text names the recipient on its
// "destinato a"/"destinatario" line after that word (never the sender
// the line may name before it), and the rest of that line and the lines
// after it, up to a blank line, are the provider's account of the error. nil when the
// header names no failure or the text no recipient.
func pecFromText(h *mime.Header, notice string) *pecCert {
	kind := lower(strings.TrimSpace(h.Get("X-Ricevuta")))
	if !pecFailureKinds[kind] {
		return nil
	}
	c := &pecCert{Tipo: kind}
	// The sender (the notice's To, the "Per conto di:" of its From) is
	// named on the same line by Aruba's and Legalmail's wording
	// ("proveniente da "alice@…" e destinato all'utente "bob@…"").
	sender := map[string]bool{}
	for _, f := range []string{"To", "From"} {
		for _, a := range findAddresses(h.Get(f)) {
			sender[lower(a)] = true
		}
	}
	lines := strings.Split(notice, "\n")
	for i, l := range lines {
		at := strings.Index(lower(l), "destinat")
		if at < 0 {
			continue
		}
		rest := l[at:]
		var addrs []string
		for _, a := range findAddresses(rest) {
			if !sender[lower(a)] {
				addrs = append(addrs, a)
			}
		}
		if len(addrs) == 0 {
			continue
		}
		c.Delivery = addrs
		var diag []string
		// The words after the last address on the line ("è stato
		// rilevato un errore 5.1.1 - casella inesistente") open the
		// account of the error.
		last := addrs[len(addrs)-1]
		if j := strings.LastIndex(lower(rest), lower(last)); j >= 0 {
			if tail := strings.TrimLeft(rest[j+len(last):], "\"'>» "); strings.TrimSpace(tail) != "" {
				diag = append(diag, strings.TrimSpace(tail))
			}
		}
		for _, d := range lines[i+1:] {
			if strings.TrimSpace(d) == "" {
				break
			}
			diag = append(diag, strings.TrimSpace(d))
		}
		c.Extended = strings.Join(diag, " ")
		return c
	}
	return nil
}
