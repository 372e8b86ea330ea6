#!/usr/bin/env python3
"""Writes testdata/unseen/batch-06: bounces from the less common MTAs,
gateways and hosted services (Courier, Cyrus, Dovecot, OpenSMTPD, Haraka,
James, Zimbra, Axigen, SmarterMail, MDaemon, Kerio, IceWarp, CommuniGate
Pro, Mirapoint, Domino, GroupWise, Exchange 2003-2019, Proofpoint,
Mimecast, Barracuda, IronPort, FortiMail, Trend Micro, Sophos,
SpamExperts, Hornetsecurity, Google Workspace, Zoho, Fastmail, Proton,
Yandex, mail.ru, GMX, T-Online, Orange, Libero, Seznam, Naver, Rediffmail,
Japanese carriers), each in the software's own layout, ordinary near-miss
messages in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch06.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

_N = [0]


def when(tz="+0000"):
    """A fixed date per message, in file order (deterministic)."""
    _N[0] += 1
    k = _N[0]
    return dt(2026, 11, 1 + k % 27, 6 + k % 15, (k * 7) % 60, (k * 13) % 60, tz)


def nextdate(tz="+0000"):
    """The date the next when() call returns (for dates quoted in a notice)."""
    k = _N[0] + 1
    return dt(2026, 11, 1 + k % 27, 6 + k % 15, (k * 7) % 60, (k * 13) % 60, tz)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(sender, rcpts, subject, date, name, body=None, extra=""):
    """The returned original's header block (or whole message with body)."""
    h = orig_headers(sender, rcpts, subject, date, mid(name + "/o", sender.split("@")[1]), extra)
    if body is not None:
        h += "\n" + body.rstrip("\n") + "\n"
    return h


def dsn(name, *, sw, host, sender, rcpt, reason, hard=False, status, reply="", diag="", text, subject,
        frm=None, action="failed", remote=None, vendor="", returned="headers", more=(), charset="us-ascii",
        cte=None, osubj="Re: your enquiry", tz="+0000", expect_status=None, extra=()):
    """A multipart/report DSN with one failed (or delayed, delivered)
    recipient, plus any `more` (rcpt, status, diag, reason, hard, reply)."""
    date = when(tz)
    frm = frm or f"Mail Delivery System <MAILER-DAEMON@{host}>"
    recips = [{"final": rcpt, "action": action, "status": status, "diag": diag, "remote": remote}]
    for m in more:
        recips.append({"final": m[0], "action": "failed", "status": m[1], "diag": m[2], "remote": remote})
    allr = ", ".join([rcpt] + [m[0] for m in more])
    o = orig(sender, allr, osubj, date, name, body="Hello,\n\nplease find the details below.\n\nRegards\n" if returned == "message" else None)
    write(OUT, name, dsn_mail(name, frm=frm, to=sender, subject=subject, date=date, host=host,
                              hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips,
                              orig=o, returned=returned, charset=charset, cte=cte, extra=extra,
                              arrival=date))
    expect(name, rcpt, reason, hard, expect_status if expect_status is not None else status, reply, action, vendor)
    for m in more:
        expect(name, m[0], m[3], m[4], m[1], m[5], "failed", vendor)


def plain(name, *, sw, host, sender, subject, text, frm=None, charset="us-ascii", cte=None, tz="+0000",
          returned=None, osubj="Meeting notes", orcpt="", extra=(), auto=True):
    """A bounce without a delivery-status part: text, optionally followed
    by the returned message as message/rfc822."""
    date = when(tz)
    frm = frm or f"MAILER-DAEMON@{host}"
    if charset == "iso-2022-jp" and cte == "7bit":
        text = text.encode(charset).decode("ascii")  # JIS is 7-bit on the wire
    hops = "Return-Path: <>\n" + hop(name, host, sw, date)
    if returned is None:
        write(OUT, name, plain_mail(name, frm=frm, to=sender, subject=subject, date=date, host=host, hops=hops,
                                    text=text, charset=charset, cte=cte, extra=extra, auto=auto))
        return
    o = orig(sender, orcpt, osubj, date, name, body=returned)
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", o, cte=None)], boundary(name), "")
    heads = [hops, ("Date", date), ("From", frm), ("To", sender), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    write(OUT, name, mail(heads, body))


# ---------------------------------------------------------------- Courier

COURIER = """This is a delivery status notification from {host},
running the Courier mail server, version 1.3.13.

The original message was received on {when}
from [{ip}] ({client})

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<{rcpt}>:
{detail}

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.
"""

n = "courier-rcpt-no-such-user.eml"
r = "h.lindqvist@fjordline-cargo.example"
dsn(n, sw="Courier 1.3.13", host="mail.courier-host.example", sender="bookings@ferry-tickets.example", rcpt=r,
    reason="userunknown", hard=True, status="5.0.0", reply="550",
    diag="smtp; 550 5.1.1 <h.lindqvist@fjordline-cargo.example>... No such user",
    remote="mx1.fjordline-cargo.example", subject="NOTICE: mail delivery status.",
    frm="\"Courier mail server at mail.courier-host.example\" <@>",
    text=COURIER.format(host="mail.courier-host.example", when=nextdate(), ip="198.51.100.23",
                        client="office-gw.ferry-tickets.example", rcpt=r,
                        detail="    mx1.fjordline-cargo.example [203.0.113.40]:\n>>> RCPT TO:<h.lindqvist@fjordline-cargo.example>\n<<< 550 5.1.1 <h.lindqvist@fjordline-cargo.example>... No such user"))

n = "courier-no-such-domain.eml"
r = "accounts@baltic-timber-exprt.example"
dsn(n, sw="Courier 1.3.13", host="smtp.woodmill-courier.example", sender="invoices@woodmill.example", rcpt=r,
    reason="hostunknown", hard=True, status="5.1.2", diag="x-unix; No such domain.",
    subject="NOTICE: mail delivery status.", frm="\"Courier mail server at smtp.woodmill-courier.example\" <@>",
    text=COURIER.format(host="smtp.woodmill-courier.example", when=nextdate(), ip="198.51.100.61",
                        client="pc17.woodmill.example", rcpt=r, detail="No such domain."),
    expect_status="5.1.2")

n = "courier-maildrop-exit-status.eml"
r = "support-queue@desk.printshop-courier.example"
dsn(n, sw="Courier 1.3.13", host="mx.printshop-courier.example", sender="noreply@webstore-orders.example", rcpt=r,
    reason="mailererror", status="5.0.0",
    diag="unix; maildrop: error writing to filter /usr/local/bin/ticket-intake: exit status 75",
    subject="NOTICE: mail delivery status.", frm="\"Courier mail server at mx.printshop-courier.example\" <@>",
    text=COURIER.format(host="mx.printshop-courier.example", when=nextdate(), ip="203.0.113.88",
                        client="out.webstore-orders.example", rcpt=r,
                        detail="maildrop: error writing to filter /usr/local/bin/ticket-intake: exit status 75\n/usr/bin/maildrop: Unable to deliver the message (command returned a failure)."))

n = "courier-delivered-local.eml"
r = "m.okafor@courier-host.example"
dsn(n, sw="Courier 1.3.13", host="mail.courier-host.example", sender="m.okafor@lagos-textiles.example", rcpt=r,
    reason="delivered", action="delivered", status="2.0.0", diag="x-unix; delivered to mailbox",
    subject="NOTICE: mail delivery status.", frm="\"Courier mail server at mail.courier-host.example\" <@>",
    text="""This is a delivery status notification from mail.courier-host.example,
running the Courier mail server, version 1.3.13.

The original message was received on """ + nextdate() + """
from [198.51.100.9] (relay.lagos-textiles.example)

---------------------------------------------------------------------------

                           DELIVERED MAIL

Your message was successfully delivered to the following address:

<m.okafor@courier-host.example>:
    delivered to mailbox

---------------------------------------------------------------------------

You requested a delivery status notification for this message.
""")

# ---------------------------------------------------------------- Cyrus / Dovecot (behind Postfix)

PF = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{tail}
"""

PFDELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

{tail}
"""

n = "cyrus-lmtp-mailbox-unknown.eml"
r = "gtorres@uni-physik.example"
dsn(n, sw="Postfix", host="mailhub.uni-physik.example", sender="conference@optics-society.example", rcpt=r,
    reason="userunknown", hard=True, status="5.1.1", reply="550",
    diag="lmtp; 550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown",
    subject="Undelivered Mail Returned to Sender",
    text=PF.format(host="mailhub.uni-physik.example", tail="<gtorres@uni-physik.example>: host\n    cyrus-be2.uni-physik.example[/var/imap/socket/lmtp] said: 550-Mailbox\n    unknown.  Either there is no mailbox associated with this 550-name or you do\n    not have authorization to see it. 550 5.1.1 User unknown (in reply to RCPT\n    TO command)"))

n = "cyrus-lmtp-io-error-delayed.eml"
r = "archive-intake@records.uni-physik.example"
dsn(n, sw="Postfix", host="mailhub.uni-physik.example", sender="scanner@library-digitise.example", rcpt=r,
    reason="systemerror", action="delayed", status="4.3.0", reply="451",
    diag="lmtp; 451 4.3.0 System I/O error", subject="Delayed Mail (still being retried)",
    text=PFDELAY.format(host="mailhub.uni-physik.example", tail="<archive-intake@records.uni-physik.example>: host\n    cyrus-be1.uni-physik.example[/var/imap/socket/lmtp] said: 451 4.3.0 System\n    I/O error (in reply to end of DATA command)"))

n = "dovecot-lmtp-quota-exceeded.eml"
r = "anja.petersen@kanzlei-petersen.example"
dsn(n, sw="Postfix", host="mx.hosting-nord.example", sender="kontakt@steuerberatung-lund.example", rcpt=r,
    reason="mailboxfull", status="5.2.2", reply="552",
    diag="lmtp; 552 5.2.2 <anja.petersen@kanzlei-petersen.example> Quota exceeded (mailbox for user is full)",
    subject="Undelivered Mail Returned to Sender",
    text=PF.format(host="mx.hosting-nord.example", tail="<anja.petersen@kanzlei-petersen.example>: host\n    dovecot.hosting-nord.example[private/dovecot-lmtp] said: 552 5.2.2\n    <anja.petersen@kanzlei-petersen.example> Quota exceeded (mailbox for user is\n    full) (in reply to end of DATA command)"))

n = "dovecot-lda-sieve-reject.eml"
r = "quiz@radio-hoerer.example"
plain(n, sw="Dovecot", host="mail.radio-hoerer.example", sender="gewinnspiel@werbung-blitz.example",
      frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.radio-hoerer.example>",
      subject="Rejected: Jetzt gewinnen - Ihr Gutschein wartet",
      text="""Your message to <quiz@radio-hoerer.example> was automatically rejected by
Dovecot Mail Delivery Agent.

The following reason was given:
Die Annahme wurde durch eine Filterregel des Empfaengers verweigert.
Your message was refused by a filter rule of the recipient.
""", returned="Jetzt gewinnen! Ihr Gutschein wartet.\n", orcpt=r, osubj="Jetzt gewinnen - Ihr Gutschein wartet")
expect(n, r, "filtered", False, "", "", "failed", "dovecot")

n = "dovecot-pipe-deliver-temp-failure.eml"
r = "ops-alerts@noc.fibrelink-isp.example"
dsn(n, sw="Postfix", host="mx2.fibrelink-isp.example", sender="monitor@uptime-probe.example", rcpt=r,
    reason="mailererror", status="5.3.0",
    diag="x-unix; Command died with status 89: \"/usr/lib/dovecot/dovecot-lda\". Command output: lda(ops-alerts): Fatal: setgid(5000(vmail)) failed: Operation not permitted",
    subject="Undelivered Mail Returned to Sender",
    text=PF.format(host="mx2.fibrelink-isp.example", tail="<ops-alerts@noc.fibrelink-isp.example>: Command died with status 89:\n    \"/usr/lib/dovecot/dovecot-lda\". Command output: lda(ops-alerts): Fatal:\n    setgid(5000(vmail)) failed: Operation not permitted"))

# ---------------------------------------------------------------- OpenSMTPD

OSMTPD = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

{lead}

{detail}

Below is a copy of the original message:
"""

n = "opensmtpd-delay-connection-refused.eml"
r = "bestellung@hofladen-wiese.example"
plain(n, sw="OpenSMTPD", host="relay.obsthof-smtpd.example", sender="shop@obsthof-smtpd.example",
      frm="Mailer Daemon <MAILER-DAEMON@relay.obsthof-smtpd.example>", subject="Delivery status notification: Delayed",
      text=OSMTPD.format(lead="An error has occurred while attempting to deliver a message for\nthe following list of recipients:",
                         detail="bestellung@hofladen-wiese.example: Network error on destination MXs: Connection refused\n\nDelivery will be retried; you do not need to resend your message."),
      returned="Hallo, anbei die Bestellung fuer Freitag.\n", orcpt=r, osubj="Bestellung Freitag")
expect(n, r, "networkerror", False, "", "", "delayed", "opensmtpd")

n = "opensmtpd-mail-param-syntax.eml"
r = "tenders@county-roads.example"
plain(n, sw="OpenSMTPD", host="mail.survey-bureau.example", sender="bids@survey-bureau.example",
      frm="Mailer Daemon <MAILER-DAEMON@mail.survey-bureau.example>", subject="Delivery status notification: error",
      text=OSMTPD.format(lead="An error has occurred while attempting to deliver a message for\nthe following list of recipients:",
                         detail="tenders@county-roads.example: 501 5.5.4 Syntax error in parameters scanning \"MAIL\" arguments: unrecognised ESMTP keyword SMTPUTF8"),
      returned="Please find our tender attached.\n", orcpt=r, osubj="Tender 2026/114")
expect(n, r, "syntaxerror", False, "", "501", "failed", "opensmtpd")

# ---------------------------------------------------------------- Haraka

n = "haraka-spf-hardfail.eml"
r = "reservations@lakeside-inn.example"
dsn(n, sw="Haraka/3.0.3", host="outbound.booking-hub.example", sender="alerts@booking-hub.example", rcpt=r,
    reason="authfailure", status="5.7.1", reply="550",
    diag="smtp; 550 5.7.1 SPF FAIL: 192.0.2.84 is not allowed to send mail from booking-hub.example",
    remote="mx.lakeside-inn.example", subject="Mail delivery failed: returning message to sender",
    text="""Your message could not be delivered to the following recipient(s):

reservations@lakeside-inn.example: 550 5.7.1 SPF FAIL: 192.0.2.84 is not allowed to send mail from booking-hub.example

Haraka at outbound.booking-hub.example
""")

n = "haraka-null-mx-domain.eml"
r = "info@closed-bakery.example"
dsn(n, sw="Haraka/3.0.3", host="outbound.booking-hub.example", sender="alerts@booking-hub.example", rcpt=r,
    reason="notaccept", hard=True, status="5.1.10", reply="556",
    diag="smtp; 556 5.1.10 Domain closed-bakery.example publishes a null MX and does not receive email",
    subject="Mail delivery failed: returning message to sender",
    text="""Your message could not be delivered to the following recipient(s):

info@closed-bakery.example: 556 5.1.10 Domain closed-bakery.example publishes a null MX and does not receive email

Haraka at outbound.booking-hub.example
""")

# ---------------------------------------------------------------- Apache James

n = "james-no-such-user-here.eml"
r = "kwame.mensah@accra-shipping.example"
plain(n, sw="Apache James", host="james.freight-portal.example", sender="tracking@freight-portal.example",
      frm="postmaster@james.freight-portal.example", subject="[BOUNCE]",
      text="""Hi. This is the James mail server at james.freight-portal.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.  Below
I include the list of recipients and the reason why I was unable to deliver
your message.

Failed recipient(s):
kwame.mensah@accra-shipping.example

Error message:
550 5.1.1 Requested action not taken: mailbox kwame.mensah not found at this site
""", returned="Your container MSKU 118830 has arrived at Tema.\n", orcpt=r, osubj="Container arrival notice")
expect(n, r, "userunknown", True, "5.1.1", "550", "failed", "james")

n = "james-message-size-limit.eml"
r = "plans@architekten-vogel.example"
plain(n, sw="Apache James", host="james.freight-portal.example", sender="cad@drafting-studio.example",
      frm="postmaster@james.freight-portal.example", subject="[BOUNCE]",
      text="""Hi. This is the James mail server at james.freight-portal.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.  Below
I include the list of recipients and the reason why I was unable to deliver
your message.

Failed recipient(s):
plans@architekten-vogel.example

Error message:
552 5.3.4 Message of 61234567 bytes is bigger than the 26214400 bytes this server accepts
""", returned="Drawings attached (3 DWG files).\n", orcpt=r, osubj="Drawings rev C")
expect(n, r, "emailtoolarge", False, "5.3.4", "552", "failed", "james")

# ---------------------------------------------------------------- Zimbra (Postfix + amavis)

n = "zimbra-amavis-spam-reject.eml"
r = "newsroom@valley-herald.example"
dsn(n, sw="Postfix", host="zimbra.pressagency-zm.example", sender="pr@cryptoyield-news.example", rcpt=r,
    reason="spamdetected", status="5.7.0", reply="554",
    diag="smtp; 554 5.7.0 Reject, id=28817-09 - spam (score 14.2 above kill level 6.3)",
    remote="mail.valley-herald.example", subject="Undelivered Mail Returned to Sender",
    text=PF.format(host="zimbra.pressagency-zm.example", tail="<newsroom@valley-herald.example>: host mail.valley-herald.example[203.0.113.71]\n    said: 554 5.7.0 Reject, id=28817-09 - spam (score 14.2 above kill level 6.3)\n    (in reply to end of DATA command)"))

n = "zimbra-account-maintenance-delayed.eml"
r = "c.ferreira@camara-porto.example"
dsn(n, sw="Postfix", host="zimbra.camara-porto.example", sender="agenda@turismo-norte.example", rcpt=r,
    reason="suspend", action="delayed", status="4.2.1", reply="451",
    diag="lmtp; 451 4.2.1 Mailbox temporarily disabled: account status is maintenance",
    subject="Delayed Mail (still being retried)",
    text=PFDELAY.format(host="zimbra.camara-porto.example", tail="<c.ferreira@camara-porto.example>: host zimbra.camara-porto.example[/opt/zimbra/lmtp]\n    said: 451 4.2.1 Mailbox temporarily disabled: account status is maintenance\n    (in reply to RCPT TO command)"))

# ---------------------------------------------------------------- Axigen

AXIGEN = """This is an automatically generated message from the Axigen mail server at
{host}. Please do not reply.

Your message could not be delivered to one or more recipients.

    Recipient: <{rcpt}>
    Reason:    {reason}

The headers of your original message are attached.
"""

n = "axigen-mailbox-quota-exceeded.eml"
r = "tudor.popa@construct-ro.example"
dsn(n, sw="Axigen", host="mail.construct-ro.example", sender="oferte@materiale-bucuresti.example", rcpt=r,
    reason="mailboxfull", status="5.2.2", diag="x-axigen; Mailbox size limit exceeded; the recipient's storage quota is used up",
    subject="Delivery failure notification", frm="Axigen Postmaster <postmaster@mail.construct-ro.example>",
    text=AXIGEN.format(host="mail.construct-ro.example", rcpt=r, reason="Mailbox size limit exceeded; the recipient's storage quota is used up"))

n = "axigen-expired-120-hours.eml"
r = "office@agro-moldova.example"
dsn(n, sw="Axigen", host="mail.construct-ro.example", sender="vanzari@construct-ro.example", rcpt=r,
    reason="expired", status="4.4.7",
    diag="x-axigen; Message could not be delivered within 120 hours; remote host mx.agro-moldova.example is not answering",
    subject="Delivery failure notification", frm="Axigen Postmaster <postmaster@mail.construct-ro.example>",
    text=AXIGEN.format(host="mail.construct-ro.example", rcpt=r, reason="Message could not be delivered within 120 hours;\n               remote host mx.agro-moldova.example is not answering.\n               No further attempts will be made."))

# ---------------------------------------------------------------- SmarterMail

n = "smartermail-user-not-found.eml"
r = "maria.gonzalez@clinica-sol.example"
plain(n, sw="SmarterMail", host="mail.smarterhost-sm.example", sender="citas@laboratorio-norte.example",
      frm="postmaster@mail.smarterhost-sm.example", subject="Undeliverable: Resultados de laboratorio",
      text="""Delivery has failed to these recipients or groups:

maria.gonzalez@clinica-sol.example
The email account that you tried to reach does not exist. Please check the
spelling of the address and try again.

Diagnostic information for administrators:

Generating server: mail.smarterhost-sm.example

maria.gonzalez@clinica-sol.example
Remote Server returned '550 <maria.gonzalez@clinica-sol.example> No such user here'
""", returned="Adjuntamos los resultados.\n", orcpt=r, osubj="Resultados de laboratorio")
expect(n, r, "userunknown", True, "", "550", "failed", "smartermail")

n = "smartermail-disk-full-delayed.eml"
r = "frontdesk@hotel-alpenblick.example"
plain(n, sw="SmarterMail", host="mail.smarterhost-sm.example", sender="booking@reisebuero-tal.example",
      frm="postmaster@mail.smarterhost-sm.example", subject="Delayed: Zimmeranfrage Dezember",
      text="""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

frontdesk@hotel-alpenblick.example
    452 4.3.1 Insufficient system storage: spool volume on mail.hotel-alpenblick.example is full

The server will keep trying to deliver the message for 48 hours.
""", returned="Guten Tag, wir fragen fuer 2 Doppelzimmer an.\n", orcpt=r, osubj="Zimmeranfrage Dezember")
expect(n, r, "systemfull", False, "4.3.1", "452", "delayed", "smartermail")

# ---------------------------------------------------------------- MDaemon

MDAEMON = """******************************* W A R N I N G ********************************
This message was created automatically by mail delivery software.
{body}
"""

n = "mdaemon-securityplus-virus.eml"
r = "lohn@steuer-kanzlei-md.example"
plain(n, sw="MDaemon PRO v24.0.2", host="mail.steuer-kanzlei-md.example", sender="buchhaltung@lieferant-brandt.example",
      frm="MDaemon at mail.steuer-kanzlei-md.example <MDaemon@mail.steuer-kanzlei-md.example>",
      subject="Permanent Delivery Failure - Virus detected",
      text=MDAEMON.format(body="""
The message you sent to lohn@steuer-kanzlei-md.example was not delivered.

MDaemon AntiVirus found the following in an attachment of your message:

    Rechnung_4471.zip -> Rechnung_4471.exe : Trojan.Emotet.Gen.17 (infected)

The message was refused and has been deleted. Please clean your computer
and send the message again without the infected file.
"""), orcpt=r)
expect(n, r, "virusdetected", False, "", "", "failed", "mdaemon")

n = "mdaemon-bad-sequence-503.eml"
r = "verkauf@landmaschinen-ost.example"
plain(n, sw="MDaemon PRO v24.0.2", host="mail.agrar-md.example", sender="einkauf@agrar-md.example",
      frm="MDaemon at mail.agrar-md.example <MDaemon@mail.agrar-md.example>",
      subject="Permanent Delivery Failure",
      text=MDAEMON.format(body="""
The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!

--- Session Transcript ---
 Thu 2026-11-12 09:14:02.118: Attempting SMTP connection to [mx.landmaschinen-ost.example : 25]
 Thu 2026-11-12 09:14:02.207: Connected to [203.0.113.150:25]
 Thu 2026-11-12 09:14:02.291: <-- 220 mx.landmaschinen-ost.example ESMTP
 Thu 2026-11-12 09:14:02.292: --> EHLO mail.agrar-md.example
 Thu 2026-11-12 09:14:02.380: <-- 250 mx.landmaschinen-ost.example
 Thu 2026-11-12 09:14:02.381: --> RCPT TO:<verkauf@landmaschinen-ost.example>
 Thu 2026-11-12 09:14:02.470: <-- 503 5.5.1 Error: need MAIL command
 Thu 2026-11-12 09:14:02.471: --> QUIT
--- End Transcript ---
"""), returned="Bitte um Angebot fuer zwei Maehwerke.\n", orcpt=r, osubj="Anfrage Maehwerke")
expect(n, r, "syntaxerror", False, "5.5.1", "503", "failed", "mdaemon")

# ---------------------------------------------------------------- Kerio Connect

n = "kerio-message-size-limit.eml"
r = "grafik@werbeagentur-kerio.example"
dsn(n, sw="Kerio Connect 10.0.4", host="mail.druckerei-kerio.example", sender="produktion@druckerei-kerio.example", rcpt=r,
    reason="emailtoolarge", status="5.3.4", reply="552",
    diag="smtp; 552 5.3.4 Message size 48 MB exceeds the limit of 20 MB set for this domain",
    remote="mail.werbeagentur-kerio.example", subject="Undelivered mail: Druckfreigabe Katalog",
    frm="Mail Delivery Subsystem <postmaster@mail.druckerei-kerio.example>",
    text="""Your message did not reach some or all of the intended recipients.

   Subject:  Druckfreigabe Katalog
   Sent:     11/13/2026 10:44 AM

The following recipient(s) could not be reached:

grafik@werbeagentur-kerio.example
   Error Type: SMTP
   Remote server (203.0.113.161) issued an error.
   Kerio Connect sent: RCPT TO:<grafik@werbeagentur-kerio.example>
   Remote server replied: 552 5.3.4 Message size 48 MB exceeds the limit of 20 MB set for this domain
""")

n = "kerio-auth-credentials-invalid.eml"
r = "partner@fiber-distributor.example"
plain(n, sw="Kerio Connect 10.0.4", host="mail.druckerei-kerio.example", sender="vertrieb@druckerei-kerio.example",
      frm="Mail Delivery Subsystem <postmaster@mail.druckerei-kerio.example>", subject="Undelivered mail: Preisliste 2027",
      text="""Your message did not reach some or all of the intended recipients.

   Subject:  Preisliste 2027
   Sent:     11/14/2026 8:02 AM

The following recipient(s) could not be reached:

partner@fiber-distributor.example
   Error Type: SMTP
   Relay smarthost.isp-relay.example rejected the login of this server:
   535 5.7.8 Authentication credentials invalid
   Check the user name and password configured for the relay server.
""", returned="Anbei die Preisliste 2027.\n", orcpt=r, osubj="Preisliste 2027")
expect(n, r, "securityerror", False, "5.7.8", "535", "failed", "kerio")

n = "kerio-mail-loop.eml"
r = "shared-inbox@team.cooperative-kerio.example"
plain(n, sw="Kerio Connect 10.0.4", host="mail.cooperative-kerio.example", sender="newsletter@seed-library.example",
      frm="Mail Delivery Subsystem <postmaster@mail.cooperative-kerio.example>", subject="Undelivered mail: Seed swap dates",
      text="""Your message did not reach some or all of the intended recipients.

   Subject:  Seed swap dates
   Sent:     11/15/2026 6:30 PM

The following recipient(s) could not be reached:

shared-inbox@team.cooperative-kerio.example
   Error Type: Local delivery
   Mail loop detected: the message has passed through this server 31 times
   (forwarding rule of the mailbox points back to itself).
""", returned="Seed swap on Saturday 10am.\n", orcpt=r, osubj="Seed swap dates")
expect(n, r, "networkerror", False, "", "", "failed", "kerio")

# ---------------------------------------------------------------- IceWarp / Merak

n = "icewarp-account-disabled.eml"
r = "l.moravec@stavby-icewarp.example"
plain(n, sw="IceWarp Mail Server 14.0", host="mail.stavby-icewarp.example", sender="faktury@beton-dodavatel.example",
      frm="postmaster@mail.stavby-icewarp.example", subject="Undeliverable: Faktura 2026-1188",
      text="""Delivery of your message to the following recipient(s) failed:

l.moravec@stavby-icewarp.example
550 5.2.1 <l.moravec@stavby-icewarp.example> Account disabled by administrator

-- IceWarp Mail Server
""", returned="V priloze zasilame fakturu.\n", orcpt=r, osubj="Faktura 2026-1188")
expect(n, r, "suspend", False, "5.2.1", "550", "failed", "icewarp")

n = "merak-relay-not-allowed.eml"
r = "sales@partner-abroad.example"
plain(n, sw="Merak Mail Server 8.9", host="mail.legacy-merak.example", sender="jan@legacy-merak.example",
      frm="postmaster@mail.legacy-merak.example", subject="Undeliverable mail",
      text="""Your message could not be delivered to some recipients.

Recipient: sales@partner-abroad.example
Server: smtp.hosted-outbound.example [198.51.100.200]
Reply: 550 5.7.1 <sales@partner-abroad.example>... we do not relay for this client

-- Merak Mail Server
""", returned="Hello, as discussed on the phone.\n", orcpt=r, osubj="Follow-up")
expect(n, r, "norelaying", False, "5.7.1", "550", "failed", "merak")

# ---------------------------------------------------------------- CommuniGate Pro

n = "communigate-unknown-account.eml"
r = "p.sokolov@gorod-cgp.example"
plain(n, sw="CommuniGate Pro 6.3", host="mail.gorod-cgp.example", sender="pressa@novosti-lenta.example",
      frm="Mail Delivery System <MAILER-DAEMON@mail.gorod-cgp.example>", subject="Undeliverable mail: Interview request",
      text="""Failed to deliver to '<p.sokolov@gorod-cgp.example>'
LOCAL module(account p.sokolov) reports:
 account is unknown
""", returned="Dear Mr Sokolov, could we arrange an interview?\n", orcpt=r, osubj="Interview request")
expect(n, r, "userunknown", True, "", "", "failed", "communigate")

n = "communigate-delivery-timed-out.eml"
r = "postmaster@island-coop.example"
plain(n, sw="CommuniGate Pro 6.3", host="mail.gorod-cgp.example", sender="lists@gorod-cgp.example",
      frm="Mail Delivery System <MAILER-DAEMON@mail.gorod-cgp.example>", subject="Undeliverable mail: Monthly report",
      text="""Failed to deliver to '<postmaster@island-coop.example>'
SMTP module(domain island-coop.example) reports:
 the message has been in the queue for 5 days; delivery timed out.
 Last error: mx.island-coop.example: connection timeout
""", returned="Monthly report attached.\n", orcpt=r, osubj="Monthly report")
expect(n, r, "expired", False, "", "", "failed", "communigate")

# ---------------------------------------------------------------- Mirapoint

n = "mirapoint-insufficient-storage.eml"
r = "staff@district-schools-mp.example"
dsn(n, sw="Mirapoint Messaging Server MOS 4.3", host="mp1.district-schools-mp.example", sender="bulletin@parents-assoc.example", rcpt=r,
    reason="systemfull", action="delayed", status="4.3.1", reply="452",
    diag="smtp; 452 4.3.1 Insufficient system storage on message store; try again later",
    subject="Warning: message delayed", frm="Mail Delivery Subsystem <MAILER-DAEMON@mp1.district-schools-mp.example>",
    text="""The original message was received at """ + nextdate("-0500") + """
from out.parents-assoc.example [198.51.100.57]

   ----- Transcript of session follows -----
<staff@district-schools-mp.example>... Deferred: 452 4.3.1 Insufficient system storage on message store; try again later
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", tz="-0500")

n = "mirapoint-local-configuration-error.eml"
r = "records@district-schools-mp.example"
dsn(n, sw="Mirapoint Messaging Server MOS 4.3", host="mp1.district-schools-mp.example", sender="noreply@transcripts-svc.example", rcpt=r,
    reason="systemerror", status="5.3.5", reply="554",
    diag="smtp; 554 5.3.5 Local configuration error: routing table for domain is inconsistent",
    subject="Returned mail: see transcript for details", frm="Mail Delivery Subsystem <MAILER-DAEMON@mp1.district-schools-mp.example>",
    text="""The original message was received at """ + nextdate("-0500") + """
from out.transcripts-svc.example [198.51.100.58]

   ----- The following addresses had permanent fatal errors -----
<records@district-schools-mp.example>
    (reason: 554 5.3.5 Local configuration error: routing table for domain is inconsistent)
""", tz="-0500")

# ---------------------------------------------------------------- Lotus / HCL Domino

DOMINO = """Your message

  Subject: {subj}

was not delivered to:

  {rcpt}

because:

  {why}
"""

n = "domino-mail-file-quota.eml"
r = "Karin Hoffmann/Vertrieb/Spedition@SPEDITION <k.hoffmann@spedition-domino.example>"
ra = "k.hoffmann@spedition-domino.example"
dsn(n, sw="Lotus Domino Release 9.0.1FP10", host="notes01.spedition-domino.example", sender="dispo@frachtboerse-nord.example", rcpt=ra,
    reason="mailboxfull", status="5.0.0",
    diag="X-Notes; Unable to deliver to recipient's mail file; it has reached its database quota limit",
    subject="DELIVERY FAILURE: Unable to deliver to recipient's mail file",
    frm="Mail Router <postmaster@notes01.spedition-domino.example>",
    text=DOMINO.format(subj="Ladeliste KW47", rcpt=r, why="Unable to deliver to recipient's mail file; it has reached its database quota limit"))

n = "domino-maximum-message-size.eml"
r = "einkauf@maschinenbau-domino.example"
dsn(n, sw="Lotus Domino Release 10.0.1", host="notes.maschinenbau-domino.example", sender="cad@zulieferer-technik.example", rcpt=r,
    reason="emailtoolarge", status="5.3.4",
    diag="X-Notes; Message exceeds the maximum message size allowed by the server",
    subject="DELIVERY FAILURE: Message exceeds the maximum message size",
    frm="Mail Router <postmaster@notes.maschinenbau-domino.example>",
    text=DOMINO.format(subj="Zeichnungen Getriebegehaeuse", rcpt=r, why="Message exceeds the maximum message size allowed by the server"))

n = "domino-delivery-failure-no-cause.eml"
r = "auftrag@moebelhaus-domino.example"
plain(n, sw="Lotus Domino Release 8.5.3", host="notes.moebelhaus-domino.example", sender="service@kuechenstudio.example",
      frm="Mail Router <postmaster@notes.moebelhaus-domino.example>", subject="DELIVERY FAILURE",
      text=DOMINO.format(subj="Aufmass Kueche Familie Brandt", rcpt=r,
                         why="The message could not be delivered.\n\nPlease contact your administrator."),
      returned="Anbei das Aufmass.\n", orcpt=r, osubj="Aufmass Kueche Familie Brandt")
expect(n, r, "undefined", False, "", "", "failed", "domino")

# ---------------------------------------------------------------- GroupWise

n = "groupwise-gwia-message-too-big.eml"
r = "permits@county-gw.example"
plain(n, sw="GroupWise Internet Agent 18.4", host="gwia.county-gw.example", sender="surveyor@landplan-consult.example",
      frm="Mail Delivery System <postmaster@gwia.county-gw.example>", subject="Message status - undeliverable",
      text="""The message that you sent was undeliverable to the following:
        permits@county-gw.example (message size exceeds the post office limit of 10 MB)

Possibly truncated original message follows:
""", returned="Site survey PDFs for parcel 44-118 attached.\n", orcpt=r, osubj="Parcel 44-118 survey")
expect(n, r, "emailtoolarge", False, "", "", "failed", "groupwise")

n = "groupwise-undeliverable-bare.eml"
r = "clerk@county-gw.example"
plain(n, sw="GroupWise Internet Agent 18.4", host="gwia.county-gw.example", sender="agenda@citizens-forum.example",
      frm="Mail Delivery System <postmaster@gwia.county-gw.example>", subject="Message status - undeliverable",
      text="""The message that you sent was undeliverable to the following:
        clerk@county-gw.example

Possibly truncated original message follows:
""", returned="Agenda for Thursday's meeting.\n", orcpt=r, osubj="Agenda")
expect(n, r, "undefined", False, "", "", "failed", "groupwise")

# ---------------------------------------------------------------- Exchange 2003 - 2019

EX2003 = """Your message did not reach some or all of the intended recipients.

      Subject:  {subj}
      Sent:     {sent}

The following recipient(s) cannot be reached:

      {rcpt} on {sent}
            {why}
            <{host} #{code}>
"""

n = "exchange2003-account-does-not-exist.eml"
r = "d.wright@builders-merchant-ex.example"
dsn(n, sw="Microsoft SMTPSVC(6.0.3790.4675)", host="exch01.builders-merchant-ex.example", sender="quotes@timber-yard.example", rcpt=r,
    reason="userunknown", hard=True, status="5.1.1", diag="",
    subject="Undeliverable: Quote 8812", frm="System Administrator <postmaster@builders-merchant-ex.example>",
    text=EX2003.format(subj="Quote 8812", sent="11/18/2026 9:12 AM", rcpt=r, host="exch01.builders-merchant-ex.example", code="5.1.1",
                       why="The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address."))

n = "exchange2007-not-authorized-group.eml"
r = "all-staff@hospital-ex2007.example"
dsn(n, sw="Microsoft SMTP Server", host="cas01.hospital-ex2007.example", sender="vendor@medsupply-reps.example", rcpt=r,
    reason="filtered", status="5.7.1", reply="550",
    diag="smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
    subject="Undeliverable: Product update", frm="Microsoft Exchange <postmaster@hospital-ex2007.example>",
    text="""Delivery has failed to these recipients or distribution lists:

All Staff
Your message wasn't delivered because the recipient's e-mail provider rejected it. The distribution list accepts messages only from senders it lists, and you are not one of them.

_____
Sent by Microsoft Exchange Server 2007

Diagnostic information for administrators:

Generating server: cas01.hospital-ex2007.example

all-staff@hospital-ex2007.example
#550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized ##
""")

n = "exchange2010-mailbox-full-5.2.2.eml"
r = "j.obrien@solicitors-ex2010.example"
dsn(n, sw="Microsoft SMTP Server", host="exch2010.solicitors-ex2010.example", sender="court.listing@tribunal-service.example", rcpt=r,
    reason="mailboxfull", status="5.2.2", reply="554",
    diag="smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    subject="Undeliverable: Hearing listed 2 December", frm="Microsoft Exchange <postmaster@solicitors-ex2010.example>",
    text="""Delivery has failed to these recipients or distribution lists:

O'Brien, Joseph
The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to redeliver this message for you. Please try resending this message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: exch2010.solicitors-ex2010.example

j.obrien@solicitors-ex2010.example
#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox ##
""")

n = "exchange2013-anonymous-not-authenticated.eml"
r = "payroll@outsourcer-ex2013.example"
dsn(n, sw="Microsoft SMTP Server", host="edge.retailer-ex2013.example", sender="hr@retailer-ex2013.example", rcpt=r,
    reason="securityerror", status="5.7.57", reply="530",
    diag="smtp; 530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM",
    remote="relay.outsourcer-ex2013.example", subject="Undeliverable: November timesheets",
    frm="Microsoft Outlook <postmaster@retailer-ex2013.example>",
    text="""Delivery has failed to these recipients or groups:

payroll@outsourcer-ex2013.example
The server at relay.outsourcer-ex2013.example requires the sending server to log in before it accepts mail, and our server did not.

Diagnostic information for administrators:

Generating server: edge.retailer-ex2013.example
Receiving server: relay.outsourcer-ex2013.example (203.0.113.12)

payroll@outsourcer-ex2013.example
Remote Server at relay.outsourcer-ex2013.example (203.0.113.12) returned '550 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR06MB4417.eurprd06.prod.outlook.example]'
""", expect_status="5.7.57")

n = "exchange2016-bare-linefeeds.eml"
r = "scans@copyshop-ex2016.example"
dsn(n, sw="Microsoft SMTP Server", host="mbx2.printer-fleet-ex2016.example", sender="mfp-3f@printer-fleet-ex2016.example", rcpt=r,
    reason="contenterror", status="5.6.211", reply="550",
    diag="smtp; 550 5.6.211 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT",
    subject="Undeliverable: Scan from MFP-3F", frm="Microsoft Outlook <postmaster@printer-fleet-ex2016.example>",
    text="""Delivery has failed to these recipients or groups:

scans@copyshop-ex2016.example
A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: mbx2.printer-fleet-ex2016.example

scans@copyshop-ex2016.example
Remote Server returned '550 5.6.211 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'
""")

n = "exchange2019-dns-domain-does-not-exist.eml"
r = "orders@wholesale-fabrik.example"
dsn(n, sw="Microsoft SMTP Server", host="ex19.fashion-ex2019.example", sender="buyer@fashion-ex2019.example", rcpt=r,
    reason="hostunknown", hard=True, status="5.4.310", reply="550",
    diag="smtp; 550 5.4.310 DNS domain wholesale-fabrik.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=wholesale-fabrik.example]",
    subject="Undeliverable: Spring order", frm="Microsoft Outlook <postmaster@fashion-ex2019.example>",
    text="""Delivery has failed to these recipients or groups:

orders@wholesale-fabrik.example
The domain name in the email address is incorrect. Check the address.

Diagnostic information for administrators:

Generating server: ex19.fashion-ex2019.example

orders@wholesale-fabrik.example
Remote Server returned '550 5.4.310 DNS domain wholesale-fabrik.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=wholesale-fabrik.example]'
""")

n = "exchange2019-starttls-required.eml"
r = "secure-intake@insurer-ex2019.example"
dsn(n, sw="Microsoft SMTP Server", host="ex19.broker-ex2019.example", sender="claims@broker-ex2019.example", rcpt=r,
    reason="failedstarttls", action="delayed", status="4.4.317", reply="451",
    diag="smtp; 451 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.insurer-ex2019.example]",
    subject="Delivery delayed: Claim 77120 documents", frm="Microsoft Outlook <postmaster@broker-ex2019.example>",
    text="""Delivery is delayed to these recipients or groups:

secure-intake@insurer-ex2019.example

Subject: Claim 77120 documents

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: ex19.broker-ex2019.example
Receiving server: mx.insurer-ex2019.example (203.0.113.201)

secure-intake@insurer-ex2019.example
Remote Server at mx.insurer-ex2019.example (203.0.113.201) returned '451 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail] [LastAttemptedServerName=mx.insurer-ex2019.example]'
""")

# ---------------------------------------------------------------- security gateways (seen through the sender's Postfix)


def pf_remote(name, *, host, sender, rcpt, remote, ip, said, stage, status, reply, reason, hard=False, vendor="",
              action="failed"):
    """A Postfix bounce quoting a gateway's reply."""
    tail = f"<{rcpt}>: host {remote}[{ip}] said:\n    {said} (in reply to {stage})"
    dsn(name, sw="Postfix", host=host, sender=sender, rcpt=rcpt, reason=reason, hard=hard, status=status,
        reply=reply, diag="smtp; " + said, remote=remote, vendor=vendor, action=action,
        subject="Undelivered Mail Returned to Sender" if action == "failed" else "Delayed Mail (still being retried)",
        text=(PF if action == "failed" else PFDELAY).format(host=host, tail=tail))


n = "proofpoint-ip-blocked-ipcheck.eml"
pf_remote(n, host="mx-out.newsletter-co.example", sender="bounce@newsletter-co.example", rcpt="benefits@insurance-pp.example",
          remote="mx0a-00123401.pphosted.com", ip="203.0.113.19",
          said="554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.77",
          stage="RCPT TO command", status="5.7.1", reply="554", reason="blocked", vendor="proofpoint")

n = "proofpoint-too-many-messages-delayed.eml"
pf_remote(n, host="mx-out.newsletter-co.example", sender="bounce@newsletter-co.example", rcpt="info@retailer-pp.example",
          remote="mx0b-00998801.pphosted.com", ip="203.0.113.20",
          said="421 4.7.0 Too many messages from 192.0.2.77 in the last hour, slow down and try again later",
          stage="MAIL FROM command", status="4.7.0", reply="421", reason="ratelimited", vendor="proofpoint", action="delayed")

n = "mimecast-attachment-policy.eml"
pf_remote(n, host="smtp.design-house.example", sender="studio@design-house.example", rcpt="contracts@legal-mc.example",
          remote="eu-smtp-inbound-1.mimecast.com", ip="203.0.113.30",
          said="554 Email rejected due to Attachment Management policy: file type .iso is not permitted - https://community.mimecast.com/docs/DOC-1369#554 [gG3kLz8xMHeAbX0sHAfRqA.uk45]",
          stage="end of DATA command", status="5.0.0", reply="554", reason="policyviolation", vendor="mimecast")

n = "mimecast-internal-resources-delayed.eml"
pf_remote(n, host="smtp.design-house.example", sender="studio@design-house.example", rcpt="ap@accounts-mc.example",
          remote="us-smtp-inbound-2.mimecast.com", ip="203.0.113.31",
          said="451 Internal resources are temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [xK2mQpS9Pd-Rz1sW0aBcdE.us260]",
          stage="end of DATA command", status="4.0.0", reply="451", reason="systemerror", vendor="mimecast", action="delayed")

n = "barracuda-spam-scale.eml"
pf_remote(n, host="mail.coupon-blast.example", sender="deals@coupon-blast.example", rcpt="reception@dental-bc.example",
          remote="d123456a.ess.barracudanetworks.com", ip="203.0.113.40",
          said="550 permanent failure for one or more recipients (reception@dental-bc.example:blocked) Message scored too high on spam scale (score 9.4)",
          stage="end of DATA command", status="5.0.0", reply="550", reason="spamdetected", vendor="barracuda")

n = "ironport-virus-content.eml"
pf_remote(n, host="smtp.freelance-acct.example", sender="invoice@freelance-acct.example", rcpt="finance@bank-ip.example",
          remote="esa1.bank-ip.iphmx.com", ip="203.0.113.50",
          said="554 5.7.1 Message rejected: a virus was found in the attachment (W97M/Downloader.gen)",
          stage="end of DATA command", status="5.7.1", reply="554", reason="virusdetected", vendor="ironport")

n = "ironport-tls-negotiation-failed.eml"
pf_remote(n, host="smtp.freelance-acct.example", sender="invoice@freelance-acct.example", rcpt="ap@bank-ip.example",
          remote="esa2.bank-ip.iphmx.com", ip="203.0.113.51",
          said="530 5.7.10 TLS negotiation failed: this domain requires an encrypted connection and the handshake did not complete",
          stage="MAIL FROM command", status="5.7.10", reply="530", reason="failedstarttls", vendor="ironport")

n = "fortimail-fortiguard-blacklisted.eml"
pf_remote(n, host="out.shared-hosting-vps.example", sender="wordpress@shared-hosting-vps.example", rcpt="sales@factory-fm.example",
          remote="fortimail.factory-fm.example", ip="203.0.113.60",
          said="550 5.7.1 Connection refused: 192.0.2.140 is blacklisted by FortiGuard AntiSpam IP reputation",
          stage="RCPT TO command", status="5.7.1", reply="550", reason="blocked", vendor="fortimail")

n = "fortimail-sender-domain-unresolvable.eml"
pf_remote(n, host="out.shared-hosting-vps.example", sender="contact@typo-domian.example", rcpt="hr@factory-fm.example",
          remote="fortimail.factory-fm.example", ip="203.0.113.60",
          said="553 5.1.8 <contact@typo-domian.example>: Sender address rejected: sender domain has no A or MX record",
          stage="MAIL FROM command", status="5.1.8", reply="553", reason="rejected", vendor="fortimail")

n = "trendmicro-ers-listed.eml"
pf_remote(n, host="relay.cheap-vps-host.example", sender="noreply@cheap-vps-host.example", rcpt="admin@logistics-tm.example",
          remote="in.hes.trendmicro.eu", ip="203.0.113.70",
          said="550 5.7.1 Message rejected: IP 192.0.2.201 is listed in Trend Micro Email Reputation Services (ERS); see https://servicecentral.trendmicro.com/en-us/ers/",
          stage="RCPT TO command", status="5.7.1", reply="550", reason="blocked", vendor="trendmicro")

n = "sophos-dlp-policy.eml"
pf_remote(n, host="smtp.clinic-staff.example", sender="dr.amin@clinic-staff.example", rcpt="referrals@hospital-sophos.example",
          remote="mx-01-eu-west-1.prod.hydra.sophos.com", ip="203.0.113.80",
          said="554 5.7.1 Message blocked by the recipient's data control policy: unencrypted patient identifiers are not allowed",
          stage="end of DATA command", status="5.7.1", reply="554", reason="policyviolation", vendor="sophos")

n = "sophos-tls-certificate-failure-delayed.eml"
pf_remote(n, host="smtp.clinic-staff.example", sender="dr.amin@clinic-staff.example", rcpt="lab@pathology-sophos.example",
          remote="mx-02-eu-west-1.prod.hydra.sophos.com", ip="203.0.113.81",
          said="454 4.7.5 TLS handshake failed: certificate verification failed for mx-02-eu-west-1.prod.hydra.sophos.com",
          stage="STARTTLS command", status="4.7.5", reply="454", reason="failedstarttls", vendor="sophos", action="delayed")

n = "spamexperts-poor-ip-reputation.eml"
pf_remote(n, host="mta3.bulk-sender-se.example", sender="news@bulk-sender-se.example", rcpt="kontor@bygg-se.example",
          remote="mx.spamexperts.com", ip="203.0.113.90",
          said="554 5.7.1 Rejected: the sending IP 192.0.2.150 has a poor reputation score with our filtering service",
          stage="RCPT TO command", status="5.7.1", reply="554", reason="badreputation", vendor="spamexperts")

n = "spamexperts-message-classified-spam.eml"
pf_remote(n, host="mta3.bulk-sender-se.example", sender="news@bulk-sender-se.example", rcpt="info@camping-se.example",
          remote="mx2.spamexperts.com", ip="203.0.113.91",
          said="550 5.7.1 This message was classified as SPAM and may not be delivered",
          stage="end of DATA command", status="5.7.1", reply="550", reason="spamdetected", vendor="spamexperts")

n = "hornetsecurity-low-sender-reputation.eml"
pf_remote(n, host="out.promo-mailer.example", sender="offers@promo-mailer.example", rcpt="einkauf@stadtwerke-hs.example",
          remote="mx01.hornetsecurity.com", ip="203.0.113.100",
          said="554 5.7.1 Sender domain promo-mailer.example has a low reputation; message not accepted",
          stage="RCPT TO command", status="5.7.1", reply="554", reason="badreputation", vendor="hornetsecurity")

# ---------------------------------------------------------------- Google Workspace (Gmail's notice layout)

GMAIL = """
** {title} **

{lead}

The response from the remote server was:
{resp}
"""


def gmail(name, *, sender, rcpt, title, lead, resp, status, reply, reason, hard=False, action="failed"):
    dsn(name, sw="Google", host="mx.google.com", sender=sender, rcpt=rcpt, reason=reason, hard=hard, status=status,
        reply=reply, diag="smtp; " + resp.replace("\n", " "), action=action, vendor="google",
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)" if action == "failed" else "Delivery Status Notification (Delay)",
        text=GMAIL.format(title=title, lead=lead, resp=resp), extra=[("X-Failed-Recipients", rcpt)])


n = "workspace-dmarc-reject-by-recipient.eml"
gmail(n, sender="events@conference-gw.example", rcpt="registrations@science-fair.example",
      title="Message blocked", lead="Your message to registrations@science-fair.example has been blocked. See technical details below for more information.",
      resp="550 5.7.1 Unauthenticated email from conference-gw.example is not accepted due to domain's DMARC policy. Please contact the administrator of conference-gw.example domain.",
      status="5.7.1", reply="550", reason="authfailure")

n = "workspace-duplicate-header-rfc5322.eml"
gmail(n, sender="crm@sales-app-gw.example", rcpt="lead.inbox@prospect-ws.example",
      title="Message not delivered", lead="There was a problem delivering your message to lead.inbox@prospect-ws.example. See the technical details below.",
      resp="550 5.7.1 [198.51.100.33] Messages with multiple 'Subject' headers are not accepted; this message is not RFC 5322 compliant.",
      status="5.7.1", reply="550", reason="notcompliantrfc")

n = "workspace-remote-user-moved.eml"
gmail(n, sender="alumni@college-gw.example", rcpt="r.nakamura@old-employer.example",
      title="Address not found", lead="Your message wasn't delivered to r.nakamura@old-employer.example because the remote server says the person has moved.",
      resp="551 5.1.6 User r.nakamura has moved; mail is no longer forwarded. Please update your address book.",
      status="5.1.6", reply="551", reason="hasmoved", hard=True)

# ---------------------------------------------------------------- Zoho

n = "zoho-relaying-disallowed.eml"
pf_remote(n, host="mail.agency-zoho.example", sender="hello@agency-zoho.example", rcpt="team@client-zm.example",
          remote="mx.zoho.eu", ip="203.0.113.110",
          said="553 Relaying disallowed as team@client-zm.example",
          stage="RCPT TO command", status="5.0.0", reply="553", reason="norelaying", vendor="zoho")

n = "zoho-not-rfc-compliant-duplicate-from.eml"
pf_remote(n, host="mail.agency-zoho.example", sender="hello@agency-zoho.example", rcpt="billing@startup-zm.example",
          remote="mx2.zoho.com", ip="203.0.113.111",
          said="554 5.6.0 Message does not conform to RFC 5322: duplicate 'From' header field",
          stage="end of DATA command", status="5.6.0", reply="554", reason="notcompliantrfc", vendor="zoho")

# ---------------------------------------------------------------- Fastmail, Proton

n = "fastmail-account-disabled.eml"
pf_remote(n, host="smtp.podcast-host.example", sender="episodes@podcast-host.example", rcpt="listener42@fastmail.com",
          remote="in1-smtp.messagingengine.com", ip="203.0.113.120",
          said="550 5.2.1 <listener42@fastmail.com>: This account has been disabled and cannot receive mail",
          stage="RCPT TO command", status="5.2.1", reply="550", reason="suspend", vendor="fastmail")

n = "proton-blocked-by-recipient-rule.eml"
pf_remote(n, host="smtp.marketing-px.example", sender="promo@marketing-px.example", rcpt="quiet.reader@proton.me",
          remote="mail.protonmail.ch", ip="203.0.113.130",
          said="554 5.7.1 Message refused: the recipient has blocked this sender",
          stage="end of DATA command", status="5.7.1", reply="554", reason="filtered", vendor="proton")

n = "proton-address-does-not-exist.eml"
pf_remote(n, host="smtp.marketing-px.example", sender="promo@marketing-px.example", rcpt="gone.reader@proton.me",
          remote="mailsec.protonmail.ch", ip="203.0.113.131",
          said="550 5.1.1 Address does not exist",
          stage="RCPT TO command", status="5.1.1", reply="550", reason="userunknown", hard=True, vendor="proton")

# ---------------------------------------------------------------- Yandex, mail.ru

n = "yandex-suspicion-of-spam.eml"
pf_remote(n, host="mx.shop-ru.example", sender="akcii@shop-ru.example", rcpt="pokupatel77@yandex.ru",
          remote="mx.yandex.ru", ip="203.0.113.140",
          said="554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764748800-aBcDeF12",
          stage="end of DATA command", status="5.7.1", reply="554", reason="spamdetected", vendor="yandex")

n = "yandex-mailbox-size-exceeded.eml"
pf_remote(n, host="mx.shop-ru.example", sender="zakaz@shop-ru.example", rcpt="irina.volkova@yandex.ru",
          remote="mx.yandex.ru", ip="203.0.113.140",
          said="552 5.2.2 Mailbox size limit exceeded",
          stage="end of DATA command", status="5.2.2", reply="552", reason="mailboxfull", vendor="yandex")

n = "mailru-ratelimit-try-later.eml"
pf_remote(n, host="mx.shop-ru.example", sender="akcii@shop-ru.example", rcpt="dmitry.k@mail.ru",
          remote="mxs.mail.ru", ip="203.0.113.150",
          said="421 4.7.28 Ratelimit exceeded for 192.0.2.99, too many messages per minute; try again later",
          stage="end of DATA command", status="4.7.28", reply="421", reason="ratelimited", vendor="mailru", action="delayed")

# ---------------------------------------------------------------- GMX, T-Online, Orange, Libero, Seznam

n = "gmx-mailbox-unavailable.eml"
pf_remote(n, host="smtp.verein-gmx.example", sender="vorstand@verein-gmx.example", rcpt="kassenwart.alt@gmx.de",
          remote="mx00.emig.gmx.net", ip="212.227.15.9",
          said="550 Requested action not taken: mailbox unavailable",
          stage="RCPT TO command", status="5.0.0", reply="550", reason="userunknown", hard=True, vendor="gmx")

n = "tonline-ip-bl.eml"
pf_remote(n, host="relay.hosting-tl.example", sender="info@hosting-tl.example", rcpt="familie.krause@t-online.de",
          remote="mx00.t-online.de", ip="194.25.134.8",
          said="554 IP=192.0.2.33 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
          stage="MAIL FROM command", status="5.0.0", reply="554", reason="blocked", vendor="t-online")

n = "orange-ofr-invalid-recipient.eml"
pf_remote(n, host="smtp.mairie-orange.example", sender="etat-civil@mairie-orange.example", rcpt="jp.durand@orange.fr",
          remote="smtp-in.orange.fr", ip="80.12.242.16",
          said="550 5.1.1 <jp.durand@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
          stage="RCPT TO command", status="5.1.1", reply="550", reason="userunknown", hard=True, vendor="orange")

n = "libero-no-reverse-hostname.eml"
pf_remote(n, host="vps17.cheap-cloud.example", sender="negozio@cheap-cloud.example", rcpt="giulia.ricci@libero.it",
          remote="smtp-in.libero.it", ip="213.209.1.129",
          said="550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.17]",
          stage="RCPT TO command", status="5.7.1", reply="550", reason="requireptr", vendor="libero")

n = "seznam-ptr-missing.eml"
pf_remote(n, host="vps17.cheap-cloud.example", sender="obchod@cheap-cloud.example", rcpt="petr.novak@seznam.cz",
          remote="mx1.seznam.cz", ip="77.75.78.42",
          said="550 5.7.25 Client host rejected: there is no PTR record for 192.0.2.17; set up reverse DNS",
          stage="MAIL FROM command", status="5.7.25", reply="550", reason="requireptr", vendor="seznam")

# ---------------------------------------------------------------- Naver, Rediffmail, Japanese carriers

n = "naver-mailbox-capacity-ko.eml"
r = "minji.park@naver.com"
plain(n, sw="Naver Mail", host="mx.naver.com", sender="shop@kbeauty-store.example",
      frm="MAILER-DAEMON@naver.com", subject=enc_header("메일 발송 실패 안내", "utf-8"),
      charset="utf-8", cte="base64",
      text="""보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람: minji.park@naver.com
실패 사유: 받는 사람의 메일함 용량이 가득 차서 메일을 받을 수 없습니다.

서버 응답: 552 5.2.2 mailbox capacity exceeded
""", returned="Your order has shipped.\n", orcpt=r, osubj="Order shipped")
expect(n, r, "mailboxfull", False, "5.2.2", "552", "failed", "naver")

n = "rediffmail-account-deactivated.eml"
pf_remote(n, host="smtp.matrimony-site.example", sender="matches@matrimony-site.example", rcpt="anil.sharma1979@rediffmail.com",
          remote="mx.rediffmail.rediff.akadns.net", ip="203.0.113.160",
          said="550 5.2.1 <anil.sharma1979@rediffmail.com>... Recipient account has been deactivated due to inactivity",
          stage="RCPT TO command", status="5.2.1", reply="550", reason="suspend", vendor="rediffmail")

n = "ezweb-unknown-user-ja.eml"
r = "sakura-0312@ezweb.ne.jp"
plain(n, sw="au one net", host="mx.ezweb.ne.jp", sender="info@ramen-shop.example",
      frm="MAILER-DAEMON@ezweb.ne.jp", subject=enc_header("メール送信エラー", "iso-2022-jp"),
      charset="iso-2022-jp", cte="7bit",
      text="""次の宛先へのメールは配信できませんでした。

宛先: sakura-0312@ezweb.ne.jp
理由: 宛先のメールアドレスは存在しません。

550 <sakura-0312@ezweb.ne.jp>: User unknown
""", orcpt=r)
expect(n, r, "userunknown", True, "", "550", "failed", "au")

n = "softbank-recipient-filter-ja.eml"
r = "taro.yamada.77@i.softbank.jp"
plain(n, sw="SoftBank", host="mx.i.softbank.jp", sender="news@travel-deals.example",
      frm="Mail Delivery Subsystem <MAILER-DAEMON@i.softbank.jp>", subject=enc_header("配信不能通知", "iso-2022-jp"),
      charset="iso-2022-jp", cte="7bit",
      text="""以下の宛先へのメールは、受信者が設定した迷惑メールフィルター（受信拒否設定）により
受信を拒否されたため、配信できませんでした。

宛先: taro.yamada.77@i.softbank.jp

554 5.7.1 Rejected by recipient's reception setting
""", orcpt=r)
expect(n, r, "filtered", False, "5.7.1", "554", "failed", "softbank")

# ---------------------------------------------------------------- ESP suppression notices

n = "mailgun-previously-bounced.eml"
r = "old.customer@retired-isp.example"
dsn(n, sw="Mailgun", host="mxa.mailgun.org", sender="receipts@shop-mg.example", rcpt=r,
    reason="suppressed", status="5.0.0", reply="605",
    diag="smtp; 605 Not delivering to previously bounced address",
    subject="Delivery Status Notification (Failure)", frm="Mailgun Delivery <mailer-daemon@mxa.mailgun.org>",
    vendor="mailgun",
    text="""Delivery to the following recipient was not attempted:

    old.customer@retired-isp.example

Reason: 605 Not delivering to previously bounced address. The address is on
your domain's bounce list because an earlier message to it failed
permanently. Remove it from the bounce list only if you know it works again.
""")

n = "sparkpost-suppression-list.eml"
r = "unsubscribed.user@home-isp.example"
dsn(n, sw="SparkPost", host="mta-out.sparkpostmail.com", sender="digest@forum-sp.example", rcpt=r,
    reason="suppressed", status="5.0.0", reply="554",
    diag="smtp; 554 5.7.1 recipient address was suppressed due to customer policy",
    subject="Undeliverable message", frm="SparkPost Bounce Handler <bounces@sparkpostmail.com>", vendor="sparkpost",
    text="""This message was not sent.

The recipient unsubscribed.user@home-isp.example is on your account's
suppression list, so no delivery was attempted:

    554 5.7.1 recipient address was suppressed due to customer policy
""")

# ---------------------------------------------------------------- auto-replies

n = "kerio-autoreply-out-of-office.eml"
date = when("+0100")
write(OUT, n, mail([hop(n, "mail.druckerei-kerio.example", "Kerio Connect 10.0.4", date, "mail.kanzlei-kerio.example", "198.51.100.175"),
                    ("Date", date), ("From", "Sabine Roth <s.roth@kanzlei-kerio.example>"),
                    ("To", "produktion@druckerei-kerio.example"), ("Subject", "Auto: Re: Korrekturabzug Briefbogen"),
                    ("Message-ID", mid(n, "kanzlei-kerio.example")), ("Auto-Submitted", "auto-replied"),
                    ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", mid(n + "/o", "druckerei-kerio.example"))],
                   text_part("""Vielen Dank fuer Ihre Nachricht.

Ich bin bis einschliesslich 30. November nicht im Buero und habe nur
eingeschraenkt Zugriff auf meine E-Mails. In dringenden Faellen wenden Sie
sich bitte an sekretariat@kanzlei-kerio.example.

I am out of the office until 30 November with limited access to email.

Sabine Roth
""")))
expect(n, "s.roth@kanzlei-kerio.example", "vacation", False, "", "", "", "kerio")

n = "yandex-autoreply-ru.eml"
date = when("+0300")
write(OUT, n, mail([hop(n, "mx.shop-ru.example", "Postfix", date, "forward101.mail.yandex.net", "203.0.113.141"),
                    ("Date", date), ("From", enc_header("Ольга Смирнова", "utf-8") + " <olga.smirnova@yandex.ru>"),
                    ("To", "zakaz@shop-ru.example"), ("Subject", enc_header("Автоответ: Ваш заказ 5521", "utf-8")),
                    ("Message-ID", mid(n, "yandex.ru")), ("Auto-Submitted", "auto-replied"),
                    ("In-Reply-To", mid(n + "/o", "shop-ru.example"))],
                   text_part("""Здравствуйте!

Я в отпуске до 7 декабря и не читаю почту. Ваше письмо будет прочитано
после моего возвращения.

Ольга Смирнова
""", "utf-8", "base64")))
expect(n, "olga.smirnova@yandex.ru", "vacation", False, "", "", "", "yandex")

# ---------------------------------------------------------------- ARF feedback loops (mail.ru, Yandex)


def arf(name, *, host, frm, to, rcpt, sender, ftype, ua, subj, ip, vendor):
    date = when("+0300")
    bnd = boundary(name)
    o = orig(sender, rcpt, subj, date, name, body="Big autumn sale: up to 70% off.\n")
    fr = (f"Feedback-Type: {ftype}\nUser-Agent: {ua}\nVersion: 1\nOriginal-Mail-From: <{sender}>\n"
          f"Original-Rcpt-To: <{rcpt}>\nArrival-Date: {date}\nSource-IP: {ip}\nReported-Domain: {sender.split('@')[1]}\n")
    body = multipart("report", [text_part(f"This is an email abuse report for an email message received from IP {ip} on {date}.\nThe recipient marked it as spam.\n"),
                                part("message/feedback-report", fr, cte=None), part("message/rfc822", o, cte=None)],
                     bnd, " report-type=feedback-report;")
    write(OUT, name, mail([hop(name, host, "Postfix", date), ("Date", date), ("From", frm), ("To", to),
                           ("Subject", "Abuse report for " + subj), ("Message-ID", mid(name, host))], body))
    expect(name, rcpt, "feedback", False, "", "", "", vendor)


arf("mailru-fbl-abuse.eml", host="fbl.mail.ru", frm="Mail.ru FBL <fbl@corp.mail.ru>", to="fbl@shop-ru.example",
    rcpt="nikita.orlov@mail.ru", sender="akcii@shop-ru.example", ftype="abuse", ua="Mail.Ru FBL/1.0",
    subj="Skidki nedeli", ip="192.0.2.99", vendor="mailru")
arf("yandex-fbl-abuse.eml", host="fbl.yandex.ru", frm="Yandex FBL <fbl-report@yandex.ru>", to="abuse@shop-ru.example",
    rcpt="svetlana.k@yandex.ru", sender="akcii@shop-ru.example", ftype="abuse", ua="Yandex FBL/2.1",
    subj="Skidki mesyatsa", ip="192.0.2.99", vendor="yandex")

# ---------------------------------------------------------------- more classes in other software

n = "icewarp-null-mx-domain.eml"
r = "contact@defunct-brand-iw.example"
dsn(n, sw="IceWarp Mail Server 14.0", host="mail.stavby-icewarp.example", sender="marketing@stavby-icewarp.example", rcpt=r,
    reason="notaccept", hard=True, status="5.1.10",
    diag="x-icewarp; Recipient domain defunct-brand-iw.example has declared that it accepts no mail (null MX record)",
    subject="Undeliverable: Nabidka spoluprace", frm="postmaster@mail.stavby-icewarp.example", vendor="icewarp",
    text="""Delivery of your message to the following recipient(s) failed:

contact@defunct-brand-iw.example
Recipient domain defunct-brand-iw.example has declared that it accepts no mail (null MX record)

-- IceWarp Mail Server
""")

n = "axigen-user-moved-551.eml"
r = "ion.marin@agentie-veche.example"
dsn(n, sw="Axigen", host="mail.construct-ro.example", sender="hr@construct-ro.example", rcpt=r,
    reason="hasmoved", hard=True, status="5.1.6", reply="551",
    diag="smtp; 551 5.1.6 User not local; the mailbox was moved, please try <ion.marin@agentie-noua.example>",
    remote="mail.agentie-veche.example", vendor="axigen",
    subject="Delivery failure notification", frm="Axigen Postmaster <postmaster@mail.construct-ro.example>",
    text=AXIGEN.format(host="mail.construct-ro.example", rcpt=r, reason="551 5.1.6 User not local; the mailbox was moved,\n               please try <ion.marin@agentie-noua.example>"))

n = "haraka-mime-boundary-unterminated.eml"
pf_remote(n, host="smtp.webform-relay.example", sender="forms@webform-relay.example", rcpt="intake@charity-hk.example",
          remote="haraka.charity-hk.example", ip="203.0.113.170",
          said="550 5.6.0 Malformed MIME: multipart boundary never terminated",
          stage="end of DATA command", status="5.6.0", reply="550", reason="contenterror", vendor="haraka")

n = "kerio-sender-callout-failed.eml"
pf_remote(n, host="smtp.webform-relay.example", sender="no-reply@webform-relay.example", rcpt="anfragen@handwerk-kerio.example",
          remote="mail.handwerk-kerio.example", ip="203.0.113.171",
          said="550 5.1.7 <no-reply@webform-relay.example>: Sender address rejected: the sender mailbox could not be verified",
          stage="MAIL FROM command", status="5.1.7", reply="550", reason="rejected", vendor="kerio")

n = "dovecot-lmtp-delivered-success.eml"
r = "lena.fischer@verlag-dc.example"
dsn(n, sw="Postfix", host="mx.verlag-dc.example", sender="autor@schreibwerkstatt.example", rcpt=r,
    reason="delivered", action="delivered", status="2.0.0",
    diag="lmtp; 250 2.0.0 <lena.fischer@verlag-dc.example> hF2kN0aBcWbVNQAAyH3Ttg Saved",
    subject="Successful Mail Delivery Report",
    text="""This is the mail system at host mx.verlag-dc.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<lena.fischer@verlag-dc.example>: delivery via
    dovecot.verlag-dc.example[private/dovecot-lmtp]: 250 2.0.0
    <lena.fischer@verlag-dc.example> hF2kN0aBcWbVNQAAyH3Ttg Saved
""")

n = "zimbra-two-recipients-unknown-and-full.eml"
dsn(n, sw="Postfix", host="zimbra.schools-zm.example", sender="newsletter@pta-zm.example",
    rcpt="former.teacher@schools-zm.example", reason="userunknown", hard=True, status="5.1.1", reply="550",
    diag="lmtp; 550 5.1.1 <former.teacher@schools-zm.example>: Recipient address rejected: no such account",
    more=[("librarian@schools-zm.example", "5.2.2", "lmtp; 552 5.2.2 <librarian@schools-zm.example>: Mailbox is over its storage quota", "mailboxfull", False, "552")],
    subject="Undelivered Mail Returned to Sender", vendor="zimbra",
    text=PF.format(host="zimbra.schools-zm.example", tail="""<former.teacher@schools-zm.example>: host
    zimbra.schools-zm.example[/opt/zimbra/lmtp] said: 550 5.1.1
    <former.teacher@schools-zm.example>: Recipient address rejected: no such
    account (in reply to RCPT TO command)

<librarian@schools-zm.example>: host zimbra.schools-zm.example[/opt/zimbra/lmtp]
    said: 552 5.2.2 <librarian@schools-zm.example>: Mailbox is over its storage
    quota (in reply to RCPT TO command)"""))

# ================================================================ near-misses: ordinary mail, no record


def ordinary(name, *, frm, to, subject, host, text="", charset="us-ascii", cte=None, extra=(), tz="+0000"):
    date = when(tz)
    hops = hop(name, "mx.inbox-sample.example", "Postfix", date, f"out.{host}", "198.51.100.141")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if charset == "iso-2022-jp" and cte == "7bit":
        text = text.encode(charset).decode("ascii")
    write(NB, name, mail(heads, text_part(text, charset, cte)))


n = "nb-proofpoint-end-user-digest.eml"
ordinary(n, frm="Proofpoint Essentials <quarantine@pphosted.com>", to="m.haas@insurance-pp.example",
         subject="End User Digest: 3 New Messages", host="pphosted.com", extra=[("Precedence", "bulk")], text="""Hello m.haas@insurance-pp.example,

The following messages were held in quarantine since your last digest.
They were not delivered to your inbox. Use the links to release them.

Score  From                              Subject
 97    offers@lucky-winners.example      You have been selected!!!
 88    billing@invoice-notice.example    Overdue invoice 4471
 64    news@webinar-series.example       Last chance: cyber risk webinar

Release | Allow sender | Block sender

This digest was generated for m.haas@insurance-pp.example.
""")

n = "nb-mimecast-held-for-review.eml"
ordinary(n, frm="Mimecast Notifications <notifications@mimecast.com>", to="j.patel@legal-mc.example",
         subject="Message held for review: Signed contract", host="mimecast.com", text="""A message addressed to you has been held for review by your
organisation's policy and has not yet been delivered.

From:    counsel@partner-firm.example
Subject: Signed contract
Reason:  Attachment requires administrator review

No action is needed from you. An administrator will release or reject it.
""")

n = "nb-barracuda-quarantine-summary.eml"
ordinary(n, frm="Barracuda Email Security Service <quarantine@ess.barracudanetworks.com>", to="reception@dental-bc.example",
         subject="Quarantine summary for reception@dental-bc.example", host="ess.barracudanetworks.com", text="""You have 2 new messages in your quarantine.

  From: promo@teeth-whitening.example   Subject: 50% off whitening kits
  From: noreply@parcel-track.example    Subject: Your parcel could not be delivered

Messages in quarantine are deleted after 30 days. Log in to deliver,
whitelist or delete them.
""")

n = "nb-dovecot-quota-warning-90.eml"
ordinary(n, frm="Mail Administrator <postmaster@hosting-nord.example>", to="anja.petersen@kanzlei-petersen.example",
         subject="Ihr Postfach ist zu 90% belegt", host="hosting-nord.example", text="""Hallo,

Ihr Postfach anja.petersen@kanzlei-petersen.example ist zu 90% belegt
(4,5 GB von 5 GB). Bitte loeschen Sie alte Nachrichten oder leeren Sie den
Papierkorb. Wenn das Postfach voll ist, werden neue Nachrichten mit
"Quota exceeded" abgewiesen.

Your mailbox is 90% full. Please delete old messages.

-- 
Hosting Nord Support
""")

n = "nb-zimbra-maintenance-announcement.eml"
ordinary(n, frm="IT Services <it@camara-porto.example>", to="todos@camara-porto.example",
         subject="Manutencao do correio no sabado / Mail maintenance on Saturday", host="camara-porto.example", text="""Caros colegas,

No sabado, entre as 22h e as 02h, as contas de correio ficarao em modo de
manutencao. Mensagens enviadas nesse periodo serao entregues depois.

Dear colleagues, on Saturday between 22:00 and 02:00 all mail accounts
will be in maintenance mode. Mail sent to you meanwhile is queued and
delivered afterwards; senders may get a "delayed" warning, which they can
ignore.

Servicos de Informatica
""")

n = "nb-workspace-alert-user-suspended.eml"
ordinary(n, frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>", to="admin@college-gw.example",
         subject="Alert: User suspended due to suspicious activity", host="google.com", text="""Google Workspace

User suspended due to suspicious activity

Google suspended the user r.lee@college-gw.example because of suspicious
login activity. The user can't sign in or receive email until an
administrator restores the account.

Activity date: Nov 24, 2026, 3:12 AM UTC

View alert details in the Alert Center.
""")

n = "nb-list-cyrus-mailbox-unknown-question.eml"
ordinary(n, frm="Tomas Berg <tberg@uni-physik.example>", to="info-cyrus@lists.cyrus-users.example",
         subject="LMTP says Mailbox unknown right after creating the user", host="uni-physik.example",
         extra=[("List-Id", "<info-cyrus.lists.cyrus-users.example>"), ("Precedence", "list")], text="""Hi list,

after creating a user with cyradm, the first message for it bounces with

  550-Mailbox unknown.  Either there is no mailbox associated with this
  550-name or you do not have authorization to see it.
  550 5.1.1 User unknown

A minute later everything works. Is there a cache I should flush?
Cyrus 3.8.3, Postfix 3.7 in front.

Tomas
""")

n = "nb-list-haraka-release.eml"
ordinary(n, frm="Haraka Announce <announce@haraka-project.example>", to="haraka-users@lists.haraka-project.example",
         subject="[ANN] Haraka 3.0.4 released", host="haraka-project.example",
         extra=[("List-Id", "<haraka-users.lists.haraka-project.example>"), ("Precedence", "list")], text="""Haraka 3.0.4 is out.

Changes:
- spf: the "SPF FAIL" reply now names the client IP
- outbound: bounce messages include the remote host's full reply
- dkim: fixed a crash on empty signatures

Upgrade with npm as usual.
""")

n = "nb-customer-reports-mailbox-size-error.eml"
ordinary(n, frm="Pavel Dvorak <pavel.dvorak@home-isp.example>", to="support@eshop-cz.example",
         subject="My emails to you come back", host="home-isp.example", text="""Hello,

every time I write to reklamace@eshop-cz.example I get a message back
saying "552 5.2.2 Mailbox size limit exceeded". Could you please check
your mailbox? I want to return the headphones from order 33021.

Thanks,
Pavel Dvorak
""")

n = "nb-mailman-awaiting-moderator.eml"
ordinary(n, frm="choir-owner@lists.town-choir.example", to="new.singer@home-isp.example",
         subject="Your message to Choir awaits moderator approval", host="lists.town-choir.example",
         extra=[("X-Mailman-Version", "2.1.39"), ("Precedence", "bulk")], text="""Your mail to 'Choir' with the subject

    Rehearsal on Thursday?

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
""")

n = "nb-nagios-smtp-critical.eml"
ordinary(n, frm="nagios@monitor.fibrelink-isp.example", to="noc@fibrelink-isp.example",
         subject="** PROBLEM Service Alert: mx2/SMTP is CRITICAL **", host="monitor.fibrelink-isp.example", text="""***** Nagios *****

Notification Type: PROBLEM

Service: SMTP
Host: mx2
Address: 192.0.2.25
State: CRITICAL

Date/Time: Wed Nov 25 04:10:22 UTC 2026

Additional Info:

connect to address 192.0.2.25 and port 25: Connection refused
""")

n = "nb-exchange-meeting-forward-notification.eml"
ordinary(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@builders-merchant-ex.example>",
         to="d.wright@builders-merchant-ex.example", subject="Meeting Forward Notification: Site visit Plot 7",
         host="builders-merchant-ex.example", text="""Your meeting was forwarded

Sam Ortiz <s.ortiz@builders-merchant-ex.example> has forwarded your meeting
request to additional recipients.

Meeting
Site visit Plot 7

Meeting Time
Thursday, 3 December 2026 10:00-11:00

Recipients
k.li@surveyors-ex.example
""")

n = "nb-kerio-password-expiry.eml"
ordinary(n, frm="Kerio Connect <postmaster@druckerei-kerio.example>", to="produktion@druckerei-kerio.example",
         subject="Ihr Passwort laeuft in 5 Tagen ab", host="druckerei-kerio.example", text="""Das Passwort fuer das Konto produktion@druckerei-kerio.example laeuft
in 5 Tagen ab. Bitte aendern Sie es im Kerio Connect Client unter
Einstellungen > Passwort.

Your password expires in 5 days.
""")

n = "nb-ko-naver-newsletter-storage.eml"
ordinary(n, frm=enc_header("네이버 메일", "utf-8") + " <navermail_noreply@navercorp.com>", to="minji.park@naver.com",
         subject=enc_header("메일함 용량을 늘려 보세요", "utf-8"), host="navercorp.com", charset="utf-8", cte="base64",
         text="""안녕하세요, 네이버 메일입니다.

메일함 용량이 부족하면 새 메일을 받을 수 없습니다.
이번 달에 추가 저장 공간 상품을 할인된 가격으로 이용해 보세요.

수신을 원하지 않으시면 설정에서 변경하실 수 있습니다.
""")

n = "nb-ja-softbank-filter-guide.eml"
ordinary(n, frm="SoftBank <info@softbank-guide.example>", to="taro.yamada.77@i.softbank.jp",
         subject=enc_header("迷惑メールフィルター設定のご案内", "iso-2022-jp"), host="softbank-guide.example",
         charset="iso-2022-jp", cte="7bit", text="""いつもご利用いただきありがとうございます。

迷惑メールフィルターの設定により、必要なメールが受信拒否される
場合があります。受信したいドメインを許可リストに登録してください。

設定方法はMy SoftBankをご覧ください。
""")

n = "nb-ru-colleague-going-on-leave.eml"
ordinary(n, frm=enc_header("Ольга Смирнова", "utf-8") + " <olga.smirnova@yandex.ru>", to="zakaz@shop-ru.example",
         subject=enc_header("Re: план на декабрь", "utf-8"), host="yandex.ru", charset="utf-8", cte="base64",
         extra=[("In-Reply-To", "<plan-dec-2026@shop-ru.example>")], text="""Коллеги, добрый день!

С понедельника я в отпуске на две недели. План на декабрь согласован,
вопросы по поставкам, пожалуйста, направляйте Игорю.

Ольга
""")

n = "nb-domino-migration-notice.eml"
ordinary(n, frm="IT Team <it-team@spedition-domino.example>", to="alle@spedition-domino.example",
         subject="Umstellung von Lotus Notes auf Exchange am Wochenende", host="spedition-domino.example", text="""Liebe Kolleginnen und Kollegen,

am Wochenende stellen wir von Lotus Notes / Domino auf Exchange um.
Falls Sie am Montag eine "DELIVERY FAILURE"-Meldung von einem alten
Notes-Server erhalten, leiten Sie sie bitte an it-team@spedition-domino.example
weiter.

Ihr IT-Team
""")

n = "nb-mailgun-suppression-weekly-report.eml"
ordinary(n, frm="Mailgun <reports@mailgun.example>", to="ops@shop-mg.example",
         subject="Weekly summary for shop-mg.example: bounces and suppressions", host="mailgun.example", text="""Weekly summary, 16-22 November 2026

Delivered:   48,211
Bounced:        137
Complaints:       4

Top addresses added to your bounce list this week:
  a.nonexistent@retired-isp.example
  sales@closed-company.example
  info@typo-domian.example

Messages to these addresses are no longer attempted.
""")

n = "nb-sophos-quarantine-released.eml"
ordinary(n, frm="Sophos Central <do-not-reply@central.sophos.com>", to="referrals@hospital-sophos.example",
         subject="A message was released from quarantine", host="central.sophos.com", text="""An administrator released the following message from quarantine.
It has now been delivered to your mailbox.

From:    dr.amin@clinic-staff.example
Subject: Patient referral
Reason held: Data control policy
""")

n = "nb-fr-prelevement-rejete.eml"
ordinary(n, frm="Banque Exemple <notifications@banque-exemple.example>", to="jp.durand@orange.fr",
         subject="Prelevement rejete - action requise", host="banque-exemple.example", text="""Madame, Monsieur,

le prelevement SEPA de 49,90 EUR emis par Fournisseur Energie a ete rejete
le 20/11/2026 (motif : provision insuffisante). Merci de regulariser votre
situation aupres du creancier.

Banque Exemple - Service Clients
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
