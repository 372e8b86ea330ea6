package bounce_test

import (
	"go/build"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/bounce-analyzer/bounce"

// forbidden lists, for a package of the module (by its path inside the
// module, "" for the root), the packages it must not import, directly:
// the one-way flow of ARCHITECTURE.md. A package listed matches its
// subpackages too. Nothing may import cmd/... (checked for every package
// besides this table).
var forbidden = map[string][]string{
	// The parser reads MIME and knows nothing of reasons, mailboxes or
	// reports.
	"parser": join(root, judging, outside),
	// The rules engine matches text; it never reads MIME.
	"rules": join(root, []string{"parser", "classify"}, outside),
	// What tells a bounce from ordinary mail, as data: it serves parser
	// and rules alike and knows no MIME and no reasons.
	"signs": join(root, judging, []string{"parser", "smtpcode", "record"}, outside),
	// The SMTP code tables serve parser and rules alike.
	"smtpcode": join(root, judging, []string{"parser"}, outside),
	// The record types are the vocabulary everyone shares: they import
	// nothing of the module.
	"record": join(root, judging, []string{"parser", "smtpcode"}, outside),
	// Tying a bounce to its campaign reads addresses and header values:
	// no MIME, no reasons, no records.
	"campaign": join(root, judging, []string{"parser", "smtpcode", "record"}, outside),
	// IMAP transport only: no reasons, no reports.
	"imapfetch": join(root, judging, []string{"parser"}, outside),
	// Token sources for IMAP logins know nothing of mail.
	"oauth": join(root, judging, []string{"parser"}, outside),
	// Sources hand on bytes; parsing them is the parser's job.
	"source": join(root, judging, []string{"parser"}, outside),
	// The pool knows nothing of mail.
	"pipeline": join(root, judging, []string{"parser", "smtpcode", "record"}, outside),
	// Sinks write records; they read no mail.
	"report": join(root, []string{"parser", "rules"}, outside),
	// Classify decides reasons from a parsed message.
	"classify": join(root, outside),
	// The nightly run joins IMAP, an analyzer (the facade's) and sinks;
	// it judges nothing itself and reads no MIME.
	"scan": join(judging, []string{"parser", "source", "pipeline", "store", "htmlreport", "esp", "webhook"}),
	// The scan's settings (flags and config file), TLS, secrets, the
	// options of its IMAP session: no reasons and no sinks; of the parser
	// only its limits (the flags of internal/cliflag), never a message.
	"scanconfig": join(root, judging, []string{"smtpcode", "record", "source", "pipeline", "store", "esp", "webhook", "htmlreport", "incident", "explain"}),
	// The history store and its policy keep records; they read no mail.
	"store":    join(root, []string{"parser", "rules", "smtpcode", "imapfetch", "source", "pipeline", "scan", "esp", "webhook", "htmlreport"}),
	"suppress": join(root, judging, []string{"parser", "smtpcode"}, outside),
	// Providers, incidents and the HTML report read records, not mail.
	"provider":   join(root, judging, []string{"parser", "smtpcode", "record"}, outside),
	"incident":   join(root, []string{"parser", "rules", "imapfetch", "source", "pipeline", "scan", "store", "esp", "webhook", "htmlreport"}),
	"htmlreport": join(root, []string{"parser", "imapfetch", "source", "pipeline", "scan", "store", "esp", "webhook"}),
	// ESP events become parsed messages; the receiver hands them to sinks.
	"esp":     join(root, []string{"imapfetch", "report", "source", "pipeline", "scan", "store", "webhook", "htmlreport"}),
	"webhook": join(root, []string{"parser", "rules", "imapfetch", "source", "pipeline", "scan", "store", "htmlreport"}),
	// explain answers a question about codes and words with the rules
	// and the facade; it reads no mail and writes no records.
	"explain": {"parser", "imapfetch", "source", "pipeline", "scan", "store", "esp", "webhook", "htmlreport", "incident"},
	// The run of bounce analyze: the facade, a source and sinks; no MIME,
	// no IMAP, no particular sink.
	"batch": {"parser", "imapfetch", "scan", "store", "htmlreport", "esp", "webhook", "explain"},
	// The facade analyzes; it writes no reports and fetches no mail.
	"": {"report", "imapfetch", "scan", "store", "htmlreport", "webhook", "explain", "batch"},

	// The internal packages, each by its own line (a new one adds its
	// line: the test fails without it). Helpers that know nothing of
	// the module:
	"internal/atomicfile": nothing,
	"internal/buildinfo":  nothing,
	"internal/bytesize":   nothing,
	"internal/flock":      nothing,
	"internal/mime":       nothing,
	"internal/rangeset":   nothing,
	"internal/yamlerr":    nothing,
	"internal/yamlnode":   nothing,
	// The flags several front-ends share: sizes, the parser's limits,
	// the campaign settings. No reasons, no sinks, no IMAP.
	"internal/cliflag": join(root, judging, []string{"smtpcode", "record", "internal/setup"}, outside),
	// What the flags of a front-end name: the analyzer (the facade, its
	// rules, campaign and parser limits) and the history store. It is
	// not a run: no IMAP, no scan, no report writers.
	"internal/setup": {"imapfetch", "report", "source", "pipeline", "scan", "scanconfig", "esp", "webhook", "htmlreport", "incident", "explain", "batch"},
}

var (
	root    = []string{""}
	judging = []string{"rules", "classify"}
	// outside are the packages that come after the analysis in the flow,
	// or beside it: none of them may be imported by what comes before.
	outside = []string{"imapfetch", "report", "source", "pipeline", "scan", "store", "esp", "webhook", "htmlreport", "incident", "explain", "batch"}
	// nothing forbids every package of the module.
	nothing = []string{anything}
)

// anything, in a forbidden list, matches every package of the module.
const anything = "*"

func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// TestImportsOneWay fails when a package imports what the flow forbids.
func TestImportsOneWay(t *testing.T) {
	checked := 0
	err := filepath.WalkDir(".", func(dir string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if name := d.Name(); dir != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata") {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(dir, build.ImportComment)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				return nil
			}
			t.Errorf("%s: %v", dir, err)
			return nil
		}
		checked++
		rel := filepath.ToSlash(dir)
		if rel == "." {
			rel = ""
		}
		imports := append(append(append([]string(nil), pkg.Imports...), pkg.TestImports...), pkg.XTestImports...)
		for _, imp := range imports {
			in, ok := inModule(imp)
			if !ok {
				continue
			}
			if in == "cmd" || strings.HasPrefix(in, "cmd/") {
				if !strings.HasPrefix(rel, "cmd/") {
					t.Errorf("%s imports %s: nothing imports a command", show(rel), imp)
				}
			}
		}
		top := topOf(rel)
		if _, listed := forbidden[top]; !listed && strings.HasPrefix(top, "internal/") {
			t.Errorf("%s has no line in the table of imports_test.go", rel)
		}
		for _, imp := range pkg.Imports { // the flow binds the code, not its tests
			in, ok := inModule(imp)
			if !ok {
				continue
			}
			for _, f := range forbidden[top] {
				if f == anything || in == f || f != "" && strings.HasPrefix(in, f+"/") {
					t.Errorf("%s imports %s: forbidden by the one-way flow (ARCHITECTURE.md)", show(rel), imp)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 10 {
		t.Fatalf("only %d packages found", checked)
	}
}

// inModule returns imp's path inside the module.
func inModule(imp string) (string, bool) {
	if imp == module {
		return "", true
	}
	rest, ok := strings.CutPrefix(imp, module+"/")
	return rest, ok
}

// topOf returns the top package of a module path ("imapfetch" for
// "imapfetch/imaptest"); under internal/, the two first segments
// ("internal/setup"), each internal package being its own; the root
// stays "".
func topOf(rel string) string {
	top, rest, _ := strings.Cut(rel, "/")
	if top == "internal" && rest != "" {
		sub, _, _ := strings.Cut(rest, "/")
		return top + "/" + sub
	}
	return top
}

func show(rel string) string {
	if rel == "" {
		return "the root package"
	}
	return rel
}
