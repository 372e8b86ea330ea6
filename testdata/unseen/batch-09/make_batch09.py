#!/usr/bin/env python3
"""Writes testdata/unseen/batch-09: older and odd bounce formats, the kind a
long-lived bounce mailbox holds (pre-DSN Sendmail transcripts, qmail and
vpopmail, Exim 3/4, Postfix 2.x, Domino, GroupWise, Mercury, MDaemon,
Merak/IceWarp, Kerio, CommuniGate, Critical Path, PMDF, X.400 gateways,
Exchange 5.5/2000/2003, the big free-mail providers of the 2000s, campus and
ISP templates, list managers, forwarded bounces and several-recipient
notices), ordinary near-miss mail in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch09.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def hops2(name, date, inner, outer, sw_in, sw_out, ip="192.0.2.25"):
    """Two hops: the reporting host, then the bounce mailbox's own server."""
    return received([(inner, ip, outer, sw_out, qid(name + "2"), date),
                     ("localhost", "127.0.0.1", inner, sw_in, qid(name), date)])


def orig(frm, to, subject, date, host, name, body="Hello,\n\nplease see the note below.\n", extra=""):
    return orig_headers(frm, to, subject, date, mid(name + "o", host), extra) + "\n" + body


def plain(name, *, host, frm, to, subject, date, text, sw="Sendmail", extra=(), auto=False, charset="us-ascii",
          cte=None, hops=None):
    """A single-part notice (pre-DSN style): the returned message, if any, is inline in text."""
    heads = [hops or ("Return-Path: <>\n" + hop(name, host, sw, date)), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text, charset, cte))


def with_returned(name, *, host, frm, to, subject, date, text, returned, sw="Sendmail", extra=(), auto=False,
                  rtype="message/rfc822", hops=None, charset="us-ascii", cte=None):
    """A non-DSN notice: a text part and the returned message (or headers) as a second part."""
    body = multipart("mixed", [text_part(text, charset, cte), part(rtype, returned, cte=None)], boundary(name))
    heads = [hops or ("Return-Path: <>\n" + hop(name, host, sw, date)), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def dsn(name, *, host, frm, to, subject, date, text, recips, origmsg, sw="Sendmail", returned="headers", extra=(),
        arrival=None, charset="us-ascii", cte=None):
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips,
                    orig=origmsg, returned=returned, extra=extra, arrival=arrival, charset=charset, cte=cte)


def inline_orig(frm, to, subject, date, host, name, body="Hi,\n\nnotes from today attached.\n", recv=""):
    """The returned message as old MTAs append it after a dashed rule."""
    return (f"Return-Path: <{frm}>\n{recv}Message-ID: {mid(name + 'o', host)}\nDate: {date}\nFrom: {frm}\n"
            f"To: {to}\nSubject: {subject}\n\n{body}")


# ================================================================ Sendmail 8.x, old and older
n = "sendmail89-transcript-three-rcpts.eml"
d = dt(2001, 3, 14, 9, 22, 41, "-0500")
od = dt(2001, 3, 14, 9, 21, 58, "-0500")
write(OUT, n, plain(n, host="mailhub.geology.state-univ.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@mailhub.geology.state-univ.example>",
    to="<rkessler@geology.state-univ.example>", subject="Returned mail: User unknown", date=d,
    sw="8.9.3/8.9.3", text=f"""The original message was received at Wed, 14 Mar 2001 09:21:58 -0500 (EST)
from rkessler@lab4.geology.state-univ.example [192.0.2.114]

   ----- The following addresses had permanent fatal errors -----
<pmorrow@chem.lakeside-college.example>
<field-crew@coring-services.example>
<a.nakamura@tohoku-geo.example>

   ----- Transcript of session follows -----
... while talking to mail.chem.lakeside-college.example.:
>>> RCPT To:<pmorrow@chem.lakeside-college.example>
<<< 550 <pmorrow@chem.lakeside-college.example>... User unknown
550 <pmorrow@chem.lakeside-college.example>... User unknown
550 <field-crew@coring-services.example>... Host unknown (Name server: coring-services.example: host not found)
... while talking to mx1.tohoku-geo.example.:
>>> MAIL From:<rkessler@geology.state-univ.example>
<<< 421 mx1.tohoku-geo.example: Deferred: Connection timed out during user open
... while talking to smtp.tohoku-geo.example.:
>>> DATA
<<< 552 <a.nakamura@tohoku-geo.example>... Mailbox full: quota of 20480K exceeded, cannot store message
552 <a.nakamura@tohoku-geo.example>... Mailbox full: quota of 20480K exceeded, cannot store message

   ----- Original message follows -----
""" + inline_orig("rkessler@geology.state-univ.example",
        "pmorrow@chem.lakeside-college.example, field-crew@coring-services.example, a.nakamura@tohoku-geo.example",
        "core log photos, hole 3B", od, "geology.state-univ.example", n,
        recv="Received: (from rkessler@localhost)\n\tby lab4.geology.state-univ.example (8.9.3/8.9.3) id JAA02211\n\tfor pmorrow@chem.lakeside-college.example; " + od + "\n")))
expect(n, "pmorrow@chem.lakeside-college.example", "userunknown", True, reply="550", vendor="sendmail")
expect(n, "field-crew@coring-services.example", "hostunknown", True, reply="550", vendor="sendmail")
expect(n, "a.nakamura@tohoku-geo.example", "mailboxfull", reply="552", vendor="sendmail")

n = "sendmail810-five-days-connection-refused.eml"
d = dt(2002, 11, 4, 6, 15, 2, "+0100")
od = dt(2002, 10, 30, 5, 58, 40, "+0100")
write(OUT, n, dsn(n, host="relay.brauerei-haag.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.brauerei-haag.example>",
    to="<vertrieb@brauerei-haag.example>", subject="Returned mail: see transcript for details", date=d, sw="8.10.2/8.10.2",
    text="""The original message was received at Wed, 30 Oct 2002 05:58:40 +0100
from pc-vertrieb2.brauerei-haag.example [192.0.2.61]

   ----- The following addresses had permanent fatal errors -----
<einkauf@getraenke-lindner.example>

   ----- Transcript of session follows -----
<einkauf@getraenke-lindner.example>... Deferred: Connection refused by mail.getraenke-lindner.example.
Message could not be delivered for 5 days
Message will be deleted from queue
""", recips=[{"final": "einkauf@getraenke-lindner.example", "status": "4.4.7",
             "remote": "mail.getraenke-lindner.example", "last": d}],
    arrival=od, origmsg=orig_headers("vertrieb@brauerei-haag.example", "einkauf@getraenke-lindner.example",
                                     "Preisliste Fassbier 2003", od, mid(n + "o", "brauerei-haag.example"))))
expect(n, "einkauf@getraenke-lindner.example", "expired", status="4.4.7", vendor="sendmail")

n = "sendmail88-eight-bit-refused.eml"
d = dt(1999, 6, 2, 16, 40, 9, "+0200")
od = dt(1999, 6, 2, 16, 39, 51, "+0200")
write(OUT, n, plain(n, host="gw.fysik.nordic-inst.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@gw.fysik.nordic-inst.example>",
    to="<lars.eke@fysik.nordic-inst.example>", subject="Returned mail: Data format error", date=d, sw="8.8.8/8.8.8",
    text="""The original message was received at Wed, 2 Jun 1999 16:39:51 +0200 (MET DST)
from lars.eke@ws12.fysik.nordic-inst.example [192.0.2.12]

   ----- The following addresses had permanent fatal errors -----
<h.brandt@ipp.forschung-nord.example>

   ----- Transcript of session follows -----
... while talking to mx.ipp.forschung-nord.example.:
>>> DATA
<<< 554 5.6.1 Eight bit data not allowed: this server accepts 7-bit message bodies only
554 5.6.1 <h.brandt@ipp.forschung-nord.example>... Eight bit data not allowed

   ----- Original message follows -----
""" + inline_orig("lars.eke@fysik.nordic-inst.example", "h.brandt@ipp.forschung-nord.example",
        "Re: beam time, week 24", od, "fysik.nordic-inst.example", n,
        body="Hej Heinz,\n\nthe cryostat arrives Tuesday; we can start Wednesday.\n\n/Lars\n")))
expect(n, "h.brandt@ipp.forschung-nord.example", "contenterror", status="5.6.1", reply="554", vendor="sendmail")

n = "sendmail-redirect-user-moved.eml"
d = dt(2004, 9, 21, 11, 3, 17, "-0700")
od = dt(2004, 9, 21, 11, 3, 10, "-0700")
write(OUT, n, dsn(n, host="mail.desert-press.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.desert-press.example>",
    to="<letters@desert-press.example>", subject="Returned mail: see transcript for details", date=d, sw="8.12.11/8.12.11",
    text="""The original message was received at Tue, 21 Sep 2004 11:03:10 -0700
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<dwalsh@canyon-county.example>
    (reason: 551 5.7.1 User has moved; please try <d.walsh@mesa-tribune.example>)

   ----- Transcript of session follows -----
... while talking to mail.canyon-county.example.:
>>> RCPT To:<dwalsh@canyon-county.example>
<<< 551 5.7.1 User has moved; please try <d.walsh@mesa-tribune.example>
551 5.7.1 <dwalsh@canyon-county.example>... User has moved; please try <d.walsh@mesa-tribune.example>
""", recips=[{"final": "dwalsh@canyon-county.example", "status": "5.7.1", "remote": "mail.canyon-county.example",
             "diag": "551 5.7.1 User has moved; please try <d.walsh@mesa-tribune.example>", "last": d}],
    arrival=od, origmsg=orig_headers("letters@desert-press.example", "dwalsh@canyon-county.example",
                                     "Your letter to the editor", od, mid(n + "o", "desert-press.example"))))
expect(n, "dwalsh@canyon-county.example", "hasmoved", True, status="5.7.1", reply="551", vendor="sendmail")

n = "sendmail812-relaying-denied-and-rbl.eml"
d = dt(2003, 2, 17, 8, 44, 30, "+0000")
od = dt(2003, 2, 17, 8, 44, 2, "+0000")
write(OUT, n, dsn(n, host="smtp.harbour-chandlers.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.harbour-chandlers.example>",
    to="<office@harbour-chandlers.example>", subject="Returned mail: see transcript for details", date=d, sw="8.12.8/8.12.8",
    text="""The original message was received at Mon, 17 Feb 2003 08:44:02 GMT
from dsl-203-0-113-9.adsl.cheap-isp.example [203.0.113.9]

   ----- The following addresses had permanent fatal errors -----
<orders@sailmakers-cove.example>
    (reason: 550 5.7.1 <orders@sailmakers-cove.example>... Relaying denied)
<skipper@yachtclub-west.example>
    (reason: 550 5.7.1 Mail from 203.0.113.9 refused - listed at dnsbl.blackholes.example)

   ----- Transcript of session follows -----
... while talking to mail.sailmakers-cove.example.:
>>> RCPT To:<orders@sailmakers-cove.example>
<<< 550 5.7.1 <orders@sailmakers-cove.example>... Relaying denied
550 5.7.1 <orders@sailmakers-cove.example>... Relaying denied
... while talking to mx1.yachtclub-west.example.:
>>> MAIL From:<office@harbour-chandlers.example> SIZE=2841
<<< 550 5.7.1 Mail from 203.0.113.9 refused - listed at dnsbl.blackholes.example
554 5.0.0 Service unavailable
""", recips=[{"final": "orders@sailmakers-cove.example", "status": "5.7.1", "remote": "mail.sailmakers-cove.example",
             "diag": "550 5.7.1 <orders@sailmakers-cove.example>... Relaying denied", "last": d},
            {"final": "skipper@yachtclub-west.example", "status": "5.7.1", "remote": "mx1.yachtclub-west.example",
             "diag": "550 5.7.1 Mail from 203.0.113.9 refused - listed at dnsbl.blackholes.example", "last": d}],
    arrival=od, origmsg=orig_headers("office@harbour-chandlers.example",
                                     "orders@sailmakers-cove.example, skipper@yachtclub-west.example",
                                     "Spring fitting-out prices", od, mid(n + "o", "harbour-chandlers.example"))))
expect(n, "orders@sailmakers-cove.example", "norelaying", status="5.7.1", reply="550", vendor="sendmail")
expect(n, "skipper@yachtclub-west.example", "blocked", status="5.7.1", reply="550", vendor="sendmail")

n = "sendmail-pre-dsn-mail-from-syntax.eml"
d = dt(1998, 10, 8, 14, 12, 55, "-0400")
od = dt(1998, 10, 8, 14, 12, 50, "-0400")
write(OUT, n, plain(n, host="cs.old-polytech.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@cs.old-polytech.example>",
    to="jbarnes@cs.old-polytech.example", subject="Returned mail: Remote protocol error", date=d, sw="8.8.5/8.8.5",
    text="""The original message was received at Thu, 8 Oct 1998 14:12:50 -0400 (EDT)
from jbarnes@localhost

   ----- The following addresses had permanent fatal errors -----
<registrar@records.county-tech.example>

   ----- Transcript of session follows -----
... while talking to records.county-tech.example.:
>>> MAIL From:<jbarnes@cs.old-polytech.example> SIZE=1822
<<< 501 5.5.2 Syntax error in parameters scanning "MAIL FROM"
501 5.5.2 <registrar@records.county-tech.example>... Syntax error in parameters scanning "MAIL FROM"

   ----- Original message follows -----
""" + inline_orig("jbarnes@cs.old-polytech.example", "registrar@records.county-tech.example",
        "transcript request", od, "cs.old-polytech.example", n,
        body="Please send an official transcript to the address below.\n\nJ. Barnes\n")))
expect(n, "registrar@records.county-tech.example", "syntaxerror", status="5.5.2", reply="501", vendor="sendmail")

# ================================================================ qmail, vpopmail, qmail-scanner
QMAIL_HEAD = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""

n = "qmail-send-three-rcpts.eml"
d = dt(2005, 4, 12, 22, 31, 8, "-0000")
od = dt(2005, 4, 5, 21, 12, 40, "-0000")
write(OUT, n, plain(n, host="mx.riverbend-hosting.example", frm="MAILER-DAEMON@mx.riverbend-hosting.example",
    to="newsletter@quilting-circle.example", subject="failure notice", date=d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="mx.riverbend-hosting.example") + """<maggie.h@riverbend-hosting.example>:
Sorry, no mailbox here by that name. vpopmail (#5.1.1)

<bettyquilts@riverbend-hosting.example>:
user is over quota

<guild.secretary@patchwork-guild.example>:
I wasn't able to establish an SMTP connection. (#4.4.1)
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.

""" + inline_orig("newsletter@quilting-circle.example",
        "undisclosed-recipients:;", "April block-of-the-month", od, "quilting-circle.example", n,
        recv="Received: (qmail 12081 invoked by uid 1007); 5 Apr 2005 21:12:40 -0000\n",
        body="This month: the Ohio Star. Fabric requirements inside.\n")))
expect(n, "maggie.h@riverbend-hosting.example", "userunknown", True, status="5.1.1", vendor="qmail")
expect(n, "bettyquilts@riverbend-hosting.example", "mailboxfull", vendor="qmail")
expect(n, "guild.secretary@patchwork-guild.example", "expired", status="4.4.1", vendor="qmail")

n = "vpopmail-account-deactivated.eml"
d = dt(2006, 8, 30, 3, 17, 44, "-0000")
write(OUT, n, plain(n, host="mail.lakeview-isp.example", frm="MAILER-DAEMON@mail.lakeview-isp.example",
    to="alerts@pool-service.example", subject="failure notice", date=d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="mail.lakeview-isp.example") + """<h.ostrowski@lakeview-isp.example>:
vdelivermail: this account has been deactivated by the domain administrator; mail is not accepted (#5.2.1)

--- Below this line is a copy of the message.

""" + inline_orig("alerts@pool-service.example", "h.ostrowski@lakeview-isp.example",
        "Pool opening appointment", dt(2006, 8, 30, 3, 17, 40, "-0000"), "pool-service.example", n,
        body="Your pool opening is booked for Saturday morning.\n")))
expect(n, "h.ostrowski@lakeview-isp.example", "suspend", status="5.2.1", vendor="vpopmail")

n = "qmail-remote-junk-filter.eml"
d = dt(2007, 1, 9, 17, 2, 11, "-0000")
write(OUT, n, plain(n, host="smtp.vintage-records.example", frm="MAILER-DAEMON@smtp.vintage-records.example",
    to="deals@vintage-records.example", subject="failure notice", date=d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="smtp.vintage-records.example") + """<collector.bill@northwoods-net.example>:
198.51.100.77 failed after I sent the message.
Remote host said: 554 5.7.1 Message rejected: identified as junk mail by the content filter (score 11.4)

--- Below this line is a copy of the message.

""" + inline_orig("deals@vintage-records.example", "collector.bill@northwoods-net.example",
        "FREE shipping on rare vinyl - this weekend only!!!", dt(2007, 1, 9, 17, 1, 58, "-0000"),
        "vintage-records.example", n, body="Click here for the weekend sale.\n")))
expect(n, "collector.bill@northwoods-net.example", "spamdetected", status="5.7.1", reply="554", vendor="qmail")

n = "qmail-scanner-virus-rejected.eml"
d = dt(2004, 1, 28, 10, 50, 3, "-0000")
write(OUT, n, plain(n, host="mx.prairie-coop.example", frm="MAILER-DAEMON@mx.prairie-coop.example",
    to="jdoe@farm-supply.example", subject="failure notice", date=d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="mx.prairie-coop.example") + """<accounts@prairie-coop.example>:
198.51.100.40 does not like recipient.
Remote host said: 553 Your email was rejected because it contains the W32.Novarg.A@mm virus (qmail-scanner 1.20)
Giving up on 198.51.100.40.

--- Below this line is a copy of the message.

Return-Path: <jdoe@farm-supply.example>
From: jdoe@farm-supply.example
To: accounts@prairie-coop.example
Subject: hello
Date: Wed, 28 Jan 2004 10:49:51 -0000

The message contains Unicode characters and has been sent as a binary attachment.
""", ))
expect(n, "accounts@prairie-coop.example", "virusdetected", reply="553", vendor="qmail")

n = "qmail-prog-exit-permanent.eml"
d = dt(2008, 5, 6, 9, 30, 0, "-0000")
write(OUT, n, plain(n, host="mail.bugtracker-host.example", frm="MAILER-DAEMON@mail.bugtracker-host.example",
    to="ci@buildfarm.example", subject="failure notice", date=d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="mail.bugtracker-host.example") + """<issues@bugtracker-host.example>:
/usr/local/bin/bugmail-import: program exited 100: cannot open issue database: permission denied

--- Below this line is a copy of the message.

""" + inline_orig("ci@buildfarm.example", "issues@bugtracker-host.example",
        "[build 4412] nightly failed", dt(2008, 5, 6, 9, 29, 57, "-0000"), "buildfarm.example", n,
        body="Build 4412 failed in stage 'link'.\n")))
expect(n, "issues@bugtracker-host.example", "mailererror", vendor="qmail")

# ================================================================ Exim 3 and Exim 4
EXIM3_HEAD = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to all of its recipients.
The following address(es) failed:

"""
EXIM4_HEAD = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""

n = "exim3-retry-timeout-and-unknown-local-part.eml"
d = dt(2000, 12, 1, 4, 12, 9, "+0000")
od = dt(2000, 11, 27, 15, 2, 33, "+0000")
write(OUT, n, plain(n, host="mail.physics.redbrick-univ.example", frm="Mail Delivery System <Mailer-Daemon@mail.physics.redbrick-univ.example>",
    to="g.farrant@physics.redbrick-univ.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 3.16 #1", text=EXIM3_HEAD + """  s.quist@hep.fjord-lab.example:
    retry timeout exceeded
  mo.dlamini@astro.kaapstad-obs.example:
    unknown local-part "mo.dlamini" in domain "astro.kaapstad-obs.example"

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("g.farrant@physics.redbrick-univ.example",
        "s.quist@hep.fjord-lab.example, mo.dlamini@astro.kaapstad-obs.example", "draft v3 of the proceedings paper",
        od, "physics.redbrick-univ.example", n,
        recv="Received: from farrant by mail.physics.redbrick-univ.example with local (Exim 3.16 #1)\n\tid 14BCd2-0004Hk-00; " + od + "\n")))
expect(n, "s.quist@hep.fjord-lab.example", "expired", vendor="exim")
expect(n, "mo.dlamini@astro.kaapstad-obs.example", "userunknown", True, vendor="exim")

n = "exim3-sender-verify-failed.eml"
d = dt(2001, 7, 19, 13, 40, 2, "+0100")
od = dt(2001, 7, 19, 13, 39, 55, "+0100")
write(OUT, n, plain(n, host="mail.wool-exchange.example", frm="Mail Delivery System <Mailer-Daemon@mail.wool-exchange.example>",
    to="sales@wool-exchange.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 3.22 #2", text=EXIM3_HEAD + """  buyers@spinnery-dales.example:
    SMTP error from remote mailer after MAIL FROM:<sales@wool-exchange.example>:
    host mx.spinnery-dales.example [198.51.100.58]:
    550 rejected: sender verify failed for <sales@wool-exchange.example>: cannot route to sender address

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("sales@wool-exchange.example", "buyers@spinnery-dales.example", "Shearling lots, July sale",
        od, "wool-exchange.example", n)))
expect(n, "buyers@spinnery-dales.example", "rejected", reply="550", vendor="exim")

n = "exim3-mail-from-size-syntax.eml"
d = dt(2002, 3, 3, 20, 1, 45, "+0000")
od = dt(2002, 3, 3, 20, 1, 40, "+0000")
write(OUT, n, plain(n, host="smtp.tenants-assoc.example", frm="Mail Delivery System <Mailer-Daemon@smtp.tenants-assoc.example>",
    to="chair@tenants-assoc.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 3.35 #1", text=EXIM3_HEAD + """  housing.office@borough-council.example:
    SMTP error from remote mailer after MAIL FROM:<chair@tenants-assoc.example> SIZE=4102:
    host gw.borough-council.example [198.51.100.190]:
    501 5.5.4 Syntax error in MAIL FROM command: unrecognised parameter

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("chair@tenants-assoc.example", "housing.office@borough-council.example",
        "Block C heating - third request", od, "tenants-assoc.example", n)))
expect(n, "housing.office@borough-council.example", "syntaxerror", status="5.5.4", reply="501", vendor="exim")

n = "exim4-pipe-child-returned.eml"
d = dt(2009, 2, 11, 7, 55, 12, "+0000")
od = dt(2009, 2, 11, 7, 55, 10, "+0000")
write(OUT, n, plain(n, host="mail.support-desk.example", frm="Mail Delivery System <Mailer-Daemon@mail.support-desk.example>",
    to="customer.jan@homemail-nl.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 4.69", text=EXIM4_HEAD + """  pipe to |/opt/helpdesk/bin/mail-gateway --queue general
    generated by tickets@support-desk.example
    local delivery failed
    Child process of helpdesk_pipe transport returned 1 from command:
      /opt/helpdesk/bin/mail-gateway

The following text was generated during the delivery attempt:

------ pipe to |/opt/helpdesk/bin/mail-gateway --queue general
       generated by tickets@support-desk.example ------

mail-gateway: could not connect to ticket database at 127.0.0.1:5432

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("customer.jan@homemail-nl.example", "tickets@support-desk.example", "Login does not work",
        od, "homemail-nl.example", n)))
expect(n, "tickets@support-desk.example", "mailererror", vendor="exim")

n = "exim4-tls-required-failed.eml"
d = dt(2010, 10, 14, 12, 20, 0, "+0200")
od = dt(2010, 10, 14, 12, 19, 51, "+0200")
write(OUT, n, plain(n, host="mx.notariat-sample.example", frm="Mail Delivery System <Mailer-Daemon@mx.notariat-sample.example>",
    to="kanzlei@notariat-sample.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 4.72", text=EXIM4_HEAD + """  grundbuchamt@amtsgericht-nord.example
    a TLS session is required for 198.51.100.31, but an attempt to start TLS failed
    (TLS error on connection to mail.amtsgericht-nord.example [198.51.100.31]
    (gnutls_handshake): A TLS packet with unexpected length was received.)

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("kanzlei@notariat-sample.example", "grundbuchamt@amtsgericht-nord.example",
        "Antrag auf Eintragung, Az. 14 II 883", od, "notariat-sample.example", n)))
expect(n, "grundbuchamt@amtsgericht-nord.example", "failedstarttls", vendor="exim")

n = "exim4-space-shortage-warning.eml"
d = dt(2008, 12, 22, 18, 0, 4, "+0000")
od = dt(2008, 12, 22, 14, 1, 30, "+0000")
write(OUT, n, plain(n, host="mail.choir-society.example", frm="Mail Delivery System <Mailer-Daemon@mail.choir-society.example>",
    to="music.director@choir-society.example", subject="Warning: message 1LEr8I-0001Zq-3T delayed 4 hours", date=d,
    sw="Exim 4.63", text="""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on mail.choir-society.example.

The message identifier is:     1LEr8I-0001Zq-3T
The subject of the message is: Carol service running order
The date of the message is:    """ + od + """

The address to which the message has not yet been delivered is:

  verger@st-marys-parish.example
    SMTP error from remote mail server after MAIL FROM:<music.director@choir-society.example> SIZE=31822:
    host mail.st-marys-parish.example [198.51.100.99]: 452 space shortage, please try later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""))
expect(n, "verger@st-marys-parish.example", "systemfull", reply="452", action="delayed", vendor="exim")

n = "exim4-no-reverse-dns.eml"
d = dt(2011, 5, 3, 9, 11, 40, "+0100")
od = dt(2011, 5, 3, 9, 11, 35, "+0100")
write(OUT, n, plain(n, host="vps12.cheap-vps.example", frm="Mail Delivery System <Mailer-Daemon@vps12.cheap-vps.example>",
    to="shop@teapot-emporium.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 4.69", text=EXIM4_HEAD + """  orders@tea-importers-ltd.example
    SMTP error from remote mail server after RCPT TO:<orders@tea-importers-ltd.example>:
    host mx.tea-importers-ltd.example [198.51.100.17]:
    550 Your IP 203.0.113.201 has no reverse DNS (PTR) record; we accept mail only from hosts with a valid PTR

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("shop@teapot-emporium.example", "orders@tea-importers-ltd.example", "Restock: Assam and Darjeeling",
        od, "teapot-emporium.example", n)))
expect(n, "orders@tea-importers-ltd.example", "requireptr", reply="550", vendor="exim")

n = "exim4-ezmlm-verp-no-valid-mx.eml"
d = dt(2007, 9, 9, 2, 40, 19, "+0000")
od = dt(2007, 9, 9, 2, 40, 11, "+0000")
verp = "birders-return-2291-ornitho.fan=marsh-net.example@lists.birders-assoc.example"
write(OUT, n, plain(n, host="relay.marsh-net-outbound.example", frm="Mail Delivery System <Mailer-Daemon@relay.marsh-net-outbound.example>",
    to=verp, subject="Mail delivery failed: returning message to sender", date=d, sw="Exim 4.67",
    text=EXIM4_HEAD + """  ornitho.fan@marsh-net.example
    all relevant MX records point to non-existent hosts

------ This is a copy of the message, including all the headers. ------

""" + inline_orig(verp, "birders@lists.birders-assoc.example", "[birders] Spoonbill at the east scrape",
        od, "lists.birders-assoc.example", n,
        recv="Mailing-List: contact birders-help@lists.birders-assoc.example; run by ezmlm\nList-Post: <mailto:birders@lists.birders-assoc.example>\nList-Help: <mailto:birders-help@lists.birders-assoc.example>\nList-Unsubscribe: <mailto:birders-unsubscribe@lists.birders-assoc.example>\nDelivered-To: mailing list birders@lists.birders-assoc.example\n",
        body="Seen at 7am from the east hide, still there at 9.\n")))
expect(n, "ornitho.fan@marsh-net.example", "hostunknown", True, vendor="exim")

# ================================================================ Postfix 2.x
PF2_HEAD = """This is the Postfix program at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

\t\t\tThe Postfix program

"""

n = "postfix22-four-rcpts.eml"
d = dt(2006, 3, 28, 16, 5, 33, "+0200")
od = dt(2006, 3, 28, 16, 5, 20, "+0200")
rc = ["kurator@museum-insel.example", "archiv@museum-insel.example", "presse@stadtblatt-sample.example",
      "foerderverein@kunstverein-ost.example"]
write(OUT, n, dsn(n, host="mail.museum-insel.example", frm="MAILER-DAEMON@mail.museum-insel.example (Mail Delivery System)",
    to="direktion@museum-insel.example", subject="Undelivered Mail Returned to Sender", date=d, sw="Postfix",
    text=PF2_HEAD.format(host="mail.museum-insel.example") + f"""<{rc[0]}>: unknown user: "kurator"

<{rc[1]}>: mail for museum-insel.example loops back to myself

<{rc[2]}>: host mx.stadtblatt-sample.example[198.51.100.72] said: 552
    5.2.2 <{rc[2]}>: Mailbox over quota (in reply to RCPT TO command)

<{rc[3]}>: host mail.kunstverein-ost.example[198.51.100.5] said:
    554 5.7.1 <{rc[3]}>: Relay access denied (in reply to RCPT TO command)
""", recips=[{"final": rc[0], "status": "5.0.0", "diag": "X-Postfix; unknown user: \"kurator\""},
             {"final": rc[1], "status": "5.0.0", "diag": "X-Postfix; mail for museum-insel.example loops back to myself"},
             {"final": rc[2], "status": "5.0.0", "remote": "mx.stadtblatt-sample.example",
              "diag": f"552 5.2.2 <{rc[2]}>: Mailbox over quota"},
             {"final": rc[3], "status": "5.0.0", "remote": "mail.kunstverein-ost.example",
              "diag": f"554 5.7.1 <{rc[3]}>: Relay access denied"}],
    arrival=od, origmsg=orig_headers("direktion@museum-insel.example", ", ".join(rc), "Einladung zur Vernissage",
                                     od, mid(n + "o", "museum-insel.example"))))
expect(n, rc[0], "userunknown", True, status="5.0.0", vendor="postfix")
expect(n, rc[1], "networkerror", status="5.0.0", vendor="postfix")
expect(n, rc[2], "mailboxfull", status="5.2.2", reply="552", vendor="postfix")
expect(n, rc[3], "norelaying", status="5.7.1", reply="554", vendor="postfix")

n = "postfix23-transport-unavailable-delay.eml"
d = dt(2007, 6, 18, 10, 42, 0, "+0000")
od = dt(2007, 6, 18, 6, 40, 12, "+0000")
write(OUT, n, dsn(n, host="mx2.fishing-club.example", frm="MAILER-DAEMON@mx2.fishing-club.example (Mail Delivery System)",
    to="secretary@fishing-club.example", subject="Delayed Mail (still being retried)", date=d, sw="Postfix",
    text="""This is the Postfix program at host mx2.fishing-club.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to <postmaster>

\t\t\tThe Postfix program

<members@fishing-club.example>: mail transport unavailable
""", recips=[{"final": "members@fishing-club.example", "action": "delayed", "status": "4.3.0",
             "diag": "X-Postfix; mail transport unavailable", "will_retry": dt(2007, 6, 23, 6, 40, 12, "+0000")}],
    arrival=od, origmsg=orig_headers("secretary@fishing-club.example", "members@fishing-club.example",
                                     "Opening day: car park arrangements", od, mid(n + "o", "fishing-club.example"))))
expect(n, "members@fishing-club.example", "systemerror", status="4.3.0", action="delayed", vendor="postfix")

n = "postfix24-smarthost-sasl-failed.eml"
d = dt(2008, 4, 2, 8, 12, 51, "+1000")
od = dt(2008, 4, 2, 8, 12, 48, "+1000")
write(OUT, n, dsn(n, host="fileserver.surf-shop.example", frm="MAILER-DAEMON@fileserver.surf-shop.example (Mail Delivery System)",
    to="backup@fileserver.surf-shop.example", subject="Undelivered Mail Returned to Sender", date=d, sw="Postfix",
    text=PF2_HEAD.format(host="fileserver.surf-shop.example") + """<owner@surf-shop.example>: SASL authentication failed; server
    smtp.bigpond-like-isp.example[198.51.100.220] said: 535 5.7.8 Error:
    authentication failed: authentication failure
""", recips=[{"final": "owner@surf-shop.example", "status": "5.7.8", "remote": "smtp.bigpond-like-isp.example",
             "diag": "535 5.7.8 Error: authentication failed: authentication failure"}],
    arrival=od, origmsg=orig_headers("backup@fileserver.surf-shop.example", "owner@surf-shop.example",
                                     "Nightly backup report", od, mid(n + "o", "fileserver.surf-shop.example"))))
expect(n, "owner@surf-shop.example", "securityerror", status="5.7.8", reply="535", vendor="postfix")

n = "postfix22-sender-domain-not-found.eml"
d = dt(2006, 11, 7, 19, 30, 22, "-0600")
od = dt(2006, 11, 7, 19, 30, 19, "-0600")
write(OUT, n, dsn(n, host="gateway.grain-coop.example", frm="MAILER-DAEMON@gateway.grain-coop.example (Mail Delivery System)",
    to="reports@scale-house.grain-coop.example", subject="Undelivered Mail Returned to Sender", date=d, sw="Postfix",
    text=PF2_HEAD.format(host="gateway.grain-coop.example") + """<bids@elevator-west.example>: host mx.elevator-west.example[198.51.100.140]
    said: 550 5.1.8 <reports@scale-house.grain-coop.example>: Sender address
    rejected: Domain not found (in reply to RCPT TO command)
""", recips=[{"final": "bids@elevator-west.example", "status": "5.1.8", "remote": "mx.elevator-west.example",
             "diag": "550 5.1.8 <reports@scale-house.grain-coop.example>: Sender address rejected: Domain not found"}],
    arrival=od, origmsg=orig_headers("reports@scale-house.grain-coop.example", "bids@elevator-west.example",
                                     "Daily scale tickets", od, mid(n + "o", "scale-house.grain-coop.example"))))
expect(n, "bids@elevator-west.example", "rejected", status="5.1.8", reply="550", vendor="postfix")

n = "postfix21-client-hostname-unknown.eml"
d = dt(2005, 2, 14, 11, 0, 8, "+0000")
od = dt(2005, 2, 14, 11, 0, 5, "+0000")
write(OUT, n, dsn(n, host="mail.florist-rose.example", frm="MAILER-DAEMON@mail.florist-rose.example (Mail Delivery System)",
    to="orders@florist-rose.example", subject="Undelivered Mail Returned to Sender", date=d, sw="Postfix",
    text=PF2_HEAD.format(host="mail.florist-rose.example") + """<wedding.planner@events-hq.example>: host
    mail.events-hq.example[198.51.100.88] said: 550 5.7.1 Client host rejected:
    cannot find your reverse hostname, [203.0.113.77] (in reply to RCPT TO
    command)
""", recips=[{"final": "wedding.planner@events-hq.example", "status": "5.7.1", "remote": "mail.events-hq.example",
             "diag": "550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.77]"}],
    arrival=od, origmsg=orig_headers("orders@florist-rose.example", "wedding.planner@events-hq.example",
                                     "Bouquet quote, June 11", od, mid(n + "o", "florist-rose.example"))))
expect(n, "wedding.planner@events-hq.example", "requireptr", status="5.7.1", reply="550", vendor="postfix")

# ================================================================ Microsoft Exchange 5.5 / 2000 / 2003
n = "exchange55-ims-two-of-three.eml"
d = dt(2002, 10, 7, 14, 3, 22, "-0400")
write(OUT, n, plain(n, host="exch01.contoso-mfg.example", sw="Microsoft Exchange Server Internet Mail Service 5.5.2653.13",
    frm="System Administrator <postmaster@contoso-mfg.example>", to="Tom Baker <tbaker@contoso-mfg.example>",
    subject="Undeliverable: Q3 tooling figures", date=d,
    extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")], text="""Your message

  To:      Tom Baker; 'j.ruiz@partner-castings.example'; 'plant.manager@partner-castings.example';
           'r.osei@forge-supply.example'
  Subject: Q3 tooling figures
  Sent:    Mon, 7 Oct 2002 13:58:02 -0400

did not reach the following recipient(s):

j.ruiz@partner-castings.example on Mon, 7 Oct 2002 14:03:16 -0400
    The recipient name is not recognized
\tThe MTS-ID of the original message is: c=US;a= ;p=Contoso Mfg;l=EXCH01-021007175802Z-3307
    MSEXCH:IMS:Contoso Mfg:HQ:EXCH01 0 (000C05A6) Unknown Recipient

r.osei@forge-supply.example on Mon, 7 Oct 2002 14:03:19 -0400
    The message exceeds the maximum message size accepted by the recipient's system
\tThe MTS-ID of the original message is: c=US;a= ;p=Contoso Mfg;l=EXCH01-021007175802Z-3307
    MSEXCH:IMS:Contoso Mfg:HQ:EXCH01 0 (000C0F4E) Message too large
"""))
expect(n, "j.ruiz@partner-castings.example", "userunknown", True, vendor="exchange")
expect(n, "r.osei@forge-supply.example", "emailtoolarge", vendor="exchange")

EX03_HEAD = """Your message did not reach some or all of the intended recipients.

      Subject:\t{subj}
      Sent:\t{sent}

The following recipient(s) could not be reached:

"""

n = "exchange2003-no-specific-reason.eml"
d = dt(2005, 2, 3, 16, 12, 40, "+0000")
od = dt(2005, 2, 3, 16, 10, 2, "+0000")
write(OUT, n, dsn(n, host="exch2.hospice-trust.example", sw="Microsoft SMTPSVC(6.0.3790.1830)",
    frm="postmaster@hospice-trust.example", to="board.clerk@hospice-trust.example", subject="Undeliverable: Board pack, February",
    date=d, returned="message", text=EX03_HEAD.format(subj="Board pack, February", sent="2/3/2005 4:10 PM") + """      trustee.green@villagemail-uk.example on 2/3/2005 4:12 PM
            The e-mail system was unable to deliver the message, but did not report a specific reason.  Check the address and try again.  If it still fails, contact your system administrator.
            <exch2.hospice-trust.example #5.0.0>
""", recips=[{"final": "trustee.green@villagemail-uk.example", "status": "5.0.0"}],
    origmsg=orig("board.clerk@hospice-trust.example", "trustee.green@villagemail-uk.example", "Board pack, February",
                 od, "hospice-trust.example", n, body="Dear trustees,\n\nthe board pack for Thursday is attached.\n")))
expect(n, "trustee.green@villagemail-uk.example", "undefined", status="5.0.0", vendor="exchange")

n = "exchange2003-client-not-authenticated.eml"
d = dt(2006, 7, 12, 10, 40, 9, "+0100")
od = dt(2006, 7, 12, 10, 39, 58, "+0100")
write(OUT, n, dsn(n, host="sbs2003.dental-practice.example", sw="Microsoft SMTPSVC(6.0.3790.1830)",
    frm="postmaster@dental-practice.example", to="reception@dental-practice.example", subject="Undeliverable: Referral - Mrs K. Ahmed",
    date=d, text=EX03_HEAD.format(subj="Referral - Mrs K. Ahmed", sent="12/07/2006 10:39") + """      referrals@ortho-clinic-sample.example on 12/07/2006 10:40
            The remote server requires authentication before it accepts this message, and this server did not authenticate.
            <mail.ortho-clinic-sample.example #5.7.3 smtp;530 5.7.3 Client was not authenticated>
""", recips=[{"final": "referrals@ortho-clinic-sample.example", "status": "5.7.3",
             "remote": "mail.ortho-clinic-sample.example", "diag": "530 5.7.3 Client was not authenticated"}],
    origmsg=orig_headers("reception@dental-practice.example", "referrals@ortho-clinic-sample.example",
                         "Referral - Mrs K. Ahmed", od, mid(n + "o", "dental-practice.example"))))
expect(n, "referrals@ortho-clinic-sample.example", "securityerror", status="5.7.3", reply="530", vendor="exchange")

n = "exchange2003-delivery-receipt.eml"
d = dt(2006, 9, 4, 9, 2, 11, "-0500")
od = dt(2006, 9, 4, 9, 1, 57, "-0500")
write(OUT, n, dsn(n, host="exch.lender-sample.example", sw="Microsoft SMTPSVC(6.0.3790.1830)",
    frm="postmaster@lender-sample.example", to="closer@title-company.example", subject="Delivered: Closing statement, 14 Elm St",
    date=d, text="""Your message

   To:      underwriting@lender-sample.example
   Subject: Closing statement, 14 Elm St
   Sent:    9/4/2006 9:01 AM

was delivered to the following recipient(s):

   underwriting@lender-sample.example on 9/4/2006 9:02 AM
""", recips=[{"final": "underwriting@lender-sample.example", "action": "delivered", "status": "2.0.0",
             "remote": "exch.lender-sample.example"}],
    origmsg=orig_headers("closer@title-company.example", "underwriting@lender-sample.example",
                         "Closing statement, 14 Elm St", od, mid(n + "o", "title-company.example"),
                         "Return-Receipt-To: closer@title-company.example")))
expect(n, "underwriting@lender-sample.example", "delivered", status="2.0.0", action="delivered", vendor="exchange")

n = "exchange2003-av-gateway-virus.eml"
d = dt(2004, 3, 2, 12, 30, 0, "+0000")
write(OUT, n, plain(n, host="av-gw.insurer-sample.example", sw="Microsoft SMTPSVC(6.0.3790.0)",
    frm="Mail Security for Exchange <postmaster@insurer-sample.example>", to="claims.desk@broker-sample.example",
    subject="Virus found in a message you sent", date=d, text="""Mail Security for Microsoft Exchange detected a virus in a message
you sent. The message was NOT delivered to its recipient.

   Sender:      claims.desk@broker-sample.example
   Recipient:   m.cho@insurer-sample.example
   Subject:     Claim 4471 photos
   Attachment:  photos.zip/photos.pif
   Virus:       W32.Netsky.P@mm
   Action:      message quarantined, not delivered

Please clean your computer and send the documents again.
"""))
expect(n, "m.cho@insurer-sample.example", "virusdetected", vendor="exchange")

# ================================================================ Lotus Notes / Domino
n = "domino6-person-document-no-mailfile.eml"
d = dt(2004, 11, 23, 8, 15, 30, "+0100")
od = dt(2004, 11, 23, 8, 15, 20, "+0100")
write(OUT, n, dsn(n, host="dominohub.stahlbau-sample.example", sw="Lotus Domino Release 6.5.1",
    frm="Postmaster@stahlbau-sample.example", to="einkauf@zulieferer-sample.example", subject="DELIVERY FAILURE: Anfrage Profilstahl",
    date=d, text="""Your message

  Subject: Anfrage Profilstahl

was not delivered to:

  r.schaefer@stahlbau-sample.example

because:

  The router could not open the mail database for this recipient: the Person
  document names a mail file that does not exist on server DOMINOHUB/Stahlbau.
  Please tell the Domino administrator of stahlbau-sample.example.
""", recips=[{"final": "r.schaefer@stahlbau-sample.example", "status": "5.0.0"}],
    origmsg=orig_headers("einkauf@zulieferer-sample.example", "r.schaefer@stahlbau-sample.example",
                         "Anfrage Profilstahl", od, mid(n + "o", "zulieferer-sample.example"))))
expect(n, "r.schaefer@stahlbau-sample.example", "systemerror", status="5.0.0", vendor="domino")

n = "domino7-attachment-type-policy.eml"
d = dt(2007, 4, 17, 15, 2, 45, "-0400")
od = dt(2007, 4, 17, 15, 2, 39, "-0400")
write(OUT, n, dsn(n, host="smtp.state-agency.example", sw="Lotus Domino Release 7.0.2",
    frm="Postmaster@state-agency.example", to="it.vendor@software-house.example", subject="DELIVERY FAILURE: setup for the new scanner",
    date=d, text="""Your message

  Subject: setup for the new scanner

was not delivered to:

  helpdesk@state-agency.example

because:

  Attachment type .exe is prohibited by the mail policy of this agency. The
  message was refused without delivery. Send the file by another approved
  means.
""", recips=[{"final": "helpdesk@state-agency.example", "status": "5.7.1"}],
    origmsg=orig_headers("it.vendor@software-house.example", "helpdesk@state-agency.example",
                         "setup for the new scanner", od, mid(n + "o", "software-house.example"))))
expect(n, "helpdesk@state-agency.example", "policyviolation", status="5.7.1", vendor="domino")

n = "domino-fwd-inline-quota.eml"
d = dt(2005, 4, 14, 10, 12, 0, "+0200")
write(OUT, n, plain(n, host="notes01.alpenwerk.example", sw="Lotus Domino Release 6.5.3",
    frm="Anna Keller <anna.keller@alpenwerk.example>", to="crm-team@alpenwerk.example",
    subject="Fw: DELIVERY FAILURE: Angebot 2005-118", date=d,
    extra=[("X-Mailer", "Lotus Notes Release 6.5.3 September 14, 2004"), ("X-MIMETrack", "Serialize by Router on NOTES01/Alpenwerk at 14.04.2005 10:12:00")],
    text="""FYI - the third time this month. Please set the contact to "do not mail" until
they have sorted out their mailbox.

Anna

----- Weitergeleitet von Anna Keller/Vertrieb/Alpenwerk am 14.04.2005 10:11 -----

  Postmaster@alpenwerk.example
  14.04.2005 10:08                    An: Anna Keller/Vertrieb/Alpenwerk@Alpenwerk
                                      Kopie:
                                      Thema: DELIVERY FAILURE: Angebot 2005-118

Your message

  Subject: Angebot 2005-118

was not delivered to:

  b.huber@seilbahn-huber.example

because:

  552 5.2.2 Mailbox quota exceeded: the recipient's mailbox is full

"""))
expect(n, "b.huber@seilbahn-huber.example", "mailboxfull", status="5.2.2", reply="552", vendor="domino")

# ================================================================ Novell GroupWise, Mercury/Pegasus
n = "groupwise65-two-rcpts.eml"
d = dt(2006, 1, 19, 13, 31, 2, "-0600")
od = dt(2006, 1, 19, 13, 30, 50, "-0600")
write(OUT, n, dsn(n, host="gwia.county-gov.example", sw="GWIA 6.5",
    frm="Mail Delivery System <postmaster@county-gov.example>", to="road.dept@county-gov.example",
    subject="Message status - undeliverable", date=d, text="""The message that you sent was undeliverable to the following:
\tm.ortiz@county-gov.example (Mailbox full: the user's post office storage limit has been reached)
\tk.lee@county-gov.example (Account expired: this GroupWise account has been disabled by the administrator)

Possible causes are listed in the GroupWise documentation. No further
delivery attempts will be made.
""", recips=[{"final": "m.ortiz@county-gov.example", "status": "5.2.2"},
             {"final": "k.lee@county-gov.example", "status": "5.2.1"}],
    origmsg=orig_headers("road.dept@county-gov.example", "m.ortiz@county-gov.example, k.lee@county-gov.example",
                         "Snow route schedule", od, mid(n + "o", "county-gov.example"))))
expect(n, "m.ortiz@county-gov.example", "mailboxfull", status="5.2.2", vendor="groupwise")
expect(n, "k.lee@county-gov.example", "suspend", status="5.2.1", vendor="groupwise")

n = "mercury32-no-such-local-user.eml"
d = dt(2003, 5, 8, 19, 44, 10, "+0100")
write(OUT, n, with_returned(n, host="mail.rowing-club.example", sw="Mercury/32 v4.01a",
    frm="Mercury 32 Mail Transport System <MAILER-DAEMON@rowing-club.example>", to="captain@rowing-club.example",
    subject="Delivery failure", date=d, text="""This message is a delivery failure report generated by the Mercury/32
mail transport system at rowing-club.example.

The following recipient address could not be delivered to:

   *** cox.2003@rowing-club.example : no such local user (alias file and
       mailbox directories checked)

The original message is attached below.
""", returned=orig("captain@rowing-club.example", "cox.2003@rowing-club.example", "Saturday outing - boat list",
                   dt(2003, 5, 8, 19, 44, 2, "+0100"), "rowing-club.example", n)))
expect(n, "cox.2003@rowing-club.example", "userunknown", True, vendor="mercury")

n = "mercury-recipient-filter-refused.eml"
d = dt(2004, 8, 30, 21, 2, 0, "+1200")
write(OUT, n, with_returned(n, host="mail.sheepfarm-nz.example", sw="Mercury/32 v4.01b",
    frm="Mercury 32 Mail Transport System <MAILER-DAEMON@sheepfarm-nz.example>", to="promo@shearing-gear.example",
    subject="Message refused", date=d, text="""The message you sent to shepherd@sheepfarm-nz.example was refused.

The recipient's personal filtering rules rejected it; the message was not
placed in the recipient's mailbox. Rule: "refuse mail from shearing-gear.example".

The original message is attached below.
""", returned=orig("promo@shearing-gear.example", "shepherd@sheepfarm-nz.example", "Combs and cutters - spring deal",
                   dt(2004, 8, 30, 21, 1, 50, "+1200"), "shearing-gear.example", n)))
expect(n, "shepherd@sheepfarm-nz.example", "filtered", vendor="mercury")

# ================================================================ MDaemon, Merak/IceWarp, Kerio
n = "mdaemon6-delay-too-many-messages.eml"
d = dt(2003, 9, 15, 17, 0, 1, "-0400")
write(OUT, n, with_returned(n, host="mail.realty-office.example", sw="MDaemon PRO v6.8.5",
    frm="MDaemon@mail.realty-office.example", to="listings@realty-office.example",
    subject="Warning: Message Delivery Has Been Delayed", date=d,
    extra=[("X-MDaemon-Deliver-To", "listings@realty-office.example")], text="""The attached message has encountered delivery problems and has been placed
in the retry queue. Delivery will be attempted again later.

YOU DO NOT NEED TO RESEND THE MESSAGE.

--- Session Transcript ---
 Mon 2003-09-15 16:59:58: Attempting SMTP connection to [mx.homebuyers-net.example : 25]
 Mon 2003-09-15 16:59:58: Connection established (198.51.100.150:25)
 Mon 2003-09-15 16:59:59: --> MAIL From:<listings@realty-office.example>
 Mon 2003-09-15 16:59:59: <-- 250 ok
 Mon 2003-09-15 17:00:00: --> RCPT To:<first.home@homebuyers-net.example>
 Mon 2003-09-15 17:00:00: <-- 451 4.7.1 Too many messages from 203.0.113.30 in the last hour; slow down and try again later
--- End Transcript ---
""", returned=orig("listings@realty-office.example", "first.home@homebuyers-net.example", "New listings this week",
                   dt(2003, 9, 15, 16, 59, 50, "-0400"), "realty-office.example", n)))
expect(n, "first.home@homebuyers-net.example", "ratelimited", status="4.7.1", reply="451", action="delayed", vendor="mdaemon")

n = "mdaemon9-starttls-handshake-failed.eml"
d = dt(2008, 2, 6, 11, 20, 30, "+0000")
write(OUT, n, with_returned(n, host="mail.solicitors-sample.example", sw="MDaemon PRO v9.6.4",
    frm="MDaemon@mail.solicitors-sample.example", to="conveyancing@solicitors-sample.example",
    subject="Permanent Delivery Failure", date=d,
    extra=[("X-MDaemon-Deliver-To", "conveyancing@solicitors-sample.example")], text="""The attached message had PERMANENT fatal delivery errors!

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT HAS NOT BEEN DELIVERED.

This domain is configured to require encrypted delivery, and the secure
session with the recipient's server could not be established.

--- Session Transcript ---
 Wed 2008-02-06 11:20:28: Attempting SMTP connection to [mail.land-registry-sample.example : 25]
 Wed 2008-02-06 11:20:28: --> EHLO mail.solicitors-sample.example
 Wed 2008-02-06 11:20:29: <-- 250-STARTTLS
 Wed 2008-02-06 11:20:29: --> STARTTLS
 Wed 2008-02-06 11:20:29: <-- 220 Ready to start TLS
 Wed 2008-02-06 11:20:30: SSL negotiation failed: handshake error (certificate could not be validated)
 Wed 2008-02-06 11:20:30: Delivery to deeds@land-registry-sample.example refused: STARTTLS required by policy
--- End Transcript ---
""", returned=orig("conveyancing@solicitors-sample.example", "deeds@land-registry-sample.example", "Transfer TR1, 22 Mill Lane",
                   dt(2008, 2, 6, 11, 20, 20, "+0000"), "solicitors-sample.example", n)))
expect(n, "deeds@land-registry-sample.example", "failedstarttls", vendor="mdaemon")

n = "mdaemon-remote-spam-score.eml"
d = dt(2009, 11, 26, 8, 5, 0, "-0500")
write(OUT, n, with_returned(n, host="mail.blackfriday-deals.example", sw="MDaemon PRO v10.1.2",
    frm="MDaemon@mail.blackfriday-deals.example", to="news@blackfriday-deals.example",
    subject="Permanent Delivery Failure", date=d, text="""The attached message had PERMANENT fatal delivery errors!

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT HAS NOT BEEN DELIVERED.

--- Session Transcript ---
 Thu 2009-11-26 08:04:58: Attempting SMTP connection to [mx.hometown-isp.example : 25]
 Thu 2009-11-26 08:04:59: --> DATA
 Thu 2009-11-26 08:05:00: <-- 550 5.7.1 Message scored 17.3 points (threshold 5.0) and was rejected as spam
--- End Transcript ---
""", returned=orig("news@blackfriday-deals.example", "cheryl.w@hometown-isp.example", "!!! 80% OFF DOORBUSTERS - TODAY ONLY !!!",
                   dt(2009, 11, 26, 8, 4, 50, "-0500"), "blackfriday-deals.example", n)))
expect(n, "cheryl.w@hometown-isp.example", "spamdetected", status="5.7.1", reply="550", vendor="mdaemon")

n = "merak8-domain-not-found.eml"
d = dt(2006, 5, 22, 14, 0, 12, "+0200")
write(OUT, n, with_returned(n, host="mail.camping-sample.example", sw="Merak 8.3.8",
    frm="Merak Mail Server <postmaster@camping-sample.example>", to="rezeption@camping-sample.example",
    subject="Undeliverable: Ihre Reservierung", date=d, text="""Delivery failed.

The following recipient could not be reached:

    familie.brandl@gmxx-sample.example

Error: the recipient's domain gmxx-sample.example was not found in DNS (no A or MX
record; the name server answered NXDOMAIN). Please check the spelling of the address.

The original message is attached.
""", returned=orig("rezeption@camping-sample.example", "familie.brandl@gmxx-sample.example", "Ihre Reservierung",
                   dt(2006, 5, 22, 14, 0, 8, "+0200"), "camping-sample.example", n)))
expect(n, "familie.brandl@gmxx-sample.example", "hostunknown", True, vendor="merak")

n = "icewarp9-delay-dns-servfail.eml"
d = dt(2008, 8, 5, 23, 15, 0, "+0200")
write(OUT, n, with_returned(n, host="mail.bike-rental.example", sw="IceWarp Merak 9.2.1",
    frm="IceWarp Mail Server <postmaster@bike-rental.example>", to="booking@bike-rental.example",
    subject="Delayed: Tour confirmation", date=d, text="""This is a warning message only; you do not need to resend your message.

Your message could not yet be delivered to:

    tourguide@alpine-tours-sample.example

The DNS lookup for the recipient's mail server failed (SERVFAIL from the
domain's name servers), so no connection could be made. The server will keep
retrying for 3 more days.
""", returned=orig("booking@bike-rental.example", "tourguide@alpine-tours-sample.example", "Tour confirmation",
                   dt(2008, 8, 5, 19, 14, 0, "+0200"), "bike-rental.example", n)))
expect(n, "tourguide@alpine-tours-sample.example", "networkerror", action="delayed", vendor="icewarp")

n = "kerio6-message-size-limit.eml"
d = dt(2007, 10, 30, 9, 10, 0, "+0100")
write(OUT, n, with_returned(n, host="mail.architekten-sample.example", sw="Kerio MailServer 6.4.2",
    frm="Kerio MailServer <postmaster@architekten-sample.example>", to="buero@architekten-sample.example",
    subject="Undeliverable: Plaene Bauabschnitt 2", date=d, text="""Your message has not been delivered to the following recipient:

    statik@ingenieure-sample.example

Remote server mail.ingenieure-sample.example replied:
    552 5.3.4 Message size 41 MB exceeds the limit of 20 MB accepted by this server

The message will not be delivered. Send the files in smaller parts.
""", returned=orig("buero@architekten-sample.example", "statik@ingenieure-sample.example", "Plaene Bauabschnitt 2",
                   dt(2007, 10, 30, 9, 9, 40, "+0100"), "architekten-sample.example", n)))
expect(n, "statik@ingenieure-sample.example", "emailtoolarge", status="5.3.4", reply="552", vendor="kerio")

n = "kerio-null-mx-domain.eml"
d = dt(2016, 3, 9, 15, 22, 0, "+0100")
write(OUT, n, with_returned(n, host="mail.verlag-sample.example", sw="Kerio Connect 9.0.1",
    frm="Kerio Connect <postmaster@verlag-sample.example>", to="lektorat@verlag-sample.example",
    subject="Undeliverable: Manuskript", date=d, text="""Your message has not been delivered to the following recipient:

    autor@stillgelegt-sample.example

The domain stillgelegt-sample.example publishes a null MX record: it does not
accept e-mail at all. (556 5.1.10 recipient domain accepts no mail)
""", returned=orig("lektorat@verlag-sample.example", "autor@stillgelegt-sample.example", "Manuskript",
                   dt(2016, 3, 9, 15, 21, 50, "+0100"), "verlag-sample.example", n)))
expect(n, "autor@stillgelegt-sample.example", "notaccept", True, status="5.1.10", reply="556", vendor="kerio")

# ================================================================ CommuniGate Pro, Critical Path, PMDF, X.400
n = "communigate-account-disabled.eml"
d = dt(2005, 12, 12, 18, 2, 33, "+0300")
write(OUT, n, with_returned(n, host="mail.univ-sample.example", sw="CommuniGate Pro 4.3.9",
    frm="Automatic Notification <MAILER-DAEMON@univ-sample.example>", to="dean.office@univ-sample.example",
    subject="Undeliverable mail: Exam timetable", date=d, text="""Failed to deliver to '<v.sokolov@univ-sample.example>'
LOCAL module(account v.sokolov) reports:
 account is temporarily disabled
""", returned=orig("dean.office@univ-sample.example", "v.sokolov@univ-sample.example", "Exam timetable",
                   dt(2005, 12, 12, 18, 2, 30, "+0300"), "univ-sample.example", n)))
expect(n, "v.sokolov@univ-sample.example", "suspend", vendor="communigate")

n = "communigate-null-mx-no-mail.eml"
d = dt(2017, 6, 1, 10, 4, 0, "+0000")
write(OUT, n, with_returned(n, host="mail.hosting-panel.example", sw="CommuniGate Pro 6.1.16",
    frm="Automatic Notification <MAILER-DAEMON@hosting-panel.example>", to="billing@hosting-panel.example",
    subject="Undeliverable mail: Renewal reminder", date=d, text="""Failed to deliver to '<owner@parked-name-sample.example>'
SMTP module(domain parked-name-sample.example) reports:
 the domain parked-name-sample.example does not accept mail (its MX record is ".")
""", returned=orig("billing@hosting-panel.example", "owner@parked-name-sample.example", "Renewal reminder",
                   dt(2017, 6, 1, 10, 3, 55, "+0000"), "hosting-panel.example", n)))
expect(n, "owner@parked-name-sample.example", "notaccept", True, vendor="communigate")

n = "criticalpath-intermail-rfc2822.eml"
d = dt(2004, 6, 8, 7, 30, 12, "-0700")
od = dt(2004, 6, 8, 7, 30, 5, "-0700")
write(OUT, n, dsn(n, host="smtp.homegrown-app.example", sw="Sendmail 8.12.10",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.homegrown-app.example>", to="noreply@homegrown-app.example",
    subject="Returned mail: see transcript for details", date=d, text="""The original message was received at Tue, 8 Jun 2004 07:30:05 -0700
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<gardener.joe@cp-isp-sample.example>
    (reason: 554 5.7.1 Message rejected: not RFC 2822 compliant (duplicate Date: and Subject: headers))

   ----- Transcript of session follows -----
... while talking to mx.cp-isp-sample.example.:
>>> DATA
<<< 554 5.7.1 Message rejected: not RFC 2822 compliant (duplicate Date: and Subject: headers)
554 5.0.0 Service unavailable
""", recips=[{"final": "gardener.joe@cp-isp-sample.example", "status": "5.7.1", "remote": "mx.cp-isp-sample.example",
             "diag": "554 5.7.1 Message rejected: not RFC 2822 compliant (duplicate Date: and Subject: headers)"}],
    origmsg=orig_headers("noreply@homegrown-app.example", "gardener.joe@cp-isp-sample.example", "Your seed order",
                         od, mid(n + "o", "homegrown-app.example"), "Date: " + od + "\nSubject: Your seed order"),
    extra=[("X-Loop", "smtp.homegrown-app.example")]))
expect(n, "gardener.joe@cp-isp-sample.example", "notcompliantrfc", status="5.7.1", reply="554", vendor="criticalpath")

n = "criticalpath-poor-ip-reputation.eml"
d = dt(2005, 10, 3, 12, 0, 40, "-0400")
od = dt(2005, 10, 3, 12, 0, 31, "-0400")
write(OUT, n, dsn(n, host="mta3.bulk-sender-sample.example", sw="Sendmail 8.13.1",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mta3.bulk-sender-sample.example>", to="bounces@bulk-sender-sample.example",
    subject="Returned mail: see transcript for details", date=d, text="""The original message was received at Mon, 3 Oct 2005 12:00:31 -0400
from app1.bulk-sender-sample.example [192.0.2.81]

   ----- The following addresses had permanent fatal errors -----
<tina.m@inter-isp-sample.example>
    (reason: 554 5.7.1 Mail refused: the reputation score of 192.0.2.81 is too poor to accept mail from it)

   ----- Transcript of session follows -----
... while talking to mx1.inter-isp-sample.example.:
>>> MAIL From:<bounces@bulk-sender-sample.example>
<<< 554 5.7.1 Mail refused: the reputation score of 192.0.2.81 is too poor to accept mail from it
554 5.0.0 Service unavailable
""", recips=[{"final": "tina.m@inter-isp-sample.example", "status": "5.7.1", "remote": "mx1.inter-isp-sample.example",
             "diag": "554 5.7.1 Mail refused: the reputation score of 192.0.2.81 is too poor to accept mail from it"}],
    origmsg=orig_headers("bounces@bulk-sender-sample.example", "tina.m@inter-isp-sample.example", "October coupons",
                         od, mid(n + "o", "bulk-sender-sample.example"))))
expect(n, "tina.m@inter-isp-sample.example", "badreputation", status="5.7.1", reply="554", vendor="criticalpath")

PMDF_HEAD = """This report relates to a message you sent with the following header fields:

  Message-id: {mid}
  Date: {date}
  From: {frm}
  To: {to}
  Subject: {subj}

"""

n = "pmdf-vms-no-such-user.eml"
d = dt(1999, 2, 10, 15, 40, 2, "-0500")
od = dt(1999, 2, 10, 15, 39, 50, "-0500")
om = mid(n + "o", "chem.old-lab.example")
write(OUT, n, dsn(n, host="vaxa.physics.old-lab.example", sw="PMDF V5.2-29",
    frm="PMDF e-Mail Interconnect <postmaster@vaxa.physics.old-lab.example>", to="KOWALSKI@chem.old-lab.example",
    subject="Delivery Notification: Delivery has failed", date=d, returned="message",
    text=PMDF_HEAD.format(mid=om, date=od, frm="KOWALSKI@chem.old-lab.example", to="PRZYBYL@VAXA.PHYSICS.OLD-LAB.EXAMPLE",
                          subj="spectrometer time") + """Your message cannot be delivered to the following recipients:

  Recipient address: PRZYBYL@VAXA.PHYSICS.OLD-LAB.EXAMPLE
  Reason: %MAIL-E-NOSUCHUSR, no such user PRZYBYL at node VAXA
""", recips=[{"final": "PRZYBYL@VAXA.PHYSICS.OLD-LAB.EXAMPLE", "status": "5.0.0",
             "diag": "X-PMDF; %MAIL-E-NOSUCHUSR, no such user PRZYBYL at node VAXA"}],
    origmsg=orig_headers("KOWALSKI@chem.old-lab.example", "PRZYBYL@VAXA.PHYSICS.OLD-LAB.EXAMPLE", "spectrometer time", od, om)
    + "\nCan we have the spectrometer Thursday afternoon?\n"))
expect(n, "przybyl@vaxa.physics.old-lab.example", "userunknown", True, status="5.0.0", vendor="pmdf")

n = "pmdf-delay-device-full.eml"
d = dt(2000, 1, 5, 9, 0, 10, "-0500")
od = dt(2000, 1, 4, 21, 15, 0, "-0500")
om = mid(n + "o", "registrar.old-college.example")
write(OUT, n, dsn(n, host="mail.old-college.example", sw="PMDF V6.0-24",
    frm="PMDF e-Mail Interconnect <postmaster@mail.old-college.example>", to="records@registrar.old-college.example",
    subject="Delivery Notification: Delivery has been delayed", date=d,
    text=PMDF_HEAD.format(mid=om, date=od, frm="records@registrar.old-college.example",
                          to="grades@mail.old-college.example", subj="Fall term grade upload") + """Your message has not yet been delivered to the following recipients:

  Recipient address: grades@mail.old-college.example
  Reason: %RMS-E-FUL, device full (insufficient space for allocation) while writing the message store

Delivery will be retried. No action is required on your part.
""", recips=[{"final": "grades@mail.old-college.example", "action": "delayed", "status": "4.3.1",
             "diag": "X-PMDF; %RMS-E-FUL, device full (insufficient space for allocation)"}],
    origmsg=orig_headers("records@registrar.old-college.example", "grades@mail.old-college.example",
                         "Fall term grade upload", od, om)))
expect(n, "grades@mail.old-college.example", "systemfull", status="4.3.1", action="delayed", vendor="pmdf")

X400_HEAD = """Your message was not delivered.

  Subject:  {subj}
  MTS identifier:  {mts}

Recipient:  {rcpt}
  X.400 address:  {orname}
"""

n = "x400-gateway-maximum-time-expired.eml"
d = dt(2001, 9, 28, 6, 0, 0, "+0200")
od = dt(2001, 9, 25, 17, 40, 0, "+0200")
write(OUT, n, dsn(n, host="x400gw.customs-sample.example", sw="X.400 Gateway",
    frm="X.400 Gateway <postmaster@customs-sample.example>", to="declarations@forwarder-sample.example",
    subject="Nondelivery notification: Manifest 0925/17", date=d,
    text=X400_HEAD.format(subj="Manifest 0925/17", mts="C=DE;A=SAMPLE;P=CUSTOMS;L=GW01-010925154000Z-771",
                          rcpt="ute.hartmann@zollamt-sample.example",
                          orname="C=DE; A=SAMPLE; P=ZOLLAMT; O=Hafen; S=Hartmann; G=Ute") + """  Reason:  unable-to-transfer
  Diagnostic:  maximum-time-expired (the message could not be transferred to the
               next MTA before its delivery time limit ran out)
""", recips=[{"final": "ute.hartmann@zollamt-sample.example", "status": "5.4.7"}],
    origmsg=orig_headers("declarations@forwarder-sample.example", "ute.hartmann@zollamt-sample.example",
                         "Manifest 0925/17", od, mid(n + "o", "forwarder-sample.example"))))
expect(n, "ute.hartmann@zollamt-sample.example", "expired", status="5.4.7", vendor="x400")

n = "x400-gateway-encoded-types-unsupported.eml"
d = dt(2000, 4, 11, 10, 30, 0, "+0000")
od = dt(2000, 4, 11, 10, 20, 0, "+0000")
write(OUT, n, dsn(n, host="mailgw.defence-contractor-sample.example", sw="X.400 Gateway",
    frm="X.400 Gateway <postmaster@defence-contractor-sample.example>", to="drawings@engineering-sample.example",
    subject="Nondelivery notification: assembly drawings rev C", date=d,
    text=X400_HEAD.format(subj="assembly drawings rev C", mts="C=GB;A=SAMPLE;P=DEFCON;L=GW2-000411102000Z-45",
                          rcpt="procurement@defence-contractor-sample.example",
                          orname="C=GB; A=SAMPLE; P=DEFCON; O=Procurement; CN=Procurement Office") + """  Reason:  conversion-not-performed
  Diagnostic:  encoded-information-types-unsupported (the recipient's system cannot
               accept the body part types of this message and they could not be converted)
""", recips=[{"final": "procurement@defence-contractor-sample.example", "status": "5.6.1"}],
    origmsg=orig_headers("drawings@engineering-sample.example", "procurement@defence-contractor-sample.example",
                         "assembly drawings rev C", od, mid(n + "o", "engineering-sample.example"))))
expect(n, "procurement@defence-contractor-sample.example", "contenterror", status="5.6.1", vendor="x400")

# ================================================================ free-mail providers of the 2000s
n = "aol-2006-rtr-ip-block-multiline.eml"
d = dt(2006, 10, 16, 13, 5, 2, "-0400")
od = dt(2006, 10, 16, 13, 4, 58, "-0400")
write(OUT, n, dsn(n, host="mx.coupon-club-sample.example", sw="Sendmail 8.13.6",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mx.coupon-club-sample.example>", to="club@coupon-club-sample.example",
    subject="Returned mail: see transcript for details", date=d, text="""The original message was received at Mon, 16 Oct 2006 13:04:58 -0400
from app2.coupon-club-sample.example [192.0.2.140]

   ----- The following addresses had permanent fatal errors -----
<pianolady1957@aol.com>
    (reason: 554- (RTR:BL) Mail from 192.0.2.140 is refused)

   ----- Transcript of session follows -----
... while talking to mailin-01.mx.aol.com.:
<<< 554- (RTR:BL) Mail from 192.0.2.140 is refused
<<< 554-  The IP address you are connecting from is on AOL's block list.
<<< 554   Contact AOL postmaster to request removal.
554 5.0.0 Service unavailable
""", recips=[{"final": "pianolady1957@aol.com", "status": "5.0.0", "remote": "mailin-01.mx.aol.com",
             "diag": "554- (RTR:BL) Mail from 192.0.2.140 is refused"}],
    origmsg=orig_headers("club@coupon-club-sample.example", "pianolady1957@aol.com", "Your weekly coupons",
                         od, mid(n + "o", "coupon-club-sample.example"))))
expect(n, "pianolady1957@aol.com", "blocked", status="5.0.0", reply="554", vendor="aol")

n = "aol-scomp-arf-feedback.eml"
d = dt(2007, 3, 20, 4, 12, 0, "-0400")
od = dt(2007, 3, 19, 22, 1, 5, "-0400")
bnd = boundary(n)
arf = multipart("report", [
    text_part("""This is an email abuse report for an email message received from IP 192.0.2.150 on Mon, 19 Mar 2007 22:01:09 EDT.
For information, please review the top portion of the following page:
  http://postmaster.aol.com/tools/fbl.html
"""),
    part("message/feedback-report", """Feedback-Type: abuse
User-Agent: AOL SComp
Version: 0.1
Received-Date: Mon, 19 Mar 2007 22:01:09 EDT
Source-IP: 192.0.2.150
Reported-Domain: garden-catalog-sample.example
""", cte=None),
    part("message/rfc822", orig("offers@garden-catalog-sample.example", "tulipfan88@aol.com", "Spring bulbs: 40% off",
                                od, "garden-catalog-sample.example", n, body="Order now for April planting.\n"), cte=None)],
    bnd, " report-type=feedback-report;")
write(OUT, n, mail(["Return-Path: <scomp@aol.net>\n" + hop(n, "mx.garden-catalog-sample.example", "Postfix", d, "omr-m01.mx.aol.com", "198.51.100.201"),
                    ("Date", d), ("From", "scomp@aol.net"), ("To", "fbl@garden-catalog-sample.example"),
                    ("Subject", "Email Feedback Report for IP 192.0.2.150"), ("Message-ID", mid(n, "aol.net"))], arf))
expect(n, "tulipfan88@aol.com", "feedback", action="", vendor="aol")

n = "hotmail-2006-senderid-pra-failed.eml"
d = dt(2006, 11, 2, 15, 30, 2, "-0800")
od = dt(2006, 11, 2, 15, 29, 59, "-0800")
write(OUT, n, dsn(n, host="smtp.ticket-agency-sample.example", sw="Sendmail 8.13.8",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.ticket-agency-sample.example>", to="tickets@ticket-agency-sample.example",
    subject="Returned mail: see transcript for details", date=d, text="""The original message was received at Thu, 2 Nov 2006 15:29:59 -0800
from web3.ticket-agency-sample.example [192.0.2.33]

   ----- The following addresses had permanent fatal errors -----
<concertgoer_77@hotmail.com>
    (reason: 550 5.7.1 Sender ID (PRA) check failed: ticket-agency-sample.example does not designate 192.0.2.33 as a permitted sender)

   ----- Transcript of session follows -----
... while talking to mx2.hotmail.com.:
>>> DATA
<<< 550 5.7.1 Sender ID (PRA) check failed: ticket-agency-sample.example does not designate 192.0.2.33 as a permitted sender
554 5.0.0 Service unavailable
""", recips=[{"final": "concertgoer_77@hotmail.com", "status": "5.7.1", "remote": "mx2.hotmail.com",
             "diag": "550 5.7.1 Sender ID (PRA) check failed: ticket-agency-sample.example does not designate 192.0.2.33 as a permitted sender"}],
    origmsg=orig_headers("tickets@ticket-agency-sample.example", "concertgoer_77@hotmail.com", "Your e-tickets",
                         od, mid(n + "o", "ticket-agency-sample.example"))))
expect(n, "concertgoer_77@hotmail.com", "authfailure", status="5.7.1", reply="550", vendor="hotmail")

n = "yahoo-2006-domainkeys-failed-exim.eml"
d = dt(2006, 5, 14, 20, 0, 12, "+0000")
write(OUT, n, plain(n, host="mail.knitting-shop-sample.example", frm="Mail Delivery System <Mailer-Daemon@mail.knitting-shop-sample.example>",
    to="shop@knitting-shop-sample.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 4.60", text=EXIM4_HEAD + """  yarn_addict_2005@yahoo.com
    SMTP error from remote mail server after end of data:
    host g.mx.mail.yahoo.com [198.51.100.9]:
    554 Message not accepted: the DomainKeys signature of knitting-shop-sample.example failed verification

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("shop@knitting-shop-sample.example", "yarn_addict_2005@yahoo.com", "Your order has shipped",
        dt(2006, 5, 14, 20, 0, 4, "+0000"), "knitting-shop-sample.example", n,
        recv="DomainKey-Signature: a=rsa-sha1; q=dns; c=nofws;\n\ts=mail; d=knitting-shop-sample.example;\n\tb=Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nT25seQ==\n")))
expect(n, "yarn_addict_2005@yahoo.com", "authfailure", reply="554", vendor="yahoo")

n = "hotmail-2008-ip-reputation-too-low.eml"
d = dt(2008, 7, 7, 11, 0, 30, "+0100")
od = dt(2008, 7, 7, 11, 0, 26, "+0100")
write(OUT, n, dsn(n, host="mta.holiday-lets-sample.example", sw="Postfix",
    frm="MAILER-DAEMON@mta.holiday-lets-sample.example (Mail Delivery System)", to="bookings@holiday-lets-sample.example",
    subject="Undelivered Mail Returned to Sender", date=d,
    text=PF2_HEAD.format(host="mta.holiday-lets-sample.example") + """<beach.hut.fan@hotmail.co.uk>: host mx3.hotmail.com[198.51.100.12] said: 550
    Mail rejected by Windows Live Hotmail: the reputation of the sending IP
    address 192.0.2.177 is too low to accept mail from it (in reply to MAIL
    FROM command)
""", recips=[{"final": "beach.hut.fan@hotmail.co.uk", "status": "5.0.0", "remote": "mx3.hotmail.com",
             "diag": "550 Mail rejected by Windows Live Hotmail: the reputation of the sending IP address 192.0.2.177 is too low to accept mail from it"}],
    origmsg=orig_headers("bookings@holiday-lets-sample.example", "beach.hut.fan@hotmail.co.uk", "Your booking, 12-19 July",
                         od, mid(n + "o", "holiday-lets-sample.example"))))
expect(n, "beach.hut.fan@hotmail.co.uk", "badreputation", status="5.0.0", reply="550", vendor="hotmail")

n = "earthlink-spamblocker-address-book.eml"
d = dt(2005, 8, 1, 12, 2, 0, "-0700")
write(OUT, n, plain(n, host="mx-notify.earthlink.net", sw="EarthLink SMTP Server",
    frm="EarthLink spamBlocker <spamblocker-challenge@earthlink.net>", to="newsletter@hiking-trails-sample.example",
    subject="Your message to rockclimber.al@earthlink.net was not delivered", date=d, auto=True, text="""Hello,

You sent a message to rockclimber.al@earthlink.net. The recipient uses the
spamBlocker service, which accepts mail only from senders in the recipient's
address book. Your address is not in it, so your message was refused by the
recipient's filter and was not placed in the mailbox.

If you know the recipient, ask them to add you to their address book.
"""))
expect(n, "rockclimber.al@earthlink.net", "filtered", vendor="earthlink")

n = "earthlink-2004-too-many-connections.eml"
d = dt(2004, 12, 10, 2, 0, 0, "-0500")
od = dt(2004, 12, 9, 22, 0, 0, "-0500")
write(OUT, n, dsn(n, host="mailer.holiday-cards-sample.example", sw="Sendmail 8.12.11",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mailer.holiday-cards-sample.example>", to="cards@holiday-cards-sample.example",
    subject="Warning: could not send message for past 4 hours", date=d, text="""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Thu, 9 Dec 2004 22:00:00 -0500
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<grandpa.ted@earthlink.net>... Deferred: 421 Too many concurrent SMTP connections from this IP address; please try again later
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", recips=[{"final": "grandpa.ted@earthlink.net", "action": "delayed", "status": "4.0.0", "remote": "mx3.earthlink.net",
             "diag": "421 Too many concurrent SMTP connections from this IP address; please try again later",
             "will_retry": dt(2004, 12, 14, 22, 0, 0, "-0500")}],
    origmsg=orig_headers("cards@holiday-cards-sample.example", "grandpa.ted@earthlink.net", "You have received an e-card!",
                         od, mid(n + "o", "holiday-cards-sample.example"))))
expect(n, "grandpa.ted@earthlink.net", "ratelimited", status="4.0.0", reply="421", action="delayed", vendor="earthlink")

# ================================================================ campus and ISP templates, free text only
n = "campus-retired-account-moved.eml"
d = dt(2003, 7, 2, 9, 0, 0, "-0400")
write(OUT, n, with_returned(n, host="mailhost.cs.hillside-univ.example", sw="Sendmail 8.12.9",
    frm="CS Mail Services <postmaster@cs.hillside-univ.example>", to="recruiter@staffing-sample.example",
    subject="Mail to a retired account: jdoe@cs.hillside-univ.example", date=d, auto=True, text="""This is an automatic notice from the Computer Science mail server.

The account jdoe@cs.hillside-univ.example was retired when its owner left the
department in May 2003. Mail to this account is NOT forwarded and has not
been delivered.

The former owner has asked us to publish a new address:

    John Doe    john.doe@alumni-mail-sample.example

Please resend your message there.

CS Computing Facilities, Room 112
""", returned=orig("recruiter@staffing-sample.example", "jdoe@cs.hillside-univ.example", "Opportunity: senior developer",
                   dt(2003, 7, 2, 8, 59, 50, "-0400"), "staffing-sample.example", n)))
expect(n, "jdoe@cs.hillside-univ.example", "hasmoved", True, vendor="")

n = "isp-template-no-information.eml"
d = dt(2004, 2, 20, 17, 45, 0, "+0000")
write(OUT, n, plain(n, host="mail.county-broadband.example", sw="Sendmail 8.12.10",
    frm="County Broadband Mail <mail-admin@county-broadband.example>", to="parish.clerk@villagemail-sample.example",
    subject="Your message could not be delivered", date=d, auto=True, text="""Dear customer,

Your message to the address below could not be delivered.

    Address:   footpaths@county-broadband.example
    Subject:   Stile repairs on footpath 14
    Sent:      20 Feb 2004 17:40

No further information is available about this failure. The message has
been removed from our system.

County Broadband - Customer Services
"""))
expect(n, "footpaths@county-broadband.example", "undefined", vendor="")

n = "school-district-aup-language.eml"
d = dt(2009, 3, 12, 13, 10, 0, "-0600")
write(OUT, n, with_returned(n, host="mailfilter.k12-district-sample.example", sw="Postfix",
    frm="District Mail Filter <mailfilter@k12-district-sample.example>", to="coach.mike@youth-league-sample.example",
    subject="Message blocked: Re: tournament", date=d, auto=True, text="""Your message to t.alvarez@k12-district-sample.example was not delivered.

It contains language that is not allowed under the district's Acceptable Use
Policy for student and staff e-mail. The message was blocked by the district
content policy and has not been delivered.

Subject: Re: tournament
""", returned=orig("coach.mike@youth-league-sample.example", "t.alvarez@k12-district-sample.example", "Re: tournament",
                   dt(2009, 3, 12, 13, 9, 50, "-0600"), "youth-league-sample.example", n)))
expect(n, "t.alvarez@k12-district-sample.example", "policyviolation", vendor="")

n = "isp-exim4-not-rfc2822-missing-date.eml"
d = dt(2008, 9, 1, 6, 0, 3, "+0100")
write(OUT, n, plain(n, host="mx.webapp-host-sample.example", frm="Mail Delivery System <Mailer-Daemon@mx.webapp-host-sample.example>",
    to="www-data@webapp-host-sample.example", subject="Mail delivery failed: returning message to sender", date=d,
    sw="Exim 4.63", text=EXIM4_HEAD + """  member.0412@allotment-net-sample.example
    SMTP error from remote mail server after end of data:
    host mail.allotment-net-sample.example [198.51.100.66]:
    550 Your message does not conform to RFC 2822: it has no Date: header

------ This is a copy of the message, including all the headers. ------

Return-path: <www-data@webapp-host-sample.example>
From: Allotment Society <www-data@webapp-host-sample.example>
To: member.0412@allotment-net-sample.example
Subject: Plot inspection reminder

Plot inspections take place on Saturday.
"""))
expect(n, "member.0412@allotment-net-sample.example", "notcompliantrfc", reply="550", vendor="exim")

# ================================================================ list managers: held posts, bounces passed to owners
n = "mailman21-held-for-moderation.eml"
d = dt(2007, 11, 5, 19, 2, 0, "+0000")
write(OUT, n, plain(n, host="lists.st-anselm-sample.example", sw="Postfix",
    frm="parish-choir-owner@lists.st-anselm-sample.example", to="visitor.singer@freemail-sample.example",
    subject="Your message to Parish-Choir awaits moderator approval", date=d, auto=True,
    extra=[("X-Mailman-Version", "2.1.9"), ("Precedence", "bulk"), ("List-Id", "<parish-choir.lists.st-anselm-sample.example>")],
    text="""Your mail to 'Parish-Choir' (parish-choir@lists.st-anselm-sample.example)
with the subject

    Can I join for the Christmas concert?

is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
"""))
expect(n, "parish-choir@lists.st-anselm-sample.example", "onhold", action="delayed", vendor="mailman")

n = "listserv-held-for-editor.eml"
d = dt(2005, 10, 4, 15, 20, 0, "-0400")
write(OUT, n, plain(n, host="LISTSERV.STATEU-SAMPLE.EXAMPLE", sw="LISTSERV 14.4",
    frm="\"L-Soft list server at LISTSERV.STATEU-SAMPLE.EXAMPLE (14.4)\" <LISTSERV@LISTSERV.STATEU-SAMPLE.EXAMPLE>",
    to="k.oduya@historians-sample.example", subject="Message \"Re: syllabus exchange\" held for the editor of HIST-L", date=d,
    text="""Your message dated Tue, 4 Oct 2005 15:18:40 -0400 with subject "Re: syllabus
exchange", sent to HIST-L@LISTSERV.STATEU-SAMPLE.EXAMPLE, has been submitted to
the editor of the list for review. It is being held and will be distributed
only if the editor approves it. You will not be notified if it is discarded.

The editor of HIST-L is:
   Prof. Ann Whitcombe <awhitcombe@history.stateu-sample.example>
"""))
expect(n, "hist-l@listserv.stateu-sample.example", "onhold", action="delayed", vendor="listserv")

n = "listserv-owner-forward-exchange2000.eml"
d = dt(2003, 4, 22, 2, 10, 0, "-0500")
inner_n = n + "/inner"
inner_d = dt(2003, 4, 22, 2, 9, 40, "-0500")
inner = dsn_mail(inner_n, frm="postmaster@exch.camera-club-sample.example", to="owner-PHOTO-L@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE",
    subject="Undeliverable: PHOTO-L Digest - 21 Apr 2003", date=inner_d, host="exch.camera-club-sample.example",
    hops=hop(inner_n, "exch.camera-club-sample.example", "Microsoft SMTPSVC(5.0.2195.5329)", inner_d),
    text=EX03_HEAD.format(subj="PHOTO-L Digest - 21 Apr 2003", sent="4/22/2003 2:09 AM") + """      darkroom.dave@camera-club-sample.example on 4/22/2003 2:09 AM
            The recipient's mailbox has exceeded its storage limit and cannot accept new messages.
            <exch.camera-club-sample.example #5.2.2>
""", recips=[{"final": "darkroom.dave@camera-club-sample.example", "status": "5.2.2"}],
    orig=orig_headers("owner-PHOTO-L@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE", "PHOTO-L@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE",
                      "PHOTO-L Digest - 21 Apr 2003", dt(2003, 4, 22, 0, 0, 1, "-0500"),
                      mid(n + "o", "LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE"),
                      "Sender: Photography discussion list <PHOTO-L@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE>"))
write(OUT, n, with_returned(n, host="LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE", sw="LISTSERV 1.8e",
    frm="\"L-Soft list server at LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE (1.8e)\" <LISTSERV@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE>",
    to="m.lindqvist@arts-college-sample.example", subject="Delivery error notice: PHOTO-L", date=d, text="""The enclosed message has been identified as a delivery error for the PHOTO-L
list because it was sent to 'owner-PHOTO-L@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE'.
LISTSERV could not determine which subscriber it concerns, so it is passed to
you, the list owner, for manual processing.

To remove a subscriber, send "QUIET DELETE PHOTO-L address" to
LISTSERV@LISTSERV.ARTS-COLLEGE-SAMPLE.EXAMPLE.
""", returned=inner))
expect(n, "darkroom.dave@camera-club-sample.example", "mailboxfull", status="5.2.2", vendor="exchange")

n = "mailman21-uncaught-bounce-exim3.eml"
d = dt(2002, 8, 19, 6, 30, 0, "+0100")
inner_n = n + "/inner"
inner_d = dt(2002, 8, 19, 6, 29, 50, "+0100")
inner = plain(inner_n, host="mail.coastal-net-sample.example", frm="Mail Delivery System <Mailer-Daemon@mail.coastal-net-sample.example>",
    to="lifeboat-crew-bounces@lists.harbour-sample.example", subject="Mail delivery failed: returning message to sender",
    date=inner_d, sw="Exim 3.35 #1", text=EXIM3_HEAD + """  helm.sinclair@coastal-net-sample.example:
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

""" + inline_orig("lifeboat-crew-bounces@lists.harbour-sample.example", "lifeboat-crew@lists.harbour-sample.example",
        "[Lifeboat-crew] Exercise Thursday 19:00", dt(2002, 8, 14, 18, 0, 0, "+0100"), "lists.harbour-sample.example", n,
        recv="List-Id: Lifeboat crew <lifeboat-crew.lists.harbour-sample.example>\nList-Help: <mailto:lifeboat-crew-request@lists.harbour-sample.example?subject=help>\nList-Post: <mailto:lifeboat-crew@lists.harbour-sample.example>\nX-BeenThere: lifeboat-crew@lists.harbour-sample.example\n",
        body="Launch exercise Thursday 19:00, all crew please.\n"))
write(OUT, n, with_returned(n, host="lists.harbour-sample.example", sw="Postfix",
    frm="lifeboat-crew-bounces@lists.harbour-sample.example", to="lifeboat-crew-owner@lists.harbour-sample.example",
    subject="Uncaught bounce notification", date=d, extra=[("X-Mailman-Version", "2.1.5"), ("Precedence", "bulk")],
    text="""The attached message was received as a bounce, but either the bounce format
was not recognized, or no member addresses could be extracted from it.  This
mailing list has been configured to send all unrecognized bounce messages to
the list administrator(s).

For more information see:
http://lists.harbour-sample.example/mailman/admin/lifeboat-crew/bounce
""", returned=inner))
expect(n, "helm.sinclair@coastal-net-sample.example", "expired", vendor="exim")

n = "fwd-as-attachment-qmail-disabled.eml"
d = dt(2006, 2, 27, 9, 14, 0, "+0000")
inner_n = n + "/inner"
inner_d = dt(2006, 2, 26, 22, 1, 0, "+0000")
inner = plain(inner_n, host="mail.webshop-sample.example", frm="MAILER-DAEMON@mail.webshop-sample.example",
    to="noreply@webshop-sample.example", subject="failure notice", date=inner_d, sw="qmail 1.03",
    text=QMAIL_HEAD.format(host="mail.webshop-sample.example") + """<h.ng@oldmail-provider-sample.example>:
198.51.100.3 does not like recipient.
Remote host said: 550 5.2.1 Mailbox disabled for this recipient
Giving up on 198.51.100.3.

--- Below this line is a copy of the message.

""" + inline_orig("noreply@webshop-sample.example", "h.ng@oldmail-provider-sample.example", "Order 55120 dispatched",
        dt(2006, 2, 26, 22, 0, 55, "+0000"), "webshop-sample.example", n))
write(OUT, n, with_returned(n, host="mail.webshop-sample.example", sw="qmail 1.03",
    frm="Karen Ellis <karen@webshop-sample.example>", to="it@webshop-sample.example",
    subject="Fw: failure notice", date=d, extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180")],
    hops=hop(n, "mail.webshop-sample.example", "qmail 1.03", d, "office-pc.webshop-sample.example", "192.0.2.44"),
    text="Another one from the noreply box, forwarded as you asked.\n\nKaren\n", returned=inner))
expect(n, "h.ng@oldmail-provider-sample.example", "suspend", status="5.2.1", reply="550", vendor="qmail")

# ================================================================ auto-replies, suppression, receipts, complaints
n = "unix-vacation-away-from-mail.eml"
d = dt(2000, 7, 24, 10, 2, 0, "-0400")
write(OUT, n, plain(n, host="math.oldstate-univ.example", sw="Sendmail 8.9.3",
    frm="Helen Marsh <hmarsh@math.oldstate-univ.example>", to="editor@journal-sample.example", subject="away from my mail",
    date=d, extra=[("Precedence", "junk")],
    hops="Return-Path: <hmarsh@math.oldstate-univ.example>\n" + hop(n, "mail.journal-sample.example", "8.9.3/8.9.3", d, "math.oldstate-univ.example", "192.0.2.201"),
    text="""I will not be reading my mail for a while (until August 20th).
Your mail concerning "Referee report, manuscript 2000-117" will be read
when I'm back.

-- Helen
"""))
expect(n, "hmarsh@math.oldstate-univ.example", "vacation", action="", vendor="")

n = "notes-out-of-office-reply.eml"
d = dt(2008, 7, 15, 8, 40, 0, "-0500")
write(OUT, n, plain(n, host="notesgw.insure-notes-sample.example", sw="Lotus Domino Release 8.0.1",
    frm="Jane Smith <jane.smith@insure-notes-sample.example>", to="broker.tim@agency-sample.example",
    subject="Jane Smith is out of the office.", date=d,
    extra=[("X-Mailer", "Lotus Notes Release 8.0.1 February 07, 2008")],
    hops="Return-Path: <jane.smith@insure-notes-sample.example>\n" + hop(n, "mx.agency-sample.example", "Postfix", d, "notesgw.insure-notes-sample.example", "192.0.2.160"),
    text="""I will be out of the office starting  07/14/2008 and will not return until
07/28/2008.

I will respond to your message when I return. For urgent claims please
contact the claims desk, claims.desk@insure-notes-sample.example.
"""))
expect(n, "jane.smith@insure-notes-sample.example", "vacation", action="", vendor="domino")

n = "relay-skipped-suppression-list.eml"
d = dt(2010, 4, 6, 14, 0, 0, "+0000")
write(OUT, n, plain(n, host="relay.mailservice-sample.example", sw="Postfix",
    frm="Mail Relay Service <notifications@mailservice-sample.example>", to="alerts@saas-sample.example",
    subject="Delivery skipped: old.member@former-club-sample.example", date=d, auto=True, text="""Delivery to the following recipient was skipped:

    old.member@former-club-sample.example

This address bounced hard earlier (550 5.1.1 user unknown, 2 Apr 2010) and is
on your account's suppression list. We did not attempt delivery of this
message. Remove the address from the suppression list in your control panel
if you believe it is valid again.

Message subject: Your monthly statement
"""))
expect(n, "old.member@former-club-sample.example", "suppressed", vendor="")

n = "campus-relay-do-not-send-list.eml"
d = dt(2009, 9, 14, 7, 30, 0, "-0400")
write(OUT, n, plain(n, host="outbound-relay.college-sample.example", sw="Sendmail 8.14.3",
    frm="Outbound Mail Relay <postmaster@college-sample.example>", to="alumni.office@college-sample.example",
    subject="Message not sent: alumni newsletter", date=d, auto=True, text="""The campus outbound relay did not send your message to:

    class1979.rep@oldisp-sample.example

That address is on the relay's do-not-send list because mail to it failed
permanently several times in a row. The relay suppresses it and makes no
delivery attempt. Ask the Help Desk to clear the entry if the address works again.
"""))
expect(n, "class1979.rep@oldisp-sample.example", "suppressed", vendor="")

n = "domino-delivery-report-delivered.eml"
d = dt(2006, 6, 30, 16, 5, 0, "+0200")
od = dt(2006, 6, 30, 16, 4, 40, "+0200")
write(OUT, n, dsn(n, host="domino.bank-sample.example", sw="Lotus Domino Release 7.0.1",
    frm="Postmaster@bank-sample.example", to="kreditantrag@autohaus-sample.example", subject="Delivery Report (Success): Kreditantrag 2006-0611",
    date=d, text="""Your message

  Subject: Kreditantrag 2006-0611

was delivered to the following recipient(s):

  kredit.service@bank-sample.example
""", recips=[{"final": "kredit.service@bank-sample.example", "action": "delivered", "status": "2.0.0"}],
    origmsg=orig_headers("kreditantrag@autohaus-sample.example", "kredit.service@bank-sample.example",
                         "Kreditantrag 2006-0611", od, mid(n + "o", "autohaus-sample.example"))))
expect(n, "kredit.service@bank-sample.example", "delivered", status="2.0.0", action="delivered", vendor="domino")

n = "cable-isp-arf-complaint.eml"
d = dt(2009, 1, 8, 3, 0, 0, "-0500")
od = dt(2009, 1, 7, 20, 10, 0, "-0500")
arf = multipart("report", [
    text_part("""This is a spam complaint from a subscriber of cable-isp-sample.example about a
message sent from your network. The subscriber pressed "This is spam".
"""),
    part("message/feedback-report", """Feedback-Type: abuse
User-Agent: CableISP-FBL/1.2
Version: 1
Original-Mail-From: <promo@travel-deals-sample.example>
Original-Rcpt-To: <snowbird.ron@cable-isp-sample.example>
Arrival-Date: Wed, 07 Jan 2009 20:10:05 -0500
Source-IP: 192.0.2.222
""", cte=None),
    part("message/rfc822", orig("promo@travel-deals-sample.example", "snowbird.ron@cable-isp-sample.example",
                                "Winter sun: Florida from $199", od, "travel-deals-sample.example", n,
                                body="Book now, limited seats.\n"), cte=None)],
    boundary(n), " report-type=feedback-report;")
write(OUT, n, mail(["Return-Path: <fbl@cable-isp-sample.example>\n" + hop(n, "mx.travel-deals-sample.example", "Postfix", d, "fbl.cable-isp-sample.example", "198.51.100.230"),
                    ("Date", d), ("From", "Feedback Loop <fbl@cable-isp-sample.example>"), ("To", "abuse@travel-deals-sample.example"),
                    ("Subject", "FW: Winter sun: Florida from $199"), ("Message-ID", mid(n, "cable-isp-sample.example"))], arf))
expect(n, "snowbird.ron@cable-isp-sample.example", "feedback", action="", vendor="")


# ================================================================ near-misses: ordinary old-style mail (no record)
def ordinary(name, *, frm, to, subject, date, host, text="", extra=(), body=None, rp=None):
    ret = rp or frm.split("<")[-1].rstrip(">")
    hops = f"Return-Path: <{ret}>\n" + hop(name, "mx.inbox-sample.example", "Postfix", date, f"mail.{host}", "198.51.100.141")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text))


def uuencode(fname, data):
    import binascii
    lines = [f"begin 644 {fname}"]
    for i in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[i:i + 45]).decode().rstrip("\n"))
    lines += ["`", "end"]
    return "\n".join(lines) + "\n"


def pseudo_bytes(seed, n):
    out = b""
    while len(out) < n:
        seed = hashlib.sha1(seed).digest()
        out += seed
    return out[:n]


MM = [("X-Mailman-Version", "2.1.9"), ("Precedence", "list"), ("List-Id", "Sysadmins at Oldstate <sysadmins.lists.oldstate-sample.example>"),
      ("List-Unsubscribe", "<http://lists.oldstate-sample.example/mailman/listinfo/sysadmins>,\n\t<mailto:sysadmins-request@lists.oldstate-sample.example?subject=unsubscribe>"),
      ("List-Post", "<mailto:sysadmins@lists.oldstate-sample.example>"), ("Sender", "sysadmins-bounces@lists.oldstate-sample.example")]
MM_FOOT = """
_______________________________________________
sysadmins mailing list
sysadmins@lists.oldstate-sample.example
http://lists.oldstate-sample.example/mailman/listinfo/sysadmins
"""

n = "nb-mailman-list-footer-traffic.eml"
write(NB, n, ordinary(n, frm="Dale Pruitt <dpruitt@facilities.oldstate-sample.example>", to="sysadmins@lists.oldstate-sample.example",
    subject="[sysadmins] UPS maintenance in Room 114 on Saturday", date=dt(2007, 5, 10, 15, 2, 0, "-0500"),
    host="facilities.oldstate-sample.example", extra=MM, rp="sysadmins-bounces@lists.oldstate-sample.example",
    text="""All,

the UPS in Room 114 gets new batteries on Saturday between 8 and 10.
The mail and list servers stay up on the generator feed; the old file
server will be shut down cleanly at 7:45.

Dale
""" + MM_FOOT))

n = "nb-listserv-list-footer.eml"
write(NB, n, ordinary(n, frm="Ruth Alcott <ralcott@history.coastal-sample.example>", to="HIST-L@LISTSERV.STATEU-SAMPLE.EXAMPLE",
    subject="Query: parish registers, 1790s", date=dt(2004, 2, 11, 11, 30, 0, "-0500"), host="history.coastal-sample.example",
    rp="owner-HIST-L@LISTSERV.STATEU-SAMPLE.EXAMPLE",
    extra=[("Sender", "History discussion list <HIST-L@LISTSERV.STATEU-SAMPLE.EXAMPLE>"),
           ("Reply-To", "History discussion list <HIST-L@LISTSERV.STATEU-SAMPLE.EXAMPLE>"), ("X-Mailer", "QUALCOMM Windows Eudora Version 6.0.1")],
    text="""Does anyone know whether the 1790s registers of St Mary's were microfilmed
before the fire? I have found a reference but no reel number.

Ruth Alcott
Coastal College

--
To unsubscribe, send the command SIGNOFF HIST-L to LISTSERV@LISTSERV.STATEU-SAMPLE.EXAMPLE
Archives: http://listserv.stateu-sample.example/archives/hist-l.html
"""))

n = "nb-list-returned-mail-joke.eml"
write(NB, n, ordinary(n, frm="Pete Lorimer <pete@lorimer-sample.example>", to="sysadmins@lists.oldstate-sample.example",
    subject="[sysadmins] Returned mail: see transcript for details", date=dt(2006, 12, 22, 17, 0, 0, "-0500"),
    host="lorimer-sample.example", extra=MM, rp="sysadmins-bounces@lists.oldstate-sample.example",
    text="""Seasonal humour from the postmaster's desk (no, this did not really bounce):

   ----- Transcript of session follows -----
>>> HELO sleigh.northpole
<<< 250 Ho ho ho, pleased to meet you
>>> MAIL From:<rudolph@stable.northpole>
<<< 250 Sender ok, nose glowing
>>> RCPT To:<wishlist@northpole>
<<< 200 Naughty list checked twice, you are fine

Happy holidays, and may your queues stay empty over the break.

Pete
""" + MM_FOOT))

n = "nb-uuencoded-attachment.eml"
write(NB, n, ordinary(n, frm="Bill Hardy <bhardy@accounts.farmco-sample.example>", to="Sue Park <spark@farmco-sample.example>",
    subject="budget spreadsheet", date=dt(1998, 4, 3, 9, 15, 0, "-0600"), host="accounts.farmco-sample.example",
    extra=[("X-Mailer", "Pegasus Mail for Win32 (v2.54)")],
    body="Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\nSue,\n\nhere is the budget sheet, uuencoded. Let me know if it opens.\n\nBill\n\n"
    + uuencode("BUDGET98.XLS", pseudo_bytes(b"budget98", 1400))))

n = "nb-ims55-banner-staff-list.eml"
write(NB, n, ordinary(n, frm="Office Manager <office.manager@lawfirm-sample.example>", to="All Staff <all.staff@lawfirm-sample.example>",
    subject="Updated extension and e-mail list", date=dt(2001, 9, 3, 8, 30, 0, "-0400"), host="lawfirm-sample.example",
    extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
    text="""Hello everyone,

the updated staff list is below. Please use these addresses from today.

  Reception            x100   reception@lawfirm-sample.example
  Accounts             x120   accounts@lawfirm-sample.example
  Diane Fletcher       x131   d.fletcher@lawfirm-sample.example
  Marcus Webb          x132   m.webb@lawfirm-sample.example
  Library              x150   library@lawfirm-sample.example

If you no longer wish to receive the weekly office bulletin, reply with
"unsubscribe" to bulletin-admin@lawfirm-sample.example.

Thanks,
Office Manager
"""))

n = "nb-postmaster-display-name-advert.eml"
write(NB, n, ordinary(n, frm="\"Postmaster\" <offers@cheap-domains-sample.example>", to="webmaster@smallbiz-sample.example",
    subject="Your domain deserves better hosting - 3 months free", date=dt(2005, 6, 14, 10, 0, 0, "+0000"),
    host="cheap-domains-sample.example", text="""Dear webmaster,

Move your site and mailboxes to Cheap Domains today and get 3 months free.
Unlimited mailboxes, 2 GB storage each, no setup fee.

Offer ends 30 June. Reply REMOVE to stop these messages.
"""))

n = "nb-lotus-notes-prose.eml"
write(NB, n, ordinary(n, frm="Gerald Finch <g.finch@engineering-sample.example>", to="it-migration@engineering-sample.example",
    subject="Re: moving off Lotus Notes", date=dt(2009, 10, 20, 14, 22, 0, "+0100"), host="engineering-sample.example",
    text="""Hi team,

a few notes from our side before we leave Lotus Notes in November:

- the Domino server stays read-only until March for the archives;
- personal address books need exporting before the 15th;
- the shared "Drawings" database will move to the file server.

Will the delivery failure reports still go to the old postmaster mailbox
during the cut-over weekend, or to the new helpdesk queue?

Gerald
"""))

n = "nb-list-vacation-discussion.eml"
write(NB, n, ordinary(n, frm="Tomasz Zielinski <tz@cs.oldstate-sample.example>", to="sysadmins@lists.oldstate-sample.example",
    subject="Re: [sysadmins] vacation(1) answering list mail", date=dt(2003, 8, 4, 10, 10, 0, "-0500"),
    host="cs.oldstate-sample.example", extra=MM + [("In-Reply-To", "<200308041422.JAA11201@ws3.chem.oldstate-sample.example>")],
    rp="sysadmins-bounces@lists.oldstate-sample.example",
    text="""> Someone's vacation program keeps replying "I will not be reading my
> mail for a while" to every post here. Can we stop it?

Old vacation(1) does not answer mail with "Precedence: list" or "junk"
only if it is a recent version; the one on the Chemistry Suns is from 1994.
I have asked their admin to add the list address to ~/.vacation.alias
exclusions. Mailman here already sets Precedence: list.

Tomasz
""" + MM_FOOT))

n = "nb-colleague-over-quota-prose.eml"
write(NB, n, ordinary(n, frm="Maria Lopes <m.lopes@tourism-office-sample.example>", to="Ken Ito <k.ito@tourism-office-sample.example>",
    subject="photos for the brochure", date=dt(2006, 4, 18, 16, 40, 0, "+0100"), host="tourism-office-sample.example",
    extra=[("X-Mailer", "Microsoft Office Outlook 11")],
    text="""Ken,

please don't e-mail the brochure photos, I'm over my quota again and the
big ones will just bounce. Put them on the shared drive under Brochure 2006
and I'll pick them up tomorrow.

Thanks,
Maria
"""))

n = "nb-majordomo-welcome-help.eml"
write(NB, n, ordinary(n, frm="Majordomo@lists.railway-society-sample.example", to="new.member@homemail-sample.example",
    subject="Welcome to steam-l", date=dt(2000, 3, 1, 12, 0, 0, "+0000"), host="lists.railway-society-sample.example",
    text="""--

Welcome to the steam-l mailing list!

Please save this message for future reference.  Thank you.

If you ever want to remove yourself from this mailing list,
you can send mail to <Majordomo@lists.railway-society-sample.example> with the following
command in the body of your email message:

    unsubscribe steam-l

or from another account, besides new.member@homemail-sample.example:

    unsubscribe steam-l new.member@homemail-sample.example

If you ever need to get in contact with the owner of the list,
(if you have trouble unsubscribing, or have questions about the
list itself) send email to <owner-steam-l@lists.railway-society-sample.example> .
This is the general rule for most mailing lists when you need
to contact a human.
"""))

n = "nb-ezmlm-confirm-subscribe.eml"
write(NB, n, ordinary(n, frm="birders-help@lists.birders-assoc.example", to="ornitho.fan@marsh-net.example",
    subject="confirm subscribe to birders@lists.birders-assoc.example", date=dt(2007, 2, 2, 8, 0, 0, "+0000"),
    host="lists.birders-assoc.example", rp="birders-return-@lists.birders-assoc.example",
    extra=[("Mailing-List", "contact birders-help@lists.birders-assoc.example; run by ezmlm")],
    text="""Hi! This is the ezmlm program. I'm managing the
birders@lists.birders-assoc.example mailing list.

To confirm that you would like

   ornitho.fan@marsh-net.example

added to the birders mailing list, please send an empty reply to this address:

   birders-sc.1170403200.abcdefghij-ornitho.fan=marsh-net.example@lists.birders-assoc.example

This confirmation serves two purposes. First, it verifies that I am able
to get mail through to you. Second, it protects you in case someone
forges a subscription request in your name.
"""))

n = "nb-notes-it-quota-announcement.eml"
write(NB, n, ordinary(n, frm="IT Service Desk <itservice@manufacturing-sample.example>", to="All Notes Users <allnotes@manufacturing-sample.example>",
    subject="Mail file quotas from 1 March", date=dt(2005, 2, 14, 9, 0, 0, "+0100"), host="manufacturing-sample.example",
    extra=[("X-Mailer", "Lotus Notes Release 6.5 September 26, 2003")],
    text="""Dear colleagues,

from 1 March every Notes mail file gets a quota of 250 MB. When your mail
file is over the quota, new mail will still arrive but you will not be
able to send until you archive or delete old messages.

You can see your current size under File > Database > Properties.

IT Service Desk, ext. 4400
"""))

n = "nb-signature-x400-address.eml"
write(NB, n, ordinary(n, frm="Graham Jones <g.jones@shipping-agency-sample.example>", to="ops@port-authority-sample.example",
    subject="Berth schedule week 12", date=dt(2001, 3, 16, 12, 0, 0, "+0000"), host="shipping-agency-sample.example",
    text="""Hello,

attached please find the berth schedule for week 12. The MV Northern Star
now arrives Tuesday 06:00 instead of Monday.

Regards
Graham Jones
Operations
X.400: C=GB; A=SAMPLE; P=SHIPAGENCY; O=Operations; S=Jones; G=Graham
If internet mail to me ever comes back, the X.400 address above still works.
"""))

n = "nb-mailman-password-reminder.eml"
write(NB, n, ordinary(n, frm="mailman-owner@lists.oldstate-sample.example", to="k.ito@tourism-office-sample.example",
    subject="lists.oldstate-sample.example mailing list memberships reminder", date=dt(2008, 6, 1, 5, 0, 0, "-0500"),
    host="lists.oldstate-sample.example", extra=[("X-Mailman-Version", "2.1.9"), ("Precedence", "bulk")],
    rp="mailman-bounces@lists.oldstate-sample.example",
    text="""This is a reminder, sent out once a month, about your
lists.oldstate-sample.example mailing list memberships.  It includes your
subscription info and how to use it to change it or unsubscribe from a
list.

Passwords for k.ito@tourism-office-sample.example:

List                                     Password // URL
----                                     --------
sysadmins@lists.oldstate-sample.example  xyzzy42
http://lists.oldstate-sample.example/mailman/options/sysadmins/k.ito%40tourism-office-sample.example
"""))

n = "nb-listserv-nomail-command-reply.eml"
write(NB, n, ordinary(n, frm="\"L-Soft list server at LISTSERV.STATEU-SAMPLE.EXAMPLE (14.4)\" <LISTSERV@LISTSERV.STATEU-SAMPLE.EXAMPLE>",
    to="k.oduya@historians-sample.example", subject="Output of your job \"k.oduya\"", date=dt(2005, 7, 1, 9, 0, 0, "-0400"),
    host="LISTSERV.STATEU-SAMPLE.EXAMPLE", text="""> SET HIST-L NOMAIL

Your subscription options have been set to "NOMAIL" for list HIST-L. You
will not receive postings until you send "SET HIST-L MAIL" to
LISTSERV@LISTSERV.STATEU-SAMPLE.EXAMPLE, for instance when you are back
from your summer vacation.

Summary of resource utilization
-------------------------------
 CPU time:        0.010 sec                Device I/O:        2
"""))

n = "nb-exchange55-read-receipt.eml"
write(NB, n, ordinary(n, frm="Tom Baker <tbaker@contoso-mfg.example>", to="j.ruiz@partner-castings.example",
    subject="Read: Q3 tooling figures", date=dt(2002, 10, 8, 9, 12, 0, "-0400"), host="contoso-mfg.example",
    extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
    text="""Your message

  To:      Tom Baker
  Subject: Q3 tooling figures
  Sent:    Mon, 7 Oct 2002 16:40:11 -0400

was read on Tue, 8 Oct 2002 09:12:03 -0400.
"""))

n = "nb-newsletter-bounce-policy.eml"
write(NB, n, ordinary(n, frm="Quilting Circle News <newsletter@quilting-circle.example>", to="maggie.h@patchwork-sample.example",
    subject="Quilting Circle News - May 2005", date=dt(2005, 5, 2, 7, 0, 0, "+0000"), host="quilting-circle.example",
    extra=[("Precedence", "bulk")], text="""Quilting Circle News - May 2005

* Block of the month: Flying Geese
* Show entries close 20 May

A note on our mailing list: if your mailbox is full or your address stops
working, our server marks the newsletter as undelivered. After three
failed issues in a row we remove the address, so please tell us when you
change providers.

To unsubscribe, reply with "unsubscribe" in the subject.
"""))

n = "nb-helpdesk-undeliverable-reply.eml"
write(NB, n, ordinary(n, frm="Helpdesk <helpdesk@county-gov.example>", to="road.dept@county-gov.example",
    subject="Re: [Ticket 2006-0117] 'undeliverable' when mailing the plotter", date=dt(2006, 1, 20, 10, 5, 0, "-0600"),
    host="county-gov.example", text="""Hi,

the plotter's scan-to-mail address was never a real mailbox; it only
sends. That is why you got an "undeliverable" message when you wrote to
it. Nothing is wrong with your account. I am closing this ticket.

County Helpdesk
"""))

n = "nb-x400-headers-ordinary-mail.eml"
write(NB, n, ordinary(n, frm="Procurement Office <procurement@defence-contractor-sample.example>", to="drawings@engineering-sample.example",
    subject="Re: assembly drawings rev C", date=dt(2000, 4, 12, 9, 0, 0, "+0000"), host="defence-contractor-sample.example",
    extra=[("X400-Originator", "/C=GB/A=SAMPLE/P=DEFCON/O=Procurement/CN=Procurement Office/"),
           ("X400-MTS-Identifier", "[/C=GB/A=SAMPLE/P=DEFCON/;GW2-000412090000Z-12]"),
           ("X400-Content-Type", "P2-1988 (22)"), ("X400-Received", "by /C=GB/A=SAMPLE/P=DEFCON/; Relayed; 12 Apr 2000 09:00:00 +0000")],
    text="""Thank you, the PDF copies arrived this time and open fine.

Procurement Office
"""))

n = "nb-lotus-notes-uuencoded-mention.eml"
write(NB, n, ordinary(n, frm="Peter Vogel <p.vogel@textilwerk-sample.example>", to="cad-team@textilwerk-sample.example",
    subject="Muster fuer die Herbstkollektion", date=dt(2002, 9, 9, 13, 0, 0, "+0200"), host="textilwerk-sample.example",
    extra=[("X-Mailer", "Lotus Notes Release 5.0.10 March 22, 2002")],
    body="Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\nHallo zusammen,\n\nLotus Notes packt die Datei leider wieder als uuencode ein; bitte mit WinZip oeffnen.\n\nPeter\n\n"
    + uuencode("MUSTER.ZIP", pseudo_bytes(b"muster", 1100))))

write_expected(os.path.join(OUT, "expected.jsonl"))
