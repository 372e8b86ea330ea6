#!/usr/bin/env python3
"""Writes testdata/unseen/batch-23: one night of a B2B sender
(orders@northwind-supply.example) against the small-business and hosting
servers of the world: cPanel Exim, Plesk Postfix and qmail, Zimbra, Kerio
Connect, MDaemon, SmarterMail, hMailServer, IceWarp, Axigen, CommuniGate
Pro, GroupWise, Exchange 2010-2019 on-premises and Synology MailPlus.
Bounces of every kind (about one in eight a delay), near-misses in
not-bounce/ (these servers' other automatic mail and people's replies), and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch23.py [DIR]"""
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

SENDER = "orders@northwind-supply.example"
SHOST = "mail.northwind-supply.example"
SIP = "192.0.2.25"
CPHOST = "vps7.cp-hostcentral.example"
N = [0]


def when(i):
    """The night: 22:05 UTC onwards, about seven minutes apart."""
    m = 22 * 60 + 5 + 7 * i
    d = 2 if m < 24 * 60 else 3
    m %= 24 * 60
    return dt(2026, 12, d, m // 60, m % 60, (i * 13) % 60)


def odate(i):
    m = 22 * 60 + 7 * i - 40
    d = 2 if m < 24 * 60 else 3
    m %= 24 * 60
    return dt(2026, 12, d, m // 60, m % 60, (i * 7) % 60, "+0100")


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hops(name, by, sw, date, frm=None, ip="127.0.0.1"):
    return received([(frm or "localhost", ip, by, sw, qid(name), date)])


def orig(name, rcpts, subj, i):
    return orig_headers(SENDER, ", ".join(rcpts), subj, odate(i), mid(name + "/o", SHOST),
                        extra=f"Received: from [10.20.1.14] (office-pc14.northwind-supply.example [10.20.1.14])\n\tby {SHOST} with ESMTPSA id {qid(name + 'o', 10)};\n\t{odate(i)}\nX-Mailer: Microsoft Outlook 16.0")


ORIG_BODY = "\nDear customer,\n\nplease find attached our quotation and the delivery schedule for week 50.\n\nKind regards,\nNorthwind Supply - Order desk\n"


def plain_with_copy(name, *, frm, subject, date, host, sw, text, rcpts, osubj, i, extra=(), ctype="message/rfc822",
                    auto=True):
    """A plain-text notice with the returned message (or headers) attached,
    as most of these servers send when they do not write RFC 3464."""
    bnd = boundary(name)
    o = orig(name, rcpts, osubj, i)
    parts = [text_part(text), part(ctype, o + (ORIG_BODY if ctype == "message/rfc822" else ""), cte=None)]
    heads = ["Return-Path: <>", hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", SENDER),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, multipart("mixed", parts, bnd, ""))


def inline(name, *, frm, subject, date, host, sw, text, rcpts, osubj, i, extra=(), auto=True):
    """A single text/plain notice with the original inlined below a rule (Exim, qmail)."""
    o = orig(name, rcpts, osubj, i)
    heads = ["Return-Path: <>", hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", SENDER),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text + o + ORIG_BODY))


def dsn(name, *, frm, subject, date, host, sw, text, recips, osubj, i, extra=(), returned="headers", reporting=None):
    rcpts = [r["final"] for r in recips]
    return dsn_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hops(name, host, sw, date), text=text, recips=recips,
                    orig=orig(name, rcpts, osubj, i) + (ORIG_BODY if returned == "message" else ""),
                    extra=extra, returned=returned, arrival=odate(i), reporting=reporting)


def save(name, text, lines):
    """lines: (recipient, reason, hard, status, reply, action, vendor)."""
    write(OUT, name, text)
    for r in lines:
        rcpt, reason, hard, status, reply = r[:5]
        action = r[5] if len(r) > 5 else "failed"
        vendor = r[6] if len(r) > 6 else ""
        expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


def nxt():
    N[0] += 1
    return N[0]


# ---------------------------------------------------------------- cPanel Exim (the sender's own hosting)

EXIM_HEAD = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")
EXIM_TAIL = "\n------ This is a copy of the message, including all the headers. ------\n\n"


def exim(name, rcpt, detail, osubj, lines):
    i = nxt()
    text = EXIM_HEAD + f"  {rcpt}\n" + detail.rstrip("\n") + "\n" + EXIM_TAIL
    save(name, inline(name, frm=f"Mail Delivery System <Mailer-Daemon@{CPHOST}>",
                      subject="Mail delivery failed: returning message to sender", date=when(i), host=CPHOST,
                      sw="Exim 4.98", text=text, rcpts=[rcpt], osubj=osubj, i=i,
                      extra=[("X-Failed-Recipients", rcpt)]), lines)


def remote(host, ip, stage, rcpt, reply):
    rl = reply.split("\n")
    body = "\n".join("    " + l for l in rl)
    where = f"after RCPT TO:<{rcpt}>" if stage == "rcpt" else ("after end of data" if stage == "data" else "after MAIL FROM:<" + SENDER + "> SIZE=48213")
    return f"    host {host} [{ip}]\n    SMTP error from remote mail server {where}:\n{body}\n"


r = "accounts@brightwell-joinery.example"
exim("cpanel-exim-virtual-table-unknown.eml", r,
     remote("mail.brightwell-joinery.example", "203.0.113.41", "rcpt", r,
            f"550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table"),
     "Quotation Q-26-4471", [(r, "userunknown", True, "5.1.1", "550", "failed", "exim")])

r = "purchasing@harbourview-marine.example"
exim("cpanel-exim-remote-552-size-limit-user.eml", r,
     remote("mx1.harbourview-marine.example", "198.51.100.77", "rcpt", r,
            "552 5.2.2 Mailbox size limit exceeded for this user, try again later"),
     "Statement November", [(r, "mailboxfull", False, "5.2.2", "552", "failed", "exim")])

r = "info@oakley-bakery.example"
exim("cpanel-exim-local-maildir-quota-tmp.eml", r,
     "    mailbox is full (MTA-imposed quota exceeded while writing to\n"
     "    /home/oakleyba/mail/oakley-bakery.example/info/tmp/1764712011.M391P22031.vps7.cp-hostcentral.example)\n",
     "Flour delivery confirmation", [(r, "mailboxfull", False, "", "", "failed", "exim")])

r = "sales@kestrel-optics.example"
exim("cpanel-exim-max-defers-per-hour.eml", r,
     "    Domain northwind-supply.example has exceeded the max defers and failures per hour (5/5 (100%)) allowed.\n"
     "    Message discarded.\n",
     "Price list 2027", [(r, "ratelimited", False, "", "", "failed", "cpanel")])

r = "office@millbrook-dental.example"
exim("cpanel-exim-unrouteable-nxdomain.eml", r,
     "    Unrouteable address\n",
     "Order 88213 shipped", [(r, "hostunknown", True, "", "", "failed", "exim")])

r = "buyer@granite-and-slate.example"
exim("cpanel-exim-spamhaus-zen-listed.eml", r,
     remote("mx.granite-and-slate.example", "203.0.113.9", "rcpt", r,
            "554 5.7.1 Service unavailable; Client host [" + "198.51.100.200" + "] blocked using zen.spamhaus.org;\n"
            "https://www.spamhaus.org/query/ip/198.51.100.200"),
     "Invoice 55120", [(r, "blocked", False, "5.7.1", "554", "failed", "exim")])

r = "team@lakeside-cabinets.example"
exim("cpanel-exim-content-filter-spam-data.eml", r,
     remote("mail.lakeside-cabinets.example", "198.51.100.14", "data", r,
            "550 5.7.1 Message rejected as spam by Content Filtering."),
     "Black Friday trade offer", [(r, "spamdetected", False, "5.7.1", "550", "failed", "exim")])

r = "contact@fernhill-vets.example"
exim("cpanel-exim-callout-sender-verify.eml", r,
     remote("mx.fernhill-vets.example", "203.0.113.120", "rcpt", r,
            "550-Verification failed for <orders@northwind-supply.example>\n"
            "550-Called:   192.0.2.25\n550-Sent:     RCPT TO:<orders@northwind-supply.example>\n"
            "550-Response: 550 No such recipient here\n550 Sender verify failed"),
     "Delivery note DN-9021", [(r, "rejected", False, "", "550", "failed", "exim")])

r = "reception@stonebridge-clinic.example"
exim("cpanel-exim-received-headers-loop.eml", r,
     "    Too many \"Received\" headers - suspected mail loop\n",
     "Appointment supplies", [(r, "networkerror", False, "", "", "failed", "exim")])

r = "m.ortega@quarry-road-farms.example"
exim("cpanel-exim-account-disabled-rcpt.eml", r,
     remote("mail.quarry-road-farms.example", "198.51.100.61", "rcpt", r,
            f"550 5.2.1 <{r}>: Recipient address rejected: this account has been disabled"),
     "Fencing quote", [(r, "suspend", False, "5.2.1", "550", "failed", "exim")])

r = "drawings@atlas-fabrication.example"
exim("cpanel-exim-552-fixed-maximum-size.eml", r,
     remote("mx.atlas-fabrication.example", "203.0.113.88", "mail", r,
            "552 5.3.4 Message size exceeds fixed maximum message size (10485760 bytes)"),
     "Drawings rev C (CAD attached)", [(r, "emailtoolarge", False, "5.3.4", "552", "failed", "exim")])

# cPanel Exim: a delay warning (connection timed out)
i = nxt()
n = "cpanel-exim-warning-delayed-timeout.eml"
r = "orders@riverside-hardware.example"
text = ("This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on vps7.cp-hostcentral.example.\n\n"
        "The message identifier is:     1wQ3kT-0004Xy-2B\n"
        "The subject of the message is: Re-order stock list\n"
        "The date of the message is:    " + odate(i) + "\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {r}\n"
        "    host mail.riverside-hardware.example [198.51.100.140]\n"
        "    Delay reason: connection timed out\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n")
save(n, mail(["Return-Path: <>", hops(n, CPHOST, "Exim 4.98", when(i)), ("Date", when(i)),
              ("From", f"Mail Delivery System <Mailer-Daemon@{CPHOST}>"), ("To", SENDER),
              ("Subject", "Warning: message 1wQ3kT-0004Xy-2B delayed 24 hours"), ("Message-ID", mid(n, CPHOST)),
              ("X-Failed-Recipients", r), ("Auto-Submitted", "auto-replied")], text_part(text)),
     [(r, "networkerror", False, "", "", "delayed", "exim")])

# ---------------------------------------------------------------- Postfix family (Plesk, Zimbra, Synology MailPlus)

PF = ("This is the mail system at host {host}.\n\n"
      "I'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\n"
      "For further assistance, please send mail to postmaster.\n\n"
      "If you do so, please include this problem report. You can\n"
      "delete your own text from the attached returned message.\n\n"
      "                   The mail system\n\n")
PF_DELAY = ("This is the mail system at host {host}.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n")


def pf(name, host, items, osubj, lines, delay=False, sw="Postfix", subject=None):
    """items: (rcpt, status, diag, remote, text-line)."""
    i = nxt()
    head = (PF_DELAY if delay else PF).format(host=host)
    text = head + "\n".join(f"<{it[0]}>: {it[4]}" for it in items) + "\n"
    recips = [{"final": it[0], "status": it[1], "diag": it[2], "remote": it[3],
               "action": "delayed" if delay else "failed",
               "last": when(i), "will_retry": dt(2026, 12, 7, 22, 0, 0) if delay else None} for it in items]
    subj = subject or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    save(name, dsn(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", subject=subj, date=when(i),
                   host=host, sw=sw, text=text, recips=recips, osubj=osubj, i=i), lines)


h = "plesk-web04.hostpoint-eu.example"
r = "k.baptiste@atelier-lumiere.example"
pf("plesk-postfix-lda-unknown-user.eml", h,
   [(r, "5.1.1", f"x-unix; unknown user: \"{r}\"", None, f"unknown user: \"{r}\"")],
   "Commande 4471 - confirmation", [(r, "userunknown", True, "5.1.1", "", "failed", "plesk")])

r = "admin@pinecrest-lodge.example"
pf("plesk-postfix-dovecot-lda-quota.eml", h,
   [(r, "5.2.2", "x-unix; Quota exceeded (mailbox for user is full)", None,
     "Quota exceeded (mailbox for user is full)")],
   "Linen order week 50", [(r, "mailboxfull", False, "5.2.2", "", "failed", "plesk")])

r = "purchase@castlegate-printing.example"
pf("plesk-postfix-remote-relay-access-denied.eml", h,
   [(r, "5.7.1", f"smtp; 554 5.7.1 <{r}>: Relay access denied", "mail.castlegate-printing.example",
     f"host mail.castlegate-printing.example[203.0.113.201] said: 554 5.7.1\n    <{r}>: Relay access denied (in reply to RCPT TO command)")],
   "Paper stock offer", [(r, "norelaying", False, "5.7.1", "554", "failed", "plesk")])

r = "finance@meadowgate-estates.example"
pf("plesk-postfix-dmarc-policy-reject.eml", h,
   [(r, "5.7.1", "smtp; 550 5.7.1 Email rejected per DMARC policy for northwind-supply.example",
     "mx.meadowgate-estates.example",
     "host mx.meadowgate-estates.example[198.51.100.92] said: 550 5.7.1 Email\n    rejected per DMARC policy for northwind-supply.example (in reply to end of\n    DATA command)")],
   "Remittance advice", [(r, "authfailure", False, "5.7.1", "550", "failed", "plesk")])

r = "hello@copperleaf-studio.example"
pf("plesk-postfix-mx-host-not-found.eml", h,
   [(r, "5.4.4", "X-Postfix; Host or domain name not found. Name service error for\n    name=copperleaf-studio.example type=MX: Host not found", None,
     "Host or domain name not found. Name service error for\n    name=copperleaf-studio.example type=MX: Host not found")],
   "Sample pack", [(r, "hostunknown", True, "5.4.4", "", "failed", "plesk")])

r = "jobs@saltmarsh-brewing.example"
pf("plesk-postfix-delay-452-over-quota.eml", h,
   [(r, "4.2.2", "smtp; 452 4.2.2 Mailbox over quota", "mail.saltmarsh-brewing.example",
     "host mail.saltmarsh-brewing.example[203.0.113.55] said: 452 4.2.2 Mailbox\n    over quota (in reply to RCPT TO command)")],
   "Keg collection schedule", [(r, "mailboxfull", False, "4.2.2", "452", "delayed", "plesk")], delay=True)

r = "post@nullroute-holdings.example"
pf("plesk-postfix-null-mx-domain.eml", h,
   [(r, "5.1.10", "X-Postfix; Domain nullroute-holdings.example does not accept mail (nullMX)", None,
     "Domain nullroute-holdings.example does not accept mail (nullMX)")],
   "Statement of account", [(r, "notaccept", True, "5.1.10", "", "failed", "plesk")])

r = "tickets@bluewater-support.example"
pf("plesk-postfix-pipe-command-died.eml", h,
   [(r, "5.3.0", "x-unix; Command died with status 1: \"/usr/lib/plesk-9.0/postfix-local\".\n    Command output: mailbox locked", None,
     "Command died with status 1:\n    \"/usr/lib/plesk-9.0/postfix-local\". Command output: mailbox locked")],
   "Support contract renewal", [(r, "mailererror", False, "5.3.0", "", "failed", "plesk")])

h = "zm-mta01.cloudsuite-host.example"
r = "l.marchetti@villa-cortese.example"
pf("zimbra-rcpt-rejected-address-only.eml", h,
   [(r, "5.1.1", f"smtp; 550 5.1.1 <{r}>: Recipient address rejected:\n    {r}", "zm-mta01.cloudsuite-host.example",
     f"host 127.0.0.1[127.0.0.1] said: 550 5.1.1 <{r}>: Recipient\n    address rejected: {r} (in reply to RCPT TO command)")],
   "Ordine vini dicembre", [(r, "userunknown", True, "5.1.1", "550", "failed", "zimbra")])

r = "warehouse@tidewater-freight.example"
pf("zimbra-lmtp-552-over-quota.eml", h,
   [(r, "5.2.2", f"lmtp; 552 5.2.2 <{r}> Over quota", "zm-mbox02.cloudsuite-host.example",
     f"host zm-mbox02.cloudsuite-host.example[10.40.0.12] said: 552 5.2.2\n    <{r}> Over quota (in reply to end of DATA command)")],
   "Pallet bookings", [(r, "mailboxfull", False, "5.2.2", "552", "failed", "zimbra")])

r = "accounts@ironbark-timber.example"
pf("zimbra-amavis-banned-exe.eml", h,
   [(r, "5.7.0", "smtp; 554 5.7.0 Reject, id=27714-09 - BANNED: P=p003,L=1,M=multipart/mixed |\n    P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice_tool.exe", "zm-mta01.cloudsuite-host.example",
     "host 127.0.0.1[127.0.0.1] said: 554 5.7.0 Reject, id=27714-09 - BANNED:\n    P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice_tool.exe\n    (in reply to end of DATA command)")],
   "Invoice tool", [(r, "policyviolation", False, "5.7.0", "554", "failed", "zimbra")])

r = "office@redfern-legal.example"
pf("zimbra-amavis-infected-trojan.eml", h,
   [(r, "5.7.0", "smtp; 554 5.7.0 Reject, id=30118-02 - INFECTED: Win.Trojan.Emotet-9953838-0", "zm-mta01.cloudsuite-host.example",
     "host 127.0.0.1[127.0.0.1] said: 554 5.7.0 Reject, id=30118-02 - INFECTED:\n    Win.Trojan.Emotet-9953838-0 (in reply to end of DATA command)")],
   "Signed contract", [(r, "virusdetected", False, "5.7.0", "554", "failed", "zimbra")])

r = "events@summit-hall.example"
pf("zimbra-delay-concurrent-connections.eml", h,
   [(r, "4.7.0", "smtp; 421 4.7.0 mx.summit-hall.example Too many concurrent SMTP connections from\n    this IP address; please try again later", "mx.summit-hall.example",
     "host mx.summit-hall.example[198.51.100.33] refused to talk to me: 421 4.7.0\n    mx.summit-hall.example Too many concurrent SMTP connections from this IP\n    address; please try again later")],
   "Catering order", [(r, "ratelimited", False, "4.7.0", "421", "delayed", "zimbra")], delay=True)

h = "mailplus.dsm-office.northwind-supply.example"
r = "design@willowbrook-press.example"
pf("synology-mailplus-barracuda-blocked.eml", h,
   [(r, "5.7.1", "smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using\n    b.barracudacentral.org; https://www.barracudacentral.org/rbl/removal-request/192.0.2.25",
     "mx.willowbrook-press.example",
     "host mx.willowbrook-press.example[203.0.113.17] said: 554 5.7.1 Service\n    unavailable; Client host [192.0.2.25] blocked using b.barracudacentral.org;\n    https://www.barracudacentral.org/rbl/removal-request/192.0.2.25 (in reply to\n    RCPT TO command)")],
   "Print proofs", [(r, "blocked", False, "5.7.1", "554", "failed", "synology")], sw="Synology MailPlus Server")

r = "s.holm@nordkap-design.example"
pf("synology-mailplus-message-file-too-big.eml", h,
   [(r, "5.3.4", "smtp; 552 5.3.4 Error: message file too big", "mail.nordkap-design.example",
     "host mail.nordkap-design.example[198.51.100.150] said: 552 5.3.4 Error:\n    message file too big (in reply to end of DATA command)")],
   "Catalogue PDF (high resolution)", [(r, "emailtoolarge", False, "5.3.4", "552", "failed", "synology")],
   sw="Synology MailPlus Server")

r = "k.lindqvist@northwind-supply.example"
pf("synology-mailplus-local-user-unknown.eml", h,
   [(r, "5.1.1", "x-unix; user unknown", None, "unknown user: \"k.lindqvist\"")],
   "Internal: stock count", [(r, "userunknown", True, "5.1.1", "", "failed", "synology")], sw="Synology MailPlus Server")

# ---------------------------------------------------------------- qmail (older Plesk)


def qmail(name, host, blocks, osubj, lines):
    i = nxt()
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            + "\n".join(blocks) + "\n--- Below this line is a copy of the message.\n\n")
    save(name, inline(name, frm=f"MAILER-DAEMON@{host}", subject="failure notice", date=when(i), host=host,
                      sw="qmail 1.03", text=text, rcpts=[l[0] for l in lines], osubj=osubj, i=i, auto=False), lines)


h = "plesk8.legacy-hosting.example"
r = "info@hollowtree-crafts.example"
qmail("plesk-qmail-no-mailbox-by-that-name.eml", h,
      [f"<{r}>:\nSorry, no mailbox here by that name. (#5.1.1)\n"], "Craft fair stand",
      [(r, "userunknown", True, "5.1.1", "", "failed", "qmail")])
r = "bookings@seaview-guesthouse.example"
qmail("plesk-qmail-mailbox-full-522.eml", h,
      [f"<{r}>:\nThe users mailbox is full. It has exceeded its disk quota and cannot accept new mail. (#5.2.2)\n"],
      "Towel order", [(r, "mailboxfull", False, "5.2.2", "", "failed", "qmail")])
r = "manager@cliffside-motors.example"
qmail("plesk-qmail-queue-too-long.eml", h,
      [f"<{r}>:\n198.51.100.171 does not like recipient.\nRemote host said: 450 4.7.1 Client host rejected: cannot find your hostname, try again later\n"
       "I'm not going to try again; this message has been in the queue too long.\n"],
      "Spare parts list", [(r, "requireptr", False, "4.7.1", "450", "failed", "qmail")])

# ---------------------------------------------------------------- Kerio Connect


def kerio(name, host, rows, osubj, lines, subject=None, intro=None, with_dsn=True):
    i = nxt()
    text = ((intro or "Your message did not reach some or all of the intended recipients.") + "\n\n"
            f"   Subject: {osubj}\n   Sent:    {odate(i)}\n\n"
            "The following recipient(s) could not be reached:\n\n" + "\n".join(rows) + "\n")
    subj = subject or f"Undelivered mail: {osubj}"
    frm = f"Kerio Connect <postmaster@{host}>"
    if with_dsn:
        recips = [{"final": l[0], "status": l[3] or "5.0.0", "diag": ("smtp; " + l[7]) if len(l) > 7 else None,
                   "action": l[5]} for l in lines]
        save(name, dsn(name, frm=frm, subject=subj, date=when(i), host=host, sw="Kerio Connect 10.0.6", text=text,
                       recips=recips, osubj=osubj, i=i), [l[:7] for l in lines])
    else:
        save(name, plain_with_copy(name, frm=frm, subject=subj, date=when(i), host=host, sw="Kerio Connect 10.0.6",
                                   text=text, rcpts=[l[0] for l in lines], osubj=osubj, i=i,
                                   ctype="text/rfc822-headers"), lines)


h = "mail.kerio-partner.example"
r = "p.novak@brnoprecision.example"
kerio("kerio-remote-user-unknown.eml", h,
      [f"   {r}\n      Error Type: SMTP\n      Remote server (198.51.100.66) issued an error.\n"
       f"      Kerio Connect sent: RCPT TO:<{r}>\n      Remote server replied: 550 5.1.1 <{r}>... User unknown"],
      "Objednavka 2218", [(r, "userunknown", True, "5.1.1", "550", "failed", "kerio", f"550 5.1.1 <{r}>... User unknown")])
r = "hr@alpenrose-hotel.example"
kerio("kerio-local-quota-plain.eml", "mail.alpenrose-hotel.example",
      [f"   {r}\n      Error Type: Local delivery\n      The message could not be stored because the recipient's mailbox quota was exceeded."],
      "Uniform fitting", [(r, "mailboxfull", False, "", "", "failed", "kerio")], with_dsn=False)
r = "sales@vantage-labels.example"
kerio("kerio-remote-spf-hardfail.eml", h,
      [f"   {r}\n      Error Type: SMTP\n      Remote server (203.0.113.230) issued an error.\n"
       "      Kerio Connect sent: end of data\n      Remote server replied: 550 5.7.23 Message rejected: SPF validation failed for northwind-supply.example (hard fail)"],
      "Label reorder", [(r, "authfailure", False, "5.7.23", "550", "failed", "kerio",
                         "550 5.7.23 Message rejected: SPF validation failed for northwind-supply.example (hard fail)")])
r = "studio@marlowe-architects.example"
kerio("kerio-delay-no-response.eml", h,
      [f"   {r}\n      Error Type: SMTP\n      Remote server mx.marlowe-architects.example (198.51.100.19) did not respond.\n"
       "      Kerio Connect will keep trying to deliver the message for 4 more days."],
      "Site visit", [(r, "networkerror", False, "4.4.1", "", "delayed", "kerio")],
      subject="Delivery delayed: Site visit",
      intro="This is a warning only. Your message has not been delivered to some recipients yet.")
r = "front.desk@birchwood-spa.example"
kerio("kerio-delay-451-internal-error.eml", h,
      [f"   {r}\n      Error Type: SMTP\n      Remote server (203.0.113.74) issued an error.\n"
       f"      Kerio Connect sent: RCPT TO:<{r}>\n      Remote server replied: 451 4.3.0 Internal server error, please try again later"],
      "Spa products", [(r, "systemerror", False, "4.3.0", "451", "delayed", "kerio",
                        "451 4.3.0 Internal server error, please try again later")],
      subject="Delivery delayed: Spa products",
      intro="This is a warning only. Your message has not been delivered to some recipients yet.")

# ---------------------------------------------------------------- MDaemon


def mdaemon(name, host, rcpt, transcript, osubj, lines, local=None):
    i = nxt()
    if local:
        body = local
    else:
        body = ("After one or more unsuccessful delivery attempts the attached message\n"
                "has been removed from the mail queue on this server.  The number and\n"
                "frequency of delivery attempts are determined by local configuration\n"
                "parameters.\n\n"
                "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n"
                "The following information was logged during the delivery attempt:\n\n"
                f"--- Session Transcript ---\n{transcript}\n--- End Transcript ---\n")
    text = ("The attached message had PERMANENT fatal delivery errors!\n\n" + body +
            f"\n: Message contains [1] file attachments\n\nRecipient: {rcpt}\n")
    save(name, plain_with_copy(name, frm=f"MDaemon@{host}", subject="Permanent Delivery Failure", date=when(i),
                               host=host, sw="MDaemon PRO v24.5.1", text=text, rcpts=[rcpt], osubj=osubj, i=i,
                               extra=[("X-MDaemon-Deliver-To", SENDER), ("X-MDDSN-Message", "Yes")]), lines)


h = "mail.md-hosted.example"


def tx(rhost, rip, rcpt, reply, at="rcpt"):
    lines = [f" Thu 2026-12-03 01:12:09.441: Parsing message <{h}\\pd35000412.msg>",
             f" Thu 2026-12-03 01:12:09.442: *  From: {SENDER}", f" Thu 2026-12-03 01:12:09.442: *  To: {rcpt}",
             f" Thu 2026-12-03 01:12:09.551: Attempting SMTP connection to [{rhost} : 25]",
             f" Thu 2026-12-03 01:12:09.601: Connection established ({rip}:25)",
             f" Thu 2026-12-03 01:12:09.702: --> MAIL From:<{SENDER}> SIZE=38211"]
    if at == "rcpt":
        lines += [" Thu 2026-12-03 01:12:09.780: <-- 250 2.1.0 Ok", f" Thu 2026-12-03 01:12:09.781: --> RCPT To:<{rcpt}>"]
    for rl in reply.split("\n"):
        lines.append(f" Thu 2026-12-03 01:12:09.880: <-- {rl}")
    lines.append(" Thu 2026-12-03 01:12:09.881: --> QUIT")
    return "\n".join(lines)


r = "k.osei@accra-traders.example"
mdaemon("mdaemon-transcript-no-such-user-here.eml", h, r,
        tx("mx.accra-traders.example", "198.51.100.208", r, f"550 5.1.1 <{r}>... No such user here"),
        "Cocoa shipment docs", [(r, "userunknown", True, "5.1.1", "550", "failed", "mdaemon")])
r = "d.wren@hillcrest-school.example"
mdaemon("mdaemon-local-disabled-account.eml", "mail.hillcrest-school.example", r, "",
        "Stationery order", [(r, "suspend", False, "", "", "failed", "mdaemon")],
        local=f"{r} is a disabled account.  This account has been disabled by the\n"
              "mail server administrator and cannot receive messages at this time.\n")
r = "sales@kingfisher-tools.example"
mdaemon("mdaemon-transcript-dnsbl-554.eml", h, r,
        tx("mail.kingfisher-tools.example", "203.0.113.99", r,
           "554 5.7.1 Message from 192.0.2.25 rejected - IP is listed at bl.spamcop.net", at="mail"),
        "Tool catalogue", [(r, "blocked", False, "5.7.1", "554", "failed", "mdaemon")])
r = "purchasing@orchard-packing.example"
mdaemon("mdaemon-transcript-reverse-dns-failed.eml", h, r,
        tx("mx.orchard-packing.example", "198.51.100.44", r,
           "550 5.7.1 Access denied - reverse DNS lookup failed for 192.0.2.25 (no PTR record)", at="mail"),
        "Crate pricing", [(r, "requireptr", False, "5.7.1", "550", "failed", "mdaemon")])

# ---------------------------------------------------------------- SmarterMail


def smarter(name, host, rcpt, reason_line, osubj, lines, delayed=False):
    i = nxt()
    if delayed:
        text = ("This is an automatically generated Delivery Status Notification.\n\n"
                "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                "Delivery to the following recipients has been delayed.\n\n"
                f"       {rcpt}\n\n{reason_line}\n\nThe server will continue to try for up to 72 hours.\n")
        subj = f"Delayed Mail: {osubj}"
    else:
        text = ("This is an automatically generated Delivery Status Notification.\n\n"
                "Delivery to the following recipients failed permanently:\n\n"
                f"       {rcpt}\n\n{reason_line}\n")
        subj = f"Undeliverable: {osubj}"
    save(name, plain_with_copy(name, frm=f"Mail Delivery Subsystem <postmaster@{host}>", subject=subj,
                               date=when(i), host=host, sw="SmarterMail Enterprise 100.0.9200", text=text,
                               rcpts=[rcpt], osubj=osubj, i=i), lines)


h = "mail7.smarter-hosting.example"
r = "admin@cedar-valley-church.example"
smarter("smartermail-552-mailbox-full.eml", h, r, "Reason: Remote host said: 552 5.2.2 Mailbox full",
        "Hall hire invoice", [(r, "mailboxfull", False, "5.2.2", "552", "failed", "smartermail")])
r = "orders@pebble-bay-gifts.example"
smarter("smartermail-sender-blacklisted-domain.eml", h, r,
        "Reason: Remote host said: 550 5.7.1 Sender address orders@northwind-supply.example is blacklisted by the recipient domain",
        "Gift boxes", [(r, "rejected", False, "5.7.1", "550", "failed", "smartermail")])
r = "orders@lighthouse-foods.example"
smarter("smartermail-relay-not-permitted.eml", h, r,
        "Reason: Remote host said: 550 5.7.1 This server does not relay for lighthouse-foods.example",
        "Chilled goods", [(r, "norelaying", False, "5.7.1", "550", "failed", "smartermail")])
r = "newsletter@aster-garden.example"
smarter("smartermail-delayed-too-many-messages.eml", h, r,
        "Reason: Remote host said: 421 4.7.0 Too many messages from your IP address in a short time, slow down",
        "Spring bulbs", [(r, "ratelimited", False, "4.7.0", "421", "delayed", "smartermail")], delayed=True)

# ---------------------------------------------------------------- hMailServer


def hmail(name, host, blocks, osubj, lines):
    i = nxt()
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Sent: {odate(i)}\n   Subject: {osubj}\n\n"
            "The following recipient(s) could not be reached:\n\n" + "\n".join(blocks) + "\n\nhMailServer\n")
    save(name, plain_with_copy(name, frm=f"mailer-daemon@{host}", subject=f"Message undeliverable: {osubj}",
                               date=when(i), host=host, sw="hMailServer", text=text, rcpts=[l[0] for l in lines],
                               osubj=osubj, i=i), lines)


h = "mail.small-office-hm.example"
r = "bob@ashgrove-plumbing.example"
hmail("hmailserver-remote-550-unknown-user.eml", h,
      [f"{r}\n   Error Type: SMTP\n   Remote server (203.0.113.50) issued an error.\n"
       f"   hMailServer sent: RCPT TO:<{r}>\n   Remote server replied: 550 Unknown user"],
      "Boiler parts", [(r, "userunknown", True, "", "550", "failed", "hmailserver")])
r = "info@zephyr-kites-nomx.example"
hmail("hmailserver-no-mail-servers-for-domain.eml", h,
      [f"{r}\n   Error Type: DNS\n   No mail servers appear to exist for the recipients address.\n"
       "   Additional information: Please check that you have not misspelled the recipients email address."],
      "Kite order", [(r, "hostunknown", True, "", "", "failed", "hmailserver")])
r = "plans@foxglove-surveyors.example"
hmail("hmailserver-remote-552-message-too-large.eml", h,
      [f"{r}\n   Error Type: SMTP\n   Remote server (198.51.100.121) issued an error.\n"
       "   hMailServer sent: DATA\n   Remote server replied: 552 5.3.4 Message too large for this server (max 15 MB)"],
      "Survey scans", [(r, "emailtoolarge", False, "5.3.4", "552", "failed", "hmailserver")])
r = "accounts@wharfside-storage.example"
hmail("hmailserver-sender-domain-not-found.eml", h,
      [f"{r}\n   Error Type: SMTP\n   Remote server (203.0.113.168) issued an error.\n"
       f"   hMailServer sent: MAIL FROM:<{SENDER}>\n   Remote server replied: 553 5.1.8 <{SENDER}>: Sender address rejected: Domain not found"],
      "Storage invoice", [(r, "rejected", False, "5.1.8", "553", "failed", "hmailserver")])

# ---------------------------------------------------------------- IceWarp


def icewarp(name, host, rcpt, reason, osubj, lines):
    i = nxt()
    text = ("This message was undeliverable due to the following reason:\n\n"
            f"{reason}\n\nRecipient: <{rcpt}>\n\n"
            "Please reply to Postmaster@" + host.split(".", 1)[1] + "\nif you feel this message to be in error.\n")
    save(name, plain_with_copy(name, frm=f"Postmaster <Postmaster@{host.split('.', 1)[1]}>",
                               subject="Undeliverable mail", date=when(i), host=host, sw="IceWarp 14.1.0",
                               text=text, rcpts=[rcpt], osubj=osubj, i=i), lines)


r = "t.ferreira@porto-ceramica.example"
icewarp("icewarp-mailbox-does-not-exist.eml", "mail.porto-ceramica.example", r,
        f"Your message could not be delivered because the destination mailbox <{r}> does not exist.\n550 5.1.1 Mailbox does not exist",
        "Tile samples", [(r, "userunknown", True, "5.1.1", "550", "failed", "icewarp")])
r = "store@greenfield-organics.example"
icewarp("icewarp-storage-limit-reached.eml", "mail.greenfield-organics.example", r,
        f"The mailbox of user {r} has reached its storage limit (2048 MB used of 2048 MB).\nNew messages cannot be accepted until the user deletes some mail.",
        "Produce price list", [(r, "mailboxfull", False, "", "", "failed", "icewarp")])
r = "desk@union-square-cafe.example"
icewarp("icewarp-spam-scale-refused.eml", "mail.union-square-cafe.example", r,
        "554 5.7.1 Your message scored 11.4 on our spam scale (limit 6.0) and was refused by the content filter",
        "Coffee beans offer", [(r, "spamdetected", False, "5.7.1", "554", "failed", "icewarp")])

# ---------------------------------------------------------------- Axigen


def axigen(name, host, rcpt, reason, osubj, lines, delay=False, status="5.0.0", diag=None):
    i = nxt()
    if delay:
        text = ("This is a delivery delay report (DSN) generated by the Axigen mail server.\n\n"
                "Your message has not yet been delivered to the following recipient(s). The server\n"
                "will continue its attempts; you will be notified if it finally fails.\n\n"
                f"Recipient: {rcpt}\nReason: {reason}\n")
        subj = f"Delivery delay report: {osubj}"
    else:
        text = ("This is a delivery failure report (DSN) generated by the Axigen mail server.\n\n"
                "Your message could not be delivered to the following recipient(s):\n\n"
                f"Recipient: {rcpt}\nReason: {reason}\n")
        subj = f"Delivery failure report: {osubj}"
    recips = [{"final": rcpt, "status": status, "diag": diag, "action": "delayed" if delay else "failed"}]
    save(name, dsn(name, frm=f"Axigen Mail Server <mailer-daemon@{host}>", subject=subj, date=when(i), host=host,
                   sw="Axigen 10.5.18", text=text, recips=recips, osubj=osubj, i=i), lines)


h = "mx.axi-business.example"
r = "bogdan@carpathia-wood.example"
axigen("axigen-550-no-such-user.eml", h, r, "550 5.1.1 Mailbox unavailable. No such user here",
       "Oak boards", [(r, "userunknown", True, "5.1.1", "550", "failed", "axigen")], status="5.1.1",
       diag="smtp; 550 5.1.1 Mailbox unavailable. No such user here")
r = "p.dumitru@danube-logistic.example"
axigen("axigen-dkim-no-passing-signature.eml", h, r,
       "550 5.7.20 No passing DKIM signature found for northwind-supply.example",
       "Transport order", [(r, "authfailure", False, "5.7.20", "550", "failed", "axigen")], status="5.7.20",
       diag="smtp; 550 5.7.20 No passing DKIM signature found for northwind-supply.example")
r = "office@sibiu-tours.example"
axigen("axigen-delay-insufficient-storage.eml", h, r, "452 4.3.1 Insufficient system storage",
       "Group booking", [(r, "systemfull", False, "4.3.1", "452", "delayed", "axigen")], delay=True, status="4.3.1",
       diag="smtp; 452 4.3.1 Insufficient system storage")

# ---------------------------------------------------------------- CommuniGate Pro


def cgp(name, host, rcpt, module, osubj, lines):
    i = nxt()
    text = (f"Failed to deliver to '<{rcpt}>'\n{module}\n")
    save(name, plain_with_copy(name, frm=f"MAILER-DAEMON@{host}", subject=f"Undeliverable mail: {osubj}",
                               date=when(i), host=host, sw="CommuniGate Pro SMTP 6.4.2", text=text,
                               rcpts=[rcpt], osubj=osubj, i=i, ctype="text/rfc822-headers"), lines)


h = "cgp.office-cloud.example"
r = "j.weiss@harz-optik.example"
cgp("communigate-account-full-quota.eml", h, r,
    "LOCAL module(account j.weiss@harz-optik.example) reports:\n account is full (disk quota exceeded)",
    "Lens order", [(r, "mailboxfull", False, "", "", "failed", "communigate")])
r = "sales@moorland-wool.example"
cgp("communigate-smtp-unable-to-relay.eml", h, r,
    "SMTP module(domain moorland-wool.example) reports:\n host mx.moorland-wool.example [198.51.100.84] says:\n"
    f"  550 5.7.1 Unable to relay for {r}",
    "Wool samples", [(r, "norelaying", False, "5.7.1", "550", "failed", "communigate")])
r = "g.brandt@elbe-consult.example"
cgp("communigate-rules-rejected-by-recipient.eml", h, r,
    "RULES module reports:\n message rejected by the recipient's rule \"Block suppliers\"",
    "Consulting offer", [(r, "filtered", False, "", "", "failed", "communigate")])

# ---------------------------------------------------------------- GroupWise


def gw(name, host, rcpt, status_line, osubj, lines):
    i = nxt()
    text = ("Message status - undeliverable\n\n"
            f"  User: {rcpt}\n  Post Office: PO1\n  Reason: {status_line}\n\n"
            f"  Original Message ID: {qid(name, 8)}.{qid(name + 'x', 4)}\n  Subject: {osubj}\n")
    save(name, plain_with_copy(name, frm=f"Mail Administrator <postmaster@{host}>", subject=f"Undeliverable: {osubj}",
                               date=when(i), host=host, sw="GroupWise Internet Agent 18.5.0", text=text,
                               rcpts=[rcpt], osubj=osubj, i=i, auto=False), lines)


r = "registrar@st-aidan-college.example"
gw("groupwise-status-mailbox-full.eml", "gwia.st-aidan-college.example", r,
   "Mailbox is full. The recipient's mailbox has reached its size limit.", "Exam paper order",
   [(r, "mailboxfull", False, "", "", "failed", "groupwise")])
r = "clerk@parish-council-nodns.example"
gw("groupwise-gwia-domain-does-not-exist.eml", "gwia.county-hall.example", r,
   "The message was undeliverable because the domain name in the address does not exist.",
   "Grit bins", [(r, "hostunknown", True, "", "", "failed", "groupwise")])

# ---------------------------------------------------------------- Exchange 2010-2019 on-premises


def exch(name, host, ver, items, osubj, lines, delay=False):
    """items: (rcpt, status, diag, remote, friendly)."""
    i = nxt()
    if delay:
        text = ("Delivery is delayed to these recipients or groups:\n\n"
                + "\n".join(f"{it[0]} ({it[0]})" for it in items) + f"\n\nSubject: {osubj}\n\n"
                "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.\n\n")
    else:
        text = ("Delivery has failed to these recipients or groups:\n\n"
                + "\n".join(f"{it[0]} ({it[0]})\n{it[4]}\n" for it in items) + "\n")
    text += ("\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: " + host + "\n\n"
             + "\n".join(f"{it[0]}\n{it[3] or host}\nRemote Server returned '{it[2]}'\n" for it in items)
             + "\nOriginal message headers:\n\n")
    recips = [{"final": it[0], "status": it[1], "diag": it[2].replace("smtp;", "smtp; ", 1), "remote": it[3],
               "action": "delayed" if delay else "failed"} for it in items]
    subj = (f"Delivery delayed:{osubj}" if delay else f"Undeliverable: {osubj}")
    save(name, dsn(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{host.split('.', 1)[1]}>",
                   subject=subj, date=when(i), host=host, sw=f"Microsoft SMTP Server (version={ver})", text=text,
                   recips=recips, osubj=osubj, i=i, extra=[("X-MS-Exchange-Message-Is-Ndr", ""),
                                                            ("Content-Language", "en-US")]), lines)


r = "m.kaur@birchall-engineering.example"
exch("exchange2010-resolver-recipnotfound.eml", "EXCH01.birchall-engineering.example", "TLS1_2",
     [(r, "5.1.1", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", None,
       "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.")],
     "Gearbox quotation", [(r, "userunknown", True, "5.1.1", "550", "failed", "exchange")])
r = "t.akintola@crestline-insurance.example"
exch("exchange2013-shutoff-quota-exceeded.eml", "MBX02.crestline-insurance.example", "TLS1_2",
     [(r, "5.2.2", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception", None,
       "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.")],
     "Renewal documents", [(r, "mailboxfull", False, "5.2.2", "554", "failed", "exchange")])
r = "board@marsh-lane-trust.example"
exch("exchange2016-content-restrictions-5.7.1.eml", "EX16.marsh-lane-trust.example", "TLS1_2",
     [(r, "5.7.1", "smtp;550 5.7.1 Message rejected due to content restrictions", "mail.marsh-lane-trust.example",
       "Your message wasn't delivered because of the organisation's content restrictions.")],
     "Grant application", [(r, "policyviolation", False, "5.7.1", "550", "failed", "exchange")])
r = "info@tiverton-glass-nodomain.example"
exch("exchange2019-smtpsend-nonexistent-domain.eml", "EX19-EDGE.northwind-supply.example", "TLS1_2",
     [(r, "5.4.4", "smtp;554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", None,
       "The domain name in the e-mail address is incorrect. Check the address.")],
     "Glass panels", [(r, "hostunknown", True, "5.4.4", "554", "failed", "exchange")])
r = "procurement@lindenhall-group.example"
exch("exchange2016-delay-connection-dropped.eml", "EX16-01.northwind-supply.example", "TLS1_2",
     [(r, "4.4.0", "smtp;451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\" Attempted failover to alternate host, but that did not succeed.", "mx.lindenhall-group.example", "")],
     "Framework agreement", [(r, "networkerror", False, "4.4.0", "451", "delayed", "exchange")], delay=True)
r = "accounts@ridgeway-haulage.example"
exch("exchange2019-queue-expired-4.4.7.eml", "EX19-01.northwind-supply.example", "TLS1_2",
     [(r, "4.4.7", "smtp;550 4.4.7 QUEUE.Expired; message expired", "mx.ridgeway-haulage.example",
       "The message couldn't be delivered in the time allowed. The recipient's server didn't respond.")],
     "Haulage rates", [(r, "expired", False, "4.4.7", "550", "failed", "exchange")])
r = "sales@oakhurst-furniture.example"
exch("exchange2013-content-filter-spam.eml", "EX13.oakhurst-furniture.example", "TLS1_2",
     [(r, "5.7.1", "smtp;550 5.7.1 Message rejected as spam by Content Filtering.", "mail.oakhurst-furniture.example",
       "Your message was rejected as junk mail by the receiving organisation's content filter.")],
     "Veneer offer", [(r, "spamdetected", False, "5.7.1", "550", "failed", "exchange")])
r = "admin@pellworth-parish.example"
exch("exchange2010-sender-id-pra-not-permitted.eml", "EXCH2010.pellworth-parish.example", "TLS1_0",
     [(r, "5.7.1", "smtp;550 5.7.1 Sender ID (PRA) Not Permitted", "mail.pellworth-parish.example",
       "The recipient's server rejected the message because the sending server is not permitted for the sender's domain.")],
     "Hall heating quote", [(r, "authfailure", False, "5.7.1", "550", "failed", "exchange")])
r1 = "j.obi@calderbrook-mills.example"
r2 = "archive@calderbrook-mills.example"
exch("exchange2016-two-recipients-unknown-full.eml", "EX16.calderbrook-mills.example", "TLS1_2",
     [(r1, "5.1.1", "smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", None,
       "The e-mail address you entered couldn't be found."),
      (r2, "5.2.2", "smtp;552 5.2.2 STOREDRV.Deliver; mailbox full", None,
       "The recipient's mailbox is full and can't accept messages now.")],
     "Yarn shipment", [(r1, "userunknown", True, "5.1.1", "550", "failed", "exchange"),
                       (r2, "mailboxfull", False, "5.2.2", "552", "failed", "exchange")])

# ---------------------------------------------------------------- more cPanel/Plesk/Zimbra wordings of the same night

r = "office@lindow-accountants.example"
exim("cpanel-exim-retry-timeout-connection-refused.eml", r,
     "    host mail.lindow-accountants.example [203.0.113.144]: Connection refused\n    retry timeout exceeded\n",
     "Year-end packs", [(r, "expired", False, "", "", "failed", "exim")])
r = "hello@pinewood-yoga.example"
exim("cpanel-exim-dmarc-5.7.26.eml", r,
     remote("mx.pinewood-yoga.example", "198.51.100.230", "data", r,
            "550 5.7.26 Unauthenticated email from northwind-supply.example is not accepted due to\ndomain's DMARC policy"),
     "Mats order", [(r, "authfailure", False, "5.7.26", "550", "failed", "exim")])
r = "rentals@heathfield-plant.example"
pf("plesk-postfix-rcpt-mailbox-inactive.eml", "plesk-web04.hostpoint-eu.example",
   [(r, "5.2.1", f"smtp; 550 5.2.1 <{r}>: mailbox inactive - account suspended for non-payment",
     "mx.heathfield-plant.example",
     f"host mx.heathfield-plant.example[203.0.113.180] said: 550 5.2.1\n    <{r}>: mailbox inactive - account suspended for non-payment (in reply\n    to RCPT TO command)")],
   "Digger hire", [(r, "suspend", False, "5.2.1", "550", "failed", "plesk")])
r = "b.carver@eastwick-joiners.example"
pf("zimbra-forward-loop-detected.eml", "zm-mta01.cloudsuite-host.example",
   [(r, "5.4.6", "X-Postfix; mail forwarding loop for b.carver@eastwick-joiners.example", None,
     "mail forwarding loop for b.carver@eastwick-joiners.example")],
   "Door hinges", [(r, "networkerror", False, "5.4.6", "", "failed", "zimbra")])
r = "rfq@tamworth-castings.example"
exch("exchange2019-rst-authrequired-group.eml", "EX19.tamworth-castings.example", "TLS1_2",
     [(r, "5.7.1", "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", None,
       "Your message can't be delivered because delivery to this group is restricted to authenticated senders.")],
     "Castings RFQ", [(r, "securityerror", False, "5.7.1", "550", "failed", "exchange")])
r = "s.mbeki@karoo-exports.example"
mdaemon("mdaemon-transcript-552-too-big.eml", "mail.md-hosted.example", r,
        tx("mx.karoo-exports.example", "198.51.100.7", r,
           "552 5.3.4 Message size 31457280 exceeds the limit of 20971520 bytes", at="mail"),
        "Export photos", [(r, "emailtoolarge", False, "5.3.4", "552", "failed", "mdaemon")])

write_expected(os.path.join(OUT, "expected.jsonl"))

# ================================================================ near-misses (no record expected)


def nb(name, frm, to, subject, date, host, text, extra=(), sw="Postfix", ctype=None):
    heads = [hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    body = ctype if ctype else text_part(text)
    write(NB, name, mail(heads, body))


def d(k):
    return when(k + 3)


nb("nb-cpanel-mailbox-quota-warning-92pct.eml", f"cPanel on {CPHOST} <cpanel@{CPHOST}>", SENDER,
   "[vps7.cp-hostcentral.example] The email account \"orders@northwind-supply.example\" is using 92% of its quota",
   d(1), CPHOST,
   "The email account \"orders@northwind-supply.example\" is approaching its disk quota.\n\n"
   "Used: 4.6 GB of 5 GB (92%)\n\nWhen the account reaches its quota, new messages will be rejected and\n"
   "returned to their senders. Delete old messages or ask your hosting provider for a larger quota.\n\n"
   "Manage this account: https://vps7.cp-hostcentral.example:2096/\n\nDo not reply to this automated message.\n",
   extra=[("Auto-Submitted", "auto-generated"), ("X-Cpanel-Notification", "quota")], sw="Exim 4.98")
nb("nb-zimbra-quota-warning-user.eml", "Postmaster <postmaster@cloudsuite-host.example>", "accounts@northwind-supply.example",
   "Quota warning", d(2), "zm-mta01.cloudsuite-host.example",
   "Your mailbox size has reached 91% of your quota.\n\nPlease delete messages you no longer need, and empty\n"
   "your Trash folder, to free up space. If the mailbox becomes full, incoming\nmessages will be refused.\n\n"
   "Current size: 9.1 GB\nQuota: 10 GB\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-exchange2016-mailbox-almost-full.eml", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-supply.example>",
   "r.hale@northwind-supply.example", "Your mailbox is almost full.", d(3), "EX16-01.northwind-supply.example",
   "Your mailbox is almost full.\n\nYour mailbox is 1.94 GB. When it reaches 2 GB you won't be able to send mail.\n"
   "When it reaches 2.3 GB you won't be able to send or receive mail.\n\n"
   "To make room, delete items you don't need from your mailbox and empty your Deleted Items folder.\n",
   extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("Content-Language", "en-US")], sw="Microsoft SMTP Server")
nb("nb-mdaemon-quota-warning.eml", "MDaemon@mail.md-hosted.example", "sales@md-customer.example",
   "Warning: Account Quota Exceeded Threshold", d(4), "mail.md-hosted.example",
   "This message was created automatically by MDaemon.\n\nThe account sales@md-customer.example has reached 90% of\n"
   "its allowed storage (1800 MB of 2000 MB) or message count (9000 of 10000).\n\n"
   "Please remove old messages soon. Once the limit is reached new mail will be refused.\n",
   extra=[("X-MDaemon-Deliver-To", "sales@md-customer.example")], sw="MDaemon PRO v24.5.1")
nb("nb-smartermail-spam-digest.eml", "SmarterMail <postmaster@smarter-hosting.example>", SENDER,
   "Spam Digest for orders@northwind-supply.example", d(5), "mail7.smarter-hosting.example",
   "Spam Digest for orders@northwind-supply.example\n\nThe following 3 messages were placed in your Junk E-Mail folder\n"
   "in the last 24 hours:\n\n"
   "  From: invoice@billing-alerts.example   Subject: Your payment failed   Score: 14\n"
   "  From: notice@parcel-track.example      Subject: Delivery notification Score: 11\n"
   "  From: hr@payroll-update.example        Subject: Salary review        Score: 9\n\n"
   "Messages in the Junk E-Mail folder are deleted after 30 days.\n",
   extra=[("Auto-Submitted", "auto-generated")], sw="SmarterMail Enterprise")
nb("nb-mdaemon-spam-quarantine-report.eml", "MDaemon@mail.md-hosted.example", "sales@md-customer.example",
   "Spam Filter Quarantine Report", d(6), "mail.md-hosted.example",
   "The following messages addressed to you were quarantined by the spam filter.\n"
   "To release a message, click its Release link.\n\n"
   "Date                 From                            Subject                  Score\n"
   "2026-12-02 21:14     promo@cheap-toner.example       Toner 70% off            12.3   Release\n"
   "2026-12-02 23:40     no-reply@secure-bank.example    Verify your account      18.9   Release\n",
   extra=[("X-MDaemon-Deliver-To", "sales@md-customer.example")], sw="MDaemon PRO v24.5.1")
nb("nb-synology-mailplus-quarantine-digest.eml", "MailPlus Server <noreply@mailplus.dsm-office.northwind-supply.example>",
   SENDER, "[MailPlus] Daily quarantine report", d(7), "mailplus.dsm-office.northwind-supply.example",
   "Dear orders,\n\nMailPlus Server quarantined 2 messages addressed to you in the past 24 hours.\n\n"
   "1. From: sales@bulk-leads.example - \"Buy 10,000 leads\" - Reason: spam\n"
   "2. From: it@helpdesk-verify.example - \"Mailbox storage full, verify now\" - Reason: phishing\n\n"
   "Sign in to MailPlus to review or release them. Quarantined messages are removed after 14 days.\n",
   extra=[("Auto-Submitted", "auto-generated")], sw="Synology MailPlus Server")
nb("nb-zimbra-password-expiry.eml", "Zimbra Administrator <admin@cloudsuite-host.example>", "accounts@northwind-supply.example",
   "Your password will expire in 5 days", d(8), "zm-mta01.cloudsuite-host.example",
   "Hello,\n\nthe password of your account accounts@northwind-supply.example will expire on\n"
   "8 December 2026. Change it in the web client under Preferences > Accounts.\n\n"
   "If the password expires, you will not be able to sign in until an administrator resets it.\n",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-exchange2019-password-expiry-reminder.eml", "IT Service Desk <it-noreply@northwind-supply.example>",
   "r.hale@northwind-supply.example", "Reminder: your network password expires in 3 days", d(9),
   "EX19-01.northwind-supply.example",
   "Dear Rachel Hale,\n\nYour Windows/Outlook password expires on Sunday 6 December 2026.\n"
   "Please change it from a domain computer (Ctrl+Alt+Del > Change a password) or in Outlook on the web\n"
   "(Settings > Password).\n\nThis is an automated message from the password expiry notification task.\n",
   sw="Microsoft SMTP Server")
nb("nb-axigen-password-change-policy.eml", "Axigen Mail Server <postmaster@axi-business.example>", "office@axi-customer.example",
   "Password change required", d(10), "mx.axi-business.example",
   "Your account office@axi-customer.example uses a password older than 180 days.\n"
   "According to the server policy you must set a new password at your next WebMail login.\n",
   extra=[("Auto-Submitted", "auto-generated")], sw="Axigen 10.5.18")
bnd = boundary("nb-exchange-read-receipt-mdn.eml")
mdn = multipart("report", [
    text_part("Your message\n\n  To: Rachel Hale\n  Subject: Quotation Q-26-4470\n  Sent: Wednesday, 2 December 2026 17:04:11 (UTC+00:00)\n\n"
              "was read on Wednesday, 2 December 2026 22:31:05 (UTC+00:00).\n"),
    part("message/disposition-notification",
         "Reporting-UA: EX19-01.northwind-supply.example; Microsoft Exchange Server\n"
         "Final-Recipient: rfc822; r.hale@northwind-supply.example\n"
         "Original-Message-ID: <Q264470.44A1@mail.northwind-supply.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
    bnd, " report-type=disposition-notification;")
nb("nb-exchange-read-receipt-mdn.eml", "Rachel Hale <r.hale@northwind-supply.example>", SENDER,
   "Read: Quotation Q-26-4470", d(11), "EX19-01.northwind-supply.example", "", sw="Microsoft SMTP Server", ctype=mdn)
nb("nb-hmailserver-delivery-log-success.eml", "hMailServer Administrator <admin@small-office-hm.example>", SENDER,
   "Message tracking result: delivered", d(12), "mail.small-office-hm.example",
   "You asked the administrator to check the delivery of your message \"Boiler parts\".\n\n"
   "The log shows:\n  2026-12-02 20:41:17  SMTPC  RCPT TO:<bob@ashgrove-plumbing.example>  250 2.1.5 Ok\n"
   "  2026-12-02 20:41:18  SMTPC  DATA  250 2.0.0 Ok: queued as 4Fz9Qk1\n\n"
   "So the message was delivered to the recipient's server. Nothing else to do.\n\n-- \nMark (IT)\n",
   sw="hMailServer")
nb("nb-plesk-mail-queue-alert.eml", "Plesk <plesk@plesk-web04.hostpoint-eu.example>", "hostmaster@hostpoint-eu.example",
   "[Plesk] Mail queue on plesk-web04 has 1,842 messages", d(13), "plesk-web04.hostpoint-eu.example",
   "Monitoring alert on plesk-web04.hostpoint-eu.example\n\nThe Postfix mail queue has 1,842 messages (threshold 500).\n"
   "Deferred: 1,790  Active: 52\n\nTop deferral reasons:\n  connection timed out (611)\n  mailbox full (140)\n\n"
   "Open Tools & Settings > Mail Server Settings > Mail Queue to inspect it.\n",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-cpanel-disk-usage-admin.eml", f"cPanel on {CPHOST} <cpanel@{CPHOST}>", "root@cp-hostcentral.example",
   "[vps7.cp-hostcentral.example] Disk Usage Warning: The disk \"/dev/vda1\" is at 87%", d(14), CPHOST,
   "The disk \"/dev/vda1\" mounted at \"/\" is 87% full.\nIt has 12.9 GB free of 100 GB.\n\n"
   "Exim will defer incoming mail if free space falls below the configured minimum.\n",
   extra=[("Auto-Submitted", "auto-generated")], sw="Exim 4.98")
nb("nb-mdaemon-daily-statistics.eml", "MDaemon@mail.md-hosted.example", "postmaster@md-hosted.example",
   "MDaemon Daily Statistics Report", d(15), "mail.md-hosted.example",
   "MDaemon statistics for 2026-12-02\n\nInbound messages:   4,118\nOutbound messages:  2,209\n"
   "Messages refused:   391 (spam 322, DNSBL 61, unknown users 8)\nBounced messages:   14\nVirus detections:   2\n",
   sw="MDaemon PRO v24.5.1")
nb("nb-icewarp-license-expiry-admin.eml", "IceWarp Server <root@porto-ceramica.example>", "admin@porto-ceramica.example",
   "IceWarp Server: license expires in 14 days", d(16), "mail.porto-ceramica.example",
   "Your IceWarp Server license (Mail + Anti-Spam) expires on 17 December 2026.\n"
   "After expiry the Anti-Spam engine stops and messages are delivered unfiltered.\n", sw="IceWarp 14.1.0")
nb("nb-reply-inbox-was-full.eml", "Dave Wren <d.wren@hillcrest-school.example>", SENDER, "Re: Stationery order",
   d(17), "mail.hillcrest-school.example",
   "Hi,\n\nsorry - my account was switched off over half term and then my inbox was full,\n"
   "so your last two emails bounced. It's all sorted now, please resend the order.\n\nThanks,\nDave\n\n"
   "> Please find attached our quotation.\n", extra=[("In-Reply-To", mid("q-wren", SHOST))], sw="MDaemon PRO v24.5.1")
nb("nb-reply-new-address.eml", "Marta Ortega <marta@quarry-road-farms.example>", SENDER, "Re: Fencing quote",
   d(18), "mail.quarry-road-farms.example",
   "Hello,\n\nm.ortega@ is no longer in use, we moved the farm mail to a new server.\n"
   "Please use marta@quarry-road-farms.example from now on.\n\nMarta\n",
   extra=[("In-Reply-To", mid("q-ortega", SHOST))])
nb("nb-reply-attachment-too-large.eml", "Sven Holm <s.holm@nordkap-design.example>", SENDER,
   "Re: Catalogue PDF (high resolution)", d(19), "mail.nordkap-design.example",
   "Hi,\n\nour server rejects files over 20 MB, so the catalogue did not come through.\n"
   "Could you send a download link instead?\n\nBest,\nSven\n", extra=[("In-Reply-To", mid("q-holm", SHOST))])
nb("nb-reply-it-asks-about-bounce.eml", "Office IT <it@birchall-engineering.example>", SENDER,
   "Re: Undeliverable: Gearbox quotation", d(20), "EXCH01.birchall-engineering.example",
   "Hello,\n\nMeera Kaur left us in October, which is why her address no longer works.\n"
   "Please send quotations to purchasing@birchall-engineering.example instead.\n\nRegards,\nIT Support\n",
   extra=[("In-Reply-To", mid("exchange2010-resolver-recipnotfound.eml", "EXCH01.birchall-engineering.example"))],
   sw="Microsoft SMTP Server")
