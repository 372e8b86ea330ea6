#!/usr/bin/env python3
"""Writes testdata/unseen/batch-71: one night of bounces at an Indian SaaS
company (Rediffmail, Gmail and Google Workspace, Outlook, Zoho Mail India,
Yahoo India, NIC government mail, Sify, bank gateways, universities on
Exchange, Zimbra and Postfix, old Airtel/BSNL addresses, small Indian
hosting on cPanel Exim), English and Hindi notices, delays and auto-replies,
ordinary near-miss mail in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch71.py [DIR]"""
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

SENDER = "billing@hisaabcloud.example"
SDOM = "hisaabcloud.example"
OUTMTA = "smtp-out2.hisaabcloud.example"
IST = "+0530"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def odate(day, h, m):
    return dt(2026, 11, day, h, m, 12, IST)


def ohead(name, rcpt, subject, date, frm=SENDER):
    return orig_headers(frm, rcpt, subject, date, mid(name + "o", SDOM),
                        extra="X-Mailer: hisaab-notify 4.2")


def orig_msg(name, rcpt, subject, date):
    return ohead(name, rcpt, subject, date) + "\nNamaste,\n\nYour invoice for November is attached in your dashboard.\n\nHisaabCloud Billing\n"


# ------------------------------------------------------------------ templates

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


def postfix(name, *, rcpt, status, diag, textline, remote=None, host=OUTMTA, date, subj, delay=None,
            charset="us-ascii", cte=None, head=None):
    """Our own (or a university's) Postfix returning a message."""
    text = (head or (PF_DELAY.format(host=host, hours=delay) if delay else PF_HEAD.format(host=host))) + \
        f"<{rcpt}>: {textline}\n"
    r = {"final": rcpt, "action": "delayed" if delay else "failed", "status": status, "diag": diag}
    if remote:
        r["remote"] = remote
    if delay:
        r["will_retry"] = dt(2026, 11, 29, 22, 10, 3, IST)
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=date, host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=text,
                    recips=[r], arrival=date, charset=charset, cte=cte,
                    orig=ohead(name, rcpt, subj, date))


def exim(name, *, host, rcpt_block, date, subj, rcpt, frm=None, sw="Exim 4.96.2", subject=None):
    """A cPanel/Exim plain-text bounce with the returned message inline."""
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"{rcpt_block}\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + orig_msg(name, rcpt, subj, date))
    return plain_mail(name, frm=frm or f"Mail Delivery System <Mailer-Daemon@{host}>", to=SENDER,
                      subject=subject or "Mail delivery failed: returning message to sender", date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text,
                      extra=[("X-Failed-Recipients", rcpt)])


def exim_delay(name, *, host, rcpt, line, date, subj, msgdate):
    text = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on " + host + ".\n\n"
            "The message identifier is:     " + qid(name, 6) + "-" + qid(name + "x", 6) + "-KQ\n"
            "The subject of the message is: " + subj + "\n"
            "The date of the message is:    " + msgdate + "\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            f"  {rcpt}\n    {line}\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will give up,\n"
            "and when that happens, the message will be returned to you.\n")
    return plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=SENDER,
                      subject="Warning: message " + qid(name, 6) + "-" + qid(name + "x", 6) + "-KQ delayed 24 hours",
                      date=date, host=host, hops="Return-Path: <>\n" + hop(name, host, "Exim 4.97.1", date), text=text)


def gmail(name, *, rcpt, status, diag, human, remote, date, subj, delay=False):
    """Google Workspace (our outbound) returning a message."""
    host = "mx.google.com"
    text = ("\n** " + ("Message delayed" if delay else "Address not found" if status.startswith("5.1") else
                       "Message not delivered") + " **\n\n" + human + "\n\nThe response from the remote server was:\n\n"
            + diag.split("; ", 1)[-1] + "\n")
    r = {"final": rcpt, "action": "delayed" if delay else "failed", "status": status, "remote": remote, "diag": diag}
    return dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=SENDER,
                    subject=("Delivery Status Notification (Delay)" if delay else
                             "Delivery Status Notification (Failure)"),
                    date=date, host=host, reporting="googlemail.com",
                    hops="Return-Path: <>\n" + received([("mail-sor-f41.google.com", "209.85.220.41", "mx.google.com",
                                                          "Google Transport Security", qid(name), date, SENDER)]),
                    text=text, recips=[r], arrival=date, extra=[("X-Failed-Recipients", rcpt)],
                    orig=ohead(name, rcpt, subj, date))


def exchange(name, *, host, rcpt, status, diag, human, date, subj, lang_text=None, charset="us-ascii", cte=None,
             subject="Undeliverable: "):
    text = lang_text or (
        "Delivery has failed to these recipients or groups:\n\n" + rcpt + "\n" + human +
        "\n\n\nDiagnostic information for administrators:\n\nGenerating server: " + host + "\n\n" + rcpt +
        "\nRemote Server returned '" + diag + "'\n\nOriginal message headers:\n")
    r = {"final": rcpt, "status": status, "diag": diag, "remote": host}
    return dsn_mail(name, frm=f"Microsoft Outlook <postmaster@{rcpt.split('@')[1]}>", to=SENDER,
                    subject=subject + subj,
                    date=date, host=host, hops="Return-Path: <>\n" + hop(name, host, "Microsoft SMTP Server", date),
                    text=text, recips=[r], arrival=date, charset=charset, cte=cte,
                    orig=ohead(name, rcpt, subj, date))


def autoreply(name, *, frm, subject, text, date, host, charset="us-ascii", cte=None, extra=()):
    heads = [("X-Autoreply", "yes"), ("Precedence", "auto_reply")] + list(extra)
    return plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, "Postfix", date, "mail." + host, "203.0.113.61"),
                      text=text, charset=charset, cte=cte, extra=heads, auto=False)


def notice(name, *, frm, subject, text, date, host, charset="us-ascii", cte=None, orig=None, sw="Postfix",
           extra=()):
    """A non-DSN notice; the returned message as message/rfc822 when given."""
    if orig is None:
        return plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                          hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, charset=charset, cte=cte,
                          extra=extra)
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", SENDER),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    return mail(heads, body)


S1 = "Invoice INV-2026-11-4471 from HisaabCloud"
S2 = "Your HisaabCloud trial ends in 3 days"
S3 = "GST report ready for download"
S4 = "Payment reminder: subscription renewal"

# ================================================================== Rediffmail

n = "b71-rediff-no-such-user-rcpt.eml"
d = odate(27, 23, 4)
write(OUT, n, postfix(n, rcpt="anil.kulkarni1978@rediffmail.com", status="5.1.1", remote="mx.rediffmail.rediff.akadns.net",
      diag="smtp; 550 5.1.1 <anil.kulkarni1978@rediffmail.com>: Recipient address rejected: no such user here",
      textline="host mx.rediffmail.rediff.akadns.net[203.0.113.20] said: 550 5.1.1\n    <anil.kulkarni1978@rediffmail.com>: Recipient address rejected: no such user\n    here (in reply to RCPT TO command)",
      date=d, subj=S1))
expect(n, "anil.kulkarni1978@rediffmail.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Rediffmail")

n = "b71-rediff-quota-exhausted-delay.eml"
d = odate(27, 23, 40)
write(OUT, n, postfix(n, rcpt="sunita_traders@rediffmail.com", status="4.2.2", remote="mx.rediffmail.rediff.akadns.net",
      diag="smtp; 452 4.2.2 Mailbox of sunita_traders has used up its storage allocation, try later",
      textline="host mx.rediffmail.rediff.akadns.net[203.0.113.20] said: 452 4.2.2\n    Mailbox of sunita_traders has used up its storage allocation, try later (in\n    reply to RCPT TO command)",
      date=d, subj=S4, delay=4))
expect(n, "sunita_traders@rediffmail.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="Rediffmail")

n = "b71-rediff-account-closed-dormant.eml"
d = odate(28, 0, 12)
write(OUT, n, postfix(n, rcpt="rajesh.verma@rediffmail.com", status="5.2.1", remote="mx.rediffmail.rediff.akadns.net",
      diag="smtp; 550 5.2.1 This Rediffmail account has been deactivated because it was not used for a long time",
      textline="host mx.rediffmail.rediff.akadns.net[203.0.113.20] said: 550 5.2.1 This\n    Rediffmail account has been deactivated because it was not used for a long\n    time (in reply to RCPT TO command)",
      date=d, subj=S2))
expect(n, "rajesh.verma@rediffmail.com", "suspend", status="5.2.1", reply="550", vendor="Rediffmail")

n = "b71-rediff-content-rejected-spam.eml"
d = odate(28, 0, 31)
write(OUT, n, postfix(n, rcpt="meena.iyer@rediffmail.com", status="5.7.1", remote="mx.rediffmail.rediff.akadns.net",
      diag="smtp; 554 5.7.1 Message content looks like unsolicited bulk mail and was not accepted",
      textline="host mx.rediffmail.rediff.akadns.net[203.0.113.20] said: 554 5.7.1\n    Message content looks like unsolicited bulk mail and was not accepted (in\n    reply to end of DATA command)",
      date=d, subj=S3))
expect(n, "meena.iyer@rediffmail.com", "spamdetected", status="5.7.1", reply="554", vendor="Rediffmail")

# ================================================================== Gmail / Google Workspace

n = "b71-gws-gmail-account-missing.eml"
d = odate(27, 22, 15)
write(OUT, n, gmail(n, rcpt="priyanka.sharma.ca@gmail.com", status="5.1.1", remote="gmail-smtp-in.l.google.com",
      diag="smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
      human="Your message wasn't delivered to priyanka.sharma.ca@gmail.com because the address couldn't be found, or is unable to receive mail.",
      date=d, subj=S1))
expect(n, "priyanka.sharma.ca@gmail.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Google")

n = "b71-gws-gmail-storage-out.eml"
d = odate(27, 22, 48)
write(OUT, n, gmail(n, rcpt="vikram.textiles.surat@gmail.com", status="4.2.2", remote="gmail-smtp-in.l.google.com",
      diag="smtp; 452-4.2.2 The recipient's inbox is out of storage space. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp",
      human="There was a temporary problem delivering your message to vikram.textiles.surat@gmail.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.",
      date=d, subj=S4, delay=True))
expect(n, "vikram.textiles.surat@gmail.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="Google")

n = "b71-gws-workspace-domain-no-mx.eml"
d = odate(28, 1, 3)
write(OUT, n, gmail(n, rcpt="accounts@shreeganesh-exports.example.in", status="5.1.2", remote="shreeganesh-exports.example.in",
      diag="dns; DNS Error: DNS type 'mx' lookup of shreeganesh-exports.example.in responded with code NXDOMAIN Domain name not found: shreeganesh-exports.example.in",
      human="Your message wasn't delivered to accounts@shreeganesh-exports.example.in because the domain shreeganesh-exports.example.in couldn't be found. Check for typos or unnecessary spaces and try again.",
      date=d, subj=S1))
expect(n, "accounts@shreeganesh-exports.example.in", "hostunknown", hard=True, status="5.1.2", vendor="Google")

n = "b71-gws-dmarc-unauthenticated.eml"
d = odate(28, 1, 20)
write(OUT, n, gmail(n, rcpt="cfo@nirmaan-infra.example.in", status="5.7.26", remote="aspmx.l.google.com",
      diag="smtp; 550-5.7.26 Unauthenticated email from hisaabcloud.example is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 hisaabcloud.example domain if this was a legitimate mail.",
      human="Your message wasn't delivered to cfo@nirmaan-infra.example.in because the sending domain's DMARC policy did not pass at the receiving server.",
      date=d, subj=S1))
expect(n, "cfo@nirmaan-infra.example.in", "authfailure", status="5.7.26", reply="550", vendor="Google")

n = "b71-gws-too-large-attachment.eml"
d = odate(28, 2, 2)
write(OUT, n, gmail(n, rcpt="ca.office@mehtaassociates.example.in", status="5.3.4", remote="aspmx.l.google.com",
      diag="smtp; 552-5.3.4 Your message exceeded Google's message size limits. Please 552-5.3.4 visit https://support.google.com/mail/?p=MaxSizeError to view 552 5.3.4 our size guidelines.",
      human="Your message couldn't be delivered to ca.office@mehtaassociates.example.in because it is larger than the recipient's server accepts.",
      date=d, subj=S3))
expect(n, "ca.office@mehtaassociates.example.in", "emailtoolarge", status="5.3.4", reply="552", vendor="Google")

n = "b71-gws-receiving-rate-gmail.eml"
d = odate(28, 2, 30)
write(OUT, n, gmail(n, rcpt="orders.kanpurleather@gmail.com", status="4.2.1", remote="gmail-smtp-in.l.google.com",
      diag="smtp; 450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450 4.2.1 message at a later date.",
      human="There was a temporary problem delivering your message to orders.kanpurleather@gmail.com. Gmail will retry for 45 more hours.",
      date=d, subj=S4, delay=True))
expect(n, "orders.kanpurleather@gmail.com", "ratelimited", status="4.2.1", reply="450", action="delayed", vendor="Google")

n = "b71-gws-mx-refuses-sending-ip.eml"
d = odate(28, 3, 5)
write(OUT, n, postfix(n, rcpt="hr@saptagiri-foods.example.in", status="5.7.1", remote="aspmx.l.google.com",
      diag="smtp; 550-5.7.1 [198.51.100.44] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550 5.7.1 service provider instead. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError",
      textline="host aspmx.l.google.com[203.0.113.26] said: 550-5.7.1 [198.51.100.44] The IP\n    you're using to send mail is not authorized to 550-5.7.1 send email directly\n    to our servers. Please use the SMTP relay at your 550 5.7.1 service provider\n    instead. For more information, go to 550 5.7.1\n    https://support.google.com/mail/?p=NotAuthorizedError (in reply to end of\n    DATA command)",
      date=d, subj=S2))
expect(n, "hr@saptagiri-foods.example.in", "blocked", status="5.7.1", reply="550", vendor="Google")

# ================================================================== Outlook / Microsoft 365

n = "b71-outlook-recipient-not-found.eml"
d = odate(27, 22, 2)
write(OUT, n, postfix(n, rcpt="deepak.nair@outlook.com", status="5.5.0", remote="outlook-com.olc.protection.outlook.com",
      diag="smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [MA1IND01FT012.eop-IND01.prod.protection.outlook.com 2026-11-27T16:32:04.118Z 08DE1C2A9F3B77E1]",
      textline="host outlook-com.olc.protection.outlook.com[203.0.113.230] said: 550\n    5.5.0 Requested action not taken: mailbox unavailable (S2017062302).\n    [MA1IND01FT012.eop-IND01.prod.protection.outlook.com 2026-11-27T16:32:04.118Z\n    08DE1C2A9F3B77E1] (in reply to RCPT TO command)",
      date=d, subj=S1))
expect(n, "deepak.nair@outlook.com", "userunknown", hard=True, status="5.5.0", reply="550", vendor="Microsoft")

n = "b71-m365-tenant-recipient-rejected.eml"
d = odate(27, 22, 26)
write(OUT, n, exchange(n, host="BM1PR01MB2233.INDPRD01.PROD.OUTLOOK.COM", rcpt="procurement@lakshmi-pumps.example.in",
      status="5.7.129", diag="550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this restricted recipient; the group only accepts mail from its own organisation",
      human="Your message couldn't be delivered because the recipient is a restricted group that only accepts messages from people in its own organization.",
      date=d, subj=S2))
expect(n, "procurement@lakshmi-pumps.example.in", "filtered", status="5.7.129", reply="550", vendor="Microsoft")

n = "b71-m365-mailbox-quota-hindi.eml"
d = odate(28, 0, 5)
HTXT = ("इन प्राप्तकर्ताओं या समूहों को वितरण विफल हुआ:\n\n"
        "accounts.head@bharatlogistics.example.in\n"
        "प्राप्तकर्ता का मेलबॉक्स भर गया है और वह अभी संदेश स्वीकार नहीं कर सकता। कृपया बाद में पुनः भेजने का प्रयास करें या प्राप्तकर्ता से सीधे संपर्क करें।\n\n\n"
        "व्यवस्थापकों के लिए निदान जानकारी:\n\n"
        "जनरेटिंग सर्वर: MA0PR01MB7788.INDPRD01.PROD.OUTLOOK.COM\n\n"
        "accounts.head@bharatlogistics.example.in\n"
        "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n")
write(OUT, n, exchange(n, host="MA0PR01MB7788.INDPRD01.PROD.OUTLOOK.COM", rcpt="accounts.head@bharatlogistics.example.in",
      status="5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
      human="", date=d, subj=S1, lang_text=HTXT, charset="utf-8", cte="base64",
      subject=enc_header("अवितरणीय:", "utf-8") + " "))
expect(n, "accounts.head@bharatlogistics.example.in", "mailboxfull", status="5.2.2", reply="554", vendor="Microsoft")

n = "b71-m365-spf-fail-sender.eml"
d = odate(28, 1, 44)
write(OUT, n, exchange(n, host="PN2PR01MB4410.INDPRD01.PROD.OUTLOOK.COM", rcpt="it.admin@suryodaya-bank.example.in",
      status="5.7.23", diag="550 5.7.23 The message was rejected because of Sender Policy Framework violation",
      human="The destination email system checked the sending server against the sender domain's SPF record and the check failed.",
      date=d, subj=S3))
expect(n, "it.admin@suryodaya-bank.example.in", "authfailure", status="5.7.23", reply="550", vendor="Microsoft")

# ================================================================== Zoho Mail India

n = "b71-zoho-in-no-account-rcpt.eml"
d = odate(27, 23, 15)
write(OUT, n, postfix(n, rcpt="kavya@tanvi-designs.example.in", status="5.1.1", remote="mx.zoho.in",
      diag="smtp; 550 5.1.1 Invalid recipient: there is no account for kavya@tanvi-designs.example.in on this domain",
      textline="host mx.zoho.in[203.0.113.88] said: 550 5.1.1 Invalid recipient:\n    there is no account for kavya@tanvi-designs.example.in on this domain (in\n    reply to RCPT TO command)",
      date=d, subj=S2))
expect(n, "kavya@tanvi-designs.example.in", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Zoho")

n = "b71-zoho-in-storage-plan-limit.eml"
d = odate(28, 0, 50)
write(OUT, n, postfix(n, rcpt="support@aarav-edutech.example.in", status="5.2.2", remote="mx2.zoho.in",
      diag="smtp; 552 5.2.2 Mail storage of the recipient's organisation has reached the plan limit; the mailbox cannot take new mail",
      textline="host mx2.zoho.in[203.0.113.89] said: 552 5.2.2 Mail storage of the\n    recipient's organisation has reached the plan limit; the mailbox cannot take\n    new mail (in reply to end of DATA command)",
      date=d, subj=S1))
expect(n, "support@aarav-edutech.example.in", "mailboxfull", status="5.2.2", reply="552", vendor="Zoho")

n = "b71-zoho-in-user-blocked-admin.eml"
d = odate(28, 2, 11)
write(OUT, n, postfix(n, rcpt="ravi.field@greenleaf-agro.example.in", status="5.2.1", remote="mx.zoho.in",
      diag="smtp; 550 5.2.1 Mailbox locked: the organisation administrator has blocked this user's account",
      textline="host mx.zoho.in[203.0.113.88] said: 550 5.2.1 Mailbox locked: the\n    organisation administrator has blocked this user's account (in reply to RCPT\n    TO command)",
      date=d, subj=S4))
expect(n, "ravi.field@greenleaf-agro.example.in", "suspend", status="5.2.1", reply="550", vendor="Zoho")

# ================================================================== Yahoo India

n = "b71-yahoo-in-user-does-not-exist.eml"
d = odate(27, 22, 40)
write(OUT, n, postfix(n, rcpt="gupta_sanjay2004@yahoo.co.in", status="5.0.0", remote="mta7.am0.yahoodns.net",
      diag="smtp; 554 delivery error: dd Sorry your message to gupta_sanjay2004@yahoo.co.in cannot be delivered. This mailbox is disabled (554.30). - mta4181.mail.sg3.yahoo.com",
      textline="host mta7.am0.yahoodns.net[98.136.96.74] said: 554 delivery error: dd\n    Sorry your message to gupta_sanjay2004@yahoo.co.in cannot be delivered. This\n    mailbox is disabled (554.30). - mta4181.mail.sg3.yahoo.com (in reply to end\n    of DATA command)",
      date=d, subj=S1))
expect(n, "gupta_sanjay2004@yahoo.co.in", "suspend", status="5.0.0", reply="554", vendor="Yahoo")

n = "b71-yahoo-in-deferred-volume.eml"
d = odate(28, 1, 2)
write(OUT, n, postfix(n, rcpt="lalitha.r@yahoo.in", status="4.7.0", remote="mta5.am0.yahoodns.net",
      diag="smtp; 421 4.7.0 [TSS04] Messages from 198.51.100.44 temporarily deferred due to user complaints - 4.16.55.1",
      textline="host mta5.am0.yahoodns.net[67.195.204.79] refused to talk to me: 421 4.7.0\n    [TSS04] Messages from 198.51.100.44 temporarily deferred due to user\n    complaints - 4.16.55.1",
      date=d, subj=S2, delay=4))
# The words name only user complaints about the sending IP: reputation.
expect(n, "lalitha.r@yahoo.in", "badreputation", status="4.7.0", reply="421", action="delayed", vendor="Yahoo")

# ================================================================== NIC / government

n = "b71-nic-zimbra-no-such-account.eml"
d = odate(27, 22, 55)
write(OUT, n, postfix(n, rcpt="so-accounts@revenue.example.gov.in", status="5.1.1", remote="mx.mgovcloud.example.gov.in",
      diag="smtp; 550 5.1.1 <so-accounts@revenue.example.gov.in>: Recipient address rejected: account does not exist in the NIC directory",
      textline="host mx.mgovcloud.example.gov.in[192.0.2.140] said: 550 5.1.1\n    <so-accounts@revenue.example.gov.in>: Recipient address rejected: account\n    does not exist in the NIC directory (in reply to RCPT TO command)",
      date=d, subj=S3))
expect(n, "so-accounts@revenue.example.gov.in", "userunknown", hard=True, status="5.1.1", reply="550", vendor="NIC")

n = "b71-nic-password-expired-account-locked.eml"
d = odate(28, 0, 20)
write(OUT, n, postfix(n, rcpt="dir-it@health.example.nic.in", status="5.2.1", remote="mx.example.nic.in",
      diag="smtp; 550 5.2.1 Account temporarily inactive: user has not changed the password for 90 days, mailbox locked by the NIC mail policy",
      textline="host mx.example.nic.in[192.0.2.141] said: 550 5.2.1 Account temporarily\n    inactive: user has not changed the password for 90 days, mailbox locked by\n    the NIC mail policy (in reply to RCPT TO command)",
      date=d, subj=S4))
expect(n, "dir-it@health.example.nic.in", "suspend", status="5.2.1", reply="550", vendor="NIC")

n = "b71-nic-gateway-ip-blocklisted.eml"
d = odate(28, 1, 33)
write(OUT, n, postfix(n, rcpt="us-finance@dept.example.gov.in", status="5.7.1", remote="mx.example.nic.in",
      diag="smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.44] blocked: sending IP is listed on the NIC gateway blocklist",
      textline="host mx.example.nic.in[192.0.2.141] said: 554 5.7.1 Service unavailable;\n    Client host [198.51.100.44] blocked: sending IP is listed on the NIC gateway\n    blocklist (in reply to RCPT TO command)",
      date=d, subj=S1))
expect(n, "us-finance@dept.example.gov.in", "blocked", status="5.7.1", reply="554", vendor="NIC")

n = "b71-nic-attachment-type-policy.eml"
d = odate(28, 3, 22)
write(OUT, n, postfix(n, rcpt="registrar@tribunal.example.gov.in", status="5.7.0", remote="mx.example.nic.in",
      diag="smtp; 554 5.7.0 Message rejected: attachments of type .zip are not allowed by Government of India email policy",
      textline="host mx.example.nic.in[192.0.2.141] said: 554 5.7.0 Message rejected:\n    attachments of type .zip are not allowed by Government of India email policy\n    (in reply to end of DATA command)",
      date=d, subj=S3))
expect(n, "registrar@tribunal.example.gov.in", "policyviolation", status="5.7.0", reply="554", vendor="NIC")

n = "b71-nic-delay-connection-timed-out.eml"
d = odate(28, 4, 10)
write(OUT, n, postfix(n, rcpt="dm-office@district.example.nic.in", status="4.4.1",
      diag="X-Postfix; connect to mx2.district.example.nic.in[192.0.2.150]:25: Connection timed out",
      textline="connect to mx2.district.example.nic.in[192.0.2.150]:25: Connection\n    timed out",
      date=d, subj=S4, delay=8))
expect(n, "dm-office@district.example.nic.in", "networkerror", status="4.4.1", action="delayed", vendor="Postfix")

# ================================================================== Sify and banks

n = "b71-sify-relay-denied.eml"
d = odate(27, 23, 50)
write(OUT, n, postfix(n, rcpt="purchase@coimbatore-mills.example.in", status="5.7.1", remote="smtp.sify.example.net",
      diag="smtp; 554 5.7.1 <purchase@coimbatore-mills.example.in>: Relay access denied",
      textline="host smtp.sify.example.net[203.0.113.141] said: 554 5.7.1\n    <purchase@coimbatore-mills.example.in>: Relay access denied (in reply to RCPT\n    TO command)",
      date=d, subj=S2))
expect(n, "purchase@coimbatore-mills.example.in", "norelaying", status="5.7.1", reply="554", vendor="Sify")

n = "b71-sify-domain-lapsed-no-mx.eml"
d = odate(28, 0, 44)
write(OUT, n, postfix(n, rcpt="info@pragati-chemicals.example.in", status="5.4.4",
      diag="X-Postfix; Host or domain name not found. Name service error for name=pragati-chemicals.example.in type=MX: Host not found",
      textline="Host or domain name not found. Name service error for\n    name=pragati-chemicals.example.in type=MX: Host not found",
      date=d, subj=S1))
expect(n, "info@pragati-chemicals.example.in", "hostunknown", hard=True, status="5.4.4", vendor="Postfix")

n = "b71-bank-gateway-external-mail-restricted.eml"
d = odate(28, 1, 12)
write(OUT, n, notice(n, frm="IronPort Mail Gateway <mailer-daemon@esa1.example-bank.co.in>",
      subject="Delivery Status Notification (Failure)", date=d, host="esa1.example-bank.co.in", sw="Cisco ESA",
      text="""The message you sent to nodal.officer@example-bank.co.in was not delivered.

Reason: 550 5.7.1 Message blocked by the bank's content policy: messages
containing external links to document-sharing sites are not accepted
from outside senders.

This is a permanent failure. Please contact the recipient by another means.
""", orig=orig_msg(n, "nodal.officer@example-bank.co.in", S3, d)))
expect(n, "nodal.officer@example-bank.co.in", "policyviolation", status="5.7.1", reply="550", vendor="Cisco")

n = "b71-bank-gateway-virus-found.eml"
d = odate(28, 2, 47)
write(OUT, n, notice(n, frm="postmaster@mailgw.example-cooperativebank.in",
      subject="Undeliverable mail: " + S1, date=d, host="mailgw.example-cooperativebank.in", sw="Sophos Email Appliance",
      text="""Your message to branch.manager@example-cooperativebank.in was not delivered.

The gateway scanner found malware in the attachment:
    invoice_nov.xlsm  ->  Troj/DocDl-AKQP

554 5.7.0 Message refused: infected content

The message was destroyed and will not be delivered.
""", orig=orig_msg(n, "branch.manager@example-cooperativebank.in", S1, d)))
expect(n, "branch.manager@example-cooperativebank.in", "virusdetected", status="5.7.0", reply="554", vendor="Sophos")

n = "b71-bank-mx-ptr-missing.eml"
d = odate(28, 3, 40)
write(OUT, n, postfix(n, rcpt="treasury@example-smallfinancebank.in", status="5.7.25", remote="mx1.example-smallfinancebank.in",
      diag="smtp; 550 5.7.25 Client 198.51.100.44 rejected: the sending address has no reverse DNS name; configure a PTR record",
      textline="host mx1.example-smallfinancebank.in[192.0.2.160] said: 550 5.7.25 Client\n    198.51.100.44 rejected: the sending address has no reverse DNS name;\n    configure a PTR record (in reply to MAIL FROM command)",
      date=d, subj=S4))
expect(n, "treasury@example-smallfinancebank.in", "requireptr", status="5.7.25", reply="550", vendor="Postfix")

# ================================================================== universities

n = "b71-univ-exchange-student-left.eml"
d = odate(27, 22, 20)
write(OUT, n, exchange(n, host="EXCH02.example-univ.ac.in", rcpt="21bce1045@example-univ.ac.in",
      status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient 21bce1045@example-univ.ac.in not found by SMTP address lookup",
      human="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
      date=d, subj=S2))
expect(n, "21bce1045@example-univ.ac.in", "userunknown", hard=True, status="5.1.10", reply="550", vendor="Exchange")

n = "b71-univ-exchange-mailbox-full-faculty.eml"
d = odate(28, 0, 3)
write(OUT, n, exchange(n, host="MAILHUB.example-institute.edu.in", rcpt="hod.mech@example-institute.edu.in",
      status="5.2.2", diag="552 5.2.2 STOREDRV.Deliver; recipient mailbox has exceeded its storage limit",
      human="The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
      date=d, subj=S1))
expect(n, "hod.mech@example-institute.edu.in", "mailboxfull", status="5.2.2", reply="552", vendor="Exchange")

n = "b71-univ-zimbra-alias-moved.eml"
d = odate(28, 0, 37)
write(OUT, n, postfix(n, rcpt="prof.bhatt@physics.example-iisc.ac.in", status="5.1.6", remote="zimbra.example-iisc.ac.in",
      diag="smtp; 551 5.1.6 User has moved; mail for prof.bhatt is no longer forwarded, the new address is on the department web page",
      textline="host zimbra.example-iisc.ac.in[192.0.2.170] said: 551 5.1.6 User has\n    moved; mail for prof.bhatt is no longer forwarded, the new address is on the\n    department web page (in reply to RCPT TO command)",
      date=d, subj=S2))
expect(n, "prof.bhatt@physics.example-iisc.ac.in", "hasmoved", hard=True, status="5.1.6", reply="551", vendor="Zimbra")

n = "b71-univ-dovecot-lmtp-quota.eml"
d = odate(28, 1, 15)
write(OUT, n, postfix(n, rcpt="library@example-college.ac.in", status="5.2.2", host="mail.example-college.ac.in",
      diag="lmtp; 552 5.2.2 <library@example-college.ac.in> Quota exceeded (mailbox for user is full)",
      textline="host mail.example-college.ac.in[private/dovecot-lmtp] said: 552 5.2.2\n    <library@example-college.ac.in> Quota exceeded (mailbox for user is full)\n    (in reply to end of DATA command)",
      date=d, subj=S3))
expect(n, "library@example-college.ac.in", "mailboxfull", status="5.2.2", reply="552", vendor="Dovecot")

n = "b71-univ-postfix-disk-full-local.eml"
d = odate(28, 2, 5)
write(OUT, n, postfix(n, rcpt="exam.cell@example-college.ac.in", status="4.3.1", host="mail.example-college.ac.in",
      diag="x-unix; cannot update mailbox /var/mail/exam.cell for user exam.cell. error writing message: No space left on device",
      textline="cannot update mailbox /var/mail/exam.cell for user exam.cell. error\n    writing message: No space left on device",
      date=d, subj=S3, delay=6))
expect(n, "exam.cell@example-college.ac.in", "systemfull", status="4.3.1", action="delayed", vendor="Postfix")

n = "b71-univ-postfix-queue-expired-5days.eml"
d = odate(28, 22, 30)
write(OUT, n, postfix(n, rcpt="placement@example-engg.edu.in", status="4.4.7",
      diag="X-Postfix; delivery temporarily suspended: connect to mx.example-engg.edu.in[192.0.2.175]:25: Connection timed out",
      textline="delivery temporarily suspended: connect to\n    mx.example-engg.edu.in[192.0.2.175]:25: Connection timed out; the message\n    stayed in the queue for 5 days and has expired",
      date=d, subj=S2))
expect(n, "placement@example-engg.edu.in", "expired", status="4.4.7", vendor="Postfix")

# ================================================================== Airtel / BSNL era addresses

n = "b71-bsnl-sancharnet-domain-gone.eml"
d = odate(27, 23, 5)
write(OUT, n, exim(n, host="server42.bigrock-host.example", rcpt="sharma_hardware@sancharnet.example.in",
      rcpt_block="  sharma_hardware@sancharnet.example.in\n    Unrouteable address\n", date=d, subj=S1,
      frm="Mail Delivery System <Mailer-Daemon@server42.bigrock-host.example>"))
expect(n, "sharma_hardware@sancharnet.example.in", "hostunknown", hard=True, vendor="Exim")

n = "b71-airtel-broadband-mailbox-discontinued.eml"
d = odate(27, 23, 28)
write(OUT, n, postfix(n, rcpt="mahesh.b@airtelbroadband.example.in", status="5.1.1", remote="mx.airtelbroadband.example.in",
      diag="smtp; 550 5.1.1 Mailbox discontinued: this Airtel broadband email service was withdrawn and the address no longer exists",
      textline="host mx.airtelbroadband.example.in[203.0.113.150] said: 550 5.1.1 Mailbox\n    discontinued: this Airtel broadband email service was withdrawn and the\n    address no longer exists (in reply to RCPT TO command)",
      date=d, subj=S4))
expect(n, "mahesh.b@airtelbroadband.example.in", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Airtel")

n = "b71-bsnl-old-sendmail-host-unknown.eml"
d = odate(28, 0, 58)
write(OUT, n, notice(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.dataone.example.in>",
      subject="Returned mail: see transcript for details", date=d, host="mail.dataone.example.in", sw="Sendmail 8.14.4",
      text="""The original message was received at Sat, 28 Nov 2026 00:58:10 +0530
from smtp-out2.hisaabcloud.example [198.51.100.44]

   ----- The following addresses had permanent fatal errors -----
<kumar.agencies@dataone.example.in>
    (reason: 550 5.1.1 <kumar.agencies@dataone.example.in>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore2.dataone.example.in.:
>>> RCPT To:<kumar.agencies@dataone.example.in>
<<< 550 5.1.1 <kumar.agencies@dataone.example.in>... User unknown
550 5.1.1 <kumar.agencies@dataone.example.in>... User unknown
""", orig=ohead(n, "kumar.agencies@dataone.example.in", S1, d)))
expect(n, "kumar.agencies@dataone.example.in", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Sendmail")

# ================================================================== small Indian hosting (cPanel Exim, BigRock, ResellerClub, Hostinger)

n = "b71-cpanel-exim-no-such-user-here.eml"
d = odate(27, 22, 33)
write(OUT, n, exim(n, host="sg2plcpnl0123.prod.sin2.example-hosting.net", rcpt="sales@jaipurgems.example.in",
      rcpt_block="  sales@jaipurgems.example.in\n    host mail.jaipurgems.example.in [192.0.2.181]\n    SMTP error from remote mail server after RCPT TO:<sales@jaipurgems.example.in>:\n    550 No Such User Here\n",
      date=d, subj=S2))
expect(n, "sales@jaipurgems.example.in", "userunknown", hard=True, reply="550", vendor="Exim")

n = "b71-cpanel-exim-quota-exceeded-local.eml"
d = odate(27, 23, 58)
write(OUT, n, exim(n, host="server18.resellerclub-host.example", rcpt="office@ludhianaknit.example.in",
      rcpt_block="  office@ludhianaknit.example.in\n    Mailbox quota exceeded\n", date=d, subj=S4))
expect(n, "office@ludhianaknit.example.in", "mailboxfull", vendor="Exim")

n = "b71-cpanel-exim-suspended-account.eml"
d = odate(28, 0, 26)
write(OUT, n, exim(n, host="in-mum-web7.hostinger-edge.example", rcpt="admin@chaiwala-franchise.example.in",
      rcpt_block="  admin@chaiwala-franchise.example.in\n    host mx1.hostinger.in [203.0.113.190]\n    SMTP error from remote mail server after RCPT TO:<admin@chaiwala-franchise.example.in>:\n    550 5.2.1 The hosting account for this domain is suspended; the mailbox is not receiving mail\n",
      date=d, subj=S2))
expect(n, "admin@chaiwala-franchise.example.in", "suspend", status="5.2.1", reply="550", vendor="Hostinger")

n = "b71-cpanel-exim-sender-verify-failed.eml"
d = odate(28, 1, 51)
write(OUT, n, exim(n, host="md-in-77.bigrock-mail.example", rcpt="contact@puneprintworks.example.in",
      rcpt_block="  contact@puneprintworks.example.in\n    host mx.puneprintworks.example.in [192.0.2.185]\n    SMTP error from remote mail server after MAIL FROM:<billing@hisaabcloud.example> SIZE=18344:\n    550-Verification failed for <billing@hisaabcloud.example>\n    550-The mail server could not deliver mail to billing@hisaabcloud.example.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n    550 Sender verify failed\n",
      date=d, subj=S1))
expect(n, "contact@puneprintworks.example.in", "rejected", reply="550", vendor="Exim")

n = "b71-cpanel-exim-spamassassin-score.eml"
d = odate(28, 2, 20)
write(OUT, n, exim(n, host="server9.resellerclub-host.example", rcpt="bookings@goa-homestay.example.in",
      rcpt_block="  bookings@goa-homestay.example.in\n    host mail.goa-homestay.example.in [192.0.2.188]\n    SMTP error from remote mail server after end of data:\n    550 This message scored 14.2 spam points and was rejected as spam.\n",
      date=d, subj=S2))
expect(n, "bookings@goa-homestay.example.in", "spamdetected", reply="550", vendor="Exim")

n = "b71-cpanel-exim-hourly-limit.eml"
d = odate(28, 3, 1)
write(OUT, n, exim(n, host="server18.resellerclub-host.example", rcpt="team@indore-sweets.example.in",
      rcpt_block="  team@indore-sweets.example.in\n    Domain hisaabcloud.example has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.\n",
      date=d, subj=S4))
expect(n, "team@indore-sweets.example.in", "ratelimited", vendor="Exim")

n = "b71-hostinger-delay-dns-servfail.eml"
d = odate(28, 3, 33)
write(OUT, n, exim_delay(n, host="in-mum-web7.hostinger-edge.example", rcpt="manager@mysore-silks.example.in",
      line="host lookup did not complete: SERVFAIL from the domain's name servers",
      date=d, subj=S1, msgdate=odate(27, 3, 30)))
expect(n, "manager@mysore-silks.example.in", "networkerror", action="delayed", vendor="Exim")

n = "b71-bigrock-exim-null-mx.eml"
d = odate(28, 4, 2)
write(OUT, n, exim(n, host="md-in-77.bigrock-mail.example", rcpt="noreply@parked-startup.example.in",
      rcpt_block="  noreply@parked-startup.example.in\n    Domain parked-startup.example.in has a null MX record and does not accept mail\n",
      date=d, subj=S2))
expect(n, "noreply@parked-startup.example.in", "notaccept", hard=True, vendor="Exim")

n = "b71-cpanel-exim-retry-timeout-exceeded.eml"
d = odate(28, 4, 30)
write(OUT, n, exim(n, host="server42.bigrock-host.example", rcpt="accounts@vizag-marine.example.in",
      rcpt_block="  accounts@vizag-marine.example.in\n    retry timeout exceeded\n", date=d, subj=S4))
expect(n, "accounts@vizag-marine.example.in", "expired", vendor="Exim")

n = "b71-cpanel-exim-tls-required.eml"
d = odate(28, 4, 44)
write(OUT, n, exim(n, host="sg2plcpnl0123.prod.sin2.example-hosting.net", rcpt="ceo@fintrack-labs.example.in",
      rcpt_block="  ceo@fintrack-labs.example.in\n    host mx.fintrack-labs.example.in [192.0.2.193]\n    SMTP error from remote mail server after MAIL FROM:<billing@hisaabcloud.example>:\n    530 5.7.0 Must issue a STARTTLS command first; this server accepts mail only over an encrypted connection\n",
      date=d, subj=S3))
expect(n, "ceo@fintrack-labs.example.in", "failedstarttls", status="5.7.0", reply="530", vendor="Exim")

# ================================================================== Hindi notices

n = "b71-hindi-postfix-user-not-found.eml"
d = odate(28, 1, 25)
HEAD_HI = ("यह होस्ट mail.example-hindi-patrika.in का मेल सिस्टम है।\n\n"
           "हमें खेद है कि आपका संदेश एक या अधिक प्राप्तकर्ताओं तक नहीं पहुँचाया जा सका।\n"
           "संदेश नीचे संलग्न है।\n\n"
           "                   मेल सिस्टम\n\n")
write(OUT, n, postfix(n, rcpt="sampadak@example-hindi-patrika.in", status="5.1.1", host="mail.example-hindi-patrika.in",
      diag="x-unix; user unknown",
      textline="ऐसा कोई उपयोगकर्ता मौजूद नहीं है (user unknown)",
      date=d, subj=S2, charset="utf-8", cte="base64", head=HEAD_HI))
expect(n, "sampadak@example-hindi-patrika.in", "userunknown", hard=True, status="5.1.1", vendor="Postfix")

n = "b71-hindi-mailbox-full-plain.eml"
d = odate(28, 2, 38)
write(OUT, n, notice(n, frm="मेल वितरण प्रणाली <mailer-daemon@mail.example-sahkari.org.in>".replace(
      "मेल वितरण प्रणाली", enc_header("मेल वितरण प्रणाली", "utf-8")),
      subject=enc_header("संदेश वितरित नहीं हुआ", "utf-8"), date=d, host="mail.example-sahkari.org.in",
      charset="utf-8", cte="quoted-printable",
      text="""नमस्ते,

आपका संदेश निम्नलिखित प्राप्तकर्ता को वितरित नहीं किया जा सका:

    sachiv@example-sahkari.org.in

कारण: प्राप्तकर्ता का मेलबॉक्स भरा हुआ है, उसकी भंडारण सीमा समाप्त हो चुकी है।
सर्वर का उत्तर: 552 5.2.2 mailbox full

यह एक स्वचालित संदेश है, कृपया इसका उत्तर न दें।
""", orig=orig_msg(n, "sachiv@example-sahkari.org.in", S1, d)))
expect(n, "sachiv@example-sahkari.org.in", "mailboxfull", status="5.2.2", reply="552", vendor="")

n = "b71-hindi-domain-not-found.eml"
d = odate(28, 3, 12)
write(OUT, n, notice(n, frm="Mail Delivery System <mailer-daemon@mail.example-sahkari.org.in>",
      subject=enc_header("वितरण विफल: " + S3, "utf-8"), date=d, host="mail.example-sahkari.org.in",
      charset="utf-8", cte="base64",
      text="""आपका संदेश नीचे दिए गए पते पर नहीं भेजा जा सका:

    lekha@gramin-vikas.example.in

कारण: प्राप्तकर्ता का डोमेन gramin-vikas.example.in मौजूद नहीं है
(Host or domain name not found).

यह एक स्थायी त्रुटि है। कृपया पता जाँचें।
""", orig=orig_msg(n, "lekha@gramin-vikas.example.in", S3, d)))
expect(n, "lekha@gramin-vikas.example.in", "hostunknown", hard=True, vendor="")

# ================================================================== other everyday failures

n = "b71-own-postfix-relay-loop.eml"
d = odate(28, 3, 55)
write(OUT, n, postfix(n, rcpt="it@kolkata-jute.example.in", status="5.4.6",
      diag="X-Postfix; mail forwarding loop for it@kolkata-jute.example.in",
      textline="mail forwarding loop for it@kolkata-jute.example.in",
      date=d, subj=S3))
expect(n, "it@kolkata-jute.example.in", "networkerror", status="5.4.6", vendor="Postfix")

n = "b71-smtp-auth-required-submission.eml"
d = odate(28, 4, 20)
write(OUT, n, postfix(n, rcpt="help@chennai-clinic.example.in", status="5.7.0", remote="mail.chennai-clinic.example.in",
      diag="smtp; 530 5.7.0 Authentication required",
      textline="host mail.chennai-clinic.example.in[192.0.2.199] said: 530 5.7.0\n    Authentication required (in reply to MAIL FROM command)",
      date=d, subj=S2))
expect(n, "help@chennai-clinic.example.in", "securityerror", status="5.7.0", reply="530", vendor="Postfix")

n = "b71-recipient-blocked-our-address.eml"
d = odate(28, 4, 48)
write(OUT, n, postfix(n, rcpt="nandini.k@rediffmail.com", status="5.7.1", remote="mx.rediffmail.rediff.akadns.net",
      diag="smtp; 550 5.7.1 The recipient has added billing@hisaabcloud.example to their blocked senders list",
      textline="host mx.rediffmail.rediff.akadns.net[203.0.113.20] said: 550 5.7.1 The\n    recipient has added billing@hisaabcloud.example to their blocked senders\n    list (in reply to end of DATA command)",
      date=d, subj=S4))
expect(n, "nandini.k@rediffmail.com", "filtered", status="5.7.1", reply="550", vendor="Rediffmail")

n = "b71-zimbra-local-error-processing.eml"
d = odate(28, 5, 3)
write(OUT, n, postfix(n, rcpt="dean.academics@example-nit.ac.in", status="4.3.0", remote="zimbra.example-nit.ac.in",
      diag="smtp; 451 4.3.0 Error: queue file write error, local error in processing",
      textline="host zimbra.example-nit.ac.in[192.0.2.205] said: 451 4.3.0 Error: queue\n    file write error, local error in processing (in reply to end of DATA command)",
      date=d, subj=S3, delay=4))
expect(n, "dean.academics@example-nit.ac.in", "systemerror", status="4.3.0", reply="451", action="delayed", vendor="Zimbra")

# ================================================================== auto-replies

n = "b71-vacation-diwali-leave.eml"
d = odate(27, 22, 5)
write(OUT, n, autoreply(n, frm="Rohit Agarwal <rohit@agarwal-steel.example.in>", subject="Auto Reply: " + S1, date=d,
      host="agarwal-steel.example.in", extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", mid(n + "o", SDOM))],
      text="""Dear Sender,

Thank you for your mail. Our office is closed for Diwali from 28 October to
5 November. I am on leave and will respond after I return.

For urgent payments please call our accounts desk.

Happy Diwali!
Rohit Agarwal
"""))
expect(n, "rohit@agarwal-steel.example.in", "vacation", action="", vendor="")

n = "b71-vacation-hindi-out-of-office.eml"
d = odate(27, 22, 44)
write(OUT, n, autoreply(n, frm="Sushma Pandey <sushma.pandey@example-ngo.org.in>",
      subject=enc_header("स्वचालित उत्तर: कार्यालय से बाहर", "utf-8"), date=d, host="example-ngo.org.in",
      charset="utf-8", cte="base64", extra=[("Auto-Submitted", "auto-replied")],
      text="""नमस्कार,

मैं 30 नवंबर तक कार्यालय से बाहर हूँ और ईमेल देखने की सुविधा सीमित है।
लौटने पर मैं आपके संदेश का उत्तर दूँगी।

धन्यवाद,
सुषमा पाण्डेय
"""))
expect(n, "sushma.pandey@example-ngo.org.in", "vacation", action="", vendor="")

n = "b71-vacation-outlook-automatic-reply.eml"
d = odate(27, 23, 12)
write(OUT, n, plain_mail(n, frm="Arvind Menon <arvind.menon@cochin-spices.example.in>", to=SENDER,
      subject="Automatic reply: " + S4, date=d, host="cochin-spices.example.in",
      hops=hop(n, "PN3PR01MB5511.INDPRD01.PROD.OUTLOOK.COM", "Microsoft SMTP Server", d),
      extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "arvind.menon@cochin-spices.example.in"),
             ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", S4)],
      text="""I am travelling to the Kochi spice auction this week with limited access
to email. I will be back in office on Monday, 30 November.

For orders, please write to orders@cochin-spices.example.in.
""", auto=False))
expect(n, "arvind.menon@cochin-spices.example.in", "vacation", action="", vendor="Microsoft")

n = "b71-vacation-gmail-responder.eml"
d = odate(28, 0, 9)
write(OUT, n, plain_mail(n, frm="Nikhil Joshi <nikhil.joshi.ca@gmail.com>", to=SENDER, subject="Re: " + S3, date=d,
      host="mail.gmail.com", hops=received([("mail-sor-f69.google.com", "209.85.220.69", "mx.hisaabcloud.example",
                                              "Postfix", qid(n), d)]),
      extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", mid(n + "o", SDOM)), ("Precedence", "bulk")],
      text="""Hello,

I am away on Diwali vacation till 2 December and will not be checking mail
regularly. GST filings will resume after I am back.

Regards,
Nikhil Joshi, CA
""", auto=False))
expect(n, "nikhil.joshi.ca@gmail.com", "vacation", action="", vendor="Google")

n = "b71-vacation-zoho-leave-bilingual.eml"
d = odate(28, 1, 40)
write(OUT, n, autoreply(n, frm="Pooja Reddy <pooja@hyd-interiors.example.in>", subject="Out of Office / " +
      "Leave notice", date=d, host="hyd-interiors.example.in", charset="utf-8", cte="quoted-printable",
      extra=[("Auto-Submitted", "auto-replied"), ("X-ZohoMail-Autoreply", "yes")],
      text="""Hi,

I am on leave until 1 December. Your mail will be read after I return.

मैं 1 दिसंबर तक छुट्टी पर हूँ। वापस आने पर आपके मेल का उत्तर दूँगी।

Pooja Reddy
"""))
expect(n, "pooja@hyd-interiors.example.in", "vacation", action="", vendor="Zoho")

n = "b71-vacation-nic-away-on-tour.eml"
d = odate(28, 2, 55)
write(OUT, n, autoreply(n, frm="Joint Secretary (Admin) <js-admin@ministry.example.gov.in>",
      subject="Away from office: " + S2, date=d, host="ministry.example.gov.in",
      extra=[("Auto-Submitted", "auto-replied")],
      text="""This is an automatic reply.

The officer is on official tour until 4 December 2026. Mails will be
attended to on return. For urgent matters please contact the PS to JS.
"""))
expect(n, "js-admin@ministry.example.gov.in", "vacation", action="", vendor="NIC")

# ================================================================== multi-recipient Postfix

n = "b71-own-postfix-two-india-rcpts.eml"
d = odate(28, 5, 20)
TXT = PF_HEAD.format(host=OUTMTA) + (
    "<partner1@jodhpur-handicrafts.example.in>: host\n"
    "    mx.jodhpur-handicrafts.example.in[192.0.2.210] said: 550 5.1.1 Unknown\n"
    "    local part partner1 in <partner1@jodhpur-handicrafts.example.in> (in reply to\n"
    "    RCPT TO command)\n\n"
    "<partner2@jodhpur-handicrafts.example.in>: host\n"
    "    mx.jodhpur-handicrafts.example.in[192.0.2.210] said: 552 5.2.2 Disk quota of\n"
    "    partner2 exceeded (in reply to RCPT TO command)\n")
write(OUT, n, dsn_mail(n, frm=f"MAILER-DAEMON@{OUTMTA} (Mail Delivery System)", to=SENDER,
      subject="Undelivered Mail Returned to Sender", date=d, host=OUTMTA,
      hops="Return-Path: <>\n" + hop(n, OUTMTA, "Postfix", d), text=TXT, arrival=d,
      recips=[{"final": "partner1@jodhpur-handicrafts.example.in", "status": "5.1.1",
               "remote": "mx.jodhpur-handicrafts.example.in",
               "diag": "smtp; 550 5.1.1 Unknown local part partner1 in <partner1@jodhpur-handicrafts.example.in>"},
              {"final": "partner2@jodhpur-handicrafts.example.in", "status": "5.2.2",
               "remote": "mx.jodhpur-handicrafts.example.in",
               "diag": "smtp; 552 5.2.2 Disk quota of partner2 exceeded"}],
      orig=ohead(n, "partner1@jodhpur-handicrafts.example.in, partner2@jodhpur-handicrafts.example.in", S1, d)))
expect(n, "partner1@jodhpur-handicrafts.example.in", "userunknown", hard=True, status="5.1.1", reply="550", vendor="Postfix")
expect(n, "partner2@jodhpur-handicrafts.example.in", "mailboxfull", status="5.2.2", reply="552", vendor="Postfix")

# ================================================================== near-misses (no record)

nb = []


def nbwrite(name, text):
    nb.append(name)
    write(NB, name, text)


def person(name, *, frm, subject, text, date, host, charset="us-ascii", cte=None, extra=()):
    return plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                      hops=hop(name, "mx.hisaabcloud.example", "Postfix", date, "mail." + host, "203.0.113.77"),
                      text=text, charset=charset, cte=cte, extra=extra, auto=False)


n = "nb-b71-rediff-otp-login.eml"
nbwrite(n, person(n, frm="Rediffmail <noreply@rediffmail.com>", subject="Your Rediffmail OTP", date=odate(27, 22, 1),
        host="rediffmail.com", extra=[("Auto-Submitted", "auto-generated")], text="""Dear user,

Your One Time Password for signing in to Rediffmail is 482913.
It is valid for 10 minutes. Do not share it with anyone.

If you did not try to sign in, please change your password.
"""))

n = "nb-b71-bank-otp-transaction.eml"
nbwrite(n, person(n, frm="Example Bank Alerts <alerts@example-bank.co.in>", subject="OTP for transaction at HISAABCLOUD",
        date=odate(27, 22, 9), host="example-bank.co.in", extra=[("Auto-Submitted", "auto-generated")], text="""Dear Customer,

OTP 771204 is for your transaction of INR 2,999.00 at HISAABCLOUD on your
card ending 4412. Valid for 5 minutes. Never share your OTP with anyone,
including bank staff.

If this was not you, call 1800-000-0000 immediately.
"""))

n = "nb-b71-zoho-storage-warning-90.eml"
nbwrite(n, person(n, frm="Zoho Mail <noreply@zohomail.in>", subject="Your organisation's mail storage is 90% used",
        date=odate(27, 23, 0), host="zohomail.in", extra=[("Auto-Submitted", "auto-generated")], text="""Hello Admin,

Your organisation hisaabcloud.example has used 90% of its mail storage
(27 GB of 30 GB). When the storage is full, your users will not be able
to receive new mail.

Upgrade your plan or clean up old mail from the Admin Console.

Zoho Mail Team
"""))

n = "nb-b71-customer-reply-bounce-question-hindi.eml"
nbwrite(n, person(n, frm="Ramesh Yadav <ramesh.yadav@yadav-dairy.example.in>",
        subject=enc_header("Re: इनवॉइस नहीं मिला", "utf-8"), date=odate(28, 9, 15), host="yadav-dairy.example.in",
        charset="utf-8", cte="base64", extra=[("In-Reply-To", mid("nbq", SDOM))], text="""नमस्ते,

आपका पिछला इनवॉइस मुझे नहीं मिला। मेरे अकाउंटेंट ने बताया कि उनके मेल पर
"mailbox full" जैसा कोई संदेश लौट आया था। कृपया इनवॉइस मेरे नए पते
ramesh.yadav@yadav-dairy.example.in पर दोबारा भेजें।

धन्यवाद,
रमेश यादव
"""))

n = "nb-b71-customer-back-from-leave.eml"
nbwrite(n, person(n, frm="Anita Desai <anita@desai-clinic.example.in>", subject="Re: " + S4, date=odate(28, 10, 2),
        host="desai-clinic.example.in", extra=[("In-Reply-To", mid("nbl", SDOM))], text="""Hi team,

Sorry for the late reply, I was out of office on Diwali leave last week.
Please renew the subscription with the same card. Also, my colleague's
address neha@desai-clinic.example.in does not exist any more, please remove
it from the invoice list.

Thanks,
Anita
"""))

n = "nb-b71-diwali-sale-marketing.eml"
nbwrite(n, person(n, frm="ShopKart Deals <offers@shopkart-deals.example>", subject="Diwali Dhamaka: flat 60% off, last day!",
        date=odate(27, 22, 30), host="shopkart-deals.example", extra=[("Precedence", "bulk"),
        ("List-Unsubscribe", "<mailto:unsubscribe@shopkart-deals.example>")], text="""Happy Diwali!

Flat 60% off on electronics, only today. Your cart is waiting.
Delivery failed? Never with ShopKart express delivery.

To stop receiving these mails, unsubscribe here.
"""))

n = "nb-b71-spam-indiapost-parcel.eml"
nbwrite(n, person(n, frm="India Post Delivery <no-reply@indiapost-track.example>",
        subject="Delivery failed: your parcel could not be delivered", date=odate(28, 3, 3),
        host="indiapost-track.example", text="""Dear customer,

Your parcel IN7742910 could not be delivered due to an incomplete address.
Undeliverable item will be returned to sender within 48 hours.

Pay the redelivery fee of Rs 25 at the link below to update your address.
"""))

n = "nb-b71-gws-billing-notice.eml"
nbwrite(n, person(n, frm="Google Workspace <workspace-noreply@google.com>",
        subject="Your Google Workspace payment was declined", date=odate(28, 4, 0), host="google.com",
        extra=[("Auto-Submitted", "auto-generated")], text="""Hello Administrator,

We could not process the payment for your Google Workspace subscription
for hisaabcloud.example. To avoid suspension of your services, update your
payment details in the Admin console within 7 days.

The Google Workspace Team
"""))

n = "nb-b71-nic-password-expiry-notice.eml"
nbwrite(n, person(n, frm="NIC Email Services <support@example.nic.in>", subject="Your email password will expire in 5 days",
        date=odate(28, 6, 0), host="example.nic.in", extra=[("Auto-Submitted", "auto-generated")], text="""Dear User,

As per the Email Policy of Government of India, your password will expire
in 5 days. Please change it at the email portal. Accounts whose password is
not changed will be locked until reset.

NIC Email Support
"""))

n = "nb-b71-cpanel-quota-warning-owner.eml"
nbwrite(n, person(n, frm="cPanel on server18.resellerclub-host.example <cpanel@server18.resellerclub-host.example>",
        subject="[server18] The mailbox \"billing@hisaabcloud.example\" is 85% full", date=odate(28, 7, 0),
        host="server18.resellerclub-host.example", extra=[("Auto-Submitted", "auto-generated")], text="""The mailbox "billing@hisaabcloud.example" has used 85% of its quota
(1.7 GB of 2 GB). Once it is full, new messages to it will bounce.

Delete old messages or ask your hosting provider to raise the quota.
"""))

n = "nb-b71-hostinger-renewal-reminder.eml"
nbwrite(n, person(n, frm="Hostinger <billing@hostinger.example>", subject="Your domain hisaabcloud.example expires in 14 days",
        date=odate(28, 8, 0), host="hostinger.example", text="""Hi,

Your domain hisaabcloud.example will expire on 12 December 2026. If it
expires, your website and email will stop working and mail sent to you
will be returned.

Renew now to keep everything running.
"""))

n = "nb-b71-gmail-security-alert.eml"
nbwrite(n, person(n, frm="Google <no-reply@accounts.google.com>", subject="Security alert: new sign-in on Windows",
        date=odate(28, 8, 30), host="accounts.google.com", extra=[("Auto-Submitted", "auto-generated")], text="""A new sign-in to billing@hisaabcloud.example

We noticed a new sign-in to your Google Account on a Windows device from
Bengaluru, India. If this was you, you don't need to do anything. If not,
we'll help you secure your account.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
