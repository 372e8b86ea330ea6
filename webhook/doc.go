// Package webhook receives the bounce and complaint events that e-mail
// service providers post, checks that each request really comes from the
// provider, and writes the records to the caller's report.Sinks.
//
// # Endpoints
//
// A Handler serves one path per provider configured in Config:
//
//	POST /ses       Amazon SNS (SES notifications; SubscriptionConfirmation)
//	POST /sendgrid  SendGrid signed event webhook
//	POST /mailgun   Mailgun webhooks (JSON, signed)
//	POST /postmark  Postmark bounce and spam-complaint webhooks
//	POST /brevo     Brevo transactional and marketing webhooks
//	GET  /healthz   200 while the Handler runs
//
// # Authentication
//
// SNS messages are verified with the signature SNS computes over their
// fields (SignatureVersion 1: RSA SHA-1, 2: RSA SHA-256), with the
// certificate at SigningCertURL, which must be an https URL on an
// sns.REGION.amazonaws.com host, without query or fragment, be issued to
// sns.amazonaws.com (or that host) and chain to a trusted root; redirects
// are not followed, certificates are cached. Only the topics listed in SNS.TopicARNs are accepted, and a
// subscription is confirmed (its SubscribeURL visited) only after the
// confirmation's signature verifies. SendGrid requests carry an ECDSA
// P-256 signature over timestamp and body; Mailgun events an HMAC-SHA256
// of timestamp and token under the signing key. Postmark and Brevo are
// configured with basic auth credentials or a secret token, compared in
// constant time. Timestamps older than the configured window are refused.
// Anything unauthenticated gets 401 and is logged without its body, the
// values it quotes clipped.
//
// A Mailgun token, a SendGrid signed content or an SNS MessageId already
// recorded is answered 200 and not recorded again: keys are kept only
// after a commit, so the provider's first 200 may merely have been lost.
//
// # Limits
//
// Bodies are read before they can be authenticated, so their size is
// bounded per request (Config.MaxBody; 1 MiB for SNS and Mailgun, which
// send one message) and in total (Config.MaxInFlight; 503 past it), and
// the request rate by a token bucket (429).
//
// # Records
//
// Every authenticated batch is decoded by package esp, classified, written
// to the sinks that Config.Open returns and committed before the response:
// a 2xx means the records are durable, anything else lets the provider
// retry. Requests that arrive while a commit runs are committed together
// by the first of them, which then hands on to the next waiting one; a
// sink that panics fails its batch only.
package webhook
