// Package imapfetch is the IMAP side of a mailbox scan: it connects (with
// implicit TLS, STARTTLS or in clear on loopback), logs in, selects a
// mailbox, finds the messages that are new since the last run by UID, and
// streams their bodies in batches to a handler, one message at a time, so
// that memory stays flat whatever the size of the mailbox. A dropped
// connection is redialled with bounded back-off and the scan resumes where
// it stopped.
//
// It also keeps the bookkeeping that makes a nightly scan lose nothing and
// read nothing twice: a State file holds, per server, user and mailbox,
// the UIDVALIDITY and the highest UID handled, and a Tracker tells which
// UIDs of a run are handled so far. After-actions (mark \Seen, move,
// delete) are applied with Session.Apply, only to the UIDs the caller
// names.
//
// It knows nothing of bounces: what to do with a message is the
// handler's business.
package imapfetch
