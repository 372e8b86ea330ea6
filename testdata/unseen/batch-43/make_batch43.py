#!/usr/bin/env python3
"""Writes testdata/unseen/batch-43: bounces of the kinds the open-source
bounce handlers of 2005-2015 were built on (ISP and webmail bounces of the
time, Exchange 2003/2007, Domino, qmail, Postfix, Exim, Sendmail,
MailEnable, Merak/IceWarp, SmarterMail, Kerio, ArGoSoft, IMail), delays,
vacation replies and challenge-response requests of the time, ordinary
near-miss mail in not-bounce/, and expected.jsonl.

Written from the writer's own knowledge of those MTAs; nothing copied from
another bounce library. Every expectation was decided from the message
alone, with /work/shared/reasons.md, before the analyzer ever read the
batch. Usage: python3 make_batch43.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, expect, mail, mid, multipart,  # noqa: E402
                       orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "news@mailer.harborview-books.example"
SDOM = "mailer.harborview-books.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


def orig(name, rcpt, subject, date, frm=SENDER):
    return orig_headers(frm, rcpt, subject, date, mid(name + "o", frm.split("@")[1]),
                        "X-Mailer: PHPMailer 5.1 (phpmailer.sourceforge.net)") + (
        "\nHello from Harborview Books,\n\nthis month's titles and offers are below.\n")


def notice(name, *, host, sw, frm, subject, date, text, returned, to=SENDER, extra=(), auto=False,
           ctype_text=None):
    """A non-DSN notice of the time: text part plus the returned message."""
    tp = ctype_text or text_part(text)
    body = multipart("mixed", [tp, part("message/rfc822", returned, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def flat(name, *, host, sw, frm, subject, date, text, to=SENDER, extra=(), charset="us-ascii", cte=None):
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text, charset, cte))


# ================================================================ Postfix (DSN)
PF_HEAD = """This is the mail system at host {host}.

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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, rcpt, status, remote, diag, tail, reason, *, reply="", hard=False, delay=False, year=2009,
            vendor="", host="mx2.harborview-books.example"):
    d = dt(year, 3, 1 + len(name) % 27, 4 + len(name) % 18, 11, 7, "-0500")
    text = (PF_DELAY if delay else PF_HEAD).format(host=host) + tail
    r = {"final": rcpt, "status": status, "action": "delayed" if delay else "failed", "diag": diag}
    if remote:
        r["remote"] = remote
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    write(OUT, name, dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER, subject=subj,
                              date=d, host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", d),
                              text=text, recips=[r], arrival=d,
                              orig=orig_headers(SENDER, rcpt, "Harborview spring catalogue", d,
                                                mid(name + "o", SDOM))))
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)


postfix("pf-hotmail-sc001-blocklist.eml", "jenny_b1984@hotmail.com", "5.0.0", "mx1.hotmail.com",
        "smtp; 550 SC-001 (BAY0-MC3-F21) Unfortunately, messages from 192.0.2.15 weren't sent. Please contact your "
        "Internet service provider since part of their network is on our block list. You can also refer your "
        "provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "<jenny_b1984@hotmail.com>: host mx1.hotmail.com[65.55.37.72] said: 550 SC-001\n"
        "    (BAY0-MC3-F21) Unfortunately, messages from 192.0.2.15 weren't sent.\n"
        "    Please contact your Internet service provider since part of their network\n"
        "    is on our block list. (in reply to MAIL FROM command)\n", "blocked", reply="550", vendor="hotmail")
postfix("pf-hotmail-rp001-hourly-delay.eml", "mark.t.oliver@live.com", "4.0.0", "mx3.hotmail.com",
        "smtp; 421 RP-001 (BAY004-MC1F24) Unfortunately, some messages from 192.0.2.15 weren't sent. Please try "
        "again. We have limits for how many messages can be sent per hour and per day.",
        "<mark.t.oliver@live.com>: host mx3.hotmail.com[65.55.92.152] said: 421 RP-001\n"
        "    (BAY004-MC1F24) Unfortunately, some messages from 192.0.2.15 weren't sent.\n"
        "    Please try again. We have limits for how many messages can be sent per\n"
        "    hour and per day. (in reply to MAIL FROM command)\n", "ratelimited", reply="421", delay=True,
        year=2012, vendor="hotmail")
postfix("pf-yahoo-dd-disabled-102.eml", "sunnyday_lisa@yahoo.com", "5.0.0", "mta5.am0.yahoodns.net",
        "smtp; 554 delivery error: dd Sorry your message to sunnyday_lisa@yahoo.com cannot be delivered. This "
        "account has been disabled or discontinued [#102]. - mta1083.mail.ne1.yahoo.com",
        "<sunnyday_lisa@yahoo.com>: host mta5.am0.yahoodns.net[98.136.217.203] said:\n"
        "    554 delivery error: dd Sorry your message to sunnyday_lisa@yahoo.com cannot\n"
        "    be delivered. This account has been disabled or discontinued [#102]. -\n"
        "    mta1083.mail.ne1.yahoo.com (in reply to end of DATA command)\n", "suspend", reply="554",
        year=2011, vendor="yahoo")
postfix("pf-yahoo-ts01-complaints-delay.eml", "gardenfan.ray@yahoo.com", "4.7.0", "mta7.am0.yahoodns.net",
        "smtp; 421 4.7.0 [TS01] Messages from 192.0.2.15 temporarily deferred due to user complaints - "
        "4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html",
        "<gardenfan.ray@yahoo.com>: host mta7.am0.yahoodns.net[67.195.168.230] said:\n"
        "    421 4.7.0 [TS01] Messages from 192.0.2.15 temporarily deferred due to user\n"
        "    complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html (in\n"
        "    reply to MAIL FROM command)\n", "badreputation", reply="421", delay=True, year=2010, vendor="yahoo")
postfix("pf-aol-mailbox-full.eml", "grandmaruth47@aol.com", "5.2.2", "mailin-02.mx.aol.com",
        "smtp; 552 5.2.2 MAILBOX FULL",
        "<grandmaruth47@aol.com>: host mailin-02.mx.aol.com[64.12.90.33] said: 552\n"
        "    5.2.2 MAILBOX FULL (in reply to RCPT TO command)\n", "mailboxfull", reply="552", year=2008,
        vendor="aol")
postfix("pf-aol-rly-b1-unsolicited.eml", "dkwilson@aol.com", "5.0.0", "mailin-04.mx.aol.com",
        "smtp; 554- (RLY:B1) The information presently available to AOL indicates this server is transmitting "
        "unsolicited e-mail to AOL. Based on AOL's Unsolicited Bulk E-mail policy AOL cannot accept further "
        "e-mail transactions from this server or domain.",
        "<dkwilson@aol.com>: host mailin-04.mx.aol.com[205.188.155.110] refused to\n"
        "    talk to me: 554- (RLY:B1) The information presently available to AOL\n"
        "    indicates this server is transmitting unsolicited e-mail to AOL. Based on\n"
        "    AOL's Unsolicited Bulk E-mail policy at\n"
        "    http://www.aol.com/info/bulkemail.html AOL cannot accept further e-mail\n"
        "    transactions from this server or domain. 554 Connecting IP: 192.0.2.15\n", "blocked", reply="554",
        year=2007, vendor="aol")
postfix("pf-gmail-over-quota.eml", "kevin.arbuckle@gmail.com", "5.2.2", "gmail-smtp-in.l.google.com",
        "smtp; 552-5.2.2 The email account that you tried to reach is over quota. Please direct 552-5.2.2 the "
        "recipient to 552 5.2.2 http://support.google.com/mail/bin/answer.py?answer=6558 v7si1234567wiz.61",
        "<kevin.arbuckle@gmail.com>: host gmail-smtp-in.l.google.com[74.125.79.27]\n"
        "    said: 552-5.2.2 The email account that you tried to reach is over quota.\n"
        "    Please direct 552-5.2.2 the recipient to 552 5.2.2\n"
        "    http://support.google.com/mail/bin/answer.py?answer=6558 v7si1234567wiz.61\n"
        "    (in reply to RCPT TO command)\n", "mailboxfull", reply="552", year=2012, vendor="gmail")
postfix("pf-gmail-account-disabled.eml", "tomasz.wrobel.pl@gmail.com", "5.2.1", "gmail-smtp-in.l.google.com",
        "smtp; 550-5.2.1 The email account that you tried to reach is disabled. h12si2233445wej.88",
        "<tomasz.wrobel.pl@gmail.com>: host gmail-smtp-in.l.google.com[173.194.66.27]\n"
        "    said: 550-5.2.1 The email account that you tried to reach is disabled.\n"
        "    h12si2233445wej.88 (in reply to RCPT TO command)\n", "suspend", reply="550", year=2013,
        vendor="gmail")
postfix("pf-gmx-user-unknown.eml", "hansi.brandl@gmx.de", "5.1.1", "mx0.gmx.net",
        "smtp; 550 5.1.1 {mx017} <hansi.brandl@gmx.de>... User is unknown",
        "<hansi.brandl@gmx.de>: host mx0.gmx.net[213.165.64.100] said: 550 5.1.1\n"
        "    {mx017} <hansi.brandl@gmx.de>... User is unknown (in reply to RCPT TO\n"
        "    command)\n", "userunknown", reply="550", hard=True, year=2009, vendor="gmx")
postfix("pf-wanadoo-destinataire-invalide.eml", "pierre.lacombe@wanadoo.fr", "5.1.1", "smtp-in.wanadoo.fr",
        "smtp; 550 5.1.1 <pierre.lacombe@wanadoo.fr>: adresse d au moins un destinataire invalide. Invalid "
        "recipient. 416",
        "<pierre.lacombe@wanadoo.fr>: host smtp-in.wanadoo.fr[193.252.22.65] said: 550\n"
        "    5.1.1 <pierre.lacombe@wanadoo.fr>: adresse d au moins un destinataire\n"
        "    invalide. Invalid recipient. 416 (in reply to RCPT TO command)\n", "userunknown", reply="550",
        hard=True, year=2008, vendor="orange")
postfix("pf-btinternet-no-account.eml", "alan.pritchard@btinternet.com", "5.0.0", "mx-bt.mail.am0.yahoodns.net",
        "smtp; 554 delivery error: dd This user doesn't have a btinternet.com account "
        "(alan.pritchard@btinternet.com) [0] - mta1019.bt.mail.ird.yahoo.com",
        "<alan.pritchard@btinternet.com>: host mx-bt.mail.am0.yahoodns.net[66.196.118.35]\n"
        "    said: 554 delivery error: dd This user doesn't have a btinternet.com\n"
        "    account (alan.pritchard@btinternet.com) [0] -\n"
        "    mta1019.bt.mail.ird.yahoo.com (in reply to end of DATA command)\n", "userunknown", reply="554",
        hard=True, year=2010, vendor="bt")
postfix("pf-comcast-dnsbl-bl000001.eml", "fishingbuddy61@comcast.net", "5.0.0", "mx1.comcast.net",
        "smtp; 554 imta08.westchester.pa.mail.comcast.net comcast 192.0.2.15 found on one or more DNSBLs, see "
        "http://postmaster.comcast.net/smtp-error-codes.php#BL000001",
        "<fishingbuddy61@comcast.net>: host mx1.comcast.net[76.96.62.117] refused to\n"
        "    talk to me: 554 imta08.westchester.pa.mail.comcast.net comcast 192.0.2.15\n"
        "    found on one or more DNSBLs, see\n"
        "    http://postmaster.comcast.net/smtp-error-codes.php#BL000001\n", "blocked", reply="554", year=2011,
        vendor="comcast")
postfix("pf-rogers-over-quota.eml", "m.desjardins@rogers.com", "5.0.0", "mx1.rogers.mail.am0.yahoodns.net",
        "smtp; 554 delivery error: dd Sorry your message to m.desjardins@rogers.com cannot be delivered. This "
        "account is over quota. - mta1102.rogers.mail.sp2.yahoo.com",
        "<m.desjardins@rogers.com>: host mx1.rogers.mail.am0.yahoodns.net[98.139.175.225]\n"
        "    said: 554 delivery error: dd Sorry your message to m.desjardins@rogers.com\n"
        "    cannot be delivered. This account is over quota. -\n"
        "    mta1102.rogers.mail.sp2.yahoo.com (in reply to end of DATA command)\n", "mailboxfull", reply="554",
        year=2011, vendor="rogers")
postfix("pf-relay-access-denied.eml", "orders@kettle-crafts.example", "5.7.1", "mail.kettle-crafts.example",
        "smtp; 554 5.7.1 <orders@kettle-crafts.example>: Relay access denied",
        "<orders@kettle-crafts.example>: host mail.kettle-crafts.example[198.51.100.31]\n"
        "    said: 554 5.7.1 <orders@kettle-crafts.example>: Relay access denied (in\n"
        "    reply to RCPT TO command)\n", "norelaying", reply="554", year=2009)
postfix("pf-name-service-error.eml", "info@bluecedar-lodge.example", "5.4.4", "",
        "X-Postfix; Host or domain name not found. Name service error for name=bluecedar-lodge.example type=A: "
        "Host not found",
        "<info@bluecedar-lodge.example>: Host or domain name not found. Name service\n"
        "    error for name=bluecedar-lodge.example type=A: Host not found\n", "hostunknown", hard=True,
        year=2010)
postfix("pf-delay-connect-timed-out.eml", "sales@ridgeway-tiles.example", "4.4.1", "",
        "X-Postfix; connect to mail.ridgeway-tiles.example[198.51.100.58]:25: Connection timed out",
        "<sales@ridgeway-tiles.example>: connect to\n"
        "    mail.ridgeway-tiles.example[198.51.100.58]:25: Connection timed out\n", "networkerror", delay=True,
        year=2009)
postfix("pf-spf-not-permitted.eml", "helpdesk@lindenfield.example", "5.7.1", "mx.lindenfield.example",
        "smtp; 550 5.7.1 <helpdesk@lindenfield.example>: Recipient address rejected: Message rejected due to "
        "SPF failure: harborview-books.example does not designate 192.0.2.15 as permitted sender",
        "<helpdesk@lindenfield.example>: host mx.lindenfield.example[198.51.100.9] said:\n"
        "    550 5.7.1 <helpdesk@lindenfield.example>: Recipient address rejected:\n"
        "    Message rejected due to SPF failure: harborview-books.example does not\n"
        "    designate 192.0.2.15 as permitted sender (in reply to RCPT TO command)\n", "authfailure",
        reply="550", year=2012)
postfix("pf-spamhaus-zen-blocked.eml", "r.ellison@quarrymoor.example", "5.7.1", "mx1.quarrymoor.example",
        "smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.15] blocked using zen.spamhaus.org; "
        "http://www.spamhaus.org/query/bl?ip=192.0.2.15",
        "<r.ellison@quarrymoor.example>: host mx1.quarrymoor.example[198.51.100.40]\n"
        "    said: 554 5.7.1 Service unavailable; Client host [192.0.2.15] blocked using\n"
        "    zen.spamhaus.org; http://www.spamhaus.org/query/bl?ip=192.0.2.15 (in reply\n"
        "    to RCPT TO command)\n", "blocked", reply="554", year=2010)
postfix("pf-message-size-fixed-limit.eml", "plans@drafting-hall.example", "5.3.4", "mail.drafting-hall.example",
        "smtp; 552 5.3.4 Message size exceeds fixed limit",
        "<plans@drafting-hall.example>: host mail.drafting-hall.example[198.51.100.72]\n"
        "    said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA\n"
        "    command)\n", "emailtoolarge", reply="552", year=2008)
postfix("pf-local-mbox-file-too-large.eml", "wendy@harborview-books.example", "5.2.2", "",
        "X-Postfix; cannot update mailbox /var/mail/wendy for user wendy. error writing message: File too large",
        "<wendy@harborview-books.example>: cannot update mailbox /var/mail/wendy for\n"
        "    user wendy. error writing message: File too large\n", "mailboxfull", year=2007,
        host="mx2.harborview-books.example")

# ================================================================ Exim (plain text)
EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim(name, rcpt, body, reason, *, reply="", status="", hard=False, host="relay.harborview-books.example",
         vendor="", year=2008, subject="Mail delivery failed: returning message to sender", head=EXIM_FAIL,
         action="failed"):
    d = dt(year, 6, 1 + len(name) % 27, 2 + len(name) % 20, 40, 12, "+0100")
    text = head + body + "\n------ This is a copy of the message, including all the headers. ------\n"
    o = orig(name, rcpt, "Harborview: June titles", d)
    write(OUT, name, flat(name, host=host, sw="Exim 4.69", frm=f"Mail Delivery System <Mailer-Daemon@{host}>",
                          subject=subject, date=d, text=text + o, extra=[("X-Failed-Recipients", rcpt)]
                          if action == "failed" else []))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


exim("exim-gmx-storage-allocation.eml", "sabine.koehler@gmx.net",
     "  sabine.koehler@gmx.net\n    SMTP error from remote mail server after RCPT TO:<sabine.koehler@gmx.net>:\n"
     "    host mx0.gmx.net [213.165.64.100]: 552-Requested mail action aborted:\n"
     "    552 exceeded storage allocation\n", "mailboxfull", reply="552", vendor="gmx")
exim("exim-retry-timeout-exceeded.eml", "bookings@seaholme-cottages.example",
     "  bookings@seaholme-cottages.example\n    retry timeout exceeded\n", "expired", year=2007)
exim("exim-unrouteable-address.eml", "accounts@vellmoor-trading.example",
     "  accounts@vellmoor-trading.example\n    Unrouteable address\n", "hostunknown", hard=True, year=2009)
exim("exim-appendfile-quota.eml", "derek@harborview-books.example",
     "  derek@harborview-books.example\n    mailbox is full (MTA-imposed quota exceeded while writing to\n"
     "    file /var/spool/mail/derek)\n", "mailboxfull", year=2008)
exim("exim-earthlink-size-maximum.eml", "pjcarver@earthlink.net",
     "  pjcarver@earthlink.net\n    SMTP error from remote mail server after MAIL FROM:<news@mailer.harborview-books.example> SIZE=14830322:\n"
     "    host mx3.earthlink.net [209.86.93.228]: 552 5.3.4 Message size exceeds\n"
     "    maximum permitted\n", "emailtoolarge", reply="552", status="5.3.4", vendor="earthlink", year=2010)
exim("exim-aol-no-reverse-dns.eml", "bettyjo1952@aol.com",
     "  bettyjo1952@aol.com\n    SMTP error from remote mail server after initial connection:\n"
     "    host mailin-03.mx.aol.com [64.12.138.161]: 554- (DNS:NR)\n"
     "    554 The IP address 192.0.2.15 has no reverse DNS (PTR) record and AOL\n"
     "    554 does not accept mail from hosts without one.\n", "requireptr", reply="554", vendor="aol",
     year=2008)
exim("exim-delay-temporary-local-problem.eml", "office@marrick-joinery.example",
     "  office@marrick-joinery.example\n    host mail.marrick-joinery.example [198.51.100.23]: 451 Temporary local\n"
     "    problem - please try later\n\n"
     "No action is required on your part. Delivery attempts will continue for\n"
     "some time, and this warning may be repeated at intervals if the message\n"
     "remains undelivered. Eventually the mail delivery software will give up,\n"
     "and when that happens, the message will be returned to you.\n", "systemerror", reply="451",
     action="delayed", subject="Warning: message 1KxTq2-0004Rr-Hd delayed 24 hours",
     head="This message was created automatically by mail delivery software.\n\n"
          "A message that you sent has not yet been delivered to one or more of its\n"
          "recipients after more than 24 hours on the queue on relay.harborview-books.example.\n\n"
          "The message identifier is:     1KxTq2-0004Rr-Hd\n"
          "The subject of the message is: Harborview: June titles\n\n"
          "The address to which the message has not yet been delivered is:\n\n")
exim("exim-comcast-not-valid-mailbox.eml", "hollis.family@comcast.net",
     "  hollis.family@comcast.net\n    SMTP error from remote mail server after RCPT TO:<hollis.family@comcast.net>:\n"
     "    host mx2.comcast.net [76.96.30.116]: 550 5.1.1 <hollis.family@comcast.net>\n"
     "    is not a valid mailbox\n", "userunknown", reply="550", status="5.1.1", hard=True, vendor="comcast",
     year=2012)

# ================================================================ Sendmail (DSN)
SM_HEAD = """The original message was received at {arr}
from mx2.harborview-books.example [192.0.2.15]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: {why})

   ----- Transcript of session follows -----
{tr}"""
SM_DELAY = """**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at {arr}
from mx2.harborview-books.example [192.0.2.15]

   ----- Transcript of session follows -----
{tr}"""


def sendmail(name, rcpt, status, diag, why, tr, reason, *, reply="", hard=False, delay=False, remote="",
             vendor="", subject=None, year=2006, head=None):
    host = "smtp.harborview-books.example"
    d = dt(year, 9, 1 + len(name) % 27, 1 + len(name) % 21, 5, 44, "-0700")
    text = (head or (SM_DELAY if delay else SM_HEAD)).format(arr=d, rcpt=rcpt, why=why, tr=tr)
    r = {"final": rcpt, "status": status, "action": "delayed" if delay else "failed", "diag": diag}
    if remote:
        r["remote"] = remote
    subj = subject or ("Warning: could not send message for past 4 hours" if delay
                       else "Returned mail: see transcript for details")
    write(OUT, name, dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=SENDER,
                              subject=subj, date=d, host=host,
                              hops="Return-Path: <>\n" + hop(name, host, "8.13.8/8.13.8", d), text=text,
                              recips=[r], arrival=d,
                              orig=orig_headers(SENDER, rcpt, "Harborview autumn list", d, mid(name + "o", SDOM))))
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)


sendmail("sm-earthlink-user-unknown.eml", "gordonlee55@earthlink.net", "5.1.1",
         "smtp; 550 gordonlee55@earthlink.net...User unknown", "550 gordonlee55@earthlink.net...User unknown",
         "... while talking to mx4.earthlink.net.:\n>>> RCPT To:<gordonlee55@earthlink.net>\n"
         "<<< 550 gordonlee55@earthlink.net...User unknown\n550 5.1.1 <gordonlee55@earthlink.net>... User unknown\n",
         "userunknown", reply="550", hard=True, remote="mx4.earthlink.net", vendor="earthlink")
sendmail("sm-delay-connection-refused.eml", "frontdesk@oakhurst-inn.example", "4.0.0",
         "", "", "frontdesk@oakhurst-inn.example... Deferred: Connection refused by mail.oakhurst-inn.example.\n"
         "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n",
         "networkerror", delay=True, year=2007)
sendmail("sm-five-days-timed-out.eml", "sec@thornbury-rowing.example", "4.4.7",
         "", "Connection timed out with mail.thornbury-rowing.example.",
         "sec@thornbury-rowing.example... Deferred: Connection timed out with mail.thornbury-rowing.example.\n"
         "Message could not be delivered for 5 days\nMessage will be deleted from queue\n", "expired",
         subject="Returned mail: see transcript for details", year=2006)
sendmail("sm-host-unknown-name-server.eml", "lee@harbourlght-marine.example", "5.1.2",
         "", "550 5.1.2 Host unknown",
         "550 5.1.2 <lee@harbourlght-marine.example>... Host unknown (Name server: harbourlght-marine.example.: "
         "host not found)\n", "hostunknown", hard=True, year=2005)
sendmail("sm-procmail-mailer-error.eml", "archive@harborview-books.example", "5.3.0",
         "X-Unix; 73", "554 5.3.0 unknown mailer error 73",
         "procmail: Error while writing to \"/var/spool/mail/archive\"\n"
         "554 5.3.0 <archive@harborview-books.example>... unknown mailer error 73\n", "mailererror", year=2006)
sendmail("sm-spamassassin-after-data.eml", "m.orourke@bellcross-clinic.example", "5.7.1",
         "smtp; 550 5.7.1 Message rejected as spam by SpamAssassin (score 11.4)",
         "550 5.7.1 Message rejected as spam by SpamAssassin (score 11.4)",
         "... while talking to mail.bellcross-clinic.example.:\n>>> DATA\n"
         "<<< 550 5.7.1 Message rejected as spam by SpamAssassin (score 11.4)\n"
         "554 5.0.0 Service unavailable\n", "spamdetected", reply="550", remote="mail.bellcross-clinic.example",
         year=2008)

# ================================================================ qmail (text)
QM_HEAD = ("Hi. This is the qmail-send program at {host}.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n")


def qmail(name, rcpt, body, reason, *, reply="", status="", hard=False, vendor="", year=2007,
          host="mail.harborview-books.example"):
    d = dt(year, 11, 1 + len(name) % 27, 3 + len(name) % 19, 22, 50, "+0000")
    text = QM_HEAD.format(host=host) + f"<{rcpt}>:\n" + body + "\n--- Below this line is a copy of the message.\n\n"
    write(OUT, name, flat(name, host=host, sw="qmail 1.03", frm=f"MAILER-DAEMON@{host}",
                          subject="failure notice", date=d, text=text + orig(name, rcpt, "Harborview winter post", d)))
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)


qmail("qmail-vpopmail-folder-over-quota.eml", "nadia@harborview-books.example",
      "The users mailfolder is over the allowed quota (size). (#5.2.2)\n", "mailboxfull", status="5.2.2")
qmail("qmail-remote-content-filter-spam.eml", "pr@glenmere-hotel.example",
      "198.51.100.66 failed after I sent the message.\n"
      "Remote host said: 554 5.7.1 Message rejected as spam by Content Filtering\n", "spamdetected", reply="554",
      status="5.7.1", year=2009)
qmail("qmail-not-in-control-locals.eml", "support@parkvale-tech.example",
      "Sorry. Although I'm listed as a best-preference MX or A for that host,\n"
      "it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)\n", "systemerror",
      status="5.4.6", host="mx.parkvale-tech.example", year=2006)
qmail("qmail-aol-mailbox-not-found.eml", "jazzytina88@aol.com",
      "64.12.90.97 does not like recipient.\nRemote host said: 550 MAILBOX NOT FOUND\n"
      "Giving up on 64.12.90.97.\n", "userunknown", reply="550", hard=True, vendor="aol", year=2008)

# ================================================================ Exchange 2003 / 2007
EX03 = """Your message did not reach some or all of the intended recipients.

      Subject:\tHarborview member offers
      Sent:\t{sent}

The following recipient(s) could not be reached:

      {rcpt} on {sent}
            {why}
            <{host} #{code}>
"""


def ex2003(name, rcpt, status, why, code, reason, *, diag="", hard=False, reply="", host="mail.contoso-ex.example",
           year=2006):
    d = dt(year, 4, 1 + len(name) % 27, 8 + len(name) % 10, 30, 2, "+0000")
    sent = "4/%d/%d 9:12 AM" % (1 + len(name) % 27, year)
    text = EX03.format(sent=sent, rcpt=rcpt, why=why, host=host, code=code)
    r = {"final": rcpt, "status": status, "diag": diag}
    write(OUT, name, dsn_mail(name, frm=f"System Administrator <postmaster@{host.split('.', 1)[1]}>", to=SENDER,
                              subject="Undeliverable: Harborview member offers", date=d, host=host,
                              hops="Return-Path: <>\n" + hop(name, host, "Microsoft SMTPSVC(6.0.3790.3959)", d),
                              text=text, recips=[r], arrival=d,
                              extra=[("X-MS-Exchange-Organization-SCL", "-1")],
                              orig=orig_headers(SENDER, rcpt, "Harborview member offers", d, mid(name + "o", SDOM))))
    expect(name, rcpt, reason, hard, status, reply, "failed", "")


ex2003("ex2003-account-does-not-exist.eml", "b.hartigan@contoso-ex.example", "5.1.1",
       "The e-mail account does not exist at the organization this message was sent to.  Check the e-mail\n"
       "            address, or contact the recipient directly to find out the correct address.",
       "5.1.1", "userunknown", hard=True)
ex2003("ex2003-recipient-mailbox-full.eml", "c.nakamura@contoso-ex.example", "5.2.2",
       "The recipient's mailbox is full and can't accept messages now.  Please try resending this message\n"
       "            later, or contact the recipient directly.", "5.2.2", "mailboxfull")
ex2003("ex2003-message-too-large.eml", "design@contoso-ex.example", "5.3.4",
       "The message was too large to be delivered to this recipient.  Try resending a smaller message.",
       "5.3.4", "emailtoolarge", year=2007)
ex2003("ex2003-unable-to-relay.eml", "contact@fairhaven-partners.example", "5.7.1",
       "You do not have permission to send to this recipient.  For assistance, contact your system\n"
       "            administrator.", "5.7.1 smtp;550 5.7.1 Unable to relay for contact@fairhaven-partners.example",
       "norelaying", diag="smtp;550 5.7.1 Unable to relay for contact@fairhaven-partners.example", reply="550",
       host="exch01.contoso-ex.example")

# Exchange 2003 delay (DSN, 4.4.7, no cause named)
n = "ex2003-delay-notification.eml"
d = dt(2006, 5, 12, 14, 2, 9, "+0000")
write(OUT, n, dsn_mail(n, frm="postmaster@contoso-ex.example", to=SENDER,
                       subject="Delivery Status Notification (Delay)", date=d, host="exch01.contoso-ex.example",
                       hops="Return-Path: <>\n" + hop(n, "exch01.contoso-ex.example",
                                                     "Microsoft SMTPSVC(6.0.3790.1830)", d),
                       text="This is an automatically generated Delivery Status Notification.\n\n"
                            "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                            "Delivery to the following recipients has been delayed.\n\n"
                            "       warehouse@stockbridge-supply.example\n",
                       recips=[{"final": "warehouse@stockbridge-supply.example", "action": "delayed",
                                "status": "4.4.7"}],
                       orig=orig_headers(SENDER, "warehouse@stockbridge-supply.example", "Trade order 5531", d,
                                         mid(n + "o", SDOM))))
expect(n, "warehouse@stockbridge-supply.example", "expired", False, "4.4.7", "", "delayed")

EX07 = """Delivery has failed to these recipients or distribution lists:

{disp}
{why}






Sent by Microsoft Exchange Server 2007



Diagnostic information for administrators:

Generating server: {gen}

{rcpt}
{diag}

Original message headers:

"""


def ex2007(name, rcpt, disp, status, why, diag, reason, *, hard=False, reply="", gen="EXHUB01.fabrikam-ex.example",
           year=2009):
    d = dt(year, 2, 1 + len(name) % 27, 9 + len(name) % 9, 14, 36, "+0000")
    text = EX07.format(disp=disp, why=why, gen=gen, rcpt=rcpt, diag=diag)
    r = {"final": rcpt, "status": status, "diag": "smtp; " + diag.strip("#").strip()}
    write(OUT, name, dsn_mail(name, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam-ex.example>",
                              to=SENDER, subject="Undeliverable: Harborview member offers", date=d, host=gen,
                              hops="Return-Path: <>\n" + hop(name, gen, "Microsoft SMTP Server (TLS)", d),
                              text=text, recips=[r], arrival=d,
                              orig=orig_headers(SENDER, rcpt, "Harborview member offers", d, mid(name + "o", SDOM))))
    expect(name, rcpt, reason, hard, status, reply, "failed", "")


ex2007("ex2007-resolver-recipnotfound.eml", "l.fontaine@fabrikam-ex.example", "L Fontaine", "5.1.1",
       "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try "
       "to resend the message. If the problem continues, please contact your helpdesk.",
       "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "userunknown", hard=True, reply="550")
ex2007("ex2007-storedrv-quota-shutoff.eml", "g.mbeki@fabrikam-ex.example", "Gugu Mbeki", "5.2.2",
       "The recipient's mailbox is full and can't accept messages now. Microsoft Exchange will not try to "
       "redeliver this message for you. Please try resending this message later, or contact the recipient "
       "directly.",
       "#550 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed "
       "to process message due to a permanent exception with message Cannot open mailbox. ##",
       "mailboxfull", reply="550", year=2010)
ex2007("ex2007-smtpsend-nonexistent-domain.eml", "bids@northgate-civil.example", "bids@northgate-civil.example",
       "5.4.4",
       "The recipient's e-mail domain couldn't be found. Check the address and try again.",
       "#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##", "hostunknown", hard=True,
       reply="554", year=2011)

# Exchange 2007 SP delay naming a connection failure
n = "ex2007-delay-winsock-10060.eml"
d = dt(2010, 8, 19, 11, 47, 5, "+0000")
rc = "enquiries@brackwater-farm.example"
write(OUT, n, dsn_mail(n, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fabrikam-ex.example>",
                       to=SENDER, subject="Delivery Status Notification (Delay)", date=d,
                       host="EXHUB02.fabrikam-ex.example",
                       hops="Return-Path: <>\n" + hop(n, "EXHUB02.fabrikam-ex.example", "Microsoft SMTP Server (TLS)", d),
                       text="""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       enquiries@brackwater-farm.example

Diagnostic information for administrators:

Generating server: EXHUB02.fabrikam-ex.example

enquiries@brackwater-farm.example
#< #4.4.7 smtp;441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.> #SMTP#
""", recips=[{"final": rc, "action": "delayed", "status": "4.4.7",
              "diag": "smtp; 441 4.4.1 Error encountered while communicating with primary target IP address: "
                      "\"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\""}],
                       orig=orig_headers(SENDER, rc, "Harborview farm shop order", d, mid(n + "o", SDOM))))
expect(n, rc, "networkerror", False, "4.4.7", "441", "delayed")

# ================================================================ Domino


def domino(name, rcpt, because, reason, *, hard=False, status="", reply="", year=2008):
    host = "notes01.ashcombe-group.example"
    d = dt(year, 7, 1 + len(name) % 27, 6 + len(name) % 12, 51, 30, "+0200")
    text = (f"Your message\n\n  Subject: Harborview member offers\n\nwas not delivered to:\n\n  {rcpt}\n\n"
            f"because:\n\n  {because}\n")
    write(OUT, name, notice(name, host=host, sw="Lotus Domino Release 6.5.4", frm=f"Postmaster@ashcombe-group.example",
                            subject="DELIVERY FAILURE: " + because.split("\n")[0].split(" from server")[0].split(" (")[0], date=d, text=text,
                            returned=orig(name, rcpt, "Harborview member offers", d),
                            extra=[("X-Mailer", "Lotus Domino Release 6.5.4 March 27, 2005")]))
    expect(name, rcpt, reason, hard, status, reply, "failed", "domino")


domino("domino-mail-file-quota.eml", "e.vandermeer@ashcombe-group.example",
       "Unable to deliver message: the mail database of the recipient has exceeded its quota\n"
       "  (mail\\evanderm.nsf is 512 MB, quota 500 MB)", "mailboxfull")
domino("domino-no-route-found.eml", "purchasing@kilnworth-ceramics.example",
       "No route found to domain kilnworth-ceramics.example from server NOTES01/ASHCOMBE. Check Server,\n"
       "  Connection and Domain documents in Domino Directory.", "hostunknown", hard=True, year=2007)
domino("domino-remote-virus-found.eml", "q.fairley@tidemark-assoc.example",
       "554 Message refused (ClamAV: Worm.Mydoom.M FOUND in attachment document.zip)", "virusdetected",
       reply="554", year=2005)

# ================================================================ MailEnable, Merak/IceWarp, SmarterMail, Kerio, ArGoSoft, IMail


def winmta(name, rcpt, *, host, sw, frm, subject, text, reason, hard=False, status="", reply="", action="failed",
           vendor="", year=2009):
    d = dt(year, 10, 1 + len(name) % 27, 7 + len(name) % 14, 3, 19, "+1000")
    write(OUT, name, notice(name, host=host, sw=sw, frm=frm, subject=subject, date=d, text=text,
                            returned=orig(name, rcpt, "Harborview gift cards", d)))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


winmta("mailenable-domain-not-registered.eml", "info@wallaby-creek-tours.example", host="mail.outback-hosting.example",
       sw="MailEnable ESMTP", frm="POSTMASTER@outback-hosting.example", subject="Message Delivery Failure",
       text="MailEnable: Message could not be delivered to some recipients.\n"
            "The following recipient(s) could not be reached:\n\n"
            "\tRecipient: [SMTP:info@wallaby-creek-tours.example]\n"
            "\tReason: The message could not be delivered because the domain name (wallaby-creek-tours.example) "
            "does not appear to be registered.\n", reason="hostunknown", hard=True, vendor="mailenable")
winmta("mailenable-remote-user-unknown.eml", "karen@gumleaf-printing.example", host="mail.outback-hosting.example",
       sw="MailEnable ESMTP", frm="POSTMASTER@outback-hosting.example", subject="Message Delivery Failure",
       text="MailEnable: Message could not be delivered to some recipients.\n"
            "The following recipient(s) could not be reached:\n\n"
            "\tRecipient: [SMTP:karen@gumleaf-printing.example]\n"
            "\tReason: Remote SMTP Server Returned: 550 5.1.1 User unknown; rejecting\n",
       reason="userunknown", hard=True, reply="550", status="5.1.1", vendor="mailenable", year=2010)
winmta("mailenable-delivery-delayed.eml", "reception@coral-bay-dental.example", host="mail.outback-hosting.example",
       sw="MailEnable ESMTP", frm="POSTMASTER@outback-hosting.example", subject="Message Delivery Delayed",
       text="MailEnable: Message delivery has been delayed.\n"
            "The mail server will continue to try to deliver the message to the following recipient(s):\n\n"
            "\tRecipient: [SMTP:reception@coral-bay-dental.example]\n"
            "\tReason: Unable to connect to the remote mail server (mail.coral-bay-dental.example): the\n"
            "\tconnection attempt timed out.\n\nThis is a warning only; you do not need to resend your message.\n",
       reason="networkerror", action="delayed", vendor="mailenable", year=2011)
winmta("merak-mailbox-size-limit.eml", "anh.tran@saigon-exports.example", host="mail.saigon-exports.example",
       sw="Merak 8.9.1", frm="Merak Mail Server <postmaster@saigon-exports.example>", subject="Undeliverable mail",
       text="This is an automatically generated message from Merak Mail Server.\n\n"
            "Delivery to the following recipient failed permanently:\n\n"
            "    anh.tran@saigon-exports.example\n\n"
            "Reason: 552 5.2.2 <anh.tran@saigon-exports.example> Mailbox size limit exceeded\n",
       reason="mailboxfull", reply="552", status="5.2.2", vendor="merak", year=2007)
winmta("icewarp-no-such-user-here.eml", "support@lindqvist-marin.example", host="mail.lindqvist-marin.example",
       sw="IceWarp 10.2.2", frm="IceWarp Mail Server <postmaster@lindqvist-marin.example>",
       subject="Undeliverable: Harborview gift cards",
       text="Message delivery failed.\n\nRecipient: support@lindqvist-marin.example\n"
            "Reason: 550 5.1.1 <support@lindqvist-marin.example> No such user here\n\n"
            "-- IceWarp Mail Server\n", reason="userunknown", hard=True, reply="550", status="5.1.1",
       vendor="icewarp", year=2012)
winmta("smartermail-unknown-address.eml", "office@pinecrest-realty.example", host="mail.dfw-hosting.example",
       sw="SmarterMail 7.4", frm="postmaster@dfw-hosting.example", subject="Undeliverable: Harborview gift cards",
       text="The message to office@pinecrest-realty.example was undeliverable.\n"
            "The reason for the problem:\n"
            "5.1.0 - Unknown address error 550-'5.1.1 <office@pinecrest-realty.example>: Recipient address "
            "rejected: User unknown in virtual mailbox table'\n", reason="userunknown", hard=True, reply="550",
       status="5.1.1", vendor="smartermail", year=2010)
winmta("smartermail-size-maximum.eml", "studio@redfern-photo.example", host="mail.dfw-hosting.example",
       sw="SmarterMail 8.0", frm="postmaster@dfw-hosting.example", subject="Undeliverable: Harborview gift cards",
       text="The message to studio@redfern-photo.example was undeliverable.\n"
            "The reason for the problem:\n"
            "5.3.0 - Other mail system problem 552-'Message size exceeds maximum permitted'\n",
       reason="emailtoolarge", reply="552", vendor="smartermail", year=2011)
winmta("kerio-sender-domain-dns-check.eml", "admin@vltava-sklo.example", host="mail.vltava-sklo.example",
       sw="Kerio Connect 7.1.2", frm="Kerio Connect <MAILER-DAEMON@mail.vltava-sklo.example>",
       subject="Undelivered mail: Harborview gift cards",
       text="Your message could not be delivered to the following recipient:\n\n"
            "  admin@vltava-sklo.example\n\n"
            "The remote server said:\n"
            "  550 5.7.1 Message rejected. The sender domain harborview-books.example failed the DNS check: the\n"
            "  sender's domain has no MX or A record.\n\n-- Kerio Connect\n", reason="rejected", reply="550",
       status="5.7.1", vendor="kerio", year=2010)
winmta("argosoft-no-such-host-known.eml", "desk@maplecourt-law.example", host="mail.tri-county-isp.example",
       sw="ArGoSoft Mail Server Pro 1.8.9", frm="postmaster@tri-county-isp.example", subject="Message delivery failure",
       text="This is an automatically generated message from ArGoSoft Mail Server.\n\n"
            "Delivery to the following recipient(s) failed:\n\n"
            "desk@maplecourt-law.example\n"
            "    Reason: Could not find the mail exchanger for maplecourt-law.example: No such host is known\n",
       reason="hostunknown", hard=True, vendor="argosoft", year=2006)
winmta("imail-unknown-user.eml", "ted.rowe@brookline-ag.example", host="mail.brookline-ag.example",
       sw="IMail 8.22", frm="IMail Server <postmaster@brookline-ag.example>", subject="Undeliverable Mail",
       text="Unknown user: ted.rowe@brookline-ag.example\n\nOriginal message follows.\n", reason="userunknown",
       hard=True, vendor="imail", year=2005)
winmta("imail-message-too-large.eml", "print@brookline-ag.example", host="mail.brookline-ag.example",
       sw="IMail 9.10", frm="IMail Server <postmaster@brookline-ag.example>", subject="Undeliverable Mail",
       text="Message too large for recipient: print@brookline-ag.example (limit 10240000 bytes)\n\n"
            "Original message follows.\n", reason="emailtoolarge", vendor="imail", year=2006)

# ================================================================ provider notices sent by the sender's side


def webmail(name, *, frm, host, subject, text, rcpt, reason, hard=False, status="", reply="", action="failed",
            vendor="", year=2011, sender="lucy.marsh2001@example.com"):
    d = dt(year, 12, 1 + len(name) % 27, 10 + len(name) % 12, 31, 3, "-0800")
    write(OUT, name, notice(name, host=host, sw="ESMTP", frm=frm, subject=subject, date=d, text=text, to=sender,
                            returned=orig(name, rcpt, "photos from saturday", d, frm=sender)))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


webmail("gmail-failed-permanently-user-unknown.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        host="mail-wy0-f175.google.com", subject="Delivery Status Notification (Failure)",
        sender="lucy.marsh2001@gmail.com", rcpt="f.okoro@lagoon-media.example",
        text="Delivery to the following recipient failed permanently:\n\n     f.okoro@lagoon-media.example\n\n"
             "Technical details of permanent failure:\n"
             "Google tried to deliver your message, but it was rejected by the recipient domain. We recommend "
             "contacting the other email provider for further information about the cause of this error. The "
             "error that the other server returned was: 550 550 5.1.1 <f.okoro@lagoon-media.example>: Recipient "
             "address rejected: User unknown in local recipient table (state 14).\n",
        reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="gmail")
webmail("gmail-delayed-could-not-connect.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        host="mail-pz0-f44.google.com", subject="Delivery Status Notification (Delay)",
        sender="lucy.marsh2001@gmail.com", rcpt="hello@tinmouth-bakery.example", action="delayed",
        text="This is an automatically generated Delivery Status Notification\n\n"
             "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
             "Delivery to the following recipient has been delayed:\n\n     hello@tinmouth-bakery.example\n\n"
             "Message will be retried for 2 more day(s)\n\n"
             "Technical details of temporary failure:\n"
             "The recipient server did not accept our requests to connect. Learn more at "
             "http://mail.google.com/support/bin/answer.py?answer=7720 \n"
             "[mail.tinmouth-bakery.example. (10): Connection timed out]\n",
        reason="networkerror", vendor="gmail", year=2010)
webmail("yahoo-failure-notice-rcpt-to.eml", frm="MAILER-DAEMON@yahoo.com", host="nm12.bullet.mail.ne1.yahoo.com",
        subject="Failure Notice", sender="lucy_marsh2001@yahoo.com", rcpt="c.wheeler@fernleigh-school.example",
        text="Sorry, we were unable to deliver your message to the following address.\n\n"
             "<c.wheeler@fernleigh-school.example>:\n"
             "Remote host said: 550 5.1.1 <c.wheeler@fernleigh-school.example>... No such user [RCPT_TO]\n\n"
             "--- Below this line is a copy of the message.\n", reason="userunknown", hard=True,
        status="5.1.1", reply="550", vendor="yahoo")
webmail("hotmail-dsn-failure-host-down.eml", frm="postmaster@hotmail.com", host="bay0-omc2-s12.bay0.hotmail.com",
        subject="Delivery Status Notification (Failure)", sender="lucy_marsh2001@hotmail.com",
        rcpt="team@corbel-studio.example",
        text="This is an automatically generated Delivery Status Notification.\n\n"
             "Delivery to the following recipients failed.\n\n       team@corbel-studio.example\n\n"
             "The destination server could not be reached; delivery was attempted for 48 hours and has been\n"
             "abandoned. The host mail.corbel-studio.example did not respond.\n",
        reason="expired", vendor="hotmail", year=2008)
webmail("aol-returned-mail-over-quota.eml", frm="Mail Delivery Subsystem <MAILER-DAEMON@aol.com>",
        host="omr-d02.mx.aol.com", subject="Returned mail: see transcript for details",
        sender="lucymarsh2001@aol.com", rcpt="robin@heathfield-kennels.example",
        text="The original message was received at Tue, 6 Dec 2011 10:31:03 -0500\n"
             "from 198.51.100.201 [198.51.100.201]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n"
             "<robin@heathfield-kennels.example>\n"
             "    (reason: 552 5.2.2 Over quota)\n\n"
             "   ----- Transcript of session follows -----\n"
             "... while talking to mx.heathfield-kennels.example.:\n"
             ">>> RCPT To:<robin@heathfield-kennels.example>\n"
             "<<< 552 5.2.2 Over quota\n", reason="mailboxfull", status="5.2.2", reply="552", vendor="aol")
webmail("gmx-mail-delivery-failed-de.eml", frm="Mail Delivery System <mailer-daemon@gmx.net>",
        host="mout.gmx.net", subject="Mail delivery failed: returning message to sender",
        sender="lucy.marsh@gmx.de", rcpt="kontakt@moorhof-pension.example", year=2009,
        text="This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of\n"
             "its recipients. This is a permanent error. The following address\n"
             "failed:\n\n"
             "\"kontakt@moorhof-pension.example\":\n"
             "SMTP error from remote server after RCPT command:\n"
             "host: mail.moorhof-pension.example\n"
             "550 5.1.1 <kontakt@moorhof-pension.example>: Recipient address rejected: Mailbox unknown\n",
        reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="gmx")
webmail("orange-echec-livraison-fr.eml", frm="Mail Delivery System <MAILER-DAEMON@orange.fr>",
        host="smtp.orange.fr", subject="Undelivered Mail Returned to Sender", sender="lucie.marchal@orange.fr",
        rcpt="accueil@gite-des-pins.example", year=2012,
        text="Votre message n'a pas pu etre delivre au destinataire suivant :\n\n"
             "<accueil@gite-des-pins.example> : le serveur mail.gite-des-pins.example a repondu :\n"
             "552 5.2.2 <accueil@gite-des-pins.example>: boite aux lettres pleine / mailbox full\n",
        reason="mailboxfull", status="5.2.2", reply="552", vendor="orange")
webmail("earthlink-undeliverable-host-not-found.eml", frm="MAILER-DAEMON@earthlink.net",
        host="elasmtp-galgo.atl.sa.earthlink.net", subject="Returned mail: Host unknown",
        sender="lmarsh01@earthlink.net", rcpt="sales@quillfeather-pens.example", year=2007,
        text="The original message was received at Thu, 6 Dec 2007 13:31:03 -0500 (EST)\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n"
             "<sales@quillfeather-pens.example>\n"
             "    (reason: 550 Host unknown)\n\n"
             "   ----- Transcript of session follows -----\n"
             "550 5.1.2 <sales@quillfeather-pens.example>... Host unknown (Name server: "
             "quillfeather-pens.example: host not found)\n", reason="hostunknown", hard=True, status="5.1.2",
        reply="550", vendor="earthlink")

# ================================================================ vacation replies and challenge-response of the time


def autoreply(name, *, frm, subject, text, extra=(), host, charset="us-ascii", cte=None, reason="vacation",
              vendor="", year=2009):
    d = dt(year, 8, 1 + len(name) % 27, 8 + len(name) % 10, 2, 55, "+0000")
    addr = frm.split("<")[-1].rstrip(">")
    heads = [hop(name, host, "ESMTP", d), ("Date", d), ("From", frm), ("To", SENDER), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    write(OUT, name, mail(heads, text_part(text, charset, cte)))
    expect(name, addr, reason, False, "", "", "", vendor)


autoreply("vacation-exchange2003-oof.eml", frm="Brenda Cole <b.cole@contoso-ex.example>",
          subject="Out of Office AutoReply: Harborview member offers", host="exch01.contoso-ex.example",
          extra=[("Thread-Topic", "Harborview member offers"), ("X-MimeOLE", "Produced By Microsoft Exchange V6.5")],
          text="I am out of the office until Monday 14 August with limited access to e-mail.\n"
               "For urgent matters please contact Dave Price on extension 2231.\n", year=2006)
autoreply("vacation-domino-out-of-office.eml", frm="Henrik Aas <henrik.aas@ashcombe-group.example>",
          subject="Henrik Aas/ASHCOMBE is out of the office.", host="notes01.ashcombe-group.example",
          extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Lotus Notes Release 8.0.2 HF623")],
          text="I will be out of the office starting  07/21/2008 and will not return until 08/04/2008.\n\n"
               "I will respond to your message when I return.\n", vendor="domino", year=2008)
autoreply("vacation-yahoo-vacation-response.eml", frm="Dana Whitcombe <dwhitcombe_art@yahoo.com>",
          subject="Re: Harborview member offers", host="web58412.mail.re3.yahoo.com",
          extra=[("Auto-Submitted", "auto-replied")],
          text="Thank you for your email. I am travelling until the 30th and checking mail only\n"
               "occasionally. I will reply when I am back. -- Dana (vacation response)\n", vendor="yahoo",
          year=2010)
autoreply("vacation-gmx-abwesenheit.eml", frm="Jutta Krämer <jutta.kraemer@gmx.de>".replace("ä", "ae"),
          subject="Abwesenheitsnotiz: Harborview member offers", host="mout.gmx.net",
          extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], charset="iso-8859-1",
          cte="quoted-printable",
          text="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 22.08. nicht im Büro und lese "
               "meine E-Mails nur unregelmäßig.\n\nMit freundlichen Grüßen\nJutta Krämer\n", vendor="gmx")
autoreply("vacation-hotmail-auto-reply.eml", frm="Sam Otieno <sam_otieno@hotmail.com>",
          subject="Automatic reply: Harborview member offers", host="snt0-omc1-s3.snt0.hotmail.com",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
          text="Hi, I'm away on holiday with no internet access until 3 September.\nI'll get back to you "
               "when I'm home. Sam\n", vendor="hotmail", year=2013)
autoreply("challenge-mailblocks-verify.eml", frm="Peter Lund <plund@mailblocks.example>",
          subject="Re: Harborview member offers [Please verify your message]", host="mx.mailblocks.example",
          extra=[("Auto-Submitted", "auto-replied"), ("Reply-To", "verify+8812ab@mailblocks.example")],
          text="Hello,\n\nI'm protecting myself from junk mail with a challenge-response system. Your\n"
               "message is being held and has not yet been delivered to me.\n\n"
               "To have it delivered, please open the page below and type the code shown in\n"
               "the picture. You will only have to do this once.\n\n"
               "  http://verify.mailblocks.example/c?k=8812ab9f\n\n"
               "If you do not verify within 7 days your message will be deleted.\n", vendor="mailblocks",
          year=2005)
autoreply("challenge-choicemail-registration.eml", frm="Olivia Grant <ogrant@countrywide-dsl.example>",
          subject="Your message to Olivia Grant is awaiting your confirmation", host="mail.countrywide-dsl.example",
          extra=[("Auto-Submitted", "auto-replied"), ("X-ChoiceMail-Registration-Request", "yes")],
          text="The message you sent to Olivia Grant (ogrant@countrywide-dsl.example) has been\n"
               "held by ChoiceMail, her spam blocker, because your address is not yet on her\n"
               "list of approved senders.\n\nPlease click the link below and fill in the short form to\n"
               "register. Once you are approved your message will be delivered.\n\n"
               "  http://register.countrywide-dsl.example/cm?id=44120\n\nThank you.\n",
          vendor="choicemail", year=2007)

# ================================================================ near-misses (no record expected)


def nb(name, heads, body):
    write(NB, name, mail(heads, body))


def hd(name, host, frm, to, subj, date, extra=()):
    return [hop(name, host, "Postfix", date, "mail.sender.example", "198.51.100.200"), ("Date", date),
            ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, host))] + list(extra)


NBD = dt(2009, 5, 14, 16, 20, 0, "+0000")
bounce_box = "bounces@harborview-books.example"

n = "nb-mailman-digest-returned-mail-thread.eml"
nb(n, hd(n, "lists.gardeners-forum.example", "gardeners-request@lists.gardeners-forum.example", bounce_box,
         "Gardeners Digest, Vol 42, Issue 17", NBD, [("List-Id", "<gardeners.lists.gardeners-forum.example>"),
                                                    ("Precedence", "list")]),
   text_part("Send Gardeners mailing list submissions to\n\tgardeners@lists.gardeners-forum.example\n\n"
             "Today's Topics:\n\n   1. Re: Returned mail from my allotment society list (Ray)\n"
             "   2. Tomato blight again (Mo)\n\n"
             "----------------------------------------------------------------------\n\n"
             "Message: 1\nFrom: Ray <ray@allotment-soc.example>\nSubject: Re: Returned mail\n\n"
             "I keep getting 'mailbox full' bounces from two members, so I've asked them to tidy\n"
             "their inboxes. Anyone else seeing this?\n\n"
             "Message: 2\nFrom: Mo <mo@veg-patch.example>\nSubject: Tomato blight again\n\n"
             "Copper spray early, and keep the leaves dry.\n"))
n = "nb-human-reply-to-returned-mail.eml"
nb(n, hd(n, "mx2.harborview-books.example", "Gail Simmons <gail@fernleigh-school.example>", bounce_box,
         "Re: Returned mail: see transcript for details", NBD, [("In-Reply-To", mid("x", "harborview-books.example"))]),
   text_part("Hi,\n\nI got your newsletter bounce notice forwarded by our office. The address\n"
             "c.wheeler@ is gone, please send it to me instead from now on.\n\nThanks,\nGail\n"))
n = "nb-yahoogroups-list-message.eml"
nb(n, hd(n, "n8.bullet.mail.sp1.yahoo.com", "Tom <tomh_58@yahoo.com>", "vintagebikes@yahoogroups.com",
         "[vintagebikes] Undeliverable parts from the swap meet", NBD,
         [("Mailing-List", "list vintagebikes@yahoogroups.com; contact vintagebikes-owner@yahoogroups.com"),
          ("Delivered-To", "mailing list vintagebikes@yahoogroups.com")]),
   text_part("The parcel with the Sturmey hub came back undeliverable, so I still have it.\n"
             "Anyone want it?\n\n------------------------------------\n\nYahoo! Groups Links\n\n"
             "<*> To unsubscribe from this group, send an email to:\n    vintagebikes-unsubscribe@yahoogroups.com\n"))
n = "nb-fake-dsn-mydoom-attachment.eml"
bnd = boundary(n)
nb(n, hd(n, "mx2.harborview-books.example", "Mail Delivery System <postmaster@harborview-books.example>",
         bounce_box, "Mail Delivery System", dt(2004, 1, 27, 9, 1, 2, "+0000")),
   multipart("mixed", [text_part("The message contains Unicode characters and has been sent as a binary attachment.\n"),
                       part("application/octet-stream; name=\"document.zip\"",
                            b64("PK\x03\x04 not a real archive, placeholder bytes for a sample", "latin-1"), "base64",
                            "Content-Disposition: attachment; filename=\"document.zip\"")], bnd))
n = "nb-spam-undelivered-subject-pharmacy.eml"
nb(n, hd(n, "mx2.harborview-books.example", "Delivery Notification <noreply@pharm-deals.example>", bounce_box,
         "Undelivered Mail Returned to Sender", dt(2008, 3, 2, 1, 2, 3, "+0300")),
   text_part("Your order is waiting!\n\nBest prices on meds, no prescription needed. Click:\n"
             "http://pharm-deals.example/?id=99812\n\nTo stop receiving these offers reply REMOVE.\n"))
n = "nb-phish-windows-live-quota.eml"
nb(n, hd(n, "mx2.harborview-books.example", "Windows Live Team <account-verify@live-team.example>", bounce_box,
         "Your mailbox has exceeded its storage limit", dt(2010, 6, 3, 4, 5, 6, "+0000")),
   text_part("Dear Account User,\n\nYour mailbox has exceeded the storage limit set by your administrator.\n"
             "You may not be able to send or receive new mail until you re-validate your mailbox.\n"
             "To re-validate, click: http://live-team.example/revalidate\n\nWindows Live Team\n"))
n = "nb-outlook-read-receipt-mdn.eml"
nb(n, hd(n, "exch01.contoso-ex.example", "Brenda Cole <b.cole@contoso-ex.example>", bounce_box,
         "Read: Harborview member offers", NBD),
   multipart("report", [text_part("Your message\n\n  To:      b.cole@contoso-ex.example\n"
                                  "  Subject: Harborview member offers\n  Sent:    5/14/2009 9:02 AM\n\n"
                                  "was read on 5/14/2009 4:19 PM.\n"),
                        part("message/disposition-notification",
                             "Reporting-UA: exch01.contoso-ex.example; Microsoft Office Outlook 12.0\n"
                             "Final-Recipient: rfc822;b.cole@contoso-ex.example\n"
                             "Disposition: manual-action/MDN-sent-manually; displayed\n", None)],
             boundary(n), " report-type=disposition-notification;"))
n = "nb-notes-return-receipt.eml"
nb(n, hd(n, "notes01.ashcombe-group.example", "Henrik Aas <henrik.aas@ashcombe-group.example>", bounce_box,
         "Return Receipt", NBD, [("X-Mailer", "Lotus Notes Release 8.0.2 HF623")]),
   text_part("Your document:\tHarborview member offers\nwas received by:\tHenrik Aas/ASHCOMBE\n"
             "at:\t05/14/2009 06:19:44 PM\n"))
n = "nb-groupshield-virus-member-post.eml"
nb(n, hd(n, "lists.parish-council.example", "McAfee GroupShield <groupshield@parish-council.example>",
         "council-owner@parish-council.example", "GroupShield Alert: virus found in a message from a member", NBD),
   text_part("McAfee GroupShield found a virus in a message posted to the list council@.\n\n"
             "Sender: j.brewer@parish-council.example\nVirus: W32/Netsky.p@MM\n"
             "Action: the attachment was cleaned; the message was delivered to the list.\n\n"
             "No action is required.\n"))
n = "nb-antivir-attachment-removed-delivered.eml"
nb(n, hd(n, "mx2.harborview-books.example", "AntiVir MailGate <antivir@harborview-books.example>", bounce_box,
         "[AntiVir] Attachment removed from a message to you", NBD),
   text_part("AntiVir MailGate removed an attachment (invoice.pif: TR/Dldr.Agent.xyz) from a\n"
             "message sent to bounces@harborview-books.example by sales@unknown-seller.example.\n"
             "The rest of the message has been delivered.\n"))
n = "nb-mailman-membership-disabled-member.eml"
nb(n, hd(n, "lists.harborview-books.example", "readers-bounces@lists.harborview-books.example",
         "w.tanaka@bookclub-members.example", "Your Readers membership has been disabled", NBD,
         [("List-Id", "<readers.lists.harborview-books.example>")]),
   text_part("Your membership in the mailing list Readers has been disabled due to excessive\n"
             "bounces. You will not get any more messages from this list until you re-enable\n"
             "your membership. You will receive 3 more reminders like this before your\n"
             "membership in the list is deleted.\n\nTo re-enable your membership, reply to this message.\n"))
n = "nb-ezmlm-confirm-subscribe.eml"
nb(n, hd(n, "lists.qmail-users.example", "qmail-help@lists.qmail-users.example", bounce_box,
         "confirm subscribe to qmail@lists.qmail-users.example", NBD),
   text_part("Hi! This is the ezmlm program. I'm managing the\nqmail@lists.qmail-users.example mailing list.\n\n"
             "To confirm that you would like\n\n   bounces@harborview-books.example\n\n"
             "added to the qmail mailing list, please send an empty reply to this address:\n\n"
             "   qmail-sc.1242318000.abcdef-bounces=harborview-books.example@lists.qmail-users.example\n"))
n = "nb-list-qmail-deferral-log-question.eml"
nb(n, hd(n, "lists.qmail-users.example", "Rob K <robk@smallisp.example>", "qmail@lists.qmail-users.example",
         "deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection", NBD,
         [("List-Id", "<qmail.lists.qmail-users.example>"), ("Precedence", "list")]),
   text_part("Hi all,\n\nmy log is full of lines like\n\n"
             "  delivery 4411: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/\n\n"
             "for one customer's domain. Is it their firewall or my outgoing IP? Thanks, Rob\n"))
n = "nb-logwatch-postfix-report.eml"
nb(n, hd(n, "mx2.harborview-books.example", "logwatch@mx2.harborview-books.example", "root@harborview-books.example",
         "Logwatch for mx2.harborview-books.example (Linux)", NBD),
   text_part(" --------------------- postfix Begin ------------------------\n\n"
             "    2.341M  Bytes accepted\n      412   Accepted\n       17   Rejected\n"
             "        9   Bounced (remote)\n        3   Deferred\n\n"
             " --------------------- postfix End -------------------------\n"))
n = "nb-fake-aol-delivery-failure-spam.eml"
nb(n, hd(n, "mx2.harborview-books.example", "AOL Mail <mailer@aol-notice.example>", bounce_box,
         "Delivery Status Notification (Failure)", dt(2007, 11, 4, 5, 6, 7, "+0000")),
   text_part("Congratulations! Your email address has been selected in our monthly draw.\n"
             "Claim your prize of $500 now at http://aol-notice.example/claim\n"))
n = "nb-customer-reply-out-of-office-mention.eml"
nb(n, hd(n, "mx2.harborview-books.example", "Ivy Chen <ivy.chen@example.net>", bounce_box,
         "Re: out of office?", NBD),
   text_part("No, I'm not out of the office, I just never got the June catalogue.\nCould you resend it? Ivy\n"))
n = "nb-sourceforge-list-bounce-handling.eml"
nb(n, hd(n, "lists.sourceforge.net", "Ann Dee <anndee@example.org>", "phplist-users@lists.sourceforge.net",
         "[phplist-users] bounce rules for Hotmail 'mailbox unavailable'", NBD,
         [("List-Id", "<phplist-users.lists.sourceforge.net>"), ("Precedence", "list")]),
   text_part("Does anyone have a bounce rule that catches Hotmail's 550 mailbox unavailable\n"
             "replies? Mine keeps counting them as unknown.\n\n_______________________________________________\n"
             "phplist-users mailing list\nphplist-users@lists.sourceforge.net\n"))
n = "nb-ecard-notification.eml"
nb(n, hd(n, "mx2.harborview-books.example", "123Greetings <ecards@greetings.example>", bounce_box,
         "You have received an e-card from a friend!", NBD),
   text_part("Someone sent you an e-card! Pick it up at http://greetings.example/pickup?id=55123\n"
             "Your card will be kept for 30 days.\n"))
n = "nb-earthlink-newsletter.eml"
nb(n, hd(n, "elasmtp-galgo.atl.sa.earthlink.net", "EarthLink <news@earthlink.example>", bounce_box,
         "EarthLink News: spamBlocker and your mailbox", NBD),
   text_part("This month: how spamBlocker keeps your mailbox clean, and how to raise your\n"
             "storage quota. Log in to My Account to change your settings.\n"))
n = "nb-delivery-delayed-courier-parcel.eml"
nb(n, hd(n, "mx2.harborview-books.example", "Parcel Tracking <track@fastparcel.example>", bounce_box,
         "Delivery delayed: parcel 77120391", NBD),
   text_part("Your parcel 77120391 is delayed at our depot due to weather. We will retry\n"
             "delivery tomorrow between 8am and 6pm.\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
