#!/usr/bin/env python3
"""Writes testdata/unseen/batch-22: one night of a Russian-speaking sender
with subscribers in Russia, Ukraine, Poland, Czechia and Bulgaria (Yandex,
Mail.ru, Rambler, ukr.net, WP.pl, Onet, Interia, Seznam, Abv.bg, regional
corporate Exchange and Postfix, local hosting Exim), at real-life
frequencies, in Russian, Ukrainian, Polish, Czech and Bulgarian (KOI8-R,
Windows-1251, ISO-8859-2, UTF-8; base64 and quoted-printable), members'
auto-replies, and ordinary near-miss mail in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch22.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "novosti@vostok-torg.example"
SENDER_FULL = "=?utf-8?B?" + __import__("base64").b64encode("Торговый дом «Восток»".encode()).decode() + "?= <" + SENDER + ">"
OUTMTA = "mx-out.vostok-torg.example"
OUTIP = "192.0.2.25"
SUBJ = "Новогодняя распродажа: скидки до 40%"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(name, rcpts, date, subject=SUBJ):
    to = ", ".join(rcpts)
    return (f"Received: from crm.vostok-torg.example (crm.vostok-torg.example [192.0.2.40])\n"
            f"\tby {OUTMTA} (Postfix) with ESMTPS id {qid(name + 'o', 10)};\n\t{date}\n"
            f"From: {SENDER_FULL}\nTo: {to}\nSubject: {enc_header(subject, 'utf-8')}\n"
            f"Date: {date}\nMessage-ID: <{qid(name, 20).lower()}@crm.vostok-torg.example>\n"
            f"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n"
            f"List-Unsubscribe: <https://vostok-torg.example/unsub/{qid(name, 8).lower()}>\n"
            f"Precedence: bulk\n")


ODATE = dt(2026, 12, 2, 19, 0, 5, "+0300")

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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, rows, date, delay=False, stage="RCPT TO", host=OUTMTA):
    """rows: (rcpt, status, reply, remote_host, remote_ip_or_None, words, reason, vendor).
    remote_ip None means a local (DNS or connect) failure text given in words;
    a status written "~5.0.0" is the DSN's status for a reply that carried none."""
    lines, recips = [], []
    for rcpt, status, reply, rhost, rip, words, reason, vendor in rows:
        shown = ""
        if status.startswith("~"):
            status = status[1:]
        else:
            shown = status + " "
        if rip:
            said = f"host {rhost}[{rip}] said: {reply} {shown}{words} (in reply to {stage} command)"
            lines.append(f"<{rcpt}>: {said}")
            diag = f"smtp; {reply} {shown}{words}"
        else:
            lines.append(f"<{rcpt}>: {words}")
            diag = f"X-Postfix; {words}"
        r = {"final": rcpt, "original": rcpt, "status": status, "diag": diag,
             "action": "delayed" if delay else "failed"}
        if rhost:
            r["remote"] = rhost
        recips.append(r)
        hard = (not delay) and status.startswith("5") and reason in ("userunknown", "hostunknown", "hasmoved", "notaccept")
        expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)
    text = (POSTFIX_DELAY if delay else POSTFIX_HEAD).format(host=host) + "\n".join(lines) + "\n"
    subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER, subject=subject,
                    date=date, host=host, hops=hop(name, host, "Postfix", date), text=text, recips=recips,
                    orig=orig(name, [r[0] for r in rows], ODATE), arrival=ODATE)


EXIM_HEAD = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""


def exim(name, host, ip, rows, date, sender=SENDER):
    """Plain Exim bounce; rows: (rcpt, block_text, reason, status, reply, vendor)."""
    body = EXIM_HEAD
    for rcpt, block, reason, status, reply, vendor in rows:
        body += f"  {rcpt}\n" + "".join(f"    {l}\n" for l in block.split("\n")) + "\n"
        hard = reason in ("userunknown", "hostunknown")  # "This is a permanent error"
        expect(name, rcpt, reason, hard, status, reply, "failed", vendor)
    body += "------ This is a copy of the message, including all the headers. ------\n\n"
    body += orig(name, [r[0] for r in rows], ODATE) + "\n<html><body><p>Скидки</p></body></html>\n"
    heads = [hop(name, host, "Exim 4.96", date, "localhost", "127.0.0.1"),
             ("Date", date), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", "Mail delivery failed: returning message to sender"),
             ("Message-ID", mid(name, host)), ("X-Failed-Recipients", ", ".join(r[0] for r in rows)),
             ("Auto-Submitted", "auto-replied")]
    return mail(heads, text_part(body.replace("Скидки", "Skidki"), "us-ascii"))


def local_dsn(name, *, frm, host, subject, text, charset, cte, rows, date, delay=False, returned="headers"):
    """A provider's own DSN with a localised text part."""
    recips = []
    for rcpt, status, diag, remote, reason, vendor in rows:
        r = {"final": rcpt, "status": status, "diag": diag, "action": "delayed" if delay else "failed"}
        if remote:
            r["remote"] = remote
        recips.append(r)
        reply = diag.split("; ", 1)[-1][:3] if diag and diag.split("; ", 1)[-1][:3].isdigit() else ""
        hard = (not delay) and status.startswith("5") and reason in ("userunknown", "hostunknown")
        expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)
    return dsn_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                    hops=hop(name, "mx.vostok-torg.example", "Postfix", date, host, "198.51.100.77"),
                    text=text, recips=recips, orig=orig(name, [r[0] for r in rows], ODATE),
                    charset=charset, cte=cte, arrival=ODATE, returned=returned)


def autoreply(name, *, frm, addr, subject, text, charset, cte, date, host, extra=()):
    expect(name, addr, "vacation", False, "", "", "", "")
    heads = [("In-Reply-To", f"<{qid(name, 20).lower()}@crm.vostok-torg.example>"),
             ("References", f"<{qid(name, 20).lower()}@crm.vostok-torg.example>")] + list(extra)
    return plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host,
                      hops=hop(name, "mx.vostok-torg.example", "Postfix", date, host, "198.51.100.90"),
                      text=text, charset=charset, cte=cte, extra=heads)


def ordinary(name, *, frm, to=SENDER, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None):
    hops = hop(name, "mx.vostok-torg.example", "Postfix", date, f"out.{host}", "198.51.100.141")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


def H(s, cs="utf-8"):
    """An encoded word in cs, or UTF-8 where cs cannot hold the text (a
    Polish client answering a Russian subject writes UTF-8)."""
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return enc_header(s, cs)


D = lambda h, m, s=0: dt(2026, 12, 2, h, m, s, "+0300")  # noqa: E731
D3 = lambda h, m, s=0: dt(2026, 12, 3, h, m, s, "+0300")  # noqa: E731

# ---------------------------------------------------------------- Postfix, our relay, RCPT refusals
Y = ("mx.yandex.ru", "198.51.100.11")
MR = ("mxs.mail.ru", "198.51.100.21")
RB = ("mx.rambler.ru", "198.51.100.31")
UK = ("mxs.ukr.net", "198.51.100.41")
WP = ("mx.wp.pl", "198.51.100.51")
ON = ("mx.poczta.onet.pl", "198.51.100.61")
IN = ("mx.poczta.interia.pl", "198.51.100.71")
SZ = ("mx1.seznam.cz", "198.51.100.81")
AB = ("mx.abv.bg", "198.51.100.91")

cases = [
    ("yandex-yaru-no-such-user-571.eml", [("k.morozova@ya.ru", "5.7.1", "550", *Y, "No such user!", "userunknown", "yandex")]),
    ("mailru-inbox-ru-mailbox-unavailable.eml", [("sergey.pavlov84@inbox.ru", "~5.0.0", "550", *MR, "Message was not accepted -- invalid mailbox.  Local mailbox sergey.pavlov84@inbox.ru is unavailable: user not found", "userunknown", "mailru")]),
    ("mailru-list-ru-mailbox-disabled.eml", [("zhenya.k@list.ru", "~5.0.0", "550", *MR, "Message was not accepted -- invalid mailbox.  Local mailbox zhenya.k@list.ru is unavailable: account is disabled", "suspend", "mailru")]),
    ("rambler-mailbox-does-not-exist.eml", [("olga_v1979@rambler.ru", "5.1.1", "550", *RB, "<olga_v1979@rambler.ru>: mailbox does not exist", "userunknown", "rambler")]),
    ("ukrnet-user-unknown-rcpt.eml", [("taras.bondar@ukr.net", "5.1.1", "550", *UK, "Mailbox unavailable: user unknown", "userunknown", "ukrnet")]),
    ("wp-pl-brak-konta-rcpt.eml", [("marek.zielinski@wp.pl", "5.1.1", "550", *WP, "<marek.zielinski@wp.pl>: Recipient address rejected: brak takiego konta / no such account", "userunknown", "wp")]),
    ("o2-pl-skrzynka-przepelniona-552.eml", [("ania.nowak@o2.pl", "5.2.2", "552", *WP, "<ania.nowak@o2.pl>: skrzynka odbiorcy jest przepelniona (mailbox over quota)", "mailboxfull", "wp")]),
    ("onet-spam-content-rejected.eml", [("p.kaczmarek@onet.pl", "5.7.1", "554", *ON, "Wiadomosc odrzucona przez filtr antyspamowy / message classified as spam", "spamdetected", "onet")]),
    ("interia-rbl-client-host-blocked.eml", [("jolanta.w@interia.pl", "5.7.1", "554", *IN, "Service unavailable; Client host [192.0.2.25] blocked using bl.interia.pl", "blocked", "interia")]),
    ("emailcz-mailbox-neexistuje.eml", [("jan.dvorak@email.cz", "5.1.1", "550", *SZ, "Mailbox does not exist / schranka neexistuje", "userunknown", "seznam")]),
    ("abv-bg-user-unknown.eml", [("ivan.petrov77@abv.bg", "5.1.1", "550", *AB, "<ivan.petrov77@abv.bg>... User unknown", "userunknown", "abv")]),
    ("centrum-cz-account-disabled.eml", [("l.novakova@centrum.cz", "5.2.1", "550", "mx.centrum.cz", "198.51.100.101", "Account disabled - ucet je zablokovan", "suspend", "centrum")]),
    ("mailru-dmarc-reject-data.eml", [("anna.sokolova@mail.ru", "~5.0.0", "550", *MR, "Message was not accepted -- DMARC check failed for vostok-torg.example (p=reject)", "authfailure", "mailru")]),
    ("rambler-spam-rejected-data.eml", [("d.smirnov@lenta.ru", "5.7.1", "550", *RB, "Message rejected: looks like spam", "spamdetected", "rambler")]),
    ("ukrnet-spam-rejected.eml", [("ira.melnyk@ukr.net", "5.7.1", "554", *UK, "Rejected: the message looks like SPAM", "spamdetected", "ukrnet")]),
    ("wp-pl-limit-przekroczony.eml", [("tomasz.lis@wp.pl", "5.7.1", "550", *WP, "Przekroczono limit wiadomosci z adresu IP 192.0.2.25 (too many messages, try later)", "ratelimited", "wp")]),
    ("seznam-ip-blacklist.eml", [("petra.svobodova@seznam.cz", "5.7.1", "554", *SZ, "IP address 192.0.2.25 is on Seznam blacklist, see https://napoveda.seznam.cz", "blocked", "seznam")]),
    ("mailru-low-reputation-domain.eml", [("v.kuznetsov@bk.ru", "5.7.1", "550", *MR, "Message rejected due to low reputation of the sending domain vostok-torg.example", "badreputation", "mailru")]),
    ("abv-bg-mailbox-quota-exceeded.eml", [("maria.georgieva@abv.bg", "5.2.2", "552", *AB, "<maria.georgieva@abv.bg>: mailbox quota exceeded", "mailboxfull", "abv")]),
    ("corp-postfix-virtual-user-unknown.eml", [("ivanov.aa@uralmash-zavod.example", "5.1.1", "550", "mail.uralmash-zavod.example", "203.0.113.14", "<ivanov.aa@uralmash-zavod.example>: Recipient address rejected: User unknown in virtual mailbox table", "userunknown", "postfix")]),
    ("corp-postfix-sender-domain-not-found.eml", [("zakupki@stroy-kompleks.example", "5.1.8", "553", "mx.stroy-kompleks.example", "203.0.113.22", "<novosti@vostok-torg.example>: Sender address rejected: Domain not found", "rejected", "postfix")]),
    ("corp-postfix-message-size-limit.eml", [("buh@agro-kuban.example", "5.3.4", "552", "mail.agro-kuban.example", "203.0.113.31", "Message size exceeds fixed limit", "emailtoolarge", "postfix")]),
    ("yandex360-domain-mailbox-not-found.eml", [("a.fedorov@tehnopark-spb.example", "5.7.1", "550", "mx.yandex.net", "198.51.100.12", "No such user!", "userunknown", "yandex")]),
]
AFTER_DATA = {"onet-spam-content-rejected.eml", "rambler-spam-rejected-data.eml", "ukrnet-spam-rejected.eml",
              "mailru-dmarc-reject-data.eml", "corp-postfix-message-size-limit.eml", "mailru-low-reputation-domain.eml"}
for n, rows in cases:
    write(OUT, n, postfix(n, rows, D(19, 3, 12), stage="end of DATA" if n in AFTER_DATA else "RCPT TO"))

# two recipients, one message, mixed causes
n = "postfix-mailru-two-recipients-mixed.eml"
write(OUT, n, postfix(n, [
    ("oleg.titov@mail.ru", "~5.0.0", "550", *MR, "Message was not accepted -- invalid mailbox.  Local mailbox oleg.titov@mail.ru is unavailable: user not found", "userunknown", "mailru"),
    ("natasha.orlova@mail.ru", "~5.0.0", "552", *MR, "Message was not accepted -- mailbox is full (quota exceeded)", "mailboxfull", "mailru"),
], D(19, 4, 40)))

# DNS failures of typed domains
for n, rcpt, dom in [("postfix-yandex-ry-typo-domain.eml", "svetlana.i@yandex.ry", "yandex.ry"),
                     ("postfix-ukr-nte-typo-domain.eml", "roman.shevchenko@ukr.nte", "ukr.nte"),
                     ("postfix-maill-ru-typo-domain.eml", "galina.b@maill.ru", "maill.ru")]:
    write(OUT, n, postfix(n, [(rcpt, "5.4.4", "", None, None,
                               f"Host or domain name not found. Name service error for name={dom} type=A: Host not found",
                               "hostunknown", "postfix")], D(19, 2, 7)))

n = "postfix-wp-pl-typo-nxdomain-two.eml"
write(OUT, n, postfix(n, [
    ("kasia.m@wp.pll", "5.4.4", "", None, None, "Host or domain name not found. Name service error for name=wp.pll type=AAAA: Host not found", "hostunknown", "postfix"),
    ("robert.k@onet.lp", "5.4.4", "", None, None, "Host or domain name not found. Name service error for name=onet.lp type=A: Host not found", "hostunknown", "postfix"),
], D(19, 2, 9)))

# ---------------------------------------------------------------- Postfix delay notices
delays = [
    ("postfix-delay-corp-ptr-missing.eml", ("kadry@neftegaz-servis.example", "4.7.1", "450", "mail.neftegaz-servis.example", "203.0.113.45", "Client host rejected: cannot find your reverse hostname, [192.0.2.25]", "requireptr", "postfix")),
    ("postfix-delay-too-much-mail.eml", ("office@lesprom-vologda.example", "4.7.1", "450", "mx.lesprom-vologda.example", "203.0.113.52", "Error: too much mail from 192.0.2.25", "ratelimited", "postfix")),
    ("postfix-delay-ukrnet-mailbox-full.eml", ("oksana.kravets@ukr.net", "4.2.2", "452", *UK, "Mailbox is full / skrynka perepovnena, try again later", "mailboxfull", "ukrnet")),
    ("postfix-delay-seznam-too-many-connections.eml", ("martin.cerny@seznam.cz", "4.7.0", "421", *SZ, "Too many connections from your IP address, try again later", "ratelimited", "seznam")),
]
for n, row in delays:
    write(OUT, n, postfix(n, [row], D3(0, 5, 31), delay=True))

n = "postfix-delay-connection-timed-out.eml"
write(OUT, n, postfix(n, [("sales@metall-kharkiv.example", "4.4.1", "", "mail.metall-kharkiv.example", None,
                           "connect to mail.metall-kharkiv.example[203.0.113.61]:25: Connection timed out", "networkerror", "postfix")],
                      D3(0, 6, 2), delay=True))
n = "postfix-delay-dns-try-again.eml"
write(OUT, n, postfix(n, [("info@turizm-krym.example", "4.4.3", "", None, None,
                           "Host or domain name not found. Name service error for name=turizm-krym.example type=MX: Host not found, try again", "networkerror", "postfix")],
                      D3(0, 6, 9), delay=True))

# ---------------------------------------------------------------- Exim on local hosting
HU = "srv14.hosting-ukraine.example"
write(OUT, "exim-hosting-ua-unrouteable.eml", exim("exim-hosting-ua-unrouteable.eml", HU, "203.0.113.80", [
    ("director@mebli-lviv.example", "Unrouteable address", "hostunknown", "", "", "exim")], D(19, 7, 2)))
write(OUT, "exim-hosting-ua-mx-nonexistent.eml", exim("exim-hosting-ua-mx-nonexistent.eml", HU, "203.0.113.80", [
    ("zakaz@pekarnya-odesa.example", "all relevant MX records point to non-existent hosts", "hostunknown", "", "", "exim")], D(19, 7, 30)))
write(OUT, "exim-hosting-ua-ukrnet-rcpt-550.eml", exim("exim-hosting-ua-ukrnet-rcpt-550.eml", HU, "203.0.113.80", [
    ("yulia.tkachenko@ukr.net", "host mxs.ukr.net [198.51.100.41]\nSMTP error from remote mail server after RCPT TO:<yulia.tkachenko@ukr.net>:\n550 5.1.1 Mailbox yulia.tkachenko@ukr.net does not exist", "userunknown", "5.1.1", "550", "ukrnet")], D(19, 8, 11)))
write(OUT, "exim-hosting-ru-retry-timeout.eml", exim("exim-hosting-ru-retry-timeout.eml", "vh42.beget-like.example", "203.0.113.90", [
    ("snab@kirov-mebel.example", "retry timeout exceeded", "expired", "", "", "exim")], D(19, 9, 0)))
write(OUT, "exim-hosting-ru-local-quota.eml", exim("exim-hosting-ru-local-quota.eml", "vh42.beget-like.example", "203.0.113.90", [
    ("manager@kirov-mebel.example", "mailbox is full: retry timeout exceeded", "mailboxfull", "", "", "exim")], D(19, 9, 20)))
write(OUT, "exim-hosting-pl-spamhaus-listed.eml", exim("exim-hosting-pl-spamhaus-listed.eml", "s12.hosting-pl.example", "203.0.113.95", [
    ("biuro@meble-krakow.example", "host mx.meble-krakow.example [203.0.113.96]\nSMTP error from remote mail server after RCPT TO:<biuro@meble-krakow.example>:\n554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org", "blocked", "5.7.1", "554", "exim")], D(19, 9, 44)))
write(OUT, "exim-hosting-bg-mail-loop.eml", exim("exim-hosting-bg-mail-loop.eml", "cp3.hosting-bg.example", "203.0.113.99", [
    ("office@vino-plovdiv.example", "Too many \"Received\" headers - suspected mail loop", "networkerror", "", "", "exim")], D(19, 10, 5)))
write(OUT, "exim-hosting-cz-multiple-two.eml", exim("exim-hosting-cz-multiple-two.eml", "web7.hosting-cz.example", "203.0.113.101", [
    ("eva.prochazkova@post.cz", "host mx1.seznam.cz [198.51.100.81]\nSMTP error from remote mail server after RCPT TO:<eva.prochazkova@post.cz>:\n550 5.1.1 Mailbox does not exist", "userunknown", "5.1.1", "550", "seznam"),
    ("info@pivovar-brno.example", "host mail.pivovar-brno.example [203.0.113.102]\nSMTP error from remote mail server after RCPT TO:<info@pivovar-brno.example>:\n452 4.2.2 Mailbox full, try again later\nretry timeout exceeded", "mailboxfull", "4.2.2", "452", "exim"),
], D(19, 11, 0)))

# ---------------------------------------------------------------- providers' own notices, localised
YA_TEXT = """Это письмо создано автоматически сервером Яндекс.Почты.

К сожалению, ваше письмо не удалось доставить одному или нескольким
получателям.

<egor.lebedev@yandex.ru>: ящик получателя переполнен, письмо не может
быть принято. Получатель должен освободить место в своём ящике.

---

This is the mail system at host forward102.mail.yandex.net.

I'm sorry to have to inform you that your message could not be delivered.

<egor.lebedev@yandex.ru>: mailbox is full
"""
n = "yandex-async-yashchik-perepolnen-utf8.eml"
write(OUT, n, local_dsn(n, frm="mailer-daemon@yandex.ru", host="forward102.mail.yandex.net", subject="Undelivered Mail Returned to Sender",
                        text=YA_TEXT, charset="utf-8", cte="base64",
                        rows=[("egor.lebedev@yandex.ru", "5.2.2", "smtp; 552 5.2.2 Mailbox is full", "mx.yandex.ru", "mailboxfull", "yandex")], date=D(19, 12, 0)))

MR_TEXT = """Сообщение не было доставлено.

Получатель: pasha-ural@bk.ru
Причина: такого пользователя не существует. Проверьте правильность
написания адреса.

--
Mail.Ru
"""
n = "mailru-async-polzovatel-ne-sushchestvuet-koi8.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@corp.mail.ru", host="f400.i.mail.ru", subject=H("Сообщение не доставлено", "koi8-r"),
                        text=MR_TEXT, charset="koi8-r", cte="base64",
                        rows=[("pasha-ural@bk.ru", "5.1.1", "smtp; 550 user not found", None, "userunknown", "mailru")], date=D(19, 13, 0)))

RB_TEXT = """Ваше письмо не может быть доставлено.

Адрес получателя: nikita.zaitsev@rambler.ru
Почтовый ящик получателя заблокирован администрацией.

Rambler&Co
"""
n = "rambler-async-yashchik-zablokirovan-koi8.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@rambler.ru", host="mail.rambler.ru", subject=H("Письмо не доставлено", "koi8-r"),
                        text=RB_TEXT, charset="koi8-r", cte="quoted-printable",
                        rows=[("nikita.zaitsev@rambler.ru", "5.2.1", "smtp; 550 5.2.1 Mailbox blocked", None, "suspend", "rambler")], date=D(19, 13, 40)))

UK_TEXT = """Це повідомлення створено автоматично.

Ваш лист не доставлено.

Одержувач: andriy.kovalenko@ukr.net
Причина: поштова скринька не існує.

FREEMAIL ukr.net
"""
n = "ukrnet-async-skrynka-ne-isnue-1251.eml"
write(OUT, n, local_dsn(n, frm="FREEMAIL <freemail@ukr.net>", host="frv71.fwdcdn.com", subject=H("Лист не доставлено", "windows-1251"),
                        text=UK_TEXT, charset="windows-1251", cte="base64",
                        rows=[("andriy.kovalenko@ukr.net", "5.1.1", "smtp; 550 5.1.1 no such mailbox", None, "userunknown", "ukrnet")], date=D(19, 14, 12)))

UK2 = """Ваш лист не доставлено одержувачу natalia.lysenko@ukr.net.

Обліковий запис одержувача заблоковано. Доставка неможлива.

FREEMAIL ukr.net
"""
n = "ukrnet-async-oblikovyi-zapys-zablokovano-utf8.eml"
write(OUT, n, local_dsn(n, frm="FREEMAIL <freemail@ukr.net>", host="frv72.fwdcdn.com", subject=H("Лист не доставлено"),
                        text=UK2, charset="utf-8", cte="quoted-printable",
                        rows=[("natalia.lysenko@ukr.net", "5.2.1", "smtp; 550 5.2.1 account blocked", None, "suspend", "ukrnet")], date=D(19, 14, 40)))

WP_TEXT = """Niestety, Twoja wiadomość nie mogła zostać dostarczona do odbiorcy.

Odbiorca: grazyna.wojcik@wp.pl
Powód: skrzynka odbiorcy jest pełna - brak miejsca na nowe wiadomości.

Wiadomość wygenerowana automatycznie przez system pocztowy WP.
"""
n = "wp-pl-async-skrzynka-pelna-iso88592-qp.eml"
write(OUT, n, local_dsn(n, frm="Poczta WP <mailer-daemon@wp.pl>", host="smtp.wp.pl", subject=H("Wiadomość niedostarczona", "iso-8859-2"),
                        text=WP_TEXT, charset="iso-8859-2", cte="quoted-printable",
                        rows=[("grazyna.wojcik@wp.pl", "5.2.2", "smtp; 552 5.2.2 mailbox full", None, "mailboxfull", "wp")], date=D(19, 15, 0)))

ON_TEXT = """Twoja wiadomość nie została dostarczona.

Adres: krzysztof.mazur@op.pl
Powód: konto o podanym adresie nie istnieje.

Onet Poczta
"""
n = "onet-op-pl-konto-nie-istnieje-iso88592.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@onet.pl", host="smtpo.poczta.onet.pl", subject=H("Niedostarczona wiadomość", "iso-8859-2"),
                        text=ON_TEXT, charset="iso-8859-2", cte="base64",
                        rows=[("krzysztof.mazur@op.pl", "5.1.1", "smtp; 550 5.1.1 unknown user", None, "userunknown", "onet")], date=D(19, 15, 30)))

IN_TEXT = """Wiadomość do odbiorcy ewa.pawlak@poczta.fm nie została doręczona.

Adres odbiorcy nie istnieje w systemie INTERIA.PL.
Sprawdź, czy adres został wpisany poprawnie.
"""
n = "interia-poczta-fm-adres-nie-istnieje.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@interia.pl", host="mx.poczta.interia.pl", subject=H("Błąd doręczenia wiadomości", "iso-8859-2"),
                        text=IN_TEXT, charset="iso-8859-2", cte="quoted-printable",
                        rows=[("ewa.pawlak@poczta.fm", "5.1.1", "smtp; 550 5.1.1 recipient does not exist", None, "userunknown", "interia")], date=D(19, 16, 0)))

SZ_TEXT = """Zprávu se nepodařilo doručit.

Příjemce: tomas.marek@seznam.cz
Důvod: zpráva byla vyhodnocena jako nevyžádaná pošta (spam) a byla odmítnuta.

Seznam.cz Email
"""
n = "seznam-async-odmitnuto-jako-spam-iso88592.eml"
write(OUT, n, local_dsn(n, frm="Seznam Email <mailer-daemon@seznam.cz>", host="mxout.seznam.cz", subject=H("Nedoručitelná zpráva", "iso-8859-2"),
                        text=SZ_TEXT, charset="iso-8859-2", cte="base64",
                        rows=[("tomas.marek@seznam.cz", "5.7.1", "smtp; 550 5.7.1 message rejected as spam", None, "spamdetected", "seznam")], date=D(19, 16, 30)))

AB_TEXT = """Вашето съобщение не може да бъде доставено.

Получател: georgi.dimitrov@abv.bg
Причина: пощенската кутия на получателя е пълна.

ABV.BG
"""
n = "abv-bg-async-kutiyata-e-palna-1251.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@abv.bg", host="mail.abv.bg", subject=H("Недоставено съобщение", "windows-1251"),
                        text=AB_TEXT, charset="windows-1251", cte="base64",
                        rows=[("georgi.dimitrov@abv.bg", "5.2.2", "smtp; 552 5.2.2 mailbox full", None, "mailboxfull", "abv")], date=D(19, 17, 0)))

AB2 = """Съобщението не беше доставено.

Получател: elena.ivanova@mail.bg
Причина: такъв потребител не съществува.
"""
n = "mailbg-potrebitel-ne-sashtestvuva-utf8.eml"
write(OUT, n, local_dsn(n, frm="MAILER-DAEMON@mail.bg", host="mx.mail.bg", subject=H("Недоставено съобщение"),
                        text=AB2, charset="utf-8", cte="base64",
                        rows=[("elena.ivanova@mail.bg", "5.1.1", "smtp; 550 5.1.1 user unknown", None, "userunknown", "mailbg")], date=D(19, 17, 20)))

YA_DELAY = """Это письмо создано автоматически.

Ваше письмо ещё не доставлено получателю max.egorov@yandex.ru: получатель
за короткое время получил слишком много писем, сервер временно не
принимает для него почту. Попытки доставки продолжаются, повторно
отправлять письмо не нужно.
"""
n = "yandex-delay-slishkom-mnogo-pisem.eml"
write(OUT, n, local_dsn(n, frm="mailer-daemon@yandex.ru", host="forward200.mail.yandex.net", subject="Delayed Mail (still being retried)",
                        text=YA_DELAY, charset="utf-8", cte="base64", delay=True,
                        rows=[("max.egorov@yandex.ru", "4.7.1", "smtp; 451 4.7.1 Too many messages for this recipient, try again later", None, "ratelimited", "yandex")], date=D3(1, 0, 0)))

# ---------------------------------------------------------------- Exchange in the region
EX_RU = """Не удается доставить сообщение следующим получателям или группам:

{rcpt}
{why}

Диагностические сведения для администраторов:

Создающий сервер: {host}

{rcpt}
Удаленный сервер возвратил "{diag}"
"""
EX_RU_DELAY = """Доставка следующим получателям или группам задерживается:

{rcpt}
{why}

Попытки доставки будут продолжены. Отправлять сообщение повторно не нужно.

Диагностические сведения для администраторов:

Создающий сервер: {host}

{rcpt}
Удаленный сервер возвратил "{diag}"
"""
EX_PL = """Nie można dostarczyć wiadomości do tych adresatów lub grup:

{rcpt}
{why}

Informacje diagnostyczne dla administratorów:

Serwer generujący: {host}

{rcpt}
Serwer zdalny zwrócił „{diag}”
"""
EX_CS = """Doručení následujícím příjemcům nebo skupinám se nezdařilo:

{rcpt}
{why}

Diagnostické informace pro správce:

Generující server: {host}

{rcpt}
Vzdálený server vrátil '{diag}'
"""
exch = [
    ("exchange-ru-recipient-not-found.eml", EX_RU, "utf-8", "ivanova.ev@gazstroi.example", "mail.gazstroi.example",
     "Адрес электронной почты не найден. Проверьте правильность адреса получателя.",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.10", "userunknown", True),
    ("exchange-ru-mailbox-full-1251.eml", EX_RU, "windows-1251", "petrov.sn@energo-ural.example", "exch01.energo-ural.example",
     "Почтовый ящик получателя переполнен, и сейчас он не может принимать сообщения.",
     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "5.2.2", "mailboxfull", False),
    ("exchange-ru-storage-offline-delay.eml", EX_RU_DELAY, "utf-8", "glavbuh@zavod-tula.example", "ex2016.zavod-tula.example",
     "Доставка задерживается: база данных почтовых ящиков получателя временно недоступна.",
     "451 4.3.2 STOREDRV.Deliver; mailbox database is offline", "4.3.2", "systemerror", False),
    ("exchange-pl-adresat-nie-istnieje.eml", EX_PL, "utf-8", "j.kowalczyk@budimex-like.example", "exch.budimex-like.example",
     "Nie można znaleźć adresu e-mail wpisanego przez Ciebie.",
     "550 5.1.1 RESOLVER.ADR.RecipientNotFound; not found", "5.1.1", "userunknown", True),
    ("exchange-cs-prilis-velka-zprava-iso88592.eml", EX_CS, "iso-8859-2", "ucetni@strojirny-plzen.example", "mail.strojirny-plzen.example",
     "Zpráva je příliš velká, příjemce nepřijímá zprávy této velikosti.",
     "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4", "emailtoolarge", False),
]
for n, tpl, cs, rcpt, host, why, diag, status, reason, hard in exch:
    delay = status.startswith("4")
    text = tpl.format(rcpt=rcpt, why=why, host=host, diag=diag)
    subj = {"utf-8": "Недоставленное сообщение: ", "windows-1251": "Недоставленное сообщение: "}.get(cs, "")
    if tpl is EX_PL:
        subj = "Niedostarczone: "
    if tpl is EX_CS:
        subj = "Nedoručitelné: "
    if delay:
        subj = "Доставка задерживается: "
    r = {"final": rcpt, "status": status, "diag": "smtp; " + diag, "action": "delayed" if delay else "failed", "remote": host}
    expect(n, rcpt, reason, hard, status, diag[:3], "delayed" if delay else "failed", "exchange")
    write(OUT, n, dsn_mail(n, frm=f"postmaster@{host.split('.', 1)[1]}", to=SENDER, subject=H(subj + SUBJ, cs if cs != "iso-8859-2" else "utf-8"),
                           date=D(19, 20, 0), host=host, hops=hop(n, "mx.vostok-torg.example", "Microsoft SMTP Server (version=TLS1_2)", D(19, 20, 0), host, "203.0.113.120"),
                           text=text, recips=[r], orig=orig(n, [rcpt], ODATE), charset=cs, cte="base64",
                           extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "pl-PL" if tpl is EX_PL else ("cs-CZ" if tpl is EX_CS else "ru-RU"))]))

# ---------------------------------------------------------------- a Russian-localised Postfix template (ISP)
RU_PF = """Это сообщение сгенерировано почтовой системой сервера mail.telecom-sibir.example.

К сожалению, ваше сообщение не может быть доставлено одному или нескольким
адресатам.

<{r1}>: адресат не найден (нет такого почтового ящика)
<{r2}>: почтовый ящик адресата отключён за неуплату
"""
n = "isp-postfix-ru-template-two.eml"
r1, r2 = "alexei.gromov@telecom-sibir.example", "shkola12@telecom-sibir.example"
expect(n, r1, "userunknown", True, "5.1.1", "550", "failed", "postfix")
expect(n, r2, "suspend", False, "5.2.1", "550", "failed", "postfix")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mail.telecom-sibir.example (Почтовая система)".replace("(Почтовая система)", "(" + H("Почтовая система") + ")"),
                       to=SENDER, subject=H("Письмо не доставлено адресату"), date=D(19, 21, 0), host="mail.telecom-sibir.example",
                       hops=hop(n, "mx.vostok-torg.example", "Postfix", D(19, 21, 0), "mail.telecom-sibir.example", "203.0.113.130"),
                       text=RU_PF.format(r1=r1, r2=r2), charset="koi8-r", cte="base64",
                       recips=[{"final": r1, "status": "5.1.1", "diag": "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table" % r1},
                               {"final": r2, "status": "5.2.1", "diag": "smtp; 550 5.2.1 <%s>: Recipient address rejected: mailbox disabled" % r2}],
                       orig=orig(n, [r1, r2], ODATE), arrival=ODATE))

# ---------------------------------------------------------------- members' auto-replies
AR = [
    ("autoreply-yandex-otpusk-ru.eml", "=?utf-8?B?%s?= <irina.belova@yandex.ru>", "irina.belova@yandex.ru", "Автоответ: " + SUBJ,
     "Здравствуйте!\n\nЯ в отпуске до 15 декабря, доступ к почте ограничен.\nПо срочным вопросам пишите коллеге: office@example.ru.\n\nС уважением,\nИрина Белова\n",
     "utf-8", "base64", "forward300.mail.yandex.net", [("X-Yandex-Autoreply", "yes")]),
    ("autoreply-outlook-ru-avtomaticheskiy-otvet-1251.eml", "=?windows-1251?B?%s?= <smirnova.ov@rosagro.example>", "smirnova.ov@rosagro.example", "Автоматический ответ: " + SUBJ,
     "Добрый день!\n\nС 1 по 10 декабря я нахожусь в командировке и не смогу оперативно ответить.\nВаше письмо будет прочитано после моего возвращения.\n",
     "windows-1251", "base64", "exch.rosagro.example", [("X-Auto-Response-Suppress", "All")]),
    ("autoreply-ukrnet-vidpustka-koi8u.eml", "=?koi8-u?B?%s?= <petro.moroz@ukr.net>", "petro.moroz@ukr.net", "Автовідповідь: " + SUBJ,
     "Доброго дня!\n\nЯ у відпустці до 20 грудня. Ваш лист отримано, відповім після повернення.\n\nПетро Мороз\n",
     "koi8-u", "base64", "frv55.fwdcdn.com", []),
    ("autoreply-pl-automatyczna-odpowiedz-iso88592.eml", "=?iso-8859-2?Q?%s?= <a.wisniewska@firma-gdansk.example>", "a.wisniewska@firma-gdansk.example", "Automatyczna odpowiedź: " + SUBJ,
     "Dzień dobry,\n\ndo 11 grudnia przebywam na urlopie. W pilnych sprawach proszę o kontakt z biurem.\n\nPozdrawiam\nAgnieszka Wiśniewska\n",
     "iso-8859-2", "quoted-printable", "mail.firma-gdansk.example", [("X-Auto-Response-Suppress", "All")]),
    ("autoreply-cs-automaticka-odpoved.eml", "=?utf-8?B?%s?= <jiri.kral@seznam.cz>", "jiri.kral@seznam.cz", "Automatická odpověď: " + SUBJ,
     "Dobrý den,\n\njsem mimo kancelář do 14. 12. Na e-maily odpovím po návratu.\n\nJiří Král\n",
     "utf-8", "quoted-printable", "mxout.seznam.cz", []),
    ("autoreply-bg-avtomatichen-otgovor-1251.eml", "=?windows-1251?B?%s?= <stoyan.kolev@abv.bg>", "stoyan.kolev@abv.bg", "Автоматичен отговор: " + SUBJ,
     "Здравейте,\n\nВ отпуск съм до 18 декември. Ще отговоря на писмото Ви след завръщането си.\n\nСтоян Колев\n",
     "windows-1251", "base64", "mail.abv.bg", []),
    ("autoreply-mailru-avtootvetchik-koi8.eml", "=?koi8-r?B?%s?= <dmitry.volkov@mail.ru>", "dmitry.volkov@mail.ru", "Re: " + SUBJ,
     "Это автоматический ответ. Я сейчас в отъезде и читаю почту нерегулярно.\nОтвечу по возвращении, после 12 декабря.\n",
     "koi8-r", "base64", "f123.i.mail.ru", [("X-Mailru-Autoreply", "1")]),
]
import base64 as _b64  # noqa: E402
import quopri as _qp  # noqa: E402
NAMES = {"irina.belova@yandex.ru": "Ирина Белова", "smirnova.ov@rosagro.example": "Смирнова Ольга",
         "petro.moroz@ukr.net": "Петро Мороз", "a.wisniewska@firma-gdansk.example": "Agnieszka Wiśniewska",
         "jiri.kral@seznam.cz": "Jiří Král", "stoyan.kolev@abv.bg": "Стоян Колев", "dmitry.volkov@mail.ru": "Дмитрий Волков"}
for n, frm_t, addr, subj, text, cs, cte, host, extra in AR:
    dn = NAMES[addr].encode(cs)
    enc = _b64.b64encode(dn).decode() if "?B?" in frm_t else _qp.encodestring(dn, header=True).decode()
    write(OUT, n, autoreply(n, frm=frm_t % enc, addr=addr, subject=H(subj, cs), text=text, charset=cs, cte=cte,
                            date=D(19, 30, 0), host=host, extra=extra))

# ================================================================ near-misses
NBL = [
    ("nb-reply-ru-spasibo-1251.eml", "=?windows-1251?B?%s?= <a.kuzmin@mail.ru>" % _b64.b64encode("Андрей Кузьмин".encode("cp1251")).decode(), "Re: " + SUBJ,
     "Здравствуйте!\n\nСпасибо за рассылку. Подскажите, скидка действует на доставку в Новосибирск?\nИ можно ли оплатить при получении?\n\nАндрей\n\n> Новогодняя распродажа: скидки до 40%\n", "windows-1251", "base64", "mail.ru"),
    ("nb-reply-uk-ne-toi-adresy.eml", "Olena <olena.savchuk@ukr.net>", "Re: " + SUBJ,
     "Добрий день.\n\nВи надсилаєте листи не на ту адресу: я не реєструвалася у вашому магазині.\nБудь ласка, видаліть мою адресу з розсилки.\n", "utf-8", "base64", "ukr.net"),
    ("nb-reply-pl-prosze-usunac-iso88592.eml", "Pawel Nowicki <p.nowicki@wp.pl>", "Odp: " + SUBJ,
     "Dzień dobry,\n\nproszę usunąć mój adres z listy mailingowej. Skrzynka zapełnia się Państwa reklamami.\n\nPaweł\n", "iso-8859-2", "quoted-printable", "wp.pl"),
    ("nb-reply-cs-dotaz-na-doruceni.eml", "Lucie Horakova <lucie.horakova@seznam.cz>", "Re: " + SUBJ,
     "Dobrý den,\n\nposíláte zboží i do České republiky? Minulá objednávka mi nebyla doručena a nikdo se neozval.\n\nLucie\n", "iso-8859-2", "base64", "seznam.cz"),
    ("nb-reply-bg-poruchka.eml", "Nikolay <n.hristov@abv.bg>", "Re: " + SUBJ,
     "Здравейте,\n\nискам да поръчам два броя от артикула от писмото. Адресът ми е в София.\n\nНиколай\n", "windows-1251", "base64", "abv.bg"),
    ("nb-colleague-ru-pisma-ne-dohodyat.eml", "=?utf-8?B?%s?= <support@vostok-torg.example>" % _b64.b64encode("Отдел поддержки".encode()).decode(), "Клиент жалуется: письма не доходят",
     "Коллеги, клиент пишет, что наши письма не доходят на его ящик на ukr.net\n(ящик не переполнен, адрес существует). Проверьте, пожалуйста, логи\nрассылки за вчера.\n\n-- \nПоддержка\n", "utf-8", "quoted-printable", "vostok-torg.example"),
    ("nb-customer-cs-novy-email.eml", "Karel Benes <karel.benes@centrum.cz>", "Zmena e-mailu",
     "Dobrý den,\n\npůvodní schránka na centrum.cz bude zrušena, zasílejte prosím novinky\nna karel.benes@example.cz.\n\nDěkuji, Karel Beneš\n", "utf-8", "base64", "centrum.cz"),
    ("nb-yandex-novyi-vhod-v-akkaunt.eml", "=?utf-8?B?%s?= <id@yandex.ru>" % _b64.b64encode("Яндекс ID".encode()).decode(), "Вход в аккаунт с нового устройства",
     "Здравствуйте, novosti@vostok-torg.example!\n\nВ ваш аккаунт выполнен вход с нового устройства: Windows, Chrome, Москва.\nЕсли это были не вы, смените пароль и проверьте настройки безопасности.\n\nКоманда Яндекс ID\n", "utf-8", "base64", "yandex.ru"),
    ("nb-yandex360-yashchik-pochti-zapolnen.eml", "=?utf-8?B?%s?= <noreply@360.yandex.ru>" % _b64.b64encode("Яндекс 360".encode()).decode(), "Ящик почти заполнен",
     "Ваш почтовый ящик novosti@vostok-torg.example заполнен на 92%.\nКогда место закончится, новые письма перестанут приниматься.\nУдалите ненужные письма или увеличьте объём хранилища.\n", "utf-8", "base64", "360.yandex.ru"),
    ("nb-hosting-ua-disk-quota-warning.eml", "Hosting Ukraine <billing@hosting-ukraine.example>", "Попередження: дисковий простір майже вичерпано",
     "Шановний клієнте!\n\nВикористання дискового простору акаунта vostoktorg становить 95%.\nПри досягненні ліміту пошта на ваших доменах не прийматиметься.\n\nСлужба підтримки\n", "utf-8", "base64", "hosting-ukraine.example"),
    ("nb-hosting-ru-schet-blokirovka-koi8.eml", "Beget-like <billing@beget-like.example>", "Напоминание об оплате хостинга",
     "Уважаемый клиент!\n\nСрок оплаты хостинга истекает 10.12.2026. При неоплате аккаунт будет\nзаблокирован, а доставка почты на ваши ящики приостановлена.\n\nСчёт во вложении личного кабинета.\n", "koi8-r", "base64", "beget-like.example"),
    ("nb-newsletter-ru-ozon-like-koi8.eml", "Magazin <news@market-ru.example>", "Только сегодня: кешбэк 20%",
     "Здравствуйте!\n\nТолько сегодня кешбэк 20% на электронику и бытовую технику.\nОтписаться от рассылки: https://market-ru.example/unsub\n", "koi8-r", "quoted-printable", "market-ru.example"),
    ("nb-newsletter-pl-promocje-iso88592.eml", "Sklep <newsletter@sklep-pl.example>", "Promocje tygodnia - do -50%",
     "Cześć!\n\nW tym tygodniu rabaty do 50% na sprzęt AGD. Zamówienia powyżej 200 zł z darmową dostawą.\nAby zrezygnować z newslettera, kliknij: https://sklep-pl.example/wypisz\n", "iso-8859-2", "quoted-printable", "sklep-pl.example"),
    ("nb-spam-ru-seo-prodvizhenie-1251.eml", "SEO <seo.top10@spam-seo.example>", "Выведем ваш сайт в ТОП-10 Яндекса",
     "Добрый день!\n\nПредлагаем продвижение сайта vostok-torg.example в ТОП-10 Яндекса за 2 недели.\nГарантия результата, оплата по факту. Ответьте на это письмо.\n", "windows-1251", "base64", "spam-seo.example"),
    ("nb-spam-ru-phish-yashchik-budet-otklyuchen.eml", "=?utf-8?B?%s?= <admin@mail-support-ru.example>" % _b64.b64encode("Администрация почты".encode()).decode(), "Ваш почтовый ящик будет отключён",
     "Уважаемый пользователь!\n\nВаш ящик превысил лимит хранения и будет отключён в течение 24 часов.\nЧтобы сохранить доступ, подтвердите учётную запись по ссылке:\nhttp://mail-support-ru.example/verify\n", "utf-8", "base64", "mail-support-ru.example"),
    ("nb-list-digest-ru-1c-forum.eml", "Forum 1C <digest@forum-1c.example>", "Дайджест форума за 2 декабря",
     "Новые темы:\n- Ошибка при обмене с банком\n- Письма из 1С не доставляются на mail.ru, что делать?\n- Настройка SMTP для рассылки счетов\n\nОтписаться: https://forum-1c.example/unsub\n", "utf-8", "base64", "forum-1c.example"),
    ("nb-wp-pl-zmiana-regulaminu.eml", "Poczta WP <powiadomienia@wp.pl>", "Zmiana regulaminu Poczty WP",
     "Szanowni Państwo,\n\ninformujemy o zmianie regulaminu usługi Poczta WP od 1 stycznia 2027.\nKonta nieaktywne przez 12 miesięcy mogą zostać usunięte.\n", "iso-8859-2", "base64", "wp.pl"),
    ("nb-seznam-prihlaseni-novy-prohlizec.eml", "Seznam.cz <bezpecnost@seznam.cz>", "Nové přihlášení k vašemu účtu",
     "Dobrý den,\n\nk vašemu účtu novosti.vostok@seznam.cz se někdo přihlásil z nového prohlížeče.\nPokud jste to nebyli vy, změňte si heslo.\n", "utf-8", "quoted-printable", "seznam.cz"),
]
for n, frm, subj, text, cs, cte, host in NBL:
    write(NB, n, ordinary(n, frm=frm, subject=H(subj, cs), date=D3(9, 15, 0), host=host, text=text, charset=cs, cte=cte))

# a read receipt (RFC 8098) in Russian
n = "nb-read-receipt-prochitano-ru.eml"
bnd = boundary(n)
mdn_text = text_part("Ваше сообщение\n\n  Кому: buh@agro-kuban.example\n  Тема: Счёт №1187\n\nбыло прочитано 03.12.2026 10:12.\n", "utf-8", "base64")
mdn = part("message/disposition-notification",
           "Reporting-UA: exch.agro-kuban.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;buh@agro-kuban.example\n"
           "Original-Message-ID: <inv1187@crm.vostok-torg.example>\nDisposition: manual-action/MDN-sent-manually; displayed\n", cte=None)
write(NB, n, mail([hop(n, "mx.vostok-torg.example", "Postfix", D3(10, 12, 0), "exch.agro-kuban.example", "203.0.113.31"),
                   ("Date", D3(10, 12, 0)), ("From", "buh@agro-kuban.example"), ("To", SENDER),
                   ("Subject", H("Прочитано: Счёт №1187")), ("Message-ID", mid(n, "agro-kuban.example"))],
                  multipart("report", [mdn_text, mdn], bnd, " report-type=disposition-notification;")))

# a Mail.ru DMARC aggregate report to the sender's rua address
n = "nb-mailru-dmarc-aggregate-report.eml"
bnd = boundary(n)
xml = ('<?xml version="1.0"?>\n<feedback><report_metadata><org_name>Mail.Ru</org_name><email>dmarc_support@corp.mail.ru</email>'
       '<report_id>%s</report_id></report_metadata><policy_published><domain>vostok-torg.example</domain><p>reject</p></policy_published>'
       '<record><row><source_ip>192.0.2.25</source_ip><count>1843</count><policy_evaluated><disposition>none</disposition>'
       '<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>vostok-torg.example</header_from></identifiers></record></feedback>\n' % qid(n, 16))
import gzip  # noqa: E402
gz = gzip.compress(xml.encode(), mtime=0)
raw = _b64.b64encode(gz).decode()
att = part("application/gzip; name=\"mail.ru!vostok-torg.example!1764795600!1764882000.xml.gz\"",
           "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)), "base64",
           "Content-Disposition: attachment; filename=\"mail.ru!vostok-torg.example!1764795600!1764882000.xml.gz\"")
write(NB, n, mail([hop(n, "mx.vostok-torg.example", "Postfix", D3(6, 0, 0), "dmarc.mail.ru", "198.51.100.29"),
                   ("Date", D3(6, 0, 0)), ("From", "dmarc_support@corp.mail.ru"), ("To", "dmarc@vostok-torg.example"),
                   ("Subject", "Report Domain: vostok-torg.example Submitter: Mail.Ru Report-ID: " + qid(n, 16)),
                   ("Message-ID", mid(n, "corp.mail.ru"))],
                  multipart("mixed", [text_part("This is an aggregate report from Mail.Ru.\n"), att], bnd)))

write_expected(os.path.join(OUT, "expected.jsonl"))
