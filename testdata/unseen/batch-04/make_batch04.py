#!/usr/bin/env python3
"""Writes testdata/unseen/batch-04: real-world bounces of many MTA families
and providers, each laid out the way that software lays out its notices
(Postfix old and new, Exim 3/4, Sendmail 8 with and without DSN, qmail,
Courier, Exchange 2003-2019 and Office 365, Domino, GroupWise, MDaemon,
Zimbra, Mirapoint, IMail, Kerio, OpenSMTPD, Haraka, the big mailbox
providers, filtering gateways, sending services and Chinese and Japanese
providers), list-manager relays, a forwarded chain and an X.400 gateway,
ordinary near-miss messages in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch04.py [DIR]"""
import base64
import gzip
import hashlib
import io
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


def osrc(sender, rcpt, subject, date, name, body="Hello,\n\nplease find the details below.\n\nRegards\n", extra=""):
    """The returned original message (headers and a short body)."""
    return orig_headers(sender, rcpt, subject, date, mid(name + "o", sender.split("@")[1]), extra) + "\n" + body


def dsn(name, *, frm, to, subject, date, host, sw, text, recips, orig, returned="headers", charset="us-ascii",
        cte=None, extra=(), arrival=None, reporting=None):
    """A multipart/report DSN; orig is the returned header block or message."""
    if returned == "headers":
        orig = orig.split("\n\n", 1)[0] + "\n"
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips, orig=orig,
                    charset=charset, cte=cte, extra=extra, returned=returned, arrival=arrival, reporting=reporting)


def notice(name, *, frm, to, subject, date, host, sw, text, orig=None, charset="us-ascii", cte=None, extra=(),
           auto=True, inline=False):
    """A notice without a DSN part: text/plain alone (the original inline in
    the text when inline), or the text and the original as message/rfc822."""
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    if orig is None or inline:
        body = text + (orig or "")
        return mail(heads, text_part(body, charset, cte))
    return mail(heads, multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)],
                                 boundary(name)))


# ======================================================================== Postfix
PF = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""
PF_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {h} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

n = "postfix21-local-unknown-user.eml"
d = dt(2026, 11, 18, 9, 40, 12, "+0100")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@mail.brauerei-kessler.example (Mail Delivery System)",
    to="vertrieb@brauerei-kessler.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="mail.brauerei-kessler.example", sw="Postfix", returned="message", text="""This is the Postfix program at host mail.brauerei-kessler.example.

I'm sorry to have to inform you that the message returned
below could not be delivered to one or more destinations.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the message returned below.

			The Postfix program

<lager2@brauerei-kessler.example>: unknown user: "lager2"
""", recips=[{"final": "lager2@brauerei-kessler.example", "status": "5.0.0", "diag": 'X-Postfix; unknown user: "lager2"'}],
    orig=osrc("vertrieb@brauerei-kessler.example", "lager2@brauerei-kessler.example", "Bestand Fassbier",
              dt(2026, 11, 18, 9, 40, 10, "+0100"), n)))
expect(n, "lager2@brauerei-kessler.example", "userunknown", hard=True, status="5.0.0")

n = "postfix3-pipe-command-died.eml"
d = dt(2026, 11, 24, 15, 2, 51, "+0000")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@helpdesk.quarry-tools.example (Mail Delivery System)",
    to="customer.jane@homemail.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="helpdesk.quarry-tools.example", sw="Postfix", text=PF.format(host="helpdesk.quarry-tools.example") +
    """<tickets@helpdesk.quarry-tools.example>: Command died with status 1:
    "/usr/local/bin/ticket-import --queue support". Command output:
    ticket-import: cannot open queue database /srv/tickets/queue.db: database
    is locked
""", recips=[{"final": "tickets@helpdesk.quarry-tools.example", "original": "tickets@helpdesk.quarry-tools.example",
              "status": "5.3.0", "diag": "x-unix; ticket-import: cannot open queue database /srv/tickets/queue.db: database is locked"}],
    orig=osrc("customer.jane@homemail.example", "tickets@helpdesk.quarry-tools.example", "Broken chisel handle",
              dt(2026, 11, 24, 15, 2, 49, "+0000"), n)))
expect(n, "tickets@helpdesk.quarry-tools.example", "mailererror", status="5.3.0")

n = "postfix3-delayed-insufficient-storage.eml"
d = dt(2026, 11, 27, 11, 15, 3, "+0000")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@out.tidepool-news.example (Mail Delivery System)",
    to="editor@tidepool-news.example", subject="Delayed Mail (still being retried)", date=d,
    host="out.tidepool-news.example", sw="Postfix", text=PF_DELAY.format(host="out.tidepool-news.example", h=4) +
    """<letters@harbour-gazette.example>: host mx.harbour-gazette.example[198.51.100.61]
    said: 452 4.3.1 Insufficient system storage (in reply to MAIL FROM command)
""", recips=[{"final": "letters@harbour-gazette.example", "action": "delayed", "status": "4.3.1",
              "remote": "mx.harbour-gazette.example", "diag": "452 4.3.1 Insufficient system storage",
              "will_retry": dt(2026, 12, 2, 7, 10, 0, "+0000")}],
    orig=osrc("editor@tidepool-news.example", "letters@harbour-gazette.example", "Letter to the editor: ferry times",
              dt(2026, 11, 27, 7, 10, 0, "+0000"), n)))
expect(n, "letters@harbour-gazette.example", "systemfull", status="4.3.1", reply="452", action="delayed")

n = "postfix3-tls-required-not-offered.eml"
d = dt(2026, 11, 30, 18, 0, 44, "+0100")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@gw.notariat-weiss.example (Mail Delivery System)",
    to="kanzlei@notariat-weiss.example", subject="Delayed Mail (still being retried)", date=d,
    host="gw.notariat-weiss.example", sw="Postfix", text=PF_DELAY.format(host="gw.notariat-weiss.example", h=3) +
    """<grundbuch@amtsgericht-sample.example>: TLS is required, but was not offered
    by host mail.amtsgericht-sample.example[203.0.113.140]
""", recips=[{"final": "grundbuch@amtsgericht-sample.example", "action": "delayed", "status": "4.7.4",
              "diag": "X-Postfix; TLS is required, but was not offered by host mail.amtsgericht-sample.example[203.0.113.140]"}],
    orig=osrc("kanzlei@notariat-weiss.example", "grundbuch@amtsgericht-sample.example", "Antrag Eintragung",
              dt(2026, 11, 30, 15, 0, 0, "+0100"), n)))
expect(n, "grundbuch@amtsgericht-sample.example", "failedstarttls", status="4.7.4", action="delayed")

n = "postfix3-smtp-bare-newline.eml"
d = dt(2026, 11, 12, 8, 31, 9, "+0000")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@relay.scanhouse-print.example (Mail Delivery System)",
    to="scanner-mfp3@scanhouse-print.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="relay.scanhouse-print.example", sw="Postfix", text=PF.format(host="relay.scanhouse-print.example") +
    """<archive@records-office.example>: host mx.records-office.example[198.51.100.90]
    said: 550 5.6.0 Message contains bare newline characters, which are not
    permitted (see RFC 5321 section 2.3.8) (in reply to end of data command)
""", recips=[{"final": "archive@records-office.example", "status": "5.6.0", "remote": "mx.records-office.example",
              "diag": "550 5.6.0 Message contains bare newline characters, which are not permitted (see RFC 5321 section 2.3.8)"}],
    orig=osrc("scanner-mfp3@scanhouse-print.example", "archive@records-office.example", "Scanned document 0042",
              dt(2026, 11, 12, 8, 31, 5, "+0000"), n)))
expect(n, "archive@records-office.example", "contenterror", status="5.6.0", reply="550")

# ======================================================================== Exim
EXIM = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""

n = "exim3-unknown-local-part.eml"
d = dt(2026, 10, 21, 13, 5, 0, "+0100")
write(OUT, n, notice(n, frm="Mail Delivery System <Mailer-Daemon@physics.oldcampus.example>",
    to="r.hughes@physics.oldcampus.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="physics.oldcampus.example", sw="Exim 3.36", inline=True,
    text="""This message was created automatically by mail delivery software (Exim).

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tkirby@astro.oldcampus.example:
    unknown local-part "tkirby" in domain "astro.oldcampus.example"

------ This is a copy of the message, including all the headers. ------

""", orig=osrc("r.hughes@physics.oldcampus.example", "tkirby@astro.oldcampus.example", "Telescope time",
                dt(2026, 10, 21, 13, 4, 58, "+0100"), n)))
expect(n, "tkirby@astro.oldcampus.example", "userunknown", hard=True)

n = "exim4-hosts-failing-long-time.eml"
d = dt(2026, 11, 8, 2, 0, 17, "+0000")
write(OUT, n, notice(n, frm="Mail Delivery System <Mailer-Daemon@mx2.fieldkit-outdoor.example>",
    to="shop@fieldkit-outdoor.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="mx2.fieldkit-outdoor.example", sw="Exim 4.97", inline=True,
    extra=[("X-Failed-Recipients", "buyer@alpine-traders.example")],
    text=EXIM + """  buyer@alpine-traders.example
    all hosts for 'alpine-traders.example' have been failing for a long time (and retry time not reached)

------ This is a copy of the message, including all the headers. ------

""", orig=osrc("shop@fieldkit-outdoor.example", "buyer@alpine-traders.example", "Winter catalogue",
                dt(2026, 11, 3, 22, 0, 0, "+0000"), n)))
expect(n, "buyer@alpine-traders.example", "expired")

n = "exim4-appendfile-quota-retry-timeout.eml"
d = dt(2026, 11, 15, 6, 44, 2, "+0000")
write(OUT, n, notice(n, frm="Mail Delivery System <Mailer-Daemon@mail.villagehall-net.example>",
    to="bookings@cricket-club.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="mail.villagehall-net.example", sw="Exim 4.96", inline=True,
    extra=[("X-Failed-Recipients", "secretary@villagehall-net.example")],
    text=EXIM + """  secretary@villagehall-net.example
    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/secretary): retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

""", orig=osrc("bookings@cricket-club.example", "secretary@villagehall-net.example", "Hall booking 12 December",
                dt(2026, 11, 11, 19, 0, 0, "+0000"), n)))
expect(n, "secretary@villagehall-net.example", "mailboxfull")

n = "exim4-user-not-local-please-try.eml"
d = dt(2026, 11, 19, 10, 12, 40, "+0000")
write(OUT, n, notice(n, frm="Mail Delivery System <Mailer-Daemon@smtp.lighthouse-press.example>",
    to="rights@lighthouse-press.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="smtp.lighthouse-press.example", sw="Exim 4.98", inline=True,
    extra=[("X-Failed-Recipients", "m.keller@old-agency.example")],
    text=EXIM + """  m.keller@old-agency.example
    host mx.old-agency.example [203.0.113.71]
    SMTP error from remote mail server after RCPT TO:<m.keller@old-agency.example>:
    551 5.1.6 User not local; please try <m.keller@new-agency.example>

------ This is a copy of the message, including all the headers. ------

""", orig=osrc("rights@lighthouse-press.example", "m.keller@old-agency.example", "Translation rights, spring list",
                dt(2026, 11, 19, 10, 12, 38, "+0000"), n)))
expect(n, "m.keller@old-agency.example", "hasmoved", hard=True, status="5.1.6", reply="551")

n = "exim4-data-malformed-mime.eml"
d = dt(2026, 11, 23, 16, 20, 0, "+0000")
write(OUT, n, notice(n, frm="Mail Delivery System <Mailer-Daemon@cpanel42.shared-host.example>",
    to="noreply@bakery-orders.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="cpanel42.shared-host.example", sw="Exim 4.97.1", inline=True,
    extra=[("X-Failed-Recipients", "orders@wholesale-flour.example")],
    text=EXIM + """  orders@wholesale-flour.example
    host mail.wholesale-flour.example [198.51.100.205]
    SMTP error from remote mail server after end of data:
    554 5.6.1 Message rejected: MIME structure is broken (multipart boundary never closed)

------ This is a copy of the message, including all the headers. ------

""", orig=osrc("noreply@bakery-orders.example", "orders@wholesale-flour.example", "Order form submission #5521",
                dt(2026, 11, 23, 16, 19, 58, "+0000"), n)))
expect(n, "orders@wholesale-flour.example", "contenterror", status="5.6.1", reply="554")

# ======================================================================== Sendmail
n = "sendmail8-dsn-host-unknown.eml"
d = dt(2026, 11, 4, 14, 22, 31, "-0600")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.prairie-coop.example>",
    to="<grain@prairie-coop.example>", subject="Returned mail: see transcript for details", date=d,
    host="mail.prairie-coop.example", sw="8.17.1/8.17.1", text="""The original message was received at Wed, 4 Nov 2026 14:22:30 -0600
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<market@grain-exchnage.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <market@grain-exchnage.example>... Host unknown (Name server: grain-exchnage.example: host not found)
""", recips=[{"final": "market@grain-exchnage.example", "original": "market@grain-exchnage.example", "status": "5.1.2",
              "diag": "smtp; 550 Host unknown"}],
    orig=osrc("grain@prairie-coop.example", "market@grain-exchnage.example", "Bids for December",
              dt(2026, 11, 4, 14, 22, 30, "-0600"), n), arrival=dt(2026, 11, 4, 14, 22, 30, "-0600")))
expect(n, "market@grain-exchnage.example", "hostunknown", hard=True, status="5.1.2", reply="550")

n = "sendmail8-prog-mailer-error.eml"
d = dt(2026, 11, 9, 3, 30, 12, "-0500")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@lists.birdclub.example>",
    to="<member.ruth@homemail.example>", subject="Returned mail: see transcript for details", date=d,
    host="lists.birdclub.example", sw="8.15.2/8.15.2", text="""The original message was received at Mon, 9 Nov 2026 03:30:10 -0500
from out.homemail.example [198.51.100.14]

   ----- The following addresses had permanent fatal errors -----
"|/usr/local/majordomo/wrapper resend -l sightings sightings-outgoing"
    (reason: 554 5.3.0 unknown mailer error 2)
    (expanded from: <sightings@lists.birdclub.example>)

   ----- Transcript of session follows -----
resend: cannot open /usr/local/majordomo/lists/sightings.config: Permission denied
554 5.3.0 "|/usr/local/majordomo/wrapper resend -l sightings sightings-outgoing"... unknown mailer error 2
""", recips=[{"final": "sightings@lists.birdclub.example", "original": "sightings@lists.birdclub.example",
              "status": "5.3.0", "diag": "X-Unix; 2"}],
    orig=osrc("member.ruth@homemail.example", "sightings@lists.birdclub.example", "Waxwings at the reservoir",
              dt(2026, 11, 9, 3, 30, 9, "-0500"), n), arrival=dt(2026, 11, 9, 3, 30, 10, "-0500")))
expect(n, "sightings@lists.birdclub.example", "mailererror", status="5.3.0", reply="554")

n = "sendmail86-predsn-user-unknown.eml"
d = dt(2026, 10, 14, 11, 2, 55, "-0400")
write(OUT, n, notice(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@chem.stateuniv.example>",
    to="lab-orders@chem.stateuniv.example", subject="Returned mail: User unknown", date=d,
    host="chem.stateuniv.example", sw="8.8.8/8.8.8", inline=True, auto=False,
    text="""The original message was received at Wed, 14 Oct 2026 11:02:51 -0400
from lab-orders@localhost

   ----- The following addresses had permanent fatal errors -----
<gpatel@supply.vendor-sci.example>

   ----- Transcript of session follows -----
... while talking to mail.vendor-sci.example.:
>>> RCPT To:<gpatel@supply.vendor-sci.example>
<<< 550 <gpatel@supply.vendor-sci.example>... User unknown
550 <gpatel@supply.vendor-sci.example>... User unknown

   ----- Original message follows -----

""", orig=osrc("lab-orders@chem.stateuniv.example", "gpatel@supply.vendor-sci.example", "PO 7781 glassware",
                dt(2026, 10, 14, 11, 2, 50, "-0400"), n)))
expect(n, "gpatel@supply.vendor-sci.example", "userunknown", hard=True, reply="550")

n = "sendmail8-warning-connection-refused.eml"
d = dt(2026, 11, 26, 13, 40, 0, "-0800")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.orchard-growers.example>",
    to="<packing@orchard-growers.example>", subject="Warning: could not send message for past 4 hours", date=d,
    host="mail.orchard-growers.example", sw="8.18.1/8.18.1", text="""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Thu, 26 Nov 2026 09:38:41 -0800
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<orders@fruit-market.example>... Deferred: Connection refused by mx.fruit-market.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", recips=[{"final": "orders@fruit-market.example", "original": "orders@fruit-market.example", "action": "delayed",
              "status": "4.0.0", "remote": "mx.fruit-market.example", "diag": "smtp; 421 4.4.1 Connection refused by mx.fruit-market.example."}],
    orig=osrc("packing@orchard-growers.example", "orders@fruit-market.example", "Apple pallets for Monday",
              dt(2026, 11, 26, 9, 38, 40, "-0800"), n), arrival=dt(2026, 11, 26, 9, 38, 41, "-0800")))
expect(n, "orders@fruit-market.example", "networkerror", status="4.0.0", action="delayed")

n = "sendmail8-return-receipt-delivered.eml"
d = dt(2026, 11, 20, 10, 0, 9, "+0000")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mx.county-planning.example>",
    to="<applicant.office@architects-ltd.example>", subject="Return receipt", date=d,
    host="mx.county-planning.example", sw="8.17.2/8.17.2", text="""The original message was received at Fri, 20 Nov 2026 10:00:05 GMT
from mail.architects-ltd.example [198.51.100.150]

   ----- The following addresses had successful delivery notifications -----
<planning.applications@county-planning.example>  (successfully delivered to mailbox)

   ----- Transcript of session follows -----
<planning.applications@county-planning.example>... Successfully delivered
""", recips=[{"final": "planning.applications@county-planning.example", "action": "delivered", "status": "2.0.0"}],
    orig=osrc("applicant.office@architects-ltd.example", "planning.applications@county-planning.example",
              "Application 26/0412 drawings", dt(2026, 11, 20, 10, 0, 4, "+0000"), n)))
expect(n, "planning.applications@county-planning.example", "delivered", status="2.0.0", action="delivered")

n = "sendmail8-rcpt-syntax-error.eml"
d = dt(2026, 11, 10, 17, 5, 1, "+0000")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@gw.mapping-survey.example>",
    to="<gis@mapping-survey.example>", subject="Returned mail: see transcript for details", date=d,
    host="gw.mapping-survey.example", sw="8.17.1/8.17.1", text="""The original message was received at Tue, 10 Nov 2026 17:04:58 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<tiles@geodata-hub.example>
    (reason: 501 5.5.2 Syntax error in parameters scanning "TO")

   ----- Transcript of session follows -----
... while talking to mx.geodata-hub.example.:
>>> RCPT To:<tiles@geodata-hub.example> NOTIFY=FAILURE,DELAY ORCPT=rfc822;tiles@geodata-hub.example
<<< 501 5.5.2 Syntax error in parameters scanning "TO"
501 5.5.2 <tiles@geodata-hub.example>... Syntax error in parameters scanning "TO"
""", recips=[{"final": "tiles@geodata-hub.example", "original": "tiles@geodata-hub.example", "status": "5.5.2",
              "remote": "mx.geodata-hub.example", "diag": "smtp; 501 5.5.2 Syntax error in parameters scanning \"TO\""}],
    orig=osrc("gis@mapping-survey.example", "tiles@geodata-hub.example", "Tile set 2026-Q4",
              dt(2026, 11, 10, 17, 4, 58, "+0000"), n)))
expect(n, "tiles@geodata-hub.example", "syntaxerror", status="5.5.2", reply="501")

n = "sendmail8-null-mx-domain.eml"
d = dt(2026, 11, 21, 8, 5, 30, "+0000")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.wool-cooperative.example>",
    to="<shearing@wool-cooperative.example>", subject="Returned mail: see transcript for details", date=d,
    host="mail.wool-cooperative.example", sw="8.18.1/8.18.1", text="""The original message was received at Sat, 21 Nov 2026 08:05:29 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<hello@retired-brand-sample.example>
    (reason: 556 5.1.10 Domain has null MX)

   ----- Transcript of session follows -----
556 5.1.10 <hello@retired-brand-sample.example>... Domain has null MX
""", recips=[{"final": "hello@retired-brand-sample.example", "original": "hello@retired-brand-sample.example",
              "status": "5.1.10", "diag": "smtp; 556 5.1.10 Domain has null MX"}],
    orig=osrc("shearing@wool-cooperative.example", "hello@retired-brand-sample.example", "Fleece prices", d, n)))
expect(n, "hello@retired-brand-sample.example", "notaccept", hard=True, status="5.1.10", reply="556")

# ======================================================================== qmail / netqmail
QM = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""

n = "qmail-looping-delivered-to.eml"
d = dt(2026, 11, 5, 4, 12, 0, "+0000")
write(OUT, n, notice(n, frm="MAILER-DAEMON@mail.hillfarm-isp.example", to="alerts@weather-station.example",
    subject="failure notice", date=d, host="mail.hillfarm-isp.example", sw="qmail 1.03", inline=True, auto=False,
    text=QM.format(host="mail.hillfarm-isp.example") + """<farmer.giles@hillfarm-isp.example>:
This message is looping: it already has my Delivered-To line. (#5.4.6)

--- Below this line is a copy of the message.

Delivered-To: farmer.giles@hillfarm-isp.example
Received: (qmail 8812 invoked from network); 5 Nov 2026 04:11:58 -0000
""", orig=osrc("alerts@weather-station.example", "farmer.giles@hillfarm-isp.example", "Frost warning tonight",
                dt(2026, 11, 5, 4, 11, 50, "+0000"), n)))
expect(n, "farmer.giles@hillfarm-isp.example", "networkerror", status="5.4.6")

n = "netqmail-databytes-exceeded.eml"
d = dt(2026, 11, 13, 12, 41, 9, "+0000")
write(OUT, n, notice(n, frm="MAILER-DAEMON@smtp.studio-lumen.example", to="renders@studio-lumen.example",
    subject="failure notice", date=d, host="smtp.studio-lumen.example", sw="netqmail 1.06", inline=True, auto=False,
    text=QM.format(host="smtp.studio-lumen.example") + """<review@client-brandhouse.example>:
198.51.100.7 failed after I sent the message.
Remote host said: 552 sorry, that message size exceeds my databytes limit (#5.3.4)

--- Below this line is a copy of the message.

""", orig=osrc("renders@studio-lumen.example", "review@client-brandhouse.example", "Final renders v7 (attached)",
                dt(2026, 11, 13, 12, 40, 2, "+0000"), n)))
expect(n, "review@client-brandhouse.example", "emailtoolarge", status="5.3.4", reply="552")

n = "qmail-connected-sender-rejected.eml"
d = dt(2026, 11, 16, 21, 3, 44, "+0000")
write(OUT, n, notice(n, frm="MAILER-DAEMON@mx.localband-mail.example", to="gigs@localband-mail.example",
    subject="failure notice", date=d, host="mx.localband-mail.example", sw="qmail 1.03", inline=True, auto=False,
    text=QM.format(host="mx.localband-mail.example") + """<booking@riverside-venue.example>:
Connected to 203.0.113.88 but sender was rejected.
Remote host said: 553 5.1.8 <gigs@localband-mail.example>... Domain of sender address localband-mail.example does not resolve

--- Below this line is a copy of the message.

""", orig=osrc("gigs@localband-mail.example", "booking@riverside-venue.example", "Friday slot?",
                dt(2026, 11, 16, 21, 3, 40, "+0000"), n)))
expect(n, "booking@riverside-venue.example", "rejected", status="5.1.8", reply="553")

# ======================================================================== Courier
COURIER = """This is a delivery status notification from {host},
running the Courier mail server, version 1.3.4.

The original message was received on {arr}
from {frm}

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

{body}
---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.
"""

n = "courier-maildrop-over-quota.eml"
d = dt(2026, 11, 22, 7, 1, 5, "+0000")
write(OUT, n, dsn(n, frm="Courier mail server at mail.seaview-isp.example <@>", to="club@rowing-club.example",
    subject="NOTICE: mail delivery status.", date=d, host="mail.seaview-isp.example", sw="Courier 1.3.4",
    text=COURIER.format(host="mail.seaview-isp.example", arr="Sun, 22 Nov 2026 07:00:59 +0000",
                        frm="out.rowing-club.example (out.rowing-club.example [198.51.100.33])", body="""<cox.harriet@seaview-isp.example>:
    mail.seaview-isp.example [local]:
>>> maildrop: maildir over quota.
"""), recips=[{"final": "cox.harriet@seaview-isp.example", "status": "5.0.0", "diag": "x-unix; maildrop: maildir over quota."}],
    orig=osrc("club@rowing-club.example", "cox.harriet@seaview-isp.example", "Regatta crews",
              dt(2026, 11, 22, 7, 0, 58, "+0000"), n)))
expect(n, "cox.harriet@seaview-isp.example", "mailboxfull", status="5.0.0")

n = "courier-relaying-denied.eml"
d = dt(2026, 11, 6, 16, 44, 20, "+0000")
write(OUT, n, dsn(n, frm="Courier mail server at smtp.smallbiz-host.example <@>", to="owner@potterystudio.example",
    subject="NOTICE: mail delivery status.", date=d, host="smtp.smallbiz-host.example", sw="Courier 1.3.4",
    text=COURIER.format(host="smtp.smallbiz-host.example", arr="Fri, 06 Nov 2026 16:44:17 +0000",
                        frm="laptop (dsl-pool.example [203.0.113.201])", body="""<kiln.supplies@ceramics-wholesale.example>:
    mx.ceramics-wholesale.example [198.51.100.120]:
>>> RCPT TO:<kiln.supplies@ceramics-wholesale.example>
<<< 513 Relaying denied.
"""), recips=[{"final": "kiln.supplies@ceramics-wholesale.example", "status": "5.0.0", "remote": "mx.ceramics-wholesale.example",
              "diag": "smtp; 513 Relaying denied."}],
    orig=osrc("owner@potterystudio.example", "kiln.supplies@ceramics-wholesale.example", "Cone 6 glaze order",
              dt(2026, 11, 6, 16, 44, 15, "+0000"), n)))
expect(n, "kiln.supplies@ceramics-wholesale.example", "norelaying", status="5.0.0", reply="513")

# ======================================================================== Exchange 2003 / 2007 / 2013 / 2019


def exch_ndr(name, *, host, sw, frm, to, subject, date, text, recips, orig, html=None, extra=()):
    """An Exchange NDR: multipart/report with a text (and HTML) notice."""
    bnd = boundary(name)
    tp = text_part(text)
    if html:
        tp = multipart("alternative", [tp, text_part(html, subtype="html")], boundary(name, 2))
    parts = [tp, delivery_status(host, recips), part("message/rfc822", orig, cte=None)]
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host)), ("Content-Language", "en-US")] + list(extra) + [
             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    # Exchange writes "smtp;550 ..." without the space samplelib expects.
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")).replace(
        "Diagnostic-Code: smtp; smtp;", "Diagnostic-Code: smtp;")


n = "exchange2003-time-limit-447.eml"
d = dt(2026, 11, 30, 9, 14, 2, "-0500")
write(OUT, n, exch_ndr(n, host="exch01.harbor-insurance.example", sw="Microsoft SMTPSVC(6.0.3790.4675)",
    frm="postmaster@harbor-insurance.example", to="claims.desk@harbor-insurance.example",
    subject="Delivery Status Notification (Failure)", date=d, text="""Your message did not reach some or all of the intended recipients.

      Subject:\tClaim 2026-4471 photos
      Sent:\t11/28/2026 9:12 AM

The following recipient(s) could not be reached:

      j.ortega@autobody-ortega.example on 11/30/2026 9:14 AM
            Could not deliver the message in the time limit specified.  Please retry or contact your administrator.
            <exch01.harbor-insurance.example #4.4.7>
""", recips=[{"final": "j.ortega@autobody-ortega.example", "status": "4.4.7"}],
    orig=osrc("claims.desk@harbor-insurance.example", "j.ortega@autobody-ortega.example", "Claim 2026-4471 photos",
              dt(2026, 11, 28, 9, 12, 0, "-0500"), n)))
expect(n, "j.ortega@autobody-ortega.example", "expired", status="4.4.7")

n = "exchange2003-storage-limit.eml"
d = dt(2026, 11, 11, 15, 30, 0, "+0000")
write(OUT, n, exch_ndr(n, host="mail.dockside-legal.example", sw="Microsoft SMTPSVC(6.0.3790.3959)",
    frm="System Administrator <postmaster@dockside-legal.example>", to="court.clerk@magistrates-sample.example",
    subject="Undeliverable: Hearing listed 3 December", date=d, text="""Your message did not reach some or all of the intended recipients.

      Subject:\tHearing listed 3 December
      Sent:\t11/11/2026 3:29 PM

The following recipient(s) could not be reached:

      Harriet Penrose on 11/11/2026 3:30 PM
            The recipient's mailbox is over its storage limit.
            <mail.dockside-legal.example #5.2.2>
""", recips=[{"final": "h.penrose@dockside-legal.example", "status": "5.2.2"}],
    orig=osrc("court.clerk@magistrates-sample.example", "Harriet Penrose <h.penrose@dockside-legal.example>",
              "Hearing listed 3 December", dt(2026, 11, 11, 15, 29, 0, "+0000"), n)))
expect(n, "h.penrose@dockside-legal.example", "mailboxfull", status="5.2.2")

n = "exchange2007-dl-auth-required.eml"
d = dt(2026, 11, 17, 12, 5, 33, "+0000")
write(OUT, n, exch_ndr(n, host="cas01.metro-transit.example", sw="Microsoft Exchange Server 2007",
    frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@metro-transit.example>",
    to="vendor.rep@signalworks.example", subject="Undeliverable: Signal upgrade proposal", date=d,
    text="""Delivery has failed to these recipients or distribution lists:

All Depot Managers
Your message can't be delivered because delivery to this address is restricted.

_____
Sent by Microsoft Exchange Server 2007

Diagnostic information for administrators:

Generating server: cas01.metro-transit.example

all.depot.managers@metro-transit.example
#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##

Original message headers:
""", recips=[{"final": "all.depot.managers@metro-transit.example", "status": "5.7.1",
              "diag": "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required"}],
    orig=osrc("vendor.rep@signalworks.example", "All Depot Managers <all.depot.managers@metro-transit.example>",
              "Signal upgrade proposal", dt(2026, 11, 17, 12, 5, 30, "+0000"), n)))
expect(n, "all.depot.managers@metro-transit.example", "securityerror", status="5.7.1", reply="550")

n = "exchange2007-nonexistent-domain.eml"
d = dt(2026, 11, 3, 8, 45, 0, "+0100")
write(OUT, n, exch_ndr(n, host="hub02.autohaus-berger.example", sw="Microsoft Exchange Server 2007",
    frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@autohaus-berger.example>",
    to="service@autohaus-berger.example", subject="Undeliverable: Terminbestaetigung Inspektion", date=d,
    text="""Delivery has failed to these recipients or distribution lists:

kunde.mayer@gmxx-mail.example
The e-mail address you entered couldn't be found. Check the recipient's e-mail address and try to resend the message.

_____
Sent by Microsoft Exchange Server 2007

Diagnostic information for administrators:

Generating server: hub02.autohaus-berger.example

kunde.mayer@gmxx-mail.example
#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##

Original message headers:
""", recips=[{"final": "kunde.mayer@gmxx-mail.example", "status": "5.4.4",
              "diag": "smtp;554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"}],
    orig=osrc("service@autohaus-berger.example", "kunde.mayer@gmxx-mail.example", "Terminbestaetigung Inspektion",
              dt(2026, 11, 3, 8, 44, 58, "+0100"), n)))
expect(n, "kunde.mayer@gmxx-mail.example", "hostunknown", hard=True, status="5.4.4", reply="554")

E13 = """{what}

{who}
{why}

Diagnostic information for administrators:

Generating server: {gen}

{addr}
Remote Server returned '{diag}'

Original message headers:
"""

n = "exchange2013-routing-size-limit.eml"
d = dt(2026, 11, 25, 14, 10, 8, "+0000")
write(OUT, n, exch_ndr(n, host="EX13MB02.civil-works.example", sw="Microsoft SMTP Server (TLS) id 15.0.1497.2",
    frm="Microsoft Outlook <postmaster@civil-works.example>", to="site.engineer@civil-works.example",
    subject="Undeliverable: Bridge survey point cloud", date=d, text=E13.format(
        what="Delivery has failed to these recipients or groups:", who="Survey Desk (survey@geotech-partners.example)",
        why="Your message is too big to be delivered. Please try sending it again with smaller attachments, or split it into several messages.",
        gen="EX13MB02.civil-works.example", addr="survey@geotech-partners.example",
        diag="550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route"),
    recips=[{"final": "survey@geotech-partners.example", "status": "5.3.4",
             "diag": "smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route"}],
    orig=osrc("site.engineer@civil-works.example", "Survey Desk <survey@geotech-partners.example>",
              "Bridge survey point cloud", dt(2026, 11, 25, 14, 10, 0, "+0000"), n)))
expect(n, "survey@geotech-partners.example", "emailtoolarge", status="5.3.4", reply="550")

n = "exchange2019-delayed-unable-to-connect.eml"
d = dt(2026, 12, 1, 6, 2, 40, "+0100")
write(OUT, n, exch_ndr(n, host="EX19-01.stadtbibliothek-nord.example", sw="Microsoft SMTP Server (TLS) id 15.2.1258.12",
    frm="Microsoft Outlook <postmaster@stadtbibliothek-nord.example>", to="fernleihe@stadtbibliothek-nord.example",
    subject="Delivery delayed: Fernleihbestellung 88123", date=d, text="""Delivery is delayed to these recipients or groups:

leihverkehr@uni-archiv-sample.example

Subject: Fernleihbestellung 88123

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: EX19-01.stadtbibliothek-nord.example
Receiving server: mail.uni-archiv-sample.example (203.0.113.64)

leihverkehr@uni-archiv-sample.example
Remote Server at mail.uni-archiv-sample.example (203.0.113.64) returned '400 4.4.7 Message delayed'
12/1/2026 4:58:12 AM - Remote Server at mail.uni-archiv-sample.example (203.0.113.64) returned '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.64:25'

Original message headers:
""", recips=[{"final": "leihverkehr@uni-archiv-sample.example", "action": "delayed", "status": "4.4.7",
              "remote": "mail.uni-archiv-sample.example",
              "diag": "smtp;400 4.4.7 Message delayed"}],
    orig=osrc("fernleihe@stadtbibliothek-nord.example", "leihverkehr@uni-archiv-sample.example",
              "Fernleihbestellung 88123", dt(2026, 12, 1, 2, 0, 0, "+0100"), n)))
expect(n, "leihverkehr@uni-archiv-sample.example", "networkerror", status="4.4.7", action="delayed")

# ---------------------------------------------------------------- Office 365
O365 = """{top}

{summary}

{action}

Diagnostic information for administrators:

Generating server: {gen}

{addr}
Remote Server returned '{diag}'

Original message headers:
"""

n = "o365-5.7.708-traffic-not-accepted.eml"
d = dt(2026, 11, 19, 20, 31, 0, "+0000")
write(OUT, n, exch_ndr(n, host="AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM", sw="Microsoft SMTP Server (version=TLS1_2)",
    frm="Microsoft Outlook <MAILER-DAEMON@AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM>", to="bulletin@parish-council.example",
    subject="Undeliverable: Winter gritting routes", date=d, text=O365.format(
        top="Your message to councillor.ames@district-council.example couldn't be delivered.",
        summary="Access denied, traffic not accepted from this IP.",
        action="Office 365 blocked your message because it was sent from an IP address that isn't trusted. Contact your email admin.",
        gen="AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM", addr="councillor.ames@district-council.example",
        diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(2110) [AM0PR10MB3412.EURPRD10.PROD.OUTLOOK.COM 2026-11-19T20:30:58.112Z 08DD0A1F2E3B4C5D]"),
    recips=[{"final": "councillor.ames@district-council.example", "status": "5.7.708",
             "diag": "smtp;550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."}],
    orig=osrc("bulletin@parish-council.example", "councillor.ames@district-council.example", "Winter gritting routes",
              dt(2026, 11, 19, 20, 30, 55, "+0000"), n)))
expect(n, "councillor.ames@district-council.example", "blocked", status="5.7.708", reply="550", vendor="office365")

n = "o365-sending-limit-recipients.eml"
d = dt(2026, 11, 27, 17, 2, 0, "+0000")
write(OUT, n, exch_ndr(n, host="DB9PR02MB7777.eurprd02.prod.outlook.com", sw="Microsoft SMTP Server (version=TLS1_2)",
    frm="Microsoft Outlook <MAILER-DAEMON@DB9PR02MB7777.eurprd02.prod.outlook.com>", to="events@chamber-trade.example",
    subject="Undeliverable: Christmas mixer invitation", date=d, text=O365.format(
        top="Your message couldn't be delivered to winemaker@valley-vineyards.example.",
        summary="You've reached the limit on the number of recipients you can send to in a day.",
        action="Wait 24 hours and send the message again, or ask your email admin to check the recipient rate limit for your mailbox.",
        gen="DB9PR02MB7777.eurprd02.prod.outlook.com", addr="winemaker@valley-vineyards.example",
        diag="550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. 0.35250:0A00E48F, 1.36674:0A000000[EndDiagnosticData]"),
    recips=[{"final": "winemaker@valley-vineyards.example", "status": "5.2.2",
             "diag": "smtp;550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception"}],
    orig=osrc("events@chamber-trade.example", "winemaker@valley-vineyards.example", "Christmas mixer invitation",
              dt(2026, 11, 27, 17, 1, 58, "+0000"), n)))
expect(n, "winemaker@valley-vineyards.example", "ratelimited", status="5.2.2", reply="550", vendor="office365")

n = "o365-5.7.509-dmarc-reject.eml"
d = dt(2026, 11, 21, 9, 0, 3, "+0000")
write(OUT, n, exch_ndr(n, host="PH0PR12MB5566.namprd12.prod.outlook.com", sw="Microsoft SMTP Server (version=TLS1_2)",
    frm="Microsoft Outlook <MAILER-DAEMON@PH0PR12MB5566.namprd12.prod.outlook.com>", to="alerts@gym-bookings.example",
    subject="Undeliverable: Your class is confirmed", date=d, text=O365.format(
        top="Your message to member.882@fitco-staff.example couldn't be delivered.",
        summary="The sending domain gym-bookings.example does not pass DMARC verification and has a DMARC policy of reject.",
        action="Ask the owner of gym-bookings.example to publish SPF and DKIM records that authorise the servers that send its mail.",
        gen="PH0PR12MB5566.namprd12.prod.outlook.com", addr="member.882@fitco-staff.example",
        diag="550 5.7.509 Access denied, sending domain gym-bookings.example does not pass DMARC verification and has a DMARC policy of reject."),
    recips=[{"final": "member.882@fitco-staff.example", "status": "5.7.509",
             "diag": "smtp;550 5.7.509 Access denied, sending domain gym-bookings.example does not pass DMARC verification and has a DMARC policy of reject."}],
    orig=osrc("alerts@gym-bookings.example", "member.882@fitco-staff.example", "Your class is confirmed",
              dt(2026, 11, 21, 9, 0, 1, "+0000"), n)))
expect(n, "member.882@fitco-staff.example", "authfailure", status="5.7.509", reply="550", vendor="office365")

# ======================================================================== Lotus Domino
DOMINO = """Your message

  Subject: {subj}

was not delivered to:

  {addr}

because:

  {why}
"""

n = "domino-not-listed-in-directory.eml"
d = dt(2026, 11, 10, 11, 22, 5, "+0100")
write(OUT, n, dsn(n, frm="Mail Router <postmaster@notes.maschinenbau-hartl.example>", to="einkauf@zulieferer-roth.example",
    subject="DELIVERY FAILURE: User h.vogt (h.vogt@maschinenbau-hartl.example) not listed in Domino Directory", date=d,
    host="notes.maschinenbau-hartl.example", sw="Lotus Domino Release 9.0.1FP10", returned="message",
    text=DOMINO.format(subj="Rahmenvertrag 2027", addr="h.vogt@maschinenbau-hartl.example",
                       why="User h.vogt (h.vogt@maschinenbau-hartl.example) not listed in Domino Directory"),
    recips=[{"final": "h.vogt@maschinenbau-hartl.example", "status": "5.0.0"}],
    orig=osrc("einkauf@zulieferer-roth.example", "h.vogt@maschinenbau-hartl.example", "Rahmenvertrag 2027",
              dt(2026, 11, 10, 11, 21, 0, "+0100"), n)))
expect(n, "h.vogt@maschinenbau-hartl.example", "userunknown", hard=True, status="5.0.0")

n = "domino-maximum-hop-count.eml"
d = dt(2026, 11, 14, 16, 8, 44, "+0000")
write(OUT, n, dsn(n, frm="Mail Router <postmaster@hub.textile-mills.example>", to="design@textile-mills.example",
    subject="DELIVERY FAILURE: Maximum hop count exceeded.  Message probably in a routing loop.", date=d,
    host="hub.textile-mills.example", sw="Lotus Domino Release 10.0.1", returned="message",
    text=DOMINO.format(subj="Pattern cards for spring", addr="sampleroom@textile-mills.example",
                       why="Maximum hop count exceeded.  Message probably in a routing loop."),
    recips=[{"final": "sampleroom@textile-mills.example", "status": "5.4.6"}],
    orig=osrc("design@textile-mills.example", "sampleroom@textile-mills.example", "Pattern cards for spring",
              dt(2026, 11, 14, 16, 8, 40, "+0000"), n)))
expect(n, "sampleroom@textile-mills.example", "networkerror", status="5.4.6")

# ======================================================================== GroupWise
n = "groupwise-gwia-user-not-found.eml"
d = dt(2026, 11, 9, 9, 55, 12, "-0700")
write(OUT, n, notice(n, frm="Mail Delivery System <postmaster@gw.county-schools.example>", to="pta.chair@parents-net.example",
    subject="Undeliverable mail: Bake sale volunteers", date=d, host="gw.county-schools.example",
    sw="GroupWise Internet Agent 18.4.1", text="""The message that you sent was undeliverable to the following:
\tm.alvarez@county-schools.example (user not found)

Possible causes include:
\t1. The user's e-mail address was typed incorrectly.
\t2. The user's mailbox is temporarily not accepting mail, or the
\t   user has moved to another post office.
\t3. The user is over their mailbox quota.

Please check the address and send the message again.
""", orig=osrc("pta.chair@parents-net.example", "m.alvarez@county-schools.example", "Bake sale volunteers",
                dt(2026, 11, 9, 9, 55, 0, "-0700"), n)))
expect(n, "m.alvarez@county-schools.example", "userunknown", hard=True)

# ======================================================================== MDaemon
n = "mdaemon-transcript-no-reverse-hostname.eml"
d = dt(2026, 11, 18, 10, 3, 0, "-0500")
write(OUT, n, notice(n, frm="MDaemon@mail.lakeside-dental.example", to="frontdesk@lakeside-dental.example",
    subject="Permanent Delivery Failure", date=d, host="mail.lakeside-dental.example", sw="MDaemon PRO v24.0.2",
    extra=[("X-MDaemon-Deliver-To", "frontdesk@lakeside-dental.example")], text="""The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT HAS NOT BEEN DELIVERED.

--- Session Transcript ---
 Wed 2026-11-18 10:02:57.110: Parsing message <pd50012000031.msg>
 Wed 2026-11-18 10:02:57.111: *  From: frontdesk@lakeside-dental.example
 Wed 2026-11-18 10:02:57.111: *  To: lab.cases@crown-lab.example
 Wed 2026-11-18 10:02:57.200: Attempting SMTP connection to [mx.crown-lab.example : 25]
 Wed 2026-11-18 10:02:57.400: Connection established 192.0.2.40:51022 --> 198.51.100.88:25
 Wed 2026-11-18 10:02:57.600: <-- 220 mx.crown-lab.example ESMTP Postfix
 Wed 2026-11-18 10:02:57.610: --> EHLO mail.lakeside-dental.example
 Wed 2026-11-18 10:02:57.700: --> MAIL From:<frontdesk@lakeside-dental.example> SIZE=20112
 Wed 2026-11-18 10:02:57.790: <-- 250 2.1.0 Ok
 Wed 2026-11-18 10:02:57.800: --> RCPT To:<lab.cases@crown-lab.example>
 Wed 2026-11-18 10:02:58.910: <-- 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.40]
 Wed 2026-11-18 10:02:58.920: --> QUIT
--- End Transcript ---
""", orig=osrc("frontdesk@lakeside-dental.example", "lab.cases@crown-lab.example", "Crown prep case 3319",
                dt(2026, 11, 15, 10, 0, 0, "-0500"), n)))
expect(n, "lab.cases@crown-lab.example", "requireptr", status="4.7.1", reply="450")

n = "mdaemon-local-account-frozen.eml"
d = dt(2026, 11, 24, 8, 20, 0, "+0000")
write(OUT, n, notice(n, frm="MDaemon@mail.marina-services.example", to="harbourmaster@port-authority.example",
    subject="Permanent Delivery Failure", date=d, host="mail.marina-services.example", sw="MDaemon PRO v23.5.3",
    text="""The attached message had PERMANENT fatal delivery errors!

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT HAS NOT BEEN DELIVERED.

--- Session Transcript ---
 Tue 2026-11-24 08:19:58.010: Parsing message <md5000000188.msg>
 Tue 2026-11-24 08:19:58.011: *  To: berth12@marina-services.example
 Tue 2026-11-24 08:19:58.012: *  Local account berth12@marina-services.example is frozen by the administrator
 Tue 2026-11-24 08:19:58.013: *  Account is disabled and cannot receive mail
--- End Transcript ---
""", orig=osrc("harbourmaster@port-authority.example", "berth12@marina-services.example", "Storm mooring notice",
                dt(2026, 11, 24, 8, 19, 50, "+0000"), n)))
expect(n, "berth12@marina-services.example", "suspend")

# ======================================================================== Zimbra (Postfix front, LMTP back end)
n = "zimbra-lmtp-over-quota.eml"
d = dt(2026, 11, 26, 7, 45, 10, "+0100")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@zmta1.ecole-montagne.example (Mail Delivery System)",
    to="parents@association-ski.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="zmta1.ecole-montagne.example", sw="Postfix", text=PF.format(host="zmta1.ecole-montagne.example") +
    """<directrice@ecole-montagne.example>: host zmbox1.ecole-montagne.example[10.20.0.11]
    said: 552 5.2.2 Over quota (in reply to end of data command)
""", recips=[{"final": "directrice@ecole-montagne.example", "status": "5.2.2", "remote": "zmbox1.ecole-montagne.example",
              "diag": "lmtp; 552 5.2.2 Over quota"}],
    orig=osrc("parents@association-ski.example", "directrice@ecole-montagne.example", "Sortie raquettes",
              dt(2026, 11, 26, 7, 45, 5, "+0100"), n)))
expect(n, "directrice@ecole-montagne.example", "mailboxfull", status="5.2.2", reply="552")

n = "zimbra-account-closed.eml"
d = dt(2026, 11, 12, 13, 3, 27, "-0300")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@mta.cooperativa-sul.example (Mail Delivery System)",
    to="compras@moinho-gaucho.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="mta.cooperativa-sul.example", sw="Postfix", text=PF.format(host="mta.cooperativa-sul.example") +
    """<tesouraria@cooperativa-sul.example>: host store1.cooperativa-sul.example[10.0.8.21]
    said: 550 5.2.1 Mailbox unavailable: account status is closed (in reply to
    RCPT TO command)
""", recips=[{"final": "tesouraria@cooperativa-sul.example", "status": "5.2.1", "remote": "store1.cooperativa-sul.example",
              "diag": "lmtp; 550 5.2.1 Mailbox unavailable: account status is closed"}],
    orig=osrc("compras@moinho-gaucho.example", "tesouraria@cooperativa-sul.example", "Boleto novembro",
              dt(2026, 11, 12, 13, 3, 20, "-0300"), n)))
expect(n, "tesouraria@cooperativa-sul.example", "suspend", status="5.2.1", reply="550")

# ======================================================================== Mirapoint
n = "mirapoint-server-configuration-problem.eml"
d = dt(2026, 11, 7, 22, 18, 0, "-0800")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mp1.coastal-college.example>",
    to="registrar@coastal-college.example", subject="Returned mail: Server configuration problem", date=d,
    host="mp1.coastal-college.example", sw="Mirapoint 5.2.6-GA", text="""Your message cannot be delivered to the following recipients:

  Recipient address: admissions@partner-academy.example
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;451 4.3.5 <admissions@partner-academy.example>: Recipient address rejected: Server configuration problem
  Remote system: dns;mx.partner-academy.example (TCP|192.0.2.19|40211|198.51.100.245|25) (mx.partner-academy.example ESMTP)
""", recips=[{"final": "admissions@partner-academy.example", "status": "4.3.5", "remote": "mx.partner-academy.example",
              "diag": "451 4.3.5 <admissions@partner-academy.example>: Recipient address rejected: Server configuration problem"}],
    orig=osrc("registrar@coastal-college.example", "admissions@partner-academy.example", "Transfer credit list",
              dt(2026, 11, 2, 22, 0, 0, "-0800"), n)))
expect(n, "admissions@partner-academy.example", "systemerror", status="4.3.5", reply="451")

# ======================================================================== IMail
n = "imail-bad-destination-host.eml"
d = dt(2026, 11, 3, 19, 2, 8, "-0500")
write(OUT, n, notice(n, frm="postmaster@mail.tristate-hvac.example", to="quotes@tristate-hvac.example",
    subject="Undeliverable Mail", date=d, host="mail.tristate-hvac.example", sw="IMail 12.5.7", inline=True,
    text="""Unable to deliver message to facilities@mapleridge-mall-sample.example.

Bad destination host 'DNS Error: Domain name not found'

Original message follows.

""", orig=osrc("quotes@tristate-hvac.example", "facilities@mapleridge-mall-sample.example", "Rooftop unit replacement quote",
                dt(2026, 11, 3, 19, 2, 0, "-0500"), n)))
expect(n, "facilities@mapleridge-mall-sample.example", "hostunknown", hard=True)

# ======================================================================== Kerio Connect
n = "kerio-virus-refused.eml"
d = dt(2026, 11, 20, 14, 51, 30, "+0100")
write(OUT, n, notice(n, frm="Mail Delivery System <mailer-daemon@mail.steuerbuero-lang.example>",
    to="belege@steuerbuero-lang.example", subject="Undelivered mail: Rechnung 2026-1177", date=d,
    host="mail.steuerbuero-lang.example", sw="Kerio Connect 10.0.6", text="""Your message did not reach some or all of the intended recipients.

   Subject: Rechnung 2026-1177
   Sent: 20.11.2026 14:51

The following recipient(s) could not be reached:

   buchhaltung@grosshandel-pfeiffer.example
      Error Type: SMTP
      Remote server 198.51.100.131 (mail.grosshandel-pfeiffer.example) issued an error.
      Your mail server sent: DATA
      Remote server replied: 554 5.7.1 Message refused: infected with Win.Downloader.Emotet-9951612-0
""", orig=osrc("belege@steuerbuero-lang.example", "buchhaltung@grosshandel-pfeiffer.example", "Rechnung 2026-1177",
                dt(2026, 11, 20, 14, 51, 0, "+0100"), n)))
expect(n, "buchhaltung@grosshandel-pfeiffer.example", "virusdetected", status="5.7.1", reply="554")

# ======================================================================== OpenSMTPD
SMTPD = """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

{lines}
Below is a copy of the original message:

"""

n = "opensmtpd-network-error-mxs.eml"
d = dt(2026, 11, 29, 0, 10, 0, "+0000")
write(OUT, n, notice(n, frm="Mailer Daemon <MAILER-DAEMON@mail.bsd-users.example>", to="webmaster@bsd-users.example",
    subject="Delivery status notification: error", date=d, host="mail.bsd-users.example", sw="OpenSMTPD", inline=True,
    text=SMTPD.format(lines="ana.silva@tiny-hosting.example: Network error on destination MXs\n"),
    orig=osrc("webmaster@bsd-users.example", "ana.silva@tiny-hosting.example", "Meetup room booked",
              dt(2026, 11, 25, 0, 10, 0, "+0000"), n)))
expect(n, "ana.silva@tiny-hosting.example", "networkerror")

n = "opensmtpd-invalid-recipient.eml"
d = dt(2026, 11, 13, 9, 0, 21, "+0000")
write(OUT, n, notice(n, frm="Mailer Daemon <MAILER-DAEMON@mx.quietgarden.example>", to="newsletter@quietgarden.example",
    subject="Delivery status notification: error", date=d, host="mx.quietgarden.example", sw="OpenSMTPD", inline=True,
    text=SMTPD.format(lines="bob.t@allotment-society.example: 550 Invalid recipient <bob.t@allotment-society.example>\n"),
    orig=osrc("newsletter@quietgarden.example", "bob.t@allotment-society.example", "Seed swap Saturday",
              dt(2026, 11, 13, 9, 0, 18, "+0000"), n)))
expect(n, "bob.t@allotment-society.example", "userunknown", hard=True, reply="550")

# ======================================================================== Haraka
n = "haraka-dmarc-policy-reject.eml"
d = dt(2026, 11, 16, 23, 40, 1, "+0000")
write(OUT, n, dsn(n, frm="Mail Delivery System <MAILER-DAEMON@outbound.podcast-hosting.example>",
    to="shows@podcast-hosting.example", subject="Mail delivery failed: returning message to sender", date=d,
    host="outbound.podcast-hosting.example", sw="Haraka/3.0.3", text=EXIM + """listener.22@radio-fans.example

Remote server mx.radio-fans.example[203.0.113.210] rejected the message:
550 5.7.1 Unauthenticated email from podcast-hosting.example is not accepted due to domain's DMARC policy
""", recips=[{"final": "listener.22@radio-fans.example", "status": "5.7.1", "remote": "mx.radio-fans.example",
              "diag": "smtp; 550 5.7.1 Unauthenticated email from podcast-hosting.example is not accepted due to domain's DMARC policy"}],
    orig=osrc("shows@podcast-hosting.example", "listener.22@radio-fans.example", "New episode: night trains",
              dt(2026, 11, 16, 23, 39, 58, "+0000"), n)))
expect(n, "listener.22@radio-fans.example", "authfailure", status="5.7.1", reply="550")

# ======================================================================== mailbox providers, seen from the sender's MTA


def pf_fail(name, *, host, sender, rcpt, said, diag, status, date, osubj, remote=None, action="failed", delay=None,
            stage="in reply to RCPT TO command", verb="said", sw="Postfix"):
    """A Postfix bounce (or delay warning when delay=hours) for one remote reply."""
    remote = remote or said.split("[")[0]
    head = PF_DELAY.format(host=host, h=delay) if delay else PF.format(host=host)
    tail = f"<{rcpt}>: host {said} {verb}: {diag} ({stage})\n"
    r = {"final": rcpt, "original": rcpt, "action": action, "status": status, "remote": remote, "diag": diag}
    return dsn(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender,
               subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
               date=date, host=host, sw=sw, text=head + tail, recips=[r],
               orig=osrc(sender, rcpt, osubj, date, name))


def exim_fail(name, *, host, sender, rcpt, lines, date, osubj, sw="Exim 4.97"):
    return notice(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender,
                  subject="Mail delivery failed: returning message to sender", date=date, host=host, sw=sw, inline=True,
                  extra=[("X-Failed-Recipients", rcpt)],
                  text=EXIM + f"  {rcpt}\n{lines}\n------ This is a copy of the message, including all the headers. ------\n\n",
                  orig=osrc(sender, rcpt, osubj, date, name))


GMAIL_TXT = """{head}

{lead}

{learn}

The response from the remote server was:
{resp}
"""


def gmail_ndr(name, *, sender, rcpt, head, lead, learn, resp, status, date, osubj):
    host = "mx.google.com"
    html = ("<html><head></head><body><table><tr><td><h2>" + head.strip("* ") + "</h2><p>" + lead +
            "</p><p>The response from the remote server was:</p><p style=\"font-family:monospace\">" + resp +
            "</p></td></tr></table></body></html>\n")
    bnd = boundary(name)
    tp = multipart("alternative", [text_part(GMAIL_TXT.format(head=head, lead=lead, learn=learn, resp=resp)),
                                   text_part(html, subtype="html")], boundary(name, 2))
    parts = [tp, delivery_status("mx.google.com", [{"final": rcpt, "original": rcpt, "status": status,
                                                    "remote": "aspmx.l.google.com", "diag": resp}]),
             part("message/rfc822", osrc(sender, rcpt, osubj, date, name), cte=None)]
    heads = ["Return-Path: <>\n" + hop(name, "mx.google.com", "Google Transport Security", date, "mail-sor-f69.google.com",
                                        "209.85.220.69"), ("Date", date),
             ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", sender),
             ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", mid(name, host)),
             ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))


n = "gmail-workspace-account-disabled.eml"
d = dt(2026, 11, 18, 17, 22, 9, "-0800")
write(OUT, n, gmail_ndr(n, sender="trailrunner.kate@gmail.com", rcpt="coach.dan@summit-athletics.example",
    head="** Message not delivered **",
    lead="There was a problem delivering your message to coach.dan@summit-athletics.example. See the technical details below.",
    learn="LEARN MORE https://support.google.com/mail/?p=DisabledUser",
    resp="550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser d75a77b69052e-4611a1b2c3dsi.0 - gsmtp",
    status="5.2.1", date=d, osubj="Saturday long run route"))
expect(n, "coach.dan@summit-athletics.example", "suspend", status="5.2.1", reply="550", vendor="gmail")

n = "google-smtp-relay-denied.eml"
d = dt(2026, 11, 23, 10, 0, 50, "+0000")
write(OUT, n, pf_fail(n, host="crm.yoga-retreats.example", sender="bookings@yoga-retreats.example",
    rcpt="guest.lena@mountain-mail.example", said="smtp-relay.gmail.com[142.250.27.28]",
    diag="550-5.7.0 Mail relay denied [203.0.113.19]. Invalid credentials for relay for one of the domains in: yoga-retreats.example (as obtained from HELO and MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. Please login to your Workspace account and verify that your sending device IP address has been registered within the Workspace SMTP Relay Settings. 550 5.7.0 https://support.google.com/a/answer/6140680#invalidcred 5614622812f47-3e7b0c1d2e3si.0 - gsmtp",
    status="5.7.0", date=d, osubj="Your retreat booking", stage="in reply to MAIL FROM command"))
expect(n, "guest.lena@mountain-mail.example", "norelaying", status="5.7.0", reply="550", vendor="gmail")

n = "gmail-not-rfc5322-from-missing.eml"
d = dt(2026, 11, 14, 6, 30, 12, "+0000")
write(OUT, n, pf_fail(n, host="mailer.utility-billing.example", sender="noreply@utility-billing.example",
    rcpt="household.ng@gmail.com", said="gmail-smtp-in.l.google.com[142.250.102.27]",
    diag="550-5.7.1 [198.51.100.76] Our system has detected that this message is not RFC 5322 compliant: 'From' header is missing. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant 5b1f17b1804b1-43159c5d6e7si.0 - gsmtp",
    status="5.7.1", date=d, osubj="Your November statement", stage="in reply to end of data command"))
expect(n, "household.ng@gmail.com", "notcompliantrfc", status="5.7.1", reply="550", vendor="gmail")

n = "gmail-421-low-ip-reputation.eml"
d = dt(2026, 11, 28, 12, 5, 0, "+0000")
write(OUT, n, pf_fail(n, host="bulk1.deal-alerts.example", sender="deals@deal-alerts.example",
    rcpt="coupon.clipper@gmail.com", said="gmail-smtp-in.l.google.com[142.251.9.26]",
    diag="421-4.7.0 [203.0.113.33      15] This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. For more information, go to https://support.google.com/mail/answer/188131 41be03b00d2f7-7e6b1c2d3f4si.0 - gsmtp",
    status="4.7.0", date=d, osubj="Flash sale: 70% off", stage="in reply to end of data command", delay=6,
    action="delayed"))
expect(n, "coupon.clipper@gmail.com", "badreputation", status="4.7.0", reply="421", action="delayed", vendor="gmail")

n = "yahoo-bl21-exim-initial-connection.eml"
d = dt(2026, 11, 22, 19, 44, 0, "+0000")
write(OUT, n, exim_fail(n, host="vps-1182.cheap-cloud.example", sender="info@handmade-soaps.example",
    rcpt="soap_lover_71@yahoo.com", date=d, osubj="Order #1042 shipped", lines="""    host mta6.am0.yahoodns.net [67.195.228.106]
    SMTP error from remote mail server after initial connection:
    553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.150, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes
"""))
expect(n, "soap_lover_71@yahoo.com", "blocked", status="5.7.1", reply="553", vendor="yahoo")

n = "yahoo-ph01-policy-sendmail.eml"
d = dt(2026, 11, 12, 2, 15, 40, "-0500")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.crypto-tips.example>", to="<news@crypto-tips.example>",
    subject="Returned mail: see transcript for details", date=d, host="mail.crypto-tips.example", sw="8.17.1/8.17.1",
    text="""The original message was received at Thu, 12 Nov 2026 02:15:31 -0500
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<hodl.harry@yahoo.com>
    (reason: 554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit https://postmaster.yahooinc.com/error-codes)

   ----- Transcript of session follows -----
... while talking to mta5.am0.yahoodns.net.:
>>> DATA
<<< 554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit https://postmaster.yahooinc.com/error-codes
554 5.0.0 Service unavailable
""", recips=[{"final": "hodl.harry@yahoo.com", "original": "hodl.harry@yahoo.com", "status": "5.0.0",
              "remote": "mta5.am0.yahoodns.net",
              "diag": "smtp; 554 Message not allowed - [PH01] Email not accepted for policy reasons.  Please visit https://postmaster.yahooinc.com/error-codes"}],
    orig=osrc("news@crypto-tips.example", "hodl.harry@yahoo.com", "This coin will 100x", d, n)))
expect(n, "hodl.harry@yahoo.com", "policyviolation", status="5.0.0", reply="554", vendor="yahoo")

n = "aol-dd-no-account.eml"
d = dt(2026, 11, 9, 15, 2, 0, "-0500")
write(OUT, n, pf_fail(n, host="mail.reunion-committee.example", sender="classof86@reunion-committee.example",
    rcpt="gymteam86@aol.com", said="mx-aol.mail.gm0.yahoodns.net[67.195.204.73]",
    diag="554 delivery error: dd This user doesn't have a aol.com account (gymteam86@aol.com) [0] - mta4012.aol.mail.ne1.yahoo.com",
    status="5.0.0", date=d, osubj="40th reunion: save the date", stage="in reply to end of data command"))
expect(n, "gymteam86@aol.com", "userunknown", hard=True, status="5.0.0", reply="554", vendor="aol")

n = "hotmail-mailbox-unavailable-s2017.eml"
d = dt(2026, 11, 16, 8, 8, 8, "+0000")
write(OUT, n, pf_fail(n, host="smtp.garden-centre.example", sender="loyalty@garden-centre.example",
    rcpt="rosegrower1962@hotmail.com", said="hotmail-com.olc.protection.outlook.com[52.101.40.3]",
    diag="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DM6NAM04FT052.eop-NAM04.prod.protection.outlook.com 2026-11-16T08:08:06.512Z 08DD05A4C1B2E3F4]",
    status="5.5.0", date=d, osubj="Bulb planting weekend"))
expect(n, "rosegrower1962@hotmail.com", "userunknown", hard=True, status="5.5.0", reply="550", vendor="outlook")

n = "outlookcom-4.7.652-connections.eml"
d = dt(2026, 11, 29, 21, 0, 0, "+0000")
write(OUT, n, pf_fail(n, host="mta3.ticket-shop.example", sender="tickets@ticket-shop.example",
    rcpt="gig.goer.99@outlook.com", said="outlook-com.olc.protection.outlook.com[52.101.73.18]",
    diag="451 4.7.652 The mail server [203.0.113.97] has exceeded the maximum number of connections. (S3115) [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2026-11-29T20:58:01.101Z 08DD0F1A2B3C4D5E]",
    status="4.7.652", date=d, osubj="Your e-tickets", stage="in reply to MAIL FROM command", delay=3, action="delayed"))
expect(n, "gig.goer.99@outlook.com", "ratelimited", status="4.7.652", reply="451", action="delayed", vendor="outlook")

n = "icloud-user-over-quota.eml"
d = dt(2026, 11, 20, 7, 31, 2, "+0000")
write(OUT, n, exim_fail(n, host="mail.photo-lab.example", sender="prints@photo-lab.example", rcpt="grandma.photos@icloud.com",
    date=d, osubj="Your prints are ready", sw="Exim 4.96", lines="""    host mx01.mail.icloud.com [17.57.154.6]
    SMTP error from remote mail server after RCPT TO:<grandma.photos@icloud.com>:
    552 5.2.2 <grandma.photos@icloud.com>: user is over quota
"""))
expect(n, "grandma.photos@icloud.com", "mailboxfull", status="5.2.2", reply="552", vendor="icloud")

n = "mailru-invalid-mailbox.eml"
d = dt(2026, 11, 6, 10, 12, 0, "+0300")
write(OUT, n, pf_fail(n, host="mail.tour-agency-volga.example", sender="tours@tour-agency-volga.example",
    rcpt="ivan.petrov.1988@mail.ru", said="mxs.mail.ru[94.100.180.31]",
    diag="550 Message was not accepted -- invalid mailbox.  Local mailbox ivan.petrov.1988@mail.ru is unavailable: user not found",
    status="5.0.0", date=d, osubj="Cruise schedule 2027"))
expect(n, "ivan.petrov.1988@mail.ru", "userunknown", hard=True, status="5.0.0", reply="550", vendor="mailru")

n = "mailru-spam-message-rejected.eml"
d = dt(2026, 11, 27, 23, 11, 0, "+0300")
write(OUT, n, exim_fail(n, host="srv7.promo-blast.example", sender="offers@promo-blast.example", rcpt="olga.k@mail.ru",
    date=d, osubj="Cheap watches today only", lines="""    host mxs.mail.ru [94.100.180.31]
    SMTP error from remote mail server after end of data:
    550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=Fv1hP2XyKj9RMlTfQr or report details to abuse@corp.mail.ru. Error code: 5A1B2C3D4E5F. ID: 0000000A1234567B.
"""))
expect(n, "olga.k@mail.ru", "spamdetected", reply="550", vendor="mailru")

n = "yandex-ru-no-such-user.eml"
d = dt(2026, 11, 15, 13, 40, 22, "+0300")
ytext = """Это письмо отправлено автоматически почтовой системой Яндекса.

К сожалению, ваше письмо не может быть доставлено одному или нескольким
получателям:

    s.morozova@fabrika-uzorov.example

Ответ сервера получателя:
550 5.7.1 No such user!

Проверьте правильность адреса и отправьте письмо ещё раз.

---------------------------------------------------------------------
This message was created automatically by mail delivery software.
Your message could not be delivered to s.morozova@fabrika-uzorov.example.
The remote server replied: 550 5.7.1 No such user!
"""
bnd = boundary(n)
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mxback12o.mail.yandex.net", "Yandex", d), ("Date", d),
    ("From", "mailer-daemon@yandex.ru"), ("To", "anna.design@yandex.ru"),
    ("Subject", enc_header("Недоставленное сообщение", "utf-8")), ("Message-ID", mid(n, "yandex.ru")),
    ("Auto-Submitted", "auto-replied")],
    multipart("report", [text_part(ytext, "utf-8", "base64"),
                         delivery_status("forward502a.mail.yandex.net", [{"final": "s.morozova@fabrika-uzorov.example",
                                         "status": "5.7.1", "remote": "mx.fabrika-uzorov.example",
                                         "diag": "smtp; 550 5.7.1 No such user!"}]),
                         part("text/rfc822-headers", orig_headers("anna.design@yandex.ru", "s.morozova@fabrika-uzorov.example",
                              "Eskizy", d, mid(n + "o", "yandex.ru")), cte=None)], bnd, " report-type=delivery-status;")))
expect(n, "s.morozova@fabrika-uzorov.example", "userunknown", hard=True, status="5.7.1", reply="550", vendor="yandex")

n = "gmx-invalid-ptr-record.eml"
d = dt(2026, 11, 10, 11, 11, 11, "+0100")
write(OUT, n, pf_fail(n, host="homeserver.familie-brandt.example", sender="papa@familie-brandt.example",
    rcpt="oma.brandt@gmx.de", said="mx00.emig.gmx.net[212.227.15.9]",
    diag="550-Requested action not taken: mailbox unavailable 550 invalid DNS PTR resource record, IP=203.0.113.66",
    status="5.0.0", date=d, osubj="Fotos vom Wochenende", stage="in reply to MAIL FROM command"))
expect(n, "oma.brandt@gmx.de", "requireptr", status="5.0.0", reply="550", vendor="gmx")

n = "webde-policy-restrictions.eml"
d = dt(2026, 11, 25, 9, 30, 0, "+0100")
write(OUT, n, pf_fail(n, host="mail.gewinnspiel-news.example", sender="info@gewinnspiel-news.example",
    rcpt="leser.klaus@web.de", said="mx-ha02.web.de[212.227.17.8]",
    diag="554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=198.51.100.202&c=hi",
    status="5.0.0", date=d, osubj="Sie haben gewonnen!", stage="in reply to end of data command"))
expect(n, "leser.klaus@web.de", "policyviolation", status="5.0.0", reply="554", vendor="webde")

n = "orange-ofr005-too-many-connections.eml"
d = dt(2026, 11, 30, 8, 0, 0, "+0100")
write(OUT, n, pf_fail(n, host="smtp.boulangerie-martin.example", sender="commandes@boulangerie-martin.example",
    rcpt="client.dupont@orange.fr", said="smtp-in.orange.fr[80.12.242.15]",
    diag="421 mwinf5d41 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]",
    status="4.0.0", date=d, osubj="Votre commande de buche", stage="in reply to MAIL FROM command", delay=4, action="delayed"))
expect(n, "client.dupont@orange.fr", "ratelimited", status="4.0.0", reply="421", action="delayed", vendor="orange")

n = "free-mailbox-disabled.eml"
d = dt(2026, 11, 19, 18, 12, 0, "+0100")
write(OUT, n, pf_fail(n, host="mail.club-petanque.example", sender="bureau@club-petanque.example",
    rcpt="rene.gautier@free.fr", said="mx1.free.fr[212.27.48.6]",
    diag="550 5.2.1 <rene.gautier@free.fr>: Recipient address rejected: Mailbox disabled for this recipient",
    status="5.2.1", date=d, osubj="Concours du dimanche"))
expect(n, "rene.gautier@free.fr", "suspend", status="5.2.1", reply="550", vendor="free")

# ======================================================================== Japanese providers and carriers (ISO-2022-JP)


def jis(text):
    return text.encode("iso-2022-jp").decode("ascii")


n = "biglobe-ja-mailbox-full.eml"
d = dt(2026, 11, 21, 9, 12, 40, "+0900")
write(OUT, n, notice(n, frm="MAILER-DAEMON@biglobe.ne.jp", to="yamada-t@kym.biglobe.ne.jp",
    subject=enc_header("配信できなかったメール (Returned mail)", "iso-2022-jp"), date=d, host="mail.biglobe.ne.jp",
    sw="BIGLOBE MTA", charset="iso-2022-jp", cte="7bit", inline=True, text=jis("""このメールは BIGLOBE のメールサーバーが自動的に作成したものです。

お送りいただいたメールは、以下の宛先に配送できませんでした。

  宛先：tanaka.h@kaisha-sample.example
  理由：相手先のメールボックスの容量がいっぱいのため、受信できませんでした。
  相手先サーバーの応答：552 5.2.2 Mailbox full

しばらく時間をおいてから、再度お送りください。

------ This is a copy of the message, including all the headers. ------

"""), orig=osrc("yamada-t@kym.biglobe.ne.jp", "tanaka.h@kaisha-sample.example", "Meeting", d, n)))
expect(n, "tanaka.h@kaisha-sample.example", "mailboxfull", status="5.2.2", reply="552", vendor="biglobe")

n = "docomo-unknown-user-after-data.eml"
d = dt(2026, 11, 8, 20, 31, 0, "+0900")
write(OUT, n, pf_fail(n, host="mail.juku-sakura.example", sender="info@juku-sakura.example",
    rcpt="hanako.s-1999@docomo.ne.jp", said="mfsmax.docomo.ne.jp[203.138.181.112]",
    diag="550 Unknown user hanako.s-1999@docomo.ne.jp", status="5.0.0", date=d, osubj="Winter course schedule",
    stage="in reply to end of data command"))
expect(n, "hanako.s-1999@docomo.ne.jp", "userunknown", hard=True, status="5.0.0", reply="550", vendor="docomo")

n = "au-ja-recipient-filter-refused.eml"
d = dt(2026, 11, 17, 22, 3, 9, "+0900")
write(OUT, n, notice(n, frm=enc_header("メール配送システム", "iso-2022-jp") + " <postmaster@mail.isp-kansai.example>",
    to="shop-owner@isp-kansai.example", subject=enc_header("メール配送エラーのお知らせ", "iso-2022-jp"), date=d,
    host="mail.isp-kansai.example", sw="Postfix", charset="iso-2022-jp", cte="7bit", text=jis("""お客様が送信されたメールは、次の宛先に届きませんでした。

  宛先：kenta_0321@au.com
  理由：受信者の迷惑メールフィルター設定により、このメールの受信は拒否されました。
  相手先サーバーの応答：550 5.7.1 <kenta_0321@au.com>: Rejected by the recipient's filter settings

受信者の方に、ドメイン指定受信の設定をご確認いただくようお伝えください。
"""), orig=osrc("shop-owner@isp-kansai.example", "kenta_0321@au.com", "Order confirmation", d, n)))
expect(n, "kenta_0321@au.com", "filtered", status="5.7.1", reply="550", vendor="au")

# ======================================================================== filtering gateways
n = "barracuda-reputation-block.eml"
d = dt(2026, 11, 13, 14, 0, 0, "-0500")
write(OUT, n, pf_fail(n, host="mail.roofing-quotes.example", sender="estimates@roofing-quotes.example",
    rcpt="facilities@county-library.example", said="d123456a.ess.barracudanetworks.com[209.222.82.252]",
    diag="554 Service unavailable; Client host [203.0.113.29] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.29",
    status="5.0.0", date=d, osubj="Roof inspection estimate"))
expect(n, "facilities@county-library.example", "blocked", status="5.0.0", reply="554", vendor="barracuda")

n = "proofpoint-spam-content-filter.eml"
d = dt(2026, 11, 26, 4, 44, 0, "+0000")
write(OUT, n, pf_fail(n, host="mta2.investor-letters.example", sender="alerts@investor-letters.example",
    rcpt="treasury@regional-bank.example", said="mx0b-00281901.pphosted.com[148.163.159.5]",
    diag="554 5.7.1 Message rejected: identified as spam by content filter. Contact the recipient's administrator if you believe this is in error.",
    status="5.7.1", date=d, osubj="Urgent: guaranteed returns", stage="in reply to end of data command"))
expect(n, "treasury@regional-bank.example", "spamdetected", status="5.7.1", reply="554", vendor="proofpoint")

n = "messagelabs-not-configured-relay.eml"
d = dt(2026, 11, 4, 11, 20, 0, "+0000")
write(OUT, n, exim_fail(n, host="mail.conference-tours.example", sender="delegates@conference-tours.example",
    rcpt="events@engineering-guild.example", date=d, osubj="Delegate hotel list", lines="""    host cluster1.eu.messagelabs.com [85.158.142.1]
    SMTP error from remote mail server after RCPT TO:<events@engineering-guild.example>:
    553-you are trying to use me [server-12.tower-222.messagelabs.com] as a relay, but I
    553-have not been configured to let you (203.0.113.12, helo=mail.conference-tours.example) do
    553-this. Please visit www.messagelabs.com/support for more details about
    553 this error message and instructions to resolve this issue. (#5.7.1)
"""))
expect(n, "events@engineering-guild.example", "norelaying", status="5.7.1", reply="553", vendor="messagelabs")

n = "mcafee-mxlogic-virus-infected.eml"
d = dt(2026, 11, 10, 16, 10, 0, "-0600")
write(OUT, n, dsn(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.freight-brokers.example>",
    to="<dispatch@freight-brokers.example>", subject="Returned mail: see transcript for details", date=d,
    host="smtp.freight-brokers.example", sw="8.17.1/8.17.1", text="""The original message was received at Tue, 10 Nov 2026 16:09:51 -0600
from ws-dispatch3.freight-brokers.example [10.1.4.33]

   ----- The following addresses had permanent fatal errors -----
<ap@trucking-line.example>
    (reason: 550 5.7.1 Virus infected message rejected: W97M/Downloader.dpm detected in Invoice_8812.doc)

   ----- Transcript of session follows -----
... while talking to mail-inbound.mxlogic.net.:
>>> DATA
<<< 550 5.7.1 Virus infected message rejected: W97M/Downloader.dpm detected in Invoice_8812.doc
554 5.0.0 Service unavailable
""", recips=[{"final": "ap@trucking-line.example", "original": "ap@trucking-line.example", "status": "5.7.1",
              "remote": "mail-inbound.mxlogic.net",
              "diag": "smtp; 550 5.7.1 Virus infected message rejected: W97M/Downloader.dpm detected in Invoice_8812.doc"}],
    orig=osrc("dispatch@freight-brokers.example", "ap@trucking-line.example", "Invoice 8812", d, n)))
expect(n, "ap@trucking-line.example", "virusdetected", status="5.7.1", reply="550", vendor="mcafee")

n = "ironport-address-rejected-510.eml"
d = dt(2026, 11, 5, 13, 13, 0, "+0000")
write(OUT, n, exim_fail(n, host="mail.recruit-agency.example", sender="jobs@recruit-agency.example",
    rcpt="j.whitfield@aerospace-sample.example", date=d, osubj="Candidate shortlist", lines="""    host esa1.aerospace-sample.iphmx.com [68.232.129.10]
    SMTP error from remote mail server after RCPT TO:<j.whitfield@aerospace-sample.example>:
    550 #5.1.0 Address rejected.
"""))
expect(n, "j.whitfield@aerospace-sample.example", "userunknown", hard=True, status="5.1.0", reply="550", vendor="ironport")

n = "ironport-too-many-recipients-hour.eml"
d = dt(2026, 11, 24, 10, 30, 0, "+0000")
write(OUT, n, pf_fail(n, host="out.school-notices.example", sender="office@school-notices.example",
    rcpt="parent.4471@district-families.example", said="esa2.district-families.iphmx.com[68.232.140.22]",
    diag="452 Too many recipients received this hour", status="4.5.3", date=d, osubj="Snow day: school closed",
    delay=2, action="delayed"))
expect(n, "parent.4471@district-families.example", "ratelimited", status="4.5.3", reply="452", action="delayed",
       vendor="ironport")

n = "sophos-prohibited-attachment.eml"
d = dt(2026, 11, 18, 15, 40, 0, "+0000")
write(OUT, n, pf_fail(n, host="mail.it-consult-sample.example", sender="deploy@it-consult-sample.example",
    rcpt="servicedesk@county-hospital.example", said="mx-01-eu-west-1.prod.hydra.sophos.com[35.157.63.229]",
    diag="550 5.7.1 Message rejected: the attachment install_media.iso is a blocked file type under the recipient's mail policy",
    status="5.7.1", date=d, osubj="Installer for the ward PCs", stage="in reply to end of data command"))
expect(n, "servicedesk@county-hospital.example", "policyviolation", status="5.7.1", reply="550", vendor="sophos")

# ======================================================================== sending services
n = "sendgrid-forwarded-comcast-dnsbl.eml"
d = dt(2026, 11, 28, 18, 6, 0, "+0000")
write(OUT, n, dsn(n, frm="Mail Delivery System <MAILER-DAEMON@o1.ptr6611.sendgrid.net>",
    to="bounces@sweetshop-online.example", subject="Undelivered Mail Returned to Sender", date=d,
    host="o1.ptr6611.sendgrid.net", sw="SendGrid", text="""This message was created automatically by the SendGrid delivery system.

Delivery to the following recipient failed permanently:

    candy.fan.77@comcast.net

The receiving server said:
554 resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net 198.51.100.187 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001
""", recips=[{"final": "candy.fan.77@comcast.net", "status": "5.0.0", "remote": "mx1a1.comcast.net",
              "diag": "smtp; 554 resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net 198.51.100.187 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001"}],
    orig=osrc("hello@sweetshop-online.example", "candy.fan.77@comcast.net", "Advent calendar is back", d, n),
    extra=[("X-SG-EID", "u001.Gk2b7Qm8sL0pQ1rT")]))
expect(n, "candy.fan.77@comcast.net", "blocked", status="5.0.0", reply="554", vendor="sendgrid")

n = "postmark-inactive-recipient-relay.eml"
d = dt(2026, 11, 22, 12, 0, 0, "+0000")
write(OUT, n, pf_fail(n, host="app01.invoice-tool.example", sender="billing@invoice-tool.example",
    rcpt="ledger@old-vendor.example", said="smtp.postmarkapp.com[50.31.156.6]",
    diag="550 5.7.1 Inactive recipient: ledger@old-vendor.example is on the suppression list of this server after an earlier hard bounce; the message was not sent",
    status="5.7.1", date=d, osubj="Invoice INV-20411", stage="in reply to end of data command"))
expect(n, "ledger@old-vendor.example", "suppressed", status="5.7.1", reply="550", vendor="postmark")

# ======================================================================== Chinese providers
n = "qq-rejected-by-recipients.eml"
d = dt(2026, 11, 20, 16, 2, 0, "+0800")
write(OUT, n, pf_fail(n, host="mail.huaxia-trading.example", sender="sales@huaxia-trading.example",
    rcpt="2209337715@qq.com", said="mx3.qq.com[203.205.219.57]",
    diag="550 Mail is rejected by recipients [MTQ0LjE4Ni4yMjEuNzc= IP: 203.0.113.58]. https://service.mail.qq.com/detail/122/72",
    status="5.0.0", date=d, osubj="Price list 2027"))
expect(n, "2209337715@qq.com", "filtered", status="5.0.0", reply="550", vendor="qq")

n = "netease163-smtp-auth-required.eml"
d = dt(2026, 11, 12, 9, 30, 0, "+0800")
write(OUT, n, exim_fail(n, host="nas.home-office.example", sender="camera@home-office.example", rcpt="li.qiang@163.com",
    date=d, osubj="Motion detected 09:29", lines="""    host smtp.163.com [220.181.12.18]
    SMTP error from remote mail server after MAIL FROM:<camera@home-office.example> SIZE=20480:
    553 authentication is required,163 smtp18,GtxpCgD3_9kBqWZn8c1kAA--.34812S2 1762911000
"""))
expect(n, "li.qiang@163.com", "securityerror", reply="553", vendor="netease")

ZH_126 = """您好！

很抱歉，您发送的邮件被退回，以下是该邮件的相关信息：

被退回的邮件：季度报表
发送时间：2026-11-21 10:02:11
无法到达的收件人：liu.fang@xingchen-maoyi.example
退信原因：收件人邮箱已被停用，暂时无法接收邮件。
对方服务器返回：550 5.2.1 Mailbox disabled, account inactive

网易邮箱
"""
n = "netease126-recipient-disabled-gbk.eml"
d = dt(2026, 11, 21, 10, 3, 0, "+0800")
write(OUT, n, notice(n, frm="Postmaster <postmaster@126.com>", to="zhao.wei2020@126.com",
    subject=enc_header("系统退信", "gbk"), date=d, host="m16.mail.126.com", sw="Coremail", charset="gbk", cte="base64",
    text=ZH_126, orig=osrc("zhao.wei2020@126.com", "liu.fang@xingchen-maoyi.example", "Q3 report", d, n),
    extra=[("X-Coremail-Antispam", "1Uf129KBjvJXoW7tF4rJF1xAr1DWw45Kw4DJFb_yoW8Gr4DpF")]))
expect(n, "liu.fang@xingchen-maoyi.example", "suspend", status="5.2.1", reply="550", vendor="netease")

ZH_SINA = """尊敬的用户：

您好！您发送的邮件未能送达以下收件人：

  wang.lei@jinghua-chem.example

失败原因：对方服务器将该邮件判定为垃圾邮件，拒绝接收。
服务器返回信息：554 5.7.1 Message rejected as spam by the content filter

新浪邮箱
"""
n = "sina-spam-rejected-gb2312-qp.eml"
d = dt(2026, 11, 14, 11, 0, 0, "+0800")
write(OUT, n, notice(n, frm="MAILER-DAEMON@sina.com", to="xiaolan_88@sina.com", subject=enc_header("退信通知", "gb2312"),
    date=d, host="mx.sina.com", sw="Sina Mail", charset="gb2312", cte="quoted-printable", text=ZH_SINA,
    orig=osrc("xiaolan_88@sina.com", "wang.lei@jinghua-chem.example", "Promotion", d, n)))
expect(n, "wang.lei@jinghua-chem.example", "spamdetected", status="5.7.1", reply="554", vendor="sina")

ZH_ALI = """您好：

您发往 caiwu@dongfang-jixie.example 的邮件投递失败。

失败原因：邮件大小超过了收件方服务器允许的上限，请压缩附件或分多封发送。
对方服务器返回：552 5.3.4 Message size exceeds fixed limit

阿里邮箱
"""
n = "aliyun-size-exceeds-gb18030.eml"
d = dt(2026, 11, 27, 15, 20, 0, "+0800")
write(OUT, n, notice(n, frm="postmaster@mxhichina.com", to="chen.jing@qiyun-design.example", subject=enc_header("邮件投递失败", "gb18030"),
    date=d, host="smtp.aliyun-inc.com", sw="Aliyun Mail", charset="gb18030", cte="base64", text=ZH_ALI,
    orig=osrc("chen.jing@qiyun-design.example", "caiwu@dongfang-jixie.example", "Design files", d, n)))
expect(n, "caiwu@dongfang-jixie.example", "emailtoolarge", status="5.3.4", reply="552", vendor="aliyun")

# ======================================================================== list managers, a forwarded chain, X.400
LIST = "riverwatch@lists.estuary-trust.example"
n = "mailman2-bounce-action-notice.eml"
d = dt(2026, 11, 23, 3, 0, 5, "+0000")
inner_d = dt(2026, 11, 23, 2, 58, 40, "+0000")
inner = mail(["Return-Path: <>\n" + hop(n + "i", "mail.estuary-mail.example", "Postfix", inner_d),
    ("Date", inner_d), ("From", "MAILER-DAEMON@mail.estuary-mail.example (Mail Delivery System)"),
    ("To", "riverwatch-bounces+d.ferreira=estuary-mail.example@lists.estuary-trust.example"),
    ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", mid(n + "i", "mail.estuary-mail.example")),
    ("Auto-Submitted", "auto-replied")],
    multipart("report", [text_part(PF.format(host="mail.estuary-mail.example") +
        "<d.ferreira@estuary-mail.example>: host mbox.estuary-mail.example[10.9.0.4] said:\n"
        "    550 5.1.1 <d.ferreira@estuary-mail.example>: Recipient address rejected:\n"
        "    User unknown in local recipient table (in reply to RCPT TO command)\n"),
        delivery_status("mail.estuary-mail.example", [{"final": "d.ferreira@estuary-mail.example",
            "status": "5.1.1", "remote": "mbox.estuary-mail.example",
            "diag": "550 5.1.1 <d.ferreira@estuary-mail.example>: Recipient address rejected: User unknown in local recipient table"}]),
        part("text/rfc822-headers", """Return-Path: <riverwatch-bounces+d.ferreira=estuary-mail.example@lists.estuary-trust.example>
From: Tom Hale <tom.hale@birders-net.example>
To: riverwatch@lists.estuary-trust.example
Subject: [Riverwatch] Otter sighting at the weir
Date: Mon, 23 Nov 2026 02:58:30 +0000
Message-ID: <otter.20261123@birders-net.example>
List-Id: Riverwatch volunteers <riverwatch.lists.estuary-trust.example>
List-Unsubscribe: <https://lists.estuary-trust.example/mailman/options/riverwatch>,
 <mailto:riverwatch-request@lists.estuary-trust.example?subject=unsubscribe>
List-Post: <mailto:riverwatch@lists.estuary-trust.example>
List-Help: <mailto:riverwatch-request@lists.estuary-trust.example?subject=help>
Sender: riverwatch-bounces@lists.estuary-trust.example
Errors-To: riverwatch-bounces@lists.estuary-trust.example
""", cte=None)], boundary(n, 3), " report-type=delivery-status;"))
write(OUT, n, mail([hop(n, "lists.estuary-trust.example", "Postfix", d), ("Date", d),
    ("From", "riverwatch-bounces@lists.estuary-trust.example"), ("To", "riverwatch-owner@lists.estuary-trust.example"),
    ("Subject", "Bounce action notification"), ("Message-ID", mid(n, "lists.estuary-trust.example")),
    ("X-Mailman-Version", "2.1.39"), ("Precedence", "bulk"), ("X-BeenThere", LIST),
    ("List-Id", "Riverwatch volunteers <riverwatch.lists.estuary-trust.example>"),
    ("List-Help", "<mailto:riverwatch-request@lists.estuary-trust.example?subject=help>")],
    multipart("mixed", [text_part("""This is a Mailman mailing list bounce action notice:

    List:       Riverwatch
    Member:     d.ferreira@estuary-mail.example
    Action:     Subscription disabled.
    Reason:     Excessive or fatal bounces.



The triggering bounce notice is attached below.

Questions?
Contact the Mailman site administrator at mailman@lists.estuary-trust.example.
"""), part("message/rfc822", inner, cte=None)], boundary(n))))
expect(n, "d.ferreira@estuary-mail.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "mailman3-uncaught-bounce-mailenable.eml"
d = dt(2026, 11, 25, 6, 10, 0, "+0000")
inner_d = dt(2026, 11, 25, 6, 9, 30, "+0200")
inner = mail(["Return-Path: <>\n" + hop(n + "i", "mail.kloof-mail.example", "MailEnable ESMTP", inner_d),
    ("Date", inner_d), ("From", "POSTMASTER@kloof-mail.example"),
    ("To", "choir-bounces@lists.community-choir.example"), ("Subject", "Message Delivery Failure"),
    ("Message-ID", mid(n + "i", "kloof-mail.example"))],
    text_part("""MailEnable: Message could not be delivered to some recipients.
The following recipient(s) could not be reached:

\tRecipient: [SMTP:p.naidoo@kloof-mail.example]
\tReason: The mailbox of this recipient has exceeded its storage allowance and cannot accept more mail.

Message headers follow:

Received: from lists.community-choir.example ([198.51.100.9]) by mail.kloof-mail.example with MailEnable ESMTP; Wed, 25 Nov 2026 06:09:28 +0200
From: Choir Secretary <secretary@community-choir.example>
To: choir@lists.community-choir.example
Subject: [Choir] Carol service rehearsal moved
List-Post: <mailto:choir@lists.community-choir.example>
List-Help: <mailto:choir-request@lists.community-choir.example?subject=help>
"""))
write(OUT, n, mail([hop(n, "lists.community-choir.example", "Postfix", d), ("Date", d),
    ("From", "choir-bounces@lists.community-choir.example"), ("To", "choir-owner@lists.community-choir.example"),
    ("Subject", "Uncaught bounce notification"), ("Message-ID", mid(n, "lists.community-choir.example")),
    ("X-Mailman-Version", "3.3.9"), ("Precedence", "bulk"),
    ("List-Id", "Community choir <choir.lists.community-choir.example>")],
    multipart("mixed", [text_part("""The attached message was received as a bounce, but either the bounce format
was not recognized, or no member addresses could be extracted from it.  This
mailing list has been configured to send all unrecognized bounce messages to
the list administrator(s).

For more information see:
https://lists.community-choir.example/mailman3/lists/choir.lists.community-choir.example/

List admins: choir-owner@lists.community-choir.example
"""), part("message/rfc822", inner, cte=None)], boundary(n))))
expect(n, "p.naidoo@kloof-mail.example", "mailboxfull")

n = "forwarded-chain-srs-alias.eml"
d = dt(2026, 11, 19, 21, 5, 12, "+0000")
srs = "SRS0=hX3k=TZ=chess-club.example=secretary@alumni-assoc.example"
txt = PF.format(host="relay.alumni-assoc.example") + """<j.smith@newjob-corp.example> (expanded from <jsmith@alumni-assoc.example>): host
    mx.newjob-corp.example[203.0.113.180] said: 550 5.1.1
    <j.smith@newjob-corp.example>: Recipient address rejected: User unknown in
    virtual alias table (in reply to RCPT TO command)
"""
body = multipart("report", [text_part(txt), delivery_status("relay.alumni-assoc.example", [
    {"original": "jsmith@alumni-assoc.example", "final": "j.smith@newjob-corp.example", "status": "5.1.1",
     "remote": "mx.newjob-corp.example",
     "diag": "550 5.1.1 <j.smith@newjob-corp.example>: Recipient address rejected: User unknown in virtual alias table"}]),
    part("text/rfc822-headers", orig_headers(srs, "jsmith@alumni-assoc.example", "Club championship draw", d,
                                             mid(n + "o", "chess-club.example")), cte=None)],
    boundary(n), " report-type=delivery-status;")
write(OUT, n, mail(["Return-Path: <>",
    received([("relay.alumni-assoc.example", "198.51.100.240", "mx.chess-club.example", "Postfix", qid(n + "2"), d)]),
    "X-Original-To: " + srs, ("Delivered-To", "secretary@chess-club.example"),
    received([("localhost", "127.0.0.1", "relay.alumni-assoc.example", "Postfix", qid(n), d)]),
    ("Date", d), ("From", "MAILER-DAEMON@relay.alumni-assoc.example (Mail Delivery System)"),
    ("To", srs), ("Subject", "Undelivered Mail Returned to Sender"),
    ("Message-ID", mid(n, "relay.alumni-assoc.example")), ("Auto-Submitted", "auto-replied")], body))
expect(n, "j.smith@newjob-corp.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "x400-gateway-unrecognised-or-name.eml"
d = dt(2026, 11, 6, 8, 40, 0, "+0100")
x400 = "/C=IT/ADMD= /PRMD=ROSSISTUDIO/O=STUDIO/OU1=MILANO/DDA:SMTP=m.rossi@studio-rossi.example/"
write(OUT, n, dsn(n, frm="X.400 Gateway <postmaster@x400gw.naval-supplies.example>", to="procurement@naval-supplies.example",
    subject="Non-delivery report: Technical drawings rev C", date=d, host="x400gw.naval-supplies.example",
    sw="Isode M-Switch X400 19.0", text=f"""Non-delivery report

The message below could not be delivered by the X.400 message transfer
system.

  Subject:      Technical drawings rev C
  Submitted:    06 Nov 2026 08:31:55 +0100
  MTS ID:       [/C=GB/ADMD= /PRMD=NAVALSUP/;MTA.NAVALSUP.061108315500Z]

  Recipient:    {x400}
  Reason:       unable-to-transfer (1)
  Diagnostic:   unrecognised-OR-name (0)
  Supplementary information: no such recipient in the directory of PRMD ROSSISTUDIO
""", recips=[{"final": "X400; " + x400, "status": "5.1.1", "diag": "X400; 1 0 (unable-to-transfer, unrecognised-OR-name)"}],
    orig=osrc("procurement@naval-supplies.example", "m.rossi@studio-rossi.example", "Technical drawings rev C", d,
              n)).replace("Final-Recipient: rfc822; X400; ", "Final-Recipient: X400; "))
expect(n, "m.rossi@studio-rossi.example", "userunknown", hard=True, status="5.1.1")

# ======================================================================== auto-replies, a complaint, a bounce that says nothing
n = "vacation-exchange-abwesenheit-de.eml"
d = dt(2026, 12, 1, 7, 58, 0, "+0100")
write(OUT, n, mail([hop(n, "mx.moebel-versand.example", "Postfix", d, "mail.fensterbau-krueger.example", "198.51.100.71"),
    ("Date", d), ("From", "Jens Krueger <j.krueger@fensterbau-krueger.example>"), ("To", "angebote@moebel-versand.example"),
    ("Subject", "Automatische Antwort: Ihr Angebot Nr. 55120"), ("Message-ID", mid(n, "fensterbau-krueger.example")),
    ("In-Reply-To", "<angebot.55120@moebel-versand.example>"), ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "j.krueger@fensterbau-krueger.example"),
    ("Content-Language", "de-DE")],
    text_part("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11. Dezember nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
meinen Kollegen unter technik@fensterbau-krueger.example.

Mit freundlichen Grüßen
Jens Krüger
""", "iso-8859-1", "quoted-printable")))
expect(n, "j.krueger@fensterbau-krueger.example", "vacation", action="")

n = "vacation-zimbra-absence-fr.eml"
d = dt(2026, 11, 30, 10, 0, 0, "+0100")
write(OUT, n, mail([hop(n, "mx.editions-sample.example", "Postfix", d, "zmta.mairie-sample.example", "203.0.113.111"),
    ("Date", d), ("From", "Claire Martin <c.martin@mairie-sample.example>"), ("To", "presse@editions-sample.example"),
    ("Subject", "=?utf-8?Q?R=C3=A9ponse_automatique_=3A_Invitation_salon_du_livre?="), ("Message-ID", mid(n, "mairie-sample.example")),
    ("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"), ("X-Mailer", "Zimbra 10.0.6_GA_4617")],
    text_part("""Bonjour,

Je suis absente du bureau jusqu'au 4 décembre inclus. Votre message sera
traité à mon retour. Pour toute urgence : accueil@mairie-sample.example.

Claire Martin
Service culture
""", "utf-8", "quoted-printable")))
expect(n, "c.martin@mairie-sample.example", "vacation", action="")

n = "arf-outlook-jmrp-complaint.eml"
d = dt(2026, 11, 26, 5, 20, 0, "-0800")
arf_orig = """Received: from out.mega-sale-daily.example (out.mega-sale-daily.example [198.51.100.214])
	by BN8NAM12FT041.mail.protection.outlook.com with ESMTP; Thu, 26 Nov 2026 13:11:02 +0000
From: Mega Sale Daily <deals@mega-sale-daily.example>
To: bargain.betty@outlook.com
Subject: Black Friday starts NOW
Date: Thu, 26 Nov 2026 13:10:58 +0000
Message-ID: <bf2026.99812@mega-sale-daily.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Everything must go.
"""
fb = part("message/feedback-report", """Feedback-Type: abuse
User-Agent: Microsoft JMRP 1.0
Version: 1
Original-Mail-From: <deals@mega-sale-daily.example>
Original-Rcpt-To: <bargain.betty@outlook.com>
Arrival-Date: Thu, 26 Nov 2026 13:11:02 +0000
Source-IP: 198.51.100.214
Reported-Domain: mega-sale-daily.example
""", cte=None)
body = multipart("report", [text_part("This is an email abuse report for an email message received from IP 198.51.100.214 on Thu, 26 Nov 2026 13:11:02 +0000.\nFor information, please review the Outlook.com JMRP program documentation.\n"),
                            fb, part("message/rfc822", arf_orig, cte=None)], boundary(n), " report-type=feedback-report;")
write(OUT, n, mail([hop(n, "mx.mega-sale-daily.example", "Postfix", d, "jmrp.outlook.com", "40.92.0.1"),
    ("Date", d), ("From", "staff@hotmail.com"), ("To", "fbl@mega-sale-daily.example"),
    ("Subject", "complaint about message from 198.51.100.214"), ("Message-ID", mid(n, "hotmail.com"))], body))
expect(n, "bargain.betty@outlook.com", "feedback", action="", vendor="outlook")

n = "mercury32-transaction-failed.eml"
d = dt(2026, 11, 11, 12, 12, 0, "+0000")
write(OUT, n, notice(n, frm="Mercury 32 Mail Transport System <postmaster@pc-club.example>", to="newsletter@pc-club.example",
    subject="Delivery failure: December meeting", date=d, host="pc-club.example", sw="Mercury/32 v4.91", inline=True,
    text="""This message is an automated notification from the Mercury/32 mail
server at pc-club.example.

The message below could not be delivered to one or more recipients.

  Recipient:  treasurer@scout-group.example
  Server:     mail.scout-group.example [198.51.100.58]
  Response:   554 Transaction failed

------------------------------- Original message follows ----

""", orig=osrc("newsletter@pc-club.example", "treasurer@scout-group.example", "December meeting", d, n)))
expect(n, "treasurer@scout-group.example", "undefined", reply="554")

# ======================================================================== near-misses: ordinary mail, no record at all


def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None,
             mx="mx.recipient-side.example"):
    addr = frm.split("<")[-1].rstrip(">")
    sender_host = "mail." + addr.split("@")[1]
    heads = [f"Return-Path: <{addr}>",
             received([(sender_host, "198.51.100." + str(int(qid(name, 2), 16) % 200 + 20), mx, "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


IMS = ("X-Mailer", "Internet Mail Service (5.5.2653.19)")

n = "nb-ims55-staff-bulletin.eml"
write(NB, n, ordinary(n, frm="Personnel Office <personnel@harbour-board.example>", to="all-staff@harbour-board.example",
    subject="Staff bulletin: new starters and phone list", date=dt(2026, 11, 16, 9, 5, 0, "+0000"), host="harbour-board.example",
    extra=[IMS], text="""Good morning all,

Please welcome our new starters this month:

  Ruth Okonkwo, Pilotage          r.okonkwo@harbour-board.example
  Dev Sharma, Finance             d.sharma@harbour-board.example
  Lucy Brennan, Marine Services   l.brennan@harbour-board.example

The updated phone list is on the intranet. Corrections to
personnel@harbour-board.example please.

You receive this bulletin because you are on the all-staff list. To stop
receiving it, send a message with "unsubscribe bulletin" to
listserv@harbour-board.example.
"""))

n = "nb-ims55-forwarded-thread.eml"
write(NB, n, ordinary(n, frm="Gordon Reid <g.reid@steelworks-sample.example>", to="a.mcintyre@steelworks-sample.example",
    subject="FW: Delivery schedule for the rolling mill parts", date=dt(2026, 11, 19, 14, 2, 0, "+0000"),
    host="steelworks-sample.example", extra=[("X-Mailer", "Internet Mail Service (5.5.2650.21)")], text="""Alan,

See below - can you check with the haulier whether Thursday still stands?

Gordon

> -----Original Message-----
> From:\tP. Lindqvist [SMTP:p.lindqvist@haulage-nordic.example]
> Sent:\tWednesday, November 18, 2026 4:40 PM
> To:\tg.reid@steelworks-sample.example
> Cc:\tdispatch@haulage-nordic.example
> Subject:\tDelivery schedule for the rolling mill parts
>
> Gordon, the lorry is booked for Thursday morning. If the parts are not
> ready we need to know by Tuesday noon.
"""))

n = "nb-postmaster-display-advert.eml"
write(NB, n, ordinary(n, frm="Postmaster <offers@webhost-deals.example>", to="owner@bakery-sample.example",
    subject="Your domain deserves better email - 3 months free", date=dt(2026, 11, 20, 10, 0, 0, "+0000"),
    host="webhost-deals.example", extra=[("List-Unsubscribe", "<mailto:unsub@webhost-deals.example>"), ("Precedence", "bulk")],
    text="""Hello bakery-sample.example owner,

Tired of mail that never arrives? Our business email plans come with
spam filtering, 50 GB mailboxes and a free migration.

  * 3 months free on every plan
  * Your own address, like owner@bakery-sample.example
  * 24/7 support from real postmasters

Sign up today: https://webhost-deals.example/promo

To unsubscribe, reply with "remove" or write to unsub@webhost-deals.example.
"""))

n = "nb-mail-delivery-display-newsletter.eml"
write(NB, n, ordinary(n, frm="Mail Delivery <news@parcel-post-sample.example>", to="customer.ali@homemail.example",
    subject="Last posting dates for Christmas", date=dt(2026, 11, 24, 8, 0, 0, "+0000"), host="parcel-post-sample.example",
    extra=[("List-Unsubscribe", "<https://parcel-post-sample.example/unsub?u=8812>")], text="""Dear customer,

Christmas is coming. To make sure your cards and parcels arrive in time:

  Economy letters and parcels   18 December
  First class                   20 December
  Express                       22 December

Items with an incomplete address may be undeliverable and are returned to
the sender, so please check the postcode.

Mail Delivery - your local parcel service
"""))

uu = """begin 644 sketch.txt
M5&AE(&-R86YE(&%R;2!N965D<R!A(&YE=R!H:6YG92!P:6X@;VX@=&AE(&QE
M9G0@<VED92X@365A<W5R92!B969O<F4@;W)D97)I;F<N"E1H92!B;VQT<R!A
M<F4@33$R+"!L96YG=&@@-S`@;6TN"@H@("`@("`@("`@7U]?7U]?7U]?7U]?
17"`@("`@("`@+R`@("`@("`@(%P*
`
end
"""
n = "nb-lotus-notes-uuencoded-sketch.eml"
write(NB, n, ordinary(n, frm="Pieter de Wit <p.dewit@kraanbouw-sample.example>", to="workshop@kraanbouw-sample.example",
    subject="crane arm hinge - sketch", date=dt(2026, 11, 12, 15, 30, 0, "+0100"), host="kraanbouw-sample.example",
    text="""Hi all,

Our Lotus Notes client still cannot send proper attachments to the
workshop PC, so here is the sketch uuencoded again. Save the part below
and run uudecode on it.

""" + uu + """
Pieter
"""))

n = "nb-list-joke-subject-out-of-office.eml"
write(NB, n, ordinary(n, frm="Mike Dunn <mike.dunn@radio-club.example>", to="members@lists.radio-club.example",
    subject="[Radio Club] Re: The sun is out of the office (no propagation this week)",
    date=dt(2026, 11, 27, 19, 0, 0, "+0000"), host="radio-club.example",
    extra=[("List-Id", "<members.lists.radio-club.example>"), ("Precedence", "list"), ("In-Reply-To", "<solar.quiet@radio-club.example>"),
           ("List-Post", "<mailto:members@lists.radio-club.example>")],
    text="""Ha - the sun may be out of the office but 40 m was open last night.
Worked two stations in Portugal around 22:00 with 50 W.

73, Mike
"""))

n = "nb-list-undeliverable-question.eml"
write(NB, n, ordinary(n, frm="Sven Aalto <sven@tinyisp-sample.example>", to="postfix-users@lists.mta-forum.example",
    subject="Undeliverable? or just deferred?", date=dt(2026, 11, 21, 11, 30, 0, "+0200"), host="tinyisp-sample.example",
    extra=[("List-Id", "Postfix users <postfix-users.lists.mta-forum.example>"), ("Precedence", "list")],
    text="""Hello list,

One of our customers says his mail to a partner is undeliverable, but my
log only shows deferrals:

  Nov 21 10:02:11 mx1 postfix/smtp[2211]: 4D1F2A0C3: to=<info@partner-sample.example>,
    relay=none, delay=7200, status=deferred (connect to mx.partner-sample.example[203.0.113.9]:25: Connection timed out)

Is there a way to make Postfix give up sooner than maximal_queue_lifetime,
or should I just tell him to wait?

Thanks,
Sven
"""))

n = "nb-colleague-your-mailbox-quota.eml"
write(NB, n, ordinary(n, frm="Nadia Haddad <n.haddad@architects-sample.example>", to="b.clarke@architects-sample.example",
    subject="your mailbox is full again", date=dt(2026, 11, 18, 16, 45, 0, "+0000"), host="architects-sample.example",
    text="""Ben,

I tried to send you the site photos and got a message back saying your
mailbox is over quota. Could you clear some space? I will put the photos
on the shared drive for now.

Nadia
"""))

n = "nb-human-reply-im-away.eml"
write(NB, n, ordinary(n, frm="Carla Mendes <carla.mendes@legal-sample.example>", to="ops@shipping-sample.example",
    subject="Re: contract draft v3", date=dt(2026, 11, 28, 13, 12, 0, "+0000"), host="legal-sample.example",
    extra=[("In-Reply-To", "<draft3.771@shipping-sample.example>"), ("References", "<draft3.771@shipping-sample.example>"),
           ("X-Mailer", "iPhone Mail (21H221)")],
    text="""Hi, I'm away until Monday with only my phone. I'll read the draft properly
then - clause 7 already looks fine to me.

Carla

Sent from my iPhone

> On 28 Nov 2026, at 12:40, ops@shipping-sample.example wrote:
>
> Carla, draft v3 attached with the liability changes.
"""))

n = "nb-helpdesk-ticket-quoting-550.eml"
write(NB, n, ordinary(n, frm="Support Desk <support@saas-sample.example>", to="it@customer-sample.example",
    subject="[Ticket #4411] Emails to our accountant bounce", date=dt(2026, 11, 23, 9, 20, 0, "+0000"),
    host="saas-sample.example", extra=[("X-Ticket-ID", "4411")], text="""##- Please type your reply above this line -##

Ticket #4411: Emails to our accountant bounce

Priya (Support Desk), Nov 23, 09:20 UTC

Hello,

Thanks for the log excerpt. The line you sent,

  550 5.1.1 <accounts@accountant-sample.example>: Recipient address rejected: User unknown

comes from your accountant's server, not from us: that mailbox does not
exist there any more. Please ask them for their new address.

Kind regards,
Priya

--
You are receiving this because you opened ticket #4411.
"""))

n = "nb-cron-postqueue-output.eml"
write(NB, n, ordinary(n, frm="Cron Daemon <root@mx1.regional-isp.example>", to="root@mx1.regional-isp.example",
    subject="Cron <root@mx1> /usr/sbin/postqueue -p | tail -n 12", date=dt(2026, 11, 30, 6, 0, 1, "+0000"),
    host="mx1.regional-isp.example", extra=[("X-Cron-Env", "<SHELL=/bin/sh>"), ("X-Cron-Env", "<LOGNAME=root>")],
    text="""-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
7C2D41A0F3*    4311 Mon Nov 30 05:41:12  newsletter@regional-isp.example
                                         reader.55@slowhost-sample.example

9A1E22B04D     2210 Sun Nov 29 23:10:40  alerts@regional-isp.example
    (connect to mx.gone-domain-sample.example[203.0.113.77]:25: Connection timed out)
                                         ops@gone-domain-sample.example

B3F0C9D211     9821 Sun Nov 29 18:02:05  billing@regional-isp.example
(host mx.fullbox-sample.example[198.51.100.99] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))
                                         customer.zed@fullbox-sample.example

-- 15 Kbytes in 3 Requests.
"""))

n = "nb-logwatch-postfix-summary.eml"
write(NB, n, ordinary(n, frm="logwatch@relay.county-sample.example", to="postmaster@county-sample.example",
    subject="Logwatch for relay.county-sample.example (Linux)", date=dt(2026, 12, 1, 3, 2, 0, "+0000"),
    host="relay.county-sample.example", text="""
 ################### Logwatch 7.10 (05/26/24) ####################
        Processing Initiated: Tue Dec  1 03:02:00 2026
        Date Range Processed: yesterday
      Logfiles for Host: relay.county-sample.example
 ##################################################################

 --------------------- Postfix Begin ------------------------

    4.211M  Bytes accepted                               4,416,102
    3.980M  Bytes delivered                              4,173,311

     1,204  Accepted                                      98.45%
        19  Rejected                                       1.55%

        11  Bounced (remote)
         8  Deferred

 **Unmatched Entries**
   2   status=bounced (host mx.sample-isp.example[198.51.100.44] said: 550 5.1.1 <old.clerk@sample-isp.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))
   1   status=deferred (host mx.busy-sample.example[203.0.113.3] said: 421 4.7.0 Too many connections (in reply to MAIL FROM command))

 ---------------------- Postfix End -------------------------

 ###################### Logwatch End #########################
"""))

dmarc_xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email>
    <report_id>11402877613311822010</report_id><date_range><begin>1764460800</begin><end>1764547199</end></date_range></report_metadata>
  <policy_published><domain>cycling-club.example</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><pct>100</pct></policy_published>
  <record><row><source_ip>198.51.100.61</source_ip><count>14</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>cycling-club.example</header_from></identifiers></record>
</feedback>
"""
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo("google.com!cycling-club.example!1764460800!1764547199.xml", (2026, 12, 1, 0, 0, 0))
    z.writestr(zi, dmarc_xml)
zb = base64.b64encode(buf.getvalue()).decode()
zb = "\n".join(zb[i:i + 76] for i in range(0, len(zb), 76))
n = "nb-dmarc-aggregate-zip.eml"
write(NB, n, ordinary(n, frm="noreply-dmarc-support@google.com", to="dmarc@cycling-club.example",
    subject="Report domain: cycling-club.example Submitter: google.com Report-ID: 11402877613311822010",
    date=dt(2026, 12, 1, 23, 59, 59, "-0800"), host="google.com",
    body=multipart("mixed", [text_part("This is an aggregate report from google.com.\n"),
        part('application/zip; name="google.com!cycling-club.example!1764460800!1764547199.zip"', zb, "base64",
             'Content-Disposition: attachment;\n\tfilename="google.com!cycling-club.example!1764460800!1764547199.zip"')],
        boundary(n))))

tls_json = ('{"organization-name":"Example Mail Receiver","date-range":{"start-datetime":"2026-11-30T00:00:00Z",'
            '"end-datetime":"2026-11-30T23:59:59Z"},"contact-info":"smtp-tls-reporting@receiver-sample.example",'
            '"report-id":"2026-11-30T00:00:00Z_cycling-club.example","policies":[{"policy":{"policy-type":"sts",'
            '"policy-domain":"cycling-club.example"},"summary":{"total-successful-session-count":211,'
            '"total-failure-session-count":2},"failure-details":[{"result-type":"certificate-expired",'
            '"sending-mta-ip":"203.0.113.40","receiving-mx-hostname":"mx.cycling-club.example","failed-session-count":2}]}]}\n')
gz = gzip.compress(tls_json.encode(), mtime=0)
gb = base64.b64encode(gz).decode()
gb = "\n".join(gb[i:i + 76] for i in range(0, len(gb), 76))
n = "nb-tlsrpt-report-gzip.eml"
write(NB, n, ordinary(n, frm="TLS Reporting <smtp-tls-reporting@receiver-sample.example>", to="tlsrpt@cycling-club.example",
    subject="Report Domain: cycling-club.example Submitter: receiver-sample.example Report-ID: <2026-11-30T00:00:00Z_cycling-club.example>",
    date=dt(2026, 12, 1, 1, 0, 0, "+0000"), host="receiver-sample.example",
    extra=[("TLS-Report-Domain", "cycling-club.example"), ("TLS-Report-Submitter", "receiver-sample.example")],
    body=multipart("report", [text_part("This is an aggregate TLS report from receiver-sample.example.\n"),
        part('application/tlsrpt+gzip; name="receiver-sample.example!cycling-club.example!1764460800!1764547199.json.gz"', gb,
             "base64", 'Content-Disposition: attachment;\n\tfilename="receiver-sample.example!cycling-club.example!1764460800!1764547199.json.gz"')],
        boundary(n), " report-type=tlsrpt;")))

n = "nb-mdn-displayed.eml"
write(NB, n, ordinary(n, frm="Hannah Vogel <h.vogel@kanzlei-sample.example>", to="m.berger@bauamt-sample.example",
    subject="Gelesen: Stellungnahme Bauvoranfrage", date=dt(2026, 11, 26, 10, 15, 0, "+0100"), host="kanzlei-sample.example",
    body=multipart("report", [text_part("Ihre Nachricht\n\n  An: h.vogel@kanzlei-sample.example\n  Betreff: Stellungnahme Bauvoranfrage\n\nwurde am 26.11.2026 10:15 gelesen.\n", "iso-8859-1", "quoted-printable"),
        part("message/disposition-notification", """Reporting-UA: kanzlei-sample.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.vogel@kanzlei-sample.example
Original-Message-ID: <bauvoranfrage.2211@bauamt-sample.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)], boundary(n), " report-type=disposition-notification;")))

n = "nb-zh-newsletter-tuixin-gbk.eml"
write(NB, n, ordinary(n, frm=enc_header("邮件营销周刊", "gbk") + " <weekly@edm-zhoukan.example>", to="reader@qiye-sample.example",
    subject=enc_header("第48期：如何降低退信率", "gbk"), date=dt(2026, 11, 27, 8, 0, 0, "+0800"), host="edm-zhoukan.example",
    charset="gbk", cte="base64", extra=[("List-Unsubscribe", "<mailto:unsub@edm-zhoukan.example>")], text="""本期导读：如何降低退信率

一、常见退信原因
  1. 收件人地址不存在（550 用户不存在）
  2. 邮箱已满，对方服务器返回 552
  3. 发件 IP 被列入黑名单

二、建议
  定期清理无效地址；发现“邮箱已满”的退信时，可在三天后重试一次。

退订请回复 TD。
"""))

n = "nb-spam-ndr-display-pills.eml"
write(NB, n, ordinary(n, frm="Mail Delivery Subsystem <promo@pharma-deals-sample.example>", to="victim.user@homemail.example",
    subject="Delivery Status Notification (Failure)", date=dt(2026, 11, 22, 3, 33, 0, "+0000"), host="pharma-deals-sample.example",
    text="""BEST PRICES ON BRAND MEDS - NO PRESCRIPTION NEEDED

  * Up to 80% off
  * Discreet worldwide shipping
  * Order now: http://pharma-deals-sample.example/shop

This offer was sent to victim.user@homemail.example.
"""))

n = "nb-spam-undelivered-wallet-phish.eml"
write(NB, n, ordinary(n, frm="MAILER-DAEMON <security@wallet-verify-sample.example>", to="holder@homemail.example",
    subject="Undelivered Mail Returned to Sender", date=dt(2026, 11, 29, 2, 10, 0, "+0000"), host="wallet-verify-sample.example",
    text="""Dear customer,

Your crypto wallet has pending incoming transfers of 0.84 BTC that could not
be released. Verify your wallet within 24 hours to receive the funds:

   http://wallet-verify-sample.example/release?id=8812

Wallet Security Team
"""))

n = "nb-ja-newsletter-iso2022.eml"
write(NB, n, ordinary(n, frm=enc_header("メール配信ノウハウ通信", "iso-2022-jp") + " <news@haishin-knowhow.example>",
    to="tantou@shop-sample.example", subject=enc_header("【第12号】宛先不明メールを減らすには", "iso-2022-jp"),
    date=dt(2026, 11, 25, 7, 0, 0, "+0900"), host="haishin-knowhow.example", charset="iso-2022-jp", cte="7bit",
    text=jis("""今号のテーマ：宛先不明メールを減らすには

配信リストに「宛先不明」「メールボックス容量超過」で戻ってくるアドレスが
増えていませんか。エラーが三回続いたアドレスは配信停止にするのがおすすめです。

配信停止はこちら：https://haishin-knowhow.example/stop
""")))

n = "nb-it-notice-new-ndr-format.eml"
write(NB, n, ordinary(n, frm="IT Service Desk <servicedesk@university-sample.example>", to="staff@university-sample.example",
    subject="Mail migration: what bounce messages will look like", date=dt(2026, 11, 20, 12, 0, 0, "+0000"),
    host="university-sample.example", text="""Dear colleagues,

After the move to the new mail platform on 5 December, messages that cannot
be delivered come back with a notice like this one:

    Your message to someone@university-sample.example couldn't be delivered.
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

This means the address is wrong. If you see "mailbox full", the recipient
must free up space. Nothing changes in how you send mail.

IT Service Desk
"""))

n = "nb-esp-campaign-bounce-report.eml"
write(NB, n, ordinary(n, frm="CampaignHub Reports <reports@campaignhub-sample.example>", to="marketing@outdoor-shop-sample.example",
    subject="Campaign report: November newsletter (14 bounces)", date=dt(2026, 11, 26, 9, 0, 0, "+0000"),
    host="campaignhub-sample.example", text="""Campaign report: November newsletter

Sent          12,410
Delivered     12,396
Opens          4,102
Hard bounces      11
Soft bounces       3

Hard bounces (removed from your list):
  walker.j@nohost-sample.example       550 5.1.1 user unknown
  t.reyes@oldmail-sample.example        550 mailbox not found
  ...and 9 more, see the dashboard.

Soft bounces (we will retry next campaign):
  camper.sue@fullbox-sample.example     452 4.2.2 mailbox full

https://campaignhub-sample.example/reports/88120
"""))

n = "nb-bank-payment-returned.eml"
write(NB, n, ordinary(n, frm="Online Banking <alerts@bank-sample.example>", to="customer.ng@homemail.example",
    subject="Your transfer was returned: account closed", date=dt(2026, 11, 23, 7, 30, 0, "+0000"), host="bank-sample.example",
    text="""Dear customer,

Your transfer of 250.00 EUR to M. Duarte (IBAN ending 4410) on 20 November
was returned by the receiving bank with the reason "account closed".

The amount has been credited back to your account. Please check the
recipient's details before sending again.

Your Online Banking team
"""))

n = "nb-forum-thread-mail-delivery-failed.eml"
write(NB, n, ordinary(n, frm="Hosting Forum <notifications@hosting-forum-sample.example>", to="member.tk@homemail.example",
    subject="New reply in: \"Mail delivery failed: returning message to sender\" on cPanel",
    date=dt(2026, 11, 24, 21, 5, 0, "+0000"), host="hosting-forum-sample.example", text="""Hello tk,

user "eximfan" replied to a topic you are watching:

  "Mail delivery failed: returning message to sender" on cPanel

  > The bounce says "retry timeout exceeded" for every Gmail address.
  Check your server's IP against the Spamhaus list first, then look at
  exim_mainlog for the first deferral.

View the reply: https://hosting-forum-sample.example/t/88123#p4

You can stop watching this topic from the link above.
"""))

n = "nb-calendar-cancelled-maintenance.eml"
ics = """BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:-//Sample Corp//Calendar 2.0//EN
VERSION:2.0
BEGIN:VEVENT
UID:mailserver-maintenance-20261205@corp-sample.example
DTSTART:20261205T220000Z
DTEND:20261206T020000Z
SUMMARY:Canceled: Mail server maintenance (bounces expected)
STATUS:CANCELLED
ORGANIZER:mailto:it-ops@corp-sample.example
END:VEVENT
END:VCALENDAR
"""
write(NB, n, ordinary(n, frm="IT Operations <it-ops@corp-sample.example>", to="all@corp-sample.example",
    subject="Canceled: Mail server maintenance (bounces expected)", date=dt(2026, 12, 2, 16, 0, 0, "+0000"),
    host="corp-sample.example", body=multipart("alternative", [
        text_part("The mail server maintenance on Saturday is cancelled. No undeliverable mail is expected.\n"),
        part("text/calendar; charset=utf-8; method=CANCEL", ics, cte="7bit")], boundary(n))))

n = "nb-zh-colleague-bounced-gb18030.eml"
write(NB, n, ordinary(n, frm=enc_header("孙丽", "gb18030") + " <sun.li@huaxin-sample.example>", to="zhou.gang@huaxin-sample.example",
    subject=enc_header("你的邮箱满了", "gb18030"), date=dt(2026, 11, 19, 15, 0, 0, "+0800"), host="huaxin-sample.example",
    charset="gb18030", cte="base64", text="""周工：

我给你发的图纸被退回来了，退信上说你的邮箱已满。麻烦清理一下，
我下午再发一次。

孙丽
"""))

n = "nb-human-re-undeliverable-fixed.eml"
write(NB, n, ordinary(n, frm="Owen Price <o.price@surveyors-sample.example>", to="k.ito@surveyors-sample.example",
    subject="RE: Undeliverable: Boundary survey 14 Mill Lane", date=dt(2026, 11, 25, 11, 40, 0, "+0000"),
    host="surveyors-sample.example", extra=[("In-Reply-To", "<fwd.ndr.112@surveyors-sample.example>")], text="""Kenji,

Thanks for spotting that - I had typed the client's address with .co
instead of .com. I have resent the survey to the right address and it
went through this time.

Owen
"""))

n = "nb-abuse-desk-human-delisting.eml"
write(NB, n, ordinary(n, frm="Abuse Team <abuse@bigisp-sample.example>", to="postmaster@smallshop-sample.example",
    subject="Re: [ABUSE-22871] Our IP 203.0.113.45 is blocked", date=dt(2026, 11, 27, 14, 20, 0, "+0000"),
    host="bigisp-sample.example", extra=[("In-Reply-To", "<delist.req.45@smallshop-sample.example>")], text="""Hello,

Thank you for cleaning up the compromised account. We have removed
203.0.113.45 from our local blocklist; mail from it should be accepted
again within the hour. If you still see "554 5.7.1 blocked" replies after
that, please reply to this ticket.

Regards,
Marta
Abuse Team
"""))

n = "nb-ci-failed-smtp-test.eml"
write(NB, n, ordinary(n, frm="CI Runner <ci@build-sample.example>", to="dev-team@build-sample.example",
    subject="[mailer-service] Pipeline #5521 failed on main", date=dt(2026, 11, 30, 17, 3, 0, "+0000"),
    host="build-sample.example", text="""Pipeline #5521 failed on main (commit 4e1c0a9).

Job: integration-smtp   status: failed   duration: 1m 12s

  --- FAIL: TestSendToUnknownMailbox (0.41s)
      smtp_test.go:88: got reply "250 2.0.0 Ok", want "550 5.1.1 mailbox unavailable"
  FAIL

View the pipeline: https://build-sample.example/mailer-service/-/pipelines/5521
"""))

n = "nb-list-ooo-policy-question.eml"
write(NB, n, ordinary(n, frm="Grace Liu <g.liu@charity-sample.example>", to="volunteers@lists.charity-sample.example",
    subject="Out of Office over Christmas - who covers the phones?", date=dt(2026, 12, 2, 10, 0, 0, "+0000"),
    host="charity-sample.example", extra=[("List-Id", "<volunteers.lists.charity-sample.example>"), ("Precedence", "list")],
    text="""Hi everyone,

The office is closed from 24 December to 2 January. Please set an out of
office message if you will be away, and reply to me if you can cover the
helpline for a morning.

Thanks, Grace
"""))

n = "nb-mailman-subscribe-confirm.eml"
write(NB, n, ordinary(n, frm="riverwatch-request@lists.estuary-trust.example", to="new.member@homemail.example",
    subject="confirm 4f1a9c0e2b7d3e8a55c1d0f6a2b9e7c4d1f03a66", date=dt(2026, 11, 22, 18, 0, 0, "+0000"),
    host="lists.estuary-trust.example", extra=[("X-Mailman-Version", "2.1.39"), ("Precedence", "bulk"),
        ("List-Id", "Riverwatch volunteers <riverwatch.lists.estuary-trust.example>")], text="""Mailing list subscription confirmation notice for mailing list Riverwatch

We have received a request from 198.51.100.31 for subscription of your
email address, "new.member@homemail.example", to the
riverwatch@lists.estuary-trust.example mailing list.  To confirm that you
want to be added to this mailing list, simply reply to this message,
keeping the Subject: header intact.  Or visit this web page:

    https://lists.estuary-trust.example/mailman/confirm/riverwatch/4f1a9c0e2b7d3e8a55c1d0f6a2b9e7c4d1f03a66

Or include the following line -- and only the following line -- in a
message to riverwatch-request@lists.estuary-trust.example:

    confirm 4f1a9c0e2b7d3e8a55c1d0f6a2b9e7c4d1f03a66

If you do not wish to be subscribed to this list, please simply disregard
this message.  If you think you are being maliciously subscribed to the
list, or have any other questions, send them to
riverwatch-owner@lists.estuary-trust.example.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
