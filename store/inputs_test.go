package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestInputsName(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	got := InputsName([]string{"-", "a.eml", "/var/mail/b"})
	want := "stdin " + filepath.Join(wd, "a.eml") + " /var/mail/b"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
