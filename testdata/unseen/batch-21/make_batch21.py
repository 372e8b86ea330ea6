#!/usr/bin/env python3
"""Writes testdata/unseen/batch-21: one night in the bounce mailbox of a
self-hosted community list server (Mailman 3 on Postfix, VERP return paths
list-bounces+user=domain@lists.tidepool.example), with near-misses in
not-bounce/ and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch21.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, part,  # noqa: E402
                       plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)
LIST = "devel@lists.tidepool.example"
LHOST = "lists.tidepool.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def verp(rcpt):
    u, d = rcpt.split("@")
    return f"devel-bounces+{u}={d}@{LHOST}"


def when(i, tz="+0000"):
    return dt(2026, 12, 3, 1 + i // 12, (i * 7) % 60, (i * 13) % 60, tz)


def orig(name, rcpt, i):
    return (f"Return-Path: <{verp(rcpt)}>\nReceived: from mx.tidepool.example (mx.tidepool.example [192.0.2.25])\n"
            f"\tby {LHOST} (Postfix) with ESMTP id {qid(name + 'l', 10)};\n\t{when(i)}\n"
            f"From: Sam Okafor <sam.okafor@tidepool.example>\nTo: {LIST}\n"
            f"Subject: [tidepool-devel] Re: 4.2 release branch freeze\nDate: {when(i)}\n"
            f"Message-ID: {mid(name + 'o', 'tidepool.example')}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\nList-Id: <devel.lists.tidepool.example>\n"
            f"List-Help: <mailto:devel-request@{LHOST}?subject=help>\n"
            f"List-Unsubscribe: <mailto:devel-leave@{LHOST}>\nSender: \"devel\" <{verp(rcpt)}>\n"
            f"Errors-To: {verp(rcpt)}\nPrecedence: list\n")


def hop(name, by, sw, date, frm, ip):
    return "Return-Path: <>\n" + received([(frm, ip, LHOST, "Postfix", qid(name), date, None)]) + \
        "\n" + received([("localhost", "127.0.0.1", by, sw, qid(name + "x"), date, None)])


POSTFIX = ("This is the mail system at host {h}.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<{r}>: {t}\n")
POSTFIX_DELAY = ("This is the mail system at host {h}.\n\n####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<{r}>: {t}\n")
EXIM = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n  {r}\n    {t}\n")
EXIM_DELAY = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
              "recipients after more than 24 hours on the queue on {h}.\n\nThe message identifier is:     1wQ9Zr-00A1bC-3x\n"
              "The subject of the message is: [tidepool-devel] Re: 4.2 release branch freeze\n\n"
              "The address to which the message has not yet been delivered is:\n\n  {r}\n    {t}\n\n"
              "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\n"
              "remains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n")
O365 = ("Your message to {r} couldn't be delivered.\n\n{t}\n\n"
        "devel@lists.tidepool.example     Office 365     {dom}\n   Action Required                            Recipient\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n"
        "More Info for Email Admins\nStatus code: {s}\n\nOriginal Message Details\nCreated Date:    12/3/2026 1:12:04 AM\n"
        "Sender Address:    {v}\nRecipient Address:    {r}\nSubject:    [tidepool-devel] Re: 4.2 release branch freeze\n\n"
        "Error Details\nError:    {diag}\nMessage rejected by:    {mx}\n")
GMAIL = ("** Address not found **\n\n{t}\n\nLearn more at https://support.google.com/mail/?p=NoReplyBounce\n\n"
         "The response from the remote server was:\n{diag}\n")
GMAILGEN = ("** Message not delivered **\n\n{t}\n\nThe response from the remote server was:\n{diag}\n")
SENDMAIL = ("The original message was received at {d}\nfrom {lh} [192.0.2.40]\n\n   ----- The following addresses had permanent fatal errors -----\n<{r}>\n"
            "    (reason: {t})\n\n   ----- Transcript of session follows -----\n... while talking to {mx}.:\n>>> {stage}\n<<< {diag}\n{diag}\n")
ZIMBRA = POSTFIX  # Zimbra's MTA is Postfix; the wording is Postfix's.
YAHOO = ("Sorry, we were unable to deliver your message to the following address.\n\n<{r}>:\n{diag}\n")
GMX = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address\nfailed:\n\n\"{r}\":\n\n{diag}\n")

# name, style, reporting host, recipient, status, diag, text, reason, hard, action
B = [
 ("uni-exo-resolver-notfound.eml", "o365", "DB9PR02MB7033.eurprd02.prod.outlook.com", "j.meyer@studium.uni-wald.example", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "The email address wasn't found at the destination domain. It might be misspelled or it might not exist anymore.", "userunknown", True),
 ("uni-exo-mailbox-full.eml", "o365", "AM0PR07MB4417.eurprd07.prod.outlook.com", "hanna.lindqvist@student.hogskolan-norr.example", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception", "The recipient's mailbox is full and can't accept messages now.", "mailboxfull", False),
 ("uni-exo-restricted-group.eml", "o365", "SN7PR11MB6653.namprd11.prod.outlook.com", "cs-grads@cs.stateuniv.example", "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]", "The group cs-grads only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.", "securityerror", False),
 ("uni-exo-blocked-tenant.eml", "o365", "PH0PR12MB5480.namprd12.prod.outlook.com", "lab-admin@chem.techinst.example", "5.7.1", "550 5.7.1 Service unavailable, Client host [198.51.100.17] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.17 AS(1450) [PH0PR12MB5480.namprd12.prod.outlook.com]", "Your message wasn't delivered because the recipient's email provider rejected it.", "blocked", False),
 ("uni-exo-disabled-account.eml", "o365", "CH3PR84MB3442.NAMPRD84.PROD.OUTLOOK.COM", "former.postdoc@bio.state-uni.example", "5.2.1", "550 5.2.1 STOREDRV.Deliver; mailbox is disabled because the account was deprovisioned after leaving the university", "The recipient's mailbox is disabled and can't accept messages.", "suspend", False),
 ("uni-gws-nosuchuser.eml", "gmail", "mail-sor-f41.google.com", "priya.raman@alumni.iit-south.example", "5.1.1", "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a9b1c2d3e4si812345qk.301 - gsmtp", "Your message wasn't delivered to priya.raman@alumni.iit-south.example because the address couldn't be found, or is unable to receive mail.", "userunknown", True),
 ("uni-gws-overquota-google.eml", "gmailgen", "mail-sor-f69.google.com", "t.nakamura@g.kyoto-ikadai.example", "5.2.2", "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-b2c3d4e5f6si99887a12.402 - gsmtp", "Your message couldn't be delivered to t.nakamura@g.kyoto-ikadai.example because the recipient's inbox is out of storage space and inactive.", "mailboxfull", False),
 ("uni-gws-disabled-account.eml", "gmailgen", "mail-sor-f73.google.com", "old.alumnus@alum.coastcollege.example", "5.2.1", "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43aa11bb22si3344556f.77 - gsmtp", "Your message wasn't delivered to old.alumnus@alum.coastcollege.example because the account is disabled.", "suspend", False),
 ("uni-postfix-unknown-local.eml", "postfix", "mailgate.physik.uni-nord.example", "k.schulze@physik.uni-nord.example", "5.1.1", "550 5.1.1 <k.schulze@physik.uni-nord.example>: Recipient address rejected: User unknown in local recipient table", "host mx1.physik.uni-nord.example[203.0.113.31] said: 550 5.1.1\n    <k.schulze@physik.uni-nord.example>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)", "userunknown", True),
 ("uni-postfix-virtual-alias.eml", "postfix", "smtp.math.univ-sud.example", "c.dubois@math.univ-sud.example", "5.1.1", "550 5.1.1 <c.dubois@math.univ-sud.example>: Recipient address rejected: User unknown in virtual alias table", "host smtp-in.univ-sud.example[203.0.113.44] said: 550 5.1.1\n    <c.dubois@math.univ-sud.example>: Recipient address rejected: User unknown in\n    virtual alias table (in reply to RCPT TO command)", "userunknown", True),
 ("uni-postfix-nxdomain.eml", "postfix", LHOST, "maintainer@cs.defunct-college.example", "5.4.4", "", "Host or domain name not found. Name service error\n    for name=cs.defunct-college.example type=A: Host not found", "hostunknown", True),
 ("uni-postfix-dovecot-quota.eml", "postfix", "mail.informatik.tu-ost.example", "b.wagner@informatik.tu-ost.example", "5.2.2", "552 5.2.2 <b.wagner@informatik.tu-ost.example> Quota exceeded (mailbox for user is full)", "host lmtp.informatik.tu-ost.example[private/dovecot-lmtp] said:\n    552 5.2.2 <b.wagner@informatik.tu-ost.example> Quota exceeded (mailbox for user\n    is full) (in reply to end of DATA command)", "mailboxfull", False),
 ("uni-postfix-conn-timeout.eml", "postfix", LHOST, "webmaster@astro.observatorio.example", "4.4.1", "", "connect to mail.astro.observatorio.example[203.0.113.77]:25: Connection timed\n    out", "networkerror", False),
 ("uni-exim-unrouteable.eml", "exim", "mx.ox-college.example", "dphil.student@ox-college.example", "5.0.0", "", "SMTP error from remote mail server after RCPT TO:<dphil.student@ox-college.example>:\n    550 Unrouteable address", "hostunknown", True),
 ("uni-exim-quota.eml", "exim", "mail.cam-dept.example", "jh2231@cam-dept.example", "5.0.0", "", "mailbox is full: retry timeout exceeded", "mailboxfull", False),
 ("uni-exim-aclrefused-spam.eml", "exim", LHOST, "r.patel@ed-uni.example", "5.0.0", "", "host mx.ed-uni.example [203.0.113.90]\n    SMTP error from remote mail server after end of data:\n    550 Rejected: message looks like spam (score 9.4 > 8.0) - see https://postmaster.ed-uni.example/spam", "spamdetected", False),
 ("uni-exim-verp-ldap-unknown.eml", "exim", "mx.sci-faculty.example", "t.oconnor@sci-faculty.example", "5.0.0", "", "SMTP error from remote mail server after RCPT TO:<t.oconnor@sci-faculty.example>:\n    550 5.1.1 This address is not listed in the faculty LDAP directory", "userunknown", True),
 ("uni-sendmail-unknown.eml", "sendmail", "mailhub.ee.polytech.example", "grad07@ee.polytech.example", "5.1.1", "550 5.1.1 <grad07@ee.polytech.example>... User unknown", "550 5.1.1 <grad07@ee.polytech.example>... User unknown", "userunknown", True),
 ("uni-sendmail-toolarge.eml", "sendmail", "mailhub.geo.univ-andes.example", "lab.geo@geo.univ-andes.example", "5.2.3", "552 5.2.3 Message size exceeds fixed maximum message size (10485760)", "552 5.2.3 Message size exceeds fixed maximum message size (10485760)", "emailtoolarge", False),
 ("uni-zimbra-inactive.eml", "postfix", "zimbra.univ-lac.example", "m.traore@univ-lac.example", "5.2.1", "550 5.2.1 <m.traore@univ-lac.example>: Recipient address rejected: account is closed", "host zimbra-mta.univ-lac.example[203.0.113.102] said: 550 5.2.1\n    <m.traore@univ-lac.example>: Recipient address rejected: account is closed\n    (in reply to RCPT TO command)", "suspend", False),
 ("uni-zimbra-quota-lmtp.eml", "postfix", "zimbra.polimi-sud.example", "g.russo@polimi-sud.example", "5.2.2", "552 5.2.2 Over quota", "host 127.0.0.1[127.0.0.1] said: 552 5.2.2 Over quota (in reply to RCPT TO\n    command)", "mailboxfull", False),
 ("gmail-nosuchuser.eml", "gmail", "mail-sor-f65.google.com", "linuxfan.dev1998@gmail.example", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 2adb3069b0e04-55a1b2c3d4esi55443e87.120 - gsmtp", "Your message wasn't delivered to linuxfan.dev1998@gmail.example because the address couldn't be found, or is unable to receive mail.", "userunknown", True),
 ("gmail-overquota.eml", "gmailgen", "mail-sor-f41.google.com", "rustacean.mara@gmail.example", "5.2.2", "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaTemp a640c23a62f3a-abc12345si33221166b.88 - gsmtp", "Your message couldn't be delivered to rustacean.mara@gmail.example because the recipient's inbox is full.", "mailboxfull", False),
 ("gmail-dmarc-list.eml", "postfix", LHOST, "contributor.ken@gmail.example", "5.7.26", "550-5.7.26 Unauthenticated email from tidepool.example is not accepted due to domain's DMARC policy. Please contact the administrator of tidepool.example domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 5b1f17b1804b1-4530abcdsi889.12 - gsmtp", "host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    550-5.7.26 Unauthenticated email from tidepool.example is not accepted due to\n    domain's DMARC policy. Please contact the administrator of tidepool.example\n    domain if this was a legitimate mail. (in reply to end of DATA command)", "authfailure", False),
 ("gmail-ratelimit-421.eml", "postfix-delay", LHOST, "opensource.lee@gmail.example", "4.7.28", "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your DKIM domain [tidepool.example 12]. To protect our users from spam, mail sent from your domain has been temporarily rate limited. - gsmtp", "host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n    from your DKIM domain [tidepool.example 12]. To protect our users from spam,\n    mail sent from your domain has been temporarily rate limited. (in reply to\n    end of DATA command)", "ratelimited", False),
 ("outlook-com-unknown.eml", "postfix", LHOST, "gamer_kid2004@hotmail.example", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5PEPF00014B8A.eurprd02.prod.outlook.com 2026-12-03T02:11:40.123Z 08DE12AB34CD56EF]", "host hotmail-example.olc.protection.outlook.com[192.0.2.33] said: 550 5.5.0\n    Requested action not taken: mailbox unavailable (S2017062302).\n    [DB5PEPF00014B8A.eurprd02.prod.outlook.com] (in reply to RCPT TO command)", "userunknown", True),
 ("outlook-com-s3140-blocked.eml", "postfix", LHOST, "ana.martins@outlook.example", "5.7.1", "550 5.7.1 Unfortunately, messages from [198.51.100.17] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", "host outlook-example.olc.protection.outlook.com[192.0.2.34] said: 550 5.7.1\n    Unfortunately, messages from [198.51.100.17] weren't sent. Please contact your\n    Internet service provider since part of their network is on our block list\n    (S3140). (in reply to MAIL FROM command)", "blocked", False),
 ("yahoo-mailbox-disabled.eml", "yahoo", "mta1042.mail.gq1.yahoo.com", "debian.helper@yahoo.example", "5.0.0", "554 delivery error: dd Sorry, your message to debian.helper@yahoo.example cannot be delivered. This mailbox is disabled (554.30). - mta4231.mail.gq1.yahoo.com", "", "suspend", False),
 ("yahoo-nosuch-recipient.eml", "yahoo", "mta1188.mail.bf1.yahoo.com", "kde.tester77@yahoo.example", "5.0.0", "554 delivery error: dd This user doesn't have a yahoo.example account (kde.tester77@yahoo.example) [0] - mta4011.mail.bf1.yahoo.com", "", "userunknown", True),
 ("yahoo-ts03-deferred.eml", "postfix-delay", LHOST, "mike.w@aol.example", "4.7.0", "421 4.7.0 [TSS04] Messages from 198.51.100.17 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "host mx-aol.mail.gm0.yahoodns.net[192.0.2.36] said: 421 4.7.0 [TSS04]\n    Messages from 198.51.100.17 temporarily deferred due to unexpected volume or\n    user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes\n    (in reply to MAIL FROM command)", "ratelimited", False),
 ("gmx-mailbox-unavailable.eml", "gmx", "mout.gmx.example", "felix.braun@gmx.example", "5.1.1", "host mx00.emig.gmx.example [192.0.2.41]\nSMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.example (192.0.2.41) reason: 550 Requested action not taken: mailbox unavailable", "", "userunknown", True),
 ("webde-overquota.eml", "gmx", "mout.web.example", "oma.schmidt@web.example", "5.2.2", "host mx-ha03.web.example [192.0.2.42]\nSMTP error from remote server for RCPT TO command, host: mx-ha03.web.example (192.0.2.42) reason: 552 5.2.2 Mailbox full - Postfach voll", "", "mailboxfull", False),
 ("mailru-user-not-found.eml", "postfix", LHOST, "ivan.petrov1987@mail.example", "5.1.1", "550 Message was not accepted -- invalid mailbox.  Local mailbox ivan.petrov1987@mail.example is unavailable: user not found", "host mxs.mail.example[192.0.2.43] said: 550 Message was not accepted --\n    invalid mailbox.  Local mailbox ivan.petrov1987@mail.example is unavailable:\n    user not found (in reply to end of DATA command)", "userunknown", True),
 ("mailru-user-blocked.eml", "postfix", LHOST, "olga.s@bk.example", "5.0.0", "550 Message was not accepted -- invalid mailbox.  Local mailbox olga.s@bk.example is unavailable: account is disabled", "host mxs.mail.example[192.0.2.43] said: 550 Message was not accepted --\n    invalid mailbox.  Local mailbox olga.s@bk.example is unavailable: account is\n    disabled (in reply to end of DATA command)", "suspend", False),
 ("qq-mailbox-notfound.eml", "postfix", LHOST, "1093847562@qq.example", "5.0.0", "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", "host mx3.qq.example[192.0.2.44] said: 550 Mailbox not found.\n    http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728 (in\n    reply to RCPT TO command)", "userunknown", True),
 ("netease163-user-not-found.eml", "postfix", LHOST, "zhangwei_dev@163.example", "5.0.0", "550 User not found: zhangwei_dev@163.example", "host 163mx01.mxmail.netease.com[192.0.2.45] said: 550 User not found:\n    zhangwei_dev@163.example (in reply to RCPT TO command)", "userunknown", True),
 ("netease126-spam-dt.eml", "postfix", LHOST, "liu.yang@126.example", "5.0.0", "554 DT:SPM 126 smtp2,DMmowAD3lc8dd2VnK8ABBA--.31245S2 1764728640, please see http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.17&hostid=smtp2&time=1764728640", "host 126mx01.mxmail.netease.com[192.0.2.46] said: 554 DT:SPM 126\n    smtp2,DMmowAD3lc8dd2VnK8ABBA--.31245S2 1764728640, please see\n    http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.17 (in reply to end\n    of DATA command)", "spamdetected", False),
 ("fastmail-no-such-user.eml", "postfix", LHOST, "oss@nils.fastmail-hosted.example", "5.1.1", "550 5.1.1 <oss@nils.fastmail-hosted.example>: Recipient address rejected: User unknown", "host in1-smtp.messagingengine.com[192.0.2.47] said: 550 5.1.1\n    <oss@nils.fastmail-hosted.example>: Recipient address rejected: User unknown (in\n    reply to RCPT TO command)", "userunknown", True),
 ("proton-address-disabled.eml", "postfix", LHOST, "anon.cryptodev@proton.example", "5.2.1", "550 5.2.1 Address disabled", "host mail.protonmail.ch[192.0.2.48] said: 550 5.2.1 Address disabled\n    (in reply to RCPT TO command)", "suspend", False),
 ("isp-comcast-rbl.eml", "postfix", LHOST, "grandpa.joe@comcast.example", "5.7.1", "554 resimta-po-12v.sys.comcast.net resimta-po-12v.sys.comcast.net 198.51.100.17 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001", "host mx1.comcast.example[192.0.2.49] said: 554\n    resimta-po-12v.sys.comcast.net 198.51.100.17 found on one or more DNSBLs, see\n    http://postmaster.comcast.net/smtp-error-codes.php#BL000001 (in reply to\n    MAIL FROM command)", "blocked", False),
 ("isp-tonline-nouser.eml", "postfix", LHOST, "h.kruger@t-online.example", "5.1.1", "550 5.1.1 <h.kruger@t-online.example>: Recipient address rejected: Mailbox unknown", "host mx00.t-online.example[192.0.2.50] said: 550 5.1.1\n    <h.kruger@t-online.example>: Recipient address rejected: Mailbox unknown (in\n    reply to RCPT TO command)", "userunknown", True),
 ("uni-postfix-reject-unknown-client.eml", "postfix", LHOST, "n.horvat@fer.univ-drava.example", "5.7.25", "550 5.7.25 <unknown[198.51.100.17]>: Client host rejected: cannot find your reverse hostname, [198.51.100.17]", "host mx.fer.univ-drava.example[203.0.113.150] said: 550 5.7.25\n    <unknown[198.51.100.17]>: Client host rejected: cannot find your reverse\n    hostname, [198.51.100.17] (in reply to RCPT TO command)", "requireptr", False),
 ("selfhosted-relay-denied.eml", "postfix", LHOST, "hacker@homelab.dyn-dns.example", "5.7.1", "554 5.7.1 <hacker@homelab.dyn-dns.example>: Relay access denied", "host homelab.dyn-dns.example[198.51.100.200] said: 554 5.7.1\n    <hacker@homelab.dyn-dns.example>: Relay access denied (in reply to RCPT TO\n    command)", "norelaying", False),
 ("selfhosted-tls-required.eml", "postfix-delay", LHOST, "root@pi.selfhost.example", "4.7.5", "", "TLS is required, but was not offered by host\n    pi.selfhost.example[198.51.100.201]", "failedstarttls", False),
 ("selfhosted-nullmx.eml", "postfix", LHOST, "contact@parked-domain.example", "5.1.10", "", "Domain parked-domain.example does not accept mail (nullMX)", "notaccept", True),
 ("selfhosted-loop.eml", "postfix", LHOST, "list-archive@mirror.fossmirror.example", "5.4.6", "", "mail for mirror.fossmirror.example loops back to myself", "networkerror", False),
 ("uni-exim-delay-refused.eml", "exim-delay", "mx.sci-faculty.example", "j.smith@physics.univ-hill.example", "4.0.0", "", "host mx.physics.univ-hill.example [203.0.113.120]: Connection refused", "networkerror", False),
 ("uni-postfix-delay-dns.eml", "postfix-delay", LHOST, "admin@lab.univ-plain.example", "4.4.3", "", "Host or domain name not found. Name service error for\n    name=lab.univ-plain.example type=MX: Host not found, try again", "networkerror", False),
 ("uni-postfix-delay-quota.eml", "postfix-delay", LHOST, "a.rossi@studenti.univ-colle.example", "4.2.2", "452 4.2.2 <a.rossi@studenti.univ-colle.example>: Mailbox is over quota", "host mx.studenti.univ-colle.example[203.0.113.130] said: 452 4.2.2\n    <a.rossi@studenti.univ-colle.example>: Mailbox is over quota (in reply to\n    RCPT TO command)", "mailboxfull", False),
 ("postfix-expired-5days.eml", "postfix", LHOST, "mentor@oldhost.university-west.example", "4.4.1", "", "delivery temporarily suspended: connect to\n    mx.oldhost.university-west.example[203.0.113.140]:25: Connection timed out\n\nThe message was undeliverable for 5 days and has been returned\n(message expired in queue)", "expired", False),
]


def dsn_bounce(i, b):
    name, style, host, rcpt, status, diag, text, reason, hard = b
    v = verp(rcpt)
    date = when(i)
    dom = rcpt.split("@")[1]
    delay = style.endswith("delay")
    action = "delayed" if delay else "failed"
    if style in ("postfix", "postfix-delay"):
        t = (POSTFIX_DELAY if delay else POSTFIX).format(h=host, r=rcpt, t=text)
        frm = f"MAILER-DAEMON@{host} (Mail Delivery System)"
        subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
        rep = host
        d = diag
    elif style in ("exim", "exim-delay"):
        t = (EXIM_DELAY if delay else EXIM).format(h=host, r=rcpt, t=text)
        frm = f"Mail Delivery System <Mailer-Daemon@{host}>"
        subj = "Warning: message 1wQ9Zr-00A1bC-3x delayed 24 hours" if delay else "Mail delivery failed: returning message to sender"
        rep = host
        d = "X-Exim; " + text.replace("\n    ", " ") if False else ""
        d = text.replace("\n    ", " ") if text.startswith("SMTP") or "host" in text else ""
        if d and not d.startswith("smtp;"):
            d = "X-Exim; " + d
    elif style == "o365":
        d = diag
        t = O365.format(r=rcpt, t=text, dom=dom, s=status, v=v, diag=diag, mx=host)
        frm = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + dom + ">"
        subj = "Undeliverable: [tidepool-devel] Re: 4.2 release branch freeze"
        rep = host
    elif style in ("gmail", "gmailgen"):
        d = diag
        t = (GMAIL if style == "gmail" else GMAILGEN).format(t=text, diag=diag.replace(". ", ".\n", 2))
        frm = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
        subj = "Delivery Status Notification (Failure)"
        rep = host
    elif style == "sendmail":
        d = diag
        t = SENDMAIL.format(d=date, lh=LHOST, r=rcpt, t=text, mx="mx." + dom, diag=diag, stage=("RCPT To:<" + rcpt + ">") if status.startswith("5.1") else "DATA")
        frm = f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"
        subj = "Returned mail: see transcript for details"
        rep = host
    elif style == "yahoo":
        d = diag
        t = YAHOO.format(r=rcpt, diag=diag)
        frm = "MAILER-DAEMON@yahoo.com"
        subj = "Failure Notice"
        rep = host
    elif style == "gmx":
        d = diag.split("reason: ")[1]
        t = GMX.format(r=rcpt, diag=diag)
        frm = f"\"Mail Delivery System\" <mailer-daemon@{host}>"
        subj = "Mail delivery failed: returning message to sender"
        rep = host
    recips = [{"final": rcpt, "original": rcpt, "action": action, "status": status, "diag": d,
               "remote": ("mx." + dom) if d else None}]
    if delay:
        recips[0]["will_retry"] = dt(2026, 12, 8, 1, 0, 0)
    hops = hop(name, rep, "Postfix" if "postfix" in style else "ESMTP", date, rep, "192.0.2." + str(60 + i))
    text_out = dsn_mail(name, frm=frm, to=v, subject=subj, date=date, host=rep, hops=hops, text=t, recips=recips,
                        orig=orig(name, rcpt, i), arrival=date, extra=[("Delivered-To", v)])
    write(OUT, name, text_out)
    expect(name, rcpt, reason, hard=hard, status=status, reply=(d[:3] if d[:3].isdigit() else ""),
           action=action)


for i, b in enumerate(B):
    dsn_bounce(i, b)


# Plain-text bounces that name the recipient only in words (no DSN part).
def plain_bounce(i, name, host, frm, subj, text, rcpt, reason, hard, status="", reply="", charset="us-ascii", cte=None, action="failed"):
    date = when(60 + i)
    v = verp(rcpt) if rcpt else verp("x@y.example")
    body = text + "\n\n------ This is a copy of the message's headers. ------\n\n" + orig(name, rcpt, i)
    write(OUT, name, plain_mail(name, frm=frm, to=v, subject=subj, date=date, host=host,
                                hops=hop(name, host, "qmail", date, host, "192.0.2." + str(150 + i)), text=body,
                                charset=charset, cte=cte))
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action)


plain_bounce(0, "qmail-verp-only-nomailbox.eml", "mx.vuw-campus.example", "MAILER-DAEMON@mx.vuw-campus.example",
             "failure notice",
             "Hi. This is the qmail-send program at mx.vuw-campus.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
             "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<h.tane@vuw-campus.example>:\nSorry, no mailbox here by that name. (#5.1.1)",
             "h.tane@vuw-campus.example", "userunknown", True, status="5.1.1")
plain_bounce(1, "courier-vacation-box-gone.eml", "mail.ufba-sul.example", "MAILER-DAEMON@mail.ufba-sul.example",
             "Falha na entrega da mensagem",
             "Sua mensagem nao pode ser entregue ao destinatario abaixo.\n\n<joao.pereira@ufba-sul.example>:\n"
             "A conta de e-mail do destinatario nao existe mais nesta universidade (conta encerrada apos o termino do vinculo).\n"
             "550 5.1.1 Usuario inexistente",
             "joao.pereira@ufba-sul.example", "userunknown", True, status="5.1.1", reply="550")
plain_bounce(2, "groupwise-plain-undeliverable.eml", "gw.colegio-norte.example", "postmaster@gw.colegio-norte.example",
             "Undeliverable mail",
             "The message that you sent was undeliverable to the following:\n\tl.garcia@colegio-norte.example (user not found)\n\n"
             "Possibly truncated original message follows:",
             "l.garcia@colegio-norte.example", "userunknown", True)
plain_bounce(3, "ispmail-storage-words.eml", "smtp.telecom-isp.example", "Mail Delivery Subsystem <postmaster@telecom-isp.example>",
             "Delivery failure",
             "Your message to nonno.aldo@telecom-isp.example could not be delivered.\n\n"
             "The recipient has used all of the storage space allotted to his mailbox and cannot receive new messages until some are deleted.",
             "nonno.aldo@telecom-isp.example", "mailboxfull", False)

# Vacation auto-replies of members.
VAC = [
 ("vacation-uni-exchange.eml", "prof.h.vogel@physik.uni-nord.example", "Automatic reply: [tidepool-devel] Re: 4.2 release branch freeze",
  "Thank you for your message. I am away at a conference until 14 December with limited access to email.\nFor urgent matters please contact the department office.\n\nProf. Dr. H. Vogel", "utf-8"),
 ("vacation-gmail-member.eml", "devon.carter@gmail.example", "Out of office: [tidepool-devel] Re: 4.2 release branch freeze",
  "Hi, I'm on parental leave until February and won't be reading list mail. - Devon", "utf-8"),
 ("vacation-zimbra-fr.eml", "claire.martin@univ-lac.example", "Absence : [tidepool-devel] Re: 4.2 release branch freeze",
  "Bonjour,\nJe suis absente du bureau jusqu'au 5 janvier. Je lirai votre message a mon retour.\nCordialement,\nClaire Martin", "utf-8"),
]
for i, (name, who, subj, text, cs) in enumerate(VAC):
    date = when(80 + i)
    write(OUT, name, plain_mail(name, frm=who, to=verp(who), subject=subj, date=date, host=who.split("@")[1],
                                hops=hop(name, "mx." + who.split("@")[1], "ESMTP", date, "out." + who.split("@")[1], "192.0.2." + str(200 + i)),
                                text=text, charset=cs, cte="quoted-printable",
                                extra=[("In-Reply-To", mid(name + "o", "tidepool.example")), ("X-Autoreply", "yes"),
                                       ("Precedence", "bulk")]))
    expect(name, who, "vacation", action="")

# Complaint reports (ARF).
ARF = [("arf-yahoo-complaint.eml", "feedback@arf.mail.yahoo.com", "member.liz@yahoo.example", "Yahoo! Mail AntiSpam Feedback Loop"),
       ("arf-outlook-jmrp.eml", "staff@hotmail.com", "c.nguyen@outlook.example", "Microsoft Junk Mail Reporting Program")]
for i, (name, frm, who, ua) in enumerate(ARF):
    date = when(90 + i)
    bnd = boundary(name)
    fb = (f"Feedback-Type: abuse\nUser-Agent: {ua}\nVersion: 1\nOriginal-Mail-From: <{verp(who)}>\n"
          f"Original-Rcpt-To: <{who}>\nArrival-Date: {date}\nSource-IP: 198.51.100.17\nReported-Domain: {LHOST}\n")
    body = multipart("report", [text_part("This is an email abuse report for an email message received from IP 198.51.100.17 on " + date + ".\n"),
                                part("message/feedback-report", fb, cte=None),
                                part("message/rfc822", orig(name, who, i) + "\nThe freeze starts Friday.\n", cte=None)],
                     bnd, " report-type=feedback-report;")
    write(OUT, name, mail(["Return-Path: <>", ("Date", date), ("From", frm), ("To", f"abuse@{LHOST}"),
                           ("Subject", "Complaint about message from 198.51.100.17"), ("Message-ID", mid(name, "arf.example"))], body))
    expect(name, who, "feedback", action="")

# Near-misses: what else the bounce mailbox receives.
NBS = [
 ("nb-mailman-moderation.eml", "devel-owner@" + LHOST, "devel-owner@" + LHOST, "Devel post from newbie@student.example requires approval",
  "As list administrator, your authorization is requested for the\nfollowing mailing list posting:\n\n    List:    devel@lists.tidepool.example\n"
  "    From:    newbie@student.example\n    Subject: help!! build fails\n\nThe message is being held because:\n\n    The message is not from a list member\n\n"
  "At your convenience, visit your dashboard to approve or deny the\nrequest.\n"),
 ("nb-mailman-subscribe-request.eml", "devel-owner@" + LHOST, "devel-owner@" + LHOST, "New subscription request to Devel from x.li@univ-east.example",
  "Your authorization is required for a mailing list subscription request\napproval:\n\n    For:  x.li@univ-east.example\n    List: devel@lists.tidepool.example\n"),
 ("nb-mailman-disable-warning.eml", "devel-owner@" + LHOST, "k.schulze@physik.uni-nord.example", "Your subscription for Devel mailing list has been disabled",
  "Your subscription has been disabled on the devel@lists.tidepool.example mailing list\nbecause it has received a number of bounces indicating that there may be a\n"
  "problem delivering messages to k.schulze@physik.uni-nord.example. You may want to check\nthat address or contact your mail administrator for more help.\n\n"
  "If you have any questions or problems, you can contact the list owner at\n\n    devel-owner@lists.tidepool.example\n"),
 ("nb-mailman-unsub-by-bounce.eml", "devel-owner@" + LHOST, "devel-owner@" + LHOST, "Devel unsubscribe notification",
  "gamer_kid2004@hotmail.example has been removed from Devel due to excessive bounces.\n"),
 ("nb-member-reply-to-robot.eml", "Ravi Iyer <ravi.iyer@univ-east.example>", "devel-request@" + LHOST, "Re: Your confirmation is needed for your subscription request",
  "confirm 3f9a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c\n\nOn Wed, Dec 2, 2026 the list robot wrote:\n> Email Address Registration Confirmation\n"),
 ("nb-person-unsubscribe.eml", "Martha Ellis <martha.ellis@comcast.example>", verp("martha.ellis@comcast.example"), "unsubscribe",
  "Please take me off this list. I have asked twice. I don't know why I keep getting these, my mailbox is full of them.\n\nMartha\n"),
 ("nb-person-mailbox-full-question.eml", "Tomas Novak <t.novak@cvut-east.example>", "devel-owner@" + LHOST, "my messages bounce?",
  "Hi list owners,\nmy university says my mailbox quota was exceeded last week and some list mail was returned.\nIs my subscription still active? I fixed the quota.\n\nTomas\n"),
 ("nb-digest.eml", "devel-request@" + LHOST, "subscriber@univ-east.example", "Devel Digest, Vol 212, Issue 3",
  "Send Devel mailing list submissions to\n\tdevel@lists.tidepool.example\n\nToday's Topics:\n\n   1. Re: 4.2 release branch freeze (Sam Okafor)\n"
  "   2. CI failure: undelivered artifacts (Build Bot)\n\n----------------------------------------------------------------------\n\n"
  "Message: 1\nDate: Wed, 2 Dec 2026 22:10:00 +0000\nFrom: Sam Okafor <sam.okafor@tidepool.example>\nSubject: Re: 4.2 release branch freeze\n\nFreeze is Friday.\n"),
 ("nb-spam-fake-ndr.eml", "\"Mail Delivery\" <noreply@mail-quarantine.example>", verp("x@y.example"), "Mail Delivery Failure: 5 messages held",
  "Dear user,\nYou have 5 incoming messages pending delivery due to mailbox quota.\nClick here to release your messages and upgrade storage: http://release-mail.example/login\n"),
 ("nb-spam-crypto.eml", "Crypto Profits <win@promo-offer.example>", verp("a@b.example"), "You have been selected",
  "Earn 5000 USD a day with our trading bot. Reply now.\n"),
 ("nb-ci-notification.eml", "CI Bot <ci@tidepool.example>", LIST, "[tidepool-devel] Build failed: main #4411",
  "Build #4411 of tidepool main failed.\nStage: deploy - rejected: artifact upload returned 550? no, HTTP 503.\n"),
 ("nb-list-post-delivery-words.eml", "Sam Okafor <sam.okafor@tidepool.example>", LIST, "[tidepool-devel] Our bounce handling is broken",
  "Folks, the bounce processor disabled 40 members last night after Gmail said \"550 5.7.26 unauthenticated email\".\n"
  "We need DMARC mitigation on. Any objections?\n"),
 ("nb-owner-weekly-stats.eml", "mailman@" + LHOST, "devel-owner@" + LHOST, "Devel: bounce statistics for the week",
  "Bounces received: 212\nMembers disabled: 9\nMembers removed: 4\n"),
 ("nb-helpdesk-ticket.eml", "IT Helpdesk <helpdesk@univ-lac.example>", "devel-owner@" + LHOST, "[Ticket #88123] Mail from your list rejected",
  "Hello,\nWe received your report that mail to m.traore@univ-lac.example is rejected. That account was closed when the member graduated.\n"
  "This ticket is now resolved.\n\nIT Helpdesk\n"),
 ("nb-member-vacation-mention.eml", "Lena Fischer <lena.fischer@web.example>", LIST, "[tidepool-devel] Re: out of office during freeze?",
  "I'll be out of the office next week, so please don't wait on my review for the freeze.\n\nLena\n"),
 ("nb-welcome.eml", "devel-request@" + LHOST, "newmember@univ-east.example", "Welcome to the \"Devel\" mailing list",
  "Welcome to the \"Devel\" mailing list!\n\nTo post to this list, send your message to:\n\n  devel@lists.tidepool.example\n"),
 ("nb-password-reset.eml", "mailman@" + LHOST, "ravi.iyer@univ-east.example", "Postorius: reset your password",
  "Someone asked to reset the password for your account. Follow https://lists.tidepool.example/accounts/password/reset/key/abc/ if that was you.\n"),
 ("nb-security-notice.eml", "Tidepool Security <security@tidepool.example>", LIST, "[tidepool-devel] Security advisory TP-2026-07",
  "A denial of service in the parser was fixed in 4.1.3. Mail delivery is not affected.\n"),
]
for i, (name, frm, to, subj, text) in enumerate(NBS):
    date = when(100 + i)
    write(NB, name, plain_mail(name, frm=frm, to=to, subject=subj, date=date, host=LHOST,
                               hops=hop(name, LHOST, "Postfix", date, "mx.tidepool.example", "192.0.2.25"), text=text, auto=False))

# DMARC aggregate report.
name = "nb-dmarc-aggregate.eml"
date = when(130)
xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email>"
       "<report_id>118827363</report_id></report_metadata>\n<policy_published><domain>tidepool.example</domain><p>none</p></policy_published>\n"
       "<record><row><source_ip>198.51.100.17</source_ip><count>412</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf>"
       "</policy_evaluated></row></record></feedback>\n")
body = multipart("mixed", [text_part("This is an aggregate report from google.com.\n"),
                           part("application/xml; name=\"google.com!tidepool.example!1764633600!1764719999.xml\"", xml, cte="7bit",
                                extra="Content-Disposition: attachment")], boundary(name))
write(NB, name, mail([("Date", date), ("From", "noreply-dmarc-support@google.com"), ("To", "dmarc-rua@tidepool.example"),
                      ("Subject", "Report domain: tidepool.example Submitter: google.com Report-ID: 118827363"),
                      ("Message-ID", mid(name, "google.com"))], body))

write_expected(os.path.join(OUT, "expected.jsonl"))
