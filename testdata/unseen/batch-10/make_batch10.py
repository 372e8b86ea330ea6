#!/usr/bin/env python3
"""Writes testdata/unseen/batch-10: bounces from the software families a
long-running analyzer meets most (Postfix, Sendmail, Exim, qmail, OpenSMTPD,
DMA, Courier, IMail, PowerMTA, Exchange/Office 365, Gmail, Yahoo, Amazon SES
and WorkMail, SendGrid, Zoho, GMX/1&1, Yandex, Verizon, Cox, GoDaddy, iCloud,
Facebook, Spectrum, Cloudflare, Tencent, the filtering gateways, Domino,
KDDI/au, docomo, fml, plain RFC 3464, ARF, RFC 3834), each written in its own
layout from the writer's knowledge of the software, ordinary near-miss mail
from the same systems in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch10.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dt, enc_header, expect, mail, mid, multipart, part,  # noqa: E402
                       received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def origh(frm, to, subject, date, host, name, extra=""):
    h = (f"Return-Path: <{frm}>\n"
         f"Received: from [192.0.2.44] (unknown [192.0.2.44])\n\tby smtp.{host} with ESMTPSA id {qid(name + 'o', 10)};\n\t{date}\n"
         f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {mid(name + 'o', host)}\n"
         f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n")
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h


def origm(frm, to, subject, date, host, name, body="Hello,\n\nplease find the details below.\n\nBest regards\n"):
    return origh(frm, to, subject, date, host, name) + "\n" + body


def ds(reporting, recips, pre=(), arrival=None):
    """message/delivery-status; pre: extra per-message lines (X-Postfix-Queue-ID ...)."""
    head = [f"Reporting-MTA: dns; {reporting}"] + list(pre)
    if arrival:
        head.append(f"Arrival-Date: {arrival}")
    blocks = ["\n".join(head)]
    for r in recips:
        lines = []
        if r.get("original"):
            lines.append("Original-Recipient: " + (r["original"] if ";" in r["original"] else "rfc822; " + r["original"]))
        lines.append("Final-Recipient: " + (r["final"] if ";" in r["final"] else "rfc822; " + r["final"]))
        lines.append(f"Action: {r.get('action', 'failed')}")
        lines.append(f"Status: {r['status']}")
        if r.get("remote"):
            lines.append(f"Remote-MTA: dns; {r['remote']}")
        if r.get("diag"):
            d = r["diag"]
            if ";" not in d.split(" ")[0]:
                d = "smtp; " + d
            lines.append(f"Diagnostic-Code: {d}")
        if r.get("last"):
            lines.append(f"Last-Attempt-Date: {r['last']}")
        if r.get("until"):
            lines.append(f"Will-Retry-Until: {r['until']}")
        blocks.append("\n".join(lines))
    return part("message/delivery-status", "\n\n".join(blocks) + "\n", cte=None)


def report(name, *, heads, text, dsn, orig, returned="headers", charset="us-ascii", cte=None, alt_html=None):
    """A multipart/report; report-type=delivery-status with the given top headers."""
    tp = text_part(text, charset, cte)
    if alt_html is not None:
        tp = multipart("alternative", [tp, text_part(alt_html, charset, cte, "html")], boundary(name, 2), "")
    parts = [tp, dsn]
    if returned == "headers":
        parts.append(part("text/rfc822-headers", orig, cte=None))
    elif returned == "message":
        parts.append(part("message/rfc822", orig, cte=None))
    return mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))


def top(name, host, sw, date, frm, to, subject, extra=(), auto=True, rp="<>", hops=None):
    h = [f"Return-Path: {rp}\n" + (hops or hop(name, host, sw, date)), ("Date", date), ("From", frm), ("To", to),
         ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        h.append(("Auto-Submitted", "auto-replied"))
    return h


def notice(name, *, heads, text, orig=None, charset="us-ascii", cte=None, rtype="message/rfc822"):
    """A non-DSN notice: text alone, or text + the returned message."""
    if orig is None:
        return mail(heads, text_part(text, charset, cte))
    return mail(heads, multipart("mixed", [text_part(text, charset, cte), part(rtype, orig, cte=None)], boundary(name)))


# ================================================================ Postfix
PF3 = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""
PF2 = """This is the Postfix program at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

\t\t\tThe Postfix program

"""
PFD = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {h} hour(s).
It will be retried until it is {d} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, *, host, sender, to, osubj, odate, date, tail, recips, old=False, delay=None, returned="headers",
            ohost=None, pfdsn=True, sw="Postfix"):
    head = (PFD.format(host=host, h=delay[0], d=delay[1]) if delay else (PF2 if old else PF3).format(host=host))
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    ohost = ohost or sender.split("@")[1]
    frm = f"MAILER-DAEMON@{host} (Mail Delivery System)"
    heads = top(name, host, sw, date, frm, sender, subj, auto=not old)
    o = origh(sender, to, osubj, odate, ohost, name) if returned == "headers" else origm(sender, to, osubj, odate, ohost, name)
    pre = [f"X-Postfix-Queue-ID: {qid(name, 10)}", f"X-Postfix-Sender: rfc822; {sender}"]
    return report(name, heads=heads, text=head + tail, dsn=ds(host, recips, pre, arrival=odate), orig=o, returned=returned)


n = "postfix3-three-rcpts-unknown-moved-quota.eml"
od = dt(2026, 11, 30, 9, 12, 4, "+0100")
d = dt(2026, 11, 30, 9, 12, 9, "+0100")
write(OUT, n, postfix(n, host="mail.bergfeld-consult.example", sender="m.kraus@bergfeld-consult.example",
    to="l.ober@harz-metall.example, j.wendt@harz-metall.example, einkauf@harz-metall.example",
    osubj="Angebot 2026-118 Wartungsvertrag", odate=od, date=d,
    tail="""<l.ober@harz-metall.example>: host mx01.harz-metall.example[198.51.100.31] said:
    550 5.1.1 <l.ober@harz-metall.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

<j.wendt@harz-metall.example>: host mx01.harz-metall.example[198.51.100.31]
    said: 550 5.1.6 <j.wendt@harz-metall.example>: Recipient address rejected:
    this mailbox has moved; the user now receives mail as
    jan.wendt@wendt-technik.example (in reply to RCPT TO command)

<einkauf@harz-metall.example>: host mx01.harz-metall.example[198.51.100.31]
    said: 552 5.2.2 <einkauf@harz-metall.example>: mailbox quota exceeded for
    this recipient, storage 2048000K of 2048000K used (in reply to end of DATA
    command)
""", recips=[
        {"final": "l.ober@harz-metall.example", "original": "rfc822;l.ober@harz-metall.example", "status": "5.1.1",
         "remote": "mx01.harz-metall.example",
         "diag": "550 5.1.1 <l.ober@harz-metall.example>: Recipient address rejected: User unknown in virtual mailbox table"},
        {"final": "j.wendt@harz-metall.example", "original": "rfc822;j.wendt@harz-metall.example", "status": "5.1.6",
         "remote": "mx01.harz-metall.example",
         "diag": "550 5.1.6 <j.wendt@harz-metall.example>: Recipient address rejected: this mailbox has moved; the user now receives mail as jan.wendt@wendt-technik.example"},
        {"final": "einkauf@harz-metall.example", "original": "rfc822;einkauf@harz-metall.example", "status": "5.2.2",
         "remote": "mx01.harz-metall.example",
         "diag": "552 5.2.2 <einkauf@harz-metall.example>: mailbox quota exceeded for this recipient, storage 2048000K of 2048000K used"}]))
expect(n, "l.ober@harz-metall.example", "userunknown", True, "5.1.1", "550", vendor="postfix")
expect(n, "j.wendt@harz-metall.example", "hasmoved", True, "5.1.6", "550", vendor="postfix")
expect(n, "einkauf@harz-metall.example", "mailboxfull", False, "5.2.2", "552", vendor="postfix")

n = "postfix2-name-service-host-not-found.eml"
od = dt(2009, 3, 17, 14, 2, 51, "-0400")
d = dt(2009, 3, 17, 14, 2, 53, "-0400")
write(OUT, n, postfix(n, host="smtp.lakeshore-dental.example", sender="frontdesk@lakeshore-dental.example",
    to="r.meyers@meyers-orthodontic.example", osubj="Referral: patient 20931", odate=od, date=d, old=True,
    tail="""<r.meyers@meyers-orthodontic.example>: Host or domain name not found. Name
    service error for name=meyers-orthodontic.example type=A: Host not found
""", recips=[{"final": "r.meyers@meyers-orthodontic.example", "status": "5.4.4",
              "diag": "X-Postfix; Host or domain name not found. Name service error for name=meyers-orthodontic.example type=A: Host not found"}]))
expect(n, "r.meyers@meyers-orthodontic.example", "hostunknown", True, "5.4.4", "", vendor="postfix")

n = "postfix3-delayed-connect-timed-out.eml"
od = dt(2026, 12, 1, 6, 40, 0, "+0000")
d = dt(2026, 12, 1, 10, 41, 12, "+0000")
write(OUT, n, postfix(n, host="out2.quaymail-hosting.example", sender="bookings@ferry-timetable.example",
    to="harbourmaster@isle-of-tern.example", osubj="December sailings", odate=od, date=d, delay=(4, 5),
    tail="""<harbourmaster@isle-of-tern.example>: connect to
    mail.isle-of-tern.example[203.0.113.87]:25: Connection timed out
""", recips=[{"final": "harbourmaster@isle-of-tern.example", "action": "delayed", "status": "4.4.1",
              "diag": "X-Postfix; connect to mail.isle-of-tern.example[203.0.113.87]:25: Connection timed out",
              "until": dt(2026, 12, 6, 6, 40, 0, "+0000")}]))
expect(n, "harbourmaster@isle-of-tern.example", "networkerror", False, "4.4.1", "", "delayed", vendor="postfix")

n = "postfix-local-no-space-left-delayed.eml"
od = dt(2026, 11, 28, 22, 1, 3, "+0200")
d = dt(2026, 11, 29, 2, 2, 0, "+0200")
write(OUT, n, postfix(n, host="gw.karelia-sawmill.example", sender="invoices@timber-trade.example",
    to="accounts@karelia-sawmill.example", osubj="Invoice 55120", odate=od, date=d, delay=(4, 5),
    tail="""<accounts@karelia-sawmill.example>: cannot update mailbox
    /var/mail/accounts for user accounts. error writing message: No space left
    on device
""", recips=[{"final": "accounts@karelia-sawmill.example", "action": "delayed", "status": "4.3.0",
              "diag": "X-Postfix; cannot update mailbox /var/mail/accounts for user accounts. error writing message: No space left on device"}]))
expect(n, "accounts@karelia-sawmill.example", "systemfull", False, "4.3.0", "", "delayed", vendor="postfix")

n = "postfix-gmail-unsolicited-multiline.eml"
od = dt(2026, 11, 27, 16, 20, 11, "+0000")
d = dt(2026, 11, 27, 16, 20, 14, "+0000")
write(OUT, n, postfix(n, host="mta3.crowdcoupon-mailer.example", sender="deals@crowdcoupon-mailer.example",
    to="pat.lindqvist@gmail.com", osubj="72 hours only: 80% off everything", odate=od, date=d,
    tail="""<pat.lindqvist@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:
    550-5.7.1 [198.51.100.90      12] Our system has detected that this message is
    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
    550-5.7.1 this message has been blocked. For more information, go to
    550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError
    a1-20020a05600c000000b0040000000000si123456wmb.77 - gsmtp (in reply to end
    of DATA command)
""", recips=[{"final": "pat.lindqvist@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com",
              "diag": "550-5.7.1 [198.51.100.90      12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a1-20020a05600c000000b0040000000000si123456wmb.77 - gsmtp"}]))
expect(n, "pat.lindqvist@gmail.com", "spamdetected", False, "5.7.1", "550", vendor="gmail")

n = "postfix-smarthost-ses-credentials-invalid.eml"
od = dt(2026, 11, 25, 8, 0, 2, "-0800")
d = dt(2026, 11, 25, 8, 0, 4, "-0800")
write(OUT, n, postfix(n, host="app01.rentals-portal.example", sender="noreply@rentals-portal.example",
    to="tenant.7731@mailbox-provider.example", osubj="Your rent receipt for November", odate=od, date=d,
    tail="""<tenant.7731@mailbox-provider.example>: SASL authentication failed; server
    email-smtp.us-west-2.amazonaws.com[192.0.2.150] said: 535 Authentication
    Credentials Invalid
""", recips=[{"final": "tenant.7731@mailbox-provider.example", "status": "5.7.8", "remote": "email-smtp.us-west-2.amazonaws.com",
              "diag": "535 Authentication Credentials Invalid"}]))
expect(n, "tenant.7731@mailbox-provider.example", "securityerror", False, "5.7.8", "535", vendor="postfix")

n = "postfix-tencent-bad-address-syntax.eml"
od = dt(2026, 11, 26, 11, 3, 40, "+0800")
d = dt(2026, 11, 26, 11, 3, 43, "+0800")
write(OUT, n, postfix(n, host="mail.pearl-export.example", sender="sales@pearl-export.example",
    to="\"chen..wei\"@qq.com", osubj="Quotation FOB Shenzhen", odate=od, date=d,
    tail="""<"chen..wei"@qq.com>: host mx3.qq.com[203.0.113.210] said: 501 Bad address
    syntax. https://service.mail.qq.com/detail/0/172 (in reply to RCPT TO
    command)
""", recips=[{"final": "\"chen..wei\"@qq.com", "status": "5.5.4", "remote": "mx3.qq.com",
              "diag": "501 Bad address syntax. https://service.mail.qq.com/detail/0/172"}]))
expect(n, "\"chen..wei\"@qq.com", "syntaxerror", False, "5.5.4", "501", vendor="qq")

n = "postfix-pipe-ticket-import-died.eml"
od = dt(2026, 11, 24, 13, 30, 0, "+0000")
d = dt(2026, 11, 24, 13, 30, 2, "+0000")
write(OUT, n, postfix(n, host="helpdesk.orbit-robotics.example", sender="customer@field-service.example",
    to="support@orbit-robotics.example", osubj="Arm calibration drifts after reboot", odate=od, date=d,
    ohost="field-service.example",
    tail="""<support@orbit-robotics.example> (expanded from <support@orbit-robotics.example>):
    Command died with status 2: "/usr/local/bin/ticket-import". Command output:
    ticket-import: fatal: could not open queue database /srv/tickets/q.db:
    database is locked
""", recips=[{"final": "support@orbit-robotics.example", "status": "5.3.0",
              "diag": "x-unix; ticket-import: fatal: could not open queue database /srv/tickets/q.db: database is locked"}]))
expect(n, "support@orbit-robotics.example", "mailererror", False, "5.3.0", "", vendor="postfix")

n = "postfix-delivered-lmtp-success.eml"
od = dt(2026, 11, 23, 10, 14, 0, "+0100")
d = dt(2026, 11, 23, 10, 14, 1, "+0100")
heads = top(n, "mx.notariat-lenz.example", "Postfix", d, "MAILER-DAEMON@mx.notariat-lenz.example (Mail Delivery System)",
            "kanzlei@hofer-partner.example", "Successful Mail Delivery Report")
write(OUT, n, report(n, heads=heads, text="""This is the mail system at host mx.notariat-lenz.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<urkunden@notariat-lenz.example>: delivery via
    private/dovecot-lmtp[/var/spool/postfix/private/dovecot-lmtp]: 250 2.0.0
    <urkunden@notariat-lenz.example> kJ3mDq0FQmfNaAAAvCtFYw Saved
""", dsn=ds("mx.notariat-lenz.example", [{"final": "urkunden@notariat-lenz.example", "original": "rfc822;urkunden@notariat-lenz.example",
        "action": "delivered", "status": "2.0.0", "remote": "mx.notariat-lenz.example",
        "diag": "smtp; 250 2.0.0 <urkunden@notariat-lenz.example> kJ3mDq0FQmfNaAAAvCtFYw Saved"}],
        [f"X-Postfix-Queue-ID: {qid(n, 10)}", "X-Postfix-Sender: rfc822; kanzlei@hofer-partner.example"], od),
    orig=origh("kanzlei@hofer-partner.example", "urkunden@notariat-lenz.example", "Kaufvertrag Entwurf", od,
               "hofer-partner.example", n, "Return-Receipt-To: kanzlei@hofer-partner.example")))
expect(n, "urkunden@notariat-lenz.example", "delivered", False, "2.0.0", "250", "delivered", vendor="postfix")

n = "yahoo-ts03-permanently-deferred.eml"
od = dt(2026, 11, 29, 23, 5, 0, "+0000")
d = dt(2026, 11, 30, 3, 6, 0, "+0000")
write(OUT, n, postfix(n, host="bulk1.knitting-circle-news.example", sender="newsletter@knitting-circle-news.example",
    to="yarnlover1962@yahoo.com", osubj="Pattern of the week: cabled beanie", odate=od, date=d,
    tail="""<yarnlover1962@yahoo.com>: host mta7.am0.yahoodns.net[192.0.2.101] said: 421
    4.7.0 [TS03] All messages from 198.51.100.77 will be permanently deferred;
    Retrying will NOT succeed. See
    https://senders.yahooinc.com/smtp-error-codes (in reply to MAIL FROM
    command)
""", recips=[{"final": "yarnlover1962@yahoo.com", "status": "4.7.0", "remote": "mta7.am0.yahoodns.net",
              "diag": "421 4.7.0 [TS03] All messages from 198.51.100.77 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/smtp-error-codes"}]))
expect(n, "yarnlover1962@yahoo.com", "blocked", False, "4.7.0", "421", vendor="yahoo")

# ================================================================ Sendmail 8.x
def sendmail(name, *, host, sender, to, osubj, odate, date, text, recips, subject="Returned mail: see transcript for details",
             returned="message", ohost=None):
    ohost = ohost or sender.split("@")[1]
    frm = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
    heads = top(name, host, "8.17.2/8.17.2", date, frm, f"<{sender}>", subject, auto=True,
                hops=hop(name, host, "8.17.2/8.17.2", date))
    o = origm(sender, to, osubj, odate, ohost, name) if returned == "message" else origh(sender, to, osubj, odate, ohost, name)
    return report(name, heads=heads, text=text, dsn=ds(host, recips, [f"Received-From-MTA: DNS; smtp.{ohost}"], odate),
                  orig=o, returned=returned)


n = "sendmail8-three-rcpts-host-user-size.eml"
od = dt(2026, 11, 20, 15, 44, 2, "-0600")
d = dt(2026, 11, 20, 15, 44, 30, "-0600")
write(OUT, n, sendmail(n, host="mail.prairie-coop.example", sender="board@prairie-coop.example",
    to="treasurer@grainhall-assoc.example, minutes@rural-elect.example, archive@plainsview-news.example",
    osubj="Annual meeting packet (PDF)", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.prairie-coop.example [192.0.2.61]

   ----- The following addresses had permanent fatal errors -----
<treasurer@grainhall-assoc.example>
    (reason: 550 5.1.2 Host unknown (Name server: grainhall-assoc.example: host not found))
<minutes@rural-elect.example>
    (reason: 550 5.1.1 <minutes@rural-elect.example>... User unknown)
<archive@plainsview-news.example>
    (reason: 552 5.3.4 Message size exceeds fixed maximum message size (10485760))

   ----- Transcript of session follows -----
550 5.1.2 <treasurer@grainhall-assoc.example>... Host unknown (Name server: grainhall-assoc.example: host not found)
... while talking to mx.rural-elect.example.:
>>> RCPT To:<minutes@rural-elect.example>
<<< 550 5.1.1 <minutes@rural-elect.example>... User unknown
... while talking to mail.plainsview-news.example.:
>>> MAIL From:<board@prairie-coop.example> SIZE=14411230
<<< 552 5.3.4 Message size exceeds fixed maximum message size (10485760)
554 5.0.0 Service unavailable
""", recips=[
        {"final": "RFC822; treasurer@grainhall-assoc.example", "original": "rfc822;treasurer@grainhall-assoc.example", "status": "5.1.2",
         "diag": "SMTP; 550 5.1.2 Host unknown (Name server: grainhall-assoc.example: host not found)"},
        {"final": "RFC822; minutes@rural-elect.example", "status": "5.1.1", "remote": "mx.rural-elect.example",
         "diag": "SMTP; 550 5.1.1 <minutes@rural-elect.example>... User unknown"},
        {"final": "RFC822; archive@plainsview-news.example", "status": "5.3.4", "remote": "mail.plainsview-news.example",
         "diag": "SMTP; 552 5.3.4 Message size exceeds fixed maximum message size (10485760)"}], returned="headers"))
expect(n, "treasurer@grainhall-assoc.example", "hostunknown", True, "5.1.2", "550", vendor="sendmail")
expect(n, "minutes@rural-elect.example", "userunknown", True, "5.1.1", "550", vendor="sendmail")
expect(n, "archive@plainsview-news.example", "emailtoolarge", False, "5.3.4", "552", vendor="sendmail")

n = "sendmail8-mailbox-disabled-transcript.eml"
od = dt(2026, 11, 18, 9, 2, 10, "-0500")
d = dt(2026, 11, 18, 9, 2, 14, "-0500")
write(OUT, n, sendmail(n, host="relay.hillcrest-library.example", sender="circulation@hillcrest-library.example",
    to="e.danforth@township-schools.example", osubj="Overdue notice", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.hillcrest-library.example [192.0.2.70]

   ----- The following addresses had permanent fatal errors -----
<e.danforth@township-schools.example>
    (reason: 550 5.2.1 <e.danforth@township-schools.example>... Mailbox disabled for this recipient)

   ----- Transcript of session follows -----
... while talking to mx1.township-schools.example.:
>>> DATA
<<< 550 5.2.1 <e.danforth@township-schools.example>... Mailbox disabled for this recipient
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; e.danforth@township-schools.example", "status": "5.2.1", "remote": "mx1.township-schools.example",
              "diag": "SMTP; 550 5.2.1 <e.danforth@township-schools.example>... Mailbox disabled for this recipient",
              "last": d}]))
expect(n, "e.danforth@township-schools.example", "suspend", False, "5.2.1", "550", vendor="sendmail")

n = "sendmail8-warning-temporary-local-problem.eml"
od = dt(2026, 11, 30, 5, 0, 0, "+0000")
d = dt(2026, 11, 30, 9, 1, 20, "+0000")
write(OUT, n, sendmail(n, host="mx.seabright-yachts.example", sender="charters@seabright-yachts.example",
    to="captain@northwind-sailing.example", osubj="Charter confirmation #4410", odate=od, date=d,
    subject="Warning: could not send message for past 4 hours", returned="headers", text=f"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {od}
from smtp.seabright-yachts.example [192.0.2.80]

   ----- Transcript of session follows -----
... while talking to mail.northwind-sailing.example.:
>>> DATA
<<< 451 4.3.0 Temporary local problem - please try later
<captain@northwind-sailing.example>... Deferred: 451 4.3.0 Temporary local problem - please try later
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", recips=[{"final": "RFC822; captain@northwind-sailing.example", "action": "delayed", "status": "4.3.0",
              "remote": "mail.northwind-sailing.example", "diag": "SMTP; 451 4.3.0 Temporary local problem - please try later",
              "last": d, "until": dt(2026, 12, 5, 5, 0, 0, "+0000")}]))
expect(n, "captain@northwind-sailing.example", "systemerror", False, "4.3.0", "451", "delayed", vendor="sendmail")

n = "sendmail8-five-days-deleted-from-queue.eml"
od = dt(2026, 11, 22, 7, 15, 0, "+0000")
d = dt(2026, 11, 27, 7, 16, 2, "+0000")
write(OUT, n, sendmail(n, host="gateway.tri-county-water.example", sender="billing@tri-county-water.example",
    to="ap@millbrook-farms.example", osubj="Water usage statement", odate=od, date=d,
    subject="Returned mail: see transcript for details", text=f"""The original message was received at {od}
from smtp.tri-county-water.example [192.0.2.90]

   ----- The following addresses had permanent fatal errors -----
<ap@millbrook-farms.example>
    (reason: Connection timed out with mail.millbrook-farms.example.)

   ----- Transcript of session follows -----
<ap@millbrook-farms.example>... Deferred: Connection timed out with mail.millbrook-farms.example.
Message could not be delivered for 5 days
Message will be deleted from queue
""", recips=[{"final": "RFC822; ap@millbrook-farms.example", "status": "4.4.7", "remote": "mail.millbrook-farms.example",
              "last": d}]))
expect(n, "ap@millbrook-farms.example", "expired", False, "4.4.7", "", vendor="sendmail")

n = "sendmail8-starttls-handshake-deferred.eml"
od = dt(2026, 12, 2, 1, 10, 0, "+0100")
d = dt(2026, 12, 2, 5, 11, 0, "+0100")
write(OUT, n, sendmail(n, host="mail.alpenblick-hotel.example", sender="reservierung@alpenblick-hotel.example",
    to="groups@reisebuero-sommer.example", osubj="Gruppenanfrage Februar", odate=od, date=d,
    subject="Warning: could not send message for past 4 hours", returned="headers", text=f"""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at {od}
from smtp.alpenblick-hotel.example [192.0.2.95]

   ----- Transcript of session follows -----
<groups@reisebuero-sommer.example>... Deferred: 403 4.7.0 TLS handshake failed.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", recips=[{"final": "RFC822; groups@reisebuero-sommer.example", "action": "delayed", "status": "4.7.0",
              "remote": "mx.reisebuero-sommer.example", "diag": "SMTP; 403 4.7.0 TLS handshake failed.",
              "last": d, "until": dt(2026, 12, 7, 1, 10, 0, "+0100")}]))
expect(n, "groups@reisebuero-sommer.example", "failedstarttls", False, "4.7.0", "403", "delayed", vendor="sendmail")

n = "sendmail8-gmail-low-domain-reputation.eml"
od = dt(2026, 11, 21, 17, 0, 0, "-0700")
d = dt(2026, 11, 21, 17, 0, 6, "-0700")
write(OUT, n, sendmail(n, host="mail.desert-solar-quotes.example", sender="offers@desert-solar-quotes.example",
    to="homeowner.az@gmail.com", osubj="Your free solar estimate is ready", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.desert-solar-quotes.example [192.0.2.99]

   ----- The following addresses had permanent fatal errors -----
<homeowner.az@gmail.com>
    (reason: 550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain.)

   ----- Transcript of session follows -----
... while talking to gmail-smtp-in.l.google.com.:
>>> DATA
<<< 550-5.7.1 Our system has detected that this message is likely suspicious
<<< 550-5.7.1 due to the very low reputation of the sending domain. To best
<<< 550-5.7.1 protect our users from spam, the message has been blocked.
<<< 550 5.7.1 https://support.google.com/mail/answer/188131 d9-20020a17090a000000b00000000si5 - gsmtp
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; homeowner.az@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com",
              "diag": "SMTP; 550-5.7.1 Our system has detected that this message is likely suspicious"}], returned="headers"))
expect(n, "homeowner.az@gmail.com", "badreputation", False, "5.7.1", "550", vendor="gmail")

n = "sendmail8-no-ptr-client-ip.eml"
od = dt(2026, 11, 19, 12, 0, 0, "+0000")
d = dt(2026, 11, 19, 12, 0, 3, "+0000")
write(OUT, n, sendmail(n, host="box7.homelab-dyn.example", sender="alerts@homelab-dyn.example",
    to="admin@colo-provider.example", osubj="UPS on battery", odate=od, date=d, text=f"""The original message was received at {od}
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<admin@colo-provider.example>
    (reason: 550 5.7.1 Client IP 203.0.113.54 has no PTR record; mail rejected)

   ----- Transcript of session follows -----
... while talking to mx.colo-provider.example.:
<<< 550 5.7.1 Client IP 203.0.113.54 has no PTR record; mail rejected
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; admin@colo-provider.example", "status": "5.7.1", "remote": "mx.colo-provider.example",
              "diag": "SMTP; 550 5.7.1 Client IP 203.0.113.54 has no PTR record; mail rejected"}]))
expect(n, "admin@colo-provider.example", "requireptr", False, "5.7.1", "550", vendor="sendmail")

n = "sendmail8-rcpt-parameter-syntax.eml"
od = dt(2026, 11, 17, 10, 30, 0, "+0900")
d = dt(2026, 11, 17, 10, 30, 2, "+0900")
write(OUT, n, sendmail(n, host="mail.kobe-instruments.example", sender="export@kobe-instruments.example",
    to="purchasing@lisbon-labs.example", osubj="Calibration certificates", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.kobe-instruments.example [192.0.2.105]

   ----- The following addresses had permanent fatal errors -----
<purchasing@lisbon-labs.example>
    (reason: 501 5.5.2 Syntax error in parameters scanning "TO")

   ----- Transcript of session follows -----
... while talking to mx.lisbon-labs.example.:
>>> RCPT To:<purchasing@lisbon-labs.example> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;purchasing@lisbon-labs.example
<<< 501 5.5.2 Syntax error in parameters scanning "TO"
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; purchasing@lisbon-labs.example", "status": "5.5.2", "remote": "mx.lisbon-labs.example",
              "diag": "SMTP; 501 5.5.2 Syntax error in parameters scanning \"TO\""}], returned="headers"))
expect(n, "purchasing@lisbon-labs.example", "syntaxerror", False, "5.5.2", "501", vendor="sendmail")

# ================================================================ Exim 4
EXIM = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""


def exim(name, *, host, sender, to, osubj, odate, date, body, extra=(), ohost=None, whole=True):
    ohost = ohost or sender.split("@")[1]
    heads = top(name, host, "Exim 4.97.1", date, f"Mail Delivery System <Mailer-Daemon@{host}>", sender,
                "Mail delivery failed: returning message to sender",
                extra=[("X-Failed-Recipients", ", ".join(extra))] if extra else (), auto=True)
    o = origm(sender, to, osubj, odate, ohost, name) if whole else origh(sender, to, osubj, odate, ohost, name)
    text = EXIM + body + "\n------ This is a copy of the message, including all the headers. ------\n\n" + o
    return mail(heads, text_part(text))


n = "exim4-gmail-disabled-and-dmarc.eml"
od = dt(2026, 11, 26, 19, 2, 0, "+0000")
d = dt(2026, 11, 26, 19, 2, 5, "+0000")
write(OUT, n, exim(n, host="cp12.budget-webhost.example", sender="shop@handmade-candles.example",
    to="old.customer@gmail.com, bulk.buyer@gmail.com", osubj="Your order has shipped", odate=od, date=d,
    extra=["old.customer@gmail.com", "bulk.buyer@gmail.com"], body="""  old.customer@gmail.com
    host gmail-smtp-in.l.google.com [192.0.2.26]
    SMTP error from remote mail server after RCPT TO:<old.customer@gmail.com>:
    550-5.2.1 The email account that you tried to reach is disabled. For more
    550-5.2.1 information, go to
    550 5.2.1  https://support.google.com/mail/?p=DisabledUser b2si3310771wmb.4 - gsmtp
  bulk.buyer@gmail.com
    host gmail-smtp-in.l.google.com [192.0.2.26]
    SMTP error from remote mail server after end of data:
    550-5.7.26 Unauthenticated email from handmade-candles.example is not accepted
    550-5.7.26 due to domain's DMARC policy. Please contact the administrator of
    550-5.7.26 handmade-candles.example domain if this was a legitimate mail. To
    550-5.7.26 learn about the DMARC initiative, go to
    550 5.7.26  https://support.google.com/mail/?p=DmarcRejection c3si3310771wmb.5 - gsmtp
"""))
expect(n, "old.customer@gmail.com", "suspend", False, "5.2.1", "550", vendor="gmail")
expect(n, "bulk.buyer@gmail.com", "authfailure", False, "5.7.26", "550", vendor="gmail")

n = "exim4-content-filter-spam-after-data.eml"
od = dt(2026, 11, 22, 8, 45, 0, "+0100")
d = dt(2026, 11, 22, 8, 45, 9, "+0100")
write(OUT, n, exim(n, host="mail.weinkeller-rhein.example", sender="angebote@weinkeller-rhein.example",
    to="gastro@ristorante-lago.example", osubj="Sonderpreise Riesling", odate=od, date=d,
    extra=["gastro@ristorante-lago.example"], body="""  gastro@ristorante-lago.example
    host mx.ristorante-lago.example [198.51.100.140]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by Content Filtering (score 9.8 > 6.0)
"""))
expect(n, "gastro@ristorante-lago.example", "spamdetected", False, "5.7.1", "550", vendor="exim")

n = "exim4-lines-too-long-for-transport.eml"
od = dt(2026, 11, 24, 14, 0, 0, "+0000")
d = dt(2026, 11, 24, 14, 0, 1, "+0000")
write(OUT, n, exim(n, host="mx.dataexport-tools.example", sender="reports@dataexport-tools.example",
    to="analyst@freight-metrics.example", osubj="Nightly CSV export", odate=od, date=d,
    extra=["analyst@freight-metrics.example"], whole=False, body="""  analyst@freight-metrics.example
    message has lines too long for transport
"""))
expect(n, "analyst@freight-metrics.example", "contenterror", False, "", "", vendor="exim")

n = "exim4-user-filter-refused.eml"
od = dt(2026, 11, 23, 21, 10, 0, "+0000")
d = dt(2026, 11, 23, 21, 10, 1, "+0000")
write(OUT, n, exim(n, host="mail.fellwalkers-club.example", sender="ex.partner@somewhere-mail.example",
    to="ruth@fellwalkers-club.example", osubj="can we talk", odate=od, date=d,
    extra=["ruth@fellwalkers-club.example"], body="""  ruth@fellwalkers-club.example
    The recipient's personal mail filter refused this message:
    Mail from this sender is not accepted by the recipient.
"""))
expect(n, "ruth@fellwalkers-club.example", "filtered", False, "", "", vendor="exim")

n = "exim4-gmail-smarthost-530-auth.eml"
od = dt(2026, 11, 25, 6, 0, 0, "+0000")
d = dt(2026, 11, 25, 6, 0, 2, "+0000")
write(OUT, n, exim(n, host="nas.stone-family.example", sender="nas@stone-family.example",
    to="david.stone@partner-mail.example", osubj="Backup job finished with warnings", odate=od, date=d,
    extra=["david.stone@partner-mail.example"], body="""  david.stone@partner-mail.example
    host smtp.gmail.com [192.0.2.109]
    SMTP error from remote mail server after MAIL FROM:<nas@stone-family.example> SIZE=2190:
    530-5.7.0 Authentication Required. For more information, go to
    530 5.7.0  https://support.google.com/mail/?p=WantAuthError e7sm44021wmb.2 - gsmtp
"""))
expect(n, "david.stone@partner-mail.example", "securityerror", False, "5.7.0", "530", vendor="gmail")

n = "exim4-gmail-missing-message-id.eml"
od = dt(2026, 11, 27, 4, 30, 0, "+0000")
d = dt(2026, 11, 27, 4, 30, 3, "+0000")
write(OUT, n, exim(n, host="vps4.cron-notify.example", sender="root@vps4.cron-notify.example",
    to="sysadmin.reports@gmail.com", osubj="Cron <root@vps4> /usr/local/bin/rotate", odate=od, date=d,
    extra=["sysadmin.reports@gmail.com"], body="""  sysadmin.reports@gmail.com
    host gmail-smtp-in.l.google.com [192.0.2.26]
    SMTP error from remote mail server after end of data:
    550-5.7.1 [203.0.113.15] Messages missing a valid Message-ID header are not
    550-5.7.1 accepted. For more information, go to
    550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review
    550 5.7.1 RFC 5322 specifications. e4si88021wmb.9 - gsmtp
"""))
expect(n, "sysadmin.reports@gmail.com", "notcompliantrfc", False, "5.7.1", "550", vendor="gmail")

# ================================================================ qmail / netqmail
QM = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""


def qmail(name, *, host, sender, to, osubj, odate, date, body):
    heads = top(name, host, "qmail 1.03", date, f"MAILER-DAEMON@{host}", sender, "failure notice", auto=False,
                hops=f"Received: (qmail {int(qid(name, 4), 16)} invoked for bounce); {date}")
    o = origm(sender, to, osubj, odate, sender.split("@")[1], name)
    return mail(heads, text_part(QM.format(host=host) + body + "\n--- Below this line is a copy of the message.\n\n" + o))


n = "netqmail-two-rcpts-ptr-and-quota.eml"
od = dt(2026, 11, 21, 10, 0, 0, "+0000")
d = dt(2026, 11, 21, 10, 0, 8, "+0000")
write(OUT, n, qmail(n, host="mail.oldtown-bikes.example", sender="workshop@oldtown-bikes.example",
    to="j.harlow@cyclists-union.example, repairs@oldtown-bikes.example", osubj="Service reminder", odate=od, date=d,
    body="""<j.harlow@cyclists-union.example>:
198.51.100.200 does not like recipient.
Remote host said: 550 5.7.1 Rejected: the IP address sending this message (192.0.2.120) does not have a PTR record set up; reverse DNS is required
Giving up on 198.51.100.200.

<repairs@oldtown-bikes.example>:
user is over quota (#5.1.1)
"""))
expect(n, "j.harlow@cyclists-union.example", "requireptr", False, "5.7.1", "550", vendor="qmail")
expect(n, "repairs@oldtown-bikes.example", "mailboxfull", False, "5.1.1", "", vendor="qmail")

n = "qmail-greeting-failed-blacklisted-ip.eml"
od = dt(2026, 11, 20, 7, 0, 0, "+0000")
d = dt(2026, 11, 20, 7, 0, 4, "+0000")
write(OUT, n, qmail(n, host="smtp.fishing-tackle-direct.example", sender="orders@fishing-tackle-direct.example",
    to="angler.brown@river-isp.example", osubj="Order dispatched", odate=od, date=d,
    body="""<angler.brown@river-isp.example>:
Connected to 198.51.100.210 but greeting failed.
Remote host said: 554 mx2.river-isp.example ESMTP not accepting messages from 192.0.2.130: address is listed on a DNS blacklist
Giving up on 198.51.100.210.
"""))
expect(n, "angler.brown@river-isp.example", "blocked", False, "", "554", vendor="qmail")

# ================================================================ OpenSMTPD
OSD = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

{rcpt}: {err}

Below is a copy of the original message:

"""


def opensmtpd(name, *, host, sender, to, osubj, odate, date, rcpt, err):
    heads = top(name, host, "OpenSMTPD", date, f"Mailer Daemon <MAILER-DAEMON@{host}>", sender,
                "Delivery status notification: error", auto=False)
    o = origm(sender, to, osubj, odate, sender.split("@")[1], name)
    return mail(heads, multipart("mixed", [text_part(OSD.format(rcpt=rcpt, err=err) + o)], boundary(name)))


n = "opensmtpd-mda-command-failed.eml"
od = dt(2026, 11, 19, 18, 3, 0, "+0000")
d = dt(2026, 11, 19, 18, 3, 1, "+0000")
write(OUT, n, opensmtpd(n, host="mx.tinyforge.example", sender="friend@penpal-mail.example",
    to="ben@tinyforge.example", osubj="photos from the trip", odate=od, date=d, rcpt="ben@tinyforge.example",
    err="Error (mda): command failed: /usr/local/bin/rspamc --mime --exec /usr/local/libexec/dovecot/dovecot-lda: exited abnormally with status 75"))
expect(n, "ben@tinyforge.example", "mailererror", False, "", "", vendor="opensmtpd")

n = "opensmtpd-delivery-not-authorized.eml"
od = dt(2026, 11, 23, 9, 20, 0, "+0000")
d = dt(2026, 11, 23, 9, 20, 2, "+0000")
write(OUT, n, opensmtpd(n, host="mail.quietbay-studio.example", sender="hello@quietbay-studio.example",
    to="press@harbor-gazette.example", osubj="Exhibition opening", odate=od, date=d, rcpt="press@harbor-gazette.example",
    err="500 5.7.1 Delivery not authorized, message refused: relaying through mx.harbor-gazette.example is not allowed for your host"))
expect(n, "press@harbor-gazette.example", "norelaying", False, "5.7.1", "500", vendor="opensmtpd")

# ================================================================ DragonFly Mail Agent
DMA = """This is the DragonFly Mail Agent {ver} at {host}.

There was an error delivering your mail to <{rcpt}>.

{err}

Message headers follow.

"""


def dma(name, *, host, sender, to, osubj, odate, date, rcpt, err, ver="v0.13"):
    heads = [f"Received: from MAILER-DAEMON\n\tid {qid(name, 8)}\n\tby {host} (DragonFly Mail Agent {ver});\n\t{date}",
             ("X-Original-To", f"<{sender}>"), ("From", f"MAILER-DAEMON <MAILER-DAEMON@{host}>"), ("To", sender),
             ("Subject", "Mail delivery failed"), ("Message-Id", mid(name, host)), ("Date", date)]
    o = origh(sender, to, osubj, odate, sender.split("@")[1], name)
    return mail(heads, text_part(DMA.format(ver=ver, host=host, rcpt=rcpt, err=err) + o))


n = "dma-remote-user-unknown.eml"
od = dt(2026, 11, 25, 3, 0, 0, "+0000")
d = dt(2026, 11, 25, 3, 0, 4, "+0000")
write(OUT, n, dma(n, host="build01.bsd-ci.example", sender="root@build01.bsd-ci.example",
    to="release-team@pkgmirror.example", osubj="build01 daily run output", odate=od, date=d, rcpt="release-team@pkgmirror.example",
    err="remote delivery to mx.pkgmirror.example [198.51.100.222] failed after RCPT TO:\n550 5.1.1 <release-team@pkgmirror.example>: Recipient address rejected: no such user here"))
expect(n, "release-team@pkgmirror.example", "userunknown", True, "5.1.1", "550", vendor="dma")

n = "dma-no-mx-no-address-domain.eml"
od = dt(2026, 11, 26, 3, 0, 0, "+0000")
d = dt(2026, 11, 26, 3, 0, 1, "+0000")
write(OUT, n, dma(n, host="fw.smalloffice-lan.example", sender="root@fw.smalloffice-lan.example",
    to="alerts@it-contractor-gone.example", osubj="fw security run output", odate=od, date=d, rcpt="alerts@it-contractor-gone.example",
    err="could not deliver to it-contractor-gone.example: the domain does not exist (DNS: NXDOMAIN for MX and A records)"))
expect(n, "alerts@it-contractor-gone.example", "hostunknown", True, "", "", vendor="dma")

n = "dma-gmail-ip-not-authorized-direct.eml"
od = dt(2026, 11, 28, 3, 0, 0, "+0000")
d = dt(2026, 11, 28, 3, 0, 3, "+0000")
write(OUT, n, dma(n, host="pi-hole.home-network.example", sender="root@pi-hole.home-network.example",
    to="family.it.guy@gmail.com", osubj="pi-hole weekly report", odate=od, date=d, rcpt="family.it.guy@gmail.com",
    err="remote delivery to gmail-smtp-in.l.google.com [192.0.2.26] failed after MAIL FROM:\n550-5.7.1 [203.0.113.199] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550-5.7.1 service provider instead. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError f1si22wmb.0 - gsmtp"))
expect(n, "family.it.guy@gmail.com", "blocked", False, "5.7.1", "550", vendor="gmail")

# ================================================================ Courier
n = "courier-spf-fail-remote.eml"
od = dt(2026, 11, 22, 13, 0, 0, "+0000")
d = dt(2026, 11, 22, 13, 0, 4, "+0000")
heads = top(n, "mail.artisan-bakery.example", "Courier 1.3.3", d, "Courier mail server at mail.artisan-bakery.example <@>",
            "orders@artisan-bakery.example", "NOTICE: mail delivery status.")
write(OUT, n, report(n, heads=heads, text="""This is a delivery status notification from mail.artisan-bakery.example,
running the Courier mail server, version 1.3.3.

The original message was received on Sun, 22 Nov 2026 13:00:00 +0000
from localhost [::ffff:127.0.0.1]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<catering@conference-hall.example>:
    mx.conference-hall.example [198.51.100.230]:
>>> MAIL FROM:<orders@artisan-bakery.example> BODY=8BITMIME
<<< 550 5.7.1 SPF fail: 192.0.2.140 is not authorized to send mail for artisan-bakery.example

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.
""", dsn=ds("mail.artisan-bakery.example", [{"final": "rfc822; catering@conference-hall.example", "status": "5.0.0",
        "remote": "mx.conference-hall.example [198.51.100.230]",
        "diag": "smtp; 550 5.7.1 SPF fail: 192.0.2.140 is not authorized to send mail for artisan-bakery.example"}],
        ["Received-From-MTA: dns; localhost (localhost [::ffff:127.0.0.1])"], od),
    orig=origm("orders@artisan-bakery.example", "catering@conference-hall.example", "Pastry order for Friday", od,
               "artisan-bakery.example", n), returned="message"))
expect(n, "catering@conference-hall.example", "authfailure", False, "5.7.1", "550", vendor="courier")

# ================================================================ IMail
def imail(name, *, host, sender, to, osubj, odate, date, body):
    heads = top(name, host, "Ipswitch IMail Server", date, f"postmaster@{host}", sender, "Undeliverable Mail", auto=False)
    o = origm(sender, to, osubj, odate, sender.split("@")[1], name)
    return mail(heads, multipart("mixed", [text_part(body), part("message/rfc822", o, cte=None)], boundary(name)))


n = "imail-not-a-gateway.eml"
od = dt(2026, 11, 18, 16, 0, 0, "-0500")
d = dt(2026, 11, 18, 16, 0, 2, "-0500")
write(OUT, n, imail(n, host="mail.cornerstone-realty.example", sender="listings@cornerstone-realty.example",
    to="editor@homes-weekly.example", osubj="New listing: 14 Maple Court", odate=od, date=d, body="""Unknown host: mx.homes-weekly.example

RCPT TO:<editor@homes-weekly.example>
550 not local host homes-weekly.example, not a gateway

Original message follows.
"""))
expect(n, "editor@homes-weekly.example", "norelaying", False, "", "550", vendor="imail")

n = "imail-user-not-local-please-try.eml"
od = dt(2026, 11, 19, 11, 0, 0, "-0500")
d = dt(2026, 11, 19, 11, 0, 3, "-0500")
write(OUT, n, imail(n, host="mail.valley-vet.example", sender="appointments@valley-vet.example",
    to="dr.hughes@oldclinic-mail.example", osubj="Referral records for Bella", odate=od, date=d, body="""Unable to deliver to <dr.hughes@oldclinic-mail.example>

RCPT TO:<dr.hughes@oldclinic-mail.example>
551 User not local; please try <dr.hughes@newclinic-vets.example>

Original message follows.
"""))
expect(n, "dr.hughes@oldclinic-mail.example", "hasmoved", True, "", "551", vendor="imail")

# ================================================================ PowerMTA
def pmta(name, *, host, sender, to, osubj, odate, date, recips, text, orig_whole=False):
    heads = top(name, host, "PowerMTA(TM) v6.0r1", date, f"Mail Delivery Subsystem <mailer-daemon@{host}>", sender,
                "Delivery report", auto=True)
    o = origh(sender, to, osubj, odate, sender.split("@")[1], name, "X-Job: 88213")
    return report(name, heads=heads, text=text, dsn=ds(host, recips, [f"X-PowerMTA-VirtualMTA: vmta-pool-2"], odate), orig=o)


n = "powermta-must-issue-starttls.eml"
od = dt(2026, 11, 24, 15, 0, 0, "+0000")
d = dt(2026, 11, 24, 15, 0, 5, "+0000")
write(OUT, n, pmta(n, host="pmta2.receipts-cloud.example", sender="bounce-88213@receipts-cloud.example",
    to="finance@strict-tls-bank.example", osubj="Your receipt", odate=od, date=d, text="""This is a delivery report generated by PowerMTA.
The message could not be delivered to the recipient below.
""", recips=[{"final": "rfc822;finance@strict-tls-bank.example", "status": "5.7.0", "remote": "mx.strict-tls-bank.example (198.51.100.240)",
              "diag": "smtp;530 5.7.0 Must issue a STARTTLS command first"}]))
expect(n, "finance@strict-tls-bank.example", "failedstarttls", False, "5.7.0", "530", vendor="powermta")

n = "powermta-expired-message-too-old.eml"
od = dt(2026, 11, 20, 15, 0, 0, "+0000")
d = dt(2026, 11, 22, 15, 0, 9, "+0000")
write(OUT, n, pmta(n, host="pmta2.receipts-cloud.example", sender="bounce-87711@receipts-cloud.example",
    to="orders@slowmx-wholesale.example", osubj="Your receipt", odate=od, date=d, text="""This is a delivery report generated by PowerMTA.
The message could not be delivered to the recipient below.
""", recips=[{"final": "rfc822;orders@slowmx-wholesale.example", "status": "4.4.7", "remote": "mx.slowmx-wholesale.example (198.51.100.245)",
              "diag": "smtp;421 4.4.2 mx.slowmx-wholesale.example timed out (message expired after 48 hours in queue, too old to retry)"}]))
expect(n, "orders@slowmx-wholesale.example", "expired", False, "4.4.7", "421", vendor="powermta")

n = "powermta-null-mx-556.eml"
od = dt(2026, 11, 25, 15, 0, 0, "+0000")
d = dt(2026, 11, 25, 15, 0, 1, "+0000")
write(OUT, n, pmta(n, host="pmta1.receipts-cloud.example", sender="bounce-88555@receipts-cloud.example",
    to="info@parked-brand.example", osubj="Your receipt", odate=od, date=d, text="""This is a delivery report generated by PowerMTA.
The message could not be delivered to the recipient below.
""", recips=[{"final": "rfc822;info@parked-brand.example", "status": "5.1.10",
              "diag": "smtp;556 5.1.10 parked-brand.example publishes a null MX (RFC 7505): this domain does not accept email"}]))
expect(n, "info@parked-brand.example", "notaccept", True, "5.1.10", "556", vendor="powermta")

# ================================================================ Microsoft Exchange / Office 365
n = "exchange2003-config-error-loop-5.4.6.eml"
od = dt(2008, 5, 14, 10, 2, 0, "+0100")
d = dt(2008, 5, 14, 10, 4, 31, "+0100")
heads = top(n, "EXCH01.brightwater-eng.example", "Microsoft SMTPSVC(6.0.3790.3959)", d,
            "postmaster@brightwater-eng.example", "s.pike@brightwater-eng.example", "Undeliverable: Site survey drawings",
            extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Site survey drawings")], auto=False)
write(OUT, n, report(n, heads=heads, text="""Your message did not reach some or all of the intended recipients.

      Subject:\tSite survey drawings
      Sent:\t14/05/2008 10:02

The following recipient(s) could not be reached:

      drawings@brightwater-eng.example on 14/05/2008 10:04
            A configuration error in the e-mail system caused the message to bounce between two servers or to be split into too many recipients. Contact your system administrator.
            <EXCH01.brightwater-eng.example #5.4.6>
""", dsn=ds("EXCH01.brightwater-eng.example", [{"final": "RFC822;drawings@brightwater-eng.example", "status": "5.4.6"}],
            ["Received-From-MTA: dns;EXCH01.brightwater-eng.example"], od),
    orig=origh("s.pike@brightwater-eng.example", "drawings@brightwater-eng.example", "Site survey drawings", od,
               "brightwater-eng.example", n)))
expect(n, "drawings@brightwater-eng.example", "networkerror", False, "5.4.6", "", vendor="exchange2003")

n = "exchange2007-recipnotfound.eml"
od = dt(2011, 2, 8, 9, 30, 0, "-0500")
d = dt(2011, 2, 8, 9, 30, 2, "-0500")
heads = top(n, "HUB02.midstate-insurance.example", "Microsoft Exchange Server 2007", d,
            "Microsoft Exchange<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@midstate-insurance.example>",
            "claims.intake@midstate-insurance.example", "Undeliverable: Claim 77-2041 photos",
            extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("Content-Language", "en-US")], auto=False)
write(OUT, n, report(n, heads=heads, text="""Delivery has failed to these recipients or distribution lists:

adjuster.k.boyle@midstate-insurance.example
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: HUB02.midstate-insurance.example

adjuster.k.boyle@midstate-insurance.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:
""", dsn=ds("HUB02.midstate-insurance.example", [{"final": "rfc822;adjuster.k.boyle@midstate-insurance.example", "status": "5.1.1",
            "diag": "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"}], [], od),
    orig=origh("claims.intake@midstate-insurance.example", "adjuster.k.boyle@midstate-insurance.example", "Claim 77-2041 photos", od,
               "midstate-insurance.example", n)))
expect(n, "adjuster.k.boyle@midstate-insurance.example", "userunknown", True, "5.1.1", "550", vendor="exchange2007")

n = "exchange2010-storedrv-store-error.eml"
od = dt(2014, 9, 3, 14, 0, 0, "+1000")
d = dt(2014, 9, 3, 14, 0, 9, "+1000")
heads = top(n, "MBX03.coastal-council.example", "Microsoft Exchange Server 2010", d,
            "Microsoft Exchange<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@coastal-council.example>",
            "planning@coastal-council.example", "Undeliverable: DA 2014/331 submission", auto=False)
write(OUT, n, report(n, heads=heads, text="""Delivery has failed to these recipients or distribution lists:

Records Officer
The recipient's e-mail system couldn't deliver this message because the mailbox database reported an internal error. Microsoft Exchange will not try to redeliver this message for you. Please try resending this message later, or provide the following diagnostic text to your system administrator.

Diagnostic information for administrators:

Generating server: MBX03.coastal-council.example

records@coastal-council.example
#550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error. The following information should help identify the cause of this error: "MapiExceptionJetErrorLogWriteFail:16.18969:F6000000, 17.27161:000000004C010000000000000000000000000000, 20.52176:140FC28D0F00000000000000, 20.50032:140FC28D7F17000000000000, 255.23226:00000000, 255.27962:FE000000, 255.17082:DD040000, 0.26937:00000000, 4.21921:DD040000, 255.27962:FA000000, 255.1494:00000000, 255.26426:FE000000, 4.7588:0F010480, 2.64060:00000000, 4.4740:B2FEFFFF". ##

Original message headers:
""", dsn=ds("MBX03.coastal-council.example", [{"final": "rfc822;records@coastal-council.example", "status": "5.2.0",
            "diag": "smtp;550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error."}], [], od),
    orig=origh("planning@coastal-council.example", "records@coastal-council.example", "DA 2014/331 submission", od,
               "coastal-council.example", n)))
expect(n, "records@coastal-council.example", "systemerror", False, "5.2.0", "550", vendor="exchange2010")

n = "exchange2010-delivered-notification.eml"
od = dt(2015, 6, 11, 8, 20, 0, "+0200")
d = dt(2015, 6, 11, 8, 20, 4, "+0200")
heads = top(n, "CAS01.vinexport-group.example", "Microsoft Exchange Server 2010", d,
            "postmaster@vinexport-group.example", "direction@negociant-bordeaux.example", "Delivered: Contrat cadre 2015",
            auto=False)
write(OUT, n, report(n, heads=heads, text="""Your message has been delivered to the following recipients:

juridique@vinexport-group.example

Subject: Contrat cadre 2015
""", dsn=ds("CAS01.vinexport-group.example", [{"final": "rfc822;juridique@vinexport-group.example", "original": "rfc822;juridique@vinexport-group.example",
            "action": "delivered", "status": "2.0.0"}], [], od),
    orig=origh("direction@negociant-bordeaux.example", "juridique@vinexport-group.example", "Contrat cadre 2015", od,
               "negociant-bordeaux.example", n)))
expect(n, "juridique@vinexport-group.example", "delivered", False, "2.0.0", "", "delivered", vendor="exchange2010")


def o365(name, *, sender, rcpt, osubj, odate, date, short, cause, fix, server, status, diag, remote="", rhost="example"):
    host = "DB9PR02MB0000.eurprd02.prod.outlook.com"
    heads = top(name, host, "Microsoft SMTP Server", date,
                "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + sender.split("@")[1] + ">",
                sender, f"Undeliverable: {osubj}", extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")],
                auto=False)
    text = f"""{short}

{cause}

How to Fix It
{fix}

Diagnostic information for administrators:

Generating server: {server}

{rcpt}
{remote}Remote Server returned '{diag}'

Original message headers:
"""
    return report(name, heads=heads, text=text, dsn=ds(server, [{"final": "rfc822;" + rcpt, "status": status,
                  "remote": remote.split(" ")[3] if remote else "", "diag": "smtp;" + diag}], [], odate),
                  orig=origh(sender, rcpt, osubj, odate, sender.split("@")[1], name))


n = "o365-5.4.14-hop-count-exceeded.eml"
od = dt(2026, 11, 23, 12, 0, 0, "+0000")
d = dt(2026, 11, 23, 12, 0, 40, "+0000")
write(OUT, n, o365(n, sender="hr@lantern-health.example", rcpt="payroll@lantern-health-old.example", osubj="Timesheet approvals",
    odate=od, date=d, short="Your message to payroll@lantern-health-old.example couldn't be delivered.",
    cause="The message was passed back and forth between mail servers too many times and was stopped to protect the system.",
    fix="This is usually caused by a forwarding or routing rule that sends the message back to where it came from. Ask your email admin to check the connectors and forwarding for this domain.",
    server="DB9PR02MB0000.eurprd02.prod.outlook.com", status="5.4.14",
    diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB9PR02MB0000.eurprd02.prod.outlook.com 2026-11-23T12:00:40.000Z 08DCF0000000000]"))
expect(n, "payroll@lantern-health-old.example", "networkerror", False, "5.4.14", "554", vendor="office365")

n = "outlookcom-5.7.511-banned-sender.eml"
od = dt(2026, 11, 22, 18, 0, 0, "+0000")
d = dt(2026, 11, 22, 18, 0, 3, "+0000")
write(OUT, n, o365(n, sender="promo@lucky-rewards-club.example", rcpt="m.sandoval@outlook.com", osubj="You have been selected",
    odate=od, date=d, short="Your message to m.sandoval@outlook.com couldn't be delivered.",
    cause="Your email address has been banned from sending mail to Outlook.com recipients.",
    fix="The sending address was banned for sending spam. Contact your email admin; the address may be delisted by following the instructions at the link in the error below.",
    server="AM6PR04MB0000.eurprd04.prod.outlook.com", status="5.7.511",
    remote="Remote Server at outlook-com.olc.protection.outlook.com (192.0.2.160)\n",
    diag="550 5.7.511 Access denied, banned sender[promo@lucky-rewards-club.example]. To request removal from this list, forward this message to delist@messaging.microsoft.com. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. AS(7300) [AM6PR04MB0000.eurprd04.prod.outlook.com]"))
expect(n, "m.sandoval@outlook.com", "rejected", False, "5.7.511", "550", vendor="outlook")

# ================================================================ Amazon SES / WorkMail / SendGrid
def ses(name, *, sender, rcpt, osubj, odate, date, status, diag, text, remote=""):
    host = "a8-31.smtp-out.amazonses.com"
    heads = ["Return-Path: <>\n" + hop(name, "a8-31.smtp-out.amazonses.com", "Amazon SES", date, "e226-9.smtp-out.us-west-2.amazonses.com", "192.0.2.131"),
             ("Date", date), ("From", "MAILER-DAEMON@amazonses.com"), ("To", sender), ("Subject", "Delivery Status Notification (Failure)"),
             ("Message-ID", mid(name, "us-west-2.amazonses.com")), ("X-SES-Outgoing", "2026.11.25-192.0.2.131"),
             ("Feedback-ID", "::1.us-west-2.AbCdEfGh0123456789=:AmazonSES")]
    return report(name, heads=heads, text=text,
                  dsn=ds("a8-31.smtp-out.amazonses.com", [{"final": "rfc822; " + rcpt, "status": status, "remote": remote, "diag": diag}],
                         ["X-Original-Message-ID: " + mid(name + "o", sender.split("@")[1])], odate),
                  orig=origh(sender, rcpt, osubj, odate, sender.split("@")[1], name))


n = "ses-global-suppression-dsn.eml"
od = dt(2026, 11, 25, 20, 0, 0, "+0000")
d = dt(2026, 11, 25, 20, 0, 1, "+0000")
write(OUT, n, ses(n, sender="no-reply@cityparking-app.example", rcpt="driver.4471@mailbox-provider.example",
    osubj="Your parking session ends in 10 minutes", odate=od, date=d, status="5.1.1",
    diag="smtp; 550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide",
    text="""An error occurred while trying to deliver the mail to the following recipients:
driver.4471@mailbox-provider.example
"""))
expect(n, "driver.4471@mailbox-provider.example", "suppressed", False, "5.1.1", "550", vendor="amazonses")

n = "ses-null-mx-recipient-domain.eml"
od = dt(2026, 11, 26, 20, 0, 0, "+0000")
d = dt(2026, 11, 26, 20, 0, 1, "+0000")
write(OUT, n, ses(n, sender="no-reply@cityparking-app.example", rcpt="fleet@retired-brand.example",
    osubj="Monthly parking invoice", odate=od, date=d, status="5.1.10",
    diag="smtp; 550 5.1.10 The recipient domain retired-brand.example has a null MX record and does not accept email",
    text="""An error occurred while trying to deliver the mail to the following recipients:
fleet@retired-brand.example
"""))
expect(n, "fleet@retired-brand.example", "notaccept", True, "5.1.10", "550", vendor="amazonses")

n = "workmail-mailbox-full.eml"
od = dt(2026, 11, 27, 10, 0, 0, "+0000")
d = dt(2026, 11, 27, 10, 0, 2, "+0000")
heads = top(n, "inbound-smtp.eu-west-1.amazonaws.com", "Amazon WorkMail", d,
            "MAILER-DAEMON@eu-west-1.awsapps.com", "contracts@glasshouse-events.example", "Undeliverable: Venue contract v3",
            extra=[("X-WM-AutoReply", "bounce")], auto=True)
write(OUT, n, report(n, heads=heads, text="""Delivery has failed to these recipients or groups:

bookings@lakeside-venues.awsapps.com
The recipient's mailbox is full and can't accept messages now. Please try
resending your message later, or contact the recipient directly.

Amazon WorkMail
""", dsn=ds("eu-west-1.awsapps.com", [{"final": "rfc822;bookings@lakeside-venues.awsapps.com", "status": "5.2.2",
            "diag": "smtp; 552 5.2.2 Mailbox full: the mailbox of bookings@lakeside-venues.awsapps.com has exceeded its storage quota"}], [], od),
    orig=origh("contracts@glasshouse-events.example", "bookings@lakeside-venues.awsapps.com", "Venue contract v3", od,
               "glasshouse-events.example", n)))
expect(n, "bookings@lakeside-venues.awsapps.com", "mailboxfull", False, "5.2.2", "552", vendor="amazonworkmail")

n = "sendgrid-dropped-bounced-address.eml"
od = dt(2026, 11, 28, 16, 0, 0, "+0000")
d = dt(2026, 11, 28, 16, 0, 1, "+0000")
heads = top(n, "ismtpd0012p1las1.sendgrid.net", "SG", d, "Mail Delivery System <bounces@sendgrid.net>",
            "support@meal-kit-box.example", "Undelivered Mail: Your box ships tomorrow",
            extra=[("X-SG-EID", "1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz"), ("X-Entity-ID", "u00000000000000000000")], auto=True)
write(OUT, n, report(n, heads=heads, text="""Your message was not sent to the following recipient:

    hungry.hank@mailbox-provider.example

SendGrid dropped this message without attempting delivery: the address is
on your account's bounce suppression list because an earlier message to it
bounced. Remove the address from Suppressions > Bounces to send to it again.
""", dsn=ds("ismtpd0012p1las1.sendgrid.net", [{"final": "rfc822; hungry.hank@mailbox-provider.example", "status": "5.0.0",
            "diag": "X-SendGrid; Dropped: Bounced Address (address is on the bounce suppression list)"}], [], od),
    orig=origh("support@meal-kit-box.example", "hungry.hank@mailbox-provider.example", "Your box ships tomorrow", od,
               "meal-kit-box.example", n)))
expect(n, "hungry.hank@mailbox-provider.example", "suppressed", False, "5.0.0", "", vendor="sendgrid")

# ================================================================ Zoho, GMX/1&1, Yandex
n = "zoho-flagged-as-spam.eml"
od = dt(2026, 11, 21, 12, 0, 0, "+0530")
d = dt(2026, 11, 21, 12, 0, 3, "+0530")
write(OUT, n, postfix(n, host="mail.spice-route-traders.example", sender="offers@spice-route-traders.example",
    to="priya.nair@zohomail.in", osubj="Festival hamper 40% off", odate=od, date=d,
    tail="""<priya.nair@zohomail.in>: host mx.zoho.in[192.0.2.170] said: 554 5.7.1 Email
    cannot be delivered. Reason: Email flagged as Spam. (in reply to end of
    DATA command)
""", recips=[{"final": "priya.nair@zohomail.in", "status": "5.7.1", "remote": "mx.zoho.in",
              "diag": "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam."}]))
expect(n, "priya.nair@zohomail.in", "spamdetected", False, "5.7.1", "554", vendor="zoho")

n = "zoho-recipient-filter-blocked-sender.eml"
od = dt(2026, 11, 22, 12, 0, 0, "+0000")
d = dt(2026, 11, 22, 12, 0, 4, "+0000")
heads = top(n, "mx.zohomail.com", "Zoho Mail", d, "mailer-daemon@zohomail.com", "recruiter@talent-scouts.example",
            "Undelivered Mail Returned to Sender", auto=True)
write(OUT, n, notice(n, heads=heads, text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients.

anand@startup-labs.example, ERROR CODE :550 - 5.7.1 Message rejected: the recipient's filter settings do not accept mail from your address (sender is on the recipient's block list)
""", orig=origm("recruiter@talent-scouts.example", "anand@startup-labs.example", "Exciting opportunity", od, "talent-scouts.example", n)))
expect(n, "anand@startup-labs.example", "filtered", False, "5.7.1", "550", vendor="zoho")

n = "gmx-ip-black-listed.eml"
od = dt(2026, 11, 23, 7, 0, 0, "+0100")
d = dt(2026, 11, 23, 7, 0, 2, "+0100")
write(OUT, n, postfix(n, host="mail.kleingarten-verein.example", sender="vorstand@kleingarten-verein.example",
    to="h.schubert@gmx.de", osubj="Einladung Jahreshauptversammlung", odate=od, date=d,
    tail="""<h.schubert@gmx.de>: host mx00.emig.gmx.net[192.0.2.180] refused to talk to
    me: 554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP
    service 554-IP address is black listed. 554 For explanation visit
    https://postmaster.gmx.net/en/error-messages?ip=192.0.2.185&c=bl
""", recips=[{"final": "h.schubert@gmx.de", "status": "5.0.0", "remote": "mx00.emig.gmx.net",
              "diag": "554-gmx.net (mxgmx017) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=192.0.2.185&c=bl"}]))
expect(n, "h.schubert@gmx.de", "blocked", False, "5.0.0", "554", vendor="gmx")

n = "webde-header-not-rfc5322.eml"
od = dt(2026, 11, 24, 7, 0, 0, "+0100")
d = dt(2026, 11, 24, 7, 0, 2, "+0100")
write(OUT, n, exim(n, host="mx.tierarzt-praxis-lang.example", sender="praxis@tierarzt-praxis-lang.example",
    to="k.vogel@web.de", osubj="Impferinnerung", odate=od, date=d, extra=["k.vogel@web.de"], body="""  k.vogel@web.de
    host mx-ha03.web.de [192.0.2.190]
    SMTP error from remote mail server after end of data:
    554-Transaction failed
    554-Reject due to policy restrictions: the message header is not RFC 5322
    554-compliant (header "Date" occurs more than once).
    554 For explanation visit https://postmaster.web.de/en/error-messages?ip=192.0.2.195&c=hi
"""))
expect(n, "k.vogel@web.de", "notcompliantrfc", False, "", "554", vendor="gmx")

n = "ionos-message-size-exceeds.eml"
od = dt(2026, 11, 25, 7, 0, 0, "+0100")
d = dt(2026, 11, 25, 7, 0, 9, "+0100")
write(OUT, n, postfix(n, host="mail.architekten-nord.example", sender="buero@architekten-nord.example",
    to="bauamt@gemeinde-heide.example", osubj="Bauantrag Plaene (CAD)", odate=od, date=d,
    tail="""<bauamt@gemeinde-heide.example>: host mx00.ionos.de[192.0.2.200] said: 552
    Message size exceeds fixed limit: this message is 163840000 bytes, the
    maximum accepted size is 146800640 bytes (in reply to end of DATA command)
""", recips=[{"final": "bauamt@gemeinde-heide.example", "status": "5.0.0", "remote": "mx00.ionos.de",
              "diag": "552 Message size exceeds fixed limit: this message is 163840000 bytes, the maximum accepted size is 146800640 bytes"}]))
expect(n, "bauamt@gemeinde-heide.example", "emailtoolarge", False, "5.0.0", "552", vendor="ionos")

n = "yandex-sender-not-owned.eml"
od = dt(2026, 11, 26, 9, 0, 0, "+0300")
d = dt(2026, 11, 26, 9, 0, 1, "+0300")
write(OUT, n, exim(n, host="srv.volga-printing.example", sender="zakaz@volga-printing.example",
    to="client.orlov@example-client.example", osubj="Order 3312 proof", odate=od, date=d, extra=["client.orlov@example-client.example"],
    body="""  client.orlov@example-client.example
    host smtp.yandex.ru [192.0.2.205]
    SMTP error from remote mail server after MAIL FROM:<zakaz@volga-printing.example> SIZE=4182:
    553 5.7.1 Sender address rejected: not owned by auth user.
"""))
expect(n, "client.orlov@example-client.example", "rejected", False, "5.7.1", "553", vendor="yandex")

# ================================================================ US ISPs and big providers
n = "verizon-571-antispam-block.eml"
od = dt(2012, 4, 2, 9, 0, 0, "-0400")
d = dt(2012, 4, 2, 9, 0, 3, "-0400")
write(OUT, n, sendmail(n, host="mail.lakeview-realtors.example", sender="listings@lakeview-realtors.example",
    to="dottie.m@verizon.net", osubj="Open house Sunday", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.lakeview-realtors.example [192.0.2.210]

   ----- The following addresses had permanent fatal errors -----
<dottie.m@verizon.net>
    (reason: 571 Email from 192.0.2.215 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit http://www.verizon.net/whitelist and request removal of the block. 120402)

   ----- Transcript of session follows -----
... while talking to relay.verizon.net.:
>>> MAIL From:<listings@lakeview-realtors.example> SIZE=3312
<<< 571 Email from 192.0.2.215 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit http://www.verizon.net/whitelist and request removal of the block. 120402
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; dottie.m@verizon.net", "status": "5.0.0", "remote": "relay.verizon.net",
              "diag": "SMTP; 571 Email from 192.0.2.215 is currently blocked by Verizon Online's anti-spam system. The email sender or Email Service Provider may visit http://www.verizon.net/whitelist and request removal of the block. 120402"}]))
expect(n, "dottie.m@verizon.net", "blocked", False, "5.0.0", "571", vendor="verizon")

n = "cox-sender-rejected.eml"
od = dt(2019, 7, 9, 11, 0, 0, "-0700")
d = dt(2019, 7, 9, 11, 0, 2, "-0700")
write(OUT, n, postfix(n, host="mail.desert-pool-service.example", sender="invoice@nonexistent-billing.example",
    to="gary.t@cox.net", osubj="Pool service invoice", odate=od, date=d, ohost="desert-pool-service.example",
    tail="""<gary.t@cox.net>: host cxr.mx.a.cloudfilter.net[192.0.2.220] said: 550 5.1.0
    <invoice@nonexistent-billing.example> sender rejected. Please see
    https://www.cox.com/residential/support/email-error-codes.html (in reply to
    MAIL FROM command)
""", recips=[{"final": "gary.t@cox.net", "status": "5.1.0", "remote": "cxr.mx.a.cloudfilter.net",
              "diag": "550 5.1.0 <invoice@nonexistent-billing.example> sender rejected. Please see https://www.cox.com/residential/support/email-error-codes.html"}]))
expect(n, "gary.t@cox.net", "rejected", False, "5.1.0", "550", vendor="cox")

n = "godaddy-recipient-not-found.eml"
od = dt(2026, 11, 20, 14, 0, 0, "-0700")
d = dt(2026, 11, 20, 14, 0, 2, "-0700")
write(OUT, n, exim(n, host="a2plcpnl0123.prod.iad2.secureserver.net", sender="owner@tucson-tile-works.example",
    to="estimates@saguaro-builders.example", osubj="Tile estimate for kitchen remodel", odate=od, date=d,
    extra=["estimates@saguaro-builders.example"], body="""  estimates@saguaro-builders.example
    host saguaro-builders-example.mail.protection.outlook.com [192.0.2.225]
    SMTP error from remote mail server after RCPT TO:<estimates@saguaro-builders.example>:
    550 5.1.1 <estimates@saguaro-builders.example> Recipient not found.  <http://x.co/irbounce>
"""))
expect(n, "estimates@saguaro-builders.example", "userunknown", True, "5.1.1", "550", vendor="godaddy")

n = "icloud-unknown-illegal-alias.eml"
od = dt(2026, 11, 21, 10, 0, 0, "-0800")
d = dt(2026, 11, 21, 10, 0, 1, "-0800")
write(OUT, n, postfix(n, host="smtp.surfboard-shapers.example", sender="orders@surfboard-shapers.example",
    to="kai.makoa@icloud.com", osubj="Your custom board is ready", odate=od, date=d,
    tail="""<kai.makoa@icloud.com>: host mx01.mail.icloud.com[192.0.2.230] said: 550
    5.1.1 <kai.makoa@icloud.com>: unknown or illegal alias: kai.makoa@icloud.com
    (in reply to RCPT TO command)
""", recips=[{"final": "kai.makoa@icloud.com", "status": "5.1.1", "remote": "mx01.mail.icloud.com",
              "diag": "550 5.1.1 <kai.makoa@icloud.com>: unknown or illegal alias: kai.makoa@icloud.com"}]))
expect(n, "kai.makoa@icloud.com", "userunknown", True, "5.1.1", "550", vendor="icloud")

n = "facebook-account-inactive.eml"
od = dt(2014, 3, 4, 10, 0, 0, "+0000")
d = dt(2014, 3, 4, 10, 0, 2, "+0000")
write(OUT, n, postfix(n, host="mail.alumni-network.example", sender="events@alumni-network.example",
    to="class.of.2004.reunion@facebook.com", osubj="Reunion RSVP reminder", odate=od, date=d,
    tail="""<class.of.2004.reunion@facebook.com>: host msgin.vvv.facebook.com[192.0.2.235]
    said: 550 5.2.1 RCP-P3 The user's account is inactive and is not accepting
    mail at this time (in reply to RCPT TO command)
""", recips=[{"final": "class.of.2004.reunion@facebook.com", "status": "5.2.1", "remote": "msgin.vvv.facebook.com",
              "diag": "550 5.2.1 RCP-P3 The user's account is inactive and is not accepting mail at this time"}]))
expect(n, "class.of.2004.reunion@facebook.com", "suspend", False, "5.2.1", "550", vendor="facebook")

n = "spectrum-too-many-connections-delayed.eml"
od = dt(2026, 11, 29, 14, 0, 0, "+0000")
d = dt(2026, 11, 29, 18, 1, 0, "+0000")
write(OUT, n, postfix(n, host="mta5.town-alerts.example", sender="alerts@town-alerts.example",
    to="bob.w@charter.net", osubj="Snow emergency parking ban", odate=od, date=d, delay=(4, 5),
    tail="""<bob.w@charter.net>: host dmx1.spectrum.net[192.0.2.240] said: 421 4.7.0
    192.0.2.245 Too many concurrent connections from your IP; try again later.
    AUP#CXCNCT (in reply to MAIL FROM command)
""", recips=[{"final": "bob.w@charter.net", "action": "delayed", "status": "4.7.0", "remote": "dmx1.spectrum.net",
              "diag": "421 4.7.0 192.0.2.245 Too many concurrent connections from your IP; try again later. AUP#CXCNCT"}]))
expect(n, "bob.w@charter.net", "ratelimited", False, "4.7.0", "421", "delayed", vendor="spectrum")

n = "cloudflare-routing-spf-fail.eml"
od = dt(2026, 11, 30, 8, 0, 0, "+0000")
d = dt(2026, 11, 30, 8, 0, 2, "+0000")
write(OUT, n, postfix(n, host="mail.print-on-demand.example", sender="studio@print-on-demand.example",
    to="hello@indie-illustrator.example", osubj="Proofs for your zine", odate=od, date=d,
    tail="""<hello@indie-illustrator.example>: host route1.mx.cloudflare.net[192.0.2.250]
    said: 550 5.7.26 Sender does not pass SPF: 198.51.100.250 is not permitted
    to send for print-on-demand.example. Please see
    https://developers.cloudflare.com/email-routing/postmaster/ (in reply to
    end of DATA command)
""", recips=[{"final": "hello@indie-illustrator.example", "status": "5.7.26", "remote": "route1.mx.cloudflare.net",
              "diag": "550 5.7.26 Sender does not pass SPF: 198.51.100.250 is not permitted to send for print-on-demand.example. Please see https://developers.cloudflare.com/email-routing/postmaster/"}]))
expect(n, "hello@indie-illustrator.example", "authfailure", False, "5.7.26", "550", vendor="cloudflare")

# ================================================================ filtering gateways
n = "messagelabs-spf-domain-auth-fail.eml"
od = dt(2026, 11, 19, 9, 0, 0, "+0000")
d = dt(2026, 11, 19, 9, 0, 2, "+0000")
write(OUT, n, exim(n, host="mail.northgate-freight.example", sender="dispatch@northgate-freight.example",
    to="logistics@global-pharma.example", osubj="Consignment 55-2210 ETA", odate=od, date=d, extra=["logistics@global-pharma.example"],
    body="""  logistics@global-pharma.example
    host cluster5.eu.messagelabs.com [192.0.2.251]
    SMTP error from remote mail server after RCPT TO:<logistics@global-pharma.example>:
    553-SPF (Sender Policy Framework) domain authentication
    553-fail. Refer to the Troubleshooting page at
    553-http://www.symanteccloud.com/troubleshooting for more
    553 details. (#5.7.1)
"""))
expect(n, "logistics@global-pharma.example", "authfailure", False, "5.7.1", "553", vendor="messagelabs")

n = "mimecast-virus-rejected.eml"
od = dt(2026, 11, 20, 9, 0, 0, "+0000")
d = dt(2026, 11, 20, 9, 0, 6, "+0000")
write(OUT, n, postfix(n, host="smtp.accounts-outsourced.example", sender="statements@accounts-outsourced.example",
    to="ap.team@harwood-legal.example", osubj="Statement of account (macro-enabled)", odate=od, date=d,
    tail="""<ap.team@harwood-legal.example>: host eu-smtp-inbound-1.mimecast.com[192.0.2.252]
    said: 554 Message rejected: virus detected in attachment
    statement.xlsm (Heuristics.OLE2.ContainsMacros) - https://community.mimecast.com/docs/DOC-1369#554
    [aBcDeFgHiJkLmNoPqRsTuV.uk123] (in reply to end of DATA command)
""", recips=[{"final": "ap.team@harwood-legal.example", "status": "5.0.0", "remote": "eu-smtp-inbound-1.mimecast.com",
              "diag": "554 Message rejected: virus detected in attachment statement.xlsm (Heuristics.OLE2.ContainsMacros) - https://community.mimecast.com/docs/DOC-1369#554 [aBcDeFgHiJkLmNoPqRsTuV.uk123]"}]))
expect(n, "ap.team@harwood-legal.example", "virusdetected", False, "5.0.0", "554", vendor="mimecast")

n = "mxlogic-spam-denied.eml"
od = dt(2013, 8, 6, 15, 0, 0, "-0600")
d = dt(2013, 8, 6, 15, 0, 4, "-0600")
write(OUT, n, postfix(n, host="mail.rockies-outfitters.example", sender="sale@rockies-outfitters.example",
    to="buyer@summit-sports-retail.example", osubj="CLEARANCE!!! Tents $19", odate=od, date=d, old=True,
    tail="""<buyer@summit-sports-retail.example>: host mx1.mxlogic.net[192.0.2.253] said:
    550 5.7.1 Denied [spam]: message content was identified as spam by McAfee
    MX Logic (Mode: normal) (in reply to end of DATA command)
""", recips=[{"final": "buyer@summit-sports-retail.example", "status": "5.7.1", "remote": "mx1.mxlogic.net",
              "diag": "550 5.7.1 Denied [spam]: message content was identified as spam by McAfee MX Logic (Mode: normal)"}]))
expect(n, "buyer@summit-sports-retail.example", "spamdetected", False, "5.7.1", "550", vendor="mxlogic")

n = "trendmicro-ers-poor-reputation.eml"
od = dt(2026, 11, 24, 9, 0, 0, "+0000")
d = dt(2026, 11, 24, 9, 0, 3, "+0000")
write(OUT, n, qmail(n, host="mail.cheap-ink-refills.example", sender="news@cheap-ink-refills.example",
    to="office@municipal-archive.example", osubj="Ink cartridges from 1.99", odate=od, date=d,
    body="""<office@municipal-archive.example>:
198.51.100.33 does not like recipient.
Remote host said: 550 5.7.1 Mail from 192.0.2.33 refused: the sending IP has a poor reputation score in Trend Micro Email Reputation Services. See https://servicecentral.trendmicro.com/en-US/ers/
Giving up on 198.51.100.33.
"""))
expect(n, "office@municipal-archive.example", "badreputation", False, "5.7.1", "550", vendor="trendmicro")

n = "barracuda-rate-control-delayed.eml"
od = dt(2026, 11, 30, 13, 0, 0, "-0500")
d = dt(2026, 11, 30, 17, 5, 0, "-0500")
heads = top(n, "EX16.statewide-credit-union.example", "Microsoft SMTP Server", d,
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@statewide-credit-union.example>",
            "member.services@statewide-credit-union.example", "Delivery delayed:Rate change notice for members",
            extra=[("X-MS-Exchange-Message-Is-Ndr", "")], auto=False)
write(OUT, n, report(n, heads=heads, text="""Delivery is delayed to these recipients or groups:

notices@county-teachers-fund.example

Subject: Rate change notice for members

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 55 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: EX16.statewide-credit-union.example
Receiving server: mx.county-teachers-fund.example (198.51.100.35)

notices@county-teachers-fund.example
Remote Server at mx.county-teachers-fund.example (198.51.100.35) returned '400 4.4.7 Message delayed'
11/30/2026 10:05:00 PM - Remote Server at mx.county-teachers-fund.example (198.51.100.35) returned '451 4.4.0 Primary target IP address responded with: "421 4.7.0 Rate limit exceeded: too many messages from your IP in a short time (Barracuda rate control), try again later." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'

Original message headers:
""", dsn=ds("EX16.statewide-credit-union.example", [{"final": "rfc822;notices@county-teachers-fund.example", "action": "delayed",
            "status": "4.4.7", "remote": "mx.county-teachers-fund.example",
            "diag": "smtp;421 4.7.0 Rate limit exceeded: too many messages from your IP in a short time (Barracuda rate control), try again later.",
            "until": dt(2026, 12, 2, 13, 0, 0, "-0500")}], [], od),
    orig=origh("member.services@statewide-credit-union.example", "notices@county-teachers-fund.example",
               "Rate change notice for members", od, "statewide-credit-union.example", n)))
expect(n, "notices@county-teachers-fund.example", "ratelimited", False, "4.7.0", "421", "delayed", vendor="barracuda")


def gateway(name, *, host, sw, frm, sender, subject, text, to, osubj, odate, date):
    heads = top(name, host, sw, date, frm, sender, subject, auto=True)
    return notice(name, heads=heads, text=text, orig=origm(sender, to, osubj, odate, sender.split("@")[1], name))


n = "mailmarshal-executable-attachment.eml"
od = dt(2016, 2, 10, 10, 0, 0, "+1100")
d = dt(2016, 2, 10, 10, 0, 4, "+1100")
write(OUT, n, gateway(n, host="mm.southern-shires.example", sw="MailMarshal SMTP 7.2", frm="MailMarshal <mailmarshal@southern-shires.example>",
    sender="it.contractor@netfix-services.example", subject="Message blocked: Updated driver package", to="helpdesk@southern-shires.example",
    osubj="Updated driver package", odate=od, date=d, text="""MailMarshal (an automated content monitoring gateway) has stopped the
following e-mail for the reason stated below.

  Message: B00012345.00000001.mml
  From:    it.contractor@netfix-services.example
  To:      helpdesk@southern-shires.example
  Subject: Updated driver package

Block reason: Executable attachments are not permitted by the Southern
Shires e-mail policy.
Rule: Block Executable Attachments (driver_setup.exe - Executable File)

The message has not been delivered to the recipient.
"""))
expect(n, "helpdesk@southern-shires.example", "policyviolation", False, "", "", vendor="mailmarshal")

n = "mailmarshal-held-pending-review.eml"
od = dt(2016, 3, 2, 14, 0, 0, "+1100")
d = dt(2016, 3, 2, 14, 0, 5, "+1100")
write(OUT, n, gateway(n, host="mm.southern-shires.example", sw="MailMarshal SMTP 7.2", frm="MailMarshal <mailmarshal@southern-shires.example>",
    sender="events@regional-tourism.example", subject="Message held: Autumn festival media kit", to="comms@southern-shires.example",
    osubj="Autumn festival media kit", odate=od, date=d, text="""MailMarshal (an automated content monitoring gateway) has held the
following e-mail.

  Message: B00012377.00000001.mml
  From:    events@regional-tourism.example
  To:      comms@southern-shires.example
  Subject: Autumn festival media kit

The message has not been delivered. It is waiting in a review folder
for the mail administrator, who will release or delete it. No decision
has been made yet; you will not be notified again.
"""))
expect(n, "comms@southern-shires.example", "onhold", False, "", "", vendor="mailmarshal")

n = "mailfoundry-blocklisted-ip.eml"
od = dt(2010, 10, 5, 8, 0, 0, "-0500")
d = dt(2010, 10, 5, 8, 0, 2, "-0500")
write(OUT, n, sendmail(n, host="mail.ozark-feedstore.example", sender="orders@ozark-feedstore.example",
    to="manager@riverbend-ranch.example", osubj="Hay delivery schedule", odate=od, date=d, text=f"""The original message was received at {od}
from smtp.ozark-feedstore.example [192.0.2.36]

   ----- The following addresses had permanent fatal errors -----
<manager@riverbend-ranch.example>
    (reason: 554 5.7.1 MailFoundry: connection from 192.0.2.37 refused, your IP address is on our blocklist)

   ----- Transcript of session follows -----
... while talking to mx.riverbend-ranch.example.:
<<< 554 5.7.1 MailFoundry: connection from 192.0.2.37 refused, your IP address is on our blocklist
554 5.0.0 Service unavailable
""", recips=[{"final": "RFC822; manager@riverbend-ranch.example", "status": "5.7.1", "remote": "mx.riverbend-ranch.example",
              "diag": "SMTP; 554 5.7.1 MailFoundry: connection from 192.0.2.37 refused, your IP address is on our blocklist"}]))
expect(n, "manager@riverbend-ranch.example", "blocked", False, "5.7.1", "554", vendor="mailfoundry")

n = "surfcontrol-company-email-policy.eml"
od = dt(2006, 6, 20, 11, 0, 0, "+0100")
d = dt(2006, 6, 20, 11, 0, 9, "+0100")
write(OUT, n, gateway(n, host="sc01.midlands-utilities.example", sw="SurfControl E-mail Filter", frm="SurfControl E-mail Filter <postmaster@midlands-utilities.example>",
    sender="jokes.daily@funmail-list.example", subject="Message Blocked: Friday funnies", to="g.parkes@midlands-utilities.example",
    osubj="Friday funnies", odate=od, date=d, text="""The message you sent was not delivered to the following recipient(s):

    g.parkes@midlands-utilities.example

because it breaks the Midlands Utilities e-mail policy.

Rule triggered: Offensive or inappropriate content (Adult Image Composition)

This message was blocked by SurfControl E-mail Filter. If you think it was
blocked in error, contact the Midlands Utilities IT Service Desk.
"""))
expect(n, "g.parkes@midlands-utilities.example", "policyviolation", False, "", "", vendor="surfcontrol")

n = "amavis-infected-eicar.eml"
od = dt(2026, 11, 21, 16, 0, 0, "+0100")
d = dt(2026, 11, 21, 16, 0, 5, "+0100")
write(OUT, n, postfix(n, host="mail.ingenieurbuero-falk.example", sender="a.falk@ingenieurbuero-falk.example",
    to="pruefung@baustatik-nord.example", osubj="Statik Berechnung", odate=od, date=d,
    tail="""<pruefung@baustatik-nord.example>: host mx.baustatik-nord.example[198.51.100.44]
    said: 554 5.7.0 Reject, id=28817-07 - INFECTED: Win.Test.EICAR_HDB-1 (in
    reply to end of DATA command)
""", recips=[{"final": "pruefung@baustatik-nord.example", "status": "5.7.0", "remote": "mx.baustatik-nord.example",
              "diag": "554 5.7.0 Reject, id=28817-07 - INFECTED: Win.Test.EICAR_HDB-1"}]))
expect(n, "pruefung@baustatik-nord.example", "virusdetected", False, "5.7.0", "554", vendor="amavis")

n = "amavis-banned-exe.eml"
od = dt(2026, 11, 22, 16, 0, 0, "+0100")
d = dt(2026, 11, 22, 16, 0, 5, "+0100")
write(OUT, n, exim(n, host="mail.fotostudio-lenz.example", sender="studio@fotostudio-lenz.example",
    to="druck@offset-weber.example", osubj="Fotos + Betrachter", odate=od, date=d, extra=["druck@offset-weber.example"],
    body="""  druck@offset-weber.example
    host mx.offset-weber.example [198.51.100.45]
    SMTP error from remote mail server after end of data:
    554 5.7.0 Reject, id=04122-11 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=viewer.exe
"""))
expect(n, "druck@offset-weber.example", "policyviolation", False, "5.7.0", "554", vendor="amavis")

n = "trendmicro-imsva-quarantined-pending.eml"
od = dt(2026, 11, 25, 10, 0, 0, "+0800")
d = dt(2026, 11, 25, 10, 0, 3, "+0800")
write(OUT, n, gateway(n, host="imsva.harbour-shipping.example", sw="Trend Micro IMSVA 9.1", frm="IMSVA Notification <imsva@harbour-shipping.example>",
    sender="docs@freight-forwarder.example", subject="Notification: message to ops@harbour-shipping.example not delivered yet", to="ops@harbour-shipping.example",
    osubj="Bill of lading 7781", odate=od, date=d, text="""This is an automated notification from Trend Micro InterScan Messaging
Security Virtual Appliance at harbour-shipping.example.

Your message to ops@harbour-shipping.example has been placed in the
quarantine area and has not been delivered. It is pending review by an
administrator; its final disposition (release or deletion) has not been
decided.

  Sender:    docs@freight-forwarder.example
  Recipient: ops@harbour-shipping.example
  Subject:   Bill of lading 7781
  Date:      Wed, 25 Nov 2026 10:00:00 +0800
"""))
expect(n, "ops@harbour-shipping.example", "onhold", False, "", "", vendor="trendmicro")

# ================================================================ Lotus Domino
def domino(name, *, host, sender, to, osubj, odate, date, because):
    heads = top(name, host, "Lotus Domino Release 8.5.3FP6", date, f"Mail Delivery System <MAILER-DAEMON@{host}>", sender,
                f"DELIVERY FAILURE: {because}", extra=[("X-MIMETrack", f"Itemize by SMTP Server on {host.split('.')[0].upper()}/Corp(Release 8.5.3FP6|November 21, 2013) at {date}")], auto=False)
    text = f"""Your message

  Subject: {osubj}

was not delivered to:

  {to}

because:

  {because}
"""
    return report(name, heads=heads, text=text, dsn=ds(host, [{"final": "rfc822;" + to, "status": "5.0.0"}], [], odate),
                  orig=origh(sender, to, osubj, odate, sender.split("@")[1], name))


n = "domino85-insufficient-disk-space.eml"
od = dt(2015, 1, 12, 8, 0, 0, "+0100")
d = dt(2015, 1, 12, 8, 0, 3, "+0100")
write(OUT, n, domino(n, host="notes01.stadtwerke-brenz.example", sender="technik@stadtwerke-brenz.example",
    to="leitstelle@stadtwerke-brenz.example", osubj="Stoermeldung Pumpwerk 3", odate=od, date=d,
    because="Insufficient disk space on the server to store the message"))
expect(n, "leitstelle@stadtwerke-brenz.example", "systemfull", False, "5.0.0", "", vendor="domino")

n = "domino85-unable-to-deliver.eml"
od = dt(2015, 2, 3, 8, 0, 0, "+0100")
d = dt(2015, 2, 3, 8, 0, 3, "+0100")
write(OUT, n, domino(n, host="notes01.stadtwerke-brenz.example", sender="technik@stadtwerke-brenz.example",
    to="k.huber@zweckverband-alb.example", osubj="Wartungsplan Q1", odate=od, date=d,
    because="Unable to deliver message"))
expect(n, "k.huber@zweckverband-alb.example", "undefined", False, "5.0.0", "", vendor="domino")

# ================================================================ Japanese carriers, fml
n = "kddi-au-mailbox-full.eml"
od = dt(2026, 11, 27, 20, 0, 0, "+0900")
d = dt(2026, 11, 27, 20, 0, 2, "+0900")
write(OUT, n, postfix(n, host="mail.ramen-shop-hiro.example", sender="info@ramen-shop-hiro.example",
    to="taro-1988@ezweb.ne.jp", osubj="Coupon for December", odate=od, date=d,
    tail="""<taro-1988@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.48] said: 552 5.2.2
    <taro-1988@ezweb.ne.jp>: Mailbox full, the recipient cannot store more
    messages (in reply to end of DATA command)
""", recips=[{"final": "taro-1988@ezweb.ne.jp", "status": "5.2.2", "remote": "lsean.ezweb.ne.jp",
              "diag": "552 5.2.2 <taro-1988@ezweb.ne.jp>: Mailbox full, the recipient cannot store more messages"}]))
expect(n, "taro-1988@ezweb.ne.jp", "mailboxfull", False, "5.2.2", "552", vendor="kddi")

n = "docomo-message-size-exceeds.eml"
od = dt(2026, 11, 28, 20, 0, 0, "+0900")
d = dt(2026, 11, 28, 20, 0, 9, "+0900")
write(OUT, n, exim(n, host="mail.wedding-photo-sakura.example", sender="album@wedding-photo-sakura.example",
    to="hanako.s@docomo.ne.jp", osubj="Wedding photos (high resolution)", odate=od, date=d, extra=["hanako.s@docomo.ne.jp"],
    body="""  hanako.s@docomo.ne.jp
    host mfsmax.docomo.ne.jp [192.0.2.49]
    SMTP error from remote mail server after end of data:
    552 5.3.4 Message size exceeds the limit for this recipient (maximum 10MB)
"""))
expect(n, "hanako.s@docomo.ne.jp", "emailtoolarge", False, "5.3.4", "552", vendor="docomo")

n = "fml-not-member-rejected.eml"
od = dt(2026, 11, 29, 21, 0, 0, "+0900")
d = dt(2026, 11, 29, 21, 0, 1, "+0900")
heads = top(n, "ml.yamanobori.example", "fml 4.0", d, "hiking-ml-admin@ml.yamanobori.example", "elena.p@outdoor-mail.example",
            "fml status report (hiking-ml ML)", extra=[("X-MLServer", "fml [fml 4.0.3 release (20040609/4.0.3)]"),
                                                       ("X-ML-Name", "hiking-ml"), ("Precedence", "junk")], auto=False)
write(OUT, n, notice(n, heads=heads, text="""--elena.p@outdoor-mail.example----------------------

The mail you sent to <hiking-ml@ml.yamanobori.example> was rejected:
you (elena.p@outdoor-mail.example) are not a member of this mailing
list, and only members may post to hiking-ml ML.

If you want to join, please contact hiking-ml-admin@ml.yamanobori.example.

--hiking-ml@ml.yamanobori.example, Be Seeing You!

************************************************************
 Original mail as follows:
""", orig=origm("elena.p@outdoor-mail.example", "hiking-ml@ml.yamanobori.example", "Joining the December hike?", od,
                "outdoor-mail.example", n)))
expect(n, "hiking-ml@ml.yamanobori.example", "rejected", False, "", "", vendor="fml")

# ================================================================ plain RFC 3464 from unknown MTAs
def plain3464(name, *, host, sender, to, osubj, odate, date, text, recips, subject="Delivery Status Notification"):
    heads = top(name, host, "ESMTP", date, f"postmaster@{host}", sender, subject, auto=True)
    return report(name, heads=heads, text=text, dsn=ds(host, recips, [], odate),
                  orig=origh(sender, to, osubj, odate, sender.split("@")[1], name))


n = "rfc3464-mime-content-undecodable.eml"
od = dt(2026, 11, 23, 11, 0, 0, "+0000")
d = dt(2026, 11, 23, 11, 0, 2, "+0000")
write(OUT, n, plain3464(n, host="gw.corp-mailhub.example", sender="scanner@copyroom-device.example",
    to="scans@corp-mailhub.example", osubj="Scanned document 0042", odate=od, date=d,
    text="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    scans@corp-mailhub.example
""", recips=[{"final": "rfc822;scans@corp-mailhub.example", "status": "5.6.0", "remote": "store.corp-mailhub.example",
              "diag": "smtp; 554 5.6.0 Message content rejected: the base64 body of part 2 could not be decoded (malformed MIME content)"}]))
expect(n, "scans@corp-mailhub.example", "contenterror", False, "5.6.0", "554", vendor="")

n = "rfc3464-status-only-no-diagnostic.eml"
od = dt(2026, 11, 24, 11, 0, 0, "+0000")
d = dt(2026, 11, 24, 11, 0, 2, "+0000")
write(OUT, n, plain3464(n, host="mx.regional-cooperative.example", sender="newsletter@farmers-almanac-club.example",
    to="secretary@regional-cooperative.example", osubj="Frost dates for your region", odate=od, date=d,
    text="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

    secretary@regional-cooperative.example
""", recips=[{"final": "rfc822;secretary@regional-cooperative.example", "status": "5.0.0"}]))
expect(n, "secretary@regional-cooperative.example", "undefined", False, "5.0.0", "", vendor="")

# ================================================================ ARF feedback reports
def arf(name, *, host, frm, to, subject, date, intro, fb, orig):
    heads = top(name, host, "ESMTP", date, frm, to, subject, auto=False, rp="<" + frm.split("<")[-1].rstrip(">") + ">")
    body = multipart("report", [text_part(intro), part("message/feedback-report", fb, cte=None),
                                part("message/rfc822", orig, cte=None)], boundary(name), " report-type=feedback-report;")
    return mail(heads, body)


n = "arf-ses-forwarded-complaint.eml"
od = dt(2026, 11, 26, 14, 0, 0, "+0000")
d = dt(2026, 11, 27, 2, 0, 0, "+0000")
write(OUT, n, arf(n, host="feedback-smtp.us-east-1.amazonses.com", frm="complaints@email-abuse.amazonses.com",
    to="marketing@yoga-retreats-online.example", subject="Complaint about your message: Winter retreat early-bird", date=d,
    intro="""This is an email abuse report for an email message received from IP 192.0.2.52 on Thu, 26 Nov 2026 14:00:00 +0000.
The recipient marked the message as spam. Amazon SES forwards this report because feedback forwarding is enabled
for the sending identity yoga-retreats-online.example.
""", fb="""Feedback-Type: abuse
User-Agent: Amazon SES-Feedback/1.0
Version: 1
Original-Mail-From: <0100018c0000aaaa-bbbb@us-east-1.amazonses.com>
Original-Rcpt-To: <calm.carla@mailbox-provider.example>
Arrival-Date: Thu, 26 Nov 2026 14:00:02 +0000
Source-IP: 192.0.2.52
Reported-Domain: yoga-retreats-online.example
""", orig=origm("marketing@yoga-retreats-online.example", "calm.carla@mailbox-provider.example", "Winter retreat early-bird", od,
                "yoga-retreats-online.example", n)))
expect(n, "calm.carla@mailbox-provider.example", "feedback", False, "", "", "", vendor="amazonses")

n = "arf-cable-isp-fraud-report.eml"
od = dt(2026, 11, 27, 9, 0, 0, "-0500")
d = dt(2026, 11, 27, 21, 0, 0, "-0500")
write(OUT, n, arf(n, host="fbl.cable-isp.example", frm="Feedback Loop <fbl@fbl.cable-isp.example>",
    to="fbl-reports@bulk-sender-esp.example", subject="FW: Account security update", date=d,
    intro="""This is an email abuse report for an email message with the message-id of
""" + mid(n + "o", "bulk-sender-esp.example") + """ received from IP address 198.51.100.58
on Fri, 27 Nov 2026 09:00:00 -0500. A subscriber reported it as fraudulent.

For more information about this format please see http://www.mipassoc.org/arf/.
""", fb="""Feedback-Type: fraud
User-Agent: CableISP-FBL/2.1
Version: 1
Original-Mail-From: <bounces+client77@bulk-sender-esp.example>
Original-Rcpt-To: <w.jenkins@cable-isp.example>
Received-Date: Fri, 27 Nov 2026 09:00:00 -0500
Source-IP: 198.51.100.58
Reported-Domain: bulk-sender-esp.example
Removal-Recipient: w.jenkins@cable-isp.example
""", orig=origm("security@bulk-sender-esp.example", "w.jenkins@cable-isp.example", "Account security update", od,
                "bulk-sender-esp.example", n)))
expect(n, "w.jenkins@cable-isp.example", "feedback", False, "", "", "", vendor="")

# ================================================================ RFC 3834 auto-replies
n = "vacation-yahoo-auto-reply.eml"
d = dt(2026, 12, 1, 15, 0, 0, "-0800")
heads = ["Return-Path: <>\n" + received([("sonic301-2.consmr.mail.gq1.yahoo.com", "192.0.2.61", "mx.garden-club-news.example", "Postfix", qid(n), d)]),
         ("Date", d), ("From", "Marge Ellison <marge.ellison@yahoo.com>"), ("To", "editor@garden-club-news.example"),
         ("Subject", "Auto Reply: December newsletter draft"), ("Message-ID", mid(n, "mail.yahoo.com")),
         ("In-Reply-To", mid(n + "o", "garden-club-news.example")), ("Auto-Submitted", "auto-replied"),
         ("X-Autoreply", "yes"), ("X-Mailer", "WebService/1.1.24000 YMailNorrin")]
write(OUT, n, mail(heads, text_part("""Hi there! I'm visiting my grandchildren until December 14 and checking
email only now and then. For anything urgent about the club plant sale,
please call Joan at the library.

Marge
""")))
expect(n, "marge.ellison@yahoo.com", "vacation", False, "", "", "", vendor="yahoo")

n = "vacation-gmx-abwesenheit.eml"
d = dt(2026, 12, 2, 9, 0, 0, "+0100")
heads = ["Return-Path: <>\n" + received([("mout.gmx.net", "192.0.2.62", "mail.handwerkskammer-info.example", "Postfix", qid(n), d)]),
         ("Date", d), ("From", "Tobias Reinhardt <t.reinhardt@gmx.de>"), ("To", "seminare@handwerkskammer-info.example"),
         ("Subject", enc_header("Abwesenheitsnotiz: Anmeldung Meisterkurs", "iso-8859-1", "q")), ("Message-ID", mid(n, "gmx.net")),
         ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Provags-ID", "V03:K1:AbCdEfGh")]
write(OUT, n, mail(heads, text_part("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 11. Dezember
nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.
Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Tobias Reinhardt
""", "iso-8859-1", "quoted-printable")))
expect(n, "t.reinhardt@gmx.de", "vacation", False, "", "", "", vendor="gmx")

# ================================================================ near-misses: ordinary mail from the same systems
def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None, rp=None):
    rp = rp or "<" + frm.split("<")[-1].rstrip(">") + ">"
    hops = received([(f"out.{host}", "198.51.100.141", "mx.inbox-sample.example", "Postfix", qid(name), date)])
    heads = [f"Return-Path: {rp}\n" + hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


n = "nb-postfix-postmaster-protocol-errors.eml"
d = dt(2026, 11, 30, 3, 12, 44, "+0000")
write(NB, n, ordinary(n, frm="MAILER-DAEMON@mx.harbour-dental.example (Mail Delivery System)", to="Postmaster@mx.harbour-dental.example",
    subject="Postfix SMTP server: errors from unknown[203.0.113.66]", date=d, host="mx.harbour-dental.example", rp="<>",
    extra=[("Auto-Submitted", "auto-generated")], text="""Transcript of session follows.

 Out: 220 mx.harbour-dental.example ESMTP Postfix
 In:  EHLO ylmf-pc
 Out: 250-mx.harbour-dental.example
 Out: 250-PIPELINING
 Out: 250-SIZE 52428000
 Out: 250-STARTTLS
 Out: 250 8BITMIME
 In:  MAIL FROM:<admin@harbour-dental.example>
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<ceo@harbour-dental.example>
 Out: 550 5.1.1 <ceo@harbour-dental.example>: Recipient address rejected: User
     unknown in local recipient table
 In:  RCPT TO:<accounts@harbour-dental.example>
 Out: 554 5.7.1 <accounts@harbour-dental.example>: Relay access denied
 In:  QUIT
 Out: 221 2.0.0 Bye

For other details, see the local mail logfile
"""))

n = "nb-postfix-postmaster-policy-rbl.eml"
d = dt(2026, 11, 30, 4, 2, 11, "+0000")
write(NB, n, ordinary(n, frm="MAILER-DAEMON@mail.greenfield-school.example (Mail Delivery System)", to="Postmaster@mail.greenfield-school.example",
    subject="Postfix SMTP server: errors from 203-0-113-9.dyn.isp.example[203.0.113.9]", date=d, host="mail.greenfield-school.example", rp="<>",
    extra=[("Auto-Submitted", "auto-generated")], text="""Transcript of session follows.

 Out: 220 mail.greenfield-school.example ESMTP Postfix
 In:  HELO localhost
 Out: 250 mail.greenfield-school.example
 In:  MAIL FROM:<pharmacy@cheap-meds.example>
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<principal@greenfield-school.example>
 Out: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using
     zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9
 In:  QUIT
 Out: 221 2.0.0 Bye

For other details, see the local mail logfile
"""))

n = "nb-sendmail-cron-mailstats.eml"
d = dt(2026, 12, 1, 0, 5, 0, "+0000")
write(NB, n, ordinary(n, frm="Cron Daemon <root@relay.hillcrest-library.example>", to="root@relay.hillcrest-library.example",
    subject="Cron <root@relay> /usr/sbin/mailstats -P", date=d, host="relay.hillcrest-library.example",
    extra=[("X-Cron-Env", "<SHELL=/bin/sh>"), ("X-Cron-Env", "<LOGNAME=root>")], text="""Statistics from Sun Nov  1 00:05:00 2026
 M   msgsfr  bytes_from   msgsto    bytes_to  msgsrej msgsdis msgsqur  Mailer
 3     1204      88231K        0          0K       41       0       0  local
 5        0          0K     1163      85002K      212       0       0  esmtp
=====================================================================
 T     1204      88231K     1163      85002K      253       0       0
 C     1380                 1163                  253
"""))

n = "nb-google-groups-pending-moderation.eml"
d = dt(2026, 11, 28, 17, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Google Groups <noreply@googlegroups.com>", to="owner@birdwatch-society.example",
    subject="A message is pending moderation in sightings@birdwatch-society.example", date=d, host="googlegroups.com", rp="<noreply@googlegroups.com>",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Google-Group-Id", "418842009117")], text="""A message from newmember.joe@mailbox-provider.example is pending approval in
the sightings group.

Subject: Snowy owl at the reservoir!

To approve or reject this message, visit:
https://groups.google.com/a/birdwatch-society.example/g/sightings/pending-messages

You received this message because you are a manager of the sightings group.
To change how you receive these notifications, visit the group settings page.
"""))

n = "nb-aws-ses-complaint-rate-warning.eml"
d = dt(2026, 11, 27, 22, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@meal-kit-box.example",
    subject="Amazon SES Review Period Notice for AWS Account 111122223333 in region US-EAST-1", date=d, host="amazon.com",
    extra=[("X-SES-Outgoing", "2026.11.27-54.240.0.1")], text="""Hello,

We are contacting you regarding your Amazon SES account in the US East
(N. Virginia) region. Your account has been placed under review because
your complaint rate is 0.42%, which is above our threshold. The bounce
rate of your account is 3.1%.

While under review, you can continue to send. If the complaint rate is
not reduced, we may pause your account's ability to send email.

Typical causes: sending to recipients who did not opt in, and keeping
addresses on your lists after they bounced or complained. Use the
account-level suppression list and SNS notifications for bounces and
complaints.

You can see your reputation metrics in the Amazon SES console.

Sincerely,
Amazon Web Services
"""))

n = "nb-exchange-delivery-receipt-request.eml"
d = dt(2026, 11, 26, 10, 15, 0, "+0100")
write(NB, n, ordinary(n, frm="Sabine Kraus <s.kraus@bergfeld-consult.example>", to="Lukas Ober <l.ober@harz-metall.example>",
    subject="Vertragsentwurf zur Pruefung", date=d, host="bergfeld-consult.example",
    extra=[("Thread-Topic", "Vertragsentwurf zur Pruefung"), ("Thread-Index", "AdtNqk3xq1k2w9ZfQ5mH2bq0xXyzAA=="),
           ("Return-Receipt-To", "<s.kraus@bergfeld-consult.example>"),
           ("Disposition-Notification-To", "Sabine Kraus <s.kraus@bergfeld-consult.example>"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
           ("Content-Language", "de-DE")], text="""Hallo Herr Ober,

anbei wie besprochen der Entwurf. Ich habe eine Zustell- und eine
Lesebestaetigung angefordert, damit wir die Frist sauber dokumentieren.

Viele Gruesse
Sabine Kraus
"""))

n = "nb-mailman-welcome.eml"
d = dt(2026, 11, 22, 12, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="gardeners-request@lists.allotment-society.example", to="new.plotholder@mailbox-provider.example",
    subject="Welcome to the \"Gardeners\" mailing list", date=d, host="lists.allotment-society.example",
    extra=[("X-Mailman-Version", "2.1.39"), ("Precedence", "bulk"), ("List-Id", "<gardeners.lists.allotment-society.example>"),
           ("Auto-Submitted", "auto-generated")], text="""Welcome to the Gardeners@lists.allotment-society.example mailing list!

To post to this list, send your message to:

  gardeners@lists.allotment-society.example

General information about the mailing list is at:

  https://lists.allotment-society.example/mailman/listinfo/gardeners

If you ever want to unsubscribe or change your options (eg, switch to
or from digest mode, change your password, etc.), visit your
subscription page at:

  https://lists.allotment-society.example/mailman/options/gardeners/new.plotholder%40mailbox-provider.example

You can also make such adjustments via email by sending a message to:

  Gardeners-request@lists.allotment-society.example

with the word `help' in the subject or body (don't include the
quotes), and you will get back a message with instructions.

If mail to you bounces repeatedly, your subscription will be disabled;
you can re-enable it from the options page. Questions for the list
owner go to gardeners-owner@lists.allotment-society.example.
"""))

n = "nb-o365-quarantine-notification.eml"
d = dt(2026, 11, 29, 7, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Microsoft 365 <quarantine@messaging.microsoft.com>", to="finance@statewide-credit-union.example",
    subject="Microsoft 365 security: You have messages in quarantine", date=d, host="messaging.microsoft.com",
    extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")], text="""Review these messages

3 messages are being held for you to review as of 11/29/2026 7:00:00 AM (UTC).

Review them within 30 days of the received date by going to the
Quarantine page in the Security Center.

Prevented spam messages
Sender: promo@lucky-rewards-club.example
Subject: You have been selected
Date: 11/28/2026 6:02:11 PM
  Release | Block sender

Sender: invoices@unknown-vendor.example
Subject: Overdue invoice #88213
Date: 11/28/2026 9:40:02 PM
  Release | Block sender

Sender: news@cheap-ink-refills.example
Subject: Ink cartridges from 1.99
Date: 11/29/2026 2:13:50 AM
  Release | Block sender
"""))

n = "nb-google-storage-almost-full.eml"
d = dt(2026, 11, 25, 15, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Google <no-reply@accounts.google.com>", to="pat.lindqvist@gmail.com",
    subject="Your Google Account storage is 95% full", date=d, host="accounts.google.com",
    text="""Your Google Account storage is almost full

You've used 14.3 GB of your 15 GB. When you run out of storage you won't
be able to send or receive email in Gmail, and new photos and files
won't be backed up.

Free up space by deleting large emails and files, or get more storage
with Google One.

Manage storage: https://one.google.com/storage

You received this email to let you know about important changes to your
Google Account and services.
"""))

n = "nb-icloud-storage-full.eml"
d = dt(2026, 11, 26, 15, 0, 0, "-0800")
write(NB, n, ordinary(n, frm="iCloud <noreply@email.apple.com>", to="kai.makoa@icloud.com",
    subject="Your iCloud storage is full.", date=d, host="email.apple.com",
    text="""Your iCloud storage is full.

You have exceeded your 5 GB iCloud storage plan. Because you are over
your limit, your photos and videos are no longer uploading, your device
is not backing up, and your iCloud Mail address cannot send or receive
messages.

Upgrade to iCloud+ to get more storage, or manage your storage in
Settings.

The Apple iCloud Team
"""))

n = "nb-sendgrid-weekly-stats.eml"
d = dt(2026, 11, 30, 12, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="SendGrid <noreply@sendgrid.com>", to="support@meal-kit-box.example",
    subject="Your weekly SendGrid email statistics", date=d, host="sendgrid.com",
    text="""Weekly summary for meal-kit-box (Nov 23 - Nov 29)

Requests        48,210
Delivered       47,301   (98.1%)
Opens           19,884
Clicks           3,102
Bounces            612   (1.3%)
Blocks             188
Spam reports        21
Unsubscribes       140
Dropped            109   (bounced addresses on your suppression list)

Top bounce domains: mailbox-provider.example, old-isp.example

See the Activity Feed for details: https://app.sendgrid.com/email_activity
"""))

n = "nb-cloudflare-routing-verify-destination.eml"
d = dt(2026, 11, 24, 9, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Cloudflare <noreply@notify.cloudflare.com>", to="owner@indie-illustrator.example",
    subject="[Cloudflare]: Verify your email address for Email Routing", date=d, host="notify.cloudflare.com",
    text="""Verify your email address

Someone (hopefully you) added owner@indie-illustrator.example as a
destination address for Email Routing on indie-illustrator.example.

Emails sent to hello@indie-illustrator.example will not be forwarded to
this address until you verify it:

https://dash.cloudflare.com/email-routing/verify?token=8c7f0d2a

If you did not request this, you can ignore this email.
"""))

n = "nb-fml-help-command-reply.eml"
d = dt(2026, 11, 29, 22, 0, 0, "+0900")
write(NB, n, ordinary(n, frm="hiking-ml-admin@ml.yamanobori.example", to="elena.p@outdoor-mail.example",
    subject="Status of Your Command: help (hiking-ml ML)", date=d, host="ml.yamanobori.example",
    extra=[("X-MLServer", "fml [fml 4.0.3 release (20040609/4.0.3)]"), ("X-ML-Name", "hiking-ml"), ("Precedence", "bulk")],
    text=""">>> help

   Commands for hiking-ml ML (send them to hiking-ml-ctl@ml.yamanobori.example)

   subscribe your-name      apply for membership
   unsubscribe              leave the list
   members                  show the member list
   get N                    get article N
   help                     this help

--hiking-ml@ml.yamanobori.example, Be Seeing You!
"""))

n = "nb-exchange-recall-report.eml"
d = dt(2015, 6, 12, 9, 0, 0, "+0200")
write(NB, n, ordinary(n, frm="Microsoft Exchange <postmaster@vinexport-group.example>", to="direction@negociant-bordeaux.example",
    subject="Message Recall Report for message: Contrat cadre 2015", date=d, host="vinexport-group.example",
    extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("Content-Language", "fr-FR")],
    text="""Your message

To:       juridique@vinexport-group.example
Subject:  Contrat cadre 2015
Sent:     11/06/2015 08:20

Recall Success: the recall of this message succeeded on 12/06/2015 09:00.
"""))

n = "nb-mimecast-held-digest.eml"
d = dt(2026, 11, 30, 8, 0, 0, "+0000")
write(NB, n, ordinary(n, frm="Mimecast Digest <postmaster@harwood-legal.example>", to="ap.team@harwood-legal.example",
    subject="Mimecast: Your digest of held messages", date=d, host="eu-smtp-1.mimecast.com",
    text="""Messages on hold for ap.team@harwood-legal.example

The following messages were held by Mimecast. Select Release to deliver
a message to your inbox, Block to always reject mail from that sender,
or Permit to always allow it.

From                                   Subject                          Received
statements@accounts-outsourced.example Statement of account (pdf)       29 Nov 2026 17:10
billing@legit-supplier.example         November invoice                 29 Nov 2026 18:02

This digest was generated automatically. Held messages are deleted after
14 days.
"""))

n = "nb-yahoo-inactive-account-warning.eml"
d = dt(2026, 11, 20, 19, 0, 0, "-0800")
write(NB, n, ordinary(n, frm="Yahoo <no-reply@cc.yahoo-inc.com>", to="yarnlover1962@yahoo.com",
    subject="Action required: your Yahoo Mail account will be deactivated", date=d, host="cc.yahoo-inc.com",
    text="""Hi yarnlover1962,

We noticed you haven't signed in to your Yahoo Mail account for almost
12 months. Inactive accounts are deactivated and their mail is deleted.

To keep your account active, simply sign in before December 20, 2026:
https://login.yahoo.com

If you no longer need this account, you don't need to do anything.

The Yahoo Team
"""))

n = "nb-verizon-email-moving-to-aol.eml"
d = dt(2017, 5, 2, 10, 0, 0, "-0400")
write(NB, n, ordinary(n, frm="Verizon <verizon@emailinfo.verizon.example>", to="dottie.m@verizon.net",
    subject="Important: your verizon.net email is moving", date=d, host="emailinfo.verizon.example",
    text="""Dear Verizon customer,

Verizon is moving your verizon.net email account to AOL Mail. You keep
your verizon.net address, your messages and your contacts. Mail sent to
your address will continue to be delivered during the move.

If you do not move by June 30, mail sent to your verizon.net address
will no longer be delivered to the old mailbox.

Choose "Stay with AOL Mail" at verizon.com/emailmove.

Thank you for being a Verizon customer.
"""))

n = "nb-human-reply-quota-fixed.eml"
d = dt(2026, 11, 30, 11, 0, 0, "+0100")
write(NB, n, ordinary(n, frm="Einkauf Harz-Metall <einkauf@harz-metall.example>", to="m.kraus@bergfeld-consult.example",
    subject="AW: Angebot 2026-118 Wartungsvertrag", date=d, host="harz-metall.example",
    extra=[("In-Reply-To", mid("postfix3-three-rcpts-unknown-moved-quota.emlo", "bergfeld-consult.example"))],
    text="""Hallo Herr Kraus,

entschuldigen Sie bitte: unser Postfach war voll, Ihre Mail kam zurueck.
Die IT hat das Kontingent erhoeht, bitte schicken Sie das Angebot noch
einmal. Herr Ober ist uebrigens nicht mehr bei uns, Herr Wendt hat eine
neue Adresse bei Wendt-Technik.

Mit freundlichen Gruessen
Einkauf
"""))

n = "nb-zoho-forwarding-confirmation.eml"
d = dt(2026, 11, 21, 8, 0, 0, "+0530")
write(NB, n, ordinary(n, frm="Zoho Mail <noreply@zohomail.com>", to="priya.backup@mailbox-provider.example",
    subject="Confirm email forwarding from priya.nair@zohomail.in", date=d, host="zohomail.com",
    text="""Hi,

priya.nair@zohomail.in has requested to forward incoming emails to this
address (priya.backup@mailbox-provider.example).

To confirm, enter this code in Zoho Mail Settings > Email Forwarding:

    ZM-4471-9920

Emails will not be forwarded until the address is confirmed.

Regards,
Zoho Mail Team
"""))

n = "nb-spectrum-spam-filter-update.eml"
d = dt(2026, 11, 18, 10, 0, 0, "-0500")
write(NB, n, ordinary(n, frm="Spectrum <noreply@email.spectrum.example>", to="bob.w@charter.net",
    subject="Changes to your Spectrum email spam filtering", date=d, host="email.spectrum.example",
    text="""Hi Bob,

Starting December 8, Spectrum email will block messages from senders that
fail authentication checks and from servers on industry blocklists. Mail
that is blocked is rejected, and the sender receives a notice.

You can add trusted senders to your Safe List in Settings > Email >
Spam Filter so their mail is always delivered to your inbox.

Thanks for choosing Spectrum.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
