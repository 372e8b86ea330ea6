// Package campaign ties a bounce to the mail it returns: the subscribed
// address a list manager encoded in its return address (VERP), the list
// (List-Id), and the campaign and subscriber its own header fields name
// in the returned message. It reads addresses and header values only: no
// MIME, no reasons (the parser finds the fields, the caller joins them to
// the records).
//
// # VERP patterns
//
// A pattern describes a return address: literal text, '*' for any run of
// characters but '@', '#' for a sender's token (letters, digits, '.' and
// '_': never a delimiter), and the placeholders {local} and {domain} (the
// failed address, written local=domain as VERP does), {subscriber} and
// {campaign} (a list manager's own token). Letters match in any case.
//
//	*-bounces+{local}={domain}@*      Mailman 2 and 3
//	*-return-#-{local}={domain}@*     ezmlm: list-return-NUMBER-local=domain@
//	bounce-{campaign}-{subscriber}@bounces.example.com
//
// The first pattern that matches an address reads it, so the particular
// ones come before the generic ones. An address is taken only when it is
// sure: when the pattern reads it one way only, or when one of its
// readings is an address the report names. "owner-news-mary-jane=example.com"
// reads as owner-news's mary-jane or owner's news-mary-jane or … jane:
// without a report that names one of them it gives nothing, as a wrong
// split would name, and suppress, another person. A reading whose domain
// is under no top-level domain (a person's tagged address,
// "bob+newsletter=weekly.digest@") is no reading. A list manager that
// knows its own prefix writes it out ("owner-news-{local}={domain}@*"),
// or a '#' for its token. A pattern of tokens only takes its first
// reading: '*' matches as little as it can, '**' as much.
//
// # Header rules
//
// A rule names a header field of the returned message and, after a
// space, how to read its value:
//
//	X-Listmonk-Campaign                        the whole value
//	X-Mailgun-Variables json=campaign,campaign_id  a key of a JSON object
//	X-SES-MESSAGE-TAGS tag=campaign            a name=value pair of a list
//	Feedback-ID field=-4                       a ':'-separated field (-1 the last)
//	X-MessageID with=X-ListMember,X-Mailer:phplist  only beside one of these fields
//
// with= keeps a rule for a generic field name to the header of the one
// sender that gives it a meaning: the rule counts only when the header
// holds one of the fields named (NAME), or one holding a word
// (NAME:WORD, in any case).
//
// The first rule that gives a value wins. The word "default" in a list
// stands for the default rules (or patterns), so a configuration can add
// its own before or after them.
package campaign
