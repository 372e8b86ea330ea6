package report

import "slices"

// IsFormat tells whether New accepts the format name f (one of Formats).
func IsFormat(f string) bool { return slices.Contains(Formats, f) }
