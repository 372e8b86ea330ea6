#!/usr/bin/env python3
"""Writes testdata/unseen/batch-20: one night of bounces of a Latin American
and Iberian e-commerce sender (Brazil, Mexico, Argentina, Chile, Spain,
Portugal), at everyday frequencies, in Spanish and Portuguese, plus ordinary
near-miss mail in not-bounce/ and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch20.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (dsn_mail, dt, enc_header, expect, mail, mid, multipart, boundary,  # noqa: E402
                       orig_headers, part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SHOP = "pedidos@loja-solnascente.example"
SHOP_ES = "avisos@tienda-alameda.example"


def S(text, charset="utf-8"):
    """A Subject value, RFC 2047-encoded when it is not ASCII."""
    return text if text.isascii() else enc_header(text, charset)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date):
    return "Return-Path: <>\n" + received([("mta-out3.loja-solnascente.example", "192.0.2.41", by, sw, qid(name), date)])


N = [0]


def when():
    N[0] += 1
    m = N[0]
    return dt(2026, 12, 3, 1 + m // 12, (m * 7) % 60, (m * 13) % 60, "-0300")


def dsn(name, host, rcpts, text, *, subject, charset="us-ascii", cte=None, frm=None, sender=SHOP,
        osubj="Seu pedido 48213 foi enviado", arrival=None):
    """rcpts: list of (addr, action, status, remote, diag, reason, hard, reply)."""
    d = when()
    recips = []
    for (a, act, st, rem, dg, reason, hard, reply) in rcpts:
        r = {"final": a, "action": act, "status": st, "diag": dg}
        if rem:
            r["remote"] = rem
        if act == "delayed":
            r["will_retry"] = dt(2026, 12, 6, 3, 0, 0, "-0300")
        recips.append(r)
        expect(name, a, reason, hard, st, reply, act)
    write(OUT, name, dsn_mail(name, frm=frm or f"Mail Delivery System <MAILER-DAEMON@{host}>", to=sender,
                              subject=S(subject), date=d, host=host, hops=hop(name, host, "Postfix", d), text=text,
                              recips=recips, charset=charset, cte=cte, arrival=arrival or d,
                              orig=orig_headers(sender, ", ".join(r[0] for r in rcpts), osubj, d,
                                                mid(name + "o", sender.split("@")[1]))))


def plain(name, host, text, expects, *, subject, charset="us-ascii", cte=None, frm=None, sender=SHOP, auto=True):
    d = when()
    for (a, reason, hard, st, reply, act) in expects:
        expect(name, a, reason, hard, st, reply, act)
    write(OUT, name, plain_mail(name, frm=frm or f"MAILER-DAEMON@{host}", to=sender, subject=S(subject), date=d,
                                host=host, hops=hop(name, host, "Exim 4.97", d), text=text, charset=charset,
                                cte=cte, auto=auto))


PF = ("This is the mail system at host {h}.\n\nI'm sorry to have to inform you that your message could not\n"
      "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n{t}\n")
PF_PT = ("Esta e' a mensagem do sistema de correio em {h}.\n\nLamentamos informar que sua mensagem nao pode ser\n"
         "entregue a um ou mais destinatarios. Ela segue anexada.\n\n                   O sistema de correio\n\n{t}\n")
EXIM_ES = ("Este mensaje fue creado automaticamente por el software de entrega de correo.\n\n"
           "Un mensaje que usted envio no pudo ser entregado a uno o mas de sus\ndestinatarios. "
           "Este es un error permanente. La(s) siguiente(s) direccion(es) fallaron:\n\n{t}\n")
F = "failed"
DL = "delayed"

# ---------------------------------------------------------------- userunknown (common)
dsn("gmail-br-nosuchuser.eml", "mail-sor-f41.google.com", [
    ("carla.menezes1988@gmail.com", F, "5.1.1", "gmail-smtp-in.l.google.com",
     "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5c1 - gsmtp",
     "userunknown", True, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<carla.menezes1988@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:\n    550-5.1.1 The email account that you tried to reach does not exist. (in reply to\n    RCPT TO command)"),
    subject="Undelivered Mail Returned to Sender")
dsn("hotmail-mx-mailbox-unavailable.eml", "mta-out3.loja-solnascente.example", [
    ("joaopedro_s@hotmail.com", F, "5.5.0", "hotmail-com.olc.protection.outlook.com",
     "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DM6NAM12FT041.eop-nam12.prod.protection.outlook.com 2026-12-03T04:13:02.114Z 08DE10C4F7A1B2C3]",
     "userunknown", True, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<joaopedro_s@hotmail.com>: host hotmail-com.olc.protection.outlook.com said:\n    550 5.5.0 Requested action not taken: mailbox unavailable (in reply to RCPT TO command)"),
    subject="Undelivered Mail Returned to Sender")
dsn("uol-conta-inexistente.eml", "mta-out3.loja-solnascente.example", [
    ("marialucia.f@uol.com.br", F, "5.1.1", "mx.uol.com.br",
     "550 5.1.1 <marialucia.f@uol.com.br>: Recipient address rejected: conta de email inexistente no UOL",
     "userunknown", True, "550")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<marialucia.f@uol.com.br>: o servidor mx.uol.com.br respondeu:\n    550 5.1.1 conta de email inexistente no UOL (em resposta ao comando RCPT TO)"),
    subject="Mensagem devolvida: falha na entrega")
dsn("bol-usuario-desconhecido-latin1.eml", "mta-out3.loja-solnascente.example", [
    ("zeca.pagodinho77@bol.com.br", F, "5.1.1", "mx.bol.com.br",
     "550 5.1.1 Usuario desconhecido", "userunknown", True, "550")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<zeca.pagodinho77@bol.com.br>: o servidor mx.bol.com.br disse:\n    550 5.1.1 Usuário desconhecido (em resposta ao comando RCPT TO)"),
    subject="Notificação de falha na entrega", charset="iso-8859-1", cte="quoted-printable")
plain("terra-destinatario-nao-existe.eml", "mx-out.terra.com.br",
      "Ola. Esta e' uma mensagem do programa de entrega do Terra.\n\n"
      "Não foi possível entregar sua mensagem ao seguinte destinatário:\n\n"
      "  <rogerio.lins@terra.com.br>\n  A caixa postal do destinatário não existe neste servidor.\n"
      "  (550 5.1.1 caixa postal inexistente)\n\nNenhuma nova tentativa sera feita.\n",
      [("rogerio.lins@terra.com.br", "userunknown", True, "5.1.1", "550", F)],
      subject="Falha na entrega da mensagem", charset="iso-8859-1", cte="quoted-printable")
dsn("prodigy-infinitum-no-existe.eml", "mta-out3.loja-solnascente.example", [
    ("lupita.rdz@prodigy.net.mx", F, "5.1.1", "mx.prodigy.net.mx",
     "550 5.1.1 <lupita.rdz@prodigy.net.mx>... El usuario no existe",
     "userunknown", True, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<lupita.rdz@prodigy.net.mx>: host mx.prodigy.net.mx said:\n    550 5.1.1 El usuario no existe (in reply to RCPT TO command)"),
    subject="Undelivered Mail Returned to Sender", sender=SHOP_ES, osubj="Tu pedido 9931 va en camino")
plain("exim-es-arnet-cuenta-inexistente.eml", "smtp.tienda-alameda.example",
      EXIM_ES.format(t="  hernan.quiroga@arnet.com.ar\n    host mx.arnet.com.ar [192.0.2.88]\n"
                       "    SMTP error from remote mail server after RCPT TO:<hernan.quiroga@arnet.com.ar>:\n"
                       "    550 la cuenta de correo no existe en este dominio"),
      [("hernan.quiroga@arnet.com.ar", "userunknown", True, "", "550", F)],
      subject="Mail delivery failed: returning message to sender", sender=SHOP_ES)
dsn("telefonica-es-buzon-desconocido.eml", "mta-out3.loja-solnascente.example", [
    ("mjose.garrido@telefonica.net", F, "5.1.1", "mx.telefonica.net",
     "550 5.1.1 Destinatario desconocido: buzon no encontrado", "userunknown", True, "550")],
    "Su mensaje no se ha podido entregar a uno o más destinatarios.\n\n<mjose.garrido@telefonica.net>\n"
    "  Buzón de destino no encontrado (550 5.1.1)\n",
    subject="No se ha podido entregar: Confirmación de su pedido", charset="utf-8", cte="quoted-printable",
    sender=SHOP_ES)
dsn("sapo-pt-utilizador-inexistente.eml", "mta-out3.loja-solnascente.example", [
    ("tiago.mendes@sapo.pt", F, "5.1.1", "mx.sapo.pt",
     "550 5.1.1 <tiago.mendes@sapo.pt>: utilizador inexistente", "userunknown", True, "550")],
    "A sua mensagem nao pode ser entregue.\n\nDestinatário: tiago.mendes@sapo.pt\n"
    "Motivo: o endereço de correio eletrónico não existe (utilizador inexistente).\n",
    subject="Mensagem não entregue", charset="utf-8", cte="base64")
plain("locaweb-text-only-nao-encontrado.eml", "smtp-bounce.locaweb.com.br",
      "Prezado(a),\n\nA mensagem enviada em 03/12/2026 não pôde ser entregue.\n"
      "O endereço financeiro@padaria-aurora.example não foi encontrado no servidor de destino.\n\n"
      "Resposta do servidor: 550 5.1.1 Mailbox not found\n\n-- \nLocaweb - Serviço de e-mail\n",
      [("financeiro@padaria-aurora.example", "userunknown", True, "5.1.1", "550", F)],
      subject="Retorno de mensagem: não entregue", charset="windows-1252", cte="quoted-printable",
      frm="Locaweb <mailer-daemon@smtp-bounce.locaweb.com.br>")
dsn("multi-gmail-yahoo-uol.eml", "mta-out3.loja-solnascente.example", [
    ("beatriz.tavares.bh@gmail.com", F, "5.1.1", "gmail-smtp-in.l.google.com",
     "550-5.1.1 The email account that you tried to reach does not exist. - gsmtp", "userunknown", True, "550"),
    ("andre_lima2009@yahoo.com.br", F, "5.0.0", "mta7.am0.yahoodns.net",
     "554 delivery error: dd This user doesn't have a yahoo.com.br account (andre_lima2009@yahoo.com.br) [0] - mta4038.mail.gq1.yahoo.com",
     "userunknown", True, "554"),
    ("sueli.moraes@uol.com.br", F, "5.2.2", "mx.uol.com.br",
     "552 5.2.2 <sueli.moraes@uol.com.br>: caixa postal cheia", "mailboxfull", False, "552")],
    PF.format(h="mta-out3.loja-solnascente.example", t="Three recipients failed; see the attached delivery report."),
    subject="Undelivered Mail Returned to Sender")
dsn("outlook-es-recipient-not-found.eml", "MX0P273MB0512.ESPP273.PROD.OUTLOOK.COM", [
    ("compras@grupo-vinalopo.example", F, "5.1.10", "",
     "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compras@grupo-vinalopo.example not found by SMTP address lookup",
     "userunknown", True, "550")],
    "No se pudo entregar el mensaje a estos destinatarios o grupos:\n\ncompras@grupo-vinalopo.example\n"
    "La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección de correo "
    "electrónico del destinatario e intente enviar el mensaje de nuevo.\n",
    subject="No se puede entregar: Factura 2026-1187", charset="utf-8", cte="base64", sender=SHOP_ES,
    frm="Microsoft Outlook <postmaster@grupo-vinalopo.example>")
dsn("zimbra-pt-usuario-invalido.eml", "zimbra.coop-agricola.example", [
    ("vendas@coop-agricola.example", F, "5.1.1", "zimbra.coop-agricola.example",
     "550 5.1.1 <vendas@coop-agricola.example>: Recipient address rejected: User unknown in virtual mailbox table",
     "userunknown", True, "550")],
    PF.format(h="zimbra.coop-agricola.example", t="<vendas@coop-agricola.example>: User unknown in virtual mailbox table"),
    subject="Undelivered Mail Returned to Sender")
dsn("kinghost-conta-nao-cadastrada.eml", "mx.kinghost.net", [
    ("contato@oficina-dosreis.example", F, "5.1.1", "mx.kinghost.net",
     "550 5.1.1 Conta de email nao cadastrada neste servidor", "userunknown", True, "550")],
    PF_PT.format(h="mx.kinghost.net", t="<contato@oficina-dosreis.example>: conta de email nao cadastrada neste servidor"),
    subject="Mensagem nao entregue")

# ---------------------------------------------------------------- mailboxfull
dsn("gmail-over-quota-pt.eml", "mta-out3.loja-solnascente.example", [
    ("renata.okamoto@gmail.com", F, "5.2.2", "gmail-smtp-in.l.google.com",
     "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp",
     "mailboxfull", False, "552")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<renata.okamoto@gmail.com>: inbox is out of storage space"),
    subject="Undelivered Mail Returned to Sender")
dsn("terra-caixa-cheia-delay.eml", "mta-out3.loja-solnascente.example", [
    ("nilton.farias@terra.com.br", DL, "4.2.2", "mx.terra.com.br",
     "452 4.2.2 Caixa postal do destinatario lotada, tente mais tarde", "mailboxfull", False, "452")],
    "AVISO: sua mensagem ainda nao foi entregue. Continuaremos tentando por ate 3 dias.\n\n"
    "<nilton.farias@terra.com.br>: caixa postal lotada\n",
    subject="Aviso de atraso na entrega")
dsn("ig-cota-excedida-latin1.eml", "mta-out3.loja-solnascente.example", [
    ("patricia.ventura@ig.com.br", F, "5.2.2", "mx.ig.com.br",
     "552 5.2.2 Cota de armazenamento excedida para este usuario", "mailboxfull", False, "552")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<patricia.ventura@ig.com.br>: a cota de armazenamento da caixa do destinatário foi excedida"),
    subject="Falha na entrega", charset="iso-8859-1", cte="quoted-printable")
dsn("movistar-buzon-lleno.eml", "mta-out3.loja-solnascente.example", [
    ("r.pizarro@movistar.cl", F, "5.2.2", "mx.movistar.cl",
     "552 5.2.2 El buzon del destinatario esta lleno", "mailboxfull", False, "552")],
    "No fue posible entregar su mensaje.\n\nr.pizarro@movistar.cl: El buzón del destinatario está lleno.\n",
    subject="Mensaje no entregado", charset="windows-1252", cte="quoted-printable", sender=SHOP_ES)
plain("exim-es-fibertel-cuota.eml", "smtp.tienda-alameda.example",
      EXIM_ES.format(t="  gaby.benitez@fibertel.com.ar\n    host mx.fibertel.com.ar [192.0.2.71]\n"
                       "    SMTP error from remote mail server after RCPT TO:<gaby.benitez@fibertel.com.ar>:\n"
                       "    552 5.2.2 Usuario excedio su cuota de disco"),
      [("gaby.benitez@fibertel.com.ar", "mailboxfull", False, "5.2.2", "552", F)],
      subject="Mail delivery failed: returning message to sender", sender=SHOP_ES)
dsn("sapo-caixa-cheia-5.1.1.eml", "mta-out3.loja-solnascente.example", [
    ("ines.coutinho@sapo.pt", F, "5.1.1", "mx.sapo.pt",
     "550 5.1.1 A caixa de correio do destinatario esta cheia (mailbox full)", "mailboxfull", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<ines.coutinho@sapo.pt>: mailbox full"),
    subject="Undelivered Mail Returned to Sender")
dsn("exchange-es-buzon-completo.eml", "EXCH01.despacho-ortega.example", [
    ("secretaria@despacho-ortega.example", F, "5.2.2", "",
     "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
     "mailboxfull", False, "554")],
    "No se pudo entregar a estos destinatarios:\n\nsecretaria@despacho-ortega.example\n"
    "El buzón del destinatario está lleno y no puede aceptar mensajes ahora.\n",
    subject="No se puede entregar: Presupuesto", charset="utf-8", cte="base64", sender=SHOP_ES,
    frm="Microsoft Exchange <postmaster@despacho-ortega.example>")
dsn("yahoo-delay-over-quota.eml", "mta-out3.loja-solnascente.example", [
    ("claudia_m_rj@yahoo.com.br", DL, "4.2.2", "mta6.am0.yahoodns.net",
     "452 4.2.2 Mailbox over quota - mta4010.mail.bf1.yahoo.com", "mailboxfull", False, "452")],
    "This is a delay notice. Delivery will be retried.\n",
    subject="Delayed Mail (still being retried)")

# ---------------------------------------------------------------- suspend
dsn("hotmail-disabled-account.eml", "mta-out3.loja-solnascente.example", [
    ("fernandinha_luz@hotmail.com", F, "5.2.1", "hotmail-com.olc.protection.outlook.com",
     "550 5.2.1 The email account that you tried to reach is disabled. (S2017062302)", "suspend", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<fernandinha_luz@hotmail.com>: account disabled"),
    subject="Undelivered Mail Returned to Sender")
dsn("uol-conta-bloqueada-inativa.eml", "mta-out3.loja-solnascente.example", [
    ("gilberto.s@uol.com.br", F, "5.2.1", "mx.uol.com.br",
     "550 5.2.1 <gilberto.s@uol.com.br>: conta desativada por inatividade", "suspend", False, "550")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<gilberto.s@uol.com.br>: conta desativada por inatividade"),
    subject="Mensagem devolvida")
dsn("telmex-cuenta-suspendida.eml", "mta-out3.loja-solnascente.example", [
    ("ramiro.ochoa@prodigy.net.mx", F, "5.2.1", "mx.prodigy.net.mx",
     "550 5.2.1 Cuenta suspendida temporalmente", "suspend", False, "550")],
    "Su mensaje no pudo ser entregado: la cuenta del destinatario está suspendida.\n",
    subject="Mensaje no entregado", charset="iso-8859-1", cte="quoted-printable", sender=SHOP_ES)
dsn("gmail-account-inactive.eml", "mta-out3.loja-solnascente.example", [
    ("diegomartins.sp@gmail.com", F, "5.2.1", "gmail-smtp-in.l.google.com",
     "550-5.2.1 The email account that you tried to reach is inactive. https://support.google.com/mail/?p=DisabledUser - gsmtp",
     "suspend", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<diegomartins.sp@gmail.com>: account inactive"),
    subject="Undelivered Mail Returned to Sender")
plain("ono-cuenta-dada-de-baja.eml", "smtp.tienda-alameda.example",
      EXIM_ES.format(t="  pepe.navarro@ono.com\n    host mx.ono.com [192.0.2.90]\n"
                       "    SMTP error from remote mail server after RCPT TO:<pepe.navarro@ono.com>:\n"
                       "    550 5.2.1 cuenta deshabilitada por el administrador"),
      [("pepe.navarro@ono.com", "suspend", False, "5.2.1", "550", F)],
      subject="Mail delivery failed: returning message to sender", sender=SHOP_ES)

# ---------------------------------------------------------------- hostunknown
dsn("dominio-inexistente-com-br.eml", "mta-out3.loja-solnascente.example", [
    ("adm@construtora-serrana.example", F, "5.1.2", "",
     "x-postfix; Host or domain name not found. Name service error for name=construtora-serrana.example type=A: Host not found",
     "hostunknown", True, "")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<adm@construtora-serrana.example>: Host or domain name not found."),
    subject="Undelivered Mail Returned to Sender")
plain("exim-es-dominio-no-resuelve.eml", "smtp.tienda-alameda.example",
      EXIM_ES.format(t="  info@ferreteria-lagos.example\n    Dominio sin registro MX ni A: no existe el dominio\n    (Unrouteable address)"),
      [("info@ferreteria-lagos.example", "hostunknown", True, "", "", F)],
      subject="Mail delivery failed: returning message to sender", sender=SHOP_ES)
dsn("speedy-ar-typo-domain.eml", "mta-out3.loja-solnascente.example", [
    ("walter.ibarra@speedy.com.arg", F, "5.1.2", "",
     "x-postfix; Host or domain name not found. Name service error for name=speedy.com.arg type=MX: Host not found",
     "hostunknown", True, "")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<walter.ibarra@speedy.com.arg>: domain not found"),
    subject="Undelivered Mail Returned to Sender", sender=SHOP_ES)
dsn("null-mx-pt.eml", "mta-out3.loja-solnascente.example", [
    ("noreply@portal-antigo.example", F, "5.1.10", "",
     "x-postfix; Domain portal-antigo.example does not accept mail (nullMX)", "notaccept", True, "")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<noreply@portal-antigo.example>: o dominio nao aceita mensagens (null MX)"),
    subject="Mensagem devolvida")

# ---------------------------------------------------------------- blocks, reputation, rate
dsn("hotmail-blocked-ip-s3140.eml", "mta-out3.loja-solnascente.example", [
    ("tatiane.rocha@outlook.com", F, "5.7.1", "outlook-com.olc.protection.outlook.com",
     "550 5.7.1 Unfortunately, messages from [192.0.2.41] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
     "blocked", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<tatiane.rocha@outlook.com>: block list (S3140)"),
    subject="Undelivered Mail Returned to Sender")
dsn("uol-ip-bloqueado-pt.eml", "mta-out3.loja-solnascente.example", [
    ("carlos.henrique@uol.com.br", F, "5.7.1", "mx.uol.com.br",
     "554 5.7.1 Seu IP 192.0.2.41 esta bloqueado por envio de mensagens em massa. Consulte https://postmaster.uol.com.br",
     "blocked", False, "554")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<carlos.henrique@uol.com.br>: IP bloqueado"),
    subject="Mensagem devolvida")
dsn("terra-spamhaus-listado.eml", "mta-out3.loja-solnascente.example", [
    ("lucas.prado@terra.com.br", F, "5.7.1", "mx.terra.com.br",
     "554 5.7.1 Service unavailable; Client host [192.0.2.41] blocked using zen.spamhaus.org",
     "blocked", False, "554")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<lucas.prado@terra.com.br>: blocked using zen.spamhaus.org"),
    subject="Undelivered Mail Returned to Sender")
dsn("gmail-rate-limited-delay.eml", "mta-out3.loja-solnascente.example", [
    ("anaclara.vieira@gmail.com", DL, "4.7.28", "gmail-smtp-in.l.google.com",
     "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp",
     "ratelimited", False, "421")],
    "Delivery is delayed; the message stays in the queue.\n", subject="Delayed Mail (still being retried)")
dsn("yahoo-ts04-deferred.eml", "mta-out3.loja-solnascente.example", [
    ("mariana_cruz@yahoo.com.mx", DL, "4.7.0", "mta5.am0.yahoodns.net",
     "421 4.7.0 [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
     "ratelimited", False, "421")],
    "Delivery is delayed; the message stays in the queue.\n", subject="Delayed Mail (still being retried)",
    sender=SHOP_ES)
dsn("globo-muitas-conexoes.eml", "mta-out3.loja-solnascente.example", [
    ("eduarda.n@globo.com", DL, "4.7.0", "mx.globo.com",
     "421 4.7.0 Muitas conexoes simultaneas a partir do seu IP, tente novamente mais tarde", "ratelimited", False, "421")],
    "Aviso: mensagem ainda na fila, nova tentativa em 30 minutos.\n", subject="Aviso de atraso na entrega")
dsn("gmail-reputation-550.eml", "mta-out3.loja-solnascente.example", [
    ("paulo.guedes.rs@gmail.com", F, "5.7.1", "gmail-smtp-in.l.google.com",
     "550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. - gsmtp",
     "badreputation", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<paulo.guedes.rs@gmail.com>: low reputation of the sending domain"),
    subject="Undelivered Mail Returned to Sender")
dsn("claro-ptr-sem-reverso.eml", "mta-out3.loja-solnascente.example", [
    ("fabio.andrade@claro.net.br", F, "5.7.25", "mx.claro.net.br",
     "550 5.7.25 IP 192.0.2.41 sem DNS reverso (PTR) configurado", "requireptr", False, "550")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<fabio.andrade@claro.net.br>: sem DNS reverso"),
    subject="Mensagem devolvida")
dsn("gmail-dmarc-fail.eml", "mta-out3.loja-solnascente.example", [
    ("juliana.peixoto@gmail.com", F, "5.7.26", "gmail-smtp-in.l.google.com",
     "550-5.7.26 Unauthenticated email from loja-solnascente.example is not accepted due to domain's DMARC policy. - gsmtp",
     "authfailure", False, "550")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<juliana.peixoto@gmail.com>: DMARC policy"),
    subject="Undelivered Mail Returned to Sender")
dsn("orange-es-spam-contenido.eml", "mta-out3.loja-solnascente.example", [
    ("lola.bermudez@orange.es", F, "5.7.1", "mx.orange.es",
     "554 5.7.1 Mensaje rechazado: contenido identificado como spam", "spamdetected", False, "554")],
    "Mensaje rechazado por el servidor de destino.\n", subject="Mensaje no entregado", sender=SHOP_ES)
dsn("meo-virus-detectado.eml", "mta-out3.loja-solnascente.example", [
    ("jorge.valente@meo.pt", F, "5.7.1", "mx.meo.pt",
     "554 5.7.1 Mensagem rejeitada: virus detectado no anexo (Win.Trojan.Agent)", "virusdetected", False, "554")],
    "A mensagem foi recusada.\n", subject="Mensagem não entregue", charset="utf-8", cte="quoted-printable")

# ---------------------------------------------------------------- delayed / expired / network
dsn("expired-5-days-pt.eml", "mta-out3.loja-solnascente.example", [
    ("atendimento@hotel-maresia.example", F, "4.4.7", "",
     "x-postfix; delivery temporarily suspended: connect to mx.hotel-maresia.example[198.51.100.9]:25: Connection timed out",
     "expired", False, "")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="Mensagem na fila ha 5 dias sem conseguir entrega; desistimos.\n<atendimento@hotel-maresia.example>: Connection timed out"),
    subject="Mensagem devolvida: tempo de entrega esgotado")
plain("exim-es-retry-timeout.eml", "smtp.tienda-alameda.example",
      EXIM_ES.format(t="  ventas@muebles-castilla.example\n    retry timeout exceeded\n"
                       "    (no se pudo conectar con el servidor de correo en 4 dias)"),
      [("ventas@muebles-castilla.example", "expired", False, "", "", F)],
      subject="Mail delivery failed: returning message to sender", sender=SHOP_ES)
dsn("delay-connection-refused-es.eml", "mta-out3.loja-solnascente.example", [
    ("pedidos@bodega-ribera.example", DL, "4.4.1", "",
     "x-postfix; connect to mail.bodega-ribera.example[198.51.100.33]:25: Connection refused",
     "networkerror", False, "")],
    "Aviso: su mensaje aun no ha sido entregado; se seguira intentando.\n",
    subject="Aviso: entrega retrasada", sender=SHOP_ES)
dsn("exchange-es-loop.eml", "EXCH02.inmobiliaria-sur.example", [
    ("reservas@inmobiliaria-sur.example", F, "5.4.14", "",
     "smtp; 554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "networkerror", False, "554")],
    "Se detectó un bucle de correo al entregar el mensaje a reservas@inmobiliaria-sur.example.\n",
    subject="No se puede entregar: Reserva", charset="utf-8", cte="base64", sender=SHOP_ES)

# ---------------------------------------------------------------- tail of rarer reasons
dsn("zimbra-msg-too-large.eml", "mta-out3.loja-solnascente.example", [
    ("projetos@arquitetura-lume.example", F, "5.3.4", "mail.arquitetura-lume.example",
     "552 5.3.4 Message size exceeds fixed limit", "emailtoolarge", False, "552")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<projetos@arquitetura-lume.example>: Message size exceeds fixed limit"),
    subject="Undelivered Mail Returned to Sender")
dsn("locaweb-tamanho-excedido.eml", "mta-out3.loja-solnascente.example", [
    ("diretoria@clinica-vitta.example", F, "5.3.4", "mx.a.locaweb.com.br",
     "552 5.3.4 Mensagem excede o tamanho maximo permitido (25 MB)", "emailtoolarge", False, "552")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<diretoria@clinica-vitta.example>: mensagem grande demais"),
    subject="Mensagem devolvida")
dsn("exchange-relay-denied-es.eml", "mta-out3.loja-solnascente.example", [
    ("tesoreria@cooperativa-andina.example", F, "5.7.54", "mail.cooperativa-andina.example",
     "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "norelaying", False, "550")],
    "Entrega fallida.\n", subject="Mensaje no entregado", sender=SHOP_ES)
dsn("sender-rejected-pt.eml", "mta-out3.loja-solnascente.example", [
    ("compras@metalurgica-paraiso.example", F, "5.1.8", "mx.metalurgica-paraiso.example",
     "553 5.1.8 <pedidos@loja-solnascente.example>: Sender address rejected: Domain not found",
     "rejected", False, "553")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<compras@metalurgica-paraiso.example>: Sender address rejected"),
    subject="Undelivered Mail Returned to Sender")
dsn("system-disk-full-pt.eml", "mta-out3.loja-solnascente.example", [
    ("rh@transportadora-veloz.example", DL, "4.3.1", "mail.transportadora-veloz.example",
     "452 4.3.1 Insufficient system storage", "systemfull", False, "452")],
    "Aviso de atraso na entrega: o servidor de destino esta sem espaco em disco.\n",
    subject="Aviso de atraso na entrega")
dsn("starttls-required-es.eml", "mta-out3.loja-solnascente.example", [
    ("notificaciones@banco-austral.example", DL, "4.7.4", "",
     "x-postfix; TLS is required, but was not offered by host mx.banco-austral.example[198.51.100.60]",
     "failedstarttls", False, "")],
    "Aviso: entrega retrasada.\n", subject="Delayed Mail (still being retried)", sender=SHOP_ES)
dsn("filter-destinatario-recusou.eml", "mta-out3.loja-solnascente.example", [
    ("lucia.barros@escola-horizonte.example", F, "5.2.0", "mail.escola-horizonte.example",
     "550 5.2.0 Mensagem recusada pelo filtro do destinatario", "filtered", False, "550")],
    PF_PT.format(h="mta-out3.loja-solnascente.example", t="<lucia.barros@escola-horizonte.example>: recusada pelo filtro"),
    subject="Mensagem devolvida")
dsn("local-error-processing-es.eml", "mta-out3.loja-solnascente.example", [
    ("soporte@hosting-pampa.example", DL, "4.3.0", "mx.hosting-pampa.example",
     "451 4.3.0 Error local en el procesamiento, intente mas tarde", "systemerror", False, "451")],
    "Aviso: entrega retrasada.\n", subject="Delayed Mail (still being retried)", sender=SHOP_ES)
dsn("hasmoved-pt-nao-trabalha-mais.eml", "mta-out3.loja-solnascente.example", [
    ("roberto.a@grafica-central.example", F, "5.1.6", "mail.grafica-central.example",
     "551 5.1.6 Usuario nao trabalha mais nesta empresa; o endereco mudou e mensagens nao sao encaminhadas",
     "hasmoved", True, "551")],
    PF.format(h="mta-out3.loja-solnascente.example", t="<roberto.a@grafica-central.example>: user has moved"),
    subject="Undelivered Mail Returned to Sender")
dsn("ses-suppressed-es.eml", "amazonses.com", [
    ("rodrigo.paz@gmail.com", F, "5.1.1", "",
     "smtp; 550 5.1.1 Amazon SES did not send the message to this address because it is on the suppression list for your account.",
     "suppressed", False, "550")],
    "Correo no enviado: la direccion esta en la lista de supresion de su cuenta.\n",
    subject="Delivery Status Notification (Failure)", sender=SHOP_ES,
    frm="MAILER-DAEMON@amazonses.com")

# ---------------------------------------------------------------- auto-replies and complaint
d = when()
expect("resposta-automatica-pt.eml", "simone.castro@empresa-litoral.example", "vacation", False, "", "", "")
write(OUT, "resposta-automatica-pt.eml", mail(
    [received([("mail.empresa-litoral.example", "198.51.100.14", "mx-in.loja-solnascente.example", "Postfix", qid("rap"), d)]),
     ("Date", d), ("From", "Simone Castro <simone.castro@empresa-litoral.example>"), ("To", SHOP),
     ("Subject", enc_header("Resposta automática: Seu pedido 48213 foi enviado", "utf-8")),
     ("Message-ID", mid("rap", "empresa-litoral.example")), ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All")],
    text_part("Olá,\n\nEstou de férias até 05/01/2027, com acesso limitado ao e-mail.\n"
              "Assuntos urgentes: financeiro@empresa-litoral.example.\n\nSimone\n", "utf-8", "quoted-printable")))
d = when()
expect("respuesta-automatica-es.eml", "jorge.salinas@constructora-norte.example", "vacation", False, "", "", "")
write(OUT, "respuesta-automatica-es.eml", mail(
    [received([("mail.constructora-norte.example", "198.51.100.77", "mx-in.tienda-alameda.example", "Postfix", qid("rae"), d)]),
     ("Date", d), ("From", "Jorge Salinas <jorge.salinas@constructora-norte.example>"), ("To", SHOP_ES),
     ("Subject", enc_header("Respuesta automática: Tu pedido 9931 va en camino", "iso-8859-1")),
     ("Message-ID", mid("rae", "constructora-norte.example")), ("Auto-Submitted", "auto-replied"),
     ("Precedence", "auto_reply")],
    text_part("Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 7 de diciembre.\n"
              "Para temas urgentes escriba a oficina@constructora-norte.example.\n", "iso-8859-1", "quoted-printable")))
d = when()
name = "arf-complaint-uol.eml"
expect(name, "helena.quintas@uol.com.br", "feedback", False, "", "", "")
bnd = boundary(name)
arf = multipart("report", [
    text_part("Este e' um relatorio de reclamacao (ARF) de um usuario do UOL.\n"),
    part("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: UOL-FBL/2.1\nVersion: 1\n"
         "Original-Mail-From: <pedidos@loja-solnascente.example>\nOriginal-Rcpt-To: <helena.quintas@uol.com.br>\n"
         "Arrival-Date: " + d + "\nSource-IP: 192.0.2.41\nReported-Domain: loja-solnascente.example\n", cte=None),
    part("text/rfc822-headers", orig_headers(SHOP, "helena.quintas@uol.com.br", "Ofertas de verao", d,
                                             mid("arfo", "loja-solnascente.example")), cte=None)],
    bnd, " report-type=feedback-report;")
write(OUT, name, mail([received([("fbl.uol.com.br", "198.51.100.200", "mx-in.loja-solnascente.example", "Postfix", qid(name), d)]),
                       ("Date", d), ("From", "UOL FBL <fbl@uol.com.br>"), ("To", "abuse@loja-solnascente.example"),
                       ("Subject", "FW: Ofertas de verao"), ("Message-ID", mid(name, "uol.com.br"))], arf))

# ---------------------------------------------------------------- near-misses
def nb(fn, frm, to, subject, text, charset="utf-8", cte="quoted-printable", extra=()):
    d = when()
    write(NB, fn, mail([received([("mail.example", "198.51.100.5", "mx-in.loja-solnascente.example", "Postfix", qid(fn), d)]),
                        ("Date", d), ("From", frm), ("To", to), ("Subject", S(subject)),
                        ("Message-ID", mid(fn, "example"))] + list(extra), text_part(text, charset, cte)))


nb("nb-cliente-pt-nao-recebi.eml", "Marcos Telles <marcos.telles@gmail.com>", SHOP, "Re: Seu pedido 48213 foi enviado",
   "Boa noite, ainda não recebi o pedido. O rastreio diz 'destinatário ausente'. Podem verificar?\n\nMarcos\n")
nb("nb-cliente-es-direccion-mal.eml", "Ana Ruiz <ana.ruiz@hotmail.es>", SHOP_ES, "Re: Tu pedido 9931 va en camino",
   "Hola, creo que puse mal mi correo en el registro (dice anaruiz@hotmial.com, que no existe). ¿Lo pueden corregir?\n")
nb("nb-boleto-vencimento.eml", "Cobranca <cobranca@banco-exemplo.example>", SHOP, "Seu boleto vence amanhã",
   "Olá! Seu boleto no valor de R$ 349,90 vence em 04/12/2026.\nLinha digitável: 23790.12345 60000.123456 78000.000001 1 90000000034990\n",
   "iso-8859-1")
nb("nb-pix-pagamento-recusado.eml", "Pagamentos <no-reply@gateway-pag.example>", SHOP, "Pagamento recusado - pedido 48255",
   "O pagamento do pedido 48255 foi recusado pelo emissor do cartão. O cliente pode tentar novamente.\n")
nb("nb-correios-entrega-nao-realizada.eml", "Rastreio <rastreio@transportadora-veloz.example>", SHOP,
   "Entrega não realizada - objeto BR123456789BR",
   "Tentativa de entrega não realizada: destinatário ausente. Nova tentativa no próximo dia útil.\n")
nb("nb-envio-es-devuelto-remitente.eml", "Envios <envios@paqueteria-rapida.example>", SHOP_ES,
   "Paquete devuelto al remitente",
   "Su paquete 77120 fue devuelto al remitente: dirección desconocida en destino.\n", "windows-1252")
nb("nb-spam-caixa-cheia-falso.eml", "Suporte Webmail <suporte@webmail-aviso.example>", SHOP,
   "Sua caixa de correio está cheia",
   "Sua caixa de correio atingiu 99% da cota. Clique aqui para validar sua conta e evitar o bloqueio.\n")
nb("nb-helpdesk-ticket-erro-550.eml", "Helpdesk <helpdesk@loja-solnascente.example>", SHOP,
   "[Ticket #5521] Cliente nao recebe e-mails",
   "Cliente informou que nossos e-mails voltam com '550 5.1.1 user unknown'.\nVerificar o cadastro dele.\n\n-- Equipe de suporte\n")
nb("nb-cliente-es-cancelar.eml", "Luis Ortega <luis.ortega@telefonica.net>", SHOP_ES, "Cancelar suscripción",
   "Por favor, dejen de enviarme correos. Mi buzón está lleno de sus ofertas.\n", "iso-8859-1")
nb("nb-nota-fiscal-emitida.eml", "NFe <nfe@loja-solnascente.example>", SHOP, "Nota fiscal eletrônica emitida",
   "A NF-e 000.123.456 do pedido 48213 foi emitida e enviada ao cliente.\n")
nb("nb-cliente-pt-troca.eml", "Sofia Almeida <sofia.almeida@sapo.pt>", SHOP, "Re: Encomenda 48190",
   "Bom dia, a encomenda chegou com o tamanho errado. Como faço a devolução?\n")
nb("nb-newsletter-provedor.eml", "Terra <newsletter@terra.example>", SHOP, "Novidades do seu e-mail",
   "Agora sua caixa postal tem 10 GB de espaço. Aproveite!\n")
nb("nb-mercadolibre-pregunta.eml", "Preguntas <preguntas@marketplace-ar.example>", SHOP_ES, "Nueva pregunta en tu publicación",
   "Un comprador preguntó: ¿hacen envíos a Córdoba? Respondé desde tu panel.\n")
nb("nb-spam-es-premio.eml", "Premios <premios@sorteo-ganador.example>", SHOP_ES, "¡Ganaste un premio!",
   "Felicitaciones, su correo fue seleccionado. Envíe sus datos bancarios.\n")
nb("nb-admin-relatorio-devolucoes.eml", "Marketing <mkt@loja-solnascente.example>", SHOP,
   "Relatório semanal de devoluções de e-mail",
   "Semana 48: 1.204 devoluções (0,8%), sendo 60% usuário desconhecido e 20% caixa cheia.\n")
nb("nb-cliente-es-agradece.eml", "Carmen Vidal <carmen.vidal@orange.es>", SHOP_ES, "Re: Pedido recibido",
   "Muchas gracias, el pedido llegó perfecto.\n")
nb("nb-entrega-agendada.eml", "Logistica <logistica@transportadora-veloz.example>", SHOP, "Entrega agendada",
   "Sua entrega foi agendada para 05/12 entre 8h e 12h.\n")
nb("nb-zimbra-senha-expira.eml", "Zimbra <admin@coop-agricola.example>", SHOP, "Sua senha expira em 3 dias",
   "Sua senha do webmail expira em 3 dias. Altere-a no menu Preferências.\n")
nb("nb-fornecedor-pt-cotacao.eml", "Vendas <vendas@embalagens-sul.example>", SHOP, "Cotação de caixas",
   "Segue a cotação de 5.000 caixas de papelão. Validade: 15 dias.\n")
nb("nb-cliente-es-rebote-pregunta.eml", "Diego Paz <diego.paz@gmail.com>", SHOP_ES, "No me llegan los correos",
   "Hola, no me llegan sus correos de confirmación. ¿Puede ser que mi casilla esté bloqueando?\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
