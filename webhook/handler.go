package webhook

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bounce-analyzer/bounce/classify"
	"github.com/bounce-analyzer/bounce/esp"
	"github.com/bounce-analyzer/bounce/report"
)

// Config configures a Handler. Providers left nil are not served.
type Config struct {
	// Classifier decides the reasons (required).
	Classifier *classify.Classifier
	// Open returns the sinks for one request's records (required). Each
	// is written and then committed, or aborted, before the response.
	Open func() ([]report.Sink, error)

	SNS      *SNS
	SendGrid *SendGrid
	Mailgun  *Mailgun
	Postmark *Secret
	Brevo    *Secret

	// MaxBody bounds a request body; DefaultMaxBody when zero. SNS and
	// Mailgun bodies, which hold one message or event, are bounded by
	// the smaller DefaultMaxEventBody too.
	MaxBody int64
	// MaxInFlight bounds the bytes of all the bodies being read or held
	// at once (bodies are read before they can be authenticated);
	// DefaultMaxInFlight when zero. A request beyond it gets 503.
	MaxInFlight int64
	// Rate is the number of requests per second accepted on average, and
	// Burst how many may come at once; DefaultRate and DefaultBurst when
	// zero. Requests beyond them get 429.
	Rate  float64
	Burst int
	// Log receives one line per refused or failed request, and per
	// recorded batch; slog.Default() when nil.
	Log *slog.Logger
	// Now is the clock (tests); time.Now when nil.
	Now func() time.Time
}

// Defaults of Config.
const (
	DefaultMaxBody = 8 << 20 // SendGrid batches may hold thousands of events
	// DefaultMaxEventBody bounds the bodies of one message: an SNS
	// message is at most 256 KiB (its JSON escaping may grow it), a
	// Mailgun webhook carries one event.
	DefaultMaxEventBody = 1 << 20
	DefaultMaxInFlight  = 64 << 20
	DefaultRate         = 50
	DefaultBurst        = 100
)

// Handler is the webhook receiver; see the package documentation.
type Handler struct {
	cfg      Config
	log      *slog.Logger
	now      func() time.Time
	limit    *bucket
	sns      *snsVerifier
	mailgun  *seen        // tokens of recorded Mailgun requests
	sendgrid *seen        // signatures of recorded SendGrid requests
	snsIDs   *seen        // MessageIds of recorded SNS notifications
	inFlight atomic.Int64 // bytes of the bodies read and held now

	mu         sync.Mutex
	pending    []*job // requests waiting for the next commit
	committing bool   // a request is committing for the others
}

// New returns a Handler for cfg.
func New(cfg Config) (*Handler, error) {
	if cfg.Classifier == nil || cfg.Open == nil {
		return nil, errors.New("webhook: Config needs a Classifier and Open")
	}
	if cfg.SNS == nil && cfg.SendGrid == nil && cfg.Mailgun == nil && cfg.Postmark == nil && cfg.Brevo == nil {
		return nil, errors.New("webhook: no provider configured")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	if cfg.Rate <= 0 {
		cfg.Rate = DefaultRate
	}
	if cfg.Burst <= 0 {
		cfg.Burst = DefaultBurst
	}
	h := &Handler{cfg: cfg, log: cfg.Log, now: cfg.Now,
		mailgun: newSeen(), sendgrid: newSeen(), snsIDs: newSeen()}
	if h.log == nil {
		h.log = slog.Default()
	}
	if h.now == nil {
		h.now = time.Now
	}
	h.limit = newBucket(cfg.Rate, cfg.Burst, h.now)
	if cfg.SNS != nil {
		v, err := newSNSVerifier(cfg.SNS, h.now)
		if err != nil {
			return nil, err
		}
		h.sns = v
	}
	if cfg.SendGrid != nil && cfg.SendGrid.PublicKey == nil {
		return nil, errors.New("webhook: SendGrid needs a PublicKey")
	}
	if cfg.Mailgun != nil && cfg.Mailgun.SigningKey == "" {
		return nil, errors.New("webhook: Mailgun needs a SigningKey")
	}
	for name, s := range map[string]*Secret{"Postmark": cfg.Postmark, "Brevo": cfg.Brevo} {
		if s != nil && s.Token == "" && (s.User == "" || s.Password == "") {
			return nil, fmt.Errorf("webhook: %s needs a Token or a User and Password", name)
		}
	}
	return h, nil
}

// request is one authenticated request being recorded.
type request struct {
	provider string
	body     []byte
	// replay is the key under which the request is remembered once
	// recorded (a Mailgun token, a SendGrid signature), and until when.
	replay    *seen
	replayKey string
	until     time.Time
}

// errUnauthorized is the cause of a 401; its text goes to the log.
type errUnauthorized struct{ why string }

func (e errUnauthorized) Error() string { return e.why }

func unauthorized(format string, args ...any) error {
	return errUnauthorized{fmt.Sprintf(format, args...)}
}

// ServeHTTP serves the endpoints.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/healthz" && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		w.WriteHeader(http.StatusOK)
		return
	}
	provider := strings.Trim(r.URL.Path, "/")
	if provider == "sns" {
		provider = "ses"
	}
	if !h.serves(provider) {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	if !h.limit.take() {
		h.log.Warn("webhook: rate limit", "provider", provider, "remote", r.RemoteAddr)
		w.Header().Set("Retry-After", "1")
		http.Error(w, "too many requests", http.StatusTooManyRequests)
		return
	}
	limit := h.maxBody(provider)
	budget := &budgetReader{r: http.MaxBytesReader(w, r.Body, limit), total: &h.inFlight, max: h.cfg.MaxInFlight}
	defer budget.release()
	body, err := budget.readAll(min(r.ContentLength, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			h.log.Warn("webhook: body too large", "provider", provider, "remote", r.RemoteAddr, "limit", limit)
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		if errors.Is(err, errBusy) {
			h.log.Warn("webhook: too many bodies in flight", "provider", provider, "remote", r.RemoteAddr, "limit", h.cfg.MaxInFlight)
			w.Header().Set("Retry-After", "5")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		h.log.Warn("webhook: reading body", "provider", provider, "remote", r.RemoteAddr, "err", err)
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	req := &request{provider: provider, body: body}
	status, err := h.authenticate(r, req)
	if err == nil && status != 0 {
		// Answered without records: an SNS subscription, or a
		// notification recorded already.
		h.log.Info("webhook: answered", "provider", provider, "remote", r.RemoteAddr, "status", status)
		w.WriteHeader(status)
		return
	}
	if err == nil {
		status, err = h.record(req)
	}
	if err != nil {
		h.fail(w, r, provider, status, err)
		return
	}
	w.WriteHeader(status)
}

// fail answers a request that was refused or could not be recorded.
func (h *Handler) fail(w http.ResponseWriter, r *http.Request, provider string, status int, err error) {
	var ue errUnauthorized
	if errors.As(err, &ue) {
		// Never the body: it is the sender's data, and unproven.
		h.log.Warn("webhook: refused", "provider", provider, "remote", r.RemoteAddr, "why", err.Error())
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	if status == 0 {
		status = http.StatusServiceUnavailable // e.g. no certificate yet: retry
	}
	h.log.Error("webhook: "+provider, "remote", r.RemoteAddr, "err", err)
	http.Error(w, http.StatusText(status), status)
}

// maxBody is the bound of a provider's request bodies.
func (h *Handler) maxBody(provider string) int64 {
	switch provider {
	case "ses", "mailgun":
		return min(h.cfg.MaxBody, DefaultMaxEventBody)
	}
	return h.cfg.MaxBody
}

func (h *Handler) serves(provider string) bool {
	switch provider {
	case "ses":
		return h.cfg.SNS != nil
	case "sendgrid":
		return h.cfg.SendGrid != nil
	case "mailgun":
		return h.cfg.Mailgun != nil
	case "postmark":
		return h.cfg.Postmark != nil
	case "brevo":
		return h.cfg.Brevo != nil
	}
	return false
}

// authenticate checks r the way its provider documents. A non-zero
// status with a nil error answers the request without records.
func (h *Handler) authenticate(r *http.Request, req *request) (int, error) {
	switch req.provider {
	case "ses":
		return h.sns.handle(r.Context(), req, h.snsIDs)
	case "sendgrid":
		return recorded(req, h.now(), h.cfg.SendGrid.verify(r, req, h.now(), h.sendgrid))
	case "mailgun":
		return recorded(req, h.now(), h.cfg.Mailgun.verify(req, h.now(), h.mailgun))
	case "postmark":
		return 0, h.cfg.Postmark.verify(r)
	case "brevo":
		return 0, h.cfg.Brevo.verify(r)
	}
	return http.StatusNotFound, errors.New("no such provider")
}

// recorded answers 200 to an authenticated request that was recorded
// already: keys are remembered only after a commit, so the provider's
// first delivery is durable, and its 200 may merely have been lost.
func recorded(req *request, now time.Time, err error) (int, error) {
	if err == nil && req.replay != nil && req.replay.has(req.replayKey, now) {
		return http.StatusOK, nil
	}
	return 0, err
}

// record decodes, classifies and commits one batch. The records are
// durable when it returns 200.
func (h *Handler) record(req *request) (int, error) {
	msgs, errs, st, err := h.decode(bytes.NewReader(req.body), req.provider)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	for _, err := range errs {
		// Authenticated input: the error may quote a few bytes of it.
		h.log.Warn("webhook: bad event", "provider", req.provider, "err", err)
	}
	if len(msgs) == 0 && len(errs) > 0 {
		return http.StatusBadRequest, fmt.Errorf("no event could be read (%d errors)", len(errs))
	}

	n := 0
	for _, recs := range msgs {
		n += len(recs)
	}
	if err := h.commit(&job{req: req, msgs: msgs, done: make(chan error, 1)}); err != nil {
		var ue errUnauthorized
		if errors.As(err, &ue) {
			return http.StatusUnauthorized, err
		}
		return http.StatusInternalServerError, err
	}
	h.log.Info("webhook: recorded", "provider", req.provider, "events", st.Events, "records", n,
		"ignored", st.IgnoredTotal(), "errors", len(errs))
	return http.StatusOK, nil
}

// decode reads and classifies the events of a body: the records per event
// (as Sink.Write takes them) and the malformed events. Any other error
// (reading the body) ends it: the decoder would give it again for ever.
// Its loop is esp.Analyze's, but for the sources, named by message id.
func (h *Handler) decode(r io.Reader, provider string) ([][]classify.Record, []error, esp.Stats, error) {
	d := esp.NewDecoder(r, provider+" webhook")
	var msgs [][]classify.Record
	var errs []error
	for {
		ev, err := d.Next()
		if err == io.EOF {
			return msgs, errs, d.Stats(), nil
		}
		var de *esp.DecodeError
		if errors.As(err, &de) {
			errs = append(errs, err)
			continue
		}
		if err != nil {
			return nil, nil, d.Stats(), fmt.Errorf("reading the %s webhook body: %w", provider, err)
		}
		msgs = append(msgs, esp.Classify(h.cfg.Classifier, &ev, source(&ev)))
	}
}

// job is one request's records waiting for a commit.
type job struct {
	req  *request
	msgs [][]classify.Record
	done chan error
	// lead tells a waiting job to commit what is pending.
	lead chan struct{}
}

// commit makes j's records durable. The requests that arrive while a
// commit runs are committed together by the next one: under load the
// sinks are opened and synced once for many requests, not once each. A
// request commits at most one group, what was pending when it took the
// lead, and then hands the lead to the first request still waiting, so
// that no answer waits on the requests that came after it.
func (h *Handler) commit(j *job) error {
	j.lead = make(chan struct{}, 1)
	h.mu.Lock()
	h.pending = append(h.pending, j)
	if !h.committing {
		h.committing = true
		j.lead <- struct{}{}
	}
	h.mu.Unlock()
	for {
		select {
		case err := <-j.done:
			return err
		case <-j.lead:
			h.lead()
		}
	}
}

// lead commits the pending jobs, then hands the lead on.
func (h *Handler) lead() {
	h.mu.Lock()
	group := h.pending
	h.pending = nil
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if len(h.pending) > 0 {
			h.pending[0].lead <- struct{}{}
		} else {
			h.committing = false
		}
	}()
	h.commitGroup(group)
}

// commitGroup writes and commits the records of jobs, then answers each.
// A request recorded already (by an earlier commit) is answered without
// writing it again; one that comes twice in the group is written once
// and both get the outcome of that write.
func (h *Handler) commitGroup(jobs []*job) {
	now := h.now()
	var keep, dups []*job
	inGroup := map[string]bool{}
	for _, j := range jobs {
		r := j.req
		if r.replay != nil {
			k := r.provider + "\x00" + r.replayKey
			if r.replay.has(r.replayKey, now) {
				j.done <- nil
				continue
			}
			if inGroup[k] {
				dups = append(dups, j)
				continue
			}
			inGroup[k] = true
		}
		keep = append(keep, j)
	}
	err := h.writeGroup(keep)
	for _, j := range keep {
		if err == nil && j.req.replay != nil {
			j.req.replay.add(j.req.replayKey, j.req.until, now)
		}
		j.done <- err
	}
	for _, j := range dups {
		j.done <- err
	}
}

// writeGroup writes and commits the records of jobs. A sink that panics
// fails the group, not the server.
func (h *Handler) writeGroup(jobs []*job) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("writing the records: sink panic: %v", p)
		}
	}()
	empty := true
	for _, j := range jobs {
		empty = empty && len(j.msgs) == 0
	}
	if empty {
		return nil
	}
	sinks, err := h.cfg.Open()
	if err != nil {
		return fmt.Errorf("opening the sinks: %w", err)
	}
	return writeAll(sinks, func(s report.Sink) error {
		for _, j := range jobs {
			for _, recs := range j.msgs {
				if err := s.Write(recs); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// writeAll writes to every sink and commits them all in order, or aborts
// those not yet committed at the first error. A sink whose Commit failed
// is not aborted: a failed Commit ends a report.Sink, as Abort does.
func writeAll(sinks []report.Sink, write func(report.Sink) error) error {
	for _, s := range sinks {
		if err := safe(func() error { return write(s) }); err != nil {
			for _, o := range sinks {
				safe(func() error { o.Abort(); return nil })
			}
			return fmt.Errorf("writing the records: %w", err)
		}
	}
	for i, s := range sinks {
		if err := safe(s.Commit); err != nil {
			for _, o := range sinks[i+1:] {
				safe(func() error { o.Abort(); return nil })
			}
			return fmt.Errorf("committing the records: %w", err)
		}
	}
	return nil
}

// safe calls f, turning a panic into an error.
func safe(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("sink panic: %v", p)
		}
	}()
	return f()
}

// source names an event in its records: the provider and the message id,
// so that a redelivered event is the same source again (the daily files
// count a source and recipient once).
func source(ev *esp.Event) string {
	id := ev.Message.Original.MessageID
	if id == "" {
		id = ev.Message.Date.UTC().Format(time.RFC3339Nano)
	}
	return ev.Provider + ":" + id + ":" + ev.Type
}
