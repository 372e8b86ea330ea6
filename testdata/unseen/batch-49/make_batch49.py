#!/usr/bin/env python3
"""Rebuilds testdata/unseen/batch-49 byte for byte: a hosting company's support
mailbox (2015-2025) with bounces of Postfix, Exim (cPanel, DirectAdmin),
Sendmail, qmail (Plesk), Exchange 2016/2019, Microsoft 365, Google Workspace,
Zimbra and MDaemon, some forwarded by customers, and near-misses in not-bounce/.
Written before any analyzer run on the batch."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from samplelib import (dt, dsn_mail, plain_mail, orig_headers, mid, received, expect,
                       write, write_expected, mail, text_part, multipart, part, boundary, EXPECT)

NB = os.path.join(HERE, "not-bounce")
os.makedirs(NB, exist_ok=True)


def pf_diag(diag):
    """Postfix's Diagnostic-Code: the remote reply alone, or X-Postfix text."""
    m = re.search(r" said: (.*) \(in reply to [A-Z ]+command\)$", diag)
    return ("smtp; " + m.group(1)) if m else ("X-Postfix; " + diag)


def codes(diag):
    m = re.search(r"\b([245]\d\d)[ -]", diag)
    e = re.search(r"\b([245]\.\d{1,3}\.\d{1,3})\b", diag)
    return (m.group(1) if m else ""), (e.group(1) if e else "")


def hops_for(host, ip, date, n):
    return received([("webmail.client-" + str(n) + ".example", ip, host, "Postfix", "4X" + str(1000 + n) + "QzT", date)])


def origblock(name, sender, rcpt, date):
    return orig_headers(sender, rcpt, "Re: order " + str(4000 + len(name)), date, mid(name + "o", "client.example"))


# ---- templates -------------------------------------------------------------

def postfix(name, rcpt, status, remote, diag, reason, hard, y=2019, delay=False, sender="info@bakery-lind.example",
            host="smtp3.hostingpoint.example", vendor="postfix"):
    date = dt(y, 3, 4 + len(name) % 20, 9, len(name) % 60, 12)
    if delay:
        text = (f"This is the mail system at host {host}.\n\n####################################################################\n"
                f"# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
                f"Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
                f"For further assistance, please send mail to postmaster.\n\n"
                f"                   The mail system\n\n<{rcpt}>: {diag}\n")
        subj = "Delayed Mail (still being retried)"
        recips = [{"final": rcpt, "original": rcpt, "action": "delayed", "status": status, "remote": remote,
                   "diag": pf_diag(diag), "last": date, "will_retry": dt(y, 3, 28, 9, 0, 0)}]
    else:
        text = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
                f"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                f"                   The mail system\n\n<{rcpt}>: {diag}\n")
        subj = "Undelivered Mail Returned to Sender"
        recips = [{"final": rcpt, "original": rcpt, "status": status, "remote": remote,
                   "diag": pf_diag(diag), "last": date}]
    rc, _ = codes(pf_diag(diag)) if " said: " in diag else ("", "")
    msg = dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                   host=host, hops=hops_for(host, "192.0.2.41", date, len(name)), text=text, recips=recips,
                   orig=origblock(name, sender, rcpt, date), arrival=date)
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=rc,
           action="delayed" if delay else "failed", vendor=vendor)


def exim(name, rcpt, lines, reason, hard, status="", reply="", y=2021, delay=False, panel="cPanel",
         sender="office@studio-berg.example", host="server114.hostingpoint.example"):
    date = dt(y, 6, 2 + len(name) % 25, 14, len(name) % 60, 40)
    if delay:
        body = (f"This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than 24 hours on the queue on {host}.\n\n"
                f"The message identifier is:     1q{len(name)}Xa-0007Kd-3C\nThe subject of the message is: Quote for renovation\n\n"
                f"The address to which the message has not yet been delivered is:\n\n  {rcpt}\n{lines}\n\n"
                f"No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n")
        subj = f"Warning: message 1q{len(name)}Xa-0007Kd-3C delayed 24 hours"
    else:
        body = (f"This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
                f"recipients. This is a permanent error. The following address(es) failed:\n\n  {rcpt}\n{lines}\n\n"
                f"------ This is a copy of the message's headers. ------\n\n" + origblock(name, sender, rcpt, date))
        subj = "Mail delivery failed: returning message to sender"
    extra = [("X-Failed-Recipients", rcpt)] if not delay else []
    if panel == "DirectAdmin":
        extra.append(("X-DirectAdmin-Server", "yes"))
    msg = plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subj, date=date, host=host,
                     hops=received([("localhost", "127.0.0.1", host, "Exim 4.9" + str(len(name) % 7), "1q" + str(len(name)) + "Xa", date)]),
                     text=body, extra=extra)
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=reply, action="delayed" if delay else "failed", vendor="exim")


def sendmail(name, rcpt, stage, reply_lines, status, reason, hard, y=2016, sender="sales@tools-kemper.example",
             host="mail.tools-kemper.example", remote="mx.recipient-co.example"):
    date = dt(y, 10, 3 + len(name) % 20, 11, 5, len(name) % 60)
    first = reply_lines[0]
    text = (f"The original message was received at {date}\nfrom client-{len(name)}.tools-kemper.example [198.51.100.{len(name)}]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n    (reason: {first})\n\n"
            f"   ----- Transcript of session follows -----\n... while talking to {remote}.:\n>>> {stage}\n"
            + "\n".join("<<< " + l for l in reply_lines) + f"\n{first.split(' ')[0]} {status} <{rcpt}>... {'User unknown' if status == '5.1.1' else 'Service unavailable'}\n")
    rc, _ = codes(first)
    msg = dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender,
                   subject="Returned mail: see transcript for details", date=date, host=host,
                   hops=received([("localhost", "127.0.0.1", host, "8.15.2/8.15.2", "u9" + str(len(name)) + "Q", date)]),
                   text=text, recips=[{"final": rcpt, "original": rcpt, "status": status, "remote": remote, "diag": first, "last": date}],
                   orig=origblock(name, sender, rcpt, date), arrival=date)
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=rc, vendor="sendmail")


def qmail(name, rcpt, remote_ip, said, reason, hard, status="", reply="", y=2018, sender="kontakt@praxis-ahrens.example",
          host="plesk-07.hostingpoint.example", local=False):
    date = dt(y, 8, 1 + len(name) % 27, 16, 20, len(name) % 60)
    if local:
        mid_txt = f"<{rcpt}>:\n{said}\n"
    else:
        mid_txt = f"<{rcpt}>:\n{remote_ip} does not like recipient.\nRemote host said: {said}\nGiving up on {remote_ip}.\n"
    body = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n{mid_txt}\n"
            f"--- Below this line is a copy of the message.\n\n" + origblock(name, sender, rcpt, date) + "\nHello, please see the attached offer.\n")
    msg = plain_mail(name, frm=f"MAILER-DAEMON@{host}", to=sender, subject="failure notice", date=date, host=host,
                     hops=received([("localhost", "127.0.0.1", host, "qmail 1.03", str(9000 + len(name)), date)]), text=body, auto=False)
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=reply, vendor="qmail")


def exchange(name, rcpt, status, remote_said, reason, hard, y=2020, sender="j.meier@kanzlei-meier.example",
             gen="EX19-MBX02.kanzlei-meier.example", o365=False, summary="Your message couldn't be delivered."):
    date = dt(y, 2, 3 + len(name) % 24, 8, len(name) % 60, 3)
    if o365:
        host = "AM6PR02MB4321.eurprd02.prod.outlook.com"
        text = (f"{summary}\n\n{rcpt.split('@')[0]}\nOffice 365 -> {rcpt.split('@')[1]}\n\n"
                f"How to Fix It\nPlease check the details below and contact the recipient's email admin if needed.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{rcpt}\nRemote Server returned '{remote_said}'\n\n"
                f"Original message headers:\n\nX-MS-Exchange-Organization-ExpirationStartTime: {date}\n")
        frm = "Microsoft Outlook <postmaster@kanzlei-meier.example>"
    else:
        host = gen
        text = (f"Delivery has failed to these recipients or groups:\n\n{rcpt}\n{summary}\n\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {gen}\n\n{rcpt}\nRemote Server returned '{remote_said}'\n\n"
                f"Original message headers:\n\nReceived: from EX19-MBX02.kanzlei-meier.example (10.0.0.12)\n")
        frm = "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kanzlei-meier.example>"
    rc, _ = codes(remote_said)
    msg = dsn_mail(name, frm=frm, to=sender, subject="Undeliverable: Vertragsentwurf", date=date, host=host,
                   hops=received([(gen, "10.0.0.12", gen, "Microsoft SMTP Server", "15.2.1258." + str(len(name)), date)]),
                   text=text, recips=[{"final": rcpt, "original": rcpt, "status": status, "remote": "mx.recipient.example",
                                       "diag": remote_said, "last": date}],
                   orig=origblock(name, sender, rcpt, date), arrival=date)
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=rc, vendor="o365" if o365 else "exchange")


def gmail(name, rcpt, status, title, remote_said, reason, hard, y=2022, sender="hello@yoga-sun.example", delay=False):
    date = dt(y, 11, 2 + len(name) % 25, 19, len(name) % 60, 9)
    if delay:
        text = (f"** Message not delivered yet **\n\nThere was a temporary problem delivering your message to {rcpt}. "
                f"Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\n{remote_said}\n")
        subj = "Delay Notification (Failure)"
    else:
        text = (f"** {title} **\n\nYour message wasn't delivered to {rcpt} because of a problem.\n\nThe response from the remote server was:\n\n{remote_said}\n")
        subj = "Delivery Status Notification (Failure)"
    rc, _ = codes(remote_said)
    msg = dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=sender, subject=subj, date=date,
                   host="mail-sor-f41.google.com",
                   hops=received([("mail-sor-f41.google.com", "209.85.220.41", "mx.google.com", "Google Transport Security", "a640c23a62f3a-" + str(len(name)), date)]),
                   text=text, recips=[{"final": rcpt, "action": "delayed" if delay else "failed", "status": status,
                                       "remote": "mx.recipient.example", "diag": remote_said, "last": date}],
                   orig=origblock(name, sender, rcpt, date), reporting="googlemail.com")
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=rc, action="delayed" if delay else "failed", vendor="gmail")


def mdaemon(name, rcpt, said, reason, hard, status="", reply="", y=2017, sender="buero@steuer-pohl.example"):
    host = "mail.steuer-pohl.example"
    date = dt(y, 5, 2 + len(name) % 25, 10, 30, len(name) % 60)
    body = (f"The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message\n"
            f"has been removed from the mail queue on this server.  The number and\nfrequency of delivery attempts are determined by local configuration\nparameters.\n\n"
            f"YOU DO NOT NEED TO RESEND THE MESSAGE.  THIS IS AN INFORMATIONAL\nMESSAGE ONLY.\n\n"
            f"--- Session Transcript ---\n Wed {y} 10:30:01.118: Parsing message <{host}\\pd5000{len(name)}.msg>\n"
            f" * From: {sender}\n * To: {rcpt}\n * Session: 00041; Resolving mx.recipient.example\n"
            f" --> RCPT TO:<{rcpt}>\n <-- {said}\n --- End Transcript ---\n")
    msg = plain_mail(name, frm=f"MDaemon at {host} <MDaemon@{host}>", to=sender, subject=f"Permanent Delivery Failure",
                     date=date, host=host, hops=received([("localhost", "127.0.0.1", host, "MDaemon PRO v17.5.1", "md50000" + str(len(name)), date)]),
                     text=body, extra=[("X-MDDSN-Message", "Yes")])
    write(HERE, name, msg)
    expect(name, rcpt, reason, hard, status=status, reply=reply, vendor="mdaemon")


def forwarded(name, inner_writer, question, customer="anna.vogt@gaertnerei-vogt.example"):
    """A customer forwards a bounce (as message/rfc822) with a question."""
    inner_name = "_inner_" + name
    inner_writer(inner_name)
    p = os.path.join(HERE, inner_name)
    inner = open(p).read()
    os.remove(p)
    e = EXPECT[-1]
    e["file"] = name
    date = dt(2023, 4, 12, 8, 41, 5, "+0200")
    bnd = boundary(name)
    body = multipart("mixed", [text_part(question), part("message/rfc822", inner, cte=None)], bnd, "")
    msg = mail([received([("mail.gaertnerei-vogt.example", "203.0.113.77", "mx1.hostingpoint.example", "Postfix", "4Rw" + str(len(name)), date)]),
                ("Date", date), ("From", f"Anna Vogt <{customer}>"), ("To", "support@hostingpoint.example"),
                ("Subject", "Fwd: " + re.search(r"^Subject: (.*)$", inner, re.M).group(1)),
                ("Message-ID", mid(name, "gaertnerei-vogt.example"))], body)
    write(HERE, name, msg)


# ---- bounces ---------------------------------------------------------------
postfix("postfix-gmail-nosuchuser.eml", "t.kramer.1987@gmail.com", "5.1.1", "gmail-smtp-in.l.google.com",
        "host gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a7si11sdf.1 - gsmtp (in reply to RCPT TO command)",
        "userunknown", True, y=2021)
postfix("postfix-outlook-rcpt-notexist.eml", "birgit.h@outlook.de", "5.5.0", "outlook-com.olc.protection.outlook.com",
        "host outlook-com.olc.protection.outlook.com[52.101.68.2] said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2024-02-11T10:02:11.523Z 08DC2A39] (in reply to RCPT TO command)",
        "userunknown", True, y=2024)
postfix("postfix-gmx-overquota.eml", "oma.lisbeth@gmx.de", "5.2.2", "mx00.emig.gmx.net",
        "host mx00.emig.gmx.net[212.227.15.9] said: 552-Requested mail action aborted: exceeded storage allocation 552 nemesis: mailbox quota exceeded (in reply to RCPT TO command)",
        "mailboxfull", False, y=2018)
postfix("postfix-tonline-ip-refused.eml", "kanzlei.sauer@t-online.de", "5.0.0", "mx00.t-online.de",
        "host mx00.t-online.de[194.25.134.8] said: 554 IP=192.0.2.41 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL) (in reply to MAIL FROM command)",
        "blocked", False, y=2019)
postfix("postfix-yahoo-ts03-delay.eml", "dancer_mia@yahoo.com", "4.7.0", "mta7.am0.yahoodns.net",
        "host mta7.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)",
        "ratelimited", False, y=2023, delay=True)
postfix("postfix-nodomain-typo.eml", "verwaltung@stadtwerke-hollfeld.example", "5.4.4", "",
        "Host or domain name not found. Name service error for name=stadtwerke-hollfeld.example type=A: Host not found",
        "hostunknown", True, y=2017)
postfix("postfix-local-alias-pipe.eml", "tickets@hostingpoint.example", "5.3.0", "",
        "Command died with status 1: \"/usr/local/bin/ticket-import --queue support\". Command output: Traceback (most recent call last): ConnectionRefusedError: [Errno 111] Connection refused",
        "mailererror", False, y=2020, host="mx1.hostingpoint.example", sender="noreply@shop-wendt.example")
postfix("postfix-spamhaus-listed.eml", "einkauf@maschinenbau-roth.example", "5.7.1", "mail.maschinenbau-roth.example",
        "host mail.maschinenbau-roth.example[198.51.100.23] said: 554 5.7.1 Service unavailable; Client host [192.0.2.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.41 (in reply to RCPT TO command)",
        "blocked", False, y=2016)
postfix("postfix-mailbox-disabled.eml", "s.yilmaz@web.de", "5.0.0", "mx-ha03.web.de",
        "host mx-ha03.web.de[212.227.17.8] said: 550 Requested action not taken: mailbox unavailable, account has been deactivated due to inactivity (in reply to RCPT TO command)",
        "suspend", False, y=2022)
postfix("postfix-dmarc-reject.eml", "bewerbung@klinikum-sued.example", "5.7.1", "mx1.klinikum-sued.example",
        "host mx1.klinikum-sued.example[198.51.100.140] said: 550 5.7.1 Message rejected: the sending domain's DMARC policy is p=reject and neither SPF nor DKIM aligned for shop-wendt.example (in reply to end of DATA command)",
        "authfailure", False, y=2024, sender="bestellung@shop-wendt.example")
postfix("zimbra-message-size.eml", "druckerei@print-hansen.example", "5.3.4", "mail.print-hansen.example",
        "host mail.print-hansen.example[198.51.100.61] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)",
        "emailtoolarge", False, y=2019, host="zimbra.architekten-lohse.example", sender="plan@architekten-lohse.example", vendor="zimbra")
postfix("zimbra-local-quota-delay.eml", "praktikant@architekten-lohse.example", "4.2.2", "",
        "delivery temporarily suspended: mailbox for praktikant has exceeded its storage quota (LMTP 452 4.2.2 Over quota)",
        "mailboxfull", False, y=2020, host="zimbra.architekten-lohse.example", sender="plan@architekten-lohse.example", delay=True, vendor="zimbra")
postfix("postfix-connect-timeout-delay.eml", "info@pension-alpenblick.example", "4.4.1", "",
        "connect to mail.pension-alpenblick.example[198.51.100.201]:25: Connection timed out",
        "networkerror", False, y=2018, delay=True)
postfix("postfix-icloud-content.eml", "lena.b@icloud.com", "5.7.1", "mx01.mail.icloud.com",
        "host mx01.mail.icloud.com[17.57.154.6] said: 554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)",
        "policyviolation", False, y=2023)
postfix("postfix-expired-5days.eml", "office@fliesen-koenig.example", "4.4.1", "",
        "delivery temporarily suspended: connect to mx.fliesen-koenig.example[198.51.100.9]:25: No route to host; message expired after 5 days in the queue",
        "expired", False, y=2015)

L = "    host {h} [{ip}]\n    SMTP error from remote mail server after {st}:\n    {said}"
exim("exim-cpanel-gmail-quota.eml", "helga.brandt1951@gmail.com",
     L.format(h="gmail-smtp-in.l.google.com", ip="142.250.27.26", st="end of data",
              said="452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n    452-4.2.2 recipient to\n    452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp ga12si88 - gsmtp"),
     "mailboxfull", False, status="4.2.2", reply="452", delay=True)
exim("exim-cpanel-local-unknown.eml", "rechnung@studio-berg.example",
     "    No Such User Here", "userunknown", True, y=2020)
exim("exim-cpanel-o365-notfound.eml", "m.schulte@stb-schulte.example",
     L.format(h="stbschulte-example.mail.protection.outlook.com", ip="52.101.73.5", st="RCPT TO:<m.schulte@stb-schulte.example>",
              said="550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00025F94.EURPRD83.prod.outlook.com 2023-09-13T07:44:51.112Z 08DBB3A4]"),
     "userunknown", True, status="5.4.1", reply="550", y=2023)
exim("exim-cpanel-spf-fail.eml", "service@versicherung-lang.example",
     L.format(h="mx01.versicherung-lang.example", ip="198.51.100.77", st="MAIL FROM:<office@studio-berg.example> SIZE=18233",
              said="550 5.7.23 SPF check failed: 192.0.2.114 is not allowed to send mail for studio-berg.example"),
     "authfailure", False, status="5.7.23", reply="550", y=2022)
exim("exim-directadmin-retry-timeout.eml", "info@camping-seeblick.example",
     "    retry timeout exceeded", "expired", False, y=2017, panel="DirectAdmin", host="da3.hostingpoint.example")
exim("exim-directadmin-unrouteable.eml", "kontakt@weingut-maurer.example",
     "    Unrouteable address", "hostunknown", True, y=2019, panel="DirectAdmin", host="da3.hostingpoint.example")
exim("exim-cpanel-aol-spam.eml", "grandpa.joe@aol.com",
     L.format(h="mx-aol.mail.gm0.yahoodns.net", ip="67.195.204.77", st="end of data",
              said="554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes"),
     "policyviolation", False, status="5.7.9", reply="554", y=2021)
exim("exim-cpanel-mailbox-no-space.eml", "buchhaltung@elektro-peters.example",
     L.format(h="mail.elektro-peters.example", ip="198.51.100.130", st="RCPT TO:<buchhaltung@elektro-peters.example>",
              said="552 5.2.2 Mailbox buchhaltung is at 100% of its 2048 MB allowance; ask the owner to delete old mail"),
     "mailboxfull", False, status="5.2.2", reply="552", y=2024)
exim("exim-cpanel-rate-outbound.eml", "newsletter-abo@vereinsheim.example",
     "    Domain studio-berg.example has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.",
     "ratelimited", False, y=2018)
exim("exim-cpanel-remote-local-problem-delay.eml", "praxis@dr-engel.example",
     L.format(h="mx.dr-engel.example", ip="198.51.100.88", st="RCPT TO:<praxis@dr-engel.example>",
              said="451 4.3.0 Temporary local problem - please try later"),
     "systemerror", False, status="4.3.0", reply="451", y=2016, delay=True)
exim("exim-cpanel-relay-denied.eml", "info@partnerfirma.example",
     L.format(h="mail.partnerfirma.example", ip="198.51.100.199", st="RCPT TO:<info@partnerfirma.example>",
              said="550 relay not permitted"),
     "norelaying", False, reply="550", y=2015)

sendmail("sendmail-unknown-user.eml", "jkowalski@firma-nowak.example", "RCPT To:<jkowalski@firma-nowak.example>",
         ["550 5.1.1 <jkowalski@firma-nowak.example>... User unknown"], "5.1.1", "userunknown", True)
sendmail("sendmail-virus-data.eml", "lager@spedition-falk.example", "DATA",
         ["554 5.7.1 Rejected: message contains Heuristics.Phishing.Email.SpoofedDomain (ClamAV)"], "5.7.1", "virusdetected", False, y=2017)
sendmail("sendmail-sender-domain-unresolved.eml", "ausschreibung@landkreis.example", "MAIL From:<sales@tools-kemper.example> SIZE=40211",
         ["553 5.1.8 <sales@tools-kemper.example>... Domain of sender address sales@tools-kemper.example does not exist"], "5.1.8", "rejected", False, y=2015)

qmail("plesk-qmail-no-mailbox.eml", "chef@restaurant-adler.example", "198.51.100.31",
      "550 5.1.1 <chef@restaurant-adler.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "userunknown", True, status="5.1.1", reply="550")
qmail("plesk-qmail-local-quota.eml", "termine@praxis-ahrens.example", "",
      "mailbox is full; message not delivered (#5.2.2)", "mailboxfull", False, status="5.2.2", local=True, y=2016)
qmail("plesk-qmail-ptr-missing.eml", "info@hotel-krone.example", "198.51.100.54",
      "550 5.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.207]",
      "requireptr", False, status="5.7.25", reply="550", y=2019)
qmail("plesk-qmail-cannot-connect.eml", "anfrage@zimmerei-voss.example", "",
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.",
      "expired", False, status="4.4.1", local=True, y=2017)

exchange("ex2016-local-recipient-notfound.eml", "a.wolff@kanzlei-meier.example", "5.1.10",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", True, y=2018,
         gen="EX16-01.kanzlei-meier.example", summary="The e-mail address you entered couldn't be found.")
exchange("ex2019-remote-tls-required.eml", "datenschutz@behoerde-nord.example", "5.7.10",
         "550 5.7.10 TLS required: the remote server did not offer STARTTLS, message not sent", "failedstarttls", False, y=2021)
exchange("ex2019-size-limit.eml", "bauamt@gemeinde-ried.example", "5.3.4",
         "552 5.3.4 Message too big for system; maximum accepted size is 15728640 bytes", "emailtoolarge", False, y=2022,
         summary="The message is too large for the recipient's mail server.")
exchange("o365-sender-restricted.eml", "kunde@fahrschule-berger.example", "5.1.8",
         "550 5.1.8 Access denied, bad outbound sender. AS(42004) [DB9PR02MB7115.eurprd02.prod.outlook.com]", "rejected", False, y=2021, o365=True,
         summary="Your message couldn't be delivered because you weren't recognized as a valid sender.")
exchange("o365-group-restricted.eml", "vorstand@sportverein-ost.example", "5.7.1",
         "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]", "securityerror", False, y=2023, o365=True,
         summary="Your message can't be delivered because delivery to this address is restricted.")
exchange("o365-remote-ip-banned.eml", "empfang@hotel-seerose.example", "5.7.1",
         "550 5.7.1 Service unavailable, Client host [52.100.164.3] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/52.100.164.3 (AS3130). [VI1EUR04FT012.eop-eur04.prod.protection.outlook.com]",
         "blocked", False, y=2024, o365=True)
exchange("o365-mailbox-full-remote.eml", "t.fuchs@malerbetrieb-fuchs.example", "5.2.2",
         "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "mailboxfull", False, y=2022, o365=True,
         summary="Your message couldn't be delivered because the recipient's mailbox is full.")

gmail("gworkspace-nosuchuser.eml", "office@tierarzt-lenz.example", "5.1.1", "Address not found",
      "550 5.1.1 <office@tierarzt-lenz.example>: Recipient address rejected: user does not exist here", "userunknown", True)
gmail("gworkspace-remote-spam.eml", "events@kulturhaus.example", "5.7.1", "Message blocked",
      "554 5.7.1 Message content rejected as likely spam (score 9.7 > 6.0)", "spamdetected", False, y=2021)
gmail("gworkspace-dns-delay.eml", "anmeldung@musikschule-klang.example", "4.4.3", "",
      "DNS Error: DNS type 'mx' lookup of musikschule-klang.example responded with code SERVFAIL", "networkerror", False, y=2024, delay=True)

mdaemon("mdaemon-unknown-mailbox.eml", "steuer@mandant-ritter.example",
        "550 <steuer@mandant-ritter.example>, Recipient unknown", "userunknown", True, reply="550")
mdaemon("mdaemon-disk-space.eml", "post@notariat-beck.example",
        "452 4.3.1 Insufficient system storage, try again later", "systemfull", False, status="4.3.1", reply="452", y=2019)


# forwarded by customers with a question: the forwarded bounce is the record
forwarded("fwd-customer-exim-blocked.eml",
          lambda n: exim(n, "verkauf@autohaus-brandl.example",
                         L.format(h="mx.autohaus-brandl.example", ip="198.51.100.160", st="RCPT TO:<verkauf@autohaus-brandl.example>",
                                  said="554 5.7.1 Your IP 192.0.2.114 is listed on our local blacklist; contact postmaster@autohaus-brandl.example"),
                         "blocked", False, status="5.7.1", reply="554", y=2023),
          "Hallo Support,\n\nseit heute kommen alle meine Mails an das Autohaus zurueck, siehe unten.\nLiegt das an Ihrem Server? Bitte dringend pruefen.\n\nGruss\nAnna Vogt\n")
forwarded("fwd-customer-o365-unknown.eml",
          lambda n: exchange(n, "h.krause@baustoffe-krause.example", "5.1.1",
                             "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", True, y=2023, o365=True,
                             summary="Your message to h.krause@baustoffe-krause.example couldn't be delivered."),
          "Hi,\n\nwhy does this come back? Mr Krause gave me this address on the phone last week.\nIs something wrong with my mailbox?\n\nThanks, Anna\n")
forwarded("fwd-customer-postfix-full.eml",
          lambda n: postfix(n, "familie.ott@web.de", "5.2.2", "mx-ha02.web.de",
                            "host mx-ha02.web.de[212.227.15.41] said: 552 Requested mail action aborted: exceeded mailsize limit of the mailbox; the mailbox has run out of space (in reply to RCPT TO command)",
                            "mailboxfull", False, y=2022),
          "Guten Tag,\n\nich bekomme diese Meldung bei meiner Schwester. Muss ich etwas tun?\n\nA. Vogt\n")


# ---- near-misses -----------------------------------------------------------
def nb(name, frm, subject, text, y, extra=(), charset="us-ascii", cte=None):
    date = dt(y, 9, 5 + len(name) % 20, 12, len(name) % 60, 0)
    host = frm.split("@")[1].rstrip(">")
    msg = plain_mail(name, frm=frm, to="support@hostingpoint.example", subject=subject, date=date, host=host,
                     hops=received([(host, "203.0.113." + str(len(name)), "mx1.hostingpoint.example", "Postfix", "4N" + str(len(name)), date)]),
                     text=text, charset=charset, cte=cte, extra=extra, auto=False)
    write(NB, name, msg)


nb("nb-customer-asks-mail-not-arriving.eml", "Peter Haas <p.haas@schreinerei-haas.example>", "Mails kommen nicht an?!",
   "Hallo,\n\nmeine Kunden sagen, dass meine Mails nicht ankommen. Ich bekomme aber keine\nFehlermeldung, kein 'Undelivered Mail' oder so. Koennen Sie in die Logs schauen?\nEmpfaenger z.B. info@kunde-abc.example.\n\nDanke\nPeter Haas\n", 2021)
nb("nb-customer-mailbox-quota-question.eml", "Sabine Kurz <sabine@kurz-design.example>", "Postfach voll - mehr Speicher buchen?",
   "Hello support,\n\nRoundcube shows my mailbox is at 96% of the quota. Before it is full and mail\nbounces: can I upgrade to the 10 GB package, and what does it cost?\n\nBest regards\nSabine Kurz\n", 2022)
nb("nb-uptime-monitor-smtp-down.eml", "UptimeRobot <alert@uptimerobot.example>", "Monitor is DOWN: SMTP server114 (port 25)",
   "Hi,\n\nThe monitor SMTP server114 (port 25) is currently DOWN (Connection Timeout).\n\nEvent timestamp: 2023-05-14 03:12:09 UTC\nReason: Connection Timeout\n\nWe will alert you when it is up again.\n", 2023,
   extra=[("X-Mailer", "UptimeRobot"), ("Auto-Submitted", "auto-generated")])
nb("nb-cpanel-disk-quota-warning.eml", "cPanel on server114 <cpanel@server114.hostingpoint.example>", "[server114] Disk Usage Warning: The user \"studioberg\" is approaching their disk quota.",
   "The cPanel account \"studioberg\" (studio-berg.example) is using 94.12% of its 5 GB disk quota.\n\nWhen the quota is exceeded, new email cannot be delivered to the account's mailboxes.\n\nThis notice is the result of a request from \"cpanellogd\".\n", 2020,
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-invoice-domain-renewal.eml", "Billing <billing@registrar-one.example>", "Invoice 2024-11873 - domain renewal",
   "Dear customer,\n\nplease find your invoice for the renewal of hostingpoint-kunden.example (12 months).\nAmount due: EUR 14.90. Payment will be collected by direct debit.\n\nIf the payment is returned we will notify you.\n", 2024)
nb("nb-spam-fake-delivery-failure.eml", "Mail Delivery <postmaster@secure-mailbox-update.example>", "Delivery failure: 5 messages held for support@hostingpoint.example",
   "Dear user,\n\nYou have 5 incoming messages that failed to deliver because your mailbox needs verification.\nClick below to release your pending messages:\n\n  https://secure-mailbox-update.example/release\n\nMail Administrator\n", 2025)
nb("nb-rbl-delisting-confirmation.eml", "Spamhaus <noreply@spamhaus.example>", "Removal request for 192.0.2.41 processed",
   "Your removal request for IP address 192.0.2.41 from the CSS list has been processed.\nThe listing will disappear from our public mirrors within 30 minutes.\nPlease fix the cause (a compromised account sending spam) to avoid relisting.\n", 2019,
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-dmarc-aggregate-notice.eml", "DMARC Reports <noreply-dmarc@google.example>", "Report domain: studio-berg.example Submitter: google.com Report-ID: 1583742",
   "This is an aggregate report from google.com for studio-berg.example.\nThe XML report is not attached to this forwarded copy; 12 messages failed SPF alignment.\n", 2021)
nb("nb-customer-reply-thanks.eml", "Markus Lind <m.lind@bakery-lind.example>", "Re: Ticket #48211 - Undelivered Mail Returned to Sender",
   "Thanks, that fixed it! After adding the SPF record the mails to the Klinikum\ngo through again. You can close the ticket.\n\nMarkus\n\n> The bounce said the DMARC check failed for your domain; please add\n> the SPF record we sent you.\n", 2024)
nb("nb-exchange-ooo-colleague-human.eml", "Jana Meier <j.meier@kanzlei-meier.example>", "Urlaub naechste Woche / Vertretung",
   "Hallo Team,\n\nich bin naechste Woche nicht im Buero (out of office). Bei Problemen mit dem\nMailserver oder unzustellbaren Mails bitte an Herrn Wolff wenden.\n\nJana\n", 2018)
nb("nb-server-maintenance-notice.eml", "Hostingpoint Status <status@hostingpoint.example>", "Maintenance: mail delivery may be delayed on 12 March",
   "Dear customers,\n\non 12 March 02:00-04:00 UTC we upgrade Exim on server114. Incoming mail may be\ndelayed and is queued on our backup MX; nothing is lost, no mail will bounce.\n", 2022,
   extra=[("Precedence", "bulk")])
nb("nb-zimbra-password-expiry.eml", "Zimbra Admin <admin@zimbra.architekten-lohse.example>", "Your password expires in 5 days",
   "Your Zimbra account password for plan@architekten-lohse.example will expire in 5 days.\nPlease change it in the web client under Preferences > Accounts.\n", 2020,
   extra=[("Auto-Submitted", "auto-generated")])

write_expected(os.path.join(HERE, "expected.jsonl"))
