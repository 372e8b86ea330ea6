package imapfetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Message is one message of a Fetch.
type Message struct {
	UID  imap.UID
	Size int64 // RFC822.SIZE, in bytes
	// Body streams the message (BODY.PEEK[]: reading it does not set
	// \Seen). It is nil when TooLarge or Expunged. It is valid only until
	// the handler returns.
	Body io.Reader
	// TooLarge: Size is above Options.MaxSize, the body was not fetched.
	TooLarge bool
	// Expunged: the message was deleted by someone else after the search.
	Expunged bool
}

// A Handler reads one message. It returns commit, which Fetch calls once
// the body is known to have arrived whole (a dropped connection can cut a
// body short, and a parser may take a cut message for a whole one): only
// then may the handler write what it found, and only after commit
// succeeds is the message taken as handled. If the connection fails before
// commit, the message is fetched and handed over again after the
// reconnect.
//
// An error from the handler or from commit stops Fetch and is returned as
// it is (wrapped); it is not retried.
type Handler func(m *Message) (commit func() error, err error)

// ErrNotReturned is wrapped by the error of Fetch when the server answered
// a FETCH without some message that still exists.
var ErrNotReturned = errors.New("the server did not return the message")

// NotReturnedError names the messages that still exist but that the
// server did not return; it is ErrNotReturned to errors.Is.
type NotReturnedError struct{ UIDs []imap.UID }

func (e *NotReturnedError) Error() string {
	return fmt.Sprintf("UID %s: %v", imap.UIDSetNum(e.UIDs...), ErrNotReturned)
}

func (e *NotReturnedError) Is(target error) bool { return target == ErrNotReturned }

// Fetch hands every message of uids (in ascending order) to h, in batches
// of Options.BatchSize UIDs: first the sizes of the batch (RFC822.SIZE),
// then the bodies of those not too large, streamed one at a time. When the
// connection drops, Fetch dials again and goes on with the messages not
// yet handled.
//
// When ctx is cancelled, the message being handled is finished (and
// committed); then Fetch closes the connection and returns ctx's error.
func (s *Session) Fetch(ctx context.Context, uids []imap.UID, h Handler) error {
	uids = append([]imap.UID(nil), uids...)
	sort.Slice(uids, func(i, j int) bool { return uids[i] < uids[j] })

	// On cancel, close the connection unless a message is being handled:
	// that one finishes, and the loop stops after it.
	stop := context.AfterFunc(ctx, func() {
		s.mu.Lock()
		raw, busy := s.raw, s.busy
		s.mu.Unlock()
		if raw != nil && !busy {
			raw.Close()
		}
	})
	defer stop()

	handled := make(map[imap.UID]bool)
	var missing []imap.UID
	for start := 0; start < len(uids); start += s.opts.BatchSize {
		end := min(start+s.opts.BatchSize, len(uids))
		batch := uids[start:end]
		err := s.do(ctx, "fetching", func(c *imapclient.Client) error {
			var todo []imap.UID
			for _, u := range batch {
				if !handled[u] {
					todo = append(todo, u)
				}
			}
			if len(todo) == 0 {
				return nil
			}
			miss, err := s.fetchBatch(ctx, c, todo, h, handled)
			missing = append(missing, miss...)
			return err
		})
		if err != nil {
			return err
		}
	}
	if len(missing) > 0 {
		return &NotReturnedError{UIDs: missing}
	}
	return nil
}

// fetchBatch fetches the messages of todo that are not yet handled, and
// returns those that the server left out of its answer but that still
// exist.
func (s *Session) fetchBatch(ctx context.Context, c *imapclient.Client, todo []imap.UID, h Handler, handled map[imap.UID]bool) ([]imap.UID, error) {
	sizes, err := s.fetchSizes(c, todo)
	if err != nil {
		return nil, err
	}

	// A message left out of the answer was expunged since the search, or
	// the server failed to say: settle asks which. Large ones are handed
	// over without their bodies, in UID order among the rest.
	var unsized, small, large []imap.UID
	for _, u := range todo {
		size, ok := sizes[u]
		switch {
		case !ok:
			unsized = append(unsized, u)
		case size > s.opts.MaxSize:
			large = append(large, u)
		default:
			small = append(small, u)
		}
	}
	missing, err := s.settle(ctx, c, unsized, h, handled)
	if err != nil {
		return nil, err
	}
	handleLarge := func(below imap.UID) error {
		for len(large) > 0 && (below == 0 || large[0] < below) {
			u := large[0]
			large = large[1:]
			m := &Message{UID: u, Size: sizes[u], TooLarge: true}
			if err := s.handle(ctx, m, nil, h, handled); err != nil {
				return err
			}
		}
		return nil
	}
	if len(small) == 0 {
		return missing, handleLarge(0)
	}

	cmd := c.Fetch(imap.UIDSetNum(small...), &imap.FetchOptions{
		UID:         true,
		BodySection: []*imap.FetchItemBodySection{{Peek: true}},
	})
	abort := func(err error) ([]imap.UID, error) {
		s.hangUp()
		var be *bodyError
		if !errors.As(err, &be) {
			// Every literal so far was read whole: reading the rest of
			// the answer from the closed connection fails fast and lets
			// the client's reader stop. After a body that failed, the
			// client's reader has gone on by itself, and reading that
			// body again would race with it.
			cmd.Close()
		}
		return nil, err
	}
	seen := make(map[imap.UID]bool, len(small))
	for {
		if err := ctx.Err(); err != nil {
			return abort(err)
		}
		msg := cmd.Next()
		if msg == nil {
			break
		}
		var (
			uid  imap.UID
			body []byte // a body that came before the UID
			got  bool
		)
		for item := msg.Next(); item != nil; item = msg.Next() {
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataBodySection:
				if got || !isWholeBody(it.Section) {
					continue
				}
				if it.Literal == nil {
					// BODY[] NIL: the server could not give the message,
					// which another client has most likely just moved or
					// deleted. It is no empty message: settle asks.
					continue
				}
				var lit imap.LiteralReader = it.Literal
				if uid == 0 {
					// Servers send the UID first; should one not, keep
					// the body (no larger than MaxSize) until it comes.
					b, err := readLiteral(lit, s.opts.MaxSize)
					if err != nil {
						return abort(&bodyError{uid, err})
					}
					body = b
					continue
				}
				got = true
				if !seen[uid] && !handled[uid] && sizes[uid] <= s.opts.MaxSize {
					if err := handleLarge(uid); err != nil {
						return abort(err)
					}
					m := &Message{UID: uid, Size: sizes[uid]}
					if err := s.handle(ctx, m, lit, h, handled); err != nil {
						return abort(err)
					}
				}
				seen[uid] = true
			}
		}
		if !got && body != nil && uid != 0 && !seen[uid] && !handled[uid] {
			if err := handleLarge(uid); err != nil {
				return abort(err)
			}
			m := &Message{UID: uid, Size: sizes[uid]}
			if err := s.handle(ctx, m, bytesLiteral{bytes.NewReader(body)}, h, handled); err != nil {
				return abort(err)
			}
			seen[uid] = true
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("UID FETCH: %w", err)
	}
	if err := handleLarge(0); err != nil {
		return nil, err
	}

	// A message left out of the answer (or answered with a NIL body) was
	// expunged meanwhile, or the server sent it in a way the client could
	// not follow: ask which.
	var left []imap.UID
	for _, u := range small {
		if !seen[u] && !handled[u] {
			left = append(left, u)
		}
	}
	still, err := s.settle(ctx, c, left, h, handled)
	return append(missing, still...), err
}

// settle handles the messages of uids that no longer exist as expunged,
// and returns those that still do: the server left them out of an answer
// for no reason it gave, and they are not handled.
func (s *Session) settle(ctx context.Context, c *imapclient.Client, uids []imap.UID, h Handler, handled map[imap.UID]bool) ([]imap.UID, error) {
	if len(uids) == 0 {
		return nil, nil
	}
	set := imap.UIDSetNum(uids...)
	data, err := c.UIDSearch(&imap.SearchCriteria{UID: []imap.UIDSet{set}}, nil).Wait()
	if err != nil {
		return nil, fmt.Errorf("UID SEARCH UID %s: %w", set, err)
	}
	found, _ := data.All.(imap.UIDSet)
	var still []imap.UID
	for _, u := range uids {
		if found.Contains(u) {
			still = append(still, u)
			continue
		}
		if err := s.handle(ctx, &Message{UID: u, Expunged: true}, nil, h, handled); err != nil {
			return nil, err
		}
	}
	return still, nil
}

// fetchSizes returns the RFC822.SIZE of each message of uids that exists.
func (s *Session) fetchSizes(c *imapclient.Client, uids []imap.UID) (map[imap.UID]int64, error) {
	cmd := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, RFC822Size: true})
	sizes := make(map[imap.UID]int64, len(uids))
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		buf, err := msg.Collect()
		if err != nil {
			cmd.Close()
			return nil, fmt.Errorf("UID FETCH RFC822.SIZE: %w", err)
		}
		if buf.UID != 0 {
			sizes[buf.UID] = buf.RFC822Size
		}
	}
	if err := cmd.Close(); err != nil {
		return nil, fmt.Errorf("UID FETCH RFC822.SIZE: %w", err)
	}
	return sizes, nil
}

// handle hands m to h with the body lit (nil for none), checks that the
// body arrived whole, and commits.
func (s *Session) handle(ctx context.Context, m *Message, lit imap.LiteralReader, h Handler, handled map[imap.UID]bool) error {
	s.mu.Lock()
	s.busy = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.busy = false
		s.mu.Unlock()
	}()

	var body *countingReader
	if lit != nil {
		body = &countingReader{r: lit, size: lit.Size()}
		m.Body = body
	}
	commit, err := h(m)
	if body != nil {
		// Read the literal to its end, whatever the handler left: the
		// client reads the next item only then, and only a whole body
		// may be committed.
		if werr := body.finish(); werr != nil {
			return &bodyError{m.UID, werr}
		}
		m.Body = nil
	}
	if err != nil {
		return &handlerError{fmt.Errorf("message UID %d: %w", m.UID, err)}
	}
	if commit != nil {
		if err := commit(); err != nil {
			return &handlerError{fmt.Errorf("message UID %d: %w", m.UID, err)}
		}
	}
	handled[m.UID] = true
	s.progress++
	return nil
}

// bodyError is a message body that could not be read whole: the
// connection failed.
type bodyError struct {
	uid imap.UID
	err error
}

func (e *bodyError) Error() string { return fmt.Sprintf("reading message UID %d: %v", e.uid, e.err) }
func (e *bodyError) Unwrap() error { return e.err }

// countingReader reads a literal and remembers whether it was read whole.
// Once the literal has ended or failed it is not read again: the client's
// reader goes on with the connection then.
type countingReader struct {
	r     io.Reader
	size  int64
	n     int64
	ended bool  // the literal returned an error (io.EOF included)
	err   error // that error, if not io.EOF
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.ended {
		if c.err != nil {
			return 0, c.err
		}
		return 0, io.EOF
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil {
		c.ended = true
		if err != io.EOF {
			c.err = err
		}
	}
	return n, err
}

// finish reads what is left and tells whether the body came whole.
func (c *countingReader) finish() error {
	if !c.ended {
		io.Copy(io.Discard, c)
	}
	if c.err != nil {
		return c.err
	}
	if c.n != c.size {
		return fmt.Errorf("body cut short: %d of %d bytes: %w", c.n, c.size, io.ErrUnexpectedEOF)
	}
	return nil
}

// readLiteral reads a literal of at most max bytes into memory.
func readLiteral(lit imap.LiteralReader, max int64) ([]byte, error) {
	if lit.Size() > max {
		io.Copy(io.Discard, lit)
		return nil, fmt.Errorf("message body of %d bytes, above the limit of %d", lit.Size(), max)
	}
	b := make([]byte, 0, lit.Size())
	buf := bytes.NewBuffer(b)
	n, err := io.Copy(buf, lit)
	if err != nil {
		return nil, err
	}
	if n != lit.Size() {
		return nil, fmt.Errorf("body cut short: %d of %d bytes: %w", n, lit.Size(), io.ErrUnexpectedEOF)
	}
	return buf.Bytes(), nil
}

// isWholeBody tells whether sec is BODY[] (the whole message).
func isWholeBody(sec *imap.FetchItemBodySection) bool {
	return sec == nil || (sec.Specifier == imap.PartSpecifierNone && len(sec.Part) == 0 && sec.Partial == nil)
}

type bytesLiteral struct{ *bytes.Reader }

func (b bytesLiteral) Size() int64 { return b.Reader.Size() }
