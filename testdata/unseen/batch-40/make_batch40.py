#!/usr/bin/env python3
"""Writes testdata/unseen/batch-40: a French and Italian ISP night. Bounces
quoting Orange/Wanadoo (OFR codes), Free, SFR/Neuf, Bouygues, La Poste (LPN
codes), Gandi, OVH, Libero, Virgilio, Alice/TIM, Tiscali, Aruba (PEC notices
included), Fastweb and Register.it, localised French and Italian Exchange
NDRs, delay warnings and automatic replies; ordinary near-miss mail (PEC
receipts, provider notices, replies, newsletters, spam) in not-bounce/; and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch40.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hops(name, by, sw, date, ip="203.0.113.25", frm=None):
    frm = frm or "localhost"
    return "Return-Path: <>\n" + received([(frm, ip if frm != "localhost" else "127.0.0.1", by, sw, qid(name), date)])


IT_PREFIXES = ("libero", "virgilio", "alice", "tim-", "tiscali", "aruba", "fastweb", "register", "exo-it", "exchange-it")


def orig(sender, rcpts, subject, date, name, body=None):
    if body is None:
        body = ("Buongiorno,\n\nin allegato il documento richiesto.\n" if name.startswith(IT_PREFIXES)
                else "Bonjour,\n\nveuillez trouver ci-joint le document.\n")
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, "utf-8", "q")
    return orig_headers(sender, ", ".join(rcpts), subject, date, mid(name + "o", sender.split("@")[1])) + "\n" + body


# ---------------------------------------------------------------- templates
PF_TEXT = {
    "en": """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

""",
    "fr": """Ceci est le système de messagerie de l'hôte {host}.

Nous sommes au regret de vous informer que votre message n'a pas
pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, écrivez à postmaster.

Si vous le faites, joignez ce rapport d'erreur. Vous pouvez
supprimer votre propre texte du message retourné ci-joint.

                   Le système de messagerie

""",
    "it": """Questo è il sistema di posta dell'host {host}.

Siamo spiacenti di informarti che il tuo messaggio non è stato
consegnato a uno o più destinatari. È allegato qui sotto.

Per ulteriore assistenza scrivi a postmaster.

Se lo fai, includi questo rapporto. Puoi eliminare il tuo
testo dal messaggio restituito allegato.

                   Il sistema di posta

""",
}
PF_DELAY = {
    "en": """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

""",
    "fr": """Ceci est le système de messagerie de l'hôte {host}.

####################################################################
# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER LE MESSAGE. #
####################################################################

Votre message n'a pas pu être remis depuis plus de {hours} heure(s).
De nouvelles tentatives seront faites jusqu'à ce qu'il ait 5 jour(s).

                   Le système de messagerie

""",
    "it": """Questo è il sistema di posta dell'host {host}.

####################################################################
# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #
####################################################################

Non è stato possibile consegnare il messaggio da più di {hours} ora/e.
Ulteriori tentativi saranno fatti finché non avrà 5 giorni.

                   Il sistema di posta

""",
}
PF_SUBJ = {"en": ("Undelivered Mail Returned to Sender", "Delayed Mail (still being retried)"),
           "fr": ("Message non remis retourné à l'expéditeur", "Message retardé (nouvelles tentatives en cours)"),
           "it": ("Messaggio non consegnato restituito al mittente", "Messaggio in ritardo (nuovi tentativi in corso)")}


def pf(name, *, host, sender, recips, date, osubj, lang="en", delay_hours=None, charset=None, cte=None, vendor=""):
    """recips: list of (rcpt, status, reply, remote, diag, reason, hard)."""
    delayed = delay_hours is not None
    head = (PF_DELAY if delayed else PF_TEXT)[lang].format(host=host, hours=delay_hours)
    tail = ""
    for r, st, rc, remote, diag, reason, hard in recips:
        tail += f"<{r}>: host {remote}[192.0.2.{10 + len(r) % 200}] said: {diag}\n\n" if remote else f"<{r}>: {diag}\n\n"
        expect(name, r, reason, hard, st, rc, "delayed" if delayed else "failed", vendor)
    charset = charset or ("us-ascii" if lang == "en" else "utf-8")
    cte = cte or (None if lang == "en" else "quoted-printable")
    subj = PF_SUBJ[lang][1 if delayed else 0]
    subj = subj if lang == "en" else enc_header(subj, charset, "q")
    ds = [{"final": r, "status": st, "remote": remote, "action": "delayed" if delayed else "failed",
           "diag": (f"smtp; {diag}" if remote else f"X-Postfix; {diag}")} for r, st, rc, remote, diag, reason, hard in recips]
    odate = dt(2026, 12, 2, 16, 5, 11, "+0100")
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops=hops(name, host, "Postfix", date), text=head + tail, charset=charset, cte=cte,
                    recips=ds, arrival=odate, orig=orig(sender, [r[0] for r in recips], osubj, odate, name))


EXIM_IT = """Questo messaggio è stato creato automaticamente dal software di consegna della posta.

Non è stato possibile consegnare un messaggio inviato da te a uno o più
destinatari. Si tratta di un errore permanente. I seguenti indirizzi non
sono stati raggiunti:

"""
EXIM_EN = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""
EXIM_DELAY_EN = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than {hours} hours on the queue on {host}.

The message identifier is:     {qid}
The subject of the message is: {subj}
The date of the message is:    {odate}

The address to which the message has not yet been delivered is:

"""


def exim(name, *, host, sender, rcpt, date, osubj, detail, reason, hard=False, status="", reply="", lang="en",
         delay_hours=None, vendor=""):
    odate = dt(2026, 12, 2, 15, 40, 2, "+0100")
    if delay_hours:
        text = EXIM_DELAY_EN.format(hours=delay_hours, host=host, qid=qid(name, 6) + "-000" + qid(name, 3), subj=osubj,
                                    odate=odate) + f"  {rcpt}\n    Delay reason: {detail}\n\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n"
        subj = f"Warning: message {qid(name, 6)}-000{qid(name, 3)} delayed {delay_hours} hours"
    else:
        text = (EXIM_IT if lang == "it" else EXIM_EN) + f"  {rcpt}\n    {detail}\n"
        subj = ("Mail delivery failed: returning message to sender" if lang == "en" else
                enc_header("Consegna non riuscita: messaggio restituito al mittente", "utf-8", "q"))
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay_hours else "failed", vendor)
    body = multipart("mixed", [text_part(text, "us-ascii" if lang == "en" else "utf-8"),
                               part("message/rfc822", orig(sender, [rcpt], osubj, odate, name), cte=None)],
                     boundary(name))
    heads = [hops(name, host, "Exim 4.97", date), ("Date", date),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender), ("Subject", subj),
             ("Message-ID", f"<E1v{qid(name, 8)}-00{qid(name, 4)}@{host}>")]
    if not delay_hours:
        heads.append(("X-Failed-Recipients", rcpt))
    heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


EX_TEXT = {
    "fr": ("Impossible de remettre le message à ces destinataires ou groupes :\n\n{rcpt}\n{human}\n\n"
           "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {gen}\n\n{rcpt}\n{remote}\n"
           "Remote Server returned '{diag}'\n\nEn-têtes d'origine du message :\n\n", "Non remis : {s}",
           "Remise différée : {s}",
           "La remise à ces destinataires ou groupes a été différée :\n\n{rcpt}\n{human}\n\n"
           "Le serveur continuera d'essayer pendant encore {left}. Vous serez averti s'il n'y parvient pas.\n\n"
           "Informations de diagnostic pour les administrateurs :\n\nServeur de génération : {gen}\n\n{rcpt}\n{remote}\n"
           "Remote Server returned '{diag}'\n"),
    "it": ("Impossibile recapitare il messaggio ai destinatari o gruppi seguenti:\n\n{rcpt}\n{human}\n\n"
           "Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {gen}\n\n{rcpt}\n{remote}\n"
           "Remote Server returned '{diag}'\n\nIntestazioni originali del messaggio:\n\n", "Non recapitabile: {s}",
           "Recapito ritardato: {s}",
           "Il recapito ai destinatari o gruppi seguenti è in ritardo:\n\n{rcpt}\n{human}\n\n"
           "Il server continuerà a provare per altre {left}. Riceverai una notifica se non riesce.\n\n"
           "Informazioni di diagnostica per gli amministratori:\n\nServer di generazione: {gen}\n\n{rcpt}\n{remote}\n"
           "Remote Server returned '{diag}'\n"),
}


def exch(name, *, lang, gen, sender, rcpt, date, osubj, human, status, diag, remote, reason, hard=False, reply="",
         delayed=False, left="", charset="utf-8", cte="quoted-printable", vendor="exchange"):
    fail, sf, sd, dly = EX_TEXT[lang]
    text = (dly if delayed else fail).format(rcpt=rcpt, human=human, gen=gen, remote=remote, diag=diag, left=left)
    odate = dt(2026, 12, 2, 17, 1, 44, "+0100")
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delayed else "failed", vendor)
    return dsn_mail(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{sender.split('@')[1]}>",
                    to=sender, subject=enc_header((sd if delayed else sf).format(s=osubj), charset, "b"), date=date,
                    host=gen, hops=hops(name, gen, "Microsoft SMTP Server (version=TLS1_2)", date), text=text,
                    charset=charset, cte=cte,
                    recips=[{"final": rcpt, "status": status, "remote": remote, "action": "delayed" if delayed else "failed",
                             "diag": diag}],
                    orig=orig(sender, [rcpt], osubj, odate, name), extra=[("Content-Language", f"{lang}-{lang.upper()}")])


def notice(name, *, host, frm, to, subject, date, text, charset="us-ascii", cte=None, returned=None, sw="Postfix",
           extra=(), auto=True, directory=None):
    """A notice without a DSN part: text, and the returned message when given."""
    parts = [text_part(text, charset, cte)]
    if returned:
        parts.append(part("message/rfc822", returned, cte=None))
    body = multipart("mixed", parts, boundary(name)) if returned else text_part(text, charset, cte)
    heads = [hops(name, host, sw, date, ip="203.0.113.40", frm="relay." + host.split(".", 1)[-1]), ("Date", date),
             ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    write(directory or OUT, name, mail(heads, body))


# ================================================================ Orange / Wanadoo
D = lambda h, m: dt(2026, 12, 2, h, m, (h * 7 + m) % 60, "+0100")  # noqa: E731
ORANGE_IN = "smtp-in.orange.fr"

n = "orange-ofr-spam-contenu-postfix-fr.eml"
write(OUT, n, pf(n, host="mail.fromagerie-jura.example", sender="commandes@fromagerie-jura.example", lang="fr",
                 date=D(18, 2), osubj="Votre commande de Noël", vendor="orange",
                 recips=[("mireille.vautrin@orange.fr", "5.7.1", "550", ORANGE_IN,
                          "550 5.7.1 Message refuse : son contenu a ete identifie comme du spam. Message refused, content identified as spam. OFR004_506 [506]",
                          "spamdetected", False)]))

n = "wanadoo-ofr-reputation-ip-exim.eml"
write(OUT, n, exim(n, host="mx1.ateliers-brossard.example", sender="devis@ateliers-brossard.example",
                   rcpt="g.brossard@wanadoo.fr", date=D(18, 9), osubj="Devis menuiserie",
                   detail="host smtp-in.orange.fr [193.252.22.84]\n    SMTP error from remote mail server after initial connection:\n    554 5.7.1 mwinf5d29 ME Service refuse, la reputation de votre adresse IP est insuffisante. Service refused, your IP address has a poor reputation. OFR004_104 [104]",
                   reason="badreputation", status="5.7.1", reply="554", vendor="orange"))

n = "orange-ofr-domaine-expediteur-inexistant.eml"
write(OUT, n, pf(n, host="smtp.assoc-randonneurs.example", sender="bureau@randonnee-vosges.example", date=D(18, 14),
                 osubj="Sortie du 6 decembre", vendor="orange",
                 recips=[("p.klein67@orange.fr", "5.1.8", "553", ORANGE_IN,
                          "553 5.1.8 <bureau@randonnee-vosges.example>: Le domaine de l'emetteur n'existe pas dans le DNS. Sender domain does not resolve. OFR_403 [403]",
                          "rejected", False)]))

n = "orange-ofr-compte-desactive.eml"
write(OUT, n, pf(n, host="mx.notaires-lorraine.example", sender="office@notaires-lorraine.example", date=D(18, 20),
                 osubj="Acte de vente - signature", vendor="orange",
                 recips=[("andre.humbert@wanadoo.fr", "5.2.1", "550", ORANGE_IN,
                          "550 5.2.1 <andre.humbert@wanadoo.fr>: Compte du destinataire desactive. Recipient account disabled. OFR_418 [418]",
                          "suspend", False)]))

n = "orange-exchange-fr-ofr-taille-message.eml"
write(OUT, n, exch(n, lang="fr", gen="PR3P192MB0815.EURP192.PROD.OUTLOOK.COM", sender="s.marchal@cabinet-marchal.example",
                   rcpt="claude.perrin@orange.fr", date=D(18, 26), osubj="Plans et photos du chantier",
                   human="Le message est trop volumineux pour le serveur du destinataire.",
                   status="5.3.4", reply="552", remote=ORANGE_IN, reason="emailtoolarge", vendor="orange",
                   diag="552 5.3.4 Taille du message superieure a la limite autorisee. Message size exceeds the limit. OFR_420 [420]"))

n = "orange-mailer-daemon-adresse-inconnue-latin9.eml"
notice(n, host="mwinf5c41.me-wanadoo.net", frm="Mail Delivery Subsystem <MAILER-DAEMON@orange.fr>",
       to="jeanne.ducret@orange.fr", subject=enc_header("Votre message n'a pas pu être distribué", "iso-8859-15", "q"),
       date=D(18, 31), charset="iso-8859-15", cte="quoted-printable", sw="Orange Mail",
       text="""Bonjour,

Ceci est un message automatique du service de messagerie Orange.

Votre message intitulé « Anniversaire de Louise » n'a pas pu être remis
au destinataire suivant :

    louise.ducret@monfournisseur.example

Le serveur du destinataire a répondu :
    550 5.1.1 <louise.ducret@monfournisseur.example>: l'adresse n'existe pas
    (utilisateur inconnu sur ce domaine)

Vérifiez l'orthographe de l'adresse puis renvoyez votre message.

Le service Messagerie Orange
""", returned=orig("jeanne.ducret@orange.fr", ["louise.ducret@monfournisseur.example"], "Anniversaire de Louise",
                   dt(2026, 12, 2, 18, 29, 5, "+0100"), n))
expect(n, "louise.ducret@monfournisseur.example", "userunknown", True, "5.1.1", "550", vendor="orange")

n = "wanadoo-delay-ofr-trop-de-destinataires.eml"
write(OUT, n, pf(n, host="lists.club-philatelie.example", sender="bulletin@club-philatelie.example", lang="en",
                 delay_hours=4, date=D(18, 37), osubj="Bulletin de decembre", vendor="orange",
                 recips=[("r.fontaine@wanadoo.fr", "4.5.3", "452", ORANGE_IN,
                          "452 4.5.3 Trop de destinataires pour ce message, reessayez plus tard. Too many recipients, try again later. OFR_421 [421]",
                          "ratelimited", False)]))

n = "orange-ofr-dmarc-echec.eml"
write(OUT, n, pf(n, host="mta2.newsletter-vins.example", sender="info@domaine-lafleur.example", lang="fr",
                 date=D(18, 41), osubj="Primeurs 2026", vendor="orange", charset="iso-8859-1",
                 recips=[("h.lacombe@orange.fr", "5.7.26", "550", ORANGE_IN,
                          "550 5.7.26 Message refuse : echec DMARC pour le domaine de l'emetteur (politique reject). Unauthenticated message, DMARC policy reject. OFR_509 [509]",
                          "authfailure", False)]))

# ================================================================ Free
FREE_IN = "mx1.free.fr"
n = "free-delay-mailbox-over-quota-452.eml"
write(OUT, n, pf(n, host="smtp.librairie-dupin.example", sender="commandes@librairie-dupin.example", delay_hours=6,
                 date=D(19, 2), osubj="Votre livre est disponible", vendor="free",
                 recips=[("anne.roussel@free.fr", "4.2.2", "452", FREE_IN,
                          "452 4.2.2 <anne.roussel@free.fr>: Recipient address rejected: Mailbox over quota, try again later",
                          "mailboxfull", False)]))

n = "free-adresse-inexistante-exim.eml"
write(OUT, n, exim(n, host="vps.graphiste-lemoine.example", sender="contact@graphiste-lemoine.example",
                   rcpt="t.berthier@free.fr", date=D(19, 5), osubj="Maquette logo",
                   detail="host mx2.free.fr [212.27.48.7]\n    SMTP error from remote mail server after RCPT TO:<t.berthier@free.fr>:\n    550 5.1.1 <t.berthier@free.fr>: Recipient address rejected: free.fr: cette adresse n'existe pas",
                   reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="free"))

n = "free-ip-residentielle-refusee.eml"
write(OUT, n, pf(n, host="nas.famille-garnier.example", sender="alertes@famille-garnier.example",
                 date=D(19, 8), osubj="Sauvegarde terminee", vendor="free",
                 recips=[("paul.garnier@free.fr", "5.7.1", "554", FREE_IN,
                          "554 5.7.1 <paul.garnier@free.fr>: Client host rejected: residential IP range, direct mail from this address block is refused - use your provider's relay (smtp.free.fr)",
                          "blocked", False)]))

n = "free-virus-detecte-fr.eml"
write(OUT, n, pf(n, host="mail.compta-martel.example", sender="facturation@compta-martel.example", lang="fr",
                 date=D(19, 12), osubj="Facture 2026-1184", vendor="free",
                 recips=[("c.morel@free.fr", "5.7.1", "554", FREE_IN,
                          "554 5.7.1 Message refuse : un virus a ete detecte dans la piece jointe (Doc.Downloader.Emotet-9876)",
                          "virusdetected", False)]))

n = "free-sender-domaine-destinataire-introuvable.eml"
notice(n, host="smtp.free.fr", frm="MAILER-DAEMON@free.fr (Systeme de messagerie)", to="yves.lambert@free.fr",
       subject=enc_header("Message non remis retourné à l'expéditeur", "utf-8", "q"), date=D(19, 15),
       charset="utf-8", cte="quoted-printable",
       text="""Ceci est le système de messagerie de l'hôte smtp.free.fr.

Votre message n'a pas pu être remis au destinataire ci-dessous.

<secretariat@mairie-saint-aubin-lot.example>: Host or domain name not found. Name
    service error for name=mairie-saint-aubin-lot.example type=A: Host not found

Le nom de domaine de cette adresse n'existe pas : vérifiez l'adresse.

                   Le système de messagerie
""", returned=orig("yves.lambert@free.fr", ["secretariat@mairie-saint-aubin-lot.example"], "Demande d'acte de naissance",
                   dt(2026, 12, 2, 19, 14, 1, "+0100"), n))
expect(n, "secretariat@mairie-saint-aubin-lot.example", "hostunknown", True, "", "", vendor="free")

# ================================================================ SFR / Neuf
SFR_IN = "mx-sfr.sfr.fr"
n = "sfr-exim-compte-inexistant.eml"
write(OUT, n, exim(n, host="srv.camping-les-pins.example", sender="reservation@camping-les-pins.example",
                   rcpt="famille.olivier@sfr.fr", date=D(19, 22), osubj="Confirmation de reservation",
                   detail="host mx-sfr.sfr.fr [198.51.100.54]\n    SMTP error from remote mail server after RCPT TO:<famille.olivier@sfr.fr>:\n    550 5.1.1 <famille.olivier@sfr.fr>: compte inexistant / no such account",
                   reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="sfr"))

n = "neuf-boite-temporairement-desactivee.eml"
write(OUT, n, pf(n, host="mail.kine-bertrand.example", sender="rdv@kine-bertrand.example", date=D(19, 25),
                 osubj="Rappel de rendez-vous", vendor="sfr",
                 recips=[("m.chevalier@neuf.fr", "5.2.1", "550", "mx.neuf.fr",
                          "550 5.2.1 <m.chevalier@neuf.fr>: boite aux lettres desactivee / mailbox disabled",
                          "suspend", False)]))

n = "sfr-delay-service-temporairement-indisponible.eml"
write(OUT, n, exim(n, host="mx.transports-guerin.example", sender="exploitation@transports-guerin.example",
                   rcpt="depot.nord@sfr.fr", date=D(19, 30), osubj="Planning tournees semaine 50", delay_hours=8,
                   detail="SMTP error from remote mail server after RCPT TO:<depot.nord@sfr.fr>: 451 4.3.0 Erreur locale lors du traitement, service temporairement indisponible",
                   reason="systemerror", status="4.3.0", reply="451", vendor="sfr"))

n = "sfr-spf-echec-domaine.eml"
write(OUT, n, pf(n, host="relay.boutique-savons.example", sender="ventes@savonnerie-provence.example", lang="fr",
                 date=D(19, 33), osubj="Votre colis est en route", vendor="sfr",
                 recips=[("lea.vidal@sfr.fr", "5.7.23", "550", SFR_IN,
                          "550 5.7.23 Message rejete : la verification SPF a echoue pour savonnerie-provence.example (203.0.113.61 non autorise)",
                          "authfailure", False)]))

n = "neuf-spamcop-liste-noire.eml"
write(OUT, n, pf(n, host="mail.garage-renaud.example", sender="atelier@garage-renaud.example", date=D(19, 36),
                 osubj="Votre vehicule est pret", vendor="sfr",
                 recips=[("j.renaud.perso@neuf.fr", "5.7.1", "554", "mx.neuf.fr",
                          "554 5.7.1 Service unavailable; Client host [203.0.113.19] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.19",
                          "blocked", False)]))

# ================================================================ Bouygues
BB = "mx.bbox.fr"
n = "bbox-table-boites-virtuelles.eml"
write(OUT, n, pf(n, host="mail.ecole-musique-rennes.example", sender="inscriptions@ecole-musique-rennes.example",
                 date=D(19, 41), osubj="Inscription cours de piano", vendor="bouygues",
                 recips=[("nadia.cornu@bbox.fr", "5.1.1", "550", BB,
                          "550 5.1.1 <nadia.cornu@bbox.fr>: Recipient address rejected: User unknown in virtual mailbox table",
                          "userunknown", True)]))

n = "bbox-delay-trop-de-connexions.eml"
write(OUT, n, pf(n, host="smtp.promo-cuisines.example", sender="offres@promo-cuisines.example", lang="fr",
                 delay_hours=3, date=D(19, 44), osubj="Offre speciale cuisine", vendor="bouygues",
                 recips=[("h.marchand@bbox.fr", "4.7.0", "421", BB,
                          "421 4.7.0 Trop de connexions depuis votre adresse IP, ralentissez. Too many connections from your IP, slow down",
                          "ratelimited", False)]))

n = "bouygues-message-trop-volumineux.eml"
write(OUT, n, exim(n, host="mx.photographe-leroy.example", sender="studio@photographe-leroy.example",
                   rcpt="mariage.dupuis@bbox.fr", date=D(19, 48), osubj="Vos photos de mariage",
                   detail="host mx.bbox.fr [198.51.100.80]\n    SMTP error from remote mail server after end of data:\n    552 5.3.4 Message trop volumineux : la taille depasse la limite fixee (25 Mo)",
                   reason="emailtoolarge", status="5.3.4", reply="552", vendor="bouygues"))

# ================================================================ La Poste
LP = "smtp-in.laposte.net"
n = "laposte-lpn-compte-bloque.eml"
write(OUT, n, pf(n, host="mail.mutuelle-artisans.example", sender="adherents@mutuelle-artisans.example",
                 date=D(19, 52), osubj="Votre releve de prestations", vendor="laposte",
                 recips=[("gerard.moulin@laposte.net", "5.2.1", "550", LP,
                          "550 5.2.1 <gerard.moulin@laposte.net>: compte bloque, veuillez contacter le titulaire par un autre moyen. Mailbox locked. LPN007_402",
                          "suspend", False)]))

n = "laposte-lpn-spam-refuse-fr.eml"
write(OUT, n, pf(n, host="out.jeux-concours.example", sender="gagnant@jeux-concours.example", lang="fr",
                 date=D(19, 55), osubj="Vous avez gagne !", vendor="laposte",
                 recips=[("s.boucher@laposte.net", "5.7.1", "554", LP,
                          "554 5.7.1 Votre message a ete refuse car il presente les caracteristiques d'un spam. Spam message rejected. LPN105_510",
                          "spamdetected", False)]))

n = "laposte-lpn-ip-listee-rbl.eml"
write(OUT, n, exim(n, host="cloud-vm42.hebergeur-low.example", sender="noreply@boutique-bougies.example",
                   rcpt="francoise.petit@laposte.net", date=D(20, 1), osubj="Confirmation de commande",
                   detail="host smtp-in.laposte.net [198.51.100.120]\n    SMTP error from remote mail server after initial connection:\n    550 5.7.1 Connexion refusee, votre adresse IP 192.0.2.222 est presente sur une liste noire (RBL). IP listed on a DNS blocklist. LPN000_106",
                   reason="blocked", status="5.7.1", reply="550", vendor="laposte"))

n = "laposte-lpn-delay-erreur-temporaire.eml"
write(OUT, n, pf(n, host="mail.office-tourisme-anjou.example", sender="info@office-tourisme-anjou.example",
                 delay_hours=5, date=D(20, 4), osubj="Brochure des marches de Noel", vendor="laposte",
                 recips=[("martine.collet@laposte.net", "4.3.0", "451", LP,
                          "451 4.3.0 Erreur temporaire du systeme, veuillez reessayer plus tard. Temporary local error. LPN001_900",
                          "systemerror", False)]))

# ================================================================ Gandi
n = "gandi-boite-inexistante-fr.eml"
write(OUT, n, pf(n, host="relay.cave-cooperative.example", sender="export@cave-cooperative.example", lang="fr",
                 date=D(20, 9), osubj="Tarifs export 2027", vendor="gandi",
                 recips=[("achats@epicerie-fine-lyon.example", "5.1.1", "550", "spool.mail.gandi.net",
                          "550 5.1.1 <achats@epicerie-fine-lyon.example>: Recipient address rejected: aucune boite aux lettres a ce nom",
                          "userunknown", True)]))

n = "gandi-rspamd-spam-rejete.eml"
write(OUT, n, pf(n, host="smtp.webinaire-seo.example", sender="events@webinaire-seo.example", date=D(20, 12),
                 osubj="Derniere chance : webinaire SEO", vendor="gandi",
                 recips=[("contact@studio-oblique.example", "5.7.1", "554", "spool.mail.gandi.net",
                          "554 5.7.1 Spam message rejected (score 16.40 / required 15.00)",
                          "spamdetected", False)]))

n = "gandi-boite-pleine-dovecot-fr.eml"
write(OUT, n, pf(n, host="mail.traiteur-morin.example", sender="devis@traiteur-morin.example", lang="fr",
                 date=D(20, 15), osubj="Devis buffet", vendor="gandi",
                 recips=[("bonjour@atelier-ceramique-nantes.example", "5.2.2", "552", "spool.mail.gandi.net",
                          "552 5.2.2 <bonjour@atelier-ceramique-nantes.example> La boite aux lettres est pleine, espace de stockage epuise",
                          "mailboxfull", False)]))

# ================================================================ OVH
n = "ovh-exchange-fr-destinataire-introuvable.eml"
write(OUT, n, exch(n, lang="fr", gen="EX3.hosted-exchange.ovh.example", sender="direction@bureau-etudes-vial.example",
                   rcpt="j.fabre@bureau-etudes-vial.example", date=D(20, 19), osubj="CR reunion de chantier",
                   human="L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse et réessayez.",
                   status="5.1.10", reply="550", remote="EX3.hosted-exchange.ovh.example", reason="userunknown", hard=True,
                   vendor="ovh", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Destinataire introuvable par la recherche SMTP"))

n = "ovh-mxplan-piece-jointe-executable.eml"
write(OUT, n, exim(n, host="mail.expert-comptable-roux.example", sender="cabinet@expert-comptable-roux.example",
                   rcpt="gestion@sci-les-tilleuls.example", date=D(20, 22), osubj="Outil de saisie",
                   detail="host mx1.mail.ovh.net [198.51.100.150]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Piece jointe refusee : les fichiers executables (.exe, .scr, .js) sont interdits par la politique de ce domaine",
                   reason="policyviolation", status="5.7.1", reply="550", vendor="ovh"))

n = "ovh-delay-dns-essai-ulterieur.eml"
write(OUT, n, pf(n, host="vps-1a2b3c.vps.ovh.example", sender="notifications@plateforme-cours.example",
                 delay_hours=4, date=D(20, 26), osubj="Nouveau devoir publie", vendor="ovh",
                 recips=[("parent.durand@college-jules-ferry.example", "4.4.3", "", None,
                          "Host or domain name not found. Name service error for name=college-jules-ferry.example type=MX: Host not found, try again",
                          "networkerror", False)]))

# ================================================================ Libero
LIB = "smtp-in.libero.it"
n = "libero-exim-it-utente-non-trovato.eml"
write(OUT, n, exim(n, host="mail.agriturismo-colline.example", sender="info@agriturismo-colline.example", lang="it",
                   rcpt="marco.ferri82@libero.it", date=D(20, 31), osubj="Conferma prenotazione",
                   detail="host smtp-in.libero.it [192.0.2.130]\n    SMTP error from remote mail server after RCPT TO:<marco.ferri82@libero.it>:\n    550 5.1.1 <marco.ferri82@libero.it>: utente non trovato / recipient not found",
                   reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="libero"))

n = "libero-casella-bloccata-inattivita.eml"
write(OUT, n, pf(n, host="mail.studio-dentistico-rossi.example", sender="segreteria@studio-dentistico-rossi.example",
                 lang="it", date=D(20, 34), osubj="Promemoria appuntamento", vendor="libero",
                 recips=[("giulia.conti@libero.it", "5.2.1", "550", LIB,
                          "550 5.2.1 <giulia.conti@libero.it>: casella sospesa per inattivita' prolungata / mailbox suspended",
                          "suspend", False)]))

n = "libero-messaggio-rifiutato-spam.eml"
write(OUT, n, pf(n, host="smtp.offerte-viaggi.example", sender="promo@offerte-viaggi.example", date=D(20, 37),
                 osubj="Capodanno a Vienna -40%", vendor="libero",
                 recips=[("luca.barbieri@libero.it", "5.7.1", "550", LIB,
                          "550 5.7.1 Messaggio rifiutato: il contenuto e' stato classificato come spam dal filtro antispam",
                          "spamdetected", False)]))

n = "libero-delay-casella-piena-it.eml"
write(OUT, n, pf(n, host="posta.comune-valdisotto.example", sender="protocollo@comune-valdisotto.example", lang="it",
                 delay_hours=12, date=D(20, 41), osubj="Avviso TARI 2027", vendor="libero",
                 recips=[("franca.pedrini@libero.it", "4.2.2", "452", LIB,
                          "452 4.2.2 <franca.pedrini@libero.it>: casella piena, spazio disponibile esaurito. Riprovare piu' tardi",
                          "mailboxfull", False)]))

n = "libero-troppi-destinatari.eml"
write(OUT, n, exim(n, host="mx.parrocchia-sanmichele.example", sender="oratorio@parrocchia-sanmichele.example",
                   rcpt="genitori.catechismo@libero.it", date=D(20, 44), osubj="Recita di Natale", lang="it",
                   detail="host smtp-in.libero.it [192.0.2.131]\n    SMTP error from remote mail server after RCPT TO:<genitori.catechismo@libero.it>:\n    550 5.5.3 Troppi destinatari per questo messaggio (massimo 100) / too many recipients",
                   reason="ratelimited", status="5.5.3", reply="550", vendor="libero"))

# ================================================================ Virgilio
VIR = "mxin.virgilio.it"
n = "virgilio-indirizzo-inesistente-postfix-it.eml"
write(OUT, n, pf(n, host="mail.officina-bianchi.example", sender="accettazione@officina-bianchi.example", lang="it",
                 date=D(20, 48), osubj="Preventivo tagliando", vendor="virgilio",
                 recips=[("r.bianchi1970@virgilio.it", "5.1.1", "550", VIR,
                          "550 5.1.1 <r.bianchi1970@virgilio.it>: indirizzo inesistente",
                          "userunknown", True)]))

n = "virgilio-ip-in-blacklist-it.eml"
write(OUT, n, exim(n, host="vm7.hosting-economico.example", sender="newsletter@ristorante-lago.example", lang="it",
                   rcpt="silvia.gatti@virgilio.it", date=D(20, 51), osubj="Menu delle feste",
                   detail="host mxin.virgilio.it [192.0.2.140]\n    SMTP error from remote mail server after initial connection:\n    554 5.7.1 Connessione rifiutata: l'IP 192.0.2.233 e' inserito nella nostra blacklist",
                   reason="blocked", status="5.7.1", reply="554", vendor="virgilio"))

n = "virgilio-dominio-mittente-non-risolvibile.eml"
write(OUT, n, pf(n, host="gw.fornitore-ricambi.example", sender="ordini@ricambi-nuovo-dominio.example",
                 date=D(20, 55), osubj="Conferma d'ordine 7731", vendor="virgilio",
                 recips=[("magazzino.pozzi@virgilio.it", "5.1.8", "553", VIR,
                          "553 5.1.8 <ordini@ricambi-nuovo-dominio.example>: Sender address rejected: dominio del mittente non risolvibile",
                          "rejected", False)]))

# ================================================================ Alice / TIM
ALICE = "mxin.alice.it"
n = "alice-it-quota-superata.eml"
write(OUT, n, pf(n, host="mail.palestra-fitline.example", sender="iscrizioni@palestra-fitline.example", lang="it",
                 date=D(21, 2), osubj="Rinnovo abbonamento", vendor="tim",
                 recips=[("elena.marino@alice.it", "5.2.2", "552", ALICE,
                          "552 5.2.2 <elena.marino@alice.it>: quota della casella superata",
                          "mailboxfull", False)]))

n = "tim-it-utente-sconosciuto-exim.eml"
write(OUT, n, exim(n, host="srv.assicurazioni-greco.example", sender="polizze@assicurazioni-greco.example",
                   rcpt="antonio.greco@tim.it", date=D(21, 5), osubj="Scadenza polizza RC auto",
                   detail="host mxin.tim.it [192.0.2.150]\n    SMTP error from remote mail server after RCPT TO:<antonio.greco@tim.it>:\n    550 5.1.1 <antonio.greco@tim.it>: Recipient address rejected: utente sconosciuto",
                   reason="userunknown", hard=True, status="5.1.1", reply="550", vendor="tim"))

n = "alice-it-delay-troppe-connessioni.eml"
write(OUT, n, pf(n, host="smtp.eventi-milano.example", sender="inviti@eventi-milano.example", delay_hours=2,
                 lang="it", date=D(21, 8), osubj="Invito inaugurazione", vendor="tim",
                 recips=[("paola.rinaldi@alice.it", "4.7.0", "421", ALICE,
                          "421 4.7.0 Troppe connessioni simultanee dal tuo IP, riprova piu' tardi",
                          "ratelimited", False)]))

# ================================================================ Tiscali
n = "tiscali-casella-disabilitata-postfix.eml"
write(OUT, n, pf(n, host="mail.biblioteca-civica.example", sender="prestiti@biblioteca-civica.example",
                 date=D(21, 12), osubj="Sollecito restituzione", vendor="tiscali",
                 recips=[("davide.melis@tiscali.it", "5.2.1", "550", "mx.tiscali.it",
                          "550 5.2.1 <davide.melis@tiscali.it>: casella disabilitata dall'utente / account disabled",
                          "suspend", False)]))

n = "tiscali-spf-fallito-it.eml"
write(OUT, n, pf(n, host="relay.crm-cloud.example", sender="assistenza@caseificio-sardo.example", lang="it",
                 date=D(21, 15), osubj="Il tuo ordine e' stato spedito", vendor="tiscali",
                 recips=[("m.piras@tiscali.it", "5.7.23", "550", "mx.tiscali.it",
                          "550 5.7.23 Messaggio rifiutato: verifica SPF fallita per il dominio caseificio-sardo.example",
                          "authfailure", False)]))

# ================================================================ Aruba (PEC and ordinary mail)
DATICERT = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="{tipo}" errore="{errore}">
  <intestazione>
    <mittente>{mitt}</mittente>
    <destinatari tipo="certificato">{dest}</destinatari>
    <risposte>{mitt}</risposte>
    <oggetto>{ogg}</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>02/12/2026</giorno>
      <ora>{ora}</ora>
    </data>
    <identificativo>opec21012.20261202{oraid}.{rid}.1.1@pec.aruba.it</identificativo>
    <msgid>&lt;{msgid}@pec.studio-legale.example&gt;</msgid>
    <consegna>{dest}</consegna>
    <errore-esteso>{esteso}</errore-esteso>
  </dati>
</postacert>
"""


def pec(name, *, tipo, ricevuta, subj_prefix, mitt, dest, ogg, ora, text, errore="nessuno", esteso="", directory=None):
    d = dt(2026, 12, 2, int(ora[:2]), int(ora[3:5]), int(ora[6:8]), "+0100")
    xml = DATICERT.format(tipo=tipo, errore=errore, mitt=mitt, dest=dest, ogg=ogg, ora=ora, oraid=ora.replace(":", ""),
                          rid=qid(name, 6).lower(), msgid=qid(name + "m", 10), esteso=esteso)
    if not esteso:
        xml = xml.replace("    <errore-esteso></errore-esteso>\n", "")
    body = multipart("mixed", [multipart("alternative", [text_part(text, "iso-8859-1", "quoted-printable")],
                                         boundary(name, 1)),
                               part("application/xml; name=\"daticert.xml\"", b64(xml, "utf-8"), "base64",
                                    "Content-Disposition: inline; filename=\"daticert.xml\"")], boundary(name))
    heads = [received([("smtps.pec.aruba.it", "192.0.2.160", "mx.pec.studio-legale.example", "Postfix", qid(name), d)]),
             ("Date", d), ("From", f"\"Per conto di: {mitt}\" <posta-certificata@pec.aruba.it>" if tipo == "posta-certificata"
                           else "posta-certificata@pec.aruba.it"),
             ("To", mitt), ("Subject", enc_header(f"{subj_prefix}: {ogg}", "iso-8859-1", "q")),
             ("Message-ID", f"<opec21012.20261202{ora.replace(':', '')}.{qid(name, 6).lower()}.1.1@pec.aruba.it>"),
             ("X-Ricevuta", ricevuta), ("X-Riferimento-Message-ID", f"<{qid(name + 'm', 10)}@pec.studio-legale.example>"),
             ("X-Mailer", "Aruba PEC")]
    write(directory or OUT, name, mail(heads, body))


n = "aruba-pec-mancata-consegna-casella-inesistente.eml"
pec(n, tipo="errore-consegna", ricevuta="errore-consegna", subj_prefix="AVVISO DI MANCATA CONSEGNA",
    mitt="avv.colombo@pec.studio-legale.example", dest="amministrazione@pec.edilizia-moretti.example",
    ogg="Diffida ad adempiere", ora="09:14:22", errore="no-dest", esteso="5.1.1 - Aruba Pec S.p.A. - casella inesistente",
    text="""Avviso di mancata consegna

Il giorno 02/12/2026 alle ore 09:14:22 (+0100) nel messaggio
"Diffida ad adempiere" proveniente da "avv.colombo@pec.studio-legale.example"
e destinato all'utente "amministrazione@pec.edilizia-moretti.example"
è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - casella inesistente.
Il messaggio non è stato consegnato.
Identificativo messaggio: opec21012.20261202091422.1.1@pec.aruba.it
""")
expect(n, "amministrazione@pec.edilizia-moretti.example", "userunknown", True, "5.1.1", "", vendor="aruba-pec")

n = "aruba-pec-mancata-consegna-casella-piena.eml"
pec(n, tipo="errore-consegna", ricevuta="errore-consegna", subj_prefix="AVVISO DI MANCATA CONSEGNA",
    mitt="avv.colombo@pec.studio-legale.example", dest="ufficio.tecnico@pec.comune-borgoalto.example",
    ogg="Istanza di accesso agli atti", ora="10:02:51", errore="no-dest",
    esteso="5.2.2 - Aruba Pec S.p.A. - casella piena",
    text="""Avviso di mancata consegna

Il giorno 02/12/2026 alle ore 10:02:51 (+0100) nel messaggio
"Istanza di accesso agli atti" proveniente da "avv.colombo@pec.studio-legale.example"
e destinato all'utente "ufficio.tecnico@pec.comune-borgoalto.example"
è stato rilevato un errore 5.2.2 - Aruba Pec S.p.A. - casella piena: lo spazio
disponibile nella casella del destinatario è esaurito.
Il messaggio non è stato consegnato.
""")
expect(n, "ufficio.tecnico@pec.comune-borgoalto.example", "mailboxfull", False, "5.2.2", "", vendor="aruba-pec")

n = "aruba-pec-non-accettazione-virus.eml"
pec(n, tipo="non-accettazione", ricevuta="non-accettazione", subj_prefix="AVVISO DI NON ACCETTAZIONE PER VIRUS",
    mitt="avv.colombo@pec.studio-legale.example", dest="protocollo@pec.tribunale-esempio.example",
    ogg="Deposito memoria", ora="11:47:03", errore="virus", esteso="Virus rilevato nel messaggio: W97M.Downloader",
    text="""Errore di accettazione per virus

Il giorno 02/12/2026 alle ore 11:47:03 (+0100) nel messaggio
"Deposito memoria" proveniente da "avv.colombo@pec.studio-legale.example"
e destinato a "protocollo@pec.tribunale-esempio.example"
è stato rilevato un virus (W97M.Downloader) nell'allegato.
Il messaggio non è stato accettato dal sistema ed è stato rifiutato.
""")
expect(n, "protocollo@pec.tribunale-esempio.example", "virusdetected", False, "", "", vendor="aruba-pec")

n = "aruba-pec-mancata-consegna-tempo-scaduto.eml"
pec(n, tipo="errore-consegna", ricevuta="errore-consegna", subj_prefix="AVVISO DI MANCATA CONSEGNA PER SUPERAMENTO TEMPO MASSIMO",
    mitt="avv.colombo@pec.studio-legale.example", dest="legale@pec.immobiliare-sole.example",
    ogg="Notifica atto", ora="08:30:00", errore="no-dest",
    esteso="Il gestore del destinatario non ha emesso la ricevuta di consegna entro 24 ore",
    text="""Avviso di mancata consegna per superamento dei tempi massimi

Il giorno 01/12/2026 alle ore 08:29:41 (+0100) è stato inviato il messaggio
"Notifica atto" proveniente da "avv.colombo@pec.studio-legale.example"
e destinato all'utente "legale@pec.immobiliare-sole.example".
Nelle 24 ore successive non è pervenuta la ricevuta di avvenuta consegna:
il tempo massimo è scaduto e non si ha evidenza della consegna del messaggio.
""")
expect(n, "legale@pec.immobiliare-sole.example", "expired", False, "", "", vendor="aruba-pec")

n = "aruba-mx-casella-solo-pec.eml"
write(OUT, n, pf(n, host="mail.fornitore-uffici.example", sender="fatture@fornitore-uffici.example", lang="it",
                 date=D(21, 20), osubj="Fattura n. 2211", vendor="aruba",
                 recips=[("amministrazione@pec.cartoleria-verdi.example", "5.7.1", "550", "mx.pec.aruba.it",
                          "550 5.7.1 <amministrazione@pec.cartoleria-verdi.example>: questa casella PEC non accetta messaggi di posta ordinaria dal mittente, solo posta certificata",
                          "filtered", False)]))

n = "aruba-dominio-destinatario-inesistente.eml"
write(OUT, n, exim(n, host="smtp.aruba.it", sender="info@pizzeria-vesuvio.example", lang="it",
                   rcpt="ordini@forniture-farine-srl.example", date=D(21, 24), osubj="Ordine farina settimana 50",
                   detail="all relevant MX records point to non-existent hosts\n    (il dominio forniture-farine-srl.example non esiste o non ha server di posta)",
                   reason="hostunknown", hard=True, vendor="aruba"))

# ================================================================ Fastweb and Register.it
n = "fastweb-reverse-dns-mancante.eml"
write(OUT, n, pf(n, host="srv-gestionale.fastwebnet.example", sender="report@magazzino-esposito.example",
                 date=D(21, 28), osubj="Report giacenze", vendor="fastweb",
                 recips=[("contabilita@studio-ferraro.example", "5.7.1", "550", "mx.studio-ferraro.example",
                          "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.201] (PTR record missing)",
                          "requireptr", False)]))

n = "fastweb-relay-non-consentito.eml"
write(OUT, n, exim(n, host="mail.cooperativa-edile.example", sender="cantiere@cooperativa-edile.example",
                   rcpt="direzione@consorzio-laterizi.example", date=D(21, 31), osubj="SAL novembre", lang="it",
                   detail="host smtp.fastwebnet.it [192.0.2.170]\n    SMTP error from remote mail server after RCPT TO:<direzione@consorzio-laterizi.example>:\n    554 5.7.1 <direzione@consorzio-laterizi.example>: Relay access denied (inoltro non consentito)",
                   reason="norelaying", status="5.7.1", reply="554", vendor="fastweb"))

n = "register-it-nessuna-casella.eml"
write(OUT, n, pf(n, host="mail.agenzia-immobiliare-riva.example", sender="annunci@agenzia-immobiliare-riva.example",
                 lang="it", date=D(21, 35), osubj="Nuovo trilocale in centro", vendor="register",
                 recips=[("v.lombardi@studio-architetti-lombardi.example", "5.1.1", "550", "mx.register.it",
                          "550 5.1.1 <v.lombardi@studio-architetti-lombardi.example>: nessuna casella di posta con questo nome",
                          "userunknown", True)]))

n = "register-it-delay-spazio-sistema.eml"
write(OUT, n, pf(n, host="mail.scuola-lingue.example", sender="corsi@scuola-lingue.example", delay_hours=4,
                 date=D(21, 38), osubj="Calendario corsi gennaio", vendor="register",
                 recips=[("segreteria@istituto-manzoni.example", "4.3.1", "452", "mx.register.it",
                          "452 4.3.1 Insufficient system storage, riprovare piu' tardi",
                          "systemfull", False)]))

# ================================================================ Exchange tenants (Italian / French)
n = "exo-it-gruppo-solo-membri.eml"
write(OUT, n, exch(n, lang="it", gen="AM8P190MB0912.EURP190.PROD.OUTLOOK.COM", sender="fornitore@grafiche-tosi.example",
                   rcpt="ufficio.acquisti@industria-meccanica.example", date=D(21, 42), osubj="Listino 2027",
                   human="Il gruppo ufficio.acquisti accetta solo messaggi dai propri membri e il mittente non ne fa parte.",
                   status="5.7.1", reply="550", remote="AM8P190MB0913.EURP190.PROD.OUTLOOK.COM", reason="filtered",
                   diag="550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized, il mittente non e' autorizzato a inviare a questo gruppo"))

n = "exo-it-indirizzo-non-trovato.eml"
write(OUT, n, exch(n, lang="it", gen="DB9P191MB1422.EURP191.PROD.OUTLOOK.COM", sender="hr@ceramiche-emilia.example",
                   rcpt="candidato.santoro@ceramiche-emilia.example", date=D(21, 45), osubj="Colloquio di lunedì",
                   human="Non è stato possibile trovare l'indirizzo di posta elettronica immesso. Verifica l'indirizzo del destinatario e riprova.",
                   status="5.1.1", reply="550", remote="DB9P191MB1422.EURP191.PROD.OUTLOOK.COM", reason="userunknown",
                   hard=True, diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"))

n = "exo-it-5.7.708-traffico-ip-non-accettato.eml"
write(OUT, n, exch(n, lang="it", gen="VI1P195MB0444.EURP195.PROD.OUTLOOK.COM", sender="noreply@gestionale-nuovo.example",
                   rcpt="clienti@distribuzione-bevande.example", date=D(21, 48), osubj="Estratto conto",
                   human="Il messaggio è stato rifiutato perché il traffico da questo indirizzo IP non viene accettato.",
                   status="5.7.708", reply="550", remote="VI1EUR05FT012.mail.protection.outlook.com", reason="blocked",
                   diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. AS(7230)"))

n = "exo-fr-5.4.14-boucle-de-routage.eml"
write(OUT, n, exch(n, lang="fr", gen="PAXP193MB1702.EURP193.PROD.OUTLOOK.COM", sender="accueil@clinique-veterinaire.example",
                   rcpt="dr.roche@clinique-veterinaire.example", date=D(21, 52), osubj="Planning des gardes",
                   human="Le message a été transféré trop de fois entre les serveurs : une boucle de routage a été détectée.",
                   status="5.4.14", reply="554", remote="PAXP193MB1702.EURP193.PROD.OUTLOOK.COM", reason="networkerror",
                   diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34"))

n = "exo-fr-5.7.509-dmarc-refuse.eml"
write(OUT, n, exch(n, lang="fr", gen="MRZP264MB2840.FRAP264.PROD.OUTLOOK.COM", sender="compta@negoce-bois.example",
                   rcpt="fournisseurs@scierie-vosges.example", date=D(21, 55), osubj="Relance facture",
                   human="Le message a été refusé : le domaine de l'expéditeur ne respecte pas sa stratégie DMARC.",
                   status="5.7.509", reply="550", remote="PR0FRA01FT034.mail.protection.outlook.com", reason="authfailure",
                   diag="550 5.7.509 Access denied, sending domain negoce-bois.example does not pass DMARC verification and has a DMARC policy of reject."))

n = "exchange-fr-delay-dns-remise-differee.eml"
write(OUT, n, exch(n, lang="fr", gen="EXCH01.groupe-pasquier.example", sender="logistique@groupe-pasquier.example",
                   rcpt="quai.expedition@entrepot-valence.example", date=D(22, 1), osubj="Enlevements du 3 decembre",
                   human="Le serveur de messagerie n'a pas encore pu remettre ce message.", delayed=True, left="1 jour, 19 heures",
                   status="4.4.0", reply="451", remote="EXCH01.groupe-pasquier.example", reason="networkerror",
                   charset="iso-8859-1", diag="451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry"))

n = "exchange-it-delay-destinatario-server-occupato.eml"
write(OUT, n, exch(n, lang="it", gen="EXCH2019.gruppo-fontana.example", sender="commerciale@gruppo-fontana.example",
                   rcpt="buyer@catena-supermercati.example", date=D(22, 4), osubj="Promozioni gennaio", delayed=True,
                   left="1 giorno e 20 ore",
                   human="Il server del destinatario ha risposto che la casella di posta è piena; nuovi tentativi in corso.",
                   status="4.2.2", reply="452", remote="mx.catena-supermercati.example", reason="mailboxfull",
                   charset="iso-8859-15", diag="452 4.2.2 Mailbox full, quota exceeded for buyer@catena-supermercati.example"))

# ---------------------------------------------------------------- two recipients, two ISPs, one notice
n = "postfix-fr-deux-destinataires-free-sfr.eml"
write(OUT, n, pf(n, host="mail.amicale-pompiers.example", sender="president@amicale-pompiers.example", lang="fr",
                 date=D(22, 8), osubj="Sainte-Barbe : repas du 5 decembre", vendor="",
                 recips=[("lucien.poirier@free.fr", "5.2.2", "552", FREE_IN,
                          "552 5.2.2 <lucien.poirier@free.fr>: Mailbox full - quota depasse",
                          "mailboxfull", False),
                         ("veronique.jacob@sfr.fr", "5.1.1", "550", SFR_IN,
                          "550 5.1.1 <veronique.jacob@sfr.fr>: Recipient address rejected: utilisateur inconnu",
                          "userunknown", True)]))

# ---------------------------------------------------------------- senders at the ISPs (the ISPs' own notices)
n = "libero-notifica-mittente-dominio-senza-mx.eml"
notice(n, host="smtp-out.libero.it", frm="Mail Delivery Subsystem <mailer-daemon@libero.it>", to="tommaso.vitale@libero.it",
       subject=enc_header("Messaggio non recapitato: Auguri", "iso-8859-1", "q"), date=D(22, 12), charset="iso-8859-1",
       cte="quoted-printable", sw="Libero Mail",
       text="""Gentile utente,

il messaggio che hai inviato non è stato recapitato al seguente indirizzo:

    zia.carla@famiglia-vitale-torino.example

Motivo: il dominio famiglia-vitale-torino.example non esiste
(host or domain name not found, 5.1.2).

Controlla di aver scritto correttamente l'indirizzo e riprova.

Libero Mail
""", returned=orig("tommaso.vitale@libero.it", ["zia.carla@famiglia-vitale-torino.example"], "Auguri",
                   dt(2026, 12, 2, 22, 10, 3, "+0100"), n, body="Cara zia,\n\ntanti auguri!\n"))
expect(n, "zia.carla@famiglia-vitale-torino.example", "hostunknown", True, "5.1.2", "", vendor="libero")

n = "laposte-net-notification-expediteur-boite-pleine.eml"
notice(n, host="mx-out.laposte.net", frm="Systeme de messagerie La Poste <MAILER-DAEMON@laposte.net>",
       to="bernard.giraud@laposte.net", subject=enc_header("Échec de la remise du message", "utf-8", "b"),
       date=D(22, 16), charset="utf-8", cte="base64", sw="La Poste MTA",
       text="""Bonjour,

Votre message « Photos de la fête » n'a pas pu être remis à :

    mathilde.giraud@hotmail.fr

Le serveur de réception a indiqué :
    550 5.2.2 mailbox full: la boîte de réception de ce destinataire est
    pleine et ne peut plus recevoir de messages.

Votre message ne sera pas renvoyé automatiquement.

-- 
Le service Messagerie de La Poste
""", returned=orig("bernard.giraud@laposte.net", ["mathilde.giraud@hotmail.fr"], "Photos de la fete",
                   dt(2026, 12, 2, 22, 14, 0, "+0100"), n))
expect(n, "mathilde.giraud@hotmail.fr", "mailboxfull", False, "5.2.2", "550", vendor="laposte")

n = "sfr-notification-francaise-quota-envoi.eml"
notice(n, host="smtp-out.sfr.fr", frm="SFR Mail <mailer-daemon@sfr.fr>", to="olivier.baron@sfr.fr",
       subject=enc_header("Message non distribué : limite d'envoi atteinte", "iso-8859-1", "q"), date=D(22, 19),
       charset="iso-8859-1", cte="quoted-printable", sw="SFR Mail",
       text="""Bonjour,

Votre message destiné à association.quartier@mairie-exemple.example n'a pas
été envoyé : vous avez atteint le nombre maximal de messages autorisés par
heure depuis votre compte SFR Mail (limite d'envoi horaire dépassée).

Réessayez dans une heure.

SFR Mail
""")
expect(n, "association.quartier@mairie-exemple.example", "ratelimited", False, "", "", vendor="sfr")

n = "virgilio-notifica-messaggio-troppo-grande.eml"
notice(n, host="smtp-out.virgilio.it", frm="Virgilio Mail <postmaster@virgilio.it>", to="carla.sala@virgilio.it",
       subject=enc_header("Messaggio non consegnato", "utf-8", "q"), date=D(22, 22), charset="utf-8",
       cte="quoted-printable", sw="Virgilio Mail",
       text="""Il tuo messaggio "Video saggio di danza" a
    insegnante.danza@scuola-ballo.example
non è stato consegnato: il server del destinatario ha risposto

    552 5.3.4 Error: message file too big

Le dimensioni del messaggio superano il limite accettato dal destinatario.
Prova a condividere il file con un link.

Virgilio Mail
""", returned=orig("carla.sala@virgilio.it", ["insegnante.danza@scuola-ballo.example"], "Video saggio di danza",
                   dt(2026, 12, 2, 22, 20, 30, "+0100"), n))
expect(n, "insegnante.danza@scuola-ballo.example", "emailtoolarge", False, "5.3.4", "552", vendor="virgilio")

n = "orange-smtp-relaying-denied-en.eml"
write(OUT, n, pf(n, host="smtp.mairie-saint-leger.example", sender="etat-civil@mairie-saint-leger.example",
                 date=D(22, 26), osubj="Copie integrale d'acte", vendor="orange",
                 recips=[("lucie.masson@orange.fr", "5.7.1", "550", "smtp.orange.fr",
                          "550 5.7.1 <lucie.masson@orange.fr>... Relaying denied: this server does not relay mail for mairie-saint-leger.example",
                          "norelaying", False)]))

n = "wanadoo-ofr-boite-inexistante-english-postfix.eml"
write(OUT, n, pf(n, host="mx.cabinet-veterinaire.example", sender="rappels@cabinet-veterinaire.example",
                 date=D(22, 30), osubj="Rappel vaccin de Filou", vendor="orange",
                 recips=[("chantal.rey@wanadoo.fr", "5.1.1", "550", ORANGE_IN,
                          "550 5.1.1 <chantal.rey@wanadoo.fr>: Boite de reception inexistante. Mailbox does not exist. OFR_416 [416]",
                          "userunknown", True)]))

n = "orange-ofr-ip-non-autorisee-exim.eml"
write(OUT, n, exim(n, host="mta-out3.routeur-emailing.example", sender="newsletter@magasin-jouets.example",
                   rcpt="thierry.fleury@orange.fr", date=D(22, 34), osubj="Idees cadeaux",
                   detail="host smtp-in.orange.fr [193.252.22.65]\n    SMTP error from remote mail server after initial connection:\n    550 5.7.1 mwinf5c13 ME Adresse IP source listee dans une liste noire. Source IP address blacklisted. OFR004_103 [103]",
                   reason="blocked", status="5.7.1", reply="550", vendor="orange"))

n = "free-mailbox-unavailable-suspended-en.eml"
write(OUT, n, pf(n, host="mail.photoclub-bordeaux.example", sender="bureau@photoclub-bordeaux.example",
                 date=D(22, 38), osubj="Expo de janvier", vendor="free",
                 recips=[("jeanluc.tessier@free.fr", "5.2.1", "550", FREE_IN,
                          "550 5.2.1 <jeanluc.tessier@free.fr>: Mailbox unavailable, account suspended by its owner",
                          "suspend", False)]))

n = "tiscali-delay-connessione-scaduta.eml"
write(OUT, n, pf(n, host="mail.studio-notarile-serra.example", sender="atti@studio-notarile-serra.example",
                 delay_hours=24, date=D(22, 42), osubj="Bozza atto", vendor="tiscali", lang="it",
                 recips=[("g.serra@tiscali.it", "4.4.1", "", None,
                          "connect to mx.tiscali.it[192.0.2.181]:25: Connection timed out",
                          "networkerror", False)]))

n = "aruba-smtp-messaggio-rifiutato-policy.eml"
write(OUT, n, exim(n, host="mail.caf-assistenza.example", sender="pratiche@caf-assistenza.example", lang="it",
                   rcpt="info@ortofrutta-bassi.example", date=D(22, 46), osubj="Documenti 730",
                   detail="host mx.aruba.it [192.0.2.190]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Messaggio rifiutato: allegato protetto da password non consentito dalla policy del dominio destinatario",
                   reason="policyviolation", status="5.7.1", reply="550", vendor="aruba"))

# ================================================================ automatic replies
def vac(name, *, frm, to, subject, date, text, charset, cte, extra=(), host):
    write(OUT, name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                                hops=received([(host, "192.0.2.99", "mx.destinataire.example", "Postfix", qid(name), date)]),
                                text=text, charset=charset, cte=cte, extra=extra))


n = "vacation-orange-reponse-automatique-latin1.eml"
vac(n, frm="Danielle Picard <danielle.picard@orange.fr>", to="contact@galerie-arts.example",
    subject=enc_header("Réponse automatique : Vernissage du 12 décembre", "iso-8859-1", "q"), date=D(22, 50),
    host="opmta1mto02nd1.mail.orange.fr", charset="iso-8859-1", cte="quoted-printable",
    extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
    text="""Bonjour,

Je suis absente jusqu'au 15 décembre inclus, sans accès à ma messagerie.
Je vous répondrai dès mon retour.

Danielle Picard
""")
expect(n, "danielle.picard@orange.fr", "vacation", action="", vendor="orange")

n = "vacation-libero-risposta-automatica.eml"
vac(n, frm="Stefano Gallo <stefano.gallo@libero.it>", to="info@agriturismo-colline.example",
    subject="Risposta automatica: Conferma prenotazione", date=D(22, 53), host="smtp-out.libero.it",
    charset="utf-8", cte="quoted-printable",
    text="""Grazie per il messaggio.

Sono in ferie fino al 7 gennaio e leggerò la posta al mio rientro.
Per urgenze contattare l'ufficio al numero indicato sul sito.

Stefano Gallo
""")
expect(n, "stefano.gallo@libero.it", "vacation", action="", vendor="libero")

n = "vacation-exchange-it-fuori-ufficio.eml"
vac(n, frm="Federica Longo <f.longo@industria-meccanica.example>", to="fornitore@grafiche-tosi.example",
    subject=enc_header("Risposta automatica: Listino 2027", "iso-8859-15", "q"), date=D(22, 56),
    host="AM8P190MB0912.EURP190.PROD.OUTLOOK.COM", charset="iso-8859-15", cte="quoted-printable",
    extra=[("X-MS-Exchange-Inbox-Rules-Loop", "f.longo@industria-meccanica.example"), ("Content-Language", "it-IT")],
    text="""Buongiorno,

sono fuori ufficio fino a lunedì 8 dicembre con accesso limitato alla posta.
Per ordini urgenti scrivere a acquisti@industria-meccanica.example.

Cordiali saluti,
Federica Longo
""")
expect(n, "f.longo@industria-meccanica.example", "vacation", action="", vendor="exchange")

n = "vacation-laposte-absence-conges.eml"
vac(n, frm="Michel Aubert <michel.aubert@laposte.net>", to="adherents@mutuelle-artisans.example",
    subject=enc_header("Absence : Votre relevé de prestations", "utf-8", "b"), date=D(23, 0),
    host="mx-out.laposte.net", charset="utf-8", cte="base64",
    text="""Bonjour,

Je suis en congés jusqu'au 2 janvier. Votre message ne sera pas transféré.

Cordialement,
Michel Aubert
""")
expect(n, "michel.aubert@laposte.net", "vacation", action="", vendor="laposte")

# ================================================================ near-miss ordinary mail (not-bounce/)
n = "nb-pec-ricevuta-di-accettazione.eml"
pec(n, tipo="accettazione", ricevuta="accettazione", subj_prefix="ACCETTAZIONE", directory=NB,
    mitt="avv.colombo@pec.studio-legale.example", dest="segreteria@pec.ordine-avvocati.example",
    ogg="Richiesta certificato", ora="09:01:12",
    text="""Ricevuta di accettazione

Il giorno 02/12/2026 alle ore 09:01:12 (+0100) il messaggio
"Richiesta certificato" proveniente da "avv.colombo@pec.studio-legale.example"
ed indirizzato a:
segreteria@pec.ordine-avvocati.example ("posta certificata")

è stato accettato dal sistema ed inoltrato.
Identificativo messaggio: opec21012.20261202090112.1.1@pec.aruba.it
""")

n = "nb-pec-ricevuta-di-avvenuta-consegna.eml"
pec(n, tipo="avvenuta-consegna", ricevuta="avvenuta-consegna", subj_prefix="CONSEGNA", directory=NB,
    mitt="avv.colombo@pec.studio-legale.example", dest="segreteria@pec.ordine-avvocati.example",
    ogg="Richiesta certificato", ora="09:01:19",
    text="""Ricevuta di avvenuta consegna

Il giorno 02/12/2026 alle ore 09:01:19 (+0100) il messaggio
"Richiesta certificato" proveniente da "avv.colombo@pec.studio-legale.example"
ed indirizzato a "segreteria@pec.ordine-avvocati.example"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec21012.20261202090112.1.1@pec.aruba.it
""")

n = "nb-pec-busta-posta-certificata.eml"
d = dt(2026, 12, 2, 10, 11, 5, "+0100")
inner = orig_headers("protocollo@pec.comune-borgoalto.example", "avv.colombo@pec.studio-legale.example",
                     "Riscontro istanza prot. 11872", d, mid(n + "i", "pec.comune-borgoalto.example")) + \
    "\nGentile avvocato,\n\nsi trasmette il riscontro all'istanza in oggetto.\n\nL'Ufficio Protocollo\n"
body = multipart("mixed", [text_part("""Messaggio di posta certificata

Il giorno 02/12/2026 alle ore 10:11:05 (+0100) il messaggio
"Riscontro istanza prot. 11872" è stato inviato da "protocollo@pec.comune-borgoalto.example"
indirizzato a:
avv.colombo@pec.studio-legale.example
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21012.20261202101105.2.9@pec.aruba.it
""", "iso-8859-1", "quoted-printable"), part("message/rfc822; name=\"postacert.eml\"", inner, cte=None,
                                          extra="Content-Disposition: inline; filename=\"postacert.eml\"")],
                 boundary(n))
write(NB, n, mail([received([("smtps.pec.aruba.it", "192.0.2.160", "mx.pec.studio-legale.example", "Postfix", qid(n), d)]),
                   ("Date", d), ("From", "\"Per conto di: protocollo@pec.comune-borgoalto.example\" <posta-certificata@pec.aruba.it>"),
                   ("To", "avv.colombo@pec.studio-legale.example"), ("Reply-To", "protocollo@pec.comune-borgoalto.example"),
                   ("Subject", "POSTA CERTIFICATA: Riscontro istanza prot. 11872"),
                   ("Message-ID", "<opec21012.20261202101105.2.9@pec.aruba.it>"), ("X-Trasporto", "posta-certificata"),
                   ("X-Riferimento-Message-ID", mid(n + "i", "pec.comune-borgoalto.example"))], body))


def nb(name, *, frm, to, subject, date, text, charset="utf-8", cte="quoted-printable", extra=(), host):
    notice(name, host=host, frm=frm, to=to, subject=subject, date=date, text=text, charset=charset, cte=cte,
           extra=extra, auto=False, directory=NB, sw="Postfix")


NL = [("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.example/unsub?u=8812>")]

nb("nb-pec-aruba-casella-quasi-piena.eml", host="notifiche.aruba.it", frm="Aruba PEC <comunicazioni@staff.aruba.it>",
   to="avv.colombo@pec.studio-legale.example", subject=enc_header("La tua casella PEC è quasi piena", "utf-8", "q"),
   date=D(8, 0), text="""Gentile Cliente,

lo spazio della casella avv.colombo@pec.studio-legale.example è occupato al 91%.
Quando la casella sarà piena i messaggi in arrivo non potranno essere consegnati
e i mittenti riceveranno un avviso di mancata consegna.

Puoi liberare spazio archiviando i messaggi oppure acquistare spazio aggiuntivo
dal pannello di controllo.

Il Team Aruba PEC
""")

nb("nb-aruba-rinnovo-dominio-in-scadenza.eml", host="notifiche.aruba.it", frm="Aruba.it <rinnovi@staff.aruba.it>",
   to="info@pizzeria-vesuvio.example", subject="Il dominio pizzeria-vesuvio.example scade tra 30 giorni", date=D(8, 5),
   text="""Gentile Cliente,

il servizio di hosting e le caselle di posta del dominio pizzeria-vesuvio.example
scadranno il 01/01/2027. Se non rinnovi, dopo la scadenza le email inviate
alle tue caselle verranno rifiutate con un errore di consegna.

Rinnova ora dall'area clienti.

Aruba.it
""")

nb("nb-orange-nouvelle-messagerie-info.eml", host="info.orange.fr", frm="Orange <ne-pas-repondre@info.orange.fr>",
   to="jeanne.ducret@orange.fr", subject=enc_header("Votre Mail Orange évolue", "utf-8", "q"), date=D(8, 10),
   extra=NL, text="""Bonjour,

Votre messagerie Mail Orange fait peau neuve : nouvelle interface, filtre
anti-spam renforcé et espace de stockage porté à 10 Go.

Aucune action n'est nécessaire de votre part : vos messages, contacts et
dossiers sont conservés.

L'équipe Orange
""")

nb("nb-free-facture-disponible.eml", host="mail.free.fr", frm="Free <facture@free-mobile.example>",
   to="yves.lambert@free.fr", subject="Votre facture Freebox de decembre est disponible", date=D(8, 15),
   charset="iso-8859-1", text="""Bonjour,

Votre facture Freebox du mois de décembre 2026 est disponible dans votre
Espace Abonné. Montant : 39,99 EUR, prélevé le 5 décembre.

Free
""")

nb("nb-sfr-alerte-nouvelle-connexion.eml", host="securite.sfr.fr", frm="SFR Mail <securite@sfr.fr>",
   to="olivier.baron@sfr.fr", subject=enc_header("Nouvelle connexion à votre compte SFR Mail", "iso-8859-1", "q"),
   date=D(8, 20), charset="iso-8859-1", text="""Bonjour,

Une connexion à votre compte SFR Mail a été détectée le 02/12/2026 à 07:58
depuis un nouvel appareil (Firefox, Lyon).

Si c'est vous, ignorez ce message. Sinon, changez votre mot de passe.

SFR
""")

nb("nb-libero-newsletter-offerte.eml", host="news.libero.it", frm="Libero Offerte <offerte@news.libero.it>",
   to="tommaso.vitale@libero.it", subject="Black Friday: Libero Mail Plus a 1 euro al mese", date=D(8, 25),
   extra=NL, text="""Ciao Tommaso,

con Libero Mail Plus hai 5 GB di spazio, niente pubblicità e nessun limite
alla dimensione degli allegati. Solo per oggi a 1 euro al mese.

Scopri l'offerta.

Per non ricevere più queste comunicazioni clicca qui.
""")

nb("nb-reply-fr-mon-adresse-a-change.eml", host="mx-out.laposte.net", frm="Bernard Giraud <bernard.giraud@laposte.net>",
   to="president@amicale-pompiers.example", subject="Re: Sainte-Barbe : repas du 5 decembre", date=D(9, 0),
   extra=[("In-Reply-To", mid("sb-orig", "amicale-pompiers.example"))], text="""Bonjour Président,

Ton message est bien arrivé chez moi, mais Lucien me dit qu'il a reçu un
message d'erreur « boîte pleine » pour le sien et que Véronique n'a plus
son adresse SFR (elle est chez Orange maintenant).

Je compte deux couverts pour nous.

Bernard

> Le repas de la Sainte-Barbe aura lieu le 5 décembre à 12 h.
""")

nb("nb-reply-it-mail-tornata-indietro.eml", host="smtp-out.libero.it", frm="Marco Ferri <marco.ferri.1982@libero.it>",
   to="info@agriturismo-colline.example", subject="Re: la vostra mail mi torna indietro?", date=D(9, 5),
   text="""Buongiorno,

mi avete scritto che la conferma di prenotazione vi è tornata indietro con
"utente non trovato". Il mio indirizzo giusto è questo, con il punto prima
di 1982: quello vecchio l'ho chiuso l'anno scorso.

Potete rimandarla qui?

Grazie,
Marco Ferri
""")

nb("nb-spam-fr-faux-echec-livraison.eml", host="vps-cheap.example", frm="Service Messagerie <support@verif-compte-webmail.example>",
   to="h.lacombe@orange.fr", subject=enc_header("Échec de livraison : 4 messages en attente", "utf-8", "b"),
   date=D(9, 10), cte="base64", text="""Cher utilisateur Orange,

4 messages entrants n'ont pas pu être livrés dans votre boîte car votre
compte n'est pas vérifié. Cliquez ci-dessous pour libérer vos messages
avant leur suppression définitive :

https://verif-compte-webmail.example/orange/login

Service Messagerie
""")

nb("nb-spam-it-casella-piena-phishing.eml", host="vps-cheap.example", frm="Amministratore Posta <admin@aggiorna-casella.example>",
   to="silvia.gatti@virgilio.it", subject=enc_header("Avviso: la tua casella è piena al 99%", "utf-8", "q"),
   date=D(9, 15), text="""Gentile utente,

la tua casella di posta ha superato il limite di spazio. I nuovi messaggi
verranno respinti al mittente entro 24 ore.

Aumenta gratuitamente lo spazio: https://aggiorna-casella.example/virgilio

Amministratore Posta
""")

nb("nb-laposte-suivi-colis-newsletter.eml", host="notif.laposte.fr", frm="La Poste <noreply@notif-laposte.example>",
   to="francoise.petit@laposte.net", subject="Votre colis 6A2026120299 sera livre demain", date=D(9, 20),
   extra=NL, text="""Bonjour,

Votre colis n° 6A2026120299 sera livré demain entre 9 h et 13 h.
En cas d'absence, il sera déposé dans votre bureau de poste.

Suivre mon colis.
""")

nb("nb-ovh-travaux-retards-emails.eml", host="travaux.ovh.example", frm="OVHcloud <noreply@travaux.ovh.example>",
   to="cabinet@expert-comptable-roux.example", subject="[Travaux] Maintenance des serveurs MX Plan le 4 decembre",
   date=D(9, 25), text="""Bonjour,

Une maintenance des serveurs de messagerie MX Plan aura lieu le 4 décembre
entre 02:00 et 04:00. Pendant cette fenêtre, la réception des emails pourra
être retardée ; aucun message ne sera perdu et les expéditeurs n'ont rien
à renvoyer.

L'équipe OVHcloud
""")

nb("nb-gandi-renouvellement-boites.eml", host="mail.gandi.net", frm="Gandi <noreply@gandi.net>",
   to="bonjour@atelier-ceramique-nantes.example",
   subject=enc_header("Renouvellement de vos boîtes mail : action requise", "utf-8", "q"), date=D(9, 30),
   text="""Bonjour,

Les 3 boîtes mail de atelier-ceramique-nantes.example arrivent à échéance le
20 décembre. Sans renouvellement, elles seront désactivées et les messages
reçus seront refusés.

Renouveler maintenant depuis votre interface Gandi.

L'équipe Gandi
""")

nb("nb-tim-bolletta-disponibile.eml", host="comunicazioni.tim.it", frm="TIM <noreply@comunicazioni-tim.example>",
   to="paola.rinaldi@alice.it", subject="La tua bolletta TIM e' disponibile", date=D(9, 35), charset="iso-8859-1",
   text="""Gentile Cliente,

la bolletta n. RT26001923 di dicembre è disponibile nell'area MyTIM.
Importo: 34,90 euro, addebito il 15/12/2026.

TIM
""")

nb("nb-exchange-fr-accuse-de-lecture.eml", host="PR3P192MB0815.EURP192.PROD.OUTLOOK.COM",
   frm="Claude Perrin <claude.perrin@cabinet-perrin.example>", to="s.marchal@cabinet-marchal.example",
   subject="Lu : Plans et photos du chantier", date=D(9, 40), text="""Votre message

  À : Claude Perrin
  Objet : Plans et photos du chantier
  Envoyé : mercredi 2 décembre 2026 18:20:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 2 décembre 2026 19:02:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""")

nb("nb-exchange-it-messaggio-letto.eml", host="DB9P191MB1422.EURP191.PROD.OUTLOOK.COM",
   frm="Ufficio Personale <hr@ceramiche-emilia.example>", to="candidato.santoro@mail-personale.example",
   subject=enc_header("Letto: Colloquio di lunedì", "utf-8", "q"), date=D(9, 45), text="""Il messaggio

  A: Ufficio Personale
  Oggetto: Colloquio di lunedì
  Inviato: mercoledì 2 dicembre 2026 21:45:03 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna

è stato letto mercoledì 2 dicembre 2026 22:10:17 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.
""")

nb("nb-fastweb-manutenzione-programmata.eml", host="info.fastweb.it", frm="Fastweb <assistenza@info-fastweb.example>",
   to="cantiere@cooperativa-edile.example", subject="Intervento di manutenzione programmata sulla tua linea",
   date=D(9, 50), text="""Gentile Cliente,

il 5 dicembre dalle 01:00 alle 05:00 effettueremo lavori di manutenzione sulla
rete. Durante l'intervento il servizio di posta potrebbe essere rallentato:
i messaggi in arrivo verranno consegnati al termine dei lavori.

Fastweb
""")

nb("nb-reply-it-pec-conferma-ricezione.eml", host="mx.pec.comune-borgoalto.example",
   frm="Ufficio Tecnico <ufficio.tecnico@comune-borgoalto.example>", to="avv.colombo@studio-legale.example",
   subject="R: Istanza di accesso agli atti", date=D(10, 30), text="""Gentile Avvocato,

la nostra casella PEC era piena questa mattina e abbiamo visto che le è
arrivato un avviso di mancata consegna. Abbiamo liberato spazio: può
rinviare l'istanza, oppure la protocolliamo da questa email ordinaria.

Cordiali saluti,
Ufficio Tecnico
""")

nb("nb-register-it-newsletter-hosting.eml", host="news.register.it", frm="Register.it <news@news-register.example>",
   to="annunci@agenzia-immobiliare-riva.example", subject="Novita': piu' spazio per la tua posta", date=D(10, 40),
   extra=NL, text="""Ciao,

da gennaio tutte le caselle Register.it passano a 20 GB senza costi
aggiuntivi, con antispam e antivirus inclusi.

Il team Register.it
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
