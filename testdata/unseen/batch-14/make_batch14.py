#!/usr/bin/env python3
"""Writes testdata/unseen/batch-14: one night of bounces of a European
e-commerce sender (the shop boutique-lumiere.example and its sister brand
casa-verde.example), at everyday frequencies, from the providers and hosts
of Europe, Russia and Latin America in their own languages and charsets,
ordinary near-miss messages in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch14.py [DIR]"""
import hashlib
import os
import textwrap
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, qp, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SHOP = "boutique-lumiere.example"
SENDER = "commandes@" + SHOP
RELAY = "mta-out2." + SHOP
CASA = "casa-verde.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def night(h, m, s=0):
    """The night of 14/15 November 2026, Paris time."""
    if h >= 12:
        return dt(2026, 11, 14, h, m, s, "+0100")
    return dt(2026, 11, 15, h, m, s, "+0100")


def orig(name, rcpts, subject="Votre commande n\u00b0 FR-{n} est confirm\u00e9e", frm=SENDER, host=SHOP, date=None):
    n = int(qid(name, 5), 16) % 90000 + 10000
    subj = subject.format(n=n)
    if any(ord(c) > 127 for c in subj):
        subj = enc_header(subj, "utf-8")
    return orig_headers(frm, ", ".join(rcpts), subj, date or night(21, 4), mid(name + "o", host),
                        extra="X-Mailer: Lumiere-Shop 4.2 (transactional)\nList-Unsubscribe: <mailto:unsubscribe@" + host + "?subject=unsub>")


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
It will be retried until it is {days} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def pf(name, recips, date, host=RELAY, sender=SENDER, delay=None, subject=None, returned="headers"):
    """A Postfix notice from the shop's (or a hosting panel's) relay.
    recips: dicts of final, status, remote, diag[, action][, tail]."""
    tail = ""
    for r in recips:
        said = r["diag"][5:].strip() if r["diag"].startswith("smtp;") else r["diag"]
        tail += r.get("tail") or textwrap.fill(f"<{r['final']}>: host {r['remote']} said: {said} (in reply to RCPT TO command)",
                                               width=78, subsequent_indent="    ", break_on_hyphens=False) + "\n\n"
    head = POSTFIX_DELAY.format(host=host, hours=delay[0], days=delay[1]) if delay else POSTFIX_HEAD.format(host=host)
    subj = subject or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    ds = []
    for r in recips:
        d = dict(r)
        d["diag"] = r["diag"]
        d["remote"] = r["remote"].split("[")[0]
        if delay:
            d["action"] = "delayed"
        ds.append(d)
    o = orig(name, [r["final"] for r in recips], frm=sender, host=sender.split("@")[1])
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date),
                    text=head + tail, recips=ds, arrival=night(21, 4), orig=o, returned=returned)


EXIM_HEAD = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""

EXIM_DELAY = """This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {host}.

The message identifier is:     {qid}
The date of the message is:    {date}
The subject of the message is: Your order has shipped

The address to which the message has not yet been delivered is:

"""

EXIM_DELAY_TAIL = """
No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""


def exim(name, host, sender, body, date, subject="Mail delivery failed: returning message to sender", delay=False, rcpts=(), extra=()):
    """An Exim (cPanel, DirectAdmin, Hostinger, IONOS) notice in plain text
    with the returned headers after Exim's own rule."""
    head = EXIM_DELAY.format(host=host, qid="1uQx" + qid(name, 6) + "-000" + qid(name, 3) + "-Kd", date=night(21, 4)) if delay else EXIM_HEAD
    text = head + body + (EXIM_DELAY_TAIL if delay else "") + "\n------ This is a copy of the message's headers. ------\n\n" + orig(name, rcpts, frm=sender, host=sender.split("@")[1], subject="Your order has shipped")
    if delay:
        subject = "Warning: message " + "1uQx" + qid(name, 6) + " delayed 24 hours"
    return plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subject, date=date,
                      host=host, hops="Return-Path: <>\n" + hop(name, host, "Exim 4.98", date), text=text,
                      extra=list(extra) + [("X-Failed-Recipients", ", ".join(rcpts))] if not delay else list(extra))


def provider(name, *, frm, host, subject, date, text, charset, cte, rcpts, to=SENDER, hdr_charset=None, report=None, extra=()):
    """A provider's own notice after acceptance, in its language and charset.
    report: a list of DSN recipient dicts to add a delivery-status part."""
    if hdr_charset:
        subject = enc_header(subject, hdr_charset, "q" if cte == "quoted-printable" else "b")
    hops = "Return-Path: <>\n" + hop(name, host, "Postfix" if "postfix" in frm.lower() else "ESMTP", date)
    o = orig(name, rcpts, frm=to, host=to.split("@")[1])
    if report is None:
        bnd = boundary(name)
        body = multipart("mixed", [text_part(text, charset, cte), part("text/rfc822-headers", o, cte=None)], bnd)
        heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra) + [("Auto-Submitted", "auto-replied")]
        return mail(heads, body)
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text, recips=report,
                    orig=o, charset=charset, cte=cte, arrival=night(21, 4), extra=extra)


def r(final, status, remote, diag, **kw):
    d = {"final": final, "status": status, "remote": remote, "diag": diag}
    d.update(kw)
    return d


# ====================================================================== userunknown

n = "gmx-mailbox-unavailable-550.eml"
write(OUT, n, pf(n, [r("marion.kessler@gmx.de", "5.0.0", "mx00.emig.gmx.net[212.227.15.9]",
    "smtp; 550 Requested action not taken: mailbox unavailable")], night(21, 6, 12)))
expect(n, "marion.kessler@gmx.de", "userunknown", True, "5.0.0", "550", vendor="gmx")

n = "webde-empfaenger-unbekannt-async.eml"
write(OUT, n, provider(n, frm="Mail Delivery System <mailer-daemon@web.de>", host="mout.web.de",
    subject="Unzustellbar: Ihre Bestellung wurde versandt", hdr_charset="iso-8859-1", date=night(21, 31, 40), charset="iso-8859-1", cte="quoted-printable",
    rcpts=["j.brandtner@web.de"], text="""Hallo,

dies ist eine automatisch erstellte Nachricht des Mailservers von WEB.DE.

Ihre Nachricht an

  j.brandtner@web.de

konnte nicht zugestellt werden. Ein Postfach mit dieser Adresse gibt es bei
WEB.DE nicht (mehr). Bitte pr\u00fcfen Sie die Schreibweise der Adresse.

Technische Details: 550 5.1.1 Empf\u00e4nger unbekannt

--
WEB.DE Mail Delivery System
"""))
expect(n, "j.brandtner@web.de", "userunknown", True, "5.1.1", "550", vendor="webde")

n = "tonline-recipient-unknown-postfix.eml"
write(OUT, n, pf(n, [r("heinz.ruediger@t-online.de", "5.1.1", "mx02.t-online.de[194.25.134.9]",
    "smtp; 550 5.1.1 <heinz.ruediger@t-online.de>: Recipient address rejected: User unknown (TU)")], night(21, 7, 3)))
expect(n, "heinz.ruediger@t-online.de", "userunknown", True, "5.1.1", "550", vendor="t-online")

n = "freenet-mailbox-does-not-exist.eml"
write(OUT, n, pf(n, [r("k.albers@freenet.de", "5.1.1", "mx.freenet.de[195.4.92.211]",
    "smtp; 550 5.1.1 <k.albers@freenet.de>... Mailbox does not exist / Postfach existiert nicht")], night(21, 9, 44)))
expect(n, "k.albers@freenet.de", "userunknown", True, "5.1.1", "550", vendor="freenet")

n = "ovh-plesk-virtual-mailbox-table.eml"
write(OUT, n, pf(n, [r("contact@atelier-rousseau.example", "5.1.1", "mx3.mail.ovh.net[198.51.100.23]",
    "smtp; 550 5.1.1 <contact@atelier-rousseau.example>: Recipient address rejected: User unknown in virtual mailbox table")], night(21, 12, 9)))
expect(n, "contact@atelier-rousseau.example", "userunknown", True, "5.1.1", "550", vendor="ovh")

n = "orange-adresse-invalide-ofr.eml"
write(OUT, n, pf(n, [r("mireille.caron@orange.fr", "5.1.1", "smtp-in.orange.fr[193.252.22.65]",
    "smtp; 550 5.1.1 <mireille.caron@orange.fr>: adresse d au moins un destinataire invalide. invalid recipient. OFR_416 [416]")], night(21, 14, 27)))
expect(n, "mireille.caron@orange.fr", "userunknown", True, "5.1.1", "550", vendor="orange")

n = "wanadoo-boite-inexistante-async.eml"
write(OUT, n, provider(n, frm="Service de Messagerie Orange <postmaster@wanadoo.fr>", host="mwinf5c14.me-wanadoo.net",
    subject="Message non remis : votre commande est confirm\u00e9e", hdr_charset="iso-8859-15", date=night(21, 40, 5), charset="iso-8859-15", cte="quoted-printable",
    rcpts=["gerard.lemoine@wanadoo.fr"], text="""Bonjour,

Ceci est un message automatique du service de messagerie Orange.

Votre message n'a pas pu \u00eatre remis au destinataire suivant :

    gerard.lemoine@wanadoo.fr

Raison : cette bo\u00eete aux lettres n'existe pas ou a \u00e9t\u00e9 supprim\u00e9e.
(code 550 5.1.1)

Ce message ne sera pas renvoy\u00e9. Merci de v\u00e9rifier l'adresse.

Le service Messagerie Orange
"""))
expect(n, "gerard.lemoine@wanadoo.fr", "userunknown", True, "5.1.1", "550", vendor="orange")

n = "sfr-destinataire-inconnu.eml"
write(OUT, n, pf(n, [r("n.perrin@sfr.fr", "5.1.1", "msa-mx.sfr.fr[192.0.2.71]",
    "smtp; 550 5.1.1 <n.perrin@sfr.fr>: Destinataire inconnu / Unknown recipient")], night(21, 15, 50)))
expect(n, "n.perrin@sfr.fr", "userunknown", True, "5.1.1", "550", vendor="sfr")

n = "libero-utente-inesistente-async.eml"
write(OUT, n, provider(n, frm="Libero Mail <mailer-daemon@libero.it>", host="smtp-in.libero.it",
    subject="Messaggio non recapitato", date=night(21, 55, 31), charset="iso-8859-15", cte="quoted-printable",
    rcpts=["fra.bellini@libero.it"], text="""Gentile utente,

il messaggio che hai inviato non \u00e8 stato recapitato al seguente indirizzo:

fra.bellini@libero.it

Motivo: l'utente \u00e8 inesistente. Controlla che l'indirizzo sia scritto
correttamente.

Errore: 550 5.1.1 Utente inesistente / No such user

Questo messaggio \u00e8 generato automaticamente, non rispondere.
Libero Mail
"""))
expect(n, "fra.bellini@libero.it", "userunknown", True, "5.1.1", "550", vendor="libero")

n = "virgilio-casella-non-esiste-text-only.eml"
write(OUT, n, plain_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp-in.virgilio.it>", to=SENDER,
    subject="Mancato recapito: Ordine spedito", date=night(22, 3, 17), host="smtp-in.virgilio.it",
    hops="Return-Path: <>\n" + hop(n, "smtp-in.virgilio.it", "ESMTP", night(22, 3, 17)), charset="windows-1252", cte="quoted-printable",
    text="""Il sistema di posta di Virgilio/TIM non \u00e8 riuscito a consegnare il tuo messaggio.

Destinatario: paola.ferrante71@virgilio.it
Esito: la casella di posta non esiste (550 5.1.1 mailbox unavailable)

Il messaggio originale \u00e8 stato eliminato.
"""))
expect(n, "paola.ferrante71@virgilio.it", "userunknown", True, "5.1.1", "550", vendor="virgilio")

n = "movistar-usuario-desconocido.eml"
write(OUT, n, pf(n, [r("ana.sanchezr@movistar.es", "5.1.1", "mx.movistar.es[192.0.2.140]",
    "smtp; 550 5.1.1 <ana.sanchezr@movistar.es>: Usuario desconocido / user unknown")], night(22, 5, 2)))
expect(n, "ana.sanchezr@movistar.es", "userunknown", True, "5.1.1", "550", vendor="movistar")

n = "terra-conta-inexistente.eml"
write(OUT, n, provider(n, frm="Terra Mail <MAILER-DAEMON@terra.com.br>", host="mx-a.terra.com.br",
    subject="Mensagem n\u00e3o entregue", hdr_charset="iso-8859-1", date=night(22, 20, 0), charset="iso-8859-1", cte="quoted-printable",
    rcpts=["rodrigo.vaz@terra.com.br"], text="""Esta \u00e9 uma mensagem autom\u00e1tica do servidor de e-mail do Terra.

N\u00e3o foi poss\u00edvel entregar sua mensagem para:

  rodrigo.vaz@terra.com.br

A conta de e-mail do destinat\u00e1rio n\u00e3o existe.

Resposta do servidor: 550 5.1.1 conta inexistente
""", report=[r("rodrigo.vaz@terra.com.br", "5.1.1", "", "smtp; 550 5.1.1 conta inexistente")]))
expect(n, "rodrigo.vaz@terra.com.br", "userunknown", True, "5.1.1", "550", vendor="terra")

n = "yandex-no-such-user-two-recipients.eml"
write(OUT, n, pf(n, [r("ivan.sorokin84@yandex.ru", "5.7.1", "mx.yandex.ru[77.88.21.249]",
    "smtp; 550 5.7.1 No such user!"),
    r("olga.m@ya.ru", "5.7.1", "mx.yandex.ru[77.88.21.249]", "smtp; 550 5.7.1 No such user!")], night(22, 8, 33)))
expect(n, "ivan.sorokin84@yandex.ru", "userunknown", True, "5.7.1", "550", vendor="yandex")
expect(n, "olga.m@ya.ru", "userunknown", True, "5.7.1", "550", vendor="yandex")

n = "mailru-user-not-found-koi8.eml"
write(OUT, n, provider(n, frm="Mail Delivery System <mailer-daemon@corp.mail.ru>", host="mx.mail.ru",
    subject="\u041d\u0435\u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043d\u043e\u0435 \u043f\u0438\u0441\u044c\u043c\u043e", hdr_charset="koi8-r", date=night(22, 41, 9), charset="koi8-r", cte="base64",
    rcpts=["dmitry.volkov@mail.ru"], text="""\u042d\u0442\u043e \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435 \u0441\u043e\u0437\u0434\u0430\u043d\u043e \u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438.

\u0412\u0430\u0448\u0435 \u043f\u0438\u0441\u044c\u043c\u043e \u043d\u0435 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e \u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044e:

    dmitry.volkov@mail.ru

\u041f\u0440\u0438\u0447\u0438\u043d\u0430: \u043f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u044f\u0449\u0438\u043a \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d. \u041f\u0440\u043e\u0432\u0435\u0440\u044c\u0442\u0435 \u043f\u0440\u0430\u0432\u0438\u043b\u044c\u043d\u043e\u0441\u0442\u044c \u0430\u0434\u0440\u0435\u0441\u0430.

550 Message was not accepted -- invalid mailbox. Local mailbox dmitry.volkov@mail.ru is unavailable: user not found
"""))
expect(n, "dmitry.volkov@mail.ru", "userunknown", True, "", "550", vendor="mailru")

n = "rambler-net-takogo-polzovatelya-1251.eml"
write(OUT, n, plain_mail(n, frm="MAILER-DAEMON@mx.rambler.ru (Rambler Mail)", to=SENDER,
    subject=enc_header("\u041f\u0438\u0441\u044c\u043c\u043e \u043d\u0435 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e", "windows-1251"), date=night(22, 44, 51), host="mx.rambler.ru",
    hops="Return-Path: <>\n" + hop(n, "mx.rambler.ru", "ESMTP", night(22, 44, 51)), charset="windows-1251", cte="base64",
    text="""\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435!

\u041f\u0438\u0441\u044c\u043c\u043e \u0434\u043b\u044f \u0430\u0434\u0440\u0435\u0441\u0430\u0442\u0430 a.kuznetsova@rambler.ru \u043d\u0435 \u043c\u043e\u0436\u0435\u0442 \u0431\u044b\u0442\u044c \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e:
\u0442\u0430\u043a\u043e\u0433\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f \u043d\u0435\u0442 \u043d\u0430 \u0441\u0435\u0440\u0432\u0435\u0440\u0435.

\u0421\u043b\u0443\u0436\u0431\u0430 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0438 \u043f\u043e\u0447\u0442\u044b \u0420\u0430\u043c\u0431\u043b\u0435\u0440
"""))
expect(n, "a.kuznetsova@rambler.ru", "userunknown", True, "", "", vendor="rambler")

n = "wp-pl-brak-uzytkownika-iso88592.eml"
write(OUT, n, provider(n, frm="Poczta WP <MAILER-DAEMON@wp.pl>", host="mx.wp.pl",
    subject="Wiadomo\u015b\u0107 niedostarczona", hdr_charset="iso-8859-2", date=night(22, 50, 14), charset="iso-8859-2", cte="quoted-printable",
    rcpts=["tomek.zielinski@wp.pl"], text="""Twoja wiadomo\u015b\u0107 nie zosta\u0142a dostarczona do adresata:

    tomek.zielinski@wp.pl

Pow\u00f3d: skrzynka odbiorcy nie istnieje w naszym systemie.

Kod b\u0142\u0119du: 550 5.1.1 Recipient address rejected: User unknown
""", report=[r("tomek.zielinski@wp.pl", "5.1.1", "mx.wp.pl", "smtp; 550 5.1.1 Recipient address rejected: User unknown")]))
expect(n, "tomek.zielinski@wp.pl", "userunknown", True, "5.1.1", "550", vendor="wp")

n = "ziggo-onbekende-ontvanger.eml"
write(OUT, n, pf(n, [r("pieter.dejong@ziggo.nl", "5.1.1", "mx.ziggo.nl[192.0.2.33]",
    "smtp; 550 5.1.1 <pieter.dejong@ziggo.nl>: ontvanger onbekend / recipient unknown")], night(22, 58, 0)))
expect(n, "pieter.dejong@ziggo.nl", "userunknown", True, "5.1.1", "550", vendor="ziggo")

n = "cpanel-exim-no-such-person-forwarder.eml"
write(OUT, n, exim(n, "server214.webhost-panel.example", "service@" + CASA, """  info@gelateria-riva.example
    host mx.gelateria-riva.example [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<info@gelateria-riva.example>:
    550 No Such User Here
""", night(23, 2, 41), rcpts=["info@gelateria-riva.example"]))
expect(n, "info@gelateria-riva.example", "userunknown", True, "", "550", vendor="cpanel")

n = "uol-conta-nao-existe-delayed-4xx.eml"
write(OUT, n, pf(n, [r("bia.carvalho@uol.com.br", "4.1.1", "mx.uol.com.br[192.0.2.200]",
    "smtp; 450 4.1.1 <bia.carvalho@uol.com.br>: Recipient address rejected: conta de e-mail inexistente (UOL)")],
    night(23, 25, 0), delay=(4, 5)))
expect(n, "bia.carvalho@uol.com.br", "userunknown", False, "4.1.1", "450", action="delayed", vendor="uol")

# ====================================================================== mailboxfull

n = "gmx-mailbox-full-452-delayed.eml"
write(OUT, n, pf(n, [r("sabine.ortmann@gmx.net", "4.2.2", "mx01.emig.gmx.net[212.227.17.5]",
    "smtp; 452-4.2.2 The mailbox is full / Postfach voll")], night(23, 28, 10), delay=(4, 5)))
expect(n, "sabine.ortmann@gmx.net", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="gmx")

n = "free-quota-exceeded-552.eml"
write(OUT, n, pf(n, [r("lucie.fabre@free.fr", "5.2.2", "mx1.free.fr[212.27.48.6]",
    "smtp; 552 5.2.2 Quota exceeded (mailbox for user is full)")], night(23, 31, 9)))
expect(n, "lucie.fabre@free.fr", "mailboxfull", False, "5.2.2", "552", vendor="free")

n = "laposte-net-boite-pleine.eml"
write(OUT, n, pf(n, [r("b.marchand@laposte.net", "5.2.2", "smtp-in.laposte.net[192.0.2.12]",
    "smtp; 552 5.2.2 <b.marchand@laposte.net>: boite du destinataire pleine / mailbox full LPN105_403")], night(23, 34, 55)))
expect(n, "b.marchand@laposte.net", "mailboxfull", False, "5.2.2", "552", vendor="laposte")

n = "orange-espace-de-stockage-depasse-async.eml"
write(OUT, n, provider(n, frm="Service de Messagerie Orange <postmaster@orange.fr>", host="mwinf5d22.me-wanadoo.net",
    subject="Message non remis", date=night(23, 37, 20), charset="utf-8", cte="quoted-printable",
    rcpts=["helene.barbier@orange.fr"], text="""Votre message n'a pas pu \u00eatre remis \u00e0 helene.barbier@orange.fr.

L'espace de stockage de la messagerie du destinataire est d\u00e9pass\u00e9 : il
ne peut plus recevoir de nouveaux messages tant qu'il n'aura pas fait de
place.

Code : 552 5.2.2
""", report=[r("helene.barbier@orange.fr", "5.2.2", "", "smtp; 552 5.2.2 over quota")]))
expect(n, "helene.barbier@orange.fr", "mailboxfull", False, "5.2.2", "552", vendor="orange")

n = "aruba-casella-piena.eml"
write(OUT, n, provider(n, frm="Aruba PEC/Mail <MAILER-DAEMON@aruba.it>", host="smtpdh.aruba.it",
    subject="Impossibile recapitare il messaggio", date=night(23, 44, 0), charset="iso-8859-1", cte="quoted-printable",
    rcpts=["amministrazione@ferramenta-colombo.example"], text="""Questo \u00e8 un messaggio generato automaticamente dal sistema di posta di Aruba.

Il messaggio non \u00e8 stato consegnato al destinatario
amministrazione@ferramenta-colombo.example:
la casella del destinatario \u00e8 piena (spazio disponibile esaurito).

552 5.2.2 Mailbox full - quota superata
""", report=[r("amministrazione@ferramenta-colombo.example", "5.2.2", "", "smtp; 552 5.2.2 Mailbox full - quota superata")]))
expect(n, "amministrazione@ferramenta-colombo.example", "mailboxfull", False, "5.2.2", "552", vendor="aruba")

n = "seznam-schranka-plna-iso88592.eml"
write(OUT, n, provider(n, frm="Seznam Email <mailer-daemon@seznam.cz>", host="mx1.seznam.cz",
    subject="Nedoru\u010diteln\u00e1 zpr\u00e1va", hdr_charset="iso-8859-2", date=night(23, 49, 18), charset="iso-8859-2", cte="quoted-printable",
    rcpts=["jana.dvorakova@seznam.cz"], text="""Dobr\u00fd den,

va\u0161i zpr\u00e1vu se nepoda\u0159ilo doru\u010dit na adresu jana.dvorakova@seznam.cz.

D\u016fvod: schr\u00e1nka p\u0159\u00edjemce je pln\u00e1 a nem\u016f\u017ee p\u0159ij\u00edmat dal\u0161\u00ed zpr\u00e1vy.

Seznam.cz
"""))
expect(n, "jana.dvorakova@seznam.cz", "mailboxfull", False, "", "", vendor="seznam")

n = "yandex-mailbox-size-limit.eml"
write(OUT, n, pf(n, [r("p.nikolaev@yandex.ru", "5.2.2", "mx.yandex.ru[77.88.21.249]",
    "smtp; 552 5.2.2 Mailbox size limit exceeded")], night(23, 52, 30)))
expect(n, "p.nikolaev@yandex.ru", "mailboxfull", False, "5.2.2", "552", vendor="yandex")

n = "movistar-buzon-lleno-iso88591.eml"
write(OUT, n, provider(n, frm="Administrador del Sistema <postmaster@telefonica.net>", host="smtp-in.telefonica.net",
    subject="No se ha podido entregar: Pedido enviado", date=night(23, 55, 44), charset="iso-8859-1", cte="quoted-printable",
    rcpts=["jmgarcia@telefonica.net"], text="""No se ha podido entregar el mensaje a los siguientes destinatarios:

      jmgarcia@telefonica.net
            El buz\u00f3n del destinatario est\u00e1 lleno y no puede aceptar mensajes
            en este momento. Int\u00e9ntelo de nuevo m\u00e1s tarde.

<smtp-in.telefonica.net #5.2.2 smtp;552 5.2.2 buzon lleno>
"""))
expect(n, "jmgarcia@telefonica.net", "mailboxfull", False, "5.2.2", "552", vendor="telefonica")

n = "uol-caixa-postal-cheia-delayed.eml"
write(OUT, n, pf(n, [r("mfernanda@bol.com.br", "4.2.2", "mx.bol.com.br[192.0.2.201]",
    "smtp; 452 4.2.2 <mfernanda@bol.com.br>: caixa postal cheia / mailbox over quota")], night(23, 59, 59), delay=(6, 5)))
expect(n, "mfernanda@bol.com.br", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="uol")

n = "a1-postfach-voll-exim.eml"
write(OUT, n, exim(n, "mail.hosting-alpen.example", "service@" + CASA, """  gerlinde.huber@aon.at
    host mx.a1.net [192.0.2.90]
    SMTP error from remote mail server after end of data:
    552 5.2.2 Postfach des Empfaengers ist voll / mailbox full
""", dt(2026, 11, 15, 0, 4, 12, "+0100"), rcpts=["gerlinde.huber@aon.at"]))
expect(n, "gerlinde.huber@aon.at", "mailboxfull", False, "5.2.2", "552", vendor="a1")

n = "zimbra-lmtp-quota-two-recipients.eml"
write(OUT, n, pf(n, [r("compta@cave-des-vignerons.example", "5.2.2", "mail.cave-des-vignerons.example[198.51.100.41]",
    "smtp; 552 5.2.2 <compta@cave-des-vignerons.example> Mailbox quota exceeded (LMTP)"),
    r("direction@cave-des-vignerons.example", "5.1.1", "mail.cave-des-vignerons.example[198.51.100.41]",
    "smtp; 550 5.1.1 <direction@cave-des-vignerons.example>: Recipient address rejected: undeliverable address: unknown user: \"direction@cave-des-vignerons.example\"")], dt(2026, 11, 15, 0, 9, 0, "+0100")))
expect(n, "compta@cave-des-vignerons.example", "mailboxfull", False, "5.2.2", "552", vendor="zimbra")
expect(n, "direction@cave-des-vignerons.example", "userunknown", True, "5.1.1", "550", vendor="zimbra")

# ====================================================================== suspend (disabled accounts)

n = "mailru-account-disabled.eml"
write(OUT, n, pf(n, [r("sveta.lebedeva@mail.ru", "5.0.0", "mxs.mail.ru[94.100.180.31]",
    "smtp; 550 Message was not accepted -- invalid mailbox.  Local mailbox sveta.lebedeva@mail.ru is unavailable: account is disabled")], dt(2026, 11, 15, 0, 12, 5, "+0100")))
expect(n, "sveta.lebedeva@mail.ru", "suspend", False, "5.0.0", "550", vendor="mailru")

n = "mailru-bk-ru-account-blocked.eml"
write(OUT, n, pf(n, [r("maxim.orlov@bk.ru", "5.0.0", "mxs.mail.ru[94.100.180.31]",
    "smtp; 550 Message was not accepted -- invalid mailbox.  Local mailbox maxim.orlov@bk.ru is unavailable: account is blocked")], dt(2026, 11, 15, 0, 15, 22, "+0100")))
expect(n, "maxim.orlov@bk.ru", "suspend", False, "5.0.0", "550", vendor="mailru")

n = "interia-konto-zablokowane-1250.eml"
write(OUT, n, provider(n, frm="Poczta Interia <postmaster@interia.pl>", host="mx.poczta.interia.pl",
    subject="Zwrot: Twoje zam\u00f3wienie", hdr_charset="windows-1250", date=dt(2026, 11, 15, 0, 20, 0, "+0100"), charset="windows-1250", cte="base64",
    rcpts=["kasia.nowak88@interia.pl"], text="""Wiadomo\u015b\u0107 do kasia.nowak88@interia.pl nie mog\u0142a zosta\u0107 dostarczona.

Konto odbiorcy jest nieaktywne (zablokowane z powodu d\u0142ugiego braku
logowania). Wiadomo\u015b\u0107 zosta\u0142a odrzucona.

550 5.2.1 account inactive
""", report=[r("kasia.nowak88@interia.pl", "5.2.1", "", "smtp; 550 5.2.1 account inactive")]))
expect(n, "kasia.nowak88@interia.pl", "suspend", False, "5.2.1", "550", vendor="interia")

n = "yandex-mailbox-disabled-delayed.eml"
write(OUT, n, pf(n, [r("egor.baranov@yandex.ru", "4.2.1", "mx.yandex.ru[77.88.21.249]",
    "smtp; 451 4.2.1 Mailbox is temporarily disabled by its owner")], dt(2026, 11, 15, 0, 24, 0, "+0100"), delay=(4, 5)))
expect(n, "egor.baranov@yandex.ru", "suspend", False, "4.2.1", "451", action="delayed", vendor="yandex")

n = "virgilio-casella-disattivata.eml"
write(OUT, n, pf(n, [r("s.greco@alice.it", "5.2.1", "smtp-in.alice.it[192.0.2.150]",
    "smtp; 550 5.2.1 <s.greco@alice.it> casella disattivata / mailbox disabled")], dt(2026, 11, 15, 0, 28, 31, "+0100")))
expect(n, "s.greco@alice.it", "suspend", False, "5.2.1", "550", vendor="virgilio")

n = "onet-konto-wylaczone-text-only.eml"
write(OUT, n, plain_mail(n, frm="Mail Delivery System <MAILER-DAEMON@mx.onet.pl>", to=SENDER,
    subject="Undelivered Mail Returned to Sender", date=dt(2026, 11, 15, 0, 31, 0, "+0100"), host="mx.onet.pl",
    hops="Return-Path: <>\n" + hop(n, "mx.onet.pl", "Postfix", dt(2026, 11, 15, 0, 31, 0, "+0100")), charset="iso-8859-2", cte="quoted-printable",
    text="""Nie uda\u0142o si\u0119 dostarczy\u0107 wiadomo\u015bci.

<m.wisniewski@onet.pl>: konto u\u017cytkownika zosta\u0142o wy\u0142\u0105czone przez
administratora (account disabled)
"""))
expect(n, "m.wisniewski@onet.pl", "suspend", False, "", "", vendor="onet")

n = "terra-conta-desativada.eml"
write(OUT, n, pf(n, [r("lu.ramos@terra.com.br", "5.2.1", "mx-a.terra.com.br[192.0.2.160]",
    "smtp; 550 5.2.1 <lu.ramos@terra.com.br>: conta desativada por inatividade")], dt(2026, 11, 15, 0, 35, 40, "+0100")))
expect(n, "lu.ramos@terra.com.br", "suspend", False, "5.2.1", "550", vendor="terra")

# ====================================================================== hostunknown

n = "postfix-domain-not-found-typo.eml"
write(OUT, n, pf(n, [r("claire.dupuis@orange.fe", "5.4.4", "orange.fe",
    "X-Postfix; Host or domain name not found. Name service error for name=orange.fe type=AAAA: Host not found",
    tail="<claire.dupuis@orange.fe>: Host or domain name not found. Name service error\n    for name=orange.fe type=AAAA: Host not found\n\n")], dt(2026, 11, 15, 0, 40, 0, "+0100")))
expect(n, "claire.dupuis@orange.fe", "hostunknown", True, "5.4.4", "", vendor="")

n = "postfix-gmx-and-webde-typos.eml"
write(OUT, n, pf(n, [r("uwe.kramer@gmx.ed", "5.4.4", "gmx.ed",
    "X-Postfix; Host or domain name not found. Name service error for name=gmx.ed type=MX: Host not found",
    tail="<uwe.kramer@gmx.ed>: Host or domain name not found. Name service error for\n    name=gmx.ed type=MX: Host not found\n\n"),
    r("anja.peters@wbe.de", "5.4.4", "wbe.de",
    "X-Postfix; Host or domain name not found. Name service error for name=wbe.de type=MX: Host not found",
    tail="<anja.peters@wbe.de>: Host or domain name not found. Name service error for\n    name=wbe.de type=MX: Host not found\n\n")], dt(2026, 11, 15, 0, 42, 30, "+0100")))
expect(n, "uwe.kramer@gmx.ed", "hostunknown", True, "5.4.4", "", vendor="")
expect(n, "anja.peters@wbe.de", "hostunknown", True, "5.4.4", "", vendor="")

n = "hostinger-exim-unrouteable-domain.eml"
write(OUT, n, exim(n, "srv412.hstgr.io", "service@" + CASA, """  pedidos@floristeria-alba-sevilla.example
    Unrouteable address
""", dt(2026, 11, 15, 0, 47, 2, "+0100"), rcpts=["pedidos@floristeria-alba-sevilla.example"]))
expect(n, "pedidos@floristeria-alba-sevilla.example", "hostunknown", True, "", "", vendor="hostinger")

n = "ionos-dominio-inexistente-de.eml"
write(OUT, n, plain_mail(n, frm="Mail Delivery System <mailer-daemon@mout.kundenserver.de>", to="kundenservice@" + CASA,
    subject="Unzustellbar: Ihre Rechnung", date=dt(2026, 11, 15, 0, 51, 9, "+0100"), host="mout.kundenserver.de",
    hops="Return-Path: <>\n" + hop(n, "mout.kundenserver.de", "ESMTP", dt(2026, 11, 15, 0, 51, 9, "+0100")), charset="iso-8859-15", cte="quoted-printable",
    text="""Dies ist eine automatisch erstellte Nachricht des Mailsystems von IONOS.

Ihre Nachricht konnte an folgende Adresse nicht zugestellt werden:

    bestellung@moebelhaus-lindner.example

Die Domain moebelhaus-lindner.example existiert nicht; f\u00fcr sie ist weder ein
MX- noch ein A-Eintrag im DNS vorhanden. Bitte pr\u00fcfen Sie die Schreibweise.

--- Details ---
550 5.1.2 Domain existiert nicht / domain does not exist
"""))
expect(n, "bestellung@moebelhaus-lindner.example", "hostunknown", True, "5.1.2", "550", vendor="ionos")

n = "directadmin-mx-non-existent-hosts.eml"
write(OUT, n, exim(n, "da1.hostfactory.example", "service@" + CASA, """  r.favre@bluewim.ch
    all relevant MX records point to non-existent hosts
""", dt(2026, 11, 15, 0, 53, 0, "+0100"), rcpts=["r.favre@bluewim.ch"]))
expect(n, "r.favre@bluewim.ch", "hostunknown", True, "", "", vendor="directadmin")

# ====================================================================== blocked

n = "tonline-ip-blocked-bl.eml"
write(OUT, n, pf(n, [r("f.schmitz@t-online.de", "5.0.0", "mx00.t-online.de[194.25.134.8]",
    "smtp; 554 IP=203.0.113.25 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
    tail="<f.schmitz@t-online.de>: host mx00.t-online.de[194.25.134.8] refused to talk to\n    me: 554 IP=203.0.113.25 - A problem occurred. (Ask your postmaster for help\n    or to contact tosa@rx.t-online.de to clarify.) (BL)\n\n")], dt(2026, 11, 15, 1, 2, 0, "+0100")))
expect(n, "f.schmitz@t-online.de", "blocked", False, "5.0.0", "554", vendor="t-online")

n = "gmx-nemesis-ip-blocklist.eml"
write(OUT, n, pf(n, [r("dieter.lang@gmx.de", "5.0.0", "mx01.emig.gmx.net[212.227.17.5]",
    "smtp; 554-gmx.net (mxgmx116) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed.",
    tail="<dieter.lang@gmx.de>: host mx01.emig.gmx.net[212.227.17.5] refused to talk\n    to me: 554-gmx.net (mxgmx116) Nemesis ESMTP Service not available 554-No\n    SMTP service 554-IP address is block listed. 554 For explanation visit\n    https://postmaster.gmx.net/en/case?c=ip&i=ip&v=203.0.113.25\n\n")], dt(2026, 11, 15, 1, 4, 0, "+0100")))
expect(n, "dieter.lang@gmx.de", "blocked", False, "5.0.0", "554", vendor="gmx")

n = "libero-ip-in-blacklist.eml"
write(OUT, n, pf(n, [r("g.russo@libero.it", "5.7.1", "smtp-in.libero.it[213.209.1.129]",
    "smtp; 550 5.7.1 203.0.113.25 indirizzo IP in blacklist / IP address listed on a blacklist")], dt(2026, 11, 15, 1, 7, 33, "+0100")))
expect(n, "g.russo@libero.it", "blocked", False, "5.7.1", "550", vendor="libero")

n = "bluewin-rejected-by-rbl-three-recipients.eml"
bw = "smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using dnsbl.swisscom.example"
write(OUT, n, pf(n, [r("marc.zbinden@bluewin.ch", "5.7.1", "mxbw.bluewin.ch[195.186.227.50]", bw),
    r("anne.rochat@bluewin.ch", "5.7.1", "mxbw.bluewin.ch[195.186.227.50]", bw),
    r("p.keller@bluemail.ch", "5.7.1", "mxbw.bluewin.ch[195.186.227.50]", bw)], dt(2026, 11, 15, 1, 10, 0, "+0100")))
for a in ("marc.zbinden@bluewin.ch", "anne.rochat@bluewin.ch", "p.keller@bluemail.ch"):
    expect(n, a, "blocked", False, "5.7.1", "554", vendor="swisscom")

n = "kpn-ip-temporarily-blocked-delayed.eml"
write(OUT, n, pf(n, [r("h.vandenberg@kpnmail.nl", "4.7.1", "mx.kpnmail.nl[192.0.2.44]",
    "smtp; 421 4.7.1 Your IP 203.0.113.25 is temporarily blocked due to local policy; try again later")], dt(2026, 11, 15, 1, 14, 0, "+0100"), delay=(4, 5)))
expect(n, "h.vandenberg@kpnmail.nl", "blocked", False, "4.7.1", "421", action="delayed", vendor="kpn")

n = "sfr-ip-refusee-reputation.eml"
write(OUT, n, pf(n, [r("c.giraud@neuf.fr", "5.7.1", "mx.sfr.fr[192.0.2.72]",
    "smtp; 550 5.7.1 Connexion refusee: adresse IP 203.0.113.25 listee sur liste noire (SFR-RBL)")], dt(2026, 11, 15, 1, 17, 8, "+0100")))
expect(n, "c.giraud@neuf.fr", "blocked", False, "5.7.1", "550", vendor="sfr")

# ====================================================================== ratelimited

n = "orange-too-many-messages-delayed.eml"
write(OUT, n, pf(n, [r("alain.roux@orange.fr", "4.0.0", "smtp-in.orange.fr[193.252.22.65]",
    "smtp; 421 mwinf5c10 ME Trop de messages envoyes depuis votre adresse IP, reessayez plus tard. OFR004_107 [107]")], dt(2026, 11, 15, 1, 20, 0, "+0100"), delay=(4, 5)))
expect(n, "alain.roux@orange.fr", "ratelimited", False, "4.0.0", "421", action="delayed", vendor="orange")

n = "mailru-ratelimit-too-many-delayed.eml"
write(OUT, n, pf(n, [r("nikita.popov@list.ru", "4.7.1", "mxs.mail.ru[94.100.180.31]",
    "smtp; 451 4.7.1 Too many messages from your IP, please try later (ratelimit)")], dt(2026, 11, 15, 1, 25, 0, "+0100"), delay=(4, 5)))
expect(n, "nikita.popov@list.ru", "ratelimited", False, "4.7.1", "451", action="delayed", vendor="mailru")

n = "laposte-net-trop-de-connexions.eml"
write(OUT, n, pf(n, [r("elodie.garnier@laposte.net", "4.7.0", "smtp-in.laposte.net[192.0.2.12]",
    "smtp; 421 4.7.0 Trop de connexions simultanees depuis votre IP / too many connections LPN007_102")], dt(2026, 11, 15, 1, 28, 0, "+0100")))
expect(n, "elodie.garnier@laposte.net", "ratelimited", False, "4.7.0", "421", vendor="laposte")

n = "seznam-too-many-recipients.eml"
write(OUT, n, pf(n, [r("petr.novak@email.cz", "4.5.3", "mx1.seznam.cz[77.75.78.2]",
    "smtp; 452 4.5.3 Too many recipients in one session, try again later")], dt(2026, 11, 15, 1, 31, 0, "+0100")))
expect(n, "petr.novak@email.cz", "ratelimited", False, "4.5.3", "452", vendor="seznam")

# ====================================================================== the rarer tail

n = "yandex-spam-suspicion.eml"
write(OUT, n, pf(n, [r("vera.golubeva@yandex.ru", "5.7.1", "mx.yandex.ru[77.88.21.249]",
    "smtp; 554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1731627000-abcDEF12",
    tail="<vera.golubeva@yandex.ru>: host mx.yandex.ru[77.88.21.249] said: 554 5.7.1\n    [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc\n    1731627000-abcDEF12 (in reply to end of DATA command)\n\n")], dt(2026, 11, 15, 1, 34, 0, "+0100")))
expect(n, "vera.golubeva@yandex.ru", "spamdetected", False, "5.7.1", "554", vendor="yandex")

n = "webde-inhalt-als-spam-eingestuft.eml"
write(OUT, n, pf(n, [r("t.weber@web.de", "5.0.0", "mx-ha.web.de[212.227.15.17]",
    "smtp; 554-Transaction failed 554-Reject due to policy restrictions. 554 Inhalt als Spam eingestuft / content classified as spam",
    tail="<t.weber@web.de>: host mx-ha.web.de[212.227.15.17] said: 554-Transaction\n    failed 554-Reject due to policy restrictions. 554 Inhalt als Spam\n    eingestuft / content classified as spam (in reply to end of DATA command)\n\n")], dt(2026, 11, 15, 1, 36, 0, "+0100")))
expect(n, "t.weber@web.de", "spamdetected", False, "5.0.0", "554", vendor="webde")

n = "ziggo-dmarc-reject.eml"
write(OUT, n, pf(n, [r("s.bakker@ziggo.nl", "5.7.1", "mx.ziggo.nl[192.0.2.33]",
    "smtp; 550 5.7.1 Email rejected per DMARC policy for boutique-lumiere.example",
    tail="<s.bakker@ziggo.nl>: host mx.ziggo.nl[192.0.2.33] said: 550 5.7.1 Email\n    rejected per DMARC policy for boutique-lumiere.example (in reply to end of\n    DATA command)\n\n")], dt(2026, 11, 15, 1, 40, 0, "+0100")))
expect(n, "s.bakker@ziggo.nl", "authfailure", False, "5.7.1", "550", vendor="ziggo")

n = "strato-message-too-big.eml"
write(OUT, n, pf(n, [r("rechnung@kanzlei-engel.example", "5.3.4", "smtpin.rzone.de[81.169.145.97]",
    "smtp; 552 5.3.4 Message size exceeds fixed limit (Nachricht zu gross)",
    tail="<rechnung@kanzlei-engel.example>: host smtpin.rzone.de[81.169.145.97] said:\n    552 5.3.4 Message size exceeds fixed limit (Nachricht zu gross) (in reply to\n    end of DATA command)\n\n")], dt(2026, 11, 15, 1, 44, 0, "+0100"), host="mta-out1." + CASA, sender="fatture@" + CASA))
expect(n, "rechnung@kanzlei-engel.example", "emailtoolarge", False, "5.3.4", "552", vendor="strato")

n = "register-it-messaggio-troppo-grande.eml"
write(OUT, n, provider(n, frm="Mail Delivery System <MAILER-DAEMON@mail.register.it>", host="mx.register.it",
    subject="Messaggio non consegnato", date=dt(2026, 11, 15, 1, 47, 0, "+0100"), charset="iso-8859-1", cte="quoted-printable", to="fatture@" + CASA,
    rcpts=["ufficio@studio-marchetti.example"], text="""Il messaggio per ufficio@studio-marchetti.example non \u00e8 stato consegnato:
la dimensione del messaggio supera il limite consentito dal server del
destinatario (massimo 25 MB).

552 5.3.4 message too big
""", report=[r("ufficio@studio-marchetti.example", "5.3.4", "", "smtp; 552 5.3.4 message too big")]))
expect(n, "ufficio@studio-marchetti.example", "emailtoolarge", False, "5.3.4", "552", vendor="register")

n = "a1-cannot-find-reverse-hostname.eml"
write(OUT, n, pf(n, [r("josef.gruber@aon.at", "5.7.25", "mx.a1.net[192.0.2.91]",
    "smtp; 550 5.7.25 <josef.gruber@aon.at>: Client host rejected: cannot find your reverse hostname, [203.0.113.26]")], dt(2026, 11, 15, 1, 51, 0, "+0100"), host="mta-out1." + SHOP))
expect(n, "josef.gruber@aon.at", "requireptr", False, "5.7.25", "550", vendor="a1")

n = "postfix-gave-up-five-days-telenet.eml"
write(OUT, n, pf(n, [r("jan.peeters@telenet.be", "4.4.1", "mx.telenet.be",
    "X-Postfix; connect to mx.telenet.be[192.0.2.55]:25: Connection timed out",
    tail="<jan.peeters@telenet.be>: delivery temporarily suspended: connect to\n    mx.telenet.be[192.0.2.55]:25: Connection timed out\n\nMessage could not be delivered for 5 days; giving up.\n\n")], dt(2026, 11, 15, 1, 55, 0, "+0100"),
    subject="Undelivered Mail Returned to Sender"))
expect(n, "jan.peeters@telenet.be", "expired", False, "4.4.1", "", vendor="")

n = "exim-retry-timeout-skynet.eml"
write(OUT, n, exim(n, "server88.webhost-panel.example", "service@" + CASA, """  w.claes@skynet.be
    retry timeout exceeded
""", dt(2026, 11, 15, 1, 58, 0, "+0100"), rcpts=["w.claes@skynet.be"]))
expect(n, "w.claes@skynet.be", "expired", False, "", "", vendor="cpanel")

n = "directadmin-local-delivery-failed.eml"
write(OUT, n, exim(n, "da1.hostfactory.example", "service@" + CASA, """  boutique@maison-ferrand.example
    local delivery failed
""", dt(2026, 11, 15, 2, 2, 0, "+0100"), rcpts=["boutique@maison-ferrand.example"]))
expect(n, "boutique@maison-ferrand.example", "systemerror", False, "", "", vendor="directadmin")

n = "plesk-insufficient-system-storage-delayed.eml"
write(OUT, n, pf(n, [r("info@agriturismo-colle.example", "4.3.1", "mail.agriturismo-colle.example[198.51.100.90]",
    "smtp; 452 4.3.1 Insufficient system storage")], dt(2026, 11, 15, 2, 5, 0, "+0100"), delay=(4, 5)))
expect(n, "info@agriturismo-colle.example", "systemfull", False, "4.3.1", "452", action="delayed", vendor="plesk")

n = "kpn-user-moved-551.eml"
write(OUT, n, pf(n, [r("w.smit@planet.nl", "5.1.6", "mx.kpnmail.nl[192.0.2.44]",
    "smtp; 551 5.1.6 User has moved; mailbox closed, new address not disclosed")], dt(2026, 11, 15, 2, 9, 0, "+0100")))
expect(n, "w.smit@planet.nl", "hasmoved", True, "5.1.6", "551", vendor="kpn")

n = "postfix-null-mx-domain.eml"
write(OUT, n, pf(n, [r("factures@ancienne-enseigne.example", "5.1.10", "ancienne-enseigne.example",
    "X-Postfix; Domain ancienne-enseigne.example does not accept mail (nullMX)",
    tail="<factures@ancienne-enseigne.example>: Domain ancienne-enseigne.example does\n    not accept mail (nullMX)\n\n")], dt(2026, 11, 15, 2, 12, 0, "+0100")))
expect(n, "factures@ancienne-enseigne.example", "notaccept", True, "5.1.10", "", vendor="")

n = "postfix-mail-loops-back.eml"
write(OUT, n, pf(n, [r("contact@domaine-mirabel.example", "5.4.6", "mail.domaine-mirabel.example",
    "X-Postfix; mail for domaine-mirabel.example loops back to myself",
    tail="<contact@domaine-mirabel.example>: mail for domaine-mirabel.example loops\n    back to myself\n\n")], dt(2026, 11, 15, 2, 16, 0, "+0100")))
expect(n, "contact@domaine-mirabel.example", "networkerror", False, "5.4.6", "", vendor="")

n = "aruba-attachment-policy.eml"
write(OUT, n, pf(n, [r("ordini@enoteca-lombardi.example", "5.7.1", "mx.aruba.it[62.149.128.160]",
    "smtp; 550 5.7.1 Messaggio rifiutato: allegato di tipo non consentito (.zip) dalla policy del dominio",
    tail="<ordini@enoteca-lombardi.example>: host mx.aruba.it[62.149.128.160] said:\n    550 5.7.1 Messaggio rifiutato: allegato di tipo non consentito (.zip) dalla\n    policy del dominio (in reply to end of DATA command)\n\n")], dt(2026, 11, 15, 2, 20, 0, "+0100"), host="mta-out1." + CASA, sender="fatture@" + CASA))
expect(n, "ordini@enoteca-lombardi.example", "policyviolation", False, "5.7.1", "550", vendor="aruba")

n = "seznam-filtr-prijemce-odmitl.eml"
write(OUT, n, provider(n, frm="Seznam Email <mailer-daemon@seznam.cz>", host="mx2.seznam.cz",
    subject="Nedoru\u010diteln\u00e1 zpr\u00e1va", hdr_charset="iso-8859-2", date=dt(2026, 11, 15, 2, 24, 0, "+0100"), charset="iso-8859-2", cte="base64",
    rcpts=["lukas.horak@seznam.cz"], text="""Zpr\u00e1vu pro lukas.horak@seznam.cz nebylo mo\u017en\u00e9 doru\u010dit.

P\u0159\u00edjemce si nastavil filtr, kter\u00fd zpr\u00e1vy od va\u0161\u00ed adresy odm\u00edt\u00e1.

550 5.7.1 Rejected by recipient's filter
""", report=[r("lukas.horak@seznam.cz", "5.7.1", "", "smtp; 550 5.7.1 Rejected by recipient's filter")]))
expect(n, "lukas.horak@seznam.cz", "filtered", False, "5.7.1", "550", vendor="seznam")

n = "rambler-sender-domain-rejected.eml"
write(OUT, n, pf(n, [r("igor.tarasov@rambler.ru", "5.1.8", "mx.rambler.ru[81.19.78.64]",
    "smtp; 553 5.1.8 <news@lumiere-promo.example>: Sender address rejected: Domain not found",
    tail="<igor.tarasov@rambler.ru>: host mx.rambler.ru[81.19.78.64] said: 553 5.1.8\n    <news@lumiere-promo.example>: Sender address rejected: Domain not found (in\n    reply to RCPT TO command)\n\n")], dt(2026, 11, 15, 2, 28, 0, "+0100"), sender="news@lumiere-promo.example"))
expect(n, "igor.tarasov@rambler.ru", "rejected", False, "5.1.8", "553", vendor="rambler")

n = "onet-poor-reputation-domain.eml"
write(OUT, n, pf(n, [r("agnieszka.lis@op.pl", "5.7.1", "mx.poczta.onet.pl[213.180.147.146]",
    "smtp; 550 5.7.1 Sender domain has poor reputation, message refused",
    tail="<agnieszka.lis@op.pl>: host mx.poczta.onet.pl[213.180.147.146] said: 550\n    5.7.1 Sender domain has poor reputation, message refused (in reply to end of\n    DATA command)\n\n")], dt(2026, 11, 15, 2, 31, 0, "+0100")))
expect(n, "agnieszka.lis@op.pl", "badreputation", False, "5.7.1", "550", vendor="onet")

n = "free-erreur-temporaire-serveur-delayed.eml"
write(OUT, n, pf(n, [r("thomas.millet@free.fr", "4.3.0", "mx2.free.fr[212.27.42.56]",
    "smtp; 451 4.3.0 Erreur temporaire du serveur, reessayez plus tard / temporary local problem in processing")], dt(2026, 11, 15, 2, 35, 0, "+0100"), delay=(4, 5)))
expect(n, "thomas.millet@free.fr", "systemerror", False, "4.3.0", "451", action="delayed", vendor="free")

n = "mailru-virus-found.eml"
write(OUT, n, pf(n, [r("ksenia.belova@inbox.ru", "5.7.0", "mxs.mail.ru[94.100.180.31]",
    "smtp; 550 5.7.0 Message rejected: virus found in attachment (Trojan.PDF.Agent)",
    tail="<ksenia.belova@inbox.ru>: host mxs.mail.ru[94.100.180.31] said: 550 5.7.0\n    Message rejected: virus found in attachment (Trojan.PDF.Agent) (in reply to\n    end of DATA command)\n\n")], dt(2026, 11, 15, 2, 39, 0, "+0100")))
expect(n, "ksenia.belova@inbox.ru", "virusdetected", False, "5.7.0", "550", vendor="mailru")

n = "uol-mixed-unknown-and-full.eml"
write(OUT, n, provider(n, frm="UOL Mail <MAILER-DAEMON@uol.com.br>", host="a1-mxin.uol.com.br",
    subject="Mensagem n\u00e3o entregue: Pedido confirmado", hdr_charset="iso-8859-1", date=dt(2026, 11, 15, 2, 42, 0, "+0100"), charset="iso-8859-1", cte="quoted-printable",
    rcpts=["carla.menezes@uol.com.br", "joaopedro.lima@uol.com.br"], text="""A mensagem n\u00e3o p\u00f4de ser entregue a um ou mais destinat\u00e1rios.

carla.menezes@uol.com.br
    Caixa postal do destinat\u00e1rio est\u00e1 cheia (cota excedida).

joaopedro.lima@uol.com.br
    Endere\u00e7o n\u00e3o existe no UOL.

Este \u00e9 um aviso autom\u00e1tico, n\u00e3o responda.
""", report=[r("carla.menezes@uol.com.br", "5.2.2", "", "smtp; 552 5.2.2 mailbox quota exceeded"),
             r("joaopedro.lima@uol.com.br", "5.1.1", "", "smtp; 550 5.1.1 user unknown")]))
expect(n, "carla.menezes@uol.com.br", "mailboxfull", False, "5.2.2", "552", vendor="uol")
expect(n, "joaopedro.lima@uol.com.br", "userunknown", True, "5.1.1", "550", vendor="uol")

n = "tonline-postfach-ueberschritten-async.eml"
write(OUT, n, plain_mail(n, frm="Mail Delivery System <MAILER-DAEMON@mailout.t-online.de>", to=SENDER,
    subject="Unzustellbar", date=dt(2026, 11, 15, 2, 46, 0, "+0100"), host="mailout.t-online.de",
    hops="Return-Path: <>\n" + hop(n, "mailout.t-online.de", "ESMTP", dt(2026, 11, 15, 2, 46, 0, "+0100")), charset="iso-8859-15", cte="quoted-printable",
    text="""Ihre Nachricht an monika.vogel@t-online.de konnte nicht zugestellt werden.

Grund: Der Speicherplatz des Postfachs ist \u00fcberschritten. Der Empf\u00e4nger
muss erst Nachrichten l\u00f6schen, bevor neue Post angenommen wird.
"""))
expect(n, "monika.vogel@t-online.de", "mailboxfull", False, "", "", vendor="t-online")

n = "strato-no-mailbox-by-that-name.eml"
write(OUT, n, pf(n, [r("info@weinkontor-mayer.example", "5.1.1", "smtpin.rzone.de[81.169.145.97]",
    "smtp; 550 5.1.1 <info@weinkontor-mayer.example>: Recipient address rejected: no mailbox here by that name")], dt(2026, 11, 15, 2, 50, 0, "+0100")))
expect(n, "info@weinkontor-mayer.example", "userunknown", True, "5.1.1", "550", vendor="strato")

n = "wp-pl-skrzynka-pelna.eml"
write(OUT, n, pf(n, [r("e.kaminska@o2.pl", "4.2.2", "mx.o2.pl[193.17.41.98]",
    "smtp; 452 4.2.2 <e.kaminska@o2.pl>: skrzynka pelna / mailbox full")], dt(2026, 11, 15, 2, 53, 0, "+0100"), delay=(4, 5)))
expect(n, "e.kaminska@o2.pl", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="wp")

n = "telenet-ongeldige-ontvanger-exim.eml"
write(OUT, n, exim(n, "mail.hosting-benelux.example", "service@" + CASA, """  els.maes@telenet.be
    host mx.telenet.be [192.0.2.55]
    SMTP error from remote mail server after RCPT TO:<els.maes@telenet.be>:
    550 5.1.1 <els.maes@telenet.be>... Ongeldige ontvanger / invalid recipient
  bart.wouters@skynet.be
    host mx.skynet.be [192.0.2.56]
    SMTP error from remote mail server after RCPT TO:<bart.wouters@skynet.be>:
    550 5.1.1 <bart.wouters@skynet.be>... User unknown
""", dt(2026, 11, 15, 2, 57, 0, "+0100"), rcpts=["els.maes@telenet.be", "bart.wouters@skynet.be"]))
expect(n, "els.maes@telenet.be", "userunknown", True, "5.1.1", "550", vendor="telenet")
expect(n, "bart.wouters@skynet.be", "userunknown", True, "5.1.1", "550", vendor="telenet")

n = "a1-connection-refused-delayed-exim.eml"
write(OUT, n, exim(n, "mail.hosting-alpen.example", "service@" + CASA, """  office@tischlerei-wallner.example
    host mail.tischlerei-wallner.example [198.51.100.120]
    Connection refused
""", dt(2026, 11, 15, 3, 1, 0, "+0100"), delay=True, rcpts=["office@tischlerei-wallner.example"]))
expect(n, "office@tischlerei-wallner.example", "networkerror", False, "", "", action="delayed", vendor="")

n = "virgilio-messaggio-malformato.eml"
write(OUT, n, pf(n, [r("d.esposito@tim.it", "5.6.0", "smtp-in.tim.it[192.0.2.151]",
    "smtp; 554 5.6.0 Messaggio malformato: intestazione non valida / invalid message header",
    tail="<d.esposito@tim.it>: host smtp-in.tim.it[192.0.2.151] said: 554 5.6.0\n    Messaggio malformato: intestazione non valida / invalid message header (in\n    reply to end of DATA command)\n\n")], dt(2026, 11, 15, 3, 5, 0, "+0100"), host="mta-out1." + SHOP))
expect(n, "d.esposito@tim.it", "contenterror", False, "5.6.0", "554", vendor="virgilio")

# ====================================================================== near-misses (no record expected)


def ordinary(name, *, frm, to, subject, date, host, text, charset="us-ascii", cte=None, extra=(), reply=True, hdr_charset=None):
    """An ordinary message arriving at the shop (a person's reply, a report,
    a notification): a Received hop from the outside and no Auto-Submitted
    unless extra says so."""
    if hdr_charset:
        subject = enc_header(subject, hdr_charset)
    hops = received([(host, "192.0.2.%d" % (int(qid(name, 2), 16) % 200 + 20), "mx1." + SHOP, "Postfix", qid(name), date, to.split("<")[-1].rstrip(">"))])
    ex = list(extra)
    if reply:
        ex = [("In-Reply-To", mid(name + "o", SHOP)), ("References", mid(name + "o", SHOP))] + ex
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops="Return-Path: <" + frm.split("<")[-1].rstrip(">") + ">\n" + hops,
                      text=text, charset=charset, cte=cte, extra=ex, auto=False)


D = lambda h, m: dt(2026, 11, 15, h, m, 0, "+0100")

n = "nb-customer-wrong-address-fr.eml"
write(NB, n, ordinary(n, frm="Martine Aubry-Leclerc <martine.al@orange.fr>", to=SENDER, hdr_charset="iso-8859-15",
    subject="Re: Votre commande n\u00b0 FR-48213 est confirm\u00e9e", date=D(7, 12), host="smtp.orange.fr", charset="iso-8859-15", cte="quoted-printable",
    text="""Bonjour,

Je crois que vous vous \u00eates tromp\u00e9s d'adresse : je n'ai rien command\u00e9
chez vous et je ne connais pas la personne au nom de laquelle la commande
est pass\u00e9e. Ce message n'\u00e9tait s\u00fbrement pas pour moi.

Merci de corriger votre fichier.
Martine
"""))

n = "nb-customer-stop-sending-de.eml"
write(NB, n, ordinary(n, frm="Klaus Obermaier <k.obermaier@t-online.de>", to=SENDER,
    subject="AW: Ihr Paket wurde versandt", date=D(7, 40), host="mailout.t-online.de", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag,

ich habe bei Ihnen nichts bestellt. Bitte schicken Sie mir keine E-Mails
mehr an diese Adresse, sonst melde ich das als Spam und bei der
Verbraucherzentrale.

Mit freundlichen Gr\u00fc\u00dfen
K. Obermaier
"""))

n = "nb-customer-new-email-address-it.eml"
write(NB, n, ordinary(n, frm="Giulia Marchetti <giuliamarchetti@libero.it>", to=SENDER,
    subject="R: Il tuo ordine \u00e8 stato spedito", hdr_charset="iso-8859-15", date=D(8, 3), host="smtp-out.libero.it", charset="iso-8859-15", cte="quoted-printable",
    text="""Buongiorno,

vi informo che ho cambiato indirizzo email: quello vecchio
(g.marchetti@alice.it) non lo controllo pi\u00f9. D'ora in poi scrivetemi a
giuliamarchetti@libero.it, anche per le fatture.

Grazie e buona giornata,
Giulia Marchetti
"""))

n = "nb-customer-moved-house-es.eml"
write(NB, n, ordinary(n, frm="Javier Ortega <jortega@telefonica.net>", to=SENDER,
    subject="RE: Pedido enviado", date=D(8, 25), host="smtp.telefonica.net", charset="iso-8859-1", cte="quoted-printable",
    text="""Hola,

me he mudado la semana pasada y el paquete va a la direcci\u00f3n antigua
(calle Mayor 14, Valladolid), donde ya no vive nadie. \u00bfPueden cambiar la
direcci\u00f3n de entrega a la nueva? Paseo de Zorrilla 88, 3\u00baB.

Si el paquete vuelve devuelto, por favor reenv\u00edenlo.

Un saludo,
Javier
"""))

n = "nb-customer-mailbox-was-full-pt.eml"
write(NB, n, ordinary(n, frm="Camila Souza <camila.souza@uol.com.br>", to=SENDER,
    subject="Re: Sua fatura", date=D(9, 1), host="smtp.uol.com.br", charset="iso-8859-1", cte="quoted-printable",
    text="""Ol\u00e1,

minha caixa postal estava cheia na semana passada e acho que por isso n\u00e3o
recebi a nota fiscal do pedido. J\u00e1 liberei espa\u00e7o, podem reenviar, por
favor?

Obrigada,
Camila
"""))

n = "nb-customer-wrong-person-ru-koi8.eml"
write(NB, n, ordinary(n, frm="=?koi8-r?B?78zFxyDnz9LCwd6j1w==?= <oleg.gorbachev@yandex.ru>", to=SENDER,
    subject="Re: \u0412\u0430\u0448 \u0437\u0430\u043a\u0430\u0437 \u043e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d", hdr_charset="koi8-r", date=D(9, 14), host="forward.yandex.ru", charset="koi8-r", cte="base64",
    text="""\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435.

\u0412\u044b \u043e\u0448\u0438\u0431\u043b\u0438\u0441\u044c \u0430\u0434\u0440\u0435\u0441\u043e\u043c: \u044f \u043d\u0438\u0447\u0435\u0433\u043e \u043d\u0435 \u0437\u0430\u043a\u0430\u0437\u044b\u0432\u0430\u043b. \u041f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u0443\u0434\u0430\u043b\u0438\u0442\u0435 \u043c\u043e\u0439
\u0430\u0434\u0440\u0435\u0441 \u0438\u0437 \u0441\u0432\u043e\u0435\u0439 \u0431\u0430\u0437\u044b.

\u041e\u043b\u0435\u0433
"""))

n = "nb-customer-verkeerd-adres-nl.eml"
write(NB, n, ordinary(n, frm="Ingrid Visser <ingrid.visser@ziggo.nl>", to=SENDER,
    subject="Re: Uw bestelling is verzonden", date=D(9, 30), host="smtp.ziggo.nl",
    text="""Goedemorgen,

Deze mail is naar het verkeerde adres gestuurd, ik ben niet de persoon
die de bestelling heeft geplaatst. Misschien een typfout in het
e-mailadres van uw klant?

Met vriendelijke groet,
Ingrid Visser
"""))

n = "nb-customer-order-not-arrived-cs.eml"
write(NB, n, ordinary(n, frm="Martin Svoboda <martin.svoboda@seznam.cz>", to=SENDER, hdr_charset="iso-8859-2",
    subject="Re: Objedn\u00e1vka odesl\u00e1na", date=D(10, 2), host="smtpd.seznam.cz", charset="iso-8859-2", cte="quoted-printable",
    text="""Dobr\u00fd den,

objedn\u00e1vka mi st\u00e1le nedorazila, z\u00e1silka podle sledov\u00e1n\u00ed nebyla
doru\u010dena a vr\u00e1tila se odes\u00edlateli. M\u016f\u017eete ji pros\u00edm poslat znovu?

D\u011bkuji, Martin Svoboda
"""))

n = "nb-gdpr-erasure-request-de.eml"
write(NB, n, ordinary(n, frm="Petra Hoffmann <petra.hoffmann@web.de>", to="datenschutz@" + SHOP, reply=False,
    subject="Antrag auf L\u00f6schung meiner Daten nach Art. 17 DSGVO", hdr_charset="utf-8", date=D(10, 15), host="mout.web.de", charset="utf-8", cte="quoted-printable",
    text="""Sehr geehrte Damen und Herren,

hiermit verlange ich gem\u00e4\u00df Art. 17 DSGVO die unverz\u00fcgliche L\u00f6schung
aller zu meiner Person gespeicherten Daten, insbesondere meiner
E-Mail-Adresse petra.hoffmann@web.de, sowie den Widerruf meiner
Einwilligung in den Newsletter. Bitte best\u00e4tigen Sie mir die L\u00f6schung
innerhalb eines Monats schriftlich.

Mit freundlichen Gr\u00fc\u00dfen
Petra Hoffmann
"""))

n = "nb-gdpr-access-request-fr.eml"
write(NB, n, ordinary(n, frm="Julien Moreau <julien.moreau@free.fr>", to="dpo@" + SHOP, reply=False,
    subject="Demande d'acc\u00e8s RGPD (article 15)", hdr_charset="utf-8", date=D(10, 31), host="smtp.free.fr", charset="utf-8", cte="quoted-printable",
    text="""Madame, Monsieur,

Conform\u00e9ment \u00e0 l'article 15 du RGPD, je souhaite obtenir une copie de
l'ensemble des donn\u00e9es personnelles me concernant que vous d\u00e9tenez,
ainsi que la liste des destinataires auxquels elles ont \u00e9t\u00e9
transmises. Mon adresse de compte client est julien.moreau@free.fr.

Je vous remercie de me r\u00e9pondre dans le d\u00e9lai l\u00e9gal d'un mois.

Julien Moreau
"""))

n = "nb-shop-new-order-notification.eml"
write(NB, n, ordinary(n, frm="Lumiere-Shop <noreply@" + SHOP + ">", to="boutique@" + SHOP, reply=False,
    subject="[Lumiere-Shop] Nouvelle commande FR-48290 (3 articles)", date=D(0, 12), host="shop-app1." + SHOP,
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Lumiere-Shop 4.2")],
    text="""Nouvelle commande re\u00e7ue.

Commande : FR-48290
Client   : Sophie Laurent <s.laurent@laposte.net>
Montant  : 129,80 EUR (carte, autoris\u00e9)
Livraison: Colissimo, 12 rue des Lilas, 69003 Lyon

Statut e-mail de confirmation : envoy\u00e9
""".replace("\u00e9", "e").replace("\u00e7", "c")))

n = "nb-psp-payment-declined-notification.eml"
write(NB, n, ordinary(n, frm="PayNova Notifications <notifications@psp-paynova.example>", to="boutique@" + SHOP, reply=False,
    subject="Payment failed: transaction declined for order FR-48277", date=D(0, 47), host="mail.psp-paynova.example",
    extra=[("Auto-Submitted", "auto-generated")],
    text="""A payment attempt failed.

Merchant:     Boutique Lumiere (MID 4471-0923)
Order:        FR-48277
Amount:       64.90 EUR
Card:         VISA ****4412
Result:       DECLINED (05 - do not honour), 3-D Secure rejected by issuer
Customer:     r.lambert@sfr.fr

The customer was shown the failure page. No action is required.
"""))

n = "nb-shop-newsletter-cleanup-report.eml"
write(NB, n, ordinary(n, frm="Lumiere-Shop Cron <cron@shop-app1." + SHOP + ">", to="tech@" + SHOP, reply=False,
    subject="[cron] newsletter list hygiene: 14 addresses removed", date=D(4, 0), host="shop-app1." + SHOP,
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Newsletter list hygiene run, 2026-11-15 04:00 CET

Subscribers checked:        48 112
Removed (3 hard bounces):   9
Removed (unsubscribed):     4
Removed (complaint):        1

Hard-bounce removals (last reason seen):
  a.perez@terra.es            user unknown
  k.meier@gmx.ch              mailbox unavailable
  louis.b@wanadoo.fr          domain not found

Full log: /var/log/lumiere/hygiene-20261115.log
"""))

n = "nb-mailru-postmaster-daily-stats.eml"
write(NB, n, ordinary(n, frm="Postmaster Mail.ru <postmaster-noreply@corp.mail.ru>", to="tech@" + SHOP, reply=False,
    subject="\u0415\u0436\u0435\u0434\u043d\u0435\u0432\u043d\u0430\u044f \u0441\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043a\u0430 \u0440\u0430\u0441\u0441\u044b\u043b\u043e\u043a boutique-lumiere.example", hdr_charset="utf-8", date=D(6, 0), host="postmaster.mail.ru", charset="utf-8", cte="base64",
    extra=[("Auto-Submitted", "auto-generated")],
    text="""\u0421\u0442\u0430\u0442\u0438\u0441\u0442\u0438\u043a\u0430 \u0437\u0430 14.11.2026 \u0434\u043b\u044f \u0434\u043e\u043c\u0435\u043d\u0430 boutique-lumiere.example

\u041e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e \u043f\u0438\u0441\u0435\u043c:          3 412
\u0414\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043e \u0432\u043e \u0432\u0445\u043e\u0434\u044f\u0449\u0438\u0435:  3 290
\u0412 \u043f\u0430\u043f\u043a\u0443 \u00ab\u0421\u043f\u0430\u043c\u00bb:          61
\u041d\u0435\u0441\u0443\u0449\u0435\u0441\u0442\u0432\u0443\u044e\u0449\u0438\u0435 \u0430\u0434\u0440\u0435\u0441\u0430: 58
\u0416\u0430\u043b\u043e\u0431\u044b \u043d\u0430 \u0441\u043f\u0430\u043c:       3

\u041f\u043e\u0434\u0440\u043e\u0431\u043d\u0435\u0435: https://postmaster.mail.ru/
"""))

n = "nb-spam-mailbox-full-phish-ru-1251.eml"
write(NB, n, ordinary(n, frm="=?windows-1251?B?0evz5uHgIO/u5OTl8Obq6A==?= <admin@mail-support-centre.example>", to="info@" + SHOP, reply=False,
    subject="\u0412\u0430\u0448 \u043f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u044f\u0449\u0438\u043a \u043f\u0435\u0440\u0435\u043f\u043e\u043b\u043d\u0435\u043d", hdr_charset="windows-1251", date=D(3, 13), host="vps-3381.bulk-host.example", charset="windows-1251", cte="base64",
    text="""\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0439 \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c!

\u0412\u0430\u0448 \u043f\u043e\u0447\u0442\u043e\u0432\u044b\u0439 \u044f\u0449\u0438\u043a \u043f\u0435\u0440\u0435\u043f\u043e\u043b\u043d\u0435\u043d (99%). \u0412\u0445\u043e\u0434\u044f\u0449\u0438\u0435 \u043f\u0438\u0441\u044c\u043c\u0430 \u043d\u0435 \u0431\u0443\u0434\u0443\u0442 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u044b.
\u0427\u0442\u043e\u0431\u044b \u0443\u0432\u0435\u043b\u0438\u0447\u0438\u0442\u044c \u043a\u0432\u043e\u0442\u0443, \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u0435 \u0443\u0447\u0451\u0442\u043d\u0443\u044e \u0437\u0430\u043f\u0438\u0441\u044c:
http://mail-support-centre.example/quota/verify

\u0421\u043b\u0443\u0436\u0431\u0430 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438
"""))

n = "nb-spam-parcel-not-delivered-pl.eml"
write(NB, n, ordinary(n, frm="Kurier Ekspres <powiadomienia@kurier-ekspres-track.example>", to="info@" + SHOP, reply=False,
    subject="Twoja przesy\u0142ka nie mog\u0142a zosta\u0107 dostarczona", hdr_charset="iso-8859-2", date=D(4, 44), host="mta7.cheap-sender.example", charset="iso-8859-2", cte="quoted-printable",
    text="""Szanowny Kliencie,

Twoja przesy\u0142ka nr PL48811923 nie mog\u0142a zosta\u0107 dostarczona z powodu
nieop\u0142aconego c\u0142a (1,99 PLN). Op\u0142a\u0107 nale\u017cno\u015b\u0107 w ci\u0105gu 24 godzin:
http://kurier-ekspres-track.example/oplata

Zesp\u00f3\u0142 Kurier Ekspres
"""))

n = "nb-colleague-quotes-error-de.eml"
write(NB, n, ordinary(n, frm="Stefan Wirth <s.wirth@" + SHOP + ">", to="tech@" + SHOP, reply=False,
    subject="Kunde bekommt keine Rechnungen", date=D(9, 45), host="mail." + SHOP, charset="utf-8", cte="quoted-printable",
    text="""Hallo Technik,

bei Kundin Renate Schuster (Kundennr. 221934) kommen seit Wochen keine
Rechnungen an. Im Versandprotokoll steht bei ihr:

  550 5.1.1 <renate.schuster@gmx.de>: Empf\u00e4nger unbekannt / Postfach
  existiert nicht

Sie sagt aber, die Adresse stimmt und sie bekommt andere Mails. K\u00f6nnt
ihr mal schauen, ob wir da etwas falsch machen? Sie hat mir am Telefon
auch eine zweite Adresse genannt: r.schuster@t-online.de.

Danke und Gru\u00df
Stefan (Kundenservice)
"""))

n = "nb-shop-account-locked-notification-de.eml"
write(NB, n, ordinary(n, frm="Casa Verde Kundenkonto <noreply@" + CASA + ">", to="helga.wenzel@freenet.de", reply=False,
    subject="Ihr Kundenkonto wurde vor\u00fcbergehend gesperrt", hdr_charset="utf-8", date=D(5, 20), host="shop-app2." + CASA, charset="utf-8", cte="quoted-printable",
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Hallo Frau Wenzel,

nach f\u00fcnf fehlgeschlagenen Anmeldeversuchen wurde Ihr Kundenkonto bei
Casa Verde aus Sicherheitsgr\u00fcnden f\u00fcr 30 Minuten gesperrt. Danach
k\u00f6nnen Sie sich wieder anmelden oder Ihr Passwort zur\u00fccksetzen.

Ihr Casa-Verde-Team
"""))

n = "nb-cpanel-disk-quota-warning.eml"
write(NB, n, ordinary(n, frm="cPanel on server214.webhost-panel.example <cpanel@server214.webhost-panel.example>", to="tech@" + CASA, reply=False,
    subject="[server214.webhost-panel.example] The account \u201ccasaverde\u201d has reached 85% of its disk quota", hdr_charset="utf-8", date=D(2, 0), host="server214.webhost-panel.example",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "cPanel Notification")],
    text="""The account "casaverde" is using 85% of its disk quota (8.5 GB of 10 GB).

Email accounts on this cPanel account share the quota. When it is
exhausted, new messages for these mailboxes may be refused:
  service@casa-verde.example
  fatture@casa-verde.example

To raise the quota, contact your hosting provider.
"""))

n = "nb-plesk-daily-mail-statistics.eml"
write(NB, n, ordinary(n, frm="Plesk <plesk@panel.hostfactory.example>", to="tech@" + SHOP, reply=False,
    subject="Plesk daily report: mail server statistics for boutique-lumiere.example", date=D(6, 30), host="panel.hostfactory.example",
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Mail server statistics, 14 November 2026

Outgoing messages:       3 977
  delivered:             3 871
  deferred:                 41
  bounced:                  65
Incoming messages:         812
  rejected (spam/RBL):     203

Top deferral reasons: "mailbox full" (12), "try again later" (19).
This report is generated automatically every day at 06:30.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
