#!/usr/bin/env python3
"""Writes testdata/unseen/batch-58: one night of a European B2B software
vendor (Nachtwerk Software GmbH, outbound Postfix relay) whose licence,
invoice and support mails go to customers on Exchange on-premises
(2013-2019) and Microsoft 365 in German, French, Spanish, Italian, Dutch,
Polish and Czech, behind mail gateways (Sophos, Cisco Secure Email,
Hornetsecurity, Retarus, NoSpamProxy, Trend Micro Email Security,
Proofpoint Essentials, Mimecast EU, SEPPmail, Kaspersky, FortiMail,
Libraesva, Vade). Near-misses (not-bounce/nb-*) are quarantine digests,
release notices, encrypted-mail portal notices, read receipts, tickets
and newsletters; out-of-office replies are records (vacation).

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch58.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

VENDOR = "nachtwerk-software.example"
RELAY = "mx-out2.nachtwerk-software.example"
RELAY_IP = "192.0.2.25"
INBOUND = "mx-in.nachtwerk-software.example"
HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def minute(name):
    return int(hashlib.md5(name.encode()).hexdigest()[:4], 16) % 50


def when(name, hour=2):
    m = minute(name)
    return dt(2026, 11, 26, hour, m + 5, 17, "+0100"), dt(2026, 11, 26, hour, m, 41, "+0100")


def exp(name, rcpt, reason, status="", reply="", action="failed", vendor=""):
    hard = reason in HARD and action == "failed" and status.startswith("5")
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


def original(name, sender, to, subject, odate, gw_host=None, gw_ip=None):
    hdr = orig_headers(sender, to, subject, odate, mid(name + "o", VENDOR),
                       "X-Mailer: Nachtwerk Lizenzportal 7.4\nList-Unsubscribe: <mailto:unsubscribe@" + VENDOR + ">")
    hops = received([(RELAY, RELAY_IP, gw_host or "gw." + to.split(",")[0].split("@")[1], "gateway", qid(name + "g"), odate)])
    return hops + "\n" + hdr


SUBJECTS = [
    "Ihre Lizenzverlaengerung 2027 - Angebot AN-2026-4411",
    "Rechnung RE-2026-118204 (Wartungsvertrag)",
    "Ticket #48211: Update auf Version 7.4.2 verfuegbar",
    "Votre licence Nachtwerk expire le 31/12/2026",
    "Su factura FA-2026-2210 de Nachtwerk Software",
    "Rinnovo contratto di manutenzione 2027",
    "Uw licentie verloopt op 31-12-2026",
    "Faktura VAT FV/2026/11/0932",
    "Faktura 2026-11-0456 - podpora Nachtwerk",
    "Security advisory NW-2026-07: patch 7.4.2",
]


BYLANG = {"de": (0, 1, 2), "fr": (3,), "es": (4,), "it": (5,), "nl": (6,), "pl": (7,), "cs": (8,)}


def subj(name, lang=None):
    h = int(hashlib.md5(name.encode()).hexdigest()[:2], 16)
    if lang:
        pick = BYLANG[lang]
        return SUBJECTS[pick[h % len(pick)]]
    return SUBJECTS[h % len(SUBJECTS)]


SENDERS = ["rechnung@" + VENDOR, "lizenz@" + VENDOR, "support@" + VENDOR, "noreply@" + VENDOR]


def sender(name):
    return SENDERS[len(name) % len(SENDERS)]


# ---------------------------------------------------------------- Exchange NDRs
EXT = {
    "de": dict(cs="iso-8859-1", fail="Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
               delay="Die Zustellung an folgende Empfänger oder Gruppen verzögert sich:",
               diag="Diagnoseinformationen für Administratoren:", gen="Generierender Server:",
               remote="Remoteserver hat '{d}' zurückgegeben", hdrs="Ursprüngliche Nachrichtenkopfzeilen:",
               sfail="Unzustellbar: ", sdelay="Zustellung verzögert: ",
               retry="Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\nDer Server versucht für die nächsten 1 Tage, 20 Stunden und 41 Minuten, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht bis dahin nicht zugestellt wurde."),
    "fr": dict(cs="windows-1252", fail="La remise aux destinataires ou groupes suivants a échoué :",
               delay="La remise aux destinataires ou groupes suivants est retardée :",
               diag="Informations de diagnostic pour les administrateurs :", gen="Serveur de génération :",
               remote="Le serveur distant a retourné '{d}'", hdrs="En-têtes de message d'origine :",
               sfail="Non remis : ", sdelay="Remise différée : ",
               retry="Votre message n'a pas encore été remis. Le serveur continuera d'essayer de le remettre.\n\nLe serveur va continuer d'essayer de remettre ce message pendant les 1 jours, 19 heures et 12 minutes à venir. Vous serez averti si le message ne peut pas être remis d'ici là."),
    "es": dict(cs="iso-8859-1", fail="Error en la entrega a estos destinatarios o grupos:",
               delay="La entrega a estos destinatarios o grupos se ha retrasado:",
               diag="Información de diagnóstico para administradores:", gen="Servidor de generación:",
               remote="El servidor remoto devolvió '{d}'", hdrs="Encabezados del mensaje original:",
               sfail="No se puede entregar: ", sdelay="Entrega retrasada: ",
               retry="Aún no se ha entregado el mensaje. El servidor seguirá intentándolo.\n\nEl servidor intentará entregar el mensaje durante los próximos 1 días, 21 horas y 3 minutos. Recibirá una notificación si no se puede entregar en ese tiempo."),
    "it": dict(cs="iso-8859-1", fail="Recapito non riuscito per i destinatari o gruppi seguenti:",
               delay="Il recapito per i destinatari o gruppi seguenti è stato ritardato:",
               diag="Informazioni di diagnostica per gli amministratori:", gen="Server di generazione:",
               remote="Il server remoto ha restituito '{d}'", hdrs="Intestazioni originali del messaggio:",
               sfail="Non recapitabile: ", sdelay="Recapito ritardato: ",
               retry="Il messaggio non è ancora stato recapitato. Il server continuerà a tentare."),
    "nl": dict(cs="iso-8859-1", fail="Bezorging is mislukt voor deze geadresseerden of groepen:",
               delay="Bezorging is vertraagd voor deze geadresseerden of groepen:",
               diag="Diagnostische gegevens voor beheerders:", gen="Server genereren:",
               remote="Externe server heeft '{d}' geretourneerd", hdrs="Oorspronkelijke berichtkoppen:",
               sfail="Onbestelbaar: ", sdelay="Bezorging vertraagd: ",
               retry="Dit bericht is nog niet bezorgd. De server blijft proberen het bericht te bezorgen."),
    "pl": dict(cs="iso-8859-2", fail="Dostarczenie do tych adresatów lub grup nie powiodło się:",
               delay="Dostarczenie do tych adresatów lub grup jest opóźnione:",
               diag="Informacje diagnostyczne dla administratorów:", gen="Serwer generujący:",
               remote="Serwer zdalny zwrócił '{d}'", hdrs="Oryginalne nagłówki wiadomości:",
               sfail="Niedostarczalne: ", sdelay="Opóźnione dostarczenie: ",
               retry="Wiadomość nie została jeszcze dostarczona. Serwer będzie nadal próbował ją dostarczyć."),
    "cs": dict(cs="iso-8859-2", fail="Doručení následujícím příjemcům nebo skupinám se nezdařilo:",
               delay="Doručení následujícím příjemcům nebo skupinám je zpožděno:",
               diag="Diagnostické informace pro správce:", gen="Generující server:",
               remote="Vzdálený server vrátil '{d}'", hdrs="Původní záhlaví zprávy:",
               sfail="Nedoručitelné: ", sdelay="Doručení zpožděno: ",
               retry="Zpráva zatím nebyla doručena. Server se ji bude dál pokoušet doručit."),
}


def exch(name, lang, rcpts, *, gen, version="15.2.1544.11", delay=False, online=False, gw=None,
         cte="quoted-printable", vendor="exchange", own=False):
    """An Exchange 2013-2019 (or Exchange Online) NDR in the recipient
    organisation's language. rcpts: (addr, sentence, diag, status, reason)."""
    L = EXT[lang]
    date, odate = when(name, 3 if delay else 2)
    snd = sender(name)
    s = subj(name, lang)
    dom = rcpts[0][0].split("@")[1]
    lines = [L["delay"] if delay else L["fail"], ""]
    for a, sentence, _, _, _ in rcpts:
        lines += [a, sentence, ""]
    if delay:
        lines += [L["retry"], ""]
    lines += ["", L["diag"], "", f"{L['gen']} {gen}", ""]
    for a, _, d, _, _ in rcpts:
        lines += [a, L["remote"].format(d=d), ""]
    text = "\n".join(lines)
    recips = []
    for a, _, d, st, reason in rcpts:
        r = {"final": a, "action": "delayed" if delay else "failed", "status": st, "diag": "smtp; " + d}
        if gw:
            r["remote"] = gw
        recips.append(r)
        exp(name, a, reason, st, d.split()[0], "delayed" if delay else "failed", vendor)
    hopdate = date
    inbound = "mx-in.nachtwerk-software.example"
    if own:
        inbound = "EXMBX01.nachtwerk-software.example"
    chain = received([(gen, "198.51.100." + str(10 + minute(name)), inbound,
                       ("Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id " + version)
                       if own else "Postfix", qid(name), hopdate)])
    if online:
        chain = received([(gen, "2603:10a6:20b:3a1::" + str(minute(name)), inbound, "Postfix", qid(name), hopdate)])
    subject = (L["sdelay"] if delay else L["sfail"]) + s
    frm = ("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + dom + ">") if online else \
        ("Microsoft Exchange <postmaster@" + (VENDOR if own else dom) + ">")
    orig = original(name, snd, ", ".join(r[0] for r in rcpts), s, odate, gw)
    extra = [("Content-Language", {"de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
                                   "pl": "pl-PL", "cs": "cs-CZ"}[lang]),
             ("X-MS-Exchange-Message-Is-Ndr", ""), ("In-Reply-To", mid(name + "o", VENDOR)),
             ("Thread-Topic", s)]
    return dsn_mail(name, frm=frm, to=snd, subject=enc_header(subject, "utf-8"), date=date,
                    host=gen, hops="Return-Path: <>\n" + chain, text=text, recips=recips, orig=orig,
                    charset=L["cs"], cte=cte, extra=extra, reporting=gen)


# ---------------------------------------------------------------- Postfix (our relay)
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

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, rcpts, *, delay=False, vendor="", head=None, age=None):
    """Our Postfix relay's bounce. rcpts: (addr, mx, ip, reply, stage, status, reason)
    where reply is the remote's (possibly multi-line) answer, or
    (addr, None, None, text, None, status, reason) for a local text."""
    date, odate = when(name, 4 if delay else 2)
    if age:
        odate = dt(2026, 11, 26 - age, 2, minute(name), 41, "+0100")
    snd = sender(name)
    s = subj(name)
    tails, recips = [], []
    for a, mx, ip, reply, stage, st, reason in rcpts:
        if mx:
            body = f"host {mx}[{ip}] said: {' '.join(reply.split())} (in reply to {stage} command)"
            body = "\n".join(textwrap.wrap(body, 76, subsequent_indent="    ", break_long_words=False,
                                            break_on_hyphens=False))
            diag = " ".join(reply.split())
            remote = mx
        else:
            body, diag, remote = reply, None, None
        tails.append(f"<{a}>: {body}")
        r = {"final": a, "original": a, "action": "delayed" if delay else "failed", "status": st}
        if remote:
            r["remote"] = remote
            r["diag"] = "smtp; " + diag
        else:
            r["diag"] = "X-Postfix; " + reply.replace("\n", " ")
        recips.append(r)
        exp(name, a, reason, st, diag.split()[0] if diag and diag[:3].isdigit() else "", "delayed" if delay else "failed", vendor)
    text = (head or (PF_DELAY if delay else PF_HEAD)).format(host=RELAY) + "\n\n".join(tails) + "\n"
    subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    orig = orig_headers(snd, ", ".join(r[0] for r in rcpts), s, odate, mid(name + "o", VENDOR))
    return dsn_mail(name, frm="MAILER-DAEMON@" + RELAY + " (Mail Delivery System)", to=snd, subject=subject, date=date,
                    host=RELAY, hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", RELAY, "Postfix", qid(name), date)]),
                    text=text, recips=recips, orig=orig, arrival=odate)


FILES = {}


def put(name, text, nb=False):
    FILES[name] = (text, nb)


# ================================================================ Exchange on-premises / Online
n = "b58-ex2016-de-recipnotfound-after-exit.eml"
put(n, exch(n, "de", [("m.brandstaetter@hoffmann-antriebstechnik.example",
                       "Die von Ihnen eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr E-Mail-Supportteam.",
                       "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "userunknown")],
            gen="EXMBX02.hoffmann-antriebstechnik.example", version="15.1.2507.39",
            gw="mx-01-eu-central-1.prod.hydra.sophos.com"))

n = "b58-ex2019-fr-boite-pleine-storedrv.eml"
put(n, exch(n, "fr", [("compta.fournisseurs@groupe-lemarchal.example",
                       "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment. Veuillez renvoyer votre message plus tard ou contacter directement le destinataire.",
                       "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=compta.fournisseurs.[EndDiagnosticData]",
                       "5.2.2", "mailboxfull")],
            gen="SRV-EXCH19.groupe-lemarchal.example", gw="mx1.hc2741-18.eu.iphmx.com"))

n = "b58-ex2013-es-tamano-excede-ruta.eml"
put(n, exch(n, "es", [("licitaciones@construcciones-arvela.example",
                       "El mensaje es demasiado grande para el límite de tamaño de la ruta de entrega. Reduzca el tamaño de los datos adjuntos o envíe el archivo mediante un vínculo.",
                       "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route", "5.3.4", "emailtoolarge")],
            gen="EXCAS01.construcciones-arvela.example", version="15.0.1497.48"))

n = "b58-ex2016-it-destinatario-non-trovato-lookup.eml"
put(n, exch(n, "it", [("r.bellandi@meccanica-santerno.example",
                       "L'indirizzo di posta elettronica immesso non è stato trovato. Controllare l'indirizzo del destinatario e provare a inviare di nuovo il messaggio.",
                       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient r.bellandi@meccanica-santerno.example not found by SMTP address lookup",
                       "5.1.10", "userunknown")],
            gen="MS-EX02.meccanica-santerno.example", version="15.1.2375.7", gw="mx.libraesva.meccanica-santerno.example"))

n = "b58-ex2019-nl-postvak-uitgeschakeld.eml"
put(n, exch(n, "nl", [("j.vandermeulen@installatiebedrijf-klaver.example",
                       "Het postvak van de geadresseerde is uitgeschakeld en kan geen berichten ontvangen. Neem op een andere manier contact op met de geadresseerde.",
                       "550 5.2.1 STOREDRV.Deliver.Exception:MailboxDisabledException; the recipient mailbox is disabled",
                       "5.2.1", "suspend")],
            gen="EX2019-01.installatiebedrijf-klaver.example"))

n = "b58-ex2016-pl-dwoch-adresatow-nieznanych.eml"
put(n, exch(n, "pl", [("a.wisniewska@hurtownia-elektro-lublin.example",
                       "Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.",
                       "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "userunknown"),
                      ("p.zielinski@hurtownia-elektro-lublin.example",
                       "Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.",
                       "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "userunknown")],
            gen="EXCH01.hurtownia-elektro-lublin.example", version="15.1.2507.6", cte="base64"))

n = "b58-ex2019-cs-schranka-je-plna.eml"
put(n, exch(n, "cs", [("jana.dvorakova@strojirny-hodonin.example",
                       "Poštovní schránka příjemce je plná a momentálně nemůže přijímat zprávy. Zkuste zprávu odeslat později nebo kontaktujte příjemce jiným způsobem.",
                       "552 5.2.2 STOREDRV.Deliver; mailbox quota exceeded for jana.dvorakova@strojirny-hodonin.example", "5.2.2", "mailboxfull")],
            gen="MAIL-EX.strojirny-hodonin.example", cte="base64"))

n = "b58-ex2016-de-transportregel-ausfuehrbar.eml"
put(n, exch(n, "de", [("einkauf@kunststoffwerk-rieder.example",
                       "Ihre Nachricht wurde aufgrund einer Transportregel der Organisation des Empfängers nicht zugestellt: Anlagen vom Typ .js, .exe und .iso werden nicht angenommen.",
                       "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy", "5.7.1", "policyviolation")],
            gen="EXHUB1.kunststoffwerk-rieder.example", version="15.1.2507.39"))

n = "b58-ex2019-fr-liste-authentification-requise.eml"
put(n, exch(n, "fr", [("tous-collaborateurs@cabinet-ferrand-associes.example",
                       "Le groupe tous-collaborateurs n'accepte que les messages d'expéditeurs authentifiés. Votre message n'a pas été remis.",
                       "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "5.7.1", "securityerror")],
            gen="EXMB01.cabinet-ferrand-associes.example"))

n = "b58-ex2013-de-hop-count-schleife.eml"
put(n, exch(n, "de", [("service@anlagenbau-vogtland.example",
                       "Die Nachricht wurde zwischen Servern hin- und hergeleitet, bis die maximale Anzahl von Hops erreicht war. Wahrscheinlich leitet eine Weiterleitungsregel oder ein Connector die Nachricht im Kreis.",
                       "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "5.4.14", "networkerror")],
            gen="EX13-CAS.anlagenbau-vogtland.example", version="15.0.1497.48"))

n = "b58-ex2016-nl-wachtrij-verlopen.eml"
put(n, exch(n, "nl", [("planning@transport-dijkhuis.example",
                       "De server heeft het bericht gedurende twee dagen niet kunnen bezorgen en heeft het opgegeven.",
                       "550 4.4.7 QUEUE.Expired; message expired", "4.4.7", "expired")],
            gen="EXCH16.transport-dijkhuis.example", version="15.1.2507.39"))

n = "b58-ex2019-de-verzoegert-nicht-erreichbar.eml"
put(n, exch(n, "de", [("it-leitung@brauerei-kesselring.example",
                       "Der Server des Empfängers hat nicht geantwortet.",
                       "451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" Attempted failover to alternate host, but that did not succeed.",
                       "4.4.0", "networkerror")],
            gen="EXSRV02.nachtwerk-software.example", delay=True, vendor="exchange", own=True))

n = "b58-ex2016-es-retrasado-buzon-lleno.eml"
put(n, exch(n, "es", [("administracion@clinica-dental-moraleda.example",
                       "El buzón del destinatario está lleno en este momento.",
                       "452 4.2.2 STOREDRV.Deliver; mailbox quota exceeded, message deferred", "4.2.2", "mailboxfull")],
            gen="EXCHANGE.clinica-dental-moraleda.example", delay=True, version="15.1.2375.7"))

n = "b58-ex2019-cs-prijemce-neexistuje-po-odchodu.eml"
put(n, exch(n, "cs", [("petr.novotny@logistika-brno.example",
                       "Zadaná e-mailová adresa nebyla nalezena. Zkontrolujte adresu příjemce a zkuste zprávu odeslat znovu.",
                       "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "5.1.1", "userunknown")],
            gen="EX01.logistika-brno.example", cte="base64", gw="kaspersky-gw.logistika-brno.example"))

n = "b58-ex2016-de-storedrv-beschaedigter-inhalt.eml"
put(n, exch(n, "de", [("dokumente@notariat-eisenreich.example",
                       "Der Inhalt der Nachricht konnte nicht verarbeitet werden, da er beschädigt ist.",
                       "554 5.6.0 STOREDRV.Deliver; Corrupt message content", "5.6.0", "contenterror")],
            gen="EXMB1.notariat-eisenreich.example", version="15.1.2507.39", gw="nospamproxy.notariat-eisenreich.example"))

n = "b58-exo-de-5.7.520-weiterleitung-extern.eml"
put(n, exch(n, "de", [("h.kramer@steuerberatung-kramer.example",
                       "Ihre Nachricht konnte nicht zugestellt werden. Die Organisation des Empfängers erlaubt keine automatische Weiterleitung an externe Adressen.",
                       "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
                       "5.7.520", "policyviolation")],
            gen="FR4P281MB3471.DEUP281.PROD.OUTLOOK.COM", online=True, vendor="microsoft365"))

n = "b58-exo-es-buzon-cuota-superada.eml"
put(n, exch(n, "es", [("rrhh@asesoria-valdemoro.example",
                       "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
                       "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
                       "5.2.2", "mailboxfull")],
            gen="MAD1P192MB0427.EURP192.PROD.OUTLOOK.COM", online=True, vendor="microsoft365"))

n = "b58-exo-pl-5.1.10-adresat-nie-znaleziony.eml"
put(n, exch(n, "pl", [("biuro.zarzadu@drukarnia-poznan.example",
                       "Nie można odnaleźć wprowadzonego adresu e-mail. Adresat mógł opuścić organizację.",
                       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient biuro.zarzadu@drukarnia-poznan.example not found by SMTP address lookup",
                       "5.1.10", "userunknown")],
            gen="WA0P291MB0233.POLP291.PROD.OUTLOOK.COM", online=True, cte="base64", vendor="microsoft365"))

n = "b58-exo-fr-5.1.10-collaborateur-parti.eml"
put(n, exch(n, "fr", [("v.chauvet@bureau-etudes-rhone.example",
                       "L'adresse de messagerie que vous avez entrée est introuvable. Le destinataire a peut-être quitté l'organisation ; vérifiez l'adresse et renvoyez le message.",
                       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient v.chauvet@bureau-etudes-rhone.example not found by SMTP address lookup",
                       "5.1.10", "userunknown")],
            gen="PAXP193MB2281.EURP193.PROD.OUTLOOK.COM", online=True, vendor="microsoft365"))

n = "b58-exo-nl-groep-niet-gemachtigd.eml"
put(n, exch(n, "nl", [("alle-medewerkers@woningcorporatie-eemland.example",
                       "U bent niet gemachtigd om berichten naar deze groep te verzenden.",
                       "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", "5.7.1", "filtered")],
            gen="AM9P193MB1455.EURP193.PROD.OUTLOOK.COM", online=True, vendor="microsoft365"))

n = "b58-exo-cs-prilis-velka-pro-prijemce.eml"
put(n, exch(n, "cs", [("obchod@sklarna-novy-bor.example",
                       "Zpráva je příliš velká pro tohoto příjemce. Zmenšete přílohy a odešlete zprávu znovu.",
                       "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "5.2.3", "emailtoolarge")],
            gen="PR3P192MB0716.EURP192.PROD.OUTLOOK.COM", online=True, cte="base64", vendor="microsoft365"))

n = "b58-ex2016-it-smtp-send-connector-tls.eml"
put(n, exch(n, "it", [("ufficio.acquisti@ospedale-valdelsa.example",
                       "Il server di destinazione richiede una connessione protetta che non è stato possibile stabilire.",
                       "550 5.7.10 Must issue a STARTTLS command first; TLS is required by the recipient domain",
                       "5.7.10", "failedstarttls")],
            gen="EXCAS02.nachtwerk-software.example", version="15.1.2507.39", own=True))

n = "b58-ex2019-es-usuario-baja-empresa.eml"
put(n, exch(n, "es", [("j.iturralde@papelera-gipuzkoa.example",
                       "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección del destinatario e intente enviar el mensaje de nuevo.",
                       "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "5.1.1", "userunknown")],
            gen="EXMBX01.papelera-gipuzkoa.example", gw="eu-smtp-inbound-2.mimecast.com"))

# ================================================================ our Postfix, gateway replies
SOPHOS = ("mx-01-eu-central-1.prod.hydra.sophos.com", "198.51.100.71")
SOPHOS2 = ("mx-02-eu-central-1.prod.hydra.sophos.com", "198.51.100.72")
IPHMX = ("mx1.hc3355-27.eu.iphmx.com", "198.51.100.81")
HORNET = ("mx01.hornetsecurity.com", "198.51.100.91")
HORNET2 = ("mx02.hornetsecurity.com", "198.51.100.92")
PPE = ("mx1-eu1.ppe-hosted.com", "198.51.100.101")
MIME = ("eu-smtp-inbound-1.mimecast.com", "198.51.100.111")
TMES = ("kunde-xyz.in.tmes.trendmicro.eu", "198.51.100.121")

n = "b58-pf-sophos-central-no-such-user.eml"
put(n, pf(n, [("c.albrecht@elektro-gruber-passau.example", *SOPHOS,
              "550 5.1.1 <c.albrecht@elektro-gruber-passau.example>: Recipient address rejected: no such user here",
              "RCPT TO", "5.1.1", "userunknown")], vendor="sophos"))

n = "b58-pf-sophos-central-iso-attachment.eml"
put(n, pf(n, [("versand@holzbau-wimmer.example", *SOPHOS2,
              "554 5.7.1 Message blocked by Sophos Email: attachment type not permitted by\n    the recipient's policy (disk image .iso)",
              "end of DATA", "5.7.1", "policyviolation")], vendor="sophos"))

n = "b58-pf-ironport-address-rejected-ldap.eml"
put(n, pf(n, [("t.leclerc@transports-gauthier.example", *IPHMX,
              "550 #5.1.0 Address rejected.", "RCPT TO", "5.0.0", "userunknown")], vendor="cisco"))

n = "b58-pf-ironport-message-size-fixed-max.eml"
put(n, pf(n, [("projekte@ingenieurbuero-stahl.example", *IPHMX,
              "552 #5.3.4 Message size exceeds fixed maximum message size (20971520 bytes)",
              "MAIL FROM", "5.0.0", "emailtoolarge")], vendor="cisco"))

n = "b58-pf-ironport-no-reverse-dns.eml"
put(n, pf(n, [("info@weingut-lindenhof.example", *IPHMX,
              "550 5.7.1 Your IP address 192.0.2.25 has no reverse DNS (PTR) entry; connection refused by policy",
              "MAIL FROM", "5.7.1", "requireptr")], vendor="cisco"))

n = "b58-pf-hornetsecurity-classified-spam.eml"
put(n, pf(n, [("vertrieb@moebelhaus-ortner.example", *HORNET,
              "550 5.7.1 This message was classified as SPAM and may not be delivered", "end of DATA", "5.7.1", "spamdetected")],
          vendor="hornetsecurity"))

n = "b58-pf-hornetsecurity-unverified-recipient.eml"
put(n, pf(n, [("k.lindner@stadtwerke-neuburg.example", *HORNET2,
              "550 5.1.1 <k.lindner@stadtwerke-neuburg.example>: Recipient address rejected:\n    undeliverable address: host mail.stadtwerke-neuburg.example[198.51.100.44] said:\n    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address\n    lookup (in reply to RCPT TO command)",
              "RCPT TO", "5.1.1", "userunknown")], vendor="hornetsecurity"))

n = "b58-pf-hornetsecurity-size-25mb.eml"
put(n, pf(n, [("presse@verlag-sonnleitner.example", *HORNET,
              "552 5.3.4 Message size exceeds maximum permitted size of 25 MB for this domain", "end of DATA", "5.3.4", "emailtoolarge")],
          vendor="hornetsecurity"))

n = "b58-pf-retarus-tls12-required.eml"
put(n, pf(n, [("zahlungsverkehr@privatbank-hanseatic.example", "mx01.retarus.example-kunde.example", "198.51.100.131",
              "530 5.7.0 Must issue a STARTTLS command first: TLS 1.2 or higher required for this recipient domain",
              "MAIL FROM", "5.7.0", "failedstarttls")], vendor="retarus"))

n = "b58-pf-retarus-virus-js-downloader.eml"
put(n, pf(n, [("buchhaltung@logistik-bremerhaven.example", "mx02.retarus.example-kunde.example", "198.51.100.132",
              "554 5.7.0 Message rejected: virus found (Retarus Antivirus: JS/Downloader.Agent.QXP)",
              "end of DATA", "5.7.0", "virusdetected")], vendor="retarus"))

n = "b58-pf-retarus-sender-domain-not-found.eml"
put(n, pf(n, [("einkauf@chemiehandel-leuna.example", "mx01.retarus.example-kunde.example", "198.51.100.131",
              "553 5.1.8 <newsletter@news.nachtwerk-software.example>: Sender address rejected: Domain not found",
              "RCPT TO", "5.1.8", "rejected")], vendor="retarus"))

n = "b58-pf-nospamproxy-scl-too-high.eml"
put(n, pf(n, [("kontakt@autohaus-brenninger.example", "nsp.autohaus-brenninger.example", "198.51.100.141",
              "550 5.7.1 Message rejected by NoSpamProxy: the spam confidence level (SCL 9) of this\n    message is too high",
              "end of DATA", "5.7.1", "spamdetected")], vendor="nospamproxy"))

n = "b58-pf-nospamproxy-anhang-richtlinie.eml"
put(n, pf(n, [("angebote@metallbau-hiltl.example", "gateway.metallbau-hiltl.example", "198.51.100.142",
              "550 5.7.1 Die Nachricht enthaelt einen Anhang (.docm), der gemaess der Richtlinie\n    fuer Anhaenge nicht zugelassen ist",
              "end of DATA", "5.7.1", "policyviolation")], vendor="nospamproxy"))

n = "b58-pf-tmes-ers-ip-listed.eml"
put(n, pf(n, [("order@fahrzeugteile-mainz.example", *TMES,
              "550 5.7.1 Mail from 192.0.2.25 refused by ERS: the sending IP is on the block\n    list, see https://ers.trendmicro.com/reputations",
              "MAIL FROM", "5.7.1", "blocked")], vendor="trendmicro"))

n = "b58-pf-tmes-dkim-verification-failed.eml"
put(n, pf(n, [("finanzen@landkreis-logistik.example", *TMES,
              "550 5.7.1 Message rejected: DKIM signature verification failed for domain\n    nachtwerk-software.example (body hash did not verify)",
              "end of DATA", "5.7.1", "authfailure")], vendor="trendmicro"))

n = "b58-pf-ppe-eu-user-unknown.eml"
put(n, pf(n, [("s.moreau@pharmacie-centrale-lyon.example", *PPE,
              "550 5.1.1 User Unknown", "RCPT TO", "5.1.1", "userunknown")], vendor="proofpoint"))

n = "b58-pf-ppe-eu-too-many-recipients-delay.eml"
put(n, pf(n, [("partner@grosshandel-wendt.example", *PPE,
              "452 4.5.3 Too many recipients in this session, try again later",
              "RCPT TO", "4.5.3", "ratelimited")], delay=True, vendor="proofpoint"))

n = "b58-pf-mimecast-eu-internal-resources-delay.eml"
put(n, pf(n, [("leitstelle@rettungsdienst-oberland.example", *MIME,
              "451 Internal resources are temporarily unavailable -\n    https://community.mimecast.com/docs/DOC-1369#451",
              "end of DATA", "4.0.0", "systemerror")], delay=True, vendor="mimecast"))

n = "b58-pf-seppmail-unencrypted-not-permitted.eml"
put(n, pf(n, [("vertraege@versicherungsmakler-held.example", "seppmail.versicherungsmakler-held.example", "198.51.100.151",
              "550 5.7.1 Message rejected: unencrypted mail to this recipient is not permitted\n    by policy (SEPPmail: S/MIME or PGP required)",
              "end of DATA", "5.7.1", "policyviolation")], vendor="seppmail"))

n = "b58-pf-kaspersky-ksmg-infected-object.eml"
put(n, pf(n, [("sekretariat@gymnasium-ettal-verwaltung.example", "ksmg.gymnasium-ettal-verwaltung.example", "198.51.100.161",
              "550 5.7.1 Message rejected: infected object detected (HEUR:Trojan.Script.Generic)\n    by Kaspersky Secure Mail Gateway",
              "end of DATA", "5.7.1", "virusdetected")], vendor="kaspersky"))

n = "b58-pf-kaspersky-password-archive.eml"
put(n, pf(n, [("ksiegowosc@mleczarnia-mazury.example", "ksmg.mleczarnia-mazury.example", "198.51.100.162",
              "554 5.7.1 Message rejected: password-protected archives are not accepted by the\n    attachment policy of this domain",
              "end of DATA", "5.7.1", "policyviolation")], vendor="kaspersky"))

n = "b58-pf-fortimail-fortiguard-ip-listed.eml"
put(n, pf(n, [("info@hotel-seeblick-bodensee.example", "fortimail.hotel-seeblick-bodensee.example", "198.51.100.171",
              "550 5.7.1 Connection from 192.0.2.25 refused: sender IP listed by FortiGuard AntiSpam",
              "MAIL FROM", "5.7.1", "blocked")], vendor="fortinet"))

n = "b58-pf-fortimail-delay-mailbox-full.eml"
put(n, pf(n, [("d.koller@spedition-koller.example", "fortimail.spedition-koller.example", "198.51.100.172",
              "452 4.2.2 <d.koller@spedition-koller.example>: mailbox full, try again later",
              "RCPT TO", "4.2.2", "mailboxfull")], delay=True, vendor="fortinet"))

n = "b58-pf-libraesva-spf-not-allowed.eml"
put(n, pf(n, [("ufficio.tecnico@comune-valsamoggia-servizi.example", "esva.comune-valsamoggia-servizi.example", "198.51.100.181",
              "550 5.7.23 SPF validation failed: 192.0.2.25 is not allowed to send mail for\n    nachtwerk-software.example",
              "MAIL FROM", "5.7.23", "authfailure")], vendor="libraesva"))

n = "b58-pf-libraesva-macro-document.eml"
put(n, pf(n, [("acquisti@ceramiche-sassuolo-nord.example", "esva.ceramiche-sassuolo-nord.example", "198.51.100.182",
              "554 5.7.1 Message rejected: documents with active macros are not accepted by policy\n    (Libraesva QuickSand)",
              "end of DATA", "5.7.1", "policyviolation")], vendor="libraesva"))

n = "b58-pf-vade-classe-spam.eml"
put(n, pf(n, [("direction@imprimerie-lorraine.example", "mx.vadesecure.example-client.example", "198.51.100.191",
              "550 5.7.1 Message rejete: classe comme spam par Vade (score 98)",
              "end of DATA", "5.7.1", "spamdetected")], vendor="vade"))

n = "b58-pf-vade-too-many-messages-delay.eml"
put(n, pf(n, [("support@editions-marchal.example", "mx.vadesecure.example-client.example", "198.51.100.192",
              "421 4.7.0 Too many messages from 192.0.2.25 in a short time, slow down and try again later",
              "MAIL FROM", "4.7.0", "ratelimited")], delay=True, vendor="vade"))

n = "b58-pf-m365-relay-access-denied-moved.eml"
put(n, pf(n, [("info@bauunternehmen-pichler.example", "bauunternehmen-pichler-example.mail.protection.outlook.com", "198.51.100.201",
              "550 5.4.1 Relay Access Denied ATTR36 [AM4PEPF00027A62.eurprd04.prod.outlook.com]",
              "RCPT TO", "5.4.1", "norelaying")], vendor="microsoft365"))

n = "b58-pf-delay-gateway-timed-out.eml"
put(n, pf(n, [("zentrale@gemeindewerke-ammersee.example", None, None,
              "connect to mail.gemeindewerke-ammersee.example[198.51.100.211]:25: Connection timed out",
              None, "4.4.1", "networkerror")], delay=True))

n = "b58-pf-expired-five-days-refused.eml"
put(n, pf(n, [("verwaltung@klinikum-rottal.example", None, None,
              "delivery temporarily suspended: connect to ksmg.klinikum-rottal.example[198.51.100.212]:25: Connection refused",
              None, "4.4.1", "expired")],
          age=5))

n = "b58-pf-two-gateways-mixed.eml"
put(n, pf(n, [("m.huber@fliesen-huber.example", *HORNET,
              "550 5.1.1 <m.huber@fliesen-huber.example>: Recipient address rejected: User unknown in relay\n    recipient table",
              "RCPT TO", "5.1.1", "userunknown"),
             ("c.reiter@schreinerei-reiter.example", *SOPHOS,
              "552 5.2.2 <c.reiter@schreinerei-reiter.example>: Mailbox quota exceeded", "RCPT TO", "5.2.2", "mailboxfull")]))

n = "b58-pf-ppe-eu-account-disabled.eml"
put(n, pf(n, [("l.rossi@studio-legale-rossi.example", *PPE,
              "550 5.2.1 <l.rossi@studio-legale-rossi.example>: account disabled", "RCPT TO", "5.2.1", "suspend")],
          vendor="proofpoint"))

# ================================================================ gateway-made NDRs
n = "b58-ironport-bounce-internal-quota.eml"
date, odate = when(n)
host = "esa2.logistikzentrum-ulm.example"
s = subj(n)
txt = ("The following message to <b.schuster@logistikzentrum-ulm.example> was undeliverable.\n"
       "The reason for the problem:\n"
       "5.2.2 - Mailbox full error 552-'5.2.2 Storage quota exceeded for this mailbox'\n")
put(n, dsn_mail(n, frm="Mail Delivery System <MAILER-DAEMON@" + host + ">", to=sender(n),
                subject="Delivery Status Notification (Failure)", date=date, host=host,
                hops="Return-Path: <>\n" + received([(host, "198.51.100.221", INBOUND, "Postfix", qid(n), date)]),
                text=txt, recips=[{"final": "b.schuster@logistikzentrum-ulm.example", "status": "5.2.2",
                                   "remote": "exch01.logistikzentrum-ulm.example",
                                   "diag": "smtp; 552 5.2.2 Storage quota exceeded for this mailbox"}],
                orig=original(n, sender(n), "b.schuster@logistikzentrum-ulm.example", s, odate, host)))
exp(n, "b.schuster@logistikzentrum-ulm.example", "mailboxfull", "5.2.2", "552", vendor="cisco")

n = "b58-sophos-utm-exim-local-user-gone.eml"
date, odate = when(n)
host = "utm.druckerei-zeilinger.example"
s = subj(n)
txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  a.zeilinger@druckerei-zeilinger.example
    host 10.20.0.12 [10.20.0.12]
    SMTP error from remote mail server after RCPT TO:<a.zeilinger@druckerei-zeilinger.example>:
    550 5.1.1 User unknown

------ This is a copy of the message's headers. ------

Return-path: <{sender(n)}>
From: {sender(n)}
To: a.zeilinger@druckerei-zeilinger.example
Subject: {s}
Date: {odate}
Message-ID: {mid(n + "o", VENDOR)}
"""
put(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@" + host + ">", to=sender(n),
                  subject="Mail delivery failed: returning message to sender", date=date, host=host,
                  hops="Return-Path: <>\n" + received([(host, "198.51.100.222", INBOUND, "Postfix", qid(n), date)]),
                  text=txt, extra=[("X-Failed-Recipients", "a.zeilinger@druckerei-zeilinger.example")]))
exp(n, "a.zeilinger@druckerei-zeilinger.example", "userunknown", "5.1.1", "550", vendor="sophos")

n = "b58-sophos-utm-sender-verify-failed.eml"
date, odate = when(n)
host = "utm.tischlerei-haberl.example"
s = subj(n)
txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  auftrag@tischlerei-haberl.example
    SMTP error from remote mail server after RCPT TO:<auftrag@tischlerei-haberl.example>:
    host mail.tischlerei-haberl.example [198.51.100.223]:
    550-Verification failed for <noreply@{VENDOR}>
    550-Called:   192.0.2.26
    550-Sent:     RCPT TO:<noreply@{VENDOR}>
    550-Response: 550 5.1.1 <noreply@{VENDOR}>: Recipient address rejected: mailbox unavailable
    550 Sender verify failed
"""
put(n, plain_mail(n, frm="Mail Delivery System <Mailer-Daemon@" + host + ">", to=sender(n),
                  subject="Mail delivery failed: returning message to sender", date=date, host=host,
                  hops="Return-Path: <>\n" + received([(host, "198.51.100.225", INBOUND, "Postfix", qid(n), date)]),
                  text=txt, extra=[("X-Failed-Recipients", "auftrag@tischlerei-haberl.example")]))
exp(n, "auftrag@tischlerei-haberl.example", "rejected", "", "550", vendor="sophos")

n = "b58-seppmail-bounce-nur-verschluesselt-de.eml"
date, odate = when(n)
host = "seppmail.kanzlei-brunnhuber.example"
s = subj(n)
txt = ("Diese Nachricht wurde automatisch vom Verschlüsselungs-Gateway erzeugt.\n\n"
       "Ihre Nachricht an <mandanten@kanzlei-brunnhuber.example> wurde nicht zugestellt.\n\n"
       "Grund: Die Richtlinie der Kanzlei lässt für diesen Empfänger nur verschlüsselte\n"
       "E-Mails zu (S/MIME oder OpenPGP). Ihre Nachricht war nicht verschlüsselt und wurde\n"
       "deshalb abgewiesen.\n\n"
       "Remote-Server: 550 5.7.1 unencrypted mail rejected by policy\n")
put(n, dsn_mail(n, frm="SEPPmail Gateway <postmaster@kanzlei-brunnhuber.example>", to=sender(n),
                subject=enc_header("Unzustellbar: " + s, "utf-8"), date=date, host=host,
                hops="Return-Path: <>\n" + received([(host, "198.51.100.224", INBOUND, "Postfix", qid(n), date)]),
                text=txt, charset="utf-8", cte="quoted-printable",
                recips=[{"final": "mandanten@kanzlei-brunnhuber.example", "status": "5.7.1",
                         "diag": "smtp; 550 5.7.1 unencrypted mail rejected by policy"}],
                orig=original(n, sender(n), "mandanten@kanzlei-brunnhuber.example", s, odate, host)))
exp(n, "mandanten@kanzlei-brunnhuber.example", "policyviolation", "5.7.1", "550", vendor="seppmail")

# ================================================================ out-of-office replies (vacation)
OOO = [
    ("b58-ooo-de-exchange-elternzeit.eml", "s.pfeiffer@maschinenbau-pfeiffer.example", "Sabine Pfeiffer",
     "Automatische Antwort: ", "iso-8859-1",
     "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich befinde mich bis einschließlich 28.02.2027 in Elternzeit.\n"
     "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an\n"
     "einkauf@maschinenbau-pfeiffer.example oder telefonisch an +49 89 5550 1200.\n\nMit freundlichen Grüßen\nSabine Pfeiffer"),
    ("b58-ooo-fr-conges-fin-annee.eml", "p.garnier@menuiserie-garnier.example", "Pauline Garnier",
     "Réponse automatique : ", "windows-1252",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 4 janvier inclus, avec un accès limité à mes e-mails.\n"
     "Pour toute demande urgente concernant les licences, merci de contacter le service informatique.\n\nCordialement,\nPauline Garnier"),
    ("b58-ooo-cs-dovolena-prosinec.eml", "m.kucera@pivovar-zatec-obchod.example", "Martin Kučera",
     "Automatická odpověď: ", "iso-8859-2",
     "Dobrý den,\n\njsem na dovolené do 2. 1. 2027 a nemám přístup k e-mailu.\n"
     "V naléhavých případech kontaktujte prosím kolegyni na adrese obchod@pivovar-zatec-obchod.example.\n\nS pozdravem\nMartin Kučera"),
    ("b58-ooo-it-ferie-natalizie.eml", "g.bertoldi@oleificio-bertoldi.example", "Giulia Bertoldi",
     "Risposta automatica: ", "iso-8859-1",
     "Gentile mittente,\n\nsarò in ferie fino al 7 gennaio. Durante la mia assenza la posta non verrà letta.\n"
     "Per urgenze può scrivere a amministrazione@oleificio-bertoldi.example.\n\nCordiali saluti\nGiulia Bertoldi"),
    ("b58-ooo-nl-niet-meer-werkzaam.eml", "r.dekker@groothandel-dekker.example", "Rob Dekker",
     "Automatisch antwoord: ", "iso-8859-1",
     "Beste relatie,\n\nRob Dekker is sinds 1 november niet meer werkzaam bij Groothandel Dekker.\n"
     "Uw e-mail wordt niet doorgestuurd. Voor licentiezaken kunt u terecht bij ict@groothandel-dekker.example.\n\nMet vriendelijke groet,\nGroothandel Dekker"),
    ("b58-ooo-pl-urlop-exo.eml", "k.nowak@tartak-podhale.example", "Katarzyna Nowak",
     "Odpowiedź automatyczna: ", "iso-8859-2",
     "Dzień dobry,\n\ndo 5 stycznia przebywam na urlopie i nie mam dostępu do poczty.\n"
     "W pilnych sprawach proszę kontaktować się z działem IT: it@tartak-podhale.example.\n\nPozdrawiam\nKatarzyna Nowak"),
]
for (name, addr, disp, prefix, cs, body), lang in zip(OOO, ["de", "fr", "cs", "it", "nl", "pl"]):
    date, odate = when(name, 1)
    s = subj(name, lang)
    dom = addr.split("@")[1]
    gen = "EX01." + dom
    put(name, plain_mail(name, frm=enc_header(disp, "utf-8") + f" <{addr}>", to=sender(name),
                         subject=enc_header(prefix + s, "utf-8"), date=date, host=gen,
                         hops=received([(gen, "198.51.100.230", "mx-in.nachtwerk-software.example", "Postfix", qid(name), date)]),
                         text=body, charset=cs, cte="quoted-printable",
                         extra=[("In-Reply-To", mid(name + "o", VENDOR)), ("X-MS-Exchange-Inbox-Rules-Loop", addr),
                                ("X-Auto-Response-Suppress", "All")]))
    exp(name, addr, "vacation", action="", vendor="exchange")

# ================================================================ near-misses
def nb(name, *, frm, to, subject, text, charset="us-ascii", cte=None, extra=(), html=None, hour=5):
    date, _ = when(name, hour)
    dom = frm.split("@")[-1].rstrip(">")
    hop = received([("out." + dom, "198.51.100.240", "mx-in.nachtwerk-software.example", "Postfix", qid(name), date)])
    heads = [hop, ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, dom))] + list(extra)
    if html is None:
        body = text_part(text, charset, cte)
    else:
        body = multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")],
                         boundary(name), "")
    put(name, mail(heads, body), nb=True)


ADMIN = "it-admin@" + VENDOR

nb("nb-sophos-central-quarantine-digest-de.eml", frm="Sophos Central <do-not-reply@central.sophos.com>", to=ADMIN,
   subject=enc_header("Quarantäne-Zusammenfassung: 4 neue Nachrichten", "utf-8"), charset="utf-8", cte="quoted-printable",
   text="Quarantäne-Zusammenfassung für it-admin@nachtwerk-software.example\n\n"
        "Folgende Nachrichten wurden seit der letzten Zusammenfassung in Quarantäne gestellt:\n\n"
        "  Absender                         Betreff                             Grund\n"
        "  invoice@billing-notice.example   Ihre Rechnung ist überfällig        Spam\n"
        "  noreply@parcel-track.example     Paket konnte nicht zugestellt werden  Malware\n"
        "  mailer-daemon@relay-x.example    Undelivered Mail Returned to Sender   Spam\n"
        "  hr@lohn-portal.example           Gehaltsabrechnung November          Richtlinie\n\n"
        "Um eine Nachricht freizugeben, melden Sie sich im Sophos Central Self Service an.\n"
        "Nachrichten werden nach 30 Tagen automatisch gelöscht.\n")

nb("nb-hornetsecurity-spam-report-daily.eml", frm="Hornetsecurity Spam-Report <spamreport@hornetsecurity.com>", to=ADMIN,
   subject="Hornetsecurity Spam-Report: 3 messages held", extra=[("Auto-Submitted", "auto-generated")],
   text="Your daily Hornetsecurity Spam-Report\n\n"
        "The following 3 messages were classified as spam and are held in quarantine:\n\n"
        "  27.11.2026 01:12  security@acc0unt-verify.example   Mailbox quota exceeded - verify now\n"
        "  27.11.2026 02:40  postmaster@mail-alert.example     Message delivery failed (3)\n"
        "  27.11.2026 03:05  sales@cheap-licences.example      Office keys 90% off\n\n"
        "To release a message, click Release next to it in the Control Panel.\n"
        "Released messages are delivered to your mailbox without further checks.\n")

nb("nb-ironport-spam-quarantine-notification.eml", frm="Cisco Secure Email Spam Quarantine <spamquarantine@esa1.nachtwerk-software.example>",
   to="buchhaltung@" + VENDOR, subject="Spam Quarantine Notification",
   text="Spam Quarantine Notification\n\n"
        "The message(s) below have been blocked by your administrator as suspected spam.\n\n"
        "There are 2 new messages in your Email Quarantine since you received your last Spam Quarantine Notification.\n\n"
        "  From: Microsoft 365 <no-reply@m365-storage.example>\n"
        "  Subject: Your mailbox is full - action required\n"
        "  Date: 27 Nov 2026\n\n"
        "  From: DHL Express <info@dhl-shipment-notice.example>\n"
        "  Subject: Delivery failure notification\n"
        "  Date: 27 Nov 2026\n\n"
        "View All Quarantined Messages: https://esa1.nachtwerk-software.example:83/Search?h=4f1c\n")

nb("nb-nospamproxy-nachricht-freigegeben.eml", frm="NoSpamProxy <nospamproxy@" + VENDOR + ">", to="vertrieb@" + VENDOR,
   subject="Nachricht freigegeben: Rechnung RE-2026-118204", charset="utf-8", cte="quoted-printable",
   extra=[("Auto-Submitted", "auto-generated")],
   text="Hallo,\n\ndie folgende Nachricht wurde von einem Administrator aus der Quarantäne freigegeben und Ihnen zugestellt:\n\n"
        "Absender: buchhaltung@kunststoffwerk-rieder.example\nBetreff: Rechnung RE-2026-118204\n"
        "Grund der Zurückhaltung: Anhang (.zip) wurde von der Inhaltsfilterung geprüft\n\n"
        "Es ist keine weitere Aktion erforderlich.\n\nIhr NoSpamProxy\n")

nb("nb-ppe-quarantine-digest-fr.eml", frm="Proofpoint Essentials <quarantine@eu1.proofpointessentials.com>", to="support.fr@" + VENDOR,
   subject=enc_header("Résumé de quarantaine : 2 messages", "utf-8"), charset="utf-8", cte="quoted-printable",
   text="Résumé de quarantaine Proofpoint Essentials\n\n"
        "Les messages suivants ont été mis en quarantaine et ne vous ont pas été remis :\n\n"
        "  alerte@banque-securite.example     Votre compte est suspendu        Hameçonnage\n"
        "  admin@webmail-quota.example        Boîte aux lettres pleine         Spam\n\n"
        "Libérer | Autoriser l'expéditeur | Bloquer l'expéditeur\n"
        "Ce résumé est envoyé automatiquement chaque jour à 06:00.\n")

nb("nb-seppmail-gina-secure-message-de.eml", frm="SEPPmail Secure Mail <secure@kanzlei-brunnhuber.example>", to="vertrieb@" + VENDOR,
   subject="Sie haben eine sichere Nachricht erhalten", charset="utf-8", cte="quoted-printable",
   text="Guten Tag,\n\nSie haben eine verschlüsselte Nachricht von mandanten@kanzlei-brunnhuber.example erhalten.\n\n"
        "Öffnen Sie den Anhang secure-message.html in Ihrem Browser und melden Sie sich mit Ihrem\n"
        "GINA-Passwort an. Beim ersten Aufruf werden Sie aufgefordert, ein Passwort festzulegen.\n\n"
        "Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.\n")

nb("nb-retarus-secure-mail-notification-fr.eml", frm="Retarus Secure Email <securemail@notification.retarus.example>",
   to="contrats@" + VENDOR, subject=enc_header("Message chiffré de la part de cabinet-ferrand-associes.example", "utf-8"),
   charset="utf-8", cte="quoted-printable",
   text="Bonjour,\n\nUn message confidentiel vous a été envoyé par Me Ferrand. Pour des raisons de sécurité, il est "
        "disponible sur notre portail de messagerie chiffrée pendant 30 jours.\n\n"
        "Consulter le message : https://securemail.retarus.example/m/8f21c0\n\n"
        "Si vous ne parvenez pas à ouvrir le lien, répondez à l'expéditeur.\n")

date_rr, _ = when("nb-exchange-read-receipt-de.eml", 6)
rr = "nb-exchange-read-receipt-de.eml"
mdn = part("message/disposition-notification",
           "Reporting-UA: EXMBX02.hoffmann-antriebstechnik.example; Microsoft Exchange Server 2016\n"
           "Final-Recipient: rfc822; f.weigl@hoffmann-antriebstechnik.example\n"
           "Original-Message-ID: " + mid(rr + "o", VENDOR) + "\n"
           "Disposition: automatic-action/MDN-sent-automatically; displayed\n", cte=None)
put(rr, mail([received([("EXMBX02.hoffmann-antriebstechnik.example", "198.51.100.30", "mx-in.nachtwerk-software.example", "Postfix", qid(rr), date_rr)]),
              ("Date", date_rr), ("From", "Florian Weigl <f.weigl@hoffmann-antriebstechnik.example>"),
              ("To", "lizenz@" + VENDOR), ("Subject", "Gelesen: Ihre Lizenzverlaengerung 2027 - Angebot AN-2026-4411"),
              ("Message-ID", mid(rr, "hoffmann-antriebstechnik.example"))],
             multipart("report", [text_part("Ihre Nachricht\n\n  An: f.weigl@hoffmann-antriebstechnik.example\n"
                                            "  Betreff: Ihre Lizenzverlaengerung 2027 - Angebot AN-2026-4411\n"
                                            "  Gesendet: Donnerstag, 26. November 2026 02:14:41 (UTC+01:00)\n\n"
                                            "wurde am " + date_rr + " gelesen.\n",
                                            "iso-8859-1", "quoted-printable"), mdn],
                       boundary(rr), " report-type=disposition-notification;")), nb=True)

rr = "nb-outlook-read-receipt-pl-przeczytane.eml"
date_rr, _ = when(rr, 7)
mdn = part("message/disposition-notification",
           "Reporting-UA: WA0P291MB0233.POLP291.PROD.OUTLOOK.COM; Microsoft Exchange Online\n"
           "Final-Recipient: rfc822; m.kaminski@drukarnia-poznan.example\n"
           "Original-Message-ID: " + mid(rr + "o", VENDOR) + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)
put(rr, mail([received([("WA0P291MB0233.POLP291.PROD.OUTLOOK.COM", "198.51.100.31", "mx-in.nachtwerk-software.example", "Postfix", qid(rr), date_rr)]),
              ("Date", date_rr), ("From", "Marek Kaminski <m.kaminski@drukarnia-poznan.example>"),
              ("To", "rechnung@" + VENDOR), ("Subject", enc_header("Przeczytane: Faktura VAT FV/2026/11/0932", "utf-8")),
              ("Message-ID", mid(rr, "drukarnia-poznan.example"))],
             multipart("report", [text_part("Twoja wiadomość\n\n  Do: m.kaminski@drukarnia-poznan.example\n"
                                            "  Temat: Faktura VAT FV/2026/11/0932\n"
                                            "  Wysłano: czwartek, 26 listopada 2026 02:31:12 (UTC+01:00)\n\n"
                                            "została przeczytana " + date_rr + ".\n",
                                            "iso-8859-2", "quoted-printable"), mdn],
                       boundary(rr), " report-type=disposition-notification;")), nb=True)

nb("nb-topdesk-ticket-postvak-vol-nl.eml", frm="TOPdesk Servicedesk <servicedesk@woningcorporatie-eemland.example>",
   to="support@" + VENDOR, subject="[Melding M2611-0452] Licentiemails komen niet aan - postvak vol?",
   extra=[("Auto-Submitted", "auto-generated"), ("X-TOPdesk-Ticket", "M2611-0452")],
   text="Beste leverancier,\n\nUw melding is geregistreerd onder nummer M2611-0452.\n\n"
        "Omschrijving (door aanmelder): Onze collega krijgt de licentiemails van Nachtwerk niet meer. "
        "Volgens haar zegt Outlook dat het postvak vol is (550 5.2.2?). Kunt u de mails opnieuw sturen "
        "naar it@woningcorporatie-eemland.example?\n\n"
        "Behandelaar: team Applicatiebeheer\nStatus: In behandeling\n\n"
        "Reageer op deze e-mail om informatie aan de melding toe te voegen.\n")

nb("nb-newsletter-it-deliverability-webinar.eml", frm="Libraesva News <news@libraesva.example>", to=ADMIN,
   subject="Webinar: perche le tue email rimbalzano? (NDR, SPF, DMARC)", extra=[("List-Unsubscribe", "<https://news.libraesva.example/u/7731>"),
                                                                            ("Precedence", "bulk")],
   charset="utf-8", cte="quoted-printable",
   text="Ciao,\n\ngiovedì 10 dicembre alle 11:00 il nostro webinar gratuito: \"550 5.1.1 user unknown, "
        "mailbox full, blocked: leggere i messaggi di mancato recapito\".\n\n"
        "Parleremo di rimbalzi permanenti e temporanei, di reputazione IP e di come configurare SPF, DKIM e DMARC.\n\n"
        "Iscriviti: https://news.libraesva.example/webinar/ndr\n\n"
        "Ricevi questa newsletter perché sei cliente Libraesva. Disiscriviti: https://news.libraesva.example/u/7731\n")

nb("nb-kaspersky-ksmg-admin-daily-report.eml", frm="Kaspersky Secure Mail Gateway <ksmg@" + VENDOR + ">", to=ADMIN,
   subject="KSMG report: 26.11.2026", extra=[("Auto-Submitted", "auto-generated")],
   text="Kaspersky Secure Mail Gateway - daily report for ksmg01.nachtwerk-software.example\n\n"
        "Messages processed:      18 422\n"
        "Clean:                   17 905\n"
        "Spam (rejected):            391\n"
        "Infected (rejected):          7\n"
        "Backed up (quarantine):      41\n"
        "Delivery errors (NDR):       78\n\n"
        "Top rejected senders: promo@deals-daily.example, info@freight-offer.example\n"
        "License valid until 31.03.2027.\n")

# ---------------------------------------------------------------- write
for name, (text, is_nb) in FILES.items():
    write(NB if is_nb else OUT, name, text)
write_expected(os.path.join(OUT, "expected.jsonl"))
