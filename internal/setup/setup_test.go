package setup

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"

	"github.com/bounce-analyzer/bounce"
	"github.com/bounce-analyzer/bounce/campaign"
	"github.com/bounce-analyzer/bounce/parser"
	"github.com/bounce-analyzer/bounce/source"
)

const (
	nimbusMail  = "../../cmd/bounce/testdata/nimbus.eml"
	nimbusRules = "../../cmd/bounce/testdata/nimbus.yaml"
)

func TestAnalyzerRules(t *testing.T) {
	for _, tc := range []struct {
		rules      []string
		reason, by string
	}{
		{nil, "policyviolation", "status.x.7.1"},
		{[]string{nimbusRules}, "userunknown", "nimbus.userunknown"},
	} {
		rs, err := Rules(tc.rules, nil)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Analyzer(rs, campaign.Config{}, parser.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(nimbusMail)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := a.Analyze(f, nimbusMail)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 || string(recs[0].Reason) != tc.reason || recs[0].Rule != tc.by {
			t.Errorf("rules %v: %+v, want %s by %s", tc.rules, recs, tc.reason, tc.by)
		}
	}
}

func TestAnalyzerLimitsAndErrors(t *testing.T) {
	rs, err := Rules(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	lim := parser.DefaultLimits
	lim.MaxBytes = 100 // smaller than the message
	a, err := Analyzer(rs, campaign.Config{}, lim)
	if err != nil {
		t.Fatal(err)
	}
	var errs []error
	err = a.AnalyzeAll(context.Background(), source.Paths([]string{nimbusMail}, nil), func(r bounce.Result) error {
		errs = append(errs, r.Err)
		return nil
	})
	if err != nil || len(errs) != 1 || errs[0] == nil || !strings.Contains(errs[0].Error(), "100") {
		t.Errorf("a message over maxSize: %v, %v", err, errs)
	}
	if _, err := Rules([]string{"no-such.yaml"}, nil); err == nil || !strings.Contains(err.Error(), "no-such.yaml") {
		t.Errorf("missing rule file: %v", err)
	}
	if _, err := Analyzer(rs, campaign.Config{VERP: []string{"("}}, parser.DefaultLimits); err == nil {
		t.Error("a bad VERP pattern was taken")
	}
}

func TestStoreFlags(t *testing.T) {
	dir := t.TempDir()
	var sf StoreFlags
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	sf.Add(fs)
	given := filepath.Join(dir, "given.db")
	if err := fs.Parse([]string{"--db", given}); err != nil {
		t.Fatal(err)
	}
	fromEnv := filepath.Join(dir, "env.db")
	getenv := func(k string) string {
		if k == "BOUNCE_DB" {
			return fromEnv
		}
		return ""
	}
	for _, tc := range []struct {
		flags StoreFlags
		want  string
	}{{sf, given}, {StoreFlags{}, fromEnv}} {
		s, err := tc.flags.Open(context.Background(), getenv)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		if _, err := os.Stat(tc.want); err != nil {
			t.Errorf("%+v: the store is not at %s: %v", tc.flags, tc.want, err)
		}
	}
	bad := StoreFlags{DB: given, Policy: filepath.Join(dir, "no-such-policy.yaml")}
	if s, err := bad.Open(context.Background(), getenv); err == nil {
		s.Close()
		t.Error("a missing policy file was taken")
	}
}

func TestCPUProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err := CPUProfile(path)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("profile: %v, %v", fi, err)
	}
	if _, err := CPUProfile(filepath.Join(path, "x")); err == nil {
		t.Error("a profile under a plain file")
	}
}

// With no rule files given, those of $BOUNCE_RULES count, for the
// analyzer and for Rules alike; files given win over the environment.
func TestRulesFromEnv(t *testing.T) {
	getenv := func(k string) string {
		if k == "BOUNCE_RULES" {
			return nimbusRules
		}
		return ""
	}
	rs, err := Rules(nil, getenv)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Analyzer(rs, campaign.Config{}, parser.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(nimbusMail)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if recs, err := a.Analyze(f, nimbusMail); err != nil || len(recs) != 1 || recs[0].Rule != "nimbus.userunknown" {
		t.Errorf("$BOUNCE_RULES: %+v, %v", recs, err)
	}
	def, err := Rules(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Len() <= def.Len() {
		t.Errorf("$BOUNCE_RULES: %d rules, the defaults %d", rs.Len(), def.Len())
	}
	if _, err := Rules([]string{"no-such.yaml"}, getenv); err == nil {
		t.Error("a missing file given was not loaded, nor said")
	}
}

// $BOUNCE_RULES is split like $PATH, its empty entries dropped.
func TestEnvRules(t *testing.T) {
	got := envRules(func(k string) string {
		if k == "BOUNCE_RULES" {
			return "a.yaml" + string(filepath.ListSeparator) + string(filepath.ListSeparator) + "b.yaml"
		}
		return ""
	})
	if strings.Join(got, ",") != "a.yaml,b.yaml" {
		t.Errorf("envRules = %q", got)
	}
	if got := envRules(nil); got != nil {
		t.Errorf("envRules(nil) = %q", got)
	}
}
