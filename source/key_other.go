//go:build !unix

package source

import (
	"io/fs"
	"path/filepath"
)

// fileKey identifies a directory by its path with every symbolic link
// resolved, where device and inode are not at hand.
type fileKey struct {
	path string
}

func keyOf(path string, _ fs.FileInfo) (fileKey, bool) {
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fileKey{}, false
	}
	if a, err := filepath.Abs(p); err == nil {
		p = a
	}
	return fileKey{path: p}, true
}
