package main

import (
	"errors"
	"fmt"
	"math"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/internal/bytesize"
	"github.com/bounce-analyzer/bounce/parser"
)

// addLimitFlags adds the parser limits (all but the message size, which
// each command words its own way) to a command's flags.
func addLimitFlags(fs *pflag.FlagSet, l *parser.Limits) {
	fs.IntVar(&l.MaxDepth, "max-depth", l.MaxDepth, "read MIME parts nested at most `N` deep; deeper ones are skipped with a warning")
	fs.IntVar(&l.MaxParts, "max-parts", l.MaxParts, "read at most `N` MIME parts of a message; the rest are skipped with a warning")
	fs.IntVar(&l.MaxRecipients, "max-recipients", l.MaxRecipients, "keep at most `N` recipients of one report; the rest are skipped with a warning")
	fs.Var((*sizeValue)(&l.MaxHeaderBytes), "max-header-bytes", "read at most `SIZE` bytes of one header block; the rest of it is cut with a warning")
	fs.Var((*intSizeValue)(&l.MaxTextBytes), "max-text-bytes", "read at most `SIZE` bytes of one MIME part; the rest is cut with a warning")
}

// checkLimits rejects limits below one.
func checkLimits(l parser.Limits) error {
	switch {
	case l.MaxDepth < 1:
		return fmt.Errorf("bad --max-depth %d: want 1 or more", l.MaxDepth)
	case l.MaxParts < 1:
		return fmt.Errorf("bad --max-parts %d: want 1 or more", l.MaxParts)
	case l.MaxRecipients < 1:
		return fmt.Errorf("bad --max-recipients %d: want 1 or more", l.MaxRecipients)
	case l.MaxHeaderBytes < 1:
		return errors.New("bad --max-header-bytes: want 1 byte or more")
	case l.MaxTextBytes < 1:
		return errors.New("bad --max-text-bytes: want 1 byte or more")
	}
	return nil
}

// sizeValue is a pflag.Value for a byte count: "65536", "64K", "64MiB",
// "1G" (binary multiples).
type sizeValue int64

func (s *sizeValue) String() string { return formatSize(int64(*s)) }
func (s *sizeValue) Type() string   { return "size" }

func (s *sizeValue) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	*s = sizeValue(n)
	return nil
}

// intSizeValue is a sizeValue held in an int.
type intSizeValue int

func (s *intSizeValue) String() string { return formatSize(int64(*s)) }
func (s *intSizeValue) Type() string   { return "size" }

func (s *intSizeValue) Set(v string) error {
	n, err := parseSize(v)
	if err != nil {
		return err
	}
	if n > math.MaxInt {
		return fmt.Errorf("bad size %q", v)
	}
	*s = intSizeValue(n)
	return nil
}

// parseSize and formatSize read and write the sizes of flags and messages.
var parseSize, formatSize = bytesize.Parse, bytesize.Format
