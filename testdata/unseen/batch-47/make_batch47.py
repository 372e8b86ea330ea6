#!/usr/bin/env python3
"""Writes testdata/unseen/batch-47: bounces from the Spanish- and
Portuguese-speaking corporate, university and government world (Telmex,
Movistar/Telefonica, Terra, UOL, BOL, Sapo, IOL, government gateways,
university Postfix/Exim/Exchange/Zimbra, Google Workspace and Microsoft 365
tenants in es/pt), ordinary near-miss mail in not-bounce/, and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch47.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(frm, to, subject, date, name, body="Hola,\n\nte envio el documento adjunto.\n\nSaludos\n"):
    host = frm.split("@")[1]
    return orig_headers(frm, to, subject, date, mid(name + "o", host)) + "\n" + body


def subj(s, cs="utf-8"):
    return enc_header(s, cs, "q") if any(ord(c) > 127 for c in s) else s


# ---------------------------------------------------------------- templates

PF_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_ES = """Este es el sistema de correo del servidor {host}.

Lamentamos informarle que su mensaje no pudo ser entregado a uno o
mas destinatarios. Se adjunta a continuacion.

Para mas ayuda, escriba a postmaster@{dom} o a la Mesa de Ayuda de TI.

                   El sistema de correo

"""

PF_PT = """Este é o sistema de correio do servidor {host}.

Lamentamos informar que a sua mensagem não pôde ser entregue a um ou
mais destinatários. Segue em anexo.

Para mais informações, contacte postmaster@{dom}.

                   O sistema de correio

"""

PF_DELAY = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is {days} day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

"""


def pf(name, *, host, sender, rcpt, status, diag, line, date, osubj, lang="en", charset="us-ascii", cte=None,
       delay=None, extra_rcpts=(), remote=None):
    dom = host.split(".", 1)[1]
    if delay:
        head = PF_DELAY.format(host=host, hours=delay[0], days=delay[1])
        s = "Delayed Mail (still being retried)"
    else:
        head = {"en": PF_EN, "es": PF_ES, "pt": PF_PT}[lang].format(host=host, dom=dom)
        s = {"en": "Undelivered Mail Returned to Sender", "es": "Correo no entregado devuelto al remitente",
             "pt": "Mensagem não entregue devolvida ao remetente"}[lang]
    recips = [{"final": rcpt, "status": status, "diag": diag, "remote": remote,
               "action": "delayed" if delay else "failed"}]
    lines = f"<{rcpt}>: {line}\n"
    for r in extra_rcpts:
        recips.append({"final": r[0], "status": r[1], "diag": r[2], "remote": r[4] if len(r) > 4 else None})
        lines += f"\n<{r[0]}>: {r[3]}\n"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj(s), date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=head + lines,
                    recips=recips, arrival=date, charset=charset, cte=cte,
                    orig=orig_headers(sender, rcpt, subj(osubj), date, mid(name + "o", sender.split("@")[1])))


def exim(name, *, host, sender, rcpt, block, date, osubj, lang="en", charset="us-ascii", cte=None, delay=False):
    if lang == "es":
        intro = ("Este mensaje fue creado automáticamente por el software de entrega de correo.\n\n"
                 "Un mensaje que usted envió no pudo ser entregado a uno o más de sus\n"
                 "destinatarios. Este es un error permanente. Las siguientes direcciones fallaron:\n\n")
        s = "Mail delivery failed: returning message to sender"
    elif delay:
        intro = ("This message was created automatically by mail delivery software.\n"
                 "A message that you sent has not yet been delivered to one or more of its\n"
                 "recipients after more than 24 hours on the queue on " + host + ".\n\n")
        s = "Warning: message 1wQ" + qid(name, 6) + "-000Ab1-3x delayed 24 hours"
    else:
        intro = ("This message was created automatically by mail delivery software.\n\n"
                 "A message that you sent could not be delivered to one or more of its\n"
                 "recipients. This is a permanent error. The following address(es) failed:\n\n")
        s = "Mail delivery failed: returning message to sender"
    tail = "\n------ This is a copy of the message, including all the headers. ------\n\n"
    body = intro + f"  {rcpt}\n" + block.rstrip("\n") + "\n"
    if delay:
        body += "\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n"
    text = body + tail + orig(sender, rcpt, osubj, date, name)
    hops = "Return-Path: <>\n" + hop(name, host, "Exim 4.97", date)
    heads = [hops, ("Date", date), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", s), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")]
    if not delay:
        heads.append(("X-Failed-Recipients", rcpt))
    return mail(heads, text_part(text, charset, cte))


M365 = {
    "es": ("No se puede entregar: {s}", "No se pudo entregar el mensaje a {r}.",
           "Información de diagnóstico para administradores:", "Servidor generador: {g}",
           "Error en la entrega a estos destinatarios o grupos:"),
    "pt": ("Não é possível entregar: {s}", "A sua mensagem para {r} não pôde ser entregue.",
           "Informações de diagnóstico para administradores:", "Servidor de geração: {g}",
           "Falha na entrega a estes destinatários ou grupos:"),
    "en": ("Undeliverable: {s}", "Your message to {r} couldn't be delivered.",
           "Diagnostic information for administrators:", "Generating server: {g}",
           "Delivery has failed to these recipients or groups:"),
}


def m365(name, *, sender, rcpt, status, diag, explain, date, osubj, lang="es", gen=None, remote=None,
         charset="utf-8", cte="base64", onprem=False):
    t = M365[lang]
    sdom = sender.split("@")[1]
    if not gen:
        if onprem:
            gen = "MBX01." + sdom.upper()
        elif lang == "pt":
            gen = "CP6P284MB" + qid(name, 4) + ".BRAP284.PROD.OUTLOOK.COM"
        else:
            gen = "MN2PR13MB" + qid(name, 4) + ".namprd13.prod.outlook.com"
    if onprem:
        text = (f"{t[4]}\n\n{rcpt}\n{explain}\n\n{t[2]}\n\n{t[3].format(g=gen)}\n\n{rcpt}\n"
                f"{remote or gen}\nRemote Server returned '{diag}'\n\nOriginal message headers:\n")
    else:
        text = (f"{t[1].format(r=rcpt)}\n\n{explain}\n\n\n{t[2]}\n\n{t[3].format(g=gen)}\n"
                f"{rcpt}\n{remote or gen}\nRemote server returned '{diag}'\n")
    host = gen.lower()
    hops = "Return-Path: <>\n" + hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date)
    frm = f"postmaster@{sdom}" if onprem else f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{sdom}>"
    return dsn_mail(name, frm=frm, to=sender,
                    subject=subj(t[0].format(s=osubj)), date=date, host=host, hops=hops, text=text,
                    recips=[{"final": rcpt, "status": status, "diag": diag, "remote": remote}],
                    charset=charset, cte=cte, extra=[("Content-Language", {"es": "es-ES", "pt": "pt-BR", "en": "en-US"}[lang]),
                                                     ("X-MS-Exchange-Message-Is-Ndr", "")],
                    orig=orig_headers(sender, rcpt, subj(osubj), date, mid(name + "o", sdom)))


GM = {
    "es": ("No se ha encontrado la dirección",
           "Tu mensaje no se ha entregado a {r} porque no se ha encontrado la dirección o esta no puede recibir correo.",
           "La respuesta del servidor remoto ha sido:"),
    "pt": ("Endereço não encontrado",
           "Sua mensagem não foi entregue a {r} porque o endereço não foi encontrado ou não pode receber e-mails.",
           "A resposta do servidor remoto foi:"),
}


def gmail(name, *, sender, rcpt, status, diag, date, osubj, lang="es", head=None, lead=None, remote=None,
          delay=False):
    t = GM[lang]
    body = f"** {head or t[0]} **\n\n{(lead or t[1]).format(r=rcpt)}\n\n{t[2]}\n\n{diag}\n"
    hops = "Return-Path: <>\n" + received([("mail-sor-f41.google.com", "209.85.220.41", "mx.google.com",
                                            "Google Transport Security", qid(name), date)])
    return dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=sender,
                    subject="Delivery Status Notification (Delay)" if delay else "Delivery Status Notification (Failure)",
                    date=date, host="mx.google.com", hops=hops, text=body, charset="utf-8", cte="quoted-printable",
                    recips=[{"final": rcpt, "status": status, "diag": diag, "remote": remote,
                             "action": "delayed" if delay else "failed"}],
                    orig=orig_headers(sender, rcpt, subj(osubj), date, mid(name + "o", sender.split("@")[1])))


def notice(name, *, host, frm, to, subject, date, text, origmsg, charset="utf-8", cte="base64", sw="Postfix",
           extra=()):
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", origmsg, cte=None)],
                     boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
    return mail(heads, body)


D = lambda d, h, m, tz="-0300": dt(2026, 11, d, h, m, (d * 7 + m) % 60, tz)  # noqa: E731

# ================================================================ Microsoft 365 / Exchange tenants
M = [
 # name, lang, sender, rcpt, status, diag, explain, osubj, reason, hard, onprem
 ("m365-es-unam-recipient-not-found.eml", "es", "coord.posgrado@fciencias.example.mx", "j.hernandez@quimica-unam.example.mx",
  "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
  "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección del destinatario e intente enviar de nuevo el mensaje.",
  "Convocatoria examen de candidatura", "userunknown", True, False),
 ("m365-pt-usp-caixa-cheia.eml", "pt", "secretaria@ime-pesquisa.example.br", "mariana.souza@fflch-pesquisa.example.br",
  "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
  "A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento. Tente reenviar a mensagem mais tarde ou entre em contato direto com o destinatário.",
  "Ata da reunião do colegiado", "mailboxfull", False, False),
 ("m365-es-banco-restricted-sender.eml", "es", "facturacion@distribuidora-andina.example.pe", "tesoreria@banco-pacifico-corp.example.pe",
  "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
  "El grupo tesoreria solo acepta mensajes de personas de su organización o de remitentes autorizados. Su mensaje no se entregó porque usted no está en la lista de remitentes permitidos.",
  "Factura F001-004512", "securityerror", False, False),
 ("m365-pt-empresa-grupo-restrito.eml", "pt", "comercial@transportes-minho.example.pt", "todos@cimentos-douro.example.pt",
  "5.7.1", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
  "Não tem permissão para enviar mensagens para este grupo. O proprietário do grupo só permite mensagens de remetentes da organização.",
  "Tabela de preços 2027", "securityerror", False, False),
 ("m365-es-dominio-no-existe.eml", "es", "compras@constructora-bogota.example.co", "ventas@ferreteria-medellin.example.co",
  "5.4.310", "550 5.4.310 DNS domain ferreteria-medellin.example.co does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=ferreteria-medellin.example.co]",
  "El dominio de correo electrónico del destinatario no existe. Compruebe que la dirección está bien escrita.",
  "Orden de compra 7781", "hostunknown", True, False),
 ("m365-pt-tamanho-excedido.eml", "pt", "engenharia@obras-recife.example.br", "projetos@prefeitura-olinda.example.gov.br",
  "5.3.4", "552 5.3.4 Message size exceeds fixed maximum message size",
  "A mensagem é grande demais para o servidor do destinatário. Reduza o tamanho dos anexos e tente novamente.",
  "Plantas revisadas (DWG)", "emailtoolarge", False, False),
 ("m365-es-spf-fail-outbound.eml", "es", "rrhh@seguros-valparaiso.example.cl", "postulaciones@minera-atacama.example.cl",
  "5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
  "El servidor de correo del destinatario rechazó el mensaje porque la comprobación SPF del dominio remitente falló.",
  "Confirmación de entrevista", "authfailure", False, False),
 ("m365-pt-ip-bloqueado-spamhaus.eml", "pt", "atendimento@clinica-porto.example.pt", "utente.silva@sapo.pt",
  "5.7.1", "550 5.7.1 Service unavailable; Client host [198.51.100.61] blocked using zen.spamhaus.org",
  "O servidor do destinatário recusou a mensagem porque o endereço IP de envio está numa lista de bloqueio.",
  "Marcação de consulta", "blocked", False, False),
 ("exchange2016-es-onprem-buzon-deshabilitado.eml", "es", "mesa.partes@municipalidad-lima.example.gob.pe", "c.quispe@sunat-regional.example.gob.pe",
  "5.2.1", "550 5.2.1 Mailbox disabled, not accepting messages",
  "El buzón del destinatario está deshabilitado y no acepta mensajes.",
  "Oficio N 0345-2026", "suspend", False, True),
 ("exchange2019-pt-onprem-loop.eml", "pt", "protocolo@tribunal-regional.example.jus.br", "gabinete@vara-civel.example.jus.br",
  "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
  "Foi detetado um ciclo de reencaminhamento: a mensagem passou por demasiados servidores.",
  "Intimação eletrônica", "networkerror", False, True),
 ("m365-en-tenant-mx-gob-ar-reject.eml", "en", "prensa@hospital-rosario.example.org.ar", "despacho@ministerio-salud.example.gob.ar",
  "5.7.509", "550 5.7.509 Access denied, sending domain hospital-rosario.example.org.ar does not pass DMARC verification and has a DMARC policy of reject.",
  "Your message wasn't delivered because the recipient's email provider rejected it.",
  "Parte de prensa", "authfailure", False, False),
 ("m365-es-ex-cuenta-redirigida.eml", "es", "soporte@editorial-sevilla.example.es", "ana.roldan@universidad-cadiz.example.es",
  "5.1.6", "550 5.1.6 Recipient addresses in this domain have moved; contact ana.roldan@alumni-cadiz.example.es",
  "La dirección del destinatario ha cambiado y el correo ya no se reenvía a la nueva dirección.",
  "Pruebas de imprenta", "hasmoved", True, False),
]
for (n, lang, s, r, st, dg, ex, os_, rs, hd, op) in M:
    write(OUT, n, m365(n, sender=s, rcpt=r, status=st, diag=dg, explain=ex, date=D(3 + len(n) % 20, 10, len(n)),
                       osubj=os_, lang=lang, onprem=op,
                       charset="windows-1252" if "onprem" in n else "utf-8",
                       cte="quoted-printable" if "onprem" in n else "base64"))
    expect(n, r, rs, hd, st, dg[:3], vendor="exchange" if op else "office365")

# ================================================================ Gmail / Google Workspace in es/pt
G = [
 ("gmail-es-nosuchuser.eml", "es", "ines.paredes@colegio-quito.example.ec", "diegomontalvo.84@gmail.com", "5.1.1",
  "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a1f9e1c2b4si.123 - gsmtp",
  "userunknown", True, None, None, False),
 ("gmail-pt-conta-desativada.eml", "pt", "contato@padaria-bh.example.com.br", "lucas.ferreira.bh@gmail.com", "5.2.1",
  "550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser 4fb4d7f45d1cf-5e1b2c3d4f5si.88 - gsmtp",
  "suspend", False, "Conta desativada", "Sua mensagem não foi entregue a {r} porque a conta está desativada.", False),
 ("gmail-es-buzon-lleno-overquota.eml", "es", "tramites@registro-civil.example.gob.cl", "patricia.munoz.r@gmail.com", "5.2.2",
  "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm a640c23a62f3a-ab7c1d2e3f4si.12 - gsmtp",
  "mailboxfull", False, "Buzón de correo lleno", "Tu mensaje no se ha entregado a {r} porque el buzón del destinatario está lleno.", False),
 ("workspace-es-dmarc-5.7.26.eml", "es", "boletin@camara-comercio.example.com.co", "gerencia@agroexport-cali.example.co", "5.7.26",
  "550 5.7.26 Unauthenticated email from camara-comercio.example.com.co is not accepted due to domain's DMARC policy. Please contact the administrator of camara-comercio.example.com.co domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection 98e67ed59e1d1-2f1a2b3c4d5si.4 - gsmtp",
  "authfailure", False, "Mensaje bloqueado", "Tu mensaje a {r} ha sido bloqueado. Consulta los detalles técnicos a continuación.", False),
 ("workspace-pt-limite-taxa-delay.eml", "pt", "newsletter@livraria-lisboa.example.pt", "leitores@clube-leitura.example.pt", "4.7.28",
  "421 4.7.28 [198.51.100.23] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp",
  "ratelimited", False, "A mensagem não foi entregue", "Houve um problema temporário ao entregar a sua mensagem a {r}. O Gmail tentará novamente por mais 46 horas. Você receberá uma notificação se a entrega falhar de forma permanente.", True),
 ("workspace-es-spam-5.7.1.eml", "es", "promo@ofertas-flash.example.mx", "compras@grupo-monterrey.example.mx", "5.7.1",
  "550 5.7.1 [203.0.113.40] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError - gsmtp",
  "spamdetected", False, "Mensaje bloqueado", "Tu mensaje a {r} ha sido bloqueado. Consulta los detalles técnicos a continuación.", False),
 ("gmail-pt-tamanho-552.eml", "pt", "fotografia@estudio-curitiba.example.com.br", "noivos.rafael.julia@gmail.com", "5.2.3",
  "552 5.2.3 Your message exceeded Google's message size limits. For more information, go to https://support.google.com/mail/?p=MaxSizeError - gsmtp",
  "emailtoolarge", False, "Mensagem muito grande", "Sua mensagem não foi entregue a {r} porque é grande demais.", False),
 ("workspace-es-grupo-sin-permiso.eml", "es", "proveedor@logistica-rosario.example.com.ar", "compras-grupo@textil-cordoba.example.com.ar", "5.7.0",
  "550 5.7.0 Group compras-grupo@textil-cordoba.example.com.ar: You don't have permission to post to this group. Only members can post.",
  "securityerror", False, "Mensaje no entregado", "No tienes permiso para publicar en el grupo {r}. Es posible que tengas que unirte al grupo antes de publicar.", False),
]
for (n, lang, s, r, st, dg, rs, hd, hdx, lead, dl) in G:
    write(OUT, n, gmail(n, sender=s, rcpt=r, status=st, diag=dg, date=D(5 + len(n) % 20, 14, len(n) % 60),
                        osubj="Consulta" if lang == "es" else "Orçamento", lang=lang, head=hdx, lead=lead, delay=dl,
                        remote="gmail-smtp-in.l.google.com" if "gmail" in n else "aspmx.l.google.com"))
    expect(n, r, rs, hd, st, dg[:3], action="delayed" if dl else "failed", vendor="gmail")

# ================================================================ university / corporate Postfix
P = [
 # name, lang, host, sender, rcpt, status, diag, line, reason, hard, charset, remote
 ("postfix-uchile-es-usuario-desconocido.eml", "es", "correo.dcc-uchile.example.cl", "secretaria@dcc-uchile.example.cl", "m.gonzalez@fen-uchile.example.cl",
  "5.1.1", "550 5.1.1 <m.gonzalez@fen-uchile.example.cl>: Recipient address rejected: User unknown in virtual mailbox table",
  "host mx.fen-uchile.example.cl[192.0.2.14] said: 550 5.1.1\n    <m.gonzalez@fen-uchile.example.cl>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)",
  "userunknown", True, "iso-8859-1", "mx.fen-uchile.example.cl"),
 ("postfix-ufrj-pt-usuario-inexistente.eml", "pt", "smtp.poli-ufrj.example.br", "coordenacao@poli-ufrj.example.br", "thiago.almeida@cos-ufrj.example.br",
  "5.1.1", "550 5.1.1 <thiago.almeida@cos-ufrj.example.br>: Usuario inexistente neste servidor",
  "host mail.cos-ufrj.example.br[192.0.2.90] said: 550 5.1.1\n    <thiago.almeida@cos-ufrj.example.br>: Usuario inexistente neste servidor (in\n    reply to RCPT TO command)",
  "userunknown", True, "utf-8", "mail.cos-ufrj.example.br"),
 ("postfix-uba-en-quota-dovecot.eml", "en", "mail.fi-uba.example.ar", "alumnos@fi-uba.example.ar", "lrodriguez@fi-uba.example.ar",
  "5.2.2", "552 5.2.2 <lrodriguez@fi-uba.example.ar> Quota exceeded (mailbox for user is full)",
  "host mail.fi-uba.example.ar[private/dovecot-lmtp] said: 552 5.2.2\n    <lrodriguez@fi-uba.example.ar> Quota exceeded (mailbox for user is full) (in\n    reply to end of DATA command)",
  "mailboxfull", False, "us-ascii", None),
 ("postfix-ucm-es-relay-denied.eml", "es", "smtp.fdi-ucm.example.es", "congreso@fdi-ucm.example.es", "ponentes@jornadas-madrid.example.es",
  "5.7.1", "554 5.7.1 <ponentes@jornadas-madrid.example.es>: Relay access denied",
  "host relay.jornadas-madrid.example.es[198.51.100.5] said: 554 5.7.1\n    <ponentes@jornadas-madrid.example.es>: Relay access denied (in reply to RCPT\n    TO command)",
  "norelaying", False, "iso-8859-1", "relay.jornadas-madrid.example.es"),
 ("postfix-ulisboa-pt-ptr-sem-reverso.eml", "pt", "mail.tecnico-ulisboa.example.pt", "dei@tecnico-ulisboa.example.pt", "info@consultora-braga.example.pt",
  "5.7.25", "550 5.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.201]",
  "host mx.consultora-braga.example.pt[203.0.113.9] said: 550 5.7.25 Client host\n    rejected: cannot find your reverse hostname, [192.0.2.201] (in reply to RCPT\n    TO command)",
  "requireptr", False, "iso-8859-1", "mx.consultora-braga.example.pt"),
 ("postfix-pucp-en-host-not-found.eml", "en", "smtp.pucp-campus.example.pe", "admision@pucp-campus.example.pe", "postulante88@colegio-arequipa.example.pe",
  "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=colegio-arequipa.example.pe type=A: Host not found",
  "Host or domain name not found. Name service error for\n    name=colegio-arequipa.example.pe type=A: Host not found",
  "hostunknown", True, "us-ascii", None),
 ("postfix-unal-es-spam-rspamd.eml", "es", "correo.unal-campus.example.co", "bienestar@unal-campus.example.co", "egresados@fundacion-bolivar.example.co",
  "5.7.1", "554 5.7.1 Mensaje rechazado por considerarse spam (puntaje 18.4 / 15.0)",
  "host mx.fundacion-bolivar.example.co[198.51.100.77] said: 554 5.7.1 Mensaje\n    rechazado por considerarse spam (puntaje 18.4 / 15.0) (in reply to end of DATA\n    command)",
  "spamdetected", False, "windows-1252", "mx.fundacion-bolivar.example.co"),
 ("postfix-unicamp-pt-remetente-recusado.eml", "pt", "smtp.ic-unicamp.example.br", "eventos@ic-unicamp.example.br", "inscricoes@sbc-congresso.example.org.br",
  "5.1.8", "553 5.1.8 <eventos@ic-unicamp.example.br>: Sender address rejected: Domain not found",
  "host mx.sbc-congresso.example.org.br[203.0.113.120] said: 553 5.1.8\n    <eventos@ic-unicamp.example.br>: Sender address rejected: Domain not found (in\n    reply to RCPT TO command)",
  "rejected", False, "utf-8", "mx.sbc-congresso.example.org.br"),
 ("postfix-itesm-en-mailbox-inactive.eml", "en", "mail.tec-campus.example.mx", "biblioteca@tec-campus.example.mx", "a01234567@alumnos-tec.example.mx",
  "5.2.1", "550 5.2.1 <a01234567@alumnos-tec.example.mx>: Recipient address rejected: account inactive since 2025-07-31 (graduated)",
  "host mx.alumnos-tec.example.mx[192.0.2.33] said: 550 5.2.1\n    <a01234567@alumnos-tec.example.mx>: Recipient address rejected: account\n    inactive since 2025-07-31 (graduated) (in reply to RCPT TO command)",
  "suspend", False, "us-ascii", "mx.alumnos-tec.example.mx"),
 ("postfix-uc3m-es-connection-refused-expired.eml", "es", "smtp.uc3m-campus.example.es", "investigacion@uc3m-campus.example.es", "proyectos@lab-tarragona.example.es",
  "4.4.1", "X-Postfix; delivery temporarily suspended: connect to mx.lab-tarragona.example.es[198.51.100.140]:25: Connection refused",
  "message is too old; last error: delivery temporarily suspended: connect to\n    mx.lab-tarragona.example.es[198.51.100.140]:25: Connection refused",
  "expired", False, "iso-8859-1", None),
 ("postfix-ufmg-pt-virus.eml", "pt", "correio.dcc-ufmg.example.br", "grad@dcc-ufmg.example.br", "estagios@empresa-contagem.example.com.br",
  "5.7.1", "554 5.7.1 Mensagem rejeitada: virus encontrado (Win.Trojan.Agent-1187432)",
  "host mx.empresa-contagem.example.com.br[203.0.113.61] said: 554 5.7.1\n    Mensagem rejeitada: virus encontrado (Win.Trojan.Agent-1187432) (in reply to\n    end of DATA command)",
  "virusdetected", False, "utf-8", "mx.empresa-contagem.example.com.br"),
 ("postfix-usal-es-null-mx.eml", "en", "mail.usal-campus.example.es", "erasmus@usal-campus.example.es", "oficina@antigua-empresa.example.es",
  "5.1.10", "X-Postfix; Domain antigua-empresa.example.es does not accept mail (nullMX)",
  "Domain antigua-empresa.example.es does not accept mail (nullMX)",
  "notaccept", True, "us-ascii", None),
]
for (n, lang, host, s, r, st, dg, line, rs, hd, cs, rem) in P:
    cte = None if cs == "us-ascii" else ("quoted-printable" if cs != "utf-8" else "base64")
    if lang == "en":
        cs, cte = "us-ascii", None
    write(OUT, n, pf(n, host=host, sender=s, rcpt=r, status=st, diag=dg, line=line, date=D(8 + len(n) % 15, 9, len(n) % 60),
                     osubj="Convocatoria" if lang != "pt" else "Convocação", lang=lang, charset=cs, cte=cte, remote=rem))
    rc = dg[:3] if dg[:3].isdigit() else ""
    expect(n, r, rs, hd, st, rc, vendor="postfix")

# Postfix, two recipients at a ministry
n = "postfix-gob-mx-two-recipients.eml"
write(OUT, n, pf(n, host="relay.sep-correo.example.gob.mx", sender="becas@sep-correo.example.gob.mx",
                 rcpt="director.secundaria14@escuelas-jalisco.example.mx", status="5.1.1",
                 diag="550 5.1.1 <director.secundaria14@escuelas-jalisco.example.mx>: Recipient address rejected: No existe el buzon",
                 line="host mx.escuelas-jalisco.example.mx[192.0.2.45] said: 550 5.1.1\n    <director.secundaria14@escuelas-jalisco.example.mx>: Recipient address\n    rejected: No existe el buzon (in reply to RCPT TO command)",
                 extra_rcpts=[("subdireccion@escuelas-jalisco.example.mx", "5.2.2",
                               "552 5.2.2 <subdireccion@escuelas-jalisco.example.mx>: Buzon lleno, excede la cuota asignada",
                               "host mx.escuelas-jalisco.example.mx[192.0.2.45] said: 552 5.2.2\n    <subdireccion@escuelas-jalisco.example.mx>: Buzon lleno, excede la cuota\n    asignada (in reply to RCPT TO command)", "mx.escuelas-jalisco.example.mx")],
                 date=D(12, 8, 15, "-0600"), osubj="Resultados becas 2027", remote="mx.escuelas-jalisco.example.mx"))
expect(n, "director.secundaria14@escuelas-jalisco.example.mx", "userunknown", True, "5.1.1", "550", vendor="postfix")
expect(n, "subdireccion@escuelas-jalisco.example.mx", "mailboxfull", False, "5.2.2", "552", vendor="postfix")

# Postfix delays
PD = [
 ("delay-postfix-es-timeout-municipio.eml", "tesoreria@municipio-mendoza.example.gob.ar", "pagos@proveedor-sanjuan.example.com.ar", "4.4.1",
  "X-Postfix; connect to mx.proveedor-sanjuan.example.com.ar[198.51.100.200]:25: Connection timed out",
  "connect to mx.proveedor-sanjuan.example.com.ar[198.51.100.200]:25: Connection\n    timed out", "networkerror", "smtp.municipio-mendoza.example.gob.ar"),
 ("delay-postfix-pt-demasiadas-ligacoes.eml", "matriculas@ipleiria-campus.example.pt", "aluno.costa@iol.pt", "4.7.0",
  "421 4.7.0 Too many concurrent SMTP connections from this IP address (192.0.2.222); please try again later",
  "host mx.iol.pt[192.0.2.150] said: 421 4.7.0 Too many concurrent SMTP\n    connections from this IP address (192.0.2.222); please try again later (in\n    reply to MAIL FROM command)", "ratelimited", "mail.ipleiria-campus.example.pt"),
 ("delay-postfix-es-cuota-4.2.2.eml", "avisos@colegio-abogados.example.es", "despacho.marin@telefonica.net", "4.2.2",
  "452 4.2.2 <despacho.marin@telefonica.net>: buzon temporalmente lleno",
  "host mx.telefonica.net[192.0.2.171] said: 452 4.2.2\n    <despacho.marin@telefonica.net>: buzon temporalmente lleno (in reply to RCPT\n    TO command)", "mailboxfull", "mail.colegio-abogados.example.es"),
]
for (n, s, r, st, dg, line, rs, host) in PD:
    write(OUT, n, pf(n, host=host, sender=s, rcpt=r, status=st, diag=dg, line=line, date=D(14, 11, 5),
                     osubj="Aviso", delay=(4, 5)))
    expect(n, r, rs, False, st, dg[:3] if dg[:3].isdigit() else "", action="delayed", vendor="postfix")

# ================================================================ Exim (cPanel hosting, universities)
E = [
 # name, lang, host, sender, rcpt, block, reason, hard, status, reply, charset
 ("exim-cpanel-mx-es-no-existe-cuenta.eml", "es", "server.hosting-guadalajara.example.mx", "ventas@muebles-zapopan.example.mx", "info@hotel-tapatio.example.mx",
  "    host mx.hotel-tapatio.example.mx [192.0.2.66]\n    SMTP error from remote mail server after RCPT TO:<info@hotel-tapatio.example.mx>:\n    550 No Such User Here\"\n",
  "userunknown", True, "", "550", "utf-8"),
 ("exim-uva-en-retry-timeout.eml", "en", "mx1.uva-campus.example.es", "tesis@uva-campus.example.es", "tribunal@uni-leon.example.es",
  "    retry timeout exceeded\n",
  "expired", False, "", "", "us-ascii"),
 ("exim-hosting-pt-caixa-cheia-quota.eml", "en", "cpanel7.alojamento-porto.example.pt", "reservas@quinta-douro.example.pt", "geral@agencia-viagens.example.pt",
  "    mailbox is full: retry timeout exceeded\n",
  "mailboxfull", False, "", "", "us-ascii"),
 ("exim-ar-unrouteable-dominio.eml", "es", "mail.cooperativa-parana.example.com.ar", "socios@cooperativa-parana.example.com.ar", "contador@estudio-santafe.example.ar",
  "    Unrouteable address\n",
  "hostunknown", True, "", "", "iso-8859-1"),
 ("exim-cl-data-spamassassin.eml", "en", "mail.vina-colchagua.example.cl", "exportaciones@vina-colchagua.example.cl", "buyer@importadora-lima.example.pe",
  "    host mail.importadora-lima.example.pe [203.0.113.201]\n    SMTP error from remote mail server after end of data:\n    550 Rechazado: contenido identificado como SPAM por el filtro anti-spam\n",
  "spamdetected", False, "", "550", "us-ascii"),
 ("exim-br-rcpt-conta-bloqueada.eml", "es", "vps.hospedagem-sp.example.com.br", "vendas@moveis-campinas.example.com.br", "compras@supermercado-santos.example.com.br",
  "    host mx.supermercado-santos.example.com.br [198.51.100.34]\n    SMTP error from remote mail server after RCPT TO:<compras@supermercado-santos.example.com.br>:\n    550 5.2.1 Conta bloqueada pelo administrador: compras@supermercado-santos.example.com.br\n",
  "suspend", False, "5.2.1", "550", "windows-1252"),
 ("exim-pe-size-limit.eml", "en", "mail.agencia-cusco.example.pe", "tours@agencia-cusco.example.pe", "reservas@hostal-sacred.example.pe",
  "    host mx.hostal-sacred.example.pe [192.0.2.109]\n    SMTP error from remote mail server after MAIL FROM:<tours@agencia-cusco.example.pe> SIZE=31845120:\n    552 5.3.4 Message size exceeds maximum permitted\n",
  "emailtoolarge", False, "5.3.4", "552", "us-ascii"),
 ("exim-co-blocked-barracuda.eml", "es", "srv03.hosting-bogota.example.co", "cartera@distribuciones-tunja.example.co", "pagos@cadena-farmacias.example.co",
  "    host mx.cadena-farmacias.example.co [203.0.113.88]\n    SMTP error from remote mail server after RCPT TO:<pagos@cadena-farmacias.example.co>:\n    554 Service unavailable; Client host [198.51.100.190] blocked using b.barracudacentral.org\n",
  "blocked", False, "", "554", "utf-8"),
]
for (n, lang, host, s, r, block, rs, hd, st, rc, cs) in E:
    cte = None if cs == "us-ascii" else "quoted-printable"
    write(OUT, n, exim(n, host=host, sender=s, rcpt=r, block=block, date=D(16 + len(n) % 10, 7, len(n) % 60),
                       osubj="Cotizacion", lang=lang, charset=cs, cte=cte))
    expect(n, r, rs, hd, st, rc, vendor="exim")

n = "delay-exim-br-dns-temporary.eml"
write(OUT, n, exim(n, host="mail.cartorio-niteroi.example.com.br", sender="certidoes@cartorio-niteroi.example.com.br",
                   rcpt="juridico@construtora-macae.example.com.br",
                   block="    Delay reason: temporary DNS failure: lookup of construtora-macae.example.com.br\n    timed out (SERVFAIL)\n",
                   date=D(20, 6, 2), osubj="Certidao", delay=True))
expect(n, "juridico@construtora-macae.example.com.br", "networkerror", False, "", "", action="delayed", vendor="exim")

# ================================================================ provider notices (plain text, non-DSN)


def provider(n, *, host, frm, sender, rcpt, subject, text, date, osubj, cs="iso-8859-1", cte="quoted-printable",
             sw="Postfix", osender=None):
    return notice(n, host=host, frm=frm, to=sender, subject=subj(subject, "utf-8"), date=date, text=text,
                  origmsg=orig(osender or sender, rcpt, osubj, date, n), charset=cs, cte=cte, sw=sw)


PV = [
 ("uol-mensagem-nao-entregue-usuario.eml", "mx.uol.com.br", "MAILER-DAEMON@uol.com.br", "ana.lima@advocacia-sp.example.com.br", "jcarvalho1972@uol.com.br",
  "Mensagem não entregue",
  "Olá,\n\nSua mensagem para jcarvalho1972@uol.com.br não pôde ser entregue.\n\nMotivo: o endereço de e-mail do destinatário não existe no UOL.\nVerifique se o endereço foi digitado corretamente.\n\n550 5.1.1 Destinatario desconhecido\n\n-- \nUOL Mail - Sistema de entrega de mensagens\n",
  "userunknown", True, "5.1.1", "550", "iso-8859-1"),
 ("bol-caixa-postal-lotada.eml", "mx.bol.com.br", "MAILER-DAEMON@bol.com.br", "cobranca@escola-idiomas.example.com.br", "renata_campos@bol.com.br",
  "Falha na entrega da mensagem",
  "Não foi possível entregar sua mensagem ao destinatário abaixo:\n\n    renata_campos@bol.com.br\n\nA caixa postal do destinatário está lotada (limite de armazenamento\natingido). Tente novamente mais tarde.\n\n552 5.2.2 Mailbox over quota\n",
  "mailboxfull", False, "5.2.2", "552", "windows-1252"),
 ("terra-br-conta-inativa.eml", "mx.terra.com.br", "Postmaster Terra <postmaster@terra.com.br>", "rh@confeccoes-blumenau.example.com.br", "marcos.w@terra.com.br",
  "Não é possível entregar: Entrevista",
  "Não é possível entregar a mensagem ao destinatário marcos.w@terra.com.br.\n\nA conta de e-mail foi desativada por inatividade.\n\nDetalhes técnicos: 550 5.2.1 <marcos.w@terra.com.br>: conta inativa\n",
  "suspend", False, "5.2.1", "550", "utf-8"),
 ("terra-es-correo-no-entregado.eml", "mx.terra.es", "MAILER-DAEMON@terra.es", "pedidos@bodega-rioja.example.es", "luisfer.g@terra.es",
  "No se puede entregar el mensaje",
  "No se ha podido entregar su mensaje a los siguientes destinatarios:\n\n  luisfer.g@terra.es\n\nMotivo: el usuario no existe en este dominio.\n\nRespuesta del servidor: 550 5.1.1 luisfer.g@terra.es... Usuario desconocido\n",
  "userunknown", True, "5.1.1", "550", "iso-8859-1"),
 ("sapo-pt-endereco-inexistente.eml", "mx.sapo.pt", "Sistema de Correio SAPO <mailer-daemon@sapo.pt>", "faturacao@eletricidade-coimbra.example.pt", "joaquim.reis@sapo.pt",
  "Não foi possível entregar a mensagem",
  "Esta é uma mensagem automática do servidor de correio do SAPO.\n\nNão foi possível entregar a sua mensagem ao seguinte endereço:\n\n<joaquim.reis@sapo.pt>: o endereço de destino não existe\n(550 5.1.1 recipient does not exist)\n\nPor favor verifique o endereço e volte a enviar.\n",
  "userunknown", True, "5.1.1", "550", "iso-8859-1"),
 ("iol-pt-spam-rejeitado.eml", "mx.iol.pt", "MAILER-DAEMON@iol.pt", "campanhas@seguradora-lis.example.pt", "filipa.m@iol.pt",
  "Mensagem rejeitada",
  "A sua mensagem para filipa.m@iol.pt foi rejeitada pelo filtro anti-spam do servidor de destino.\n\n554 5.7.1 Mensagem classificada como spam. Rejeitada.\n",
  "spamdetected", False, "5.7.1", "554", "utf-8"),
 ("prodigy-telmex-buzon-inexistente.eml", "mx.prodigy.net.mx", "Administrador del Sistema <postmaster@prodigy.net.mx>", "avisos@notaria-puebla.example.mx", "rgarcia_1965@prodigy.net.mx",
  "No se puede entregar: Aviso de escrituras",
  "Su mensaje no llegó a algunos o todos los destinatarios.\n\n      Asunto: Aviso de escrituras\n      Enviado: 18/11/2026 10:14\n\nNo se pudo llegar al siguiente destinatario:\n\n      rgarcia_1965@prodigy.net.mx el 18/11/2026 10:14\n            La dirección de correo electrónico no existe. Compruebe la dirección.\n            <mx.prodigy.net.mx #5.1.1 smtp;550 5.1.1 mailbox unavailable>\n",
  "userunknown", True, "5.1.1", "550", "windows-1252"),
 ("movistar-es-ip-lista-negra.eml", "smtp.movistar.es", "MAILER-DAEMON@movistar.es", "boletin@asociacion-vecinos.example.es", "carmen.ortiz@movistar.es",
  "Mensaje no entregado",
  "El servidor de destino ha rechazado su mensaje.\n\nDestinatario: carmen.ortiz@movistar.es\nMotivo: la dirección IP de origen 203.0.113.72 figura en una lista negra (RBL).\n\n550 5.7.1 Rejected: 203.0.113.72 listed at bl.spamcop.net\n",
  "blocked", False, "5.7.1", "550", "iso-8859-1"),
 ("telefonica-ar-speedy-sin-ptr.eml", "mx.speedy.com.ar", "MAILER-DAEMON@speedy.com.ar", "turnos@consultorio-lanus.example.com.ar", "norma.pereyra@speedy.com.ar",
  "Mensaje devuelto",
  "Su mensaje no pudo ser entregado a norma.pereyra@speedy.com.ar.\n\nEl servidor de su proveedor (203.0.113.15) no tiene registro DNS inverso (PTR).\n\n550 5.7.25 Rechazado: la IP 203.0.113.15 no tiene resolución inversa\n",
  "requireptr", False, "5.7.25", "550", "iso-8859-1"),
 ("correo-gob-ar-gateway-cuenta-dada-de-baja.eml", "gw-correo.mecon-gateway.example.gob.ar", "Pasarela de Correo <postmaster@mecon-gateway.example.gob.ar>", "licitaciones@proveedora-quilmes.example.com.ar", "hfernandez@mecon-gateway.example.gob.ar",
  "Aviso de no entrega",
  "Pasarela de correo electrónico oficial - Aviso de no entrega\n\nEl mensaje dirigido a hfernandez@mecon-gateway.example.gob.ar no fue entregado.\nLa cuenta del agente fue dada de baja por cese de funciones (Resolución 412/2026).\n\nCódigo: 550 5.2.1 Cuenta deshabilitada\n",
  "suspend", False, "5.2.1", "550", "utf-8"),
 ("correios-br-gateway-filtro-anexo.eml", "gw.correio-gov.example.gov.br", "Gateway de Correio <nao-responda@correio-gov.example.gov.br>", "contato@fornecedor-brasilia.example.com.br", "pregao@correio-gov.example.gov.br",
  "Mensagem bloqueada pela política de segurança",
  "A mensagem enviada para pregao@correio-gov.example.gov.br foi bloqueada pela política de segurança da informação do órgão.\n\nMotivo: anexo com extensão proibida (.exe dentro de .zip).\n\n550 5.7.1 Mensagem recusada por política: tipo de anexo não permitido\n",
  "policyviolation", False, "5.7.1", "550", "utf-8"),
 ("chile-gob-gateway-remitente-no-autorizado.eml", "pasarela.correo-estado.example.gob.cl", "Pasarela Correo Estado <noreply@correo-estado.example.gob.cl>", "info@consultora-vina.example.cl", "oficina.partes@correo-estado.example.gob.cl",
  "Correo rechazado",
  "Su mensaje a oficina.partes@correo-estado.example.gob.cl fue rechazado.\n\nEl dominio remitente consultora-vina.example.cl no supera la verificación DMARC\n(p=reject) y la pasarela del Estado no acepta correo no autenticado.\n\n550 5.7.1 DMARC policy violation\n",
  "authfailure", False, "5.7.1", "550", "utf-8"),
]
for (n, host, frm, s, r, sj, tx, rs, hd, st, rc, cs) in PV:
    cte = "quoted-printable" if cs != "utf-8" else "base64"
    write(OUT, n, provider(n, host=host, frm=frm, sender=s, rcpt=r, subject=sj, text=tx, date=D(21 + len(n) % 8, 15, len(n) % 60),
                           osubj="Documentos", cs=cs, cte=cte))
    expect(n, r, rs, hd, st, rc, vendor=n.split("-")[0] if "gob" not in n and "correios" not in n else "")

# ================================================================ Zimbra, qmail, Sendmail (es/pt)
n = "zimbra-es-universidad-usuario-desconocido.eml"
write(OUT, n, pf(n, host="zimbra.udelar-campus.example.uy", sender="bedelia@udelar-campus.example.uy", rcpt="gpereira@fing-udelar.example.uy",
                 status="5.1.1", diag="550 5.1.1 <gpereira@fing-udelar.example.uy>: Recipient address rejected: fing-udelar.example.uy",
                 line="host zimbra.fing-udelar.example.uy[192.0.2.56] said: 550 5.1.1\n    <gpereira@fing-udelar.example.uy>: Recipient address rejected:\n    fing-udelar.example.uy (in reply to RCPT TO command)",
                 date=D(10, 16, 40), osubj="Inscripciones examen", lang="es", charset="utf-8", cte="base64",
                 remote="zimbra.fing-udelar.example.uy"))
expect(n, "gpereira@fing-udelar.example.uy", "userunknown", True, "5.1.1", "550", vendor="zimbra")

n = "qmail-locaweb-pt-nao-existe.eml"
write(OUT, n, plain_mail(n, frm="MAILER-DAEMON@hm2745.hospedagem-br.example.com.br", to="contato@pousada-paraty.example.com.br",
    subject="failure notice", date=D(11, 3, 22), host="hm2745.hospedagem-br.example.com.br",
    hops="Return-Path: <>\n" + hop(n, "hm2745.hospedagem-br.example.com.br", "qmail 1.03", D(11, 3, 22)),
    text="""Hi. This is the qmail-send program at hm2745.hospedagem-br.example.com.br.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<reservas@agencia-ilhagrande.example.com.br>:
203.0.113.133 does not like recipient.
Remote host said: 550 5.1.1 <reservas@agencia-ilhagrande.example.com.br>: Endereco de e-mail nao existe
Giving up on 203.0.113.133.

--- Below this line is a copy of the message.

Return-Path: <contato@pousada-paraty.example.com.br>
From: contato@pousada-paraty.example.com.br
To: reservas@agencia-ilhagrande.example.com.br
Subject: Disponibilidade feriado
"""))
expect(n, "reservas@agencia-ilhagrande.example.com.br", "userunknown", True, "5.1.1", "550", vendor="qmail")

n = "qmail-pt-caixa-excedeu-mensagens.eml"
write(OUT, n, plain_mail(n, frm="MAILER-DAEMON@mail.imobiliaria-faro.example.pt", to="angariacao@imobiliaria-faro.example.pt",
    subject="failure notice", date=D(13, 5, 9, "+0000"), host="mail.imobiliaria-faro.example.pt",
    hops="Return-Path: <>\n" + hop(n, "mail.imobiliaria-faro.example.pt", "qmail 1.03", D(13, 5, 9, "+0000")),
    text="""Hi. This is the qmail-send program at mail.imobiliaria-faro.example.pt.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<vendas@imobiliaria-faro.example.pt>:
The user has too many messages in the mailbox (limit 20000 messages), delivery refused.

--- Below this line is a copy of the message.

Return-Path: <angariacao@imobiliaria-faro.example.pt>
From: angariacao@imobiliaria-faro.example.pt
To: vendas@imobiliaria-faro.example.pt
Subject: Nova angariacao T3 Olhao
"""))
expect(n, "vendas@imobiliaria-faro.example.pt", "mailboxfull", False, "", "", vendor="qmail")

n = "sendmail-gob-pe-host-unknown.eml"
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@correo.reniec-gw.example.gob.pe>", to="constancias@reniec-gw.example.gob.pe",
    subject="Returned mail: see transcript for details", date=D(15, 12, 1, "-0500"), host="correo.reniec-gw.example.gob.pe",
    hops="Return-Path: <>\n" + hop(n, "correo.reniec-gw.example.gob.pe", "8.17.1/8.17.1", D(15, 12, 1, "-0500")),
    text="""The original message was received at Sun, 15 Nov 2026 11:58:40 -0500
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<tramites@municipalidad-ica.example.pe>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <tramites@municipalidad-ica.example.pe>... Host unknown (Name server: municipalidad-ica.example.pe: host not found)
""", recips=[{"final": "tramites@municipalidad-ica.example.pe", "status": "5.1.2",
              "diag": "X-Unix; 550 Host unknown"}],
    orig=orig_headers("constancias@reniec-gw.example.gob.pe", "tramites@municipalidad-ica.example.pe", "Constancia",
                      D(15, 11, 58, "-0500"), mid(n + "o", "reniec-gw.example.gob.pe"))))
expect(n, "tramites@municipalidad-ica.example.pe", "hostunknown", True, "5.1.2", "550", vendor="sendmail")

n = "delay-sendmail-es-deferred-4h.eml"
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.diputacion-cuenca.example.es>", to="registro@diputacion-cuenca.example.es",
    subject="Warning: could not send message for past 4 hours", date=D(17, 13, 0, "+0100"), host="mail.diputacion-cuenca.example.es",
    hops="Return-Path: <>\n" + hop(n, "mail.diputacion-cuenca.example.es", "8.15.2/8.15.2", D(17, 13, 0, "+0100")),
    text="""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 17 Nov 2026 08:59:12 +0100
from registro.diputacion-cuenca.example.es [192.0.2.20]

   ----- Transcript of session follows -----
<alcaldia@ayto-tarancon.example.es>... Deferred: Connection refused by mx.ayto-tarancon.example.es.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", recips=[{"final": "alcaldia@ayto-tarancon.example.es", "status": "4.4.1", "action": "delayed",
              "remote": "mx.ayto-tarancon.example.es", "diag": "SMTP; 421 Connection refused by mx.ayto-tarancon.example.es"}],
    orig=orig_headers("registro@diputacion-cuenca.example.es", "alcaldia@ayto-tarancon.example.es", "Registro de salida 5521",
                      D(17, 8, 59, "+0100"), mid(n + "o", "diputacion-cuenca.example.es"))))
expect(n, "alcaldia@ayto-tarancon.example.es", "networkerror", False, "4.4.1", "421", action="delayed", vendor="sendmail")

n = "delay-m365-es-servidor-no-responde.eml"
write(OUT, n, dsn_mail(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@aseguradora-bilbao.example.es>",
    to="siniestros@aseguradora-bilbao.example.es", subject=subj("Entrega retrasada: Peritaje 2026/0912"),
    date=D(19, 9, 30, "+0100"), host="am6pr02mb" + qid(n, 4).lower() + ".eurprd02.prod.outlook.com",
    hops="Return-Path: <>\n" + hop(n, "AM6PR02MB4410.eurprd02.prod.outlook.com", "Microsoft SMTP Server", D(19, 9, 30, "+0100")),
    charset="utf-8", cte="base64",
    text="""La entrega está retrasada para estos destinatarios o grupos:

taller.urrutia@talleres-getxo.example.es

Asunto: Peritaje 2026/0912

Este mensaje aún no se ha entregado. Se volverá a intentar la entrega. El servidor seguirá intentándolo durante 1 día y 18 horas y le notificará si el mensaje no se puede entregar en ese tiempo.

Información de diagnóstico para administradores:

Servidor generador: AM6PR02MB4410.eurprd02.prod.outlook.com

taller.urrutia@talleres-getxo.example.es
Remote server returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to timeout" Attempted failover to alternate host, but that did not succeed.'
""", recips=[{"final": "taller.urrutia@talleres-getxo.example.es", "status": "4.4.0", "action": "delayed",
              "diag": "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to timeout\" Attempted failover to alternate host, but that did not succeed."}],
    orig=orig_headers("siniestros@aseguradora-bilbao.example.es", "taller.urrutia@talleres-getxo.example.es", "Peritaje 2026/0912",
                      D(18, 15, 2, "+0100"), mid(n + "o", "aseguradora-bilbao.example.es"))))
expect(n, "taller.urrutia@talleres-getxo.example.es", "networkerror", False, "4.4.0", "451", action="delayed", vendor="office365")

# ================================================================ respuestas / respostas automaticas


def autoreply(n, *, frm, to, subject, date, text, host, cs="utf-8", cte="quoted-printable", extra=()):
    return plain_mail(n, frm=frm, to=to, subject=subj(subject), date=date, host=host,
                      hops=hop(n, host, "Postfix", date), text=text, charset=cs, cte=cte, extra=extra)


V = [
 ("vacation-exchange-es-respuesta-automatica.eml", "Lucía Navarro <lucia.navarro@consultoria-valencia.example.es>", "lucia.navarro@consultoria-valencia.example.es",
  "Respuesta automática: Presupuesto reforma oficina",
  "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al correo.\nPara asuntos urgentes, contacte con Javier Soler (javier.soler@consultoria-valencia.example.es).\n\nUn saludo,\nLucía Navarro\n",
  "mail.consultoria-valencia.example.es", "windows-1252", [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied")]),
 ("vacation-gmail-pt-resposta-ferias.eml", "Beatriz Rocha <beatriz.rocha.design@gmail.com>", "beatriz.rocha.design@gmail.com",
  "Resposta automática: Proposta de logotipo",
  "Olá! Estou de férias até 4 de dezembro, com acesso limitado ao e-mail.\nResponderei assim que possível após o meu regresso.\n\nBeatriz\n",
  "mail-sor-f69.google.com", "utf-8", [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
 ("vacation-zimbra-es-licencia-docente.eml", "Prof. Raúl Medina <rmedina@fcefyn-unc.example.edu.ar>", "rmedina@fcefyn-unc.example.edu.ar",
  "Respuesta automática (Fuera de la oficina)",
  "Estimado/a:\n\nMe encuentro con licencia por año sabático hasta marzo de 2027. Los mensajes no se\nreenvían. Para consultas de la cátedra escriba a catedra.fisica2@fcefyn-unc.example.edu.ar.\n\nRaúl Medina\n",
  "zimbra.fcefyn-unc.example.edu.ar", "iso-8859-1", [("Auto-Submitted", "auto-replied (zimbra; vacation)")]),
 ("vacation-outlook-ptpt-ausencia.eml", "Rui Figueiredo <rui.figueiredo@camara-setubal.example.pt>", "rui.figueiredo@camara-setubal.example.pt",
  "Resposta Automática: Pedido de licença de obras",
  "Encontro-me ausente do serviço até dia 2 de dezembro.\nDurante a minha ausência, os assuntos de urbanismo devem ser enviados para urbanismo@camara-setubal.example.pt.\n\nCom os melhores cumprimentos,\nRui Figueiredo\n",
  "mail.camara-setubal.example.pt", "windows-1252", [("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "rui.figueiredo@camara-setubal.example.pt")]),
 ("vacation-uol-autoresposta.eml", "Sandra Matos <sandra.matos@uol.com.br>", "sandra.matos@uol.com.br",
  "Auto-resposta: Reunião de pais",
  "Esta é uma resposta automática. Estou em licença-maternidade até fevereiro de 2027.\nAssuntos da escola: secretaria@escola-santana.example.com.br\n",
  "mx.uol.com.br", "iso-8859-1", [("Auto-Submitted", "auto-replied")]),
]
def fromhdr(s, cs="utf-8"):
    if not any(ord(c) > 127 for c in s):
        return s
    name, addr = s.rsplit(" <", 1)
    return enc_header(name, cs, "q") + " <" + addr


for (n, frm, who, sj, tx, host, cs, ex) in V:
    write(OUT, n, plain_mail(n, frm=fromhdr(frm), to="remitente@empresa-origen.example.com", subject=subj(sj),
                             date=D(24, 10, len(n) % 60), host=host, hops=hop(n, host, "ESMTP", D(24, 10, len(n) % 60)),
                             text=tx, charset=cs, cte="quoted-printable",
                             extra=list(ex) + [("In-Reply-To", mid(n + "o", "empresa-origen.example.com"))], auto=False))
    expect(n, who, "vacation", False, "", "", action="")

# ================================================================ near-misses: no record at all


def nb(n, *, frm, to, subject, text, host, day, cs="utf-8", cte="quoted-printable", extra=(), ctype=None):
    d = D(day, 9 + day % 8, (day * 13) % 60)
    hops = received([("mail-out." + host, "198.51.100." + str(10 + day), "mx.destino-" + str(day) + ".example.com",
                      "Postfix", qid(n), d)])
    write(NB, n, plain_mail(n, frm=fromhdr(frm), to=to, subject=subj(subject), date=d, host=host, hops=hops, text=text,
                            charset=cs, cte=cte, extra=extra, auto=False))


nb("nb-reply-es-me-reboto-tu-correo.eml", frm="Martín Acosta <martin.acosta@estudio-contable.example.com.ar>",
   to="gabriela.sosa@inmobiliaria-sur.example.com.ar", subject="Re: No se puede entregar: Balance 2025", host="estudio-contable.example.com.ar", day=2,
   extra=[("In-Reply-To", "<a1b2c3@inmobiliaria-sur.example.com.ar>")],
   text="""Hola Gabriela,

Me reenviaste el aviso de "No se puede entregar" que te llegó al escribirle a
Jorge. Esa dirección ya no existe: Jorge se fue del estudio en septiembre.
Escribile a mí o a administracion@estudio-contable.example.com.ar y lo vemos.

Saludos,
Martín

> El 1 nov 2026, a las 18:02, Gabriela Sosa escribió:
> Martín, me rebotó el correo a jorge.b@estudio-contable.example.com.ar,
> decía "550 5.1.1 User unknown". ¿Tenés otra dirección de él?
""")
nb("nb-reply-pt-caixa-estava-cheia.eml", frm="Paula Nogueira <paula.nogueira@gmail.com>", to="eventos@buffet-floripa.example.com.br",
   subject="Re: Orçamento casamento", host="gmail.com", day=3, extra=[("In-Reply-To", "<orc-4471@buffet-floripa.example.com.br>")],
   text="""Oi, tudo bem?

Desculpa a demora! Minha caixa de entrada estava cheia e o Gmail me avisou que
alguns e-mails voltaram. Já liberei espaço, pode reenviar o orçamento com o
cardápio completo?

Obrigada,
Paula
""")
nb("nb-zimbra-es-aviso-cuota-90.eml", frm="Administrador de Correo <admin-correo@unc-campus.example.edu.ar>", to="lfarias@unc-campus.example.edu.ar",
   subject="Aviso: su buzón está al 90% de su capacidad", host="unc-campus.example.edu.ar", day=4, cs="iso-8859-1",
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Estimado/a usuario/a:

Su buzón lfarias@unc-campus.example.edu.ar utiliza 4,5 GB de los 5 GB asignados (90%).
Cuando llegue al 100% no podrá recibir mensajes nuevos.

Le recomendamos vaciar la papelera y borrar mensajes con adjuntos grandes.

Prosecretaría de Informática - Mesa de Ayuda
""")
nb("nb-m365-pt-quarentena-resumo.eml", frm="Microsoft 365 Security <quarantine@messaging.microsoft.com>", to="financeiro@laticinios-minas.example.com.br",
   subject="Notificação de quarentena: 3 mensagens retidas", host="messaging.microsoft.com", day=5,
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Você tem 3 novas mensagens em quarentena.

Estas mensagens foram retidas porque foram identificadas como spam ou phishing.
Revise-as em https://security.microsoft.com/quarantine antes de 19/12/2026.

Remetente                          Assunto                     Data
boleto@cobranca-online.example      2a via do seu boleto        04/12/2026
nfe@notafiscal-falsa.example        NF-e disponivel             04/12/2026
premio@sorteio.example              Voce foi sorteado           03/12/2026
""")
nb("nb-spam-pt-falso-aviso-caixa-cheia.eml", frm="Suporte Webmail <suporte@webmail-atualizacao.example>", to="diretoria@metalurgica-joinville.example.com.br",
   subject="Sua caixa postal excedeu o limite de armazenamento", host="webmail-atualizacao.example", day=6,
   text="""Prezado usuário,

Sua caixa postal excedeu o limite de armazenamento. Novas mensagens estão sendo
devolvidas ao remetente. Para evitar o bloqueio da conta, valide sua conta em
até 24 horas no link abaixo:

http://webmail-atualizacao.example/validar

Equipe de Suporte Webmail
""")
nb("nb-spam-es-loteria.eml", frm="Loteria Internacional <premios@loteria-mundial.example>", to="clientes@ferreteria-valencia.example.es",
   subject="¡Felicidades! Su dirección de correo ha sido premiada", host="loteria-mundial.example", day=7, cs="windows-1252",
   text="""Estimado ganador,

Su dirección de correo electrónico ha sido seleccionada en nuestro sorteo anual
con un premio de 850.000 EUR. Para reclamarlo, responda con su nombre completo,
número de cuenta y una copia de su DNI.

Departamento de Premios
""")
nb("nb-mailman-es-recordatorio-mensual.eml", frm="lista-docentes-request@listas.unlp-campus.example.edu.ar", to="pgimenez@unlp-campus.example.edu.ar",
   subject="listas.unlp-campus.example.edu.ar recordatorio de afiliación mensual", host="listas.unlp-campus.example.edu.ar", day=8, cs="iso-8859-1",
   extra=[("Precedence", "bulk"), ("X-List-Administrivia", "yes"), ("Auto-Submitted", "auto-generated")],
   text="""Este es un recordatorio mensual sobre su afiliación a las listas de correo de
listas.unlp-campus.example.edu.ar. Incluye su información de suscripción y cómo
usarla para cambiar sus opciones o darse de baja de una lista.

Lista                                   Contraseña
lista-docentes@listas.unlp-campus.example.edu.ar   (oculta)

Si tiene preguntas, escriba a lista-docentes-owner@listas.unlp-campus.example.edu.ar.
""")
nb("nb-newsletter-uol-ofertas.eml", frm="UOL Ofertas <ofertas@news.uol-promo.example.com.br>", to="cliente.123@uol.com.br",
   subject="Black Friday: até 70% off em eletrônicos", host="news.uol-promo.example.com.br", day=9,
   extra=[("List-Unsubscribe", "<https://news.uol-promo.example.com.br/sair?u=123>"), ("Precedence", "bulk")],
   text="""Black Friday chegou!

Smartphones, notebooks e TVs com até 70% de desconto. Frete grátis para todo o
Brasil nas compras acima de R$ 199.

Não quer mais receber? Descadastre-se: https://news.uol-promo.example.com.br/sair?u=123
""")
nb("nb-movistar-factura-disponible.eml", frm="Movistar <facturas@clientes-movistar.example.es>", to="hogar.perez@telefonica.net",
   subject="Tu factura de noviembre ya está disponible", host="clientes-movistar.example.es", day=10,
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Hola,

Tu factura de noviembre de 2026 (importe 64,90 EUR) ya está disponible en Mi Movistar.
Se cargará en tu cuenta el día 5 de diciembre.

Este correo se ha enviado automáticamente, por favor no respondas a esta dirección.
""")
nb("nb-gob-br-aviso-senha-expira.eml", frm="Central de Serviços TI <servicedesk@ministerio-ti.example.gov.br>", to="servidor.lima@ministerio-ti.example.gov.br",
   subject="Sua senha de rede expira em 5 dias", host="ministerio-ti.example.gov.br", day=11,
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Prezado(a) servidor(a),

A senha da sua conta de rede e do e-mail institucional expira em 5 dias.
Altere-a em https://senha.ministerio-ti.example.gov.br. Após a expiração, o acesso
ao correio será bloqueado até a redefinição pela Central de Serviços.

Central de Serviços de TI - Ramal 4000
""")
nb("nb-mdn-es-leido.eml", frm="Carlos Ibáñez <cibanez@transportes-zaragoza.example.es>", to="trafico@logistica-huesca.example.es",
   subject="Leído: Albarán 2026-8812", host="transportes-zaragoza.example.es", day=12,
   text="""Su mensaje

  Para: cibanez@transportes-zaragoza.example.es
  Asunto: Albarán 2026-8812
  Enviado: 12/11/2026 9:14

fue leído el 12/11/2026 9:40.
""")
nb("nb-exchange-es-informe-recuperacion.eml", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@editorial-barcelona.example.es>",
   to="redaccion@editorial-barcelona.example.es", subject="Informe de recuperación de mensajes para el mensaje: Borrador capítulo 3",
   host="editorial-barcelona.example.es", day=13, extra=[("Auto-Submitted", "auto-generated")],
   text="""Su intento de recuperar el mensaje "Borrador capítulo 3" se ha realizado correctamente
para el destinatario jordi.puig@editorial-barcelona.example.es.

Hora de la solicitud de recuperación: 13/11/2026 11:02
""")
nb("nb-it-es-migracion-buzones.eml", frm="Dirección de Informática <informatica@uniandes-campus.example.edu.co>", to="todos@uniandes-campus.example.edu.co",
   subject="Migración del correo institucional a Microsoft 365", host="uniandes-campus.example.edu.co", day=14,
   text="""Apreciada comunidad:

El sábado 28 de noviembre migraremos los buzones al nuevo servicio de correo.
Durante la ventana de 00:00 a 06:00 los mensajes entrantes quedarán en cola y se
entregarán al terminar; ningún correo será devuelto al remitente.
La cuota de cada buzón pasará de 2 GB a 50 GB.

Dirección de Informática
""")
nb("nb-reply-pt-mudei-de-endereco.eml", frm="Helena Duarte <helena.duarte@novaempresa-porto.example.pt>", to="amigos.coral@grupo-coral.example.pt",
   subject="Novo endereço de e-mail", host="novaempresa-porto.example.pt", day=15,
   text="""Olá a todos,

Mudei de emprego e o endereço helena.d@antigaempresa-porto.example.pt deixará de
funcionar no fim do mês. A partir de agora usem este endereço, por favor.

Beijinhos e até ao ensaio de quinta,
Helena
""")
nb("nb-list-es-fuera-de-oficina-subject.eml", frm="Pilar Domínguez <pilar.dominguez@coop-olivar.example.es>", to="socios@listas.coop-olivar.example.es",
   subject="Fuera de la oficina: comida de Navidad el 18", host="coop-olivar.example.es", day=16,
   extra=[("List-Id", "Socios <socios.listas.coop-olivar.example.es>"), ("Precedence", "list")],
   text="""Hola a todos,

Como cada año, el viernes 18 hacemos la comida de Navidad fuera de la oficina,
en el restaurante de siempre. Confirmad asistencia antes del día 10.

Pilar
""")
nb("nb-calendar-pt-recusado.eml", frm="Tiago Mendes <tiago.mendes@software-aveiro.example.pt>", to="pm@software-aveiro.example.pt",
   subject="Recusado: Reunião de sprint review", host="software-aveiro.example.pt", day=17,
   text="""Tiago Mendes recusou esta reunião.

Reunião de sprint review
quinta-feira, 19 de novembro de 2026 14:00-15:00

Nota: estarei no cliente em Ílhavo nesse dia.
""")
nb("nb-newsletter-es-congreso-medico.eml", frm="Congreso SEMI <info@congreso-medicina.example.es>", to="dra.lopez@hospital-murcia.example.es",
   subject="Últimos días para enviar comunicaciones", host="congreso-medicina.example.es", day=18,
   extra=[("List-Unsubscribe", "<mailto:baja@congreso-medicina.example.es>"), ("Precedence", "bulk")],
   text="""El plazo de envío de comunicaciones al 47º Congreso se cierra el 30 de noviembre.
Los trabajos aceptados se publicarán en la revista oficial.

Si no desea recibir más correos, responda con BAJA en el asunto.
""")
nb("nb-helpdesk-pt-chamado-email-devolvido.eml", frm="GLPI Suporte <glpi@prefeitura-campinas-ti.example.gov.br>", to="joao.batista@prefeitura-campinas-ti.example.gov.br",
   subject="[GLPI #0048213] Novo chamado: e-mails devolvidos para fornecedor", host="prefeitura-campinas-ti.example.gov.br", day=19,
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Chamado aberto com sucesso.

Título: e-mails devolvidos para fornecedor
Descrição: Desde ontem os e-mails para compras@fornecedor-x.example.com.br
voltam com a mensagem "Não é possível entregar". Podem verificar?

Status: Novo
Técnico: (não atribuído)
""")
nb("nb-banco-es-transferencia-rechazada.eml", frm="Banco Andino <notificaciones@banco-andino.example.pe>", to="cliente.ramos@correo-personal.example.pe",
   subject="Transferencia rechazada", host="banco-andino.example.pe", day=20,
   extra=[("Auto-Submitted", "auto-generated")],
   text="""Estimado cliente:

Su transferencia interbancaria de S/ 1.250,00 a la cuenta 0011-0234-56 fue rechazada
por el banco destino: cuenta inexistente o cerrada.
El importe ha sido devuelto a su cuenta de ahorros.

Banca por Internet - Banco Andino
""")
nb("nb-spam-es-falso-no-entregado.eml", frm="Mail Delivery System <mailer-daemon@envios-promo.example>", to="ventas@grupo-textil.example.mx",
   subject="Undelivered: Pedido #55102", host="envios-promo.example", day=21,
   text="""Estimado cliente,

Su pedido #55102 no pudo ser entregado por dirección incompleta.
Descargue la etiqueta de envío y preséntela en la sucursal más cercana:

http://envios-promo.example/etiqueta-55102.zip

Servicio de paquetería
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
