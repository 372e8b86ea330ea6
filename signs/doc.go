// Package signs holds what tells a bounce from ordinary mail, as data:
// the signatures of MTAs and providers, the subjects and senders of
// notices, the words of delay, give-up and non-delivery, the signs of
// automatic replies and challenge-response robots, the wording of list
// managers, the lines between a notice and the message it returns, and
// the words that tell a failed recipient from the other addresses a
// notice names (a sender, a new address, a help desk, a role mailbox).
//
// The parser holds the mechanism (how a sign is used: a bounce subject
// makes a notice with one more sign of a program or a failure, such as
// the null reverse path or a 4xx/5xx code; a weak one needs the null
// reverse path, Auto-Submitted, its own code or an address in the
// subject); this package holds the knowledge (which words). It knows no
// MIME and no reasons: rules imports it to read a `signs:` section, the
// parser to use one.
//
// # Data
//
// The defaults are embedded (default.yaml, see Default). A user's rules
// file (`bounce --rules FILE`) may carry a `signs:` section of the same
// shape; Merge lays it over the defaults: its words are added to each
// list (its `remove:` words taken out), and its signatures are tried before the default ones, so a
// gateway the defaults call a stamp can be taught as a bounce.
//
//	signs:
//	  signatures:
//	    - vendor: acmegw                   # the vendor name the rules see
//	      header: X-Acme-Notice            # a header field; none: the notice text
//	      words: ["delivery failure"]      # lower case; "" matches any value
//	      needs: X-Acme-Id                 # optional: the message must have this field
//	      evidence: bounce                 # bounce | sender | stamp
//	      examples: ["Delivery failure (permanent)"]
//	      not: ["Delivery report: delivered"]
//	  bounce_subjects:
//	    words: ["nicht zustellbar"]
//	    examples: ["Nachricht nicht zustellbar"]
//
// A list may also give `remove:`, default words to take out of it.
//
// Every entry's examples must match it and none of its counter-examples
// (`not:`) may; a file whose examples fail does not load. Words are
// lower case (they are compared with lower-cased text), header names
// are compared in any case.
//
// # Lists
//
// See Lists for every list, what its words mean and how the parser uses
// them. Parse checks a file's examples with Match (MatchBareMarker for
// bare_markers); parser.CheckSigns then runs the merged examples through
// the parser's own matching, which the bounce command does before it
// reads any message, so an example the parser reads otherwise is an
// error too.
//
// # What stays in code
//
// The parser keeps grammar and formats, not knowledge a user would
// teach:
//   - the MIME header "Content-Type: message/rfc822" that opens a pasted
//     returned message; DSN and header field names; date layouts; HTML
//     tag names; Exim's wrapping of "The following address(es) failed:"
//     so that a line holds only "failed:" (boilerplate);
//   - how a marker line is decorated (MarkerDecoration), that it is at
//     most 120 bytes, and that reply prefixes come after "[ticket]" tags;
//   - how a list's words are used: a sender check counts only from a
//     robot mailbox, a past form only after a contact word, a role
//     mailbox only in a reply's prose after its reasons.
package signs
