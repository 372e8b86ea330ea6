#!/usr/bin/env python3
"""Writes testdata/unseen/batch-62: failures written by the SENDER's own side
(the company's outbound relay, its smarthost, its content filter and its
users' mail service): sending quotas and limits, size limits of the own
relay, TLS that was required and failed, DNS lookups that fail, MX loops,
hop counts, local delivery programs that exit, full disks, a smarthost
that refuses to relay, queues that give up, outbound spam and DLP filters;
mixed with ordinary remote refusals. Near-misses in not-bounce/: the
relay's reports, queue alerts, success reports, maintenance notices.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch62.py [DIR]"""
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


def D(day, h, m, s=0, tz="+0000"):
    """day counts from 1 November 2026 (31 is 1 December)."""
    mo, d = (11, day) if day <= 30 else (12, day - 30)
    return dt(2026, mo, d, h, m, s, tz)


def oh(name, sender, rcpts, subject, date, host):
    return (f"Received: from [192.0.2.77] (unknown [192.0.2.77])\n\tby {host} with ESMTPSA id {qid(name + 'o', 10)};\n\t{date}\n"
            + orig_headers(sender, ", ".join(rcpts), subject, date, mid(name + "/orig", host)))


# ------------------------------------------------------------------ Postfix

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
It will be retried until it is {days} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, host, sender, rows, subject_o, date, delay=None, tz="+0100"):
    """rows: (rcpt, status, text_line, diag, remote, reason, hard)."""
    d = D(*date, tz=tz)
    od = D(date[0] - 1, 8, 14, 2, tz)
    lines = "\n\n".join(f"<{r[0]}>: {r[2]}" for r in rows)
    head = PF_HEAD.format(host=host) if delay is None else PF_DELAY.format(host=host, hours=delay[0], days=delay[1])
    recips = []
    for r in rows:
        rec = {"final": r[0], "status": r[1], "action": "failed" if delay is None else "delayed"}
        if r[3]:
            rec["diag"] = r[3]
        if r[4]:
            rec["remote"] = r[4]
        recips.append(rec)
    subj = "Undelivered Mail Returned to Sender" if delay is None else "Delayed Mail (still being retried)"
    text = dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj,
                    date=d, host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", d),
                    text=head + lines + "\n", recips=recips, arrival=od,
                    reporting=host, orig=oh(name, sender, [r[0] for r in rows], subject_o, od, host))
    write(OUT, name, text)
    for r in rows:
        expect(name, r[0], r[5], hard=r[6], status=r[1], reply=r[7] if len(r) > 7 else "",
               action="failed" if delay is None else "delayed", vendor="postfix")


# ------------------------------------------------------------------ Exim

EXIM_FAIL = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

{blocks}

------ This is a copy of the message, including all the headers. ------

{orig}
Dear colleague,

please find the figures for the quarter attached as agreed.

Regards
"""

EXIM_DELAY = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {host}.

The message identifier is:     {msgid}
The subject of the message is: {subj}
The date of the message is:    {odate}

The address to which the message has not yet been delivered is:

{blocks}

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""


def exim(name, host, sender, rows, subject_o, date, delay=False, tz="+0000"):
    """rows: (rcpt, block_text, reason, hard)."""
    d = D(*date, tz=tz)
    od = D(date[0] - 1, 9, 30, 11, tz)
    eid = qid(name, 6) + "-" + qid(name + "x", 6) + "-" + qid(name + "y", 2)
    blocks = "\n\n".join(f"  {r[0]}\n" + "\n".join("    " + ln for ln in r[1].split("\n")) for r in rows)
    if delay:
        body = EXIM_DELAY.format(host=host, msgid=eid, subj=subject_o, odate=od, blocks=blocks)
        subj = f"Warning: message {eid} delayed 24 hours"
        extra = []
    else:
        body = EXIM_FAIL.format(blocks=blocks, orig=oh(name, sender, [r[0] for r in rows], subject_o, od, host).rstrip("\n"))
        subj = "Mail delivery failed: returning message to sender"
        extra = [("X-Failed-Recipients", ", ".join(r[0] for r in rows))]
    text = plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subj,
                      date=d, host=host, hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Exim 4.97", eid, d)]),
                      text=body, extra=extra)
    write(OUT, name, text)
    for r in rows:
        expect(name, r[0], r[2], hard=r[3], status=r[4] if len(r) > 4 else "", action="delayed" if delay else "failed", vendor="exim")


# ------------------------------------------------------------------ Sendmail

def sendmail(name, host, sender, rows, transcript, subject_o, date, delay=False, tz="-0500", head=None):
    """rows: (rcpt, status, diag, remote, reason, hard, reason_line)."""
    d = D(*date, tz=tz)
    od = D(date[0] - (5 if head == "5days" else 0), 7, 2, 40, tz)
    if delay:
        intro = f"""This is a MIME-encapsulated message

The original message was received at {od}
from [192.0.2.61]

   *****     ** **  WARNING MESSAGE ONLY -- NO ACTION NECESSARY  ** **     *****

   ----- Transcript of session follows -----
"""
        subj = "Warning: could not send message for past 4 hours"
        text = intro + transcript + "\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"
    else:
        lines = "\n".join(f"<{r[0]}>\n    (reason: {r[6]})" for r in rows)
        text = f"""This is a MIME-encapsulated message

The original message was received at {od}
from [192.0.2.61]

   ----- The following addresses had permanent fatal errors -----
{lines}

   ----- Transcript of session follows -----
{transcript}"""
        subj = "Returned mail: see transcript for details"
        if head == "5days":
            subj = "Returned mail: Cannot send message for 5 days"
    recips = []
    for r in rows:
        rec = {"final": r[0], "status": r[1], "action": "delayed" if delay else "failed", "diag": r[2]}
        if r[3]:
            rec["remote"] = r[3]
        recips.append(rec)
    msg = dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender, subject=subj, date=d,
                   host=host, hops="Return-Path: <>\n" + hop(name, host, "8.18.1/8.18.1", d), text=text,
                   recips=recips, arrival=od, reporting=host,
                   orig=oh(name, sender, [r[0] for r in rows], subject_o, od, host))
    write(OUT, name, msg)
    for r in rows:
        expect(name, r[0], r[4], hard=r[5], status=r[1], action="delayed" if delay else "failed", vendor="sendmail")


# ------------------------------------------------------------------ Exchange / Exchange Online

def exch(name, gen, sender, rows, subject_o, date, online=False, tz="+0000", delay=False, intro=None):
    """rows: (rcpt, status, user_text, remote_line, reason, hard)."""
    d = D(*date, tz=tz)
    od = D(date[0], 6, 40, 5, tz)
    if delay:
        top = "Delivery is delayed to these recipients or groups:\n\n" + "\n\n".join(r[0] for r in rows)
        top += "\n\nSubject: " + subject_o + "\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time."
        subj = "Delivery delayed:" + subject_o
    else:
        top = intro or "Delivery has failed to these recipients or groups:"
        top += "\n\n" + "\n\n".join(f"{r[0]}\n{r[2]}" for r in rows)
        subj = "Undeliverable: " + subject_o
    diag = "\n\nDiagnostic information for administrators:\n\nGenerating server: " + gen + "\n\n"
    diag += "\n\n".join(f"{r[0]}\n{r[3]}" for r in rows)
    diag += "\n\nOriginal message headers:\n\n" + oh(name, sender, [r[0] for r in rows], subject_o, od, gen.split(".", 1)[1])
    recips = [{"final": r[0], "status": r[1], "action": "delayed" if delay else "failed",
               "diag": r[3].split("'")[1] if "'" in r[3] else r[3]} for r in rows]
    frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + sender.split("@")[1] + ">" if online \
        else "postmaster@" + sender.split("@")[1]
    msg = dsn_mail(name, frm=frm, to=sender, subject=subj, date=d, host=gen,
                   hops=received([(gen, "10.20.30.40" if not online else "2603:10a6:20b:3c4::12", gen, "Microsoft SMTP Server (version=TLS1_2)", "15.20.8100.12", d)]),
                   text=top + diag, recips=recips, arrival=od, reporting=gen, returned=None, orig="",
                   extra=[("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    write(OUT, name, msg)
    for r in rows:
        expect(name, r[0], r[4], hard=r[5], status=r[1], action="delayed" if delay else "failed",
               vendor="exchangeonline" if online else "exchange")


def plain(name, host, frm, to, subject, date, text, rcpt_rows, charset="us-ascii", cte=None, extra=(), action="failed", vendor="", tz="+0000"):
    d = D(*date, tz=tz)
    msg = plain_mail(name, frm=frm, to=to, subject=subject, date=d, host=host,
                     hops=hop(name, host, "Postfix", d), text=text, charset=charset, cte=cte, extra=extra)
    write(OUT, name, msg)
    for r in rcpt_rows:
        expect(name, r[0], r[1], hard=r[2] if len(r) > 2 else False, status=r[3] if len(r) > 3 else "", action=action, vendor=vendor)


# =================================================================== bounces
# ---- sending quotas and limits of the sender's own side (ratelimited)

pf("b62-pf-policyd-sender-quota-delay.eml", "mx-out.ridgeway-surveys.example", "fieldteam@ridgeway-surveys.example",
   [("panel.contact@harlow-research.example", "4.7.1",
     "host 127.0.0.1[127.0.0.1] said: 452 4.7.1 <fieldteam@ridgeway-surveys.example>:\n    Sender quota used up: 1500 of 1500 recipients in the last 24h for this\n    account, wait before sending more (in reply to RCPT TO command)",
     "smtp; 452 4.7.1 <fieldteam@ridgeway-surveys.example>: Sender quota used up: 1500 of 1500 recipients in the last 24h for this account, wait before sending more",
     "127.0.0.1", "ratelimited", False, "452")],
   "Survey wave 3 invitation", (4, 11, 2), delay=(4, 5))

exch("b62-exo-refusequota-outbound-spam-exception.eml", "AM9PR07MB8821.eurprd07.prod.outlook.com", "c.benedetti@loggia-ceramics.example",
     [("orders@terracotta-imports.example", "5.2.0",
       "Your message couldn't be delivered because you've gone over your sending quota for today. Wait 24 hours and try again.",
       "Remote server returned '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade. OutboundSpamException: WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.[EndDiagnosticData]'",
       "ratelimited", False)],
     "Reorder 44-B tiles", (5, 14, 9), online=True,
     intro="Your message to orders@terracotta-imports.example couldn't be delivered.\n\nYou've reached the limit on how many messages you can send in a day.")

exim("b62-exim-cpanel-max-emails-per-hour-discarded.eml", "server47.cloudpanel-host.example", "newsletter@fernhill-bakery.example",
     [("margot.lindqvist@brightmail.example",
       "Domain fernhill-bakery.example has exceeded the max emails per hour (300/300 (100%))\nallowed.  Message discarded.", "ratelimited", False)],
     "Christmas orders open", (6, 18, 40))

plain("b62-gws-smtp-relay-daily-limit-customer.eml", "mail-sor-f69.google.com",
      "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "scanner@copperleaf-legal.example",
      "Delivery Status Notification (Failure)", (9, 10, 4), """** Message not delivered **

Your message couldn't be delivered to paralegal.desk@osgood-chambers.example because
the SMTP relay service for your organization has reached its limit for the day.
Your administrator can see the limits in the Admin console.

The response was:

550 5.4.5 Daily SMTP relay limit exceeded for customer. For more information on
SMTP relay sending limits please contact your administrator or visit
https://support.google.com/a/answer/166852 5a1-20020a05600c3a8100b0041fd2e4f1asm1203991wmq.2 - gsmtp
""", [("paralegal.desk@osgood-chambers.example", "ratelimited", False, "5.4.5")], vendor="google")

pf("b62-pf-smarthost-too-much-mail-from-ip.eml", "gw.tidewater-clinic.example", "reminders@tidewater-clinic.example",
   [("j.okonkwo@peninsula-mail.example", "4.7.1",
     "host smtp.isp-relay.example[198.51.100.25] said: 450 4.7.1 Error: too much\n    mail from 203.0.113.48, slow down and try again later (in reply to MAIL FROM\n    command)",
     "smtp; 450 4.7.1 Error: too much mail from 203.0.113.48, slow down and try again later",
     "smtp.isp-relay.example", "ratelimited", False, "450")],
   "Appointment reminder for 12 November", (10, 7, 5), delay=(3, 4))

exch("b62-exch2019-recipient-limit-5.5.3.eml", "EXCH02.hollins-freight.example", "all-staff-announcer@hollins-freight.example",
     [("depot.north@hollins-freight-partners.example", "5.5.3",
       "Your message has too many recipients. Your organization allows a maximum of 500 recipients per message. Split the recipients into smaller groups and send the message again.",
       "Remote Server returned '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients'", "ratelimited", False)],
     "Winter timetable", (11, 9, 12), tz="+0000")

plain("b62-coremail-daily-send-count-gbk.eml", "mail.jinhua-valve.example",
      enc_header("系统管理员", "gbk") + " <postmaster@jinhua-valve.example>", "sales3@jinhua-valve.example",
      enc_header("退信通知：今日发信数量已达上限", "gbk"), (12, 11, 20), """您好，

您于 2026-11-12 11:18 发送的邮件《报价单 JV-2211》未能发出。

收件人：purchasing@delta-pumps.example
原因：您的账号今日外发邮件数量已达到系统设定的上限（每日 800 封），
系统已暂停您的外发，请于明日再试，或联系管理员调整发信限额。

此邮件由系统自动发出，请勿直接回复。
""", [("purchasing@delta-pumps.example", "ratelimited", False)], charset="gbk", cte="base64", vendor="coremail", tz="+0800")

# ---- the own relay's size limit (emailtoolarge)

pf("b62-pf-smarthost-size-limit-of-server.eml", "mta1.brackenridge-arch.example", "studio@brackenridge-arch.example",
   [("tender@cityworks-procurement.example", "5.3.4",
     "message size 41873920 exceeds size limit 26214400 of server\n    relay.isp-upstream.example[198.51.100.7]",
     "", "relay.isp-upstream.example", "emailtoolarge", False)],
   "Tender submission drawings rev C", (12, 15, 1))

exch("b62-exch2016-sender-send-size-limit.eml", "MBX01.corbett-vineyards.example", "winemaker@corbett-vineyards.example",
     [("buyer@cellar-direct.example", "5.2.3",
       "Your message is too big to send. Your mailbox is allowed to send messages up to 10 MB. Try sending the attachments as a link or in several smaller messages.",
       "Remote Server returned '550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender'", "emailtoolarge", False)],
     "Vintage 2026 photos", (13, 16, 22))

exim("b62-exim-own-relay-message-too-big.eml", "out.pellworth-media.example", "video@pellworth-media.example",
     [("editor@northline-press.example",
       "message is larger than the size limit of this relay (52428800 bytes):\nmessage too big: read=73115204 max=52428800", "emailtoolarge", False)],
     "Raw interview footage", (14, 12, 3))

# ---- TLS required and failed (failedstarttls)

pf("b62-pf-tls-encrypt-not-offered-delay.eml", "relay.marlow-pensions.example", "statements@marlow-pensions.example",
   [("member.services@kinross-trustees.example", "4.7.4",
     "TLS is required, but was not offered by host\n    mx1.kinross-trustees.example[203.0.113.81]",
     "", "mx1.kinross-trustees.example", "failedstarttls", False)],
   "Annual statement 2026", (15, 8, 44), delay=(4, 5))

pf("b62-pf-tls-cert-untrusted-delay.eml", "smtp-out.harrowgate-bank.example", "secure@harrowgate-bank.example",
   [("compliance@ashby-brokers.example", "4.7.5",
     "Server certificate not trusted (host mail.ashby-brokers.example\n    [203.0.113.140]: certificate verification failed for mail.ashby-brokers.example:\n    self-signed certificate)",
     "", "mail.ashby-brokers.example", "failedstarttls", False)],
   "Quarterly reconciliation", (16, 10, 10), delay=(4, 5))

exim("b62-exim-tls-required-no-starttls-advertised.eml", "mx-out.pembury-health.example", "referrals@pembury-health.example",
     [("clinic.admin@orchard-dental.example",
       "host mail.orchard-dental.example [203.0.113.66]\nTLS session required for this domain, but host did not advertise STARTTLS", "failedstarttls", False)],
     "Patient referral 7781", (16, 14, 55))

sendmail("b62-sendmail-starttls-handshake-deferred.eml", "mail.brook-lane-hoa.example", "board@brook-lane-hoa.example",
         [("treasurer@fairmead-accounts.example", "4.7.0", "smtp; 403 4.7.0 TLS handshake failed.", "mx.fairmead-accounts.example", "failedstarttls", False, "")],
         """<treasurer@fairmead-accounts.example>... Deferred: 403 4.7.0 TLS handshake failed.
""", "Dues ledger November", (17, 11, 30), delay=True)

exch("b62-exch2016-tls-negotiation-unknowncredentials-delay.eml", "EDGE01.salter-marine.example", "chartering@salter-marine.example",
     [("ops@baltic-shipbrokers.example", "4.4.317", "",
       "Remote Server returned '451 4.4.317 Cannot connect to remote server [Message=TLS negotiation failed with error UnknownCredentials LastAttemptedServerName=mx.baltic-shipbrokers.example LastAttemptedIP=203.0.113.200:25]'",
       "failedstarttls", False)],
     "Fixture recap MV Solent Star", (17, 13, 2), delay=True)

# ---- DNS lookups failing (networkerror / hostunknown)

pf("b62-pf-dns-mx-lookup-try-again-delay.eml", "mail.quayside-dental.example", "frontdesk@quayside-dental.example",
   [("lab@smile-ceramics.example", "4.4.3",
     "Host or domain name not found. Name service error for\n    name=smile-ceramics.example type=MX: Host not found, try again",
     "", "", "networkerror", False)],
   "Crown order 2291", (18, 9, 15), delay=(4, 5))

exim("b62-exim-host-lookup-did-not-complete-delay.eml", "relay.ostermann-holz.example", "einkauf@ostermann-holz.example",
     [("vertrieb@saegewerk-lindner.example",
       "Delay reason: host lookup did not complete\nR=dnslookup defer (-1): host lookup did not complete", "networkerror", False)],
     "Angebot Fichte KVH", (18, 7, 40), delay=True, tz="+0100")

exch("b62-exch2019-smtpsend-dns-nonexistent-domain.eml", "EX19-01.carrow-engineering.example", "drawings@carrow-engineering.example",
     [("site.manager@holbeck-construct.example", "5.4.4",
       "The domain holbeck-construct.example couldn't be found. Check the spelling of the address and try again.",
       "Remote Server returned '550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'", "hostunknown", True)],
     "Steelwork GA drawings", (19, 10, 3))

exch("b62-exo-5.4.312-dns-query-failed.eml", "DB8PR02MB5540.eurprd02.prod.outlook.com", "hr@lindqvist-logistik.example",
     [("recruiting@nordkap-bemanning.example", "5.4.312",
       "Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain couldn't be reached because of a DNS failure.",
       "Remote server returned '550 5.4.312 DNS query failed. The error was: DNS query failed with error: ServerFailure'",
       "networkerror", False)],
     "Candidate shortlist", (19, 15, 20), online=True)

sendmail("b62-sendmail-name-server-timeout-five-days.eml", "mx.greyfriars-press.example", "rights@greyfriars-press.example",
         [("permissions@atlas-illustration.example", "4.4.7", "smtp; 451 4.4.3 Name server: atlas-illustration.example.: host name lookup failure",
           "", "expired", False, "Name server timeout")],
         """... while talking to atlas-illustration.example.:
<permissions@atlas-illustration.example>... Deferred: Name server: atlas-illustration.example.: host name lookup failure
Message could not be delivered for 5 days
Message will be deleted from queue
""", "Image licence request", (20, 6, 2), head="5days")

# ---- MX loops, hop counts (networkerror)

pf("b62-pf-mail-for-domain-loops-back.eml", "mx2.hartwell-college.example", "registry@hartwell-college.example",
   [("admissions@alumni.hartwell-college.example", "5.4.6",
     "mail for alumni.hartwell-college.example loops back to myself", "", "", "networkerror", False)],
   "Reunion dinner seating", (20, 12, 30))

sendmail("b62-sendmail-config-error-loops-back-mx.eml", "smtp.fenwick-optics.example", "service@fenwick-optics.example",
         [("returns@lensworks-retail.example", "5.3.5", "smtp; 553 5.3.5 mail.lensworks-retail.example. config error: mail loops back to me (MX problem?)",
           "", "networkerror", False, "553 5.3.5 mail.lensworks-retail.example. config error: mail loops back to me (MX problem?)")],
         """... while talking to mail.lensworks-retail.example.:
553 5.3.5 mail.lensworks-retail.example. config error: mail loops back to me (MX problem?)
554 5.3.5 <returns@lensworks-retail.example>... Local configuration error
""", "RMA 50231", (21, 8, 8))

exim("b62-exim-lowest-mx-points-to-local-host.eml", "mail.ravensworth-it.example", "support@ravensworth-it.example",
     [("helpdesk@ravensworth-clients.example",
       "R=dnslookup: lowest numbered MX record points to local host", "networkerror", False)],
     "Ticket #44812 update", (21, 16, 45))

plain("b62-mdaemon-maximum-hop-count.eml", "mail.whitby-veterinary.example",
      "MDaemon@mail.whitby-veterinary.example", "reception@whitby-veterinary.example",
      "Permanent Delivery Failure", (22, 9, 50), """The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.  IT WAS NOT DELIVERED.

Recipient: vaccination-reminders@whitby-veterinary-farms.example

Reason:    the message passed through too many mail servers: it was seen
           31 times (maximum allowed: 30).  The message is circling between
           two hosts that forward it to each other; a mail loop is likely.

--- Session Transcript ---
 (no SMTP session: the message was stopped by the local hop-count check)
--- End Transcript ---
""", [("vaccination-reminders@whitby-veterinary-farms.example", "networkerror")], vendor="mdaemon")

exch("b62-exo-5.4.14-hop-count-exceeded.eml", "PA4PR10MB5811.EURPRD10.PROD.OUTLOOK.COM", "facilities@brenner-kliniken.example",
     [("haustechnik@brenner-service.example", "5.4.14",
       "The message couldn't be delivered because it passed through too many servers; a mail loop is likely between your organization and the recipient's.",
       "Remote server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [PA4PR10MB5811.EURPRD10.PROD.OUTLOOK.COM 2026-11-22T10:15:09.114Z 08DCF9A1C23B5E77]'",
       "networkerror", False)],
     "Wartung Aufzug Haus C", (22, 10, 15), online=True)

# ---- local delivery to programs (mailererror)

pf("b62-pf-procmail-exit-75-delay.eml", "mail.sorrel-housing.example", "lettings@sorrel-housing.example",
   [("repairs@sorrel-housing.example", "4.3.0",
     "temporary failure. Command output: procmail: Error while writing to\n    \"/var/spool/mail/repairs\" procmail: Lock failure on\n    \"/var/spool/mail/repairs.lock\"",
     "x-unix; procmail: Error while writing to \"/var/spool/mail/repairs\"", "", "mailererror", False)],
   "Boiler fault flat 12", (23, 8, 0), delay=(4, 5))

pf("b62-pf-pipe-maildrop-exit-67.eml", "mx.kettleby-software.example", "ci@kettleby-software.example",
   [("builds@kettleby-software.example", "5.3.0",
     "Command died with status 67: \"/usr/bin/maildrop\". Command output:\n    maildrop: error writing to mailbox.",
     "x-unix; maildrop: error writing to mailbox.", "", "mailererror", False)],
   "Nightly build 2026-11-23 failed", (23, 2, 30))

sendmail("b62-sendmail-prog-unknown-mailer-error-2.eml", "mailhub.tamworth-council.example", "noreply@tamworth-council.example",
         [("casework@tamworth-council.example", "5.3.0", "x-unix; unknown mailer error 2", "", "mailererror", False, "unknown mailer error 2")],
         """... while talking to local mailer:
"|/opt/casework/bin/ingest-mail --queue planning"... Executing: /opt/casework/bin/ingest-mail --queue planning
ingest-mail: cannot connect to database casework_prod
554 5.3.0 "|/opt/casework/bin/ingest-mail --queue planning"... unknown mailer error 2
""", "Planning application 26/0412 comment", (24, 9, 11), tz="+0000")

exim("b62-exim-pipe-returned-75-delay.eml", "mx.blackwater-analytics.example", "alerts@blackwater-analytics.example",
     [("tickets@blackwater-analytics.example",
       "Delay reason: Child process of address_pipe transport returned 75 (could mean\ntemporary error) from command: /usr/local/bin/helpdesk-import", "mailererror", False)],
     "Disk alert on db-07", (24, 13, 45), delay=True)

plain("b62-qmail-program-exit-permanent-autoresponder.eml", "mail.lorimer-tours.example",
      "MAILER-DAEMON@mail.lorimer-tours.example", "bookings@lorimer-tours.example",
      "failure notice", (25, 7, 14), """Hi. This is the qmail-send program at mail.lorimer-tours.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<enquiries@lorimer-tours.example>:
/usr/local/bin/autorespond: fatal: unable to write the reply log /home/vpopmail/domains/lorimer-tours.example/enquiries/.autorespond.log
the program exited with status 100 (permanent failure)

--- Below this line is a copy of the message.

Return-Path: <bookings@lorimer-tours.example>
Received: (qmail 21144 invoked by uid 89); 25 Nov 2026 07:14:02 -0000
Date: Wed, 25 Nov 2026 07:13:55 +0000
From: bookings@lorimer-tours.example
To: enquiries@lorimer-tours.example
Subject: Fwd: Highlands 5-day tour availability

Forwarded enquiry attached.
""", [("enquiries@lorimer-tours.example", "mailererror")], extra=(), vendor="qmail")

# ---- disks full on the relay (systemfull)

pf("b62-pf-local-mailbox-no-space-left-delay.eml", "mail.penhale-farms.example", "accounts@penhale-farms.example",
   [("office@penhale-farms.example", "4.3.0",
     "cannot update mailbox /var/mail/office for user office. error\n    writing message: No space left on device",
     "x-unix; cannot update mailbox /var/mail/office for user office. error writing message: No space left on device",
     "", "systemfull", False)],
   "Milk cheque November", (25, 12, 0), delay=(4, 5))

exim("b62-exim-smarthost-space-shortage-delay.eml", "web01.harbourview-hotel.example", "reservations@harbourview-hotel.example",
     [("guest.k.tanaka@sakura-mail.example",
       "Delay reason: SMTP error from remote mail server after MAIL FROM:<reservations@harbourview-hotel.example> SIZE=48211:\n452 Space shortage, please try later", "systemfull", False)],
     "Your booking HV-88120", (26, 6, 10), delay=True)

exch("b62-exch2016-backpressure-diskspace-delay.eml", "MAIL02.whitcombe-law.example", "conveyancing@whitcombe-law.example",
     [("completions@fairway-solicitors.example", "4.3.1", "",
       "Remote Server returned '452 4.3.1 Insufficient system resources (UsedDiskSpace[C:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue])'",
       "systemfull", False)],
     "Completion statement 14 Elm Rise", (26, 11, 31), delay=True)

sendmail("b62-sendmail-own-queue-disk-full-delay.eml", "relay.corven-opticians.example", "recall@corven-opticians.example",
         [("patient.4471@homenet-mail.example", "4.3.1", "smtp; 452 4.3.1 Insufficient disk space; try again later", "", "systemfull", False, "")],
         """<patient.4471@homenet-mail.example>... Deferred: 452 4.3.1 Insufficient disk space; try again later
(the queue file system /var/spool/mqueue on relay.corven-opticians.example is full)
""", "Your eye test is due", (27, 8, 20), delay=True)

# ---- the smarthost refuses to relay / authenticate

pf("b62-pf-smarthost-relay-access-denied.eml", "fw01.ashdown-primary.example", "office@ashdown-primary.example",
   [("parents.forum@villagemail.example", "5.7.1",
     "host smtp.county-schools-net.example[198.51.100.60] said: 554 5.7.1\n    <parents.forum@villagemail.example>: Relay access denied (in reply to RCPT TO\n    command)",
     "smtp; 554 5.7.1 <parents.forum@villagemail.example>: Relay access denied",
     "smtp.county-schools-net.example", "norelaying", False, "554")],
   "Nativity play tickets", (27, 14, 12))

exch("b62-exch2016-smarthost-unable-to-relay-5.7.54.eml", "EXCH01.merriam-dairy.example", "dispatch@merriam-dairy.example",
     [("goods.in@westgate-grocers.example", "5.7.54",
       "Your message wasn't delivered because the server that sends mail on behalf of your organization isn't set up to relay to the recipient's domain.",
       "Remote Server returned '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'", "norelaying", False)],
     "Delivery note 7712", (28, 6, 50))

sendmail("b62-sendmail-we-do-not-relay-smarthost.eml", "pc-accounts.dunmore-joinery.example", "accounts@dunmore-joinery.example",
         [("ap@kellerman-timber.example", "5.7.1", "smtp; 550 5.7.1 <ap@kellerman-timber.example>... we do not relay <accounts@dunmore-joinery.example>",
           "mailhost.isp-office.example", "norelaying", False, "550 5.7.1 <ap@kellerman-timber.example>... we do not relay <accounts@dunmore-joinery.example>")],
         """... while talking to mailhost.isp-office.example.:
>>> RCPT To:<ap@kellerman-timber.example>
<<< 550 5.7.1 <ap@kellerman-timber.example>... we do not relay <accounts@dunmore-joinery.example>
550 5.1.1 <ap@kellerman-timber.example>... User unknown
""", "Remittance advice", (28, 10, 2))

pf("b62-pf-relayhost-smtp-auth-disabled-tenant.eml", "nas.pollard-architects.example", "scans@pollard-architects.example",
   [("planning@wessex-district.example", "5.7.139",
     "SASL authentication failed; server smtp.office365.com[52.96.40.242] said:\n    535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is\n    disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more\n    information. [LO4P123CA0456.GBRP123.PROD.OUTLOOK.COM 2026-11-28T13:40:01.442Z\n    08DD0F3A9C1B2E44]",
     "", "smtp.office365.com", "securityerror", False, "535")],
   "Scanned plans 28-11", (28, 13, 40))

pf("b62-pf-sender-login-mismatch.eml", "submit.greenacre-coop.example", "newsletter@greenacre-coop.example",
   [("members@lists.greenacre-coop.example", "5.7.1",
     "host 127.0.0.1[127.0.0.1] said: 553 5.7.1 <newsletter@greenacre-coop.example>:\n    Sender address rejected: not owned by user volunteer3 (in reply to MAIL FROM\n    command)",
     "smtp; 553 5.7.1 <newsletter@greenacre-coop.example>: Sender address rejected: not owned by user volunteer3",
     "127.0.0.1", "rejected", False, "553")],
   "Co-op AGM agenda", (29, 9, 5))

# ---- queues that gave up (expired)

pf("b62-pf-queue-lifetime-3d-connect-timeout.eml", "mx-out.tolland-insurance.example", "claims@tolland-insurance.example",
   [("assessor@maple-loss-adjusters.example", "4.4.1",
     "delivery temporarily suspended: connect to\n    mx.maple-loss-adjusters.example[203.0.113.33]:25: Connection timed out",
     "", "mx.maple-loss-adjusters.example", "expired", False)],
   "Claim TL-55812 photos", (29, 3, 0))

exim("b62-exim-retry-time-not-reached-long-failure.eml", "smtp.alderley-trust.example", "grants@alderley-trust.example",
     [("director@riverside-youth-project.example",
       "retry time not reached for any host for 'riverside-youth-project.example' after a long failure period", "expired", False)],
     "Grant decision letter", (30, 10, 0))

exch("b62-exo-5.4.300-expired-socketerror.eml", "VI1PR06MB7001.eurprd06.prod.outlook.com", "export@valdemar-furniture.example",
     [("purchasing@casa-mobili.example", "5.4.300",
       "The message couldn't be delivered in the time allowed. The recipient's email server didn't accept it for 2 days.",
       "Remote server returned '550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.'",
       "expired", False)],
     "Container 2 packing list", (30, 16, 18), online=True)

plain("b62-domino-delivery-time-expired.eml", "notes-gw.ellery-mills.example",
      "Mail Router <mailrouter@ellery-mills.example>", "Gareth Pryce <g.pryce@ellery-mills.example>",
      "DELIVERY FAILURE: Delivery time expired", (30, 18, 2), """Your message

  Subject: Yarn shade cards for spring

was not delivered to:

  design@loomhouse-textiles.example

because:

  Delivery time expired. The router could not reach the next hop for
  loomhouse-textiles.example within the configured delivery time (72 hours).

What should you do?
  * Check the address and try again later.
""", [("design@loomhouse-textiles.example", "expired")], vendor="domino")

# ---- the content filter on the way out

pf("b62-pf-amavis-outbound-spam-reject.eml", "mx-out.slingsby-travel.example", "deals@slingsby-travel.example",
   [("customer.7712@inboxplanet.example", "5.7.0",
     "host 127.0.0.1[127.0.0.1] said: 554 5.7.0 Reject, id=28114-07 - spam\n    (in reply to end of DATA command)",
     "smtp; 554 5.7.0 Reject, id=28114-07 - spam", "127.0.0.1", "spamdetected", False, "554")],
   "LAST CHANCE!!! 90% OFF cruises", (31, 11, 10))

exch("b62-exo-5.7.520-external-forwarding-disabled.eml", "LO2P265MB4470.GBRP265.PROD.OUTLOOK.COM", "k.osei@winthrop-advisory.example",
     [("kwame.osei.home@personalmail.example", "5.7.520",
       "Your message couldn't be delivered because your organization doesn't allow messages to be forwarded automatically to people outside the organization.",
       "Remote server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'",
       "policyviolation", False)],
     "FW: Board pack December", (31, 15, 0), online=True)

exch("b62-exo-dlp-transport-rule-card-numbers.eml", "AS8PR04MB9012.eurprd04.prod.outlook.com", "billing@caledon-energy.example",
     [("refunds@metro-payments.example", "5.7.1",
       "Your message wasn't delivered because it contains sensitive information (credit card numbers) that your organization's data loss prevention policy doesn't allow to be sent outside the organization.",
       "Remote server returned '550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
       "policyviolation", False)],
     "Refund list November", (32, 9, 40), online=True)

plain("b62-proofpoint-dlp-held-for-review.eml", "ppe-out.castell-pharma.example",
      "Proofpoint DLP <dlp-notify@castell-pharma.example>", "r.hughes@castell-pharma.example",
      "Your message is being held for review", (32, 14, 22), """Your message has been held for review by the Compliance team.

From:     r.hughes@castell-pharma.example
To:       trials@ardent-cro.example
Subject:  Patient listing site 04
Sent:     02 Dec 2026 14:21

Reason:   The message matched the outbound policy "Patient health information
          (PHI)". It will not be delivered unless a reviewer releases it.

You will be notified when the review is complete. Do not resend the message.

Castell Pharma Information Security
""", [("trials@ardent-cro.example", "onhold")], action="delayed", vendor="proofpoint")

plain("b62-sophos-outbound-virus-not-delivered.eml", "xg.halden-school.example",
      "Sophos Email Appliance <postmaster@halden-school.example>", "bursar@halden-school.example",
      "Message not delivered: virus found", (33, 8, 31), """The message you sent could not be delivered.

Your message to:  uniforms@schoolwear-direct.example
Subject:          Order form

contained a virus and was stopped by the outgoing mail filter of
halden-school.example.

    Virus name:  Troj/DocDl-AQKX
    Attachment:  order_form.docm

The message has been deleted. Please scan your computer and contact the
IT office (ext. 214) before sending the file again.
""", [("uniforms@schoolwear-direct.example", "virusdetected")], vendor="sophos")

plain("b62-aliyun-outbound-antispam-intercepted-gb18030.eml", "smtp.qiye.aliyun.com",
      enc_header("系统退信", "gb18030") + " <postmaster@mingtai-trading.example>", "export1@mingtai-trading.example",
      enc_header("系统退信：外发邮件被拦截", "gb18030"), (3, 10, 5), """您好：

您发送给 buyer@harbor-imports.example 的邮件《FOB 报价更新》未能投递。

原因：该邮件被本企业邮箱的外发反垃圾系统判定为垃圾邮件，已被拦截，
未发送到对方服务器。

如您确认邮件内容正常，请联系企业管理员在后台申请解封或调整外发策略。

阿里企业邮箱
""", [("buyer@harbor-imports.example", "spamdetected")], charset="gb18030", cte="base64", vendor="aliyun", tz="+0800")

plain("b62-mimecast-outbound-attachment-policy.eml", "eu-smtp-delivery-1.mimecast.com",
      "Mimecast Postmaster <postmaster@mimecast.com>", "it.support@barnaby-foods.example",
      "Message blocked: attachment policy", (34, 16, 0), """Your message could not be sent.

Recipient:  installer@rapidpatch-tools.example
Subject:    Setup for label printer

Our organization's outbound attachment policy does not allow executable
files to be sent outside the company. The attachment "LabelSetup.exe"
(application/x-msdownload) is a blocked file type.

550 Message blocked by content policy: attachment type not permitted (outbound)
""", [("installer@rapidpatch-tools.example", "policyviolation")], vendor="mimecast")

# ---- the own relay's configuration errors

pf("b62-pf-mail-system-configuration-error.eml", "mail.tregarthen-estates.example", "lettings@tregarthen-estates.example",
   [("viewings@tregarthen-estates.example", "5.3.0", "mail system configuration error", "", "", "systemerror", False)],
   "Viewing request 3 Rose Cottages", (34, 9, 9))

pf("b62-pf-unknown-mail-transport-error-delay.eml", "relay.kingsmere-audit.example", "audit@kingsmere-audit.example",
   [("cfo@westbrook-holdings.example", "4.3.0",
     "delivery temporarily suspended: unknown mail transport error", "", "", "systemerror", False)],
   "Management letter draft", (35, 12, 45), delay=(4, 5))

# ---- ordinary remote refusals mixed in

pf("b62-pf-three-rcpts-unknown-full-loop.eml", "smtp.pennant-sailing.example", "secretary@pennant-sailing.example",
   [("race.officer@solent-clubs.example", "5.1.1",
     "host mx.solent-clubs.example[203.0.113.21] said: 550 5.1.1\n    <race.officer@solent-clubs.example>: Recipient address rejected: User unknown\n    in virtual mailbox table (in reply to RCPT TO command)",
     "smtp; 550 5.1.1 <race.officer@solent-clubs.example>: Recipient address rejected: User unknown in virtual mailbox table",
     "mx.solent-clubs.example", "userunknown", True, "550"),
    ("bosun@harbourmail.example", "5.2.2",
     "host mx1.harbourmail.example[203.0.113.90] said: 552 5.2.2 Mailbox full\n    (in reply to RCPT TO command)",
     "smtp; 552 5.2.2 Mailbox full", "mx1.harbourmail.example", "mailboxfull", False, "552"),
    ("results@pennant-sailing.example", "5.4.6",
     "mail for pennant-sailing.example loops back to myself", "", "", "networkerror", False)],
   "Winter series results", (36, 18, 0))

exim("b62-exim-two-tls-and-unrouteable.eml", "mx-out.calder-pharmacy.example", "dispensary@calder-pharmacy.example",
     [("gp.surgery@hollyfield-health.example",
       "host mail.hollyfield-health.example [203.0.113.18]\nTLS session required for this domain, but host did not advertise STARTTLS", "failedstarttls", False),
      ("care.home@brackley-gardnes.example",
       "Unrouteable address\nR=dnslookup: domain brackley-gardnes.example does not exist", "hostunknown", True)],
     "Repeat prescriptions week 49", (36, 10, 30))

sendmail("b62-sendmail-remote-spamhaus-blocked.eml", "mx.ferrybridge-dental.example", "recall@ferrybridge-dental.example",
         [("patient.mail@kingsnet.example", "5.7.1", "smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.48] blocked using zen.spamhaus.org",
           "mx.kingsnet.example", "blocked", False, "554 5.7.1 Service unavailable; Client host [203.0.113.48] blocked using zen.spamhaus.org")],
         """... while talking to mx.kingsnet.example.:
>>> RCPT To:<patient.mail@kingsnet.example>
<<< 554 5.7.1 Service unavailable; Client host [203.0.113.48] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.48
554 5.0.0 Service unavailable
""", "Your check-up reminder", (37, 9, 0))

exch("b62-exo-recipient-not-found-5.1.10.eml", "CWLP265MB1234.GBRP265.PROD.OUTLOOK.COM", "events@stourton-arts.example",
     [("j.marchetti@opera-north-friends.example", "5.1.10",
       "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
       "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.marchetti@opera-north-friends.example not found by SMTP address lookup'",
       "userunknown", True)],
     "Friends evening 12 December", (37, 12, 0), online=True)

pf("b62-pf-remote-null-mx.eml", "mail.hawthorn-recruit.example", "talent@hawthorn-recruit.example",
   [("jobs@parked-brand.example", "5.1.10",
     "Domain parked-brand.example does not accept mail (nullMX)", "", "", "notaccept", True)],
   "Contract role: data engineer", (38, 8, 8))

plain("b62-gmail-dmarc-unauthenticated-own-domain.eml", "mail-sor-f41.google.com",
      "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "invoices@burrow-printing.example",
      "Delivery Status Notification (Failure)", (38, 13, 30), """** Message blocked **

Your message wasn't delivered to a.fenwick@gmail.com because the message
failed the authentication checks of the recipient's provider.

The response from the remote server was:
550-5.7.26 Unauthenticated email from burrow-printing.example is not accepted
550-5.7.26 due to domain's DMARC policy. Please contact the administrator of
550-5.7.26 burrow-printing.example domain if this was a legitimate mail. To
550 5.7.26 learn about the DMARC initiative, visit https://support.google.com/mail/answer/2451690 a640c23a62f3a-aa5b2c1f0e1si881322966b.12 - gsmtp
""", [("a.fenwick@gmail.com", "authfailure", False, "5.7.26")], vendor="google")

exim("b62-exim-remote-account-disabled.eml", "web03.carrickfergus-hosting.example", "orders@knitwear-loft.example",
     [("m.ohare@oldmail-isp.example",
       "host mx.oldmail-isp.example [203.0.113.214]\nSMTP error from remote mail server after RCPT TO:<m.ohare@oldmail-isp.example>:\n550 5.2.1 This account has been disabled by its owner and no longer receives mail",
       "suspend", False)],
     "Your Aran jumper has shipped", (39, 16, 16))

pf("b62-pf-remote-no-ptr-for-own-relay-delay.eml", "new-relay.stanmore-archives.example", "reading.room@stanmore-archives.example",
   [("researcher@fieldwork-mail.example", "4.7.25",
     "host mx.fieldwork-mail.example[203.0.113.57] said: 450 4.7.25 Client host\n    rejected: cannot find your hostname, [198.51.100.201] (in reply to RCPT TO\n    command)",
     "smtp; 450 4.7.25 Client host rejected: cannot find your hostname, [198.51.100.201]",
     "mx.fieldwork-mail.example", "requireptr", False, "450")],
   "Document request 1887/44", (40, 9, 30), delay=(4, 5))

exch("b62-exo-5.7.708-traffic-not-accepted-ip.eml", "SN7PR12MB8033.namprd12.prod.outlook.com", "hello@sprout-newsletters.example",
     [("reader.4410@contoso-mailbox.example", "5.7.708",
       "Your message wasn't delivered because the IP address it was sent from isn't accepted by the service that handles outbound mail for your organization.",
       "Remote server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'",
       "blocked", False)],
     "Garden tips for December", (40, 14, 14), online=True)

pf("b62-pf-remote-over-message-size-of-mailbox.eml", "mx.ambrose-studio.example", "photos@ambrose-studio.example",
   [("bride.and.groom@weddingbox.example", "5.2.3",
     "host mx.weddingbox.example[203.0.113.120] said: 552 5.2.3 Message size\n    exceeds the limit for this mailbox (25 MB) (in reply to end of DATA command)",
     "smtp; 552 5.2.3 Message size exceeds the limit for this mailbox (25 MB)",
     "mx.weddingbox.example", "emailtoolarge", False, "552")],
   "Your wedding preview gallery", (41, 10, 0))

sendmail("b62-sendmail-remote-user-unknown-and-quota.eml", "mail.greyholm-college.example", "library@greyholm-college.example",
         [("r.sandoval@alumni-net.example", "5.1.1", "smtp; 550 5.1.1 <r.sandoval@alumni-net.example>... User unknown",
           "mx.alumni-net.example", "userunknown", True, "550 5.1.1 <r.sandoval@alumni-net.example>... User unknown"),
          ("t.nakagawa@alumni-net.example", "4.2.2", "smtp; 452 4.2.2 <t.nakagawa@alumni-net.example>... Mailbox over quota",
           "mx.alumni-net.example", "mailboxfull", False, "452 4.2.2 <t.nakagawa@alumni-net.example>... Mailbox over quota")],
         """... while talking to mx.alumni-net.example.:
>>> RCPT To:<r.sandoval@alumni-net.example>
<<< 550 5.1.1 <r.sandoval@alumni-net.example>... User unknown
>>> RCPT To:<t.nakagawa@alumni-net.example>
<<< 452 4.2.2 <t.nakagawa@alumni-net.example>... Mailbox over quota
""", "Overdue books reminder", (42, 8, 15))

# =================================================================== near-misses (no record)


def nb(name, host, frm, to, subject, date, text, charset="us-ascii", cte=None, auto="auto-generated", extra=(), ctype=None):
    d = D(*date)
    heads = [hop(name, host, "Postfix", d), ("Date", d), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", auto))
    body = ctype if ctype else text_part(text, charset, cte)
    write(NB, name, mail(heads, body))


nb("nb-b62-eximstats-daily-relay-report.eml", "mx-out.pellworth-media.example", "root@mx-out.pellworth-media.example",
   "postmaster@pellworth-media.example", "Exim statistics from 2026-11-29 00:00:00 to 2026-11-29 23:59:59", (30, 0, 5), """Exim statistics from 2026-11-29 00:00:00 to 2026-11-29 23:59:59

Grand total summary
-------------------
                                                                  At least one addr
    TOTAL               Volume    Messages    Addresses   Hosts   Delayed       Failed
  Received              412MB        3188                    41      12  0.4%     9  0.3%
  Delivered             505MB        3410         4021      318
  Rejects                              77                    19
  Temp Rejects                         14                     3

Deliveries by transport
-----------------------
                   Volume    Messages
  remote_smtp       497MB        3377
  local_delivery      8MB          33

Top 5 hosts by message count
----------------------------
    921  gmail-smtp-in.l.google.com
    604  mx1.harbourmail.example
    311  mail.northline-press.example
    140  mx.weddingbox.example
     88  mx.kingsnet.example

List of errors
--------------
  3 retry timeout exceeded
  2 message too big: read=73115204 max=52428800
  4 host lookup did not complete

-- eximstats, run by cron on mx-out
""")

nb("nb-b62-exchange-queue-length-alert.eml", "EXCH01.merriam-dairy.example", "SCOM Alerts <scom@merriam-dairy.example>",
   "Exchange Admins <exchange-admins@merriam-dairy.example>", "Alert: Transport queue length above threshold on EXCH01", (31, 6, 20), """Alert: Transport queue length above threshold
Severity: Warning
Source: EXCH01.merriam-dairy.example
Monitor: Exchange Transport - Aggregate Delivery Queue Length

The aggregate delivery queue on EXCH01 holds 1,284 messages (threshold 500).
Largest queue:
  Identity                       DeliveryType     Status   MessageCount  NextHopDomain
  EXCH01\\Smarthost-ISP           SmartHostConnector Retry  1,102         smtp.isp-upstream.example
  LastError: 451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available." Attempted failover to alternate host, but that did not succeed.

No messages have been returned to senders. The alert resolves itself when
the queue drops below the threshold for 15 minutes.

View in console: https://scom.merriam-dairy.example/alerts/88213
""")

nb("nb-b62-postfix-success-dsn-delivered.eml", "mail.hawthorn-recruit.example", "MAILER-DAEMON@mail.hawthorn-recruit.example (Mail Delivery System)",
   "talent@hawthorn-recruit.example", "Successful Mail Delivery Report", (38, 9, 0), "", auto="auto-replied",
   ctype=multipart("report", [
       text_part("""This is the mail system at host mail.hawthorn-recruit.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<hiring.manager@orbit-analytics.example>: delivery via
    mx.orbit-analytics.example[203.0.113.77]:25: 250 2.0.0 Ok: queued as 4ZK8q71GTvz9sWq
"""),
       part("message/delivery-status", """Reporting-MTA: dns; mail.hawthorn-recruit.example
Arrival-Date: Tue, 08 Dec 2026 08:59:51 +0000

Final-Recipient: rfc822; hiring.manager@orbit-analytics.example
Original-Recipient: rfc822;hiring.manager@orbit-analytics.example
Action: delivered
Status: 2.0.0
Remote-MTA: dns; mx.orbit-analytics.example
Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4ZK8q71GTvz9sWq
""", cte=None)], boundary("nb-b62-postfix-success-dsn-delivered.eml"), " report-type=delivery-status;"))

nb("nb-b62-outbound-relay-maintenance-window.eml", "mail.kingsmere-audit.example", "IT Service Desk <servicedesk@kingsmere-audit.example>",
   "All Staff <all-staff@kingsmere-audit.example>", "Planned maintenance: outgoing mail relay, Saturday 12 December 22:00-02:00", (38, 16, 0), """Dear colleagues,

on Saturday 12 December from 22:00 to 02:00 we will move the outgoing mail
relay (relay.kingsmere-audit.example) to new hardware and renew its TLS
certificate.

During the window:
  - mail you send is accepted by Outlook and held in the Outbox or on the
    server; it goes out automatically when the relay is back;
  - you may receive a "delivery delayed" notice for messages sent in the
    window. You do not need to resend them;
  - incoming mail is not affected.

If a message has not arrived by Monday morning, please raise a ticket.

IT Service Desk, ext. 4400
""", auto=None)

nb("nb-b62-m365-alert-sending-limit-approaching.eml", "BN8PR12MB3355.namprd12.prod.outlook.com", "Microsoft 365 <o365alerts@microsoft.com>",
   "admin@sprout-newsletters.example", "Informational-severity alert: Email sending limit approaching for a user", (39, 4, 12), """An informational-severity alert has been triggered

Alert policy:   Email sending limit approaching
Severity:       Informational
User:           hello@sprout-newsletters.example
Activity:       The user has sent 8,120 messages to external recipients in the
                last 24 hours (80% of the recipient rate limit).
Status:         Active

No message has been blocked and the user can still send. If the limit is
reached, outbound mail from this user is blocked until the 24-hour window
moves on.

View alert details: https://security.microsoft.com/viewalerts

You're receiving this message because you're a designated recipient for this
alert policy in your organization.
""")

nb("nb-b62-exiqsumm-cron-queue-summary.eml", "web01.harbourview-hotel.example", "Cron Daemon <root@web01.harbourview-hotel.example>",
   "root@web01.harbourview-hotel.example", "Cron <root@web01> exim -bp | exiqsumm", (39, 6, 0), """
Count  Volume  Oldest  Newest  Domain
-----  ------  ------  ------  ------

    3    141KB     2d      4h  sakura-mail.example
    1     12KB     6h      6h  kingsnet.example
    2     88KB     1d     40m  oldmail-isp.example
---------------------------------------------------------------
    6    241KB     2d     40m  TOTAL
""", extra=[("X-Cron-Env", "<SHELL=/bin/sh>"), ("X-Cron-Env", "<LOGNAME=root>")])

nb("nb-b62-dlp-policy-tip-delivered-with-notice.eml", "AS8PR04MB9012.eurprd04.prod.outlook.com", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@caledon-energy.example>",
   "billing@caledon-energy.example", "Notification: your message contains sensitive information", (32, 10, 2), """Your email message conflicts with a policy in your organization.

The message was delivered. No further action is required, but please check
that sending this information outside the organization is necessary.

Message details
  To:        statements@caledon-energy-trust.example
  Subject:   Customer account list December
  Policy:    UK Financial Data
  Matched:   UK bank account numbers (12 instances)

If you think this notice is wrong, you can report a false positive from the
policy tip in Outlook.
""")

nb("nb-b62-tls-certificate-expiry-warning.eml", "monitor.fenwick-optics.example", "Uptime Monitor <alerts@monitor.fenwick-optics.example>",
   "hostmaster@fenwick-optics.example", "[WARNING] TLS certificate for smtp.fenwick-optics.example:25 expires in 9 days", (33, 5, 0), """Check:      SMTP STARTTLS certificate
Host:       smtp.fenwick-optics.example:25
Subject:    CN=smtp.fenwick-optics.example
Issuer:     CN=R11, O=Let's Encrypt, C=US
Not after:  2026-12-12 07:41:09 UTC (in 9 days)

Remote servers that require TLS will refuse to accept mail from this relay
once the certificate has expired. Renew it before the date above.

This check runs every 6 hours.
""")

nb("nb-b62-helpdesk-reply-daily-sending-limit.eml", "mail.jinhua-valve.example", "IT Helpdesk <it@jinhua-valve.example>",
   "sales3@jinhua-valve.example", "Re: [Ticket 20611] Cannot send quotes", (42, 9, 35), """Hi Lin,

you did nothing wrong. Your account reached the daily limit of 800
outgoing messages yesterday afternoon, so the server stopped sending for
you until midnight. That is why you got the "daily limit" notice.

We have raised your limit to 1,500 a day for the trade-fair week. If you
send to large lists again, please use the mailing tool instead of Outlook.

Best regards
Wang Jie
IT Helpdesk

> From: sales3@jinhua-valve.example
> Sent: 12 December 2026 08:55
> Subject: Cannot send quotes
>
> Since yesterday my quotes do not go out, what is wrong?
""", auto=None, extra=[("In-Reply-To", "<20611.ticket@jinhua-valve.example>")])

nb("nb-b62-spf-relay-change-notice.eml", "mail.quayside-dental.example", "Network Admin <netadmin@quayside-dental.example>",
   "it-team@quayside-dental.example", "Change record CR-0712: new outbound relay IP and SPF update", (34, 11, 20), """Change record CR-0712 (approved)

What:  outbound mail moves from relay 203.0.113.48 to 198.51.100.201.
When:  Thursday 10 December, 07:00.
DNS:   SPF for quayside-dental.example becomes
       "v=spf1 ip4:198.51.100.201 include:spf.protection.outlook.com -all"
       and the PTR for 198.51.100.201 is set to new-relay.quayside-dental.example.

Risk: receivers that check reverse DNS may defer mail for a few hours if the
PTR record is not live yet. Roll-back: point the relayhost back to
203.0.113.48.
""", auto=None)

nb("nb-b62-quarantine-released-delivered.eml", "ppe-out.castell-pharma.example", "Proofpoint DLP <dlp-notify@castell-pharma.example>",
   "r.hughes@castell-pharma.example", "Your held message has been released", (33, 9, 12), """The message you sent was reviewed by the Compliance team and released.

From:     r.hughes@castell-pharma.example
To:       trials@ardent-cro.example
Subject:  Patient listing site 04
Decision: Released by reviewer (approved transfer under DTA-2026-17)

The message has now been delivered. No action is needed.

Castell Pharma Information Security
""")

nb("nb-b62-postfix-smtpd-errors-to-postmaster.eml", "submit.greenacre-coop.example", "MAILER-DAEMON@submit.greenacre-coop.example (Mail Delivery System)",
   "postmaster@greenacre-coop.example", "Postfix SMTP server: errors from unknown[192.0.2.150]", (29, 9, 6), """Transcript of session follows.

 Out: 220 submit.greenacre-coop.example ESMTP Postfix
 In:  EHLO [192.168.1.23]
 Out: 250-submit.greenacre-coop.example
 Out: 250-PIPELINING
 Out: 250-SIZE 26214400
 Out: 250-AUTH PLAIN LOGIN
 Out: 250 8BITMIME
 In:  AUTH PLAIN ********
 Out: 235 2.7.0 Authentication successful
 In:  MAIL FROM:<newsletter@greenacre-coop.example>
 Out: 553 5.7.1 <newsletter@greenacre-coop.example>: Sender address rejected:
     not owned by user volunteer3
 In:  QUIT
 Out: 221 2.0.0 Bye

For other details, see the local mail logfile
""", auto=None)

write_expected(os.path.join(OUT, "expected.jsonl"))
