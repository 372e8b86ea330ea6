#!/usr/bin/env python3
"""Writes testdata/unseen/batch-07: what a Western newsletter operator finds
in the bounce mailbox on an ordinary night. Bounces from the big mailbox
providers and hosted mail, the common on-premises MTAs, the ESPs that relay
bounces (mail and JSON) and the security gateways in front of them, each in
its own layout; ordinary near-miss mail in not-bounce/; expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch07.py [DIR]"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, plain_mail, received, text_part, write,
                       write_expected)
from samplelib import orig_headers as _orig_headers  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

# The newsletter senders whose bounce mailboxes these come from.
BP = "bounces@letters.brightpath-weekly.example"
BP_FROM = "Brightpath Weekly <news@letters.brightpath-weekly.example>"
GC = "bounce-handler@mail.greencart-deals.example"
GC_FROM = "GreenCart Deals <deals@mail.greencart-deals.example>"
TR = "returns@news.trailhead-outfitters.example"
TR_FROM = "Trailhead Outfitters <hello@news.trailhead-outfitters.example>"


def orig_headers(frm, to, subject, date, msgid, extra=""):
    """samplelib's returned header block, with a bare address in Return-Path."""
    h = _orig_headers(frm, to, subject, date, msgid, extra)
    return re.sub(r"^Return-Path: <[^<>\n]*<([^<>\n]+)>>$", r"Return-Path: <\1>", h, count=1, flags=re.M)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def nl_orig(sender_from, to, subject, date, name, host, body=None):
    """The newsletter as it went out (headers, or whole message when body)."""
    list_id = host.split(".", 1)[1]
    extra = (f"List-Unsubscribe: <mailto:unsubscribe-{qid(name, 8).lower()}@{host}>, "
             f"<https://{host}/u/{qid(name, 10).lower()}>\n"
             f"List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
             f"List-Id: <weekly.{list_id}>\n"
             f"Feedback-ID: nl{qid(name, 6).lower()}:weekly:{list_id}\n"
             f"Precedence: bulk")
    h = orig_headers(sender_from, to, subject, date, mid(name + "o", host), extra)
    if body is None:
        return h
    return h + "\n" + body


NL_BODY = """Hi there,

this week: three trails for the first snow, our winter gear sale and
a reader's photo of the month.

Read online: https://letters.brightpath-weekly.example/w/2026-48

You get this because you signed up at brightpath-weekly.example.
Unsubscribe: https://letters.brightpath-weekly.example/u/x81
"""

POSTFIX_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

POSTFIX_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is {days} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, *, host, sender, sender_from, tail, date, osubj, odate, recips, arrival, delay=None, rcpts=None):
    """A Postfix bounce (or delay warning when delay=(hours, days))."""
    head = POSTFIX_DELAY.format(host=host, hours=delay[0], days=delay[1]) if delay else POSTFIX_HEAD.format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    rcpts = rcpts or [r["final"] for r in recips]
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=head + tail,
                    recips=recips, arrival=arrival,
                    orig=nl_orig(sender_from, ", ".join(rcpts), osubj, odate, name, sender_from.split("@")[1].rstrip(">")))


EXIM_HEAD = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""


def exim_plain(name, *, host, sender, text, date, orig_msg, failed, subject="Mail delivery failed: returning message to sender"):
    """Exim's classic text/plain bounce with the message copied below a rule."""
    body = text.rstrip("\n") + "\n\n------ This is a copy of the message, including all the headers. ------\n\n" + orig_msg
    heads = ["Return-Path: <>\n" + hop(name, host, "Exim 4.97", date), ("Date", date),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender), ("Subject", subject),
             ("Message-ID", f"<E1t{qid(name, 6)}-00{qid(name + 'x', 4)}-{qid(name + 'y', 2)}@{host}>"),
             ("Auto-Submitted", "auto-replied")]
    if failed:
        heads.insert(6, ("X-Failed-Recipients", ", ".join(failed)))
    return mail(heads, text_part(body))


def exim_dsn(name, *, host, sender, text, date, recips, orig_msg, subject="Mail delivery failed: returning message to sender",
             arrival=None):
    """Exim 4.9x multipart/report bounce."""
    return dsn_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subject, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Exim 4.98", date), text=text,
                    recips=recips, orig=orig_msg, returned="headers", arrival=arrival,
                    extra=[("X-Failed-Recipients", ", ".join(r["final"] for r in recips if r.get("action", "failed") == "failed"))])


def sendmail_dsn(name, *, host, sender, text, date, recips, orig_msg, subject="Returned mail: see transcript for details",
                 arrival=None):
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender, subject=subject, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "8.18.1/8.18.1", date), text=text,
                    recips=recips, orig=orig_msg, returned="headers", arrival=arrival)


QMAIL_HEAD = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""


def qmail(name, *, host, sender, blocks, date, orig_msg):
    text = QMAIL_HEAD.format(host=host) + blocks.rstrip("\n") + "\n\n--- Below this line is a copy of the message.\n\n" + orig_msg
    pid = qid(name, 4).translate(str.maketrans("ABCDEF", "123456"))
    heads = [f"Return-Path: <>\nReceived: (qmail 2{pid} invoked for bounce); {date[5:-6]} -0000",
        ("Date", date), ("From", f"MAILER-DAEMON@{host}"), ("To", sender),
        ("Subject", "failure notice")]
    return "\n".join(h if isinstance(h, str) else f"{h[0]}: {h[1]}" for h in heads) + "\n\n" + text


def google_dsn(name, *, sender, rcpt_lines, headline, why, learn, response, date, recips, orig_msg, subject="Delivery Status Notification (Failure)",
               workspace=True):
    """A bounce written by Gmail / Google Workspace as the sending side."""
    rcpt_list = ", ".join(rcpt_lines)
    text = f"""
** {headline} **

{why}

Learn more at {learn}

The response was:

{response}
"""
    html = f"""<html>
<head>
<style>
* {{ font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">{headline}</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">{why.replace(chr(10), ' ')}</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="{learn}">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">The response was:<br/><p style="font-family:monospace">{response.replace(chr(10), '<br/>')}</p></td>
</tr>
</tbody></table>
</body>
</html>"""
    host = "googlemail.com"
    hops = ("Return-Path: <>\nReceived: by 2002:a05:6a10:8c0a:b0:5a1:2f3e:91c4 with SMTP id " + qid(name, 10).lower() + "csp" + qid(name + "n", 6)
            + ";\n        " + date + "\n"
            + "X-Received: by 2002:a17:90b:3e8e:b0:2ee:c4f2:a77 with SMTP id 98e67ed59e1d1-2ef" + qid(name, 5).lower() + "mr" + "1877;\n        " + date)
    return dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=sender, subject=subject, date=date,
                    host=host, hops=hops, text=text, alt_html=html, recips=recips, orig=orig_msg, returned="headers",
                    reporting="googlemail.com", arrival=date, extra=[("X-Failed-Recipients", rcpt_list)])


def o365_ndr(name, *, sender, rcpt, date, subject, headline, why, fix, code, diag, tenant_host, remote=None, status=None,
             delay=False, orig_msg, rfrom="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{d}>",
             action=None):
    """Microsoft 365's current NDR: HTML+text alternative, delivery-status, headers."""
    d = sender.split("@")[1]
    status = status or code.split()[1]
    ftitle = "Delivery has failed to these recipients" if not delay else "Delivery is delayed to these recipients"
    text = f"""{headline}

{why}

{"Action Required" if not delay else "No action is required"}
    Recipient

{fix}

How to Fix It
{fix}

More Info for Email Admins
Status code: {code}

{why}

Original Message Details
Created Date:    {date}
Sender Address:  {sender}
Recipient Address:    {rcpt}
Subject:    {subject}

Error Details
Error:    {diag}
Message rejected by:    {remote or tenant_host}

Notification Details
Sent by:    {tenant_host}
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16px;color:#000000"><b>{ftitle}</b></p>
<table style="width:100%;border-collapse:collapse"><tr><td style="font-size:21px;color:#C00000">
{headline}</td></tr></table>
<p style="font-size:16px">{why}</p>
<p style="font-size:16px;font-weight:600">How to Fix It</p>
<p style="font-size:16px">{fix}</p>
<p style="font-size:15px;font-weight:600;color:#000000">More Info for Email Admins</p>
<p style="font-size:14px">Status code: {code}</p>
<table style="font-size:13px">
<tr><td>Error:</td><td>{diag}</td></tr>
<tr><td>Message rejected by:</td><td>{remote or tenant_host}</td></tr>
<tr><td>Sent by:</td><td>{tenant_host}</td></tr>
</table>
</div></body></html>"""
    recips = [{"final": rcpt, "action": action or ("delayed" if delay else "failed"), "status": status,
               "remote": remote, "diag": "smtp; " + diag}]
    subj = ("Undeliverable: " if not delay else "Delivery delayed:") + subject
    hops = ("Return-Path: <>\nReceived: from " + tenant_host + " ([::1]) by " + tenant_host + " with mapi id 15.20.8207.017;\n\t" + date)
    return dsn_mail(name, frm=rfrom.format(d=d), to=sender, subject=subj, date=date, host=tenant_host, hops=hops,
                    text=text, alt_html=html, recips=recips, orig=orig_msg, returned="headers",
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"),
                           ("X-MS-PublicTrafficType", "Email"), ("X-MS-Exchange-Organization-SCL", "-1")])


def exchange_ndr(name, *, sender, recips, date, subject, server, intro, rows, orig_msg, version="15.1.2507.39",
                 delay_note=None):
    """Exchange 2010-2019 on-premises NDR (text + html) with delivery-status."""
    lines = "\n".join(r for r in rows)
    text = f"""{intro}

{lines}



Diagnostic information for administrators:

Generating server: {server}

""" + "\n".join(f"{r['final']}\n{r['remote'] or server}\n{r['ex']}\n" for r in recips) + f"""
Original message headers:

{orig_msg}"""
    if delay_note:
        text = delay_note + "\n\n" + text
    html = "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">" + intro.replace("\n", " ") + "</font></b></p>\n" + \
        "".join(f"<p><a href=\"mailto:{r['final']}\">{r['final']}</a><br>{r['ex']}</p>\n" for r in recips) + \
        f"<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Generating server: {server}</font></p></body></html>"
    dsrec = [{"final": r["final"], "action": r.get("action", "failed"), "status": r["status"], "remote": r.get("remote"),
              "diag": r.get("diag")} for r in recips]
    subj = ("Undeliverable: " if not delay_note else "Delivery delayed:") + subject
    hops = "Return-Path: <>\n" + received([(server, "10.20.1.5", server, f"{version}", qid(name), date)]).replace(" with ESMTPS", " with Microsoft SMTP Server")
    return dsn_mail(name, frm=f"Microsoft Exchange <postmaster@{sender.split('@')[1]}>", to=sender, subject=subj, date=date,
                    host=server, hops=hops, text=text, alt_html=html, recips=dsrec, orig=orig_msg, returned="headers",
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Thread-Topic", subject), ("Content-Language", "en-US")])


def plain(name, *, host, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(), sw="Postfix", auto=True):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, charset=charset, cte=cte,
                      extra=extra, auto=auto)


def with_returned(name, *, host, frm, to, subject, date, text, orig, charset="us-ascii", cte=None, extra=(), sw="Postfix",
                  auto=True, html=None):
    """A non-DSN notice: a text part (or text+html) and the returned message as message/rfc822."""
    tp = text_part(text, charset, cte)
    if html:
        tp = multipart("alternative", [tp, text_part(html, charset, cte, "html")], boundary(name, 3))
    body = multipart("mixed", [tp, part("message/rfc822", orig, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


# ================================================================ Gmail and Google Workspace

n = "google-workspace-address-not-found.eml"
r = "marcus.hale@hale-joinery.example"
d = dt(2026, 11, 30, 23, 14, 7, "-0800")
write(OUT, n, google_dsn(n, sender=GC, rcpt_lines=[r], headline="Address not found",
    why=f"Your message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail.",
    learn="https://support.google.com/mail/?p=NoSuchUser",
    response=f"550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
    date=d, recips=[{"final": r, "status": "5.1.1", "remote": "mx1.hale-joinery.example.",
                     "diag": f"smtp; 550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"}],
    orig_msg=nl_orig(GC_FROM, r, "Cyber week: 30% off garden tools", dt(2026, 11, 30, 23, 13, 58, "-0800"), n, "mail.greencart-deals.example")))
expect(n, r, "userunknown", True, "5.1.1", "550", vendor="gmail")

n = "google-workspace-null-mx-domain.eml"
r = "info@closed-bakery.example"
d = dt(2026, 11, 30, 23, 20, 41, "-0800")
write(OUT, n, google_dsn(n, sender=GC, rcpt_lines=[r], headline="Address not found",
    why=f"Your message wasn't delivered to {r} because the domain closed-bakery.example doesn't accept email.",
    learn="https://support.google.com/mail/?p=BadRcptDomain",
    response="DNS Error: The domain closed-bakery.example publishes a null MX record (RFC 7505): it does not accept mail.",
    date=d, recips=[{"final": r, "status": "5.1.10",
                     "diag": "smtp; DNS Error: The domain closed-bakery.example publishes a null MX record (RFC 7505): it does not accept mail."}],
    orig_msg=nl_orig(GC_FROM, r, "Cyber week: 30% off garden tools", dt(2026, 11, 30, 23, 13, 58, "-0800"), n, "mail.greencart-deals.example")))
expect(n, r, "notaccept", True, "5.1.10", "", vendor="gmail")

n = "gmail-dmarc-unauthenticated-exim.eml"
r = "jonna.berg.reads@gmail.com"
d = dt(2026, 12, 1, 1, 2, 33, "+0000")
diag = ("550-5.7.26 Unauthenticated email from letters.brightpath-weekly.example is not accepted due to\n"
        "550-5.7.26 domain's DMARC policy. Please contact the administrator of\n"
        "550-5.7.26 letters.brightpath-weekly.example domain if this was a legitimate mail. To learn\n"
        "550-5.7.26 about the DMARC initiative, go to\n"
        "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-434a9c1f2e1si2211205e9.81 - gsmtp")
text = EXIM_HEAD + f"""  {r}
    host gmail-smtp-in.l.google.com [192.0.2.27]
    SMTP error from remote mail server after end of data:
""" + "\n".join("    " + l for l in diag.split("\n")) + "\n"
write(OUT, n, exim_dsn(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d,
    recips=[{"final": r, "status": "5.7.26", "remote": "gmail-smtp-in.l.google.com", "diag": "smtp; " + diag.replace("\n", " ")}],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n, "letters.brightpath-weekly.example"),
    arrival=dt(2026, 12, 1, 1, 2, 30, "+0000")))
expect(n, r, "authfailure", False, "5.7.26", "550", vendor="gmail")

n = "gmail-over-quota-exim-warning.eml"
r = "pete.okonkwo.71@gmail.com"
d = dt(2026, 12, 1, 5, 2, 30, "+0000")
text = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on out2.brightpath-weekly.example.

The message identifier is:     1tHqzK-00A1b2-Q7
The subject of the message is: First snow: three winter trails
The date of the message is:    Tue, 01 Dec 2026 01:02:30 +0000

The address to which the message has not yet been delivered is:

  {r}
    host gmail-smtp-in.l.google.com [192.0.2.27]
    SMTP error from remote mail server after RCPT TO:<{r}>:
    452-4.2.2 The recipient's inbox is full: the email account that you tried
    452-4.2.2 to reach is over quota. Please direct the recipient to
    452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 38308e7fff4ca-30ad1b9d7e2si811244e9 - gsmtp

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
write(OUT, n, exim_dsn(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d,
    subject="Warning: message 1tHqzK-00A1b2-Q7 delayed 4 hours",
    recips=[{"final": r, "action": "delayed", "status": "4.2.2", "remote": "gmail-smtp-in.l.google.com",
             "diag": "smtp; 452-4.2.2 The recipient's inbox is full: the email account that you tried 452-4.2.2 to reach is over quota.",
             "will_retry": dt(2026, 12, 5, 1, 2, 30, "+0000")}],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n, "letters.brightpath-weekly.example")))
expect(n, r, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="gmail")

n = "gmail-5.7.25-no-ptr-postfix.eml"
r = "birdwatch.elena@gmail.com"
d = dt(2026, 12, 1, 2, 44, 10, "+0100")
diag = ("550-5.7.25 [198.51.100.77] The IP address sending this message does not have a\n"
        "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
        "550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n"
        "550-5.7.25 from IPs with missing PTR records. For more information, go to\n"
        "550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices a640c23a62f3a-aa5f2b2a1d9si1205527366b.3 - gsmtp")
tail = f"<{r}>: host gmail-smtp-in.l.google.com[192.0.2.26] said:\n    " + diag.replace("\n", "\n    ") + " (in reply to\n    end of DATA command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.7.25", "remote": "gmail-smtp-in.l.google.com", "diag": "smtp; " + diag.replace("\n", " ")}]))
expect(n, r, "requireptr", False, "5.7.25", "550", vendor="gmail")

n = "gmail-5.7.0-attachment-security-sendmail.eml"
r = "accounts.payable.ridgeway@gmail.com"
d = dt(2026, 11, 30, 22, 31, 2, "-0500")
text = f"""The original message was received at Mon, 30 Nov 2026 22:30:51 -0500
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{r}>
    (reason: 552-5.7.0 This message was blocked because its content presents a potential)

   ----- Transcript of session follows -----
... while talking to gmail-smtp-in.l.google.com.:
>>> DATA
<<< 552-5.7.0 This message was blocked because its content presents a potential
<<< 552-5.7.0 security issue. Please visit
<<< 552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our
<<< 552 5.7.0 message content and attachment content guidelines. d75a77b69052e-46b1c7fa2e3si33410591cf.414 - gsmtp
554 5.0.0 Service unavailable
"""
write(OUT, n, sendmail_dsn(n, host="mail.ridgeway-invoicing.example", sender="statements@ridgeway-invoicing.example", text=text, date=d,
    recips=[{"final": r, "status": "5.7.0", "remote": "gmail-smtp-in.l.google.com",
             "diag": "smtp; 552-5.7.0 This message was blocked because its content presents a potential",
             "last": d}],
    orig_msg=orig_headers("statements@ridgeway-invoicing.example", r, "Your November statement (statement.zip)", dt(2026, 11, 30, 22, 30, 51, "-0500"),
                          mid(n + "o", "ridgeway-invoicing.example"), "Content-Type: multipart/mixed; boundary=\"s1\""),
    arrival=dt(2026, 11, 30, 22, 30, 51, "-0500")))
expect(n, r, "policyviolation", False, "5.7.0", "552", vendor="gmail")

n = "gmail-rfc5322-two-from-mailgun.eml"
r = "lena.fischer.home@gmail.com"
d = dt(2026, 12, 1, 3, 3, 3, "+0000")
diag = ("550-5.7.1 [203.0.113.140] This message is not RFC 5322 compliant because it\n"
        "550-5.7.1 contains more than one From header. To reduce the amount of spam sent\n"
        "550-5.7.1 to Gmail, this message has been blocked. For more information, go to\n"
        "550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant 2adb3069b0e04-53e2a7b2c1fsi41120e87.2 - gsmtp")
text = f"""This is an automatically generated Delivery Status Notification from Mailgun.

Delivery to the following recipient failed permanently:

    {r}

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for
the recipient domain gmail.com by gmail-smtp-in.l.google.com. [192.0.2.27].

The error that the other server returned was:
{diag}
"""
write(OUT, n, dsn_mail(n, frm="Mailgun Mailer-Daemon <mailer-daemon@mg.greencart-deals.example>", to=GC,
    subject="Delivery Status Notification (Failure)", date=d, host="mg.greencart-deals.example",
    hops="Return-Path: <>\n" + received([("smtp-out-n07.mailgun.net", "203.0.113.140", "mx1.greencart-deals.example", "Postfix", qid(n), d)]),
    text=text, reporting="smtp-out-n07.mailgun.net", recips=[{"final": r, "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com",
    "diag": "smtp; " + diag.replace("\n", " ")}], returned="headers",
    orig=nl_orig(GC_FROM, r, "Weekend flash sale", dt(2026, 12, 1, 3, 2, 58, "+0000"), n, "mail.greencart-deals.example"),
    extra=[("X-Mailgun-Sid", "WyIyZDk5ZSIsICJsZW5hLmZpc2NoZXIuaG9tZUBnbWFpbC5jb20iLCAiMWI0ZmEiXQ==")]))
expect(n, r, "notcompliantrfc", False, "5.7.1", "550", vendor="gmail")

# ================================================================ Yahoo / AOL

n = "yahoo-552-mailbox-not-found-exim.eml"
r = "sunny_meadow_1988@yahoo.com"
d = dt(2026, 12, 1, 1, 9, 51, "+0000")
text = EXIM_HEAD + f"""  {r}
    host mta7.am0.yahoodns.net [192.0.2.61]
    SMTP error from remote mail server after RCPT TO:<{r}>:
    552 1 Requested mail action aborted, mailbox not found
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "userunknown", True, "", "552", vendor="yahoo")

n = "yahoo-account-discontinued-postfix.eml"
r = "kmorrow1954@aol.com"
d = dt(2026, 12, 1, 3, 12, 4, "+0100")
diag = f"554 delivery error: dd This account has been disabled or discontinued [#102]. - mta4013.aol.mail.gq1.yahoo.com"
tail = f"<{r}>: host mx-aol.mail.gm0.yahoodns.net[192.0.2.64] said:\n    {diag} (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.0.0", "remote": "mx-aol.mail.gm0.yahoodns.net", "diag": "smtp; " + diag}]))
expect(n, r, "suspend", False, "5.0.0", "554", vendor="yahoo")

n = "yahoo-unresolvable-from-delayed.eml"
r = "gardenclub_marge@yahoo.com"
d = dt(2026, 12, 1, 7, 0, 12, "+0000")
diag = "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://senders.yahooinc.com/error-codes"
tail = f"<{r}>: host mta5.am0.yahoodns.net[192.0.2.63] said: {diag}\n    (in reply to MAIL FROM command)\n"
write(OUT, n, pf(n, host="relay.harvest-coop-news.example", sender="list-bounces@harvest-coop-news.example",
    sender_from="Harvest Co-op News <list@harvest-coop-news.example>", tail=tail, date=d, delay=(4, 5),
    osubj="Co-op members' December newsletter", odate=dt(2026, 12, 1, 2, 58, 40, "+0000"), arrival=dt(2026, 12, 1, 2, 58, 40, "+0000"),
    recips=[{"final": r, "action": "delayed", "status": "4.0.0", "remote": "mta5.am0.yahoodns.net", "diag": "smtp; " + diag,
             "will_retry": dt(2026, 12, 6, 2, 58, 40, "+0000")}]))
expect(n, r, "rejected", False, "4.0.0", "451", action="delayed", vendor="yahoo")

# ================================================================ Outlook.com and Microsoft 365

n = "outlookcom-s3140-blocklist-exim.eml"
r = "skater_dad_77@hotmail.com"
d = dt(2026, 12, 1, 1, 5, 12, "+0000")
diag = ("550 5.7.1 Unfortunately, messages from [198.51.100.21] weren't sent. Please contact your Internet service\n"
        "    provider since part of their network is on our block list (S3140). You can also refer your provider to\n"
        "    http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00000A1C.eurprd04.prod.outlook.com 2026-12-01T01:05:11.842Z 08DD10B2C0A91E33]")
text = EXIM_HEAD + f"""  {r}
    host hotmail-com.olc.protection.outlook.com [192.0.2.90]
    SMTP error from remote mail server after pipelined MAIL FROM:<{BP}> SIZE=48211:
    {diag}
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "blocked", False, "5.7.1", "550", vendor="outlook")

TENANT = "SA1PR14MB7391.namprd14.prod.outlook.com"
OPS = "ops@northgate-sports.example"
OPS_FROM = "Northgate Sports Club <ops@northgate-sports.example>"


def o365_orig(n, r, subj, when):
    return orig_headers(OPS_FROM, r, subj, when, mid(n + "o", TENANT),
                        "X-MS-Has-Attach:\nX-MS-TNEF-Correlator:\nthread-index: AdtD" + qid(n, 16).lower() + "==")


n = "o365-ndr-mailbox-quota-exceeded.eml"
r = "coach.wilson@riverside-lions.example"
d = dt(2026, 12, 1, 18, 40, 2, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Winter league fixtures",
    headline=f"Your message to {r} couldn't be delivered.",
    why="The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
    fix="Try resending the message later. If the problem continues, contact the recipient by some other means (by phone, for example) and ask them to free up space in their mailbox.",
    code="550 5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]",
    tenant_host=TENANT, remote="BN8PR05MB6611.namprd05.prod.outlook.com", status="5.2.2",
    orig_msg=o365_orig(n, r, "Winter league fixtures", dt(2026, 12, 1, 18, 39, 55, "+0000"))))
expect(n, r, "mailboxfull", False, "5.2.2", "554", vendor="outlook")

n = "o365-ndr-5.4.310-domain-does-not-exist.eml"
r = "secretary@riverside-lion.example"
d = dt(2026, 12, 1, 18, 41, 20, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Winter league fixtures",
    headline=f"Your message to {r} couldn't be delivered.",
    why="riverside-lion.example couldn't be found. The domain name in the email address is incorrect or doesn't exist.",
    fix="Check the recipient's email address for typos and resend. The part after the @ may be misspelled.",
    code="550 5.4.310", diag="550 5.4.310 DNS domain riverside-lion.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=riverside-lion.example] [SA1PR14MB7391.namprd14.prod.outlook.com 2026-12-01T18:41:19.903Z 08DD118AA1F3C7E0]",
    tenant_host=TENANT, status="5.4.310",
    orig_msg=o365_orig(n, r, "Winter league fixtures", dt(2026, 12, 1, 18, 39, 55, "+0000"))))
expect(n, r, "hostunknown", True, "5.4.310", "550", vendor="outlook")

n = "o365-ndr-5.1.8-bad-outbound-sender.eml"
r = "fixtures@county-league.example"
d = dt(2026, 12, 1, 19, 2, 44, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Results sheet, round 9",
    headline="Your message couldn't be delivered because you weren't recognized as a valid sender.",
    why="The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send messages outside of your organization. Contact your email admin for assistance.",
    fix="Your email admin must remove the restriction on your account in the Restricted entities page of the Microsoft Defender portal.",
    code="550 5.1.8", diag="550 5.1.8 Access denied, bad outbound sender. AS(42004) [SA1PR14MB7391.namprd14.prod.outlook.com 2026-12-01T19:02:43.114Z 08DD118AA1F3C7E1]",
    tenant_host=TENANT, status="5.1.8",
    orig_msg=o365_orig(n, r, "Results sheet, round 9", dt(2026, 12, 1, 19, 2, 40, "+0000"))))
expect(n, r, "rejected", False, "5.1.8", "550", vendor="outlook")

n = "o365-ndr-5.2.122-recipient-receive-limit.eml"
r = "registrations@county-league.example"
d = dt(2026, 12, 1, 19, 30, 5, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Registration: U12 squad (17 of 40)",
    headline=f"Your message to {r} couldn't be delivered.",
    why="The recipient has received more messages in the last hour than their organization allows, so yours wasn't accepted. Try sending it again later.",
    fix="Wait an hour and send the message again. Sending many messages to the same recipient in a short time triggers this limit.",
    code="550 5.2.122", diag="550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information about Exchange Online limits, visit https://go.microsoft.com/fwlink/p/?LinkId=526740",
    tenant_host=TENANT, remote="AM9PR02MB7719.eurprd02.prod.outlook.com", status="5.2.122",
    orig_msg=o365_orig(n, r, "Registration: U12 squad (17 of 40)", dt(2026, 12, 1, 19, 29, 58, "+0000"))))
expect(n, r, "ratelimited", False, "5.2.122", "550", vendor="outlook")

n = "o365-ndr-5.6.211-header-too-long.eml"
r = "newsdesk@valley-gazette.example"
d = dt(2026, 12, 1, 20, 11, 40, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Press release: club wins regional cup",
    headline=f"Your message to {r} couldn't be delivered.",
    why="The message has invalid MIME content: one of its header fields is longer than the receiving system can handle.",
    fix="Remove the very long address list or header and send the message again, or ask your email admin to check the application that created the message.",
    code="554 5.6.211", diag="554 5.6.211 Invalid MIME Content: Single text value size (32768) exceeded allowed maximum (32768) for the 'X-Distribution-List' header.",
    tenant_host=TENANT, status="5.6.211",
    orig_msg=o365_orig(n, r, "Press release: club wins regional cup", dt(2026, 12, 1, 20, 11, 33, "+0000"))))
expect(n, r, "contenterror", False, "5.6.211", "554", vendor="outlook")

n = "o365-ndr-spamhaus-as3130.eml"
r = "bookings@lakeview-pitches.example"
d = dt(2026, 12, 1, 20, 30, 1, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Pitch booking for 12 December",
    headline=f"Your message to {r} couldn't be delivered.",
    why="lakeview-pitches.example suspects your message is spam and rejected it.",
    fix="The IP address your organization sends from is listed on a public block list. Your email admin should request removal from the list given below.",
    code="550 5.7.1", diag="550 5.7.1 Service unavailable, Client host [198.51.100.203] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.203 (AS3130). [DB1PEPF000509F2.eurprd03.prod.outlook.com 2026-12-01T20:30:00.771Z 08DD0F5E2C8AE911]",
    tenant_host=TENANT, remote="lakeviewpitches-example.mail.protection.outlook.com", status="5.7.1",
    orig_msg=o365_orig(n, r, "Pitch booking for 12 December", dt(2026, 12, 1, 20, 29, 57, "+0000"))))
expect(n, r, "blocked", False, "5.7.1", "550", vendor="outlook")

n = "o365-delay-4.4.316-connection-refused.eml"
r = "treasurer@old-boathouse-club.example"
d = dt(2026, 12, 2, 0, 40, 2, "+0000")
write(OUT, n, o365_ndr(n, sender=OPS, rcpt=r, date=d, subject="Subs reminder",
    headline=f"Delivery of your message to {r} has been delayed.",
    why="The recipient's email server refused our connection. We'll keep trying to deliver your message for up to 1 day, 18 hours. You'll be notified if it can't be delivered by then.",
    fix="No action is needed from you now. If the problem continues, the recipient's email admin should check that their server accepts connections on port 25.",
    code="451 4.4.316", diag="451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.old-boathouse-club.example] [LastAttemptedIP=192.0.2.144:25] [SA1PR14MB7391.namprd14.prod.outlook.com 2026-12-02T00:39:58.210Z 08DD118AA1F3C9A2]",
    tenant_host=TENANT, status="4.4.316", delay=True,
    orig_msg=o365_orig(n, r, "Subs reminder", dt(2026, 12, 1, 20, 39, 0, "+0000"))))
expect(n, r, "networkerror", False, "4.4.316", "451", action="delayed", vendor="outlook")

# ================================================================ iCloud, Comcast, AT&T

n = "icloud-cs01-local-policy.eml"
r = "theo.marchetti@icloud.com"
d = dt(2026, 12, 1, 2, 50, 40, "+0100")
diag = "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"
tail = f"<{r}>: host mx01.mail.icloud.com[192.0.2.101] said: {diag}\n    (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.7.1", "remote": "mx01.mail.icloud.com", "diag": "smtp; " + diag}]))
expect(n, r, "policyviolation", False, "5.7.1", "554", vendor="icloud")

n = "comcast-too-many-sessions-delayed.eml"
r = "dmurphy58@comcast.net"
d = dt(2026, 12, 1, 5, 15, 0, "-0500")
diag = ("421 resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net 198.51.100.45 Too many sessions opened from\n"
        "    your IP, see https://postmaster.comcast.net/smtp-error-codes.php#RL000001")
text = f"""The original message was received at Tue, 1 Dec 2026 01:10:22 -0500
from localhost [127.0.0.1]

   ----- The following addresses had transient non-fatal errors -----
<{r}>

   ----- Transcript of session follows -----
<{r}>... Deferred: {diag.splitlines()[0]}
{diag.splitlines()[1].strip()}
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
write(OUT, n, sendmail_dsn(n, host="mailer.maplestreet-pta.example", sender="newsletter-bounces@maplestreet-pta.example", text=text, date=d,
    subject="Warning: could not send message for past 4 hours",
    recips=[{"final": r, "action": "delayed", "status": "4.0.0", "remote": "mx1.comcast.net",
             "diag": "smtp; " + diag.replace("\n    ", " "), "last": d, "will_retry": dt(2026, 12, 6, 1, 10, 22, "-0500")}],
    orig_msg=orig_headers("newsletter@maplestreet-pta.example", r, "PTA news: winter concert volunteers", dt(2026, 12, 1, 1, 10, 20, "-0500"),
                          mid(n + "o", "maplestreet-pta.example")),
    arrival=dt(2026, 12, 1, 1, 10, 22, "-0500")))
expect(n, r, "ratelimited", False, "4.0.0", "421", action="delayed", vendor="comcast")

n = "att-fix-reverse-dns.eml"
r = "grandpa.joe.t@att.net"
d = dt(2026, 12, 1, 1, 20, 9, "+0000")
text = EXIM_HEAD + f"""  {r}
    host al-ip4-mx-vip1.prodigy.net [192.0.2.118]
    SMTP error from remote mail server after initial connection:
    550 5.7.1 Connections not accepted from servers without a valid sender domain.alph837 Fix reverse DNS for 198.51.100.66
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "requireptr", False, "5.7.1", "550", vendor="att")

n = "att-dnsbl-rbl-blocked.eml"
r = "quilting.nana@sbcglobal.net"
d = dt(2026, 11, 30, 23, 40, 2, "-0800")
diag = "553 5.3.0 alph552 DNSBL:RBL 521< 198.51.100.203 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net"
tail = f"<{r}>: host al-ip4-mx-vip2.prodigy.net[192.0.2.119] said: {diag}\n    (in reply to MAIL FROM command)\n"
write(OUT, n, pf(n, host="smtp-out.greencart-deals.example", sender=GC, sender_from=GC_FROM, tail=tail, date=d,
    osubj="Cyber week: 30% off garden tools", odate=dt(2026, 11, 30, 23, 13, 58, "-0800"), arrival=dt(2026, 11, 30, 23, 39, 55, "-0800"),
    recips=[{"final": r, "status": "5.3.0", "remote": "al-ip4-mx-vip2.prodigy.net", "diag": "smtp; " + diag}]))
expect(n, r, "blocked", False, "5.3.0", "553", vendor="att")

# ================================================================ European providers

n = "gmx-exceeded-storage-allocation.eml"
r = "h.brandauer@gmx.at"
d = dt(2026, 12, 1, 2, 51, 33, "+0100")
diag = "552-Requested mail action aborted: exceeded storage allocation\n    552 {mx-ha004} Mailbox of " + r + " is full"
tail = f"<{r}>: host mx01.emig.gmx.net[192.0.2.131] said:\n    {diag}\n    (in reply to RCPT TO command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.2.2", "remote": "mx01.emig.gmx.net", "diag": "smtp; " + diag.replace("\n    ", " ")}]))
expect(n, r, "mailboxfull", False, "5.2.2", "552", vendor="gmx")

n = "orange-text-only-no-reason-fr.eml"
r = "famille.leroux@orange.fr"
d = dt(2026, 12, 1, 4, 2, 17, "+0100")
write(OUT, n, plain(n, host="smtp-out.orange.fr", frm="Service de messagerie Orange <mailer-daemon@orange.fr>",
    to="club.photo.rennes@orange.fr", subject="Message non remis : Sortie photo du 6 decembre",
    date=d, sw="Sendmail", charset="iso-8859-1", cte="quoted-printable", text=f"""Bonjour,

Votre message n'a pas pu être remis au destinataire suivant :

        {r}

Objet : Sortie photo du 6 décembre
Envoyé le : 01/12/2026 03:58

Ceci est un message automatique, merci de ne pas y répondre.

--
Orange Messagerie
"""))
expect(n, r, "undefined", False, "", "", vendor="orange")

n = "free-mailbox-not-found-postfix.eml"
r = "jp.marchal@free.fr"
d = dt(2026, 12, 1, 2, 52, 8, "+0100")
diag = f"550 5.1.1 <{r}>: Recipient address rejected: free.fr MAILBOX NOT FOUND"
tail = f"<{r}>: host mx1.free.fr[192.0.2.150] said: {diag} (in reply to\n    RCPT TO command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.1.1", "remote": "mx1.free.fr", "diag": "smtp; " + diag}]))
expect(n, r, "userunknown", True, "5.1.1", "550", vendor="free")

n = "telekom-a-problem-occurred.eml"
r = "w.kessler@t-online.de"
d = dt(2026, 12, 1, 2, 53, 50, "+0100")
diag = "554 IP=198.51.100.77 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)"
tail = f"<{r}>: host mx00.t-online.de[192.0.2.160] refused to talk to me: {diag}\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.0.0", "remote": "mx00.t-online.de", "diag": "smtp; " + diag}]))
expect(n, r, "onhold", False, "5.0.0", "554", vendor="telekom")

n = "libero-casella-piena.eml"
r = "giulia.ferri@libero.it"
d = dt(2026, 12, 1, 2, 54, 30, "+0100")
diag = f"552 5.2.2 <{r}> casella piena / mailbox full"
tail = f"<{r}>: host smtp-in.libero.it[192.0.2.170] said: {diag} (in reply to\n    RCPT TO command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.2.2", "remote": "smtp-in.libero.it", "diag": "smtp; " + diag}]))
expect(n, r, "mailboxfull", False, "5.2.2", "552", vendor="libero")

# ================================================================ Yandex, Mail.ru, Zoho, Fastmail

n = "yandex-suspicion-of-spam-exim.eml"
r = "a.volkova@yandex.ru"
d = dt(2026, 12, 1, 1, 31, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    host mx.yandex.ru [192.0.2.180]
    SMTP error from remote mail server after end of data:
    554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1733016659-aBcD3fGhIj-Kl
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "spamdetected", False, "5.7.1", "554", vendor="yandex")

n = "mailru-ratelimit-delayed-postfix.eml"
r = "ivan.petrenko@mail.ru"
d = dt(2026, 12, 1, 7, 1, 0, "+0000")
diag = f"451 Ratelimit exceeded for mailbox {r}. Try again later."
tail = f"<{r}>: host mxs.mail.ru[192.0.2.190] said: {diag} (in reply to\n    RCPT TO command)\n"
write(OUT, n, pf(n, host="relay.harvest-coop-news.example", sender="list-bounces@harvest-coop-news.example",
    sender_from="Harvest Co-op News <list@harvest-coop-news.example>", tail=tail, date=d, delay=(4, 5),
    osubj="Co-op members' December newsletter", odate=dt(2026, 12, 1, 2, 58, 40, "+0000"), arrival=dt(2026, 12, 1, 2, 58, 40, "+0000"),
    recips=[{"final": r, "action": "delayed", "status": "4.0.0", "remote": "mxs.mail.ru", "diag": "smtp; " + diag,
             "will_retry": dt(2026, 12, 6, 2, 58, 40, "+0000")}]))
expect(n, r, "ratelimited", False, "4.0.0", "451", action="delayed", vendor="mailru")

n = "zoho-relaying-disallowed.eml"
r = "orders@stonebridge-farmshop.example"
d = dt(2026, 12, 1, 9, 12, 30, "+0530")
write(OUT, n, with_returned(n, host="mx.zohomail.com", frm="Mail Delivery System <mailer-daemon@zohomail.com>",
    to="hello@spice-route-kitchen.example", subject="Undelivered Mail Returned to Sender", date=d, sw="Zoho Mail",
    text=f"""This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

{r}, ERROR CODE :553 - Relaying disallowed. Invalid Domain - stonebridge-farmshop.example

""",
    html=f"""<html><body><div>This message was created automatically by mail delivery software.<br>
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.<br><br>
<b>{r}</b>, ERROR CODE :553 - Relaying disallowed. Invalid Domain - stonebridge-farmshop.example</div></body></html>""",
    orig=orig_headers("Spice Route Kitchen <hello@spice-route-kitchen.example>", r, "December menu and supper club dates",
                      dt(2026, 12, 1, 9, 12, 20, "+0530"), mid(n + "o", "mail.zoho.com"), "X-Mailer: Zoho Mail") + "\nHello!\n\nOur December menu is out.\n"))
expect(n, r, "norelaying", False, "", "553", vendor="zoho")

n = "zoho-dmarc-policy-reject-postfix.eml"
r = "chef.anand@zohomail.in"
d = dt(2026, 11, 30, 23, 50, 12, "-0800")
diag = "550 5.7.1 Email rejected per DMARC policy for mail.greencart-deals.example (p=reject; dkim=fail spf=fail)"
tail = f"<{r}>: host mx.zoho.in[192.0.2.201] said: {diag} (in reply to end\n    of DATA command)\n"
write(OUT, n, pf(n, host="smtp-out.greencart-deals.example", sender=GC, sender_from=GC_FROM, tail=tail, date=d,
    osubj="Cyber week: 30% off garden tools", odate=dt(2026, 11, 30, 23, 13, 58, "-0800"), arrival=dt(2026, 11, 30, 23, 49, 58, "-0800"),
    recips=[{"final": r, "status": "5.7.1", "remote": "mx.zoho.in", "diag": "smtp; " + diag}]))
expect(n, r, "authfailure", False, "5.7.1", "550", vendor="zoho")

n = "fastmail-mailbox-disabled.eml"
r = "rosa.lindgren@fastmail.com"
d = dt(2026, 12, 1, 1, 40, 41, "+0000")
text = EXIM_HEAD + f"""  {r}
    host in1-smtp.messagingengine.com [192.0.2.210]
    SMTP error from remote mail server after RCPT TO:<{r}>:
    550 5.2.1 <{r}>: This mailbox has been disabled and is not accepting messages
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "suspend", False, "5.2.1", "550", vendor="fastmail")

n = "fastmail-sieve-refused-by-recipient.eml"
r = "ben@bennett-family.example"
d = dt(2026, 11, 30, 23, 55, 0, "-0800")
diag = f"550 5.7.1 <{r}>: message refused by the recipient's own filter rules (sieve: reject \"No shop newsletters here, thanks\")"
tail = f"<{r}>: host in2-smtp.messagingengine.com[192.0.2.211] said: {diag}\n    (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="smtp-out.greencart-deals.example", sender=GC, sender_from=GC_FROM, tail=tail, date=d,
    osubj="Cyber week: 30% off garden tools", odate=dt(2026, 11, 30, 23, 13, 58, "-0800"), arrival=dt(2026, 11, 30, 23, 54, 40, "-0800"),
    recips=[{"final": r, "status": "5.7.1", "remote": "in2-smtp.messagingengine.com", "diag": "smtp; " + diag}]))
expect(n, r, "filtered", False, "5.7.1", "550", vendor="fastmail")

# ================================================================ Postfix

n = "postfix-four-recipients-mixed.eml"
rs = ["d.achterberg@polder-media.example", "studio@lichtwerk-foto.example", "info@bakkerij-van-dijk.example", "redactie@stadskrant-delft.example"]
d = dt(2026, 12, 1, 3, 20, 14, "+0100")
diags = [f"550 5.1.1 <{rs[0]}>: Recipient address rejected: User unknown in local recipient table",
         "552 5.3.4 Message size exceeds fixed limit",
         None,
         f"554 5.7.1 <{rs[3]}>: Relay access denied"]
tail = (f"<{rs[0]}>: host mx.polder-media.example[192.0.2.220] said: 550 5.1.1\n    <{rs[0]}>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n\n"
        f"<{rs[1]}>: host mail.lichtwerk-foto.example[192.0.2.221] said: 552\n    5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)\n\n"
        f"<{rs[2]}>: Host or domain name not found. Name service error for\n    name=bakkerij-van-dijk.example type=MX: Host not found\n\n"
        f"<{rs[3]}>: host smtp.stadskrant-delft.example[192.0.2.223] said: 554 5.7.1\n    <{rs[3]}>: Relay access denied (in reply to RCPT TO command)\n")
write(OUT, n, pf(n, host="mailout.fotoclub-delft.example", sender="secretariaat@fotoclub-delft.example",
    sender_from="Fotoclub Delft <secretariaat@fotoclub-delft.example>", tail=tail, date=d,
    osubj="Persbericht: winterexpositie met foto's (PDF + JPG)", odate=dt(2026, 12, 1, 3, 19, 50, "+0100"), arrival=dt(2026, 12, 1, 3, 19, 50, "+0100"),
    recips=[{"final": rs[0], "status": "5.1.1", "remote": "mx.polder-media.example", "diag": "smtp; " + diags[0]},
            {"final": rs[1], "status": "5.3.4", "remote": "mail.lichtwerk-foto.example", "diag": "smtp; " + diags[1]},
            {"final": rs[2], "status": "5.4.4", "diag": "X-Postfix; Host or domain name not found. Name service error for name=bakkerij-van-dijk.example type=MX: Host not found"},
            {"final": rs[3], "status": "5.7.1", "remote": "smtp.stadskrant-delft.example", "diag": "smtp; " + diags[3]}]))
expect(n, rs[0], "userunknown", True, "5.1.1", "550")
expect(n, rs[1], "emailtoolarge", False, "5.3.4", "552")
expect(n, rs[2], "hostunknown", True, "5.4.4", "")
expect(n, rs[3], "norelaying", False, "5.7.1", "554")

n = "postfix-relocated-user-moved.eml"
r = "m.oyelaran@harbourside-uni.example"
d = dt(2026, 12, 1, 1, 44, 2, "+0000")
diag = f"550 5.1.6 <{r}>: Recipient address rejected: User has moved to m.oyelaran@alumni.harbourside-uni.example"
tail = f"<{r}>: host mx.harbourside-uni.example[192.0.2.230] said: 550 5.1.6\n    <{r}>: Recipient address rejected: User has moved to\n    m.oyelaran@alumni.harbourside-uni.example (in reply to RCPT TO command)\n"
write(OUT, n, pf(n, host="mailout.brightpath-weekly.example", sender=BP, sender_from=BP_FROM, tail=tail, date=d,
    osubj="First snow: three winter trails", odate=dt(2026, 12, 1, 1, 2, 30, "+0000"), arrival=dt(2026, 12, 1, 1, 43, 58, "+0000"),
    recips=[{"final": r, "status": "5.1.6", "remote": "mx.harbourside-uni.example", "diag": "smtp; " + diag}]))
expect(n, r, "hasmoved", True, "5.1.6", "550")

n = "postfix-sasl-relayhost-auth-failed.eml"
r = "volunteers@food-bank-north.example"
d = dt(2026, 12, 1, 6, 3, 3, "+0000")
diag = "535 5.7.8 Authentication credentials invalid"
tail = (f"<{r}>: SASL authentication failed; server smtp.sendgrid.net[192.0.2.240]\n"
        f"    said: 535 Authentication failed: The provided authorization grant is\n    invalid, expired, or revoked\n")
write(OUT, n, pf(n, host="app01.food-drive-signup.example", sender="noreply@food-drive-signup.example",
    sender_from="Food Drive Signup <noreply@food-drive-signup.example>", tail=tail, date=d,
    osubj="Your shift on Saturday is confirmed", odate=dt(2026, 12, 1, 6, 3, 0, "+0000"), arrival=dt(2026, 12, 1, 6, 3, 0, "+0000"),
    recips=[{"final": r, "status": "5.7.8", "remote": "smtp.sendgrid.net",
             "diag": "smtp; 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked"}]))
expect(n, r, "securityerror", False, "5.7.8", "535")

n = "postfix-8bit-conversion-impossible.eml"
r = "kontakt@alte-muehle-verlag.example"
d = dt(2026, 12, 1, 3, 30, 30, "+0100")
tail = (f"<{r}>: host mail.alte-muehle-verlag.example[192.0.2.241] said: 554 5.6.3\n"
        f"    Conversion required but not supported: this server does not offer 8BITMIME\n"
        f"    and the message has 8-bit content (in reply to end of DATA command)\n")
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.6.3", "remote": "mail.alte-muehle-verlag.example",
             "diag": "smtp; 554 5.6.3 Conversion required but not supported: this server does not offer 8BITMIME and the message has 8-bit content"}]))
expect(n, r, "contenterror", False, "5.6.3", "554")

n = "postfix-mail-from-syntax.eml"
r = "office@ridgeline-roofing.example"
d = dt(2026, 11, 30, 23, 58, 58, "-0800")
diag = "501 5.5.4 Syntax: MAIL FROM:<address> [SIZE=n] - unrecognised parameter SMTPUTF8"
tail = f"<{r}>: host mx.ridgeline-roofing.example[192.0.2.242] said: {diag}\n    (in reply to MAIL FROM command)\n"
write(OUT, n, pf(n, host="smtp-out.greencart-deals.example", sender=GC, sender_from=GC_FROM, tail=tail, date=d,
    osubj="Cyber week: 30% off garden tools", odate=dt(2026, 11, 30, 23, 13, 58, "-0800"), arrival=dt(2026, 11, 30, 23, 58, 40, "-0800"),
    recips=[{"final": r, "status": "5.5.4", "remote": "mx.ridgeline-roofing.example", "diag": "smtp; " + diag}]))
expect(n, r, "syntaxerror", False, "5.5.4", "501")

n = "postfix-expanded-alias-success.eml"
r = "board@tenants-association.example"
d = dt(2026, 12, 1, 8, 0, 4, "+0000")
text = f"""This is the mail system at host mail.tenants-association.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<{r}>: alias expanded
"""
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mail.tenants-association.example (Mail Delivery System)",
    to="agenda@city-housing-office.example", subject="Successful Mail Delivery Report", date=d,
    host="mail.tenants-association.example", hops="Return-Path: <>\n" + hop(n, "mail.tenants-association.example", "Postfix", d),
    text=text, arrival=dt(2026, 12, 1, 8, 0, 1, "+0000"),
    recips=[{"final": r, "action": "expanded", "status": "2.0.0", "diag": "X-Postfix; alias expanded"}],
    orig=orig_headers("agenda@city-housing-office.example", r, "Agenda: housing forum 9 December", dt(2026, 12, 1, 8, 0, 0, "+0000"),
                      mid(n + "o", "city-housing-office.example"))))
expect(n, r, "delivered", False, "2.0.0", "", action="expanded")

n = "postfix-remote-duplicate-date-header.eml"
r = "listen@rundfunk-archiv.example"
d = dt(2026, 12, 1, 3, 31, 30, "+0100")
diag = "550 5.7.1 Message rejected: not RFC 5322 compliant (header Date appears 2 times, only 1 allowed)"
tail = f"<{r}>: host mx.rundfunk-archiv.example[192.0.2.243] said: {diag}\n    (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.7.1", "remote": "mx.rundfunk-archiv.example", "diag": "smtp; " + diag}]))
expect(n, r, "notcompliantrfc", False, "5.7.1", "550")

# ================================================================ Exim

n = "exim-two-failures-nullhosts-and-quota.eml"
rs = ["members@rowing-club-leith.example", "jenny.macrae@highland-crofts.example"]
d = dt(2026, 12, 1, 1, 50, 0, "+0000")
text = EXIM_HEAD + f"""  {rs[0]}
    all relevant MX records point to non-existent hosts
  {rs[1]}
    host mail.highland-crofts.example [192.0.2.245]
    SMTP error from remote mail server after RCPT TO:<{rs[1]}>:
    552 5.2.2 <{rs[1]}>: Mailbox quota exceeded
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=rs,
    orig_msg=nl_orig(BP_FROM, ", ".join(rs), "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, rs[0], "hostunknown", True, "", "")
expect(n, rs[1], "mailboxfull", False, "5.2.2", "552")

n = "exim-pipe-child-process-returned.eml"
r = "support@tickets.quayside-print.example"
d = dt(2026, 12, 1, 9, 5, 5, "+0000")
text = EXIM_HEAD + f"""  pipe to |/usr/local/bin/helpdesk-import --queue support
    generated by {r}
    Child process of address_pipe transport returned 1 from command:
    /usr/local/bin/helpdesk-import
    local delivery failed
"""
write(OUT, n, exim_plain(n, host="mail.quayside-print.example", sender="printer-alerts@quayside-print.example", text=text, date=d, failed=[r],
    orig_msg=orig_headers("printer-alerts@quayside-print.example", r, "Toner low on press 3", dt(2026, 12, 1, 9, 5, 1, "+0000"),
                          mid(n + "o", "quayside-print.example")) + "\nPress 3 toner is at 4%.\n"))
expect(n, r, "mailererror", False, "", "")

n = "exim-retry-timeout-exceeded.eml"
r = "info@mountain-hut-booking.example"
d = dt(2026, 12, 1, 1, 52, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    retry timeout exceeded
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "Last week: gear for the long nights", dt(2026, 11, 24, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "expired", False, "", "")

n = "exim-tls-required-handshake-failed.eml"
r = "post@fjordview-cabins.example"
d = dt(2026, 12, 1, 1, 55, 30, "+0000")
text = EXIM_HEAD + f"""  {r}
    host mx.fjordview-cabins.example [192.0.2.246]
    a TLS session is required, but an attempt to start TLS failed
"""
write(OUT, n, exim_dsn(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d,
    recips=[{"final": r, "status": "5.7.10", "remote": "mx.fjordview-cabins.example",
             "diag": "X-Exim; TLS error on connection (gnutls_handshake): The TLS connection was non-properly terminated."}],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n, "letters.brightpath-weekly.example"),
    arrival=dt(2026, 12, 1, 1, 2, 30, "+0000")))
expect(n, r, "failedstarttls", False, "5.7.10", "")

n = "exim-smarthost-5.7.57-not-authenticated.eml"
r = "parents@st-brigids-school.example"
d = dt(2026, 12, 1, 7, 30, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    host smtp.office365.com [192.0.2.250]
    SMTP error from remote mail server after MAIL FROM:<office@st-brigids-school.example> SIZE=3410:
    530 5.7.57 Client not authenticated to send mail. [LO4P265CA0042.GBRP265.PROD.OUTLOOK.COM 2026-12-01T07:29:59.117Z 08DD11E0B6A5F2C3]
"""
write(OUT, n, exim_plain(n, host="server01.st-brigids-school.example", sender="office@st-brigids-school.example", text=text, date=d, failed=[r],
    orig_msg=orig_headers("St Brigid's School Office <office@st-brigids-school.example>", r, "Nativity play: rehearsal times",
                          dt(2026, 12, 1, 7, 29, 55, "+0000"), mid(n + "o", "st-brigids-school.example")) + "\nDear parents,\n\nrehearsals are on Tuesday and Thursday.\n"))
expect(n, r, "securityerror", False, "5.7.57", "530")

# ================================================================ Sendmail

SM_HOST = "mailhub.civic-theatre.example"
SM_SENDER = "boxoffice-bounces@civic-theatre.example"


def sm_orig(n, r, subj="Now booking: the winter panto", when=None):
    return orig_headers("Civic Theatre Box Office <boxoffice@civic-theatre.example>", r, subj,
                        when or dt(2026, 11, 30, 21, 0, 0, "-0600"), mid(n + "o", "civic-theatre.example"),
                        "List-Unsubscribe: <mailto:leave-" + qid(n, 8).lower() + "@civic-theatre.example>")


n = "sendmail-551-user-has-moved.eml"
r = "r.castellanos@prairie-law.example"
d = dt(2026, 11, 30, 21, 4, 11, "-0600")
text = f"""The original message was received at Mon, 30 Nov 2026 21:00:02 -0600
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{r}>
    (reason: 551 5.1.6 User has moved; please try <rcastellanos@castellanos-legal.example>)

   ----- Transcript of session follows -----
... while talking to mail.prairie-law.example.:
>>> RCPT To:<{r}>
<<< 551 5.1.6 User has moved; please try <rcastellanos@castellanos-legal.example>
551 5.1.6 <{r}>... User has moved; please try <rcastellanos@castellanos-legal.example>
"""
write(OUT, n, sendmail_dsn(n, host=SM_HOST, sender=SM_SENDER, text=text, date=d,
    recips=[{"final": r, "status": "5.1.6", "remote": "mail.prairie-law.example",
             "diag": "smtp; 551 5.1.6 User has moved; please try <rcastellanos@castellanos-legal.example>", "last": d}],
    orig_msg=sm_orig(n, r), arrival=dt(2026, 11, 30, 21, 0, 2, "-0600")))
expect(n, r, "hasmoved", True, "5.1.6", "551")

n = "sendmail-deferred-connection-timed-out.eml"
r = "frontdesk@lakeshore-dental.example"
d = dt(2026, 12, 1, 1, 0, 40, "-0600")
text = f"""**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Mon, 30 Nov 2026 21:00:02 -0600
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<{r}>... Deferred: Connection timed out with mail.lakeshore-dental.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
write(OUT, n, sendmail_dsn(n, host=SM_HOST, sender=SM_SENDER, text=text, date=d,
    subject="Warning: could not send message for past 4 hours",
    recips=[{"final": r, "action": "delayed", "status": "4.4.1", "remote": "mail.lakeshore-dental.example",
             "last": d, "will_retry": dt(2026, 12, 5, 21, 0, 2, "-0600")}],
    orig_msg=sm_orig(n, r), arrival=dt(2026, 11, 30, 21, 0, 2, "-0600")))
expect(n, r, "networkerror", False, "4.4.1", "", action="delayed")

n = "sendmail-insufficient-disk-space-remote.eml"
r = "events@riverbend-library.example"
d = dt(2026, 12, 1, 1, 1, 12, "-0600")
text = f"""**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Mon, 30 Nov 2026 21:00:02 -0600
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
... while talking to smtp.riverbend-library.example.:
>>> MAIL From:<{SM_SENDER}> SIZE=38211
<<< 452 4.4.5 Insufficient disk space; try again later
<{r}>... Deferred: 452 4.4.5 Insufficient disk space; try again later
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
write(OUT, n, sendmail_dsn(n, host=SM_HOST, sender=SM_SENDER, text=text, date=d,
    subject="Warning: could not send message for past 4 hours",
    recips=[{"final": r, "action": "delayed", "status": "4.4.5", "remote": "smtp.riverbend-library.example",
             "diag": "smtp; 452 4.4.5 Insufficient disk space; try again later",
             "last": d, "will_retry": dt(2026, 12, 5, 21, 0, 2, "-0600")}],
    orig_msg=sm_orig(n, r), arrival=dt(2026, 11, 30, 21, 0, 2, "-0600")))
expect(n, r, "systemfull", False, "4.4.5", "452", action="delayed")

n = "sendmail-relayed-to-non-dsn-mailer.eml"
r = "clerk@county-records.example"
d = dt(2026, 12, 1, 10, 15, 40, "-0600")
text = f"""The original message was received at Tue, 1 Dec 2026 10:15:31 -0600
from office-pc12.civic-theatre.example [10.1.2.12]

   ----- The following addresses had successful delivery notifications -----
<{r}>  (relayed to non-DSN-aware mailer)

   ----- Transcript of session follows -----
<{r}>... relayed; expect no further notifications
"""
write(OUT, n, sendmail_dsn(n, host=SM_HOST, sender="manager@civic-theatre.example", text=text, date=d,
    subject="Return receipt",
    recips=[{"final": r, "action": "relayed", "status": "2.0.0", "remote": "mx.county-records.example",
             "diag": "smtp; 250 2.0.0 Ok: queued as 4Q7kRt2LhVz9", "last": d}],
    orig_msg=orig_headers("manager@civic-theatre.example", r, "Licence renewal form (signed)", dt(2026, 12, 1, 10, 15, 30, "-0600"),
                          mid(n + "o", "civic-theatre.example")), arrival=dt(2026, 12, 1, 10, 15, 31, "-0600")))
expect(n, r, "delivered", False, "2.0.0", "250", action="relayed")

n = "sendmail-554-transaction-failed-bare.eml"
r = "pat.oleary@granite-state-mail.example"
d = dt(2026, 11, 30, 21, 6, 0, "-0600")
text = f"""The original message was received at Mon, 30 Nov 2026 21:00:02 -0600
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{r}>
    (reason: 554 5.0.0 Transaction failed)

   ----- Transcript of session follows -----
... while talking to mx2.granite-state-mail.example.:
>>> DATA
<<< 554 5.0.0 Transaction failed
554 5.0.0 Service unavailable
"""
write(OUT, n, sendmail_dsn(n, host=SM_HOST, sender=SM_SENDER, text=text, date=d,
    recips=[{"final": r, "status": "5.0.0", "remote": "mx2.granite-state-mail.example",
             "diag": "smtp; 554 5.0.0 Transaction failed", "last": d}],
    orig_msg=sm_orig(n, r), arrival=dt(2026, 11, 30, 21, 0, 2, "-0600")))
expect(n, r, "onhold", False, "5.0.0", "554")

# ================================================================ qmail / netqmail

QM_HOST = "mail.hillside-cycling.example"
QM_SENDER = "club-bounces@hillside-cycling.example"


def qm_orig(n, to):
    return (f"Return-Path: <{QM_SENDER}>\nReceived: (qmail 30112 invoked by uid 1003); 1 Dec 2026 05:00:01 -0000\n"
            f"Date: Tue, 01 Dec 2026 05:00:01 +0000\nFrom: Hillside Cycling Club <club@hillside-cycling.example>\nTo: {to}\n"
            f"Subject: Sunday ride: frost route and cafe stop\nMessage-ID: {mid(n + 'o', 'hillside-cycling.example')}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nRide leaves 9:00 from the clock tower.\n")


n = "qmail-two-recipients-quota-and-unknown.eml"
rs = ["dave.price@valley-isp.example", "sue.hammond@valley-isp.example"]
d = dt(2026, 12, 1, 5, 0, 9, "+0000")
blocks = f"""<{rs[0]}>:
192.0.2.50 does not like recipient.
Remote host said: 552 5.2.2 {rs[0]} mailbox is over its storage quota, try again later
Giving up on 192.0.2.50.

<{rs[1]}>:
192.0.2.50 does not like recipient.
Remote host said: 550 5.1.1 {rs[1]} no mailbox by that name here
Giving up on 192.0.2.50.
"""
write(OUT, n, qmail(n, host=QM_HOST, sender=QM_SENDER, blocks=blocks, date=d, orig_msg=qm_orig(n, ", ".join(rs))))
expect(n, rs[0], "mailboxfull", False, "5.2.2", "552")
expect(n, rs[1], "userunknown", True, "5.1.1", "550")

n = "qmail-starttls-required.eml"
r = "rides@peak-riders.example"
d = dt(2026, 12, 1, 5, 0, 12, "+0000")
blocks = f"""<{r}>:
Connected to 192.0.2.51 but sender was rejected.
Remote host said: 530 5.7.0 Must issue a STARTTLS command first
"""
write(OUT, n, qmail(n, host=QM_HOST, sender=QM_SENDER, blocks=blocks, date=d, orig_msg=qm_orig(n, r)))
expect(n, r, "failedstarttls", False, "5.7.0", "530")

n = "qmail-program-exit-permanent.eml"
r = "results@hillside-cycling.example"
d = dt(2026, 12, 1, 5, 0, 15, "+0000")
blocks = f"""<{r}>:
/usr/local/bin/race-results-import: fatal: cannot parse results table: unexpected column 'lap9'
Program /usr/local/bin/race-results-import exited with status 100; message not delivered.
"""
write(OUT, n, qmail(n, host=QM_HOST, sender=QM_SENDER, blocks=blocks, date=d, orig_msg=qm_orig(n, r)))
expect(n, r, "mailererror", False, "", "")

n = "qmail-555-syntax-error.eml"
r = "info@old-velodrome.example"
d = dt(2026, 12, 1, 5, 0, 18, "+0000")
blocks = f"""<{r}>:
Connected to 192.0.2.52 but sender was rejected.
Remote host said: 555 5.5.2 Syntax error in MAIL FROM parameters (BODY=8BITMIME not understood)
"""
write(OUT, n, qmail(n, host=QM_HOST, sender=QM_SENDER, blocks=blocks, date=d, orig_msg=qm_orig(n, r)))
expect(n, r, "syntaxerror", False, "5.5.2", "555")

# ================================================================ Exchange 2010-2019 on premises

def ex_orig(n, frm, to, subj, when, host):
    return orig_headers(frm, to, subj, when, mid(n + "o", host),
                        f"X-MS-Exchange-Organization-AuthAs: Internal\nX-MS-Has-Attach:\nthread-index: Ad{qid(n, 14).lower()}==")


n = "exchange2010-recipient-not-found.eml"
r = "j.whitlock@greyfriars-surgery.example"
d = dt(2026, 12, 1, 9, 14, 2, "+0000")
write(OUT, n, exchange_ndr(n, sender="practice.manager@greyfriars-surgery.example", date=d, subject="Staff rota: Christmas week",
    server="GFS-EX01.greyfriars.local", version="14.3.513.0",
    intro="Delivery has failed to these recipients or groups:",
    rows=[f"{r}",
          "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk."],
    recips=[{"final": r, "status": "5.1.1", "remote": None, "ex": "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
             "diag": "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"}],
    orig_msg=ex_orig(n, "Practice Manager <practice.manager@greyfriars-surgery.example>", r, "Staff rota: Christmas week",
                     dt(2026, 12, 1, 9, 13, 58, "+0000"), "GFS-EX01.greyfriars.local")))
expect(n, r, "userunknown", True, "5.1.1", "550")

n = "exchange2013-delay-system-not-accepting.eml"
r = "bookings@seaview-guesthouse.example"
d = dt(2026, 12, 1, 13, 20, 0, "+0000")
write(OUT, n, exchange_ndr(n, sender="reservations@coastal-tours.example", date=d, subject="Group booking: 14 guests, 18-20 December",
    server="CT-MBX02.coastal-tours.example", version="15.0.1497.48",
    delay_note="This is an automatically generated message; no action is required on your part.",
    intro="Delivery is delayed to these recipients or groups:",
    rows=[r, "Subject: Group booking: 14 guests, 18-20 December",
          "This message hasn't been delivered yet. Delivery will continue to be attempted.",
          "The server will keep trying to deliver this message for the next 1 days, 19 hours and 50 minutes. You'll be notified if the message can't be delivered by that time."],
    recips=[{"final": r, "action": "delayed", "status": "4.3.2", "remote": "mx.seaview-guesthouse.example",
             "ex": "Remote Server at mx.seaview-guesthouse.example (192.0.2.60) returned '400 4.4.7 Message delayed'\n12/1/2026 1:19:41 PM - Remote Server at mx.seaview-guesthouse.example (192.0.2.60) returned '451 4.4.0 Primary target IP address responded with: \"421 4.3.2 System not accepting network messages.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 192.0.2.60:25'",
             "diag": "smtp; 421 4.3.2 System not accepting network messages"}],
    orig_msg=ex_orig(n, "Coastal Tours Reservations <reservations@coastal-tours.example>", r, "Group booking: 14 guests, 18-20 December",
                     dt(2026, 12, 1, 9, 10, 0, "+0000"), "CT-MBX02.coastal-tours.example")))
expect(n, r, "systemerror", False, "4.3.2", "421", action="delayed")

n = "exchange2016-queue-expired.eml"
r = "accounts@northern-timber.example"
d = dt(2026, 12, 3, 9, 10, 5, "+0000")
write(OUT, n, exchange_ndr(n, sender="reservations@coastal-tours.example", date=d, subject="Invoice CT-20931",
    server="CT-MBX02.coastal-tours.example", version="15.1.2507.39",
    intro="Delivery has failed to these recipients or groups:",
    rows=[r, "The recipient's e-mail system couldn't accept your message for two days, so delivery was stopped. Please try resending the message later or contact the recipient directly."],
    recips=[{"final": r, "status": "4.4.7", "remote": "mail.northern-timber.example",
             "ex": "Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'",
             "diag": "smtp; 550 4.4.7 QUEUE.Expired; message expired"}],
    orig_msg=ex_orig(n, "Coastal Tours Accounts <reservations@coastal-tours.example>", r, "Invoice CT-20931",
                     dt(2026, 12, 1, 9, 9, 30, "+0000"), "CT-MBX02.coastal-tours.example")))
expect(n, r, "expired", False, "4.4.7", "550")

n = "exchange2016-delay-insufficient-system-resources.eml"
r = "purchasing@alder-hospital-trust.example"
d = dt(2026, 12, 1, 15, 45, 0, "+0000")
write(OUT, n, exchange_ndr(n, sender="reservations@coastal-tours.example", date=d, subject="Staff outing quote",
    server="CT-MBX02.coastal-tours.example", version="15.1.2507.39",
    delay_note="This is an automatically generated message; no action is required on your part.",
    intro="Delivery is delayed to these recipients or groups:",
    rows=[r, "Subject: Staff outing quote",
          "This message hasn't been delivered yet. Delivery will continue to be attempted.",
          "The server will keep trying to deliver this message for the next 1 days, 21 hours and 58 minutes. You'll be notified if the message can't be delivered by that time."],
    recips=[{"final": r, "action": "delayed", "status": "4.3.1", "remote": "ex-edge.alder-hospital-trust.example",
             "ex": "Remote Server at ex-edge.alder-hospital-trust.example (192.0.2.70) returned '452 4.3.1 Insufficient system resources'",
             "diag": "smtp; 452 4.3.1 Insufficient system resources"}],
    orig_msg=ex_orig(n, "Coastal Tours Reservations <reservations@coastal-tours.example>", r, "Staff outing quote",
                     dt(2026, 12, 1, 13, 43, 0, "+0000"), "CT-MBX02.coastal-tours.example")))
expect(n, r, "systemfull", False, "4.3.1", "452", action="delayed")

n = "exchange2019-three-recipients-mixed.eml"
rs = ["k.adeyemi@brookfield-council.example", "planning@brookfield-council.example", "l.moreno@brookfield-council.example"]
d = dt(2026, 12, 1, 11, 2, 2, "+0000")
write(OUT, n, exchange_ndr(n, sender="consultations@brookfield-council.example", date=d, subject="Consultation closes Friday",
    server="BC-EXCH19.brookfield-council.example", version="15.2.1544.14",
    intro="Delivery has failed to these recipients or groups:",
    rows=[rs[0], "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
          rs[1], "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
          rs[2], "The recipient's mailbox has been disabled and can't accept messages. Please contact the recipient by some other means."],
    recips=[{"final": rs[0], "status": "5.1.1", "remote": None, "ex": "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
             "diag": "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"},
            {"final": rs[1], "status": "5.2.2", "remote": None,
             "ex": "#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##",
             "diag": "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"},
            {"final": rs[2], "status": "5.2.1", "remote": None,
             "ex": "#550 5.2.1 STOREDRV.Deliver; mailbox disabled ##",
             "diag": "smtp; 550 5.2.1 STOREDRV.Deliver; mailbox disabled"}],
    orig_msg=ex_orig(n, "Brookfield Council Consultations <consultations@brookfield-council.example>", ", ".join(rs), "Consultation closes Friday",
                     dt(2026, 12, 1, 11, 1, 58, "+0000"), "BC-EXCH19.brookfield-council.example")))
expect(n, rs[0], "userunknown", True, "5.1.1", "550")
expect(n, rs[1], "mailboxfull", False, "5.2.2", "554")
expect(n, rs[2], "suspend", False, "5.2.1", "550")

n = "exchange2016-no-diagnostic.eml"
r = "office@hartley-glass.example"
d = dt(2026, 12, 1, 12, 30, 30, "+0000")
write(OUT, n, exchange_ndr(n, sender="reservations@coastal-tours.example", date=d, subject="Window repair quote",
    server="CT-MBX02.coastal-tours.example", version="15.1.2507.39",
    intro="Delivery has failed to these recipients or groups:",
    rows=[r, "Your message couldn't be delivered to the recipient."],
    recips=[{"final": r, "status": "5.0.0", "remote": "mail.hartley-glass.example", "ex": "Remote Server returned '< #5.0.0 smtp; >'",
             "diag": None}],
    orig_msg=ex_orig(n, "Coastal Tours Reservations <reservations@coastal-tours.example>", r, "Window repair quote",
                     dt(2026, 12, 1, 12, 29, 0, "+0000"), "CT-MBX02.coastal-tours.example")))
expect(n, r, "undefined", False, "5.0.0", "")

# ================================================================ Amazon SES: by mail and as JSON

n = "ses-mail-message-size-exceeded.eml"
r = "photos@westbrook-camera-club.example"
d = dt(2026, 12, 1, 4, 10, 2, "+0000")
ses_from = "Westbrook Camera Club <club@westbrook-camera-club.example>"
text = f"""An error occurred while trying to deliver the mail to the following recipients:
{r}
"""
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@amazonses.com", to="0100019383c2a4f1-bounce@us-west-2.amazonses.com",
    subject="Delivery Status Notification (Failure)", date=d, host="amazonses.com",
    hops="Return-Path: <>\n" + received([("a27-18.smtp-out.us-west-2.amazonses.com", "192.0.2.8", "mx.westbrook-camera-club.example", "Postfix", qid(n), d)]),
    text=text, reporting="a27-18.smtp-out.us-west-2.amazonses.com", arrival=dt(2026, 12, 1, 4, 10, 0, "+0000"),
    recips=[{"final": r, "status": "5.3.4", "remote": "mx.photohost-mail.example",
             "diag": "smtp; 552 5.3.4 Error: message file too big; the limit here is 20 MB"}],
    orig=orig_headers(ses_from, r, "Competition entries: all 42 photos", dt(2026, 12, 1, 4, 9, 58, "+0000"),
                      "<0101019383c2a4f1-7e3a1b0c-55d2-4f7e-9a61-2b1c0d9e8f77-000000@us-west-2.amazonses.com>",
                      "X-SES-Outgoing: 2026.12.01-192.0.2.8\nFeedback-ID: ::1.us-west-2.Qv3mPz8sLk2n0b7r9YxW1aEuCgHtJfKdSoiR4lMcVeU=:AmazonSES"),
    extra=[("X-Original-To", "club@westbrook-camera-club.example")]))
expect(n, r, "emailtoolarge", False, "5.3.4", "552", vendor="amazonses")


def sns_unsub(arn):
    return ("\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n"
            f"https://sns.eu-west-1.amazonaws.com/unsubscribe.html?SubscriptionArn={arn}:4c1e7a3b-9d2f-4e8a-b6c5-0f1a2b3c4d5e&Endpoint=bounces@letters.brightpath-weekly.example\n\n"
            "Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support\n")


ARN = "arn:aws:sns:eu-west-1:123456789012:brightpath-ses-events"
n = "ses-sns-email-json-two-recipients.eml"
rs = ["f.nakamura@tidepool-labs.example", "r.oduya@tidepool-labs.example"]
d = dt(2026, 12, 1, 1, 3, 20, "+0000")
ses = {"notificationType": "Bounce",
       "bounce": {"feedbackId": "0102019383a1d2e3-5f0c7b1a-1e2d-4c3b-8a9f-6e5d4c3b2a10-000000",
                  "bounceType": "Permanent", "bounceSubType": "General",
                  "bouncedRecipients": [
                      {"emailAddress": rs[0], "action": "failed", "status": "5.1.1",
                       "diagnosticCode": f"smtp; 550 5.1.1 <{rs[0]}>: Recipient address rejected: mailbox does not exist"},
                      {"emailAddress": rs[1], "action": "failed", "status": "5.2.2",
                       "diagnosticCode": f"smtp; 552 5.2.2 <{rs[1]}>: Mailbox full, storage limit reached"}],
                  "timestamp": "2026-12-01T01:03:19.512Z", "remoteMtaIp": "192.0.2.77",
                  "reportingMTA": "dns; b224-13.smtp-out.eu-west-1.amazonses.com"},
       "mail": {"timestamp": "2026-12-01T01:03:17.000Z", "source": "news@letters.brightpath-weekly.example",
                "sourceArn": "arn:aws:ses:eu-west-1:123456789012:identity/letters.brightpath-weekly.example",
                "sourceIp": "198.51.100.30", "callerIdentity": "brightpath-sender",
                "sendingAccountId": "123456789012", "messageId": "0102019383a1c8b2-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000",
                "destination": rs}}
env = {"Type": "Notification", "MessageId": f"7d3c9a4e-1b2f-5c6d-8e7f-{qid(n, 12).lower()}",
       "TopicArn": ARN, "Message": json.dumps(ses, separators=(",", ":")),
       "Timestamp": ses["bounce"]["timestamp"], "SignatureVersion": "1",
       "Signature": "Qm9yaW5nIHNpZ25hdHVyZSwgbm90IGEgcmVhbCBvbmU7IHRoaXMgaXMgYSB0ZXN0IHNhbXBsZQ==",
       "SigningCertURL": "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem",
       "UnsubscribeURL": f"https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={ARN}:4c1e7a3b-9d2f-4e8a-b6c5-0f1a2b3c4d5e"}
write(OUT, n, mail(["Return-Path: <0102019383a1e4f5-sns@eu-west-1.amazonses.com>\n" + received([("a8-41.smtp-out.eu-west-1.amazonses.com", "192.0.2.9", "mx.brightpath-weekly.example", "Postfix", qid(n), d)]),
                    ("Date", d), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", BP),
                    ("Subject", "AWS Notification Message"), ("Message-ID", mid(n, "eu-west-1.amazonses.com")),
                    ("x-amz-sns-message-type", "Notification"), ("x-amz-sns-topic-arn", ARN)],
                   text_part(json.dumps(env, indent=2) + "\n", "UTF-8", "quoted-printable")))
expect(n, rs[0], "userunknown", True, "5.1.1", "550", vendor="amazonses")
expect(n, rs[1], "mailboxfull", False, "5.2.2", "552", vendor="amazonses")

n = "ses-sns-email-suppression-list.eml"
r = "old.reader@lapsed-isp.example"
d = dt(2026, 12, 1, 1, 3, 21, "+0000")
sup = {"notificationType": "Bounce",
       "bounce": {"feedbackId": "0102019383a1d2e4-aa11bb22-cc33-4d44-8e55-ff6677889900-000000",
                  "bounceType": "Permanent", "bounceSubType": "OnAccountSuppressionList",
                  "bouncedRecipients": [
                      {"emailAddress": r, "action": "failed", "status": "5.1.1",
                       "diagnosticCode": "Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html"}],
                  "timestamp": "2026-12-01T01:03:18.101Z", "reportingMTA": "dns; amazonses.com"},
       "mail": {"timestamp": "2026-12-01T01:03:17.000Z", "source": "news@letters.brightpath-weekly.example",
                "sendingAccountId": "123456789012", "messageId": "0102019383a1c8b3-6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c-000000",
                "destination": [r]}}
write(OUT, n, mail(["Return-Path: <0102019383a1e4f7-sns@eu-west-1.amazonses.com>\n" + received([("a8-43.smtp-out.eu-west-1.amazonses.com", "192.0.2.11", "mx.brightpath-weekly.example", "Postfix", qid(n), d)]),
                    ("Date", d), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", BP),
                    ("Subject", "AWS Notification Message"), ("Message-ID", mid(n, "eu-west-1.amazonses.com"))],
                   text_part(json.dumps(sup, separators=(",", ":")) + "\n" + sns_unsub(ARN), "UTF-8", "quoted-printable")))
expect(n, r, "suppressed", False, "5.1.1", "", vendor="amazonses")

n = "ses-sns-email-delivery-delay-mailboxfull.eml"
r = "marta.kowal@brightwave-mail.example"
d = dt(2026, 12, 1, 3, 10, 0, "+0000")
ev = {"eventType": "DeliveryDelay",
      "mail": {"timestamp": "2026-12-01T01:02:40.000Z", "source": "news@letters.brightpath-weekly.example",
               "sendingAccountId": "123456789012", "messageId": "0102019383a1b7a6-9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b-000000",
               "destination": [r],
               "commonHeaders": {"from": ["Brightpath Weekly <news@letters.brightpath-weekly.example>"], "to": [r],
                                 "subject": "First snow: three winter trails"}},
      "deliveryDelay": {"timestamp": "2026-12-01T03:09:58.441Z", "delayType": "MailboxFull",
                        "expirationTime": "2026-12-01T15:02:40.000Z", "reportingMTA": "b224-13.smtp-out.eu-west-1.amazonses.com",
                        "delayedRecipients": [{"emailAddress": r, "status": "4.2.2",
                                               "diagnosticCode": f"smtp; 452 4.2.2 <{r}>: Recipient's mailbox is full, try again later"}]}}
write(OUT, n, mail(["Return-Path: <0102019383a1e4f6-sns@eu-west-1.amazonses.com>\n" + received([("a8-42.smtp-out.eu-west-1.amazonses.com", "192.0.2.10", "mx.brightpath-weekly.example", "Postfix", qid(n), d)]),
                    ("Date", d), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", BP),
                    ("Subject", "AWS Notification Message"), ("Message-ID", mid(n, "eu-west-1.amazonses.com"))],
                   text_part(json.dumps(ev, separators=(",", ":")) + "\n" + sns_unsub(ARN), "UTF-8", "quoted-printable")))
expect(n, r, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="amazonses")

# ================================================================ SendGrid, Mailgun, Postmark, SparkPost, Mandrill

n = "sendgrid-suppressed-earlier-bounce.eml"
r = "h.ibrahim@desert-rose-travel.example"
d = dt(2026, 12, 1, 2, 0, 2, "+0000")
write(OUT, n, with_returned(n, host="o1.ptr4512.mail.greencart-deals.example", frm="Mail Delivery System <MAILER-DAEMON@sendgrid.net>",
    to=GC, subject="Undelivered Mail Returned to Sender", date=d, sw="SendGrid",
    text=f"""This is an automatically generated message from SendGrid.

I'm sorry to have to tell you that your message was not able to be
delivered to one of its intended recipients.

If you require assistance with this, please contact SendGrid support.

{r}: the address is on your account's Bounces suppression list, so SendGrid
did not attempt delivery. It was added there on 2026-10-14 after the
receiving server answered: 550 5.1.1 <{r}>... User unknown

Remove the address from the suppression list only if you know it works again.
""",
    orig=nl_orig(GC_FROM, r, "Cyber week: 30% off garden tools", dt(2026, 11, 30, 23, 13, 58, "-0800"), n, "mail.greencart-deals.example", "Hello!\n")))
expect(n, r, "suppressed", False, "", "", vendor="sendgrid")

n = "mailgun-605-previously-bounced.eml"
r = "carla.mendes@portoalegre-mail.example"
d = dt(2026, 12, 1, 3, 4, 0, "+0000")
text = f"""This is an automatically generated Delivery Status Notification from Mailgun.

Delivery to the following recipient failed permanently:

    {r}

Technical details of permanent failure:
605 Not delivering to previously bounced address. The address bounced
on an earlier message and is on the bounces list for mg.greencart-deals.example.
"""
write(OUT, n, dsn_mail(n, frm="Mailgun Mailer-Daemon <mailer-daemon@mg.greencart-deals.example>", to=GC,
    subject="Delivery Status Notification (Failure)", date=d, host="mg.greencart-deals.example",
    hops="Return-Path: <>\n" + received([("smtp-out-n07.mailgun.net", "203.0.113.140", "mx1.greencart-deals.example", "Postfix", qid(n), d)]),
    text=text, reporting="smtp-out-n07.mailgun.net", recips=[{"final": r, "status": "5.0.0",
    "diag": "smtp; 605 Not delivering to previously bounced address"}], returned="headers",
    orig=nl_orig(GC_FROM, r, "Weekend flash sale", dt(2026, 12, 1, 3, 2, 58, "+0000"), n, "mail.greencart-deals.example")))
expect(n, r, "suppressed", False, "5.0.0", "605", vendor="mailgun")

n = "mailgun-gave-up-too-old.eml"
r = "sales@coastal-kayaks.example"
d = dt(2026, 12, 1, 11, 3, 0, "+0000")
text = f"""This is an automatically generated Delivery Status Notification from Mailgun.

Delivery to the following recipient failed permanently:

    {r}

Technical details of permanent failure:
Too old. Mailgun kept this message in its queue for 8 hours, retrying
every few minutes, and gave up without delivering it. The last answer
from mail.coastal-kayaks.example was: 421 4.3.0 Try again later
"""
write(OUT, n, dsn_mail(n, frm="Mailgun Mailer-Daemon <mailer-daemon@mg.greencart-deals.example>", to=GC,
    subject="Delivery Status Notification (Failure)", date=d, host="mg.greencart-deals.example",
    hops="Return-Path: <>\n" + received([("smtp-out-n08.mailgun.net", "203.0.113.141", "mx1.greencart-deals.example", "Postfix", qid(n), d)]),
    text=text, reporting="smtp-out-n08.mailgun.net", recips=[{"final": r, "status": "5.4.7", "remote": "mail.coastal-kayaks.example",
    "diag": "smtp; 421 4.3.0 Try again later"}], returned="headers",
    orig=nl_orig(GC_FROM, r, "Weekend flash sale", dt(2026, 12, 1, 3, 2, 58, "+0000"), n, "mail.greencart-deals.example")))
expect(n, r, "expired", False, "5.4.7", "", vendor="mailgun")

n = "postmark-webhook-spam-notification.eml"
r = "j.osei@kumasi-traders.example"
d = dt(2026, 12, 1, 2, 12, 0, "+0000")
pm = {"RecordType": "Bounce", "ID": 3719482201, "Type": "SpamNotification", "TypeCode": 512, "Name": "Spam notification",
      "Tag": "weekly-digest", "MessageID": "a4c3e1b2-7d6f-4e5a-9b8c-0d1e2f3a4b5c", "ServerID": 88231,
      "MessageStream": "broadcast", "Description": "The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.",
      "Details": "smtp;550 5.7.1 Message rejected as spam by Content Filtering.", "Email": r,
      "From": "digest@updates.kiln-pottery-supply.example", "BouncedAt": "2026-12-01T02:11:57Z",
      "DumpAvailable": True, "Inactive": True, "CanActivate": True, "Subject": "Kiln & Clay weekly digest"}
write(OUT, n, mail(["Return-Path: <hooks@app.kiln-pottery-supply.example>\n" + hop(n, "mx.kiln-pottery-supply.example", "Postfix", d, "app.kiln-pottery-supply.example", "198.51.100.12"),
                    ("Date", d), ("From", "Kiln Supply bounce hook <hooks@app.kiln-pottery-supply.example>"),
                    ("To", "bounces@kiln-pottery-supply.example"), ("Subject", "[postmark bounce] SpamNotification for " + r),
                    ("Message-ID", mid(n, "app.kiln-pottery-supply.example")), ("Auto-Submitted", "auto-generated"),
                    ("X-Webhook-Source", "postmark")],
                   text_part("Postmark posted this bounce webhook to /hooks/postmark:\n\n" + json.dumps(pm, indent=2) + "\n")))
expect(n, r, "spamdetected", False, "5.7.1", "550", vendor="postmark")

n = "sparkpost-null-mx-domain.eml"
r = "hello@retired-brand.example"
d = dt(2026, 12, 1, 6, 0, 30, "+0000")
text = f"""This is the SparkPost mail system.

Your message could not be delivered to one of its recipients.

<{r}>: the domain retired-brand.example has a null MX record (RFC 7505)
and does not accept mail. SparkPost will not retry.
"""
write(OUT, n, dsn_mail(n, frm="Mail Delivery System <MAILER-DAEMON@bounces.trailhead-outfitters.example>", to=TR,
    subject="Undelivered Mail Returned to Sender", date=d, host="mta-ss1-12.sparkpostmail.com",
    hops="Return-Path: <>\n" + received([("mta-ss1-12.sparkpostmail.com", "192.0.2.12", "mx.trailhead-outfitters.example", "Postfix", qid(n), d)]),
    text=text, recips=[{"final": r, "status": "5.1.10",
    "diag": "smtp; 556 5.1.10 Recipient domain has a null MX; it does not accept mail"}], returned="headers",
    orig=nl_orig(TR_FROM, r, "Your December field notes", dt(2026, 12, 1, 6, 0, 25, "+0000"), n, "news.trailhead-outfitters.example"),
    extra=[("X-MSFBL", "eyJyIjoiaGVsbG9AcmV0aXJlZC1icmFuZC5leGFtcGxlIn0=")]))
expect(n, r, "notaccept", True, "5.1.10", "556", vendor="sparkpost")

n = "mandrill-rejection-blacklist.eml"
r = "b.thornton@elm-street-dentists.example"
d = dt(2026, 12, 1, 8, 30, 0, "+0000")
write(OUT, n, plain(n, host="mail1.mandrillapp.com", frm="Mandrill <bounces@mandrillapp.com>", to="appointments@smiles-reminder.example",
    subject="Message rejected: Your appointment reminder", date=d, sw="Mandrill",
    text=f"""Mandrill did not send your message "Your appointment reminder" to:

    {r}

Reject reason: hard-bounce
The recipient is on your account's rejection blacklist because an earlier
message to this address hard-bounced. Mandrill skips blacklisted addresses
to protect your sending reputation. You can remove the entry under
Outbound > Rejection Blacklist if the address works again.

Message ID: 8f2e1c7a4b9d4e6f8a1b2c3d4e5f6a7b
"""))
expect(n, r, "suppressed", False, "", "", vendor="mandrill")

# ================================================================ Security gateways

n = "proofpoint-ipcheck-blocked.eml"
r = "news@harbour-pilots.example"
d = dt(2026, 12, 1, 3, 35, 0, "+0100")
diag = "521 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.77"
tail = f"<{r}>: host mx0a-00229401.pphosted.com[192.0.2.130] refused to talk to\n    me: {diag}\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.7.1", "remote": "mx0a-00229401.pphosted.com", "diag": "smtp; " + diag}]))
expect(n, r, "blocked", False, "5.7.1", "521", vendor="proofpoint")

n = "proofpoint-recipient-blocked-senders.eml"
r = "t.nguyen@summit-accounting.example"
d = dt(2026, 12, 1, 1, 58, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    host mx0b-00418201.pphosted.com [192.0.2.132]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message blocked: the recipient has placed the sender on their blocked senders list
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "filtered", False, "5.7.1", "550", vendor="proofpoint")

n = "proofpoint-virus-found-sendmail.eml"
r = "ap@fernhill-builders.example"
d = dt(2026, 11, 30, 22, 40, 0, "-0500")
text = f"""The original message was received at Mon, 30 Nov 2026 22:39:40 -0500
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{r}>
    (reason: 554 5.7.1 Message rejected: virus found (Trojan.Downloader.JS.Agent) in attachment 'statement.zip')

   ----- Transcript of session follows -----
... while talking to mx0a-00311101.pphosted.com.:
>>> DATA
<<< 554 5.7.1 Message rejected: virus found (Trojan.Downloader.JS.Agent) in attachment 'statement.zip'
554 5.0.0 Service unavailable
"""
write(OUT, n, sendmail_dsn(n, host="mail.ridgeway-invoicing.example", sender="statements@ridgeway-invoicing.example", text=text, date=d,
    recips=[{"final": r, "status": "5.7.1", "remote": "mx0a-00311101.pphosted.com",
             "diag": "smtp; 554 5.7.1 Message rejected: virus found (Trojan.Downloader.JS.Agent) in attachment 'statement.zip'", "last": d}],
    orig_msg=orig_headers("statements@ridgeway-invoicing.example", r, "Your November statement (statement.zip)", dt(2026, 11, 30, 22, 39, 40, "-0500"),
                          mid(n + "o", "ridgeway-invoicing.example"), "Content-Type: multipart/mixed; boundary=\"s1\""),
    arrival=dt(2026, 11, 30, 22, 39, 40, "-0500")))
expect(n, r, "virusdetected", False, "5.7.1", "554", vendor="proofpoint")

n = "mimecast-ip-reputation.eml"
r = "reception@wharf-street-clinic.example"
d = dt(2026, 12, 1, 3, 36, 0, "+0100")
diag = "550 Rejected by IP Reputation: the sending IP 198.51.100.77 has a poor reputation - https://community.mimecast.com/docs/DOC-1369#550 [Jq8vXw2mN3eT4zL0bA1cYg.uk305]"
tail = f"<{r}>: host eu-smtp-inbound-1.mimecast.com[192.0.2.135] said: {diag}\n    (in reply to RCPT TO command)\n"
write(OUT, n, pf(n, host="mta3.trailhead-outfitters.example", sender=TR, sender_from=TR_FROM, tail=tail, date=d,
    osubj="Your December field notes", odate=dt(2026, 12, 1, 2, 44, 6, "+0100"), arrival=dt(2026, 12, 1, 2, 44, 6, "+0100"),
    recips=[{"final": r, "status": "5.0.0", "remote": "eu-smtp-inbound-1.mimecast.com", "diag": "smtp; " + diag}]))
expect(n, r, "badreputation", False, "5.0.0", "550", vendor="mimecast")

n = "mimecast-internal-resource-delayed.eml"
r = "enquiries@marlow-estate-agents.example"
d = dt(2026, 12, 1, 7, 2, 0, "+0000")
diag = "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [kT2pQ9wZ0mE3uR7yS1aLdw.uk41]"
tail = f"<{r}>: host uk-smtp-inbound-2.mimecast.com[192.0.2.136] said: {diag}\n    (in reply to RCPT TO command)\n"
write(OUT, n, pf(n, host="relay.harvest-coop-news.example", sender="list-bounces@harvest-coop-news.example",
    sender_from="Harvest Co-op News <list@harvest-coop-news.example>", tail=tail, date=d, delay=(4, 5),
    osubj="Co-op members' December newsletter", odate=dt(2026, 12, 1, 2, 58, 40, "+0000"), arrival=dt(2026, 12, 1, 2, 58, 40, "+0000"),
    recips=[{"final": r, "action": "delayed", "status": "4.3.0", "remote": "uk-smtp-inbound-2.mimecast.com", "diag": "smtp; " + diag,
             "will_retry": dt(2026, 12, 6, 2, 58, 40, "+0000")}]))
expect(n, r, "systemerror", False, "4.3.0", "451", action="delayed", vendor="mimecast")

n = "barracuda-ube-content-rejected.eml"
r = "info@prairie-seed-co.example"
d = dt(2026, 11, 30, 23, 59, 30, "-0800")
diag = "550 5.7.0 Message content rejected, UBE, id=22917-09-4"
tail = f"<{r}>: host d203-0-113-55.ess.barracudanetworks.com[192.0.2.137] said:\n    {diag} (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="smtp-out.greencart-deals.example", sender=GC, sender_from=GC_FROM, tail=tail, date=d,
    osubj="Cyber week: 30% off garden tools", odate=dt(2026, 11, 30, 23, 13, 58, "-0800"), arrival=dt(2026, 11, 30, 23, 59, 0, "-0800"),
    recips=[{"final": r, "status": "5.7.0", "remote": "d203-0-113-55.ess.barracudanetworks.com", "diag": "smtp; " + diag}]))
expect(n, r, "spamdetected", False, "5.7.0", "550", vendor="barracuda")

n = "cisco-esa-virus-detected.eml"
r = "payroll@lakeside-manufacturing.example"
d = dt(2026, 12, 1, 9, 20, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    host esa1.lakeside-manufacturing.iphmx.com [192.0.2.139]
    SMTP error from remote mail server after end of data:
    554 5.7.1 Message rejected: virus detected (Win.Trojan.Emotet-9850) - Cisco Secure Email
"""
write(OUT, n, exim_plain(n, host="mail.quayside-print.example", sender="invoices@quayside-print.example", text=text, date=d, failed=[r],
    orig_msg=orig_headers("invoices@quayside-print.example", r, "Invoice 20931", dt(2026, 12, 1, 9, 19, 55, "+0000"),
                          mid(n + "o", "quayside-print.example")) + "\nPlease find the invoice attached.\n"))
expect(n, r, "virusdetected", False, "5.7.1", "554", vendor="cisco")

n = "cisco-esa-prohibited-attachment.eml"
r = "hr@lakeside-manufacturing.example"
d = dt(2026, 12, 1, 9, 22, 0, "+0000")
diag = "554 5.7.1 Rejected by message filter: attachments of type .iso are not allowed by company policy"
tail = f"<{r}>: host esa2.lakeside-manufacturing.iphmx.com[192.0.2.140] said:\n    {diag} (in reply to end of DATA command)\n"
write(OUT, n, pf(n, host="mx.recruit-portal.example", sender="jobs@recruit-portal.example",
    sender_from="Recruit Portal <jobs@recruit-portal.example>", tail=tail, date=d,
    osubj="Candidate pack: welder, night shift", odate=dt(2026, 12, 1, 9, 21, 50, "+0000"), arrival=dt(2026, 12, 1, 9, 21, 50, "+0000"),
    recips=[{"final": r, "status": "5.7.1", "remote": "esa2.lakeside-manufacturing.iphmx.com", "diag": "smtp; " + diag}]))
expect(n, r, "policyviolation", False, "5.7.1", "554", vendor="cisco")

n = "cisco-esa-poor-sender-reputation.eml"
r = "members@county-golf.example"
d = dt(2026, 12, 1, 1, 59, 0, "+0000")
text = EXIM_HEAD + f"""  {r}
    host esa3.county-golf.iphmx.com [192.0.2.141]
    SMTP error from remote mail server after initial connection:
    554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation (Talos score -6.3). If you believe that this failure is in error, please contact the intended recipient via alternate means.
"""
write(OUT, n, exim_plain(n, host="out2.brightpath-weekly.example", sender=BP, text=text, date=d, failed=[r],
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "badreputation", False, "5.7.1", "554", vendor="cisco")

# ================================================================ auto-replies and complaint feedback

n = "vacation-fastmail-sieve.eml"
r = "anna.kowalczyk@fastmail.com"
d = dt(2026, 12, 1, 1, 3, 40, "+0000")
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mx.brightpath-weekly.example", "Postfix", d, "out1-smtp.messagingengine.com", "192.0.2.212"),
                    ("Date", d), ("From", f"Anna Kowalczyk <{r}>"), ("To", BP_FROM),
                    ("Subject", "Away until 14 December [Re: First snow: three winter trails]"),
                    ("Message-ID", mid(n, "fastmail.com")), ("In-Reply-To", mid("gmail-dmarc-unauthenticated-exim.emlo", "letters.brightpath-weekly.example")),
                    ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"), ("X-ME-Sieve", "vacation")],
                   text_part("""Hello,

I'm walking the Camino until 14 December and I'm reading mail only now and
then. For anything about the choir, please write to Tomasz at
choir-secretary@st-marys-choir.example.

Best wishes,
Anna
""")))
expect(n, r, "vacation", False, "", "", action="", vendor="fastmail")

n = "vacation-zoho-autoreply.eml"
r = "priya@lotus-yoga-studio.example"
d = dt(2026, 11, 30, 23, 14, 30, "-0800")
write(OUT, n, mail(["Return-Path: <" + r + ">\n" + hop(n, "mx1.greencart-deals.example", "Postfix", d, "sender4-op-o12.zoho.com", "192.0.2.214"),
                    ("Date", d), ("From", f"Priya Raman <{r}>"), ("To", "deals@mail.greencart-deals.example"),
                    ("Subject", "Auto Reply: Cyber week: 30% off garden tools"),
                    ("Message-ID", mid(n, "zoho.com")), ("X-ZohoMail-Autoreply", "true"),
                    ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zoho Mail")],
                   text_part("""Thank you for your email. The studio is closed for the winter break
from 28 November to 8 December. I will answer your message when we
reopen. Class bookings for January open on 9 December.

Namaste,
Priya
Lotus Yoga Studio
""")))
expect(n, r, "vacation", False, "", "", action="", vendor="zoho")


def arf(n, *, frm, to, subject, date, host, intro, fields, orig_msg, agent):
    bnd = boundary(n)
    parts = [text_part(intro), part("message/feedback-report", fields, cte=None), part("message/rfc822", orig_msg, cte=None)]
    heads = ["Return-Path: <>\n" + hop(n, "mx.brightpath-weekly.example", "Postfix", date, host, "192.0.2.220"),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(n, host)), ("X-Mailer", agent)]
    return mail(heads, multipart("report", parts, bnd, " report-type=feedback-report;"))


n = "arf-comcast-validity-fbl.eml"
r = "tomandjudy1962@comcast.net"
d = dt(2026, 12, 1, 14, 2, 0, "+0000")
write(OUT, n, arf(n, frm="Comcast Feedback Loop <feedbackloop@fbl.validity.example>", to="fbl@brightpath-weekly.example",
    subject="Feedback report: complaint from comcast.net", date=d, host="fbl.validity.example", agent="Validity Universal FBL",
    intro="This is an email abuse report for an email message received from IP 198.51.100.30 on Tue, 01 Dec 2026 01:02:31 +0000.\nA Comcast subscriber marked it as spam.\n",
    fields=f"""Feedback-Type: abuse
User-Agent: Validity-UFBL/2.4
Version: 1
Original-Mail-From: <{BP}>
Original-Rcpt-To: <{r}>
Received-Date: Tue, 01 Dec 2026 01:02:31 +0000
Source-IP: 198.51.100.30
Reported-Domain: letters.brightpath-weekly.example
""",
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "feedback", False, "", "", action="", vendor="comcast")

n = "arf-mailru-fbl.eml"
r = "s.morozov@mail.ru"
d = dt(2026, 12, 1, 16, 30, 0, "+0300")
write(OUT, n, arf(n, frm="FBL Mail.Ru <fbl@corp.mail.ru>", to="fbl@brightpath-weekly.example",
    subject="Mail.Ru feedback loop report", date=d, host="fbl.mail.ru", agent="Mail.Ru FBL",
    intro="This is a Mail.Ru Feedback Loop report: a user of Mail.Ru clicked \"This is spam\" on a message from your network.\n",
    fields=f"""Feedback-Type: abuse
User-Agent: MailRu-FBL/1.0
Version: 1
Original-Mail-From: {BP}
Arrival-Date: Tue, 01 Dec 2026 04:02:31 +0300
Source-IP: 198.51.100.30
Reported-Domain: brightpath-weekly.example
""",
    orig_msg=nl_orig(BP_FROM, r, "First snow: three winter trails", dt(2026, 12, 1, 1, 2, 30, "+0000"), n,
                     "letters.brightpath-weekly.example", NL_BODY)))
expect(n, r, "feedback", False, "", "", action="", vendor="mailru")

# ================================================================ near-misses: ordinary mail that looks like a bounce

def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None, rp=None):
    addr = frm.split("<")[-1].rstrip(">")
    heads = [f"Return-Path: <{rp if rp is not None else addr}>\n" + hop(name, "mx.brightpath-weekly.example", "Postfix", date, host, "198.51.100.90"),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


n = "nb-newsletter-deliverability-tips.eml"
write(NB, n, ordinary(n, frm="Inbox Academy <newsletter@inbox-academy.example>", to=BP, host="send.inbox-academy.example",
    subject="Why did my campaign bounce? Reading 5.1.1, 5.2.2 and 5.7.1", date=dt(2026, 12, 1, 15, 0, 0, "+0000"),
    extra=[("List-Unsubscribe", "<https://inbox-academy.example/u/77ab>"), ("Precedence", "bulk")],
    text="""Inbox Academy - the deliverability letter, issue 61

THIS WEEK: THE THREE BOUNCES YOU SEE MOST

1. "550 5.1.1 User unknown". The mailbox does not exist. Remove the
   address at once; mailing it again hurts your reputation.
2. "452 4.2.2 Mailbox full" or "552 5.2.2 over quota". The reader's inbox
   is full. Retry for a few days, then pause the address.
3. "550 5.7.1 ... blocked using Spamhaus". Your IP is listed. Check the
   listing and fix the cause before you ask for removal.

Undeliverable mail is normal: one to two per cent per campaign is fine.
Above five per cent, look at how you collect addresses.

Next week: reading Gmail's Postmaster Tools.

You receive this because you subscribed at inbox-academy.example.
"""))

n = "nb-support-ticket-quoting-smtp-error.eml"
write(NB, n, ordinary(n, frm="Harbour Hosting Support <support@harbour-hosting.example>", to="ops@northgate-sports.example",
    host="desk.harbour-hosting.example", subject="[Ticket #48213] Re: Our mails to Comcast come back",
    date=dt(2026, 12, 1, 16, 20, 0, "+0000"),
    extra=[("X-Ticket-ID", "48213"), ("Reply-To", "support+48213@harbour-hosting.example")],
    text="""Hello Sam,

thanks for the details. The line you pasted from your bounce is:

  554 resimta-po-21v.sys.comcast.net 198.51.100.203 found on one or more
  DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001

That IP is our shared outbound relay. We have moved your account to a
clean relay this morning, so new mail to Comcast should go through. The
messages that bounced last night were not delivered; please send them
again.

Kind regards,
Marta
Harbour Hosting Support

--
Reply above this line to add to the ticket.
"""))

n = "nb-colleague-asks-about-bounce.eml"
write(NB, n, ordinary(n, frm="Lucy Fenwick <lucy@brightpath-weekly.example>", to="Dev Patel <dev@brightpath-weekly.example>",
    host="mail.brightpath-weekly.example", subject="Fwd: did this reader leave?", date=dt(2026, 12, 1, 9, 40, 0, "+0000"),
    extra=[("In-Reply-To", "<CAF8x2@mail.brightpath-weekly.example>")],
    text="""Hi Dev,

one of our oldest readers, the one who sends the bird photos, seems to
have changed address. I only kept this bit of what came back:

> Your message wasn't delivered because the address couldn't be found.

Do you know if she told us a new one? If not I'll ask on the Facebook
page. No rush, it can wait until after the meeting.

Lucy
"""))

n = "nb-list-digest-bounce-handling.eml"
write(NB, n, ordinary(n, frm="newsletter-ops-request@lists.senders-forum.example", to=BP,
    host="lists.senders-forum.example", subject="newsletter-ops Digest, Vol 48, Issue 12", date=dt(2026, 12, 1, 12, 0, 0, "+0000"),
    extra=[("List-Id", "<newsletter-ops.lists.senders-forum.example>"), ("Precedence", "list"), ("X-Mailman-Version", "3.3.9")],
    text="""Send newsletter-ops mailing list submissions to
	newsletter-ops@lists.senders-forum.example

Today's Topics:

   1. Soft bounces that never end (Rob Kealy)
   2. Re: Microsoft 365 "Undeliverable:" subjects (Ines Duarte)

----------------------------------------------------------------------

Message: 1
From: Rob Kealy <rob@kealy-media.example>
Subject: Soft bounces that never end

How long do you keep retrying a 452 mailbox-full before you suppress the
address? We do five sends, then stop. Is that too harsh?

------------------------------

Message: 2
From: Ines Duarte <ines@duarte-lists.example>
Subject: Re: Microsoft 365 "Undeliverable:" subjects

The new NDRs put the real reply under "Error Details". Our parser read
only the first line and marked everything as undefined for a week.

End of newsletter-ops Digest, Vol 48, Issue 12
*********************************************
"""))

n = "nb-read-receipt-mdn.eml"
bnd = boundary(n)
mdn = multipart("report", [text_part("""This is a receipt for the mail you sent to
<coach.wilson@riverside-lions.example> at 01/12/2026 18:39

This receipt verifies that the message has been displayed on the
recipient's computer at 01/12/2026 20:05
"""), part("message/disposition-notification", """Reporting-UA: RL-LAPTOP; Microsoft Outlook 16.0
Final-Recipient: rfc822;coach.wilson@riverside-lions.example
Original-Message-ID: <1F0A2B3C4D5E6F70.abcdef@SA1PR14MB7391.namprd14.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)], bnd, " report-type=disposition-notification;")
write(NB, n, ordinary(n, frm="Coach Wilson <coach.wilson@riverside-lions.example>", to=OPS, host="riverside-lions.example",
    subject="Read: Winter league fixtures", date=dt(2026, 12, 1, 20, 5, 10, "+0000"), body=mdn))

n = "nb-calendar-invite-updated.eml"
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261208T170000Z
DTEND:20261208T180000Z
DTSTAMP:20261201T101500Z
ORGANIZER;CN=Lucy Fenwick:mailto:lucy@brightpath-weekly.example
UID:6b1f0e2c9a8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=bounces@letters.brightpath-weekly.example:mailto:bounces@letters.brightpath-weekly.example
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Updated: bounce-rate review (moved to Tuesday)
DESCRIPTION:We look at last month's undeliverable and failed addresses and decide what to suppress.
END:VEVENT
END:VCALENDAR"""
body = multipart("alternative", [text_part("This event has been updated.\n\nBounce-rate review (moved to Tuesday)\nTuesday 8 Dec 2026, 17:00 - 18:00 (UTC)\n\nWe look at last month's undeliverable and failed addresses.\n"),
                                 part("text/calendar; charset=UTF-8; method=REQUEST", ics, cte="7bit")], boundary(n))
write(NB, n, ordinary(n, frm="Lucy Fenwick <lucy@brightpath-weekly.example>", to=BP, host="calendar-server.google.com",
    subject="Updated invitation: Bounce-rate review @ Tue 8 Dec 2026 17:00 - 18:00 (UTC)", date=dt(2026, 12, 1, 10, 15, 0, "+0000"),
    rp="lucy@brightpath-weekly.example", body=body))

n = "nb-password-expiry-notice.eml"
write(NB, n, ordinary(n, frm="Mail Administrator <postmaster@northgate-sports.example>", to=OPS, host="northgate-sports.example",
    subject="Your password expires in 5 days", date=dt(2026, 12, 1, 7, 0, 0, "+0000"),
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Hello,

the password for ops@northgate-sports.example expires on 6 December 2026.
Change it at https://account.northgate-sports.example/password before
then, or you will not be able to send or receive mail until the help
desk resets it.

This is an automatic message from the mail system. Nothing has been
returned to you and no message failed.

IT Services
"""))

n = "nb-mailbox-almost-full-warning.eml"
write(NB, n, ordinary(n, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@coastal-tours.example>",
    to="reservations@coastal-tours.example", host="CT-MBX02.coastal-tours.example",
    subject="Your mailbox is almost full.", date=dt(2026, 12, 1, 6, 0, 0, "+0000"), rp="",
    extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("Auto-Submitted", "auto-generated")],
    text="""Your mailbox is almost full.

Mailbox size: 48.6 GB of 50 GB (97%).

When your mailbox reaches its limit you won't be able to send messages,
and later you won't be able to receive them. Delete items you don't need
or move them to the archive, then empty the Deleted Items folder.
"""))

n = "nb-spam-mail-delivery-system-name.eml"
write(NB, n, ordinary(n, frm="Mail Delivery System <winner-desk@prize-claims.example>", to=BP, host="prize-claims.example",
    subject="Congratulations! Your account was selected", date=dt(2026, 12, 1, 4, 44, 0, "+0000"),
    text="""Dear valued customer,

you have been selected to receive a $500 gift card for being a loyal
email user. To claim, confirm your details within 24 hours:

    https://prize-claims.example/claim?u=bounces

Do not miss this chance! Limited cards remain.
"""))

n = "nb-invoices-returned-by-post.eml"
write(NB, n, ordinary(n, frm="Greta Olsen <greta@olsen-accounts.example>", to="accounts@greencart-deals.example", host="olsen-accounts.example",
    subject="Paper invoices came back", date=dt(2026, 12, 1, 11, 11, 0, "+0000"),
    text="""Hi,

three of the paper invoices we posted in November came back today
stamped "undeliverable - addressee unknown". I've scanned the envelopes
and put them in the shared folder. Could you check the customers'
postal addresses in the shop system? Their email addresses are fine;
they answered our reminder by email.

Thanks,
Greta
"""))

n = "nb-workspace-admin-alert.eml"
write(NB, n, ordinary(n, frm="The Google Workspace Team <workspace-noreply@google.com>", to="admin@greencart-deals.example",
    host="google.com", subject="Alert: Outbound email volume spike detected", date=dt(2026, 12, 1, 8, 2, 0, "+0000"),
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Google Workspace alert

Outbound email volume spike detected

Domain: greencart-deals.example
Time: 30 Nov 2026, 23:00 - 23:59 PST
Messages sent: 18,240 (usual hourly average: 150)

Nothing was blocked. If you did not expect this volume, check the
account deals@greencart-deals.example for unusual activity.

View alert details in the Admin console:
https://admin.google.com/ac/ac/alerts/0a1b2c3d
"""))

n = "nb-esp-weekly-stats.eml"
write(NB, n, ordinary(n, frm="SendGrid <no-reply@sendgrid.com>", to="deals@greencart-deals.example", host="sendgrid.com",
    subject="Your weekly email statistics", date=dt(2026, 12, 1, 9, 0, 0, "+0000"),
    text="""Weekly statistics for greencart-deals (23 - 29 Nov 2026)

Requests        412,870
Delivered       405,112   (98.1%)
Bounces           3,219   (0.8%)
Blocks            1,944
Spam reports        211
Unsubscribes        902

Top bounce reasons
  550 5.1.1 user unknown ............. 1,812
  552 5.2.2 mailbox full ............... 644
  554 5.7.1 blocked ................... 402

See the full report: https://app.sendgrid.com/statistics
"""))

n = "nb-mailchimp-cleaned-report.eml"
write(NB, n, ordinary(n, frm="Mailchimp <no-reply@mailchimp.com>", to="hello@spice-route-kitchen.example", host="mailchimp.com",
    subject="Campaign report: December menu (sent 1 Dec)", date=dt(2026, 12, 1, 10, 0, 0, "+0000"),
    text="""December menu and supper club dates

Sent to 2,418 contacts.
Opens 46.2%   Clicks 7.9%
Hard bounces 9   Soft bounces 14   Unsubscribes 3

9 contacts were cleaned because their addresses hard-bounced. Cleaned
contacts are not mailed again. Review them under Audience > Cleaned.

View the full report: https://us21.admin.mailchimp.com/reports/summary?id=771
"""))

n = "nb-unsubscribe-confirmation.eml"
write(NB, n, ordinary(n, frm="Trailhead Outfitters <hello@news.trailhead-outfitters.example>", to="birdwatch.elena@gmail.com",
    host="news.trailhead-outfitters.example", subject="You have been unsubscribed", date=dt(2026, 12, 1, 12, 5, 0, "+0100"),
    text="""You will no longer receive our field notes at birdwatch.elena@gmail.com.

If this was a mistake, you can subscribe again:
https://news.trailhead-outfitters.example/subscribe

Trailhead Outfitters
"""))

n = "nb-mailman-moderation-held.eml"
write(NB, n, ordinary(n, frm="trail-volunteers-owner@lists.trailhead-outfitters.example", to="hello@news.trailhead-outfitters.example",
    host="lists.trailhead-outfitters.example", subject="Your message to Trail-volunteers awaits moderator approval",
    date=dt(2026, 12, 1, 12, 30, 0, "+0100"), extra=[("List-Id", "<trail-volunteers.lists.trailhead-outfitters.example>")],
    text="""Your mail to 'Trail-volunteers' with the subject

    Path clearing on Saturday

Is being held until the list moderator can review it for approval.

The message is being held because:

    Message has more than 10 recipients

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
"""))

n = "nb-mailman-membership-bounce-score.eml"
write(NB, n, ordinary(n, frm="choir-news-bounces@lists.st-marys-choir.example", to="reader.one@brightpath-weekly.example",
    host="lists.st-marys-choir.example", subject="Your membership in the Choir-news mailing list",
    date=dt(2026, 12, 1, 13, 0, 0, "+0000"), extra=[("List-Id", "<choir-news.lists.st-marys-choir.example>")],
    text="""Your membership in the Choir-news mailing list is at risk: the list has
received several bounces from your address reader.one@brightpath-weekly.example
in the last weeks. Your bounce score is 3.0; at 5.0 your delivery will be
disabled.

If your address works, you need do nothing. To confirm your membership,
visit https://lists.st-marys-choir.example/mailman3/lists/choir-news/
"""))

n = "nb-fax-transmission-failed.eml"
write(NB, n, ordinary(n, frm="eFax Service <noreply@fax-gateway.example>", to="accounts@greencart-deals.example", host="fax-gateway.example",
    subject="Fax transmission failed: +1 555 0142", date=dt(2026, 12, 1, 10, 45, 0, "-0800"),
    text="""Your fax to +1 555 0142 (3 pages) could not be delivered.

Reason: the receiving fax machine did not answer after 5 attempts
(line busy).

Pages sent: 0 of 3
Submitted: 01 Dec 2026 10:20 PST

Please check the number and send the fax again from your account.
"""))

n = "nb-webinar-invite-deliverability.eml"
write(NB, n, ordinary(n, frm="Postmaster Days <events@postmaster-days.example>", to=BP, host="postmaster-days.example",
    subject="Webinar: Failed delivery, bounces and blocklists explained", date=dt(2026, 12, 1, 14, 0, 0, "+0000"),
    extra=[("List-Unsubscribe", "<mailto:leave@postmaster-days.example>"), ("Precedence", "bulk")],
    text="""Join us on 10 December, 16:00 UTC

"Mail Delivery Failed: what the message is really telling you"

We walk through real non-delivery reports from Gmail, Yahoo and
Microsoft 365, explain mailbox-full, user-unknown and blocklisted
replies, and show how to keep your list clean.

Register: https://postmaster-days.example/webinar/dec
"""))

n = "nb-proofpoint-quarantine-digest.eml"
write(NB, n, ordinary(n, frm="Proofpoint Essentials <quarantine@secure-mail.pphosted.example>", to="ops@northgate-sports.example",
    host="secure-mail.pphosted.example", subject="Quarantine digest: 3 new messages held for you", date=dt(2026, 12, 1, 7, 0, 0, "+0000"),
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Proofpoint Essentials - End User Digest

The following messages addressed to ops@northgate-sports.example are
held in quarantine. They were not delivered to your inbox.

  From                               Subject                       Score
  winner-desk@prize-claims.example   Congratulations! Your account  100
  promo@cheap-watches.example        70% off today only              98
  newsletter@inbox-academy.example   Why did my campaign bounce?     61

Release, allow or block each sender:
https://secure-mail.pphosted.example/digest/8f1a2b
"""))

n = "nb-human-left-company-reply.eml"
write(NB, n, ordinary(n, frm="Ruth Adler <ruth.adler@prairie-law.example>", to=SM_SENDER, host="prairie-law.example",
    subject="Re: Now booking: the winter panto", date=dt(2026, 12, 1, 10, 5, 0, "-0600"),
    extra=[("In-Reply-To", mid("sendmail-551-user-has-moved.emlo", "civic-theatre.example"))],
    text="""Hello,

I look after the office mail here. Ramon still gets your newsletter
on his new address, so please don't worry about the old one. We'd like
four tickets for the Saturday matinee, though - can we book by email?

Ruth Adler
Office manager
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
