// Package scan is the nightly run over an IMAP mailbox: it reads the
// messages that came since the last run, analyzes them, hands their
// records to report sinks, remembers what it has read in a state file,
// and only then touches the messages on the server (mark \Seen, move,
// delete).
//
// # The commit protocol
//
// A run takes the state file's lock (Lock: on the file the path resolves
// to, so two names of one state are one lock), removes the temporary
// files a killed run left beside the state and the outputs, loads the
// state, and checks it against the server: a UIDVALIDITY that changed, or
// a recorded UID at or above the mailbox's UIDNEXT (a state that claims
// more than the server ever had), makes it read the whole mailbox again,
// with a warning. Then, for every message, in UID order:
//
//  1. the analysis, while the body streams in;
//  2. once the body is known to have come whole, its records are written
//     to every Sink.
//
// At the end every Sink is committed. Only when all have committed is the
// state saved, with the highest UID at or below which every message is
// handled (Tracker) and the after-actions owed to those messages; then the
// after-actions are carried out and the state saved again without them. A
// failed Sink write or Commit aborts the sinks not yet committed and
// leaves the state as it was: the messages are read again next run, and
// nothing is touched on the server. Owed after-actions left in a state
// (an interrupted run, a failed MOVE) are carried out by the next run
// first, and only for UIDs the state records as handled (at or below its
// last UID, same UIDVALIDITY). A run writes owed actions into the state
// only once its sinks have committed, so such a UID was in a committed
// report; any other UID in them never was, and is dropped with a warning.
//
// # What a Sink must do
//
// A kill (or a failed state write) after the sinks committed and before
// the state was saved makes the next run read those messages again and
// write their records a second time. Every record's Source is the
// message's IMAP URL, which holds the mailbox's UIDVALIDITY and the UID,
// so (Source, Recipient) names a record for good: a Sink that keeps
// records across runs (the daily files, a history store) must treat a
// record it already holds under that key as the same record and not count
// it twice. A Sink that writes one file per run (bounce scan -o) gets the
// duplicates; its consumer can drop them by that key.
//
// # Several mailboxes
//
// RunEach runs one Config per mailbox, in turn, each with its own Key in
// a shared state file (and its own lock round). One mailbox failing (a
// refused login, a server down) does not stop the others; Failures names
// those that failed. Sinks shared between the runs are committed once per
// mailbox, before that mailbox's state is saved, so the protocol above
// holds for each.
package scan
