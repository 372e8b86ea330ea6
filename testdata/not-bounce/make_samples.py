#!/usr/bin/env python3
"""Write the not-bounce sample messages of this directory.

Every message here looks close to a bounce (it quotes SMTP replies, DSN
fields, NDR wording, or comes from a list or a machine) but is NOT one:
the analyzer must give no record for any of them.

Standard library only. Everything is fixed (dates, Message-IDs, MIME
boundaries, archive timestamps), so running the script twice writes the same
bytes. Usage:

    python3 make_samples.py            # writes the .eml files beside this script
    python3 make_samples.py OUTDIR     # or into OUTDIR
"""

import base64
import gzip
import html
import io
import os
import quopri
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

SAMPLES = []  # (file name, function returning the message text)


def sample(name):
    def deco(fn):
        SAMPLES.append((name, fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers

def date(y, mo, d, h, mi, s, tz=0.0):
    """An RFC 5322 date; tz in hours east of UTC."""
    zone = timezone(timedelta(minutes=int(tz * 60)))
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=zone))


def _ew_encode(s, charset, mode):
    raw = s.encode(charset)
    if mode == "B":
        return base64.b64encode(raw).decode("ascii")
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words (folded), or the text itself if it is ASCII."""
    if text.isascii():
        return text
    prefix = "=?%s?%s?" % (charset, mode)
    room = 75 - len(prefix) - 2
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew_encode(cur + ch, charset, mode)) > room:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join(prefix + _ew_encode(w, charset, mode) + "?=" for w in words)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return "<%s>" % email
    if not name.isascii():
        return "%s <%s>" % (ew(name, charset, mode), email)
    if any(c in name for c in ',.;:@()<>[]"'):
        return '"%s" <%s>' % (name.replace('"', '\\"'), email)
    return "%s <%s>" % (name, email)


class Entity:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text(s, charset="us-ascii", cte="7bit", subtype="plain", params="", headers=()):
    raw = s.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        if cte == "7bit":
            assert raw.isascii(), "7bit part with 8-bit data"
        body = s
    hs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params),
          "Content-Transfer-Encoding: %s" % cte]
    return Entity(hs + list(headers), body)


def binary(ctype, data, headers=()):
    hs = ["Content-Type: %s" % ctype, "Content-Transfer-Encoding: base64"]
    return Entity(hs + list(headers), base64.encodebytes(data).decode("ascii"))


def plain_entity(ctype, body, headers=()):
    return Entity(["Content-Type: %s" % ctype] + list(headers), body)


def multipart(subtype, boundary, parts, params="", preamble="", headers=()):
    out = []
    if preamble:
        out.append(preamble.rstrip("\n") + "\n\n")
    for p in parts:
        out.append("--%s\n%s\n" % (boundary, p.render().rstrip("\n")))
    out.append("--%s--\n" % boundary)
    hs = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, params)]
    return Entity(hs + list(headers), "".join(out))


def message(headers, entity=None, body=None, mime=True):
    """headers: list of (name, value). entity: the MIME body, or body: raw text."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    if entity is not None:
        if mime:
            lines.append("MIME-Version: 1.0")
        lines += entity.headers
        b = entity.body
    else:
        b = body
    out = "\n".join(lines) + "\n\n" + b
    if not out.endswith("\n"):
        out += "\n"
    return out


def htmlize(s, charset="utf-8", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    """A plain HTML rendering of a text body: blank lines split paragraphs,
    blocks indented by four spaces become <pre>, '> ' blocks blockquotes."""
    out = []
    for block in s.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l[2:] if l.startswith("> ") else l[1:], quote=False) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif lines[0].startswith("    "):
            inner = html.escape("\n".join(l[4:] for l in lines), quote=False)
            out.append('<pre style="font-family:Consolas,Menlo,monospace;font-size:13px;background:#f4f4f4;padding:8px">%s</pre>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l, quote=False) for l in lines))
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (charset, style, "\n".join(out)))


def alternative(boundary, plain, charset="utf-8", cte="quoted-printable", html_text=None):
    return multipart("alternative", boundary, [
        text(plain, charset, cte),
        text(html_text if html_text is not None else htmlize(plain, charset), charset, cte, "html"),
    ])


def postfix_received(helo, ip, by, qid, when, rcpt, tls=True):
    s = "from %s (%s [%s])\n" % (helo, helo, ip)
    if tls:
        s += "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n"
    s += "\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (by, "ESMTPS" if tls else "ESMTP", qid, rcpt, when)
    return s


def zip_bytes(name, data, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name, date_time=when)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
    return buf.getvalue()


def gzip_bytes(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


DANA = addr("Dana Whitfield", "dana.whitfield@example.com")
MX = "mx1.example.com"


# ======================================================= newsletters, blogs

@sample("nl-inboxweekly-550-user-unknown.eml")
def _():
    when = date(2024, 3, 5, 14, 0, 3)
    plain = """\
Inbox Weekly \u2014 Issue #112
Practical email deliverability, every Tuesday.

Hi Dana,

This week's reader question comes from a SaaS team whose password-reset
mails "randomly" stopped arriving for a handful of customers. Their logs
were full of one line:

    550 5.1.1 <old.account@example.org>: Recipient address rejected: User unknown in virtual mailbox table

Let's take it apart.

1. The reply code: 550. The first digit, 5, is a permanent failure. The
receiving server is telling you not to try again. A 4xx (say 452 or 421)
would be temporary, and your MTA would keep retrying for days.

2. The enhanced status code: 5.1.1. Class 5 (permanent), subject 1
(addressing), detail 1: "bad destination mailbox address". In plain words:
that mailbox does not exist. Its cousins:

    5.1.2  bad destination system (the domain has no MX, or does not exist)
    5.2.2  mailbox full
    5.7.1  delivery not authorized, message refused (usually a block)

3. The free text. "User unknown in virtual mailbox table" is Postfix; Gmail
says "The email account that you tried to reach does not exist"; Exchange
Online says "RESOLVER.ADR.RecipientNotFound". Same meaning, three dialects.

Here is the whole conversation, as your MTA saw it:

    S: 220 mx.example.org ESMTP Postfix
    C: EHLO out-12.mailer.example.com
    S: 250-mx.example.org
    S: 250 STARTTLS
    C: MAIL FROM:<bounces+u41@mailer.example.com>
    S: 250 2.1.0 Ok
    C: RCPT TO:<old.account@example.org>
    S: 550 5.1.1 <old.account@example.org>: Recipient address rejected: User unknown in virtual mailbox table
    C: QUIT
    S: 221 2.0.0 Bye

What to do: suppress the address after the first 5.1.1. Do not retry it,
do not "warm it up" again next month. Mailbox providers count how often you
hit unknown users; above roughly 2% it starts to hurt everything else you
send.

Next week: "Mailbox full" \u2014 is it a soft bounce or a dead address?

Happy sending,
Marta from Inbox Weekly

--
You are receiving this because you subscribed at inboxweekly.example.
Unsubscribe: https://inboxweekly.us21.list-manage.com/unsubscribe?u=a91c3e7b52f0e8d4d61a2b9cf&id=1a2b3c4d5e
Inbox Weekly, 41 Harbour Street, Bristol BS1 4QA, United Kingdom
"""
    hdrs = [
        ("Return-Path", "<bounce-mc.us21_83920471.1123345-4b2c9e1d7a@mail182.atl221.mcsv.net>"),
        ("Received", postfix_received("mail182.atl221.mcsv.net", "198.51.100.182", MX, "4TpQ1c0R7Hz9sWm", when, "dana.whitfield@example.com")),
        ("From", "Inbox Weekly <hello@inboxweekly.example>"),
        ("Reply-To", "Inbox Weekly <hello@inboxweekly.example>"),
        ("To", "Dana <dana.whitfield@example.com>"),
        ("Subject", ew('Issue #112: Why your emails bounce \u2014 decoding "550 5.1.1 User unknown"', "utf-8", "Q")),
        ("Date", when),
        ("Message-ID", "<a91c3e7b52f0e8d4d61a2b9cf.4b2c9e1d7a.20240305140003.8f3c1d2e6b.7a1c9e55@mail182.atl221.mcsv.net>"),
        ("List-ID", "a91c3e7b52f0e8d4d61a2b9cfmc list <a91c3e7b52f0e8d4d61a2b9cf.1a2b3c4d5e.list-id.mcsv.net>"),
        ("List-Unsubscribe", "<https://inboxweekly.us21.list-manage.com/unsubscribe?u=a91c3e7b52f0e8d4d61a2b9cf&id=1a2b3c4d5e&e=4b2c9e1d7a&c=8f3c1d2e6b>,\n <mailto:unsubscribe-mc.us21_a91c3e7b52f0e8d4d61a2b9cf.8f3c1d2e6b-4b2c9e1d7a@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Mailchimp Mailer - **CID8f3c1d2e6b1a2b3c4d5e**"),
        ("X-Campaign", "mailchimpa91c3e7b52f0e8d4d61a2b9cf.8f3c1d2e6b"),
        ("Feedback-ID", "83920471:83920471.1123345:us21:mc"),
    ]
    return message(hdrs, alternative("_----------=_MCPart_1709647203", plain))


@sample("blog-webhook-json-samples.eml")
def _():
    when = date(2024, 2, 20, 16, 41, 12)
    plain = """\
Mail Ops Notes published a new post: "Bounce webhooks in practice: parsing the "recipient" and "email" fields"

Every ESP will tell you when a message bounces, and every ESP does it in its
own JSON. After two years of maintaining our ingest service, here is what
the payloads actually look like and which field holds the address.

SendGrid (Event Webhook) posts an array; the address is "email":

    [
      {
        "email": "jane.doe@example.org",
        "timestamp": 1708440000,
        "event": "bounce",
        "type": "bounce",
        "status": "5.1.1",
        "reason": "550 5.1.1 The email account that you tried to reach does not exist.",
        "bounce_classification": "Invalid Address",
        "sg_message_id": "e7Qd2xKfQ2aS8bqv1y2w3A.recvd-7d9f8c6b5-abcde-1-65D4C3B2-1.0"
      }
    ]

Mailgun wraps it in "event-data" and calls the address "recipient":

    {
      "signature": {"timestamp": "1708440000", "token": "3b1f...", "signature": "9c2e..."},
      "event-data": {
        "event": "failed",
        "severity": "permanent",
        "recipient": "no-such-user@example.net",
        "reason": "bounce",
        "delivery-status": {
          "code": 550,
          "message": "5.1.1 <no-such-user@example.net>: Recipient address rejected: User unknown",
          "attempt-no": 1
        }
      }
    }

Amazon SES, through SNS, sends a notification whose Message is itself a JSON
string; the addresses are in bounce.bouncedRecipients[].emailAddress:

    {
      "notificationType": "Bounce",
      "bounce": {
        "bounceType": "Permanent",
        "bounceSubType": "General",
        "bouncedRecipients": [
          {
            "emailAddress": "recipient@example.com",
            "action": "failed",
            "status": "5.1.1",
            "diagnosticCode": "smtp; 550 5.1.1 user unknown"
          }
        ],
        "timestamp": "2024-02-20T15:02:11.000Z",
        "feedbackId": "0100018dc6f1b2a3-11111111-2222-3333-4444-555555555555-000000",
        "reportingMTA": "dsn; a8-12.smtp-out.amazonses.com"
      },
      "mail": {"source": "alerts@example.com", "destination": ["recipient@example.com"]}
    }

Three lessons. Never key on the field name alone: "email" in one payload is
the sender in another. Treat "Transient"/"temporary" separately, or you will
suppress people whose mailbox was merely full for an afternoon. And log the
raw payload: you will want it the day a provider changes its format.

Read the full post: https://mailopsnotes.example/2024/02/20/bounce-webhooks-in-practice/

Mail Ops Notes | https://mailopsnotes.example
Unsubscribe to no longer receive posts from Mail Ops Notes.
Change your email settings at https://wordpress.com/me/notifications/subscriptions
"""
    hdrs = [
        ("Return-Path", "<bounce-a1b2c3d4-dana.whitfield=example.com@wordpress.com>"),
        ("Received", postfix_received("smtp-out-5.wordpress.com", "192.0.2.78", MX, "4TfYx93LmJz1bQ2", when, "dana.whitfield@example.com")),
        ("From", '"Mail Ops Notes" <donotreply@wordpress.com>'),
        ("Reply-To", '"Mail Ops Notes" <comment-reply@wordpress.com>'),
        ("To", "dana.whitfield@example.com"),
        ("Subject", '[New post] Bounce webhooks in practice: parsing the "recipient" and "email" fields'),
        ("Date", when),
        ("Message-ID", "<mailopsnotes.example-p=2841@wordpress.com>"),
        ("List-Unsubscribe", "<https://subscribe.wordpress.com/?key=0f1e2d3c4b5a69788796a5b4c3d2e1f0&email=dana.whitfield%40example.com&b=Xq7PjMz>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "Mail Ops Notes <mailopsnotes.example>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "WPCOM Mailer"),
    ]
    return message(hdrs, alternative("===============3318812276091550134==", plain))


@sample("nl-substack-mailbox-full-dsn-fields.eml")
def _():
    when = date(2024, 3, 12, 11, 30, 0)
    plain = """\
Mailbox full, or just full of excuses? Soft bounces, explained

Last week I promised to talk about the most misunderstood bounce of all.
Here it is, as it arrives in your mailbox when Postfix gives up after five
days \u2014 the machine-readable part of the report looks like this:

    Reporting-MTA: dns; out1.example.com
    Arrival-Date: Tue,  5 Mar 2024 09:12:44 +0000

    Final-Recipient: rfc822; lisa.meyer@example.org
    Original-Recipient: rfc822;lisa.meyer@example.org
    Action: failed
    Status: 5.2.2
    Remote-MTA: dns; mx.example.org
    Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

And on the way there, your MTA will have sent you the softer variant:

    Action: delayed
    Status: 4.2.2
    Diagnostic-Code: smtp; 452 4.2.2 <lisa.meyer@example.org>: Mailbox full, try again later

So which is it \u2014 soft or hard? Both, depending on who you ask.

The code says soft. 4.2.2 and even 5.2.2 describe a condition of the
mailbox, not of the address: it exists, it just cannot take more mail right
now. Technically the next attempt may work.

The data says hard, eventually. In our numbers from 1.2 million sends, an
address that reports "mailbox full" for 30 days in a row accepts mail again
in under 3% of cases. Nobody is coming back to that inbox.

My rule of thumb:

  \u2022 first "mailbox full": keep sending, note the date;
  \u2022 still full after 3 sends over at least 14 days: stop, treat as dead;
  \u2022 never count it towards your "hard bounce" rate on the dashboard.

Reply to this email if your ESP handles it differently \u2014 I read everything.

\u2014 Jonas

Deliverability Matters is a reader-supported publication.

Unsubscribe https://deliverabilitymatters.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0MjQyLCJwb3N0X2lkIjoxMzM3fQ
\u00a9 2024 Jonas Albrecht, 548 Market Street PMB 72296, San Francisco, CA 94104
"""
    hdrs = [
        ("Return-Path", "<bounce-4242-1337-dana.whitfield=example.com@mg-d0.substack.com>"),
        ("Received", postfix_received("mg-d0.substack.com", "198.51.100.201", MX, "4TvBz70qGdz2xRn", when, "dana.whitfield@example.com")),
        ("From", "Deliverability Matters <deliverabilitymatters@substack.com>"),
        ("Reply-To", "Deliverability Matters <reply+2hs8z1&4242&&a1b2c3d4@mg1.substack.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Mailbox full, or just full of excuses? Soft bounces, explained"),
        ("Date", when),
        ("Message-ID", "<20240312113000.3.9b1c2d3e4f5a6b7c@mg1.substack.com>"),
        ("List-Unsubscribe", "<https://deliverabilitymatters.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo0MjQyLCJwb3N0X2lkIjoxMzM3fQ>, <mailto:unsubscribe+4242@substack.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-URL", "<https://deliverabilitymatters.substack.com/>"),
        ("List-Id", "<deliverabilitymatters.substack.com>"),
        ("Precedence", "bulk"),
        ("X-Mailgun-Tag", "post"),
    ]
    return message(hdrs, text(plain, "utf-8", "quoted-printable"))


@sample("blog-undeliverable-outlook-ndr.eml")
def _():
    when = date(2024, 1, 23, 17, 5, 44)
    plain = """\
THE EXCHANGE ADMIN BLOG

Undeliverable: what Outlook's NDRs actually mean (and what to do about them)

Your users forward you one of these twice a week. It starts like this:

    Your message to former.employee@contoso.example couldn't be delivered.
    former.employee wasn't found at contoso.example.

    Delivery has failed to these recipients or groups:

    former.employee@contoso.example
    The email address you entered couldn't be found. Please check the
    recipient's email address and try to resend the message.

    Diagnostic information for administrators:

    Generating server: BN8PR12MB3345.namprd12.prod.outlook.com

    former.employee@contoso.example
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient former.employee@contoso.example not found by SMTP address lookup'

The "Undeliverable:" prefix in the subject, the blue banner and the
paragraph for the user all come from Exchange. The useful part is at the
bottom, under "Diagnostic information for administrators".

5.1.10 means the recipient's own tenant could not find the address, most
often because the mailbox was deleted when the person left. 5.4.1
("Recipient address rejected: Access denied") means the domain exists in
Exchange Online but Directory-Based Edge Blocking dropped the address.
5.7.1 together with "Your message can't be delivered because delivery to
this address is restricted" is a transport rule at the recipient's end.

What to tell the user: for 5.1.10 and 5.4.1, the address is gone; call the
contact. For 5.7.1, nothing on your side will fix it.

Read more and see all 27 codes in our table: https://blog.exchangeadmins.example/ndr-codes-2024

You received this because you subscribed to The Exchange Admin Blog.
Unsubscribe: https://blog.exchangeadmins.example/hs/manage-preferences/unsubscribe?d=VnRm0Z3Q
"""
    hdrs = [
        ("Return-Path", "<1axbtktvyhz2rj7rqz9d4tvswsmn1wgp1cqsg2-dana.whitfield=example.com@bounce.blog.exchangeadmins.example>"),
        ("Received", postfix_received("o1.hubspotemail.example", "203.0.113.51", MX, "4TKQg61yXqz4wPp", when, "dana.whitfield@example.com")),
        ("From", '"The Exchange Admin Blog" <blog@exchangeadmins.example>'),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Undeliverable: what Outlook's NDRs actually mean (and what to do about them)"),
        ("Date", when),
        ("Message-ID", "<1706029544321.7c1e1f8a-2a77-4b0e-9a1d-0d3c2b8e9f10@bf1.hubspot.example>"),
        ("List-Unsubscribe", "<https://blog.exchangeadmins.example/hs/manage-preferences/unsubscribe?d=VnRm0Z3Q>, <mailto:unsubscribe@blog.exchangeadmins.example?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-HS-Cid", "1axbtktvyhz2rj7rqz9d4tvswsmn1wgp1cqsg2"),
    ]
    return message(hdrs, alternative("----=_Part_2231845_1098301462.1706029544321", plain))


@sample("nl-webinar-delivery-failed-html-only.eml")
def _():
    when = date(2024, 1, 16, 15, 0, 0)
    body = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Delivery failed? Live webinar</title>
</head>
<body style="margin:0;padding:0;background:#eef1f5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f5">
<tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2733">
<tr><td style="padding:32px 40px 8px 40px;font-size:26px;font-weight:bold">Delivery failed? Rejected by Gmail?</td></tr>
<tr><td style="padding:8px 40px;font-size:16px;line-height:24px">
Since February 1st, Gmail and Yahoo reject bulk mail that is not authenticated. If your logs suddenly show lines like
</td></tr>
<tr><td style="padding:8px 40px"><pre style="background:#1d2733;color:#e8eef4;padding:12px;font-size:12px;white-space:pre-wrap">550-5.7.26 This mail is unauthenticated, which poses a security risk to the
550-5.7.26 sender and Gmail users, and has been blocked. The sender must
550-5.7.26 authenticate with at least one of SPF or DKIM.
550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp

421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints</pre></td></tr>
<tr><td style="padding:8px 40px;font-size:16px;line-height:24px">
&hellip; this webinar is for you. In 45 minutes our deliverability team walks through SPF, DKIM and DMARC alignment, one-click unsubscribe, and how to keep your spam-complaint rate under 0.3%.
</td></tr>
<tr><td style="padding:8px 40px;font-size:16px;line-height:24px">
<b>Thursday, January 25 &middot; 5pm CET / 11am EST</b><br>
Speakers: Ana Ribeiro (Head of Deliverability), Sam Okafor (Postmaster)
</td></tr>
<tr><td align="center" style="padding:24px 40px"><a href="https://events.sendwell.example/webinars/delivery-failed-2024?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=wb0125" style="background:#2f6fed;color:#ffffff;padding:14px 28px;text-decoration:none;border-radius:4px;font-weight:bold">Save my seat</a></td></tr>
<tr><td style="padding:16px 40px 32px 40px;font-size:12px;color:#7a8591;line-height:18px">
Sendwell GmbH &middot; Torstra&szlig;e 120 &middot; 10119 Berlin<br>
You are receiving this email because you have a Sendwell account. <a href="https://events.sendwell.example/unsubscribe?u=8812&amp;l=events" style="color:#7a8591">Unsubscribe from event invitations</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""
    hdrs = [
        ("Return-Path", "<events+bnc-8812-wb0125@bounces.sendwell.example>"),
        ("Received", postfix_received("mta-7.sendwell.example", "203.0.113.77", MX, "4TDt4h0bC1z3kFv", when, "dana.whitfield@example.com")),
        ("From", "Sendwell Events <events@sendwell.example>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Delivery failed? Live webinar: why Gmail and Yahoo now reject your mail"),
        ("Date", when),
        ("Message-ID", "<wb0125.8812.1705417200@mta-7.sendwell.example>"),
        ("List-Unsubscribe", "<https://events.sendwell.example/unsubscribe?u=8812&l=events>, <mailto:unsubscribe-8812-events@sendwell.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    return message(hdrs, text(body, "utf-8", "quoted-printable", "html"))


@sample("digest-medium-mail-delivery-failed-postmortem.eml")
def _():
    when = date(2024, 2, 8, 7, 12, 55)
    plain = """\
Medium Daily Digest

Stories for Dana Whitfield

From your following \u00b7 Software Engineering

Mail delivery failed: returning message to sender \u2014 a post-mortem
Rui Costa \u00b7 9 min read

At 03:12 our on-call got paged because the invoicing queue had stopped
draining. By 03:40 we had 14,000 copies of the same message in the support
inbox:

    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      billing@example.net
        host mx.example.net [203.0.113.25]
        SMTP error from remote mail server after RCPT TO:<billing@example.net>:
        550 5.1.1 <billing@example.net>: Recipient address rejected: User unknown

It turned out that a customer had deleted the shared mailbox our system
was sending invoices to, and our retry logic treated a 550 as "try again in
a minute"...
Read more: https://medium.com/@ruicosta/mail-delivery-failed-a-post-mortem-5b1e2f7a9c0d

Why your transactional email should never share a domain with marketing
Priya N. \u00b7 6 min read
Read more: https://medium.com/@priyan/why-your-transactional-email-4c2d9e8f1a3b

I rejected 300 pull requests this year. Here is what they had in common.
Henrik Sol \u00b7 12 min read
Read more: https://medium.com/@henriksol/i-rejected-300-pull-requests-7e6d5c4b3a2f

Sent by Medium \u00b7 548 Market St, PMB 15889, San Francisco, CA 94104
Unsubscribe from the Daily Digest: https://medium.com/me/email-settings?token=a7c2e9f0b1d4
"""
    hdrs = [
        ("Return-Path", "<bounces+5531099-4a8f-dana.whitfield=example.com@email.medium.com>"),
        ("Received", postfix_received("o1.email.medium.com", "198.51.100.3", MX, "4TVjKc3Hn7z5pQm", when, "dana.whitfield@example.com")),
        ("From", "Medium Daily Digest <noreply@medium.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", ew("Mail delivery failed: returning message to sender \u2014 a post-mortem | Rui Costa", "utf-8", "Q")),
        ("Date", when),
        ("Message-ID", "<6f0e1c2a.5b1e2f7a9c0d.20240208071255@medium.com>"),
        ("List-Unsubscribe", "<https://medium.com/me/email-settings?token=a7c2e9f0b1d4>, <mailto:unsubscribe@medium.com?subject=unsubscribe-a7c2e9f0b1d4>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-SG-EID", "u001.kX2d8fGQ7bH1zYcLm4Nw=="),
    ]
    return message(hdrs, alternative("d8f7c2b1a0e94f3aa5c6b7d8e9f01234", plain))


@sample("m365-message-center-ndr-changes.eml")
def _():
    when = date(2024, 2, 14, 2, 31, 7)
    plain = """\
Microsoft 365 Message center

Major update: Exchange Online non-delivery reports (NDRs) will show the recipient's server response
MC719842 \u00b7 Exchange Online \u00b7 Plan for change

When this will happen: rollout begins mid-March 2024 and completes by late April 2024.

How this affects your organization: the "Diagnostic information for administrators" section of
NDRs generated by Exchange Online will include the full response of the remote server. For
example, where users see today:

    Remote Server returned '550 5.4.1 Recipient address rejected: Access denied'

they will see after the change:

    Remote server returned '550 5.4.1 Recipient address rejected: Access denied. For more
    information see https://aka.ms/EXOSmtpErrors [DM6NAM12FT045.eop-nam12.prod.protection.outlook.com]'

No action is required. You may want to update help-desk documentation that shows screenshots of
undeliverable messages.

View this message in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC719842

You're subscribed to this email using dana.whitfield@example.com. To change email preferences or
unsubscribe, go to Message center preferences.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
"""
    hdrs = [
        ("Return-Path", "<o365mc@microsoft.com>"),
        ("Received", postfix_received("mail-dm6nam12on2101.outbound.protection.outlook.com", "192.0.2.101", MX, "4TZ9wB6Fq2z6nLs", when, "dana.whitfield@example.com")),
        ("From", "Microsoft 365 Message center <o365mc@microsoft.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Major update from Message center"),
        ("Thread-Topic", "Major update from Message center"),
        ("Date", when),
        ("Message-ID", "<MC719842.20240214023107.8a1f@o365mc.microsoft.com>"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(hdrs, alternative("_000_MC71984220240214023107_", plain))


# ============================================== person to person, help desk

@sample("p2p-fwd-postfix-bounce-inline.eml")
def _():
    when = date(2024, 3, 12, 10, 17, 31, 1)
    plain = """\
Hi Tom,

I keep getting this when I send the invoice to Acme Supplies. Is our server
broken or is their address wrong? They told me on the phone it is correct.

Priya

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
Date: Tue, Mar 12, 2024 at 10:02 AM
Subject: Undelivered Mail Returned to Sender
To: <priya.raman@example.com>


This is the mail system at host mail.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@acme-supplies.example>: host mx1.acme-supplies.example[198.51.100.7]
    said: 550 5.1.1 <accounts@acme-supplies.example>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)
"""
    html_text = """\
<div dir="ltr">Hi Tom,<div><br></div><div>I keep getting this when I send the invoice to Acme Supplies. Is our server broken or is their address wrong? They told me on the phone it is correct.</div><div><br></div><div>Priya</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Mail Delivery System</strong> <span dir="auto">&lt;<a href="mailto:MAILER-DAEMON@mail.example.com">MAILER-DAEMON@mail.example.com</a>&gt;</span><br>Date: Tue, Mar 12, 2024 at 10:02=E2=80=AFAM<br>Subject: Undelivered Mail Returned to Sender<br>To: &lt;<a href="mailto:priya.raman@example.com">priya.raman@example.com</a>&gt;<br></div><br><br>This is the mail system at host <a href="http://mail.example.com">mail.example.com</a>.<br><br>I&#39;m sorry to have to inform you that your message could not<br>be delivered to one or more recipients. It&#39;s attached below.<br><br>For further assistance, please send mail to postmaster.<br><br>If you do so, please include this problem report. You can<br>delete your own text from the attached returned message.<br><br>                   The mail system<br><br>&lt;<a href="mailto:accounts@acme-supplies.example">accounts@acme-supplies.example</a>&gt;: host <a href="http://mx1.acme-supplies.example">mx1.acme-supplies.example</a>[198.51.100.7]<br>    said: 550 5.1.1 &lt;<a href="mailto:accounts@acme-supplies.example">accounts@acme-supplies.example</a>&gt;: Recipient address<br>    rejected: User unknown in local recipient table (in reply to RCPT TO<br>    command)<br></div></div>
""".replace("=E2=80=AF", "\u202f")
    hdrs = [
        ("Return-Path", "<priya.raman@example.com>"),
        ("Received", "from mail.example.com (localhost [127.0.0.1])\n\tby mail.example.com (Postfix) with ESMTPSA id 4Tv2Hq1N0cz1kQ8\n\tfor <tom.becker@example.com>; " + when),
        ("From", "Priya Raman <priya.raman@example.com>"),
        ("To", "Tom Becker <tom.becker@example.com>"),
        ("Subject", "Fwd: Undelivered Mail Returned to Sender"),
        ("Date", when),
        ("Message-ID", "<CAH7x2Lq8w3bRk1Pz0mV5dQeN9sT4uYf6gJ2cX=Ak1Lw@mail.gmail.com>"),
        ("In-Reply-To", "<20240312090211.4Tv2Fp5vXqz1kQ3@mail.example.com>"),
        ("References", "<20240312090211.4Tv2Fp5vXqz1kQ3@mail.example.com>"),
    ]
    return message(hdrs, multipart("alternative", "0000000000003a2f1b06137c8e21", [
        text(plain, "UTF-8", "quoted-printable"),
        text(html_text, "UTF-8", "quoted-printable", "html"),
    ]))


@sample("p2p-reply-quoting-exim-bounce.eml")
def _():
    when = date(2024, 3, 12, 11, 4, 9, 1)
    plain = """\
Hi Priya,

Our server is fine -- it's their side. Look at the part I marked:
mx1.acme-supplies.example itself answered "User unknown" when we said
RCPT TO. The address simply doesn't exist on their mail server (any more).
Someone probably renamed the shared mailbox. Ask them for the current
billing address, ideally by phone, and resend.

The other one you got yesterday is the same story, just from Exim:

On Tue, 12 Mar 2024 at 10:17, Priya Raman <priya.raman@example.com> wrote:
> And yesterday I got this one for the Nordlicht order:
>
> Subject: Mail delivery failed: returning message to sender
> From: Mail Delivery System <Mailer-Daemon@relay.example.com>
>
> This message was created automatically by mail delivery software.
>
> A message that you sent could not be delivered to one or more of its
> recipients. This is a permanent error. The following address(es) failed:
>
>   einkauf@nordlicht-handel.example
>     host mx00.nordlicht-handel.example [203.0.113.140]
>     SMTP error from remote mail server after RCPT TO:<einkauf@nordlicht-handel.example>:
>     550 5.1.1 <einkauf@nordlicht-handel.example>: Recipient address rejected: User unknown
>
> Is that the same thing? Why does it look so different?

Yes, the same thing. Different mail server software, different wording,
same 550 5.1.1.

Tom

--
Tom Becker | IT Operations | Example Ltd.
"""
    hdrs = [
        ("Return-Path", "<tom.becker@example.com>"),
        ("Received", "from mail.example.com (localhost [127.0.0.1])\n\tby mail.example.com (Postfix) with ESMTPSA id 4Tv3Nn0TpMz1kRc\n\tfor <priya.raman@example.com>; " + when),
        ("From", "Tom Becker <tom.becker@example.com>"),
        ("To", "Priya Raman <priya.raman@example.com>"),
        ("Subject", "Re: Fwd: Undelivered Mail Returned to Sender"),
        ("Date", when),
        ("Message-ID", "<7d3f0a5e-9b2c-4e61-8f1a-2c4b6d8e0f13@example.com>"),
        ("In-Reply-To", "<CAH7x2Lq8w3bRk1Pz0mV5dQeN9sT4uYf6gJ2cX=Ak1Lw@mail.gmail.com>"),
        ("References", "<20240312090211.4Tv2Fp5vXqz1kQ3@mail.example.com>\n <CAH7x2Lq8w3bRk1Pz0mV5dQeN9sT4uYf6gJ2cX=Ak1Lw@mail.gmail.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
    ]
    return message(hdrs, text(plain, "UTF-8", "7bit", params="; format=flowed"))


@sample("p2p-outlook-reply-undeliverable-html.eml")
def _():
    when = date(2024, 2, 27, 9, 48, 2, 1)
    sent_orig = "Tuesday, February 27, 2024 9:31 AM"
    plain = """\
Hi Lukas,

Can you have a look at this? I sent the Q1 price list to Helga this morning
and got the message below back. Her address worked last week.

Thanks,
Sabine

From: Microsoft Outlook <postmaster@example.com>
Sent: %s
To: Sabine Koch <sabine.koch@example.com>
Subject: Undeliverable: Q1 price list

Delivery has failed to these recipients or groups:

helga.brandt@kunde-gmbh.example
Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.

Diagnostic information for administrators:

Generating server: AM6PR04MB5671.eurprd04.prod.outlook.com

helga.brandt@kunde-gmbh.example
Remote Server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'
""" % sent_orig
    html_text = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal"><span lang="EN-US">Hi Lukas,<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="EN-US">Can you have a look at this? I sent the Q1 price list to Helga this morning and got the message below back. Her address worked last week.<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<p class="MsoNormal"><span lang="EN-US">Thanks,<br>Sabine<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Microsoft Outlook &lt;postmaster@example.com&gt;<br>
<b>Sent:</b> %s<br>
<b>To:</b> Sabine Koch &lt;sabine.koch@example.com&gt;<br>
<b>Subject:</b> Undeliverable: Q1 price list<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p style="margin-top:15pt;margin-bottom:15pt"><b><span style="font-size:12pt;font-family:Segoe UI;color:#212121">Delivery has failed to these recipients or groups:</span></b></p>
<p class="MsoNormal"><a href="mailto:helga.brandt@kunde-gmbh.example">helga.brandt@kunde-gmbh.example</a><br>
Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Diagnostic information for administrators:</b><o:p></o:p></p>
<p class="MsoNormal">Generating server: AM6PR04MB5671.eurprd04.prod.outlook.com<o:p></o:p></p>
<p class="MsoNormal">helga.brandt@kunde-gmbh.example<br>
Remote Server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'<o:p></o:p></p>
</div>
</body>
</html>
""" % sent_orig
    hdrs = [
        ("Return-Path", "<sabine.koch@example.com>"),
        ("Received", "from AM6PR04MB5671.eurprd04.prod.outlook.com (2603:10a6:20b:f0::14) by\n AM6PR04MB4422.eurprd04.prod.outlook.com with HTTPS; " + when),
        ("From", "Sabine Koch <sabine.koch@example.com>"),
        ("To", "Lukas Weber <lukas.weber@example.com>"),
        ("Subject", "FW: Undeliverable: Q1 price list"),
        ("Thread-Topic", "Undeliverable: Q1 price list"),
        ("Thread-Index", "AQHaaV2kqP3n8kq1bU2x0r7a8wJm1rEe3Y9A"),
        ("Date", when),
        ("Message-ID", "<AM6PR04MB56713F2C0E9A1B7D4C8E2F15A3E12@AM6PR04MB5671.eurprd04.prod.outlook.com>"),
        ("References", "<0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@AM6PR04MB5671.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", "<0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@AM6PR04MB5671.eurprd04.prod.outlook.com>"),
        ("Accept-Language", "de-DE, en-US"),
        ("Content-Language", "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hdrs, multipart("alternative", "_000_AM6PR04MB56713F2C0E9A1B7D4C8E2F15A3E12AM6PR04MB5671eurp_", [
        text(plain, "us-ascii", "quoted-printable"),
        text(html_text, "us-ascii", "quoted-printable", "html"),
    ]))


@sample("helpdesk-rt-ticket-pasted-ndr.eml")
def _():
    when = date(2024, 3, 7, 8, 55, 20)
    plain = """\
Thu Mar 07 08:55:19 2024: Request 48213 was acted upon.
 Transaction: Ticket created by m.ferreira@client-logistics.example
       Queue: Email
     Subject: Emails to our customer keep bouncing back
       Owner: Nobody
  Requestors: m.ferreira@client-logistics.example
      Status: new
 Ticket <URL: https://rt.example.com/Ticket/Display.html?id=48213 >


Hello support,

since Monday every mail we send to our customer Ventura Foods comes back.
I copy the text I get below. Our other customers are fine. Can you check if
our server is on a blacklist or something?

-------------------------------------------------
Delivery has failed to these recipients or groups:

orders@venturafoods.example
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: mail.client-logistics.example
Receiving server: venturafoods-example.mail.protection.outlook.com (203.0.113.210)

orders@venturafoods.example
Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)'

Original message headers:
From: Marco Ferreira <m.ferreira@client-logistics.example>
To: orders@venturafoods.example
Subject: Delivery schedule week 11
Date: Mon, 4 Mar 2024 14:21:09 +0100
-------------------------------------------------

Thank you,
Marco Ferreira
Client Logistics Lda.
"""
    hdrs = [
        ("Return-Path", "<rt@example.com>"),
        ("Received", "from rt.example.com (rt.example.com [192.0.2.30])\n\tby %s (Postfix) with ESMTP id 4Tr8Jd5kS9z3mVn\n\tfor <dana.whitfield@example.com>; %s" % (MX, when)),
        ("Subject", "[example.com #48213] Emails to our customer keep bouncing back"),
        ("From", '"m.ferreira@client-logistics.example via RT" <support@example.com>'),
        ("Reply-To", "support@example.com"),
        ("To", "dana.whitfield@example.com"),
        ("Date", when),
        ("Message-ID", "<rt-5.0.5-2215-1709801719-1337.48213-6-0@example.com>"),
        ("References", "<RT-Ticket-48213@example.com>"),
        ("Precedence", "bulk"),
        ("X-RT-Loop-Prevention", "example.com"),
        ("X-RT-Ticket", "example.com #48213"),
        ("X-Managed-BY", "RT 5.0.5 (http://www.bestpractical.com/rt/)"),
        ("X-RT-Originator", "m.ferreira@client-logistics.example"),
        ("RT-Originator", "m.ferreira@client-logistics.example"),
        ("X-RT-Queue", "Email"),
    ]
    return message(hdrs, text(plain, "utf-8", "quoted-printable"))


@sample("helpdesk-agent-reply-quoting-gmail-bounce.eml")
def _():
    when = date(2024, 3, 8, 13, 20, 41)
    plain = """\
##- Please type your reply above this line -##

Your request (3317) has been updated. To add additional comments, reply to this email.

Kasia (Example Support)
Mar 8, 2024, 14:20 CET

Hi Maciej,

thanks for the screenshot. Our servers delivered the message to Google
fine; it is Google that has no mailbox with that name:

> Address not found
>
> Your message wasn't delivered to m.kowalski@example.pl because the
> address couldn't be found, or is unable to receive mail.
>
> The response from the remote server was:
> 550 5.1.1 The email account that you tried to reach does not exist.
> Please try double-checking the recipient's email address for typos or
> unnecessary spaces. For more information, go to
> https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-42f0b1c2a3sm1234567qtb.12 - gsmtp

Could you check whether the address should be "m.kowalski" or
"m.kowalsky"? In your address book both exist.

Best regards,
Kasia

Maciej Nowak
Mar 8, 2024, 13:02 CET

Why do my emails to our new colleague bounce?

This email is a service from Example Support.
[RZ8K1P-QW2M]
"""
    hdrs = [
        ("Return-Path", "<support+id3317@example.zendesk.com>"),
        ("Received", postfix_received("out-8.smtp.zendesk.example", "198.51.100.88", "mx.example.pl", "4TrtYV2m4Lz7wHs", when, "maciej.nowak@example.pl")),
        ("From", '"Kasia (Example Support)" <support@example.zendesk.com>'),
        ("Reply-To", "Example Support <support+id3317@example.zendesk.com>"),
        ("To", "Maciej Nowak <maciej.nowak@example.pl>"),
        ("Subject", "[Example Support] Re: Why do my emails to our new colleague bounce?"),
        ("Date", when),
        ("Message-ID", "<RZ8K1PQW2M_65eb0f2990a1c_3a5e2d8c1041_sprut@zendesk.com>"),
        ("In-Reply-To", "<RZ8K1PQW2M@zendesk.com>"),
        ("References", "<RZ8K1PQW2M@zendesk.com>"),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "4c1e2a9"),
        ("X-Zendesk-Email-Id", "01HRGQ3X4Y5Z6A7B8C9D0E1F2G"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return message(hdrs, alternative("--==_mimepart_65eb0f2991f3a_3a5e2d8c10424c", plain))


@sample("github-issue-pasted-qmail-bounce.eml")
def _():
    when = date(2024, 2, 29, 21, 7, 33)
    plain = """\
kenji-w opened an issue (mailtools/bouncekit#214)

**What happened**

A bounce from our qmail relay is not recognised when the body is base64
encoded. Decoded, it reads:

```
Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sales@example.org>:
198.51.100.20 does not like recipient.
Remote host said: 550 5.1.1 <sales@example.org>... User unknown
Giving up on 198.51.100.20.

--- Below this line is a copy of the message.
```

**Expected**: one record, sales@example.org, userunknown.
**Actual**: `no bounce found`.

**Version**: v0.9.3, go1.22.0 linux/amd64

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/mailtools/bouncekit/issues/214
You are receiving this because you are subscribed to this thread.

Message ID: <mailtools/bouncekit/issues/214@github.com>
"""
    html_text = """\
<p></p>
<p dir="auto">kenji-w opened an issue (<a href="https://github.com/mailtools/bouncekit/issues/214">mailtools/bouncekit#214</a>)</p>
<p dir="auto"><strong>What happened</strong></p>
<p dir="auto">A bounce from our qmail relay is not recognised when the body is base64 encoded. Decoded, it reads:</p>
<pre class="notranslate"><code class="notranslate">Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

&lt;sales@example.org&gt;:
198.51.100.20 does not like recipient.
Remote host said: 550 5.1.1 &lt;sales@example.org&gt;... User unknown
Giving up on 198.51.100.20.

--- Below this line is a copy of the message.
</code></pre>
<p dir="auto"><strong>Expected</strong>: one record, <a href="mailto:sales@example.org">sales@example.org</a>, userunknown.<br>
<strong>Actual</strong>: <code class="notranslate">no bounce found</code>.</p>
<p dir="auto"><strong>Version</strong>: v0.9.3, go1.22.0 linux/amd64</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/mailtools/bouncekit/issues/214">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3XQ7M2KJ4L5N6P7Q8R9S2T3UVCNFSM6AAAAABD">unsubscribe</a>.<br />You are receiving this because you are subscribed to this thread.</p>
"""
    hdrs = [
        ("Return-Path", "<noreply@github.com>"),
        ("Received", postfix_received("out-21.smtp.github.com", "192.0.2.21", MX, "4Tm3Fq6XsQz8tKj", when, "dana.whitfield@example.com")),
        ("Date", when),
        ("From", "Kenji Watanabe <notifications@github.com>"),
        ("Reply-To", "mailtools/bouncekit <reply+AB3XQ7KZP2W4FJ6M7N8Q9R2S3T4UVEVBNHHIEXAMPLE@reply.github.com>"),
        ("To", "mailtools/bouncekit <bouncekit@noreply.github.com>"),
        ("Cc", "Subscribed <subscribed@noreply.github.com>"),
        ("Message-ID", "<mailtools/bouncekit/issues/214@github.com>"),
        ("Subject", "[mailtools/bouncekit] qmail bounce not recognised when body is base64 (Issue #214)"),
        ("List-ID", "mailtools/bouncekit <bouncekit.mailtools.github.com>"),
        ("List-Archive", "https://github.com/mailtools/bouncekit"),
        ("List-Unsubscribe", "<mailto:unsub+AB3XQ7KZP2W4FJ6M7N8Q9R2S3T4UVEVBNHHIEXAMPLE@reply.github.com>,\n <https://github.com/notifications/unsubscribe/AB3XQ7M2KJ4L5N6P7Q8R9S2T3UVCNFSM6AAAAABD>"),
        ("X-GitHub-Sender", "kenji-w"),
        ("X-GitHub-Recipient", "dwhitfield"),
        ("X-GitHub-Reason", "subscribed"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-GitHub-Recipient-Address", "dana.whitfield@example.com"),
    ]
    return message(hdrs, multipart("alternative", "--==_mimepart_65e0f19d8c2e4_2b6a3f1c7891d", [
        text(plain, "UTF-8", "7bit" if plain.isascii() else "quoted-printable"),
        text(html_text, "UTF-8", "7bit" if html_text.isascii() else "quoted-printable", "html"),
    ]))


# ============================================================ mailing lists

MAILMAN2_LIST_HEADERS = [
    ("X-BeenThere", "postfix-users@lists.example.org"),
    ("X-Mailman-Version", "2.1.39"),
    ("Precedence", "list"),
    ("List-Id", "Postfix users discussion <postfix-users.lists.example.org>"),
    ("List-Unsubscribe", "<https://lists.example.org/mailman/options/postfix-users>,\n <mailto:postfix-users-request@lists.example.org?subject=unsubscribe>"),
    ("List-Archive", "<https://lists.example.org/pipermail/postfix-users/>"),
    ("List-Post", "<mailto:postfix-users@lists.example.org>"),
    ("List-Help", "<mailto:postfix-users-request@lists.example.org?subject=help>"),
    ("List-Subscribe", "<https://lists.example.org/mailman/listinfo/postfix-users>,\n <mailto:postfix-users-request@lists.example.org?subject=subscribe>"),
]
MAILMAN2_FOOTER = """\
_______________________________________________
Postfix-users mailing list
Postfix-users@lists.example.org
https://lists.example.org/mailman/listinfo/postfix-users
"""
DANA_VERP = "postfix-users-bounces+dana.whitfield=example.com@lists.example.org"


@sample("mailman2-post-550-rejects.eml")
def _():
    when = date(2024, 3, 11, 16, 22, 8, 1)
    plain = """\
On 11.03.24 15:40, Olav Haugen wrote:
> after migrating to the new box, mail for some perfectly valid users is
> rejected. The log says:
>
> Mar 11 14:02:13 mx1 postfix/smtpd[2231]: NOQUEUE: reject: RCPT from mail-yw1.example.net[203.0.113.9]: 550 5.1.1 <j.smith@example.com>: Recipient address rejected: User unknown in virtual mailbox table; from=<alice@example.net> to=<j.smith@example.com> proto=ESMTP helo=<mail-yw1.example.net>
>
> j.smith exists, I can log in to Dovecot with it. What am I missing?

"User unknown in virtual mailbox table" means exactly that: the lookup in
virtual_mailbox_maps did not find the address. Dovecot does not matter
here; Postfix never asks it. Run

  postmap -q j.smith@example.com mysql:/etc/postfix/mysql-virtual-mailbox-maps.cf

on the new box. If it prints nothing, your query or your hosts= line is
wrong (I bet the old box had the database on localhost). And do post
"postconf -n" next time, as the list welcome message asks.

Also: set "soft_bounce = yes" while you migrate, so that mistakes like this
give 450 instead of 550 and senders retry instead of getting bounces.

Regards,
Wietske

""" + MAILMAN2_FOOTER
    hdrs = [
        ("Return-Path", "<%s>" % DANA_VERP),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TtnLz2Q5sz9wXc", when, "dana.whitfield@example.com")),
        ("From", "Wietske Jansen <wietske@example.nl>"),
        ("To", "postfix-users@lists.example.org"),
        ("Subject", "Re: [pfx] 550 5.1.1 rejects for valid users after migration"),
        ("Date", when),
        ("Message-ID", "<b8e2c1d0-5f4a-4e3b-9c2d-1a0f9e8d7c6b@example.nl>"),
        ("In-Reply-To", "<CAF9q3x0rW8yM2kP5sT1vN7bL4cH6dJ3gQ0e@mail.gmail.com>"),
        ("References", "<CAF9q3x0rW8yM2kP5sT1vN7bL4cH6dJ3gQ0e@mail.gmail.com>"),
        ("User-Agent", "Mozilla Thunderbird"),
    ] + MAILMAN2_LIST_HEADERS + [
        ("Errors-To", DANA_VERP),
        ("Sender", '"Postfix-users" <%s>' % DANA_VERP),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit", params="; format=flowed"))


@sample("mailman3-post-bounce-processing-question.eml")
def _():
    when = date(2024, 3, 6, 19, 45, 12)
    plain = """\
Hello list,

this morning I received the message below from our own list server, about
my own subscription to announce@:

    Your membership in the mailing list announce@lists.example.org has been
    disabled due to excessive bounces The last bounce received from you was
    dated 05-Mar-2024.  You will not get any more messages from this list
    until you re-enable your membership.  You will receive 3 more reminders
    like this before your membership in the list is deleted.

I have been receiving every other list without problems. Looking at the
held bounces in Postorius, they are all from our old spam filter:

    <hannah@example.de>: host filter.example.de[198.51.100.90] said: 554 5.7.1
        Message rejected: spam score 9.2 (in reply to end of DATA command)

Two questions:

1. Is bounce_score_threshold counted per list or per address? It looks like
   announce@ crossed the threshold while the others did not.
2. Is there a way to make Mailman 3 ignore 5.7.1 content rejections for
   scoring, and only count 5.1.x?

Mailman 3.3.9, Postorius 1.3.10, HyperKitty 1.3.9.

Thanks,
Hannah
_______________________________________________
Mailman-users mailing list -- mailman-users@lists.example.org
To unsubscribe send an email to mailman-users-leave@lists.example.org
https://lists.example.org/mailman3/lists/mailman-users.lists.example.org/
Member address: dana.whitfield@example.com
"""
    hdrs = [
        ("Return-Path", "<mailman-users-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TqdD94hVbz9wXm", when, "dana.whitfield@example.com")),
        ("From", "Hannah Vogel <hannah@example.de>"),
        ("Subject", "[MM3-users] Bounce processing disabled my own subscription?"),
        ("Date", when),
        ("Message-ID", "<170975431204.2218.5501237759342661883@lists.example.org>"),
        ("Message-ID-Hash", "XG3T7K2QZLM4N5P6R7S8T9U2V3W4X5Y6"),
        ("X-Message-ID-Hash", "XG3T7K2QZLM4N5P6R7S8T9U2V3W4X5Y6"),
        ("X-MailFrom", "hannah@example.de"),
        ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; header-match-mailman-users.lists.example.org-0; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header"),
        ("X-Mailman-Version", "3.3.9"),
        ("Precedence", "list"),
        ("To", "mailman-users@lists.example.org"),
        ("List-Id", "Mailman users <mailman-users.lists.example.org>"),
        ("Archived-At", "<https://lists.example.org/archives/list/mailman-users@lists.example.org/message/XG3T7K2QZLM4N5P6R7S8T9U2V3W4X5Y6/>"),
        ("List-Archive", "<https://lists.example.org/archives/list/mailman-users@lists.example.org/>"),
        ("List-Help", "<mailto:mailman-users-request@lists.example.org?subject=help>"),
        ("List-Owner", "<mailto:mailman-users-owner@lists.example.org>"),
        ("List-Post", "<mailto:mailman-users@lists.example.org>"),
        ("List-Subscribe", "<mailto:mailman-users-join@lists.example.org>"),
        ("List-Unsubscribe", "<mailto:mailman-users-leave@lists.example.org>"),
    ]
    return message(hdrs, text(plain, "utf-8", "7bit"))


def _digest_message(n, when, frm, subject, msgid, body, in_reply_to=None):
    lines = ["Date: %s" % when, "From: %s" % frm, "To: postfix-users@lists.example.org",
             "Subject: %s" % subject, "Message-ID: %s" % msgid]
    if in_reply_to:
        lines.append("In-Reply-To: %s" % in_reply_to)
    lines += ["Content-Type: text/plain; charset=us-ascii; format=flowed",
              "Content-Transfer-Encoding: 7bit"]
    return "\n".join(lines) + "\n\n" + body


DIGEST_MSGS = [
    (date(2024, 3, 13, 9, 2, 40, 1), "Rui Costa <rui@example.pt>",
     "Undelivered Mail Returned to Sender - why for a local user?",
     "<4f2a9c1e-77b0-4d2a-b5c6-0e1f2a3b4c5d@example.pt>", """\
Hi all,

users on our own domain get this when writing to each other:

   <ana@example.pt>: mail for example.pt loops back to myself

mydestination has $myhostname, localhost.$mydomain, localhost. What else
should I look at?

Rui
""", None),
    (date(2024, 3, 13, 9, 30, 5, 1), "Viktor N <viktor@example.org>",
     "Re: Undelivered Mail Returned to Sender - why for a local user?",
     "<ZfGk1bH2c3D4e5F6@example.org>", """\
On Wed, Mar 13, 2024 at 09:02:40AM +0100, Rui Costa wrote:

>    <ana@example.pt>: mail for example.pt loops back to myself

example.pt must be listed in mydestination (or virtual_mailbox_domains),
and the MX for example.pt points to this host. Postfix sees the MX, sees
itself, and finds no local rule for the domain. Add it to mydestination.

--
	Viktor.
""", "<4f2a9c1e-77b0-4d2a-b5c6-0e1f2a3b4c5d@example.pt>"),
    (date(2024, 3, 13, 11, 48, 19), "Ines Okoro <ines@example.co.uk>",
     "Mailbox full bounces not returned to the original sender",
     "<e1d2c3b4-a5f6-4789-8a9b-0c1d2e3f4a5b@example.co.uk>", """\
We relay to Dovecot over LMTP. When a mailbox is over quota, Dovecot says

   452 4.2.2 <bob@example.co.uk> Quota exceeded (mailbox for user is full)

and Postfix keeps the mail in the queue for five days before it bounces.
Can we make it return the message straight away? 5.2.2 would be fine.

Thanks,
Ines
""", None),
]


@sample("mailman2-digest-plain.eml")
def _():
    when = date(2024, 3, 13, 12, 0, 4)
    topics = "\n".join("   %d. %s (%s)" % (i + 1, m[2], m[1].split(" <")[0]) for i, m in enumerate(DIGEST_MSGS))
    parts = []
    for i, (d, frm, subj, mid, body, _irt) in enumerate(DIGEST_MSGS):
        parts.append("Message: %d\nDate: %s\nFrom: %s\nTo: postfix-users@lists.example.org\nSubject: %s\nMessage-ID: %s\nContent-Type: text/plain; charset=us-ascii; format=flowed\n\n%s" % (i + 1, d, frm, subj, mid, body))
    plain = """\
Send Postfix-users mailing list submissions to
	postfix-users@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example.org/mailman/listinfo/postfix-users
or, via email, send a message with subject or body 'help' to
	postfix-users-request@lists.example.org

You can reach the person managing the list at
	postfix-users-owner@lists.example.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Postfix-users digest..."


Today's Topics:

%s


----------------------------------------------------------------------

%s
------------------------------

Subject: Digest Footer

%s

------------------------------

End of Postfix-users Digest, Vol 212, Issue 9
*********************************************
""" % (topics, "\n------------------------------\n\n".join(parts), MAILMAN2_FOOTER.rstrip("\n"))
    hdrs = [
        ("Return-Path", "<%s>" % DANA_VERP),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TwGn55cfSz9wXr", when, "dana.whitfield@example.com")),
        ("From", "postfix-users-request@lists.example.org"),
        ("Subject", "Postfix-users Digest, Vol 212, Issue 9"),
        ("To", "postfix-users@lists.example.org"),
        ("Reply-To", "postfix-users@lists.example.org"),
        ("Date", when),
        ("Message-ID", "<mailman.3419.1710331204.1180.postfix-users@lists.example.org>"),
    ] + MAILMAN2_LIST_HEADERS + [
        ("Errors-To", DANA_VERP),
        ("Sender", '"Postfix-users" <%s>' % DANA_VERP),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("mailman2-digest-mime.eml")
def _():
    when = date(2024, 3, 14, 12, 0, 5)
    b_outer = "===============4628571803373051932=="
    b_digest = "===============0733104288126455027=="
    masthead = """\
Send Postfix-users mailing list submissions to
	postfix-users@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example.org/mailman/listinfo/postfix-users
or, via email, send a message with subject or body 'help' to
	postfix-users-request@lists.example.org

You can reach the person managing the list at
	postfix-users-owner@lists.example.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of Postfix-users digest..."
"""
    msgs = [
        (date(2024, 3, 13, 14, 3, 51), "Ines Okoro <ines@example.co.uk>",
         "Re: Mailbox full bounces not returned to the original sender",
         "<7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d@example.co.uk>", """\
Answering myself for the archive: Dovecot has quota_full_tempfail = no
(the default), but our LMTP was wrapped by a content filter that turned
every error into 452. With the filter fixed, Postfix now gets

   552 5.2.2 <bob@example.co.uk> Quota exceeded (mailbox for user is full)

and bounces immediately.

Ines
""", "<e1d2c3b4-a5f6-4789-8a9b-0c1d2e3f4a5b@example.co.uk>"),
        (date(2024, 3, 14, 8, 17, 26, -5), "Greg Lindahl <greg@example.com>",
         "Delivery Status Notification (Failure) for list posts from Gmail users",
         "<CAKq9r2P7mW5s8Lt3vN1bX4cJ6hZ0dF2gE@mail.gmail.com>", """\
Since last week, subscribers at Gmail tell me they get a "Delivery Status
Notification (Failure)" from Google every time they post to our list. The
text they forward me says

   550-5.7.26 Unauthenticated email from example.com is not accepted due to
   550-5.7.26 domain's DMARC policy.

I assume it is our list rewriting the Subject and breaking DKIM. Is
ARC-signing the answer, or should we munge From like Mailman does?

Greg
""", None),
    ]
    digest_parts = [plain_entity("message/rfc822", _digest_message(i + 1, *m)) for i, m in enumerate(msgs)]
    topics = "Today's Topics:\n\n" + "\n".join("   %d. %s (%s)" % (i + 1, m[2], m[1].split(" <")[0]) for i, m in enumerate(msgs)) + "\n"
    inner = multipart("digest", b_digest, digest_parts)
    ent = multipart("mixed", b_outer, [
        text(masthead, "us-ascii", "7bit", headers=["Content-Description: Postfix-users Digest, Vol 212, Issue 10"]),
        text(topics, "us-ascii", "7bit", headers=['Content-Description: Today\'s Topics (2 messages)']),
        inner,
        text(MAILMAN2_FOOTER, "us-ascii", "7bit", headers=["Content-Disposition: inline", "Content-Description: Digest Footer"]),
    ])
    hdrs = [
        ("Return-Path", "<%s>" % DANA_VERP),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TwzR41KlJz9wXv", when, "dana.whitfield@example.com")),
        ("From", "postfix-users-request@lists.example.org"),
        ("Subject", "Postfix-users Digest, Vol 212, Issue 10"),
        ("To", "postfix-users@lists.example.org"),
        ("Reply-To", "postfix-users@lists.example.org"),
        ("Date", when),
        ("Message-ID", "<mailman.3482.1710417605.1180.postfix-users@lists.example.org>"),
    ] + MAILMAN2_LIST_HEADERS + [
        ("Errors-To", DANA_VERP),
        ("Sender", '"Postfix-users" <%s>' % DANA_VERP),
    ]
    return message(hdrs, ent)


@sample("mailman3-welcome.eml")
def _():
    when = date(2024, 3, 4, 10, 12, 40)
    plain = """\
Welcome to the "Deliverability" mailing list!

To post to this list, send your message to:

  deliverability@lists.example.org

You can unsubscribe or make adjustments to your options via email by
sending a message to:

  deliverability-request@lists.example.org

with the word 'help' in the subject or body (don't include the
quotes), and you will get back a message with instructions.  You will
need your password to change your options, but for security purposes,
this password is not included here.  If you have forgotten your
password you will need to reset it via the web UI.

A few rules of the list, please read them once:

  * Paste logs and bounce messages as plain text, with addresses and IP
    addresses obfuscated if you must. Do not attach screenshots.
  * Do not forward whole bounces with the original message attached:
    the list will hold them as "too large".
  * Mail bouncing from your own address will disable your subscription
    after a few bounces; you will be told, and can re-enable it.
"""
    hdrs = [
        ("Return-Path", "<deliverability-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TpD6k1RwDz9wXa", when, "dana.whitfield@example.com")),
        ("Subject", 'Welcome to the "Deliverability" mailing list'),
        ("From", "deliverability-request@lists.example.org"),
        ("To", DANA),
        ("Message-ID", "<170954716035.2218.10402775993160255591@lists.example.org>"),
        ("Date", when),
        ("Precedence", "bulk"),
        ("X-Mailman-Version", "3.3.9"),
        ("List-Id", "Deliverability <deliverability.lists.example.org>"),
    ]
    return message(hdrs, text(plain, "utf-8", "7bit"))


@sample("mailman3-confirm-subscription.eml")
def _():
    when = date(2024, 3, 4, 10, 9, 2)
    token = "4f1c9a0e7b2d3e5f6a7b8c9d0e1f2a3b4c5d6e7f"
    plain = """\
Email Address Registration Confirmation

Hello, this is the GNU Mailman server at lists.example.org.

We have received a registration request for the email address

    dana.whitfield@example.com

Before you can start using GNU Mailman at this site, you must first confirm
that this is your email address.  You can do this by replying to this message.

Or you should include the following line -- and only the following line --
in a message to deliverability-request@lists.example.org:

    confirm %s

Note that simply sending a `reply' to this message should work from
most mail readers.

If you do not wish to register this email address, simply disregard this
message.  If you think you are being maliciously subscribed to the list, or
have any other questions, you may contact

    deliverability-owner@lists.example.org
""" % token
    hdrs = [
        ("Return-Path", "<deliverability-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TpD1x6FbCz9wXZ", when, "dana.whitfield@example.com")),
        ("Subject", "confirm " + token),
        ("From", "deliverability-confirm+%s@lists.example.org" % token),
        ("To", "dana.whitfield@example.com"),
        ("Reply-To", "deliverability-confirm+%s@lists.example.org" % token),
        ("Message-ID", "<170954694245.2218.3321448190763515093@lists.example.org>"),
        ("Date", when),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailman-Version", "3.3.9"),
        ("List-Id", "Deliverability <deliverability.lists.example.org>"),
    ]
    return message(hdrs, text(plain, "utf-8", "7bit"))


@sample("mailman2-password-reminder.eml")
def _():
    when = date(2024, 3, 1, 5, 0, 2)
    plain = """\
This is a reminder, sent out once a month, about your lists.example.org
mailing list memberships.  It includes your subscription info and how
to use it to change it or unsubscribe from a list.

You can visit the URLs to change your membership status or
configuration, including unsubscribing, setting digest-style delivery
or disabling delivery altogether (e.g., for a vacation), and so on.

In addition to the URL interfaces, you can also use email to make such
changes.  For more info, send a message to the '-request' address of
the list (for example, postfix-users-request@lists.example.org) containing just
the word 'help' in the message body, and an email message will be sent
to you with instructions.

If you have questions, problems, comments, etc, send them to
mailman-owner@lists.example.org.  Thanks!

Passwords for dana.whitfield@example.com:

List                                     Password // URL
----                                     --------
postfix-users@lists.example.org          tebleqim
https://lists.example.org/mailman/options/postfix-users/dana.whitfield%40example.com
mx-operators@lists.example.org           tebleqim
https://lists.example.org/mailman/options/mx-operators/dana.whitfield%40example.com
"""
    hdrs = [
        ("Return-Path", "<mailman-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TmXk80N3mz9wXQ", when, "dana.whitfield@example.com")),
        ("Subject", "lists.example.org mailing list memberships reminder"),
        ("From", "mailman-owner@lists.example.org"),
        ("To", "dana.whitfield@example.com"),
        ("X-No-Archive", "yes"),
        ("Message-ID", "<mailman.0.1709269202.3105.mailman@lists.example.org>"),
        ("Date", when),
        ("Precedence", "bulk"),
        ("X-BeenThere", "mailman@lists.example.org"),
        ("X-Mailman-Version", "2.1.39"),
        ("List-Id", "<mailman.lists.example.org>"),
        ("X-List-Administrivia", "yes"),
        ("Errors-To", "mailman-bounces@lists.example.org"),
        ("Sender", '"Mailman" <mailman-bounces@lists.example.org>'),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("mailman2-held-for-moderation.eml")
def _():
    when = date(2024, 3, 12, 16, 40, 57, 1)
    plain = """\
Your mail to 'Postfix-users' with the subject

    Mail delivery failed: returning message to sender

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.example.org/mailman/confirm/postfix-users/0f6b3c2a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b

"""
    hdrs = [
        ("Return-Path", "<postfix-users-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4TvJ8D5Zmbz9wXk", when, "tom.becker@example.com")),
        ("Subject", "Your message to Postfix-users awaits moderator approval"),
        ("From", "postfix-users-owner@lists.example.org"),
        ("To", "tom.becker@example.com"),
        ("Message-ID", "<mailman.3391.1710258057.1180.postfix-users@lists.example.org>"),
        ("Date", when),
        ("Precedence", "bulk"),
        ("X-BeenThere", "postfix-users@lists.example.org"),
        ("X-Mailman-Version", "2.1.39"),
        ("List-Id", "Postfix users discussion <postfix-users.lists.example.org>"),
        ("X-List-Administrivia", "yes"),
        ("Errors-To", "postfix-users-bounces@lists.example.org"),
        ("Sender", '"Postfix-users" <postfix-users-bounces@lists.example.org>'),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("mailman3-held-for-moderation.eml")
def _():
    when = date(2024, 3, 8, 7, 15, 33)
    plain = """\
Your mail to 'deliverability@lists.example.org' with the subject

    Undeliverable: RE: Meeting notes - 550 5.7.1 from outlook.com

Is being held until the list moderator can review it for approval.

The message is being held because:

    The message is not from a list member
    Message has more than 10 recipients

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
"""
    hdrs = [
        ("Return-Path", "<deliverability-bounces@lists.example.org>"),
        ("Received", postfix_received("lists.example.org", "192.0.2.60", MX, "4Trb2L0s8qz9wXf", when, "sabine.koch@example.com")),
        ("Subject", "Your message to deliverability@lists.example.org awaits moderator approval"),
        ("From", "deliverability-bounces@lists.example.org"),
        ("To", "sabine.koch@example.com"),
        ("Message-ID", "<170988213380.2218.1177665502349919280@lists.example.org>"),
        ("Date", when),
        ("Precedence", "bulk"),
        ("X-Mailman-Version", "3.3.9"),
        ("List-Id", "Deliverability <deliverability.lists.example.org>"),
        ("List-Help", "<mailto:deliverability-request@lists.example.org?subject=help>"),
        ("List-Owner", "<mailto:deliverability-owner@lists.example.org>"),
    ]
    return message(hdrs, text(plain, "utf-8", "7bit"))


@sample("googlegroups-post-soft-vs-hard.eml")
def _():
    when = date(2024, 3, 9, 18, 26, 44, -8)
    plain = """\
Both are right, depending on the receiver. A few from last month's logs,
all for the same kind of situation (full mailbox):

    452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp
    552 5.2.2 The email account that you tried to reach is over quota and inactive.
    554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

We treat the 4.2.2 as soft (retry, no suppression) and the 5.2.2 from
Gmail as hard, because "over quota and inactive" means nobody has logged in
for months. Outlook's 554 5.2.2 we retry twice, then suppress.

On Sat, Mar 9, 2024 at 4:02 PM Mira Castell <mira@example.io> wrote:
> Is 452 4.2.2 "over quota" a hard bounce or a soft bounce? Our ESP
> suppresses on it, and I think that is wrong.

--
You received this message because you are subscribed to the Google Groups "Deliverability Talk" group.
To unsubscribe from this group and stop receiving emails from it, send an email to deliverability-talk+unsubscribe@googlegroups.com.
To view this discussion on the web visit https://groups.google.com/d/msgid/deliverability-talk/CAM1x9Yp3kQ7r2Ws8Zd4fJ6Tn0bL5hV3cG%40mail.gmail.com.
"""
    verp = "deliverability-talk+bncBDK4Z7GXQIBRBS7X3WXQMGQE4Y2ZZKA@googlegroups.com"
    hdrs = [
        ("Return-Path", "<%s>" % verp),
        ("Received", postfix_received("mail-qt1-f191.google.com", "192.0.2.191", MX, "4TsW3t5BXkz2qLp", when, "dana.whitfield@example.com")),
        ("Date", when),
        ("From", "Alex Moreno <alex.moreno@example.io>"),
        ("To", "Deliverability Talk <deliverability-talk@googlegroups.com>"),
        ("Message-ID", "<CAM1x9Yp3kQ7r2Ws8Zd4fJ6Tn0bL5hV3cG@mail.gmail.com>"),
        ("In-Reply-To", "<CAB7eR5m2Xk9q1Wt4Yz8cN3vP0sL6hJ2dF@mail.gmail.com>"),
        ("References", "<CAB7eR5m2Xk9q1Wt4Yz8cN3vP0sL6hJ2dF@mail.gmail.com>"),
        ("Subject", 'Re: [deliverability-talk] Hard vs soft bounce: is 452 4.2.2 "over quota" hard?'),
        ("X-Original-Sender", "alex.moreno@example.io"),
        ("X-Original-Authentication-Results", "gmr-mx.google.com;       dkim=pass header.i=@example.io;       spf=pass (google.com: domain of alex.moreno@example.io designates 192.0.2.44 as permitted sender) smtp.mailfrom=alex.moreno@example.io"),
        ("Reply-To", "deliverability-talk@googlegroups.com"),
        ("Precedence", "list"),
        ("Mailing-list", "list deliverability-talk@googlegroups.com; contact deliverability-talk+owners@googlegroups.com"),
        ("List-ID", "<deliverability-talk.googlegroups.com>"),
        ("X-Spam-Checked-In-Group", "deliverability-talk@googlegroups.com"),
        ("X-Google-Group-Id", "493829394821"),
        ("List-Post", "<https://groups.google.com/group/deliverability-talk/post>, <mailto:deliverability-talk@googlegroups.com>"),
        ("List-Help", "<https://groups.google.com/support/>, <mailto:deliverability-talk+help@googlegroups.com>"),
        ("List-Archive", "<https://groups.google.com/group/deliverability-talk>"),
        ("List-Subscribe", "<https://groups.google.com/group/deliverability-talk/subscribe>, <mailto:deliverability-talk+subscribe@googlegroups.com>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+493829394821+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/deliverability-talk/subscribe>"),
        ("Sender", "deliverability-talk@googlegroups.com"),
    ]
    return message(hdrs, alternative("000000000000f1e2d30613422b9c", plain, "UTF-8"))


@sample("sympa-post-french-latin1.eml")
def _():
    when = date(2024, 2, 21, 10, 33, 18, 1)
    plain = """\
Bonjour \u00e0 tous,

depuis ce matin, une partie de nos messages vers des adresses @orange.fr
nous revient avec ce texte (je le colle tel quel) :

    Ce message a \u00e9t\u00e9 cr\u00e9\u00e9 automatiquement par le logiciel de remise du courrier.
    Votre message n'a pas pu \u00eatre remis \u00e0 un ou plusieurs destinataires :

      client.exemple@orange.example
        h\u00f4te smtp-in.orange.example [192.0.2.110]
        R\u00e9ponse : 550 5.7.1 Service refus\u00e9, votre adresse IP est list\u00e9e
        (OFR004_104 [104])

Le code OFR004_104 correspond, d'apr\u00e8s la documentation d'Orange, \u00e0 une
IP list\u00e9e par leur filtre de r\u00e9putation. Quelqu'un a-t-il d\u00e9j\u00e0 obtenu un
d\u00e9listage rapide ? Le formulaire postmaster ne r\u00e9pond plus.

Merci d'avance,
--
Claire Moreau
Service informatique, Mairie de Saint-Exemple
"""
    hdrs = [
        ("Return-Path", "<admins-messagerie-owner@listes.example.fr>"),
        ("Received", postfix_received("listes.example.fr", "198.51.100.144", MX, "4TfqPm1cZ3z5tGh", when, "dana.whitfield@example.com")),
        ("Date", when),
        ("From", "Claire Moreau <claire.moreau@saint-exemple.example.fr>"),
        ("To", "admins-messagerie@listes.example.fr"),
        ("Subject", ew("[admins-messagerie] Message non d\u00e9livr\u00e9 : 550 5.7.1 rejet\u00e9 par Orange", "iso-8859-1", "Q")),
        ("Message-ID", "<5a9e8d7c-6b5a-4f3e-2d1c-0b9a8f7e6d5c@saint-exemple.example.fr>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fr"),
        ("X-Loop", "admins-messagerie@listes.example.fr"),
        ("X-Sequence", "2841"),
        ("Errors-To", "admins-messagerie-owner@listes.example.fr"),
        ("Precedence", "list"),
        ("Sender", "admins-messagerie-request@listes.example.fr"),
        ("X-no-archive", "yes"),
        ("List-Id", "<admins-messagerie.listes.example.fr>"),
        ("List-Help", "<mailto:sympa@listes.example.fr?subject=help>"),
        ("List-Subscribe", "<mailto:sympa@listes.example.fr?subject=subscribe%20admins-messagerie>"),
        ("List-Unsubscribe", "<mailto:sympa@listes.example.fr?subject=unsubscribe%20admins-messagerie>"),
        ("List-Post", "<mailto:admins-messagerie@listes.example.fr>"),
        ("List-Owner", "<mailto:admins-messagerie-request@listes.example.fr>"),
        ("List-Archive", "<https://listes.example.fr/sympa/arc/admins-messagerie>"),
    ]
    return message(hdrs, text(plain, "ISO-8859-1", "quoted-printable", params="; format=flowed"))


# ========================================================= machine mail

def _dmarc_xml(org, email, extra, report_id, domain, begin, end, records):
    rows = []
    for ip, count, disp, dkim, spf, dkim_dom, spf_dom, dkim_res, spf_res in records:
        rows.append("""\
  <record>
    <row>
      <source_ip>%s</source_ip>
      <count>%d</count>
      <policy_evaluated>
        <disposition>%s</disposition>
        <dkim>%s</dkim>
        <spf>%s</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>%s</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>%s</domain>
        <result>%s</result>
        <selector>s1</selector>
      </dkim>
      <spf>
        <domain>%s</domain>
        <result>%s</result>
      </spf>
    </auth_results>
  </record>
""" % (ip, count, disp, dkim, spf, domain, dkim_dom, dkim_res, spf_dom, spf_res))
    return ("""\
<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>%s</org_name>
    <email>%s</email>
    %s
    <report_id>%s</report_id>
    <date_range>
      <begin>%d</begin>
      <end>%d</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>%s</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>quarantine</p>
    <sp>quarantine</sp>
    <pct>100</pct>
  </policy_published>
%s</feedback>
""" % (org, email, extra, report_id, begin, end, domain, "".join(rows))).encode("utf-8")


@sample("dmarc-aggregate-google-zip.eml")
def _():
    when = date(2024, 3, 7, 7, 59, 59, -8)
    begin, end = 1709683200, 1709769599
    xml = _dmarc_xml("google.com", "noreply-dmarc-support@google.com",
                     "<extra_contact_info>https://support.google.com/a/answer/2466580</extra_contact_info>",
                     "12865271693318265093", "example.com", begin, end, [
                         ("198.51.100.12", 412, "none", "pass", "pass", "example.com", "example.com", "pass", "pass"),
                         ("203.0.113.77", 38, "none", "pass", "fail", "example.com", "bounces.sendwell.example", "pass", "pass"),
                         ("192.0.2.250", 3, "quarantine", "fail", "fail", "spoofer.example", "spoofer.example", "fail", "softfail"),
                     ])
    name = "google.com!example.com!%d!%d.zip" % (begin, end)
    data = zip_bytes("google.com!example.com!%d!%d.xml" % (begin, end), xml, (2024, 3, 7, 7, 59, 58))
    hdrs = [
        ("Return-Path", "<3f4XpZQ0KBh8r7wtwzrqr2st-rs2pzsn7kstvs0ymny8@scoutcamp.bounces.google.com>"),
        ("Received", postfix_received("mail-yb1-f200.google.com", "192.0.2.200", MX, "4TqkN02D1pz8vMw", when, "dmarc-rua@example.com")),
        ("Date", when),
        ("Message-ID", "<12865271693318265093@google.com>"),
        ("Subject", "Report domain: example.com Submitter: google.com Report-ID: 12865271693318265093"),
        ("From", "noreply-dmarc-support@google.com"),
        ("To", "dmarc-rua@example.com"),
    ]
    return message(hdrs, multipart("mixed", "000000000000a9f2b50613146d3e", [
        binary('application/zip; name="%s"' % name, data,
               ['Content-Disposition: attachment; filename="%s"' % name]),
    ]))


@sample("dmarc-aggregate-microsoft-gzip.eml")
def _():
    when = date(2024, 3, 7, 4, 21, 36)
    begin, end = 1709683200, 1709769600
    xml = _dmarc_xml("Outlook.com", "dmarcreport@microsoft.com", "",
                     "f1c2d3e4a5b6478990a1b2c3d4e5f607", "example.org", begin, end, [
                         ("198.51.100.12", 97, "none", "pass", "pass", "example.org", "example.org", "pass", "pass"),
                         ("192.0.2.45", 12, "quarantine", "fail", "fail", "example.org", "mail.client-logistics.example", "fail", "fail"),
                     ])
    name = "protection.outlook.com!example.org!%d!%d.xml.gz" % (begin, end)
    body = """\
This is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2024-03-06 00:00:00 UTC to 2024-03-07 00:00:00 UTC.

You're receiving this email because you have included your email address in the 'rua' tag of your DMARC record in DNS for example.org. Please remove your email address from the 'rua' tag if you don't want to receive this email.

Please do not respond to this e-mail. This mailbox is not monitored and you will not receive a response. For any feedback/suggestions, kindly mail to dmarcreport@microsoft.com.

Microsoft respects your privacy. Review our Online Services Privacy Statement for more information.
"""
    hdrs = [
        ("Return-Path", "<dmarcreport@microsoft.com>"),
        ("Received", postfix_received("mail-bn8nam12on2045.outbound.protection.outlook.com", "192.0.2.45", "mx1.example.org", "4Tr0Zk2MfTz4kCp", when, "dmarc@example.org")),
        ("From", "DMARC Aggregate Report <dmarcreport@microsoft.com>"),
        ("To", "dmarc@example.org"),
        ("Subject", "Report Domain: example.org Submitter: protection.outlook.com Report-ID: f1c2d3e4a5b6478990a1b2c3d4e5f607"),
        ("Date", when),
        ("Message-ID", "<PH0PR11MB49520F3E1A2B4C6D8E0F1A2B3C4D5@PH0PR11MB4952.namprd11.prod.outlook.com>"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
    ]
    return message(hdrs, multipart("mixed", "_004_PH0PR11MB49520F3E1A2B4C6D8E0F1A2B3C4D5PH0PR11MB4952namp_", [
        text(body, "us-ascii", "quoted-printable"),
        binary('application/gzip; name="%s"' % name, gzip_bytes(xml),
               ['Content-Description: %s' % name, 'Content-Disposition: attachment; filename="%s"; size=%d' % (name, len(gzip_bytes(xml)))]),
    ]))


@sample("tlsrpt-google-report.eml")
def _():
    when = date(2024, 3, 7, 9, 14, 2)
    report = """\
{"organization-name":"Google Inc.","date-range":{"start-datetime":"2024-03-06T00:00:00Z","end-datetime":"2024-03-06T23:59:59Z"},"contact-info":"smtp-tls-reporting@google.com","report-id":"2024-03-06T00:00:00Z_example.net","policies":[{"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: enforce","mx: mx1.example.net","mx: mx2.example.net","max_age: 604800"],"policy-domain":"example.net"},"summary":{"total-successful-session-count":5120,"total-failure-session-count":3},"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"192.0.2.41","receiving-mx-hostname":"mx2.example.net","receiving-ip":"203.0.113.26","failed-session-count":3,"failure-reason-code":"X509_V_ERR_CERT_HAS_EXPIRED"}]}]}
""".encode("utf-8")
    name = "google.com!example.net!1709683200!1709769599!001.json.gz"
    rid = "<2024.03.06T00.00.00Z+example.net@google.com>"
    hdrs = [
        ("Return-Path", "<noreply-smtp-tls-reporting@google.com>"),
        ("Received", postfix_received("mail-sor-f69.google.com", "192.0.2.69", "mx1.example.net", "4Tr8Bd3qYVz6mJc", when, "tlsrpt@example.net")),
        ("Date", when),
        ("Message-ID", "<000000000000b5c7e10613107a42@google.com>"),
        ("Subject", "Report Domain: example.net Submitter: google.com Report-ID: " + rid),
        ("From", "noreply-smtp-tls-reporting@google.com"),
        ("To", "tlsrpt@example.net"),
        ("TLS-Report-Domain", "example.net"),
        ("TLS-Report-Submitter", "google.com"),
    ]
    return message(hdrs, multipart("report", "000000000000b5c7db0613107a41", [
        text("This is an aggregate TLS report from google.com\n", "UTF-8", "7bit"),
        binary('application/tlsrpt+gzip; name="%s"' % name, gzip_bytes(report),
               ['Content-Disposition: attachment; filename="%s"' % name]),
    ], params='; report-type="tlsrpt"'))


@sample("mdn-read-receipt-thunderbird.eml")
def _():
    when = date(2024, 3, 12, 11, 2, 14, 1)
    orig_id = "<1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f@example.com>"
    human = """\
This is a Return Receipt for the mail that you sent to bob.lindqvist@example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    mdn = """\
Reporting-UA: mail.example.org; Mozilla Thunderbird
Final-Recipient: rfc822;bob.lindqvist@example.org
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % orig_id
    orig_hdrs = """\
Return-Path: <dana.whitfield@example.com>
Received: from mail.example.com (mail.example.com [192.0.2.25])
	by mail.example.org (Postfix) with ESMTPS id 4Tv2D01hBxz3pWq
	for <bob.lindqvist@example.org>; Tue, 12 Mar 2024 09:31:40 +0100 (CET)
Message-ID: %s
Date: Tue, 12 Mar 2024 09:31:38 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-GB
To: Bob Lindqvist <bob.lindqvist@example.org>
From: Dana Whitfield <dana.whitfield@example.com>
Subject: Q1 price list
Disposition-Notification-To: Dana Whitfield <dana.whitfield@example.com>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit
""" % orig_id
    hdrs = [
        ("Return-Path", "<bob.lindqvist@example.org>"),
        ("Received", postfix_received("mail.example.org", "198.51.100.40", MX, "4Tv4Xw2RcKz1nBt", when, "dana.whitfield@example.com")),
        ("Date", when),
        ("Message-ID", "<7e6f8a9b-0c1d-4e2f-a3b4-c5d6e7f8a9b0@example.org>"),
        ("From", "Bob Lindqvist <bob.lindqvist@example.org>"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("To", DANA),
        ("Subject", "Return Receipt (displayed) - Q1 price list"),
        ("In-Reply-To", orig_id),
        ("References", orig_id),
    ]
    return message(hdrs, multipart("report", "------------mKx0Wn2r8yQbT5Zf7Lc1Hp3d", [
        text(human, "UTF-8", "7bit"),
        plain_entity('message/disposition-notification; name="MDNPart2.txt"', mdn,
                     ["Content-Disposition: inline", "Content-Transfer-Encoding: 7bit"]),
        plain_entity('text/rfc822-headers; name="MDNPart3.txt"', orig_hdrs,
                     ["Content-Transfer-Encoding: 7bit", "Content-Disposition: inline"]),
    ], params="; report-type=disposition-notification"))


@sample("mdn-read-outlook.eml")
def _():
    when = date(2024, 3, 5, 16, 40, 3, 1)
    orig_id = "<AM6PR04MB5671C1D2E3F4A5B6C7D8E9F0A1B2C@AM6PR04MB5671.eurprd04.prod.outlook.com>"
    human = """\
Your message

To: Ana Souza
Subject: Contract renewal 2024
Sent: Tuesday, March 5, 2024 3:58:12 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Tuesday, March 5, 2024 4:40:02 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
"""
    mdn = """\
Reporting-UA: DB9PR02MB7321.eurprd02.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822; ana.souza@example.net
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
X-MSExch-Correlation-Key: 7q8k3b0Xl0a1b2c3d4e5fA==
X-Display-Name: Ana Souza
""" % orig_id
    hdrs = [
        ("Return-Path", "<ana.souza@example.net>"),
        ("Received", postfix_received("mail-db9pr02mb7321.outbound.protection.outlook.com", "192.0.2.131", MX, "4Tq19S0mNxz6yRb", when, "sabine.koch@example.com")),
        ("From", "Ana Souza <ana.souza@example.net>"),
        ("To", "Sabine Koch <sabine.koch@example.com>"),
        ("Subject", "Read: Contract renewal 2024"),
        ("Thread-Topic", "Contract renewal 2024"),
        ("Thread-Index", "AQHabw3kT2b4Yq0mRUu8Xf9d2kQnKQ=="),
        ("Date", when),
        ("Message-ID", "<DB9PR02MB73219A8B7C6D5E4F3A2B1C0D9E8F7@DB9PR02MB7321.eurprd02.prod.outlook.com>"),
        ("References", orig_id),
        ("In-Reply-To", orig_id),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ]
    return message(hdrs, multipart("report", "_002_DB9PR02MB73219A8B7C6D5E4F3A2B1C0D9E8F7DB9PR02MB7321eurp_", [
        text(human, "utf-8", "quoted-printable"),
        plain_entity("message/disposition-notification", mdn),
    ], params="; report-type=disposition-notification"))


@sample("mdn-not-read-deleted-outlook.eml")
def _():
    when = date(2024, 3, 8, 8, 2, 51, 1)
    orig_id = "<AM6PR04MB5671D8E7F6A5B4C3D2E1F0A9B8C7D@AM6PR04MB5671.eurprd04.prod.outlook.com>"
    human = """\
Your message

To: Jan de Vries
Subject: Reminder: overdue invoice 2024-0117
Sent: Monday, March 4, 2024 10:15:40 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was deleted without being read on Friday, March 8, 2024 8:02:49 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
"""
    mdn = """\
Reporting-UA: AS8PR07MB7542.eurprd07.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822; jan.devries@example.nl
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; deleted
X-Display-Name: Jan de Vries
""" % orig_id
    hdrs = [
        ("Return-Path", "<jan.devries@example.nl>"),
        ("Received", postfix_received("mail-as8pr07mb7542.outbound.protection.outlook.com", "192.0.2.142", MX, "4TrdWm3GsFz6yRh", when, "sabine.koch@example.com")),
        ("From", "Jan de Vries <jan.devries@example.nl>"),
        ("To", "Sabine Koch <sabine.koch@example.com>"),
        ("Subject", "Not read: Reminder: overdue invoice 2024-0117"),
        ("Thread-Topic", "Reminder: overdue invoice 2024-0117"),
        ("Date", when),
        ("Message-ID", "<AS8PR07MB7542F0E1D2C3B4A5968778695A4B3@AS8PR07MB7542.eurprd07.prod.outlook.com>"),
        ("References", orig_id),
        ("In-Reply-To", orig_id),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    return message(hdrs, multipart("report", "_002_AS8PR07MB7542F0E1D2C3B4A5968778695A4B3AS8PR07MB7542eurp_", [
        text(human, "utf-8", "quoted-printable"),
        plain_entity("message/disposition-notification", mdn),
    ], params="; report-type=disposition-notification"))


@sample("calendar-invite-bounce-postmortem.eml")
def _():
    when = date(2024, 3, 11, 13, 5, 22)
    uid = "5k2m8q1r7t3v9x0z4b6d8f1h3j@google.com"
    desc_plain = ("Yesterday about 4% of the March newsletter bounced (mostly 550 5.1.1 user unknown "
                  "at example.net, plus a burst of 421 4.7.0 deferrals from Gmail). Let's go through "
                  "the suppression list and the retry settings.")
    ics = """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240314T150000
DTEND;TZID=Europe/Berlin:20240314T160000
DTSTAMP:20240311T130522Z
ORGANIZER;CN=Tom Becker:mailto:tom.becker@example.com
UID:%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=dana.whitfield@example.com;X-NUM-GUESTS=0:mailto:dana.whitfield@exa
 mple.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman@example.com;X-NUM-GUESTS=0:mailto:priya.raman@example.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tom Becker;X-NUM-GUESTS=0:mailto:tom.becker@example.com
X-MICROSOFT-CDO-OWNERAPPTID:-1204617233
CREATED:20240311T130520Z
DESCRIPTION:Yesterday about 4%% of the March newsletter bounced (mostly 550 5
 .1.1 user unknown at example.net\\, plus a burst of 421 4.7.0 deferrals fro
 m Gmail). Let's go through the suppression list and the retry settings.
LAST-MODIFIED:20240311T130520Z
LOCATION:Room 2.14 / https://meet.google.com/abc-defg-hij
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bounce handling post-mortem
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % uid
    plain = """\
You have been invited to the following event.

Bounce handling post-mortem
Thursday 14 Mar 2024 \u22c5 15:00 \u2013 16:00 (Central European Time - Berlin)
Room 2.14 / https://meet.google.com/abc-defg-hij

%s

Organizer: Tom Becker - tom.becker@example.com
Guests:
  Tom Becker - organizer
  dana.whitfield@example.com
  priya.raman@example.com

Reply for dana.whitfield@example.com: Yes / No / Maybe
https://calendar.google.com/calendar/event?action=RESPOND&eid=NWsybThxMXI3dDN2OXgwejRiNmQ4ZjFoM2o&rst=1

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""" % desc_plain
    alt = multipart("alternative", "000000000000c2d4e6061365ad1f", [
        text(plain, "UTF-8", "quoted-printable"),
        text(htmlize(plain, "UTF-8"), "UTF-8", "quoted-printable", "html"),
        text(ics, "UTF-8", "7bit", "calendar", params="; method=REQUEST"),
    ])
    hdrs = [
        ("Return-Path", "<3Iv7vZQsKCh0x4z2-5y8t0v3-7a4d0x-xt3v0z5u2tx9.v8z@calendar-server.bounces.google.com>"),
        ("Received", postfix_received("mail-sor-f73.google.com", "192.0.2.73", MX, "4TtdC31NPqz3wLm", when, "dana.whitfield@example.com")),
        ("Reply-To", "Tom Becker <tom.becker@example.com>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", "<calendar-0f1e2d3c-4b5a-4968-8778-695a4b3c2d1e@google.com>"),
        ("Date", when),
        ("Subject", ew("Invitation: Bounce handling post-mortem @ Thu 14 Mar 2024 15:00 - 16:00 (CET) (dana.whitfield@example.com)", "UTF-8", "Q")),
        ("From", "Tom Becker <tom.becker@example.com>"),
        ("To", "dana.whitfield@example.com"),
    ]
    return message(hdrs, multipart("mixed", "000000000000c2d4e8061365ad20", [
        alt,
        binary('application/ics; name="invite.ics"', ics.encode("utf-8"),
               ['Content-Disposition: attachment; filename="invite.ics"']),
    ]))


@sample("password-reset.eml")
def _():
    when = date(2024, 3, 10, 20, 14, 9)
    plain = """\
Hi Dana,

Someone (hopefully you) asked to reset the password of your Example Cloud
account dana.whitfield@example.com.

Reset your password: https://accounts.example-cloud.example/reset?token=pr_7Hq2Lm9XkR4vT1bW8cN3zY6dF0gJ5sA

The link expires in 30 minutes and can be used once.

If you did not ask for this, you can ignore this email; your password will
not change.

Not getting our emails reliably? If your mail server rejects or bounces
our messages, ask your administrator to allow mail from
no-reply@accounts.example-cloud.example. Replies to this address are not
read and will be undeliverable.

\u2014 The Example Cloud team
"""
    hdrs = [
        ("Return-Path", "<0100018e2a7c4b1e-3d2f1e0c-9b8a-4c7d-a6e5-f4d3c2b1a0f9-000000@amazonses.com>"),
        ("Received", postfix_received("a8-61.smtp-out.amazonses.com", "198.51.100.61", MX, "4Tt2Qw6XnBz5rKd", when, "dana.whitfield@example.com")),
        ("From", "Example Cloud <no-reply@accounts.example-cloud.example>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Reset your password"),
        ("Date", when),
        ("Message-ID", "<0100018e2a7c4b1e-3d2f1e0c-9b8a-4c7d-a6e5-f4d3c2b1a0f9-000000@email.amazonses.com>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("Feedback-ID", "1.us-east-1.Ab3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5aB6c=:AmazonSES"),
    ]
    return message(hdrs, alternative("----=_Part_118734_1963470125.1710101649000", plain, "UTF-8"))


@sample("2fa-verification-code.eml")
def _():
    when = date(2024, 3, 10, 20, 16, 47)
    plain = """\
Your verification code is 482913

Enter this code to finish signing in to Example Bank Online. It expires in
10 minutes.

Never share this code. Example Bank will never ask you for it by phone or
email.

Didn't try to sign in? Call us at +44 20 7946 0000.

This is an automated message from an unmonitored mailbox. Replies are
rejected and will be returned to you as undeliverable.
"""
    hdrs = [
        ("Return-Path", "<bounce-2fa@alerts.examplebank.example>"),
        ("Received", postfix_received("smtp-2.alerts.examplebank.example", "203.0.113.12", MX, "4Tt2Ty2DqZz5rKf", when, "dana.whitfield@example.com")),
        ("From", "Example Bank Security <security@alerts.examplebank.example>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Your verification code is 482913"),
        ("Date", when),
        ("Message-ID", "<otp.5f0a2b7c9d.1710101807@alerts.examplebank.example>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "bulk"),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("esp-sendgrid-bounce-rate-high.eml")
def _():
    when = date(2024, 3, 4, 15, 30, 11)
    rows = [
        ("a.novak@example.net", "Bounce", "550 5.1.1 The email account that you tried to reach does not exist."),
        ("info@closed-shop.example", "Bounce", "550 5.1.1 <info@closed-shop.example>: Recipient address rejected: User unknown"),
        ("j.fischer@example.de", "Blocked", "554 5.7.1 Service unavailable; Client host [192.0.2.167] blocked using zen.spamhaus.org"),
        ("lisa.meyer@example.org", "Bounce", "552 5.2.2 Mailbox full"),
        ("noreply@old-domain.example", "Bounce", "550 5.1.2 Host or domain name not found"),
    ]
    table_txt = "\n".join("    %-28s %-8s %s" % r for r in rows)
    plain = """\
Twilio SendGrid

Your bounce rate is high

Hi example-marketing,

Over the last 7 days, 6.8%% of the email sent from your account bounced.
That is above our recommended threshold of 5%%. A high bounce rate hurts
your sender reputation, and if it continues we may need to limit sending on
your account.

Account: example-marketing (ID 2198473)
Period:  Feb 26, 2024 - Mar 3, 2024

    Requests       184,220
    Delivered      171,408   93.0%%
    Bounces         12,527    6.8%%
    Blocks             285    0.2%%
    Spam reports        41   0.02%%

A sample of recent bounces and blocks:

    Address                      Event    Reason
%s

The full list is in your Suppressions: https://app.sendgrid.com/suppressions/bounces

What you can do:
  1. Remove addresses that bounce from your lists; SendGrid already
     suppresses them for you.
  2. Use double opt-in and validate addresses at sign-up.
  3. Never buy or rent lists.

Thanks,
The Twilio SendGrid Team

(c) 2024 Twilio Inc., 101 Spear Street, Ste 500, San Francisco, CA 94105
You are receiving this account notification because you are the owner of this SendGrid account.
""" % table_txt
    trs = "\n".join('<tr><td style="padding:4px 8px;border-bottom:1px solid #ddd">%s</td><td style="padding:4px 8px;border-bottom:1px solid #ddd">%s</td><td style="padding:4px 8px;border-bottom:1px solid #ddd">%s</td></tr>' % tuple(html.escape(x, quote=False) for x in r) for r in rows)
    html_text = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#294661">
<h1 style="font-size:22px">Your bounce rate is high</h1>
<p>Hi example-marketing,</p>
<p>Over the last 7 days, <b>6.8%%</b> of the email sent from your account bounced. That is above our recommended threshold of 5%%. A high bounce rate hurts your sender reputation, and if it continues we may need to limit sending on your account.</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><td>Requests</td><td align="right">184,220</td><td></td></tr>
<tr><td>Delivered</td><td align="right">171,408</td><td align="right">93.0%%</td></tr>
<tr><td>Bounces</td><td align="right">12,527</td><td align="right">6.8%%</td></tr>
<tr><td>Blocks</td><td align="right">285</td><td align="right">0.2%%</td></tr>
<tr><td>Spam reports</td><td align="right">41</td><td align="right">0.02%%</td></tr>
</table>
<p>A sample of recent bounces and blocks:</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><th align="left" style="padding:4px 8px">Address</th><th align="left" style="padding:4px 8px">Event</th><th align="left" style="padding:4px 8px">Reason</th></tr>
%s
</table>
<p><a href="https://app.sendgrid.com/suppressions/bounces">View all bounces</a></p>
<p>Thanks,<br>The Twilio SendGrid Team</p>
<p style="font-size:11px;color:#999">&copy; 2024 Twilio Inc., 101 Spear Street, Ste 500, San Francisco, CA 94105</p>
</body></html>
""" % trs
    hdrs = [
        ("Return-Path", "<bounces+1057213-9f2c-dana.whitfield=example.com@em.sendgrid.net>"),
        ("Received", postfix_received("o7.sendgrid.net", "198.51.100.167", MX, "4Tp3Rm4KzHz2nWx", when, "dana.whitfield@example.com")),
        ("From", "Twilio SendGrid <no-reply@sendgrid.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Your bounce rate is high"),
        ("Date", when),
        ("Message-ID", "<a1B2c3D4e5F6g7H8i9J0kQ@geopod-ismtpd-12>"),
        ("X-SG-EID", "u001.dGhpcyBpcyBub3QgYSByZWFsIGVpZA=="),
        ("X-Entity-ID", "u001.9f2cQm1ZxW=="),
    ]
    return message(hdrs, multipart("alternative", "7c3e9a1f0b2d4c6e8a0b2d4f6e8a0c2e", [
        text(plain, "utf-8", "quoted-printable"),
        text(html_text, "utf-8", "quoted-printable", "html"),
    ]))


@sample("esp-mailgun-high-bounce-domain.eml")
def _():
    when = date(2024, 2, 28, 9, 5, 0)
    plain = """\
Hello,

We noticed a high rate of permanent failures on your sending domain
mg.example.com over the last 24 hours:

    Delivered                18,220    91.2%
    Permanent failures        1,402     7.0%
    Temporary failures          356     1.8%
    Complaints                    9    0.05%

Most permanent failures were caused by recipients that do not exist:

    Reason                                              Count
    550 5.1.1 User unknown / mailbox does not exist       1,188
    550 5.7.1 Rejected by recipient policy                   97
    552 5.2.2 Mailbox full                                   64
    554 5.4.14 Hop count exceeded - possible mail loop       53

Top recipient domains by failures: example.net (412), example.org (301),
old-partner.example (277).

Sending to invalid addresses harms your domain reputation. To protect
deliverability for all customers, we will pause sending for mg.example.com
if the permanent failure rate stays above 10% for 48 hours.

Recommended next steps:
  * Review the Suppressions > Bounces tab and the Logs for event "failed".
  * Clean your list, or run it through Mailgun Validate.
  * Make sure new subscribers confirm their address (double opt-in).

Need help? Reply to this email or open a ticket at https://help.mailgun.com

The Mailgun Team
"""
    hdrs = [
        ("Return-Path", "<bounce+a7c1e2.3b4d5f-dana.whitfield=example.com@mailgun.net>"),
        ("Received", postfix_received("m228-4.mailgun.net", "198.51.100.228", MX, "4Tl9VJ2qKHz4nWc", when, "dana.whitfield@example.com")),
        ("From", "Mailgun <noreply@mailgun.net>"),
        ("Reply-To", "Mailgun Support <support@mailgun.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Action required: high bounce rate on mg.example.com"),
        ("Date", when),
        ("Message-ID", "<20240228090500.8f3e4d5c6b7a1920@mailgun.net>"),
        ("X-Mailgun-Sid", "WyI3YzEyYyIsICJkYW5hLndoaXRmaWVsZEBleGFtcGxlLmNvbSIsICI0YjIxIl0="),
        ("X-Mailgun-Tag", "account-notice"),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("esp-amazon-ses-account-review.eml")
def _():
    when = date(2024, 3, 1, 22, 47, 18)
    plain = """\
Hello,

Thank you for using Amazon Simple Email Service (Amazon SES). We are
reaching out because your Amazon SES account in the US East (N. Virginia)
region (us-east-1) has a bounce rate of 11.63%, which is above our
recommended limit. We have placed your account under review.

While your account is under review you can continue to send email. If the
bounce rate is not corrected during the review period, we may pause your
ability to send.

Bounce rate is calculated over a representative volume of recent sending.
Recent bounced recipients include:

    emailAddress                         bounceType   status   diagnosticCode
    former.staff@example.net             Permanent    5.1.1    smtp; 550 5.1.1 user unknown
    no-reply@defunct-startup.example     Permanent    5.1.2    smtp; 550 5.1.2 Host unknown
    marketing@example.org                Transient    4.2.2    smtp; 452 4.2.2 mailbox full

To understand which messages bounced, set up bounce notifications through
Amazon SNS or event publishing, and remove bouncing addresses from your
lists. Then reply to this case and tell us what you changed.

For more information, see "Bounce and complaint rates" in the Amazon SES
Developer Guide.

Sincerely,
Amazon Web Services

Case ID: 171533208901234
AWS Account ID: 123456789012

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
"""
    hdrs = [
        ("Return-Path", "<20240301224718a1b2c3d4e5f6@bounces.amazon.com>"),
        ("Received", postfix_received("a27-18.smtp-out.us-west-2.amazonses.com", "198.51.100.18", MX, "4Tmvjs0gLWz1qPp", when, "dana.whitfield@example.com")),
        ("From", "Amazon Web Services <no-reply-aws@amazon.com>"),
        ("To", "dana.whitfield@example.com"),
        ("Subject", "Amazon SES Account Under Review - Bounce Rate [AWS Account: 123456789012] [Region: us-east-1]"),
        ("Date", when),
        ("Message-ID", "<0101018dfc2e9a1b-7f6e5d4c-3b2a-4198-8776-655443322110-000000@us-west-2.amazonses.com>"),
        ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
        ("Feedback-ID", "1.us-west-2.ZxY9wV8uT7sR6qP5oN4mL3kJ2iH1gF0eD9cB8aZ7y6=:AmazonSES"),
    ]
    return message(hdrs, text(plain, "UTF-8", "quoted-printable"))


@sample("monit-postfix-queue-alert.eml")
def _():
    when = date(2024, 3, 13, 3, 15, 2, 1)
    plain = """\
Status failed Service postfix_queue

	Date:        Wed, 13 Mar 2024 03:15:02
	Action:      alert
	Host:        mx1.example.com
	Description: status failed (1) -- CRITICAL - mail queue size 1532 exceeds limit 500
	             (deferred 1511, active 21, hold 0)

Head of the deferred queue (mailq | head -20):

-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4Tv9Xq2LkPz1     2841 Wed Mar 13 01:12:40  newsletter@example.com
(host mx.example.net[203.0.113.25] said: 452 4.2.2 <ingrid@example.net>: Mailbox full (in reply to RCPT TO command))
                                         ingrid@example.net

4Tv9Xq3MmQz2     2841 Wed Mar 13 01:12:40  newsletter@example.com
(connect to mx.slow-isp.example[198.51.100.99]:25: Connection timed out)
                                         ole@slow-isp.example

4Tv9Xr0YbRz5     2903 Wed Mar 13 01:12:41  newsletter@example.com
(host gmail-smtp-in.l.google.com[192.0.2.27] said: 421-4.7.0 [192.0.2.25      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. (in reply to end of DATA command))
                                         someone@gmail.example

Your faithful employee,
Monit
"""
    hdrs = [
        ("Return-Path", "<monit@mx1.example.com>"),
        ("Received", "by mx1.example.com (Postfix, from userid 0)\n\tid 4TvF1k6r2Pz1kQw; " + when),
        ("Date", when),
        ("From", "monit@mx1.example.com"),
        ("To", "ops-alerts@example.com"),
        ("Subject", "monit alert --  Status failed postfix_queue"),
        ("Message-ID", "<1710296102.1823451@mx1.example.com>"),
        ("X-Mailer", "Monit 5.33.0"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hdrs, text(plain, "UTF-8", "quoted-printable"))


@sample("nagios-exim-queue-critical.eml")
def _():
    when = date(2024, 3, 13, 6, 40, 17)
    plain = """\
***** Nagios *****

Notification Type: PROBLEM

Service: Exim mail queue
Host: mx2.example.org
Address: 192.0.2.52
State: CRITICAL

Date/Time: Wed Mar 13 06:40:17 UTC 2024

Additional Info:

CRITICAL: 842 messages in queue (warn 200, crit 500), oldest 2d

Output of exiqsumm on mx2.example.org:

Count  Volume  Oldest  Newest  Domain
-----  ------  ------  ------  ------

  611    4.2MB     2d     12m  example.net
  198    1.1MB     1d      3m  mailbox-full.example
   33     412KB    19h      1h  slow-isp.example
---------------------------------------------------------------
  842    5.7MB     2d      3m  TOTAL

Last retry for one of them (exim -Mvl 1rkQ2a-000Abc-7Z):

2024-03-13 06:31:02 stuck.user@mailbox-full.example R=dnslookup T=remote_smtp defer (-44) H=mx.mailbox-full.example [203.0.113.61]: SMTP error from remote mail server after RCPT TO:<stuck.user@mailbox-full.example>: 452 4.2.2 Mailbox full
2024-03-13 06:31:04 == j.doe@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out: SMTP timeout after initial connection

Acknowledge: https://monitor.example.org/nagios/cgi-bin/cmd.cgi?cmd_typ=34&host=mx2.example.org&service=Exim+mail+queue
"""
    hdrs = [
        ("Return-Path", "<nagios@monitor.example.org>"),
        ("Received", "by monitor.example.org (Postfix, from userid 997)\n\tid 4TvLZs0tH2z7pKm; " + when),
        ("From", "nagios@monitor.example.org"),
        ("To", "ops-alerts@example.org"),
        ("Subject", "** PROBLEM Service Alert: mx2.example.org/Exim mail queue is CRITICAL **"),
        ("Date", when),
        ("Message-ID", "<20240313064017.4TvLZs0tH2z7pKm@monitor.example.org>"),
    ]
    return message(hdrs, text(plain, "us-ascii", "7bit"))


@sample("logwatch-postfix-report.eml")
def _():
    when = date(2024, 3, 13, 3, 26, 41, 1)
    plain = """\

 ################### Logwatch 7.8 (01/22/23) ####################
        Processing Initiated: Wed Mar 13 03:26:39 2024
        Date Range Processed: yesterday
                              ( 2024-Mar-12 )
                              Period is day.
        Detail Level of Output: 5
        Type of Output/Format: mail / text
        Logfiles for Host: mail1.example.com
 ##################################################################

 --------------------- Postfix Begin ------------------------

    6.214M  Bytes accepted                           6,515,302
   12.018M  Bytes delivered                         12,601,992
 ========   ==================================================

      2841   Accepted                                  78.04%
       800   Rejected                                  21.96%
 --------   --------------------------------------------------
      3641   Total                                    100.00%
 ========   ==================================================

       612   5xx Reject relay denied                   76.50%
       151   5xx Reject unknown user                   18.88%
        37   5xx Reject RBL                             4.62%
 --------   --------------------------------------------------
       800   Total 5xx Rejects                        100.00%
 ========   ==================================================

        58   Bounced (remote)
        17   Deferred                          (212 deferrals)
      3102   Delivered
        43   Forwarded

 ****** Detail (5) ******

       151   Reject unknown user ------------------------------
       151      550 5.1.1 Recipient address rejected: User unknown in local recipient table
        97         info@example.com
        41         sales@example.com
        13         jobs@example.com

        58   Bounced (remote) ---------------------------------
        21      550 5.1.1 <user@example.net>: Recipient address rejected: User unknown
        19      552 5.2.2 Mailbox full
        18      554 5.7.1 Message rejected as spam

        17   Deferred -----------------------------------------
        12      452 4.2.2 Mailbox full
         5      connect to mx.slow-isp.example[198.51.100.99]:25: Connection timed out

 ---------------------- Postfix End -------------------------


 ###################### Logwatch End #########################

"""
    hdrs = [
        ("Return-Path", "<root@mail1.example.com>"),
        ("Received", "by mail1.example.com (Postfix, from userid 0)\n\tid 4TvFGm0pXcz1kQy; " + when),
        ("To", "root@mail1.example.com"),
        ("From", "logwatch@mail1.example.com"),
        ("Subject", "Logwatch for mail1.example.com (Linux)"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("Date", when),
        ("Message-ID", "<20240313022641.4TvFGm0pXcz1kQy@mail1.example.com>"),
    ]
    return message(hdrs, text(plain, "UTF-8", "7bit"))


@sample("cron-mailer-daemon-pflogsumm.eml")
def _():
    when = date(2024, 3, 13, 6, 25, 3, 1)
    plain = """\
Postfix log summaries for Mar 12

Grand Totals
------------
messages

   8421   received
   9012   delivered
     43   forwarded
     17   deferred  (212  deferrals)
     58   bounced
   1203   rejected (11%)
      0   reject warnings
      0   held
      0   discarded (0%)

message deferral detail
-----------------------
  smtp (total: 212)
       164   452 4.2.2 Mailbox full
        48   connect to mx.slow-isp.example[198.51.100.99]:25: Connection timed out

message bounce detail (by relay)
--------------------------------
  mx.example.net[203.0.113.25]:25 (total: 21)
        21   550 5.1.1 <user@example.net>: Recipient address rejected: User unknown
  mx.example.org[203.0.113.40]:25 (total: 19)
        19   552 5.2.2 Mailbox full
  none (total: 18)
        18   Host or domain name not found. Name service error for name=old-domain.example type=MX: Host not found

message reject detail
---------------------
  RCPT
    User unknown in local recipient table (total: 151)
        97   info@example.com
        41   sales@example.com
        13   jobs@example.com
    Relay access denied (total: 612)
       612   192.0.2.0/24 (various)
"""
    hdrs = [
        ("Return-Path", "<mailer-daemon@relay.example.org>"),
        ("Received", "by relay.example.org (Postfix, from userid 0)\n\tid 4TvLNc4wGqz9rTs; " + when),
        ("From", '"(Cron Daemon)" <mailer-daemon@relay.example.org>'),
        ("To", "postmaster@example.org"),
        ("Subject", "Cron <root@relay> /usr/sbin/pflogsumm -d yesterday /var/log/mail.log"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-Cron-Env", "<MAILTO=postmaster@example.org>"),
        ("X-Cron-Env", "<MAILFROM=mailer-daemon@relay.example.org>"),
        ("X-Cron-Env", "<SHELL=/bin/sh>"),
        ("X-Cron-Env", "<HOME=/root>"),
        ("X-Cron-Env", "<LOGNAME=root>"),
        ("X-Cron-Env", "<USER=root>"),
        ("Message-ID", "<20240313052503.4TvLNc4wGqz9rTs@relay.example.org>"),
        ("Date", when),
    ]
    return message(hdrs, body=plain)


@sample("cron-exim-tidydb-output.eml")
def _():
    when = date(2024, 3, 13, 6, 47, 1, 1)
    plain = """\
/etc/cron.daily/exim4-base:
2024-03-13 06:47:00 Tidying Exim hints database /var/spool/exim4/db/retry
2024-03-13 06:47:00 deleted R:mailbox-full.example:stuck.user@mailbox-full.example (too old)
2024-03-13 06:47:00 deleted T:mx.old-domain.example:203.0.113.201 (no message)
2024-03-13 06:47:00 Tidying Exim hints database /var/spool/exim4/db/wait-remote_smtp
2024-03-13 06:47:00 Tidying Exim hints database /var/spool/exim4/db/callout
2024-03-13 06:47:00 deleted nobody@example.net (negative callout: 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown)
2024-03-13 06:47:01 Tidying Exim hints database /var/spool/exim4/db/misc
warning: 3 frozen messages in queue; run "exim -bp | grep frozen" to list them
    1rkT8w-0004Xy-3a <> *** frozen ***
    1rkU1b-0004ab-7c <> *** frozen ***
    1rkV0c-0004cd-9d <> *** frozen ***
"""
    hdrs = [
        ("Return-Path", "<Debian-exim@mx2.example.org>"),
        ("Received", "from Debian-exim by mx2.example.org with local (Exim 4.96)\n\t(envelope-from <Debian-exim@mx2.example.org>)\n\tid 1rkW3p-0004fG-2K\n\tfor root@mx2.example.org; " + when),
        ("From", "root@mx2.example.org (Cron Daemon)"),
        ("To", "root@mx2.example.org"),
        ("Subject", "Cron <root@mx2> test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("X-Cron-Env", "<SHELL=/bin/sh>"),
        ("X-Cron-Env", "<HOME=/root>"),
        ("X-Cron-Env", "<PATH=/usr/bin:/bin>"),
        ("X-Cron-Env", "<LOGNAME=root>"),
        ("Message-Id", "<E1rkW3p-0004fG-2K@mx2.example.org>"),
        ("Date", when),
    ]
    return message(hdrs, body=plain)


@sample("postmaster-weekly-summary.eml")
def _():
    when = date(2024, 3, 11, 7, 0, 0, -5)
    plain = """\
Weekly postmaster summary for example.edu
Week 10: Mon 2024-03-04 .. Sun 2024-03-10

Inbound
  Messages offered             1,284,331
  Accepted                       981,440   76.4%
  Rejected at RCPT               201,226   15.7%
  Rejected after DATA (spam)      61,905    4.8%
  Quarantined                     39,760    3.1%

Outbound
  Messages sent                  412,077
  Delivered                      405,930   98.5%
  Bounced (permanent)              4,118    1.0%
  Deferred, later delivered        2,029    0.5%

Outbound failures by status code
  5.1.1  user unknown                      3,277
  5.2.2  mailbox full                        402
  5.7.1  rejected by recipient policy        251
  5.7.26 DMARC / unauthenticated             118
  4.7.0  rate limited (delivered later)    1,644

Accounts sending to the most unknown users (check for forwarding loops or
old alumni lists):

  alumni-news@example.edu        2,115
  registrar@example.edu            388
  j.okonkwo@example.edu            102

Top rejected senders at RCPT (user unknown at example.edu)
  bulk@promo.example                  18,211
  newsletter@oldvendor.example         4,090

Questions: postmaster@example.edu. This report is generated every Monday
at 07:00 by the mail team's stats job; do not reply.
"""
    hdrs = [
        ("Return-Path", "<postmaster@example.edu>"),
        ("Received", "from stats.mail.example.edu (stats.mail.example.edu [192.0.2.90])\n\tby mx1.example.edu (Postfix) with ESMTP id 4TtWbV2kDqz3hPx\n\tfor <mail-team@example.edu>; " + when),
        ("From", "Postmaster <postmaster@example.edu>"),
        ("To", "mail-team@example.edu"),
        ("Subject", "Weekly postmaster summary: bounces and rejects, week 10"),
        ("Date", when),
        ("Message-ID", "<weekly-2024-10.postmaster@example.edu>"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
    ]
    return message(hdrs, alternative("=_stats_2024w10_b1f0", plain, "us-ascii", "7bit",
                                     html_text=htmlize(plain.replace("\n  ", "\n    "), "us-ascii")))


# ================================================================ Chinese

@sample("zh-qq-newsletter-tuixin-gbk.eml")
def _():
    when = date(2024, 3, 6, 10, 0, 0, 8)
    body = """\
亲爱的QQ邮箱用户：

您好！最近不少用户反馈，发出的邮件收到了“退信”。本期小贴士为您解读常见的退信原因和处理方法。

一、收件人地址不存在
退信中如果出现“550 Mailbox not found”或“550 5.1.1 User unknown”，说明对方邮箱地址有误或已被注销。请核对收件人地址的拼写，例如 zhangsan@exmaple.com 应为 zhangsan@example.com。

二、对方邮箱已满
“552 Mailbox full”或“452 4.2.2 Over quota”表示对方邮箱容量已满。建议联系对方清理邮箱后再重新发送。

三、被判定为垃圾邮件
“550 Spam message rejected”表示邮件内容或发信频率触发了对方的反垃圾策略。请避免在短时间内群发大量相同内容的邮件。

四、附件过大
“552 Message size exceeds fixed limit”表示邮件超过了对方服务器允许的大小。较大的附件建议使用超大附件功能发送。

温馨提示：QQ邮箱的退信通知由系统自动发送。如果您收到自称“退信通知”却要求您输入密码的邮件，请提高警惕，这很可能是钓鱼邮件。

QQ邮箱团队
2024年3月
"""
    paras = "\n".join('<p style="margin:0 0 12px 0;line-height:1.8">%s</p>' % html.escape(p, quote=False).replace("\n", "<br>")
                      for p in body.strip().split("\n\n"))
    html_text = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>QQ邮箱小贴士</title></head>
<body style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;color:#333">
<div style="width:600px;margin:0 auto;border:1px solid #e3e3e3;padding:24px">
<div style="font-size:20px;font-weight:bold;color:#1d5dba;margin-bottom:16px">QQ邮箱小贴士：收到退信怎么办？</div>
%s
<p style="font-size:12px;color:#999;border-top:1px solid #eee;padding-top:12px">此邮件由QQ邮箱团队发送，请勿直接回复。如不希望继续收到此类邮件，请<a href="https://mail.qq.com/cgi-bin/unsubscribe?t=tips&amp;k=3f9a1c">点击退订</a>。</p>
</div>
</body>
</html>
""" % paras
    hdrs = [
        ("Return-Path", "<10000@qq.com>"),
        ("Received", postfix_received("out162-62-57-49.mail.qq.com", "192.0.2.49", "mx.example.cn", "4TqFs02bWmz7xYd", when, "li.ming@example.cn")),
        ("From", addr("QQ邮箱团队", "10000@qq.com", "gbk")),
        ("To", "li.ming@example.cn"),
        ("Subject", ew("QQ邮箱小贴士：收到退信怎么办？", "gbk")),
        ("Date", when),
        ("Message-ID", "<tencent_5F3A2B1C0D9E8F7A6B5C4D3E@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("List-Unsubscribe", "<https://mail.qq.com/cgi-bin/unsubscribe?t=tips&k=3f9a1c>"),
        ("Precedence", "bulk"),
    ]
    return message(hdrs, multipart("alternative", "----=_NextPart_65E7CE10_0A1B2C3D_5E6F7A8B", [
        text(body, "gbk", "base64"),
        text(html_text, "gbk", "base64", "html"),
    ]))


@sample("zh-netease-security-notice-gb2312.eml")
def _():
    when = date(2024, 3, 9, 21, 15, 2, 8)
    body = """\
尊敬的网易邮箱用户 zhao_lin@163.com：

您好！系统检测到您的邮箱帐号于 2024-03-09 21:13:45 在常用地以外登录：

  登录地点：广东省深圳市
  登录IP：203.0.113.88
  登录方式：网页版

如果这是您本人的操作，请忽略本邮件。

如果不是您本人操作，您的帐号可能存在被盗风险。帐号被盗后，不法分子常会利用您的邮箱大量发送垃圾邮件，导致您收到大量退信，甚至被收件方服务器拒收（例如“554 DT:SPM”）。请立即：

  1. 登录 https://aq.163.com 修改密码；
  2. 开启登录保护和客户端授权密码；
  3. 检查邮箱设置中的自动转发和自动回复是否被修改。

此为系统邮件，请勿直接回复。

网易邮件中心
2024年3月9日
"""
    html_text = htmlize(body, "gb2312", style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px;color:#333")
    hdrs = [
        ("Return-Path", "<mail@service.netease.com>"),
        ("Received", postfix_received("m16-3.mail.netease.com", "192.0.2.163", "mx.163.example", "4TsX0q3MlCz4bNk", when, "zhao_lin@163.com")),
        ("From", addr("网易邮件中心", "mail@service.netease.com", "gb2312")),
        ("To", "zhao_lin@163.com"),
        ("Subject", ew("网易邮箱帐号安全提醒：异地登录", "gb2312")),
        ("Date", when),
        ("Message-ID", "<1709990102.7c2d9e4f.notice@service.netease.com>"),
        ("X-Mailer", "Coremail Webmail Server"),
        ("Auto-Submitted", "auto-generated"),
    ]
    return message(hdrs, multipart("alternative", "----=_Part_401728_2093482121.1709990102000", [
        text(body, "gb2312", "base64"),
        text(html_text, "gb2312", "base64", "html"),
    ]))


@sample("zh-colleague-tuixin-screenshot-utf8.eml")
def _():
    when = date(2024, 3, 14, 10, 36, 20, 8)
    body = """\
刘工，您好：

今天上午给深圳那边的客户发报价单，十分钟后收到一封退信。我手机上截了图，但公司电脑传不了图片，我把截图上的内容照着打下来了：

--- 截图内容 ---
发件人：PostMaster@example.cn（系统退信）
主题：系统退信/Undelivered Mail Returned to Sender
很抱歉，您的邮件未能成功投递。
收件人：wangli@shenzhen-trading.example
退信原因：收件人邮箱不存在
服务器返回：550 5.1.1 <wangli@shenzhen-trading.example>: Recipient address rejected: User unknown
--- 截图结束 ---

我核对过了，这个地址是客户上个月名片上的，应该没写错。上周发给同一个地址还是好的。

请问是我们这边邮件服务器的问题，还是客户那边把邮箱删了？需要我打电话问客户吗？报价单今天下班前一定要发到，麻烦您帮忙看一下，谢谢！

陈晓雯
销售部 分机 8021
"""
    hdrs = [
        ("Return-Path", "<chen.xiaowen@example.cn>"),
        ("Received", "from DESKTOP-7K2M9Q (unknown [192.0.2.118])\n\tby mail.example.cn (Coremail) with SMTP id AQAAfwD3_7r8e_Jlq0cFAA--.2151S2;\n\t" + when),
        ("From", addr("陈晓雯", "chen.xiaowen@example.cn")),
        ("To", addr("刘工", "liu.gang@example.cn")),
        ("Subject", ew("求助：发给客户的报价单被退信了")),
        ("Date", when),
        ("Message-ID", "<202403141036199451283@example.cn>"),
        ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
        ("X-Priority", "3"),
    ]
    return message(hdrs, multipart("alternative", "----=_001_NextPart284611207154_=----", [
        text(body, "utf-8", "base64"),
        text(htmlize(body, "utf-8", style="font-family:'Microsoft YaHei UI',Tahoma;font-size:14px;color:#000"), "utf-8", "base64", "html"),
    ]))


# ================================================================== main

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    names = set()
    for name, fn in SAMPLES:
        assert name not in names, name
        names.add(name)
        data = fn()
        assert data.split("\n", 1)[0].split(":", 1)[0].replace("-", "").isalnum(), name
        for i, line in enumerate(data.split("\n")):
            assert len(line) < 998, "%s: line %d too long" % (name, i + 1)
        raw = data.encode("utf-8")
        assert raw.isascii(), "%s: unencoded 8-bit data" % name
        with open(os.path.join(out, name), "wb") as f:
            f.write(raw)
    print("wrote %d messages to %s" % (len(SAMPLES), out))


if __name__ == "__main__":
    main()
