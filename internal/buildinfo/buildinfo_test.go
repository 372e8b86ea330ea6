package buildinfo

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFrom(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "4e933ef0123456789abc"}, {Key: "vcs.modified", Value: "true"}}
	for _, tc := range []struct {
		set  string
		bi   *debug.BuildInfo
		want string
	}{
		{"", nil, "(unknown)"},
		{"v1.2.3", nil, "v1.2.3"},
		{"", &debug.BuildInfo{GoVersion: "go1.23.4"}, "(devel) go1.23.4"},
		{"", &debug.BuildInfo{GoVersion: "go1.23.4", Main: debug.Module{Version: "v0.9.0"}}, "v0.9.0 go1.23.4"},
		{"", &debug.BuildInfo{GoVersion: "go1.23.4", Settings: rev}, "(devel) (4e933ef01234+dirty) go1.23.4"},
		{"v1.2.3", &debug.BuildInfo{GoVersion: "go1.23.4", Main: debug.Module{Version: "v0.9.0"}, Settings: rev[:1]}, "v1.2.3 (4e933ef01234) go1.23.4"},
		// A pseudo-version that names the revision already.
		{"", &debug.BuildInfo{GoVersion: "go1.23.4", Main: debug.Module{Version: "v0.0.0-20261203-4e933ef01234"}, Settings: rev[:1]}, "v0.0.0-20261203-4e933ef01234 go1.23.4"},
	} {
		if got := From(tc.set, tc.bi); got != tc.want {
			t.Errorf("From(%q, %+v) = %q, want %q", tc.set, tc.bi, got, tc.want)
		}
	}
}

func TestVersion(t *testing.T) {
	if v := Version("v9.9.9"); !strings.HasPrefix(v, "v9.9.9") || !strings.Contains(v, "go1.") {
		t.Errorf("Version = %q", v)
	}
}
