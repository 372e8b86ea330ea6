#!/usr/bin/env python3
"""Writes testdata/unseen/batch-63: recipients at Microsoft's mail services
(2022-2026) as a small company sees them: its Postfix host (newsletters,
the web shop, the ticket system) sending to Outlook.com / Hotmail / Live /
MSN consumer mailboxes and to business tenants on Exchange Online, and its
own Microsoft 365 tenant's NDRs ("Your message to ... couldn't be
delivered") in English, German, French, Spanish and Japanese. About one in
eight is a delay. Near-misses in not-bounce/: Microsoft 365 admin alerts,
quarantine notices, recall reports, read receipts, Teams/SharePoint mail.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch63.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

CO = "harrowgate-instruments.example"
PFHOST = "mx1." + CO
PFIP = "198.51.100.23"
TENANT = "harrowgateinstr.onmicrosoft.com"
EXCH = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + CO


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


# ---------------------------------------------------------------- Postfix side

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


def wrap_said(addr, mx, ip, reply, stage, delay=False):
    """Postfix's "host X[ip] said: ..." line, folded the way Postfix folds."""
    lead = f"<{addr}>: host {mx}[{ip}] said: {reply} (in reply to {stage} command)"
    words = lead.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 72:
            lines.append(cur)
            cur = "    " + w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(lines) + "\n"


def pf(name, *, sender, subj, odate, date, rcpts, delay_hours=None, arrival=None):
    """rcpts: list of dict(addr, mx, ip, reply, stage, status, reason, hard, vendor[, text])."""
    head = PF_DELAY.format(host=PFHOST, hours=delay_hours) if delay_hours else PF_HEAD.format(host=PFHOST)
    body = head
    recs = []
    for r in rcpts:
        body += r.get("text") or wrap_said(r["addr"], r["mx"], r["ip"], r["reply"], r["stage"])
        body += "\n"
        code = r["reply"].split(" ")[0]
        recs.append({"final": r["addr"], "original": r["addr"], "action": "delayed" if delay_hours else "failed",
                     "status": r["status"], "remote": r["mx"], "diag": r["reply"],
                     "will_retry": plus_days(odate, 5) if delay_hours else None})
        expect(name, r["addr"], r["reason"], hard=r.get("hard", False), status=r["status"], reply=code,
               action="delayed" if delay_hours else "failed", vendor=r.get("vendor", "Postfix"))
    subject = "Delayed Mail (still being retried)" if delay_hours else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{PFHOST} (Mail Delivery System)", to=sender, subject=subject,
                    date=date, host=PFHOST,
                    hops=f"Return-Path: <>\nDelivered-To: {sender}\n" + hop(name, PFHOST, "Postfix", date),
                    text=body, recips=recs, arrival=arrival or odate,
                    orig=(f"Received: from shop.{CO} (shop.{CO} [198.51.100.40])\n\tby {PFHOST} (Postfix) with ESMTPS id {qid(name + 'o', 10)};\n\t{odate}\n"
                          + orig_headers(sender, ", ".join(r["addr"] for r in rcpts), subj, odate, mid(name + "/o", PFHOST))))


def plus_days(date, days):
    """Will-Retry-Until: the original date plus Postfix's queue lifetime."""
    import datetime
    from email.utils import format_datetime, parsedate_to_datetime
    return format_datetime(parsedate_to_datetime(date) + datetime.timedelta(days=days))


OUTLOOK_MX = "outlook-com.olc.protection.outlook.com"
HOTMAIL_MX = "hotmail-com.olc.protection.outlook.com"


# ------------------------------------------------- Exchange Online NDR side

L = {
    "en": dict(
        subj="Undeliverable: ", dsubj="Delivery delayed: ",
        head="Your message to {rcpt} couldn't be delivered.",
        dhead="Delivery is delayed to these recipients or groups:",
        action="Action Required", recipient="Recipient",
        fix="How to Fix It", info="More Info for Email Admins", status="Status code:",
        details="Original Message Details", created="Created Date:", saddr="Sender Address:",
        raddr="Recipient Address:", subject="Subject:", err="Error Details", error="Error:",
        rej="Message rejected by:", notif="Notification Details", sent="Sent by:",
        dbody=("Subject: {osubj}\n\nThis message hasn't been delivered yet. Delivery will continue to be\n"
               "attempted.\n\nThe server will keep trying to deliver this message for the next 1 days,\n"
               "19 hours and 52 minutes. You'll be notified if the message can't be\ndelivered by that time."),
        charset="us-ascii"),
    "de": dict(
        subj="Unzustellbar: ", dsubj="Zustellung verzögert: ",
        head="Ihre Nachricht an {rcpt} konnte nicht übermittelt werden.",
        dhead="Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:",
        action="Aktion erforderlich", recipient="Empfänger",
        fix="So beheben Sie das Problem", info="Weitere Informationen für E-Mail-Administratoren",
        status="Statuscode:", details="Details der ursprünglichen Nachricht", created="Erstellungsdatum:",
        saddr="Absenderadresse:", raddr="Empfängeradresse:", subject="Betreff:", err="Fehlerdetails",
        error="Fehler:", rej="Nachricht abgelehnt von:", notif="Benachrichtigungsdetails", sent="Gesendet von:",
        dbody=("Betreff: {osubj}\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht,\n"
               "die Nachricht zuzustellen.\n\nDer Server wird noch 1 Tage, 20 Stunden und 3 Minuten lang versuchen,\n"
               "die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht\n"
               "bis dahin nicht zugestellt werden kann."),
        charset="utf-8"),
    "fr": dict(
        subj="Non remis : ", dsubj="Remise différée : ",
        head="Votre message à {rcpt} n’a pas pu être remis.",
        dhead="La remise aux destinataires ou groupes suivants est différée :",
        action="Action requise", recipient="Destinataire",
        fix="Comment résoudre le problème", info="Plus d’informations pour les administrateurs de messagerie",
        status="Code d’état :", details="Détails du message d’origine", created="Date de création :",
        saddr="Adresse de l’expéditeur :", raddr="Adresse du destinataire :", subject="Objet :",
        err="Détails de l’erreur", error="Erreur :", rej="Message rejeté par :",
        notif="Détails de la notification", sent="Envoyé par :",
        dbody=("Objet : {osubj}\n\nCe message n’a pas encore été remis. Les tentatives de remise se\n"
               "poursuivront.\n\nLe serveur continuera d’essayer de remettre ce message pendant encore\n"
               "1 jours, 21 heures et 40 minutes. Vous serez averti si le message ne peut\n"
               "pas être remis dans ce délai."),
        charset="utf-8"),
    "es": dict(
        subj="No se puede entregar: ", dsubj="Entrega retrasada: ",
        head="No se pudo entregar el mensaje a {rcpt}.",
        dhead="La entrega a estos destinatarios o grupos se ha retrasado:",
        action="Acción necesaria", recipient="Destinatario",
        fix="Cómo solucionarlo", info="Más información para administradores de correo electrónico",
        status="Código de estado:", details="Detalles del mensaje original", created="Fecha de creación:",
        saddr="Dirección del remitente:", raddr="Dirección del destinatario:", subject="Asunto:",
        err="Detalles del error", error="Error:", rej="Mensaje rechazado por:",
        notif="Detalles de la notificación", sent="Enviado por:",
        dbody=("Asunto: {osubj}\n\nEste mensaje aún no se ha entregado. Se seguirá intentando entregarlo.\n\n"
               "El servidor seguirá intentando entregar este mensaje durante los próximos\n"
               "1 días, 18 horas y 12 minutos. Se le notificará si el mensaje no se puede\n"
               "entregar en ese tiempo."),
        charset="utf-8"),
    "ja": dict(
        subj="配信不能: ", dsubj="配信の遅延: ",
        head="{rcpt} へのメッセージを配信できませんでした。",
        dhead="次の受信者またはグループへの配信が遅れています:",
        action="操作が必要です", recipient="受信者",
        fix="修正方法", info="メール管理者向けの詳細情報", status="状態コード:",
        details="元のメッセージの詳細", created="作成日:", saddr="送信者のアドレス:",
        raddr="受信者のアドレス:", subject="件名:", err="エラーの詳細", error="エラー:",
        rej="メッセージを拒否したサーバー:", notif="通知の詳細", sent="送信元:",
        dbody=("件名: {osubj}\n\nこのメッセージはまだ配信されていません。配信は引き続き試行されます。\n\n"
               "サーバーは今後 1 日 22 時間 5 分間、このメッセージの配信を試行します。\n"
               "この時間内に配信できない場合は通知されます。"),
        charset="utf-8"),
}


def ms_date(date):
    """The NDR's own date style: 11/14/2025 9:12:44 AM."""
    from email.utils import parsedate_to_datetime
    d = parsedate_to_datetime(date)
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def exo_ndr(name, *, lang, sender, osubj, odate, date, rcpts, summary, fix, admin, rejected_by,
            sent_by="DB9P195MB1402.EURP195.PROD.OUTLOOK.COM", delay=False):
    """An Exchange Online NDR of the modern layout: text and HTML of the same
    content, a delivery-status part and the returned headers.
    rcpts: list of dict(addr, status, diag, reason, hard, vendor)."""
    t = L[lang]
    first = rcpts[0]["addr"]
    if delay:
        lines = [t["dhead"], ""] + [r["addr"] for r in rcpts] + ["", t["dbody"].format(osubj=osubj), "",
                                                                  t["info"], ""]
        for r in rcpts:
            lines.append(f"{t['status']} {r['diag'].split(' ')[1] if r['diag'][:1].isdigit() else r['status']}")
        lines += ["", admin, "", t["details"],
                  f"{t['created']}\t{ms_date(odate)}", f"{t['saddr']}\t{sender}",
                  f"{t['raddr']}\t{', '.join(r['addr'] for r in rcpts)}", f"{t['subject']}\t{osubj}", "",
                  t["err"]]
        for r in rcpts:
            lines.append(f"{t['error']}\t{r['diag']}")
        lines += ["", t["notif"], f"{t['sent']}\t{sent_by}", ""]
    else:
        lines = [t["head"].format(rcpt=", ".join(r["addr"] for r in rcpts)), "", summary, "",
                 f"{sender.split('@')[0]}\tOffice 365\t{first.split('@')[0]}",
                 f"{t['action']}\t\t\t{t['recipient']}", "", t["fix"], fix, "", t["info"], ""]
        for r in rcpts:
            code = r["diag"].split(" ")
            lines.append(f"{t['status']} {code[0]} {code[1]}")
        lines += ["", admin, "", t["details"],
                  f"{t['created']}\t{ms_date(odate)}", f"{t['saddr']}\t{sender}",
                  f"{t['raddr']}\t{', '.join(r['addr'] for r in rcpts)}", f"{t['subject']}\t{osubj}", "",
                  t["err"]]
        for r in rcpts:
            lines.append(f"{t['error']}\t{r['diag']}")
        lines += [f"{t['rej']}\t{rejected_by}", "", t["notif"], f"{t['sent']}\t{sent_by}", ""]
    text = "\n".join(lines)
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + t["charset"] + "\">\n</head>\n"
            "<body>\n<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">\n")
    for ln in lines:
        html += ("<p>" + ln.replace("&", "&amp;").replace("<", "&lt;").replace("\t", "&nbsp;&nbsp;") + "</p>\n") if ln else "<br>\n"
    html += "</div>\n</body>\n</html>\n"
    charset = t["charset"]
    cte = "7bit" if charset == "us-ascii" else "base64"
    tp = multipart("alternative", [text_part(text, charset, cte), text_part(html, "utf-8" if charset != "us-ascii" else "us-ascii", "quoted-printable" if charset == "us-ascii" else "base64", "html")],
                   boundary(name, 2), "")
    recs = []
    for r in rcpts:
        recs.append({"final": r["addr"], "action": "delayed" if delay else "failed", "status": r["status"],
                     "remote": r.get("remote"), "diag": r["diag"]})
        expect(name, r["addr"], r["reason"], hard=r.get("hard", False), status=r["status"],
               reply=r["diag"].split(" ")[0] if r["diag"][:1].isdigit() else "",
               action="delayed" if delay else "failed", vendor=r.get("vendor", "Office365"))
    ds = delivery_status(sent_by.lower(), recs, arrival=odate)
    orig = orig_headers(sender, ", ".join(r["addr"] for r in rcpts), osubj, odate, mid(name + "/o", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM"),
                        extra=("X-MS-Exchange-Organization-SCL: 1\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n"
                               f"x-ms-exchange-senderadcheck: 1\nContent-Language: {lang if lang != 'en' else 'en-GB'}"))
    if any(ord(c) > 127 for c in osubj):
        orig = orig.replace(f"Subject: {osubj}\n", f"Subject: {enc_header(osubj, 'utf-8')}\n")
    bnd = boundary(name)
    body = multipart("report", [tp, ds, part("text/rfc822-headers", orig, cte="7bit")], bnd,
                     " report-type=delivery-status;")
    subj = (t["dsubj"] if delay else t["subj"]) + osubj
    subj_h = subj if all(ord(c) < 128 for c in subj) else enc_header(subj, "utf-8")
    hops = ("Received: from DB9P195MB1402.EURP195.PROD.OUTLOOK.COM (2603:10a6:10:3f4::9)\n"
            " by DB9P195MB1402.EURP195.PROD.OUTLOOK.COM with mapi; " + date + "\n"
            f"X-MS-Exchange-Organization-SCL: -1\nX-MS-Exchange-Organization-AuthSource: {sent_by}\n"
            "X-MS-Exchange-Organization-AuthAs: Internal\nX-MS-Exchange-Message-Is-Ndr:\n"
            f"Content-Language: {lang if lang != 'en' else 'en-US'}")
    heads = [hops, ("From", "Microsoft Outlook <" + EXCH + ">" if lang == "en" else "Microsoft Outlook <" + EXCH + ">"),
             ("To", sender), ("Date", date), ("Subject", subj_h),
             ("Message-ID", mid(name, "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM")),
             ("In-Reply-To", mid(name + "/o", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM")),
             ("Thread-Topic", osubj if all(ord(c) < 128 for c in osubj) else enc_header(osubj, "utf-8")),
             ("Auto-Submitted", "auto-replied")]
    return mail(heads, body)


def P(name, **kw):
    write(OUT, name, pf(name, **kw))


def X(name, **kw):
    write(OUT, name, exo_ndr(name, **kw))


S_SHOP = "orders@shop." + CO
S_NEWS = "news@" + CO
S_TIX = "support@" + CO

# ================================================================ Postfix -> consumer mailboxes

P("b63-pf-outlookcom-s3140-network-on-block-list.eml", sender=S_SHOP, subj="Your order HI-20418 has shipped",
  odate=dt(2024, 2, 6, 9, 14, 2), date=dt(2024, 2, 6, 9, 14, 5),
  rcpts=[dict(addr="m.okafor@outlook.com", mx=OUTLOOK_MX, ip="52.101.68.14", stage="MAIL FROM", status="5.7.1",
              reply=f"550 5.7.1 Unfortunately, messages from [{PFIP}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2024-02-06T09:14:04.811Z 08DC25F1C3A8B5E2]",
              reason="blocked")])

P("b63-pf-hotmailcouk-s3150-block-list.eml", sender=S_NEWS, subj="Harrowgate news: spring calibration offers",
  odate=dt(2023, 4, 18, 6, 0, 11), date=dt(2023, 4, 18, 6, 0, 19),
  rcpts=[dict(addr="dave.pemberton@hotmail.co.uk", mx="eur.olc.protection.outlook.com", ip="52.101.73.2",
              stage="MAIL FROM", status="5.7.1",
              reply=f"550 5.7.1 Unfortunately, messages from [{PFIP}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB1PEPF000509E8.eurprd03.prod.outlook.com 2023-04-18T06:00:17.442Z 08DB3F12A0C4D7B1]",
              reason="blocked")])

P("b63-pf-livecom-s775-dynamic-range-refused.eml", sender=S_TIX, subj="[HI-Support #88213] Your ticket was updated",
  odate=dt(2022, 9, 27, 14, 41, 50), date=dt(2022, 9, 27, 14, 41, 53),
  rcpts=[dict(addr="sunnyfarm_kate@live.com", mx="live-com.olc.protection.outlook.com", ip="52.101.41.7",
              stage="RCPT TO", status="5.7.1",
              reply=f"550 5.7.1 Service unavailable, Client host [{PFIP}] refused: the sending IP is listed in our block list as a dynamically assigned address range (S775). Ask your provider for a static IP with a matching host name. [MW2NAM10FT062.eop-nam10.prod.protection.outlook.com]",
              reason="blocked")])

P("b63-pf-msn-5.5.0-mailbox-unavailable.eml", sender=S_SHOP, subj="Password reset for your Harrowgate account",
  odate=dt(2025, 1, 9, 22, 3, 40), date=dt(2025, 1, 9, 22, 3, 42),
  rcpts=[dict(addr="gordon.haskell61@msn.com", mx="msn-com.olc.protection.outlook.com", ip="52.101.9.31",
              stage="RCPT TO", status="5.5.0",
              reply="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [SA2PEPF00001507.namprd04.prod.outlook.com 2025-01-09T22:03:41.903Z 08DD30A8E5F1B9C4]",
              reason="userunknown", hard=True)])

P("b63-pf-hotmailfr-two-recipients-mailbox-unavailable.eml", sender=S_NEWS, subj="Lettre d'information Harrowgate - mars",
  odate=dt(2025, 3, 11, 7, 30, 0), date=dt(2025, 3, 11, 7, 30, 6),
  rcpts=[dict(addr="claire.vasseur@hotmail.fr", mx="eur.olc.protection.outlook.com", ip="52.101.73.9",
              stage="RCPT TO", status="5.5.0",
              reply="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM3PEPF0000A78E.eurprd04.prod.outlook.com 2025-03-11T07:30:04.120Z 08DD5F33C2A1E0B7]",
              reason="userunknown", hard=True),
         dict(addr="b.lefevre77@hotmail.fr", mx="eur.olc.protection.outlook.com", ip="52.101.73.9",
              stage="RCPT TO", status="5.5.0",
              reply="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM3PEPF0000A78E.eurprd04.prod.outlook.com 2025-03-11T07:30:04.188Z 08DD5F33C2A1E0B7]",
              reason="userunknown", hard=True)])

P("b63-pf-outlookcom-5.7.515-authentication-level.eml", sender=S_NEWS, subj="Harrowgate news: the new HX-40 probe",
  odate=dt(2025, 5, 6, 6, 0, 3), date=dt(2025, 5, 6, 6, 0, 9),
  rcpts=[dict(addr="tomas.lindqvist@outlook.com", mx=OUTLOOK_MX, ip="52.101.68.21", stage="end of DATA",
              status="5.7.515",
              reply=f"550 5.7.515 Access denied, sending domain [{CO.upper()}] doesn't meet the required authentication level. To learn more about Outlook.com sender requirements, see https://aka.ms/SenderRequirements [DU6PEPF0000B61E.eurprd02.prod.outlook.com 2025-05-06T06:00:08.351Z 08DD8C0A4E7F2D19]",
              reason="authfailure")])

P("b63-pf-hotmail-5.7.509-dmarc-policy-reject.eml", sender="invoices@" + CO, subj="Invoice INV-2024-3381",
  odate=dt(2024, 6, 3, 10, 12, 44), date=dt(2024, 6, 3, 10, 12, 47),
  rcpts=[dict(addr="r.castellano@hotmail.com", mx=HOTMAIL_MX, ip="52.101.8.40", stage="end of DATA",
              status="5.7.509",
              reply=f"550 5.7.509 Access denied, sending domain {CO.upper()} does not pass DMARC verification and has a DMARC policy of reject. [CH1PEPF0000AD7B.namprd04.prod.outlook.com 2024-06-03T10:12:46.017Z 08DC83B1F0A2C6D4]",
              reason="authfailure")])

P("b63-pf-livecouk-5.7.510-dmarc-verification.eml", sender="mailer@events." + CO, subj="Your seminar place is confirmed",
  odate=dt(2023, 10, 19, 15, 20, 0), date=dt(2023, 10, 19, 15, 20, 2),
  rcpts=[dict(addr="jas.kaur@live.co.uk", mx="eur.olc.protection.outlook.com", ip="52.101.73.14", stage="end of DATA",
              status="5.7.510",
              reply="550 5.7.510 Access denied, sending domain [EVENTS.HARROWGATE-INSTRUMENTS.EXAMPLE] does not pass DMARC verification [AM2PEPF0001C70F.eurprd05.prod.outlook.com]",
              reason="authfailure")])

P("b63-pf-outlookcom-5.2.2-mailbox-full.eml", sender=S_TIX, subj="[HI-Support #90117] Repair quote attached",
  odate=dt(2025, 8, 21, 11, 5, 30), date=dt(2025, 8, 21, 11, 5, 34),
  rcpts=[dict(addr="p.deluca1958@outlook.com", mx=OUTLOOK_MX, ip="52.101.68.3", stage="end of DATA",
              status="5.2.2",
              reply="552 5.2.2 Requested mail action aborted: the recipient's mailbox is full and can't accept messages now. Please try again later, or contact the recipient another way. [DB8PEPF00007D12.eurprd03.prod.outlook.com 2025-08-21T11:05:33.650Z 08DDE0B5A2C4F1A7]",
              reason="mailboxfull")])

P("b63-pf-outlookcom-expired-after-4.7.650-reputation.eml", sender=S_NEWS, subj="Harrowgate news: summer service hours",
  odate=dt(2024, 7, 1, 6, 0, 5), date=dt(2024, 7, 6, 6, 1, 12), arrival=dt(2024, 7, 1, 6, 0, 5),
  rcpts=[dict(addr="lena.brandt94@outlook.com", mx=OUTLOOK_MX, ip="52.101.68.40", stage="MAIL FROM",
              status="4.7.650",
              text=(f"<lena.brandt94@outlook.com>: host {OUTLOOK_MX}[52.101.68.40] said: 451\n"
                    f"    4.7.650 The mail server [{PFIP}] has been temporarily rate limited due\n"
                    "    to IP reputation. For e-mail delivery information, see\n"
                    "    https://postmaster.live.com (S775) [Name=Protocol Filter\n"
                    "    Agent][AGT=PFA][MxId=11BB6A85D3F0C2E1]\n"
                    "    [DU2PEPF00028D0A.eurprd03.prod.outlook.com 2024-07-06T06:01:10.020Z\n"
                    "    08DC9D1B3C7E5A22] (in reply to MAIL FROM command)\n"),
              reply=f"451 4.7.650 The mail server [{PFIP}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
              reason="badreputation")])

# ================================================================ Postfix -> business tenants on Exchange Online

P("b63-pf-exo-5.4.1-recipient-address-rejected-access-denied.eml", sender=S_SHOP, subj="Quotation Q-7731 for Pelham Labs",
  odate=dt(2025, 11, 4, 13, 22, 9), date=dt(2025, 11, 4, 13, 22, 11),
  rcpts=[dict(addr="procurement@pelham-labs.example", mx="pelhamlabs-example.mail.protection.outlook.com",
              ip="52.101.65.12", stage="RCPT TO", status="5.4.1",
              reply="550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM2PEPF0001C71A.eurprd05.prod.outlook.com 2025-11-04T13:22:10.778Z 08DE1A9F3B2C4E61]",
              reason="userunknown", hard=True, vendor="Office365")])

P("b63-pf-exo-5.7.708-traffic-not-accepted-from-ip.eml", sender=S_TIX, subj="[HI-Support #91502] Calibration certificate",
  odate=dt(2025, 12, 2, 8, 40, 0), date=dt(2025, 12, 2, 8, 40, 3),
  rcpts=[dict(addr="qa@tessaline-optics.example", mx="tessalineoptics-example.mail.protection.outlook.com",
              ip="52.101.66.5", stage="MAIL FROM", status="5.7.708",
              reply="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [DB3PEPF0000885C.eurprd02.prod.outlook.com 2025-12-02T08:40:02.311Z 08DE12C0A4B7D93F]",
              reason="blocked", vendor="Office365")])

P("b63-pf-exo-5.7.750-unregistered-domain.eml", sender="alerts@monitor." + CO, subj="Probe rack 3: temperature alert",
  odate=dt(2024, 10, 15, 3, 12, 40), date=dt(2024, 10, 15, 3, 12, 42),
  rcpts=[dict(addr="oncall@brackwater-utilities.example", mx="brackwaterutilities-example.mail.protection.outlook.com",
              ip="52.101.64.33", stage="MAIL FROM", status="5.7.750",
              reply="550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 [BN1NAM02FT061.eop-nam02.prod.protection.outlook.com]",
              reason="rejected", vendor="Office365")])

P("b63-pf-exo-5.6.211-header-size-exceeds-limits.eml", sender=S_TIX, subj="RE: RE: RE: FW: [HI-Support #87001] probe drift",
  odate=dt(2025, 6, 12, 16, 2, 10), date=dt(2025, 6, 12, 16, 2, 14),
  rcpts=[dict(addr="lab.manager@corran-foods.example", mx="corranfoods-example.mail.protection.outlook.com",
              ip="52.101.67.8", stage="end of DATA", status="5.6.211",
              reply="554 5.6.211 Invalid message content: BDAT command failed. Message header size exceeds limits. [PA4PEPF00000C3E.eurprd06.prod.outlook.com 2025-06-12T16:02:13.045Z 08DD89B0E1F2A3C5]",
              reason="contenterror", vendor="Office365")])

P("b63-pf-exo-5.7.1-client-host-blocked-spamhaus.eml", sender=S_NEWS, subj="Harrowgate news: trade fair tickets",
  odate=dt(2023, 2, 28, 6, 0, 0), date=dt(2023, 2, 28, 6, 0, 4),
  rcpts=[dict(addr="info@wexcombe-brewery.example", mx="wexcombebrewery-example.mail.protection.outlook.com",
              ip="52.101.65.40", stage="RCPT TO", status="5.7.1",
              reply=f"550 5.7.1 Service unavailable, Client host [{PFIP}] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/{PFIP} AS(1450) [HE1EUR04FT013.eop-eur04.prod.protection.outlook.com]",
              reason="blocked", vendor="Office365")])

P("b63-pf-exo-5.7.23-spf-violation.eml", sender="noreply@portal." + CO, subj="Your service portal login code",
  odate=dt(2022, 11, 8, 12, 1, 0), date=dt(2022, 11, 8, 12, 1, 2),
  rcpts=[dict(addr="h.mbeki@sandgrove-clinic.example", mx="sandgroveclinic-example.mail.protection.outlook.com",
              ip="52.101.66.18", stage="end of DATA", status="5.7.23",
              reply="550 5.7.23 The message was rejected because of Sender Policy Framework violation [VI1EUR05FT021.eop-eur05.prod.protection.outlook.com]",
              reason="authfailure", vendor="Office365")])

# ================================================================ Microsoft 365 tenant NDRs, English

ADM_510 = ("This error occurs because the recipient's email address wasn't found in the recipient's email\n"
           "system. The address may be misspelled, or the mailbox may have been removed.")
FIX_510 = "The address may be misspelled or may not exist. Check the address and send the message again."

X("b63-exo-en-5.1.10-recipient-not-found.eml", lang="en", sender="j.taylor@" + CO, osubj="Q4 calibration schedule",
  odate=dt(2025, 11, 14, 9, 12, 44), date=dt(2025, 11, 14, 9, 12, 47),
  summary="alice.weir wasn't found at partner-metrology.example.", fix=FIX_510, admin=ADM_510,
  rejected_by="AM9P195MB1234.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="alice.weir@partner-metrology.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient alice.weir@partner-metrology.example not found by SMTP address lookup",
              reason="userunknown", hard=True)])

X("b63-exo-en-5.4.1-access-denied-dbeb.eml", lang="en", sender="s.hughes@" + CO, osubj="Shipping documents for PO 55120",
  odate=dt(2024, 3, 19, 14, 2, 0), date=dt(2024, 3, 19, 14, 2, 4),
  summary="The recipient's email system rejected the message.",
  fix="Check that the address is correct. If it is, contact the recipient by another way and ask them\nto tell their email admin.",
  admin=("The recipient's domain uses Exchange Online and rejected the address at the front door:\n"
         "the address is not a valid recipient in that organization's directory."),
  rejected_by="pelhamlabs-example.mail.protection.outlook.com",
  rcpts=[dict(addr="goods.in@pelham-labs.example", status="5.4.1", remote="pelhamlabs-example.mail.protection.outlook.com",
              diag="550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [DB5PEPF00014B89.eurprd02.prod.outlook.com 2024-03-19T14:02:03.210Z 08DC4812E5A1C9F0]",
              reason="userunknown", hard=True)])

X("b63-exo-en-5.7.129-restricted-to-recipients-permission.eml", lang="en", sender="m.ross@" + CO,
  osubj="Supplier audit dates", odate=dt(2024, 9, 2, 10, 40, 13), date=dt(2024, 9, 2, 10, 40, 15),
  summary="Your message couldn't be delivered because delivery to this group is restricted to\nauthenticated senders or to specific people or groups.",
  fix="Ask the owner of the group to add you to the list of people allowed to send to it.",
  admin="The group only accepts messages from people in its organization or on its allowed senders list.",
  rejected_by="FR3P281MB1521.DEUP281.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="quality-board@oxley-castings.example", status="5.7.129",
              diag="550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this group; the group only accepts messages from people in its organization or on its allowed senders list",
              reason="filtered")])

X("b63-exo-en-5.7.133-sender-not-authenticated-for-group.eml", lang="en", sender="noreply@" + CO,
  osubj="Maintenance window tonight", odate=dt(2023, 5, 24, 17, 0, 0), date=dt(2023, 5, 24, 17, 0, 3),
  summary="Your message couldn't be delivered to the group all-staff because the group only accepts\nmessages from people within its own organization.",
  fix="If you're a member of the organization, sign in and send from your work account.",
  admin="The sender was not authenticated, and the group is set to accept mail only from authenticated senders.",
  rejected_by="DB9P195MB1402.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="all-staff@" + CO, status="5.7.133",
              diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group",
              reason="filtered")])

X("b63-exo-en-5.2.2-mailbox-full.eml", lang="en", sender="accounts@" + CO, osubj="Statement of account - October",
  odate=dt(2025, 11, 3, 8, 15, 0), date=dt(2025, 11, 3, 8, 15, 5),
  summary="The recipient's mailbox is full and can't accept messages now.",
  fix="Try resending the message later, or contact the recipient by another way.",
  admin="The recipient's mailbox has reached its storage quota.",
  rejected_by="LO2P265MB3390.GBRP265.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="ledgers@fenwright-marine.example", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=5e2f0a1c7b8d4e3fa1c6d9e0b2a4f817-ledgers.[EndDiagnosticData]",
              reason="mailboxfull")])

X("b63-exo-en-5.4.14-hop-count-exceeded.eml", lang="en", sender="d.khan@" + CO, osubj="Training slides",
  odate=dt(2022, 8, 16, 12, 30, 0), date=dt(2022, 8, 16, 12, 31, 10),
  summary="The message was rejected because it was forwarded between servers too many times.",
  fix="This is usually a mail loop between the recipient's servers. Contact the recipient's email admin.",
  admin="Hop count exceeded - possible mail loop. The recipient's forwarding sends the message back and forth.",
  rejected_by="AS8P195MB0711.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="training@ardley-foundry.example", status="5.4.14",
              diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [AS8P195MB0711.EURP195.PROD.OUTLOOK.COM 2022-08-16T12:31:09.447Z 08DA7E8C1B2F6A33]",
              reason="networkerror")])

X("b63-exo-en-5.7.708-outbound-ip-not-accepted.eml", lang="en", sender="k.owens@" + CO, osubj="Welcome pack",
  odate=dt(2023, 1, 10, 9, 0, 2), date=dt(2023, 1, 10, 9, 0, 6),
  summary="Your message wasn't delivered because the sending IP address is not accepted.",
  fix="Contact your email admin.",
  admin="Access denied, traffic not accepted from this IP. The outbound relay address was refused.",
  rejected_by="SA1NAM04FT049.eop-nam04.prod.protection.outlook.com",
  rcpts=[dict(addr="frontdesk@calloway-dental.example", status="5.7.708",
              diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)",
              reason="blocked")])

X("b63-exo-en-5.7.750-unregistered-domain.eml", lang="en", sender="sales@harrowgate-outlet.example", osubj="Clearance list",
  odate=dt(2024, 12, 4, 15, 44, 0), date=dt(2024, 12, 4, 15, 44, 2),
  summary="Your message wasn't delivered because it was sent from a domain that isn't registered\nin your organization.",
  fix="Your email admin needs to add and verify the sending domain in Microsoft 365.",
  admin="Client blocked from sending from unregistered domains.",
  rejected_by="AM6P195MB0455.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="buyer@lindale-trading.example", status="5.7.750",
              diag="550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653",
              reason="rejected")])

X("b63-exo-en-5.6.211-header-too-large.eml", lang="en", sender="projects@" + CO, osubj="Re: Re: Re: Re: Re: Re: tender 2025-17",
  odate=dt(2025, 4, 30, 11, 20, 7), date=dt(2025, 4, 30, 11, 20, 9),
  summary="The message couldn't be delivered because its header is too large.",
  fix="Remove some recipients or start a new conversation instead of replying to a long thread.",
  admin="The message header exceeds the size the recipient's system accepts.",
  rejected_by="VI1P195MB0288.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="tenders@halworth-council.example", status="5.6.211",
              diag="554 5.6.211 Invalid message content: BDAT command failed. Message header size exceeds limits [VI1P195MB0288.EURP195.PROD.OUTLOOK.COM]",
              reason="contenterror")])

X("b63-exo-en-5.3.190-journaling-not-supported.eml", lang="en", sender="journal@onprem." + CO, osubj="Journal report",
  odate=dt(2023, 7, 11, 2, 0, 5), date=dt(2023, 7, 11, 2, 0, 7),
  summary="Your message couldn't be delivered because journaling on-premises messages to this\ntenant isn't allowed.",
  fix="Ask the tenant's admin to turn on journal archiving, or stop journaling to this address.",
  admin="Journaling on-premises messages to Microsoft 365 or Office 365 is not supported when Journal\nArchiving is disabled for the tenant.",
  rejected_by="PR3P195MB0611.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="journal-archive@" + TENANT, status="5.3.190",
              diag="550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journal Archiving is disabled for the tenant.",
              reason="policyviolation")])

X("b63-exo-en-remote-outlookcom-5.7.509-dmarc.eml", lang="en", sender="events@" + CO, osubj="Open day invitation",
  odate=dt(2024, 4, 22, 9, 5, 0), date=dt(2024, 4, 22, 9, 5, 4),
  summary="Your message couldn't be delivered because the recipient's email system rejected it\nfor failing DMARC.",
  fix="Your email admin needs to check the SPF, DKIM and DMARC records of the sending domain.",
  admin="The sending domain does not pass DMARC verification and publishes a reject policy.",
  rejected_by=OUTLOOK_MX,
  rcpts=[dict(addr="fiona.mcrae@outlook.com", status="5.7.509", remote=OUTLOOK_MX,
              diag=f"550 5.7.509 Access denied, sending domain {CO.upper()} does not pass DMARC verification and has a DMARC policy of reject. [LV3PEPF0000D2A1.namprd04.prod.outlook.com 2024-04-22T09:05:03.118Z 08DC62A0E4B5C7D1]",
              reason="authfailure")])

X("b63-exo-en-remote-hotmail-5.5.0-mailbox-unavailable.eml", lang="en", sender="service@" + CO, osubj="Your repair is ready",
  odate=dt(2025, 2, 17, 16, 10, 0), date=dt(2025, 2, 17, 16, 10, 3),
  summary="The recipient's email system rejected the message.",
  fix="Check the recipient's address and send again.",
  admin="The remote server (Outlook.com) reported that the mailbox is unavailable.",
  rejected_by=HOTMAIL_MX,
  rcpts=[dict(addr="bigal_the_builder@hotmail.com", status="5.5.0", remote=HOTMAIL_MX,
              diag="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BL6PEPF0001AB53.namprd04.prod.outlook.com 2025-02-17T16:10:02.741Z 08DD4C1E9A3F5B20]",
              reason="userunknown", hard=True)])

X("b63-exo-en-remote-outlookcom-s3150-shared-pool.eml", lang="en", sender="reception@" + CO, osubj="Directions to our site",
  odate=dt(2022, 12, 6, 10, 0, 0), date=dt(2022, 12, 6, 10, 0, 5),
  summary="The recipient's email system refused the message from the sending server.",
  fix="Try again later. If it keeps happening, contact your email admin.",
  admin="The sending IP address is on the recipient provider's block list.",
  rejected_by=OUTLOOK_MX,
  rcpts=[dict(addr="harvey.dunn@outlook.com", status="5.7.1", remote=OUTLOOK_MX,
              diag="550 5.7.1 Unfortunately, messages from [203.0.113.88] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
              reason="blocked")])

X("b63-exo-en-remote-hotmail-5.7.515-authentication-level.eml", lang="en", sender="newsletter@" + CO,
  osubj="Product bulletin 2025/06", odate=dt(2025, 6, 3, 7, 0, 0), date=dt(2025, 6, 3, 7, 0, 3),
  summary="The recipient's email system rejected the message because the sending domain isn't\nauthenticated well enough.",
  fix="Your email admin needs to publish SPF, DKIM and DMARC for the sending domain.",
  admin="Outlook.com requires high-volume senders to pass SPF, DKIM and DMARC.",
  rejected_by=HOTMAIL_MX,
  rcpts=[dict(addr="wendy.oduya@hotmail.com", status="5.7.515", remote=HOTMAIL_MX,
              diag=f"550 5.7.515 Access denied, sending domain [{CO.upper()}] doesn't meet the required authentication level. [BY1PEPF00012C41.namprd04.prod.outlook.com 2025-06-03T07:00:02.559Z 08DDA2B0F3E1C4D6]",
              reason="authfailure")])

X("b63-exo-en-5.4.310-dns-domain-does-not-exist.eml", lang="en", sender="r.patel@" + CO, osubj="Meeting notes",
  odate=dt(2023, 9, 13, 13, 0, 0), date=dt(2023, 9, 13, 13, 0, 2),
  summary="Your message couldn't be delivered because the domain harrowgate-partnr.example couldn't\nbe found.",
  fix="Check the domain part of the address for a typing error.",
  admin="The domain name does not exist in DNS.",
  rejected_by="DB9P195MB1402.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="nina@harrowgate-partnr.example", status="5.4.310",
              diag="550 5.4.310 DNS domain harrowgate-partnr.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=harrowgate-partnr.example] [DB9P195MB1402.EURP195.PROD.OUTLOOK.COM 2023-09-13T13:00:01.884Z 08DBB41C2F0E7A55]",
              reason="hostunknown", hard=True)])

X("b63-exo-en-5.7.520-external-forwarding-not-allowed.eml", lang="en", sender="c.nolan@" + CO, osubj="FW: site visit",
  odate=dt(2024, 1, 25, 18, 3, 0), date=dt(2024, 1, 25, 18, 3, 2),
  summary="Your message couldn't be delivered because your organization doesn't allow automatic\nforwarding to external addresses.",
  fix="Ask your email admin about the outbound spam filter policy for forwarding.",
  admin="The outbound spam filter policy blocks automatic external forwarding.",
  rejected_by="AM0P195MB0620.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="c.nolan.private@gmail.com", status="5.7.520",
              diag="550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
              reason="policyviolation")])

X("b63-exo-en-5.1.8-bad-outbound-sender.eml", lang="en", sender="marketing@" + CO, osubj="Last chance: 20% off",
  odate=dt(2025, 9, 8, 9, 30, 0), date=dt(2025, 9, 8, 9, 30, 1),
  summary="Your message couldn't be delivered because you weren't recognized as a valid sender.",
  fix="Your account may have been restricted from sending. Contact your email admin.",
  admin="The sender was restricted for sending suspected outbound spam.",
  rejected_by="AS2P195MB2113.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="buyers@lindale-trading.example", status="5.1.8",
              diag="550 5.1.8 Access denied, bad outbound sender. AS(42004) [AS2P195MB2113.EURP195.PROD.OUTLOOK.COM]",
              reason="rejected")])

X("b63-exo-en-recipient-size-limit.eml", lang="en", sender="cad@" + CO, osubj="3D models rev C",
  odate=dt(2024, 8, 7, 15, 0, 0), date=dt(2024, 8, 7, 15, 0, 3),
  summary="Your message is too large to be delivered to the recipient.",
  fix="Send the files with a OneDrive link instead of attaching them.",
  admin="The message size exceeds the size limit the recipient can receive.",
  rejected_by="GV1P195MB1890.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="design@ketteridge-models.example", status="5.2.3",
              diag="550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient; Message size 38 MB exceeds the recipient's size limit of 25 MB",
              reason="emailtoolarge")])

X("b63-exo-en-three-recipients-mixed.eml", lang="en", sender="hr@" + CO, osubj="Interview invitation",
  odate=dt(2025, 10, 20, 10, 0, 0), date=dt(2025, 10, 20, 10, 0, 4),
  summary="Your message couldn't be delivered to some recipients.",
  fix="See the error details for each recipient below.",
  admin="Each recipient's error is listed below.",
  rejected_by="DB9P195MB1402.EURP195.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="panel-a@wrenfield-college.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient panel-a@wrenfield-college.example not found by SMTP address lookup",
              reason="userunknown", hard=True),
         dict(addr="o.banerjee@wrenfield-college.example", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
              reason="mailboxfull"),
         dict(addr="governors@wrenfield-college.example", status="5.7.129",
              diag="550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this group",
              reason="filtered")])

# ================================================================ German

X("b63-exo-de-5.1.10-empfaenger-nicht-gefunden.eml", lang="de", sender="a.keller@" + CO, osubj="Angebot Kalibrierservice",
  odate=dt(2024, 5, 14, 8, 30, 0), date=dt(2024, 5, 14, 8, 30, 3),
  summary="j.wagner wurde bei muehlbach-messtechnik.example nicht gefunden.",
  fix="Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse.",
  admin="Dieser Fehler tritt auf, weil die E-Mail-Adresse des Empfängers im E-Mail-System des Empfängers\nnicht gefunden wurde.",
  rejected_by="FR2P281MB0212.DEUP281.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="j.wagner@muehlbach-messtechnik.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.wagner@muehlbach-messtechnik.example not found by SMTP address lookup",
              reason="userunknown", hard=True)])

X("b63-exo-de-5.4.1-zugriff-verweigert.eml", lang="de", sender="vertrieb@" + CO, osubj="Rückfrage zur Bestellung 4471",
  odate=dt(2025, 2, 4, 11, 0, 0), date=dt(2025, 2, 4, 11, 0, 2),
  summary="Das E-Mail-System des Empfängers hat die Adresse abgelehnt.",
  fix="Prüfen Sie, ob die Adresse richtig ist, und wenden Sie sich auf anderem Weg an den Empfänger.",
  admin="Die Empfängeradresse ist im Verzeichnis der Zielorganisation nicht vorhanden.",
  rejected_by="hollerbach-gmbh-example.mail.protection.outlook.com",
  rcpts=[dict(addr="einkauf@hollerbach-gmbh.example", status="5.4.1", remote="hollerbach-gmbh-example.mail.protection.outlook.com",
              diag="550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [FR4P281MB3310.DEUP281.PROD.OUTLOOK.COM 2025-02-04T11:00:01.502Z 08DD44F1C0A3B7E2]",
              reason="userunknown", hard=True)])

X("b63-exo-de-5.2.2-postfach-voll.eml", lang="de", sender="buchhaltung@" + CO, osubj="Mahnung Rechnung 2025-0912",
  odate=dt(2025, 10, 1, 9, 0, 0), date=dt(2025, 10, 1, 9, 0, 4),
  summary="Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.",
  fix="Versuchen Sie es später erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.",
  admin="Das Postfach des Empfängers hat sein Speicherkontingent erreicht.",
  rejected_by="BE1P281MB2011.DEUP281.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="r.vogt@strassner-bau.example", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
              reason="mailboxfull")])

# ================================================================ French

X("b63-exo-fr-5.7.129-groupe-restreint.eml", lang="fr", sender="l.martin@" + CO, osubj="Planning des audits fournisseurs",
  odate=dt(2024, 10, 8, 14, 0, 0), date=dt(2024, 10, 8, 14, 0, 2),
  summary="Votre message n’a pas pu être remis, car la remise à ce groupe est limitée aux\npersonnes autorisées par son propriétaire.",
  fix="Demandez au propriétaire du groupe de vous ajouter à la liste des expéditeurs autorisés.",
  admin="Le groupe n’accepte que les messages des personnes de son organisation ou de sa liste\nd’expéditeurs autorisés.",
  rejected_by="PR1P264MB2210.FRAP264.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="direction-qualite@ateliers-brisson.example", status="5.7.129",
              diag="550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this group",
              reason="filtered")])

X("b63-exo-fr-5.4.14-nombre-de-sauts.eml", lang="fr", sender="support@" + CO, osubj="Votre demande d’intervention",
  odate=dt(2023, 3, 21, 10, 15, 0), date=dt(2023, 3, 21, 10, 16, 40),
  summary="Le message a été transféré trop de fois entre des serveurs de messagerie.",
  fix="Il s’agit généralement d’une boucle de messagerie chez le destinataire. Contactez son administrateur.",
  admin="Nombre de sauts dépassé : boucle de messagerie possible.",
  rejected_by="PA4P264MB0932.FRAP264.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="accueil@cabinet-delorme.example", status="5.4.14",
              diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [PA4P264MB0932.FRAP264.PROD.OUTLOOK.COM]",
              reason="networkerror")])

X("b63-exo-fr-5.7.509-dmarc.eml", lang="fr", sender="facturation@" + CO, osubj="Facture FA-2025-0412",
  odate=dt(2025, 4, 12, 9, 0, 0), date=dt(2025, 4, 12, 9, 0, 3),
  summary="Le système de messagerie du destinataire a rejeté le message, car le domaine d’envoi\nn’a pas réussi la vérification DMARC.",
  fix="Votre administrateur doit vérifier les enregistrements SPF, DKIM et DMARC du domaine.",
  admin="Le domaine d’envoi ne réussit pas la vérification DMARC et publie une stratégie reject.",
  rejected_by="eur.olc.protection.outlook.com",
  rcpts=[dict(addr="m.girard@hotmail.fr", status="5.7.509", remote="eur.olc.protection.outlook.com",
              diag=f"550 5.7.509 Access denied, sending domain {CO.upper()} does not pass DMARC verification and has a DMARC policy of reject.",
              reason="authfailure")])

# ================================================================ Spanish

X("b63-exo-es-5.1.10-destinatario-no-encontrado.eml", lang="es", sender="ventas@" + CO, osubj="Presupuesto sondas HX-40",
  odate=dt(2024, 11, 26, 12, 0, 0), date=dt(2024, 11, 26, 12, 0, 2),
  summary="No se encontró a c.ibarra en talleres-ugarte.example.",
  fix="Es posible que la dirección esté mal escrita o que no exista. Compruébela y vuelva a enviar el mensaje.",
  admin="Este error se produce porque no se encontró la dirección de correo del destinatario en su sistema\nde correo.",
  rejected_by="PAXP193MB1650.EURP193.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="c.ibarra@talleres-ugarte.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient c.ibarra@talleres-ugarte.example not found by SMTP address lookup",
              reason="userunknown", hard=True)])

X("b63-exo-es-5.2.2-buzon-lleno.eml", lang="es", sender="ventas@" + CO, osubj="Confirmación de pedido 8812",
  odate=dt(2025, 7, 15, 10, 0, 0), date=dt(2025, 7, 15, 10, 0, 4),
  summary="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
  fix="Vuelva a enviar el mensaje más tarde o póngase en contacto con el destinatario por otro medio.",
  admin="El buzón del destinatario alcanzó su cuota de almacenamiento.",
  rejected_by="DB7P193MB0402.EURP193.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="almacen@distribuciones-lozano.example", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
              reason="mailboxfull")])

X("b63-exo-es-5.7.750-dominio-no-registrado.eml", lang="es", sender="ofertas@harrowgate-iberia.example", osubj="Ofertas de otoño",
  odate=dt(2023, 10, 2, 8, 0, 0), date=dt(2023, 10, 2, 8, 0, 1),
  summary="El mensaje no se entregó porque se envió desde un dominio que no está registrado en\nsu organización.",
  fix="El administrador debe agregar y comprobar el dominio de envío en Microsoft 365.",
  admin="Se bloqueó el envío del cliente desde dominios no registrados.",
  rejected_by="AM9P193MB1109.EURP193.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="compras@ferreteria-alcantara.example", status="5.7.750",
              diag="550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
              reason="rejected")])

# ================================================================ Japanese

X("b63-exo-ja-5.1.10-recipient-not-found.eml", lang="ja", sender="tanaka@" + CO, osubj="校正証明書の送付について",
  odate=dt(2024, 6, 18, 1, 20, 0), date=dt(2024, 6, 18, 1, 20, 2),
  summary="sato.k が kuroishi-seiki.example で見つかりませんでした。",
  fix="アドレスのスペルが間違っているか、存在しない可能性があります。アドレスを確認してください。",
  admin="このエラーは、受信者のメール アドレスが受信者のメール システムで見つからなかったために発生します。",
  rejected_by="TYCP286MB2140.JPNP286.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="sato.k@kuroishi-seiki.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sato.k@kuroishi-seiki.example not found by SMTP address lookup",
              reason="userunknown", hard=True)])

X("b63-exo-ja-5.7.133-group-authenticated-only.eml", lang="ja", sender="noreply@" + CO, osubj="定期メンテナンスのお知らせ",
  odate=dt(2025, 3, 3, 0, 0, 0), date=dt(2025, 3, 3, 0, 0, 2),
  summary="このグループは組織内のユーザーからのメッセージのみを受け付けるため、メッセージを配信できませんでした。",
  fix="組織のメンバーの場合は、職場のアカウントで送信してください。",
  admin="送信者が認証されておらず、グループは認証された送信者からのメールのみを受け付けます。",
  rejected_by="OS3P286MB1955.JPNP286.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="jp-allstaff@kuroishi-seiki.example", status="5.7.133",
              diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group",
              reason="filtered")])

X("b63-exo-fr-5.1.10-destinataire-introuvable.eml", lang="fr", sender="l.martin@" + CO, osubj="Relance devis D-2291",
  odate=dt(2025, 9, 16, 8, 45, 0), date=dt(2025, 9, 16, 8, 45, 2),
  summary="Impossible de trouver p.renaud sur menuiserie-charlier.example.",
  fix="L’adresse est peut-être mal orthographiée ou n’existe pas. Vérifiez-la et renvoyez le message.",
  admin="Cette erreur se produit parce que l’adresse du destinataire est introuvable dans son système\nde messagerie.",
  rejected_by="PR0P264MB1877.FRAP264.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="p.renaud@menuiserie-charlier.example", status="5.1.10",
              diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient p.renaud@menuiserie-charlier.example not found by SMTP address lookup",
              reason="userunknown", hard=True)])

X("b63-exo-de-5.7.708-ip-nicht-akzeptiert.eml", lang="de", sender="info@" + CO, osubj="Einladung Hausmesse",
  odate=dt(2023, 2, 14, 7, 30, 0), date=dt(2023, 2, 14, 7, 30, 3),
  summary="Ihre Nachricht wurde nicht zugestellt, weil die sendende IP-Adresse nicht akzeptiert wird.",
  fix="Wenden Sie sich an Ihren E-Mail-Administrator.",
  admin="Zugriff verweigert: Datenverkehr von dieser IP-Adresse wird nicht akzeptiert.",
  rejected_by="FR0P281MB0590.DEUP281.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="empfang@seidl-armaturen.example", status="5.7.708",
              diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)",
              reason="blocked")])

X("b63-exo-ja-5.2.2-mailbox-full.eml", lang="ja", sender="tanaka@" + CO, osubj="納品書の再送",
  odate=dt(2025, 8, 5, 3, 10, 0), date=dt(2025, 8, 5, 3, 10, 4),
  summary="受信者のメールボックスがいっぱいのため、現在メッセージを受け付けることができません。",
  fix="後でもう一度送信するか、別の方法で受信者に連絡してください。",
  admin="受信者のメールボックスがストレージ クォータに達しました。",
  rejected_by="TY0P286MB5120.JPNP286.PROD.OUTLOOK.COM",
  rcpts=[dict(addr="keiri@minato-koki.example", status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
              reason="mailboxfull")])

# ================================================================ delays (one in eight)

P("b63-pf-delay-outlookcom-4.7.650-ip-reputation.eml", sender=S_NEWS, subj="Harrowgate news: autumn training dates",
  odate=dt(2025, 9, 2, 6, 0, 4), date=dt(2025, 9, 2, 10, 5, 0), delay_hours=4,
  rcpts=[dict(addr="y.haddad@outlook.com", mx=OUTLOOK_MX, ip="52.101.68.40", stage="MAIL FROM", status="4.7.650",
              reply=f"451 4.7.650 The mail server [{PFIP}] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [Name=Protocol Filter Agent][AGT=PFA][MxId=11BB7C40E2A1D5F3] [AM4PEPF00025F94.eurprd04.prod.outlook.com]",
              reason="badreputation")])

P("b63-pf-delay-hotmail-4.7.651-volume-rate-limited.eml", sender=S_NEWS, subj="Harrowgate news: winter stock clearance",
  odate=dt(2024, 12, 10, 6, 0, 0), date=dt(2024, 12, 10, 10, 1, 30), delay_hours=4,
  rcpts=[dict(addr="craig.mulholland@hotmail.com", mx=HOTMAIL_MX, ip="52.101.8.44", stage="MAIL FROM", status="4.7.651",
              reply=f"451 4.7.651 The mail server [{PFIP}] has been temporarily rate limited because it sent too many messages in a short period. Please slow down and try again later. (S843) [CH2PEPF0000013D.namprd04.prod.outlook.com]",
              reason="ratelimited")])

P("b63-pf-delay-exo-4.3.2-concurrent-connections.eml", sender=S_TIX, subj="[HI-Support #92210] Parts dispatched",
  odate=dt(2025, 12, 1, 9, 10, 0), date=dt(2025, 12, 1, 13, 12, 0), delay_hours=4,
  rcpts=[dict(addr="workshop@pelham-labs.example", mx="pelhamlabs-example.mail.protection.outlook.com", ip="52.101.65.12",
              stage="MAIL FROM", status="4.3.2",
              reply="421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel [DU2PEPF0001E9C5.eurprd03.prod.outlook.com]",
              reason="ratelimited", vendor="Office365")])

X("b63-exo-en-delay-4.4.316-connection-timed-out.eml", lang="en", sender="j.taylor@" + CO, osubj="Draft contract v3",
  odate=dt(2024, 2, 27, 9, 0, 0), date=dt(2024, 2, 27, 13, 0, 40), delay=True,
  summary="", fix="", rejected_by="",
  admin="The remote server did not respond to a connection attempt.",
  rcpts=[dict(addr="legal@marston-hale.example", status="4.4.316",
              diag="451 4.4.316 Connection timed out [Message=SocketError] [LastAttemptedServerName=mx.marston-hale.example] [LastAttemptedServerIP=192.0.2.71:25] [DB9P195MB1402.EURP195.PROD.OUTLOOK.COM 2024-02-27T13:00:39.118Z 08DC36E1F2C0A4B8]",
              reason="networkerror")])

X("b63-exo-fr-delay-4.2.2-boite-pleine.eml", lang="fr", sender="l.martin@" + CO, osubj="Devis révisé",
  odate=dt(2025, 1, 21, 9, 0, 0), date=dt(2025, 1, 21, 15, 0, 20), delay=True,
  summary="", fix="", rejected_by="",
  admin="La boîte aux lettres du destinataire a atteint son quota de stockage.",
  rcpts=[dict(addr="secretariat@cabinet-delorme.example", status="4.2.2",
              diag="452 4.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded; the recipient's mailbox is over its quota",
              reason="mailboxfull")])

X("b63-exo-es-delay-4.4.0-dns-query-failed.eml", lang="es", sender="ventas@" + CO, osubj="Catálogo 2026",
  odate=dt(2026, 1, 13, 11, 0, 0), date=dt(2026, 1, 13, 15, 2, 0), delay=True,
  summary="", fix="", rejected_by="",
  admin="No se pudo resolver el servidor de correo del dominio del destinatario.",
  rcpts=[dict(addr="pedidos@suministros-navarro.example", status="4.4.0",
              diag="451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry [Message=InfoDomainNonexistent] [LastAttemptedServerName=suministros-navarro.example]",
              reason="networkerror")])

X("b63-exo-ja-delay-4.3.1-insufficient-resources.eml", lang="ja", sender="tanaka@" + CO, osubj="見積書の件",
  odate=dt(2025, 5, 19, 2, 0, 0), date=dt(2025, 5, 19, 6, 3, 10), delay=True,
  summary="", fix="", rejected_by="",
  admin="受信側のサーバーのリソースが不足しています。",
  rcpts=[dict(addr="eigyo@minato-koki.example", status="4.3.1",
              diag="452 4.3.1 Insufficient system resources (TrySubmitMessage) [Message=InsufficientSystemResources] [LastAttemptedServerName=mx.minato-koki.example]",
              reason="systemfull")])


# ================================================================ near-miss ordinary mail (not-bounce/)

def nb(name, *, frm, to, subject, date, text, charset="us-ascii", html=None, extra=()):
    hops = received([("EUR05-DB8-obe.outbound.protection.outlook.com", "203.0.113.150", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM",
                      "2603:10a6:10:3f4::9", qid(name), date)])
    subj = subject if all(ord(c) < 128 for c in subject) else enc_header(subject, "utf-8")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, "protection.outlook.com"))] + list(extra)
    cte = "7bit" if charset == "us-ascii" else "base64"
    if html is None:
        body = text_part(text, charset, cte)
    else:
        body = multipart("alternative", [text_part(text, charset, cte), text_part(html, "us-ascii", "quoted-printable", "html")],
                         boundary(name, 1), "")
    write(NB, name, mail(heads, body))


ME = "it.admin@" + CO

nb("nb-m365-alert-user-restricted-from-sending.eml", frm="Microsoft 365 <o365alerts@microsoft.com>", to=ME,
   subject="Informational-severity alert: User restricted from sending email", date=dt(2025, 9, 8, 9, 45, 0),
   text=("A high-severity alert has been triggered\n\n"
         "User restricted from sending email\n\n"
         "Severity: High\nTime of occurrence: 9/8/2025 9:31:00 AM (UTC)\nActivity: User restricted from sending email\n"
         f"User: marketing@{CO}\n\nDetails: This user exceeded an outbound sending limit and was added to the\n"
         "Restricted entities list. Messages they send are returned with a non-delivery report\n"
         "(550 5.1.8 Access denied, bad outbound sender) until an admin removes the restriction.\n\n"
         "View alert details: https://security.microsoft.com/viewalerts\n\n"
         "You're receiving this because you're an admin of the Harrowgate Instruments tenant.\n"
         "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"),
   extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")])

nb("nb-m365-quarantine-notification-three-messages.eml", frm="Microsoft 365 Quarantine <quarantine@messaging.microsoft.com>",
   to="s.hughes@" + CO, subject="You have 3 new messages in quarantine", date=dt(2025, 3, 4, 6, 0, 0),
   text=("Review these messages\n\n3 messages are being held for you to review as of 3/4/2025 6:00:00 AM (UTC).\n\n"
         "Review them within 30 days of the received date by going to the Quarantine page in the Security Center.\n\n"
         "Sender: billing@unknown-courier.example\nSubject: Parcel held - customs fee due\nDate: 3/3/2025 10:14:07 PM\n"
         "Quarantine reason: Phishing\n\n"
         "Sender: noreply@prize-draw.example\nSubject: You are our winner\nDate: 3/3/2025 11:40:51 PM\n"
         "Quarantine reason: Spam\n\n"
         "Sender: ops@pelham-labs.example\nSubject: Invoice 88123\nDate: 3/4/2025 1:02:33 AM\n"
         "Quarantine reason: Bulk\n\n"
         "Release | Block sender | Review message\n\n"
         "To view all quarantined messages, go to https://security.microsoft.com/quarantine"))

nb("nb-outlook-recall-report-succeeded.eml", frm="Microsoft Outlook <" + EXCH + ">", to="j.taylor@" + CO,
   subject="Message Recall Report for message: Draft contract v3", date=dt(2024, 2, 27, 9, 12, 0),
   text=("Message Recall Report\n\nMessage recall was attempted for the following message:\n\n"
         "Subject: Draft contract v3\nSent: 2/27/2024 9:00 AM\n\n"
         "Recall results:\n\n"
         f"Recipient                               Status       Time\nm.ross@{CO}                 Succeeded    2/27/2024 9:11 AM\n"
         f"a.keller@{CO}                Succeeded    2/27/2024 9:11 AM\n\n"
         "The recall was successful for all recipients in your organization."),
   extra=[("X-MS-Exchange-Recall-ReportGenerated", "true"), ("Auto-Submitted", "auto-generated")])

nb("nb-outlook-recall-report-failed-already-read.eml", frm="Microsoft Outlook <" + EXCH + ">", to="hr@" + CO,
   subject="Message Recall Report for message: Interview invitation", date=dt(2025, 10, 20, 10, 20, 0),
   text=("Message Recall Report\n\nMessage recall was attempted for the following message:\n\n"
         "Subject: Interview invitation\nSent: 10/20/2025 10:00 AM\n\n"
         "Recall results:\n\n"
         f"Recipient                          Status    Time\nd.khan@{CO}          Failed    10/20/2025 10:19 AM\n\n"
         "Recall failed: the message has already been read. Messages that have been read can't be recalled."),
   extra=[("X-MS-Exchange-Recall-ReportGenerated", "true"), ("Auto-Submitted", "auto-generated")])


def mdn(name, *, frm, to, subject, date, human, disposition, final, orig_mid, charset="us-ascii"):
    host = "AM0P195MB0620.EURP195.PROD.OUTLOOK.COM"
    hops = received([("AM0P195MB0620.EURP195.PROD.OUTLOOK.COM", "203.0.113.151", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM",
                      "2603:10a6:20b:2c1::14", qid(name), date)])
    cte = "7bit" if charset == "us-ascii" else "base64"
    report = part("message/disposition-notification",
                  f"Reporting-UA: {host}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{final}\n"
                  f"Original-Message-ID: {orig_mid}\nDisposition: {disposition}\n", cte=None)
    body = multipart("report", [text_part(human, charset, cte), report], boundary(name), " report-type=disposition-notification;")
    subj = subject if all(ord(c) < 128 for c in subject) else enc_header(subject, "utf-8")
    write(NB, name, mail([hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subj),
                          ("Message-ID", mid(name, host)), ("Content-Language", "en-US")], body))


mdn("nb-outlook-read-receipt.eml", frm="Pelham Labs Procurement <procurement@pelham-labs.example>", to="s.hughes@" + CO,
    subject="Read: Shipping documents for PO 55120", date=dt(2024, 3, 20, 8, 5, 12),
    human=("Your message\n\n  To: procurement@pelham-labs.example\n  Subject: Shipping documents for PO 55120\n"
           "  Sent: Tuesday, March 19, 2024 2:30:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
           "was read on Wednesday, March 20, 2024 8:05:10 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London."),
    disposition="manual-action/MDN-sent-manually; displayed", final="procurement@pelham-labs.example",
    orig_mid=mid("po55120", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM"))

mdn("nb-outlook-not-read-deleted.eml", frm="Ardley Foundry Training <training@ardley-foundry.example>", to="d.khan@" + CO,
    subject="Not read: Training slides (second try)", date=dt(2022, 8, 30, 7, 40, 0),
    human=("Your message\n\n  To: training@ardley-foundry.example\n  Subject: Training slides (second try)\n"
           "  Sent: Tuesday, August 16, 2022 1:10:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
           "was deleted without being read on Tuesday, August 30, 2022 7:39:58 AM (UTC+00:00) Dublin, Edinburgh,\n"
           "Lisbon, London."),
    disposition="manual-action/MDN-sent-manually; deleted", final="training@ardley-foundry.example",
    orig_mid=mid("slides2", "DB9P195MB1402.EURP195.PROD.OUTLOOK.COM"))

nb("nb-teams-missed-activity.eml", frm="Microsoft Teams <noreply@email.teams.microsoft.com>", to="r.patel@" + CO,
   subject="You have 4 unread messages in Teams", date=dt(2025, 6, 10, 16, 30, 0),
   text=("Harrowgate Instruments\n\nYour teammates are trying to reach you in Microsoft Teams.\n\n"
         "Dan Khan mentioned you in Service desk > Escalations:\n"
         "\"@Rina the quote to Marston Hale bounced again, can you check the address?\"\n\n"
         "Julia Taylor sent a message:\n\"Lunch at 1?\"\n\n"
         "Reply in Teams: https://teams.microsoft.com/l/message/19:example\n\n"
         "This email was sent from an unmonitored mailbox. You are receiving this email because you have\n"
         "unread activity in Teams. Update your email preferences in Teams settings.\n"
         "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA"),
   extra=[("X-MS-Exchange-Organization-AuthAs", "Anonymous")])

nb("nb-sharepoint-file-shared.eml", frm="Julia Taylor via SharePoint Online <no-reply@sharepointonline.com>", to="a.keller@" + CO,
   subject="Julia Taylor shared \"Returned mail log Q3.xlsx\" with you", date=dt(2025, 10, 3, 12, 2, 0),
   text=("Julia Taylor shared a file with you\n\n"
         "Here is the list of addresses that failed in Q3 (mailbox full, user unknown). Please clean the CRM.\n\n"
         "Returned mail log Q3.xlsx\n\nOpen: https://harrowgateinstr.sharepoint.com/:x:/s/Sales/example\n\n"
         "This link only works for the direct recipients of this message.\n\n"
         "Microsoft respects your privacy. To learn more, please read our Privacy Statement.\n"
         "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"))

nb("nb-m365-mailbox-almost-full-warning.eml", frm="Microsoft Outlook <" + EXCH + ">", to="accounts@" + CO,
   subject="Your mailbox is almost full.", date=dt(2025, 10, 28, 3, 0, 0),
   text=("Your mailbox is almost full.\n\n"
         "Your mailbox has reached 48.6 GB of its 50 GB limit. When it is full you won't be able to send\n"
         "messages, and later you won't be able to receive them. Delete items you don't need, empty your\n"
         "Deleted Items folder, or turn on the archive mailbox.\n\n"
         "This is an automated message from Microsoft Exchange Online."),
   extra=[("X-MS-Exchange-Organization-StorageQuota", "warning"), ("Auto-Submitted", "auto-generated")])

nb("nb-m365-dlp-policy-tip-notification.eml", frm="Microsoft Outlook <" + EXCH + ">", to="accounts@" + CO,
   subject="Notification: Statement of account - November", date=dt(2025, 12, 1, 8, 16, 0),
   text=("Your email message conflicts with a policy in your organization.\n\n"
         "Message details:\nSubject: Statement of account - November\n"
         "Recipients: ledgers@fenwright-marine.example\n\n"
         "The message contains bank account numbers. It was delivered, and a copy was sent to your compliance\n"
         "team. If you think this is a mistake, you can report a false positive from the policy tip in Outlook.\n\n"
         "Policy: UK Financial Data (DLP)"),
   extra=[("Auto-Submitted", "auto-generated")])

nb("nb-m365-message-trace-report-ready.eml", frm="Microsoft 365 <noreply@protection.outlook.com>", to=ME,
   subject="Your message trace report is ready: NDRs last 7 days", date=dt(2025, 11, 10, 7, 0, 0),
   text=("Your extended message trace report \"NDRs last 7 days\" has finished.\n\n"
         "Summary\n  Messages: 1,284\n  Delivered: 1,231\n  Failed: 41\n  Pending: 12\n\n"
         "Top failure codes\n  550 5.1.10 RESOLVER.ADR.RecipientNotFound  23\n  554 5.2.2 mailbox full  9\n"
         "  550 5.7.509 Access denied (DMARC)  6\n  550 5.7.129 group restriction  3\n\n"
         "Download the CSV from the Exchange admin center: https://admin.exchange.microsoft.com/#/messagetrace\n"
         "The report is available for 10 days."))

nb("nb-exo-admin-alert-tenant-ndr-rate.eml", frm="Microsoft 365 <o365alerts@microsoft.com>", to=ME,
   subject="Alert: Elevated number of messages failing delivery from your organization", date=dt(2025, 4, 23, 9, 30, 0),
   text=("Mail flow insight\n\n"
         "In the past 24 hours, 212 messages from your organization to outlook.com and hotmail.com were\n"
         "rejected with \"550 5.7.509 Access denied, sending domain does not pass DMARC verification\".\n\n"
         f"Affected sending domain: {CO}\n\n"
         "Recommended action: review your SPF and DKIM configuration in the Microsoft Defender portal.\n"
         "Open the Mail flow dashboard: https://admin.exchange.microsoft.com/#/reports/mailflow\n\n"
         "You're receiving this notification because you're a global admin."))

write_expected(os.path.join(OUT, "expected.jsonl"))
