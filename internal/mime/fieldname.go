package mime

import "bytes"

// IsFieldName tells whether s may name a header field: ASCII letters,
// digits, '-' and '_' (a stricter set than RFC 5322 allows, which keeps
// prose with a colon from passing for a field).
func IsFieldName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// IsHeaderLine tells whether a line starts a header field "Name: value".
func IsHeaderLine(b []byte) bool {
	i := bytes.IndexByte(b, ':')
	return i > 0 && IsFieldName(string(b[:i]))
}
