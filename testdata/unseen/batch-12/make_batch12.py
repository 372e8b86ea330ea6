#!/usr/bin/env python3
"""Writes testdata/unseen/batch-12: one night of a mid-size newsletter
sender's return-path mailbox (The Larder Letter, 200,000 mostly consumer
subscribers), with real-life frequencies: mostly user unknown, full
mailboxes, disabled accounts, dead domains, blocks and rate limits from the
big providers and corporate gateways, a tail of rarer reasons, delay
notices, auto-replies and complaint reports; ordinary mail that lands in the
same mailbox is in not-bounce/ and must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch12.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

MTA = "mta3.send.larderletter.example"
MTA_IP = "198.51.100.23"
SUBJ = "The Larder Letter #212: winter squash, three ways"
ODATE = dt(2026, 12, 2, 21, 0, 4, "+0000")


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def verp(rcpt):
    return "bounce+" + hashlib.md5(rcpt.encode()).hexdigest()[:10] + "@bounce.larderletter.example"


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def news_orig(rcpt, name, body=False):
    h = orig_headers("news@larderletter.example", rcpt, SUBJ, ODATE, mid(name + "o", "larderletter.example"),
                     extra="List-Unsubscribe: <https://larderletter.example/u/" + qid(rcpt, 16).lower() +
                     ">\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nX-Campaign: ll-212")
    h = h.replace("Return-Path: <news@larderletter.example>", "Return-Path: <" + verp(rcpt) + ">")
    if body:
        h += "\nThis week: roasted squash with miso, a soup for cold evenings and a\nsquash bread that keeps for days.\n\nUnsubscribe: https://larderletter.example/u/\n"
    return h


PF_HEAD = """This is the mail system at host %s.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_DELAY = """This is the mail system at host %s.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than %d hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

MINUTE = [0]


def night():
    """Bounce dates spread over the night, in order."""
    MINUTE[0] += 7
    m = MINUTE[0]
    return dt(2026, 12, 2, 21 + m // 60, m % 60, (m * 13) % 60, "+0000") if m < 180 else \
        dt(2026, 12, 3, (m - 180) // 60, m % 60, (m * 13) % 60, "+0000")


def pf(name, rcpt, text, status, diag=None, remote=None, delay=0, reason="", hard=False, reply="", vendor=""):
    """A bounce or delay notice from the sender's own Postfix with the remote reply."""
    d = night()
    head = (PF_DELAY % (MTA, delay)) if delay else (PF_HEAD % MTA)
    r = {"final": rcpt, "original": rcpt, "action": "delayed" if delay else "failed", "status": status,
         "remote": remote, "diag": diag}
    if delay:
        r["will_retry"] = dt(2026, 12, 7, 21, 0, 4, "+0000")
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    write(OUT, name, dsn_mail(name, frm=f"MAILER-DAEMON@{MTA} (Mail Delivery System)", to=verp(rcpt),
                              subject=subj, date=d, host=MTA, hops="Return-Path: <>\nDelivered-To: " + verp(rcpt) + "\n" + hop(name, "bounce-in.larderletter.example", "Postfix", d, MTA, MTA_IP),
                              text=head + text, recips=[r], arrival=ODATE, orig=news_orig(rcpt, name),
                              reporting=MTA))
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action="delayed" if delay else "failed",
           vendor=vendor)


def said(name, rcpt, mx, ip, reply_text, stage, status, reason, hard=False, delay=0, vendor=""):
    # Postfix folds the reply into lines of at most 80 columns, continued with 4 spaces.
    text = "\n".join(textwrap.wrap(f"<{rcpt}>: host {mx}[{ip}] said: {reply_text} (in reply to {stage} command)",
                                   width=79, subsequent_indent="    ", break_long_words=False,
                                   break_on_hyphens=False)) + "\n"
    code = reply_text[:3]
    pf(name, rcpt, text, status, diag=reply_text, remote=mx, delay=delay, reason=reason, hard=hard, reply=code,
       vendor=vendor)


GMX = "gmail-smtp-in.l.google.com"
# ================================================================ Gmail
said("gmail-nosuchuser-rcpt.eml", "marjorie.fenwick1957@gmail.com", GMX, "192.0.2.27",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-b7a1c2d3e4fsi88121966b.412 - gsmtp",
     "RCPT TO", "5.1.1", "userunknown", True, vendor="gmail")
said("gmail-nosuchuser-second-subscriber.eml", "dan.okafor.cooks@gmail.com", "alt1.gmail-smtp-in.l.google.com", "192.0.2.28",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-47d1e2f3a4bsi5512208f.88 - gsmtp",
     "RCPT TO", "5.1.1", "userunknown", True, vendor="gmail")
said("gmail-overquota-temp-delayed.eml", "lou.brandt.home@gmail.com", GMX, "192.0.2.27",
     "452-4.2.2 The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp d75a77b69052e-4f1a2b3c4d5si771002a1.7 - gsmtp",
     "RCPT TO", "4.2.2", "mailboxfull", delay=4, vendor="gmail")
said("gmail-recipient-receiving-rate-delayed.eml", "sales.desk.pinecrest@gmail.com", GMX, "192.0.2.27",
     "450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later point. If the user is able to receive mail at that 450-4.2.1 time, your message will be delivered. For more information, go to 450 4.2.1  https://support.google.com/mail/?p=ReceivingRatePerm 2adb3069b0e04-5a1b2c3d4e5si44012e87.3 - gsmtp",
     "RCPT TO", "4.2.1", "ratelimited", delay=2, vendor="gmail")
said("gmail-bulk-sender-unauthenticated.eml", "hattie.marsh@gmail.com", GMX, "192.0.2.27",
     "550-5.7.26 Your email has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [bounce.larderletter.example] with ip: [198.51.100.23] = did not pass 550-5.7.26  550-5.7.26  For instructions on setting up authentication, go to 550 5.7.26  https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-c1d2e3f4a5bsi1120031a12.91 - gsmtp",
     "end of DATA", "5.7.26", "authfailure", vendor="gmail")
said("gmail-likely-unsolicited.eml", "p.quartermaine@gmail.com", GMX, "192.0.2.27",
     "550-5.7.1 [198.51.100.23      19] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, 550-5.7.1 this message has been blocked. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 98e67ed59e1d1-3b1c2d3e4f5si3311045a.201 - gsmtp",
     "end of DATA", "5.7.1", "spamdetected", vendor="gmail")

# ================================================================ Outlook.com / Hotmail
OLK = "hotmail-com.olc.protection.outlook.com"
said("hotmail-mailbox-unavailable-short.eml", "brennan_kyle@hotmail.com", OLK, "192.0.2.61",
     "550 5.5.0 Requested action not taken: mailbox unavailable. [DS3PEPF000099E1.namprd04.prod.outlook.com 2026-12-02T21:14:06.118Z 08DE31A2C4F1B2D7]",
     "RCPT TO", "5.5.0", "userunknown", True, vendor="outlook")
said("outlookcom-mailbox-unavailable-live.eml", "gwen.oduya@live.co.uk", "eur.olc.protection.outlook.com", "192.0.2.62",
     "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-12-02T21:21:40.551Z 08DE31A2C4F1B2E0]",
     "RCPT TO", "5.5.0", "userunknown", True, vendor="outlook")
said("outlookcom-s3150-block-list.eml", "tess.vandermeer@outlook.com", "outlook-com.olc.protection.outlook.com", "192.0.2.63",
     "550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [SN1PEPF0002636B.namprd02.prod.outlook.com 2026-12-02T21:28:19.004Z 08DE31A2C4F1B2E9]",
     "MAIL FROM", "5.7.1", "blocked", vendor="outlook")
said("msn-ip-reputation-throttle-delayed.eml", "ruthie.k@msn.com", "msn-com.olc.protection.outlook.com", "192.0.2.64",
     "451 4.7.650 The mail server [198.51.100.23] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S843) [BL6PEPF0001AB4F.namprd04.prod.outlook.com 2026-12-02T21:35:00.771Z 08DE31A2C4F1B2F2]",
     "MAIL FROM", "4.7.650", "badreputation", delay=3, vendor="outlook")

# ================================================================ Yahoo / AOL
YMX = "mta7.am0.yahoodns.net"
said("yahoo-dd-mailbox-disabled-554.30.eml", "cookiejar_linda@yahoo.com", YMX, "192.0.2.91",
     "554 delivery error: dd Sorry your message to cookiejar_linda@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4321.mail.gq1.yahoo.com",
     "end of DATA", "5.0.0", "suspend", vendor="yahoo")
said("yahoo-dd-no-account-ymail.eml", "bobby.tran88@ymail.com", YMX, "192.0.2.92",
     "554 delivery error: dd This user doesn't have a ymail.com account (bobby.tran88@ymail.com) [0] - mta4022.mail.bf1.yahoo.com",
     "end of DATA", "5.0.0", "userunknown", True, vendor="yahoo")
said("yahoo-552-mailbox-not-found-rcpt.eml", "f.delacroix_77@yahoo.fr", "mx-eu.mail.am0.yahoodns.net", "192.0.2.93",
     "552 1 Requested mail action aborted, mailbox not found",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="yahoo")
said("yahoo-tss04-volume-complaints-delayed.eml", "m.ostrowski@yahoo.com", YMX, "192.0.2.91",
     "421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
     "MAIL FROM", "4.7.0", "ratelimited", delay=2, vendor="yahoo")
said("aol-bl23-spamhaus-xbl.eml", "grandpa.walt@aol.com", "mx-aol.mail.gm0.yahoodns.net", "192.0.2.94",
     "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see https://postmaster.yahooinc.com/error-codes",
     "MAIL FROM", "5.7.1", "blocked", vendor="yahoo")

# ================================================================ iCloud
IMX = "mx01.mail.icloud.com"
said("icloud-user-does-not-exist.eml", "jess.harwood@icloud.com", IMX, "192.0.2.121",
     "550 5.1.1 <jess.harwood@icloud.com>: user does not exist",
     "RCPT TO", "5.1.1", "userunknown", True, vendor="icloud")
said("icloud-me-cs01-local-policy.eml", "tobias.lind@me.com", "mx02.mail.icloud.com", "192.0.2.122",
     "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
     "end of DATA", "5.7.1", "policyviolation", vendor="icloud")

# ================================================================ Comcast
said("comcast-bl000000-spam-block.eml", "ed.kowalczyk@comcast.net", "mx1a1.comcast.net", "192.0.2.151",
     "554 resimta-po-12v.sys.comcast.net comcast 198.51.100.23 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
     "MAIL FROM", "5.0.0", "blocked", vendor="comcast")
said("comcast-mailbox-full-552.eml", "nana.ruth@comcast.net", "mx2c1.comcast.net", "192.0.2.152",
     "552 5.2.2 <nana.ruth@comcast.net> Mailbox is full, try again later",
     "RCPT TO", "5.2.2", "mailboxfull", vendor="comcast")

# ================================================================ GMX / web.de
said("gmx-mailbox-unavailable.eml", "k.brandstetter@gmx.de", "mx00.emig.gmx.net", "192.0.2.171",
     "550 Requested action not taken: mailbox unavailable",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="gmx")
said("webde-exceeded-storage-allocation.eml", "oma.hilde@web.de", "mx-ha03.web.de", "192.0.2.172",
     "552 Requested mail action aborted: exceeded storage allocation",
     "RCPT TO", "5.0.0", "mailboxfull", vendor="webde")
said("gmx-net-ratelimit-delayed.eml", "thomas.weidinger@gmx.net", "mx01.emig.gmx.net", "192.0.2.173",
     "421-ratelimit exceeded 421 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=198.51.100.23&c=rl",
     "MAIL FROM", "4.0.0", "ratelimited", delay=1, vendor="gmx")

# ================================================================ Orange / mail.ru / QQ / NetEase
said("orange-ofr-invalid-recipient-416.eml", "jp.marchal@orange.fr", "smtp-in.orange.fr", "192.0.2.181",
     "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
     "RCPT TO", "5.1.1", "userunknown", True, vendor="orange")
said("wanadoo-ofr-mailbox-full-417.eml", "mamie.colette@wanadoo.fr", "smtp-in.orange.fr", "192.0.2.182",
     "552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
     "RCPT TO", "5.2.2", "mailboxfull", vendor="orange")
said("mailru-account-disabled.eml", "natasha.v88@mail.ru", "mxs.mail.ru", "192.0.2.191",
     "550 Message was not accepted -- invalid mailbox.  Local mailbox natasha.v88@mail.ru is unavailable: account is disabled",
     "RCPT TO", "5.0.0", "suspend", vendor="mailru")
said("qq-mailbox-not-found-help-link.eml", "1839204471@qq.com", "mx3.qq.com", "192.0.2.201",
     "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="qq")
said("netease163-user-not-found.eml", "chen_meiling1990@163.com", "163mx01.mxmail.netease.com", "192.0.2.211",
     "550 User not found: chen_meiling1990@163.com",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="netease")
said("netease126-dt-spm-content.eml", "wangjie_cook@126.com", "126mx00.mxmail.netease.com", "192.0.2.212",
     "554 DT:SPM 126 mx9,QMCowAD3n4Xk2lBnlF9JAQ--.21541S2 1764710402, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.23&hostid=mx9&time=1764710402",
     "end of DATA", "5.0.0", "spamdetected", vendor="netease")

# ================================================================ corporate servers seen through the sender's Postfix
said("postfix-virtual-mailbox-table.eml", "ordering@harbourbakery.example", "mail.harbourbakery.example", "203.0.113.14",
     "550 5.1.1 <ordering@harbourbakery.example>: Recipient address rejected: User unknown in virtual mailbox table",
     "RCPT TO", "5.1.1", "userunknown", True)
said("postfix-local-recipient-table.eml", "chef.amadou@thymeandtide.example", "mx.thymeandtide.example", "203.0.113.15",
     "550 5.1.1 <chef.amadou@thymeandtide.example>: Recipient address rejected: User unknown in local recipient table",
     "RCPT TO", "5.1.1", "userunknown", True)
said("postfix-dovecot-quota-lmtp.eml", "info@glenrowan-farmshop.example", "mail.glenrowan-farmshop.example", "203.0.113.16",
     "552 5.2.2 <info@glenrowan-farmshop.example> Quota exceeded (mailbox for user is full)",
     "end of DATA", "5.2.2", "mailboxfull")
said("exim-cpanel-no-such-user-here.eml", "hello@quincekitchen.example", "quincekitchen.example", "203.0.113.17",
     "550 No Such User Here",
     "RCPT TO", "5.0.0", "userunknown", True)
said("exchange-online-resolver-adr-not-found.eml", "m.achterberg@lindqvist-foods.example", "lindqvistfoods-example.mail.protection.outlook.com", "192.0.2.65",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.achterberg@lindqvist-foods.example not found by SMTP address lookup",
     "RCPT TO", "5.1.10", "userunknown", True, vendor="office365")
said("exchange-online-dbeb-access-denied.eml", "anna.pietersen@delftcatering.example", "delftcatering-example.mail.protection.outlook.com", "192.0.2.66",
     "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM2PEPF0001C70E.eurprd05.prod.outlook.com 2026-12-02T22:41:09.372Z 08DE31A2C4F1B3A1]",
     "RCPT TO", "5.4.1", "userunknown", True, vendor="office365")
said("google-workspace-ip-not-authorized.eml", "kitchen@saltmarsh-inn.example", "aspmx.l.google.com", "192.0.2.29",
     "550-5.7.1 [198.51.100.23] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. For more information, go to 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError 6a1803df08f44-88c1d2e3f4asi1020203d6.55 - gsmtp",
     "MAIL FROM", "5.7.1", "blocked", vendor="google")
said("proofpoint-blocked-ipcheck.eml", "procurement@meridian-hotels.example", "mx0b-00192e01.pphosted.com", "192.0.2.131",
     "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.23",
     "MAIL FROM", "5.7.1", "blocked", vendor="proofpoint")
said("mimecast-invalid-recipient-doc.eml", "f.gallagher@brightwater-legal.example", "eu-smtp-inbound-1.mimecast.com", "192.0.2.141",
     "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [hQ2xK8bTMdWcA1lzq7Rj3g.uk209]",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="mimecast")
said("mimecast-internal-resource-delayed.eml", "events@rowan-conference.example", "us-smtp-inbound-2.mimecast.com", "192.0.2.142",
     "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [mT4pq2XaNxqH0cv9EJkP3Q.us120]",
     "RCPT TO", "4.0.0", "systemerror", delay=2, vendor="mimecast")
said("barracuda-no-such-user-ldap.eml", "jmiller@northfield-schools.example", "d123456a.ess.barracudanetworks.com", "192.0.2.161",
     "550 No such user (jmiller@northfield-schools.example)",
     "RCPT TO", "5.0.0", "userunknown", True, vendor="barracuda")
said("barracuda-reputation-brbl-554.eml", "admin@fernhill-grocers.example", "mx.fernhill-grocers.example", "203.0.113.18",
     "554 Service unavailable; Client host [198.51.100.23] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip=198.51.100.23",
     "MAIL FROM", "5.0.0", "blocked", vendor="barracuda")

# ---------------------------------------------------------------- dead domains, local failures
pf("postfix-host-not-found-dead-isp.eml", "sylvia.mount@earthlink-legacy.example",
   "<sylvia.mount@earthlink-legacy.example>: Host or domain name not found. Name service\n    error for name=earthlink-legacy.example type=MX: Host not found\n",
   "5.4.4", diag="X-Postfix; Host or domain name not found. Name service error for name=earthlink-legacy.example type=MX: Host not found",
   reason="hostunknown", hard=True)
pf("postfix-host-not-found-type-a.eml", "rob@oldcafe-brisbane.example",
   "<rob@oldcafe-brisbane.example>: Host or domain name not found. Name service error\n    for name=oldcafe-brisbane.example type=A: Host not found\n",
   "5.4.4", diag="X-Postfix; Host or domain name not found. Name service error for name=oldcafe-brisbane.example type=A: Host not found",
   reason="hostunknown", hard=True)
pf("postfix-nullmx-does-not-accept.eml", "newsletters@parked-bakes.example",
   "<newsletters@parked-bakes.example>: Domain parked-bakes.example does not accept mail\n    (nullMX)\n",
   "5.1.0", diag="X-Postfix; Domain parked-bakes.example does not accept mail (nullMX)",
   reason="notaccept", hard=True)
pf("postfix-connect-timed-out-delayed.eml", "orders@wildgarlic-deli.example",
   "<orders@wildgarlic-deli.example>: connect to mail.wildgarlic-deli.example[203.0.113.19]:25:\n    Connection timed out\n",
   "4.4.1", diag="X-Postfix; connect to mail.wildgarlic-deli.example[203.0.113.19]:25: Connection timed out",
   delay=6, reason="networkerror")
pf("postfix-dns-servfail-delayed.eml", "pat.ledger@mountain-co-op.example",
   "<pat.ledger@mountain-co-op.example>: Host or domain name not found. Name service error\n    for name=mountain-co-op.example type=MX: Host not found, try again\n",
   "4.4.3", diag="X-Postfix; Host or domain name not found. Name service error for name=mountain-co-op.example type=MX: Host not found, try again",
   delay=4, reason="networkerror")
said("postfix-message-size-fixed-limit.eml", "frontdesk@lakeview-dental.example", "mx.lakeview-dental.example", "203.0.113.20",
     "552 5.3.4 Message size exceeds fixed limit",
     "end of DATA", "5.3.4", "emailtoolarge")
said("exim-sender-verify-failed.eml", "shop@brackenridge-tea.example", "server.brackenridge-tea.example", "203.0.113.21",
     "550-Verification failed for <bounce+5e1a2b3c4d@bounce.larderletter.example> 550-Called:   198.51.100.40 550-Sent:     RCPT TO:<bounce+5e1a2b3c4d@bounce.larderletter.example> 550-Response: 550 5.1.1 Unknown address 550 Sender verify failed",
     "RCPT TO", "5.0.0", "rejected")
said("exchange-starttls-required.eml", "accounts@hollis-engineering.example", "smtp.hollis-engineering.example", "203.0.113.22",
     "530 5.7.0 Must issue a STARTTLS command first",
     "MAIL FROM", "5.7.0", "failedstarttls")
said("postfix-relay-access-denied.eml", "taste@oakbarrel-club.example", "mx.oakbarrel-club.example", "203.0.113.23",
     "554 5.7.1 <taste@oakbarrel-club.example>: Relay access denied",
     "RCPT TO", "5.7.1", "norelaying")
said("postfix-insufficient-storage-delayed.eml", "news@riverside-allotments.example", "mail.riverside-allotments.example", "203.0.113.24",
     "452 4.3.1 Insufficient system storage",
     "MAIL FROM", "4.3.1", "systemfull", delay=8)
said("sendmail-user-not-local-please-try.eml", "j.wexford@rockpool-media.example", "mail.rockpool-media.example", "203.0.113.25",
     "551 5.1.6 User not local; please try <jwexford@tidewater-press.example>",
     "RCPT TO", "5.1.6", "hasmoved", True)
said("spf-fail-corporate-5.7.23.eml", "buyers@cresswell-wholesale.example", "mx1.cresswell-wholesale.example", "203.0.113.26",
     "550 5.7.23 SPF validation failed: 198.51.100.23 is not allowed to send mail from bounce.larderletter.example",
     "MAIL FROM", "5.7.23", "authfailure")
said("rspamd-spam-message-rejected.eml", "recipes@copperpot-school.example", "mail.copperpot-school.example", "203.0.113.27",
     "554 5.7.1 Spam message rejected",
     "end of DATA", "5.7.1", "spamdetected")


# ================================================================ notices from the receiving side (after accept)
def with_returned(name, *, frm, to, subject, date, host, sw, text, orig, charset="us-ascii", cte=None, auto=True, extra=()):
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, "bounce-in.larderletter.example", "Postfix", date, host, "203.0.113.60")
             + "\n" + hop(name + "i", host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def plain(name, *, frm, to, subject, date, host, sw, text, charset="us-ascii", cte=None, extra=(), auto=True):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, "bounce-in.larderletter.example", "Postfix", date, host, "203.0.113.61"),
                      text=text, charset=charset, cte=cte, extra=extra, auto=auto)


# Exchange Online NDR with DSN (mailbox full, after accept)
n = "exchange-online-quota-exceeded-ndr.eml"
r = "c.hendricks@pelham-estates.example"
d = night()
html = f"""<html><body><p><b><font color="#000066" size="3">Your message to {r} couldn't be delivered.</font></b></p>
<p>The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.</p>
<p><b>c.hendricks</b> Office 365 <b>c.hendricks</b> Action Required Recipient</p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: PH0PR12MB7012.namprd12.prod.outlook.com<br>{r}<br>Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'</p>
</body></html>"""
text = f"""Your message to {r} couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try
resending your message later, or contact the recipient directly.

c.hendricks
Office 365
Action Required                 Recipient

Diagnostic information for administrators:

Generating server: PH0PR12MB7012.namprd12.prod.outlook.com

{r}
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'
"""
write(OUT, n, dsn_mail(n, frm="postmaster@pelhamestates.onmicrosoft.com", to=verp(r), subject="Undeliverable: " + SUBJ,
                       date=d, host="PH0PR12MB7012.namprd12.prod.outlook.com",
                       hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "NAM12-DM6-obe.outbound.protection.outlook.com", "192.0.2.70"),
                       text=text, alt_html=html, recips=[{"final": r, "action": "failed", "status": "5.2.2",
                       "remote": "PH0PR12MB7012.namprd12.prod.outlook.com",
                       "diag": "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]"}],
                       orig=news_orig(r, n), extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]))
expect(n, r, "mailboxfull", status="5.2.2", reply="554", vendor="office365")

# Exchange Online: distribution group restricted (rarer)
n = "exchange-online-group-not-authorized.eml"
r = "all-staff@kestrel-architects.example"
d = night()
text = f"""Your message to {r} couldn't be delivered.

all-staff only accepts messages from people in its organization or on its
allowed senders list, and your email address isn't on the list.

news              Office 365          all-staff
Action Required                       Recipient

Not authorized to send to this group

How to Fix It
Ask the group owner to add your email address to the group's allowed senders
list.

Diagnostic information for administrators:

Generating server: LO2P265MB5551.GBRP265.PROD.OUTLOOK.COM

{r}
Remote server returned '550 5.7.193 RESOLVER.RST.AuthRequiredFromAllowedSenders; authentication required from allowed senders'
"""
write(OUT, n, dsn_mail(n, frm="postmaster@kestrelarchitects.onmicrosoft.com", to=verp(r), subject="Undeliverable: " + SUBJ,
                       date=d, host="LO2P265MB5551.GBRP265.PROD.OUTLOOK.COM",
                       hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "GBR01-LO2-obe.outbound.protection.outlook.com", "192.0.2.71"),
                       text=text, recips=[{"final": r, "action": "failed", "status": "5.7.193",
                       "remote": "LO2P265MB5551.GBRP265.PROD.OUTLOOK.COM",
                       "diag": "smtp;550 5.7.193 RESOLVER.RST.AuthRequiredFromAllowedSenders; authentication required from allowed senders"}],
                       orig=news_orig(r, n)))
expect(n, r, "securityerror", status="5.7.193", reply="550", vendor="office365")

# Google Workspace forwarder: Gmail DSN "Address not found" for a Workspace alias target
n = "google-workspace-address-not-found.eml"
r = "barista@copperkettle-roasters.example"
d = night()
text = f"""** Address not found **

Your message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=verp(r),
                       subject="Delivery Status Notification (Failure)", date=d, host="mx.google.com",
                       hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "mail-sor-f69.google.com", "192.0.2.30"),
                       text=text, recips=[{"final": r, "original": r, "action": "failed", "status": "5.1.1",
                       "remote": "gmail-smtp-in.l.google.com",
                       "diag": "smtp; The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser"}],
                       orig=news_orig(r, n), extra=[("X-Failed-Recipients", r)]))
expect(n, r, "userunknown", hard=True, status="5.1.1", vendor="google")

# Exim on a shared host, plain text, recipient only in the text
n = "exim-plain-quota-exceeded-text-only.eml"
r = "mags@thepantryshelf.example"
d = night()
write(OUT, n, with_returned(n, frm="Mail Delivery System <Mailer-Daemon@host212.webspace-hub.example>", to=verp(r),
      subject="Mail delivery failed: returning message to sender", date=d, host="host212.webspace-hub.example",
      sw="Exim 4.98", auto=True, text=f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {r}
    mailbox is full: retry timeout exceeded
""", orig=news_orig(r, n, body=True)))
expect(n, r, "mailboxfull", vendor="exim")

n = "exim-retry-timeout-gave-up.eml"
r = "office@quarry-lane-vets.example"
d = night()
write(OUT, n, with_returned(n, frm="Mail Delivery System <Mailer-Daemon@relay.fibrenet-uk.example>", to=verp(r),
      subject="Mail delivery failed: returning message to sender", date=d, host="relay.fibrenet-uk.example",
      sw="Exim 4.97", text=f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {r}
    retry timeout exceeded
    all hosts for 'quarry-lane-vets.example' have been failing for a long time (and retry time not reached)
""", orig=news_orig(r, n), extra=[("X-Failed-Recipients", r)]))
expect(n, r, "expired", vendor="exim")

# qmail, recipient only in the text
n = "qmail-no-mailbox-here-text-only.eml"
r = "bertie@hedgerow-press.example"
d = night()
write(OUT, n, plain(n, frm="MAILER-DAEMON@mail.hedgerow-press.example", to=verp(r), subject="failure notice", date=d,
      host="mail.hedgerow-press.example", sw="qmail 1.03", auto=False, text=f"""Hi. This is the qmail-send program at mail.hedgerow-press.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{r}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + news_orig(r, n, body=True)))
expect(n, r, "userunknown", hard=True, status="5.1.1", vendor="qmail")

# a corporate MS Exchange on-premises NDR, recipient disabled
n = "exchange2019-recipient-mailbox-disabled.eml"
r = "l.fairbanks@ashgrove-council.example"
d = night()
write(OUT, n, dsn_mail(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ashgrove-council.example>",
                       to=verp(r), subject="Undeliverable: " + SUBJ, date=d, host="EXCH02.ad.ashgrove-council.example",
                       hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "mail.ashgrove-council.example", "203.0.113.62"),
                       text=f"""Delivery has failed to these recipients or groups:

Lorraine Fairbanks ({r})
The recipient's mailbox has been disabled and can't receive messages. Please
contact the recipient by some other means.

Diagnostic information for administrators:

Generating server: EXCH02.ad.ashgrove-council.example

{r}
Remote Server returned '550 5.2.1 STOREDRV.Deliver; mailbox disabled'
""", recips=[{"final": r, "action": "failed", "status": "5.2.1", "remote": "EXCH02.ad.ashgrove-council.example",
              "diag": "smtp;550 5.2.1 STOREDRV.Deliver; mailbox disabled"}], orig=news_orig(r, n)))
expect(n, r, "suspend", status="5.2.1", reply="550", vendor="exchange")

# Proofpoint after-accept content quarantine notice (plain, recipient in text)
n = "proofpoint-essentials-content-rejected.eml"
r = "wellbeing@sandpiper-health.example"
d = night()
write(OUT, n, with_returned(n, frm="Mail Delivery System <MAILER-DAEMON@mx1-us1.ppe-hosted.com>", to=verp(r),
      subject="Undelivered Mail Returned to Sender", date=d, host="mx1-us1.ppe-hosted.com", sw="Postfix",
      text=f"""Your message could not be delivered to the following recipient:

    {r}

Reason: 550 5.7.1 Message rejected by the recipient's organization: the message
matched a content rule for bulk newsletters (rule "Block marketing mail").

This notice was generated by Proofpoint Essentials.
""", orig=news_orig(r, n)))
expect(n, r, "policyviolation", status="5.7.1", reply="550", vendor="proofpoint")

# an old Sendmail notice with the recipient only in the text
n = "sendmail-plain-user-unknown-text-only.eml"
r = "gus.pemberton@tinpan-alley-music.example"
d = night()
write(OUT, n, plain(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.tinpan-alley-music.example>", to=verp(r),
      subject="Returned mail: see transcript for details", date=d, host="smtp.tinpan-alley-music.example",
      sw="8.18.1/8.18.1", text=f"""The original message was received at Wed, 2 Dec 2026 21:03:11 GMT
from send.larderletter.example [198.51.100.23]

   ----- The following addresses had permanent fatal errors -----
{r}
    (reason: 550 5.1.1 {r}... User unknown)
    (expanded from: <gpemberton@tinpan-alley-music.example>)

   ----- Transcript of session follows -----
... while talking to mailhost.tinpan-alley-music.example.:
>>> RCPT To:<{r}>
<<< 550 5.1.1 {r}... User unknown
550 5.1.1 {r}... User unknown
"""))
expect(n, r, "userunknown", hard=True, status="5.1.1", reply="550", vendor="sendmail")

# web.de German notice, plain, mailbox full (template in German, from a forwarding relay)
n = "webde-weiterleitung-postfach-voll-de.eml"
r = "gerda.ruehl@web.de"
d = night()
write(OUT, n, plain(n, frm="Mail Delivery System <mailer-daemon@mail.stadtwerke-kiel-ost.example>", to=verp(r),
      subject="Unzustellbar: " + SUBJ, date=d, host="mail.stadtwerke-kiel-ost.example", sw="Postfix",
      charset="iso-8859-1", cte="quoted-printable", text=f"""Dies ist eine automatisch erstellte Nachricht.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.
Die Weiterleitung an folgende Adresse ist fehlgeschlagen:

  {r}
  Grund: Das Postfach des Empfängers ist voll, Speicherplatz erschöpft.
  Antwort des Servers: 452 4.2.2 Mailbox full (mx-ha03.web.de)

Es werden keine weiteren Zustellversuche unternommen.
"""))
expect(n, r, "mailboxfull", status="4.2.2", reply="452", vendor="webde")

# mail.ru, second wording, Russian plain notice
n = "mailru-ru-mailbox-overflow-koi8.eml"
r = "sveta.kulik@bk.ru"
d = night()
write(OUT, n, plain(n, frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", to=verp(r),
      subject="Delivery failure", date=d, host="f412.i.mail.ru", sw="Mail.Ru",
      charset="koi8-r", cte="base64", text=f"""Это письмо создано автоматически сервером Mail.Ru.

Ваше письмо не было доставлено адресату {r}.
Причина: почтовый ящик получателя переполнен.

Message was not delivered to {r}: mailbox is full.
"""))
expect(n, r, "mailboxfull", vendor="mailru")

# QQ GB18030 notice via Tencent, disabled account (second QQ wording, recipient in text)
n = "qq-frozen-account-gb18030.eml"
r = "tangyu_2011@qq.com"
d = night()
write(OUT, n, plain(n, frm=enc_header("系统退信", "gb18030") + " <MAILER-DAEMON@qq.com>", to=verp(r),
      subject=enc_header("退信：", "gb18030") + " " + SUBJ, date=d, host="smtpbg.qq.com", sw="Tencent",
      charset="gb18030", cte="base64", text=f"""很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

收件人：{r}
退信原因：收件人帐号已被冻结，无法接收邮件。
The recipient's account has been frozen and cannot receive mail.

此邮件为系统自动发送，请勿回复。
"""))
expect(n, r, "suspend", vendor="qq")

# Outlook.com old template, mailbox full (recipient in text only)
n = "hotmail-old-template-mailbox-full.eml"
r = "dottie.harlan@hotmail.co.uk"
d = night()
write(OUT, n, plain(n, frm="postmaster@hotmail.co.uk", to=verp(r), subject="Delivery Status Notification (Failure)",
      date=d, host="SNT004-MC1F12.hotmail.com", sw="Microsoft SMTPSVC", text=f"""This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       {r}

Reason: the recipient's mailbox has exceeded its storage limit.
"""))
expect(n, r, "mailboxfull", vendor="outlook")

# a Gmail refusal of a message without a Message-ID (a template bug in one send segment)
said("gmail-missing-messageid-header.eml", "auntie.gloria.b@gmail.com", GMX, "192.0.2.27",
     "550-5.7.1 [198.51.100.23] Messages missing a valid Message-ID header are not 550-5.7.1 accepted. For more information, go to 550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review 550 5.7.1 RFC 5322 specifications. 5b1f17b1804b1-47a1b2c3d4esi6610233f.9 - gsmtp",
     "end of DATA", "5.7.1", "notcompliantrfc", vendor="gmail")

# mailbox-full, Postfix virtual delivery over message count
said("postfix-over-message-limit-cyrus.eml", "recipes.box@hearthstone-coop.example", "imap.hearthstone-coop.example", "203.0.113.28",
     "552 5.2.2 Over quota: mailbox holds 50000 messages, limit is 50000",
     "end of DATA", "5.2.2", "mailboxfull")

# comcast user unknown, another wording
said("comcast-not-a-valid-user.eml", "deb.ostrander@comcast.net", "mx1a1.comcast.net", "192.0.2.151",
     "550 5.1.1 <deb.ostrander@comcast.net> is not a valid mailbox",
     "RCPT TO", "5.1.1", "userunknown", True, vendor="comcast")

# AOL through Yahoo, older dd wording
said("aol-dd-not-valid-recipient.eml", "pops.maddox@aol.com", "mx-aol.mail.gm0.yahoodns.net", "192.0.2.94",
     "554 delivery error: dd Not a valid recipient - atlas106.aol.mail.ne1.yahoo.com",
     "end of DATA", "5.0.0", "userunknown", True, vendor="yahoo")

# ================================================================ auto-replies and complaints
n = "vacation-outlook-automatic-reply-en.eml"
r = "j.okonkwo@hillside-practice.example"
d = night()
write(OUT, n, plain_mail(n, frm=f"Joy Okonkwo <{r}>", to=verp(r), subject="Automatic reply: " + SUBJ, date=d,
      host="hillside-practice.example", hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "mail.hillside-practice.example", "203.0.113.63"),
      text="""Thank you for your email. I am away until Monday 14 December with limited
access to email. For anything urgent please call the practice on 01632 960123.

Joy
""", extra=[("X-MS-Exchange-Inbox-Rules-Loop", r), ("X-Auto-Response-Suppress", "All"), ("In-Reply-To", mid(n + "o", "larderletter.example"))]))
expect(n, r, "vacation", action="")

n = "vacation-orange-absence-fr.eml"
r = "claudine.besson@orange.fr"
d = night()
write(OUT, n, plain_mail(n, frm=f"Claudine Besson <{r}>", to=verp(r), subject="=?utf-8?Q?R=C3=A9ponse_automatique?=", date=d,
      host="orange.fr", hops="Return-Path: <>\n" + hop(n, "bounce-in.larderletter.example", "Postfix", d, "smtp-out.orange.fr", "192.0.2.183"),
      charset="utf-8", cte="quoted-printable", text="""Bonjour,

Je suis absente jusqu'au 4 janvier. Votre message sera lu à mon retour.

Claudine
"""))
expect(n, r, "vacation", action="")


def arf(name, *, fb_from, fb_host, ua, rcpt, subject, text, ftype="abuse"):
    d = night()
    fb = part("message/feedback-report", f"""Feedback-Type: {ftype}
User-Agent: {ua}
Version: 1
Original-Mail-From: <{verp(rcpt)}>
Original-Rcpt-To: <{rcpt}>
Arrival-Date: {ODATE}
Source-IP: {MTA_IP}
Reported-Domain: larderletter.example
""", cte=None)
    body = multipart("report", [text_part(text), fb, part("message/rfc822", news_orig(rcpt, name, body=True), cte=None)],
                     boundary(name), " report-type=feedback-report;")
    write(OUT, name, mail([hop(name, "bounce-in.larderletter.example", "Postfix", d, fb_host, "192.0.2.240"),
                           ("Date", d), ("From", fb_from), ("To", verp(rcpt)), ("Subject", subject),
                           ("Message-ID", mid(name, fb_host))], body))
    expect(name, rcpt, "feedback", action="")


arf("arf-comcast-fbl-complaint.eml", fb_from="Comcast FBL <feedbackloop@comcastfbl.example>", fb_host="fbl.comcast.net",
    ua="Comcast-FBL/3.0", rcpt="hank.delgado@comcast.net", subject="Complaint about message from 198.51.100.23",
    text="This is an email abuse report for an email message received from IP 198.51.100.23.\nA Comcast customer marked it as spam.\n")
arf("arf-mailru-fbl-complaint.eml", fb_from="fbl@corp.mail.ru", fb_host="fbl.mail.ru", ua="Mail.Ru FBL",
    rcpt="igor.selivanov@mail.ru", subject="Mail.Ru feedback loop report",
    text="A Mail.Ru user complained about a message from your network (198.51.100.23).\n")


# ================================================================ near-misses (not-bounce/)
def ordinary(name, *, frm, to, subject, text, charset="us-ascii", cte=None, extra=(), host="mail.example.net", ctype_body=None):
    d = night()
    heads = [hop(name, "bounce-in.larderletter.example", "Postfix", d, host, "203.0.113.90"), ("Date", d), ("From", frm),
             ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, ctype_body if ctype_body else text_part(text, charset, cte)))


def quoted_news():
    return "\n> This week: roasted squash with miso, a soup for cold evenings and a\n> squash bread that keeps for days.\n>\n> Unsubscribe: https://larderletter.example/u/\n"


ordinary("nb-reply-please-remove-me.eml", frm="Maureen Tibbs <mo.tibbs@gmail.com>", to=verp("mo.tibbs@gmail.com"),
         subject="Re: " + SUBJ, host="mail-wr1-f54.google.com", extra=[("In-Reply-To", mid("x1o", "larderletter.example"))],
         text="Please remove me from your list. I never signed up for this and I have asked twice.\n\nMaureen\n" + quoted_news())
ordinary("nb-reply-wrong-person-not-john.eml", frm="Jon Abernathy <jon.abernathy@outlook.com>", to=verp("jon.abernathy@outlook.com"),
         subject="RE: " + SUBJ, host="EUR05-AM6-obe.outbound.protection.outlook.com",
         text="Hi, this is not John Abernethy. You have the wrong address, I think he\nmistyped his email when he subscribed. Please stop sending to this one.\n\nJon\n" + quoted_news())
ordinary("nb-reply-abmelden-de.eml", frm="Heinz Vogt <h.vogt@t-online.de>", to=verp("h.vogt@t-online.de"),
         subject="AW: " + SUBJ, host="mailout02.t-online.de", charset="utf-8", cte="quoted-printable",
         text="Bitte melden Sie mich von diesem Newsletter ab. Danke.\n\nMit freundlichen Grüßen\nHeinz Vogt\n")
ordinary("nb-reply-thanks-recipe-question.eml", frm="Priya N <priya.n.bakes@yahoo.com>", to=verp("priya.n.bakes@yahoo.com"),
         subject="Re: " + SUBJ, host="sonic301-22.consmr.mail.ne1.yahoo.com",
         text="Loved the squash bread! Can I use butternut instead of kabocha? My mailbox\nwas full last week so I missed #211, could you resend it?\n\nPriya\n" + quoted_news())
ordinary("nb-reply-left-company-human.eml", frm="Sam Riddell <s.riddell@greyfriars-events.example>", to=verp("s.riddell@greyfriars-events.example"),
         subject="Re: " + SUBJ, host="mail.greyfriars-events.example",
         text="Hello, I took over this mailbox from Alison, who left the company in\nOctober. She no longer works here. Please update your list; I am happy to\nkeep receiving it at this address though.\n\nSam\n")
ordinary("nb-challenge-response-verify.eml", frm="Verification Service <verify@sparrowguard.example>", to=verp("ted.m@sparrowguard.example"),
         subject="Please verify your message to ted.m@sparrowguard.example", host="out.sparrowguard.example",
         extra=[("Auto-Submitted", "auto-generated")],
         text="Hello,\n\nted.m@sparrowguard.example uses SparrowGuard to block unwanted mail. Your message\nis being held. To have it delivered, confirm that you are a person by\nvisiting the link below within 7 days:\n\n  https://sparrowguard.example/confirm?t=8c1f2a\n\nIf you do not confirm, your message will be deleted.\n")
ordinary("nb-challenge-boxbe-style-waitlist.eml", frm="Guest List <noreply@inbox-gate.example>", to=verp("lena.f@inbox-gate.example"),
         subject="Request to add you to lena.f's Guest List", host="mx.inbox-gate.example",
         text="Your message to lena.f has been placed on her Waiting List.\nTo get on her Guest List, please click: https://inbox-gate.example/g/3312\n\nThis is not a delivery failure.\n")
ordinary("nb-unsubscribe-confirmation-own-system.eml", frm="The Larder Letter <news@larderletter.example>", to="bounce-admin@larderletter.example",
         subject="You have been unsubscribed", host="app.larderletter.example",
         text="Unsubscribe processed for carol.benn@gmail.com (one-click, List-Unsubscribe-Post).\nNo further mail will be sent to this address.\n")
ordinary("nb-mua-unsubscribe-mailto.eml", frm="arthur.penhale@btinternet.example", to=verp("arthur.penhale@btinternet.example"),
         subject="unsubscribe", host="mail.btinternet.example", text="unsubscribe\n")
ordinary("nb-spam-mailbox-full-phish.eml", frm="Mail Administrator <admin@secure-mailbox-verify.example>", to=verp("noone@larderletter.example"),
         subject="Your mailbox is full - messages are being returned", host="smtp.cheap-bulk-sender.example",
         text="Dear user,\n\nYour mailbox quota has been exceeded. Incoming messages are being returned\nto the sender as undeliverable. Click below to upgrade your storage now:\n\n  http://secure-mailbox-verify.example/upgrade\n\nMail Administrator\n")
ordinary("nb-spam-seo-offer.eml", frm="Rank Booster <offers@rankboost-seo.example>", to=verp("info@larderletter.example"),
         subject="Get your site on page 1 of Google", host="vps2231.rankboost-seo.example",
         text="Hi there,\n\nI noticed larderletter.example is not ranking for \"winter recipes\". We can fix\nthat in 30 days. Reply STOP if not interested.\n")
ordinary("nb-subscriber-forwards-newsletter-back.eml", frm="Gail Hudson <gail.hudson@icloud.com>", to=verp("gail.hudson@icloud.com"),
         subject="Fwd: " + SUBJ, host="p00-icloudmta-asmtp-us-west-2b.k8s.ap.icloud.com",
         text="Is this the right address to ask about the cookbook? Forwarding so you see which one.\n\nBegin forwarded message:\n\nFrom: The Larder Letter <news@larderletter.example>\nSubject: " + SUBJ + "\nTo: gail.hudson@icloud.com\n\nThis week: roasted squash with miso, a soup for cold evenings and a\nsquash bread that keeps for days.\n")
# DMARC aggregate report (zip-less gzip attachment shown as base64 XML)
n = "nb-dmarc-aggregate-report-google.eml"
xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback><report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email>
<report_id>1449218726512345678</report_id><date_range><begin>1764633600</begin><end>1764719999</end></date_range></report_metadata>
<policy_published><domain>larderletter.example</domain><adkim>r</adkim><aspf>r</aspf><p>none</p></policy_published>
<record><row><source_ip>198.51.100.23</source_ip><count>41022</count><policy_evaluated><disposition>none</disposition>
<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>larderletter.example</header_from></identifiers>
<auth_results><dkim><domain>larderletter.example</domain><result>pass</result></dkim><spf><domain>bounce.larderletter.example</domain><result>pass</result></spf></auth_results></record></feedback>
"""
body = multipart("mixed", [text_part("This is an aggregate report from google.com.\n"),
                           part("application/xml; name=\"google.com!larderletter.example!1764633600!1764719999.xml\"",
                                b64(xml, "utf-8"), "base64", "Content-Disposition: attachment; filename=\"google.com!larderletter.example!1764633600!1764719999.xml\"")],
                 boundary(n))
ordinary(n, frm="noreply-dmarc-support@google.com", to="dmarc-rua@bounce.larderletter.example",
         subject="Report domain: larderletter.example Submitter: google.com Report-ID: 1449218726512345678",
         host="mail-sor-f73.google.com", text="", ctype_body=body)
n = "nb-tlsrpt-report-microsoft.eml"
js = '{"organization-name":"Microsoft Corporation","date-range":{"start-datetime":"2026-12-01T00:00:00Z","end-datetime":"2026-12-01T23:59:59Z"},"contact-info":"tlsrpt-noreply@microsoft.com","report-id":"133777228800000000+larderletter.example","policies":[{"policy":{"policy-type":"sts","policy-domain":"larderletter.example"},"summary":{"total-successful-session-count":118,"total-failure-session-count":0}}]}\n'
body = multipart("report", [text_part("This is an aggregate TLS report from Microsoft Corporation.\n"),
                            part("application/tlsrpt+json; name=\"report.json\"", b64(js, "utf-8"), "base64")],
                 boundary(n), " report-type=tlsrpt;")
ordinary(n, frm="tlsrpt-noreply@microsoft.com", to="tlsrpt@bounce.larderletter.example",
         subject="Report Domain: larderletter.example Submitter: microsoft.com Report-ID: <133777228800000000+larderletter.example>",
         host="mail-eastus2azon11020001.outbound.protection.outlook.com", text="", ctype_body=body,
         extra=[("TLS-Report-Domain", "larderletter.example"), ("TLS-Report-Submitter", "microsoft.com")])
ordinary("nb-read-receipt-mdn.eml", frm="Harold Bixby <h.bixby@earthwave.example>", to=verp("h.bixby@earthwave.example"),
         subject="Read: " + SUBJ, host="mail.earthwave.example",
         ctype_body=multipart("report", [text_part("Your message\n\n  To: h.bixby@earthwave.example\n  Subject: " + SUBJ + "\n\nwas read on Thursday, 3 December 2026 07:12.\n"),
                                         part("message/disposition-notification", "Reporting-UA: mail.earthwave.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;h.bixby@earthwave.example\nOriginal-Message-ID: " + mid("x9o", "larderletter.example") + "\nDisposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
                                         boundary("nb-read-receipt-mdn.eml"), " report-type=disposition-notification;"), text="")
ordinary("nb-helpdesk-human-reply-quoting-undeliverable.eml", frm="Ops Desk <ops@larderletter.example>", to="bounce-admin@larderletter.example",
         subject="Re: lots of undeliverable today?", host="mail.larderletter.example",
         text="Saw the spike of 'mailbox unavailable' from Hotmail in tonight's run. It's\nnormal churn, nothing to do. The list cleaner runs at 06:00.\n\nRaj\n")
ordinary("nb-reply-moved-give-new-address.eml", frm="Elsie Crane <elsie.crane@aol.com>", to=verp("elsie.crane@aol.com"),
         subject="Re: " + SUBJ, host="sonic315-14.consmr.mail.gq1.yahoo.com",
         text="I am changing providers next month. Please send the letter to my new\naddress from now on; I'll sign up again from there. Thank you, love the soups!\n\nElsie\n")
ordinary("nb-postmaster-notice-listing-cleared.eml", frm="Deliverability Team <deliverability@esp-partner.example>", to="bounce-admin@larderletter.example",
         subject="Your IP 198.51.100.23 has been removed from our blocklist", host="mail.esp-partner.example",
         text="Hello,\n\nThe listing for 198.51.100.23 was reviewed and removed. Mail to our users should\nflow normally again within the hour. No action is needed.\n\nDeliverability Team\n")
ordinary("nb-reply-stop-sending-angry-iso.eml", frm="Rene Lafleur <rene.lafleur@free.fr>", to=verp("rene.lafleur@free.fr"),
         subject="Re: " + SUBJ, host="smtp5-g21.free.fr", charset="iso-8859-1", cte="quoted-printable",
         text="Arrêtez de m'envoyer vos courriels, je ne me suis jamais inscrit. Désinscrivez-moi.\n\nRené\n")
ordinary("nb-provider-welcome-new-mailbox-full-tips.eml", frm="Webmail Team <team@homemail-isp.example>", to=verp("new.user@homemail-isp.example"),
         subject="Welcome to HomeMail: 5 tips", host="news.homemail-isp.example",
         text="Welcome! Tip 3: when your storage quota is full, new mail is returned to senders,\nso empty the trash now and then.\n\nUnsubscribe: https://homemail-isp.example/u\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
