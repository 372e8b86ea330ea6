#!/usr/bin/env python3
"""Writes testdata/unseen/batch-28: one night of a marketing and
transactional sender (news@news.lumenstore.example and
orders@tx.lumenstore.example, out through mta1/mta2.out.lumenstore.example,
192.0.2.25/.26) in the 2024-2026 bulk-sender era. Most notices concern
Gmail / Google Workspace, Outlook.com / Microsoft 365 and Yahoo / AOL under
their bulk-sender requirements (SPF, DKIM and DMARC alignment, one-click
unsubscribe, spam-rate thresholds, PTR and TLS), mixed with the ordinary
recipient failures of the same providers and of company domains they host,
about one in eight delayed, a couple of ARF complaints and auto-replies.
Near-misses (Postmaster Tools / SNDS / ESP notices, DMARC reports, an
unsubscribe request, customers' replies, phishing dressed as a bounce) go
to not-bounce/ (nb-*).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch28.py [DIR]"""
import base64
import datetime
import gzip
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, expect, mail, mid, multipart,  # noqa: E402
                       orig_headers, part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

NEWS = "news@news.lumenstore.example"
ORDERS = "orders@tx.lumenstore.example"
OUR_IP = {"mta1.out.lumenstore.example": "192.0.2.25", "mta2.out.lumenstore.example": "192.0.2.26"}
N = [0]


def qid(name, n=11):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def when(n, tz="+0000"):
    # the campaign is queued at 22:30 UTC on 2 December; the first notice
    # comes 40 minutes later, then one every ~4 minutes. Wall clock in tz.
    t = datetime.datetime(2026, 12, 2, 22, 30, tzinfo=datetime.timezone.utc)
    if n:
        t += datetime.timedelta(minutes=40 + 4 * n, seconds=(13 * n) % 60)
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return t.astimezone(off).strftime("%a, %d %b %Y %H:%M:%S ") + tz


def rc(reply):
    """The SMTP reply code a reply text starts with, or "" (DNS/connect errors)."""
    return reply[:3] if reply[:3].isdigit() else ""


def verp(rcpt, kind):
    tag = hashlib.md5(rcpt.encode()).hexdigest()[:10]
    return f"bounce+{kind}-{tag}@bounces.lumenstore.example"


def orig(name, to, kind):
    if kind == "news":
        return orig_headers(NEWS, to, "Winter edit: 30% off knitwear, this weekend only", when(0),
                            mid(name + "/orig", "news.lumenstore.example"),
                            "List-Unsubscribe: <https://news.lumenstore.example/u/1/" + hashlib.md5(to.encode()).hexdigest()[:16] + ">,\n <mailto:unsubscribe@news.lumenstore.example?subject=unsub>\n"
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.lumenstore.example;\n s=ls2026; h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post;\n bh=Hx2Z0mJ1c7bQy8nq3L1u0Z6s8bS9GmKc1Vh0m5Q2y9E=; b=Vq3...")
    return orig_headers(ORDERS, to, "Your order LS-" + str(400000 + int(qid(name, 5), 16) % 99999) + " has shipped", when(0),
                        mid(name + "/orig", "tx.lumenstore.example"),
                        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tx.lumenstore.example;\n s=tx2026; h=from:to:subject:date:message-id; bh=0Yb6c1n7s2m0qP8x=; b=Kd8...")


POSTFIX_FAIL = """This is the mail system at host {host}.

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

Your message could not be delivered for more than 30 minute(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def gsmtp(code, ext, text, tail):
    """A Google multi-line reply as Postfix flattens it."""
    words = text.split()
    lines, cur = [], []
    for w in words:
        if sum(len(x) + 1 for x in cur) + len(w) > 62:
            lines.append(" ".join(cur))
            cur = []
        cur.append(w)
    lines.append(" ".join(cur))
    out = [f"{code}-{ext} {line}" for line in lines]
    out.append(f"{code} {ext} {tail} - gsmtp")
    return " ".join(out)


def pfdsn(name, recips, *, kind="news", mta="mta1.out.lumenstore.example", delay=False):
    """Postfix DSN from our own MTA. recips: dicts with addr, status, remote,
    rip, reply, stage, reason, hard, vendor."""
    N[0] += 1
    date = when(N[0])
    lines = []
    dsn_r = []
    for r in recips:
        said = f"host {r['remote']}[{r['rip']}] said: {r['reply']} (in reply to {r.get('stage', 'RCPT TO')} command)"
        if r.get("said"):
            said = r["said"]
        lines.append(textwrap.fill(f"<{r['addr']}>: {said}", width=76, subsequent_indent="    ",
                                   break_long_words=False, break_on_hyphens=False)
                     if not r.get("said") else f"<{r['addr']}>: {said}")
        d = {"final": r["addr"], "status": r["status"], "remote": r.get("remote"),
             "diag": ("smtp; " if r.get("remote") else "X-Postfix; ") + r["reply"], "action": "delayed" if delay else "failed"}
        if delay:
            d["will_retry"] = "Mon, 07 Dec 2026 22:30:00 +0000"
        dsn_r.append(d)
        expect(name, r["addr"], r["reason"], r.get("hard", False), r["status"], rc(r["reply"]),
               "delayed" if delay else "failed", r.get("vendor", ""))
    head = (POSTFIX_DELAY if delay else POSTFIX_FAIL).format(host=mta)
    to = verp(recips[0]["addr"], kind)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", "mx.bounces.lumenstore.example", "Postfix", qid(name), date, to),
                                             (mta, OUR_IP[mta], "mx.bounces.lumenstore.example", "Postfix", qid(name + "b"), date)])[0:]
    text = head + "\n\n".join(lines) + "\n"
    write(OUT, name, dsn_mail(name, frm=f"MAILER-DAEMON@{mta} (Mail Delivery System)", to=to, subject=subj,
                              date=date, host=mta, hops=hops, text=text, recips=dsn_r, arrival=when(0),
                              orig=orig(name, ", ".join(r["addr"] for r in recips), kind)))


def R(addr, status, remote, rip, reply, reason, hard=False, stage="RCPT TO", vendor=""):
    return dict(addr=addr, status=status, remote=remote, rip=rip, reply=reply, reason=reason, hard=hard,
                stage=stage, vendor=vendor)


GMX = "gmail-smtp-in.l.google.com"
GASP = "aspmx.l.google.com"
YMX = "mta7.am0.yahoodns.net"
AMX = "mx-aol.mail.gm0.yahoodns.net"
OMX = "hotmail-com.olc.protection.outlook.com"
OLMX = "outlook-com.olc.protection.outlook.com"


def exo(dom):
    return dom.replace(".", "-") + ".mail.protection.outlook.com"


# ------------------------------------------------------------- Gmail: recipient failures

pfdsn("gmail-nosuchuser-newsletter.eml", [R("lena.okafor1987@gmail.com", "5.1.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to", "https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-4b2a9c0e1d3si118845e9.172"),
    "userunknown", True, vendor="gmail")])

pfdsn("googlemail-nosuchuser-two-typos.eml", [
    R("j.haverkamp@googlemail.com", "5.1.1", "gmail-smtp-in.l.google.com", "203.0.113.27", gsmtp(
        "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to", "https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-ab7f3c8e2b0si99120066b.310"),
      "userunknown", True, vendor="gmail"),
    R("priya.raman.@gmail.com", "5.1.3", "gmail-smtp-in.l.google.com", "203.0.113.27", gsmtp(
        "553", "5.1.3", "The recipient address <priya.raman.@gmail.com> is not a valid RFC 5321 address. For more information, go to", "https://support.google.com/a/answer/3221692 d9443c01a7336-22de1a4c9f0si10933455ad.88"),
      "userunknown", True, vendor="gmail")])

pfdsn("gmail-account-disabled-orders.eml", [R("m.vasquez.ortiz@gmail.com", "5.2.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.2.1", "The email account that you tried to reach is disabled. For more information, go to", "https://support.google.com/mail/?p=DisabledUser 6a1803df08f44-6e8f2e1b3c7si77012346d6.402"),
    "suspend", vendor="gmail")], kind="tx")

pfdsn("gmail-inactive-storage-552.eml", [R("oldschool.gardener@gmail.com", "5.2.2", GMX, "203.0.113.27", gsmtp(
    "552", "5.2.2", "The recipient's inbox is out of storage space and inactive. Please direct the recipient to", "https://support.google.com/mail/?p=OverQuotaPerm 98e67ed59e1d1-2fa4e1c0a9bsi1227730a91.551"),
    "mailboxfull", vendor="gmail")])

pfdsn("gmail-overquota-temp-delay.eml", [R("tomasz.wrobel.pl@gmail.com", "4.2.2", GMX, "203.0.113.27", gsmtp(
    "452", "4.2.2", "The recipient's inbox is out of storage space. Please direct the recipient to", "https://support.google.com/mail/?p=OverQuotaTemp 46e09a7af769-7c0a1d7e4b2si80112234985a.77"),
    "mailboxfull", vendor="gmail")], delay=True)

pfdsn("gmail-receiving-too-fast-delay.eml", [R("deals.hunter.uk@gmail.com", "4.2.1", GMX, "203.0.113.27", gsmtp(
    "450", "4.2.1", "The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later point. If the user is able to receive mail at that time, your message will be delivered. For more information, go to", "https://support.google.com/mail/?p=ReceivingRatePerm 5b1f17b1804b1-43c8e3b7d1esi5522101f8f.214"),
    "ratelimited", vendor="gmail")], delay=True)

pfdsn("gmail-message-size-552.eml", [R("archive.scans.rk@gmail.com", "5.2.3", GMX, "203.0.113.27", gsmtp(
    "552", "5.2.3", "Your message exceeded Google's message size limits. For more information, go to", "https://support.google.com/mail/?p=MaxSizeError 2adb3069b0e04-5440e6b0a1esi90812e87.301"),
    "emailtoolarge", stage="end of DATA", vendor="gmail")], kind="tx")

# ------------------------------------------------------------- Gmail: bulk-sender requirements

pfdsn("gmail-5.7.26-sender-unauthenticated.eml", [R("hannah.bergstrom@gmail.com", "5.7.26", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.26", "This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [news.lumenstore.example] with ip: [192.0.2.26] = did not pass For instructions on setting up authentication, go to", "https://support.google.com/mail/answer/81126#authentication 5b1f17b1804b1-43b3a1e9b22si3310457f8f.88"),
    "authfailure", stage="end of DATA", vendor="gmail")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-5.7.26-dmarc-policy-workspace.eml", [R("accounts@brightfield-dental.example", "5.7.26", GASP, "203.0.113.28", gsmtp(
    "550", "5.7.26", "Unauthenticated email from news.lumenstore.example is not accepted due to domain's DMARC policy. Please contact the administrator of news.lumenstore.example domain if this was a legitimate mail. To learn about the DMARC initiative, go to", "https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-b0f3a10e8c2si4410773a12.612"),
    "authfailure", stage="end of DATA", vendor="gmail")])

pfdsn("gmail-5.7.27-spf-did-not-pass.eml", [R("r.achterberg@gmail.com", "5.7.27", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.27", "This mail has been blocked because the sender's domain news.lumenstore.example does not pass SPF for the sending IP 192.0.2.26. Gmail requires all bulk senders to pass SPF for the domain in the envelope sender. To learn more about Gmail requirements for bulk senders, go to", "https://support.google.com/a/answer/81126#requirements-5k 6a1803df08f44-6e1d0a4c7f2si90553126d6.19"),
    "authfailure", stage="end of DATA", vendor="gmail")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-4.7.27-spf-rate-limited-delay.eml", [R("kiki.nakamura.art@gmail.com", "4.7.27", GMX, "203.0.113.27", gsmtp(
    "421", "4.7.27", "Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate with SPF. Authentication results: SPF [news.lumenstore.example] with ip: [192.0.2.26] = did not pass. To set up SPF, go to", "https://support.google.com/a/answer/81126#authentication 98e67ed59e1d1-30a4d1e0c3esi99021a91.4"),
    "authfailure", stage="end of DATA", vendor="gmail")], mta="mta2.out.lumenstore.example", delay=True)

pfdsn("gmail-4.7.30-dkim-rate-limited-delay.eml", [R("benji.adeyemi@gmail.com", "4.7.30", GMX, "203.0.113.27", gsmtp(
    "421", "4.7.30", "Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate with DKIM. Authentication results: DKIM = did not pass. To set up DKIM, go to", "https://support.google.com/a/answer/81126#authentication 2adb3069b0e04-54a1b0c9e3fsi77102e87.52"),
    "authfailure", stage="end of DATA", vendor="gmail")], delay=True)

pfdsn("gmail-5.7.32-from-not-aligned.eml", [R("ops-alerts@harrowgate-logistics.example", "5.7.32", GASP, "203.0.113.28", gsmtp(
    "550", "5.7.32", "Your email has been blocked because the sender is unauthenticated. The From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. To learn more about DMARC alignment, go to", "https://support.google.com/a?p=dmarc-alignment 46e09a7af769-7c2e9a0b1d4si40092285a.141"),
    "authfailure", stage="end of DATA", vendor="gmail")], kind="tx")

pfdsn("gmail-4.7.29-no-tls-delay.eml", [R("felix.dunmore@gmail.com", "4.7.29", GMX, "203.0.113.27", gsmtp(
    "421", "4.7.29", "Your email has been rate limited because this message wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To learn more about Gmail requirements for bulk senders, go to", "https://support.google.com/a/answer/81126#requirements-5k 5b1f17b1804b1-43d9b1e0a77si1023445f8f.3"),
    "failedstarttls", stage="MAIL FROM", vendor="gmail")], mta="mta2.out.lumenstore.example", delay=True)

pfdsn("gmail-5.7.25-ptr-forward-mismatch.eml", [R("claire.moulin.fr@gmail.com", "5.7.25", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.25", "The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to", "https://support.google.com/mail/answer/81126#ip-practices 6a1803df08f44-6e9a1b0c2e4si66112346d6.501"),
    "requireptr", stage="MAIL FROM", vendor="gmail")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-4.7.28-unsolicited-dkim-domain-delay.eml", [R("s.oyelaran@gmail.com", "4.7.28", GMX, "203.0.113.27", gsmtp(
    "421", "4.7.28", "Gmail has detected an unusual rate of unsolicited mail containing one of your URLs or originating from your DKIM domain [news.lumenstore.example 31]. To protect our users from spam, mail sent from your domain has been temporarily rate limited. For more information, go to", "https://support.google.com/mail/?p=UnsolicitedRateLimitError 41be03b00d2f7-b0a1e9c3d11si9931233a12.7"),
    "ratelimited", stage="end of DATA", vendor="gmail")], delay=True)

pfdsn("gmail-5.7.1-likely-unsolicited.eml", [R("gretchen.alder@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "[192.0.2.25 12] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to", "https://support.google.com/mail/?p=UnsolicitedMessageError 2adb3069b0e04-5440f1a0c2bsi55511e87.93"),
    "spamdetected", stage="end of DATA", vendor="gmail")])

pfdsn("gmail-5.7.1-low-domain-reputation.eml", [R("wendell.price@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to", "https://support.google.com/mail/answer/188131 98e67ed59e1d1-2fb3c0a1d9esi2210441a91.66"),
    "badreputation", stage="end of DATA", vendor="gmail")])

pfdsn("gmail-5.7.1-ip-low-reputation.eml", [R("ana.lucia.freitas@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "[192.0.2.26] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked. For more information, go to", "https://support.google.com/mail/answer/188131 46e09a7af769-7c1b0e9a4d2si10019285a.30"),
    "badreputation", stage="end of DATA", vendor="gmail")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-5.7.1-one-click-unsubscribe.eml", [R("dorothea.klein@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "This message does not meet the requirements for bulk senders: it has no valid one-click unsubscribe header (List-Unsubscribe-Post). Gmail requires marketing messages from bulk senders to support one-click unsubscribe. To learn more, go to", "https://support.google.com/a/answer/81126#subscriptions 5b1f17b1804b1-43a0e1c9b4fsi8812345f8f.20"),
    "policyviolation", stage="end of DATA", vendor="gmail")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-5.7.1-not-authorized-direct.eml", [R("p.lindqvist@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "[192.0.2.26] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. For more information, go to", "https://support.google.com/mail/?p=NotAuthorizedError 6a1803df08f44-6e0a9c1b3d5si4410226d6.12"),
    "blocked", stage="MAIL FROM", vendor="gmail")], mta="mta2.out.lumenstore.example")

# ------------------------------------------------------------- Google Workspace company domains

pfdsn("workspace-two-recipients-unknown-disabled.eml", [
    R("frontdesk@brightfield-dental.example", "5.1.1", GASP, "203.0.113.28", gsmtp(
        "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to", "https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b0e1a2c3d4esi1100233a12.22"),
      "userunknown", True, vendor="gmail"),
    R("dr.ortega@brightfield-dental.example", "5.2.1", GASP, "203.0.113.28", gsmtp(
        "550", "5.2.1", "The email account that you tried to reach is inactive. For more information, go to", "https://support.google.com/mail/?p=DisabledUser 41be03b00d2f7-b0e1a2c3d4fsi1100234a12.23"),
      "suspend", vendor="gmail")], kind="tx")

N[0] += 1
_n = "workspace-null-mx-retired-domain.eml"
_d = when(N[0])
write(OUT, _n, dsn_mail(_n, frm="MAILER-DAEMON@mta1.out.lumenstore.example (Mail Delivery System)",
    to=verp("hello@oldbrand-studio.example", "news"), subject="Undelivered Mail Returned to Sender", date=_d,
    host="mta1.out.lumenstore.example",
    hops="Return-Path: <>\n" + received([("mta1.out.lumenstore.example", "192.0.2.25", "mx.bounces.lumenstore.example", "Postfix", qid(_n), _d)]),
    text=POSTFIX_FAIL.format(host="mta1.out.lumenstore.example") +
    "<hello@oldbrand-studio.example>: Domain oldbrand-studio.example does not accept mail\n    (nullMX)\n",
    recips=[{"final": "hello@oldbrand-studio.example", "status": "5.1.10",
             "diag": "X-Postfix; Domain oldbrand-studio.example does not accept mail (nullMX)"}],
    arrival=when(0), orig=orig(_n, "hello@oldbrand-studio.example", "news")))
expect(_n, "hello@oldbrand-studio.example", "notaccept", True, "5.1.10", "", vendor="postfix")

# ------------------------------------------------------------- Outlook.com / Hotmail

pfdsn("outlookcom-mailbox-unavailable-s2017.eml", [R("jordan.mcallister@outlook.com", "5.5.0", OLMX, "203.0.113.41",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-12-02T23:26:11.402Z 08DE1A7C3B9D0E2F]",
    "userunknown", True, vendor="outlook")])

pfdsn("hotmail-three-mixed-night.eml", [
    R("sweetpea_1999@hotmail.com", "5.5.0", OMX, "203.0.113.40",
      "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB1PEPF000509F8.eurprd03.prod.outlook.com 2026-12-02T23:30:02.118Z 08DE1A7C3B9D0E30]",
      "userunknown", True, vendor="outlook"),
    R("marco.ricci77@hotmail.com", "5.2.2", OMX, "203.0.113.40",
      "552 5.2.2 Requested action not taken: mailbox full (S2017062302). [DB1PEPF000509F8.eurprd03.prod.outlook.com 2026-12-02T23:30:02.221Z 08DE1A7C3B9D0E31]",
      "mailboxfull", vendor="outlook"),
    R("liv.holm@live.com", "5.5.0", "live-com.olc.protection.outlook.com", "203.0.113.42",
      "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [SN1PEPF0002636B.namprd02.prod.outlook.com 2026-12-02T23:30:03.007Z 08DE1A7C3B9D0E32]",
      "userunknown", True, vendor="outlook")])

pfdsn("outlookcom-5.7.515-auth-level-news.eml", [R("grace.whitfield@outlook.com", "5.7.515", OLMX, "203.0.113.41",
    "550 5.7.515 Access denied, sending domain [NEWS.LUMENSTORE.EXAMPLE] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more about these requirements, go to https://aka.ms/SenderRequirements [AM2PEPF0001C70E.eurprd05.prod.outlook.com 2026-12-02T23:34:40.551Z 08DE1A7C3B9D0E40]",
    "authfailure", stage="end of DATA", vendor="outlook")], mta="mta2.out.lumenstore.example")

pfdsn("hotmail-4.7.650-ip-reputation-delay.eml", [R("bigdave_ellis@hotmail.com", "4.7.650", OMX, "203.0.113.40",
    "451 4.7.650 The mail server [192.0.2.26] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BA89D5E1F2A303] [DB5PEPF00014B9C.eurprd02.prod.outlook.com 2026-12-02T23:38:15.009Z 08DE1A7C3B9D0E41]",
    "badreputation", stage="MAIL FROM", vendor="outlook")], mta="mta2.out.lumenstore.example", delay=True)

pfdsn("outlookcom-s3150-block-list.eml", [R("nina.kovacs@outlook.com", "5.7.1", OLMX, "203.0.113.41",
    "550 5.7.1 Unfortunately, messages from [192.0.2.26] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6D.eurprd04.prod.outlook.com 2026-12-02T23:42:00.300Z 08DE1A7C3B9D0E42]",
    "blocked", stage="MAIL FROM", vendor="outlook")], mta="mta2.out.lumenstore.example")

pfdsn("outlookcom-concurrent-connections-delay.eml", [R("t.garnier@outlook.com", "4.3.2", OLMX, "203.0.113.41",
    "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel [AM4PEPF00027A6E.eurprd04.prod.outlook.com 2026-12-02T23:44:10.871Z 08DE1A7C3B9D0E43]",
    "ratelimited", stage="MAIL FROM", vendor="outlook")], delay=True)

pfdsn("msn-mailbox-disabled-inactive.eml", [R("harold.finch.1961@msn.com", "5.2.1", "msn-com.olc.protection.outlook.com", "203.0.113.43",
    "550 5.2.1 Requested action not taken: mailbox unavailable. The mailbox has been disabled because it has been inactive for too long. [SN1PEPF0002636C.namprd02.prod.outlook.com 2026-12-02T23:46:40.120Z 08DE1A7C3B9D0E44]",
    "suspend", vendor="outlook")], kind="tx")

# ------------------------------------------------------------- Microsoft 365 hosted company domains

pfdsn("m365-resolver-recipient-not-found.eml", [R("k.obrien@northgate-legal.example", "5.1.10", exo("northgate-legal.example"), "203.0.113.52",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.obrien@northgate-legal.example not found by SMTP address lookup [LO2GBR01FT012.eop-gbr01.prod.protection.outlook.com 2026-12-02T23:48:33.910Z 08DE1A7C3B9D0E50]",
    "userunknown", True, vendor="office365")], kind="tx")

pfdsn("m365-dbeb-access-denied.eml", [R("purchasing@tidewater-marine.example", "5.4.1", exo("tidewater-marine.example"), "203.0.113.53",
    "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [BN2PEPF000044A9.namprd04.prod.outlook.com 2026-12-02T23:50:12.442Z 08DE1A7C3B9D0E51]",
    "userunknown", True, vendor="office365")])

pfdsn("m365-5.7.509-dmarc-reject.eml", [R("finance@northgate-legal.example", "5.7.509", exo("northgate-legal.example"), "203.0.113.52",
    "550 5.7.509 Access denied, sending domain NEWS.LUMENSTORE.EXAMPLE does not pass DMARC verification and has a DMARC policy of reject. [LO2GBR01FT013.eop-gbr01.prod.protection.outlook.com 2026-12-02T23:52:08.001Z 08DE1A7C3B9D0E52]",
    "authfailure", stage="end of DATA", vendor="office365")], mta="mta2.out.lumenstore.example")

pfdsn("m365-storedrv-quota-exceeded.eml", [R("s.brennan@tidewater-marine.example", "5.2.2", exo("tidewater-marine.example"), "203.0.113.53",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=6b2e1c0d9a8f4e3b-sbrennan. 16.55847:6A010000, 17.43559:0000000080010000 [EndDiagnosticData] [BN2PEPF000044AA.namprd04.prod.outlook.com]",
    "mailboxfull", stage="end of DATA", vendor="office365")], kind="tx")

pfdsn("m365-5.7.606-banned-ip.eml", [R("info@lakeshore-clinic.example", "5.7.606", exo("lakeshore-clinic.example"), "203.0.113.54",
    "550 5.7.606 Access denied, banned sending IP [192.0.2.26]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [CH2PEPF0000009A.namprd07.prod.outlook.com 2026-12-02T23:56:40.777Z 08DE1A7C3B9D0E53]",
    "blocked", stage="RCPT TO", vendor="office365")], mta="mta2.out.lumenstore.example")

pfdsn("m365-spf-5.7.23-tenant.eml", [R("reception@lakeshore-clinic.example", "5.7.23", exo("lakeshore-clinic.example"), "203.0.113.54",
    "550 5.7.23 The message was rejected because of Sender Policy Framework violation -> 192.0.2.26 is not allowed to send for news.lumenstore.example [CH2PEPF0000009B.namprd07.prod.outlook.com 2026-12-03T00:00:01.204Z 08DE1A7C3B9D0E54]",
    "authfailure", stage="end of DATA", vendor="office365")], mta="mta2.out.lumenstore.example")

pfdsn("m365-recipient-disabled-5.2.1.eml", [R("former.partner@northgate-legal.example", "5.2.1", exo("northgate-legal.example"), "203.0.113.52",
    "550 5.2.1 Mailbox cannot be accessed: the recipient's account has been disabled by the organization. [LO2GBR01FT014.eop-gbr01.prod.protection.outlook.com 2026-12-03T00:02:00.551Z 08DE1A7C3B9D0E55]",
    "suspend", vendor="office365")], kind="tx")

pfdsn("m365-transport-rule-bulk-marketing.eml", [R("all-staff@tidewater-marine.example", "5.7.1", exo("tidewater-marine.example"), "203.0.113.53",
    "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: Bulk marketing mail to internal distribution lists is not accepted [BN2PEPF000044AB.namprd04.prod.outlook.com 2026-12-03T00:04:19.019Z 08DE1A7C3B9D0E56]",
    "policyviolation", stage="end of DATA", vendor="office365")])

# ------------------------------------------------------------- Yahoo / AOL

pfdsn("yahoo-dd-no-account-newsletter.eml", [R("sunny.daze2004@yahoo.com", "5.0.0", YMX, "203.0.113.61",
    "554 delivery error: dd This user doesn't have a yahoo.com account (sunny.daze2004@yahoo.com) [0] - mta4006.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")])

pfdsn("aol-dd-mailbox-disabled.eml", [R("grandma.june@aol.com", "5.0.0", AMX, "203.0.113.62",
    "554 delivery error: dd Sorry your message to grandma.june@aol.com cannot be delivered. This mailbox is disabled (554.30). - mta6011.aol.mail.bf1.yahoo.com",
    "suspend", stage="end of DATA", vendor="aol")])

pfdsn("yahoo-552-mailbox-not-found.eml", [R("b.kowalczyk@ymail.com", "5.0.0", YMX, "203.0.113.61",
    "552 1 Requested mail action aborted, mailbox not found",
    "userunknown", True, vendor="yahoo")], kind="tx")

pfdsn("yahoo-5.7.9-unauthenticated-bulk.eml", [R("amelia.hart.77@yahoo.com", "5.7.9", YMX, "203.0.113.61",
    "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    "authfailure", stage="end of DATA", vendor="yahoo")], mta="mta2.out.lumenstore.example")

pfdsn("aol-dmarc-reject-5.7.9.eml", [R("pat.delaney@aol.com", "5.7.9", AMX, "203.0.113.62",
    "554 5.7.9 Message not accepted for policy reasons. DMARC verification failed for news.lumenstore.example: no aligned SPF or DKIM signature. See https://senders.yahooinc.com/error-codes",
    "authfailure", stage="end of DATA", vendor="aol")], mta="mta2.out.lumenstore.example")

pfdsn("yahoo-tss04-complaints-delay.eml", [R("cwright.designs@yahoo.com", "4.7.0", YMX, "203.0.113.61",
    "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://senders.yahooinc.com/error-codes",
    "badreputation", stage="MAIL FROM", vendor="yahoo")], delay=True)

pfdsn("yahoo-tss09-permanently-deferred.eml", [R("lola.mendes@yahoo.com", "4.7.0", YMX, "203.0.113.61",
    "421 4.7.0 [TSS09] All messages from 192.0.2.26 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes",
    "blocked", stage="MAIL FROM", vendor="yahoo")], mta="mta2.out.lumenstore.example", delay=True)

pfdsn("yahoo-over-quota-dd.eml", [R("rosalind.greer@yahoo.com", "5.0.0", YMX, "203.0.113.61",
    "554 delivery error: dd Sorry, your message to rosalind.greer@yahoo.com cannot be delivered. This account is over quota. - mta4102.mail.bf1.yahoo.com",
    "mailboxfull", stage="end of DATA", vendor="yahoo")], kind="tx")

pfdsn("yahoo-bl21-spamhaus-listed.eml", [R("m.osei@yahoo.com", "5.7.1", YMX, "203.0.113.61",
    "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.26, because the ip is in Spamhaus's list; see https://senders.yahooinc.com/error-codes",
    "blocked", stage="CONNECT", vendor="yahoo")], mta="mta2.out.lumenstore.example")

pfdsn("yahoo-unresolvable-envelope-from-delay.eml", [R("d.abernathy@rocketmail.com", "4.0.0", YMX, "203.0.113.61",
    "451 Message temporarily deferred due to unresolvable RFC.5321 from address bounce+tx-7a1c@bounces.lumenstore.example - see https://senders.yahooinc.com/error-codes",
    "rejected", stage="MAIL FROM", vendor="yahoo")], kind="tx", delay=True)

pfdsn("aol-and-yahoo-two-unknown.eml", [
    R("skipper.boats@aol.com", "5.0.0", AMX, "203.0.113.62",
      "554 delivery error: dd This user doesn't have a aol.com account (skipper.boats@aol.com) [0] - mta6002.aol.mail.bf1.yahoo.com",
      "userunknown", True, stage="end of DATA", vendor="aol"),
    R("kay.lindgren@aol.com", "5.0.0", AMX, "203.0.113.62",
      "554 delivery error: dd This user doesn't have a aol.com account (kay.lindgren@aol.com) [0] - mta6002.aol.mail.bf1.yahoo.com",
      "userunknown", True, stage="end of DATA", vendor="aol")])

pfdsn("sbcglobal-yahoo-hosted-no-account.eml", [R("ron.tiller@sbcglobal.net", "5.0.0", "ff-ip4-mx-vip1.prodigy.net", "203.0.113.63",
    "554 delivery error: dd This user doesn't have a sbcglobal.net account (ron.tiller@sbcglobal.net) [0] - mta1203.mail.ne1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")], kind="tx")

# ------------------------------------------------------------- other recipients of the same night

pfdsn("postfix-typo-gmial-nxdomain.eml", [dict(addr="carla.nunes@gmial.com", status="5.4.4", remote=None, rip=None,
    reply="Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found",
    said="Host or domain name not found. Name service error for\n    name=gmial.com type=MX: Host not found",
    reason="hostunknown", hard=True, vendor="postfix")])

N[0] += 1
_n = "postfix-typo-outlok-nxdomain.eml"
_d = when(N[0])
write(OUT, _n, dsn_mail(_n, frm="MAILER-DAEMON@mta1.out.lumenstore.example (Mail Delivery System)",
    to=verp("h.yilmaz@outlok.com", "tx"), subject="Undelivered Mail Returned to Sender", date=_d,
    host="mta1.out.lumenstore.example",
    hops="Return-Path: <>\n" + received([("mta1.out.lumenstore.example", "192.0.2.25", "mx.bounces.lumenstore.example", "Postfix", qid(_n), _d)]),
    text=POSTFIX_FAIL.format(host="mta1.out.lumenstore.example") +
    "<h.yilmaz@outlok.com>: Host or domain name not found. Name service error for\n    name=outlok.com type=MX: Host not found\n",
    recips=[{"final": "h.yilmaz@outlok.com", "status": "5.4.4",
             "diag": "X-Postfix; Host or domain name not found. Name service error for name=outlok.com type=MX: Host not found"}],
    arrival=when(0), orig=orig(_n, "h.yilmaz@outlok.com", "tx")))
expect(_n, "h.yilmaz@outlok.com", "hostunknown", True, "5.4.4", "", vendor="postfix")

pfdsn("company-exchange-onprem-unknown.eml", [R("jmarsh@quarrybank-mills.example", "5.1.1", "mail.quarrybank-mills.example", "198.51.100.71",
    "550 5.1.1 User unknown",
    "userunknown", True, vendor="exchange")])

pfdsn("company-postfix-dovecot-quota.eml", [R("info@ferncliff-bakery.example", "5.2.2", "mx.ferncliff-bakery.example", "198.51.100.72",
    "552 5.2.2 <info@ferncliff-bakery.example>: Recipient address rejected: Mailbox is full / Blocks limit exceeded / Inode limit exceeded",
    "mailboxfull", vendor="postfix")])

pfdsn("company-timeout-delay.eml", [dict(addr="sales@copperline-tools.example", status="4.4.1", remote=None, rip=None,
    reply="connect to mx.copperline-tools.example[198.51.100.73]:25: Connection timed out",
    said="connect to mx.copperline-tools.example[198.51.100.73]:25: Connection timed\n    out",
    reason="networkerror", vendor="postfix")], delay=True)

# ------------------------------------------------------------- Gmail's own notices (support@ on Google Workspace)


def gmail_ndr(name, rcpt, status, remote_text, human, reason, hard=False, subject="Re: Return request for order LS-418220"):
    N[0] += 1
    date = when(N[0], "-0800")
    text = human
    html = "<html><head></head><body><p>" + human.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>"
    recips = [{"final": rcpt, "status": status, "remote": None, "diag": "smtp; " + remote_text,
               "last": date}]
    hops = received([("mail-sor-f69.google.com", "203.0.113.169", "mx.google.com", "Google Transport Security", "a1e0cc1a2514c-5f1a0b9c3e2sor8812345e0c.9", date)])
    hops = "Return-Path: <>\nX-Google-Smtp-Source: AGHT+IFq0r9Lz3vYb1nKx8mZ2cDq==\n" + hops
    orig_ = orig_headers("support@lumenstore.example", rcpt, subject[4:] if subject.startswith("Re: ") else subject, when(N[0] - 1, "-0800"),
                         mid(name + "/orig", "lumenstore.example"))
    write(OUT, name, dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
                              to="support@lumenstore.example", subject="Delivery Status Notification (Failure)",
                              date=date, host="mail.gmail.com", hops=hops, text=text, recips=recips,
                              reporting="googlemail.com", orig=orig_, alt_html=html,
                              extra=[("X-Failed-Recipients", rcpt)]))
    expect(name, rcpt, reason, hard, status, rc(remote_text), vendor="gmail")


gmail_ndr("gws-support-address-not-found-hotmail.eml", "aisha.k@hotmial.com", "5.1.2",
          "DNS Error: DNS type 'mx' lookup of hotmial.com responded with code NXDOMAIN Domain name not found: hotmial.com",
          """** Address not found **

Your message wasn't delivered to aisha.k@hotmial.com because the domain hotmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/?p=BadRcptDomain

The response was:

DNS Error: DNS type 'mx' lookup of hotmial.com responded with code NXDOMAIN Domain name not found: hotmial.com
""", "hostunknown", True)

gmail_ndr("gws-support-outlook-mailbox-full.eml", "georgia.p@northgate-legal.example", "5.2.2",
          "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception [LO2GBR01FT015.eop-gbr01.prod.protection.outlook.com]",
          """** Message not delivered **

There was a problem delivering your message to georgia.p@northgate-legal.example. See the technical details below.

The response from the remote server was:

554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception [LO2GBR01FT015.eop-gbr01.prod.protection.outlook.com]
""", "mailboxfull")

gmail_ndr("gws-support-yahoo-no-account.eml", "dan.whitlow@yahoo.com", "5.0.0",
          "554 delivery error: dd This user doesn't have a yahoo.com account (dan.whitlow@yahoo.com) [0] - mta4011.mail.gq1.yahoo.com",
          """** Address not found **

Your message wasn't delivered to dan.whitlow@yahoo.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:

554 delivery error: dd This user doesn't have a yahoo.com account (dan.whitlow@yahoo.com) [0] - mta4011.mail.gq1.yahoo.com
""", "userunknown", True)

gmail_ndr("gws-support-recipient-blocked-you.eml", "r.stanton@quarrybank-mills.example", "5.7.1",
          "550 5.7.1 Message rejected: the recipient has blocked mail from this sender address",
          """** Message blocked **

Your message to r.stanton@quarrybank-mills.example has been blocked. See technical details below for more information.

The response was:

550 5.7.1 Message rejected: the recipient has blocked mail from this sender address
""", "filtered")

# ------------------------------------------------------------- Exchange Online NDRs (billing@ on Microsoft 365)


def exo_ndr(name, rcpt, status, diag, summary, reason, hard=False, remote="", delay=False):
    N[0] += 1
    date = when(N[0], "+0000")
    act = "delayed" if delay else "failed"
    host = "AM9PR04MB8210.eurprd04.prod.outlook.com"
    text = f"""{summary}

Diagnostic information for administrators:

Generating server: {host}

{rcpt}
{remote or 'Remote server'}
Remote Server returned '{diag}'

Original message headers:

Received: from AM9PR04MB8210.eurprd04.prod.outlook.com ([fe80::1a2b:3c4d:5e6f:7a8b]) by
 AM9PR04MB8210.eurprd04.prod.outlook.com ([fe80::1a2b:3c4d:5e6f:7a8b%5]) with mapi id
 15.20.8207.010; {when(N[0] - 2)}
From: Lumenstore Billing <billing@lumenstore.example>
Subject: Invoice INV-2026-11-0873
"""
    recips = [{"final": rcpt, "status": status, "action": act, "remote": remote or None, "diag": "smtp;" + diag}]
    hops = received([(host, "2603:10a6:20b:4f2::11", "AM9PR04MB8211.eurprd04.prod.outlook.com", "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "15.20.8207.12", date)])
    subj = ("Delivery delayed:" if delay else "Undeliverable:") + " Invoice INV-2026-11-0873"
    write(OUT, name, dsn_mail(name, frm="Microsoft Outlook <postmaster@lumenstore.onmicrosoft.com>",
                              to="billing@lumenstore.example", subject=subj, date=date, host=host, hops=hops,
                              text=text, recips=recips, reporting=host,
                              orig=orig_headers("billing@lumenstore.example", rcpt, "Invoice INV-2026-11-0873", when(N[0] - 2),
                                                mid(name + "/orig", "AM9PR04MB8210.eurprd04.prod.outlook.com")),
                              extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]))
    expect(name, rcpt, reason, hard, status, rc(diag), act, vendor="office365")


exo_ndr("exo-billing-gmail-nosuchuser.eml", "accounts.payable.ridley@gmail.com", "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43a9e1c0b3fsi1029384f8f.51 - gsmtp",
        """Your message to accounts.payable.ridley@gmail.com couldn't be delivered.

accounts.payable.ridley wasn't found at gmail.com.

Action Required
Recipient

Unknown To address""", "userunknown", True, remote="gmail-smtp-in.l.google.com")

exo_ndr("exo-billing-yahoo-tss04-delayed.eml", "fredrika.ost@yahoo.com", "4.7.0",
        "421 4.7.0 [TSS04] Messages from 192.0.2.90 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://senders.yahooinc.com/error-codes",
        """Delivery is delayed to these recipients or groups:

fredrika.ost@yahoo.com

Subject: Invoice INV-2026-11-0873

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.""",
        "badreputation", remote="mta5.am0.yahoodns.net", delay=True)

exo_ndr("exo-billing-workspace-dmarc.eml", "ap@brightfield-dental.example", "5.7.26",
        "550-5.7.26 Unauthenticated email from lumenstore.example is not accepted due to domain's DMARC policy. Please contact the administrator of lumenstore.example domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 41be03b00d2f7-b1a0e9c3d22si55120a12.9 - gsmtp",
        """Your message to ap@brightfield-dental.example couldn't be delivered.

brightfield-dental.example suspects your message is spam and rejected it.

Action Required
Sender

Unauthenticated email""", "authfailure", remote="aspmx.l.google.com")

exo_ndr("exo-billing-internal-unknown.eml", "old.controller@lumenstore.example", "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient old.controller@lumenstore.example not found by SMTP address lookup",
        """Your message to old.controller@lumenstore.example couldn't be delivered.

old.controller wasn't found at lumenstore.example.

Action Required
Recipient

Unknown To address""", "userunknown", True)

# ------------------------------------------------------------- Exim at the transactional relay


def exim(name, rcpt, stage, reply_lines, reason, hard=False, status="", vendor=""):
    N[0] += 1
    date = when(N[0], "+0000")
    host = "relay.tx.lumenstore.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host {reply_lines[0]}
    SMTP error from remote mail server after {stage}:
""" + "".join(f"    {ln}\n" for ln in reply_lines[1:]) + f"""
------ This is a copy of the message, including all the headers. ------
------ The body of the message is 1843 characters long; only the first
------ 1024 or so are included here.

Return-path: <{ORDERS}>
Received: from app-worker-3.tx.lumenstore.example ([198.51.100.9])
\tby relay.tx.lumenstore.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\t(envelope-from <{ORDERS}>)
\tid 1tQ7xK-00{qid(name, 4)}-Ab
\tfor {rcpt};
\t{when(N[0] - 1)}
From: Lumenstore <{ORDERS}>
To: {rcpt}
Subject: Your password reset code
Date: {when(N[0] - 1)}
Message-ID: {mid(name + '/orig', 'tx.lumenstore.example')}

Use code 418 220 to reset your Lumenstore password. It expires in 15 minutes.
"""
    hops = "Return-path: <>\n" + received([(host, "127.0.0.1", host, "Exim 4.98", "1tQ7xL-00" + qid(name, 4) + "-Zz", date)])
    write(OUT, name, plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=ORDERS,
                                subject="Mail delivery failed: returning message to sender", date=date, host=host,
                                hops=hops, text=body, extra=[("X-Failed-Recipients", rcpt)]))
    expect(name, rcpt, reason, hard, status, rc(reply_lines[1]), vendor=vendor)


exim("exim-gmail-nosuchuser-multiline.eml", "noah.brightwater@gmail.com", "RCPT TO:<noah.brightwater@gmail.com>",
     ["gmail-smtp-in.l.google.com [203.0.113.27]",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try",
      "550-5.1.1 double-checking the recipient's email address for typos or",
      "550-5.1.1 unnecessary spaces. For more information, go to",
      "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43b0a9e1c3dsi99881f8f.12 - gsmtp"],
     "userunknown", True, "5.1.1", "gmail")

exim("exim-gmail-dkim-5.7.30-blocked.eml", "isla.montgomery@gmail.com", "end of data",
     ["gmail-smtp-in.l.google.com [203.0.113.27]",
      "550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires",
      "550-5.7.30 all bulk email senders to authenticate with DKIM. Authentication",
      "550-5.7.30 results: DKIM = did not pass. For instructions on setting up DKIM",
      "550-5.7.30 authentication, go to",
      "550 5.7.30  https://support.google.com/a/answer/174124 6a1803df08f44-6e0b1a2c3d4si10293d6.8 - gsmtp"],
     "authfailure", False, "5.7.30", "gmail")

exim("exim-outlook-5.7.515-tx.eml", "zoe.marchetti@hotmail.com", "end of data",
     ["hotmail-com.olc.protection.outlook.com [203.0.113.40]",
      "550 5.7.515 Access denied, sending domain [TX.LUMENSTORE.EXAMPLE] does not meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, go to https://aka.ms/SenderRequirements [DB1PEPF000509F9.eurprd03.prod.outlook.com 2026-12-03T00:30:12.001Z 08DE1A7C3B9D0E60]"],
     "authfailure", False, "5.7.515", "outlook")

exim("exim-yahoo-tss09-rcpt.eml", "vince.ocampo@yahoo.com", "MAIL FROM:<orders@tx.lumenstore.example>",
     ["mta6.am0.yahoodns.net [203.0.113.64]",
      "553 5.7.2 [TSS09] All messages from 198.51.100.8 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes"],
     "blocked", False, "5.7.2", "yahoo")

exim("exim-aol-mailbox-not-found.eml", "captain.nemo.1870@aol.com", "RCPT TO:<captain.nemo.1870@aol.com>",
     ["mx-aol.mail.gm0.yahoodns.net [203.0.113.62]",
      "552 1 Requested mail action aborted, mailbox not found"],
     "userunknown", True, "", "aol")

exim("exim-workspace-inbox-out-of-storage.eml", "bookings@harrowgate-logistics.example", "RCPT TO:<bookings@harrowgate-logistics.example>",
     ["aspmx.l.google.com [203.0.113.28]",
      "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please",
      "552-5.2.2 direct the recipient to",
      "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 2adb3069b0e04-5441a0c9b3esi1029e87.4 - gsmtp"],
     "mailboxfull", False, "5.2.2", "gmail")

exim("exim-m365-ip-not-accepted.eml", "orders@lakeshore-clinic.example", "MAIL FROM:<orders@tx.lumenstore.example>",
     ["lakeshore-clinic-example.mail.protection.outlook.com [203.0.113.54]",
      "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7001) [CH2PEPF0000009C.namprd07.prod.outlook.com 2026-12-03T00:36:44.210Z 08DE1A7C3B9D0E61]"],
     "blocked", False, "5.7.708", "office365")

# ------------------------------------------------------------- complaints (ARF)


def arf(name, *, frm, ua, fbtype, rcpt, src_ip, host, kind="news", extra_fields=""):
    N[0] += 1
    date = when(N[0])
    bnd = boundary(name)
    human = f"This is an email abuse report for an email message received from IP {src_ip} on {when(0)}.\nFor more information about this format please see http://www.mipassoc.org/arf/.\n"
    fields = f"""Feedback-Type: {fbtype}
User-Agent: {ua}
Version: 1
Original-Mail-From: <{verp(rcpt, kind)}>
Original-Rcpt-To: <{rcpt}>
Arrival-Date: {when(0)}
Source-IP: {src_ip}
Reported-Domain: news.lumenstore.example
{extra_fields}"""
    parts = [text_part(human), part("message/feedback-report", fields, cte=None),
             part("message/rfc822", orig(name, rcpt, kind) + "\nWinter edit: 30% off knitwear.\n", cte=None)]
    heads = [received([(host, "203.0.113.80", "mx.bounces.lumenstore.example", "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", "fbl@lumenstore.example"), ("Subject", "FW: Winter edit: 30% off knitwear, this weekend only"),
             ("Message-ID", mid(name, host))]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=feedback-report;")))
    e = {"file": name, "recipient": rcpt, "action": "", "status": "", "reply_code": "", "reason": "feedback", "hard": False,
         "vendor": "", "feedback_type": fbtype}
    from samplelib import EXPECT
    EXPECT.append(e)


arf("arf-yahoo-cfl-complaint.eml", frm="Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>",
    ua="Yahoo!-Mail-Feedback/2.0", fbtype="abuse", rcpt="jess.farrow@yahoo.com", src_ip="192.0.2.25",
    host="mta1.arf.mail.yahoo.com")
arf("arf-aol-fbl-complaint.eml", frm="AOL Feedback Loop <scomp@aol.net>",
    ua="Yahoo!-Mail-Feedback/2.0", fbtype="abuse", rcpt="bud.halvorsen@aol.com", src_ip="192.0.2.26",
    host="mta3.arf.mail.yahoo.com")

# ------------------------------------------------------------- auto-replies


def autoreply(name, frm, rcpt_from, subject, body, extra):
    N[0] += 1
    date = when(N[0])
    write(OUT, name, plain_mail(name, frm=frm, to=NEWS if "news" in name else ORDERS, subject=subject, date=date,
                                host=frm.split("@")[1].rstrip(">"),
                                hops=received([(frm.split("@")[1].rstrip(">"), "203.0.113.90", "mx.news.lumenstore.example", "Postfix", qid(name), date)]),
                                text=body, extra=extra, auto=True))
    expect(name, rcpt_from, "vacation", action="", vendor="")


autoreply("vacation-gmail-responder-news.eml", "Mei Tanaka <mei.tanaka.knits@gmail.com>", "mei.tanaka.knits@gmail.com",
          "Away until 8 December",
          "Thanks for your email. I'm travelling with limited access to email until Monday 8 December and will reply when I'm back.\n\nMei\n",
          [("In-Reply-To", mid("vac1/orig", "news.lumenstore.example")), ("Precedence", "bulk")])
autoreply("vacation-m365-automatic-reply-tx.eml", "Owen Pritchard <o.pritchard@northgate-legal.example>", "o.pritchard@northgate-legal.example",
          "Automatic reply: Your order LS-418771 has shipped",
          "I am out of the office until 5 December with no access to email. For urgent matters please contact reception@northgate-legal.example.\n\nOwen Pritchard\nNorthgate Legal LLP\n",
          [("X-MS-Exchange-Inbox-Rules-Loop", "o.pritchard@northgate-legal.example"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", mid("vac2/orig", "tx.lumenstore.example"))])

# ------------------------------------------------------------- more of the ordinary tail

pfdsn("gmail-nosuchuser-shipping-receipt.eml", [R("callum.fraser.88@gmail.com", "5.1.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to", "https://support.google.com/mail/?p=NoSuchUser 98e67ed59e1d1-2fb1e0a9c3dsi4401928a91.203"),
    "userunknown", True, vendor="gmail")], kind="tx")

pfdsn("outlookcom-unknown-order-confirmation.eml", [R("baker.street.221b@outlook.com", "5.5.0", OLMX, "203.0.113.41",
    "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A6F.eurprd04.prod.outlook.com 2026-12-03T00:40:20.330Z 08DE1A7C3B9D0E70]",
    "userunknown", True, vendor="outlook")], kind="tx")

pfdsn("ymail-dd-no-account-receipt.eml", [R("tanya_b_1990@ymail.com", "5.0.0", YMX, "203.0.113.61",
    "554 delivery error: dd This user doesn't have a ymail.com account (tanya_b_1990@ymail.com) [0] - mta4210.mail.ne1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")], kind="tx")

pfdsn("workspace-cedarwood-unknown-user.eml", [R("jobs@cedarwood-architects.example", "5.1.1", "aspmx.l.google.com", "203.0.113.28", gsmtp(
    "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to", "https://support.google.com/mail/?p=NoSuchUser 6a1803df08f44-6e1a0b9c8d7si2203945d6.61"),
    "userunknown", True, vendor="gmail")])

pfdsn("company-postfix-virtual-mailbox-unknown.eml", [R("hr@ferncliff-bakery.example", "5.1.1", "mx.ferncliff-bakery.example", "198.51.100.72",
    "550 5.1.1 <hr@ferncliff-bakery.example>: Recipient address rejected: User unknown in virtual mailbox table",
    "userunknown", True, vendor="postfix")])

pfdsn("icloud-user-does-not-exist.eml", [R("leo.marchand@icloud.com", "5.1.1", "mx01.mail.icloud.com", "203.0.113.70",
    "550 5.1.1 <leo.marchand@icloud.com>: user does not exist",
    "userunknown", True, vendor="icloud")], kind="tx")

pfdsn("m365-eop-spamhaus-client-blocked.eml", [R("office@quillmoor-accountants.example", "5.7.1", exo("quillmoor-accountants.example"), "203.0.113.55",
    "550 5.7.1 Service unavailable, Client host [192.0.2.26] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.26 AS(1450) [DM6PEPF0000A1B2.namprd05.prod.outlook.com 2026-12-03T00:44:02.016Z 08DE1A7C3B9D0E71]",
    "blocked", stage="RCPT TO", vendor="office365")], mta="mta2.out.lumenstore.example")

pfdsn("gmail-5.7.1-missing-from-header.eml", [R("eliza.drummond@gmail.com", "5.7.1", GMX, "203.0.113.27", gsmtp(
    "550", "5.7.1", "[192.0.2.25] Messages missing a valid address in the From: header, or having no From: header, are not accepted. For more information, go to", "https://support.google.com/mail/?p=RfcMessageNonCompliant 5b1f17b1804b1-43a1c0e9b8asi1102948f8f.40"),
    "notcompliantrfc", stage="end of DATA", vendor="gmail")], kind="tx")

pfdsn("workspace-organisation-policy-prohibited.eml", [R("procurement@cedarwood-architects.example", "5.7.1", "aspmx.l.google.com", "203.0.113.28", gsmtp(
    "550", "5.7.1", "The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, go to", "https://support.google.com/a/answer/172179 6a1803df08f44-6e0c1b2a3d4si5501126d6.17"),
    "policyviolation", stage="end of DATA", vendor="gmail")])

pfdsn("yahoo-5.7.9-policy-reasons-bare.eml", [R("glen.okoro@yahoo.com", "5.7.9", YMX, "203.0.113.61",
    "554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes",
    "policyviolation", stage="end of DATA", vendor="yahoo")])

# ------------------------------------------------------------- near-misses (no record at all)


def nb(name, *, frm, to, subject, body, host, ip="203.0.113.99", extra=(), charset="us-ascii", cte=None, auto=False, subtype="plain"):
    N[0] += 1
    date = when(N[0])
    hops = received([(host, ip, "mx.lumenstore.example", "Postfix", qid(name), date)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-generated"))
    write(NB, name, mail(heads, text_part(body, charset, cte, subtype)))


def nb_attach(name, *, frm, to, subject, body, host, fname, ctype, data, extra=()):
    N[0] += 1
    date = when(N[0])
    hops = received([(host, "203.0.113.98", "mx.lumenstore.example", "Postfix", qid(name), date)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    raw = base64.b64encode(data).decode()
    att = part(f"{ctype}; name=\"{fname}\"", "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)), "base64",
               f"Content-Disposition: attachment; filename=\"{fname}\"")
    write(NB, name, mail(heads, multipart("mixed", [text_part(body), att], boundary(name))))


def dmarc_xml(org, email, rid, begin, end, rows):
    recs = ""
    for ip, count, disp, dk, sp, hfrom in rows:
        recs += f"""  <record>
    <row>
      <source_ip>{ip}</source_ip>
      <count>{count}</count>
      <policy_evaluated>
        <disposition>{disp}</disposition>
        <dkim>{dk}</dkim>
        <spf>{sp}</spf>
      </policy_evaluated>
    </row>
    <identifiers>
      <header_from>{hfrom}</header_from>
    </identifiers>
    <auth_results>
      <dkim>
        <domain>{hfrom}</domain>
        <result>{dk}</result>
      </dkim>
      <spf>
        <domain>bounces.lumenstore.example</domain>
        <result>{sp}</result>
      </spf>
    </auth_results>
  </record>
"""
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>{org}</org_name>
    <email>{email}</email>
    <report_id>{rid}</report_id>
    <date_range>
      <begin>{begin}</begin>
      <end>{end}</end>
    </date_range>
  </report_metadata>
  <policy_published>
    <domain>lumenstore.example</domain>
    <adkim>r</adkim>
    <aspf>r</aspf>
    <p>quarantine</p>
    <sp>quarantine</sp>
    <pct>100</pct>
  </policy_published>
{recs}</feedback>
""".encode()


ROWS = [("192.0.2.25", 18244, "none", "pass", "pass", "news.lumenstore.example"),
        ("192.0.2.26", 311, "quarantine", "fail", "fail", "news.lumenstore.example"),
        ("198.51.100.8", 2210, "none", "pass", "pass", "tx.lumenstore.example")]

nb_attach("nb-dmarc-aggregate-google.eml", frm="noreply-dmarc-support@google.com", to="dmarc-rua@lumenstore.example",
          subject="Report domain: lumenstore.example Submitter: google.com Report-ID: 9183746520019283746",
          body="", host="mail-sor-f73.google.com", fname="google.com!lumenstore.example!1764633600!1764719999.zip",
          ctype="application/zip",
          data=gzip.compress(dmarc_xml("google.com", "noreply-dmarc-support@google.com", "9183746520019283746", 1764633600, 1764719999, ROWS), mtime=0))

nb_attach("nb-dmarc-aggregate-yahoo.eml", frm="Yahoo DMARC Report <dmarchelp@yahooinc.com>", to="dmarc-rua@lumenstore.example",
          subject="Report Domain: lumenstore.example Submitter: Yahoo Report-ID: <1764720011.417702>",
          body="This is an aggregate report from Yahoo Inc.\n", host="sonic310-21.consmr.mail.gq1.yahoo.com",
          fname="yahoo.com!lumenstore.example!1764633600!1764719999.xml.gz", ctype="application/gzip",
          data=gzip.compress(dmarc_xml("Yahoo", "dmarchelp@yahooinc.com", "1764720011.417702", 1764633600, 1764719999, ROWS[:2]), mtime=0))

nb_attach("nb-dmarc-aggregate-microsoft.eml", frm="DMARC Aggregate Report <dmarcreport@microsoft.com>", to="dmarc-rua@lumenstore.example",
          subject="Report Domain: lumenstore.example Submitter: enterprise.protection.outlook.com Report-ID: 5b7c0e1d2f3a4b5c8d9e0f1a2b3c4d5e",
          body="This is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2026-12-02 00:00:00 UTC to 2026-12-03 00:00:00 UTC.\n\nYou're receiving this email because you have included your email address in the 'rua' tag of your DMARC record in DNS for lumenstore.example. Please remove your email address from the 'rua' tag if you don't want to receive this email.\n\nPlease do not respond to this e-mail. This mailbox is not monitored and you will not receive a response.\n",
          host="NAM12-MW2-obe.outbound.protection.outlook.com",
          fname="enterprise.protection.outlook.com!lumenstore.example!1764633600!1764720000.xml.gz", ctype="application/gzip",
          data=gzip.compress(dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.com", "5b7c0e1d2f3a4b5c8d9e0f1a2b3c4d5e", 1764633600, 1764720000, ROWS), mtime=0))

# a DMARC failure (forensic) report in AFRF: an authentication-failure report, no complaint and no bounce
N[0] += 1
_n = "nb-dmarc-failure-report-afrf.eml"
_d = when(N[0])
_fields = """Feedback-Type: auth-failure
User-Agent: OpenDMARC-Reports/1.4.2
Version: 1
Original-Mail-From: <bounce+news-0a1b2c3d4e@bounces.lumenstore.example>
Arrival-Date: """ + when(0) + """
Source-IP: 192.0.2.26
Reported-Domain: news.lumenstore.example
Authentication-Results: mx.partner-coop.example; dmarc=fail (p=quarantine dis=quarantine) header.from=news.lumenstore.example
Auth-Failure: dmarc
Delivery-Result: spam
"""
write(NB, _n, mail([received([("mx.partner-coop.example", "203.0.113.97", "mx.lumenstore.example", "Postfix", qid(_n), _d)]),
                    ("Date", _d), ("From", "OpenDMARC Filter <dmarc-noreply@partner-coop.example>"),
                    ("To", "dmarc-ruf@lumenstore.example"),
                    ("Subject", "FW: Winter edit: 30% off knitwear, this weekend only"),
                    ("Message-ID", mid(_n, "mx.partner-coop.example"))],
                   multipart("report", [text_part("This is an authentication failure report for an email message received from IP\n192.0.2.26 on " + when(0) + ".\n"),
                                        part("message/feedback-report", _fields, cte=None),
                                        part("text/rfc822-headers", orig(_n, "member.list@partner-coop.example", "news"), cte=None)],
                             boundary(_n), " report-type=feedback-report;")))

nb("nb-google-postmaster-spam-rate-alert.eml", frm="Google Postmaster Tools <postmaster-tools-noreply@google.com>",
   to="deliverability@lumenstore.example", subject="Postmaster Tools: user-reported spam rate for news.lumenstore.example is above 0.3%",
   host="mail-sor-f41.google.com", auto=True,
   body="""Hello,

Over the past 7 days the user-reported spam rate for mail authenticated as
news.lumenstore.example reached 0.34% on 1 December 2026.

Gmail's sender guidelines ask bulk senders to keep the spam rate reported in
Postmaster Tools below 0.10% and to avoid ever reaching 0.30%. Senders above
0.30% may see more of their mail rejected or sent to spam, and are not
eligible for mitigation until the rate stays below 0.30% for 7 days.

Compliance status:
  SPF and DKIM authentication ............ Pass
  DMARC policy and alignment ............. Pass
  One-click unsubscribe .................. Pass
  User-reported spam rate ................ Needs work

Open the Compliance status dashboard:
https://postmaster.google.com/v2/domains/news.lumenstore.example/compliance

You received this email because you verified news.lumenstore.example in
Postmaster Tools. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

nb("nb-microsoft-snds-data-ready.eml", frm="Smart Network Data Services <snds@microsoft.com>",
   to="deliverability@lumenstore.example", subject="SNDS: status changed for 192.0.2.26 (Yellow)",
   host="snds.outlook.com", auto=True,
   body="""SNDS data for 2 December 2026 is now available.

IP address     RCPT commands  DATA commands  Filter result  Complaint rate  Trap hits
192.0.2.25     61,204         58,990         Green          < 0.1%          0
192.0.2.26     12,877         11,402         Yellow         0.4%            3

Yellow means that between 10% and 90% of the IP's messages were judged to be
spam by our filters during the activity period. No blocking is applied by
SNDS; see the Junk Mail Reporting Program (JMRP) for complaint copies.

View details: https://sendersupport.olc.protection.outlook.com/snds/data.aspx
Manage settings: https://sendersupport.olc.protection.outlook.com/snds/
""")

nb("nb-esp-one-click-unsubscribe-compliance.eml", frm="Relaywave Compliance <compliance@relaywave-esp.example>",
   to="deliverability@lumenstore.example", subject="Action needed: List-Unsubscribe-Post missing on 2 of your streams",
   host="mail.relaywave-esp.example", auto=True,
   body="""Hi Lumenstore team,

Our daily compliance scan found that messages on the streams "winback" and
"product-restock" were sent without a List-Unsubscribe-Post: List-Unsubscribe=One-Click
header in the last 24 hours (4,112 messages).

Gmail and Yahoo require one-click unsubscribe on marketing mail from bulk
senders. Messages without it may be rejected or filtered by those mailbox
providers. Nothing was rejected by Relaywave; your account is in good standing.

Fix it in Settings > Streams > Headers, or read
https://docs.relaywave-esp.example/compliance/one-click

Relaywave Compliance Desk
""")

nb("nb-esp-bounce-rate-warning.eml", frm="Relaywave Alerts <alerts@relaywave-esp.example>",
   to="deliverability@lumenstore.example", subject="Warning: hard bounce rate 4.8% on campaign winter-edit-1202",
   host="mail.relaywave-esp.example", auto=True,
   body="""Campaign: winter-edit-1202
Sent: 142,330    Delivered: 133,902    Hard bounces: 6,830 (4.8%)    Soft bounces: 1,598

Top bounce reasons
  550 5.1.1 user unknown (gmail.com, outlook.com)        4,911
  554 delivery error: dd ... (yahoo.com, aol.com)        1,207
  550 5.7.26 unauthenticated (gmail.com)                   402
  mailbox full                                             310

A hard bounce rate above 5% pauses sending automatically. The bounced
addresses have been added to your suppression list; you do not need to
remove them yourself.

View the report: https://app.relaywave-esp.example/campaigns/winter-edit-1202/bounces
""")

nb("nb-list-unsubscribe-mailto-request.eml", frm="Tessa Moorcroft <tessa.moorcroft@gmail.com>",
   to="unsubscribe@news.lumenstore.example", subject="unsub",
   host="mail-sor-f44.google.com", ip="203.0.113.144",
   body="This message was automatically generated by Gmail.\n")

nb("nb-customer-reply-wrong-size.eml", frm="Ravi Chandran <ravi.chandran@outlook.com>", to=ORDERS,
   subject="Re: Your order LS-418552 has shipped", host="EUR05-AM6-obe.outbound.protection.outlook.com",
   extra=[("In-Reply-To", mid("cust1/orig", "tx.lumenstore.example"))],
   body="""Hi,

I ordered the jumper in M but the confirmation says L. Can you change it
before it goes out? If it has already shipped I'll return it.

Thanks,
Ravi

________________________________
From: Lumenstore <orders@tx.lumenstore.example>
Sent: Tuesday, December 2, 2026 11:02 PM
Subject: Your order LS-418552 has shipped
""")

nb("nb-customer-reply-inbox-full-of-your-mail.eml", frm="Bev Jennings <bev.jennings@yahoo.com>", to=NEWS,
   subject="Re: Winter edit: 30% off knitwear, this weekend only", host="sonic305-8.consmr.mail.bf2.yahoo.com",
   extra=[("In-Reply-To", mid("cust2/orig", "news.lumenstore.example"))],
   body="""Please stop. My inbox is full of your mail, three a day this week. I have
clicked unsubscribe twice and it says I'm removed but they keep coming.
Take bev.jennings@yahoo.com off every list you have.

Sent from Yahoo Mail for iPhone
""")

nb("nb-customer-reply-new-address.eml", frm="Graham Lowe <graham.lowe@cedarwood-architects.example>", to=ORDERS,
   subject="Re: Your order LS-418603 has shipped", host="mail-sor-f50.google.com", ip="203.0.113.150",
   extra=[("In-Reply-To", mid("cust3/orig", "tx.lumenstore.example"))],
   body="""Thanks - parcel arrived today.

One thing: I'm leaving Cedarwood at the end of the month, so please change the
email on my account from graham.lowe@cedarwood-architects.example to
g.lowe.home@gmail.com. I've tried in the account page but it asks me to
confirm from the old address, which I won't have for long.

Graham
""")

nb("nb-customer-quotes-gmail-error.eml", frm="Aoife Brennan <aoife.brennan@gmail.com>", to="support@lumenstore.example",
   subject="Can't reach your returns address", host="mail-sor-f52.google.com", ip="203.0.113.152",
   body="""Hello,

I tried to email returns@lumenstore.example as the packing slip says and got
a message back saying the account doesn't exist ("The email account that you
tried to reach does not exist"). Is there a different address for returns?
My order number is LS-417990.

Kind regards,
Aoife
""")

nb("nb-phishing-mailbox-quota-release.eml", frm="\"Mail Delivery System\" <no-reply@mailsecure-quarantine.example>",
   to="deliverability@lumenstore.example", subject="Undelivered Mail: 7 incoming messages held for deliverability@lumenstore.example",
   host="vps-2231.cheaphost.example", ip="198.51.100.201",
   body="""lumenstore.example Mail Server

Your mailbox storage is 98% full. 7 incoming messages could not be delivered
to deliverability@lumenstore.example and are held on the server.

Status: 552 5.2.2 Mailbox full - messages held pending release

Release your pending messages now to avoid permanent deletion:
  https://lumenstore-example.mailsecure-quarantine.example/release?u=deliverability

Messages will be deleted after 48 hours.

(c) 2026 Mail Server Administrator
""")

nb("nb-phishing-delivery-failure-docs.eml", frm="\"postmaster@lumenstore.example\" <postmaster@docs-share-view.example>",
   to="billing@lumenstore.example", subject="Delivery Status Notification (Failure) - Invoice payment copy",
   host="smtp.docs-share-view.example", ip="198.51.100.202", subtype="html",
   body="""<html><body>
<p><b>Message not delivered</b></p>
<p>Your message to <b>accounts@northgate-legal.example</b> couldn't be delivered because of a
server-side encryption error. The attached invoice is held in secure storage.</p>
<p><a href="https://docs-share-view.example/view?id=88217">Review and resend the document</a></p>
<p>Sign in with your lumenstore.example email password to confirm the resend.</p>
</body></html>""")

nb("nb-yahoo-sender-hub-cfl-confirmed.eml", frm="Yahoo Sender Hub <senderhub-noreply@yahooinc.com>",
   to="deliverability@lumenstore.example", subject="Your Complaint Feedback Loop registration is approved",
   host="sonic301-2.consmr.mail.gq1.yahoo.com", auto=True,
   body="""Hello,

Your Complaint Feedback Loop (CFL) request for the DKIM domain
news.lumenstore.example has been approved. Complaint reports in ARF format
will be sent to fbl@lumenstore.example.

Reminder: Yahoo requires bulk senders to authenticate with SPF and DKIM,
publish a DMARC policy, support one-click unsubscribe, and keep the spam
complaint rate below 0.3%.

Yahoo Sender Hub
https://senders.yahooinc.com/
""")

nb("nb-microsoft-jmrp-enrollment.eml", frm="Junk Mail Reporting Program <jmrp@microsoft.com>",
   to="deliverability@lumenstore.example", subject="JMRP: your enrollment for 192.0.2.25-192.0.2.26 is active",
   host="sendersupport.olc.protection.outlook.com", auto=True,
   body="""Your Junk Mail Reporting Program (JMRP) enrollment is now active.

IP range: 192.0.2.25 - 192.0.2.26
Reports will be sent to: fbl@lumenstore.example

From May 2025 Outlook.com requires domains sending more than 5,000 messages a
day to pass SPF and DKIM and to publish DMARC (at least p=none) aligned with
the From domain. Non-compliant mail is rejected with 550 5.7.515.

Microsoft Sender Support
""")

nb("nb-workspace-admin-alert-dkim-key.eml", frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
   to="it-admin@lumenstore.example", subject="Alert: DKIM authentication is not turned on for lumenstore.example",
   host="mail-sor-f65.google.com", ip="203.0.113.165", auto=True,
   body="""Google Workspace

DKIM authentication is not turned on for the domain lumenstore.example.

Messages sent from this domain by Gmail are not DKIM signed, and could be
rejected or marked as spam by receiving servers that require authentication.

To turn on DKIM, go to Admin console > Apps > Google Workspace > Gmail >
Authenticate email.

You're receiving this mandatory email service announcement to update you
about important changes to your Google Workspace account.
""")

nb("nb-dmarc-vendor-new-failing-source.eml", frm="DMARC Watch <alerts@dmarcwatch.example>",
   to="deliverability@lumenstore.example", subject="New sending source failing DMARC: 192.0.2.26 (311 messages)",
   host="mail.dmarcwatch.example", auto=True,
   body="""A source we have not seen before sent mail as news.lumenstore.example and
failed DMARC at Google and Yahoo yesterday.

  Source IP    192.0.2.26 (mta2.out.lumenstore.example)
  Messages     311
  SPF          fail (bounces.lumenstore.example not authorised for 192.0.2.26)
  DKIM         fail (no signature)
  Disposition  quarantine

If this is your server, add it to SPF and sign with DKIM. If not, it may be
spoofing your domain.

https://app.dmarcwatch.example/sources/192.0.2.26
""")

nb("nb-gmail-delay-digest-to-user.eml", frm="Lumenstore Ops Bot <opsbot@lumenstore.example>",
   to="deliverability@lumenstore.example", subject="Nightly queue summary 2026-12-02",
   host="ops.lumenstore.example", ip="198.51.100.10", auto=True,
   body="""Queue summary for mta1/mta2 at 06:00 UTC

deferred   1,204   (gmail.com 4.7.27/4.7.30: 822, yahoo.com TSS04: 301, other: 81)
active        12
hold           0
bounced    7,112   since 00:00

Oldest deferred message: 7h 42m. No action needed unless deferred > 5,000.
""")

# Where the writer was unsure of the provider's exact text or of the reason.
JUDGEMENT = {
    "gmail-5.7.27-spf-did-not-pass.eml": "Gmail's 5.7.27 text written from memory, not verbatim; SPF failure is authfailure",
    "gmail-4.7.27-spf-rate-limited-delay.eml": "'rate limited because SPF authentication didn't pass': the cause named is SPF, so authfailure over ratelimited",
    "gmail-4.7.30-dkim-rate-limited-delay.eml": "'rate limited because DKIM ... didn't pass': authfailure over ratelimited",
    "gmail-5.7.32-from-not-aligned.eml": "Gmail's DMARC-alignment text paraphrased from memory; authfailure",
    "gmail-4.7.29-no-tls-delay.eml": "no TLS at all rather than a failed negotiation; failedstarttls is the TLS reason of the table (securityerror the alternative); text from memory",
    "gmail-5.7.1-one-click-unsubscribe.eml": "writer does not know Gmail's exact code or text for a missing one-click unsubscribe; a sender-practice policy, so policyviolation",
    "gmail-5.7.1-not-authorized-direct.eml": "IP not allowed to send directly (PBL-like): blocked",
    "m365-dbeb-access-denied.eml": "Microsoft documents 5.4.1 'Recipient address rejected: Access denied' as directory-based edge blocking of a recipient that does not exist: userunknown",
    "m365-recipient-disabled-5.2.1.eml": "Exchange Online text for a disabled account written from memory; suspend",
    "m365-transport-rule-bulk-marketing.eml": "transport-rule rejection text paraphrased; the recipient organisation's policy: policyviolation",
    "aol-dmarc-reject-5.7.9.eml": "Yahoo/AOL 5.7.9 policy text with a DMARC clause added by the writer; the words name DMARC: authfailure",
    "yahoo-tss04-complaints-delay.eml": "TSS04 'unexpected volume or user complaints': badreputation (ratelimited defensible)",
    "exo-billing-yahoo-tss04-delayed.eml": "TSS04 'unexpected volume or user complaints': badreputation (ratelimited defensible)",
    "yahoo-tss09-permanently-deferred.eml": "a delay notice on a 4xx reply that says all messages from the IP will be permanently deferred: blocked",
    "exim-yahoo-tss09-rcpt.eml": "553 5.7.2 with TSS09 written by the writer as a permanent variant; blocked",
    "yahoo-unresolvable-envelope-from-delay.eml": "envelope sender's domain unresolvable: rejected",
    "hotmail-4.7.650-ip-reputation-delay.eml": "'rate limited due to IP reputation': the cause is reputation, badreputation",
    "gws-support-recipient-blocked-you.eml": "recipient's own block of the sender, text written by the writer: filtered",
    "postfix-typo-gmial-nxdomain.eml": "Postfix 5.4.4 with 'Host not found' on a typo domain: hostunknown",
    "postfix-typo-outlok-nxdomain.eml": "Postfix 5.4.4 with 'Host not found' on a typo domain: hostunknown",
    "yahoo-5.7.9-policy-reasons-bare.eml": "bare Yahoo policy refusal: policyviolation",
}
from samplelib import EXPECT  # noqa: E402
for e in EXPECT:
    if e["file"] in JUDGEMENT:
        e["judgement"] = JUDGEMENT[e["file"]]
missing = set(JUDGEMENT) - {e["file"] for e in EXPECT}
if missing:
    raise SystemExit(f"judgement for unknown files: {missing}")
write_expected(os.path.join(OUT, "expected.jsonl"))
