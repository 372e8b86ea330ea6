#!/usr/bin/env python3
"""Writes testdata/unseen/batch-61: one night of an Eastern and Central
European marketplace (second take). The marketplace (bazar-vostok.example)
sends order mail from its own MTA and runs its support and seller desks on
Yandex 360 and Mail.ru for Business; the bounces come back from Yandex,
Mail.ru, Rambler, UKR.NET, i.ua, Seznam, Centrum.cz, WP.pl, Onet, Interia,
o2.pl, Abv.bg, Freemail.hu, Citromail, Zoznam.sk, shared hosting (Plesk,
ISPmanager, RoundCube users) and Kerio Connect at companies, in Russian,
Ukrainian, Czech, Slovak, Polish, Bulgarian and Hungarian, in KOI8-R,
windows-1251, ISO-8859-2, windows-1250 and UTF-8. About one in eight is a
delay; auto-replies (автоответ) are vacation; not-bounce/ holds near misses.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch61.py [DIR]"""
import datetime
import email.utils
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (EXPECT, b64, boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

MKT = "bazar-vostok.example"
MTA = "mta2.out.bazar-vostok.example"
MTA_IP = "192.0.2.41"
ORDERS = "orders@bazar-vostok.example"
SUPPORT = "support@bazar-vostok.example"
SELLERS = "sellers@bazar-vostok.example"

_n = [0]


def when(offset_min=0):
    """The night of 27/28 November 2026, a minute clock per file."""
    _n[0] += 1
    m = 20 * 60 + 7 + 3 * _n[0] + offset_min
    d = 27 + m // (24 * 60)
    m %= 24 * 60
    return dt(2026, 11, d, m // 60, m % 60, (_n[0] * 7) % 60)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def inbound(name, host, to, date):
    """The marketplace's (or Yandex 360's / Mail.ru's hosted) MX taking the notice in."""
    dom = to.split("@")[-1].rstrip(">")
    if dom == MKT:
        by, sw = "mx1.bazar-vostok.example", "Postfix"
    elif dom.endswith(MKT):
        by, sw = "mx2.bazar-vostok.example", "Postfix"
    else:
        return ""
    ip = "198.51.100." + str(int(hashlib.md5(host.encode()).hexdigest()[:2], 16) % 200 + 20)
    return received([(host, ip, by, sw, qid(name + "/in", 10), date, to)]) + "\n"


def earlier(name, date):
    """The returned message's own date: minutes before the notice, days for a queue that gave up."""
    t = email.utils.parsedate_to_datetime(date)
    gaveup = any(w in name for w in ("queue-too-long", "retry-timeout", "5-sutok"))
    t -= datetime.timedelta(days=5, minutes=2) if gaveup else datetime.timedelta(minutes=4 + len(name) % 9)
    if "delay" in name:
        t -= datetime.timedelta(hours=4)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


def orig(name, frm, to, subject, date, extra=""):
    date = earlier(name, date)
    return orig_headers(frm, to, subject, date, mid(name + "/o", frm.split("@")[1]), extra)


def osubj(i, rcpt=""):
    num = 700000 + 37 * i + len(rcpt) * 11
    lang = {"ru": 0, "kz": 0, "by": 0, "ua": 1, "cz": 2, "pl": 3, "eu": 3, "bg": 4, "hu": 5, "sk": 6}
    tld = rcpt.rsplit(".", 1)[-1] if rcpt else ""
    if rcpt.endswith("ukr.net") or rcpt.endswith("@i.ua"):
        tld = "ua"
    if tld == "example":
        hints = {2: ("brno", "olomouc", "praha", "zlin", "jesenik", "obchod"), 3: ("lodz", "radom", "kielce"),
                 5: ("eger",), 7: ("nordhafen", "eu-components", "baltic")}
        tld, i = "", 0
        for k, words in hints.items():
            if any(w in rcpt for w in words):
                i = k
    if tld in lang:
        i = lang[tld]
    subs = ["Заказ №{} оформлен", "Замовлення №{} відправлено", "Objednávka č. {} byla odeslána",
            "Zamówienie nr {} zostało wysłane", "Поръчка № {} е изпратена", "Rendelés {} feladva",
            "Objednávka č. {} je na ceste", "Order {} shipped"]
    s = subs[i % len(subs)].format(num)
    return enc_header(s, "utf-8") if any(ord(c) > 127 for c in s) else s


# ---------------------------------------------------------------- templates

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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, *, rcpts, host=MTA, sender=ORDERS, delay=False, i=0):
    """rcpts: list of dicts rcpt, mx, ip, diag, status, stage (RCPT TO/DATA/end of DATA/None)."""
    date = when()
    tail = ""
    recips = []
    for r in rcpts:
        if r.get("text"):
            tail += f"<{r['rcpt']}>: {r['text']}\n\n"
        else:
            stage = r.get("stage", "RCPT TO")
            tail += f"<{r['rcpt']}>: host {r['mx']}[{r['ip']}] said: {r['diag']} (in reply to {stage} command)\n\n"
        recips.append({"final": r["rcpt"], "original": r["rcpt"], "action": "delayed" if delay else "failed",
                       "status": r["status"], "remote": r.get("mx"), "diag": r.get("dsn_diag", r.get("diag"))})
    head = (PF_DELAY if delay else PF_HEAD).format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=head + tail,
                    recips=recips, arrival=date,
                    orig=orig(name, sender, ", ".join(r["rcpt"] for r in rcpts), osubj(i, rcpts[0]["rcpt"]), date))


def exim(name, *, host, sender, rcpts, i=0, delay=False, intro=None, frm=None, subject=None, extra=()):
    """An Exim bounce; rcpts: rcpt, lines (the indented block under the address)."""
    date = when()
    if delay:
        text = (f"This message was created automatically by mail delivery software.\n"
                f"A message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than 24 hours on the queue on {host}.\n\n")
    else:
        text = intro or ("This message was created automatically by mail delivery software.\n\n"
                         "A message that you sent could not be delivered to one or more of its\n"
                         "recipients. This is a permanent error. The following address(es) failed:\n\n")
    for r in rcpts:
        text += f"  {r['rcpt']}\n" + "".join(f"    {ln}\n" for ln in r["lines"]) + "\n"
    if delay:
        text += ("No action is required on your part. Delivery attempts will continue for\n"
                 "some time, and this warning may be repeated at intervals if the message\n"
                 "remains undelivered. Eventually the mail delivery software will give up,\n"
                 "and when that happens, the message will be returned to you.\n")
    text += "------ This is a copy of the message's headers. ------\n\n"
    text += orig(name, sender, ", ".join(r["rcpt"] for r in rcpts), osubj(i, rcpts[0]["rcpt"]), date)
    subj = subject or ("Warning: message " + qid(name, 6) + "-000Ab1-3F delayed 24 hours" if delay
                       else "Mail delivery failed: returning message to sender")
    heads = ["Return-Path: <>", inbound(name, host, sender, date) + hop(name, host, "Exim 4.96", date),
             ("Date", date), ("From", frm or f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", subj), ("Message-ID", mid(name, host))] + list(extra) + [
             ("X-Failed-Recipients", ", ".join(r["rcpt"] for r in rcpts)), ("Auto-Submitted", "auto-replied")]
    return mail(heads, text_part(text))


def native(name, *, frm, host, sender, subject, text, charset, date=None, cte=None, rcpt_orig="", i=0,
           returned=True, extra=(), sw="Postfix"):
    """A provider's own notice in its language: text part + returned headers."""
    date = date or when()
    subj = enc_header(subject, charset) if any(ord(c) > 127 for c in subject) else subject
    heads = ["Return-Path: <>", inbound(name, host, sender, date) + hop(name, host, sw, date),
             ("Date", date), ("From", frm), ("To", sender),
             ("Subject", subj), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    if not returned:
        return mail(heads, text_part(text, charset, cte))
    bnd = boundary(name)
    body = multipart("mixed", [text_part(text, charset, cte),
                               part("text/rfc822-headers", orig(name, sender, rcpt_orig, osubj(i, rcpt_orig), date), cte=None)],
                     bnd)
    return mail(heads, body)


def kerio(name, *, host, sender, rcpt, lines, i=0, delay=False):
    """Kerio Connect's notice: a plain text report with a DSN part."""
    date = when()
    if delay:
        text = ("Your message has not been delivered yet to some of its recipients.\n"
                "Kerio Connect keeps trying; you do not need to send it again.\n\n")
    else:
        text = ("Your message could not be delivered to some or all of its recipients.\n\n")
    text += f"   Recipient: <{rcpt}>\n" + "".join(f"   {ln}\n" for ln in lines)
    text += "\nKerio Connect 10.0.6 at " + host + "\n"
    st = [ln.split()[1] for ln in lines if ln.startswith("Status:")]
    diag = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Reason:")]
    recips = [{"final": rcpt, "action": "delayed" if delay else "failed", "status": st[0] if st else "5.0.0",
               "diag": diag[0] if diag else ""}]
    subj = "Delivery delayed: " if delay else "Undeliverable: "
    return dsn_mail(name, frm=f"\"Mail Delivery Subsystem\" <postmaster@{host}>", to=sender,
                    subject=subj + "message to " + rcpt, date=date, host=host,
                    hops="Return-Path: <>\n" + inbound(name, host, sender, date)
                    + hop(name, host, "Kerio Connect 10.0.6", date), text=text,
                    recips=recips, orig=orig(name, sender, rcpt, osubj(i, rcpt), date), arrival=date)


def qmail(name, *, host, sender, rcpt, body_lines, i=0):
    date = when()
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rcpt}>:\n" + "\n".join(body_lines) + "\n\n--- Below this line is a copy of the message.\n\n")
    text += orig(name, sender, rcpt, osubj(i, rcpt), date) + "\nDobry den,\nvase objednavka byla odeslana.\n"
    heads = ["Return-Path: <>", inbound(name, host, sender, date) + hop(name, host, "qmail 1.03", date),
             ("Date", date),
             ("From", f"MAILER-DAEMON@{host}"), ("To", sender), ("Subject", "failure notice"),
             ("Message-ID", mid(name, host))]
    return mail(heads, text_part(text))


def autoreply(name, *, frm, to, subject, text, charset, host, sw="Postfix", extra=(), cte=None, i=0):
    date = when()
    subj = enc_header(subject, charset)
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>", inbound(name, host, to, date) + hop(name, host, sw, date),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, host)),
             ("In-Reply-To", mid(name + "/o", MKT)), ("Auto-Submitted", "auto-replied")] + list(extra)
    return mail(heads, text_part(text, charset, cte))


FILES = []


def bounce(name, text, exp):
    """exp: list of (recipient, reason, hard, status, reply, action, vendor)."""
    write(OUT, name, text)
    FILES.append(name)
    for e in exp:
        rcpt, reason, hard, status, reply, action, vendor = e
        expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


def nearmiss(name, text):
    write(NB, name, text)


# ================================================================ Postfix outbound (the marketplace's own MTA)

YMX, YIP = "mx.yandex.ru", "198.51.100.249"
MRMX, MRIP = "mxs.mail.ru", "198.51.100.31"

n = "b61-pf-yandex-ru-no-such-user.eml"
bounce(n, pf(n, i=1, rcpts=[dict(rcpt="lena.kovrigina@yandex.ru", mx=YMX, ip=YIP, status="5.7.1",
                                 diag="550 5.7.1 No such user!")]),
       [("lena.kovrigina@yandex.ru", "userunknown", True, "5.7.1", "550", "failed", "yandex")])

n = "b61-pf-yandex-overquota-two-rcpts.eml"
bounce(n, pf(n, i=2, rcpts=[
    dict(rcpt="dacha.semena@ya.ru", mx=YMX, ip=YIP, status="5.2.2",
         diag="552 5.2.2 Mailbox size limit exceeded"),
    dict(rcpt="p.abramov@yandex.by", mx="mx.yandex.net", ip="198.51.100.249", status="5.1.1",
         diag="550 5.1.1 Recipient not found")]),
       [("dacha.semena@ya.ru", "mailboxfull", False, "5.2.2", "552", "failed", "yandex"),
        ("p.abramov@yandex.by", "userunknown", True, "5.1.1", "550", "failed", "yandex")])

n = "b61-pf-yandex-data-spam-link.eml"
bounce(n, pf(n, i=3, rcpts=[dict(rcpt="ivan.s.tokarev@yandex.ru", mx=YMX, ip=YIP, status="5.7.1", stage="end of DATA",
                                 diag="554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc "
                                      "1764273421-aB3dEf9Kq1-xYz")]),
       [("ivan.s.tokarev@yandex.ru", "spamdetected", False, "5.7.1", "554", "failed", "yandex")])

n = "b61-pf-yandex360-dmarc-reject.eml"
bounce(n, pf(n, i=4, sender="promo@news.bazar-vostok.example", rcpts=[
    dict(rcpt="zakupki@tehsnab-ural.example", mx="mx.yandex.net", ip="198.51.100.249", status="5.7.1",
         stage="end of DATA",
         diag="550 5.7.1 Email rejected per DMARC policy for news.bazar-vostok.example "
              "1764273500-Hq2Ls7Mn-r8")]),
       [("zakupki@tehsnab-ural.example", "authfailure", False, "5.7.1", "550", "failed", "yandex")])

n = "b61-pf-yandex-delay-sender-domain-not-found.eml"
bounce(n, pf(n, i=5, delay=True, sender="bounce-5120@mail.bazar-vostok.example",
             rcpts=[dict(rcpt="m.gusev@yandex.kz", mx=YMX, ip=YIP, status="4.1.8", stage="MAIL FROM",
                         diag="450 4.1.8 <bounce-5120@mail.bazar-vostok.example>: Sender address rejected: "
                              "Domain not found")]),
       [("m.gusev@yandex.kz", "rejected", False, "4.1.8", "450", "delayed", "yandex")])

n = "b61-pf-mailru-user-not-found.eml"
bounce(n, pf(n, i=6, rcpts=[dict(rcpt="sasha_kotlyarov88@mail.ru", mx=MRMX, ip=MRIP, status="5.0.0",
                                 diag="550 Message was not accepted -- invalid mailbox.  Local mailbox "
                                      "sasha_kotlyarov88@mail.ru is unavailable: user not found")]),
       [("sasha_kotlyarov88@mail.ru", "userunknown", True, "5.0.0", "550", "failed", "mailru")])

n = "b61-pf-mailru-bk-account-disabled.eml"
bounce(n, pf(n, i=7, rcpts=[dict(rcpt="rybalka.volga@bk.ru", mx=MRMX, ip=MRIP, status="5.0.0",
                                 diag="550 Message was not accepted -- invalid mailbox.  Local mailbox "
                                      "rybalka.volga@bk.ru is unavailable: account is disabled")]),
       [("rybalka.volga@bk.ru", "suspend", False, "5.0.0", "550", "failed", "mailru")])

n = "b61-pf-mailru-delay-ratelimit.eml"
bounce(n, pf(n, i=8, delay=True, rcpts=[dict(rcpt="olga.vinokurova@list.ru", mx=MRMX, ip=MRIP, status="4.7.0",
                                             diag="421 4.7.0 Too many messages from your IP in a short period. "
                                                  "Ratelimit exceeded, try again later.")]),
       [("olga.vinokurova@list.ru", "ratelimited", False, "4.7.0", "421", "delayed", "mailru")])

n = "b61-pf-mailru-ip-blocked-help-link.eml"
bounce(n, pf(n, i=9, rcpts=[dict(rcpt="tanya.bel@inbox.ru", mx=MRMX, ip=MRIP, status="5.7.1", stage="MAIL FROM",
                                 diag="550 5.7.1 Your IP 192.0.2.41 is blocked by our anti-spam. "
                                      "See https://help.mail.ru/postmaster/bounces")]),
       [("tanya.bel@inbox.ru", "blocked", False, "5.7.1", "550", "failed", "mailru")])

n = "b61-pf-mailru-headers-not-rfc.eml"
bounce(n, pf(n, i=10, rcpts=[dict(rcpt="kirill.d@mail.ua", mx=MRMX, ip=MRIP, status="5.7.1", stage="end of DATA",
                                  diag="550 5.7.1 Message headers violate RFC 5322: duplicate Subject header")]),
       [("kirill.d@mail.ua", "notcompliantrfc", False, "5.7.1", "550", "failed", "mailru")])

n = "b61-pf-rambler-over-quota.eml"
bounce(n, pf(n, i=11, rcpts=[dict(rcpt="nina-pavlovna@rambler.ru", mx="mx.rambler.ru", ip="198.51.100.66",
                                  status="5.2.2", diag="552 5.2.2 <nina-pavlovna@rambler.ru>: user is over quota")]),
       [("nina-pavlovna@rambler.ru", "mailboxfull", False, "5.2.2", "552", "failed", "rambler")])

n = "b61-pf-rambler-spamcop-listed.eml"
bounce(n, pf(n, i=12, rcpts=[dict(rcpt="vadim.oreshkin@lenta.ru", mx="mx.rambler.ru", ip="198.51.100.66",
                                  status="5.7.1", stage="MAIL FROM",
                                  diag="554 5.7.1 Service unavailable; Client host [192.0.2.41] blocked using "
                                       "bl.spamcop.net")]),
       [("vadim.oreshkin@lenta.ru", "blocked", False, "5.7.1", "554", "failed", "rambler")])

n = "b61-pf-ukrnet-delay-connection-timeout.eml"
bounce(n, pf(n, i=13, delay=True, rcpts=[dict(rcpt="oksana.bondar@ukr.net", status="4.4.1", mx="mxs.ukr.net",
                                              text="connect to mxs.ukr.net[198.51.100.250]:25: Connection timed out",
                                              dsn_diag=None)]),
       [("oksana.bondar@ukr.net", "networkerror", False, "4.4.1", "", "delayed", "ukrnet")])

n = "b61-pf-iua-mailbox-disabled.eml"
bounce(n, pf(n, i=14, rcpts=[dict(rcpt="taras.melnyk@i.ua", mx="mx.i.ua", ip="203.0.113.14", status="5.2.1",
                                  diag="550 5.2.1 <taras.melnyk@i.ua>: mailbox disabled due to inactivity")]),
       [("taras.melnyk@i.ua", "suspend", False, "5.2.1", "550", "failed", "iua")])

n = "b61-pf-seznam-bad-reputation.eml"
bounce(n, pf(n, i=15, rcpts=[dict(rcpt="jana.dvorakova@seznam.cz", mx="mx1.seznam.cz", ip="198.51.100.78",
                                  status="5.7.1", stage="MAIL FROM",
                                  diag="550 5.7.1 IP address 192.0.2.41 has a bad reputation. "
                                       "Visit https://napoveda.seznam.cz/cz/email/")]),
       [("jana.dvorakova@seznam.cz", "badreputation", False, "5.7.1", "550", "failed", "seznam")])

n = "b61-pf-seznam-delay-too-many-connections.eml"
bounce(n, pf(n, i=16, delay=True, rcpts=[dict(rcpt="p.horak@email.cz", mx="mx2.seznam.cz", ip="198.51.100.76",
                                              status="4.7.0", stage="MAIL FROM",
                                              diag="421 4.7.0 Too many concurrent connections from 192.0.2.41, "
                                                   "slow down")]),
       [("p.horak@email.cz", "ratelimited", False, "4.7.0", "421", "delayed", "seznam")])

n = "b61-pf-centrum-size-limit.eml"
bounce(n, pf(n, i=17, rcpts=[dict(rcpt="mirek.svoboda@centrum.cz", mx="mx.centrum.cz", ip="198.51.100.227",
                                  status="5.3.4", stage="end of DATA",
                                  diag="552 5.3.4 Message size 31457812 exceeds fixed limit of 20971520 bytes")]),
       [("mirek.svoboda@centrum.cz", "emailtoolarge", False, "5.3.4", "552", "failed", "centrum")])

n = "b61-pf-wp-pl-konto-nie-istnieje.eml"
bounce(n, pf(n, i=18, rcpts=[dict(rcpt="k.wisniewska@wp.pl", mx="mx.wp.pl", ip="203.0.113.101", status="5.1.1",
                                  diag="550 5.1.1 Odbiorca nie istnieje / Recipient does not exist")]),
       [("k.wisniewska@wp.pl", "userunknown", True, "5.1.1", "550", "failed", "wp")])

n = "b61-pf-onet-sender-domain-unresolvable.eml"
bounce(n, pf(n, i=19, sender="bounce-7731@mail.bazar-vostok.example", rcpts=[
    dict(rcpt="tomek.zielinski@onet.pl", mx="mx.poczta.onet.pl", ip="203.0.113.146", status="5.1.8",
         stage="MAIL FROM",
         diag="553 5.1.8 <bounce-7731@mail.bazar-vostok.example>: Sender address rejected: Domain not found")]),
       [("tomek.zielinski@onet.pl", "rejected", False, "5.1.8", "553", "failed", "onet")])

n = "b61-pf-o2pl-delay-starttls-required.eml"
bounce(n, pf(n, i=20, delay=True, rcpts=[dict(rcpt="marta.pawlak@o2.pl", mx="mx.o2.pl", ip="203.0.113.99", status="4.7.4",
                                  text="TLS is required, but was not offered by host mx.o2.pl[203.0.113.99]",
                                  dsn_diag=None)]),
       [("marta.pawlak@o2.pl", "failedstarttls", False, "4.7.4", "", "delayed", "o2pl")])

n = "b61-pf-sanctions-ru-networks-refused.eml"
bounce(n, pf(n, i=21, rcpts=[dict(rcpt="purchasing@nordhafen-trading.example", mx="mx01.nordhafen-trading.example",
                                  ip="203.0.113.25", status="5.7.1", stage="MAIL FROM",
                                  diag="554 5.7.1 Client host [192.0.2.41] refused: connections from this network "
                                       "range are not accepted (sanctions compliance, geo block)")]),
       [("purchasing@nordhafen-trading.example", "blocked", False, "5.7.1", "554", "failed", "")])

n = "b61-pf-sanctions-sender-domain-refused.eml"
bounce(n, pf(n, i=22, sender="sklad@bazar-vostok.example", rcpts=[
    dict(rcpt="info@baltic-parts.example", mx="mail.baltic-parts.example", ip="198.51.100.17", status="5.7.1",
         stage="MAIL FROM",
         diag="550 5.7.1 <sklad@bazar-vostok.example>: Sender address rejected: senders of this domain are "
              "not accepted under our export-control policy")]),
       [("info@baltic-parts.example", "rejected", False, "5.7.1", "550", "failed", "")])

n = "b61-pf-plesk-relay-access-denied.eml"
bounce(n, pf(n, i=23, rcpts=[dict(rcpt="shop@pchelovod-altai.example", mx="mail.pchelovod-altai.example",
                                  ip="198.51.100.140", status="5.7.1",
                                  diag="554 5.7.1 <shop@pchelovod-altai.example>: Relay access denied")]),
       [("shop@pchelovod-altai.example", "norelaying", False, "5.7.1", "554", "failed", "plesk")])

n = "b61-pf-barracuda-listed-company.eml"
bounce(n, pf(n, i=24, rcpts=[dict(rcpt="office@stavby-brno.example", mx="mx.stavby-brno.example",
                                  ip="203.0.113.80", status="5.7.1", stage="MAIL FROM",
                                  diag="554 Service unavailable; rejected because 192.0.2.41 is in a black list "
                                       "at b.barracudacentral.org")]),
       [("office@stavby-brno.example", "blocked", False, "5.7.1", "554", "failed", "")])

n = "b61-pf-null-mx-domain.eml"
bounce(n, pf(n, i=25, rcpts=[dict(rcpt="kontakt@stary-obchod.example", status="5.1.10",
                                  text="Domain stary-obchod.example does not accept mail (nullMX)", dsn_diag=None)]),
       [("kontakt@stary-obchod.example", "notaccept", True, "5.1.10", "", "failed", "")])

n = "b61-pf-no-ptr-russian-hosting.eml"
bounce(n, pf(n, i=26, host="relay1.bazar-vostok.example", rcpts=[
    dict(rcpt="info@avtozapchasti-nsk.example", mx="mx.avtozapchasti-nsk.example", ip="198.51.100.71",
         status="5.7.25", stage="MAIL FROM",
         diag="550 5.7.25 Client host rejected: cannot find your reverse hostname, [203.0.113.9]")]),
       [("info@avtozapchasti-nsk.example", "requireptr", False, "5.7.25", "550", "failed", "")])

# ================================================================ Exim (Mail.ru's own relays, ISPmanager hosting)

MRH = "smtp48.i.mail.ru"
n = "b61-mailru-biz-mailbox-full-exim.eml"
bounce(n, exim(n, host=MRH, sender=SELLERS, i=27, rcpts=[dict(rcpt="buh@stroymarket-kzn.example", lines=[
    "host mx.stroymarket-kzn.example [198.51.100.54]",
    "SMTP error from remote mail server after RCPT TO:<buh@stroymarket-kzn.example>:",
    "552 5.2.2 Mailbox is full, quota of 10240 MB used up"])]),
       [("buh@stroymarket-kzn.example", "mailboxfull", False, "5.2.2", "552", "failed", "mailru")])

n = "b61-mailru-biz-unrouteable-domain.eml"
bounce(n, exim(n, host=MRH, sender=SELLERS, i=28, rcpts=[dict(rcpt="sales@optovik-samara.example", lines=[
    "Unrouteable address"])]),
       [("sales@optovik-samara.example", "hostunknown", True, "", "", "failed", "mailru")])

n = "b61-ispmanager-exim-retry-timeout.eml"
bounce(n, exim(n, host="srv17.ispmgr-hosting.example", sender=ORDERS, i=29, rcpts=[
    dict(rcpt="zakaz@metall-torg.example", lines=["retry timeout exceeded"])]),
       [("zakaz@metall-torg.example", "expired", False, "", "", "failed", "ispmanager")])

n = "b61-ispmanager-exim-system-storage.eml"
bounce(n, exim(n, host="srv17.ispmgr-hosting.example", sender=ORDERS, i=30, delay=True, rcpts=[
    dict(rcpt="snab@zavod-lit.example", lines=["host mail.zavod-lit.example [198.51.100.200]",
                                               "SMTP error from remote mail server after MAIL FROM:"
                                               "<orders@bazar-vostok.example> SIZE=48211:",
                                               "452 4.3.1 Insufficient system storage"])]),
       [("snab@zavod-lit.example", "systemfull", False, "4.3.1", "452", "delayed", "ispmanager")])

n = "b61-ispmanager-exim-pipe-failed.eml"
bounce(n, exim(n, host="srv09.ispmgr-hosting.example", sender=ORDERS, i=31, rcpts=[
    dict(rcpt="tickets@remont-servis.example", lines=[
        "Child process of helpdesk_pipe transport returned 69 (could mean service or program unavailable)",
        "from command: /usr/local/bin/helpdesk-import --queue orders"])]),
       [("tickets@remont-servis.example", "mailererror", False, "", "", "failed", "ispmanager")])

n = "b61-exim-ukrnet-abonent-ne-isnuye.eml"
bounce(n, exim(n, host="mail.hosting-kyiv.example", sender=SUPPORT, i=32, rcpts=[
    dict(rcpt="svitlana.kravets@ukr.net", lines=[
        "host mxs.ukr.net [198.51.100.250]",
        "SMTP error from remote mail server after RCPT TO:<svitlana.kravets@ukr.net>:",
        "550 5.1.1 Mailbox svitlana.kravets@ukr.net does not exist / Skrynky ne isnuye"])]),
       [("svitlana.kravets@ukr.net", "userunknown", True, "5.1.1", "550", "failed", "ukrnet")])

n = "b61-exim-mail-loop-hops.eml"
bounce(n, exim(n, host="srv09.ispmgr-hosting.example", sender=ORDERS, i=33, rcpts=[
    dict(rcpt="prodazhi@tkani-ivanovo.example", lines=["Too many \"Received\" headers - suspected mail loop"])]),
       [("prodazhi@tkani-ivanovo.example", "networkerror", False, "", "", "failed", "ispmanager")])

n = "b61-exim-virus-clamav-company.eml"
bounce(n, exim(n, host="mx.lesprom-perm.example", sender=SUPPORT, i=34, rcpts=[
    dict(rcpt="glavbuh@lesprom-perm.example", lines=[
        "host mx.lesprom-perm.example [198.51.100.9]",
        "SMTP error from remote mail server after end of data:",
        "550 5.7.0 This message contains a virus (Win.Trojan.Agent-1338051) and was rejected"])]),
       [("glavbuh@lesprom-perm.example", "virusdetected", False, "5.7.0", "550", "failed", "")])

# ================================================================ Yandex 360 and Mail.ru native notices (Russian)

YTEXT_KOI = """Здравствуйте!

Это сообщение создано автоматически почтовой службой Яндекса.
Ваше письмо не удалось доставить одному или нескольким адресатам.

Адресат: {rcpt}
Причина: {why}

Ответ сервера получателя:
    {diag}

--
С уважением,
Яндекс Почта для бизнеса (Яндекс 360)
"""

YH = "mail-nwsmtp-smtp-production-main-57.vla.yandex.net"


def yandex_native(name, *, rcpt, why, diag, charset="koi8-r", i=0, cte=None):
    return native(name, frm="mailer-daemon@yandex.ru", host=YH, sender=SUPPORT,
                  subject="Недоставленное сообщение", charset=charset, cte=cte, rcpt_orig=rcpt, i=i,
                  text=YTEXT_KOI.format(rcpt=rcpt, why=why, diag=diag), sw="Yandex nwsmtp")


n = "b61-yandex360-ru-yashchik-ne-sushchestvuet-koi8.eml"
bounce(n, yandex_native(n, i=35, rcpt="a.lebedeva@gazeta-ural.example",
                        why="почтовый ящик адресата не существует",
                        diag="550 5.1.1 <a.lebedeva@gazeta-ural.example>: Recipient address rejected: "
                             "User unknown in virtual mailbox table"),
       [("a.lebedeva@gazeta-ural.example", "userunknown", True, "5.1.1", "550", "failed", "yandex")])

n = "b61-yandex360-ru-message-too-big-1251.eml"
bounce(n, yandex_native(n, i=36, charset="windows-1251", cte="quoted-printable",
                        rcpt="nikolay.p@mebel-tula.example",
                        why="размер письма превышает допустимый для сервера получателя",
                        diag="552 5.3.4 Error: message file too big"),
       [("nikolay.p@mebel-tula.example", "emailtoolarge", False, "5.3.4", "552", "failed", "yandex")])

n = "b61-yandex360-ru-ip-v-chernom-spiske-utf8.eml"
bounce(n, yandex_native(n, i=37, charset="utf-8",
                        rcpt="direktor@agro-don.example",
                        why="сервер получателя отклонил письмо: IP-адрес отправителя находится в черном "
                            "списке (DNSBL)",
                        diag="554 5.7.1 Rejected: 192.0.2.215 listed at dnsbl.sorbs.net"),
       [("direktor@agro-don.example", "blocked", False, "5.7.1", "554", "failed", "yandex")])

MRTEXT = """Это письмо создано автоматически сервером Mail.ru для бизнеса.
Отправленное вами письмо не было доставлено следующим адресатам:

{rcpt}
    {why}
    Сервер получателя ответил:
    {diag}

Копия заголовков вашего письма приложена ниже.
"""


def mailru_native(name, *, rcpt, why, diag, charset, i=0, cte=None, host="smtp33.i.mail.ru"):
    return native(name, frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", host=host, sender=SELLERS,
                  subject="Письмо не доставлено", charset=charset, cte=cte, rcpt_orig=rcpt, i=i,
                  text=MRTEXT.format(rcpt=rcpt, why=why, diag=diag), sw="Exim 4.96")


n = "b61-mailru-biz-ru-akkaunt-zablokirovan-koi8.eml"
bounce(n, mailru_native(n, i=38, charset="koi8-r", rcpt="klient.servis@myagkaya-mebel.example",
                        why="учётная запись получателя заблокирована администратором домена",
                        diag="550 5.2.1 Mailbox disabled, not accepting messages"),
       [("klient.servis@myagkaya-mebel.example", "suspend", False, "5.2.1", "550", "failed", "mailru")])

n = "b61-mailru-biz-ru-sanktsii-politika-1251.eml"
bounce(n, mailru_native(n, i=39, charset="windows-1251", cte="base64", rcpt="orders@eu-components.example",
                        why="сервер получателя отказался принять письмо из-за ограничений (санкционная политика "
                            "компании получателя)",
                        diag="550 5.7.1 Message refused by recipient's compliance policy: correspondence with "
                             "sanctioned jurisdictions is not permitted"),
       [("orders@eu-components.example", "policyviolation", False, "5.7.1", "550", "failed", "mailru")])

n = "b61-mailru-biz-ru-delay-ne-otvechaet-koi8.eml"
bounce(n, native(n, frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", host="smtp33.i.mail.ru",
                 sender=SELLERS, subject="Письмо пока не доставлено", charset="koi8-r", i=40,
                 rcpt_orig="sklad@khimprom-dzr.example", sw="Exim 4.96",
                 text="""Это письмо создано автоматически сервером Mail.ru для бизнеса.
Ваше письмо пока не доставлено адресату:

sklad@khimprom-dzr.example
    Сервер получателя mx.khimprom-dzr.example [198.51.100.33] не отвечает
    (время ожидания соединения истекло).

Это только предупреждение, отправлять письмо повторно не нужно.
Мы продолжим попытки доставки в течение 5 суток.
"""),
       [("sklad@khimprom-dzr.example", "networkerror", False, "", "", "delayed", "mailru")])

n = "b61-mailru-ru-prosrocheno-5-sutok-utf8.eml"
bounce(n, native(n, frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", host="smtp33.i.mail.ru",
                 sender=SELLERS, subject="Письмо не доставлено", charset="utf-8", cte="base64", i=41,
                 rcpt_orig="info@rybzavod-kamchatka.example", sw="Exim 4.96",
                 text="""Это письмо создано автоматически сервером Mail.ru для бизнеса.
Отправленное вами письмо не было доставлено следующим адресатам:

info@rybzavod-kamchatka.example
    Письмо находилось в очереди 5 суток и не было доставлено.
    Попытки доставки прекращены.
"""),
       [("info@rybzavod-kamchatka.example", "expired", False, "", "", "failed", "mailru")])

# ================================================================ national providers' own notices

n = "b61-ukrnet-ua-skrynka-perepovnena-1251.eml"
bounce(n, native(n, frm="UKR.NET Mail Delivery <mailer-daemon@ukr.net>", host="frv71.fwdcdn.com",
                 sender=SUPPORT, subject="Лист не доставлено", charset="windows-1251", cte="quoted-printable",
                 i=42, rcpt_orig="yulia.savchuk@ukr.net",
                 text="""Вітаємо!

Ваш лист не може бути доставлено адресату:

    yulia.savchuk@ukr.net

Причина: поштову скриньку одержувача переповнено, вільного місця немає.
    552 5.2.2 Mailbox quota exceeded

Лист створено автоматично, відповідати на нього не потрібно.
"""),
       [("yulia.savchuk@ukr.net", "mailboxfull", False, "5.2.2", "552", "failed", "ukrnet")])

n = "b61-iua-ua-adresa-ne-isnuye-koi8.eml"
bounce(n, native(n, frm="MAILER-DAEMON@i.ua", host="mx.i.ua", sender=ORDERS, subject="Помилка доставки листа",
                 charset="koi8-u", i=43, rcpt_orig="bogdan.hrytsenko@i.ua",
                 text="""Повідомлення системи доставки пошти i.ua

Лист не доставлено. Такої поштової адреси не існує:
    bogdan.hrytsenko@i.ua

Перевірте, будь ласка, правильність написання адреси.
"""),
       [("bogdan.hrytsenko@i.ua", "userunknown", True, "", "", "failed", "iua")])

n = "b61-seznam-cz-schranka-neexistuje-8859-2.eml"
bounce(n, native(n, frm="Seznam Email <mailer-daemon@seznam.cz>", host="mxout3.seznam.cz", sender=ORDERS,
                 subject="Nedoručitelná zpráva", charset="iso-8859-2", cte="quoted-printable", i=44,
                 rcpt_orig="vlasta.kolarova@seznam.cz", sw="Seznam smtpd",
                 text="""Dobrý den,

zprávu se nepodařilo doručit na adresu vlasta.kolarova@seznam.cz.

Důvod: schránka příjemce neexistuje nebo byla zrušena.
Odpověď serveru: 550 5.1.1 Mailbox does not exist

Tato zpráva byla vytvořena automaticky.
Seznam.cz
"""),
       [("vlasta.kolarova@seznam.cz", "userunknown", True, "5.1.1", "550", "failed", "seznam")])

n = "b61-centrum-cz-schranka-plna-1250.eml"
bounce(n, native(n, frm="Centrum.cz Mailer <postmaster@centrum.cz>", host="mx.centrum.cz", sender=ORDERS,
                 subject="Zpráva nebyla doručena", charset="windows-1250", cte="quoted-printable", i=45,
                 rcpt_orig="jiri.cerny@centrum.cz",
                 text="""Vaši zprávu nebylo možné doručit příjemci jiri.cerny@centrum.cz.

Schránka příjemce je plná a nepřijímá další zprávy.
(552 5.2.2 Quota exceeded)

Zkuste zprávu odeslat později.
"""),
       [("jiri.cerny@centrum.cz", "mailboxfull", False, "5.2.2", "552", "failed", "centrum")])

n = "b61-wp-pl-spam-odrzucona-8859-2.eml"
bounce(n, native(n, frm="Poczta WP <mailer-daemon@wp.pl>", host="mx.wp.pl", sender=SUPPORT,
                 subject="Wiadomość niedostarczona", charset="iso-8859-2", cte="quoted-printable", i=46,
                 rcpt_orig="adam.kaczmarek@wp.pl",
                 text="""Witaj,

Twoja wiadomość do adam.kaczmarek@wp.pl nie została dostarczona.

Powód: wiadomość została odrzucona przez filtr antyspamowy jako spam.
554 5.7.1 Message rejected as spam

Wiadomość wygenerowana automatycznie przez system Poczty WP.
"""),
       [("adam.kaczmarek@wp.pl", "spamdetected", False, "5.7.1", "554", "failed", "wp")])

n = "b61-onet-pl-konto-zawieszone-1250.eml"
bounce(n, native(n, frm="Poczta Onet <mailer-daemon@onet.pl>", host="smtp.poczta.onet.pl", sender=ORDERS,
                 subject="Nie można dostarczyć wiadomości", charset="windows-1250", cte="quoted-printable", i=47,
                 rcpt_orig="ewa.jablonska@op.pl",
                 text="""Nie można dostarczyć wiadomości do odbiorcy ewa.jablonska@op.pl.

Konto odbiorcy zostało zawieszone z powodu długiego braku logowania.
Odpowiedź serwera: 550 5.2.1 Account suspended

Ta wiadomość została wysłana automatycznie.
"""),
       [("ewa.jablonska@op.pl", "suspend", False, "5.2.1", "550", "failed", "onet")])

n = "b61-interia-pl-delay-skrzynka-pelna-8859-2.eml"
bounce(n, native(n, frm="Poczta Interia <mailer-daemon@interia.pl>", host="mx.poczta.interia.pl", sender=ORDERS,
                 subject="Opóźnienie w dostarczeniu wiadomości", charset="iso-8859-2", cte="quoted-printable", i=48,
                 rcpt_orig="grzegorz.mazur@interia.pl",
                 text="""To jest tylko ostrzeżenie. Nie musisz wysyłać wiadomości ponownie.

Wiadomość do grzegorz.mazur@interia.pl nie została jeszcze dostarczona:
skrzynka odbiorcy jest przepełniona.
452 4.2.2 Mailbox full

Kolejne próby doręczenia będą podejmowane przez 3 dni.
"""),
       [("grzegorz.mazur@interia.pl", "mailboxfull", False, "4.2.2", "452", "delayed", "interia")])

n = "b61-o2-pl-zbyt-wiele-wiadomosci-utf8.eml"
bounce(n, native(n, frm="Poczta o2 <mailer-daemon@o2.pl>", host="mx.o2.pl", sender=ORDERS,
                 subject="Wiadomość nie została dostarczona", charset="utf-8", cte="quoted-printable", i=49,
                 rcpt_orig="lukasz.wrona@o2.pl",
                 text="""Wiadomość do lukasz.wrona@o2.pl nie została dostarczona.

Przyczyna: serwer nadawcy wysłał zbyt wiele wiadomości w krótkim czasie
(przekroczono limit wiadomości na godzinę dla adresu IP 192.0.2.41).
550 5.7.1 Too many messages, hourly limit exceeded
"""),
       [("lukasz.wrona@o2.pl", "ratelimited", False, "5.7.1", "550", "failed", "o2pl")])

n = "b61-abv-bg-kutiyata-e-spryana-1251.eml"
bounce(n, native(n, frm="ABV Mail <mailer-daemon@abv.bg>", host="mx.abv.bg", sender=ORDERS,
                 subject="Неуспешна доставка", charset="windows-1251", cte="base64", i=50,
                 rcpt_orig="georgi.petkov@abv.bg",
                 text="""Здравейте,

Вашето съобщение не може да бъде доставено до georgi.petkov@abv.bg.

Причина: пощенската кутия на получателя е спряна (деактивирана) поради
неизползване повече от 6 месеца.

Това съобщение е генерирано автоматично.
"""),
       [("georgi.petkov@abv.bg", "suspend", False, "", "", "failed", "abv")])

n = "b61-abv-bg-nyama-takav-potrebitel-utf8.eml"
bounce(n, native(n, frm="ABV Mail <mailer-daemon@abv.bg>", host="mx.abv.bg", sender=SUPPORT,
                 subject="Неуспешна доставка", charset="utf-8", cte="base64", i=51,
                 rcpt_orig="desislava.ivanova@abv.bg",
                 text="""Вашето съобщение не може да бъде доставено до desislava.ivanova@abv.bg.

Причина: няма такъв потребител.
550 5.1.1 No such user
"""),
       [("desislava.ivanova@abv.bg", "userunknown", True, "5.1.1", "550", "failed", "abv")])

n = "b61-freemail-hu-postafiok-megtelt-8859-2.eml"
bounce(n, native(n, frm="Freemail Levelezo <mailer-daemon@freemail.hu>", host="mx.freemail.hu", sender=ORDERS,
                 subject="Kézbesítési hiba", charset="iso-8859-2", cte="quoted-printable", i=52,
                 rcpt_orig="kovacs.eszter@freemail.hu",
                 text="""Az Ön levelét nem sikerült kézbesíteni a következő címzettnek:

    kovacs.eszter@freemail.hu

Ok: a címzett postafiókja megtelt, a tárhely elfogyott.
552 5.2.2 Mailbox full

Ez egy automatikus üzenet.
"""),
       [("kovacs.eszter@freemail.hu", "mailboxfull", False, "5.2.2", "552", "failed", "freemail")])

n = "b61-freemail-hu-cimzett-nem-letezik-1250.eml"
bounce(n, native(n, frm="Freemail Levelezo <mailer-daemon@freemail.hu>", host="mx.freemail.hu", sender=SUPPORT,
                 subject="Kézbesítési hiba", charset="windows-1250", cte="quoted-printable", i=53,
                 rcpt_orig="nagy.balazs77@freemail.hu",
                 text="""Az Ön levelét nem sikerült kézbesíteni a következő címzettnek:

    nagy.balazs77@freemail.hu

Ok: ilyen felhasználó nem létezik.
"""),
       [("nagy.balazs77@freemail.hu", "userunknown", True, "", "", "failed", "freemail")])

n = "b61-citromail-hu-fiok-letiltva-8859-2.eml"
bounce(n, native(n, frm="Citromail <postmaster@citromail.hu>", host="mx.citromail.hu", sender=ORDERS,
                 subject="Nem kézbesíthető levél", charset="iso-8859-2", cte="quoted-printable", i=54,
                 rcpt_orig="szabo.gergo@citromail.hu",
                 text="""A levél nem kézbesíthető: szabo.gergo@citromail.hu

A címzett fiókja le van tiltva (felfüggesztve).
550 5.2.1 Account disabled
"""),
       [("szabo.gergo@citromail.hu", "suspend", False, "5.2.1", "550", "failed", "citromail")])

n = "b61-zoznam-sk-schranka-neexistuje-1250.eml"
bounce(n, native(n, frm="Zoznam Mail <mailer-daemon@zoznam.sk>", host="mx.zoznam.sk", sender=ORDERS,
                 subject="Správa nebola doručená", charset="windows-1250", cte="quoted-printable", i=55,
                 rcpt_orig="martin.kuba@zoznam.sk",
                 text="""Vašu správu sa nepodarilo doručiť adresátovi martin.kuba@zoznam.sk.

Dôvod: schránka adresáta neexistuje.
550 5.1.1 User unknown
"""),
       [("martin.kuba@zoznam.sk", "userunknown", True, "5.1.1", "550", "failed", "zoznam")])

n = "b61-zoznam-sk-sprava-prilis-velka-utf8.eml"
bounce(n, native(n, frm="Zoznam Mail <mailer-daemon@zoznam.sk>", host="mx.zoznam.sk", sender=SUPPORT,
                 subject="Správa nebola doručená", charset="utf-8", cte="quoted-printable", i=56,
                 rcpt_orig="lucia.hrasko@azet.sk",
                 text="""Vašu správu sa nepodarilo doručiť adresátovi lucia.hrasko@azet.sk.

Dôvod: správa je príliš veľká, prekračuje maximálnu povolenú veľkosť 25 MB.
"""),
       [("lucia.hrasko@azet.sk", "emailtoolarge", False, "", "", "failed", "zoznam")])

n = "b61-rambler-ru-polzovatel-neizvesten-koi8.eml"
bounce(n, native(n, frm="Rambler Mail <mailer-daemon@rambler.ru>", host="mx.rambler.ru", sender=ORDERS,
                 subject="Ошибка доставки письма", charset="koi8-r", i=57, rcpt_orig="lyuda.s@rambler.ru",
                 text="""Ваше письмо не доставлено.

Адресат: lyuda.s@rambler.ru
Ошибка: получатель неизвестен, такого почтового ящика нет на сервере.
"""),
       [("lyuda.s@rambler.ru", "userunknown", True, "", "", "failed", "rambler")])

n = "b61-hosting-ru-dnsbl-chernyj-spisok-1251.eml"
bounce(n, native(n, frm="MAILER-DAEMON@mx.vetklinika-omsk.example", host="mx.vetklinika-omsk.example",
                 sender=ORDERS, subject="Письмо отклонено", charset="windows-1251", cte="quoted-printable", i=58,
                 rcpt_orig="priem@vetklinika-omsk.example",
                 text="""Ваше письмо для priem@vetklinika-omsk.example отклонено.

Сервер отправителя 192.0.2.41 находится в черном списке zen.spamhaus.org.
554 5.7.1 Service unavailable; client host blocked
"""),
       [("priem@vetklinika-omsk.example", "blocked", False, "5.7.1", "554", "failed", "")])

# ================================================================ Kerio Connect at companies, qmail/Plesk

n = "b61-kerio-cz-local-user-unknown.eml"
bounce(n, kerio(n, host="mail.stavebniny-olomouc.example", sender=ORDERS, rcpt="nakup@stavebniny-olomouc.example",
                i=59, lines=["Status: 5.1.1",
                             "Reason: 550 5.1.1 <nakup@stavebniny-olomouc.example>... User unknown"]),
       [("nakup@stavebniny-olomouc.example", "userunknown", True, "5.1.1", "550", "failed", "kerio")])

n = "b61-kerio-ru-auth-required.eml"
bounce(n, kerio(n, host="mail.teplotehnika-spb.example", sender=SELLERS,
                rcpt="m.orlov@krovlya-msk.example", i=60,
                lines=["Status: 5.7.0", "Remote server: smtp-relay.isp-spb.example [198.51.100.90] (forwarding rule of manager@teplotehnika-spb.example)",
                       "Reason: 530 5.7.0 Authentication required"]),
       [("m.orlov@krovlya-msk.example", "securityerror", False, "5.7.0", "530", "failed", "kerio")])

n = "b61-kerio-pl-delay-local-error.eml"
bounce(n, kerio(n, host="poczta.hurtownia-lodz.example", sender=ORDERS, rcpt="zamowienia@hurtownia-lodz.example",
                i=61, delay=True,
                lines=["Status: 4.3.0", "Reason: 451 4.3.0 Local error in processing, message store unavailable"]),
       [("zamowienia@hurtownia-lodz.example", "systemerror", False, "4.3.0", "451", "delayed", "kerio")])

n = "b61-kerio-hu-command-syntax.eml"
bounce(n, kerio(n, host="mail.borhaz-eger.example", sender=ORDERS, rcpt="rendeles@borhaz-eger.example", i=62,
                lines=["Status: 5.5.2", "Remote server: mx.borhaz-eger.example [203.0.113.150]",
                       "Reason: 501 5.5.2 Syntax error in parameters or arguments to MAIL command"]),
       [("rendeles@borhaz-eger.example", "syntaxerror", False, "5.5.2", "501", "failed", "kerio")])

n = "b61-plesk-qmail-queue-too-long.eml"
bounce(n, qmail(n, host="vps2211.plesk-host.example", sender=ORDERS,
                rcpt="objednavky@lekarna-zlin.example", i=63,
                body_lines=["Connected to 198.51.100.12 but connection died. (#4.4.2)",
                            "I'm not going to try again; this message has been in the queue too long."]),
       [("objednavky@lekarna-zlin.example", "expired", False, "4.4.2", "", "failed", "plesk")])

n = "b61-plesk-qmail-remote-mailbox-inactive.eml"
bounce(n, qmail(n, host="vps2211.plesk-host.example", sender=ORDERS,
                rcpt="pavla.n@volny.cz", i=64,
                body_lines=["Remote host said: 550 5.2.1 <pavla.n@volny.cz>: mailbox is inactive (blocked by "
                            "administrator)", "Giving up on 198.51.100.231."]),
       [("pavla.n@volny.cz", "suspend", False, "5.2.1", "550", "failed", "plesk")])

# ================================================================ sender-side suppression, feedback

n = "b61-unisender-ru-stop-list-utf8.eml"
bounce(n, native(n, frm="UniSender <noreply@unisender.com>", host="mx-out.unisender.com", sender="marketing@bazar-vostok.example",
                 subject="Письмо не отправлено: адрес в стоп-листе", charset="utf-8", cte="base64", i=65,
                 rcpt_orig="veronika.zh@yandex.ru", returned=False, extra=(("X-Mailer", "UniSender Delivery"),),
                 text="""Письмо рассылки «Чёрная пятница на Базаре» не было отправлено адресату:

veronika.zh@yandex.ru

Причина: адрес находится в стоп-листе вашего аккаунта (ранее был получен
жёсткий отказ). Письма на адреса из стоп-листа не отправляются.
"""),
       [("veronika.zh@yandex.ru", "suppressed", False, "", "", "failed", "unisender")])

n = "b61-arf-mailru-fbl-complaint.eml"
date = when()
bnd = boundary(n)
fb = part("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: Mail.Ru-FBL/1.0\nVersion: 1\n"
          "Original-Mail-From: <bounce-8812@mail.bazar-vostok.example>\nOriginal-Rcpt-To: <gena.fomin@mail.ru>\n"
          "Arrival-Date: " + date + "\nSource-IP: 192.0.2.41\nReported-Domain: mail.bazar-vostok.example\n", cte=None)
bounce(n, mail(["Return-Path: <fbl@corp.mail.ru>", hop(n, "fbl.mail.ru", "Exim 4.96", date), ("Date", date),
                ("From", "Mail.Ru FBL <fbl@corp.mail.ru>"), ("To", "fbl-reports@bazar-vostok.example"),
                ("Subject", "Mail.Ru FBL report: abuse"), ("Message-ID", mid(n, "corp.mail.ru"))],
               multipart("report", [text_part("This is an email abuse report for an email message received from "
                                              "IP 192.0.2.41.\nThe user marked it as spam.\n"), fb,
                                    part("text/rfc822-headers", orig(n, "promo@mail.bazar-vostok.example",
                                                                      "gena.fomin@mail.ru", osubj(66, "gena.fomin@mail.ru"), date),
                                         cte=None)], bnd, " report-type=feedback-report;")),
       [("gena.fomin@mail.ru", "feedback", False, "", "", "", "mailru")])
EXPECT[-1]["feedback_type"] = "abuse"

# ================================================================ auto-replies (автоответ)

n = "b61-autoreply-yandex-avtootvet-koi8.eml"
bounce(n, autoreply(n, frm=enc_header("Марина Соколова", "koi8-r") + " <marina.sokolova@yandex.ru>",
                    to=ORDERS, subject="Автоответ: Заказ N 700037 оформлен", charset="koi8-r",
                    host="forward501a.mail.yandex.net", sw="Yandex nwsmtp",
                    text="""Здравствуйте!

Это автоответ. Я в отпуске до 8 декабря, почту читаю редко.
По срочным вопросам пишите моему коллеге: a.petrov@agro-don.example

Марина
"""),
       [("marina.sokolova@yandex.ru", "vacation", False, "", "", "", "yandex")])

n = "b61-autoreply-mailru-avtootvetchik-1251.eml"
bounce(n, autoreply(n, frm="denis.ya@mail.ru", to=SELLERS, subject="Re: Выплата продавцу: автоответчик",
                    charset="windows-1251", cte="quoted-printable", host="smtp52.i.mail.ru", sw="Exim 4.96",
                    extra=(("X-Mailru-Autoreply", "yes"),),
                    text="""Добрый день!
Я сейчас в командировке и не могу ответить на ваше письмо.
Вернусь 2 декабря. Это сообщение отправлено автоматически.
"""),
       [("denis.ya@mail.ru", "vacation", False, "", "", "", "mailru")])

n = "b61-autoreply-ukrnet-vidpustka-utf8.eml"
bounce(n, autoreply(n, frm="iryna.tkachenko@ukr.net", to=ORDERS, subject="Автовідповідь: Замовлення відправлено",
                    charset="utf-8", cte="base64", host="frv55.fwdcdn.com",
                    text="""Доброго дня!
Я у відпустці до 5 грудня. Ваш лист буде прочитано після повернення.
Це автоматична відповідь.
"""),
       [("iryna.tkachenko@ukr.net", "vacation", False, "", "", "", "ukrnet")])

n = "b61-autoreply-seznam-automaticka-odpoved-8859-2.eml"
bounce(n, autoreply(n, frm="tomas.blaha@seznam.cz", to=ORDERS, subject="Automatická odpověď: Objednávka odeslána",
                    charset="iso-8859-2", cte="quoted-printable", host="mxout1.seznam.cz", sw="Seznam smtpd",
                    text="""Dobrý den,
jsem mimo kancelář do 1. 12. 2026 s omezeným přístupem k e-mailu.
Tato odpověď byla odeslána automaticky.
Tomáš Bláha
"""),
       [("tomas.blaha@seznam.cz", "vacation", False, "", "", "", "seznam")])

n = "b61-autoreply-freemail-hu-automatikus-valasz-1250.eml"
bounce(n, autoreply(n, frm="toth.reka@freemail.hu", to=SUPPORT, subject="Automatikus válasz: Rendelés feladva",
                    charset="windows-1250", cte="quoted-printable", host="mx.freemail.hu",
                    text="""Köszönöm levelét! Szabadságon vagyok december 4-ig,
visszaérkezésem után válaszolok. (Automatikus válasz)
"""),
       [("toth.reka@freemail.hu", "vacation", False, "", "", "", "freemail")])

n = "b61-autoreply-wp-pl-nieobecnosc-8859-2.eml"
bounce(n, autoreply(n, frm="biuro@meble-radom.example", to=ORDERS,
                    subject="Odpowiedź automatyczna: Zamówienie wysłane", charset="iso-8859-2",
                    cte="quoted-printable", host="mx.wp.pl",
                    text="""Dzień dobry,
biuro jest nieczynne do poniedziałku 30 listopada. Odpowiemy na Państwa
wiadomość po powrocie. To jest automatyczna odpowiedź.
"""),
       [("biuro@meble-radom.example", "vacation", False, "", "", "", "wp")])

# ================================================================ a few more deliveries

n = "b61-pf-abv-bg-too-many-rcpts.eml"
bounce(n, pf(n, i=67, rcpts=[dict(rcpt="stoyan.d@abv.bg", mx="mx.abv.bg", ip="203.0.113.180",
                                  status="5.5.3",
                                  diag="552 5.5.3 Too many recipients in this session")]),
       [("stoyan.d@abv.bg", "ratelimited", False, "5.5.3", "552", "failed", "abv")])

n = "b61-pf-interia-content-malformed-mime.eml"
bounce(n, pf(n, i=68, rcpts=[dict(rcpt="anna.lis@interia.eu", mx="mx.poczta.interia.pl", ip="203.0.113.23",
                                  status="5.6.0", stage="end of DATA",
                                  diag="554 5.6.0 Message content rejected: malformed MIME structure")]),
       [("anna.lis@interia.eu", "contenterror", False, "5.6.0", "554", "failed", "interia")])

n = "b61-pf-yandex-filtered-by-user-rule.eml"
bounce(n, pf(n, i=69, rcpts=[dict(rcpt="fedor.gromov@yandex.ru", mx=YMX, ip=YIP, status="5.2.0",
                                  stage="end of DATA",
                                  diag="550 5.2.0 Message rejected by the recipient's filter rule")]),
       [("fedor.gromov@yandex.ru", "filtered", False, "5.2.0", "550", "failed", "yandex")])

n = "b61-pf-hosting-moved-user-not-local.eml"
bounce(n, pf(n, i=70, rcpts=[dict(rcpt="r.kowalczyk@drukarnia-kielce.example", mx="mail.drukarnia-kielce.example",
                                  ip="203.0.113.201", status="5.1.6",
                                  diag="551 5.1.6 User has moved; mailbox closed, no forwarding address "
                                       "(new address not disclosed)")]),
       [("r.kowalczyk@drukarnia-kielce.example", "hasmoved", True, "5.1.6", "551", "failed", "")])

# ================================================================ near misses (no record expected)


def ordinary(name, *, frm, to, subject, text, charset, host, cte=None, extra=(), sw="Postfix", html=None):
    date = when()
    subj = enc_header(subject, charset) if any(ord(c) > 127 for c in subject) else subject
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>", inbound(name, host, to, date) + hop(name, host, sw, date),
             ("Date", date),
             ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, host))] + list(extra)
    if html is None:
        return mail(heads, text_part(text, charset, cte))
    return mail(heads, multipart("alternative", [text_part(text, charset, cte),
                                                 text_part(html, charset, cte, "html")], boundary(name)))


n = "nb-yandex-ru-novyj-vhod-koi8.eml"
nearmiss(n, ordinary(n, frm="Яндекс ID <noreply@id.yandex.ru>".replace("Яндекс ID", enc_header("Яндекс ID", "koi8-r")),
                     to=SUPPORT, subject="Вход в аккаунт с нового устройства", charset="koi8-r",
                     host="forward100b.mail.yandex.net", sw="Yandex nwsmtp",
                     text="""Здравствуйте!

В ваш аккаунт support@bazar-vostok.example выполнен вход с нового устройства:
Firefox, Windows, Москва, 27 ноября 2026 в 23:14.

Если это были не вы, смените пароль. Если вы, то ничего делать не нужно.

Команда Яндекс 360
"""))

n = "nb-mailru-yashchik-pochti-zapolnen-1251.eml"
nearmiss(n, ordinary(n, frm="Mail.ru для бизнеса <biz-noreply@corp.mail.ru>".replace(
    "Mail.ru для бизнеса", enc_header("Mail.ru для бизнеса", "windows-1251")),
                     to=SELLERS, subject="Ящик почти заполнен: занято 96%", charset="windows-1251",
                     cte="quoted-printable", host="smtp60.i.mail.ru", sw="Exim 4.96",
                     text="""Здравствуйте!

Почтовый ящик sellers@bazar-vostok.example заполнен на 96% (9,6 ГБ из 10 ГБ).
Когда место закончится, новые письма перестанут приходить и отправители
получат уведомление о недоставке. Удалите ненужные письма или увеличьте тариф.

Mail.ru для бизнеса
"""))

n = "nb-buyer-ru-reply-pismo-ne-doshlo.eml"
nearmiss(n, ordinary(n, frm="petr.lukin@rambler.ru", to=SUPPORT, subject="Re: Заказ N 700333 оформлен",
                     charset="koi8-r", host="mx.rambler.ru", extra=(("In-Reply-To", mid("o333", MKT)),),
                     text="""Добрый вечер!

Письмо с трек-номером до меня не дошло, видимо, попало в спам или вы
ошиблись адресом. Продублируйте, пожалуйста, на этот ящик.
Продавец говорит, что посылка отправлена ещё во вторник.

Пётр
"""))

n = "nb-marketplace-ua-posylka-ne-vruchena-utf8.eml"
nearmiss(n, ordinary(n, frm="Bazar Vostok <noreply@bazar-vostok.example>", to="oleh.shevchuk@ukr.net",
                     subject="Посилку не вручено: адресата не знайдено", charset="utf-8", cte="base64",
                     host=MTA, extra=(("List-Unsubscribe", "<https://bazar-vostok.example/unsub?u=88121>"),),
                     text="""Шановний покупцю!

Кур'єр не зміг вручити посилку за замовленням №700444: адресата не знайдено
за вказаною адресою (вул. Садова, 12, кв. 7). Посилка повернеться на склад
через 5 днів, якщо ви не оберете нову дату доставки.

Служба підтримки Bazar Vostok
"""))

n = "nb-seznam-cz-karantena-spam-prehled-8859-2.eml"
nearmiss(n, ordinary(n, frm="Seznam Email <noreply@email.seznam.cz>", to="objednavky@bylinky-praha.example",
                     subject="Přehled zpráv ve složce Spam", charset="iso-8859-2", cte="quoted-printable",
                     host="mxout2.seznam.cz", sw="Seznam smtpd",
                     text="""Dobrý den,

za poslední den bylo do složky Spam přesunuto 14 zpráv. Zprávy zůstanou
ve složce 30 dní, pak budou smazány. Pokud mezi nimi je zpráva, kterou
očekáváte, označte ji jako "Není spam".

Seznam.cz
"""))

n = "nb-spam-pl-fake-skrzynka-zablokowana-1250.eml"
nearmiss(n, ordinary(n, frm="Administrator Poczty <admin@poczta-weryfikacja.example>", to=ORDERS,
                     subject="Twoja skrzynka zostanie zablokowana", charset="windows-1250", cte="quoted-printable",
                     host="smtp.poczta-weryfikacja.example",
                     text="""Szanowny użytkowniku,

Twoja skrzynka przekroczyła limit przechowywania i zostanie zablokowana
w ciągu 24 godzin. 7 wiadomości oczekuje na dostarczenie.
Aby zachować dostęp, zweryfikuj konto: http://poczta-weryfikacja.example/login

Zespół Administracji Poczty
"""))

n = "nb-kerio-cz-heslo-vyprsi-1250.eml"
nearmiss(n, ordinary(n, frm="Kerio Connect <postmaster@stavebniny-olomouc.example>",
                     to="nakup@stavebniny-olomouc.example", subject="Platnost vašeho hesla brzy vyprší",
                     charset="windows-1250", cte="quoted-printable", host="mail.stavebniny-olomouc.example",
                     sw="Kerio Connect 10.0.6",
                     text="""Dobrý den,

platnost hesla k účtu nakup@stavebniny-olomouc.example vyprší za 5 dní.
Změňte si heslo v rozhraní Kerio Connect Client (Nastavení > Heslo).
Po vypršení se nebudete moci přihlásit.
"""))

n = "nb-rambler-ru-izmenenie-uslovij-utf8.eml"
nearmiss(n, ordinary(n, frm="Рамблер/почта <news@rambler.ru>".replace("Рамблер/почта",
                                                                      enc_header("Рамблер/почта", "utf-8")),
                     to="sklad@bazar-vostok.example", subject="Изменения в правилах хранения неактивных ящиков",
                     charset="utf-8", cte="base64", host="mx.rambler.ru",
                     extra=(("List-Unsubscribe", "<mailto:unsubscribe@rambler.ru>"),),
                     text="""Уважаемый пользователь!

С 1 февраля 2027 года ящики, в которые не входили более 12 месяцев, будут
заблокированы, а письма на них будут возвращаться отправителям.
Чтобы сохранить ящик, достаточно войти в него хотя бы раз.

Рамблер/почта
"""))

n = "nb-seller-hu-payout-notice-8859-2.eml"
nearmiss(n, ordinary(n, frm="Bazar Vostok Eladói Központ <payouts@bazar-vostok.example>".replace(
    "Bazar Vostok Eladói Központ", enc_header("Bazar Vostok Eladói Központ", "iso-8859-2")),
                     to="kiss.aron@citromail.hu", subject="Kifizetés sikertelen: hibás bankszámlaszám",
                     charset="iso-8859-2", cte="quoted-printable", host=MTA,
                     text="""Kedves Eladó!

A november 27-i kifizetés (48 210 Ft) nem teljesült: a megadott
bankszámlaszám érvénytelen, a bank visszautasította az utalást.
Kérjük, javítsa az adatokat az Eladói Központban.
"""))

n = "nb-buyer-bg-greshen-adres-reply-1251.eml"
nearmiss(n, ordinary(n, frm="Мария Колева <m.koleva@abv.bg>".replace("Мария Колева",
                                                                      enc_header("Мария Колева", "windows-1251")),
                     to=SUPPORT, subject="Re: Поръчка № 700555 е изпратена", charset="windows-1251", cte="base64",
                     host="mx.abv.bg", extra=(("In-Reply-To", mid("o555", MKT)),),
                     text="""Здравейте,

мисля, че изпратихте писмото на грешен адрес - аз не съм поръчвала нищо.
Моля, проверете дали имейлът на клиента е въведен правилно.

Мария
"""))

n = "nb-ukrnet-ua-bezpeka-akauntu-koi8u.eml"
nearmiss(n, ordinary(n, frm="UKR.NET <noreply@ukr.net>", to="oleh.shevchuk@ukr.net",
                     subject="Безпека акаунта: змініть пароль", charset="koi8-u", host="frv30.fwdcdn.com",
                     text="""Вітаємо!

Ми помітили спробу входу до вашої скриньки з незвичного місця.
Вхід заблоковано. Якщо це були ви, підтвердіть вхід у налаштуваннях.

Служба підтримки UKR.NET
"""))

n = "nb-wp-pl-newsletter-dostawa-8859-2.eml"
nearmiss(n, ordinary(n, frm="Bazar Vostok Polska <newsletter@bazar-vostok.example>",
                     to="k.nowicka@wp.pl", subject="Czarny piątek: darmowa dostawa do niedzieli",
                     charset="iso-8859-2", cte="quoted-printable", host=MTA,
                     extra=(("List-Unsubscribe", "<https://bazar-vostok.example/unsub?u=99002>"),
                            ("Precedence", "bulk")),
                     text="""Darmowa dostawa na wszystkie zamówienia powyżej 99 zł!
Jeśli przesyłka nie zostanie dostarczona, zwrócimy koszty.

Nie chcesz otrzymywać wiadomości? Wypisz się: https://bazar-vostok.example/unsub
""",
                     html="<p>Darmowa dostawa na wszystkie zamówienia powyżej 99 zł!</p>"))

write_expected(os.path.join(OUT, "expected.jsonl"))
