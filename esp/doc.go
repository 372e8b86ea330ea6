// Package esp reads the bounce and complaint events that e-mail service
// providers send as JSON instead of bounce mail, and turns each into a
// *parser.Message, so that the same rules decide the reason as for mail.
//
// # Providers and shapes
//
// Amazon SES notifications (bounce, complaint, delivery, delivery delay,
// reject, rendering failure; as published to SNS or by event publishing,
// raw or inside the SNS envelope whose Message is an escaped JSON
// string), SendGrid event
// webhook batches (bounce, dropped, deferred, spamreport), Mailgun events
// (failed permanent or temporary, complained; the webhook body, a bare
// event or an events API page), Postmark bounce and spam-complaint
// webhooks and Brevo webhooks (hard_bounce, soft_bounce, spam, blocked,
// invalid_email, deferred). Each object is recognised by its keys, not by
// where it came from, so one file may mix providers.
//
// A Decoder reads one JSON object, a JSON array of objects, JSON Lines or
// any stream of concatenated values, one event at a time: memory does not
// grow with the number of events. Events of other types (opens, clicks,
// deliveries of providers that report them) are skipped and counted.
//
// # Events sent by mail
//
// An event may come as a mail: an SNS e-mail subscription sends the SES
// event (or, for email-json, the whole SNS envelope) as the mail's text,
// and webhook relays forward a provider's POST body. TextEvents and
// ClassifyText read the event in such a text when it makes up most of
// it, so that a mail whose prose quotes an event is not taken for one.
//
// # Reasons
//
// The reason comes from the remote server's words in the event (SES
// diagnosticCode, SendGrid reason, Mailgun delivery-status message,
// Postmark Details, Brevo reason), read by the rules. The provider's own
// class (Event.Type, e.g. "Permanent/General" or "HardBounce") is coarse
// and is used only when those words are missing or say nothing the rules
// know, or when it says the provider did not send at all (its own
// suppression list, where the words are the provider's, not a remote
// server's): see Classify and ClassReason.
//
// # Campaigns
//
// The sender's own tags in an event tie its records to their campaign
// as a returned mail's header does (package campaign): each decoder
// writes them as the header fields the provider's SMTP relay takes them
// in, and the same campaign.Rules read them (ClassifyWith, AnalyzeWith;
// Classify and Analyze use campaign.Default):
//
//	Mailgun   user-variables, tags      X-Mailgun-Variables (JSON), X-Mailgun-Tag
//	SES       mail.tags, mail.headers   X-SES-MESSAGE-TAGS (k=v, …), the headers as sent
//	SendGrid  custom args, category     X-SMTPAPI {"unique_args": {…}, "category": […]}
//	Postmark  Metadata, Tag             X-PM-Metadata-KEY, X-PM-Tag
//	Brevo     tags, tag, X-Mailin-custom  X-Mailin-Tag, X-Mailin-custom
//
// SendGrid's custom args are the event's keys that SendGrid does not
// write itself. The default rules read the keys campaign, campaign_id
// (campaign-id) and subscriber, subscriber_id, user_id, and a tag or
// category last; --campaign-header and --subscriber-header choose others.
package esp
