package campaign

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode"
)

// A headerRule reads one value out of one header field.
type headerRule struct {
	name  string
	how   string   // "", "json", "tag" or "field"
	keys  []string // json and tag: the keys, in order of preference
	field int      // field: 1 the first, -1 the last
	// with: the rule counts only in a header that holds one of these
	// fields (a generic name that one sender gives its own meaning).
	with []condition
}

// A condition is a header field that must be there, holding word when
// word is not empty.
type condition struct{ name, word string }

// parseHeaderRule reads "Name", then, after spaces, at most one of
// json=K1,K2, tag=K1,K2 or field=N, and with=NAME[:WORD],….
func parseHeaderRule(s string) (headerRule, error) {
	name, opts, _ := strings.Cut(strings.TrimSpace(s), " ")
	h := headerRule{name: name}
	if !isFieldName(name) {
		return h, errors.New("not a header field name")
	}
	for _, opt := range strings.Fields(opts) {
		kind, arg, ok := strings.Cut(opt, "=")
		if !ok || arg == "" {
			return h, errors.New("after the name: json=KEYS, tag=KEYS or field=N, and with=FIELDS")
		}
		if kind != "with" && h.how != "" {
			return h, errors.New("one of json=, tag= and field=")
		}
		switch kind {
		case "json", "tag":
			h.how = kind
			for _, k := range strings.Split(arg, ",") {
				if k = strings.TrimSpace(k); k != "" {
					h.keys = append(h.keys, k)
				}
			}
			if len(h.keys) == 0 {
				return h, errors.New(kind + "= names no key")
			}
		case "field":
			h.how = kind
			n, err := strconv.Atoi(arg)
			if err != nil || n == 0 {
				return h, errors.New("field= wants a number: 1 the first, -1 the last")
			}
			h.field = n
		case "with":
			for _, c := range strings.Split(arg, ",") {
				n, w, _ := strings.Cut(c, ":")
				if !isFieldName(n) {
					return h, errors.New("with= wants field names (NAME or NAME:WORD)")
				}
				h.with = append(h.with, condition{strings.ToLower(n), strings.ToLower(w)})
			}
		default:
			return h, errors.New("unknown " + kind + "=: json=, tag=, field= or with=")
		}
	}
	return h, nil
}

func isFieldName(name string) bool {
	return name != "" && !strings.ContainsFunc(name, func(r rune) bool { return r <= ' ' || r > '~' || r == ':' })
}

// read returns the rule's value of one field value; "" for none.
func (h *headerRule) read(v string) string {
	switch h.how {
	case "json":
		return jsonValue(v, h.keys)
	case "tag":
		return tagValue(v, h.keys)
	case "field":
		parts := strings.Split(v, ":")
		i := h.field - 1
		if h.field < 0 {
			i = len(parts) + h.field
		}
		if i < 0 || i >= len(parts) {
			return ""
		}
		return clean(parts[i])
	}
	return clean(v)
}

// jsonValue is the first of keys that a JSON object holds as a string or
// a number, or as an array whose first such element is one. A key with
// dots names a member of an inner object ("unique_args.campaign"), unless
// the object holds the dotted name itself.
func jsonValue(v string, keys []string) string {
	var obj map[string]any
	// Numbers as written: an id of 17 digits is not a float64.
	d := json.NewDecoder(strings.NewReader(v))
	d.UseNumber()
	if d.Decode(&obj) != nil {
		return ""
	}
	for _, k := range keys {
		if s := scalar(member(obj, k)); s != "" {
			return s
		}
	}
	return ""
}

// member is obj's value at key, following the dots of key into inner
// objects when obj has no member of the whole name.
func member(obj map[string]any, key string) any {
	if x, ok := obj[key]; ok {
		return x
	}
	head, rest, ok := strings.Cut(key, ".")
	if !ok {
		return nil
	}
	inner, _ := obj[head].(map[string]any)
	if inner == nil {
		return nil
	}
	return member(inner, rest)
}

// scalar is x as a value: a string cleaned, a number written out, the
// first of an array that is one; "" for anything else.
func scalar(x any) string {
	switch x := x.(type) {
	case string:
		return clean(x)
	case json.Number:
		return clean(x.String())
	case []any:
		for _, e := range x {
			if s := scalar(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// tagValue is the first of keys in a list of name=value pairs separated
// by commas or semicolons (SES: "campaign=spring, ses:source-ip=…").
func tagValue(v string, keys []string) string {
	pairs := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' })
	for _, k := range keys {
		for _, p := range pairs {
			name, value, ok := strings.Cut(p, "=")
			if ok && strings.EqualFold(strings.TrimSpace(name), k) {
				if s := clean(value); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// maxValue bounds a value kept in a record: an id, not a document.
const maxValue = 256

// clean trims a value, drops its control characters and quotes around it,
// and bounds its length; the result holds no byte of v's memory, so a
// record does not keep the header it came from.
func clean(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '<' && v[len(v)-1] == '>') {
		v = strings.TrimSpace(v[1 : len(v)-1])
	}
	if strings.ContainsFunc(v, unicode.IsControl) {
		v = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, v)
	}
	if len(v) > maxValue {
		v = strings.ToValidUTF8(v[:maxValue], "")
	}
	return strings.Clone(v)
}
