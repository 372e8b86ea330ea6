#!/usr/bin/env python3
"""Writes testdata/unseen/batch-56: a regional newsletter's bounces from
subscribers at consumer ISPs and telcos (2016-2026): Comcast/Xfinity,
Spectrum, Cox, AT&T/Yahoo, Verizon/AOL, CenturyLink, Frontier, Windstream,
BT, Sky, Virgin Media, TalkTalk, Orange, Free, SFR, T-Online, Vodafone,
Libero/Virgilio, Telenet, Ziggo/KPN, Telstra, Optus, Rogers, Shaw, Bell,
Videotron; near-miss ordinary mail in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch56.py [DIR]"""
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

NEWS = "news@valleyledger.example"
BOUNCES = "bounces@valleyledger.example"
MTA = "mta2.valleyledger.example"
MTA_IP = "192.0.2.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def issue(name, date):
    return orig_headers(NEWS, ", ".join(name if isinstance(name, list) else [name]), "The Valley Ledger: weekly edition",
                        date, mid(str(name) + "o", "valleyledger.example"),
                        extra="List-Unsubscribe: <mailto:unsubscribe@valleyledger.example>\n"
                              "List-Id: The Valley Ledger <weekly.valleyledger.example>\n"
                              "Precedence: bulk")


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

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, year, mo, day, rows, delay=None, extra_text=""):
    """The newsletter's own Postfix relay reports the ISP's reply.
    rows: (rcpt, remote_host, remote_ip, reply_text, status, stage)."""
    d = dt(year, mo, day, 6, 14, 9, "+0000")
    od = dt(year, mo, day, 5, 58, 40, "+0000")
    head = PF_DELAY.format(host=MTA, hours=delay) if delay else PF_HEAD.format(host=MTA)
    tail = []
    recips = []
    for rcpt, rh, rip, reply, status, stage in rows:
        if stage == "connect":
            tail.append(f"<{rcpt}>: {reply}")
            recips.append({"final": rcpt, "status": status, "action": "delayed" if delay else "failed",
                           "diag": "X-Postfix; " + reply})
        else:
            tail.append(f"<{rcpt}>: host {rh}[{rip}] said: {reply} (in reply to {stage} command)")
            recips.append({"final": rcpt, "status": status, "action": "delayed" if delay else "failed",
                           "remote": rh, "diag": "smtp; " + reply})
    text = head + "\n".join(tail) + "\n" + extra_text
    return dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=BOUNCES,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=d, host=MTA, hops="Return-Path: <>\n" + hop(name, MTA, "Postfix", d), text=text,
                    recips=recips, arrival=od, orig=issue([r[0] for r in rows], od))


def exim(name, year, mo, day, rcpt, lines, frm_host="relay1.valleyledger.example", delay=False):
    d = dt(year, mo, day, 11, 2, 51, "+0100")
    od = dt(year, mo, day, 10, 40, 3, "+0100")
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + frm_host + ".\n\n"
                "The message identifier is:     1q" + qid(name, 6) + "-000Abc-3F\n"
                "The subject of the message is: The Valley Ledger: weekly edition\n"
                "The date of the message is:    " + od + "\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                f"  {rcpt}\n{lines}\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subj = "Warning: message 1q" + qid(name, 6) + "-000Abc-3F delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {rcpt}\n{lines}\n")
        subj = "Mail delivery failed: returning message to sender"
    body = multipart("mixed", [text_part(text), part("message/rfc822", issue(rcpt, od) + "\nThis week in the valley...\n", cte=None)],
                     boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, frm_host, "Exim 4.96", d), ("Date", d),
             ("From", f"Mail Delivery System <Mailer-Daemon@{frm_host}>"), ("To", BOUNCES), ("Subject", subj),
             ("Message-ID", f"<E1q{qid(name, 6)}-000Abc-3F@{frm_host}>")]
    if not delay:
        heads.append(("X-Failed-Recipients", rcpt))
    heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def ispmail(name, *, host, frm, subject, date, text, rcpt, od, charset="us-ascii", cte=None, sw="ESMTP",
            ip="203.0.113.40", extra=(), attach=True):
    """A notice written by the ISP's own MX (asynchronous bounce)."""
    hops = "Return-Path: <>\n" + received([(host, ip, MTA.replace("mta2", "mx1"), "Postfix", qid(name), date, BOUNCES)])
    heads = [hops, ("Date", date), ("From", frm), ("To", BOUNCES), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    tp = text_part(text, charset, cte)
    if attach:
        body = multipart("mixed", [tp, part("message/rfc822", issue(rcpt, od) + "\nThis week in the valley...\n", cte=None)],
                         boundary(name))
    else:
        body = tp
    return mail(heads, body)


def isp_dsn(name, *, host, subject, date, text, recips, od, frm=None, sw="ESMTP", charset="us-ascii", cte=None):
    rc = [r["final"] for r in recips]
    return dsn_mail(name, frm=frm or f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=BOUNCES, subject=subject,
                    date=date, host=host,
                    hops="Return-Path: <>\n" + received([(host, "203.0.113.61", "mx1.valleyledger.example", "Postfix",
                                                          qid(name), date, BOUNCES)]),
                    text=text, recips=recips, orig=issue(rc, od), charset=charset, cte=cte)


def E(name, rcpt, reason, status, reply, hard=None, action="failed", vendor=""):
    if hard is None:
        hard = reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and action == "failed" \
            and not status.startswith("4") and not reply.startswith("4")
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


# ============================================================ Postfix relay reports the ISP's reply
P = []  # (name, date tuple, rows, delay, expectations)

# --- unknown mailboxes
P.append(("xfinity-cloudmark-rcpt-not-customer-2017.eml", (2017, 3, 6), [
    ("walt.pruitt@comcast.net", "mx1.comcast.net", "198.51.100.11",
     "550 5.1.1 <walt.pruitt@comcast.net> recipient address rejected: this address is not assigned to any Comcast subscriber",
     "5.1.1", "RCPT TO")], None, [("walt.pruitt@comcast.net", "userunknown", "5.1.1", "550")]))
P.append(("spectrum-synacor-virtual-table-unknown.eml", (2021, 8, 19), [
    ("dee.ostrander@charter.net", "charter.net.inbound10.mxlogic.net", "198.51.100.21",
     "550 5.1.1 <dee.ostrander@charter.net>: Recipient address rejected: User unknown in virtual mailbox table",
     "5.1.1", "RCPT TO")], None, [("dee.ostrander@charter.net", "userunknown", "5.1.1", "550")]))
P.append(("bell-openwave-address-rejected-5-1-0.eml", (2019, 11, 4), [
    ("mlalonde@bell.net", "mxmta.bell.net", "198.51.100.31",
     "550 #5.1.0 Address rejected mlalonde@bell.net", "5.1.0", "RCPT TO")], None,
    [("mlalonde@bell.net", "userunknown", "5.1.0", "550")]))
P.append(("windstream-local-recipient-table.eml", (2018, 5, 22), [
    ("gravesfarm@windstream.net", "mx.windstream.net", "198.51.100.41",
     "550 5.1.1 <gravesfarm@windstream.net>: Recipient address rejected: User unknown in local recipient table",
     "5.1.1", "RCPT TO")], None, [("gravesfarm@windstream.net", "userunknown", "5.1.1", "550")]))
P.append(("talktalk-virtual-alias-undeliverable.eml", (2020, 2, 13), [
    ("j.hollins@talktalk.net", "mx.talktalk.net", "198.51.100.51",
     "550 5.1.1 <j.hollins@talktalk.net>: Recipient address rejected: undeliverable address: "
     "unknown user: \"j.hollins@talktalk.net\"", "5.1.1", "RCPT TO")], None,
    [("j.hollins@talktalk.net", "userunknown", "5.1.1", "550")]))
P.append(("optus-mailbox-unavailable-no-such-person.eml", (2022, 6, 30), [
    ("bazza.k@optusnet.com.au", "mx.optusnet.com.au", "203.0.113.71",
     "550 5.1.1 <bazza.k@optusnet.com.au>... Mailbox unavailable: no person by that name receives mail here",
     "5.1.1", "RCPT TO")], None, [("bazza.k@optusnet.com.au", "userunknown", "5.1.1", "550")]))
P.append(("tonline-empfaenger-existiert-nicht.eml", (2023, 1, 17), [
    ("helga.brandt@t-online.de", "mx00.t-online.de", "203.0.113.81",
     "550 5.1.1 <helga.brandt@t-online.de>: Empfaengeradresse abgelehnt - dieses Postfach existiert nicht "
     "(recipient mailbox does not exist)", "5.1.1", "RCPT TO")], None,
    [("helga.brandt@t-online.de", "userunknown", "5.1.1", "550")]))
P.append(("sfr-destinataire-non-reconnu-vade.eml", (2024, 4, 9), [
    ("mireille.cauvin@sfr.fr", "mx-in.sfr.fr", "203.0.113.91",
     "550 5.1.1 <mireille.cauvin@sfr.fr>: adresse destinataire non reconnue sur ce serveur / recipient not recognised",
     "5.1.1", "RCPT TO")], None, [("mireille.cauvin@sfr.fr", "userunknown", "5.1.1", "550")]))

# --- full mailboxes
P.append(("cox-recipient-storage-exhausted.eml", (2016, 10, 3), [
    ("grandmaruth@cox.net", "cxr.mx.a.cox.net", "198.51.100.12",
     "552 5.2.2 <grandmaruth@cox.net> recipient storage exhausted, mailbox cannot accept more mail",
     "5.2.2", "RCPT TO")], None, [("grandmaruth@cox.net", "mailboxfull", "5.2.2", "552")]))
P.append(("ziggo-postvak-maximale-grootte.eml", (2022, 9, 12), [
    ("w.vanleeuwen@ziggo.nl", "mx.tb.mail.iss.as9143.net", "198.51.100.22",
     "552 5.2.2 <w.vanleeuwen@ziggo.nl>: postvak heeft de maximale grootte bereikt (mailbox size limit reached)",
     "5.2.2", "RCPT TO")], None, [("w.vanleeuwen@ziggo.nl", "mailboxfull", "5.2.2", "552")]))
P.append(("vodafone-de-postfach-voll-delayed.eml", (2021, 3, 1), [
    ("k.ostermann@vodafonemail.de", "mx.vodafonemail.de", "198.51.100.32",
     "452 4.2.2 <k.ostermann@vodafonemail.de>: Postfach des Empfaengers ist voll, bitte spaeter erneut versuchen",
     "4.2.2", "RCPT TO")], 4, [("k.ostermann@vodafonemail.de", "mailboxfull", "4.2.2", "452", "delayed")]))
P.append(("rogers-message-count-limit.eml", (2018, 12, 27), [
    ("lucie.t@rogers.com", "mx-rogers.mail.am0.yahoodns.net", "198.51.100.42",
     "552 Requested mail action aborted: mailbox holds 9999 messages, the most it is allowed to keep",
     "5.0.0", "DATA")], None, [("lucie.t@rogers.com", "mailboxfull", "5.0.0", "552")]))

# --- suspended / disabled
P.append(("pacbell-yahoo-mailbox-disabled-554-30.eml", (2017, 7, 24), [
    ("oldtimer49@pacbell.net", "ff-ip4-mx-vip1.prodigy.net", "198.51.100.52",
     "554 delivery error: dd Sorry your message to oldtimer49@pacbell.net cannot be delivered. "
     "This mailbox is disabled (554.30). - mta7.sbc.mail.ne1.yahoo.com", "5.0.0", "end of DATA")], None,
    [("oldtimer49@pacbell.net", "suspend", "5.0.0", "554")]))
P.append(("telstra-bigpond-account-deactivated.eml", (2025, 2, 18), [
    ("shazza.m@bigpond.com", "bigpond-com.mail.protection.outlook.com", "203.0.113.72",
     "550 5.2.1 <shazza.m@bigpond.com>: this account has been deactivated by the account holder and no longer receives mail",
     "5.2.1", "RCPT TO")], None, [("shazza.m@bigpond.com", "suspend", "5.2.1", "550")]))

# --- blocks of the sending IP, with reference codes
P.append(("telstra-trend-erbl-client-blocked.eml", (2019, 8, 8), [
    ("accounts@bigpond.net.au", "extmail.bigpond.com", "203.0.113.73",
     "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro Email Reputation database. "
     "Please see http://www.mail-abuse.com/cgi-bin/lookup?192.0.2.25", "5.7.1", "RCPT TO")], None,
    [("accounts@bigpond.net.au", "blocked", "5.7.1", "554")]))
P.append(("optus-zen-client-host-blocked.eml", (2020, 10, 14), [
    ("mel.dunstan@optusnet.com.au", "mx.optusnet.com.au", "203.0.113.74",
     "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; "
     "https://www.spamhaus.org/query/ip/192.0.2.25", "5.7.1", "RCPT TO")], None,
    [("mel.dunstan@optusnet.com.au", "blocked", "5.7.1", "554")]))
P.append(("rogers-yahoo-bl21-connections-refused.eml", (2021, 11, 2), [
    ("gord.fenwick@rogers.com", "mx-rogers.mail.am0.yahoodns.net", "198.51.100.43",
     "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; "
     "see https://postmaster.yahooinc.com/error-codes", "5.7.1", "MAIL FROM")], None,
    [("gord.fenwick@rogers.com", "blocked", "5.7.1", "553")]))
P.append(("windstream-barracuda-client-blocked.eml", (2016, 4, 25), [
    ("cropduster@windstream.net", "mx.windstream.net", "198.51.100.44",
     "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using b.barracudacentral.org",
     "5.7.1", "RCPT TO")], None, [("cropduster@windstream.net", "blocked", "5.7.1", "554")]))
P.append(("virginmedia-as9143-ip-refused-ref.eml", (2023, 7, 3), [
    ("paula.wren@virginmedia.com", "mx.tb.ukmail.iss.as9143.net", "198.51.100.53",
     "554 5.7.1 Connection refused: your IP address 192.0.2.25 is on our block list "
     "(ref VM-BL-7f31c2). Contact postmaster@virginmedia.com quoting the reference", "5.7.1", "MAIL FROM")], None,
    [("paula.wren@virginmedia.com", "blocked", "5.7.1", "554")]))
P.append(("spectrum-aup-cxbl-mail-refused-2026.eml", (2026, 1, 12), [
    ("hank.delgado@spectrum.net", "mx.spectrum.net", "198.51.100.54",
     "554 5.7.1 [192.0.2.25] Mail refused: sending host is on the Spectrum internal block list - "
     "see https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#CXBL", "5.7.1", "CONNECT")], None,
    [("hank.delgado@spectrum.net", "blocked", "5.7.1", "554")]))

# --- reputation (Cloudmark), rates, PTR, size, auth, content
P.append(("xfinity-cloudmark-csi-poor-reputation.eml", (2024, 9, 5), [
    ("denise.k@comcast.net", "mx2h1.comcast.net", "198.51.100.13",
     "554 5.7.1 resimta-h1p-038597.sys.comcast.net 192.0.2.25 has a poor reputation "
     "score with Cloudmark Sender Intelligence; request a reset at https://csi.cloudmark.com/reset-request",
     "5.7.1", "MAIL FROM")], None, [("denise.k@comcast.net", "badreputation", "5.7.1", "554")]))
P.append(("spectrum-aup-cxcnct-too-many-connections-delay.eml", (2022, 3, 28), [
    ("roberta.h@charter.net", "mx.charter.net", "198.51.100.23",
     "421 4.7.0 [192.0.2.25] Connection refused - too many simultaneous connections from your IP AUP#CXCNCT",
     "4.7.0", "CONNECT")], 3, [("roberta.h@charter.net", "ratelimited", "4.7.0", "421", "delayed")]))
P.append(("tonline-zu-viele-mails-pro-sitzung-delay.eml", (2025, 5, 6), [
    ("r.kessler@t-online.de", "mx02.t-online.de", "203.0.113.82",
     "421 4.7.0 zu viele Nachrichten in dieser Sitzung / too many messages in this session, please reconnect later",
     "4.7.0", "DATA")], 6, [("r.kessler@t-online.de", "ratelimited", "4.7.0", "421", "delayed")]))
P.append(("frontier-reverse-hostname-required.eml", (2019, 2, 11), [
    ("barnyard.b@frontier.com", "mx.frontier.com", "198.51.100.14",
     "550 5.7.1 <unknown[192.0.2.25]>: Client host rejected: cannot find your reverse hostname, [192.0.2.25]",
     "5.7.1", "RCPT TO")], None, [("barnyard.b@frontier.com", "requireptr", "5.7.1", "550")]))
P.append(("centurylink-message-size-fixed-limit.eml", (2018, 8, 1), [
    ("tbarlow@centurylink.net", "mx.centurylink.net", "198.51.100.15",
     "552 5.3.4 Message size exceeds fixed maximum message size of 20971520 bytes", "5.3.4", "end of DATA")], None,
    [("tbarlow@centurylink.net", "emailtoolarge", "5.3.4", "552")]))
P.append(("videotron-dmarc-unauthenticated.eml", (2025, 10, 20), [
    ("sylvie.g@videotron.ca", "mx.videotron.ca", "198.51.100.16",
     "550 5.7.26 Unauthenticated mail from valleyledger.example is refused: the domain's DMARC policy is reject "
     "and neither SPF nor DKIM aligned", "5.7.26", "end of DATA")], None,
    [("sylvie.g@videotron.ca", "authfailure", "5.7.26", "550")]))
P.append(("free-vade-classe-comme-spam.eml", (2023, 11, 27), [
    ("jp.morvan@free.fr", "mx1.free.fr", "203.0.113.92",
     "550 5.7.1 Message refuse: contenu classe comme spam par le filtre / message content classified as spam",
     "5.7.1", "end of DATA")], None, [("jp.morvan@free.fr", "spamdetected", "5.7.1", "550")]))
P.append(("cox-urlbl-url-on-blocklist.eml", (2020, 6, 15), [
    ("fishbait@cox.net", "cxr.mx.a.cox.net", "198.51.100.17",
     "554 5.7.1 URLBL1011 Message rejected: a URL in the message body is on a spam URL blocklist; "
     "see https://www.cox.com/residential/support/email-error-codes.html", "5.7.1", "end of DATA")], None,
    [("fishbait@cox.net", "spamdetected", "5.7.1", "554")]))
P.append(("ziggo-duplicate-from-headers.eml", (2024, 2, 2), [
    ("a.smit@ziggo.nl", "mx.tb.mail.iss.as9143.net", "198.51.100.24",
     "554 5.7.1 Message rejected: multiple From: headers found, message is not RFC 5322 compliant",
     "5.7.1", "end of DATA")], None, [("a.smit@ziggo.nl", "notcompliantrfc", "5.7.1", "554")]))
P.append(("shaw-recipient-blocked-sender-list.eml", (2017, 9, 19), [
    ("prairiegal@shaw.ca", "mx.shaw.ca", "198.51.100.25",
     "550 5.7.1 <prairiegal@shaw.ca>: message refused by recipient: the sender is on the recipient's personal blocked senders list",
     "5.7.1", "end of DATA")], None, [("prairiegal@shaw.ca", "filtered", "5.7.1", "550")]))
P.append(("kpn-sender-domain-not-resolvable.eml", (2021, 5, 10), [
    ("t.bakker@kpnmail.nl", "mx.kpnmail.nl", "198.51.100.26",
     "553 5.1.8 <news@valleyledger.example>: Sender address rejected: Domain not found", "5.1.8", "MAIL FROM")], None,
    [("t.bakker@kpnmail.nl", "rejected", "5.1.8", "553")]))

# --- retired domains, null MX, give-ups, delays
P.append(("insightbb-retired-host-not-found.eml", (2016, 2, 8), [
    ("porchswing@insightbb.com", "", "",
     "Host or domain name not found. Name service error for name=insightbb.com type=MX: Host not found",
     "5.4.4", "connect")], None, [("porchswing@insightbb.com", "hostunknown", "5.4.4", "")]))
P.append(("aliceadsl-null-mx-does-not-accept-mail.eml", (2025, 8, 26), [
    ("c.rigaud@aliceadsl.fr", "", "",
     "Domain aliceadsl.fr does not accept mail (nullMX)", "5.1.10", "connect")], None,
    [("c.rigaud@aliceadsl.fr", "notaccept", "5.1.10", "")]))
P.append(("suddenlink-connection-timed-out-delay.eml", (2024, 12, 2), [
    ("duckhunter@suddenlink.net", "", "",
     "connect to mx.suddenlink.net[198.51.100.27]:25: Connection timed out", "4.4.1", "connect")], 8,
    [("duckhunter@suddenlink.net", "networkerror", "4.4.1", "", "delayed")]))
P.append(("bigpond-openwave-local-error-delay.eml", (2016, 12, 21), [
    ("kev.oconnor@bigpond.com", "mail.bigpond.com", "203.0.113.75",
     "451 4.3.0 Requested action aborted: local error in processing (store unavailable)", "4.3.0", "end of DATA")], 5,
    [("kev.oconnor@bigpond.com", "systemerror", "4.3.0", "451", "delayed")]))
P.append(("libero-insufficient-system-storage-delay.eml", (2019, 4, 15), [
    ("gianni.ferraro@libero.it", "smtp-in.libero.it", "203.0.113.93",
     "452 4.3.1 Insufficient system storage, riprovare piu tardi", "4.3.1", "MAIL FROM")], 4,
    [("gianni.ferraro@libero.it", "systemfull", "4.3.1", "452", "delayed")]))
P.append(("tiscali-moved-talktalk-retired-domain.eml", (2017, 1, 30), [
    ("grumpyjim@tiscali.co.uk", "mx.tiscali.co.uk", "198.51.100.55",
     "550 5.1.10 tiscali.co.uk: this domain has been retired and no longer accepts mail for any address",
     "5.1.10", "RCPT TO")], None, [("grumpyjim@tiscali.co.uk", "notaccept", "5.1.10", "550")]))

# --- two recipients in one report
P.append(("sky-and-bt-two-recipients.eml", (2018, 10, 8), [
    ("dave.cottam@sky.com", "mx.sky.com", "198.51.100.56",
     "550 5.1.1 <dave.cottam@sky.com>: Recipient address rejected: no mailbox here by that name",
     "5.1.1", "RCPT TO"),
    ("lyn.hughes@btinternet.com", "mx.bt.lon5.cpcloud.co.uk", "198.51.100.57",
     "552 5.2.2 <lyn.hughes@btinternet.com> Mailbox is over its storage quota", "5.2.2", "RCPT TO")], None,
    [("dave.cottam@sky.com", "userunknown", "5.1.1", "550"),
     ("lyn.hughes@btinternet.com", "mailboxfull", "5.2.2", "552")]))
P.append(("telenet-and-ziggo-full-and-blocked.eml", (2022, 12, 5), [
    ("an.peeters@telenet.be", "mx.telenet.be", "198.51.100.58",
     "552 5.2.2 <an.peeters@telenet.be>: mailbox is vol / mailbox full", "5.2.2", "RCPT TO"),
    ("r.dijkstra@kpnplanet.nl", "mx.kpnmail.nl", "198.51.100.59",
     "554 5.7.1 Rejected: IP 192.0.2.25 is listed on a DNS blocklist (bl.spamcop.net)", "5.7.1", "RCPT TO")], None,
    [("an.peeters@telenet.be", "mailboxfull", "5.2.2", "552"),
     ("r.dijkstra@kpnplanet.nl", "blocked", "5.7.1", "554")]))

for name, (y, m, dd), rows, delay, exps in P:
    write(OUT, name, pf(name, y, m, dd, rows, delay=delay))
    for e in exps:
        rcpt, reason, status, reply = e[:4]
        act = e[4] if len(e) > 4 else "failed"
        E(name, rcpt, reason, status, reply, action=act)

# ============================================================ Exim relay (text only, returned message)
X = [
    ("exim-frontiernet-unrouteable-retired.eml", (2020, 9, 9), "ma.kettle@frontiernet.net",
     "    Unrouteable address", False, ("hostunknown", "", "", True)),
    ("exim-btinternet-rcpt-mailbox-unavailable.eml", (2021, 7, 14), "gill.marsh@btinternet.com",
     "    host mx.bt.lon5.cpcloud.co.uk [198.51.100.61]\n"
     "    SMTP error from remote mail server after RCPT TO:<gill.marsh@btinternet.com>:\n"
     "    550 5.1.1 <gill.marsh@btinternet.com>: mailbox unavailable, no such mailbox", False,
     ("userunknown", "5.1.1", "550", True)),
    ("exim-orange-ofr-boite-pleine.eml", (2023, 3, 21), "nadine.poulain@orange.fr",
     "    host smtp-in.orange.fr [203.0.113.94]\n"
     "    SMTP error from remote mail server after RCPT TO:<nadine.poulain@orange.fr>:\n"
     "    552 5.2.2 Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]", False,
     ("mailboxfull", "5.2.2", "552", False)),
    ("exim-virgilio-ip-reputazione-bassa.eml", (2022, 1, 24), "lucia.sartori@virgilio.it",
     "    host mx.virgilio.it [203.0.113.95]\n"
     "    SMTP error from remote mail server after initial connection:\n"
     "    550 5.7.1 Connessione rifiutata: l'IP 192.0.2.25 ha una reputazione negativa / poor IP reputation", False,
     ("badreputation", "5.7.1", "550", False)),
    ("exim-sbcglobal-relay-access-denied.eml", (2016, 6, 6), "fred.kaminski@sbcglobal.net",
     "    host smtp.old-sbc-smarthost.example [192.0.2.140]\n"
     "    SMTP error from remote mail server after RCPT TO:<fred.kaminski@sbcglobal.net>:\n"
     "    554 5.7.1 <fred.kaminski@sbcglobal.net>: Relay access denied", False,
     ("norelaying", "5.7.1", "554", False)),
    ("exim-att-retry-timeout-exceeded.eml", (2019, 6, 3), "marge.t@att.net",
     "    retry timeout exceeded", False, ("expired", "", "", False)),
    ("exim-verizon-hasmoved-aol.eml", (2018, 4, 16), "captainbob@verizon.net",
     "    host mx-aol.mail.gm0.yahoodns.net [198.51.100.62]\n"
     "    SMTP error from remote mail server after RCPT TO:<captainbob@verizon.net>:\n"
     "    551 5.1.6 User not local; the mailbox captainbob@verizon.net has moved and is no longer forwarded", False,
     ("hasmoved", "5.1.6", "551", True)),
    ("exim-warning-optus-greeting-timeout.eml", (2025, 11, 3), "trishm@optusnet.com.au",
     "    host mx.optusnet.com.au [203.0.113.76]\n"
     "    Connection timed out", True, ("networkerror", "", "", False)),
    ("exim-kpn-starttls-handshake-failed-delay.eml", (2026, 2, 9), "e.visser@kpnmail.nl",
     "    host mx.kpnmail.nl [198.51.100.63]\n"
     "    TLS session: (SSL_connect): error: STARTTLS negotiation failed, TLS is required for this domain", True,
     ("failedstarttls", "", "", False)),
]
for name, (y, m, dd), rcpt, lines, delay, (reason, status, reply, hard) in X:
    write(OUT, name, exim(name, y, m, dd, rcpt, lines, delay=delay))
    E(name, rcpt, reason, status, reply, hard=hard, action="delayed" if delay else "failed")

# ============================================================ the ISPs' own notices
n = "openwave-bigpond-async-quota-2016.eml"
d = dt(2016, 3, 14, 22, 10, 5, "+1100")
write(OUT, n, ispmail(n, host="mta03.bigpond.com", frm="MAILER-DAEMON@bigpond.com", subject="Delivery failure",
    date=d, od=dt(2016, 3, 14, 11, 0, 0, "+0000"), rcpt="lenny.pryor@bigpond.com", text="""\
Message from bigpond.com.
Unable to deliver message to the following address(es).

<lenny.pryor@bigpond.com>:
The recipient's mailbox is over its storage quota and cannot receive new messages at this time.
Delivery was abandoned.

--- Below this line is a copy of the message.
"""))
E(n, "lenny.pryor@bigpond.com", "mailboxfull", "", "")

n = "criticalpath-intermail-sky-no-such-user.eml"
d = dt(2016, 8, 2, 9, 41, 12, "+0100")
write(OUT, n, ispmail(n, host="mta-in.sky.com", frm="postmaster@sky.com",
    subject="Mail System Error - Returned Mail", date=d, od=dt(2016, 8, 2, 8, 30, 0, "+0000"),
    rcpt="tina.birch@sky.com", text="""\
This Message was undeliverable due to the following reason:

Each of the following recipients was rejected by a remote mail server.
The reasons given by the server are included to help you determine why
each recipient was rejected.

    Recipient: <tina.birch@sky.com>
    Reason:    <tina.birch@sky.com>... No such user

Please reply to Postmaster@sky.com
if you feel this message to be in error.
"""))
E(n, "tina.birch@sky.com", "userunknown", "", "")

n = "zimbra-synacor-windstream-retired-dsn.eml"
d = dt(2025, 5, 19, 14, 3, 27, "-0500")
write(OUT, n, isp_dsn(n, host="mx.windstream.net", subject="Undeliverable: The Valley Ledger: weekly edition",
    date=d, od=dt(2025, 5, 19, 18, 0, 0, "+0000"), text="""\
Your message could not be delivered.

Windstream has discontinued residential email. The mailbox
hillbillyhaven@windstream.net was removed when the service ended
and this address no longer exists.
""", recips=[{"final": "hillbillyhaven@windstream.net", "status": "5.1.1",
              "diag": "smtp; 550 5.1.1 <hillbillyhaven@windstream.net>: mailbox removed, address no longer exists"}]))
E(n, "hillbillyhaven@windstream.net", "userunknown", "5.1.1", "550")

n = "orange-mwinf-message-non-remis-latin1.eml"
d = dt(2020, 11, 23, 16, 40, 2, "+0100")
write(OUT, n, ispmail(n, host="mwinf5c12.me-wanadoo.net", frm="Service Messagerie Orange <mailer-daemon@orange.fr>",
    subject="Message non remis", date=d, od=dt(2020, 11, 23, 15, 30, 0, "+0000"),
    rcpt="roger.lebrun@wanadoo.fr", charset="iso-8859-1", cte="quoted-printable", text="""\
Votre message n'a pas pu être remis à son destinataire.

Destinataire : roger.lebrun@wanadoo.fr
Motif : la boîte aux lettres de ce destinataire a été fermée à la demande
du titulaire ; elle ne reçoit plus de messages.
Code : 550 5.2.1

Ceci est un message automatique, merci de ne pas y répondre.
"""))
E(n, "roger.lebrun@wanadoo.fr", "suspend", "5.2.1", "550")

n = "tonline-unzustellbar-it-sicherheit-ip.eml"
d = dt(2024, 7, 1, 8, 15, 44, "+0200")
write(OUT, n, ispmail(n, host="fwd00.aul.t-online.de", frm="Mail Delivery System <MAILER-DAEMON@t-online.de>",
    subject="Unzustellbar: The Valley Ledger: weekly edition", date=d, od=dt(2024, 7, 1, 6, 0, 0, "+0000"),
    rcpt="dieter.hoss@t-online.de", charset="utf-8", cte="quoted-printable", text="""\
Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: dieter.hoss@t-online.de
Grund: Die sendende IP-Adresse 192.0.2.25 ist derzeit für die Einlieferung
gesperrt (Referenz: TOSA-BL-20240701-8812). Bitte wenden Sie sich unter Angabe
der Referenz an tosa@rx.t-online.de.

554 5.7.1 IP blocked
"""))
E(n, "dieter.hoss@t-online.de", "blocked", "5.7.1", "554")

n = "libero-italiaonline-quota-superata-it.eml"
d = dt(2018, 2, 5, 19, 22, 1, "+0100")
write(OUT, n, ispmail(n, host="smtp-out.libero.it", frm="Libero Mail <postmaster@libero.it>",
    subject="Notifica di mancato recapito", date=d, od=dt(2018, 2, 5, 17, 0, 0, "+0000"),
    rcpt="mariarosa.bini@libero.it", charset="iso-8859-1", cte="quoted-printable", text="""\
Il messaggio non è stato recapitato al destinatario seguente:

  mariarosa.bini@libero.it

Motivo: lo spazio disponibile della casella è esaurito (quota superata).
Il destinatario deve liberare spazio prima di poter ricevere nuovi messaggi.
"""))
E(n, "mariarosa.bini@libero.it", "mailboxfull", "", "")

n = "att-yahoo-dd-text-only-frontier.eml"
d = dt(2017, 5, 15, 4, 12, 0, "+0000")
write(OUT, n, ispmail(n, host="mta1023.mail.bf1.yahoo.com", frm="MAILER-DAEMON@yahoo.com",
    subject="Failure Notice", date=d, od=dt(2017, 5, 15, 3, 55, 0, "+0000"), rcpt="ladybug77@frontier.com", text="""\
Sorry, we were unable to deliver your message to the following address.

<ladybug77@frontier.com>:
554: delivery error: dd This user doesn't have a frontier.com account (ladybug77@frontier.com) [-5] - mta1023.mail.bf1.yahoo.com

--- Below this line is a copy of the message.
"""))
E(n, "ladybug77@frontier.com", "userunknown", "", "554")

n = "verizon-aol-migration-mailbox-inactive.eml"
d = dt(2019, 9, 30, 13, 8, 55, "+0000")
write(OUT, n, ispmail(n, host="mta4003.aol.mail.gq1.yahoo.com", frm="MAILER-DAEMON@aol.com",
    subject="Failure Notice", date=d, od=dt(2019, 9, 30, 12, 40, 0, "+0000"), rcpt="sandy.lo@verizon.net", text="""\
Sorry, we were unable to deliver your message to the following address.

<sandy.lo@verizon.net>:
554: delivery error: dd Sorry, your message to sandy.lo@verizon.net cannot be delivered. This account has been deactivated for inactivity - mta4003.aol.mail.gq1.yahoo.com

--- Below this line is a copy of the message.
"""))
E(n, "sandy.lo@verizon.net", "suspend", "", "554")

n = "sendmail-shaw-dsn-userunknown-2016.eml"
d = dt(2016, 11, 7, 2, 30, 31, "-0700")
write(OUT, n, isp_dsn(n, host="pd4mi2so.prod.shaw.ca", subject="Returned mail: see transcript for details",
    date=d, od=dt(2016, 11, 7, 9, 0, 0, "+0000"), text="""\
The original message was received at Mon, 7 Nov 2016 02:30:30 -0700
from mta2.valleyledger.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<snowbird.ken@shaw.ca>
    (reason: 550 5.1.1 <snowbird.ken@shaw.ca>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.shaw.ca.:
>>> RCPT To:<snowbird.ken@shaw.ca>
<<< 550 5.1.1 <snowbird.ken@shaw.ca>... User unknown
550 5.1.1 <snowbird.ken@shaw.ca>... User unknown
""", recips=[{"final": "snowbird.ken@shaw.ca", "status": "5.1.1", "remote": "mail.shaw.ca",
              "diag": "smtp; 550 5.1.1 <snowbird.ken@shaw.ca>... User unknown"}]))
E(n, "snowbird.ken@shaw.ca", "userunknown", "5.1.1", "550")

n = "cox-yahoo-2024-migration-no-account.eml"
d = dt(2024, 10, 8, 7, 45, 10, "+0000")
write(OUT, n, ispmail(n, host="mta2041.mail.ne1.yahoo.com", frm="MAILER-DAEMON@yahoo.com",
    subject="Failure Notice", date=d, od=dt(2024, 10, 8, 7, 30, 0, "+0000"), rcpt="ridgeway.ann@cox.net", text="""\
Sorry, we were unable to deliver your message to the following address.

<ridgeway.ann@cox.net>:
550: 5.1.1 <ridgeway.ann@cox.net>: Recipient address rejected: this cox.net address does not exist; Cox email accounts that were not moved to Yahoo have been deleted

--- Below this line is a copy of the message.
"""))
E(n, "ridgeway.ann@cox.net", "userunknown", "5.1.1", "550")

n = "telenet-gebruiker-geblokkeerd-nl.eml"
d = dt(2021, 4, 26, 10, 1, 9, "+0200")
write(OUT, n, ispmail(n, host="mailin.telenet-ops.be", frm="Telenet Mail <mailer-daemon@telenet.be>",
    subject="Onbestelbaar bericht", date=d, od=dt(2021, 4, 26, 7, 50, 0, "+0000"),
    rcpt="k.wouters@telenet.be", charset="utf-8", cte="quoted-printable", text="""\
Uw bericht kon niet worden afgeleverd bij:

  k.wouters@telenet.be

Reden: de mailbox van deze ontvanger is tijdelijk uitgeschakeld wegens
wanbetaling; er wordt geen post aangenomen tot het account opnieuw actief is.

550 5.2.1 mailbox disabled
"""))
E(n, "k.wouters@telenet.be", "suspend", "5.2.1", "550")

n = "bt-delay-deferred-greeting-never-answered.eml"
write(OUT, n, pf(n, 2023, 9, 25, [
    ("pete.lowther@btinternet.com", "", "",
     "connect to mx.bt.lon5.cpcloud.co.uk[198.51.100.64]:25: No route to host", "4.4.1", "connect")], delay=12))
E(n, "pete.lowther@btinternet.com", "networkerror", "4.4.1", "", action="delayed")

n = "rogers-postfix-expired-five-days.eml"
write(OUT, n, pf(n, 2026, 3, 2, [
    ("maple.leafs.fan@rogers.com", "", "",
     "message expired after 5 days in the queue (last attempt: connect to mx-rogers.mail.am0.yahoodns.net"
     "[198.51.100.65]:25: Connection refused)", "4.4.7", "connect")]))
E(n, "maple.leafs.fan@rogers.com", "expired", "4.4.7", "")

n = "sfr-vade-policy-too-many-recipients.eml"
write(OUT, n, pf(n, 2020, 7, 7, [
    ("h.fabre@neuf.fr", "mx.sfr.fr", "203.0.113.96",
     "452 4.5.3 Too many recipients in this session, try again later", "4.5.3", "RCPT TO")], delay=2))
E(n, "h.fabre@neuf.fr", "ratelimited", "4.5.3", "452", action="delayed")

n = "vodafone-arcor-spf-fail.eml"
write(OUT, n, pf(n, 2022, 4, 4, [
    ("uwe.pohl@arcor.de", "mx.arcor.de", "198.51.100.66",
     "550 5.7.23 SPF check failed: 192.0.2.25 is not authorised to send mail for valleyledger.example",
     "5.7.23", "MAIL FROM")]))
E(n, "uwe.pohl@arcor.de", "authfailure", "5.7.23", "550")

n = "comcast-delay-mailbox-full-will-retry.eml"
write(OUT, n, pf(n, 2025, 1, 6, [
    ("bud.harmon@comcast.net", "mx1a1.comcast.net", "198.51.100.18",
     "452 4.2.2 <bud.harmon@comcast.net> Mailbox is full, will retry later", "4.2.2", "RCPT TO")], delay=4))
E(n, "bud.harmon@comcast.net", "mailboxfull", "4.2.2", "452", action="delayed")

n = "centurylink-embarq-virus-found.eml"
write(OUT, n, pf(n, 2017, 12, 11, [
    ("ethel.rudd@embarqmail.com", "mx.embarqmail.com", "198.51.100.19",
     "554 5.7.1 Message rejected: virus found in attachment (Win.Trojan.Agent-71852)", "5.7.1", "end of DATA")]))
E(n, "ethel.rudd@embarqmail.com", "virusdetected", "5.7.1", "554")

# ============================================================ near-misses (ordinary mail: no record)


def ordinary(name, *, frm, to, subject, date, host, text, charset="us-ascii", cte=None, extra=()):
    hops = received([(host, "198.51.100.200", "mx1.valleyledger.example", "Postfix", qid(name), date, to)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))]
    heads += list(extra)
    return mail(heads, text_part(text, charset, cte))


NBS = [
    ("nb-xfinity-forwarding-confirmed.eml", "Xfinity Connect <online.communications@alerts.comcast.net>",
     "Your email forwarding is now on", dt(2019, 3, 2, 15, 0, 0, "-0500"), "alerts.comcast.net", """\
Hi Walter,

Mail forwarding is now turned on for your Xfinity email account.
Messages sent to your comcast.net address will be forwarded to
walt.p@example.org and a copy will be kept in your Inbox.

If you did not make this change, sign in and turn forwarding off,
or call us at the number on your bill.

Xfinity
""", ()),
    ("nb-orange-transfert-messages-active-fr.eml", "Orange Messagerie <ne-pas-repondre@orange.fr>",
     "=?UTF-8?Q?Transfert_de_vos_messages_activ=C3=A9?=", dt(2021, 6, 10, 9, 0, 0, "+0200"), "orange.fr", """\
Bonjour,

Le transfert automatique de vos messages vers l'adresse
roger.l@example.net est désormais actif. Les messages reçus sur votre
adresse Orange seront transférés ; une copie reste dans votre boîte.

Pour désactiver le transfert : Mail Orange > Réglages > Transfert.

L'équipe Mail Orange
""", ()),
    ("nb-tonline-weiterleitung-bestaetigen-de.eml", "Telekom Mail <noreply@telekom.de>",
     "Bitte bestaetigen Sie Ihre Weiterleitung", dt(2022, 2, 14, 11, 30, 0, "+0100"), "telekom.de", """\
Guten Tag,

Sie haben eine Weiterleitung Ihrer E-Mails an helga.b@example.com
eingerichtet. Bitte bestätigen Sie diese Einstellung innerhalb von 7 Tagen
über das E-Mail Center. Ohne Bestätigung wird die Weiterleitung nicht aktiv
und Ihre Nachrichten bleiben weiterhin in Ihrem Postfach.

Ihre Telekom
""", ()),
    ("nb-verizon-email-moving-to-aol-reminder.eml", "Verizon <verizon@emailinfo.verizon.com>",
     "Action needed: keep your verizon.net email", dt(2017, 5, 5, 12, 0, 0, "-0400"), "emailinfo.verizon.com", """\
Dear Customer,

Verizon is leaving the email business. To keep your verizon.net address
you must move it to AOL Mail by June 30. If you take no action, your
mailbox will be closed and mail sent to it will be returned to sender.

Choose "Keep my email" at verizon.net/keepmyemail.

Verizon
""", ()),
    ("nb-windstream-email-service-ending.eml", "Windstream <customercare@windstream.example>",
     "Important: your Windstream email service is ending", dt(2024, 11, 1, 10, 0, 0, "-0500"), "windstream.example", """\
Dear Windstream customer,

We are discontinuing residential email. After March 31 your
windstream.net mailbox will no longer receive mail and its contents will be
deleted. Please tell your contacts and the newsletters you subscribe to
about your new address before that date.

Windstream Customer Care
""", ()),
    ("nb-rogers-mailbox-storage-85-percent.eml", "Rogers Yahoo Mail <no-reply@rogers.example>",
     "Your mailbox is 85% full", dt(2020, 1, 20, 8, 0, 0, "-0500"), "rogers.example", """\
Hi Lucie,

Your mailbox is using 85% of its storage. When it is full, new messages
may be returned to their senders. Delete old messages or empty your Trash
to free up space.

Rogers Yahoo Mail
""", ()),
    ("nb-reply-subscriber-changed-isp.eml", "Ken Snow <ken.snow@example.org>",
     "Re: The Valley Ledger: weekly edition", dt(2023, 4, 3, 19, 12, 0, "-0600"), "example.org", """\
Hi folks,

My old shaw.ca address stopped working when Rogers took over, so mail
to it now bounces. Please send the Ledger to this address instead.
Love the column on the grain elevator!

Ken

On Mon, Apr 3, 2023, The Valley Ledger <news@valleyledger.example> wrote:
> This week in the valley...
""", (("In-Reply-To", "<A1B2C3D4E5F60718.abcdef@valleyledger.example>"),)),
    ("nb-reply-question-about-full-mailbox.eml", "Ruth Cole <grandmaruth@cox.net>",
     "Re: Your newsletter", dt(2016, 10, 10, 14, 2, 0, "-0400"), "cox.net", """\
Hello,

My grandson says your newsletter was "returned because my mailbox was
full". I have cleaned it out now. Can you put me back on the list please?

Thank you,
Ruth
""", (("In-Reply-To", "<5F0E1D2C3B4A5968.123abc@valleyledger.example>"),)),
    ("nb-spam-fake-xfinity-storage-full.eml", "Xfinity Support <support@xfinity-mailcenter.example>",
     "Mail Delivery Notice: 7 messages on hold", dt(2025, 3, 14, 3, 3, 3, "+0000"), "xfinity-mailcenter.example", """\
Dear user,

Your mailbox storage is full. 7 incoming messages could not be delivered
and are held on our server. Verify your account within 24 hours to release
them, or they will be deleted.

Release messages: http://xfinity-mailcenter.example/verify

Xfinity Mail Team
""", ()),
    ("nb-telstra-bigpond-maintenance-window.eml", "Telstra <noreply@notifications.telstra.example>",
     "Scheduled maintenance: BigPond email", dt(2018, 7, 9, 16, 0, 0, "+1000"), "notifications.telstra.example", """\
Hi there,

We'll be upgrading BigPond email on Sunday between 1am and 5am AEST.
During this time you may not be able to send or receive email; messages
sent to you will be queued and delivered once the work is done.

Telstra
""", ()),
    ("nb-libero-inoltro-attivato-it.eml", "Libero Mail <noreply@libero.it>",
     "Inoltro automatico attivato", dt(2021, 9, 1, 9, 30, 0, "+0200"), "libero.it", """\
Gentile utente,

l'inoltro automatico dei messaggi verso gianni.f@example.com è stato
attivato. I messaggi ricevuti su libero.it saranno inoltrati a questo
indirizzo e una copia resterà nella tua casella.

Il team di Libero Mail
""", ()),
    ("nb-bt-new-sign-in-security-alert.eml", "BT <bt.email@securemail.bt.example>",
     "New sign-in to your BT Email", dt(2026, 2, 22, 21, 0, 0, "+0000"), "securemail.bt.example", """\
Hello,

We noticed a new sign-in to your BT Email account from a Windows
device in Leeds. If this was you, you don't need to do anything.
If not, change your password now at My BT.

BT Email team
""", ()),
]
for name, frm, subj, date, host, text, extra in NBS:
    charset = "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8"
    to = NEWS if subj.startswith("Re:") else "reader@example.net"
    write(NB, name, ordinary(name, frm=frm, to=to, subject=subj, date=date, host=host, text=text,
                             charset=charset, cte="quoted-printable" if charset != "us-ascii" else None, extra=extra))

write_expected(os.path.join(OUT, "expected.jsonl"))
