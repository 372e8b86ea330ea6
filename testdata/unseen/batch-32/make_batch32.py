#!/usr/bin/env python3
"""Writes testdata/unseen/batch-32: a second take on the MTA families of the
shared corpus (Postfix, Exim, Sendmail, qmail, Courier, OpenSMTPD, Exchange,
Domino, GroupWise, MDaemon, Zimbra, Messaging Server, X.400, the big
mailbox providers, Japanese carriers, SES and SendGrid), written from how
each MTA words its notices, plus near-misses in not-bounce/ and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch32.py [DIR]"""
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


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


def osrc(name, sender, rcpts, subject, date):
    return orig_headers(sender, ", ".join(rcpts), subject, date, mid(name + "/orig", sender.split("@")[1]))


def D(day, h, m, s=0, tz="+0000"):
    return dt(2026, 11, day, h, m, s, tz)


def dsn(name, *, frm, to, subject, date, host, sw, text, recips, orig, returned="headers", extra=(), arrival=None, charset="us-ascii", cte=None):
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips,
                    orig=orig, returned=returned, extra=extra, arrival=arrival, charset=charset, cte=cte)


def notice(name, *, frm, to, subject, date, host, sw, text, orig=None, extra=(), charset="us-ascii", cte=None, auto=True):
    """A non-DSN notice: the text, then the returned headers as message/rfc822 when given."""
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    if orig is None:
        return mail(heads, text_part(text, charset, cte))
    return mail(heads, multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(name)))


def inline(name, *, frm, to, subject, date, host, sw, text, extra=(), auto=True):
    """An old-style notice with the returned message inline in the text."""
    return notice(name, frm=frm, to=to, subject=subject, date=date, host=host, sw=sw, text=text, extra=extra, auto=auto)


# ====================================================================== Postfix

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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, host, sender, rows, subj, date, delay=False, vendor="postfix"):
    """rows: (rcpt, status, remote, diag, text, reason, hard, reply)."""
    body = (PF_DELAY if delay else PF).format(host=host) + "\n\n".join(r[4] for r in rows) + "\n"
    recips = []
    for r in rows:
        d = {"final": r[0], "status": r[1], "action": "delayed" if delay else "failed", "diag": r[3]}
        if r[2]:
            d["remote"] = r[2]
        recips.append(d)
        expect(name, r[0], r[5], r[6], r[1], r[7], "delayed" if delay else "failed", vendor)
    title = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    write(OUT, name, dsn(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=title,
                         date=date, host=host, sw="Postfix", text=body, recips=recips,
                         orig=osrc(name, sender, [r[0] for r in rows], subj, date), arrival=date,
                         returned="headers" if delay else "message"))


n = "pf-smtp-user-unknown-virtual.eml"
postfix(n, "mail.tidewater-kayak.example", "bookings@tidewater-kayak.example", [
    ("r.olander@fjordline-tours.example", "5.1.1", "mx1.fjordline-tours.example",
     "smtp; 550 5.1.1 <r.olander@fjordline-tours.example>: Recipient address rejected: User unknown in virtual mailbox table",
     "<r.olander@fjordline-tours.example>: host mx1.fjordline-tours.example[203.0.113.41]\n    said: 550 5.1.1 <r.olander@fjordline-tours.example>: Recipient address\n    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)", "userunknown", True, "550")],
    "Your booking for the Saturday paddle", D(2, 9, 14, 3, "+0100"))

n = "pf-local-mailbox-full-maildir.eml"
postfix(n, "smtp.quarrystone.example", "accounts@quarrystone.example", [
    ("h.brandt@quarrystone.example", "5.2.2", "", "x-unix; maildrop: maildir over quota.",
     "<h.brandt@quarrystone.example>: delivery via maildrop: maildrop: maildir over\n    quota.", "mailboxfull", False, "")],
    "Invoice 44-1902 for approval", D(2, 11, 40, 10, "+0100"))

n = "pf-host-not-found-typo.eml"
postfix(n, "relay.linden-dental.example", "reception@linden-dental.example", [
    ("mrs.ashworth@gmial.example", "5.4.4", "", "X-Postfix; Host or domain name not found. Name service error for name=gmial.example type=A: Host not found",
     "<mrs.ashworth@gmial.example>: Host or domain name not found. Name service error\n    for name=gmial.example type=A: Host not found", "hostunknown", True, "")],
    "Appointment reminder: 14 November", D(3, 8, 2, 55, "+0000"))

n = "pf-relay-access-denied.eml"
postfix(n, "mx.corbel-arch.example", "studio@corbel-arch.example", [
    ("planning@harlow-council.example", "5.7.1", "mail.harlow-council.example",
     "smtp; 554 5.7.1 <planning@harlow-council.example>: Relay access denied",
     "<planning@harlow-council.example>: host mail.harlow-council.example[198.51.100.23]\n    said: 554 5.7.1 <planning@harlow-council.example>: Relay access denied (in\n    reply to RCPT TO command)", "norelaying", False, "554")],
    "Revised elevation drawings", D(3, 14, 21, 9, "+0000"))

n = "pf-spam-content-after-data.eml"
postfix(n, "out.brightmarket-news.example", "news@brightmarket-news.example", [
    ("subscriber1180@coastal-isp.example", "5.7.1", "mx.coastal-isp.example",
     "smtp; 550 5.7.1 Message rejected as spam by content filter (score 14.2)",
     "<subscriber1180@coastal-isp.example>: host mx.coastal-isp.example[203.0.113.90]\n    said: 550 5.7.1 Message rejected as spam by content filter (score 14.2) (in\n    reply to end of DATA command)", "spamdetected", False, "550")],
    "This week's best deals", D(4, 6, 0, 2, "+0000"))

n = "pf-two-recipients-full-and-unknown.eml"
postfix(n, "mail.oakhollow-school.example", "office@oakhollow-school.example", [
    ("parent.kaur@meadowlink.example", "5.2.2", "mx.meadowlink.example",
     "smtp; 552 5.2.2 <parent.kaur@meadowlink.example>: mailbox is full, try again later",
     "<parent.kaur@meadowlink.example>: host mx.meadowlink.example[198.51.100.7] said:\n    552 5.2.2 <parent.kaur@meadowlink.example>: mailbox is full, try again\n    later (in reply to RCPT TO command)", "mailboxfull", False, "552"),
    ("j.whitfield@meadowlink.example", "5.1.1", "mx.meadowlink.example",
     "smtp; 550 5.1.1 <j.whitfield@meadowlink.example>: no mailbox here by that name",
     "<j.whitfield@meadowlink.example>: host mx.meadowlink.example[198.51.100.7] said:\n    550 5.1.1 <j.whitfield@meadowlink.example>: no mailbox here by that name (in\n    reply to RCPT TO command)", "userunknown", True, "550")],
    "Term dates and trip consent forms", D(4, 15, 33, 0, "+0000"))

n = "pf-delay-connection-timed-out.eml"
postfix(n, "mail.saltmarsh-coop.example", "members@saltmarsh-coop.example", [
    ("treasurer@riverbend-allotments.example", "4.4.1", "",
     "X-Postfix; connect to mail.riverbend-allotments.example[192.0.2.188]:25: Connection timed out",
     "<treasurer@riverbend-allotments.example>: connect to\n    mail.riverbend-allotments.example[192.0.2.188]:25: Connection timed out", "networkerror", False, "")],
    "AGM minutes draft", D(5, 13, 5, 0, "+0000"), delay=True)

n = "pf-message-size-exceeds-limit.eml"
postfix(n, "smtp.heronsgate-photo.example", "prints@heronsgate-photo.example", [
    ("client.dawes@valleynet.example", "5.3.4", "mx2.valleynet.example",
     "smtp; 552 5.3.4 Message size exceeds fixed maximum message size",
     "<client.dawes@valleynet.example>: host mx2.valleynet.example[203.0.113.15]\n    said: 552 5.3.4 Message size exceeds fixed maximum message size (in reply to\n    MAIL FROM command)", "emailtoolarge", False, "552")],
    "Full resolution proofs (38 files)", D(5, 16, 12, 44, "+0000"))

n = "pf-sender-domain-not-found.eml"
postfix(n, "mail.ridgeview-press.example", "no-reply@ridgeview-press.example", [
    ("editor@lantern-quarterly.example", "5.1.8", "mx.lantern-quarterly.example",
     "smtp; 553 5.1.8 <no-reply@ridgeview-press.example>: Sender address rejected: Domain not found",
     "<editor@lantern-quarterly.example>: host mx.lantern-quarterly.example[198.51.100.61]\n    said: 553 5.1.8 <no-reply@ridgeview-press.example>: Sender address rejected:\n    Domain not found (in reply to RCPT TO command)", "rejected", False, "553")],
    "Submission received", D(6, 10, 0, 30, "+0000"))

# Zimbra: Postfix underneath, its own LMTP words.
n = "zimbra-lmtp-no-such-user.eml"
postfix(n, "zmta01.harbourline-ferries.example", "timetables@harbourline-ferries.example", [
    ("deckcrew.old@harbourline-ferries.example", "5.1.1", "zmbx02.harbourline-ferries.example",
     "lmtp; 550 5.1.1 No such user here",
     "<deckcrew.old@harbourline-ferries.example>: host\n    zmbx02.harbourline-ferries.example[192.0.2.72] said: 550 5.1.1 No such user\n    here (in reply to RCPT TO command)", "userunknown", True, "550")],
    "Winter roster", D(6, 7, 45, 0, "-0500"), vendor="zimbra")

n = "zimbra-account-locked-out.eml"
postfix(n, "mta.pinecrest-clinic.example", "scheduling@pinecrest-clinic.example", [
    ("dr.mbeki@pinecrest-clinic.example", "5.2.1", "mbox1.pinecrest-clinic.example",
     "lmtp; 550 5.2.1 Mailbox disabled, not accepting messages",
     "<dr.mbeki@pinecrest-clinic.example>: host mbox1.pinecrest-clinic.example[192.0.2.73]\n    said: 550 5.2.1 Mailbox disabled, not accepting messages (in reply to RCPT TO\n    command)", "suspend", False, "550")],
    "On-call swap request", D(7, 18, 2, 0, "-0500"), vendor="zimbra")

# Providers seen through a Postfix sender.
n = "icloud-mailbox-over-quota.eml"
postfix(n, "mail.fernhill-vets.example", "care@fernhill-vets.example", [
    ("katie.m.lowe@icloud.com", "5.2.2", "mx01.mail.icloud.com",
     "smtp; 552 5.2.2 <katie.m.lowe@icloud.com>: user is over quota",
     "<katie.m.lowe@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: 552\n    5.2.2 <katie.m.lowe@icloud.com>: user is over quota (in reply to RCPT TO\n    command)", "mailboxfull", False, "552")],
    "Biscuit's vaccination is due", D(7, 9, 30, 0, "+0000"), vendor="icloud")

n = "icloud-user-does-not-exist.eml"
postfix(n, "mail.fernhill-vets.example", "care@fernhill-vets.example", [
    ("tom.lowe.1987@me.com", "5.1.1", "mx02.mail.icloud.com",
     "smtp; 550 5.1.1 <tom.lowe.1987@me.com>: user does not exist",
     "<tom.lowe.1987@me.com>: host mx02.mail.icloud.com[17.57.155.23] said: 550 5.1.1\n    <tom.lowe.1987@me.com>: user does not exist (in reply to RCPT TO command)", "userunknown", True, "550")],
    "Biscuit's vaccination is due", D(7, 9, 30, 5, "+0000"), vendor="icloud")

n = "docomo-unknown-user-after-rcpt.eml"
postfix(n, "mail.sakura-juku.example", "info@sakura-juku.example", [
    ("haruto-k.0512@docomo.ne.jp", "5.0.0", "mfsmax.docomo.ne.jp",
     "smtp; 550 Unknown user haruto-k.0512@docomo.ne.jp",
     "<haruto-k.0512@docomo.ne.jp>: host mfsmax.docomo.ne.jp[203.138.181.112] said:\n    550 Unknown user haruto-k.0512@docomo.ne.jp (in reply to end of DATA\n    command)", "userunknown", True, "550")],
    "Class schedule change", D(8, 12, 0, 0, "+0900"), vendor="docomo")

n = "softbank-rejected-by-filter.eml"
postfix(n, "mail.sakura-juku.example", "info@sakura-juku.example", [
    ("yui.takeda_77@i.softbank.jp", "5.7.1", "mx.i.softbank.jp",
     "smtp; 550 5.7.1 <yui.takeda_77@i.softbank.jp>: Recipient address rejected: message refused by the recipient's reception settings",
     "<yui.takeda_77@i.softbank.jp>: host mx.i.softbank.jp[210.146.60.21] said: 550\n    5.7.1 <yui.takeda_77@i.softbank.jp>: Recipient address rejected: message\n    refused by the recipient's reception settings (in reply to RCPT TO command)", "filtered", False, "550")],
    "Class schedule change", D(8, 12, 0, 9, "+0900"), vendor="softbank")

n = "verizon-delay-too-many-connections.eml"
postfix(n, "bulk.northgate-alerts.example", "alerts@northgate-alerts.example", [
    ("pkowalski@verizon.net", "4.7.0", "mx-aol.mail.gm0.yahoodns.net",
     "smtp; 421 4.7.0 [TSS04] Messages from 192.0.2.140 temporarily deferred due to excessive connections; see https://postmaster.yahooinc.com/error-codes",
     "<pkowalski@verizon.net>: host mx-aol.mail.gm0.yahoodns.net[67.195.204.72]\n    said: 421 4.7.0 [TSS04] Messages from 192.0.2.140 temporarily deferred due\n    to excessive connections; see https://postmaster.yahooinc.com/error-codes\n    (in reply to MAIL FROM command)", "ratelimited", False, "421")],
    "Account alert: statement ready", D(9, 4, 10, 0, "+0000"), delay=True, vendor="verizon")

n = "pf-blocked-spamhaus-listed.eml"
postfix(n, "mail.greywell-joinery.example", "quotes@greywell-joinery.example", [
    ("buyer@kestrel-homes.example", "5.7.1", "mx.kestrel-homes.example",
     "smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.201] blocked using zen.spamhaus.org",
     "<buyer@kestrel-homes.example>: host mx.kestrel-homes.example[203.0.113.12] said:\n    554 5.7.1 Service unavailable; Client host [192.0.2.201] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)", "blocked", False, "554")],
    "Quotation Q-7731 oak staircase", D(9, 10, 10, 0, "+0000"))

# ====================================================================== Exim

EXIM = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""
EXIM_DELAY = """This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {host}.

The message identifier is:     {qid}
The subject of the message is: {subj}
The date of the message is:    {date}

The address to which the message has not yet been delivered is:

"""


def exim(name, host, sender, rows, subj, date, delay=False, dsn_part=True, vendor="exim"):
    if delay:
        body = EXIM_DELAY.format(host=host, qid="1v" + qid(name, 4) + "-00" + qid(name + "x", 4) + "-Ab", subj=subj, date=date)
        body += "\n\n".join(r[4] for r in rows) + "\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n"
    else:
        body = EXIM + "\n\n".join(r[4] for r in rows) + "\n"
    recips = []
    for r in rows:
        d = {"final": r[0], "status": r[1], "action": "delayed" if delay else "failed", "diag": r[3]}
        if r[2]:
            d["remote"] = r[2]
        recips.append(d)
        expect(name, r[0], r[5], r[6], r[1] if dsn_part else "", r[7], "delayed" if delay else "failed", vendor)
    title = "Warning: message " + "1v" + qid(name, 4) + " delayed 24 hours" if delay else "Mail delivery failed: returning message to sender"
    frm = f"Mail Delivery System <Mailer-Daemon@{host}>"
    if dsn_part:
        write(OUT, name, dsn(name, frm=frm, to=sender, subject=title, date=date, host=host, sw="Exim 4.97",
                             text=body, recips=recips, orig=osrc(name, sender, [r[0] for r in rows], subj, date),
                             extra=[("X-Failed-Recipients", ", ".join(r[0] for r in rows))] if not delay else []))
    else:
        o = osrc(name, sender, [r[0] for r in rows], subj, date)
        write(OUT, name, inline(name, frm=frm, to=sender, subject=title, date=date, host=host, sw="Exim 4.94",
                                text=body + "\n------ This is a copy of the message, including all the headers. ------\n\n" + o + "\nPlease see the attached invoice.\n",
                                extra=[("X-Failed-Recipients", ", ".join(r[0] for r in rows))]))


n = "exim-rcpt-no-such-user-here.eml"
exim(n, "cp12.hostbay-shared.example", "shop@woolpack-yarns.example", [
    ("knit.circle@tealwater.example", "5.0.0", "mx.tealwater.example",
     "smtp; 550 No such user here",
     "  knit.circle@tealwater.example\n    host mx.tealwater.example [198.51.100.140]\n    SMTP error from remote mail server after RCPT TO:<knit.circle@tealwater.example>:\n    550 No such user here", "userunknown", True, "550")],
    "Your order #20931 has shipped", D(10, 8, 20, 0, "+0000"), dsn_part=False)

n = "exim-local-quota-exceeded.eml"
exim(n, "mail.brackenfold-farm.example", "orders@eggbox-deliveries.example", [
    ("sales@brackenfold-farm.example", "5.0.0", "",
     "X-Exim; mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/vhosts/brackenfold-farm.example/sales)",
     "  sales@brackenfold-farm.example\n    mailbox is full (MTA-imposed quota exceeded while writing to\n    /var/mail/vhosts/brackenfold-farm.example/sales)", "mailboxfull", False, "")],
    "Weekly egg collection", D(10, 17, 3, 0, "+0000"))

n = "exim-unrouteable-domain.eml"
exim(n, "smtp.carrowmore-ceili.example", "band@carrowmore-ceili.example", [
    ("gigs@thecrookedfiddle.example", "5.0.0", "",
     "X-Exim; Unrouteable address",
     "  gigs@thecrookedfiddle.example\n    Unrouteable address", "hostunknown", True, "")],
    "Availability for 20 December", D(11, 20, 44, 0, "+0000"), dsn_part=False)

n = "exim-sender-verify-failed.eml"
exim(n, "relay.marlstone-legal.example", "conveyancing@marlstone-legal.example", [
    ("completions@brookside-homes.example", "5.0.0", "mx.brookside-homes.example",
     "smtp; 550 Verification failed for <conveyancing@marlstone-legal.example>; Sender verify failed",
     "  completions@brookside-homes.example\n    host mx.brookside-homes.example [203.0.113.77]\n    SMTP error from remote mail server after RCPT TO:<completions@brookside-homes.example>:\n    550-Verification failed for <conveyancing@marlstone-legal.example>\n    550-Called:   192.0.2.30\n    550-Sent:     RCPT TO:<conveyancing@marlstone-legal.example>\n    550-Response: 550 5.1.1 No such user\n    550 Sender verify failed", "rejected", False, "550")],
    "Completion statement: 4 Mill Lane", D(11, 11, 15, 0, "+0000"))

n = "exim-gmail-dmarc-5.7.26.eml"
exim(n, "mx.bramblegate-events.example", "tickets@bramblegate-events.example", [
    ("lucyhartnell@gmail.com", "5.7.26", "gmail-smtp-in.l.google.com",
     "smtp; 550-5.7.26 Unauthenticated email from bramblegate-events.example is not accepted due to domain's DMARC policy.",
     "  lucyhartnell@gmail.com\n    host gmail-smtp-in.l.google.com [142.250.102.27]\n    SMTP error from remote mail server after end of data:\n    550-5.7.26 Unauthenticated email from bramblegate-events.example is not\n    550-5.7.26 accepted due to domain's DMARC policy. Please contact the\n    550-5.7.26 administrator of bramblegate-events.example domain if this was a\n    550-5.7.26 legitimate mail. To learn about the DMARC initiative, go to\n    550 5.7.26  https://support.google.com/mail/?p=DmarcRejection a1-2000si1.34 - gsmtp", "authfailure", False, "550")],
    "Your e-tickets for Saturday", D(12, 9, 2, 0, "+0000"), vendor="gmail")

n = "exim-delay-remote-insufficient-storage.eml"
exim(n, "server7.lakeside-hosting.example", "hello@pebblecraft.example", [
    ("orders@fennick-crafts.example", "4.3.1", "mx.fennick-crafts.example",
     "smtp; 452 4.3.1 Insufficient system storage",
     "  orders@fennick-crafts.example\n    host mx.fennick-crafts.example [198.51.100.200]\n    Delay reason: SMTP error from remote mail server after RCPT TO:<orders@fennick-crafts.example>:\n    452 4.3.1 Insufficient system storage", "systemfull", False, "452")],
    "Wholesale price list 2027", D(12, 15, 0, 0, "+0000"), delay=True)

n = "exim-retry-timeout-exceeded.eml"
exim(n, "mail.hollyoak-surveyors.example", "reports@hollyoak-surveyors.example", [
    ("admin@old-mill-lettings.example", "5.0.0", "",
     "X-Exim; retry timeout exceeded",
     "  admin@old-mill-lettings.example\n    retry timeout exceeded", "expired", False, "")],
    "Survey report: 9 Weir Cottages", D(13, 2, 40, 0, "+0000"), dsn_part=False)

# ====================================================================== Sendmail

SM_HEAD = "The original message was received at {arr}\nfrom {client}\n\n"


def sendmail(name, host, sender, client, rows, transcript, subj, date, delay=False, dsnp=True, vendor="sendmail"):
    arr = date
    if delay:
        body = SM_HEAD.format(arr=arr, client=client) + "   *** ** THIS IS A WARNING MESSAGE ONLY ** ***\n   YOU DO NOT NEED TO RESEND YOUR MESSAGE\n   ********************************************\n\nDelivery attempts will continue to be made for 4 days, 20 hours\n\n   ----- Transcript of session follows -----\n" + transcript + "\n"
    else:
        body = SM_HEAD.format(arr=arr, client=client) + "   ----- The following addresses had permanent fatal errors -----\n" + "\n".join(r[4] for r in rows) + "\n\n   ----- Transcript of session follows -----\n" + transcript + "\n"
    recips = []
    for r in rows:
        d = {"final": r[0], "status": r[1], "action": "delayed" if delay else "failed", "diag": r[3], "last": date}
        if r[2]:
            d["remote"] = r[2]
        recips.append(d)
        expect(name, r[0], r[5], r[6], r[1] if dsnp else "", r[7], "delayed" if delay else "failed", vendor)
    title = "Warning: could not send message for past 4 hours" if delay else "Returned mail: see transcript for details"
    frm = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
    o = osrc(name, sender, [r[0] for r in rows], subj, date)
    if dsnp:
        write(OUT, name, dsn(name, frm=frm, to=sender, subject=title, date=date, host=host, sw="8.18.1/8.18.1",
                             text=body, recips=recips, orig=o, returned="headers" if delay else "message"))
    else:
        write(OUT, name, inline(name, frm=frm, to=sender, subject=title, date=date, host=host, sw="8.9.3/8.9.3",
                                text=body + "\n   ----- Original message follows -----\n\n" + o + "\nThanks, see you Monday.\n", auto=False))


n = "sendmail-dsn-user-unknown-550.eml"
sendmail(n, "mail.quillfeather.example", "editor@quillfeather.example", "[192.0.2.55]", [
    ("m.grantham@ashbury-uni.example", "5.1.1", "mx.ashbury-uni.example", "smtp; 550 5.1.1 <m.grantham@ashbury-uni.example>... User unknown",
     "<m.grantham@ashbury-uni.example>\n    (reason: 550 5.1.1 <m.grantham@ashbury-uni.example>... User unknown)", "userunknown", True, "550")],
    "... while talking to mx.ashbury-uni.example.:\n>>> DATA\n<<< 550 5.1.1 <m.grantham@ashbury-uni.example>... User unknown\n550 5.1.1 <m.grantham@ashbury-uni.example>... User unknown\n<<< 503 5.0.0 Need RCPT (recipient)",
    "Proofs for chapter 7", D(13, 16, 30, 0, "-0500"))

n = "sendmail-dsn-host-name-lookup-failure.eml"
sendmail(n, "smtp.westbrook-realty.example", "listings@westbrook-realty.example", "localhost [127.0.0.1]", [
    ("viewings@saltash-lettings.example", "5.1.2", "", "",
     "<viewings@saltash-lettings.example>\n    (reason: 550 Host unknown)", "hostunknown", True, "")],
    "550 5.1.2 <viewings@saltash-lettings.example>... Host unknown (Name server: saltash-lettings.example: host not found)",
    "New listing: 3 bed semi, Harbour Road", D(14, 10, 2, 0, "-0500"))

n = "sendmail-dsn-mailbox-full-552.eml"
sendmail(n, "mail.oldforge-bakery.example", "orders@oldforge-bakery.example", "[192.0.2.9]", [
    ("catering@stmarys-hall.example", "5.2.2", "mail.stmarys-hall.example", "smtp; 552 5.2.2 <catering@stmarys-hall.example>... Mailbox full",
     "<catering@stmarys-hall.example>\n    (reason: 552 5.2.2 <catering@stmarys-hall.example>... Mailbox full)", "mailboxfull", False, "552")],
    "... while talking to mail.stmarys-hall.example.:\n>>> RCPT To:<catering@stmarys-hall.example>\n<<< 552 5.2.2 <catering@stmarys-hall.example>... Mailbox full\n554 5.0.0 Service unavailable",
    "Order for the harvest supper", D(14, 13, 12, 0, "-0500"))

n = "sendmail-dsn-delay-deferred-refused.eml"
sendmail(n, "mail.bluewing-charters.example", "ops@bluewing-charters.example", "[192.0.2.81]", [
    ("dispatch@aeroclub-north.example", "4.4.1", "", "",
     "", "networkerror", False, "")],
    "<dispatch@aeroclub-north.example>... Deferred: Connection refused by mail.aeroclub-north.example.",
    "Fuel uplift for Friday", D(15, 7, 20, 0, "-0500"), delay=True)

n = "sendmail-dsn-ruleset-rejected-sender.eml"
sendmail(n, "relay.tenbury-motors.example", "service@tenbury-motors.example", "[192.0.2.17]", [
    ("fleet@granitebus.example", "5.1.8", "mx.granitebus.example", "smtp; 553 5.1.8 <service@tenbury-motors.example>... Domain of sender address service@tenbury-motors.example does not exist",
     "<fleet@granitebus.example>\n    (reason: 553 5.1.8 <service@tenbury-motors.example>... Domain of sender address service@tenbury-motors.example does not exist)", "rejected", False, "553")],
    "... while talking to mx.granitebus.example.:\n>>> MAIL From:<service@tenbury-motors.example> SIZE=48211\n<<< 553 5.1.8 <service@tenbury-motors.example>... Domain of sender address service@tenbury-motors.example does not exist\n501 5.6.0 Data format error",
    "MOT reminders for the fleet", D(15, 9, 0, 0, "-0500"))

n = "sendmail-old-nodsn-user-unknown.eml"
sendmail(n, "mailhub.physics.oldcampus.example", "seminar@physics.oldcampus.example", "lab12.physics.oldcampus.example [192.0.2.112]", [
    ("kpatel@chem.oldcampus.example", "", "", "",
     "kpatel@chem.oldcampus.example", "userunknown", True, "")],
    "... while talking to chemhub.chem.oldcampus.example.:\n>>> RCPT To:<kpatel@chem.oldcampus.example>\n<<< 550 <kpatel@chem.oldcampus.example>... User unknown\n550 kpatel@chem.oldcampus.example... User unknown",
    "Seminar moved to room 2.14", D(16, 11, 0, 0, "-0500"), dsnp=False)

n = "sendmail-dsn-message-too-large.eml"
sendmail(n, "mail.cinderpath-media.example", "video@cinderpath-media.example", "[192.0.2.66]", [
    ("press@northfield-fc.example", "5.3.4", "mx.northfield-fc.example", "smtp; 552 5.3.4 Message size exceeds fixed limit",
     "<press@northfield-fc.example>\n    (reason: 552 5.3.4 Message size exceeds fixed limit)", "emailtoolarge", False, "552")],
    "... while talking to mx.northfield-fc.example.:\n>>> MAIL From:<video@cinderpath-media.example> SIZE=61290313\n<<< 552 5.3.4 Message size exceeds fixed limit\n554 5.0.0 Service unavailable",
    "Match highlights raw cut", D(16, 19, 40, 0, "-0500"))

# ====================================================================== qmail / qmail-ldap

QM = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""


def qmail(name, host, sender, rows, subj, date, vendor="qmail", head=QM):
    body = head.format(host=host) + "\n\n".join(r[1] for r in rows) + "\n\n--- Below this line is a copy of the message.\n\n" + osrc(name, sender, [r[0] for r in rows], subj, date) + "\nHi all, notes attached.\n"
    for r in rows:
        expect(name, r[0], r[2], r[3], "", r[4], "failed", vendor)
    write(OUT, name, inline(name, frm=f"MAILER-DAEMON@{host}", to=sender, subject="failure notice", date=date,
                            host=host, sw="qmail 1.03", text=body, auto=False))


n = "qmail-remote-mailbox-unavailable.eml"
qmail(n, "mail.coppice-woodland.example", "volunteers@coppice-woodland.example", [
    ("g.ferris@hedgerow-trust.example", "<g.ferris@hedgerow-trust.example>:\n198.51.100.33 does not like recipient.\nRemote host said: 550 5.1.1 Mailbox unavailable: g.ferris@hedgerow-trust.example\nGiving up on 198.51.100.33.", "userunknown", True, "550")],
    "Hedge laying day: bring gloves", D(17, 8, 5, 0, "+0000"))

n = "qmail-local-over-quota.eml"
qmail(n, "mx.wharfside-studio.example", "bookings@drumroom.example", [
    ("kit@wharfside-studio.example", "<kit@wharfside-studio.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)", "mailboxfull", False, "")],
    "Rehearsal slot Thursday", D(17, 13, 45, 0, "+0000"))

n = "qmail-ldap-account-disabled.eml"
qmail(n, "mx.grainger-uni.example", "library@grainger-uni.example", [
    ("a.nwosu@alumni.grainger-uni.example", "<a.nwosu@alumni.grainger-uni.example>:\nSorry, this account has been deactivated by the administrator (#5.2.1)", "suspend", False, "")],
    "Overdue item: Principles of Hydrology", D(18, 9, 0, 0, "+0000"), vendor="qmail-ldap")

n = "qmail-no-host-by-that-name.eml"
qmail(n, "smtp.tinplate-toys.example", "dispatch@tinplate-toys.example", [
    ("buyer@clockwork-emporium.example", "<buyer@clockwork-emporium.example>:\nSorry, I couldn't find any host named clockwork-emporium.example. (#5.1.2)", "hostunknown", True, "")],
    "Pro forma invoice PF-0088", D(18, 15, 20, 0, "+0000"))

n = "qmail-connect-refused-giving-up.eml"
qmail(n, "mail.larkspur-choir.example", "secretary@larkspur-choir.example", [
    ("conductor@stcuthberts-music.example", "<conductor@stcuthberts-music.example>:\nI wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.", "expired", False, "")],
    "Carol service running order", D(19, 6, 30, 0, "+0000"))

n = "qmail-spam-rejected-after-data.eml"
qmail(n, "out.beaconpoint-offers.example", "deals@beaconpoint-offers.example", [
    ("member4471@harbourmail.example", "<member4471@harbourmail.example>:\n203.0.113.120 failed after I sent the message.\nRemote host said: 554 5.7.1 Message blocked: content looks like spam (Bayes 99%)", "spamdetected", False, "554")],
    "Last chance: 60% off", D(19, 22, 0, 0, "+0000"))

# ====================================================================== Courier


def courier(name, host, sender, rows, subj, date, vendor="courier"):
    body = f"""This is a delivery status notification from {host},
running the Courier mail server, version 1.3.8.

The original message was received on {date}
from [192.0.2.45] (port 587)

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

""" + "\n\n".join(r[4] for r in rows) + """

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.
"""
    recips = []
    for r in rows:
        recips.append({"final": r[0], "status": r[1], "diag": r[3], "remote": r[2]})
        expect(name, r[0], r[5], r[6], r[1], r[7], "failed", vendor)
    write(OUT, name, dsn(name, frm=f"Courier mail server at {host} <@>", to=sender, subject="DELIVERY FAILURE: " + subj,
                         date=date, host=host, sw="Courier 1.3.8", text=body, recips=recips,
                         orig=osrc(name, sender, [r[0] for r in rows], subj, date)))


n = "courier-rcpt-unknown-user.eml"
courier(n, "mail.thistledown-books.example", "events@thistledown-books.example", [
    ("author.visits@redkite-press.example", "5.0.0", "mx.redkite-press.example", "smtp; 550 unknown user account",
     "<author.visits@redkite-press.example>:\n    mx.redkite-press.example [198.51.100.92]:\n>>> RCPT TO:<author.visits@redkite-press.example>\n<<< 550 unknown user account", "userunknown", True, "550")],
    "Signing event on 6 December", D(20, 10, 0, 0, "+0000"))

n = "courier-relaying-denied.eml"
courier(n, "mail.thistledown-books.example", "events@thistledown-books.example", [
    ("reviews@fenland-gazette.example", "5.7.1", "smtp.fenland-gazette.example", "smtp; 550 5.7.1 Relaying denied",
     "<reviews@fenland-gazette.example>:\n    smtp.fenland-gazette.example [203.0.113.150]:\n>>> RCPT TO:<reviews@fenland-gazette.example>\n<<< 550 5.7.1 Relaying denied", "norelaying", False, "550")],
    "Review copy request", D(20, 10, 5, 0, "+0000"))

# ====================================================================== OpenSMTPD


def opensmtpd(name, host, sender, rows, subj, date, delay=False):
    if delay:
        body = f"Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n" + "\n".join(r[4] for r in rows) + "\n\nThis is a temporary failure, delivery will be retried.\n\nBelow is a copy of the original message:\n"
    else:
        body = "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\n" + "\n".join(r[4] for r in rows) + "\n\nBelow is a copy of the original message:\n"
    recips = []
    for r in rows:
        recips.append({"final": r[0], "status": r[1], "diag": r[3], "action": "delayed" if delay else "failed"})
        expect(name, r[0], r[5], r[6], r[1], r[7], "delayed" if delay else "failed", "opensmtpd")
    write(OUT, name, dsn(name, frm=f"Mailer Daemon <MAILER-DAEMON@{host}>", to=sender,
                         subject="Delivery status notification: " + ("delayed" if delay else "error"),
                         date=date, host=host, sw="OpenSMTPD", text=body, recips=recips,
                         orig=osrc(name, sender, [r[0] for r in rows], subj, date), returned="message"))


n = "opensmtpd-mailbox-full-552.eml"
opensmtpd(n, "puffin.nesthost.example", "me@nesthost.example", [
    ("sis@lowfell-cottage.example", "5.2.2", "", "smtp; 552 5.2.2 Mailbox full",
     "sis@lowfell-cottage.example: 552 5.2.2 Mailbox full", "mailboxfull", False, "552")],
    "Christmas plans", D(21, 19, 30, 0, "+0100"))

n = "opensmtpd-delay-no-mx-found.eml"
opensmtpd(n, "puffin.nesthost.example", "me@nesthost.example", [
    ("pete@shorehouse-net.example", "4.4.4", "", "smtp; 421 Temporary failure: Network error while trying to reach MXs",
     "pete@shorehouse-net.example: Network error on destination MXs", "networkerror", False, "")],
    "Photos from the weekend", D(21, 20, 0, 0, "+0100"), delay=True)

# ====================================================================== Exchange 2007-2019 / Exchange Online


def exchange(name, host, sender, rows, subj, date, intro, vendor="exchange", gen=None):
    text = intro + "\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: " + (gen or host) + "\n\n" + "\n\n".join(r[4] for r in rows) + "\n\nOriginal message headers:\n\n" + osrc(name, sender, [r[0] for r in rows], subj, date)
    recips = []
    for r in rows:
        recips.append({"final": r[0], "status": r[1], "diag": r[3], "remote": r[2]} if r[2] else {"final": r[0], "status": r[1], "diag": r[3]})
        expect(name, r[0], r[5], r[6], r[1], r[7], "failed", vendor)
    write(OUT, name, dsn(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{sender.split('@')[1]}>",
                         to=sender, subject="Undeliverable: " + subj, date=date, host=host,
                         sw="Microsoft SMTP Server (version=TLS1_2)", text=text, recips=recips,
                         orig=osrc(name, sender, [r[0] for r in rows], subj, date),
                         extra=[("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")]))


n = "exchange2010-recipient-not-found-5.1.1.eml"
exchange(n, "EXCH01.brookfield-eng.example", "procurement@brookfield-eng.example", [
    ("j.rowe@brookfield-eng.example", "5.1.1", "", "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
     "j.rowe@brookfield-eng.example\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", "userunknown", True, "550")],
    "PO 55812 approval", D(22, 9, 10, 0, "+0000"),
    "Delivery has failed to these recipients or groups:\n\nj.rowe@brookfield-eng.example\nThe e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.")

n = "exchange2013-mailbox-full-5.2.2.eml"
exchange(n, "MBX02.ferrisvale-council.example", "hr@ferrisvale-council.example", [
    ("depot.manager@ferrisvale-council.example", "5.2.2", "", "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
     "depot.manager@ferrisvale-council.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.'", "mailboxfull", False, "554")],
    "Shift pattern consultation", D(22, 14, 0, 0, "+0000"),
    "Delivery has failed to these recipients or groups:\n\ndepot.manager@ferrisvale-council.example\nThe recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.")

n = "exchange2016-sender-not-allowed-group.eml"
exchange(n, "EX16-A.tallowmere-hosp.example", "supplier.news@orchard-medical.example", [
    ("all-theatre-staff@tallowmere-hosp.example", "5.7.1", "", "smtp; 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
     "all-theatre-staff@tallowmere-hosp.example\nRemote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'", "securityerror", False, "550")],
    "Product recall notice 11/26", D(23, 8, 0, 0, "+0000"),
    "Delivery has failed to these recipients or groups:\n\nAll Theatre Staff (all-theatre-staff@tallowmere-hosp.example)\nYour message couldn't be delivered because you don't have permission to send to it. Ask the recipient's owner to add you to the list of senders who are allowed to send to it.", vendor="exchange")

n = "exchange2019-remote-dns-failed-5.4.4.eml"
exchange(n, "EXMB1.cranleigh-accounts.example", "payroll@cranleigh-accounts.example", [
    ("finance@quaymoor-ltd.example", "5.4.4", "", "smtp; 554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
     "finance@quaymoor-ltd.example\nRemote Server returned '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'", "hostunknown", True, "554")],
    "November payslips", D(23, 16, 0, 0, "+0000"),
    "Delivery has failed to these recipients or groups:\n\nfinance@quaymoor-ltd.example\nThe domain name in the email address is incorrect. Check the address.")

n = "exchange2019-message-too-big-5.3.4.eml"
exchange(n, "EXMB1.cranleigh-accounts.example", "audit@cranleigh-accounts.example", [
    ("md@lindenshaw-holdings.example", "5.3.4", "", "smtp; 550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route",
     "md@lindenshaw-holdings.example\nRemote Server returned '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route'", "emailtoolarge", False, "550")],
    "Year-end pack with scans", D(24, 10, 0, 0, "+0000"),
    "Delivery has failed to these recipients or groups:\n\nmd@lindenshaw-holdings.example\nThis message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.")


def exo(name, sender, rcpt, subj, date, headline, what, fix, code, status, reply, reason, hard, remote="", vendor="office365", delay=False):
    host = "DB8PR03MB6012.eurprd03.prod.outlook.com"
    text = f"""{headline}

{what}

How to Fix It
{fix}

Was this helpful? Send feedback to Microsoft.

Diagnostic information for administrators:

Generating server: {host}
{rcpt}
{remote + chr(10) if remote else ''}Remote Server returned '{code}'

Original message headers:

""" + osrc(name, sender, [rcpt], subj, date)
    r = {"final": rcpt, "status": status, "diag": "smtp; " + code, "action": "delayed" if delay else "failed"}
    if remote:
        r["remote"] = remote
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)
    write(OUT, name, dsn(name, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + sender.split("@")[1] + ">",
                         to=sender, subject=("Delivery delayed: " if delay else "Undeliverable: ") + subj, date=date,
                         host=host, sw="version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", text=text,
                         recips=[r], orig=osrc(name, sender, [rcpt], subj, date),
                         extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-PublicTrafficType", "Email")]))


n = "exo-recipient-not-found-5.1.10.eml"
exo(n, "grants@windrush-arts.example", "s.ojo@paletteworks.example", "Grant round 3 outcome", D(24, 13, 0, 0, "+0000"),
    "Your message to s.ojo@paletteworks.example couldn't be delivered.",
    "s.ojo wasn't found at paletteworks.example.",
    "The address may be misspelled or may not exist. Try one or more of the following:\n- Retype the recipient's address, then resend the message.",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.ojo@paletteworks.example not found by SMTP address lookup",
    "5.1.10", "550", "userunknown", True)

n = "exo-sender-blocked-outbound-spam.eml"
exo(n, "director@hilltop-lettings.example", "t.mercer@calderwood.example", "Re: deposit return", D(25, 8, 30, 0, "+0000"),
    "Your message couldn't be delivered because you weren't recognized as a valid sender.",
    "The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send messages outside of your organization.",
    "Contact your email admin for assistance.",
    "550 5.1.8 Access denied, bad outbound sender. AS(42004)",
    "5.1.8", "550", "rejected", False)

n = "exo-relay-access-denied-5.7.64.eml"
exo(n, "scanner@amberlea-print.example", "jobs@amberlea-print.example", "Scan from MFP-3", D(25, 9, 0, 0, "+0000"),
    "Your message to jobs@amberlea-print.example couldn't be delivered.",
    "Relay access to the organization is denied for the connecting server.",
    "Check the inbound connector for the partner organization.",
    "550 5.7.64 TenantAttribution; Relay Access Denied [DB8EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
    "5.7.64", "550", "norelaying", False)

n = "exo-delay-remote-4.4.316.eml"
exo(n, "shipping@ravensgate-tools.example", "goodsin@moorhen-supplies.example", "ASN 8812-44", D(26, 11, 0, 0, "+0000"),
    "Delivery is delayed to these recipients or groups:",
    "goodsin@moorhen-supplies.example\n\nSubject: ASN 8812-44\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.",
    "No action is needed.",
    "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.moorhen-supplies.example] [LastAttemptedIP=198.51.100.19:25]",
    "4.4.316", "451", "networkerror", False, delay=True)

n = "outlookcom-s3140-blocklist.eml"
postfix(n, "smtp.greenlane-garage.example", "service@greenlane-garage.example", [
    ("d.whelan@hotmail.co.uk", "5.7.1", "eur.olc.protection.outlook.com",
     "smtp; 550 5.7.1 Unfortunately, messages from [192.0.2.211] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
     "<d.whelan@hotmail.co.uk>: host eur.olc.protection.outlook.com[52.101.68.2] said:\n    550 5.7.1 Unfortunately, messages from [192.0.2.211] weren't sent. Please\n    contact your Internet service provider since part of their network is on\n    our block list (S3140). You can also refer your provider to\n    http://mail.live.com/mail/troubleshooting.aspx#errors.\n    [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-11-26T12:00:41.221Z] (in\n    reply to MAIL FROM command)", "blocked", False, "550")],
    "Your car is ready for collection", D(26, 12, 0, 41, "+0000"), vendor="outlook")

n = "outlookcom-mailbox-unavailable-5.5.0.eml"
postfix(n, "smtp.greenlane-garage.example", "service@greenlane-garage.example", [
    ("gazza_b_1971@outlook.com", "5.5.0", "outlook-com.olc.protection.outlook.com",
     "smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).",
     "<gazza_b_1971@outlook.com>: host outlook-com.olc.protection.outlook.com[52.101.9.0]\n    said: 550 5.5.0 Requested action not taken: mailbox unavailable\n    (S2017062302). [BN1NAM02FT041.eop-nam02.prod.protection.outlook.com] (in\n    reply to RCPT TO command)", "userunknown", True, "550")],
    "Your car is ready for collection", D(26, 12, 1, 3, "+0000"), vendor="outlook")

# ====================================================================== Lotus Domino


def domino(name, host, sender, rcpt, subj, date, because, reason, hard, status="", vendor="domino", dsnp=False):
    text = f"""Your message

  Subject: {subj}

was not delivered to:

  {rcpt}

because:

  {because}
"""
    expect(name, rcpt, reason, hard, status, "", "failed", vendor)
    if dsnp:
        write(OUT, name, dsn(name, frm=f"Postmaster@{host}", to=sender, subject="DELIVERY FAILURE: " + because.split(".")[0],
                             date=date, host=host, sw="Lotus Domino Release 9.0.1FP10", text=text,
                             recips=[{"final": rcpt, "status": status, "diag": "X-Notes; " + because}],
                             orig=osrc(name, sender, [rcpt], subj, date)))
    else:
        write(OUT, name, notice(name, frm=f"Mail Router <Postmaster@{host}>", to=sender, subject="DELIVERY FAILURE: " + because.split(".")[0],
                                date=date, host=host, sw="Lotus Domino Release 8.5.3FP6", text=text,
                                orig=osrc(name, sender, [rcpt], subj, date)))


n = "domino-user-not-listed.eml"
domino(n, "notes.hallam-insure.example", "claims@hallam-insure.example", "p.verity@hallam-insure.example", "Claim HB-20391 photos",
       D(27, 9, 0, 0, "+0000"), "User p.verity@hallam-insure.example (p.verity@hallam-insure.example) not listed in Domino Directory", "userunknown", True)

n = "domino-quota-exceeded-dsn.eml"
domino(n, "mail2.kingsmere-trust.example", "newsletter@kingsmere-trust.example", "graham.tilley@kingsmere-trust.example", "Trustee briefing pack",
       D(27, 10, 0, 0, "+0000"), "Unable to deliver message to recipient's mail file: Recipient's database quota has been exceeded", "mailboxfull", False, status="5.2.2", dsnp=True)

n = "domino-no-route-found.eml"
domino(n, "notes.hallam-insure.example", "claims@hallam-insure.example", "assessor@lakeview-loss.example", "Site visit request",
       D(27, 11, 0, 0, "+0000"), "No route found to domain lakeview-loss.example from server NOTES/HALLAM. Check Server, Connection and Domain documents in Domino Directory.", "hostunknown", True)

# ====================================================================== GroupWise

n = "groupwise-gwia-mailbox-unknown.eml"
text = """The message that you sent was not delivered to the following recipients
because the recipient's address could not be resolved:

    ncarver@tollgate-college.example
       "ncarver" is not a valid user in the post office TOLLGATE_PO.

If you believe this is in error, contact the GroupWise administrator at
postmaster@tollgate-college.example.
"""
expect(n, "ncarver@tollgate-college.example", "userunknown", True, "5.1.1", "", "failed", "groupwise")
write(OUT, n, dsn(n, frm="Mail Delivery System <postmaster@tollgate-college.example>", to="admissions@fieldgate-academy.example",
                  subject="Message status - undeliverable", date=D(28, 8, 40, 0, "-0600"), host="gwia.tollgate-college.example",
                  sw="GroupWise Internet Agent 18.4.1", text=text,
                  recips=[{"final": "ncarver@tollgate-college.example", "status": "5.1.1", "diag": "smtp; 550 5.1.1 User unknown"}],
                  orig=osrc(n, "admissions@fieldgate-academy.example", ["ncarver@tollgate-college.example"], "Transfer credit query", D(28, 8, 39, 0, "-0600"))))

n = "groupwise-delay-undeliverable-4.eml"
text = """Your message has not yet been delivered.

  Subject: Board papers for 3 December
  To:      clerk@waterleat-parish.example

The GroupWise Internet Agent could not connect to the destination host
mail.waterleat-parish.example: the host did not respond. Delivery will be
retried for up to 4 days.
"""
expect(n, "clerk@waterleat-parish.example", "networkerror", False, "4.4.1", "", "delayed", "groupwise")
write(OUT, n, dsn(n, frm="Mail Delivery System <postmaster@gw.hartsfield-dc.example>", to="governance@hartsfield-dc.example",
                  subject="Message status - delayed", date=D(28, 12, 0, 0, "-0600"), host="gw.hartsfield-dc.example",
                  sw="GroupWise Internet Agent 18.4.1", text=text,
                  recips=[{"final": "clerk@waterleat-parish.example", "status": "4.4.1", "action": "delayed",
                           "diag": "smtp; 421 4.4.1 Host mail.waterleat-parish.example did not respond"}],
                  orig=osrc(n, "governance@hartsfield-dc.example", ["clerk@waterleat-parish.example"], "Board papers for 3 December", D(28, 8, 0, 0, "-0600"))))

# ====================================================================== MDaemon

n = "mdaemon-permanent-rcpt-denied.eml"
text = """The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU SHOULD NOT RESEND THE MESSAGE WITHOUT FIRST ADDRESSING THE PROBLEM!

--- Session Transcript ---
 Sun 2026-11-29 10:12:04.221: Parsing message <mdaemon\\Queues\\Remote\\md50000144021.msg>
 Sun 2026-11-29 10:12:04.223: *  From: sales@brightwater-pumps.example
 Sun 2026-11-29 10:12:04.223: *  To: stores@marsh-drainage.example
 Sun 2026-11-29 10:12:04.225: Attempting SMTP connection to [mx.marsh-drainage.example]
 Sun 2026-11-29 10:12:04.410: Connection established [198.51.100.210:25] --> [192.0.2.99:51022]
 Sun 2026-11-29 10:12:04.604: --> MAIL From:<sales@brightwater-pumps.example> SIZE=20412
 Sun 2026-11-29 10:12:04.701: <-- 250 2.1.0 Ok
 Sun 2026-11-29 10:12:04.702: --> RCPT To:<stores@marsh-drainage.example>
 Sun 2026-11-29 10:12:04.799: <-- 550 5.1.1 <stores@marsh-drainage.example>: Recipient address rejected: undeliverable address: mailbox does not exist
 Sun 2026-11-29 10:12:04.800: --> QUIT
--- End Transcript ---
"""
expect(n, "stores@marsh-drainage.example", "userunknown", True, "5.1.1", "550", "failed", "mdaemon")
write(OUT, n, notice(n, frm="MDaemon@mail.brightwater-pumps.example", to="sales@brightwater-pumps.example",
                     subject="Permanent Delivery Failure", date=D(29, 10, 12, 5, "+0000"), host="mail.brightwater-pumps.example",
                     sw="MDaemon PRO v23.5.2", text=text, extra=[("X-MDaemon-Deliver-To", "sales@brightwater-pumps.example")],
                     orig=osrc(n, "sales@brightwater-pumps.example", ["stores@marsh-drainage.example"], "Pump spares quote", D(29, 10, 11, 0, "+0000"))))

n = "mdaemon-warning-still-trying.eml"
text = """The attached message has had transient delivery errors.

MDaemon will continue to try to deliver this message until it is either
delivered or expires.  You will be notified if delivery fails permanently.

--- Session Transcript ---
 Sun 2026-11-29 14:00:10.101: Attempting SMTP connection to [mail.ashcombe-farm.example]
 Sun 2026-11-29 14:00:10.350: Connection established [203.0.113.64:25] --> [192.0.2.99:51300]
 Sun 2026-11-29 14:00:10.611: --> RCPT To:<office@ashcombe-farm.example>
 Sun 2026-11-29 14:00:10.702: <-- 452 4.2.2 Mailbox full, message deferred
 Sun 2026-11-29 14:00:10.703: --> QUIT
--- End Transcript ---
"""
expect(n, "office@ashcombe-farm.example", "mailboxfull", False, "4.2.2", "452", "delayed", "mdaemon")
write(OUT, n, notice(n, frm="MDaemon@mail.brightwater-pumps.example", to="sales@brightwater-pumps.example",
                     subject="Warning: Temporary Delivery Failure", date=D(29, 14, 0, 11, "+0000"), host="mail.brightwater-pumps.example",
                     sw="MDaemon PRO v23.5.2", text=text,
                     orig=osrc(n, "sales@brightwater-pumps.example", ["office@ashcombe-farm.example"], "Irrigation pump delivery", D(29, 9, 0, 0, "+0000"))))

# ====================================================================== Messaging Server / Sun Java System

n = "sunms-unknown-or-illegal-alias.eml"
text = """This report relates to a message you sent with the following header fields:

  Message-id: <""" + qid(n, 16) + """@ccmail.ashbury-uni.example>
  Date: Mon, 30 Nov 2026 08:00:00 +0000
  From: registry@ashbury-uni.example
  To: d.osei@mail.westmarch-poly.example
  Subject: Exam board dates

Your message cannot be delivered to the following recipients:

  Recipient address: d.osei@mail.westmarch-poly.example
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 unknown or illegal alias: d.osei@mail.westmarch-poly.example
  Remote system: dns;mail.westmarch-poly.example (TCP|192.0.2.5|44120|198.51.100.5|25) (mail.westmarch-poly.example ESMTP)
"""
expect(n, "d.osei@mail.westmarch-poly.example", "userunknown", True, "5.1.1", "550", "failed", "messagingserver")
write(OUT, n, dsn(n, frm="Internet Mail Delivery <postmaster@ccmail.ashbury-uni.example>", to="registry@ashbury-uni.example",
                  subject="Delivery Notification: Delivery has failed", date=D(30, 8, 1, 0, "+0000"), host="ccmail.ashbury-uni.example",
                  sw="Oracle Communications Messaging Server 8.1.0.20", text=text,
                  recips=[{"final": "d.osei@mail.westmarch-poly.example", "original": "d.osei@mail.westmarch-poly.example", "status": "5.1.1",
                           "remote": "mail.westmarch-poly.example", "diag": "smtp; 550 5.1.1 unknown or illegal alias: d.osei@mail.westmarch-poly.example"}],
                  orig=osrc(n, "registry@ashbury-uni.example", ["d.osei@mail.westmarch-poly.example"], "Exam board dates", D(30, 8, 0, 0, "+0000"))))

n = "sunms-over-quota-delay.eml"
text = """This report relates to a message you sent with the following header fields:

  Message-id: <""" + qid(n, 16) + """@ccmail.ashbury-uni.example>
  Date: Mon, 30 Nov 2026 09:00:00 +0000
  From: registry@ashbury-uni.example
  To: prof.linde@ashbury-uni.example
  Subject: External examiner fees

Your message has not yet been delivered to the following recipients:

  Recipient address: prof.linde@ashbury-uni.example
  Original address: prof.linde@ashbury-uni.example
  Delivery last attempted at Mon, 30 Nov 2026 13:00:02 +0000
  Reason: User has exceeded their mailbox quota
  Diagnostic code: smtp;452 4.2.2 Mailbox is over quota

Delivery attempts will continue.
"""
expect(n, "prof.linde@ashbury-uni.example", "mailboxfull", False, "4.2.2", "452", "delayed", "messagingserver")
write(OUT, n, dsn(n, frm="Internet Mail Delivery <postmaster@ccmail.ashbury-uni.example>", to="registry@ashbury-uni.example",
                  subject="Delivery Notification: Delivery has been delayed", date=D(30, 13, 0, 5, "+0000"), host="ccmail.ashbury-uni.example",
                  sw="Oracle Communications Messaging Server 8.1.0.20", text=text,
                  recips=[{"final": "prof.linde@ashbury-uni.example", "status": "4.2.2", "action": "delayed",
                           "diag": "smtp; 452 4.2.2 Mailbox is over quota"}],
                  orig=osrc(n, "registry@ashbury-uni.example", ["prof.linde@ashbury-uni.example"], "External examiner fees", D(30, 9, 0, 0, "+0000"))))

# ====================================================================== X.400 gateway

n = "x400-non-delivery-unrecognised-or.eml"
text = """Your message was not delivered to the following recipient(s).

Subject:  Tender clarification 14
Sent:     Mon, 30 Nov 2026 10:02:11 +0000

Recipient:  c=GB;a=ATTMAIL;p=DEFMIN;o=PROCURE;s=HALDANE;g=ROSS;
  (rfc822: ross.haldane@procure.defmin-gw.example)
Reason:     Unable to transfer
Diagnostic: Unrecognised originator/recipient name (O/R name)

MTA: x400gw.northforge-systems.example
"""
expect(n, "ross.haldane@procure.defmin-gw.example", "userunknown", True, "5.1.1", "", "failed", "x400")
write(OUT, n, dsn(n, frm="X.400 Gateway <postmaster@x400gw.northforge-systems.example>", to="bids@northforge-systems.example",
                  subject="Non-delivery report: Tender clarification 14", date=D(30, 10, 20, 0, "+0000"), host="x400gw.northforge-systems.example",
                  sw="Isode M-Switch X.400", text=text,
                  recips=[{"final": "ross.haldane@procure.defmin-gw.example", "status": "5.1.1",
                           "diag": "X-400; reason=unable-to-transfer(1); diagnostic=unrecognised-OR-name(0)"}],
                  orig=osrc(n, "bids@northforge-systems.example", ["ross.haldane@procure.defmin-gw.example"], "Tender clarification 14", D(30, 10, 2, 11, "+0000"))))

# ====================================================================== Gmail (sending side)


def gmail(name, sender, rcpt, subj, date, head, lead, response, status, reply, reason, hard, action="failed"):
    text = f"""
** {head} **

{lead}

The response from the remote server was:
{response}
"""
    expect(name, rcpt, reason, hard, status, reply, action, "gmail")
    write(OUT, name, dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=sender,
                              subject="Delivery Status Notification (" + ("Delay" if action == "delayed" else "Failure") + ")",
                              date=date, host="mx.google.com",
                              hops="Return-Path: <>\nReceived: by 2002:a05:6a10:9b4c:b0:5a1:1c2:40f4 with SMTP id j12csp8812pxb;\n\t" + date,
                              text=text, reporting="mx.google.com",
                              recips=[{"final": rcpt, "status": status, "action": action, "remote": "mail." + rcpt.split("@")[1],
                                       "diag": "smtp; " + response.replace("\n", " ")}],
                              orig=osrc(name, sender, [rcpt], subj, date),
                              extra=[("X-Failed-Recipients", rcpt)] if action == "failed" else []))


n = "gmail-address-not-found-remote.eml"
gmail(n, "pip.harrow.cakes@gmail.com", "info@larchfield-wi.example", "Cake stall for the fair", dt(2026, 12, 1, 9, 0, 0, "-0800"),
      "Address not found", "Your message wasn't delivered to info@larchfield-wi.example because the address couldn't be found, or is unable to receive mail.",
      "550 5.1.1 <info@larchfield-wi.example>: Recipient address rejected: User unknown in local recipient table", "5.1.1", "550", "userunknown", True)

n = "gmail-delay-remote-timeout.eml"
gmail(n, "pip.harrow.cakes@gmail.com", "bookings@millbrook-hall.example", "Hall booking 12 Dec", dt(2026, 12, 1, 11, 0, 0, "-0800"),
      "Message delayed", "There was a temporary problem delivering your message to bookings@millbrook-hall.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.",
      "The recipient server did not accept our requests to connect. [mail.millbrook-hall.example 198.51.100.177: timed out]", "4.4.1", "", "networkerror", False, action="delayed")

n = "gmail-message-blocked-policy.eml"
gmail(n, "pip.harrow.cakes@gmail.com", "events@corn-exchange.example", "Flyer for the market", dt(2026, 12, 1, 14, 0, 0, "-0800"),
      "Message blocked", "Your message to events@corn-exchange.example has been blocked. See technical details below for more information.",
      "554 5.7.1 Message refused: attachment type .docm is not allowed by our mail policy", "5.7.1", "554", "policyviolation", False)

# ====================================================================== Yahoo / AOL (sending side)


def yahoo(name, sender, rcpt, subj, date, said, reason, hard, status, reply, vendor="yahoo", frm="MAILER-DAEMON@yahoo.com", host="sonic301-4.consmr.mail.ne1.yahoo.com"):
    text = f"Sorry, we were unable to deliver your message to the following address.\n\n<{rcpt}>:\n{said}\n"
    expect(name, rcpt, reason, hard, status, reply, "failed", vendor)
    write(OUT, name, dsn(name, frm=frm, to=sender, subject="Failure Notice", date=date, host=host, sw="Yahoo",
                         text=text, recips=[{"final": rcpt, "status": status, "diag": "smtp; " + said.split("said: ", 1)[-1]}],
                         orig=osrc(name, sender, [rcpt], subj, date), returned="message"))


n = "yahoo-sent-to-remote-no-mailbox.eml"
yahoo(n, "bev.tanner55@yahoo.com", "grandad.joe@stonecross-net.example", "Photos of the twins", dt(2026, 12, 2, 7, 0, 0, "-0800"),
      "Remote host said: 550 5.1.1 <grandad.joe@stonecross-net.example>... No such user [RCPT_TO]", "userunknown", True, "5.1.1", "550")

n = "aol-sent-to-remote-spam-554.eml"
yahoo(n, "rjmarsh1954@aol.com", "letters@westdale-herald.example", "Letter to the editor: bypass", dt(2026, 12, 2, 8, 0, 0, "-0500"),
      "Remote host said: 554 5.7.1 Message rejected because it was identified as spam [END_OF_MESSAGE]", "spamdetected", False, "5.7.1", "554", vendor="aol",
      frm="MAILER-DAEMON@aol.com", host="sonic317-21.consmr.mail.bf2.yahoo.com")

n = "yahoo-sent-to-remote-disabled.eml"
yahoo(n, "bev.tanner55@yahoo.com", "ktanner@lowmoor-mail.example", "Christmas dinner", dt(2026, 12, 2, 9, 0, 0, "-0800"),
      "Remote host said: 550 5.2.1 <ktanner@lowmoor-mail.example>: account is disabled [RCPT_TO]", "suspend", False, "5.2.1", "550")

# ====================================================================== KDDI / au

n = "au-kddi-ezweb-unknown.eml"
text = """Your mail sent on Wed, 02 Dec 2026 19:00:00 +0900
could not be delivered to the following recipient;

  sora-mimi.22@ezweb.ne.jp
    Reason: The recipient address does not exist.

Please check the address and send again.
"""
expect(n, "sora-mimi.22@ezweb.ne.jp", "userunknown", True, "5.1.1", "", "failed", "kddi")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@ezweb.ne.jp", to="circle@tennis-minami.example", subject="Mail System Error - Returned Mail",
                  date=dt(2026, 12, 2, 19, 0, 20, "+0900"), host="ezweb.ne.jp", sw="KDDI", text=text,
                  recips=[{"final": "sora-mimi.22@ezweb.ne.jp", "status": "5.1.1", "diag": "smtp; 550 <sora-mimi.22@ezweb.ne.jp>: User unknown"}],
                  orig=osrc(n, "circle@tennis-minami.example", ["sora-mimi.22@ezweb.ne.jp"], "Practice on Sunday", dt(2026, 12, 2, 19, 0, 0, "+0900"))))

n = "au-kddi-ja-filtered-iso2022.eml"
text = """次の宛先へのメール送信は、受信者の迷惑メールフィルター設定により拒否されました。

  mio.haneda-0730@au.com

送信元アドレスが受信を許可されていない可能性があります。
"""
expect(n, "mio.haneda-0730@au.com", "filtered", False, "5.0.0", "550", "failed", "kddi")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@au.com", to="info@tennis-minami.example", subject="Mail System Error - Returned Mail",
                  date=dt(2026, 12, 2, 20, 0, 20, "+0900"), host="dsmtp.au.com", sw="KDDI", text=text.encode("iso-2022-jp").decode("ascii"), charset="iso-2022-jp", cte="7bit",
                  recips=[{"final": "mio.haneda-0730@au.com", "status": "5.0.0", "diag": "smtp; 550 Rejected by recipient's filter settings"}],
                  orig=osrc(n, "info@tennis-minami.example", ["mio.haneda-0730@au.com"], "Court booking", dt(2026, 12, 2, 20, 0, 0, "+0900"))))

# ====================================================================== Amazon SES / SendGrid

n = "ses-mailer-daemon-mailbox-full.eml"
text = """An error occurred while trying to deliver the mail to the following recipients:
ines.duarte@mailcasa.example
"""
expect(n, "ines.duarte@mailcasa.example", "mailboxfull", False, "5.2.2", "552", "failed", "amazonses")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@amazonses.com", to="0102019c3b4a7e51-ae1c@eu-west-1.amazonses.com",
                  subject="Delivery Status Notification (Failure)", date=D(3, 10, 0, 0, "+0000"),
                  host="a4-12.smtp-out.eu-west-1.amazonses.com", sw="Amazon SES", text=text,
                  recips=[{"final": "ines.duarte@mailcasa.example", "status": "5.2.2", "remote": "mx.mailcasa.example",
                           "diag": "smtp; 552 5.2.2 <ines.duarte@mailcasa.example>: mailbox quota exceeded"}],
                  orig=osrc(n, "reminders@dentwell-clinic.example", ["ines.duarte@mailcasa.example"], "Appointment reminder", D(3, 10, 0, 0, "+0000"))))

n = "ses-suppressed-account-level.eml"
text = """An error occurred while trying to deliver the mail to the following recipients:
former.patient@mailcasa.example

The address is on your account-level suppression list. Amazon SES did not attempt delivery.
"""
expect(n, "former.patient@mailcasa.example", "suppressed", False, "5.1.1", "", "failed", "amazonses")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@amazonses.com", to="0102019c3b4a7e52-bb2d@eu-west-1.amazonses.com",
                  subject="Delivery Status Notification (Failure)", date=D(3, 10, 5, 0, "+0000"),
                  host="a4-13.smtp-out.eu-west-1.amazonses.com", sw="Amazon SES", text=text,
                  recips=[{"final": "former.patient@mailcasa.example", "status": "5.1.1",
                           "diag": "smtp; 550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account."}],
                  orig=osrc(n, "reminders@dentwell-clinic.example", ["former.patient@mailcasa.example"], "Appointment reminder", D(3, 10, 5, 0, "+0000"))))

n = "sendgrid-bounce-forward-blocked.eml"
text = """This is an automatically generated message from SendGrid.

A message you sent through SendGrid could not be delivered and has been
recorded as a bounce. Details:

  Recipient:  purchasing@tollbridge-foods.example
  Status:     5.7.1
  Reason:     550 5.7.1 Your IP 149.72.120.33 is listed by a local blocklist, connection refused

Messages to this address will be dropped until the bounce is removed
from your suppression list.
"""
expect(n, "purchasing@tollbridge-foods.example", "blocked", False, "5.7.1", "550", "failed", "sendgrid")
write(OUT, n, notice(n, frm="SendGrid Bounce <bounces@sendgrid.net>", to="alerts@crumbline-bakery.example",
                     subject="Bounce: purchasing@tollbridge-foods.example", date=D(3, 15, 0, 0, "+0000"),
                     host="o1.ptr4411.sendgrid.net", sw="SendGrid", text=text,
                     orig=osrc(n, "orders@crumbline-bakery.example", ["purchasing@tollbridge-foods.example"], "Weekly bread order", D(3, 14, 58, 0, "+0000"))))

# ====================================================================== a delivered DSN (a record: delivered)

n = "postfix-success-dsn-delivered.eml"
text = """This is the mail system at host mail.oakhollow-school.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<governors@oakhollow-school.example>: delivery via dovecot: delivered via
    dovecot service
"""
expect(n, "governors@oakhollow-school.example", "delivered", False, "2.0.0", "", "delivered", "postfix")
write(OUT, n, dsn(n, frm="MAILER-DAEMON@mail.oakhollow-school.example (Mail Delivery System)", to="head@oakhollow-school.example",
                  subject="Successful Mail Delivery Report", date=D(4, 16, 0, 0, "+0000"), host="mail.oakhollow-school.example",
                  sw="Postfix", text=text,
                  recips=[{"final": "governors@oakhollow-school.example", "status": "2.0.0", "action": "delivered",
                           "diag": "x-unix; delivered via dovecot service"}],
                  orig=osrc(n, "head@oakhollow-school.example", ["governors@oakhollow-school.example"], "Ofsted letter", D(4, 15, 59, 0, "+0000"))))

# ====================================================================== near-misses (no record)


def nbw(name, text):
    write(NB, name, text)


def plain(name, *, frm, to, subject, date, host, sw, text, extra=(), charset="us-ascii", cte=None, hopfrom="localhost", hopip="127.0.0.1"):
    heads = [hop(name, host, sw, date, hopfrom, hopip), ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text, charset, cte))


def report(name, *, frm, to, subject, date, host, sw, text, fields, rtype, orig, extra=()):
    bnd = boundary(name)
    ctype = "message/delivery-status" if rtype == "delivery-status" else "message/disposition-notification"
    parts = [text_part(text), part(ctype, fields.rstrip("\n") + "\n", cte=None), part("text/rfc822-headers", orig, cte=None)]
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, multipart("report", parts, bnd, f" report-type={rtype};"))


n = "nb-postfix-relayed-to-non-dsn-host.eml"
nbw(n, report(n, frm="MAILER-DAEMON@mail.oakhollow-school.example (Mail Delivery System)", to="head@oakhollow-school.example",
              subject="Successful Mail Delivery Report", date=D(4, 16, 30, 0), host="mail.oakhollow-school.example", sw="Postfix",
              text="""This is the mail system at host mail.oakhollow-school.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<clerk@county-education.example>: delivery via
    mx.county-education.example[198.51.100.44]:25: 250 2.0.0 Ok: queued as
    4TkQ2x1yZ9z9sRq
""", rtype="delivery-status",
              fields="Reporting-MTA: dns; mail.oakhollow-school.example\n\nFinal-Recipient: rfc822; clerk@county-education.example\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns; mx.county-education.example\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4TkQ2x1yZ9z9sRq\n",
              orig=osrc(n, "head@oakhollow-school.example", ["clerk@county-education.example"], "Admissions figures", D(4, 16, 29, 0))))

n = "nb-exchange-relay-complete-no-notification.eml"
nbw(n, report(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cranleigh-accounts.example>",
              to="audit@cranleigh-accounts.example", subject="Relayed: Engagement letter 2027", date=D(24, 11, 0, 0),
              host="EXMB1.cranleigh-accounts.example", sw="Microsoft SMTP Server",
              text="""Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:

md@lindenshaw-holdings.example (md@lindenshaw-holdings.example)

Subject: Engagement letter 2027
""", rtype="delivery-status",
              fields="Reporting-MTA: dns;EXMB1.cranleigh-accounts.example\n\nFinal-Recipient: rfc822;md@lindenshaw-holdings.example\nAction: relayed\nStatus: 2.6.0\nRemote-MTA: dns;mx.lindenshaw-holdings.example\n",
              orig=osrc(n, "audit@cranleigh-accounts.example", ["md@lindenshaw-holdings.example"], "Engagement letter 2027", D(24, 10, 59, 0))))

n = "nb-sendmail-return-receipt-expanded.eml"
nbw(n, report(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.quillfeather.example>", to="editor@quillfeather.example",
              subject="Return receipt", date=D(13, 17, 0, 0, "-0500"), host="mail.quillfeather.example", sw="8.18.1/8.18.1",
              text="""The original message was received at Fri, 13 Nov 2026 16:59:40 -0500
from [192.0.2.55]

   ----- The following addresses had successful delivery notifications -----
<contributors@quillfeather.example>  (expanded: to multi-recipient alias)
""", rtype="delivery-status",
              fields="Reporting-MTA: dns; mail.quillfeather.example\nArrival-Date: Fri, 13 Nov 2026 16:59:40 -0500\n\nFinal-Recipient: RFC822; contributors@quillfeather.example\nAction: expanded (to multi-recipient alias)\nStatus: 2.0.0\n",
              orig=osrc(n, "editor@quillfeather.example", ["contributors@quillfeather.example"], "Spring issue deadlines", D(13, 16, 59, 40, "-0500"))))

n = "nb-mdn-displayed-outlook.eml"
nbw(n, report(n, frm="Petra Hollis <p.hollis@calderwood.example>", to="director@hilltop-lettings.example",
              subject="Read: Re: deposit return", date=D(25, 12, 4, 0), host="mail.calderwood.example", sw="Microsoft SMTP Server",
              text="""Your message

  To: Petra Hollis
  Subject: Re: deposit return
  Sent: 25 November 2026 08:30:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 25 November 2026 12:04:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", rtype="disposition-notification",
              fields="Reporting-UA: mail.calderwood.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;p.hollis@calderwood.example\nOriginal-Message-ID: " + mid("mdn1", "hilltop-lettings.example") + "\nDisposition: manual-action/MDN-sent-manually; displayed\n",
              orig=osrc(n, "director@hilltop-lettings.example", ["p.hollis@calderwood.example"], "Re: deposit return", D(25, 8, 30, 0))))

n = "nb-mdn-deleted-thunderbird.eml"
nbw(n, report(n, frm="Arne Solberg <arne@fjordline-tours.example>", to="bookings@tidewater-kayak.example",
              subject="Return Receipt (deleted) - Your booking for the Saturday paddle", date=D(2, 18, 0, 0, "+0100"),
              host="mx1.fjordline-tours.example", sw="Postfix",
              text="""This is a Return Receipt for the mail that you sent to arne@fjordline-tours.example.

Note: This Return Receipt only acknowledges that the message was deleted on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", rtype="disposition-notification",
              fields="Reporting-UA: mx1.fjordline-tours.example; Mozilla Thunderbird\nFinal-Recipient: rfc822;arne@fjordline-tours.example\nOriginal-Message-ID: " + mid("mdn2", "tidewater-kayak.example") + "\nDisposition: manual-action/MDN-sent-manually; deleted\n",
              orig=osrc(n, "bookings@tidewater-kayak.example", ["arne@fjordline-tours.example"], "Your booking for the Saturday paddle", D(2, 9, 14, 3, "+0100"))))

n = "nb-domino-return-receipt.eml"
nbw(n, plain(n, frm="Paula Verity/Claims/Hallam@Hallam <paula.verity@hallam-insure.example>", to="claims@hallam-insure.example",
             subject="Return Receipt: Claim HB-20391 photos", date=D(27, 9, 30, 0), host="notes.hallam-insure.example",
             sw="Lotus Domino Release 8.5.3FP6",
             text="""Your document:    Claim HB-20391 photos
was received by:  Paula Verity/Claims/Hallam
at:               27/11/2026 09:29:51
""", extra=[("X-Mailer", "Lotus Notes Release 8.5.3FP6 November 21, 2012")]))

n = "nb-postfix-postmaster-resource-warning.eml"
nbw(n, plain(n, frm="MAILER-DAEMON@mx.corbel-arch.example (Mail Delivery System)", to="postmaster@mx.corbel-arch.example",
             subject="Postmaster Warning: Resource problem", date=D(3, 3, 10, 0), host="mx.corbel-arch.example", sw="Postfix",
             extra=[("Auto-Submitted", "auto-generated")],
             text="""Transcript of session follows.

 Out: 220 mx.corbel-arch.example ESMTP Postfix
 In:  EHLO scanner.corbel-arch.example
 Out: 250-mx.corbel-arch.example
 Out: 250 SIZE 52428800
 In:  MAIL FROM:<scanner@corbel-arch.example> SIZE=1811200
 Out: 452 4.3.1 Insufficient system storage

Session aborted, reason: lost connection

For other details, see the local mail logfile
"""))

n = "nb-postfix-postmaster-policy-transcript.eml"
nbw(n, plain(n, frm="MAILER-DAEMON@mail.linden-dental.example (Mail Delivery System)", to="postmaster@mail.linden-dental.example",
             subject="Postmaster Warning: Unsolicited policy response", date=D(3, 4, 0, 0), host="mail.linden-dental.example", sw="Postfix",
             extra=[("Auto-Submitted", "auto-generated")],
             text="""Transcript of session follows.

 Out: 220 mail.linden-dental.example ESMTP Postfix
 In:  EHLO unknown-host
 Out: 250-mail.linden-dental.example
 Out: 250 8BITMIME
 In:  MAIL FROM:<winner@lottery-prize.example>
 Out: 250 2.1.0 Ok
 In:  RCPT TO:<reception@linden-dental.example>
 Out: 554 5.7.1 Service unavailable; Client host [203.0.113.250] blocked
     using zen.spamhaus.org

Session aborted, reason: lost connection

For other details, see the local mail logfile
"""))

n = "nb-cron-pflogsumm-daily.eml"
nbw(n, plain(n, frm="Cron Daemon <root@relay.linden-dental.example>", to="root@relay.linden-dental.example",
             subject="Cron <root@relay> /usr/sbin/pflogsumm -d yesterday /var/log/mail.log", date=D(4, 6, 25, 0),
             host="relay.linden-dental.example", sw="Postfix",
             extra=[("X-Cron-Env", "<SHELL=/bin/sh>"), ("Auto-Submitted", "auto-generated")],
             text="""Postfix log summaries for Nov  3

Grand Totals
------------
messages

    412   received
    398   delivered
      3   forwarded
      6   deferred  (22  deferrals)
      8   bounced
     37   rejected (8%)

message deferral detail
-----------------------
  smtp (total: 22)
        14   connect to mail.riverbend-allotments.example[192.0.2.188]:25: Connection timed out
         8   host mx.meadowlink.example said: 452 4.2.2 mailbox is full

message bounce detail (by relay)
--------------------------------
  gmial.example (total: 3)
         3   Host or domain name not found. Name service error for name=gmial.example

message reject detail
---------------------
  RCPT
    blocked using zen.spamhaus.org (total: 31)
    User unknown in local recipient table (total: 6)
"""))

n = "nb-cron-qmhandle-queue-report.eml"
nbw(n, plain(n, frm="root@mail.coppice-woodland.example", to="root@mail.coppice-woodland.example",
             subject="Cron <root@mail> /usr/local/bin/qmHandle -l", date=D(17, 7, 0, 0), host="mail.coppice-woodland.example",
             sw="qmail 1.03", extra=[("Auto-Submitted", "auto-generated")],
             text="""Messages in local queue: 0
Messages in remote queue: 2

41877 (12, R)
  Return-path: volunteers@coppice-woodland.example
  From: volunteers@coppice-woodland.example
  To: g.ferris@hedgerow-trust.example
  Subject: Hedge laying day: bring gloves
  Date: Tue, 17 Nov 2026 06:58:11 +0000
  Size: 2411 bytes

41880 (12, R)
  Return-path: volunteers@coppice-woodland.example
  From: volunteers@coppice-woodland.example
  To: chair@hedgerow-trust.example
  Subject: Hedge laying day: bring gloves
  Date: Tue, 17 Nov 2026 06:58:12 +0000
  Size: 2411 bytes
"""))

n = "nb-cron-sendmail-mailq.eml"
nbw(n, plain(n, frm="Cron Daemon <root@mail.bluewing-charters.example>", to="ops@bluewing-charters.example",
             subject="Cron <root@mail> mailq | tail -20", date=D(15, 12, 0, 0, "-0500"), host="mail.bluewing-charters.example",
             sw="8.18.1/8.18.1", extra=[("Auto-Submitted", "auto-generated")],
             text="""		/var/spool/mqueue (2 requests)
-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
5AFC0K1q018822     3120 Sun Nov 15 07:20 <ops@bluewing-charters.example>
                 (Deferred: Connection refused by mail.aeroclub-north.example.)
					 <dispatch@aeroclub-north.example>
5AFC2b8M018990     1877 Sun Nov 15 09:41 <ops@bluewing-charters.example>
					 <hangar2@aeroclub-north.example>
		Total requests: 2
"""))

n = "nb-cron-backup-disk-full.eml"
nbw(n, plain(n, frm="Cron Daemon <root@files.greywell-joinery.example>", to="root@files.greywell-joinery.example",
             subject="Cron <root@files> /usr/local/sbin/nightly-backup.sh", date=D(9, 2, 30, 0), host="files.greywell-joinery.example",
             sw="Postfix", extra=[("Auto-Submitted", "auto-generated")],
             text="""rsync: [receiver] write failed on "/backup/daily/projects/Q-7731.dwg": No space left on device (28)
rsync error: error in file IO (code 11) at receiver.c(380) [receiver=3.2.7]
nightly-backup.sh: rsync exited with status 11, backup incomplete
"""))

n = "nb-cron-smtp-probe-recipient-refused.eml"
nbw(n, plain(n, frm="Cron Daemon <monitor@ops.saltmarsh-coop.example>", to="sysadmin@saltmarsh-coop.example",
             subject="Cron <monitor@ops> /opt/checks/smtp_probe.py", date=D(5, 5, 0, 0), host="ops.saltmarsh-coop.example",
             sw="Postfix", extra=[("Auto-Submitted", "auto-generated")],
             text="""Traceback (most recent call last):
  File "/opt/checks/smtp_probe.py", line 41, in <module>
    s.sendmail(FROM, [TO], msg.as_string())
  File "/usr/lib/python3.12/smtplib.py", line 892, in sendmail
    raise SMTPRecipientsRefused(senderrs)
smtplib.SMTPRecipientsRefused: {'probe-target@saltmarsh-coop.example': (550, b'5.1.1 <probe-target@saltmarsh-coop.example>: Recipient address rejected: User unknown in virtual mailbox table')}
"""))

n = "nb-mdaemon-queue-summary.eml"
nbw(n, plain(n, frm="MDaemon@mail.brightwater-pumps.example", to="admin@brightwater-pumps.example",
             subject="MDaemon Queue Summary Report", date=D(29, 23, 0, 0), host="mail.brightwater-pumps.example",
             sw="MDaemon PRO v23.5.2", extra=[("Auto-Submitted", "auto-generated")],
             text="""Queue summary for mail.brightwater-pumps.example at Sun 2026-11-29 23:00

  Remote queue:   3 message(s)
  Retry queue:    1 message(s)
  Bad queue:      0 message(s)
  Local queue:    0 message(s)

Oldest message in retry queue: 9 hours (to office@ashcombe-farm.example)

This is an informational report only; no action is required.
"""))

n = "nb-zimbra-quota-warning-90.eml"
nbw(n, plain(n, frm="Postmaster <postmaster@harbourline-ferries.example>", to="purser@harbourline-ferries.example",
             subject="Quota warning", date=D(6, 8, 0, 0, "-0500"), host="zmbx02.harbourline-ferries.example", sw="Zimbra",
             extra=[("Auto-Submitted", "auto-generated")],
             text="""Your mailbox size has reached 90% of your quota, which is 2 GB.

Please delete messages you no longer need, or empty your Trash and Junk
folders, so that you can keep receiving mail.
"""))

n = "nb-exchange-recall-success.eml"
nbw(n, plain(n, frm="Graham Tilley <graham.tilley@kingsmere-trust.example>", to="newsletter@kingsmere-trust.example",
             subject="Message Recall Success: Trustee briefing pack", date=D(27, 10, 30, 0), host="EX16-B.kingsmere-trust.example",
             sw="Microsoft SMTP Server",
             extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-Exchange-Message-Is-Ndr", "")],
             text="""Your message

To:      Graham Tilley
Subject: Trustee briefing pack
Sent:    27/11/2026 10:00

has been successfully recalled.
"""))

n = "nb-reply-quoting-exchange-ndr.eml"
nbw(n, plain(n, frm="Sandra Rowe <sandra.rowe@brookfield-eng.example>", to="Mike Dunn <procurement@brookfield-eng.example>",
             subject="RE: Undeliverable: PO 55812 approval", date=D(22, 9, 40, 0), host="EXCH01.brookfield-eng.example",
             sw="Microsoft SMTP Server", hopfrom="ws-0412.brookfield-eng.example", hopip="192.0.2.212",
             extra=[("In-Reply-To", mid("exchange2010-recipient-not-found-5.1.1.eml", "EXCH01.brookfield-eng.example")),
                    ("X-Mailer", "Microsoft Outlook 16.0")],
             text="""Hi Mike,

James left in October, his mailbox was removed last week, hence the
bounce below. Please send PO approvals to me until his replacement starts.

Sandra

-----Original Message-----
From: Microsoft Outlook
Sent: 22 November 2026 09:10
To: Mike Dunn
Subject: Undeliverable: PO 55812 approval

Delivery has failed to these recipients or groups:

j.rowe@brookfield-eng.example
The e-mail address you entered couldn't be found. Please check the
recipient's e-mail address and try to resend the message.

Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""))

n = "nb-reply-quoting-gmail-full.eml"
nbw(n, plain(n, frm="Pip Harrow <pip.harrow.cakes@gmail.com>", to="Karen Dawes <karen.dawes@valleynet.example>",
             subject="Re: cake order for Sunday", date=dt(2026, 12, 1, 16, 0, 0, "-0800"), host="mail-pj1-f41.google.com",
             sw="Google Transport Security", hopfrom="mail-pj1-f41.google.com", hopip="209.85.216.41",
             extra=[("In-Reply-To", "<CAKx8812ab@mail.gmail.com>")],
             text="""Hi Karen,

I tried to send you the photos of the cake but it came back saying

  552-5.2.2 The recipient's inbox is out of storage space.

Could you clear some space, or give me another address? I'll text you
the price in the meantime.

Pip

On Tue, 1 Dec 2026 at 10:02, Karen Dawes <karen.dawes@valleynet.example> wrote:
> Can you do a lemon drizzle for 20 people?
"""))

n = "nb-reply-de-quoting-relay-denied.eml"
nbw(n, plain(n, frm="Jens Albrecht <j.albrecht@kanzlei-albrecht.example>", to="IT-Support <it@kanzlei-albrecht.example>",
             subject=enc_header("Mails an Mandanten kommen zurück", "utf-8", "q"), date=D(12, 9, 15, 0, "+0100"), host="mail.kanzlei-albrecht.example",
             sw="Postfix", hopfrom="nb-07.kanzlei-albrecht.example", hopip="192.0.2.7", charset="utf-8", cte="quoted-printable",
             text="""Hallo zusammen,

seit heute früh kommen meine Mails an externe Empfänger zurück, immer mit

  554 5.7.1 <info@mandant-beispiel.example>: Relay access denied

Intern geht alles. Habe ich am Laptop etwas verstellt? Bitte kurz melden,
ich muss bis Mittag noch zwei Schriftsätze verschicken.

Danke und Gruß
Jens Albrecht
"""))

n = "nb-ses-sending-quota-notice.eml"
nbw(n, plain(n, frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-admin@dentwell-clinic.example",
             subject="Amazon SES: your account's bounce rate is under review", date=D(3, 18, 0, 0), host="a8-30.smtp-out.amazonses.com",
             sw="Amazon SES", hopfrom="a8-30.smtp-out.amazonses.com", hopip="54.240.8.30",
             text="""Hello,

Over the last 7 days, 6.1% of the messages sent from your Amazon SES
account in the EU (Ireland) region bounced. We have placed the account
under review. You can keep sending during the review period.

To avoid a pause in sending, please remove invalid addresses from your
lists and make sure recipients have opted in. Bounce notifications for
your identities are available through Amazon SNS.

Sincerely,
Amazon Web Services
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
