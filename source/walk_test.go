package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

const msg = "From: a@example.org\nSubject: %s\n\nbody\n"

// tree makes files under a temporary directory from a map of relative
// path to content and returns the directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

type event struct {
	Source   string
	Explicit bool
	Body     string // first line of the message
}

type warning struct {
	Path    string
	Skipped bool
	NotMail bool
}

func walk(t *testing.T, w *Walker, paths ...string) ([]event, []warning) {
	t.Helper()
	var evs []event
	var warns []warning
	w.Paths = paths
	err := w.Walk(func(it Item) error {
		if it.Err == nil {
			if it.R == nil {
				t.Fatalf("%s: no error and no reader", it.Source)
			}
			b, err := io.ReadAll(it.R)
			if err != nil {
				t.Fatalf("%s: %v", it.Source, err)
			}
			first, _, _ := strings.Cut(strings.TrimLeft(string(b), "\r\n"), "\n")
			evs = append(evs, event{it.Source, it.Explicit, first})
			return nil
		}
		err := it.Err
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("warning %v is not an *Error", err)
		}
		if !strings.HasPrefix(err.Error(), e.Path+": ") {
			t.Errorf("warning %q does not start with its path", err)
		}
		if it.Source != e.Path {
			t.Errorf("problem with %q named %q", e.Path, it.Source)
		}
		warns = append(warns, warning{e.Path, e.Skipped, errors.Is(err, ErrNotMail)})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return evs, warns
}

func TestWalkDirectory(t *testing.T) {
	dir := tree(t, map[string]string{
		"b.eml":              fmt.Sprintf(msg, "b"),
		"a.eml":              fmt.Sprintf(msg, "a"),
		"sub/c.txt":          fmt.Sprintf(msg, "c"),
		"sub/.hidden.eml":    fmt.Sprintf(msg, "hidden"),
		".git/config":        "[core]\n",
		"box.mbox":           "From x\nX: 1\n\n>From y\nFrom z\nZ: 2\n",
		"Maildir/cur/1:2,S":  "From x\n" + fmt.Sprintf(msg, "cur") + "From y\nY: 1\n",
		"Maildir/new/2":      fmt.Sprintf(msg, "new"),
		"Maildir/tmp/3":      fmt.Sprintf(msg, "tmp"),
		"plain/tmp/4":        fmt.Sprintf(msg, "tmp not maildir"),
		"binary.eml":         "From: x\x00\x01\x02",
		"notes.txt":          "just some text\nwith: a colon later\n",
		"empty":              "",
		"crlf.eml":           "\r\nReceived: x\r\n\r\nbody\r\n",
		"saved.EML":          "From x\nX: 1\n\nquoted:\n\nFrom y\nY: 2\n",
		"cr.eml":             "Received: x\r\rbody\r",
		"zz/header-like-odd": "X Y: no\n",
	})
	evs, warns := walk(t, &Walker{}, dir)
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, p)
		return filepath.ToSlash(r)
	}
	var got []string
	for _, e := range evs {
		if e.Explicit {
			t.Errorf("%s: Explicit", e.Source)
		}
		got = append(got, rel(e.Source))
	}
	want := []string{
		"Maildir/cur/1:2,S", "Maildir/new/2",
		"a.eml", "b.eml", "box.mbox#1", "box.mbox#2",
		"cr.eml", "crlf.eml",
		"plain/tmp/4", "saved.EML", "sub/c.txt",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sources:\n got %q\nwant %q", got, want)
	}
	var gotW []string
	for _, w := range warns {
		if !w.Skipped || !w.NotMail {
			t.Errorf("%s: warning %+v, want skipped not-mail", w.Path, w)
		}
		gotW = append(gotW, rel(w.Path))
	}
	wantW := []string{"binary.eml", "empty", "notes.txt", "zz/header-like-odd"}
	if !reflect.DeepEqual(gotW, wantW) {
		t.Errorf("warnings:\n got %q\nwant %q", gotW, wantW)
	}
	// The mbox was unescaped.
	for _, e := range evs {
		if strings.HasSuffix(e.Source, "box.mbox#1") && e.Body != "X: 1" {
			t.Errorf("mbox message 1 starts %q", e.Body)
		}
	}
}

func TestWalkMaildirCur(t *testing.T) {
	dir := tree(t, map[string]string{
		"cur/1": "From x\n" + fmt.Sprintf(msg, "cur") + "From y\nY: 1\n",
		"tmp/2": "",
	})
	evs, warns := walk(t, &Walker{}, filepath.Join(dir, "cur"))
	if len(evs) != 1 || evs[0].Source != filepath.Join(dir, "cur", "1") || evs[0].Body != "From x" || len(warns) != 0 {
		t.Errorf("events %+v, warnings %+v", evs, warns)
	}
}

func TestWalkExplicit(t *testing.T) {
	dir := tree(t, map[string]string{
		"a.eml":     fmt.Sprintf(msg, "a"),
		"notes.txt": "just text\n",
		"box":       "From x\nX: 1\n",
	})
	p := func(n string) string { return filepath.Join(dir, n) }
	evs, warns := walk(t, &Walker{}, p("notes.txt"), p("missing.eml"), p("a.eml"), p("box"))
	want := []event{
		{p("a.eml"), true, "From: a@example.org"},
		{p("box") + "#1", true, "X: 1"},
	}
	if !reflect.DeepEqual(evs, want) {
		t.Errorf("events:\n got %+v\nwant %+v", evs, want)
	}
	wantW := []warning{
		{p("notes.txt"), false, true},
		{p("missing.eml"), false, false},
	}
	if !reflect.DeepEqual(warns, wantW) {
		t.Errorf("warnings:\n got %+v\nwant %+v", warns, wantW)
	}
}

func TestWalkStdin(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []event
		warns []warning
	}{
		{"message", fmt.Sprintf(msg, "x"), []event{{"-", true, "From: a@example.org"}}, nil},
		{"mbox", "From a\nA: 1\nFrom b\nB: 2\n", []event{{"-#1", true, "A: 1"}, {"-#2", true, "B: 2"}}, nil},
		{"not mail", "hello\n", nil, []warning{{"-", false, true}}},
		{"empty", "", nil, []warning{{"-", false, true}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, warns := walk(t, &Walker{Stdin: strings.NewReader(tt.in)}, "-")
			if !reflect.DeepEqual(evs, tt.want) {
				t.Errorf("events: got %+v, want %+v", evs, tt.want)
			}
			if !reflect.DeepEqual(warns, tt.warns) {
				t.Errorf("warnings: got %+v, want %+v", warns, tt.warns)
			}
		})
	}
}

func TestSymlinkLoop(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links")
	}
	dir := tree(t, map[string]string{"d/a.eml": fmt.Sprintf(msg, "a")})
	if err := os.Symlink("..", filepath.Join(dir, "d", "up")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("d", filepath.Join(dir, "e")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere", filepath.Join(dir, "dangling.eml")); err != nil {
		t.Fatal(err)
	}
	evs, warns := walk(t, &Walker{}, dir)
	if len(evs) != 1 || evs[0].Source != filepath.Join(dir, "d", "a.eml") {
		t.Errorf("events: %+v", evs)
	}
	var failed, skipped int
	for _, w := range warns {
		if w.Skipped {
			skipped++
		} else {
			failed++
			if w.Path != filepath.Join(dir, "dangling.eml") {
				t.Errorf("failure for %s", w.Path)
			}
		}
	}
	if failed != 1 || skipped != 2 {
		t.Errorf("warnings: %+v", warns)
	}
}

func TestUnreadable(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permissions do not apply")
	}
	dir := tree(t, map[string]string{"a.eml": fmt.Sprintf(msg, "a"), "b.eml": fmt.Sprintf(msg, "b")})
	if err := os.Chmod(filepath.Join(dir, "a.eml"), 0); err != nil {
		t.Fatal(err)
	}
	evs, warns := walk(t, &Walker{}, dir)
	if len(evs) != 1 || len(warns) != 1 || warns[0].Skipped {
		t.Fatalf("events %+v, warnings %+v", evs, warns)
	}
}

func TestStopOnCallbackError(t *testing.T) {
	dir := tree(t, map[string]string{"a.eml": fmt.Sprintf(msg, "a"), "b.eml": fmt.Sprintf(msg, "b")})
	stop := errors.New("stop")
	n := 0
	err := Paths([]string{dir, dir}, nil).Walk(func(Item) error { n++; return stop })
	if err != stop || n != 1 {
		t.Fatalf("err %v after %d calls", err, n)
	}
}

func TestErrorFormat(t *testing.T) {
	var got error
	Paths([]string{"/nonexistent/x.eml"}, nil).Walk(func(it Item) error { got = it.Err; return nil })
	if got == nil {
		t.Fatal("no error for a missing file")
	}
	if runtime.GOOS != "windows" && got.Error() != "/nonexistent/x.eml: no such file or directory" {
		t.Fatalf("error = %v", got)
	}
	if !errors.Is(got, fs.ErrNotExist) {
		t.Fatalf("error %v is not fs.ErrNotExist", got)
	}
	if IsSkipped(got) {
		t.Fatal("IsSkipped for a missing file")
	}
}

func TestNotMail(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Received: x\n", ""},
		{"\n\nReturn-Path: <>\n", ""},
		{"From MAILER-DAEMON Thu\n", ""},
		{"X-Weird_Name: v", ""},
		{"X-Weird!: v", "no header"},
		{`{"file": "x"}`, "no header"},
		{"Subject: x\n\nbody\x00 one NUL later", ""},
		{"Subject: x\n\x01\x02\x03\x04\x05", "binary"},
		{"", "empty"},
		{"\r\n\r\n", "empty"},
		{"hello world\n", "no header"},
		{": value\n", "no header"},
		{"Name : value\n", "no header"},
		{"Subject\n: x\n", "no header"},
		{"Subject: \x00", "binary"},
		{"\x89PNG\r\n", "no header"},
	}
	for _, tt := range tests {
		if got := notMail([]byte(tt.in)); got != tt.want {
			t.Errorf("notMail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReader: a stream is one message, or an mbox whose messages are
// named NAME#N; a stream that is not mail is an error, never skipped.
func TestReader(t *testing.T) {
	var got []string
	list := func(it Item) error {
		if it.Err != nil {
			got = append(got, fmt.Sprintf("%s err skipped=%v", it.Source, IsSkipped(it.Err)))
			return nil
		}
		b, _ := io.ReadAll(it.R)
		got = append(got, fmt.Sprintf("%s %d %q", it.Source, it.Index, strings.SplitN(string(b), "\n", 2)[0]))
		return nil
	}
	Reader("one", strings.NewReader(fmt.Sprintf(msg, "a"))).Walk(list)
	Reader("box", strings.NewReader("From x\n"+fmt.Sprintf(msg, "a")+"From y\n>From z\n")).Walk(list)
	Reader("bin", strings.NewReader("\x00\x01\x02")).Walk(list)
	want := []string{`one 0 "From: a@example.org"`, `box#1 1 "From: a@example.org"`, `box#2 2 "From z"`, "bin err skipped=false"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got\n%q\nwant\n%q", got, want)
	}
}
