// Package imaptest runs go-imap's in-memory IMAP server on loopback for
// tests, with one user and an INBOX, and can drop a connection in the
// middle of a FETCH to test reconnecting.
//
// Only tests import it.
package imaptest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
)

// Config chooses how the server runs.
type Config struct {
	User, Password string // default "bounces@example.com", "secret"
	// TLS: "" for none, "implicit" (TLS from the first byte) or
	// "starttls".
	TLS string
	// Rev1Only advertises IMAP4rev1 without MOVE nor UIDPLUS, so that a
	// client falls back to COPY and STORE.
	Rev1Only bool

	// Token, if set, is the OAuth2 access token the server takes for
	// User, by the Mechanisms it offers (default OAUTHBEARER and
	// XOAUTH2).
	Token      string
	Mechanisms []string
	// ID is how the server treats the ID command (RFC 2971): "" answers
	// it and records the fields (IDs), "reject" refuses it with BAD (and
	// records them), "none" does not offer it.
	ID string
}

// Server is a running test server.
type Server struct {
	Addr     string // 127.0.0.1:PORT
	User     string
	Password string
	// Roots trusts the server's certificate (with TLS), and CertPEM is
	// that certificate in PEM.
	Roots   *x509.CertPool
	CertPEM []byte

	mem  *imapmemserver.Server
	user *imapmemserver.User
	srv  *imapserver.Server
	ln   net.Listener

	mu        sync.Mutex
	dropAfter int64 // bytes the server writes after a body FETCH before it hangs up; <0: never
	drops     int   // how many connections to drop so
	conns     int   // connections accepted
	nilBodies imap.UIDSet
	noSizes   imap.UIDSet
	live      map[*faultConn]bool // open connections

	token  string
	mechs  []string
	idMode string
	ids    []map[string]string // the fields of every ID received
	logins []string            // the mechanism of every OAuth2 login
}

// Start starts a server on 127.0.0.1 and stops it when the test ends.
func Start(t testing.TB, cfg Config) *Server {
	t.Helper()
	if cfg.User == "" {
		cfg.User = "bounces@example.com"
	}
	if cfg.Password == "" {
		cfg.Password = "secret"
	}
	s := &Server{User: cfg.User, Password: cfg.Password, dropAfter: -1, token: cfg.Token, idMode: cfg.ID}
	if cfg.Token != "" {
		s.mechs = cfg.Mechanisms
		if s.mechs == nil {
			s.mechs = []string{sasl.OAuthBearer, "XOAUTH2"}
		}
	}
	s.mem = imapmemserver.New()
	s.user = imapmemserver.NewUser(cfg.User, cfg.Password)
	s.mem.AddUser(s.user)
	if err := s.user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}

	caps := imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}}
	if cfg.Rev1Only {
		caps = imap.CapSet{imap.CapIMAP4rev1: {}}
	}
	if cfg.ID != "none" {
		caps[imap.CapID] = struct{}{}
	}
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &session{s: s}, nil, nil
		},
		Caps:         caps,
		InsecureAuth: cfg.TLS == "",
		Logger:       quietLogger{},
	}
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// The fault injection sees the bytes on the wire, so it works only
	// without TLS.
	var ln net.Listener = &faultListener{Listener: raw, s: s}
	switch cfg.TLS {
	case "":
	case "implicit", "starttls":
		cert, roots := Certificate(t)
		s.Roots = roots
		s.CertPEM = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]})
		tc := &tls.Config{Certificates: []tls.Certificate{cert}}
		if cfg.TLS == "implicit" {
			ln = tls.NewListener(ln, tc)
		} else {
			caps[imap.CapStartTLS] = struct{}{}
			opts.TLSConfig = tc
		}
	default:
		t.Fatalf("imaptest: unknown TLS %q", cfg.TLS)
	}
	s.ln = ln
	s.Addr = ln.Addr().String()
	s.srv = imapserver.New(opts)
	go s.srv.Serve(s.ln)
	t.Cleanup(func() { s.srv.Close() })
	return s
}

type quietLogger struct{}

func (quietLogger) Printf(string, ...any) {}

// Append adds a message to mailbox and returns its UID.
func (s *Server) Append(t testing.TB, mailbox string, msg []byte) imap.UID {
	t.Helper()
	data, err := s.user.Append(mailbox, literal{bytes.NewReader(msg)}, &imap.AppendOptions{Time: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("append to %s: %v", mailbox, err)
	}
	return data.UID
}

// AppendAt adds a message with the given internal date.
func (s *Server) AppendAt(t testing.TB, mailbox string, msg []byte, date time.Time) imap.UID {
	t.Helper()
	data, err := s.user.Append(mailbox, literal{bytes.NewReader(msg)}, &imap.AppendOptions{Time: date})
	if err != nil {
		t.Fatalf("append to %s: %v", mailbox, err)
	}
	return data.UID
}

type literal struct{ *bytes.Reader }

func (l literal) Size() int64 { return l.Reader.Size() }

// Recreate deletes mailbox and creates it again, empty, with a new
// UIDVALIDITY.
func (s *Server) Recreate(t testing.TB, mailbox string) {
	t.Helper()
	if err := s.user.Delete(mailbox); err != nil {
		t.Fatal(err)
	}
	if err := s.user.Create(mailbox, nil); err != nil {
		t.Fatal(err)
	}
}

// Create creates a mailbox.
func (s *Server) Create(t testing.TB, mailbox string) {
	t.Helper()
	if err := s.user.Create(mailbox, nil); err != nil {
		t.Fatal(err)
	}
}

// UIDValidity returns the UIDVALIDITY of mailbox.
func (s *Server) UIDValidity(t testing.TB, mailbox string) uint32 {
	t.Helper()
	st, err := s.user.Status(mailbox, &imap.StatusOptions{UIDValidity: true})
	if err != nil {
		t.Fatal(err)
	}
	return st.UIDValidity
}

// Message is a message as the server holds it.
type Message struct {
	UID   imap.UID
	Flags []imap.Flag
	Body  []byte
}

// Seen tells whether the message has \Seen.
func (m *Message) Seen() bool { return m.Has(imap.FlagSeen) }

// Has tells whether the message has flag.
func (m *Message) Has(flag imap.Flag) bool {
	for _, f := range m.Flags {
		if strings.EqualFold(string(f), string(flag)) {
			return true
		}
	}
	return false
}

// Messages returns the messages of mailbox ("nil" if it does not exist),
// in UID order, read over a connection of its own (which the fault
// injection leaves alone).
func (s *Server) Messages(t testing.TB, mailbox string) []Message {
	t.Helper()
	s.mu.Lock()
	drops, nilBodies, noSizes := s.drops, s.nilBodies, s.noSizes
	s.drops, s.nilBodies, s.noSizes = 0, nil, nil
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.drops += drops
		s.nilBodies, s.noSizes = nilBodies, noSizes
		s.mu.Unlock()
	}()
	var c *imapclient.Client
	var err error
	if s.Roots != nil {
		c, err = s.dialTLS()
	} else {
		c, err = imapclient.DialInsecure(s.Addr, nil)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		var ie *imap.Error
		if errors.As(err, &ie) && ie.Code == imap.ResponseCodeNonExistent {
			return nil
		}
		t.Fatalf("select %s: %v", mailbox, err)
	}
	if sel.NumMessages == 0 {
		return []Message{}
	}
	msgs, err := c.Fetch(imap.SeqSet{imap.SeqRange{Start: 1, Stop: 0}}, &imap.FetchOptions{
		UID: true, Flags: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	}).Collect()
	if err != nil {
		t.Fatalf("fetch %s: %v", mailbox, err)
	}
	out := []Message{}
	for _, m := range msgs {
		var body []byte
		for _, b := range m.BodySection {
			body = b.Bytes
		}
		out = append(out, Message{UID: m.UID, Flags: m.Flags, Body: body})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].UID < out[j].UID })
	return out
}

func (s *Server) dialTLS() (*imapclient.Client, error) {
	// The server may be implicit TLS or STARTTLS: try implicit first.
	tc := &tls.Config{RootCAs: s.Roots, ServerName: "127.0.0.1"}
	conn, err := net.DialTimeout("tcp", s.Addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	tlsConn := tls.Client(conn, tc)
	if err := tlsConn.Handshake(); err == nil {
		conn.SetDeadline(time.Time{})
		return imapclient.New(tlsConn, nil), nil
	}
	conn.Close()
	return imapclient.DialStartTLS(s.Addr, &imapclient.Options{TLSConfig: tc})
}

// DropFetches makes the server hang up on the next n connections that
// fetch message bodies, after writing after bytes of the FETCH answer.
// It works only without TLS.
func (s *Server) DropFetches(n int, after int64) {
	s.mu.Lock()
	s.drops, s.dropAfter = n, after
	s.mu.Unlock()
}

// NilBodies makes the server answer BODY[] NIL for the messages of uids
// (as Dovecot does for a message another client has just moved), on
// every connection but that of Messages. It works only without TLS.
func (s *Server) NilBodies(uids ...imap.UID) {
	s.mu.Lock()
	s.nilBodies = imap.UIDSetNum(uids...)
	s.mu.Unlock()
}

// HideSizes makes the server leave the messages of uids out of its answer
// to a FETCH of RFC822.SIZE, on every connection but that of Messages. It
// works only without TLS.
func (s *Server) HideSizes(uids ...imap.UID) {
	s.mu.Lock()
	s.noSizes = imap.UIDSetNum(uids...)
	s.mu.Unlock()
}

// Expunge deletes the messages of uids from mailbox, over a connection of
// its own.
func (s *Server) Expunge(t testing.TB, mailbox string, uids ...imap.UID) {
	t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	set := imap.UIDSetNum(uids...)
	if err := c.Login(s.User, s.Password).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select(mailbox, nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if err := c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.UIDExpunge(set).Close(); err != nil {
		t.Fatal(err)
	}
}

// Conns returns the number of connections accepted so far.
func (s *Server) Conns() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns
}

// Close stops the server and closes every connection.
func (s *Server) Close() { s.srv.Close() }

type faultListener struct {
	net.Listener
	s *Server
}

func (l *faultListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	fc := &faultConn{Conn: c, s: l.s, left: -1}
	l.s.mu.Lock()
	l.s.conns++
	if l.s.live == nil {
		l.s.live = map[*faultConn]bool{}
	}
	l.s.live[fc] = true
	l.s.mu.Unlock()
	return fc, nil
}

func (c *faultConn) Close() error {
	c.s.mu.Lock()
	delete(c.s.live, c)
	c.s.mu.Unlock()
	return c.Conn.Close()
}

// HangUp closes every open connection, as a server does on an idle
// timeout or a restart; new ones are accepted.
func (s *Server) HangUp() {
	s.mu.Lock()
	var conns []*faultConn
	for c := range s.live {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// faultConn watches the client's commands; after a body FETCH, if the
// server is set to drop, it hangs up once it has written the given bytes.
type faultConn struct {
	net.Conn
	s    *Server
	mu   sync.Mutex
	left int64 // bytes to write before hanging up; <0: not armed
	line []byte

	// The rewriting of answers (NilBodies, HideSizes): the server's
	// output is cut into lines and literals.
	out     []byte // a line not yet whole
	literal int64  // bytes of a literal still to pass on
	skip    bool   // drop that literal
}

func (c *faultConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	// The client sends a command in one write: on loopback it comes in
	// one read.
	for n > 0 && err == nil && c.answerID(p[:n]) {
		n, err = c.Conn.Read(p)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.line = append(c.line, p[:n]...)
	if len(c.line) > 4096 {
		c.line = c.line[len(c.line)-4096:]
	}
	if c.left < 0 && bytes.Contains(bytes.ToUpper(c.line), []byte("BODY.PEEK[]")) {
		c.line = nil
		c.s.mu.Lock()
		if c.s.drops > 0 {
			c.s.drops--
			c.left = c.s.dropAfter
		}
		c.s.mu.Unlock()
	}
	return n, err
}

// Patterns of the answers the server rewrites.
var (
	bodyLine = regexp.MustCompile(`UID (\d+) BODY\[\] \{(\d+)\}\r\n$`)
	capLine  = regexp.MustCompile(`CAPABILITY (IMAP4rev[12])`)
	sizeLine = regexp.MustCompile(`^\* \d+ FETCH \(UID (\d+) RFC822\.SIZE \d+\)\r\n$`)
)

func (c *faultConn) Write(p []byte) (int, error) {
	c.s.mu.Lock()
	nilBodies, noSizes := c.s.nilBodies, c.s.noSizes
	c.s.mu.Unlock()
	if c.s.idMode != "none" && len(c.out) == 0 && c.literal == 0 && capLine.Match(p) {
		// The memory server does not know ID: add it to its capabilities.
		if _, err := c.Conn.Write(capLine.ReplaceAll(p, []byte("CAPABILITY $1 ID"))); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	if len(nilBodies) > 0 || len(noSizes) > 0 || len(c.out) > 0 || c.literal > 0 {
		return c.rewrite(p, nilBodies, noSizes)
	}
	c.mu.Lock()
	left := c.left
	if left >= 0 {
		if int64(len(p)) > left {
			c.left = 0
			c.mu.Unlock()
			c.Conn.Write(p[:left])
			c.Conn.Close()
			return int(left), io.ErrClosedPipe
		}
		c.left -= int64(len(p))
	}
	c.mu.Unlock()
	return c.Conn.Write(p)
}

// rewrite writes p with the answers about nilBodies and noSizes changed:
// it passes on whole lines and literals only.
func (c *faultConn) rewrite(p []byte, nilBodies, noSizes imap.UIDSet) (int, error) {
	var w []byte
	for rest := p; len(rest) > 0; {
		if c.literal > 0 {
			n := min(int64(len(rest)), c.literal)
			if !c.skip {
				w = append(w, rest[:n]...)
			}
			rest, c.literal = rest[n:], c.literal-n
			continue
		}
		i := bytes.Index(rest, []byte("\r\n"))
		if i < 0 {
			c.out = append(c.out, rest...)
			break
		}
		line := append(c.out, rest[:i+2]...)
		c.out, rest = nil, rest[i+2:]
		if m := bodyLine.FindSubmatchIndex(line); m != nil {
			uid, _ := strconv.ParseUint(string(line[m[2]:m[3]]), 10, 32)
			size, _ := strconv.ParseInt(string(line[m[4]:m[5]]), 10, 64)
			c.literal, c.skip = size, nilBodies.Contains(imap.UID(uid))
			if c.skip {
				line = append(line[:m[4]-1:m[4]-1], "NIL"...)
			}
		} else if m := sizeLine.FindSubmatch(line); m != nil {
			uid, _ := strconv.ParseUint(string(m[1]), 10, 32)
			if noSizes.Contains(imap.UID(uid)) {
				continue
			}
		}
		w = append(w, line...)
	}
	if _, err := c.Conn.Write(w); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Certificate makes a self-signed certificate for 127.0.0.1 and localhost,
// and a pool that trusts it.
func Certificate(t testing.TB) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "imaptest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool
}
