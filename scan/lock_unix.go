//go:build unix

package scan

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// Lock takes an exclusive lock on the state file at path, so that two
// scans never share a state at once. The lock is taken on the file the
// path resolves to (symbolic links followed, made absolute): the same
// state reached through a link or another relative path is the same lock.
// The lock file is the resolved path + ".lock" (created if missing). Lock
// fails at once if another process holds it; unlock releases it.
func Lock(path string) (unlock func(), err error) {
	target, err := lockTarget(path)
	if err != nil {
		return nil, fmt.Errorf("locking state %s: %w", path, err)
	}
	name := target + ".lock"
	if err := os.MkdirAll(filepath.Dir(name), 0o700); err != nil {
		return nil, fmt.Errorf("locking state: %w", err)
	}
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("locking state: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("another scan holds %s: not starting a second one", name)
		}
		return nil, fmt.Errorf("locking state %s: %w", name, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
