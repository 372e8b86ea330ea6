// Package store remembers bounces across runs: every record becomes an
// event in a history, and the suppression list (the addresses mail
// should no longer go to) follows from the history by a suppress.Policy.
//
// # Backends
//
// Open takes a DSN. A path (or sqlite:PATH) is a SQLite file, written
// with modernc.org/sqlite, a pure-Go build of SQLite, so the program
// needs no C compiler and no library (bench/RESULTS-store.md says why
// this driver). postgres://… is a PostgreSQL database, through
// github.com/jackc/pgx/v5, for several scanners (several mailboxes,
// several hosts) feeding one list. Both have the same schema, brought up
// to date on Open by versioned migrations, and the same behaviour; the
// tests run on both.
//
// # Flow
//
// A run writes its records through Store.Sink, a report.Sink. Written
// events go to a temporary table of the Sink's own connection, so that a
// long run holds no lock on the store. Commit, in one transaction, moves
// them into the history, skipping those already there, and evaluates the
// policy again for every address they count against; Abort, an error or
// a killed process leaves the store as it was, and the next run that
// reads the same messages stores them. The nightly scan commits its sinks
// before it records messages as read and before any after-action, so no
// message is moved before its events are committed.
//
// # Idempotency
//
// An event's key (EventKey) hashes the returned original's Message-ID,
// the recipient, the bounce's date and the per-recipient action, status
// and feedback type, which stay the same however the message is read
// again: the same .eml analyzed twice, a rescan after a UIDVALIDITY
// change, a report committed before a killed scan saved its state. The
// key leaves out where the message was read and how it was classified,
// so a newer rule set does not double an old bounce either. Without a
// Message-ID and a date the key adds the source and the diagnostic.
// An event read again keeps what it has, but one stored without any of
// the campaign fields (list_id, campaign, subscriber, verp: by a program
// before them, or with them off) takes them from the new reading, and its
// VERP address then counts.
//
// # Concurrency
//
// Each commit first advances a change counter; its row lock makes
// committing writers take turns, so that every commit evaluates an
// address on the events the commits before it left. Staging needs no
// lock: two scans write at once and commit in turn. SQLite runs in WAL
// mode with a busy timeout; a reader never waits. The counter also
// numbers the changes to the list (Suppression.Seq): List with New and
// MarkExported give each export only what is new since the last.
//
// # Policy
//
// The suppression list is kept up to date on every commit and on every
// Add and Release, under the policy recorded in the store (suppress.Default
// until one is). A store opened WithPolicy another policy records it and
// evaluates every address again, once; programs opening the store without
// a policy apply the recorded one. Expiry is applied when the list is
// read.
//
// # VERP addresses
//
// An event counts against its recipient and, when the bounce's VERP
// return address decodes to another address (Event.VERP: the mail was
// forwarded, or reached an alias), against that one too: it is the
// address the list mails, so it is the one to suppress. History of
// either address shows the event; the statistics count events, so the
// event is counted once. An index on verp keeps both cheap; a store
// made before evaluates the VERP addresses of its events once, on the
// first Open that migrates it.
package store
