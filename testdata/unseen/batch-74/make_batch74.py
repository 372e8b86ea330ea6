#!/usr/bin/env python3
"""Writes testdata/unseen/batch-74: a Latin-American and Iberian night (a
second take). Bounces and delays from Brazilian, Mexican, Argentine,
Chilean, Colombian, Venezuelan, Spanish and Portuguese providers, from
Zimbra and Exchange at universities and governments, Outlook and Gmail
notices in Spanish and Portuguese, auto-replies (respostas/respuestas
automaticas), and ordinary near-miss mail in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch74.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mid, orig_headers, plain_mail,  # noqa: E402
                       received, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def hops2(name, by, sw, date, frm, ip, by0, sw0):
    return received([(frm, ip, by, sw, qid(name), date), ("localhost", "127.0.0.1", by0, sw0, qid(name + "0", 10), date)])


def D(day, h, m, tz="-0300"):
    return dt(2026, 12, day, h, m, (day * 7 + h + m) % 60, tz)


def orig(name, sender, rcpts, subj, date, extra=""):
    return orig_headers(sender, ", ".join(rcpts), subj, date, mid(name + "/o", sender.split("@")[1]), extra)


# --- Postfix-family notices (Postfix, Zimbra, provider-branded Postfix) ---

PF_EN = """This is the mail system at host {host}.

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

PF_PT = """Este e o sistema de correio do servidor {host}.

Lamentamos informar que a sua mensagem nao pode ser entregue a um ou
mais destinatarios. A mensagem original segue em anexo.

Para mais informacoes, escreva para postmaster@{dom}.

                   O sistema de correio

"""

PF_ES = """Este es el sistema de correo del servidor {host}.

Lamentamos informarle que su mensaje no pudo ser entregado a uno o mas
destinatarios. Se adjunta el mensaje original.

Para mas informacion, escriba a postmaster@{dom}.

                   El sistema de correo

"""


def postfix(name, *, host, sender, recips, osubj, date, odate, head="en", delay_hours=None, tz="-0300",
            charset="us-ascii", cte=None, subject=None, returned="headers", text_extra=""):
    dom = host.split(".", 1)[1]
    if delay_hours:
        text = PF_DELAY.format(host=host, hours=delay_hours)
        subj = subject or "Delayed Mail (still being retried)"
    else:
        text = {"en": PF_EN, "pt": PF_PT, "es": PF_ES}[head].format(host=host, dom=dom)
        subj = subject or "Undelivered Mail Returned to Sender"
    lines = []
    for r in recips:
        lines.append(f"<{r['final']}>: {r['text']}")
    text += "\n".join(lines) + "\n" + text_extra
    o = orig(name, sender, [r["final"] for r in recips], osubj, odate)
    if returned == "message":
        o = o + "\nBom dia,\n\nSegue em anexo o documento solicitado.\n\nAtenciosamente\n"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=text,
                    recips=recips, arrival=odate, orig=o, charset=charset, cte=cte, returned=returned)


def R(final, status, diag, remote=None, action="failed", text=None, will_retry=None):
    r = {"final": final, "status": status, "diag": diag, "action": action}
    if remote:
        r["remote"] = remote
    r["text"] = text or (f"host {remote}[{ip_for(remote)}] said: {diag} (in reply to RCPT TO command)" if remote else diag)
    if will_retry:
        r["will_retry"] = will_retry
    return r


def ip_for(h):
    n = int(hashlib.md5(h.encode()).hexdigest()[:2], 16) % 250 + 2
    return f"203.0.113.{n}"


# --- Exchange / Outlook NDR with localized text ---

def exchange(name, *, host, sender, rcpt, status, diag, date, odate, osubj, lead, explain, subject,
             charset="utf-8", remote=None, action="failed", extra=(), lang=None):
    text = (f"{lead}\n\n{rcpt}\n{explain}\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{rcpt}\n"
            f"{remote or host}\nRemote Server returned '{diag}'\n\nOriginal message headers:\n\n"
            f"Received: from {host.replace('mbx', 'edge')} (198.51.100.40) by {host} with Microsoft SMTP Server;\n {odate}\n"
            f"Message-ID: {mid(name + '/o', sender.split('@')[1])}\nSubject: {osubj}\n")
    recips = [{"final": rcpt, "status": status, "diag": diag, "action": action}]
    if remote:
        recips[0]["remote"] = remote
    pm = "postmaster@outlook.com" if host.lower().endswith("outlook.com") else f"postmaster@{host.split('.', 1)[1]}"
    return dsn_mail(name, frm=f"Microsoft Outlook <{pm}>", to=sender, subject=subject, date=date,
                    host=host, hops=hop(name, host, "Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)", date,
                             host.replace("MB", "MX", 1) if "MB" in host else host.replace("mbx", "hub"), "10.20.1.5"),
                    text=text, recips=recips, orig=orig(name, sender, [rcpt], osubj, odate), charset=charset,
                    cte="quoted-printable" if charset != "us-ascii" else None, arrival=odate,
                    extra=[("Content-Language", lang or ("es-MX" if lead.startswith("No se") else "pt-BR"))] + list(extra))


# --- Gmail notices in Spanish / Portuguese ---

def gmail(name, *, sender, rcpt, status, diag, date, odate, osubj, lead, subject, action="failed", remote="mx.example"):
    text = (f"{lead}\n\n{diag}\n")
    html = (f"<html><body><p>{lead}</p><p>La respuesta del servidor remoto fue:</p><p>{diag}</p></body></html>")
    recips = [{"final": rcpt, "status": status, "diag": diag, "action": action, "remote": remote}]
    return dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=sender,
                    subject=subject, date=date, host="mx.google.com",
                    hops=received([("", "", "2002:a05:6512:3b8e::", "SMTP", qid(name), date)]).replace("from  ( [])\n\t", "")
                    .replace("id " + qid(name), "id " + qid(name).lower()),
                    text=text, recips=recips, orig=orig(name, sender, [rcpt], osubj, odate), charset="utf-8",
                    cte="quoted-printable", reporting="mx.google.com", alt_html=html, arrival=odate,
                    extra=[("X-Failed-Recipients", rcpt)])


# --- Sendmail ---

def sendmail(name, *, host, sender, recips, date, odate, osubj, transcript):
    text = (f"The original message was received at {odate}\nfrom [198.51.100.60]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n"
            + "".join(f"<{r['final']}>\n    (reason: {r['diag']})\n" for r in recips)
            + "\n   ----- Transcript of session follows -----\n" + transcript)
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender,
                    subject="Returned mail: see transcript for details", date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "8.17.2/8.17.2", date), text=text,
                    recips=recips, orig=orig(name, sender, [r["final"] for r in recips], osubj, odate), arrival=odate)


def free(name, *, frm, to, subject, date, host, text, charset="iso-8859-1", cte="quoted-printable", extra=(), auto=True,
         sw="Postfix"):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops=hop(name, host, sw, date), text=text, charset=charset, cte=cte, extra=extra, auto=auto)


def W(name, text, nb=False):
    write(NB if nb else OUT, name + ".eml", text)


def E(name, rcpt, reason, hard=False, status="", reply="", action="failed", vendor=""):
    expect(name + ".eml", rcpt, reason, hard, status, reply, action, vendor)


S_ACME = "faturamento@distribuidora-aurora.example"
S_ES = "ventas@comercial-andina.example"
S_PT = "geral@conservas-atlantico.example"
S_MX = "tramites@consultoria-azteca.example"

# ---------------------------------------------------------------- bounces

n = "b74-terra-br-usuario-desconhecido"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 4), odate=D(1, 21, 3),
             osubj="Pedido 4471 - confirmacao de entrega",
             recips=[R("joaquim.prates@terra.com.br", "5.1.1",
                       "550 5.1.1 <joaquim.prates@terra.com.br>: Recipient address rejected: usuario desconhecido nesta caixa postal",
                       "mx.terra.com.br")]))
E(n, "joaquim.prates@terra.com.br", "userunknown", True, "5.1.1", "550", vendor="terra")

n = "b74-uol-caixa-excedeu-cota"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 9), odate=D(1, 21, 8),
             osubj="Segunda via do boleto - dezembro",
             recips=[R("cidinha.moraes@uol.com.br", "5.2.2",
                       "552 5.2.2 A caixa postal do destinatario excedeu a cota de armazenamento contratada",
                       "mx.uol.com.br")]))
E(n, "cidinha.moraes@uol.com.br", "mailboxfull", False, "5.2.2", "552", vendor="uol")

n = "b74-bol-conta-do-destinatario-desativada"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 12), odate=D(1, 21, 11),
             osubj="Tabela de precos 2027",
             recips=[R("renatinha.sol@bol.com.br", "5.2.1",
                       "550 5.2.1 A conta do destinatario esta desativada e nao recebe mensagens",
                       "mx.bol.com.br")]))
E(n, "renatinha.sol@bol.com.br", "suspend", False, "5.2.1", "550", vendor="bol")

n = "b74-ig-dominio-sem-servidor"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 15), odate=D(1, 21, 15),
             osubj="Orcamento solicitado",
             recips=[R("compras@mercadinho-ipiranga.example.com.br", "5.4.4",
                       "Host or domain name not found. Name service error for name=mercadinho-ipiranga.example.com.br type=A: Host not found",
                       text="Host or domain name not found. Name service error for\n    name=mercadinho-ipiranga.example.com.br type=A: Host not found")]))
E(n, "compras@mercadinho-ipiranga.example.com.br", "hostunknown", True, "5.4.4", "")

n = "b74-locaweb-relay-nao-permitido"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 18), odate=D(1, 21, 17),
             osubj="Contrato de representacao",
             recips=[R("contato@imobiliaria-girassol.example.com.br", "5.7.1",
                       "554 5.7.1 <contato@imobiliaria-girassol.example.com.br>: Relay nao permitido: este servidor nao retransmite mensagens para dominios de terceiros",
                       "mx.a.locaweb.com.br")]))
E(n, "contato@imobiliaria-girassol.example.com.br", "norelaying", False, "5.7.1", "554", vendor="locaweb")

n = "b74-kinghost-ip-em-lista-negra"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(1, 21, 22), odate=D(1, 21, 21),
             osubj="Nota de credito",
             recips=[R("financeiro@vinicola-serra.example.com.br", "5.7.1",
                       "554 5.7.1 Servico indisponivel; o IP 192.0.2.77 consta na lista negra b.barracudacentral.org",
                       "mx.kinghost.net")],
             text_extra="", head="en"))
E(n, "financeiro@vinicola-serra.example.com.br", "blocked", False, "5.7.1", "554", vendor="kinghost")

n = "b74-hostgator-br-cpanel-no-such-user"
W(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@br420.hostgator.com.br>", to="site@padaria-estrela.example.com.br",
                subject="Mail delivery failed: returning message to sender", date=D(1, 21, 25),
                host="br420.hostgator.com.br", hops="Return-Path: <>\n" + hop(n, "br420.hostgator.com.br", "Exim 4.96.2", D(1, 21, 25)),
                text="This message was created automatically by mail delivery software.\n\n"
                     "A message that you sent could not be delivered to one or more of its\n"
                     "recipients. This is a permanent error. The following address(es) failed:\n\n"
                     "  encomendas@confeitaria-lua.example.com.br\n"
                     "    host mail.confeitaria-lua.example.com.br [198.51.100.31]\n"
                     "    SMTP error from remote mail server after RCPT TO:<encomendas@confeitaria-lua.example.com.br>:\n"
                     "    550 Nenhum usuario com este nome aqui\n\n"
                     "------ This is a copy of the message, including all the headers. ------\n\n"
                     + orig(n, "site@padaria-estrela.example.com.br", ["encomendas@confeitaria-lua.example.com.br"],
                            "Encomenda de paes de mel", D(1, 21, 24)),
                extra=[("X-Failed-Recipients", "encomendas@confeitaria-lua.example.com.br")]))
E(n, "encomendas@confeitaria-lua.example.com.br", "userunknown", True, "", "550", vendor="")

n = "b74-hostgator-br-limite-envios-hora"
W(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@br612.hostgator.com.br>", to="news@loja-verde.example.com.br",
                subject="Mail delivery failed: returning message to sender", date=D(1, 21, 28),
                host="br612.hostgator.com.br", hops="Return-Path: <>\n" + hop(n, "br612.hostgator.com.br", "Exim 4.96.2", D(1, 21, 28)),
                text="This message was created automatically by mail delivery software.\n\n"
                     "A message that you sent could not be delivered to one or more of its\n"
                     "recipients. This is a permanent error. The following address(es) failed:\n\n"
                     "  cliente.vip@example.net\n"
                     "    Domain loja-verde.example.com.br has exceeded the max emails per hour (300/300 (100%)) allowed.  Message discarded.\n\n"
                     "------ This is a copy of the message, including all the headers. ------\n\n"
                     + orig(n, "news@loja-verde.example.com.br", ["cliente.vip@example.net"], "Black Friday estendida", D(1, 21, 27)),
                extra=[("X-Failed-Recipients", "cliente.vip@example.net")]))
E(n, "cliente.vip@example.net", "ratelimited", False, "", "", vendor="")

n = "b74-movistar-es-mensaje-spam"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 1, 3, "+0100"), odate=D(2, 1, 2, "+0100"),
             osubj="Catalogo de invierno con descuentos", head="es",
             recips=[R("pilar.gallego@movistar.es", "5.7.1",
                       "550 5.7.1 Mensaje rechazado: el contenido ha sido clasificado como correo no deseado (SPAM)",
                       "mx.movistar.es")]))
E(n, "pilar.gallego@movistar.es", "spamdetected", False, "5.7.1", "550", vendor="movistar")

n = "b74-telefonica-exchange-es-destinatario-no-encontrado"
W(n, exchange(n, host="mbx03.telefonica.example", sender=S_ES, rcpt="marta.ibarra@telefonica.example",
              status="5.1.1", diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; no se encontro en Active Directory",
              date=D(2, 1, 6, "+0100"), odate=D(2, 1, 5, "+0100"), osubj="Reunion trimestral",
              lead="No se pudo entregar el mensaje a los siguientes destinatarios:",
              explain="La direcci\u00f3n de correo electr\u00f3nico que escribi\u00f3 no se encontr\u00f3. Compruebe la direcci\u00f3n del destinatario e intente reenviar el mensaje.",
              subject="No se puede entregar: Reunion trimestral", lang="es-ES"))
E(n, "marta.ibarra@telefonica.example", "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "b74-prodigy-telmex-buzon-lleno-demora"
W(n, postfix(n, host="mta1.consultoria-azteca.example", sender=S_MX, date=D(2, 3, 10, "-0600"), odate=D(1, 23, 10, "-0600"),
             osubj="Cotizacion servicios contables", delay_hours=4,
             recips=[R("lupita.ramos@prodigy.net.mx", "4.2.2",
                       "452 4.2.2 El buzon del destinatario esta lleno, intente mas tarde",
                       "mx.prodigy.net.mx", action="delayed", will_retry=D(6, 23, 10, "-0600"))]))
E(n, "lupita.ramos@prodigy.net.mx", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="prodigy")

n = "b74-claro-br-sem-registro-ptr"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(2, 1, 30), odate=D(2, 1, 29),
             osubj="Comprovante de pagamento",
             recips=[R("adriano.luz@claro.com.br", "5.7.25",
                       "550 5.7.25 O endereco IP 192.0.2.14 de origem nao possui registro reverso (PTR) valido",
                       "mx.claro.com.br")]))
E(n, "adriano.luz@claro.com.br", "requireptr", False, "5.7.25", "550", vendor="claro")

n = "b74-fibertel-ar-ip-en-lista-negra"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 2, 2, "-0300"), odate=D(2, 2, 1, "-0300"),
             osubj="Presupuesto de mantenimiento", head="es",
             recips=[R("hector.quiroga@fibertel.com.ar", "5.7.1",
                       "554 5.7.1 Su direccion IP 192.0.2.88 figura en la lista negra bl.spamcop.net; conexion rechazada",
                       "mx.fibertel.com.ar")]))
E(n, "hector.quiroga@fibertel.com.ar", "blocked", False, "5.7.1", "554", vendor="fibertel")

n = "b74-entel-cl-cuenta-suspendida"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 2, 5, "-0300"), odate=D(2, 2, 4, "-0300"),
             osubj="Estado de cuenta noviembre", head="es",
             recips=[R("rodrigo.munoz@entelchile.example", "5.2.1",
                       "550 5.2.1 La cuenta del destinatario se encuentra suspendida por falta de uso",
                       "mx.entel.cl")]))
E(n, "rodrigo.munoz@entelchile.example", "suspend", False, "5.2.1", "550", vendor="entel")

n = "b74-etb-co-mensaje-excede-tamano"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 2, 8, "-0500"), odate=D(2, 2, 7, "-0500"),
             osubj="Planos del proyecto (adjuntos)", head="es",
             recips=[R("ingenieria@constructora-bogota.example.com.co", "5.3.4",
                       "552 5.3.4 El mensaje excede el tamano maximo permitido por este servidor (10 MB)",
                       "correo.etb.net.co", text="host correo.etb.net.co[203.0.113.61] said: 552 5.3.4 El mensaje excede el tamano maximo permitido por este servidor (10 MB) (in reply to end of DATA command)")]))
E(n, "ingenieria@constructora-bogota.example.com.co", "emailtoolarge", False, "5.3.4", "552", vendor="etb")

n = "b74-cantv-ve-demora-tiempo-agotado"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 6, 1, "-0400"), odate=D(2, 2, 1, "-0400"),
             osubj="Factura proforma 0932", delay_hours=4,
             recips=[R("compras@ferreteria-caracas.example.com.ve", "4.4.1",
                       "connect to mail.cantv.net[203.0.113.90]:25: Connection timed out",
                       action="delayed", will_retry=D(7, 2, 1, "-0400"),
                       text="connect to mail.cantv.net[203.0.113.90]:25: Connection timed out")]))
E(n, "compras@ferreteria-caracas.example.com.ve", "networkerror", False, "4.4.1", "", action="delayed", vendor="")

n = "b74-cantv-ve-no-entregado-cinco-dias"
W(n, free(n, frm="Sistema de Correo <mailer-daemon@correo.comercial-andina.example>", to=S_ES,
          subject=enc_header("Notificaci\u00f3n de estado: no entregado", "iso-8859-1"),
          date=D(7, 2, 2, "-0400"), host="correo.comercial-andina.example",
          text="Su mensaje no pudo ser entregado.\n\n"
               "Destinatario: cobranzas@ferreteria-caracas.example.com.ve\n"
               "Asunto: Factura proforma 0932\n\n"
               "El servidor de destino mail.cantv.net no respondi\u00f3 durante 5 d\u00edas. Se agot\u00f3 el plazo "
               "de reintentos y el mensaje fue eliminado de la cola.\n\n"
               "Este es un mensaje generado autom\u00e1ticamente; no responda.\n"))
E(n, "cobranzas@ferreteria-caracas.example.com.ve", "expired", False, "", "", vendor="")

n = "b74-outlook-es-dmarc-no-supera"
W(n, exchange(n, host="MW4PR04MB7362.namprd04.prod.outlook.com", sender=S_MX, rcpt="andrea.villalobos@outlook.com",
              status="5.7.509", diag="550 5.7.509 Access denied, sending domain consultoria-azteca.example does not pass DMARC verification and has a DMARC policy of reject.",
              date=D(2, 3, 30, "-0600"), odate=D(2, 3, 29, "-0600"), osubj="Propuesta de servicios",
              lead="No se pudo entregar el mensaje a andrea.villalobos@outlook.com.",
              explain="El dominio del remitente no super\u00f3 la comprobaci\u00f3n DMARC y la directiva del dominio es rechazar.",
              subject="No se puede entregar: Propuesta de servicios", remote="outlook-com.olc.protection.outlook.com"))
E(n, "andrea.villalobos@outlook.com", "authfailure", False, "5.7.509", "550", vendor="outlook")

n = "b74-o365-pt-caixa-correio-cheia"
W(n, exchange(n, host="CP4P284MB1234.BRAP284.PROD.OUTLOOK.COM", sender=S_ACME, rcpt="luciana.faria@advocacia-paulista.example.com.br",
              status="5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
              date=D(2, 4, 2), odate=D(2, 4, 1), osubj="Peticao protocolada",
              lead="Sua mensagem para luciana.faria@advocacia-paulista.example.com.br n\u00e3o p\u00f4de ser entregue.",
              explain="A caixa de correio do destinat\u00e1rio est\u00e1 cheia e n\u00e3o pode aceitar mensagens agora. Tente reenviar mais tarde ou entre em contato com o destinat\u00e1rio por outro meio.",
              subject="N\u00e3o entregue: Peticao protocolada".encode("ascii", "replace").decode() if False else "=?utf-8?Q?N=C3=A3o_entregue:_Peticao_protocolada?="))
E(n, "luciana.faria@advocacia-paulista.example.com.br", "mailboxfull", False, "5.2.2", "554", vendor="office365")

n = "b74-gmail-es-cuenta-no-existe"
W(n, gmail(n, sender=S_ES, rcpt="p.aranda.vega@gmail.com", status="5.1.1", remote="gmail-smtp-in.l.google.com",
           diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-aa1b2c3d4e5si1234567.110 - gsmtp",
           date=D(2, 5, 1, "+0100"), odate=D(2, 5, 0, "+0100"), osubj="Confirmacion de su reserva",
           lead="No se ha encontrado la direcci\u00f3n: Tu mensaje no se ha entregado a p.aranda.vega@gmail.com porque no se ha encontrado la direcci\u00f3n o esta no puede recibir correo.",
           subject="Delivery Status Notification (Failure)"))
E(n, "p.aranda.vega@gmail.com", "userunknown", True, "5.1.1", "550", vendor="gmail")

n = "b74-gmail-pt-mensagem-nao-solicitada"
W(n, gmail(n, sender="ofertas@atacado-brasilia.example.com.br", rcpt="vanessa.teles@gmail.com", status="5.7.1",
           remote="gmail-smtp-in.l.google.com",
           diag="550-5.7.1 [192.0.2.140] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError 5b1f17b1804b1-43a1b2c3d4si998877.2 - gsmtp",
           date=D(2, 5, 10), odate=D(2, 5, 9), osubj="Ultimas unidades com 70% de desconto",
           lead="Mensagem bloqueada: Sua mensagem para vanessa.teles@gmail.com foi bloqueada. Veja os detalhes t\u00e9cnicos abaixo para mais informa\u00e7\u00f5es.",
           subject="Delivery Status Notification (Failure)"))
E(n, "vanessa.teles@gmail.com", "spamdetected", False, "5.7.1", "550", vendor="gmail")

n = "b74-gmail-es-demora-sin-espacio"
W(n, gmail(n, sender=S_ES, rcpt="buzon.consultas@despacho-lopez.example.es", status="4.2.2", action="delayed",
           remote="aspmx.l.google.com",
           diag="452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp d75a77b69052e-46a1b2c3si554433.9 - gsmtp",
           date=D(2, 9, 1, "+0100"), odate=D(2, 5, 1, "+0100"), osubj="Documentacion pendiente",
           lead="Mensaje no entregado todav\u00eda: Hay un problema temporal al entregar tu mensaje a buzon.consultas@despacho-lopez.example.es. Gmail volver\u00e1 a intentarlo durante 46 horas m\u00e1s. Te avisaremos si no se puede entregar de forma definitiva.",
           subject="Delivery Status Notification (Delay)"))
E(n, "buzon.consultas@despacho-lopez.example.es", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="gmail")

n = "b74-usp-zimbra-conta-inexistente-e-cota"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 10, 4), odate=D(2, 10, 3),
             osubj="Convite para banca de mestrado",
             recips=[R("prof.albuquerque@usp.br", "5.1.1",
                       "550 5.1.1 <prof.albuquerque@usp.br>: Recipient address rejected: conta de e-mail inexistente no servidor Zimbra da USP",
                       "mx.usp.br"),
                     R("secretaria.ppg@usp.br", "5.2.2",
                       "552 5.2.2 <secretaria.ppg@usp.br>: a caixa postal atingiu o limite de espaco (quota) definido pelo administrador",
                       "mx.usp.br")]))
E(n, "prof.albuquerque@usp.br", "userunknown", True, "5.1.1", "550", vendor="zimbra")
E(n, "secretaria.ppg@usp.br", "mailboxfull", False, "5.2.2", "552", vendor="zimbra")

n = "b74-unam-exchange-regla-rechaza-remitente"
W(n, exchange(n, host="mbx02.correo.unam.mx", sender=S_MX, rcpt="coord.posgrado@unam.mx",
              status="5.7.1", diag="550 5.7.1 El destinatario ha configurado una regla que rechaza los mensajes de este remitente",
              date=D(2, 11, 2, "-0600"), odate=D(2, 11, 1, "-0600"), osubj="Seguimiento de convenio",
              lead="No se pudo entregar el mensaje a coord.posgrado@unam.mx.",
              explain="El destinatario no acepta mensajes de su direcci\u00f3n: su filtro personal rechaz\u00f3 el mensaje.",
              subject="No se puede entregar: Seguimiento de convenio"))
E(n, "coord.posgrado@unam.mx", "filtered", False, "5.7.1", "550", vendor="exchange")

n = "b74-uba-demora-conexion-rechazada"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 16, 2, "-0300"), odate=D(2, 12, 2, "-0300"),
             osubj="Inscripcion al seminario", delay_hours=4,
             recips=[R("dpto.quimica@qi.fcen.uba.ar", "4.4.1",
                       "connect to mail.qi.fcen.uba.ar[203.0.113.77]:25: Connection refused",
                       action="delayed", will_retry=D(7, 12, 2, "-0300"),
                       text="connect to mail.qi.fcen.uba.ar[203.0.113.77]:25: Connection refused")]))
E(n, "dpto.quimica@qi.fcen.uba.ar", "networkerror", False, "4.4.1", "", action="delayed", vendor="")

n = "b74-uba-sendmail-usuario-desconocido"
W(n, sendmail(n, host="smtp.comercial-andina.example", sender=S_ES, date=D(2, 12, 30, "-0300"), odate=D(2, 12, 29, "-0300"),
              osubj="Consulta sobre beca",
              recips=[{"final": "mgarcia@fi.uba.ar", "status": "5.1.1", "remote": "mail.fi.uba.ar",
                       "diag": "550 5.1.1 <mgarcia@fi.uba.ar>... Usuario desconocido"}],
              transcript="... while talking to mail.fi.uba.ar.:\n>>> RCPT To:<mgarcia@fi.uba.ar>\n"
                         "<<< 550 5.1.1 <mgarcia@fi.uba.ar>... Usuario desconocido\n550 5.1.1 <mgarcia@fi.uba.ar>... User unknown\n"))
E(n, "mgarcia@fi.uba.ar", "userunknown", True, "5.1.1", "550", vendor="sendmail")

n = "b74-gobmx-exchange-tamano-excedido"
W(n, exchange(n, host="mbx01.correo.sat.gob.mx", sender=S_MX, rcpt="ventanilla.unica@sat.gob.mx",
              status="5.3.4", diag="550 5.3.4 ROUTING.SizeLimit; el tamano del mensaje supera el limite establecido para este destinatario",
              date=D(2, 13, 3, "-0600"), odate=D(2, 13, 2, "-0600"), osubj="Expediente completo escaneado",
              lead="No se pudo entregar el mensaje a ventanilla.unica@sat.gob.mx.",
              explain="El mensaje es demasiado grande. Reduzca el tama\u00f1o de los archivos adjuntos e int\u00e9ntelo de nuevo.",
              subject="No se puede entregar: Expediente completo escaneado"))
E(n, "ventanilla.unica@sat.gob.mx", "emailtoolarge", False, "5.3.4", "550", vendor="exchange")

n = "b74-gobmx-exchange-sin-retransmision"
W(n, exchange(n, host="mbx04.correo.economia.gob.mx", sender=S_MX, rcpt="atencion@proveedor-externo.example.mx",
              status="5.7.54", diag="550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
              date=D(2, 13, 20, "-0600"), odate=D(2, 13, 19, "-0600"), osubj="Oficio de respuesta",
              lead="No se pudo entregar el mensaje a atencion@proveedor-externo.example.mx.",
              explain="El servidor de correo no tiene permiso para retransmitir mensajes a dominios que no administra.",
              subject="No se puede entregar: Oficio de respuesta"))
E(n, "atencion@proveedor-externo.example.mx", "norelaying", False, "5.7.54", "550", vendor="exchange")

n = "b74-govbr-falha-spf-remetente"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 14, 2), odate=D(2, 14, 1),
             osubj="Requerimento de certidao", head="pt", charset="iso-8859-1", cte="quoted-printable",
             recips=[R("protocolo@economia.gov.br", "5.7.23",
                       "550 5.7.23 Mensagem rejeitada: falha na verificacao SPF do dominio remetente conservas-atlantico.example",
                       "mx.serpro.gov.br")]))
E(n, "protocolo@economia.gov.br", "authfailure", False, "5.7.23", "550", vendor="")

n = "b74-govbr-demora-dns-temporaria"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(2, 18, 1), odate=D(2, 14, 1),
             osubj="Envio de documentos - licitacao", delay_hours=4,
             recips=[R("licitacoes@prefeitura.example.gov.br", "4.4.3",
                       "Host or domain name not found. Name service error for name=prefeitura.example.gov.br type=MX: Host not found, try again",
                       action="delayed", will_retry=D(7, 14, 1),
                       text="Host or domain name not found. Name service error for\n    name=prefeitura.example.gov.br type=MX: Host not found, try again")]))
E(n, "licitacoes@prefeitura.example.gov.br", "networkerror", False, "4.4.3", "", action="delayed", vendor="")

n = "b74-sapo-pt-caixa-de-correio-cheia"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 15, 2, "+0000"), odate=D(2, 15, 1, "+0000"),
             osubj="Encomenda de conservas - Natal", head="pt",
             recips=[R("tiago.martins@sapo.pt", "5.2.2",
                       "552 5.2.2 Caixa de correio do destinatario cheia; espaco de armazenamento esgotado",
                       "mx.sapo.pt")]))
E(n, "tiago.martins@sapo.pt", "mailboxfull", False, "5.2.2", "552", vendor="sapo")

n = "b74-sapo-pt-utilizador-desconhecido"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 15, 6, "+0000"), odate=D(2, 15, 5, "+0000"),
             osubj="Encomenda de conservas - Natal", head="pt",
             recips=[R("ines.c.rocha@sapo.pt", "5.1.1",
                       "550 5.1.1 <ines.c.rocha@sapo.pt>: utilizador desconhecido neste dominio",
                       "mx.sapo.pt")]))
E(n, "ines.c.rocha@sapo.pt", "userunknown", True, "5.1.1", "550", vendor="sapo")

n = "b74-iol-pt-dominio-nao-aceita-correio"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 15, 9, "+0000"), odate=D(2, 15, 9, "+0000"),
             osubj="Pedido de amostras", head="pt",
             recips=[R("info@antiga-marca.example.pt", "5.1.10",
                       "556 5.1.10 O dominio antiga-marca.example.pt nao aceita correio eletronico (registo MX nulo)",
                       text="O dominio antiga-marca.example.pt nao aceita correio eletronico (registo MX nulo, RFC 7505)")]))
E(n, "info@antiga-marca.example.pt", "notaccept", True, "5.1.10", "556", vendor="")

n = "b74-meo-pt-ma-reputacao-ip"
W(n, postfix(n, host="smtp.conservas-atlantico.example", sender=S_PT, date=D(2, 15, 14, "+0000"), odate=D(2, 15, 13, "+0000"),
             osubj="Newsletter de dezembro", head="pt",
             recips=[R("rui.pacheco@meo.pt", "5.7.1",
                       "550 5.7.1 Mensagem recusada devido a ma reputacao do endereco IP de origem 192.0.2.33",
                       "mx.meo.pt")]))
E(n, "rui.pacheco@meo.pt", "badreputation", False, "5.7.1", "550", vendor="meo")

n = "b74-telefonica-es-contiene-virus"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 16, 40, "+0100"), odate=D(2, 16, 39, "+0100"),
             osubj="Factura_diciembre.zip", head="es",
             recips=[R("administracion@telefonica.example", "5.7.0",
                       "554 5.7.0 Mensaje rechazado: se ha detectado un virus (Win.Trojan.Agent-1234567) en un adjunto",
                       "mx.telefonica.example",
                       text="host mx.telefonica.example[203.0.113.22] said: 554 5.7.0 Mensaje rechazado: se ha detectado un virus (Win.Trojan.Agent-1234567) en un adjunto (in reply to end of DATA command)")]))
E(n, "administracion@telefonica.example", "virusdetected", False, "5.7.0", "554", vendor="")

n = "b74-locaweb-demora-erro-temporario-local"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(2, 20, 10), odate=D(2, 16, 10),
             osubj="Relatorio de vendas", delay_hours=4,
             recips=[R("diretoria@moveis-planejados.example.com.br", "4.3.0",
                       "451 4.3.0 Erro temporario no processamento local; tente novamente mais tarde",
                       "mx.core.locaweb.com.br", action="delayed", will_retry=D(7, 16, 10))]))
E(n, "diretoria@moveis-planejados.example.com.br", "systemerror", False, "4.3.0", "451", action="delayed", vendor="locaweb")

n = "b74-kinghost-programa-entrega-falhou"
W(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@web42.kinghost.net>", to=S_ACME,
                subject="Mail delivery failed: returning message to sender", date=D(2, 17, 5),
                host="web42.kinghost.net", hops="Return-Path: <>\n" + hop(n, "web42.kinghost.net", "Exim 4.96.2", D(2, 17, 5)),
                text="This message was created automatically by mail delivery software.\n\n"
                     "A message that you sent could not be delivered to one or more of its\n"
                     "recipients. This is a permanent error. The following address(es) failed:\n\n"
                     "  pipe to |/home/vinicola/tickets/recebe.php\n"
                     "    generated by suporte@vinicola-serra.example.com.br\n"
                     "    Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command:\n"
                     "    /home/vinicola/tickets/recebe.php\n\n"
                     "------ This is a copy of the message, including all the headers. ------\n\n"
                     + orig(n, S_ACME, ["suporte@vinicola-serra.example.com.br"], "Chamado 5520 - garrafas quebradas", D(2, 17, 4)),
                extra=[("X-Failed-Recipients", "suporte@vinicola-serra.example.com.br")]))
E(n, "suporte@vinicola-serra.example.com.br", "mailererror", False, "", "", vendor="")

n = "b74-terra-es-demasiadas-conexiones"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(2, 21, 3, "+0100"), odate=D(2, 17, 3, "+0100"),
             osubj="Boletin de novedades", delay_hours=4,
             recips=[R("jose.ramirez@terra.es", "4.7.0",
                       "421 4.7.0 Demasiadas conexiones simultaneas desde su direccion IP; reduzca la frecuencia de envio",
                       "mx.terra.es", action="delayed", will_retry=D(7, 17, 3, "+0100"),
                       text="host mx.terra.es[203.0.113.15] refused to talk to me: 421 4.7.0 Demasiadas conexiones simultaneas desde su direccion IP; reduzca la frecuencia de envio")]))
E(n, "jose.ramirez@terra.es", "ratelimited", False, "4.7.0", "421", action="delayed", vendor="terra")

n = "b74-bol-dominio-remetente-inexistente"
W(n, postfix(n, host="smtp.loja-verde.example.com.br", sender="vendas@loja-verde.example.com.br", date=D(3, 9, 2), odate=D(3, 9, 1),
             osubj="Seu pedido foi enviado",
             recips=[R("marcos.brito@bol.com.br", "5.1.8",
                       "553 5.1.8 <vendas@loja-verde.example.com.br>: Endereco do remetente recusado: dominio do remetente nao existe no DNS",
                       "mx.bol.com.br", text="host mx.bol.com.br[203.0.113.44] said: 553 5.1.8 <vendas@loja-verde.example.com.br>: Endereco do remetente recusado: dominio do remetente nao existe no DNS (in reply to MAIL FROM command)")]))
E(n, "marcos.brito@bol.com.br", "rejected", False, "5.1.8", "553", vendor="bol")

n = "b74-ig-cabecalho-malformado"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(3, 9, 12), odate=D(3, 9, 11),
             osubj="Relatorio mensal",
             recips=[R("paula.nunes@ig.com.br", "5.6.0",
                       "554 5.6.0 Mensagem recusada: cabecalhos MIME malformados (boundary ausente)",
                       "mx.ig.com.br", text="host mx.ig.com.br[203.0.113.9] said: 554 5.6.0 Mensagem recusada: cabecalhos MIME malformados (boundary ausente) (in reply to end of DATA command)")]))
E(n, "paula.nunes@ig.com.br", "contenterror", False, "5.6.0", "554", vendor="ig")

n = "b74-prodigy-starttls-fallo"
W(n, postfix(n, host="mta1.consultoria-azteca.example", sender=S_MX, date=D(3, 10, 2, "-0600"), odate=D(3, 10, 1, "-0600"),
             osubj="Contrato firmado",
             recips=[R("notaria14@prodigy.net.mx", "5.7.10",
                       "550 5.7.10 Se requiere cifrado: la negociacion STARTTLS con el servidor fallo",
                       "mx.prodigy.net.mx")]))
E(n, "notaria14@prodigy.net.mx", "failedstarttls", False, "5.7.10", "550", vendor="prodigy")

n = "b74-claro-ar-sintaxis-mail-from"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(3, 10, 20, "-0300"), odate=D(3, 10, 19, "-0300"),
             osubj="Consulta de disponibilidad",
             recips=[R("reservas@hotel-mendoza.example.com.ar", "5.5.4",
                       "501 5.5.4 Error de sintaxis en los parametros del comando MAIL FROM",
                       "mx.claro.com.ar", text="host mx.claro.com.ar[203.0.113.50] said: 501 5.5.4 Error de sintaxis en los parametros del comando MAIL FROM (in reply to MAIL FROM command)")]))
E(n, "reservas@hotel-mendoza.example.com.ar", "syntaxerror", False, "5.5.4", "501", vendor="claro")

n = "b74-entel-usuario-ya-no-trabaja-aqui"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(3, 11, 2, "-0300"), odate=D(3, 11, 1, "-0300"),
             osubj="Renovacion de contrato", head="es",
             recips=[R("cristobal.soto@minera-norte.example.cl", "5.1.6",
                       "551 5.1.6 El usuario ya no pertenece a esta organizacion y su correo no se reenvia",
                       "mx.entel.cl")]))
E(n, "cristobal.soto@minera-norte.example.cl", "hasmoved", True, "5.1.6", "551", vendor="entel")

n = "b74-etb-co-demora-disco-lleno"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(3, 16, 2, "-0500"), odate=D(3, 12, 2, "-0500"),
             osubj="Orden de compra 7781", delay_hours=4,
             recips=[R("almacen@distribuidora-cali.example.com.co", "4.3.1",
                       "452 4.3.1 Espacio insuficiente en el disco del servidor de correo; intente mas tarde",
                       "correo.etb.net.co", action="delayed", will_retry=D(7, 12, 2, "-0500"))]))
E(n, "almacen@distribuidora-cali.example.com.co", "systemfull", False, "4.3.1", "452", action="delayed", vendor="etb")

n = "b74-fibertel-exim-plazo-de-reintento"
W(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@smtp.fibertel.example.com.ar>", to="info@vinos-cuyo.example.com.ar",
                subject="Mail delivery failed: returning message to sender", date=D(3, 12, 5, "-0300"),
                host="smtp.fibertel.example.com.ar", hops="Return-Path: <>\n" + hop(n, "smtp.fibertel.example.com.ar", "Exim 4.96", D(3, 12, 5, "-0300")),
                text="This message was created automatically by mail delivery software.\n\n"
                     "A message that you sent could not be delivered to one or more of its\n"
                     "recipients. This is a permanent error. The following address(es) failed:\n\n"
                     "  importaciones@bodega-rosario.example.com.ar\n"
                     "    retry timeout exceeded\n\n"
                     "------ This is a copy of the message, including all the headers. ------\n\n"
                     + orig(n, "info@vinos-cuyo.example.com.ar", ["importaciones@bodega-rosario.example.com.ar"], "Lista de precios", D(2, 12, 4, "-0300")),
                extra=[("X-Failed-Recipients", "importaciones@bodega-rosario.example.com.ar")]))
E(n, "importaciones@bodega-rosario.example.com.ar", "expired", False, "", "", vendor="")

n = "b74-arnet-bucle-enrutamiento"
W(n, postfix(n, host="correo.comercial-andina.example", sender=S_ES, date=D(3, 12, 30, "-0300"), odate=D(3, 12, 29, "-0300"),
             osubj="Pedido urgente", head="es",
             recips=[R("deposito@logistica-sur.example.com.ar", "5.4.6",
                       "554 5.4.6 Bucle de enrutamiento detectado: el mensaje supero el numero maximo de saltos (Received)",
                       "mx.arnet.com.ar")]))
E(n, "deposito@logistica-sur.example.com.ar", "networkerror", False, "5.4.6", "554", vendor="arnet")

n = "b74-telmex-adjunto-ejecutable-politica"
W(n, postfix(n, host="mta1.consultoria-azteca.example", sender=S_MX, date=D(3, 13, 2, "-0600"), odate=D(3, 13, 1, "-0600"),
             osubj="Instalador del sistema",
             recips=[R("sistemas@maquiladora-norte.example.mx", "5.7.1",
                       "550 5.7.1 Mensaje rechazado por politica de la organizacion: no se permiten archivos adjuntos .exe",
                       "mx.telmex.example.mx", text="host mx.telmex.example.mx[203.0.113.70] said: 550 5.7.1 Mensaje rechazado por politica de la organizacion: no se permiten archivos adjuntos .exe (in reply to end of DATA command)")]))
E(n, "sistemas@maquiladora-norte.example.mx", "policyviolation", False, "5.7.1", "550", vendor="")

n = "b74-outlook-pt-ip-bloqueado-spamhaus"
W(n, exchange(n, host="GRUP284MB0777.BRAP284.PROD.OUTLOOK.COM", sender="avisos@clinica-vida.example.com.br", rcpt="dra.helena@hotmail.com",
              status="5.7.1", diag="550 5.7.1 Service unavailable, Client host [192.0.2.201] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.201 (AS3130). [BN1NAM02FT063.eop-nam02.prod.protection.outlook.com]",
              date=D(3, 14, 2), odate=D(3, 14, 1), osubj="Lembrete de consulta",
              lead="Sua mensagem para dra.helena@hotmail.com n\u00e3o p\u00f4de ser entregue.",
              explain="O servidor de destino recusou a conex\u00e3o porque o endere\u00e7o IP de envio est\u00e1 em uma lista de bloqueio.",
              subject="=?utf-8?Q?N=C3=A3o_entregue:_Lembrete_de_consulta?=", remote="hotmail-com.olc.protection.outlook.com"))
E(n, "dra.helena@hotmail.com", "blocked", False, "5.7.1", "550", vendor="outlook")

n = "b74-uol-from-duplicado-rfc5322"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(3, 14, 20), odate=D(3, 14, 19),
             osubj="Convite - confraternizacao",
             recips=[R("roberto.aguiar@uol.com.br", "5.7.1",
                       "550 5.7.1 Mensagem nao conforme a RFC 5322: cabecalho From duplicado",
                       "mx.uol.com.br", text="host mx.uol.com.br[203.0.113.5] said: 550 5.7.1 Mensagem nao conforme a RFC 5322: cabecalho From duplicado (in reply to end of DATA command)")]))
E(n, "roberto.aguiar@uol.com.br", "notcompliantrfc", False, "5.7.1", "550", vendor="uol")

n = "b74-gobmx-buzon-deshabilitado"
W(n, exchange(n, host="mbx02.correo.imss.gob.mx", sender=S_MX, rcpt="jefatura.rh@imss.gob.mx",
              status="5.2.1", diag="550 5.2.1 El buzon del destinatario esta deshabilitado",
              date=D(3, 15, 2, "-0600"), odate=D(3, 15, 1, "-0600"), osubj="Constancia laboral",
              lead="No se pudo entregar el mensaje a jefatura.rh@imss.gob.mx.",
              explain="El buz\u00f3n del destinatario est\u00e1 deshabilitado por el administrador y no recibe mensajes.",
              subject="No se puede entregar: Constancia laboral"))
E(n, "jefatura.rh@imss.gob.mx", "suspend", False, "5.2.1", "550", vendor="exchange")

n = "b74-uol-bol-lista-inexistente-e-cheia"
W(n, postfix(n, host="smtp-out.distribuidora-aurora.example", sender=S_ACME, date=D(3, 15, 30), odate=D(3, 15, 29),
             osubj="Campanha de fim de ano - clientes",
             recips=[R("zeca.pagodinho.fa@uol.com.br", "5.1.1",
                       "550 5.1.1 <zeca.pagodinho.fa@uol.com.br>: conta inexistente",
                       "mx.uol.com.br"),
                     R("dona.neide@bol.com.br", "5.2.2",
                       "552 5.2.2 <dona.neide@bol.com.br>: caixa postal lotada",
                       "mx.bol.com.br"),
                     R("gilmar.s@uol.com.br", "5.1.1",
                       "550 5.1.1 <gilmar.s@uol.com.br>: conta inexistente",
                       "mx.uol.com.br")]))
E(n, "zeca.pagodinho.fa@uol.com.br", "userunknown", True, "5.1.1", "550", vendor="uol")
E(n, "dona.neide@bol.com.br", "mailboxfull", False, "5.2.2", "552", vendor="bol")
E(n, "gilmar.s@uol.com.br", "userunknown", True, "5.1.1", "550", vendor="uol")

n = "b74-locaweb-aviso-texto-endereco-nao-existe"
W(n, free(n, frm="Servidor de Correio Locaweb <mailer-daemon@smtp.locaweb.com.br>", to="contato@escola-idiomas.example.com.br",
          subject=enc_header("Aviso de n\u00e3o entrega de mensagem", "iso-8859-1"), date=D(3, 16, 2),
          host="smtp.locaweb.com.br",
          text="Ol\u00e1,\n\nN\u00e3o foi poss\u00edvel entregar a sua mensagem \"Matr\u00edculas abertas 2027\" ao destinat\u00e1rio abaixo:\n\n"
               "    matricula@colegio-horizonte.example.com.br\n\n"
               "Motivo: o endere\u00e7o de e-mail n\u00e3o existe no servidor de destino. O servidor respondeu:\n"
               "    550 5.1.1 Endereco de destino inexistente\n\n"
               "Verifique se o endere\u00e7o foi digitado corretamente e envie novamente.\n\n"
               "Equipe Locaweb\n"))
E(n, "matricula@colegio-horizonte.example.com.br", "userunknown", True, "5.1.1", "550", vendor="locaweb")

n = "b74-iol-pt-qmail-utilizador-inexistente"
W(n, free(n, frm="MAILER-DAEMON@mail.conservas-atlantico.example", to=S_PT,
          subject="failure notice", date=D(3, 16, 30, "+0000"), host="mail.conservas-atlantico.example", sw="qmail 1.03",
          charset="us-ascii", cte="7bit",
          text="Hi. This is the qmail-send program at mail.conservas-atlantico.example.\n"
               "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
               "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
               "<joana.s.pereira@iol.pt>:\n"
               "203.0.113.118 does not like recipient.\n"
               "Remote host said: 550 5.1.1 <joana.s.pereira@iol.pt>: utilizador inexistente\n"
               "Giving up on 203.0.113.118.\n\n"
               "--- Below this line is a copy of the message.\n\n"
               + orig(n, S_PT, ["joana.s.pereira@iol.pt"], "Proposta comercial", D(3, 16, 29, "+0000"))
               + "\nCara Joana,\n\nEnvio em anexo a nossa proposta.\n"))
E(n, "joana.s.pereira@iol.pt", "userunknown", True, "5.1.1", "550", vendor="qmail")

# ---------------------------------------------------------------- auto-replies

n = "b74-movistar-respuesta-automatica-vacaciones"
W(n, free(n, frm="Pilar Navarro <pilar.navarro@movistar.es>", to=S_ES,
          subject=enc_header("Respuesta autom\u00e1tica: Catalogo de invierno con descuentos", "iso-8859-1"),
          date=D(3, 17, 2, "+0100"), host="smtp.movistar.es",
          extra=[("In-Reply-To", mid("b74-movistar-cat/o", "comercial-andina.example")), ("Precedence", "bulk")],
          text="Hola,\n\nEstoy de vacaciones hasta el 7 de enero sin acceso al correo. "
               "Para asuntos urgentes, llame a la oficina al +34 910 000 000.\n\nUn saludo,\nPilar\n"))
E(n, "pilar.navarro@movistar.es", "vacation", action="", vendor="")

n = "b74-uol-resposta-automatica-ferias"
W(n, free(n, frm="Carla Menezes <carla.menezes@uol.com.br>", to=S_ACME,
          subject=enc_header("Resposta autom\u00e1tica: Segunda via do boleto - dezembro", "utf-8"),
          date=D(3, 17, 5), host="smtp.uol.com.br", charset="utf-8",
          extra=[("In-Reply-To", mid("b74-uol-boleto/o", "distribuidora-aurora.example"))],
          text="Ol\u00e1!\n\nEstou de f\u00e9rias at\u00e9 o dia 5 de janeiro e responderei sua mensagem no meu retorno.\n\n"
               "Abra\u00e7os,\nCarla\n"))
E(n, "carla.menezes@uol.com.br", "vacation", action="", vendor="")

n = "b74-unam-exchange-respuesta-automatica"
W(n, free(n, frm="Dr. Ernesto Salinas <esalinas@unam.mx>", to=S_MX,
          subject=enc_header("Respuesta autom\u00e1tica: Seguimiento de convenio", "utf-8"),
          date=D(3, 18, 2, "-0600"), host="mbx05.correo.unam.mx", charset="utf-8", sw="Microsoft SMTP Server",
          extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "esalinas@unam.mx"),
                 ("Thread-Topic", "Seguimiento de convenio")],
          text="Gracias por su mensaje. Me encuentro fuera de la oficina por el periodo vacacional de la UNAM "
               "y regreso el 8 de enero de 2027. Para tr\u00e1mites de posgrado escriba a la coordinaci\u00f3n.\n\n"
               "Atentamente,\nDr. Ernesto Salinas\n"))
E(n, "esalinas@unam.mx", "vacation", action="", vendor="")

n = "b74-sapo-resposta-automatica-ausente"
W(n, free(n, frm="=?iso-8859-1?Q?Jo=E3o_Falc=E3o?= <joao.falcao@sapo.pt>", to=S_PT,
          subject=enc_header("Resposta autom\u00e1tica: ausente do escrit\u00f3rio", "iso-8859-1"),
          date=D(3, 18, 10, "+0000"), host="smtp.sapo.pt",
          extra=[("In-Reply-To", mid("b74-sapo-enc/o", "conservas-atlantico.example"))],
          text="Bom dia,\n\nEstarei ausente do escrit\u00f3rio at\u00e9 dia 4 de janeiro, sem acesso ao correio eletr\u00f3nico. "
               "Em caso de urg\u00eancia contacte a Sr.\u00aa Ana Lopes.\n\nCumprimentos,\nJo\u00e3o Falc\u00e3o\n"))
E(n, "joao.falcao@sapo.pt", "vacation", action="", vendor="")

# ---------------------------------------------------------------- near-misses (no record expected)


def nb(name, *, frm, to, subject, date, host, text, charset="iso-8859-1", cte="quoted-printable", extra=(), sw="Postfix"):
    W(name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                       hops=hops2(name, "mx." + to.split("@")[1].rstrip(">"), "Postfix", date, host, "198.51.100.%d" % (len(name) % 200 + 2),
                                  host, sw),
                       text=text, charset=charset, cte=cte, extra=extra, auto=False), nb=True)


nb("nb-b74-uol-aviso-caixa-quase-cheia", frm="UOL Mail <nao-responda@uol.com.br>", to="cidinha.moraes@uol.com.br",
   subject=enc_header("Sua caixa postal est\u00e1 85% ocupada", "utf-8"), date=D(3, 8, 0), host="notifica.uol.com.br",
   charset="utf-8", extra=[("Auto-Submitted", "auto-generated")],
   text="Ol\u00e1, Cidinha.\n\nSua caixa postal do UOL Mail est\u00e1 85% ocupada (8,5 GB de 10 GB). Quando ela ficar cheia, "
        "novas mensagens n\u00e3o ser\u00e3o recebidas.\n\nApague mensagens antigas ou contrate mais espa\u00e7o em "
        "https://mail.uol.com.br/espaco\n\nEquipe UOL\n")

nb("nb-b74-kinghost-boleto-disponivel", frm="KingHost Financeiro <financeiro@kinghost.com.br>", to=S_ACME,
   subject=enc_header("Seu boleto de dezembro est\u00e1 dispon\u00edvel", "utf-8"), date=D(3, 8, 30), host="mailer.kinghost.com.br",
   charset="utf-8",
   text="Ol\u00e1,\n\nO boleto referente \u00e0 hospedagem do dom\u00ednio distribuidora-aurora.example j\u00e1 est\u00e1 dispon\u00edvel.\n\n"
        "Valor: R$ 49,90\nVencimento: 10/12/2026\nLinha digit\u00e1vel: 34191.79001 01043.510047 91020.150008 1 99990000004990\n\n"
        "Ap\u00f3s o vencimento, o servi\u00e7o poder\u00e1 ser suspenso.\n\nKingHost\n")

nb("nb-b74-movistar-factura-disponible", frm="Movistar <facturacion@movistar.es>", to="pilar.gallego@movistar.es",
   subject="Tu factura de diciembre ya esta disponible", date=D(3, 9, 0, "+0100"), host="envios.movistar.es",
   extra=[("List-Unsubscribe", "<https://www.movistar.es/baja?id=8821>")],
   text="Hola Pilar,\n\nTu factura de diciembre por importe de 62,40 \u20ac ya est\u00e1 disponible en Mi Movistar.\n"
        "Se cargar\u00e1 en tu cuenta bancaria el d\u00eda 15.\n\nGracias por confiar en Movistar.\n",
   charset="iso-8859-15")

nb("nb-b74-cliente-responde-correo-no-llego", frm="Hector Quiroga <hector.q@example.com.ar>", to=S_ES,
   subject="Re: Presupuesto de mantenimiento", date=D(3, 10, 0, "-0300"), host="smtp.example.com.ar",
   extra=[("In-Reply-To", mid("b74-fibertel/o", "comercial-andina.example"))],
   text="Hola, buenos d\u00edas.\n\nMe dicen que el presupuesto les rebot\u00f3 porque mi casilla de Fibertel "
        "no recibe nada (creo que est\u00e1 llena o bloqueada). Por favor m\u00e1ndenlo a esta direcci\u00f3n.\n\n"
        "Saludos,\nH\u00e9ctor\n\n> Estimado H\u00e9ctor: adjuntamos el presupuesto solicitado.\n")

nb("nb-b74-newsletter-es-ofertas", frm="Viajes Sol y Mar <ofertas@viajes-solymar.example>", to=S_ES,
   subject=enc_header("\u00a1\u00daltimas plazas! Fin de a\u00f1o en el Caribe", "utf-8"), date=D(3, 11, 0, "+0100"),
   host="mta7.envios-solymar.example", charset="utf-8",
   extra=[("List-Unsubscribe", "<mailto:baja@viajes-solymar.example>"), ("Precedence", "bulk")],
   text="Fin de a\u00f1o en Punta Cana desde 899 \u20ac.\n\nPlazas limitadas: reserva antes de que se agoten.\n\n"
        "Si no desea recibir m\u00e1s correos, responda con BAJA o escriba a baja@viajes-solymar.example.\n")

nb("nb-b74-spam-falso-postmaster-conta-desativada", frm="Postmaster <suporte@webmail-verifica.example>", to="roberto.aguiar@uol.com.br",
   subject=enc_header("Aviso: sua conta ser\u00e1 desativada em 24 horas", "utf-8"), date=D(3, 12, 0), host="vps-19.example.net",
   charset="utf-8",
   text="Prezado usu\u00e1rio,\n\nDetectamos que sua caixa postal excedeu o limite e mensagens est\u00e3o sendo devolvidas. "
        "Sua conta ser\u00e1 desativada em 24 horas.\n\nClique aqui para validar sua conta: https://webmail-verifica.example/login\n\n"
        "Administrador do Sistema\n")

nb("nb-b74-locaweb-manutencao-programada", frm="Locaweb Status <status@locaweb.com.br>", to="contato@escola-idiomas.example.com.br",
   subject=enc_header("Manuten\u00e7\u00e3o programada no servi\u00e7o de e-mail", "utf-8"), date=D(3, 13, 0), host="avisos.locaweb.com.br",
   charset="utf-8",
   text="Prezado cliente,\n\nNa madrugada de 6 de dezembro, das 01h \u00e0s 04h, faremos manuten\u00e7\u00e3o no servi\u00e7o de e-mail. "
        "Durante a janela, a entrega de mensagens poder\u00e1 sofrer atrasos; nenhuma mensagem ser\u00e1 perdida e as "
        "mensagens em fila ser\u00e3o entregues ao final.\n\nEquipe Locaweb\n")

nb("nb-b74-google-alerta-seguranca-es", frm="Google <no-reply@accounts.google.com>", to="p.aranda@gmail.com",
   subject="Alerta de seguridad", date=D(3, 14, 0, "+0100"), host="mail-sor-f69.google.com", charset="utf-8",
   text="Nuevo inicio de sesi\u00f3n en Windows\n\np.aranda@gmail.com\n\nHemos detectado un nuevo inicio de sesi\u00f3n en tu "
        "cuenta de Google. Si has sido t\u00fa, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.\n\n"
        "Revisar actividad: https://myaccount.google.com/notifications\n")

nb("nb-b74-colega-pergunta-sobre-devolucao", frm="Marina Alves <marina.alves@distribuidora-aurora.example>", to=S_ACME,
   subject="Pergunta: e-mails voltando do UOL?", date=D(3, 15, 0), host="smtp-out.distribuidora-aurora.example",
   charset="utf-8",
   text="Oi pessoal,\n\nAlgu\u00e9m mais est\u00e1 recebendo mensagens devolvidas quando envia para clientes do UOL? "
        "Dois clientes disseram que a caixa deles est\u00e1 cheia, mas outro diz que n\u00e3o recebeu nada. "
        "Vale a pena abrir chamado com o suporte?\n\nMarina\n")

nb("nb-b74-unam-boletin-lista", frm="Gaceta UNAM <gaceta@unam.mx>", to="lista-academicos@unam.mx",
   subject=enc_header("Gaceta UNAM: convocatorias de diciembre", "utf-8"), date=D(3, 16, 0, "-0600"), host="listas.unam.mx",
   charset="utf-8",
   extra=[("List-Id", "Academicos UNAM <lista-academicos.unam.mx>"), ("List-Unsubscribe", "<mailto:lista-academicos-request@unam.mx?subject=unsubscribe>"),
          ("Precedence", "list")],
   text="Convocatorias abiertas:\n\n- Programa de apoyo a proyectos de investigaci\u00f3n (cierre 20 de enero)\n"
        "- Estancias sab\u00e1ticas 2027\n\nPara darse de baja env\u00ede un correo a lista-academicos-request@unam.mx.\n")

nb("nb-b74-nfe-nota-fiscal-emitida", frm="NF-e Prefeitura <nfse@prefeitura.example.gov.br>", to=S_ACME,
   subject=enc_header("Nota Fiscal de Servi\u00e7o Eletr\u00f4nica n\u00ba 000812 emitida", "utf-8"), date=D(3, 17, 0),
   host="nfse.prefeitura.example.gov.br", charset="utf-8",
   text="Foi emitida a NFS-e n\u00ba 000812 para DISTRIBUIDORA AURORA LTDA.\n\nC\u00f3digo de verifica\u00e7\u00e3o: 8F2A-11C0\n"
        "Valor dos servi\u00e7os: R$ 1.250,00\n\nEste e-mail \u00e9 enviado automaticamente; n\u00e3o responda.\n")

nb("nb-b74-hostgator-renovacao-dominio", frm="HostGator Brasil <cobranca@hostgator.com.br>", to="site@padaria-estrela.example.com.br",
   subject=enc_header("Seu dom\u00ednio expira em 15 dias", "utf-8"), date=D(3, 18, 0), host="mailer.hostgator.com.br",
   charset="utf-8",
   text="Ol\u00e1!\n\nO dom\u00ednio padaria-estrela.example.com.br expira em 15 dias. Se n\u00e3o for renovado, sites e "
        "e-mails deixar\u00e3o de funcionar e mensagens enviadas para o dom\u00ednio ser\u00e3o devolvidas.\n\n"
        "Renove agora: https://financeiro.hostgator.com.br\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
