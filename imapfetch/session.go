package imapfetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"sort"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Options configure a Session.
type Options struct {
	Server      Server
	Credentials Credentials
	Mailbox     string // default INBOX

	// BatchSize is the number of messages a UID FETCH asks for (default
	// 200).
	BatchSize int
	// MaxSize is the largest message fetched, in bytes (default 64 MiB).
	// Larger ones are handed over with TooLarge set, unread.
	MaxSize int64

	// Retries is how many times a failed connection is dialled again
	// before giving up (default 3; negative: none). The count starts
	// afresh once a message has been handled since the last failure.
	Retries int
	// Backoff is the wait before the first retry (default 1s); it doubles
	// for each retry after it.
	Backoff time.Duration

	// NoID turns off the IMAP ID command (RFC 2971) sent after login. It
	// is on by default: NetEase (163, 126, yeah.net) refuses SELECT
	// without it, and a server that lacks or refuses it is not troubled.
	NoID bool

	// Logf, if set, receives notices: reconnects, fallbacks.
	Logf func(format string, args ...any)
}

func (o *Options) withDefaults() Options {
	c := *o
	if c.Mailbox == "" {
		c.Mailbox = "INBOX"
	}
	if c.BatchSize <= 0 {
		c.BatchSize = 200
	}
	if c.MaxSize <= 0 {
		c.MaxSize = 64 << 20
	}
	if c.Retries == 0 {
		c.Retries = 3
	} else if c.Retries < 0 {
		c.Retries = 0
	}
	if c.Backoff <= 0 {
		c.Backoff = time.Second
	}
	if c.Logf == nil {
		c.Logf = func(string, ...any) {}
	}
	return c
}

// A Session is a logged-in connection with a mailbox selected. When the
// connection drops, the next operation dials again, selects the mailbox
// again, and checks that its UIDVALIDITY has not changed.
//
// A Session is not safe for concurrent use.
type Session struct {
	opts Options

	mu   sync.Mutex // guards c, raw and busy against a cancelling context
	c    *imapclient.Client
	raw  net.Conn // c's connection
	busy bool     // a message is being handled: do not hang up under it

	uidValidity uint32
	uidNext     imap.UID // as the last SELECT said; 0: not said
	progress    int      // messages handled so far: resets the retry count
}

// UIDValidityError says that the mailbox's UIDVALIDITY changed while a
// session was open: its UIDs no longer name the same messages.
type UIDValidityError struct {
	Mailbox  string
	Old, New uint32
}

func (e *UIDValidityError) Error() string {
	return fmt.Sprintf("mailbox %q: UIDVALIDITY changed from %d to %d during the run", e.Mailbox, e.Old, e.New)
}

// Open dials the server, logs in and selects the mailbox, retrying a
// failed connection as Options say.
func Open(ctx context.Context, opts Options) (*Session, error) {
	s := &Session{opts: opts.withDefaults()}
	if err := s.opts.Server.Check(); err != nil {
		return nil, err
	}
	err := s.do(ctx, "connecting", func(*imapclient.Client) error { return nil })
	if err != nil {
		return nil, err
	}
	return s, nil
}

// UIDValidity is the UIDVALIDITY of the selected mailbox.
func (s *Session) UIDValidity() uint32 { return s.uidValidity }

// UIDNext is the UIDNEXT of the selected mailbox when it was last
// selected (0 if the server did not say): every UID the server has given
// out is below it.
func (s *Session) UIDNext() imap.UID { return s.uidNext }

// Close logs out and closes the connection.
func (s *Session) Close() error {
	s.mu.Lock()
	c := s.c
	s.mu.Unlock()
	if c == nil {
		return nil
	}
	done := make(chan error, 1)
	go func() { done <- c.Logout().Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(5 * time.Second):
	}
	s.drop()
	return err
}

// hangUp closes the connection under the client without waiting for it:
// whatever reads from it next fails.
func (s *Session) hangUp() {
	s.mu.Lock()
	raw := s.raw
	s.mu.Unlock()
	if raw != nil {
		raw.Close()
	}
}

// conn returns the live connection, dialling and selecting if needed.
func (s *Session) conn(ctx context.Context) (*imapclient.Client, error) {
	s.mu.Lock()
	c := s.c
	s.mu.Unlock()
	if c != nil {
		select {
		case <-c.Closed():
			// The server hung up between commands (an idle timeout, a
			// restart): say so, as a failure during a command is.
			s.opts.Logf("the connection to %s was closed; dialling again", s.opts.Server.Addr())
			s.drop()
		default:
			return c, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, raw, err := dial(ctx, &s.opts.Server, s.opts.Credentials, s.opts.NoID, s.opts.Logf, clientOptions())
	if err != nil {
		return nil, err
	}
	data, err := c.Select(s.opts.Mailbox, &imap.SelectOptions{ReadOnly: false}).Wait()
	if err != nil {
		raw.Close()
		go c.Close()
		return nil, fmt.Errorf("selecting mailbox %q: %w", s.opts.Mailbox, err)
	}
	if s.uidValidity != 0 && data.UIDValidity != s.uidValidity {
		raw.Close()
		go c.Close()
		return nil, &UIDValidityError{Mailbox: s.opts.Mailbox, Old: s.uidValidity, New: data.UIDValidity}
	}
	s.uidValidity = data.UIDValidity
	s.uidNext = data.UIDNext
	s.mu.Lock()
	s.c, s.raw = c, raw
	s.mu.Unlock()
	return c, nil
}

// drop closes the connection, if any; the next operation dials again. It
// does not wait for the client's reader, which may be stuck on a literal
// nobody reads.
func (s *Session) drop() {
	s.mu.Lock()
	c, raw := s.c, s.raw
	s.c, s.raw = nil, nil
	s.mu.Unlock()
	if raw != nil {
		raw.Close()
	}
	if c != nil {
		go c.Close()
	}
}

// do runs op on a live connection. When the connection fails it dials
// again after a back-off and runs op again, at most Retries times in a
// row (a handled message resets the count). op must be safe to run again:
// it picks up where the last try stopped.
func (s *Session) do(ctx context.Context, what string, op func(*imapclient.Client) error) error {
	tries := 0
	for {
		before := s.progress
		c, err := s.conn(ctx)
		if err == nil {
			err = op(c)
			if err == nil {
				return nil
			}
		}
		if ctx.Err() != nil {
			s.drop()
			return ctx.Err()
		}
		if !retryable(err) {
			if isConnError(err) {
				s.drop()
			}
			return err
		}
		s.drop()
		if s.progress != before {
			tries = 0
		}
		if tries >= s.opts.Retries {
			if tries == 0 {
				return fmt.Errorf("%s: %w", what, err)
			}
			return fmt.Errorf("%s: giving up after %d retries: %w", what, tries, err)
		}
		delay := s.opts.Backoff << tries
		tries++
		s.opts.Logf("%s: %v; retrying in %v (%d of %d)", what, err, delay, tries, s.opts.Retries)
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// handlerError carries an error of the caller's handler: never retried.
type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }
func (e *handlerError) Unwrap() error { return e.err }

// retryable tells whether err is a failed connection, which dialling again
// may cure, rather than a refusal that would come again.
func retryable(err error) bool {
	var (
		he  *handlerError
		le  *LoginError
		ue  *UIDValidityError
		ie  *imap.Error
		ce  *tls.CertificateVerificationError
		uae x509.UnknownAuthorityError
		hne x509.HostnameError
		cie x509.CertificateInvalidError
		rhe tls.RecordHeaderError
		fe  *ConfigError
	)
	switch {
	case err == nil, errors.Is(err, context.Canceled):
		return false
	case errors.As(err, &he), errors.As(err, &le), errors.As(err, &ue), errors.As(err, &fe):
		return false
	case errors.As(err, &ce), errors.As(err, &uae), errors.As(err, &hne), errors.As(err, &cie), errors.As(err, &rhe):
		return false
	case errors.As(err, &ie):
		// NO and BAD answer the command; BYE is the server hanging up.
		return ie.Type == imap.StatusResponseTypeBye
	}
	return true
}

// isConnError tells whether err leaves the connection unusable.
func isConnError(err error) bool {
	var ie *imap.Error
	var he *handlerError
	return !errors.As(err, &ie) && !errors.As(err, &he)
}

// Query selects messages by UID and date.
type Query struct {
	// After selects the UIDs above it (0: all).
	After imap.UID
	// Since, if not zero, selects the messages whose internal date is on
	// or after its day.
	Since time.Time
}

// Search returns the UIDs of the messages q selects, in ascending order.
func (s *Session) Search(ctx context.Context, q Query) ([]imap.UID, error) {
	var uids []imap.UID
	err := s.do(ctx, "searching", func(c *imapclient.Client) error {
		crit := &imap.SearchCriteria{}
		if q.After > 0 {
			crit.UID = []imap.UIDSet{{imap.UIDRange{Start: q.After + 1, Stop: 0}}}
		}
		if !q.Since.IsZero() {
			crit.Since = q.Since
		}
		var opts *imap.SearchOptions
		if caps := c.Caps(); caps.Has(imap.CapESearch) || caps.Has(imap.CapIMAP4rev2) {
			opts = &imap.SearchOptions{ReturnAll: true}
		}
		data, err := c.UIDSearch(crit, opts).Wait()
		if err != nil {
			return fmt.Errorf("UID SEARCH: %w", err)
		}
		set, _ := data.All.(imap.UIDSet)
		if set.Dynamic() {
			return errors.New("UID SEARCH: the server answered with a range ending in *")
		}
		all, _ := set.Nums()
		uids = uids[:0]
		for _, u := range all {
			if u > q.After {
				uids = append(uids, u)
			}
		}
		return nil
	})
	sort.Slice(uids, func(i, j int) bool { return uids[i] < uids[j] })
	return uids, err
}
