#!/usr/bin/env python3
"""Writes testdata/unseen/batch-34: the bounce folder of a company whose own
mail runs on Microsoft 365 (Exchange Online). Every bounce it receives is an
Exchange Online NDR, old layout ("Delivery has failed to these recipients or
groups") or the newer card layout ("Your message to X couldn't be
delivered", "Action Required", "More Info for Email Admins", the hops
table), or a "Delivery delayed" notice, many in the localised templates
Microsoft sends to users of other languages (fr, es, it, nl, pl, ja, zh-CN,
pt-BR, sv). They quote remote servers of every kind and Microsoft's own
codes. Auto-replies ("Automatic reply:" localised) come too. not-bounce/
holds Microsoft's other mail (quarantine, Teams, SharePoint, recall
results, read receipts, security and admin alerts), replies and
newsletters, which must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch34.py [DIR]"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

ORG = "harbourline-logistics.example"
TENANT = "harbourlinelog.onmicrosoft.com"
SYSFROM = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + TENANT + ">"
HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def h(name, n=8):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def srv(name, region="eurprd04"):
    pre = {"eurprd04": "AM9PR04MB", "eurprd08": "PAXPR08MB", "apcprd02": "TYZPR02MB",
           "namprd12": "SA1PR12MB", "apcprd06": "SEYPR06MB", "eurprd05": "VI1PR05MB"}[region]
    return f"{pre}{int(h(name, 4), 16) % 9000 + 1000}.{region}.prod.outlook.com"


def ms_received(name, region, date, user):
    a = srv(name, region)
    b = srv(name + "/mbx", region)
    return (f"Received: from {a} (2603:10a6:20b:{h(name,3).lower()}::12)\n by {b} with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.{int(h(name,3),16)%40};\n {date}\n"
            f"Received: from {a} ([fe80::{h(name,4).lower()}:2c1f:{h(name+'x',4).lower()}]) by\n {a}\n"
            f" ([fe80::{h(name,4).lower()}:2c1f:{h(name+'x',4).lower()}%5]) with mapi id 15.20.8207.017;\n {date}")


def split_code(diag):
    m = re.match(r"^(\d{3})[ -](\d\.\d{1,3}\.\d{1,3})", diag)
    if m:
        return m.group(1), m.group(2)
    m = re.match(r"^(\d{3})\b", diag)
    return (m.group(1) if m else ""), ""


# Localised template words (Exchange Online's old layout, delay notice and auto-reply subject).
L = {
    "en": dict(fail="Undeliverable: ", delay="Delivery delayed:", auto="Automatic reply: ",
               head="Delivery has failed to these recipients or groups:",
               why="Your message couldn't be delivered. The receiving email server returned the error shown below.",
               dhead="Delivery is delayed to these recipients or groups:",
               dmore="This message hasn't been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver this message for the next {left}. You'll be notified if the message can't be delivered by that time.",
               diag="Diagnostic information for administrators:", gen="Generating server:", recv="Receiving server:",
               rr="Remote Server returned '{d}'", rat="Remote Server at {s} ({ip}) returned '{d}'",
               orig="Original message headers:", subj="Subject:", lang="en-US"),
    "fr": dict(fail="Non remis : ", delay="Remise différée :", auto="Réponse automatique : ",
               head="Impossible de remettre le message à ces destinataires ou groupes :",
               why="Votre message n'a pas pu être remis. Le serveur de messagerie destinataire a renvoyé l'erreur ci-dessous.",
               dhead="La remise est différée pour ces destinataires ou groupes :",
               dmore="Ce message n'a pas encore été remis. Les tentatives de remise vont se poursuivre.\n\nLe serveur continuera d'essayer de remettre ce message pendant les {left}. Vous serez averti si le message ne peut pas être remis d'ici là.",
               diag="Informations de diagnostic pour les administrateurs :", gen="Serveur de génération :", recv="Serveur de réception :",
               rr="Le serveur distant a retourné '{d}'", rat="Le serveur distant {s} ({ip}) a retourné '{d}'",
               orig="En-têtes de message d'origine :", subj="Objet :", lang="fr-FR"),
    "es": dict(fail="No se puede entregar: ", delay="Entrega retrasada:", auto="Respuesta automática: ",
               head="Error al entregar a estos destinatarios o grupos:",
               why="No se pudo entregar el mensaje. El servidor de correo electrónico de destino devolvió el error que se muestra a continuación.",
               dhead="La entrega a estos destinatarios o grupos se ha retrasado:",
               dmore="Este mensaje aún no se ha entregado. Se seguirá intentando la entrega.\n\nEl servidor seguirá intentando entregar este mensaje durante los próximos {left}. Recibirá una notificación si el mensaje no se puede entregar en ese plazo.",
               diag="Información de diagnóstico para administradores:", gen="Servidor de generación:", recv="Servidor de recepción:",
               rr="El servidor remoto devolvió '{d}'", rat="El servidor remoto {s} ({ip}) devolvió '{d}'",
               orig="Encabezados del mensaje original:", subj="Asunto:", lang="es-ES"),
    "it": dict(fail="Non recapitabile: ", delay="Recapito ritardato:", auto="Risposta automatica: ",
               head="Recapito non riuscito per i destinatari o gruppi seguenti:",
               why="Impossibile recapitare il messaggio. Il server di posta del destinatario ha restituito l'errore riportato di seguito.",
               dhead="Il recapito ai seguenti destinatari o gruppi è in ritardo:",
               dmore="Il messaggio non è stato ancora recapitato. I tentativi di recapito continueranno.\n\nIl server continuerà a tentare il recapito per i prossimi {left}. Se il messaggio non potrà essere recapitato entro tale termine, si riceverà una notifica.",
               diag="Informazioni di diagnostica per gli amministratori:", gen="Server di generazione:", recv="Server di ricezione:",
               rr="Il server remoto ha restituito '{d}'", rat="Il server remoto {s} ({ip}) ha restituito '{d}'",
               orig="Intestazioni del messaggio originale:", subj="Oggetto:", lang="it-IT"),
    "nl": dict(fail="Onbestelbaar: ", delay="Bezorging vertraagd:", auto="Automatisch antwoord: ",
               head="Bezorging is mislukt voor deze ontvangers of groepen:",
               why="Uw bericht kan niet worden bezorgd. De ontvangende e-mailserver heeft de onderstaande fout geretourneerd.",
               dhead="Bezorging aan deze ontvangers of groepen is vertraagd:",
               dmore="Dit bericht is nog niet bezorgd. Er wordt geprobeerd het bericht te bezorgen.\n\nDe server blijft de komende {left} proberen dit bericht te bezorgen. U ontvangt een melding als het bericht dan nog niet kan worden bezorgd.",
               diag="Diagnostische gegevens voor beheerders:", gen="Server voor genereren:", recv="Ontvangende server:",
               rr="Externe server heeft '{d}' geretourneerd", rat="Externe server {s} ({ip}) heeft '{d}' geretourneerd",
               orig="Oorspronkelijke berichtkoppen:", subj="Onderwerp:", lang="nl-NL"),
    "pl": dict(fail="Niedostarczalne: ", delay="Opóźnione dostarczanie:", auto="Odpowiedź automatyczna: ",
               head="Nie można dostarczyć do następujących adresatów lub grup:",
               why="Nie można dostarczyć wiadomości. Serwer poczty adresata zwrócił błąd przedstawiony poniżej.",
               dhead="Dostarczanie do następujących adresatów lub grup jest opóźnione:",
               dmore="Ta wiadomość nie została jeszcze dostarczona. Próby dostarczenia będą kontynuowane.\n\nSerwer będzie próbował dostarczyć tę wiadomość przez następne {left}. Otrzymasz powiadomienie, jeśli do tego czasu nie uda się jej dostarczyć.",
               diag="Informacje diagnostyczne dla administratorów:", gen="Serwer generujący:", recv="Serwer odbierający:",
               rr="Serwer zdalny zwrócił '{d}'", rat="Serwer zdalny {s} ({ip}) zwrócił '{d}'",
               orig="Oryginalne nagłówki wiadomości:", subj="Temat:", lang="pl-PL"),
    "ja": dict(fail="配信不能: ", delay="配信の遅延:", auto="自動応答: ",
               head="次の受信者またはグループへの配信に失敗しました:",
               why="メッセージを配信できませんでした。受信側のメール サーバーから次のエラーが返されました。",
               dhead="次の受信者またはグループへの配信が遅延しています:",
               dmore="このメッセージはまだ配信されていません。配信は引き続き試行されます。\n\nサーバーは今後 {left} の間、このメッセージの配信を試行します。それまでに配信できない場合は通知されます。",
               diag="管理者用の診断情報:", gen="生成サーバー:", recv="受信サーバー:",
               rr="リモート サーバーから '{d}' が返されました", rat="リモート サーバー {s} ({ip}) から '{d}' が返されました",
               orig="元のメッセージ ヘッダー:", subj="件名:", lang="ja-JP"),
    "zh": dict(fail="无法投递: ", delay="延迟传递:", auto="自动答复: ",
               head="传递给这些收件人或组失败:",
               why="无法传递你的邮件。接收方电子邮件服务器返回了下面显示的错误。",
               dhead="传递给这些收件人或组的邮件被延迟:",
               dmore="此邮件尚未传递。将继续尝试传递。\n\n服务器将在接下来的 {left} 内继续尝试传递此邮件。如果届时仍无法传递，你将收到通知。",
               diag="管理员的诊断信息:", gen="生成服务器:", recv="接收服务器:",
               rr="远程服务器返回“{d}”", rat="远程服务器 {s} ({ip}) 返回“{d}”",
               orig="原始邮件头:", subj="主题:", lang="zh-CN"),
    "pt": dict(fail="Não é possível entregar: ", delay="Entrega atrasada:", auto="Resposta automática: ",
               head="Falha na entrega para estes destinatários ou grupos:",
               why="Não foi possível entregar sua mensagem. O servidor de email de destino retornou o erro mostrado abaixo.",
               dhead="A entrega para estes destinatários ou grupos está atrasada:",
               dmore="Esta mensagem ainda não foi entregue. A entrega continuará a ser tentada.\n\nO servidor continuará tentando entregar esta mensagem pelos próximos {left}. Você será notificado se a mensagem não puder ser entregue até lá.",
               diag="Informações de diagnóstico para administradores:", gen="Servidor de geração:", recv="Servidor de recebimento:",
               rr="O servidor remoto retornou '{d}'", rat="O servidor remoto {s} ({ip}) retornou '{d}'",
               orig="Cabeçalhos da mensagem original:", subj="Assunto:", lang="pt-BR"),
    "sv": dict(fail="Det gick inte att leverera: ", delay="Leveransen är försenad:", auto="Automatiskt svar: ",
               head="Leveransen misslyckades till dessa mottagare eller grupper:",
               why="Det gick inte att leverera meddelandet. Den mottagande e-postservern returnerade felet nedan.",
               dhead="Leveransen till dessa mottagare eller grupper är försenad:",
               dmore="Meddelandet har inte levererats än. Leveransförsöken fortsätter.\n\nServern fortsätter att försöka leverera meddelandet under de kommande {left}. Du får ett meddelande om det inte kan levereras inom den tiden.",
               diag="Diagnostikinformation för administratörer:", gen="Genererande server:", recv="Mottagande server:",
               rr="Fjärrservern returnerade '{d}'", rat="Fjärrservern {s} ({ip}) returnerade '{d}'",
               orig="Ursprungliga meddelandehuvuden:", subj="Ämne:", lang="sv-SE"),
}
LEFT = {"en": "1 days, 19 hours and 52 minutes", "fr": "1 jours, 19 heures et 52 minutes",
        "es": "1 días, 19 horas y 52 minutos", "it": "1 giorni, 19 ore e 52 minuti",
        "nl": "1 dagen, 19 uur en 52 minuten", "pl": "1 dni, 19 godz. i 52 min", "ja": "1 日 19 時間 52 分",
        "zh": "1 天 19 小时 52 分钟", "pt": "1 dias, 19 horas e 52 minutos", "sv": "1 dagar, 19 timmar och 52 minuter"}
REGION = {"en": "eurprd04", "fr": "eurprd08", "es": "eurprd05", "it": "eurprd08", "nl": "eurprd04",
          "pl": "eurprd05", "ja": "apcprd02", "zh": "apcprd06", "pt": "namprd12", "sv": "eurprd04"}
USERS = {"en": ("Fiona Marsh", "f.marsh"), "fr": ("Camille Roux", "c.roux"), "es": ("Lucía Ortega", "l.ortega"),
         "it": ("Marco Bellini", "m.bellini"), "nl": ("Sanne de Vries", "s.devries"), "pl": ("Tomasz Wójcik", "t.wojcik"),
         "ja": ("佐藤 健", "k.sato"), "zh": ("王磊", "wang.lei"), "pt": ("Rafael Souza", "r.souza"),
         "sv": ("Elin Lindqvist", "e.lindqvist")}
CHARSET = {"ja": ("utf-8", "base64"), "zh": ("utf-8", "base64")}


def hdr(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return enc_header(text, "utf-8")


def sender_of(lang):
    disp, local = USERS[lang]
    return disp, f"{local}@{ORG}"


def original(name, lang, to_list, subject, date, full=True):
    disp, addr = sender_of(lang)
    omid = f"<{h(name + 'o', 12)}{h(name, 6)}@{srv(name, REGION[lang]).split('.')[0]}.{REGION[lang]}.prod.outlook.com>"
    heads = (f"Received: from {srv(name, REGION[lang])} ([fe80::{h(name,4).lower()}:2c1f]) by\n {srv(name, REGION[lang])} with mapi id 15.20.8207.017;\n {date}\n"
             f"From: {hdr(disp)} <{addr}>\nTo: {', '.join('<%s>' % t for t in to_list)}\nSubject: {hdr(subject)}\n"
             f"Thread-Topic: {hdr(subject)}\nThread-Index: AQHbRk{h(name,10)}==\nDate: {date}\nMessage-ID: {omid}\n"
             f"Accept-Language: {L[lang]['lang'] if lang == 'en' else L[lang]['lang'] + ', en-US'}\nContent-Language: {L[lang]['lang']}\nX-MS-Has-Attach:\n"
             f"X-MS-TNEF-Correlator:\nx-ms-publictraffictype: Email\nMIME-Version: 1.0\n")
    return heads, omid


def card_text(rcpt, c, sender, subject, cdate, gen, remote, name):
    dom = rcpt.split("@")[1]
    why = c.get("why") or f"{dom}'s email server returned an error when Office 365 tried to deliver your message."
    act = c.get("act") or "Delivery failed"
    fix = c.get("fix") or "Forward this message to your email admin, who can use the error details below to work out what went wrong."
    admin = c.get("admin") or "The receiving server returned the error below. If the problem continues, contact the recipient's email admin with the error details."
    hops = [(1, srv(name, "eurprd04"), srv(name, "eurprd04"), "mapi", "*"),
            (2, srv(name, "eurprd04"), srv(name + "/e", "eurprd04"), "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", "1 sec"),
            (3, srv(name + "/e", "eurprd04"), "AMS0EPF000001A3.mail.protection.outlook.com", "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", "*")]
    hl = "\n".join(f"{n}\t{cdate}\t{a}\t{b}\t{w}\t{t}" for n, a, b, w, t in hops)
    return f"""Your message to {rcpt} couldn't be delivered.

{why}

{sender.split('@')[0]}
Sender\tOffice 365\t{dom}
Action Required\tRecipient

{act}

How to Fix It
{fix}

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlink/?LinkId=525920>.
________________________________

More Info for Email Admins
Status code: {split_code(c['diag'])[1] or split_code(c['diag'])[0]}

{admin}

Original Message Details
Created Date:\t{cdate}
Sender Address:\t{sender}
Recipient Address:\t{rcpt}
Subject:\t{subject}

Error Details
Error:\t{c['diag']}
Message rejected by:\t{remote}

Notification Details
Sent by:\t{gen}

Message Hops
HOP\tTIME (UTC)\tFROM\tTO\tWITH\tRELAY TIME
{hl}
"""


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f"<p style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">{p.replace(chr(10), '<br>')}</p>\n" for p in esc.split("\n\n"))
    return f"<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n{paras}</body>\n</html>"


def ndr(name, lang, subject, cases, when, layout="old", returned="message", delay=False, vendor="exchangeonline", frm=SYSFROM):
    """cases: list of dicts with rcpt, diag, reason, remote, ip; optional why/act/fix/admin (card)."""
    t = L[lang]
    disp, sender = sender_of(lang)
    region = REGION[lang]
    gen = srv(name, region)
    y, mo, d, hh, mi = when
    cdate = dt(y, mo, d, hh, mi, 2)
    ndate = dt(y, mo, d, hh + (4 if delay else 0), mi + 1, 37)
    slash = f"{mo}/{d}/{y} {hh % 12 or 12}:{mi:02d}:02 {'AM' if hh < 12 else 'PM'}"
    rcpts = [c["rcpt"] for c in cases]
    if layout == "card":
        c = cases[0]
        text = card_text(c["rcpt"], c, sender, subject, slash, gen, c.get("remote", gen), name)
    elif not delay:
        lines = [t["head"], ""]
        for c in cases:
            lines += [f"{c['rcpt']} ({c['rcpt']})", c.get("why_old", t["why"]), ""]
        lines += ["", "", "", t["diag"], "", f"{t['gen']} {gen}", ""]
        for c in cases:
            lines += [c["rcpt"], t["rr"].format(d=c["diag"]), ""]
        text = "\n".join(lines)
    else:
        c = cases[0]
        lines = [t["dhead"], ""] + [f"{x['rcpt']} ({x['rcpt']})" for x in cases] + [
            "", f"{t['subj']} {subject}", "", t["dmore"].format(left=LEFT[lang]), "", t["diag"], "",
            f"{t['gen']} {gen}", f"{t['recv']} {c['remote']} ({c['ip']})", ""]
        for x in cases:
            lines += [x["rcpt"], t["rat"].format(s=x["remote"], ip=x["ip"], d=x["diag"])]
            for k, earlier in enumerate(x.get("earlier", [])):
                lines.append(f"{mo}/{d}/{y} {(hh + k) % 12 or 12}:{(mi + 17 * k + 11) % 60:02d}:40 {'AM' if hh < 12 else 'PM'} - " + t["rat"].format(s=x["remote"], ip=x["ip"], d=earlier))
            lines.append("")
        text = "\n".join(lines)
    oheads, omid = original(name, lang, rcpts, subject, cdate)
    if layout != "card":
        text += "\n" + t["orig"] + "\n\n" + oheads
    else:
        text += "\nOriginal Message Headers\n\n" + oheads
    cs, cte = CHARSET.get(lang, ("utf-8", "quoted-printable"))
    if lang == "en":
        cs, cte = "utf-8", "quoted-printable"
    bnd = boundary(name)
    tp = multipart("alternative", [text_part(text, cs, cte), text_part(html_of(text), cs, cte, "html")], boundary(name, 2), "")
    recs = []
    for c in cases:
        reply, status = split_code(c["diag"])
        if c.get("status"):
            status = c["status"]
        r = {"final": c["rcpt"], "original": c["rcpt"], "action": "delayed" if delay else "failed",
             "status": status or ("4.0.0" if delay else "5.0.0"), "diag": c["diag"]}
        if c.get("remote") and c["remote"] != gen:
            r["remote"] = c["remote"]
        if delay:
            r["will_retry"] = dt(y, mo, d + 2, hh, mi, 2)
        recs.append(r)
        reason = c["reason"]
        hard = reason in HARD and not delay and (status or "5").startswith("5")
        expect(name, c["rcpt"], reason, hard=hard, status=r["status"], reply=reply,
               action="delayed" if delay else "failed", vendor=vendor)
    ds = delivery_status(gen, recs, cdate)
    body_text = "Hello,\n\nplease find the details below.\n\nKind regards,\n" + disp + "\n"
    if returned == "message":
        rp = part("message/rfc822", oheads + "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + text_part(body_text, "utf-8", "quoted-printable").split("\n\n", 1)[1], cte=None)
    else:
        rp = part("text/rfc822-headers", oheads, cte=None)
    prefix = t["delay"] + " " if delay else t["fail"]
    heads = [ms_received(name, region, ndate, sender),
             ("From", frm),
             ("To", f"{hdr(disp)} <{sender}>"), ("Subject", hdr(prefix + subject)),
             ("Thread-Topic", hdr(subject)), ("Date", ndate),
             ("Message-ID", f"<{h(name + 'n', 8)}-{h(name, 4)}-4{h(name + 'q', 3)}-9{h(name + 'r', 3)}-{h(name + 's', 12)}@{gen}>".lower()),
             ("In-Reply-To", omid), ("References", omid),
             ("Content-Language", t["lang"]), ("X-MS-Has-Attach", "yes" if returned == "message" else ""),
             ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Exchange-Organization-AuthSource", gen),
             ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-MS-PublicTrafficType", "Email"),
             ("Auto-Submitted", "auto-replied")]
    msg = mail(heads, multipart("report", [tp, ds, rp], bnd, " report-type=delivery-status;"))
    write(OUT, name, msg)


def C(rcpt, diag, reason, remote=None, ip="192.0.2.25", **kw):
    d = dict(rcpt=rcpt, diag=diag, reason=reason, remote=remote or ("mx." + rcpt.split("@")[1]), ip=ip)
    d.update(kw)
    return d


GM = "gmail-smtp-in.l.google.com"
IP = "198.51.100.77"   # the tenant's outbound address as remote servers quote it


def bounces():
    # --- English, the newer card layout -----------------------------------
    ndr("eo-card-postfix-virtual-table-unknown.eml", "en", "Berth schedule for MV Coral Tern", [
        C("p.hale@brightwater-marine.example", "550 5.1.1 <p.hale@brightwater-marine.example>: Recipient address rejected: User unknown in virtual mailbox table", "userunknown",
          why="p.hale wasn't found at brightwater-marine.example.", act="Unknown To address",
          fix="The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message; remove the recipient from your Outlook autocomplete list.")],
        (2026, 11, 3, 8, 14), layout="card")
    ndr("eo-card-gmail-account-does-not-exist.eml", "en", "Invoice HL-2026-4471", [
        C("kerry.osei.accounts@gmail.com", "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43a1c2d9e8fsi4412095e9.173 - gsmtp", "userunknown",
          remote=GM, ip="192.0.2.27", why="kerry.osei.accounts wasn't found at gmail.com.", act="Unknown To address")],
        (2026, 11, 4, 10, 2), layout="card")
    ndr("eo-card-gmail-account-disabled.eml", "en", "Re: customs paperwork for container HLXU 402117-3", [
        C("dmitri.vassallo@gmail.com", "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 41be03b00d2f7-7fe1a0c2b14si912834a12.311 - gsmtp", "suspend",
          remote=GM, ip="192.0.2.27")],
        (2026, 11, 5, 15, 40), layout="card")
    ndr("eo-card-other-tenant-shutoff-quota.eml", "en", "Weekly tonnage report", [
        C("j.penrose@quayside-stevedores.example", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f9c0a7be21d4c55a1e0d6b4c2f81a9e-jpenrose. 16.55847:B8000000, 17.43559:0000000094000000000000000000000000000000[EndDiagnosticData]", "mailboxfull",
          remote="DB9PR02MB7433.eurprd02.prod.outlook.com", why="The recipient's mailbox is full and can't accept messages now. Please try to resend your message later, or contact the recipient directly.",
          act="Recipient's mailbox full")],
        (2026, 11, 6, 9, 21), layout="card")
    ndr("eo-card-remote-spam-5.7.350.eml", "en", "Special rates: reefer capacity December", [
        C("logistics@alder-fresh-produce.example", "550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Message rejected: content classified as spam (score 9.8 / threshold 5.0)", "spamdetected",
          why="Your message to logistics@alder-fresh-produce.example couldn't be delivered because the destination email system thinks it's spam.", act="Message flagged as spam")],
        (2026, 11, 9, 11, 5), layout="card")
    ndr("eo-card-transport-rule-reject.eml", "en", "Signed contract attached", [
        C("legal@northgate-insurance.example", "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy", "policyviolation",
          remote="LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM", why="Your message wasn't delivered because the recipient's email provider rejected it.",
          act="Message blocked by the recipient's organization", admin="A mail flow rule (transport rule) in the recipient's organization rejected this message. Only the recipient's email admin can change that rule.")],
        (2026, 11, 10, 13, 48), layout="card")
    ndr("eo-card-daily-recipient-limit.eml", "en", "Holiday closing dates 2026", [
        C("bookings@pier9-hostel.example", "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients. For more information please visit https://docs.microsoft.com/en-us/office365/troubleshoot/antispam/sending-limits-exceeded", "ratelimited",
          remote=srv("eo-card-daily-recipient-limit.eml"), why="Your message can't be sent because you've reached your daily limit for message recipients.",
          act="Recipient limit reached", fix="Wait 24 hours and try to send the message again, or send it to fewer recipients.")],
        (2026, 11, 12, 16, 30), layout="card")
    ndr("eo-card-personal-block-list.eml", "en", "Overdue balance on account 88213", [
        C("g.ferris@ferris-joinery.example", "550 5.7.1 Message refused by recipient: the sender is on the recipient's personal block list", "filtered")],
        (2026, 11, 13, 8, 55), layout="card")
    ndr("eo-card-starttls-first.eml", "en", "Bill of lading draft", [
        C("docs@ostrava-intermodal.example", "530 5.7.0 Must issue a STARTTLS command first", "failedstarttls", ip="192.0.2.140")],
        (2026, 11, 16, 10, 11), layout="card")
    ndr("eo-card-not-rfc5322-multiple-subject.eml", "en", "Quote request 2026-Q4-118", [
        C("quotes.sandhill@gmail.com", "550 5.7.1 [198.51.100.77] This message is not RFC 5322 compliant. There are multiple Subject headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant 2adb3069b0e04-53e2f0a7c1bsi88120e87.402 - gsmtp", "notcompliantrfc",
          remote=GM, ip="192.0.2.27")],
        (2026, 11, 17, 14, 3), layout="card")
    # --- English, the old layout ------------------------------------------
    ndr("eo-old-exim-two-recipients.eml", "en", "Pallet count discrepancy", [
        C("j.okafor@tidewater-supply.example", "550 5.1.1 <j.okafor@tidewater-supply.example>: No Such User Here", "userunknown", remote="mail.tidewater-supply.example"),
        C("stores@tidewater-supply.example", "552 5.2.2 <stores@tidewater-supply.example>: mailbox quota exceeded (10240 of 10240 MB used)", "mailboxfull", remote="mail.tidewater-supply.example")],
        (2026, 11, 3, 12, 20))
    ndr("eo-old-yahoo-no-account.eml", "en", "Your delivery window", [
        C("kelly.brandt@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account (kelly.brandt@yahoo.com) [0] - mta1047.mail.gq1.yahoo.com", "userunknown",
          remote="mta7.am0.yahoodns.net", ip="192.0.2.58", status="5.0.0")],
        (2026, 11, 4, 18, 7))
    ndr("eo-old-dns-domain-does-not-exist.eml", "en", "Rate card", [
        C("info@harbour-line-logistcs.example", "550 5.4.310 DNS domain harbour-line-logistcs.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=harbour-line-logistcs.example] [AM9PR04MB8123.eurprd04.prod.outlook.com 2026-11-05T07:41:12.880Z 08DD0C1E2F3A4B5C]", "hostunknown",
          remote="")],
        (2026, 11, 5, 7, 41))
    ndr("eo-old-parked-domain-no-mail.eml", "en", "Meeting next Tuesday", [
        C("info@parkedname.example", "554 5.0.0 <info@parkedname.example>: this domain does not accept mail (parked domain, no mailboxes)", "notaccept", remote="park-mx.sedo-like.example")],
        (2026, 11, 6, 11, 30))
    ndr("eo-old-postfix-size-fixed-limit.eml", "en", "Scans of damaged cargo (photos)", [
        C("claims@meridian-underwriters.example", "552 5.3.4 Message size exceeds fixed limit", "emailtoolarge", remote="smtp.meridian-underwriters.example")],
        (2026, 11, 9, 9, 12))
    ndr("eo-old-spamhaus-zen.eml", "en", "Tracking update", [
        C("ops@kestrel-couriers.example", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{IP}", "blocked")],
        (2026, 11, 10, 15, 2))
    ndr("eo-old-gmail-dmarc-unauthenticated.eml", "en", "Statement of account", [
        C("fin.thornbury@gmail.com", f"550 5.7.26 Unauthenticated email from {ORG} is not accepted due to domain's DMARC policy. Please contact the administrator of {ORG} domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection d75a77b69052e-4611a2b3c4dsi20931cf.88 - gsmtp", "authfailure",
          remote=GM, ip="192.0.2.27")],
        (2026, 11, 11, 10, 44))
    ndr("eo-old-clamav-infected.eml", "en", "FW: scanned customs declaration", [
        C("customs@baltic-forwarders.example", "550 5.7.0 Message rejected: infected by Win.Malware.Emotet-9953431-0 (ClamAV)", "virusdetected")],
        (2026, 11, 12, 8, 9))
    ndr("eo-old-group-senders-not-authenticated.eml", "en", "Board pack for 28 November", [
        C("board@eastquay-trust.example", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group", "filtered",
          remote="PR3P195MB0712.EURP195.PROD.OUTLOOK.COM")],
        (2026, 11, 13, 17, 25))
    ndr("eo-old-relay-access-denied.eml", "en", "Order 55120 confirmation", [
        C("orders@millbrook-foods.example", "554 5.7.1 <orders@millbrook-foods.example>: Relay access denied", "norelaying", remote="relay.millbrook-foods.example")],
        (2026, 11, 16, 9, 37))
    ndr("eo-old-send-as-permission.eml", "en", "Shared mailbox: dispatch roster", [
        C("roster@portside-crewing.example", "550 5.7.60 SMTP; Client does not have permissions to send as this sender", "securityerror",
          remote="")],
        (2026, 11, 17, 7, 58), frm=f"postmaster@{TENANT}")
    ndr("eo-old-queue-expired-timeout.eml", "en", "Vessel ETA change", [
        C("agency@riverstone-shipping.example", "550 4.4.7 QUEUE.Expired; message expired [LastError='451 4.4.0 Primary target IP address responded with: \"421 4.4.2 mx.riverstone-shipping.example Error: timeout exceeded.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.']", "expired",
          remote="")],
        (2026, 11, 18, 6, 15))
    ndr("eo-old-procmail-command-died.eml", "en", "Depot key handover", [
        C("ops@sandpiper-freight.example", "550 5.3.0 <ops@sandpiper-freight.example>: Command died with status 1: \"/usr/bin/procmail -a $EXTENSION\". Command output: procmail: Error while writing to \"/var/mail/ops\"", "mailererror", remote="mail.sandpiper-freight.example")],
        (2026, 11, 19, 13, 6))
    ndr("eo-old-user-has-moved.eml", "en", "Annual maintenance contract", [
        C("d.morgan@westfield-ports.example", "551 5.1.6 <d.morgan@westfield-ports.example>: User has moved; mailbox no longer in use and mail is not forwarded", "hasmoved")],
        (2026, 11, 20, 10, 50))
    ndr("eo-old-bdat-unrecognized.eml", "en", "Crane hire invoice", [
        C("accounts@hollin-crane-hire.example", "500 5.5.1 Command unrecognized: \"BDAT 48213 LAST\"", "syntaxerror", remote="mail.hollin-crane-hire.example")],
        (2026, 11, 23, 11, 19))
    ndr("eo-old-sender-address-access-denied.eml", "en", "Tender response HL/2026/77", [
        C("tenders@county-procurement.example", f"550 5.1.0 <f.marsh@{ORG}>: Sender address rejected: Access denied", "rejected")],
        (2026, 11, 24, 14, 22))
    ndr("eo-old-poor-sender-reputation.eml", "en", "Newsletter: winter schedules", [
        C("harbour.office@saltmarsh-marina.example", f"554 5.7.1 Message rejected because the sending IP [{IP}] has a poor reputation (SenderScore 41)", "badreputation")],
        (2026, 11, 25, 8, 3))
    ndr("eo-old-cyrus-backend-local-error.eml", "en", "Updated price list", [
        C("buying@greyfriars-wholesale.example", "554 5.3.0 Local error in processing: could not write to backend mailstore (lmtpd: I/O error)", "systemerror")],
        (2026, 11, 26, 15, 33))
    # --- French --------------------------------------------------------------
    ndr("eo-fr-adresse-inconnue.eml", "fr", "Devis transport Lyon - Rotterdam", [
        C("claire.benoit@vignoble-saint-aubin.example", "550 5.1.1 <claire.benoit@vignoble-saint-aubin.example>: Adresse destinataire inconnue / unknown recipient", "userunknown")],
        (2026, 11, 3, 9, 5))
    ndr("eo-fr-storedrv-quota.eml", "fr", "Relance facture 2026-0931", [
        C("j.durand@cabinet-durand-avocats.example", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=8c2a1e4f0b7d4e3c9a6f5d1e2b3c4d5e-jdurand.[EndDiagnosticData]", "mailboxfull",
          remote="PR1P264MB3012.FRAP264.PROD.OUTLOOK.COM")],
        (2026, 11, 10, 10, 14))
    ndr("eo-fr-liste-noire-locale.eml", "fr", "Confirmation d'enlèvement", [
        C("expedition@tonnellerie-garnier.example", f"554 5.7.1 Client host rejected: IP {IP} listed in local blacklist / adresse IP en liste noire", "blocked")],
        (2026, 11, 18, 16, 2))
    # --- Spanish -------------------------------------------------------------
    ndr("eo-es-nonexistent-domain.eml", "es", "Presupuesto almacenaje Valencia", [
        C("compras@distribuciones-levante.example", "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "hostunknown", remote="")],
        (2026, 11, 4, 12, 30))
    ndr("eo-es-buzon-no-existe.eml", "es", "Albarán 7781", [
        C("almacen@ferreteria-alcala.example", "550 5.1.1 <almacen@ferreteria-alcala.example>: El buzon no existe / mailbox does not exist", "userunknown")],
        (2026, 11, 12, 9, 48))
    ndr("eo-es-demasiados-mensajes.eml", "es", "Circular a clientes: horario de Navidad", [
        C("info@bodegas-marin.example", "550 5.7.1 Demasiados mensajes desde su dominio en la ultima hora (too many messages from your domain, limit 200/h)", "ratelimited")],
        (2026, 11, 20, 17, 1))
    # --- Italian -------------------------------------------------------------
    ndr("eo-it-gmail-size-limits.eml", "it", "Foto danni merce - pratica 3312", [
        C("spedizioni.ferraro@gmail.com", "552 5.3.4 Your message exceeded Google's message size limits. Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. 5b1f17b1804b1-4349ca1f2e0si7712335e9.412 - gsmtp", "emailtoolarge",
          remote=GM, ip="192.0.2.27")],
        (2026, 11, 5, 11, 11))
    ndr("eo-it-libero-casella-piena.eml", "it", "Sollecito pagamento", [
        C("r.conti@libero.it", "552 5.2.2 <r.conti@libero.it> casella di posta piena / mailbox full", "mailboxfull", remote="smtp-in.libero.it", ip="192.0.2.91")],
        (2026, 11, 13, 8, 40))
    ndr("eo-it-solo-pec.eml", "it", "Istanza di rimborso", [
        C("protocollo@pec.comune-valdora.example", "550 5.7.1 <protocollo@pec.comune-valdora.example>: messaggio non PEC rifiutato, la casella accetta solo posta certificata (policy)", "policyviolation")],
        (2026, 11, 24, 10, 26))
    # --- Dutch ---------------------------------------------------------------
    ndr("eo-nl-mailbox-bestaat-niet.eml", "nl", "Offerte koeltransport", [
        C("inkoop@kwekerij-van-dam.example", "550 5.1.1 <inkoop@kwekerij-van-dam.example>: Mailbox bestaat niet / mailbox does not exist", "userunknown")],
        (2026, 11, 6, 14, 18))
    ndr("eo-nl-spf-check-failed.eml", "nl", "Factuur november", [
        C("administratie@bloemenveiling-noord.example", f"550 5.7.1 SPF check failed: {IP} is not allowed to send mail from {ORG}", "authfailure")],
        (2026, 11, 17, 9, 31))
    ndr("eo-nl-account-opgeschort.eml", "nl", "Levering week 49", [
        C("info@bloemenhandel-visser.example", "550 5.2.1 <info@bloemenhandel-visser.example>: account suspended / account opgeschort", "suspend")],
        (2026, 11, 25, 12, 12))
    # --- Polish --------------------------------------------------------------
    ndr("eo-pl-domain-nonexistent-5.4.310.eml", "pl", "Zamówienie 2026/11/044", [
        C("biuro@transpol-gdynia.example", "550 5.4.310 DNS domain transpol-gdynia.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=transpol-gdynia.example] [VI1PR05MB6612.eurprd05.prod.outlook.com 2026-11-07T10:02:51.114Z 08DD0E7F8A9B0C1D]", "hostunknown", remote="")],
        (2026, 11, 7, 10, 2))
    ndr("eo-pl-wp-skrzynka-pelna.eml", "pl", "Faktura korygująca", [
        C("k.nowak.firma@wp.pl", "552 5.2.2 Skrzynka odbiorcy jest pelna (mailbox full)", "mailboxfull", remote="mx.wp.pl", ip="192.0.2.163")],
        (2026, 11, 14, 13, 9))
    ndr("eo-pl-onet-uzytkownik-nie-istnieje.eml", "pl", "Awizo dostawy", [
        C("magazyn.lodz@onet.pl", "550 5.1.1 <magazyn.lodz@onet.pl>: Recipient address rejected: uzytkownik nie istnieje (user unknown)", "userunknown", remote="mx.poczta.onet.pl", ip="192.0.2.171")],
        (2026, 11, 21, 8, 47))
    # --- Japanese ------------------------------------------------------------
    ndr("eo-ja-sendmail-user-unknown.eml", "ja", "見積書送付の件", [
        C("tanaka@kaisha-marunouchi.example", "550 5.1.1 <tanaka@kaisha-marunouchi.example>... User unknown", "userunknown")],
        (2026, 11, 4, 1, 15))
    ndr("eo-ja-receive-setting-refused.eml", "ja", "納品日のご連絡", [
        C("yamada.hanako@mobile-carrier-jp.example", "554 5.7.1 <yamada.hanako@mobile-carrier-jp.example>: Message refused: the recipient has chosen not to receive mail from this domain (receive settings)", "filtered")],
        (2026, 11, 11, 2, 40))
    ndr("eo-ja-dmarc-5.7.509.eml", "ja", "請求書（11月分）", [
        C("keiri@tokai-buhin.example", f"550 5.7.509 Access denied, sending domain {ORG.upper()} does not pass DMARC verification and has a DMARC policy of reject. [TY1PEPF0000A1B2.jpnprd01.prod.outlook.com 2026-11-19T03:12:08.441Z 08DD0F2A3B4C5D6E]", "authfailure",
          remote="TY1PEPF0000A1B2.jpnprd01.prod.outlook.com")],
        (2026, 11, 19, 3, 12))
    # --- Simplified Chinese -----------------------------------------------------
    ndr("eo-zh-qq-mailbox-not-found.eml", "zh", "报价单 - 上海至汉堡", [
        C("1849203377@qq.com", "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728", "userunknown", remote="mx3.qq.com", ip="192.0.2.200", status="5.0.0")],
        (2026, 11, 5, 3, 30))
    ndr("eo-zh-163-user-not-found.eml", "zh", "提单草稿确认", [
        C("ningbo.cargo@163.com", "550 User not found: ningbo.cargo@163.com", "userunknown", remote="163mx01.mxmail.netease.com", ip="192.0.2.210", status="5.0.0")],
        (2026, 11, 14, 6, 5))
    ndr("eo-zh-126-dt-spm.eml", "zh", "年终运价优惠", [
        C("shenzhen.trade@126.com", f"554 DT:SPM 126 mx1.126.com,LcCowADnJ2Xq1kdn_2QBAA--.51077S3 1764563120,please see http://mail.163.com/help/help_spam_16.htm?ip={IP}&hostid=mx1.126.com&time=1764563120", "spamdetected",
          remote="126mx01.mxmail.netease.com", ip="192.0.2.211", status="5.0.0")],
        (2026, 11, 26, 4, 25))
    # --- Brazilian Portuguese ---------------------------------------------------
    ndr("eo-pt-usuario-inexistente.eml", "pt", "Cotação frete Santos - Roterdã", [
        C("compras@cafe-serra-azul.example", "550 5.1.1 <compras@cafe-serra-azul.example>: usuario inexistente / user unknown", "userunknown")],
        (2026, 11, 6, 13, 55))
    ndr("eo-pt-caixa-postal-cheia.eml", "pt", "Segunda via do boleto", [
        C("financeiro@moveis-gaucho.example", "552 5.2.2 <financeiro@moveis-gaucho.example>: Caixa postal cheia (mailbox full)", "mailboxfull")],
        (2026, 11, 16, 18, 20))
    ndr("eo-pt-barracuda-brbl.eml", "pt", "Confirmação de embarque", [
        C("logistica@frigorifico-pampa.example", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using b.barracudacentral.org; http://www.barracudanetworks.com/reputation/?pr=1&ip={IP}", "blocked")],
        (2026, 11, 27, 11, 8))
    # --- Swedish -------------------------------------------------------------
    ndr("eo-sv-okand-mottagare.eml", "sv", "Offert kyltransport Göteborg", [
        C("inkop@fiskhamnen-grossist.example", "550 5.1.1 <inkop@fiskhamnen-grossist.example>: Okand mottagare (unknown recipient)", "userunknown")],
        (2026, 11, 9, 7, 36))
    ndr("eo-sv-brevladan-avstangd.eml", "sv", "Påminnelse: obetald faktura", [
        C("kontor@snickeri-berg.example", "550 5.2.1 <kontor@snickeri-berg.example>: Brevladan ar avstangd (mailbox disabled)", "suspend")],
        (2026, 11, 23, 10, 4))
    # --- Delay notices (about one in eight) --------------------------------------
    ndr("eo-delay-en-too-many-connections.eml", "en", "Proof of delivery batch 118", [
        C("pod@harwich-hauliers.example", "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later", "ratelimited",
          earlier=["421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later"])],
        (2026, 11, 5, 9, 0), delay=True)
    ndr("eo-delay-fr-boite-pleine.eml", "fr", "Planning des livraisons", [
        C("atelier@menuiserie-lefort.example", "452 4.2.2 <atelier@menuiserie-lefort.example>: Mailbox full / boite aux lettres pleine", "mailboxfull")],
        (2026, 11, 12, 8, 10), delay=True)
    ndr("eo-delay-es-connection-timed-out.eml", "es", "Pedido urgente 9920", [
        C("pedidos@conservas-rianxo.example", "451 4.4.0 Primary target IP address responded with: \"A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 192.0.2.66:25\"", "networkerror", ip="192.0.2.66",
          earlier=["451 4.4.0 Primary target IP address responded with: \"A connection attempt failed because the connected party did not properly respond after a period of time 192.0.2.66:25\""])],
        (2026, 11, 18, 10, 20), delay=True)
    ndr("eo-delay-ja-temporary-local-problem.eml", "ja", "打ち合わせ日程", [
        C("soumu@hokuriku-seimitsu.example", "451 4.3.0 Temporary local problem - please try later", "systemerror")],
        (2026, 11, 20, 1, 30), delay=True)
    ndr("eo-delay-zh-insufficient-storage.eml", "zh", "装箱单更新", [
        C("purchase@dongguan-plastics.example", "452 4.3.1 Insufficient system storage", "systemfull")],
        (2026, 11, 24, 2, 50), delay=True)
    ndr("eo-delay-sv-dns-query-failed.eml", "sv", "Leveransavisering", [
        C("order@vasterbotten-virke.example", "451 4.4.312 DNS query failed. The error was: DNS query failed with error: ServerFailure [Message=InfoDnsServerFailure] [LastAttemptedServerName=vasterbotten-virke.example]", "networkerror", remote="vasterbotten-virke.example", ip="192.0.2.1")],
        (2026, 11, 26, 8, 5), delay=True)
    ndr("eo-delay-pl-tls-not-offered.eml", "pl", "Specyfikacja ładunku", [
        C("spedycja@port-szczecin-logistyka.example", "451 4.4.317 Cannot connect to remote server [Message=TLS is required but was not offered by host mx.port-szczecin-logistyka.example] [LastAttemptedServerName=mx.port-szczecin-logistyka.example]", "failedstarttls")],
        (2026, 11, 27, 9, 45), delay=True)
    ndr("eo-delay-nl-unverified-address.eml", "nl", "Retourzending 4471", [
        C("retouren@webshop-de-molen.example", "450 4.1.1 <retouren@webshop-de-molen.example>: Recipient address rejected: unverified address: host mail.webshop-de-molen.example[192.0.2.81] said: 550 5.1.1 <retouren@webshop-de-molen.example>: Recipient address rejected: User unknown in local recipient table", "userunknown")],
        (2026, 11, 28, 13, 15), delay=True)


AUTO = [
    ("fr", "Michel Garnier", "m.garnier@tonnellerie-garnier.example", "Devis transport Bordeaux - Anvers",
     "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 7 décembre inclus, avec un accès limité à mes e-mails.\nPour toute urgence, merci de contacter Sophie Leblanc (s.leblanc@tonnellerie-garnier.example).\n\nCordialement,\nMichel Garnier"),
    ("es", "Javier Molina", "j.molina@conservas-rianxo.example", "Pedido 9921",
     "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el 9 de diciembre. Durante mi ausencia no tendré acceso al correo.\nPara asuntos urgentes puede escribir a pedidos@conservas-rianxo.example.\n\nUn saludo,\nJavier Molina"),
    ("it", "Giulia Ferrari", "g.ferrari@ceramiche-sassuolo.example", "Conferma ritiro merce",
     "Buongiorno,\n\nsono fuori ufficio fino al 4 dicembre e risponderò al mio rientro.\nPer urgenze contattare l'ufficio spedizioni al numero +39 0536 000000.\n\nCordiali saluti,\nGiulia Ferrari"),
    ("nl", "Pieter Jansen", "p.jansen@kwekerij-van-dam.example", "Planning week 50",
     "Beste afzender,\n\nIk ben met vakantie tot en met 11 december en lees mijn e-mail niet.\nVoor dringende zaken kunt u contact opnemen met inkoop@kwekerij-van-dam.example.\n\nMet vriendelijke groet,\nPieter Jansen"),
    ("pl", "Anna Kowalczyk", "a.kowalczyk@transpol-lodz.example", "Awizo dostawy 2211",
     "Dzień dobry,\n\nprzebywam na urlopie do 8 grudnia. W tym czasie nie mam dostępu do poczty.\nW pilnych sprawach proszę o kontakt z biuro@transpol-lodz.example.\n\nPozdrawiam,\nAnna Kowalczyk"),
    ("ja", "鈴木 一郎", "suzuki@tokai-buhin.example", "納期のご確認",
     "お問い合わせありがとうございます。\n\n誠に勝手ながら、12月1日から12月5日まで出張のため不在にしております。\n期間中はメールの確認が遅れます。お急ぎの場合は営業部（eigyo@tokai-buhin.example）までご連絡ください。\n\n鈴木 一郎"),
    ("zh", "陈静", "chen.jing@dongguan-plastics.example", "样品寄送安排",
     "您好，\n\n我于12月2日至12月6日休假，期间无法及时回复邮件。\n如有急事，请联系采购部 purchase@dongguan-plastics.example。\n\n谢谢！\n陈静"),
    ("pt", "Beatriz Lima", "b.lima@cafe-serra-azul.example", "Cotação frete aéreo",
     "Olá,\n\nEstou de férias até 10 de dezembro, com acesso limitado ao e-mail.\nPara assuntos urgentes, por favor escreva para compras@cafe-serra-azul.example.\n\nAtenciosamente,\nBeatriz Lima"),
    ("sv", "Johan Ek", "johan.ek@fiskhamnen-grossist.example", "Leveransdatum vecka 49",
     "Hej,\n\nJag är på semester till och med den 6 december och läser inte min e-post.\nVid brådskande ärenden, kontakta inkop@fiskhamnen-grossist.example.\n\nVänliga hälsningar\nJohan Ek"),
]


def auto_replies():
    for n, (lang, disp, addr, subj, body) in enumerate(AUTO):
        name = f"vacation-eo-{lang}-automatic-reply.eml"
        udisp, uaddr = sender_of(lang)
        date = dt(2026, 12, 1 + n % 3, 9 + n, 5 + n * 3, 12)
        omid = f"<{h(name + 'o', 12)}@{srv(name, REGION[lang])}>".lower()
        cs, cte = ("utf-8", "base64") if lang in ("ja", "zh") else ("utf-8", "quoted-printable")
        hops = (f"Received: from {srv(name + '/r', 'eurprd05')} (2603:10a6:803:{h(name,3).lower()}::9) by\n {srv(name, REGION[lang])} with Microsoft SMTP Server\n"
                f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.{n + 10};\n {date}")
        heads = [hops, ("From", f"{hdr(disp)} <{addr}>"), ("To", f"{hdr(udisp)} <{uaddr}>"),
                 ("Subject", hdr(L[lang]["auto"] + subj)), ("Thread-Topic", hdr(subj)), ("Date", date),
                 ("Message-ID", f"<{h(name, 12)}{h(name + 'm', 6)}@{srv(name + '/r', 'eurprd05')}>".lower()),
                 ("In-Reply-To", omid), ("References", omid), ("Content-Language", L[lang]["lang"]),
                 ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
                 ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Inbox-Rules-Loop", addr),
                 ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                 ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]
        write(OUT, name, mail(heads, multipart("alternative", [text_part(body, cs, cte), text_part(html_of(body), cs, cte, "html")], boundary(name), "")))
        expect(name, addr, "vacation", action="", vendor="exchangeonline")


def addr_hdr(v):
    m = re.match(r"^(.*?) (<[^>]+>)$", v)
    return f"{hdr(m.group(1))} {m.group(2)}" if m else v


def nb(name, frm, subject, date, body, extra=(), html=True, to=None, host="outlook.com"):
    to = to or f"Fiona Marsh <f.marsh@{ORG}>"
    hops = (f"Received: from {srv(name + '/p', 'namprd12')} (2603:10b6:806:{h(name,3).lower()}::5) by\n {srv(name, 'eurprd04')} with Microsoft SMTP Server\n"
            f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.{int(h(name,2),16) % 30};\n {date}")
    heads = [hops, ("From", addr_hdr(frm)), ("To", addr_hdr(to)), ("Subject", hdr(subject)), ("Date", date),
             ("Message-ID", mid(name, host))] + list(extra)
    if html:
        b = multipart("alternative", [text_part(body, "utf-8", "quoted-printable"), text_part(html_of(body), "utf-8", "quoted-printable", "html")], boundary(name), "")
    else:
        b = text_part(body, "utf-8", "quoted-printable")
    write(NB, name, mail(heads, b))


QFROM = "Microsoft 365 <quarantine@messaging.microsoft.com>"
TEAMS = "Microsoft Teams <noreply@email.teams.microsoft.com>"
SP = "SharePoint Online <no-reply@sharepointonline.com>"
MSSEC = "Microsoft 365 Message center <o365mc@microsoft.com>"
ALERTS = "Microsoft 365 Defender <defender-noreply@microsoft.com>"


def near_misses():
    nb("nb-quarantine-digest-en.eml", QFROM, "Microsoft 365 security: You have messages in quarantine", dt(2026, 11, 20, 6, 0, 14), """Review These Messages

3 messages are being held for you to review as of 11/20/2026 6:00:04 AM (UTC).

Review them within 30 days of the received date by going to the Quarantine page in the Security Center.

Sender: promo@cheap-freight-deals.example
Subject: Last chance: 70% off container rates
Date: 11/19/2026 9:41:22 PM
Release | Block Sender | Review Message

Sender: noreply@invoice-portal.example
Subject: Your invoice is ready (action required)
Date: 11/19/2026 11:02:10 PM
Release | Block Sender | Review Message

Sender: shipping-notice@dhl-tracking-update.example
Subject: Delivery failed: parcel could not be delivered
Date: 11/20/2026 3:15:47 AM
Release | Block Sender | Review Message

Do not reply to this message. This mailbox is not monitored.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")
    nb("nb-quarantine-notification-fr.eml", QFROM, "Sécurité de Microsoft 365 : vous avez des messages en quarantaine", dt(2026, 11, 21, 6, 0, 9), """Examiner ces messages

1 message est en attente de votre examen au 21/11/2026 06:00:02 (UTC).

Expéditeur : no-reply@colis-retenu.example
Objet : Votre colis n'a pas pu être livré - frais de douane
Date : 20/11/2026 22:14:51
Libérer | Bloquer l'expéditeur | Examiner le message

Ne répondez pas à ce message. Cette boîte aux lettres n'est pas surveillée.""", to=f"Camille Roux <c.roux@{ORG}>")
    nb("nb-teams-missed-activity.eml", TEAMS, "You have 4 new messages in Dispatch Team", dt(2026, 11, 18, 17, 32, 5), """Fiona, your teammates are trying to reach you in Microsoft Teams.

Dispatch Team > Night shift
Owen Pryce: the 22:00 truck to Felixstowe has not been delivered to the yard yet
Owen Pryce: can someone call the driver?
Priya Natarajan: mailbox for the depot is full again, I cleared it

Reply in Teams

Install Microsoft Teams now: iOS | Android
This email was sent from an unmonitored mailbox. Update your email preferences in Teams.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")
    nb("nb-teams-chat-ja.eml", TEAMS, "佐藤 健 さんがチャットでメッセージを送信しました", dt(2026, 11, 19, 2, 11, 40), """佐藤 健 さんから新しいメッセージがあります

佐藤 健: 先ほどのメールが配信不能で戻ってきました。アドレスを確認してもらえますか？

Teams で返信

このメールは監視されていないメールボックスから送信されました。""", to=f"Fiona Marsh <f.marsh@{ORG}>")
    nb("nb-sharepoint-file-shared.eml", SP, "Owen Pryce shared the folder \"Undelivered consignments Q4\" with you", dt(2026, 11, 22, 10, 4, 33), """Owen Pryce shared a folder with you

Here's the folder that Owen shared with you. It lists the consignments that could not be delivered this quarter and why.

Undelivered consignments Q4
Open

This link will work for anyone in Harbourline Logistics.
Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")
    nb("nb-sharepoint-customs-site-access-request.eml", SP, "Access request for Site \"Customs Desk\"", dt(2026, 11, 23, 9, 27, 1), """t.wojcik@harbourline-logistics.example wants to access 'Customs Desk'.

Tomasz Wójcik says: "My access was removed when my account was moved to the Gdynia office, please add me back."

Approve or decline this request: Approve | Decline
You are receiving this because you are an owner of this site.""")
    nb("nb-recall-success.eml", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{TENANT}>", "Message Recall Report for message: Price list 2027 (draft)", dt(2026, 11, 24, 11, 3, 18), """Message Recall Report

Message recall was requested for the following message:

Subject: Price list 2027 (draft)
Sent: 11/24/2026 10:58 AM (UTC)

Recipient                                   Recall status
sales@quayside-stevedores.example           Recall Success
buyers@greyfriars-wholesale.example         Recall Success

A message that was successfully recalled has been removed from the recipient's mailbox.""", extra=[("X-MS-Exchange-Recall-Report", "True")])
    nb("nb-recall-failure.eml", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{TENANT}>", "Message Recall Report for message: Wrong attachment - please ignore", dt(2026, 11, 25, 15, 40, 2), """Message Recall Report

Message recall was requested for the following message:

Subject: Wrong attachment - please ignore
Sent: 11/25/2026 3:31 PM (UTC)

Recipient                                   Recall status
ops@kestrel-couriers.example                Recall Failure
  Reason: the recipient is outside your organization; recall is only possible for recipients in Exchange Online.
j.okafor@tidewater-supply.example           Recall Failure
  Reason: the message has already been read.

The original message was delivered to these recipients and is still in their mailboxes.""", extra=[("X-MS-Exchange-Recall-Report", "True")])
    # read receipt (MDN)
    name = "nb-outlook-read-receipt-berth.eml"
    date = dt(2026, 11, 26, 9, 12, 44)
    rb = multipart("report", [
        text_part("Your message\n\n  To: Nadia Khoury\n  Subject: Berth allocation 28 November\n  Sent: Thursday, November 26, 2026 8:40:11 AM (UTC+00:00)\n\nwas read on Thursday, November 26, 2026 9:12:40 AM (UTC+00:00).", "utf-8", "quoted-printable"),
        part("message/disposition-notification", f"Reporting-UA: {srv(name, 'eurprd05')}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;n.khoury@port-authority-east.example\nOriginal-Message-ID: <c1a2b3d4e5f60718@{srv(name, 'eurprd04').lower()}>\nDisposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
        boundary(name), " report-type=disposition-notification;")
    write(NB, name, mail([f"Received: from {srv(name, 'eurprd05')} by {srv(name, 'eurprd04')} with Microsoft SMTP Server id 15.20.8207.12;\n {date}",
                          ("From", "Nadia Khoury <n.khoury@port-authority-east.example>"), ("To", f"Fiona Marsh <f.marsh@{ORG}>"),
                          ("Subject", "Read: Berth allocation 28 November"), ("Date", date), ("Message-ID", mid(name, "port-authority-east.example"))], rb))
    name = "nb-not-read-receipt-pl.eml"
    date = dt(2026, 11, 27, 12, 1, 5)
    rb = multipart("report", [
        text_part("Twoja wiadomość\n\n  Do: Marek Zieliński\n  Temat: Awizo dostawy 2210\n  Wysłano: 20 listopada 2026 10:02\n\nzostała usunięta bez przeczytania 27 listopada 2026 12:00.", "utf-8", "quoted-printable"),
        part("message/disposition-notification", f"Reporting-UA: {srv(name, 'eurprd05')}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;m.zielinski@transpol-lodz.example\nOriginal-Message-ID: <a9b8c7d6e5f40312@{srv(name, 'eurprd05').lower()}>\nDisposition: manual-action/MDN-sent-automatically; deleted\n", cte=None)],
        boundary(name), " report-type=disposition-notification;")
    write(NB, name, mail([f"Received: from {srv(name, 'eurprd05')} by {srv(name + 'x', 'eurprd05')} with Microsoft SMTP Server id 15.20.8207.12;\n {date}",
                          ("From", hdr("Marek Zieliński") + " <m.zielinski@transpol-lodz.example>"), ("To", hdr("Tomasz Wójcik") + f" <t.wojcik@{ORG}>"),
                          ("Subject", hdr("Nieprzeczytane: Awizo dostawy 2210")), ("Date", date), ("Message-ID", mid(name, "transpol-lodz.example"))], rb))
    nb("nb-security-unusual-signin.eml", "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>", "Microsoft account unusual sign-in activity", dt(2026, 11, 28, 4, 22, 10), """Microsoft account
Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account f*****@harbourline-logistics.example.

Sign-in details
Country/region: Unknown
IP address: 203.0.113.190
Date: 11/28/2026 4:19 AM (GMT)

If this was you, you can safely ignore this email. If not, review your recent activity and we'll help you take corrective action.

Thanks,
The Microsoft account team""", html=True)
    nb("nb-alert-user-restricted-from-sending.eml", ALERTS, "Informational-severity alert: User restricted from sending email", dt(2026, 11, 29, 7, 50, 31), f"""A user has been restricted from sending email

Severity: High
Time of occurrence: 11/29/2026 7:48:12 AM (UTC)
Activity: User restricted from sending email
User: scanner@{ORG}
Details: This user has exceeded the outbound sending limits and was added to the Restricted entities list. The user can't send email until an admin removes the restriction.

View alert details in Microsoft Defender: https://security.microsoft.com/alerts

You're receiving this email because you're a global administrator of {ORG}.""", to=f"IT Admins <it-admins@{ORG}>")
    nb("nb-exo-mailbox-95-percent-warning.eml", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{TENANT}>", "Your mailbox is almost full.", dt(2026, 11, 30, 3, 0, 2), """Your mailbox is almost full.

Your mailbox has reached 95% of its storage limit (47.5 GB of 50 GB). You can still send and receive messages, but when the limit is reached you won't be able to send new messages.

To free up space, empty your Deleted Items folder or archive older items.""", to=f"Lucía Ortega <l.ortega@{ORG}>", extra=[("X-MS-Exchange-Organization-SCL", "-1")])
    nb("nb-reply-to-undeliverable.eml", f"Owen Pryce <o.pryce@{ORG}>", "RE: Undeliverable: Pallet count discrepancy", dt(2026, 11, 3, 12, 48, 30), """Fiona,

I got the same bounce. Jonah left Tidewater in the summer, so that address will never work again - use purchasing@ instead. Their stores box is just full, I'll phone them.

Owen

-----Original Message-----
From: Fiona Marsh <f.marsh@harbourline-logistics.example>
Sent: Tuesday, November 3, 2026 12:31 PM
To: Owen Pryce <o.pryce@harbourline-logistics.example>
Subject: FW: Undeliverable: Pallet count discrepancy

Did you get this too? Who do we write to now?""", extra=[("In-Reply-To", "<fw-ndr-4471@harbourline-logistics.example>"), ("Thread-Topic", "Undeliverable: Pallet count discrepancy")])
    nb("nb-reply-back-from-holiday-es.eml", "Javier Molina <j.molina@conservas-rianxo.example>", "RE: Pedido 9921", dt(2026, 12, 10, 9, 5, 0), """Hola Lucía,

Ya he vuelto de vacaciones, perdona la demora. El pedido 9921 sale mañana; el anterior no se pudo entregar porque el almacén estaba cerrado.

Un saludo,
Javier""", to=f"Lucía Ortega <l.ortega@{ORG}>", extra=[("In-Reply-To", "<pedido-9921@harbourline-logistics.example>")])
    nb("nb-newsletter-m365-roadmap.eml", "Microsoft 365 Roadmap <m365roadmap@email.microsoft.com>", "What's new in Exchange Online this month", dt(2026, 11, 15, 16, 0, 0), """Exchange Online - November update

* Enhanced non-delivery reports: NDRs now show clearer fixes for the most common delivery failures, such as a mailbox that is full or an address that does not exist.
* Message trace: see delayed and failed deliveries for 90 days.
* Quarantine policies: choose who gets notified about held messages.

Read more in the Microsoft 365 Message center.

Unsubscribe: https://email.microsoft.com/unsubscribe
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""", extra=[("List-Unsubscribe", "<https://email.microsoft.com/unsubscribe?u=4471>"), ("Precedence", "bulk")])
    nb("nb-newsletter-freight-deliverability.eml", "Freight Tech Weekly <news@freight-tech-weekly.example>", "Why your shipping notifications bounce (and how to fix it)", dt(2026, 11, 19, 7, 30, 0), """Freight Tech Weekly - issue 212

1. Why your shipping notifications bounce
"Recipient address rejected: user unknown" and "mailbox full" are the two replies logistics senders see most. We explain what each means and when to retry.

2. SPF, DKIM and DMARC for forwarding agents

3. Event: Port digitalisation summit, Rotterdam

You receive this newsletter because you subscribed at freight-tech-weekly.example. Unsubscribe: https://freight-tech-weekly.example/u/4471""", extra=[("List-Unsubscribe", "<mailto:unsubscribe@freight-tech-weekly.example>"), ("Precedence", "bulk")], host="freight-tech-weekly.example")
    nb("nb-meeting-accepted.eml", "Sanne de Vries <s.devries@" + ORG + ">", "Accepted: Quarterly carrier review", dt(2026, 11, 20, 14, 2, 11), """Sanne de Vries has accepted this meeting.

When: Thursday, December 3, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna
Where: Microsoft Teams Meeting""", to=f"Fiona Marsh <f.marsh@{ORG}>", extra=[("Thread-Topic", "Quarterly carrier review")])
    nb("nb-dmarc-aggregate-outlook.eml", "DMARC Aggregate Report <dmarcreport@microsoft.com>", f"Report Domain: {ORG} Submitter: protection.outlook.com Report-ID: 7c1f09a2e4b84d3a", dt(2026, 11, 21, 3, 14, 0), f"""This is a DMARC aggregate report from Microsoft Corporation.

Report domain: {ORG}
Date range: 11/19/2026 - 11/20/2026
Messages: 1,284 (pass 1,279; fail 5)

The full report is attached as XML (protection.outlook.com!{ORG}!1795046400!1795132800.xml.gz).""", to=f"dmarc-reports@{ORG}", html=False)
    nb("nb-message-trace-report-ready.eml", "Microsoft Exchange Online <no-reply@microsoft.com>", "Your message trace report is ready: Failed deliveries November", dt(2026, 11, 30, 18, 5, 50), f"""Your message trace request has completed.

Report title: Failed deliveries November
Start date: 11/1/2026  End date: 11/30/2026
Delivery status: Failed, Pending
Messages found: 57

Download the report from the Exchange admin center: Mail flow > Message trace > Downloadable reports.
This report is available for 10 days.""", to=f"IT Admins <it-admins@{ORG}>")
    nb("nb-bookings-cancelled.eml", f"Harbourline Customs Desk <customsdesk@{ORG}>", "Booking cancelled: Customs clearance consultation", dt(2026, 12, 1, 10, 30, 0), """Your booking has been cancelled.

Service: Customs clearance consultation
Date: Wednesday, December 2, 2026 11:00 AM (UTC)
Staff: Tomasz Wójcik

The appointment could not take place because the staff member is unavailable. Book a new time: https://outlook.office365.com/owa/calendar/CustomsDesk@harbourline-logistics.example/bookings/""", to="Kerry Osei <kerry.osei.accounts@gmail.com>")


if __name__ == "__main__":
    bounces()
    auto_replies()
    near_misses()
    write_expected(os.path.join(OUT, "expected.jsonl"))
