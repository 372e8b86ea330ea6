#!/usr/bin/env python3
"""Writes testdata/unseen/batch-41: the bounce mailbox of a SaaS company
(LedgerLoop) that sends through ESPs -- Amazon SES (DSNs to the MAIL FROM
domain and SNS e-mail notifications), SendGrid, Mailgun, Postmark,
SparkPost, Mailjet, Brevo, Mandrill, Elastic Email -- mixed with direct
bounces of its own Postfix; about one in eight is a delay. not-bounce/
holds the ESPs' other mail and support replies (near-misses, no record).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch41.py [DIR]"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}
SENDER = "LedgerLoop <notifications@mail.ledgerloop.example>"
SUBJECTS = ["Your LedgerLoop invoice INV-20931 is ready", "Reset your LedgerLoop password",
            "You have been invited to the Harbor Finance workspace", "Weekly cash summary for Northwind Ops",
            "Action needed: confirm your e-mail address", "Payment received - thank you"]


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def nday(name):
    return int(hashlib.sha1(name.encode()).hexdigest()[:4], 16)


def when(name, delta_min=0):
    k = nday(name)
    mins = (k % 600) + delta_min
    return dt(2026, 11, 10 + k % 18, 6 + mins // 60 % 16, mins % 60, k % 60)


def before(name, minutes):
    import datetime
    from email.utils import parsedate_to_datetime
    t = parsedate_to_datetime(when(name)) - datetime.timedelta(minutes=minutes)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def odate(name):
    return when(name, -7)


def osubj(name):
    return SUBJECTS[nday(name) % len(SUBJECTS)]


def reply_of(diag):
    m = re.search(r"(?:^|; )([245]\d\d)[ -]", diag)
    return m.group(1) if m else ""


def ex(name, r, reason, vendor, status=None, reply=None):
    st = r.get("status", "") if status is None else status
    rc = reply_of(r.get("diag", "")) if reply is None else reply
    action = r.get("action", "failed")
    expect(name, r["final"], reason, hard=(reason in HARD and st.startswith("5") and action == "failed"),
           status=st, reply=rc, action=action, vendor=vendor)


def original(name, rcpt, frm="notifications@mail.ledgerloop.example", host="mail.ledgerloop.example", extra="",
             date=None):
    return orig_headers(frm, rcpt, osubj(name), date or odate(name), mid(name + "o", host), extra) + \
        "\nHello,\n\nThis is an automated message from LedgerLoop.\nOpen your dashboard: https://app.ledgerloop.example/\n"


# ================================================================ Amazon SES DSNs (to the MAIL FROM domain)

SES_HOSTS = ["a8-30.smtp-out.amazonses.com", "a48-112.smtp-out.amazonses.com", "a11-91.smtp-out.amazonses.com",
             "e226-55.smtp-out.us-east-2.amazonses.com", "a27-10.smtp-out.us-west-2.amazonses.com"]


def ses_dsn(name, r, reason):
    rep = SES_HOSTS[nday(name) % len(SES_HOSTS)]
    d = when(name)
    text = f"An error occurred while trying to deliver the mail to the following recipients:\n{r['final']}\n"
    # email feedback forwarding: SES mails the DSN to the original sender, through the company's MX
    hops = ("Return-Path: <>\n" + received([(rep, "54.240.%d.%d" % (8 + nday(name) % 40, nday(name) % 250 + 3),
                                            "mx1.ledgerloop.example", "Postfix", qid(name), d,
                                            "notifications@mail.ledgerloop.example")]))
    bounce_to = "notifications@mail.ledgerloop.example"
    rr = dict(r)
    m = mail([hops, ("Date", d), ("From", "MAILER-DAEMON@amazonses.com"), ("To", bounce_to),
              ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", mid(name, rep)),
              ("Auto-Submitted", "auto-replied")],
             multipart("report", [text_part(text), _ds(rep, [rr], odate(name)),
                                  part("message/rfc822", original(name, r["final"], extra="X-SES-Outgoing: 2026.11.12-54.240.8.30\nFeedback-ID: 1.us-east-1.Qw3Z0pX:AmazonSES"), cte=None)],
                       boundary(name), " report-type=delivery-status;"))
    write(OUT, name, m)
    ex(name, r, reason, "AmazonSES")


def _ds(rep, recips, arrival):
    from samplelib import delivery_status
    return delivery_status(rep, recips, arrival)


SES = [
    ("ses-google-workspace-account-missing.eml", "reason:userunknown",
     {"final": "d.alvarez@harbor-finance.example", "status": "5.1.1", "remote": "aspmx.l.google.com",
      "diag": "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a1b3c4d5e6f.21 - gsmtp"}),
    ("ses-o365-dbeb-access-denied.eml", "reason:userunknown",
     {"final": "ap-team@northwind-ops.example", "status": "5.4.1", "remote": "northwindops-example.mail.protection.outlook.com",
      "diag": "smtp; 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-12T09:14:51.221Z 08DE1A2B3C4D5E6F]"}),
    ("ses-exchange-online-quota-shutoff.eml", "reason:mailboxfull",
     {"final": "karen.mbeki@coastline-dental.example", "status": "5.2.2", "remote": "coastlinedental-example.mail.protection.outlook.com",
      "diag": "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]"}),
    ("ses-spamhaus-zen-listed.eml", "reason:blocked",
     {"final": "billing@kestrel-freight.example", "status": "5.7.1", "remote": "mx1.kestrel-freight.example",
      "diag": "smtp; 554 5.7.1 Service unavailable; Client host [54.240.8.30] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/54.240.8.30"}),
    ("ses-gmail-dmarc-unauthenticated.eml", "reason:authfailure",
     {"final": "office@plumtree-bakery.example", "status": "5.7.26", "remote": "aspmx.l.google.com",
      "diag": "smtp; 550-5.7.26 Unauthenticated email from ledgerloop.example is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 ledgerloop.example domain if this was a legitimate mail. 550 5.7.26 https://support.google.com/mail/answer/2451690 - gsmtp"}),
    ("ses-unable-to-find-mx.eml", "reason:hostunknown",
     {"final": "accounts@riverbend-suplies.example", "status": "5.1.2", "remote": "",
      "diag": "smtp; 550 5.1.2 Unable to resolve any mail exchanger for the recipient domain riverbend-suplies.example: domain not found (NXDOMAIN)"}),
    ("ses-message-size-fixed-limit.eml", "reason:emailtoolarge",
     {"final": "scans@tidemark-legal.example", "status": "5.3.4", "remote": "mail.tidemark-legal.example",
      "diag": "smtp; 552 5.3.4 Message size exceeds fixed maximum message size (10485760 bytes)"}),
    ("ses-proofpoint-ip-blocked.eml", "reason:blocked",
     {"final": "payables@granite-health.example", "status": "5.7.0", "remote": "mx0a-00123401.pphosted.com",
      "diag": "smtp; 554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=54.240.8.30"}),
    ("ses-gmail-account-disabled.eml", "reason:suspend",
     {"final": "m.kowalczyk@fernhill-studio.example", "status": "5.2.1", "remote": "aspmx.l.google.com",
      "diag": "smtp; 550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1  https://support.google.com/mail/?p=DisabledUser 98e67ed59e1d1-2f0a1b2c3d4sor.112 - gsmtp"}),
    ("ses-content-filter-spam-score.eml", "reason:spamdetected",
     {"final": "info@saltmarsh-yoga.example", "status": "5.7.1", "remote": "mx.saltmarsh-yoga.example",
      "diag": "smtp; 550 5.7.1 Message refused: classified as bulk spam by content scanner (score 11.4, threshold 6.0)"}),
    ("ses-left-organisation-new-address.eml", "reason:hasmoved",
     {"final": "r.ortega@bluefin-logistics.example", "status": "5.1.6", "remote": "smtp.bluefin-logistics.example",
      "diag": "smtp; 551 5.1.6 User has moved; mail for r.ortega is no longer accepted here, please write to r.ortega@pelican-maritime.example"}),
    ("ses-attachment-malware.eml", "reason:virusdetected",
     {"final": "finance@oakridge-clinic.example", "status": "5.7.0", "remote": "mail.oakridge-clinic.example",
      "diag": "smtp; 554 5.7.0 Rejected: infected attachment found (Heur.Doc.Macro.Downloader-9812) in invoice.docm"}),
    ("ses-expired-dns-lookup.eml", "reason:expired",
     {"final": "hello@copperleaf-coffee.example", "status": "4.4.7", "remote": "",
      "diag": "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for copperleaf-coffee.example>"}),
    ("ses-expired-connection-dropped.eml", "reason:expired",
     {"final": "team@lumen-architects.example", "status": "4.4.7", "remote": "",
      "diag": "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection dropped>"}),
    ("ses-yahoo-mailbox-disabled-554-30.eml", "reason:suspend",
     {"final": "gina.holt@yahoo-hosted.example", "status": "5.0.0", "remote": "mta7.am0.yahoodns.net",
      "diag": "smtp; 554 delivery error: dd Sorry your message to gina.holt@yahoo-hosted.example cannot be delivered. This mailbox is disabled (554.30). - mta4312.mail.gq1.yahoo.com"}),
]

for name, reason, r in SES:
    ses_dsn(name, r, reason.split(":")[1])


# ================================================================ Amazon SES notifications through SNS by e-mail

def ses_json(name, kind, recips, btype="", bsub="", delay_type=""):
    ts = "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (10 + nday(name) % 18, 8 + nday(name) % 10, nday(name) % 60,
                                                   nday(name) % 59, nday(name) % 997)
    mail_obj = {"timestamp": ts, "source": "notifications@mail.ledgerloop.example",
                "sourceArn": "arn:aws:ses:us-east-1:111122223333:identity/mail.ledgerloop.example",
                "sendingAccountId": "111122223333",
                "messageId": "0100018c" + qid(name, 8).lower() + "-" + qid(name + "m", 8).lower() + "-000000",
                "destination": [r["final"] for r in recips]}
    if kind == "Bounce":
        br = []
        for r in recips:
            e = {"emailAddress": r["final"]}
            if r.get("status"):
                e["action"] = "failed"
                e["status"] = r["status"]
            if r.get("diag"):
                e["diagnosticCode"] = r["diag"]
            br.append(e)
        b = {"feedbackId": "0100018c" + qid(name + "f", 8).lower() + "-000000", "bounceType": btype,
             "bounceSubType": bsub, "bouncedRecipients": br, "timestamp": ts}
        if recips[0].get("remote"):
            b["remoteMtaIp"] = "203.0.113.%d" % (nday(name) % 200 + 20)
            b["reportingMTA"] = "dns; " + SES_HOSTS[nday(name) % len(SES_HOSTS)]
        return {"notificationType": "Bounce", "bounce": b, "mail": mail_obj}
    dr = [r["final"] for r in recips]
    dd = {"timestamp": ts, "delayType": delay_type, "expirationTime": ts[:8] + "%02d" % (int(ts[8:10]) + 1) + ts[10:],
          "delayedRecipients": [{"emailAddress": r["final"], "status": r["status"], "diagnosticCode": r["diag"]}
                                for r in recips]}
    if recips[0].get("remote"):
        dd["reportingMTA"] = SES_HOSTS[nday(name) % len(SES_HOSTS)]
    del dr
    return {"eventType": "DeliveryDelay", "mail": mail_obj, "deliveryDelay": dd}


def sns_mail(name, obj, envelope=False):
    d = when(name)
    arn = "arn:aws:sns:us-east-1:111122223333:ledgerloop-ses-" + ("events" if "eventType" in obj else "bounces")
    if envelope:
        # keep the escaped Message line under the 998-octet line limit
        obj = json.loads(json.dumps(obj))
        for k in ("sourceArn", "sendingAccountId"):
            obj["mail"].pop(k, None)
    msg = json.dumps(obj, separators=(",", ":"))
    unsub = ("https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=" + arn + ":" +
             hashlib.md5(name.encode()).hexdigest()[:8] + "-4c1e-4a7b-9f0e-" + qid(name, 12).lower() + "&Endpoint=ses-alerts@ledgerloop.example")
    if envelope:
        env = ("{\n  \"Type\" : \"Notification\",\n  \"MessageId\" : \"" + hashlib.md5((name + "n").encode()).hexdigest() +
               "\",\n  \"TopicArn\" : \"" + arn + "\",\n  \"Message\" : " + json.dumps(msg) +
               ",\n  \"Timestamp\" : \"" + obj["mail"]["timestamp"][:17] + "59.500Z\",\n  \"SignatureVersion\" : \"1\",\n" +
               "  \"Signature\" : \"" + hashlib.sha256(name.encode()).hexdigest() + "==\",\n" +
               "  \"SigningCertURL\" : \"https://sns.us-east-1.amazonaws.com/SimpleNotificationService-9c6465fa7f48f5cacd23014631ec1136.pem\",\n" +
               "  \"UnsubscribeURL\" : \"" + unsub.replace("unsubscribe.html?", "?Action=Unsubscribe&") + "\"\n}")
        body = env
    else:
        body = msg + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n" + \
            unsub + "\n\nPlease do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support"
    hops = "Return-Path: <0100018c" + qid(name, 8).lower() + "@email.amazonses.com>\n" + received(
        [("a8-52.smtp-out.amazonses.com", "54.240.8.52", "mx1.ledgerloop.example", "Postfix", qid(name), d)])
    return plain_mail(name, frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="ses-alerts@ledgerloop.example",
                      subject="AWS Notification Message", date=d, host="email.amazonses.com", hops=hops, text=body,
                      charset="UTF-8", cte="7bit", auto=False,
                      extra=[("x-amz-sns-message-id", hashlib.md5((name + "n").encode()).hexdigest()),
                             ("x-amz-sns-topic-arn", arn)])


def sns(name, recips_reasons, btype="", bsub="", delay_type="", envelope=False):
    recips = [r for r, _ in recips_reasons]
    kind = "DeliveryDelay" if delay_type else "Bounce"
    write(OUT, name, sns_mail(name, ses_json(name, kind, recips, btype, bsub, delay_type), envelope))
    for r, reason in recips_reasons:
        if delay_type:
            r = dict(r, action="delayed")
        ex(name, r, reason, "AmazonSES")


sns("sns-permanent-general-mailbox-unavailable.eml",
    [({"final": "owner@sparrow-cycles.example", "status": "5.1.1", "remote": True,
       "diag": "smtp; 550 5.1.1 <owner@sparrow-cycles.example>: Recipient address rejected: undeliverable address: no such mailbox"}, "userunknown")],
    "Permanent", "General")
sns("sns-permanent-noemail-bad-destination.eml",
    [({"final": "sales@vintner-row.example", "status": "5.1.2",
       "diag": "smtp; 550 5.1.2 Bad destination host 'DNS Hard Error looking up vintner-row.example (MX):  NXDomain'"}, "hostunknown")],
    "Permanent", "NoEmail")
sns("sns-permanent-suppressed-global.eml",
    [({"final": "contact@emberline-media.example", "status": "5.1.1",
       "diag": "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: https://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html "}, "suppressed")],
    "Permanent", "Suppressed")
sns("sns-permanent-account-suppression-list.eml",
    [({"final": "lars.nyberg@fjordline-it.example", "status": "5.1.1",
       "diag": "Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html"}, "suppressed")],
    "Permanent", "OnAccountSuppressionList", envelope=True)
sns("sns-transient-mailboxfull-over-quota.eml",
    [({"final": "pat.quinn@meadowgate.example", "status": "5.2.2", "remote": True,
       "diag": "smtp; 552 5.2.2 <pat.quinn@meadowgate.example>: user is over quota, mailbox has 2048 MB of 2048 MB in use"}, "mailboxfull")],
    "Transient", "MailboxFull")
sns("sns-transient-message-too-large.eml",
    [({"final": "records@stonebridge-council.example", "status": "5.3.4", "remote": True,
       "diag": "smtp; 552 5.3.4 Error: message file too big, limit is 15728640 bytes"}, "emailtoolarge")],
    "Transient", "MessageTooLarge", envelope=True)
sns("sns-transient-content-rejected-spam.eml",
    [({"final": "hr@quillfeather-press.example", "status": "5.7.1", "remote": True,
       "diag": "smtp; 550 5.7.1 Message rejected as spam by Content Filtering."}, "spamdetected")],
    "Transient", "ContentRejected")
sns("sns-transient-attachment-rejected.eml",
    [({"final": "ops@marlow-ferries.example", "status": "5.7.0", "remote": True,
       "diag": "smtp; 552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. To review our message content and attachment content 552-5.7.0 guidelines, go to 552 5.7.0  https://support.google.com/mail/?p=BlockedMessage 5b1f17b1804b1-43161a2b3c4si.77 - gsmtp"}, "policyviolation")],
    "Transient", "AttachmentRejected")
sns("sns-permanent-two-recipients-json.eml",
    [({"final": "a.fischer@lindenhof-verlag.example", "status": "5.1.1", "remote": True,
       "diag": "smtp; 550 5.1.1 <a.fischer@lindenhof-verlag.example>: Recipient address rejected: no such user"}, "userunknown"),
     ({"final": "buchhaltung@lindenhof-verlag.example", "status": "5.2.1", "remote": True,
       "diag": "smtp; 550 5.2.1 <buchhaltung@lindenhof-verlag.example>: account suspended"}, "suspend")],
    "Permanent", "General", envelope=True)
sns("sns-delay-mailboxfull.eml",
    [({"final": "jo.adeyemi@brightwater-school.example", "status": "4.2.2", "remote": True,
       "diag": "smtp; 452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp"}, "mailboxfull")],
    delay_type="MailboxFull")
sns("sns-delay-ip-failure.eml",
    [({"final": "purchasing@halcyon-steel.example", "status": "4.7.0", "remote": True,
       "diag": "smtp; 421 4.7.0 Connection refused: sending IP 54.240.8.52 is listed on a local blocklist, try again later"}, "blocked")],
    delay_type="IPFailure", envelope=True)
sns("sns-delay-transient-communication.eml",
    [({"final": "desk@cobalt-weather.example", "status": "4.4.1", "remote": True,
       "diag": "smtp; 421 4.4.1 Connection timed out while talking to mx.cobalt-weather.example"}, "networkerror")],
    delay_type="TransientCommunicationFailure")


# ================================================================ ESP-branded DSNs and notices

ESP = {
    "sendgrid": dict(frm="Mail Delivery System <MAILER-DAEMON@sendgrid.net>", rep="ismtpd0104p1mdw1.sendgrid.net",
                     to="bounces@em4821.ledgerloop.example", vendor="SendGrid",
                     text="This is an automatically generated Delivery Status Notification from SendGrid.\n\n"
                          "Delivery to the following recipient failed permanently:\n\n    {rcpt}\n\n"
                          "Technical details of permanent failure:\n{diag}\n",
                     dtext="This is an automatically generated Delivery Status Notification from SendGrid.\n\n"
                           "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                           "Delivery to the following recipient has been delayed:\n\n    {rcpt}\n\n"
                           "Message will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\n{diag}\n"),
    "mailgun": dict(frm="Mailgun <mailer-daemon@mailgun.net>", rep="so254-39.mailgun.net",
                    to="bounce+7f3a21.c0ffee-{local}=ledgerloop.example@mg.ledgerloop.example", vendor="Mailgun",
                    text="We were unable to deliver your message to {rcpt}.\n\nThe receiving server responded:\n\n  {diag}\n\n"
                         "The address has been added to your domain's bounce list (mg.ledgerloop.example).\n",
                    dtext="Delivery of your message to {rcpt} is delayed.\n\nThe receiving server responded:\n\n  {diag}\n\n"
                          "Mailgun will keep retrying for up to 8 hours.\n"),
    "sparkpost": dict(frm="SparkPost Mail Delivery <MAILER-DAEMON@sparkpostmail.com>", rep="mta254a.sparkpostmail.com",
                      to="msprvs1=18234abcd=bounces-40321@sp.ledgerloop.example", vendor="SparkPost",
                      text="This message was created automatically by the SparkPost mail delivery system.\n\n"
                           "Your message could not be delivered to:\n  {rcpt}\n\nReason:\n  {diag}\n",
                      dtext="This message was created automatically by the SparkPost mail delivery system.\n\n"
                            "Your message has not yet been delivered to:\n  {rcpt}\n\nLast response:\n  {diag}\n\n"
                            "We will continue to retry. No action is required.\n"),
    "mailjet": dict(frm="Mailjet Delivery <mailer-daemon@mailjet.com>", rep="o42.p25.mailjet.com",
                    to="bnc3.a1b2c3d4.ledgerloop@bnc3.mailjet.com", vendor="Mailjet",
                    text="Hello,\n\nWe could not deliver the message below to {rcpt}.\n\n"
                         "Remote server answer:\n{diag}\n\n-- \nMailjet delivery service\n",
                    dtext=""),
    "brevo": dict(frm="Brevo <mailer-daemon@sendinblue.com>", rep="smtp-relay.sendinblue.com",
                  to="bounces-2931887@bounces.sendinblue.com", vendor="Brevo",
                  text="Your message could not be delivered to the following address:\n\n{rcpt}\n\n"
                       "Error returned by the recipient's server:\n{diag}\n\nBrevo (formerly Sendinblue) transactional e-mail\n",
                  dtext=""),
    "mandrill": dict(frm="Mandrill <bounce-md@mandrillapp.com>", rep="mail135-7.atl141.mandrillapp.com",
                     to="bounce-md_30955712.6730d2a1.v1-8e1f@mandrillapp.com", vendor="Mandrill",
                     text="Hard bounce for {rcpt}\n\nThe recipient's mail server rejected the message permanently:\n{diag}\n",
                     dtext=""),
    "elastic": dict(frm="Elastic Email <bounce@elasticemail.com>", rep="mta14.elasticemail.com",
                    to="bounces+9f21a@bounces.elasticemail.com", vendor="ElasticEmail",
                    text="Delivery failure notice\n\nRecipient: {rcpt}\nServer response:\n{diag}\n",
                    dtext=""),
}


def esp_notice(name, esp, r, reason):
    """Mandrill and Elastic Email: a plain notice with the original attached (no delivery-status part)."""
    e = ESP[esp]
    d = when(name)
    text = e["text"].format(rcpt=r["final"], diag=re.sub(r"^smtp; ", "", r["diag"]))
    subj = {"mandrill": f"Hard bounce: {r['final']}", "elastic": "Undeliverable: " + osubj(name)}[esp]
    hops = "Return-Path: <>\n" + received([(e["rep"], "198.2.%d.%d" % (128 + nday(name) % 60, nday(name) % 250 + 3),
                                           "mx1.ledgerloop.example", "Postfix", qid(name), d)])
    body = multipart("mixed", [text_part(text), part("message/rfc822", original(name, r["final"]), cte=None)],
                     boundary(name))
    m = mail([hops, ("Date", d), ("From", e["frm"]), ("To", "notifications@mail.ledgerloop.example"),
              ("Subject", subj), ("Message-ID", mid(name, e["rep"])), ("Auto-Submitted", "auto-generated")], body)
    write(OUT, name, m)
    ex(name, r, reason, e["vendor"])


def esp_dsn(name, esp, r, reason):
    if esp in ("mandrill", "elastic"):
        return esp_notice(name, esp, r, reason)
    e = ESP[esp]
    d = when(name)
    delayed = r.get("action") == "delayed"
    diag_plain = re.sub(r"^smtp; ", "", r["diag"])
    text = (e["dtext"] if delayed else e["text"]).format(rcpt=r["final"], diag=diag_plain)
    subj = "Delivery Status Notification (Delay)" if delayed else "Delivery Status Notification (Failure)"
    to = e["to"].format(local=r["final"].split("@")[0])
    hops = "Return-Path: <>\n" + received([(e["rep"], "198.51.100.%d" % (nday(name) % 200 + 20), "mx1.ledgerloop.example",
                                           "Postfix", qid(name), d)])
    m = dsn_mail(name, frm=e["frm"], to=to, subject=subj, date=d, host=e["rep"], hops=hops, text=text,
                 recips=[r], arrival=odate(name), returned="headers",
                 orig=orig_headers("notifications@mail.ledgerloop.example", r["final"], osubj(name), odate(name),
                                   mid(name + "o", "mail.ledgerloop.example")))
    write(OUT, name, m)
    ex(name, r, reason, e["vendor"])


ESPS = [
    # SendGrid
    ("sendgrid", "sendgrid-outlook-mailbox-unavailable-s2017.eml", "userunknown",
     {"final": "cleo.marsh@hotmail-hosted.example", "status": "5.5.0", "remote": "hotmail-com.olc.protection.outlook.com",
      "diag": "smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5PEPF00014B9A.eurprd02.prod.outlook.com 2026-11-14T07:21:03.118Z 08DE0B1A]"}),
    ("sendgrid", "sendgrid-outlook-block-list-s3150.eml", "blocked",
     {"final": "theo.banks@outlook-hosted.example", "status": "5.7.1", "remote": "outlook-com.olc.protection.outlook.com",
      "diag": "smtp; 550 5.7.1 Unfortunately, messages from [149.72.34.210] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."}),
    ("sendgrid", "sendgrid-gmail-low-domain-reputation.eml", "badreputation",
     {"final": "studio@pinecrest-ceramics.example", "status": "5.7.1", "remote": "aspmx.l.google.com",
      "diag": "smtp; 550-5.7.1 Our system has detected that this message is likely suspicious due to the 550-5.7.1 very low reputation of the sending domain. To best protect our users 550-5.7.1 from spam, the message has been blocked. 550 5.7.1 https://support.google.com/mail/answer/188131 - gsmtp"}),
    ("sendgrid", "sendgrid-delay-gmail-out-of-storage.eml", "mailboxfull",
     {"final": "nadia.rahman@westbrook-realty.example", "status": "4.2.2", "action": "delayed", "remote": "aspmx.l.google.com",
      "diag": "smtp; 452-4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaPerm - gsmtp"}),
    ("sendgrid", "sendgrid-delay-gmail-4.7.28-unusual-rate.eml", "ratelimited",
     {"final": "bookings@seaglass-tours.example", "status": "4.7.28", "action": "delayed", "remote": "aspmx.l.google.com",
      "diag": "smtp; 421-4.7.28 Gmail has detected an unusual rate of mail originating from your 421-4.7.28 SPF domain [em4821.ledgerloop.example]. To protect our users from 421-4.7.28 spam, mail sent from your domain has been temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp"}),
    ("sendgrid", "sendgrid-must-issue-starttls.eml", "failedstarttls",
     {"final": "secure@vault-advisors.example", "status": "5.7.0", "remote": "mx.vault-advisors.example",
      "diag": "smtp; 530 5.7.0 Must issue a STARTTLS command first"}),
    ("sendgrid", "sendgrid-recipient-rejects-sender.eml", "filtered",
     {"final": "noor@sandpiper-events.example", "status": "5.7.1", "remote": "mx.sandpiper-events.example",
      "diag": "smtp; 550 5.7.1 Delivery not authorized: the recipient has chosen not to receive mail from this sender"}),
    # Mailgun
    ("mailgun", "mailgun-virtual-mailbox-user-unknown.eml", "userunknown",
     {"final": "kai@tessellate-labs.example", "status": "5.1.1", "remote": "mail.tessellate-labs.example",
      "diag": "smtp; 550 5.1.1 <kai@tessellate-labs.example>: Recipient address rejected: User unknown in virtual mailbox table"}),
    ("mailgun", "mailgun-null-mx-domain.eml", "notaccept",
     {"final": "noreply-inbox@parked-brand.example", "status": "5.1.10", "remote": "",
      "diag": "smtp; 556 5.1.10 Recipient domain parked-brand.example has a null MX record (RFC 7505) and accepts no mail"}),
    ("mailgun", "mailgun-policy-shortened-links.eml", "policyviolation",
     {"final": "compliance@fairway-bank.example", "status": "5.7.1", "remote": "mx.fairway-bank.example",
      "diag": "smtp; 554 5.7.1 Message rejected by local policy: messages containing URL shortener links are not accepted"}),
    ("mailgun", "mailgun-sender-domain-not-found.eml", "rejected",
     {"final": "dispatch@ironwood-transport.example", "status": "5.1.8", "remote": "mx.ironwood-transport.example",
      "diag": "smtp; 553 5.1.8 <bounce+7f3a21.c0ffee-dispatch=ironwood-transport.example@mg.ledgerloop.example>: Sender address rejected: Domain not found"}),
    ("mailgun", "mailgun-delay-temporary-local-problem.eml", "systemerror",
     {"final": "service@larkspur-hotel.example", "status": "4.3.0", "action": "delayed", "remote": "mx.larkspur-hotel.example",
      "diag": "smtp; 451 4.3.0 Temporary local problem - please try later"}),
    # SparkPost
    ("sparkpost", "sparkpost-comcast-not-our-customer.eml", "userunknown",
     {"final": "dgreene@comcast-hosted.example", "status": "5.1.1", "remote": "mx1a1.comcast.net",
      "diag": "smtp; 550 5.1.1 dgreene@comcast-hosted.example Not our Customer"}),
    ("sparkpost", "sparkpost-mailbox-disabled.eml", "suspend",
     {"final": "alumni@westmere-college.example", "status": "5.2.1", "remote": "mx.westmere-college.example",
      "diag": "smtp; 550 5.2.1 Mailbox disabled, not accepting messages"}),
    ("sparkpost", "sparkpost-unable-to-relay.eml", "norelaying",
     {"final": "events@harborview-club.example", "status": "5.7.1", "remote": "mail.harborview-club.example",
      "diag": "smtp; 550 5.7.1 Unable to relay for events@harborview-club.example"}),
    ("sparkpost", "sparkpost-delay-yahoo-tss04.eml", "ratelimited",
     {"final": "lmoreau@yahoo-hosted.example", "status": "4.7.0", "action": "delayed", "remote": "mta5.am0.yahoodns.net",
      "diag": "smtp; 421 4.7.0 [TSS04] Messages from 192.174.82.14 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"}),
    # Mailjet
    ("mailjet", "mailjet-orange-user-unknown-fr.eml", "userunknown",
     {"final": "sylvie.perrin@orange-hosted.example", "status": "5.1.1", "remote": "smtp-in.orange.fr",
      "diag": "smtp; 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"}),
    ("mailjet", "mailjet-free-fr-over-quota.eml", "mailboxfull",
     {"final": "pierre.lamy@free-hosted.example", "status": "5.2.2", "remote": "mx1.free.fr",
      "diag": "smtp; 552 5.2.2 quota exceeded (mailbox for user is full)"}),
    ("mailjet", "mailjet-spf-fail.eml", "authfailure",
     {"final": "contact@atelier-brun.example", "status": "5.7.23", "remote": "mx.atelier-brun.example",
      "diag": "smtp; 550 5.7.23 SPF validation failed: 87.253.233.12 is not permitted to send for ledgerloop.example"}),
    ("mailjet", "mailjet-too-many-recipients.eml", "ratelimited",
     {"final": "newsroom@gazette-lyon.example", "status": "4.5.3", "remote": "mx.gazette-lyon.example",
      "diag": "smtp; 452 4.5.3 Too many recipients in this session, please reconnect and retry"}),
    # Brevo
    ("brevo", "brevo-web-de-mailbox-not-found.eml", "userunknown",
     {"final": "j.hartmann@webde-hosted.example", "status": "5.0.0", "remote": "mx-ha03.web.de",
      "diag": "smtp; 550 Requested action not taken: mailbox unavailable. Mailbox does not exist."}),
    ("brevo", "brevo-gmx-size-limit.eml", "emailtoolarge",
     {"final": "k.vogel@gmx-hosted.example", "status": "5.3.4", "remote": "mx00.emig.gmx.net",
      "diag": "smtp; 552 5.3.4 Message size limit exceeded for this recipient"}),
    ("brevo", "brevo-no-ptr-for-ip.eml", "requireptr",
     {"final": "kontakt@schreinerei-maier.example", "status": "5.7.25", "remote": "mail.schreinerei-maier.example",
      "diag": "smtp; 550 5.7.25 Client host rejected: cannot find your reverse hostname, [185.41.28.109]"}),
    ("brevo", "brevo-content-phishing-url.eml", "spamdetected",
     {"final": "info@baeckerei-lutz.example", "status": "5.7.1", "remote": "mx.baeckerei-lutz.example",
      "diag": "smtp; 554 5.7.1 Rejected: message looks like spam (phishing URL detected in body)"}),
    # Mandrill
    ("mandrill", "mandrill-rcpt-no-such-user.eml", "userunknown",
     {"final": "front.desk@gullwing-inn.example", "status": "5.1.1", "remote": "mail.gullwing-inn.example",
      "diag": "smtp; 550 5.1.1 <front.desk@gullwing-inn.example>... No such user here"}),
    ("mandrill", "mandrill-duplicate-headers-rfc5322.eml", "notcompliantrfc",
     {"final": "member@ridgeway-club.example", "status": "5.7.1", "remote": "aspmx.l.google.com",
      "diag": "smtp; 550-5.7.1 [198.2.135.7] Our system has detected that this message is not RFC 5322 550-5.7.1 compliant: multiple Subject headers. 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp"}),
    ("mandrill", "mandrill-unrouteable-domain.eml", "hostunknown",
     {"final": "rsvp@glenmore-weddings.example", "status": "5.1.2", "remote": "",
      "diag": "smtp; 550 5.1.2 Host unknown: no A or MX record for glenmore-weddings.example"}),
    # Elastic Email
    ("elastic", "elastic-mimecast-spam-signature.eml", "spamdetected",
     {"final": "it@crownfield-legal.example", "status": "5.7.1", "remote": "eu-smtp-inbound-1.mimecast.com",
      "diag": "smtp; 550 5.7.1 Rejected by Mimecast: message matched a known spam signature. https://community.mimecast.com/docs/DOC-1369#550"}),
    ("elastic", "elastic-mailbox-inactive-account.eml", "suspend",
     {"final": "old.user@riverstone-ngo.example", "status": "5.2.1", "remote": "mx.riverstone-ngo.example",
      "diag": "smtp; 550 5.2.1 This account is inactive and cannot receive mail"}),
    ("elastic", "elastic-dkim-signature-invalid.eml", "authfailure",
     {"final": "board@lakeshore-hoa.example", "status": "5.7.27", "remote": "mx.lakeshore-hoa.example",
      "diag": "smtp; 550 5.7.27 DKIM signature did not verify for d=ledgerloop.example; message rejected by DMARC reject policy"}),
]
for esp, name, reason, r in ESPS:
    esp_dsn(name, esp, r, reason)


# ================================================================ Postmark: bounce mail to the account's notification address

def postmark(name, r, reason, btype, desc):
    d = when(name)
    text = f"""Hi LedgerLoop,

A message sent from your server "LedgerLoop Transactional" bounced.

  Recipient:   {r['final']}
  Bounce type: {btype}
  Description: {desc}
  Subject:     {osubj(name)}
  Sent at:     {odate(name)}

SMTP response from the recipient's server:
  {re.sub(r'^smtp; ', '', r['diag'])}

You can view the full bounce and reactivate the address in your Activity tab:
https://account.postmarkapp.com/servers/8813204/streams/outbound/activity

-- 
The Postmark Team
"""
    hops = "Return-Path: <pm_bounces@pm-bounces.postmarkapp.com>\n" + received(
        [("mta212a-ord.mtasv.net", "104.245.209.212", "mx1.ledgerloop.example", "Postfix", qid(name), d)])
    m = plain_mail(name, frm="Postmark <notifications@postmarkapp.com>", to="deliverability@ledgerloop.example",
                   subject=f"Bounce notification: {btype} for {r['final']}", date=d, host="mtasv.net", hops=hops,
                   text=text, auto=True, extra=[("X-PM-Message-Id", hashlib.md5(name.encode()).hexdigest())])
    write(OUT, name, m)
    ex(name, r, reason, "Postmark")


postmark("postmark-hard-bounce-no-mailbox.eml",
         {"final": "emil.sandberg@tallgrass-ag.example", "status": "5.1.1",
          "diag": "smtp; 550 5.1.1 The email account that you tried to reach does not exist"}, "userunknown",
         "HardBounce", "The server was unable to deliver your message (ex: unknown user, mailbox not found).")
postmark("postmark-soft-bounce-quota.eml",
         {"final": "reception@birchwood-vets.example", "status": "4.2.2",
          "diag": "smtp; 452 4.2.2 Mailbox over quota, try again later"}, "mailboxfull",
         "SoftBounce", "Unable to temporarily deliver this message (ex: mailbox full, server unavailable).")
postmark("postmark-isp-block-blocklisted-ip.eml",
         {"final": "orders@quarrystone-supply.example", "status": "5.7.1",
          "diag": "smtp; 554 5.7.1 Your sending IP 50.31.156.6 is on our block list. Contact postmaster@quarrystone-supply.example"}, "blocked",
         "Blocked", "The ISP or server blocked this message.")
postmark("postmark-dns-error-servfail.eml",
         {"final": "admin@highgate-rowing.example", "status": "4.4.3",
          "diag": "smtp; 451 4.4.3 DNS lookup for highgate-rowing.example returned SERVFAIL"}, "networkerror",
         "DnsError", "A temporary DNS error.")
postmark("postmark-spam-notification-content.eml",
         {"final": "coach@redtail-fitness.example", "status": "5.7.1",
          "diag": "smtp; 550 5.7.1 Message content rejected as spam by SpamAssassin (BAYES_99, URIBL_BLACK)"}, "spamdetected",
         "SpamNotification", "The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.")


# ================================================================ LedgerLoop's own Postfix (direct bounces)

PF_HEAD = """This is the mail system at host mx-out1.ledgerloop.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""
PF_DELAY = """This is the mail system at host mx-out1.ledgerloop.example.

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


def pf(name, recips_reasons, tails, frm="billing@ledgerloop.example"):
    host = "mx-out1.ledgerloop.example"
    d = when(name)
    recips = [r for r, _ in recips_reasons]
    delayed = recips[0].get("action") == "delayed"
    text = (PF_DELAY if delayed else PF_HEAD) + "\n\n".join(tails) + "\n"
    m = dsn_mail(name, frm="MAILER-DAEMON@mx-out1.ledgerloop.example (Mail Delivery System)", to=frm,
                 subject="Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender",
                 date=d, host=host, hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", qid(name), d)]),
                 text=text, recips=[dict(r, diag=r.get("diag", "")) for r in recips],
                 arrival=before(name, 250) if delayed else odate(name),
                 returned="message",
                 orig=original(name, ", ".join(r["final"] for r in recips), frm=frm, host="ledgerloop.example",
                               date=before(name, 250) if delayed else None),
                 extra=[("X-Postfix-Queue-ID", qid(name, 10))])
    write(OUT, name, m)
    for r, reason in recips_reasons:
        ex(name, r, reason, "Postfix")


def pft(rcpt, mx, ip, diag, stage="RCPT TO"):
    return f"<{rcpt}>: host {mx}[{ip}] said: {re.sub(r'^smtp; ', '', diag)} (in reply to {stage} command)"


PFX = [
    ("postfix-direct-unknown-local-part.eml", "userunknown", "mx.granary-foods.example", "192.0.2.41", "RCPT TO",
     {"final": "ceo@granary-foods.example", "status": "5.1.1", "remote": "mx.granary-foods.example",
      "diag": "smtp; 550 5.1.1 <ceo@granary-foods.example>: Recipient address rejected: unknown local part"}),
    ("postfix-direct-queue-lifetime-connect-timeout.eml", "expired", None, None, None,
     {"final": "orders@whitecliff-wines.example", "status": "4.4.1", "remote": "",
      "diag": ""}),
    ("postfix-direct-after-data-spam.eml", "spamdetected", "mx2.alderbank.example", "198.51.100.72", "end of DATA",
     {"final": "treasury@alderbank.example", "status": "5.7.1", "remote": "mx2.alderbank.example",
      "diag": "smtp; 550 5.7.1 High probability of spam - message not accepted"}),
    ("postfix-direct-mx-disk-full.eml", "systemfull", "mail.moorland-trust.example", "203.0.113.58", "MAIL FROM",
     {"final": "grants@moorland-trust.example", "status": "4.3.1", "remote": "mail.moorland-trust.example", "action": "delayed",
      "diag": "smtp; 452 4.3.1 Insufficient system storage"}),
    ("postfix-direct-tls-handshake-failed.eml", "failedstarttls", None, None, None,
     {"final": "legal@wexford-partners.example", "status": "4.7.5", "remote": "", "action": "delayed", "diag": ""}),
    ("postfix-direct-too-many-connections.eml", "ratelimited", "mx.summit-insure.example", "192.0.2.199", "HELO",
     {"final": "claims@summit-insure.example", "status": "4.7.0", "remote": "mx.summit-insure.example", "action": "delayed",
      "diag": "smtp; 421 4.7.0 mx.summit-insure.example Error: too many connections from 203.0.113.10"}),
    ("postfix-direct-forwarding-loop.eml", "networkerror", None, None, None,
     {"final": "support@looping-domain.example", "status": "5.4.6", "remote": "", "diag": ""}),
    ("postfix-direct-auth-required-relay.eml", "securityerror", "smtp.partner-relay.example", "198.51.100.5", "MAIL FROM",
     {"final": "reports@partner-relay.example", "status": "5.7.0", "remote": "smtp.partner-relay.example",
      "diag": "smtp; 530 5.7.0 Authentication required"}),
    ("postfix-direct-bad-header-8bit.eml", "contenterror", "mx.osprey-archive.example", "203.0.113.91", "end of DATA",
     {"final": "intake@osprey-archive.example", "status": "5.6.0", "remote": "mx.osprey-archive.example",
      "diag": "smtp; 554 5.6.0 Message header is malformed: raw 8-bit characters in Subject"}),
]
for name, reason, mx, ip, stage, r in PFX:
    if name == "postfix-direct-queue-lifetime-connect-timeout.eml":
        # a 4.x.x status on a failed action: the queue lifetime ran out and Postfix gave up
        r = dict(r, diag="X-Postfix; connect to mx.whitecliff-wines.example[192.0.2.150]:25: Connection timed out")
        pf(name, [(r, reason)], ["<orders@whitecliff-wines.example>: connect to\n"
                                 "    mx.whitecliff-wines.example[192.0.2.150]:25: Connection timed out"])
        continue
    if name == "postfix-direct-tls-handshake-failed.eml":
        r = dict(r)
        r["diag"] = "X-Postfix; Cannot start TLS: handshake failure with mx.wexford-partners.example[192.0.2.33]:25"
        pf(name, [(r, reason)], ["<legal@wexford-partners.example>: Cannot start TLS: handshake failure with\n"
                                 "    mx.wexford-partners.example[192.0.2.33]:25"])
        continue
    if name == "postfix-direct-forwarding-loop.eml":
        r = dict(r, diag="X-Postfix; mail forwarding loop for support@looping-domain.example")
        pf(name, [(r, reason)], ["<support@looping-domain.example>: mail forwarding loop for\n    support@looping-domain.example"])
        continue
    pf(name, [(r, reason)], [pft(r["final"], mx, ip, r["diag"], stage)])

# two recipients in one Postfix bounce: one unknown, one over quota
r1 = {"final": "sam.ito@kelpforest-research.example", "status": "5.1.1", "remote": "mail.kelpforest-research.example",
      "diag": "smtp; 550 5.1.1 <sam.ito@kelpforest-research.example>: Recipient address rejected: User unknown in local recipient table"}
r2 = {"final": "lab@kelpforest-research.example", "status": "5.2.2", "remote": "mail.kelpforest-research.example",
      "diag": "smtp; 552 5.2.2 <lab@kelpforest-research.example>: Recipient address rejected: Mailbox full"}
pf("postfix-direct-two-recipients-unknown-and-full.eml", [(r1, "userunknown"), (r2, "mailboxfull")],
   [pft(r1["final"], "mail.kelpforest-research.example", "192.0.2.121", r1["diag"]),
    pft(r2["final"], "mail.kelpforest-research.example", "192.0.2.121", r2["diag"])])

r = {"final": "payroll@brambleway.example", "status": "5.1.10", "remote": "",
     "diag": "X-Postfix; Domain brambleway.example does not accept mail (nullMX)"}
pf("postfix-direct-nullmx.eml", [(r, "notaccept")], ["<payroll@brambleway.example>: Domain brambleway.example does not accept mail (nullMX)"])

r = {"final": "hr@cinderpath.example", "status": "5.4.4", "remote": "",
     "diag": "X-Postfix; Host or domain name not found. Name service error for name=cinderpath.example type=MX: Host not found"}
pf("postfix-direct-host-not-found.eml", [(r, "hostunknown")],
   ["<hr@cinderpath.example>: Host or domain name not found. Name service error\n    for name=cinderpath.example type=MX: Host not found"])


r = {"final": "events@tarnside-guild.example", "status": "4.4.3", "remote": "", "action": "delayed",
     "diag": "X-Postfix; Host or domain name not found. Name service error for name=tarnside-guild.example type=MX: Host not found, try again"}
pf("postfix-direct-delay-dns-try-again.eml", [(r, "networkerror")],
   ["<events@tarnside-guild.example>: Host or domain name not found. Name service error\n"
    "    for name=tarnside-guild.example type=MX: Host not found, try again"])


# ================================================================ near-misses: the ESPs' other mail (no record)

def nb(name, frm, to, subject, text, host, auto=False, extra=()):
    d = when(name)
    hops = "Return-Path: <bounce-" + qid(name, 8).lower() + "@" + host + ">\n" + received(
        [("out." + host, "198.51.100.%d" % (nday(name) % 200 + 20), "mx1.ledgerloop.example", "Postfix", qid(name), d)])
    write(NB, name, plain_mail(name, frm=frm, to=to, subject=subject, date=d, host=host, hops=hops, text=text,
                               auto=auto, extra=list(extra)))


nb("nb-ses-account-under-review-bounce-rate.eml", "Amazon Web Services <no-reply-aws@amazon.com>", "aws-root@ledgerloop.example",
   "Amazon SES Account Under Review - bounce rate", """Hello,

We are sending you this message because your Amazon SES account in region US East (N. Virginia)
(account ID 111122223333) has a bounce rate of 6.8%. A bounce rate of 5% or greater can put your
account at risk; at 10% we may pause your ability to send email.

Your account is now under review. During the review period you can continue sending, but we
recommend that you remove invalid addresses from your lists, stop sending to addresses that
hard bounced (for example "550 5.1.1 user unknown" responses), and use the account-level
suppression list.

For more information, see the Amazon SES Developer Guide and the Reputation Dashboard in the console.

Sincerely,
Amazon Web Services
""", "amazon.com")
nb("nb-ses-sending-quota-increased.eml", "Amazon Web Services <no-reply-aws@amazon.com>", "aws-root@ledgerloop.example",
   "Your Amazon SES sending limits have been increased", """Hello,

Thank you for submitting your request to increase your sending limits. Your new sending quota is
200,000 messages per day. Your maximum send rate is now 50 messages per second. We have also moved
your account out of the Amazon SES sandbox.

Note: messages to addresses that bounce or complain still count against your quota, so continue to
monitor bounce and complaint notifications.

Case ID 17302291451
Amazon Web Services
""", "amazon.com")
nb("nb-sendgrid-invoice.eml", "Twilio SendGrid Billing <billing@sendgrid.com>", "accounts@ledgerloop.example",
   "Your SendGrid invoice for November 2026", """Hi LedgerLoop,

Your invoice for the Pro 300K plan is now available.

  Invoice number:   SG-2026-11-0048213
  Amount due:       USD 449.00
  Billing period:   Nov 1 - Nov 30, 2026
  Emails sent:      241,880 (of 300,000)

No action is needed; we will charge the card ending in 4242 on December 5.

Twilio SendGrid
""", "sendgrid.com")
nb("nb-sendgrid-reputation-warning.eml", "SendGrid Compliance <compliance@sendgrid.com>", "ops@ledgerloop.example",
   "Action required: your sender reputation has dropped", """Hello,

Your account's sender reputation dropped to 82% this week. The main drivers were:

  - Bounces: 4.1% of requests (many "550 5.1.1 mailbox does not exist" replies from one list)
  - Spam reports: 0.12%
  - Blocks: 1.9% (mostly Outlook S3150)

Please clean the affected list and review your opt-in process. If the reputation falls below 75%
we may limit sending from your account.

SendGrid Compliance Team
""", "sendgrid.com")
nb("nb-mailgun-weekly-stats.eml", "Mailgun <reports@mailgun.com>", "ops@ledgerloop.example",
   "Your weekly Mailgun report for mg.ledgerloop.example", """Weekly report, Nov 16 - Nov 22, 2026

Domain: mg.ledgerloop.example

  Accepted        88,412
  Delivered       86,977  (98.4%)
  Failed (perm)      903  (1.0%)   top reason: "mailbox does not exist"
  Failed (temp)      532           top reason: "4.2.2 mailbox full"
  Complaints          41
  Unsubscribes       117

See the logs: https://app.mailgun.com/app/sending/domains/mg.ledgerloop.example/logs
""", "mailgun.com")
nb("nb-postmark-suppression-export.eml", "Postmark <support@postmarkapp.com>", "deliverability@ledgerloop.example",
   "Your suppression list export is ready", """Hi,

The export of suppressions for the stream "outbound" of server "LedgerLoop Transactional" is attached
as a link below (valid for 7 days). It contains 1,284 addresses:

  HardBounce          1,019
  SpamComplaint          64
  ManualSuppression     201

Download: https://account.postmarkapp.com/servers/8813204/suppressions/exports/77121.csv

First lines of the file:
  email,reason,created_at
  former.client@closed-shop.example,HardBounce,2026-10-02T11:14:08Z
  angry.reader@homemail-sample.example,SpamComplaint,2026-10-19T08:02:51Z

The Postmark Team
""", "postmarkapp.com")
nb("nb-sparkpost-health-score.eml", "SparkPost <no-reply@sparkpost.com>", "ops@ledgerloop.example",
   "Your SparkPost Health Score fell to 61", """Your Health Score for subaccount "transactional" fell from 88 to 61 yesterday.

Top contributing factors:
  * Hard bounce rate 3.7% (block bounces and undetermined bounces excluded)
  * Spam trap hits: 4
  * Injections to suppressed recipients: 212

Visit Signals Analytics to find the campaign responsible.
https://app.sparkpost.com/signals/health-score

SparkPost
""", "sparkpost.com")
nb("nb-mailjet-account-review.eml", "Mailjet Compliance <compliance@mailjet.com>", "ops@ledgerloop.example",
   "Your Mailjet account is temporarily under review", """Bonjour / Hello,

Your last campaign "Black Friday early access" had a hard bounce rate of 9.4%, so our system
has put your account under review. Sending is paused until our team finishes the check,
usually within 24 hours.

To speed things up, please reply with how the contacts were collected.

Mailjet Compliance Team
""", "mailjet.com")
nb("nb-brevo-daily-limit-reached.eml", "Brevo <contact@brevo.com>", "ops@ledgerloop.example",
   "You have reached your daily sending limit", """Hello LedgerLoop,

You have sent 300 emails today, the daily limit of your Free plan. Emails that could not be
sent today will not be retried automatically. Upgrade to a Starter plan to remove the daily limit.

The Brevo team
""", "brevo.com")
nb("nb-mandrill-reputation-low.eml", "Mandrill <support@mandrill.com>", "ops@ledgerloop.example",
   "Mandrill reputation notice", """Hi there,

Your Mandrill reputation is currently 41 (Poor). Accounts with low reputation have their hourly
sending quota reduced. Recent hard bounces (e.g. "550 5.1.1 user unknown") and rejects from
your account are the main cause.

You can see bounced and rejected messages in Outbound > Activity.

- The Mandrill team
""", "mandrillapp.com")
nb("nb-elastic-email-invoice.eml", "Elastic Email <billing@elasticemail.com>", "accounts@ledgerloop.example",
   "Invoice EE-88213 paid", """Thank you for your payment.

Invoice EE-88213   Email API Pro   USD 59.00   paid on Nov 27, 2026 by card ending 4242.

Elastic Email
""", "elasticemail.com")
nb("nb-ses-sns-subscription-confirmation.eml", "AWS Notifications <no-reply@sns.amazonaws.com>", "ses-alerts@ledgerloop.example",
   "AWS Notification - Subscription Confirmation", """You have chosen to subscribe to the topic:
arn:aws:sns:us-east-1:111122223333:ledgerloop-ses-bounces

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
https://sns.us-east-1.amazonaws.com/confirmation.html?TopicArn=arn:aws:sns:us-east-1:111122223333:ledgerloop-ses-bounces&Token=2336412f37fb687f5d51e6e2425c464de12884c8

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
""", "sns.amazonaws.com")
nb("nb-ses-sns-delivery-success.eml", "AWS Notifications <no-reply@sns.amazonaws.com>", "ses-alerts@ledgerloop.example",
   "AWS Notification Message", '{"notificationType":"Received","receipt":{"timestamp":"2026-11-20T10:11:12.000Z","action":{"type":"SNS","topicArn":"arn:aws:sns:us-east-1:111122223333:ledgerloop-inbound"},"recipients":["support@ledgerloop.example"],"spamVerdict":{"status":"PASS"},"virusVerdict":{"status":"PASS"}},"mail":{"source":"customer@harbor-finance.example","destination":["support@ledgerloop.example"],"commonHeaders":{"subject":"Question about my invoice"}}}\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\nhttps://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:111122223333:ledgerloop-inbound:0aa1\n', "sns.amazonaws.com")
nb("nb-support-reply-sendgrid-ticket.eml", "Priya at Twilio SendGrid <support@sendgrid.com>", "ops@ledgerloop.example",
   "Re: [SendGrid #4471902] Emails to one customer domain bouncing", """Hi Marco,

Thanks for your patience. I looked at the events for halcyon-steel.example. The receiving server
answered "550 5.7.1 Unable to relay" for a few hours on Tuesday, which points to a misconfiguration
on their side; since Wednesday messages are delivered again. The 37 addresses were added to your
bounce suppression list automatically; you can remove them under Suppressions > Bounces if you
want to resend.

Let me know if there is anything else I can help with.

Best,
Priya
Twilio SendGrid Support

> On Nov 24, 2026, Marco Ruiz <ops@ledgerloop.example> wrote:
> All our mail to halcyon-steel.example bounced yesterday. Can you check?
""", "sendgrid.com")
nb("nb-support-reply-postmark-inactive.eml", "Jake at Postmark <support@postmarkapp.com>", "deliverability@ledgerloop.example",
   "Re: Why was this recipient marked inactive?", """Hi there,

That recipient was deactivated after a hard bounce on Nov 18 ("mailbox not found"). If the customer
tells you the address works again, you can reactivate it in the Activity tab and resend.

Cheers,
Jake
Postmark Support
""", "postmarkapp.com")
nb("nb-customer-webhook-failure-alert.eml", "Harbor Finance Alerts <alerts@harbor-finance.example>", "integrations@ledgerloop.example",
   "[ALERT] Webhook delivery failing: ledgerloop-invoice-events", """Alert: webhook endpoint failing

Endpoint:   https://hooks.harbor-finance.example/ledgerloop/invoices
Failures:   48 consecutive (HTTP 503 Service Unavailable)
Since:      2026-11-22 04:10 UTC
Last error: upstream connect error or disconnect/reset before headers. reset reason: connection timeout

Events will be retried for 72 hours, after which they will be dropped.
Please check your endpoint or contact the Harbor Finance integrations team.
""", "harbor-finance.example", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-mailgun-webhook-disabled.eml", "Mailgun <no-reply@mailgun.com>", "ops@ledgerloop.example",
   "Webhook disabled for mg.ledgerloop.example", """Hello,

We have disabled the "permanent_fail" webhook for mg.ledgerloop.example because your endpoint
https://api.ledgerloop.example/hooks/mailgun returned errors (HTTP 500) for 8 hours.

Events are still stored in your logs for 5 days. Re-enable the webhook in the control panel after
fixing the endpoint.

Mailgun
""", "mailgun.com")
nb("nb-brevo-blocklisted-contacts-export.eml", "Brevo <contact@brevo.com>", "ops@ledgerloop.example",
   "Your export of blocklisted contacts is ready", """Hello,

The export you requested is ready: blocklisted contacts (hard bounces, unsubscribed, complaints),
2,117 rows, CSV format.

Download it here within 48 hours:
https://app.brevo.com/contact/export/download/88120a

The Brevo team
""", "brevo.com")
nb("nb-ses-dedicated-ip-warmup.eml", "Amazon Web Services <no-reply-aws@amazon.com>", "aws-root@ledgerloop.example",
   "Amazon SES dedicated IP warm-up complete", """Hello,

The automatic warm-up of dedicated IP address 54.240.8.52 in pool "transactional" is complete.
The IP now carries its full share of your sending volume.

Amazon Web Services
""", "amazon.com")
nb("nb-colleague-forward-question.eml", "Marco Ruiz <marco.ruiz@ledgerloop.example>", "deliverability@ledgerloop.example",
   "Fwd: mailbox full again?", """Hey team,

Customer Birchwood Vets says they never got the invoice. Postmark shows a soft bounce
(mailbox over quota) from Tuesday. Should we resend today or wait for them to clean up?

Marco
""", "ledgerloop.example")

write_expected(os.path.join(OUT, "expected.jsonl"))
