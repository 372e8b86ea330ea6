#!/usr/bin/env python3
"""Writes testdata/unseen/batch-36: one night of bounces for a Nordic and
Benelux sender (Nordlys Logistikk, offices in Oslo, Goteborg, Aarhus,
Tampere and Rotterdam) sending to Telia, Telenor/Online.no, Elisa, TDC/YouSee,
one.com, Loopia, Simply.com, KPN, Ziggo, XS4ALL, TransIP, Proximus/Skynet,
Telenet and to municipal and company Exchange servers with localised NDRs
(nl, sv, no, da, fi, en; UTF-8, ISO-8859-1 and ISO-8859-15), some delay
notices and auto-replies; ordinary near-miss mail in not-bounce/; and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch36.py [DIR]"""
import datetime
import hashlib
import os
import textwrap
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (EXPECT, boundary, dsn_mail, dt, enc_header, expect, mail, mid, multipart,  # noqa: E402
                       part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

ORG = "nordlys-logistikk.example"
OUR_MTA = "mx-out1.nordlys-logistikk.example"
OUR_IP = "192.0.2.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def when(day, h, m, tz="+0100", back=0):
    """A local time on the night of 2-3 December 2026, `back` minutes earlier."""
    t = datetime.datetime(2026, 12, day, h, m, int(qid("s" + str(h) + str(m), 2), 16) % 60) - datetime.timedelta(minutes=back)
    return dt(t.year, t.month, t.day, t.hour, t.minute, t.second, tz)


def orig(name, frm, to, subject, date, charset="utf-8"):
    subj = subject if all(ord(c) < 128 for c in subject) else enc_header(subject, charset)
    return (f"Return-Path: <{frm}>\nReceived: from [10.20.4.17] (unknown [198.51.100.140])\n\tby {OUR_MTA} (Postfix) with ESMTPSA id {qid(name + 'o', 10)};\n\t{date}\n"
            f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: {mid(name + 'orig', ORG)}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: 8bit\n")


# ---------------------------------------------------------------- Postfix

PF_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_DELAY_EN = """This is the mail system at host {host}.

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

# Localised bounce templates (Postfix bounce_template_file) as the ISPs ship them.
PF_LOCAL = {
    "sv": ("Detta är e-postsystemet på {host}.\n\n"
           "Tyvärr kunde ditt meddelande inte levereras till en eller flera\n"
           "mottagare. Meddelandet bifogas nedan.\n\n"
           "Kontakta postmaster om du behöver hjälp och bifoga i så fall\n"
           "denna felrapport.\n\n"
           "                   E-postsystemet\n\n"),
    "no": ("Dette er e-postsystemet på {host}.\n\n"
           "Beklager, meldingen din kunne ikke leveres til en eller flere\n"
           "mottakere. Den er vedlagt nedenfor.\n\n"
           "Ta kontakt med postmaster hvis du trenger hjelp, og legg ved\n"
           "denne feilrapporten.\n\n"
           "                   E-postsystemet\n\n"),
    "da": ("Dette er mailsystemet på {host}.\n\n"
           "Din meddelelse kunne desværre ikke leveres til en eller flere\n"
           "modtagere. Den er vedhæftet nedenfor.\n\n"
           "Kontakt postmaster, hvis du har brug for hjælp, og send denne\n"
           "fejlrapport med.\n\n"
           "                   Mailsystemet\n\n"),
    "fi": ("Tämä on palvelimen {host} sähköpostijärjestelmä.\n\n"
           "Valitettavasti viestiäsi ei voitu toimittaa yhdelle tai\n"
           "useammalle vastaanottajalle. Viesti on liitteenä.\n\n"
           "Ota tarvittaessa yhteyttä postmasteriin ja liitä mukaan tämä\n"
           "virheraportti.\n\n"
           "                   Sähköpostijärjestelmä\n\n"),
    "nl": ("Dit is het mailsysteem van {host}.\n\n"
           "Helaas kon uw bericht niet worden afgeleverd bij een of meer\n"
           "ontvangers. Het bericht is hieronder bijgevoegd.\n\n"
           "Neem voor hulp contact op met postmaster en stuur dit\n"
           "foutrapport mee.\n\n"
           "                   Het mailsysteem\n\n"),
}
PF_SUBJ = {
    "en": "Undelivered Mail Returned to Sender",
    "sv": "Olevererbart meddelande returnerat till avsändaren",
    "no": "Melding som ikke kunne leveres er returnert",
    "da": "Mail kunne ikke leveres - returneret til afsender",
    "fi": "Toimittamaton viesti palautettu lähettäjälle",
    "nl": "Onbestelbaar bericht teruggestuurd naar afzender",
}


def pf(name, *, host, sender, lines, recips, osubj, day, h, m, lang="en", charset="us-ascii", cte=None,
       delay=None, tz="+0100", returned="headers", extra=()):
    date = when(day, h, m, tz)
    odate = when(day, h, m, tz, back=(delay * 60 + 7) if delay else 2)
    if delay:
        head = PF_DELAY_EN.format(host=host, hours=delay)
        subj = "Delayed Mail (still being retried)"
    elif lang == "en":
        head = PF_EN.format(host=host)
        subj = PF_SUBJ["en"]
    else:
        head = PF_LOCAL[lang].format(host=host)
        subj = enc_header(PF_SUBJ[lang], "utf-8" if charset == "us-ascii" else charset)
    if charset == "us-ascii" and any(ord(c) > 127 for c in head + lines):
        charset = "utf-8"
    to = ", ".join(r["final"] for r in recips)
    o = orig(name, sender, to, osubj, odate)
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date),
                    text=head + lines, recips=recips, arrival=odate, charset=charset, cte=cte, orig=o,
                    returned=returned, extra=extra)


def one(rcpt, status, diag, remote=None, action="failed"):
    r = {"final": rcpt, "status": status, "diag": diag, "action": action}
    if remote:
        r["remote"] = remote
    return r


# ---------------------------------------------------------------- Exchange (localised NDR)

EXCH = {
    "nl": dict(subj="Onbestelbaar: ", head="Levering is mislukt voor deze geadresseerden of groepen:",
               diag="Diagnostische gegevens voor beheerders:", gen="Genererende server:",
               remote="Externe server heeft '{}' geretourneerd", orig="Oorspronkelijke berichtkoppen:"),
    "sv": dict(subj="Det gick inte att leverera: ", head="Det gick inte att leverera till följande mottagare eller grupper:",
               diag="Diagnostisk information för administratörer:", gen="Genererande server:",
               remote="Fjärrservern returnerade '{}'", orig="Ursprungliga meddelanderubriker:"),
    "no": dict(subj="Kan ikke leveres: ", head="Levering mislyktes for disse mottakerne eller gruppene:",
               diag="Diagnostisk informasjon for administratorer:", gen="Genererer server:",
               remote="Ekstern server returnerte '{}'", orig="Opprinnelige meldingshoder:"),
    "da": dict(subj="Kunne ikke leveres: ", head="Levering mislykkedes til disse modtagere eller grupper:",
               diag="Diagnosticeringsoplysninger for administratorer:", gen="Genererende server:",
               remote="Fjernserveren returnerede '{}'", orig="Oprindelige meddelelsesheadere:"),
    "fi": dict(subj="Ei voitu toimittaa: ", head="Toimitus epäonnistui seuraaville vastaanottajille tai ryhmille:",
               diag="Diagnostiikkatiedot järjestelmänvalvojille:", gen="Luova palvelin:",
               remote="Etäpalvelin palautti '{}'", orig="Alkuperäiset viestin otsikot:"),
    "en": dict(subj="Undeliverable: ", head="Delivery has failed to these recipients or groups:",
               diag="Diagnostic information for administrators:", gen="Generating server:",
               remote="Remote Server returned '{}'", orig="Original message headers:"),
}


def exch(name, *, lang, server, domain, sender, rcpt, explain, reply, status, osubj, day, h, m, charset="utf-8",
         cte="base64", tz="+0100", remote_line=True, html=True):
    L = EXCH[lang]
    date = when(day, h, m, tz)
    odate = when(day, h, m, tz, back=1)
    rem = ("\n" + L["remote"].format(reply)) if remote_line else ""
    text = (f"{L['head']}\n\n{rcpt}\n{explain}\n\n\n\n\n\n{L['diag']}\n\n{L['gen']} {server}\n\n"
            f"{rcpt}{rem}\n\n{L['orig']}\n\nReceived: from {OUR_MTA} ({OUR_IP}) by {server}\n with Microsoft SMTP Server id 15.2.1544.4;\n {odate}\n"
            f"From: {sender}\nTo: {rcpt}\nSubject: {osubj}\nDate: {odate}\nMessage-ID: {mid(name + 'orig', ORG)}\n")
    alt = None
    if html:
        alt = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\"></head><body>"
               f"<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">{L['head']}</font></b></p>"
               f"<p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>{explain}</p><br><br>"
               f"<p><font size=\"2\">{L['diag']}</font></p><p>{L['gen']} {server}<br><br>{rcpt}<br>{rem.strip()}</p>"
               "</body></html>")
    subj = L["subj"] + osubj
    subj = subj if all(ord(c) < 128 for c in subj) else enc_header(subj, charset)
    recips = [{"final": rcpt, "original": rcpt, "action": "failed", "status": status,
               "remote": server, "diag": reply}]
    hops = hop(name, server, "Microsoft SMTP Server (version=TLS1_2)", date, frm=server.split(".")[0] + ".internal", ip="10.1.1.20")
    return dsn_mail(name, frm=f"postmaster@{domain}", to=sender, subject=subj, date=date, host=server,
                    hops=hops, text=text, recips=recips, arrival=odate, charset=charset, cte=cte,
                    orig=orig(name, sender, rcpt, osubj, odate), alt_html=alt,
                    extra=[("Content-Language", {"nl": "nl-NL", "sv": "sv-SE", "no": "nb-NO", "da": "da-DK", "fi": "fi-FI", "en": "en-US"}[lang]),
                           ("Thread-Topic", subj)])


# ---------------------------------------------------------------- Exim (plain, no DSN)

def exim(name, *, host, sender, text, osubj, day, h, m, tz="+0100", subject="Mail delivery failed: returning message to sender"):
    date = when(day, h, m, tz)
    odate = when(day, h, m, tz, back=4 * 24 * 60)
    body = (text + "\n------ This is a copy of the message, including all the headers. ------\n\n"
            + orig(name, sender, "(see above)", osubj, odate).replace("To: (see above)", "To: undisclosed-recipients:;")
            + "\nHei,\n\nvedlagt ordrebekreftelse.\n\nMvh\nNordlys Logistikk\n")
    hops = "Return-Path: <>\n" + hop(name, host, "Exim 4.97", date)
    return mail([hops, ("Date", date), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
                 ("Subject", subject), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied"),
                 ("X-Failed-Recipients", ", ".join(a for a in EXIM_RCPTS[name]))],
                text_part(body, "utf-8", "quoted-printable") if any(ord(c) > 127 for c in body) else text_part(body))


EXIM_RCPTS = {}

files = {}


def add(name, text, nb=False):
    files[(nb, name)] = text


S = {  # our senders
    "ordre": f"ordre@{ORG}", "faktura": f"faktura@{ORG}", "kunde": f"kundeservice@{ORG}",
    "ingrid": f"ingrid.haugen@{ORG}", "pieter": f"pieter.janssens@{ORG}", "mette": f"mette.kjaer@{ORG}",
    "aino": f"aino.virtanen@{ORG}", "lars": f"lars.bergqvist@{ORG}", "news": f"nyhetsbrev@{ORG}",
}
RHOST = {"kpn": "mx1.kpnmail.nl", "ziggo": "mx.ziggo.nl", "xs4all": "mx1.xs4all.nl", "transip": "mx.transip.email",
         "skynet": "mx.skynet.be", "proximus": "mx.proximus.be", "telenet": "mx.telenet-ops.be",
         "telia": "mx1.telia.com", "online": "mx.online.no", "elisa": "mx.elisa.fi", "yousee": "mx.yousee.dk",
         "tdc": "mx.mail.dk", "onecom": "mx1.pub.mailpod1-cph3.one.com", "loopia": "mx1.loopia.se",
         "simply": "mx.simply.com"}
RIP = {"kpn": "192.0.2.101", "ziggo": "192.0.2.102", "xs4all": "192.0.2.103", "transip": "192.0.2.104",
       "skynet": "192.0.2.105", "proximus": "192.0.2.106", "telenet": "192.0.2.107", "telia": "192.0.2.108",
       "online": "192.0.2.109", "elisa": "192.0.2.110", "yousee": "192.0.2.111", "tdc": "192.0.2.112",
       "onecom": "192.0.2.113", "loopia": "192.0.2.114", "simply": "192.0.2.115"}


def said(p, rcpt, reply, stage="RCPT TO"):
    """Postfix's line for a remote refusal, folded as Postfix folds it."""
    line = f"<{rcpt}>: host {RHOST[p]}[{RIP[p]}] said: {reply} (in reply to {stage} command)"
    return "\n".join(textwrap.wrap(line, 78, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)) + "\n"


def rem(p):
    return f"{RHOST[p]}"


def PF1(name, p, rcpt, status, reply, reason, *, sender="ordre", osubj="Ordrebekreftelse 48213", day=3, h=1, m=12,
        lang="en", stage="RCPT TO", charset="us-ascii", cte=None, hard=False, delay=None, vendor="", tz="+0100"):
    """One recipient refused by a provider's MX, reported by our own Postfix."""
    action = "delayed" if delay else "failed"
    line = said(p, rcpt, reply, stage)
    code = reply.split(" ")[0].split("-")[0]
    add(name, pf(name, host=OUR_MTA, sender=S[sender], lines=line, osubj=osubj, day=day, h=h, m=m, lang=lang,
                 charset=charset, cte=cte, delay=delay, tz=tz,
                 recips=[one(rcpt, status, reply, rem(p), action)]))
    expect(name, rcpt, reason, hard, status, code, action, vendor)


# ================================================================= bounces

# --- KPN (planet.nl, kpnmail.nl, hetnet.nl)
PF1("kpn-planet-ontvanger-onbekend.eml", "kpn", "h.vandenberg@planet.nl", "5.1.1",
    "550 5.1.1 <h.vandenberg@planet.nl>: Ontvanger onbekend / Recipient unknown", "userunknown", hard=True,
    sender="pieter", osubj="Offerte zeevracht Rotterdam-Oslo", h=0, m=14, vendor="kpn")
PF1("kpn-kpnmail-mailbox-vol.eml", "kpn", "wim.koster@kpnmail.nl", "5.2.2",
    "552 5.2.2 <wim.koster@kpnmail.nl>: De mailbox van de ontvanger is vol (mailbox full)", "mailboxfull",
    sender="pieter", osubj="Factuur 2026-11-0932", h=0, m=31, vendor="kpn")
PF1("kpn-hetnet-rbl-client-host.eml", "kpn", "familie.smits@hetnet.nl", "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using KPN RBL, listed since 2026-12-02, see https://www.kpn.com/mailblock",
    "blocked", sender="news", osubj="Nordlys nieuwsbrief december", h=2, m=5, vendor="kpn")
n = "postfix-delay-nl-connection-timed-out.eml"
add(n, pf(n, host=OUR_MTA, sender=S["ordre"], osubj="Levering week 50", day=3, h=4, m=44, delay=4,
          lines="<bestellingen@tuincentrum-dewit.example>: connect to\n    mail.tuincentrum-dewit.example[198.51.100.61]:25: Connection timed out\n",
          recips=[{"final": "bestellingen@tuincentrum-dewit.example", "action": "delayed", "status": "4.4.1",
                   "diag": "X-Postfix; connect to mail.tuincentrum-dewit.example[198.51.100.61]:25: Connection timed out",
                   "will_retry": when(8, 0, 44)}]))
expect(n, "bestellingen@tuincentrum-dewit.example", "networkerror", False, "4.4.1", "", "delayed")

# KPN smarthost: our Aarhus office relays through KPN? no: the Rotterdam office's backup relay
n = "kpn-smarthost-sasl-auth-failed.eml"
add(n, pf(n, host="relay.rotterdam.nordlys-logistikk.example", sender=S["pieter"], osubj="Planning januari", day=2, h=23, m=10,
          lines=("<planning@havenbedrijf-vlaardingen.example>: SASL authentication failed; server\n"
                 "    smtp.kpnmail.nl[192.0.2.120] said: 535 5.7.8 Error: authentication failed:\n"
                 "    authentication failure\n"),
          recips=[one("planning@havenbedrijf-vlaardingen.example", "5.7.8",
                      "535 5.7.8 Error: authentication failed: authentication failure", "smtp.kpnmail.nl")]))
expect(n, "planning@havenbedrijf-vlaardingen.example", "securityerror", False, "5.7.8", "535", "failed", "kpn")

# --- Ziggo
PF1("ziggo-no-such-mailbox.eml", "ziggo", "r.bakker1974@ziggo.nl", "5.1.1",
    "550 5.1.1 <r.bakker1974@ziggo.nl>: Recipient address rejected: no such mailbox here", "userunknown", hard=True,
    sender="kunde", osubj="Uw retourzending RT-88120", h=1, m=2, vendor="ziggo")
PF1("ziggo-content-filter-spam-score.eml", "ziggo", "anouk.visser@ziggo.nl", "5.7.1",
    "554 5.7.1 Message refused: identified as spam by content filter (score 11.4)", "spamdetected",
    sender="news", osubj="Black Friday: 20% korting op pakketverzending", h=2, m=7, stage="end of DATA", vendor="ziggo")
PF1("ziggo-delay-too-many-messages.eml", "ziggo", "jeroen.mulder@ziggo.nl", "4.7.0",
    "421 4.7.0 Too many messages from 192.0.2.25 in a short time, slow down and try again later", "ratelimited",
    sender="news", osubj="Nordlys nieuwsbrief december", h=3, m=20, delay=1, vendor="ziggo")
PF1("ziggo-upcmail-domain-gone.eml", "ziggo", "t.degroot@upcmail.nl", "5.1.1",
    "550 5.1.1 <t.degroot@upcmail.nl>: mailbox unavailable - this upcmail.nl address no longer exists", "userunknown",
    hard=True, sender="kunde", osubj="Herinnering: afspraak ophalen", h=1, m=40, vendor="ziggo")

# --- XS4ALL
PF1("xs4all-account-opgeheven.eml", "xs4all", "mvdlinden@xs4all.nl", "5.2.1",
    "550 5.2.1 <mvdlinden@xs4all.nl>: account opgeheven / account has been disabled", "suspend",
    sender="pieter", osubj="Nieuwjaarsborrel", h=0, m=55, vendor="xs4all")
PF1("xs4all-dmarc-reject.eml", "xs4all", "sanne@jansen-fotografie.example", "5.7.1",
    "550 5.7.1 Email rejected per DMARC policy for nordlys-logistikk.example (p=reject; dkim=fail spf=softfail)",
    "authfailure", sender="pieter", osubj="Fotoshoot vrachtwagens", h=1, m=18, stage="end of DATA", vendor="xs4all")

# --- TransIP (hosting customers)
PF1("transip-quotum-overschreden.eml", "transip", "info@bloemisterij-kok.example", "5.2.2",
    "552 5.2.2 <info@bloemisterij-kok.example>: Mailbox is vol, het quotum van deze mailbox is overschreden",
    "mailboxfull", sender="ordre", osubj="Bevestiging levering kerststukken", h=2, m=48, vendor="transip")
n = "transip-customer-domain-not-found.eml"
add(n, pf(n, host=OUR_MTA, sender=S["ordre"], osubj="Offerte opslag", day=3, h=1, m=58,
          lines=("<inkoop@bakkerij-smit-urk.example>: Host or domain name not found. Name service\n"
                 "    error for name=bakkerij-smit-urk.example type=MX: Host not found\n"),
          recips=[{"final": "inkoop@bakkerij-smit-urk.example", "status": "5.4.4",
                   "diag": "X-Postfix; Host or domain name not found. Name service error for name=bakkerij-smit-urk.example type=MX: Host not found"}]))
expect(n, "inkoop@bakkerij-smit-urk.example", "hostunknown", True, "5.4.4", "", "failed")

# --- Proximus / Skynet
PF1("skynet-gebruiker-onbekend.eml", "skynet", "marc.peeters@skynet.be", "5.1.1",
    "550 5.1.1 <marc.peeters@skynet.be>: Gebruiker onbekend - Utilisateur inconnu - User unknown", "userunknown",
    hard=True, sender="pieter", osubj="Transport Antwerpen", h=0, m=22, vendor="proximus")
PF1("proximus-spf-not-permitted.eml", "proximus", "els.wouters@proximus.be", "5.7.23",
    "550 5.7.23 SPF validation failed: 192.0.2.25 is not permitted to send mail for nordlys-logistikk.example",
    "authfailure", sender="pieter", osubj="Contract 2027", h=1, m=5, stage="MAIL FROM", vendor="proximus")
PF1("proximus-bericht-te-groot.eml", "proximus", "boekhouding@garage-claes.example", "5.3.4",
    "552 5.3.4 Bericht te groot / message size 31457280 exceeds the limit of 26214400 bytes", "emailtoolarge",
    sender="faktura", osubj="Facturen november (scans)", h=2, m=31, stage="MAIL FROM", vendor="proximus")
PF1("skynet-malformed-mime-boundary.eml", "skynet", "dirk.maes@skynet.be", "5.6.0",
    "554 5.6.0 Message rejected: malformed MIME structure (closing boundary not found)", "contenterror",
    sender="news", osubj="Nordlys nieuwsbrief december", h=3, m=2, stage="end of DATA", vendor="proximus")

# --- Telenet
PF1("telenet-user-unknown.eml", "telenet", "griet.desmet@telenet.be", "5.1.1",
    "550 5.1.1 <griet.desmet@telenet.be>... User unknown", "userunknown", hard=True,
    sender="kunde", osubj="Uw pakket is onderweg", h=1, m=13, vendor="telenet")
PF1("telenet-poor-ip-reputation.eml", "telenet", "koen.vermeulen@telenet.be", "5.7.1",
    "554 5.7.1 Rejected: the sending IP 192.0.2.25 has a poor reputation score, see https://www.telenet.be/postmaster",
    "badreputation", sender="news", osubj="Nordlys nieuwsbrief december", h=2, m=27, vendor="telenet")
PF1("telenet-delay-over-quota.eml", "telenet", "lien.claes@telenet.be", "4.2.2",
    "452 4.2.2 <lien.claes@telenet.be>: mailbox over quota, try again later", "mailboxfull",
    sender="kunde", osubj="Factuur en leveringsbon", h=4, m=2, delay=3, vendor="telenet")

# --- Telia (Sweden and Finland) through Telia's own relay
PF1("telia-se-okand-mottagare.eml", "telia", "b.lundgren@telia.com", "5.1.1",
    "550 5.1.1 <b.lundgren@telia.com>: Okand mottagare / unknown recipient", "userunknown", hard=True,
    sender="lars", osubj="Fraktsedel Göteborg", lang="sv", h=0, m=9, vendor="telia")
PF1("telia-se-brevladan-full-iso.eml", "telia", "gunnel.ek@telia.com", "5.2.2",
    "552 5.2.2 <gunnel.ek@telia.com>: Mottagarens brevlada ar full", "mailboxfull",
    sender="lars", osubj="Påminnelse: faktura 77120", lang="sv", charset="iso-8859-1", cte="quoted-printable",
    h=0, m=47, vendor="telia")
PF1("telia-fi-postilaatikko-taynna.eml", "telia", "jukka.heikkinen@telia.fi", "5.2.2",
    "552 5.2.2 <jukka.heikkinen@telia.fi>: Vastaanottajan postilaatikko on taynna (quota exceeded)",
    "mailboxfull", sender="aino", osubj="Toimitusvahvistus", lang="fi", tz="+0200", h=2, m=16, vendor="telia")
n = "telia-smtp-relay-access-denied-sv.eml"
add(n, pf(n, host="smtp.telia.com", sender=S["lars"], osubj="Offert lagerhyra", day=2, h=22, m=40, lang="sv",
          lines=("<inkop@vastkust-bygg.example>: Relay access denied\n"
                 "    (din IP-adress 198.51.100.140 är inte behörig att skicka via smtp.telia.com;\n"
                 "    logga in med ditt Telia-konto)\n"),
          recips=[{"final": "inkop@vastkust-bygg.example", "status": "5.7.1",
                   "diag": "smtp; 554 5.7.1 <inkop@vastkust-bygg.example>: Relay access denied"}]))
expect(n, "inkop@vastkust-bygg.example", "norelaying", False, "5.7.1", "554", "failed", "telia")
n = "telia-se-gav-upp-fem-dagar.eml"
add(n, pf(n, host="smtp.telia.com", sender=S["lars"], osubj="Årsavtal 2027", day=3, h=3, m=3, lang="sv",
          lines=("<ekonomi@sjobergs-akeri.example>: meddelandet har legat i kön i 5 dagar och\n"
                 "    kunde inte levereras; mottagarens server svarade aldrig.\n"
                 "    Vi har gett upp leveransförsöken.\n"),
          recips=[{"final": "ekonomi@sjobergs-akeri.example", "status": "4.4.7",
                   "diag": "X-Postfix; delivery temporarily suspended: connect to mail.sjobergs-akeri.example[198.51.100.77]:25: Connection timed out"}]))
expect(n, "ekonomi@sjobergs-akeri.example", "expired", False, "4.4.7", "", "failed", "telia")

# --- Telenor / Online.no
PF1("online-no-mottaker-finnes-ikke.eml", "online", "kari.nordmann58@online.no", "5.1.1",
    "550 5.1.1 <kari.nordmann58@online.no>: Mottakeren finnes ikke / no such user", "userunknown", hard=True,
    sender="ingrid", osubj="Sporingsnummer for sendingen", lang="no", h=0, m=18, vendor="telenor")
PF1("online-no-postkassen-er-full.eml", "online", "olav.berg@online.no", "5.2.2",
    "552 5.2.2 <olav.berg@online.no>: Postkassen er full, meldingen ble avvist", "mailboxfull",
    sender="ingrid", osubj="Faktura 2026-4471", lang="no", charset="iso-8859-1", cte="quoted-printable",
    h=1, m=1, vendor="telenor")
PF1("telenor-spamhaus-zen.eml", "online", "post@fjordbaat.example", "5.7.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25",
    "blocked", sender="news", osubj="Nyhetsbrev desember", h=2, m=50, vendor="telenor")
n = "telenor-delay-dns-try-again.eml"
add(n, pf(n, host=OUR_MTA, sender=S["ingrid"], osubj="Henting i Drammen", day=3, h=5, m=10, delay=4,
          lines=("<lager@drammen-havnelager.example>: Host or domain name not found. Name service\n"
                 "    error for name=drammen-havnelager.example type=MX: Host not found, try again\n"),
          recips=[{"final": "lager@drammen-havnelager.example", "action": "delayed", "status": "4.4.3",
                   "diag": "X-Postfix; Host or domain name not found. Name service error for name=drammen-havnelager.example type=MX: Host not found, try again",
                   "will_retry": when(8, 1, 10)}]))
expect(n, "lager@drammen-havnelager.example", "networkerror", False, "4.4.3", "", "delayed")

# --- Elisa / Saunalahti
PF1("elisa-saunalahti-tuntematon.eml", "elisa", "matti.korhonen@saunalahti.fi", "5.1.1",
    "550 5.1.1 <matti.korhonen@saunalahti.fi>: Tuntematon vastaanottaja (user unknown)", "userunknown", hard=True,
    sender="aino", osubj="Lähetyksen seuranta", lang="fi", tz="+0200", h=1, m=33, vendor="elisa")
PF1("elisa-kayttajatili-suljettu.eml", "elisa", "p.lehtonen@elisa.fi", "5.2.1",
    "550 5.2.1 <p.lehtonen@elisa.fi>: Kayttajatili on suljettu / mailbox disabled", "suspend",
    sender="aino", osubj="Tarjous varastotilasta", lang="fi", tz="+0200", h=2, m=4, vendor="elisa")
PF1("elisa-delay-liian-monta-yhteytta.eml", "elisa", "tilaukset@kone-ja-rauta.example", "4.7.1",
    "450 4.7.1 Liian monta samanaikaista yhteytta osoitteesta 192.0.2.25 / too many concurrent connections",
    "ratelimited", sender="news", osubj="Uutiskirje joulukuu", tz="+0200", h=4, m=25, delay=2, vendor="elisa")
n = "elisa-exim-retry-time-gave-up.eml"
EXIM_RCPTS[n] = ["myynti@pirkanmaan-puu.example"]
add(n, exim(n, host="smtp.elisa.fi", sender=S["aino"], osubj="Toimitusaikataulu", day=3, h=4, m=40, tz="+0200",
            text=("This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its\n"
                  "recipients. This is a permanent error. The following address(es) failed:\n\n"
                  "  myynti@pirkanmaan-puu.example\n"
                  "    retry timeout exceeded\n")))
expect(n, "myynti@pirkanmaan-puu.example", "expired", False, "", "", "failed", "elisa")

# --- TDC / YouSee
PF1("yousee-modtager-ukendt.eml", "yousee", "jens.hansen@youseemail.dk", "5.1.1",
    "550 5.1.1 <jens.hansen@youseemail.dk>: Modtageren er ukendt (recipient unknown)", "userunknown", hard=True,
    sender="mette", osubj="Afhentning i Aarhus", lang="da", h=0, m=36, vendor="yousee")
PF1("tdc-mail-dk-postkassen-er-fuld.eml", "tdc", "birgit.soerensen@mail.dk", "5.2.2",
    "552 5.2.2 <birgit.soerensen@mail.dk>: Postkassen er fuld / mailbox full", "mailboxfull",
    sender="mette", osubj="Faktura december", lang="da", charset="iso-8859-15", cte="quoted-printable",
    h=1, m=24, vendor="tdc")
PF1("yousee-no-reverse-dns.eml", "yousee", "niels.madsen@youseemail.dk", "5.7.25",
    "550 5.7.25 Client host 192.0.2.25 rejected: no PTR record (reverse DNS) for your IP address", "requireptr",
    sender="mette", osubj="Tilbud", h=2, m=2, vendor="yousee")
PF1("tdc-virus-fundet.eml", "tdc", "regnskab@vognmand-holm.example", "5.7.0",
    "554 5.7.0 Virus fundet i meddelelsen (Win.Trojan.Agent-1302112) - message rejected", "virusdetected",
    sender="faktura", osubj="Kontoudtog", stage="end of DATA", h=2, m=59, vendor="tdc")

# --- one.com
PF1("onecom-mailbox-does-not-exist.eml", "onecom", "kontakt@keramik-vaerkstedet.example", "5.1.1",
    "550 5.1.1 <kontakt@keramik-vaerkstedet.example>: Recipient address rejected: Mailbox does not exist",
    "userunknown", hard=True, sender="mette", osubj="Fragt af paller", h=1, m=7, vendor="one.com")
n = "onecom-outbound-spam-filter.eml"
add(n, pf(n, host="send.one.com", sender=S["mette"], osubj="Nyhedsbrev december", day=3, h=3, m=15,
          lines=("<hej@strandcafeen-hvide-sande.example>: your message was not sent: it was\n"
                 "    classified as spam by the one.com outgoing spam filter (ref OSF-7Q2K).\n"
                 "    Please remove suspicious links and try again.\n"),
          recips=[{"final": "hej@strandcafeen-hvide-sande.example", "status": "5.7.1",
                   "diag": "smtp; 550 5.7.1 Message classified as spam by outgoing filter"}]))
expect(n, "hej@strandcafeen-hvide-sande.example", "spamdetected", False, "5.7.1", "550", "failed", "one.com")
n = "onecom-procmail-command-died.eml"
add(n, pf(n, host="mx3.pub.mailpod2-cph3.one.com", sender=S["mette"], osubj="Kvittering", day=3, h=1, m=49,
          lines=("<ordre@gaardbutik-fyn.example>: Command died with status 75:\n"
                 "    \"/usr/bin/procmail -t -a $EXTENSION\". Command output: procmail: Error\n"
                 "    while writing to \"/var/mail/ordre\"\n"),
          recips=[{"final": "ordre@gaardbutik-fyn.example", "status": "5.3.0",
                   "diag": "X-Postfix; Command died with status 75: \"/usr/bin/procmail -t -a $EXTENSION\". Command output: procmail: Error while writing to \"/var/mail/ordre\""}]))
expect(n, "ordre@gaardbutik-fyn.example", "mailererror", False, "5.3.0", "", "failed", "one.com")

# --- Loopia
PF1("loopia-anvandaren-finns-ej.eml", "loopia", "info@lindqvist-snickeri.example", "5.1.1",
    "550 5.1.1 <info@lindqvist-snickeri.example>: Anvandaren finns ej", "userunknown", hard=True,
    sender="lars", osubj="Leveransbesked", lang="sv", h=0, m=26, vendor="loopia")
PF1("loopia-meddelandet-for-stort.eml", "loopia", "order@kaffe-rosteriet.example", "5.3.4",
    "552 5.3.4 Meddelandet ar for stort (max 50 MB) / message too large", "emailtoolarge",
    sender="lars", osubj="Ritningar lagerhall", lang="sv", stage="end of DATA", h=1, m=53, vendor="loopia")
PF1("loopia-delay-insufficient-storage.eml", "loopia", "bokning@hotell-norrsken.example", "4.3.1",
    "452 4.3.1 Insufficient system storage, please try again later", "systemfull",
    sender="lars", osubj="Bokning konferens", h=5, m=5, delay=2, vendor="loopia")

# --- Simply.com
PF1("simply-unknown-user-en.eml", "simply", "bestilling@cykelsmeden-odense.example", "5.1.1",
    "550 5.1.1 <bestilling@cykelsmeden-odense.example>: Recipient address rejected: User unknown in virtual mailbox table",
    "userunknown", hard=True, sender="mette", osubj="Levering af reservedele", h=0, m=58, vendor="simply.com")
PF1("simply-sender-domain-not-found.eml", "simply", "info@bryggeriet-aalborg.example", "5.1.8",
    "553 5.1.8 <ordre@nordlys-logistikk.example>: Sender address rejected: Domain not found", "rejected",
    sender="ordre", osubj="Ølleverance", stage="MAIL FROM", h=1, m=44, vendor="simply.com")
PF1("simply-blocked-sender-by-recipient-da.eml", "simply", "anne@tandlaege-vestergaard.example", "5.7.1",
    "550 5.7.1 <anne@tandlaege-vestergaard.example>: Modtageren har blokeret din afsenderadresse / the recipient has blocked your address",
    "filtered", sender="news", osubj="Nyhedsbrev december", lang="da", h=2, m=39, stage="end of DATA", vendor="simply.com")

# --- Exchange, localised, municipal and company
EX = [
    ("exchange-nl-gemeente-recipnotfound.eml", "nl", "EXMBX02.gemeente-zuidplas.example", "gemeente-zuidplas.example",
     "pieter", "j.devries@gemeente-zuidplas.example",
     "Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden.",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "Aanvraag ontheffing zwaar transport", "userunknown", True),
    ("exchange-nl-gemeente-postvak-vol.eml", "nl", "EXMBX01.gemeente-westland.example", "gemeente-westland.example",
     "pieter", "vergunningen@gemeente-westland.example",
     "Het postvak van de geadresseerde is vol en kan op dit moment geen berichten ontvangen. Probeer het bericht later opnieuw te verzenden of neem contact op met de geadresseerde.",
     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", "5.2.2",
     "Vergunning laad- en losplaats", "mailboxfull", False),
    ("exchange-nl-transportregel.eml", "nl", "MAIL01.havenbedrijf-vlaardingen.example", "havenbedrijf-vlaardingen.example",
     "pieter", "inkoop@havenbedrijf-vlaardingen.example",
     "Uw bericht is niet bezorgd omdat het in strijd is met een beleidsregel van de organisatie van de geadresseerde: bijlagen van het type .xlsm worden niet geaccepteerd.",
     "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy", "5.7.1",
     "Tariefcalculator 2027", "policyviolation", False),
    ("exchange-nl-queue-expired.eml", "nl", "EXCAS01.transport-vandijk.example", "transport-vandijk.example",
     "pieter", "planning@rederij-hoogeveen.example",
     "De server heeft het bericht gedurende 2 dagen niet kunnen bezorgen en heeft de pogingen gestaakt. De server van de geadresseerde reageerde niet.",
     "550 4.4.7 QUEUE.Expired; message expired", "4.4.7", "Vaarschema januari", "expired", False),
    ("exchange-sv-kommun-endast-interna.eml", "sv", "EX01.molndal-kommun.example", "molndal-kommun.example",
     "lars", "upphandling@molndal-kommun.example",
     "Gruppen upphandling tar bara emot meddelanden från personer i organisationen. Din e-postadress har inte behörighet att skicka till gruppen.",
     "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
     "5.7.133", "Anbud transporttjänster", "filtered", False),
    ("exchange-sv-hop-count-loop.eml", "sv", "EXHUB02.vastra-frakt.example", "vastra-frakt.example",
     "lars", "lager@vastra-frakt.example",
     "Meddelandet har vidarebefordrats för många gånger mellan servrar och kan ha fastnat i en slinga.",
     "554 5.4.14 Hop count exceeded - possible mail loop ATTR34", "5.4.14", "Inventering vecka 49", "networkerror", False),
    ("exchange-no-kommune-mottaker-ukjent.eml", "no", "EXMBX03.asker-kommune.example", "asker-kommune.example",
     "ingrid", "byggesak@asker-kommune.example",
     "E-postadressen du skrev inn ble ikke funnet. Kontroller mottakerens e-postadresse, og prøv å sende meldingen på nytt.",
     "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient byggesak@asker-kommune.example not found by SMTP address lookup",
     "5.1.10", "Søknad om midlertidig lagring", "userunknown", True),
    ("exchange-no-postboks-deaktivert.eml", "no", "EX02.fiskeriselskapet.example", "fiskeriselskapet.example",
     "ingrid", "t.aasen@fiskeriselskapet.example",
     "Postboksen til mottakeren er deaktivert. Mottakeren har sluttet i selskapet eller kontoen er stengt.",
     "550 5.2.1 STOREDRV.Deliver; mailbox disabled", "5.2.1", "Frakt av kjølevarer", "suspend", False),
    ("exchange-da-kommune-for-stor.eml", "da", "EXCH01.skanderborg-kommune.example", "skanderborg-kommune.example",
     "mette", "teknik@skanderborg-kommune.example",
     "Meddelelsen er for stor til at blive leveret. Den overskrider den maksimale størrelse, som modtagerens organisation tillader.",
     "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size", "5.3.4", "Tegninger til byggetilladelse",
     "emailtoolarge", False),
    ("exchange-fi-kaupunki-ei-loydy.eml", "fi", "EXMB01.nokian-kaupunki.example", "nokian-kaupunki.example",
     "aino", "kirjaamo.vanha@nokian-kaupunki.example",
     "Kirjoittamaasi sähköpostiosoitetta ei löytynyt. Tarkista vastaanottajan sähköpostiosoite ja yritä lähettää viesti uudelleen.",
     "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", "5.1.1", "Lupahakemus", "userunknown", True),
    ("exchange-fi-banned-sending-ip.eml", "fi", "HE1EUR04FT012.mail.protection.outlook.com", "metsatyo-oy.example",
     "aino", "hankinnat@metsatyo-oy.example",
     "Viestiä ei toimitettu, koska lähettävän palvelimen IP-osoite on estetty.",
     "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from this list please visit https://sender.office.com/ and follow the directions.",
     "5.7.606", "Kuljetustarjous", "blocked", False),
]
for (n, lang, server, domain, snd, rcpt, explain, reply, status, osubj, reason, hard) in EX:
    cs, ce = ("utf-8", "base64")
    if n == "exchange-sv-kommun-endast-interna.eml":
        cs, ce = ("iso-8859-1", "quoted-printable")
    if n == "exchange-da-kommune-for-stor.eml":
        cs, ce = ("iso-8859-15", "quoted-printable")
    tz = "+0200" if lang == "fi" else "+0100"
    i = EX.index((n, lang, server, domain, snd, rcpt, explain, reply, status, osubj, reason, hard))
    add(n, exch(n, lang=lang, server=server, domain=domain, sender=S[snd], rcpt=rcpt, explain=explain, reply=reply,
                status=status, osubj=osubj, day=3, h=(i * 7) % 5, m=(i * 13) % 60, charset=cs, cte=ce, tz=tz))
    expect(n, rcpt, reason, hard, status, reply.split(" ")[0], "failed", "exchange")

# Exchange delay notice in Danish (a DSN with Action: delayed)
n = "exchange-da-forsinket-levering.eml"
date = when(3, 4, 12)
text = ("Levering af din meddelelse er forsinket til disse modtagere eller grupper:\n\n"
        "lager@silkeborg-transport.example\n\n"
        "Emne: Palleopgørelse\n\n"
        "Denne meddelelse er endnu ikke leveret. Der vil stadig blive forsøgt levering.\n\n"
        "Serveren vil fortsætte med at forsøge at levere meddelelsen i 1 dag, 19 timer og 48 minutter.\n"
        "Du får besked, hvis meddelelsen ikke kan leveres inden da.\n\n\n\n\n\n"
        "Diagnosticeringsoplysninger for administratorer:\n\nGenererende server: EXCH02.nordlys-logistikk.example\n"
        "Modtagerserver: mail.silkeborg-transport.example\n\nlager@silkeborg-transport.example\n"
        "Fjernserveren returnerede '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.'\n")
add(n, dsn_mail(n, frm=f"postmaster@{ORG}", to=S["mette"], subject=enc_header("Forsinket: Palleopgørelse", "utf-8"),
                date=date, host="EXCH02.nordlys-logistikk.example",
                hops=hop(n, "EXCH02.nordlys-logistikk.example", "Microsoft SMTP Server (version=TLS1_2)", date),
                text=text, charset="utf-8", cte="base64",
                recips=[{"final": "lager@silkeborg-transport.example", "action": "delayed", "status": "4.4.0",
                         "remote": "mail.silkeborg-transport.example",
                         "diag": "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed."}],
                arrival=when(3, 0, 12), orig=orig(n, S["mette"], "lager@silkeborg-transport.example", "Palleopgørelse", when(3, 0, 12)),
                extra=[("Content-Language", "da-DK")]))
expect(n, "lager@silkeborg-transport.example", "networkerror", False, "4.4.0", "451", "delayed", "exchange")

# --- more everyday ones, English and mixed
n = "postfix-sv-foretag-two-recipients.eml"
add(n, pf(n, host=OUR_MTA, sender=S["lars"], osubj="Julhälsning och leveransdagar", day=3, h=0, m=3, lang="sv",
          lines=(said("loopia", "anna@bokhandeln-kungalv.example", "550 5.1.1 <anna@bokhandeln-kungalv.example>: Recipient address rejected: User unknown")
                 + said("loopia", "per@bokhandeln-kungalv.example", "552 5.2.2 <per@bokhandeln-kungalv.example>: Mailbox full: Brevladan ar full")),
          recips=[one("anna@bokhandeln-kungalv.example", "5.1.1", "550 5.1.1 <anna@bokhandeln-kungalv.example>: Recipient address rejected: User unknown", rem("loopia")),
                  one("per@bokhandeln-kungalv.example", "5.2.2", "552 5.2.2 <per@bokhandeln-kungalv.example>: Mailbox full: Brevladan ar full", rem("loopia"))]))
expect(n, "anna@bokhandeln-kungalv.example", "userunknown", True, "5.1.1", "550", "failed", "loopia")
expect(n, "per@bokhandeln-kungalv.example", "mailboxfull", False, "5.2.2", "552", "failed", "loopia")

n = "exim-dk-hosting-quota-exceeded.eml"
EXIM_RCPTS[n] = ["kontor@murerfirma-jensen.example"]
add(n, exim(n, host="mail.dkhosting-web.example", sender=S["mette"], osubj="Tilbud på containerleje", day=3, h=1, m=29,
            text=("This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its\n"
                  "recipients. This is a permanent error. The following address(es) failed:\n\n"
                  "  kontor@murerfirma-jensen.example\n"
                  "    mailbox is full (MTA-imposed quota exceeded while writing to file /home/murerfirma/mail/kontor/):\n")))
expect(n, "kontor@murerfirma-jensen.example", "mailboxfull", False, "", "", "failed")

n = "postfix-nullmx-kommune-domain.eml"
add(n, pf(n, host=OUR_MTA, sender=S["ingrid"], osubj="Henvendelse om parkering", day=3, h=1, m=51,
          lines="<post@gamle-kommune.example>: Domain gamle-kommune.example does not accept mail (nullMX)\n",
          recips=[{"final": "post@gamle-kommune.example", "status": "5.1.10",
                   "diag": "X-Postfix; Domain gamle-kommune.example does not accept mail (nullMX)"}]))
expect(n, "post@gamle-kommune.example", "notaccept", True, "5.1.10", "", "failed")

PF1("xs4all-verhuisd-551.eml", "xs4all", "bart@vanleeuwen-architecten.example", "5.1.6",
    "551 5.1.6 <bart@vanleeuwen-architecten.example>: gebruiker is verhuisd; gebruik voortaan bart@vla-architecten.example",
    "hasmoved", hard=True, sender="pieter", osubj="Tekeningen loods", h=1, m=36, vendor="xs4all")

n = "postfix-tls-required-not-offered.eml"
add(n, pf(n, host=OUR_MTA, sender=S["mette"], osubj="Kontrakt (fortroligt)", day=3, h=2, m=21,
          lines=("<jura@randers-kommune-advokat.example>: TLS is required, but was not offered by\n"
                 "    host mail.randers-kommune-advokat.example[198.51.100.93]\n"),
          recips=[{"final": "jura@randers-kommune-advokat.example", "status": "4.7.4",
                   "remote": "mail.randers-kommune-advokat.example",
                   "diag": "X-Postfix; TLS is required, but was not offered by host mail.randers-kommune-advokat.example[198.51.100.93]"}]))
expect(n, "jura@randers-kommune-advokat.example", "failedstarttls", False, "4.7.4", "", "failed")

n = "postfix-delivered-telia-leveransrapport.eml"
add(n, dsn_mail(n, frm=f"MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)", to=S["lars"],
                subject="Successful Mail Delivery Report", date=when(3, 0, 41),
                host=OUR_MTA, hops="Return-Path: <>\n" + hop(n, OUR_MTA, "Postfix", when(3, 0, 41)),
                text=("This is the mail system at host " + OUR_MTA + ".\n\nYour message was successfully delivered to the destination(s)\n"
                      "listed below. If the message was delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\n"
                      "notifications of mail delivery errors from other systems.\n\n                   The mail system\n\n"
                      "<karin.holm@telia.com>: delivery via mx1.telia.com[192.0.2.108]:25: 250 2.0.0 Ok:\n    queued as 4dL2xk0b9Fz1pQ\n"),
                recips=[{"final": "karin.holm@telia.com", "action": "delivered", "status": "2.0.0", "remote": "mx1.telia.com",
                         "diag": "250 2.0.0 Ok: queued as 4dL2xk0b9Fz1pQ"}],
                arrival=when(3, 0, 40), orig=orig(n, S["lars"], "karin.holm@telia.com", "Avtal (läskvitto begärt)", when(3, 0, 40))))
expect(n, "karin.holm@telia.com", "delivered", False, "2.0.0", "250", "delivered", "telia")

PF1("ziggo-delay-quota-will-keep-trying.eml", "ziggo", "fam.hendriks@ziggo.nl", "4.2.2",
    "452 4.2.2 <fam.hendriks@ziggo.nl>: Mailbox quota exceeded, will keep trying", "mailboxfull",
    sender="kunde", osubj="Bezorgmoment gewijzigd", h=5, m=30, delay=6, vendor="ziggo")

PF1("kpn-planet-sender-blacklisted-domain.eml", "kpn", "c.smit@planet.nl", "5.7.1",
    "554 5.7.1 <nyhetsbrev@nordlys-logistikk.example>: Sender address rejected: domain listed in dbl.spamhaus.org",
    "rejected", sender="news", osubj="Nordlys nieuwsbrief december", stage="MAIL FROM", h=2, m=12, vendor="kpn")

PF1("telenet-recipients-per-message.eml", "telenet", "an.jacobs@telenet.be", "5.5.3",
    "550 5.5.3 Too many recipients for this message, only 50 allowed per message", "ratelimited",
    sender="news", osubj="Nordlys nieuwsbrief december", h=2, m=44, vendor="telenet")

PF1("online-no-konto-sperret.eml", "online", "h.solberg@online.no", "5.2.1",
    "550 5.2.1 <h.solberg@online.no>: Kontoen er sperret / account suspended", "suspend",
    sender="ingrid", osubj="Påminnelse om henting", lang="no", h=3, m=8, vendor="telenor")

PF1("yousee-syntax-error-rcpt.eml", "yousee", "kim.poulsen@youseemail.dk", "5.5.2",
    "501 5.5.2 Syntax error in parameters or arguments", "syntaxerror",
    sender="mette", osubj="Kvittering", h=3, m=37, vendor="yousee")

n = "postfix-fi-yritys-relay-not-permitted.eml"
add(n, pf(n, host=OUR_MTA, sender=S["aino"], osubj="Rahtikirja", day=3, h=3, m=50, lang="fi", tz="+0200",
          lines=("<logistiikka@hameen-sahat.example>: host mail.hameen-sahat.example[198.51.100.45]\n"
                 "    said: 554 5.7.1 <logistiikka@hameen-sahat.example>: Relay access denied (in\n"
                 "    reply to RCPT TO command)\n"),
          recips=[one("logistiikka@hameen-sahat.example", "5.7.1", "554 5.7.1 <logistiikka@hameen-sahat.example>: Relay access denied",
                      "mail.hameen-sahat.example")]))
expect(n, "logistiikka@hameen-sahat.example", "norelaying", False, "5.7.1", "554", "failed")

# --- vacation (auto-replies to our mail)
VAC = [
    ("autoreply-nl-afwezig-outlook.eml", "nl", "r.dekker@gemeente-zuidplas.example", "pieter",
     "Automatisch antwoord: Aanvraag ontheffing zwaar transport",
     "Beste afzender,\n\nIk ben afwezig tot en met maandag 4 januari 2027 en heb geen toegang tot mijn e-mail.\n"
     "Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het\n"
     "KlantContactCentrum via 14 0180.\n\nMet vriendelijke groet,\nRob Dekker\n", "utf-8", "quoted-printable"),
    ("autoreply-sv-franvaro-iso.eml", "sv", "m.nystrom@vastkust-bygg.example", "lars", "Frånvaro: Offert lagerhyra",
     "Hej!\n\nJag är på semester och är tillbaka måndag den 11 januari.\nUnder min frånvaro läses inte e-post. "
     "Brådskande ärenden: ring växeln 031-12 34 00.\n\nMed vänlig hälsning\nMaria Nyström\n", "iso-8859-1", "quoted-printable"),
    ("autoreply-no-fravaer.eml", "no", "siv.dahl@fjordbaat.example", "ingrid", "Fravær: Frakt av kjølevarer",
     "Hei,\n\nTakk for e-posten. Jeg er på ferie til 2. januar og leser ikke e-post i denne perioden.\n"
     "Ved hastesaker, kontakt sentralbordet på 22 00 00 00.\n\nVennlig hilsen\nSiv Dahl\n", "utf-8", "base64"),
    ("autoreply-fi-lomalla.eml", "fi", "anna.salo@kone-ja-rauta.example", "aino", "Lomalla: Toimitusaikataulu",
     "Hei,\n\nOlen lomalla 21.12.2026-6.1.2027 enkä lue sähköpostiani.\nKiireellisissä asioissa ota yhteyttä asiakaspalveluun.\n\n"
     "Ystävällisin terveisin\nAnna Salo\n", "iso-8859-15", "quoted-printable"),
    ("autoreply-da-ferie-autosvar.eml", "da", "lone@vognmand-holm.example", "mette", "Autosvar: Kontoudtog",
     "Hej,\n\nJeg holder juleferie og er tilbage på kontoret mandag den 4. januar.\n"
     "Din mail bliver ikke videresendt. Har du brug for hjælp, så skriv til regnskab@vognmand-holm.example.\n\n"
     "Venlig hilsen\nLone Holm\n", "utf-8", "base64"),
]
for i, (n, lang, who, snd, subj, body, cs, ce) in enumerate(VAC):
    date = when(3, i, 17 + i)
    host = "mail." + who.split("@")[1]
    add(n, plain_mail(n, frm=who, to=S[snd], subject=enc_header(subj, cs), date=date, host=host,
                      hops=hop(n, host, "Postfix" if i % 2 else "Microsoft SMTP Server", date),
                      text=body, charset=cs, cte=ce, auto=True,
                      extra=[("In-Reply-To", mid(n + "orig", ORG)), ("References", mid(n + "orig", ORG)),
                             ("X-Auto-Response-Suppress", "All")] + ([("Precedence", "bulk")] if i % 2 else [])))
    expect(n, who, "vacation", False, "", "", "", "")

# ================================================================= near-misses


def nbmail(name, frm, to, subj, text, day, h, m, charset="us-ascii", cte=None, extra=(), host=None):
    date = when(day, h, m)
    host = host or frm.split("@")[1].rstrip(">")
    s = subj if all(ord(c) < 128 for c in subj) else enc_header(subj, "utf-8" if charset == "us-ascii" else charset)
    if charset == "us-ascii" and any(ord(c) > 127 for c in text):
        charset, cte = "utf-8", "quoted-printable"
    if any(ord(c) > 127 for c in frm):
        disp, addr = frm.split(" <")
        frm = enc_header(disp, "utf-8", "q") + " <" + addr
    add(name, plain_mail(name, frm=frm, to=to, subject=s, date=date, host=host,
                         hops=hop(name, host.split()[-1] if " " in host else host, "Postfix", date, frm="out.relay.example", ip="198.51.100.200"),
                         text=text, charset=charset, cte=cte, extra=list(extra), auto=False), nb=True)


nbmail("nb-reply-nl-re-onbestelbaar.eml", "Johan Meijer <j.meijer@transport-vandijk.example>", S["pieter"],
       "RE: Onbestelbaar: Vaarschema januari",
       "Hoi Pieter,\n\nJe kreeg een foutmelding 'onbestelbaar' van onze server; dat kwam door onderhoud\n"
       "vannacht. Het bericht is nu wel binnen, ik heb het schema doorgestuurd naar planning.\n\n"
       "Groet,\nJohan\n\n-----Oorspronkelijk bericht-----\nVan: Pieter Janssens\nVerzonden: woensdag 2 december 2026 22:10\n"
       "Onderwerp: Vaarschema januari\n", 3, 8, 5,
       extra=[("In-Reply-To", mid("x1", ORG))])
nbmail("nb-kpn-notice-mailbox-80-procent.eml", "KPN Mail <noreply@kpnmail.nl>", S["pieter"],
       "Uw mailbox is bijna vol (80%)",
       "Beste klant,\n\nUw KPN-mailbox gebruikt 80% van de beschikbare opslagruimte (4 GB van 5 GB).\n"
       "Verwijder oude berichten of bijlagen om te voorkomen dat u straks geen e-mail meer kunt ontvangen.\n\n"
       "Met vriendelijke groet,\nKPN\n", 3, 6, 0, extra=[("Auto-Submitted", "auto-generated")])
nbmail("nb-telia-driftsmeddelande.eml", "Telia Driftinformation <drift@telia.se>", S["lars"],
       "Planerat underhåll av e-posttjänsten natten till 10 december",
       "Hej,\n\nNatten till torsdag 10 december kl. 00.00-04.00 uppgraderar vi Telias e-postservrar.\n"
       "Under arbetet kan e-post fördröjas, men inga meddelanden går förlorade. Mejl som inte kan\n"
       "levereras direkt köas och skickas när arbetet är klart.\n\nVänliga hälsningar\nTelia\n", 2, 14, 0,
       charset="iso-8859-1", cte="quoted-printable", extra=[("Precedence", "bulk")])
nbmail("nb-ziggo-nieuwsbrief.eml", "Ziggo <nieuwsbrief@mail.ziggo.nl>", "pieter.janssens@ziggo.nl",
       "December bij Ziggo: de beste films en series",
       "Bekijk deze e-mail in je browser.\n\nDeze maand op Ziggo Movies & Series: ...\n\n"
       "Je ontvangt deze e-mail omdat je klant bent bij Ziggo. Afmelden? Klik hier.\n", 2, 18, 30,
       extra=[("List-Unsubscribe", "<mailto:unsubscribe@mail.ziggo.nl>"), ("Precedence", "bulk")])
nbmail("nb-loopia-faktura.eml", "Loopia <faktura@loopia.se>", S["lars"], "Faktura 9921877 från Loopia",
       "Hej,\n\nDin faktura för domänen nordlys-logistikk.example är nu tillgänglig i Loopia Kundzon.\n"
       "Belopp: 249 kr. Förfallodag: 2026-12-31.\n\nOm fakturan inte betalas kan domänen sluta fungera och e-post\n"
       "till adresser på domänen kan studsa.\n\nMed vänlig hälsning\nLoopia AB\n", 2, 9, 0)
nbmail("nb-onecom-domain-renewal.eml", "one.com <noreply@one.com>", S["mette"], "Din domæne udløber om 30 dage",
       "Kære kunde,\n\nDit domæne nordlys-logistikk.example udløber den 2. januar 2027. Forny det nu, så din hjemmeside\n"
       "og din e-mail fortsat virker. Hvis domænet udløber, kan mails til dig ikke leveres.\n\nVenlig hilsen\none.com\n", 2, 10, 0,
       extra=[("Auto-Submitted", "auto-generated")])
nbmail("nb-spam-fake-quota-nl.eml", "\"Mail Delivery System\" <beheer@mailbox-onderhoud.example>", S["pieter"],
       "Waarschuwing: uw mailbox is vol - berichten worden geweigerd",
       "Beste gebruiker,\n\nUw mailbox heeft de limiet overschreden. 7 inkomende berichten zijn geweigerd\n"
       "en in de wachtrij geplaatst. Klik hieronder om uw berichten vrij te geven en uw opslag te verhogen:\n\n"
       "https://mailbox-onderhoud.example/vrijgeven\n\nMail Administrator\n", 3, 3, 33)
nbmail("nb-spam-brevlada-full-sv.eml", "Postmaster <postmaster@webbmejl-support.example>", S["lars"],
       "Din brevlåda är full - åtgärd krävs",
       "Hej,\n\nDin brevlåda har nått sin lagringsgräns och nya meddelanden kan inte levereras.\n"
       "Verifiera ditt konto inom 24 timmar för att undvika att kontot stängs:\n\nhttps://webbmejl-support.example/verifiera\n\n"
       "IT-support\n", 3, 4, 11)
nbmail("nb-human-fi-sait-viestini.eml", "Jari Mäkinen <jari.makinen@kone-ja-rauta.example>", S["aino"],
       "Sait viestini?",
       "Hei Aino,\n\nsain eilen sinulta virheilmoituksen 'viestiä ei voitu toimittaa' kun vastasin tarjoukseen.\n"
       "Lähetän nyt uudestaan toisesta osoitteesta. Sopiiko toimitus viikolla 51?\n\nTerveisin\nJari\n", 3, 8, 40)
nbmail("nb-telenor-nyhetsbrev.eml", "Telenor <nyhetsbrev@telenor.no>", S["ingrid"], "Julekampanje: ny mobil til 0 kr",
       "Hei!\n\nFå ny mobil til 0 kr når du bytter abonnement før jul.\n\nDu mottar denne e-posten fordi du er kunde hos\n"
       "Telenor. Meld deg av her.\n", 2, 17, 0, extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://telenor.no/avmeld>")])
nbmail("nb-elisa-salasana-vanhenee.eml", "Elisa <noreply@elisa.fi>", S["aino"], "Sähköpostisi salasana vanhenee pian",
       "Hei,\n\nElisa Sähköpostin salasanasi vanhenee 7 päivän kuluttua. Vaihda salasana OmaElisassa.\n"
       "Jos et vaihda salasanaa, et voi kirjautua sähköpostiin.\n\nElisa\n", 2, 12, 0, extra=[("Auto-Submitted", "auto-generated")])
nbmail("nb-transip-dns-wijziging.eml", "TransIP <noreply@transip.nl>", S["pieter"], "Wijziging DNS-records doorgevoerd",
       "Beste klant,\n\nDe volgende wijziging is doorgevoerd voor nordlys-logistikk.example:\n  MX 10 mx-out1.nordlys-logistikk.example\n\n"
       "Het kan tot 24 uur duren voordat de wijziging overal zichtbaar is.\n\nMet vriendelijke groet,\nTransIP\n", 2, 15, 20)
nbmail("nb-xs4all-adres-verhuist.eml", "XS4ALL <klantenservice@xs4all.nl>", "pieter.janssens@xs4all.nl",
       "Uw XS4ALL-mailadres blijft werken",
       "Beste klant,\n\nXS4ALL gaat verder onder KPN. Uw e-mailadres op xs4all.nl blijft gewoon werken;\n"
       "u hoeft niets te doen. Berichten worden niet doorgestuurd of verplaatst.\n\nMet vriendelijke groet,\nXS4ALL\n", 2, 11, 0)
nbmail("nb-helpdesk-no-postboks-full.eml", "IT-brukerstøtte <support@fiskeriselskapet.example>", S["ingrid"],
       "[Sak #44812] Postboksen til t.aasen er full",
       "Hei Ingrid,\n\nTakk for henvendelsen. Du skrev at e-post til t.aasen ble avvist fordi postboksen er full.\n"
       "Kontoen hans er nå stengt siden han har sluttet; send heller til innkjop@fiskeriselskapet.example.\n\n"
       "Saken er lukket.\n\nMvh\nIT-brukerstøtte\n", 3, 9, 15, extra=[("In-Reply-To", mid("x2", ORG))])
nbmail("nb-proximus-quarantaine-overzicht.eml", "Proximus Mail Protection <quarantine@proximus.be>", S["pieter"],
       "Overzicht van berichten in quarantaine (3)",
       "De volgende berichten zijn als spam in quarantaine geplaatst en niet in uw inbox afgeleverd:\n\n"
       "  van: promo@winactie.example   onderwerp: U heeft gewonnen\n  van: info@crypto-kansen.example   onderwerp: Verdubbel uw geld\n\n"
       "Vrijgeven kan via het Proximus-portaal.\n", 3, 6, 30, extra=[("Auto-Submitted", "auto-generated")])
nbmail("nb-simply-abuse-notice-kunde.eml", "Simply.com Abuse <abuse@simply.com>", S["mette"],
       "Klager over spam fra din konto",
       "Hej,\n\nVi har modtaget klager over spam sendt fra nyhedsbrev@nordlys-logistikk.example.\n"
       "Udsendelser fra kontoen er midlertidigt begrænset til 100 mails i timen. Svar på denne mail,\n"
       "hvis du mener, der er tale om en fejl.\n\nVenlig hilsen\nSimply.com\n", 3, 7, 45)
nbmail("nb-telenet-nieuwsbrief.eml", "Telenet <nieuws@telenet.be>", "pieter.janssens@telenet.be", "Uw factuur van december staat klaar",
       "Beste klant,\n\nUw factuur van december staat klaar in Mijn Telenet. Het bedrag wordt op 15 december\ngedomicilieerd.\n\nTelenet\n",
       2, 19, 0, extra=[("Precedence", "bulk")])
nbmail("nb-list-digest-nl.eml", "logistiek-nl-request@lists.vervoer-forum.example", S["pieter"],
       "logistiek-nl Digest, Vol 88, Issue 12",
       "Stuur bijdragen voor logistiek-nl naar logistiek-nl@lists.vervoer-forum.example\n\nOnderwerpen van vandaag:\n\n"
       "   1. Re: bounces van gemeente-adressen (Henk Bos)\n   2. Tolheffing Duitsland 2027 (Sara Pauwels)\n\n"
       "----------------------------------------------------------------------\n\nBericht: 1\nVan: Henk Bos\n"
       "Onderwerp: Re: bounces van gemeente-adressen\n\nBij ons komt alles van de gemeente terug met '550 5.1.1 not found'.\n"
       "Iemand een idee of hun adressen zijn gewijzigd?\n", 3, 7, 0,
       extra=[("List-Id", "<logistiek-nl.lists.vervoer-forum.example>"), ("Precedence", "list")])

# meeting response and read receipt (Exchange, Swedish and Danish)
n = "nb-exchange-avbojt-mote-sv.eml"
date = when(3, 8, 20)
add(n, mail([hop(n, "EX01.molndal-kommun.example", "Microsoft SMTP Server", date), ("Date", date),
             ("From", "Eva Lind <eva.lind@molndal-kommun.example>"), ("To", S["lars"]),
             ("Subject", enc_header("Avböjt: Genomgång av anbud", "utf-8")), ("Message-ID", mid(n, "molndal-kommun.example")),
             ("Thread-Topic", enc_header("Genomgång av anbud", "utf-8")), ("Content-Language", "sv-SE")],
            text_part("Tyvärr kan jag inte delta den dagen. Föreslår torsdag eftermiddag i stället.\n\n/Eva\n", "utf-8", "quoted-printable")), nb=True)
n = "nb-read-receipt-da.eml"
date = when(3, 9, 2)
mdn = ("Reporting-UA: EXCH01.skanderborg-kommune.example; Microsoft Outlook 16.0\n"
       "Final-Recipient: rfc822; teknik@skanderborg-kommune.example\n"
       f"Original-Message-ID: {mid('mdnorig', ORG)}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
add(n, mail([hop(n, "EXCH01.skanderborg-kommune.example", "Microsoft SMTP Server", date), ("Date", date),
             ("From", "Teknik og Miljø <teknik@skanderborg-kommune.example>".replace("ø", "o")), ("To", S["mette"]),
             ("Subject", enc_header("Læst: Tegninger til byggetilladelse", "utf-8")),
             ("Message-ID", mid(n, "skanderborg-kommune.example"))],
            multipart("report", [text_part("Din meddelelse\n\n  Til: teknik@skanderborg-kommune.example\n  Emne: Tegninger til byggetilladelse\n\n"
                                           "blev læst torsdag 3. december 2026 09:02:11 (UTC+01:00).\n", "utf-8", "quoted-printable"),
                                 part("message/disposition-notification", mdn, cte=None)],
                      boundary(n), " report-type=disposition-notification;")), nb=True)

# ================================================================= write
for (nb, name), text in sorted(files.items()):
    write(NB if nb else OUT, name, text)
write_expected(os.path.join(OUT, "expected.jsonl"))
print(f"{sum(1 for k in files if not k[0])} bounces, {sum(1 for k in files if k[0])} near-misses, "
      f"{len(EXPECT)} expected records")
