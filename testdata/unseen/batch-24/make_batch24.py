#!/usr/bin/env python3
"""Writes testdata/unseen/batch-24: one night of a marketing sender
(brightcart.example, relays mta1..mta4.send.brightcart.example) whose
newsletter meets the mail security gateways in front of corporate
recipients (Proofpoint, Barracuda, Cisco Secure Email, Sophos, Trend Micro,
FortiMail, Broadcom Email Security.cloud, Mimecast, Hornetsecurity,
SpamTitan, Forcepoint, Microsoft EOP, Google Workspace): refusals of the
sender, recipient failures passed through the gateway, and the gateways'
own delay and hold notices; plus near-misses in not-bounce/ (digests,
release notices, phishing simulations, admin alerts, people's replies).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch24.py [DIR]"""
import hashlib
import os
import sys
import textwrap

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, plain_mail, received, text_part,
                       write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "bounces+nl2611@send.brightcart.example"
SUBJ = "Black Friday is still on: 40% off until midnight"
MTA_IP = "203.0.113.45"

POSTFIX_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

DELAY_HEAD = """This is the mail system at host {host}.

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

HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}
SEQ = [0]


def stamp():
    """Night of 27/28 Nov 2026: each file one to three minutes after the last."""
    SEQ[0] += 1
    m = 22 * 60 + 5 + SEQ[0] * 3
    d = 27 + (m // (24 * 60))
    m %= 24 * 60
    return d, m // 60, m % 60


def pf(name, rows, stage="RCPT TO", delayed=False, vendor=""):
    """A Postfix DSN from the sender's relay. rows: (rcpt, remote, ip, status, diag, reason)."""
    d, h, mi = stamp()
    n = 1 + int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    host = f"mta{n}.send.brightcart.example"
    date = dt(2026, 11, d, h, mi, 17, "+0000")
    qid = "4" + hashlib.sha1(name.encode()).hexdigest()[:11].upper()
    lines, recips = [], []
    for rcpt, remote, ip, status, diag, reason in rows:
        st = stage if isinstance(stage, str) else stage.get(rcpt, "RCPT TO")
        lines.append(wrap(f"<{rcpt}>: host {remote}[{ip}] said: {diag} (in reply to {st} command)"))
        r = {"final": rcpt, "original": rcpt, "status": status, "remote": remote, "diag": diag,
             "action": "delayed" if delayed else "failed"}
        if delayed:
            r["will_retry"] = dt(2026, 12, 2, 21, 40, 0, "+0000")
        recips.append(r)
        expect(name, rcpt, reason, hard=(reason in HARD and status.startswith("5") and not delayed),
               status=status, reply=diag[:3], action="delayed" if delayed else "failed", vendor=vendor)
    head = DELAY_HEAD if delayed else POSTFIX_HEAD
    to = ", ".join(r[0] for r in rows)
    subject = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", qid, date)])
    text = head.format(host=host) + "\n\n".join(lines) + "\n"
    write(OUT, name, dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER,
          subject=subject, date=date, host=host, hops=hops, text=text, recips=recips,
          arrival=dt(2026, 11, 27, 21, 58, 2, "+0000"),
          orig=orig(to, name, extra=f"List-Unsubscribe: <https://brightcart.example/u/{qid.lower()}>\n"
                                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                                  f"X-Campaign: bf26-eu-{n}")))


def orig(to, name, extra=""):
    h = orig_headers("news@brightcart.example", to, SUBJ, dt(2026, 11, 27, 21, 58, 0, "+0000"),
                     mid(name + "/o", "send.brightcart.example"), extra=extra)
    return h.replace("Return-Path: <news@brightcart.example>\nFrom: news@brightcart.example",
                     f"Return-Path: <{SENDER}>\nFrom: BrightCart <news@brightcart.example>")


def wrap(line):
    """Postfix folds its bounce lines near 80 columns, continuing with four spaces."""
    return textwrap.fill(line, width=78, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)


def gw(name, *, frm, host, ip, subject, text, rcpts, extra=(), dsn=True, vendor="", charset="us-ascii",
       cte=None, html=None):
    """A notice written by the gateway itself. rcpts: (rcpt, status, diag, reason, action)."""
    d, h, mi = stamp()
    date = dt(2026, 11, d, h, mi, 41, "+0000")
    hops = "Return-Path: <>\n" + received([(host, ip, "mta1.send.brightcart.example", "Postfix",
                                            "4" + hashlib.md5(name.encode()).hexdigest()[:11].upper(), date,
                                            SENDER)])
    for rcpt, status, diag, reason, action in rcpts:
        # a plain notice shows no code, so its expectation carries none
        expect(name, rcpt, reason, hard=(reason in HARD and status.startswith("5") and action == "failed"),
               status=status if dsn else "", reply=diag.split("; ", 1)[-1][:3] if dsn else "",
               action=action, vendor=vendor)
    to = ", ".join(r[0] for r in rcpts)
    oh = orig(to, name)
    if dsn:
        recips = [{"final": r[0], "status": r[1], "diag": r[2], "action": r[4], "remote": None} for r in rcpts]
        msg = dsn_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host, hops=hops, text=text,
                       recips=recips, orig=oh, extra=extra, charset=charset, cte=cte, alt_html=html,
                       arrival=dt(2026, 11, 27, 21, 58, 3, "+0000"))
    else:
        msg = plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host, hops=hops,
                         text=text + "\n------ Original message headers ------\n\n" + oh, extra=extra,
                         charset=charset, cte=cte)
    write(OUT, name, msg)


# ------------------------------------------------------------------ Proofpoint

pf("pp-enterprise-mailbox-full-passthrough.eml", [
    ("l.varga@danubeinsurance.example", "mx0b-00211e01.pphosted.com", "198.51.100.21", "5.2.2",
     "552 5.2.2 <l.varga@danubeinsurance.example>... Mailbox full - quota exceeded on mail store EXMB04",
     "mailboxfull")], stage="end of DATA", vendor="proofpoint")

pf("pp-connection-rate-deferred.eml", [
    ("procurement@keystonefoods.example", "mx0a-00334c02.pphosted.com", "198.51.100.22", "4.7.0",
     "421 4.7.0 mx0a-00334c02.pphosted.com Connection rate limit exceeded for 203.0.113.45; please slow down and retry later",
     "ratelimited")], stage="MAIL FROM", delayed=True, vendor="proofpoint")

pf("pp-uri-spam-campaign-link.eml", [
    ("events@orchardlane-health.example", "mx0a-00412a01.pphosted.com", "198.51.100.23", "5.7.1",
     "554 5.7.1 Message rejected as spam: the message body links to a domain found in spam campaigns (URI check) - https://ipcheck.proofpoint.com/",
     "spamdetected")], stage="end of DATA", vendor="proofpoint")

pf("pp-essentials-sender-suspicious-volume.eml", [
    ("office@hollis-dental.example", "mx2-us1.ppe-hosted.com", "198.51.100.24", "5.7.1",
     "550 5.7.1 Message rejected: too many messages from this sender in a short period. Sending rate throttled by Proofpoint Essentials",
     "ratelimited")], stage="RCPT TO", vendor="proofpoint")

pf("pp-policy-9-executable-links.eml", [
    ("it-desk@greywater-eng.example", "mx0b-00552b01.pphosted.com", "198.51.100.25", "5.7.9",
     "554 5.7.9 Message not accepted for policy reasons. Links to downloadable executables are not permitted by the recipient organisation",
     "policyviolation")], stage="end of DATA", vendor="proofpoint")

pf("pp-ldap-three-recipients.eml", [
    ("a.kimura@sunfield-pharma.example", "mx0a-00618c01.pphosted.com", "198.51.100.26", "5.1.1",
     "550 5.1.1 User Unknown", "userunknown"),
    ("t.wolfe@sunfield-pharma.example", "mx0a-00618c01.pphosted.com", "198.51.100.26", "5.2.1",
     "550 5.2.1 <t.wolfe@sunfield-pharma.example>: account disabled by administrator, mail not accepted", "suspend"),
    ("press@sunfield-pharma.example", "mx0a-00618c01.pphosted.com", "198.51.100.26", "5.2.2",
     "552 5.2.2 <press@sunfield-pharma.example> mailbox over quota", "mailboxfull"),
], vendor="proofpoint")

# ------------------------------------------------------------------ Barracuda

pf("barracuda-passthrough-virtual-table.eml", [
    ("jdoe@millbrook-legal.example", "d123456a.ess.barracudanetworks.com", "198.51.100.31", "5.1.1",
     "550 permanent failure for one or more recipients (jdoe@millbrook-legal.example:550 5.1.1 <jdoe@millbrook-legal.example>: Recipient address rejected: User unknown in virtual mailbox table)",
     "userunknown")], stage="end of DATA", vendor="barracuda")

pf("barracuda-intent-phishing-link.eml", [
    ("accounts@tidewell-shipping.example", "d654321b.ess.barracudanetworks.com", "198.51.100.32", "5.7.0",
     "550 5.7.0 Message blocked: identified as phishing by Barracuda intent analysis (suspicious link domain)",
     "spamdetected")], stage="end of DATA", vendor="barracuda")

pf("barracuda-spf-hardfail.eml", [
    ("m.ortega@cresthill-bank.example", "d777001c.ess.barracudanetworks.com", "198.51.100.33", "5.7.1",
     "550 5.7.1 Rejected: SPF check failed for brightcart.example, 203.0.113.45 is not a permitted sender",
     "authfailure")], stage="MAIL FROM", vendor="barracuda")

pf("barracuda-recipients-per-session.eml", [
    ("sales@ironvale-tools.example", "mail.ironvale-tools.example", "198.51.100.34", "4.5.3",
     "452 4.5.3 Too many recipients for this session, Barracuda rate control: try the rest later",
     "ratelimited")], delayed=True, vendor="barracuda")

pf("barracuda-mailbox-disabled-exchange.eml", [
    ("r.singh@pinecrest-univ.example", "d220014a.ess.barracudanetworks.com", "198.51.100.35", "5.2.1",
     "550 permanent failure for one or more recipients (r.singh@pinecrest-univ.example:550 5.2.1 Mailbox disabled, not accepting messages)",
     "suspend")], stage="end of DATA", vendor="barracuda")

# ------------------------------------------------------------------ Cisco Secure Email (IronPort)

pf("cisco-dmarc-reject-policy.eml", [
    ("hr@ambertrail-logistics.example", "esa2.ambertrail-logistics.iphmx.com", "198.51.100.41", "5.7.1",
     "550 5.7.1 DMARC unauthenticated mail is prohibited: brightcart.example publishes p=reject and neither SPF nor DKIM aligned",
     "authfailure")], stage="end of DATA", vendor="cisco")

pf("cisco-concurrent-connections.eml", [
    ("info@quarrybank-capital.example", "esa1.quarrybank.iphmx.com", "198.51.100.42", "4.7.0",
     "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later",
     "ratelimited")], stage="MAIL FROM", delayed=True, vendor="cisco")

pf("cisco-domino-quota-behind.eml", [
    ("k.fischer@rheinwerk-ag.example", "esa3.rheinwerk.iphmx.com", "198.51.100.43", "5.2.2",
     "552 #5.2.2 Mailbox size limit exceeded for k.fischer@rheinwerk-ag.example; the mailbox holds 2048 MB of 2048 MB",
     "mailboxfull")], stage="end of DATA", vendor="cisco")

pf("cisco-senderbase-score-negative.eml", [
    ("team@larchwood-partners.example", "esa1.larchwood.iphmx.com", "198.51.100.44", "5.7.1",
     "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor SenderBase score (-4.3). Contact the intended recipient via alternate means.",
     "badreputation")], stage="MAIL FROM", vendor="cisco")

pf("cisco-invalid-recipient-ldap-accept.eml", [
    ("former.ceo@larchwood-partners.example", "esa1.larchwood.iphmx.com", "198.51.100.44", "5.1.1",
     "550 5.1.1 <former.ceo@larchwood-partners.example>... Invalid recipient: not found in directory (LDAP accept query)",
     "userunknown")], vendor="cisco")

# ------------------------------------------------------------------ Sophos

pf("sophos-central-spf-hard-fail.eml", [
    ("buyers@coastalhome-retail.example", "mx-01-eu-west-1.prod.hydra.sophos.com", "198.51.100.51", "5.7.1",
     "554 5.7.1 Rejected by Sophos Email: SPF hard fail for sender domain brightcart.example",
     "authfailure")], stage="MAIL FROM", vendor="sophos")

pf("sophos-central-inbound-throttled.eml", [
    ("contact@meadowgate-vets.example", "mx-02-eu-central-1.prod.hydra.sophos.com", "198.51.100.52", "4.7.0",
     "421 4.7.0 Too many messages from 203.0.113.45 in the last hour, try again later",
     "ratelimited")], stage="MAIL FROM", delayed=True, vendor="sophos")

pf("sophos-xg-zen-listed.eml", [
    ("info@highmoor-school.example", "gw.highmoor-school.example", "198.51.100.53", "5.7.1",
     "550 5.7.1 Message rejected: sending host 203.0.113.45 listed on RBL zen.spamhaus.org",
     "blocked")], stage="MAIL FROM", vendor="sophos")

pf("sophos-recipient-callout-failed.eml", [
    ("n.brooks@coastalhome-retail.example", "mx-01-eu-west-1.prod.hydra.sophos.com", "198.51.100.51", "5.1.1",
     "550 5.1.1 Recipient verification failed: the mailbox n.brooks@coastalhome-retail.example does not exist on the destination server",
     "userunknown")], vendor="sophos")

# ------------------------------------------------------------------ Trend Micro

pf("trendmicro-tmes-size-limit.eml", [
    ("marketing@sablecreek-media.example", "sablecreek-media-example.in.tmes.trendmicro.eu", "198.51.100.61", "5.3.4",
     "552 5.3.4 Message size exceeds fixed limit of 10485760 bytes set by the recipient's Trend Micro Email Security policy",
     "emailtoolarge")], stage="end of DATA", vendor="trendmicro")

pf("trendmicro-dkim-body-hash.eml", [
    ("ap@northgate-utilities.example", "northgate-utilities-example.in.tmes.trendmicro.com", "198.51.100.62", "5.7.1",
     "550 5.7.1 DKIM verification failed for brightcart.example: body hash did not verify",
     "authfailure")], stage="end of DATA", vendor="trendmicro")

pf("trendmicro-imsva-domino-user.eml", [
    ("jm.laurent@vignoble-roche.example", "imsva.vignoble-roche.example", "198.51.100.63", "5.1.1",
     "550 5.1.1 Recipient address rejected: jm.laurent@vignoble-roche.example is not listed in the Domino Directory",
     "userunknown")], vendor="trendmicro")

# ------------------------------------------------------------------ FortiMail

pf("fortimail-dmarc-p-reject.eml", [
    ("s.moreau@atelier-lumen.example", "fml.atelier-lumen.example", "198.51.100.71", "5.7.1",
     "550 5.7.1 Message rejected: DMARC check failed for brightcart.example (p=reject)",
     "authfailure")], stage="end of DATA", vendor="fortimail")

pf("fortimail-virus-macro.eml", [
    ("claims@harbourside-mutual.example", "fortimail.harbourside-mutual.example", "198.51.100.72", "5.7.1",
     "554 5.7.1 Rejected by FortiMail: virus detected: W97M/Agent.FGT!tr",
     "virusdetected")], stage="end of DATA", vendor="fortimail")

pf("fortimail-no-ptr-hostname.eml", [
    ("dispatch@redfern-freight.example", "fortimail.redfern-freight.example", "198.51.100.73", "4.7.1",
     "450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.45]",
     "requireptr")], stage="RCPT TO", delayed=True, vendor="fortimail")

pf("fortimail-exchange-full-passthrough.eml", [
    ("p.nowak@baltic-amber.example", "fortimail.baltic-amber.example", "198.51.100.74", "5.2.2",
     "552 5.2.2 <p.nowak@baltic-amber.example>: mailbox is full (MapiExceptionShutoffQuotaExceeded)",
     "mailboxfull")], stage="end of DATA", vendor="fortimail")

# ------------------------------------------------------------------ Broadcom Email Security.cloud (MessageLabs)

pf("messagelabs-message-filtered.eml", [
    ("info@stonebridge-hotels.example", "cluster5.eu.messagelabs.com", "198.51.100.81", "5.7.1",
     "553-Message filtered. Refer to the Troubleshooting page at 553 http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
     "filtered")], stage="end of DATA", vendor="messagelabs")

pf("messagelabs-connection-policy-7-7.eml", [
    ("info@wexford-brewing.example", "cluster1.us.messagelabs.com", "198.51.100.82", "5.7.1",
     "501 Connection rejected by policy [7.7] 20805, please visit www.symanteccloud.com/troubleshooting for more details about this error message.",
     "blocked")], stage="MAIL FROM", vendor="messagelabs")

pf("messagelabs-size-exceeds-permitted.eml", [
    ("design@corbel-architects.example", "cluster9.eu.messagelabs.com", "198.51.100.83", "5.3.4",
     "552 Message size exceeds maximum permitted (#5.3.4)",
     "emailtoolarge")], stage="end of DATA", vendor="messagelabs")

# ------------------------------------------------------------------ Mimecast

pf("mimecast-blocked-senders-header.eml", [
    ("c.hughes@ashdown-estates.example", "eu-smtp-inbound-1.mimecast.com", "198.51.100.91", "5.7.1",
     "550 Rejected by header based Blocked Senders - https://community.mimecast.com/docs/DOC-1369#550 [Vq4bZ2tPPbq3xLq8mJ7yQw.uk125]",
     "filtered")], stage="end of DATA", vendor="mimecast")

pf("mimecast-account-inbound-limit.eml", [
    ("orders@fenwick-supplies.example", "us-smtp-inbound-2.mimecast.com", "198.51.100.92", "4.7.0",
     "451 Account inbound message limit exceeded temporarily - https://community.mimecast.com/docs/DOC-1369#451 [uS8rN4kDPe2fVq0tCmBx1g.us223]",
     "ratelimited")], delayed=True, vendor="mimecast")

pf("mimecast-unresolvable-mailfrom.eml", [
    ("admin@lowfield-parish.example", "eu-smtp-inbound-2.mimecast.com", "198.51.100.93", "4.1.8",
     "451 Message temporarily deferred due to unresolvable RFC.5321 from domain - https://community.mimecast.com/docs/DOC-1369#451 [kq2Xb1nYMOa8rTz5dWcPeA.uk71]",
     "rejected")], stage="MAIL FROM", delayed=True, vendor="mimecast")

# ------------------------------------------------------------------ Hornetsecurity

pf("hornetsecurity-recipient-verify.eml", [
    ("h.becker@kornfeld-gmbh.example", "mx01.hornetsecurity.com", "198.51.100.101", "5.1.1",
     "550 5.1.1 <h.becker@kornfeld-gmbh.example>: Recipient address rejected: undeliverable address: host mail.kornfeld-gmbh.example[192.0.2.77] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
     "userunknown")], vendor="hornetsecurity")

pf("hornetsecurity-spam-score.eml", [
    ("einkauf@kornfeld-gmbh.example", "mx02.hornetsecurity.com", "198.51.100.102", "5.7.1",
     "554 5.7.1 Message rejected: classified as spam by Hornetsecurity Spam and Malware Protection (score 28)",
     "spamdetected")], stage="end of DATA", vendor="hornetsecurity")

# ------------------------------------------------------------------ SpamTitan

pf("spamtitan-barracuda-rbl.eml", [
    ("office@glenmore-council.example", "spamtitan.glenmore-council.example", "198.51.100.111", "5.7.1",
     "554 5.7.1 Service unavailable; Client host [203.0.113.45] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.45",
     "blocked")], stage="RCPT TO", vendor="spamtitan")

pf("spamtitan-score-threshold.eml", [
    ("reception@glenmore-council.example", "spamtitan.glenmore-council.example", "198.51.100.111", "5.7.1",
     "550 5.7.1 Message rejected: spam score 14.2 exceeds the threshold of 5.0",
     "spamdetected")], stage="end of DATA", vendor="spamtitan")

pf("spamtitan-nonexistent-domain-relay.eml", [
    ("info@old-brand-glenmore.example", "spamtitan.glenmore-council.example", "198.51.100.111", "5.7.1",
     "554 5.7.1 <info@old-brand-glenmore.example>: Relay access denied",
     "norelaying")], vendor="spamtitan")

# ------------------------------------------------------------------ Forcepoint

pf("forcepoint-executable-attachment.eml", [
    ("payroll@oakridge-staffing.example", "cluster-a.mailcontrol.com", "198.51.100.121", "5.7.1",
     "550 5.7.1 Your message was rejected because it contains an executable attachment, which the recipient's email policy does not allow",
     "policyviolation")], stage="end of DATA", vendor="forcepoint")

pf("forcepoint-ip-message-rate.eml", [
    ("hello@oakridge-staffing.example", "cluster-b.mailcontrol.com", "198.51.100.122", "4.7.1",
     "421 4.7.1 Too many messages received from your IP address within the time period; try again later",
     "ratelimited")], stage="MAIL FROM", delayed=True, vendor="forcepoint")

# ------------------------------------------------------------------ Microsoft EOP / Exchange Online

pf("eop-5.7.606-banned-ip.eml", [
    ("finance@wrenfield-council.example", "wrenfieldcouncil-example.mail.protection.outlook.com", "198.51.100.131", "5.7.606",
     "550 5.7.606 Access denied, banned sending IP [203.0.113.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [DB5PEPF00000EA1.eurprd04.prod.outlook.com 2026-11-27T22:41:09.512Z 08DE0E5BD1A8F2C4]",
     "blocked")], stage="MAIL FROM", vendor="microsoft")

pf("eop-5.7.509-dmarc-reject.eml", [
    ("a.chen@juniperlake-tech.example", "juniperlaketech-example.mail.protection.outlook.com", "198.51.100.132", "5.7.509",
     "550 5.7.509 Access denied, sending domain brightcart.example does not pass DMARC verification and has a DMARC policy of reject. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-27T22:44:51.003Z 08DE0E5BD2B41177]",
     "authfailure")], stage="end of DATA", vendor="microsoft")

pf("outlookcom-4.7.650-ip-reputation.eml", [
    ("d.kowalski@hotmail.com", "hotmail-com.olc.protection.outlook.com", "198.51.100.135", "4.7.650",
     "451 4.7.650 The mail server [203.0.113.45] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB6C8E4A2D1F07] [DM6NAM12FT044.eop-nam12.prod.protection.outlook.com 2026-11-27T22:47:20.871Z 08DE0E5BD2B4A0F3]",
     "badreputation")], stage="MAIL FROM", delayed=True, vendor="microsoft")

pf("exo-storedrv-quota-shutoff.eml", [
    ("m.dubois@lyonnaise-textile.example", "lyonnaisetextile-example.mail.protection.outlook.com", "198.51.100.133", "5.2.2",
     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=4f2a9c1e0b7d4e55a8f1c3b2d6e7f890-m.dubois. 16.55847:C80A0000[EndDiagnosticData]",
     "mailboxfull")], stage="end of DATA", vendor="microsoft")

pf("outlookcom-5.7.515-auth-level.eml", [
    ("jenny.park@outlook.com", "outlook-com.olc.protection.outlook.com", "198.51.100.134", "5.7.515",
     "550 5.7.515 Access denied, sending domain [BRIGHTCART.EXAMPLE] doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn more, see https://go.microsoft.com/fwlink/?linkid=2292934 [CH1PEPF0000AD7B.namprd04.prod.outlook.com 2026-11-27T22:51:36.224Z 08DE0E5BD3A8C0D2]",
     "authfailure")], stage="end of DATA", vendor="microsoft")

pf("exo-recipient-disabled-5.2.1.eml", [
    ("ex.employee@wrenfield-council.example", "wrenfieldcouncil-example.mail.protection.outlook.com", "198.51.100.131", "5.2.1",
     "550 5.2.1 The mailbox ex.employee@wrenfield-council.example is disabled and can't accept messages. [DB5PEPF00000EA1.eurprd04.prod.outlook.com 2026-11-27T22:53:02.781Z 08DE0E5BD1A90B11]",
     "suspend")], vendor="microsoft")

# ------------------------------------------------------------------ Google Workspace

pf("gws-likely-unsolicited.eml", [
    ("sam@fernhollow-studio.example", "aspmx.l.google.com", "198.51.100.141", "5.7.1",
     "550-5.7.1 [203.0.113.45      12] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError 41be03b00d2f7-5c1e2a9b8f3si12345a.412 - gsmtp",
     "spamdetected")], stage="end of DATA", vendor="google")

pf("gws-inbox-out-of-storage.eml", [
    ("lena@fernhollow-studio.example", "aspmx.l.google.com", "198.51.100.141", "4.2.2",
     "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-5c1e2a9b8f3si12346b.88 - gsmtp",
     "mailboxfull")], delayed=True, vendor="google")

pf("gws-account-disabled.eml", [
    ("old.intern@tallpine-robotics.example", "aspmx.l.google.com", "198.51.100.142", "5.2.1",
     "550-5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 98e67ed59e1d1-2f0b4c3e1aasi3322c.199 - gsmtp",
     "suspend")], vendor="google")

pf("gws-security-issue-attachment.eml", [
    ("ops@tallpine-robotics.example", "aspmx.l.google.com", "198.51.100.142", "5.7.0",
     "552-5.7.0 This message was blocked because its content presents a potential security issue. To review our message and attachment content guidelines, go to https://support.google.com/mail/?p=BlockedMessage 98e67ed59e1d1-2f0b4c3e1aasi3323d.201 - gsmtp",
     "policyviolation")], stage="end of DATA", vendor="google")

pf("gws-low-ip-reputation-deferred.eml", [
    ("maria@quillfeather-books.example", "alt1.aspmx.l.google.com", "198.51.100.143", "4.7.0",
     "421-4.7.0 [203.0.113.45      15] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. https://support.google.com/mail/answer/188131 98e67ed59e1d1-2f0b4c3e1aasi3324e.77 - gsmtp",
     "badreputation")], stage="end of DATA", delayed=True, vendor="google")

pf("gws-receiving-rate-recipient.eml", [
    ("support@quillfeather-books.example", "aspmx.l.google.com", "198.51.100.143", "4.2.1",
     "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later point. https://support.google.com/mail/?p=ReceivingRate 98e67ed59e1d1-2f0b4c3e1aasi3325f.30 - gsmtp",
     "ratelimited")], delayed=True, vendor="google")

# ------------------------------------------------------------------ mixed passes through several gateways

pf("mixed-night-three-gateways.eml", [
    ("b.osei@keystonefoods.example", "mx0a-00334c02.pphosted.com", "198.51.100.22", "5.1.1",
     "550 5.1.1 <b.osei@keystonefoods.example>: Recipient address rejected: no such mailbox here", "userunknown"),
    ("legal@sablecreek-media.example", "sablecreek-media-example.in.tmes.trendmicro.eu", "198.51.100.61", "5.2.1",
     "550 5.2.1 <legal@sablecreek-media.example>: mailbox unavailable, the account has expired", "suspend"),
    ("news@highmoor-school.example", "gw.highmoor-school.example", "198.51.100.53", "5.1.1",
     "550 5.1.1 <news@highmoor-school.example>: Recipient address rejected: User unknown in relay recipient table", "userunknown"),
])

pf("google-and-proofpoint-unknown.eml", [
    ("tom.reyes@fernhollow-studio.example", "aspmx.l.google.com", "198.51.100.141", "5.1.1",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5c1e2a9b8f3si12347c.3 - gsmtp",
     "userunknown"),
    ("g.hall@danubeinsurance.example", "mx0b-00211e01.pphosted.com", "198.51.100.21", "5.1.1",
     "550 5.1.1 <g.hall@danubeinsurance.example>... User unknown", "userunknown"),
])

pf("tls-required-by-gateway.eml", [
    ("treasury@cresthill-bank.example", "d777001c.ess.barracudanetworks.com", "198.51.100.33", "5.7.10",
     "530 5.7.10 Must issue a STARTTLS command first: this domain requires an encrypted connection",
     "failedstarttls")], stage="MAIL FROM", vendor="barracuda")

pf("nullmx-retired-brand.eml", [
    ("info@retired-brand.example", "retired-brand.example", "192.0.2.1", "5.1.10",
     "556 5.1.10 <info@retired-brand.example>: Recipient address rejected: Domain retired-brand.example does not accept mail (nullMX)",
     "notaccept")])

# ------------------------------------------------------------------ the gateways' own notices

gw("proofpoint-sender-quarantine-notice.eml", frm="Proofpoint Protection Server <postmaster@mx0a-00412a01.pphosted.com>",
   host="mx0a-00412a01.pphosted.com", ip="198.51.100.23",
   subject="Message held: Black Friday is still on: 40% off until midnight",
   text="""Your message to events@orchardlane-health.example has been held in
quarantine by the recipient's email protection and has not been delivered.

The message is waiting for review by the recipient organisation's email
administrator, who will release or delete it. You do not need to resend it.
If it is not released within 14 days it will be discarded.

Quarantine folder: Bulk-Review
Queue ID: 4QhT2m0xWcz1pPq
""", rcpts=[("events@orchardlane-health.example", "4.7.1", "smtp; 451 4.7.1 message held in quarantine for administrator review", "onhold", "delayed")],
   vendor="proofpoint")

gw("cisco-esa-delay-4-hours.eml", frm="Mail Delivery System <MAILER-DAEMON@esa3.rheinwerk.iphmx.com>",
   host="esa3.rheinwerk.iphmx.com", ip="198.51.100.43",
   subject="Delayed Mail (still being retried)",
   text="""This is a delay notification from the Cisco Secure Email Gateway
esa3.rheinwerk.iphmx.com.

The message below has been accepted for k.schmitt@rheinwerk-ag.example but
has been waiting for 4 hours for the internal mail server. The appliance
will keep trying for 3 more days; you do not need to resend.

Reason of the last attempt: the connection to exch01.rheinwerk.internal
[192.0.2.10] timed out.
""", rcpts=[("k.schmitt@rheinwerk-ag.example", "4.4.1", "smtp; 421 4.4.1 connection to exch01.rheinwerk.internal [192.0.2.10] timed out", "networkerror", "delayed")],
   vendor="cisco")

gw("fortimail-giving-up-internal.eml", frm="FortiMail Mail System <postmaster@fortimail.redfern-freight.example>",
   host="fortimail.redfern-freight.example", ip="198.51.100.73",
   subject="Delivery Status Notification (Failure)",
   text="""This message was created automatically by the FortiMail unit
fortimail.redfern-freight.example.

Your message could not be delivered to the following recipient after
repeated attempts over 5 days; the unit has stopped trying:

  yard@redfern-freight.example

The internal mail server mail.redfern-freight.local never answered.
""", rcpts=[("yard@redfern-freight.example", "4.4.7", "smtp; 421 4.4.7 Delivery time expired: no answer from mail.redfern-freight.local", "expired", "failed")],
   vendor="fortimail")

gw("trendmicro-imsva-admin-hold.eml", frm="IMSVA <imsva-noreply@vignoble-roche.example>",
   host="imsva.vignoble-roche.example", ip="198.51.100.63",
   subject="Your message was not delivered: held for review",
   text="""Trend Micro InterScan Messaging Security notice

Your message to achats@vignoble-roche.example triggered the policy
"Marketing bulk mail - hold". It has been placed on hold and will only be
delivered if an administrator approves it. No further action is required
from you.

Policy: Marketing bulk mail - hold
Action: Quarantine (administrator review)
""", rcpts=[("achats@vignoble-roche.example", "5.7.1", "smtp; 550 5.7.1 held for administrator approval by policy", "onhold", "failed")],
   dsn=False, vendor="trendmicro")

gw("sophos-sender-notice-virus.eml", frm="Sophos Email <do-not-reply@notifications.sophos.com>",
   host="mx-02-eu-central-1.prod.hydra.sophos.com", ip="198.51.100.52",
   subject="Message blocked: malware detected",
   text="""Sophos Email blocked your message to vet.practice@meadowgate-vets.example.

Reason: Malware detected in attachment "BF26-invoice.zip" (Troj/DocDl-AXQ).
The message has been deleted and was not delivered. Please scan your
system and send a clean copy if the message is genuine.
""", rcpts=[("vet.practice@meadowgate-vets.example", "5.7.1", "smtp; 554 5.7.1 malware detected (Troj/DocDl-AXQ), message deleted", "virusdetected", "failed")],
   dsn=False, vendor="sophos")

gw("hornetsecurity-delay-internal-full.eml", frm="Mail Delivery System <MAILER-DAEMON@mx01.hornetsecurity.com>",
   host="mx01.hornetsecurity.com", ip="198.51.100.101",
   subject="Delayed Mail (still being retried)",
   text="""This is the mail system at host mx01.hornetsecurity.com.

Your message to the recipient below is still in the queue. The recipient's
own mail server keeps answering that there is no storage space left on the
server; we will keep trying for up to 4 days.

<lager@kornfeld-gmbh.example>: host mail.kornfeld-gmbh.example[192.0.2.77]
    said: 452 4.3.1 Insufficient system storage (in reply to MAIL FROM command)
""", rcpts=[("lager@kornfeld-gmbh.example", "4.3.1", "smtp; 452 4.3.1 Insufficient system storage", "systemfull", "delayed")],
   vendor="hornetsecurity")

gw("exo-ndr-hybrid-message-expired.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@juniperlake-tech.example>",
   host="AM4PEPF00027A6C.eurprd04.prod.outlook.com", ip="198.51.100.132",
   subject="Undeliverable: " + SUBJ,
   text="""Delivery has failed to these recipients or groups:

contact@juniperlake-tech.example
Your message couldn't be delivered. Despite repeated attempts to deliver
your message, the recipient's email system refused to accept a connection
from Exchange Online. The message expired in the queue.

Diagnostic information for administrators:

Generating server: AM4PEPF00027A6C.eurprd04.prod.outlook.com

contact@juniperlake-tech.example
Remote server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'

Last endpoint attempted was 192.0.2.40:25
""", rcpts=[("contact@juniperlake-tech.example", "5.4.316", "smtp; 550 5.4.316 Message expired, connection refused(Socket error code 10061)", "expired", "failed")],
   vendor="microsoft")

gw("mimecast-held-for-review-sender.eml", frm="Postmaster <postmaster@ashdown-estates.example>",
   host="eu-smtp-inbound-1.mimecast.com", ip="198.51.100.91",
   subject="Message Held For Review: " + SUBJ,
   text="""Your message to lettings@ashdown-estates.example has been held by the
recipient's Mimecast service and has not been delivered yet.

Reason: Held for Review - Content Examination Policy
The recipient's administrator will review and release or reject it.
""", rcpts=[("lettings@ashdown-estates.example", "4.7.0", "smtp; 451 Held for administrator review (Content Examination)", "onhold", "delayed")],
   dsn=False, vendor="mimecast")

gw("barracuda-ess-undeliverable-domain.eml", frm="Barracuda Email Security Service <noreply@ess.barracudanetworks.com>",
   host="d220014a.ess.barracudanetworks.com", ip="198.51.100.35",
   subject="Undeliverable: " + SUBJ,
   text="""Your message could not be delivered to
alumni@pinecrest-univ.example.

The destination domain pinecrest-univ.example is no longer configured for
mail on this service and its DNS has no MX or A record any more:
Host or domain name not found.
""", rcpts=[("alumni@pinecrest-univ.example", "5.1.2", "smtp; 550 5.1.2 Host or domain name not found. Name service error for name=pinecrest-univ.example type=MX: Host not found", "hostunknown", "failed")],
   vendor="barracuda")

gw("gws-ndr-address-not-found-plain.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
   host="mail-sor-f69.google.com", ip="198.51.100.144",
   subject="Delivery Status Notification (Failure)",
   text="""** Address not found **

Your message wasn't delivered to customers@tallpine-robotics.example because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", rcpts=[("customers@tallpine-robotics.example", "5.1.1", "smtp; 550 5.1.1 The email account that you tried to reach does not exist.", "userunknown", "failed")],
   vendor="google")

# ------------------------------------------------------------------ a few more pass-through and sender refusals

pf("proofpoint-tap-sender-spoof.eml", [
    ("ceo@greywater-eng.example", "mx0b-00552b01.pphosted.com", "198.51.100.25", "5.7.1",
     "550 5.7.1 Sender address rejected: the From domain brightcart.example failed SPF and DKIM, message treated as spoofed",
     "authfailure")], stage="end of DATA", vendor="proofpoint")

pf("barracuda-sender-not-verified.eml", [
    ("sales@tidewell-shipping.example", "d654321b.ess.barracudanetworks.com", "198.51.100.32", "5.1.8",
     "550 5.1.8 <bounces+nl2611@send.brightcart.example>: Sender address rejected: Domain not found",
     "rejected")], stage="MAIL FROM", vendor="barracuda")

pf("cisco-mime-boundary-unclosed.eml", [
    ("press@quarrybank-capital.example", "esa1.quarrybank.iphmx.com", "198.51.100.42", "5.6.0",
     "554 5.6.0 Message rejected: invalid MIME structure, boundary of part 3 never closed",
     "contenterror")], stage="end of DATA", vendor="cisco")

pf("trendmicro-duplicate-from-header.eml", [
    ("info@northgate-utilities.example", "northgate-utilities-example.in.tmes.trendmicro.com", "198.51.100.62", "5.7.1",
     "550 5.7.1 Message is not RFC 5322 compliant: more than one From header",
     "notcompliantrfc")], stage="end of DATA", vendor="trendmicro")

pf("forcepoint-mailbox-moved.eml", [
    ("r.ahmed@oakridge-staffing.example", "cluster-a.mailcontrol.com", "198.51.100.121", "5.1.6",
     "550 5.1.6 <r.ahmed@oakridge-staffing.example>: Recipient has moved to oakridge-careers.example; mail is not forwarded",
     "hasmoved")], vendor="forcepoint")

pf("sophos-loop-between-gateways.eml", [
    ("shared@coastalhome-retail.example", "mx-01-eu-west-1.prod.hydra.sophos.com", "198.51.100.51", "5.4.6",
     "554 5.4.6 Hop count exceeded - possible mail loop between the gateway and the internal server",
     "networkerror")], stage="end of DATA", vendor="sophos")

pf("hornetsecurity-internal-local-error.eml", [
    ("service@kornfeld-gmbh.example", "mx02.hornetsecurity.com", "198.51.100.102", "4.3.0",
     "451 4.3.0 Local error in processing on the protected mail server, try again later",
     "systemerror")], stage="end of DATA", delayed=True, vendor="hornetsecurity")

pf("mimecast-virus-detected-code.eml", [
    ("accounts@fenwick-supplies.example", "us-smtp-inbound-2.mimecast.com", "198.51.100.92", "5.7.1",
     "550 Virus Detected - https://community.mimecast.com/docs/DOC-1369#550 [p3TqW8mNBeuYk2dFh7cZxQ.us87]",
     "virusdetected")], stage="end of DATA", vendor="mimecast")

pf("spamtitan-smtp-auth-required.eml", [
    ("reports@glenmore-council.example", "spamtitan.glenmore-council.example", "198.51.100.111", "5.7.0",
     "530 5.7.0 Authentication required",
     "securityerror")], stage="MAIL FROM", vendor="spamtitan")

pf("eop-tenant-ip-block-list.eml", [
    ("billing@wrenfield-council.example", "wrenfieldcouncil-example.mail.protection.outlook.com", "198.51.100.131", "5.7.1",
     "550 5.7.1 Service unavailable, Client host [203.0.113.45] blocked by the recipient's list of blocked IP addresses (IP Allow/Block list). AS(1410)",
     "blocked")], stage="MAIL FROM", vendor="microsoft")

pf("gws-dmarc-domain-policy.eml", [
    ("orders@quillfeather-books.example", "aspmx.l.google.com", "198.51.100.143", "5.7.26",
     "550-5.7.26 Unauthenticated email from brightcart.example is not accepted due to domain's DMARC policy. Please contact the administrator of brightcart.example domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2f0b4c3e1aasi3326g.12 - gsmtp",
     "authfailure")], stage="end of DATA", vendor="google")

# ------------------------------------------------------------------ near-misses: no record expected


def nbm(name, *, frm, to, subject, text, host, ip, extra=(), charset="us-ascii", cte=None, auto=None, html=None):
    d, h, mi = stamp()
    date = dt(2026, 11, d, h, mi, 5, "+0000")
    hops = received([(host, ip, "mx.brightcart.example", "Postfix", "4" + hashlib.md5(name.encode()).hexdigest()[:11].upper(),
                      date, to.split("<")[-1].rstrip(">"))])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host.split(".", 1)[-1]))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", auto))
    if html is None:
        body = text_part(text, charset, cte)
    else:
        body = multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")],
                         boundary(name), "")
    path_dir = NB
    write(path_dir, name, mail(heads, body))


nbm("nb-hornetsecurity-quarantine-report.eml", frm="Hornetsecurity Quarantine <noreply@hornetsecurity.com>",
    to="j.ward@brightcart.example", subject="Quarantine report: 4 new messages in your quarantine",
    host="outbound1.hornetsecurity.com", ip="198.51.100.151", auto="auto-generated",
    text="""Hello j.ward@brightcart.example,

since the last report, 4 e-mails addressed to you were held in quarantine.
They have not been delivered to your mailbox. Click "Deliver" to receive
a message or ignore this report; quarantined e-mails are deleted after 30 days.

Date              Sender                               Subject                        Reason
27.11.2026 23:14  offers@cheap-ink-refills.example     Toner 80% off today             Spam
27.11.2026 23:50  billing@paypa1-secure.example        Your account is limited         Phishing
28.11.2026 01:02  newsletter@conference-leads.example  Attendee list for sale          Spam
28.11.2026 02:41  hr@unknown-sender.example            Salary adjustment 2027.docm     Threat

Deliver: https://cp.hornetsecurity.com/quarantine/deliver?id=7Hq2
Show all: https://cp.hornetsecurity.com/quarantine

This report is generated automatically. Please do not reply.
""")

nbm("nb-spamtitan-daily-quarantine.eml", frm="SpamTitan <spamtitan@spamtitan.brightcart.example>",
    to="finance@brightcart.example", subject="SpamTitan Quarantine Report for finance@brightcart.example",
    host="spamtitan.brightcart.example", ip="192.0.2.61", auto="auto-generated",
    text="""Quarantine Report for finance@brightcart.example

The following 2 messages were blocked and are held in your quarantine.
Messages are kept for 14 days.

From: accounts@invoice-portal.example
Subject: Overdue invoice 8812 - final reminder
Score: 11.3 (spam)
Release | Allow sender | Delete

From: no-reply@parcel-track.example
Subject: Your parcel could not be delivered
Score: 18.9 (spam, bad attachment)
Release | Allow sender | Delete

To manage your quarantine log in at https://spamtitan.brightcart.example/
""")

nbm("nb-trendmicro-tmes-digest.eml", frm="Trend Micro Email Security <tmes-noreply@trendmicro.eu>",
    to="s.ng@brightcart.example", subject="Trend Micro Email Security: Quarantined Message Digest",
    host="digest.tmes.trendmicro.eu", ip="198.51.100.152", auto="auto-generated",
    text="""Quarantined Message Digest

The following messages were quarantined by Trend Micro Email Security
between 2026-11-27 08:00 and 2026-11-28 08:00 (UTC).

1. From: promo@outlet-furniture.example
   Subject: Last chance: Sofa clearance
   Reason: Spam (Bulk)
   Release: https://euq.tmes.trendmicro.eu/release?m=9a1f

2. From: it-support@brightcart-helpdesk.example
   Subject: Password expires today
   Reason: Phishing
   Release: https://euq.tmes.trendmicro.eu/release?m=9a20

Messages are deleted automatically after 30 days.
""")

nbm("nb-fortimail-quarantaene-bericht-de.eml", frm="FortiMail <quarantine@fortimail.brightcart.example>",
    to="k.huber@brightcart.example", subject=enc_header("Quarantäne-Bericht: 3 neue Nachrichten", "utf-8"),
    host="fortimail.brightcart.example", ip="192.0.2.62", auto="auto-generated", charset="utf-8", cte="quoted-printable",
    text="""Guten Tag,

in Ihrer persönlichen Quarantäne befinden sich 3 neue Nachrichten, die als
Spam eingestuft und nicht zugestellt wurden.

Absender                         Betreff                          Datum
angebote@moebel-outlet.example   Nur heute: 60 % Rabatt           27.11.2026 22:10
info@gewinnspiel-jetzt.example   Sie haben gewonnen!              27.11.2026 23:42
noreply@paket-status.example     Zustellung fehlgeschlagen        28.11.2026 03:15

Zum Freigeben einer Nachricht auf "Freigeben" klicken. Nachrichten werden
nach 14 Tagen gelöscht.
""")

nbm("nb-cisco-spam-quarantine-notification.eml", frm="Cisco Spam Quarantine <quarantine@esa1.brightcart.example>",
    to="m.lee@brightcart.example", subject="Spam Quarantine Notification",
    host="esa1.brightcart.example", ip="192.0.2.63", auto="auto-generated",
    text="""Spam Quarantine Notification

The messages below have been blocked by your administrator as suspected
spam. There are 2 new messages in your Email Quarantine since you
received your last Spam Quarantine Notification.

To view the full list of messages in your Email Quarantine, go to
https://esa1.brightcart.example:83/Search

Release | From                            | Subject                | Date
Release | deals@gadget-flash.example      | 72 hours only          | 27 Nov 2026
Release | support@secure-login.example    | Verify your mailbox    | 28 Nov 2026
""")

nbm("nb-sophos-central-released.eml", frm="Sophos Central <do-not-reply@central.sophos.com>",
    to="a.rossi@brightcart.example", subject="Your quarantined message has been released",
    host="mail.central.sophos.com", ip="198.51.100.153", auto="auto-generated",
    text="""Hello,

a message that was held in quarantine has been released and delivered to
your mailbox.

From: contracts@northfield-legal.example
Subject: Signed agreement - BrightCart fulfilment
Released by: IT Administrator
Released on: 28 Nov 2026 08:12 UTC

If you did not expect this message, report it to your IT team.
""")

nbm("nb-messagelabs-spam-summary.eml", frm="Email Security.cloud <spam-summary@messagelabs.com>",
    to="d.kent@brightcart.example", subject="Spam Quarantine Summary: 5 messages",
    host="mail164.messagelabs.com", ip="198.51.100.154", auto="auto-generated",
    text="""Spam Quarantine Summary for d.kent@brightcart.example

Your spam quarantine holds 5 messages that were not delivered because they
were identified as spam. They will be deleted after 14 days.

Release or view them at https://clients.messagelabs.com/Quarantine

From                               Subject
loans@quick-cash.example           Approved today
deals@watches-replica.example      Swiss style 90% off
no-reply@crypto-yield.example      Your wallet bonus
seo@rank-first.example             Page 1 on Google guaranteed
info@webinar-leads.example         Buy our attendee list
""")

nbm("nb-forcepoint-release-confirmation.eml", frm="Forcepoint Email Security <noreply@mailcontrol.com>",
    to="ops@brightcart.example", subject="Message release request approved",
    host="cluster-c.mailcontrol.com", ip="198.51.100.155", auto="auto-generated",
    text="""Your request to release a quarantined message has been approved.

Original sender: shipping@harbourline-freight.example
Subject: Container schedule week 49
Blocked because: Attachment type not allowed (.xlsm)

The message is now being delivered to your inbox.
""")

nbm("nb-m365-admin-release-request.eml", frm="Microsoft 365 <o365mc@microsoft.com>",
    to="it-admins@brightcart.example", subject="Informational-severity alert: User requested to release a quarantined message",
    host="NAM12-DM6-obe.outbound.protection.outlook.com", ip="198.51.100.156", auto="auto-generated",
    text="""A user has requested to release a quarantined message

Severity: Informational
Time of occurrence: 11/28/2026 7:41:09 AM UTC
Activity: User requested to release a quarantined message
User: p.olsen@brightcart.example
Quarantine reason: High confidence phishing
Sender: docs@share-point-files.example
Subject: You have 2 new shared documents

View alert details: https://security.microsoft.com/viewalerts
""")

nbm("nb-phishsim-mailbox-full-lure.eml", frm="Mail Administrator <postmaster@mailbox-services-notice.example>",
    to="r.diaz@brightcart.example", subject="Your mailbox is full - 3 incoming messages not delivered",
    host="sim-mailer-07.phish-trainer.example", ip="198.51.100.157",
    extra=[("X-PHISHTEST", "campaign 2611-Q4, template mailbox-quota")],
    text="""Dear r.diaz,

Your mailbox has reached its storage limit (100%) and 3 incoming messages
were not delivered. To avoid losing further mail, upgrade your quota now:

https://mailbox-services-notice.example/upgrade?u=r.diaz

Messages waiting:
  - "Invoice 2026-11-7721" from accounts@supplier.example
  - "Meeting moved" from ceo@brightcart.example
  - "Payroll update" from hr@brightcart.example

Mail Administrator
""")

nbm("nb-phishsim-undeliverable-review.eml", frm="Microsoft Outlook <no-reply@outlook-message-center.example>",
    to="t.byrne@brightcart.example", subject="Undeliverable messages held for your review",
    host="sim-mailer-02.phish-trainer.example", ip="198.51.100.158",
    extra=[("X-PHISHTEST", "campaign 2611-Q4, template held-messages")],
    text="""Microsoft Outlook

4 messages sent to you could not be delivered to your inbox and are held
for review. Click below to release them before they are deleted:

Review messages: https://outlook-message-center.example/review?id=tb

This is an automated notification. Do not reply.
""")

nbm("nb-phishsim-you-clicked.eml", frm="Security Awareness Team <awareness@brightcart.example>",
    to="t.byrne@brightcart.example", subject="Oops - that was a simulated phishing email",
    host="sim-mailer-02.phish-trainer.example", ip="198.51.100.158",
    text="""Hi Tom,

the message "Undeliverable messages held for your review" you clicked on
was a phishing simulation run by our security team. No harm done.

Warning signs you may have missed:
  - the sender domain outlook-message-center.example is not Microsoft's
  - real quarantine notices come from our Proofpoint gateway
  - the link pointed to an unknown site

Please complete the 10-minute training module by Friday:
https://training.phish-trainer.example/m/undeliverable-lure

Security Awareness Team
""")

nbm("nb-cisco-esa-system-alert.eml", frm="alert@esa1.brightcart.example",
    to="mail-ops@brightcart.example", subject="Warning <System> esa1.brightcart.example: Work queue backlog",
    host="esa1.brightcart.example", ip="192.0.2.63", auto="auto-generated",
    text="""The Warning message is:

The work queue is 2412 messages; the delivery queue holds 9118 messages
for 341 destination domains. Delivery to outlook.com is being throttled
(451 4.7.650) and 1204 messages are waiting for retry.

Version: 16.0.1-017
Serial Number: 4C4C4544-0052-5310-8044-B4C04F4D3532
Timestamp: 28 Nov 2026 00:41:12 +0000

For more information about this error, please see the Cisco Secure Email
Gateway Troubleshooting Guide.
""")

nbm("nb-fortimail-admin-queue-threshold.eml", frm="FortiMail <alertmail@fortimail.brightcart.example>",
    to="mail-ops@brightcart.example", subject="FortiMail alert: deferred queue exceeds threshold",
    host="fortimail.brightcart.example", ip="192.0.2.62", auto="auto-generated",
    text="""Alert Email from FortiMail-VM (FEVM040000123456)

Event: Deferred queue size 1500 exceeds the configured threshold 1000.
Top deferred destinations:
  gmail.com          612  (421-4.7.0 rate limited)
  outlook.com        544  (451 4.7.650)
  mimecast.com       119  (451 Account inbound message limit exceeded)

Time: 2026-11-28 01:05:33 UTC
Log in to the GUI to review the mail queue.
""")

nbm("nb-barracuda-outbound-blocked-report.eml", frm="Barracuda Email Security Service <reports@ess.barracudanetworks.com>",
    to="it-admins@brightcart.example", subject="Daily report: outbound messages blocked for brightcart.example",
    host="d990001z.ess.barracudanetworks.com", ip="198.51.100.159", auto="auto-generated",
    text="""Outbound Filtering Report - brightcart.example
Period: 27 Nov 2026 00:00 - 23:59 UTC

Messages processed:   48,211
Delivered:            47,950
Blocked (spam):           16
Blocked (policy):          3
Deferred:                242

Top senders with blocked messages:
  news@brightcart.example        12
  promo@brightcart.example        4

No action is needed unless a sender's account was compromised. Full log:
https://ess.barracudanetworks.com/reports/outbound
""")

nbm("nb-gws-admin-alert-spam-reports.eml", frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
    to="admin@brightcart.example", subject="Alert: Spike in user-reported spam",
    host="mail-sor-f41.google.com", ip="198.51.100.160", auto="auto-generated",
    text="""Google Workspace

Spike in user-reported spam

We detected a spike in messages from news@brightcart.example being
reported as spam by users in your domain during the last hour (38 reports).
Messages from this sender will continue to be delivered.

Open Alert center: https://admin.google.com/ac/ac

You're receiving this mandatory email service announcement to update you
about important changes to your Google Workspace account.
""")

nbm("nb-reply-customer-spam-filter.eml", frm="Helen Marsh <h.marsh@orchardlane-health.example>",
    to="BrightCart Support <support@brightcart.example>", subject="Re: Your order 55120 has shipped",
    host="mx0a-00412a01.pphosted.com", ip="198.51.100.23",
    extra=[("In-Reply-To", "<ord55120.ship@brightcart.example>"), ("References", "<ord55120.ship@brightcart.example>")],
    text="""Hi,

just so you know, your emails keep ending up in our Proofpoint quarantine -
IT says your newsletter was flagged as bulk. I only found the shipping
notice today when I checked the quarantine digest and released it.

Could you send the tracking number again? Thanks.

Helen

On Thu, 26 Nov 2026 at 14:02, BrightCart <support@brightcart.example> wrote:
> Your order 55120 has shipped and is on its way.
""")

nbm("nb-reply-it-allowlist-request.eml", frm="Greg Tanner <g.tanner@keystonefoods.example>",
    to="deliverability@brightcart.example", subject="RE: mails to keystonefoods.example bouncing?",
    host="mx0a-00334c02.pphosted.com", ip="198.51.100.22",
    extra=[("In-Reply-To", "<deliv-2611@brightcart.example>")],
    text="""Hello,

I checked our gateway logs. Your mail from 203.0.113.45 was not bounced,
it was deferred with 421 because of our connection rate limit for bulk
senders. Nothing was rejected as user unknown.

We can add your IPs to the allow list if you send them with your SPF
record. Until then mail will still arrive, only slower.

Greg Tanner
IT Infrastructure, Keystone Foods
""")

nbm("nb-reply-colleague-found-in-quarantine.eml", frm="Nadia Petrova <n.petrova@brightcart.example>",
    to="Marketing Team <marketing@brightcart.example>", subject="FW: test send landed in quarantine",
    host="mail.brightcart.example", ip="192.0.2.64",
    text="""Team,

the seed test of tonight's Black Friday mail went to quarantine at my
Mimecast test account ("held for review - spam"), while the Gmail and
Outlook seeds were delivered to the inbox. Nothing bounced.

I suspect the new tracking domain. Can someone check the link host before
the second wave?

Nadia
""")

nbm("nb-reply-vendor-mentions-blocklist.eml", frm="Oskar Lind <oskar@mailops-consulting.example>",
    to="deliverability@brightcart.example", subject="Re: Blocklist check after Black Friday",
    host="mail.mailops-consulting.example", ip="198.51.100.161",
    extra=[("In-Reply-To", "<bl-check-2811@brightcart.example>")],
    text="""Hi,

I ran the checks you asked for. 203.0.113.45 is not listed on Spamhaus ZEN,
Barracuda BRBL or SpamCop today. Microsoft SNDS shows yellow for the night
of the 27th, which matches the 4.7.650 deferrals you saw; it is green again.

My advice: spread the next send over six hours and drop the old segments
that produce unknown-user bounces.

Regards,
Oskar
""")

nbm("nb-proofpoint-safelist-confirmation.eml", frm="Proofpoint Essentials <noreply@proofpointessentials.com>",
    to="office@brightcart.example", subject="Sender added to your Safe Senders list",
    host="mx1-us1.ppe-hosted.com", ip="198.51.100.162", auto="auto-generated",
    text="""Hello,

as you requested from your quarantine digest, the sender below has been
added to your Safe Senders list. Future messages from this sender will skip
spam filtering (virus scanning still applies).

Sender: statements@harbourline-freight.example
Added: 28 Nov 2026 08:30 UTC

Manage your lists at https://us1.proofpointessentials.com/
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
