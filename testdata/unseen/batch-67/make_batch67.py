#!/usr/bin/env python3
"""Writes testdata/unseen/batch-67: Exim in its forms, 2005-2026, as the
sender's MTA (Debian/Ubuntu exim4, cPanel, DirectAdmin, Sophos UTM,
university relays; Exim 3 and early 4.x plain bounces, 4.9x multipart/report
DSNs, delay warnings) and as the receiver (its ACL refusals quoted in other
MTAs' bounces), with the receiving servers' replies of many kinds.
Near-misses (not-bounce/nb-*): Exim's own admin mail (eximstats, frozen
message reports, paniclog mails), replies and list mail.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch67.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dt, expect, mail, mid, multipart, part, plain_mail,  # noqa: E402
                       text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def exim_id(name, year=2020):
    h = hashlib.sha1(name.encode()).hexdigest()
    if year < 2022:
        return f"1{h[0].upper()}{h[1:5]}-000{h[5:8].upper()}-{h[8:10].upper()}"
    return f"1t{h[:4].upper()}-000{h[5:8].upper()}-{h[8:10].upper()}"


FAIL_HEAD = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")
EXIM3_HEAD = ("This message was created automatically by mail delivery software (Exim).\n\n"
              "A message that you sent could not be delivered to one or more of its\n"
              "recipients. This is a permanent error. The following address(es) failed:\n\n")
COPY = "------ This is a copy of the message, including all the headers. ------\n"
COPY_BODY_CUT = ("------ This is a copy of the message's headers. ------\n")


def orig(name, sender, rcpt, subject, date, host, body, year):
    """The returned original as the sending Exim saw it."""
    user = sender.split("@")[0]
    sw = "Exim 3.36 #1 (Debian)" if year < 2006 else ("Exim 4.69" if year < 2012 else
                                                        ("Exim 4.89" if year < 2019 else "Exim 4.97"))
    h = (f"Return-path: <{sender}>\nReceived: from [198.51.100.{20 + len(name) % 200}] (helo=[192.168.1.{10 + len(name) % 80}])\n"
         f"\tby {host} with esmtpsa ({sw})\n\t(envelope-from <{sender}>)\n\tid {exim_id(name + 'o', year)}\n"
         f"\tfor {rcpt}; {date}\n"
         f"Message-ID: <{hashlib.md5(name.encode()).hexdigest()[:20]}@{sender.split('@')[1]}>\n"
         f"Date: {date}\nFrom: {user.replace('.', ' ').title()} <{sender}>\nTo: <{rcpt}>\nSubject: {subject}\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n")
    return h, body


def exim(name, *, host, sender, date, rcpts, subject, body, year, odate=None, style="classic", sw=None,
         delay=None, frm=None, xfr=True, lead="", extra=(), failed=None):
    """rcpts: list of (address_line, block) where block is the indented text under the address;
    the address_line is the address shown (may carry ':' for exim 3 or be a pipe)."""
    odate = odate or date
    first = failed or rcpts[0][0].split()[0].rstrip(":")
    h, b = orig(name, sender, first, subject, odate, host, body, year)
    sw = sw or ("Exim 3.36 #1 (Debian)" if year < 2006 else ("Exim 4.69" if year < 2012 else
                                                             ("Exim 4.89" if year < 2019 else "Exim 4.97")))
    hop = (f"Return-path: <>\nReceived: from mail by {host} with local ({sw})\n"
           f"\tid {exim_id(name, year)}\n\tfor {sender}; {date}")
    blocks = "\n".join(f"  {a}\n" + "\n".join("    " + ln if ln else "" for ln in blk.split("\n")) + "\n"
                       for a, blk in rcpts)
    failed = failed or ", ".join(a.split()[0].rstrip(":") for a, _ in rcpts if "@" in a.split()[0])
    frm = frm or f"Mail Delivery System <Mailer-Daemon@{host}>"
    if delay:
        a, blk = rcpts[0]
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than {delay} on the queue on {host}.\n\n"
                f"The message identifier is:     {exim_id(name + 'o', year)}\n"
                f"The subject of the message is: {subject}\n"
                f"The date of the message is:    {odate}\n\n"
                "The address to which the message has not yet been delivered is:\n\n" + blocks + "\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        hours = delay.split()[0]
        subj = f"Warning: message {exim_id(name + 'o', year)} delayed {hours} hours"
        heads = [hop, ("X-Failed-Recipients", failed)] if False else [hop]
        heads += [("Date", date), ("From", frm), ("To", sender), ("Subject", subj),
                  ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
        if style == "dsn":
            bnd = boundary(name)
            ds = delivery_status(host, [{"final": first, "action": "delayed", "status": rcpts_status(name),
                                          "remote": REMOTE.get(name), "diag": DIAG.get(name)}])
            body_ = multipart("report", [text_part(text), ds, part("text/rfc822-headers", h, cte=None)], bnd,
                              " report-type=delivery-status;")
            return lead + mail(heads, body_)
        return lead + mail(heads, text_part(text))
    head = EXIM3_HEAD if year < 2006 else FAIL_HEAD
    text = head + blocks
    subj = "Mail delivery failed: returning message to sender"
    heads = [hop]
    if xfr and year >= 2006:
        heads.append(("X-Failed-Recipients", failed))
    heads += [("Date", date), ("From", frm), ("To", sender), ("Subject", subj),
              ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    if style == "dsn":
        bnd = boundary(name)
        recs = []
        for a, _ in rcpts:
            ad = a.split()[0].rstrip(":")
            recs.append({"final": ad, "status": STATUS.get((name, ad), "5.0.0"), "remote": REMOTE.get(name),
                         "diag": DIAG.get((name, ad))})
        ds = delivery_status(host, recs)
        body_ = multipart("report", [text_part(text), ds, part("message/rfc822", h + "\n" + b, cte=None)], bnd,
                          " report-type=delivery-status;")
        return lead + mail(heads, body_)
    if style == "headers":
        text += "\n" + COPY_BODY_CUT + "\n" + h
    else:
        text += "\n" + COPY + "\n" + h + "\n" + b
    return lead + mail(heads, text_part(text))


STATUS, REMOTE, DIAG = {}, {}, {}


def rcpts_status(name):
    return STATUS.get(name, "4.0.0")


def smtp(host, ip, stage, reply, old=False):
    """Exim's words for a remote refusal."""
    if old:
        return f"SMTP error from remote mail server after {stage}:\nhost {host} [{ip}]: {reply}"
    return f"host {host} [{ip}]\nSMTP error from remote mail server after {stage}:\n{reply}"


BODIES = [
    "Hi,\n\nLet me know if anything is unclear.\n\nThanks\n",
    "Hello,\n\nDetails to follow.\n\nRegards\n",
    "Dear all,\n\nKind regards\n",
    "Hi there,\n\nCould you reply when you have a moment?\n\nBest\n",
    "Good morning,\n\nMany thanks\n",
]

CASES = []


def case(name, **kw):
    CASES.append((name, kw))


# (file, host, sw-year, sender, recipient, subject, block, expectation...)
def one(name, host, year, date, sender, rcpt, subject, block, reason, hard=False, status="", reply="",
        action="failed", vendor="exim", style="classic", delay=None, sw=None, diag=None, remote=None,
        frm=None, lead="", extra=(), show=None):
    body = f"Hello,\n\nthis is about: {subject}.\n\n" + BODIES[len(name) % len(BODIES)].split("\n\n")[-1]
    if style == "dsn":
        STATUS[(name, rcpt)] = status or ("5.0.0" if not delay else "4.0.0")
        STATUS[name] = status or "4.0.0"
        REMOTE[name] = remote
        DIAG[(name, rcpt)] = diag
        DIAG[name] = diag
    msg = exim(name, host=host, sender=sender, date=date, rcpts=[(show or rcpt, block)], subject=subject,
               body=body, year=year, style=style, delay=delay, sw=sw, frm=frm, lead=lead, extra=extra,
               failed=rcpt if show else None)
    write(OUT, name, msg)
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


def multi(name, host, year, date, sender, subject, items, style="classic", vendor="exim"):
    body = f"Hello all,\n\nthis is about: {subject}.\n\nRegards\n"
    rc = []
    for rcpt, block, reason, hard, status, reply, diag, remote in items:
        rc.append((rcpt, block))
        if style == "dsn":
            STATUS[(name, rcpt)] = status or "5.0.0"
            DIAG[(name, rcpt)] = diag
            REMOTE[name] = None
    msg = exim(name, host=host, sender=sender, date=date, rcpts=rc, subject=subject, body=body, year=year,
               style=style)
    write(OUT, name, msg)
    for rcpt, block, reason, hard, status, reply, diag, remote in items:
        expect(name, rcpt, reason, hard=hard, status=status, reply=reply, vendor=vendor)


# ================================================================ bounces: remote replies, Exim as sender

G = "gmail-smtp-in.l.google.com"
one("b67-deb-exim4-gmail-account-does-not-exist.eml", "lists.fenwick-hydro.example", 2021, dt(2021, 3, 9, 8, 14, 2),
    "p.okafor@fenwick-hydro.example", "fenwick.retiree.harold@gmail.com", "Pension newsletter, spring",
    smtp(G, "192.0.2.27", "RCPT TO:<fenwick.retiree.harold@gmail.com>",
         "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
         "550-5.1.1 double-checking the recipient's email address for typos or\n"
         "550-5.1.1 unnecessary spaces. For more information, go to\n"
         "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-7b2c sor.2 - gsmtp"),
    "userunknown", True, "5.1.1", "550", vendor="gmail")

one("b67-ubuntu-exim4-rspamd-spam-end-of-data.eml", "mx1.tallis-acoustics.example", 2023, dt(2023, 6, 2, 15, 40, 11),
    "quotes@tallis-acoustics.example", "buyer@harrowgate-builders.example", "Quotation Q-2291 acoustic panels",
    smtp("mail.harrowgate-builders.example", "198.51.100.61", "end of data",
         "554 5.7.1 Spam message rejected (score 17.40 > 15.00)"),
    "spamdetected", False, "5.7.1", "554", style="dsn",
    diag="smtp; 554 5.7.1 Spam message rejected (score 17.40 > 15.00)", remote="mail.harrowgate-builders.example")

one("b67-cpanel-exim-outlook-s3140-block-list.eml", "vps42.hostbay-uk.example", 2022, dt(2022, 11, 21, 9, 3, 50),
    "enquiries@moorland-cottages.example", "d.prendergast@outlook.com", "Your stay at Heather Cottage",
    smtp("outlook-com.olc.protection.outlook.com", "192.0.2.140", "RCPT TO:<d.prendergast@outlook.com>",
         "550 5.7.1 Unfortunately, messages from [203.0.113.42] weren't sent. Please contact your Internet\n"
         "service provider since part of their network is on our block list (S3140). You can also refer your\n"
         "provider to http://mail.live.com/mail/troubleshooting.aspx#errors.\n"
         "[DB5EUR03FT021.eop-EUR03.prod.protection.outlook.com 2022-11-21T09:03:49.817Z 08DACB1E2F4A77C1]"),
    "blocked", False, "5.7.1", "550", vendor="outlook")

one("b67-directadmin-exim-yahoo-policy-554-5.7.9.eml", "server3.da-host.example", 2024, dt(2024, 2, 14, 19, 22, 7),
    "hello@petal-and-stem.example", "roses.for.marion@yahoo.com", "Valentine's order confirmation #5581",
    smtp("mta7.am0.yahoodns.net", "192.0.2.89", "end of data",
         "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes"),
    "policyviolation", False, "5.7.9", "554", vendor="yahoo", style="dsn",
    diag="smtp; 554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
    remote="mta7.am0.yahoodns.net")

one("b67-exim-dovecot-lmtp-quota-reached.eml", "smtp.brightwater-school.example", 2019, dt(2019, 9, 30, 7, 55, 31),
    "office@brightwater-school.example", "bursar@oakhill-trust.example", "Invoice 2019-0931",
    smtp("mx.oakhill-trust.example", "198.51.100.204", "end of data",
         "552 5.2.2 <bursar@oakhill-trust.example> Quota exceeded (mailbox for user is full)"),
    "mailboxfull", False, "5.2.2", "552")

one("b67-exim-all-mx-nonexistent-hosts.eml", "relay.carnforth-rail.example", 2016, dt(2016, 5, 17, 13, 1, 44),
    "bookings@carnforth-rail.example", "events@steamfair-committee.example", "Stand booking 2016",
    "all relevant MX records point to non-existent hosts",
    "hostunknown", True)

one("b67-exim4-unrouteable-typo-domain-2008.eml", "smtp.pennine-surveys.example", 2008, dt(2008, 10, 3, 16, 12, 9),
    "gillian@pennine-surveys.example", "r.ashworth@hotmial.example", "Site visit photos",
    "Unrouteable address", "hostunknown", True)

one("b67-exim-null-mx-no-smtp-service.eml", "mail.quaywright.example", 2025, dt(2025, 4, 8, 10, 30, 0),
    "accounts@quaywright.example", "billing@wound-up-ventures.example", "Final statement, account 30417",
    "an MX or SRV record indicated no SMTP service", "notaccept", True)

one("b67-exim-retry-timeout-conn-timed-out.eml", "mx.harbour-chandlery.example", 2014, dt(2014, 1, 20, 4, 2, 17),
    "shop@harbour-chandlery.example", "skipper@islay-moorings.example", "Your order of mooring line",
    "retry timeout exceeded\nhost mail.islay-moorings.example [198.51.100.33]: Connection timed out",
    "expired")

one("b67-debian-exim4-appendfile-mailbox-full-retry.eml", "ravenglass.example", 2011, dt(2011, 8, 12, 22, 47, 5),
    "margaret@ravenglass.example", "tom@ravenglass.example", "Re: allotment keys",
    "mailbox is full: retry timeout exceeded", "mailboxfull")

one("b67-sophos-utm-exim-too-many-received.eml", "utm.lowther-engineering.example", 2017, dt(2017, 7, 4, 11, 18, 26),
    "service@lowther-engineering.example", "support@lowther-engineering.example", "Ticket #88213 update",
    "Too many \"Received\" headers - suspected mail loop", "networkerror", vendor="sophos")

one("b67-cpanel-exim-address-pipe-returned-69.eml", "box512.sharedhost-eu.example", 2018, dt(2018, 3, 27, 14, 9, 33),
    "client.ferro@alpine-rentals.example", "support@ticketdesk-alpine.example", "Booking 4471 - ski rack missing",
    "generated by support@ticketdesk-alpine.example\n"
    "Child process of address_pipe transport returned 69 (could mean service or program unavailable) from\n"
    "command: /home/ticketdesk/public_html/support/bin/pipe.php",
    "mailererror", show="pipe to |/home/ticketdesk/public_html/support/bin/pipe.php")

one("b67-uni-exim-redirect-fail-left-university.eml", "ppsw-relay.cam-like.example.ac.uk", 2012, dt(2012, 10, 1, 9, 0, 12),
    "admissions@colleges.example.ac.uk", "jrb41@staff.example.ac.uk", "Interview panel, 14 October",
    "Unknown user: this address is no longer in use; the user has no account here",
    "userunknown", True, vendor="university")

one("b67-cpanel-template-guesses-then-550-no-mailbox.eml", "gator4120.hostgator-like.example", 2020, dt(2020, 6, 15, 12, 41, 9),
    "orders@kiln-and-crumb.example", "ann.voss@fernleigh-mail.example", "Order #2093 is on its way",
    "The mail server could not deliver mail to ann.voss@fernleigh-mail.example.  The account or domain may not\n"
    "exist, they may be blacklisted, or missing the proper dns entries.\n" +
    smtp("mx.fernleigh-mail.example", "198.51.100.71", "RCPT TO:<ann.voss@fernleigh-mail.example>",
         "550 5.1.1 <ann.voss@fernleigh-mail.example>: no mailbox by that name is currently available"),
    "userunknown", True, "5.1.1", "550", vendor="cpanel")

one("b67-directadmin-exim-552-5.3.4-size-limit.eml", "da2.webnest-hosting.example", 2021, dt(2021, 12, 1, 17, 5, 48),
    "studio@lumen-architects.example", "tenders@county-estates.example", "Tender drawings rev C",
    smtp("mail.county-estates.example", "198.51.100.150", "MAIL FROM:<studio@lumen-architects.example> SIZE=41268853",
         "552 5.3.4 Message size 41268853 exceeds size limit of 26214400 bytes"),
    "emailtoolarge", False, "5.3.4", "552", vendor="directadmin")

one("b67-exim-relay-not-permitted-backup-mx.eml", "out.thornbury-vets.example", 2013, dt(2013, 4, 22, 8, 36, 2),
    "reception@thornbury-vets.example", "farm.office@lower-bracken.example", "Vaccination reminder: herd 7",
    smtp("mx2.lower-bracken.example", "198.51.100.12", "RCPT TO:<farm.office@lower-bracken.example>",
         "550 relay not permitted"),
    "norelaying", False, "", "550")

one("b67-exim-receiver-zen-listed-host.eml", "mail.ridgeway-cycles.example", 2018, dt(2018, 2, 5, 10, 11, 0),
    "service@ridgeway-cycles.example", "p.stanway@kennet-law.example", "Your bike is ready for collection",
    smtp("mx.kennet-law.example", "198.51.100.90", "RCPT TO:<p.stanway@kennet-law.example>",
         "550-Rejected because 203.0.113.58 is in a black list at zen.spamhaus.org\n"
         "550 https://www.spamhaus.org/query/ip/203.0.113.58"),
    "blocked", False, "", "550")

one("b67-exim-delay-451-temporary-local-problem.eml", "smtp.haverhill-print.example", 2015, dt(2015, 3, 11, 6, 20, 0),
    "proofs@haverhill-print.example", "marketing@fenland-foods.example", "Proof for approval: leaflet A5",
    smtp("mx.fenland-foods.example", "198.51.100.44", "RCPT TO:<marketing@fenland-foods.example>",
         "451 Temporary local problem - please try later"),
    "systemerror", False, "", "451", action="delayed", delay="24 hours")

one("b67-exim-receiver-helo-impersonation.eml", "mail.wren-consulting.example", 2010, dt(2010, 9, 8, 14, 0, 21),
    "info@wren-consulting.example", "partners@holloway-audit.example", "Engagement letter",
    smtp("smtp.holloway-audit.example", "198.51.100.120", "HELO mail.wren-consulting.example",
         "550 Bad HELO - Host impersonating [holloway-audit.example]"),
    "blocked", False, "", "550")

one("b67-exim-receiver-no-reverse-dns.eml", "gw.mill-lane-dental.example", 2017, dt(2017, 11, 29, 9, 48, 30),
    "appointments@mill-lane-dental.example", "c.hebden@dales-net.example", "Appointment reminder",
    smtp("mx.dales-net.example", "198.51.100.8", "initial connection",
         "550 Sorry, we do not accept mail from hosts without a reverse DNS name (203.0.113.77)"),
    "requireptr", False, "", "550")

one("b67-exim-receiver-spf-fail.eml", "mailout.saltmarsh-ngo.example", 2016, dt(2016, 8, 30, 12, 0, 3),
    "volunteer@saltmarsh-ngo.example", "coordinator@estuary-watch.example", "Beach clean rota",
    smtp("mail.estuary-watch.example", "198.51.100.99", "RCPT TO:<coordinator@estuary-watch.example>",
         "550 SPF check failed: 203.0.113.14 is not allowed to send mail from saltmarsh-ngo.example.\n"
         "Please see http://www.open-spf.org/Why?scope=mfrom;identity=volunteer@saltmarsh-ngo.example;ip=203.0.113.14"),
    "authfailure", False, "", "550")

one("b67-exim-receiver-dkim-verification-failed.eml", "mx.corran-ferries.example", 2024, dt(2024, 7, 19, 16, 30, 55),
    "timetables@corran-ferries.example", "harbourmaster@ardgour-port.example", "Summer timetable changes",
    smtp("mail.ardgour-port.example", "198.51.100.176", "end of data",
         "550 5.7.1 Message rejected: DKIM signature verification failed for corran-ferries.example"),
    "authfailure", False, "5.7.1", "550", style="dsn",
    diag="smtp; 550 5.7.1 Message rejected: DKIM signature verification failed for corran-ferries.example",
    remote="mail.ardgour-port.example")

one("b67-exim-receiver-clamav-eicar.eml", "relay.greyfriars-it.example", 2019, dt(2019, 5, 6, 13, 13, 13),
    "helpdesk@greyfriars-it.example", "it@bellhaven-clinic.example", "AV test file as requested",
    smtp("mx.bellhaven-clinic.example", "198.51.100.30", "end of data",
         "550-This message contains a virus (Eicar-Signature) and has been rejected.\n"
         "550 Please remove the infected attachment and send again."),
    "virusdetected", False, "", "550")

one("b67-exim-receiver-duplicate-date-header.eml", "mail.kestrel-software.example", 2022, dt(2022, 2, 28, 11, 2, 40),
    "build-bot@kestrel-software.example", "release@partner-distro.example", "Nightly build 2022-02-28",
    smtp("mx.partner-distro.example", "198.51.100.81", "end of data",
         "550 5.6.0 Message is not RFC 5322 compliant: more than one Date: header line"),
    "notcompliantrfc", False, "5.6.0", "550")

one("b67-exim-receiver-smtp-synchronization-error.eml", "newsletter.pinewood-garden.example", 2015, dt(2015, 4, 1, 7, 0, 8),
    "news@pinewood-garden.example", "bert.lamb@allotment-club.example", "April planting guide",
    smtp("mail.allotment-club.example", "198.51.100.5", "MAIL FROM:<news@pinewood-garden.example>",
         "554 SMTP synchronization error"),
    "syntaxerror", False, "", "554")

one("b67-exim-delay-ratelimit-too-many-messages.eml", "bulk.rivermead-events.example", 2023, dt(2023, 10, 2, 23, 55, 1),
    "tickets@rivermead-events.example", "fan.club@stormhill-isp.example", "Your e-tickets",
    smtp("mx.stormhill-isp.example", "198.51.100.66", "RCPT TO:<fan.club@stormhill-isp.example>",
         "451 4.7.1 Too many messages from 203.0.113.200 in the last hour, please slow down (ratelimit)"),
    "ratelimited", False, "4.7.1", "451", action="delayed", delay="12 hours", style="dsn",
    diag="smtp; 451 4.7.1 Too many messages from 203.0.113.200 in the last hour, please slow down (ratelimit)",
    remote="mx.stormhill-isp.example")

one("b67-exim-receiver-account-suspended.eml", "mail.bowland-tutors.example", 2014, dt(2014, 6, 9, 10, 10, 10),
    "lessons@bowland-tutors.example", "j.marsden@clitheroe-web.example", "Maths lesson Thursday",
    smtp("mx.clitheroe-web.example", "198.51.100.222", "RCPT TO:<j.marsden@clitheroe-web.example>",
         "550 Sorry, this mailbox is not accepting mail - the account has been suspended"),
    "suspend", False, "", "550")

one("b67-exim-dsn-5.2.1-mailbox-disabled.eml", "smtp.glenmoor-estates.example", 2025, dt(2025, 1, 13, 15, 25, 42),
    "lettings@glenmoor-estates.example", "old.tenant.rhys@tywyn-mail.example", "Deposit return",
    smtp("mx.tywyn-mail.example", "198.51.100.17", "RCPT TO:<old.tenant.rhys@tywyn-mail.example>",
         "550 5.2.1 <old.tenant.rhys@tywyn-mail.example>: mailbox disabled, not accepting messages"),
    "suspend", False, "5.2.1", "550", style="dsn",
    diag="smtp; 550 5.2.1 <old.tenant.rhys@tywyn-mail.example>: mailbox disabled, not accepting messages",
    remote="mx.tywyn-mail.example")

one("b67-exim-delay-tls-error-nonproperly-terminated.eml", "mta.caldervale-bank.example", 2021, dt(2021, 4, 30, 5, 0, 0),
    "statements@caldervale-bank.example", "finance@hebble-mills.example", "Your April statement",
    "host mail.hebble-mills.example [198.51.100.141]: TLS error on connection (recv): The TLS connection was\n"
    "non-properly terminated.",
    "failedstarttls", False, action="delayed", delay="4 hours")

one("b67-exim-delay-frozen-by-system-filter.eml", "mx.coldharbour-school.example", 2020, dt(2020, 1, 22, 8, 0, 30),
    "head@coldharbour-school.example", "parents.forum@coldharbour-pta.example", "Spring term newsletter",
    "Message has been frozen by the system filter.\n"
    "Reason: attachment held for review by the mail administrator (macro-enabled document)",
    "onhold", False, action="delayed", delay="24 hours")

one("b67-exim-delay-connection-refused.eml", "smtp.norbury-joinery.example", 2012, dt(2012, 2, 3, 18, 30, 0),
    "quotes@norbury-joinery.example", "site.manager@hartley-homes.example", "Staircase quotation",
    "host mail.hartley-homes.example [198.51.100.207]: Connection refused",
    "networkerror", False, action="delayed", delay="8 hours")

one("b67-exim-sender-domain-does-not-exist-5.1.8.eml", "bounce.lakeside-offers.example", 2019, dt(2019, 11, 25, 9, 9, 9),
    "promo@lakeside-offers.example", "g.whitlock@ambleside-mail.example", "Black Friday: 30% off",
    smtp("mx.ambleside-mail.example", "198.51.100.58", "MAIL FROM:<promo@lakeside-offers.example> SIZE=18211",
         "553 5.1.8 <promo@lakeside-offers.example>... Domain of sender address promo@lakeside-offers.example "
         "does not exist"),
    "rejected", False, "5.1.8", "553")

one("b67-exim-initial-connection-spamcop.eml", "mail.bracken-press.example", 2009, dt(2009, 3, 16, 11, 45, 0),
    "editor@bracken-press.example", "letters@harrogate-gazette.example", "Letter to the editor",
    smtp("mx.harrogate-gazette.example", "198.51.100.55", "initial connection",
         "554 5.7.1 Service unavailable; Client host [203.0.113.96] blocked using bl.spamcop.net"),
    "blocked", False, "5.7.1", "554")

one("b67-exim-pipelined-rcpt-recipient-unknown.eml", "mail.ashdown-orchards.example", 2024, dt(2024, 9, 3, 14, 2, 19),
    "cider@ashdown-orchards.example", "landlord@the-plough-inn.example", "Autumn cider list",
    smtp("mx.the-plough-inn.example", "198.51.100.3", "pipelined RCPT TO:<landlord@the-plough-inn.example>",
         "550 5.1.1 <landlord@the-plough-inn.example>: Recipient address rejected: User unknown in virtual "
         "mailbox table"),
    "userunknown", True, "5.1.1", "550", style="dsn",
    diag="smtp; 550 5.1.1 <landlord@the-plough-inn.example>: Recipient address rejected: User unknown in "
         "virtual mailbox table",
    remote="mx.the-plough-inn.example")

one("b67-exim3-2005-unknown-alias.eml", "mail.kirkgate-antiques.example", 2005, dt(2005, 2, 11, 10, 4, 51),
    "dealer@kirkgate-antiques.example", "curator@wharfedale-museum.example", "Longcase clock provenance",
    "SMTP error from remote mailer after RCPT TO:<curator@wharfedale-museum.example>:\n"
    "host mail.wharfedale-museum.example [198.51.100.240]: 550 5.1.1 unknown or illegal alias: "
    "curator@wharfedale-museum.example",
    "userunknown", True, "5.1.1", "550", show="curator@wharfedale-museum.example:")

one("b67-exim450-2006-sendmail-user-unknown.eml", "smtp.moorside-farmshop.example", 2006, dt(2006, 11, 7, 17, 31, 2),
    "farmshop@moorside-farmshop.example", "hampers@skipton-deli.example", "Christmas hamper order",
    smtp("mail.skipton-deli.example", "198.51.100.164", "RCPT TO:<hampers@skipton-deli.example>",
         "550 5.1.1 <hampers@skipton-deli.example>... User unknown", old=True),
    "userunknown", True, "5.1.1", "550", sw="Exim 4.50")

one("b67-exim-local-delivery-failed-bare.eml", "mail.bishopsgate-tutors.example", 2013, dt(2013, 3, 3, 3, 3, 3),
    "parents@bishopsgate-tutors.example", "accounts@bishopsgate-tutors.example", "Fees query",
    "local delivery failed", "systemerror")

one("b67-exim-gmx-invalid-ptr.eml", "vps.kilnworks.example", 2022, dt(2022, 8, 8, 12, 12, 12),
    "shop@kilnworks.example", "ute.brandt@gmx.de", "Ihre Bestellung 10442",
    smtp("mx00.emig.gmx.net", "192.0.2.201", "initial connection",
         "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\n"
         "554-No SMTP service\n"
         "554 invalid DNS PTR resource record, IP=203.0.113.31"),
    "requireptr", False, "", "554", vendor="gmx")

one("b67-exim-tonline-bl-problem-occurred.eml", "mail.eifel-ferien.example", 2018, dt(2018, 6, 21, 9, 30, 44),
    "buchung@eifel-ferien.example", "k.hoffmann@t-online.de", "Buchungsbestaetigung Ferienhaus",
    smtp("mx00.t-online.de", "192.0.2.176", "initial connection",
         "554 IP=203.0.113.85 - A problem occurred. (Ask your postmaster for help or to contact\n"
         "tosa@rx.t-online.de to clarify.) (BL)"),
    "blocked", False, "", "554", vendor="telekom")

one("b67-exim-webde-policy-restrictions.eml", "smtp.rhein-kanzlei.example", 2020, dt(2020, 10, 14, 8, 44, 12),
    "sekretariat@rhein-kanzlei.example", "m.vogel@web.de", "Terminbestaetigung",
    smtp("mx-ha03.web.de", "192.0.2.218", "end of data",
         "554-Transaction failed\n554-Reject due to policy restrictions.\n"
         "554 For explanation visit https://web.de/email/senderguidelines?ip=203.0.113.33&c=hi"),
    "policyviolation", False, "", "554", vendor="webde")

one("b67-exim-outlook-banned-sending-ip.eml", "mx.galloway-lodges.example", 2023, dt(2023, 3, 27, 19, 2, 4),
    "stay@galloway-lodges.example", "fiona.mcrae@hotmail.co.uk", "Your lodge booking",
    smtp("eur.olc.protection.outlook.com", "192.0.2.133", "RCPT TO:<fiona.mcrae@hotmail.co.uk>",
         "550 5.7.1 Service unavailable, Client host [203.0.113.61] blocked using Spamhaus. To request removal "
         "from this list see\nhttps://www.spamhaus.org/query/ip/203.0.113.61 AS(1450)\n"
         "[AM4PEPF00027A62.eurprd04.prod.outlook.com 2023-03-27T19:02:03.551Z 08DB2E6F1C44A0B3]"),
    "blocked", False, "5.7.1", "550", vendor="outlook", style="dsn",
    diag="smtp; 550 5.7.1 Service unavailable, Client host [203.0.113.61] blocked using Spamhaus. To request "
         "removal from this list see https://www.spamhaus.org/query/ip/203.0.113.61 AS(1450)",
    remote="eur.olc.protection.outlook.com")

one("b67-exim-gmail-over-quota-delay.eml", "mail.teesdale-choir.example", 2024, dt(2024, 11, 2, 6, 15, 0),
    "secretary@teesdale-choir.example", "alto.bridget.h@gmail.com", "Rehearsal schedule December",
    smtp(G, "192.0.2.26", "RCPT TO:<alto.bridget.h@gmail.com>",
         "452-4.2.2 The recipient's inbox is out of storage space.\n"
         "452-4.2.2 Please direct the recipient to\n"
         "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43 - gsmtp"),
    "mailboxfull", False, "4.2.2", "452", action="delayed", delay="24 hours", vendor="gmail", style="dsn",
    diag="smtp; 452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
         "https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43 - gsmtp",
    remote=G)

one("b67-exim-gmail-likely-unsolicited.eml", "relay.fells-outdoor.example", 2019, dt(2019, 4, 15, 10, 1, 37),
    "deals@fells-outdoor.example", "walker.dan.1988@gmail.com", "Last chance: boots clearance",
    smtp(G, "192.0.2.27", "end of data",
         "550-5.7.1 [203.0.113.119      12] Our system has detected that this message is\n"
         "550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n"
         "550-5.7.1 this message has been blocked. Please visit\n"
         "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError q8si2280921wrx.3 - gsmtp"),
    "spamdetected", False, "5.7.1", "550", vendor="gmail")

one("b67-exim-gmail-low-reputation-delay.eml", "mta2.coastal-deals.example", 2021, dt(2021, 7, 7, 21, 0, 0),
    "offers@coastal-deals.example", "marina.k.west@gmail.com", "Weekend getaways from 49",
    smtp(G, "192.0.2.26", "RCPT TO:<marina.k.west@gmail.com>",
         "421-4.7.0 [203.0.113.140      15] Our system has detected that this message is\n"
         "421-4.7.0 suspicious due to the very low reputation of the sending IP address.\n"
         "421-4.7.0 To protect our users from spam, mail sent from your IP address has\n"
         "421 4.7.0 been temporarily rate limited. https://support.google.com/mail/answer/188131 - gsmtp"),
    "badreputation", False, "4.7.0", "421", action="delayed", delay="6 hours", vendor="gmail")

one("b67-exim-local-no-space-left-delay.eml", "mail.hawes-creamery.example", 2016, dt(2016, 12, 24, 2, 0, 0),
    "orders@wensleydale-deli.example", "dairy@hawes-creamery.example", "Cheese order for New Year",
    "Unable to deliver: failed to write to /var/mail/dairy: No space left on device",
    "systemfull", False, action="delayed", delay="3 hours", sw="Exim 4.84")

one("b67-exim-alias-generated-unrouteable.eml", "mail.harbour-trade.example", 2011, dt(2011, 5, 9, 9, 19, 2),
    "buyer@cotswold-interiors.example", "j.tan@defunct-agency.example", "Re: sample swatches",
    "(generated from sales@harbour-trade.example)\nUnrouteable address",
    "hostunknown", True)

one("b67-exim-receiver-sender-verify-failed.eml", "smtp.heron-analytics.example", 2017, dt(2017, 9, 12, 7, 7, 41),
    "noreply@reports.heron-analytics.example", "cfo@thornaby-steel.example", "Weekly KPI report",
    smtp("mx.thornaby-steel.example", "198.51.100.91", "RCPT TO:<cfo@thornaby-steel.example>",
         "550-Verification failed for <noreply@reports.heron-analytics.example>\n"
         "550-Unrouteable address\n550 Sender verify failed"),
    "rejected", False, "", "550")

one("b67-exim-receiver-banned-file-extension.eml", "mail.oriel-accounting.example", 2020, dt(2020, 4, 20, 16, 16, 16),
    "payroll@oriel-accounting.example", "hr@wheldrake-farms.example", "Payslips April",
    smtp("mail.wheldrake-farms.example", "198.51.100.230", "end of data",
         "550 This message contains an attachment of a type which we do not accept (.js)"),
    "policyviolation", False, "", "550")

one("b67-exim-delay-too-many-concurrent-connections.eml", "list.fellrunners.example", 2015, dt(2015, 9, 1, 20, 0, 5),
    "results@fellrunners.example", "member.2231@pennine-broadband.example", "Race results: Three Peaks",
    smtp("mx.pennine-broadband.example", "198.51.100.48", "MAIL FROM:<results@fellrunners.example>",
         "421 Too many concurrent SMTP connections from this IP address; please try again later."),
    "ratelimited", False, "", "421", action="delayed", delay="2 hours")

one("b67-cpanel-exim-delivery-to-pipe-forbidden.eml", "srv07.cheaphost-example.example", 2014, dt(2014, 10, 30, 13, 3, 0),
    "jo.lister@whitby-photo.example", "bookings@moorview-bnb.example", "Availability in November?",
    "delivery to pipe forbidden", "systemerror", False)

one("b67-exim-transport-message-too-big.eml", "smtp.ouse-valley-survey.example", 2022, dt(2022, 5, 5, 11, 11, 11),
    "cad@ouse-valley-survey.example", "planning@selby-council.example", "Drawings for application 22/0412",
    "message is too big (transport limit = 52428800)", "emailtoolarge", False, sw="Exim 4.95")

one("b67-sophos-utm-mimecast-invalid-recipient.eml", "utm.marlow-logistics.example", 2019, dt(2019, 2, 18, 8, 40, 3),
    "dispatch@marlow-logistics.example", "goods.in@henley-retail.example", "Delivery note DN-88112",
    smtp("eu-smtp-inbound-1.mimecast.com", "192.0.2.92", "RCPT TO:<goods.in@henley-retail.example>",
         "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [dGh5cmtlbHBfYQ.uk55]"),
    "userunknown", True, "", "550", vendor="mimecast")

one("b67-exim-mailman-group-mismatch.eml", "lists.ramblers-branch.example", 2010, dt(2010, 1, 15, 19, 19, 19),
    "walks@ramblers-branch.example", "members@lists.ramblers-branch.example", "Sunday walk: Malham Cove",
    "Child process of mailman_transport transport returned 2 from command:\n/usr/lib/mailman/mail/mailman\n"
    "Group mismatch error.  Mailman expected the mail wrapper script to be\n"
    "executed as group \"list\", but the system's mail server executed the\n"
    "mail script as group \"Debian-exim\".",
    "mailererror", False)

one("b67-exim-remote-550-unrouteable-at-relay.eml", "mail.castleton-caves.example", 2013, dt(2013, 7, 30, 12, 0, 45),
    "groups@castleton-caves.example", "teacher@old-school-domain.example", "School trip booking",
    smtp("smarthost.peak-isp.example", "198.51.100.190", "RCPT TO:<teacher@old-school-domain.example>",
         "550 Unrouteable address"),
    "hostunknown", True, "", "550")

one("b67-exim-full-mailbox-452-delay.eml", "mx.ilkley-lido.example", 2018, dt(2018, 8, 15, 14, 0, 0),
    "swim@ilkley-lido.example", "coach.rhona@otley-mail.example", "Gala entries",
    smtp("mail.otley-mail.example", "198.51.100.13", "RCPT TO:<coach.rhona@otley-mail.example>",
         "452 4.2.2 <coach.rhona@otley-mail.example>: Mailbox is full"),
    "mailboxfull", False, "4.2.2", "452", action="delayed", delay="24 hours")

multi("b67-exim-three-recipients-mixed.eml", "mail.swaledale-sheep.example", 2013, dt(2013, 11, 18, 10, 20, 30),
      "secretary@swaledale-sheep.example", "Tup sale catalogue", [
          ("breeder.ellis@muker-farm.example",
           smtp("mx.muker-farm.example", "198.51.100.75", "RCPT TO:<breeder.ellis@muker-farm.example>",
                "550 5.1.1 <breeder.ellis@muker-farm.example>: Recipient address rejected: no such user here"),
           "userunknown", True, "5.1.1", "550", None, None),
          ("auctioneer@hawes-mrt.example", "Unrouteable address", "hostunknown", True, "", "", None, None),
          ("treasurer@swaledale-sheep.example", "mailbox is full", "mailboxfull", False, "", "", None, None),
      ])

multi("b67-exim-dsn-two-recipients-unknown-and-quota.eml", "mx.brockholes-trust.example", 2025,
      dt(2025, 6, 30, 9, 45, 0), "volunteers@brockholes-trust.example", "Nest box survey results", [
          ("ranger.amy@ribble-parks.example",
           smtp("mx.ribble-parks.example", "198.51.100.144", "RCPT TO:<ranger.amy@ribble-parks.example>",
                "550 5.1.1 <ranger.amy@ribble-parks.example>: Mailbox does not exist"),
           "userunknown", True, "5.1.1", "550",
           "smtp; 550 5.1.1 <ranger.amy@ribble-parks.example>: Mailbox does not exist", None),
          ("birds@fylde-naturalists.example",
           smtp("mail.fylde-naturalists.example", "198.51.100.145", "end of data",
                "552 5.2.2 <birds@fylde-naturalists.example>: user has exceeded their storage quota"),
           "mailboxfull", False, "5.2.2", "552",
           "smtp; 552 5.2.2 <birds@fylde-naturalists.example>: user has exceeded their storage quota", None),
      ], style="dsn")

# ================================================================ near-misses: Exim's admin mail, replies, lists


def nb(name, frm, to, subject, date, host, text, extra=(), auto=False, hops=None):
    hops = hops or (f"Received: from root by {host} with local (Exim 4.97)\n\t(envelope-from <root@{host}>)\n"
                    f"\tid {exim_id(name, 2024)}\n\tfor {to.split('<')[-1].rstrip('>')}; {date}")
    write(NB, name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text,
                               extra=extra, auto=auto))


nb("nb-b67-eximstats-daily-report.eml", "root <root@mx1.tallis-acoustics.example>", "postmaster@tallis-acoustics.example",
   "[eximstats] mx1.tallis-acoustics.example daily report", dt(2024, 3, 2, 6, 25, 1), "mx1.tallis-acoustics.example",
   "Exim statistics from 2024-03-01 06:25:01 to 2024-03-02 06:24:58\n\n"
   "Grand total summary\n-------------------\n\n"
   "                                                                  At least one address\n"
   "  TOTAL               Volume    Messages    Addresses   Hosts      Delayed       Failed\n"
   "  Received            48MB        1204                    212     14  1.2%     9  0.7%\n"
   "  Delivered           61MB        1188         1391       301\n"
   "  Rejects                          311                    188\n"
   "  Temp Rejects                      27                     11\n\n"
   "List of errors\n--------------\n\n"
   "    4 retry timeout exceeded\n"
   "    3 SMTP error from remote mail server after RCPT TO:<...>: 550 5.1.1 User unknown\n"
   "    2 Unrouteable address\n\nTop 5 local senders by message count\n"
   "  412  quotes@tallis-acoustics.example\n  201  accounts@tallis-acoustics.example\n",
   extra=[("Auto-Submitted", "auto-generated")])

nb("nb-b67-cpanel-frozen-messages-queue-report.eml", "cPanel on box512.sharedhost-eu.example <cpanel@box512.sharedhost-eu.example>",
   "admin@sharedhost-eu.example", "[box512.sharedhost-eu.example] Mail queue: 37 frozen messages",
   dt(2023, 5, 14, 3, 0, 0), "box512.sharedhost-eu.example",
   "The mail queue on box512.sharedhost-eu.example holds 1,412 messages, 37 of them frozen.\n\n"
   "Frozen messages are usually bounce messages that could not be returned to a\n"
   "sender that does not exist. Oldest frozen message: 1t7QzA-0003fE-2K (4d).\n\n"
   "You can review or delete them in WHM >> Email >> Mail Queue Manager.\n\n"
   "Run \"exiqgrep -z -i | xargs exim -Mrm\" to remove all frozen messages.\n\n"
   "This notice is the result of a request from the \"Mail Queue Monitor\".\n",
   extra=[("Auto-Submitted", "auto-generated"), ("X-Cpanel-Notification", "Mail::QueueMonitor")])

nb("nb-b67-debian-exim4-paniclog-cron.eml", "root <root@ravenglass.example>", "root@ravenglass.example",
   "exim paniclog /var/log/exim4/paniclog on ravenglass.example has non-zero size", dt(2022, 1, 9, 6, 25, 14),
   "ravenglass.example",
   "exim paniclog /var/log/exim4/paniclog on ravenglass.example has non-zero size, mail system might be broken. "
   "The last 10 lines are quoted below.\n\n"
   "2022-01-08 23:14:02 1n6Mxa-0001Cq-9E Cannot open main log file \"/var/log/exim4/mainlog\": Permission denied: "
   "euid=101 egid=103\n"
   "2022-01-08 23:14:02 1n6Mxa-0001Cq-9E failed to open /var/log/exim4/mainlog when writing to main log\n\n"
   "(This check is done by /etc/cron.daily/exim4-base)\n")

nb("nb-b67-logwatch-exim-section.eml", "logwatch@mail.bracken-press.example", "sysadmin@bracken-press.example",
   "Logwatch for mail.bracken-press.example (Linux)", dt(2019, 7, 1, 3, 31, 8), "mail.bracken-press.example",
   " ################### Logwatch 7.4.3 (04/27/16) ####################\n"
   "        Processing Initiated: Mon Jul  1 03:31:07 2019\n        Date Range Processed: yesterday\n\n"
   " --------------------- EXIM Begin ------------------------\n\n"
   " --- Refused Relay (total: 4)\n    550 relay not permitted: 4 Time(s)\n\n"
   " --- Virus Rejected (total: 1)\n    550-This message contains a virus (Win.Trojan.Agent): 1 Time(s)\n\n"
   " --- Message Errors (total: 6)\n    ** dana@old-contact.example: Unrouteable address: 2 Time(s)\n"
   "    == retry timeout exceeded: 4 Time(s)\n\n"
   " ---------------------- EXIM End -------------------------\n\n"
   " --------------------- Disk Space Begin ------------------------\n\n"
   " /dev/sda1        40G   23G   15G  61% /\n\n ---------------------- Disk Space End -------------------------\n")

nb("nb-b67-exim-users-list-retry-question.eml", "Tom Briggs <tom.briggs@ferrybridge-it.example>",
   "exim-users@lists.exim-like.example", "[exim] retry timeout exceeded far too early for one domain",
   dt(2017, 2, 20, 14, 2, 33), "lists.exim-like.example",
   "Hi all,\n\nsince yesterday our bounces for one customer domain say\n\n"
   "    retry timeout exceeded\n\n"
   "after only 40 minutes, although our retry section has\n\n"
   "    *   *   F,2h,15m; G,16h,1h,1.5; F,4d,6h\n\n"
   "exim -brt shows the right rule. Is there a per-host retry record that\n"
   "survives the database tidy? exinext lists nothing.\n\nThanks,\nTom\n\n"
   "-- \n## List details at https://lists.exim-like.example/mailman/listinfo/exim-users\n"
   "## Exim details at http://www.exim.org/\n",
   hops=("Received: from lists.exim-like.example ([198.51.100.250])\n\tby mx.ferrybridge-it.example with esmtps "
         "(Exim 4.89)\n\tid 1cfoq2-0004aD-LP; " + dt(2017, 2, 20, 14, 2, 40)),
   extra=[("List-Id", "Exim users list <exim-users.lists.exim-like.example>"), ("Precedence", "list"),
          ("List-Unsubscribe", "<mailto:exim-users-request@lists.exim-like.example?subject=unsubscribe>")])

nb("nb-b67-customer-reply-re-mail-delivery-failed.eml", "Ann Voss <ann.voss2@fernleigh-mail.example>",
   "orders@kiln-and-crumb.example", "Re: Order #2093 is on its way", dt(2020, 6, 15, 18, 2, 0),
   "fernleigh-mail.example",
   "Hello,\n\nI saw on your website that your confirmation email bounced because I had\n"
   "typed my address wrong at checkout. This one is right: ann.voss2@. Could you\n"
   "resend the tracking number please?\n\nMany thanks,\nAnn\n",
   hops=("Received: from [192.168.0.12] (unknown [198.51.100.177])\n\tby mail.fernleigh-mail.example (Postfix) "
         "with ESMTPSA id 49mQ2T1z;\n\t" + dt(2020, 6, 15, 18, 2, 1)),
   extra=[("In-Reply-To", "<b2f1e0c9d8a7@kiln-and-crumb.example>")])

nb("nb-b67-sophos-utm-quarantine-report.eml", "Sophos UTM Quarantine <postmaster@utm.marlow-logistics.example>",
   "dispatch@marlow-logistics.example", "Daily Quarantine Report for dispatch@marlow-logistics.example",
   dt(2019, 2, 19, 7, 0, 0), "utm.marlow-logistics.example",
   "Quarantine Report\n=================\n\n"
   "During the last 24 hours, 3 messages addressed to you were put into quarantine.\n"
   "You can release them by clicking on the 'Release' link next to each message.\n\n"
   "Date        Sender                          Subject                        Reason\n"
   "2019-02-18  invoice@freight-alerts.example  Overdue invoice #7712          Spam\n"
   "2019-02-18  noreply@parcel-tracker.example  Your parcel could not be deli  Malware\n"
   "2019-02-18  hr-update@payroll-sync.example  Update your details            Spam\n\n"
   "This report is generated by Sophos UTM. Quarantined messages are kept for 14 days.\n",
   extra=[("Auto-Submitted", "auto-generated")])

nb("nb-b67-directadmin-quota-warning-80.eml", "DirectAdmin <admin@da2.webnest-hosting.example>",
   "studio@lumen-architects.example", "Your email account is at 80% of its disk quota",
   dt(2021, 11, 28, 4, 0, 0), "da2.webnest-hosting.example",
   "Hello,\n\nThe email account studio@lumen-architects.example is using 4.0 GB of its 5.0 GB\n"
   "quota (80%). Mail will still be delivered normally.\n\n"
   "To free space, delete old messages or empty the Trash folder, or ask your\n"
   "administrator for a larger quota in DirectAdmin >> E-Mail Accounts.\n\n-- DirectAdmin\n",
   extra=[("Auto-Submitted", "auto-generated")])

nb("nb-b67-dsa-exim4-security-list.eml", "Salvatore Bonaccorso <carnil@debian-like.example>",
   "debian-security-announce@lists.debian-like.example", "[SECURITY] [DSA 5xyz-1] exim4 security update",
   dt(2023, 10, 3, 18, 40, 0), "lists.debian-like.example",
   "-------------------------------------------------------------------------\n"
   "Debian Security Advisory DSA-5xyz-1                   security@debian-like.example\n"
   "October 03, 2023                     https://www.debian-like.example/security/faq\n"
   "-------------------------------------------------------------------------\n\n"
   "Package        : exim4\n\nSeveral vulnerabilities were discovered in Exim, a mail transport agent,\n"
   "which could result in remote code execution if the EXTERNAL or SPA/NTLM\n"
   "authenticators are used.\n\nFor the stable distribution (bookworm), these problems have been fixed in\n"
   "version 4.96-15+deb12u2.\n\nWe recommend that you upgrade your exim4 packages.\n",
   hops=("Received: from bendel.debian-like.example ([198.51.100.249])\n\tby mx.ferrybridge-it.example with esmtps "
         "(Exim 4.96)\n\tid 1qnjxR-000Avc-2D; " + dt(2023, 10, 3, 18, 41, 2)),
   extra=[("List-Id", "<debian-security-announce.lists.debian-like.example>"), ("Precedence", "list")])

nb("nb-b67-exiqsumm-cron-output.eml", "Cron Daemon <root@relay.carnforth-rail.example>", "root@relay.carnforth-rail.example",
   "Cron <root@relay> exim -bp | exiqsumm", dt(2016, 5, 18, 7, 0, 1), "relay.carnforth-rail.example",
   "\nCount  Volume  Oldest  Newest  Domain\n-----  ------  ------  ------  ------\n\n"
   "    3    12KB     26h      2h  steamfair-committee.example\n"
   "    1   4096      5h      5h  bryn-heritage.example\n"
   "---------------------------------------------------------------\n"
   "    4    16KB     26h      2h  TOTAL\n",
   extra=[("X-Cron-Env", "<SHELL=/bin/sh>"), ("X-Cron-Env", "<LOGNAME=root>")])

nb("nb-b67-cpanel-max-hourly-admin-notice.eml", "cPanel on srv07.cheaphost-example.example <cpanel@srv07.cheaphost-example.example>",
   "hosting-admin@cheaphost-example.example",
   "[srv07.cheaphost-example.example] The domain whitby-photo.example reached 100% of its hourly email limit",
   dt(2014, 10, 30, 14, 0, 0), "srv07.cheaphost-example.example",
   "The domain \"whitby-photo.example\" has sent 250 of its 250 allowed outgoing messages\n"
   "in the last hour. Further messages from this domain will be queued until the\n"
   "next hour begins. No mail has been lost.\n\n"
   "If this is unexpected, the account may be compromised; review\n"
   "/var/log/exim_mainlog for the sending script.\n",
   extra=[("Auto-Submitted", "auto-generated"), ("X-Cpanel-Notification", "Mail::SendLimit")])

nb("nb-b67-colleague-pastes-exim-bounce-config.eml", "Priya Nair <priya.nair@greyfriars-it.example>",
   "ops@greyfriars-it.example", "bounce template change for the relays - please review", dt(2024, 4, 9, 11, 31, 0),
   "greyfriars-it.example",
   "Hi team,\n\nbelow is the diff for /etc/exim4/bounce-message, so customers see our\n"
   "helpdesk number in bounces. Nothing else changes.\n\n"
   "-Subject: Mail delivery failed: returning message to sender\n"
   "+Subject: Undeliverable: returning message to sender\n"
   " ****\n This message was created automatically by mail delivery software.\n"
   "+If you need help, call the Greyfriars helpdesk on 0113 496 0999.\n\n"
   "I'll roll it out on Thursday unless someone objects.\n\nPriya\n",
   hops=("Received: from laptop-pn ([198.51.100.42])\n\tby mail.greyfriars-it.example with esmtpsa (Exim 4.97)\n"
         "\tid 1ru8Zq-000Ct7-0x; " + dt(2024, 4, 9, 11, 31, 2)))

write_expected(os.path.join(OUT, "expected.jsonl"))
