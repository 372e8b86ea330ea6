package mime

import (
	"mime"
	"regexp"
	"strings"
)

var paramRe = regexp.MustCompile(`(?i)\b(charset|boundary|report-type|name)\s*=\s*("[^"]*"|[^\s;]+)`)

// repairContentType rewrites a Content-Type field that mime cannot parse
// ("text/plain charset=x", a missing semicolon, junk after the type) into
// the form the sender meant, so that the charset is decoded and the
// boundary found. It returns what mime.ParseMediaType makes of the
// field as it is then, which spares the caller parsing it again.
func repairContentType(h *Header) (string, map[string]string, error) {
	raw := h.Get("Content-Type")
	if raw == "" {
		return mime.ParseMediaType(raw)
	}
	if mt, params, err := mime.ParseMediaType(raw); err == nil {
		return mt, params, nil
	}
	mt := strings.ToLower(strings.TrimSpace(raw))
	if i := strings.IndexAny(mt, " \t;"); i >= 0 {
		mt = mt[:i]
	}
	if !strings.Contains(mt, "/") {
		mt = "text/plain"
	}
	params := map[string]string{}
	for _, m := range paramRe.FindAllStringSubmatch(raw, -1) {
		params[strings.ToLower(m[1])] = strings.Trim(m[2], `"`)
	}
	fixed := mime.FormatMediaType(mt, params)
	if fixed == "" {
		fixed = mt
	}
	h.setContentType(fixed)
	return mime.ParseMediaType(h.Get("Content-Type"))
}
