#!/usr/bin/env python3
"""Writes testdata/unseen/batch-25: one night of a US transactional sender
(password resets, receipts) at everyday frequencies across US consumer
providers: Gmail, Yahoo/AOL (and the ISPs now on Yahoo: AT&T, Verizon, Cox,
Frontier), Outlook.com/Hotmail, iCloud, Comcast/Xfinity, Charter/Spectrum,
CenturyLink, EarthLink, Optimum, Juno/NetZero. Bounces from the sender's own
Postfix, a few notices the providers send after accepting, deferrals, ARF
feedback-loop reports and auto-replies; near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch25.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, part, plain_mail,  # noqa: E402
                       received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

MTA = "mta3.out.brightcart.example"
MTA_IP = "192.0.2.47"
SENDER_DOMAIN = "mail.brightcart.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def verp(rcpt):
    return "bounces+" + rcpt.replace("@", "=") + "@" + SENDER_DOMAIN


KINDS = {
    "reset": ("Reset your BrightCart password", "Hi,\n\nSomeone asked to reset the password for your BrightCart account.\nUse the link below within 30 minutes:\n\n  https://www.brightcart.example/reset?t=8f41c2\n\nIf it wasn't you, ignore this email.\n\nThis mailbox is not monitored.\n"),
    "receipt": ("Your BrightCart receipt for order #BC-{n}", "Thanks for your order!\n\nOrder #BC-{n}\n  1 x Stainless water bottle, 24 oz      $18.99\n  Shipping                              $4.95\n  Total                                 $23.94\n\nCharged to Visa ending 4417.\n\nThis mailbox is not monitored.\n"),
    "verify": ("Your BrightCart sign-in code", "Your sign-in code is 481 207.\n\nIt expires in 10 minutes. If you didn't try to sign in, change your password.\n\nThis mailbox is not monitored.\n"),
}


def original(name, rcpt, kind, date, body=False):
    n = int(hashlib.sha1(name.encode()).hexdigest()[:6], 16) % 900000 + 100000
    subj, text = KINDS[kind]
    subj = subj.format(n=n)
    text = text.format(n=n)
    h = (f"Return-Path: <{verp(rcpt)}>\n"
         f"Received: from app-worker-07.internal.brightcart.example (app-worker-07.internal.brightcart.example [10.20.4.17])\n"
         f"\tby {MTA} (Postfix) with ESMTP id {qid(name + 'o', 10)}\n\tfor <{rcpt}>; {date}\n"
         f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=brightcart.example;\n"
         f"\ts=bc2026; h=from:to:subject:date:message-id; bh=Wk3b7G0nq8Rj2p1YQvX0Ff4n0mA9sO2cYy8kqL7rH4E=;\n"
         f"\tb=Qm9yZWQgYnV0IGRldGVybWluaXN0aWMgc2lnbmF0dXJlIGZvciB0ZXN0IGRhdGE=\n"
         f"From: BrightCart <no-reply@brightcart.example>\nTo: {rcpt}\nSubject: {subj}\nDate: {date}\n"
         f"Message-ID: {mid(name + 'o', SENDER_DOMAIN)}\nMIME-Version: 1.0\n"
         f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n"
         f"List-Unsubscribe: <mailto:unsub@{SENDER_DOMAIN}?subject=unsub>\n"
         f"X-BC-Message-Type: {kind}\n")
    return h + ("\n" + text if body else "")


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


def pf_bounce(name, *, entries, date, kind="reset", delay_hours=None, reason=None, vendor=""):
    """entries: list of dict(rcpt, status, remote, ip, reply (full reply text), stage, reason, hard, text=None)."""
    head = PF_DELAY.format(host=MTA, hours=delay_hours) if delay_hours else PF_HEAD.format(host=MTA)
    tail = []
    recips = []
    for e in entries:
        if e.get("text"):
            tail.append(f"<{e['rcpt']}>: {e['text']}")
        elif e.get("remote") and e.get("stage") == "CONNECT":
            tail.append(f"<{e['rcpt']}>: host {e['remote']}[{e['ip']}] refused to talk to me: {e['reply']}")
        elif e.get("remote"):
            stage = e.get("stage", "RCPT TO")
            tail.append(f"<{e['rcpt']}>: host {e['remote']}[{e['ip']}] said: {e['reply']} (in reply to {stage} command)")
        d = {"final": e["rcpt"], "original": e["rcpt"], "action": "delayed" if delay_hours else "failed",
             "status": e["status"]}
        if e.get("remote"):
            d["remote"] = e["remote"]
        d["diag"] = e.get("diag") or ("smtp; " + e["reply"] if e.get("reply") else "X-Postfix; " + e.get("text", ""))
        if delay_hours:
            d["will_retry"] = dt(2026, 12, 7, 2, 14, 9)
        recips.append(d)
        code = (e.get("reply") or "")[:3] if (e.get("reply") or "")[:3].isdigit() else ""
        expect(name, e["rcpt"], e["reason"], hard=e.get("hard", False), status=e["status"], reply=code,
               action="delayed" if delay_hours else "failed", vendor=vendor)
    arrival = dt(2026, 12, 2, 2, 14, 9)
    sender = verp(entries[0]["rcpt"])
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", MTA, "Postfix", qid(name), date)])
    orig = original(name, entries[0]["rcpt"], kind, arrival)
    subj = "Delayed Mail (still being retried)" if delay_hours else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=MTA, hops=hops, text=head + "\n\n".join(tail) + "\n", recips=recips, arrival=arrival,
                    orig=orig)


def one(name, rcpt, status, remote, ip, reply, reason, hard=False, stage="RCPT TO", kind="reset", delay=None,
        vendor="", hour=2, diag=None, text=None, day=2):
    d = dt(2026, 12, day, hour, 14 + len(name) % 40, 31 + len(rcpt) % 20)
    e = dict(rcpt=rcpt, status=status, remote=remote, ip=ip, reply=reply, stage=stage, reason=reason, hard=hard)
    if diag:
        e["diag"] = diag
    if text:
        e["text"] = text
    write(OUT, name, pf_bounce(name, entries=[e], date=d, kind=kind, delay_hours=delay, vendor=vendor))


GMX = "gmail-smtp-in.l.google.com"
YMX = "mta7.am0.yahoodns.net"
MSMX = "hotmail-com.olc.protection.outlook.com"


def gmail_multi(code, status, lines):
    """Postfix joins a multi-line reply with spaces, each line keeping its code."""
    return " ".join(f"{code}-{status} {l}" for l in lines[:-1]) + f" {code} {status} {lines[-1]}"


# ================================================================ Gmail (the largest share)
one("gmail-nosuchuser-reset.eml", "tylerjmorgan1994@gmail.com", "5.1.1", GMX, "203.0.113.26",
    gmail_multi("550", "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                                 "double-checking the recipient's email address for typos or",
                                 "unnecessary spaces. For more information, go to",
                                 "https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a1c2f3e9b2si1187541cf.204 - gsmtp"]),
    "userunknown", True, vendor="gmail")
one("gmail-nosuchuser-receipt.eml", "jess.r.alvarado@gmail.com", "5.1.1", GMX, "203.0.113.27",
    gmail_multi("550", "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                                 "double-checking the recipient's email address for typos or",
                                 "unnecessary spaces. For more information, go to",
                                 "https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6fb0c3d18e1si22039486d6.318 - gsmtp"]),
    "userunknown", True, kind="receipt", vendor="gmail")
one("gmail-nosuchuser-signin-code.eml", "mrsdeborahkline@gmail.com", "5.1.1", GMX, "203.0.113.28",
    gmail_multi("550", "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                                 "double-checking the recipient's email address for typos or",
                                 "unnecessary spaces. For more information, go to",
                                 "https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-450d7f1b2c4si13580955e9.91 - gsmtp"]),
    "userunknown", True, kind="verify", vendor="gmail")
one("gmail-disabled-user.eml", "coachbrandon.lee@gmail.com", "5.2.1", GMX, "203.0.113.26",
    gmail_multi("550", "5.2.1", ["The email account that you tried to reach is disabled. For more",
                                 "information, go to",
                                 "https://support.google.com/mail/?p=DisabledUser 41be03b00d2f7-b2f5c0e4a1bsi1408826a12.402 - gsmtp"]),
    "suspend", vendor="gmail")
one("gmail-inactive-out-of-storage.eml", "grandpa.walt.1951@gmail.com", "5.2.2", GMX, "203.0.113.27",
    gmail_multi("552", "5.2.2", ["The recipient's inbox is out of storage space and inactive. Please",
                                 "direct the recipient to",
                                 "https://support.google.com/mail/?p=OverQuotaPerm 98e67ed59e1d1-3138d1b4e0asi2117093a91.77 - gsmtp"]),
    "mailboxfull", kind="receipt", vendor="gmail")
one("gmail-overquota-temp-delayed.eml", "kaylee.m.brooks@gmail.com", "4.2.2", GMX, "203.0.113.28",
    gmail_multi("452", "4.2.2", ["The recipient's inbox is out of storage space. Please direct the",
                                 "recipient to",
                                 "https://support.google.com/mail/?p=OverQuotaTemp af79cd13be357-7d3c5e0a9b4si13390285a.541 - gsmtp"]),
    "mailboxfull", delay=4, vendor="gmail")
one("gmail-4.7.28-unsolicited-rate-delayed.eml", "dani.whitfield@gmail.com", "4.7.28", GMX, "203.0.113.29",
    gmail_multi("421", "4.7.28", ["[192.0.2.47      15] Gmail has detected an unusual rate of unsolicited",
                                  "mail originating from your IP address. To protect our users from spam, mail sent",
                                  "from your IP address has been temporarily rate limited. For more information, go",
                                  "to https://support.google.com/mail/?p=UnsolicitedRateLimitError to review",
                                  "our Bulk Email Senders Guidelines. 5b1f17b1804b1-4533c0f7e12si1840715e9.31 - gsmtp"]),
    "ratelimited", stage="end of DATA", delay=4, vendor="gmail")
one("gmail-5.7.26-spf-dkim-did-not-pass.eml", "lou.santangelo@gmail.com", "5.7.26", GMX, "203.0.113.26",
    gmail_multi("550", "5.7.26", ["Your email has been blocked because the sender is unauthenticated.",
                                  "Gmail requires all senders to authenticate with either SPF or DKIM.",
                                  "",
                                  " Authentication results:",
                                  " DKIM = did not pass",
                                  " SPF [mail.brightcart.example] with ip: [192.0.2.47] = did not pass",
                                  "",
                                  " For instructions on setting up authentication, go to",
                                  "https://support.google.com/mail/answer/81126#authentication d2e1a72fcca58-74a1e0a6b7csi1550914b3a.212 - gsmtp"]),
    "authfailure", stage="end of DATA", kind="receipt", vendor="gmail")
one("gmail-low-domain-reputation.eml", "harper.quinn.art@gmail.com", "5.7.1", GMX, "203.0.113.27",
    gmail_multi("550", "5.7.1", ["[192.0.2.47] Gmail has detected that this message is likely",
                                 "suspicious due to the very low reputation of the sending domain. To",
                                 "best protect our users from spam, the message has been blocked. For",
                                 "more information, go to",
                                 "https://support.google.com/mail/answer/188131 a640c23a62f3a-ad8a1b2c3d4si118064166b.402 - gsmtp"]),
    "badreputation", stage="end of DATA", vendor="gmail")
one("gmail-likely-unsolicited-content.eml", "bigmike.delgado@gmail.com", "5.7.1", GMX, "203.0.113.29",
    gmail_multi("550", "5.7.1", ["[192.0.2.47      12] Our system has detected that this message is",
                                 "likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
                                 "this message has been blocked. For more information, go to",
                                 "https://support.google.com/mail/?p=UnsolicitedMessageError 38308e7fff4ca-32b3c8a1f0esi2207911fa.188 - gsmtp"]),
    "spamdetected", stage="end of DATA", kind="receipt", vendor="gmail")

# ================================================================ typo domains (no such domain)
one("typo-gmail-con-no-domain.eml", "shawna.pierce22@gmail.con", "5.1.2", None, None, None, "hostunknown", True,
    text="Host or domain name not found. Name service error for name=gmail.con type=A: Host not found",
    diag="X-Postfix; Host or domain name not found. Name service error for name=gmail.con type=A: Host not found")
one("typo-hotmail-comm-no-domain.eml", "rickyb_55@hotmail.comm", "5.1.2", None, None, None, "hostunknown", True,
    kind="receipt",
    text="Host or domain name not found. Name service error for name=hotmail.comm type=A: Host not found",
    diag="X-Postfix; Host or domain name not found. Name service error for name=hotmail.comm type=A: Host not found")
one("typo-sbcglobal-nte-no-domain.eml", "nanaruth48@sbcglobal.nte", "5.1.2", None, None, None, "hostunknown", True,
    text="Host or domain name not found. Name service error for name=sbcglobal.nte type=A: Host not found",
    diag="X-Postfix; Host or domain name not found. Name service error for name=sbcglobal.nte type=A: Host not found")

# ================================================================ Yahoo / AOL and the ISPs on Yahoo
one("yahoo-dd-no-account.eml", "cowgirl_jen77@yahoo.com", "5.0.0", YMX, "198.51.100.33",
    "554 delivery error: dd This user doesn't have a yahoo.com account (cowgirl_jen77@yahoo.com) [0] - mta4214.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")
one("yahoo-dd-no-account-receipt.eml", "bsmith_hvac@yahoo.com", "5.0.0", YMX, "198.51.100.34",
    "554 delivery error: dd This user doesn't have a yahoo.com account (bsmith_hvac@yahoo.com) [0] - mta4031.mail.bf1.yahoo.com",
    "userunknown", True, stage="end of DATA", kind="receipt", vendor="yahoo")
one("ymail-dd-mailbox-disabled.eml", "pattyohara@ymail.com", "5.0.0", YMX, "198.51.100.35",
    "554 delivery error: dd Sorry your message to pattyohara@ymail.com cannot be delivered. This mailbox is disabled (554.30). - mta4102.mail.ne1.yahoo.com",
    "suspend", stage="end of DATA", vendor="yahoo")
one("yahoo-5.7.9-unauthenticated.eml", "gina.torres.az@yahoo.com", "5.7.9", YMX, "198.51.100.33",
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    "authfailure", stage="end of DATA", kind="receipt", vendor="yahoo")
one("yahoo-tss09-permanently-deferred-delayed.eml", "dwaynecarter1985@yahoo.com", "4.7.0", YMX, "198.51.100.36",
    "421 4.7.0 [TSS09] All messages from 192.0.2.47 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes",
    "blocked", stage="MAIL FROM", delay=4, vendor="yahoo")
one("yahoo-451-unresolvable-envelope-from-delayed.eml", "sunnyd_1960@yahoo.com", "4.0.0", YMX, "198.51.100.34",
    "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://senders.yahooinc.com/error-codes",
    "rejected", stage="MAIL FROM", delay=6, vendor="yahoo")
one("aol-dd-no-account.eml", "rjtrucker49@aol.com", "5.0.0", "mx-aol.mail.gm0.yahoodns.net", "198.51.100.40",
    "554 delivery error: dd This user doesn't have a aol.com account (rjtrucker49@aol.com) [0] - mta6020.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", kind="receipt", vendor="yahoo")
one("aol-dd-over-quota.eml", "luvmygrandkids4@aol.com", "5.0.0", "mx-aol.mail.gm0.yahoodns.net", "198.51.100.41",
    "554 delivery error: dd Sorry, your message to luvmygrandkids4@aol.com cannot be delivered. This account is over quota. - mta6118.mail.bf1.yahoo.com",
    "mailboxfull", stage="end of DATA", vendor="yahoo")
one("att-dd-no-account.eml", "fishinfool62@att.net", "5.0.0", "al-ip4-mx-vip1.prodigy.net", "198.51.100.50",
    "554 delivery error: dd This user doesn't have a att.net account (fishinfool62@att.net) [0] - mta1024.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="att")
one("sbcglobal-dd-no-account.eml", "mjohnson4521@sbcglobal.net", "5.0.0", "al-ip4-mx-vip2.prodigy.net", "198.51.100.51",
    "554 delivery error: dd This user doesn't have a sbcglobal.net account (mjohnson4521@sbcglobal.net) [0] - mta1310.mail.bf1.yahoo.com",
    "userunknown", True, stage="end of DATA", kind="receipt", vendor="att")
one("bellsouth-dd-over-quota.eml", "peachstate.linda@bellsouth.net", "5.0.0", "al-ip4-mx-vip1.prodigy.net", "198.51.100.52",
    "554 delivery error: dd Sorry, your message to peachstate.linda@bellsouth.net cannot be delivered. This account is over quota. - mta1117.mail.ne1.yahoo.com",
    "mailboxfull", stage="end of DATA", kind="receipt", vendor="att")
one("att-dnsbl-flpd-blocked.eml", "dkramer@att.net", "5.3.0", "al-ip4-mx-vip1.prodigy.net", "198.51.100.50",
    "553 5.3.0 alph759 DNSBL:RBL 521< 192.0.2.47 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net",
    "blocked", stage="MAIL FROM", vendor="att")
one("verizon-dd-no-account.eml", "tomnjudy@verizon.net", "5.0.0", "mx-aol.mail.gm0.yahoodns.net", "198.51.100.42",
    "554 delivery error: dd This user doesn't have a verizon.net account (tomnjudy@verizon.net) [0] - mta6311.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")
one("cox-on-yahoo-dd-no-account.eml", "okiegirl.shelby@cox.net", "5.0.0", "mx.cox.net.mail.gm0.yahoodns.net", "198.51.100.43",
    "554 delivery error: dd This user doesn't have a cox.net account (okiegirl.shelby@cox.net) [0] - mta4410.mail.bf1.yahoo.com",
    "userunknown", True, stage="end of DATA", kind="receipt", vendor="yahoo")
one("frontier-dd-mailbox-disabled.eml", "hkowalski@frontier.com", "5.0.0", "mx.frontier.com.mail.gm0.yahoodns.net", "198.51.100.44",
    "554 delivery error: dd Sorry your message to hkowalski@frontier.com cannot be delivered. This mailbox is disabled (554.30). - mta4507.mail.gq1.yahoo.com",
    "suspend", stage="end of DATA", vendor="yahoo")
one("yahoo-552-message-size.eml", "quiltsbymarge@yahoo.com", "5.0.0", YMX, "198.51.100.35",
    "552 1 Requested mail action aborted, message size exceeds fixed maximum message size - mta4220.mail.bf1.yahoo.com",
    "emailtoolarge", stage="end of DATA", kind="receipt", vendor="yahoo")

# ================================================================ Outlook.com / Hotmail
one("outlook-mailbox-unavailable.eml", "jake_ridley@outlook.com", "5.5.0", MSMX, "198.51.100.70",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN1NAM02FT047.eop-nam02.prod.protection.outlook.com 2026-12-02T02:31:07.118Z 08DE2F41A1C3B77A]",
    "userunknown", True, vendor="microsoft")
one("hotmail-mailbox-unavailable-receipt.eml", "sweetpea_0412@hotmail.com", "5.5.0", MSMX, "198.51.100.71",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [SA2PEPF00001507.namprd04.prod.outlook.com 2026-12-02T02:44:51.902Z 08DE2F3F6B0A21C4]",
    "userunknown", True, kind="receipt", vendor="microsoft")
one("live-mailbox-unavailable.eml", "marcus.t.greene@live.com", "5.5.0", MSMX, "198.51.100.72",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [CO1PEPF000044F2.namprd05.prod.outlook.com 2026-12-02T03:02:13.440Z 08DE2F40C77E9B12]",
    "userunknown", True, kind="verify", vendor="microsoft")
one("outlook-s3150-network-block-list.eml", "ashley.n.moore@outlook.com", "5.7.1", MSMX, "198.51.100.73",
    "550 5.7.1 Unfortunately, messages from [192.0.2.47] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [CH2PEPF0000009A.namprd02.prod.outlook.com 2026-12-02T02:20:44.117Z 08DE2F4219D05E66]",
    "blocked", stage="MAIL FROM", vendor="microsoft")
one("hotmail-4.7.650-ip-reputation-delayed.eml", "brianna.k.scott@hotmail.com", "4.7.650", MSMX, "198.51.100.74",
    "451 4.7.650 The mail server [192.0.2.47] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA4E8F2D3C71A0] [DS2PEPF00003442.namprd04.prod.outlook.com 2026-12-02T02:58:30.604Z 08DE2F4035D2A9F1]",
    "badreputation", stage="MAIL FROM", delay=4, vendor="microsoft")
one("outlook-5.7.515-authentication-level.eml", "carlos.mendez.tx@outlook.com", "5.7.515", MSMX, "198.51.100.75",
    "550 5.7.515 Access denied, sending domain brightcart.example doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, see https://go.microsoft.com/fwlink/?linkid=2319800 [MW2NAM10FT051.eop-nam10.prod.protection.outlook.com 2026-12-02T03:10:55.218Z 08DE2F4177AC0B3D]",
    "authfailure", stage="end of DATA", kind="receipt", vendor="microsoft")
one("msn-mailbox-unavailable.eml", "oldtimer.gus@msn.com", "5.5.0", "msn-com.olc.protection.outlook.com", "198.51.100.76",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BY1PEPF0001AE17.namprd04.prod.outlook.com 2026-12-02T03:21:38.771Z 08DE2F41AA34C0D8]",
    "userunknown", True, vendor="microsoft")

# ================================================================ iCloud
one("icloud-5.1.1-user-doesnt-exist.eml", "emmajrollins@icloud.com", "5.1.1", "mx01.mail.icloud.com", "198.51.100.90",
    "550 5.1.1 <emmajrollins@icloud.com>: user does not exist",
    "userunknown", True, vendor="apple")
one("me-com-5.1.1-unknown-alias.eml", "davidkpark@me.com", "5.1.1", "mx02.mail.icloud.com", "198.51.100.91",
    "550 5.1.1 unknown or illegal alias: davidkpark@me.com",
    "userunknown", True, kind="receipt", vendor="apple")
one("icloud-hm07-dmarc-policy.eml", "nora.bishop@icloud.com", "5.7.1", "mx01.mail.icloud.com", "198.51.100.92",
    "554 5.7.1 [HM07] Message rejected due to DMARC policy of brightcart.example. Please visit https://support.apple.com/en-us/HT204137",
    "authfailure", stage="end of DATA", vendor="apple")
one("icloud-too-many-connections-delayed.eml", "tj.hollis@icloud.com", "4.7.0", "mx02.mail.icloud.com", "198.51.100.93",
    "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
    "ratelimited", stage="MAIL FROM", delay=4, kind="receipt", vendor="apple")

# ================================================================ Comcast / Xfinity
CMX = "mx1a1.comcast.net"
one("comcast-not-our-customer.eml", "bobby.dean.64@comcast.net", "5.1.1", CMX, "198.51.100.110",
    "550 5.1.1 <bobby.dean.64@comcast.net> Not our Customer",
    "userunknown", True, vendor="comcast")
one("comcast-not-our-customer-receipt.eml", "ktwalsh@comcast.net", "5.1.1", "mx2a1.comcast.net", "198.51.100.111",
    "550 5.1.1 <ktwalsh@comcast.net> Not our Customer",
    "userunknown", True, kind="receipt", vendor="comcast")
one("comcast-bl000010-dnsbl.eml", "sandra.whitcomb@comcast.net", "5.0.0", CMX, "198.51.100.110",
    "554 resimta-po-23v.sys.comcast.net resimta-po-23v.sys.comcast.net 192.0.2.47 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010",
    "blocked", stage="CONNECT", vendor="comcast")
one("comcast-rl000001-throttled-delayed.eml", "gary.lindqvist@comcast.net", "4.0.0", "mx2a1.comcast.net", "198.51.100.112",
    "421 resimta-h1p-028482.sys.comcast.net resimta-h1p-028482.sys.comcast.net 192.0.2.47 Too many sessions opened; please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001",
    "ratelimited", stage="CONNECT", delay=4, vendor="comcast")
one("comcast-dmarc-dm000001.eml", "pegleg.pete@comcast.net", "5.7.1", CMX, "198.51.100.113",
    "550 5.7.1 resimta-po-41v.sys.comcast.net Message rejected due to DMARC policy of sending domain. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
    "authfailure", stage="end of DATA", kind="receipt", vendor="comcast")

# ================================================================ Charter / Spectrum
one("charter-user-unknown.eml", "hunterjacks@charter.net", "5.1.1", "mx0.charter.net", "198.51.100.130",
    "550 5.1.1 <hunterjacks@charter.net>: Recipient address rejected: User unknown",
    "userunknown", True, vendor="spectrum")
one("roadrunner-mailbox-full.eml", "twcfan.carol@roadrunner.com", "5.2.2", "mx0.roadrunner.com", "198.51.100.131",
    "552 5.2.2 <twcfan.carol@roadrunner.com>: Recipient address rejected: Mailbox full",
    "mailboxfull", kind="receipt", vendor="spectrum")
one("spectrum-aup-mail-refused-ip.eml", "mlopez@spectrum.net", "5.7.1", "mx0.spectrum.net", "198.51.100.132",
    "554 5.7.1 - ERROR: Mail refused - <192.0.2.47> - See http://www.spectrum.net/support/internet/understanding-email-error-codes/ AUP#1500",
    "blocked", stage="CONNECT", vendor="spectrum")

# ================================================================ CenturyLink, EarthLink, Optimum, Juno/NetZero
one("centurylink-virtual-mailbox-unknown.eml", "dale.hutch@centurylink.net", "5.1.1", "mx.centurylink.net", "198.51.100.150",
    "550 5.1.1 <dale.hutch@centurylink.net>: Recipient address rejected: User unknown in virtual mailbox table",
    "userunknown", True, vendor="centurylink")
one("q-com-quota-exceeded-delayed.eml", "ranchwife.bev@q.com", "4.2.2", "mx.q.com", "198.51.100.151",
    "452 4.2.2 <ranchwife.bev@q.com>: Recipient address rejected: Mailbox quota exceeded, try again later",
    "mailboxfull", delay=4, kind="receipt", vendor="centurylink")
one("earthlink-user-unknown.eml", "hal.prescott@earthlink.net", "5.1.1", "mx.earthlink.net", "198.51.100.160",
    "550 5.1.1 <hal.prescott@earthlink.net>... User unknown",
    "userunknown", True, vendor="earthlink")
one("earthlink-mailbox-limit-exceeded.eml", "birdlady.june@earthlink.net", "5.2.2", "mx.earthlink.net", "198.51.100.161",
    "552 5.2.2 Mailbox limit exceeded for this email address",
    "mailboxfull", kind="receipt", vendor="earthlink")
one("optimum-unknown-recipient.eml", "vinnyc73@optonline.net", "5.1.1", "mx.optonline.net", "198.51.100.170",
    "550 5.1.1 <vinnyc73@optonline.net>: unknown recipient, this address is no longer active",
    "userunknown", True, vendor="optimum")
one("juno-user-unknown.eml", "gardenclub.ellen@juno.com", "5.1.1", "mx.vgs.untd.com", "198.51.100.180",
    "550 5.1.1 <gardenclub.ellen@juno.com>... User unknown",
    "userunknown", True, kind="receipt", vendor="juno")
one("netzero-account-inactive.eml", "bill.t.carver@netzero.net", "5.2.1", "mx.vgs.untd.com", "198.51.100.181",
    "550 5.2.1 <bill.t.carver@netzero.net>: account has been deactivated for inactivity",
    "suspend", vendor="juno")
one("frontiernet-connect-timeout-delayed.eml", "ccrenshaw@frontiernet.net", "4.4.1", None, None, None, "networkerror",
    delay=4, kind="receipt",
    text="connect to mx.frontiernet.net[198.51.100.190]:25: Connection timed out",
    diag="X-Postfix; connect to mx.frontiernet.net[198.51.100.190]:25: Connection timed out")
one("embarqmail-gave-up-5-days.eml", "pastor.wade@embarqmail.com", "4.4.1", None, None, None, "expired",
    text="delivery temporarily suspended: connect to mx.embarqmail.com[198.51.100.152]:25: Connection timed out",
    diag="X-Postfix; delivery temporarily suspended: connect to mx.embarqmail.com[198.51.100.152]:25: Connection timed out",
    day=7)

# ================================================================ a receipt to a buyer and a gift recipient
n = "receipt-two-recipients-gmail-yahoo.eml"
write(OUT, n, pf_bounce(n, kind="receipt", date=dt(2026, 12, 2, 3, 41, 2), entries=[
    dict(rcpt="giftfor.aunt.rose@yahoo.com", status="5.0.0", remote=YMX, ip="198.51.100.36", stage="end of DATA",
         reply="554 delivery error: dd This user doesn't have a yahoo.com account (giftfor.aunt.rose@yahoo.com) [0] - mta4377.mail.gq1.yahoo.com",
         reason="userunknown", hard=True),
    dict(rcpt="owen.pratt.buys@gmail.com", status="5.2.2", remote=GMX, ip="203.0.113.26", stage="RCPT TO",
         reply=gmail_multi("552", "5.2.2", ["The recipient's inbox is out of storage space and inactive. Please",
                                            "direct the recipient to",
                                            "https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-b2f61a0c7e3si1730021a12.88 - gsmtp"]),
         reason="mailboxfull"),
]))

# ================================================================ Outlook.com NDR after acceptance (mailbox full)
n = "outlook-ndr-quota-exceeded-after-accept.eml"
rc = "fran.delacroix@outlook.com"
d = dt(2026, 12, 2, 3, 52, 18)
ndr_host = "DM6PR04MB7125.namprd04.prod.outlook.com"
text = f"""Your message to {rc} couldn't be delivered.

fran.delacroix's mailbox is full.

Action Required                                    Recipient
Free up mailbox space

How to Fix It
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: {ndr_host}

{rc}
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=6f1a9c0b2e3d4f5a8b7c6d5e4f3a2b1c-fran.delac. 16.55847:E60A0000, 17.43559:0000000060010000000000000000000000000000, 20.52176:140F5E8A0F00101000000000[EndDiagnosticData]'

Original message headers:

Received: from {MTA} ({MTA_IP}) by BN1NAM02FT047.mail.protection.outlook.com
 (10.13.2.150) with Microsoft SMTP Server (version=TLS1_3,
 cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.3 via Frontend Transport; Wed, 2 Dec 2026 03:52:11 +0000
From: BrightCart <no-reply@brightcart.example>
To: {rc}
Subject: Reset your BrightCart password
"""
bnd = boundary(n)
body = multipart("report", [
    text_part(text),
    part("message/delivery-status", f"""Reporting-MTA: dns;{ndr_host}
Received-From-MTA: dns;{MTA}
Arrival-Date: Wed, 2 Dec 2026 03:52:11 +0000

Original-Recipient: rfc822;{rc}
Final-Recipient: rfc822;{rc}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;
 Failed to process message due to a permanent exception with message
 [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange
 Administrative Group
 (FYDIBOHF23SPDLT)/cn=Recipients/cn=6f1a9c0b2e3d4f5a8b7c6d5e4f3a2b1c-fran.delac.
 16.55847:E60A0000[EndDiagnosticData]
""", cte=None),
    part("text/rfc822-headers", original(n, rc, "reset", dt(2026, 12, 2, 3, 52, 9)), cte=None),
], bnd, " report-type=delivery-status;")
heads = [f"Return-Path: <>\nReceived: from {ndr_host} (2603:10b6:5:3a1::17) by\n SA2PR04MB8812.namprd04.prod.outlook.com with HTTPS; {d}",
         ("From", "postmaster@outlook.com"), ("To", verp(rc)), ("Date", d),
         ("Subject", "Undeliverable: Reset your BrightCart password"), ("Message-ID", mid(n, ndr_host)),
         ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
write(OUT, n, mail(heads, body))
expect(n, rc, "mailboxfull", status="5.2.2", reply="554", vendor="microsoft")


# ================================================================ ARF complaints (feedback loops)
def arf(name, *, frm, to, subject, date, rcpt, ua, intro, fb_extra, vendor, kind="receipt", redact_to=False):
    when = dt(2026, 12, 1, 22, 5, 40)
    orig = original(name, rcpt, kind, when, body=True)
    if redact_to:
        orig = orig.replace(f"To: {rcpt}\n", "To: redacted@hotmail.com\n").replace(
            "X-BC-Message-Type", f"X-HmXmrOriginalRecipient: <{rcpt}>\nX-BC-Message-Type")
    fb = (f"Feedback-Type: abuse\nUser-Agent: {ua}\nVersion: 1\n"
          f"Original-Mail-From: <{verp(rcpt)}>\n" + ("" if redact_to else f"Original-Rcpt-To: <{rcpt}>\n") +
          f"Arrival-Date: {when}\nSource-IP: {MTA_IP}\nReported-Domain: brightcart.example\n" + fb_extra)
    body = multipart("report", [text_part(intro), part("message/feedback-report", fb, cte=None),
                                part("message/rfc822", orig, cte=None)], boundary(name), " report-type=feedback-report;")
    host = frm.split("@")[1].rstrip(">")
    heads = [received([(host, "198.51.100.250", "mx.brightcart.example", "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))]
    write(OUT, name, mail(heads, body))
    expect(name, rcpt, "feedback", action="", vendor=vendor)
    from samplelib import EXPECT
    EXPECT[-1]["feedback_type"] = "abuse"


arf("arf-yahoo-cfl-receipt.eml", frm="Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
    to="fbl@brightcart.example", subject="Yahoo Complaint Feedback Loop report", date=dt(2026, 12, 2, 4, 2, 11),
    rcpt="happyhomemaker71@yahoo.com", ua="Yahoo!-Mail-Feedback/2.0", vendor="yahoo",
    intro="This is an email abuse report for an email message from brightcart.example\nreceived from IP address 192.0.2.47 on Tue, 1 Dec 2026 22:05:40 +0000.\n\nFor more information about this format, please see\nhttps://senders.yahooinc.com/complaint-feedback-loop/\n",
    fb_extra="Authentication-Results: mta4310.mail.gq1.yahoo.com;\n dkim=pass header.i=@brightcart.example header.s=bc2026;\n spf=pass smtp.mailfrom=mail.brightcart.example;\n dmarc=pass(p=REJECT) header.from=brightcart.example;\n")
arf("arf-aol-cfl-reset.eml", frm="Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
    to="fbl@brightcart.example", subject="Yahoo Complaint Feedback Loop report", date=dt(2026, 12, 2, 4, 9, 50),
    rcpt="gramps.ed.fish@aol.com", ua="Yahoo!-Mail-Feedback/2.0", vendor="yahoo", kind="reset",
    intro="This is an email abuse report for an email message from brightcart.example\nreceived from IP address 192.0.2.47 on Tue, 1 Dec 2026 22:05:40 +0000.\n",
    fb_extra="Authentication-Results: mta6002.mail.bf1.yahoo.com;\n dkim=pass header.i=@brightcart.example header.s=bc2026;\n dmarc=pass(p=REJECT) header.from=brightcart.example;\n")
arf("arf-outlook-jmrp-receipt.eml", frm="staff@hotmail.com", to="jmrp@brightcart.example",
    subject="complaint about message from 192.0.2.47", date=dt(2026, 12, 2, 4, 17, 3),
    rcpt="denise_w_1968@hotmail.com", ua="Microsoft Junk Mail Reporting Program", vendor="microsoft", redact_to=True,
    intro="This is an email abuse report for an email message received from IP 192.0.2.47 on Tue, 01 Dec 2026 22:05:40 -0800.\nFor more information about this format please see http://tools.ietf.org/html/rfc5965.\n",
    fb_extra="")
arf("arf-comcast-fbl-receipt.eml", frm="Comcast Feedback Loop <feedbackloop@comcastfbl.senderscore.net>",
    to="fbl@brightcart.example", subject="Comcast FBL report: complaint about brightcart.example", date=dt(2026, 12, 2, 4, 30, 22),
    rcpt="buckeyefan.jim@comcast.net", ua="Validity-Universal-FBL/1.0", vendor="comcast",
    intro="This is a Comcast feedback loop report. A Comcast subscriber marked the attached\nmessage as spam. Please remove the subscriber from your mailing lists.\n",
    fb_extra="")


# ================================================================ auto-replies
def autoreply(name, *, frm, addr, subject, date, text, extra, vendor, host):
    heads = [received([(host, "198.51.100.240", "mx.brightcart.example", "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", "BrightCart <no-reply@brightcart.example>"), ("Subject", subject),
             ("Message-ID", mid(name, host)), ("In-Reply-To", mid(name + "o", SENDER_DOMAIN))] + list(extra)
    write(OUT, name, mail(heads, text_part(text)))
    expect(name, addr, "vacation", action="", vendor=vendor)


autoreply("vacation-gmail-responder.eml", frm="Lorraine Becker <lorraine.becker.rn@gmail.com>",
          addr="lorraine.becker.rn@gmail.com", subject="Re: Your BrightCart receipt for order #BC-418822",
          date=dt(2026, 12, 2, 2, 20, 5, "-0500"), vendor="gmail", host="mail-sor-f41.google.com",
          extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")],
          text="Hi! I'm traveling to see family until December 8 with limited access to email.\nI'll get back to you when I return.\n\nLorraine\n")
autoreply("vacation-outlook-automatic-reply.eml", frm="Greg Halvorsen <greg.halvorsen@outlook.com>",
          addr="greg.halvorsen@outlook.com", subject="Automatic reply: Reset your BrightCart password",
          date=dt(2026, 12, 2, 2, 31, 44), vendor="microsoft", host="NAM12-BN8-obe.outbound.protection.outlook.com",
          extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "greg.halvorsen@outlook.com"),
                 ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Reset your BrightCart password")],
          text="I am out of the office through Friday, December 4, and will respond to your message when I return.\n")
autoreply("vacation-yahoo-vacation-response.eml", frm="Rita Gomez <ritagomez_55@yahoo.com>",
          addr="ritagomez_55@yahoo.com", subject="Vacation Response: Your BrightCart sign-in code",
          date=dt(2026, 12, 2, 2, 48, 12, "-0700"), vendor="yahoo", host="sonic311-21.consmr.mail.ne1.yahoo.com",
          extra=[("Auto-Submitted", "auto-replied")],
          text="Thank you for your email. I am on vacation until December 10th and won't be checking mail regularly.\n\nRita\n")


# ================================================================ near-misses: ordinary mail, no record
def nb(name, *, frm, to, subject, date, text, host, extra=(), html=None):
    heads = [received([(host, "198.51.100.230", "mx.brightcart.example", "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if html:
        body = multipart("alternative", [text_part(text), text_part(html, subtype="html")], boundary(name))
    else:
        body = text_part(text)
    write(NB, name, mail(heads, body))


NOREPLY = "BrightCart <no-reply@brightcart.example>"
QUOTE_RESET = "\n\nOn Wed, Dec 2, 2026 at 2:14 AM BrightCart <no-reply@brightcart.example> wrote:\n> Hi,\n>\n> Someone asked to reset the password for your BrightCart account.\n> Use the link below within 30 minutes:\n>\n>   https://www.brightcart.example/reset?t=8f41c2\n>\n> If it wasn't you, ignore this email.\n>\n> This mailbox is not monitored.\n"
QUOTE_RECEIPT = "\n\n-----Original Message-----\nFrom: BrightCart <no-reply@brightcart.example>\nSent: Tuesday, December 1, 2026 9:14 PM\nTo: {to}\nSubject: Your BrightCart receipt for order #BC-{n}\n\nThanks for your order!\n\nOrder #BC-{n}\n  1 x Stainless water bottle, 24 oz      $18.99\n  Shipping                              $4.95\n  Total                                 $23.94\n\nCharged to Visa ending 4417.\n\nThis mailbox is not monitored.\n"
G = "mail-sor-f69.google.com"
Y = "sonic309-14.consmr.mail.bf2.yahoo.com"
O = "NAM10-MW2-obe.outbound.protection.outlook.com"

nb("nb-reply-didnt-request-reset.eml", frm="Tammy Reyes <tammy.reyes.77@gmail.com>", to=NOREPLY, host=G,
   subject="Re: Reset your BrightCart password", date=dt(2026, 12, 2, 7, 2, 51, "-0600"),
   extra=[("In-Reply-To", mid("r1", SENDER_DOMAIN))],
   text="I did not ask for a password reset!! Is somebody in my account? Please call me, I can't find a phone number anywhere.\n\nTammy" + QUOTE_RESET)
nb("nb-reply-receipt-charged-twice.eml", frm="Doug Ferris <dferris@comcast.net>", to=NOREPLY, host="resomta-h1p-027911.sys.comcast.net",
   subject="RE: Your BrightCart receipt for order #BC-551204", date=dt(2026, 12, 2, 8, 15, 3, "-0500"),
   text="I was charged twice for this order, my bank shows two charges of $23.94. Please refund one of them.\n\nDoug Ferris" + QUOTE_RECEIPT.format(to="dferris@comcast.net", n=551204))
nb("nb-reply-inbox-was-full-resend.eml", frm="Carol Ng <carol.ng.1958@yahoo.com>", to=NOREPLY, host=Y,
   subject="Re: Reset your BrightCart password", date=dt(2026, 12, 2, 9, 40, 12, "-0800"),
   text="My mailbox was full last week so I think your first emails bounced back. I cleaned it out and now have space.\nThe link below says expired. Can you send a new one? My storage is fine now.\n\nCarol" + QUOTE_RESET)
nb("nb-reply-wrong-person-no-account.eml", frm="Jeremy Vance <jvance@att.net>", to=NOREPLY, host="alph-ip4-out.prodigy.net",
   subject="Re: Your BrightCart sign-in code", date=dt(2026, 12, 2, 6, 55, 40, "-0600"),
   text="I don't have an account with you. This address doesn't belong to whoever signed up, you have the wrong user.\nPlease remove my email, there is no such customer here.\n\n-- Jeremy\n")
nb("nb-reply-stop.eml", frm="<bobbie.k@icloud.com>", to=NOREPLY, host="st43p00im-ztdg10061801.me.com",
   subject="Re: Your BrightCart receipt for order #BC-309117", date=dt(2026, 12, 2, 10, 1, 2, "-0500"),
   text="STOP\n\nSent from my iPhone\n")
nb("nb-unsubscribe-gmail-mailto.eml", frm="kenji.walters@gmail.com", to=f"unsub@{SENDER_DOMAIN}", host=G,
   subject="unsub", date=dt(2026, 12, 2, 11, 12, 30, "-0800"),
   text="This message was automatically generated by Gmail.\n")
nb("nb-unsubscribe-yahoo-mailto.eml", frm="rosalind_p@yahoo.com", to=f"unsub@{SENDER_DOMAIN}", host=Y,
   subject="unsub", date=dt(2026, 12, 2, 11, 40, 9, "-0500"),
   text="unsubscribe\n")
nb("nb-unsubscribe-human-request.eml", frm="Walt Simmons <waltsimmons@earthlink.net>", to=NOREPLY, host="elasmtp-scoter.atl.sa.earthlink.net",
   subject="please take me off your list", date=dt(2026, 12, 2, 12, 3, 44, "-0500"),
   text="Please unsubscribe me. I closed my account with you in October and I keep getting these receipts.\nI don't want any more mail from BrightCart.\n\nWalter Simmons\n")
nb("nb-comcast-business-bill-ready.eml", frm="Comcast Business <online.communications@alerts.comcast.example>", to="it-billing@brightcart.example",
   host="mta-out.alerts.comcast.example", subject="Your Comcast Business bill is ready", date=dt(2026, 12, 2, 5, 0, 0),
   text="Your bill for account ending in 7731 is ready.\n\nAmount due: $489.10\nDue date: December 21, 2026\n\nSign in to My Account to view and pay your bill. Automatic payments are set up\nfor this account, so no action is needed.\n\nThis is an automated message. Please do not reply.\n")
nb("nb-att-fiber-maintenance.eml", frm="AT&T Business <noreply@att-mail.example>", to="noc@brightcart.example",
   host="omta.att-mail.example", subject="Scheduled maintenance: circuit BBEC.551820..ATI", date=dt(2026, 12, 2, 5, 30, 0),
   text="AT&T will perform scheduled network maintenance that may affect your service.\n\nStart: December 9, 2026 00:00 CT\nEnd: December 9, 2026 06:00 CT\nExpected impact: up to 15 minutes of service interruption\n\nNo action is required. Mail and traffic will be delayed, not lost, during the window.\n")
nb("nb-yahoo-sender-hub-cfl-enrolled.eml", frm="Yahoo Sender Hub <no-reply@senders.yahooinc.example>", to="postmaster@brightcart.example",
   host="mta.senders.yahooinc.example", subject="Your Complaint Feedback Loop enrollment is active", date=dt(2026, 12, 2, 6, 10, 0),
   text="Hello,\n\nYour domain brightcart.example is now enrolled in the Yahoo Complaint Feedback Loop.\nWhen a Yahoo or AOL user marks your mail as spam, we will send a report in ARF format\nto fbl@brightcart.example.\n\nThank you,\nYahoo Sender Hub\n")
nb("nb-microsoft-snds-access-granted.eml", frm="SNDS <snds@microsoft-snds.example>", to="postmaster@brightcart.example",
   host="snds-out.microsoft-snds.example", subject="SNDS access granted for 192.0.2.32/27", date=dt(2026, 12, 2, 6, 20, 0),
   text="Access to data for the IP range 192.0.2.32/27 has been granted to postmaster@brightcart.example.\n\nYou can now see complaint rates, spam trap hits and filter results (green, yellow, red)\nfor these IPs. Red means most mail from the IP was judged as spam on that day; it does\nnot mean the IP is blocked.\n")
nb("nb-google-postmaster-domain-verified.eml", frm="Google Postmaster Tools <postmaster-tools-noreply@google.example>",
   to="postmaster@brightcart.example", host="mail-out.google.example", subject="brightcart.example has been verified",
   date=dt(2026, 12, 2, 6, 25, 0),
   text="You have verified ownership of brightcart.example in Postmaster Tools.\n\nData on spam rate, domain and IP reputation, authentication and delivery errors\nwill appear once your domain sends enough mail to Gmail users.\n")
nb("nb-xfinity-storage-almost-full.eml", frm="Xfinity <xfinity@xfinity-notify.example>", to="owner.rbaker@comcast.net",
   host="mta.xfinity-notify.example", subject="Your email storage is almost full", date=dt(2026, 12, 2, 7, 0, 0),
   text="Hi Rachel,\n\nYour Xfinity email is using 92% of its 10 GB storage. When it is full, new messages\nwill be returned to their senders. Delete old messages or empty your Trash to free up space.\n\nThis is a service message from Xfinity.\n")
nb("nb-spectrum-email-moving-notice.eml", frm="Spectrum <spectrum@spectrum-notify.example>", to="owner.rbaker@charter.net",
   host="mta.spectrum-notify.example", subject="Important changes to your Spectrum email", date=dt(2026, 12, 2, 7, 5, 0),
   text="Your charter.net email address is not changing, but on January 15 we will move your mailbox\nto a new platform. Mail sent to you during the move will be held and delivered afterwards.\nNo action is needed.\n")
nb("nb-scam-mailbox-quota-phish.eml", frm="Mail Administrator <admin@quota-update.example>", to="no-reply@brightcart.example",
   host="vps-3312.cheaphost.example", subject="Mailbox Quota Exceeded - Action Required", date=dt(2026, 12, 2, 3, 3, 3),
   text="Dear no-reply,\n\nYour mailbox has exceeded its storage limit of 2 GB. You may not be able to send or receive\nnew messages until you validate your mailbox.\n\n11 incoming messages are pending delivery.\n\nValidate now: http://quota-update.example/validate?u=no-reply@brightcart.example\n\nMail Administrator\n")
nb("nb-scam-undelivered-messages-phish.eml", frm="\"Mail Delivery System\" <postmaster@brightcart-secure.example>",
   to="no-reply@brightcart.example", host="vps-8841.cheaphost.example", subject="Delivery Status Notification: 4 messages failed",
   date=dt(2026, 12, 2, 3, 48, 0),
   text="Message delivery failure\n\nYou have 4 undelivered messages held on the server because of a sync error.\nClick below to release them to your inbox:\n\nRelease messages: http://brightcart-secure.example/release?id=44812\n\nIf no action is taken they will be deleted in 24 hours.\n")
nb("nb-scam-invoice-overdue.eml", frm="Accounts Payable <ap@invoice-desk.example>", to="no-reply@brightcart.example",
   host="mx-out.invoice-desk.example", subject="Overdue invoice #88120 - final notice", date=dt(2026, 12, 2, 4, 44, 0),
   text="Hello,\n\nPayment for invoice #88120 ($2,480.00) is overdue. Please review the attached statement and\nremit today to avoid service interruption.\n\nView statement: http://invoice-desk.example/s/88120\n")
nb("nb-forwarded-receipt-to-support.eml", frm="Angela Price <angela.price@outlook.com>", to="BrightCart Support <support@brightcart.example>",
   host=O, subject="FW: Your BrightCart receipt for order #BC-716033", date=dt(2026, 12, 2, 13, 20, 0, "-0500"),
   text="Hello, I want to return the water bottle on this order, it leaks. How do I get a return label?\n\nAngela" + QUOTE_RECEIPT.format(to="angela.price@outlook.com", n=716033))
nb("nb-reply-new-address.eml", frm="Ron Becker <ron.becker.52@gmail.com>", to=NOREPLY, host=G,
   subject="Re: Your BrightCart receipt for order #BC-204718", date=dt(2026, 12, 2, 14, 2, 0, "-0600"),
   text="My old address rbecker@sbcglobal.net no longer works, AT&T shut it down. Please send receipts\nto this gmail address from now on.\n\nRon\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
