package scan

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// lockTarget is the file a state path names: absolute, with every
// symbolic link resolved (of the file and of the directories above it),
// so that two names of one file give one lock. A file (or link target)
// that does not exist yet resolves through the deepest directory that
// does.
func lockTarget(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	for range 40 { // links to links, bounded
		fi, err := os.Lstat(abs)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				return "", err
			}
			dir, err := resolveDir(filepath.Dir(abs))
			if err != nil {
				return "", err
			}
			return filepath.Join(dir, filepath.Base(abs)), nil
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return filepath.EvalSymlinks(abs)
		}
		dest, err := os.Readlink(abs)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(abs), dest)
		}
		abs = dest
	}
	return "", errors.New("too many levels of symbolic links")
}

// resolveDir resolves the links of dir's deepest existing ancestor and
// keeps the rest as it is.
func resolveDir(dir string) (string, error) {
	var rest []string
	for {
		r, err := filepath.EvalSymlinks(dir)
		if err == nil {
			return filepath.Join(append([]string{r}, rest...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return dir, nil
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
		dir = parent
	}
}
