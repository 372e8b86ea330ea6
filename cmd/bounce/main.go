// Command bounce analyzes bounce e-mails: for every failed recipient it
// tells who failed, why, and whether the failure is hard.
//
//	bounce analyze [flags] PATH...
//	bounce version
//	bounce help [COMMAND]
//
// This file only dispatches: each subcommand lives in a file of its own
// and is listed in the commands table. The commands parse flags, wire the
// library packages together and print; the long help texts are
// documents in help/*.txt, embedded.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/bounce-analyzer/bounce/internal/buildinfo"
	"github.com/bounce-analyzer/bounce/report"
	"github.com/spf13/pflag"
)

// Exit statuses.
const (
	exitOK    = 0 // every input was read
	exitFail  = 1 // some input could not be read or parsed
	exitUsage = 2 // the command line is wrong
)

// command is one subcommand.
type command struct {
	name    string
	summary string // one line for the command list
	// run runs the command with the arguments after its name and returns
	// the exit status. It prints its own help for -h and --help.
	run func(e *env, args []string) int
}

// commands is the dispatch table, in the order of the help text. Add a
// subcommand by adding a line.
var commands = []command{
	{"analyze", "report every failed recipient in bounce messages", runAnalyze},
	{"scan", "read the new messages of an IMAP mailbox and report the bounces", runScan},
	{"suppress", "show and edit the suppression list kept by --db", runSuppress},
	{"history", "show an address's bounces and the suppression verdict", runHistory},
	{"stats", "count the stored bounces per day, domain, provider or reason", runStats},
	{"serve", "receive ESP bounce webhooks (SES/SNS, SendGrid, Mailgun, Postmark, Brevo)", runServe},
	{"report", "write an HTML report from the JSON Lines of analyze --format json", runReport},
	{"explain", "tell what SMTP codes mean and how bounce would classify them", runExplain},
	{"rules", "test the rules' examples, or list the active rules", runRules},
	{"version", "print the version", runVersion},
}

// env is what a command may touch of the world, so that tests can run
// commands in-process.
type env struct {
	ctx    context.Context // cancelled on SIGINT/SIGTERM
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// errorf prints "bounce: MESSAGE" on stderr, made safe for a terminal.
func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "bounce: %s\n", report.Sanitize(fmt.Sprintf(format, args...)))
}

// usageError prints msg and the short usage of cmd ("" for bounce itself)
// on stderr and returns exitUsage.
func (e *env) usageError(cmd, usage, msg string) int {
	e.errorf("%s", msg)
	fmt.Fprintf(e.stderr, "usage: %s\n", usage)
	name := "bounce"
	if cmd != "" {
		name += " " + cmd
	}
	fmt.Fprintf(e.stderr, "Run '%s --help' for more.\n", name)
	return exitUsage
}

// flagSet returns an empty flag set of a command: errors are returned,
// not printed, and the help lists the flags in the order they are added.
func flagSet(name string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.SortFlags = false
	return fs
}

// parse adds -h/--help to fs and parses args. done tells that the
// command is over, with status code: its help was asked for and printed,
// or the command line is wrong.
func (e *env) parse(fs *pflag.FlagSet, args []string, cmd, usage, help string) (code int, done bool) {
	h := fs.BoolP("help", "h", false, "show this help")
	if err := fs.Parse(args); err != nil {
		return e.usageError(cmd, usage, err.Error()), true
	}
	if *h {
		fmt.Fprintf(e.stdout, "usage: %s\n\n%s\nFlags:\n%s", usage, help, fs.FlagUsages())
		return exitOK, true
	}
	return exitOK, false
}

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first signal the run winds down; a second one kills,
		// as a user pressing Ctrl-C twice expects.
		<-ctx.Done()
		stop()
	}()
	e := &env{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	code := e.run(os.Args[1:])
	stop()
	os.Exit(code)
}

// tuneGC trades a little memory for speed: the analyzer's garbage is
// short-lived, and the default GC pace spends half the CPU collecting it.
// A soft memory limit keeps the peak small all the same. GOGC and
// GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(48 << 20)
	}
}

// run runs the command line args (without the program name) and returns
// the exit status. Tests call it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: context.Background(), stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	return e.run(args)
}

const mainUsage = "bounce COMMAND [flags] [ARG...]"

func (e *env) run(args []string) int {
	if len(args) == 0 {
		return e.usageError("", mainUsage, "no command")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "--help":
		e.help(e.stdout)
		return exitOK
	case "help":
		if len(rest) == 0 {
			e.help(e.stdout)
			return exitOK
		}
		if c := lookup(rest[0]); c != nil {
			return c.run(e, []string{"--help"})
		}
		return e.usageError("", mainUsage, fmt.Sprintf("unknown command %q", rest[0]))
	case "--version":
		return runVersion(e, rest)
	}
	if strings.HasPrefix(name, "-") {
		return e.usageError("", mainUsage, fmt.Sprintf("unknown flag %s: give a command first", name))
	}
	c := lookup(name)
	if c == nil {
		return e.usageError("", mainUsage, fmt.Sprintf("unknown command %q", name))
	}
	return c.run(e, rest)
}

func lookup(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

func (e *env) help(w io.Writer) {
	fmt.Fprintf(w, `bounce analyzes bounce e-mails: for every failed recipient it tells who
failed, why (a reason), and whether the failure is hard.

usage: %s

commands:
`, mainUsage)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-10s %s\n", "help", "show the help of a command")
	fmt.Fprint(w, "\nRun 'bounce COMMAND --help' for the flags of a command.\n")
}

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

func runVersion(e *env, args []string) int {
	if len(args) > 0 {
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(e.stdout, "usage: bounce version\n\nPrints the version of bounce.")
			return exitOK
		}
		return e.usageError("version", "bounce version", "version takes no arguments")
	}
	fmt.Fprintf(e.stdout, "bounce %s\n", buildinfo.Version(version))
	return exitOK
}
