package bytesize

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1024", 1024, true},
		{"64M", 64 << 20, true},
		{"64MiB", 64 << 20, true},
		{"64mb", 64 << 20, true},
		{"2k", 2048, true},
		{"1G", 1 << 30, true},
		{"", 0, false},
		{"M", 0, false},
		{"-1", 0, false},
		{"1T", 0, false},
		{"99999999999G", 0, false},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("Parse(%q) = %d, %v", tt.in, got, err)
		}
	}
}

func TestFormat(t *testing.T) {
	for n, want := range map[int64]string{64 << 20: "64MiB", 3 << 10: "3KiB", 2 << 30: "2GiB", 1000: "1000 bytes", 1<<20 + 1: "1048577 bytes"} {
		if got := Format(n); got != want {
			t.Errorf("Format(%d) = %q, want %q", n, got, want)
		}
	}
}
