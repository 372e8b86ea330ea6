package webhook

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestFile: the config file's relative paths are the file's, secrets
// come from files, the environment wins, and a provider half configured
// is an error.
func TestFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "pm"), []byte("pw-from-file\n"), 0o600)
	conf := filepath.Join(dir, "serve.yaml")
	os.WriteFile(conf, []byte("listen: 127.0.0.1:0\ndb: bounce.db\nrules: [my.yaml]\n"+
		"ses:\n  topics: [arn:aws:sns:eu-west-1:1:a]\npostmark:\n  user: pm\n  password-file: pm\nmailgun:\n  signing-key: k\n"), 0o644)
	f, exposed, err := ReadFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	if !exposed {
		t.Error("a signing key in a file others can read: no warning")
	}
	if f.DB != filepath.Join(dir, "bounce.db") || f.Rules[0] != filepath.Join(dir, "my.yaml") {
		t.Errorf("relative paths: db %s, rules %v", f.DB, f.Rules)
	}
	var c Config
	env := map[string]string{"BOUNCE_SES_TOPICS": "arn:x, arn:y", "BOUNCE_BREVO_TOKEN": "tok"}
	if err := f.Providers(&c, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.SNS.TopicARNs, []string{"arn:x", "arn:y"}) || c.Postmark.Password != "pw-from-file" ||
		c.Mailgun.SigningKey != "k" || c.Brevo.Token != "tok" || c.SendGrid != nil {
		t.Errorf("config %+v", c)
	}
	if got := strings.Join(c.Endpoints(), " "); got != "/ses /mailgun /postmark /brevo" {
		t.Errorf("endpoints %s", got)
	}

	for yml, want := range map[string]string{
		"postmark:\n  user: pm\n": "postmark needs both user and password",
		"ses: {}\n":               "ses needs the topics",
		"mailgun:\n  signing-key: a\n  signing-key-file: b\n": "not both",
		"listen: x\n": "no provider configured",
		"lisen: x\n":  "field lisen not found",
	} {
		os.WriteFile(conf, []byte(yml), 0o600)
		f, _, err := ReadFile(conf)
		if err == nil {
			err = f.Providers(&Config{}, nil)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", yml, err, want)
		}
	}
}

// The command line wins over the config file, setting by setting; the
// providers stay the file's.
func TestFileUnder(t *testing.T) {
	file := File{Listen: ":8080", ReportDir: "/var/reports", DB: "/var/db", Rules: []string{"a.yaml"}, Postmark: &SecretFile{Token: "t"}}
	got := file.Under(File{Listen: "127.0.0.1:9000", Rules: []string{"b.yaml"}})
	if got.Listen != "127.0.0.1:9000" || got.ReportDir != "/var/reports" || got.DB != "/var/db" ||
		len(got.Rules) != 1 || got.Rules[0] != "b.yaml" || got.Postmark == nil || got.Postmark.Token != "t" {
		t.Errorf("got %+v", got)
	}
	if got := file.Under(File{}); got.Listen != ":8080" || got.Rules[0] != "a.yaml" {
		t.Errorf("an empty command line: %+v", got)
	}
}
