#!/usr/bin/env python3
"""batch-48: one ordinary night of an international newsletter sender
(wanderpost.example, 50,000 subscribers) and what its bounce mailbox
receives. Written from providers' reply styles and the reason table, before
any analyzer run. Rebuilds the batch byte for byte (stdlib only)."""
import gzip
import base64
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from samplelib import (dsn_mail, plain_mail, mail, multipart, part, text_part, received,
                       boundary, mid, dt, write, expect, write_expected, orig_headers,
                       enc_header)

OUT = HERE
NB = os.path.join(HERE, "not-bounce")
SENDER = "bounce-7781@bounce.wanderpost.example"
BOX = "bounces@wanderpost.example"
MTA = "mta2.wanderpost.example"
IP = "192.0.2.44"
SUBJ = "Wanderpost Weekly #412: night trains across the Alps"


def orig(rcpt, name):
    return (f"Return-Path: <{SENDER}>\nFrom: Wanderpost Weekly <news@wanderpost.example>\nTo: {rcpt}\n"
            f"Subject: {SUBJ}\nDate: {dt(2026, 12, 2, 21, 0, 4)}\n"
            f"Message-ID: {mid('orig/' + name, 'wanderpost.example')}\nMIME-Version: 1.0\n"
            "Content-Type: text/html; charset=utf-8\n"
            "List-Unsubscribe: <https://wanderpost.example/u/7781>, <mailto:unsub-7781@bounce.wanderpost.example>\n"
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n")


def postfix(name, rows, minute=5, note="", arrival=None):
    """A DSN from the sender's own Postfix; rows: (rcpt, status, remote, diag, stage, action)."""
    date = dt(2026, 12, 2, 21, minute, 12)
    lines = []
    recips = []
    delayed = all(r[5] == "delayed" for r in rows)
    for rcpt, status, remote, diag, stage, action in rows:
        where = f"host {remote} said: {diag} (in reply to {stage} command)" if remote else diag
        lines.append(f"<{rcpt}>: {where}")
        r = {"final": rcpt, "action": action, "status": status, "diag": diag, "last": date}
        if remote:
            r["remote"] = remote.split("[")[0]
        if action == "delayed":
            r["will_retry"] = dt(2026, 12, 7, 21, 0, 4)
        recips.append(r)
    if delayed:
        subject = "Delayed Mail (still being retried)"
        head = ("This is the mail system at host " + MTA + ".\n\n####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for 0.2 hours.\nIt will be retried until it is 5 days old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n")
    else:
        subject = "Undelivered Mail Returned to Sender"
        head = ("This is the mail system at host " + MTA + ".\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n                   The mail system\n\n")
    hops = received([("localhost", "127.0.0.1", "bounce-in.wanderpost.example", "Postfix", "4QkT" + name[:6].upper().replace("-", "X"), date, BOX)])
    text = head + note + "\n".join(lines) + "\n"
    return dsn_mail(name, frm="MAILER-DAEMON@" + MTA + " (Mail Delivery System)", to=SENDER, subject=subject,
                    date=date, host=MTA, hops=hops, text=text, recips=recips, orig=orig(rows[0][0], name),
                    arrival=arrival or dt(2026, 12, 2, 21, 0, 4), extra=[("Return-Path", "<>")])


def one(name, rcpt, status, reply, remote, diag, reason, hard=False, stage="RCPT TO", action="failed", vendor="", minute=5, note="", arrival=None):
    write(OUT, name, postfix(name, [(rcpt, status, remote, diag, stage, action)], minute, note, arrival))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


G = "gmail-smtp-in.l.google.com[192.178.0.26]"
# --- Gmail
one("gmail-account-does-not-exist.eml", "lena.hofbauer@gmail.com", "5.1.1", "550", G,
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5614622812f47-3b8e1c2a1d0si88123b6e.201 - gsmtp",
    "userunknown", True, vendor="gmail")
one("gmail-inbox-out-of-storage.eml", "paulo.mendes.rj@gmail.com", "5.2.2", "552", G,
    "552-5.2.2 The recipient's inbox is out of storage space. Please direct the\n 552-5.2.2 recipient to\n 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 98e67ed59e1d1-2ef2c4d1a7bsi4471a91.77 - gsmtp",
    "mailboxfull", False, stage="end of DATA", vendor="gmail")
one("gmail-account-inactive.eml", "t.kowalczyk1987@gmail.com", "5.2.1", "550", G,
    "550-5.2.1 The email account that you tried to reach is inactive. For more\n 550-5.2.1 information, go to\n 550 5.2.1  https://support.google.com/mail/?p=DisabledUser d9443c01a7336-21c3e1f7ba5si1120e7.14 - gsmtp",
    "suspend", False, vendor="gmail")
one("gmail-unsolicited-rate-delayed.eml", "amira.haddad@gmail.com", "4.7.28", "421", G,
    "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n 421-4.7.28 from your SPF domain [wanderpost.example]. To protect our users from\n 421-4.7.28 spam, mail sent from your domain has been temporarily rate limited.\n 421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError 41be03b00d2f7-7fd0a2c1e3si9921a12.3 - gsmtp",
    "ratelimited", False, stage="end of DATA", action="delayed", vendor="gmail", minute=9)
one("gmail-dmarc-unauthenticated.eml", "ruth.okonkwo@gmail.com", "5.7.26", "550", G,
    "550-5.7.26 Unauthenticated email from wanderpost.example is not accepted due to\n 550-5.7.26 domain's DMARC policy. Please contact the administrator of\n 550-5.7.26 wanderpost.example domain if this was a legitimate mail. To learn about\n 550 5.7.26 the DMARC initiative, go to  https://support.google.com/mail/?p=DmarcRejection a640c23a62f3a-aa6b1c2d3esi77.9 - gsmtp",
    "authfailure", False, stage="end of DATA", vendor="gmail")
# --- Outlook.com / Hotmail
OL = "hotmail-com.olc.protection.outlook.com[52.101.11.0]"
one("hotmail-mailbox-unavailable-5.5.0.eml", "dani_rocks_88@hotmail.com", "5.5.0", "550", OL,
    "550 5.5.0 Requested action not taken: mailbox unavailable. [DS2PEPF00003446.namprd04.prod.outlook.com 2026-12-02T21:05:03.112Z 08DD12A1B3C4D5E6]",
    "userunknown", True, vendor="outlook")
one("outlook-ip-reputation-4.7.650.eml", "c.lefebvre@outlook.fr", "4.7.650", "451", "outlook-com.olc.protection.outlook.com[52.101.68.2]",
    "451 4.7.650 The mail server [192.0.2.44] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775) [AM2PEPF0001C70F.eurprd05.prod.outlook.com 2026-12-02T21:12:40.551Z 08DD12A1B3C4E0F1]",
    "badreputation", False, action="delayed", vendor="outlook", minute=14)
one("live-block-list-s3140.eml", "sunny.p@live.co.uk", "5.7.1", "550", "eur.olc.protection.outlook.com[52.101.73.9]",
    "550 5.7.1 Unfortunately, messages from [192.0.2.44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AMS0EPF000001A8.eurprd05.prod.outlook.com 2026-12-02T21:06:11.020Z 08DD12A1B3C4E7A2]",
    "blocked", False, stage="MAIL FROM", vendor="outlook")
# --- Microsoft 365 tenants
one("m365-resolver-recipient-not-found.eml", "jonas.berg@nordkust-bygg.example", "5.1.10", "550", "nordkustbygg-example.mail.protection.outlook.com[52.101.89.4]",
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient jonas.berg@nordkust-bygg.example not found by SMTP address lookup",
    "userunknown", True, vendor="office365")
one("m365-shutoff-quota.eml", "accounts@harbor-mills.example", "5.2.2", "554", "harbormills-example.mail.protection.outlook.com[52.101.40.7]",
    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a1b2c3d4[EndDiagnosticData]",
    "mailboxfull", False, stage="end of DATA", vendor="office365")
one("m365-spamhaus-client-blocked.eml", "info@kestrel-optics.example", "5.7.1", "550", "kestreloptics-example.mail.protection.outlook.com[52.101.8.44]",
    "550 5.7.1 Service unavailable, Client host [192.0.2.44] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.44 (AS3130). [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-12-02T21:07:44.001Z 08DD12A1B3C4F001]",
    "blocked", False, stage="MAIL FROM", vendor="office365")
# --- Yahoo / AOL
Y = "mta7.am0.yahoodns.net[67.195.204.72]"
one("yahoo-no-account-dd.eml", "kat.barnes52@yahoo.com", "5.0.0", "554", Y,
    "554 delivery error: dd This user doesn't have a yahoo.com account (kat.barnes52@yahoo.com) [0] - mta4021.mail.gq1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")
one("aol-no-account-dd.eml", "grandpa.walt@aol.com", "5.0.0", "554", "mx-aol.mail.gm0.yahoodns.net[67.195.204.77]",
    "554 delivery error: dd This user doesn't have a aol.com account (grandpa.walt@aol.com) [0] - mta6010.mail.bf1.yahoo.com",
    "userunknown", True, stage="end of DATA", vendor="yahoo")
one("yahoo-mailbox-disabled-30.eml", "f.rinaldi@yahoo.it", "5.0.0", "554", "mx-eu.mail.am0.yahoodns.net[188.125.72.74]",
    "554 delivery error: dd Sorry your message to f.rinaldi@yahoo.it cannot be delivered. This mailbox is disabled (554.30). - mta1120.mail.ir2.yahoo.com",
    "suspend", False, stage="end of DATA", vendor="yahoo")
one("yahoo-tss04-deferred.eml", "mcgregor.fam@yahoo.com", "4.7.0", "421", Y,
    "421 4.7.0 [TSS04] Messages from 192.0.2.44 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "ratelimited", False, stage="MAIL FROM", action="delayed", vendor="yahoo", minute=11)
one("yahoo-policy-5.7.9.eml", "jessie.tran@yahoo.com", "5.7.9", "554", Y,
    "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
    "policyviolation", False, stage="end of DATA", vendor="yahoo")
# --- iCloud
IC = "mx01.mail.icloud.com[17.57.154.33]"
one("icloud-user-does-not-exist.eml", "noah.lindqvist@icloud.com", "5.1.1", "550", IC,
    "550 5.1.1 <noah.lindqvist@icloud.com>: user does not exist", "userunknown", True, vendor="icloud")
one("icloud-me-over-quota.eml", "bettina.k@me.com", "5.2.2", "552", "mx02.mail.icloud.com[17.57.155.25]",
    "552 5.2.2 <bettina.k@me.com>: user is over quota", "mailboxfull", False, vendor="icloud")
one("icloud-cs01-local-policy.eml", "ohara.design@icloud.com", "5.7.1", "554", IC,
    "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    "policyviolation", False, stage="end of DATA", vendor="icloud")
# --- GMX / WEB.DE
one("gmx-mailbox-unavailable.eml", "h.schaefer71@gmx.de", "5.0.0", "550", "mx00.emig.gmx.net[212.227.15.9]",
    "550 Requested action not taken: mailbox unavailable", "userunknown", True, vendor="gmx")
one("gmx-nemesis-ip-block-listed.eml", "waltraud.b@gmx.net", "5.0.0", "554", "mx01.emig.gmx.net[212.227.17.5]",
    "554-gmx.net (mxgmx016) Nemesis ESMTP Service not available\n 554-No SMTP service\n 554-IP address is block listed.\n 554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
    "blocked", False, stage="CONNECT", vendor="gmx")
one("webde-quota-exceeded-delayed.eml", "jens.moeller@web.de", "4.2.2", "452", "mx-ha03.web.de[212.227.15.17]",
    "452 4.2.2 Mailbox quota exceeded for this recipient, please try again later", "mailboxfull", False,
    action="delayed", vendor="webde", minute=10)
# --- Orange
one("orange-unknown-ofr.eml", "martine.giraud@orange.fr", "5.1.1", "550", "smtp-in.orange.fr[193.252.22.65]",
    "550 5.1.1 <martine.giraud@orange.fr>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
    "userunknown", True, vendor="orange")
one("wanadoo-mailbox-full-ofr.eml", "jp.dufresne@wanadoo.fr", "5.2.2", "552", "smtp-in.orange.fr[193.252.22.84]",
    "552 5.2.2 <jp.dufresne@wanadoo.fr>: Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]",
    "mailboxfull", False, vendor="orange")
# --- QQ / NetEase
one("qq-mailbox-not-found.eml", "2218874401@qq.com", "5.0.0", "550", "mx3.qq.com[203.205.219.57]",
    "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    "userunknown", True, vendor="qq")
one("netease163-user-not-found.eml", "chenwei_1990@163.com", "5.0.0", "550", "163mx01.mxmail.netease.com[220.181.14.140]",
    "550 User not found: chenwei_1990@163.com", "userunknown", True, vendor="netease")
one("netease126-storage-exceeded.eml", "liuyan_sz@126.com", "5.0.0", "552", "126mx00.mxmail.netease.com[220.181.15.110]",
    "552 Requested mail action aborted: mailbox has exceeded its storage limit", "mailboxfull", False, vendor="netease")
one("netease163-sender-frequency-delayed.eml", "zhanglei.bj@163.com", "4.0.0", "451", "163mx02.mxmail.netease.com[220.181.14.141]",
    "451 MI:SFQ Too many mails from the same sender in a short time, please slow down and try again later http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.44",
    "ratelimited", False, stage="MAIL FROM", action="delayed", vendor="netease", minute=12)
# --- Mail.ru / Yandex
one("mailru-user-not-found.eml", "irina.sokolova84@mail.ru", "5.0.0", "550", "mxs.mail.ru[94.100.180.31]",
    "550 Message was not accepted -- invalid mailbox.  Local mailbox irina.sokolova84@mail.ru is unavailable: user not found",
    "userunknown", True, vendor="mailru")
one("mailru-account-disabled.eml", "d.petrov@list.ru", "5.0.0", "550", "mxs.mail.ru[94.100.180.104]",
    "550 Message was not accepted -- invalid mailbox.  Local mailbox d.petrov@list.ru is unavailable: account is disabled",
    "suspend", False, vendor="mailru")
one("yandex-no-such-user.eml", "kirill.volkov@yandex.ru", "5.7.1", "550", "mx.yandex.ru[77.88.21.249]",
    "550 5.7.1 No such user!", "userunknown", True, vendor="yandex")
one("yandex-mailbox-size-limit.eml", "o.smirnova@yandex.com", "4.2.2", "452", "mx.yandex.net[77.88.21.249]",
    "452 4.2.2 Mailbox size limit exceeded", "mailboxfull", False, action="delayed", vendor="yandex", minute=13)
# --- Proofpoint / Mimecast / Google Workspace
one("proofpoint-user-unknown.eml", "r.ahmed@tidewater-health.example", "5.1.1", "550", "mx0a-00123456.pphosted.com[148.163.156.10]",
    "550 5.1.1 User Unknown", "userunknown", True, vendor="proofpoint")
one("proofpoint-ipcheck-blocked.eml", "events@grayson-law.example", "5.7.1", "554", "mx0b-00654321.pphosted.com[148.163.158.21]",
    "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.44", "blocked", False, stage="MAIL FROM", vendor="proofpoint")
one("mimecast-invalid-recipient.eml", "s.patel@brackenfield.example", "5.0.0", "550", "eu-smtp-inbound-1.mimecast.com[195.130.217.10]",
    "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [zQ4kF_2bNqWd1Xy8eLr0Aw.uk67]",
    "userunknown", True, vendor="mimecast")
one("mimecast-internal-resource-delayed.eml", "office@lowther-partners.example", "4.0.0", "451", "eu-smtp-inbound-2.mimecast.com[195.130.217.11]",
    "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [pL2mA9xRcS0vT7uW3yZ1bQ.uk112]",
    "systemerror", False, action="delayed", vendor="mimecast", minute=15)
one("workspace-recipient-policy.eml", "press@lumen-analytics.example", "5.7.1", "550", "aspmx.l.google.com[142.250.153.27]",
    "550-5.7.1 The user or domain that you are sending to (or from) has a policy that\n 550-5.7.1 prohibited the mail that you sent. Please contact your domain\n 550-5.7.1 administrator for further details. For more information, go to\n 550 5.7.1  https://support.google.com/a/answer/172179 6a1803df08f44-6d8e1a2b3csi55.21 - gsmtp",
    "policyviolation", False, stage="end of DATA", vendor="gmail")
# --- DNS, PTR, queue
one("dns-gmial-typo-domain.eml", "marco.bianchi@gmial.com", "5.1.2", "", "",
    "Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found",
    "hostunknown", True, vendor="postfix")
one("dns-expired-company-domain.eml", "newsletter-fan@oldharbour-cafe.example", "5.1.2", "", "",
    "Host or domain name not found. Name service error for name=oldharbour-cafe.example type=A: Host not found",
    "hostunknown", True, vendor="postfix")
one("dns-servfail-delayed.eml", "p.nakamura@kitano-trading.example", "4.4.3", "", "",
    "Host or domain name not found. Name service error for name=kitano-trading.example type=MX: Host not found, try again",
    "networkerror", False, action="delayed", vendor="postfix", minute=16)
one("ptr-cannot-find-hostname-delayed.eml", "admin@fjordline-kayak.example", "4.7.25", "450", "mail.fjordline-kayak.example[198.51.100.23]",
    "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.44]",
    "requireptr", False, stage="RCPT TO", action="delayed", vendor="postfix", minute=17)
one("queue-gave-up-five-days.eml", "bookings@alpine-hut-rental.example", "4.4.1", "", "",
    "delivery temporarily suspended: connect to mail.alpine-hut-rental.example[203.0.113.90]:25: Connection timed out",
    "expired", False, vendor="postfix",
    note="Your message has been in the queue for 5 days without a successful delivery\nattempt and was returned; the last error was:\n\n",
    arrival=dt(2026, 11, 27, 21, 0, 4))
# --- one DSN, two recipients
name = "postfix-two-recipients-gmail.eml"
write(OUT, name, postfix(name, [
    ("oskar.nyman@gmail.com", "5.1.1", G, "550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7fd0a2c1e3si99.1 - gsmtp", "RCPT TO", "failed"),
    ("oskarnyman.work@gmail.com", "5.2.2", G, "552-5.2.2 The recipient's inbox is out of storage space. Please direct the\n 552 5.2.2 recipient to https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-7fd0a2c1e3si99.2 - gsmtp", "end of DATA", "failed")]))
expect(name, "oskar.nyman@gmail.com", "userunknown", True, "5.1.1", "550", vendor="gmail")
expect(name, "oskarnyman.work@gmail.com", "mailboxfull", False, "5.2.2", "552", vendor="gmail")

# --- Outlook.com's own NDR (the provider accepted, then bounced)
name = "outlook-ndr-wasnt-found.eml"
date = dt(2026, 12, 2, 21, 6, 40)
html = ("<html><body><p><b>Your message to lucia.fern@outlook.com couldn't be delivered.</b></p>"
        "<p>lucia.fern wasn't found at outlook.com.</p><p>Office 365</p></body></html>")
txt = ("Your message to lucia.fern@outlook.com couldn't be delivered.\n\nlucia.fern wasn't found at outlook.com.\n\n"
       "news             Office 365           lucia.fern\nAction Required                       Recipient\n\n"
       "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
       "- Retype the recipient's address, then resend the message.\n\nMore Info for Email Admins\nStatus code: 550 5.1.10\n\n"
       "Original Message Details\nCreated Date:    12/2/2026 9:00:04 PM\nSender Address:  " + SENDER + "\nRecipient Address: lucia.fern@outlook.com\nSubject:  " + SUBJ + "\n")
hops = received([("DM6PR04MB1234.namprd04.prod.outlook.com", "2603:10b6:5:1b2::11", "bounce-in.wanderpost.example", "Postfix", "4QkW1a2b3c", date, SENDER)])
write(OUT, name, dsn_mail(name, frm="postmaster@outlook.com", to=SENDER, subject="Undeliverable: " + SUBJ, date=date,
      host="DM6PR04MB1234.namprd04.prod.outlook.com", hops=hops, text=txt, alt_html=html,
      recips=[{"final": "lucia.fern@outlook.com", "status": "5.1.10", "remote": "DM6PR04MB1234.namprd04.prod.outlook.com",
               "diag": "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lucia.fern@outlook.com not found by SMTP address lookup"}],
      orig=orig("lucia.fern@outlook.com", name), extra=[("Content-Language", "en-US")]))
expect(name, "lucia.fern@outlook.com", "userunknown", True, "5.1.10", "550", vendor="outlook")

# --- Auto-replies from members
def vacation(name, frm, subject, text, charset="us-ascii", extra=(), minute=20):
    date = dt(2026, 12, 2, 21, minute, 2)
    host = frm.split("@")[1].rstrip(">")
    hops = received([("mail." + host, "198.51.100.61", "bounce-in.wanderpost.example", "Postfix", "4QkV" + str(minute) + "Zz", date, SENDER)])
    heads = [hops, ("Date", date), ("From", frm), ("To", SENDER), ("Subject", subject),
             ("Message-ID", mid(name, host)), ("In-Reply-To", mid("orig/" + name, "wanderpost.example"))] + list(extra)
    write(OUT, name, mail(heads, text_part(text, charset)))
    expect(name, frm.split("<")[-1].rstrip(">"), "vacation", False, action="")


vacation("vacation-outlook-automatic-reply.eml", "Greta Lund <greta.lund@saltmarsh-media.example>", "Automatic reply: " + SUBJ,
         "Hi,\n\nI'm out of the office until 9 December with limited access to email.\nFor urgent matters please contact desk@saltmarsh-media.example.\n\nGreta\n",
         extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "greta.lund@saltmarsh-media.example"), ("X-Auto-Response-Suppress", "All")])
vacation("vacation-gmx-abwesenheit.eml", "Rolf Brandt <rolf.brandt@gmx.de>",
         enc_header("Abwesenheitsnotiz: ", "utf-8") + " " + SUBJ,
         "Vielen Dank f\u00fcr Ihre Nachricht.\n\nIch bin bis zum 14.12. im Urlaub und lese meine E-Mails nicht.\nIhre Nachricht wird nicht weitergeleitet.\n\nMit freundlichen Gr\u00fc\u00dfen\nRolf Brandt\n",
         charset="utf-8", extra=[("Auto-Submitted", "auto-replied (vacation)")], minute=22)
vacation("vacation-orange-reponse-automatique.eml", "Claire Moulin <claire.moulin@orange.fr>",
         enc_header("R\u00e9ponse automatique : ", "utf-8") + " " + SUBJ,
         "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 8 d\u00e9cembre.\nJe r\u00e9pondrai \u00e0 votre message d\u00e8s mon retour.\n\nCordialement,\nClaire Moulin\n",
         charset="iso-8859-1", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], minute=24)

# --- Complaint report (ARF) from a mailbox provider's feedback loop
name = "arf-yahoo-cfl-abuse.eml"
date = dt(2026, 12, 2, 23, 41, 9)
bnd = boundary(name)
arf = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\nOriginal-Mail-From: <" + SENDER + ">\n"
       "Original-Rcpt-To: <bellamy.r@yahoo.com>\nArrival-Date: " + dt(2026, 12, 2, 21, 0, 9) + "\nReported-Domain: wanderpost.example\n"
       "Source-IP: " + IP + "\n")
body = multipart("report", [
    text_part("This is an email abuse report for an email message received from IP " + IP + " on " + dt(2026, 12, 2, 21, 0, 9) + ".\nFor more information about this format please see http://www.mipassoc.org/arf/.\n"),
    part("message/feedback-report", arf, cte=None),
    part("message/rfc822", orig("bellamy.r@yahoo.com", name) + "\nThis week: night trains across the Alps, and how to book them.\n", cte=None)],
    bnd, " report-type=feedback-report;")
hops = received([("feedback.yahoo.com", "98.136.101.10", "bounce-in.wanderpost.example", "Postfix", "4QkZ9f8e7d", date, "fbl@wanderpost.example")])
write(OUT, name, mail([hops, ("Date", date), ("From", "feedback@arf.mail.yahoo.com"), ("To", "fbl@wanderpost.example"),
                       ("Subject", "FW: " + SUBJ), ("Message-ID", mid(name, "arf.mail.yahoo.com"))], body))
expect(name, "bellamy.r@yahoo.com", "feedback", False, action="", vendor="yahoo")


# --- Near-misses: what else the bounce mailbox gets
def nb(name, frm, subject, text, charset="us-ascii", extra=(), minute=30):
    date = dt(2026, 12, 2, 22, minute, 41)
    host = frm.split("@")[1].rstrip(">")
    hops = received([("mail." + host, "198.51.100.77", "bounce-in.wanderpost.example", "Postfix", "4QnB" + str(minute) + "Qq", date, SENDER)])
    write(NB, name, plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host, hops=hops,
                               text=text, charset=charset, extra=extra, auto=False))


nb("nb-reply-please-remove-me.eml", "Harold Pike <h.pike@btinternet.example>", "Re: " + SUBJ,
   "Please take me off this list, I never signed up and my inbox is full enough already.\n\nH. Pike\n\n> Wanderpost Weekly #412\n> This week: night trains across the Alps\n")
nb("nb-unsubscribe-mailto.eml", "ana.souza@uol.example", "unsubscribe",
   "unsubscribe\n", minute=31)
nb("nb-reply-wrong-address-typo.eml", "Mei Tanaka <mei.tanaka@kitano-trading.example>", "Re: " + SUBJ,
   "Hello,\n\nI changed jobs; my old address p.nakamura@kitano-trading.example no longer exists\nand your mails to it will bounce. Please use this one instead.\n\nThanks, Mei\n", minute=32)
nb("nb-reader-mailbox-was-full.eml", "Tomasz K <t.kowalczyk.new@gmail.com>", "Didn't get last week's issue",
   "Hi team,\n\nI think I missed issue #411 because my mailbox was full (Google said I was out of storage).\nI've cleaned it up now - could you resend it?\n\nTomasz\n", minute=33)
nb("nb-reader-question-delivery.eml", "Jules Martin <jules.martin@free.example>", "Re: " + SUBJ,
   "Bonjour, is the Vienna - Venice sleeper delivered as a through-coach or do we change in Villach?\nMerci!\n", minute=34)
nb("nb-spam-mailbox-verification.eml", "Mail Administrator <support@mailbox-verify.example>", "Delivery failure: your mailbox will be suspended",
   "Dear user,\n\nYour mailbox has exceeded its storage limit and undelivered messages are on hold.\nVerify your account within 24 hours to release 7 pending messages:\nhttp://mailbox-verify.example/release\n\nMail Administrator\n", minute=35)
nb("nb-spam-seo-offer.eml", "Rank Booster <offers@rankbooster.example>", "Your website wanderpost.example is not ranking",
   "Hi,\n\nWe noticed wanderpost.example is blocked from page one for many keywords.\nWe can fix that within 30 days. Reply YES for a free audit.\n", minute=36)
nb("nb-support-ticket-auto-ack.eml", "Kestrel Optics Support <support@kestrel-optics.example>", "[Ticket #88213] Re: " + SUBJ,
   "Thank you for contacting Kestrel Optics support.\nYour request has been received and a ticket (#88213) has been created.\nAn agent will reply within 2 business days.\n", minute=37)
nb("nb-reply-forwarded-to-colleague.eml", "Sven Aalto <sven.aalto@nordkust-bygg.example>", "Fwd: " + SUBJ,
   "Jonas left us in October, I'm forwarding your newsletter to myself now. Please change the subscriber address to mine.\n\nSven\n", minute=38)
nb("nb-reply-back-from-holiday.eml", "Ines Carvalho <ines.carvalho@sapo.example>", "Re: " + SUBJ,
   "I was out of the office for three weeks and only now read your issue #412 -\nthe Bernina Express piece was lovely. Is there a printable version?\n\nInes\n", minute=39)

# DMARC aggregate report (gzip attachment, deterministic)
name = "nb-dmarc-aggregate-google.eml"
xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n"
       "    <email>noreply-dmarc-support@google.com</email>\n    <report_id>1428849104471726122</report_id>\n"
       "    <date_range><begin>1764633600</begin><end>1764719999</end></date_range>\n  </report_metadata>\n"
       "  <policy_published><domain>wanderpost.example</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><sp>reject</sp><pct>100</pct></policy_published>\n"
       "  <record><row><source_ip>192.0.2.44</source_ip><count>18213</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>\n"
       "  <identifiers><header_from>wanderpost.example</header_from></identifiers>\n"
       "  <auth_results><dkim><domain>wanderpost.example</domain><result>pass</result></dkim><spf><domain>bounce.wanderpost.example</domain><result>pass</result></spf></auth_results></record>\n</feedback>\n")
gz = gzip.compress(xml.encode(), mtime=0)
raw = base64.b64encode(gz).decode()
date = dt(2026, 12, 3, 2, 59, 59, "-0800")
hops = received([("mail-sor-f73.google.com", "209.85.220.73", "bounce-in.wanderpost.example", "Postfix", "4QpD7x6y5z", date, "dmarc@wanderpost.example")])
body = multipart("mixed", [
    text_part("This is an aggregate report from google.com.\n"),
    part("application/gzip; name=\"google.com!wanderpost.example!1764633600!1764719999.xml.gz\"",
         "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)), "base64",
         "Content-Disposition: attachment; filename=\"google.com!wanderpost.example!1764633600!1764719999.xml.gz\"")],
    boundary(name), "")
write(NB, name, mail([hops, ("Date", date), ("From", "noreply-dmarc-support@google.com"), ("To", "dmarc@wanderpost.example"),
                      ("Subject", "Report domain: wanderpost.example Submitter: google.com Report-ID: 1428849104471726122"),
                      ("Message-ID", mid(name, "google.com"))], body))

# DMARC aggregate report from Microsoft (zip-less xml.gz, plain English cover text)
name = "nb-dmarc-aggregate-outlook.eml"
xml2 = xml.replace("google.com", "Outlook.com").replace("1428849104471726122", "4c1d7e0a2f3b4a5c9d8e7f6a5b4c3d2e").replace("18213", "9120")
gz2 = gzip.compress(xml2.encode(), mtime=0)
raw2 = base64.b64encode(gz2).decode()
date = dt(2026, 12, 3, 4, 12, 30)
hops = received([("NAM12-DM6-obe.outbound.protection.outlook.com", "52.100.0.9", "bounce-in.wanderpost.example", "Postfix", "4QpE1a2b3c", date, "dmarc@wanderpost.example")])
body = multipart("mixed", [
    text_part("This is a DMARC aggregate report from Microsoft Corporation. For Emails received between 2026-12-02 00:00:00 UTC to 2026-12-03 00:00:00 UTC.\n\nYou're receiving this email because you have included your email address in the 'rua' tag of your DMARC record in DNS for wanderpost.example. Please remove your email address from the 'rua' tag if you don't want to receive this email.\n\nPlease do not respond to this e-mail. This mailbox is not monitored and you will not receive a response.\n"),
    part("application/gzip; name=\"enterprise.protection.outlook.com!wanderpost.example!1764633600!1764720000.xml.gz\"",
         "\n".join(raw2[i:i + 76] for i in range(0, len(raw2), 76)), "base64",
         "Content-Disposition: attachment; filename=\"enterprise.protection.outlook.com!wanderpost.example!1764633600!1764720000.xml.gz\"")],
    boundary(name), "")
write(NB, name, mail([hops, ("Date", date), ("From", "DMARC Aggregate Report <dmarcreport@microsoft.com>"), ("To", "dmarc@wanderpost.example"),
                      ("Subject", "Report Domain: wanderpost.example Submitter: enterprise.protection.outlook.com Report-ID: 4c1d7e0a2f3b4a5c9d8e7f6a5b4c3d2e"),
                      ("Message-ID", mid(name, "microsoft.com"))], body))

write_expected(os.path.join(OUT, "expected.jsonl"))
