#!/usr/bin/env python3
"""Writes testdata/unseen/batch-42: messy bounce-mailbox traffic. Bounces
forwarded by people and helpdesks (inline and attached, several languages),
double bounces to postmaster, broken MIME (missing closing boundary, wrong
charset, 8-bit header bytes, CRLF/LF mixed, base64 with line noise),
truncated notices, recipients named only in the text, a bounce inside a
digest, very long one-line diagnostics, DSN fields in odd case and spacing.
Near-misses (not-bounce/nb-*) are people's mail about bounces, mail with
broken MIME, and spam that imitates a delivery failure.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch42.py [DIR]"""
import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, qp, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

N = [0]


def when(name):
    """A deterministic date in November 2026 taken from the file name."""
    h = int(hashlib.sha1(name.encode()).hexdigest()[:8], 16)
    return dt(2026, 11, 1 + h % 28, h % 24, (h >> 5) % 60, (h >> 11) % 60, ["+0000", "+0100", "+0800", "-0500", "+0900", "+0200"][h % 6])


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date, None)])


def wraw(dirpath, name, data):
    """Writes bytes as they are: for the files whose point is 8-bit bytes or
    mixed line ends, which samplelib.write refuses by design."""
    with open(os.path.join(dirpath, name), "wb") as f:
        f.write(data)


def orig(frm, to, subject, name, body="Hello,\n\nplease find the details below.\n\nRegards\n"):
    host = frm.split("@")[1]
    return orig_headers(frm, to, subject, when(name + "o"), mid(name + "o", host)) + "\n" + body


PF_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(name, *, host, sender, recips, lines, osubj, returned="headers", text=None):
    d = when(name)
    rc = ", ".join(r["final"] for r in recips)
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender,
                    subject="Undelivered Mail Returned to Sender", date=d, host=host,
                    hops=f"Return-Path: <>\n" + hop(name, host, "Postfix", d),
                    text=text or (PF_HEAD.format(host=host) + lines), recips=recips, arrival=when(name + "o"),
                    orig=orig(sender, rc, osubj, name) if returned == "message" else
                    orig_headers(sender, rc, osubj, when(name + "o"), mid(name + "o", sender.split("@")[1])),
                    returned=returned)


def exim_text(host, block, sender, rcpt, osubj, name, cut=False):
    body = (f"This message was created automatically by mail delivery software.\n\n"
            f"A message that you sent could not be delivered to one or more of its\n"
            f"recipients. This is a permanent error. The following address(es) failed:\n\n{block}\n"
            f"------ This is a copy of the message, including all the headers. ------\n\n")
    o = orig(sender, rcpt, osubj, name, body="Dear colleague,\n\nthe figures for the third quarter are attached as a table below.\n" + ("Region  Q3  Q2\nNorth   41  38\nSouth   29  3" if cut else "\nBest\n"))
    return body + o


def exim(name, *, host, sender, rcpt, block, osubj, cut=False, crlf=False):
    d = when(name)
    heads = ["Return-Path: <>\n" + hop(name, host, "Exim 4.97", d), ("Date", d),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", "Mail delivery failed: returning message to sender"), ("Message-ID", mid(name, host)),
             ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]
    return mail(heads, "Content-Type: text/plain; charset=us-ascii\n\n" + exim_text(host, block, sender, rcpt, osubj, name, cut))


def qmail(name, *, host, sender, rcpt, said, osubj, head=None):
    d = when(name)
    text = (head or f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n") + \
        f"\n<{rcpt}>:\n{said}\n\n--- Below this line is a copy of the message.\n\n" + orig(sender, rcpt, osubj, name)
    return plain_mail(name, frm=f"MAILER-DAEMON@{host}", to=sender, subject="failure notice", date=d, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, "qmail 1.03", d), text=text, auto=False)


def sendmail(name, *, host, sender, rcpt, perm, transcript, osubj, subject="Returned mail: see transcript for details"):
    d = when(name)
    text = (f"The original message was received at {when(name + 'o')}\nfrom localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n{perm}\n\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n")
    return mail(["Return-Path: <>\n" + hop(name, host, "8.17.2/8.17.2", d), ("Date", d),
                 ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"), ("To", sender), ("Subject", subject),
                 ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-generated (failure)")],
                multipart("report", [text_part(text), part("text/rfc822-headers", orig_headers(sender, rcpt, osubj, when(name + "o"), mid(name + "o", sender.split("@")[1])), cte=None)],
                          boundary(name), " report-type=delivery-status;"))


def o365(name, *, sender, rcpt, status, diag, remote, osubj, summary, host="BN8PR12MB3345.namprd12.prod.outlook.com"):
    d = when(name)
    text = (f"Delivery has failed to these recipients or groups:\n\n{rcpt}\n{summary}\n\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{rcpt}\n"
            f"Remote server returned '{diag}'\n\nOriginal message headers:\n\nFrom: {sender}\nTo: {rcpt}\nSubject: {osubj}\n")
    return dsn_mail(name, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + sender.split("@")[1] + ">",
                    to=sender, subject="Undeliverable: " + osubj, date=d, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "Microsoft SMTP Server", d),
                    text=text, recips=[{"final": rcpt, "status": status, "diag": diag, "remote": remote}],
                    orig=orig_headers(sender, rcpt, osubj, when(name + "o"), mid(name + "o", sender.split("@")[1])))


def forward(name, *, frm, to, subject, note, inner, inline=False, charset="us-ascii", cte=None, lang_sep=None, host=None, inner_is_text=False):
    """A person's or a helpdesk's forward of a bounce: the NDR inline under a
    separator, or attached whole as message/rfc822."""
    host = host or frm.split("@")[-1].rstrip(">")
    d = when(name)
    heads = [hop(name, "mail." + host, "Postfix", d, frm="ws-0412." + host, ip="192.0.2.44"), ("Date", d), ("From", frm),
             ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))]
    if inline:
        return mail(heads, text_part(note + "\n" + (lang_sep or "---------- Forwarded message ---------") + "\n" + inner, charset, cte))
    return mail(heads, multipart("mixed", [text_part(note, charset, cte), part("message/rfc822", inner, cte=None)], boundary(name)))


def ndr_inline_text(frm, date, subj, to, body):
    return f"From: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n{body}"


# ============================================================ forwarded by people and helpdesks

n = "fwd-helpdesk-attached-postfix-userunknown.eml"
inner = postfix(n + "i", host="mx1.harbourfreight-sim.example", sender="invoices@mapleleaf-logistics.example",
                recips=[{"final": "a.okafor@harbourfreight-sim.example", "status": "5.1.1", "remote": "mbox.harbourfreight-sim.example",
                         "diag": "550 5.1.1 <a.okafor@harbourfreight-sim.example>: Recipient address rejected: User unknown in virtual mailbox table"}],
                lines="<a.okafor@harbourfreight-sim.example>: host mbox.harbourfreight-sim.example[198.51.100.30] said:\n    550 5.1.1 <a.okafor@harbourfreight-sim.example>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n",
                osubj="Invoice 2026-1187")
write(OUT, n, forward(n, frm="Service Desk <servicedesk@mapleleaf-logistics.example>", to="bounces@mapleleaf-logistics.example",
                      subject="[SD-48211] FW: Undelivered Mail Returned to Sender",
                      note="Ticket SD-48211 was closed: the customer contact left. The bounce is attached\nunchanged so the bounce processor can record it.\n\n-- \nService Desk, Maple Leaf Logistics\n",
                      inner=inner))
expect(n, "a.okafor@harbourfreight-sim.example", "userunknown", True, "5.1.1", "550", vendor="Postfix")

n = "fwd-de-inline-exchange-postfach-voll.eml"
ndr = ndr_inline_text("Microsoft Outlook <postmaster@stadtwerke-lenz.example>", "Mittwoch, 11. November 2026 09:14",
                      "Unzustellbar: Abschlagsrechnung November", "m.brandt@elektro-brandt.example",
                      "Die Nachricht konnte an folgende Empfänger nicht übermittelt werden:\n\nm.brandt@elektro-brandt.example\n"
                      "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.\n\n"
                      "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EX02.stadtwerke-lenz.example\n\n"
                      "m.brandt@elektro-brandt.example\nmx.elektro-brandt.example\nRemote Server returned '552 5.2.2 Mailbox full; quota exceeded (STOREDRV.Deliver)'\n")
write(OUT, n, forward(n, frm="Petra Lenz <p.lenz@stadtwerke-lenz.example>", to="bounce-postfach@stadtwerke-lenz.example",
                      subject="WG: Unzustellbar: Abschlagsrechnung November", charset="iso-8859-1", cte="quoted-printable",
                      note="Hallo zusammen,\n\nbitte in die Bounce-Auswertung übernehmen, die Rechnung kam zurück.\n\nGruß\nPetra Lenz\n",
                      lang_sep="-----Ursprüngliche Nachricht-----", inner=ndr, inline=True))
expect(n, "m.brandt@elektro-brandt.example", "mailboxfull", False, "5.2.2", "552", vendor="Exchange")

n = "fwd-fr-inline-gmail-adresse-introuvable.eml"
ndr = ndr_inline_text("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "jeu. 5 nov. 2026 à 16:02",
                      "Delivery Status Notification (Failure)", "contact@librairie-vauban.example",
                      "** Address not found **\n\nYour message wasn't delivered to lucie.moreau.77@gmail.com because the address couldn't be found, or is unable to receive mail.\n\n"
                      "The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5a6b7c8d9e.12 - gsmtp\n")
write(OUT, n, forward(n, frm="Librairie Vauban <contact@librairie-vauban.example>", to="retours@librairie-vauban.example",
                      subject="TR: Delivery Status Notification (Failure)", charset="utf-8", cte="quoted-printable",
                      note="Bonjour,\n\nje transfère ce retour pour la liste de diffusion ; merci de retirer l'adresse.\n\nCordialement,\nAnne\n",
                      lang_sep="-------- Message transféré --------", inner=ndr, inline=True))
expect(n, "lucie.moreau.77@gmail.com", "userunknown", True, "5.1.1", "550", vendor="Gmail")

n = "fwd-es-attached-exim-dominio-inexistente.eml"
inner = exim(n + "i", host="correo.ferreteria-ibarra.example", sender="pedidos@ferreteria-ibarra.example",
             rcpt="compras@distribuciones-soler-old.example",
             block="  compras@distribuciones-soler-old.example\n    Unrouteable address\n", osubj="Pedido 5521")
write(OUT, n, forward(n, frm="Ines Ibarra <ines@ferreteria-ibarra.example>", to="rebotes@ferreteria-ibarra.example",
                      subject="RV: Mail delivery failed: returning message to sender", charset="utf-8", cte="quoted-printable",
                      note="Hola,\n\nos reenvío el rebote tal cual, el proveedor cambió de dominio.\n\nUn saludo,\nInés\n", inner=inner))
expect(n, "compras@distribuciones-soler-old.example", "hostunknown", True, vendor="Exim")

n = "fwd-zh-inline-163-frozen-gbk.eml"
ndr = ndr_inline_text("postmaster@163.com", "2026-11-12 10:21", "系统退信", "sales@huaxin-trade.example",
                      "您发送到 lin_xiaoyu88@163.com 的邮件被退回。\n\n退信原因：收件人帐号已被冻结，暂时无法接收邮件。\n"
                      "技术信息：550 MI:DMC lin_xiaoyu88@163.com mailbox frozen, cannot receive mail\n")
write(OUT, n, forward(n, frm=f"{enc_header('王敏', 'gbk')} <wangmin@huaxin-trade.example>", to="bounce@huaxin-trade.example",
                      subject=enc_header("转发: 系统退信", "gbk"), charset="gbk", cte="base64",
                      note="你好，\n\n这封退信请登记一下，客户的163邮箱好像被冻结了。\n\n王敏\n",
                      lang_sep="-------- 转发邮件信息 --------", inner=ndr, inline=True))
expect(n, "lin_xiaoyu88@163.com", "suspend", False, "", "550", vendor="NetEase")

n = "fwd-helpdesk-o365-banned-ip.eml"
inner = o365(n + "i", sender="alerts@tidewater-clinic.example", rcpt="records@bayview-imaging.example", status="5.7.1",
             diag="550 5.7.1 Service unavailable, Client host [203.0.113.58] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.58 (AS3130023) [SN1PEPF0002F1A3.namprd12.prod.outlook.com]",
             remote="mx.bayview-imaging.example", osubj="Referral 88213",
             summary="Your message couldn't be delivered because the recipient's email server rejected the sending server's IP address.")
write(OUT, n, forward(n, frm="Tidewater IT Helpdesk <helpdesk@tidewater-clinic.example>", to="ndr-archive@tidewater-clinic.example",
                      subject="FW: [#77310] Undeliverable: Referral 88213",
                      note="Forwarding the original NDR for the archive. Our outbound IP is listed; see ticket #77310.\n", inner=inner))
expect(n, "records@bayview-imaging.example", "blocked", False, "5.7.1", "550", vendor="Office365")

n = "fwd-ja-inline-postfix-quota.eml"
ndr = ndr_inline_text("MAILER-DAEMON@mail.sakura-print.example (Mail Delivery System)", "2026年11月18日 14:03",
                      "Undelivered Mail Returned to Sender", "info@sakura-print.example",
                      PF_HEAD.format(host="mail.sakura-print.example") +
                      "<k.tanaka@yamabuki-design.example>: host mx.yamabuki-design.example[198.51.100.61] said:\n"
                      "    552 5.2.2 <k.tanaka@yamabuki-design.example>: Mailbox quota exceeded, this\n    user's disk space is used up (in reply to RCPT TO command)\n")
write(OUT, n, forward(n, frm=f"{enc_header('佐藤 美咲', 'iso-2022-jp')} <m.sato@sakura-print.example>", to="bounce@sakura-print.example",
                      subject=enc_header("転送: Undelivered Mail Returned to Sender", "iso-2022-jp"), charset="iso-2022-jp", cte="base64",
                      note="ご担当者様\n\n以下のエラーメールを転送します。登録をお願いします。\n\n佐藤\n",
                      lang_sep="-------- 転送メッセージ --------", inner=ndr, inline=True))
expect(n, "k.tanaka@yamabuki-design.example", "mailboxfull", False, "5.2.2", "552", vendor="Postfix")

n = "fwd-pt-attached-yahoo-no-account.eml"
d = when(n + "i")
inner = mail(["Return-Path: <>\n" + hop(n + "i", "mta1012.mail.gq1.yahoo.com", "Yahoo", d), ("Date", d),
              ("From", "MAILER-DAEMON@yahoo.com"), ("To", "marketing@padaria-lusa.example"),
              ("Subject", "Failure Notice"), ("Message-ID", mid(n + "i", "yahoo.com"))],
             text_part("Sorry, we were unable to deliver your message to the following address.\n\n<rita.fonseca1990@yahoo.com.br>:\n"
                       "554: delivery error: dd This user doesn't have a yahoo.com.br account (rita.fonseca1990@yahoo.com.br) [0] - mta1012.mail.gq1.yahoo.com\n\n"
                       "--- Below this line is a copy of the message.\n\n" + orig("marketing@padaria-lusa.example", "rita.fonseca1990@yahoo.com.br", enc_header("Promoção de Natal", "utf-8"), n)))
write(OUT, n, forward(n, frm="Carla Nunes <carla@padaria-lusa.example>", to="devolucoes@padaria-lusa.example",
                      subject="ENC: Failure Notice", charset="utf-8", cte="quoted-printable",
                      note="Olá,\n\nsegue em anexo a mensagem devolvida, o endereço da cliente não existe.\n\nCarla\n", inner=inner))
expect(n, "rita.fonseca1990@yahoo.com.br", "userunknown", True, "", "554", vendor="Yahoo")

n = "fwd-it-inline-sendmail-5-giorni.eml"
ndr = ndr_inline_text("Mail Delivery Subsystem <MAILER-DAEMON@posta.studio-ferri.example>", "lunedì 9 novembre 2026 07:40",
                      "Returned mail: see transcript for details", "segreteria@studio-ferri.example",
                      "The original message was received at Wed, 4 Nov 2026 07:38:12 +0100\nfrom localhost [127.0.0.1]\n\n"
                      "   ----- The following addresses had permanent fatal errors -----\n<avv.galli@galli-legale.example>\n"
                      "    (reason: Deferred: Connection timed out with mx.galli-legale.example)\n\n"
                      "   ----- Transcript of session follows -----\n<avv.galli@galli-legale.example>... Deferred: Connection timed out with mx.galli-legale.example\n"
                      "Message could not be delivered for 5 days\nMessage will be deleted from queue\n")
write(OUT, n, forward(n, frm="Segreteria Studio Ferri <segreteria@studio-ferri.example>", to="rimbalzi@studio-ferri.example",
                      subject="I: Returned mail: see transcript for details", charset="iso-8859-1", cte="quoted-printable",
                      note="Buongiorno,\n\nvi inoltro il messaggio tornato indietro dopo cinque giorni.\n\nCordiali saluti\n",
                      lang_sep="-----Messaggio originale-----", inner=ndr, inline=True))
expect(n, "avv.galli@galli-legale.example", "expired", False, vendor="Sendmail")

n = "fwd-fwd-nested-exim-quota.eml"
inner0 = exim(n + "i", host="smtp.kestrel-outdoor.example", sender="newsletter@kestrel-outdoor.example",
              rcpt="j.whitfield@moorland-hikers.example",
              block="  j.whitfield@moorland-hikers.example\n    host mx.moorland-hikers.example [198.51.100.87]\n    SMTP error from remote mail server after RCPT TO:<j.whitfield@moorland-hikers.example>:\n    452 4.2.2 The email account that you tried to reach is over quota\n", osubj="Winter kit list")
inner1 = forward(n + "f", frm="Dan Kerr <dan@kestrel-outdoor.example>", to="sam@kestrel-outdoor.example",
                 subject="Fwd: Mail delivery failed: returning message to sender", note="Sam, this one came back. Can you pass it on?\n", inner=inner0)
write(OUT, n, forward(n, frm="Sam Hughes <sam@kestrel-outdoor.example>", to="bounces@kestrel-outdoor.example",
                      subject="Fwd: Fwd: Mail delivery failed: returning message to sender",
                      note="Passing this on to the bounce mailbox as Dan asked, original bounce inside.\n", inner=inner1))
expect(n, "j.whitfield@moorland-hikers.example", "mailboxfull", False, "4.2.2", "452", vendor="Exim")

# ============================================================ double bounces to postmaster

n = "double-postfix-to-postmaster-userunknown.eml"
d = when(n)
host = "mail.granite-works.example"
write(OUT, n, dsn_mail(n, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=f"postmaster@{host}",
                       subject="Postmaster Copy: Undelivered Mail", date=d, host=host,
                       hops="Return-Path: <>\n" + hop(n, host, "Postfix", d),
                       text=PF_HEAD.format(host=host).replace("I'm sorry to have to inform you that your message could not\nbe delivered",
                                                               "This is a double bounce: the bounce message below could not\nbe returned") +
                       "<jfoster@quarry-supplies.example>: host mx.quarry-supplies.example[198.51.100.19]\n    said: 550 5.1.1 <jfoster@quarry-supplies.example>: mailbox unavailable,\n    no such user here (in reply to RCPT TO command)\n",
                       recips=[{"final": "jfoster@quarry-supplies.example", "status": "5.1.1", "remote": "mx.quarry-supplies.example",
                                "diag": "550 5.1.1 <jfoster@quarry-supplies.example>: mailbox unavailable, no such user here"}],
                       orig="Return-Path: <>\nFrom: MAILER-DAEMON@mail.granite-works.example (Mail Delivery System)\nTo: jfoster@quarry-supplies.example\nSubject: Undelivered Mail Returned to Sender\nDate: " + when(n + "o") + "\nMessage-ID: " + mid(n + "o", host) + "\nAuto-Submitted: auto-replied\n"))
expect(n, "jfoster@quarry-supplies.example", "userunknown", True, "5.1.1", "550", vendor="Postfix")

n = "double-qmail-bounce-bounced.eml"
d = when(n)
host = "mx.pinecone-hosting.example"
write(OUT, n, plain_mail(n, frm=f"MAILER-DAEMON@{host}", to=f"postmaster@{host}", subject="failure notice", date=d, host=host,
                         hops="Return-Path: <>\n" + hop(n, host, "qmail 1.03", d), auto=False,
                         text=f"Hi. This is the qmail-send program at {host}.\nI tried to deliver a bounce message to this address, but the bounce bounced!\n\n"
                              "<noreply-orders@webshop-candle.example>:\n198.51.100.140 does not like recipient.\nRemote host said: 550 5.1.1 <noreply-orders@webshop-candle.example>... No such user\nGiving up on 198.51.100.140.\n\n"
                              "--- Below this line is the original bounce.\n\nReturn-Path: <>\nReceived: (qmail 4410 invoked for bounce); 14 Nov 2026 03:12:40 -0000\n"
                              f"Date: 14 Nov 2026 03:12:40 -0000\nFrom: MAILER-DAEMON@{host}\nTo: noreply-orders@webshop-candle.example\nSubject: failure notice\n\n"
                              f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                              "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<old-customer@pinecone-hosting.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n"))
expect(n, "noreply-orders@webshop-candle.example", "userunknown", True, "5.1.1", "550", vendor="qmail")

n = "double-sendmail-postmaster-notify-hostunknown.eml"
write(OUT, n, sendmail(n, host="relay.lindenhof-verlag.example", sender="postmaster@relay.lindenhof-verlag.example",
                       rcpt="bounce-handler@promo-mailer-old.example", subject="Postmaster notify: see transcript for details",
                       perm="<bounce-handler@promo-mailer-old.example>\n    (reason: 550 Host unknown)",
                       transcript="550 5.1.2 <bounce-handler@promo-mailer-old.example>... Host unknown (Name server: promo-mailer-old.example: host not found)\n"
                                  "\n   ----- This was a bounce of a bounce; the original sender is <> -----",
                       osubj="Returned mail: see transcript for details"))
expect(n, "bounce-handler@promo-mailer-old.example", "hostunknown", True, "5.1.2", "550", vendor="Sendmail")

# ============================================================ broken MIME

n = "mime-no-closing-boundary-postfix-full.eml"
s = postfix(n, host="smtp.alder-consulting.example", sender="office@alder-consulting.example",
            recips=[{"final": "r.quint@quint-architects.example", "status": "5.2.2", "remote": "mx.quint-architects.example",
                     "diag": "552 5.2.2 <r.quint@quint-architects.example>: Mailbox full"}],
            lines="<r.quint@quint-architects.example>: host mx.quint-architects.example[198.51.100.95] said:\n    552 5.2.2 <r.quint@quint-architects.example>: Mailbox full (in reply to\n    RCPT TO command)\n",
            osubj="Site visit Friday")
s = s[:s.rindex("--" + boundary(n) + "--")]
write(OUT, n, s)
expect(n, "r.quint@quint-architects.example", "mailboxfull", False, "5.2.2", "552", vendor="Postfix")

n = "mime-charset-utf8-declared-gbk-bytes-163.eml"
d = when(n)
txt = ("您好，这是163邮件系统退信通知。\n\n您发往 chen.jiahui@163.com 的邮件未能成功投递。\n"
       "失败原因：收件人邮箱地址不存在，请核对后重新发送。\n\n技术信息：550 User not found: chen.jiahui@163.com\n")
raw = ("Return-Path: <>\n" + hop(n, "mx.huaxia-edu.example", "Postfix", d) + f"\nDate: {d}\nFrom: postmaster@163.com\n"
       f"To: admissions@huaxia-edu.example\nSubject: {enc_header('系统退信', 'gbk')}\nMessage-ID: {mid(n, '163.com')}\n"
       "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nAuto-Submitted: auto-replied\n\n").encode() + txt.encode("gbk")
wraw(OUT, n, raw)
expect(n, "chen.jiahui@163.com", "userunknown", True, "", "550", vendor="NetEase")

n = "mime-8bit-subject-exchange-recipnotfound.eml"
s = o365(n, sender="vertrieb@baeckerei-oswald.example", rcpt="h.kuehn@muehle-kuehn.example", status="5.1.1",
         diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", remote="EX01.muehle-kuehn.example", osubj="Bestellung KW48",
         summary="The email address you entered couldn't be found.", host="EX01.baeckerei-oswald.example")
s = s.replace("Subject: Undeliverable: Bestellung KW48", "Subject: Unzustellbar: Bestätigung der Bestellung KW48", 1)
s = s.replace("From: Microsoft Outlook", "From: Microsoft Outlook Systemnachricht für Bäckerei", 1)
wraw(OUT, n, s.encode("utf-8"))
expect(n, "h.kuehn@muehle-kuehn.example", "userunknown", True, "5.1.1", "550", vendor="Exchange")

n = "mime-crlf-lf-mixed-dsn-spam.eml"
s = postfix(n, host="out.brightside-events.example", sender="hello@brightside-events.example",
            recips=[{"final": "tickets@stagehall-venue.example", "status": "5.7.1", "remote": "mx.stagehall-venue.example",
                     "diag": "554 5.7.1 Message content rejected as spam (score 9.8)"}],
            lines="<tickets@stagehall-venue.example>: host mx.stagehall-venue.example[198.51.100.201] said:\n    554 5.7.1 Message content rejected as spam (score 9.8) (in reply to end of DATA\n    command)\n",
            osubj="Early bird offer")
a = s.index("Content-Type: message/delivery-status")
b = s.index("Content-Type: text/rfc822-headers")
mixed = "".join(ln + ("\r\n" if i % 2 == 0 else "\n") for i, ln in enumerate(s[a:b].split("\n")[:-1]))
wraw(OUT, n, (s[:a] + mixed + s[b:]).encode())
expect(n, "tickets@stagehall-venue.example", "spamdetected", False, "5.7.1", "554", vendor="Postfix")

n = "mime-base64-line-noise-spamhaus.eml"
d = when(n)
host = "mta2.lakeshore-dental.example"
txt = (PF_HEAD.format(host=host) + "<frontdesk@orchard-pediatrics.example>: host mx.orchard-pediatrics.example[198.51.100.12]\n"
       "    said: 554 5.7.1 Service unavailable; Client host [203.0.113.71] blocked\n    using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.71\n    (in reply to RCPT TO command)\n")
enc = base64.b64encode(txt.encode()).decode()
chunks = [enc[i:i + 60] for i in range(0, len(enc), 60)]
noisy = "\n".join(c + ("   " if i % 3 == 0 else "") + ("\n" if i == 4 else "") + ("!\t" if i == 7 else "") for i, c in enumerate(chunks)) + "\n\n"
bnd = boundary(n)
body = (f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{bnd}\"\n\nThis is a MIME-encapsulated message.\n\n"
        f"--{bnd}\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: base64\n\n{noisy}"
        f"--{bnd}\n" + part("message/delivery-status", f"Reporting-MTA: dns; {host}\n\nFinal-Recipient: rfc822; frontdesk@orchard-pediatrics.example\nAction: failed\nStatus: 5.7.1\n", cte=None) +
        f"\n--{bnd}--\n")
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, host, "Postfix", d), ("Date", d), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
                    ("To", "reminders@lakeshore-dental.example"), ("Subject", "Undelivered Mail Returned to Sender"), ("Message-ID", mid(n, host))], body))
expect(n, "frontdesk@orchard-pediatrics.example", "blocked", False, "5.7.1", "554", vendor="Postfix")

n = "mime-no-content-type-header-exim-size.eml"
d = when(n)
host = "mail.riverbend-photo.example"
bnd = boundary(n)
body = (f"--{bnd}\nContent-Type: text/plain; charset=us-ascii\n\n"
        + exim_text(host, "  proofs@gallery-ashgrove.example\n    host mx.gallery-ashgrove.example [198.51.100.150]\n    SMTP error from remote mail server after MAIL FROM:<studio@riverbend-photo.example> SIZE=48211934:\n    552 5.3.4 Message size exceeds fixed maximum message size\n",
                    "studio@riverbend-photo.example", "proofs@gallery-ashgrove.example", "Wedding proofs (full resolution)", n)
        + f"\n--{bnd}--\n")
write(OUT, n, "Return-Path: <>\n" + hop(n, host, "Exim 4.96", d) + f"\nDate: {d}\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: studio@riverbend-photo.example\n"
      f"Subject: Mail delivery failed: returning message to sender\nMessage-ID: {mid(n, host)}\nX-Failed-Recipients: proofs@gallery-ashgrove.example\nAuto-Submitted: auto-replied\n\n" + body)
expect(n, "proofs@gallery-ashgrove.example", "emailtoolarge", False, "5.3.4", "552", vendor="Exim")

n = "mime-qp-broken-soft-breaks-ratelimit.eml"
d = when(n)
host = "smtp-out.fernhill-bakery.example"
qtext = ("Delivery to the following recipient failed permanently:\n\n     orders@cornfield-mills.example\n\n"
         "Technical details of permanent failure:\nThe recipient server said: 550 5.7.1 Too many messages from your IP addr=\ness in the last hour, sen=\nding rate limit exceeded. Try again later.\n")
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, host, "Postfix", d), ("Date", d), ("From", f"Mail Delivery Subsystem <mailer-daemon@{host}>"),
                    ("To", "shop@fernhill-bakery.example"), ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", mid(n, host)),
                    ("Auto-Submitted", "auto-replied")],
                   "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: quoted-printable\n\n" + qtext))
expect(n, "orders@cornfield-mills.example", "ratelimited", False, "5.7.1", "550")

n = "mime-dsn-as-text-attachment-dmarc.eml"
d = when(n)
host = "gw.northgate-insurance.example"
bnd = boundary(n)
dsn = ("Reporting-MTA: dns; gw.northgate-insurance.example\nArrival-Date: " + when(n + "o") + "\n\nFinal-Recipient: rfc822; claims@meridian-assure.example\n"
       "Action: failed\nStatus: 5.7.26\nRemote-MTA: dns; mx.meridian-assure.example\n"
       "Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from northgate-insurance.example is not accepted due to domain's DMARC policy\n")
body = multipart("mixed", [text_part("Your message to claims@meridian-assure.example could not be delivered.\nThe delivery report is attached as details.txt.\n"),
                           part("text/plain; charset=us-ascii; name=\"details.txt\"", dsn, "7bit", "Content-Disposition: attachment; filename=\"details.txt\"")], bnd)
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, host, "Symantec Messaging Gateway", d), ("Date", d), ("From", f"Mail Gateway <postmaster@{host}>"),
                    ("To", "noreply@northgate-insurance.example"), ("Subject", "Delivery failure: Claim acknowledgement 7781"), ("Message-ID", mid(n, host)),
                    ("Auto-Submitted", "auto-replied")], body))
expect(n, "claims@meridian-assure.example", "authfailure", False, "5.7.26", "550")

n = "mime-all-crlf-exim-disabled.eml"
s = exim(n, host="mx.oakridge-school.example", sender="office@oakridge-school.example", rcpt="parent.dlamini@mweb-sim.example",
         block="  parent.dlamini@mweb-sim.example\n    host mx.mweb-sim.example [198.51.100.33]\n    SMTP error from remote mail server after RCPT TO:<parent.dlamini@mweb-sim.example>:\n    550 5.2.1 The email account that you tried to reach is disabled\n",
         osubj="Term newsletter")
wraw(OUT, n, s.replace("\n", "\r\n").encode())
expect(n, "parent.dlamini@mweb-sim.example", "suspend", False, "5.2.1", "550", vendor="Exim")

# ============================================================ truncated notices

n = "truncated-postfix-returned-message-cut.eml"
s = postfix(n, host="mail.silverpine-hotel.example", sender="reservations@silverpine-hotel.example",
            recips=[{"final": "g.ivanova@travel-nordic.example", "status": "5.1.1", "remote": "mx.travel-nordic.example",
                     "diag": "550 5.1.1 <g.ivanova@travel-nordic.example>: Recipient address rejected: undeliverable address: no such mailbox"}],
            lines="<g.ivanova@travel-nordic.example>: host mx.travel-nordic.example[198.51.100.171] said:\n    550 5.1.1 <g.ivanova@travel-nordic.example>: Recipient address rejected:\n    undeliverable address: no such mailbox (in reply to RCPT TO command)\n",
            osubj="Booking confirmation SPH-20931", returned="message")
s = s[:s.index("Best\n") if "Best\n" in s else s.index("Regards")] + "Room: Deluxe double, 3 nights, arrival 2"
write(OUT, n, s)
expect(n, "g.ivanova@travel-nordic.example", "userunknown", True, "5.1.1", "550", vendor="Postfix")

n = "truncated-exim-copy-cut-disabled.eml"
s = exim(n, host="mx2.cedar-accounting.example", sender="payroll@cedar-accounting.example", rcpt="t.mbeki@veldt-mining.example",
         block="  t.mbeki@veldt-mining.example\n    host mail.veldt-mining.example [198.51.100.42]\n    SMTP error from remote mail server after RCPT TO:<t.mbeki@veldt-mining.example>:\n    550 5.2.1 <t.mbeki@veldt-mining.example>: account has been deactivated by the administrator\n",
         osubj="Payslip October", cut=True)
write(OUT, n, s.rstrip("\n"))
expect(n, "t.mbeki@veldt-mining.example", "suspend", False, "5.2.1", "550", vendor="Exim")

n = "truncated-o365-ndr-html-cut.eml"
s = o365(n, sender="events@copperline-tech.example", rcpt="l.haddad@cedarbay-partners.example", status="5.2.2",
         diag="552 5.2.2 Mailbox full; the recipient's mailbox has exceeded its storage quota", remote="mx.cedarbay-partners.example",
         osubj="Summit agenda", summary="The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.")
s = s[:s.index("Content-Type: message/delivery-status")]
s = s[:s.rindex("Original message headers:")] + "Original message headers:\n\nReceived: from BN8PR12MB3345.namprd12.prod.outlook.com (2603:10b6:408:b2::1"
write(OUT, n, s)
expect(n, "l.haddad@cedarbay-partners.example", "mailboxfull", False, "5.2.2", "552", vendor="Office365")

n = "truncated-sendmail-no-headers-part-virus.eml"
s = sendmail(n, host="mail.tallis-music.example", sender="scores@tallis-music.example", rcpt="choir@stmary-cathedral.example",
             perm="<choir@stmary-cathedral.example>\n    (reason: 554 5.7.0 Virus found in message: Win.Trojan.Agent-7712 - rejected)",
             transcript="... while talking to mx.stmary-cathedral.example.:\n>>> DATA\n<<< 554 5.7.0 Virus found in message: Win.Trojan.Agent-7712 - rejected\n554 5.0.0 Service unavailable",
             osubj="Advent programme")
s = s[:s.index("Content-Type: text/rfc822-headers")] + "Content-Type: text/rfc822-headers\n\nReturn-Path: <scores@tal"
write(OUT, n, s)
expect(n, "choir@stmary-cathedral.example", "virusdetected", False, "5.7.0", "554", vendor="Sendmail")

# ============================================================ recipients only in the text

n = "textonly-gmail-two-addresses-not-found.eml"
d = when(n)
write(OUT, n, plain_mail(n, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to="club@rowing-ashby.example",
                         subject="Delivery Status Notification (Failure)", date=d, host="mail-sor-f41.google.com",
                         hops="Return-Path: <>\n" + hop(n, "mx.rowing-ashby.example", "Postfix", d, "mail-sor-f41.google.com", "209.85.220.41"),
                         text="** Address not found **\n\nYour message wasn't delivered to cox.harriet@rowers-mail.example or stroke.ben@rowers-mail.example because the addresses couldn't be found, or are unable to receive mail.\n\n"
                              "The response from the remote server was:\n550 5.1.1 No such recipient here\n"))
expect(n, "cox.harriet@rowers-mail.example", "userunknown", True, "5.1.1", "550", vendor="Gmail")
expect(n, "stroke.ben@rowers-mail.example", "userunknown", True, "5.1.1", "550", vendor="Gmail")

n = "textonly-zimbra-quota-prose.eml"
d = when(n)
write(OUT, n, plain_mail(n, frm="Mail Delivery System <MAILER-DAEMON@zimbra.fieldstone-uni.example>", to="registrar@fieldstone-uni.example",
                         subject="Undeliverable message", date=d, host="zimbra.fieldstone-uni.example",
                         hops="Return-Path: <>\n" + hop(n, "zimbra.fieldstone-uni.example", "Zimbra LMTP", d),
                         text="Your message could not be delivered. The account of the recipient, emeritus.pratt@fieldstone-uni.example,\n"
                              "has used all of its 2 GB storage allowance and the message was refused.\n\nThe recipient must delete some mail before new mail can be accepted.\n"))
expect(n, "emeritus.pratt@fieldstone-uni.example", "mailboxfull", False, vendor="Zimbra")

n = "textonly-de-domain-existiert-nicht.eml"
d = when(n)
write(OUT, n, plain_mail(n, frm="Mailserver <postmaster@kanzlei-voss.example>", to="sekretariat@kanzlei-voss.example",
                         subject="Nachricht nicht zustellbar", date=d, host="mail.kanzlei-voss.example", charset="iso-8859-1", cte="quoted-printable",
                         hops="Return-Path: <>\n" + hop(n, "mail.kanzlei-voss.example", "Postfix", d),
                         text="Ihre Nachricht vom 17.11.2026 konnte an folgenden Empfänger nicht zugestellt werden:\n\n"
                              "  info@gutachter-peters-bremen.example\n\nGrund: Die Domain gutachter-peters-bremen.example existiert nicht\n"
                              "(für diesen Namen gibt es im DNS weder einen MX- noch einen A-Eintrag).\n\nDie Nachricht wurde nicht zugestellt und wird nicht erneut versendet.\n"))
expect(n, "info@gutachter-peters-bremen.example", "hostunknown", True, vendor="Postfix")

n = "textonly-mdaemon-list-three.eml"
d = when(n)
write(OUT, n, plain_mail(n, frm="MDaemon@mail.bluegum-realty.example", to="listings@bluegum-realty.example",
                         subject="Message delivery failure", date=d, host="mail.bluegum-realty.example",
                         hops="Return-Path: <>\n" + hop(n, "mail.bluegum-realty.example", "MDaemon PRO v24.0.1", d),
                         text="Delivery to the following recipients failed permanently because their mailboxes do not exist on the destination server:\n\n"
                              "    kate.nguyen@harbourview-homes.example\n    s.oconnell@harbourview-homes.example\n    lettings@harbourview-homes.example\n\n"
                              "The destination server answered: 550 5.1.1 Recipient unknown\n"))
for r in ["kate.nguyen@harbourview-homes.example", "s.oconnell@harbourview-homes.example", "lettings@harbourview-homes.example"]:
    expect(n, r, "userunknown", True, "5.1.1", "550", vendor="MDaemon")

# ============================================================ a bounce inside a digest

n = "digest-mailman-owner-digest-with-dsn.eml"
d = when(n)
host = "lists.greenvalley-coop.example"
inner = postfix(n + "i", host=host, sender="members-bounces@lists.greenvalley-coop.example",
                recips=[{"final": "farmer.joe@agri-mail.example", "status": "5.1.1", "remote": "mx.agri-mail.example",
                         "diag": "550 5.1.1 <farmer.joe@agri-mail.example>: Recipient address rejected: User unknown in local recipient table"}],
                lines="<farmer.joe@agri-mail.example>: host mx.agri-mail.example[198.51.100.9] said: 550\n    5.1.1 <farmer.joe@agri-mail.example>: Recipient address rejected: User\n    unknown in local recipient table (in reply to RCPT TO command)\n",
                osubj="[Members] Harvest meeting minutes")
item2 = ("From: Ruth Abbot <ruth@greenvalley-coop.example>\nTo: members-owner@lists.greenvalley-coop.example\nSubject: Re: moderation queue\n"
         f"Date: {when(n + 'r')}\nMessage-ID: {mid(n + 'r', 'greenvalley-coop.example')}\n\nApproved the two held posts. Thanks!\n")
body = multipart("digest", [part("message/rfc822", inner, cte=None), part("message/rfc822", item2, cte=None)], boundary(n))
write(OUT, n, mail([hop(n, host, "Postfix", d), ("Date", d), ("From", f"members-owner@{host}"), ("To", "bounce-desk@greenvalley-coop.example"),
                    ("Subject", "Members owner digest, Vol 12, Issue 4"), ("Message-ID", mid(n, host))], body))
expect(n, "farmer.joe@agri-mail.example", "userunknown", True, "5.1.1", "550", vendor="Postfix")

n = "digest-rfc1153-plain-exim-retry.eml"
d = when(n)
host = "lists.vintage-radio.example"
ex = exim_text("mx.vintage-radio.example",
               "  valve.collector@oldmail-isp.example\n    retry timeout exceeded: the remote host did not respond for 6 days\n",
               "list-bounces@vintage-radio.example", "valve.collector@oldmail-isp.example", "Swap meet", n)
text = (f"Radio-Admin Digest, Vol 3, Issue 11\n\nToday's Topics:\n\n   1. Mail delivery failed: returning message to sender (Mail Delivery System)\n\n"
        "----------------------------------------------------------------------\n\nMessage: 1\n"
        f"Date: {when(n + 'x')}\nFrom: Mail Delivery System <Mailer-Daemon@mx.vintage-radio.example>\nTo: list-bounces@vintage-radio.example\n"
        "Subject: Mail delivery failed: returning message to sender\n\n" + ex +
        "\n------------------------------\n\nEnd of Radio-Admin Digest, Vol 3, Issue 11\n*******************************************\n")
write(OUT, n, mail([hop(n, host, "Postfix", d), ("Date", d), ("From", f"radio-admin-request@{host}"), ("To", "radio-admin@vintage-radio.example"),
                    ("Subject", "Radio-Admin Digest, Vol 3, Issue 11"), ("Message-ID", mid(n, host))], text_part(text)))
expect(n, "valve.collector@oldmail-isp.example", "expired", False, vendor="Exim")

# ============================================================ very long one-line diagnostics

n = "longline-o365-spamhaus-one-line.eml"
long = ("550 5.7.1 Service unavailable, Client host [203.0.113.204] blocked using Spamhaus. To request removal from this list see "
        "https://www.spamhaus.org/query/ip/203.0.113.204 (AS3130023) [DM6NAM12FT061.eop-nam12.prod.protection.outlook.com 2026-11-21T08:14:55.812Z 08DDF3A1C2B4E7F0] "
        + " ".join(f"[Hostname=BY{i:03d}MB{i * 7:04d}.namprd0{i % 9}.prod.outlook.com]" for i in range(1, 13)))
write(OUT, n, o365(n, sender="statements@harrow-credit.example", rcpt="acct.payable@westfield-foods.example", status="5.7.1", diag=long,
                   remote="westfield-foods.mail.protection.outlook.com", osubj="Statement November",
                   summary="Your message wasn't delivered because the recipient's email provider rejected it."))
expect(n, "acct.payable@westfield-foods.example", "blocked", False, "5.7.1", "550", vendor="Office365")

n = "longline-gmail-low-reputation-joined.eml"
long = ("550-5.7.1 [198.51.100.240      12] Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. "
        "To best protect our users from spam, the message has been blocked. For more information, go to https://support.google.com/mail/answer/188131 "
        "550-5.7.1 Please visit https://support.google.com/mail/?p=UnsolicitedMessageError to review our Bulk Email Senders Guidelines. "
        "550 5.7.1 " + "x" * 0 + "d9443c01a7336-2a0f1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4 - gsmtp")
write(OUT, n, postfix(n, host="smtp.flashdeal-offers.example", sender="deals@flashdeal-offers.example",
                      recips=[{"final": "bargain.hunter.42@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com", "diag": long}],
                      lines="<bargain.hunter.42@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said: " + long + " (in reply to end of DATA command)\n",
                      osubj="72 hours only"))
expect(n, "bargain.hunter.42@gmail.com", "badreputation", False, "5.7.1", "550", vendor="Gmail")

n = "longline-proofpoint-spam-url-chain.eml"
long = ("554 5.7.1 Message blocked due to spam content in the message; reference " + "-".join(hashlib.sha1(f"{n}{i}".encode()).hexdigest()[:10] for i in range(30))
        + " see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.90&ref=spam-content&pps=" + hashlib.sha256(n.encode()).hexdigest() * 2)
write(OUT, n, postfix(n, host="mta.lumen-webinars.example", sender="invite@lumen-webinars.example",
                      recips=[{"final": "cfo@ironbridge-holdings.example", "status": "5.7.1", "remote": "mx0a-00191d01.pphosted.com", "diag": long}],
                      lines="<cfo@ironbridge-holdings.example>: host mx0a-00191d01.pphosted.com[192.0.2.150] said: " + long + " (in reply to end of DATA command)\n",
                      osubj="Seats filling fast"))
expect(n, "cfo@ironbridge-holdings.example", "spamdetected", False, "5.7.1", "554", vendor="Proofpoint")

n = "longline-rfc5322-multiple-from-gmail.eml"
long = ("550-5.7.1 [192.0.2.118] This message is not RFC 5322 compliant because it has duplicate headers (the message contains more than one From header). "
        "To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=RfcMessageNonCompliant "
        "and review RFC 5322 specifications for more information. 550 5.7.1 " + hashlib.sha256(n.encode()).hexdigest() + " - gsmtp")
write(OUT, n, postfix(n, host="crm.tessellate-apps.example", sender="notify@tessellate-apps.example",
                      recips=[{"final": "ops.lead@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com", "diag": long}],
                      lines="<ops.lead@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.26] said: " + long + " (in reply to end of DATA command)\n",
                      osubj="Weekly usage summary"))
expect(n, "ops.lead@gmail.com", "notcompliantrfc", False, "5.7.1", "550", vendor="Gmail")

# ============================================================ DSN fields in odd case and spacing


def odd_dsn(name, *, host, sender, dsn_text, text, osubj, rcpt, subject="Delivery failure"):
    d = when(name)
    bnd = boundary(name)
    body = multipart("report", [text_part(text), part("message/delivery-status", dsn_text, cte=None),
                                part("text/rfc822-headers", orig_headers(sender, rcpt, osubj, when(name + "o"), mid(name + "o", sender.split("@")[1])), cte=None)],
                     bnd, " report-type=delivery-status;")
    return mail(["Return-Path: <>\n" + hop(name, host, "MTA", d), ("Date", d), ("From", f"Mail Delivery System <MAILER-DAEMON@{host}>"),
                 ("To", sender), ("Subject", subject), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")], body)


n = "fields-lowercase-userunknown.eml"
write(OUT, n, odd_dsn(n, host="mx.quillon-press.example", sender="editor@quillon-press.example", rcpt="reviewer9@lit-journal.example", osubj="Manuscript 412",
                      text="Your message could not be delivered to one or more recipients.\n",
                      dsn_text="reporting-mta: dns;mx.quillon-press.example\n\nfinal-recipient: RFC822;   reviewer9@lit-journal.example\naction:FAILED\nstatus:5.1.1\n"
                               "remote-mta: DNS; mx.lit-journal.example\ndiagnostic-code:SMTP;550 5.1.1 <reviewer9@lit-journal.example>: user unknown\n"))
expect(n, "reviewer9@lit-journal.example", "userunknown", True, "5.1.1", "550")

n = "fields-odd-spacing-delayed-full.eml"
write(OUT, n, odd_dsn(n, host="relay.pebble-games.example", sender="support@pebble-games.example", rcpt="<player.one@arcade-isp.example>", osubj="Your refund",
                      text="This is a warning only; delivery is still being attempted.\n",
                      dsn_text="Reporting-MTA :  dns ;  relay.pebble-games.example\n\nFinal-Recipient :rfc822; <player.one@arcade-isp.example>\nAction :\tdelayed\n"
                               "Status:  4.2.2   (mailbox full)\nDiagnostic-Code :  smtp ;  452  4.2.2  Mailbox full, try again later\nWill-Retry-Until :  " + when(n + "w") + "\n"))
expect(n, "player.one@arcade-isp.example", "mailboxfull", False, "4.2.2", "452", action="delayed")

n = "fields-uppercase-procmail-died.eml"
write(OUT, n, odd_dsn(n, host="mail.fjord-research.example", sender="pi@fjord-research.example", rcpt="datasets@fjord-research.example", osubj="Cruise logs",
                      text="Delivery to the local mailbox failed.\n",
                      dsn_text="REPORTING-MTA: DNS; MAIL.FJORD-RESEARCH.EXAMPLE\n\nFINAL-RECIPIENT: RFC822; DATASETS@FJORD-RESEARCH.EXAMPLE\nACTION: FAILED\nSTATUS: 5.3.0\n"
                               "DIAGNOSTIC-CODE: X-UNIX; Command died with status 75: \"/usr/bin/procmail -a datasets\". Command output: procmail: Error while writing to \"/var/spool/mail/datasets\"\n"))
expect(n, "datasets@fjord-research.example", "mailererror", False, "5.3.0")

n = "fields-folded-odd-indent-relay-denied.eml"
write(OUT, n, odd_dsn(n, host="smtp.willow-tax.example", sender="clients@willow-tax.example", rcpt="owner@bakery-on-main.example", osubj="Return filed",
                      text="Your message could not be delivered.\n",
                      dsn_text="Reporting-MTA: dns; smtp.willow-tax.example\n\nFinal-Recipient: rfc822;owner@bakery-on-main.example\nAction: failed\nStatus: 5.7.1\n"
                               "Diagnostic-Code: smtp;\n          554 5.7.1\n  <owner@bakery-on-main.example>:\n\t\tRelay access denied\n"))
expect(n, "owner@bakery-on-main.example", "norelaying", False, "5.7.1", "554")

n = "fields-lowercase-delivered.eml"
write(OUT, n, odd_dsn(n, host="mx.harvest-legal.example", sender="paralegal@harvest-legal.example", rcpt="clerk@county-court-sim.example", osubj="Filing 2026-CV-311",
                      text="This is a delivery status notification: your message was delivered to the recipient's mailbox.\n",
                      dsn_text="reporting-mta: dns; mx.harvest-legal.example\n\nfinal-recipient: rfc822; clerk@county-court-sim.example\naction: delivered\nstatus: 2.0.0\n"
                               "remote-mta: dns; mx.county-court-sim.example\ndiagnostic-code: smtp; 250 2.0.0 OK queued as 9F1A3C\n", subject="Delivery Status Notification (Success)"))
expect(n, "clerk@county-court-sim.example", "delivered", False, "2.0.0", "250", action="delivered")

# ============================================================ Chinese providers with broken encodings


def cn_raw(name, *, frm, to, subject_bytes, ctype, cte, body_bytes, host):
    d = when(name)
    head = ("Return-Path: <>\n" + hop(name, "mx." + to.split("@")[1], "Postfix", d, host, "192.0.2.88") + f"\nDate: {d}\nFrom: {frm}\nTo: {to}\nSubject: ").encode() + subject_bytes + \
        f"\nMessage-ID: {mid(name, host)}\nMIME-Version: 1.0\nContent-Type: {ctype}\nContent-Transfer-Encoding: {cte}\nAuto-Submitted: auto-replied\n\n".encode()
    return head + body_bytes


n = "cn-aliyun-declared-gb2312-gb18030-bytes-full.eml"
txt = "您好：\n\n您发送给 zhou.lan@jinhua-tea.example 的邮件退回。\n原因：收件人邮箱空间已满，无法接收新邮件。\n\n远端回复：552 5.2.2 mailbox over quota\n\n阿里邮箱 ·\n"
wraw(OUT, n, cn_raw(n, frm="system@mail.aliyun.com", to="export@jiangnan-silk.example", subject_bytes=enc_header("退信通知", "gb18030").encode(),
                    ctype="text/plain; charset=gb2312", cte="8bit", body_bytes=txt.encode("gb18030"), host="mail.aliyun.com"))
expect(n, "zhou.lan@jinhua-tea.example", "mailboxfull", False, "5.2.2", "552", vendor="Aliyun")

n = "cn-exmail-raw-gbk-subject-notfound.eml"
txt = "很抱歉，您的邮件无法送达以下收件人：\n\n  liu.peng@qingdao-port.example\n\n原因：收件人邮箱地址不存在。\n服务器返回：550 Mailbox not found.\n"
wraw(OUT, n, cn_raw(n, frm="PostMaster@exmail.qq.com", to="hr@binhai-shipping.example", subject_bytes="退信：面试通知".encode("gbk"),
                    ctype="text/plain; charset=gbk", cte="base64", body_bytes=b64(txt, "gbk").encode() + b"\n", host="exmail.qq.com"))
expect(n, "liu.peng@qingdao-port.example", "userunknown", True, "", "550", vendor="Tencent")

n = "cn-sina-base64-noise-mailbox-full.eml"
txt = "这是新浪邮箱系统的退信。\n\n收件人：wu.ting@sina.com\n退信原因：对方邮箱已满，无法接收新邮件。\n\n552 Requested mail action aborted: exceeded storage allocation\n"
raw = base64.b64encode(txt.encode("gbk")).decode()
noisy = "\n".join(raw[i:i + 52] + (" " if i % 104 == 0 else "") for i in range(0, len(raw), 52)) + "\n\n\n"
wraw(OUT, n, cn_raw(n, frm="MAILER-DAEMON@sina.com", to="info@lanting-gallery.example", subject_bytes=enc_header("系统退信", "gbk").encode(),
                    ctype="text/plain;\n\tcharset=\"GBK\"", cte="BASE64", body_bytes=noisy.encode(), host="sina.com"))
expect(n, "wu.ting@sina.com", "mailboxfull", False, "", "552", vendor="Sina")

n = "cn-sohu-frequency-gbk-qp.eml"
d = when(n)
write(OUT, n, plain_mail(n, frm="postmaster@sohu.com", to="notice@yunfan-edu.example", subject=enc_header("邮件发送失败", "gbk"), date=d, host="sohu.com",
                         hops="Return-Path: <>\n" + hop(n, "mx.yunfan-edu.example", "Postfix", d, "mx1.sohu.com", "192.0.2.120"), charset="gbk", cte="quoted-printable",
                         text="您的邮件未能投递到 zhao_qiang2020@sohu.com。\n原因：发信频率过快，您的IP在短时间内发送了过多邮件，已被暂时限制。\n\n550 5.7.1 too many mails sent, rate limited\n"))
expect(n, "zhao_qiang2020@sohu.com", "ratelimited", False, "5.7.1", "550", vendor="Sohu")

n = "cn-fwd-attached-qq-domain-not-exist.eml"
d0 = when(n + "i")
inner = mail(["Return-Path: <>\n" + hop(n + "i", "smtp.qq.com", "QQMail", d0), ("Date", d0), ("From", "PostMaster@qq.com"),
              ("To", "384920177@qq.com"), ("Subject", enc_header("退信", "gb18030")), ("Message-ID", mid(n + "i", "qq.com"))],
             text_part("很遗憾，您的邮件未能发送到 manager@tianyuan-trading-old.example。\n\n原因：收件人域名不存在，请检查邮箱地址是否正确。\n\nHost or domain name not found. Name service error for name=tianyuan-trading-old.example type=MX\n", "gb18030", "base64"))
write(OUT, n, forward(n, frm="384920177@qq.com", to="bounce@tianyuan-trading.example", subject=enc_header("转发：退信", "gb18030"),
                      charset="gb18030", cte="base64", note="旧域名的地址还在通讯录里，退信附上。\n", inner=inner, host="qq.com"))
expect(n, "manager@tianyuan-trading-old.example", "hostunknown", True, vendor="Tencent")

# ============================================================ common MTAs and providers, one twist each

n = "exchange-expired-html-only-ndr.eml"
d = when(n)
host = "EXCH01.corvid-engineering.example"
html = ("<html><body><p><b><font color=\"#000066\">Delivery has failed to these recipients or groups:</font></b></p>"
        "<p><a href=\"mailto:tenders@stonebridge-council.example\">tenders@stonebridge-council.example</a><br>"
        "The message couldn't be delivered within the time allowed. Delivery was retried for 2 days and then given up.</p>"
        "<p>Diagnostic information for administrators:</p><p>Generating server: EXCH01.corvid-engineering.example</p>"
        "<p>tenders@stonebridge-council.example<br>Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'</p></body></html>\n")
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, host, "Microsoft SMTP Server", d), ("Date", d), ("From", "postmaster@corvid-engineering.example"),
                    ("To", "bids@corvid-engineering.example"), ("Subject", "Undeliverable: Tender RFQ-2026-77"), ("Message-ID", mid(n, host)),
                    ("Auto-Submitted", "auto-replied")],
                   multipart("report", [text_part(html, "us-ascii", "7bit", "html"),
                                        delivery_status(host, [{"final": "tenders@stonebridge-council.example", "status": "4.4.7", "diag": "550 4.4.7 QUEUE.Expired; message expired"}])],
                             boundary(n), " report-type=delivery-status;")))
expect(n, "tenders@stonebridge-council.example", "expired", False, "4.4.7", "550", vendor="Exchange")

n = "postfix-loops-back-mixed-line-ends.eml"
s = postfix(n, host="mx.hollow-oak.example", sender="alerts@hollow-oak.example",
            recips=[{"final": "ops@branch.hollow-oak.example", "status": "5.4.6", "diag": "mail for branch.hollow-oak.example loops back to myself"}],
            lines="<ops@branch.hollow-oak.example>: mail for branch.hollow-oak.example loops back to myself\n", osubj="Disk alert")
s = "".join(ln + ("\r\n" if i % 3 == 1 else "\n") for i, ln in enumerate(s.split("\n")[:-1]))
wraw(OUT, n, s.encode())
expect(n, "ops@branch.hollow-oak.example", "networkerror", False, "5.4.6", vendor="Postfix")

n = "exim-delay-warning-insufficient-storage.eml"
d = when(n)
host = "mail.foxglove-pharmacy.example"
write(OUT, n, plain_mail(n, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to="orders@foxglove-pharmacy.example",
                         subject="Warning: message 1vQx7d-000Kq2-3T delayed 24 hours", date=d, host=host,
                         hops="Return-Path: <>\n" + hop(n, host, "Exim 4.97", d),
                         text="This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its\n"
                              "recipients after more than 24 hours on the queue on mail.foxglove-pharmacy.example.\n\nThe message identifier is:     1vQx7d-000Kq2-3T\n"
                              "The subject of the message is: Repeat prescription\n\nThe address to which the message has not yet been delivered is:\n\n"
                              "  dispensary@greenway-clinic.example\n    host mx.greenway-clinic.example [198.51.100.58]\n"
                              "    SMTP error from remote mail server after MAIL FROM:<orders@foxglove-pharmacy.example>:\n    452 4.3.1 Insufficient system storage\n\n"
                              "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered.\n"))
expect(n, "dispensary@greenway-clinic.example", "systemfull", False, "4.3.1", "452", action="delayed", vendor="Exim")

n = "sendmail-local-error-processing.eml"
write(OUT, n, sendmail(n, host="mail.quarrymen-club.example", sender="secretary@quarrymen-club.example", rcpt="treasurer@lodge-accounts.example",
                       perm="<treasurer@lodge-accounts.example>\n    (reason: 550 5.3.0 Requested action aborted: local error in processing)",
                       transcript="... while talking to mx.lodge-accounts.example.:\n>>> DATA\n<<< 550 5.3.0 Requested action aborted: local error in processing\n554 5.0.0 Service unavailable",
                       osubj="AGM accounts"))
expect(n, "treasurer@lodge-accounts.example", "systemerror", False, "5.3.0", "550", vendor="Sendmail")

n = "postfix-tls-handshake-failed.eml"
write(OUT, n, postfix(n, host="secure-out.marlow-bank.example", sender="statements@marlow-bank.example",
                      recips=[{"final": "treasury@coastline-freight.example", "status": "5.7.10", "remote": "mx.coastline-freight.example",
                               "diag": "X-Postfix; Cannot start TLS: handshake failure"}],
                      lines="<treasury@coastline-freight.example>: Cannot start TLS: handshake failure with\n    mx.coastline-freight.example[198.51.100.14]; TLS is mandatory for this\n    destination, message not sent in clear text\n",
                      osubj="Monthly statement"))
expect(n, "treasury@coastline-freight.example", "failedstarttls", False, "5.7.10", vendor="Postfix")

n = "fwd-es-helpdesk-ptr-missing.eml"
inner = postfix(n + "i", host="mail.clinica-rivas.example", sender="citas@clinica-rivas.example",
                recips=[{"final": "paciente.ruiz@gmail.com", "status": "5.7.25", "remote": "gmail-smtp-in.l.google.com",
                         "diag": "550-5.7.25 [203.0.113.19] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. 550 5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp"}],
                lines="<paciente.ruiz@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    550-5.7.25 [203.0.113.19] The IP address sending this message does not have\n    a PTR record setup, or the corresponding forward DNS entry does not point\n    to the sending IP. 550 5.7.25 As a policy, Gmail does not accept messages\n    from IPs with missing PTR records. - gsmtp (in reply to end of DATA command)\n",
                osubj="Recordatorio de cita")
write(OUT, n, forward(n, frm="Soporte TI <soporte@clinica-rivas.example>", to="rebotes@clinica-rivas.example",
                      subject="RV: [Ticket 3391] Undelivered Mail Returned to Sender", charset="utf-8", cte="quoted-printable",
                      note="Adjunto el rebote original. Falta el registro PTR de la IP nueva; ya está pedido al proveedor.\n", inner=inner))
expect(n, "paciente.ruiz@gmail.com", "requireptr", False, "5.7.25", "550", vendor="Gmail")

n = "sendmail-sender-domain-not-exist.eml"
write(OUT, n, sendmail(n, host="mta.brisk-promo.example", sender="news@brisk-promo-mailer.example", rcpt="buyer@hillcrest-outfitters.example",
                       perm="<buyer@hillcrest-outfitters.example>\n    (reason: 553 5.1.8 <news@brisk-promo-mailer.example>... Domain of sender address news@brisk-promo-mailer.example does not exist)",
                       transcript="... while talking to mx.hillcrest-outfitters.example.:\n>>> MAIL From:<news@brisk-promo-mailer.example> SIZE=18833\n<<< 553 5.1.8 <news@brisk-promo-mailer.example>... Domain of sender address news@brisk-promo-mailer.example does not exist\n501 5.6.0 Data format error",
                       osubj="New season catalogue"))
expect(n, "buyer@hillcrest-outfitters.example", "rejected", False, "5.1.8", "553", vendor="Sendmail")

n = "postfix-8bit-header-invalid-content.eml"
s = postfix(n, host="out.zeller-moebel.example", sender="info@zeller-moebel.example",
            recips=[{"final": "einkauf@holzhandel-berg.example", "status": "5.6.0", "remote": "mx.holzhandel-berg.example",
                     "diag": "554 5.6.0 Message contains invalid header lines: unencoded 8-bit characters in Subject"}],
            lines="<einkauf@holzhandel-berg.example>: host mx.holzhandel-berg.example[198.51.100.77] said:\n    554 5.6.0 Message contains invalid header lines: unencoded 8-bit characters\n    in Subject (in reply to end of DATA command)\n",
            osubj="Angebot Eichenholz XXX")
wraw(OUT, n, s.replace("Subject: Angebot Eichenholz XXX", "Subject: Angebot Eichenholz für Schränke").encode("latin-1"))
expect(n, "einkauf@holzhandel-berg.example", "contenterror", False, "5.6.0", "554", vendor="Postfix")

n = "postfix-relayhost-sasl-failed.eml"
write(OUT, n, postfix(n, host="app01.ridgeway-saas.example", sender="no-reply@ridgeway-saas.example",
                      recips=[{"final": "admin@tinker-workshop.example", "status": "5.7.8", "remote": "smtp.relay-provider.example",
                               "diag": "535 5.7.8 Error: authentication failed: authentication failure"}],
                      lines="<admin@tinker-workshop.example>: SASL authentication failed; server\n    smtp.relay-provider.example[192.0.2.210] said: 535 5.7.8 Error: authentication\n    failed: authentication failure\n",
                      osubj="Your password reset link"))
expect(n, "admin@tinker-workshop.example", "securityerror", False, "5.7.8", "535", vendor="Postfix")

n = "exim-user-moved-no-forward.eml"
write(OUT, n, exim(n, host="mx.linden-assoc.example", sender="members@linden-assoc.example", rcpt="dr.hale@old-practice.example",
                   block="  dr.hale@old-practice.example\n    host mx.old-practice.example [198.51.100.130]\n    SMTP error from remote mail server after RCPT TO:<dr.hale@old-practice.example>:\n    551 5.1.6 User has moved; mail for this address is no longer forwarded\n",
                   osubj="Annual dues"))
expect(n, "dr.hale@old-practice.example", "hasmoved", True, "5.1.6", "551", vendor="Exim")

n = "postfix-null-mx-recipient-domain.eml"
write(OUT, n, postfix(n, host="mail.quince-florist.example", sender="orders@quince-florist.example",
                      recips=[{"final": "contact@parked-domain-sim.example", "status": "5.1.10",
                               "diag": "X-Postfix; Domain parked-domain-sim.example does not accept mail (nullMX)"}],
                      lines="<contact@parked-domain-sim.example>: Domain parked-domain-sim.example does not accept\n    mail (nullMX)\n", osubj="Wedding flowers quote"))
expect(n, "contact@parked-domain-sim.example", "notaccept", True, "5.1.10", vendor="Postfix")

n = "postfix-recipient-refused-after-data.eml"
write(OUT, n, postfix(n, host="smtp.arden-recruit.example", sender="jobs@arden-recruit.example",
                      recips=[{"final": "m.castillo@pinecrest-mail.example", "status": "5.2.0", "remote": "mx.pinecrest-mail.example",
                               "diag": "550 5.2.0 Message refused by the recipient's personal filter"}],
                      lines="<m.castillo@pinecrest-mail.example>: host mx.pinecrest-mail.example[198.51.100.66] said:\n    550 5.2.0 Message refused by the recipient's personal filter (in reply to end\n    of DATA command)\n",
                      osubj="New roles this week"))
expect(n, "m.castillo@pinecrest-mail.example", "filtered", False, "5.2.0", "550", vendor="Postfix")

n = "postfix-rcpt-syntax-501.eml"
write(OUT, n, postfix(n, host="mail.tangram-toys.example", sender="shop@tangram-toys.example",
                      recips=[{"final": "kids.corner@playground-isp.example", "status": "5.5.4", "remote": "mx.playground-isp.example",
                               "diag": "501 5.5.4 Syntax error in RCPT TO parameters"}],
                      lines="<kids.corner@playground-isp.example>: host mx.playground-isp.example[198.51.100.7] said:\n    501 5.5.4 Syntax error in RCPT TO parameters (in reply to RCPT TO command)\n",
                      osubj="Order shipped"))
expect(n, "kids.corner@playground-isp.example", "syntaxerror", False, "5.5.4", "501", vendor="Postfix")

n = "postfix-encrypted-archive-policy.eml"
write(OUT, n, postfix(n, host="mail.delta-survey.example", sender="field@delta-survey.example",
                      recips=[{"final": "gis@regional-water.example", "status": "5.7.0", "remote": "mx.regional-water.example",
                               "diag": "554 5.7.0 Rejected by content policy: password-protected archives are not accepted"}],
                      lines="<gis@regional-water.example>: host mx.regional-water.example[198.51.100.99] said:\n    554 5.7.0 Rejected by content policy: password-protected archives are not\n    accepted (in reply to end of DATA command)\n",
                      osubj="Survey shapefiles"))
expect(n, "gis@regional-water.example", "policyviolation", False, "5.7.0", "554", vendor="Postfix")

n = "fwd-attached-ses-suppression-list.eml"
d0 = when(n + "i")
inner = mail(["Return-Path: <>\n" + hop(n + "i", "a8-31.smtp-out.amazonses.com", "Amazon SES", d0, "a8-31.smtp-out.amazonses.com", "54.240.8.31"),
              ("Date", d0), ("From", "MAILER-DAEMON@amazonses.com"), ("To", "receipts@tidal-coffee.example"),
              ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", mid(n + "i", "amazonses.com"))],
             multipart("report", [text_part("An error occurred while trying to deliver the mail to the following recipients:\nsam.ortiz@brewmail-sim.example\n"),
                                  delivery_status("a8-31.smtp-out.amazonses.com", [{"final": "sam.ortiz@brewmail-sim.example", "status": "5.1.1",
                                                  "diag": "Amazon SES did not send the message to this address because it is on the suppression list for your account."}])],
                       boundary(n + "i"), " report-type=delivery-status;"))
write(OUT, n, forward(n, frm="Tidal Coffee Support <support@tidal-coffee.example>", to="bounces@tidal-coffee.example",
                      subject="Fwd: Delivery Status Notification (Failure)", note="Forwarding the SES notice for the bounce log.\n", inner=inner))
expect(n, "sam.ortiz@brewmail-sim.example", "suppressed", False, "5.1.1", vendor="AmazonSES")

n = "outlookcom-s3140-crlf-lf-mixed.eml"
s = postfix(n, host="mail.greenleaf-hosting.example", sender="billing@greenleaf-hosting.example",
            recips=[{"final": "karen.doyle@hotmail.com", "status": "5.7.1", "remote": "hotmail-com.olc.protection.outlook.com",
                     "diag": "550 5.7.1 Unfortunately, messages from [203.0.113.66] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]"}],
            lines="<karen.doyle@hotmail.com>: host hotmail-com.olc.protection.outlook.com[192.0.2.33]\n    said: 550 5.7.1 Unfortunately, messages from [203.0.113.66] weren't sent.\n    Please contact your Internet service provider since part of their network\n    is on our block list (S3140). (in reply to MAIL FROM command)\n",
            osubj="Invoice INV-90211")
s = "".join(ln + ("\r\n" if 10 < i < 40 else "\n") for i, ln in enumerate(s.split("\n")[:-1]))
wraw(OUT, n, s.encode())
expect(n, "karen.doyle@hotmail.com", "blocked", False, "5.7.1", "550", vendor="Outlook")

n = "fastmail-account-suspended-copy-below.eml"
write(OUT, n, qmail(n, host="smtp.porch-swing-crafts.example", sender="newsletter@porch-swing-crafts.example", rcpt="quiltmaker.bea@fastmail-sim.example",
                    said="198.51.100.118 does not like recipient.\nRemote host said: 550 5.2.1 <quiltmaker.bea@fastmail-sim.example>: recipient account is suspended, mail is not accepted at this time\nGiving up on 198.51.100.118.",
                    osubj="Autumn patterns"))
expect(n, "quiltmaker.bea@fastmail-sim.example", "suspend", False, "5.2.1", "550", vendor="qmail")

n = "fwd-ru-inline-mailru-ящик-переполнен.eml".replace("ящик-переполнен", "mailbox-overfilled")
ndr = ndr_inline_text("Mail Delivery System <MAILER-DAEMON@corp.mail.ru>", "ср, 18 нояб. 2026 г. в 11:20", "Mail failure.", "zakaz@tipografia-volga.example",
                      "Message was not accepted -- the recipient's mailbox is overfilled.\n\n"
                      "  Recipient: <ivanov.oleg@mail.ru>\n  Reason: 452 4.2.2 Mailbox is full: ivanov.oleg@mail.ru\n\n"
                      "Сообщение не доставлено: почтовый ящик получателя переполнен.\n")
write(OUT, n, forward(n, frm=f"{enc_header('Мария Соколова', 'koi8-r')} <m.sokolova@tipografia-volga.example>", to="bounce@tipografia-volga.example",
                      subject=enc_header("Fwd: Mail failure.", "koi8-r"), charset="koi8-r", cte="base64",
                      note="Коллеги, добрый день!\n\nПересылаю возврат письма для учёта. Ящик клиента переполнен.\n\nМария\n",
                      lang_sep="-------- Пересылаемое сообщение --------", inner=ndr, inline=True))
expect(n, "ivanov.oleg@mail.ru", "mailboxfull", False, "4.2.2", "452", vendor="MailRu")

n = "fwd-ko-inline-naver-no-recipient.eml"
ndr = ndr_inline_text("MAILER-DAEMON@naver.com", "2026. 11. 20. 오후 3:41", "메일 발송 실패 안내", "hello@seoul-bakehouse.example",
                      "보내신 메일이 아래 수신자에게 전달되지 못했습니다.\n\n받는사람: jiwoo.park97@naver.com\n실패 이유: 받는 사람의 메일 주소가 존재하지 않습니다.\n\n"
                      "Technical details: 550 5.1.1 Recipient address rejected: user does not exist\n")
write(OUT, n, forward(n, frm=f"{enc_header('김하늘', 'utf-8')} <haneul@seoul-bakehouse.example>", to="bounce@seoul-bakehouse.example",
                      subject=enc_header("전달: 메일 발송 실패 안내", "utf-8"), charset="utf-8", cte="base64",
                      note="안녕하세요,\n\n반송 메일 전달합니다. 주소 삭제 부탁드려요.\n\n김하늘 드림\n",
                      lang_sep="---------- 전달된 메시지 ----------", inner=ndr, inline=True))
expect(n, "jiwoo.park97@naver.com", "userunknown", True, "5.1.1", "550", vendor="Naver")

# ============================================================ near-misses: no record expected


def person(name, *, frm, to, subject, text="", charset="us-ascii", cte=None, extra=(), host=None, body=None):
    host = host or frm.split("@")[-1].rstrip(">")
    d = when(name)
    heads = [hop(name, "mail." + host, "Postfix", d, "ws-17." + host, "192.0.2.61"), ("Date", d), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


n = "nb-colleague-asks-about-550-code.eml"
write(NB, n, person(n, frm="Tom Reyes <tom@brookside-vets.example>", to="it@brookside-vets.example", subject="what does 550 5.1.1 mean?",
                    text="Hi,\n\nOutlook showed me a pop-up earlier with \"550 5.1.1\" when I tried to email the lab. I deleted it\nbefore reading it properly. Does that mean their address is wrong or is it our side?\n"
                         "I retyped it and it went through the second time I think.\n\nThanks,\nTom\n"))

n = "nb-helpdesk-reply-mailbox-quota-advice.eml"
write(NB, n, person(n, frm="IT Service Desk <servicedesk@harlow-college.example>", to="j.prentice@harlow-college.example",
                    subject="Re: [INC-20931] Mailbox nearly full", extra=[("In-Reply-To", mid(n + "q", "harlow-college.example"))],
                    text="Hello Jane,\n\nThanks for your ticket. Your mailbox is at 94% of its 50 GB quota. When it reaches 100%\nyou will stop receiving mail and senders will get a \"mailbox full\" bounce.\n\n"
                         "Please archive the folders from 2019-2021 as shown in the attached guide, or reply and we\ncan raise the limit.\n\nKind regards,\nIT Service Desk\n"))

n = "nb-spam-fake-delivery-failed-pending.eml"
write(NB, n, person(n, frm="Mail Delivery System <noreply@secure-mailcenter-verify.example>", to="accounts@harlow-college.example",
                    subject="Delivery Failure: (4) incoming messages held", host="secure-mailcenter-verify.example",
                    body=text_part("<html><body><h3>Message Delivery Failure</h3><p>4 incoming messages to accounts@harlow-college.example could not be delivered "
                                   "because your mailbox storage is not verified.</p><p><a href=\"https://secure-mailcenter-verify.example/release?u=accounts\">"
                                   "RELEASE PENDING MESSAGES</a></p><p>Failure to verify within 24 hours will result in permanent deletion.</p></body></html>\n", subtype="html")))

n = "nb-spam-mailbox-full-upgrade.eml"
write(NB, n, person(n, frm="Webmail Admin <admin@webmail-quota-upgrade.example>", to="info@quince-florist.example",
                    subject="Your mailbox is full - action required", text="Dear user,\n\nYour mailbox has exceeded the storage limit (99.8%).\nYou will not be able to send or receive new messages until you upgrade.\n\n"
                    "Click here to upgrade your quota for free: https://webmail-quota-upgrade.example/upgrade\n\nWebmail Team\n"))

n = "nb-newsletter-missing-closing-boundary.eml"
b = boundary(n)
body = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n--{b}\n" + text_part("Garden club news: the autumn plant swap is on Saturday at 10.\nBring labelled cuttings.\n")
        + f"\n--{b}\n" + text_part("<p>Garden club news: the autumn plant swap is on Saturday at 10.</p>\n", subtype="html"))
write(NB, n, person(n, frm="Hillside Garden Club <news@hillside-garden.example>", to="members@hillside-garden.example", subject="Plant swap Saturday", text="", body=body))

n = "nb-8bit-subject-personal.eml"
s = person(n, frm="Jörg Müller <joerg@schreinerei-mueller.example>", to="anna@schreinerei-mueller.example", subject="Grüße aus Köln",
           text="Hallo Anna,\n\ndie Messe läuft gut, morgen bin ich zurück.\n\nJörg\n", charset="utf-8", cte="8bit")
wraw(NB, n, s.encode("utf-8"))

n = "nb-sysadmin-postfix-log-excerpt.eml"
write(NB, n, person(n, frm="Priya Raman <priya@nimbus-labs.example>", to="mail-admins@nimbus-labs.example", subject="bounces from the CRM last night",
                    text="Hi all,\n\nthe CRM sent to a stale list last night. Sample from maillog:\n\n"
                         "Nov 21 02:14:07 mx1 postfix/smtp[20411]: 4F2A11C03: to=<x.liu@partner-sim.example>, relay=mx.partner-sim.example[198.51.100.3]:25, delay=1.2, dsn=5.1.1, status=bounced (host said: 550 5.1.1 user unknown)\n"
                         "Nov 21 02:14:09 mx1 postfix/smtp[20411]: 5B7720C11: to=<ops@partner-sim.example>, relay=mx.partner-sim.example[198.51.100.3]:25, delay=0.9, dsn=4.2.2, status=deferred (host said: 452 4.2.2 mailbox full)\n\n"
                         "I've asked sales to clean the list. No action needed from you.\n\nPriya\n"))

n = "nb-list-discussion-rfc3463-codes.eml"
write(NB, n, person(n, frm="Marek Nowak <marek@opensmtp-users.example>", to="users@lists.opensmtp-users.example", subject="Re: mapping enhanced status codes",
                    extra=[("List-Id", "<users.lists.opensmtp-users.example>"), ("List-Unsubscribe", "<mailto:users-leave@lists.opensmtp-users.example>")],
                    text="> which codes do you treat as permanent?\n\nWe map roughly like this:\n\n  5.1.1  bad destination mailbox  -> drop address\n  5.2.2  mailbox full             -> keep, retry next campaign\n"
                         "  4.4.7  delivery time expired    -> keep\n  5.7.1  delivery not authorized  -> look at the text\n\nRFC 3463 section 3 has the full list.\n\nMarek\n"))

n = "nb-zh-colleague-asks-tuixin-gbk.eml"
write(NB, n, person(n, frm=f"{enc_header('李娜', 'gbk')} <lina@donghai-foods.example>", to="it@donghai-foods.example", subject=enc_header("请问退信的问题", "gbk"),
                    charset="gbk", cte="base64", text="你好，\n\n我昨天给客户发邮件，收到一封退信，说对方邮箱已满。\n请问这种情况我需要换个地址重发吗？还是过几天再发？\n\n谢谢！\n李娜\n"))

n = "nb-fr-it-notice-new-quota.eml"
write(NB, n, person(n, frm="Service informatique <dsi@mairie-beaulieu.example>", to="tous@mairie-beaulieu.example", subject="Nouveaux quotas de messagerie au 1er décembre".replace("é", "e"),
                    charset="iso-8859-1", cte="quoted-printable",
                    text="Bonjour à tous,\n\nÀ partir du 1er décembre, la taille des boîtes aux lettres sera limitée à 10 Go.\nAu-delà, les messages entrants seront refusés et l'expéditeur recevra un avis de non-remise.\n\nLa DSI\n"))

n = "nb-digest-people-discuss-bounces.eml"
items = [("Ana Silva <ana@mailops-forum.example>", "Handling soft bounces", "We retry 4.x.x for 3 days, then suppress. Works well for us.\n"),
         ("Ken Ito <ken@mailops-forum.example>", "Re: Handling soft bounces", "Same here, but we treat 'mailbox full' as soft for 30 days.\n")]
parts = [part("message/rfc822", f"From: {f}\nTo: mailops@lists.mailops-forum.example\nSubject: {s_}\nDate: {when(n + s_)}\nMessage-ID: {mid(n + s_, 'mailops-forum.example')}\n\n{t}", cte=None) for f, s_, t in items]
write(NB, n, person(n, frm="mailops-request@lists.mailops-forum.example", to="mailops@lists.mailops-forum.example", subject="MailOps Digest, Vol 8, Issue 19",
                    text="", body=multipart("digest", parts, boundary(n))))

n = "nb-crlf-mixed-parcel-not-delivered.eml"
s = person(n, frm="Olivia Grant <olivia@fernleaf-studio.example>", to="dispatch@fernleaf-studio.example", subject="parcel came back",
           text="Hi,\n\nthe courier says delivery failed twice - nobody at the address - and the parcel\nis on its way back to us. Can you check the address with the customer?\n\nOlivia\n")
wraw(NB, n, "".join(ln + ("\r\n" if i % 2 else "\n") for i, ln in enumerate(s.split("\n")[:-1])).encode())

n = "nb-courier-delivery-attempt-failed.eml"
write(NB, n, person(n, frm="ParcelSwift Notifications <notify@parcelswift-sim.example>", to="olivia@fernleaf-studio.example", subject="Delivery attempt failed - 1Z8841",
                    text="We tried to deliver your parcel 1Z8841 today at 14:02 but nobody was available.\nReason: recipient not at address.\n\nWe will try again tomorrow. You can reschedule at https://parcelswift-sim.example/1Z8841\n"))

n = "nb-monitoring-deferred-queue-alert.eml"
write(NB, n, person(n, frm="Zabbix <zabbix@monitor.nimbus-labs.example>", to="mail-admins@nimbus-labs.example", subject="PROBLEM: mx1 deferred queue above 500",
                    text="Problem started at 03:10:44 on 2026.11.22\nProblem name: mx1 deferred queue above 500\nHost: mx1.nimbus-labs.example\nSeverity: Warning\nOperational data: 812 messages deferred\n\nOriginal problem ID: 884120\n"))

n = "nb-spam-ja-fake-delivery-error.eml"
write(NB, n, person(n, frm=f"{enc_header('メール配信システム', 'iso-2022-jp')} <info@mail-support-center.example>", to="sales@sakura-print.example",
                    subject=enc_header("【重要】メール配信エラーのお知らせ", "iso-2022-jp"), charset="iso-2022-jp", cte="base64",
                    text="お客様のメールアカウントで配信エラーが発生しています。\n未受信のメールが5件保留されています。\n\n以下のリンクから確認してください：\nhttps://mail-support-center.example/verify\n"))

n = "nb-postmaster-brand-shipping-labels.eml"
write(NB, n, person(n, frm="Postmaster Deals <offers@postmaster-deals.example>", to="shop@tangram-toys.example", subject="Black Friday: 40% off shipping labels",
                    text="Stock up on shipping labels before the holidays.\nUse code FRIDAY40 at checkout.\n\nUnsubscribe: https://postmaster-deals.example/u\n"))

n = "nb-invoice-base64-line-noise.eml"
txt = "Dear customer,\n\nplease find invoice 2026-4410 for November below.\nAmount due: EUR 1,240.00 within 14 days.\n\nAccounts team\n"
raw = base64.b64encode(txt.encode()).decode()
noisy = "\n".join(raw[i:i + 40] + ("  " if i % 80 else "") for i in range(0, len(raw), 40)) + "\n\n"
write(NB, n, person(n, frm="Accounts <accounts@lattice-supplies.example>", to="payables@zeller-moebel.example", subject="Invoice 2026-4410", text="",
                    body="Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: base64\n\n" + noisy))

n = "nb-reply-fixed-address-resending.eml"
write(NB, n, person(n, frm="Ines Ibarra <ines@ferreteria-ibarra.example>", to="ventas@distribuciones-soler.example", subject="Re: Undeliverable: Pedido 5521",
                    charset="utf-8", cte="quoted-printable",
                    text="Hola Jordi,\n\nmi correo anterior rebotó porque tenía vuestro dominio antiguo. Lo reenvío ahora a la dirección nueva.\nAdjunto el pedido 5521 otra vez.\n\nUn saludo,\nInés\n"))

n = "nb-dev-test-fixture-dsn-snippet.eml"
write(NB, n, person(n, frm="Leo Brandt <leo@ridgeway-saas.example>", to="dev@ridgeway-saas.example", subject="PR 1182: parser test for DSN fields",
                    text="Hi team,\n\nPR 1182 adds a test; the fixture is just this block inlined in the test file:\n\n"
                         "    fixture := `Final-Recipient: rfc822; user@example.com\n    Action: failed\n    Status: 5.1.1`\n\n"
                         "CI is green. Please review by Friday.\n\nLeo\n"))

n = "nb-spam-es-fake-delivery-notice.eml"
write(NB, n, person(n, frm="Centro de Correo <aviso@correo-verificacion.example>", to="info@clinica-rivas.example",
                    subject="Notificación: entrega fallida de 3 mensajes".replace("ó", "o"), charset="utf-8", cte="quoted-printable",
                    text="Estimado usuario:\n\n3 mensajes no pudieron ser entregados en su bandeja de entrada.\nPara recuperarlos, inicie sesión aquí: https://correo-verificacion.example/login\n\nEquipo de Soporte\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
