// Package imapfetch is the IMAP side of a mailbox scan: it connects (with
// implicit TLS, STARTTLS or in clear on loopback), logs in, selects a
// mailbox, finds the messages that are new since the last run by UID, and
// streams their bodies in batches to a handler, one message at a time, so
// that memory stays flat whatever the size of the mailbox. A dropped
// connection is redialled with bounded back-off and the scan resumes where
// it stopped.
//
// # Logging in
//
// With a password: LOGIN, or AUTHENTICATE PLAIN where LOGIN is disabled.
// With an OAuth2 token (Credentials.Token, asked for at every login):
// OAUTHBEARER (RFC 7628) where the server offers it, else XOAUTH2, the
// mechanism Microsoft 365 and Gmail took first. A refused login or token
// is a LoginError and is never retried. After the login the client names
// itself with the ID command (RFC 2971), which NetEase requires before
// SELECT; Options.NoID turns it off, and a server that lacks or refuses
// it is scanned anyway.
//
// After-actions (mark \Seen, move, delete) are applied with
// Session.Apply, only to the UIDs the caller names.
//
// It is transport only: it knows nothing of bounces and writes no
// report; what to do with a message is the handler's business, and the
// bookkeeping of a nightly run (state file, lock, what is owed) is
// package scan's.
package imapfetch
