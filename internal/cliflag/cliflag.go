// Package cliflag holds the flags that several front-ends of the module
// share (bounce analyze and scan, scanconfig, bounce serve): byte sizes
// ("64MiB") and the parser's limits, with their checks.
package cliflag

import (
	"errors"
	"fmt"
	"math"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/internal/bytesize"
	"github.com/bounce-analyzer/bounce/parser"
)

// DBUsage is the help of --db on the commands that feed the store.
const DBUsage = "also store every record as an event in the store `DSN`: a SQLite file or postgres://…\n(what bounce suppress, history and stats read)"

// IsStdout tells whether the -o of a command, output, names standard
// output ("" or "-") rather than a file.
func IsStdout(output string) bool { return output == "" || output == "-" }

// AddLimits adds the parser limits (all but the message size, which each
// command words its own way) to a command's flags.
func AddLimits(fs *pflag.FlagSet, l *parser.Limits) {
	fs.IntVar(&l.MaxDepth, "max-depth", l.MaxDepth, "read MIME parts nested at most `N` deep; deeper ones are skipped with a warning")
	fs.IntVar(&l.MaxParts, "max-parts", l.MaxParts, "read at most `N` MIME parts of a message; the rest are skipped with a warning")
	fs.IntVar(&l.MaxRecipients, "max-recipients", l.MaxRecipients, "keep at most `N` recipients of one report; the rest are skipped with a warning")
	fs.Var((*Size)(&l.MaxHeaderBytes), "max-header-bytes", "read at most `SIZE` bytes of one header block; the rest of it is cut with a warning")
	fs.Var((*IntSize)(&l.MaxTextBytes), "max-text-bytes", "read at most `SIZE` bytes of one MIME part; the rest is cut with a warning")
}

// AddCampaign adds the flags that tie a bounce to its campaign: VERP
// patterns and the headers of the campaign and the subscriber.
func AddCampaign(fs *pflag.FlagSet, c *campaign.Config) {
	fs.StringArrayVar(&c.VERP, "verp", nil, "read the failed address from a VERP return address of `PATTERN` (repeatable;\n'default' keeps the defaults, 'none' turns VERP off)")
	fs.StringArrayVar(&c.CampaignHeaders, "campaign-header", nil, "read the campaign from the header `RULE` (NAME, NAME json=KEYS, NAME tag=KEYS,\nNAME field=N; repeatable; 'default' keeps the defaults, 'none' turns them off)")
	fs.StringArrayVar(&c.SubscriberHeaders, "subscriber-header", nil, "read the subscriber from the header `RULE` (as --campaign-header)")
}

// CheckLimits rejects limits below one, naming the flag.
func CheckLimits(l parser.Limits) error {
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

// Size is a pflag.Value for a byte count: "65536", "64K", "64MiB", "1G"
// (binary multiples).
type Size int64

func (s *Size) String() string { return bytesize.Format(int64(*s)) }
func (s *Size) Type() string   { return "size" }

func (s *Size) Set(v string) error {
	n, err := bytesize.Parse(v)
	if err != nil {
		return err
	}
	*s = Size(n)
	return nil
}

// IntSize is a Size held in an int.
type IntSize int

func (s *IntSize) String() string { return bytesize.Format(int64(*s)) }
func (s *IntSize) Type() string   { return "size" }

func (s *IntSize) Set(v string) error {
	n, err := bytesize.Parse(v)
	if err != nil {
		return err
	}
	if n > math.MaxInt {
		return fmt.Errorf("bad size %q", v)
	}
	*s = IntSize(n)
	return nil
}
