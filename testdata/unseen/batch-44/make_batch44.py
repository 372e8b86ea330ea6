#!/usr/bin/env python3
"""Writes testdata/unseen/batch-44: the postmaster mailbox of an ISP's
outbound relays (Northwind Net, nwnet.example, 2010-2020): bounces of its
customers' mail at many destinations, double bounces, queue warnings,
relay and blocklist refusals aimed at the relay IPs, rate limits and the
relays' own notices (Postfix, Exim, Sendmail, Exchange); near-misses in
not-bounce/ (abuse complaints, blocklist notices, feedback-loop mail,
queue reports, customers' questions) and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch44.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

RELAYS = ["smtp-out1.nwnet.example", "smtp-out2.nwnet.example", "relay3.mail.nwnet.example"]
RIP = {"smtp-out1.nwnet.example": "198.51.100.21", "smtp-out2.nwnet.example": "198.51.100.22",
       "relay3.mail.nwnet.example": "198.51.100.23"}


def fixip(ip, name):
    """Provider addresses are written a.b.x.c in the tables; fill x per file."""
    if ip and ".x." in ip:
        return ip.replace(".x.", ".%d." % (int(hashlib.md5(name.encode()).hexdigest()[:2], 16) % 200 + 10))
    return ip


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hops(name, host, sw, date, cust="192.0.2.140"):
    return "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, sw, qid(name), date),
                                            (f"dsl-{cust.replace('.', '-')}.dyn.nwnet.example", cust, host, sw,
                                             qid(name + "c"), date)])


def orig(sender, rcpt, subject, date, name, body="Hi,\n\nsee you on Saturday.\n"):
    return orig_headers(sender, rcpt, subject, date, mid(name + "o", sender.split("@")[1]),
                        "X-Mailer: Microsoft Outlook 14.0\n") + "\n" + body


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
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, host, sender, rs, date, osubj, delay=None, to=None, stage="RCPT TO"):
    """rs: list of (rcpt, status, remote_host, remote_ip, reply_text)."""
    head = POSTFIX_DELAY.format(host=host, hours=delay) if delay else POSTFIX_HEAD.format(host=host)
    tail, recips = "", []
    for rcpt, status, rh, rip, reply in rs:
        rip = fixip(rip, name)
        if rh:
            said = f"host {rh}[{rip}] said: {reply} (in reply to {stage} command)"
            diag = "smtp; " + reply
        else:
            said = reply
            diag = "X-Postfix; " + reply
        tail += textwrap.fill(f"<{rcpt}>: {said}", 76, subsequent_indent="    ", break_long_words=False,
                              break_on_hyphens=False) + "\n\n"
        r = {"final": rcpt, "status": status, "diag": diag, "action": "delayed" if delay else "failed"}
        if rh:
            r["remote"] = rh
        if delay:
            r["will_retry"] = date
        recips.append(r)
    odate = date
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=to or sender,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=date, host=host, hops=hops(name, host, "Postfix", date), text=head + tail,
                    recips=recips, arrival=date,
                    orig=orig_headers(sender, ", ".join(r[0] for r in rs), osubj, odate,
                                      mid(name + "o", sender.split("@")[1])))


def exim(name, host, sender, rs, date, osubj, dsn=False):
    """rs: list of (rcpt, status, remote_host, remote_ip, reply, stage)."""
    lines, recips = "", []
    for rcpt, status, rh, rip, reply, stage in rs:
        rip = fixip(rip, name)
        if rh:
            lines += f"  {rcpt}\n    host {rh} [{rip}]\n    SMTP error from remote mail server after {stage}:\n    {reply}\n"
        else:
            lines += f"  {rcpt}\n    {reply}\n"
        recips.append({"final": rcpt, "status": status, "remote": rh, "diag": "smtp; " + reply if rh else None})
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n" + lines)
    o = orig(sender, ", ".join(r[0] for r in rs), osubj, date, name)
    heads = [hops(name, host, "Exim 4.92" if dsn else "Exim 4.72", date), ("Date", date),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", "Mail delivery failed: returning message to sender"), ("Message-ID", mid(name, host)),
             ("X-Failed-Recipients", ", ".join(r[0] for r in rs)), ("Auto-Submitted", "auto-replied")]
    if dsn:
        bnd = boundary(name)
        from samplelib import delivery_status
        body = multipart("report", [text_part(text), delivery_status(host, recips),
                                    part("message/rfc822", o, cte=None)], bnd, " report-type=delivery-status;")
        return mail(heads, body)
    text += "\n------ This is a copy of the message, including all the headers. ------\n\n" + o
    return mail(heads, "Content-Type: text/plain; charset=us-ascii\n\n" + text)


def exim_delay(name, host, sender, rcpt, date, osubj, hours, reason):
    text = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than {hours} hours on the queue on {host}.

The message identifier is:     1{qid(name, 5)}-000{qid(name + 'x', 2)}-{qid(name + 'y', 2)}
The subject of the message is: {osubj}
The date of the message is:    {date}

The address to which the message has not yet been delivered is:

  {rcpt}
    {reason}

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    return plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender,
                      subject=f"Warning: message 1{qid(name, 5)}-000{qid(name + 'x', 2)}-{qid(name + 'y', 2)} delayed {hours} hours",
                      date=date, host=host, hops=hops(name, host, "Exim 4.84_2", date), text=text,
                      extra=[("X-Failed-Recipients", rcpt)])


def sendmail(name, host, sender, rs, date, osubj, to=None, subject="Returned mail: see transcript for details",
             postmaster=False, delay=None):
    """rs: list of (rcpt, status, remote_host, remote_ip, smtp_reply, short_reason)."""
    if delay:
        head = (f"    **********************************************\n"
                f"    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                f"    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                f"    **********************************************\n\n"
                f"The original message was received at {date}\nfrom dsl-192-0-2-140.dyn.nwnet.example [192.0.2.140]\n\n"
                f"   ----- Transcript of session follows -----\n")
    else:
        head = (f"The original message was received at {date}\nfrom dsl-192-0-2-140.dyn.nwnet.example [192.0.2.140]\n\n"
                f"   ----- The following addresses had permanent fatal errors -----\n")
        for rcpt, status, rh, rip, reply, short in rs:
            head += f"<{rcpt}>\n    (reason: {reply.split(chr(10))[-1]})\n"
        head += "\n   ----- Transcript of session follows -----\n"
    recips = []
    for rcpt, status, rh, rip, reply, short in rs:
        if rh:
            head += f"... while talking to {rh}.:\n>>> RCPT To:<{rcpt}>\n"
            for ln in reply.split("\n"):
                head += f"<<< {ln}\n"
        head += f"{short}\n"
        r = {"final": rcpt, "status": status, "remote": rh, "diag": "smtp; " + reply.split("\n")[-1] if rh else None,
             "action": "delayed" if delay else "failed"}
        recips.append(r)
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=to or sender,
                    subject=subject, date=date, host=host, hops=hops(name, host, "8.14.4/8.14.4", date), text=head,
                    recips=recips, arrival=date,
                    orig=orig_headers(sender if "@" in sender else f"MAILER-DAEMON@{host}",
                                      ", ".join(r[0] for r in rs), osubj, date, mid(name + "o", host)))


def exchange(name, host, sender, rs, date, osubj, ver="2010"):
    """rs: list of (rcpt, status, remote, reply)."""
    lst = "".join(f"{r[0]}\n" for r in rs)
    diag = "".join(f"{r[0]}\n{r[2] or host}\n{'Remote Server returned ' if r[2] else ''}'{r[3]}'\n\n" for r in rs)
    text = (f"Delivery has failed to these recipients or groups:\n\n{lst}\n"
            f"The recipient's e-mail system rejected your message or it could not be delivered.\n\n\n\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{diag}"
            f"Original message headers:\n\nReceived: from dsl-192-0-2-140.dyn.nwnet.example (192.0.2.140) by\n {host}\n"
            f" (Microsoft SMTP Server id 14.3.123.3); {date}\nSubject: {osubj}\n")
    recips = [{"final": r[0], "status": r[1], "remote": r[2], "diag": r[3]} for r in rs]
    return dsn_mail(name, frm=f"Microsoft Exchange <MAILER-DAEMON@{host}>".replace("MAILER-DAEMON", "postmaster"),
                    to=sender, subject=f"Undeliverable: {osubj}", date=date, host=host,
                    hops=hops(name, host, "Microsoft SMTP Server (TLS) id 14.3.123.3", date), text=text,
                    recips=recips, returned="message",
                    orig=orig(sender, ", ".join(r[0] for r in rs), osubj, date, name),
                    extra=[("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")])


C = "nwnet.example"
R1, R2, R3 = RELAYS
GM = ("gmail-smtp-in.l.google.com", "74.125.x.26")
# ================================================================ Postfix relays, customers' bounces
cases = [
    # name, year, relay, sender, [(rcpt, status, rhost, rip, reply)], reason, hard, reply_code, delay
    ("gmail-5.1.1-account-does-not-exist.eml", 2013, R1, "k.warner@" + C,
     [("warner.lakehouse.2009@gmail.com", "5.1.1", "gmail-smtp-in.l.google.com", "173.194.x.26",
       "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/answer/6596 q5si1234567wra.88 - gsmtp")],
     "userunknown", True, "550", None),
    ("gmail-over-quota-2.2.eml", 2015, R2, "dsmith.family@" + C,
     [("grandma.smith.photos@gmail.com", "5.2.2", "gmail-smtp-in.l.google.com", "74.125.x.27",
       "552-5.2.2 The email account that you tried to reach is over quota. Please direct 552-5.2.2 the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaTemp d11si4411032qkb.90 - gsmtp")],
     "mailboxfull", False, "552", None),
    ("gmail-likely-unsolicited-relay-ip.eml", 2017, R1, "newsletter@riverside-bakery." + "example",
     [("pat.oconnor.cooks@gmail.com", "5.7.1", "gmail-smtp-in.l.google.com", "64.233.x.27",
       "550-5.7.1 [198.51.100.21      12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for more information. x4si2233445plb.301 - gsmtp")],
     "spamdetected", False, "550", None),
    ("gmail-5.7.26-unauthenticated-customer-domain.eml", 2019, R2, "office@hartley-dental.example",
     [("appointments.reminder.jj@gmail.com", "5.7.26", "gmail-smtp-in.l.google.com", "108.177.x.26",
       "550-5.7.26 This message does not have authentication information or fails to 550-5.7.26 pass authentication checks. To best protect our users from spam, the 550-5.7.26 message has been blocked. Please visit 550-5.7.26  https://support.google.com/mail/answer/81126#authentication for more 550 5.7.26 information. e7si993324pgs.12 - gsmtp")],
     "authfailure", False, "550", None),
    ("gmail-4.7.28-unusual-rate-delay.eml", 2018, R3, "mailings@parish-stmark.example",
     [("choir.member.ruth@gmail.com", "4.7.28", "gmail-smtp-in.l.google.com", "172.217.x.27",
       "421-4.7.28 [198.51.100.23      15] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-4.7.28 users from spam, mail sent from your IP address has been temporarily 421-4.7.28 rate limited. Please visit 421-4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.28 review our Bulk Email Senders Guidelines. z3si1000222qtn.41 - gsmtp")],
     "ratelimited", False, "421", 4),
    ("yahoo-dd-no-account.eml", 2012, R1, "bobandlinda@" + C,
     [("linda_cruise_1961@yahoo.com", "5.0.0", "mta7.am0.yahoodns.net", "98.138.x.38",
       "554 delivery error: dd This user doesn't have a yahoo.com account (linda_cruise_1961@yahoo.com) [0] - mta1144.mail.ne1.yahoo.com")],
     "userunknown", True, "554", None),
    ("yahoo-ts01-deferred-complaints.eml", 2014, R2, "club.secretary@" + C,
     [("harbor_sailing_club@yahoo.com", "4.7.0", "mta5.am0.yahoodns.net", "98.136.x.140",
       "421 4.7.0 [TS01] Messages from 198.51.100.22 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html")],
     "badreputation", False, "421", 6),
    ("yahoo-bl21-spamhaus-listed.eml", 2011, R3, "jhuang@" + C,
     [("ming.huang88@yahoo.com", "5.7.1", "mta6.am0.yahoodns.net", "66.196.x.103",
       "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.23, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html")],
     "blocked", False, "553", None),
    ("yahoo-mailbox-not-found-552.eml", 2016, R1, "treasurer@little-league-east.example",
     [("coach.dominguez@yahoo.com", "5.0.0", "mta6.am0.yahoodns.net", "67.195.x.29",
       "552 1 Requested mail action aborted, mailbox not found")],
     "userunknown", True, "552", None),
    ("hotmail-mailbox-unavailable-2011.eml", 2011, R2, "grace.p@" + C,
     [("tommy_b_1999@hotmail.com", "5.0.0", "mx1.hotmail.com", "65.55.x.135",
       "550 Requested action not taken: mailbox unavailable (1394307613:2848:-2147467259)")],
     "userunknown", True, "550", None),
    ("hotmail-dy001-dynamic-range.eml", 2012, R1, "shop@craftcorner.example",
     [("emily.rose.knits@hotmail.com", "5.0.0", "mx3.hotmail.com", "65.55.x.71",
       "550 DY-001 (SNT0-MC4-F14) Unfortunately, messages from 198.51.100.21 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.")],
     "blocked", False, "550", None),
    ("hotmail-rp001-hourly-limit.eml", 2013, R3, "alerts@storage-units-north.example",
     [("unit42.renter@hotmail.com", "4.0.0", "mx4.hotmail.com", "65.54.x.62",
       "421 RP-001 (BAY004-MC1F50) Unfortunately, some messages from 198.51.100.23 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.")],
     "ratelimited", False, "421", 4),
    ("outlookcom-s3140-network-on-block-list.eml", 2016, R2, "frontdesk@lakeview-motel.example",
     [("booking.reyes@outlook.com", "5.7.1", "mx1.hotmail.com", "104.47.x.33",
       "550 5.7.1 Unfortunately, messages from [198.51.100.22] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [VE1EUR03FT012.eop-EUR03.prod.protection.outlook.com]")],
     "blocked", False, "550", None),
    ("outlookcom-5.5.0-mailbox-unavailable.eml", 2018, R1, "m.keane@" + C,
     [("keane.brothers.roofing@outlook.com", "5.5.0", "outlook-com.olc.protection.outlook.com", "104.47.x.33",
       "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5EUR03FT021.eop-EUR03.prod.protection.outlook.com]")],
     "userunknown", True, "550", None),
    ("aol-mailbox-not-found.eml", 2012, R3, "susan.k@" + C,
     [("sewingsue1947@aol.com", "5.0.0", "mailin-01.mx.aol.com", "64.12.x.143",
       "550 MAILBOX NOT FOUND")],
     "userunknown", True, "550", None),
    ("aol-rly-b1-ip-blocked.eml", 2010, R1, "rentals@beachhouse-seven.example",
     [("dcfamilytrip@aol.com", "5.0.0", "mailin-02.mx.aol.com", "205.188.x.88",
       "554- (RLY:B1)  http://postmaster.info.aol.com/errors/554rlyb1.html 554 Connecting IP: 198.51.100.21")],
     "blocked", False, "554", None),
    ("aol-mailbox-full-552.eml", 2011, R2, "nana.vogel@" + C,
     [("bvogel1950@aol.com", "5.0.0", "mailin-03.mx.aol.com", "64.12.x.138",
       "552 5.2.2 <bvogel1950@aol.com>: mailbox full")],
     "mailboxfull", False, "552", None),
    ("comcast-bl004-blocked-for-spam.eml", 2015, R3, "info@greenway-landscaping.example",
     [("joe.and.maria.p@comcast.net", "5.7.1", "mx1.comcast.net", "68.87.x.150",
       "554 resimta-po-21v.sys.comcast.net comcast 198.51.100.23 Comcast BL004 Blocked for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000004")],
     "blocked", False, "554", None),
    ("comcast-user-unknown-rcpt.eml", 2014, R1, "carol.finch@" + C,
     [("finchfamily.denver@comcast.net", "5.1.1", "mx2.comcast.net", "96.114.x.20",
       "550 5.1.1 <finchfamily.denver@comcast.net> user unknown")],
     "userunknown", True, "550", None),
    ("comcast-rl000001-throttled.eml", 2016, R2, "bulletin@westside-hoa.example",
     [("pool.committee.chair@comcast.net", "4.1.0", "mx2.comcast.net", "96.114.x.21",
       "421 4.1.0 mx2.comcast.net: 198.51.100.22 Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001")],
     "ratelimited", False, "421", 4),
    ("gmx-mailbox-unavailable.eml", 2017, R1, "h.baumann@" + C,
     [("baumann.petra@gmx.de", "5.0.0", "mx00.emig.gmx.net", "212.227.x.10",
       "550 Requested action not taken: mailbox unavailable")],
     "userunknown", True, "550", None),
    ("gmx-exceeded-storage-allocation.eml", 2014, R3, "wolfgang.r@" + C,
     [("oma.rieger@gmx.net", "5.0.0", "mx01.emig.gmx.net", "212.227.x.17",
       "552 Requested mail action aborted: exceeded storage allocation")],
     "mailboxfull", False, "552", None),
    ("orange-ofr-416-invalid-recipient.eml", 2019, R2, "claire.martin@" + C,
     [("famille.martin.lyon@orange.fr", "5.1.1", "smtp-in.orange.fr", "193.252.x.59",
       "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]")],
     "userunknown", True, "550", None),
    ("orange-too-many-connections-delay.eml", 2018, R1, "newsletter@fromagerie-dupuis.example",
     [("jacques.lefevre71@orange.fr", "4.0.0", "smtp-in.orange.fr", "193.252.x.60",
       "421 mwinf5c26 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]")],
     "ratelimited", False, "421", 4),
    ("corp-postfix-virtual-table-unknown.eml", 2016, R3, "quotes@precision-tooling.example",
     [("purchasing.lead@fabrikam-industries.example", "5.1.1", "mail.fabrikam-industries.example", "203.0.113.40",
       "550 5.1.1 <purchasing.lead@fabrikam-industries.example>: Recipient address rejected: User unknown in virtual mailbox table")],
     "userunknown", True, "550", None),
    ("corp-postfix-size-fixed-limit.eml", 2013, R1, "architect.m@" + C,
     [("plans@contoso-builders.example", "5.3.4", "mx.contoso-builders.example", "203.0.113.12",
       "552 5.3.4 Message size exceeds fixed limit")],
     "emailtoolarge", False, "552", None),
    ("corp-postfix-cannot-find-hostname.eml", 2012, R2, "chris.b@" + C,
     [("sales@tailspin-outdoor.example", "4.7.1", "mail.tailspin-outdoor.example", "203.0.113.77",
       "450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.22]")],
     "requireptr", False, "450", 4),
    ("spamhaus-zen-client-host-blocked.eml", 2014, R1, "accounts@hillside-plumbing.example",
     [("ap@woodgrove-supply.example", "5.7.1", "mx1.woodgrove-supply.example", "203.0.113.91",
       "554 5.7.1 Service unavailable; Client host [198.51.100.21] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.21")],
     "blocked", False, "554", None),
    ("barracuda-reputation-blocked.eml", 2015, R3, "kim.lee@" + C,
     [("hr@litware-logistics.example", "5.7.1", "barracuda.litware-logistics.example", "203.0.113.55",
       "554 Service unavailable; Client host [198.51.100.23] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.23")],
     "blocked", False, "554", None),
    ("spamcop-bl-blocked-see.eml", 2011, R2, "pastor.dave@" + C,
     [("office@graceview-church.example", "5.7.1", "mail.graceview-church.example", "203.0.113.18",
       "554 5.7.1 Service unavailable; Client host [198.51.100.22] blocked using bl.spamcop.net; Blocked - see http://www.spamcop.net/bl.shtml?198.51.100.22")],
     "blocked", False, "554", None),
    ("cloudmark-csi-listed.eml", 2019, R1, "orders@" + "bluefin-tackle.example",
     [("customer.care@northwind-marine.example", "5.7.1", "mx.northwind-marine.example", "203.0.113.63",
       "550 5.7.1 Service unavailable; Client host [198.51.100.21] blocked using csi.cloudmark.com; IP listed by Cloudmark Sender Intelligence, see https://csi.cloudmark.com/reset-request/?ip=198.51.100.21")],
     "blocked", False, "550", None),
    ("carrier-vtext-invalid-recipient.eml", 2013, R3, "dispatch@ace-towing.example",
     [("5555550142@vtext.com", "5.1.1", "smtp-sl.vtext.com", "66.174.x.47",
       "550 5.1.1 <5555550142@vtext.com>: Recipient address rejected: Invalid recipient")],
     "userunknown", True, "550", None),
    ("att-valid-reverse-dns.eml", 2017, R2, "j.ortiz@" + C,
     [("ortiz.rental.office@att.net", "5.7.1", "al-ip4-mx-vip1.prodigy.net", "144.160.x.36",
       "550 5.7.1 Connections not accepted from servers without a valid sender domain.flph829 Fix reverse DNS for 198.51.100.22")],
     "requireptr", False, "550", None),
    ("relay-host-not-found-typo-domain.eml", 2013, R1, "anne.g@" + C,
     [("anne.gorski@gmial.com", "5.4.4", None, None,
       "Host or domain name not found. Name service error for name=gmial.com type=A: Host not found")],
     "hostunknown", True, "", None),
    ("relay-connection-timed-out-delay.eml", 2015, R2, "m.novak@" + C,
     [("office@smallfirm-accounting.example", "4.4.1", None, None,
       "connect to mail.smallfirm-accounting.example[203.0.113.150]:25: Connection timed out")],
     "networkerror", False, "", 4),
    ("corp-postfix-too-many-recipients-452.eml", 2019, R3, "scout.troop12@" + C,
     [("parents@troop12-council.example", "4.5.3", "mx.troop12-council.example", "203.0.113.9",
       "452 4.5.3 Error: too many recipients")],
     "ratelimited", False, "452", 4),
]
for name, year, relay, sender, rs, reason, hard, code, delay in cases:
    d = dt(year, 3 + len(name) % 9, 1 + len(name) % 27, 4 + len(name) % 17, len(name) % 60, 11, "-0500")
    write(OUT, name, postfix(name, relay, sender, rs, d, "Re: " + name.split("-")[0] + " plans", delay=delay))
    for r in rs:
        expect(name, r[0], reason, hard=hard, status=r[1], reply=code, action="delayed" if delay else "failed",
               vendor="postfix")

# ---------------------------------------------------------------- Postfix double bounce to postmaster
n = "postfix-double-bounce-backscatter.eml"
d = dt(2014, 6, 2, 3, 44, 10, "-0500")
write(OUT, n, dsn_mail(n, frm=f"MAILER-DAEMON@{R1} (Mail Delivery System)", to=f"postmaster@{C}",
                       subject="Undelivered Mail Returned to Sender", date=d, host=R1, hops=hops(n, R1, "Postfix", d),
                       text=POSTFIX_HEAD.format(host=R1) +
                       "<vbkqqz@hotdeals-pharm.example>: Host or domain name not found. Name service error\n"
                       "    for name=hotdeals-pharm.example type=MX: Host not found, try again\n",
                       recips=[{"final": "vbkqqz@hotdeals-pharm.example", "status": "5.4.4",
                                "diag": "X-Postfix; Host or domain name not found. Name service error for name=hotdeals-pharm.example type=MX: Host not found, try again"}],
                       orig="Return-Path: <>\nFrom: MAILER-DAEMON@smtp-out1.nwnet.example (Mail Delivery System)\n"
                            "To: vbkqqz@hotdeals-pharm.example\nSubject: Undelivered Mail Returned to Sender\n"
                            f"Date: {d}\nMessage-ID: {mid(n + 'b', R1)}\nAuto-Submitted: auto-replied\n"))
expect(n, "vbkqqz@hotdeals-pharm.example", "hostunknown", hard=True, status="5.4.4", vendor="postfix")

n = "postfix-postmaster-copy-relay-denied.eml"
d = dt(2016, 9, 14, 22, 5, 40, "-0500")
write(OUT, n, dsn_mail(n, frm=f"MAILER-DAEMON@{R2} (Mail Delivery System)", to=f"postmaster@{C}",
                       subject="Postmaster Copy: Undelivered Mail", date=d, host=R2, hops=hops(n, R2, "Postfix", d),
                       text=POSTFIX_HEAD.format(host=R2) +
                       "<staff@old-partner-firm.example>: host smarthost.old-partner-firm.example[203.0.113.201] said:\n"
                       "    554 5.7.1 <staff@old-partner-firm.example>: Relay access denied (in reply to\n    RCPT TO command)\n",
                       recips=[{"final": "staff@old-partner-firm.example", "status": "5.7.1",
                                "remote": "smarthost.old-partner-firm.example",
                                "diag": "smtp; 554 5.7.1 <staff@old-partner-firm.example>: Relay access denied"}],
                       orig=orig_headers("r.ames@" + C, "staff@old-partner-firm.example", "invoice 2231", d,
                                         mid(n + "o", C))))
expect(n, "staff@old-partner-firm.example", "norelaying", status="5.7.1", reply="554", vendor="postfix")

# ================================================================ Exim relays
ex_cases = [
    ("exim-uceprotect-level2.eml", R3, "verein.vorstand@" + C,
     [("kasse@sportverein-talheim.example", "5.7.1", "mx.sportverein-talheim.example", "203.0.113.120",
       "550 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using dnsbl-2.uceprotect.net; Net 198.51.100.0/24 is UCEPROTECT-Level2 listed because 31 abusers are hosted by you. See http://www.uceprotect.net/rblcheck.php?ipr=198.51.100.23",
       "RCPT TO:<kasse@sportverein-talheim.example>")], "blocked", False, "550", False, 2013),
    ("exim-retry-timeout-exceeded.eml", R1, "d.pryce@" + C,
     [("bookings@holiday-cottage-wales.example", "", None, None, "retry timeout exceeded", "")],
     "expired", False, "", False, 2012),
    ("exim-unrouteable-mail-domain.eml", R2, "kate.simmons@" + C,
     [("kate@simmons-famliy.example", "", None, None, 'Unrouteable address', "")],
     "hostunknown", True, "", False, 2011),
    ("exim-gmx-ip-blacklisted.eml", R3, "ute.krause@" + C,
     [("krause.thomas@gmx.de", "5.0.0", "mx00.emig.gmx.net", "212.227.x.15",
       "554-gmx.net (mxgmx015) Nemesis ESMTP Service not available\n    554-No SMTP service\n    554-IP address is black listed.\n    554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=198.51.100.23&r=1MxYz8-1aBcDe0",
       "initial connection")], "blocked", False, "554", True, 2018),
    ("exim-corp-exchange-mailbox-full.eml", R1, "tonyg@" + C,
     [("j.ferreira@adventure-works.example", "5.2.2", "mail.adventure-works.example", "203.0.113.44",
       "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.",
       "end of data")], "mailboxfull", False, "552", True, 2016),
    ("exim-not-configured-to-relay.eml", R2, "lisa.t@" + C,
     [("events@harborview-hall.example", "5.7.1", "mail.harborview-hall.example", "203.0.113.88",
       "550 5.7.1 Unable to relay for events@harborview-hall.example", "RCPT TO:<events@harborview-hall.example>")],
     "norelaying", False, "550", True, 2014),
    ("exim-proofpoint-ipcheck-blocked.eml", R3, "grants@community-arts-fund.example",
     [("program.officer@wingtip-foundation.example", "5.7.0", "mx0a-00112233.pphosted.com", "148.163.x.20",
       "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.23", "initial connection")],
     "blocked", False, "554", True, 2020),
    ("exim-t-mobile-user-unknown.eml", R1, "alerts@" + C,
     [("5555550177@tmomail.net", "5.1.1", "mx1.tmomail.net", "66.94.x.10",
       "550 5.1.1 <5555550177@tmomail.net>... User unknown", "RCPT TO:<5555550177@tmomail.net>")],
     "userunknown", True, "550", False, 2012),
    ("exim-content-spam-score.eml", R2, "deals@cheap-wheels-auto.example",
     [("fleet@contoso-transport.example", "5.7.1", "mx.contoso-transport.example", "203.0.113.71",
       "550 5.7.1 Message rejected as spam by Content Filtering (score 12.4 > 8.0)", "end of data")],
     "spamdetected", False, "550", True, 2017),
]
for name, relay, sender, rs, reason, hard, code, dsn, year in ex_cases:
    d = dt(year, 2 + len(name) % 10, 2 + len(name) % 25, 5 + len(name) % 15, len(name) % 60, 33, "+0000")
    write(OUT, name, exim(name, relay, sender, rs, d, "Re: " + name.split("-")[1] + " question", dsn=dsn))
    for r in rs:
        expect(name, r[0], reason, hard=hard, status=r[1] if dsn else "", reply=code, vendor="exim")

ed = [
    ("exim-delay-24h-connection-refused.eml", R3, "ron.hall@" + C, "info@shoreline-realty.example", 24,
     "host mail.shoreline-realty.example [203.0.113.33]: Connection refused", "networkerror", 2014),
    ("exim-delay-mailbox-full-452.eml", R1, "beth.a@" + C, "aunt.martha@corp-mail.example", 48,
     "SMTP error from remote mail server after RCPT TO:<aunt.martha@corp-mail.example>:\n    host mx.corp-mail.example [203.0.113.5]: 452 4.2.2 Mailbox full", "mailboxfull", 2016),
]
for name, relay, sender, rcpt, hrs, why, reason, year in ed:
    d = dt(year, 10, 3 + hrs % 20, 7, 12, 0, "+0100")
    write(OUT, name, exim_delay(name, relay, sender, rcpt, d, "family reunion photos", hrs, why))
    expect(name, rcpt, reason, status="", reply="452" if "452" in why else "", action="delayed", vendor="exim")

# ================================================================ Sendmail relays
sm = [
    ("sendmail-user-unknown-corp.eml", R2, "frank.d@" + C,
     [("r.tanaka@proseware-design.example", "5.1.1", "mail.proseware-design.example", "203.0.113.101",
       "550 5.1.1 <r.tanaka@proseware-design.example>... User unknown", "550 5.1.1 <r.tanaka@proseware-design.example>... User unknown")],
     "userunknown", True, "550", 2010),
    ("sendmail-relaying-denied-ip-lookup.eml", R1, "office@" + C,
     [("help@fourthcoffee-roasters.example", "5.7.1", "mx.fourthcoffee-roasters.example", "203.0.113.131",
       "550 5.7.1 <help@fourthcoffee-roasters.example>... Relaying denied. IP name lookup failed [198.51.100.21]",
       "550 5.7.1 <help@fourthcoffee-roasters.example>... Relaying denied. IP name lookup failed [198.51.100.21]")],
     "norelaying", False, "550", 2011),
    ("sendmail-mailbox-disabled-corp.eml", R3, "peter.l@" + C,
     [("a.kowalski@margie-travel.example", "5.2.1", "mx.margie-travel.example", "203.0.113.66",
       "550 5.2.1 <a.kowalski@margie-travel.example>... Mailbox disabled for this recipient",
       "550 5.2.1 <a.kowalski@margie-travel.example>... Mailbox disabled for this recipient")],
     "suspend", False, "550", 2013),
    ("sendmail-spamhaus-pbl-rejected.eml", R2, "hannah.w@" + C,
     [("library@lucerne-college.example", "5.7.1", "mx.lucerne-college.example", "203.0.113.212",
       "550 5.7.1 Mail from 198.51.100.22 refused - see http://www.spamhaus.org/query/bl?ip=198.51.100.22",
       "550 5.7.1 <library@lucerne-college.example>... Mail from 198.51.100.22 refused - see http://www.spamhaus.org/query/bl?ip=198.51.100.22")],
     "blocked", False, "550", 2012),
    ("sendmail-too-many-connections-421.eml", R1, "promo@cityside-gym.example",
     [("members@fitness-partners.example", "4.7.0", "mx.fitness-partners.example", "203.0.113.17",
       "421 4.7.0 mx.fitness-partners.example Too many concurrent SMTP connections from this IP address; please try again later",
       "Deferred: 421 4.7.0 mx.fitness-partners.example Too many concurrent SMTP connections from this IP address; please try again later")],
     "ratelimited", False, "421", 2015),
]
for name, relay, sender, rs, reason, hard, code, year in sm:
    d = dt(year, 5 + len(name) % 7, 3 + len(name) % 24, 9 + len(name) % 12, len(name) % 60, 5, "-0600")
    delay = code.startswith("4")
    write(OUT, name, sendmail(name, relay, sender, rs, d, "meeting notes", delay=delay,
                              subject="Warning: could not send message for past 4 hours" if delay else
                              "Returned mail: see transcript for details"))
    for r in rs:
        expect(name, r[0], reason, hard=hard, status=r[1], reply=code, action="delayed" if delay else "failed",
               vendor="sendmail")

# Sendmail double bounce to postmaster: the bounce to a forged sender came back
n = "sendmail-postmaster-notify-double-bounce.eml"
d = dt(2010, 11, 8, 2, 14, 51, "-0600")
write(OUT, n, sendmail(n, R1, "<>", [("mrx.pills@forged-sender.example", "5.1.1", "mx.forged-sender.example",
                                      "203.0.113.222", "550 5.1.1 <mrx.pills@forged-sender.example>... No such user here",
                                      "550 5.1.1 <mrx.pills@forged-sender.example>... User unknown")],
                       d, "Returned mail: see transcript for details", to=f"postmaster@{C}",
                       subject="Postmaster notify: see transcript for details"))
expect(n, "mrx.pills@forged-sender.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="sendmail")

# ================================================================ Exchange (the ISP's hosted-business relay)
xc = [
    ("exchange-resolver-recipnotfound.eml", "hx01.biz.nwnet.example", "owner@sunrise-florist.example",
     [("manager@sunrise-florist.example", "5.1.1", None, "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##")],
     "userunknown", True, "550", 2012),
    ("exchange-storedrv-mailbox-full.eml", "hx02.biz.nwnet.example", "sales@oak-and-iron.example",
     [("warehouse@oak-and-iron.example", "5.2.2", None, "#550 5.2.2 STOREDRV.Deliver: mailbox full ##")],
     "mailboxfull", False, "550", 2014),
    ("exchange-nonexistent-domain.eml", "hx01.biz.nwnet.example", "owner@sunrise-florist.example",
     [("weddings@sunrise-flowers-co.example", "5.4.4", None, "#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##")],
     "hostunknown", True, "554", 2015),
    ("exchange-queue-expired.eml", "hx02.biz.nwnet.example", "reception@brightsmile-dental.example",
     [("claims@insurer-portal.example", "4.4.7", None, "#550 4.4.7 QUEUE.Expired; message expired ##")],
     "expired", False, "550", 2013),
    ("exchange-remote-yahoo-disabled-102.eml", "hx01.biz.nwnet.example", "admin@clearwater-tax.example",
     [("bill_r_clearwater@yahoo.com", "5.0.0", "mta7.am0.yahoodns.net",
       "#554 delivery error: dd Sorry your message to bill_r_clearwater@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta1203.mail.bf1.yahoo.com ##")],
     "suspend", False, "554", 2014),
    ("exchange-message-size-limit.eml", "hx02.biz.nwnet.example", "drafting@meridian-surveys.example",
     [("permits@county-planning.example", "5.3.4", "mail.county-planning.example",
       "#552 5.3.4 Message size exceeds maximum permitted ##")],
     "emailtoolarge", False, "552", 2019),
]
for name, host, sender, rs, reason, hard, code, year in xc:
    d = dt(year, 1 + len(name) % 12, 1 + len(name) % 28, 8 + len(name) % 10, len(name) % 60, 27, "-0500")
    write(OUT, name, exchange(name, host, sender, rs, d, "Order confirmation " + str(len(name))))
    for r in rs:
        expect(name, r[0], reason, hard=hard, status=r[1], reply=code, vendor="exchange")

# ================================================================ relay's own refusals (plain text, non-DSN)
n = "submission-relay-refused-outside-network.eml"
d = dt(2012, 7, 19, 14, 2, 0, "-0500")
GW = "gw.joe-homeoffice.example"  # the customer's own server, smarthosting through relay3
write(OUT, n, plain_mail(n, frm=f"Mail Delivery System <MAILER-DAEMON@{GW}>", to="traveller.joe@" + C,
                         subject="Undelivered Mail Returned to Sender", date=d, host=GW,
                         hops=hops(n, GW, "Postfix", d, cust="203.0.113.250"),
                         text=POSTFIX_HEAD.format(host=GW) +
                         "<mom.and.dad@farmhouse-mail.example>: host relay3.mail.nwnet.example[198.51.100.23] said:\n"
                         "    554 5.7.1 <mom.and.dad@farmhouse-mail.example>: Relay access denied; you are\n"
                         "    not connected from the Northwind Net network, please authenticate on port 587\n"
                         "    (in reply to RCPT TO command)\n"))
expect(n, "mom.and.dad@farmhouse-mail.example", "norelaying", status="", reply="554", vendor="postfix")

n = "smtp-auth-failed-smarthost.eml"
d = dt(2017, 3, 6, 9, 40, 12, "-0500")
write(OUT, n, postfix(n, "mail.printshop-westend.example", "jobs@printshop-westend.example",
                      [("customer@parkside-cafe.example", "5.7.8", R1, RIP[R1],
                        "535 5.7.8 Error: authentication failed: authentication failure")], d, "proofs ready",
                      stage="AUTH"))
expect(n, "customer@parkside-cafe.example", "securityerror", status="5.7.8", reply="535", vendor="postfix")

n = "exim-sender-verify-rejected.eml"
d = dt(2013, 8, 22, 16, 18, 44, "+0000")
write(OUT, n, exim(n, R2, "noreply@" + C,
                   [("orders@mainstreet-hardware.example", "", "mx.mainstreet-hardware.example", "203.0.113.14",
                     "550 5.1.8 <noreply@nwnet.example>: Sender address rejected: Domain not found", "MAIL FROM:<noreply@nwnet.example> SIZE=2231")],
                   d, "Your statement is ready"))
expect(n, "orders@mainstreet-hardware.example", "rejected", reply="550", vendor="exim")

n = "proofpoint-dmarc-reject.eml"
d = dt(2018, 4, 11, 13, 5, 20, "-0500")
write(OUT, n, postfix(n, R2, "billing@paypaI-secure.example".replace("I", "l"),
                      [("finance@fabrikam-industries.example", "5.7.1", "mx0b-00445566.pphosted.com", "148.163.x.21",
                        "550 5.7.1 Email rejected per DMARC policy for paypal-secure.example")], d, "Invoice", stage="end of DATA"))
expect(n, "finance@fabrikam-industries.example", "authfailure", status="5.7.1", reply="550", vendor="postfix")

n = "virus-found-corp-gateway.eml"
d = dt(2011, 5, 30, 10, 2, 40, "-0500")
write(OUT, n, postfix(n, R1, "tim.c@" + C,
                      [("reception@alpine-ski-house.example", "5.7.1", "mx.alpine-ski-house.example", "203.0.113.3",
                        "554 5.7.1 Rejected: message contains a virus (Win32.Worm.Mydoom.M)")], d, "photos", stage="end of DATA"))
expect(n, "reception@alpine-ski-house.example", "virusdetected", status="5.7.1", reply="554", vendor="postfix")

n = "two-recipients-full-and-unknown.eml"
d = dt(2015, 12, 20, 19, 44, 2, "-0500")
write(OUT, n, postfix(n, R3, "holidaycards@" + C,
                      [("uncle.ray@fabrikam-mail.example", "5.2.2", "mx.fabrikam-mail.example", "203.0.113.28",
                        "552 5.2.2 <uncle.ray@fabrikam-mail.example>: Recipient address rejected: Mailbox is over quota"),
                       ("cousin.amy@fabrikam-mail.example", "5.1.1", "mx.fabrikam-mail.example", "203.0.113.28",
                        "550 5.1.1 <cousin.amy@fabrikam-mail.example>: Recipient address rejected: No such user")],
                      d, "Happy holidays from the Reeds"))
expect(n, "uncle.ray@fabrikam-mail.example", "mailboxfull", status="5.2.2", reply="552", vendor="postfix")
expect(n, "cousin.amy@fabrikam-mail.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="postfix")

# ================================================================ near-misses: the postmaster mailbox's other mail
PM = f"postmaster@{C}"
ABUSE = f"abuse@{C}"


def person(name, frm, to, subject, date, text, host, extra=(), sw="Postfix", ip="203.0.113.190"):
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n" +
             received([(f"mail.{host}", ip, R1, sw, qid(name), date, to.split('<')[-1].rstrip('>'))]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text))


def person_fwd(name, frm, to, subject, date, text, fwd, host, extra=()):
    body = multipart("mixed", [text_part(text), part("message/rfc822", fwd, cte=None)], boundary(name))
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n" +
             received([(f"mail.{host}", "203.0.113.190", R1, "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body)


SPAM = orig_headers("deals@" + C, "victim.inbox@woodgrove-mail.example", "Lowest prices on watches!!!",
                    dt(2013, 4, 2, 8, 1, 1, "-0500"), mid("spamsample", C),
                    "Received: from dsl-192-0-2-77.dyn.nwnet.example ([192.0.2.77])\n\tby smtp-out2.nwnet.example "
                    "(Postfix) with ESMTP id 3F2A1C0B7;\n\tTue, 02 Apr 2013 08:01:01 -0500\n") + \
    "\nReplica watches, 90% off. Click here: http://watches.example/\n"

nb = []
nb.append(("nb-abuse-complaint-forwarded-by-person.eml", person_fwd(
    "nb-abuse-complaint-forwarded-by-person.eml", "Harold Nguyen <hnguyen@woodgrove-mail.example>", ABUSE,
    "Spam from your network - please stop this", dt(2013, 4, 2, 9, 15, 0, "-0500"),
    "Hello,\n\nI keep getting junk like the attached from one of your customers (look at the\n"
    "Received line, 192.0.2.77 is yours). Third one this week. Please deal with it.\n\nHarold Nguyen\n",
    SPAM, "woodgrove-mail.example")))
nb.append(("nb-customer-why-did-gmail-refuse.eml", person(
    "nb-customer-why-did-gmail-refuse.eml", "Diane Shaw <dshaw@" + C + ">", PM,
    "Why does my mail to my daughter keep coming back??", dt(2016, 2, 9, 20, 31, 0, "-0500"),
    "Hi,\n\nEvery email I send to my daughter at her gmail comes back with a long message\n"
    "saying something about \"not delivered\" and \"try again later\". I have not changed\n"
    "anything. Her address is correct, I have used it for years. Is your server broken?\n"
    "I pay for this service every month.\n\nDiane Shaw\naccount 4471-229\n", "nwnet.example")))
nb.append(("nb-customer-asks-about-blacklist.eml", person(
    "nb-customer-asks-about-blacklist.eml", "Rob Kessler <rob@kessler-insurance.example>", PM,
    "Are your servers blacklisted?", dt(2014, 10, 21, 8, 2, 0, "-0500"),
    "Good morning,\n\nTwo of my clients told me my emails end up in their spam folder, and one\n"
    "said his IT guy found your mail server on some block list. Can you check if\n"
    "smtp-out2.nwnet.example is listed anywhere and let me know what I should do on\n"
    "my end? My SPF record lists your servers as you told me.\n\nThanks,\nRob Kessler\n"
    "Kessler Insurance Agency\n", "kessler-insurance.example")))
nb.append(("nb-barracuda-removal-request-received.eml", person(
    "nb-barracuda-removal-request-received.eml", "Barracuda Central <no-reply@barracudacentral.org>", PM,
    "Barracuda Reputation System: removal request received", dt(2015, 3, 3, 14, 20, 0, "-0800"),
    "Thank you for submitting your request for removal from the Barracuda Reputation\nBlock List (BRBL).\n\n"
    "IP address: 198.51.100.23\nRequest ID: 1425420011-8841\n\n"
    "Your request will be reviewed within 12 hours. If the IP address is found to\n"
    "be a legitimate mail server that is not sending spam, it will be removed.\n"
    "Please do not submit more than one request for the same IP address.\n\nBarracuda Central\n",
    "barracudacentral.org")))
nb.append(("nb-spamhaus-sbl-listing-notice.eml", person(
    "nb-spamhaus-sbl-listing-notice.eml", "Spamhaus SBL Team <sbl-team@spamhaus.org>", ABUSE,
    "SBL listing: 198.51.100.0/28 (nwnet.example) - spam source", dt(2012, 8, 14, 6, 1, 0, "+0000"),
    "This is a notification that the following range has been added to the Spamhaus\nBlock List:\n\n"
    "  SBL143377   198.51.100.0/28   nwnet.example   spam source\n\n"
    "Evidence: snowshoe spam operation sending from these addresses through your\n"
    "outbound relays since 2012-08-09. Spam samples are available on request.\n\n"
    "Removal is automatic once the issue is resolved and you reply to this ticket.\n\n-- \nThe Spamhaus Project\n",
    "spamhaus.org")))
nb.append(("nb-spamhaus-delisted-confirmation.eml", person(
    "nb-spamhaus-delisted-confirmation.eml", "Spamhaus SBL Team <sbl-team@spamhaus.org>", ABUSE,
    "Re: SBL listing: 198.51.100.0/28 (nwnet.example) - removed", dt(2012, 8, 17, 11, 40, 0, "+0000"),
    "Thank you for terminating the customer. SBL143377 has been removed.\n\n"
    "Please keep an eye on your network for the same operator returning under a new\nname.\n\n-- \nThe Spamhaus Project\n",
    "spamhaus.org")))
nb.append(("nb-spamcop-report-to-abuse.eml", person(
    "nb-spamcop-report-to-abuse.eml", "SpamCop <1234567890@reports.spamcop.net>", ABUSE,
    "[SpamCop (http://watches.example/) id:6219938102]Lowest prices on watches!!!", dt(2013, 4, 2, 9, 50, 0, "-0700"),
    "[ SpamCop V4.8.0 ]\nThis message is brief for your comfort.  Please use links below for details.\n\n"
    "Email from 192.0.2.77 / Tue, 02 Apr 2013 08:01:01 -0500\nhttp://www.spamcop.net/w3m?i=z6219938102z4d1e\n\n"
    "[ Offending message ]\nReturn-Path: <deals@nwnet.example>\nReceived: from dsl-192-0-2-77.dyn.nwnet.example ([192.0.2.77])\n"
    "\tby smtp-out2.nwnet.example (Postfix) with ESMTP id 3F2A1C0B7\nSubject: Lowest prices on watches!!!\n\n"
    "Replica watches, 90% off.\n", "reports.spamcop.net")))
nb.append(("nb-uceprotect-level-notice.eml", person(
    "nb-uceprotect-level-notice.eml", "Karl Brandt <kbrandt@hosting-brandt.example>", PM,
    "FYI: your relays on UCEPROTECT level 2", dt(2013, 5, 6, 10, 3, 0, "+0200"),
    "Hi postmaster,\n\njust a heads-up from a fellow admin: your whole 198.51.100.0/24 shows up on\n"
    "UCEPROTECT level 2 this morning. We don't block on level 2 so your mail still\n"
    "reaches us, but others might. Their site says the listing expires by itself\n"
    "after 7 days without new abuse.\n\nCheers,\nKarl\n", "hosting-brandt.example")))
nb.append(("nb-microsoft-jmrp-enrolment.eml", person(
    "nb-microsoft-jmrp-enrolment.eml", "Junk Mail Reporting Program <jmrp_support@microsoft.com>", ABUSE,
    "JMRP: your enrolment is active", dt(2014, 1, 20, 17, 2, 0, "-0800"),
    "Thank you for enrolling in the Junk Mail Reporting Program.\n\n"
    "Your agreement covering the following IP addresses is now active:\n  198.51.100.21\n  198.51.100.22\n  198.51.100.23\n\n"
    "Complaints from Outlook.com users about mail from these addresses will be sent\n"
    "to abuse@nwnet.example in ARF format.\n\nMicrosoft Postmaster Services\n", "microsoft.com")))
nb.append(("nb-yahoo-cfl-confirmation.eml", person(
    "nb-yahoo-cfl-confirmation.eml", "Yahoo Complaint Feedback Loop <cfl-noreply@yahoo-inc.com>", ABUSE,
    "Your Complaint Feedback Loop request has been approved", dt(2016, 6, 8, 12, 0, 0, "-0700"),
    "Hello,\n\nYour request to join the Yahoo Complaint Feedback Loop for the DKIM domain\n"
    "nwnet.example has been approved. Reports will be sent to abuse@nwnet.example.\n\n"
    "Note that only messages signed with a valid DKIM signature for this domain will\nbe reported.\n\nYahoo Postmaster\n",
    "yahoo-inc.com")))
nb.append(("nb-aol-fbl-verification.eml", person(
    "nb-aol-fbl-verification.eml", "AOL Postmaster <postmaster@aol.com>", PM,
    "AOL Feedback Loop - please confirm your request", dt(2011, 9, 1, 15, 30, 0, "-0400"),
    "A request to add 198.51.100.21-198.51.100.23 to the AOL Feedback Loop was\nreceived. To confirm, visit:\n\n"
    "  https://postmaster.aol.com/fbl/confirm?id=88AF12\n\nIf you did not make this request, ignore this message.\n\nAOL Mail Operations\n",
    "aol.com")))
nb.append(("nb-postfix-qshape-daily.eml", person(
    "nb-postfix-qshape-daily.eml", "Cron Daemon <root@smtp-out1.nwnet.example>", PM,
    "Cron <root@smtp-out1> /usr/local/bin/queue-report", dt(2015, 11, 2, 6, 0, 1, "-0500"),
    "Deferred queue on smtp-out1.nwnet.example at 06:00\n\n"
    "                    T  5 10 20 40 80 160 320 640 1280 1280+\n"
    "             TOTAL 412 21 18 30 44 61  90  88  40   15     5\n"
    "         yahoo.com 180  9  8 12 20 30  41  40  15    5     0\n"
    "       hotmail.com  96  4  3  8 10 14  22  20  10    4     1\n"
    "         gmail.com  40  2  1  3  4  6   9  10   3    2     0\n"
    "  gmial.com          12  0  0  1  2  2   3   2   1    1     0\n\n"
    "Top deferral reasons:\n  211 421 4.7.0 [TS01] temporarily deferred\n   70 Connection timed out\n"
    "   12 Host or domain name not found\n", "nwnet.example")))
nb.append(("nb-logwatch-postfix-section.eml", person(
    "nb-logwatch-postfix-section.eml", "logwatch@smtp-out2.nwnet.example", PM,
    "Logwatch for smtp-out2.nwnet.example (Linux)", dt(2014, 7, 12, 4, 2, 0, "-0500"),
    " --------------------- Postfix Begin ------------------------\n\n"
    "   48.211M  Bytes accepted                             50,578,332\n"
    "   52.004M  Bytes delivered                            54,530,011\n"
    " ========   ==================================================\n\n"
    "    9022   Accepted                                   96.41%\n"
    "     336   Rejected                                    3.59%\n\n"
    "     122   Reject relay denied                          36.31%\n"
    "     214   Reject unknown user                          63.69%\n\n"
    "    8711   Delivered\n     266   Deferred  (1204 deferrals)\n     121   Bounced (remote)\n\n"
    " ---------------------- Postfix End -------------------------\n", "nwnet.example")))
nb.append(("nb-mxtoolbox-blacklist-alert.eml", person(
    "nb-mxtoolbox-blacklist-alert.eml", "MxToolbox Monitoring <monitoring@mxtoolbox.com>", PM,
    "Blacklist alert: 198.51.100.22 listed on SORBS SPAM", dt(2018, 2, 27, 3, 12, 0, "+0000"),
    "Monitor: Blacklist 198.51.100.22\nStatus: Warning\n\n"
    "198.51.100.22 was found on 1 of 89 blacklists:\n  SORBS SPAM   listed   (since 2018-02-26)\n\n"
    "This alert was generated by your MxToolbox monitor. To change alert settings,\nvisit https://mxtoolbox.com/\n",
    "mxtoolbox.com")))
nb.append(("nb-proofpoint-support-ticket-delist.eml", person(
    "nb-proofpoint-support-ticket-delist.eml", "Proofpoint Support <support@proofpoint.com>", PM,
    "[Case 01988231] IP reputation review 198.51.100.23", dt(2020, 1, 14, 18, 45, 0, "-0800"),
    "Hello,\n\nThank you for contacting Proofpoint. We have reviewed 198.51.100.23 and\n"
    "updated its reputation. Changes may take up to 24 hours to reach all customer\n"
    "sites. If mail is still refused after that, reply to this case with a full\nbounce message.\n\n"
    "Regards,\nProofpoint Support\n", "proofpoint.com")))
nb.append(("nb-cloudmark-reset-confirmation.eml", person(
    "nb-cloudmark-reset-confirmation.eml", "Cloudmark CSI <csi-reset@cloudmark.com>", PM,
    "CSI reset request 55210 completed", dt(2019, 5, 23, 9, 10, 0, "-0700"),
    "Your reset request for 198.51.100.21 has been processed. The reputation of this\n"
    "address has been reset and will be recalculated from new traffic.\n\nCloudmark Sender Intelligence\n",
    "cloudmark.com")))
nb.append(("nb-customer-rate-limit-complaint.eml", person(
    "nb-customer-rate-limit-complaint.eml", "Event Office <events@harborview-hall.example>", PM,
    "Our newsletter gets stuck every month", dt(2017, 9, 5, 11, 5, 0, "-0500"),
    "Hi,\n\nWe send our members newsletter (about 2,300 people) through smtp-out1 once a\n"
    "month and half of it is delayed for a day. Is there a per-hour limit on your\n"
    "relays? If so, what is it, and can it be raised for business accounts?\n\n"
    "Thanks,\nJenny\nHarborview Hall\n", "harborview-hall.example")))
nb.append(("nb-ops-change-notice-relay-auth.eml", person(
    "nb-ops-change-notice-relay-auth.eml", "Northwind Net Operations <noc@" + C + ">", "all-customers@" + C,
    "Change: authenticated submission on port 587 from 1 March", dt(2012, 2, 1, 10, 0, 0, "-0500"),
    "Dear customer,\n\nFrom 1 March our outgoing mail servers will refuse to relay mail from\n"
    "outside our network unless you sign in on port 587. If your mail program shows\n"
    "\"Relay access denied\" after that date, turn on \"My server requires\n"
    "authentication\" in its settings.\n\nNorthwind Net Operations\n", "nwnet.example")))
nb.append(("nb-colleague-quotes-bounce-question.eml", person(
    "nb-colleague-quotes-bounce-question.eml", "Sam Patel <spatel@" + C + ">", PM,
    "Re: Comcast BL004 again?", dt(2015, 8, 19, 13, 14, 0, "-0500"),
    "Mike,\n\nCustomers are reporting Comcast refusals from relay3 again. Can you open a\n"
    "ticket with Comcast postmaster? Last time they lifted it within a day once we\n"
    "showed them the compromised account was closed.\n\n> Did we ever hear back about the Comcast block?\n> -- Mike\n\nSam\n",
    "nwnet.example")))
nb.append(("nb-mailq-summary-monitoring.eml", person(
    "nb-mailq-summary-monitoring.eml", "Nagios <nagios@monitor.nwnet.example>", PM,
    "** PROBLEM Service Alert: relay3/mailq is WARNING **", dt(2016, 12, 24, 2, 30, 0, "-0500"),
    "***** Nagios *****\n\nNotification Type: PROBLEM\n\nService: mailq\nHost: relay3.mail.nwnet.example\n"
    "Address: 198.51.100.23\nState: WARNING\n\nDate/Time: Sat Dec 24 02:30:00 EST 2016\n\n"
    "Additional Info:\n\nWARNING: mailq is 1520 (threshold w = 1000)\n", "nwnet.example")))
for fname, text in nb:
    write(NB, fname, text)

write_expected(os.path.join(OUT, "expected.jsonl"))
