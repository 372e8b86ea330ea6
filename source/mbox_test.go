package source

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// readAll returns every message of the mbox in in, and the separator lines.
func readMbox(t testing.TB, r io.Reader) (msgs, froms []string, err error) {
	t.Helper()
	mr := NewMboxReader(r)
	for {
		m, err := mr.Next()
		if err == io.EOF {
			return msgs, froms, nil
		}
		if err != nil {
			return msgs, froms, err
		}
		b, err := io.ReadAll(m)
		if err != nil {
			return msgs, froms, err
		}
		msgs = append(msgs, string(b))
		froms = append(froms, mr.From())
		if len(msgs) > 1e6 {
			t.Fatal("runaway reader")
		}
	}
}

func TestMboxReader(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []string
		froms []string
	}{
		{"empty", "", nil, nil},
		{"only line breaks", "\n\r\n\r", nil, nil},
		{"one LF", "From a@b Mon Jan 1 00:00:00 2024\nSubject: x\n\nbody\n",
			[]string{"Subject: x\n\nbody\n"}, []string{"From a@b Mon Jan 1 00:00:00 2024"}},
		{"two LF", "From a\nA: 1\n\nx\n\nFrom b\nB: 2\n\ny\n",
			[]string{"A: 1\n\nx\n\n", "B: 2\n\ny\n"}, []string{"From a", "From b"}},
		{"two CRLF", "From a\r\nA: 1\r\n\r\nx\r\n\r\nFrom b\r\nB: 2\r\n",
			[]string{"A: 1\r\n\r\nx\r\n\r\n", "B: 2\r\n"}, []string{"From a", "From b"}},
		{"two CR", "From a\rA: 1\r\rx\r\rFrom b\rB: 2\r",
			[]string{"A: 1\r\rx\r\r", "B: 2\r"}, []string{"From a", "From b"}},
		{"leading blank lines", "\n\nFrom a\nA: 1\n", []string{"A: 1\n"}, []string{"From a"}},
		{"unescape mboxrd", "From a\nA: 1\n\n>From here\n>>From there\n>>>From x\n> From y\n>Fromage\n",
			[]string{"A: 1\n\nFrom here\n>From there\n>>From x\n> From y\n>Fromage\n"}, []string{"From a"}},
		{"escaped first body line", "From a\n>From b\n", []string{"From b\n"}, []string{"From a"}},
		{"escaped CRLF", "From a\r\nA: 1\r\n>From b\r\n", []string{"A: 1\r\nFrom b\r\n"}, []string{"From a"}},
		{"escaped CR", "From a\rA: 1\r>From b\r", []string{"A: 1\rFrom b\r"}, []string{"From a"}},
		{"From not at line start", "From a\nA: 1\n\nsee From b\n", []string{"A: 1\n\nsee From b\n"}, []string{"From a"}},
		{"From without space", "From a\nA: 1\nFrom:x\nFromage\n", []string{"A: 1\nFrom:x\nFromage\n"}, []string{"From a"}},
		{"no final line break", "From a\nA: 1", []string{"A: 1"}, []string{"From a"}},
		{"separator at end", "From a\nA: 1\nFrom b", []string{"A: 1\n", ""}, []string{"From a", "From b"}},
		{"empty messages", "From a\nFrom b\n", []string{"", ""}, []string{"From a", "From b"}},
		{"preamble", "junk\nFrom a\nA: 1\n", []string{"junk\n", "A: 1\n"}, []string{"", "From a"}},
		{"preamble escaped", ">From x\nFrom a\nA: 1\n", []string{"From x\n", "A: 1\n"}, []string{"", "From a"}},
		{"no separator at all", "A: 1\n\nbody\n", []string{"A: 1\n\nbody\n"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, mode := range []string{"plain", "onebyte", "halves"} {
				var r io.Reader = strings.NewReader(tt.in)
				switch mode {
				case "onebyte":
					r = iotest.OneByteReader(r)
				case "halves":
					r = iotest.HalfReader(r)
				}
				got, froms, err := readMbox(t, r)
				if err != nil {
					t.Fatalf("%s: %v", mode, err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("%s: messages = %q, want %q", mode, got, tt.want)
				}
				if !reflect.DeepEqual(froms, tt.froms) {
					t.Errorf("%s: froms = %q, want %q", mode, froms, tt.froms)
				}
			}
		})
	}
}

func TestIsMbox(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"From a@b Thu Sep 18 17:54:04 2008\n", true},
		{"\r\nFrom x", true},
		{"From: a@b\n", false},
		{"Received: x\n", false},
		{">From x\n", false},
		{"", false},
		{"Fro", false},
	}
	for _, tt := range tests {
		if got := IsMbox([]byte(tt.in)); got != tt.want {
			t.Errorf("IsMbox(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPartialRead checks that Next skips what the caller left unread.
func TestMboxPartialRead(t *testing.T) {
	in := "From a\nA: 1\n" + strings.Repeat("long line\n", 20000) + "From b\nB: 2\n"
	mr := NewMboxReader(strings.NewReader(in))
	m, err := mr.Next()
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 3)
	if _, err := io.ReadFull(m, buf); err != nil || string(buf) != "A: " {
		t.Fatalf("first read = %q, %v", buf, err)
	}
	m, err = mr.Next()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(m)
	if string(b) != "B: 2\n" {
		t.Fatalf("second message = %q", b)
	}
	if _, err := mr.Next(); err != io.EOF {
		t.Fatalf("Next at end = %v, want io.EOF", err)
	}
	if _, err := mr.Next(); err != io.EOF {
		t.Fatalf("Next after end = %v, want io.EOF", err)
	}
	if mr.Count() != 2 {
		t.Fatalf("Count = %d", mr.Count())
	}
}

// TestLongLines checks lines longer than the buffer, and a long run of '>'.
func TestMboxLongLines(t *testing.T) {
	long := strings.Repeat("x", 3*mboxBufSize+17)
	gts := strings.Repeat(">", mboxBufSize+3)
	in := "From " + long + "\nA: " + long + "\n" + gts + "From y\n>From z\n"
	got, froms, err := readMbox(t, strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "A: " + long + "\n" + gts + "From y\nFrom z\n"
	if len(got) != 1 || got[0] != want {
		t.Fatalf("got %d messages, first len %d, want len %d", len(got), len(got[0]), len(want))
	}
	if len(froms[0]) != maxFromLine {
		t.Fatalf("From() len = %d", len(froms[0]))
	}
}

func TestMboxReadError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("From a\nA: 1\n"), iotest.ErrReader(boom))
	mr := NewMboxReader(r)
	m, err := mr.Next()
	if err != nil {
		// The error may already show while looking for the first line.
		if !errors.Is(err, boom) {
			t.Fatal(err)
		}
		return
	}
	if _, err := io.ReadAll(m); !errors.Is(err, boom) {
		t.Fatalf("ReadAll error = %v, want boom", err)
	}
	if _, err := mr.Next(); !errors.Is(err, boom) {
		t.Fatalf("Next error = %v, want boom", err)
	}
}

// TestCorpus splits the mbox files of the test corpus.
func TestMboxCorpus(t *testing.T) {
	dir := "../testdata/sisimai-set/mbox"
	if _, err := os.Stat(dir); err != nil {
		dir = "../../shared/corpus/sisimai-set/mbox"
	}
	files, _ := filepath.Glob(filepath.Join(dir, "mbox-*"))
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !IsMbox(data) {
			t.Errorf("%s: IsMbox = false", f)
		}
		msgs, _, err := readMbox(t, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, line := range bytes.Split(data, []byte("\n")) {
			if bytes.HasPrefix(line, []byte("From ")) {
				want++
			}
		}
		if len(msgs) != want {
			t.Errorf("%s: %d messages, want %d", f, len(msgs), want)
		}
		for i, m := range msgs {
			if !strings.Contains(m, ":") {
				t.Errorf("%s#%d: no header: %.80q", f, i+1, m)
			}
		}
	}
}

// escape writes msg as an mboxrd writer would: every line that starts with
// zero or more '>' and then "From " gets one more '>'. A line starts at the
// beginning of msg and after every CR or LF.
func escape(msg []byte) []byte {
	var out []byte
	lineStart := true
	for i := 0; i < len(msg); i++ {
		if lineStart {
			j := i
			for j < len(msg) && msg[j] == '>' {
				j++
			}
			if bytes.HasPrefix(msg[j:], fromPrefix) {
				out = append(out, '>')
			}
		}
		out = append(out, msg[i])
		lineStart = msg[i] == '\n' || msg[i] == '\r'
	}
	return out
}

// FuzzReader checks that the reader never panics, and that messages
// written as an mbox read back as they were.
func FuzzMboxReader(f *testing.F) {
	f.Add([]byte("Subject: a\n\nFrom me\n"), []byte(">From x\r\n"), []byte(""))
	f.Add([]byte("A: 1\r\n\r\n>>From z"), []byte("B\rFrom \r"), []byte("\n\n"))
	f.Add([]byte("From \n"), []byte("\r"), []byte(">"))
	f.Fuzz(func(t *testing.T, a, b, c []byte) {
		// Arbitrary input: no panic, no error, bounded output.
		msgs, _, err := readMbox(t, bytes.NewReader(a))
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, m := range msgs {
			total += len(m)
		}
		if total > len(a) {
			t.Fatalf("read %d bytes from %d", total, len(a))
		}

		// Round trip.
		var mbox []byte
		var want []string
		for _, m := range [][]byte{a, b, c} {
			m = bytes.Clone(m)
			if n := len(m); n > 0 && m[n-1] != '\n' && m[n-1] != '\r' {
				m = append(m, '\n')
			}
			mbox = append(mbox, "From sender@example.org Thu Jan  1 00:00:00 1970\n"...)
			mbox = append(mbox, escape(m)...)
			want = append(want, string(m))
		}
		got, _, err := readMbox(t, iotest.HalfReader(bytes.NewReader(mbox)))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round trip:\n got %q\nwant %q", got, want)
		}
	})
}
