#!/usr/bin/env python3
"""Writes testdata/unseen/batch-13: the Microsoft-heavy corporate world.
Exchange Online / Microsoft 365 NDRs across Microsoft's published status
codes (current and older layouts, localized templates), on-premises
Exchange 2010-2019 and hybrid relays, Outlook.com, Google Workspace and
Gmail, the security gateways in front of Microsoft 365, transport-rule,
journal and moderation notices; near-miss ordinary mail in not-bounce/;
and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch13.py [DIR]"""
import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, plain_mail, received, text_part, write,
                       write_expected)
import samplelib  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "r.okafor@northwind-traders.example"
SDOM = "northwind-traders.example"


def orig_headers(frm, to, subject, date, msgid):
    """The returned header block; a non-ASCII subject is RFC 2047 encoded."""
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, "utf-8")
    return samplelib.orig_headers(frm, to, subject, date, msgid)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def mshost(name, pre="AM9PR04MB", region="eurprd04"):
    return f"{pre}{int(qid(name, 6), 16) % 9000 + 1000}.{region}.prod.outlook.com"


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def day(n, h=9, m=12, s=0, tz="+0000"):
    return dt(2026, 11, n, h, m, s, tz)


# Localized pieces of the Exchange Online NDR template.
L = {
    "en": dict(charset="us-ascii", undeliv="Undeliverable", delayed="Delivery delayed",
               couldnt="Your message to {r} couldn't be delivered.",
               late="Delivery of your message to {r} has been delayed.",
               fixhead="How to Fix It", diaghead="Diagnostic information for administrators:",
               gen="Generating server", remote="Remote server returned", orig="Original message headers:"),
    "de": dict(charset="utf-8", undeliv="Unzustellbar", delayed="Zustellung verzögert",
               couldnt="Ihre Nachricht an {r} konnte nicht zugestellt werden.",
               late="Die Zustellung Ihrer Nachricht an {r} wurde verzögert.",
               fixhead="So beheben Sie das Problem", diaghead="Diagnoseinformationen für Administratoren:",
               gen="Generierender Server", remote="Vom Remoteserver zurückgegeben",
               orig="Ursprüngliche Nachrichtenkopfzeilen:"),
    "fr": dict(charset="utf-8", undeliv="Non remis", delayed="Remise différée",
               couldnt="Votre message à {r} n'a pas pu être remis.",
               late="La remise de votre message à {r} a été retardée.",
               fixhead="Comment résoudre ce problème",
               diaghead="Informations de diagnostic pour les administrateurs :",
               gen="Serveur de génération", remote="Le serveur distant a retourné",
               orig="En-têtes de message d'origine :"),
    "es": dict(charset="utf-8", undeliv="No se puede entregar", delayed="Entrega retrasada",
               couldnt="No se pudo entregar el mensaje a {r}.",
               late="La entrega del mensaje a {r} se ha retrasado.",
               fixhead="Cómo solucionarlo", diaghead="Información de diagnóstico para administradores:",
               gen="Servidor de generación", remote="El servidor remoto devolvió",
               orig="Encabezados del mensaje original:"),
    "ja": dict(charset="iso-2022-jp", undeliv="配信不能", delayed="配信の遅延",
               couldnt="{r} へのメッセージを配信できませんでした。",
               late="{r} へのメッセージの配信が遅れています。",
               fixhead="解決方法", diaghead="管理者向けの診断情報:",
               gen="生成サーバー", remote="リモート サーバーから返されたエラー",
               orig="元のメッセージ ヘッダー:"),
    "zh": dict(charset="gb2312", undeliv="无法投递", delayed="投递延迟",
               couldnt="无法将你的邮件投递给 {r}。",
               late="你发送给 {r} 的邮件投递已延迟。",
               fixhead="如何解决", diaghead="管理员的诊断信息:",
               gen="生成服务器", remote="远程服务器返回", orig="原始邮件头:"),
    "pt": dict(charset="utf-8", undeliv="Não é possível entregar", delayed="Entrega atrasada",
               couldnt="Não foi possível entregar a sua mensagem para {r}.",
               late="A entrega da sua mensagem para {r} foi atrasada.",
               fixhead="Como corrigir", diaghead="Informações de diagnóstico para administradores:",
               gen="Servidor gerador", remote="O servidor remoto retornou",
               orig="Cabeçalhos da mensagem original:"),
    "it": dict(charset="utf-8", undeliv="Non recapitabile", delayed="Recapito ritardato",
               couldnt="Impossibile recapitare il messaggio a {r}.",
               late="Il recapito del messaggio a {r} è stato ritardato.",
               fixhead="Come risolvere il problema",
               diaghead="Informazioni di diagnostica per gli amministratori:",
               gen="Server di generazione", remote="Il server remoto ha restituito",
               orig="Intestazioni del messaggio originale:"),
    "nl": dict(charset="utf-8", undeliv="Onbestelbaar", delayed="Bezorging vertraagd",
               couldnt="Uw bericht aan {r} kan niet worden bezorgd.",
               late="De bezorging van uw bericht aan {r} is vertraagd.",
               fixhead="Hoe u dit kunt oplossen", diaghead="Diagnostische gegevens voor beheerders:",
               gen="Genererende server", remote="Geretourneerd door de externe server",
               orig="Oorspronkelijke berichtkoppen:"),
}


def subj(text, charset):
    return text if charset == "us-ascii" else enc_header(text, "utf-8" if charset == "iso-2022-jp" else charset)


def o365(name, *, rcpt, status, diag, summary, fix, lang="en", remote=None, osubj="Q4 supplier review",
         sender=SENDER, delayed=False, gen=None, vendor="office365", reason=None, hard=False,
         code="", local_part_domain=None):
    """The current Exchange Online NDR: text + HTML alternative, a DSN and the
    returned headers."""
    t = L[lang]
    gen = gen or mshost(name)
    sdom = sender.split("@")[1]
    date = day(3 + len(name) % 20, 8 + len(name) % 9, len(name) % 60)
    head = (t["late"] if delayed else t["couldnt"]).format(r=rcpt)
    dom = rcpt.split("@")[1]
    text = (f"{head}\n\n{summary}\n\n{sender.split('@')[0]}    Office 365    {dom}\n"
            f"Action Required\n\n{t['fixhead']}\n{fix}\n\n"
            f"__________________________________________\n\n"
            f"{t['diaghead']}\n\n{t['gen']}: {gen}\n{rcpt}\n"
            + (f"{remote}\n" if remote else "")
            + f"{t['remote']} '{diag}'\n\n{t['orig']}\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset="
            f"{t['charset']}\"></head><body>\n<p><b>{head}</b></p>\n<p>{summary}</p>\n"
            f"<p><b>{t['fixhead']}</b><br>\n{fix}</p>\n<hr>\n<p>{t['diaghead']}</p>\n"
            f"<p>{t['gen']}: {gen}<br>\n{rcpt}<br>\n" + (f"{remote}<br>\n" if remote else "")
            + f"{t['remote']} '{diag}'</p>\n</body></html>\n")
    cte = "7bit" if t["charset"] == "us-ascii" else "base64"
    r = {"final": rcpt, "action": "delayed" if delayed else "failed", "status": status, "diag": diag}
    if remote:
        r["remote"] = remote
    if delayed:
        r["will_retry"] = day(5 + len(name) % 20, 8)
    prefix = t["delayed"] if delayed else t["undeliv"]
    hops = hop(name, gen, "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", date)
    m = dsn_mail(name, frm=f"postmaster@{sdom.replace('.example', '')}.onmicrosoft.com", to=sender,
                 subject=subj(f"{prefix}: {osubj}", t["charset"]), date=date, host=gen,
                 hops=hops, text=text, recips=[r], charset=t["charset"], cte=cte, alt_html=html,
                 orig=orig_headers(sender, rcpt, osubj, date, mid(name + "o", gen)),
                 extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", lang if lang != "zh" else "zh-CN"),
                        ("X-MS-PublicTrafficType", "Email")])
    write(OUT, name, m)
    if reason:
        expect(name, rcpt, reason, hard, status, code, "delayed" if delayed else "failed", vendor)


def exch_old(name, *, rows, gen, version="Exchange 2010", osubj="Invoice batch 2211", sender=SENDER,
             intro="Delivery has failed to these recipients or groups:", subjp="Undeliverable",
             diaghead="Diagnostic information for administrators:", remote_word="Remote Server returned",
             charset="us-ascii", delayed=False, dsn=True, vendor="exchange", footer=""):
    """Older on-premises layout. rows: (addr, explanation, diag, remote_host,
    status, code, reason, hard)."""
    date = day(2 + len(name) % 25, 10 + len(name) % 8, len(name) * 7 % 60)
    lines = [intro, ""]
    for a, expl, *_ in rows:
        lines += [a, expl, ""]
    if footer:
        lines += [footer, ""]
    lines += ["", "", "", "", diaghead, "", f"Generating server: {gen}", ""]
    for a, expl, diag, rh, *_ in rows:
        lines += [a, *([rh] if rh else []), f"#{diag} ##" if version == "Exchange 2010" else f"{remote_word} '{diag}'", ""]
    lines += ["Original message headers:", ""]
    text = "\n".join(lines)
    cte = "7bit" if charset == "us-ascii" else "base64"
    recips = []
    for a, expl, diag, rh, st, code, reason, hard in rows:
        r = {"final": a, "action": "delayed" if delayed else "failed", "status": st, "diag": diag}
        if rh:
            r["remote"] = rh
        recips.append(r)
        expect(name, a, reason, hard, st, code, "delayed" if delayed else "failed", vendor)
    build = {"Exchange 2010": "14.3.498.0", "Exchange 2013": "15.0.1497.48", "Exchange 2016": "15.1.2507.35",
             "Exchange 2019": "15.2.1258.12"}.get(version, "15.20.7633.12")
    hops = hop(name, gen, f"Microsoft SMTP Server id {build}", date)
    o = orig_headers(sender, ", ".join(r[0] for r in rows), osubj, date, mid(name + "o", gen))
    if dsn:
        m = dsn_mail(name, frm=f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{sender.split('@')[1]}>",
                     to=sender, subject=subj(f"{subjp}: {osubj}", charset), date=date, host=gen, hops=hops,
                     text=text, recips=recips, charset=charset, cte=cte, orig=o,
                     extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Thread-Topic", osubj)])
    else:
        m = plain_mail(name, frm=f"System Administrator <postmaster@{sender.split('@')[1]}>", to=sender,
                       subject=subj(f"{subjp}: {osubj}", charset), date=date, host=gen, hops=hops,
                       text=text + "\n" + o, charset=charset, cte=cte, auto=False)
    write(OUT, name, m)


def gw(name, *, frm, host, subject, text, recips=None, sender=SENDER, osubj="Signed contract",
       charset="us-ascii", returned="headers", exp=()):
    """A gateway's own notice: DSN when recips is given, plain text otherwise.
    exp: (recipient, reason, hard, status, code, action) tuples."""
    date = day(4 + len(name) % 22, 7 + len(name) % 11, len(name) * 3 % 60)
    sw = ("Microsoft SMTP Server" if "outlook.com" in host or host.startswith("EX") else
          "Google Transport Security" if host.endswith("google.com") else "Postfix")
    hops = hop(name, host, sw, date)
    o = orig_headers(sender, ", ".join(e[0] for e in exp) or "x@example.org", osubj, date, mid(name + "o", "northwind-traders.example"))
    if recips is not None:
        m = dsn_mail(name, frm=frm, to=sender, subject=subject, date=date, host=host, hops="Return-Path: <>\n" + hops,
                     text=text, recips=recips, orig=o, charset=charset, returned=returned)
    else:
        m = plain_mail(name, frm=frm, to=sender, subject=subject, date=date, host=host, hops="Return-Path: <>\n" + hops,
                       text=text + "\n------ Original message headers ------\n\n" + o, charset=charset)
    write(OUT, name, m)
    for e in exp:
        rcpt, reason, hard, st, code, action = (list(e) + ["failed"])[:6]
        expect(name, rcpt, reason, hard, st, code, action, vendor=name.split("-")[0])


# ====================================================================== Exchange Online, current layout (en)
o365("o365-5.1.1-recipnotfound-modern.eml", rcpt="d.brennan@fabrikam-logistics.example", status="5.1.1",
     diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
     summary="The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
     fix="Check the address for typos. If the address is right, the recipient's mailbox may have been removed.",
     reason="userunknown", hard=True, code="550")
o365("o365-5.2.2-mailbox-full-es.eml", lang="es", rcpt="m.herrera@alpina-construcciones.example", status="5.2.2",
     diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
     summary="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
     fix="Intente enviar el mensaje más tarde o póngase en contacto con el destinatario por otro medio.",
     reason="mailboxfull", code="554", osubj="Pedido de materiales noviembre")
o365("o365-5.3.4-size-limit-zh.eml", lang="zh", rcpt="zhao.lin@huaxin-precision.example", status="5.3.4",
     diag="552 5.3.4 Message size exceeds fixed maximum message size",
     remote="mx1.huaxin-precision.example",
     summary="邮件太大，收件人的电子邮件系统拒绝接收。", fix="请压缩附件或改用共享链接，然后重新发送。",
     reason="emailtoolarge", code="552", osubj="Drawings rev C")
o365("o365-5.2.1-mailbox-disabled.eml", rcpt="k.novak@contoso-pharma.example", status="5.2.1",
     diag="550 5.2.1 STOREDRV.Deliver; recipient mailbox is disabled by the administrator",
     summary="The recipient's mailbox has been disabled and cannot receive messages.",
     fix="Contact the recipient by some other means and let them know their mailbox is disabled.",
     reason="suspend", code="550")
o365("o365-4.4.7-queue-expired.eml", rcpt="orders@lakeview-paper.example", status="4.4.7",
     diag="550 4.4.7 QUEUE.Expired; message expired",
     remote="mail.lakeview-paper.example",
     summary="Office 365 tried to deliver your message for 24 hours but could not reach the recipient's email server, so it stopped trying.",
     fix="Try sending the message again later. If the problem continues, contact the recipient's email administrator.",
     reason="expired", code="550")
o365("o365-5.4.4-no-next-hop-pt.eml", lang="pt", rcpt="compras@ribeiro-metalurgica.example", status="5.4.4",
     diag="550 5.4.4 ROUTING.NoNextHop; unable to route",
     summary="Não foi possível encontrar um caminho de rede até o servidor de email do destinatário.",
     fix="Peça ao administrador do domínio do destinatário para verificar os registros de roteamento.",
     reason="networkerror", code="550", osubj="Cotação de aço")
o365("o365-5.4.310-domain-not-exist-fr.eml", lang="fr", rcpt="contact@atelier-mercier-bois.example", status="5.4.310",
     diag="550 5.4.310 DNS domain atelier-mercier-bois.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=atelier-mercier-bois.example]",
     summary="Le domaine du destinataire n'existe pas. Vérifiez l'orthographe de l'adresse.",
     fix="Corrigez le nom de domaine dans l'adresse, puis renvoyez le message.",
     reason="hostunknown", hard=True, code="550", osubj="Devis menuiserie")
o365("o365-5.7.57-client-not-authenticated.eml", rcpt="alerts@northwind-traders.example", status="5.7.57",
     sender="scanner3@northwind-traders.example",
     diag="530 5.7.57 Client not authenticated to send mail. [DB8PR04CA0013.eurprd04.prod.outlook.com 2026-11-12T08:33:12.447Z]",
     summary="The device or application tried to send mail without signing in first.",
     fix="Configure the device to use SMTP AUTH with a licensed mailbox, or use a connector.",
     reason="securityerror", code="530", osubj="Scan from MFP-3F")
o365("o365-5.1.8-bad-outbound-sender.eml", rcpt="ap@fabrikam-logistics.example", status="5.1.8",
     sender="c.wu@northwind-traders.example",
     diag="550 5.1.8 Access denied, bad outbound sender. AS(42004)",
     summary="Your account has been restricted from sending email because it was detected sending messages that looked like spam.",
     fix="Your email admin must remove the restriction in the Microsoft 365 Defender portal.",
     reason="rejected", code="550", osubj="Payment remittance")
o365("o365-5.7.750-unregistered-domain.eml", rcpt="sales@tailspin-toys.example", status="5.7.750",
     sender="noreply@billing-northwind.example",
     diag="550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
     summary="Your message wasn't delivered because the sending domain is not registered in your organization.",
     fix="Add and verify billing-northwind.example as an accepted domain, then resend.",
     reason="rejected", code="550", osubj="Your invoice 88231")
o365("o365-transport-rule-reject-card-numbers.eml", rcpt="bookings@harbor-hotel.example", status="5.7.1",
     diag="550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
     summary="Your message wasn't delivered because it contains credit card numbers, which our data protection policy does not allow to be sent outside the company.",
     fix="Remove the card numbers and send the message again. Contact the IT Service Desk if you need an exception.",
     reason="policyviolation", code="550", osubj="Guest card details")
o365("o365-5.6.211-invalid-mime.eml", rcpt="claims@adatum-insurance.example", status="5.6.211",
     diag="550 5.6.211 Message rejected because of invalid MIME content: nested MIME parts exceed the allowed depth",
     summary="The message's MIME structure is invalid, so it could not be delivered.",
     fix="The application that created the message must build it with fewer nested parts.",
     reason="contenterror", code="550", osubj="Claim 4471 photos")
o365("o365-4.4.317-tls-negotiation-delayed.eml", rcpt="edi@wingtip-freight.example", status="4.4.317", delayed=True,
     remote="smtp.wingtip-freight.example",
     diag="451 4.4.317 Cannot connect to remote server [Message=TLS negotiation failed with error UnknownCredentials] [LastAttemptedServerName=smtp.wingtip-freight.example]",
     summary="We will keep trying to deliver your message; the recipient's server would not complete a secure (TLS) connection.",
     fix="No action is needed now. The message will be returned if it cannot be delivered.",
     reason="failedstarttls", code="451", osubj="EDI 856 batch")
o365("o365-4.7.26-ipv6-unauthenticated-delayed.eml", rcpt="info@blueyonder-farms.example", status="4.7.26",
     delayed=True, sender="newsletter@northwind-traders.example",
     diag="450 4.7.26 Access denied, a message sent over IPv6 [2001:db8:1:2::44] must pass either SPF or DKIM validation, this message is not signed",
     summary="The recipient's server deferred the message because it was sent over IPv6 without passing SPF or DKIM.",
     fix="Publish an SPF record that includes the IPv6 range or sign outgoing mail with DKIM.",
     reason="authfailure", code="450", osubj="November newsletter")
o365("o365-5.7.124-not-in-allowed-senders.eml", rcpt="board@fourthcoffee.example", status="5.7.124",
     diag="550 5.7.124 RESOLVER.RST.SenderNotInAllowedSendersList; Sender not in allowed-senders list",
     summary="Your message couldn't be delivered because the group only accepts mail from people it lists as allowed senders.",
     fix="Ask the group owner to add you to the list of allowed senders.",
     reason="filtered", code="550", osubj="Board pack draft")
o365("o365-5.7.133-group-requires-auth.eml", rcpt="allstaff@fourthcoffee.example", status="5.7.133",
     sender="j.doe@partner-audit.example",
     diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
     summary="The group only accepts messages from senders who are signed in to the organization.",
     fix="Send from an account in the organization, or ask the group owner to accept external senders.",
     reason="securityerror", code="550", osubj="Audit schedule")

# ====================================================================== Exchange Online localized, older text
o365("o365-de-5.1.1-empfaenger-unbekannt.eml", lang="de", rcpt="t.kessler@stahlbau-wendt.example", status="5.1.1",
     diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
     summary="Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers.",
     fix="Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut.",
     reason="userunknown", hard=True, code="550", osubj="Angebot Hallenbau")
o365("o365-ja-5.7.1-spf-fail.eml", lang="ja", rcpt="keiri@sakura-shoji.example", status="5.7.1",
     remote="mx01.sakura-shoji.example",
     diag="550 5.7.1 Message rejected due to SPF hard fail: northwind-traders.example does not designate 203.0.113.45 as permitted sender",
     summary="送信者ドメインの SPF 検証に失敗したため、受信者のサーバーがメッセージを拒否しました。",
     fix="送信者ドメインの SPF レコードを確認してください。",
     reason="authfailure", code="550", osubj="Purchase order 7731")
o365("o365-it-5.2.2-casella-piena.eml", lang="it", rcpt="a.conti@ferramenta-conti.example", status="5.2.2",
     remote="mx.ferramenta-conti.example",
     diag="552 5.2.2 <a.conti@ferramenta-conti.example>: casella postale piena, quota superata",
     summary="La cassetta postale del destinatario è piena e al momento non può ricevere messaggi.",
     fix="Riprovare più tardi oppure contattare il destinatario in altro modo.",
     reason="mailboxfull", code="552", osubj="Listino 2027")
o365("o365-nl-5.2.1-postvak-uitgeschakeld.eml", lang="nl", rcpt="j.devries@tuinbouw-devries.example", status="5.2.1",
     remote="mail.tuinbouw-devries.example",
     diag="550 5.2.1 Mailbox unavailable: account inactive",
     summary="Het postvak van de ontvanger is uitgeschakeld en kan geen berichten ontvangen.",
     fix="Neem op een andere manier contact op met de ontvanger.",
     reason="suspend", code="550", osubj="Offerte kassen")
o365("o365-nl-5.3.4-bericht-te-groot.eml", lang="nl", rcpt="inkoop@bakkerij-smit.example", status="5.3.4",
     diag="550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route",
     summary="Het bericht is te groot om te worden bezorgd.",
     fix="Verklein de bijlagen of deel een koppeling en verzend het bericht opnieuw.",
     reason="emailtoolarge", code="550", osubj="Catalogus foto's")
o365("o365-de-4.3.2-datenbank-offline-delayed.eml", lang="de", rcpt="buchhaltung@northwind-traders.example",
     status="4.3.2", delayed=True,
     diag="432 4.3.2 STOREDRV.Deliver; mailbox database is offline",
     summary="Die Zustellung wird weiter versucht. Die Postfachdatenbank des Empfängers ist derzeit offline.",
     fix="Keine Aktion erforderlich.",
     reason="systemerror", code="432", osubj="Reisekosten Oktober")
o365("o365-fr-5.7.1-spam-content-filter.eml", lang="fr", rcpt="direction@cabinet-lemaire.example", status="5.7.1",
     remote="mx.cabinet-lemaire.example",
     diag="550 5.7.1 Message rejected as spam by Content Filtering.",
     summary="Le serveur du destinataire a classé votre message comme courrier indésirable et l'a refusé.",
     fix="Vérifiez le contenu du message et ses liens, puis contactez le destinataire par un autre moyen.",
     reason="spamdetected", code="550", osubj="Offre exceptionnelle")
o365("o365-es-5.4.6-routing-loop.eml", lang="es", rcpt="soporte@andes-telecom.example", status="5.4.6",
     diag="554 5.4.6 Routing loop detected; the message was looping between on-premises and Exchange Online",
     summary="Se detectó un bucle de enrutamiento entre los servidores de correo.",
     fix="El administrador debe revisar los conectores y el registro MX del dominio.",
     reason="networkerror", code="554", osubj="Ticket 55120")
o365("o365-pt-5.7.1-virus.eml", lang="pt", rcpt="financeiro@casa-verde-alimentos.example", status="5.7.1",
     remote="mx.casa-verde-alimentos.example",
     diag="554 5.7.1 Message rejected: virus found (Trojan:Win32/AgentTesla.RPX!MTB)",
     summary="A mensagem contém um vírus e foi rejeitada pelo servidor do destinatário.",
     fix="Verifique o anexo com o antivírus antes de reenviar.",
     reason="virusdetected", code="554", osubj="Boleto novembro")

# ====================================================================== Exchange on-premises, older layout
exch_old("exchange2010-three-recipients-mixed.eml", gen="EX10HUB01.corp.northwind-traders.example", rows=[
    ("p.ionescu@danube-shipping.example", "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "mx.danube-shipping.example", "5.1.1", "550", "userunknown", True),
    ("office@danube-shiping.example", "The domain name in the e-mail address is incorrect. Check the address.",
     "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", "", "5.4.4", "550", "hostunknown", True),
    ("archive@danube-shipping.example", "The message was too large to be delivered to this recipient.",
     "552 5.3.4 Message size exceeds fixed limit", "mx.danube-shipping.example", "5.3.4", "552", "emailtoolarge", False)])
exch_old("exchange2010-no-specific-reason.eml", gen="EX10HUB02.corp.northwind-traders.example", rows=[
    ("it-helpdesk@margie-travel.example", "The e-mail system was unable to deliver the message, but didn't report a specific reason. Check the address and try again.",
     "550 5.0.0 Unable to deliver", "", "5.0.0", "550", "undefined", False)])
exch_old("exchange2016-fr-raison-non-indiquee.eml", version="Exchange 2016", gen="EX16MBX03.corp.northwind-traders.example",
         intro="La remise a échoué pour ces destinataires ou groupes :", subjp="Non remis",
         diaghead="Informations de diagnostic pour les administrateurs :", remote_word="Le serveur distant a retourné",
         charset="utf-8", rows=[
             ("s.girard@provence-huiles.example", "Le système de messagerie n'a pas pu remettre le message, mais n'a pas indiqué de raison particulière.",
              "554 5.0.0 Error", "mail.provence-huiles.example", "5.0.0", "554", "undefined", False)])
exch_old("exchange2010-de-relay-verweigert.eml", gen="EX10CAS01.intern.stahlbau-wendt.example",
         sender="einkauf@stahlbau-wendt.example",
         intro="Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:", subjp="Unzustellbar",
         diaghead="Diagnoseinformationen für Administratoren:", charset="utf-8", rows=[
             ("vertrieb@hoffmann-kran.example", "Ihre Nachricht wurde nicht weitergeleitet: der Server lässt die Weiterleitung (Relay) für Ihre Adresse nicht zu.",
              "550 5.7.1 Unable to relay", "smarthost.isp-net.example", "5.7.1", "550", "norelaying", False)])
exch_old("exchange2016-5.1.6-recipient-moved.eml", version="Exchange 2016", gen="EX16MBX01.corp.northwind-traders.example", rows=[
    ("h.lindgren@northwind-traders.example", "The recipient's mailbox has moved and this address is no longer used. Mail is not forwarded.",
     "550 5.1.6 RESOLVER.ADR.RecipientMoved; recipient has moved and mail is not forwarded", "", "5.1.6", "550", "hasmoved", True)])
exch_old("exchange2013-es-buzon-trasladado.eml", version="Exchange 2013", gen="EX13MB2.corp.andes-telecom.example",
         sender="gerencia@andes-telecom.example",
         intro="Error en la entrega a estos destinatarios o grupos:", subjp="No se puede entregar",
         diaghead="Información de diagnóstico para administradores:", remote_word="El servidor remoto devolvió",
         charset="utf-8", rows=[
             ("l.paredes@minera-sur.example", "El buzón del destinatario se ha trasladado a otra organización y el correo ya no se reenvía.",
              "551 5.1.6 User not local; mailbox moved", "mx.minera-sur.example", "5.1.6", "551", "hasmoved", True)])
exch_old("exchange2016-delayed-disk-full-4.3.1.eml", version="Exchange 2016", gen="EX16EDGE01.dmz.northwind-traders.example",
         intro="Delivery is delayed to these recipients or groups:", subjp="Delivery delayed", delayed=True,
         footer="This message hasn't been delivered yet. Delivery will continue to be attempted.", rows=[
             ("quotes@cascade-valves.example", "The recipient's server is out of disk space and has deferred the message.",
              "452 4.3.1 Insufficient system resources (DiskFull: queue database drive is below the back pressure threshold)",
              "mail.cascade-valves.example", "4.3.1", "452", "systemfull", False)])
exch_old("exchange2019-delayed-too-many-recipients.eml", version="Exchange 2019", gen="EX19MBX02.corp.northwind-traders.example",
         intro="Delivery is delayed to these recipients or groups:", subjp="Delivery delayed", delayed=True,
         footer="This message hasn't been delivered yet. Delivery will continue to be attempted.", rows=[
             ("events@lucerne-publishing.example", "The recipient's server accepts only a limited number of recipients per message; the rest will be retried.",
              "452 4.5.3 Too many recipients", "mx2.lucerne-publishing.example", "4.5.3", "452", "ratelimited", False)])
exch_old("exchange2019-hybrid-smtp-auth-disabled.eml", version="Exchange 2019", gen="EX19HYB01.corp.northwind-traders.example", rows=[
    ("m.ortiz@contoso-pharma.example", "Your message couldn't be sent through the Microsoft 365 smart host because the connector could not sign in.",
     "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
     "smtp.office365.com", "5.7.139", "535", "securityerror", False)])
exch_old("exchange2013-sequence-503.eml", version="Exchange 2013", gen="EX13MB1.corp.northwind-traders.example", rows=[
    ("reports@legacy-erp.example", "The remote server did not accept a command in the order it was sent.",
     "503 5.5.2 Need mail command", "erp-gw.legacy-erp.example", "5.5.2", "503", "syntaxerror", False)])
exch_old("exchange2016-syntax-501-parameters.eml", version="Exchange 2016", gen="EX16MBX02.corp.northwind-traders.example", rows=[
    ("ediin@old-van-gateway.example", "The remote server rejected a command it could not parse.",
     "501 5.5.4 Syntax error in parameters or arguments", "van.old-van-gateway.example", "5.5.4", "501", "syntaxerror", False)])
exch_old("exchange2019-hybrid-mailer-error.eml", version="Exchange 2019", gen="EX19HYB02.corp.northwind-traders.example", rows=[
    ("helpdesk@tickets.northwind-traders.example", "The Linux relay accepted the message but its delivery program for the ticket system failed.",
     "554 5.3.0 <helpdesk@tickets.northwind-traders.example>... unknown mailer error 127", "relay01.tickets.northwind-traders.example",
     "5.3.0", "554", "mailererror", False)])
exch_old("exchange2019-tnef-conversion-failed.eml", version="Exchange 2019", gen="EX19MBX01.corp.northwind-traders.example", rows=[
    ("c.wu@northwind-traders.example", "The message couldn't be delivered because its content could not be converted for the recipient's mailbox.",
     "554 5.6.0 STOREDRV.Deliver.Exception:ConversionFailedPermanentException; Failed to process message due to a permanent exception with message Content conversion: corrupt TNEF attachment (winmail.dat)",
     "", "5.6.0", "554", "contenterror", False)])
exch_old("exchange2016-journal-mailbox-quota.eml", version="Exchange 2016", gen="EX16MBX04.corp.northwind-traders.example",
         sender="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example", osubj="Journal report",
         rows=[("journal@archive.northwind-traders.example", "The journaling mailbox has exceeded its storage quota and can't accept journal reports.",
                "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; journal mailbox over quota",
                "", "5.2.2", "554", "mailboxfull", False)])
exch_old("exchange2010-ja-plain-no-dsn.eml", gen="EX10HUB01.tokyo.sakura-shoji.example", dsn=False,
         sender="somu@sakura-shoji.example", intro="次の受信者またはグループへの配信に失敗しました:", subjp="配信不能",
         diaghead="管理者向けの診断情報:", charset="iso-2022-jp", rows=[
             ("tanaka.h@kansai-denki.example", "入力した電子メール アドレスが見つかりませんでした。受信者の電子メール アドレスを確認して、メッセージを再送信してください。",
              "550 5.1.1 User unknown", "mx.kansai-denki.example", "5.1.1", "550", "userunknown", True)])

# distribution list expanded, members fail differently (current multi-recipient layout)
exch_old("o365-dl-expanded-members-mixed.eml", version="Office 365", gen=mshost("dl", "DM6PR11MB", "namprd11"),
         sender="events@northwind-traders.example", osubj="Partner summit invitation",
         intro="Delivery has failed to these recipients or groups (members of partners-emea@northwind-traders.example):", rows=[
             ("g.moretti@brenta-valvole.example", "The email address couldn't be found.",
              "550 5.1.1 <g.moretti@brenta-valvole.example>: Recipient address rejected: User unknown in virtual mailbox table",
              "mx.brenta-valvole.example", "5.1.1", "550", "userunknown", True),
             ("annika.berg.hq@outlook.com", "The recipient's mailbox is full.",
              "552 5.2.2 Requested action not taken: mailbox full (quota exceeded)",
              "outlook-com.olc.protection.outlook.com", "5.2.2", "552", "mailboxfull", False),
             ("o.petrov@volga-trade.example", "The recipient's account is suspended.",
              "550 5.2.1 Account suspended by the administrator; mail to this account is not accepted",
              "mx.volga-trade.example", "5.2.1", "550", "suspend", False),
             ("news@fjord-media.example", "The recipient's server rejected the message as spam.",
              "550 5.7.1 Message content rejected as spam (score 14.2)",
              "mx.fjord-media.example", "5.7.1", "550", "spamdetected", False)])

# ====================================================================== Outlook.com consumer
gw("outlookcom-rp001-rate-limit.eml", frm="Mail Delivery Subsystem <MAILER-DAEMON@mta2.northwind-traders.example>",
   host="mta2.northwind-traders.example", subject="Delivery Status Notification (Delay)",
   text="This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n    jamie.fox.1990@outlook.com\n\nThe remote server said: 421 RP-001 (BAY004-MC6F44) Unfortunately, some messages from 203.0.113.18 weren't sent. Please try again. The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed.\n",
   recips=[{"final": "jamie.fox.1990@outlook.com", "action": "delayed", "status": "4.7.0", "remote": "outlook-com.olc.protection.outlook.com",
            "diag": "421 RP-001 (BAY004-MC6F44) Unfortunately, some messages from 203.0.113.18 weren't sent. Please try again. The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed."}],
   exp=[("jamie.fox.1990@outlook.com", "ratelimited", False, "4.7.0", "421", "delayed")])
gw("outlookcom-recipient-blocked-sender.eml", frm="Mail Delivery System <MAILER-DAEMON@mta1.northwind-traders.example>",
   host="mta1.northwind-traders.example", subject="Undelivered Mail Returned to Sender",
   text="This is the mail system at host mta1.northwind-traders.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<carla.mendes77@hotmail.com>: host hotmail-com.olc.protection.outlook.com[192.0.2.70]\n    said: 550 5.7.1 Delivery not authorized, message refused: the recipient has\n    added your address to their blocked senders list (in reply to end of DATA command)\n",
   recips=[{"final": "carla.mendes77@hotmail.com", "status": "5.7.1", "remote": "hotmail-com.olc.protection.outlook.com",
            "diag": "550 5.7.1 Delivery not authorized, message refused: the recipient has added your address to their blocked senders list"}],
   exp=[("carla.mendes77@hotmail.com", "filtered", False, "5.7.1", "550")])
gw("outlookcom-eop-spamhaus-blocked.eml", frm="Mail Delivery System <MAILER-DAEMON@smtp.small-shop.example>",
   host="smtp.small-shop.example", subject="Undelivered Mail Returned to Sender", sender="orders@small-shop.example",
   text="This is the mail system at host smtp.small-shop.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ben.ward@fabrikam-logistics.example>: host\n    fabrikamlogistics-example.mail.protection.outlook.com[192.0.2.81] said: 550\n    5.7.1 Service unavailable, Client host [203.0.113.77] blocked using\n    Spamhaus. To request removal from this list see\n    https://www.spamhaus.org/query/ip/203.0.113.77 AS(1450) (in reply to RCPT TO command)\n",
   recips=[{"final": "ben.ward@fabrikam-logistics.example", "status": "5.7.1", "remote": "fabrikamlogistics-example.mail.protection.outlook.com",
            "diag": "550 5.7.1 Service unavailable, Client host [203.0.113.77] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.77 AS(1450)"}],
   exp=[("ben.ward@fabrikam-logistics.example", "blocked", False, "5.7.1", "550")])

# ====================================================================== Google Workspace / Gmail
GM = ("** {h} **\n\n{b}\n\nThe response from the remote server was:\n{d}\n")
gw("gmail-workspace-nxdomain.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", host="mail-sor-f41.google.com",
   subject="Delivery Status Notification (Failure)", sender="lena.hart@adatum-insurance.example",
   text=GM.format(h="Address not found", b="Your message wasn't delivered to sales@tailspin-toyz.example because the domain tailspin-toyz.example couldn't be found. Check for typos or unnecessary spaces and try again.",
                  d="DNS Error: DNS type 'mx' lookup of tailspin-toyz.example responded with code NXDOMAIN\nDomain name not found: tailspin-toyz.example"),
   recips=[{"final": "sales@tailspin-toyz.example", "status": "5.1.2", "diag": "DNS Error: DNS type 'mx' lookup of tailspin-toyz.example responded with code NXDOMAIN Domain name not found: tailspin-toyz.example"}],
   exp=[("sales@tailspin-toyz.example", "hostunknown", True, "5.1.2", "")])
gw("gmail-workspace-null-mx-o365-domain.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", host="mail-sor-f52.google.com",
   subject="Delivery Status Notification (Failure)", sender="lena.hart@adatum-insurance.example",
   text=GM.format(h="Message not delivered", b="Your message couldn't be delivered to info@retired-brand.example because the domain retired-brand.example does not accept email.",
                  d="The domain retired-brand.example publishes a null MX record (RFC 7505): this domain does not accept mail."),
   recips=[{"final": "info@retired-brand.example", "status": "5.1.10", "diag": "556 5.1.10 The domain retired-brand.example publishes a null MX record; this domain does not accept mail"}],
   exp=[("info@retired-brand.example", "notaccept", True, "5.1.10", "556")])
gw("gmail-to-exchange-no-ptr-5.7.25.eml", frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@legacy-erp.example>",
   host="ex16.legacy-erp.example", subject="Undeliverable: Shipment notice", sender="shipping@legacy-erp.example",
   text="Delivery has failed to these recipients or groups:\n\nmarta.lindqvist@gmail.com\nGmail refused the message because the sending server has no reverse DNS name.\n\nDiagnostic information for administrators:\n\nGenerating server: ex16.legacy-erp.example\n\nmarta.lindqvist@gmail.com\ngmail-smtp-in.l.google.com\nRemote Server returned '550-5.7.25 [203.0.113.90] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. 550 5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR records.'\n",
   recips=[{"final": "marta.lindqvist@gmail.com", "status": "5.7.25", "remote": "gmail-smtp-in.l.google.com",
            "diag": "550-5.7.25 [203.0.113.90] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records."}],
   exp=[("marta.lindqvist@gmail.com", "requireptr", False, "5.7.25", "550")])
gw("gmail-duplicate-headers-not-rfc5322.eml", frm="postmaster@northwind-traders.onmicrosoft.com", host=mshost("gm5322"),
   subject="Undeliverable: Order confirmation 5512",
   text="Your message to olga.sand.shop@gmail.com couldn't be delivered.\n\nGmail refused the message because its headers are malformed.\n\nDiagnostic information for administrators:\n\nGenerating server: " + mshost("gm5322") + "\nolga.sand.shop@gmail.com\ngmail-smtp-in.l.google.com\nRemote server returned '550-5.7.1 [203.0.113.12] This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked.'\n",
   recips=[{"final": "olga.sand.shop@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com",
            "diag": "550-5.7.1 [203.0.113.12] This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked."}],
   exp=[("olga.sand.shop@gmail.com", "notcompliantrfc", False, "5.7.1", "550")])
gw("gmail-gave-up-after-retries.eml", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", host="mail-sor-f69.google.com",
   subject="Delivery Status Notification (Failure)", sender="lena.hart@adatum-insurance.example",
   text=GM.format(h="Message not delivered", b="There was a temporary problem delivering your message to office@quiet-harbor.example. Gmail tried for 47 hours and has now stopped trying.",
                  d="The recipient server did not accept our requests to connect. [mail.quiet-harbor.example 192.0.2.140: timed out]"),
   recips=[{"final": "office@quiet-harbor.example", "status": "4.4.1", "diag": "The recipient server did not accept our requests to connect. [mail.quiet-harbor.example 192.0.2.140: timed out]"}],
   exp=[("office@quiet-harbor.example", "expired", False, "4.4.1", "")])

# ====================================================================== security gateways in front of Microsoft 365
gw("proofpoint-blocked-ipcheck.eml", frm="MAILER-DAEMON@mx0a-00123401.pphosted.com", host="mx0a-00123401.pphosted.com",
   subject="Undeliverable mail: Contract renewal", sender="sales@small-shop.example",
   text="The following message could not be delivered to one or more recipients.\n\n<legal@adatum-insurance.example>:\n554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.23\n",
   recips=[{"final": "legal@adatum-insurance.example", "status": "5.7.1", "diag": "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.23"}],
   exp=[("legal@adatum-insurance.example", "blocked", False, "5.7.1", "554")])
gw("proofpoint-dmarc-reject.eml", frm="MAILER-DAEMON@mx0b-00123401.pphosted.com", host="mx0b-00123401.pphosted.com",
   subject="Undeliverable mail: Wire instructions", sender="finance@lookalike-north.example",
   text="The following message could not be delivered to one or more recipients.\n\n<treasury@adatum-insurance.example>:\n550 5.7.1 Message rejected: the sender domain's DMARC policy is reject (p=reject) and the message failed DMARC alignment\n",
   recips=[{"final": "treasury@adatum-insurance.example", "status": "5.7.1", "diag": "550 5.7.1 Message rejected: the sender domain's DMARC policy is reject (p=reject) and the message failed DMARC alignment"}],
   exp=[("treasury@adatum-insurance.example", "authfailure", False, "5.7.1", "550")])
gw("proofpoint-outbound-null-mx.eml", frm="MAILER-DAEMON@mx0c-00456702.pphosted.com", host="mx0c-00456702.pphosted.com",
   subject="Undeliverable mail: Catalogue request",
   text="The following message could not be delivered to one or more recipients.\n\n<hello@sunset-cafe.example>:\n556 5.1.10 Recipient domain sunset-cafe.example has a null MX and does not accept mail\n",
   recips=[{"final": "hello@sunset-cafe.example", "status": "5.1.10", "diag": "556 5.1.10 Recipient domain sunset-cafe.example has a null MX and does not accept mail"}],
   exp=[("hello@sunset-cafe.example", "notaccept", True, "5.1.10", "556")])
gw("mimecast-two-recipients-invalid-size.eml", frm="Mimecast Postmaster <postmaster@eu-smtp-delivery-1.mimecast.com>",
   host="eu-smtp-delivery-1.mimecast.com", subject="Delivery Failure: Site survey photos",
   text="Your message could not be delivered to the following recipients:\n\n  survey@coastal-homes.example\n  Reason: 550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550\n\n  archive@coastal-homes.example\n  Reason: 554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554\n",
   recips=[{"final": "survey@coastal-homes.example", "status": "5.0.0", "diag": "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550"},
           {"final": "archive@coastal-homes.example", "status": "5.0.0", "diag": "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554"}],
   exp=[("survey@coastal-homes.example", "userunknown", True, "5.0.0", "550"),
        ("archive@coastal-homes.example", "emailtoolarge", False, "5.0.0", "554")])
gw("mimecast-not-rfc-compliant.eml", frm="Mimecast Postmaster <postmaster@uk-smtp-delivery-2.mimecast.com>",
   host="uk-smtp-delivery-2.mimecast.com", subject="Delivery Failure: Statement",
   text="Your message could not be delivered to the following recipient:\n\n  accounts@wharf-holdings.example\n  Reason: 554 Message is not RFC 5322 compliant: the message has two Date header fields\n",
   recips=[{"final": "accounts@wharf-holdings.example", "status": "5.0.0", "diag": "554 Message is not RFC 5322 compliant: the message has two Date header fields"}],
   exp=[("accounts@wharf-holdings.example", "notcompliantrfc", False, "5.0.0", "554")])
gw("barracuda-relaying-denied.eml", frm="Barracuda Email Gateway <postmaster@esg.fabrikam-logistics.example>",
   host="esg.fabrikam-logistics.example", subject="Message delivery failed",
   text="Your message could not be delivered.\n\nThe Barracuda Email Security Gateway reported a permanent failure for one or more recipients:\n\n  freight@other-carrier.example: 550 5.7.1 Relaying denied: esg.fabrikam-logistics.example is not an open relay for other-carrier.example\n",
   recips=[{"final": "freight@other-carrier.example", "status": "5.7.1", "diag": "550 5.7.1 Relaying denied: esg.fabrikam-logistics.example is not an open relay for other-carrier.example"}],
   exp=[("freight@other-carrier.example", "norelaying", False, "5.7.1", "550")])
gw("barracuda-sender-domain-missing.eml", frm="Barracuda Email Gateway <postmaster@esg.fabrikam-logistics.example>",
   host="esg.fabrikam-logistics.example", subject="Message delivery failed", sender="alerts@nas01.local-office.example",
   text="Your message could not be delivered.\n\n  ops@fabrikam-logistics.example: 553 5.1.8 Sender address rejected: domain of sender address alerts@nas01.local-office.example does not exist\n",
   recips=[{"final": "ops@fabrikam-logistics.example", "status": "5.1.8", "diag": "553 5.1.8 Sender address rejected: domain of sender address alerts@nas01.local-office.example does not exist"}],
   exp=[("ops@fabrikam-logistics.example", "rejected", False, "5.1.8", "553")])
gw("cisco-senderbase-reputation.eml", frm="Mail Delivery System <MAILER-DAEMON@esa1.wingtip-freight.example>",
   host="esa1.wingtip-freight.example", subject="Delivery Status Notification (Failure)", sender="promo@bulk-deals.example",
   text="The message you sent to logistics@wingtip-freight.example was rejected.\n\nReason: 554 5.7.1 Your message was rejected because the sending host's reputation score is too low (SenderBase reputation -4.1).\n",
   recips=[{"final": "logistics@wingtip-freight.example", "status": "5.7.1", "diag": "554 5.7.1 Your message was rejected because the sending host's reputation score is too low (SenderBase reputation -4.1)"}],
   exp=[("logistics@wingtip-freight.example", "badreputation", False, "5.7.1", "554")])
gw("cisco-routing-loop.eml", frm="Mail Delivery System <MAILER-DAEMON@esa2.wingtip-freight.example>",
   host="esa2.wingtip-freight.example", subject="Delivery Status Notification (Failure)",
   text="Message delivery to the following recipient failed permanently:\n\n    dispatch@wingtip-freight.example\n\nReason: 554 5.4.6 Routing loop detected: message has passed through esa2.wingtip-freight.example 26 times\n",
   recips=[{"final": "dispatch@wingtip-freight.example", "status": "5.4.6", "diag": "554 5.4.6 Routing loop detected: message has passed through esa2.wingtip-freight.example 26 times"}],
   exp=[("dispatch@wingtip-freight.example", "networkerror", False, "5.4.6", "554")])
gw("cisco-tls-required-not-offered.eml", frm="Mail Delivery System <MAILER-DAEMON@esa1.northwind-traders.example>",
   host="esa1.northwind-traders.example", subject="Delivery Status Notification (Failure)",
   text="Message delivery to the following recipient failed permanently:\n\n    payroll@trey-research.example\n\nReason: TLS is required for this domain by policy, but the remote server mx.trey-research.example did not offer STARTTLS\n",
   recips=[{"final": "payroll@trey-research.example", "status": "5.7.10", "remote": "mx.trey-research.example", "diag": "x-esa; TLS is required for this domain by policy, but the remote server did not offer STARTTLS"}],
   exp=[("payroll@trey-research.example", "failedstarttls", False, "5.7.10", "")])
gw("trendmicro-virus-found.eml", frm="IMSVA Postmaster <postmaster@imsva.contoso-pharma.example>",
   host="imsva.contoso-pharma.example", subject="Undeliverable: Shipping documents",
   text="Trend Micro Email Security could not deliver your message.\n\nRecipient: qa@contoso-pharma.example\nReason: 550 5.7.1 Message rejected: virus found (TROJ_FRS.0NA103KL) in attachment DHL_AWB.zip\n",
   recips=[{"final": "qa@contoso-pharma.example", "status": "5.7.1", "diag": "550 5.7.1 Message rejected: virus found (TROJ_FRS.0NA103KL) in attachment DHL_AWB.zip"}],
   exp=[("qa@contoso-pharma.example", "virusdetected", False, "5.7.1", "550")])
gw("trendmicro-ers-poor-reputation.eml", frm="Mail Delivery System <MAILER-DAEMON@relay.small-shop.example>",
   host="relay.small-shop.example", subject="Undelivered Mail Returned to Sender", sender="orders@small-shop.example",
   text="<regulatory@contoso-pharma.example>: host tmes.contoso-pharma.example[192.0.2.66] said:\n    550 5.7.1 Connection from 203.0.113.51 refused: the sender IP has poor reputation\n    (Trend Micro Email Reputation Services) (in reply to MAIL FROM command)\n",
   recips=[{"final": "regulatory@contoso-pharma.example", "status": "5.7.1", "remote": "tmes.contoso-pharma.example", "diag": "550 5.7.1 Connection from 203.0.113.51 refused: the sender IP has poor reputation (Trend Micro Email Reputation Services)"}],
   exp=[("regulatory@contoso-pharma.example", "badreputation", False, "5.7.1", "550")])
gw("trendmicro-spool-full.eml", frm="IMSVA Postmaster <postmaster@imsva.contoso-pharma.example>",
   host="imsva.contoso-pharma.example", subject="Undeliverable: Lab results",
   text="Trend Micro Email Security could not deliver your message.\n\nRecipient: lab@contoso-pharma.example\nReason: 552 5.3.1 Mail system full: the spool disk has no free space left\n",
   recips=[{"final": "lab@contoso-pharma.example", "status": "5.3.1", "diag": "552 5.3.1 Mail system full: the spool disk has no free space left"}],
   exp=[("lab@contoso-pharma.example", "systemfull", False, "5.3.1", "552")])
gw("sophos-no-reverse-dns.eml", frm="Mail Delivery System <MAILER-DAEMON@mx.small-shop.example>",
   host="mx.small-shop.example", subject="Undelivered Mail Returned to Sender", sender="orders@small-shop.example",
   text="<buyer@lucerne-publishing.example>: host mx-01-eu-central-1.prod.hydra.sophos.com[192.0.2.95] said:\n    550 5.7.1 Your IP address 203.0.113.31 has no reverse DNS (PTR) record; mail refused\n    (in reply to RCPT TO command)\n",
   recips=[{"final": "buyer@lucerne-publishing.example", "status": "5.7.1", "remote": "mx-01-eu-central-1.prod.hydra.sophos.com", "diag": "550 5.7.1 Your IP address 203.0.113.31 has no reverse DNS (PTR) record; mail refused"}],
   exp=[("buyer@lucerne-publishing.example", "requireptr", False, "5.7.1", "550")])
gw("sophos-virus-troj.eml", frm="Sophos Email <do-not-reply@central.sophos.com>", host="mx-02-eu-west-1.prod.hydra.sophos.com",
   subject="Message not delivered: Invoice", sender="billing@small-shop.example",
   text="Your message to editor@lucerne-publishing.example was not delivered.\n\nReason: 554 5.7.1 Message rejected: malware 'Troj/DocDl-AJBK' found in attachment invoice.docm\n",
   recips=[{"final": "editor@lucerne-publishing.example", "status": "5.7.1", "diag": "554 5.7.1 Message rejected: malware 'Troj/DocDl-AJBK' found in attachment invoice.docm"}],
   exp=[("editor@lucerne-publishing.example", "virusdetected", False, "5.7.1", "554")])
gw("sophos-spam-identified.eml", frm="Sophos Email <do-not-reply@central.sophos.com>", host="mx-01-eu-west-1.prod.hydra.sophos.com",
   subject="Message not delivered: Great offer", sender="deals@bulk-deals.example",
   text="Your message to marketing@lucerne-publishing.example was not delivered.\n\nReason: 550 5.7.1 Message identified as spam and rejected\n",
   recips=[{"final": "marketing@lucerne-publishing.example", "status": "5.7.1", "diag": "550 5.7.1 Message identified as spam and rejected"}],
   exp=[("marketing@lucerne-publishing.example", "spamdetected", False, "5.7.1", "550")])
gw("hornetsecurity-attachment-policy.eml", frm="Hornetsecurity <postmaster@mx-gate11-hz1.hornetsecurity.com>",
   host="mx-gate11-hz1.hornetsecurity.com", subject="Unzustellbar: Installationsmedien",
   text="Your message could not be delivered to the following recipient:\n\n  it@stahlbau-wendt.example\n\n554 5.7.1 Message rejected: attachments of type .iso are not permitted by the recipient organisation's policy\n",
   recips=[{"final": "it@stahlbau-wendt.example", "status": "5.7.1", "diag": "554 5.7.1 Message rejected: attachments of type .iso are not permitted by the recipient organisation's policy"}],
   exp=[("it@stahlbau-wendt.example", "policyviolation", False, "5.7.1", "554")])
gw("hornetsecurity-local-problem-delayed.eml", frm="Hornetsecurity <postmaster@mx-gate12-hz1.hornetsecurity.com>",
   host="mx-gate12-hz1.hornetsecurity.com", subject="Zustellung verzoegert: Lieferschein",
   text="Delivery of your message is delayed; we will keep trying.\n\n  lager@stahlbau-wendt.example\n\n451 4.3.0 Temporary local problem: the internal delivery service is not available, please try again later\n",
   recips=[{"final": "lager@stahlbau-wendt.example", "action": "delayed", "status": "4.3.0", "diag": "451 4.3.0 Temporary local problem: the internal delivery service is not available, please try again later"}],
   exp=[("lager@stahlbau-wendt.example", "systemerror", False, "4.3.0", "451", "delayed")])

# ====================================================================== ESPs relaying for Microsoft shops: suppression
gw("sparkpost-suppressed-recipient.eml", frm="SparkPost <bounces@sparkpostmail.com>", host="mta1.sparkpostmail.com",
   subject="Message generation rejected", sender="news@northwind-traders.example",
   text="Your message was not sent to the recipient below.\n\n  former.client@adatum-insurance.example\n\n554 5.7.1 Message generation rejected: recipient address suppressed due to customer policy (on the account suppression list after an earlier hard bounce)\n",
   recips=[{"final": "former.client@adatum-insurance.example", "status": "5.7.1", "diag": "554 5.7.1 Message generation rejected: recipient address suppressed due to customer policy"}],
   exp=[("former.client@adatum-insurance.example", "suppressed", False, "5.7.1", "554")])
gw("smarthost-esp-suppression-list.eml", frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>",
   host="EX19HYB01.corp.northwind-traders.example", subject="Undeliverable: Webinar reminder", sender="events@northwind-traders.example",
   text="Delivery has failed to these recipients or groups:\n\nold.member@tailspin-toys.example\nThe relay service did not send the message: the address is on the sender's suppression list.\n\nDiagnostic information for administrators:\n\nGenerating server: EX19HYB01.corp.northwind-traders.example\n\nold.member@tailspin-toys.example\nsmtp.relay-esp.example\nRemote Server returned '550 5.7.1 Recipient old.member@tailspin-toys.example is on your account's suppression list and was not sent'\n",
   recips=[{"final": "old.member@tailspin-toys.example", "status": "5.7.1", "remote": "smtp.relay-esp.example", "diag": "550 5.7.1 Recipient old.member@tailspin-toys.example is on your account's suppression list and was not sent"}],
   exp=[("old.member@tailspin-toys.example", "suppressed", False, "5.7.1", "550")])
gw("hybrid-exim-pipe-mailererror.eml", frm="Mail Delivery System <Mailer-Daemon@relay02.tickets.northwind-traders.example>",
   host="relay02.tickets.northwind-traders.example", subject="Mail delivery failed: returning message to sender",
   text="This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  pipe to |/opt/ticketdesk/bin/ingest\n    generated by servicedesk@tickets.northwind-traders.example\n    Child process of ticket_pipe transport returned 69 (could mean service or program unavailable) from command:\n    /opt/ticketdesk/bin/ingest\n",
   recips=[{"final": "servicedesk@tickets.northwind-traders.example", "status": "5.0.0", "diag": "X-Exim; Child process of ticket_pipe transport returned 69 (could mean service or program unavailable)"}],
   exp=[("servicedesk@tickets.northwind-traders.example", "mailererror", False, "5.0.0", "")])

# ====================================================================== moderation, delivery receipts, auto-replies, ARF
gw("o365-moderator-rejected.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>",
   host=mshost("mod"), subject="Rejected: Sale of used bikes",
   text="Your message to all-employees@northwind-traders.example was rejected by the group's moderator and wasn't delivered.\n\nModerator's comment: Personal sales belong on the Marketplace channel, not the all-employees list.\n\nDiagnostic information for administrators:\nRemote server returned '550 5.2.0 MODERATION.ModeratorRejected; the moderator rejected the message'\n",
   recips=[{"final": "all-employees@northwind-traders.example", "status": "5.2.0", "diag": "550 5.2.0 MODERATION.ModeratorRejected; the moderator rejected the message"}],
   exp=[("all-employees@northwind-traders.example", "filtered", False, "5.2.0", "550")])


def receipt(name, *, rcpt, text, subject, lang, gen):
    date = day(10 + len(name) % 10, 11)
    m = dsn_mail(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{SDOM}>", to=SENDER,
                 subject=subject, date=date, host=gen, hops=hop(name, gen, "Microsoft SMTP Server id 15.2.1258.12", date),
                 text=text, charset="us-ascii" if lang == "en" else "utf-8",
                 recips=[{"final": rcpt, "action": "delivered", "status": "2.0.0", "remote": "mx." + rcpt.split("@")[1], "diag": "250 2.0.0 OK queued as 4NqX2m1Zk9z"}],
                 orig=orig_headers(SENDER, rcpt, "Tender documents", date, mid(name + "o", gen)))
    write(OUT, name, m)
    expect(name, rcpt, "delivered", False, "2.0.0", "250", "delivered", "office365")


receipt("o365-delivery-receipt-delivered.eml", rcpt="procurement@city-waterworks.example", lang="en", gen=mshost("rcpt1"),
        subject="Delivered: Tender documents",
        text="Your message has been delivered to the following recipients:\n\nprocurement@city-waterworks.example (procurement@city-waterworks.example)\n\nSubject: Tender documents\n")
receipt("exchange2016-fr-remis-receipt.eml", rcpt="marches@mairie-exemple.example", lang="fr", gen="EX16MBX01.corp.northwind-traders.example",
        subject="=?utf-8?B?" + base64.b64encode("Remis : Dossier d'appel d'offres".encode()).decode() + "?=",
        text="Votre message a été remis aux destinataires suivants :\n\nmarches@mairie-exemple.example\n\nObjet : Dossier d'appel d'offres\n")


def autoreply(name, *, frm, subject, text, charset, extra):
    date = day(15 + len(name) % 10, 14)
    host = mshost(name, "TYCPR01MB", "jpnprd01")
    m = plain_mail(name, frm=frm, to=SENDER, subject=subject, date=date, host=host, hops=hop(name, host, "Microsoft SMTP Server", date),
                   text=text, charset=charset, auto=False, extra=extra)
    write(OUT, name, m)
    expect(name, frm.split("<")[-1].rstrip(">"), "vacation", False, "", "", "", "office365")


autoreply("o365-automatic-reply-es.eml", frm="Lucia Paredes <l.paredes@andes-telecom.example>",
          subject=enc_header("Respuesta automática: Q4 supplier review", "utf-8"), charset="utf-8",
          text="Hola,\n\nEstoy de vacaciones hasta el 2 de diciembre sin acceso al correo. Para temas urgentes escriba a operaciones@andes-telecom.example.\n\nSaludos,\nLucía\n",
          extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "l.paredes@andes-telecom.example"),
                 ("In-Reply-To", "<3F2A1C0D9E8B7A65.a1b2c3@northwind-traders.example>")])
autoreply("outlookcom-automatic-reply-ja.eml", frm="Kenji Mori <kenji.mori.77@outlook.jp>",
          subject=enc_header("自動応答: Q4 supplier review", "iso-2022-jp"), charset="iso-2022-jp",
          text="お問い合わせありがとうございます。\n\n12月1日まで出張のため、メールの確認が遅れます。\n戻り次第ご返信いたします。\n\n森 健二\n",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


def arf(name, *, rcpt, osubj, host, fb="abuse"):
    date = day(20 + len(name) % 5, 3)
    bnd = boundary(name)
    omid = mid(name + "o", "northwind-traders.example")
    report = ("Feedback-Type: " + fb + "\nUser-Agent: Microsoft JMRP/1.0\nVersion: 1\nOriginal-Mail-From: <news@northwind-traders.example>\n"
              f"Original-Rcpt-To: <{rcpt}>\nArrival-Date: {date}\nSource-IP: 203.0.113.18\nReported-Domain: northwind-traders.example\n")
    body = multipart("report", [
        text_part("This is an email abuse report for an email message received from IP 203.0.113.18 on " + date + ".\nFor more information about this format please see http://tools.ietf.org/html/rfc5965.\n"),
        part("message/feedback-report", report, cte=None),
        part("message/rfc822", orig_headers("news@northwind-traders.example", rcpt, osubj, date, omid) + "\nHello, our November offers are here.\n", cte=None)],
        bnd, " report-type=feedback-report;")
    m = mail([hop(name, host, "Microsoft SMTP Server", date), ("Date", date), ("From", "staff@hotmail.com"),
              ("To", "jmrp@northwind-traders.example"), ("Subject", "complaint about message from 203.0.113.18"),
              ("Message-ID", mid(name, host))], body)
    write(OUT, name, m)
    expect(name, rcpt, "feedback", False, "", "", "", "outlook")


arf("outlookcom-jmrp-abuse-report.eml", rcpt="sunny.daze.84@hotmail.com", osubj="November offers", host="BL02EPF0001A0F7.namprd03.prod.outlook.com")
arf("outlookcom-jmrp-second-complaint.eml", rcpt="paulo.reis.home@live.com", osubj="Last chance: winter sale", host="BL02EPF0001A102.namprd03.prod.outlook.com")

# ====================================================================== near-miss ordinary mail (not-bounce/)


def nb(name, *, frm, to, subject, text, host, charset="us-ascii", extra=(), html=None):
    date = day(6 + len(name) % 20, 9 + len(name) % 8, len(name) % 60)
    heads = [hop(name, host, "Microsoft SMTP Server", date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    cte = "7bit" if charset == "us-ascii" else "base64"
    body = text_part(text, charset, cte)
    if html:
        body = multipart("alternative", [body, text_part(html, charset, cte, "html")], boundary(name))
    path = os.path.join(NB, name)
    write(NB, name, mail(heads, body))
    return path


MSH = "NAM12-BN8-obe.outbound.protection.outlook.com"
nb("nb-m365-quarantine-digest.eml", frm="Microsoft 365 <quarantine@messaging.microsoft.com>", to=SENDER,
   subject="Microsoft 365 security: You have messages in quarantine", host=MSH,
   text="Review these messages\n\n3 messages are being held for you to review as of 11/18/2026 6:00:12 AM (UTC).\n\nReview them within 30 days of the received date by going to the Quarantine page in the Security Center.\n\nPrevented spam messages\nSender: promo@bulk-deals.example\nSubject: Final notice: your account\nDate: 11/17/2026 10:41:02 PM\nRelease | Block Sender\n\nSender: noreply@parcel-track.example\nSubject: Delivery failed - reschedule now\nDate: 11/17/2026 8:12:55 PM\nRelease | Block Sender\n",
   html="<html><body><h2>Review these messages</h2><p>3 messages are being held for you to review.</p></body></html>")
nb("nb-m365-quarantine-released.eml", frm="Microsoft 365 <quarantine@messaging.microsoft.com>", to=SENDER,
   subject="A message was released from quarantine", host=MSH,
   text="Your administrator released a message from quarantine to your inbox.\n\nSender: supplier@fabrikam-logistics.example\nSubject: Signed purchase order\nReason it was held: High confidence phish\n")
nb("nb-recall-succeeded.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>", to=SENDER,
   subject="Message Recall Report for message: Salary bands 2027", host=mshost("recall1"),
   text="Message Recall Report for message: Salary bands 2027\n\nOriginal message sent: 11/19/2026 10:02 AM\n\nRecall result\nh.lindgren@northwind-traders.example     Recall Success     11/19/2026 10:04 AM\nb.santos@northwind-traders.example       Recall Success     11/19/2026 10:04 AM\n",
   extra=[("X-MS-Exchange-Recall-Report", "1")])
nb("nb-recall-failed-already-read.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>", to=SENDER,
   subject="Recall Failure: Salary bands 2027", host=mshost("recall2"),
   text="Your recall request could not be completed.\n\nRecipient: c.wu@northwind-traders.example\nResult: Recall Failed - the message has already been read\nTime: 11/19/2026 10:05 AM\n\nThe original message remains in the recipient's mailbox.\n")
nb("nb-mailbox-almost-full-en.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>", to=SENDER,
   subject="Your mailbox is almost full.", host=mshost("quota1"),
   text="Your mailbox is almost full.\n\nYour mailbox is 98.6 GB of 100 GB. When it reaches its limit you'll stop being able to send messages, and then to receive them.\n\nTo make room, delete items you don't need and empty Deleted Items, or turn on the archive.\n")
nb("nb-mailbox-almost-full-de.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stahlbau-wendt.example>",
   to="einkauf@stahlbau-wendt.example", subject=enc_header("Ihr Postfach ist fast voll.", "utf-8"), host="EX16MBX01.intern.stahlbau-wendt.example",
   charset="utf-8",
   text="Ihr Postfach ist fast voll.\n\nIhr Postfach belegt 1,96 GB von 2 GB. Wenn das Kontingent überschritten ist, können Sie keine Nachrichten mehr senden.\n\nLöschen Sie nicht mehr benötigte Elemente und leeren Sie den Ordner \"Gelöschte Elemente\".\n")
nb("nb-mailbox-almost-full-zh.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@huaxin-precision.example>",
   to="zhao.lin@huaxin-precision.example", subject=enc_header("你的邮箱即将满", "gb2312"), host="EX19MB01.huaxin-precision.example",
   charset="gb2312",
   text="你的邮箱即将满。\n\n你的邮箱已使用 49.2 GB，总容量为 50 GB。达到限额后，你将无法发送邮件。\n\n请删除不需要的邮件并清空“已删除邮件”文件夹。\n")
nb("nb-meeting-forward-notification.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>", to=SENDER,
   subject="Meeting Forward Notification: Supplier review Q4", host=mshost("mfn"),
   text="Your meeting was forwarded\n\nb.santos@northwind-traders.example has forwarded your meeting request to additional recipients.\n\nMeeting\nSupplier review Q4\nMeeting Time\nThursday, November 26, 2026 2:00 PM-3:00 PM\n\nRecipients\nann.ruiz@fabrikam-logistics.example\n\nAll recipients will receive a meeting request on your behalf.\n",
   extra=[("X-MS-Exchange-Organization-MeetingForwardNotification", "1")])
nb("nb-read-receipt-mdn.eml", frm="Daniel Brennan <d.brennan@fabrikam-logistics.example>", to=SENDER,
   subject="Read: Q4 supplier review", host=mshost("mdn1"),
   text="Your message\n\n  To: d.brennan@fabrikam-logistics.example\n  Subject: Q4 supplier review\n  Sent: 11/20/2026 9:14 AM\n\nwas read on 11/20/2026 11:02 AM.\n")
nb("nb-not-read-deleted-receipt.eml", frm="Ben Ward <ben.ward@fabrikam-logistics.example>", to=SENDER,
   subject="Not read: Q4 supplier review", host=mshost("mdn2"),
   text="Your message\n\n  To: ben.ward@fabrikam-logistics.example\n  Subject: Q4 supplier review\n  Sent: 11/20/2026 9:14 AM\n\nwas deleted without being read on 11/22/2026 4:30 PM.\n")
nb("nb-teams-missed-messages.eml", frm="Microsoft Teams <noreply@email.teams.microsoft.com>", to=SENDER,
   subject="You have 4 unread messages in Teams", host="BN8NAM12HT123.mail.protection.outlook.com",
   text="Hi Rita,\n\nYou have 4 unread messages in Teams.\n\nBen Santos in Logistics > General: \"The Proofpoint NDR from the carrier came back again, can someone look?\"\nChen Wu: \"Delivery failed for the Mimecast address, I'll call them.\"\n\nOpen Teams to reply.\n")
nb("nb-sharepoint-access-request.eml", frm="SharePoint Online <no-reply@sharepointonline.com>", to=SENDER,
   subject="Ann Ruiz wants to access 'Contracts 2027'", host="AM7EUR03HT009.mail.protection.outlook.com",
   text="Ann Ruiz (ann.ruiz@fabrikam-logistics.example) wants to access the folder 'Contracts 2027'.\n\nMessage: Hi, my earlier mail to you bounced, so I'm requesting access here instead.\n\nApprove | Decline\n")
nb("nb-admin-alert-user-restricted-outbound-spam.eml", frm="Microsoft 365 <o365mc@microsoft.com>", to="it-admins@northwind-traders.example",
   subject="Alert: User restricted from sending email", host=MSH,
   text="A medium-severity alert has been triggered\n\nUser restricted from sending email\n\nSeverity: High\nUser: c.wu@northwind-traders.example\nDetails: This user has been restricted from sending email because outbound spam was detected (exceeded the outbound spam threshold).\n\nTo unblock the user, go to Restricted entities in the Microsoft Defender portal.\n")
nb("nb-user-asks-it-about-ndr.eml", frm="Rita Okafor <r.okafor@northwind-traders.example>", to="servicedesk@northwind-traders.example",
   subject="Why do my mails to Danube Shipping bounce?", host=mshost("ask"),
   text="Hi Service Desk,\n\nsince Monday every mail I send to Petra at Danube Shipping comes back with an undeliverable message. It says something like 5.1.1 recipient not found, but I spoke to her on the phone this morning and her mailbox works.\n\nCould you check if something is wrong on our side? I can forward one of the bounces if that helps.\n\nThanks,\nRita\n")
nb("nb-onedrive-storage-full.eml", frm="Microsoft OneDrive <no-reply@onedrive.com>", to=SENDER,
   subject="Your OneDrive is full", host="DB5EUR03HT201.mail.protection.outlook.com",
   text="Your OneDrive storage is full.\n\nYou're using 1.02 TB of 1 TB. Files won't sync until you free up space or buy more storage.\n\nManage storage\n")
nb("nb-service-health-exchange-advisory.eml", frm="Microsoft 365 Message center <o365mc@microsoft.com>", to="it-admins@northwind-traders.example",
   subject="Service health: EX912345 - Some users may experience mail delivery delays", host=MSH,
   text="Incident EX912345\n\nUser impact: Some users may experience delays when sending or receiving email, and some senders may receive delayed-delivery notifications.\n\nCurrent status: We've identified a subset of infrastructure that is not processing mail as expected and are rebalancing traffic.\n\nNext update by: 11/24/2026 3:00 PM UTC\n")
nb("nb-dmarc-aggregate-microsoft.eml", frm="DMARC Aggregate Report <dmarcreport@microsoft.com>", to="dmarc@northwind-traders.example",
   subject="Report Domain: northwind-traders.example Submitter: protection.outlook.com Report-ID: 8f1c2e0a7d3b4c59", host=MSH,
   text="This is a DMARC aggregate report from Microsoft Corporation.\n\nA compressed XML report is attached (removed in this copy).\nPolicy: p=quarantine; 1,284 messages; 1,279 passed DKIM; 5 failed SPF and DKIM.\n")
nb("nb-moderation-approval-request.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northwind-traders.example>", to="hr-lead@northwind-traders.example",
   subject="Approval requested: Sale of used bikes", host=mshost("modreq"),
   text="A message sent to all-employees@northwind-traders.example requires your approval.\n\nFrom: b.santos@northwind-traders.example\nSubject: Sale of used bikes\n\nApprove | Reject\n\nIf you don't respond within 5 days the message will be rejected automatically and the sender notified.\n")
nb("nb-mimecast-held-digest.eml", frm="Mimecast <postmaster@eu-api.mimecast.com>", to=SENDER,
   subject="Mimecast: Held Messages Summary", host="eu-smtp-delivery-1.mimecast.com",
   text="You have 2 messages on hold.\n\nFrom: billing@unknown-vendor.example   Subject: Overdue invoice   Reason: Spam Signature\nFrom: noreply@fax-gateway.example      Subject: Fax received        Reason: Attachment Policy\n\nRelease | Block | Permit\n")
nb("nb-password-expiry-notice.eml", frm="IT Service Desk <servicedesk@northwind-traders.example>", to=SENDER,
   subject="Your password expires in 3 days", host=mshost("pwd"),
   text="Hello Rita,\n\nYour Microsoft 365 password expires in 3 days. Change it at https://mysignins.microsoft.com before it expires, or you will not be able to send or receive mail until the Service Desk resets it.\n\nIT Service Desk\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
