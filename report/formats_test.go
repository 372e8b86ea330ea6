package report

import (
	"io"
	"testing"
)

func TestIsFormat(t *testing.T) {
	for _, f := range append(Formats, "xml", "", "JSON") {
		_, err := New(f, io.Discard)
		if IsFormat(f) != (err == nil) {
			t.Errorf("IsFormat(%q) = %v, New: %v", f, IsFormat(f), err)
		}
	}
}
