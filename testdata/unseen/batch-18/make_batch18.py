#!/usr/bin/env python3
"""Writes testdata/unseen/batch-18: one night of bounces for a sender whose
subscribers are in India, South-East Asia and the Middle East (Gmail and
Outlook users there, Rediffmail, Yahoo India, Zoho, Sify, BSNL/MTNL,
Singtel/StarHub, Telkom/Biznet, VNPT/Viettel/FPT, TOT/True, PLDT,
Etisalat/du/STC/Omantel, corporate Exchange/Postfix/Zimbra), at everyday
frequencies, some notices in Hindi, Indonesian, Vietnamese, Thai
(windows-874) and Arabic (windows-1256); ordinary near-miss mail in
not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch18.py [DIR]"""
import codecs
import hashlib
import os
import sys

# Python knows windows-874 as cp874; mail labels it windows-874.
codecs.register(lambda n: codecs.lookup("cp874") if n in ("windows_874", "windows-874") else None)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "news@bazaar-deals.example"
OUR = "mta2.bazaar-deals.example"
SUBJ = "Diwali week: offers end tonight"
ODATE = dt(2026, 12, 2, 19, 30, 5, "+0530")
ARRIVAL = dt(2026, 12, 2, 14, 0, 5)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hops(name, host, sw, date, frm="app1.bazaar-deals.example", ip="192.0.2.10"):
    return "Return-Path: <>\n" + received([(frm, ip, host, sw, qid(name), date)])


def origmsg(name, rcpt, subject=SUBJ):
    return orig_headers(SENDER, rcpt, subject, ODATE, mid(name + "o", "bazaar-deals.example"),
                        "List-Unsubscribe: <mailto:unsub-" + qid(name, 8).lower() + "@bazaar-deals.example>")


PF_FAIL = """This is the mail system at host {host}.

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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, rows, date, delay=False, host=OUR):
    """rows: (rcpt, status, remote, diag, reason, hard, reply, vendor). Our own Postfix reports."""
    text = (PF_DELAY if delay else PF_FAIL).format(host=host)
    recips = []
    for r in rows:
        rcpt, status, remote, diag = r[:4]
        if diag.startswith("X-Postfix; "):
            text += f"<{rcpt}>: {diag[11:]}\n\n"
        else:
            text += f"<{rcpt}>: host {remote}[203.0.113.25] said: {diag.split('; ', 1)[-1]}\n\n"
        recips.append({"final": rcpt, "original": rcpt, "status": status, "remote": remote, "diag": diag,
                       "action": "delayed" if delay else "failed"})
        expect(name, rcpt, r[4], hard=r[5], status=status, reply=r[6], action="delayed" if delay else "failed",
               vendor=r[7])
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    write(OUT, name, dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER, subject=subj,
                              date=date, host=host, hops=hops(name, host, "Postfix", date), text=text,
                              recips=recips, arrival=ARRIVAL,
                              orig=origmsg(name, ", ".join(r[0] for r in rows))))


def one(name, rcpt, status, remote, diag, reason, hard=False, reply="", vendor="", delay=False, h=1):
    pf(name, [(rcpt, status, remote, diag, reason, hard, reply, vendor)], dt(2026, 12, 2, 14 + h // 6, (h * 7) % 60, h % 60),
       delay=delay)


# ============================================================ our Postfix, one recipient: the common night
one("gmail-nosuchuser-5.1.1.eml", "ankit.verma1994@gmail.com", "5.1.1", "gmail-smtp-in.l.google.com",
    "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a1f0c3b9e1si4471925ad.118 - gsmtp",
    "userunknown", True, "550", "google", h=1)
one("gmail-overquota-inactive-5.2.2.eml", "meenakshi.iyer.chennai@gmail.com", "5.2.2", "gmail-smtp-in.l.google.com",
    "smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive. Please\n 552-5.2.2 direct the recipient to\n 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 41be03b00d2f7-b9d3f1a2c8esi9912301a12.440 - gsmtp",
    "mailboxfull", False, "552", "google", h=2)
one("gmail-account-disabled-5.2.1.eml", "rahulsharma.ggn@gmail.com", "5.2.1", "gmail-smtp-in.l.google.com",
    "smtp; 550-5.2.1 The email account that you tried to reach is disabled. For more\n 550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-43a0e2f1c11si22019845e9.31 - gsmtp",
    "suspend", False, "550", "google", h=3)
one("gmail-rate-unsolicited-4.7.28-delay.eml", "siti.nurhaliza88@gmail.com", "4.7.28", "gmail-smtp-in.l.google.com",
    "smtp; 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating\n 421-4.7.28 from your IP address [198.51.100.23]. To protect our users from spam, mail\n 421-4.7.28 sent from your IP address has been temporarily rate limited. For more\n 421 4.7.28 information, go to https://support.google.com/mail/?p=UnsolicitedRateLimitError 98e67ed59e1d1-2f13c0a9d1bsi1102845a91.77 - gsmtp",
    "ratelimited", False, "421", "google", delay=True, h=4)
one("gmail-dmarc-unauthenticated-5.7.26.eml", "faisal.alharbi.ruh@gmail.com", "5.7.26", "gmail-smtp-in.l.google.com",
    "smtp; 550-5.7.26 Unauthenticated email from bazaar-deals.example is not accepted due to\n 550-5.7.26 domain's DMARC policy. Please contact the administrator of\n 550-5.7.26 bazaar-deals.example domain if this was a legitimate mail. To learn about\n 550 5.7.26 the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 3f1490d57ef6-e5b1c9a0d31si771204276.12 - gsmtp",
    "authfailure", False, "550", "google", h=5)
one("gmail-low-reputation-5.7.1.eml", "nguyenthuhang.hn@gmail.com", "5.7.1", "gmail-smtp-in.l.google.com",
    "smtp; 550-5.7.1 Our system has detected that this message is likely suspicious due to\n 550-5.7.1 the very low reputation of the sending IP address. To best protect our\n 550-5.7.1 users from spam, the message has been blocked. For more information, go\n 550 5.7.1 to https://support.google.com/mail/answer/188131 a640c23a62f3a-ab7c1e0f2d1si11802266b.301 - gsmtp",
    "badreputation", False, "550", "google", h=6)
one("outlook-s3150-blocklist.eml", "pooja_k_mehta@outlook.com", "5.7.1", "outlook-com.olc.protection.outlook.com",
    "smtp; 550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [SG2PEPF000B66CA.apcprd03.prod.outlook.com 2026-12-02T14:12:08.117Z 08DD1E0A9C4F2B71]",
    "blocked", False, "550", "microsoft", h=7)
one("o365-india-quota-shutoff.eml", "accounts@sharma-textiles.example", "5.2.2",
    "sharmatextiles-example.mail.protection.outlook.com",
    "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox. 0.35250:0A000000 [Hostname=PN3PR01MB9012.INDPRD01.PROD.OUTLOOK.COM]",
    "mailboxfull", False, "554", "microsoft", h=8)
one("o365-dbeb-access-denied-5.4.1.eml", "hr.ops@kaveri-logistics.example", "5.4.1",
    "kaverilogistics-example.mail.protection.outlook.com",
    "smtp; 550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [MA1PEPF0000AB12.INDPRD01.PROD.OUTLOOK.COM 2026-12-02T14:15:41.002Z 08DD1E0B1A7E93C2]",
    "userunknown", True, "550", "microsoft", h=9)
one("rediff-no-mailbox-by-name.eml", "sunil_patil77@rediffmail.com", "5.1.1", "mx.rediffmail.rediff.akadns.net",
    "smtp; 550 5.1.1 <sunil_patil77@rediffmail.com>: Sorry, no mailbox here by that name",
    "userunknown", True, "550", "rediff", h=10)
one("rediff-mailbox-size-exceeded.eml", "lakshmi.narayan@rediffmail.com", "5.2.2", "mx.rediffmail.rediff.akadns.net",
    "smtp; 552 5.2.2 <lakshmi.narayan@rediffmail.com>: mailbox size limit exceeded, recipient cannot receive new mail",
    "mailboxfull", False, "552", "rediff", h=11)
one("rediff-deactivated-inactivity.eml", "deepak.rawat1980@rediffmail.com", "5.2.1", "mx.rediffmail.rediff.akadns.net",
    "smtp; 550 5.2.1 <deepak.rawat1980@rediffmail.com>: this account has been deactivated due to prolonged inactivity",
    "suspend", False, "550", "rediff", h=12)
one("yahoo-in-dd-no-account.eml", "priya_menon_kochi@yahoo.co.in", "5.0.0", "mta7.am0.yahoodns.net",
    "smtp; 554 delivery error: dd This user doesn't have a yahoo.co.in account (priya_menon_kochi@yahoo.co.in) [0] - mta4213.mail.sg3.yahoo.com",
    "userunknown", True, "554", "yahoo", h=13)
one("yahoo-tss04-volume-delay.eml", "arjun.nair_tvm@yahoo.in", "4.7.0", "mta5.am0.yahoodns.net",
    "smtp; 421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    "ratelimited", False, "421", "yahoo", delay=True, h=14)
one("zoho-in-user-does-not-exist.eml", "kiran.desai@zohomail.in", "5.1.1", "mx.zoho.in",
    "smtp; 550 5.1.1 User does not exist - <kiran.desai@zohomail.in>",
    "userunknown", True, "550", "zoho", h=15)
one("zoho-in-dmarc-rejected.eml", "purchase@anand-agro.example", "5.7.1", "mx2.zoho.in",
    "smtp; 550 5.7.1 Email rejected per DMARC policy for bazaar-deals.example",
    "authfailure", False, "550", "zoho", h=16)
one("sify-domain-not-found.eml", "info@raghav-exports.example", "5.4.4", "raghav-exports.example",
    "X-Postfix; Host or domain name not found. Name service error for name=raghav-exports.example type=MX: Host not found, try again later",
    "hostunknown", True, "", "", h=17)
one("bsnl-user-unknown-sendmail.eml", "gopal.krishnan@bsnl.in", "5.1.1", "mail.bsnl.in",
    "smtp; 550 5.1.1 <gopal.krishnan@bsnl.in>... User unknown",
    "userunknown", True, "550", "bsnl", h=18)
one("mtnl-over-quota.eml", "sk.malhotra@mtnl.net.in", "5.2.2", "mx.mtnl.net.in",
    "smtp; 552 5.2.2 <sk.malhotra@mtnl.net.in>: user is over quota, mailbox has no space left",
    "mailboxfull", False, "552", "mtnl", h=19)
one("singnet-spamhaus-zen.eml", "tan.weiming@singnet.com.sg", "5.7.1", "mx-in.singnet.com.sg",
    "smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.23",
    "blocked", False, "554", "singtel", h=20)
one("starhub-too-many-connections-delay.eml", "jlim88@starhub.net.sg", "4.7.0", "mx.starhub.net.sg",
    "smtp; 421 4.7.0 mx.starhub.net.sg Error: too many connections from 198.51.100.23, try again later",
    "ratelimited", False, "421", "starhub", delay=True, h=21)
one("starhub-mailbox-disabled.eml", "chua.family@starhub.net.sg", "5.2.1", "mx.starhub.net.sg",
    "smtp; 550 5.2.1 <chua.family@starhub.net.sg>: Mailbox disabled for this recipient",
    "suspend", False, "550", "starhub", h=22)
one("biznet-pesan-spam.eml", "marketing@toko-cahaya.example", "5.7.1", "mx1.biznetvps.example",
    "smtp; 550 5.7.1 Pesan ditolak: terdeteksi sebagai spam oleh filter konten (skor 14.2 > 8.0)",
    "spamdetected", False, "550", "", h=23)
one("fpt-attachment-not-allowed.eml", "ketoan@dong-a-steel.example", "5.7.1", "mx01.fpt.vn",
    "smtp; 554 5.7.1 Message rejected: attachment type .scr is not allowed by domain policy",
    "policyviolation", False, "554", "fpt", h=24)
one("fpt-sending-rate-delay.eml", "hoang.minhtuan@fpt.vn", "4.7.1", "mx01.fpt.vn",
    "smtp; 450 4.7.1 Too many messages from 198.51.100.23 in the last hour, please slow down",
    "ratelimited", False, "450", "fpt", delay=True, h=25)
one("true-mailbox-full-delay.eml", "somchai.k@truemail.co.th", "4.2.2", "mx.truemail.co.th",
    "smtp; 452 4.2.2 <somchai.k@truemail.co.th>: Mailbox full",
    "mailboxfull", False, "452", "true", delay=True, h=26)
one("pldt-mx-nonexistent-hosts.eml", "sales@pldtdsl-client.example", "5.1.2", "pldtdsl-client.example",
    "X-Postfix; Host or domain name not found. Name service error for name=mail.pldtdsl-client.example type=A: Host not found",
    "hostunknown", True, "", "", h=27)
one("etisalat-no-ptr.eml", "m.qasim@eim.ae", "5.7.1", "mx.eim.ae",
    "smtp; 550 5.7.1 Rejected: IP 198.51.100.23 has no PTR record, reverse DNS lookup failed",
    "requireptr", False, "550", "etisalat", h=28)
one("omantel-insufficient-storage-delay.eml", "khalid.busaidi@omantel.net.om", "4.3.1", "mail.omantel.net.om",
    "smtp; 452 4.3.1 Insufficient system storage",
    "systemfull", False, "452", "omantel", delay=True, h=29)
one("omantel-relay-denied.eml", "info@muscat-trading.example", "5.7.1", "mail.omantel.net.om",
    "smtp; 550 5.7.1 <info@muscat-trading.example>: Relay access denied",
    "norelaying", False, "550", "omantel", h=30)
one("stc-malformed-mime.eml", "procurement@najd-contracting.example", "5.6.0", "mx.najd-contracting.example",
    "smtp; 554 5.6.0 Message rejected: malformed MIME structure (boundary not terminated)",
    "contenterror", False, "554", "", h=31)
one("postfix-virtual-alias-unknown.eml", "newsletter-desk@chennai-silks.example", "5.1.1", "mail.chennai-silks.example",
    "smtp; 550 5.1.1 <newsletter-desk@chennai-silks.example>: Recipient address rejected: User unknown in virtual alias table",
    "userunknown", True, "550", "", h=32)
one("postfix-size-fixed-limit.eml", "design@pixelworks-bangalore.example", "5.3.4", "mx.pixelworks-bangalore.example",
    "smtp; 552 5.3.4 Message size exceeds fixed limit",
    "emailtoolarge", False, "552", "", h=33)
one("zimbra-mailbox-disabled.eml", "registrar@vidya-college.example", "5.2.1", "zimbra.vidya-college.example",
    "smtp; 550 5.2.1 <registrar@vidya-college.example>: account is locked, mailbox disabled, not accepting messages",
    "suspend", False, "550", "zimbra", h=34)
one("null-mx-does-not-accept.eml", "contact@closed-shop-jakarta.example", "5.1.10", "closed-shop-jakarta.example",
    "X-Postfix; Domain closed-shop-jakarta.example does not accept mail (nullMX)",
    "notaccept", True, "", "", h=35)
one("spf-fail-5.7.23.eml", "admin@lotus-pharma.example", "5.7.23", "mx.lotus-pharma.example",
    "smtp; 550 5.7.23 Message rejected due to SPF fail: 198.51.100.23 is not permitted to send for bazaar-deals.example",
    "authfailure", False, "550", "", h=36)
one("virus-clamav-found.eml", "it@gulf-marine.example", "5.7.0", "mx.gulf-marine.example",
    "smtp; 554 5.7.0 Rejected: message contains virus (Win.Trojan.Agent-1234567)",
    "virusdetected", False, "554", "", h=37)
one("sender-domain-not-found-5.1.8.eml", "orders@saigon-coffee.example", "5.1.8", "mx.saigon-coffee.example",
    "smtp; 553 5.1.8 <news@bazaar-deals.example>: Sender address rejected: Domain not found",
    "rejected", False, "553", "", h=38)
one("hasmoved-please-try.eml", "ravi.shankar@old-infotech.example", "5.1.6", "mail.old-infotech.example",
    "smtp; 551 5.1.6 User has moved; please try <ravi.shankar@new-infotech.example>",
    "hasmoved", True, "551", "", h=39)
one("zoho-recipient-blocked-sender.eml", "ceo@dhanlaxmi-finance.example", "5.7.1", "mx.zoho.in",
    "smtp; 550 5.7.1 Mail rejected: the recipient has blocked mail from this sender address",
    "filtered", False, "550", "zoho", h=40)
one("systemerror-config-delay.eml", "helpdesk@klang-valley-it.example", "4.3.5", "mail.klang-valley-it.example",
    "smtp; 451 4.3.5 Server configuration problem, please try again later",
    "systemerror", False, "451", "", delay=True, h=41)
one("sify-connection-timed-out-delay.eml", "office@pune-auto-parts.example", "4.4.1", "mail.pune-auto-parts.example",
    "X-Postfix; connect to mail.pune-auto-parts.example[203.0.113.80]:25: Connection timed out",
    "networkerror", False, "", "", delay=True, h=42)

# ============================================================ multi-recipient
pf("postfix-three-india-recipients.eml", [
    ("vikas.gupta@sify.com", "5.1.1", "mx.sify.com", "smtp; 550 5.1.1 <vikas.gupta@sify.com>: Recipient address rejected: User unknown", "userunknown", True, "550", "sify"),
    ("neha.joshi@sify.com", "5.2.2", "mx.sify.com", "smtp; 552 5.2.2 <neha.joshi@sify.com>: Mailbox full", "mailboxfull", False, "552", "sify"),
    ("amit.s@sify.com", "5.2.1", "mx.sify.com", "smtp; 550 5.2.1 <amit.s@sify.com>: account disabled", "suspend", False, "550", "sify"),
], dt(2026, 12, 2, 14, 31, 2))
pf("postfix-two-singtel-corporate.eml", [
    ("ops@lion-city-freight.example", "5.1.1", "mx.lion-city-freight.example", "smtp; 550 5.1.1 <ops@lion-city-freight.example>: Recipient address rejected: User unknown in local recipient table", "userunknown", True, "550", ""),
    ("billing@lion-city-freight.example", "5.1.1", "mx.lion-city-freight.example", "smtp; 550 5.1.1 <billing@lion-city-freight.example>: Recipient address rejected: User unknown in local recipient table", "userunknown", True, "550", ""),
], dt(2026, 12, 2, 14, 33, 40))


# ============================================================ Exchange NDRs (corporate, India / Gulf)
def exchange(name, rows, date, host, intro_lang=None, charset="utf-8"):
    """rows: (rcpt, status, diag, reason, hard, reply). Exchange 2016/2019 NDR with a DSN part."""
    lines = []
    for r in rows:
        lines.append(f"{r[0]}\nRemote Server returned '{r[2]}'\n")
        expect(name, r[0], r[3], hard=r[4], status=r[1], reply=r[5], vendor="exchange")
    text = (intro_lang or "Delivery has failed to these recipients or groups:\n\n") + "\n".join(lines) + \
        f"\n\nDiagnostic information for administrators:\n\nGenerating server: {host}\n"
    recips = [{"final": r[0], "status": r[1], "diag": r[2], "remote": host} for r in rows]
    write(OUT, name, dsn_mail(name, frm=f"postmaster@{host.split('.', 1)[1]}", to=SENDER,
                              subject="Undeliverable: " + SUBJ, date=date, host=host,
                              hops=hops(name, host, "Microsoft SMTP Server (version=TLS1_2)", date),
                              text=text, recips=recips, orig=origmsg(name, ", ".join(r[0] for r in rows)),
                              charset=charset, cte="base64" if charset != "us-ascii" else None,
                              extra=[("X-MS-Exchange-Message-Is-Ndr", "")]))


exchange("exchange-resolver-not-found.eml", [
    ("a.kulkarni@tata-motorsparts.example", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", True, "550")],
    dt(2026, 12, 2, 20, 4, 11, "+0530"), "EXCH01.tata-motorsparts.example", charset="us-ascii")
exchange("exchange-hop-count-loop.eml", [
    ("support@deira-electronics.example", "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "networkerror", False, "554")],
    dt(2026, 12, 2, 18, 9, 40, "+0400"), "MBX02.deira-electronics.example", charset="us-ascii")
exchange("exchange-expired-queue.eml", [
    ("ir@karachi-cement.example", "4.4.7", "550 4.4.7 QUEUE.Expired; message expired", "expired", False, "550")],
    dt(2026, 12, 2, 20, 0, 0, "+0500"), "HUB01.karachi-cement.example", charset="us-ascii")
exchange("exchange-hindi-mailbox-full.eml", [
    ("priyanka.s@ganga-bank.example", "5.2.2", "552 5.2.2 STOREDRV.Deliver; recipient mailbox is full", "mailboxfull", False, "552")],
    dt(2026, 12, 2, 20, 12, 3, "+0530"), "EXCH02.ganga-bank.example",
    intro_lang="आपका संदेश इन प्राप्तकर्ताओं या समूहों तक नहीं पहुंच सका:\n\nप्राप्तकर्ता का मेलबॉक्स भरा हुआ है और वह अभी कोई नया संदेश स्वीकार नहीं कर सकता। बाद में फिर से भेजने का प्रयास करें, या प्राप्तकर्ता से किसी अन्य तरीके से संपर्क करें।\n\n")
exchange("exchange-du-mixed-three.eml", [
    ("fatima.r@jebel-ali-shipping.example", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", True, "550"),
    ("y.mansoori@jebel-ali-shipping.example", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "userunknown", True, "550"),
    ("chartering@jebel-ali-shipping.example", "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "mailboxfull", False, "554")],
    dt(2026, 12, 2, 18, 20, 55, "+0400"), "DXBEX01.jebel-ali-shipping.example", charset="us-ascii")


# ============================================================ plain-text notices, recipient in the text only
def notice(name, *, host, frm, subject, text, date, charset="us-ascii", cte=None, sw="qmail", returned=True, rcpt=""):
    if returned:
        body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", origmsg(name, rcpt) + "\nHello,\n\nOffers end tonight.\n", cte=None)], boundary(name))
        heads = [hops(name, host, sw, date), ("Date", date), ("From", frm), ("To", SENDER), ("Subject", subject),
                 ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")]
        write(OUT, name, mail(heads, body))
    else:
        write(OUT, name, plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                                    hops=hops(name, host, sw, date), text=text, charset=charset, cte=cte))


n = "telkom-qmail-no-mailbox.eml"
notice(n, host="mx.telkom.net.id", frm="MAILER-DAEMON@mx.telkom.net.id", subject="failure notice",
       date=dt(2026, 12, 2, 21, 40, 12, "+0700"), returned=False, text="""Hi. This is the qmail-send program at mx.telkom.net.id.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<budi.santoso71@telkom.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <news@bazaar-deals.example>
From: news@bazaar-deals.example
To: budi.santoso71@telkom.net
Subject: Diwali week: offers end tonight
""")
expect(n, "budi.santoso71@telkom.net", "userunknown", hard=True, status="5.1.1", vendor="qmail")

n = "telkom-id-kotak-surat-penuh.eml"
notice(n, host="mail.telkom.co.id", frm="Sistem Surat <postmaster@telkom.co.id>", sw="Postfix",
       subject="Pemberitahuan: pesan tidak terkirim", date=dt(2026, 12, 2, 21, 44, 0, "+0700"), charset="utf-8",
       cte="quoted-printable", rcpt="dewi.lestari@telkom.co.id", text="""Yth. pengirim,

Pesan Anda dengan subjek "Diwali week: offers end tonight" tidak dapat
dikirimkan ke penerima berikut:

    dewi.lestari@telkom.co.id

Alasan: kotak surat penerima sudah penuh (kuota penyimpanan terlampaui).
Penerima tidak dapat menerima pesan baru sampai ruang penyimpanan
dikosongkan. Silakan coba lagi nanti.

Kode: 552 5.2.2

-- 
Layanan Email Telkom Indonesia
""")
expect(n, "dewi.lestari@telkom.co.id", "mailboxfull", status="5.2.2", reply="552", vendor="telkom")

n = "vnpt-hop-thu-day.eml"
notice(n, host="mx.vnpt.vn", frm=enc_header("Hệ thống thư VNPT", "utf-8") + " <postmaster@vnpt.vn>",
       subject=enc_header("Thư không gửi được", "utf-8"), sw="Postfix", date=dt(2026, 12, 2, 21, 50, 9, "+0700"),
       charset="utf-8", cte="base64", rcpt="tranvanbinh@vnpt.vn", text="""Kính gửi quý khách,

Thư của quý khách gửi tới địa chỉ sau không thể chuyển được:

    tranvanbinh@vnpt.vn

Lý do: Hộp thư của người nhận đã đầy, vượt quá dung lượng cho phép.
Máy chủ trả lời: 552 5.2.2 Mailbox quota exceeded

Hệ thống thư điện tử VNPT
""")
expect(n, "tranvanbinh@vnpt.vn", "mailboxfull", status="5.2.2", reply="552", vendor="vnpt")

n = "viettel-tai-khoan-bi-khoa.eml"
notice(n, host="mail.viettel.com.vn", frm="postmaster@viettel.com.vn", subject=enc_header("Thông báo lỗi gửi thư", "utf-8"),
       sw="Zimbra", date=dt(2026, 12, 2, 21, 52, 30, "+0700"), charset="utf-8", cte="quoted-printable",
       rcpt="lethithu@viettel.com.vn", text="""Thư của bạn không được gửi tới người nhận:

  lethithu@viettel.com.vn

Nguyên nhân: Tài khoản người nhận đã bị khóa (tạm ngưng hoạt động) bởi quản trị viên.
550 5.2.1 Account locked

Viettel Mail
""")
expect(n, "lethithu@viettel.com.vn", "suspend", status="5.2.1", reply="550", vendor="viettel")

n = "tot-thai-user-not-found-tis620.eml"
notice(n, host="mail.tot.co.th", frm="postmaster@tot.co.th", subject=enc_header("ส่งจดหมายไม่สำเร็จ", "windows-874"),
       sw="Sendmail", date=dt(2026, 12, 2, 21, 58, 1, "+0700"), charset="windows-874", cte="base64",
       rcpt="wanida.s@tot.co.th", text="""เรียนผู้ส่ง

ระบบไม่สามารถส่งจดหมายของท่านถึงผู้รับต่อไปนี้ได้:

    wanida.s@tot.co.th

สาเหตุ: ไม่พบชื่อผู้ใช้นี้ในระบบ (550 5.1.1 User unknown)

ระบบจดหมายอิเล็กทรอนิกส์ ทีโอที
""")
expect(n, "wanida.s@tot.co.th", "userunknown", hard=True, status="5.1.1", reply="550", vendor="tot")

n = "etisalat-arabic-mailbox-full-1256.eml"
notice(n, host="mail.emirates.net.ae", frm="postmaster@emirates.net.ae", subject=enc_header("تعذر تسليم الرسالة", "windows-1256"),
       sw="Exim", date=dt(2026, 12, 2, 18, 30, 0, "+0400"), charset="windows-1256", cte="base64",
       rcpt="salem.ali@emirates.net.ae", text="""عزيزي المرسل،

تعذر تسليم رسالتك إلى المستلم التالي:

    salem.ali@emirates.net.ae

السبب: صندوق البريد ممتلئ ولا يمكنه استقبال رسائل جديدة.
552 5.2.2 Mailbox full

خدمة البريد - اتصالات
""")
expect(n, "salem.ali@emirates.net.ae", "mailboxfull", status="5.2.2", reply="552", vendor="etisalat")

n = "stc-arabic-recipient-not-exist-1256.eml"
notice(n, host="mx.stc.com.sa", frm="MAILER-DAEMON@stc.com.sa", subject=enc_header("فشل تسليم البريد", "windows-1256"),
       sw="Postfix", date=dt(2026, 12, 2, 17, 35, 10, "+0300"), charset="windows-1256", cte="quoted-printable",
       rcpt="n.alotaibi@stc.com.sa", text="""لم يتم تسليم رسالتك.

المستلم: n.alotaibi@stc.com.sa
الخطأ: عنوان المستلم غير موجود على هذا الخادم.
550 5.1.1 Recipient address rejected

يرجى التحقق من العنوان والمحاولة مرة أخرى.
""")
expect(n, "n.alotaibi@stc.com.sa", "userunknown", hard=True, status="5.1.1", reply="550", vendor="stc")

n = "exim-pldt-all-mx-nonexistent.eml"
notice(n, host="mx1.pldt-biz.example", frm="Mail Delivery System <Mailer-Daemon@mx1.pldt-biz.example>",
       subject="Mail delivery failed: returning message to sender", sw="Exim 4.97", date=dt(2026, 12, 2, 22, 3, 3, "+0800"),
       rcpt="jose.reyes@makati-builders.example", text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jose.reyes@makati-builders.example
    all relevant MX records point to non-existent hosts
""")
expect(n, "jose.reyes@makati-builders.example", "hostunknown", hard=True, vendor="exim")

n = "exim-gave-up-retry-timeout.eml"
notice(n, host="mail.sg-hosting.example", frm="Mail Delivery System <Mailer-Daemon@mail.sg-hosting.example>",
       subject="Mail delivery failed: returning message to sender", sw="Exim 4.96", date=dt(2026, 12, 2, 22, 10, 0, "+0800"),
       rcpt="admin@orchard-dental.example", text="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  admin@orchard-dental.example
    retry timeout exceeded
""")
expect(n, "admin@orchard-dental.example", "expired", vendor="exim")

n = "sendmail-bsnl-warning-4h.eml"
notice(n, host="mail.bsnl-corp-relay.example", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.bsnl-corp-relay.example>",
       subject="Warning: could not send message for past 4 hours", sw="Sendmail 8.17.2", date=dt(2026, 12, 2, 23, 31, 0, "+0530"),
       rcpt="station.master@nagpur-rail.example", text="""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Wed, 2 Dec 2026 19:30:09 +0530
from app1.bazaar-deals.example [192.0.2.10]

   ----- Transcript of session follows -----
<station.master@nagpur-rail.example>... Deferred: Connection refused by mail.nagpur-rail.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""")
expect(n, "station.master@nagpur-rail.example", "networkerror", action="delayed", vendor="sendmail")

n = "zimbra-sg-over-quota-text.eml"
notice(n, host="zimbra.marina-law.example", frm="MAILER-DAEMON@zimbra.marina-law.example", sw="Postfix",
       subject="Undelivered Mail Returned to Sender", date=dt(2026, 12, 2, 22, 15, 0, "+0800"),
       rcpt="associate3@marina-law.example", text="""This is the mail system at host zimbra.marina-law.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<associate3@marina-law.example>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    associate3@marina-law.example: Over quota (in reply to end of DATA command)
""")
expect(n, "associate3@marina-law.example", "mailboxfull", status="5.2.2", reply="552", vendor="zimbra")

n = "hmail-two-recipients-text-only.eml"
notice(n, host="mail.penang-print.example", frm="mailer-daemon@penang-print.example", sw="hMailServer",
       subject="Message undeliverable: Diwali week: offers end tonight", date=dt(2026, 12, 2, 22, 20, 0, "+0800"),
       rcpt="studio@penang-print.example, accounts@penang-print.example", text="""Your message did not reach some or all of the intended recipients.

   Sent: Wed, 2 Dec 2026 22:00:05 +0800
   Subject: Diwali week: offers end tonight

The following recipient(s) could not be reached:

studio@penang-print.example
   Error Type: SMTP
   Remote server (203.0.113.41) issued an error.
   hMailServer sent: RCPT TO:<studio@penang-print.example>
   Remote server replied: 550 5.1.1 Unknown user

accounts@penang-print.example
   Error Type: SMTP
   Remote server (203.0.113.41) issued an error.
   hMailServer sent: RCPT TO:<accounts@penang-print.example>
   Remote server replied: 550 5.2.1 Mailbox disabled

hMailServer
""")
expect(n, "studio@penang-print.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="hmailserver")
expect(n, "accounts@penang-print.example", "suspend", status="5.2.1", reply="550", vendor="hmailserver")

# ============================================================ auto-replies
for n, frm, subj, text, ch in [
    ("vacation-rediff-hindi.eml", "Suresh Yadav <suresh.yadav@rediffmail.com>", "स्वचालित उत्तर: " + SUBJ,
     "नमस्ते,\n\nमैं 10 दिसंबर तक छुट्टी पर हूँ और ईमेल नहीं देख पाऊँगा। लौटने पर उत्तर दूँगा।\n\nधन्यवाद,\nसुरेश\n", "utf-8"),
    ("vacation-arabic-out-of-office.eml", "Omar Haddad <omar.haddad@gulf-marine.example>", "رد تلقائي: " + SUBJ,
     "شكرا لرسالتك. أنا خارج المكتب حتى يوم الأحد 6 ديسمبر مع وصول محدود إلى البريد.\n\nI am out of the office until Sunday 6 December with limited access to email.\n", "windows-1256"),
]:
    d = dt(2026, 12, 2, 20, 1, 0, "+0400")
    host = frm.split("@")[1].rstrip(">")
    write(OUT, n, mail([received([("mx." + host, "203.0.113.70", "mx.bazaar-deals.example", "Postfix", qid(n), d)]),
                        ("Date", d), ("From", enc_header(frm.split(" <")[0], "utf-8") + " <" + frm.split("<")[1]),
                        ("To", SENDER), ("Subject", enc_header(subj, "utf-8")),
                        ("Message-ID", mid(n, host)), ("In-Reply-To", mid("o", "bazaar-deals.example")),
                        ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
                       text_part(text, ch, "base64")))
    expect(n, frm.split("<")[1].rstrip(">"), "vacation", action="")


# ============================================================ near-misses: ordinary mail, no record
def nb(name, frm, to, subject, text, charset="us-ascii", extra=(), date=None):
    host = frm.split("@")[1].rstrip(">")
    d = date or dt(2026, 12, 2, 21, 0, 0, "+0530")
    subj = subject if all(ord(c) < 128 for c in subject) else enc_header(subject, "utf-8")
    heads = [received([("out." + host, "203.0.113.90", "mx.bazaar-deals.example", "Postfix", qid(name), d)]),
             ("Date", d), ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, text_part(text, charset, None if charset == "us-ascii" else "quoted-printable")))


nb("nb-customer-reply-wrong-size.eml", "Anita Rao <anita.rao@gmail.com>", SENDER, "Re: " + SUBJ,
   "Hi,\n\nThe kurta I ordered (order 44812) came in the wrong size. My inbox is almost full so please reply\nquickly with the return address.\n\nAnita\n\nOn Wed, 2 Dec 2026 at 19:30, <news@bazaar-deals.example> wrote:\n> Diwali week: offers end tonight\n", extra=[("In-Reply-To", mid("o", "bazaar-deals.example"))])
nb("nb-otp-hdfc-style.eml", "alerts@bank-alerts.example", "payments@bazaar-deals.example", "OTP for transaction at BAZAAR DEALS",
   "Dear Customer,\n\n482913 is your One Time Password for the transaction of INR 4,999.00 at BAZAAR DEALS.\nValid for 10 minutes. Do not share it with anyone.\n\nIf this was not you, call 1800-000-0000 to block your card.\n")
nb("nb-bank-credit-alert.eml", "no-reply@bank-alerts.example", "finance@bazaar-deals.example", "Account credited: INR 1,20,000.00",
   "Your account XX4471 has been credited with INR 1,20,000.00 on 02-12-2026 by NEFT.\nAvailable balance: INR 8,41,230.55.\n\nThis is a system generated mail. Please do not reply.\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-telecom-bill-jio-style.eml", "ebill@telecom-bills.example", "finance@bazaar-deals.example", "Your postpaid bill for November 2026",
   "Dear Customer,\n\nYour bill of Rs. 1,499.00 for mobile 98XXXXXX21 is generated. Due date: 18-12-2026.\nData used: 48.2 GB of 50 GB quota. Your data limit is almost exceeded.\n\nPay now to avoid service suspension.\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-etisalat-bill-arabic.eml", "billing@telecom-bills.example", "gulf@bazaar-deals.example", "فاتورتك لشهر نوفمبر",
   "عزيزي العميل،\n\nفاتورتك بقيمة 312.50 درهم جاهزة. تاريخ الاستحقاق 20 ديسمبر.\nلتجنب تعليق الخدمة يرجى السداد قبل تاريخ الاستحقاق.\n", charset="utf-8", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-spam-undelivered-parcel.eml", "India Post Delivery <notice@parcel-track-alert.example>", SENDER, "Delivery failed: your parcel could not be delivered",
   "Dear customer,\n\nYour parcel IN48812 could not be delivered because the address is incomplete.\nMail Delivery Failed. Pay Rs 25 redelivery fee within 24 hours: http://parcel-track-alert.example/pay\n")
nb("nb-spam-mailbox-quota-phish.eml", "Mail Administrator <admin@webmail-upgrade.example>", SENDER, "Your mailbox is full - verify now",
   "Your mailbox has exceeded its storage limit of 2GB. You may not be able to send or receive new mail\nuntil you re-validate your mailbox. Click here to verify: http://webmail-upgrade.example/validate\n\nSystem Administrator\n")
nb("nb-helpdesk-ticket-quoting-550.eml", "Zoho Desk <support@helpdesk-portal.example>", SENDER, "[#88412] Emails to our customers bouncing",
   "Ticket #88412 updated by Ramesh (Support)\n\nHi team,\n\nThe customer reports that mails to kavita.n@client-co.example return\n\"550 5.1.1 User unknown\". We checked and the address has a typo; please ask\nthe customer to correct it to kavitha.n@client-co.example.\n\nRegards,\nRamesh\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-deliverability-newsletter.eml", "Inbox Insights <digest@deliverability-weekly.example>", SENDER, "This week: Gmail 4.7.28, Yahoo TSS04 and mailbox full bounces",
   "Deliverability Weekly, issue 212\n\n1. Gmail's 421-4.7.28 rate limit: what triggers it and how to warm up an IP.\n2. Yahoo TSS04 deferrals in Asia: slow down to 20 connections.\n3. Why '552 mailbox full' is not a hard bounce.\n\nUnsubscribe: https://deliverability-weekly.example/u\n", extra=[("List-Unsubscribe", "<https://deliverability-weekly.example/u>"), ("Precedence", "bulk")])
nb("nb-customer-reply-hindi.eml", "Ramesh Chand <ramesh.chand@rediffmail.com>", SENDER, "Re: " + SUBJ,
   "नमस्ते,\n\nमेरा ऑर्डर अभी तक नहीं पहुँचा। कृपया स्थिति बताएं। ऑर्डर नंबर 55120 है।\n\nधन्यवाद\nरमेश\n", charset="utf-8", extra=[("In-Reply-To", mid("o", "bazaar-deals.example"))])
nb("nb-customer-reply-indonesian.eml", "Rina Wulandari <rina.w@telkom.net>", SENDER, "Re: " + SUBJ,
   "Halo,\n\nApakah promo ini berlaku untuk pengiriman ke Surabaya? Email sebelumnya gagal terkirim,\njadi saya kirim ulang.\n\nTerima kasih,\nRina\n", charset="utf-8")
nb("nb-customer-unsubscribe-vi.eml", "Pham Quoc Anh <pqanh@fpt.vn>", SENDER, "Hủy đăng ký",
   "Xin chào,\n\nVui lòng ngừng gửi thư quảng cáo đến địa chỉ này. Hộp thư của tôi đầy thư rác.\n\nCảm ơn.\n", charset="utf-8")
nb("nb-thai-order-question.eml", "Narong P <narong.p@truemail.co.th>", SENDER, "สอบถามเรื่องการจัดส่ง",
   "สวัสดีครับ\n\nสินค้าที่สั่งไปยังไม่ได้รับครับ รบกวนตรวจสอบให้ด้วยครับ\n\nขอบคุณครับ\n", charset="utf-8")
nb("nb-it-notice-mail-migration.eml", "IT Services <it@bazaar-deals.example>", "staff@bazaar-deals.example", "Mail migration to Zoho on Saturday",
   "Hello all,\n\nOn Saturday 5 Dec we move our mailboxes from Exchange to Zoho Mail. Between 22:00 and 02:00 IST\nmail may be delayed; nothing will bounce. Mailbox quota after the move is 30 GB.\n\nIT Services\n")
nb("nb-esp-daily-report.eml", "reports@esp-dashboard.example", SENDER, "Daily sending report: 2 Dec 2026",
   "Campaign: Diwali week\nSent: 148,220  Delivered: 146,901  Bounced: 1,102 (hard 611, soft 491)  Complaints: 14\nTop bounce reasons: user unknown 48%, mailbox full 21%, blocked 9%\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-gmail-security-alert.eml", "Google <no-reply@accounts.google.com>", "owner@bazaar-deals.example", "Security alert",
   "A new sign-in to your Google Account owner@bazaar-deals.example on a Windows device.\nIf this was you, you don't need to do anything. If not, we'll help you secure your account.\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-courier-delivery-attempt.eml", "Shipping Updates <updates@courier-express.example>", "orders@bazaar-deals.example", "Delivery attempt failed for AWB 7781230041",
   "Dear customer,\n\nWe attempted delivery of shipment AWB 7781230041 today but the recipient was not available.\nWe will try again tomorrow. Reschedule: https://courier-express.example/r/7781230041\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-forum-post-about-rediff-bounces.eml", "Postmasters India <list@postmasters-in.example>", SENDER, "[pm-india] Rediffmail deferring with 421?",
   "From: Vinod <vinod@isp-example.example>\n\nAnyone else seeing 421 deferrals from Rediffmail since Monday? Our queue has\n2,000 messages for rediffmail.com. Yahoo India is fine.\n\n_______________________________________________\npm-india mailing list\n", extra=[("List-Id", "<pm-india.postmasters-in.example>"), ("Precedence", "list")])
nb("nb-upi-payment-receipt.eml", "UPI Alerts <upi@bank-alerts.example>", "finance@bazaar-deals.example", "Payment received via UPI",
   "You have received Rs. 2,350.00 from ANKIT V via UPI. Ref no 433812910021.\nThis is an automated message; replies to this address are not monitored.\n", extra=[("Auto-Submitted", "auto-generated")])
nb("nb-customer-forward-question.eml", "Hamad Al Kuwari <hamad.kuwari@gmail.com>", SENDER, "Fwd: your offer",
   "Hi, my friend says your mail to him did not arrive at his du.ae address. Can you send the offer\nto me instead? Thanks, Hamad\n\n---------- Forwarded message ---------\nFrom: news@bazaar-deals.example\nSubject: Diwali week: offers end tonight\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
