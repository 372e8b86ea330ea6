#!/usr/bin/env python3
"""Writes testdata/unseen/batch-52: a third take on the remote-host families
of the shared corpus (Google, Microsoft, Yahoo/AOL, iCloud, Facebook, QQ,
Mimecast, MessageLabs, Cloudflare, GoDaddy, Cox, Spectrum, docomo, au,
Zoho, Yandex, Mail.ru, GMX/Web.de/IONOS, Proofpoint, Barracuda), their
replies as relayed by a sender's Postfix, Exim, Sendmail or Amazon SES;
near-miss mail in not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch52.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       orig_headers, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


N = [0]


def when(hour_shift=0):
    N[0] += 1
    k = N[0]
    return dt(2026, 11, 2 + k % 25, (7 + k) % 24, (13 * k) % 60, (29 * k) % 60), \
        dt(2026, 11, 2 + k % 25, (6 + k) % 24, (11 * k) % 60, (17 * k) % 60)


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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

STAGE = {"rcpt": "RCPT TO", "data": "end of DATA", "mail": "MAIL FROM", "conn": None}


def status_of(lines):
    import re
    m = re.search(r"\b([245]\.\d{1,3}\.\d{1,3})\b", " ".join(lines))
    return m.group(1) if m else ""


def postfix(name, c, delay=False):
    host = c["sender_host"]
    date, odate = when()
    tail = []
    recips = []
    for r in c["rcpts"]:
        joined = " ".join(r["lines"])
        st = STAGE[r.get("stage", "rcpt")]
        if st:
            tail.append(f"<{r['addr']}>: host {r['mx']}[{r['ip']}] said: {joined} (in reply to {st} command)")
        else:
            tail.append(f"<{r['addr']}>: host {r['mx']}[{r['ip']}] refused to talk to me: {joined}")
        recips.append({"final": r["addr"], "original": r["addr"], "action": "delayed" if delay else "failed",
                       "status": r.get("status") or status_of(r["lines"]) or ("4.0.0" if delay else "5.0.0"),
                       "remote": r["mx"], "diag": joined,
                       "will_retry": dt(2026, 11, 28, 9, 0, 0) if delay else None})
    head = (POSTFIX_DELAY if delay else POSTFIX_HEAD).format(host=host)
    sender = c["sender"]
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=date, host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date),
                    text=head + "\n\n".join(tail) + "\n", recips=recips, arrival=odate,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in c["rcpts"]), c["subject"], odate,
                                      mid(name + "o", sender.split("@")[1])))


def exim(name, c, delay=False):
    host = c["sender_host"]
    date, odate = when()
    sender = c["sender"]
    blocks = []
    for r in c["rcpts"]:
        st = STAGE[r.get("stage", "rcpt")]
        stage = {"RCPT TO": f"after RCPT TO:<{r['addr']}>", "end of DATA": "after end of data",
                 "MAIL FROM": f"after MAIL FROM:<{sender}>", None: "after initial connection"}[st]
        body = "\n    ".join(r["lines"])
        blocks.append(f"  {r['addr']}\n    host {r['mx']} [{r['ip']}]\n    SMTP error from remote mail server {stage}:\n    {body}")
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n"
                "The message identifier is:     " + qid(name, 6) + "-" + qid(name + "x", 6) + "-XY\n"
                "The subject of the message is: " + c["subject"] + "\n"
                "The date of the message is:    " + odate + "\n\n"
                "The address to which the message has not yet been delivered is:\n\n" + "\n\n".join(blocks) + "\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subj = "Warning: message " + qid(name, 6) + "-" + qid(name + "x", 6) + "-XY delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                + "\n\n".join(blocks) + "\n\n"
                "------ This is a copy of the message's headers. ------\n\n"
                + orig_headers(sender, ", ".join(r["addr"] for r in c["rcpts"]), c["subject"], odate,
                               mid(name + "o", sender.split("@")[1])))
        subj = "Mail delivery failed: returning message to sender"
    eid = qid(name, 6) + "-" + qid(name + "e", 6) + "-Q2"
    heads = ["Return-path: <>", f"Received: from Debian-exim by {host} with local (Exim 4.97)\n\tid {eid}\n\tfor {sender};\n\t{date}",
             ("Date", date), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", subj), ("Message-ID", f"<E{eid}@{host}>")]
    if not delay:
        heads.append(("X-Failed-Recipients", ", ".join(r["addr"] for r in c["rcpts"])))
    heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text))


def sendmail(name, c, delay=False):
    host = c["sender_host"]
    date, odate = when()
    sender = c["sender"]
    addrs = "\n".join(f"<{r['addr']}>" for r in c["rcpts"])
    trans = []
    recips = []
    for r in c["rcpts"]:
        st = r.get("stage", "rcpt")
        lines = [f"... while talking to {r['mx']}.:"]
        if st == "data":
            lines += [">>> DATA", "<<< 354 Go ahead", ">>> ."]
        elif st == "conn":
            pass
        elif st == "mail":
            lines += [f">>> MAIL From:<{sender}> SIZE=48213"]
        else:
            lines += [f">>> RCPT To:<{r['addr']}>"]
        lines += ["<<< " + l for l in r["lines"]]
        if delay:
            lines.append(f"<{r['addr']}>... Deferred: {r['lines'][-1]}")
        trans.append("\n".join(lines))
        recips.append({"final": r["addr"], "original": r["addr"], "action": "delayed" if delay else "failed",
                       "status": r.get("status") or status_of(r["lines"]) or ("4.0.0" if delay else "5.0.0"),
                       "remote": r["mx"], "diag": " ".join(r["lines"])})
    if delay:
        text = (f"**********************************************\n"
                f"**      THIS IS A WARNING MESSAGE ONLY      **\n"
                f"**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                f"**********************************************\n\n"
                f"The original message was received at {odate}\nfrom localhost [127.0.0.1]\n\n"
                f"   ----- Transcript of session follows -----\n" + "\n".join(trans) +
                f"\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")
        subj = "Warning: could not send message for past 4 hours"
    else:
        text = (f"The original message was received at {odate}\nfrom localhost [127.0.0.1]\n\n"
                f"   ----- The following addresses had permanent fatal errors -----\n{addrs}\n"
                f"    (reason: {c['rcpts'][0]['lines'][-1]})\n\n"
                f"   ----- Transcript of session follows -----\n" + "\n".join(trans) + "\n")
        subj = "Returned mail: see transcript for details"
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "8.18.1/8.18.1", date), text=text,
                    recips=recips, arrival=odate,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in c["rcpts"]), c["subject"], odate,
                                      mid(name + "o", sender.split("@")[1])))


def ses(name, c, delay=False):
    date, odate = when()
    sender = c["sender"]
    host = "a8-31.smtp-out.amazonses.com"
    recips = [{"final": r["addr"], "action": "failed", "status": r.get("status") or status_of(r["lines"]) or "5.0.0",
               "remote": r["mx"], "diag": " ".join(r["lines"])} for r in c["rcpts"]]
    text = ("An error occurred while trying to deliver the mail to the following recipients:\n"
            + "\n".join(r["addr"] for r in c["rcpts"]) + "\n")
    return dsn_mail(name, frm="MAILER-DAEMON@amazonses.com", to=sender, subject="Delivery Status Notification (Failure)",
                    date=date, host="email-smtp.us-east-1.amazonaws.com",
                    hops="Return-Path: <>\n" + hop(name, "inbound-smtp.us-east-1.amazonaws.com", "Amazon SES", date,
                                                   frm=host, ip="54.240.8.31"),
                    text=text, recips=recips, arrival=odate, reporting=host,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in c["rcpts"]), c["subject"], odate,
                                      mid(name + "o", "email.amazonses.com")))


WRAP = {"pf": postfix, "exim": exim, "sm": sendmail, "ses": ses}

SENDERS = {
    "pf": ("mail.harbourline-freight.example", "dispatch@harbourline-freight.example"),
    "exim": ("vps12.thornfield-crafts.example", "orders@thornfield-crafts.example"),
    "sm": ("mx1.quillmoor-univ.example", "registrar@quillmoor-univ.example"),
    "ses": ("", "noreply@notify.brightkettle.example"),
}


def R(addr, mx, ip, lines, stage="rcpt", status=""):
    return {"addr": addr, "mx": mx, "ip": ip, "lines": lines, "stage": stage, "status": status}


G = ("gmail-smtp-in.l.google.com", "142.250.153.27")
GW = ("aspmx.l.google.com", "142.250.102.26")
OL = ("outlook-com.olc.protection.outlook.com", "52.101.8.49")
M365 = ("{t}.mail.protection.outlook.com", "52.101.68.12")
YH = ("mta7.am0.yahoodns.net", "67.195.204.72")
AOL = ("mx-aol.mail.gm0.yahoodns.net", "67.195.228.94")
IC = ("mx01.mail.icloud.com", "17.57.155.23")

# (name, wrapper, delay, [recipients as (addr, (mx, ip), lines, stage, reason, hard)], subject)
CASES = [
    # Google / Gmail / Workspace
    ("b52-pf-gmail-nosuchuser-typo-check", "pf", False, [
        ("hollis.brandt1987@gmail.com", G, ["550-5.1.1 The email account that you tried to reach does not exist. Please try",
                                             "550-5.1.1 double-checking the recipient's email address for typos or",
                                             "550-5.1.1 unnecessary spaces. For more information, go to",
                                             "550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43d0a3f5c2dsi88213455e9.112 - gsmtp"],
         "rcpt", "userunknown", True)], "Your delivery slot for 14 November"),
    ("b52-exim-gmail-inbox-out-of-storage-delay", "exim", True, [
        ("marguerite.oyelaran@gmail.com", G, ["452-4.2.2 The recipient's inbox is out of storage space and inactive. Please",
                                              "452-4.2.2 direct the recipient to",
                                              "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a640c23a62f3a-ab7c1e3d4e5si119823466b.77 - gsmtp"],
         "rcpt", "mailboxfull", False)], "Quilt pattern you asked about"),
    ("b52-sm-gmail-account-disabled", "sm", False, [
        ("former.student.union@gmail.com", G, ["550-5.2.1 The email account that you tried to reach is disabled. Learn more at",
                                               "550 5.2.1  https://support.google.com/mail/?p=DisabledUser d75a77b69052e-4721c3f9a1bsi5526181cf.310 - gsmtp"],
         "rcpt", "suspend", False)], "Transcript request #88120"),
    ("b52-pf-gmail-5.7.26-dmarc-unauthenticated", "pf", False, [
        ("t.vasquez.accounts@gmail.com", G, ["550-5.7.26 Unauthenticated email from harbourline-freight.example is not accepted due",
                                             "550-5.7.26 to domain's DMARC policy. Please contact the administrator of",
                                             "550-5.7.26 harbourline-freight.example domain if this was a legitimate mail. To learn about the",
                                             "550-5.7.26 DMARC initiative, go to",
                                             "550 5.7.26  https://support.google.com/mail/?p=DmarcRejection 38308e7fff4ca-30b9e1a2c3dsi81122e1.55 - gsmtp"],
         "data", "authfailure", False)], "Invoice HLF-2026-3318"),
    ("b52-ses-gmail-likely-unsolicited", "ses", False, [
        ("priya.raman.home@gmail.com", G, ["550-5.7.1 [54.240.8.31      12] Gmail has detected that this message",
                                           "550-5.7.1 is likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
                                           "550-5.7.1 this message has been blocked. For more information, go to",
                                           "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 98e67ed59e1d1-2ff5a1b2c3dsi4411a.101 - gsmtp"],
         "data", "spamdetected", False)], "Last chance: 40% off winter kettles"),
    ("b52-pf-gmail-4.7.28-rate-limited-delay", "pf", True, [
        ("kofi.mensah.design@gmail.com", G, ["421-4.7.28 [192.0.2.45      15] Our system has detected an unusual rate of",
                                             "421-4.7.28 unsolicited mail originating from your IP address. To protect our",
                                             "421-4.7.28 users from spam, mail sent from your IP address has been temporarily",
                                             "421-4.7.28 rate limited. For more information, go to",
                                             "421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError 6a1803df08f44-6e8f1b2a3c4si1182.92 - gsmtp"],
         "data", "ratelimited", False)], "Shipment notice 5512"),
    ("b52-exim-gmail-5.7.25-no-ptr", "exim", False, [
        ("darius.kowal@gmail.com", G, ["550-5.7.25 [203.0.113.9] The IP address sending this message does not have a",
                                       "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not",
                                       "550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages",
                                       "550-5.7.25 from IPs with missing PTR records. For more information, go to",
                                       "550 5.7.25  https://support.google.com/mail/answer/81126#ip-practices e9e14a558f8ab-3d4a1b2c3si2231.44 - gsmtp"],
         "rcpt", "requireptr", False)], "Order 20931 confirmed"),
    ("b52-sm-gmail-5.3.4-size-limits", "sm", False, [
        ("architecture.jury.2027@gmail.com", G, ["552-5.3.4 Your message exceeded Google's message size limits. For more",
                                                 "552-5.3.4 information, visit",
                                                 "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError 4fb4d7f45d1cf-5e6a1b2c3d4si7781.9 - gsmtp"],
         "data", "emailtoolarge", False)], "Portfolio submission (drawings attached)"),
    ("b52-pf-workspace-low-domain-reputation", "pf", False, [
        ("procurement@larchgate-builders.example", GW, ["550-5.7.1 Our system has detected that this message is likely suspicious due",
                                                        "550-5.7.1 to the very low reputation of the sending domain. To best protect",
                                                        "550-5.7.1 our users from spam, the message has been blocked. For more",
                                                        "550-5.7.1 information, go to",
                                                        "550 5.7.1  https://support.google.com/mail/answer/188131 41be03b00d2f7-b2e1a4c5d6si99.12 - gsmtp"],
         "data", "badreputation", False)], "Supplier onboarding pack"),
    ("b52-exim-gmail-5.7.27-spf-did-not-pass", "exim", False, [
        ("lena.haugland.no@gmail.com", G, ["550-5.7.27 This mail has been blocked because the sender is unauthenticated.",
                                           "550-5.7.27 Gmail requires all senders to authenticate with either SPF or DKIM.",
                                           "550-5.7.27",
                                           "550-5.7.27  Authentication results:",
                                           "550-5.7.27  DKIM = did not pass",
                                           "550-5.7.27  SPF [thornfield-crafts.example] with ip: [203.0.113.9] = did not pass",
                                           "550-5.7.27",
                                           "550 5.7.27  For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication 5b1f17b1804b1-43cf1a2b3si12.1 - gsmtp"],
         "data", "authfailure", False)], "Your order has shipped"),
    ("b52-sm-workspace-attachment-security-issue", "sm", False, [
        ("bursar@fennick-college.example", GW, ["552-5.7.0 This message was blocked because its content presents a potential",
                                                "552-5.7.0 security issue. Please visit",
                                                "552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our",
                                                "552 5.7.0 message content and attachment content guidelines. a1c4e2f3b5si8812.66 - gsmtp"],
         "data", "policyviolation", False)], "Fee schedule macro workbook"),
    ("b52-pf-gmail-4.2.1-receiving-rate-delay", "pf", True, [
        ("alerts.collector.rb@gmail.com", G, ["450-4.2.1 The user you are trying to contact is receiving mail at a rate that",
                                              "450-4.2.1 prevents additional messages from being delivered. Please resend your",
                                              "450-4.2.1 message at a later point. If the user is able to receive mail at that",
                                              "450-4.2.1 time, your message will be delivered. For more information, go to",
                                              "450 4.2.1  https://support.google.com/mail/?p=ReceivingRate 2adb3069b0e04-54a1b2c3si44.3 - gsmtp"],
         "rcpt", "ratelimited", False)], "[cron] disk report vps12"),
    # Outlook.com / Microsoft 365
    ("b52-exim-outlookcom-s2017-mailbox-unavailable", "exim", False, [
        ("jdelacroix77@hotmail.com", OL, ["550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN1NAM02FT061.eop-nam02.prod.protection.outlook.com 2026-11-09T10:21:44.118Z 08DD1F2A3B4C5D6E]"],
         "rcpt", "userunknown", True)], "Your pattern download link"),
    ("b52-pf-outlookcom-s3150-block-list", "pf", False, [
        ("kwame.asante@outlook.com", OL, ["550 5.7.1 Unfortunately, messages from [192.0.2.45] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DM6NAM12FT044.eop-nam12.prod.protection.outlook.com 2026-11-10T08:02:11.552Z 08DD20A1B2C3D4E5]"],
         "rcpt", "blocked", False)], "Delivery window changed"),
    ("b52-sm-m365-dbeb-access-denied", "sm", False, [
        ("h.whitcombe@larchgate-builders.example", ("larchgate-builders-example.mail.protection.outlook.com", "52.101.68.12"),
         ["550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-11T14:40:03.201Z 08DD21B2C3D4E5F6]"],
         "rcpt", "userunknown", True)], "Site visit minutes"),
    ("b52-pf-m365-5.7.509-dmarc-reject", "pf", False, [
        ("ap@ostrander-medical.example", ("ostrandermedical-example.mail.protection.outlook.com", "52.101.73.3"),
         ["550 5.7.509 Access denied, sending domain HARBOURLINE-FREIGHT.EXAMPLE does not pass DMARC verification and has a DMARC policy of reject. [DB1PEPF00039231.eurprd03.prod.outlook.com 2026-11-12T09:15:40.771Z 08DD22C3D4E5F6A7]"],
         "data", "authfailure", False)], "Statement of account"),
    ("b52-exim-outlookcom-4.7.652-connections-delay", "exim", True, [
        ("marisol.quintana@live.com", OL, ["451 4.7.652 The mail server [203.0.113.9] has exceeded the maximum number of connections. (S3115) [SN1PEPF0002BA4C.namprd05.prod.outlook.com 2026-11-12T21:03:33.005Z 08DD22D4E5F6A7B8]"],
         "conn", "ratelimited", False)], "Newsletter: December workshops"),
    ("b52-ses-m365-shutoff-quota", "ses", False, [
        ("clinic.frontdesk@ostrander-medical.example", ("ostrandermedical-example.mail.protection.outlook.com", "52.101.73.3"),
         ["554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=frontdesk. 16.55847:8A0A0000[EndDiagnosticData] [Hostname=DB9PR04MB8411.eurprd04.prod.outlook.com]"],
         "data", "mailboxfull", False)], "Appointment reminder: 19 Nov, 09:30"),
    ("b52-pf-m365-5.7.708-traffic-not-accepted", "pf", False, [
        ("info@verbena-hotels.example", ("verbenahotels-example.mail.protection.outlook.com", "52.101.41.7"),
         ["550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7231) [CH1PEPF0000A346.namprd04.prod.outlook.com 2026-11-13T07:44:19.402Z 08DD23E5F6A7B8C9]"],
         "rcpt", "blocked", False)], "Group booking 12-14 March"),
    ("b52-exim-m365-5.6.211-header-too-long", "exim", False, [
        ("events@verbena-hotels.example", ("verbenahotels-example.mail.protection.outlook.com", "52.101.41.7"),
         ["554 5.6.211 Invalid MIME Content: Single text value size (32768) exceeded allowed maximum (32768) for the 'X-Campaign-Tracking' header. [CH1PEPF0000A347.namprd04.prod.outlook.com 2026-11-13T08:01:55.120Z 08DD23E5F6A7B8CA]"],
         "data", "contenterror", False)], "Conference rooms availability"),
    ("b52-sm-m365-resolver-adr-recipient-not-found", "sm", False, [
        ("m.adebayo@fennick-college.example", ("fennickcollege-example.mail.protection.outlook.com", "52.101.11.4"),
         ["550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.adebayo@fennick-college.example not found by SMTP address lookup"],
         "rcpt", "userunknown", True)], "Exam board papers"),
    ("b52-pf-outlookcom-5.7.606-banned-ip", "pf", False, [
        ("ebony.fairweather@hotmail.co.uk", OL, ["550 5.7.606 Access denied, banned sending IP [192.0.2.45]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [LO2GBR01FT012.eop-gbr01.prod.protection.outlook.com 2026-11-14T11:11:11.000Z 08DD24F6A7B8C9DA]"],
         "rcpt", "blocked", False)], "Your collection is ready"),
    # Yahoo / AOL
    ("b52-exim-yahoo-dd-no-account", "exim", False, [
        ("bettina.kruger55@yahoo.com", YH, ["554 delivery error: dd This user doesn't have a yahoo.com account (bettina.kruger55@yahoo.com) [0] - mta4011.mail.gq1.yahoo.com"],
         "data", "userunknown", True)], "Pattern club: November meet-up"),
    ("b52-pf-aol-mailbox-disabled-554.30", "pf", False, [
        ("grandpa.ted1949@aol.com", AOL, ["554 delivery error: dd Sorry, your message to grandpa.ted1949@aol.com cannot be delivered. This mailbox is disabled (554.30). - mta6102.aol.mail.bf1.yahoo.com"],
         "data", "suspend", False)], "Freight quote follow-up"),
    ("b52-sm-yahoo-over-quota", "sm", False, [
        ("choir.treasurer@yahoo.co.uk", ("mx-eu.mail.am0.yahoodns.net", "188.125.72.74"),
         ["552 1 Requested mail action aborted, mailbox over quota - mta1003.mail.ir2.yahoo.com"],
         "rcpt", "mailboxfull", False)], "Alumni choir rehearsal schedule"),
    ("b52-exim-yahoo-bl21-spamhaus", "exim", False, [
        ("delphine.moreau@yahoo.fr", YH, ["553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.9, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes"],
         "conn", "blocked", False)], "Your receipt from Thornfield Crafts"),
    ("b52-ses-yahoo-5.7.9-unauthenticated", "ses", False, [
        ("ray.okonkwo@yahoo.com", YH, ["550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass, SPF = did not pass - https://postmaster.yahooinc.com/error-codes"],
         "data", "authfailure", False)], "Weekly kettle club digest"),
    ("b52-pf-aol-and-yahoo-mixed", "pf", False, [
        ("old.address.marv@aol.com", AOL, ["554 delivery error: dd This user doesn't have a aol.com account (old.address.marv@aol.com) [-9] - mta6001.aol.mail.ne1.yahoo.com"],
         "data", "userunknown", True),
        ("marv.tobias@yahoo.com", YH, ["552 1 Requested mail action aborted, mailbox over quota - mta4210.mail.bf1.yahoo.com"],
         "rcpt", "mailboxfull", False)], "Pickup reminder"),
    # Apple iCloud
    ("b52-exim-icloud-user-does-not-exist", "exim", False, [
        ("sunny.takahashi@icloud.com", IC, ["550 5.1.1 <sunny.takahashi@icloud.com>: user does not exist"],
         "rcpt", "userunknown", True)], "Workshop seat confirmed"),
    ("b52-pf-me-com-over-quota", "pf", False, [
        ("walt.ibsen@me.com", IC, ["552 5.2.2 <walt.ibsen@me.com>: user is over quota"],
         "rcpt", "mailboxfull", False)], "Tracking number for your parcel"),
    ("b52-sm-icloud-blocked-proofpoint-lookup", "sm", False, [
        ("g.halloran@mac.com", IC, ["550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=198.51.100.61"],
         "conn", "blocked", False)], "Course catalogue 2027"),
    # Facebook / Meta
    ("b52-pf-facebook-rcp-p2-recipient-preferences", "pf", False, [
        ("riverside.parents.group@facebookmail.com", ("mxa-00082601.gslb.pphosted.com", "148.163.152.3"),
         ["550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.45#rcp Refused due to recipient preferences"],
         "rcpt", "filtered", False)], "Bake sale reminder"),
    # Tencent QQ / Exmail
    ("b52-exim-exmail-mailbox-not-found", "exim", False, [
        ("zhang.wei@jinhua-optics.example", ("mxbiz1.qq.com", "183.3.225.42"),
         ["550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728"],
         "rcpt", "userunknown", True)], "RE: lens sample order"),
    ("b52-pf-qq-ip-frequency-limited-delay", "pf", True, [
        ("1294406613@qq.com", ("mx3.qq.com", "203.205.219.57"),
         ["451 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722"],
         "rcpt", "ratelimited", False)], "Your verification code"),
    ("b52-sm-qq-mail-content-denied", "sm", False, [
        ("2250913378@qq.com", ("mx1.qq.com", "183.47.101.192"),
         ["550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726"],
         "data", "spamdetected", False)], "Scholarship announcement"),
    ("b52-ses-qq-domain-frequency-limited", "ses", False, [
        ("878120045@qq.com", ("mx2.qq.com", "203.205.219.58"),
         ["550 Domain frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723"],
         "rcpt", "ratelimited", False)], "Kettle restock alert"),
    # Mimecast
    ("b52-pf-mimecast-invalid-recipient", "pf", False, [
        ("c.ferreira@dunmore-legal.example", ("eu-smtp-inbound-1.mimecast.com", "195.130.217.211"),
         ["550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [uL3kq7RpNbCz0xXyWQ2dEg.uk123]"],
         "rcpt", "userunknown", True)], "Bill of lading HLF-88217"),
    ("b52-exim-mimecast-security-policies", "exim", False, [
        ("accounts@dunmore-legal.example", ("eu-smtp-inbound-2.mimecast.com", "195.130.217.212"),
         ["554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [Tq9wLm3xR0eZkPqA1bCdEf.uk207]"],
         "data", "policyviolation", False)], "Outstanding invoice"),
    ("b52-sm-mimecast-anti-spoofing", "sm", False, [
        ("dean.office@fennick-college.example", ("us-smtp-inbound-1.mimecast.com", "205.139.110.61"),
         ["550 Rejected by header based Anti-Spoofing policy: registrar@quillmoor-univ.example - https://community.mimecast.com/docs/DOC-1369#550 [Zk2pQr8sT1uVwXyA3bCdEf.us118]"],
         "data", "policyviolation", False)], "Credit transfer request"),
    # Symantec MessageLabs
    ("b52-pf-messagelabs-spf-fail", "pf", False, [
        ("purchasing@keswick-tools.example", ("cluster5.eu.messagelabs.com", "85.158.142.97"),
         ["553-SPF (Sender Policy Framework) domain authentication",
          "553-fail. Refer to the Troubleshooting page at",
          "553-http://www.symanteccloud.com/troubleshooting for more",
          "553 details. (#5.7.1)"],
         "mail", "authfailure", False)], "Pallet collection booking"),
    ("b52-exim-messagelabs-invalid-recipient", "exim", False, [
        ("n.patel@keswick-tools.example", ("cluster1.eu.messagelabs.com", "85.158.136.3"),
         ["550 Invalid recipient <n.patel@keswick-tools.example> (#5.1.1)"],
         "rcpt", "userunknown", True)], "Trade account application"),
    # Cloudflare Email Routing
    ("b52-pf-cloudflare-routing-unauthenticated", "pf", False, [
        ("hello@pebble-and-pine.example", ("route1.mx.cloudflare.net", "162.159.205.11"),
         ["550 5.7.26 Unauthenticated email is not accepted, this message failed both SPF and DKIM checks (see https://developers.cloudflare.com/email-routing/postmaster/#authentication) - cf-smtp"],
         "data", "authfailure", False)], "Wholesale enquiry"),
    ("b52-exim-cloudflare-upstream-error-delay", "exim", True, [
        ("studio@pebble-and-pine.example", ("route2.mx.cloudflare.net", "162.159.205.12"),
         ["451 4.3.0 Email Routing upstream error, the destination server failed to respond, please try again later - cf-smtp"],
         "data", "systemerror", False)], "Craft fair stall allocation"),
    # GoDaddy / secureserver
    ("b52-sm-godaddy-recipient-not-found", "sm", False, [
        ("sales@tamworth-signs.example", ("mx1.secureserver.net", "68.178.213.37"),
         ["550 5.1.1 <sales@tamworth-signs.example> Recipient not found.  <http://x.co/irbounce>"],
         "rcpt", "userunknown", True)], "Open day banner proof"),
    ("b52-pf-godaddy-ib110-poor-reputation", "pf", False, [
        ("office@tamworth-signs.example", ("mx2.secureserver.net", "68.178.213.203"),
         ["554 p3plibsmtp02-07.prod.phx3.secureserver.net bizsmtp IB110 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means."],
         "conn", "badreputation", False)], "Proof approval needed"),
    # Cox
    ("b52-exim-cox-mailbox-full", "exim", False, [
        ("hank.delgado@cox.net", ("cxr.mx.a.cloudfilter.net", "35.162.106.154"),
         ["552 5.2.2 <hank.delgado@cox.net> mailbox full"],
         "rcpt", "mailboxfull", False)], "Class of 86 reunion photos"),
    ("b52-pf-cox-recipient-address-unknown", "pf", False, [
        ("shirley.pruitt@cox.net", ("cxr.mx.a.cloudfilter.net", "35.162.106.154"),
         ["550 5.1.1 <shirley.pruitt@cox.net> recipient address unknown"],
         "rcpt", "userunknown", True)], "Delivery appointment"),
    # Spectrum / Charter
    ("b52-sm-spectrum-aup-1000-refused", "sm", False, [
        ("coach.bennett@charter.net", ("charter.net.inbound.mx.cloudfilter.net", "35.162.106.150"),
         ["554 5.7.1 - ESMTP 198.51.100.61 mail refused - AUP#1000 Please see https://www.spectrum.net/support/internet/understanding-email-error-codes"],
         "conn", "blocked", False)], "Spring term fixtures"),
    ("b52-pf-spectrum-user-unknown", "pf", False, [
        ("l.mcallister@twc.com", ("twc.com.inbound.mx.cloudfilter.net", "35.162.106.151"),
         ["550 5.1.1 <l.mcallister@twc.com>: Recipient address rejected: User unknown"],
         "rcpt", "userunknown", True)], "Your freight invoice"),
    # NTT docomo / KDDI au
    ("b52-pf-docomo-unknown-user", "pf", False, [
        ("sakura-0412.xyz@docomo.ne.jp", ("mfsmax.docomo.ne.jp", "203.138.181.112"),
         ["550 Unknown user sakura-0412.xyz@docomo.ne.jp"],
         "rcpt", "userunknown", True)], "Shipping notice"),
    ("b52-exim-kddi-au-user-unknown", "exim", False, [
        ("haruto.k-77@au.com", ("lsean.ezweb.ne.jp", "222.15.69.37"),
         ["550 <haruto.k-77@au.com>: User unknown"],
         "rcpt", "userunknown", True)], "Order confirmation"),
    # Zoho
    ("b52-sm-zoho-mailbox-size-limit", "sm", False, [
        ("office@kiran-exports.example", ("mx.zoho.in", "136.143.184.112"),
         ["552 5.2.2 Mailbox size limit exceeded"],
         "rcpt", "mailboxfull", False)], "Admission letter"),
    ("b52-pf-zoho-policy-violation", "pf", False, [
        ("ravi@kiran-exports.example", ("mx2.zoho.in", "136.143.184.113"),
         ["554 5.7.7 Email policy violation detected"],
         "data", "policyviolation", False)], "Updated rate card"),
    # Yandex
    ("b52-exim-yandex-no-such-user", "exim", False, [
        ("pavel.sokolov84@yandex.ru", ("mx.yandex.ru", "77.88.21.249"),
         ["550 5.7.1 No such user!"],
         "rcpt", "userunknown", True)], "Your order 20988"),
    ("b52-ses-yandex-suspicion-of-spam", "ses", False, [
        ("marina.ivleva@yandex.com", ("mx.yandex.net", "77.88.21.249"),
         ["554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1730992451-abcdEfGhIj-0"],
         "data", "spamdetected", False)], "Flash sale ends tonight"),
    # Mail.ru
    ("b52-pf-mailru-account-disabled", "pf", False, [
        ("dmitry.orlov.77@mail.ru", ("mxs.mail.ru", "94.100.180.104"),
         ["550 Message was not accepted -- invalid mailbox.  Local mailbox dmitry.orlov.77@mail.ru is unavailable: account is disabled"],
         "rcpt", "suspend", False)], "Consignment 7741"),
    ("b52-exim-mailru-ratelimit-delay", "exim", True, [
        ("olga.petrenko@bk.ru", ("mxs.mail.ru", "94.100.180.104"),
         ["421 4.7.0 Ratelimit exceeded for mailbox olga.petrenko@bk.ru. Try again later."],
         "rcpt", "ratelimited", False)], "Knitting circle news"),
    # GMX / Web.de / IONOS
    ("b52-sm-gmx-mailbox-unavailable", "sm", False, [
        ("j.oberholzer@gmx.ch", ("mx00.gmx.net", "212.227.15.9"),
         ["550 Requested action not taken: mailbox unavailable"],
         "rcpt", "userunknown", True)], "Semesterbeitrag"),
    ("b52-pf-ionos-sender-domain-dns", "pf", False, [
        ("buero@kessler-bau.example", ("mx00.ionos.de", "217.72.192.77"),
         ["550 Requested action not taken: mailbox unavailable | invalid DNS MX or A/AAAA resource record"],
         "mail", "rejected", False)], "Angebot Lagerflaeche"),
    ("b52-exim-webde-ip-block-listed", "exim", False, [
        ("k.lindqvist@web.de", ("mx-ha03.web.de", "212.227.17.8"),
         ["554-web.de (mxweb112) Nemesis ESMTP Service not available",
          "554-No SMTP service",
          "554-IP address is block listed.",
          "554 For explanation visit https://postmaster.web.de/en/case?c=ir&i=ip&v=203.0.113.9&r=1MxAbC-1tXyZw2"],
         "conn", "blocked", False)], "Bestellung 20944"),
    # Proofpoint / Barracuda cloud
    ("b52-pf-proofpoint-ipcheck-blocked", "pf", False, [
        ("it.helpdesk@harwell-county.example", ("mx0a-00231901.pphosted.com", "148.163.156.40"),
         ["554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.45"],
         "conn", "blocked", False)], "Tender documents"),
    ("b52-sm-proofpoint-dmarc-reject", "sm", False, [
        ("finance@harwell-county.example", ("mx0b-00231901.pphosted.com", "148.163.158.41"),
         ["550 5.7.1 Email rejected per DMARC policy for quillmoor-univ.example (Proofpoint)"],
         "data", "authfailure", False)], "Grant claim Q3"),
    ("b52-exim-barracuda-cloud-reputation", "exim", False, [
        ("reception@brookvale-dental.example", ("d123456a.ess.barracudanetworks.com", "209.222.82.252"),
         ["554 Service unavailable; Client host [203.0.113.9] blocked using Barracuda Reputation; https://www.barracudanetworks.com/reputation/?r=1&ip=203.0.113.9"],
         "conn", "blocked", False)], "Gift voucher order"),
    ("b52-pf-barracuda-cloud-no-such-user", "pf", False, [
        ("dr.okafor@brookvale-dental.example", ("d123456b.ess.barracudanetworks.com", "209.222.82.253"),
         ["550 No such user (dr.okafor@brookvale-dental.example)"],
         "rcpt", "userunknown", True)], "Lab shipment"),
]

for name, wrap, delay, rcpts, subject in CASES:
    host, sender = SENDERS[wrap]
    c = {"sender_host": host, "sender": sender, "subject": subject,
         "rcpts": [R(a, mx[0], mx[1], lines, stage) for a, mx, lines, stage, _, _ in rcpts]}
    fn = name + ".eml"
    write(OUT, fn, WRAP[wrap](fn, c, delay))
    for r, (a, mx, lines, stage, reason, hard) in zip(c["rcpts"], rcpts):
        code = lines[-1][:3]
        st = status_of(lines) or ("" if wrap == "exim" else ("4.0.0" if delay else "5.0.0"))
        expect(fn, a, reason, hard=hard, status=st, reply=code,
               action="delayed" if delay else "failed", vendor=name.split("-")[2])


# Near-misses: ordinary mail close to a bounce; none may give a record.
def nb(name, *, frm, to, subject, host, text, charset="us-ascii", extra=(), auto=False, ip="198.51.100.20"):
    date, _ = when()
    fn = "nb-" + name + ".eml"
    write(NB, fn, plain_mail(fn, frm=frm, to=to, subject=subject, date=date, host=host,
                             hops=received([(host, ip, "mx." + to.split("@")[1], "Postfix", qid(fn), date)]),
                             text=text, charset=charset, extra=list(extra) + ([("Auto-Submitted", "auto-generated")] if auto else []),
                             auto=False))


nb("google-postmaster-compliance-status", frm="Google Postmaster Tools <postmaster-noreply@google.com>",
   to="dispatch@harbourline-freight.example", subject="Compliance status changed for harbourline-freight.example",
   host="mail-sor-f69.google.com", auto=True, extra=[("X-Google-Id", "558812")],
   text="""Hello,

The compliance status of harbourline-freight.example in Postmaster Tools
changed from "Passed" to "Needs work" on 14 November 2026.

  - User-reported spam rate: 0.31% (requirement: below 0.30%)
  - DMARC record: present, p=none
  - One-click unsubscribe: present on 100% of bulk mail

If the spam rate stays above the requirement, some of your messages may be
temporarily rate limited or rejected. No message has been returned to you
because of this notice.

View the dashboard: https://postmaster.google.com/v2/domains

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

nb("outlookcom-snds-access-granted", frm="Smart Network Data Services <snds@microsoft.com>",
   to="dispatch@harbourline-freight.example", subject="SNDS: access granted for 192.0.2.40/29",
   host="mail-bn8nam12on2041.outbound.protection.outlook.com", auto=True,
   text="""You now have access to data for the following IP range in Smart Network
Data Services:

    192.0.2.40 - 192.0.2.47

The data shows, per day, how many messages reached Outlook.com from each
address, the complaint rate and the result of our spam filters (green,
yellow or red). A red status means that most mail from the address was
rejected or filtered as spam that day.

Sign in at https://sendersupport.olc.protection.outlook.com/snds/ to view it.

This is an automated message; replies are not monitored.
""")

nb("yahoo-sender-hub-weekly-summary", frm="Yahoo Sender Hub <senderhub-noreply@yahooinc.com>",
   to="noreply@notify.brightkettle.example", subject="Your weekly sender summary for notify.brightkettle.example",
   host="sonic301-12.consmr.mail.bf2.yahoo.com", auto=True,
   text="""Weekly summary, 2 - 8 November 2026

Domain: notify.brightkettle.example
Messages accepted:          182,440
Messages deferred (TSS04):      1,212 (0.7%)
Complaint rate (CFL):          0.09%
Unknown recipients:              311

Deferrals clear on their own when volume and complaints go down. Remove
unknown recipients from your lists. Details of each code are at
https://senders.yahooinc.com/smtp-error-codes/

You receive this summary because you enrolled the domain in Sender Hub.
""")

nb("mimecast-held-message-released", frm="Mimecast Notification <postmaster@dunmore-legal.example>",
   to="accounts@dunmore-legal.example", subject="Your held message has been released",
   host="eu-smtp-1.mimecast.com", ip="195.130.217.20", auto=True,
   text="""The message below, held by your organisation's policy, was released by an
administrator and has been delivered to your inbox.

  From:    orders@thornfield-crafts.example
  Subject: Outstanding invoice
  Held:    13 Nov 2026 09:12 (attachment policy)
  Released: 13 Nov 2026 10:47

No further action is needed.
""")

nb("spectrum-abuse-reply-delisted", frm="Spectrum Postmaster <abuse@charter.net>",
   to="registrar@quillmoor-univ.example", subject="RE: [Ticket#2026111300418] Please remove 198.51.100.61 (AUP#1000)",
   host="mail.charter.net", ip="198.51.100.33",
   extra=[("In-Reply-To", "<reg-20261112-delist@quillmoor-univ.example>")],
   text="""Hello,

Thank you for contacting Spectrum Postmaster. We have reviewed 198.51.100.61
and removed it from our block list. Mail from this address should be
accepted within two hours. If your messages are still refused with AUP#1000
after that, reply to this ticket with a full copy of the error.

Regards,
Spectrum Postmaster Team

> From: registrar@quillmoor-univ.example
> Our mail to charter.net is refused with "554 5.7.1 ... mail refused -
> AUP#1000". Could you please delist our server?
""")

date, odate = when()
fn = "nb-postfix-success-dsn-gmail.eml"
host = "mail.harbourline-freight.example"
write(NB, fn, dsn_mail(fn, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to="dispatch@harbourline-freight.example",
                       subject="Successful Mail Delivery Report", date=date, host=host,
                       hops="Return-Path: <>\n" + hop(fn, host, "Postfix", date),
                       text=f"""This is the mail system at host {host}.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<kofi.mensah.design@gmail.com>: delivery via
    gmail-smtp-in.l.google.com[142.250.153.27]:25: 250 2.0.0 OK  1731501131
    6a1803df08f44-6e8f1b2a3c4si1182.92 - gsmtp
""", recips=[{"final": "kofi.mensah.design@gmail.com", "original": "kofi.mensah.design@gmail.com", "action": "delivered",
              "status": "2.0.0", "remote": "gmail-smtp-in.l.google.com",
              "diag": "250 2.0.0 OK  1731501131 6a1803df08f44-6e8f1b2a3c4si1182.92 - gsmtp"}],
                       arrival=odate, orig=orig_headers("dispatch@harbourline-freight.example", "kofi.mensah.design@gmail.com",
                                                        "Shipment notice 5513", odate, mid(fn + "o", "harbourline-freight.example"),
                                                        extra="Disposition-Notification-To: dispatch@harbourline-freight.example")))

nb("spam-fake-icloud-storage-bounce", frm="iCloud Mail <no-reply@icloud-storage-alerts.example>",
   to="registrar@quillmoor-univ.example", subject="Delivery Failure: 7 incoming messages were returned",
   host="smtp.icloud-storage-alerts.example", ip="203.0.113.201",
   text="""Dear user,

Your iCloud storage is full. 7 incoming messages could not be delivered
and were returned to their senders.

Upgrade now to 2 TB for 0.99 and recover your messages:
http://icloud-storage-alerts.example/recover?u=registrar

If you do not act within 24 hours your account will be closed.

Apple Support
""")

nb("zoho-admin-user-deactivated", frm="Zoho Mail Admin <noreply@zohomail.com>",
   to="admin@kiran-exports.example", subject="User deactivated in your organization: anil@kiran-exports.example",
   host="sender4-op-o12.zoho.in", ip="198.51.100.44", auto=True,
   text="""Hello Admin,

The account anil@kiran-exports.example was deactivated by
ravi@kiran-exports.example on 15 Nov 2026 at 11:20 IST.

While the account is deactivated, mail sent to it is not delivered and
senders receive a delivery failure. Reactivate the user or set up an
alias in the Admin Console: https://mailadmin.zoho.in/

Zoho Mail
""")

nb("cloudflare-routing-verify-destination", frm="Cloudflare <noreply@notify.cloudflare.com>",
   to="studio.owner@pebble-and-pine.example", subject="[Cloudflare]: Verify your email routing destination address",
   host="mail-a.notify.cloudflare.com", ip="198.51.100.57", auto=True,
   text="""Hi,

Someone added studio.owner@pebble-and-pine.example as a destination address
for Email Routing on pebble-and-pine.example. Until it is verified, mail
routed to it will be dropped instead of forwarded.

Verify email address: https://dash.cloudflare.com/email-verification?token=9f1c2d

If you did not request this, ignore this message.

Cloudflare, Inc.
""")

nb("exmail-admin-weekly-report-gb18030", frm=enc_header("腾讯企业邮箱", "gb18030") + " <admin@exmail.qq.com>",
   to="it@jinhua-optics.example", subject=enc_header("企业邮箱周报：2026-11-09 至 2026-11-15", "gb18030"),
   host="smtpbg.qq.com", ip="198.51.100.90", charset="gb18030", auto=True,
   text="""管理员您好：

以下是贵公司企业邮箱本周（2026-11-09 至 2026-11-15）的使用情况：

  发信总数：4,218 封
  收信总数：9,904 封
  退信数：12 封（收件人不存在 9 封，对方拒收 3 封）
  存储空间使用：61%

此邮件为系统周报，仅供参考，无需回复。

腾讯企业邮
""")

nb("customer-reply-quotes-address-not-found", frm="Priya Raman <priya.raman.work@pebble-and-pine.example>",
   to="noreply@notify.brightkettle.example", subject="Re: Last chance: 40% off winter kettles",
   host="mail.pebble-and-pine.example", ip="198.51.100.71",
   extra=[("In-Reply-To", "<kettle-promo-1188@notify.brightkettle.example>")],
   text="""Hi,

My friend tried to forward your offer to my old Gmail and got
"Address not found - the email account that you tried to reach does not
exist". Please send offers to this address instead and drop the old one.

Thanks,
Priya
""")

nb("gmx-postmaster-reply-de", frm="GMX Postmaster <postmaster@gmx.net>",
   to="orders@thornfield-crafts.example", subject="AW: IP 203.0.113.9 gesperrt [#4419027]",
   host="mout.gmx.net", ip="198.51.100.95", charset="iso-8859-1", extra=[("In-Reply-To", "<tc-delist-4419@thornfield-crafts.example>")],
   text="""Guten Tag,

vielen Dank für Ihre Anfrage. Die IP-Adresse 203.0.113.9 ist nicht mehr
auf unserer Sperrliste. E-Mails von diesem Server werden wieder
angenommen. Bitte achten Sie auf einen gültigen PTR-Eintrag.

Mit freundlichen Grüßen
Ihr GMX Postmaster-Team
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
