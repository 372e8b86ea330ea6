#!/usr/bin/env python3
"""Writes testdata/unseen/batch-72: one night of bounces at a German
Mittelstand company (Kessler Maschinenbau GmbH, a second take): its own
Exchange 2019 on-premises server (German NDRs), its Postfix relay for the
ERP and the scanners (German bounce template), mail to GMX, WEB.DE,
T-Online, freenet, IONOS, Posteo, mailbox.org, Strato, Hetzner, all-inkl,
DATEV-connected tax advisers and Telekom business customers, Exim on German
hosting, Kerio Connect, Tobit David, Zarafa/Kopano and Open-Xchange at small
companies; German and English; ISO-8859-1/15 and UTF-8; delays and
Abwesenheitsnotizen. not-bounce/ holds provider notices, customers'
replies, read receipts, invoices and spam that must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch72.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

CO = "kessler-maschinenbau.example"
RELAY = "mx-out.kessler-maschinenbau.example"
EXCH = "EXSRV01.kessler.local"
RELAY_IP = "198.51.100.25"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def when(n, delay_min=0):
    """The night: 18:40 to 06:50 local time (+0100), one file every few minutes."""
    total = 18 * 60 + 40 + n * 7 + delay_min
    day = 2 + total // (24 * 60)
    total %= 24 * 60
    return dt(2026, 12, day, total // 60, total % 60, (n * 13) % 60, "+0100")


N = [0]


def nxt():
    N[0] += 1
    return N[0]


def orig(name, frm, to, subj, date, extra=""):
    return orig_headers(frm, to, subj, date, mid(name + "o", frm.split("@")[1]), extra)


# --- Postfix relay, German bounce template --------------------------------

PF_HEAD = """Dies ist das Mailsystem auf dem Rechner {host}.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Sie ist unten angehängt.

Für weitere Hilfe senden Sie bitte eine E-Mail an postmaster.

Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Ihren
eigenen Text können Sie aus der angehängten Nachricht entfernen.

                   Das Mailsystem

"""

PF_DELAY = """Dies ist das Mailsystem auf dem Rechner {host}.

########################################################################
# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN. #
########################################################################

Ihre Nachricht konnte seit mehr als {hours} Stunde(n) nicht zugestellt werden.
Es wird weiter versucht, bis sie {days} Tag(e) alt ist.

Für weitere Hilfe senden Sie bitte eine E-Mail an postmaster.

                   Das Mailsystem

"""


def pf(name, sender, rcpts, osubj, charset="utf-8", cte="quoted-printable", delay=None, host=RELAY, vendor=""):
    """rcpts: (addr, status, reply, remote, said_text, reason). said_text is the
    human line after the address; the diag is 'reply status said_text'."""
    n = nxt()
    date = when(n)
    odate = when(n, -300 if not delay else -250)
    head = PF_DELAY.format(host=host, hours=delay[0], days=delay[1]) if delay else PF_HEAD.format(host=host)
    tail = []
    recips = []
    for addr, status, reply, remote, said, reason in rcpts:
        if remote:
            diag = f"{reply} {status} {said}" if reply else said
            tail.append(f"<{addr}>: host {remote}[{'203.0.113.' + str(10 + len(tail))}] said:\n    {diag} (in reply to RCPT TO command)")
            dline = diag
        else:
            tail.append(f"<{addr}>: {said}")
            dline = said
        r = {"final": addr, "status": status, "action": "delayed" if delay else "failed", "diag": dline}
        if remote:
            r["remote"] = remote
        recips.append(r)
        expect(name, addr, reason, hard=(reason in HARD and status.startswith("5")), status=status, reply=reply,
               action="delayed" if delay else "failed", vendor=vendor)
    text = head + "\n\n".join(tail) + "\n"
    subj = "Verzögerte Nachricht (wird weiter versucht)" if delay else "Unzustellbare Nachricht an den Absender zurückgeschickt"
    bnd = boundary(name)
    parts = [text_part(text, charset, cte), delivery_status(host, recips, odate),
             part("text/rfc822-headers", orig(name, sender, ", ".join(r[0] for r in rcpts), osubj, odate), cte=None)]
    heads = ["Return-Path: <>\n" + hop(name, host, "Postfix", date),
             ("Date", date), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("To", sender),
             ("Subject", enc_header(subj, charset)), ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))


HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}

# --- Exchange 2019 on-premises, German NDR --------------------------------


def ex(name, sender, addr, status, reply, remote, said, reason, osubj, gen=EXCH, charset="utf-8",
       extra_text="", delay=False, vendor="exchange", action=None):
    n = nxt()
    date = when(n)
    odate = when(n, -200)
    if delay:
        title = "Die Zustellung an diese Empfänger oder Gruppen ist verzögert:"
        intro = ("Die Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, sie zuzustellen.\n\n"
                 "Der Server wird noch 1 Tag, 19 Stunden und 12 Minuten lang versuchen, die Nachricht zuzustellen. "
                 "Sie erhalten eine Benachrichtigung, falls die Nachricht bis dahin nicht zugestellt werden kann.")
        subj = "Zustellung verzögert: " + osubj
    else:
        title = "Die Nachricht konnte nicht an folgende Empfänger oder Gruppen zugestellt werden:"
        intro = extra_text
        subj = "Unzustellbar: " + osubj
    diagline = (f"Remote-Server hat '{reply} {status} {said}' zurückgegeben" if remote
                else f"{reply} {status} {said}")
    text = (f"{title}\n\n{addr} ({addr})\n{intro}\n\n\n\n\n"
            f"Diagnoseinformationen für Administratoren:\n\nGenerierender Server: {gen}\n\n"
            f"{addr}\n{remote or gen}\n{diagline}\n\n"
            f"Ursprüngliche Nachrichtenkopfzeilen:\n\n")
    act = action or ("delayed" if delay else "failed")
    r = {"final": addr, "status": status, "action": act, "diag": f"{reply} {status} {said}"}
    if remote:
        r["remote"] = remote
    expect(name, addr, reason, hard=(reason in HARD and status.startswith("5")), status=status, reply=reply,
           action=act, vendor=vendor)
    bnd = boundary(name)
    o = orig(name, sender, addr, osubj, odate, "X-MS-Exchange-Organization-AuthAs: Internal\nThread-Topic: " + osubj)
    parts = [text_part(text, charset, "quoted-printable"), delivery_status(gen, [r], odate),
             part("message/rfc822", o + "\nSiehe Anhang.\n", cte=None)]
    heads = [hop(name, gen, "Microsoft SMTP Server (version=TLS1_2)", date, gen.split(".")[0], "10.20.1.11"),
             ("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{CO}>"),
             ("To", sender), ("Date", date), ("Subject", enc_header(subj, charset)),
             ("Message-ID", mid(name, gen)), ("Content-Language", "de-DE"),
             ("X-MS-Exchange-Organization-SCL", "-1"), ("Auto-Submitted", "auto-replied"),
             ("X-MS-Exchange-Message-Is-Ndr", "")]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))


# --- Exim (plain, non-DSN) ------------------------------------------------

EXIM_EN = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its\n"
           "recipients. This is a permanent error. The following address(es) failed:\n\n")
EXIM_DE = ("Diese Nachricht wurde automatisch von der Mail-Zustellsoftware erstellt.\n\n"
           "Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger\n"
           "nicht zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n)\n"
           "sind fehlgeschlagen:\n\n")


def exim(name, sender, host, body, entries, osubj, charset="us-ascii", cte=None, subj=None, delay=False, odelta=-90):
    """entries: (addr, reason, status, reply); body may name {odate}."""
    n = nxt()
    date = when(n)
    odate = when(n, odelta)
    body = body.replace("{odate}", odate)
    o = orig(name, sender, ", ".join(e[0] for e in entries), osubj, odate)
    text = body + "\n------ This is a copy of the message's headers. ------\n\n" + o
    for addr, reason, status, reply in entries:
        expect(name, addr, reason, hard=(reason in HARD and not delay), status=status, reply=reply,
               action="delayed" if delay else "failed", vendor="exim")
    heads = ["Return-path: <>\n" + hop(name, host, "Exim 4.97", date, host, "127.0.0.1"),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", sender),
             ("Subject", subj or "Mail delivery failed: returning message to sender"),
             ("Message-Id", mid(name, host)), ("Date", date), ("X-Failed-Recipients", ", ".join(e[0] for e in entries)),
             ("Auto-Submitted", "auto-replied")]
    if delay:  # a warning names no failed recipient
        heads = [h for h in heads if not (isinstance(h, tuple) and h[0] == "X-Failed-Recipients")]
    write(OUT, name, mail(heads, text_part(text, charset, cte)))


# --- plain provider / groupware notices -----------------------------------


def plain(name, frm, to, subj, host, text, entries, charset="utf-8", cte="quoted-printable", auto=True,
          extra=(), action="failed", outdir=None, sw="ESMTP"):
    n = nxt()
    date = when(n)
    for e in entries:
        addr, reason, status, reply = e[:4]
        hard = reason in HARD and action == "failed"
        expect(name, addr, reason, hard=hard, status=status, reply=reply,
               action="" if reason == "vacation" else action, vendor=e[4] if len(e) > 4 else "")
    heads = [hop(name, host, sw, date, host, "192.0.2.%d" % (20 + n % 200)),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subj),
             ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    write(outdir or OUT, name, mail(heads, text_part(text, charset, cte)))


S = {  # senders inside the company
    "vk": f"vertrieb@{CO}", "eb": f"e.becker@{CO}", "ek": f"einkauf@{CO}", "rb": f"rechnung@{CO}",
    "hr": f"personal@{CO}", "sv": f"service@{CO}", "gf": f"m.kessler@{CO}", "erp": f"erp-noreply@{CO}",
}

# ===== Postfix relay, German template ======================================
pf("b72-pf-de-gmx-mailbox-unavailable.eml", S["rb"],
   [("k.brandt@gmx.de", "5.0.0", "550", "mx00.emig.gmx.net", "Requested action not taken: mailbox unavailable", "userunknown")],
   "Rechnung 2026-11873", vendor="gmx")
pf("b72-pf-de-webde-postfach-voll-delay.eml", S["vk"],
   [("holzbau.seidel@web.de", "4.2.2", "452", "mx-ha03.web.de", "Recipient mailbox is over its storage allowance, try later", "mailboxfull")],
   "Angebot Schweisstisch ST-2000", delay=(4, 5), vendor="webde")
pf("b72-pf-de-tonline-ip-listed.eml", S["vk"],
   [("r.hoffmann@t-online.de", "5.7.1", "554", "mx03.t-online.de",
     "IP=198.51.100.25 - this sending IP is on our local list of rejected hosts; ask your postmaster to contact tosa@rx.t-online.de", "blocked")],
   "Ersatzteilliste Baureihe K4", vendor="t-online")
pf("b72-pf-de-freenet-empfaenger-unbekannt.eml", S["sv"],
   [("werkstatt-lange@freenet.de", "5.1.1", "550", "mx.freenet.de", "<werkstatt-lange@freenet.de>: Empfaenger unbekannt / recipient unknown", "userunknown")],
   "Ihr Wartungstermin am 9.12.", charset="iso-8859-15", vendor="freenet")
pf("b72-pf-de-ionos-quota-permanent.eml", S["rb"],
   [("buchhaltung@schreinerei-vogt.example", "5.2.2", "552", "mx00.ionos.de", "Mailbox has exceeded the allotted disk space of this account", "mailboxfull")],
   "Mahnung Rechnung 2026-10214", vendor="ionos")
pf("b72-pf-de-posteo-spf-hardfail.eml", S["gf"],
   [("j.winter@posteo.de", "5.7.23", "550", "mx04.posteo.de", "Sender Policy Framework: the host 198.51.100.25 is not permitted to send for kessler-maschinenbau.example", "authfailure")],
   "Termin Mittwoch", vendor="posteo")
pf("b72-pf-de-mailboxorg-zu-gross.eml", S["eb"],
   [("konstruktion@ing-buero-falk.example", "5.3.4", "552", "mx1.mailbox.org", "Message exceeds the 50 MB size we accept for a single mail", "emailtoolarge")],
   "CAD-Daten Rahmen 44-B (STEP)", vendor="mailbox.org")
pf("b72-pf-de-domain-gibt-es-nicht.eml", S["ek"],
   [("info@stahlhandel-ruehl-gmbh.example", "5.4.4", "", "",
     "Host or domain name not found. Name service error for\n    name=stahlhandel-ruehl-gmbh.example type=A: Host not found", "hostunknown")],
   "Anfrage Flachstahl S235")
pf("b72-pf-de-hetzner-verbindung-abgelehnt-delay.eml", S["ek"],
   [("dispo@spedition-kraemer.example", "4.4.1", "", "",
     "connect to mail.spedition-kraemer.example[203.0.113.40]:25: Connection refused", "networkerror")],
   "Abholung KW 50", delay=(6, 5))
pf("b72-pf-de-datev-kanzlei-tls-fehlt-delay.eml", S["rb"],
   [("lohn@kanzlei-brenner.example", "4.7.4", "", "",
     "TLS is required, but was not offered by host mx01.kanzlei-brenner.example[203.0.113.61]", "failedstarttls")],
   "Lohnunterlagen November (verschluesselt)", delay=(4, 5), vendor="datev")
pf("b72-pf-de-gmx-kein-ptr.eml", S["vk"],
   [("maschinen.ott@gmx.net", "5.7.25", "550", "mx01.emig.gmx.net", "The IP address 198.51.100.25 has no PTR record; mail from hosts without reverse DNS is not accepted", "requireptr")],
   "Preisliste 2027", vendor="gmx")
pf("b72-pf-de-webde-als-spam-abgelehnt.eml", S["vk"],
   [("a.kuehn@web.de", "5.7.1", "554", "mx-ha02.web.de", "Die Nachricht wurde von unserem Filter als unerwuenschte Werbung (Spam) eingestuft und abgelehnt", "spamdetected")],
   "Nur bis Freitag: 20% auf Spannmittel", vendor="webde")
pf("b72-pf-de-tonline-zu-schnell-delay.eml", S["erp"],
   [("kunde4471@t-online.de", "4.7.0", "421", "mx02.t-online.de", "Too many messages from 198.51.100.25 in a short time, slow down and retry later", "ratelimited")],
   "Lieferavis 80031772", delay=(4, 5), vendor="t-online")
pf("b72-pf-de-kunde-relay-verweigert.eml", S["sv"],
   [("technik@mueller-antriebe.example", "5.7.1", "554", "mail.mueller-antriebe.example", "<technik@mueller-antriebe.example>: Relay access denied", "norelaying")],
   "Servicebericht SB-2211")
pf("b72-pf-de-drei-empfaenger-gemischt.eml", S["hr"],
   [("bewerbung.schulz@gmx.de", "5.1.1", "550", "mx00.emig.gmx.net", "Mailbox does not exist", "userunknown"),
    ("t.wagner@t-online.de", "5.2.2", "552", "mx01.t-online.de", "Das Postfach des Empfaengers ist voll", "mailboxfull"),
    ("s.peters@freenet.de", "5.2.1", "550", "mx.freenet.de", "Dieses Konto wurde gesperrt (account suspended)", "suspend")],
   "Ihre Bewerbung als Zerspanungsmechaniker", vendor="")
pf("b72-pf-de-umgezogen-neue-adresse.eml", S["vk"],
   [("h.berger@elektro-berger.example", "5.1.6", "551", "mx.elektro-berger.example",
     "Empfaenger nicht mehr hier; bitte verwenden Sie kuenftig h.berger@berger-elektrotechnik.example", "hasmoved")],
   "Rahmenvertrag 2027")
pf("b72-pf-de-scanner-absender-domain.eml", f"scanner-halle2@kessler.local",
   [("qs@zulieferer-haas.example", "5.1.8", "553", "mail.zulieferer-haas.example",
     "<scanner-halle2@kessler.local>: Sender address rejected: Domain not found", "rejected")],
   "Scan vom 02.12.2026 21:14")
pf("b72-pf-de-speicher-voll-server-delay.eml", S["ek"],
   [("einkauf@gusswerk-moll.example", "4.3.1", "452", "mail.gusswerk-moll.example", "Nicht genug Speicherplatz auf dem Mailserver, bitte spaeter erneut versuchen", "systemfull")],
   "Bestellung 4500093321", charset="iso-8859-1", delay=(4, 5))
pf("b72-pf-de-interner-fehler.eml", S["sv"],
   [("service@hydraulik-engel.example", "5.3.0", "554", "mail.hydraulik-engel.example", "Interner Fehler des Mailservers: Nachricht konnte nicht gespeichert werden", "systemerror")],
   "Ersatzteilanfrage Pumpe HP-7")
pf("b72-pf-de-erp-doppelter-header.eml", S["erp"],
   [("ap@grosshandel-lenz.example", "5.7.1", "550", "mx.grosshandel-lenz.example", "Nachricht entspricht nicht RFC 5322: Kopfzeile Date mehrfach vorhanden", "notcompliantrfc")],
   "Rechnung 2026-11902")
pf("b72-pf-de-mime-kaputt.eml", S["erp"],
   [("rechnungseingang@baumarkt-pohl.example", "5.6.0", "554", "mx.baumarkt-pohl.example", "Fehlerhafter MIME-Aufbau: Begrenzer des multipart-Teils fehlt", "contenterror")],
   "XRechnung 2026-11903")
pf("b72-pf-de-schlechte-reputation.eml", S["vk"],
   [("info@metallbau-franke.example", "5.7.1", "550", "mx.metallbau-franke.example", "Die Reputation Ihres Mailservers 198.51.100.25 ist zu schlecht, Annahme verweigert", "badreputation")],
   "Newsletter Dezember")
pf("b72-pf-de-empfaenger-sperrt-absender.eml", S["vk"],
   [("geschaeftsfuehrung@haus-technik-roth.example", "5.7.1", "550", "mail.haus-technik-roth.example",
     "Der Empfaenger hat Nachrichten von Ihrer Adresse in seinen persoenlichen Filtereinstellungen abgelehnt", "filtered")],
   "Nachfrage zu unserem Angebot")
pf("b72-pf-de-strato-smarthost-anmeldung-delay.eml", S["hr"],
   [("a.weiss@strato-kunde-elektro.example", "4.7.0", "", "",
     "SASL authentication failed; server smtp.strato.de[203.0.113.80] said: 535 Authentication credentials invalid", "securityerror")],
   "Arbeitsvertrag", delay=(4, 5), host="mailgw.kessler-maschinenbau.example", vendor="strato")
pf("b72-pf-de-mailboxorg-anhang-gefaehrlich.eml", S["sv"],
   [("werkstatt@pfeiffer-kfz.example", "5.7.1", "554", "mx2.mailbox.org", "Message refused by policy: attachments of type .js are not accepted", "policyviolation")],
   "Software-Update Steuerung", vendor="mailbox.org")
pf("b72-pf-de-telekom-business-virus.eml", S["rb"],
   [("kreditoren@stadtwerke-nordheim.example", "5.7.0", "554", "mx.securemail.telekom.example", "Virus found in attachment Rechnung.docm: Trojan.Emotet.Gen", "virusdetected")],
   "Rechnung 2026-11911", vendor="telekom")

# ===== Exchange 2019 on-premises, German NDRs ================================
ex("b72-ex-de-kollege-ausgeschieden.eml", S["gf"], f"p.zimmermann@{CO}", "5.1.1", "550", "",
   "RESOLVER.ADR.RecipNotFound; Empfaenger in Active Directory nicht gefunden", "userunknown",
   "Jahresgespraech", extra_text="Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Prüfen Sie die Adresse und senden Sie die Nachricht erneut.")
ex("b72-ex-de-postfach-voll-storedrv.eml", S["hr"], f"lager@{CO}", "5.2.2", "554", "",
   "STOREDRV.Deliver.Exception:QuotaExceededException; Das Postfach des Empfaengers hat die Speichergrenze erreicht", "mailboxfull",
   "Inventur 2026", extra_text="Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.")
ex("b72-ex-de-nachricht-zu-gross.eml", S["eb"], "projekt@werkzeugbau-klein.example", "5.3.4", "550", "",
   "ROUTING.SizeLimit; Die Nachrichtengroesse ueberschreitet das zulaessige Limit von 25 MB", "emailtoolarge",
   "Zeichnungen Spritzgusswerkzeug", extra_text="Die Nachricht ist zu groß für das System des Empfängers.")
ex("b72-ex-de-remote-spamhaus.eml", S["vk"], "info@landtechnik-meyer.example", "5.7.1", "550", "mx.landtechnik-meyer.example",
   "Service unavailable; Client host [198.51.100.25] blocked using zen.spamhaus.org", "blocked", "Messe Agritechnica")
ex("b72-ex-de-verzoegert-dns.eml", S["ek"], "vertrieb@kugellager-sommer.example", "4.4.0", "451", "",
   "DNS query failed. The error was: SMTPSEND.DNS.Timeout; the DNS server did not answer in time", "networkerror",
   "Preisanfrage Rillenkugellager", delay=True)
ex("b72-ex-de-abgelaufen-zwei-tage.eml", S["sv"], "service@brauerei-maier.example", "4.4.7", "550", "",
   "QUEUE.Expired; Nachricht ist abgelaufen, Zustellung nach 2 Tagen aufgegeben", "expired",
   "Wartungsvertrag Abfuellanlage",
   extra_text="Die Nachricht wurde nicht zugestellt, weil der Zielserver in der gesamten Wiederholungszeit nicht erreichbar war.")
ex("b72-ex-de-remote-dmarc.eml", S["gf"], "c.lorenz@familienunternehmen-lorenz.example", "5.7.26", "550", "mx.familienunternehmen-lorenz.example",
   "Nicht authentifizierte E-Mail von kessler-maschinenbau.example wird wegen der DMARC-Richtlinie der Domain nicht angenommen", "authfailure",
   "Einladung Jubilaeum")
ex("b72-ex-de-kunde-exchange-relay.eml", S["sv"], "support@kaelte-schubert.example", "5.7.54", "550", "mail.kaelte-schubert.example",
   "SMTP; Unable to relay recipient in non-accepted domain", "norelaying", "Servicevertrag Kaelteanlage")
ex("b72-ex-de-kunden-postfach-deaktiviert.eml", S["vk"], "m.schroeder@fensterbau-schroeder.example", "5.2.1", "550",
   "mail.fensterbau-schroeder.example", "Das Postfach ist deaktiviert und nimmt keine Nachrichten an", "suspend",
   "Angebot Nr. 26-0912")

# ===== Exim on German hosting =================================================
exim("b72-exim-hetzner-retry-timeout.eml", S["ek"], "www123.your-server.de",
     EXIM_EN + "  bestellung@feinmechanik-albrecht.example\n    retry timeout exceeded\n",
     [("bestellung@feinmechanik-albrecht.example", "expired", "", "")], "Bestellung 4500093340")
exim("b72-exim-de-hoster-unbekannt.eml", S["vk"], "mail.webhoster-nord.example",
     EXIM_DE + "  kontakt@tischlerei-jahn.example\n    Fehler vom entfernten Mailserver nach RCPT TO:<kontakt@tischlerei-jahn.example>:\n"
     "    550 5.1.1 Diese Empfaengeradresse ist auf dem Server nicht eingerichtet\n",
     [("kontakt@tischlerei-jahn.example", "userunknown", "5.1.1", "550")], "Katalog 2027",
     charset="iso-8859-15", cte="quoted-printable", subj=enc_header("Zustellung fehlgeschlagen: Nachricht an Absender zurück", "iso-8859-15", "q"))
exim("b72-exim-allinkl-speicher-erschoepft.eml", S["rb"], "dd41702.kasserver.com",
     EXIM_DE + "  info@fliesen-busch.example\n    Das Postfach hat seinen zugeteilten Speicherplatz aufgebraucht (Kontingent: 2048 MB)\n",
     [("info@fliesen-busch.example", "mailboxfull", "", "")], "Rechnung 2026-11920", charset="utf-8", cte="quoted-printable",
     subj=enc_header("Zustellung fehlgeschlagen", "utf-8"))
exim("b72-exim-managed-spamcop.eml", S["vk"], "mx.managed-server-hetzner.example",
     EXIM_EN + "  a.nowak@druckerei-nowak.example\n    host mx.druckerei-nowak.example [203.0.113.90]\n"
     "    SMTP error from remote mail server after RCPT TO:<a.nowak@druckerei-nowak.example>:\n"
     "    550 rejected because 198.51.100.25 is listed at bl.spamcop.net\n",
     [("a.nowak@druckerei-nowak.example", "blocked", "", "550")], "Druckauftrag Broschuere")
exim("b72-exim-ticket-pipe-fehler.eml", S["sv"], "mail.support-kunde.example",
     EXIM_EN + "  ticket@support-kunde.example\n    Child process of ticket_pipe transport returned 75 (could mean temporary error) from command:\n"
     "    /usr/local/bin/helpdesk-import\n",
     [("ticket@support-kunde.example", "mailererror", "", "")], "Stoerung Maschine 7 - Ticket bitte")
exim("b72-exim-delay-zeitueberschreitung.eml", S["ek"], "mail.webhoster-nord.example",
     "This message was created automatically by mail delivery software.\n"
     "A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.webhoster-nord.example.\n\n"
     "The message identifier is:     1vQ2kz-0004Tb-3M\nThe date of the message is:    {odate}\n\n"
     "The address to which the message has not yet been delivered is:\n\n  lieferant@drehteile-horn.example\n"
     "    Delay reason: SMTP timeout after initial connection: Connection timed out\n\n"
     "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n",
     [("lieferant@drehteile-horn.example", "networkerror", "", "")], "Lieferterminanfrage",
     subj="Warning: message 1vQ2kz-0004Tb-3M delayed 24 hours", delay=True, odelta=-24 * 60 - 9)
exim("b72-exim-de-null-mx.eml", S["vk"], "mail.webhoster-nord.example",
     EXIM_DE + "  info@alte-firma-kunz.example\n    Die Domain alte-firma-kunz.example nimmt grundsaetzlich keine E-Mails an\n"
     "    (Null-MX-Eintrag nach RFC 7505)\n",
     [("info@alte-firma-kunz.example", "notaccept", "", "")], "Adressaenderung", charset="utf-8", cte="quoted-printable",
     subj=enc_header("Zustellung fehlgeschlagen", "utf-8"))
exim("b72-exim-posteo-postfach-existiert-nicht.eml", S["hr"], "www210.your-server.de",
     EXIM_EN + "  l.krause@posteo.de\n    host mx01.posteo.de [203.0.113.71]\n"
     "    SMTP error from remote mail server after RCPT TO:<l.krause@posteo.de>:\n    550 5.1.1 Postfach existiert nicht\n",
     [("l.krause@posteo.de", "userunknown", "5.1.1", "550", )], "Einladung Vorstellungsgespraech")

# ===== providers' own notices (home-office accounts and forwarded mail) ====
plain("b72-gmx-unzustellbar-latin15.eml", "Mail Delivery System <mailer-daemon@gmx.net>", "kessler.aussendienst@gmx.de",
      enc_header("Unzustellbar: Muster Spannpratzen", "iso-8859-15"), "mout.gmx.net",
      "Hallo,\n\nIhre E-Mail vom 02.12.2026 19:44 konnte nicht zugestellt werden.\n\n"
      "Empfänger: einkauf@metallwaren-kurz.example\n"
      "Grund: Die Empfängeradresse existiert beim Zielsystem nicht (550 5.1.1 no such recipient here).\n\n"
      "Bitte prüfen Sie die Schreibweise der Adresse.\n\nIhr GMX Team\n",
      [("einkauf@metallwaren-kurz.example", "userunknown", "5.1.1", "550", "gmx")], charset="iso-8859-15")
plain("b72-webde-postfach-voll-latin1.eml", "WEB.DE Mailer <mailer-daemon@web.de>", "kessler.montage@web.de",
      enc_header("Nachricht konnte nicht zugestellt werden", "iso-8859-1"), "mout.web.de",
      "Ihre Nachricht an\n\n   baustelle.ruhr@montage-dietz.example\n\nkonnte nicht zugestellt werden.\n\n"
      "Der Server des Empfängers meldet: 552 Postfach voll, der Empfänger muss zuerst Nachrichten löschen.\n\n"
      "Diese Nachricht wurde automatisch erzeugt.\n",
      [("baustelle.ruhr@montage-dietz.example", "mailboxfull", "", "552", "webde")], charset="iso-8859-1")
plain("b72-tonline-empfaenger-nicht-vorhanden.eml", "Mail Delivery Subsystem <MAILER-DAEMON@mailout.t-online.de>", "kessler-werksvertretung@t-online.de",
      enc_header("Fehler bei der Zustellung Ihrer Nachricht", "utf-8"), "mailout11.t-online.de",
      "Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:\n\n"
      "    verkauf@agrarhandel-wolff.example\n\n"
      "Die Empfängeradresse ist beim Zielserver nicht vorhanden.\n"
      "(Antwort des Zielservers: 550 5.1.1 recipient not found)\n\n-- \nTelekom Deutschland GmbH, E-Mail-Center\n",
      [("verkauf@agrarhandel-wolff.example", "userunknown", "5.1.1", "550", "t-online")])
plain("b72-freenet-ausgang-spamfilter.eml", "freenet Mail <noreply@mail.freenet.de>", "kessler-aussendienst@freenet.de",
      enc_header("Ihre E-Mail wurde nicht versendet", "utf-8"), "mout.freenet.de",
      "Hallo,\n\nIhre E-Mail an frank.schwarz@autohaus-schwarz.example mit dem Betreff\n\"Sonderaktion Hebebuehnen\" wurde nicht versendet.\n\n"
      "Unser Spamfilter hat den Inhalt der Nachricht als Spam erkannt. Nachrichten mit\nsolchem Inhalt stellen wir nicht zu.\n\nIhr freenet Mail Team\n",
      [("frank.schwarz@autohaus-schwarz.example", "spamdetected", "", "", "freenet")])
plain("b72-ionos-versandlimit-erreicht.eml", "Mail Delivery System <MAILER-DAEMON@mout.kundenserver.de>", f"newsletter@kessler-service.example",
      enc_header("Unzustellbar: Adventsgruesse", "utf-8"), "mout.kundenserver.de",
      "Die Nachricht an folgende Empfänger wurde nicht versendet:\n\n  o.franke@baumaschinen-franke.example\n\n"
      "Grund: 550 5.7.0 Das stündliche Versandlimit Ihres Postfachs (500 Empfänger pro Stunde) ist erreicht.\n"
      "Bitte versenden Sie weitere Nachrichten später.\n",
      [("o.franke@baumaschinen-franke.example", "ratelimited", "5.7.0", "550", "ionos")])

# ===== groupware at small companies ===========================================
plain("b72-kerio-de-unbekannter-benutzer.eml", "Kerio Connect <postmaster@mail.druckluft-kaiser.example>", S["sv"],
      enc_header("Unzustellbar: Wartungsbericht Kompressor", "utf-8"), "mail.druckluft-kaiser.example",
      "Ihre Nachricht konnte nicht zugestellt werden.\n\n   Betreff: Wartungsbericht Kompressor\n   Gesendet: 02.12.2026 20:31\n\n"
      "Die Nachricht konnte folgenden Empfängern nicht zugestellt werden:\n\n"
      "   service-alt@druckluft-kaiser.example\n      Unbekannter Benutzer: dieses Konto gibt es in der Kerio-Domäne nicht\n",
      [("service-alt@druckluft-kaiser.example", "userunknown", "", "", "kerio")], sw="Kerio Connect 10.0.6")
plain("b72-kerio-de-kontingent-ueberschritten.eml", "Kerio Connect <postmaster@mail.druckluft-kaiser.example>", S["rb"],
      enc_header("Unzustellbar: Rechnung 2026-11930", "utf-8"), "mail.druckluft-kaiser.example",
      "Ihre Nachricht konnte nicht zugestellt werden.\n\n"
      "   buchhaltung@druckluft-kaiser.example\n      Der Benutzer hat sein Speicherkontingent überschritten. Die Nachricht wurde nicht angenommen.\n",
      [("buchhaltung@druckluft-kaiser.example", "mailboxfull", "", "", "kerio")], sw="Kerio Connect 10.0.6")
plain("b72-tobit-david-empfaenger-unbekannt.eml", "David Server <david@mail.sanitaer-kolb.example>", S["vk"],
      enc_header("Nachricht nicht zustellbar: Angebot Druckerhoehungsanlage", "iso-8859-1"), "mail.sanitaer-kolb.example",
      "Tobit David - Informationsdienst\n\nDie Nachricht konnte nicht zugestellt werden.\n\n"
      "An:      kolb.juergen@sanitaer-kolb.example\nBetreff: Angebot Druckerhöhungsanlage\n\n"
      "Grund: Der Empfänger ist auf diesem Server nicht bekannt.\n",
      [("kolb.juergen@sanitaer-kolb.example", "userunknown", "", "", "tobit")], charset="iso-8859-1", sw="Tobit David")
plain("b72-tobit-david-noch-nicht-zugestellt.eml", "David Server <david@mail.sanitaer-kolb.example>", S["ek"],
      enc_header("Nachricht noch nicht zugestellt: Bestellung 4500093355", "iso-8859-1"), "mail.sanitaer-kolb.example",
      "Tobit David - Informationsdienst\n\nIhre Nachricht an lager@rohrhandel-born.example konnte bisher nicht zugestellt werden.\n"
      "Der Server versucht es weiterhin, Sie müssen nichts tun.\n\n"
      "Letzter Fehler: Verbindung zum Zielserver mx.rohrhandel-born.example nicht möglich (Zeitüberschreitung).\n",
      [("lager@rohrhandel-born.example", "networkerror", "", "", "tobit")], charset="iso-8859-1", action="delayed", sw="Tobit David")
plain("b72-kopano-speicher-hartes-limit.eml", "Mail Delivery System <MAILER-DAEMON@groupware.zahntechnik-ebert.example>", S["vk"],
      "Undelivered Mail: store over hard quota", "groupware.zahntechnik-ebert.example",
      "Your message to praxis@zahntechnik-ebert.example could not be delivered.\n\n"
      "kopano-dagent: the recipient's message store has exceeded its hard quota (3.0 GB); the message was refused.\n",
      [("praxis@zahntechnik-ebert.example", "mailboxfull", "", "", "kopano")], charset="us-ascii", cte="7bit", sw="Postfix")
plain("b72-zarafa-spooler-nicht-im-adressbuch.eml", "Zarafa Spooler <postmaster@zarafa.kanzlei-roesler.example>", S["gf"],
      enc_header("Unzustellbar: Vertragsentwurf", "utf-8"), "zarafa.kanzlei-roesler.example",
      "Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:\n\n"
      "   sekretariat@kanzlei-roesler.example\n\n"
      "zarafa-dagent: Empfänger im globalen Adressbuch nicht gefunden (user does not exist).\n",
      [("sekretariat@kanzlei-roesler.example", "userunknown", "", "", "zarafa")], sw="Postfix")

# ===== Abwesenheitsnotizen ====================================================
plain("b72-ooo-ex-de-automatische-antwort.eml", "Petra Neumann <p.neumann@landtechnik-meyer.example>", S["vk"],
      enc_header("Automatische Antwort: Angebot Nr. 26-0915", "utf-8"), "mail.landtechnik-meyer.example",
      "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 4. Januar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
      "In dringenden Fällen wenden Sie sich bitte an unseren Innendienst, Telefon 0521 000000.\n\nMit freundlichen Grüßen\nPetra Neumann\n",
      [("p.neumann@landtechnik-meyer.example", "vacation", "", "", "exchange")],
      extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "p.neumann@landtechnik-meyer.example"),
             ("Thread-Topic", "Angebot Nr. 26-0915"), ("Content-Language", "de-DE")],
      sw="Microsoft SMTP Server")
plain("b72-ooo-tobit-abwesend-latin1.eml", "Karl Kolb <karl.kolb@sanitaer-kolb.example>", S["sv"],
      enc_header("Abwesenheitsnotiz: Re: Wartungstermin", "iso-8859-1"), "mail.sanitaer-kolb.example",
      "Guten Tag,\n\nich bin vom 01.12. bis 11.12.2026 im Urlaub. Ihre Nachricht wird nicht weitergeleitet.\n"
      "Ab dem 14.12. bin ich wieder für Sie da.\n\nKarl Kolb\nSanitär Kolb GmbH & Co. KG\n",
      [("karl.kolb@sanitaer-kolb.example", "vacation", "", "", "tobit")], charset="iso-8859-1", sw="Tobit David")
plain("b72-ooo-ox-vacation-utf8.eml", "Dr. Ines Brandt <i.brandt@praxis-brandt.example>", S["gf"],
      enc_header("Abwesend: Terminvorschlag", "utf-8"), "ox.praxis-brandt.example",
      "Ich bin auf einer Fortbildung und ab Montag, 7.12., wieder erreichbar.\n"
      "I am attending a training course and will be back on Monday, 7 December.\n",
      [("i.brandt@praxis-brandt.example", "vacation", "", "", "open-xchange")],
      extra=[("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev42"), ("Precedence", "bulk")], sw="Dovecot")
plain("b72-ooo-gmx-abwesenheit.eml", "Holger Seidel <holzbau.seidel@gmx.de>", S["vk"],
      enc_header("Abwesenheit: Angebot Schweisstisch ST-2000", "utf-8"), "mout.gmx.net",
      "Danke für Ihre E-Mail. Ich bin bis 6. Dezember auf Montage und lese meine Post erst danach.\n",
      [("holzbau.seidel@gmx.de", "vacation", "", "", "gmx")], sw="GMX")
plain("b72-ooo-tonline-urlaub-latin15.eml", "Renate Hoffmann <r.hoffmann@t-online.de>", S["vk"],
      enc_header("Urlaub - automatische Antwort", "iso-8859-15"), "mailout12.t-online.de",
      "Ich bin im Urlaub bis zum 15.12.2026. Ihre E-Mail wird danach beantwortet.\n",
      [("r.hoffmann@t-online.de", "vacation", "", "", "t-online")], charset="iso-8859-15", sw="T-Online")

# ===== near-misses (no record) ================================================


def nb(name, frm, to, subj, host, text, charset="utf-8", extra=(), auto=False):
    plain(name, frm, to, subj, host, text, [], charset=charset, auto=auto, extra=extra, outdir=NB)


nb("nb-b72-gmx-postfach-fast-voll.eml", "GMX Team <service@gmx.net>", "kessler.aussendienst@gmx.de",
   enc_header("Ihr Postfach ist zu 90 % belegt", "utf-8"), "mout.gmx.net",
   "Hallo,\n\nIhr GMX Postfach ist zu 90 % belegt. Wenn es voll ist, können Sie keine E-Mails mehr empfangen.\n"
   "Löschen Sie alte Nachrichten oder buchen Sie mehr Speicher.\n\nIhr GMX Team\n",
   extra=[("Precedence", "bulk")])
nb("nb-b72-webde-neue-anmeldung.eml", "WEB.DE Sicherheit <sicherheit@web.de>", "kessler.montage@web.de",
   enc_header("Neue Anmeldung bei Ihrem WEB.DE Konto", "utf-8"), "mout.web.de",
   "Wir haben eine neue Anmeldung in Ihrem Postfach festgestellt: Firefox unter Windows, Raum Bielefeld.\n"
   "Waren Sie das nicht? Ändern Sie bitte Ihr Passwort.\n")
nb("nb-b72-kunde-antwort-zitiert-unzustellbar.eml", "Frank Schwarz <frank.schwarz@autohaus-schwarz.example>", S["vk"],
   "AW: Sonderaktion Hebebuehnen", "mail.autohaus-schwarz.example",
   "Hallo Herr Becker,\n\nbei mir kam nur eine Meldung an, dass die Nachricht nicht zugestellt werden konnte, "
   "weil mein Postfach angeblich voll war. Inzwischen habe ich aufgeräumt, schicken Sie das Angebot bitte noch einmal?\n\n"
   "Gruß\nFrank Schwarz\n")
nb("nb-b72-lesebestaetigung-gelesen.eml", "Petra Neumann <p.neumann@landtechnik-meyer.example>", S["vk"],
   enc_header("Gelesen: Angebot Nr. 26-0915", "utf-8"), "mail.landtechnik-meyer.example",
   "Ihre Nachricht\n\n  An: Petra Neumann\n  Betreff: Angebot Nr. 26-0915\n  Gesendet: Mittwoch, 2. Dezember 2026 16:02:11 (UTC+01:00)\n\n"
   "wurde am Mittwoch, 2. Dezember 2026 19:12:40 (UTC+01:00) gelesen.\n")
nb("nb-b72-nicht-gelesen-geloescht.eml", "Lager <lager@gusswerk-moll.example>", S["ek"],
   enc_header("Nicht gelesen: Bestellung 4500093321", "utf-8"), "mail.gusswerk-moll.example",
   "Ihre Nachricht\n\n  An: Lager\n  Betreff: Bestellung 4500093321\n\nwurde am 02.12.2026 22:40 ungelesen gelöscht.\n")
nb("nb-b72-ionos-rechnung.eml", "IONOS <rechnung@ionos.de>", f"buchhaltung@{CO}",
   enc_header("Ihre Rechnung 200891234567 vom 01.12.2026", "utf-8"), "mout.kundenserver.de",
   "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihre Rechnung für Ihren Vertrag Mail Business.\n"
   "Rechnungsbetrag: 47,88 EUR. Der Betrag wird per SEPA-Lastschrift eingezogen.\n\nIhr IONOS Team\n")
nb("nb-b72-telekom-rechnung-online.eml", "Telekom Deutschland GmbH <rechnungonline@telekom.de>", f"buchhaltung@{CO}",
   enc_header("Ihre Telekom Rechnung Dezember 2026", "iso-8859-15"), "mailout.telekom.de",
   "Guten Tag,\n\nIhre Rechnung für den Anschluss DeutschlandLAN steht im Kundencenter bereit. Betrag: 189,40 EUR.\n",
   charset="iso-8859-15")
nb("nb-b72-phishing-postfach-gesperrt.eml", "Postmaster Team <admin@kontoservice-mail.example>", S["hr"],
   enc_header("Ihr Postfach wird gesperrt - Speicher ueberschritten", "utf-8"), "mail.kontoservice-mail.example",
   "Sehr geehrter Nutzer,\n\nIhr Postfach hat das Speicherlimit überschritten. 14 eingehende Nachrichten wurden zurückgehalten.\n"
   "Klicken Sie hier, um Ihr Konto zu bestätigen und die Nachrichten freizugeben: http://kontoservice-mail.example/verify\n")
nb("nb-b72-datev-neue-belege.eml", "DATEV Unternehmen online <noreply@datev.de>", f"buchhaltung@{CO}",
   enc_header("Neue Belege zur Bearbeitung", "utf-8"), "mail.datev.de",
   "Ihre Steuerberatungskanzlei hat 12 neue Belege in DATEV Unternehmen online bereitgestellt.\n", extra=[("Precedence", "bulk")])
nb("nb-b72-strato-wartung.eml", "STRATO Kundenservice <noreply@strato.de>", f"it@{CO}",
   enc_header("Geplante Wartungsarbeiten am 10.12.2026", "utf-8"), "mail.strato.de",
   "Am 10.12.2026 zwischen 01:00 und 03:00 Uhr kann es zu kurzen Verzögerungen bei der E-Mail-Zustellung kommen. "
   "Eingehende E-Mails gehen nicht verloren.\n")
nb("nb-b72-posteo-guthaben.eml", "Posteo <info@posteo.de>", "kessler.privat@posteo.de",
   enc_header("Ihr Guthaben reicht noch für 30 Tage", "utf-8"), "mout01.posteo.de",
   "Hallo,\n\nIhr Posteo-Guthaben reicht noch für etwa 30 Tage. Danach wird Ihr Postfach eingeschränkt.\n")
nb("nb-b72-kunde-neue-adresse-mitteilung.eml", "Heinz Berger <h.berger@berger-elektrotechnik.example>", S["vk"],
   "Neue E-Mail-Adresse", "mail.berger-elektrotechnik.example",
   "Guten Tag,\n\nunsere Firma heißt jetzt Berger Elektrotechnik. Die alte Adresse h.berger@elektro-berger.example "
   "ist nicht mehr erreichbar; bitte schreiben Sie nur noch an diese Adresse.\n\nHeinz Berger\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
