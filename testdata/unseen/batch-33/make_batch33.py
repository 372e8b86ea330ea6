#!/usr/bin/env python3
"""Writes testdata/unseen/batch-33: the bounces a sender on Google Workspace
receives. Every bounce is Google's own notice (mailer-daemon@googlemail.com,
"Delivery Status Notification (Failure)" / "(Delay)": a multipart/report
with a multipart/related text/plain + text/html part, a message/delivery-status
part and the returned message), localised as Google localises it for its
users (en, es, fr, de, pt, ja, zh, it, nl), quoting the replies of remote
servers of every kind; plus recipients' auto-replies. not-bounce/ holds
Google's other mail to the user, replies and newsletters.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch33.py [DIR]"""
import hashlib
import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dt, enc_header, expect, mail, mid, multipart,  # noqa: E402
                       part, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

DOM = "larkspur-ceramics.example"

# Google's notice texts, per language: heading and lead sentence per kind,
# the labels before the quoted reply.
T = {
    "en": dict(
        nf=("Address not found", "Your message wasn't delivered to {r} because the address couldn't be found, or is unable to receive mail."),
        nd=("Message not delivered", "There was a problem delivering your message to {r}. See the technical details below."),
        bl=("Message blocked", "Your message to {r} has been blocked. See technical details below for more information."),
        dl=("Delivery incomplete", "There was a temporary problem delivering your message to {r}. Gmail will retry for {h} more hours. You'll be notified if the delivery fails permanently."),
        dn=("Domain not found", "Your message wasn't delivered to {r} because the domain {d} couldn't be found. Check for typos or unnecessary spaces and try again."),
        resp="The response from the remote server was:", resp2="The response was:", more="LEARN MORE"),
    "es": dict(
        nf=("No se ha encontrado la dirección", "Tu mensaje no se ha entregado a {r} porque no se ha encontrado la dirección o esta no puede recibir correo."),
        nd=("Mensaje no entregado", "Se ha producido un problema al entregar tu mensaje a {r}. Consulta los detalles técnicos a continuación."),
        bl=("Mensaje bloqueado", "Se ha bloqueado tu mensaje para {r}. Consulta los detalles técnicos que aparecen a continuación para obtener más información."),
        dl=("Entrega incompleta", "Se ha producido un problema temporal al entregar tu mensaje a {r}. Gmail volverá a intentarlo durante {h} horas más. Recibirás una notificación si la entrega falla de forma permanente."),
        dn=("No se ha encontrado el dominio", "Tu mensaje no se ha entregado a {r} porque no se ha encontrado el dominio {d}. Comprueba si hay errores tipográficos o espacios innecesarios e inténtalo de nuevo."),
        resp="La respuesta del servidor remoto ha sido:", resp2="La respuesta ha sido:", more="MÁS INFORMACIÓN"),
    "fr": dict(
        nf=("Adresse introuvable", "Votre message n'a pas été distribué à {r}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails."),
        nd=("Message non distribué", "Un problème est survenu lors de la distribution de votre message à {r}. Consultez les informations techniques ci-dessous."),
        bl=("Message bloqué", "Votre message destiné à {r} a été bloqué. Pour en savoir plus, consultez les informations techniques ci-dessous."),
        dl=("Distribution incomplète", "Un problème temporaire est survenu lors de la distribution de votre message à {r}. Gmail effectuera de nouvelles tentatives pendant encore {h} heures. Vous serez averti si la distribution échoue définitivement."),
        dn=("Domaine introuvable", "Votre message n'a pas été distribué à {r}, car le domaine {d} est introuvable. Vérifiez qu'il n'y a pas de faute de frappe ni d'espace inutile, puis réessayez."),
        resp="Réponse du serveur distant :", resp2="Réponse :", more="EN SAVOIR PLUS"),
    "de": dict(
        nf=("Adresse nicht gefunden", "Ihre Nachricht wurde nicht an {r} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann."),
        nd=("Nachricht nicht zugestellt", "Beim Zustellen Ihrer Nachricht an {r} ist ein Problem aufgetreten. Weitere Informationen finden Sie in den technischen Details unten."),
        bl=("Nachricht blockiert", "Ihre Nachricht an {r} wurde blockiert. Weitere Informationen finden Sie in den technischen Details unten."),
        dl=("Zustellung unvollständig", "Beim Zustellen Ihrer Nachricht an {r} ist ein vorübergehendes Problem aufgetreten. Gmail versucht es noch {h} Stunden lang. Sie werden benachrichtigt, falls die Zustellung endgültig fehlschlägt."),
        dn=("Domain nicht gefunden", "Ihre Nachricht wurde nicht an {r} zugestellt, weil die Domain {d} nicht gefunden wurde. Prüfen Sie die Adresse auf Tippfehler und unnötige Leerzeichen und versuchen Sie es noch einmal."),
        resp="Antwort des Remote-Servers:", resp2="Antwort:", more="WEITERE INFORMATIONEN"),
    "pt": dict(
        nf=("Endereço não encontrado", "Sua mensagem não foi entregue a {r} porque o endereço não foi encontrado ou não pode receber e-mails."),
        nd=("Mensagem não entregue", "Ocorreu um problema ao entregar sua mensagem a {r}. Veja os detalhes técnicos abaixo."),
        bl=("Mensagem bloqueada", "Sua mensagem para {r} foi bloqueada. Veja os detalhes técnicos abaixo para mais informações."),
        dl=("Entrega incompleta", "Ocorreu um problema temporário ao entregar sua mensagem a {r}. O Gmail tentará novamente por mais {h} horas. Você será notificado se a entrega falhar permanentemente."),
        dn=("Domínio não encontrado", "Sua mensagem não foi entregue a {r} porque o domínio {d} não foi encontrado. Verifique se há erros de digitação ou espaços desnecessários e tente novamente."),
        resp="A resposta do servidor remoto foi:", resp2="A resposta foi:", more="SAIBA MAIS"),
    "ja": dict(
        nf=("アドレスが見つかりません", "{r} にメールを配信できませんでした。このアドレスが見つからないか、メールを受信できない可能性があります。"),
        nd=("メッセージが配信されませんでした", "{r} へのメッセージの配信中に問題が発生しました。詳しくは、下記の技術情報をご確認ください。"),
        bl=("メッセージがブロックされました", "{r} へのメッセージはブロックされました。詳しくは、下記の技術情報をご確認ください。"),
        dl=("配信が完了していません", "{r} へのメッセージの配信中に一時的な問題が発生しました。Gmail では今後 {h} 時間、再試行を続けます。配信が最終的に失敗した場合はお知らせします。"),
        dn=("ドメインが見つかりません", "ドメイン {d} が見つからなかったため、{r} にメールを配信できませんでした。入力ミスや不要なスペースがないか確認して、もう一度お試しください。"),
        resp="リモート サーバーからの応答:", resp2="応答:", more="詳細"),
    "zh": dict(
        nf=("找不到地址", "您的邮件未能送达 {r}，因为找不到该地址，或该地址无法接收邮件。"),
        nd=("邮件未送达", "向 {r} 递送您的邮件时出现问题。请查看下方的技术详情。"),
        bl=("邮件已被拦截", "您发送给 {r} 的邮件已被拦截。如需了解详情，请查看下方的技术详情。"),
        dl=("递送未完成", "向 {r} 递送您的邮件时出现临时问题。Gmail 将在接下来的 {h} 小时内继续重试。如果递送最终失败，我们会通知您。"),
        dn=("找不到网域", "您的邮件未能送达 {r}，因为找不到网域 {d}。请检查是否有拼写错误或多余的空格，然后重试。"),
        resp="远程服务器返回的响应：", resp2="响应：", more="了解详情"),
    "it": dict(
        nf=("Indirizzo non trovato", "Il tuo messaggio non è stato recapitato a {r} perché l'indirizzo non è stato trovato o non è in grado di ricevere posta."),
        nd=("Messaggio non recapitato", "Si è verificato un problema durante il recapito del messaggio a {r}. Leggi i dettagli tecnici di seguito."),
        bl=("Messaggio bloccato", "Il tuo messaggio per {r} è stato bloccato. Per ulteriori informazioni, leggi i dettagli tecnici di seguito."),
        dl=("Recapito incompleto", "Si è verificato un problema temporaneo durante il recapito del messaggio a {r}. Gmail riproverà per altre {h} ore. Riceverai una notifica se il recapito non andrà a buon fine in modo definitivo."),
        dn=("Dominio non trovato", "Il tuo messaggio non è stato recapitato a {r} perché il dominio {d} non è stato trovato. Verifica che non ci siano errori di battitura o spazi non necessari e riprova."),
        resp="La risposta del server remoto è stata:", resp2="La risposta è stata:", more="ULTERIORI INFORMAZIONI"),
    "nl": dict(
        nf=("Adres niet gevonden", "Je bericht is niet afgeleverd bij {r} omdat het adres niet kan worden gevonden of geen e-mail kan ontvangen."),
        nd=("Bericht niet afgeleverd", "Er is een probleem opgetreden bij het afleveren van je bericht bij {r}. Bekijk de technische details hieronder."),
        bl=("Bericht geblokkeerd", "Je bericht aan {r} is geblokkeerd. Bekijk de technische details hieronder voor meer informatie."),
        dl=("Aflevering niet voltooid", "Er is een tijdelijk probleem opgetreden bij het afleveren van je bericht bij {r}. Gmail probeert het nog {h} uur opnieuw. Je krijgt een melding als de aflevering definitief mislukt."),
        dn=("Domein niet gevonden", "Je bericht is niet afgeleverd bij {r} omdat het domein {d} niet kan worden gevonden. Controleer op typefouten of onnodige spaties en probeer het opnieuw."),
        resp="Het antwoord van de externe server was:", resp2="Het antwoord was:", more="MEER INFORMATIE"),
}

HELP = {"nf": "NoSuchUser", "nd": "BadRcptDomain", "bl": "BlockedMessage", "dl": "DeliveryDelayed", "dn": "BadRcptDomain"}

# A tiny PNG: Google's notices carry an icon in multipart/related.
ICON = ("iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAC5J\n"
        "REFUeNrszjEBAAAIAyD7l1YfSBgnNfSYK4SAgICAgICAgICAgICAgICAgIDfyhVgAAPXgSPN0XcAAAAAElFTkSuQmCC")

SENDERS = ["m.ashdown", "orders", "priya.nair", "studio", "t.vellacott", "accounts", "jun.takeda", "hello"]


def h(name, n=16):
    return hashlib.sha1(name.encode()).hexdigest()[:n]


def gid(name):
    """Google's ESMTP ids look like random base-36 strings."""
    s = hashlib.sha256(name.encode()).hexdigest()
    return s[:4] + s[10:14] + "0" + s[20:26] + "a" + s[30:34]


def google_hops(name, to, date):
    return (f"Delivered-To: {to}\n"
            f"Received: by 2002:a05:6a10:{h(name, 4)}:b0:5c2:{h(name + 'x', 4)}:{h(name + 'y', 4)} with SMTP id {gid(name + 'r')};\n"
            f"        {date}\n"
            f"X-Received: by 2002:a17:906:{h(name + 'z', 4)}:b0:a9e:{h(name + 'w', 4)}:{h(name + 'v', 4)} with SMTP id {gid(name + 'q')}.{h(name, 3)}.{int(h(name, 4), 16) % 97};\n"
            f"        {date}\n"
            "ARC-Seal: i=1; a=rsa-sha256; t=1764780000; cv=none;\n"
            "        d=google.com; s=arc-20240605;\n"
            f"        b={h(name + 'arc', 40)}\n"
            "Return-Path: <>\n"
            "Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [2001:db8:4864:20::45])\n"
            f"        by mx.google.com with SMTPS id {gid(name + 's')}.{h(name, 2)}.2026.11.{int(h(name, 2), 16) % 28 + 1}\n"
            f"        for <{to}>\n"
            "        (Google Transport Security);\n"
            f"        {date}\n"
            "Received-SPF: pass (google.com: domain of postmaster@mail-sor-f69.google.com designates 2001:db8:4864:20::45 as permitted sender) client-ip=2001:db8:4864:20::45;\n"
            "Authentication-Results: mx.google.com;\n"
            "       dkim=pass header.i=@googlemail.com header.s=20230601 header.b=Xq3" + h(name + "dk", 5) + ";\n"
            "       spf=pass (google.com: domain of postmaster@mail-sor-f69.google.com designates 2001:db8:4864:20::45 as permitted sender) smtp.helo=mail-sor-f69.google.com;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=googlemail.com")


def orig_message(name, frm, rcpts, subject, date, body, lang):
    ct = "text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable"
    from samplelib import qp
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={DOM}; s=google; t=1764770000;\n"
            f"        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n"
            f"        bh={h(name + 'bh', 43)}=;\n        b={h(name + 'b', 60)}\n"
            f"MIME-Version: 1.0\nFrom: {frm}\nDate: {date}\n"
            f"Message-ID: <CA+{h(name + 'm', 20)}{h(name + 'n', 12)}@mail.gmail.com>\n"
            f"Subject: {subject if subject.isascii() else enc_header(subject, 'UTF-8')}\nTo: {', '.join(rcpts)}\nContent-Type: {ct}\n\n{qp(body, 'utf-8')}")


def g_dsn(name, lang, kind, rcpts, *, sender, subject, body, date, arrival, hours=45, returned="message", xfail=True):
    """rcpts: dicts with addr, status, diag (reply text or None), remote
    (host, ip) or None, action, and optional kind override."""
    t = T[lang]
    to = f"{sender}@{DOM}"
    plain, htm, blocks = [], [], []
    for r in rcpts:
        k = r.get("kind", kind)
        head, lead = t[k]
        lead = lead.format(r=r["addr"], h=hours, d=r["addr"].split("@")[1])
        label = t["resp"] if r.get("remote") else t["resp2"]
        reply = r["diag"]
        plain.append(f"\n** {head} **\n\n{lead}\n\n{label}\n{reply}\n")
        htm.append(f"<table><tr><td style=\"font-size:24px\">{html.escape(head)}</td></tr>"
                   f"<tr><td style=\"padding-top:24px\">{html.escape(lead)}</td></tr>"
                   f"<tr><td><a href=\"https://support.google.com/mail/?p={HELP[k]}\">{html.escape(t['more'])}</a></td></tr>"
                   f"<tr><td style=\"padding-top:24px\">{html.escape(label)}</td></tr>"
                   f"<tr><td style=\"font-family:monospace\">{html.escape(reply).replace(chr(10), '<br>')}</td></tr></table>")
        lines = [f"Final-Recipient: rfc822; {r['addr']}", f"Action: {r.get('action', 'failed')}", f"Status: {r['status']}"]
        if r.get("remote"):
            host, ip = r["remote"]
            lines.append(f"Remote-MTA: dns; {host}. ({ip}, the server for the domain {r['addr'].split('@')[1]}.)")
        diag = r.get("dsn_diag", reply).replace("\n", "\n ")
        lines.append(f"Diagnostic-Code: smtp; {diag}")
        lines.append(f"Last-Attempt-Date: {r.get('last', date)}")
        if r.get("action") == "delayed":
            lines.append(f"Will-Retry-Until: {r['until']}")
        blocks.append("\n".join(lines))
    delay = any(r.get("action") == "delayed" for r in rcpts)
    html_doc = ("<html>\n<head>\n<style>\n* {\nfont-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n<body>\n"
                "<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" style=\"padding-top:32px;background-color:#ffffff;\"><tbody>\n"
                "<tr><td><img alt=\"\" height=\"16\" src=\"cid:icon.png\" width=\"16\"></td></tr>\n"
                + "\n".join(htm) + "\n</tbody></table>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part("".join(plain), "UTF-8", "quoted-printable"),
                                    text_part(html_doc, "UTF-8", "quoted-printable", "html")], boundary(name, 3), "")
    icon = part("image/png; name=\"icon.png\"", ICON, "base64",
                "Content-Disposition: attachment; filename=\"icon.png\"\nContent-ID: <icon.png>")
    related = multipart("related", [alt, icon], boundary(name, 2), "")
    ds = (f"Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; {to}\nArrival-Date: {arrival}\n"
          f"X-Original-Message-ID: <CA+{h(name + 'm', 20)}{h(name + 'n', 12)}@mail.gmail.com>\n\n" + "\n\n".join(blocks) + "\n")
    frm = f"{T['en']['nf'][0] and 'Mail Delivery Subsystem'} <mailer-daemon@googlemail.com>"
    om = orig_message(name, f"{sender.replace('.', ' ').title()} <{to}>", [r["addr"] for r in rcpts], subject, arrival, body, lang)
    parts = [related, part("message/delivery-status", ds, None)]
    if returned == "message":
        parts.append(part("message/rfc822", om, None))
    else:
        parts.append(part("text/rfc822-headers", om.split("\n\n", 1)[0] + "\n", None))
    heads = [google_hops(name, to, date), ("From", frm), ("To", to), ("Auto-Submitted", "auto-replied"),
             ("Subject", "Delivery Status Notification (Delay)" if delay else "Delivery Status Notification (Failure)"),
             ("References", f"<CA+{h(name + 'm', 20)}{h(name + 'n', 12)}@mail.gmail.com>"),
             ("In-Reply-To", f"<CA+{h(name + 'm', 20)}{h(name + 'n', 12)}@mail.gmail.com>")]
    if xfail and not delay:
        heads.append(("X-Failed-Recipients", ", ".join(r["addr"] for r in rcpts if r.get("action", "failed") == "failed")))
    heads += [("Message-ID", f"<{h(name + 'id', 8)}.{h(name + 'id2', 12)}.{int(h(name, 6), 16)}@mx.google.com>"), ("Date", date)]
    return mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))


CASES = []
N = [0]


def case(name, lang, kind, addr, status, diag, remote, reason, *, hard=False, reply="", action="failed",
         subject="Re: glaze samples for the spring range", body=None, vendor="", extra_rcpts=(), hours=45, dsn_diag=None):
    """One Google notice with one recipient (extra_rcpts: more, as dicts with
    their own expectation)."""
    N[0] += 1
    i = N[0]
    sender = SENDERS[i % len(SENDERS)]
    day = 1 + i % 27
    date = dt(2026, 11, day, (7 + i) % 24, (13 * i) % 60, (7 * i) % 60, "-0800")
    arrival = dt(2026, 11, day, (7 + i) % 24, (13 * i) % 60 // 2, (3 * i) % 60, "-0800")
    if action == "failed" and kind == "nd" and reason == "expired":
        arrival = dt(2026, 11, day - 2 if day > 2 else day, (7 + i) % 24, 1, 12, "-0800")
    r = dict(addr=addr, status=status, diag=diag, remote=remote, action=action)
    if dsn_diag:
        r["dsn_diag"] = dsn_diag
    if action == "delayed":
        r["until"] = dt(2026, 11, day + 2 if day < 27 else day, (7 + i) % 24, (13 * i) % 60 // 2, (3 * i) % 60, "-0800")
    rc = [r] + [dict(x, action=x.get("action", action)) for x in extra_rcpts]
    if body is None:
        body = {"en": "Hi,\n\nattached are the photos of the celadon and tenmoku test tiles.\nCould you confirm the quantities by Friday?\n\nThanks,\nLarkspur Ceramics",
                "es": "Hola:\n\nte envío las fotos de las baldosas de prueba.\n¿Puedes confirmar las cantidades antes del viernes?\n\nGracias,\nLarkspur Ceramics",
                "fr": "Bonjour,\n\nvoici les photos des carreaux d'essai.\nPouvez-vous confirmer les quantités d'ici vendredi ?\n\nMerci,\nLarkspur Ceramics",
                "de": "Hallo,\n\nanbei die Fotos der Probefliesen.\nKönnen Sie die Mengen bis Freitag bestätigen?\n\nDanke,\nLarkspur Ceramics",
                "pt": "Olá,\n\nseguem as fotos dos azulejos de teste.\nVocê pode confirmar as quantidades até sexta?\n\nObrigado,\nLarkspur Ceramics",
                "ja": "お世話になっております。\n\n試作タイルの写真をお送りします。\n金曜日までに数量をご確認いただけますか。\n\nLarkspur Ceramics",
                "zh": "您好：\n\n附上试烧瓷砖的照片。\n请在周五前确认数量。\n\n谢谢！\nLarkspur Ceramics",
                "it": "Ciao,\n\nin allegato le foto delle piastrelle di prova.\nPuoi confermare le quantità entro venerdì?\n\nGrazie,\nLarkspur Ceramics",
                "nl": "Hoi,\n\nhierbij de foto's van de prooftegels.\nKun je de aantallen voor vrijdag bevestigen?\n\nBedankt,\nLarkspur Ceramics"}[lang]
    write(OUT, name, g_dsn(name, lang, kind, rc, sender=sender, subject=subject, body=body, date=date,
                           arrival=arrival, hours=hours, returned="headers" if i % 5 == 0 else "message"))
    for x in rc:
        code = x.get("reply", reply if x is r else "")
        expect(name, x["addr"], x.get("reason", reason), x.get("hard", hard if x is r else False), x["status"], code,
               x["action"], vendor or "gmail")


# ------------------------------------------------------------ address not found (the commonest)

case("g33-en-postfix-virtual-unknown.eml", "en", "nf", "b.hollings@hollings-tiles.example", "5.1.1",
     "550 5.1.1 <b.hollings@hollings-tiles.example>: Recipient address rejected: User unknown in virtual mailbox table",
     ("mx1.hollings-tiles.example", "192.0.2.21"), "userunknown", hard=True, reply="550")
case("g33-es-exim-no-such-user-here.eml", "es", "nf", "compras@ceramicas-levante.example", "5.1.1",
     "550 No Such User Here", ("mail.ceramicas-levante.example", "198.51.100.34"), "userunknown", hard=True, reply="550")
case("g33-fr-postfix-local-table.eml", "fr", "nf", "atelier.morel@poterie-morel.example", "5.1.1",
     "550 5.1.1 <atelier.morel@poterie-morel.example>: Recipient address rejected: User unknown in local recipient table",
     ("mail.poterie-morel.example", "203.0.113.40"), "userunknown", hard=True, reply="550")
case("g33-de-gmx-mailbox-unavailable.eml", "de", "nf", "k.brenninkmeyer@gmx.de", "5.1.1",
     "550 5.1.1 Requested action not taken: mailbox unavailable", ("mx00.emig.gmx.net", "198.51.100.7"),
     "userunknown", hard=True, reply="550", vendor="gmx")
case("g33-pt-uol-usuario-inexistente.eml", "pt", "nf", "ateliedobarro@uol.com.br", "5.1.1",
     "550 5.1.1 <ateliedobarro@uol.com.br>: Recipient address rejected: usuario inexistente",
     ("mx.uol.com.br", "203.0.113.88"), "userunknown", hard=True, reply="550", vendor="uol")
case("g33-ja-docomo-unknown-user.eml", "ja", "nf", "yuki-hanabi.0517@docomo.ne.jp", "5.1.1",
     "550 Unknown user yuki-hanabi.0517@docomo.ne.jp", ("mfsmax.docomo.ne.jp", "203.0.113.139"),
     "userunknown", hard=True, reply="550", vendor="docomo")
case("g33-zh-qq-mailbox-not-found.eml", "zh", "nf", "1849302217@qq.com", "5.1.1",
     "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
     ("mx3.qq.com", "203.0.113.205"), "userunknown", hard=True, reply="550", vendor="qq")
case("g33-zh-163-user-not-found.eml", "zh", "nf", "yaoyao_design@163.com", "5.1.1",
     "550 User not found: yaoyao_design@163.com", ("163mx01.mxmail.netease.com", "198.51.100.163"),
     "userunknown", hard=True, reply="550", vendor="netease")
case("g33-it-libero-mailbox-does-not-exist.eml", "it", "nf", "ceramiche.bassano@libero.it", "5.1.1",
     "550 5.1.1 <ceramiche.bassano@libero.it>: recipient mailbox does not exist / la casella non esiste",
     ("smtp-in.libero.it", "192.0.2.77"), "userunknown", hard=True, reply="550", vendor="libero")
case("g33-nl-ziggo-unknown-user.eml", "nl", "nf", "j.vandenberg@ziggo.nl", "5.1.1",
     "550 5.1.1 <j.vandenberg@ziggo.nl>: Recipient address rejected: undeliverable address: unknown user",
     ("mx.ziggo.nl", "198.51.100.92"), "userunknown", hard=True, reply="550", vendor="ziggo")
case("g33-en-o365-resolver-adr.eml", "en", "nf", "d.okafor@brightwater-homes.example", "5.1.10",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient d.okafor@brightwater-homes.example not found by SMTP address lookup",
     ("brightwaterhomes-example.mail.protection.outlook.com", "192.0.2.194"), "userunknown", hard=True, reply="550", vendor="office365")
case("g33-en-yahoo-no-account.eml", "en", "nf", "glazequeen1984@yahoo.com", "5.0.0",
     "554 delivery error: dd This user doesn't have a yahoo.com account (glazequeen1984@yahoo.com) [0] - mta4012.mail.gq1.yahoo.com",
     ("mta7.am0.yahoodns.net", "198.51.100.49"), "userunknown", hard=True, reply="554", vendor="yahoo")
case("g33-en-mailru-user-not-found.eml", "en", "nf", "irina.gonchar@mail.ru", "5.1.1",
     "550 Message was not accepted -- invalid mailbox.  Local mailbox irina.gonchar@mail.ru is unavailable: user not found",
     ("mxs.mail.ru", "203.0.113.17"), "userunknown", hard=True, reply="550", vendor="mailru")
case("g33-en-gmail-does-not-exist.eml", "en", "nf", "pottery.by.sam@gmail.com", "5.1.1",
     "550 5.1.1 The email account that you tried to reach does not exist. Please try\n5.1.1 double-checking the recipient's email address for typos or\n5.1.1 unnecessary spaces. For more information, go to\n5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7b1c" + h("gm1", 4) + "si1234567a12.402 - gsmtp",
     None, "userunknown", hard=True, reply="550")
case("g33-de-gmail-gibt-es-nicht.eml", "de", "nf", "toepferei.lindner@gmail.com", "5.1.1",
     "550 5.1.1 The email account that you tried to reach does not exist. Please try\n5.1.1 double-checking the recipient's email address for typos or\n5.1.1 unnecessary spaces. For more information, go to\n5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-21c" + h("gm2", 4) + "si77310a.512 - gsmtp",
     None, "userunknown", hard=True, reply="550")
case("g33-en-ironport-address-rejected.eml", "en", "nf", "procurement@meridian-hotels.example", "5.1.0",
     "550 #5.1.0 Address rejected.", ("esa1.meridian-hotels.iphmx.com", "192.0.2.150"),
     "userunknown", hard=True, reply="550", vendor="ironport")
case("g33-es-exchange-onprem-recipient-not-found.eml", "es", "nf", "jefe.obra@constructora-turia.example", "5.1.1",
     "550 5.1.1 User unknown", ("correo.constructora-turia.example", "198.51.100.61"),
     "userunknown", hard=True, reply="550", vendor="exchange")
case("g33-fr-orange-adresse-inconnue.eml", "fr", "nf", "gilles.perret@orange.fr", "5.1.1",
     "550 5.1.1 <gilles.perret@orange.fr>: Recipient address rejected: adresse d'expedition inconnue / mailbox unknown",
     ("smtp-in.orange.fr", "192.0.2.180"), "userunknown", hard=True, reply="550", vendor="orange")
case("g33-en-o365-dbeb-access-denied.eml", "en", "nf", "frontdesk@harlow-dental.example", "5.4.1",
     "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-12T17:03:41.991Z 08DE0A1B2C3D4E5F]",
     ("harlowdental-example.mail.protection.outlook.com", "203.0.113.31"), "userunknown", hard=True, reply="550", vendor="office365")
case("g33-en-tmobile-carrier-unknown.eml", "en", "nf", "12065550143@tmomail.net", "5.1.1",
     "550 5.1.1 <12065550143@tmomail.net>: Recipient address rejected: User unknown in relay recipient table",
     ("mx1.tmomail.net", "198.51.100.230"), "userunknown", hard=True, reply="550", vendor="tmobile")
case("g33-pt-two-rcpts-unknown-and-full.eml", "pt", "nf", "financeiro@olaria-serra.example", "5.1.1",
     "550 5.1.1 <financeiro@olaria-serra.example>: Recipient address rejected: User unknown in virtual alias table",
     ("mx.olaria-serra.example", "203.0.113.56"), "userunknown", hard=True, reply="550", subject="Orçamento 2027 - esmaltes",
     extra_rcpts=[dict(addr="rita.lobo@olaria-serra.example", status="5.2.2", kind="nd",
                       diag="552 5.2.2 <rita.lobo@olaria-serra.example>: Recipient address rejected: Mailbox quota exceeded",
                       remote=("mx.olaria-serra.example", "203.0.113.56"), reason="mailboxfull", hard=False, reply="552")])

# ------------------------------------------------------------ mailbox full

case("g33-de-tonline-mailbox-full.eml", "de", "nd", "h.weisgerber@t-online.de", "5.2.2",
     "552 5.2.2 <h.weisgerber@t-online.de> Mailbox full", ("mx00.t-online.de", "192.0.2.194"),
     "mailboxfull", reply="552", vendor="t-online")
case("g33-en-exchange-quota-shutoff.eml", "en", "nd", "l.pemberton@pemberton-law.example", "5.2.2",
     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=lpemberton. 16.55847:A1040000[EndDiagnosticData]",
     ("pembertonlaw-example.mail.protection.outlook.com", "198.51.100.140"), "mailboxfull", reply="554", vendor="office365")
case("g33-fr-free-over-quota.eml", "fr", "nd", "cecile.roux@free.fr", "5.2.2",
     "552 5.2.2 Over quota", ("mx1.free.fr", "203.0.113.212"), "mailboxfull", reply="552", vendor="free")
case("g33-ja-gmail-recipient-inbox-full.eml", "ja", "nd", "kamakura.yakimono@gmail.com", "5.2.2",
     "552 5.2.2 The recipient's inbox is out of storage space. Please direct the\n5.2.2 recipient to\n5.2.2  https://support.google.com/mail/?p=OverQuotaPerm 5b1f17b1804b1-43a" + h("gm3", 4) + "si88121f.10 - gsmtp",
     None, "mailboxfull", reply="552")
case("g33-pt-exim-quota-exceeded.eml", "pt", "nd", "contato@ceramica-itaipu.example", "5.2.2",
     "552 5.2.2 Mailbox quota exceeded for contato@ceramica-itaipu.example", ("mail.ceramica-itaipu.example", "192.0.2.98"),
     "mailboxfull", reply="552")
case("g33-zh-sina-mailbox-full.eml", "zh", "nd", "chen_lan_art@sina.com", "5.0.0",
     "552 Requested mail action aborted: user mailbox is full, quota 2048M used", ("freemx1.sinamail.sina.com.cn", "198.51.100.171"),
     "mailboxfull", reply="552", vendor="sina")

# ------------------------------------------------------------ domain not found, networks, queue

case("g33-en-domain-not-found-typo.eml", "en", "dn", "sales@hollings-tlies.example", "5.1.2",
     "DNS Error: DNS type 'mx' lookup of hollings-tlies.example responded with code NXDOMAIN\nDomain name not found: hollings-tlies.example\nFor more information, go to https://support.google.com/mail/?p=BadRcptDomain",
     None, "hostunknown", hard=True)
case("g33-pt-domain-not-found.eml", "pt", "dn", "pedidos@loja-barro-fino.example", "5.1.2",
     "DNS Error: DNS type 'mx' lookup of loja-barro-fino.example responded with code NXDOMAIN\nDomain name not found: loja-barro-fino.example",
     None, "hostunknown", hard=True)
case("g33-de-domain-not-found.eml", "de", "dn", "info@keramik-hofmann-shop.example", "5.1.2",
     "DNS Error: DNS type 'mx' lookup of keramik-hofmann-shop.example responded with code NXDOMAIN\nDomain name not found: keramik-hofmann-shop.example",
     None, "hostunknown", hard=True)
case("g33-it-domain-not-found.eml", "it", "dn", "ordini@maioliche-deruta-store.example", "5.1.2",
     "DNS Error: DNS type 'mx' lookup of maioliche-deruta-store.example responded with code NXDOMAIN\nDomain name not found: maioliche-deruta-store.example",
     None, "hostunknown", hard=True)
case("g33-ja-delay-dns-servfail.eml", "ja", "dl", "info@kiln-works.example", "4.4.3",
     "DNS Error: DNS type 'mx' lookup of kiln-works.example responded with code SERVFAIL\nDNS server returned general failure for kiln-works.example",
     None, "networkerror", action="delayed", hours=46)
case("g33-en-delay-connect-timed-out.eml", "en", "dl", "buyer@oakhurst-interiors.example", "4.4.1",
     "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mail.oakhurst-interiors.example. 192.0.2.63: timed out]",
     None, "networkerror", action="delayed", hours=44)
case("g33-fr-gaveup-connect-refused.eml", "fr", "nd", "galerie@terre-et-feu.example", "4.4.1",
     "The recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 \n [mx.terre-et-feu.example. 203.0.113.72: connection refused] [mx2.terre-et-feu.example. 203.0.113.73: connection refused]",
     None, "expired")
case("g33-en-mail-loop-hop-count.eml", "en", "nd", "support@tidepool-software.example", "5.4.6",
     "554 5.4.6 Too many hops 32 (25 max): from <orders@larkspur-ceramics.example> via mail.tidepool-software.example, to <support@tidepool-software.example>",
     ("mail.tidepool-software.example", "198.51.100.66"), "networkerror", reply="554")
case("g33-en-tls-required-not-met.eml", "en", "nd", "claims@sterling-insure.example", "5.7.10",
     "TLS Negotiation failed, the certificate doesn't match the host. The message was not sent because your organisation requires TLS for sterling-insure.example. [mx.sterling-insure.example. 192.0.2.231: certificate name mismatch]",
     None, "failedstarttls")
case("g33-nl-relay-access-denied.eml", "nl", "nd", "info@bakkerij-vos.example", "5.7.1",
     "554 5.7.1 <info@bakkerij-vos.example>: Relay access denied", ("mail.bakkerij-vos.example", "198.51.100.25"),
     "norelaying", reply="554")

# ------------------------------------------------------------ blocks, spam, policy, authentication

case("g33-en-barracuda-reputation.eml", "en", "bl", "office@granite-legal.example", "5.7.1",
     "554 Service unavailable; Client host [2001:db8:4864:20::36] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=2001:db8:4864:20::36",
     ("granite-legal.example.cust.a.hostedemail.com", "203.0.113.245"), "blocked", reply="554", vendor="barracuda")
case("g33-de-exo-spamhaus-client-blocked.eml", "de", "bl", "einkauf@moebel-kranz.example", "5.7.1",
     "550 5.7.1 Service unavailable, Client host [2001:db8:4864:20::2b] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/2001:db8:4864:20::2b AS(1450) [FR3P281MB2211.DEUP281.PROD.OUTLOOK.COM]",
     ("moebelkranz-example.mail.protection.outlook.com", "192.0.2.34"), "blocked", reply="550", vendor="office365")
case("g33-fr-outlook-network-block-list.eml", "fr", "bl", "b.lacombe@hotmail.fr", "5.7.1",
     "550 5.7.1 Unfortunately, messages from [2001:db8:4864:20::44] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AMS0EPF000001A9.eurprd05.prod.outlook.com 2026-11-14T10:22:09.431Z 08DE0B4C5D6E7F80]",
     ("hotmail-com.olc.protection.outlook.com", "198.51.100.13"), "blocked", reply="550", vendor="outlook")
case("g33-es-content-filter-spam.eml", "es", "bl", "ventas@azulejos-almeria.example", "5.7.1",
     "550 5.7.1 Message rejected as spam by Content Filtering.", ("mx.azulejos-almeria.example", "192.0.2.119"),
     "spamdetected", reply="550")
case("g33-en-yandex-suspicion-of-spam.eml", "en", "bl", "a.volkova@yandex.ru", "5.7.1",
     "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1764869283-aBcDeF12Gh-3a4b5c6d",
     ("mx.yandex.ru", "203.0.113.151"), "spamdetected", reply="554", vendor="yandex")
case("g33-zh-qq-content-denied.eml", "zh", "bl", "2846610093@qq.com", "5.0.0",
     "550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
     ("mx1.qq.com", "198.51.100.205"), "spamdetected", reply="550", vendor="qq")
case("g33-zh-163-dt-spm.eml", "zh", "bl", "linxiaotao@163.com", "5.0.0",
     "554 DT:SPM 163 mx27,QsCowACHPwfaRk9n_1k8BA--.13385S2 1764869283, please see http://mail.163.com/help/help_spam_16.htm?ip=2001:db8:4864:20::31&hostid=mx27&time=1764869283",
     ("163mx02.mxmail.netease.com", "203.0.113.164"), "spamdetected", reply="554", vendor="netease")
case("g33-it-virus-found.eml", "it", "bl", "amministrazione@vetreria-murano.example", "5.7.1",
     "554 5.7.1 The message was rejected because it contains a virus: Win.Trojan.Agent-1987354 (attachment preventivo.docm)",
     ("mx.vetreria-murano.example", "192.0.2.240"), "virusdetected", reply="554")
case("g33-en-dmarc-reject-by-receiver.eml", "en", "bl", "ap@ridgeline-foods.example", "5.7.1",
     "550 5.7.1 Email rejected per DMARC policy for larkspur-ceramics.example (dkim=fail, spf=softfail)",
     ("mx1.ridgeline-foods.example", "198.51.100.101"), "authfailure", reply="550")
case("g33-de-spf-violation.eml", "de", "bl", "bestellung@toepferbedarf-nord.example", "5.7.23",
     "550 5.7.23 The message was rejected because of Sender Policy Framework violation (larkspur-ceramics.example does not designate 2001:db8:4864:20::50 as permitted sender)",
     ("mx.toepferbedarf-nord.example", "203.0.113.90"), "authfailure", reply="550")
case("g33-en-mimecast-user-block-entry.eml", "en", "bl", "t.marsh@marsh-architects.example", "5.0.0",
     "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [kQ3xR5vZN0yW1a2b3c4d5e.uk182]",
     ("eu-smtp-inbound-1.mimecast.com", "192.0.2.205"), "filtered", reply="550", vendor="mimecast")
case("g33-en-exchange-not-authorized-group.eml", "en", "bl", "all-staff@kettering-college.example", "5.7.1",
     "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this group. Only members of all-staff may post [CH2PR04MB6902.namprd04.prod.outlook.com]",
     ("ketteringcollege-example.mail.protection.outlook.com", "198.51.100.177"), "filtered", reply="550", vendor="office365")
case("g33-pt-sophos-content-restrictions.eml", "pt", "bl", "juridico@advocacia-paiva.example", "5.7.1",
     "550 5.7.1 Message rejected due to content restrictions (executable attachment type .exe is not allowed)",
     ("mx-01-sa-east-1.prod.hydra.sophos.com", "203.0.113.11"), "policyviolation", reply="550", vendor="sophos")
case("g33-nl-icloud-hm08-local-policy.eml", "nl", "bl", "m.dijkstra@icloud.com", "5.7.1",
     "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
     ("mx01.mail.icloud.com", "192.0.2.17"), "policyviolation", reply="554", vendor="icloud")
case("g33-de-admin-compliance-rule.eml", "de", "bl", "buchhaltung@lieferant-koehler.example", "5.7.0",
     "552 5.7.0 Message rejected by the administrator of larkspur-ceramics.example: messages containing payment card numbers may not be sent outside the organisation (content compliance rule \"PCI outbound\")",
     None, "policyviolation", reply="552")
case("g33-en-exim-sender-verify-failed.eml", "en", "nd", "info@pennine-framing.example", "5.0.0",
     "550-Verification failed for <studio@larkspur-ceramics.example>\n550-Called:   2001:db8:4864:4::1a\n550-Sent:     RCPT TO:<studio@larkspur-ceramics.example>\n550-Response: 550 5.1.1 The email account that you tried to reach does not exist.\n550 Sender verify failed",
     ("mail.pennine-framing.example", "203.0.113.129"), "rejected", reply="550", vendor="exim")
case("g33-ja-softbank-size.eml", "ja", "nd", "hana.tsubaki@i.softbank.jp", "5.3.4",
     "552 5.3.4 Message size exceeds fixed limit", ("mx.i.softbank.jp", "198.51.100.199"),
     "emailtoolarge", reply="552", vendor="softbank")
case("g33-nl-postfix-message-too-big.eml", "nl", "nd", "offerte@tegelhandel-smit.example", "5.3.4",
     "552 5.3.4 Message size exceeds fixed limit", ("mx.tegelhandel-smit.example", "192.0.2.58"),
     "emailtoolarge", reply="552")
case("g33-zh-126-mailsize-limit.eml", "zh", "nd", "wu_ceramic@126.com", "5.0.0",
     "552 Requested mail action aborted: exceeded mailsize limit", ("126mx00.mxmail.netease.com", "203.0.113.126"),
     "emailtoolarge", reply="552", vendor="netease")
case("g33-en-att-mms-size.eml", "en", "nd", "4155550188@mms.att.net", "5.3.4",
     "552 5.3.4 Message size exceeds limit. Multimedia messages are limited to 1 MB", ("mms-mx.att.net", "192.0.2.203"),
     "emailtoolarge", reply="552", vendor="att")
case("g33-en-mailru-account-disabled.eml", "en", "nd", "sergey.potter@mail.ru", "5.2.1",
     "550 Message was not accepted -- invalid mailbox.  Local mailbox sergey.potter@mail.ru is unavailable: account is disabled",
     ("mxs.mail.ru", "203.0.113.18"), "suspend", reply="550", vendor="mailru")
case("g33-ja-gmail-account-disabled.eml", "ja", "nd", "shigaraki.noborigama@gmail.com", "5.2.1",
     "550 5.2.1 The email account that you tried to reach is disabled. For more\n5.2.1 information, go to\n5.2.1  https://support.google.com/mail/?p=DisabledUser 98e67ed59e1d1-2f7" + h("gm4", 4) + "si55231a.88 - gsmtp",
     None, "suspend", reply="550")
case("g33-it-zimbra-account-closed.eml", "it", "nd", "ufficio.tecnico@comune-faenza.example", "5.2.1",
     "550 5.2.1 <ufficio.tecnico@comune-faenza.example>: account is closed / casella disattivata", ("posta.comune-faenza.example", "198.51.100.118"),
     "suspend", reply="550", vendor="zimbra")
case("g33-en-daily-sending-limit.eml", "en", "nd", "newsletter-list@larkspur-friends.example", "5.4.5",
     "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail\n5.4.5 sending limits go to\n5.4.5  https://support.google.com/a/answer/166852 d2e1a72fcca58-72d" + h("gm5", 4) + "sm9923b.33 - gsmtp",
     None, "ratelimited", reply="550")

# ------------------------------------------------------------ delays (about one in eight)

case("g33-es-delay-dovecot-quota.eml", "es", "dl", "m.soler@estudio-soler.example", "4.2.2",
     "452 4.2.2 <m.soler@estudio-soler.example> Mailbox is full / Blocks limit exceeded / Inode limit exceeded",
     ("mail.estudio-soler.example", "192.0.2.147"), "mailboxfull", action="delayed", reply="452", hours=40)
case("g33-en-delay-exchange-insufficient-resources.eml", "en", "dl", "reception@holloway-clinic.example", "4.3.1",
     "452 4.3.1 Insufficient system resources (UsedDiskSpace[D:\\Exchange\\TransportRoles\\data\\Queue])",
     ("mail.holloway-clinic.example", "203.0.113.222"), "systemfull", action="delayed", reply="452", hours=47)
case("g33-it-delay-gmail-inbox-out-of-storage.eml", "it", "dl", "laboratorio.faenza@gmail.com", "4.2.2",
     "452 4.2.2 The recipient's inbox is out of storage space and inactive. Please\n4.2.2 direct the recipient to\n4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 5b1f17b1804b1-43b" + h("gm6", 4) + "si71022f.5 - gsmtp",
     None, "mailboxfull", action="delayed", reply="452", hours=46)
case("g33-nl-delay-gmail-receiving-rate.eml", "nl", "dl", "keramiekatelier.hoorn@gmail.com", "4.2.1",
     "452 4.2.1 The user you are trying to contact is receiving mail at a rate that\n4.2.1 prevents additional messages from being delivered. Please resend your\n4.2.1 message at a later time. If the user is able to receive mail at that\n4.2.1 time, your message will be delivered. For more information, go to\n4.2.1  https://support.google.com/mail/?p=ReceivingRatePerm a640c23a62f3a-aa5" + h("gm7", 4) + "si1210466b.61 - gsmtp",
     None, "ratelimited", action="delayed", reply="452", hours=47)
case("g33-es-delay-sender-domain-not-found.eml", "es", "dl", "reservas@hotel-albaicin.example", "4.1.8",
     "450 4.1.8 <avisos@tienda.larkspur-ceramics.example>: Sender address rejected: Domain not found",
     ("mx.hotel-albaicin.example", "198.51.100.42"), "rejected", action="delayed", reply="450", hours=45)
case("g33-en-delay-too-many-connections.eml", "en", "dl", "orders@fenwick-hardware.example", "4.7.0",
     "421 4.7.0 mail.fenwick-hardware.example Error: too many connections from 2001:db8:4864:20::3c; please try again later",
     ("mail.fenwick-hardware.example", "192.0.2.88"), "ratelimited", action="delayed", reply="421", hours=43)
case("g33-de-delay-temporary-local-problem.eml", "de", "dl", "vertrieb@glasur-werk.example", "4.3.0",
     "451 4.3.0 <vertrieb@glasur-werk.example>: Temporary local problem - please try later",
     ("mx.glasur-werk.example", "203.0.113.101"), "systemerror", action="delayed", reply="451", hours=47)



# ------------------------------------------------------------ recipients' auto-replies, as Gmail delivers them

def inbound_hops(name, to, frm_host, frm_ip, date):
    return (f"Delivered-To: {to}\n"
            f"Received: by 2002:a05:6a10:{h(name, 4)}:b0:5c2:{h(name + 'x', 4)}:{h(name + 'y', 4)} with SMTP id {gid(name + 'r')};\n"
            f"        {date}\n"
            "Return-Path: <>\n"
            f"Received: from {frm_host} ({frm_host}. [{frm_ip}])\n"
            f"        by mx.google.com with ESMTPS id {gid(name + 's')}.{h(name, 2)}.2026.11.{int(h(name, 2), 16) % 28 + 1}\n"
            f"        for <{to}>\n"
            "        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {date}\n"
            f"Received-SPF: pass (google.com: domain of {frm_host} designates {frm_ip} as permitted sender) client-ip={frm_ip};")


def ordinary(name, dirpath, *, to, frm, frm_host, frm_ip, subject, date, body, charset="UTF-8", cte="quoted-printable",
             extra=(), subtype="plain", parts=None, return_path=None):
    hops = inbound_hops(name, to, frm_host, frm_ip, date)
    if return_path is not None:
        hops = hops.replace("Return-Path: <>", f"Return-Path: <{return_path}>")
    subj = subject if subject.isascii() else enc_header(subject, charset)
    if not frm.isascii():
        disp, addr = frm.rsplit(" <", 1)
        frm = enc_header(disp, "UTF-8") + " <" + addr
    heads = [hops, ("From", frm), ("To", to), ("Subject", subj), ("Date", date),
             ("Message-ID", mid(name, frm_host))] + list(extra)
    if parts is None and charset == "iso-2022-jp":
        top = part("text/plain; charset=ISO-2022-JP", body.encode(charset).decode("ascii"), "7bit")
    elif parts is None:
        top = text_part(body, charset, cte, subtype)
    else:
        top = parts
    write(dirpath, name, mail(heads, top))


def vacation(name, *, addr, display, host, ip, subject, body, charset, cte, extra, date, sender="m.ashdown"):
    ordinary(name, OUT, to=f"{sender}@{DOM}", frm=f"{enc_header(display, charset) if not display.isascii() else display} <{addr}>",
             frm_host=host, frm_ip=ip, subject=subject, date=date, body=body, charset=charset, cte=cte,
             extra=extra, return_path="")
    expect(name, addr, "vacation", False, "", "", "", "")


vacation("g33-vacation-exchange-de.eml", addr="s.hartmann@fliesen-hartmann.example", display="Hartmann, Sabine",
         host="mail-fr2deu01on2107.outbound.protection.outlook.com", ip="192.0.2.107",
         subject="Automatische Antwort: Re: glaze samples for the spring range",
         body="Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 14. Dezember nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an einkauf@fliesen-hartmann.example.\n\nMit freundlichen Grüßen\nSabine Hartmann",
         charset="iso-8859-1", cte="quoted-printable", date=dt(2026, 11, 30, 16, 2, 11, "+0100"),
         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "s.hartmann@fliesen-hartmann.example"), ("In-Reply-To", "<CA+7f1e@mail.gmail.com>")])
vacation("g33-vacation-gmail-responder-es.eml", addr="lucia.ferrer.ceramista@gmail.com", display="Lucía Ferrer",
         host="mail-sor-f41.google.com", ip="2001:db8:4864:20::29",
         subject="Fuera de la oficina hasta el 9 de diciembre",
         body="Hola,\n\nestoy de viaje en la feria de Valencia y responderé a tu correo a partir del 9 de diciembre.\n\nUn saludo,\nLucía",
         charset="UTF-8", cte="quoted-printable", date=dt(2026, 11, 28, 9, 41, 0, "+0100"),
         extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<CA+9a0c@mail.gmail.com>"), ("References", "<CA+9a0c@mail.gmail.com>")])
vacation("g33-vacation-qq-autoreply-zh.eml", addr="2219048765@qq.com", display="张晓梅",
         host="out203-205.mail.qq.com", ip="203.0.113.205",
         subject="自动回复: Re: 样品报价",
         body="您好，我已收到您的邮件，目前正在外地出差，12月5日后回复。谢谢！\n张晓梅",
         charset="gb18030", cte="base64", date=dt(2026, 11, 26, 10, 15, 3, "+0800"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-QQ-mid", "xmautoreply" + h("qqv", 12))])
vacation("g33-vacation-iso2022jp-ja.eml", addr="m.ishikawa@kutani-toki.example", display="Ishikawa Mariko",
         host="mail.kutani-toki.example", ip="198.51.100.83",
         subject="不在通知: Re: 試作タイルの件",
         body="メールありがとうございます。\n\n12月1日から12月8日まで出張のため不在にしております。\n急ぎのご用件は営業部（sales@kutani-toki.example）までご連絡ください。\n\n石川 真理子",
         charset="iso-2022-jp", cte="7bit", date=dt(2026, 12, 1, 9, 0, 12, "+0900"),
         extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")])
vacation("g33-vacation-zimbra-fr.eml", addr="h.garnier@faiencerie-quimper.example", display="Hélène Garnier",
         host="zimbra.faiencerie-quimper.example", ip="192.0.2.133",
         subject="Réponse automatique : absence jusqu'au 7 décembre",
         body="Bonjour,\n\nJe suis absente jusqu'au 7 décembre inclus. Votre message sera traité à mon retour.\nPour toute urgence : atelier@faiencerie-quimper.example.\n\nHélène Garnier",
         charset="UTF-8", cte="quoted-printable", date=dt(2026, 11, 29, 14, 33, 50, "+0100"),
         extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])
vacation("g33-vacation-outlook-nl.eml", addr="r.bakker@tegelhuis-bakker.example", display="Rob Bakker",
         host="mail-am7eur03on2120.outbound.protection.outlook.com", ip="198.51.100.120",
         subject="Automatisch antwoord: Re: offerte glazuren",
         body="Bedankt voor je bericht. Ik ben met vakantie tot en met 12 december en lees mijn e-mail niet.\nVoor bestellingen kun je terecht bij verkoop@tegelhuis-bakker.example.\n\nGroet,\nRob",
         charset="UTF-8", cte="quoted-printable", date=dt(2026, 12, 2, 11, 7, 30, "+0100"),
         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "r.bakker@tegelhuis-bakker.example")])

write_expected(os.path.join(OUT, "expected.jsonl"))

# ------------------------------------------------------------ near-misses: Google's other mail, replies, newsletters

ME = f"m.ashdown@{DOM}"
ADMIN = f"admin@{DOM}"
G = ("mail-sor-f73.google.com", "2001:db8:4864:20::49")


def nbm(name, subject, body, *, to=ME, frm="Google <no-reply@accounts.google.com>", host=G, charset="UTF-8",
        cte="quoted-printable", extra=(), date=None, subtype="plain", parts=None):
    n = len(os.listdir(NB)) + 1
    date = date or dt(2026, 11, 1 + n % 27, 8 + n % 12, (11 * n) % 60, (5 * n) % 60, "-0800")
    ordinary(name, NB, to=to, frm=frm, frm_host=host[0], frm_ip=host[1], subject=subject, date=date, body=body,
             charset=charset, cte=cte, extra=extra, subtype=subtype, parts=parts, return_path=frm.split("<")[-1].rstrip(">"))


nbm("nb-workspace-storage-almost-full-en.eml", "Your Google Workspace storage is almost full",
    "Hi Mark,\n\nYou've used 96% of the 30 GB of storage in your Google Workspace account\nm.ashdown@larkspur-ceramics.example.\n\n"
    "When your storage is full, you won't be able to send or receive email in Gmail,\nand messages sent to you will be returned to the sender.\n\n"
    "Free up space: https://one.google.com/storage/management\n\nThe Google Workspace team\n\n"
    "You have received this mandatory email service announcement to update you about\nimportant changes to your Google Workspace account.",
    frm="Google Workspace <workspace-noreply@google.com>")
nbm("nb-workspace-storage-full-es.eml", "Tu almacenamiento está lleno",
    "Hola, Priya:\n\nHas agotado los 30 GB de almacenamiento de tu cuenta priya.nair@larkspur-ceramics.example.\n"
    "Mientras no liberes espacio, no podrás enviar ni recibir correos en Gmail y los mensajes que te envíen\nse devolverán al remitente.\n\n"
    "Liberar espacio: https://one.google.com/storage/management\n\nEl equipo de Google Workspace",
    to=f"priya.nair@{DOM}", frm="Google Workspace <workspace-noreply@google.com>")
nbm("nb-google-security-alert-new-signin-en.eml", "Security alert",
    "A new sign-in on Windows\n\nm.ashdown@larkspur-ceramics.example\n\n"
    "We noticed a new sign-in to your Google Account on a Windows device. If this was you,\nyou don't need to do anything. If not, we'll help you secure your account.\n\n"
    "Check activity: https://accounts.google.com/AccountChooser?Email=m.ashdown@larkspur-ceramics.example\n\n"
    "You received this email to let you know about important changes to your Google Account and services.\n"
    "(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA")
nbm("nb-google-security-alert-blocked-de.eml", "Sicherheitswarnung: Anmeldeversuch wurde blockiert",
    "Anmeldeversuch wurde blockiert\n\nt.vellacott@larkspur-ceramics.example\n\n"
    "Jemand hat gerade Ihr Passwort verwendet, um sich über eine App anzumelden, die nicht den aktuellen\n"
    "Sicherheitsstandards entspricht. Google hat den Versuch blockiert.\n\n"
    "Aktivität prüfen: https://myaccount.google.com/notifications\n\n"
    "Sie haben diese E-Mail erhalten, um Sie über wichtige Änderungen an Ihrem Google-Konto zu informieren.",
    to=f"t.vellacott@{DOM}")
nbm("nb-workspace-admin-user-suspended-en.eml", "[Google Workspace] User suspended: jun.takeda@larkspur-ceramics.example",
    "Google Workspace Alert\n\nUser suspended (suspicious login)\n\n"
    "Google suspended the user jun.takeda@larkspur-ceramics.example on Nov 18, 2026 at 3:12 AM PST\n"
    "because of suspicious sign-in activity. While suspended, the user can't sign in, and mail sent to\n"
    "the account is still delivered to the inbox.\n\n"
    "Review in the Admin console: https://admin.google.com/ac/users\n\n"
    "You're receiving this mandatory email because you're an administrator of larkspur-ceramics.example.",
    to=ADMIN, frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>")
nbm("nb-workspace-admin-dmarc-requirements-en.eml", "[Action required] Email sender requirements for larkspur-ceramics.example",
    "Hello Administrator,\n\nStarting February 2027, Gmail will reject messages from bulk senders that do not\n"
    "authenticate with SPF and DKIM and publish a DMARC policy. Our records show that\n"
    "larkspur-ceramics.example does not yet publish a DMARC record.\n\n"
    "What you need to do: add a TXT record at _dmarc.larkspur-ceramics.example, for example\n"
    "    v=DMARC1; p=none; rua=mailto:dmarc@larkspur-ceramics.example\n\n"
    "Learn more: https://support.google.com/a/answer/81126\n\nThe Google Workspace team",
    to=ADMIN, frm="The Google Workspace Team <workspace-noreply@google.com>")
nbm("nb-workspace-admin-routing-changed-fr.eml", "Paramètres de routage des e-mails modifiés",
    "Bonjour,\n\nLes paramètres de routage de Gmail pour larkspur-ceramics.example ont été modifiés par\nadmin@larkspur-ceramics.example le 20 nov. 2026 à 10:41 (UTC+01:00).\n\n"
    "Paramètre : Routage - Hôte de relais sortant smtp-relay.gmail.com\n\n"
    "Si vous n'êtes pas à l'origine de cette modification, consultez la console d'administration :\nhttps://admin.google.com/ac/apps/gmail/routing\n\nL'équipe Google Workspace",
    to=ADMIN, frm="Google Workspace <workspace-noreply@google.com>")
nbm("nb-workspace-invoice-ja.eml", "Google Workspace: 2026年11月のご請求書",
    "Google Workspace をご利用いただきありがとうございます。\n\n"
    "larkspur-ceramics.example の 2026 年 11 月分のご請求書をご用意しました。\n請求額: USD 84.00（Business Standard 7 ユーザー）\n\n"
    "請求書を表示: https://admin.google.com/ac/billing\n\nGoogle Workspace チーム",
    to=ADMIN, frm="Google Payments <payments-noreply@google.com>")
nbm("nb-workspace-admin-quarantine-en.eml", "3 messages are waiting in the Admin quarantine",
    "Admin quarantine summary for larkspur-ceramics.example\n\n"
    "Quarantine: Default (outbound attachments)\n\n"
    "  From                               To                                 Subject\n"
    "  orders@larkspur-ceramics.example   buyer@oakhurst-interiors.example   Invoice 2026-118\n"
    "  studio@larkspur-ceramics.example   info@pennine-framing.example       Kiln schedule.xlsm\n"
    "  hello@larkspur-ceramics.example    lists@clay-guild.example           December newsletter\n\n"
    "Release or reject them in the Admin console: https://email-quarantine.google.com/adminreview\n",
    to=ADMIN, frm="Google Workspace <quarantine-noreply@google.com>")
ICS = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
       "BEGIN:VEVENT\nDTSTART:20261208T170000Z\nDTEND:20261208T180000Z\nDTSTAMP:20261201T101500Z\n"
       "ORGANIZER;CN=Priya Nair:mailto:priya.nair@larkspur-ceramics.example\n"
       "UID:" + h("ics1", 26) + "@google.com\n"
       "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.ashdown@larkspur-ceramics.example;X-NUM-GUESTS=0:mailto:m.ashdown@larkspur-ceramics.example\n"
       "SUMMARY:Kiln firing schedule review\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
nbm("nb-calendar-invitation-en.eml", "Invitation: Kiln firing schedule review @ Tue Dec 8, 2026 9am - 10am (PST) (m.ashdown@larkspur-ceramics.example)", "",
    frm="Priya Nair <priya.nair@larkspur-ceramics.example>", extra=[("Sender", "Google Calendar <calendar-notification@google.com>")],
    parts=multipart("mixed", [multipart("alternative", [
        text_part("Kiln firing schedule review\nTuesday Dec 8, 2026 9am - 10am (PST)\n\nOrganizer: Priya Nair\nGuests: m.ashdown@larkspur-ceramics.example\n\n"
                  "Reply for m.ashdown@larkspur-ceramics.example: Yes / No / Maybe\nhttps://calendar.google.com/calendar/event?action=RESPOND&eid=" + h("eid", 32) + "\n\n"
                  "Invitation from Google Calendar\nYou are receiving this email because you are an attendee of the event.\n", "UTF-8", "quoted-printable"),
        part("text/calendar; charset=\"UTF-8\"; method=REQUEST", ICS, "7bit")], boundary("nbcal", 2), ""),
        part("application/ics; name=\"invite.ics\"", ICS, "7bit", "Content-Disposition: attachment; filename=\"invite.ics\"")],
        boundary("nbcal", 1), ""))
nbm("nb-calendar-invitation-fr.eml", "Invitation: Visite de l'atelier @ jeu. 10 déc. 2026 14:00 - 15:30 (UTC+1) (m.ashdown@larkspur-ceramics.example)",
    "Visite de l'atelier\njeudi 10 déc. 2026 ⋅ 14:00 – 15:30 (heure normale d'Europe centrale)\n\n"
    "Organisateur : h.garnier@faiencerie-quimper.example\nInvités : m.ashdown@larkspur-ceramics.example\n\n"
    "Répondre pour m.ashdown@larkspur-ceramics.example : Oui / Non / Peut-être\n\n"
    "Invitation de Google Agenda\nVous recevez cet e-mail, car vous êtes invité à cet événement.",
    frm="Hélène Garnier <h.garnier@faiencerie-quimper.example>", host=("zimbra.faiencerie-quimper.example", "192.0.2.133"),
    extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
nbm("nb-calendar-declined-ja.eml", "辞退: 窯出し立ち会い @ 2026年12月9日(水) 10:00～11:00 (JST) (jun.takeda@larkspur-ceramics.example)",
    "石川 真理子 さんがこの招待を辞退しました。\n\n窯出し立ち会い\n2026年12月9日(水) 10:00～11:00 (日本標準時)\n\n"
    "主催者: jun.takeda@larkspur-ceramics.example\n\nGoogle カレンダーからの招待状\n",
    to=f"jun.takeda@{DOM}", frm="m.ishikawa@kutani-toki.example", host=("mail.kutani-toki.example", "198.51.100.83"),
    extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
nbm("nb-calendar-updated-pt.eml", "Convite atualizado: Reunião de fornecedores @ sex 11 dez 2026 10:00 - 11:00 (BRT)",
    "Este evento foi alterado.\n\nReunião de fornecedores\nNovo horário: sexta-feira, 11 dez 2026 10:00 – 11:00 (Horário Padrão de Brasília)\n\n"
    "Organizador: contato@ceramica-itaipu.example\nConvidados: orders@larkspur-ceramics.example\n\nConvite do Google Agenda",
    to=f"orders@{DOM}", frm="Contato <contato@ceramica-itaipu.example>", host=("mail.ceramica-itaipu.example", "192.0.2.98"),
    extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
nbm("nb-reply-customer-mailbox-was-full-en.eml", "Re: glaze samples for the spring range",
    "Hi Mark,\n\nsorry for the silence. My mailbox was full last week and I think some mail bounced\n"
    "back to you - could you resend the price list? The address is right, it was just over quota.\n\n"
    "Thanks,\nBeth\n\nOn Mon, Nov 23, 2026 at 9:14 AM Mark Ashdown <m.ashdown@larkspur-ceramics.example> wrote:\n> Hi Beth,\n> attached are the photos of the test tiles.\n",
    frm="Beth Hollings <beth@hollings-tiles.example>", host=("mx1.hollings-tiles.example", "192.0.2.21"),
    extra=[("In-Reply-To", "<CA+b1e7@mail.gmail.com>"), ("References", "<CA+b1e7@mail.gmail.com>")])
nbm("nb-reply-buyer-zh.eml", "回复: 样品报价",
    "Ashdown 先生您好：\n\n样品已收到，质量很好。我们下周确认订单数量。\n之前的邮箱已停用，请以后发到这个地址。\n\n谢谢！\n陈兰",
    to=f"orders@{DOM}", frm="=?UTF-8?B?6ZmI5YWw?= <chen.lan@xinyao-trade.example>", host=("mx.xinyao-trade.example", "203.0.113.171"),
    extra=[("In-Reply-To", "<CA+c0ffee@mail.gmail.com>")])
nbm("nb-newsletter-workspace-updates-en.eml", "Google Workspace Updates: November highlights",
    "November on the Google Workspace Updates blog\n\n"
    "* Gmail: new controls for outbound delivery notifications in the Admin console\n"
    "* Calendar: booking pages now support buffer times\n"
    "* Drive: improved storage management for shared drives\n\n"
    "Read more: https://workspaceupdates.googleblog.com/\n\n"
    "You are receiving this email because you subscribed to Google Workspace Updates.\nUnsubscribe: https://workspace.google.com/unsubscribe",
    to=ADMIN, frm="Google Workspace <workspace-updates-noreply@google.com>",
    extra=[("List-Unsubscribe", "<https://workspace.google.com/unsubscribe?u=" + h("wsu", 20) + ">"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
nbm("nb-newsletter-supplier-it.eml", "Novità di dicembre: smalti e terre da Deruta",
    "Gentile cliente,\n\nquesto mese presentiamo i nuovi smalti cristallini e le terre refrattarie.\n"
    "Spedizione gratuita per ordini sopra i 300 euro fino al 20 dicembre.\n\n"
    "Non vuoi più ricevere la newsletter? Annulla l'iscrizione: https://news.maioliche-fornitura.example/u/" + h("itu", 12) + "\n",
    to=f"hello@{DOM}", frm="Forniture Ceramiche Deruta <news@maioliche-fornitura.example>", host=("out.news.maioliche-fornitura.example", "198.51.100.205"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@maioliche-fornitura.example>"), ("Precedence", "bulk")])
nbm("nb-google-groups-pending-moderation-en.eml", "[wholesale] Message pending moderation: Price list 2027",
    "A message from an outside sender is waiting for moderation in the group\nwholesale@larkspur-ceramics.example.\n\n"
    "From: buyer@oakhurst-interiors.example\nSubject: Price list 2027\n\n"
    "Approve or reject it: https://groups.google.com/a/larkspur-ceramics.example/g/wholesale/pending\n\n"
    "You received this message because you are a manager of the group.",
    to=ADMIN, frm="wholesale+msgappr@larkspur-ceramics.example", extra=[("Sender", "Google Groups <noreply@google.com>")])
nbm("nb-google-drive-share-nl.eml", "Gedeeld document: \"Prijslijst tegels 2027\"",
    "Rob Bakker heeft het volgende document met je gedeeld:\n\nPrijslijst tegels 2027\nhttps://docs.google.com/spreadsheets/d/" + h("drv", 30) + "/edit\n\n"
    "Je ontvangt deze e-mail omdat r.bakker@tegelhuis-bakker.example een document met je heeft gedeeld.\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, VS",
    frm="\"Rob Bakker (via Google Spreadsheets)\" <drive-shares-dm-noreply@google.com>",
    extra=[("Reply-To", "Rob Bakker <r.bakker@tegelhuis-bakker.example>")])
nbm("nb-google-dmarc-aggregate-report.eml", "Report domain: larkspur-ceramics.example Submitter: google.com Report-ID: " + str(int(h("rid", 12), 16)), "",
    to=f"dmarc@{DOM}", frm="noreply-dmarc-support@google.com",
    parts=multipart("mixed", [text_part("This is an aggregate report from google.com.\n", "UTF-8", "7bit"),
                              part("application/zip; name=\"google.com!larkspur-ceramics.example!1764633600!1764719999.zip\"",
                                   "UEsDBBQAAAAIAAAAIQDummyDataForAggregateReportAAAAAAAAAAAAAAAAAAAAAAAAAA==", "base64",
                                   "Content-Disposition: attachment; filename=\"google.com!larkspur-ceramics.example!1764633600!1764719999.zip\"")],
                    boundary("nbdmarc"), ""))
