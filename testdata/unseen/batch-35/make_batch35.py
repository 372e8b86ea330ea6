#!/usr/bin/env python3
"""Writes testdata/unseen/batch-35: bounces met by one sender (an exporter
with its own Postfix relay) whose recipients are in Israel, Turkey, Greece,
Cyprus, the Gulf and Iran: Walla, Netvision, Bezeq International, 012,
Google-hosted Israeli companies, Yandex.com.tr, Superonline, TTNet, Otenet,
Cosmote, Forthnet, Cytanet, Etisalat, du, Batelco, Omantel, Iranian
providers, and Exchange/Exim/qmail/Sendmail servers there; texts in Hebrew,
Turkish, Greek, Arabic and Persian as well as English, in their usual
charsets (ISO-8859-8, windows-1255, ISO-8859-9, windows-1254, ISO-8859-7,
windows-1253, windows-1256, UTF-8), base64 or quoted-printable. About one
in eight is a delay; auto-replies in those languages; near-miss ordinary
mail in not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch35.py [DIR]"""
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

SENDER = "export@levant-trading.example"
RELAY = "mail.levant-trading.example"
RELAY_IP = "198.51.100.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(to, subject, date, name, frm=SENDER, body="Dear partner,\n\nplease find our updated price list for Q1 attached.\n\nBest regards,\nExport desk\n"):
    return orig_headers(frm, to, subject, date, mid(name + "o", frm.split("@")[1])) + "\n" + body


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

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, recips, *, day, osubj="Price list Q1 2027", delay=None, intro="", charset="us-ascii", cte=None):
    """A bounce (or delay warning) from the sender's own Postfix relay.
    recips: list of (addr, status, remote_host, remote_ip, reply_text, stage)."""
    date = dt(2026, 11, day, 9, 14, 5, "+0200")
    odate = dt(2026, 11, day - (5 if delay is None and any(r[1].startswith("4") for r in recips) else 0), 8, 50, 12, "+0200")
    head = POSTFIX_DELAY.format(host=RELAY, hours=delay) if delay else POSTFIX_HEAD.format(host=RELAY)
    lines, ds = [], []
    for addr, status, rhost, rip, reply, stage in recips:
        if stage == "connect":
            lines.append(f"<{addr}>: host {rhost}[{rip}] refused to talk to me: {reply}")
            diag = reply
        elif stage:
            lines.append(f"<{addr}>: host {rhost}[{rip}] said: {reply} (in reply to {stage} command)")
            diag = reply
        else:
            lines.append(f"<{addr}>: {reply}")
            diag = "X-Postfix; " + reply
            rhost = None
        r = {"final": addr, "original": addr, "status": status, "action": "delayed" if delay else "failed"}
        if rhost:
            r["remote"] = rhost
        if diag:
            r["diag"] = diag.replace("\n", " ")
        if delay:
            r["will_retry"] = dt(2026, 11, day + 4, 8, 50, 12, "+0200")
        ds.append(r)
    text = intro + head + "\n\n".join(lines) + "\n"
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{RELAY} (Mail Delivery System)", to=SENDER, subject=subj, date=date,
                    host=RELAY, hops="Return-Path: <>\n" + hop(name, RELAY, "Postfix", date), text=text,
                    recips=ds, arrival=odate, charset=charset, cte=cte,
                    orig=orig_headers(SENDER, ", ".join(r[0] for r in recips), osubj, odate, mid(name + "o", "levant-trading.example")))


def pf1(name, addr, status, rhost, rip, reply, stage="RCPT TO", **kw):
    return pf(name, [(addr, status, rhost, rip, reply, stage)], **kw)


def exim_text(rcpt_lines, tail=""):
    return ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            f"recipients. This is a permanent error. The following address(es) failed:\n\n{rcpt_lines}\n{tail}")


def with_returned(name, *, host, frm, subject, date, text, orig_msg, charset="us-ascii", cte=None, extra=(), sw="Postfix",
                  to=SENDER, auto=True, hopfrom=None):
    """A non-DSN notice: a text part and the returned message as message/rfc822."""
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig_msg, cte=None)], boundary(name))
    hops = "Return-Path: <>\n" + hop(name, host, sw, date) if hopfrom is None else (
        "Return-Path: <>\n" + hop(name, RELAY, "Postfix", date, frm=host, ip=hopfrom) + "\n" + hop(name + "1", host, sw, date))
    heads = [hops, ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def exchange(name, *, host, ip, addr, status, reply, local_text, charset, cte, subject, day, sw="Microsoft SMTP Server (version=TLS1_2)"):
    """An Exchange 2016/2019 NDR from the recipient's organisation, with its
    localized top text, the English diagnostic block and a DSN part."""
    date = dt(2026, 11, day, 11, 2, 44, "+0300")
    odate = dt(2026, 11, day, 10, 58, 3, "+0200")
    text = local_text.format(addr=addr) + f"""

Diagnostic information for administrators:

Generating server: {host}

{addr}
Remote Server returned '{reply}'

Original message headers:

Received: from {RELAY} ({RELAY_IP}) by {host} ({ip}) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4;
 {odate}
From: Export desk <{SENDER}>
To: <{addr}>
Subject: Order confirmation 2026-{day:02d}
"""
    hops = "Return-Path: <>\n" + hop(name, RELAY, "Postfix", date, frm=host, ip=ip) + "\n" + hop(name + "x", host, sw, date)
    return dsn_mail(name, frm=f"postmaster@{host.split('.', 1)[1]}", to=SENDER, subject=subject, date=date, host=host,
                    hops=hops, text=text, charset=charset, cte=cte,
                    recips=[{"final": addr, "original": addr, "status": status, "action": "failed", "remote": host,
                             "diag": reply}],
                    arrival=odate, returned="headers",
                    orig=orig_headers(SENDER, addr, f"Order confirmation 2026-{day:02d}", odate, mid(name + "o", "levant-trading.example")),
                    extra=[("Content-Language", {"windows-1255": "he-IL", "iso-8859-8": "he-IL", "windows-1254": "tr-TR",
                                                 "iso-8859-9": "tr-TR", "iso-8859-7": "el-GR", "windows-1253": "el-GR",
                                                 "windows-1256": "ar-SA"}.get(charset, "en-US")),
                           ("X-MS-Exchange-Message-Is-Ndr", "")])


def autoreply(name, *, frm, subject, text, charset, cte, day, host, extra=()):
    date = dt(2026, 11, day, 8, 1, 0, "+0300")
    heads = ["Return-Path: <" + frm.split("<")[-1].rstrip(">") + ">\n" + hop(name, host, "Postfix", date),
             ("Date", date), ("From", frm), ("To", SENDER), ("Subject", subject),
             ("Message-ID", mid(name, host)), ("In-Reply-To", mid(name + "o", "levant-trading.example"))] + list(extra)
    return mail(heads, text_part(text, charset, cte))


def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None):
    heads = [hop(name, host, "Postfix", date, frm="out.sender.example", ip="192.0.2.200"), ("Date", date), ("From", frm),
             ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


# ================================================================ Israel
WALLA = ("mx1.walla.co.il", "203.0.113.21")
n = "walla-user-unknown.eml"
write(OUT, n, pf1(n, "dana.levi77@walla.co.il", "5.1.1", *WALLA,
                  "550 5.1.1 <dana.levi77@walla.co.il>: Recipient address rejected: User unknown in local recipient table", day=2))
expect(n, "dana.levi77@walla.co.il", "userunknown", True, "5.1.1", "550", vendor="walla")

n = "walla-async-he-mailbox-full-utf8.eml"
d = dt(2026, 11, 3, 14, 20, 9, "+0200")
write(OUT, n, with_returned(n, host="mail.walla.co.il", sw="Walla Mail", frm="Walla! Mail <mailer-daemon@walla.co.il>",
    subject=enc_header("ההודעה לא נמסרה", "utf-8"), date=d, charset="utf-8", cte="quoted-printable",
    hopfrom="203.0.113.22",
    text="""שלום,

ההודעה ששלחת לא נמסרה לנמען הבא:

    moshe.biton@walla.co.il

סיבה: תיבת הדואר של הנמען מלאה ואין בה מקום להודעות חדשות.
ניתן לנסות לשלוח שוב מאוחר יותר, לאחר שהנמען יפנה מקום בתיבה.

בברכה,
צוות וואלה! מייל
""", orig_msg=orig("moshe.biton@walla.co.il", "Shipment 4471", dt(2026, 11, 3, 14, 19, 40, "+0200"), n)))
expect(n, "moshe.biton@walla.co.il", "mailboxfull", vendor="walla")

n = "netvision-quota-552.eml"
write(OUT, n, pf1(n, "r.cohen@netvision.net.il", "5.2.2", "mxlb.netvision.net.il", "203.0.113.31",
                  "552 5.2.2 <r.cohen@netvision.net.il>: user is over quota, message rejected", day=4))
expect(n, "r.cohen@netvision.net.il", "mailboxfull", False, "5.2.2", "552", vendor="netvision")

n = "netvision-delay-connection-timeout.eml"
write(OUT, n, pf1(n, "office@hagalil-print.example", "4.4.1", "mx.hagalil-print.example", "203.0.113.33",
                  "connect to mx.hagalil-print.example[203.0.113.33]:25: Connection timed out", stage=None, day=5, delay=4))
expect(n, "office@hagalil-print.example", "networkerror", False, "4.4.1", "", "delayed")

n = "bezeqint-no-such-user-he-intro-1255.eml"
write(OUT, n, pf1(n, "avi.mizrahi@bezeqint.net", "5.0.0", "mx.bezeqint.net", "203.0.113.41",
                  "550 No such user here", day=6, charset="windows-1255", cte="base64",
                  intro="""הודעה זו נשלחה אוטומטית משרת הדואר של החברה.
ההודעה שלך לא נמסרה לאחד או יותר מהנמענים. פרטי השגיאה (באנגלית) מופיעים בהמשך.
לעזרה: מחלקת מחשוב, שלוחה 210.

"""))
expect(n, "avi.mizrahi@bezeqint.net", "userunknown", True, "5.0.0", "550", vendor="bezeq")

n = "bezeqint-delay-451-local-error.eml"
write(OUT, n, pf1(n, "yossi.k@bezeqint.net", "4.3.0", "mx.bezeqint.net", "203.0.113.41",
                  "451 4.3.0 Error: queue file write error", stage="end of data", day=7, delay=6))
expect(n, "yossi.k@bezeqint.net", "systemerror", False, "4.3.0", "451", "delayed", vendor="bezeq")

n = "il012-account-disabled.eml"
write(OUT, n, pf1(n, "shiran.p@012.net.il", "5.2.1", "mx.012.net.il", "203.0.113.51",
                  "550 5.2.1 <shiran.p@012.net.il>: this account has been disabled", day=9))
expect(n, "shiran.p@012.net.il", "suspend", False, "5.2.1", "550", vendor="012")

GMX = ("aspmx.l.google.com", "192.0.2.27")
n = "gsuite-il-nosuchuser.eml"
write(OUT, n, pf1(n, "orders@galil-optics.example", "5.1.1", *GMX,
                  "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                  "    550-5.1.1 double-checking the recipient's email address for typos or\n"
                  "    550-5.1.1 unnecessary spaces. For more information, go to\n"
                  "    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-ab7c1e5f0d3si55212266b.201 - gsmtp",
                  day=10))
expect(n, "orders@galil-optics.example", "userunknown", True, "5.1.1", "550", vendor="google")

n = "gsuite-il-inbox-out-of-storage-delay.eml"
write(OUT, n, pf1(n, "noa@negev-solar.example", "4.2.2", *GMX,
                  "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n"
                  "    452-4.2.2 recipient to\n"
                  "    452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43b7a4ff1d1si18837125e9.52 - gsmtp",
                  day=11, delay=4))
expect(n, "noa@negev-solar.example", "mailboxfull", False, "4.2.2", "452", "delayed", vendor="google")

n = "gsuite-il-dmarc-5.7.26.eml"
write(OUT, n, pf1(n, "finance@carmel-robotics.example", "5.7.26", *GMX,
                  "550-5.7.26 Unauthenticated email from levant-trading.example is not accepted due\n"
                  "    550-5.7.26 to domain's DMARC policy. Please contact the administrator of\n"
                  "    550-5.7.26 levant-trading.example domain if this was a legitimate mail. To\n"
                  "    550 5.7.26 learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection - gsmtp",
                  stage="end of data", day=12))
expect(n, "finance@carmel-robotics.example", "authfailure", False, "5.7.26", "550", vendor="google")

n = "gsuite-il-two-rcpt-unknown-and-size.eml"
write(OUT, n, pf(n, [("gil@arava-dates.example", "5.1.1", *GMX,
                      "550 5.1.1 The email account that you tried to reach does not exist. - gsmtp", "RCPT TO"),
                     ("purchase@arava-dates.example", "5.3.4", *GMX,
                      "552-5.3.4 Your message exceeded Google's message size limits. Please visit\n"
                      "    552 5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. - gsmtp",
                      "end of data")], day=13, osubj="Catalogue 2027 (high resolution)"))
expect(n, "gil@arava-dates.example", "userunknown", True, "5.1.1", "550", vendor="google")
expect(n, "purchase@arava-dates.example", "emailtoolarge", False, "5.3.4", "552", vendor="google")

HE_NOTFOUND = """המסירה לנמענים או לקבוצות הבאים נכשלה:

{addr}
לא ניתן היה למצוא את כתובת הדואר האלקטרוני שהזנת. בדוק את כתובת הדואר האלקטרוני של הנמען ונסה לשלוח את ההודעה שוב. אם הבעיה נמשכת, פנה לתמיכה הטכנית."""

n = "exchange-he-recipnotfound-1255.eml"
write(OUT, n, exchange(n, host="EXCH01.hadar-logistics.example", ip="203.0.113.61", addr="eyal.s@hadar-logistics.example",
                       status="5.1.1", reply="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                       local_text=HE_NOTFOUND, charset="windows-1255", cte="base64", day=14,
                       subject=enc_header("לא ניתן למסור: Order confirmation 2026-14", "windows-1255")))
expect(n, "eyal.s@hadar-logistics.example", "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exchange-he-quota-8859-8-qp.eml"
write(OUT, n, exchange(n, host="MAIL.kiryat-metals.example", ip="203.0.113.63", addr="ronit@kiryat-metals.example",
                       status="5.2.2", reply="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
                       local_text="""המסירה לנמענים או לקבוצות הבאים נכשלה:

{addr}
תיבת הדואר של הנמען מלאה ולא ניתן לקבל בה הודעות כעת. נסה לשלוח את ההודעה מאוחר יותר, או פנה ישירות לנמען.""",
                       charset="iso-8859-8", cte="quoted-printable", day=15,
                       subject=enc_header("לא ניתן למסור: Order confirmation 2026-15", "iso-8859-8", "q")))
expect(n, "ronit@kiryat-metals.example", "mailboxfull", False, "5.2.2", "554", vendor="exchange")

n = "exchange-he-transport-rule-1255.eml"
write(OUT, n, exchange(n, host="EX2019.tzafon-insurance.example", ip="203.0.113.65", addr="claims@tzafon-insurance.example",
                       status="5.7.1", reply="550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
                       local_text="""המסירה לנמענים או לקבוצות הבאים נכשלה:

{addr}
ההודעה נדחתה על ידי מדיניות הארגון של הנמען. ההודעה לא נמסרה.""",
                       charset="windows-1255", cte="quoted-printable", day=16,
                       subject=enc_header("לא ניתן למסור: Order confirmation 2026-16", "windows-1255")))
expect(n, "claims@tzafon-insurance.example", "policyviolation", False, "5.7.1", "550", vendor="exchange")

n = "israel-exim-rate-limit.eml"
d = dt(2026, 11, 17, 7, 40, 2, "+0200")
write(OUT, n, with_returned(n, host="cpanel12.host-il.example", sw="Exim 4.97.1", frm="Mail Delivery System <Mailer-Daemon@cpanel12.host-il.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.71",
    text=exim_text("""  sales@eilat-diving.example
    host mx.eilat-diving.example [203.0.113.72]
    SMTP error from remote mail server after MAIL FROM:<export@levant-trading.example> SIZE=18211:
    550 5.7.1 Sending rate limit exceeded for this sender, too many messages in the last hour
"""), orig_msg=orig("sales@eilat-diving.example", "Group booking", dt(2026, 11, 17, 7, 39, 40, "+0200"), n)))
expect(n, "sales@eilat-diving.example", "ratelimited", False, "5.7.1", "550", vendor="exim")

n = "vacation-he-1255-b64.eml"
write(OUT, n, autoreply(n, frm=enc_header("מיכל אברהם", "windows-1255") + " <michal@shaked-law.example>",
    subject=enc_header("מענה אוטומטי: Price list Q1 2027", "windows-1255"), charset="windows-1255", cte="base64", day=18,
    host="mail.shaked-law.example", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""שלום רב,

אני מחוץ למשרד עד יום ראשון, 29.11, ללא גישה לדואר אלקטרוני.
בעניינים דחופים ניתן לפנות לעוזרת שלי, נעמה, בטלפון 03-5550123.

תודה,
מיכל אברהם, עו"ד
"""))
expect(n, "michal@shaked-law.example", "vacation", action="")

n = "vacation-he-8859-8-outlook.eml"
write(OUT, n, autoreply(n, frm="Amir Peretz <amir.p@netvision.net.il>",
    subject=enc_header("חופשה", "iso-8859-8") + " - Re: Price list Q1 2027", charset="iso-8859-8", cte="quoted-printable", day=19,
    host="mxlb.netvision.net.il", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    text="""תודה על פנייתך.
אני בחופשה עד 1 בדצמבר ואענה לכל ההודעות עם חזרתי.

I am on leave until 1 December and will answer on my return.
"""))
expect(n, "amir.p@netvision.net.il", "vacation", action="")

# ================================================================ Turkey
YTR = ("mx.yandex.net", "203.0.113.81")
n = "yandex-comtr-no-such-user.eml"
write(OUT, n, pf1(n, "mehmet.yilmaz@yandex.com.tr", "5.7.1", *YTR, "550 5.7.1 No such user!", day=2))
expect(n, "mehmet.yilmaz@yandex.com.tr", "userunknown", True, "5.7.1", "550", vendor="yandex")

n = "yandex-comtr-async-tr-utf8.eml"
d = dt(2026, 11, 3, 10, 5, 0, "+0300")
write(OUT, n, with_returned(n, host="forward100.mail.yandex.net", sw="Yandex", frm="mailer-daemon@yandex.com.tr",
    subject=enc_header("Mesaj teslim edilemedi", "utf-8"), date=d, charset="utf-8", cte="base64", hopfrom="203.0.113.82",
    text="""Bu mesaj Yandex posta sisteminin otomatik yanıtıdır.

Mesajınız aşağıdaki alıcıya teslim edilemedi:

ayse.demir@yandex.com.tr

Böyle bir posta kutusu yok. Lütfen adresi kontrol edip tekrar deneyin.

--
Yandex Posta
""", orig_msg=orig("ayse.demir@yandex.com.tr", "Teklif / quotation", dt(2026, 11, 3, 10, 4, 40, "+0300"), n)))
expect(n, "ayse.demir@yandex.com.tr", "userunknown", True, vendor="yandex")

n = "yandex-comtr-spam-rejected.eml"
write(OUT, n, pf1(n, "kemal.ozturk@yandex.com.tr", "5.7.1", *YTR,
                  "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1732869102-nRXkLw1OmKo0-ZB4PqkuP",
                  stage="end of data", day=4))
expect(n, "kemal.ozturk@yandex.com.tr", "spamdetected", False, "5.7.1", "554", vendor="yandex")

n = "superonline-kullanici-bulunamadi-8859-9.eml"
write(OUT, n, pf1(n, "can.aksoy@superonline.com", "5.1.1", "mx.superonline.com", "203.0.113.91",
                  "550 5.1.1 <can.aksoy@superonline.com>: Alici adresi reddedildi: Kullanici bulunamadi",
                  day=5, charset="iso-8859-9", cte="quoted-printable",
                  intro="""Bu ileti şirketimizin posta sunucusu tarafından otomatik olarak gönderilmiştir.
İletiniz aşağıdaki alıcılardan birine veya birkaçına teslim edilemedi.
Ayrıntılar aşağıdadır (İngilizce).

"""))
expect(n, "can.aksoy@superonline.com", "userunknown", True, "5.1.1", "550", vendor="superonline")

n = "superonline-delay-421-too-many.eml"
write(OUT, n, pf1(n, "info@ege-tekstil.example", "4.7.0", "mx.superonline.com", "203.0.113.91",
                  "421 4.7.0 Too many concurrent SMTP connections from this IP; please try again later",
                  stage="connect", day=6, delay=3))
expect(n, "info@ege-tekstil.example", "ratelimited", False, "4.7.0", "421", "delayed", vendor="superonline")

n = "ttnet-blocked-spamhaus.eml"
write(OUT, n, pf1(n, "muhasebe@ttmail.com", "5.7.1", "mx.ttmail.com", "203.0.113.101",
                  "554 5.7.1 Service unavailable; Client host [198.51.100.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.25",
                  day=7))
expect(n, "muhasebe@ttmail.com", "blocked", False, "5.7.1", "554", vendor="ttnet")

n = "ttnet-async-posta-kutusu-dolu-1254.eml"
d = dt(2026, 11, 8, 16, 30, 0, "+0300")
write(OUT, n, with_returned(n, host="smtp.ttmail.com", sw="TTNET Mail", frm="TTNET Posta Sistemi <postmaster@ttmail.com>",
    subject=enc_header("İleti teslim edilemedi", "windows-1254"), date=d, charset="windows-1254", cte="quoted-printable",
    hopfrom="203.0.113.102",
    text="""Sayın kullanıcı,

Gönderdiğiniz ileti aşağıdaki alıcıya teslim edilemedi:

  huseyin.kaya@ttmail.com

Neden: Alıcının posta kutusu dolu. Kota aşıldığı için yeni ileti kabul edilmiyor.

Bu ileti otomatik olarak oluşturulmuştur, lütfen yanıtlamayınız.
""", orig_msg=orig("huseyin.kaya@ttmail.com", "Fatura 2026/1188", dt(2026, 11, 8, 16, 29, 30, "+0300"), n)))
expect(n, "huseyin.kaya@ttmail.com", "mailboxfull", vendor="ttnet")

TR_NOTFOUND = """Aşağıdaki alıcılara veya gruplara teslim başarısız oldu:

{addr}
Girdiğiniz e-posta adresi bulunamadı. Alıcının e-posta adresini denetleyin ve iletiyi yeniden göndermeyi deneyin. Sorun devam ederse yardım masanıza başvurun."""

n = "exchange-tr-recipnotfound-1254.eml"
write(OUT, n, exchange(n, host="EXC02.anadolu-makina.example", ip="203.0.113.111", addr="satinalma@anadolu-makina.example",
                       status="5.1.1", reply="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                       local_text=TR_NOTFOUND, charset="windows-1254", cte="base64", day=9,
                       subject=enc_header("Teslim edilemedi: Order confirmation 2026-09", "windows-1254")))
expect(n, "satinalma@anadolu-makina.example", "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exchange-tr-mailbox-disabled-8859-9.eml"
write(OUT, n, exchange(n, host="MAIL.bursa-oto.example", ip="203.0.113.113", addr="eski.mudur@bursa-oto.example",
                       status="5.2.1", reply="550 5.2.1 STOREDRV.Deliver; mailbox disabled: the recipient's mailbox has been disabled by the administrator",
                       local_text="""Aşağıdaki alıcılara veya gruplara teslim başarısız oldu:

{addr}
Alıcının posta kutusu devre dışı bırakılmış. İleti teslim edilemedi.""",
                       charset="iso-8859-9", cte="quoted-printable", day=10,
                       subject=enc_header("Teslim edilemedi: Order confirmation 2026-10", "iso-8859-9")))
expect(n, "eski.mudur@bursa-oto.example", "suspend", False, "5.2.1", "550", vendor="exchange")

n = "turkcell-policy-reddedildi.eml"
write(OUT, n, pf1(n, "ihracat@izmir-zeytin.example", "5.7.1", "mx.izmir-zeytin.example", "203.0.113.121",
                  "550 5.7.1 Mesajiniz kurum e-posta politikasi geregi reddedildi (yurt disi ek dosya yasagi)",
                  stage="end of data", day=11))
expect(n, "ihracat@izmir-zeytin.example", "policyviolation", False, "5.7.1", "550")

n = "exim-tr-unrouteable.eml"
d = dt(2026, 11, 12, 9, 10, 0, "+0300")
write(OUT, n, with_returned(n, host="srv3.natro-hosting.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@srv3.natro-hosting.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.131",
    text=exim_text("""  bilgi@konya-un.com.tr.example
    Unrouteable address
"""), orig_msg=orig("bilgi@konya-un.com.tr.example", "Numune talebi", dt(2026, 11, 12, 9, 9, 40, "+0300"), n)))
expect(n, "bilgi@konya-un.com.tr.example", "hostunknown", True, vendor="exim")

n = "exim-tr-sender-verify-failed.eml"
d = dt(2026, 11, 13, 9, 10, 0, "+0300")
write(OUT, n, with_returned(n, host="cp1.trakya-host.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@cp1.trakya-host.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.133",
    text=exim_text("""  muhasebe@edirne-gida.example
    host mail.edirne-gida.example [203.0.113.134]
    SMTP error from remote mail server after RCPT TO:<muhasebe@edirne-gida.example>:
    550-Verification failed for <export@levant-trading.example>
    550-Called:   198.51.100.25
    550-Sent:     RCPT TO:<export@levant-trading.example>
    550-Response: 550 5.1.1 Mailbox unavailable
    550 Sender verify failed
"""), orig_msg=orig("muhasebe@edirne-gida.example", "Ekstre", dt(2026, 11, 13, 9, 9, 40, "+0300"), n)))
expect(n, "muhasebe@edirne-gida.example", "rejected", False, "", "550", vendor="exim")

n = "vacation-tr-8859-9-qp.eml"
write(OUT, n, autoreply(n, frm="Zeynep Arslan <zeynep@kapadokya-tur.example>",
    subject=enc_header("Ofis dışındayım: Price list Q1 2027", "iso-8859-9", "q"), charset="iso-8859-9", cte="quoted-printable",
    day=14, host="mail.kapadokya-tur.example", extra=[("Auto-Submitted", "auto-replied")],
    text="""Merhaba,

27 Kasım tarihine kadar ofis dışındayım ve e-postalarıma sınırlı erişimim var.
Acil konular için lütfen satis@kapadokya-tur.example adresine yazınız.

Saygılarımla,
Zeynep Arslan
"""))
expect(n, "zeynep@kapadokya-tur.example", "vacation", action="")

n = "vacation-tr-1254-yillik-izin.eml"
write(OUT, n, autoreply(n, frm="Burak Celik <burak.celik@superonline.com>",
    subject="Otomatik yanit: Price list Q1 2027", charset="windows-1254", cte="base64",
    day=15, host="mx.superonline.com", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="""Yıllık izindeyim, 2 Aralık'ta döneceğim.
İletiniz dönüşümde okunacaktır. Teşekkürler.
"""))
expect(n, "burak.celik@superonline.com", "vacation", action="")

# ================================================================ Greece and Cyprus
OTE = ("mx.otenet.gr", "203.0.113.141")
n = "otenet-user-unknown-el-intro-8859-7.eml"
write(OUT, n, pf1(n, "g.papadopoulos@otenet.gr", "5.1.1", *OTE,
                  "550 5.1.1 <g.papadopoulos@otenet.gr>... User unknown", day=2, charset="iso-8859-7", cte="base64",
                  intro="""Αυτό είναι αυτόματο μήνυμα από τον διακομιστή ηλεκτρονικού ταχυδρομείου της εταιρείας.
Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί σε έναν ή περισσότερους παραλήπτες.
Ακολουθούν οι λεπτομέρειες στα αγγλικά.

"""))
expect(n, "g.papadopoulos@otenet.gr", "userunknown", True, "5.1.1", "550", vendor="otenet")

n = "otenet-async-el-paraliptis-1253.eml"
d = dt(2026, 11, 3, 12, 0, 0, "+0200")
write(OUT, n, with_returned(n, host="mailgate.otenet.gr", sw="OTEnet Mail", frm="OTEnet Mail System <postmaster@otenet.gr>",
    subject=enc_header("Αδυναμία παράδοσης μηνύματος", "windows-1253"), date=d, charset="windows-1253", cte="base64",
    hopfrom="203.0.113.142",
    text="""Αγαπητέ χρήστη,

Το μήνυμά σας προς τον παρακάτω παραλήπτη δεν παραδόθηκε:

    eleni.k@otenet.gr

Αιτία: ο λογαριασμός του παραλήπτη δεν υπάρχει στο σύστημά μας.
Παρακαλούμε ελέγξτε τη διεύθυνση και δοκιμάστε ξανά.

Το μήνυμα αυτό δημιουργήθηκε αυτόματα.
""", orig_msg=orig("eleni.k@otenet.gr", "Prosfora / offer", dt(2026, 11, 3, 11, 59, 30, "+0200"), n)))
expect(n, "eleni.k@otenet.gr", "userunknown", True, vendor="otenet")

n = "otenet-delay-452-mailbox-full.eml"
write(OUT, n, pf1(n, "nikos.v@otenet.gr", "4.2.2", *OTE,
                  "452 4.2.2 <nikos.v@otenet.gr>: Mailbox is full, try again later", day=4, delay=5))
expect(n, "nikos.v@otenet.gr", "mailboxfull", False, "4.2.2", "452", "delayed", vendor="otenet")

n = "cosmote-null-mx.eml"
write(OUT, n, pf1(n, "info@palia-etaireia.example", "5.1.0", "palia-etaireia.example", "",
                  "Domain palia-etaireia.example does not accept mail (nullMX)", stage=None, day=5))
expect(n, "info@palia-etaireia.example", "notaccept", True, "5.1.0", "")

n = "forthnet-host-not-found.eml"
write(OUT, n, pf1(n, "sales@kritiki-ktimatiki.example", "5.4.4", "kritiki-ktimatiki.example", "",
                  "Host or domain name not found. Name service error for name=kritiki-ktimatiki.example type=A: Host not found",
                  stage=None, day=6))
expect(n, "sales@kritiki-ktimatiki.example", "hostunknown", True, "5.4.4", "")

n = "forthnet-has-moved-551.eml"
write(OUT, n, pf1(n, "k.pappas@forthnet.gr", "5.1.6", "mx.forthnet.gr", "203.0.113.151",
                  "551 5.1.6 User has moved; please try <k.pappas@thessaloniki-wines.example>", day=7))
expect(n, "k.pappas@forthnet.gr", "hasmoved", True, "5.1.6", "551", vendor="forthnet")

EL_NOTFOUND = """Η παράδοση απέτυχε σε αυτούς τους παραλήπτες ή ομάδες:

{addr}
Η διεύθυνση ηλεκτρονικού ταχυδρομείου που πληκτρολογήσατε δεν βρέθηκε. Ελέγξτε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του παραλήπτη και δοκιμάστε να στείλετε ξανά το μήνυμα. Εάν το πρόβλημα παραμένει, επικοινωνήστε με την υποστήριξη."""

n = "exchange-el-recipnotfound-8859-7.eml"
write(OUT, n, exchange(n, host="EXCH.aigaio-shipping.example", ip="203.0.113.161", addr="chartering@aigaio-shipping.example",
                       status="5.1.1", reply="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                       local_text=EL_NOTFOUND, charset="iso-8859-7", cte="quoted-printable", day=8,
                       subject=enc_header("Μη παραδόσιμο: Order confirmation 2026-08", "iso-8859-7")))
expect(n, "chartering@aigaio-shipping.example", "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exchange-el-size-1253.eml"
write(OUT, n, exchange(n, host="MX01.patra-pharma.example", ip="203.0.113.163", addr="regulatory@patra-pharma.example",
                       status="5.3.4", reply="552 5.3.4 Message size exceeds fixed maximum message size",
                       local_text="""Η παράδοση απέτυχε σε αυτούς τους παραλήπτες ή ομάδες:

{addr}
Το μήνυμα είναι πολύ μεγάλο για να παραδοθεί. Μειώστε το μέγεθος των συνημμένων και στείλτε το ξανά.""",
                       charset="windows-1253", cte="base64", day=9,
                       subject=enc_header("Μη παραδόσιμο: Order confirmation 2026-09", "windows-1253")))
expect(n, "regulatory@patra-pharma.example", "emailtoolarge", False, "5.3.4", "552", vendor="exchange")

n = "cytanet-size-552.eml"
write(OUT, n, pf1(n, "andreas.c@cytanet.com.cy", "5.3.4", "mx.cytanet.com.cy", "203.0.113.171",
                  "552 5.3.4 Message size exceeds fixed limit", stage="MAIL FROM", day=10, osubj="Drawings set B (scanned)"))
expect(n, "andreas.c@cytanet.com.cy", "emailtoolarge", False, "5.3.4", "552", vendor="cytanet")

n = "cytanet-async-el-account-suspended-utf8.eml"
d = dt(2026, 11, 11, 9, 0, 0, "+0200")
write(OUT, n, with_returned(n, host="mail.cytanet.com.cy", sw="Cytanet Mail", frm="Cytanet Mail Delivery <mailer-daemon@cytanet.com.cy>",
    subject=enc_header("Απόρριψη μηνύματος / Message rejected", "utf-8"), date=d, charset="utf-8", cte="quoted-printable",
    hopfrom="203.0.113.172",
    text="""Το μήνυμά σας προς maria.georgiou@cytanet.com.cy δεν παραδόθηκε.
Ο λογαριασμός του παραλήπτη έχει ανασταλεί προσωρινά.

Your message to maria.georgiou@cytanet.com.cy was not delivered:
the recipient's account is temporarily suspended.
""", orig_msg=orig("maria.georgiou@cytanet.com.cy", "Invoice 2026-3312", dt(2026, 11, 11, 8, 59, 30, "+0200"), n)))
expect(n, "maria.georgiou@cytanet.com.cy", "suspend", vendor="cytanet")

n = "exim-cy-no-such-user-cpanel.eml"
d = dt(2026, 11, 12, 10, 0, 0, "+0200")
write(OUT, n, with_returned(n, host="server.limassol-host.example", sw="Exim 4.97.1", frm="Mail Delivery System <Mailer-Daemon@server.limassol-host.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.175",
    text=exim_text("""  accounts@paphos-villas.example
    host paphos-villas.example [203.0.113.176]
    SMTP error from remote mail server after RCPT TO:<accounts@paphos-villas.example>:
    550 No Such User Here"
"""), orig_msg=orig("accounts@paphos-villas.example", "Booking deposit", dt(2026, 11, 12, 9, 59, 40, "+0200"), n)))
expect(n, "accounts@paphos-villas.example", "userunknown", True, "", "550", vendor="exim")

n = "exim-gr-local-quota.eml"
d = dt(2026, 11, 13, 10, 0, 0, "+0200")
write(OUT, n, with_returned(n, host="vps.athens-web.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@vps.athens-web.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.177",
    text=exim_text("""  grafeio@kalamata-olive.example
    mailbox is full: retry timeout exceeded
"""), orig_msg=orig("grafeio@kalamata-olive.example", "Sample request", dt(2026, 11, 9, 9, 59, 40, "+0200"), n)))
expect(n, "grafeio@kalamata-olive.example", "mailboxfull", vendor="exim")

n = "exim-gr-retry-timeout.eml"
d = dt(2026, 11, 14, 10, 0, 0, "+0200")
write(OUT, n, with_returned(n, host="mail.heraklion-tech.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@mail.heraklion-tech.example>",
    subject="Mail delivery failed: returning message to sender", date=d, hopfrom="203.0.113.179",
    text=exim_text("""  info@chania-boats.example
    retry timeout exceeded
""", "\nThe last attempt to deliver to mx.chania-boats.example [203.0.113.180] failed:\nConnection timed out\n"),
    orig_msg=orig("info@chania-boats.example", "Charter 2027", dt(2026, 11, 10, 9, 59, 40, "+0200"), n)))
expect(n, "info@chania-boats.example", "expired", vendor="exim")

n = "qmail-cy-no-mailbox.eml"
d = dt(2026, 11, 15, 10, 0, 0, "+0200")
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mail.nicosia-audit.example", "qmail 1.03", d, frm="203.0.113.181", ip="203.0.113.181"),
                    ("Date", d), ("From", "MAILER-DAEMON@mail.nicosia-audit.example"), ("To", SENDER),
                    ("Subject", "failure notice"), ("Message-ID", mid(n, "mail.nicosia-audit.example"))],
    text_part("""Hi. This is the qmail-send program at mail.nicosia-audit.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<stavros@nicosia-audit.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig("stavros@nicosia-audit.example", "Audit letter", dt(2026, 11, 15, 9, 59, 40, "+0200"), n))))
expect(n, "stavros@nicosia-audit.example", "userunknown", True, "5.1.1", "", vendor="qmail")

n = "vacation-el-1253-qp.eml"
write(OUT, n, autoreply(n, frm=enc_header("Δημήτρης Αλεξίου", "windows-1253") + " <d.alexiou@otenet.gr>",
    subject=enc_header("Αυτόματη απάντηση: Εκτός γραφείου", "windows-1253", "q"), charset="windows-1253", cte="quoted-printable",
    day=16, host="mx.otenet.gr", extra=[("Auto-Submitted", "auto-replied")],
    text="""Καλησπέρα σας,

Θα βρίσκομαι εκτός γραφείου έως τις 30 Νοεμβρίου χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο.
Για επείγοντα θέματα επικοινωνήστε με το 210 5550199.

Με εκτίμηση,
Δημήτρης Αλεξίου
"""))
expect(n, "d.alexiou@otenet.gr", "vacation", action="")

n = "vacation-el-8859-7-cyprus.eml"
write(OUT, n, autoreply(n, frm="Christina Ioannou <christina@larnaca-freight.example>",
    subject="Automatic reply: Price list Q1 2027", charset="iso-8859-7", cte="base64",
    day=17, host="mail.larnaca-freight.example", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
    text="""Ευχαριστώ για το μήνυμά σας. Είμαι σε άδεια έως τις 4/12.
Thank you for your message. I am on leave until 4 December.
"""))
expect(n, "christina@larnaca-freight.example", "vacation", action="")

# ================================================================ the Gulf
n = "etisalat-spam-content-filter.eml"
write(OUT, n, pf1(n, "procurement@eim.ae", "5.7.1", "mx.eim.ae", "203.0.113.191",
                  "550 5.7.1 Message rejected as spam by Content Filtering", stage="end of data", day=2))
expect(n, "procurement@eim.ae", "spamdetected", False, "5.7.1", "550", vendor="etisalat")

n = "etisalat-async-ar-virus-1256.eml"
d = dt(2026, 11, 3, 13, 0, 0, "+0400")
write(OUT, n, with_returned(n, host="mail.eim.ae", sw="Etisalat Mail", frm=enc_header("نظام بريد اتصالات", "windows-1256") + " <postmaster@eim.ae>",
    subject=enc_header("تعذر تسليم الرسالة", "windows-1256"), date=d, charset="windows-1256", cte="base64", hopfrom="203.0.113.192",
    text="""عزيزي المستخدم،

لم يتم تسليم رسالتك إلى المستلم التالي:

    khalid.m@eim.ae

السبب: تم رفض الرسالة لأن المرفق يحتوي على فيروس (Trojan.Win32.Agent).
تم حذف الرسالة ولن تتم إعادة المحاولة.
""", orig_msg=orig("khalid.m@eim.ae", "Invoice scan", dt(2026, 11, 3, 12, 59, 30, "+0400"), n)))
expect(n, "khalid.m@eim.ae", "virusdetected", vendor="etisalat")

n = "etisalat-delay-452-system-storage.eml"
write(OUT, n, pf1(n, "tenders@emirates.net.ae", "4.3.1", "mx.emirates.net.ae", "203.0.113.193",
                  "452 4.3.1 Insufficient system storage, please retry later", stage="MAIL FROM", day=4, delay=4))
expect(n, "tenders@emirates.net.ae", "systemfull", False, "4.3.1", "452", "delayed", vendor="etisalat")

n = "du-relay-access-denied.eml"
write(OUT, n, pf1(n, "ops@jebel-ali-cargo.example", "5.7.1", "mail.jebel-ali-cargo.example", "203.0.113.201",
                  "554 5.7.1 <ops@jebel-ali-cargo.example>: Relay access denied", day=5))
expect(n, "ops@jebel-ali-cargo.example", "norelaying", False, "5.7.1", "554")

n = "du-async-over-quota.eml"
d = dt(2026, 11, 6, 13, 0, 0, "+0400")
write(OUT, n, with_returned(n, host="smtp.du.ae", sw="du Mail", frm="du Mail Delivery <MAILER-DAEMON@du.ae>",
    subject="Undeliverable: Price list Q1 2027", date=d, hopfrom="203.0.113.202",
    text="""Your message could not be delivered to the following recipient:

  fatima.hassan@du.ae

Reason: the user's mailbox is over its storage allowance. The message
was not accepted. Please ask the recipient to delete old messages.

du Mail
""", orig_msg=orig("fatima.hassan@du.ae", "Price list Q1 2027", dt(2026, 11, 6, 12, 59, 30, "+0400"), n)))
expect(n, "fatima.hassan@du.ae", "mailboxfull", vendor="du")

AR_NOTFOUND = """فشل التسليم إلى هؤلاء المستلمين أو المجموعات:

{addr}
تعذر العثور على عنوان البريد الإلكتروني الذي أدخلته. تحقق من عنوان البريد الإلكتروني للمستلم، ثم حاول إعادة إرسال الرسالة. إذا استمرت المشكلة، فاتصل بمكتب المساعدة."""

n = "exchange-ar-recipnotfound-1256.eml"
write(OUT, n, exchange(n, host="EX16.manama-trading.example", ip="203.0.113.211", addr="accounts.payable@manama-trading.example",
                       status="5.1.1", reply="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
                       local_text=AR_NOTFOUND, charset="windows-1256", cte="base64", day=7,
                       subject=enc_header("تعذر التسليم: Order confirmation 2026-07", "windows-1256")))
expect(n, "accounts.payable@manama-trading.example", "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exchange-ar-hop-count-utf8.eml"
write(OUT, n, exchange(n, host="MBX2.muscat-engineering.example", ip="203.0.113.213", addr="projects@muscat-engineering.example",
                       status="5.4.14", reply="554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
                       local_text="""فشل التسليم إلى هؤلاء المستلمين أو المجموعات:

{addr}
تم اكتشاف حلقة في توجيه البريد. تجاوزت الرسالة الحد الأقصى لعدد الخوادم التي يمكن أن تمر بها.""",
                       charset="utf-8", cte="base64", day=8,
                       subject=enc_header("تعذر التسليم: Order confirmation 2026-08", "utf-8")))
expect(n, "projects@muscat-engineering.example", "networkerror", False, "5.4.14", "554", vendor="exchange")

n = "batelco-sender-domain-not-found.eml"
write(OUT, n, pf1(n, "info@batelco.com.bh", "5.1.8", "mx.batelco.com.bh", "203.0.113.221",
                  "553 5.1.8 <export@levant-trading.example>: Sender address rejected: Domain not found",
                  stage="RCPT TO", day=9))
expect(n, "info@batelco.com.bh", "rejected", False, "5.1.8", "553", vendor="batelco")

n = "batelco-async-domain-does-not-exist.eml"
d = dt(2026, 11, 10, 13, 0, 0, "+0300")
write(OUT, n, with_returned(n, host="relay.batelco.com.bh", sw="Batelco Mail", frm="Mail Administrator <postmaster@batelco.com.bh>",
    subject="Returned mail: see transcript for details", date=d, hopfrom="203.0.113.222", to="export@levant-trading.example",
    text="""The original message was received at Tue, 10 Nov 2026 12:58:10 +0300
from [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<sales@seef-electronics.bh.example>
    (reason: 550 5.1.2 Host unknown (Name server: seef-electronics.bh.example: host not found))

   ----- Transcript of session follows -----
550 5.1.2 <sales@seef-electronics.bh.example>... Host unknown (Name server: seef-electronics.bh.example: host not found)
""", orig_msg=orig("sales@seef-electronics.bh.example", "Quotation", dt(2026, 11, 10, 12, 58, 0, "+0300"), n)))
expect(n, "sales@seef-electronics.bh.example", "hostunknown", True, "5.1.2", "550", vendor="sendmail")

n = "omantel-tls-required.eml"
write(OUT, n, pf1(n, "treasury@sohar-bank.example", "5.7.10", "mx.sohar-bank.example", "203.0.113.231",
                  "530 5.7.10 Must issue a STARTTLS command first; encryption is required for this domain",
                  stage="MAIL FROM", day=11))
expect(n, "treasury@sohar-bank.example", "failedstarttls", False, "5.7.10", "530")

n = "omantel-delay-dns-servfail.eml"
write(OUT, n, pf1(n, "info@omantel.net.om", "4.4.3", "", "",
                  "Host or domain name not found. Name service error for name=omantel.net.om type=MX: Host not found, try again",
                  stage=None, day=12, delay=3))
expect(n, "info@omantel.net.om", "networkerror", False, "4.4.3", "", "delayed", vendor="omantel")

n = "omantel-user-unknown-sendmail.eml"
write(OUT, n, pf1(n, "salim.harthy@omantel.net.om", "5.1.1", "mx.omantel.net.om", "203.0.113.233",
                  "550 5.1.1 <salim.harthy@omantel.net.om>... User unknown", day=13))
expect(n, "salim.harthy@omantel.net.om", "userunknown", True, "5.1.1", "550", vendor="omantel")

n = "gulf-m365-dbeb-access-denied.eml"
write(OUT, n, pf1(n, "hr@doha-consult.example", "5.4.1", "doha-consult-example.mail.protection.outlook.com", "192.0.2.51",
                  "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [DB5PEPF00014B8F.eurprd04.prod.outlook.com 2026-11-14T09:13:58.129Z 08DD0BA5E9C1F7A2]",
                  day=14))
expect(n, "hr@doha-consult.example", "userunknown", True, "5.4.1", "550", vendor="office365")

n = "vacation-ar-utf8.eml"
write(OUT, n, autoreply(n, frm=enc_header("أحمد الشامسي", "utf-8") + " <ahmed.shamsi@du.ae>",
    subject=enc_header("رد تلقائي: خارج المكتب", "utf-8"), charset="utf-8", cte="base64",
    day=15, host="smtp.du.ae", extra=[("Auto-Submitted", "auto-replied")],
    text="""السلام عليكم،

أنا خارج المكتب حتى يوم الأحد ٦ ديسمبر ولن أتمكن من الرد على البريد الإلكتروني.
للأمور العاجلة يرجى التواصل مع مكتب المشتريات على procurement@du-partner.example.

مع التحية،
أحمد الشامسي
"""))
expect(n, "ahmed.shamsi@du.ae", "vacation", action="")

n = "vacation-ar-1256-bilingual.eml"
write(OUT, n, autoreply(n, frm="Yousef Al-Balushi <yousef@omantel.net.om>",
    subject="Out of Office / " + enc_header("خارج المكتب", "windows-1256"), charset="windows-1256", cte="quoted-printable",
    day=16, host="mx.omantel.net.om", extra=[("Auto-Submitted", "auto-replied")],
    text="""شكرا لرسالتك. أنا في إجازة حتى 3 ديسمبر.

Thank you for your email. I am on annual leave until 3 December
with limited access to email.
"""))
expect(n, "yousef@omantel.net.om", "vacation", action="")

# ================================================================ Iran
n = "chmail-ir-recipient-not-found-fa-intro.eml"
write(OUT, n, pf1(n, "reza.ahmadi@chmail.ir", "5.1.1", "mx.chmail.ir", "203.0.113.241",
                  "550 5.1.1 Recipient not found: reza.ahmadi@chmail.ir", day=2, charset="utf-8", cte="base64",
                  intro="""این پیام به‌طور خودکار توسط سرور ایمیل شرکت ارسال شده است.
پیام شما به یک یا چند گیرنده تحویل داده نشد. جزئیات خطا به زبان انگلیسی در ادامه آمده است.

"""))
expect(n, "reza.ahmadi@chmail.ir", "userunknown", True, "5.1.1", "550", vendor="chmail")

n = "iran-async-fa-no-mailbox-utf8.eml"
d = dt(2026, 11, 3, 11, 30, 0, "+0330")
write(OUT, n, with_returned(n, host="mail.iran-post.example", sw="Postfix", frm=enc_header("سامانه پست الکترونیک", "utf-8") + " <postmaster@iran-post.example>",
    subject=enc_header("پیام تحویل داده نشد", "utf-8"), date=d, charset="utf-8", cte="quoted-printable", hopfrom="203.0.113.243",
    text="""کاربر گرامی،

پیام شما به نشانی زیر تحویل داده نشد:

    m.karimi@iran-post.example

علت: چنین صندوق پستی در این سرور وجود ندارد. لطفاً نشانی گیرنده را بررسی کنید.

این پیام به‌صورت خودکار ارسال شده است؛ لطفاً به آن پاسخ ندهید.
""", orig_msg=orig("m.karimi@iran-post.example", "Proforma invoice", dt(2026, 11, 3, 11, 29, 30, "+0330"), n)))
expect(n, "m.karimi@iran-post.example", "userunknown", True)

n = "iran-country-block-554.eml"
write(OUT, n, pf1(n, "bazargani@isfahan-steel.example", "5.7.1", "mail.isfahan-steel.example", "203.0.113.245",
                  "554 5.7.1 Service unavailable; client host [198.51.100.25] blocked, connections from your IP range are not allowed",
                  stage="connect", day=4))
expect(n, "bazargani@isfahan-steel.example", "blocked", False, "5.7.1", "554")

n = "parsonline-expired-5-days.eml"
write(OUT, n, pf1(n, "info@parsonline.net", "4.4.1", "", "",
                  "delivery temporarily suspended: connect to mx.parsonline.net[203.0.113.247]:25: Connection timed out",
                  stage=None, day=9).replace("be delivered to one or more recipients. It's attached below.",
                                             "be delivered to one or more recipients. It's attached below.\n\nThe message was queued for 5 days and delivery was given up."))
expect(n, "info@parsonline.net", "expired", False, "4.4.1", "", vendor="parsonline")

n = "shatel-delay-connection-refused.eml"
write(OUT, n, pf1(n, "office@shatel.ir", "4.4.1", "", "",
                  "connect to mx.shatel.ir[203.0.113.249]:25: Connection refused", stage=None, day=10, delay=8))
expect(n, "office@shatel.ir", "networkerror", False, "4.4.1", "", "delayed", vendor="shatel")

n = "iran-exchange-fa-quota-utf8.eml"
write(OUT, n, exchange(n, host="MAIL.tabriz-carpet.example", ip="203.0.113.251", addr="sales@tabriz-carpet.example",
                       status="5.2.2", reply="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
                       local_text="""تحویل به این گیرندگان یا گروه‌ها انجام نشد:

{addr}
صندوق پستی گیرنده پر است و در حال حاضر نمی‌تواند پیامی دریافت کند. بعداً دوباره امتحان کنید.""",
                       charset="utf-8", cte="base64", day=11,
                       subject=enc_header("قابل تحویل نیست: Order confirmation 2026-11", "utf-8")))
expect(n, "sales@tabriz-carpet.example", "mailboxfull", False, "5.2.2", "554", vendor="exchange")

n = "sendmail-ir-user-unknown.eml"
d = dt(2026, 11, 12, 10, 30, 0, "+0330")
write(OUT, n, with_returned(n, host="mail.shiraz-uni.example", sw="Sendmail 8.15.2", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.shiraz-uni.example>",
    subject="Returned mail: see transcript for details", date=d, hopfrom="203.0.113.253",
    text="""The original message was received at Thu, 12 Nov 2026 10:29:51 +0330
from mail.levant-trading.example [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<h.rostami@shiraz-uni.example>
    (reason: 550 5.1.1 <h.rostami@shiraz-uni.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailbox.shiraz-uni.example.:
>>> RCPT To:<h.rostami@shiraz-uni.example>
<<< 550 5.1.1 <h.rostami@shiraz-uni.example>... User unknown
550 5.1.1 <h.rostami@shiraz-uni.example>... User unknown
""", orig_msg=orig("h.rostami@shiraz-uni.example", "Conference invitation", dt(2026, 11, 12, 10, 29, 40, "+0330"), n)))
expect(n, "h.rostami@shiraz-uni.example", "userunknown", True, "5.1.1", "550", vendor="sendmail")

n = "iran-filtered-recipient-refuses.eml"
write(OUT, n, pf1(n, "modir@mashhad-saffron.example", "5.7.1", "mx.mashhad-saffron.example", "203.0.113.254",
                  "550 5.7.1 Message refused by recipient: sender is on the recipient's block list",
                  stage="end of data", day=13))
expect(n, "modir@mashhad-saffron.example", "filtered", False, "5.7.1", "550")

n = "vacation-fa-utf8.eml"
write(OUT, n, autoreply(n, frm=enc_header("سارا محمدی", "utf-8") + " <sara.mohammadi@chmail.ir>",
    subject=enc_header("پاسخ خودکار: در مرخصی هستم", "utf-8"), charset="utf-8", cte="quoted-printable",
    day=17, host="mx.chmail.ir", extra=[("Auto-Submitted", "auto-replied")],
    text="""با سلام،

از تاریخ ۵ تا ۱۲ آذر در مرخصی هستم و به ایمیل دسترسی ندارم.
در صورت نیاز فوری با همکارم آقای رضایی تماس بگیرید.

با احترام،
سارا محمدی
"""))
expect(n, "sara.mohammadi@chmail.ir", "vacation", action="")

# ---------------------------------------------------------------- mixed, multi-recipient
n = "postfix-three-rcpt-levant-mix.eml"
write(OUT, n, pf(n, [("dana.avraham@walla.co.il", "5.1.1", *WALLA,
                      "550 5.1.1 <dana.avraham@walla.co.il>: Recipient address rejected: User unknown in local recipient table", "RCPT TO"),
                     ("s.yildiz@ttmail.com", "5.2.2", "mx.ttmail.com", "203.0.113.101",
                      "552 5.2.2 <s.yildiz@ttmail.com>: Mailbox quota exceeded", "RCPT TO"),
                     ("m.nikolaou@otenet.gr", "5.2.1", *OTE,
                      "550 5.2.1 <m.nikolaou@otenet.gr>: Account inactive", "RCPT TO")],
                 day=20, osubj="Season greetings and new catalogue"))
expect(n, "dana.avraham@walla.co.il", "userunknown", True, "5.1.1", "550", vendor="walla")
expect(n, "s.yildiz@ttmail.com", "mailboxfull", False, "5.2.2", "552", vendor="ttnet")
expect(n, "m.nikolaou@otenet.gr", "suspend", False, "5.2.1", "550", vendor="otenet")

n = "gulf-reputation-421-delay.eml"
write(OUT, n, pf1(n, "logistics@ras-tanura-supply.example", "4.7.0", "mx.ras-tanura-supply.example", "203.0.113.235",
                  "421 4.7.0 Your IP 198.51.100.25 has a poor sender reputation score; connection deferred",
                  stage="MAIL FROM", day=21, delay=5))
expect(n, "logistics@ras-tanura-supply.example", "badreputation", False, "4.7.0", "421", "delayed")

n = "cyprus-spf-fail.eml"
write(OUT, n, pf1(n, "legal@famagusta-law.example", "5.7.23", "mail.famagusta-law.example", "203.0.113.185",
                  "550 5.7.23 SPF validation failed: 198.51.100.25 is not permitted to send for levant-trading.example",
                  stage="MAIL FROM", day=22))
expect(n, "legal@famagusta-law.example", "authfailure", False, "5.7.23", "550")

n = "israel-exchange-online-user-unknown-two.eml"
write(OUT, n, pf(n, [("yael@herzliya-dev.example", "5.1.10", "herzliya-dev-example.mail.protection.outlook.com", "192.0.2.53",
                      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient yael@herzliya-dev.example not found by SMTP address lookup", "RCPT TO"),
                     ("ido@herzliya-dev.example", "5.1.10", "herzliya-dev-example.mail.protection.outlook.com", "192.0.2.53",
                      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ido@herzliya-dev.example not found by SMTP address lookup", "RCPT TO")],
                 day=23, osubj="Partner meeting"))
expect(n, "yael@herzliya-dev.example", "userunknown", True, "5.1.10", "550", vendor="office365")
expect(n, "ido@herzliya-dev.example", "userunknown", True, "5.1.10", "550", vendor="office365")

n = "turkey-syntax-error-503.eml"
write(OUT, n, pf1(n, "destek@ankara-yazilim.example", "5.5.1", "mx.ankara-yazilim.example", "203.0.113.125",
                  "503 5.5.1 Error: need MAIL command", stage="RCPT TO", day=24))
expect(n, "destek@ankara-yazilim.example", "syntaxerror", False, "5.5.1", "503")

# ================================================================ near-miss ordinary mail (not-bounce/)
n = "nb-he-reply-did-my-mail-bounce-1255.eml"
write(NB, n, ordinary(n, frm=enc_header("עידו ברק", "windows-1255") + " <ido.barak@negev-solar.example>", to=SENDER,
    subject=enc_header("תשובה: ההודעה חזרה אליי?", "windows-1255"), date=dt(2026, 11, 18, 9, 3, 0, "+0200"),
    host="mail.negev-solar.example", charset="windows-1255", cte="base64", extra=[("In-Reply-To", "<a1@levant-trading.example>")],
    text="""היי,

קיבלתי את ההודעה שלך בסוף, אבל נראה שהיא נשלחה פעמיים.
אצלנו השרת החזיר הודעת "לא ניתן למסור" לכתובת הישנה של נועה, אז עדכנתי אותה ברשימה.
הכתובת החדשה שלה: noa.k@negev-solar.example

תודה,
עידו
"""))

n = "nb-he-walla-newsletter-8859-8.eml"
write(NB, n, ordinary(n, frm=enc_header("וואלה! שופס", "iso-8859-8") + " <newsletter@shops.walla.co.il>", to="dana.levi@walla.co.il",
    subject=enc_header("מבצעי סוף השנה: עד 50% הנחה", "iso-8859-8"), date=dt(2026, 11, 19, 7, 0, 0, "+0200"),
    host="mta.shops.walla.co.il", charset="iso-8859-8", cte="quoted-printable", extra=[("List-Unsubscribe", "<mailto:unsubscribe@shops.walla.co.il>"), ("Precedence", "bulk")],
    text="""מבצעי סוף השנה כבר כאן!
עד 50% הנחה על מוצרי חשמל, אופנה ועוד.

להסרה מרשימת התפוצה השב "הסר" או לחץ על הקישור בתחתית ההודעה.
"""))

n = "nb-he-spam-mailbox-will-be-suspended.eml"
write(NB, n, ordinary(n, frm=enc_header("מנהל מערכת הדואר", "utf-8") + " <security@mail-verify-il.example>", to="finance@carmel-robotics.example",
    subject=enc_header("תיבת הדואר שלך תושעה תוך 24 שעות", "utf-8"), date=dt(2026, 11, 19, 3, 14, 0, "+0000"),
    host="bulk.mail-verify-il.example", charset="utf-8", cte="base64",
    text="""משתמש יקר,

תיבת הדואר שלך הגיעה למגבלת האחסון ותושעה תוך 24 שעות.
כדי להימנע מחסימה, אמת את החשבון שלך כאן: http://verify-mailbox.example/il

צוות התמיכה
"""))

n = "nb-tr-reply-adres-degisti-1254.eml"
write(NB, n, ordinary(n, frm="Selin Kaya <selin.kaya@anadolu-makina.example>", to=SENDER,
    subject="Ynt: Order confirmation 2026-09", date=dt(2026, 11, 9, 14, 0, 0, "+0300"),
    host="EXC02.anadolu-makina.example", charset="windows-1254", cte="quoted-printable",
    text="""Merhaba,

Satın alma adresimiz değişti, eski adrese gönderdiğiniz ileti geri dönmüş olabilir.
Bundan sonra lütfen tedarik@anadolu-makina.example adresini kullanın.

İyi çalışmalar,
Selin
"""))

n = "nb-tr-ttnet-fatura-bildirimi.eml"
write(NB, n, ordinary(n, frm="TTNET <bilgi@ttnet.example>", to="muhasebe@ttmail.com",
    subject=enc_header("Kasım 2026 faturanız hazır", "iso-8859-9"), date=dt(2026, 11, 20, 10, 0, 0, "+0300"),
    host="mta.ttnet.example", charset="iso-8859-9", cte="quoted-printable",
    text="""Değerli abonemiz,

Kasım 2026 dönemine ait faturanız oluşturulmuştur.
Son ödeme tarihi: 5 Aralık 2026. Tutar: 349,90 TL

Bu e-posta bilgilendirme amaçlıdır, lütfen yanıtlamayınız.
"""))

n = "nb-tr-yandex-login-notice-utf8.eml"
write(NB, n, ordinary(n, frm="Yandex ID <noreply@id.yandex.com.tr>", to="mehmet.yilmaz@yandex.com.tr",
    subject=enc_header("Hesabınıza yeni bir cihazdan giriş yapıldı", "utf-8"), date=dt(2026, 11, 20, 22, 10, 0, "+0300"),
    host="forward5.mail.yandex.net", charset="utf-8", cte="base64",
    text="""Merhaba Mehmet,

Hesabınıza 20 Kasım 2026, 22:09 tarihinde Ankara'dan yeni bir cihazla giriş yapıldı.
Bu siz değilseniz, şifrenizi hemen değiştirin.

Yandex ekibi
"""))

n = "nb-tr-human-ofis-disi-donus.eml"
write(NB, n, ordinary(n, frm="Zeynep Arslan <zeynep@kapadokya-tur.example>", to=SENDER,
    subject="Re: " + enc_header("Ofis dışındayım: Price list Q1 2027", "utf-8", "q"), date=dt(2026, 11, 28, 9, 0, 0, "+0300"),
    host="mail.kapadokya-tur.example", charset="utf-8", cte="quoted-printable",
    text="""Merhaba,

Ofise döndüm, fiyat listenizi inceledim. Ocak için 40 koli sipariş vermek istiyoruz.
Proforma fatura gönderebilir misiniz?

Zeynep
"""))

n = "nb-el-otenet-quota-warning-8859-7.eml"
write(NB, n, ordinary(n, frm="OTEnet <noreply@otenet.gr>", to="nikos.v@otenet.gr",
    subject=enc_header("Ο χώρος του γραμματοκιβωτίου σας είναι σχεδόν πλήρης", "iso-8859-7"), date=dt(2026, 11, 21, 8, 0, 0, "+0200"),
    host="mailgate.otenet.gr", charset="iso-8859-7", cte="base64",
    text="""Αγαπητέ συνδρομητή,

Το γραμματοκιβώτιό σας χρησιμοποιεί το 92% του διαθέσιμου χώρου.
Διαγράψτε παλιά μηνύματα για να συνεχίσετε να λαμβάνετε νέα.

OTEnet
"""))

n = "nb-el-reply-new-address-1253.eml"
write(NB, n, ordinary(n, frm="Giorgos Papadopoulos <g.papadopoulos@thessaloniki-wines.example>", to=SENDER,
    subject="RE: Price list Q1 2027", date=dt(2026, 11, 22, 12, 0, 0, "+0200"),
    host="mail.thessaloniki-wines.example", charset="windows-1253", cte="quoted-printable",
    text="""Καλημέρα,

Το παλιό μου email στην OTEnet έκλεισε, γι' αυτό το μήνυμά σας επέστρεψε.
Παρακαλώ χρησιμοποιείτε από εδώ και πέρα αυτή τη διεύθυνση.

Γιώργος
"""))

n = "nb-el-read-receipt-mdn.eml"
bnd = boundary(n)
write(NB, n, ordinary(n, frm="Eleni Markou <eleni@piraeus-ship.example>", to=SENDER,
    subject="Read: Price list Q1 2027", date=dt(2026, 11, 22, 15, 0, 0, "+0200"), host="mail.piraeus-ship.example",
    body=multipart("report", [text_part("Το μήνυμά σας διαβάστηκε στις 22/11/2026 15:00.\n", "iso-8859-7", "quoted-printable"),
                              part("message/disposition-notification",
                                   "Reporting-UA: mail.piraeus-ship.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;eleni@piraeus-ship.example\nOriginal-Message-ID: <B1@levant-trading.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
                   bnd, " report-type=disposition-notification;")))

n = "nb-cy-cytanet-maintenance.eml"
write(NB, n, ordinary(n, frm="Cytanet <info@cytanet.com.cy>", to="andreas.c@cytanet.com.cy",
    subject="Cytanet: scheduled mail maintenance / " + enc_header("Προγραμματισμένη συντήρηση", "utf-8"), date=dt(2026, 11, 23, 9, 0, 0, "+0200"),
    host="mail.cytanet.com.cy", charset="utf-8", cte="quoted-printable",
    text="""Αγαπητέ πελάτη,
Την Κυριακή 29/11 από 02:00 έως 05:00 η υπηρεσία email θα είναι μη διαθέσιμη λόγω συντήρησης.
Μηνύματα που θα σταλούν στο διάστημα αυτό θα παραδοθούν κανονικά μετά τη συντήρηση.

Dear customer,
On Sunday 29/11 between 02:00 and 05:00 the email service will be unavailable for maintenance.
Messages sent during this window will be delivered normally afterwards.
"""))

n = "nb-ae-etisalat-offer-1256.eml"
write(NB, n, ordinary(n, frm="e& <offers@etisalat-offers.example>", to="procurement@eim.ae",
    subject=enc_header("عرض خاص: ضاعف سرعة الإنترنت", "windows-1256"), date=dt(2026, 11, 23, 10, 0, 0, "+0400"),
    host="mta.etisalat-offers.example", charset="windows-1256", cte="base64", extra=[("Precedence", "bulk")],
    text="""عميلنا العزيز،

استمتع بضعف سرعة الإنترنت لمدة ثلاثة أشهر دون أي رسوم إضافية.
للاشتراك أرسل "نعم" إلى 1012.

لإلغاء الاشتراك في الرسائل الترويجية اضغط هنا.
"""))

n = "nb-ae-reply-ar-delivery-question-utf8.eml"
write(NB, n, ordinary(n, frm=enc_header("فاطمة حسن", "utf-8") + " <fatima.h@jebel-ali-cargo.example>", to=SENDER,
    subject=enc_header("رد: هل وصلت رسالتي؟", "utf-8"), date=dt(2026, 11, 24, 11, 0, 0, "+0400"),
    host="mail.jebel-ali-cargo.example", charset="utf-8", cte="base64",
    text="""مرحبا،

وصلتني رسالتك، لكن زميلي قال إن رسالته إليكم رُفضت وعادت إليه.
هل يمكنكم التحقق من إعدادات البريد لديكم؟

شكرا،
فاطمة
"""))

n = "nb-ae-spam-account-deactivation-en.eml"
write(NB, n, ordinary(n, frm="\"Mail Delivery Subsystem\" <support@du-account-check.example>", to="fatima.hassan@du.ae",
    subject="Undelivered messages: your account will be deactivated", date=dt(2026, 11, 24, 2, 0, 0, "+0000"),
    host="bulk.du-account-check.example",
    text="""Dear user,

4 incoming messages are pending on our server because your mailbox
storage is full. Your account will be deactivated today.

Click here to release your messages and upgrade your quota:
http://du-account-check.example/release

Mail Administrator
"""))

n = "nb-bh-batelco-welcome.eml"
write(NB, n, ordinary(n, frm="Batelco <welcome@batelco-news.example>", to="info@batelco.com.bh",
    subject="Welcome to Batelco Fibre", date=dt(2026, 11, 25, 9, 0, 0, "+0300"), host="mta.batelco-news.example",
    text="""Welcome to Batelco Fibre!

Your new email address is active. Your mailbox has 10 GB of storage.
Set up your mail client with the settings below...
"""))

n = "nb-om-helpdesk-ticket-quoting-ndr.eml"
write(NB, n, ordinary(n, frm="IT Helpdesk <helpdesk@sohar-bank.example>", to="treasury@sohar-bank.example",
    subject="[Ticket #88213] Mail from levant-trading rejected - resolved", date=dt(2026, 11, 25, 12, 0, 0, "+0400"),
    host="mail.sohar-bank.example",
    text="""Hello,

Your ticket has been resolved. The sender's server did not use TLS and
our gateway refused it. We have asked their postmaster to enable STARTTLS;
their mail now arrives normally.

Regards,
IT Helpdesk
"""))

n = "nb-ir-newsletter-fa-utf8.eml"
write(NB, n, ordinary(n, frm=enc_header("خبرنامه دیجی", "utf-8") + " <news@digi-news.example>", to="reza.ahmadi@chmail.ir",
    subject=enc_header("تخفیف‌های ویژه آذر ماه", "utf-8"), date=dt(2026, 11, 26, 8, 0, 0, "+0330"),
    host="mta.digi-news.example", charset="utf-8", cte="quoted-printable", extra=[("List-Unsubscribe", "<https://digi-news.example/u>")],
    text="""سلام،

تخفیف‌های ویژه آذر ماه آغاز شد! تا ۴۰٪ تخفیف روی لوازم دیجیتال.

برای لغو عضویت در خبرنامه اینجا کلیک کنید.
"""))

n = "nb-ir-reply-fa-will-send-1256.eml"
write(NB, n, ordinary(n, frm="Hossein Rostami <h.rostami2@shiraz-uni.example>", to=SENDER,
    subject="Re: Conference invitation", date=dt(2026, 11, 26, 10, 0, 0, "+0330"),
    host="mail.shiraz-uni.example", charset="windows-1256", cte="base64",
    text="""سلام،

ایمیل قبلی شما به نشانی قدیمی من برگشت خورده بود. لطفا از این نشانی استفاده کنید.
دعوت‌نامه را دریافت کردم و در کنفرانس شرکت می‌کنم.

حسین رستمی
""".replace("ی", "ي").replace("ک", "ك")))

n = "nb-ir-provider-notice-fa-quota.eml"
write(NB, n, ordinary(n, frm=enc_header("چاپار", "utf-8") + " <noreply@chmail.ir>", to="reza.ahmadi@chmail.ir",
    subject=enc_header("افزایش فضای صندوق پستی", "utf-8"), date=dt(2026, 11, 27, 9, 0, 0, "+0330"),
    host="mx.chmail.ir", charset="utf-8", cte="base64",
    text="""کاربر گرامی،

فضای صندوق پستی همه کاربران از امروز به ۲۰ گیگابایت افزایش یافت.
نیازی به انجام کاری از سوی شما نیست.

تیم چاپار
"""))

n = "nb-il-gworkspace-alert-he-utf8.eml"
write(NB, n, ordinary(n, frm="Google Workspace <workspace-noreply@google.com>", to="admin@galil-optics.example",
    subject=enc_header("התראה: משתמש השעה את החשבון", "utf-8"), date=dt(2026, 11, 27, 6, 0, 0, "+0000"),
    host="mail-sor-f69.google.com", charset="utf-8", cte="quoted-printable",
    text="""שלום מנהל,

המשתמש gil@galil-optics.example הושעה על ידי מנהל בתאריך 26 בנובמבר 2026.
ניתן לבטל את ההשעיה ממסוף הניהול.

צוות Google Workspace
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
