// Package rules decides the reason of a bounce for one failed recipient.
//
// It knows nothing of MIME. Given the facts about a recipient — the
// diagnostic text, the enhanced status code (RFC 3463), the SMTP reply code
// (RFC 5321), the vendor the parser recognised and the MTA host names — a
// Set returns the Rule that decides the reason. Rules are data: an embedded
// default file (default.yaml, see Default) and optional user files (Load).
// The reason names are the fixed vocabulary of the project (record.Reason).
//
// # Matching
//
// A rule matches a query when all of the conditions it gives hold:
//
//   - status: the query's status equals one entry ("5.1.1") or starts with
//     an entry that ends in a dot ("5.7." or "5."); any entry may match.
//   - reply: the query's reply code equals one entry ("550"); "55x" and
//     "5xx" match a whole decade or class.
//   - vendor: the query's vendor equals one entry, case-insensitively.
//   - host: one of the query's hosts matches one glob pattern (* and ?),
//     case-insensitively; "*.qq.com" also matches "qq.com".
//   - phrase / regexp: the text contains one of the phrases (a literal
//     substring, case-insensitive) or one of the regexps matches it. Text and
//     phrases are lower-cased before matching, and regexps are matched against
//     the lower-cased text (write them in lower case; Chinese works as is).
//     A rule with both phrases and regexps needs any one of them.
//   - nouns + predicates: a concept. Some noun and some predicate stand in
//     one clause, in either order, at most 60 bytes apart ("Not enough
//     storage space in user's mailbox": "mailbox" with "not enough").
//     ASCII words match whole words; a trailing "*" makes a stem. It is how
//     a wording nobody wrote down is still read; it counts as a phrase.
//
// # Precedence
//
// Every matching rule falls in one of four tiers, strongest first:
//
//  1. vendor rules: rules with a vendor or host condition (a provider's own
//     wording, recognised as such);
//  2. phrase rules: rules with phrases or regexps and no vendor/host;
//  3. status rules: a status condition and no phrase/regexp/vendor/host
//     (they may also give a reply condition);
//  4. reply rules: only a reply condition.
//
// A rule of a stronger tier always wins over one of a weaker tier, with
// two exceptions, both the same rule of evidence (evidence that names no
// cause gives way to evidence that names one): a phrase rule whose reason
// is onhold or undefined (a bare "Transaction failed", a template listing
// guesses) gives way to a status or reply rule that names a cause; and a
// status rule whose reason is onhold or undefined (a status such as X.0.0
// or X.5.0) gives way to a reply rule that names one, so "503 Improper
// sequence of commands" with status 5.5.0 is a syntax error. Within a
// tier the winner is decided by, in order:
//
//   - the higher priority;
//   - tiers 1–2: the rule whose conditions also include a status or reply
//     that matches (both count more than one);
//     tiers 3–4: the most specific matching entry ("5.7.26" beats "5.7."
//     beats "5."; "550" beats "55x" beats "5xx");
//   - tiers 1–2: the longer matched phrase (for a rule won through a regexp,
//     the length of the regexp's match);
//   - file order: within a file the earlier rule; across files the rule of
//     the later file (a user file wins ties over the defaults).
//
// Set.Rules lists the rules by tier, then priority, then that file order.
//
// # Speed
//
// NewSet builds an Aho–Corasick automaton over every lower-cased phrase and
// over a literal that must occur in each regexp's matches (found with
// regexp/syntax; a regexp without one is tried on every text). Match
// lower-cases the text once, runs the automaton once and checks only the
// candidate rules it found; status and reply rules are looked up in maps.
// Concept words have an automaton of their own, run only when no phrase of
// higher priority than every concept rule has already won.
// A Set is immutable and Match is safe for concurrent use.
//
// # File format
//
// A rules file is YAML:
//
//	rules:
//	  - id: userunknown.no-such-user   # unique, [a-z0-9._-]+
//	    reason: userunknown            # a reason of the vocabulary
//	    priority: 0                    # optional, default 0
//	    hard: true                     # optional override of hard/soft
//	    match:                         # at least one condition
//	      phrase: ["no such user", "user unknown", "该用户不存在"]
//	      regexp: ['mailbox .{0,20} not found']
//	      nouns: [user, mailbox]
//	      predicates: [unknown, "not found", "does not exist"]
//	      status: ["5.1.1", "5.1."]
//	      reply: ["550"]
//	      vendor: ["tencent"]
//	      host: ["*.qq.com"]
//	    description: {en: "...", zh: "..."}
//	    examples:                      # at least one, each won by this rule
//	      - "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"
//	      - {text: "...", status: "5.1.1", reply: "550", vendor: "tencent", host: "mx3.qq.com"}
//	    not: ["..."]                   # counter-examples it must not win
//	  - id: some.default.rule
//	    disabled: true                 # in a user file: removes that rule
//
// Each condition takes a string or a list of strings. A plain-string example
// is the text; its status and reply come from ParseCodes(text), as they do
// in a mapping example that leaves them out. Unknown keys, a missing id, an
// unknown reason, a bad regexp, status or reply, a rule without a match
// condition or without examples and an id given twice in one file are
// errors; each names the file, the line and the rule id, and a file with an
// error loads nothing. See FORMAT.md beside this file for the long form.
package rules
