// Package suppress decides from an address's bounce history whether mail
// to it should stop: the suppression policy. It is data with defaults (a
// Policy, YAML-able) and one function (Policy.Evaluate) from events to a
// Verdict that says why. It knows nothing of storage; package store keeps
// the events and applies the policy.
//
// # Classes
//
// Every event falls in one class (Policy.Class):
//
//   - complaint: an ARF feedback report (RFC 5965) about the address, of
//     any type but not-spam. Suppresses at once.
//   - hard: a recipient-side failure that retrying cannot fix (userunknown,
//     hostunknown, hasmoved, notaccept, and suppressed: the sending
//     provider's own suppression list), when it is permanent (hard, or a
//     5.x.x status or 5xx reply). Suppresses at once. The same reasons
//     with a temporary (4.x.x) failure count as soft.
//   - soft: a recipient-side failure that may pass (mailboxfull, suspend,
//     systemfull, systemerror, mailererror, networkerror, expired,
//     filtered, and the bounces whose cause is unknown: undefined,
//     onhold). Counts at most once a UTC day, with the reason's weight.
//   - sender: the sender's fault (blocked, badreputation, authfailure,
//     requireptr, spamdetected, ratelimited, norelaying, securityerror,
//     failedstarttls, policyviolation, rejected, syntaxerror). Never
//     counts against the address: it belongs in the sender's statistics.
//   - message: the message's fault (emailtoolarge, contenterror,
//     notcompliantrfc, virusdetected). Never counts.
//   - ignore: no failure at all: delay notices (action delayed), delivery
//     reports (delivered, relayed, expanded), auto-replies (vacation).
//
// A reason the tables do not name counts as soft.
//
// # Soft bounces
//
// A soft bounce day adds its weight to the address's score; the address
// is suppressed when the score reaches Threshold. Days older than Window
// before the newest drop out, and a quiet gap longer than StaleAfter
// resets the score. The defaults follow Mailman 3 (bounce_score_threshold
// 5, one count a day, bounce_info_stale_after 7 days) and Discourse
// (bounce scores reset after 30 days: reset_bounce_score_after_days).
//
// # Expiry and manual entries
//
// A suppression expires HardExpiry (365 days) after its last hard bounce
// or complaint, SoftExpiry (90 days) after its last counted soft bounce;
// afterwards the address is mailed again and old counts are gone. An
// operator may add an address by hand (never expires) or release it; a
// release is remembered: events up to it no longer count, so the next
// soft bounce starts from zero.
//
// # Why these rules
//
// Counting delay notices and auto-replies as bounces is the failure users
// of list managers report most (listmonk #1334: 4% bounces where the
// provider saw 0.6%); blocklisting and reputation refusals say nothing of
// the address either (RFC 3463 X.7.X are security and policy statuses). A
// user unknown (X.1.1) or a domain without mail (X.1.2, null MX, RFC 7505)
// does not heal, so one is enough; a full mailbox (X.2.2) often does.
package suppress
