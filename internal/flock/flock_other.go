//go:build !unix

package flock

import "errors"

// ErrHeld is returned by TryLock when another process holds the lock.
var ErrHeld = errors.New("held by another process")

// TryLock does not lock where the system has no flock: it only
// creates nothing and returns a no-op unlock.
func TryLock(name string) (unlock func(), err error) { return func() {}, nil }
