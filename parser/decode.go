package parser

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bounce-analyzer/bounce/internal/mime"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// decodeText turns the bytes of a text part into UTF-8. The declared
// charset is believed unless the bytes show it false: 8-bit bytes in a
// 7-bit charset (ISO-2022-*, US-ASCII) or text that does not decode.
func decodeText(b []byte, declared string) []byte {
	cs := lower(strings.Trim(declared, `"' `))
	eightBit := false
	for _, c := range b {
		if c >= 0x80 {
			eightBit = true
			break
		}
	}
	switch {
	case !eightBit && !strings.HasPrefix(cs, "iso-2022") && !strings.HasPrefix(cs, "utf-7") && !strings.HasPrefix(cs, "utf-16") && !strings.HasPrefix(cs, "utf-32"):
		return b // ASCII is ASCII in every charset that matters here
	case cs == "" || cs == "us-ascii" || cs == "ascii" || cs == "utf-8" || cs == "utf8" ||
		eightBit && (strings.HasPrefix(cs, "iso-2022") || cs == "utf-7"):
		if utf8.Valid(b) {
			return b
		}
		return guessDecode(b)
	}
	r, err := charset.Reader(cs, bytes.NewReader(b))
	if err != nil {
		if utf8.Valid(b) {
			return b
		}
		return guessDecode(b)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return guessDecode(b)
	}
	return out
}

// guessDecode decodes bytes that are not UTF-8 although no (or a wrong)
// charset said so. Chinese providers often send GB18030 unlabelled;
// otherwise Windows-1252 keeps every byte readable.
func guessDecode(b []byte) []byte {
	if out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil && !bytes.ContainsRune(out, utf8.RuneError) && hasHan(out) {
		return out
	}
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return out
}

func hasHan(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r >= 0x4E00 && r <= 0x9FFF {
			return true
		}
		b = b[n:]
	}
	return false
}

// header reads a decoded header field (RFC 2047 words decoded).
func headerText(h *mime.Header, name string) string {
	return decodedText(h.Get(name))
}

// decodedText decodes the RFC 2047 words of a field value as go-message's
// Header.Text does, keeping the value as it is when that fails.
func decodedText(v string) string {
	if strings.Contains(v, "=?") {
		var h message.Header
		h.Set("Subject", v)
		if d, err := h.Text("Subject"); err == nil && d != "" {
			v = d
		}
	}
	return collapseSpace(v)
}
