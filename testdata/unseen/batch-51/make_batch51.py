#!/usr/bin/env python3
"""Writes testdata/unseen/batch-51: a third take on the rarer MTA families of
the shared corpus (DragonFly Mail Agent, OpenSMTPD, Courier, qmail variants,
PowerMTA, MXLogic/McAfee, Trend Micro IMSS/IMSVA, SurfControl, amavisd-new,
MailMarshal, MailFoundry, ActiveHunter, m-FILTER, IMail, Barracuda, fml,
Sun/Oracle Messaging Server, v5 Sendmail, unnamed MTAs), written from the
writer's knowledge of their templates; near-miss mail of the same products
in not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch51.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(frm, to, subject, date, host, name, body="Hello,\n\nplease find the details below.\n\nRegards\n"):
    return orig_headers(frm, to, subject, date, mid(name + "o", host)) + "\n" + body


def ohead(frm, to, subject, date, host, name):
    return orig_headers(frm, to, subject, date, mid(name + "o", host))


def plain(name, *, host, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(), sw="ESMTP", auto=True):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, charset=charset, cte=cte,
                      extra=extra, auto=auto)


def with_returned(name, *, host, frm, to, subject, date, text, orig, charset="us-ascii", cte=None, extra=(), sw="ESMTP",
                  auto=True, rpart="message/rfc822"):
    body = multipart("mixed", [text_part(text, charset, cte), part(rpart, orig, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def dsn(name, *, host, frm, to, subject, date, text, recips, orig, sw="ESMTP", extra=(), returned="headers",
        arrival=None, charset="us-ascii", cte=None):
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips, orig=orig,
                    extra=extra, returned=returned, arrival=arrival, charset=charset, cte=cte)


# ================================================================ DragonFly Mail Agent (dma)

def dma_text(host, rcpt, err, ver="v0.13"):
    return (f"This is the DragonFly Mail Agent {ver} at {host}.\n\n"
            f"There was an error delivering your mail to <{rcpt}>.\n\n{err}\n\nMessage headers follow.\n\n")


n = "dma-rcpt-mailbox-over-quota.eml"
d = dt(2026, 12, 1, 9, 14, 2, "+0100")
o = ohead("jkraus@werkstatt-kraus.example", "b.lindqvist@fjordlogistik.example", "Angebot Hebebuehne", dt(2026, 12, 1, 9, 13, 50, "+0100"), "werkstatt-kraus.example", n)
write(OUT, n, plain(n, host="nas.werkstatt-kraus.example", sw="DragonFly Mail Agent", frm="MAILER-DAEMON <>",
    to="jkraus@werkstatt-kraus.example", subject="Mail delivery failed", date=d, auto=False,
    text=dma_text("nas.werkstatt-kraus.example", "b.lindqvist@fjordlogistik.example",
                  "remote delivery failed: mx02.fjordlogistik.example [198.51.100.42] did not like our RCPT TO:\n"
                  "552 5.2.2 <b.lindqvist@fjordlogistik.example>: Recipient address rejected: mailbox quota exhausted (12288 MB used of 12288 MB)")
         + o))
expect(n, "b.lindqvist@fjordlogistik.example", "mailboxfull", status="5.2.2", reply="552", vendor="dma")

n = "dma-data-rejected-spam-score.eml"
d = dt(2026, 12, 2, 22, 40, 19, "+0100")
o = ohead("cron@backup01.hofmann-it.example", "alerts@ticketing-partner.example", "[backup01] nightly job report", dt(2026, 12, 2, 22, 40, 1, "+0100"), "backup01.hofmann-it.example", n)
write(OUT, n, plain(n, host="backup01.hofmann-it.example", sw="DragonFly Mail Agent", frm="MAILER-DAEMON <>",
    to="cron@backup01.hofmann-it.example", subject="Mail delivery failed", date=d, auto=False,
    text=dma_text("backup01.hofmann-it.example", "alerts@ticketing-partner.example",
                  "remote delivery failed: mail.ticketing-partner.example [203.0.113.61] did not like our DATA:\n"
                  "554 5.7.1 Message scored 14.2 points, classified as spam and refused", ver="v0.11")
         + o))
expect(n, "alerts@ticketing-partner.example", "spamdetected", status="5.7.1", reply="554", vendor="dma")

n = "dma-local-mbox-no-space.eml"
d = dt(2026, 12, 3, 4, 0, 7, "+0000")
o = ohead("root@jail3.colo.example", "operator@jail3.colo.example", "jail3 daily security run output", dt(2026, 12, 3, 4, 0, 5), "jail3.colo.example", n)
write(OUT, n, plain(n, host="jail3.colo.example", sw="DragonFly Mail Agent", frm="MAILER-DAEMON <>",
    to="root@jail3.colo.example", subject="Mail delivery failed", date=d, auto=False,
    text=dma_text("jail3.colo.example", "operator@jail3.colo.example",
                  "local delivery failed: write to /var/mail/operator: No space left on device") + o))
expect(n, "operator@jail3.colo.example", "systemfull", vendor="dma")

# ================================================================ OpenSMTPD

OSMTPD_OLD = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

An error has occurred while attempting to deliver a message for
the following list of recipients:

{lines}

Below is a copy of the original message:

"""

OSMTPD_NEW = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

   An error has occurred while attempting to deliver a message for
   the following list of recipients:

{lines}

   Below is a copy of the original message:

"""

OSMTPD_DELAY = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

   Delays have been observed while attempting to deliver a message for
   the following list of recipients:

{lines}

   Your message will continue to be retried for {days} days.

   Below is a copy of the original message:

"""

n = "opensmtpd55-old-size-fixed-maximum.eml"
d = dt(2026, 11, 28, 14, 2, 55, "+0100")
o = orig("marta@atelier-sorensen.example", "print@druckerei-voss.example", "Druckdaten Katalog 2027", dt(2026, 11, 28, 14, 2, 31, "+0100"), "atelier-sorensen.example", n)
write(OUT, n, plain(n, host="mail.atelier-sorensen.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@mail.atelier-sorensen.example>",
    to="marta@atelier-sorensen.example", subject="Delivery status notification: error", date=d, auto=False,
    text=OSMTPD_OLD.format(lines="print@druckerei-voss.example: 552 5.3.4 Error: message file too big") + o))
expect(n, "print@druckerei-voss.example", "emailtoolarge", status="5.3.4", reply="552", vendor="opensmtpd")

n = "opensmtpd60-client-blocked-dnsbl.eml"
d = dt(2026, 11, 30, 8, 20, 3, "+0000")
o = orig("noreply@shop.kettlebell-store.example", "kunde.reiter@mailbox-alpen.example", "Your order #40211 has shipped", dt(2026, 11, 30, 8, 19, 58), "shop.kettlebell-store.example", n)
write(OUT, n, dsn(n, host="out1.kettlebell-store.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@out1.kettlebell-store.example>",
    to="noreply@shop.kettlebell-store.example", subject="Delivery status notification: error", date=d,
    text=OSMTPD_NEW.format(lines="kunde.reiter@mailbox-alpen.example: 554 5.7.1 Service unavailable; Client host [192.0.2.140] blocked using b.barracudacentral.org"),
    recips=[{"final": "kunde.reiter@mailbox-alpen.example", "status": "5.7.1", "remote": "mx.mailbox-alpen.example",
             "diag": "smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.140] blocked using b.barracudacentral.org"}],
    orig=o, returned="message"))
expect(n, "kunde.reiter@mailbox-alpen.example", "blocked", status="5.7.1", reply="554", vendor="opensmtpd")

n = "opensmtpd64-two-recipients-unknown-and-disabled.eml"
d = dt(2026, 12, 2, 11, 45, 10, "+0100")
o = orig("sekretariat@verein-nordlicht.example", "kassenwart@gmx-example.example, a.bauer@altmail.example", "Einladung Jahreshauptversammlung", dt(2026, 12, 2, 11, 44, 40, "+0100"), "verein-nordlicht.example", n)
write(OUT, n, dsn(n, host="smtp.verein-nordlicht.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@smtp.verein-nordlicht.example>",
    to="sekretariat@verein-nordlicht.example", subject="Delivery status notification: error", date=d,
    text=OSMTPD_NEW.format(lines="kassenwart@gmx-example.example: 550 5.1.1 Requested action not taken: mailbox unavailable - no such recipient here\n"
                                 "a.bauer@altmail.example: 550 5.2.1 The email account that you tried to reach is disabled."),
    recips=[{"final": "kassenwart@gmx-example.example", "status": "5.1.1", "remote": "mx00.gmx-example.example",
             "diag": "smtp; 550 5.1.1 Requested action not taken: mailbox unavailable - no such recipient here"},
            {"final": "a.bauer@altmail.example", "status": "5.2.1", "remote": "mx1.altmail.example",
             "diag": "smtp; 550 5.2.1 The email account that you tried to reach is disabled."}],
    orig=o, returned="message"))
expect(n, "kassenwart@gmx-example.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="opensmtpd")
expect(n, "a.bauer@altmail.example", "suspend", status="5.2.1", reply="550", vendor="opensmtpd")

n = "opensmtpd66-delay-mailbox-full-452.eml"
d = dt(2026, 12, 3, 6, 31, 0, "+0000")
o = orig("ops@relay.hanse-tickets.example", "t.nguyen@harborfreight-mail.example", "Invoice HT-2026-1182", dt(2026, 12, 2, 18, 30, 12), "relay.hanse-tickets.example", n)
write(OUT, n, dsn(n, host="relay.hanse-tickets.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@relay.hanse-tickets.example>",
    to="ops@relay.hanse-tickets.example", subject="Delivery status notification: delay", date=d,
    text=OSMTPD_DELAY.format(lines="t.nguyen@harborfreight-mail.example: 452 4.2.2 Mailbox full, try again later", days=4),
    recips=[{"final": "t.nguyen@harborfreight-mail.example", "action": "delayed", "status": "4.2.2", "remote": "mx.harborfreight-mail.example",
             "diag": "smtp; 452 4.2.2 Mailbox full, try again later"}],
    orig=o, returned="message"))
expect(n, "t.nguyen@harborfreight-mail.example", "mailboxfull", action="delayed", status="4.2.2", reply="452", vendor="opensmtpd")

n = "opensmtpd62-relay-denied-smarthost.eml"
d = dt(2026, 11, 27, 16, 5, 41, "+0000")
o = orig("monitor@pi-hole.lan-kiefer.example", "hannes.kiefer@postbox-mail.example", "Uptime alert: router down", dt(2026, 11, 27, 16, 5, 39), "pi-hole.lan-kiefer.example", n)
write(OUT, n, dsn(n, host="pi-hole.lan-kiefer.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@pi-hole.lan-kiefer.example>",
    to="monitor@pi-hole.lan-kiefer.example", subject="Delivery status notification: error", date=d,
    text=OSMTPD_NEW.format(lines="hannes.kiefer@postbox-mail.example: 554 5.7.1 <hannes.kiefer@postbox-mail.example>: Relay access denied"),
    recips=[{"final": "hannes.kiefer@postbox-mail.example", "status": "5.7.1", "remote": "smtp.isp-kabel.example",
             "diag": "smtp; 554 5.7.1 <hannes.kiefer@postbox-mail.example>: Relay access denied"}],
    orig=o, returned="message"))
expect(n, "hannes.kiefer@postbox-mail.example", "norelaying", status="5.7.1", reply="554", vendor="opensmtpd")

# ================================================================ Courier

def courier_text(host, ver, received, block, kind="fail"):
    if kind == "fail":
        head = ("                           UNDELIVERABLE MAIL\n\n"
                "Your message to the following recipients cannot be delivered:\n\n")
    else:
        head = ("                             DELAYED MAIL\n\n"
                "Your message to the following recipients has not been delivered yet.\n"
                "Delivery attempts are continuing, and you will be notified if the\n"
                "message cannot be delivered:\n\n")
    return (f"This is a delivery status notification from {host},\n"
            f"running the Courier mail server, version {ver}.\n\n"
            f"The original message was received on {received}\nfrom localhost [127.0.0.1]\n\n"
            + "-" * 75 + "\n\n" + head + block + "\n" + "-" * 75 + "\n\n"
            "If your message was also sent to additional recipients, their delivery\n"
            "status is not included in this report.  You may or may not receive\n"
            "other delivery status notifications for additional recipients.\n\n"
            "The original message follows as a separate attachment.\n")


n = "courier-rcpt-hasmoved-try.eml"
d = dt(2026, 11, 26, 10, 2, 33, "-0500")
o = orig("dean.whitaker@lakeside-realty.example", "r.okafor@oldfirm-law.example", "Closing documents", dt(2026, 11, 26, 10, 2, 20, "-0500"), "lakeside-realty.example", n)
write(OUT, n, dsn(n, host="mail.lakeside-realty.example", sw="Courier 1.1.9", frm="Courier mail server at mail.lakeside-realty.example <@>",
    to="dean.whitaker@lakeside-realty.example", subject="NOTICE: mail delivery status.", date=d,
    text=courier_text("mail.lakeside-realty.example", "1.1.9", "Thu, 26 Nov 2026 10:02:20 -0500",
        "<r.okafor@oldfirm-law.example>:\n    mx.oldfirm-law.example [198.51.100.19]:\n"
        ">>> RCPT TO:<r.okafor@oldfirm-law.example>\n"
        "<<< 551 5.1.6 User not local; please try <rachel.okafor@okafor-chambers.example>\n"),
    recips=[{"final": "r.okafor@oldfirm-law.example", "status": "5.1.6", "remote": "mx.oldfirm-law.example",
             "diag": "smtp; 551 5.1.6 User not local; please try <rachel.okafor@okafor-chambers.example>"}],
    orig=o, returned="message"))
expect(n, "r.okafor@oldfirm-law.example", "hasmoved", hard=True, status="5.1.6", reply="551", vendor="courier")

n = "courier-data-rejected-as-spam.eml"
d = dt(2026, 11, 29, 19, 40, 0, "+0000")
o = orig("news@bikeclub-ridgeway.example", "cyclist.mo@fastnet-mail.example", "Winter training schedule", dt(2026, 11, 29, 19, 39, 50), "bikeclub-ridgeway.example", n)
write(OUT, n, dsn(n, host="mx.bikeclub-ridgeway.example", sw="Courier 1.3.4", frm="Courier mail server at mx.bikeclub-ridgeway.example <@>",
    to="news@bikeclub-ridgeway.example", subject="NOTICE: mail delivery status.", date=d,
    text=courier_text("mx.bikeclub-ridgeway.example", "1.3.4", "Sun, 29 Nov 2026 19:39:50 +0000",
        "<cyclist.mo@fastnet-mail.example>:\n    in1.fastnet-mail.example [203.0.113.88]:\n"
        ">>> DATA\n<<< 550 5.7.1 Message rejected: this message looks like unsolicited bulk mail (spam)\n"),
    recips=[{"final": "cyclist.mo@fastnet-mail.example", "status": "5.7.1", "remote": "in1.fastnet-mail.example",
             "diag": "smtp; 550 5.7.1 Message rejected: this message looks like unsolicited bulk mail (spam)"}],
    orig=o, returned="message"))
expect(n, "cyclist.mo@fastnet-mail.example", "spamdetected", status="5.7.1", reply="550", vendor="courier")

n = "courier-delay-connection-refused.eml"
d = dt(2026, 12, 1, 7, 10, 0, "+0100")
o = orig("bestellung@kaffeeroesterei-lang.example", "einkauf@cafe-morgenrot.example", "Bestellbestaetigung 7781", dt(2026, 11, 30, 21, 5, 0, "+0100"), "kaffeeroesterei-lang.example", n)
write(OUT, n, dsn(n, host="mail.kaffeeroesterei-lang.example", sw="Courier 1.2.2", frm="Courier mail server at mail.kaffeeroesterei-lang.example <@>",
    to="bestellung@kaffeeroesterei-lang.example", subject="WARNING: delayed mail.", date=d,
    text=courier_text("mail.kaffeeroesterei-lang.example", "1.2.2", "Mon, 30 Nov 2026 21:05:00 +0100",
        "<einkauf@cafe-morgenrot.example>:\n    mail.cafe-morgenrot.example [192.0.2.201]:\n"
        "Connection refused\n", kind="delay"),
    recips=[{"final": "einkauf@cafe-morgenrot.example", "action": "delayed", "status": "4.0.0", "remote": "mail.cafe-morgenrot.example",
             "diag": "smtp; Connection refused"}],
    orig=o, returned="message"))
expect(n, "einkauf@cafe-morgenrot.example", "networkerror", action="delayed", status="4.0.0", vendor="courier")

n = "courier-local-maildrop-unknown-user.eml"
d = dt(2026, 11, 25, 12, 0, 9, "+0000")
o = orig("billing@hosting-sparrow.example", "helpdesk@hosting-sparrow.example", "Ticket escalation", dt(2026, 11, 25, 12, 0, 5), "hosting-sparrow.example", n)
write(OUT, n, dsn(n, host="mx1.hosting-sparrow.example", sw="Courier 1.1.5", frm="Courier mail server at mx1.hosting-sparrow.example <@>",
    to="billing@hosting-sparrow.example", subject="NOTICE: mail delivery status.", date=d,
    text=courier_text("mx1.hosting-sparrow.example", "1.1.5", "Wed, 25 Nov 2026 12:00:05 +0000",
        "<helpdesk@hosting-sparrow.example>:\n    Unknown local user.\n"),
    recips=[{"final": "helpdesk@hosting-sparrow.example", "status": "5.1.1",
             "diag": "unix; Unknown local user."}],
    orig=o, returned="message"))
expect(n, "helpdesk@hosting-sparrow.example", "userunknown", hard=True, status="5.1.1", vendor="courier")

# ================================================================ qmail variants

QMAIL_HEAD = ("Hi. This is the qmail-send program at {host}.\n"
              "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n")
QMAIL_TAIL = "--- Below this line is a copy of the message.\n\n"

n = "netqmail-no-mx-or-address.eml"
d = dt(2026, 11, 24, 15, 2, 8, "+0100")
o = orig("info@ferienhof-wiese.example", "familie.brandt@tonline-typo.example", "Ihre Buchungsanfrage", dt(2026, 11, 24, 15, 2, 6, "+0100"), "ferienhof-wiese.example", n)
write(OUT, n, plain(n, host="mail.ferienhof-wiese.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.ferienhof-wiese.example",
    to="info@ferienhof-wiese.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="mail.ferienhof-wiese.example")
    + "<familie.brandt@tonline-typo.example>:\nSorry, I couldn't find a mail exchanger or IP address. (#5.4.4)\n\n" + QMAIL_TAIL + o))
expect(n, "familie.brandt@tonline-typo.example", "hostunknown", hard=True, status="5.4.4", vendor="qmail")

n = "qmail-no-smtp-connection-queue-too-long.eml"
d = dt(2026, 11, 30, 3, 12, 0, "+0000")
o = orig("list-owner@hobbyfunk.example", "dl1xyz@radioclub-ost.example", "Contest results", dt(2026, 11, 23, 3, 10, 0), "hobbyfunk.example", n)
write(OUT, n, plain(n, host="lists.hobbyfunk.example", sw="qmail 1.03", frm="MAILER-DAEMON@lists.hobbyfunk.example",
    to="list-owner@hobbyfunk.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="lists.hobbyfunk.example")
    + "<dl1xyz@radioclub-ost.example>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
      "I'm not going to try again; this message has been in the queue too long.\n\n" + QMAIL_TAIL + o))
expect(n, "dl1xyz@radioclub-ost.example", "expired", status="4.4.1", vendor="qmail")

n = "qmail-ldap-exceeded-user-size-limit.eml"
d = dt(2026, 12, 1, 13, 30, 44, "+0100")
o = orig("architekt@buero-hallmann.example", "planung@stadtwerke-sued.example", "Plaene Bauabschnitt 3", dt(2026, 12, 1, 13, 30, 20, "+0100"), "buero-hallmann.example", n)
write(OUT, n, plain(n, host="qmail.stadtwerke-sued.example", sw="qmail-ldap 1.03", frm="MAILER-DAEMON@qmail.stadtwerke-sued.example",
    to="architekt@buero-hallmann.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="qmail.stadtwerke-sued.example")
    + "<planung@stadtwerke-sued.example>:\nThe message exeeded the maximum size the user accepts. (#5.2.3)\n\n" + QMAIL_TAIL + o))
expect(n, "planung@stadtwerke-sued.example", "emailtoolarge", status="5.2.3", vendor="qmail-ldap")

n = "qmail-ldap-remote-greeting-too-many-connections.eml"
d = dt(2026, 11, 29, 9, 1, 0, "+0000")
o = orig("alerts@monitoring-cabin.example", "oncall@pager-desk.example", "CRITICAL disk /srv", dt(2026, 11, 29, 9, 0, 58), "monitoring-cabin.example", n)
write(OUT, n, plain(n, host="mx.monitoring-cabin.example", sw="qmail-ldap 1.03", frm="MAILER-DAEMON@mx.monitoring-cabin.example",
    to="alerts@monitoring-cabin.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="mx.monitoring-cabin.example")
    + "<oncall@pager-desk.example>:\nConnected to 198.51.100.77 but greeting failed.\n"
      "Remote host said: 554 5.7.0 Too many connections from 192.0.2.66, slow down\n"
      "Giving up on 198.51.100.77.\n\n" + QMAIL_TAIL + o))
expect(n, "oncall@pager-desk.example", "ratelimited", status="5.7.0", reply="554", vendor="qmail-ldap")

n = "vpopmail-no-mailbox-here.eml"
d = dt(2026, 11, 27, 18, 22, 1, "-0300")
o = orig("contato@pousada-mar.example", "reservas@pousada-mar.example", "Reserva dezembro", dt(2026, 11, 27, 18, 21, 59, "-0300"), "pousada-mar.example", n)
write(OUT, n, plain(n, host="mail.pousada-mar.example", sw="qmail 1.03 vpopmail", frm="MAILER-DAEMON@mail.pousada-mar.example",
    to="contato@pousada-mar.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="mail.pousada-mar.example")
    + "<reservas@pousada-mar.example>:\nSorry, no mailbox here by that name. vpopmail (#5.1.1)\n\n" + QMAIL_TAIL + o))
expect(n, "reservas@pousada-mar.example", "userunknown", hard=True, status="5.1.1", vendor="vpopmail")

n = "netqmail-remote-data-virus-found.eml"
d = dt(2026, 12, 2, 8, 45, 17, "+0100")
o = orig("scanner@copyshop-meyer.example", "auftrag@kanzlei-frey.example", "Scan 0042.pdf", dt(2026, 12, 2, 8, 45, 10, "+0100"), "copyshop-meyer.example", n)
write(OUT, n, plain(n, host="mail.copyshop-meyer.example", sw="netqmail 1.06", frm="MAILER-DAEMON@mail.copyshop-meyer.example",
    to="scanner@copyshop-meyer.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="mail.copyshop-meyer.example")
    + "<auftrag@kanzlei-frey.example>:\n203.0.113.14 failed after I sent the message.\n"
      "Remote host said: 554 5.7.0 Rejected: infected with Trojan.PDF.Agent-8891 (clamav)\n\n" + QMAIL_TAIL + o))
expect(n, "auftrag@kanzlei-frey.example", "virusdetected", status="5.7.0", reply="554", vendor="qmail")

n = "qmail-two-rcpts-connection-died-and-badrcpt.eml"
d = dt(2026, 11, 28, 6, 0, 30, "+0000")
o = orig("digest@gardening-forum.example", "rosa.m@petalmail.example, old.member@petalmail.example", "Weekly digest #311", dt(2026, 11, 21, 6, 0, 0), "gardening-forum.example", n)
write(OUT, n, plain(n, host="mail.gardening-forum.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.gardening-forum.example",
    to="digest@gardening-forum.example", subject="failure notice", date=d, auto=False,
    text=QMAIL_HEAD.format(host="mail.gardening-forum.example")
    + "<rosa.m@petalmail.example>:\nConnected to 192.0.2.150 but connection died. (#4.4.2)\n"
      "I'm not going to try again; this message has been in the queue too long.\n\n"
      "<old.member@petalmail.example>:\n192.0.2.150 does not like recipient.\n"
      "Remote host said: 550 sorry, no mailbox here by that name. (#5.1.1)\nGiving up on 192.0.2.150.\n\n" + QMAIL_TAIL + o))
expect(n, "rosa.m@petalmail.example", "expired", status="4.4.2", vendor="qmail")
expect(n, "old.member@petalmail.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="qmail")

# ================================================================ PowerMTA

def pmta(name, *, host, sender, rcpt, status, diag, cat, remote, date, osubj, action="failed", text=None):
    t = text or ("This is an automatically generated Delivery Status Notification.\n\n"
                 "Delivery to the following recipients failed permanently:\n\n"
                 f"    {rcpt}\n\nTechnical details of permanent failure:\n{diag}\n")
    return dsn(name, host=host, sw="PowerMTA(TM) v5.5r3", frm=f"Mail Delivery Subsystem <mailer-daemon@{host}>",
               to=sender, subject="Delivery report" if action == "failed" else "Delivery delayed", date=date, text=t,
               recips=[{"final": rcpt, "action": action, "status": status, "remote": remote,
                        "diag": "smtp; " + diag + "\nX-PowerMTA-BounceCategory: " + cat}],
               orig=ohead(sender, rcpt, osubj, date, sender.split("@")[1], name))


n = "powermta-quota-issues-category.eml"
d = dt(2026, 12, 1, 17, 3, 12, "+0000")
write(OUT, n, pmta(n, host="mta7.mailout-crm.example", sender="bounces-9921@mailout-crm.example", rcpt="lena.horvath@citymail-hu.example",
    status="5.2.2", diag="552 5.2.2 lena.horvath@citymail-hu.example: user has exceeded their storage allocation",
    cat="quota-issues", remote="mx.citymail-hu.example (192.0.2.31)", date=d, osubj="Your December newsletter"))
expect(n, "lena.horvath@citymail-hu.example", "mailboxfull", status="5.2.2", reply="552", vendor="powermta")

n = "powermta-inactive-mailbox-category.eml"
d = dt(2026, 12, 2, 10, 14, 0, "+0000")
write(OUT, n, pmta(n, host="mta3.mailout-crm.example", sender="bounces-9944@mailout-crm.example", rcpt="jpoulin@vieux-fai.example",
    status="5.2.1", diag="550 5.2.1 jpoulin@vieux-fai.example: this mailbox has been inactive for more than 12 months and is locked",
    cat="inactive-mailbox", remote="mx.vieux-fai.example (198.51.100.210)", date=d, osubj="Loyalty points expiring"))
expect(n, "jpoulin@vieux-fai.example", "suspend", status="5.2.1", reply="550", vendor="powermta")

n = "powermta-delay-no-answer-from-host.eml"
d = dt(2026, 12, 3, 2, 40, 0, "+0000")
write(OUT, n, pmta(n, host="mta1.mailout-crm.example", sender="bounces-9950@mailout-crm.example", rcpt="office@bergbahn-tirol.example",
    status="4.4.1", diag="421 4.4.1 no answer from host mail.bergbahn-tirol.example (203.0.113.9): connection timed out",
    cat="no-answer-from-host", remote="mail.bergbahn-tirol.example (203.0.113.9)", date=d, osubj="Season pass offer", action="delayed",
    text="This is an automatically generated Delivery Status Notification.\n\n"
         "THIS IS A WARNING MESSAGE ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
         "Delivery to the following recipients has been delayed:\n\n    office@bergbahn-tirol.example\n\n"
         "Message will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n"
         "421 4.4.1 no answer from host mail.bergbahn-tirol.example (203.0.113.9): connection timed out\n"))
expect(n, "office@bergbahn-tirol.example", "networkerror", action="delayed", status="4.4.1", reply="421", vendor="powermta")

n = "powermta-invalid-sender-category.eml"
d = dt(2026, 12, 1, 21, 5, 0, "+0000")
write(OUT, n, pmta(n, host="mta5.mailout-crm.example", sender="bounces-9930@mailout-crm.example", rcpt="akira.s@mail-kanto.example",
    status="5.1.8", diag="553 5.1.8 <bounces-9930@mailout-crm.example>: Sender address rejected: Domain of sender address has no MX or A record",
    cat="invalid-sender", remote="mx1.mail-kanto.example (192.0.2.94)", date=d, osubj="Order confirmation"))
expect(n, "akira.s@mail-kanto.example", "rejected", status="5.1.8", reply="553", vendor="powermta")

# ================================================================ MXLogic / McAfee

POSTFIX_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

n = "mxlogic-recipient-not-valid-postfix.eml"
d = dt(2026, 11, 26, 14, 50, 11, "-0600")
diag = "550 5.1.1 <kmartin@prairie-coop.example>... No such user (Mode: normal)"
o = orig("sales@seedsupply.example", "kmartin@prairie-coop.example", "Spring seed catalog", dt(2026, 11, 26, 14, 50, 2, "-0600"), "seedsupply.example", n)
write(OUT, n, dsn(n, host="mail.seedsupply.example", sw="Postfix", frm="MAILER-DAEMON@mail.seedsupply.example (Mail Delivery System)",
    to="sales@seedsupply.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="mail.seedsupply.example")
    + f"<kmartin@prairie-coop.example>: host prairie-coop.example.inbound10.mxlogic.net[208.65.144.3]\n    said: {diag} (in reply to RCPT TO command)\n",
    recips=[{"final": "kmartin@prairie-coop.example", "status": "5.1.1", "remote": "prairie-coop.example.inbound10.mxlogic.net", "diag": "smtp; " + diag}],
    orig=o, returned="message"))
expect(n, "kmartin@prairie-coop.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="mxlogic")

n = "mcafee-saas-delay-throttled.eml"
d = dt(2026, 12, 2, 15, 0, 0, "-0500")
diag = "451 4.7.1 Throttled: too many messages from 192.0.2.17 in a short period, try again later (Mode: normal)"
o = orig("events@conference-hub.example", "registration@midstate-hospital.example", "Speaker confirmation", dt(2026, 12, 2, 10, 58, 0, "-0500"), "conference-hub.example", n)
POSTFIX_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""
write(OUT, n, dsn(n, host="smtp.conference-hub.example", sw="Postfix", frm="MAILER-DAEMON@smtp.conference-hub.example (Mail Delivery System)",
    to="events@conference-hub.example", subject="Delayed Mail (still being retried)", date=d,
    text=POSTFIX_DELAY.format(host="smtp.conference-hub.example")
    + f"<registration@midstate-hospital.example>: host midstate-hospital.example.inbound10.mxlogic.net[208.65.145.3]\n    said: {diag} (in reply to RCPT TO command)\n",
    recips=[{"final": "registration@midstate-hospital.example", "action": "delayed", "status": "4.7.1", "remote": "midstate-hospital.example.inbound10.mxlogic.net", "diag": "smtp; " + diag}],
    orig=ohead("events@conference-hub.example", "registration@midstate-hospital.example", "Speaker confirmation", dt(2026, 12, 2, 10, 58, 0, "-0500"), "conference-hub.example", n)))
expect(n, "registration@midstate-hospital.example", "ratelimited", action="delayed", status="4.7.1", reply="451", vendor="mxlogic")

# ================================================================ Trend Micro IMSS / IMSVA

n = "imsva-policy-subject-keyword.eml"
d = dt(2026, 11, 30, 9, 31, 5, "+0800")
o = orig("trading@shenyang-export.example", "purchasing@pacific-parts.example", "URGENT wire transfer details", dt(2026, 11, 30, 9, 30, 55, "+0800"), "shenyang-export.example", n)
write(OUT, n, with_returned(n, host="imsva.pacific-parts.example", sw="IMSVA", frm="InterScan Messaging Security <imsva@pacific-parts.example>",
    to="trading@shenyang-export.example", subject="Message blocked by policy: URGENT wire transfer details", date=d,
    text="""InterScan Messaging Security Virtual Appliance (IMSVA) notification

The message you sent to purchasing@pacific-parts.example was not delivered.

  Policy:  Finance - wire transfer keywords
  Rule:    Content filter (subject and body keyword expression)
  Action:  Delete entire message

The message violates the content policy of pacific-parts.example. If you
believe this is an error, contact the recipient by another channel.
""", orig=o))
expect(n, "purchasing@pacific-parts.example", "policyviolation", vendor="trendmicro")

n = "imss-ldap-recipient-check-failed.eml"
d = dt(2026, 11, 27, 11, 2, 0, "+0900")
diag = "550 5.1.1 <h-sato@kobe-seiki.example>: recipient rejected (IMSS: not found in directory)"
o = orig("support@tool-vendor.example", "h-sato@kobe-seiki.example", "Maintenance contract renewal", dt(2026, 11, 27, 11, 1, 50, "+0900"), "tool-vendor.example", n)
write(OUT, n, dsn(n, host="mail.tool-vendor.example", sw="Postfix", frm="MAILER-DAEMON@mail.tool-vendor.example (Mail Delivery System)",
    to="support@tool-vendor.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="mail.tool-vendor.example")
    + f"<h-sato@kobe-seiki.example>: host imss.kobe-seiki.example[203.0.113.120] said:\n    {diag} (in reply to RCPT TO command)\n",
    recips=[{"final": "h-sato@kobe-seiki.example", "status": "5.1.1", "remote": "imss.kobe-seiki.example", "diag": "smtp; " + diag}],
    orig=o, returned="message"))
expect(n, "h-sato@kobe-seiki.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="trendmicro")

n = "imsva-spam-rejected-data.eml"
d = dt(2026, 12, 2, 16, 20, 0, "+0000")
diag = "550 5.7.1 Message rejected by IMSVA: identified as spam by the anti-spam engine"
o = orig("promo@deals-weekly.example", "jwalsh@lakeview-engineering.example", "Limited offer just for you", dt(2026, 12, 2, 16, 19, 50), "deals-weekly.example", n)
write(OUT, n, dsn(n, host="out.deals-weekly.example", sw="Postfix", frm="MAILER-DAEMON@out.deals-weekly.example (Mail Delivery System)",
    to="promo@deals-weekly.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="out.deals-weekly.example")
    + f"<jwalsh@lakeview-engineering.example>: host imsva01.lakeview-engineering.example[198.51.100.60]\n    said: {diag} (in reply to end of DATA command)\n",
    recips=[{"final": "jwalsh@lakeview-engineering.example", "status": "5.7.1", "remote": "imsva01.lakeview-engineering.example", "diag": "smtp; " + diag}],
    orig=o, returned="message"))
expect(n, "jwalsh@lakeview-engineering.example", "spamdetected", status="5.7.1", reply="550", vendor="trendmicro")

n = "imss-attachment-size-exceeded.eml"
d = dt(2026, 11, 25, 15, 44, 0, "+0100")
o = orig("d.ricci@studio-ricci.example", "ufficio.tecnico@comune-borgo.example", "Tavole progetto definitivo", dt(2026, 11, 25, 15, 43, 30, "+0100"), "studio-ricci.example", n)
write(OUT, n, with_returned(n, host="imss.comune-borgo.example", sw="IMSS", frm="postmaster@comune-borgo.example",
    to="d.ricci@studio-ricci.example", subject="Undeliverable: Tavole progetto definitivo", date=d,
    text="""*** InterScan Messaging Security Suite ***

Your message to ufficio.tecnico@comune-borgo.example was blocked.

Reason: The message size (38.4 MB) exceeds the limit of 20 MB set by the
        administrator for incoming mail.

Please reduce the size of the attachments and send the message again.
""", orig=o))
expect(n, "ufficio.tecnico@comune-borgo.example", "emailtoolarge", vendor="trendmicro")

# ================================================================ SurfControl

n = "surfcontrol-failed-identified-host-user-unknown.eml"
d = dt(2026, 11, 24, 10, 10, 10, "+0000")
o = orig("hr@brookfield-foods.example", "p.kowalski@recruit-partners.example", "Interview schedule", dt(2026, 11, 24, 10, 5, 0), "brookfield-foods.example", n)
write(OUT, n, with_returned(n, host="sc-gw.brookfield-foods.example", sw="SurfControl E-mail Filter", frm="postmaster@brookfield-foods.example",
    to="hr@brookfield-foods.example", subject="Undeliverable mail", date=d,
    text="""Your message could not be sent.
A transcript of the attempts to send the message follows.
The number of attempts made: 1
Addressed To: p.kowalski@recruit-partners.example

Mon, 24 Nov 2026 10:10:09 +0000
Failed to send to identified host,
p.kowalski@recruit-partners.example: [203.0.113.45], 550 5.1.1 <p.kowalski@recruit-partners.example>... Addressee unknown
--- Message non-deliverable.
""", orig=o))
expect(n, "p.kowalski@recruit-partners.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="surfcontrol")

n = "surfcontrol-blocked-attachment-type.eml"
d = dt(2026, 11, 28, 9, 0, 0, "+0000")
o = orig("accounts@supplier-ridge.example", "payables@brookfield-foods.example", "Statement November", dt(2026, 11, 28, 8, 59, 40), "supplier-ridge.example", n)
write(OUT, n, with_returned(n, host="sc-gw.brookfield-foods.example", sw="SurfControl E-mail Filter", frm="SurfControl E-mail Filter <postmaster@brookfield-foods.example>",
    to="accounts@supplier-ridge.example", subject="Message blocked: Statement November", date=d,
    text="""The message you sent was blocked by the SurfControl E-mail Filter at
brookfield-foods.example and has not been delivered.

  To:      payables@brookfield-foods.example
  Subject: Statement November
  Rule:    Block executable attachments
  Reason:  the attachment statement_nov.pdf.scr is of a file type that
           company policy does not allow

No further action will be taken with this message.
""", orig=o))
expect(n, "payables@brookfield-foods.example", "policyviolation", vendor="surfcontrol")

# ================================================================ amavisd-new

n = "amavis-bad-header-8bit.eml"
d = dt(2026, 12, 1, 11, 11, 11, "+0100")
o = ohead("webshop@kraeuterladen.example", "m.jaeger@bio-verband.example", "Ihre Bestellung", dt(2026, 12, 1, 11, 11, 0, "+0100"), "kraeuterladen.example", n)
write(OUT, n, dsn(n, host="filter.bio-verband.example", sw="amavisd-new", frm="Content-filter at filter.bio-verband.example <postmaster@filter.bio-verband.example>",
    to="webshop@kraeuterladen.example", subject="Undeliverable mail, invalid characters in header", date=d,
    text="""This nondelivery report was generated by the program amavisd-new
at host filter.bio-verband.example. Our internal reference code for
your message is 21877-04/xQ3lv8aPLm1c.

INVALID HEADER

  Non-encoded 8-bit data (char C3 hex) in message header 'Subject'
  Subject: Ihre Bestellung \\303\\274ber 49,90 EUR\\n
               ^

Your message was rejected. Please use RFC 2047 encoding for non-ASCII
characters in header fields, then send it again.
""",
    recips=[{"final": "m.jaeger@bio-verband.example", "status": "5.6.0", "remote": "filter.bio-verband.example",
             "diag": "smtp; 554 5.6.0 Reject, id=21877-04 - BAD_HEADER: Non-encoded 8-bit data (char C3 hex) in message header 'Subject'"}],
    orig=o))
expect(n, "m.jaeger@bio-verband.example", "contenterror", status="5.6.0", reply="554", vendor="amavis")

n = "amavis-spam-dsn-score.eml"
d = dt(2026, 11, 27, 23, 1, 0, "+0000")
o = ohead("mailer@promo-blast.example", "info@smallbiz-glass.example", "You have been selected", dt(2026, 11, 27, 23, 0, 50), "promo-blast.example", n)
write(OUT, n, dsn(n, host="mx.smallbiz-glass.example", sw="amavisd-new", frm="Content-filter at mx.smallbiz-glass.example <postmaster@smallbiz-glass.example>",
    to="mailer@promo-blast.example", subject="Considered UNSOLICITED BULK EMAIL, apparently from you", date=d,
    text="""A message from <mailer@promo-blast.example> to:
-> info@smallbiz-glass.example

was considered unsolicited bulk e-mail (UBE).

Our internal reference code for your message is 05522-19/Hh2cXo9w.

The message carried your return address, so it was either a genuine mail
from you, or a sender address was faked and your e-mail address abused
by third party, in which case we apologize for undesired notification.

We do try to minimize backscatter for more prominent cases of UBE and
for infected mail, but for less obvious cases some balance between
losing genuine mail and sending undesired backscatter is sought, and
there can be some collateral damage on either side.
""",
    recips=[{"final": "info@smallbiz-glass.example", "status": "5.7.0", "remote": "mx.smallbiz-glass.example",
             "diag": "smtp; 554 5.7.0 Reject, id=05522-19 - spam"}],
    orig=o))
expect(n, "info@smallbiz-glass.example", "spamdetected", status="5.7.0", reply="554", vendor="amavis")

# ================================================================ MailMarshal

n = "mailmarshal-spamcensor-stopped.eml"
d = dt(2026, 11, 26, 8, 15, 0, "+1000")
o = orig("offers@travel-bargains.example", "reception@harbourside-dental.example", "Last minute Fiji deals", dt(2026, 11, 26, 8, 14, 50, "+1000"), "travel-bargains.example", n)
write(OUT, n, with_returned(n, host="mm.harbourside-dental.example", sw="MailMarshal", frm="MailMarshal <mailmarshal@harbourside-dental.example>",
    to="offers@travel-bargains.example", subject="[MailMarshal] Message stopped: Last minute Fiji deals", date=d,
    text="""MailMarshal (an automated content scanning service) has stopped the
following message:

   Message:  B6742a1b0000.000000000001.0001.mml
   From:     offers@travel-bargains.example
   To:       reception@harbourside-dental.example
   Subject:  Last minute Fiji deals

The message was stopped by the rule "Block Spam - SpamCensor" because
its SpamCensor score (142) is above the threshold for junk mail.

The message has not been delivered.
""", orig=o))
expect(n, "reception@harbourside-dental.example", "spamdetected", vendor="mailmarshal")

n = "mailmarshal-ndr-mailbox-unavailable.eml"
d = dt(2026, 11, 29, 13, 0, 5, "+0000")
o = orig("f.moreau@cabinet-moreau.example", "j.hale@northgate-council.example", "Planning objection", dt(2026, 11, 29, 12, 59, 50), "cabinet-moreau.example", n)
write(OUT, n, with_returned(n, host="mm.northgate-council.example", sw="MailMarshal", frm="postmaster@northgate-council.example",
    to="f.moreau@cabinet-moreau.example", subject="Undeliverable: Planning objection", date=d,
    text="""Your message could not be delivered to the following recipient(s):

   j.hale@northgate-council.example

The MailMarshal server mm.northgate-council.example received this error
from the next host (exch01.northgate-council.example):

   550 5.2.1 Mailbox unavailable. The account j.hale has been disabled
   by the administrator.

---
MailMarshal
""", orig=o))
expect(n, "j.hale@northgate-council.example", "suspend", status="5.2.1", reply="550", vendor="mailmarshal")

# ================================================================ MailFoundry

def mailfoundry_text(rcpt, server, err, perm=True):
    t = (f"Unable to deliver message to: <{rcpt}>\n"
         f"Delivery failed for the following reason:\n"
         f"Server {server} failed with: {err}\n\n")
    t += ("This has been a permanent failure.  No further delivery attempts will be made.\n" if perm else
          "This is a temporary failure.  Delivery will be attempted again.\n")
    return t


n = "mailfoundry-mailbox-full.eml"
d = dt(2026, 11, 27, 16, 40, 0, "-0800")
o = orig("newsletter@orchard-coop.example", "grower.bill@valleynet-mail.example", "Harvest update", dt(2026, 11, 27, 16, 39, 50, "-0800"), "orchard-coop.example", n)
write(OUT, n, with_returned(n, host="mf.orchard-coop.example", sw="MailFoundry", frm="MAILER-DAEMON@mf.orchard-coop.example",
    to="newsletter@orchard-coop.example", subject="Message delivery has failed", date=d,
    text=mailfoundry_text("grower.bill@valleynet-mail.example", "mx.valleynet-mail.example[198.51.100.5]",
                          "552 5.2.2 <grower.bill@valleynet-mail.example>... Mailbox is full"), orig=o))
expect(n, "grower.bill@valleynet-mail.example", "mailboxfull", status="5.2.2", reply="552", vendor="mailfoundry")

n = "mailfoundry-temporary-greylist-ptr.eml"
d = dt(2026, 11, 30, 11, 0, 0, "-0800")
o = orig("office@orchard-coop.example", "sales@packaging-west.example", "Crate order", dt(2026, 11, 30, 7, 0, 0, "-0800"), "orchard-coop.example", n)
write(OUT, n, with_returned(n, host="mf.orchard-coop.example", sw="MailFoundry", frm="MAILER-DAEMON@mf.orchard-coop.example",
    to="office@orchard-coop.example", subject="Message delivery has been delayed", date=d,
    text=mailfoundry_text("sales@packaging-west.example", "mail.packaging-west.example[203.0.113.200]",
                          "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.77]", perm=False), orig=o))
expect(n, "sales@packaging-west.example", "requireptr", action="delayed", status="4.7.1", reply="450", vendor="mailfoundry")

# ================================================================ ActiveHunter

n = "activehunter-transcript-mailbox-full.eml"
d = dt(2026, 11, 25, 10, 2, 0, "+0900")
o = orig("eigyo@hokuto-shoji.example", "k-mori@tsukuba-net.example", "Mitsumori no goannai", dt(2026, 11, 25, 10, 1, 50, "+0900"), "hokuto-shoji.example", n)
write(OUT, n, plain(n, host="ah.hokuto-shoji.example", sw="ActiveHunter", frm="MAILER-DAEMON@ah.hokuto-shoji.example",
    to="eigyo@hokuto-shoji.example", subject="Returned mail: see transcript for details", date=d, auto=False,
    extra=[("X-AHMAILID", "20261125100200.A7F31@ah.hokuto-shoji.example")],
    text="""  ----- The following addresses had permanent fatal errors -----
<k-mori@tsukuba-net.example>

  ----- Transcript of session follows -----
552 5.2.2 <k-mori@tsukuba-net.example>... Mailbox exceeds allowed disk space

  ----- Original message follows -----
""" + o))
expect(n, "k-mori@tsukuba-net.example", "mailboxfull", status="5.2.2", reply="552", vendor="activehunter")

# ================================================================ m-FILTER (iso-2022-jp)

n = "mfilter-ja-host-not-found.eml"
d = dt(2026, 11, 26, 17, 20, 0, "+0900")
o = orig("soumu@yamato-kogyo.example", "tanaka@nonexist-torihiki.example", "Nenmatsu aisatsu", dt(2026, 11, 26, 17, 19, 30, "+0900"), "yamato-kogyo.example", n)
write(OUT, n, with_returned(n, host="mfilter.yamato-kogyo.example", sw="m-FILTER", frm="m-FILTER <mfilter@yamato-kogyo.example>",
    to="soumu@yamato-kogyo.example", subject=enc_header("配送エラー: Nenmatsu aisatsu", "iso-2022-jp"), date=d,
    charset="iso-2022-jp", cte="base64",
    text="""このメールは「m-FILTER」が自動的に送信しています。

以下の宛先へのメール配送に失敗しました。

宛先アドレス: tanaka@nonexist-torihiki.example
エラー内容: 宛先ドメイン nonexist-torihiki.example のメールサーバが
            DNS に見つかりません (Host not found)

このメールに返信しないでください。
""", orig=o))
expect(n, "tanaka@nonexist-torihiki.example", "hostunknown", hard=True, vendor="mfilter")

# ================================================================ IMail

n = "imail-mailbox-exceeds-allowed-size.eml"
d = dt(2026, 11, 24, 9, 5, 0, "-0500")
o = orig("dispatch@trucking-lane.example", "driver14@trucking-lane.example", "Route change", dt(2026, 11, 24, 9, 4, 55, "-0500"), "trucking-lane.example", n)
write(OUT, n, plain(n, host="mail.trucking-lane.example", sw="IMail 12.5", frm="Postmaster <postmaster@trucking-lane.example>",
    to="dispatch@trucking-lane.example", subject="Undeliverable Mail", date=d, auto=False,
    text="""Mailbox size exceeds allowed limit: driver14@trucking-lane.example

Original message follows.

""" + o))
expect(n, "driver14@trucking-lane.example", "mailboxfull", vendor="imail")

n = "imail-delay-host-not-responding.eml"
d = dt(2026, 12, 1, 12, 0, 0, "-0500")
o = orig("orders@trucking-lane.example", "receiving@millworks-ohio.example", "PO 5531", dt(2026, 12, 1, 8, 0, 0, "-0500"), "trucking-lane.example", n)
write(OUT, n, plain(n, host="mail.trucking-lane.example", sw="IMail 12.5", frm="Postmaster <postmaster@trucking-lane.example>",
    to="orders@trucking-lane.example", subject="Delayed Mail", date=d, auto=False,
    text="""This is a warning message only.  The message below has not yet been
delivered and is still in the queue; delivery will be retried for 3 more days.

receiving@millworks-ohio.example
    Remote host mail.millworks-ohio.example (192.0.2.88) is not responding.

Original message follows.

""" + o))
expect(n, "receiving@millworks-ohio.example", "networkerror", action="delayed", vendor="imail")

# ================================================================ Barracuda

n = "barracuda-banned-attachment-js.eml"
d = dt(2026, 11, 28, 10, 30, 0, "+0000")
diag = "554 5.7.1 Message blocked: attachment invoice_0412.js is a banned file type"
o = orig("ap@harrow-supplies.example", "finance@stonebridge-build.example", "Invoice 0412", dt(2026, 11, 28, 10, 29, 50), "harrow-supplies.example", n)
write(OUT, n, dsn(n, host="smtp.harrow-supplies.example", sw="Postfix", frm="MAILER-DAEMON@smtp.harrow-supplies.example (Mail Delivery System)",
    to="ap@harrow-supplies.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="smtp.harrow-supplies.example")
    + f"<finance@stonebridge-build.example>: host d123456a.ess.barracudanetworks.com[209.222.82.252]\n    said: {diag} (in reply to end of DATA command)\n",
    recips=[{"final": "finance@stonebridge-build.example", "status": "5.7.1", "remote": "d123456a.ess.barracudanetworks.com", "diag": "smtp; " + diag}],
    orig=o, returned="message"))
expect(n, "finance@stonebridge-build.example", "policyviolation", status="5.7.1", reply="554", vendor="barracuda")

n = "barracuda-message-too-large-ess.eml"
d = dt(2026, 11, 30, 14, 0, 0, "+0000")
diag = "552 5.3.4 Message size exceeds the maximum allowed by the recipient's Barracuda Email Security Service"
o = orig("media@press-agency.example", "newsdesk@county-herald.example", "Photos from the ceremony", dt(2026, 11, 30, 13, 59, 30), "press-agency.example", n)
write(OUT, n, dsn(n, host="mail.press-agency.example", sw="Postfix", frm="MAILER-DAEMON@mail.press-agency.example (Mail Delivery System)",
    to="media@press-agency.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="mail.press-agency.example")
    + f"<newsdesk@county-herald.example>: host d987654b.ess.barracudanetworks.com[209.222.82.255]\n    said: {diag} (in reply to MAIL FROM command)\n",
    recips=[{"final": "newsdesk@county-herald.example", "status": "5.3.4", "remote": "d987654b.ess.barracudanetworks.com", "diag": "smtp; " + diag}],
    orig=o, returned="message"))
expect(n, "newsdesk@county-herald.example", "emailtoolarge", status="5.3.4", reply="552", vendor="barracuda")

# ================================================================ fml

n = "fml-post-too-big-rejected.eml"
d = dt(2026, 11, 29, 20, 1, 0, "+0900")
o = orig("yuki.h@home-mail.example", "photo-club@ml.shashin-kai.example", "Kouyou no shashin", dt(2026, 11, 29, 20, 0, 40, "+0900"), "home-mail.example", n)
write(OUT, n, plain(n, host="ml.shashin-kai.example", sw="fml 4.0", frm="photo-club-admin@ml.shashin-kai.example",
    to="yuki.h@home-mail.example", subject="Re: Kouyou no shashin", date=d, auto=False,
    extra=[("X-ML-Name", "photo-club"), ("X-MLServer", "fml [fml 4.0.3 release (20011202/4.0.3)]")],
    text="""Your mail to photo-club@ml.shashin-kai.example was rejected.
Your mail is too big (3874211 bytes) to post; the limit of this list is
1048576 bytes.  Please put large photos on a web page and post the link.

--photo-club@ml.shashin-kai.example, Be Seeing You!

************************************************************

""" + o))
expect(n, "photo-club@ml.shashin-kai.example", "emailtoolarge", vendor="fml")

# ================================================================ Sun / Oracle Messaging Server

def sunms_text(o_mid, o_date, frm, to, subj, blocks, delay=False):
    head = ("Your message has been enqueued and undeliverable for 1 day\nto the following recipients:\n\n" if delay else
            "Your message cannot be delivered to the following recipients:\n\n")
    return ("This report relates to a message you sent with the following header fields:\n\n"
            f"  Message-id: {o_mid}\n  Date: {o_date}\n  From: {frm}\n  To: {to}\n  Subject: {subj}\n\n" + head + blocks
            + ("\nThe mail system will continue to try to deliver your message\nfor an additional 2 days.\n" if delay else ""))


n = "oraclems8-size-exceeds-permitted.eml"
d = dt(2026, 11, 26, 9, 0, 0, "-0700")
od = dt(2026, 11, 26, 8, 59, 50, "-0700")
om = mid(n + "o", "geo-survey.example")
o = ohead("gis@geo-survey.example", "archive@state-library.example", "Survey rasters", od, "geo-survey.example", n)
write(OUT, n, dsn(n, host="ms.state-library.example", sw="Oracle Communications Messaging Server 8.1.0", frm="Internet Mail Delivery <postmaster@state-library.example>",
    to="gis@geo-survey.example", subject="Delivery Notification: Delivery has failed", date=d,
    text=sunms_text(om, od, "gis@geo-survey.example", "archive@state-library.example", "Survey rasters",
        "  Recipient address: archive@state-library.example\n  Reason: Message size exceeds maximum permitted\n"),
    recips=[{"final": "archive@state-library.example", "original": "archive@state-library.example", "status": "5.3.4",
             "diag": "smtp; 552 5.3.4 message size 61923311 exceeds limit of 31457280"}],
    orig=o))
expect(n, "archive@state-library.example", "emailtoolarge", status="5.3.4", reply="552", vendor="oraclems")

n = "sunms-delay-tcp-active-open-refused.eml"
d = dt(2026, 12, 2, 9, 0, 0, "+0100")
od = dt(2026, 12, 1, 8, 45, 0, "+0100")
om = mid(n + "o", "uni-nordwest.example")
o = ohead("dekanat@uni-nordwest.example", "pruefungsamt@fh-kuesten.example", "Notenliste WS", od, "uni-nordwest.example", n)
write(OUT, n, dsn(n, host="mail.uni-nordwest.example", sw="Sun Java(tm) System Messaging Server 7.0-3.01", frm="Internet Mail Delivery <postmaster@uni-nordwest.example>",
    to="dekanat@uni-nordwest.example", subject="Delivery Notification: Delivery has been delayed", date=d,
    text=sunms_text(om, od, "dekanat@uni-nordwest.example", "pruefungsamt@fh-kuesten.example", "Notenliste WS",
        "  Recipient address: pruefungsamt@fh-kuesten.example\n"
        "  Reason: TCP active open: Failed connect()    Error: Connection refused\n", delay=True),
    recips=[{"final": "pruefungsamt@fh-kuesten.example", "action": "delayed", "status": "4.4.1",
             "diag": "smtp; TCP active open: Failed connect()    Error: Connection refused"}],
    orig=o))
expect(n, "pruefungsamt@fh-kuesten.example", "networkerror", action="delayed", status="4.4.1", vendor="sunms")

n = "sunms-remote-rejected-sender-domain.eml"
d = dt(2026, 11, 27, 14, 12, 0, "+0000")
od = dt(2026, 11, 27, 14, 11, 50)
om = mid(n + "o", "lab.physics-inst.example")
o = ohead("daq@lab.physics-inst.example", "data-intake@consortium-cern.example", "run 4412 summary", od, "lab.physics-inst.example", n)
write(OUT, n, dsn(n, host="ms.physics-inst.example", sw="Sun Java(tm) System Messaging Server 6.3-8.01", frm="Internet Mail Delivery <postmaster@physics-inst.example>",
    to="daq@lab.physics-inst.example", subject="Delivery Notification: Delivery has failed", date=d,
    text=sunms_text(om, od, "daq@lab.physics-inst.example", "data-intake@consortium-cern.example", "run 4412 summary",
        "  Recipient address: data-intake@consortium-cern.example\n"
        "  Reason: Remote SMTP server has rejected address\n"
        "  Diagnostic code: smtp;553 5.1.8 <daq@lab.physics-inst.example>: Sender address rejected: Domain not found\n"
        "  Remote system: dns;mx.consortium-cern.example (TCP|192.0.2.10|40211|198.51.100.3|25) (mx.consortium-cern.example ESMTP)\n"),
    recips=[{"final": "data-intake@consortium-cern.example", "status": "5.1.8", "remote": "mx.consortium-cern.example",
             "diag": "smtp; 553 5.1.8 <daq@lab.physics-inst.example>: Sender address rejected: Domain not found"}],
    orig=o))
expect(n, "data-intake@consortium-cern.example", "rejected", status="5.1.8", reply="553", vendor="sunms")

n = "oraclems-local-mailbox-over-quota-wording.eml"
d = dt(2026, 11, 29, 6, 0, 0, "+0000")
od = dt(2026, 11, 29, 5, 59, 0)
om = mid(n + "o", "alumni-assoc.example")
o = ohead("events@alumni-assoc.example", "c.mbeki@campus-mail.example", "Reunion RSVP", od, "alumni-assoc.example", n)
write(OUT, n, dsn(n, host="ms.campus-mail.example", sw="Oracle Communications Messaging Server 8.0.2", frm="Internet Mail Delivery <postmaster@campus-mail.example>",
    to="events@alumni-assoc.example", subject="Delivery Notification: Delivery has failed", date=d,
    text=sunms_text(om, od, "events@alumni-assoc.example", "c.mbeki@campus-mail.example", "Reunion RSVP",
        "  Recipient address: c.mbeki@campus-mail.example\n  Original address: c.mbeki@campus-mail.example\n"
        "  Reason: Recipient's mailbox has exhausted its disk allocation and cannot accept more messages\n"),
    recips=[{"final": "c.mbeki@campus-mail.example", "original": "c.mbeki@campus-mail.example", "status": "5.2.2",
             "diag": "X-Unix; Recipient's mailbox has exhausted its disk allocation"}],
    orig=o))
expect(n, "c.mbeki@campus-mail.example", "mailboxfull", status="5.2.2", vendor="oraclems")

# ================================================================ v5 Sendmail

def v5_text(lines):
    return ("   ----- Transcript of session follows -----\n" + lines +
            "\n   ----- Unsent message follows -----\n")


n = "sendmail5-user-unknown-old-unix.eml"
d = "Tue, 1 Dec 26 10:22:41 EST"
o = orig("jdoe@cs.state-college.example", "rkline@ee.state-college.example", "lab meeting", "Tue, 1 Dec 26 10:22:30 EST", "cs.state-college.example", n)
write(OUT, n, plain(n, host="ee.state-college.example", sw="5.67/1.35", frm="Mail Delivery Subsystem <MAILER-DAEMON@ee.state-college.example>",
    to="jdoe@cs.state-college.example", subject="Returned mail: User unknown", date=d, auto=False,
    text=v5_text("550 rkline@ee.state-college.example... User unknown\n") + o))
expect(n, "rkline@ee.state-college.example", "userunknown", hard=True, reply="550", vendor="sendmail")

n = "sendmail5-host-unknown-name-server.eml"
d = "Wed, 2 Dec 26 16:02:11 PST"
o = orig("mwong@ops.coastal-labs.example", "bert@vaxhost.oldnet-typo.example", "tape archive", "Wed, 2 Dec 26 16:02:00 PST", "ops.coastal-labs.example", n)
write(OUT, n, plain(n, host="ops.coastal-labs.example", sw="5.65c/IDA-1.4.4", frm="Mail Delivery Subsystem <MAILER-DAEMON@ops.coastal-labs.example>",
    to="mwong@ops.coastal-labs.example", subject="Returned mail: Host unknown (Name server: vaxhost.oldnet-typo.example: host not found)", date=d, auto=False,
    text=v5_text("550 <bert@vaxhost.oldnet-typo.example>... Host unknown (Name server: vaxhost.oldnet-typo.example: host not found)\n") + o))
expect(n, "bert@vaxhost.oldnet-typo.example", "hostunknown", hard=True, reply="550", vendor="sendmail")

n = "sendmail5-cannot-send-3-days-timeout.eml"
d = "Sat, 28 Nov 26 03:10:00 GMT"
o = orig("news@hub.oldsite.example", "editor@pressroom-west.example", "weekly bulletin", "Wed, 25 Nov 26 03:05:00 GMT", "hub.oldsite.example", n)
write(OUT, n, plain(n, host="hub.oldsite.example", sw="5.61/smail", frm="Mail Delivery Subsystem <MAILER-DAEMON@hub.oldsite.example>",
    to="news@hub.oldsite.example", subject="Returned mail: Cannot send message for 3 days", date=d, auto=False,
    text=v5_text("editor@pressroom-west.example... Deferred: Connection timed out during user open with mail.pressroom-west.example\n"
                 "Message could not be delivered for 3 days\nMessage will be deleted from queue\n") + o))
expect(n, "editor@pressroom-west.example", "expired", vendor="sendmail")

# ================================================================ unnamed MTAs, odd layouts

n = "odd-boxed-report-recipient-suspended.eml"
d = dt(2026, 11, 30, 5, 5, 5, "+0300")
o = orig("hr@anatolia-textile.example", "e.yilmaz@kervan-mail.example", "Bordro Kasim", dt(2026, 11, 30, 5, 5, 0, "+0300"), "anatolia-textile.example", n)
write(OUT, n, with_returned(n, host="gw.anatolia-textile.example", frm="Delivery Agent <noreply-dsn@anatolia-textile.example>",
    to="hr@anatolia-textile.example", subject="** Delivery failed **", date=d,
    text="""+-------------------------------------------------------------+
| DELIVERY REPORT                                             |
+-------------------------------------------------------------+
| Recipient ...... e.yilmaz@kervan-mail.example               |
| Result ......... FAILED (permanent)                         |
| Remote MX ...... mx.kervan-mail.example [203.0.113.71]      |
| Reply .......... 554 5.2.1 Account suspended for abuse,     |
|                  contact support                            |
+-------------------------------------------------------------+
""", orig=o))
expect(n, "e.yilmaz@kervan-mail.example", "suspend", status="5.2.1", reply="554", vendor="unnamed")

n = "odd-keyvalue-log-dump-ptr-required.eml"
d = dt(2026, 12, 1, 2, 2, 2, "+0000")
o = orig("alerts@nas-home.example", "me@privmail-eu.example", "SMART warning sda", dt(2026, 12, 1, 2, 2, 0), "nas-home.example", n)
write(OUT, n, with_returned(n, host="nas-home.example", frm="mailer@nas-home.example",
    to="alerts@nas-home.example", subject="Undelivered: SMART warning sda", date=d,
    text="""delivery_result=bounce
rcpt=me@privmail-eu.example
mx=mx1.privmail-eu.example ip=198.51.100.180
stage=connect
reply="550 5.7.25 Your IP 192.0.2.201 has no PTR record; reverse DNS lookup required to send mail here"
attempts=1
""", orig=o))
expect(n, "me@privmail-eu.example", "requireptr", status="5.7.25", reply="550", vendor="unnamed")

n = "odd-german-plain-starttls-failed.eml"
d = dt(2026, 12, 2, 13, 33, 0, "+0100")
o = orig("praxis@zahnarzt-ulm.example", "abrechnung@kzv-sued.example", "Quartalsabrechnung", dt(2026, 12, 2, 13, 32, 0, "+0100"), "zahnarzt-ulm.example", n)
write(OUT, n, with_returned(n, host="mail.zahnarzt-ulm.example", frm="Mailserver <postmaster@zahnarzt-ulm.example>",
    to="praxis@zahnarzt-ulm.example", subject="Unzustellbar: Quartalsabrechnung", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger:  abrechnung@kzv-sued.example
Server:     mx.kzv-sued.example

Die verschlüsselte Verbindung (STARTTLS) zum Zielserver konnte nicht
aufgebaut werden: TLS-Handshake fehlgeschlagen (no shared cipher).
Die Gegenstelle verlangt Verschlüsselung; ohne TLS wird nicht zugestellt.
""", orig=o))
expect(n, "abrechnung@kzv-sued.example", "failedstarttls", vendor="unnamed")

n = "odd-mailing-hub-syntax-rcpt.eml"
d = dt(2026, 11, 26, 22, 0, 0, "+0000")
o = orig("robot@build-farm.example", "qa-team@relay-builds.example", "nightly build 7781 failed", dt(2026, 11, 26, 21, 59, 0), "build-farm.example", n)
write(OUT, n, with_returned(n, host="hub.build-farm.example", frm="MAILER-DAEMON@hub.build-farm.example",
    to="robot@build-farm.example", subject="Mail delivery failed: returning message to sender", date=d,
    text="""Delivery to the following address failed at the SMTP stage.

  Address:  qa-team@relay-builds.example
  Server:   smtp.relay-builds.example [192.0.2.9]
  Command:  RCPT TO:<qa-team@relay-builds.example> NOTIFY=FAILURE ORCPT=rfc822;qa-team@relay-builds.example
  Answer:   501 5.5.4 Syntax error in parameters or arguments (unrecognized ESMTP parameter)

No further attempts will be made.
""", orig=o))
expect(n, "qa-team@relay-builds.example", "syntaxerror", status="5.5.4", reply="501", vendor="unnamed")

n = "odd-spanish-plain-dmarc-rejected.eml"
d = dt(2026, 11, 28, 18, 0, 0, "-0300")
o = orig("facturas@tienda-sol.example", "contabilidad@distribuidora-norte.example", "Factura A-0012", dt(2026, 11, 28, 17, 59, 0, "-0300"), "tienda-sol.example", n)
write(OUT, n, with_returned(n, host="correo.tienda-sol.example", frm="Sistema de correo <mailer-daemon@correo.tienda-sol.example>",
    to="facturas@tienda-sol.example", subject="Mensaje no entregado: Factura A-0012", date=d, charset="utf-8", cte="quoted-printable",
    text="""No se pudo entregar su mensaje a:

    contabilidad@distribuidora-norte.example

El servidor de destino respondió:
    550 5.7.26 El mensaje no supera la verificación DMARC del dominio
    tienda-sol.example (SPF y DKIM sin alinear); política p=reject.
""", orig=o))
expect(n, "contabilidad@distribuidora-norte.example", "authfailure", status="5.7.26", reply="550", vendor="unnamed")

n = "odd-loop-too-many-hops-plain.eml"
d = dt(2026, 12, 1, 7, 7, 7, "+0000")
o = orig("support@helpline-soft.example", "tickets@helpline-soft.example", "Re: case 8812", dt(2026, 12, 1, 7, 7, 0), "helpline-soft.example", n)
write(OUT, n, with_returned(n, host="mx.helpline-soft.example", frm="MAILER-DAEMON@mx.helpline-soft.example",
    to="support@helpline-soft.example", subject="Delivery failure (mail loop)", date=d,
    text="""The message below was not delivered to tickets@helpline-soft.example.

It has passed through this server 31 times (31 Received headers);
the forwarding between tickets@ and support@ forms a mail loop, and the
message was discarded to stop it circulating.

554 5.4.6 Too many hops
""", orig=o))
expect(n, "tickets@helpline-soft.example", "networkerror", status="5.4.6", reply="554", vendor="unnamed")

n = "odd-french-delay-quota-depasse.eml"
d = dt(2026, 12, 2, 8, 0, 0, "+0100")
o = orig("contact@fromagerie-vallee.example", "m.dupuis@fai-regional.example", "Votre commande de Noel", dt(2026, 12, 1, 20, 0, 0, "+0100"), "fromagerie-vallee.example", n)
write(OUT, n, with_returned(n, host="mail.fromagerie-vallee.example", frm="Serveur de messagerie <postmaster@fromagerie-vallee.example>",
    to="contact@fromagerie-vallee.example", subject="Avertissement : message en attente", date=d, charset="utf-8", cte="quoted-printable",
    text="""Ceci est un avertissement ; vous n'avez rien à faire pour le moment.

Votre message pour m.dupuis@fai-regional.example n'a pas encore pu être
remis. Le serveur du destinataire répond :

    452 4.2.2 Quota de la boîte aux lettres dépassé

De nouvelles tentatives auront lieu pendant 4 jours.
""", orig=o))
expect(n, "m.dupuis@fai-regional.example", "mailboxfull", action="delayed", status="4.2.2", reply="452", vendor="unnamed")

n = "odd-nullmx-domain-accepts-no-mail.eml"
d = dt(2026, 11, 29, 12, 0, 0, "+0000")
o = orig("crm@agency-bright.example", "info@parked-brand.example", "Partnership idea", dt(2026, 11, 29, 11, 59, 0), "agency-bright.example", n)
write(OUT, n, with_returned(n, host="mta.agency-bright.example", frm="MAILER-DAEMON@mta.agency-bright.example",
    to="crm@agency-bright.example", subject="Undeliverable: Partnership idea", date=d,
    text="""Delivery to info@parked-brand.example failed permanently.

The domain parked-brand.example publishes a null MX record (MX 0 ".").
It has declared that it does not accept e-mail. (5.1.10)
""", orig=o))
expect(n, "info@parked-brand.example", "notaccept", hard=True, status="5.1.10", vendor="unnamed")

n = "odd-auth-required-smarthost.eml"
d = dt(2026, 11, 25, 7, 30, 0, "+0000")
o = orig("printer@office-lan.example", "scans@office-cloud.example", "Scanned document", dt(2026, 11, 25, 7, 29, 59), "office-lan.example", n)
write(OUT, n, with_returned(n, host="printer.office-lan.example", frm="Scan-to-Mail <printer@office-lan.example>",
    to="printer@office-lan.example", subject="Send error", date=d,
    text="""Transmission error report
-------------------------
Destination : scans@office-cloud.example
SMTP server : smtp.isp-relay.example:587
Result      : NG
Detail      : 530 5.7.0 Authentication required - please log in before sending
""", orig=o))
expect(n, "scans@office-cloud.example", "securityerror", status="5.7.0", reply="530", vendor="unnamed")

n = "odd-disk-full-remote-452-delay.eml"
d = dt(2026, 12, 3, 1, 0, 0, "+0000")
o = orig("sync@fileshare-app.example", "ingest@archive-vault.example", "export batch 221", dt(2026, 12, 2, 21, 0, 0), "fileshare-app.example", n)
write(OUT, n, with_returned(n, host="mta.fileshare-app.example", frm="MAILER-DAEMON@mta.fileshare-app.example",
    to="sync@fileshare-app.example", subject="Warning: delivery delayed", date=d,
    text="""Warning: your message has not been delivered yet.

  To:     ingest@archive-vault.example
  Host:   mx.archive-vault.example [203.0.113.30]
  Reply:  452 4.3.1 Insufficient system storage

We will keep trying for another 3 days. You do not need to resend.
""", orig=o))
expect(n, "ingest@archive-vault.example", "systemfull", action="delayed", status="4.3.1", reply="452", vendor="unnamed")

n = "odd-recipient-filter-refused.eml"
d = dt(2026, 11, 27, 20, 0, 0, "+0000")
o = orig("coach@youth-league.example", "parent.lee@familymail.example", "Game moved to Sunday", dt(2026, 11, 27, 19, 59, 0), "youth-league.example", n)
write(OUT, n, with_returned(n, host="mail.youth-league.example", frm="MAILER-DAEMON@mail.youth-league.example",
    to="coach@youth-league.example", subject="Returned mail", date=d,
    text="""Your mail to parent.lee@familymail.example was returned.

mx.familymail.example said after DATA:
  550 5.7.1 Delivery refused: the recipient has set a filter that rejects mail from your address
""", orig=o))
expect(n, "parent.lee@familymail.example", "filtered", status="5.7.1", reply="550", vendor="unnamed")

n = "odd-mailer-pipe-exit.eml"
d = dt(2026, 11, 30, 16, 0, 0, "+0000")
o = orig("forms@charity-run.example", "signup@charity-run.example", "New registration", dt(2026, 11, 30, 15, 59, 0), "charity-run.example", n)
write(OUT, n, with_returned(n, host="mx.charity-run.example", frm="MAILER-DAEMON@mx.charity-run.example",
    to="forms@charity-run.example", subject="Delivery failure", date=d,
    text="""Could not deliver to signup@charity-run.example.

The address is handled by the program |/usr/local/bin/ticket-import --queue=signup,
which ended with exit code 75 (EX_TEMPFAIL) after 12 attempts; the
message has been returned.
""", orig=o))
expect(n, "signup@charity-run.example", "mailererror", vendor="unnamed")

n = "odd-ip-poor-reputation-refused.eml"
d = dt(2026, 11, 26, 4, 4, 4, "+0000")
o = orig("digest@forum-makers.example", "sam.ortiz@bigmailer-isp.example", "Your weekly digest", dt(2026, 11, 26, 4, 4, 0), "forum-makers.example", n)
write(OUT, n, with_returned(n, host="mta2.forum-makers.example", frm="MAILER-DAEMON@mta2.forum-makers.example",
    to="digest@forum-makers.example", subject="Undeliverable message", date=d,
    text="""Message to sam.ortiz@bigmailer-isp.example could not be delivered.

Remote server in.bigmailer-isp.example [198.51.100.250] replied:
  554 5.7.1 Connections from 192.0.2.55 are refused: the sending IP has a
  poor reputation score with our reputation service
""", orig=o))
expect(n, "sam.ortiz@bigmailer-isp.example", "badreputation", status="5.7.1", reply="554", vendor="unnamed")

n = "odd-suppression-own-provider.eml"
d = dt(2026, 12, 1, 9, 9, 9, "+0000")
o = orig("news@bakery-bloom.example", "lucy.w@webmail-old.example", "Holiday menu", dt(2026, 12, 1, 9, 9, 0), "bakery-bloom.example", n)
write(OUT, n, with_returned(n, host="out.mailsender-relay.example", frm="Sending Service <no-reply@mailsender-relay.example>",
    to="news@bakery-bloom.example", subject="Message not sent: Holiday menu", date=d,
    text="""We did not send your message to lucy.w@webmail-old.example.

This address is on your account's suppression list because an earlier
message to it hard-bounced on 2026-10-14. We drop mail to suppressed
addresses without contacting the receiving server. Remove it from the
suppression list if you are sure it is valid again.
""", orig=o))
expect(n, "lucy.w@webmail-old.example", "suppressed", vendor="unnamed")

# ================================================================ near misses

n = "nb-opensmtpd-success-dsn.eml"
d = dt(2026, 12, 1, 10, 0, 5, "+0000")
write(NB, n, plain(n, host="mail.smallhost-dev.example", sw="OpenSMTPD", frm="Mailer Daemon <MAILER-DAEMON@mail.smallhost-dev.example>",
    to="ana@smallhost-dev.example", subject="Delivery status notification: success", date=d, auto=False,
    text="""Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

   Your message was successfully delivered to the destination(s)
   listed below.

   Please note that this is only a notification of delivery by the
   receiving mail system; it does not mean the message was read.

   Below is a copy of the original message:

""" + orig("ana@smallhost-dev.example", "review@journal-press.example", "Manuscript submission", dt(2026, 12, 1, 9, 59, 50), "smallhost-dev.example", n)))

n = "nb-barracuda-ess-quarantine-digest.eml"
d = dt(2026, 12, 2, 7, 0, 0, "+0000")
write(NB, n, plain(n, host="ess.barracudanetworks.com", sw="Barracuda", frm="Barracuda Email Security Service <quarantine@ess.barracudanetworks.com>",
    to="m.ortega@stonebridge-build.example", subject="Quarantine Notification: 4 new messages", date=d, auto=False,
    text="""Email Quarantine Summary for m.ortega@stonebridge-build.example

You have 4 new messages held in your quarantine since the last summary.
These messages were not delivered to your inbox. Use the links to
deliver, allow-list or delete them.

  From                          Subject                        Reason
  promo@cheap-watches.example   Luxury for less                Spam score 8.1
  billing@acct-verify.example   Mailbox full - verify now      Intent (phishing)
  news@webinar-list.example     Last chance to register        Bulk
  noreply@unknown-sender.example Undelivered invoice            Spam score 6.4

Log in: https://ess.barracudanetworks.com/quarantine
"""))

n = "nb-mailmarshal-daily-spam-digest.eml"
d = dt(2026, 12, 3, 6, 0, 0, "+1000")
write(NB, n, plain(n, host="mm.harbourside-dental.example", sw="MailMarshal", frm="MailMarshal Spam Quarantine <spamquarantine@harbourside-dental.example>",
    to="reception@harbourside-dental.example", subject="MailMarshal: your quarantined messages (3)", date=d, auto=False,
    text="""MailMarshal Spam Quarantine Management

The following messages addressed to you were blocked in the last 24
hours and are held in quarantine for 14 days:

  1. offers@travel-bargains.example  "Last minute Fiji deals"    Rule: Block Spam - SpamCensor
  2. info@pharma-rx.example          "Discount meds"             Rule: Block Spam - SpamCensor
  3. hr@jobs-abroad.example          "Work from home"            Rule: Block Spam - SpamCensor

To release a message, reply with its number or use the web console.
"""))

n = "nb-imsva-euq-digest.eml"
d = dt(2026, 12, 2, 8, 0, 0, "+0000")
write(NB, n, plain(n, host="imsva01.lakeview-engineering.example", sw="IMSVA", frm="End-User Quarantine <euq@lakeview-engineering.example>",
    to="jwalsh@lakeview-engineering.example", subject="Spam Mail Digest", date=d, auto=False,
    text="""Trend Micro InterScan Messaging Security - Spam Mail Digest

The messages below were quarantined as suspected spam and were not
delivered to your mailbox. Messages are deleted after 30 days.

  Date                 Sender                      Subject
  2026-12-02 16:19     promo@deals-weekly.example  Limited offer just for you
  2026-12-02 03:11     alert@bank-notice.example   Your account will be suspended

Open the End-User Quarantine console to approve a sender or release a message.
"""))

n = "nb-amavis-virus-admin-notice.eml"
d = dt(2026, 11, 30, 10, 0, 0, "+0100")
write(NB, n, plain(n, host="filter.bio-verband.example", sw="amavisd-new", frm="Content-filter at filter.bio-verband.example <postmaster@filter.bio-verband.example>",
    to="virusalert@bio-verband.example", subject="VIRUS (Win.Trojan.Agent-1234) in mail FROM [192.0.2.44] <invoice@fake-sender.example>", date=d, auto=False,
    text="""A virus was found: Win.Trojan.Agent-1234

Scanning Content-filter at filter.bio-verband.example
Our internal reference code for this message is 30112-07/abCD1234

First upstream SMTP client IP address: [192.0.2.44]
Received trace: ESMTP://192.0.2.44
Return-Path: <invoice@fake-sender.example>
Message-ID: <2026113009595.1234@fake-sender.example>
Subject: Invoice overdue

The message WAS NOT delivered to:
<m.jaeger@bio-verband.example>:
   554 5.7.0 Reject, id=30112-07 - INFECTED: Win.Trojan.Agent-1234

Virus scanner output:
  p001: Win.Trojan.Agent-1234 FOUND

This is an administrator notice; no notification was sent to the sender.
"""))

n = "nb-fml-subscribe-confirm-request.eml"
d = dt(2026, 11, 28, 21, 0, 0, "+0900")
write(NB, n, plain(n, host="ml.shashin-kai.example", sw="fml 4.0", frm="photo-club-ctl@ml.shashin-kai.example",
    to="new.member@home-mail.example", subject="Subscribe request result (photo-club ML)", date=d, auto=False,
    extra=[("X-ML-Name", "photo-club"), ("X-MLServer", "fml [fml 4.0.3 release (20011202/4.0.3)]")],
    text="""Hi, I am the fml ML manager for the ML <photo-club@ml.shashin-kai.example>.

To confirm your subscription, please send the following phrase

confirm 84211937 Hanako Ito

to photo-club-ctl@ml.shashin-kai.example (you can reply to this mail).
If you did not request this, simply ignore this mail; nothing will happen.

--photo-club@ml.shashin-kai.example, Be Seeing You!
"""))

n = "nb-sunms-success-dsn-delivered.eml"
d = dt(2026, 11, 27, 9, 0, 0, "+0000")
write(NB, n, plain(n, host="ms.state-library.example", sw="Oracle Communications Messaging Server 8.1.0", frm="Internet Mail Delivery <postmaster@state-library.example>",
    to="gis@geo-survey.example", subject="Delivery Notification: Delivery has succeeded", date=d, auto=False,
    text="""This report relates to a message you sent with the following header fields:

  Date: Thu, 26 Nov 2026 08:59:50 -0700
  From: gis@geo-survey.example
  To: archive@state-library.example
  Subject: Survey rasters (reduced)

Your message has been successfully delivered to the following recipients:

  Recipient address: archive@state-library.example
  Reason: delivered to mailbox
"""))

n = "nb-powermta-accounting-summary.eml"
d = dt(2026, 12, 3, 0, 5, 0, "+0000")
write(NB, n, plain(n, host="mta-admin.mailout-crm.example", sw="cron", frm="PowerMTA reports <pmta-reports@mailout-crm.example>",
    to="deliverability@mailout-crm.example", subject="[pmta] daily accounting summary 2026-12-02", date=d, auto=False,
    text="""PowerMTA accounting summary for 2026-12-02 (all virtual MTAs)

  delivered          1,842,113
  bounced (hard)         9,212   bad-mailbox 7,004  bad-domain 1,311  inactive-mailbox 897
  bounced (soft)        14,870   quota-issues 5,102  no-answer-from-host 6,011  spam-related 3,757
  deferred at end          611

Top bouncing domains: citymail-hu.example (1,203), vieux-fai.example (988)
Report generated by pmta-acct-rollup.py; the full CSV is on the share.
"""))

n = "nb-courier-sender-asks-about-bounce.eml"
d = dt(2026, 11, 30, 11, 0, 0, "+0100")
write(NB, n, plain(n, host="mail.kaffeeroesterei-lang.example", sw="Courier 1.2.2", frm="Petra Lang <bestellung@kaffeeroesterei-lang.example>",
    to="it-support@webagentur-blum.example", subject="Frage: komische Meldung 'WARNING: delayed mail'", date=d, auto=False,
    text="""Hallo Herr Blum,

heute früh kam wieder so eine Meldung vom Server ("DELAYED MAIL ...
Delivery attempts are continuing"), diesmal für das Café Morgenrot.
Muss ich da etwas tun, oder geht die Mail von selbst raus? Die Bestellung
ist eilig.

Viele Grüße
Petra Lang
Kaffeerösterei Lang
""", charset="utf-8", cte="quoted-printable"))

n = "nb-qmail-ldap-quota-warning.eml"
d = dt(2026, 12, 1, 8, 0, 0, "+0100")
write(NB, n, plain(n, host="qmail.stadtwerke-sued.example", sw="qmail-ldap 1.03", frm="postmaster@stadtwerke-sued.example",
    to="planung@stadtwerke-sued.example", subject="Warnung: Ihr Postfach ist zu 91% belegt", date=d, auto=False,
    text="""Hallo,

Ihr Postfach planung@stadtwerke-sued.example ist zu 91% belegt
(1864 MB von 2048 MB). Wenn es voll ist, werden neue Nachrichten
abgewiesen. Bitte löschen oder archivieren Sie ältere Nachrichten.

Dies ist eine automatische Nachricht des Mailservers.
""", charset="utf-8", cte="quoted-printable"))

n = "nb-surfcontrol-admin-daily-report.eml"
d = dt(2026, 12, 2, 23, 55, 0, "+0000")
write(NB, n, plain(n, host="sc-gw.brookfield-foods.example", sw="SurfControl E-mail Filter", frm="SurfControl E-mail Filter <postmaster@brookfield-foods.example>",
    to="it-admins@brookfield-foods.example", subject="SurfControl E-mail Filter - Daily Activity Report", date=d, auto=False,
    text="""SurfControl E-mail Filter for SMTP - Daily Activity Report
Server: sc-gw.brookfield-foods.example    Period: 2026-12-02

Messages processed:          18,220
Messages blocked by rules:      412
  Block executable attachments   37
  Anti-Spam Agent               351
  Virus (anti-virus engine)      24
Messages in dead letter folder:   3 (undeliverable to next hop)

No action is required. This report is sent every day at 23:55.
"""))

n = "nb-imail-list-welcome.eml"
d = dt(2026, 11, 24, 12, 0, 0, "-0500")
write(NB, n, plain(n, host="mail.trucking-lane.example", sw="IMail 12.5", frm="drivers-list-owner@trucking-lane.example",
    to="driver22@trucking-lane.example", subject="Welcome to the drivers list", date=d, auto=False,
    text="""Welcome to drivers@trucking-lane.example (IMail list server).

Your address driver22@trucking-lane.example has been added to the list.
To leave the list, send "unsubscribe drivers" to
imailsrv@trucking-lane.example. Messages larger than 2 MB are refused by
the list; mail to non-members is returned.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
