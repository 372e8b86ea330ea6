//go:build unix

// Package flock takes exclusive, advisory file locks that fail at once
// when another process holds them: two writers of the same files find
// out instead of overwriting each other.
package flock

import (
	"errors"
	"os"
	"syscall"
)

// ErrHeld is returned by TryLock when another process holds the lock.
var ErrHeld = errors.New("held by another process")

// TryLock takes an exclusive lock on the file name (created if missing,
// mode 0600). It fails at once with ErrHeld if another process holds it.
// unlock releases it.
func TryLock(name string) (unlock func(), err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrHeld
		}
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
