#!/usr/bin/env python3
"""Writes testdata/unseen/batch-03: bounces written from the failure-class
descriptions of issue 12 (item 4) in MTAs, languages and provider codes
that batch-01/02 did not use, everyday provider bounces in fresh layouts,
ordinary near-miss messages in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch03.py [DIR]"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(frm, to, subject, date, host, name, body="Hello,\n\nthe figures you asked for are below.\n"):
    return orig_headers(frm, to, subject, date, mid(name + "o", host)) + "\n" + body


def plain(name, *, host, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(), sw="Postfix"):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, charset=charset, cte=cte,
                      extra=extra)


def with_returned(name, *, host, frm, to, subject, date, text, orig, charset="us-ascii", cte=None, extra=(),
                  sw="Postfix", rfc822=True):
    """A non-DSN notice: a text part and the returned message."""
    ret = part("message/rfc822", orig, cte=None) if rfc822 else part("text/rfc822-headers", orig.split("\n\n")[0] + "\n", cte=None)
    body = multipart("mixed", [text_part(text, charset, cte), ret], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    return mail(heads, body)


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

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, *, host, sender, rcpt, when, osubj, tail, status, diag, remote=None, hours=None, extra_recips=()):
    """A Postfix DSN for one recipient (a delay warning when hours is set)."""
    r = {"final": rcpt, "status": status, "diag": diag}
    if remote:
        r["remote"] = remote
    if hours:
        r["action"] = "delayed"
    head = PF_DELAY.format(host=host, hours=hours) if hours else PF_FAIL.format(host=host)
    subj = "Delayed Mail (still being retried)" if hours else "Undelivered Mail Returned to Sender"
    rcpts = [rcpt] + [x["final"] for x in extra_recips]
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=when,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", when), text=head + tail,
                    recips=[r] + list(extra_recips), arrival=when,
                    orig=orig_headers(sender, ", ".join(rcpts), osubj, when, mid(name + "o", sender.split("@")[1])))


def exim(name, *, host, sender, rcpt, when, body, osubj, warn=False):
    """An Exim failure (or delay warning) in words, with the returned message."""
    if warn:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n" + body +
                "\nNo action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subj = "Warning: message " + qid(name, 6) + "-" + qid(name + "x", 6) + "-AB delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n" + body)
        subj = "Mail delivery failed: returning message to sender"
    text += "\n------ This is a copy of the message, including all the headers. ------\n\n" + orig(
        sender, rcpt, osubj, when, sender.split("@")[1], name)
    extra = [] if warn else [("X-Failed-Recipients", rcpt)]
    return plain(name, host=host, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subj,
                 date=when, text=text, extra=extra, sw="Exim 4.98")


def sendmail_dsn(name, *, host, sender, rcpt, when, osubj, transcript, status, diag, remote, action="failed",
                 subject="Returned mail: see transcript for details"):
    text = f"""The original message was received at {when}
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: {diag.split(';', 1)[-1].strip()})

   ----- Transcript of session follows -----
{transcript}"""
    if action == "delayed":
        text = text.replace("had permanent fatal errors", "had transient non-fatal errors")
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender, subject=subject,
                    date=when, host=host, hops="Return-Path: <>\n" + hop(name, host, "8.18.1/8.18.1", when),
                    text=text, recips=[{"final": rcpt, "action": action, "status": status, "remote": remote,
                                        "diag": diag}],
                    orig=orig_headers(sender, rcpt, osubj, when, mid(name + "o", sender.split("@")[1])))


def ms_ndr(name, *, sender, rcpt, subject, date, tenant, headline, fix, reply_line, status,
           host="PH0PR11MB7041.namprd11.prod.outlook.com"):
    txt = f"""Delivery has failed to these recipients or groups:

{rcpt}
{headline}

{fix}

Diagnostic information for administrators:

Generating server: {host}

{rcpt}
Remote Server returned '{reply_line}'

Original message headers:

Received: from {host} by {host} with HTTPS; {date}
From: {sender}
To: {rcpt}
Subject: {subject}
"""
    return dsn_mail(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{tenant}>",
                    to=sender, subject=f"Undeliverable: {subject}", date=date, host=host,
                    hops=hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date), text=txt,
                    recips=[{"final": rcpt, "status": status, "remote": host, "diag": "smtp; " + reply_line}],
                    orig=orig_headers(sender, rcpt, subject, date, mid(name + "o", tenant)),
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])


# ================================================================ issue 12 item 4 classes, new MTAs and wordings
# ---------------------------------------------------------------- queues that gave up

n = "gaveup-courier-no-response.eml"
d = dt(2026, 11, 22, 4, 10, 0, "+0000")
write(OUT, n, dsn_mail(n, frm="Courier mail server at mail.harbour-books.example <@>", to="shop@harbour-books.example",
    subject="NOTICE: mail delivery status.", date=d, host="mail.harbour-books.example",
    hops="Return-Path: <>\n" + hop(n, "mail.harbour-books.example", "Courier 1.3.9", d),
    text="""This is a delivery status notification from mail.harbour-books.example,
running the Courier mail server, version 1.3.9.

The original message was received on Tue, 17 Nov 2026 03:55:12 +0000
from localhost [127.0.0.1]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<orders@quayside-print.example>:
    mx.quayside-print.example [198.51.100.61]:
 ... Message in queue for five days with no answer from any mail server of
     the recipient's domain. Delivery has been abandoned.

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.
""", recips=[{"final": "orders@quayside-print.example", "status": "5.0.0", "remote": "mx.quayside-print.example",
              "diag": "X-Courier; Delivery abandoned: no response from mx.quayside-print.example for 5 days"}],
    orig=orig_headers("shop@harbour-books.example", "orders@quayside-print.example", "Reprint order 2211",
                      dt(2026, 11, 17, 3, 55, 12, "+0000"), mid(n + "o", "harbour-books.example"))))
expect(n, "orders@quayside-print.example", "expired", status="5.0.0")

n = "gaveup-kerio-lifetime.eml"
d = dt(2026, 11, 13, 9, 0, 0, "+0100")
write(OUT, n, with_returned(n, host="kerio.brnolab.example", sw="Kerio Connect 10.0.6",
    frm="Kerio Connect <postmaster@brnolab.example>", to="lab@brnolab.example",
    subject="Undeliverable: Vysledky mereni 11/2026", date=d,
    text="""Your message did not reach some or all of the intended recipients.

   Subject:  Vysledky mereni 11/2026
   Sent:     9.11.2026 8:41

The following recipient(s) could not be reached:

   partner@olomouc-metrology.example
      The server was unable to deliver the message within the maximum
      lifetime of a message in the queue (4 days). The remote mail server
      mx.olomouc-metrology.example could not be contacted.
""", orig=orig("lab@brnolab.example", "partner@olomouc-metrology.example", "Vysledky mereni 11/2026",
               dt(2026, 11, 9, 8, 41, 0, "+0100"), "brnolab.example", n)))
expect(n, "partner@olomouc-metrology.example", "expired")

n = "gaveup-icewarp-retries.eml"
d = dt(2026, 11, 18, 23, 30, 0, "+0200")
write(OUT, n, with_returned(n, host="mail.adriatic-yachts.example", sw="IceWarp 14.1",
    frm="IceWarp Mail Server <postmaster@adriatic-yachts.example>", to="charter@adriatic-yachts.example",
    subject="Delivery failure: Charter contract 2027", date=d,
    text="""This is the IceWarp Mail Server delivery system.

Delivery to the following recipient failed permanently:

  captain.ivo@split-marina.example

Reason: the message stayed in the outgoing queue for 72 hours. All
18 retries to reach the destination server failed and the server
will not try again. Last error: no route to host mx.split-marina.example.
""", orig=orig("charter@adriatic-yachts.example", "captain.ivo@split-marina.example", "Charter contract 2027",
               dt(2026, 11, 15, 23, 20, 0, "+0200"), "adriatic-yachts.example", n)))
expect(n, "captain.ivo@split-marina.example", "expired")

n = "gaveup-exchange2010-queue-expired.eml"
d = dt(2026, 11, 6, 2, 14, 0, "-0600")
host = "EXCH2010.prairie-coop.example"
txt = """Delivery has failed to these recipients or groups:

grainbids@river-terminal.example
The recipient's e-mail system isn't accepting messages now. Please try
resending this message later or contact the recipient directly.

Diagnostic information for administrators:

Generating server: EXCH2010.prairie-coop.example

grainbids@river-terminal.example
#550 4.4.7 QUEUE.Expired; message expired ##
"""
write(OUT, n, dsn_mail(n, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@prairie-coop.example>",
    to="marketing@prairie-coop.example", subject="Undeliverable: Bid sheet week 45", date=d, host=host,
    hops=hop(n, host, "Microsoft SMTP Server (TLS) id 14.3.513.0", d), text=txt,
    recips=[{"final": "grainbids@river-terminal.example", "status": "5.4.7", "diag": "smtp;550 4.4.7 QUEUE.Expired; message expired"}],
    orig=orig_headers("marketing@prairie-coop.example", "grainbids@river-terminal.example", "Bid sheet week 45",
                      dt(2026, 11, 4, 2, 10, 0, "-0600"), mid(n + "o", "prairie-coop.example"))))
expect(n, "grainbids@river-terminal.example", "expired", status="5.4.7", reply="550")

n = "gaveup-domino-not-responding.eml"
d = dt(2026, 11, 24, 7, 45, 0, "+0100")
write(OUT, n, with_returned(n, host="notes01.ostalpen-bau.example", sw="Lotus Domino Release 9.0.1FP10",
    frm="Mail Router <MAILER-DAEMON@ostalpen-bau.example>", to="a.huber@ostalpen-bau.example",
    subject="DELIVERY FAILURE: Unable to deliver message after 4 days", date=d,
    text="""Your message

  Subject: Angebot Hallenboden

was not delivered to:

  einkauf@tiroler-estrich.example

because:

  Unable to deliver message after 4 days; the remote host
  mail.tiroler-estrich.example is not responding.
""", orig=orig("a.huber@ostalpen-bau.example", "einkauf@tiroler-estrich.example", "Angebot Hallenboden",
               dt(2026, 11, 20, 7, 40, 0, "+0100"), "ostalpen-bau.example", n),
    extra=[("X-Mailer", "Lotus Domino Release 9.0.1FP10")]))
expect(n, "einkauf@tiroler-estrich.example", "expired")

n = "gaveup-qmail-queue-too-long.eml"
d = dt(2026, 11, 29, 5, 5, 5, "+0000")
write(OUT, n, plain(n, host="mx.alpaca-wool.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.alpaca-wool.example",
    to="yarn@alpaca-wool.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mx.alpaca-wool.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<knitting.circle@highland-crafts.example>:
Connection to 198.51.100.88 timed out.
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.

Return-Path: <yarn@alpaca-wool.example>
Received: (qmail 11902 invoked by uid 1001); 22 Nov 2026 05:00:01 -0000
From: yarn@alpaca-wool.example
To: knitting.circle@highland-crafts.example
Subject: Winter colours are in
Date: Sun, 22 Nov 2026 05:00:01 +0000

Twelve new shades.
"""))
expect(n, "knitting.circle@highland-crafts.example", "expired")

n = "gaveup-exim-retry-time-not-reached.eml"
write(OUT, n, exim(n, host="mail.folk-festival.example", sender="tickets@folk-festival.example",
    rcpt="volunteers@old-village-hall.example", when=dt(2026, 11, 30, 18, 0, 0, "+0000"), osubj="Rota for Saturday",
    body="""  volunteers@old-village-hall.example
    retry timeout exceeded
    all hosts for old-village-hall.example have been failing for a long time (and retry time not reached)
"""))
expect(n, "volunteers@old-village-hall.example", "expired")

# ---------------------------------------------------------------- user unknown in other languages and wordings

n = "userunknown-cs-schranka-neexistuje.eml"
d = dt(2026, 11, 10, 14, 2, 0, "+0100")
write(OUT, n, with_returned(n, host="smtp.pivovar-hana.example", sw="Postfix",
    frm="Postovni system <postmaster@pivovar-hana.example>", to="obchod@pivovar-hana.example",
    subject="Nedorucitelna zprava: Objednavka sudu", date=d, charset="iso-8859-2", cte="quoted-printable",
    text="""Toto je automatická zpráva poštovního serveru smtp.pivovar-hana.example.

Vaši zprávu nebylo možné doručit následujícímu příjemci:

    hospoda.u.lipy@jihlava-gastro.example

Odpověď vzdáleného serveru:
    550 Schránka příjemce neexistuje. Zkontrolujte prosím adresu.

Zpráva nebude znovu odeslána.
""", orig=orig("obchod@pivovar-hana.example", "hospoda.u.lipy@jihlava-gastro.example", "Objednavka sudu",
               dt(2026, 11, 10, 14, 1, 50, "+0100"), "pivovar-hana.example", n)))
expect(n, "hospoda.u.lipy@jihlava-gastro.example", "userunknown", hard=True, reply="550")

n = "userunknown-tr-kullanici-yok.eml"
d = dt(2026, 11, 12, 11, 20, 0, "+0300")
write(OUT, n, with_returned(n, host="posta.ege-tekstil.example", sw="Exim 4.96",
    frm="Posta Teslim Sistemi <Mailer-Daemon@posta.ege-tekstil.example>", to="satis@ege-tekstil.example",
    subject="Teslim edilemeyen ileti: Fiyat listesi", date=d, charset="iso-8859-9", cte="quoted-printable",
    text="""Bu ileti posta teslim yazılımı tarafından otomatik olarak oluşturulmuştur.

Gönderdiğiniz ileti aşağıdaki alıcıya teslim edilemedi. Bu kalıcı bir hatadır:

  murat.kaya@izmir-konfeksiyon.example
    Alıcı sunucunun yanıtı: 550 Böyle bir kullanıcı yok; bu adrese ait
    posta kutusu bulunamadı.
""", orig=orig("satis@ege-tekstil.example", "murat.kaya@izmir-konfeksiyon.example", "Fiyat listesi",
               dt(2026, 11, 12, 11, 19, 40, "+0300"), "ege-tekstil.example", n)))
expect(n, "murat.kaya@izmir-konfeksiyon.example", "userunknown", hard=True, reply="550")

n = "userunknown-hu-cimzett-nem-letezik.eml"
d = dt(2026, 11, 16, 8, 30, 0, "+0100")
write(OUT, n, dsn_mail(n, frm="Levelezorendszer <MAILER-DAEMON@mail.balaton-borok.example>", to="rendeles@balaton-borok.example",
    subject=enc_header("Kézbesíthetetlen üzenet", "iso-8859-2"), date=d, host="mail.balaton-borok.example",
    hops="Return-Path: <>\n" + hop(n, "mail.balaton-borok.example", "Postfix", d), charset="iso-8859-2", cte="quoted-printable",
    text="""Ez egy automatikus üzenet a mail.balaton-borok.example levelezőrendszertől.

Az Ön által küldött levelet nem sikerült kézbesíteni az alábbi címzettnek:

  szabo.eszter@pecs-vendeglo.example

A címzett postafiókja nem létezik ezen a kiszolgálón.
""", recips=[{"final": "szabo.eszter@pecs-vendeglo.example", "status": "5.0.0", "remote": "mx.pecs-vendeglo.example",
              "diag": "smtp; 550 A cimzett postafiokja nem letezik"}],
    orig=orig_headers("rendeles@balaton-borok.example", "szabo.eszter@pecs-vendeglo.example", "Boraink 2026",
                      dt(2026, 11, 16, 8, 29, 50, "+0100"), mid(n + "o", "balaton-borok.example"))))
expect(n, "szabo.eszter@pecs-vendeglo.example", "userunknown", hard=True, status="5.0.0", reply="550")

n = "userunknown-vi-khong-ton-tai.eml"
d = dt(2026, 11, 19, 15, 0, 0, "+0700")
write(OUT, n, with_returned(n, host="mail.saigon-coffee.example", sw="Postfix",
    frm="He thong thu <mailer-daemon@saigon-coffee.example>", to="xuatkhau@saigon-coffee.example",
    subject=enc_header("Thư không gửi được: Báo giá cà phê", "utf-8"), date=d, charset="utf-8", cte="base64",
    text="""Đây là thông báo tự động từ hệ thống thư mail.saigon-coffee.example.

Thư của bạn không thể gửi tới người nhận sau:

    nguyen.van.an@hanoi-traders.example

Lý do: địa chỉ email người nhận không tồn tại trên máy chủ đích.
Máy chủ đích trả lời: 550 Tài khoản không tồn tại.
""", orig=orig("xuatkhau@saigon-coffee.example", "nguyen.van.an@hanoi-traders.example", "Bao gia ca phe",
               dt(2026, 11, 19, 14, 59, 40, "+0700"), "saigon-coffee.example", n)))
expect(n, "nguyen.van.an@hanoi-traders.example", "userunknown", hard=True, reply="550")

n = "userunknown-id-pengguna-tidak-dikenal.eml"
d = dt(2026, 11, 21, 10, 10, 0, "+0700")
write(OUT, n, dsn_mail(n, frm="Sistem Surat <MAILER-DAEMON@surat.batik-solo.example>", to="pemasaran@batik-solo.example",
    subject="Pesan tidak terkirim", date=d, host="surat.batik-solo.example",
    hops="Return-Path: <>\n" + hop(n, "surat.batik-solo.example", "Postfix", d),
    text="""Ini adalah pesan otomatis dari server surat.batik-solo.example.

Pesan Anda tidak dapat dikirim ke penerima berikut:

    dewi.lestari@surabaya-butik.example

Server penerima menolak alamat ini: pengguna tidak dikenal, alamat
email penerima tidak ditemukan. Periksa kembali ejaan alamat tersebut.
""", recips=[{"final": "dewi.lestari@surabaya-butik.example", "status": "5.0.0", "remote": "mx.surabaya-butik.example",
              "diag": "smtp; 550 Alamat tidak ditemukan"}],
    orig=orig_headers("pemasaran@batik-solo.example", "dewi.lestari@surabaya-butik.example", "Katalog batik",
                      dt(2026, 11, 21, 10, 9, 50, "+0700"), mid(n + "o", "batik-solo.example"))))
expect(n, "dewi.lestari@surabaya-butik.example", "userunknown", hard=True, status="5.0.0", reply="550")

n = "userunknown-ko-utf8-account-missing.eml"
d = dt(2026, 11, 23, 16, 40, 0, "+0900")
write(OUT, n, with_returned(n, host="mail.hangang-soft.example", sw="Postfix",
    frm=enc_header("메일 시스템", "utf-8") + " <mailer-daemon@hangang-soft.example>", to="sales@hangang-soft.example",
    subject=enc_header("반송 메일: 견적 요청", "utf-8"), date=d, charset="utf-8", cte="base64",
    text="""보내신 메일이 아래 수신자에게 전달되지 못했습니다.

받는 사람: park.minsu@busan-parts.example

사유: 받는 사람의 계정이 존재하지 않습니다. 주소를 다시 확인해 주십시오.
상대 서버 응답: 550 No such account
""", orig=orig("sales@hangang-soft.example", "park.minsu@busan-parts.example", "Quote request",
               dt(2026, 11, 23, 16, 39, 40, "+0900"), "hangang-soft.example", n)))
expect(n, "park.minsu@busan-parts.example", "userunknown", hard=True, reply="550")

n = "userunknown-zh-tw-big5-account.eml"
d = dt(2026, 11, 25, 9, 5, 0, "+0800")
write(OUT, n, with_returned(n, host="mail.tainan-tea.example", sw="Postfix",
    frm=enc_header("郵件系統", "big5") + " <postmaster@tainan-tea.example>", to="service@tainan-tea.example",
    subject=enc_header("無法投遞的郵件：訂購確認", "big5"), date=d, charset="big5", cte="base64",
    text="""您寄出的郵件無法投遞給下列收件者：

    lin.meiling@kaohsiung-shop.example

原因：收件者帳號不存在，請確認電子郵件地址是否正確。
對方伺服器回應：550 無此帳號

本郵件由系統自動寄出，請勿直接回覆。
""", orig=orig("service@tainan-tea.example", "lin.meiling@kaohsiung-shop.example", "Order confirmation",
               dt(2026, 11, 25, 9, 4, 40, "+0800"), "tainan-tea.example", n)))
expect(n, "lin.meiling@kaohsiung-shop.example", "userunknown", hard=True, reply="550")

n = "userunknown-ja-iso2022-atesaki-fumei.eml"
d = dt(2026, 11, 27, 13, 15, 0, "+0900")
jtxt = """このメールはシステムから自動送信されています。

次の宛先へのメール配送に失敗しました。

    suzuki.h@osaka-seimitsu.example

原因: 宛先のメールアドレスは存在しません（該当するユーザーが見つかりません）。
宛先サーバーの応答: 550 5.1.1 unknown recipient
"""
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mail.nagoya-kikai.example", "Postfix", d), ("Date", d),
    ("From", enc_header("メール配送システム", "iso-2022-jp") + " <MAILER-DAEMON@nagoya-kikai.example>"),
    ("To", "eigyo2@nagoya-kikai.example"), ("Subject", enc_header("配送不能のお知らせ", "iso-2022-jp")),
    ("Message-ID", mid(n, "nagoya-kikai.example")), ("Auto-Submitted", "auto-replied")],
    multipart("mixed", [part("text/plain; charset=iso-2022-jp", jtxt.encode("iso2022_jp").decode("ascii"), cte="7bit"),
                        part("text/rfc822-headers", orig_headers("eigyo2@nagoya-kikai.example", "suzuki.h@osaka-seimitsu.example",
                             enc_header("図面の送付", "iso-2022-jp"), dt(2026, 11, 27, 13, 14, 50, "+0900"),
                             mid(n + "o", "nagoya-kikai.example")), cte=None)], boundary(n))))
expect(n, "suzuki.h@osaka-seimitsu.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "userunknown-comcast-not-our-customer.eml"
write(OUT, n, pf(n, host="mail.little-league.example", sender="coach@little-league.example", rcpt="slugger.dad@comcast.net",
    when=dt(2026, 11, 8, 17, 0, 0, "-0500"), osubj="Practice moved to Thursday", tail="""<slugger.dad@comcast.net>: host mx1a.comcast.net[192.0.2.70] said: 550 5.1.1
    <slugger.dad@comcast.net> Not our Customer (in reply to RCPT TO command)
""", status="5.1.1", diag="550 5.1.1 <slugger.dad@comcast.net> Not our Customer", remote="mx1a.comcast.net"))
expect(n, "slugger.dad@comcast.net", "userunknown", hard=True, status="5.1.1", reply="550", vendor="comcast")

n = "userunknown-outlookcom-mailbox-unavailable.eml"
write(OUT, n, pf(n, host="smtp.bakery-club.example", sender="news@bakery-club.example", rcpt="sourdough.sam@outlook.com",
    when=dt(2026, 11, 11, 7, 30, 0, "+0000"), osubj="Starter swap on Sunday", tail="""<sourdough.sam@outlook.com>: host outlook-com.olc.protection.outlook.com[192.0.2.80]
    said: 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302). [DB5PEPF00014B9C.eurprd02.prod.outlook.com 2026-11-11T07:30:01.552Z
    08DE0F2A11B7C4E2] (in reply to RCPT TO command)
""", status="5.5.0", diag="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB5PEPF00014B9C.eurprd02.prod.outlook.com 2026-11-11T07:30:01.552Z 08DE0F2A11B7C4E2]",
    remote="outlook-com.olc.protection.outlook.com"))
expect(n, "sourdough.sam@outlook.com", "userunknown", hard=True, status="5.5.0", reply="550", vendor="outlook")

# ---------------------------------------------------------------- refusals of the sender's identity

n = "authfailure-exim-dmarc-reject.eml"
write(OUT, n, exim(n, host="mail.craft-beer-club.example", sender="members@craft-beer-club.example",
    rcpt="hop.head@ale-house.example", when=dt(2026, 11, 14, 19, 0, 0, "+0000"), osubj="Tasting night tickets",
    body="""  hop.head@ale-house.example
    host mx.ale-house.example [198.51.100.95]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected: the From: domain craft-beer-club.example publishes
    a DMARC policy of reject and neither SPF nor DKIM aligned
"""))
expect(n, "hop.head@ale-house.example", "authfailure", status="5.7.1", reply="550")

n = "authfailure-dkim-no-passing-signature.eml"
write(OUT, n, pf(n, host="out.invoice-cloud.example", sender="billing@invoice-cloud.example", rcpt="ap@steelframe-corp.example",
    when=dt(2026, 11, 17, 12, 0, 0, "+0000"), osubj="Invoice INV-88213", tail="""<ap@steelframe-corp.example>: host mx.steelframe-corp.example[198.51.100.97] said:
    550 5.7.20 No passing DKIM signature found; messages from invoice-cloud.example
    must be signed (in reply to end of DATA command)
""", status="5.7.20", diag="550 5.7.20 No passing DKIM signature found; messages from invoice-cloud.example must be signed",
    remote="mx.steelframe-corp.example"))
expect(n, "ap@steelframe-corp.example", "authfailure", status="5.7.20", reply="550")

n = "authfailure-spf-not-permitted-sendmail.eml"
write(OUT, n, sendmail_dsn(n, host="relay.dental-group.example", sender="reminders@dental-group.example",
    rcpt="patient.lee@valley-isp.example", when=dt(2026, 11, 19, 8, 0, 0, "-0800"), osubj="Your appointment tomorrow",
    transcript="""... while talking to mx.valley-isp.example.:
>>> MAIL From:<reminders@dental-group.example> SIZE=2210
<<< 250 2.1.0 Sender ok
>>> RCPT To:<patient.lee@valley-isp.example>
<<< 250 2.1.5 Recipient ok
>>> DATA
<<< 354 Enter mail
>>> .
<<< 550 5.7.1 SPF check failed: 203.0.113.31 is not permitted to send for dental-group.example
554 5.0.0 Service unavailable
""", status="5.7.1", diag="smtp; 550 5.7.1 SPF check failed: 203.0.113.31 is not permitted to send for dental-group.example",
    remote="mx.valley-isp.example"))
expect(n, "patient.lee@valley-isp.example", "authfailure", status="5.7.1", reply="550")

n = "blocked-helo-not-fqdn.eml"
write(OUT, n, pf(n, host="pos-gw.corner-store.example", sender="receipts@corner-store.example", rcpt="owner@wholesale-foods.example",
    when=dt(2026, 11, 20, 6, 0, 0, "+0000"), osubj="Daily till report", tail="""<owner@wholesale-foods.example>: host mx.wholesale-foods.example[198.51.100.101] said:
    504 5.5.2 <pos-gw>: Helo command rejected: need fully-qualified hostname
    (in reply to RCPT TO command)
""", status="5.5.2", diag="504 5.5.2 <pos-gw>: Helo command rejected: need fully-qualified hostname",
    remote="mx.wholesale-foods.example"))
expect(n, "owner@wholesale-foods.example", "blocked", status="5.5.2", reply="504")

n = "requireptr-exim-no-ptr-record.eml"
write(OUT, n, exim(n, host="vps17.hobby-host.example", sender="alerts@hobby-host.example",
    rcpt="sysop@uni-physics.example", when=dt(2026, 11, 21, 3, 0, 0, "+0000"), osubj="Disk alert on vps17",
    body="""  sysop@uni-physics.example
    host smtp.uni-physics.example [198.51.100.103]
    SMTP error from remote mail server after initial connection:
    550 5.7.1 Connection refused: 203.0.113.66 has no PTR record in DNS.
    Mail from hosts without reverse DNS is not accepted here.
"""))
expect(n, "sysop@uni-physics.example", "requireptr", status="5.7.1", reply="550")

n = "rejected-sendmail-sender-domain-unresolved.eml"
write(OUT, n, sendmail_dsn(n, host="mta.garden-tools.example", sender="promo@spring-sale-garden.example",
    rcpt="hedges@allotment-society.example", when=dt(2026, 11, 22, 10, 0, 0, "+0000"), osubj="Spring bulbs half price",
    transcript="""... while talking to mail.allotment-society.example.:
>>> MAIL From:<promo@spring-sale-garden.example> SIZE=4012
<<< 553 5.1.8 <promo@spring-sale-garden.example>... Domain of sender address promo@spring-sale-garden.example does not exist
554 5.0.0 Service unavailable
""", status="5.1.8", diag="smtp; 553 5.1.8 <promo@spring-sale-garden.example>... Domain of sender address promo@spring-sale-garden.example does not exist",
    remote="mail.allotment-society.example"))
expect(n, "hedges@allotment-society.example", "rejected", status="5.1.8", reply="553")

n = "rejected-sender-null-mx-5.7.27.eml"
write(OUT, n, pf(n, host="mail.noreply-tickets.example", sender="noreply@tickets.noreply-tickets.example", rcpt="fan@stadium-mail.example",
    when=dt(2026, 11, 23, 21, 0, 0, "+0000"), osubj="Your e-ticket", tail="""<fan@stadium-mail.example>: host mx.stadium-mail.example[198.51.100.105] said:
    550 5.7.27 <noreply@tickets.noreply-tickets.example>: Sender address has
    null MX; replies could never reach it (in reply to MAIL FROM command)
""", status="5.7.27", diag="550 5.7.27 <noreply@tickets.noreply-tickets.example>: Sender address has null MX; replies could never reach it",
    remote="mx.stadium-mail.example"))
expect(n, "fan@stadium-mail.example", "rejected", status="5.7.27", reply="550")

n = "orange-ofr-invalid-sender.eml"
write(OUT, n, pf(n, host="mail.vide-grenier.example", sender="bureau@vide-grenier", rcpt="mamie.jeanne@orange.fr",
    when=dt(2026, 11, 24, 9, 0, 0, "+0100"), osubj="Inscription brocante", tail="""<mamie.jeanne@orange.fr>: host smtp-in.orange.fr[192.0.2.120] said: 501 5.1.0
    Emetteur invalide. Invalid Sender. OFR_416 [416] (in reply to MAIL FROM command)
""", status="5.1.0", diag="501 5.1.0 Emetteur invalide. Invalid Sender. OFR_416 [416]", remote="smtp-in.orange.fr"))
expect(n, "mamie.jeanne@orange.fr", "rejected", status="5.1.0", reply="501", vendor="orange")

# ---------------------------------------------------------------- relaying refused

n = "norelaying-exchange-5.7.54.eml"
write(OUT, n, ms_ndr(n, sender="scanner@print-room.example", rcpt="client.files@accounting-partners.example",
    subject="Scanned document 00412", date=dt(2026, 11, 25, 11, 0, 0, "+0100"), tenant="print-room.example",
    host="EXCH01.print-room.example",
    headline="The server can't relay this message to a domain it doesn't accept mail for.",
    fix="Ask the administrator to allow this device to relay through the receive connector.",
    reply_line="550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", status="5.7.54"))
expect(n, "client.files@accounting-partners.example", "norelaying", status="5.7.54", reply="550")

n = "norelaying-domino-relay-rejected.eml"
write(OUT, n, with_returned(n, host="notes02.stadtbibliothek.example", sw="Lotus Domino Release 10.0.1",
    frm="Mail Router <postmaster@stadtbibliothek.example>", to="ausleihe@stadtbibliothek.example",
    subject="DELIVERY FAILURE: Relay rejected for policy reasons.", date=dt(2026, 11, 26, 10, 0, 0, "+0100"),
    text="""Your message

  Subject: Fernleihe 2026-771

was not delivered to:

  fernleihe@uni-bibliothek-nord.example

because:

  554 Relay rejected for policy reasons.
""", orig=orig("ausleihe@stadtbibliothek.example", "fernleihe@uni-bibliothek-nord.example", "Fernleihe 2026-771",
               dt(2026, 11, 26, 9, 59, 0, "+0100"), "stadtbibliothek.example", n)))
expect(n, "fernleihe@uni-bibliothek-nord.example", "norelaying", reply="554")

# ---------------------------------------------------------------- mailbox limits in bytes and messages; null MX

n = "mailboxfull-bytes-used-lmtp.eml"
write(OUT, n, exim(n, host="mail.chess-league.example", sender="results@chess-league.example",
    rcpt="grandmaster.pete@retiree-mail.example", when=dt(2026, 11, 27, 20, 0, 0, "+0000"), osubj="Round 7 pairings",
    body="""  grandmaster.pete@retiree-mail.example
    host mx.retiree-mail.example [198.51.100.107]
    SMTP error from remote mail server after end of data:
    550 Not delivered: 104857600 of 104857600 bytes used, no room left for
    this message in the recipient's box
"""))
expect(n, "grandmaster.pete@retiree-mail.example", "mailboxfull", reply="550")

n = "mailboxfull-mdaemon-message-limit.eml"
write(OUT, n, with_returned(n, host="mail.county-fair.example", sw="MDaemon PRO v24.0",
    frm="MDaemon@mail.county-fair.example", to="entries@county-fair.example",
    subject="Message delivery failure", date=dt(2026, 11, 28, 9, 0, 0, "-0600"),
    text="""The attached message had PERMANENT fatal delivery errors!

--- Session Transcript ---
 Sat 2026-11-28 09:00:01.201: * To: pie.judge@county-fair.example
 Sat 2026-11-28 09:00:01.202: * Local delivery refused: the mailbox already holds
 Sat 2026-11-28 09:00:01.203:   5000 messages, the most this account may store.
--- End Transcript ---
""", orig=orig("entries@county-fair.example", "pie.judge@county-fair.example", "Entry 0412 - apple pie",
               dt(2026, 11, 28, 8, 59, 0, "-0600"), "county-fair.example", n)))
expect(n, "pie.judge@county-fair.example", "mailboxfull")

n = "notaccept-sendmail-null-mx.eml"
write(OUT, n, sendmail_dsn(n, host="mx.estate-agents.example", sender="lettings@estate-agents.example",
    rcpt="enquiries@retired-brand.example", when=dt(2026, 11, 29, 14, 0, 0, "+0000"), osubj="Viewing on Friday",
    transcript="""... while talking to retired-brand.example.:
553 5.1.10 <enquiries@retired-brand.example>... Domain retired-brand.example has a null MX (RFC 7505): it accepts no mail
""", status="5.1.10", diag="smtp; 553 5.1.10 <enquiries@retired-brand.example>... Domain has a null MX: it accepts no mail",
    remote="retired-brand.example"))
expect(n, "enquiries@retired-brand.example", "notaccept", hard=True, status="5.1.10", reply="553")

# ---------------------------------------------------------------- truncated Diagnostic-Code, whole reply in the text

n = "truncated-diag-comcast-dnsbl.eml"
write(OUT, n, sendmail_dsn(n, host="smtp.youth-soccer.example", sender="league@youth-soccer.example",
    rcpt="goalie.mom@comcast.net", when=dt(2026, 11, 9, 18, 0, 0, "-0500"), osubj="Tournament schedule",
    transcript="""... while talking to mx2c1.comcast.net.:
>>> MAIL From:<league@youth-soccer.example> SIZE=8890
<<< 554-resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net
<<< 554-203.0.113.90 found on one or more DNSBLs, see
<<< 554 https://postmaster.comcast.net/smtp-error-codes.php#BL000001
554 5.0.0 Service unavailable
""", status="5.0.0", diag="smtp; 554-resimta-po-21v.sys.comcast.net resimta-po-21v.sys.comcast.net",
    remote="mx2c1.comcast.net"))
expect(n, "goalie.mom@comcast.net", "blocked", status="5.0.0", reply="554", vendor="comcast")

n = "truncated-diag-gmail-not-rfc5322.eml"
write(OUT, n, sendmail_dsn(n, host="mailer.legacy-crm.example", sender="crm@legacy-crm.example",
    rcpt="lead.contact@gmail.com", when=dt(2026, 11, 10, 10, 0, 0, "+0000"), osubj="(no subject)",
    transcript="""... while talking to gmail-smtp-in.l.google.com.:
>>> DATA
<<< 550-5.7.1 [203.0.113.92      12] Our system has detected that this message is
<<< 550-5.7.1 not RFC 5322 compliant: it has more than one From: header.
<<< 550-5.7.1 To reduce the amount of spam sent to Gmail, this message has been
<<< 550-5.7.1 blocked. For more information, go to
<<< 550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant a1-20261110 - gsmtp
554 5.0.0 Service unavailable
""", status="5.7.1", diag="smtp; 550-5.7.1 [203.0.113.92      12] Our system has detected that this message is",
    remote="gmail-smtp-in.l.google.com"))
expect(n, "lead.contact@gmail.com", "notcompliantrfc", status="5.7.1", reply="550", vendor="gmail")

# ---------------------------------------------------------------- "blocked" in the recipient's sense, and blocklists

n = "suspend-account-blocked-by-admin.eml"
write(OUT, n, pf(n, host="mail.alumni-rowing.example", sender="captain@alumni-rowing.example", rcpt="cox.1998@campus-mail.example",
    when=dt(2026, 11, 12, 9, 0, 0, "+0000"), osubj="Boat club dinner", tail="""<cox.1998@campus-mail.example>: host mx.campus-mail.example[198.51.100.111] said:
    550 5.2.1 <cox.1998@campus-mail.example>: this user account has been blocked
    by the administrator and cannot receive mail (in reply to RCPT TO command)
""", status="5.2.1", diag="550 5.2.1 <cox.1998@campus-mail.example>: this user account has been blocked by the administrator and cannot receive mail",
    remote="mx.campus-mail.example"))
expect(n, "cox.1998@campus-mail.example", "suspend", status="5.2.1", reply="550")

n = "filtered-recipient-blocked-sender.eml"
write(OUT, n, pf(n, host="mail.timeshare-offers.example", sender="offers@timeshare-offers.example", rcpt="retired.couple@seaside-net.example",
    when=dt(2026, 11, 13, 15, 0, 0, "+0000"), osubj="Exclusive resort preview", tail="""<retired.couple@seaside-net.example>: host mx.seaside-net.example[198.51.100.113] said:
    550 5.7.1 The recipient has chosen to block messages from your address
    (in reply to end of DATA command)
""", status="5.7.1", diag="550 5.7.1 The recipient has chosen to block messages from your address",
    remote="mx.seaside-net.example"))
expect(n, "retired.couple@seaside-net.example", "filtered", status="5.7.1", reply="550")

n = "blocked-spamcop-listed-ip.eml"
write(OUT, n, exim(n, host="mail.bargain-bin.example", sender="deals@bargain-bin.example",
    rcpt="thrifty@smallisp-west.example", when=dt(2026, 11, 14, 8, 0, 0, "+0000"), osubj="Clearance weekend",
    body="""  thrifty@smallisp-west.example
    host mx.smallisp-west.example [198.51.100.115]
    SMTP error from remote mail server after RCPT TO:<thrifty@smallisp-west.example>:
    550 Rejected: 203.0.113.94 is listed at bl.spamcop.net
"""))
expect(n, "thrifty@smallisp-west.example", "blocked", reply="550")

n = "mimecast-envelope-blocked-user-entry.eml"
write(OUT, n, pf(n, host="mail.cold-outreach.example", sender="sdr@cold-outreach.example", rcpt="j.morrison@harbour-insurance.example",
    when=dt(2026, 11, 16, 13, 0, 0, "+0000"), osubj="Quick question about your renewals", tail="""<j.morrison@harbour-insurance.example>: host eu-smtp-inbound-1.mimecast.com[192.0.2.130]
    said: 550 Envelope blocked - User Entry -
    https://community.mimecast.com/docs/DOC-1369#550 [AbCdEfGhIjKlMnOpQr_0.eu291]
    (in reply to RCPT TO command)
""", status="5.0.0", diag="550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEfGhIjKlMnOpQr_0.eu291]",
    remote="eu-smtp-inbound-1.mimecast.com"))
expect(n, "j.morrison@harbour-insurance.example", "filtered", status="5.0.0", reply="550", vendor="mimecast")

# ---------------------------------------------------------------- delay notices that name their cause

n = "delay-systemfull-insufficient-storage.eml"
write(OUT, n, pf(n, host="mail.photo-archive.example", sender="uploads@photo-archive.example", rcpt="curator@museum-north.example",
    when=dt(2026, 11, 17, 4, 0, 0, "+0000"), osubj="Scans batch 14", hours=4, tail="""<curator@museum-north.example>: host mx.museum-north.example[198.51.100.117] said:
    452 4.3.1 Insufficient system storage, try again later (in reply to MAIL
    FROM command)
""", status="4.3.1", diag="452 4.3.1 Insufficient system storage, try again later", remote="mx.museum-north.example"))
expect(n, "curator@museum-north.example", "systemfull", status="4.3.1", reply="452", action="delayed")

n = "delay-starttls-not-offered.eml"
write(OUT, n, pf(n, host="mx-out.health-portal.example", sender="results@health-portal.example", rcpt="patient.ortiz@old-isp.example",
    when=dt(2026, 11, 18, 7, 0, 0, "+0000"), osubj="Your lab results are ready", hours=4, tail="""<patient.ortiz@old-isp.example>: TLS is required, but was not offered by host
    mx.old-isp.example[198.51.100.119]
""", status="4.7.4", diag="X-Postfix; TLS is required, but was not offered by host mx.old-isp.example[198.51.100.119]"))
expect(n, "patient.ortiz@old-isp.example", "failedstarttls", status="4.7.4", action="delayed")

n = "delay-o365-server-busy-4.7.500.eml"
write(OUT, n, pf(n, host="mail.webinar-hub.example", sender="events@webinar-hub.example", rcpt="attendee@northwind-legal.example",
    when=dt(2026, 11, 19, 16, 0, 0, "+0000"), osubj="Your webinar link", hours=3, tail="""<attendee@northwind-legal.example>: host northwindlegal-example.mail.protection.outlook.com[192.0.2.85]
    said: 451 4.7.500 Server busy. Please try again later from [203.0.113.96].
    (S77714) [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com 2026-11-19T16:00:02.117Z
    08DE0F2A11C0A1B3] (in reply to RCPT TO command)
""", status="4.7.500", diag="451 4.7.500 Server busy. Please try again later from [203.0.113.96]. (S77714)",
    remote="northwindlegal-example.mail.protection.outlook.com"))
expect(n, "attendee@northwind-legal.example", "ratelimited", status="4.7.500", reply="451", action="delayed", vendor="outlook")

n = "delay-exim-lookup-failure-warning.eml"
write(OUT, n, exim(n, host="mail.parish-council.example", sender="clerk@parish-council.example",
    rcpt="planning@district-office.example", when=dt(2026, 11, 20, 9, 0, 0, "+0000"), osubj="Objection to application 26/0412",
    warn=True, body="""  planning@district-office.example
    host mx.district-office.example [198.51.100.121]
    SMTP error from remote mail server after RCPT TO:<planning@district-office.example>:
    451 4.3.0 Temporary local problem: the recipient directory could not be read
"""))
expect(n, "planning@district-office.example", "systemerror", status="4.3.0", reply="451", action="delayed")

# ---------------------------------------------------------------- provider code families

n = "orange-ofr-too-many-connections.eml"
write(OUT, n, pf(n, host="mail.mairie-newsletter.example", sender="infos@mairie-newsletter.example", rcpt="habitant.42@orange.fr",
    when=dt(2026, 11, 21, 8, 0, 0, "+0100"), osubj="Lettre municipale de novembre", hours=2, tail="""<habitant.42@orange.fr>: host smtp-in.orange.fr[192.0.2.121] refused to talk to
    me: 421 mwinf5c41 ME Trop de connexions, veuillez verifier votre
    configuration. Too many connections, slow down. OFR005_104 [104]
""", status="4.0.0", diag="421 mwinf5c41 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]",
    remote="smtp-in.orange.fr"))
expect(n, "habitant.42@orange.fr", "ratelimited", status="4.0.0", reply="421", action="delayed", vendor="orange")

n = "cloudflare-routing-spam.eml"
write(OUT, n, pf(n, host="mail.crypto-airdrop.example", sender="drop@crypto-airdrop.example", rcpt="hello@indie-bakery.example",
    when=dt(2026, 11, 22, 2, 0, 0, "+0000"), osubj="Claim your tokens now", tail="""<hello@indie-bakery.example>: host route1.mx.cloudflare.net[192.0.2.140] said:
    550 5.7.1 This message was classified as SPAM and may not be delivered
    by Cloudflare Email Routing. See
    https://developers.cloudflare.com/email-routing/postmaster/#spam-errors
    (in reply to end of DATA command)
""", status="5.7.1", diag="550 5.7.1 This message was classified as SPAM and may not be delivered by Cloudflare Email Routing. See https://developers.cloudflare.com/email-routing/postmaster/#spam-errors",
    remote="route1.mx.cloudflare.net"))
expect(n, "hello@indie-bakery.example", "spamdetected", status="5.7.1", reply="550", vendor="cloudflare")

n = "o365-dmarc-reject-5.7.509.eml"
write(OUT, n, pf(n, host="mail.school-pta.example", sender="chair@school-pta.example", rcpt="head.teacher@contoso-academy.example",
    when=dt(2026, 11, 23, 10, 0, 0, "+0000"), osubj="Bake sale volunteers", tail="""<head.teacher@contoso-academy.example>: host contosoacademy-example.mail.protection.outlook.com[192.0.2.86]
    said: 550 5.7.509 Access denied, sending domain [SCHOOL-PTA.EXAMPLE] does not
    pass DMARC verification and has a DMARC policy of reject.
    [SA2PEPF00001508.namprd04.prod.outlook.com 2026-11-23T10:00:01.400Z
    08DE0F2A11C3D4E5] (in reply to end of DATA command)
""", status="5.7.509", diag="550 5.7.509 Access denied, sending domain [SCHOOL-PTA.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.",
    remote="contosoacademy-example.mail.protection.outlook.com"))
expect(n, "head.teacher@contoso-academy.example", "authfailure", status="5.7.509", reply="550", vendor="outlook")

n = "o365-ip-not-accepted-5.7.708.eml"
write(OUT, n, pf(n, host="vps3.new-hosting.example", sender="contact@tiny-startup.example", rcpt="partners@fabrikam-capital.example",
    when=dt(2026, 11, 24, 15, 0, 0, "+0000"), osubj="Pitch deck", tail="""<partners@fabrikam-capital.example>: host fabrikamcapital-example.mail.protection.outlook.com[192.0.2.87]
    said: 550 5.7.708 Service unavailable. Access denied, traffic not accepted
    from this IP. For more information please go to
    http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)
    [CO1PEPF000044F0.namprd05.prod.outlook.com 2026-11-24T15:00:00.991Z
    08DE0F2A11C9F0A2] (in reply to MAIL FROM command)
""", status="5.7.708", diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)",
    remote="fabrikamcapital-example.mail.protection.outlook.com"))
expect(n, "partners@fabrikam-capital.example", "blocked", status="5.7.708", reply="550", vendor="outlook")

n = "yahoo-unauthenticated-5.7.9.eml"
write(OUT, n, exim(n, host="mail.home-nas.example", sender="backup@home-nas.example",
    rcpt="family.photos.2009@yahoo.com", when=dt(2026, 11, 25, 1, 0, 0, "+0000"), osubj="Backup finished",
    body="""  family.photos.2009@yahoo.com
    host mta7.am0.yahoodns.net [192.0.2.193]
    SMTP error from remote mail server after end of data:
    550 5.7.9 This mail has been blocked because the sender is unauthenticated.
    Yahoo requires all senders to authenticate with either SPF or DKIM.
"""))
expect(n, "family.photos.2009@yahoo.com", "authfailure", status="5.7.9", reply="550", vendor="yahoo")

n = "gmail-account-disabled-5.2.1.eml"
write(OUT, n, pf(n, host="mail.old-forum.example", sender="digest@old-forum.example", rcpt="modeltrain.fan@gmail.com",
    when=dt(2026, 11, 26, 6, 0, 0, "+0000"), osubj="Weekly digest", tail="""<modeltrain.fan@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.32] said:
    550-5.2.1 The email account that you tried to reach is disabled. For more
    550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser
    b7-20261126 - gsmtp (in reply to RCPT TO command)
""", status="5.2.1", diag="550-5.2.1 The email account that you tried to reach is disabled. For more 550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser b7-20261126 - gsmtp",
    remote="gmail-smtp-in.l.google.com"))
expect(n, "modeltrain.fan@gmail.com", "suspend", status="5.2.1", reply="550", vendor="gmail")

n = "gmail-low-reputation-domain.eml"
write(OUT, n, pf(n, host="mta.flash-deals.example", sender="hello@flash-deals.example", rcpt="shopper.kim@gmail.com",
    when=dt(2026, 11, 27, 12, 0, 0, "+0000"), osubj="48 hours only", tail="""<shopper.kim@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.33] said:
    550-5.7.1 [203.0.113.98] Gmail has detected that this message is likely
    550-5.7.1 suspicious due to the very low reputation of the sending domain. To
    550-5.7.1 best protect our users from spam, the message has been blocked.
    550 5.7.1  https://support.google.com/mail/answer/188131 c9-20261127 - gsmtp
    (in reply to end of DATA command)
""", status="5.7.1", diag="550-5.7.1 [203.0.113.98] Gmail has detected that this message is likely 550-5.7.1 suspicious due to the very low reputation of the sending domain. To 550-5.7.1 best protect our users from spam, the message has been blocked. 550 5.7.1 https://support.google.com/mail/answer/188131 c9-20261127 - gsmtp",
    remote="gmail-smtp-in.l.google.com"))
expect(n, "shopper.kim@gmail.com", "badreputation", status="5.7.1", reply="550", vendor="gmail")

n = "aol-policy-reasons-5.7.9.eml"
write(OUT, n, pf(n, host="smtp.bulk-coupons.example", sender="coupons@bulk-coupons.example", rcpt="grandma.rose@aol.com",
    when=dt(2026, 11, 28, 14, 0, 0, "-0500"), osubj="Save on groceries", tail="""<grandma.rose@aol.com>: host mx-aol.mail.gm0.yahoodns.net[192.0.2.194] said:
    554 5.7.9 Message not accepted for policy reasons.  See
    https://postmaster.yahooinc.com/error-codes (in reply to end of DATA command)
""", status="5.7.9", diag="554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes",
    remote="mx-aol.mail.gm0.yahoodns.net"))
expect(n, "grandma.rose@aol.com", "policyviolation", status="5.7.9", reply="554", vendor="aol")

n = "icloud-over-quota.eml"
write(OUT, n, pf(n, host="mail.travel-club.example", sender="trips@travel-club.example", rcpt="wanderer.liz@icloud.com",
    when=dt(2026, 11, 29, 11, 0, 0, "+0000"), osubj="Your itinerary (PDF)", tail="""<wanderer.liz@icloud.com>: host mx01.mail.icloud.com[192.0.2.150] said: 552 5.2.2
    <wanderer.liz@icloud.com>: user is over quota (in reply to RCPT TO command)
""", status="5.2.2", diag="552 5.2.2 <wanderer.liz@icloud.com>: user is over quota", remote="mx01.mail.icloud.com"))
expect(n, "wanderer.liz@icloud.com", "mailboxfull", status="5.2.2", reply="552", vendor="icloud")

# ---------------------------------------------------------------- loops, size, content, rate, SMTP stage

n = "networkerror-sendmail-too-many-hops.eml"
write(OUT, n, sendmail_dsn(n, host="gw.shipping-line.example", sender="bookings@shipping-line.example",
    rcpt="ops@harbour-agent.example", when=dt(2026, 11, 30, 3, 0, 0, "+0000"), osubj="Vessel ETA update",
    transcript="""554 5.4.6 Too many hops 26 (25 max): from <bookings@shipping-line.example> via gw.shipping-line.example, to <ops@harbour-agent.example>
""", status="5.4.6", diag="smtp; 554 5.4.6 Too many hops 26 (25 max): mail forwarding loop for <ops@harbour-agent.example>",
    remote="gw.shipping-line.example"))
expect(n, "ops@harbour-agent.example", "networkerror", status="5.4.6", reply="554")

n = "exchange2019-recipient-size-limit.eml"
write(OUT, n, ms_ndr(n, sender="design@brand-agency.example", rcpt="marketing.lead@tailspin-retail.example",
    subject="Final artwork (print-ready)", date=dt(2026, 11, 30, 16, 0, 0, "+0000"), tenant="tailspin-retail.example",
    host="EX19-MBX02.tailspin-retail.example",
    headline="Your message is too big for the recipient's mailbox. It exceeds the size limit set for this recipient.",
    fix="Try sending the files with a link to a file share instead of as attachments.",
    reply_line="550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", status="5.2.3"))
expect(n, "marketing.lead@tailspin-retail.example", "emailtoolarge", status="5.2.3", reply="550")

n = "virus-exim-clamav-trojan.eml"
write(OUT, n, exim(n, host="mail.print-shop.example", sender="proofs@print-shop.example",
    rcpt="office@law-chambers.example", when=dt(2026, 12, 1, 9, 0, 0, "+0000"), osubj="Proof 7781.zip",
    body="""  office@law-chambers.example
    host mx.law-chambers.example [198.51.100.123]
    SMTP error from remote mail server after end of data:
    550-Rejected: this message contains malware
    550 (Win.Trojan.Agent-1873201 FOUND by ClamAV)
"""))
expect(n, "office@law-chambers.example", "virusdetected", reply="550")

n = "spamdetected-rspamd-score.eml"
write(OUT, n, pf(n, host="mail.seo-agency.example", sender="growth@seo-agency.example", rcpt="webmaster@family-vineyard.example",
    when=dt(2026, 12, 1, 11, 0, 0, "+0000"), osubj="Rank #1 on Google in 7 days", tail="""<webmaster@family-vineyard.example>: host mx.family-vineyard.example[198.51.100.125] said:
    554 5.7.1 Spam message rejected (score 17.2 over 15.0) (in reply to end of
    DATA command)
""", status="5.7.1", diag="554 5.7.1 Spam message rejected (score 17.2 over 15.0)", remote="mx.family-vineyard.example"))
expect(n, "webmaster@family-vineyard.example", "spamdetected", status="5.7.1", reply="554")

n = "contenterror-corrupt-content-5.6.0.eml"
write(OUT, n, ms_ndr(n, sender="export@erp-legacy.example", rcpt="edi@supplier-hub.example",
    subject="ORDERS D96A 000442", date=dt(2026, 12, 1, 13, 0, 0, "+0000"), tenant="erp-legacy.example",
    host="EX16-HUB01.erp-legacy.example",
    headline="The message content couldn't be read: its MIME structure is damaged.",
    fix="Check the program that created the message; it may write broken MIME boundaries.",
    reply_line="554 5.6.0 STOREDRV.Deliver; Corrupt message content", status="5.6.0"))
expect(n, "edi@supplier-hub.example", "contenterror", status="5.6.0", reply="554")

n = "ratelimited-too-many-recipients.eml"
write(OUT, n, exim(n, host="mail.choir-society.example", sender="secretary@choir-society.example",
    rcpt="members@regional-choirs.example", when=dt(2026, 12, 1, 15, 0, 0, "+0000"), osubj="Carol service rota",
    body="""  members@regional-choirs.example
    host mx.regional-choirs.example [198.51.100.127]
    SMTP error from remote mail server after RCPT TO:<members@regional-choirs.example>:
    550 5.5.3 Too many recipients: this server accepts at most 50 per message
"""))
expect(n, "members@regional-choirs.example", "ratelimited", status="5.5.3", reply="550")

n = "stage-qmail-envelope-recipient-refused.eml"
d = dt(2026, 12, 1, 17, 0, 0, "+0000")
write(OUT, n, plain(n, host="mx.kayak-rental.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.kayak-rental.example",
    to="bookings@kayak-rental.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mx.kayak-rental.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<river.guide@lakeland-outdoor.example>:
198.51.100.129 failed after I sent the envelope recipient.
Remote host said: 550 5.1.1 mailbox river.guide unknown here
Giving up on 198.51.100.129.

--- Below this line is a copy of the message.

Return-Path: <bookings@kayak-rental.example>
Received: (qmail 4410 invoked by uid 1002); 1 Dec 2026 16:59:58 -0000
From: bookings@kayak-rental.example
To: river.guide@lakeland-outdoor.example
Subject: Group booking 14 kayaks
Date: Tue, 01 Dec 2026 16:59:58 +0000

Can you guide on the 12th?
"""))
expect(n, "river.guide@lakeland-outdoor.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "sendmail-pipelining-data-before-rcpt-reply.eml"
write(OUT, n, sendmail_dsn(n, host="mail.choral-archive.example", sender="scores@choral-archive.example",
    rcpt="librarian@cathedral-music.example", when=dt(2026, 12, 2, 8, 0, 0, "+0000"), osubj="Scanned scores (large)",
    transcript="""... while talking to mx.cathedral-music.example.:
>>> MAIL From:<scores@choral-archive.example> SIZE=48810221
>>> RCPT To:<librarian@cathedral-music.example>
>>> DATA
<<< 250 2.1.0 Sender ok
<<< 552 5.2.2 <librarian@cathedral-music.example>... Mailbox full: quota exceeded for this user
<<< 554 5.5.1 Error: no valid recipients
""", status="5.2.2", diag="smtp; 552 5.2.2 <librarian@cathedral-music.example>... Mailbox full: quota exceeded for this user",
    remote="mx.cathedral-music.example"))
expect(n, "librarian@cathedral-music.example", "mailboxfull", status="5.2.2", reply="552")

# ================================================================ everyday bounces in fresh layouts
# ---------------------------------------------------------------- Chinese providers


def zh_notice(name, *, frm, to, subject, charset, cte, text, host, date, orig_msg, mailer, sw, html=True):
    tp = text_part(text, charset, cte)
    if html:
        h = "<html><body>" + "".join(f"<div>{l}</div>" for l in text.strip().split("\n") if l.strip()) + "</body></html>"
        tp = multipart("alternative", [tp, text_part(h, charset, cte, "html")], boundary(name, 1))
    body = multipart("mixed", [tp, part("message/rfc822", orig_msg, cte=None)], boundary(name))
    return mail(["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
                 ("Subject", enc_header(subject, charset)), ("Message-ID", mid(name, host)), ("X-Mailer", mailer),
                 ("Auto-Submitted", "auto-replied")], body)


def zh_orig(frm, to, subject, date, msgid, charset="gbk", body="您好：\n\n报价单已更新，请查收附件并回复确认。\n"):
    return (f"From: {frm}\nTo: {to}\nSubject: {enc_header(subject, charset)}\nDate: {date}\nMessage-ID: {msgid}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: base64\n\n"
            + b64(body, charset) + "\n")


n = "qq-notice-mailboxfull-gb18030.eml"
d = dt(2026, 11, 9, 20, 1, 0, "+0800")
write(OUT, n, zh_notice(n, frm="PostMaster@qq.com", to="1746628301@qq.com", subject="退信：周末聚餐时间地点",
    charset="gb18030", cte="base64", host="smtpbg2.qq.com", date=d, mailer="QQMail 2.x", sw="QQ Mail",
    text="""很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

收件人：chen.xiaoyu@hengshan-trade.example
退信原因：收件人的邮箱空间已满，对方暂时无法接收新邮件。
建议：请通过其他方式联系收件人清理邮箱后再重新发送。

此为系统邮件，请勿回复。
""", orig_msg=zh_orig("1746628301@qq.com", "chen.xiaoyu@hengshan-trade.example", "周末聚餐时间地点",
                      dt(2026, 11, 9, 20, 0, 40, "+0800"), "<tencent_9A1B2C3D4E5F60@qq.com>", "gb18030")))
expect(n, "chen.xiaoyu@hengshan-trade.example", "mailboxfull", vendor="qq")

n = "exmail-mailbox-not-found-postfix.eml"
write(OUT, n, pf(n, host="mail.jiaxing-valves.example", sender="export@jiaxing-valves.example", rcpt="caigou@wuxi-pumps.example",
    when=dt(2026, 11, 10, 10, 0, 0, "+0800"), osubj="Valve quotation 2026-118", tail="""<caigou@wuxi-pumps.example>: host mxbiz1.qq.com[192.0.2.103] said: 550 Mailbox not
    found or access denied (in reply to RCPT TO command)
""", status="5.0.0", diag="550 Mailbox not found or access denied", remote="mxbiz1.qq.com"))
expect(n, "caigou@wuxi-pumps.example", "userunknown", hard=True, status="5.0.0", reply="550", vendor="exmail")

n = "netease163-user-not-found-exim.eml"
write(OUT, n, exim(n, host="mail.guilin-travel.example", sender="booking@guilin-travel.example",
    rcpt="wangfang_1985@163.com", when=dt(2026, 11, 11, 9, 30, 0, "+0800"), osubj="Li River cruise confirmation",
    body="""  wangfang_1985@163.com
    host 163mx01.mxmail.netease.com [192.0.2.111]
    SMTP error from remote mail server after RCPT TO:<wangfang_1985@163.com>:
    550 User not found: wangfang_1985@163.com
"""))
expect(n, "wangfang_1985@163.com", "userunknown", hard=True, reply="550", vendor="netease")

n = "netease126-notice-mailboxfull-gb2312-qp.eml"
d = dt(2026, 11, 12, 14, 20, 0, "+0800")
write(OUT, n, zh_notice(n, frm="Postmaster@126.com", to="liu_hong2008@126.com", subject="系统退信：会议纪要",
    charset="gb2312", cte="quoted-printable", host="m16.mail.126.com", date=d, mailer="Coremail Webmail Server", sw="Coremail",
    text="""您好，您的邮件未能送达以下收件人：

    zhang.wei@taihu-fisheries.example

对方服务器返回：552 收件人邮箱容量已满，无法再接收邮件。

此邮件由系统自动发出，请勿直接回复。
""", orig_msg=zh_orig("liu_hong2008@126.com", "zhang.wei@taihu-fisheries.example", "会议纪要",
                      dt(2026, 11, 12, 14, 19, 40, "+0800"), "<5a1b.2c3d.18c0a1b2c3d.Coremail.liu_hong2008@126.com>", "gb2312")))
expect(n, "zhang.wei@taihu-fisheries.example", "mailboxfull", reply="552", vendor="netease")

n = "sina-notice-spam-gb18030-qp.eml"
d = dt(2026, 11, 13, 16, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="MAILER-DAEMON@sina.com", to="zhaolei_88@sina.com", subject="退信通知：新品推广方案",
    charset="gb18030", cte="quoted-printable", host="smtp-5-121.smtpsmail.fmail.sina.com", date=d, mailer="Sina Mail", sw="Sina Mail",
    html=False, text="""您发往以下地址的邮件被对方服务器拒收：

    sun.ting@xiamen-media.example

对方服务器返回：554 邮件内容被判定为垃圾邮件，拒绝接收。
请修改邮件内容后重新发送。
""", orig_msg=zh_orig("zhaolei_88@sina.com", "sun.ting@xiamen-media.example", "新品推广方案",
                      dt(2026, 11, 13, 15, 59, 30, "+0800"), "<20261113075930.A1B2C3@sina.com>", "gb18030")))
expect(n, "sun.ting@xiamen-media.example", "spamdetected", reply="554", vendor="sina")

n = "sohu-message-size-exceeds.eml"
write(OUT, n, pf(n, host="mail.beijing-studio.example", sender="photo@beijing-studio.example", rcpt="wedding.album@sohu.com",
    when=dt(2026, 11, 14, 11, 0, 0, "+0800"), osubj="Wedding album originals", tail="""<wedding.album@sohu.com>: host mx.sohu.com[192.0.2.160] said: 552 Message size
    exceeds fixed limit of 50MB (in reply to end of DATA command)
""", status="5.0.0", diag="552 Message size exceeds fixed limit of 50MB", remote="mx.sohu.com"))
expect(n, "wedding.album@sohu.com", "emailtoolarge", status="5.0.0", reply="552", vendor="sohu")

n = "aliyun-notice-space-insufficient-gbk.eml"
d = dt(2026, 11, 15, 9, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="MAILER-DAEMON@aliyun.com", to="fang.min@aliyun.com", subject="邮件投递失败：合同草案",
    charset="gbk", cte="base64", host="out30-1.mail.aliyun.com", date=d, mailer="Alimail", sw="Alimail",
    text="""您的邮件无法投递到以下收件人：

收件人：huang.jie@ningbo-logistics.example
失败原因：收件人邮箱存储空间不足，邮件被退回。

请稍后重试或通过其他方式联系收件人。
""", orig_msg=zh_orig("fang.min@aliyun.com", "huang.jie@ningbo-logistics.example", "合同草案",
                      dt(2026, 11, 15, 8, 59, 30, "+0800"), "<b7c8d9e0-aliyun-20261115@aliyun.com>")))
expect(n, "huang.jie@ningbo-logistics.example", "mailboxfull", vendor="aliyun")

n = "cmcc139-notice-user-not-exist-gb2312.eml"
d = dt(2026, 11, 16, 19, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="postmaster@139.com", to="13812345678@139.com", subject="退信：家长会通知",
    charset="gb2312", cte="quoted-printable", host="mta-5.139.com", date=d, mailer="Richinfo RMail", sw="RMail",
    text="""您好！您发送的邮件未能成功投递。

收件人地址：yang.li@changsha-school.example
退信原因：收件人地址不存在（550 用户不存在）

请核对收件人地址后重新发送。
""", orig_msg=zh_orig("13812345678@139.com", "yang.li@changsha-school.example", "家长会通知",
                      dt(2026, 11, 16, 18, 59, 30, "+0800"), "<2026111618593000123456@139.com>", "gb2312")))
expect(n, "yang.li@changsha-school.example", "userunknown", hard=True, reply="550", vendor="139")

n = "ct189-notice-frequency-gbk.eml"
d = dt(2026, 11, 17, 8, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="postmaster@189.cn", to="18900001111@189.cn", subject="邮件退回：年终客户回访",
    charset="gbk", cte="base64", host="m-189.mail.189.cn", date=d, mailer="189Mail", sw="189Mail",
    text="""您的邮件未能发送成功。

收件人：kehu.fuwu@chengdu-insure.example
原因：您的发信频率过高，超过了对方服务器允许的上限，对方已拒收（451 发送频率受限）。
建议降低发送频率，稍后再试。
""", orig_msg=zh_orig("18900001111@189.cn", "kehu.fuwu@chengdu-insure.example", "年终客户回访",
                      dt(2026, 11, 17, 7, 59, 30, "+0800"), "<20261117075930.189mail.18900001111@189.cn>")))
expect(n, "kehu.fuwu@chengdu-insure.example", "ratelimited", reply="451", vendor="189")

# ---------------------------------------------------------------- Yahoo, Gmail, Microsoft, open-source MTAs

n = "yahoo-no-such-account-exim.eml"
write(OUT, n, exim(n, host="mail.quiz-night.example", sender="host@quiz-night.example",
    rcpt="trivia_queen_71@yahoo.com", when=dt(2026, 11, 18, 20, 0, 0, "+0000"), osubj="Quiz results",
    body="""  trivia_queen_71@yahoo.com
    host mta6.am0.yahoodns.net [192.0.2.195]
    SMTP error from remote mail server after RCPT TO:<trivia_queen_71@yahoo.com>:
    554 delivery error: dd This user doesn't have a yahoo.com account
    (trivia_queen_71@yahoo.com) [0] - mta4011.mail.bf1.yahoo.com
"""))
expect(n, "trivia_queen_71@yahoo.com", "userunknown", hard=True, reply="554", vendor="yahoo")

n = "gmail-inbox-out-of-storage-delayed.eml"
write(OUT, n, pf(n, host="mail.hiking-group.example", sender="trips@hiking-group.example", rcpt="trail.runner.ana@gmail.com",
    when=dt(2026, 11, 19, 7, 0, 0, "+0000"), osubj="Route map and photos", hours=6, tail="""<trail.runner.ana@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.34] said:
    452-4.2.2 The recipient's inbox is out of storage space. Please direct the
    452-4.2.2 recipient to
    452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp d3-20261119 - gsmtp
    (in reply to RCPT TO command)
""", status="4.2.2", diag="452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp d3-20261119 - gsmtp",
    remote="gmail-smtp-in.l.google.com"))
expect(n, "trail.runner.ana@gmail.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="gmail")

n = "o365-recipient-not-found-5.1.1.eml"
write(OUT, n, ms_ndr(n, sender="hr@woodgrove-health.example", rcpt="former.nurse@woodgrove-health.example",
    subject="Shift swap approved", date=dt(2026, 11, 20, 12, 0, 0, "+0000"), tenant="woodgrove-health.example",
    headline="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    fix="If the problem continues, please contact your helpdesk.",
    reply_line="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1"))
expect(n, "former.nurse@woodgrove-health.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="outlook")

n = "exchange2016-auth-required-group.eml"
write(OUT, n, ms_ndr(n, sender="newsletter@vendor-updates.example", rcpt="all-staff@litware-bank.example",
    subject="Product update November", date=dt(2026, 11, 21, 9, 0, 0, "+0000"), tenant="litware-bank.example",
    host="EX16-MBX01.litware-bank.example",
    headline="Your message wasn't delivered because the group only accepts messages from people in its organization who are authenticated.",
    fix="Sign in with an account of the organization, or ask the group's owner to accept mail from outside senders.",
    reply_line="550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", status="5.7.1"))
expect(n, "all-staff@litware-bank.example", "securityerror", status="5.7.1", reply="550")

n = "postfix-three-recipients-mixed.eml"
when = dt(2026, 11, 22, 17, 0, 0, "+0000")
write(OUT, n, pf(n, host="mail.film-society.example", sender="screenings@film-society.example", rcpt="projectionist@film-society.example",
    when=when, osubj="December screenings", tail="""<projectionist@film-society.example>: unknown user: "projectionist"

<archive@film-society.example>: mail for film-society.example loops back to
    myself

<critic@nosuch-review-site.example>: Host or domain name not found. Name
    service error for name=nosuch-review-site.example type=A: Host not found
""", status="5.1.1", diag="X-Postfix; unknown user: \"projectionist\"",
    extra_recips=[{"final": "archive@film-society.example", "status": "5.4.6",
                   "diag": "X-Postfix; mail for film-society.example loops back to myself"},
                  {"final": "critic@nosuch-review-site.example", "status": "5.4.4",
                   "diag": "X-Postfix; Host or domain name not found. Name service error for name=nosuch-review-site.example type=A: Host not found"}]))
expect(n, "projectionist@film-society.example", "userunknown", hard=True, status="5.1.1")
expect(n, "archive@film-society.example", "networkerror", status="5.4.6")
expect(n, "critic@nosuch-review-site.example", "hostunknown", hard=True, status="5.4.4")

n = "exim-appendfile-quota.eml"
write(OUT, n, exim(n, host="mail.villagenet-uk.example", sender="parish.news@villagenet-uk.example",
    rcpt="bellringer@villagenet-uk.example", when=dt(2026, 11, 23, 7, 0, 0, "+0000"), osubj="Parish news December",
    body="""  bellringer@villagenet-uk.example
    mailbox is full (MTA-imposed quota exceeded while writing to
    /var/mail/bellringer)
"""))
expect(n, "bellringer@villagenet-uk.example", "mailboxfull")

n = "sendmail-user-unknown-dsn.eml"
write(OUT, n, sendmail_dsn(n, host="mail.physics-dept.example", sender="seminar@physics-dept.example",
    rcpt="visiting.prof@math-dept.example", when=dt(2026, 11, 24, 10, 0, 0, "-0500"), osubj="Seminar on Thursday",
    transcript="""... while talking to mx.math-dept.example.:
>>> RCPT To:<visiting.prof@math-dept.example>
<<< 550 5.1.1 <visiting.prof@math-dept.example>... User unknown
550 5.1.1 <visiting.prof@math-dept.example>... User unknown
""", status="5.1.1", diag="smtp; 550 5.1.1 <visiting.prof@math-dept.example>... User unknown",
    remote="mx.math-dept.example"))
expect(n, "visiting.prof@math-dept.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "qmail-local-no-mailbox.eml"
d = dt(2026, 11, 25, 13, 0, 0, "+0000")
write(OUT, n, plain(n, host="mail.surf-school.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.surf-school.example",
    to="lessons@surf-school.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mail.surf-school.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<instructor.kai@surf-school.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <lessons@surf-school.example>
Received: (qmail 8831 invoked by uid 1003); 25 Nov 2026 12:59:59 -0000
From: lessons@surf-school.example
To: instructor.kai@surf-school.example
Subject: Saturday beginners group
Date: Wed, 25 Nov 2026 12:59:59 +0000

Six students, 9am.
"""))
expect(n, "instructor.kai@surf-school.example", "userunknown", hard=True, status="5.1.1")

n = "exchange2019-delay-dns-query-failed.eml"
host = "EX19-EDGE01.margie-travel.example"
d = dt(2026, 11, 26, 10, 0, 0, "+0100")
write(OUT, n, dsn_mail(n, frm="postmaster@margie-travel.example", to="reservations@margie-travel.example",
    subject="Delivery delayed:Hotel block confirmation", date=d, host=host,
    hops=hop(n, host, "Microsoft SMTP Server (version=TLS1_2)", d), text="""Delivery is delayed to these recipients or groups:

groups@alpine-hotels.example

Subject: Hotel block confirmation

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: EX19-EDGE01.margie-travel.example
Receiving server: alpine-hotels.example

groups@alpine-hotels.example
Remote Server returned '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry'
""", recips=[{"final": "groups@alpine-hotels.example", "action": "delayed", "status": "4.4.0",
              "diag": "smtp;451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry",
              "will_retry": dt(2026, 11, 28, 5, 52, 0, "+0100")}],
    orig=orig_headers("reservations@margie-travel.example", "groups@alpine-hotels.example", "Hotel block confirmation",
                      dt(2026, 11, 26, 7, 50, 0, "+0100"), mid(n + "o", "margie-travel.example")),
    extra=[("X-MS-Exchange-Message-Is-Ndr", "")]))
expect(n, "groups@alpine-hotels.example", "networkerror", status="4.4.0", reply="451", action="delayed")

n = "exchange2019-delivered-notification.eml"
host = "EX19-MBX03.proseware-law.example"
d = dt(2026, 11, 27, 15, 0, 5, "+0000")
write(OUT, n, dsn_mail(n, frm="postmaster@proseware-law.example", to="paralegal@proseware-law.example",
    subject="Delivered: Signed settlement agreement", date=d, host=host,
    hops=hop(n, host, "Microsoft SMTP Server (version=TLS1_2)", d), text="""Your message has been delivered to the following recipients:

counsel@opposing-firm.example

Subject: Signed settlement agreement
""", recips=[{"final": "counsel@opposing-firm.example", "action": "delivered", "status": "2.0.0",
              "remote": "mx.opposing-firm.example", "diag": "smtp;250 2.0.0 OK"}],
    orig=orig_headers("paralegal@proseware-law.example", "counsel@opposing-firm.example", "Signed settlement agreement",
                      dt(2026, 11, 27, 15, 0, 0, "+0000"), mid(n + "o", "proseware-law.example"))))
expect(n, "counsel@opposing-firm.example", "delivered", status="2.0.0", reply="250", action="delivered")

# ---------------------------------------------------------------- Amazon SES: notice by mail and JSON in an SNS envelope

n = "ses-direct-suppression-list.eml"
d = dt(2026, 11, 28, 9, 0, 0, "+0000")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@amazonses.com", to="0102019360aabb11-2233-4455-6677-8899aabbccdd-000000@eu-west-1.amazonses.com",
    subject="Delivery Status Notification (Failure)", date=d, host="b224-13.smtp-out.eu-west-1.amazonses.com",
    hops="Return-Path: <>\n" + hop(n, "feedback-smtp.eu-west-1.amazonses.com", "Amazon SES", d),
    text="""An error occurred while trying to deliver the mail to the following recipients:
gone.member@former-club.example
""", recips=[{"final": "gone.member@former-club.example", "status": "5.1.1",
              "diag": "smtp; 550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide"}],
    reporting="b224-13.smtp-out.eu-west-1.amazonses.com",
    orig=orig_headers("membership@running-club.example", "gone.member@former-club.example", "Renew your membership",
                      dt(2026, 11, 28, 8, 59, 58, "+0000"), "<0102019360aabb11-2233-4455-6677-8899aabbccdd-000000@eu-west-1.amazonses.com>"),
    extra=[("Feedback-ID", "::1.eu-west-1.QwErTyUiOp:AmazonSES")]))
expect(n, "gone.member@former-club.example", "suppressed", status="5.1.1", reply="550", vendor="amazonses")


def sns_mail(name, ses, date, topic):
    sns = {"Type": "Notification", "MessageId": "7f1e2d3c-" + qid(name, 4).lower() + "-4b5a-9c8d-112233445566",
           "TopicArn": f"arn:aws:sns:us-west-2:444455556666:{topic}", "Message": json.dumps(ses),
           "Timestamp": date[1], "SignatureVersion": "1", "Signature": "EXAMPLEc2lnbmF0dXJlLWJhdGNoMDM=",
           "SigningCertURL": "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-0000.pem",
           "UnsubscribeURL": f"https://sns.us-west-2.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-west-2:444455556666:{topic}:def"}
    body = json.dumps(sns, indent=2) + ("\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n"
                                        + sns["UnsubscribeURL"] + "\n\nPlease do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support\n")
    return mail(["Return-Path: <0101019371cc@us-west-2.amazonses.com>\n" + hop(name, "mx.app-notify.example", "Postfix", date[0], "a27-12.smtp-out.us-west-2.amazonses.com", "192.0.2.241"),
                 ("Date", date[0]), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", "ses-events@app-notify.example"),
                 ("Subject", "AWS Notification Message"), ("Message-ID", mid(name, "us-west-2.amazonses.com")),
                 ("x-amz-sns-message-type", "Notification"), ("x-amz-sns-topic-arn", f"arn:aws:sns:us-west-2:444455556666:{topic}")],
                text_part(body, "utf-8", "7bit"))


n = "ses-sns-transient-mailboxfull.eml"
ses = {"notificationType": "Bounce",
       "bounce": {"feedbackId": "0101019371cc-bounce-0003", "bounceType": "Transient", "bounceSubType": "MailboxFull",
                  "bouncedRecipients": [{"emailAddress": "busy.parent@homemail-west.example", "action": "failed",
                                         "status": "5.2.2", "diagnosticCode": "smtp; 552 5.2.2 <busy.parent@homemail-west.example>: Mailbox full"}],
                  "timestamp": "2026-11-29T18:02:11.000Z", "remoteMtaIp": "198.51.100.131",
                  "reportingMTA": "dns; a27-12.smtp-out.us-west-2.amazonses.com"},
       "mail": {"timestamp": "2026-11-29T18:02:09.000Z", "source": "no-reply@app-notify.example",
                "sourceArn": "arn:aws:ses:us-west-2:444455556666:identity/app-notify.example",
                "sourceIp": "203.0.113.9", "sendingAccountId": "444455556666",
                "messageId": "0101019371cc-notify-1234-000000", "destination": ["busy.parent@homemail-west.example"]}}
write(OUT, n, sns_mail(n, ses, (dt(2026, 11, 29, 18, 2, 20, "+0000"), "2026-11-29T18:02:19.551Z"), "ses-bounces"))
expect(n, "busy.parent@homemail-west.example", "mailboxfull", status="5.2.2", reply="552", vendor="amazonses")

n = "ses-sns-delivery.eml"
ses = {"notificationType": "Delivery",
       "delivery": {"timestamp": "2026-11-30T08:00:03.120Z", "processingTimeMillis": 1120,
                    "recipients": ["verified.user@partner-shop.example"],
                    "smtpResponse": "250 2.0.0 OK 1764489603 x12-20261130 - accepted",
                    "remoteMtaIp": "198.51.100.133", "reportingMTA": "a27-13.smtp-out.us-west-2.amazonses.com"},
       "mail": {"timestamp": "2026-11-30T08:00:02.000Z", "source": "no-reply@app-notify.example",
                "sourceArn": "arn:aws:ses:us-west-2:444455556666:identity/app-notify.example",
                "sourceIp": "203.0.113.9", "sendingAccountId": "444455556666",
                "messageId": "0101019371cc-notify-5678-000000", "destination": ["verified.user@partner-shop.example"]}}
write(OUT, n, sns_mail(n, ses, (dt(2026, 11, 30, 8, 0, 10, "+0000"), "2026-11-30T08:00:09.004Z"), "ses-deliveries"))
expect(n, "verified.user@partner-shop.example", "delivered", status="2.0.0", reply="250", action="delivered", vendor="amazonses")

# ---------------------------------------------------------------- auto-replies and complaints

n = "vacation-gmail-responder-en.eml"
d = dt(2026, 12, 1, 10, 0, 0, "-0800")
write(OUT, n, mail([hop(n, "mx.conference-org.example", "Postfix", d, "mail-sor-f41.google.com", "192.0.2.35"),
    ("Date", d), ("From", "Dana Whitfield <dana.whitfield@gmail.com>"), ("To", "speakers@conference-org.example"),
    ("Subject", "Re: Speaker slides due Friday"), ("Message-ID", mid(n, "mail.gmail.com")),
    ("In-Reply-To", "<slides-due.2026@conference-org.example>"), ("Auto-Submitted", "auto-replied"),
    ("Precedence", "bulk"), ("X-Autoreply", "yes")],
    text_part("""Hi,

I'm travelling with limited email access until December 9. I'll reply
when I'm back. For anything urgent about the workshop, please write to
my co-chair at r.osei@conference-org.example.

Dana
""", "utf-8", "7bit")))
expect(n, "dana.whitfield@gmail.com", "vacation", action="")

n = "vacation-netease-autoreply-gb2312.eml"
d = dt(2026, 12, 2, 9, 0, 0, "+0800")
write(OUT, n, mail([hop(n, "mx.jingdezhen-ceramics.example", "Postfix", d, "m15-112.163.com", "192.0.2.112"),
    ("Date", d), ("From", enc_header("吴晓燕", "gb2312") + " <wuxiaoyan_design@163.com>"), ("To", "sales@jingdezhen-ceramics.example"),
    ("Subject", enc_header("自动回复：新品茶具目录", "gb2312")), ("Message-ID", mid(n, "163.com")),
    ("X-Mailer", "Coremail Webmail Server Version XT5.0.14"), ("Auto-Submitted", "auto-replied"),
    ("X-Coremail-Antispam", "1Uf129KBjvJXoW7Ar")],
    text_part("您好！我正在休假，12月10日回到办公室，期间不便回复邮件。如有急事请联系同事李明：liming_office@163.com。谢谢！\n",
              "gb2312", "quoted-printable")))
expect(n, "wuxiaoyan_design@163.com", "vacation", action="", vendor="netease")

n = "arf-yahoo-complaint.eml"
d = dt(2026, 12, 2, 4, 0, 0, "+0000")
arf_orig = """Received: from out.recipe-weekly.example (out.recipe-weekly.example [203.0.113.12])
	by mta1003.mail.ne1.yahoo.com with SMTP; Wed, 02 Dec 2026 03:50:00 +0000
From: Recipe Weekly <hello@recipe-weekly.example>
To: spicy.lover.88@yahoo.com
Subject: Ten curries for cold nights
Date: Wed, 02 Dec 2026 03:49:55 +0000
Message-ID: <curries.20261202@recipe-weekly.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Ten curries, one pot each.
"""
fb = part("message/feedback-report", """Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <bounces+88213@recipe-weekly.example>
Original-Rcpt-To: spicy.lover.88@yahoo.com
Received-Date: Wed, 02 Dec 2026 03:50:00 +0000
Reported-Domain: recipe-weekly.example
Authentication-Results: mta1003.mail.ne1.yahoo.com; dkim=pass header.d=recipe-weekly.example
""", cte=None)
body = multipart("report", [text_part("This is an email abuse report for an email message from recipe-weekly.example on Wed, 02 Dec 2026 03:50:00 +0000\n"),
                            fb, part("message/rfc822", arf_orig, cte=None)], boundary(n), " report-type=feedback-report;")
write(OUT, n, mail([hop(n, "mx.recipe-weekly.example", "Postfix", d, "feedback.yahoo.com", "192.0.2.196"),
    ("Date", d), ("From", "feedback@arf.mail.yahoo.com"), ("To", "fbl@recipe-weekly.example"),
    ("Subject", "FW: Ten curries for cold nights"), ("Message-ID", mid(n, "yahoo.com"))], body))
expect(n, "spicy.lover.88@yahoo.com", "feedback", action="", vendor="yahoo")

# ================================================================ near-miss ordinary mail (not-bounce/)


def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None):
    hops = hop(name, "mx.inbox-sample.example", "Postfix", date, f"out.{host}", "198.51.100.142")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


LIST = [("List-Id", "Postfix and Exim operators <mx-ops.lists.netfolk.example>"), ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:mx-ops-leave@lists.netfolk.example>"), ("List-Post", "<mailto:mx-ops@lists.netfolk.example>")]

n = "nb-list-quoted-exim-failure.eml"
write(NB, n, ordinary(n, frm="Tomas Brandt <tomas@brandt-it.example>", to="mx-ops@lists.netfolk.example",
    subject="[mx-ops] Exim says \"retry timeout exceeded\" after one hour?", date=dt(2026, 11, 20, 10, 0, 0, "+0000"),
    host="brandt-it.example", extra=LIST, text="""Hello list,

a customer forwarded this to me (addresses changed):

> A message that you sent could not be delivered to one or more of its
> recipients. This is a permanent error. The following address(es) failed:
>
>   someone@customer-domain.example
>     retry timeout exceeded

The message was only one hour old. Is that the retry rule for the host
or the address? My retry config is the default one.

Thanks,
Tomas
"""))

n = "nb-helpdesk-explains-ndr.eml"
write(NB, n, ordinary(n, frm="IT Support <support@regional-clinic.example>", to="dr.haas@regional-clinic.example",
    subject="RE: [INC-20931] Email to the lab keeps coming back", date=dt(2026, 11, 21, 14, 0, 0, "+0100"),
    host="regional-clinic.example", extra=[("X-Ticket", "INC-20931")], text="""Hello Dr Haas,

the "Undeliverable" message you received says "550 5.1.1 RESOLVER.ADR.RecipNotFound".
That means the address labor@partner-lab.example does not exist; the lab
changed to befunde@partner-lab.example in October. Please update your
contact and send again. Nothing is wrong with your mailbox.

Best regards,
Jonas, IT Support
"""))

n = "nb-newsletter-sender-requirements.eml"
write(NB, n, ordinary(n, frm="SendWave Academy <academy@sendwave-esp.example>", to="owner@flower-shop.example",
    subject="Deliverability in 2027: what Gmail and Yahoo reject now", date=dt(2026, 11, 22, 15, 0, 0, "+0000"),
    host="sendwave-esp.example", extra=[("List-Unsubscribe", "<https://sendwave-esp.example/u/88213>"), ("Precedence", "bulk")],
    text="""This month in the Academy:

* "550 5.7.26 unauthenticated email" - how DMARC alignment works
* Why "mailbox full" is a soft bounce and "user unknown" a hard one
* Spamhaus listings: how to get your IP delisted
* Keep complaint rates under 0.3% or Yahoo defers with TSS04

Read the guide: https://sendwave-esp.example/academy/2027

You receive this because you have a SendWave account. Unsubscribe:
https://sendwave-esp.example/u/88213
"""))

n = "nb-parcel-return-to-sender.eml"
write(NB, n, ordinary(n, frm="SwiftParcel <no-reply@swiftparcel.example>", to="buyer.olsen@homemail-nord.example",
    subject="Delivery failed: your parcel SP48812207 is being returned", date=dt(2026, 11, 23, 16, 0, 0, "+0100"),
    host="swiftparcel.example", text="""Dear customer,

we tried to deliver your parcel SP48812207 three times. The recipient was
unknown at the address given, so the parcel is being returned to the sender.

Track it: https://swiftparcel.example/t/SP48812207

SwiftParcel customer service
"""))

n = "nb-it-quota-warning-95.eml"
write(NB, n, ordinary(n, frm="Mail System <mailsystem@engineering-firm.example>", to="k.varga@engineering-firm.example",
    subject="Your mailbox is almost full", date=dt(2026, 11, 24, 6, 0, 0, "+0100"), host="engineering-firm.example",
    text="""Your mailbox is 95% full (9.5 GB of 10 GB).

When it is full you will no longer be able to send mail, and mail sent to
you will be returned to its senders. Please delete old items or archive
them. Policy: https://intranet.engineering-firm.example/it/mail-quota
"""))

ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Example Corp//Calendar 2.0//EN
VERSION:2.0
BEGIN:VEVENT
UID:q4-planning-2026@product-team.example
DTSTART:20261210T090000Z
DTEND:20261210T100000Z
SUMMARY:Accepted: Q4 planning
ATTENDEE;PARTSTAT=ACCEPTED:mailto:l.fischer@product-team.example
ORGANIZER:mailto:pm.lead@product-team.example
END:VEVENT
END:VCALENDAR
"""
n = "nb-calendar-accepted-reply.eml"
write(NB, n, ordinary(n, frm="Lena Fischer <l.fischer@product-team.example>", to="pm.lead@product-team.example",
    subject="Accepted: Q4 planning", date=dt(2026, 11, 25, 9, 0, 0, "+0000"), host="product-team.example",
    body=multipart("alternative", [text_part("Lena Fischer has accepted this meeting.\n"),
                                  part('text/calendar; charset=utf-8; method=REPLY', ics, cte="7bit")], boundary(n))))

n = "nb-ci-pipeline-failed.eml"
write(NB, n, ordinary(n, frm="GitLab <gitlab@git.mailtools.example>", to="dev@mailtools.example",
    subject="mailtools | Failed pipeline for main | 8c1f2a0e", date=dt(2026, 11, 26, 11, 0, 0, "+0000"),
    host="git.mailtools.example", extra=[("X-GitLab-Pipeline-Id", "48812"), ("X-GitLab-Project", "mailtools"),
                                         ("Auto-Submitted", "auto-generated")], text="""Your pipeline has failed.

Project: mailtools
Branch:  main
Commit:  8c1f2a0e "Treat 5.2.2 mailbox full as soft"

Failed job: test:dsn
  --- FAIL: TestDeliveryFailed (0.02s)
      dsn_test.go:88: want reason "userunknown" for <nobody@example.com>, got "onhold"

View pipeline: https://git.mailtools.example/mailtools/-/pipelines/48812
"""))

xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback><report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email>
<report_id>1198827736412209981</report_id><date_range><begin>1764547200</begin><end>1764633599</end></date_range></report_metadata>
<policy_published><domain>flower-shop.example</domain><p>none</p></policy_published>
<record><row><source_ip>203.0.113.40</source_ip><count>3</count><policy_evaluated><disposition>none</disposition>
<dkim>fail</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>flower-shop.example</header_from></identifiers></record>
</feedback>
"""
n = "nb-dmarc-aggregate-google.eml"
write(NB, n, ordinary(n, frm="noreply-dmarc-support@google.com", to="dmarc@flower-shop.example",
    subject="Report domain: flower-shop.example Submitter: google.com Report-ID: 1198827736412209981",
    date=dt(2026, 12, 2, 1, 0, 0, "+0000"), host="google.com",
    body=multipart("mixed", [text_part(""), part('application/zip; name="google.com!flower-shop.example!1764547200!1764633599.zip"',
                                                 b64(xml, "utf-8"), cte="base64",
                                                 extra='Content-Disposition: attachment; filename="google.com!flower-shop.example!1764547200!1764633599.zip"')],
                   boundary(n))))

n = "nb-mdn-read-receipt-processed.eml"
mdn = part("message/disposition-notification", """Reporting-UA: mail.architect-office.example; Thunderbird 128.4
Original-Recipient: rfc822;m.rossi@architect-office.example
Final-Recipient: rfc822;m.rossi@architect-office.example
Original-Message-ID: <plans.rev4@builder-co.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)
write(NB, n, ordinary(n, frm="Marco Rossi <m.rossi@architect-office.example>", to="site.manager@builder-co.example",
    subject="Return Receipt (displayed) - Plans rev 4", date=dt(2026, 11, 27, 8, 0, 0, "+0100"), host="architect-office.example",
    body=multipart("report", [text_part("This is a Return Receipt for the mail that you sent to m.rossi@architect-office.example.\n\n"
                                        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's\n"
                                        "computer. There is no guarantee that the recipient has read or understood the message contents.\n"), mdn],
                   boundary(n), " report-type=disposition-notification;")))

n = "nb-zh-reply-mentions-tuixin-gbk.eml"
write(NB, n, ordinary(n, frm=enc_header("何静", "gbk") + " <he.jing@xinhe-trading.example>", to="li.qiang@xinhe-trading.example",
    subject=enc_header("回复：客户邮件被退信的问题", "gbk"), date=dt(2026, 11, 28, 10, 0, 0, "+0800"), host="xinhe-trading.example",
    charset="gbk", cte="base64", text="""李强，你好：

你说的退信我看了，是对方邮箱满了（552），不是我们的问题。
我已经打电话给客户，他清理以后会告诉我们，到时候再发一次就行。

另外，下周的报价单请在周三前发给我。

何静
"""))

n = "nb-postmaster-display-name-promo.eml"
write(NB, n, ordinary(n, frm="Postmaster <offers@domain-deals.example>", to="owner@flower-shop.example",
    subject="Your domain renewal: 40% off until Friday", date=dt(2026, 11, 29, 12, 0, 0, "+0000"), host="domain-deals.example",
    extra=[("List-Unsubscribe", "<https://domain-deals.example/unsub?u=5521>")], text="""Hello,

flower-shop.example expires in 60 days. Renew now and get 40% off,
plus a free mailbox with 50 GB storage.

Renew: https://domain-deals.example/renew?d=flower-shop.example

Domain Deals, support@domain-deals.example
"""))

n = "nb-lotus-notes-attachment.eml"
pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
write(NB, n, ordinary(n, frm="Brigitte Kern <b.kern@stahlbau-kern.example>", to="it-team@stahlbau-kern.example",
    subject="Migration plan: Lotus Notes to Exchange", date=dt(2026, 11, 30, 13, 0, 0, "+0100"), host="stahlbau-kern.example",
    body=multipart("mixed", [text_part("""Hallo zusammen,

anbei der Plan fuer die Migration von Lotus Notes auf Exchange. Die alten
Domino-Datenbanken (mail/bkern.nsf usw.) werden bis Ende Januar exportiert.
Fragen bitte an mich oder an notes-admin@stahlbau-kern.example.

Gruss
Brigitte
"""), part('application/pdf; name="migration-lotus-notes.pdf"', b64(pdf, "ascii"), cte="base64",
           extra='Content-Disposition: attachment; filename="migration-lotus-notes.pdf"')], boundary(n))))

n = "nb-tlsrpt-report.eml"
tls = json.dumps({"organization-name": "Mail Provider Example", "date-range": {"start-datetime": "2026-11-30T00:00:00Z",
                  "end-datetime": "2026-11-30T23:59:59Z"}, "contact-info": "tlsrpt@mailprovider.example",
                  "report-id": "2026-11-30T00:00:00Z_flower-shop.example",
                  "policies": [{"policy": {"policy-type": "sts", "policy-domain": "flower-shop.example"},
                                "summary": {"total-successful-session-count": 120, "total-failure-session-count": 4},
                                "failure-details": [{"result-type": "certificate-expired", "sending-mta-ip": "192.0.2.200",
                                                     "receiving-mx-hostname": "mx.flower-shop.example",
                                                     "failed-session-count": 4}]}]}, indent=1)
write(NB, n, ordinary(n, frm="tlsrpt-noreply@mailprovider.example", to="tls-reports@flower-shop.example",
    subject="Report Domain: flower-shop.example Submitter: mailprovider.example Report-ID: <2026-11-30T00:00:00Z_flower-shop.example>",
    date=dt(2026, 12, 1, 2, 0, 0, "+0000"), host="mailprovider.example", extra=[("TLS-Report-Domain", "flower-shop.example"),
                                                                             ("TLS-Report-Submitter", "mailprovider.example")],
    body=multipart("report", [text_part("This is an aggregate TLS report from mailprovider.example\n"),
                              part('application/tlsrpt+gzip; name="mailprovider.example!flower-shop.example!1764460800!1764547199.json.gz"',
                                   b64(tls, "utf-8"), cte="base64",
                                   extra='Content-Disposition: attachment; filename="mailprovider.example!flower-shop.example!1764460800!1764547199.json.gz"')],
                   boundary(n), " report-type=tlsrpt;")))

n = "nb-ims55-reply-with-contacts.eml"
write(NB, n, ordinary(n, frm="Harold Pike <hpike@water-board.example>", to="Maria Lopez <mlopez@water-board.example>",
    subject="RE: Who handles the meter complaints?", date=dt(2026, 12, 1, 15, 0, 0, "-0600"), host="water-board.example",
    extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")], text="""Maria,

complaints go to meters@water-board.example; billing questions to
billing@water-board.example. If anything bounces, tell me.

Harold

-----Original Message-----
From: Maria Lopez [mailto:mlopez@water-board.example]
Sent: Tuesday, December 01, 2026 2:40 PM
To: Harold Pike
Subject: Who handles the meter complaints?
"""))

n = "nb-forum-post-rejected.eml"
write(NB, n, ordinary(n, frm="Woodworkers Forum <noreply@woodforum.example>", to="carver.joe@homemail-sample.example",
    subject="Your post was rejected by a moderator", date=dt(2026, 12, 1, 18, 0, 0, "+0000"), host="woodforum.example",
    extra=[("Auto-Submitted", "auto-generated")], text="""Hi carver.joe,

your post "Selling my old lathe" in the Tools forum was rejected:
sales posts belong in the Marketplace section. You can repost it there.

The moderators
"""))

n = "nb-password-expiry-mail-administrator.eml"
write(NB, n, ordinary(n, frm="Mail Administrator <it-notify@city-library.example>", to="staff.anna@city-library.example",
    subject="Your password expires in 3 days", date=dt(2026, 12, 2, 7, 0, 0, "+0100"), host="city-library.example",
    text="""Hello Anna,

the password of your account staff.anna@city-library.example expires on
5 December 2026. Change it at https://account.city-library.example before
then, or you will not be able to send or receive mail.

City Library IT
"""))

n = "nb-ja-shop-haisou-fuka-iso2022.eml"
jt = """いつもご利用ありがとうございます。

ご注文の商品（注文番号 A-20261128-0042）は、お届け先の住所が見つからず
配送できませんでした。商品は当店に返送されます。

お届け先をご確認のうえ、ご連絡ください。
"""
write(NB, n, ordinary(n, frm=enc_header("さくら通販", "iso-2022-jp") + " <info@sakura-tsuhan.example>", to="customer.ito@homemail-jp.example",
    subject=enc_header("配送不可のお知らせ（注文番号 A-20261128-0042）", "iso-2022-jp"), date=dt(2026, 12, 2, 10, 0, 0, "+0900"),
    host="sakura-tsuhan.example", body=part("text/plain; charset=iso-2022-jp", jt.encode("iso2022_jp").decode("ascii"), cte="7bit")))

n = "nb-zh-colleague-vacation-plan-gb18030.eml"
write(NB, n, ordinary(n, frm=enc_header("赵敏", "gb18030") + " <zhao.min@huaxin-media.example>", to="team@huaxin-media.example",
    subject=enc_header("下周休假安排", "gb18030"), date=dt(2026, 12, 2, 11, 0, 0, "+0800"), host="huaxin-media.example",
    charset="gb18030", cte="base64", text="""各位好：

我12月7日至11日休假，已经在邮箱里设置了自动回复。
期间客户的问题请找王磊（wang.lei@huaxin-media.example）。

谢谢！
赵敏
"""))

n = "nb-sns-subscription-confirmation.eml"
conf = {"Type": "SubscriptionConfirmation", "MessageId": "165545c9-2a5c-472c-8df2-7ff2be2b3b1b",
        "Token": "2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736",
        "TopicArn": "arn:aws:sns:us-west-2:444455556666:ses-bounces",
        "Message": "You have chosen to subscribe to the topic arn:aws:sns:us-west-2:444455556666:ses-bounces.\nTo confirm the subscription, visit the SubscribeURL included in this message.",
        "SubscribeURL": "https://sns.us-west-2.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-west-2:444455556666:ses-bounces&Token=2336412f37",
        "Timestamp": "2026-11-15T10:00:00.000Z", "SignatureVersion": "1", "Signature": "EXAMPLEcGVuZGluZw=="}
write(NB, n, ordinary(n, frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="ses-events@app-notify.example",
    subject="AWS Notification - Subscription Confirmation", date=dt(2026, 11, 15, 10, 0, 1, "+0000"), host="sns.amazonaws.com",
    extra=[("x-amz-sns-message-type", "SubscriptionConfirmation")], text="""You have chosen to subscribe to the topic:
arn:aws:sns:us-west-2:444455556666:ses-bounces

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
Confirm subscription

""" + json.dumps(conf, indent=1) + "\n"))

n = "nb-list-digest-bounce-processing.eml"
write(NB, n, ordinary(n, frm="mx-ops-request@lists.netfolk.example", to="mx-ops@lists.netfolk.example",
    subject="mx-ops Digest, Vol 88, Issue 12", date=dt(2026, 12, 2, 12, 0, 0, "+0000"), host="lists.netfolk.example",
    extra=LIST + [("X-Mailman-Version", "2.1.39")], text="""Send mx-ops mailing list submissions to
	mx-ops@lists.netfolk.example

Today's Topics:

   1. Undelivered Mail Returned to Sender - but only for 126.com (Wei Chen)
   2. Re: Mail delivery failed: returning message to sender (Tomas Brandt)

----------------------------------------------------------------------

Message: 1
From: Wei Chen <wei@cloudhost-cn.example>
Subject: Undelivered Mail Returned to Sender - but only for 126.com

We get "451 MI:STC" from 126.com since Monday. Rate limiting per IP?

------------------------------

Message: 2
From: Tomas Brandt <tomas@brandt-it.example>
Subject: Re: Mail delivery failed: returning message to sender

Solved: the retry rule was keyed on the address, not the host.

End of mx-ops Digest, Vol 88, Issue 12
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
