#!/usr/bin/env python3
"""Writes testdata/unseen/batch-30: a German-speaking sender's night.
Bounces, delay warnings and out-of-office replies as they reach senders in
Germany, Austria and Switzerland (GMX, WEB.DE, T-Online, freenet, Posteo,
mailbox.org, Strato, IONOS, Hetzner-hosted Postfix, all-inkl, Swisscom,
Sunrise, A1, Exchange and Microsoft 365 tenants with German NDRs,
Univention/Kopano/Open-Xchange servers), in German and English, UTF-8 and
ISO-8859-1/-15, plus ordinary near-miss mail in not-bounce/, and
expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch30.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

HARD = {"userunknown", "hostunknown", "hasmoved", "notaccept"}


def hs(s, charset="utf-8"):
    """A header value, encoded when it is not ASCII."""
    return enc_header(s, charset, "b") if any(ord(c) > 127 for c in s) else s


def qid(name, n=11):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def night(i, tz="+0100"):
    """The i-th moment of the night of 2/3 December 2026, local time."""
    mins = 22 * 60 + 7 + i * 7
    day = 2 if mins < 24 * 60 else 3
    mins %= 24 * 60
    return dt(2026, 12, day, mins // 60, mins % 60, (i * 13) % 60, tz)


def earlier(i, tz="+0100", hours=0):
    mins = 22 * 60 + 7 + i * 7 - 1 - hours * 60
    day = 2
    while mins < 0:
        mins += 24 * 60
        day -= 1
    day += mins // (24 * 60)
    mins %= 24 * 60
    return dt(2026, 12, day, mins // 60, mins % 60, (i * 7) % 60, tz)


def ex(name, r, action="failed"):
    reason = r["reason"]
    temporary = r.get("status", "").startswith("4") or r.get("code", "").startswith("4")
    hard = reason in HARD and action == "failed" and not temporary
    expect(name, r["addr"], reason, hard, r.get("status", ""), r.get("code", ""), action, r.get("vendor", ""))


def wrap(text, indent="    "):
    return "\n".join(textwrap.wrap(text, 72, initial_indent=indent, subsequent_indent=indent))


# ---------------------------------------------------------------- Postfix (English and German templates)

PF_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_DE = """Dies ist das Mailsystem auf dem Rechner {host}.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger
nicht zugestellt werden. Sie ist unten angehängt.

Für weitere Hilfe wenden Sie sich bitte an den Postmaster.

Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Ihren
eigenen Text können Sie aus der angehängten Nachricht entfernen.

                   Das Mailsystem

"""

PF_DELAY_EN = """This is the mail system at host {host}.

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

PF_DELAY_DE = """Dies ist das Mailsystem auf dem Rechner {host}.

####################################################################
# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT #
# SENDEN.                                                          #
####################################################################

Ihre Nachricht konnte seit mehr als 4 Stunde(n) nicht zugestellt werden.
Die Zustellung wird weiter versucht, bis die Nachricht 5 Tag(e) alt ist.

Für weitere Hilfe wenden Sie sich bitte an den Postmaster.

                   Das Mailsystem

"""


def pf_line(r):
    if r.get("local"):
        return f"<{r['addr']}>: {r['local']}\n"
    stage = r.get("stage", "RCPT TO")
    words = f"host {r['rhost']}[{r['rip']}] said: {r['reply']} (in reply to {stage} command)"
    if r.get("said") is False:
        words = r["reply"]
    return f"<{r['addr']}>: " + wrap(words).lstrip() + "\n"


def pf(name, i, host, sender, rows, osubj, de=False, delayed=False, charset=None, cte=None, tz="+0100", frm=None,
       subject=None):
    d = night(i, tz)
    action = "delayed" if delayed else "failed"
    if delayed:
        head = (PF_DELAY_DE if de else PF_DELAY_EN).format(host=host)
        subject = subject or ("Verzögerte Nachricht (wird weiter versucht)" if de else "Delayed Mail (still being retried)")
    else:
        head = (PF_DE if de else PF_EN).format(host=host)
        subject = subject or ("Unzustellbare Nachricht an Absender zurück" if de else "Undelivered Mail Returned to Sender")
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, "utf-8", "b")
    text = head + "\n".join(pf_line(r) for r in rows)
    if charset is None:
        charset = "utf-8" if de else "us-ascii"
    recips = []
    for r in rows:
        diag = r.get("diag")
        if diag is None:
            diag = r["reply"] if r.get("rhost") else r["local"]
        rec = {"final": r["addr"], "status": r["status"], "action": action, "diag": diag}
        if r.get("rhost"):
            rec["remote"] = r["rhost"]
        if delayed:
            rec["will_retry"] = dt(2026, 12, 7, 21, 40, 0, tz)
        recips.append(rec)
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", qid(name), d)])
    domain = sender.split("@")[1]
    for r in rows:
        ex(name, r, action)
    return dsn_mail(name, frm=frm or f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subject, date=d,
                    host=host, hops=hops, text=text, recips=recips, arrival=earlier(i, tz, 5 if delayed else 0),
                    charset=charset, cte=cte,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj), earlier(i, tz, 5 if delayed else 0),
                                      mid(name + "o", domain)))


# ---------------------------------------------------------------- Exim (no DSN part, English or German)

EXIM_EN = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""
EXIM_DE = """Diese Nachricht wurde automatisch von der Mail-Software erzeugt.

Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger
nicht zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende
Adresse(n) sind fehlgeschlagen:

"""


def exim_row(r, de):
    if r.get("local"):
        return f"  {r['addr']}\n    {r['local']}\n"
    stage = r.get("stage", "RCPT TO:<%s>" % r["addr"])
    err = f"SMTP-Fehler vom entfernten Mailserver nach {stage}:" if de else f"SMTP error from remote mail server after {stage}:"
    body = "\n".join("    " + ln for ln in r["reply"].split("\n"))
    return f"  {r['addr']}\n    host {r['rhost']} [{r['rip']}]\n    {err}\n{body}\n"


def exim(name, i, host, sender, rows, osubj, de=False, charset=None, cte=None, tz="+0100", subject=None):
    d = night(i, tz)
    text = (EXIM_DE if de else EXIM_EN) + "\n".join(exim_row(r, de) for r in rows)
    text += "\n------ This is a copy of the message, including all the headers. ------\n\n" if not de else \
        "\n------ Dies ist eine Kopie der Nachricht einschließlich aller Kopfzeilen. ------\n\n"
    domain = sender.split("@")[1]
    text += orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj), earlier(i, tz), mid(name + "o", domain))
    text += "\n[Nachrichtentext entfernt]\n" if de else "\n[body removed]\n"
    subject = subject or ("Unzustellbar: " + osubj if de else "Mail delivery failed: returning message to sender")
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, charset or "utf-8", "q" if charset and "8859" in charset else "b")
    hops = "Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Exim 4.97", "1vR" + qid(name, 3) + "-000" + qid(name + "x", 3) + "-" + qid(name + "y", 2), d)])
    for r in rows:
        ex(name, r)
    return plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender, subject=subject, date=d,
                      host=host, hops=hops, text=text, charset=charset or ("utf-8" if de else "us-ascii"),
                      cte=cte, extra=[("X-Failed-Recipients", ", ".join(r["addr"] for r in rows))])


# ---------------------------------------------------------------- Exchange / Microsoft 365, German NDRs

def exch(name, i, server, sender, rows, osubj, *, m365=False, delayed=False, charset="utf-8", cte="quoted-printable",
         tz="+0100", html=False):
    d = night(i, tz)
    org = sender.split("@")[1]
    if delayed:
        subject = "Zustellung verzögert: " + osubj
        text = "Zustellung an folgende Empfänger oder Gruppen verzögert:\n\n"
        for r in rows:
            text += f"{r['addr']}\n{r['why']}\n\n"
        text += ("Betreff: " + osubj + "\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, "
                 "die Nachricht zuzustellen.\n\nDer Server wird noch 1 Tag(e), 19 Stunde(n) und 48 Minute(n) lang "
                 "versuchen, die Nachricht zuzustellen. Sie werden benachrichtigt, falls die Nachricht in diesem "
                 "Zeitraum nicht zugestellt werden kann.\n\n")
    elif m365:
        subject = "Unzustellbar: " + osubj
        text = ""
        for r in rows:
            text += f"Ihre Nachricht hat {r['addr']} nicht erreicht, weil {r['why']}\n\n"
        text += "Wie behebe ich das Problem?\n" + rows[0].get("fix", "Wenden Sie sich an den Empfänger (telefonisch, persönlich ...) und teilen Sie ihm mit, welche Meldung Sie erhalten haben.") + "\n\n"
    else:
        subject = "Unzustellbar: " + osubj
        text = "Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:\n\n"
        for r in rows:
            text += f"{r['addr']}\n{r['why']}\n\n"
    text += "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: " + server + "\n\n"
    for r in rows:
        if r.get("rhost"):
            text += f"{r['addr']}\n{r['rhost']}\nRemoteserver hat '{r['reply']}' zurückgegeben\n\n"
        else:
            text += f"{r['addr']}\n{r['reply']}\n\n"
    text += "Ursprüngliche Nachrichtenkopfzeilen:\n\n" + orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj),
                                                                      earlier(i, tz, 6 if delayed else 0), mid(name + "o", org))
    action = "delayed" if delayed else "failed"
    recips = []
    for r in rows:
        rec = {"final": r["addr"], "status": r["status"], "action": action, "diag": r["reply"]}
        if r.get("rhost"):
            rec["remote"] = r["rhost"]
        recips.append(rec)
        ex(name, r, action)
    hops = "Return-Path: <>\n" + received([(server, "10.12.4.21", server, "Microsoft SMTP Server (version=TLS1_2)", "15.20.8207.14", d)])
    extra = [("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    alt = None
    if html:
        alt = "<html><body>" + "".join("<p>" + ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"
                                       for ln in text.split("\n\n")) + "</body></html>"
    frm = ("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + org + ">") if m365 else \
        ("Systemadministrator <postmaster@" + org + ">")
    return dsn_mail(name, frm=frm, to=sender, subject=enc_header(subject, "utf-8", "b") if any(ord(c) > 127 for c in subject) else subject,
                    date=d, host=server, hops=hops, text=text, recips=recips, arrival=earlier(i, tz, 6 if delayed else 0),
                    charset=charset, cte=cte, extra=extra, alt_html=alt, reporting=server,
                    orig=orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj), earlier(i, tz, 6 if delayed else 0),
                                      mid(name + "o", org)))


# ---------------------------------------------------------------- plain notices (T-Online, GMX, Swisscom, A1 ...)

def notice(name, i, frm, sender, subject, text, host, rows=(), charset="utf-8", cte="quoted-printable", tz="+0100",
           extra=(), sw="Postfix", action="failed"):
    d = night(i, tz)
    hops = "Return-Path: <>\n" + received([(host, "192.0.2.25", host, sw, qid(name, 12), d)])
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, charset if charset != "us-ascii" else "utf-8", "q" if "8859" in charset else "b")
    for r in rows:
        ex(name, r, action)
    return plain_mail(name, frm=frm, to=sender, subject=subject, date=d, host=host, hops=hops, text=text,
                      charset=charset, cte=cte if charset != "us-ascii" else "7bit", extra=list(extra))


def R(addr, reason, reply="", status="", code="", **kw):
    r = {"addr": addr, "reason": reason, "reply": reply, "status": status, "code": code}
    r.update(kw)
    return r


# ================================================================ bounces
i = 0


def nxt():
    global i
    i += 1
    return i


# ---------------------------------------------------------------- Postfix hosters (mailbox.org, Posteo, Hetzner, all-inkl, Univention)

n = "mailboxorg-webde-mailbox-unavailable.eml"
write(OUT, n, pf(n, nxt(), "mx2.mailbox.org", "heike.brandt@mailbox.org",
    [R("oma.gerda@web.de", "userunknown", "550 Requested action not taken: mailbox unavailable", "5.0.0", "550",
       rhost="mx-ha02.web.de", rip="212.227.17.8", vendor="webde")],
    "Fotos vom Adventskaffee"))

n = "posteo-tonline-recipient-unknown-de.eml"
write(OUT, n, pf(n, nxt(), "mout02.posteo.de", "lukas.engel@posteo.de",
    [R("schrebergarten-77@t-online.de", "userunknown", "550 5.1.1 <schrebergarten-77@t-online.de>: Recipient address rejected: no such mailbox",
       "5.1.1", "550", rhost="mx00.t-online.de", rip="194.25.134.8", vendor="t-online")],
    "Pachtvertrag Parzelle 77", de=True))

n = "hetzner-postfix-virtual-unknown-local.eml"
write(OUT, n, pf(n, nxt(), "mail.tischlerei-vogt.example", "buero@tischlerei-vogt.example",
    [R("m.vogt@tischlerei-vogt.example", "userunknown", status="5.1.1",
       local="unknown user: \"m.vogt@tischlerei-vogt.example\"",
       diag="x-unix; unknown user: \"m.vogt@tischlerei-vogt.example\"")],
    "Aufmass Küche Familie Reiter"))

n = "allinkl-postfix-three-recipients.eml"
write(OUT, n, pf(n, nxt(), "dd46710.kasserver.com", "info@weinhaus-kessler.example",
    [R("bestellung@vinothek-am-ring.example", "userunknown", "550 5.1.1 <bestellung@vinothek-am-ring.example>: Recipient address rejected: User unknown in virtual mailbox table",
       "5.1.1", "550", rhost="mail.vinothek-am-ring.example", rip="198.51.100.41"),
     R("k.lenz@gastro-lenz.example", "mailboxfull", "552 5.2.2 <k.lenz@gastro-lenz.example>: Recipient address rejected: Mailbox quota exceeded",
       "5.2.2", "552", rhost="mx.gastro-lenz.example", rip="198.51.100.77"),
     R("einkauf@hotel-seeblick.example", "hostunknown", status="5.4.4",
       local="Host or domain name not found. Name service error for name=hotel-seeblick.example type=A: Host not found")],
    "Weihnachtsangebot Riesling 2024"))

n = "univention-postfix-dovecot-quota-de.eml"
write(OUT, n, pf(n, nxt(), "ucs-master.gemeinde-oberau.example", "bauamt@gemeinde-oberau.example",
    [R("kaemmerei@gemeinde-oberau.example", "mailboxfull", status="5.2.2",
       local="delivery via dovecot: Quota exceeded (mailbox for user is full)",
       diag="x-unix; Quota exceeded (mailbox for user is full)")],
    "Haushaltsplan 2027 Entwurf", de=True))

n = "mailboxorg-gmx-exceeded-storage-delayed.eml"
write(OUT, n, pf(n, nxt(), "mx1.mailbox.org", "tanja.roth@mailbox.org",
    [R("fam.schuster@gmx.de", "mailboxfull", "452 4.2.2 Requested mail action aborted: exceeded storage allocation",
       "4.2.2", "452", rhost="mx01.emig.gmx.net", rip="212.227.15.9", vendor="gmx")],
    "Geburtstagseinladung Emma", delayed=True))

n = "posteo-freenet-spam-rejected.eml"
write(OUT, n, pf(n, nxt(), "mout01.posteo.de", "verein@posteo.de",
    [R("kassenwart.tsv@freenet.de", "spamdetected", "554 5.7.1 Message rejected: content classified as spam by freenet mail filter",
       "5.7.1", "554", rhost="mx.freenet.de", rip="195.4.92.211", stage="end of DATA", vendor="freenet")],
    "Beitragsrechnung 2027 - bitte sofort überweisen"))

n = "hetzner-postfix-tonline-blocked-ip.eml"
write(OUT, n, pf(n, nxt(), "mx.praxis-dr-hahn.example", "anmeldung@praxis-dr-hahn.example",
    [R("rentner.k@t-online.de", "blocked",
       "554 IP=203.0.113.84 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
       "5.0.0", "554", rhost="mx03.t-online.de", rip="194.25.134.73", stage="MAIL FROM", vendor="t-online")],
    "Terminerinnerung Dienstag"))

n = "strato-postfix-ionos-size.eml"
write(OUT, n, pf(n, nxt(), "smtp.strato.de", "fotostudio@lichtblick-fotografie.example",
    [R("hochzeit.mueller@online.de", "emailtoolarge", "552 5.3.4 Message size exceeds fixed maximum message size of 52428800 bytes",
       "5.3.4", "552", rhost="mx00.ionos.de", rip="217.72.192.77", stage="MAIL FROM", vendor="ionos")],
    "Ihre Hochzeitsbilder (Auswahl)"))

n = "mailboxorg-bluewin-unknown-user.eml"
write(OUT, n, pf(n, nxt(), "mx2.mailbox.org", "sandra.keller@mailbox.org",
    [R("ruedi.baumann@bluewin.ch", "userunknown", "550 5.1.1 <ruedi.baumann@bluewin.ch>: Recipient address rejected: unknown user",
       "5.1.1", "550", rhost="mxbw.bluewin.ch", rip="195.186.227.130", vendor="swisscom")],
    "Skiwochenende Arosa", tz="+0100"))

n = "posteo-mailboxorg-dane-tls-delayed.eml"
write(OUT, n, pf(n, nxt(), "mout03.posteo.de", "redaktion@posteo.de",
    [R("leserbriefe@stadtanzeiger-nord.example", "failedstarttls", status="4.7.5",
       local="TLS is required, but was not offered by host mail.stadtanzeiger-nord.example[198.51.100.19]",
       diag="X-Postfix; TLS is required, but was not offered by host mail.stadtanzeiger-nord.example[198.51.100.19]")],
    "Leserbrief zur Umgehungsstraße", delayed=True))

n = "hetzner-postfix-connection-timeout-delayed-de.eml"
write(OUT, n, pf(n, nxt(), "mail.steuerbuero-lang.example", "kanzlei@steuerbuero-lang.example",
    [R("buchhaltung@elektro-franke.example", "networkerror", status="4.4.1",
       local="connect to mx.elektro-franke.example[198.51.100.201]:25: Connection timed out",
       diag="X-Postfix; connect to mx.elektro-franke.example[198.51.100.201]:25: Connection timed out")],
    "Belege November", de=True, delayed=True))

n = "univention-kopano-dagent-user-does-not-exist.eml"
write(OUT, n, pf(n, nxt(), "ucs-mail.realschule-tannheim.example", "sekretariat@realschule-tannheim.example",
    [R("referendar.beck@realschule-tannheim.example", "userunknown",
       "503 5.1.1 <referendar.beck@realschule-tannheim.example> User does not exist", "5.1.1", "503",
       rhost="ucs-kopano.realschule-tannheim.example", rip="private/lmtp")],
    "Vertretungsplan KW 50"))

# ---------------------------------------------------------------- Exim senders (hosters, Strato, Hetzner, A1)

n = "exim-hetzner-gmx-ip-listed-nemesis.eml"
write(OUT, n, exim(n, nxt(), "web142.hosting-kunde.example", "shop@kaffeeroesterei-ahrens.example",
    [R("kaffeefreund@gmx.net", "blocked", "554-gmx.net (mxgmxus002) Nemesis ESMTP Service not available\n554-No SMTP service\n554-IP address is black listed.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.140&r=1NbXYZ-1u7Ab1",
       "", "554", rhost="mx00.gmx.net", rip="212.227.15.10", stage="initial connection", vendor="gmx")],
    "Ihre Bestellung #40211 wurde versandt"))

n = "exim-de-webde-mailbox-unavailable-iso8859-1.eml"
write(OUT, n, exim(n, nxt(), "mail.musikschule-lindau.example", "verwaltung@musikschule-lindau.example",
    [R("klavier.jonas@web.de", "userunknown", "550 Requested action not taken: mailbox unavailable", "", "550",
       rhost="mx-ha03.web.de", rip="212.227.17.26", vendor="webde"),
     R("eltern.weiss@gmx.de", "userunknown", "550 Requested action not taken: mailbox unavailable", "", "550",
       rhost="mx01.emig.gmx.net", rip="212.227.15.9", vendor="gmx")],
    "Vorspielabend am 12. Dezember", de=True, charset="iso-8859-1", cte="quoted-printable"))

n = "exim-a1-aon-mailbox-full.eml"
write(OUT, n, exim(n, nxt(), "mail.heuriger-pichler.example", "reservierung@heuriger-pichler.example",
    [R("f.gruber@aon.at", "mailboxfull", "552 5.2.2 <f.gruber@aon.at>: Mailbox full, quota exceeded", "5.2.2", "552",
       rhost="mx.aon.at", rip="195.3.96.65", vendor="a1")],
    "Ihre Tischreservierung 19.12.", tz="+0100"))

n = "exim-sunrise-recipient-invalid.eml"
write(OUT, n, exim(n, nxt(), "server.treuhand-meier.example", "info@treuhand-meier.example",
    [R("b.zuercher@sunrise.ch", "userunknown", "550 5.1.1 <b.zuercher@sunrise.ch>: Recipient address rejected: User does not exist", "5.1.1", "550",
       rhost="mx.sunrise.ch", rip="212.35.33.41", vendor="sunrise")],
    "Steuererklärung 2025 - fehlende Unterlagen"))

n = "exim-strato-local-quota-de.eml"
write(OUT, n, exim(n, nxt(), "mail.gaertnerei-sommer.example", "kontakt@gaertnerei-sommer.example",
    [R("pflanzenversand@gaertnerei-sommer.example", "mailboxfull", local="Postfach voll: Das Postfach hat sein Speicherlimit überschritten (Quota 2048 MB erreicht)")],
    "Weiterleitung: Lieferschein 8812", de=True, charset="utf-8", cte="quoted-printable"))

n = "exim-mailboxorg-null-mx.eml"
write(OUT, n, exim(n, nxt(), "relay.ingenieurbuero-ost.example", "projekte@ingenieurbuero-ost.example",
    [R("planung@alte-firma-gmbh.example", "notaccept", local="Domain alte-firma-gmbh.example has a null MX record, it does not accept mail", status="5.1.10")],
    "Statik Halle 3, Revision C"))

n = "exim-hostunknown-typo-domain.eml"
write(OUT, n, exim(n, nxt(), "mail.zahnarzt-schreiber.example", "praxis@zahnarzt-schreiber.example",
    [R("patient.koch@gmx.dee", "hostunknown", local="Unrouteable address")],
    "Ihr Termin zur Prophylaxe"))

n = "exim-freenet-sending-rate-exceeded.eml"
write(OUT, n, exim(n, nxt(), "newsletter.buchhandlung-lesezeit.example", "news@buchhandlung-lesezeit.example",
    [R("leseratte.anna@freenet.de", "ratelimited", "554 5.7.0 Message rejected: sending rate limit exceeded for 203.0.113.140,\ntoo many messages per hour from this IP",
       "5.7.0", "554", rhost="mx.freenet.de", rip="195.4.92.212", vendor="freenet")],
    "Neuerscheinungen im Dezember"))

# ---------------------------------------------------------------- Exchange on-premises and Microsoft 365, German NDRs

NOTFOUND = ("Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse "
            "des Empfängers, und versuchen Sie dann erneut, die Nachricht zu senden.")

n = "exchange2016-de-resolver-recipnotfound.eml"
write(OUT, n, exch(n, nxt(), "EXCH01.stadtverwaltung-kleinbach.example", "ordnungsamt@stadtverwaltung-kleinbach.example",
    [R("j.wendt@stadtverwaltung-kleinbach.example", "userunknown", "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
       "5.1.1", "550", why=NOTFOUND, vendor="exchange")],
    "Sitzungsvorlage Verkehrsausschuss"))

n = "exchange2019-de-remote-gmx-unavailable.eml"
write(OUT, n, exch(n, nxt(), "MAIL02.autohaus-berger.example", "service@autohaus-berger.example",
    [R("werkstatt.kunde1980@gmx.de", "userunknown", "550 Requested action not taken: mailbox unavailable", "5.0.0", "550",
       rhost="mx00.emig.gmx.net", why="Der E-Mail-Server des Empfängers hat Ihre Nachricht abgelehnt. Die Adresse existiert dort nicht.",
       vendor="gmx")],
    "Ihr Reifenwechseltermin"))

n = "m365-de-recipient-not-found-550-5.1.10.eml"
write(OUT, n, exch(n, nxt(), "FR2P281MB2417.DEUP281.PROD.OUTLOOK.COM", "vertrieb@maschinenbau-huber.example",
    [R("h.albrecht@zulieferer-albrecht.example", "userunknown",
       "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient h.albrecht@zulieferer-albrecht.example not found by SMTP address lookup",
       "5.1.10", "550", rhost="DB9PR02MB7211.eurprd02.prod.outlook.com",
       why="die E-Mail-Adresse nicht gefunden wurde. Die Adresse ist bei zulieferer-albrecht.example nicht vorhanden.",
       vendor="office365")],
    "Rahmenvertrag Drehteile 2027", m365=True, html=True))

n = "m365-de-mailbox-full-5.2.2.eml"
write(OUT, n, exch(n, nxt(), "BE1P281MB1733.DEUP281.PROD.OUTLOOK.COM", "personal@pflegedienst-sonnenhof.example",
    [R("a.winkler@diakonie-talblick.example", "mailboxfull",
       "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
       "5.2.2", "554", why="das Postfach des Empfängers voll ist und momentan keine Nachrichten annehmen kann. "
       "Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.",
       vendor="office365")],
    "Dienstplan Januar", m365=True))

n = "m365-de-sender-blocked-5.1.8.eml"
write(OUT, n, exch(n, nxt(), "FR3P281MB0921.DEUP281.PROD.OUTLOOK.COM", "info@immobilien-krause.example",
    [R("mieter.anfrage@hausverwaltung-stein.example", "rejected",
       "550 5.1.8 Access denied, bad outbound sender. AS(42004)",
       "5.1.8", "550", why="Ihr Konto als Absender von Spam eingestuft wurde und das Senden von Nachrichten "
       "gesperrt ist. Wenden Sie sich an Ihren E-Mail-Administrator.", vendor="office365")],
    "Exposé Wohnung Lindenstraße 4", m365=True))

n = "m365-de-tenant-not-allowed-external-5.7.1.eml"
write(OUT, n, exch(n, nxt(), "FR2P281MB1120.DEUP281.PROD.OUTLOOK.COM", "bewerbung@stadtwerke-hainburg.example",
    [R("personalrat@landratsamt-muehltal.example", "filtered",
       "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient",
       "5.7.1", "550", why="der Empfänger nur Nachrichten von Absendern seiner eigenen Organisation annimmt. "
       "Sie sind nicht berechtigt, an diese Gruppe zu senden.", vendor="office365")],
    "Stellungnahme Tarifeingruppierung", m365=True))

n = "exchange2013-de-message-too-large.eml"
write(OUT, n, exch(n, nxt(), "EX2013.architekten-rauch.example", "zeichnungen@architekten-rauch.example",
    [R("bauherr.schmitt@t-online.de", "emailtoolarge",
       "#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##",
       "5.3.4", "550", why="Die Nachricht ist zu groß für das Ziel und wurde nicht zugestellt. Verkleinern Sie "
       "die Anlagen und senden Sie die Nachricht erneut.", vendor="exchange")],
    "Ausführungsplanung EG-OG (PDF)", charset="iso-8859-15"))

n = "exchange2016-de-delayed-remote-421.eml"
write(OUT, n, exch(n, nxt(), "EXCH02.landkreis-wiesental.example", "vergabestelle@landkreis-wiesental.example",
    [R("angebote@bauunternehmen-reuter.example", "networkerror",
       "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.",
       "4.4.0", "451", why="", vendor="exchange")],
    "Vergabe 2026-118 Straßenbau Los 2", delayed=True))

n = "m365-de-delayed-mailbox-full-4.2.2.eml"
write(OUT, n, exch(n, nxt(), "FR2P281MB3066.DEUP281.PROD.OUTLOOK.COM", "einladung@kirchengemeinde-sankt-georg.example",
    [R("chorleiterin.mayer@gmx.de", "mailboxfull",
       "452 4.2.2 Mailbox full: user is over quota",
       "4.2.2", "452", rhost="mx01.emig.gmx.net", why="", vendor="gmx")],
    "Probenplan Weihnachtskonzert", delayed=True))

n = "exchange2010-de-hop-count-loop.eml"
write(OUT, n, exch(n, nxt(), "EXCH2010.kreiskrankenhaus-berghain.example", "it-service@kreiskrankenhaus-berghain.example",
    [R("labor@kreiskrankenhaus-berghain.example", "networkerror",
       "#554 5.4.14 Hop count exceeded - possible mail loop ##",
       "5.4.14", "554", why="Die Nachricht konnte nicht zugestellt werden, da zwischen den E-Mail-Servern eine "
       "Schleife entstanden ist.", vendor="exchange")],
    "Befundübermittlung Station 4"))

n = "m365-de-spf-fail-5.7.23.eml"
write(OUT, n, exch(n, nxt(), "FR0P281MB2911.DEUP281.PROD.OUTLOOK.COM", "rechnung@getraenke-wolf.example",
    [R("buchhaltung@brauhaus-eder.example", "authfailure",
       "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
       "5.7.23", "550", rhost="AM0PR10MB3011.EURPRD10.PROD.OUTLOOK.COM",
       why="die SPF-Prüfung der Absenderdomäne fehlgeschlagen ist. Der sendende Server ist nicht berechtigt, "
       "für getraenke-wolf.example zu senden.", vendor="office365")],
    "Rechnung 2026-4471", m365=True))

# ---------------------------------------------------------------- the big German mailers as the sender's provider

GMX_EN = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

"""
GMX_DE = """Diese Nachricht wurde automatisch vom E-Mail-System erzeugt.

Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere
Empfänger nicht zugestellt werden. Dies ist ein dauerhafter Fehler.
Folgende Adresse(n) konnten nicht erreicht werden:

"""


def gmx(name, i, provider, sender, rows, osubj, de=False, delayed=False):
    host = {"gmx": "mout.gmx.net", "webde": "mout.web.de"}[provider]
    text = GMX_DE if de else GMX_EN
    if delayed:
        text = ("Dies ist eine Warnung. Ihre Nachricht konnte bisher nicht zugestellt werden.\n"
                "Es wird weiter versucht, sie zuzustellen. Sie müssen die Nachricht nicht erneut senden.\n\n")
    for r in rows:
        if de:
            text += f"{r['addr']}:\nSMTP-Fehler vom Zielserver beim Befehl {r.get('cmd', 'RCPT TO')}, Host: {r['rhost']} ({r['rip']}) Grund: {r['reply']}\n\n"
        else:
            text += f"{r['addr']}:\nSMTP error from remote server for {r.get('cmd', 'RCPT TO')} command, host: {r['rhost']} ({r['rip']}) reason: {r['reply']}\n\n"
    text += ("--- Die Kopfzeilen der Nachricht folgen ---\n\n" if de else "--- The header of the original message is following. ---\n\n")
    dom = sender.split("@")[1]
    text += orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj), earlier(i), mid(name + "o", dom))
    subject = ("Warnung: Nachricht noch nicht zugestellt" if delayed else
               ("Unzustellbare Nachricht: " + osubj if de else "Mail delivery failed: returning message to sender"))
    return notice(name, i, f"Mail Delivery System <mailer-daemon@{dom}>", sender, subject, text, host, rows,
                  charset="utf-8" if (de or delayed) else "us-ascii", sw="GMX Mailout", action="delayed" if delayed else "failed")


n = "gmx-sender-tonline-user-unknown.eml"
write(OUT, n, gmx(n, nxt(), "gmx", "opa.friedhelm@gmx.de",
    [R("enkelin.lea@t-online.de", "userunknown", "550 5.1.1 <enkelin.lea@t-online.de>: Recipient address rejected: unknown or disabled account",
       "5.1.1", "550", rhost="mx02.t-online.de", rip="194.25.134.9", vendor="t-online")],
    "Weihnachten bei uns"))

n = "webde-sender-de-yahoo-no-such-user.eml"
write(OUT, n, gmx(n, nxt(), "webde", "karin.lehmann@web.de",
    [R("urlaubsbekanntschaft.mallorca@yahoo.de", "userunknown", "554 delivery error: dd This user doesn't have a yahoo.de account (urlaubsbekanntschaft.mallorca@yahoo.de) [0] - mta4032.mail.ir2.yahoo.com",
       "", "554", rhost="mx-eu.mail.am0.yahoodns.net", rip="188.125.72.74", cmd="DATA", vendor="yahoo")],
    "Fotos Cala Millor", de=True))

n = "gmx-sender-delayed-warning-connection-refused.eml"
write(OUT, n, gmx(n, nxt(), "gmx", "hobbyimker.schulz@gmx.net",
    [R("vorstand@imkerverein-heidetal.example", "networkerror", "connect to 198.51.100.230 port 25: Connection refused",
       "4.4.1", "", rhost="mail.imkerverein-heidetal.example", rip="198.51.100.230", vendor="")],
    "Honigmarkt Samstag", delayed=True))

n = "webde-sender-gmail-over-quota.eml"
write(OUT, n, gmx(n, nxt(), "webde", "stefan.hartmann@web.de",
    [R("schwester.julia.h@gmail.com", "mailboxfull", "552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm",
       "5.2.2", "552", rhost="gmail-smtp-in.l.google.com", rip="142.250.27.26", cmd="DATA", vendor="gmail")],
    "Rezept Vanillekipferl"))

n = "gmx-sender-de-dmarc-gmail-authfailure.eml"
write(OUT, n, gmx(n, nxt(), "gmx", "verein.kleingarten@gmx.de",
    [R("gartenfreund.p@gmail.com", "authfailure", "550-5.7.26 Unauthenticated email from gmx.de is not accepted due to domain's DMARC policy. 550 5.7.26 Please contact the administrator of gmx.de domain",
       "5.7.26", "550", rhost="gmail-smtp-in.l.google.com", rip="142.250.27.27", cmd="DATA", vendor="gmail")],
    "Einladung Jahreshauptversammlung", de=True))


# ---------------------------------------------------------------- T-Online's own bounce layout

def tonline(name, i, sender, lines, rows, osubj):
    text = ("|------------------------- Failed addresses follow: ---------------------|\n" + lines +
            "|------------------------- Message text follows: ------------------------|\n" +
            orig_headers(sender, ", ".join(r["addr"] for r in rows), hs(osubj), earlier(i), mid(name + "o", "t-online.de")) +
            "\n[Nachrichtentext gekürzt]\n")
    return notice(name, i, "Mail Delivery System <MAILER-DAEMON@mailout11.t-online.de>", sender,
                  "Returned mail: see transcript for details", text, "mailout11.t-online.de", rows,
                  charset="iso-8859-1", cte="quoted-printable", sw="Sendmail")


n = "tonline-classic-two-failed-addresses.eml"
write(OUT, n, tonline(n, nxt(), "g.pohl@t-online.de",
    " <wanderfreund.erich@freenet.de> ... host mx.freenet.de [195.4.92.211]: 550 5.1.1 <wanderfreund.erich@freenet.de>... User unknown\n"
    " <m.kraus@arcor.de> ... host mx.arcor.de [151.189.21.116]: 552 5.2.2 Mailbox size limit exceeded, mailbox full\n",
    [R("wanderfreund.erich@freenet.de", "userunknown", status="5.1.1", code="550", vendor="freenet"),
     R("m.kraus@arcor.de", "mailboxfull", status="5.2.2", code="552", vendor="arcor")],
    "Wanderung Sonntag Treffpunkt"))

n = "tonline-classic-relay-not-allowed.eml"
write(OUT, n, tonline(n, nxt(), "firma.doerr@t-online.de",
    " <service@kfz-doerr.example> ... host mail.kfz-doerr.example [198.51.100.8]: 554 5.7.1 <service@kfz-doerr.example>: Relay access denied\n",
    [R("service@kfz-doerr.example", "norelaying", status="5.7.1", code="554")],
    "Ersatzteilbestellung"))

# ---------------------------------------------------------------- Swiss and Austrian senders, IONOS, Strato, freenet

n = "bluewin-sender-de-empfaenger-unbekannt-iso8859-15.eml"
write(OUT, n, notice(n, nxt(), "Mailer-Daemon <MAILER-DAEMON@bluewin.ch>", "vreni.suter@bluewin.ch",
    "Unzustellbar: Einladung Familienfest",
    """Dies ist eine automatische Nachricht des Swisscom Mailsystems.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.

Empfänger: hansueli.brunner@gemeinde-wattwil.example
Grund:     550 5.1.1 <hansueli.brunner@gemeinde-wattwil.example>: Empfänger
           unbekannt - Adresse existiert nicht (in Antwort auf RCPT TO)

Ursprünglicher Betreff: Einladung Familienfest
Gesendet: Mi, 02.12.2026 23:02

Bitte überprüfen Sie die Schreibweise der Adresse.
""", "mta-out.bluewin.ch",
    [R("hansueli.brunner@gemeinde-wattwil.example", "userunknown", status="5.1.1", code="550", vendor="swisscom")],
    charset="iso-8859-15"))

n = "a1-sender-mailbox-inactive-suspend.eml"
write(OUT, n, notice(n, nxt(), "A1 Mail System <postmaster@a1.net>", "wirtshaus.hofer@aon.at",
    "Undeliverable: Silvestermenue 2026",
    """This is the A1 mail system. Your message could not be delivered.

   Recipient:  stammgast.leopold@a1.net
   Reason:     550 5.2.1 <stammgast.leopold@a1.net>: mailbox is inactive,
               account has been deactivated by the customer
   Command:    RCPT TO

No further attempts will be made to deliver this message.
""", "smtpout.a1.net",
    [R("stammgast.leopold@a1.net", "suspend", status="5.2.1", code="550", vendor="a1")], charset="us-ascii"))

n = "ionos-sender-de-outlook-s3140-blocked.eml"
write(OUT, n, notice(n, nxt(), "Mail Delivery System <mailer-daemon@kundenserver.de>", "info@fahrschule-neumann.example",
    "Unzustellbare Nachricht: Theorieunterricht Termine",
    """Diese Nachricht wurde automatisch vom IONOS Mailsystem erzeugt.

Ihre Nachricht konnte nicht zugestellt werden an:

fahrschueler.tim@outlook.de

Der Zielserver meldete:
host outlook-com.olc.protection.outlook.com [52.101.68.16]
550 5.7.1 Unfortunately, messages from [212.227.126.134] weren't sent. Please contact
your Internet service provider since part of their network is on our block list (S3140).
You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.

Die Nachricht wurde nicht zugestellt. Bitte versuchen Sie es später erneut.
""", "mout.kundenserver.de",
    [R("fahrschueler.tim@outlook.de", "blocked", status="5.7.1", code="550", vendor="outlook")], sw="IONOS"))

n = "strato-sender-virus-found-de.eml"
write(OUT, n, notice(n, nxt(), "Mailer-Daemon <MAILER-DAEMON@smtp.strato.de>", "buero@malerbetrieb-kunz.example",
    "Unzustellbar: Angebot Fassadenanstrich",
    """Dies ist eine automatisch erstellte Nachricht des STRATO Mailservers.

Ihre E-Mail konnte nicht zugestellt werden an:

  hausverwaltung@wohnbau-ostpark.example

Antwort des empfangenden Servers (nach Übertragung der Daten):
  554 5.7.1 Rejected: virus found in attachment Angebot_2026-88.docm
  (Win.Downloader.Emotet-9876543-0)

Bitte prüfen Sie Ihren Rechner mit einem aktuellen Virenscanner.
""", "smtp.strato.de",
    [R("hausverwaltung@wohnbau-ostpark.example", "virusdetected", status="5.7.1", code="554")], sw="STRATO"))

n = "freenet-sender-de-empfaenger-unbekannt.eml"
write(OUT, n, notice(n, nxt(), "freenet Mailer-Daemon <mailer-daemon@freenet.de>", "waltraud.seidel@freenet.de",
    "Nachricht nicht zustellbar",
    """Hallo,

dies ist eine automatische Benachrichtigung von freenet Mail.

Ihre Nachricht vom 02.12.2026 23:31 an

    fritz.seidel.hamburg@gmx.de

konnte nicht zugestellt werden. Der Server des Empfängers meldet:

    550 Requested action not taken: mailbox unavailable

Die Empfängeradresse existiert vermutlich nicht. Bitte überprüfen Sie
die Schreibweise.

Ihr freenet Mail Team
""", "mout.freenet.de",
    [R("fritz.seidel.hamburg@gmx.de", "userunknown", code="550", vendor="gmx")],
    charset="iso-8859-1", sw="freenet"))

n = "swisscom-sender-no-reverse-hostname.eml"
write(OUT, n, pf(n, nxt(), "mail.weingut-rebhalde.example", "verkauf@weingut-rebhalde.example",
    [R("kellerei@bluewin.ch", "requireptr", "550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.77]",
       "5.7.1", "550", rhost="mxbw.bluewin.ch", rip="195.186.227.131", vendor="swisscom")],
    "Preisliste Blauburgunder", tz="+0100"))

n = "sunrise-spamhaus-listed-exim.eml"
write(OUT, n, exim(n, nxt(), "server1.velo-service-zug.example", "werkstatt@velo-service-zug.example",
    [R("kunde.baer@sunrise.ch", "blocked", "554 5.7.1 Service unavailable; Client host [203.0.113.98] blocked using zen.spamhaus.org;\nhttps://www.spamhaus.org/query/ip/203.0.113.98",
       "5.7.1", "554", rhost="mx.sunrise.ch", rip="212.35.33.40", vendor="sunrise")],
    "Ihr Velo ist abholbereit"))

n = "webde-content-restrictions-spam.eml"
write(OUT, n, pf(n, nxt(), "mail.reisebuero-sonnenschein.example", "angebote@reisebuero-sonnenschein.example",
    [R("urlauber.doris@web.de", "spamdetected", "554-Transaction failed\n554-Reject due to content restrictions: message considered as spam\n554 (mxweb112)",
       "5.0.0", "554", rhost="mx-ha02.web.de", rip="212.227.17.8", stage="end of DATA", vendor="webde")],
    "Last-Minute: 7 Tage Teneriffa ab 399 EUR"))

n = "exchange-de-transport-rule-attachment.eml"
write(OUT, n, exch(n, nxt(), "EXCH01.sparkasse-talbach.example", "firmenkunden@sparkasse-talbach.example",
    [R("kredite@sparkasse-talbach.example", "policyviolation",
       "#550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy ##",
       "5.7.1", "550", why="Ihre Nachricht wurde aufgrund einer Richtlinie Ihrer Organisation nicht zugestellt: "
       "Anlagen mit Makros (.docm, .xlsm) dürfen nicht versendet werden.", vendor="exchange")],
    "Kreditantrag Fa. Roth mit Anlagen"))

n = "m365-de-dns-domain-does-not-exist-5.4.310.eml"
write(OUT, n, exch(n, nxt(), "FR2P281MB1877.DEUP281.PROD.OUTLOOK.COM", "einkauf@moebelhaus-lorenz.example",
    [R("auftrag@polsterei-wagnerr.example", "hostunknown",
       "550 5.4.310 DNS domain polsterei-wagnerr.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=polsterei-wagnerr.example]",
       "5.4.310", "550", why="die Domäne des Empfängers polsterei-wagnerr.example im DNS nicht existiert. "
       "Prüfen Sie, ob die Adresse richtig geschrieben ist.", vendor="office365")],
    "Bestellung Bezugsstoff", m365=True))

n = "exchange-de-queue-expired-4.4.7.eml"
write(OUT, n, exch(n, nxt(), "EXCH03.amtsgericht-seefeld.example", "poststelle@amtsgericht-seefeld.example",
    [R("kanzlei@rechtsanwalt-forster.example", "expired",
       "#550 4.4.7 QUEUE.Expired; message expired ##",
       "4.4.7", "550", why="Die Nachricht konnte innerhalb des zulässigen Zeitraums nicht zugestellt werden; "
       "der Zielserver hat nicht geantwortet.", vendor="exchange")],
    "Terminsladung Az. 3 C 412/26"))

n = "exim-de-retry-timeout-five-days.eml"
write(OUT, n, exim(n, nxt(), "mail.jugendherberge-burgstein.example", "buchung@jugendherberge-burgstein.example",
    [R("klassenfahrt@gymnasium-am-see.example", "expired",
       local="Zustellung seit 5 Tagen nicht möglich, Zeitlimit für Wiederholungen überschritten\n    (retry timeout exceeded)")],
    "Buchungsbestätigung Klassenfahrt", de=True, charset="iso-8859-1", cte="quoted-printable"))

# ---------------------------------------------------------------- local delivery on groupware servers (Open-Xchange, Kopano, Dovecot)

n = "ox-dovecot-sieve-reject-mdn-de.eml"
i_ = nxt()
d = night(i_)
bnd = boundary(n)
mdn_text = """Ihre Nachricht an <beschwerde@abfallwirtschaft-kreis-lahr.example> wurde automatisch abgelehnt:

Dieses Postfach nimmt keine Nachrichten von Ihrer Adresse an. Der Empfänger
hat einen Filter eingerichtet, der E-Mails von diesem Absender zurückweist.
"""
mdn = ("Reporting-UA: ox-mail.abfallwirtschaft-kreis-lahr.example; Dovecot Mail Delivery Agent\n"
       "Final-Recipient: rfc822; beschwerde@abfallwirtschaft-kreis-lahr.example\n"
       "Original-Message-ID: " + mid(n + "o", "gmx.de") + "\n"
       "Disposition: automatic-action/MDN-sent-automatically; deleted\n")
body = multipart("report", [text_part(mdn_text, "utf-8", "quoted-printable"),
                            part("message/disposition-notification", mdn, cte=None),
                            part("text/rfc822-headers", orig_headers("dauernoergler.k@gmx.de", "beschwerde@abfallwirtschaft-kreis-lahr.example",
                                                                    "Schon wieder keine Abholung!!!", earlier(i_), mid(n + "o", "gmx.de")), cte=None)],
                 bnd, " report-type=disposition-notification;")
write(OUT, n, mail(["Return-Path: <>\n" + received([("ox-mail.abfallwirtschaft-kreis-lahr.example", "192.0.2.60", "mx00.emig.gmx.net", "GMX Mailin", "1MkYZ3-1uAb8x0", d)]),
                    ("Date", d), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@ox-mail.abfallwirtschaft-kreis-lahr.example>"),
                    ("To", "dauernoergler.k@gmx.de"), ("Subject", "Automatisch abgelehnt: Schon wieder keine Abholung!!!"),
                    ("Message-ID", mid(n, "ox-mail.abfallwirtschaft-kreis-lahr.example")), ("Auto-Submitted", "auto-replied (rejected)"),
                    ("Precedence", "bulk")], body))
expect(n, "beschwerde@abfallwirtschaft-kreis-lahr.example", "filtered", False, "", "", "failed", "dovecot")

n = "ox-postfix-dovecot-lmtp-account-disabled-de.eml"
write(OUT, n, pf(n, nxt(), "mx.kreisverwaltung-lahr.example", "presse@kreisverwaltung-lahr.example",
    [R("ehemals.kuhn@kreisverwaltung-lahr.example", "suspend",
       "550 5.2.1 <ehemals.kuhn@kreisverwaltung-lahr.example> Mailbox disabled, account is locked (Benutzerkonto gesperrt)",
       "5.2.1", "550", rhost="ox-dovecot.kreisverwaltung-lahr.example", rip="private/dovecot-lmtp")],
    "Pressemitteilung Kreistag", de=True, cte="quoted-printable"))

n = "kopano-postfix-de-postfach-voll.eml"
write(OUT, n, pf(n, nxt(), "mail.ingenieure-haas-partner.example", "zentrale@ingenieure-haas-partner.example",
    [R("r.haas@ingenieure-haas-partner.example", "mailboxfull",
       "552 5.2.2 Postfach voll: Speicherplatz des Benutzers r.haas ist erschöpft (Quota überschritten)".replace("ö", "oe").replace("ü", "ue"),
       "5.2.2", "552", rhost="kopano.ingenieure-haas-partner.example", rip="private/lmtp", stage="end of DATA")],
    "Rückruf Baustelle Weiden", de=True, cte="quoted-printable"))

n = "hetzner-postfix-user-moved-551.eml"
write(OUT, n, pf(n, nxt(), "mail.verlag-koehler.example", "lektorat@verlag-koehler.example",
    [R("dr.sauer@uni-altstadt.example", "hasmoved",
       "551 5.1.6 User has moved; please try <m.sauer@hochschule-rheintal.example>, mail to this address is no longer forwarded",
       "5.1.6", "551", rhost="mx1.uni-altstadt.example", rip="198.51.100.150")],
    "Korrekturfahnen Kapitel 4"))

n = "univention-postfix-procmail-died.eml"
write(OUT, n, pf(n, nxt(), "ucs.steuerberatung-franz.example", "mandanten@steuerberatung-franz.example",
    [R("scan-eingang@steuerberatung-franz.example", "mailererror", status="5.3.0",
       local="Command died with status 1: \"/usr/bin/procmail -a scan\". Command output: procmail: Error while writing to \"/srv/scan/inbox\"",
       diag="x-unix; procmail: Error while writing to \"/srv/scan/inbox\"")],
    "Scan vom Kopierer Etage 2"))

n = "hetzner-postfix-queue-file-write-error-delayed.eml"
write(OUT, n, pf(n, nxt(), "mx.brauerei-hofmann.example", "versand@brauerei-hofmann.example",
    [R("getraenkemarkt@markt-kaiser.example", "systemerror",
       "451 4.3.0 Error: queue file write error", "4.3.0", "451",
       rhost="mail.markt-kaiser.example", rip="198.51.100.66", stage="end of DATA")],
    "Lieferavis KW 49", delayed=True))

n = "strato-relay-sasl-auth-failed-delayed-de.eml"
write(OUT, n, pf(n, nxt(), "nas.fotografie-engel.example", "mail@fotografie-engel.example",
    [R("studio@werbeagentur-pixel.example", "securityerror", status="4.7.0",
       local="SASL authentication failed; server smtp.strato.de[81.169.145.133] said: 535 5.7.8 Error: authentication failed: Authentication credentials invalid",
       diag="X-Postfix; SASL authentication failed; server smtp.strato.de[81.169.145.133] said: 535 5.7.8 Error: authentication failed")],
    "Freigabe Motive Kalender", de=True, delayed=True))

n = "exim-de-warning-insufficient-storage.eml"
i_ = nxt()
write(OUT, n, notice(n, i_, "Mail Delivery System <Mailer-Daemon@mail.volkshochschule-ried.example>", "anmeldung@volkshochschule-ried.example",
    "Warnung: Nachricht noch nicht zugestellt",
    """Dies ist eine automatisch erzeugte Nachricht des Mailservers.

Ihre Nachricht konnte seit 24 Stunden nicht zugestellt werden.
Die Zustellung wird weiter versucht.

  kursleitung.yoga@familienzentrum-ried.example
    host mail.familienzentrum-ried.example [198.51.100.93]
    SMTP-Fehler nach MAIL FROM:<anmeldung@volkshochschule-ried.example> SIZE=48211:
    452 4.3.1 Insufficient system storage

Es wird bis zu 4 Tage lang weiter versucht. Sie müssen die Nachricht
NICHT erneut senden.
""", "mail.volkshochschule-ried.example",
    [R("kursleitung.yoga@familienzentrum-ried.example", "systemfull", status="4.3.1", code="452")],
    sw="Exim 4.96", action="delayed", extra=[("X-Failed-Recipients", "kursleitung.yoga@familienzentrum-ried.example")]))

n = "exim-ionos-too-many-connections-delayed.eml"
write(OUT, n, notice(n, nxt(), "Mail Delivery System <Mailer-Daemon@srv3.webhosting-nord.example>", "noreply@vereinsportal-nord.example",
    "Warning: message 1vRx7K-0009aB-2c delayed 4 hours",
    """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on srv3.webhosting-nord.example.

The message identifier is:     1vRx7K-0009aB-2c
The subject of the message is: Trainingszeiten Hallensaison

The address to which the message has not yet been delivered is:

  jugendwart@handballverein-sued.example
    host mx00.ionos.de [217.72.192.77]
    Delay reason: SMTP error from remote mail server after initial connection:
    421 Too many concurrent SMTP connections; please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""", "srv3.webhosting-nord.example",
    [R("jugendwart@handballverein-sued.example", "ratelimited", code="421", vendor="ionos")],
    charset="us-ascii", sw="Exim 4.97", action="delayed", extra=[("X-Failed-Recipients", "jugendwart@handballverein-sued.example")]))

# ---------------------------------------------------------------- more of the everyday: unknown users, full boxes, a success report

n = "exchange2010-de-two-recipients-exrecipnotfound.eml"
write(OUT, n, exch(n, nxt(), "EX2010-HUB.bistum-beispiel.example", "pfarrbuero.st-martin@bistum-beispiel.example",
    [R("kaplan.roemer@bistum-beispiel.example", "userunknown", "#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##",
       "5.1.1", "550", why=NOTFOUND, vendor="exchange"),
     R("messdiener@pfarrei-st-martin.example", "userunknown",
       "550 5.1.1 <messdiener@pfarrei-st-martin.example>: Recipient address rejected: User unknown in local recipient table",
       "5.1.1", "550", rhost="mail.pfarrei-st-martin.example",
       why="Der E-Mail-Server des Empfängers hat die Adresse nicht gefunden.", vendor="")],
    "Gottesdienstordnung Advent", charset="iso-8859-1"))

n = "mailboxorg-posteo-user-unknown-de.eml"
write(OUT, n, pf(n, nxt(), "mx1.mailbox.org", "jonas.wirth@mailbox.org",
    [R("alte.mitbewohnerin@posteo.de", "userunknown",
       "550 5.1.1 <alte.mitbewohnerin@posteo.de>: Recipient address rejected: User unknown",
       "5.1.1", "550", rhost="mx04.posteo.de", rip="185.67.36.63", vendor="posteo")],
    "Nebenkostenabrechnung WG", de=True, cte="quoted-printable"))

n = "posteo-mailboxorg-quota-and-unknown.eml"
write(OUT, n, pf(n, nxt(), "mout01.posteo.de", "chor-sopran@posteo.de",
    [R("notenwart@mailbox.org", "mailboxfull",
       "552 5.2.2 <notenwart@mailbox.org>: user is over quota", "5.2.2", "552",
       rhost="mxext1.mailbox.org", rip="80.241.60.212", stage="end of DATA", vendor="mailbox.org"),
     R("alt-tenor@mailbox.org", "userunknown",
       "550 5.1.1 <alt-tenor@mailbox.org>: Recipient address rejected: User unknown in virtual mailbox table", "5.1.1", "550",
       rhost="mxext1.mailbox.org", rip="80.241.60.212", vendor="mailbox.org")],
    "Noten Weihnachtsoratorium Teil 1-3"))

n = "tonline-recipient-mailbox-full-exim-de.eml"
write(OUT, n, exim(n, nxt(), "mail.reitverein-gestuet.example", "vorstand@reitverein-gestuet.example",
    [R("reitlehrerin.bauer@t-online.de", "mailboxfull",
       "552 5.2.2 Postfach des Empfaengers ist voll / mailbox full", "5.2.2", "552",
       rhost="mx01.t-online.de", rip="194.25.134.72", stage="MAIL FROM:<vorstand@reitverein-gestuet.example>", vendor="t-online")],
    "Turnierplan Frühjahr", de=True, cte="quoted-printable"))

n = "postfix-de-success-dsn-delivered.eml"
i_ = nxt()
d = night(i_)
host = "mail.notariat-ziegler.example"
text = """Dies ist das Mailsystem auf dem Rechner mail.notariat-ziegler.example.

Ihre Nachricht wurde erfolgreich an die unten genannten Empfänger
zugestellt. Sie haben eine Zustellbestätigung (DSN) angefordert.

<grundbuchamt@amtsgericht-seefeld.example>: delivery via
    mx.amtsgericht-seefeld.example[198.51.100.5]:25: 250 2.0.0 Ok: queued as
    4F2ZkM3q7Wz9tHx
"""
write(OUT, n, dsn_mail(n, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to="urkunden@notariat-ziegler.example",
    subject="Successful Mail Delivery Report", date=d, host=host,
    hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, "Postfix", qid(n), d)]),
    text=text, charset="utf-8", cte="quoted-printable",
    recips=[{"final": "grundbuchamt@amtsgericht-seefeld.example", "action": "delivered", "status": "2.0.0",
             "remote": "mx.amtsgericht-seefeld.example", "diag": "250 2.0.0 Ok: queued as 4F2ZkM3q7Wz9tHx"}],
    arrival=earlier(i_),
    orig=orig_headers("urkunden@notariat-ziegler.example", "grundbuchamt@amtsgericht-seefeld.example",
                      "Antrag auf Eintragung UR-Nr. 1184/2026", earlier(i_), mid(n + "o", "notariat-ziegler.example"))))
expect(n, "grundbuchamt@amtsgericht-seefeld.example", "delivered", False, "2.0.0", "250", "delivered")


# ---------------------------------------------------------------- Abwesenheitsnotizen (vacation)

def vac(name, i, frm, addr, to, subject, text, host, charset="utf-8", cte="quoted-printable", extra=(), tz="+0100"):
    d = night(i, tz)
    hops = received([(f"mout.{host}", "192.0.2.90", "mx.example-empfang.example", "Postfix", qid(name, 12), d)])
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, charset, "q" if "8859" in charset else "b")
    heads = [hops, ("Date", d), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    expect(name, addr, "vacation", False, "", "", "", "")
    return mail(heads, text_part(text, charset, cte))


n = "vacation-gmx-abwesenheitsnotiz.eml"
write(OUT, n, vac(n, nxt(), "Petra Kühn <petra.kuehn@gmx.de>".replace("ü", "ue"), "petra.kuehn@gmx.de", "info@physio-am-markt.example",
    "Abwesenheitsnotiz: Terminverschiebung", """Vielen Dank für Ihre Nachricht.

Ich bin vom 30.11. bis einschließlich 11.12.2026 nicht erreichbar und
lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht
weitergeleitet.

Viele Grüße
Petra Kühn
""", "gmx.net", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))

n = "vacation-exchange-de-automatische-antwort.eml"
write(OUT, n, vac(n, nxt(), "\"Weber, Thomas\" <t.weber@landratsamt-muehltal.example>", "t.weber@landratsamt-muehltal.example",
    "bauantraege@planungsbuero-falk.example", "Automatische Antwort: Bauantrag Flurstück 221/4", """Sehr geehrte Damen und Herren,

ich bin bis zum 14.12.2026 nicht im Dienst. In dringenden Fällen wenden
Sie sich bitte an meine Vertretung, Frau Schäfer (Tel. 0761 000-2231).

Mit freundlichen Grüßen
Thomas Weber
Landratsamt Mühltal - Bauordnung
""", "landratsamt-muehltal.example", charset="iso-8859-1",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Bauantrag"),
           ("Content-Language", "de-DE")]))

n = "vacation-ox-appsuite-ferien-ch.eml"
write(OUT, n, vac(n, nxt(), "Beat Zimmermann <beat.zimmermann@sunrise.ch>", "beat.zimmermann@sunrise.ch",
    "offerten@schreinerei-hugentobler.example", "Ferienabwesenheit (Re: Offerte Einbauschrank)", """Grüezi

Ich bin bis am 4. Januar 2027 in den Ferien und habe keinen Zugriff auf
meine E-Mails. Ab dem 5. Januar bin ich gerne wieder für Sie da.

Freundliche Grüsse
Beat Zimmermann
""", "sunrise.ch", extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk"),
                          ("In-Reply-To", mid("offerte-einbauschrank", "schreinerei-hugentobler.example"))]))

n = "vacation-webde-autoreply-en-de.eml"
write(OUT, n, vac(n, nxt(), "Dr. Anja Richter <dr.anja.richter@web.de>", "dr.anja.richter@web.de",
    "conference@kongress-buero.example", "Autoreply: Abstract submission confirmation", """*** Abwesenheitsnotiz / Out of office ***

Ich bin bis 08.12. auf Dienstreise und beantworte E-Mails danach.
I am travelling until 8 December and will reply after my return.

Anja Richter
""", "web.de", extra=[("Auto-Submitted", "auto-replied")]))

n = "vacation-sieve-univention-schulferien.eml"
write(OUT, n, vac(n, nxt(), "Sekretariat Grundschule <sekretariat@grundschule-lindenhof.example>",
    "sekretariat@grundschule-lindenhof.example", "eltern.yilmaz@t-online.de", "Auto: Krankmeldung Deniz 3b",
    """Liebe Eltern,

das Sekretariat ist vom 03.12. bis 05.12.2026 nicht besetzt. Krankmeldungen
richten Sie bitte telefonisch an die Klassenleitung oder ab Montag wieder
an diese Adresse.

Ihre Grundschule Lindenhof
""", "grundschule-lindenhof.example", charset="iso-8859-15",
    extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]))


# ================================================================ near-misses: ordinary mail, no record expected

def ordinary(name, *, frm, to, subject, text, host, k, charset="utf-8", cte="quoted-printable", extra=(), body=None):
    d = night(60 + k)
    hops = received([(f"out.{host}", "198.51.100.140", "mx.empfang-beispiel.example", "Postfix", "4nb" + qid(name, 9), d)])
    if any(ord(c) > 127 for c in subject):
        subject = enc_header(subject, charset, "q" if "8859" in charset else "b")
    if any(ord(c) > 127 for c in frm):
        disp, addr = frm.rsplit(" <", 1)
        frm = enc_header(disp, charset, "b") + " <" + addr
    heads = [hops, ("Date", d), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


k = 0


def kk():
    global k
    k += 1
    return k


n = "nb-reply-alte-adresse-gibt-es-nicht-mehr.eml"
write(NB, n, ordinary(n, frm="Gisela Hartwig <gisela.hartwig@t-online.de>", to="mitglieder@heimatverein-eschbach.example",
    subject="Re: Ihre Mail kam zurück", host="t-online.de", k=kk(),
    extra=[("In-Reply-To", mid("heimatverein-rueckfrage", "heimatverein-eschbach.example"))],
    text="""Hallo Herr Bender,

ja, die Mail an meine alte Adresse kam bei Ihnen als unzustellbar zurück,
weil es das Postfach bei Arcor nicht mehr gibt. Bitte nehmen Sie ab jetzt
nur noch diese Adresse in den Verteiler auf.

Viele Grüße
Gisela Hartwig

> Liebe Frau Hartwig, meine Einladung an Sie ist mit "Empfänger unbekannt"
> zurückgekommen. Haben Sie eine neue Adresse?
"""))

n = "nb-gmx-postfach-fast-voll.eml"
write(NB, n, ordinary(n, frm="GMX <noreply@gmx.net>", to="opa.friedhelm@gmx.de",
    subject="Ihr GMX Postfach ist zu 92 % belegt", host="gmx.net", k=kk(),
    extra=[("X-UI-Message-Type", "mail-notification")],
    text="""Guten Tag Friedhelm Ahrens,

Ihr Postfach ist fast voll: 0,92 GB von 1 GB Speicherplatz sind belegt.
Wenn Ihr Speicher voll ist, können Sie keine neuen E-Mails mehr empfangen;
Absender erhalten dann eine Fehlermeldung.

Löschen Sie nicht mehr benötigte E-Mails oder erweitern Sie Ihren
Speicherplatz mit GMX ProMail.

Ihr GMX Team
"""))

n = "nb-webde-sicherheitshinweis-neue-anmeldung.eml"
write(NB, n, ordinary(n, frm="WEB.DE Sicherheit <security@web.de>", to="karin.lehmann@web.de",
    subject="Sicherheitshinweis: Neue Anmeldung in Ihrem WEB.DE Konto", host="web.de", k=kk(),
    text="""Hallo Karin Lehmann,

wir haben am 02.12.2026 um 23:48 Uhr eine Anmeldung in Ihrem Konto von
einem neuen Gerät festgestellt (Firefox unter Windows, Raum Leipzig).

Waren Sie das? Dann ist alles in Ordnung. Falls nicht, ändern Sie bitte
sofort Ihr Passwort in den Sicherheitseinstellungen. Ihr Konto ist nicht
gesperrt, Ihre E-Mails werden weiterhin zugestellt.

Ihr WEB.DE Sicherheitsteam
"""))

n = "nb-tonline-passwort-geaendert.eml"
write(NB, n, ordinary(n, frm="Telekom Kundenservice <noreply@telekom.de>", to="g.pohl@t-online.de",
    subject="Ihr E-Mail-Passwort wurde geändert", host="telekom.de", k=kk(), charset="iso-8859-1",
    text="""Guten Tag,

das Passwort für Ihre E-Mail-Adresse g.pohl@t-online.de wurde soeben
geändert. Wenn Sie diese Änderung selbst vorgenommen haben, müssen Sie
nichts weiter tun.

Haben Sie Ihr Passwort nicht geändert? Dann setzen Sie es bitte im
Kundencenter zurück.

Freundliche Grüße
Ihre Telekom
"""))

n = "nb-demail-abholbestaetigung.eml"
write(NB, n, ordinary(n, frm="De-Mail Postfach <noreply@demail-anbieter.example>", to="kanzlei@steuerbuero-lang.example",
    subject="Abholbestätigung: Ihre De-Mail wurde abgeholt", host="demail-anbieter.example", k=kk(),
    extra=[("X-De-Mail-Type", "Abholbestaetigung")],
    text="""Abholbestätigung

Ihre De-Mail an poststelle@finanzamt-seestadt.example
Betreff: Einspruch Steuerbescheid 2025, StNr. 12/345/67890
wurde am 03.12.2026 um 00:41 Uhr vom Empfänger abgeholt.

Diese Bestätigung ist qualifiziert elektronisch signiert. Bewahren Sie
sie als Nachweis der Zustellung auf.
"""))

n = "nb-epostbrief-neuer-brief.eml"
write(NB, n, ordinary(n, frm="E-Postbrief-Dienst <benachrichtigung@briefdienst-digital.example>", to="heike.brandt@mailbox.org",
    subject="Sie haben einen neuen elektronischen Brief", host="briefdienst-digital.example", k=kk(),
    text="""Hallo Heike Brandt,

in Ihrem Briefkasten ist ein neuer Brief eingegangen.

Absender: Stadtwerke Kleinbach GmbH
Eingang: 02.12.2026, 22:15 Uhr

Melden Sie sich an, um den Brief zu lesen. Diese Nachricht wurde
automatisch erstellt; Antworten an diese Adresse werden nicht gelesen.
"""))

n = "nb-newsletter-stadtwerke-dezember.eml"
write(NB, n, ordinary(n, frm="Stadtwerke Kleinbach <newsletter@stadtwerke-kleinbach.example>", to="kunde.4711@gmx.de",
    subject="Ihr Dezember-Newsletter: Strompreise 2027 und Wintertipps", host="stadtwerke-kleinbach.example", k=kk(),
    extra=[("List-Unsubscribe", "<mailto:abmelden@stadtwerke-kleinbach.example?subject=unsubscribe>"), ("Precedence", "bulk")],
    text="""Liebe Kundinnen und Kunden,

1. Die Strompreise bleiben auch 2027 stabil.
2. Heizen Sie richtig: zehn Tipps für den Winter.
3. Unser Kundenzentrum ist vom 24.12. bis 1.1. geschlossen.

Sie erhalten diesen Newsletter, weil Sie ihn bestellt haben. Falls Sie
ihn nicht mehr erhalten möchten, können Sie sich jederzeit abmelden.
"""))

n = "nb-lesebestaetigung-outlook-gelesen.eml"
i_ = kk()
body = multipart("report", [
    text_part("Ihre Nachricht\n\n  An: Sommer, Klaus\n  Betreff: Angebot Gewächshaus\n  Gesendet: Mittwoch, 2. Dezember 2026 21:40:11 (UTC+01:00)\n\nwurde am Donnerstag, 3. Dezember 2026 00:12:54 (UTC+01:00) gelesen.\n", "utf-8", "quoted-printable"),
    part("message/disposition-notification",
         "Reporting-UA: EXCH01.gaertnerei-sommer.example; Microsoft Exchange Server\n"
         "Final-Recipient: rfc822;k.sommer@gaertnerei-sommer.example\n"
         "Original-Message-ID: " + mid("angebot-gewaechshaus", "glasbau-reinhardt.example") + "\n"
         "Disposition: manual-action/MDN-sent-manually; displayed\n", cte=None)],
    boundary(n), " report-type=disposition-notification;")
write(NB, n, ordinary(n, frm="\"Sommer, Klaus\" <k.sommer@gaertnerei-sommer.example>", to="vertrieb@glasbau-reinhardt.example",
    subject="Gelesen: Angebot Gewächshaus", host="gaertnerei-sommer.example", k=i_, text="", body=body,
    extra=[("Content-Language", "de-DE")]))

n = "nb-spam-paket-konnte-nicht-zugestellt-werden.eml"
write(NB, n, ordinary(n, frm="Paketdienst Sendungsverfolgung <info@pakete-zustellung-24.example>", to="tanja.roth@mailbox.org",
    subject="Ihr Paket konnte nicht zugestellt werden - Aktion erforderlich", host="pakete-zustellung-24.example", k=kk(),
    extra=[("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=11.2")],
    text="""Sehr geehrter Kunde,

Ihr Paket (Sendungsnummer 00340434161234567890) konnte nicht zugestellt
werden, da die Versandkosten von 1,99 EUR nicht bezahlt wurden.

Bitte bestätigen Sie Ihre Adresse und bezahlen Sie innerhalb von 24
Stunden, sonst wird das Paket an den Absender zurückgeschickt.

Jetzt bezahlen: https://pakete-zustellung-24.example/zahlung
"""))

n = "nb-ionos-speicherplatz-postfach-warnung.eml"
write(NB, n, ordinary(n, frm="IONOS <info@ionos-benachrichtigung.example>", to="info@fahrschule-neumann.example",
    subject="Speicherplatz Ihres E-Mail-Postfachs: 95 % belegt", host="ionos-benachrichtigung.example", k=kk(),
    text="""Guten Tag,

das Postfach info@fahrschule-neumann.example hat 95 % seines Speicherplatzes
(2 GB) erreicht. Sobald das Postfach voll ist, werden eingehende E-Mails
abgewiesen.

Sie können den Speicherplatz in Ihrem Vertrag jederzeit erweitern.

Ihr IONOS Team
"""))

n = "nb-mailboxorg-rechnung-paket-standard.eml"
write(NB, n, ordinary(n, frm="mailbox.org Buchhaltung <rechnung@mailbox-rechnung.example>", to="jonas.wirth@mailbox.org",
    subject="Ihre Rechnung für Dezember 2026", host="mailbox-rechnung.example", k=kk(),
    text="""Hallo Jonas Wirth,

anbei Ihre Rechnung für das Paket "Standard" (Dezember 2026): 3,00 EUR.
Der Betrag wird von Ihrem Guthaben abgebucht. Ihr Restguthaben beträgt
21,00 EUR.

Vielen Dank, dass Sie unseren Dienst nutzen.
"""))

n = "nb-posteo-guthaben-niedrig-konto-wird-gesperrt.eml"
write(NB, n, ordinary(n, frm="Posteo Kontoverwaltung <konto@posteo-hinweise.example>", to="lukas.engel@posteo.de",
    subject="Ihr Guthaben reicht noch für einen Monat", host="posteo-hinweise.example", k=kk(),
    text="""Hallo,

Ihr Guthaben reicht noch für einen Monat. Bitte laden Sie rechtzeitig auf:
ist kein Guthaben mehr vorhanden, wird Ihr Postfach gesperrt und kann keine
E-Mails mehr empfangen, bis Sie erneut bezahlen.

Ihr Posteo-Team
"""))

n = "nb-kollegin-fragt-warum-mail-nicht-ankommt.eml"
write(NB, n, ordinary(n, frm="\"Schneider, Anja\" <a.schneider@stadtverwaltung-kleinbach.example>", to="IT-Service <it@stadtverwaltung-kleinbach.example>",
    subject="Mails an das Landratsamt kommen nicht an?", host="stadtverwaltung-kleinbach.example", k=kk(), charset="iso-8859-1",
    text="""Hallo IT,

seit gestern kommen meine Mails an bauordnung@landratsamt-muehltal.example
offenbar nicht an, jedenfalls bekomme ich keine Antwort. Eine
Fehlermeldung habe ich aber nicht bekommen. Könnt ihr mal schauen, ob da
etwas blockiert wird?

Danke und Gruß
Anja Schneider
Ordnungsamt, Zimmer 112
"""))

n = "nb-exchange-rueckruf-nachricht.eml"
write(NB, n, ordinary(n, frm="\"Krause, Dieter\" <d.krause@immobilien-krause.example>", to="Team <team@immobilien-krause.example>",
    subject="Rückruf: Besichtigungstermine Samstag", host="immobilien-krause.example", k=kk(),
    extra=[("Thread-Topic", "Besichtigungstermine Samstag"), ("Content-Language", "de-DE")],
    text="Krause, Dieter möchte die Nachricht \"Besichtigungstermine Samstag\" zurückrufen.\n"))

n = "nb-besprechung-abgelehnt-jour-fixe.eml"
write(NB, n, ordinary(n, frm="\"Becker, Sabine\" <s.becker@maschinenbau-huber.example>", to="vertrieb@maschinenbau-huber.example",
    subject="Abgelehnt: Jour fixe Vertrieb", host="maschinenbau-huber.example", k=kk(),
    extra=[("Thread-Topic", "Jour fixe Vertrieb"), ("Content-Class", "urn:content-classes:calendarmessage")],
    text="""Ich bin an diesem Tag auf der Messe in Stuttgart und kann leider nicht
teilnehmen. Die Zahlen schicke ich vorher per Mail.
"""))

n = "nb-swisscom-wartungsarbeiten-mailserver.eml"
write(NB, n, ordinary(n, frm="Swisscom <noreply@swisscom-info.example>", to="vreni.suter@bluewin.ch",
    subject="Geplante Wartungsarbeiten an unseren Mailservern", host="swisscom-info.example", k=kk(), charset="iso-8859-15",
    text="""Grüezi

In der Nacht vom 9. auf den 10. Dezember 2026 (01:00 bis 04:00 Uhr)
führen wir Wartungsarbeiten an unseren Mailservern durch. In dieser Zeit
kann sich die Zustellung von E-Mails um einige Minuten verzögern. Es
gehen keine Nachrichten verloren.

Freundliche Grüsse
Ihr Swisscom Team
"""))

n = "nb-mailman-willkommen-de.eml"
write(NB, n, ordinary(n, frm="chor-request@listen.kantorei-beispiel.example", to="chor-sopran@posteo.de",
    subject="Willkommen auf der Mailingliste \"chor\"", host="listen.kantorei-beispiel.example", k=kk(),
    extra=[("List-Id", "<chor.listen.kantorei-beispiel.example>"), ("X-List-Administrivia", "yes"), ("Precedence", "bulk")],
    text="""Willkommen auf der Mailingliste chor@listen.kantorei-beispiel.example!

Um eine Nachricht an alle Mitglieder zu senden, schreiben Sie an:

  chor@listen.kantorei-beispiel.example

Wenn Mails an Sie zu oft unzustellbar zurückkommen, wird Ihr Abonnement
ausgesetzt. Hilfe erhalten Sie mit dem Wort "help" im Betreff an
chor-request@listen.kantorei-beispiel.example.
"""))

n = "nb-phishing-postfach-wird-gesperrt.eml"
write(NB, n, ordinary(n, frm="Mail Administrator <admin@postfach-verwaltung.example>", to="buero@tischlerei-vogt.example",
    subject="Letzte Warnung: Ihr Postfach wird heute deaktiviert", host="postfach-verwaltung.example", k=kk(),
    extra=[("X-Spam-Flag", "YES")],
    text="""Sehr geehrter Benutzer,

Ihr Postfach hat das Speicherlimit überschritten und wird heute um 23:59
Uhr deaktiviert. 14 eingehende Nachrichten wurden zurückgehalten.

Bitte bestätigen Sie Ihr Konto hier, um die Nachrichten freizugeben:
https://postfach-verwaltung.example/verifizieren

Systemadministrator
"""))

n = "nb-newsletter-abmeldung-bestaetigt.eml"
write(NB, n, ordinary(n, frm="Buchhandlung Lesezeit <news@buchhandlung-lesezeit.example>", to="leseratte.anna@freenet.de",
    subject="Abmeldung bestätigt", host="buchhandlung-lesezeit.example", k=kk(),
    text="""Hallo,

Sie haben sich erfolgreich vom Newsletter der Buchhandlung Lesezeit
abgemeldet. Ihre Adresse leseratte.anna@freenet.de wurde aus unserem
Verteiler entfernt; Sie erhalten keine weiteren Newsletter.

Ihre Buchhandlung Lesezeit
"""))

n = "nb-paketdienst-sendung-zugestellt.eml"
write(NB, n, ordinary(n, frm="Paketversand Nord <benachrichtigung@paketversand-nord.example>", to="stefan.hartmann@web.de",
    subject="Ihre Sendung wurde zugestellt", host="paketversand-nord.example", k=kk(),
    text="""Hallo Stefan Hartmann,

Ihre Sendung H1002345678901 wurde heute um 11:42 Uhr zugestellt.
Ablageort: Garage (laut Ihrer Abstellgenehmigung).

Sendungsverlauf und Bewertung: https://paketversand-nord.example/s/H1002345678901
"""))

n = "nb-kunde-urlaub-im-text.eml"
write(NB, n, ordinary(n, frm="Markus Fiedler <m.fiedler@fiedler-haustechnik.example>", to="auftrag@elektro-franke.example",
    subject="AW: Angebot Wallbox - bin ab Montag im Urlaub", host="fiedler-haustechnik.example", k=kk(),
    extra=[("In-Reply-To", mid("angebot-wallbox", "elektro-franke.example"))],
    text="""Hallo Herr Franke,

danke für das Angebot. Ich bin ab Montag zwei Wochen im Urlaub; bitte
schicken Sie die Auftragsbestätigung an meine Kollegin Frau Albers
(j.albers@fiedler-haustechnik.example), sie kümmert sich in der Zeit darum.

Gruß
Markus Fiedler
"""))

n = "nb-spam-rundmail-gewinnspiel.eml"
write(NB, n, ordinary(n, frm="Gewinnbenachrichtigung <gewinn@lotto-gluecksrad.example>", to="oma.gerda@web.de",
    subject="*** SPAM *** Herzlichen Glückwunsch! Sie haben gewonnen", host="lotto-gluecksrad.example", k=kk(),
    extra=[("X-Spam-Flag", "YES"), ("X-Spam-Level", "**********")],
    text="""Herzlichen Glückwunsch!

Ihre E-Mail-Adresse wurde bei unserer Jahresziehung als Gewinner von
250.000 EUR ausgelost. Zur Auszahlung senden Sie uns bitte Name,
Anschrift und Bankverbindung.
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
