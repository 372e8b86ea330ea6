// Package atomicfile writes files whole or not at all: the content goes to
// a temporary file beside the target, renamed over it on Commit. A crash
// or an Abort leaves the target as it was.
//
// The temporary files are named ".NAME.*.tmp", so that a killed run's
// leftovers can be found and removed (RemoveStale).
package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File is an output file being written; see Create.
type File struct {
	f    *os.File
	path string // the target, with symbolic links resolved
	mode fs.FileMode
}

// Create starts writing path. A path that is a symbolic link writes
// through to its target (the link stays a link). The new file keeps the
// mode of the file it replaces, else perm.
func Create(path string, perm fs.FileMode) (*File, error) {
	target, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	mode := perm
	if fi, err := os.Stat(target); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("not a regular file")}
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(target), TempPrefix(target)+"*.tmp")
	if err != nil {
		return nil, err
	}
	return &File{f: f, path: target, mode: mode}, nil
}

// Resolve follows path's symbolic links when path names one, so that a
// rename replaces the link's target rather than the link. A path that
// does not exist yet is returned as it is.
func Resolve(path string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if errors.Is(err, fs.ErrNotExist) {
		// A dangling link: write where it points.
		dest, rerr := os.Readlink(path)
		if rerr != nil {
			return "", rerr
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		return dest, nil
	}
	return target, err
}

// TempPrefix is the prefix of the temporary files Create makes for path.
func TempPrefix(path string) string { return "." + filepath.Base(path) + "." }

// Name is the target's path (symbolic links resolved).
func (a *File) Name() string { return a.path }

// Write writes to the temporary file.
func (a *File) Write(p []byte) (int, error) { return a.f.Write(p) }

// Commit syncs the temporary file, renames it to the target and syncs the
// directory, so that the new file survives a crash once Commit returns
// (a scan saves its state, and may then delete mail, only after that).
func (a *File) Commit() error {
	err := a.f.Chmod(a.mode)
	if err == nil {
		err = a.f.Sync()
	}
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		os.Remove(a.f.Name())
		return err
	}
	return SyncDir(filepath.Dir(a.path))
}

// Abort removes the temporary file.
func (a *File) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

// SyncDir makes a rename in dir durable, where the system allows.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// RemoveStale removes the temporary files that Create made for path and
// that were last written more than age ago: the leftovers of a killed
// run. Call it where no other writer of path can be at work (under the
// caller's lock), or with an age longer than any run. It returns the
// files it removed.
func RemoveStale(path string, age time.Duration) ([]string, error) {
	target, err := Resolve(path)
	if err != nil {
		return nil, err
	}
	dir, prefix := filepath.Dir(target), TempPrefix(target)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var removed []string
	cutoff := time.Now().Add(-age)
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || fi.ModTime().After(cutoff) {
			continue
		}
		p := filepath.Join(dir, name)
		if err := os.Remove(p); err == nil {
			removed = append(removed, p)
		}
	}
	return removed, nil
}

var _ io.Writer = (*File)(nil)
