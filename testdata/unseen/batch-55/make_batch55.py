#!/usr/bin/env python3
"""Writes testdata/unseen/batch-55: what a newsletter's suppression list must
never be fooled by (auto-replies in ten languages, challenge-response robots,
'address changed' replies, delay notices, refusals aimed at the SENDER)
mixed with genuine permanent failures; ordinary near-miss messages in
not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch55.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, boundary, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

NEWS = "news@dispatch.harborlight-media.example"
NEWSHOST = "mta1.dispatch.harborlight-media.example"
NEWSIP = "198.51.100.25"
ISSUE = "Harborlight Weekly #212: tides, trains and the winter timetable"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def orig(name, rcpt, date, subject=ISSUE):
    h = orig_headers(NEWS, rcpt, subject, date,
                        mid(name + "/orig", "dispatch.harborlight-media.example"),
                        extra=f"List-Unsubscribe: <mailto:unsub-{qid(name, 8).lower()}@dispatch.harborlight-media.example>\n"
                              "List-Id: Harborlight Weekly <weekly.harborlight-media.example>\n"
                              "Precedence: bulk")
    return h.replace(f"From: {NEWS}\n", f"From: Harborlight Weekly <{NEWS}>\n", 1)


def tpart(body, charset="us-ascii", cte=None):
    """text_part, with ISO-2022-JP written as the 7bit text it is."""
    if charset == "iso-2022-jp":
        return part("text/plain; charset=iso-2022-jp", body.encode("iso-2022-jp").decode("ascii"), "7bit")
    return text_part(body, charset, cte)


def bounce_hops(name, date):
    return received([("localhost", "127.0.0.1", NEWSHOST, "Postfix", qid(name), date)])


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


def postfix_bounce(name, recips, date, delay=False, hours=4):
    """recips: (addr, status, remote, diag, text_line)."""
    lines = []
    for addr, status, remote, diag, tl in recips:
        line = f"<{addr}>: {tl}"
        if "\n" not in tl:
            line = textwrap.fill(line, 72, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
        lines.append(line)
    text = (POSTFIX_DELAY.format(host=NEWSHOST, hours=hours) if delay else POSTFIX_HEAD.format(host=NEWSHOST)) + "\n\n".join(lines) + "\n"
    rs = []
    for addr, status, remote, diag, tl in recips:
        r = {"final": addr, "original": addr, "status": status, "diag": diag, "action": "delayed" if delay else "failed"}
        if remote:
            r["remote"] = remote
        if delay:
            r["will_retry"] = dt(2026, 11, 23, 6, 0, 0)
        rs.append(r)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm="MAILER-DAEMON@" + NEWSHOST + " (Mail Delivery System)", to=NEWS, subject=subj,
                    date=date, host=NEWSHOST, hops=bounce_hops(name, date), text=text, recips=rs,
                    orig=orig(name, recips[0][0], dt(2026, 11, 18, 6, 0, 2)),
                    arrival=dt(2026, 11, 18, 6, 0, 2))


def pf(name, addr, status, remote, reply, words, reason, hard, vendor="", delay=False, hours=4, date=None):
    diag = f"{reply} {status} {words}" if status[0] in "45" and not words.startswith(reply) else words
    if delay:
        tl = f"host {remote}[192.0.2.{len(name) % 200 + 10}] said: {diag} (in reply to RCPT TO command)"
    else:
        tl = f"host {remote}[192.0.2.{len(name) % 200 + 10}] said: {diag} (in reply to RCPT TO command)"
    write(OUT, name, postfix_bounce(name, [(addr, status, remote, diag, tl)], date or dt(2026, 11, 18, 6, 4, 11),
                                    delay=delay, hours=hours))
    expect(name, addr, reason, hard, status, reply, "delayed" if delay else "failed", vendor)


def autoreply(name, frm, subject, body, *, charset="us-ascii", cte=None, extra=(), auto=True, date=None,
              host=None, to=NEWS, subj_charset=None):
    date = date or dt(2026, 11, 18, 7, 12, 40, "+0100")
    host = host or frm.split("@")[1].rstrip(">")
    addr = frm.split("<")[-1].rstrip(">")
    subj = enc_header(subject, subj_charset) if subj_charset else subject
    heads = [received([("outbound." + host, "203.0.113.%d" % (len(name) % 200 + 20), "mx1.dispatch.harborlight-media.example",
                        "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, host)),
             ("In-Reply-To", mid(name + "/orig", "dispatch.harborlight-media.example"))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, tpart(body, charset, cte))


def vac(name, frm, subject, body, reason="vacation", vendor="", **kw):
    write(OUT, name, autoreply(name, frm, subject, body, **kw))
    addr = frm.split("<")[-1].rstrip(">")
    expect(name, addr, reason, False, "", "", "", vendor)


# ---------------------------------------------------------------- auto-replies, ten languages
vac("vac-en-exchange-auto-submitted.eml", "Priya Raman <p.raman@coastal-surveys.example>",
    "Automatic reply: " + ISSUE,
    "Thank you for your email. I am on annual leave from 16 to 27 November with\n"
    "limited access to email. For urgent survey bookings please contact\n"
    "bookings@coastal-surveys.example.\n\nKind regards,\nPriya",
    extra=[("X-MS-Exchange-Inbox-Rules-Loop", "p.raman@coastal-surveys.example"), ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-GB")])
vac("vac-de-abwesenheit-x-autoreply.eml", "Jonas Edelmann <j.edelmann@stadtwerke-lindau.example>",
    "Abwesenheitsnotiz: Harborlight Weekly #212",
    "Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 30.11. nicht im Büro und habe keinen Zugriff auf\n"
    "meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen\n"
    "wenden Sie sich bitte an die Zentrale unter +49 8382 000 000.\n\nMit freundlichen Grüßen\nJonas Edelmann",
    charset="iso-8859-1", cte="quoted-printable", auto=False, extra=[("X-Autoreply", "yes"), ("Precedence", "junk")])
vac("vac-fr-reponse-automatique.eml", "Claire Dubois <claire.dubois@mediatheque-arles.example>",
    "Réponse automatique : Harborlight Weekly #212",
    "Bonjour,\n\nJe suis absente jusqu'au lundi 24 novembre inclus. Votre message sera lu\n"
    "à mon retour. Pour toute demande urgente, merci d'écrire à\naccueil@mediatheque-arles.example.\n\nCordialement,\nClaire Dubois",
    charset="utf-8", cte="quoted-printable", subj_charset="utf-8")
vac("vac-es-fuera-oficina-subject-only.eml", "Mateo Ruiz <mruiz@cooperativa-olivar.example>",
    "Fuera de la oficina: Harborlight Weekly #212",
    "Hola:\n\nEstaré fuera de la oficina hasta el 1 de diciembre, sin acceso al correo.\n"
    "Responderé a su mensaje a mi regreso. Para asuntos urgentes, llame a la\ncentralita.\n\nUn saludo,\nMateo Ruiz",
    charset="utf-8", cte="quoted-printable", auto=False, subj_charset="utf-8")
vac("vac-it-risposta-automatica-x-autoreply.eml", "Giulia Ferri <g.ferri@studio-ferri-bologna.example>",
    "Risposta automatica: Harborlight Weekly #212",
    "Buongiorno,\n\nsarò assente dall'ufficio fino al 28 novembre. La sua e-mail non verrà\n"
    "inoltrata; la leggerò al mio rientro. Per urgenze scriva a\nsegreteria@studio-ferri-bologna.example.\n\nCordiali saluti,\nGiulia Ferri",
    charset="iso-8859-15", cte="quoted-printable", auto=False, extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Giulia Ferri")])
vac("vac-pt-resposta-automatica-br.eml", "Rafael Nogueira <rafael.nogueira@editora-ipe.example>",
    "Resposta automática: Harborlight Weekly #212",
    "Olá,\n\nEstou em férias até 5 de dezembro e não estou verificando meus e-mails.\n"
    "Sua mensagem será respondida quando eu retornar. Em caso de urgência,\nprocure a Fernanda (fernanda@editora-ipe.example).\n\nAbraços,\nRafael",
    charset="iso-8859-1", cte="base64", subj_charset="iso-8859-1")
vac("vac-nl-afwezigheidsmelding.eml", "Sanne de Groot <s.degroot@waterschap-eems.example>",
    "Afwezig: Harborlight Weekly #212",
    "Beste afzender,\n\nIk ben afwezig tot en met 26 november. Uw bericht wordt niet doorgestuurd.\n"
    "Voor dringende zaken kunt u contact opnemen met het algemene nummer.\n\nMet vriendelijke groet,\nSanne de Groot",
    extra=[("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")])
vac("vac-ja-fuzai-iso2022jp.eml", "Kenji Mori <k.mori@hokuriku-trading.example>",
    "自動応答: Harborlight Weekly #212",
    "メールありがとうございます。\n\n11月17日から11月25日まで出張のため不在にしております。\n"
    "いただいたメールは戻り次第確認いたします。\n急ぎのご用件は総務部までご連絡ください。\n\n森 健二",
    charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp")
vac("vac-zh-exmail-zidong-huifu-gbk.eml", enc_header("刘雅", "gbk") + " <liu.ya@jinghua-print.example>",
    "自动回复: Harborlight Weekly #212",
    "您好，\n\n我正在休假，11月28日返回办公室，期间无法及时查看邮件。\n如有急事请联系同事王先生：wang.hao@jinghua-print.example。\n\n谢谢！\n刘雅",
    charset="gbk", cte="base64", subj_charset="gbk", host="jinghua-print.example",
    extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")])
vac("vac-ru-avtootvet-koi8r.eml", "Irina Volkova <i.volkova@severnye-seti.example>",
    "Автоответ: Harborlight Weekly #212",
    "Здравствуйте!\n\nЯ в отпуске до 2 декабря и не читаю почту. Ваше письмо будет\n"
    "прочитано после моего возвращения. По срочным вопросам пишите\nна office@severnye-seti.example.\n\nС уважением,\nИрина Волкова",
    charset="koi8-r", cte="base64", subj_charset="koi8-r")

# ---------------------------------------------------------------- challenge-response robots
def challenge(name, frm, reply_to, subject, body, addr, vendor, **kw):
    extra = [("Reply-To", reply_to)] + list(kw.pop("extra", []))
    write(OUT, name, autoreply(name, frm, subject, body, extra=extra, **kw))
    expect(name, addr, "vacation", False, "", "", "", vendor)


challenge("challenge-boxbe-guest-list-request.eml", "Daniel Osei via Boxbe <notification@boxbe.com>",
          "daniel.osei@kumasi-textiles.example",
          "Request to add you to Daniel Osei's Guest List",
          "Hello,\n\nYou recently sent a message to Daniel Osei (daniel.osei@kumasi-textiles.example)\n"
          "with the subject \"Harborlight Weekly #212\". Daniel uses Boxbe to keep his\n"
          "inbox clean, and your message is waiting for you to confirm that you are a\n"
          "real person.\n\nPlease click here to get on Daniel's Guest List:\n"
          "https://www.boxbe.com/anno?tc=5512873390_4421&c=1\n\n"
          "Your message will be delivered as soon as you confirm. You will only need to\ndo this once.\n\n- The Boxbe team",
          "daniel.osei@kumasi-textiles.example", "boxbe", host="boxbe.com")
challenge("challenge-spamarrest-verify.eml", "tom.baxter@spamarrest.com",
          "tom.baxter@spamarrest.com", "Re: " + ISSUE + " [Verification Required]",
          "I apologize for this automatic reply to your email.\n\n"
          "To control spam, I now allow incoming messages only from senders I have\n"
          "approved beforehand.\n\nIf you would like to be added to my list of approved senders, please fill\n"
          "out the short request form (see link below). Once I approve you, I will\n"
          "receive your original message in my inbox. You do not need to resend your\nmessage.\n\n"
          "Click the link below to fill out the request:\n"
          "https://www.spamarrest.com/a2/verify.jsp?user=tom.baxter&id=86655310\n\n"
          "Note: This message was sent from a notification-only address. Powered by\nSpam Arrest.",
          "tom.baxter@spamarrest.com", "spamarrest", host="spamarrest.com")
challenge("challenge-mailinblack-protection-fr.eml", "Protection anti-spam <noreply@mailinblack.com>",
          "noreply@mailinblack.com", "Votre message à h.benali@transports-benali.example est en attente",
          "Bonjour,\n\nVous avez envoyé un message à h.benali@transports-benali.example, qui est\n"
          "protégé par Mailinblack. Afin de confirmer que vous n'êtes pas un robot,\n"
          "merci de cliquer sur le lien ci-dessous et de recopier le code affiché :\n\n"
          "https://auth.mailinblack.com/captcha?k=7f2d99c01e\n\n"
          "Cette opération n'est à faire qu'une seule fois. Votre message sera\n"
          "ensuite distribué à son destinataire.\n\nL'équipe Mailinblack",
          "h.benali@transports-benali.example", "mailinblack", charset="utf-8", cte="quoted-printable",
          subj_charset="utf-8", host="mailinblack.com", to=f"Harborlight Weekly <{NEWS}>")
challenge("challenge-zh-sender-verify-gb2312.eml", enc_header("邮件安全网关", "gb2312") + " <verify@antispam.hengtai-group.example>",
          "verify@antispam.hengtai-group.example", "发件人身份验证：您发给 zhang.min@hengtai-group.example 的邮件待确认",
          "您好！\n\n您发送给 zhang.min@hengtai-group.example 的邮件《Harborlight Weekly #212》\n"
          "已被对方的反垃圾邮件系统暂存。为确认您不是自动发送程序，请点击下面的链接\n"
          "并输入图片中的验证码：\n\nhttps://antispam.hengtai-group.example/verify?id=20261118A77\n\n"
          "验证通过后，邮件将立即投递到收件人的收件箱，以后您发给该收件人的邮件不再需要验证。\n"
          "如 7 天内未完成验证，该邮件将被自动删除。\n\n-- 恒泰集团邮件安全网关",
          "zhang.min@hengtai-group.example", "", charset="gb2312", cte="base64", subj_charset="gb2312",
          host="antispam.hengtai-group.example", to=f"Harborlight Weekly <{NEWS}>")

# ---------------------------------------------------------------- 'address changed' auto-replies
vac("autoreply-address-changed-en.eml", "Owen Pritchard <owen.pritchard@oldfield-estates.example>",
    "My email address has changed - Re: Harborlight Weekly #212",
    "Hello,\n\nPlease note that my email address has changed. From 1 December I can be\n"
    "reached at owen.pritchard@pritchard-property.example; this old address will\n"
    "be read until the end of the year. Please update your address book.\n\n"
    "Your message has been received.\n\nOwen Pritchard", extra=[("X-Autoreply", "yes")])
vac("autoreply-neue-adresse-de.eml", "Praxis Dr. Albers <info@praxis-albers.example>",
    "Neue E-Mail-Adresse / new e-mail address",
    "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Bitte beachten Sie, dass sich unsere\n"
    "E-Mail-Adresse geändert hat. Sie erreichen uns künftig unter\n"
    "kontakt@albers-hausarztpraxis.example. Nachrichten an diese Adresse werden\n"
    "noch bis zum 31.12. gelesen.\n\nIhr Praxisteam\n\n(Dies ist eine automatisch erzeugte Antwort.)",
    charset="utf-8", cte="quoted-printable")

# ---------------------------------------------------------------- delay notices
pf("delay-postfix-4h-mailbox-full-452.eml", "h.lindqvist@fjordnet-mail.example", "4.2.2", "mx.fjordnet-mail.example",
   "452", "<h.lindqvist@fjordnet-mail.example>: Recipient mailbox is full, try again later", "mailboxfull", False,
   delay=True, hours=4)
pf("delay-postfix-4h-too-many-recipients.eml", "contact@parish-newsletter.example", "4.5.3", "mail.parish-newsletter.example",
   "452", "Too many recipients received in this session, please retry later", "ratelimited", False, delay=True, hours=4)
pf("delay-postfix-local-problem-will-retry.eml", "ana.cruz@tierra-alta.example", "4.3.0", "mx2.tierra-alta.example",
   "451", "Temporary local problem - please try later", "systemerror", False, delay=True, hours=6)

n = "delay-sendmail-still-trying-4-hours.eml"
sm_host = "smtp-out2.harborlight-media.example"
sm_text = f"""The original message was received at Wed, 18 Nov 2026 06:00:02 GMT
from {NEWSHOST} [{NEWSIP}]

   ----- Transcript of session follows -----
<b.okoro@benue-agro.example>... Deferred: Connection timed out with mx.benue-agro.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
write(OUT, n, dsn_mail(n, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{sm_host}>", to=NEWS,
                       subject="Warning: could not send message for past 4 hours",
                       date=dt(2026, 11, 18, 10, 0, 31), host=sm_host, hops=bounce_hops(n, dt(2026, 11, 18, 10, 0, 31)),
                       text=sm_text,
                       recips=[{"final": "b.okoro@benue-agro.example", "action": "delayed", "status": "4.4.1",
                                "remote": "mx.benue-agro.example", "diag": "SMTP; Connection timed out",
                                "last": dt(2026, 11, 18, 9, 58, 12), "will_retry": dt(2026, 11, 23, 6, 0, 2)}],
                       orig=orig(n, "b.okoro@benue-agro.example", dt(2026, 11, 18, 6, 0, 2)),
                       arrival=dt(2026, 11, 18, 6, 0, 2)))
expect(n, "b.okoro@benue-agro.example", "networkerror", False, "4.4.1", "", "delayed", "sendmail")

n = "delay-exchange-connection-refused-4.4.316.eml"
ex_host = "AM6PR03MB4410.eurprd03.prod.outlook.com"
ex_text = """Delivery is delayed to these recipients or groups:

m.kowal@drukarnia-kowal.example

Subject: Harborlight Weekly #212: tides, trains and the winter timetable

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: AM6PR03MB4410.eurprd03.prod.outlook.com
Receiving server: mail.drukarnia-kowal.example (192.0.2.140)

m.kowal@drukarnia-kowal.example
Remote server returned '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.drukarnia-kowal.example] [LastAttemptedIP=192.0.2.140:25]'
"""
write(OUT, n, dsn_mail(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harborlight-media.example>",
                       to=NEWS, subject="Delivery delayed: " + ISSUE, date=dt(2026, 11, 18, 10, 8, 0),
                       host=ex_host, hops=received([(ex_host, "2603:10a6:20b:3c::11", "AM6PR03MB5120.eurprd03.prod.outlook.com",
                                                     "Microsoft SMTP Server", qid(n), dt(2026, 11, 18, 10, 8, 0))]),
                       text=ex_text,
                       recips=[{"final": "m.kowal@drukarnia-kowal.example", "action": "delayed", "status": "4.4.316",
                                "remote": "mail.drukarnia-kowal.example",
                                "diag": "smtp;451 4.4.316 Connection refused [Message=Socket error code 10061]"}],
                       orig=orig(n, "m.kowal@drukarnia-kowal.example", dt(2026, 11, 18, 6, 0, 2)),
                       extra=[("X-MS-Exchange-Message-Is-Ndr", "")]))
expect(n, "m.kowal@drukarnia-kowal.example", "networkerror", False, "4.4.316", "451", "delayed", "office365")

n = "delay-qq-mailbox-full-retrying-gb18030.eml"
qq_text = ("您好，\n\n您发送给 chen.lu@qq.com 的邮件《Harborlight Weekly #212》暂时未能投递。\n"
           "原因：收件人邮箱空间已满（452 4.2.2 mailbox full）。\n"
           "系统将在接下来的 48 小时内继续尝试投递，您无需重新发送。\n"
           "如最终仍无法投递，系统会另行通知您。\n\n此为系统邮件，请勿回复。")
write(OUT, n, mail([received([("smtpbgsg1.qq.com", "203.0.113.161", "mx1.dispatch.harborlight-media.example", "Postfix",
                                qid(n), dt(2026, 11, 18, 15, 2, 9, "+0800"))]),
                    ("Date", dt(2026, 11, 18, 15, 2, 9, "+0800")),
                    ("From", enc_header("系统退信", "gb18030") + " <postmaster@qq.com>"), ("To", NEWS),
                    ("Subject", enc_header("邮件延迟投递通知：Harborlight Weekly #212", "gb18030")),
                    ("Message-ID", mid(n, "qq.com")), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                    ("Auto-Submitted", "auto-generated")],
                   text_part(qq_text, "gb18030", "base64")))
expect(n, "chen.lu@qq.com", "mailboxfull", False, "4.2.2", "452", "delayed", "qq")

# ---------------------------------------------------------------- refusals aimed at the sender
pf("sender-spamhaus-zen-client-blocked.eml", "editor@riverbend-gazette.example", "5.7.1", "mx.riverbend-gazette.example",
   "554", f"Service unavailable; Client host [{NEWSIP}] blocked using zen.spamhaus.org; https://check.spamhaus.org/listed/?searchterm={NEWSIP}",
   "blocked", False)
pf("sender-sorbs-listed-ip.eml", "orders@mill-lane-bakery.example", "5.7.1", "mail.mill-lane-bakery.example",
   "550", f"Rejected: {NEWSIP} is listed at dnsbl.sorbs.net (spam source, see http://www.sorbs.net/lookup.shtml?{NEWSIP})",
   "blocked", False)
pf("sender-outlookcom-network-blocklist-s3140.eml", "marta.silva88@outlook.com", "5.7.1", "outlook-com.olc.protection.outlook.com",
   "550", f"Unfortunately, messages from [{NEWSIP}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-18T06:04:10.000Z 08DE1F9A3C2B]",
   "blocked", False, vendor="outlook")
pf("sender-exim-too-many-messages-hour.eml", "secretary@bowls-club.example", "5.7.1", "mail.bowls-club.example",
   "550", f"Too many messages from {NEWSIP} in the last hour (limit 200), slow down and try again tomorrow",
   "ratelimited", False)
pf("sender-dmarc-reject-policy.eml", "j.holloway@fenwick-partners.example", "5.7.1", "mx1.fenwick-partners.example",
   "550", "Email rejected per DMARC policy for dispatch.harborlight-media.example (p=reject; SPF and DKIM alignment failed)",
   "authfailure", False)
pf("sender-spf-fail-recipient-address-rejected.eml", "clerk@hawthorn-parish.example", "5.7.1", "mail.hawthorn-parish.example",
   "550", f"<clerk@hawthorn-parish.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.open-spf.org/Why;id=news%40dispatch.harborlight-media.example;ip={NEWSIP};r=<UNKNOWN>",
   "authfailure", False)
pf("sender-low-reputation-score.eml", "purchasing@granite-works.example", "5.7.1", "esa1.granite-works.example",
   "554", f"Rejected: the sending IP {NEWSIP} has a low reputation score at our mail gateway. Contact your mail provider.",
   "badreputation", False)
pf("sender-content-spam-threshold.eml", "lab@ridgeway-school.example", "5.7.1", "filter.ridgeway-school.example",
   "550", "Message rejected as spam by content filter (score 11.4 exceeds threshold 6.0)", "spamdetected", False)
pf("sender-uribl-listed-link.eml", "k.ahmed@quayside-dental.example", "5.7.1", "mx.quayside-dental.example",
   "554", "Message contains a link to a domain listed in multi.uribl.com (tracking.harborlight-media.example); message refused",
   "spamdetected", False)
pf("sender-no-ptr-5.7.25.eml", "d.novak@alpine-hut.example", "5.7.25", "mx.alpine-hut.example",
   "550", f"[{NEWSIP}] The IP address sending this message does not have a PTR record set up, or the PTR record does not match the sending host",
   "requireptr", False)
pf("sender-aliyun-ip-blacklisted.eml", "sun.li@aliyun.com", "5.7.1", "mx1.aliyun.com",
   "554", f"Delivery not authorized, message refused: your IP {NEWSIP} is in the blacklist of aliyun mail",
   "blocked", False, vendor="aliyun")
pf("sender-yahoo-rate-deferred-gave-up.eml", "moonlit_reader@yahoo.com", "5.7.0", "mta7.am0.yahoodns.net",
   "554", "Messages from 198.51.100.25 refused; too many messages sent in a short time, please reduce your sending rate",
   "ratelimited", False, vendor="yahoo")

# ---------------------------------------------------------------- genuine permanent failures
pf("perm-postfix-virtual-user-unknown.eml", "old.reader@lakeshore-net.example", "5.1.1", "mx.lakeshore-net.example",
   "550", "<old.reader@lakeshore-net.example>: Recipient address rejected: User unknown in virtual mailbox table",
   "userunknown", True)
pf("perm-gmail-account-does-not-exist.eml", "harbour.fan.1987@gmail.com", "5.1.1", "gmail-smtp-in.l.google.com",
   "550", "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b9c1f0a3a1bsi55121a12.118 - gsmtp",
   "userunknown", True, vendor="gmail")
pf("perm-mailbox-closed-disabled-5.2.1.eml", "r.tanaka@campus-alumni.example", "5.2.1", "mail.campus-alumni.example",
   "550", "<r.tanaka@campus-alumni.example>: this mailbox has been closed and is disabled",
   "suspend", False)
pf("perm-mailbox-full-552-final.eml", "grandma.jo@valley-isp.example", "5.2.2", "mx.valley-isp.example",
   "552", "Requested mail action aborted: mailbox full (quota 1024 MB exceeded)", "mailboxfull", False)

n = "perm-postfix-host-not-found.eml"
write(OUT, n, postfix_bounce(n, [("info@harbour-chandlery-old.example", "5.4.4", "",
                                  "X-Postfix; Host or domain name not found. Name service error for name=harbour-chandlery-old.example type=MX: Host not found",
                                  "Host or domain name not found. Name service error for\n    name=harbour-chandlery-old.example type=MX: Host not found")],
                             dt(2026, 11, 18, 6, 0, 9)))
expect(n, "info@harbour-chandlery-old.example", "hostunknown", True, "5.4.4", "", "failed", "postfix")

n = "perm-postfix-three-mixed.eml"
write(OUT, n, postfix_bounce(n, [
    ("s.mwangi@nairobi-florists.example", "5.1.1", "mail.nairobi-florists.example",
     "smtp; 550 5.1.1 <s.mwangi@nairobi-florists.example>: No such user here",
     "host mail.nairobi-florists.example[192.0.2.71] said: 550 5.1.1\n    <s.mwangi@nairobi-florists.example>: No such user here (in reply to RCPT TO\n    command)"),
    ("accounts@nairobi-florists.example", "5.7.1", "mail.nairobi-florists.example",
     f"smtp; 554 5.7.1 Service unavailable; Client host [{NEWSIP}] blocked using bl.spamcop.net",
     f"host mail.nairobi-florists.example[192.0.2.71] said: 554 5.7.1 Service\n    unavailable; Client host [{NEWSIP}] blocked using bl.spamcop.net (in reply\n    to RCPT TO command)"),
    ("w.otieno@nairobi-florists.example", "5.2.2", "mail.nairobi-florists.example",
     "smtp; 552 5.2.2 <w.otieno@nairobi-florists.example>: Mailbox over quota",
     "host mail.nairobi-florists.example[192.0.2.71] said: 552 5.2.2\n    <w.otieno@nairobi-florists.example>: Mailbox over quota (in reply to RCPT TO\n    command)"),
], dt(2026, 11, 18, 6, 2, 40)))
expect(n, "s.mwangi@nairobi-florists.example", "userunknown", True, "5.1.1", "550", "failed", "postfix")
expect(n, "accounts@nairobi-florists.example", "blocked", False, "5.7.1", "554", "failed", "postfix")
expect(n, "w.otieno@nairobi-florists.example", "mailboxfull", False, "5.2.2", "552", "failed", "postfix")

n = "perm-netease163-user-not-found-gbk.eml"
ne_text = ("您好，\n\n很遗憾，您发送的邮件未能投递到以下收件人：\n\n  zhou.ping1990@163.com\n\n"
           "原因：收件人不存在。对方服务器返回：550 User not found: zhou.ping1990@163.com\n\n"
           "请核对收件人地址后重新发送。\n\n此邮件由系统自动发出，请勿回复。")
write(OUT, n, mail([received([("m16.mail.163.com", "203.0.113.16", "mx1.dispatch.harborlight-media.example", "Postfix",
                                qid(n), dt(2026, 11, 18, 14, 6, 2, "+0800"))]),
                    ("Date", dt(2026, 11, 18, 14, 6, 2, "+0800")),
                    ("From", enc_header("退信服务", "gbk") + " <postmaster@163.com>"), ("To", NEWS),
                    ("Subject", enc_header("系统退信：Harborlight Weekly #212", "gbk")),
                    ("Message-ID", mid(n, "163.com")), ("Auto-Submitted", "auto-replied")],
                   text_part(ne_text, "gbk", "base64")))
expect(n, "zhou.ping1990@163.com", "userunknown", True, "", "550", "failed", "netease")

n = "perm-exim-no-such-user-and-vacation-word.eml"
ex_host2 = "mail.orchard-cottages.example"
exim_text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  holidays@orchard-cottages.example
    host {ex_host2} [192.0.2.95]
    SMTP error from remote mail server after RCPT TO:<holidays@orchard-cottages.example>:
    550 5.1.1 <holidays@orchard-cottages.example>: mailbox unavailable - the
    holiday-lettings address was removed, no such user

------ This is a copy of the message, including all the headers. ------

""" + orig(n, "holidays@orchard-cottages.example", dt(2026, 11, 18, 6, 0, 2)) + "\nThis week: winter timetable.\n"
write(OUT, n, mail([received([("relay.harborlight-media.example", NEWSIP, NEWSHOST, "Exim 4.97", qid(n), dt(2026, 11, 18, 6, 1, 0))]),
                    ("Date", dt(2026, 11, 18, 6, 1, 0)), ("From", "Mail Delivery System <Mailer-Daemon@relay.harborlight-media.example>"),
                    ("To", NEWS), ("Subject", "Mail delivery failed: returning message to sender"),
                    ("Message-ID", mid(n, "relay.harborlight-media.example")), ("Auto-Submitted", "auto-replied")],
                   text_part(exim_text)))
expect(n, "holidays@orchard-cottages.example", "userunknown", True, "5.1.1", "550", "failed", "exim")

vac("vac-pl-odpowiedz-automatyczna.eml", "Tomasz Wrona <t.wrona@biuro-wrona.example>",
    "Odpowiedź automatyczna: Harborlight Weekly #212",
    "Dzień dobry,\n\nprzebywam na urlopie do 29 listopada i nie mam dostępu do poczty.\n"
    "Na wiadomość odpowiem po powrocie. W pilnych sprawach proszę pisać na\nbiuro@biuro-wrona.example.\n\nPozdrawiam\nTomasz Wrona",
    charset="iso-8859-2", cte="quoted-printable", subj_charset="iso-8859-2", auto=False,
    extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
pf("perm-yahoo-no-such-account.eml", "surf_and_sand_77@yahoo.com", "5.0.0", "mta5.am0.yahoodns.net",
   "554", "delivery error: dd This user doesn't have a yahoo.com account (surf_and_sand_77@yahoo.com) [0] - mta5.am0.yahoodns.net",
   "userunknown", True, vendor="yahoo")

n = "perm-exim-mx-points-nowhere.eml"
exim_text2 = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  membership@tidepool-rowing.example
    Unrouteable address: all relevant MX records point to non-existent hosts

------ This is a copy of the message, including all the headers. ------

""" + orig(n, "membership@tidepool-rowing.example", dt(2026, 11, 18, 6, 0, 2)) + "\nThis week: winter timetable.\n"
write(OUT, n, mail([received([("relay.harborlight-media.example", NEWSIP, NEWSHOST, "Exim 4.97", qid(n), dt(2026, 11, 18, 6, 0, 40))]),
                    ("Date", dt(2026, 11, 18, 6, 0, 40)), ("From", "Mail Delivery System <Mailer-Daemon@relay.harborlight-media.example>"),
                    ("To", NEWS), ("Subject", "Mail delivery failed: returning message to sender"),
                    ("Message-ID", mid(n, "relay.harborlight-media.example")), ("Auto-Submitted", "auto-replied")],
                   text_part(exim_text2)))
expect(n, "membership@tidepool-rowing.example", "hostunknown", True, "", "", "failed", "exim")

n = "gaveup-sendmail-5-days-connection-refused.eml"
sm_text2 = f"""The original message was received at Fri, 13 Nov 2026 06:00:02 GMT
from {NEWSHOST} [{NEWSIP}]

   ----- Transcript of session follows -----
<n.achebe@enugu-books.example>... Deferred: Connection refused by mail.enugu-books.example.
Message could not be delivered for 5 days
Message will be deleted from queue
"""
write(OUT, n, dsn_mail(n, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{sm_host}>", to=NEWS,
                       subject="Returned mail: see transcript for details",
                       date=dt(2026, 11, 18, 6, 10, 4), host=sm_host, hops=bounce_hops(n, dt(2026, 11, 18, 6, 10, 4)),
                       text=sm_text2,
                       recips=[{"final": "n.achebe@enugu-books.example", "action": "failed", "status": "4.4.7",
                                "remote": "mail.enugu-books.example", "diag": "SMTP; Connection refused",
                                "last": dt(2026, 11, 18, 6, 9, 58)}],
                       orig=orig(n, "n.achebe@enugu-books.example", dt(2026, 11, 13, 6, 0, 2)),
                       arrival=dt(2026, 11, 13, 6, 0, 2)))
expect(n, "n.achebe@enugu-books.example", "expired", False, "4.4.7", "", "failed", "sendmail")

# ---------------------------------------------------------------- near-misses (no record)


def nb(name, frm, to, subject, body, *, charset="us-ascii", cte=None, extra=(), date=None, subj_charset=None, ctype=None):
    date = date or dt(2026, 11, 18, 9, 30, 0)
    host = frm.split("@")[1].rstrip(">")
    heads = [received([("out." + host, "203.0.113.%d" % (len(name) % 200 + 30), "mx1.dispatch.harborlight-media.example",
                        "Postfix", qid(name), date)]),
             ("Date", date), ("From", frm), ("To", to),
             ("Subject", enc_header(subject, subj_charset) if subj_charset else subject),
             ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, ctype if ctype is not None else tpart(body, charset, cte)))


n = "nb-postfix-success-dsn-delivered.eml"
write(NB, n, dsn_mail(n, frm="MAILER-DAEMON@" + NEWSHOST + " (Mail Delivery System)", to=NEWS,
                      subject="Successful Mail Delivery Report", date=dt(2026, 11, 18, 6, 0, 5), host=NEWSHOST,
                      hops=bounce_hops(n, dt(2026, 11, 18, 6, 0, 5)),
                      text=f"This is the mail system at host {NEWSHOST}.\n\nYour message was successfully delivered to the destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n                   The mail system\n\n<editor@seaside-press.example>: delivery via mx.seaside-press.example[192.0.2.33]:25:\n    250 2.0.0 Ok: queued as 4Q8kLm1ZxT\n",
                      recips=[{"final": "editor@seaside-press.example", "action": "delivered", "status": "2.0.0",
                               "remote": "mx.seaside-press.example", "diag": "smtp; 250 2.0.0 Ok: queued as 4Q8kLm1ZxT"}],
                      orig=orig(n, "editor@seaside-press.example", dt(2026, 11, 18, 6, 0, 2))))

n = "nb-exchange-delivered-to-following-recipients.eml"
nb(n, "Microsoft Outlook <postmaster@harborlight-media.example>", NEWS, "Delivered: " + ISSUE,
   "Your message has been delivered to the following recipients:\n\nboard@harborlight-media.example (board@harborlight-media.example)\n\n"
   "Subject: " + ISSUE + "\n", extra=[("X-MS-Exchange-Organization-SCL", "-1")])

n = "nb-mdn-read-receipt-displayed.eml"
bnd = boundary(n)
mdn = multipart("report", [text_part("This is a receipt for the mail you sent to\n<l.moreau@atelier-moreau.example> at 18/11/2026 07:01\n\n"
                                     "This receipt verifies that the message has been displayed on the\nrecipient's computer at 18/11/2026 08:15"),
                           part("message/disposition-notification",
                                "Reporting-UA: atelier-moreau.example; Thunderbird 128.4.0\nFinal-Recipient: rfc822;l.moreau@atelier-moreau.example\n"
                                f"Original-Message-ID: {mid(n + '/orig', 'dispatch.harborlight-media.example')}\n"
                                "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
                bnd, " report-type=disposition-notification;")
nb(n, "Laure Moreau <l.moreau@atelier-moreau.example>", NEWS, "Return Receipt (displayed) - " + ISSUE, "", ctype=mdn)

nb("nb-outlook-read-notice-text.eml", "Tariq Aziz <t.aziz@gulfview-clinic.example>", NEWS, "Read: " + ISSUE,
   "Your message\n\n  To: t.aziz@gulfview-clinic.example\n  Subject: " + ISSUE + "\n  Sent: Wednesday, November 18, 2026 6:00:02 AM (UTC+00:00)\n\n"
   "was read on Wednesday, November 18, 2026 9:44:51 AM (UTC+04:00).\n")
nb("nb-o365-quarantine-digest.eml", "Microsoft 365 Message center <quarantine@messaging.microsoft.com>", "staff@harborlight-media.example",
   "Microsoft 365 security: You have messages in quarantine",
   "Review these 3 messages that were blocked from delivery to your mailbox.\nThey will be deleted after 30 days.\n\n"
   "Sender: promo@deals-unlimited.example\nSubject: Last chance: 80% off\nDate: 17 November 2026 22:14\n[Release]  [Block sender]  [Review]\n\n"
   "Sender: invoice@payments-alert.example\nSubject: Your invoice is overdue\nDate: 18 November 2026 01:02\n[Release]  [Block sender]  [Review]\n\n"
   "Sender: no-reply@lottery-winner.example\nSubject: You won!\nDate: 18 November 2026 03:40\n[Release]  [Block sender]  [Review]\n",
   extra=[("X-MS-Exchange-Organization-AuthAs", "Internal")])
nb("nb-proofpoint-end-user-digest.eml", "Proofpoint Essentials <digest@proofpointessentials.com>", "editor@harborlight-media.example",
   "End User Digest: 4 New Messages",
   "You have 4 new messages in your quarantine since your last digest.\nQuarantined messages are deleted after 14 days.\n\n"
   "  Score  From                         Subject\n  91     offers@cheap-ink.example     Toner 70% off\n  88     hr@job-board-now.example     Work from home\n"
   "  77     ceo@harb0rlight.example      Urgent wire\n  64     news@seo-gurus.example       Rank #1 today\n\nRelease | Safelist | Blocklist\n")
nb("nb-zendesk-auto-ack.eml", "Seaside Tickets Support <support@seaside-tickets.example>", NEWS, "[Request received] " + ISSUE,
   "##- Please type your reply above this line -##\n\nThank you for contacting Seaside Tickets. Your request (#48213) has been\n"
   "received and is being reviewed by our support staff. To add comments,\nreply to this email.\n\nSeaside Tickets Support\n",
   extra=[("Auto-Submitted", "auto-generated"), ("X-Zendesk-From-Account-Id", "8fa21c")])
nb("nb-freshdesk-ticket-created.eml", "Helpdesk <help@glenmore-utilities.example>", NEWS, "Ticket Received - #7731 " + ISSUE,
   "Dear Customer,\n\nWe would like to acknowledge that we have received your request and a ticket\nhas been created with ID #7731. "
   "A support agent will be reviewing your request and\nwill send you a personal response (usually within 24 hours).\n\nGlenmore Utilities Helpdesk\n",
   extra=[("Auto-Submitted", "auto-replied"), ("X-Freshdesk-Ticket", "7731")])
nb("nb-zh-helpdesk-ticket-ack-gb18030.eml", enc_header("客户服务", "gb18030") + " <kefu@fenghua-express.example>", NEWS,
   "您的工单已受理（编号 20261118-0452）",
   "您好！\n\n我们已收到您的来信，工单编号 20261118-0452。客服人员会在一个工作日内回复您。\n"
   "请勿直接回复本邮件。\n\n丰华快运客户服务中心", charset="gb18030", cte="base64", subj_charset="gb18030",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-unsubscribe-confirmation-en.eml", "Harborlight Weekly <news@dispatch.harborlight-media.example>", "a.grant@millbrook-farm.example",
   "You have been unsubscribed from Harborlight Weekly",
   "Hi,\n\nThis confirms that a.grant@millbrook-farm.example has been removed from the\nHarborlight Weekly mailing list. You will not receive further issues.\n\n"
   "Unsubscribed by mistake? Resubscribe: https://harborlight-media.example/weekly/subscribe\n")
nb("nb-unsubscribe-confirmation-de.eml", "Newsletter Stadtbibliothek <newsletter@stadtbibliothek-kiel.example>", "redaktion@harborlight-media.example",
   "Abmeldung bestätigt",
   "Guten Tag,\n\nSie haben sich erfolgreich vom Newsletter der Stadtbibliothek abgemeldet.\n"
   "Ihre Adresse redaktion@harborlight-media.example wurde aus dem Verteiler entfernt.\n\nIhre Stadtbibliothek",
   charset="utf-8", cte="quoted-printable", subj_charset="utf-8")
nb("nb-mailman-unsubscribe-result.eml", "weekly-request@lists.harborlight-media.example", "p.hale@northgate-arts.example",
   "The results of your email commands",
   "The results of your email command are provided below.\n\n- Results:\n    p.hale@northgate-arts.example has been removed from Weekly-Readers.\n\n- Done.\n",
   extra=[("List-Id", "<weekly-readers.lists.harborlight-media.example>"), ("Precedence", "bulk")])
nb("nb-reader-quotes-bounce-asks.eml", "Maggie Dunn <maggie.dunn@fastmail.example>", NEWS, "Re: Undelivered Mail Returned to Sender",
   "Hi Harborlight team,\n\nI tried to forward your last issue to my brother and got the message below.\n"
   "Is it your end or his? His address is fine, I wrote to him yesterday.\n\nMaggie\n\n"
   "> This is the mail system at host smtp.fastmail.example.\n> I'm sorry to have to inform you that your message could not\n"
   "> be delivered to one or more recipients.\n>\n> <d.dunn@coastline-isp.example>: host mx.coastline-isp.example said:\n"
   ">     550 5.1.1 User unknown (in reply to RCPT TO command)\n")
nb("nb-reader-reply-fr-cite-erreur.eml", "Hugo Lambert <hugo.lambert@vigneron-lambert.example>", NEWS, "Re: Harborlight Weekly #212",
   "Bonjour,\n\nMerci pour la lettre. Mon collègue me dit qu'il a reçu ce message en\nvoulant vous répondre :\n\n"
   "  « 550 5.7.1 Message rejeté : boîte aux lettres pleine »\n\nEst-ce que votre adresse de réponse fonctionne ?\n\nHugo",
   charset="utf-8", cte="quoted-printable")
nb("nb-colleague-subject-out-of-office-party.eml", "Events <events@harborlight-media.example>", "all-staff@harborlight-media.example",
   "Out of office: team day on Friday!",
   "Hi all,\n\nReminder: the whole office is out on Friday for the team day at the\nlighthouse museum. Coach leaves at 09:00. Bring a coat.\n\nEvents team\n")
nb("nb-ses-delivery-notification-json.eml", "no-reply@sns.amazonaws.com", "ops@harborlight-media.example",
   "AWS Notification Message",
   '{\n  "Type" : "Notification",\n  "MessageId" : "5f0e2d4a-9b1c-4e2a-8a7e-0c5d9a1b2c3d",\n  "TopicArn" : "arn:aws:sns:eu-west-1:123456789012:weekly-delivery",\n'
   '  "Message" : "{\\"notificationType\\":\\"Delivery\\",\\"mail\\":{\\"source\\":\\"news@dispatch.harborlight-media.example\\",\\"destination\\":[\\"k.ito@shore-clinic.example\\"]},\\"delivery\\":{\\"recipients\\":[\\"k.ito@shore-clinic.example\\"],\\"smtpResponse\\":\\"250 2.0.0 OK\\"}}",\n'
   '  "Timestamp" : "2026-11-18T06:00:04.118Z"\n}\n', extra=[("x-amz-sns-message-type", "Notification")])
nb("nb-esp-weekly-deliverability-report.eml", "Reports <reports@esp-platform.example>", "ops@harborlight-media.example",
   "Weekly sending report: 3 hard bounces, 41 soft bounces",
   "Campaign: Harborlight Weekly #212\nSent: 18,402  Delivered: 18,311  Opens: 41%\nHard bounces: 3 (user unknown)\n"
   "Soft bounces: 41 (mailbox full, out of office, deferred)\nComplaints: 2\n\nSuppression list updated automatically.\n")
nb("nb-it-notice-blocklist-delisted.eml", "IT Operations <it-ops@harborlight-media.example>", "newsroom@harborlight-media.example",
   "Resolved: our mail server was listed on a blocklist",
   "Hello everyone,\n\nOn Tuesday some readers' servers refused our newsletter with \"554 5.7.1\nClient host blocked using zen.spamhaus.org\". "
   "We have been delisted and the\nsending IP is clean again. No action is needed on your side.\n\nIT Operations\n")
nb("nb-reader-says-mailbox-was-full.eml", "Ben Carter <ben.carter@holloway-net.example>", NEWS, "Missed two issues",
   "Hello,\n\nMy mailbox was full last week so I think I missed issues #210 and #211.\nI have cleared it out now. Could you resend them?\n\nThanks, Ben\n")
nb("nb-vacation-plan-announcement.eml", "Rita Gomes <rita.gomes@harborlight-media.example>", "desk@harborlight-media.example",
   "My leave dates (out of office 20-27 Nov)",
   "Hi desk,\n\nFor planning: I will be on leave from 20 to 27 November. While I'm away\nSam covers the weekly. I'll set an auto-reply.\n\nRita\n")
nb("nb-google-groups-delivered-digest.eml", "Google Groups <noreply@googlegroups.com>", "editor@harborlight-media.example",
   "Your message to coastal-history was delivered",
   "Your message to the group coastal-history has been posted and delivered\nto the members of the group.\n\n"
   "Subject: " + ISSUE + "\n\nView it at https://groups.google.com/g/coastal-history\n",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-dkim-tlsrpt-summary-human.eml", "Postmaster Desk <postmaster@harborlight-media.example>", "it-ops@harborlight-media.example",
   "Weekly mail health: SPF pass, DKIM pass, DMARC aligned",
   "Summary for 11-17 Nov:\n  SPF: 99.8% pass\n  DKIM: 100% pass\n  DMARC: aligned on all major receivers\n  Rejected by receivers: 0.02%\n\nNothing to do.\n")
nb("nb-ja-unsubscribe-kanryo-iso2022jp.eml", "Hokuriku Shimbun <info@hokuriku-shimbun.example>", "editor@harborlight-media.example",
   "配信停止手続き完了のお知らせ",
   "配信停止の手続きが完了しました。\n今後、メールマガジンは配信されません。\n\nご利用ありがとうございました。",
   charset="iso-2022-jp", cte="7bit", subj_charset="iso-2022-jp")

nb("nb-kayako-autoresponder-ack.eml", "Pier Authority Help Centre <helpdesk@pier-authority.example>", NEWS,
   "[#PA-55120] Re: " + ISSUE,
   "This is an automated response to let you know we have received your email.\n"
   "Reference: #PA-55120. Our team answers within two working days.\n"
   "You can check the status at https://help.pier-authority.example/ticket/PA-55120\n\nPier Authority Help Centre\n",
   extra=[("Auto-Submitted", "auto-replied"), ("X-Kayako-Ticket", "PA-55120"), ("Precedence", "bulk")])
nb("nb-list-thread-about-ooo-replies.eml", "Nadia Petrov <n.petrov@ops-forum.example>", "newsletter-ops@lists.ops-forum.example",
   "Re: Do you suppress out-of-office replies?",
   "> Do you count \"Automatic reply\" and \"Abwesenheitsnotiz\" as bounces?\n\n"
   "No. We only suppress after a 5.1.1 \"user unknown\" or a 5.1.2 host not found.\n"
   "Mailbox full and blocklist rejections get three retries over a week.\n\nNadia\n",
   extra=[("List-Id", "<newsletter-ops.lists.ops-forum.example>"), ("Precedence", "list")])

write_expected(os.path.join(OUT, "expected.jsonl"))
