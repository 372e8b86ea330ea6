#!/usr/bin/env python3
"""Writes testdata/unseen/batch-75: a US nonprofit's year-end donor mailing
to older donors at legacy US providers (AOL and Verizon-to-AOL, Yahoo's
SBCGlobal/BellSouth/AT&T, Comcast, EarthLink, Juno/NetZero, Mail.com,
Excite, Lycos, Cox, Charter, Frontier, Windstream, Mediacom, CenturyLink,
Roadrunner, Optimum), small ISPs that left the mail business, closed
accounts of deceased donors, full mailboxes of inactive accounts,
auto-replies and challenge-response robots; about one in eight is a delay.
Near-misses (not-bounce/nb-*) are donors' replies, ISP notices, receipts
and spam.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch75.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

ORG = "riverbend-fund.example"
MTA = "mta2.riverbend-fund.example"
SENDER = "bounces+yearend26@riverbend-fund.example"
FROM = "Riverbend Community Fund <giving@riverbend-fund.example>"
OSUBJ = "Your gift doubles until December 31"
NEWS_SUBJ = "Winter newsletter and our 2026 annual report"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


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


def ohead(name, rcpt, subj=OSUBJ):
    """The returned message's header block: the fund's own envelope sender and From."""
    h = orig_headers(SENDER, rcpt, subj, "Tue, 01 Dec 2026 10:00:00 -0500", mid(name + "o", ORG))
    return h.replace(f"From: {SENDER}\n", f"From: {FROM}\n")


def pf(name, date, recips, tails, delay=None, subj=OSUBJ):
    """A Postfix DSN from the fund's own MTA. recips: dicts for delivery_status;
    tails: the '<rcpt>: host ... said: ...' paragraphs."""
    head = PF_DELAY.format(host=MTA, hours=delay) if delay else PF_HEAD.format(host=MTA)
    s = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    rc = ", ".join(r["final"] for r in recips)
    return dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=SENDER, subject=s, date=date,
                    host=MTA, hops="Return-Path: <>\n" + hop(name, MTA, "Postfix", date), text=head + "\n\n".join(tails) + "\n",
                    recips=recips, arrival="Tue, 01 Dec 2026 10:00:07 -0500",
                    orig=ohead(name, rc, subj))


def said(rcpt, mx, ip, reply, stage="RCPT TO"):
    """Postfix's wrapped '<rcpt>: host ... said: ... (in reply to ...)' paragraph."""
    lines, cur = [], ""
    for w in (f"<{rcpt}>: host {mx}[{ip}] said: {reply} (in reply to {stage} command)").split():
        if cur and len(cur) + len(w) > 68:
            lines.append(cur.rstrip())
            cur = ""
        cur += w + " "
    lines.append(cur.rstrip())
    return "\n    ".join(lines)


def one(name, date, rcpt, status, mx, ip, reply, reason, hard, *, delay=None, stage="RCPT TO", vendor="", subj=OSUBJ):
    action = "delayed" if delay else "failed"
    r = {"final": rcpt, "action": action, "status": status, "remote": mx, "diag": "smtp; " + reply}
    write(OUT, name, pf(name, date, [r], [said(rcpt, mx, ip, reply, stage)], delay, subj))
    expect(name, rcpt, reason, hard, status, reply[:3], action, vendor)


def plain(name, *, host, frm, to, subject, date, text, extra=(), sw="Postfix", auto=True, charset="us-ascii", cte=None,
          null_rp=None):
    if null_rp is None:
        null_rp = auto
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops=("Return-Path: <>\n" if null_rp else f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n")
                      + hop(name, host, sw, date), text=text, extra=extra, auto=auto, charset=charset, cte=cte)


def with_returned(name, *, host, frm, to, subject, date, text, rcpt, extra=(), sw="Postfix", auto=True, rp="<>"):
    o = ohead(name, rcpt) + \
        "\nDear friend,\n\nThis December every gift to Riverbend is matched dollar for dollar.\n"
    body = multipart("mixed", [text_part(text), part("message/rfc822", o, cte=None)], boundary(name))
    heads = [f"Return-Path: {rp}\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


AOL_MX = ("mx-aol.mail.gm0.yahoodns.net", "203.0.113.21")
YAHOO_MX = ("mta7.am0.yahoodns.net", "203.0.113.22")
ATT_MX = ("ff-ip4-mx-vip1.prodigy.net", "203.0.113.23")
COMCAST_MX = ("mx1a1.comcast.net", "203.0.113.31")
EL_MX = ("mx.earthlink.net", "203.0.113.41")
UNTD_MX = ("mx.vgs.untd.com", "203.0.113.51")
MAILCOM_MX = ("mx00.mail.com", "203.0.113.61")
COX_MX = ("cxr.mx.a.cloudfilter.net", "203.0.113.71")
CHARTER_MX = ("mx.charter.net", "203.0.113.72")
FRONTIER_MX = ("mx1.frontiernet.net", "203.0.113.81")
WIND_MX = ("smtp-in.windstream.net", "203.0.113.82")
MEDIA_MX = ("mx.mediacombb.net", "203.0.113.83")
CL_MX = ("mx.centurylink.net", "203.0.113.84")
RR_MX = ("mx.rr.com", "203.0.113.85")
OPT_MX = ("mx.optimum.net", "203.0.113.86")

# ================================================================ AOL and Verizon-to-AOL
one("aol-verizon-address-not-migrated.eml", dt(2026, 12, 1, 15, 0, 41), "harold.v.kemp@verizon.net", "5.1.1", *AOL_MX,
    "550 5.1.1 <harold.v.kemp@verizon.net>: this verizon.net address was not moved to AOL Mail and no longer exists",
    "userunknown", True, vendor="aol")
one("aol-inactive-over-storage-delayed.eml", dt(2026, 12, 1, 19, 2, 3), "marjorie.dunn@aol.com", "4.2.2", *AOL_MX,
    "452 4.2.2 <marjorie.dunn@aol.com> the mailbox of this inactive account is over its storage allowance, try again later",
    "mailboxfull", False, delay=4, vendor="aol")
one("aol-dd-closed-for-inactivity.eml", dt(2026, 12, 1, 15, 0, 52), "bettyruthw@aol.com", "5.2.1", *AOL_MX,
    "554 5.2.1 delivery error: dd Sorry, your message to bettyruthw@aol.com cannot be delivered. This account has been "
    "closed for inactivity. - mtaproxy14.aol.mail.ne1.yahoo.com", "suspend", False, vendor="aol")
one("aol-estate-closed-account.eml", dt(2026, 12, 1, 15, 1, 7), "cpt.jim.harlan@aol.com", "5.2.1", *AOL_MX,
    "550 5.2.1 <cpt.jim.harlan@aol.com>: mailbox disabled at the request of the account holder's estate; "
    "messages are no longer accepted", "suspend", False, vendor="aol")
one("verizon-aol-dmarc-not-aligned.eml", dt(2026, 12, 1, 15, 2, 19), "dot.mcallister@verizon.net", "5.7.26", *AOL_MX,
    "550 5.7.26 This mail has been blocked because the sender is unauthenticated. AOL requires all senders to "
    "authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [riverbend-fund.example] "
    "with ip: [198.51.100.25] = did not pass", "authfailure", False, stage="end of DATA", vendor="aol")
one("verizon-forward-loop-too-many-hops.eml", dt(2026, 12, 1, 15, 3, 2), "rmcgowan1941@verizon.net", "5.4.6", *AOL_MX,
    "554 5.4.6 Too many hops (31 max): the message to rmcgowan1941@verizon.net is looping between forwarding "
    "addresses", "networkerror", False, stage="end of DATA", vendor="aol")

# ================================================================ Yahoo: SBCGlobal, BellSouth, AT&T
one("sbcglobal-dd-no-account.eml", dt(2026, 12, 1, 15, 0, 33), "gene.pollard@sbcglobal.net", "5.0.0", *YAHOO_MX,
    "554 delivery error: dd This user doesn't have a sbcglobal.net account (gene.pollard@sbcglobal.net) [-5] - "
    "mta1121.mail.bf1.yahoo.com", "userunknown", True, stage="end of DATA", vendor="yahoo")
one("bellsouth-storage-limit-reached.eml", dt(2026, 12, 1, 15, 0, 58), "wanda.hollis@bellsouth.net", "5.2.2", *YAHOO_MX,
    "552 5.2.2 <wanda.hollis@bellsouth.net>: the recipient's mailbox has reached its storage limit and cannot "
    "accept new mail", "mailboxfull", False, vendor="yahoo")
one("att-local-block-list.eml", dt(2026, 12, 1, 15, 4, 12), "eleanor.briggs@att.net", "5.7.1", *ATT_MX,
    "553 5.7.1 Service refused: 198.51.100.25 appears on the block list kept by the AT&T postmaster team; mail "
    "from this address is not accepted", "blocked", False, stage="MAIL FROM", vendor="att")
one("att-prodigy-no-mailbox.eml", dt(2026, 12, 1, 15, 4, 31), "rgreene44@prodigy.net", "5.1.1", *YAHOO_MX,
    "550 5.1.1 <rgreene44@prodigy.net>: mailbox does not exist here; the prodigy.net account may have been "
    "closed", "userunknown", True, vendor="yahoo")
one("yahoo-ymail-rate-deferred.eml", dt(2026, 12, 1, 17, 30, 0), "nana.joyce@ymail.com", "4.7.0", *YAHOO_MX,
    "421 4.7.0 [TSS11] Excessive unusual traffic from 198.51.100.25 slowed; please reduce the number of messages "
    "per connection and retry later", "ratelimited", False, delay=2, stage="MAIL FROM", vendor="yahoo")

# ================================================================ Comcast
one("comcast-mailbox-disabled-521.eml", dt(2026, 12, 1, 15, 5, 3), "ruthann.maddox@comcast.net", "5.2.1", *COMCAST_MX,
    "550 5.2.1 <ruthann.maddox@comcast.net> This mailbox is disabled and is not accepting messages",
    "suspend", False, vendor="comcast")
one("comcast-recipient-not-on-file.eml", dt(2026, 12, 1, 15, 5, 18), "bud.kowalczyk@comcast.net", "5.1.1", *COMCAST_MX,
    "550 5.1.1 <bud.kowalczyk@comcast.net> Recipient not found. Verify the address and resend.",
    "userunknown", True, vendor="comcast")
one("comcast-slow-down-delayed.eml", dt(2026, 12, 1, 16, 40, 0), "lois.trent@comcast.net", "4.7.0", *COMCAST_MX,
    "421 4.7.0 resimta-po-12v.sys.comcast.net too many messages from 198.51.100.25 in a short period; slow down "
    "and retry later", "ratelimited", False, delay=1, stage="MAIL FROM", vendor="comcast")

# ================================================================ EarthLink / MindSpring
one("earthlink-not-recognised.eml", dt(2026, 12, 1, 15, 6, 1), "pastor.dale@earthlink.net", "5.1.1", *EL_MX,
    "550 5.1.1 <pastor.dale@earthlink.net>... EarthLink does not recognize this address; check the spelling",
    "userunknown", True, vendor="earthlink")
one("mindspring-size-limit-owner-away.eml", dt(2026, 12, 1, 15, 6, 22), "auntbea@mindspring.com", "5.2.2", *EL_MX,
    "552 5.2.2 <auntbea@mindspring.com>... Mailbox has reached its size limit; its owner has not signed in for "
    "a long time", "mailboxfull", False, vendor="earthlink")
one("earthlink-recipient-blocked-sender.eml", dt(2026, 12, 1, 15, 6, 40), "gwendolyn.pratt@earthlink.net", "5.7.1", *EL_MX,
    "550 5.7.1 <gwendolyn.pratt@earthlink.net>... The recipient has chosen to block mail from this sender",
    "filtered", False, stage="end of DATA", vendor="earthlink")

# ================================================================ Juno / NetZero (United Online)
one("juno-account-inactive.eml", dt(2026, 12, 1, 15, 7, 5), "harriet.cole@juno.com", "5.2.1", *UNTD_MX,
    "550 5.2.1 harriet.cole@juno.com... Account inactive; mail is not accepted for this member",
    "suspend", False, vendor="untd")
one("netzero-no-such-member.eml", dt(2026, 12, 1, 15, 7, 19), "wjbarlow@netzero.net", "5.1.1", *UNTD_MX,
    "550 5.1.1 wjbarlow@netzero.net... No such member here", "userunknown", True, vendor="untd")
one("netzero-over-quota.eml", dt(2026, 12, 1, 15, 7, 44), "mae.ostrowski@netzero.com", "5.2.2", *UNTD_MX,
    "552 5.2.2 mae.ostrowski@netzero.com... Mailbox over quota, message refused", "mailboxfull", False,
    stage="end of DATA", vendor="untd")

# ================================================================ Mail.com, Excite, Lycos
one("mailcom-mailbox-unavailable-511.eml", dt(2026, 12, 1, 15, 8, 0), "grandpa.ted@mail.com", "5.1.1", *MAILCOM_MX,
    "550 5.1.1 Requested action not taken: mailbox unavailable", "userunknown", True, vendor="mailcom")
one("mailcom-policy-restrictions.eml", dt(2026, 12, 1, 15, 8, 12), "iris.feldman@email.com", "5.7.1", *MAILCOM_MX,
    "554 5.7.1 Transaction failed - Reject due to policy restrictions. For explanation see the mail.com "
    "postmaster pages", "policyviolation", False, stage="end of DATA", vendor="mailcom")
one("excite-recipient-rejected.eml", dt(2026, 12, 1, 15, 8, 40), "sylvia.march@excite.com", "5.1.1", *MAILCOM_MX,
    "550 5.1.1 <sylvia.march@excite.com>: Recipient address rejected: no mailbox by that name",
    "userunknown", True, vendor="mailcom")
one("lycos-no-mailbox-here.eml", dt(2026, 12, 1, 15, 9, 2), "fishin.frank@lycos.com", "5.1.1", "mx.lycos.com", "203.0.113.62",
    "550 5.1.1 <fishin.frank@lycos.com>: user does not have a mailbox on this system", "userunknown", True,
    vendor="lycos")

# ================================================================ Cox, Charter, Frontier, Windstream
one("cox-mailbox-full-552.eml", dt(2026, 12, 1, 15, 9, 31), "june.abernathy@cox.net", "5.2.2", *COX_MX,
    "552 5.2.2 <june.abernathy@cox.net> mailbox is full, cannot accept message", "mailboxfull", False,
    stage="end of DATA", vendor="cox")
one("cox-throttle-delayed.eml", dt(2026, 12, 1, 16, 10, 0), "don.rinaldi@cox.net", "4.7.0", *COX_MX,
    "421 4.7.0 cox too many messages from 198.51.100.25 this hour, message throttled; try again later",
    "ratelimited", False, delay=1, stage="MAIL FROM", vendor="cox")
one("charter-account-suspended.eml", dt(2026, 12, 1, 15, 10, 4), "lmcbride@charter.net", "5.2.1", *CHARTER_MX,
    "550 5.2.1 <lmcbride@charter.net>: the email account that you tried to reach is suspended",
    "suspend", False, vendor="charter")
one("frontiernet-no-such-mailbox.eml", dt(2026, 12, 1, 15, 10, 26), "ethel.burnside@frontiernet.net", "5.1.1", *FRONTIER_MX,
    "550 5.1.1 <ethel.burnside@frontiernet.net>: No such mailbox", "userunknown", True, vendor="frontier")
one("windstream-unknown-alias.eml", dt(2026, 12, 1, 15, 11, 0), "cliff.yoder@windstream.net", "5.1.1", *WIND_MX,
    "550 5.1.1 <cliff.yoder@windstream.net>... unknown or illegal alias", "userunknown", True, vendor="windstream")
one("windstream-full-delayed.eml", dt(2026, 12, 1, 19, 11, 0), "peg.lindqvist@windstream.net", "4.2.2", *WIND_MX,
    "452 4.2.2 <peg.lindqvist@windstream.net>... Mailbox full, try again later", "mailboxfull", False, delay=4,
    vendor="windstream")

# ================================================================ Mediacom, CenturyLink, Roadrunner, Optimum
one("mediacom-account-removed.eml", dt(2026, 12, 1, 15, 11, 40), "vernon.ahl@mediacombb.net", "5.1.1", *MEDIA_MX,
    "550 5.1.1 vernon.ahl@mediacombb.net: account removed, this address no longer exists",
    "userunknown", True, vendor="mediacom")
one("mediacom-annual-report-too-big.eml", dt(2026, 12, 8, 10, 2, 9), "dorothy.kline@mediacombb.net", "5.3.4", *MEDIA_MX,
    "552 5.3.4 Message size exceeds fixed maximum message size of 10485760 bytes", "emailtoolarge", False,
    stage="MAIL FROM", vendor="mediacom", subj=NEWS_SUBJ)
one("mediacom-spamhaus-client-blocked.eml", dt(2026, 12, 1, 15, 12, 3), "kenny.w@mediacombb.net", "5.7.1", *MEDIA_MX,
    "554 5.7.1 Service unavailable; Client host [198.51.100.25] blocked using zen.spamhaus.org",
    "blocked", False, vendor="mediacom")
one("centurylink-no-such-user.eml", dt(2026, 12, 1, 15, 12, 30), "arlene.t@centurylink.net", "5.1.1", *CL_MX,
    "550 5.1.1 <arlene.t@centurylink.net>: Recipient address rejected: no such user", "userunknown", True,
    vendor="centurylink")
one("roadrunner-storage-allocation.eml", dt(2026, 12, 1, 15, 13, 1), "grammy.lou@roadrunner.com", "5.2.2", *RR_MX,
    "552 5.2.2 <grammy.lou@roadrunner.com>: Requested mail action aborted: exceeded storage allocation",
    "mailboxfull", False, stage="end of DATA", vendor="spectrum")
one("roadrunner-local-problem-delayed.eml", dt(2026, 12, 1, 16, 13, 1), "bob.sorensen@rr.com", "4.3.0", *RR_MX,
    "451 4.3.0 <bob.sorensen@rr.com> Temporary local problem - please try later", "systemerror", False, delay=1,
    stage="end of DATA", vendor="spectrum")
one("optimum-account-deactivated.eml", dt(2026, 12, 1, 15, 14, 0), "rosemary.d@optonline.net", "5.1.1", *OPT_MX,
    "550 5.1.1 <rosemary.d@optonline.net>: Recipient address rejected: this account has been deactivated",
    "suspend", False, vendor="optimum")
one("optimum-content-filter-spam.eml", dt(2026, 12, 1, 15, 14, 21), "sal.ferrante@optonline.net", "5.7.1", *OPT_MX,
    "554 5.7.1 Message rejected as spam by content filtering", "spamdetected", False, stage="end of DATA",
    vendor="optimum")

# ---------------------------------------------------------------- a household: two recipients, one DSN
n = "cox-household-two-recipients.eml"
d = dt(2026, 12, 1, 15, 15, 2)
r1, r2 = "frank.delgado@cox.net", "edna.delgado@cox.net"
rep1 = "550 5.1.1 <frank.delgado@cox.net> recipient rejected: address does not exist"
rep2 = "552 5.2.2 <edna.delgado@cox.net> mailbox quota exceeded"
write(OUT, n, pf(n, d, [{"final": r1, "status": "5.1.1", "remote": COX_MX[0], "diag": "smtp; " + rep1},
                        {"final": r2, "status": "5.2.2", "remote": COX_MX[0], "diag": "smtp; " + rep2}],
                 [said(r1, *COX_MX, rep1), said(r2, *COX_MX, rep2)]))
expect(n, r1, "userunknown", True, "5.1.1", "550", vendor="cox")
expect(n, r2, "mailboxfull", False, "5.2.2", "552", vendor="cox")

# ---------------------------------------------------------------- Postfix: DNS, give-up, typo domain
n = "frontier-dns-lookup-delayed.eml"
d = dt(2026, 12, 1, 18, 0, 0)
rc = "walt.ingram@frontier.com"
t = (f"<{rc}>: Host or domain name not found. Name service error for\n    name=frontier.com type=MX: "
     "Host not found, try again")
write(OUT, n, pf(n, d, [{"final": rc, "action": "delayed", "status": "4.4.3",
                         "diag": "X-Postfix; Host or domain name not found. Name service error for name=frontier.com "
                                 "type=MX: Host not found, try again"}], [t], delay=3))
expect(n, rc, "networkerror", False, "4.4.3", "", "delayed", vendor="frontier")

n = "qwest-gave-up-after-five-days.eml"
d = dt(2026, 12, 6, 10, 0, 12)
rc = "mildred.haas@q.com"
t = (f"<{rc}>: delivery temporarily suspended: connect to\n    mx.q.com[203.0.113.87]:25: Connection timed out\n\n"
     "The message was queued for 5 days and could not be delivered in that time; it has been returned.")
write(OUT, n, pf(n, d, [{"final": rc, "status": "4.4.1", "remote": "mx.q.com",
                         "diag": "X-Postfix; delivery temporarily suspended: connect to mx.q.com[203.0.113.87]:25: "
                                 "Connection timed out"}], [t]))
expect(n, rc, "expired", False, "4.4.1", "", vendor="centurylink")

n = "bellsouth-typo-tld-not-found.eml"
d = dt(2026, 12, 1, 15, 0, 9)
rc = "nelda.greer@bellsouth.nte"
t = f"<{rc}>: Host or domain name not found. Name service error for\n    name=bellsouth.nte type=AAAA: Host not found"
write(OUT, n, pf(n, d, [{"final": rc, "status": "5.4.4",
                         "diag": "X-Postfix; Host or domain name not found. Name service error for name=bellsouth.nte "
                                 "type=AAAA: Host not found"}], [t]))
expect(n, rc, "hostunknown", True, "5.4.4", "")

# ================================================================ ISPs that left the mail business
n = "isp-nullmx-mail-discontinued.eml"
d = dt(2026, 12, 1, 15, 16, 0)
rc = "hjorgensen@prairiewave-net.example"
t = f"<{rc}>: Domain prairiewave-net.example does not accept mail (nullMX)"
write(OUT, n, pf(n, d, [{"final": rc, "status": "5.1.10",
                         "diag": "X-Postfix; Domain prairiewave-net.example does not accept mail (nullMX)"}], [t]))
expect(n, rc, "notaccept", True, "5.1.10", "")

one("isp-service-discontinued-554.eml", dt(2026, 12, 1, 15, 16, 30), "ma.pruett@bluegrass-online.example", "5.0.0",
    "mail.bluegrass-online.example", "192.0.2.90",
    "554 5.0.0 This email service has been discontinued. bluegrass-online.example no longer accepts mail for any "
    "address; please reach the account holder another way", "notaccept", True, stage="MAIL FROM")

one("isp-mx-moved-relay-denied.eml", dt(2026, 12, 1, 15, 17, 0), "otis.beal@pinetree-isp.example", "5.7.1",
    "web14.hostfarm.example", "192.0.2.91",
    "554 5.7.1 <otis.beal@pinetree-isp.example>: Relay access denied", "norelaying", False)

one("isp-forwarding-ended-551.eml", dt(2026, 12, 1, 15, 17, 40), "rev.amos.tate@hillcountry-net.example", "5.1.6",
    "mx.hillcountry-net.example", "192.0.2.92",
    "551 5.1.6 User not local; our mail service has closed. Please try <amostate1938@gmail.com>",
    "hasmoved", True)

n = "isp-notice-email-service-ended.eml"
d = dt(2026, 12, 1, 15, 18, 5, "-0600")
rc = "lorraine.uhl@valleylink.example"
text = f"""This is an automated notice from ValleyLink Communications.

ValleyLink stopped providing email service on September 30, 2026. All
valleylink.example mailboxes have been shut down and mail sent to them can no
longer be delivered.

Your message to {rc} was not delivered and will not be retried.

If you know the person you were writing to, please ask them for a new
address. This mailbox is not monitored.
"""
write(OUT, n, with_returned(n, host="mx.valleylink.example", frm="ValleyLink Mail System <postmaster@valleylink.example>",
                            to=SENDER, subject="Undeliverable: email service ended for valleylink.example", date=d,
                            text=text, rcpt=rc))
expect(n, rc, "notaccept", True, "", "")

# ================================================================ old Sendmail / qmail / Exim at small ISPs
n = "sendmail-rural-isp-user-unknown.eml"
d = dt(2026, 12, 1, 14, 19, 2, "-0600")
rc = "clara.ness@ruraltel-net.example"
text = f"""The original message was received at Tue, 1 Dec 2026 09:00:07 -0600
from mta2.riverbend-fund.example [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<{rc}>
    (reason: 550 5.1.1 <{rc}>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.ruraltel-net.example.:
>>> RCPT To:<{rc}>
<<< 550 5.1.1 <{rc}>... User unknown
550 5.1.1 <{rc}>... User unknown
"""
write(OUT, n, with_returned(n, host="mail.ruraltel-net.example", sw="8.14.9/8.14.9",
                            frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.ruraltel-net.example>", to=SENDER,
                            subject="Returned mail: see transcript for details", date=d, text=text, rcpt=rc))
expect(n, rc, "userunknown", True, "5.1.1", "550")

n = "qmail-small-isp-no-mailbox.eml"
d = dt(2026, 12, 1, 15, 20, 40)
rc = "bertha.k@ozarkweb.example"
text = f"""Hi. This is the qmail-send program at mail.ozarkweb.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rc}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{SENDER}>
Received: (qmail 20331 invoked from network); 1 Dec 2026 15:20:39 -0000
From: {FROM}
To: {rc}
Subject: {OSUBJ}
Date: Tue, 01 Dec 2026 10:00:00 -0500

Dear friend,

This December every gift to Riverbend is matched dollar for dollar.
"""
write(OUT, n, plain(n, host="mail.ozarkweb.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.ozarkweb.example",
                    to=SENDER, subject="failure notice", date=d, text=text, auto=False, null_rp=True))
expect(n, rc, "userunknown", True, "5.1.1", "")

n = "qmail-deceased-member-closed.eml"
d = dt(2026, 12, 1, 15, 21, 10)
rc = "h.vandermeer@lakeshore-coop.example"
text = f"""Hi. This is the qmail-send program at mx.lakeshore-coop.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rc}>:
This mailbox was closed after the death of the member. It no longer exists. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{SENDER}>
From: {FROM}
To: {rc}
Subject: {OSUBJ}

Dear friend,
"""
write(OUT, n, plain(n, host="mx.lakeshore-coop.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.lakeshore-coop.example",
                    to=SENDER, subject="failure notice", date=d, text=text, auto=False, null_rp=True))
expect(n, rc, "userunknown", True, "5.1.1", "")

EXIM = "relay.riverbend-fund.example"


def exim(name, date, rc, body, reason, hard, status, reply, vendor=""):
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rc}\n{body}\n")
    write(OUT, name, with_returned(name, host=EXIM, sw="Exim 4.98", frm=f"Mail Delivery System <Mailer-Daemon@{EXIM}>",
                                   to=SENDER, subject="Mail delivery failed: returning message to sender", date=date,
                                   text=text, rcpt=rc, extra=[("X-Failed-Recipients", rc)]))
    expect(name, rc, reason, hard, status, reply, vendor=vendor)


exim("exim-earthlink-mailbox-full.eml", dt(2026, 12, 1, 15, 22, 0), "nettie.raines@earthlink.net",
     "    host mx.earthlink.net [203.0.113.41]\n    SMTP error from remote mail server after RCPT TO:<nettie.raines@earthlink.net>:\n"
     "    552 5.2.2 Mailbox full: the mailbox of this account has exceeded its quota",
     "mailboxfull", False, "5.2.2", "552", "earthlink")
exim("exim-juno-retry-timeout.eml", dt(2026, 12, 6, 15, 22, 30), "oldsarge.whit@juno.com",
     "    retry timeout exceeded", "expired", False, "", "", "untd")
exim("exim-aol-deceased-disabled.eml", dt(2026, 12, 1, 15, 23, 0), "gracie.pellman@aol.com",
     "    host mx-aol.mail.gm0.yahoodns.net [203.0.113.21]\n    SMTP error from remote mail server after RCPT TO:<gracie.pellman@aol.com>:\n"
     "    554 5.2.1 This mailbox has been disabled (554.30) - the account holder is deceased",
     "suspend", False, "5.2.1", "554", "aol")

# ================================================================ auto-replies and challenge-response
VAC = [
    ("vacation-aol-visiting-grandchildren.eml", "lenora.beck@aol.com", "aol.com", "mta-out.aol.com",
     "Auto Reply: " + OSUBJ,
     "Hello! I am visiting my grandchildren in Tucson until January 6 and reading\nmail only now and then. "
     "I will answer when I am home.\n\nLenora"),
    ("vacation-comcast-snowbird-florida.eml", "gus.halvorsen@comcast.net", "comcast.net", "resomta-h1p-5.sys.comcast.net",
     "Away: " + OSUBJ,
     "We are in Florida for the winter and will be back in Duluth in April.\nThis is an automatic reply; "
     "your message has been received.\n\nGus and Irene"),
    ("vacation-yahoo-hospital-recovery.eml", "shirleyann.p@yahoo.com", "yahoo.com", "sonic307-3.consmr.mail.bf2.yahoo.com",
     "Automatic reply: " + OSUBJ,
     "I am recovering from surgery and will not be checking email for several\nweeks. My daughter Karen can be "
     "reached at the number you have.\n\nThis reply was sent automatically."),
    ("vacation-earthlink-checks-monthly.eml", "dmorrow.farm@earthlink.net", "earthlink.net", "mx-out.earthlink.net",
     "Out of the office - " + OSUBJ,
     "Thank you for writing. I am away from the farm and will read your\nmessage when I return after the "
     "holidays. (Automatic response)"),
]
for name, rc, dom, host, subj, body in VAC:
    d = dt(2026, 12, 1, 15, 30 + len(name) % 20, 5)
    write(OUT, name, plain_mail(name, frm=rc, to="giving@" + ORG, subject=subj, date=d, host=host,
                                hops=f"Return-Path: <>\n" + hop(name, "mx1.riverbend-fund.example", "Postfix", d, host,
                                                               "203.0.113.99"),
                                text=body + "\n", extra=[("In-Reply-To", mid(name + "o", ORG)), ("Precedence", "bulk")]))
    expect(name, rc, "vacation", False, "", "", "", vendor=dom.split(".")[0])

n = "earthlink-spamblocker-please-confirm.eml"
d = dt(2026, 12, 1, 15, 41, 0)
rc = "ellsworth.quinn@earthlink.net"
text = f"""Hello,

You recently sent a message to {rc}. This person uses
EarthLink's spamBlocker, which holds mail from senders who are not yet on
the approved list.

To have your message delivered, please confirm that you are a real person
by visiting the page below and entering the characters shown:

    https://spamblocker.earthlink.example/confirm?id=8842291

Once you have confirmed, your message and future messages from you will be
delivered to {rc}.

Original message subject: {OSUBJ}

EarthLink spamBlocker
"""
write(OUT, n, plain(n, host="spamblocker.earthlink.net", sw="EarthLink", frm="spamBlocker <spamblocker-challenge@earthlink.net>",
                    to=SENDER, subject=f"Please confirm your message to {rc}", date=d, text=text,
                    extra=[("X-ELNK-Challenge", "spamBlocker")]))
expect(n, rc, "vacation", False, "", "", "", vendor="earthlink")

n = "boxbe-request-to-be-added.eml"
d = dt(2026, 12, 1, 15, 42, 0)
rc = "marvin.oakes@frontier.com"
text = f"""Hi,

Your message about "{OSUBJ}" to Marvin Oakes <{rc}> is waiting
because you are not yet on Marvin's Guest List.

Click to request a spot on the list:
https://www.boxbe.com/anno?tc=51773204_1188270

Once Marvin approves you, this and your later messages go straight to
his inbox.

Boxbe | Inbox management on behalf of {rc}
"""
write(OUT, n, plain(n, host="mail.boxbe.com", sw="Boxbe", frm="Marvin Oakes via Boxbe <notification@boxbe.com>",
                    to=SENDER, subject="Marvin Oakes wants to know you're a real person", date=d, text=text,
                    extra=[("X-Boxbe-Notification", "guest-list-request")]))
expect(n, rc, "vacation", False, "", "", "", vendor="boxbe")

# ================================================================ near-misses: not bounces, no record

def person(name, *, frm, subject, date, text, host, extra=()):
    addr = frm.split("<")[-1].rstrip(">")
    heads = [f"Return-Path: <{addr}>\n" + hop(name, "mx1.riverbend-fund.example", "Postfix", date, host, "203.0.113.98"),
             ("Date", date), ("From", frm), ("To", "Riverbend Community Fund <giving@riverbend-fund.example>"),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text))


write(NB, "nb-widow-remove-late-husband.eml", person(
    "nb-widow-remove-late-husband.eml", frm="Evelyn Marsh <evelyn.marsh@aol.com>", subject="Re: " + OSUBJ,
    date=dt(2026, 12, 2, 9, 14, 0, "-0500"), host="mta-out.aol.com", extra=[("In-Reply-To", mid("w", ORG))],
    text="""Hello,

Please remove my late husband, Walter Marsh, from your mailing list. Walter
passed away in August. His email account walt.marsh@aol.com has been closed,
so your letters to him will not be delivered any more.

He gave to Riverbend for thirty years and I would like to keep giving in his
name. Please send the forms to me at this address.

Thank you,
Evelyn Marsh
"""))

write(NB, "nb-donor-new-address-juno-closing.eml", person(
    "nb-donor-new-address-juno-closing.eml", frm="Clarence Booker <cbooker@juno.com>", subject="new email address",
    date=dt(2026, 12, 2, 11, 40, 0, "-0500"), host="smtp.vgs.untd.com",
    text="""Dear Riverbend,

My grandson tells me Juno is closing my account because I do not pay for it
any more. From January please write to me at clarence.booker@gmail.com. The
old address will stop working and mail to it will bounce back.

Enclosed my check by post as usual.
Clarence
"""))

write(NB, "nb-daughter-mother-passed-stop-mail.eml", person(
    "nb-daughter-mother-passed-stop-mail.eml", frm="Karen Pfeiffer <karen.pfeiffer@comcast.net>",
    subject="My mother, Dorothy Pfeiffer", date=dt(2026, 12, 3, 8, 5, 0, "-0500"), host="resomta-h1p-5.sys.comcast.net",
    text="""Good morning,

I am writing for my mother, Dorothy Pfeiffer, who died on November 2. Her
mailbox dpfeiffer@sbcglobal.net is full and we are shutting it down this
month, so please stop sending to it. Mother asked that a last gift go to
your food pantry; the estate lawyer will be in touch.

Karen Pfeiffer
"""))

write(NB, "nb-donor-reply-away-but-send-receipt.eml", person(
    "nb-donor-reply-away-but-send-receipt.eml", frm="Hank Ulrich <hank.ulrich@cox.net>", subject="Re: " + OSUBJ,
    date=dt(2026, 12, 2, 20, 1, 0, "-0700"), host="cxr.mx.a.cloudfilter.net",
    text="""Hi folks,

I will be out of the office and traveling until the 20th, but I made my gift
online tonight. Could you mail the tax receipt to the house? Not the email,
my box is always over quota.

Hank
"""))

write(NB, "nb-comcast-staff-quota-warning.eml", plain(
    "nb-comcast-staff-quota-warning.eml", host="notify.xfinity.com", sw="Postfix",
    frm="Xfinity <online.communications@alerts.comcast.net>", to="office.riverbend@comcast.net",
    subject="Your mailbox is 90% full", date=dt(2026, 12, 2, 6, 0, 0, "-0500"), auto=False,
    text="""Hello,

Your Xfinity mailbox office.riverbend@comcast.net is using 90% of its storage.
When it is full, new messages sent to you will be returned to their senders.

Delete old messages or empty your trash to make room.

Xfinity Customer Care
"""))

write(NB, "nb-verizon-move-to-aol-notice.eml", plain(
    "nb-verizon-move-to-aol-notice.eml", host="mta.verizon-notices.example", sw="Postfix",
    frm="Verizon <no-reply@verizon-notices.example>", to="treasurer.riverbend@verizon.net",
    subject="Action needed: your Verizon email is moving to AOL", date=dt(2026, 11, 20, 12, 0, 0, "-0500"), auto=False,
    text="""Dear customer,

Verizon is no longer providing email service. To keep your
treasurer.riverbend@verizon.net address and your messages, move your account
to AOL Mail by December 15. Accounts that are not moved will be closed and
mail sent to them will not be delivered.

Move my account: https://www.verizon-notices.example/move

Verizon
"""))

write(NB, "nb-windstream-email-ending-notice.eml", plain(
    "nb-windstream-email-ending-notice.eml", host="mailer.windstream-news.example", sw="Postfix",
    frm="Kinetic by Windstream <news@windstream-news.example>", to="board.chair@windstream.net",
    subject="Important changes to your email service", date=dt(2026, 11, 25, 10, 0, 0, "-0600"), auto=False,
    text="""Dear customer,

Starting next year, email service for accounts without a Kinetic internet plan
will be discontinued. If you want to keep board.chair@windstream.net, sign up
for Premium Email before January 31. After that date the mailbox will be
deleted and messages to it will be returned as undeliverable.

Kinetic by Windstream
"""))

write(NB, "nb-donation-receipt-processor.eml", plain(
    "nb-donation-receipt-processor.eml", host="mail.givepay.example", sw="Postfix",
    frm="GivePay Receipts <receipts@givepay.example>", to="giving@riverbend-fund.example",
    subject="Donation received: $250.00 from Arthur Lindgren", date=dt(2026, 12, 2, 14, 22, 0), auto=False,
    text="""Donation received

Donor:      Arthur Lindgren <artlindgren@bellsouth.net>
Amount:     $250.00 (matched)
Campaign:   Year-end 2026
Status:     Completed - receipt delivered to the donor

Your payout will be sent on December 9.

GivePay
"""))

write(NB, "nb-crm-weekly-bounce-summary.eml", plain(
    "nb-crm-weekly-bounce-summary.eml", host="mail.donorbase.example", sw="Postfix",
    frm="DonorBase <reports@donorbase.example>", to="giving@riverbend-fund.example",
    subject="Weekly email health report: Year-end 2026", date=dt(2026, 12, 7, 7, 0, 0), auto=False,
    text="""Weekly email health report - Riverbend Community Fund

Sent:            4,812
Delivered:       4,655
Hard bounces:       71 (addresses marked inactive)
Soft bounces:       86 (mailbox full, will retry next send)
Unsubscribes:       12

Top bouncing domains: aol.com, verizon.net, juno.com, sbcglobal.net

Review the records in DonorBase > Email > Bounces.
"""))

write(NB, "nb-spam-mailbox-storage-full-phish.eml", plain(
    "nb-spam-mailbox-storage-full-phish.eml", host="srv1.cheap-hosting.example", sw="Exim 4.96",
    frm="Mail Administrator <admin@mx-security-alerts.example>", to="giving@riverbend-fund.example",
    subject="Final notice: your mailbox storage is full", date=dt(2026, 12, 3, 3, 11, 0), auto=False,
    text="""Dear giving@riverbend-fund.example,

Your mailbox has exceeded its storage limit. 14 incoming messages are on
hold and will be deleted in 24 hours.

Upgrade your storage now to release your messages:
http://mx-security-alerts.example/upgrade

Mail Administrator
"""))

write(NB, "nb-spam-senior-lottery-win.eml", plain(
    "nb-spam-senior-lottery-win.eml", host="bulk7.prizecenter.example", sw="Postfix",
    frm="Prize Notification Center <winner@prizecenter.example>", to="giving@riverbend-fund.example",
    subject="Congratulations! Your email address was selected", date=dt(2026, 12, 2, 23, 50, 0), auto=False,
    text="""CONGRATULATIONS!

Your email address has won $1,500,000 in our annual online sweepstakes.
To claim your prize, reply with your full name, address and a processing fee.

Prize Notification Center
"""))

write(NB, "nb-aol-sign-in-alert-staff.eml", plain(
    "nb-aol-sign-in-alert-staff.eml", host="mta-out.aol.com", sw="Postfix",
    frm="AOL <noreply@id.aol.com>", to="riverbend.volunteers@aol.com",
    subject="New sign-in to your AOL account", date=dt(2026, 12, 2, 17, 3, 0), auto=False,
    text="""Hi riverbend.volunteers,

We noticed a new sign-in to your AOL account from Chrome on Windows near
Springfield, IL. If this was you, no action is needed.

If you don't recognise this activity, secure your account now.

AOL
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
