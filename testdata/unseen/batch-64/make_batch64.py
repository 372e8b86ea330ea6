#!/usr/bin/env python3
"""Writes testdata/unseen/batch-64: a newsletter sent through an ESP (Amazon
SES, SendGrid, Mailgun, Brevo, Mailjet, SparkPost) after Gmail's and Yahoo's
2024-2026 bulk-sender rules. The bounces are the DSNs those ESPs return to
the newsletter's return-path (VERP addresses), carrying the replies of
Gmail / Google Workspace, Yahoo / AOL, iCloud and Comcast, plus the ESPs'
own suppression-list notices. not-bounce/ holds the near misses: ESP
account notices, DMARC aggregate reports, Postmaster Tools mail and
unsubscribe confirmations, which must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch64.py [DIR]"""
import gzip
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (EXPECT, b64, boundary, delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


# ---------------------------------------------------------------- the ESPs' DSN layouts
# Each ESP: reporting MTA, the From of its DSN, its text part, where the DSN
# arrives (the newsletter's bounce host) and the software in its Received line.
ESP = {
    "ses": dict(mta="a8-53.smtp-out.amazonses.com", frm="MAILER-DAEMON@amazonses.com",
                ip="54.240.8.53", sw="Amazon SES"),
    "sendgrid": dict(mta="ismtpd0041p1iad2.sendgrid.net", frm="Mail Delivery System <MAILER-DAEMON@sendgrid.net>",
                     ip="167.89.101.41", sw="SendGrid"),
    "mailgun": dict(mta="m228-12.mailgun.net", frm="Mail Delivery Subsystem <mailer-daemon@mailgun.net>",
                    ip="159.135.228.12", sw="Mailgun"),
    "brevo": dict(mta="smtp-relay.sendinblue.com", frm="Brevo Mail Delivery <mailer-daemon@sendinblue.com>",
                  ip="185.41.28.109", sw="Brevo"),
    "mailjet": dict(mta="o160.p8.mailjet.com", frm="Mailjet Delivery System <MAILER-DAEMON@mailjet.com>",
                    ip="87.253.233.160", sw="Mailjet"),
    "sparkpost": dict(mta="mta-201-55.sparkpostmail.com", frm="MAILER-DAEMON@sparkpostmail.com",
                      ip="192.174.82.55", sw="Momentum"),
}

# The newsletters: (brand sender, bounce domain that receives the DSN, subject)
BRANDS = [
    ("news@letters.riverbend-coffee.example", "bounces.riverbend-coffee.example", "Riverbend Roasters: the December beans are in"),
    ("digest@mail.trailhead-weekly.example", "rp.trailhead-weekly.example", "Trailhead Weekly #212: winter routes"),
    ("hello@updates.pixelforge-studio.example", "bnc.pixelforge-studio.example", "What's new in PixelForge 4.2"),
    ("offers@news.casa-linda-decor.example", "em.casa-linda-decor.example", "Up to 40% off: the Advent sale starts now"),
    ("newsletter@info.harborline-ferries.example", "return.harborline-ferries.example", "Harborline winter timetable"),
    ("team@hello.quietmeadow-yoga.example", "mg.quietmeadow-yoga.example", "Your December class calendar"),
]


def verp(name, rcpt, bounce_dom):
    local, dom = rcpt.split("@")
    return f"bounce+{qid(name, 8).lower()}-{local}={dom}@{bounce_dom}"


def text_for(esp, rcpt, diag, delayed):
    d = diag.replace("\n    ", "\n")
    if esp == "ses":
        if delayed:
            return ("An error occurred while trying to deliver the mail to the following recipients.\n"
                    "Amazon SES will keep trying to deliver the message:\n" + rcpt + "\n")
        return "An error occurred while trying to deliver the mail to the following recipients:\n" + rcpt + "\n"
    if esp == "sendgrid":
        if delayed:
            return ("This is an automatically generated message from SendGrid.\n\n"
                    "Your message to the recipient below has not been delivered yet.\n"
                    "SendGrid will keep trying for up to 72 hours.\n\n" + rcpt + ": " + d + "\n")
        return ("This is an automatically generated message from SendGrid.\n\n"
                "I'm sorry to have to tell you that your message was not able to be\n"
                "delivered to one of its intended recipients.\n\n"
                "If you require assistance with this, please contact SendGrid support.\n\n" + rcpt + ": " + d + "\n")
    if esp == "mailgun":
        if delayed:
            return ("Delivery to the following recipient has been delayed:\n\n    " + rcpt + "\n\n"
                    "Mailgun will retry for up to 8 hours. The last answer from the\nreceiving server was:\n\n" + d + "\n")
        return ("Delivery to the following recipient failed permanently:\n\n    " + rcpt + "\n\n"
                "Technical details of permanent failure:\n" + d + "\n")
    if esp == "brevo":
        if delayed:
            return ("Hello,\n\nThis is the delivery system of Brevo (ex Sendinblue).\n"
                    "Your message to " + rcpt + " is delayed; we will try again.\n\n"
                    "The receiving server answered:\n" + d + "\n\n-- \nBrevo\n")
        return ("Hello,\n\nThis is the delivery system of Brevo (ex Sendinblue).\n"
                "Your message to " + rcpt + " could not be delivered.\n\n"
                "The receiving server answered:\n" + d + "\n\n-- \nBrevo\n")
    if esp == "mailjet":
        if delayed:
            return ("This is the Mailjet delivery system.\n\nYour message to the address below is delayed:\n"
                    + rcpt + "\n\nLast attempt: " + d + "\n\nNo action is needed yet; we keep retrying.\n")
        return ("This is the Mailjet delivery system.\n\nYour message could not be delivered to:\n"
                + rcpt + "\n\nReason: " + d + "\n")
    if esp == "sparkpost":
        if delayed:
            return ("Delivery of the message below is delayed and will be retried.\n\n"
                    "Recipient: " + rcpt + "\nLast response: " + d + "\n")
        return ("The message below could not be delivered.\n\nRecipient: " + rcpt + "\nReason: " + d + "\n")
    raise KeyError(esp)


def esp_dsn(name, esp, rcpt, *, status, diag, remote, brand, date, odate, delayed=False, returned="headers",
            text=None, diag_type="smtp", charset="us-ascii", cte=None, subject=None):
    e = ESP[esp]
    sender, bdom, osubj = BRANDS[brand]
    to = verp(name, rcpt, bdom)
    omid = mid(name + "o", sender.split("@")[1])
    hops = ("Return-Path: <>\n" +
            received([(e["mta"], e["ip"], "mx1." + bdom, "Postfix", qid(name), date, to)]))
    if subject:
        pass
    elif esp == "ses":
        subject = "Delivery Status Notification (Delay)" if delayed else "Delivery Status Notification (Failure)"
    elif esp == "mailgun":
        subject = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    elif esp == "sparkpost":
        subject = "Delivery delayed" if delayed else "Returned mail: delivery failed"
    elif esp == "mailjet":
        subject = "Delivery delayed: " + osubj if delayed else "Undeliverable: " + osubj
    else:
        subject = "Delayed: " + osubj if delayed else "Undelivered Mail Returned to Sender"
    r = dict(final=rcpt, action="delayed" if delayed else "failed", status=status, remote=remote,
             diag=(diag_type + "; " + diag) if diag else None, last=date)
    if delayed:
        r["will_retry"] = "Sun, 06 Dec 2026 09:00:00 +0000"
    tp = text_part(text if text is not None else text_for(esp, rcpt, diag, delayed), charset, cte)
    ds = delivery_status(e["mta"], [r], arrival=date, envid=qid(name + "env", 20).lower() if esp in ("sparkpost", "mailgun") else None)
    oh = orig_headers(sender, rcpt, osubj, odate, omid,
                      extra=f"List-Unsubscribe: <https://{bdom}/u/{qid(name, 16).lower()}>, <mailto:unsub-{qid(name, 10).lower()}@{bdom}>\n"
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
                            f"Feedback-ID: {qid(name, 6)}:newsletter:{esp}")
    parts = [tp, ds]
    if returned == "headers":
        parts.append(part("text/rfc822-headers", oh, cte=None))
    else:
        parts.append(part("message/rfc822", oh + "\nHello,\n\nthis month's issue is below. To stop receiving it, use the link in the footer.\n", cte=None))
    heads = [hops, ("Date", date), ("From", e["frm"]), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, e["mta"].split(".", 1)[1])), ("Auto-Submitted", "auto-replied")]
    return mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))


def gmail(code, status, lines, ip=None, tag="gsmtp"):
    """A Gmail multi-line reply, folded the way an ESP keeps it."""
    out = []
    for i, ln in enumerate(lines):
        sep = " " if i == len(lines) - 1 else "-"
        out.append(f"{code}{sep}{status} {ln}")
    out[-1] += f" {qid(''.join(lines), 24).lower()[:18]}.{qid(status, 4).lower()} - {tag}"
    return "\n    ".join(out)


G = "gmail-smtp-in.l.google.com"
GWS = "aspmx.l.google.com"
Y = "mta6.am0.yahoodns.net"
AOL = "mx-aol.mail.gm0.yahoodns.net"
IC = "mx01.mail.icloud.com"
CC = "mx2c1.comcast.net"

# name, esp, brand, rcpt, status, remote, diag, reason, hard, delayed, judgement
CASES = [
    # ---- Gmail / Google Workspace: authentication and bulk-sender rules
    ("b64-ses-gmail-4.7.26-unauthenticated-rate.eml", "ses", 0, "june.whitcombe@gmail.com", "4.7.26", G,
     gmail(421, "4.7.26", ["This mail has been rate limited because it is unauthenticated.",
                           "Gmail requires all senders to authenticate with either SPF or DKIM.",
                           "",
                           "Authentication results:",
                           "DKIM = did not pass",
                           "SPF [letters.riverbend-coffee.example] with ip: [203.0.113.41] = did not pass",
                           "",
                           "For instructions on setting up authentication, go to",
                           "https://support.google.com/mail/answer/81126#authentication"]),
     "authfailure", False, True, None),
    ("b64-sendgrid-gmail-4.7.27-spf-not-pass.eml", "sendgrid", 1, "pablo.ferreyra.mtb@gmail.com", "4.7.27", G,
     gmail(421, "4.7.27", ["Your email has been rate limited because SPF authentication",
                           "didn't pass for this message. Gmail requires all bulk email",
                           "senders to authenticate with SPF. Authentication results:",
                           "SPF [mail.trailhead-weekly.example] with ip: [198.51.100.23] = did not pass",
                           "To set up SPF, go to https://support.google.com/a?p=setup-spf"]),
     "authfailure", False, True, None),
    ("b64-mailgun-gmail-4.7.28-unusual-rate-ip.eml", "mailgun", 5, "thandeka.m.wellness@gmail.com", "4.7.28", G,
     gmail(421, "4.7.28", ["[159.135.228.12      19] Gmail has detected an unusual rate of mail",
                           "originating from your IP address. To protect our users from spam,",
                           "mail sent from your IP address has been temporarily rate limited.",
                           "For more information, go to Why has Gmail blocked my messages?",
                           "https://support.google.com/mail/?p=UnsolicitedRateLimitError"]),
     "ratelimited", False, True, None),
    ("b64-brevo-gmail-4.7.29-no-tls.eml", "brevo", 3, "marisol.arce.casa@gmail.com", "4.7.29", G,
     gmail(421, "4.7.29", ["Your email has been rate limited because this message wasn't",
                           "sent over a TLS connection. Gmail requires all bulk email senders",
                           "to use TLS/SSL for SMTP connections. To learn more, visit",
                           "https://support.google.com/mail/?p=TlsRequired"]),
     "failedstarttls", False, True, "no TLS at all, rate limited for it: failedstarttls as the project reads 4.7.29 (ratelimited defensible)"),
    ("b64-sparkpost-gmail-4.7.30-dkim-not-pass.eml", "sparkpost", 2, "kwame.osei.dev@gmail.com", "4.7.30", G,
     gmail(421, "4.7.30", ["Your email has been rate limited because DKIM authentication",
                           "didn't pass for this message. Gmail requires all bulk email senders",
                           "to authenticate with DKIM.",
                           "",
                           "Authentication results:",
                           "DKIM = did not pass",
                           "",
                           "To set up DKIM, go to https://support.google.com/a/answer/174124"]),
     "authfailure", False, True, None),
    ("b64-mailjet-gmail-4.7.32-from-not-aligned.eml", "mailjet", 4, "h.lindqvist.sailing@gmail.com", "4.7.32", G,
     gmail(421, "4.7.32", ["Your email has been rate limited because the From: header",
                           "(RFC5322) in this message isn't aligned with either the",
                           "authenticated SPF or DKIM organizational domain. To learn more,",
                           "visit https://support.google.com/mail/?p=DmarcRejection"]),
     "authfailure", False, True, None),
    ("b64-ses-workspace-5.7.26-unauthenticated.eml", "ses", 4, "reservas@hotel-miramar-cadiz.example", "5.7.26", GWS,
     gmail(550, "5.7.26", ["This mail has been blocked because the sender is unauthenticated.",
                           "Gmail requires all senders to authenticate with either SPF or DKIM.",
                           "",
                           "Authentication results:",
                           "DKIM = did not pass",
                           "SPF [info.harborline-ferries.example] with ip: [54.240.8.53] = did not pass",
                           "",
                           "For instructions on setting up authentication, go to",
                           "https://support.google.com/mail/answer/81126#authentication"]),
     "authfailure", False, False, None),
    ("b64-sendgrid-gmail-5.7.26-dmarc-policy.eml", "sendgrid", 3, "liz.okafor.home@gmail.com", "5.7.26", G,
     gmail(550, "5.7.26", ["Unauthenticated email from news.casa-linda-decor.example is not",
                           "accepted due to domain's DMARC policy. Please contact the",
                           "administrator of news.casa-linda-decor.example domain if this was",
                           "a legitimate mail. To learn about the DMARC initiative, go to",
                           "https://support.google.com/mail/?p=DmarcRejection"]),
     "authfailure", False, False, None),
    ("b64-mailgun-gmail-5.7.28-unsolicited-ip-blocked.eml", "mailgun", 5, "ravi.shankar.runs@gmail.com", "5.7.28", G,
     gmail(550, "5.7.28", ["[159.135.228.12      19] Our system has detected an unusual rate",
                           "of unsolicited mail originating from your IP address. To protect",
                           "our users from spam, mail sent from your IP address has been",
                           "blocked. Please visit",
                           "https://support.google.com/mail/?p=UnsolicitedIPError"]),
     "blocked", False, False, "5.7.28: the IP is blocked for an unusual rate of unsolicited mail (badreputation or ratelimited defensible)"),
    ("b64-brevo-gmail-5.7.1-likely-unsolicited.eml", "brevo", 3, "chantal.dubreuil@gmail.com", "5.7.1", G,
     gmail(550, "5.7.1", ["[185.41.28.109] Gmail has detected that this message",
                          "is likely unsolicited mail. To reduce the amount of spam sent",
                          "to Gmail, this message has been blocked. For more information,",
                          "go to https://support.google.com/mail/?p=UnsolicitedMessageError"]),
     "spamdetected", False, False, None),
    ("b64-sparkpost-gmail-5.7.1-unsolicited-domain.eml", "sparkpost", 2, "oscar.lindgren.3d@gmail.com", "5.7.1", G,
     gmail(550, "5.7.1", ["Our system has detected that this message is likely suspicious",
                          "due to the very low reputation of the sending domain. To best",
                          "protect our users from spam, the message has been blocked.",
                          "Please visit https://support.google.com/mail/answer/188131"]),
     "badreputation", False, False, None),
    ("b64-ses-gmail-4.2.1-receiving-too-fast.eml", "ses", 1, "ops.alerts.kestrel@gmail.com", "4.2.1", G,
     gmail(450, "4.2.1", ["The user you are trying to contact is receiving mail at a rate that",
                          "prevents additional messages from being delivered. Please resend",
                          "your message at a later time. If the user is able to receive mail",
                          "at that time, your message will be delivered. For more",
                          "information, go to https://support.google.com/mail/?p=ReceivingRate"]),
     "ratelimited", False, True, None),
    ("b64-mailjet-gmail-5.2.1-account-disabled.eml", "mailjet", 0, "grandpa.wendell.k@gmail.com", "5.2.1", G,
     gmail(550, "5.2.1", ["The email account that you tried to reach is disabled. For more",
                          "information, go to https://support.google.com/mail/?p=DisabledUser"]),
     "suspend", False, False, None),
    ("b64-sendgrid-gmail-5.1.1-nosuchuser.eml", "sendgrid", 2, "jonah.perlmutterr@gmail.com", "5.1.1", G,
     gmail(550, "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                          "double-checking the recipient's email address for typos or",
                          "unnecessary spaces. For more information, go to",
                          "https://support.google.com/mail/?p=NoSuchUser"]),
     "userunknown", True, False, None),
    ("b64-mailgun-workspace-5.1.1-nosuchuser.eml", "mailgun", 5, "frontdesk@studio-lotus-lisboa.example", "5.1.1", GWS,
     gmail(550, "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                          "double-checking the recipient's email address for typos or",
                          "unnecessary spaces. For more information, go to",
                          "https://support.google.com/a/?p=NoSuchUser"]),
     "userunknown", True, False, None),
    ("b64-brevo-gmail-4.2.2-inbox-out-of-storage.eml", "brevo", 3, "abuela.carmen.r@gmail.com", "4.2.2", G,
     gmail(452, "4.2.2", ["The recipient's inbox is out of storage space.",
                          "Please direct the recipient to",
                          "https://support.google.com/mail/?p=OverQuotaTemp"]),
     "mailboxfull", False, True, None),
    ("b64-sparkpost-gmail-5.2.2-out-of-storage-inactive.eml", "sparkpost", 2, "archive.me.2011@gmail.com", "5.2.2", G,
     gmail(552, "5.2.2", ["The recipient's inbox is out of storage space and inactive.",
                          "Please direct the recipient to",
                          "https://support.google.com/mail/?p=OverQuotaPerm"]),
     "mailboxfull", False, False, None),
    ("b64-ses-gmail-5.7.1-one-click-unsub-missing.eml", "ses", 3, "deal.seeker.nadia@gmail.com", "5.7.1", G,
     gmail(550, "5.7.1", ["This message does not meet Gmail's bulk sender requirements:",
                          "it has no working one-click unsubscribe (RFC 8058",
                          "List-Unsubscribe-Post header). To learn more, go to",
                          "https://support.google.com/mail/?p=BulkSenderGuidelines"]),
     "policyviolation", False, False, "a bulk-sender requirement the message breaks: policyviolation"),
    ("b64-mailgun-gmail-5.7.25-no-ptr.eml", "mailgun", 5, "priscila.tavares.bh@gmail.com", "5.7.25", G,
     gmail(550, "5.7.25", ["[2001:db8:228::12] The IP address sending this message does",
                           "not have a PTR record setup, or the corresponding forward DNS",
                           "entry does not point to the sending IP. As a policy, Gmail",
                           "does not accept messages from IPs with missing PTR records.",
                           "https://support.google.com/mail/answer/81126#ip-practices"]),
     "requireptr", False, False, None),
    ("b64-sendgrid-workspace-5.7.30-dkim-bulk.eml", "sendgrid", 1, "members@alpine-club-graz.example", "5.7.30", GWS,
     gmail(550, "5.7.30", ["This mail has been blocked because DKIM does not pass.",
                           "Gmail requires all bulk email senders to authenticate with DKIM.",
                           "Authentication results: DKIM = did not pass",
                           "https://support.google.com/a/answer/174124"]),
     "authfailure", False, False, None),
    ("b64-mailjet-gmail-4.7.0-ip-reputation-delay.eml", "mailjet", 4, "ferry.fan.orkney@gmail.com", "4.7.0", G,
     gmail(421, "4.7.0", ["[87.253.233.160      15] Our system has detected that this",
                          "message is suspicious due to the very low reputation of the",
                          "sending IP address. To best protect our users from spam, the",
                          "message has been blocked. Please visit",
                          "https://support.google.com/mail/answer/188131"]),
     "badreputation", False, True, None),

    # ---- Yahoo / AOL
    ("b64-sendgrid-yahoo-tss04-deferred.eml", "sendgrid", 0, "coffee.nut.dave@yahoo.com", "4.7.0", Y,
     "421 4.7.0 [TSS04] Messages from 167.89.101.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
     "ratelimited", False, True, "TSS04 'unexpected volume or user complaints': ratelimited (badreputation defensible)"),
    ("b64-ses-yahoo-tss09-permanently-deferred.eml", "ses", 2, "mel.abernathy@yahoo.com", "5.7.2", Y,
     "553 5.7.2 [TSS09] All messages from 54.240.8.53 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
     "blocked", False, False, None),
    ("b64-mailgun-aol-tss09-permanent.eml", "mailgun", 5, "silverfox.ridley@aol.com", "5.7.2", AOL,
     "553 5.7.2 [TSS09] All messages from 159.135.228.12 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
     "blocked", False, False, None),
    ("b64-sparkpost-yahoo-dd-no-account.eml", "sparkpost", 2, "yuki.tan_88@yahoo.com", "5.0.0", Y,
     "554 delivery error: dd This user doesn't have a yahoo.com account (yuki.tan_88@yahoo.com) [0] - mta4012.mail.gq1.yahoo.com",
     "userunknown", True, False, None),
    ("b64-brevo-aol-dd-mailbox-disabled.eml", "brevo", 3, "bettyjo.sewing@aol.com", "5.0.0", AOL,
     "554 delivery error: dd Sorry your message to bettyjo.sewing@aol.com cannot be delivered. This mailbox is disabled (554.30). - mta1109.mail.ne1.aol.com",
     "suspend", False, False, None),
    ("b64-mailjet-yahoo-5.7.9-unauthenticated.eml", "mailjet", 4, "islander.tom@yahoo.co.uk", "5.7.9", "mx-eu.mail.am0.yahoodns.net",
     "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
     "authfailure", False, False, None),
    ("b64-ses-aol-5.7.9-dmarc-reject.eml", "ses", 1, "hikerchick1967@aol.com", "5.7.9", AOL,
     "554 5.7.9 Message not accepted for policy reasons: DMARC p=reject for mail.trailhead-weekly.example failed.  See https://postmaster.yahooinc.com/error-codes",
     "authfailure", False, False, "policy reasons named as a DMARC reject: authfailure"),
    ("b64-sendgrid-yahoo-over-quota-delay.eml", "sendgrid", 2, "nora.quilts@yahoo.com", "4.2.2", Y,
     "452 4.2.2 Mailbox over quota for nora.quilts@yahoo.com, please try again later",
     "mailboxfull", False, True, None),
    ("b64-mailgun-yahoo-tss04-delay.eml", "mailgun", 5, "sunrise.asana@yahoo.com", "4.7.0", Y,
     "421 4.7.0 [TSS04] Messages from 159.135.228.12 temporarily deferred due to unexpected volume or user complaints - 4.16.56.1; see https://postmaster.yahooinc.com/error-codes",
     "ratelimited", False, True, "TSS04 'unexpected volume or user complaints': ratelimited (badreputation defensible)"),
    ("b64-sparkpost-yahoo-5.7.9-one-click.eml", "sparkpost", 3, "lorna.beaumont@yahoo.com", "5.7.9", Y,
     "550 5.7.9 Message not accepted: bulk mail from this sender must carry a working one-click List-Unsubscribe header. See https://senders.yahooinc.com/best-practices",
     "policyviolation", False, False, "a bulk-sender requirement (one-click unsubscribe) the message breaks: policyviolation"),
    ("b64-brevo-yahoo-5.7.1-dmarc-alignment.eml", "brevo", 3, "renata.galvao@yahoo.com.br", "5.7.1", "mx-sa.mail.am0.yahoodns.net",
     "550 5.7.1 Email rejected per DMARC policy for news.casa-linda-decor.example: From domain not aligned with SPF or DKIM. See https://postmaster.yahooinc.com/error-codes",
     "authfailure", False, False, None),
    ("b64-ses-aol-dd-not-valid.eml", "ses", 0, "bigtruck.earl@aol.com", "5.1.1", AOL,
     "554 delivery error: dd Not a valid recipient - mta1211.mail.bf1.aol.com",
     "userunknown", True, False, None),

    # ---- iCloud
    ("b64-mailgun-icloud-user-not-exist.eml", "mailgun", 5, "beatrix.olsen@icloud.com", "5.1.1", IC,
     "550 5.1.1 <beatrix.olsen@icloud.com>: user does not exist",
     "userunknown", True, False, None),
    ("b64-sendgrid-icloud-over-quota.eml", "sendgrid", 2, "matteo.rinaldi@me.com", "5.2.2", IC,
     "552 5.2.2 <matteo.rinaldi@me.com>: user is over quota (in reply to RCPT TO command)",
     "mailboxfull", False, False, None),
    ("b64-ses-icloud-cs01-local-policy.eml", "ses", 4, "captain.hobbs@mac.com", "5.7.1", IC,
     "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
     "policyviolation", False, False, "iCloud CS01 'rejected due to local policy', no other cause words: policyviolation"),
    ("b64-brevo-icloud-hm07-spf-dkim.eml", "brevo", 3, "amelie.vasseur@icloud.com", "5.7.26", IC,
     "550 5.7.26 [HM07] Unauthenticated email is not accepted: SPF and DKIM both failed for news.casa-linda-decor.example",
     "authfailure", False, False, None),
    ("b64-sparkpost-icloud-rate-delay.eml", "sparkpost", 2, "lea.hofmann@icloud.com", "4.7.1", IC,
     "421 4.7.1 [TS01] Messages from 192.174.82.55 are temporarily deferred due to too many messages in a short period; try again later",
     "ratelimited", False, True, None),

    # ---- Comcast
    ("b64-mailjet-comcast-mailbox-full.eml", "mailjet", 4, "joe.pasquale@comcast.net", "5.2.2", CC,
     "552 5.2.2 <joe.pasquale@comcast.net> Recipient mailbox is full. Please try again later",
     "mailboxfull", False, False, None),
    ("b64-ses-comcast-not-our-customer.eml", "ses", 0, "old.account.1999@comcast.net", "5.1.1", CC,
     "550 5.1.1 <old.account.1999@comcast.net> Not our Customer",
     "userunknown", True, False, None),
    ("b64-sendgrid-comcast-dmarc.eml", "sendgrid", 1, "gardening.ginny@comcast.net", "5.7.1", CC,
     "554 5.7.1 Rejecting message: sender domain mail.trailhead-weekly.example fails DMARC authentication - DM000002",
     "authfailure", False, False, None),
    ("b64-mailgun-comcast-ptr-delay.eml", "mailgun", 5, "bob.kern.59@comcast.net", "4.7.1", CC,
     "421 4.7.1 Comcast requires that all mail servers have a valid reverse DNS entry: 2001:db8:228::12 has none - RL000003",
     "requireptr", False, True, None),
]

DATES = [dt(2026, 12, 1 + (i % 3), 7 + (i % 13), (i * 7) % 60, (i * 13) % 60) for i in range(200)]
ODATES = [dt(2026, 12, 1 + (i % 3), 5 + (i % 13), (i * 11) % 60, (i * 17) % 60) for i in range(200)]

for i, (n, esp, brand, rcpt, status, remote, diag, reason, hard, delayed, judge) in enumerate(CASES):
    write(OUT, n, esp_dsn(n, esp, rcpt, status=status, diag=diag, remote=remote, brand=brand, date=DATES[i], odate=ODATES[i],
                          delayed=delayed, returned="message" if i % 3 == 0 else "headers"))
    reply = diag.split()[0][:3] if diag[:3].isdigit() else ""
    expect(n, rcpt, reason, hard=hard, status=status, reply=reply, action="delayed" if delayed else "failed",
           vendor=esp)
    if judge:
        EXPECT[-1]["judgement"] = judge

# ---------------------------------------------------------------- the ESPs' own suppression notices
# The ESP did not try the receiver at all: the address is on the sender's
# (or the ESP's global) suppression list. No Remote-MTA.
SUPP = [
    ("b64-ses-global-suppression-bounce-history.eml", "ses", 0, "anya.kowalczyk@mailhaven.example", "5.1.1", "smtp",
     "550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: https://docs.aws.amazon.com/ses/latest/dg/sending-email-global-suppression-list.html",
     None),
    ("b64-ses-account-suppression-complaint.eml", "ses", 3, "no.more.sales@homenet-sample.example", "5.1.1", "smtp",
     "Amazon SES did not send the message to this address because it is on the suppression list for your account (suppression reason: COMPLAINT). To remove it, use the DeleteSuppressedDestination operation of the SES API v2.",
     "a suppression entry whose reason is a complaint: suppressed, not feedback (no ARF report)"),
    ("b64-sendgrid-drop-spam-reporting-address.eml", "sendgrid", 1, "k.morrow.climbs@gmail.com", "5.0.0", "x-sendgrid",
     "Dropped: Spam Reporting Address. This address reported an earlier message from your account as spam and is on your suppression list; SendGrid did not attempt delivery.",
     "the word spam names why the address was suppressed, not a content verdict: suppressed"),
    ("b64-sendgrid-drop-unsubscribed-address.eml", "sendgrid", 4, "harbour.watcher@btinternet.example", "5.0.0", "x-sendgrid",
     "Dropped: Unsubscribed Address. The recipient is on your global unsubscribe list; SendGrid did not attempt delivery.",
     None),
    ("b64-mailgun-607-marked-as-spam.eml", "mailgun", 5, "flora.nakagawa@yahoo.com", "5.0.0", "smtp",
     "607 Not delivering to a user who marked your messages as spam",
     "Mailgun's own 607 (complaints list): suppressed"),
    ("b64-mailgun-606-unsubscribed.eml", "mailgun", 5, "dmitri.volkov.runner@gmail.com", "5.0.0", "smtp",
     "606 Not delivering to unsubscribed address",
     None),
    ("b64-brevo-blocklisted-contact.eml", "brevo", 3, "sandrine.lebrun@orange-sample.example", "5.0.0", "x-brevo",
     "blocked: this contact is blocklisted for your account (unsubscribed via the one-click link on 12 Nov 2026); the message was not sent",
     "'blocked' here is the ESP's own blocklist of a contact: suppressed, not blocked"),
    ("b64-mailjet-preblocked-after-hard-bounce.eml", "mailjet", 4, "ex.employee@defunct-shipping.example", "5.0.0", "x-mailjet",
     "preblocked: the address is on your account's exclusion list after an earlier hard bounce (user unknown, 2026-10-02); Mailjet did not send this message",
     "an exclusion list entry quoting the earlier cause: suppressed (userunknown defensible)"),
    ("b64-sparkpost-suppressed-spam-complaint.eml", "sparkpost", 2, "gregor.haas@t-online-sample.example", "5.7.1", "smtp",
     "554 5.7.1 recipient address was suppressed due to a spam complaint received through the feedback loop",
     None),
]

for j, (n, esp, brand, rcpt, status, dtype, diag, judge) in enumerate(SUPP):
    i = 60 + j
    write(OUT, n, esp_dsn(n, esp, rcpt, status=status, diag=diag, remote=None, brand=brand, date=DATES[i],
                          odate=DATES[i], returned="headers" if j % 2 else "message", diag_type=dtype))
    reply = diag.split()[0] if diag[:3].isdigit() else ""
    expect(n, rcpt, "suppressed", status=status, reply=reply, vendor=esp)
    if judge:
        EXPECT[-1]["judgement"] = judge

# ---------------------------------------------------------------- other layouts

# SES DSN with two recipients at one Workspace domain (one message, two RCPTs)
n = "b64-ses-workspace-two-recipients.eml"
d, od = DATES[80], ODATES[80]
sender, bdom, osubj = BRANDS[4]
e = ESP["ses"]
to = f"0100018c{qid(n, 20).lower()}-000000@{bdom}"
text = ("An error occurred while trying to deliver the mail to the following recipients:\n"
        "bookings@kestrel-tours-skye.example\nskipper.iain@kestrel-tours-skye.example\n")
diag1 = gmail(550, "5.1.1", ["The email account that you tried to reach does not exist. Please try",
                             "double-checking the recipient's email address for typos or",
                             "unnecessary spaces. For more information, go to",
                             "https://support.google.com/a/?p=NoSuchUser"])
diag2 = gmail(552, "5.2.2", ["The recipient's inbox is out of storage space and inactive.",
                             "Please direct the recipient to",
                             "https://support.google.com/a/?p=OverQuotaPerm"])
ds = delivery_status(e["mta"], [
    dict(final="bookings@kestrel-tours-skye.example", status="5.1.1", remote=GWS, diag="smtp; " + diag1, last=d),
    dict(final="skipper.iain@kestrel-tours-skye.example", status="5.2.2", remote=GWS, diag="smtp; " + diag2, last=d)],
    arrival=od)
oh = orig_headers(sender, "bookings@kestrel-tours-skye.example, skipper.iain@kestrel-tours-skye.example", osubj, od,
                  mid(n + "o", sender.split("@")[1]))
body = multipart("report", [text_part(text), ds, part("text/rfc822-headers", oh, cte=None)], boundary(n),
                 " report-type=delivery-status;")
write(OUT, n, mail(["Return-Path: <>\n" + received([(e["mta"], e["ip"], "inbound-smtp.eu-west-1.amazonaws.com",
                                                      "Amazon SES", qid(n), d, to)]),
                    ("Date", d), ("From", e["frm"]), ("To", to), ("Subject", "Delivery Status Notification (Failure)"),
                    ("Message-ID", mid(n, "email.amazonses.com")), ("Auto-Submitted", "auto-replied")], body))
expect(n, "bookings@kestrel-tours-skye.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="ses")
expect(n, "skipper.iain@kestrel-tours-skye.example", "mailboxfull", status="5.2.2", reply="552", vendor="ses")

# SES bounce notification published to SNS and mailed by an email subscription
n = "b64-ses-sns-email-gmail-5.7.27-spf.eml"
d = dt(2026, 12, 2, 8, 41, 3)
ses_msg = ('{"notificationType":"Bounce","bounce":{"feedbackId":"0102018c' + qid(n, 24).lower() +
           '-000000","bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":'
           '"wren.abernethy@gmail.com","action":"failed","status":"5.7.27","diagnosticCode":"smtp; 550-5.7.27 This mail '
           'has been blocked because the sender is unauthenticated. 550-5.7.27 SPF [letters.riverbend-coffee.example] '
           'with ip: [54.240.8.53] = did not pass 550 5.7.27 https://support.google.com/mail/answer/81126"}],'
           '"timestamp":"2026-12-02T08:41:02.118Z","remoteMtaIp":"142.250.102.26","reportingMTA":"dns; '
           'a8-53.smtp-out.amazonses.com"},"mail":{"timestamp":"2026-12-02T08:41:00.902Z","source":'
           '"news@letters.riverbend-coffee.example","sourceIp":"203.0.113.41","messageId":"0100018c' + qid(n + "m", 24).lower() + '-000000",'
           '"destination":["wren.abernethy@gmail.com"]}}')
esc = ses_msg.replace("\\", "\\\\").replace('"', '\\"')
sns = ('{\n  "Type" : "Notification",\n  "MessageId" : "' + qid(n + "sns", 8).lower() + '-2f4c-5d1e-9a0b-' +
       qid(n + "x", 12).lower() + '",\n  "TopicArn" : "arn:aws:sns:us-east-1:111122223333:ses-bounces",\n'
       '  "Message" : "' + esc + '",\n  "Timestamp" : "2026-12-02T08:41:02.344Z",\n  "SignatureVersion" : "1",\n'
       '  "UnsubscribeURL" : "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn='
       'arn:aws:sns:us-east-1:111122223333:ses-bounces:' + qid(n + "sub", 8).lower() + '"\n}\n\n--\n'
       'If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n'
       'https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:111122223333:ses-bounces\n')
write(OUT, n, mail([received([("a8-120.smtp-out.amazonses.com", "54.240.8.120", "mx1.riverbend-coffee.example",
                               "Postfix", qid(n), d, "ops@riverbend-coffee.example")]),
                    ("Date", d), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"),
                    ("To", "ops@riverbend-coffee.example"), ("Subject", "AWS Notification Message"),
                    ("Message-ID", mid(n, "email.amazonses.com"))], text_part(sns)))
expect(n, "wren.abernethy@gmail.com", "authfailure", status="5.7.27", reply="550", vendor="ses")

# Brevo's French-language notice (the account's language), to Yahoo France
n = "b64-brevo-fr-yahoo-dd-no-account.eml"
diag = "554 delivery error: dd This user doesn't have a yahoo.fr account (mamie.josette@yahoo.fr) [0] - mta2210.mail.ir2.yahoo.com"
text = ("Bonjour,\n\nCeci est le service de distribution de Brevo (ex Sendinblue).\n"
        "Votre message à mamie.josette@yahoo.fr n'a pas pu être remis.\n\n"
        "Réponse du serveur destinataire :\n" + diag + "\n\n-- \nBrevo\n")
write(OUT, n, esp_dsn(n, "brevo", "mamie.josette@yahoo.fr", status="5.0.0", diag=diag, remote="mx-eu.mail.am0.yahoodns.net",
                      brand=3, date=DATES[82], odate=ODATES[82], text=text, charset="utf-8", cte="quoted-printable",
                      subject="Message non remis : " + BRANDS[3][2].replace("%", " %")))
expect(n, "mamie.josette@yahoo.fr", "userunknown", hard=True, status="5.0.0", reply="554", vendor="brevo")

# Workspace DKIM-domain rate limit in a SES delay
n = "b64-ses-workspace-4.7.28-dkim-domain-rate.eml"
write(OUT, n, esp_dsn(n, "ses", "office@bergfreunde-tirol.example", status="4.7.28", remote=GWS, brand=1,
                      date=DATES[83], odate=ODATES[83], delayed=True,
                      diag=gmail(421, "4.7.28", ["Gmail has detected an unusual rate of unsolicited mail",
                                                 "originating from your DKIM domain [mail.trailhead-weekly.example].",
                                                 "To protect our users from spam, mail sent from your domain has",
                                                 "been temporarily rate limited. To learn more, go to",
                                                 "https://support.google.com/mail/?p=UnsolicitedRateLimitError"])))
expect(n, "office@bergfreunde-tirol.example", "ratelimited", status="4.7.28", reply="421", action="delayed", vendor="ses")

# SendGrid gave up after 72 hours of Yahoo deferrals
n = "b64-sendgrid-yahoo-gave-up-72h.eml"
diag = "421 4.7.0 [TSS04] Messages from 167.89.101.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1"
text = ("This is an automatically generated message from SendGrid.\n\n"
        "SendGrid tried to deliver your message for 72 hours and has now given up.\n"
        "The message was not delivered to:\n\nbarb.lindqvist@yahoo.com\n\n"
        "The receiving server kept deferring it; its last answer was:\n" + diag + "\n")
write(OUT, n, esp_dsn(n, "sendgrid", "barb.lindqvist@yahoo.com", status="4.4.7", diag=diag, remote=Y, brand=0,
                      date=DATES[84], odate=dt(2026, 11, 29, 6, 30, 0), text=text))
expect(n, "barb.lindqvist@yahoo.com", "expired", status="4.4.7", reply="421", vendor="sendgrid")
EXPECT[-1]["judgement"] = "the queue gave up after 72 h (4.4.7); the last deferral was TSS04: expired (ratelimited defensible)"

# Mailgun: iCloud's mailbox disabled
n = "b64-mailgun-icloud-mailbox-disabled.eml"
write(OUT, n, esp_dsn(n, "mailgun", "oliver.st.clair@icloud.com", status="5.2.1", remote=IC, brand=5,
                      date=DATES[85], odate=ODATES[85],
                      diag="550 5.2.1 <oliver.st.clair@icloud.com>: Mailbox disabled for this recipient"))
expect(n, "oliver.st.clair@icloud.com", "suspend", status="5.2.1", reply="550", vendor="mailgun")

# SparkPost: Comcast spam content block
n = "b64-sparkpost-comcast-content-spam.eml"
write(OUT, n, esp_dsn(n, "sparkpost", "nana.ruthie@comcast.net", status="5.7.1", remote=CC, brand=3,
                      date=DATES[86], odate=ODATES[86],
                      diag="554 5.7.1 Message content rejected as spam by the Comcast filter; see https://postmaster.comcast.net/smtp-error-codes.php#BL000001"))
expect(n, "nana.ruthie@comcast.net", "spamdetected", status="5.7.1", reply="554", vendor="sparkpost")

# Mailjet: Gmail message too large
n = "b64-mailjet-gmail-5.3.4-size.eml"
write(OUT, n, esp_dsn(n, "mailjet", "photo.club.ines@gmail.com", status="5.3.4", remote=G, brand=2,
                      date=DATES[87], odate=ODATES[87],
                      diag=gmail(552, "5.3.4", ["Your message exceeded Google's message size limits. To view our",
                                                "size guidelines, go to",
                                                "https://support.google.com/mail/?p=MaxSizeError"])))
expect(n, "photo.club.ines@gmail.com", "emailtoolarge", status="5.3.4", reply="552", vendor="mailjet")

# Brevo: a typo domain with no mail host (gmial.com style typo, example domain)
n = "b64-brevo-typo-domain-no-mx.eml"
write(OUT, n, esp_dsn(n, "brevo", "lucie.martin@gmaill-typo.example", status="5.1.2", remote=None, brand=3,
                      date=DATES[88], odate=ODATES[88], diag_type="x-brevo",
                      diag="550 5.1.2 Domain gmaill-typo.example has no MX and no A record: host not found"))
expect(n, "lucie.martin@gmaill-typo.example", "hostunknown", hard=True, status="5.1.2", reply="550", vendor="brevo")


# ================================================================ near misses (not-bounce/): no record at all
def ordinary(name, *, frm, to, subject, date, host, body, ip="198.51.100.90", extra=(), sw="Postfix", auto=False):
    heads = [received([(host, ip, "mx1." + to.split("@")[-1].rstrip(">"), sw, qid(name), date, None)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host.split(".", 1)[1]))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-generated"))
    return mail(heads, body)


n = "nb-ses-sending-paused-bounce-rate.eml"
write(NB, n, ordinary(n, frm="Amazon Web Services <no-reply-aws@amazon.com>", to="ops@riverbend-coffee.example",
    subject="Amazon SES: sending paused for your account in US East (N. Virginia)", date=DATES[100],
    host="a9-31.smtp-out.amazonses.com", ip="54.240.9.31", auto=True, body=text_part("""Hello,

We have paused the ability of your AWS account 111122223333 to send email
using Amazon SES in the US East (N. Virginia) Region.

Why we paused sending
Your account's bounce rate reached 10.4%. Bounces are messages that are
rejected by the recipient's mail server, for example because the address
does not exist (550 5.1.1) or the mailbox is full. To protect the reputation
of Amazon SES, we pause sending when the bounce rate is 10% or higher.

What you need to do
1. Remove addresses that hard-bounce from your lists.
2. Reply to this case in the AWS Support Center (case 17338201451) and
   describe the changes you made.

You can see your bounce and complaint rates on the Reputation metrics page
of the Amazon SES console.

Sincerely,
Amazon Web Services
""")))

n = "nb-sendgrid-bounce-rate-warning.eml"
write(NB, n, ordinary(n, frm="Twilio SendGrid <no-reply@sendgrid.com>", to="marketing@trailhead-weekly.example",
    subject="Action required: your bounce rate is above 5%", date=DATES[101], host="o1.ptr4821.sendgrid.net",
    ip="167.89.40.11", auto=True, body=text_part("""Hi Trailhead Weekly team,

Over the last 7 days, 6.2% of the email you sent through SendGrid bounced
(3,114 of 50,210 messages). The most common reasons reported by the
receiving servers were:

  - 550 5.1.1 mailbox does not exist              1,902
  - 421 4.7.0 [TSS04] temporarily deferred          811
  - 552 5.2.2 mailbox full                          401

Bounce rates above 5% put your sender reputation, and your account's
ability to send, at risk. We recommend validating your list and removing
addresses that have not engaged in the last 12 months.

Review your bounces: https://app.sendgrid.com/suppressions/bounces

The Twilio SendGrid Trust & Safety team
""")))

n = "nb-mailgun-domain-disabled-complaints.eml"
write(NB, n, ordinary(n, frm="Mailgun Support <support@mailgun.com>", to="admin@quietmeadow-yoga.example",
    subject="Your sending domain mg.quietmeadow-yoga.example has been temporarily disabled", date=DATES[102],
    host="m42-10.mailgun.net", ip="159.135.42.10", auto=True, body=text_part("""Hello,

Our systems have detected a complaint rate of 0.41% for your domain
mg.quietmeadow-yoga.example over the last 24 hours, above the 0.3% limit
that Gmail and Yahoo set for bulk senders since 2024. To protect our
shared IP pools, sending for this domain has been temporarily disabled.

Messages you send now are rejected at our API with:
  "Domain mg.quietmeadow-yoga.example is not allowed to send: Sending paused"

To resume sending, reply to this ticket (#2281907) with a description of
how recipients subscribed and what you changed.

Regards,
Mailgun Compliance
""")))

n = "nb-brevo-account-under-review.eml"
write(NB, n, ordinary(n, frm="Brevo <compliance@brevo.com>", to="shop@casa-linda-decor.example",
    subject=enc_header("Votre compte est en cours de vérification / Your account is under review", "utf-8", "q"), date=DATES[103],
    host="smtp-relay.sendinblue.com", ip="185.41.28.10", auto=True, body=text_part("""Bonjour,

Votre dernière campagne « Advent sale » a généré un taux de hard bounces
de 8 % et un taux de plaintes de 0,35 %. Votre compte est suspendu le temps
de notre vérification (48 h ouvrées au maximum).

Hello,

Your last campaign "Advent sale" had a hard-bounce rate of 8% and a
complaint rate of 0.35%. Your account is suspended while our compliance
team reviews it (at most 2 business days). No action is needed from you
unless we write again.

L'équipe Compliance de Brevo / The Brevo Compliance team
""", "utf-8", "quoted-printable")))

# DMARC aggregate report from Google: a gzip'd XML attachment
xml_g = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.com</org_name>
    <email>noreply-dmarc-support@google.com</email>
    <extra_contact_info>https://support.google.com/a/answer/2466580</extra_contact_info>
    <report_id>4471920036518821990</report_id>
    <date_range><begin>1764806400</begin><end>1764892799</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>riverbend-coffee.example</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><sp>reject</sp><pct>100</pct>
  </policy_published>
  <record>
    <row><source_ip>54.240.8.53</source_ip><count>4812</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>riverbend-coffee.example</header_from></identifiers>
    <auth_results><dkim><domain>riverbend-coffee.example</domain><result>pass</result><selector>ses1</selector></dkim>
      <spf><domain>amazonses.com</domain><result>pass</result></spf></auth_results>
  </record>
  <record>
    <row><source_ip>203.0.113.41</source_ip><count>37</count>
      <policy_evaluated><disposition>reject</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>riverbend-coffee.example</header_from></identifiers>
    <auth_results><spf><domain>letters.riverbend-coffee.example</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
"""
n = "nb-dmarc-aggregate-google-gzip.eml"
gz = gzip.compress(xml_g.encode(), mtime=0)
raw = __import__("base64").b64encode(gz).decode()
att = part('application/gzip; name="google.com!riverbend-coffee.example!1764806400!1764892799.xml.gz"',
           "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)), "base64",
           'Content-Disposition: attachment; filename="google.com!riverbend-coffee.example!1764806400!1764892799.xml.gz"')
write(NB, n, ordinary(n, frm="noreply-dmarc-support@google.com", to="dmarc-rua@riverbend-coffee.example",
    subject="Report domain: riverbend-coffee.example Submitter: google.com Report-ID: 4471920036518821990",
    date=DATES[104], host="mail-sor-f69.google.com", ip="209.85.220.69",
    body=multipart("mixed", [text_part(""), att], boundary(n))))

n = "nb-dmarc-aggregate-yahoo-xml.eml"
xml_y = (xml_g.replace("google.com", "Yahoo").replace("noreply-dmarc-support@Yahoo", "dmarchelp@yahooinc.com")
         .replace("4471920036518821990", "1764892800.660117").replace("https://support.Yahoo/a/answer/2466580", "")
         .replace("riverbend-coffee.example", "trailhead-weekly.example"))
att = part('application/zip; name="yahoo.com!trailhead-weekly.example!1764806400!1764892799.xml.zip"',
           b64(xml_y, "us-ascii"), "base64",
           'Content-Disposition: attachment; filename="yahoo.com!trailhead-weekly.example!1764806400!1764892799.xml"')
write(NB, n, ordinary(n, frm="Yahoo DMARC <noreply@dmarc.yahoo.com>", to="dmarc@trailhead-weekly.example",
    subject="Report Domain: trailhead-weekly.example Submitter: Yahoo Report-ID: <1764892800.660117>",
    date=DATES[105], host="sonic310-21.consmr.mail.gq1.yahoo.com", ip="98.137.64.147",
    body=multipart("mixed", [text_part("This is an aggregate report from Yahoo.\n"), att], boundary(n))))

n = "nb-google-postmaster-spam-rate-alert.eml"
write(NB, n, ordinary(n, frm="Google Postmaster Tools <postmaster-tools-noreply@google.com>",
    to="deliverability@pixelforge-studio.example",
    subject="Postmaster Tools: user-reported spam rate for updates.pixelforge-studio.example is above 0.3%",
    date=DATES[106], host="mail-sor-f73.google.com", ip="209.85.220.73", auto=True, body=text_part("""Hello,

Over the last 7 days, the user-reported spam rate for mail from
updates.pixelforge-studio.example to Gmail users was 0.34%.

Since February 2024, bulk senders must keep the spam rate reported in
Postmaster Tools below 0.3%. Senders above that rate may see their mail
rate limited (421-4.7.28) or rejected (550-5.7.28), and become ineligible
for mitigation.

Compliance status: Needs work
  - Authentication (SPF, DKIM, DMARC): Compliant
  - One-click unsubscribe: Compliant
  - User-reported spam rate: Not compliant

View the dashboard: https://postmaster.google.com/v2/domains/updates.pixelforge-studio.example/compliance

Google Postmaster Tools
""")))

n = "nb-yahoo-sender-hub-cfl-confirmation.eml"
write(NB, n, ordinary(n, frm="Yahoo Sender Hub <senderhub-noreply@yahooinc.com>", to="postmaster@harborline-ferries.example",
    subject="Your Complaint Feedback Loop registration for harborline-ferries.example is active", date=DATES[107],
    host="sonic305-9.consmr.mail.bf2.yahoo.com", ip="98.137.64.200", auto=True, body=text_part("""Hello,

Your Complaint Feedback Loop (CFL) registration is now active.

  DKIM domain:     harborline-ferries.example
  Reports sent to: fbl@harborline-ferries.example

From now on, when a Yahoo or AOL user marks a message signed by this
domain as spam, we will send an ARF report to the address above. Please
remove those users from your list promptly: a complaint rate above 0.3%
can lead to deferrals ([TSS04]) or rejections.

Yahoo Sender Hub
https://senders.yahooinc.com/
""")))

n = "nb-one-click-unsubscribe-confirmation.eml"
write(NB, n, ordinary(n, frm="Riverbend Roasters <news@letters.riverbend-coffee.example>", to="june.whitcombe@gmail-sample.example",
    subject="You have been unsubscribed", date=DATES[108], host="a8-54.smtp-out.amazonses.com", ip="54.240.8.54",
    body=text_part("""Hi June,

You have been unsubscribed from the Riverbend Roasters newsletter and will
not receive further marketing email from us at june.whitcombe@gmail-sample.example.

If this was a mistake, you can subscribe again at any time:
https://riverbend-coffee.example/newsletter

Order confirmations and shipping notices are not affected.

Riverbend Roasters
""")))

n = "nb-list-unsubscribe-mailto-request.eml"
write(NB, n, ordinary(n, frm="Maggie Thorne <maggie.thorne@gmail-sample.example>",
    to="unsub-8f2c01ab7d@bounces.casa-linda-decor.example", subject="unsubscribe", date=DATES[109],
    host="mail-sor-f41.google.com", ip="209.85.220.41", sw="Postfix",
    body=text_part("This message was automatically generated by Gmail.\n")))

n = "nb-mailjet-campaign-stats-report.eml"
write(NB, n, ordinary(n, frm="Mailjet <stats@mailjet.com>", to="team@quietmeadow-yoga.example",
    subject="Campaign report: \"Your December class calendar\"", date=DATES[110], host="o22.p8.mailjet.com",
    ip="87.253.233.22", auto=True, body=text_part("""Campaign: Your December class calendar
Sent:       Tue, 01 Dec 2026 07:00 UTC

Recipients        12,480
Delivered         12,061  (96.6%)
Opened             5,402
Clicked            1,118
Soft bounces         213  (mailbox full, deferred)
Hard bounces          97  (user unknown, domain not found)
Blocked              109  (preblocked: exclusion list)
Spam complaints        9
Unsubscribed          41

Hard-bounced and blocked contacts were added to your exclusion list
automatically and will not be emailed again.

View the full report: https://app.mailjet.com/stats/campaigns/7720514
""")))

n = "nb-sparkpost-suppression-export-ready.eml"
write(NB, n, ordinary(n, frm="SparkPost <no-reply@sparkpost.com>", to="dev@pixelforge-studio.example",
    subject="Your suppression list export is ready", date=DATES[111], host="mta-201-12.sparkpostmail.com",
    ip="192.174.82.12", auto=True, body=text_part("""Hello,

The export of your account's suppression list you requested is ready.

  Entries:   2,914 (non-transactional: 2,640, transactional: 274)
  Sources:   Bounce Rule, Spam Complaint, List Unsubscribe, Manually Added
  Format:    CSV (recipient, type, source, description, created)

Download (link valid for 24 hours):
https://app.sparkpost.com/lists/suppressions/exports/5f1d2e90

Addresses on this list are not sent to; messages to them are rejected
with "recipient address was suppressed due to customer policy".

The SparkPost team
""")))

write_expected(os.path.join(OUT, "expected.jsonl"))
