package imapfetch

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-sasl"
)

// TLSMode says how a connection is protected.
type TLSMode string

// The TLS modes.
const (
	TLSImplicit TLSMode = "implicit" // TLS from the first byte (port 993)
	TLSStartTLS TLSMode = "starttls" // STARTTLS after the greeting (port 143)
	TLSNone     TLSMode = "none"     // no TLS: loopback only, unless allowed
)

// TLSModes lists the modes ParseTLSMode accepts; the first is the default.
var TLSModes = []TLSMode{TLSImplicit, TLSStartTLS, TLSNone}

// ParseTLSMode returns the mode named s.
func ParseTLSMode(s string) (TLSMode, error) {
	for _, m := range TLSModes {
		if strings.EqualFold(s, string(m)) {
			return m, nil
		}
	}
	return "", fmt.Errorf("unknown TLS mode %q (want implicit, starttls or none)", s)
}

// DefaultPort is the IMAP port of a TLS mode: 993 for implicit TLS, 143
// otherwise.
func (m TLSMode) DefaultPort() int {
	if m == TLSImplicit {
		return 993
	}
	return 143
}

// Server is where to connect and how.
type Server struct {
	Host string  // a name or an IP address, without brackets
	Port int     // 0: the default port of TLS
	TLS  TLSMode // "" is TLSImplicit
	// TLSConfig verifies the server's certificate (RootCAs,
	// InsecureSkipVerify). ServerName defaults to Host. nil: the system
	// roots.
	TLSConfig *tls.Config
	// AllowPlaintext allows TLSNone for a host that is not loopback.
	AllowPlaintext bool
	// DialTimeout bounds connecting, the TLS handshake and the greeting
	// (default 30s).
	DialTimeout time.Duration
	// Debug, if set, receives the raw protocol, passwords included: for
	// debugging only.
	Debug io.Writer
}

// ParseServer reads "HOST", "HOST:PORT" or "[IPv6]:PORT" for a mode.
func ParseServer(s string, mode TLSMode) (Server, error) {
	if mode == "" {
		mode = TLSImplicit
	}
	srv := Server{TLS: mode}
	s = strings.TrimSpace(s)
	if s == "" {
		return srv, errors.New("empty server address")
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		// No port: a bare name, or a bare IPv6 address.
		host = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
		port = ""
	}
	if host == "" || strings.ContainsAny(host, " /@[]") {
		return srv, fmt.Errorf("bad server address %q", s)
	}
	if port != "" {
		p, err := strconv.Atoi(port)
		if err != nil || p < 1 || p > 65535 {
			return srv, fmt.Errorf("bad port in server address %q", s)
		}
		srv.Port = p
	}
	srv.Host = strings.ToLower(host)
	return srv, nil
}

func (s *Server) mode() TLSMode {
	if s.TLS == "" {
		return TLSImplicit
	}
	return s.TLS
}

// port is the port to dial.
func (s *Server) port() int {
	if s.Port != 0 {
		return s.Port
	}
	return s.mode().DefaultPort()
}

// Addr is host:port to dial.
func (s *Server) Addr() string {
	return net.JoinHostPort(s.Host, strconv.Itoa(s.port()))
}

// Check tells whether the settings are safe to use: a password is sent in
// clear only to a loopback host, unless AllowPlaintext.
func (s *Server) Check() error {
	if _, err := ParseTLSMode(string(s.mode())); err != nil {
		return &ConfigError{err.Error()}
	}
	if s.Host == "" {
		return &ConfigError{"no server host"}
	}
	if s.mode() == TLSNone && !s.AllowPlaintext && !IsLoopback(s.Host) {
		return &ConfigError{fmt.Sprintf("refusing to send the password or token in clear to %s: TLS mode none is for loopback hosts only unless plaintext is allowed", s.Host)}
	}
	return nil
}

// ConfigError is a setting that cannot work: retrying will not help.
type ConfigError struct{ Msg string }

func (e *ConfigError) Error() string { return e.Msg }

// IsLoopback tells whether host names this machine: "localhost", a name
// under .localhost, or a loopback IP address. Names are not resolved.
func IsLoopback(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip := net.ParseIP(strings.TrimSuffix(strings.TrimPrefix(h, "["), "]"))
	return ip != nil && ip.IsLoopback()
}

// dial connects, waits for the greeting and logs in. It returns the
// client and its TCP connection, which can be closed at any time without
// waiting for the client (imapclient's Close waits for its reader, which
// may itself wait for a literal to be read).
//
// After the login it sends the IMAP ID command unless noID.
func dial(ctx context.Context, srv *Server, cred Credentials, noID bool, logf func(string, ...any), opts *imapclient.Options) (*imapclient.Client, net.Conn, error) {
	if err := srv.Check(); err != nil {
		return nil, nil, err
	}
	timeout := srv.DialTimeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	d := &net.Dialer{}
	conn, err := d.DialContext(dctx, "tcp", srv.Addr())
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to %s: %w", srv.Addr(), err)
	}
	// Bound the TLS handshake and the greeting; imapclient sets its own
	// deadlines from then on.
	if dl, ok := dctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	stop := context.AfterFunc(dctx, func() { conn.Close() })
	defer stop()

	tlsConfig := &tls.Config{MinVersion: tls.VersionTLS12}
	if srv.TLSConfig != nil {
		tlsConfig = srv.TLSConfig.Clone()
	}
	if tlsConfig.ServerName == "" {
		tlsConfig.ServerName = srv.Host
	}
	o := *opts
	o.TLSConfig = tlsConfig
	o.DebugWriter = srv.Debug

	var c *imapclient.Client
	switch srv.mode() {
	case TLSImplicit:
		tc := tls.Client(conn, tlsConfig)
		if err := tc.HandshakeContext(dctx); err != nil {
			conn.Close()
			return nil, nil, fmt.Errorf("TLS with %s: %w", srv.Addr(), err)
		}
		c = imapclient.New(tc, &o)
	case TLSStartTLS:
		c, err = imapclient.NewStartTLS(conn, &o)
		if err != nil {
			conn.Close()
			return nil, nil, fmt.Errorf("STARTTLS with %s: %w", srv.Addr(), err)
		}
	default:
		c = imapclient.New(conn, &o)
	}
	if err := c.WaitGreeting(); err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("greeting of %s: %w", srv.Addr(), err)
	}
	if !stop() {
		c.Close()
		return nil, nil, fmt.Errorf("connecting to %s: %w", srv.Addr(), context.Cause(dctx))
	}
	conn.SetDeadline(time.Time{})

	if err := login(ctx, c, srv, cred); err != nil {
		c.Close()
		return nil, nil, err
	}
	if !noID {
		sendID(c, logf)
	}
	return c, conn, nil
}

// login logs in with an OAuth2 token when the credentials have one, else
// with LOGIN, or AUTHENTICATE PLAIN where LOGIN is disabled.
func login(ctx context.Context, c *imapclient.Client, srv *Server, cred Credentials) error {
	if c.State() == imap.ConnStateAuthenticated {
		return nil // PREAUTH
	}
	if cred.Token != nil {
		return loginOAuth(ctx, c, srv, cred)
	}
	caps := c.Caps()
	var err error
	if caps.Has(imap.CapLoginDisabled) {
		if !caps.Has(imap.AuthCap(sasl.Plain)) {
			return fmt.Errorf("logging in as %s: the server disables LOGIN and offers no AUTH=PLAIN (is TLS required?)", cred.User)
		}
		err = c.Authenticate(sasl.NewPlainClient("", cred.User, cred.Password))
	} else {
		err = c.Login(cred.User, cred.Password).Wait()
	}
	if err != nil {
		return &LoginError{User: cred.User, Err: err}
	}
	return nil
}

// LoginError is a refused login: retrying will not help.
type LoginError struct {
	User string
	Err  error
}

func (e *LoginError) Error() string { return fmt.Sprintf("logging in as %s: %v", e.User, e.Err) }
func (e *LoginError) Unwrap() error { return e.Err }

// clientOptions are the imapclient options of every connection.
func clientOptions() *imapclient.Options {
	return &imapclient.Options{
		// Decode RFC 2047 words in any charset go-message knows (GB2312,
		// ISO-2022-JP …), not only UTF-8 and Latin-1.
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Sequence numbers are not used: UIDs are. Some servers
			// (go-imap's memory server after MOVE) even send a bogus
			// "* 0 EXPUNGE"; ignore them all.
			Expunge: func(uint32) {},
		},
	}
}
