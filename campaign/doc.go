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
// characters but '@', and the placeholders {local} and {domain} (the
// failed address, written local=domain as VERP does), {subscriber} and
// {campaign} (a list manager's own token). Letters match in any case.
//
//	*-bounces+{local}={domain}@*      Mailman 2 and 3
//	bounce-{campaign}-{subscriber}@bounces.example.com
//
// '*' matches as little as it can, '**' as much as it can. When that
// split gives an address the report does not name and another split gives
// one it does (a list called "owner-news", a subscriber "mary-jane"), the
// other split is taken. Without a report, "owner-news-mary-jane=example.com"
// cannot be read for sure: the default dash pattern takes the longest
// prefix (mary-jane is read "jane"), as list prefixes hold dashes more
// often than addresses do; a list manager that knows its own prefix
// writes it out ("owner-news-{local}={domain}@*").
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
//
// The first rule that gives a value wins. The word "default" in a list
// stands for the default rules (or patterns), so a configuration can add
// its own before or after them.
package campaign
