package imapfetch

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"github.com/bounce-analyzer/bounce/imapfetch/imaptest"
)

// corpus returns up to n messages of the sample corpus, in name order.
func corpus(t *testing.T, n int) [][]byte {
	t.Helper()
	dir := "../testdata/sisimai-set/eml"
	names, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil || len(names) == 0 {
		t.Skip("no sample corpus")
	}
	sort.Strings(names)
	var out [][]byte
	for _, name := range names[:min(n, len(names))] {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// sameMessage compares two messages, ignoring CRs: the memory server
// writes the header it returns with CRLF.
func sameMessage(a, b []byte) bool {
	return bytes.Equal(bytes.ReplaceAll(a, []byte("\r"), nil), bytes.ReplaceAll(b, []byte("\r"), nil))
}

func testOptions(s *imaptest.Server) Options {
	host, port, _ := net.SplitHostPort(s.Addr)
	p, _ := strconv.Atoi(port)
	return Options{
		Server:      Server{Host: host, Port: p, TLS: TLSNone},
		Credentials: Credentials{User: s.User, Password: s.Password},
		Mailbox:     "INBOX",
		BatchSize:   4,
		Backoff:     time.Millisecond,
	}
}

// collect fetches uids and returns the bodies committed, by UID.
func collect(t *testing.T, ctx context.Context, sess *Session, uids []imap.UID) (map[imap.UID][]byte, []*Message, error) {
	t.Helper()
	got := map[imap.UID][]byte{}
	var msgs []*Message
	err := sess.Fetch(ctx, uids, func(m *Message) (func() error, error) {
		var body []byte
		if m.Body != nil {
			var err error
			if body, err = io.ReadAll(m.Body); err != nil {
				// A cut body: nothing to commit.
				return nil, nil
			}
		}
		mm := *m
		return func() error {
			if _, dup := got[m.UID]; dup {
				t.Errorf("UID %d committed twice", m.UID)
			}
			got[m.UID] = body
			msgs = append(msgs, &mm)
			return nil
		}, nil
	})
	return got, msgs, err
}

func TestFetch(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	msgs := corpus(t, 10)
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	opts := testOptions(srv)
	opts.MaxSize = int64(len(msgs[3])) // the 4th fits exactly
	sess, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if sess.UIDValidity() != srv.UIDValidity(t, "INBOX") {
		t.Errorf("UIDVALIDITY %d, want %d", sess.UIDValidity(), srv.UIDValidity(t, "INBOX"))
	}
	uids, err := sess.Search(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(uids) != len(msgs) {
		t.Fatalf("search found %d, want %d", len(uids), len(msgs))
	}
	got, handled, err := collect(t, ctx, sess, uids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(msgs) {
		t.Fatalf("%d messages handled, want %d", len(got), len(msgs))
	}
	for i, m := range handled {
		if i > 0 && m.UID < handled[i-1].UID {
			t.Errorf("UID %d after %d", m.UID, handled[i-1].UID)
		}
		want := msgs[m.UID-1]
		switch {
		case int64(len(want)) > opts.MaxSize:
			if !m.TooLarge || got[m.UID] != nil || m.Size != int64(len(want)) {
				t.Errorf("UID %d (%d bytes): TooLarge %v, body %d bytes", m.UID, len(want), m.TooLarge, len(got[m.UID]))
			}
		case !sameMessage(got[m.UID], want):
			t.Errorf("UID %d: body differs (%d bytes, want %d)", m.UID, len(got[m.UID]), len(want))
		}
	}
	for _, m := range srv.Messages(t, "INBOX") {
		if m.Seen() {
			t.Errorf("UID %d is \\Seen after a fetch", m.UID)
		}
	}

	// Only the new ones.
	newer, err := sess.Search(ctx, Query{After: uids[6]})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(newer) != fmt.Sprint(uids[7:]) {
		t.Errorf("search after %d = %v, want %v", uids[6], newer, uids[7:])
	}
	none, err := sess.Search(ctx, Query{After: uids[len(uids)-1]})
	if err != nil || len(none) != 0 {
		t.Errorf("search after the last = %v, %v", none, err)
	}
}

func TestSearchSince(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	m := corpus(t, 1)[0]
	srv.AppendAt(t, "INBOX", m, time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC))
	u2 := srv.AppendAt(t, "INBOX", m, time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC))
	ctx := context.Background()
	sess, err := Open(ctx, testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	uids, err := sess.Search(ctx, Query{Since: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(uids) != 1 || uids[0] != u2 {
		t.Errorf("since = %v, want [%d]", uids, u2)
	}
}

func TestReconnect(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	msgs := corpus(t, 12)
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	opts := testOptions(srv)
	var notes []string
	opts.Logf = func(f string, a ...any) { notes = append(notes, fmt.Sprintf(f, a...)) }
	sess, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	uids, err := sess.Search(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	// Hang up twice in the middle of a body (the first message is about
	// 2.5 KB), on two connections.
	srv.DropFetches(2, int64(len(msgs[0])+len(msgs[1])/2))
	before := srv.Conns()
	got, _, err := collect(t, ctx, sess, uids)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(msgs) {
		t.Fatalf("%d messages, want %d", len(got), len(msgs))
	}
	for u, b := range got {
		if !sameMessage(b, msgs[u-1]) {
			t.Errorf("UID %d: body differs", u)
		}
	}
	if n := srv.Conns() - before; n != 2 {
		t.Errorf("%d new connections, want 2", n)
	}
	if len(notes) != 2 || !strings.Contains(notes[0], "retrying") {
		t.Errorf("notes %q", notes)
	}
}

func TestRetriesRunOut(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	for _, m := range corpus(t, 3) {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	opts := testOptions(srv)
	opts.Retries = 2
	sess, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	uids, _ := sess.Search(ctx, Query{})
	srv.DropFetches(100, 10) // every body fetch dies at once
	got, _, err := collect(t, ctx, sess, uids)
	if err == nil || !strings.Contains(err.Error(), "giving up after 2 retries") {
		t.Errorf("err = %v", err)
	}
	if len(got) != 0 {
		t.Errorf("%d messages committed", len(got))
	}
}

func TestCancel(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	for _, m := range corpus(t, 8) {
		srv.Append(t, "INBOX", m)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sess, err := Open(ctx, testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	uids, _ := sess.Search(ctx, Query{})
	var committed []imap.UID
	err = sess.Fetch(ctx, uids, func(m *Message) (func() error, error) {
		if m.UID == 3 {
			cancel() // as Ctrl-C would, in the middle of a message
		}
		if _, err := io.ReadAll(m.Body); err != nil {
			return nil, nil
		}
		return func() error { committed = append(committed, m.UID); return nil }, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
	if fmt.Sprint(committed) != "[1 2 3]" {
		t.Errorf("committed %v, want [1 2 3]", committed)
	}
}

func TestHandlerError(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	for _, m := range corpus(t, 3) {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	sess, err := Open(ctx, testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	boom := errors.New("disk full")
	n := 0
	err = sess.Fetch(ctx, []imap.UID{1, 2, 3}, func(m *Message) (func() error, error) {
		n++
		return func() error { return boom }, nil
	})
	if !errors.Is(err, boom) || n != 1 {
		t.Errorf("err = %v after %d messages", err, n)
	}
	// The session is still usable.
	if _, err := sess.Search(ctx, Query{}); err != nil {
		t.Errorf("search after a handler error: %v", err)
	}
}

func TestApply(t *testing.T) {
	for _, rev1 := range []bool{false, true} {
		t.Run(fmt.Sprintf("rev1only=%v", rev1), func(t *testing.T) {
			srv := imaptest.Start(t, imaptest.Config{Rev1Only: rev1})
			for _, m := range corpus(t, 6) {
				srv.Append(t, "INBOX", m)
			}
			ctx := context.Background()
			var notes []string
			opts := testOptions(srv)
			opts.Logf = func(f string, a ...any) { notes = append(notes, fmt.Sprintf(f, a...)) }
			sess, err := Open(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer sess.Close()
			a := Actions{
				Seen:   imap.UIDSetNum(1, 2, 5),
				Move:   map[string]imap.UIDSet{"Bounces": imap.UIDSetNum(1, 2), "Other": imap.UIDSetNum(3)},
				Delete: imap.UIDSetNum(4),
			}
			if err := sess.Apply(ctx, a); err != nil {
				t.Fatal(err)
			}
			inbox := srv.Messages(t, "INBOX")
			bounces := srv.Messages(t, "Bounces")
			other := srv.Messages(t, "Other")
			if len(bounces) != 2 || len(other) != 1 {
				t.Fatalf("Bounces %d, Other %d messages", len(bounces), len(other))
			}
			for _, m := range bounces {
				if !m.Seen() {
					t.Errorf("moved message not \\Seen")
				}
			}
			var left []imap.UID
			for _, m := range inbox {
				if !m.Has(imap.FlagDeleted) {
					left = append(left, m.UID)
				}
				if m.UID == 5 && !m.Seen() {
					t.Error("UID 5 not \\Seen")
				}
				if m.UID == 6 && m.Seen() {
					t.Error("UID 6 \\Seen")
				}
			}
			if fmt.Sprint(left) != "[5 6]" {
				t.Errorf("INBOX keeps %v, want [5 6]", left)
			}
			if rev1 {
				// No UIDPLUS: flagged, not expunged, and said so.
				if len(inbox) != 6 || len(notes) == 0 || !strings.Contains(notes[0], "UIDPLUS") {
					t.Errorf("INBOX has %d messages; notes %q", len(inbox), notes)
				}
			} else if len(inbox) != 2 {
				t.Errorf("INBOX has %d messages, want 2", len(inbox))
			}
			// Again: nothing breaks, nothing changes.
			if err := sess.Apply(ctx, a); err != nil {
				t.Errorf("second Apply: %v", err)
			}
			if n := len(srv.Messages(t, "Bounces")); n != 2 {
				t.Errorf("Bounces has %d after a second Apply", n)
			}
		})
	}
}

func TestTLS(t *testing.T) {
	for _, mode := range []string{"implicit", "starttls"} {
		t.Run(mode, func(t *testing.T) {
			srv := imaptest.Start(t, imaptest.Config{TLS: mode})
			srv.Append(t, "INBOX", corpus(t, 1)[0])
			ctx := context.Background()
			opts := testOptions(srv)
			opts.Server.TLS = TLSMode(mode)
			opts.Retries = 3

			// Not trusted: refused at once, not retried.
			start := time.Now()
			opts.Backoff = time.Second
			if _, err := Open(ctx, opts); err == nil || !strings.Contains(err.Error(), "certificate") {
				t.Errorf("untrusted certificate: err = %v", err)
			}
			if d := time.Since(start); d > 900*time.Millisecond {
				t.Errorf("a certificate error was retried (%v)", d)
			}

			opts.Server.TLSConfig = &tls.Config{RootCAs: srv.Roots}
			sess, err := Open(ctx, opts)
			if err != nil {
				t.Fatal(err)
			}
			defer sess.Close()
			got, _, err := collect(t, ctx, sess, []imap.UID{1})
			if err != nil || len(got) != 1 {
				t.Errorf("fetch over TLS: %d messages, %v", len(got), err)
			}

			opts.Server.TLSConfig = &tls.Config{InsecureSkipVerify: true}
			sess2, err := Open(ctx, opts)
			if err != nil {
				t.Fatalf("insecure skip verify: %v", err)
			}
			sess2.Close()
		})
	}
}

func TestLoginRefused(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	opts := testOptions(srv)
	opts.Credentials.Password = "wrong-password-xyz"
	opts.Backoff = time.Second
	start := time.Now()
	_, err := Open(context.Background(), opts)
	var le *LoginError
	if !errors.As(err, &le) {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "wrong-password-xyz") {
		t.Errorf("the password is in the error: %v", err)
	}
	if time.Since(start) > 900*time.Millisecond {
		t.Error("a refused login was retried")
	}
}

func TestPlaintextRefused(t *testing.T) {
	opts := Options{Server: Server{Host: "imap.example.com", TLS: TLSNone}}
	_, err := Open(context.Background(), opts)
	var ce *ConfigError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "in clear") {
		t.Errorf("err = %v", err)
	}
	opts.Server.Host = "127.0.0.2"
	if err := opts.Server.Check(); err != nil {
		t.Errorf("loopback refused: %v", err)
	}
	opts.Server = Server{Host: "imap.example.com", TLS: TLSNone, AllowPlaintext: true}
	if err := opts.Server.Check(); err != nil {
		t.Errorf("allowed plaintext refused: %v", err)
	}
}

// A message answered with BODY[] NIL (another client moved it during the
// fetch) is no empty message: gone, it is handed over as expunged; still
// there, it is not handed over at all, and Fetch says so.
func TestFetchNilBody(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	msgs := corpus(t, 4)
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	sess, err := Open(ctx, testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	srv.NilBodies(2, 3)
	var got []*Message
	err = sess.Fetch(ctx, []imap.UID{1, 2, 3, 4}, func(m *Message) (func() error, error) {
		var n int64
		if m.Body != nil {
			n, _ = io.Copy(io.Discard, m.Body)
		}
		if m.UID == 1 {
			srv.Expunge(t, "INBOX", 2) // moved away while we fetch
		}
		mm := *m
		mm.Size = n
		return func() error { got = append(got, &mm); return nil }, nil
	})
	if !errors.Is(err, ErrNotReturned) || !strings.Contains(err.Error(), "UID 3:") {
		t.Errorf("Fetch error %v, want UID 3 not returned", err)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].UID < got[j].UID })
	var desc []string
	for _, m := range got {
		desc = append(desc, fmt.Sprintf("%d expunged=%v body=%v", m.UID, m.Expunged, m.Size > 0))
	}
	want := []string{"1 expunged=false body=true", "2 expunged=true body=false", "4 expunged=false body=true"}
	if fmt.Sprint(desc) != fmt.Sprint(want) {
		t.Errorf("handed over %q, want %q", desc, want)
	}
}

// A message the server leaves out of its answer of sizes is checked: gone,
// it is expunged; still there, it is not handed over (nor skipped as
// expunged, which would record it unread).
func TestFetchSizeMissing(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	msgs := corpus(t, 4)
	for _, m := range msgs {
		srv.Append(t, "INBOX", m)
	}
	ctx := context.Background()
	sess, err := Open(ctx, testOptions(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	srv.HideSizes(2, 3)
	srv.Expunge(t, "INBOX", 3)
	got, msgsGot, err := collect(t, ctx, sess, []imap.UID{1, 2, 3, 4})
	if !errors.Is(err, ErrNotReturned) || !strings.Contains(err.Error(), "UID 2:") {
		t.Errorf("Fetch error %v, want UID 2 not returned", err)
	}
	if _, ok := got[2]; ok {
		t.Error("UID 2, still in the mailbox, was handed over")
	}
	for _, m := range msgsGot {
		if m.Expunged != (m.UID == 3) {
			t.Errorf("UID %d: Expunged %v", m.UID, m.Expunged)
		}
	}
	if len(got) != 3 {
		t.Errorf("%d messages handed over, want 1, 3 (expunged) and 4", len(got))
	}
}

// A connection the server closed between commands is dialled again, and
// the log says so.
func TestRedialLogged(t *testing.T) {
	srv := imaptest.Start(t, imaptest.Config{})
	srv.Append(t, "INBOX", corpus(t, 1)[0])
	ctx := context.Background()
	opts := testOptions(srv)
	var notes []string
	opts.Logf = func(f string, a ...any) { notes = append(notes, fmt.Sprintf(f, a...)) }
	sess, err := Open(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	closed := sess.c.Closed()
	srv.HangUp()
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("the client did not see the hang-up")
	}
	if uids, err := sess.Search(ctx, Query{}); err != nil || len(uids) != 1 {
		t.Fatalf("search after the hang-up: %v, %v", uids, err)
	}
	if !strings.Contains(strings.Join(notes, "\n"), "was closed; dialling again") {
		t.Errorf("the redial is not logged: %q", notes)
	}
}
