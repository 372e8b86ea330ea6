package main

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// atomicFile is an output file written whole or not at all: the report
// goes to a temporary file in the same directory, renamed over the target
// by Commit. A crash or an Abort leaves the target as it was.
type atomicFile struct {
	f    *os.File
	path string
	mode fs.FileMode
}

// createAtomic starts writing path.
func createAtomic(path string) (*atomicFile, error) {
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		if !fi.Mode().IsRegular() {
			return nil, &fs.PathError{Op: "create", Path: path, Err: errors.New("not a regular file")}
		}
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &atomicFile{f: f, path: path, mode: mode}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

// Commit syncs the temporary file, renames it to the target and syncs the
// directory, so that the new file survives a crash once Commit returns
// (scan saves its state, and may then delete mail, only after that).
func (a *atomicFile) Commit() error {
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
	return syncDir(filepath.Dir(a.path))
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
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

// Abort removes the temporary file.
func (a *atomicFile) Abort() {
	a.f.Close()
	os.Remove(a.f.Name())
}

var _ io.Writer = (*atomicFile)(nil)
