#!/usr/bin/env python3
"""Writes testdata/unseen/batch-73: a French-speaking night (France, Belgium,
Switzerland, Quebec). Bounces from Orange/Wanadoo, Free, SFR/Neuf, La Poste,
Bouygues, Skynet/Proximus, Bluewin/Swisscom, Videotron, OVH, Gandi,
o2switch, Infomaniak, Exchange and Microsoft 365 French NDRs, Zimbra and
BlueMind at universities and communes, Postfix with French templates;
delay notices and French auto-replies; near-misses in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch73.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "billetterie@festival-arts-rue.example"
SDOM = "festival-arts-rue.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(to, subject, date, name, frm=SENDER, body="Bonjour,\n\nvous trouverez ci-joint vos billets.\n"):
    return orig_headers(frm, to, subject, date, mid(name + "o", frm.split("@")[1])) + "\n" + body


PF_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_FR = """Ceci est le logiciel de messagerie de l'hôte {host}.

Je suis au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez écrire au postmaster.

Si vous le faites, merci de joindre ce rapport d'erreur. Vous
pouvez supprimer votre propre texte du message renvoyé ci-joint.

                   Le système de messagerie

"""

PF_FR_DELAY = """Ceci est le logiciel de messagerie de l'hôte {host}.

####################################################################
# CECI N'EST QU'UN AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER LE MESSAGE. #
####################################################################

Votre message n'a pas pu être remis depuis {hours} heure(s).
De nouvelles tentatives seront faites jusqu'à ce qu'il ait {days} jour(s).

Pour obtenir de l'aide, veuillez écrire au postmaster.

                   Le système de messagerie

"""

PF_EN_DELAY = """This is the mail system at host {host}.

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


def pf(name, *, host, rcpts, date, osubj, lang="en", delay=None, sender=SENDER, charset=None):
    """Postfix bounce or delay. rcpts: dicts with addr, status, diag (the
    DSN's), line (the text's per-recipient line), remote, reason, reply."""
    if delay:
        head = (PF_FR_DELAY if lang == "fr" else PF_EN_DELAY).format(host=host, hours=delay[0], days=delay[1])
        subj = "Message retardé (nouvelles tentatives en cours)" if lang == "fr" else "Delayed Mail (still being retried)"
    else:
        head = (PF_FR if lang == "fr" else PF_EN).format(host=host)
        subj = "Message non remis retourné à l'expéditeur" if lang == "fr" else "Undelivered Mail Returned to Sender"
    if lang == "fr":
        subj = enc_header(subj, "utf-8")
        charset = charset or "utf-8"
    text = head + "\n".join(r["line"] for r in rcpts) + "\n"
    recips = []
    for r in rcpts:
        recips.append({"final": r["addr"], "original": r["addr"], "action": "delayed" if delay else "failed",
                       "status": r["status"], "remote": r.get("remote"), "diag": r.get("diag"),
                       "will_retry": dt(2026, 12, 8, 21, 0, 0, "+0100") if delay else None})
        expect(name, r["addr"], r["reason"], hard=r.get("hard", False), status=r["status"], reply=r.get("reply", ""),
               action="delayed" if delay else "failed", vendor=r.get("vendor", ""))
    odate = dt(2026, 12, 3, 19, 2, 11, "+0100")
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=text,
                    charset=charset or "us-ascii", cte="quoted-printable" if charset and charset != "us-ascii" else None,
                    recips=recips, arrival=odate,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in rcpts), osubj, odate,
                                      mid(name + "o", sender.split("@")[1])))


def rc(addr, status, reply, words, remote, reason, stage="RCPT TO", hard=None, vendor="", ip="192.0.2.25"):
    diag = f"{reply} {status} {words}"
    return {"addr": addr, "status": status, "reply": reply, "diag": diag, "remote": remote, "reason": reason,
            "hard": hard if hard is not None else (reason in ("userunknown", "hostunknown", "hasmoved", "notaccept")
                                                   and status.startswith("5")),
            "vendor": vendor,
            "line": f"<{addr}>: host {remote}[{ip}] said: {diag} (in reply to {stage} command)\n"}


def exim(name, *, host, body, date, osubj, to_rcpts, sender=SENDER, subject="Mail delivery failed: returning message to sender",
         sw="Exim 4.97.1"):
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n" + body +
            "\n------ This is a copy of the message, including all the headers. ------\n\n" +
            orig(", ".join(to_rcpts), osubj, dt(2026, 12, 3, 18, 40, 0, "+0100"), name, frm=sender))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender), ("Subject", subject),
             ("Message-ID", mid(name, host)), ("X-Failed-Recipients", ", ".join(to_rcpts)),
             ("Auto-Submitted", "auto-replied")]
    return mail(heads, text_part(text))


EXO_TXT = """{intro}

{rows}

Informations de diagnostic pour les administrateurs :

Serveur de génération : {gen}

{diags}

En-têtes du message d'origine :

Received: from {srvfrom} (2603:10a6:20b:3a::11) by
 {gen} with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.12; {odate}
From: {sender}
Subject: {osubj}
Message-ID: {omid}
"""


def exo_fr(name, *, gen, rcpts, date, osubj, subject_prefix="Non remis :", intro=None, delay=False, sender=SENDER,
           srvfrom="mail.festival-arts-rue.example"):
    """Microsoft 365 / Exchange NDR in French with a delivery-status part.
    rcpts: (addr, status, reply, words, human, reason)."""
    intro = intro or ("Votre message n'a pas pu être remis à ces destinataires ou groupes :" if not delay else
                      "La remise du message suivant est retardée :")
    rows = "\n\n".join(f"{a} ({a})\n{human}" for a, st, rp, w, human, rs in rcpts)
    diags = "\n\n".join(f"{a}\nRemote Server returned '{rp} {st} {w}'" for a, st, rp, w, human, rs in rcpts)
    odate = dt(2026, 12, 3, 18, 15, 4, "+0100")
    omid = mid(name + "o", SDOM)
    text = EXO_TXT.format(intro=intro, rows=rows, gen=gen, diags=diags, srvfrom=srvfrom, odate=odate,
                          sender=sender, osubj=osubj, omid=omid)
    recips = []
    for a, st, rp, w, human, rs in rcpts:
        recips.append({"final": a, "original": a, "action": "delayed" if delay else "failed", "status": st,
                       "remote": None, "diag": f"smtp;{rp} {st} {w}"})
        expect(name, a, rs, hard=rs in ("userunknown", "hostunknown", "hasmoved", "notaccept") and st.startswith("5"),
               status=st, reply=rp, action="delayed" if delay else "failed", vendor="exchange")
    return dsn_mail(name, frm=f"Microsoft Outlook <postmaster@{sender.split('@')[1]}>" if "OUTLOOK" in gen else
                    f"Administrateur systeme <postmaster@{gen.split('.', 1)[1]}>", to=sender,
                    subject=enc_header(f"{subject_prefix} {osubj}", "utf-8"), date=date, host=gen,
                    hops="Return-Path: <>\n" + hop(name, gen, "Microsoft SMTP Server", date), text=text,
                    charset="utf-8", cte="base64", recips=recips, arrival=odate,
                    extra=[("Content-Language", "fr-FR"), ("X-MS-Exchange-Message-Is-Ndr", "")],
                    orig=orig_headers(sender, ", ".join(r[0] for r in rcpts), osubj, odate, omid))


def notice(name, *, host, frm, subject, date, text, charset="iso-8859-1", sw="Postfix", osubj="Vos billets",
           to_rcpts=(), sender=SENDER, auto=True):
    """A non-DSN notice: text plus the returned message."""
    tp = text_part(text, charset, "quoted-printable" if charset != "us-ascii" else None)
    body = multipart("mixed", [tp, part("message/rfc822", orig(", ".join(to_rcpts), osubj,
                                                               dt(2026, 12, 3, 18, 30, 0, "+0100"), name, frm=sender),
                                        cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", sender),
             ("Subject", subject), ("Message-ID", mid(name, host))]
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


D = lambda h, m, s=0: dt(2026, 12, 3, h, m, s, "+0100")  # noqa: E731
DQ = lambda h, m, s=0: dt(2026, 12, 3, h, m, s, "-0500")  # noqa: E731

# ================================================================ Orange / Wanadoo
n = "b73-orange-delay-boite-pleine-ofr.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(23, 10), osubj="Vos billets - Nuit des arts", lang="fr",
                 delay=(4, 5), rcpts=[rc("mireille.caron@orange.fr", "4.2.2", "452",
                 "<mireille.caron@orange.fr>: Boite du destinataire pleine, veuillez reessayer plus tard / Recipient mailbox is full. OFR006_417 [417]",
                 "smtp-in.orange.fr", "mailboxfull", vendor="orange", ip="192.0.2.131")]))

n = "b73-wanadoo-destinataire-invalide-ofr.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 4), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("p.guerin56@wanadoo.fr", "5.1.1", "550",
                 "<p.guerin56@wanadoo.fr>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
                 "smtp-in.orange.fr", "userunknown", vendor="orange", ip="192.0.2.132")]))

n = "b73-orange-ip-mauvaise-reputation.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(22, 47), osubj="Programme du samedi",
                 rcpts=[rc("jeanclaude.morvan@orange.fr", "5.7.1", "550",
                 "Service refuse. Votre adresse IP 198.51.100.40 a une mauvaise reputation aupres de nos services / your IP has a poor reputation. OFR004_104 [104]",
                 "smtp-in.orange.fr", "badreputation", stage="MAIL FROM", vendor="orange", ip="192.0.2.133")]))

n = "b73-orange-delay-trop-de-connexions.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(23, 55), osubj="Programme du samedi", lang="fr",
                 delay=(1, 5), rcpts=[rc("sandrine.lefloch@orange.fr", "4.7.0", "421",
                 "Trop de connexions simultanees depuis votre adresse IP / too many concurrent connections from your IP. OFR005_421 [421]",
                 "smtp-in.orange.fr", "ratelimited", stage="end of DATA", vendor="orange", ip="192.0.2.134")]))

# ================================================================ La Poste
n = "b73-laposte-lpn-utilisateur-inconnu.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 12), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("gisele.barbier@laposte.net", "5.1.1", "550",
                 "<gisele.barbier@laposte.net>: utilisateur inconnu sur ce service / unknown user. LPN007_510",
                 "lpn-prd-mx1.laposte.net", "userunknown", vendor="laposte", ip="192.0.2.141")]))

n = "b73-laposte-lpn-contenu-indesirable.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 31), osubj="DERNIERES PLACES a -50% !!!",
                 rcpts=[rc("bernard.coste@laposte.net", "5.7.1", "554",
                 "Message refuse : son contenu a ete identifie comme du spam par notre filtre / message content classified as spam. LPN105_402",
                 "lpn-prd-mx2.laposte.net", "spamdetected", stage="end of DATA", vendor="laposte", ip="192.0.2.142")]))

n = "b73-laposte-delay-trop-de-destinataires.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(22, 5), osubj="Lettre d'information de decembre",
                 lang="fr", delay=(2, 5), rcpts=[rc("chorale.stmartin@laposte.net", "4.5.3", "452",
                 "Trop de destinataires pour cette session, reessayez plus tard / too many recipients per session. LPN103_311",
                 "lpn-prd-mx1.laposte.net", "ratelimited", vendor="laposte", ip="192.0.2.141")]))

# ================================================================ Free
n = "b73-free-compte-suspendu-abonne.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 44), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("thomas.ribeiro@free.fr", "5.2.1", "550",
                 "<thomas.ribeiro@free.fr>: Recipient address rejected: ce compte est suspendu / this account is suspended",
                 "mx1.free.fr", "suspend", vendor="free", ip="192.0.2.151")]))

n = "b73-free-client-bloque-spamhaus.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(22, 18), osubj="Programme du samedi",
                 rcpts=[rc("nadia.benali@free.fr", "5.7.1", "554",
                 "Service unavailable; Client host [198.51.100.40] blocked using zen.spamhaus.org; https://check.spamhaus.org/listed/?searchterm=198.51.100.40",
                 "mx2.free.fr", "blocked", vendor="free", ip="192.0.2.152")]))

n = "b73-free-en-tete-from-double.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(22, 26), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("j.mallet@free.fr", "5.6.0", "550",
                 "Message refuse : en-tete From present deux fois, message non conforme a la RFC 5322 / duplicate From header",
                 "mx1.free.fr", "notcompliantrfc", stage="end of DATA", vendor="free", ip="192.0.2.151")]))

# ================================================================ SFR / Neuf
n = "b73-neuf-quota-boite-depasse.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 55), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("claude.pasquier@neuf.fr", "5.2.2", "552",
                 "<claude.pasquier@neuf.fr>: le quota de la boite aux lettres est depasse",
                 "mx.sfr.fr", "mailboxfull", vendor="sfr", ip="192.0.2.161")]))

n = "b73-sfr-sendmail-cinq-jours.eml"
d = D(23, 2)
write(OUT, n, notice(n, host="smtp.compagnie-fildefer.example", sw="Sendmail 8.17.2/8.17.2",
      frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.compagnie-fildefer.example>",
      subject="Returned mail: see transcript for details", date=d, charset="us-ascii",
      sender="diffusion@compagnie-fildefer.example", to_rcpts=["regie.lumiere@sfr.fr"], osubj="Fiche technique",
      text="""The original message was received at Sat, 28 Nov 2026 22:51:09 +0100
from lan-gw.compagnie-fildefer.example [198.51.100.8]

   ----- The following addresses had permanent fatal errors -----
<regie.lumiere@sfr.fr>
    (reason: 421 4.4.2 mx.sfr.fr Connection timed out)

   ----- Transcript of session follows -----
<regie.lumiere@sfr.fr>... Deferred: Connection timed out with mx.sfr.fr.
Message could not be delivered for 5 days
Message will be deleted from queue
"""))
expect(n, "regie.lumiere@sfr.fr", "expired", status="4.4.2", reply="421", vendor="sendmail")

# ================================================================ Bouygues
n = "b73-bbox-utilisateur-inexistant.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(22, 33), osubj="Vos billets - Nuit des arts",
                 lang="fr", rcpts=[rc("famille.perrot@bbox.fr", "5.1.1", "550",
                 "<famille.perrot@bbox.fr>... utilisateur inexistant / User unknown",
                 "mx.bbox.fr", "userunknown", vendor="bouygues", ip="192.0.2.171")]))

n = "b73-bbox-delay-envois-trop-frequents.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(23, 40), osubj="Lettre d'information de decembre",
                 delay=(3, 5), rcpts=[rc("m.henriot@bbox.fr", "4.7.1", "451",
                 "Vous envoyez trop de messages en trop peu de temps, ralentissez / sending rate exceeded, try again later",
                 "mx.bbox.fr", "ratelimited", vendor="bouygues", ip="192.0.2.171")]))

# ================================================================ Belgium: Skynet / Proximus
n = "b73-skynet-adresse-inconnue-bilingue.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 20), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("luc.vandamme@skynet.be", "5.1.1", "550",
                 "<luc.vandamme@skynet.be>: adresse inconnue / onbekend adres / address unknown",
                 "mx.skynet.be", "userunknown", vendor="proximus", ip="192.0.2.181")]))

n = "b73-proximus-spf-echec.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(22, 58), osubj="Programme du samedi",
                 rcpts=[rc("anne.dubois@proximus.be", "5.7.23", "550",
                 "SPF validation failed: 198.51.100.40 is not allowed to send for festival-arts-rue.example",
                 "mx.proximus.be", "authfailure", stage="MAIL FROM", vendor="proximus", ip="192.0.2.182")]))

n = "b73-exim-liege-three-recipients.eml"
d = D(22, 14)
write(OUT, n, exim(n, host="mail.theatre-liege.example", date=d, osubj="Invitation generale",
      sender="accueil@theatre-liege.example",
      to_rcpts=["regisseur@cirque-namur.example", "s.lambert@skynet.be", "info@ancienne-salle-mons.example"], body="""  regisseur@cirque-namur.example
    host mx.cirque-namur.example [192.0.2.187]
    SMTP error from remote mail server after RCPT TO:<regisseur@cirque-namur.example>:
    550 5.1.1 <regisseur@cirque-namur.example>: Recipient address rejected: cette adresse n'existe pas
  s.lambert@skynet.be
    host mx.skynet.be [192.0.2.181]
    SMTP error from remote mail server after end of data:
    552 5.3.4 Message size exceeds fixed maximum message size (20 MB)
  info@ancienne-salle-mons.example
    Unrouteable address
"""))
expect(n, "regisseur@cirque-namur.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="exim")
expect(n, "s.lambert@skynet.be", "emailtoolarge", status="5.3.4", reply="552", vendor="exim")
expect(n, "info@ancienne-salle-mons.example", "hostunknown", hard=True, vendor="exim")

# ================================================================ Switzerland: Bluewin / Swisscom, Infomaniak
n = "b73-bluewin-dmarc-rejet.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(22, 3), osubj="Programme du samedi",
                 rcpts=[rc("chantal.roux@bluewin.ch", "5.7.1", "550",
                 "Message rejected due to the DMARC policy of the sender domain festival-arts-rue.example (p=reject)",
                 "mxbw.bluewin.ch", "authfailure", stage="end of DATA", vendor="swisscom", ip="192.0.2.191")]))

n = "b73-swisscom-delay-erreur-systeme.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(23, 30), osubj="Vos billets - Nuit des arts",
                 lang="fr", delay=(1, 5), rcpts=[rc("p.favre@bluewin.ch", "4.3.0", "451",
                 "Erreur temporaire du systeme de messagerie, veuillez reessayer / temporary system error",
                 "mxbw.bluewin.ch", "systemerror", stage="end of DATA", vendor="swisscom", ip="192.0.2.191")]))

n = "b73-infomaniak-spam-score.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 48), osubj="DERNIERES PLACES a -50% !!!",
                 rcpts=[rc("atelier@ceramique-vevey.example", "5.7.1", "554",
                 "Message refuse : considere comme spam par notre antispam (score 14.2/5)",
                 "mta-in.infomaniak.ch", "spamdetected", stage="end of DATA", vendor="infomaniak", ip="192.0.2.195")]))

n = "b73-infomaniak-taille-maximale.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(22, 41), osubj="Dossier de presse (PDF)",
                 lang="fr", rcpts=[rc("presse@journal-morges.example", "5.3.4", "552",
                 "Message trop volumineux : la taille maximale acceptee est de 30 Mo",
                 "mta-in.infomaniak.ch", "emailtoolarge", stage="end of DATA", vendor="infomaniak", ip="192.0.2.195")]))

n = "b73-infomaniak-delay-connexion-refusee.eml"
write(OUT, n, mail(["Return-Path: <>\n" + hop(n, "mta-out.infomaniak.ch", "Postfix", D(23, 48)),
                    ("Date", D(23, 48)), ("From", "MAILER-DAEMON@mta-out.infomaniak.ch (Mail Delivery System)"),
                    ("To", "secretariat@harmonie-sion.example"),
                    ("Subject", "Delayed Mail (still being retried)"), ("Message-ID", mid(n, "mta-out.infomaniak.ch")),
                    ("Auto-Submitted", "auto-replied")],
                   multipart("report", [text_part(PF_EN_DELAY.format(host="mta-out.infomaniak.ch", hours=4, days=5) +
                       "<president@fanfare-martigny.example>: connect to mx.fanfare-martigny.example[192.0.2.199]:25:\n    Connection refused\n"),
                       part("message/delivery-status", """Reporting-MTA: dns; mta-out.infomaniak.ch
Arrival-Date: Thu,  3 Dec 2026 19:40:12 +0100 (CET)

Final-Recipient: rfc822; president@fanfare-martigny.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.fanfare-martigny.example[192.0.2.199]:25:
    Connection refused
Will-Retry-Until: Tue,  8 Dec 2026 19:40:12 +0100 (CET)
""", cte=None)], boundary(n), " report-type=delivery-status;")))
expect(n, "president@fanfare-martigny.example", "networkerror", status="4.4.1", action="delayed", vendor="postfix")

# ================================================================ Quebec: Videotron
n = "b73-videotron-courriel-inexistant.eml"
write(OUT, n, notice(n, host="mx.videotron.ca", frm="Systeme de livraison <postmaster@videotron.ca>",
      subject=enc_header("Échec de livraison du courriel", "iso-8859-1"), date=DQ(17, 12),
      sender="info@boulangerie-limoilou.example", to_rcpts=["r.tremblay@videotron.ca"], osubj="Votre commande de Noel",
      text="""Bonjour,

Votre courriel n'a pas pu être livré au destinataire suivant :

  r.tremblay@videotron.ca

Raison : cette adresse de courriel n'existe pas chez Vidéotron.
Réponse du serveur : 550 5.1.1 Destinataire inexistant

Vérifiez l'adresse et réessayez.

Service de courrier électronique Vidéotron
"""))
expect(n, "r.tremblay@videotron.ca", "userunknown", hard=True, status="5.1.1", reply="550", vendor="videotron")

n = "b73-videotron-dns-inverse-requis.eml"
write(OUT, n, pf(n, host="mail.boulangerie-limoilou.example", date=DQ(18, 5), osubj="Votre commande de Noel",
                 sender="info@boulangerie-limoilou.example", lang="fr", rcpts=[rc("gagnon.louise@videotron.ca", "5.7.25", "550",
                 "Le serveur expediteur 198.51.100.77 n'a pas d'enregistrement DNS inverse (PTR); reverse DNS required",
                 "mx.videotron.ca", "requireptr", stage="MAIL FROM", vendor="videotron", ip="192.0.2.201")]))

n = "b73-qc-universite-exchange-demenage.eml"
write(OUT, n, exo_fr(n, gen="EXCH02.ulaval-exemple.example", date=DQ(18, 30), osubj="Votre commande de Noel",
      sender="info@boulangerie-limoilou.example", srvfrom="mail.boulangerie-limoilou.example",
      rcpts=[("m.bouchard@ulaval-exemple.example", "5.1.6", "551",
              "Recipient has moved; the new address is michel.bouchard@ulaval-exemple.example",
              "Ce destinataire a changé d'adresse; le courrier n'est pas réacheminé.", "hasmoved")]))

n = "b73-qc-cegep-boite-pleine-delay.eml"
write(OUT, n, exo_fr(n, gen="MTL-EX01.cegep-exemple.example", date=DQ(19, 40), osubj="Votre commande de Noel",
      sender="info@boulangerie-limoilou.example", srvfrom="mail.boulangerie-limoilou.example", delay=True,
      subject_prefix="Remise différée :",
      rcpts=[("secretariat.arts@cegep-exemple.example", "4.2.2", "452",
              "STOREDRV.Deliver; The mailbox is full; nouvelle tentative dans 60 minutes",
              "La boîte aux lettres du destinataire est pleine. Nous continuerons d'essayer.", "mailboxfull")]))

# ================================================================ OVH
n = "b73-ovh-mxplan-relais-refuse.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 58), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("contact@gite-des-monts.example", "5.7.1", "554",
                 "<contact@gite-des-monts.example>: Relay access denied",
                 "mx1.mail.ovh.net", "norelaying", vendor="ovh", ip="192.0.2.211")]))

n = "b73-ovh-domaine-introuvable.eml"
d = D(22, 22)
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mo4242.mail-out.ovh.net (Mail Delivery System)", to="contact@troupe-baladins.example",
      subject="Undelivered Mail Returned to Sender", date=d, host="mo4242.mail-out.ovh.net",
      hops="Return-Path: <>\n" + hop(n, "mo4242.mail-out.ovh.net", "Postfix", d),
      text=PF_EN.format(host="mo4242.mail-out.ovh.net") +
      "<billetterie@salle-polyvalente-dinan.example>: Host or domain name not found. Name service error\n"
      "    for name=salle-polyvalente-dinan.example type=MX: Host not found\n",
      recips=[{"final": "billetterie@salle-polyvalente-dinan.example", "status": "5.4.4",
               "diag": "X-Postfix; Host or domain name not found. Name service error for name=salle-polyvalente-dinan.example type=MX: Host not found"}],
      orig=orig_headers("contact@troupe-baladins.example", "billetterie@salle-polyvalente-dinan.example", "Fiche technique",
                        D(22, 21), mid(n + "o", "troupe-baladins.example"))))
expect(n, "billetterie@salle-polyvalente-dinan.example", "hostunknown", hard=True, status="5.4.4", vendor="ovh")

n = "b73-ovh-quota-envoi-horaire.eml"
write(OUT, n, notice(n, host="mo4242.mail-out.ovh.net", frm="MAILER-DAEMON@mo4242.mail-out.ovh.net",
      subject=enc_header("Non distribué : Lettre d'information", "utf-8"), date=D(22, 36), charset="utf-8",
      sender="contact@troupe-baladins.example", to_rcpts=["amis.baladins@gmail.com"], osubj="Lettre d'information",
      text="""Votre message n'a pas été envoyé au destinataire suivant :

  amis.baladins@gmail.com

Raison : 550 5.7.1 Votre compte a atteint le nombre maximal de messages
autorisés par heure (200). Envoi refusé ; réessayez dans une heure.

-- 
OVHcloud - Service e-mail
"""))
expect(n, "amis.baladins@gmail.com", "ratelimited", status="5.7.1", reply="550", vendor="ovh")

# ================================================================ Gandi
n = "b73-gandi-virus-eicar.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 36), osubj="Facture 2026-118",
                 rcpts=[rc("compta@brasserie-du-canal.example", "5.7.1", "550",
                 "Message rejected: infected by virus Eicar-Signature (ClamAV)",
                 "spool.mail.gandi.net", "virusdetected", stage="end of DATA", vendor="gandi", ip="192.0.2.221")]))

n = "b73-gandi-virtual-table-inconnu.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 39), osubj="Vos billets - Nuit des arts",
                 rcpts=[rc("reservations@auberge-vieux-port.example", "5.1.1", "550",
                 "<reservations@auberge-vieux-port.example>: Recipient address rejected: User unknown in virtual mailbox table",
                 "spool.mail.gandi.net", "userunknown", vendor="gandi", ip="192.0.2.221")]))

n = "b73-gandi-domaine-expediteur-inexistant.eml"
write(OUT, n, pf(n, host="relay.mail.gandi.net", date=D(22, 49), osubj="Reservation groupe",
                 sender="groupes@ecole-primaire-vernon.example",
                 rcpts=[rc("accueil@auberge-vieux-port.example", "5.1.8", "553",
                 "<groupes@ecole-primaire-vernon.example>: Sender address rejected: Domain not found",
                 "spool.mail.gandi.net", "rejected", stage="MAIL FROM", vendor="gandi", ip="192.0.2.221")]))

# ================================================================ o2switch (cPanel Exim)
n = "b73-o2switch-exim-quota-depasse.eml"
write(OUT, n, exim(n, host="cheddar.o2switch.net", date=D(21, 27), osubj="Confirmation benevoles",
      sender="benevoles@festival-arts-rue.example", to_rcpts=["contact@atelier-bois-clermont.example"], body="""  contact@atelier-bois-clermont.example
    Mailbox quota exceeded
"""))
expect(n, "contact@atelier-bois-clermont.example", "mailboxfull", vendor="exim")

n = "b73-o2switch-exim-sender-verify.eml"
write(OUT, n, exim(n, host="cheddar.o2switch.net", date=D(21, 52), osubj="Confirmation benevoles",
      sender="benevoles@festival-arts-rue.example", to_rcpts=["direction@mjc-riom.example"], body="""  direction@mjc-riom.example
    host mx.mjc-riom.example [192.0.2.231]
    SMTP error from remote mail server after MAIL FROM:<benevoles@festival-arts-rue.example> SIZE=4812:
    550-Verification failed for <benevoles@festival-arts-rue.example>
    550-No Such User Here
    550 Sender verify failed
"""))
expect(n, "direction@mjc-riom.example", "rejected", reply="550", vendor="exim")

n = "b73-o2switch-exim-retry-timeout.eml"
write(OUT, n, exim(n, host="cheddar.o2switch.net", date=D(23, 5), osubj="Confirmation benevoles",
      sender="benevoles@festival-arts-rue.example", to_rcpts=["secretariat@comite-fetes-thiers.example"], body="""  secretariat@comite-fetes-thiers.example
    retry timeout exceeded
    host mx.comite-fetes-thiers.example [192.0.2.233]: Connection timed out
"""))
expect(n, "secretariat@comite-fetes-thiers.example", "expired", vendor="exim")

# ================================================================ Microsoft 365 / Exchange, French NDRs
n = "b73-exo-fr-non-remis-introuvable.eml"
write(OUT, n, exo_fr(n, gen="PAVP264MB4411.FRAP264.PROD.OUTLOOK.COM", date=D(21, 15), osubj="Vos billets - Nuit des arts",
      rcpts=[("c.lemaire@mairie-exemple-sur-loire.example", "5.1.1", "550",
              "RESOLVER.ADR.RecipNotFound; not found",
              "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse et réessayez.", "userunknown")]))

n = "b73-exo-fr-echec-boite-pleine.eml"
write(OUT, n, exo_fr(n, gen="PR1P264MB2207.FRAP264.PROD.OUTLOOK.COM", date=D(21, 25), osubj="Vos billets - Nuit des arts",
      subject_prefix="Échec de la remise :", intro="Échec de la remise à ces destinataires ou groupes :",
      rcpts=[("direction@ehpad-les-tilleuls.example", "5.2.2", "554",
              "STOREDRV.Deliver; recipient mailbox is full, message cannot be delivered",
              "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.", "mailboxfull")]))

n = "b73-exo-fr-ip-bannie.eml"
write(OUT, n, exo_fr(n, gen="MR1P264MB3158.FRAP264.PROD.OUTLOOK.COM", date=D(22, 1), osubj="Programme du samedi",
      srvfrom="relay2.festival-arts-rue.example",
      rcpts=[("agenda@office-tourisme-blois.example", "5.7.606", "550",
              "Access denied, banned sending IP [198.51.100.40]. To request removal from this list please visit https://sender.office.com/",
              "Votre message n'a pas été remis car l'adresse IP de votre serveur d'envoi figure sur une liste de blocage.", "blocked")]))

n = "b73-exo-fr-taille-destinataire.eml"
write(OUT, n, exo_fr(n, gen="PAZP264MB3001.FRAP264.PROD.OUTLOOK.COM", date=D(22, 44), osubj="Dossier de presse (PDF)",
      rcpts=[("redaction@radio-locale-tours.example", "5.2.3", "550",
              "RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
              "Le message est trop volumineux pour ce destinataire (limite : 10 Mo).", "emailtoolarge")]))

n = "b73-ex2016-fr-delay-dns.eml"
write(OUT, n, exo_fr(n, gen="EXCH01.festival-arts-rue.example", date=D(23, 20), osubj="Convention de partenariat",
      sender="partenariats@festival-arts-rue.example", delay=True, subject_prefix="Remise différée :",
      intro="Ce message n'a pas encore été remis. Nouvelle tentative en cours.",
      rcpts=[("elus@commune-saint-exemple.example", "4.4.0", "451",
              "DNS query failed. The error was: DNS query failed with error ErrorRetry",
              "Le serveur n'a pas pu résoudre le nom du domaine du destinataire. Nouvelle tentative.", "networkerror")]))

n = "b73-exo-fr-two-recipients-mairie.eml"
write(OUT, n, exo_fr(n, gen="PR0P264MB1844.FRAP264.PROD.OUTLOOK.COM", date=D(22, 52), osubj="Convention de partenariat",
      sender="partenariats@festival-arts-rue.example",
      rcpts=[("dgs@ville-exemple-en-vexin.example", "5.2.1", "550",
              "Mailbox disabled for this recipient - the account has been disabled by the administrator",
              "La boîte aux lettres de ce destinataire est désactivée.", "suspend"),
             ("culture@ville-exemple-en-vexin.example", "5.7.1", "550",
              "Delivery not authorized, message refused: the message was blocked by the transport rule 'Pieces jointes executables' of the organization",
              "Votre message a été bloqué par une règle de l'organisation du destinataire.", "policyviolation")]))

# ================================================================ Zimbra / BlueMind at universities and communes
n = "b73-zimbra-univ-compte-etudiant-supprime.eml"
write(OUT, n, pf(n, host="smtp.univ-exemple.example", date=D(21, 8), osubj="Tarif etudiant - Nuit des arts", lang="fr",
                 rcpts=[rc("lea.marchand@etu.univ-exemple.example", "5.1.1", "550",
                 "<lea.marchand@etu.univ-exemple.example>: Recipient address rejected: compte etudiant supprime, adresse inexistante",
                 "zimbra-mta.univ-exemple.example", "userunknown", vendor="zimbra", ip="192.0.2.241")]))

n = "b73-zimbra-univ-lmtp-over-quota.eml"
write(OUT, n, pf(n, host="zimbra-mta.univ-exemple.example", date=D(21, 18), osubj="Tarif etudiant - Nuit des arts",
                 rcpts=[dict(rc("prof.girard@univ-exemple.example", "5.2.2", "552",
                 "<prof.girard@univ-exemple.example> Over quota", "mbox3.univ-exemple.example", "mailboxfull",
                 stage="end of DATA", vendor="zimbra", ip="192.0.2.243"),
                 line="<prof.girard@univ-exemple.example>: host mbox3.univ-exemple.example[192.0.2.243] said: 552 5.2.2\n    <prof.girard@univ-exemple.example> Over quota (in reply to end of DATA command)\n",
                 diag="552 5.2.2 <prof.girard@univ-exemple.example> Over quota")]))

n = "b73-zimbra-univ-delay-disque-plein.eml"
write(OUT, n, pf(n, host="zimbra-mta.univ-exemple.example", date=D(23, 35), osubj="Tarif etudiant - Nuit des arts",
                 lang="fr", delay=(2, 5), rcpts=[rc("bibliotheque@univ-exemple.example", "4.3.1", "452",
                 "Insufficient system storage: espace disque insuffisant sur le serveur de stockage",
                 "mbox1.univ-exemple.example", "systemfull", stage="end of DATA", vendor="zimbra", ip="192.0.2.242")]))

n = "b73-zimbra-amavis-piece-jointe-interdite.eml"
write(OUT, n, pf(n, host="smtp.univ-exemple.example", date=D(22, 10), osubj="Facture 2026-118",
                 rcpts=[rc("service.financier@univ-exemple.example", "5.7.0", "554",
                 "Reject, id=28811-07 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=facture_2026-118.exe",
                 "zimbra-mta.univ-exemple.example", "policyviolation", stage="end of DATA", vendor="amavis", ip="192.0.2.241")]))

n = "b73-bluemind-commune-adresse-inconnue.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(21, 41), osubj="Demande d'autorisation de voirie",
                 lang="fr", sender="logistique@festival-arts-rue.example",
                 rcpts=[rc("secretariat.mairie@commune-exemple-sur-mer.example", "5.1.1", "550",
                 "<secretariat.mairie@commune-exemple-sur-mer.example>: Recipient address rejected: adresse inconnue dans l'annuaire",
                 "bluemind.commune-exemple-sur-mer.example", "userunknown", vendor="bluemind", ip="192.0.2.245")]))

n = "b73-bluemind-commune-commande-echouee.eml"
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@bluemind.agglo-exemple.example (Mail Delivery System)",
      to="logistique@festival-arts-rue.example", subject="Undelivered Mail Returned to Sender", date=D(22, 29),
      host="bluemind.agglo-exemple.example", hops="Return-Path: <>\n" + hop(n, "bluemind.agglo-exemple.example", "Postfix", D(22, 29)),
      text=PF_EN.format(host="bluemind.agglo-exemple.example") +
      "<voirie@agglo-exemple.example>: Command died with status 75:\n    \"/usr/lib/bluemind/bm-lmtp-deliver\". Command output:\n"
      "    bm-lmtp-deliver: delivery to voirie failed: sieve script error\n",
      recips=[{"final": "voirie@agglo-exemple.example", "status": "5.3.0",
               "diag": "x-unix; bm-lmtp-deliver: delivery to voirie failed: sieve script error"}],
      orig=orig_headers("logistique@festival-arts-rue.example", "voirie@agglo-exemple.example",
                        "Demande d'autorisation de voirie", D(22, 28), mid(n + "o", SDOM))))
expect(n, "voirie@agglo-exemple.example", "mailererror", status="5.3.0", vendor="postfix")

# ================================================================ Postfix with French templates
n = "b73-pf-fr-delay-tls-requis.eml"
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mail.festival-arts-rue.example (Systeme de messagerie)",
      to="partenariats@festival-arts-rue.example", subject=enc_header("Message retardé (nouvelles tentatives en cours)", "utf-8"),
      date=D(23, 15), host="mail.festival-arts-rue.example",
      hops="Return-Path: <>\n" + hop(n, "mail.festival-arts-rue.example", "Postfix", D(23, 15)),
      text=PF_FR_DELAY.format(host="mail.festival-arts-rue.example", hours=4, days=5) +
      "<tresorier@banque-cooperative-exemple.example>: TLS est exigé mais n'a pas été proposé par\n"
      "    l'hôte mx.banque-cooperative-exemple.example[192.0.2.251]\n", charset="utf-8", cte="quoted-printable",
      recips=[{"final": "tresorier@banque-cooperative-exemple.example", "action": "delayed", "status": "4.7.4",
               "diag": "X-Postfix; TLS is required, but was not offered by host mx.banque-cooperative-exemple.example[192.0.2.251]"}],
      orig=orig_headers("partenariats@festival-arts-rue.example", "tresorier@banque-cooperative-exemple.example",
                        "Convention de partenariat", D(19, 10), mid(n + "o", SDOM))))
expect(n, "tresorier@banque-cooperative-exemple.example", "failedstarttls", status="4.7.4", action="delayed", vendor="postfix")

n = "b73-pf-fr-boucle-vers-moi-meme.eml"
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mx.asso-quartier-exemple.example (Systeme de messagerie)",
      to="logistique@festival-arts-rue.example", subject=enc_header("Message non remis retourné à l'expéditeur", "utf-8"),
      date=D(22, 38), host="mx.asso-quartier-exemple.example",
      hops="Return-Path: <>\n" + hop(n, "mx.asso-quartier-exemple.example", "Postfix", D(22, 38)),
      text=PF_FR.format(host="mx.asso-quartier-exemple.example") +
      "<bureau@asso-quartier-exemple.example>: le courrier pour asso-quartier-exemple.example\n"
      "    revient en boucle vers moi-même (mail for asso-quartier-exemple.example loops back to myself)\n",
      charset="utf-8", cte="quoted-printable",
      recips=[{"final": "bureau@asso-quartier-exemple.example", "status": "5.4.6",
               "diag": "X-Postfix; mail for asso-quartier-exemple.example loops back to myself"}],
      orig=orig_headers("logistique@festival-arts-rue.example", "bureau@asso-quartier-exemple.example",
                        "Demande de salle", D(22, 37), mid(n + "o", SDOM))))
expect(n, "bureau@asso-quartier-exemple.example", "networkerror", status="5.4.6", vendor="postfix")

n = "b73-pf-fr-nom-inverse-introuvable.eml"
write(OUT, n, pf(n, host="relay2.festival-arts-rue.example", date=D(22, 55), osubj="Programme du samedi", lang="fr",
                 rcpts=[rc("accueil@musee-exemple-arles.example", "5.7.1", "550",
                 "Client host rejected: cannot find your reverse hostname, [198.51.100.40]",
                 "mx.musee-exemple-arles.example", "requireptr", vendor="postfix", ip="192.0.2.253")]))

n = "b73-pf-fr-two-recipients-neuf-sfr.eml"
write(OUT, n, pf(n, host="mail.festival-arts-rue.example", date=D(22, 7), osubj="Vos billets - Nuit des arts", lang="fr",
                 rcpts=[rc("cousin.alain@neuf.fr", "5.1.1", "550",
                 "<cousin.alain@neuf.fr>: Recipient address rejected: boite aux lettres inexistante",
                 "mx.sfr.fr", "userunknown", vendor="sfr", ip="192.0.2.161"),
                 rc("martine.ollivier@sfr.fr", "5.2.1", "550",
                 "<martine.ollivier@sfr.fr>: Recipient address rejected: cette boite aux lettres a ete desactivee",
                 "mx.sfr.fr", "suspend", vendor="sfr", ip="192.0.2.161")]))

n = "b73-orange-smarthost-authentification-requise.eml"
write(OUT, n, pf(n, host="mail.cabinet-exemple-rennes.example", date=D(21, 59), osubj="Reservation groupe",
                 sender="accueil@cabinet-exemple-rennes.example", lang="fr",
                 rcpts=[rc("groupes@festival-arts-rue.example", "5.7.0", "530",
                 "Authentification requise pour envoyer du courrier / authentication required",
                 "smtp.orange.fr", "securityerror", stage="MAIL FROM", vendor="orange", ip="192.0.2.135")]))

# ================================================================ French auto-replies
n = "b73-absence-orange-webmail-latin1.eml"
d = D(21, 3)
write(OUT, n, mail([hop(n, "mx.festival-arts-rue.example", "Postfix", d, "smtp-out.orange.fr", "192.0.2.136"),
    ("Date", d), ("From", "Mireille Caron <mireille.caron@orange.fr>"), ("To", SENDER),
    ("Subject", enc_header("Réponse automatique : Vos billets - Nuit des arts", "iso-8859-1")),
    ("Message-ID", mid(n, "orange.fr")), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
    text_part("Bonjour,\n\nJe suis absente jusqu'au lundi 14 décembre et je n'ai pas accès à ma messagerie.\n"
              "Je vous répondrai dès mon retour.\n\nMireille Caron\n", "iso-8859-1", "quoted-printable")))
expect(n, "mireille.caron@orange.fr", "vacation", action="", vendor="orange")

n = "b73-conges-zimbra-univ-utf8.eml"
d = D(21, 9)
write(OUT, n, mail([hop(n, "mx.festival-arts-rue.example", "Postfix", d, "zimbra-mta.univ-exemple.example", "192.0.2.241"),
    ("Date", d), ("From", "Julien Perrin <julien.perrin@univ-exemple.example>"), ("To", SENDER),
    ("Subject", enc_header("Congés : Tarif etudiant - Nuit des arts", "utf-8")),
    ("Message-ID", mid(n, "univ-exemple.example")), ("Auto-Submitted", "auto-replied (vacation)"),
    ("X-Mailer", "Zimbra 10.0.9_GA_4718 (zclient/10.0.9_GA_4718)")],
    text_part("Bonjour,\n\nJe suis en congés du 3 au 18 décembre inclus. Pour toute question urgente,\n"
              "merci d'écrire au secrétariat du département.\n\nCordialement,\nJ. Perrin\n", "utf-8", "base64")))
expect(n, "julien.perrin@univ-exemple.example", "vacation", action="", vendor="zimbra")

n = "b73-absence-exo-fr-reponse-automatique.eml"
d = D(21, 16)
write(OUT, n, mail([hop(n, "mx.festival-arts-rue.example", "Postfix", d, "mail-pr1fra01on2100.outbound.protection.outlook.com", "192.0.2.118"),
    ("Date", d), ("From", "Lemaire Claire <c.lemaire@office-tourisme-blois.example>"), ("To", SENDER),
    ("Subject", enc_header("Réponse automatique : Programme du samedi", "utf-8")),
    ("Message-ID", mid(n, "PR1P264MB2207.FRAP264.PROD.OUTLOOK.COM")), ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "c.lemaire@office-tourisme-blois.example"),
    ("Content-Language", "fr-FR")],
    text_part("Bonjour,\n\nJe suis actuellement absente du bureau et reviendrai le 7 décembre.\n"
              "En mon absence, vous pouvez joindre l'accueil au 02 54 00 00 00.\n\nClaire Lemaire\n", "utf-8", "base64")))
expect(n, "c.lemaire@office-tourisme-blois.example", "vacation", action="", vendor="exchange")

n = "b73-vacances-videotron-qc.eml"
d = DQ(17, 30)
write(OUT, n, mail([hop(n, "mx.boulangerie-limoilou.example", "Postfix", d, "smtp.videotron.ca", "192.0.2.202"),
    ("Date", d), ("From", "Sylvie Gagnon <gagnon.sylvie@videotron.ca>"), ("To", "info@boulangerie-limoilou.example"),
    ("Subject", enc_header("Absent(e) : Votre commande de Noël", "iso-8859-15")),
    ("Message-ID", mid(n, "videotron.ca")), ("Auto-Submitted", "auto-replied")],
    text_part("Bonjour,\n\nJe suis en vacances jusqu'au 4 janvier. Je prendrai connaissance de votre courriel\n"
              "à mon retour. Joyeuses fêtes!\n\nSylvie\n", "iso-8859-15", "quoted-printable")))
expect(n, "gagnon.sylvie@videotron.ca", "vacation", action="", vendor="videotron")

# ================================================================ near-misses (no record)


def ordinary(name, *, frm, to, subject, date, host, text, charset="utf-8", cte="quoted-printable", extra=(),
             ip="192.0.2.9"):
    heads = [hop(name, "mx.festival-arts-rue.example", "Postfix", date, host, ip), ("Date", date), ("From", frm),
             ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text, charset, cte))


n = "nb-b73-orange-maintenance-messagerie.eml"
write(NB, n, ordinary(n, frm="Orange <ne-pas-repondre@orange.fr>", to="mireille.caron@orange.fr", host="orange.fr",
      subject=enc_header("Information : maintenance de votre messagerie", "utf-8"), date=D(10, 0),
      text="""Bonjour,

Une opération de maintenance aura lieu sur nos serveurs de messagerie
dans la nuit du 9 au 10 décembre, de 1 h à 5 h.

Pendant cette période, l'envoi et la réception de vos messages pourront
être retardés. Aucun message ne sera perdu : ils seront remis dès la fin
de l'intervention.

Merci de votre compréhension.
Le service client Orange
""", extra=[("Precedence", "bulk")]))

n = "nb-b73-free-alerte-boite-presque-pleine.eml"
write(NB, n, ordinary(n, frm="Free <no-reply@free.fr>", to="thomas.ribeiro@free.fr", host="free.fr",
      subject=enc_header("Votre boîte aux lettres est presque pleine", "utf-8"), date=D(8, 12),
      text="""Bonjour,

Votre boîte aux lettres Free utilise 92 % de l'espace dont elle dispose.
Lorsqu'elle sera pleine, les nouveaux messages qui vous sont adressés
seront refusés.

Pour libérer de l'espace, supprimez les messages volumineux ou videz la
corbeille depuis votre webmail.

L'équipe Free
"""))

n = "nb-b73-client-question-non-remis.eml"
write(NB, n, ordinary(n, frm="Paul Guerin <paul.guerin@gmail.com>", to=SENDER, host="mail.gmail.com",
      subject="Re: Vos billets - Nuit des arts", date=D(9, 41),
      text="""Bonjour,

Ma femme me dit qu'elle a reçu hier un message « non remis » en vous
écrivant depuis son ancienne adresse wanadoo, qui n'existe plus.
Pouvez-vous envoyer nos billets à cette adresse-ci plutôt ?

Merci d'avance,
Paul Guérin

Le jeu. 3 déc. 2026 à 19:02, Billetterie <billetterie@festival-arts-rue.example> a écrit :
> Bonjour,
> vous trouverez ci-joint vos billets.
""", extra=[("In-Reply-To", mid("b73-wanadoo-destinataire-invalide-ofr.emlo", SDOM))]))

n = "nb-b73-accuse-lecture-outlook-fr.eml"
d = D(9, 5)
mdn = multipart("report", [text_part("Votre message\n\n  À : culture@office-tourisme-blois.example\n  Objet : Programme du samedi\n"
                                     "  Envoyé : jeudi 3 décembre 2026 22:01\n\na été lu le vendredi 4 décembre 2026 09:05.\n",
                                     "utf-8", "quoted-printable"),
                           part("message/disposition-notification", "Reporting-UA: PR1P264MB2207.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0\n"
                                "Final-Recipient: rfc822;culture@office-tourisme-blois.example\n"
                                "Original-Message-ID: " + mid("b73-exo-fr-ip-bannie.emlo", SDOM) + "\n"
                                "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
                boundary(n), " report-type=disposition-notification;")
write(NB, n, mail([hop(n, "mx.festival-arts-rue.example", "Postfix", d, "mail-pr1fra01on2101.outbound.protection.outlook.com", "192.0.2.118"),
                   ("Date", d), ("From", "Culture <culture@office-tourisme-blois.example>"), ("To", SENDER),
                   ("Subject", "Lu : Programme du samedi"), ("Message-ID", mid(n, "office-tourisme-blois.example"))], mdn))

n = "nb-b73-accuse-lecture-thunderbird.eml"
d = D(9, 20)
mdn = multipart("report", [text_part("Ceci est un accusé de lecture pour le message envoyé à\n"
                                     "presse@journal-morges.example.\n\nRemarque : cet accusé de lecture indique seulement que le message a\n"
                                     "été affiché sur l'ordinateur du destinataire. Il ne garantit pas que le\n"
                                     "destinataire ait lu ou compris le contenu du message.\n", "utf-8", "quoted-printable"),
                           part("message/disposition-notification", "Reporting-UA: poste3.journal-morges.example; Thunderbird 128.5.0\n"
                                "Final-Recipient: rfc822;presse@journal-morges.example\n"
                                "Original-Message-ID: " + mid("b73-infomaniak-taille-maximale.emlo", SDOM) + "\n"
                                "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
                boundary(n), " report-type=disposition-notification;")
write(NB, n, mail([hop(n, "mx.festival-arts-rue.example", "Postfix", d, "mta-out.infomaniak.ch", "192.0.2.196"),
                   ("Date", d), ("From", "Redaction <presse@journal-morges.example>"), ("To", SENDER),
                   ("Subject", enc_header("Accusé de lecture (affiché) - Dossier de presse", "utf-8")),
                   ("Message-ID", mid(n, "journal-morges.example"))], mdn))

n = "nb-b73-newsletter-livraison-offerte.eml"
write(NB, n, ordinary(n, frm="La Boutique du Spectacle <news@boutique-spectacle.example>", to=SENDER,
      host="mailing.boutique-spectacle.example", subject=enc_header("Livraison offerte ce week-end seulement !", "utf-8"),
      date=D(7, 0), text="""Livraison offerte sur toute la boutique jusqu'à dimanche minuit.

Projecteurs, gélatines, câbles DMX : tout est expédié sous 48 h.

Vous recevez ce message car vous êtes inscrit à notre lettre.
Se désinscrire : https://boutique-spectacle.example/desinscription
Contact : service-client@boutique-spectacle.example
""", extra=[("List-Unsubscribe", "<mailto:unsubscribe@boutique-spectacle.example>"), ("Precedence", "bulk")]))

n = "nb-b73-spam-faux-service-messagerie.eml"
write(NB, n, ordinary(n, frm="Service Messagerie <postmaster@webmail-securite-exemple.example>", to=SENDER,
      host="webmail-securite-exemple.example", ip="203.0.113.66",
      subject=enc_header("Échec de livraison : 7 messages en attente", "utf-8"), date=D(4, 13),
      text="""Cher utilisateur,

7 messages entrants n'ont pas pu être livrés dans votre boîte car votre
quota de stockage est dépassé.

Cliquez ici pour libérer vos messages : http://webmail-securite-exemple.example/login

Sans action de votre part sous 24 heures, votre compte sera suspendu.

Service Messagerie
"""))

n = "nb-b73-infomaniak-facture-renouvellement.eml"
write(NB, n, ordinary(n, frm="Infomaniak <noreply@infomaniak.com>", to="secretariat@harmonie-sion.example",
      host="infomaniak.com", subject="Votre facture Infomaniak FA-2026-118842", date=D(6, 30),
      text="""Bonjour,

Votre facture pour le renouvellement de votre Service Mail (domaine
harmonie-sion.example) est disponible dans votre Manager.

Montant : CHF 21.60
Échéance : 31 décembre 2026

Si le paiement n'est pas reçu, votre service sera suspendu et les
messages entrants ne seront plus acceptés.

Infomaniak Network SA
"""))

n = "nb-b73-ovh-travaux-incident.eml"
write(NB, n, ordinary(n, frm="OVHcloud <noreply@ovh.com>", to="contact@troupe-baladins.example", host="ovh.com",
      subject="[Travaux] Intervention sur l'infrastructure e-mail MX Plan", date=D(11, 15),
      text="""Bonjour,

Nous vous informons qu'une intervention aura lieu sur l'infrastructure
MX Plan le 10/12/2026 entre 22h00 et 23h00 (heure de Paris).

Impact : des ralentissements à l'envoi et à la réception des e-mails
sont possibles. Aucun e-mail ne sera perdu.

Suivi : https://travaux.ovh.net/

L'équipe OVHcloud
"""))

n = "nb-b73-collegue-absent-demain.eml"
write(NB, n, ordinary(n, frm="Luc Vandamme <luc.v@theatre-liege.example>", to="accueil@theatre-liege.example",
      host="mail.theatre-liege.example", subject="Re: Invitation generale", date=D(16, 2), charset="iso-8859-1",
      text="""Salut,

Je serai absent demain (congé), tu peux gérer les invitations ? Le
message pour le cirque de Namur est revenu, l'adresse du régisseur
n'existe plus : essaie plutôt direction@cirque-namur.example.

Luc
"""))

n = "nb-b73-videotron-nouvelle-adresse.eml"
write(NB, n, ordinary(n, frm="Rejean Tremblay <rejean.tremblay@gmail.com>", to="info@boulangerie-limoilou.example",
      host="mail.gmail.com", subject="Changement d'adresse courriel", date=DQ(20, 11),
      text="""Bonjour,

J'ai fermé mon compte Vidéotron; mon ancienne adresse r.tremblay@videotron.ca
n'existe plus. Merci d'utiliser dorénavant celle-ci pour ma commande.

Réjean
"""))

n = "nb-b73-bluemind-partage-agenda.eml"
write(NB, n, ordinary(n, frm="BlueMind <no-reply@bluemind.commune-exemple-sur-mer.example>",
      to="logistique@festival-arts-rue.example", host="bluemind.commune-exemple-sur-mer.example",
      subject=enc_header("Le service technique a partagé l'agenda « Voirie » avec vous", "utf-8"), date=D(14, 0),
      text="""Bonjour,

Le service technique de la commune a partagé l'agenda « Voirie » avec
vous (droit : lecture).

Ouvrir l'agenda : https://bluemind.commune-exemple-sur-mer.example/cal/

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", extra=[("Auto-Submitted", "auto-generated")]))

n = "nb-b73-laposte-alerte-connexion.eml"
write(NB, n, ordinary(n, frm="La Poste Mail <securite@laposte.net>", to="gisele.barbier@laposte.net", host="laposte.net",
      subject=enc_header("Nouvelle connexion à votre compte", "utf-8"), date=D(12, 48),
      text="""Bonjour,

Une nouvelle connexion à votre compte laposte.net a été détectée le
3 décembre 2026 à 12 h 45 depuis un appareil Android (Lyon, France).

Si c'est vous, aucune action n'est nécessaire. Sinon, changez votre mot
de passe sans attendre.

La Poste
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
