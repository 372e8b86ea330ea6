package store

import (
	"path/filepath"
	"strings"
)

// InputsName names the inputs of a run (paths, "-" for standard input)
// for RunInfo.Mailbox: absolute paths, so that runs from other folders
// name the same files alike.
func InputsName(paths []string) string {
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = p
		if p == "-" {
			names[i] = "stdin"
		} else if abs, err := filepath.Abs(p); err == nil {
			names[i] = abs
		}
	}
	return strings.Join(names, " ")
}
