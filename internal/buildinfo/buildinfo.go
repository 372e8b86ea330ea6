// Package buildinfo tells the version of the running binary: the one set
// at build time, else the module version and VCS revision Go records in
// it.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Version is the version of the running binary: set (the version given at
// build time, "" if none), else its module version, with the VCS
// revision and the Go version.
func Version(set string) string {
	bi, _ := debug.ReadBuildInfo() // nil when the binary has none
	return From(set, bi)
}

// From is the version of a binary built as bi says (nil: unknown), with
// set the version given at build time ("" if none).
func From(set string, bi *debug.BuildInfo) string {
	v := set
	if bi == nil {
		if v == "" {
			v = "(unknown)"
		}
		return v
	}
	if v == "" {
		v = bi.Main.Version
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
			if len(rev) > 12 {
				rev = rev[:12]
			}
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if rev != "" && !strings.Contains(v, rev) {
		v += " (" + rev + dirty + ")"
	}
	return v + " " + bi.GoVersion
}
