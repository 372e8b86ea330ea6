#!/usr/bin/env python3
"""Writes testdata/unseen/batch-02: bounces written from the failure-class
descriptions of issue 12 (item 4) in wordings and MTAs other than
batch-01's, everyday provider bounces in fresh layouts, ordinary near-miss
messages in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch02.py [DIR]"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, delivery_status, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, qp, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


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


def pf(name, *, host, sender, rcpts, tail, date, osubj, odate, recips, arrival, delay=None):
    """A Postfix bounce (or delay warning when delay=(hours, days))."""
    head = POSTFIX_DELAY.format(host=host, hours=delay[0], days=delay[1]) if delay else POSTFIX_HEAD.format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=subj, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=head + tail,
                    recips=recips, arrival=arrival,
                    orig=orig_headers(sender, ", ".join(rcpts), osubj, odate, mid(name + "o", sender.split("@")[1])))


def exim_text(host, rcpt_lines, tail=""):
    return (f"This message was created automatically by mail delivery software.\n\n"
            f"A message that you sent could not be delivered to one or more of its\n"
            f"recipients. This is a permanent error. The following address(es) failed:\n\n{rcpt_lines}\n{tail}")


def plain(name, *, host, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(), sw="Postfix"):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, charset=charset, cte=cte,
                      extra=extra)


def with_returned(name, *, host, frm, to, subject, date, text, orig, charset="us-ascii", cte=None, extra=(), sw="Postfix",
                  auto=True):
    """A non-DSN notice: a text part and the returned message as message/rfc822."""
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(name))
    heads = ["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def orig(frm, to, subject, date, host, name, body="Hello,\n\nplease see the note below.\n"):
    return orig_headers(frm, to, subject, date, mid(name + "o", host)) + "\n" + body


# ================================================================ issue 12 item 4 classes, new wordings
# ---------------------------------------------------------------- queues that gave up, in words only

n = "gaveup-hmailserver-abandoned.eml"
d = dt(2026, 11, 20, 6, 12, 40, "+0100")
write(OUT, n, with_returned(n, host="mail.vinothek-rebholz.example", sw="hMailServer",
    frm="mailer-daemon@vinothek-rebholz.example", to="bestellung@vinothek-rebholz.example",
    subject="Message undeliverable: Lieferavis KW 47", date=d,
    text="""Your message did not reach some or all of the intended recipients.

   Sent: Mon, 16 Nov 2026 17:40:02 +0100
   Subject: Lieferavis KW 47

The following recipient(s) could not be reached:

einkauf@weinhandel-oberkirch.example
   Error Type: SMTP
   Remote server (192.0.2.77) issued an error.
   hMailServer gave up delivering after 48 attempts spread over 4 days.
   The host never completed a connection.

hMailServer
""", orig=orig("bestellung@vinothek-rebholz.example", "einkauf@weinhandel-oberkirch.example", "Lieferavis KW 47",
               dt(2026, 11, 16, 17, 40, 2, "+0100"), "vinothek-rebholz.example", n)))
expect(n, "einkauf@weinhandel-oberkirch.example", "expired")

n = "gaveup-fr-cinq-jours.eml"
d = dt(2026, 11, 9, 3, 0, 11, "+0100")
write(OUT, n, plain(n, host="smtp.cabinet-roussel.example", sw="Sendmail",
    frm="Systeme de messagerie <postmaster@cabinet-roussel.example>", to="secretariat@cabinet-roussel.example",
    subject="Echec de remise du message", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Ceci est un message automatique du serveur smtp.cabinet-roussel.example.

Votre message du 4 novembre 2026 intitulé « Convocation assemblée »
n'a pas pu être remis au destinataire suivant :

    notaire.blanc@etude-blanc-avignon.example

Le serveur du destinataire n'a répondu à aucune de nos tentatives
pendant cinq jours. Nous avons abandonné la remise de ce message.

Aucune autre tentative ne sera faite.
"""))
expect(n, "notaire.blanc@etude-blanc-avignon.example", "expired")

n = "gaveup-mdaemon-unreachable-hours.eml"
d = dt(2026, 10, 28, 22, 5, 0, "-0500")
write(OUT, n, with_returned(n, host="mail.prairie-seed.example", sw="MDaemon PRO v23.5.1",
    frm="MDaemon@mail.prairie-seed.example", to="sales@prairie-seed.example",
    subject="Permanent Delivery Failure", date=d, extra=[("X-MDaemon-Deliver-To", "sales@prairie-seed.example")],
    text="""The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU DO NOT NEED TO RESEND THE MESSAGE.  IT HAS NOT BEEN DELIVERED.

--- Session Transcript ---
 Wed 2026-10-28 22:04:58.101: Parsing message <pd10042.msg>
 Wed 2026-10-28 22:04:58.102: * To: grain.buyer@coop-elevator.example
 Wed 2026-10-28 22:04:58.103: * Message queued for 72 hours; retry limit reached
 Wed 2026-10-28 22:04:58.310: Attempting SMTP connection to [mx.coop-elevator.example : 25]
 Wed 2026-10-28 22:05:00.000: Host mx.coop-elevator.example was unreachable on every attempt
 Wed 2026-10-28 22:05:00.001: Giving up; message removed from the remote queue
--- End Transcript ---
""", orig=orig("sales@prairie-seed.example", "grain.buyer@coop-elevator.example", "Spring seed order",
               dt(2026, 10, 25, 21, 50, 0, "-0500"), "prairie-seed.example", n)))
expect(n, "grain.buyer@coop-elevator.example", "expired")

# ---------------------------------------------------------------- rare user-unknown wordings and languages

n = "userunknown-vpopmail-no-mailbox.eml"
d = dt(2026, 11, 3, 10, 41, 7, "+0000")
write(OUT, n, plain(n, host="mx.boatyard-supplies.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.boatyard-supplies.example",
    to="orders@boatyard-supplies.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mx.boatyard-supplies.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<skipper.hale@marina-north.example>:
198.51.100.23 does not like recipient.
Remote host said: 553 sorry, no mailbox here by that name. (#5.7.1)
Giving up on 198.51.100.23.

--- Below this line is a copy of the message.

Return-Path: <orders@boatyard-supplies.example>
Received: (qmail 31877 invoked by uid 89); 3 Nov 2026 10:41:05 -0000
From: orders@boatyard-supplies.example
To: skipper.hale@marina-north.example
Subject: Antifouling paint back in stock
Date: Tue, 03 Nov 2026 10:41:05 +0000

Your order can ship this week.
"""))
expect(n, "skipper.hale@marina-north.example", "userunknown", hard=True, status="5.7.1", reply="553")

n = "userunknown-nl-bestaat-niet.eml"
d = dt(2026, 11, 12, 14, 2, 33, "+0100")
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.tuinhuis-vries.example>",
    to="info@tuinhuis-vries.example", subject="Onbestelbaar: Offerte overkapping", date=d, host="mail.tuinhuis-vries.example",
    hops="Return-Path: <>\n" + hop(n, "mail.tuinhuis-vries.example", "Postfix", d), charset="iso-8859-1",
    cte="quoted-printable", text="""Uw bericht kon niet worden afgeleverd.

Ontvanger: h.dekker@aannemer-dekker.example

De ontvangende server meldt dat dit e-mailadres bij hen niet bestaat.
Controleer de spelling van het adres of neem op een andere manier
contact op met de ontvanger. Het bericht wordt niet opnieuw verstuurd.
""", recips=[{"final": "h.dekker@aannemer-dekker.example", "status": "5.0.0", "remote": "mx.aannemer-dekker.example",
              "diag": "550 Adres onbekend: de mailbox h.dekker bestaat niet op dit domein"}],
    orig=orig_headers("info@tuinhuis-vries.example", "h.dekker@aannemer-dekker.example", "Offerte overkapping",
                      dt(2026, 11, 12, 14, 2, 30, "+0100"), mid(n + "o", "tuinhuis-vries.example"))))
expect(n, "h.dekker@aannemer-dekker.example", "userunknown", hard=True, status="5.0.0", reply="550")

n = "userunknown-pl-nie-ma-uzytkownika.eml"
d = dt(2026, 10, 19, 9, 15, 0, "+0200")
write(OUT, n, plain(n, host="poczta.hurtownia-wisla.example", sw="Exim 4.97", frm="Administrator poczty <mailer-daemon@poczta.hurtownia-wisla.example>",
    to="biuro@hurtownia-wisla.example", subject=enc_header("Wiadomość niedostarczona", "iso-8859-2", "q"), date=d, charset="iso-8859-2", cte="quoted-printable",
    text="""Ta wiadomość została wygenerowana automatycznie.

Nie udało się dostarczyć wiadomości do następującego adresata:

  k.nowakowska@drukarnia-lodz.example
    serwer mx.drukarnia-lodz.example odpowiedział po poleceniu RCPT TO:
    550 Nie ma takiego użytkownika w tej domenie

Jest to błąd stały. Wiadomość nie zostanie ponownie wysłana.
"""))
expect(n, "k.nowakowska@drukarnia-lodz.example", "userunknown", hard=True, reply="550")

n = "userunknown-sv-mottagaren-finns-inte.eml"
d = dt(2026, 11, 25, 16, 30, 2, "+0100")
write(OUT, n, dsn_mail(n, frm="Postmaster <postmaster@kommun-vaxholm.example>", to="reception@kommun-vaxholm.example",
    subject="Olevererbart meddelande", date=d, host="smtp.kommun-vaxholm.example",
    hops="Return-Path: <>\n" + hop(n, "smtp.kommun-vaxholm.example", "Microsoft SMTP Server", d), charset="windows-1252",
    cte="quoted-printable", text="""Meddelandet kunde inte levereras till följande mottagare:

    elin.strom@skargardsbolaget.example

Mottagaren finns inte i den mottagande organisationens katalog.
Kontrollera adressen och försök igen.
""", recips=[{"final": "elin.strom@skargardsbolaget.example", "status": "5.0.0", "remote": "mail.skargardsbolaget.example",
              "diag": "550 Mottagaren finns inte (okand brevlada)"}],
    orig=orig_headers("reception@kommun-vaxholm.example", "elin.strom@skargardsbolaget.example", "Bryggtillstand",
                      dt(2026, 11, 25, 16, 29, 50, "+0100"), mid(n + "o", "kommun-vaxholm.example"))))
expect(n, "elin.strom@skargardsbolaget.example", "userunknown", hard=True, status="5.0.0", reply="550")

n = "userunknown-big5-hinet.eml"
d = dt(2026, 11, 6, 11, 20, 45, "+0800")
write(OUT, n, with_returned(n, host="msr.hinet.net", sw="HiNet SMTP", frm="HiNet Mail System <postmaster@msa.hinet.net>",
    to="lin.meiling@msa.hinet.net", subject=enc_header("郵件無法投遞通知", "big5"), date=d, charset="big5", cte="base64",
    text="""您好：

您於 2026/11/06 11:18 寄出的郵件無法送達下列收件者：

    chen.jw@taoyuan-parts.example

原因：收件者信箱不存在（對方郵件伺服器回覆：550 查無此使用者）。
請確認收件者地址是否正確。

HiNet 郵件系統 敬啟
""", orig=orig("lin.meiling@msa.hinet.net", "chen.jw@taoyuan-parts.example", "quotation",
               dt(2026, 11, 6, 11, 18, 0, "+0800"), "msa.hinet.net", n)))
expect(n, "chen.jw@taoyuan-parts.example", "userunknown", hard=True, reply="550", vendor="hinet")

n = "userunknown-ldap-directory-miss.eml"
d = dt(2026, 10, 30, 8, 3, 12, "-0400")
write(OUT, n, dsn_mail(n, frm="Mail Delivery System <MAILER-DAEMON@relay.finch-analytics.example>", to="m.odell@finch-analytics.example",
    subject="Returned mail: see transcript for details", date=d, host="relay.finch-analytics.example",
    hops="Return-Path: <>\n" + hop(n, "relay.finch-analytics.example", "Sendmail 8.17.2", d),
    text="""The original message was received at Fri, 30 Oct 2026 08:03:09 -0400
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<j.ramirez@harborview-clinic.example>
    (reason: 550 Recipient lookup failed: no entry for j.ramirez in the LDAP directory)

   ----- Transcript of session follows -----
... while talking to mx1.harborview-clinic.example.:
>>> RCPT To:<j.ramirez@harborview-clinic.example>
<<< 550 Recipient lookup failed: no entry for j.ramirez in the LDAP directory
550 5.1.1 <j.ramirez@harborview-clinic.example>... User unknown
""", recips=[{"final": "j.ramirez@harborview-clinic.example", "status": "5.1.1", "remote": "mx1.harborview-clinic.example",
              "diag": "550 Recipient lookup failed: no entry for j.ramirez in the LDAP directory"}],
    orig=orig_headers("m.odell@finch-analytics.example", "j.ramirez@harborview-clinic.example", "Lab results interface",
                      dt(2026, 10, 30, 8, 3, 9, "-0400"), mid(n + "o", "finch-analytics.example"))))
expect(n, "j.ramirez@harborview-clinic.example", "userunknown", hard=True, status="5.1.1", reply="550")

# ---------------------------------------------------------------- refusals of the sender's identity

n = "rejected-exim-sender-domain-must-exist.eml"
d = dt(2026, 11, 14, 13, 37, 0, "+0000")
write(OUT, n, plain(n, host="mail.hillside-brewing.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@mail.hillside-brewing.example>",
    to="newsletter@hillside-brewing.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "tap.room@pubco-leeds.example")], text=exim_text("mail.hillside-brewing.example",
    """  tap.room@pubco-leeds.example
    host mx.pubco-leeds.example [203.0.113.45]
    SMTP error from remote mail server after MAIL FROM:<newsletter@hillside-brewing.example> SIZE=8812:
    550 Your envelope sender domain must exist and accept mail; hillside-brewing.example has no usable MX or A record
""")))
expect(n, "tap.room@pubco-leeds.example", "rejected", reply="550")

n = "rejected-qmail-badmailfrom.eml"
d = dt(2026, 11, 2, 20, 11, 51, "+0000")
write(OUT, n, plain(n, host="smtp.quickdeals-promo.example", sw="qmail 1.03", frm="MAILER-DAEMON@smtp.quickdeals-promo.example",
    to="offers@quickdeals-promo.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at smtp.quickdeals-promo.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<r.fischer@alpen-sport.example>:
203.0.113.90 does not like your envelope sender.
Remote host said: 553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)
Giving up on 203.0.113.90.

--- Below this line is a copy of the message.

Return-Path: <offers@quickdeals-promo.example>
From: offers@quickdeals-promo.example
To: r.fischer@alpen-sport.example
Subject: Ski gear -40%
"""))
expect(n, "r.fischer@alpen-sport.example", "rejected", status="5.7.1", reply="553")

n = "rejected-sender-not-verified-dsn.eml"
d = dt(2026, 11, 17, 7, 55, 0, "+0000")
write(OUT, n, pf(n, host="smtp.copperleaf-books.example", sender="no-reply@copperleaf-books.example",
    rcpts=["reader.42@lantern-mail.example"], date=d, osubj="Your book club pick", odate=dt(2026, 11, 17, 7, 54, 58, "+0000"),
    arrival=dt(2026, 11, 17, 7, 54, 58, "+0000"),
    tail="""<reader.42@lantern-mail.example>: host mx.lantern-mail.example[198.51.100.61] said:
    550 5.7.0 Sender verification failed: the address no-reply@copperleaf-books.example
    refuses mail, so we refuse mail from it (in reply to RCPT TO command)
""", recips=[{"final": "reader.42@lantern-mail.example", "original": "reader.42@lantern-mail.example", "status": "5.7.0",
              "remote": "mx.lantern-mail.example",
              "diag": "550 5.7.0 Sender verification failed: the address no-reply@copperleaf-books.example refuses mail, so we refuse mail from it"}]))
expect(n, "reader.42@lantern-mail.example", "rejected", status="5.7.0", reply="550")

# ---------------------------------------------------------------- relaying refusals

n = "norelaying-ms-tenantattribution.eml"
d = dt(2026, 11, 24, 15, 10, 4, "+0000")
write(OUT, n, dsn_mail(n, frm="postmaster@contoso-events.example", to="tickets@contoso-events.example",
    subject="Undeliverable: Your tickets for Saturday", date=d, host="smtp.contoso-events.example",
    hops="Return-Path: <>\n" + hop(n, "smtp.contoso-events.example", "Postfix", d),
    text="""Delivery has failed to these recipients or groups:

guest.list@festival-partners.example
The server that sent your message isn't allowed to relay through the
receiving organization's servers.

Diagnostic information for administrators:

Generating server: smtp.contoso-events.example

guest.list@festival-partners.example
Remote Server returned '550 5.7.64 TenantAttribution; Relay Access Denied [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]'
""", recips=[{"final": "guest.list@festival-partners.example", "status": "5.7.64",
              "remote": "festivalpartners-example.mail.protection.outlook.com",
              "diag": "550 5.7.64 TenantAttribution; Relay Access Denied [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]"}],
    orig=orig_headers("tickets@contoso-events.example", "guest.list@festival-partners.example", "Your tickets for Saturday",
                      dt(2026, 11, 24, 15, 10, 1, "+0000"), mid(n + "o", "contoso-events.example"))))
expect(n, "guest.list@festival-partners.example", "norelaying", status="5.7.64", reply="550", vendor="office365")

n = "norelaying-qmail-rcpthosts.eml"
d = dt(2026, 10, 22, 18, 2, 2, "+0000")
write(OUT, n, plain(n, host="mail.riverbend-school.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.riverbend-school.example",
    to="pta@riverbend-school.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mail.riverbend-school.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<parents@oldschool-host.example>:
192.0.2.140 does not like recipient.
Remote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)
Giving up on 192.0.2.140.

--- Below this line is a copy of the message.

Return-Path: <pta@riverbend-school.example>
From: pta@riverbend-school.example
To: parents@oldschool-host.example
Subject: Bake sale rota
"""))
expect(n, "parents@oldschool-host.example", "norelaying", status="5.7.1", reply="553")

# ---------------------------------------------------------------- mailbox limits

n = "mailboxfull-cyrus-message-count.eml"
d = dt(2026, 11, 19, 12, 0, 3, "+0000")
write(OUT, n, pf(n, host="relay.tinker-toys.example", sender="support@tinker-toys.example",
    rcpts=["grandpa.joe@oldtimers-net.example"], date=d, osubj="Your repair ticket #5521", odate=dt(2026, 11, 19, 11, 59, 59, "+0000"),
    arrival=dt(2026, 11, 19, 11, 59, 59, "+0000"),
    tail="""<grandpa.joe@oldtimers-net.example>: host imap.oldtimers-net.example[203.0.113.12] said:
    552 5.2.2 Mailbox holds 50000 messages, the most this account may keep;
    delete some and try again (in reply to end of DATA command)
""", recips=[{"final": "grandpa.joe@oldtimers-net.example", "status": "5.2.2", "remote": "imap.oldtimers-net.example",
              "diag": "552 5.2.2 Mailbox holds 50000 messages, the most this account may keep; delete some and try again"}]))
expect(n, "grandpa.joe@oldtimers-net.example", "mailboxfull", status="5.2.2", reply="552")

n = "mailboxfull-de-postfach-voll.eml"
d = dt(2026, 11, 27, 9, 44, 0, "+0100")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mail.physio-kramer.example", to="praxis@physio-kramer.example",
    subject="Unzustellbar: Terminbestaetigung", date=d, host="mail.physio-kramer.example",
    hops="Return-Path: <>\n" + hop(n, "mail.physio-kramer.example", "Postfix", d), charset="iso-8859-1", cte="quoted-printable",
    text="""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: u.becker@familie-becker.example

Das Postfach des Empfängers ist voll; der zulässige Speicherplatz ist
aufgebraucht. Bitte versuchen Sie es später noch einmal oder
benachrichtigen Sie den Empfänger auf anderem Weg.
""", recips=[{"final": "u.becker@familie-becker.example", "status": "5.0.0", "remote": "mx.familie-becker.example",
              "diag": "552 Postfach voll - Speicherplatz des Empfaengers aufgebraucht"}],
    orig=orig_headers("praxis@physio-kramer.example", "u.becker@familie-becker.example", "Terminbestaetigung",
                      dt(2026, 11, 27, 9, 43, 58, "+0100"), mid(n + "o", "physio-kramer.example"))))
expect(n, "u.becker@familie-becker.example", "mailboxfull", status="5.0.0", reply="552")

# ---------------------------------------------------------------- null MX

n = "notaccept-postfix-nullmx.eml"
d = dt(2026, 11, 11, 10, 10, 10, "+0000")
write(OUT, n, pf(n, host="mta.crowdfund-alerts.example", sender="alerts@crowdfund-alerts.example",
    rcpts=["founder@closed-venture.example"], date=d, osubj="Your campaign ends tomorrow", odate=dt(2026, 11, 11, 10, 10, 9, "+0000"),
    arrival=dt(2026, 11, 11, 10, 10, 9, "+0000"),
    tail="""<founder@closed-venture.example>: Domain closed-venture.example does not accept mail
    (nullMX)
""", recips=[{"final": "founder@closed-venture.example", "status": "5.1.10",
              "diag": "X-Postfix; Domain closed-venture.example does not accept mail (nullMX)"}]))
expect(n, "founder@closed-venture.example", "notaccept", hard=True, status="5.1.10")

n = "notaccept-rfc7505-words.eml"
d = dt(2026, 11, 13, 19, 0, 0, "+0900")
write(OUT, n, plain(n, host="mail.yokohama-gakki.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@mail.yokohama-gakki.example>",
    to="shop@yokohama-gakki.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "info@parked-brand.example")], text=exim_text("mail.yokohama-gakki.example",
    """  info@parked-brand.example
    The domain parked-brand.example publishes a single MX of "." (RFC 7505):
    it has declared that it receives no email at all.
""")))
expect(n, "info@parked-brand.example", "notaccept", hard=True)

# ---------------------------------------------------------------- SMTP stage markers and transcripts

n = "courier-rcpt-transcript.eml"
d = dt(2026, 11, 5, 8, 20, 30, "+0000")
write(OUT, n, dsn_mail(n, frm="Courier mail server at mail.fernhill-press.example <@>", to="editor@fernhill-press.example",
    subject="NOTICE: mail delivery status.", date=d, host="mail.fernhill-press.example",
    hops="Return-Path: <>\n" + hop(n, "mail.fernhill-press.example", "Courier 1.3.8", d),
    text="""This is a delivery status notification from mail.fernhill-press.example,
running the Courier mail server, version 1.3.8.

The original message was received on Thu, 05 Nov 2026 08:20:12 +0000
from localhost [127.0.0.1]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<poetry.submissions@quarterly-review.example>:
    mx.quarterly-review.example [198.51.100.88]:
>>> RCPT TO:<poetry.submissions@quarterly-review.example>
<<< 550 5.1.1 That address was retired years ago and nobody reads it; there is no such mailbox

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.
""", recips=[{"final": "poetry.submissions@quarterly-review.example", "status": "5.0.0", "remote": "mx.quarterly-review.example",
              "diag": "550 5.1.1 That address was retired years ago and nobody reads it; there is no such mailbox"}],
    orig=orig_headers("editor@fernhill-press.example", "poetry.submissions@quarterly-review.example", "Submission: three poems",
                      dt(2026, 11, 5, 8, 20, 12, "+0000"), mid(n + "o", "fernhill-press.example"))))
expect(n, "poetry.submissions@quarterly-review.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "sendmail-pipelining-no-valid-rcpt.eml"
d = dt(2026, 10, 26, 14, 48, 19, "-0700")
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@gw.sierra-geo.example>", to="fieldteam@sierra-geo.example",
    subject="Returned mail: see transcript for details", date=d, host="gw.sierra-geo.example",
    hops="Return-Path: <>\n" + hop(n, "gw.sierra-geo.example", "8.18.1/8.18.1", d),
    text="""The original message was received at Mon, 26 Oct 2026 14:48:17 -0700
from fieldpc12.sierra-geo.example [192.0.2.212]

   ----- The following addresses had permanent fatal errors -----
<core.samples@basin-lab.example>
    (reason: 550 5.1.1 <core.samples@basin-lab.example>: Recipient address rejected: no such recipient here)

   ----- Transcript of session follows -----
... while talking to mail.basin-lab.example.:
>>> MAIL From:<fieldteam@sierra-geo.example> SIZE=20311
>>> RCPT To:<core.samples@basin-lab.example>
>>> DATA
<<< 250 2.1.0 Ok
<<< 550 5.1.1 <core.samples@basin-lab.example>: Recipient address rejected: no such recipient here
550 5.1.1 <core.samples@basin-lab.example>... User unknown
<<< 554 5.5.1 Error: no valid recipients
""", recips=[{"final": "core.samples@basin-lab.example", "status": "5.1.1", "remote": "mail.basin-lab.example",
              "diag": "550 5.1.1 <core.samples@basin-lab.example>: Recipient address rejected: no such recipient here"}],
    orig=orig_headers("fieldteam@sierra-geo.example", "core.samples@basin-lab.example", "Core samples batch 7",
                      dt(2026, 10, 26, 14, 48, 17, "-0700"), mid(n + "o", "sierra-geo.example"))))
expect(n, "core.samples@basin-lab.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "sendmail-pre-dsn-deferred-other-host.eml"
d = "Tue, 14 Mar 1995 09:12:44 -0500"
write(OUT, n, """Return-Path: <MAILER-DAEMON@physics.univ-north.example>
Received: from localhost (localhost) by physics.univ-north.example (8.6.10/8.6.9) id JAA04411; Tue, 14 Mar 1995 09:12:44 -0500
Date: Tue, 14 Mar 1995 09:12:44 -0500
From: Mail Delivery Subsystem <MAILER-DAEMON@physics.univ-north.example>
Subject: Returned mail: User unknown
Message-Id: <199503141412.JAA04411@physics.univ-north.example>
To: hartmann@physics.univ-north.example

   ----- Transcript of session follows -----
vdberg@astro.lowlands-uni.example... Deferred: Connection timed out with mx2.lowlands-uni.example
While talking to mail.lowlands-uni.example:
>>> RCPT To:<vdberg@astro.lowlands-uni.example>
<<< 550 <vdberg@astro.lowlands-uni.example>... User unknown
550 vdberg@astro.lowlands-uni.example... User unknown

   ----- Unsent message follows -----
Received: from pc17.physics.univ-north.example by physics.univ-north.example (8.6.10/8.6.9) id JAA04388; Tue, 14 Mar 1995 09:12:30 -0500
	for <vdberg@astro.lowlands-uni.example>
Date: Tue, 14 Mar 1995 09:12:30 -0500
From: hartmann@physics.univ-north.example
Message-Id: <199503141412.JAA04388@physics.univ-north.example>
To: vdberg@astro.lowlands-uni.example, jansen@theory.lowlands-uni.example
Cc: seminar-list@physics.univ-north.example
Subject: Seminar on Thursday

Dear colleagues,

the seminar moves to room 214.
""")
expect(n, "vdberg@astro.lowlands-uni.example", "userunknown", hard=True, reply="550")

# ---------------------------------------------------------------- truncated Diagnostic-Code, whole reply in the text

n = "truncated-diag-gmail-unsolicited.eml"
d = dt(2026, 11, 21, 3, 33, 33, "+0000")
write(OUT, n, pf(n, host="out.deal-hunter.example", sender="digest@deal-hunter.example",
    rcpts=["bargain.fan@gmail.com"], date=d, osubj="48 hour flash sale", odate=dt(2026, 11, 21, 3, 33, 30, "+0000"),
    arrival=dt(2026, 11, 21, 3, 33, 30, "+0000"),
    tail="""<bargain.fan@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.27] said:
    550-5.7.1 [203.0.113.200      12] Gmail has detected that this message is
    550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,
    550-5.7.1 this message has been blocked. For more information, go to
    550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError
    a1b2c3d4e5-20261121 - gsmtp (in reply to end of DATA command)
""", recips=[{"final": "bargain.fan@gmail.com", "status": "5.7.1", "remote": "gmail-smtp-in.l.google.com",
              "diag": "550-5.7.1 [203.0.113.200      12] Gmail has detected that this message is"}]))
expect(n, "bargain.fan@gmail.com", "spamdetected", status="5.7.1", reply="550", vendor="gmail")

n = "truncated-diag-poor-reputation.eml"
d = dt(2026, 11, 8, 17, 1, 9, "+0000")
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@bulk1.webinar-hub.example>", to="events@webinar-hub.example",
    subject="Returned mail: see transcript for details", date=d, host="bulk1.webinar-hub.example",
    hops="Return-Path: <>\n" + hop(n, "bulk1.webinar-hub.example", "8.17.1/8.17.1", d),
    text="""The original message was received at Sun, 8 Nov 2026 17:01:02 GMT
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<attendee.88@northshore-isp.example>
    (reason: 554-mx2.northshore-isp.example)

   ----- Transcript of session follows -----
... while talking to mx2.northshore-isp.example.:
>>> MAIL From:<events@webinar-hub.example> SIZE=30114
<<< 554-mx2.northshore-isp.example
<<< 554-Mail from 198.51.100.199 is refused because the sending
<<< 554-address has a poor reputation with our filters.
<<< 554 See https://postmaster.northshore-isp.example/reputation
554 5.0.0 Service unavailable
""", recips=[{"final": "attendee.88@northshore-isp.example", "status": "5.0.0", "remote": "mx2.northshore-isp.example",
              "diag": "554-mx2.northshore-isp.example"}],
    orig=orig_headers("events@webinar-hub.example", "attendee.88@northshore-isp.example", "Your webinar link",
                      dt(2026, 11, 8, 17, 1, 2, "+0000"), mid(n + "o", "webinar-hub.example"))))
expect(n, "attendee.88@northshore-isp.example", "badreputation", status="5.0.0", reply="554")

# ---------------------------------------------------------------- "blocked" in the recipient's sense; guesses in templates

n = "suspend-mailbox-locked-by-admin.eml"
d = dt(2026, 11, 18, 10, 5, 0, "+0000")
write(OUT, n, pf(n, host="mail.lakeview-hoa.example", sender="board@lakeview-hoa.example",
    rcpts=["unit14@condo-residents.example"], date=d, osubj="Annual meeting notice", odate=dt(2026, 11, 18, 10, 4, 58, "+0000"),
    arrival=dt(2026, 11, 18, 10, 4, 58, "+0000"),
    tail="""<unit14@condo-residents.example>: host mx.condo-residents.example[192.0.2.66] said:
    550 5.2.1 The mailbox unit14 has been blocked by its administrator and
    cannot receive messages (in reply to RCPT TO command)
""", recips=[{"final": "unit14@condo-residents.example", "status": "5.2.1", "remote": "mx.condo-residents.example",
              "diag": "550 5.2.1 The mailbox unit14 has been blocked by its administrator and cannot receive messages"}]))
expect(n, "unit14@condo-residents.example", "suspend", status="5.2.1", reply="550")

n = "template-guesses-actual-quota.eml"
d = dt(2026, 11, 16, 22, 40, 0, "+1100")
write(OUT, n, dsn_mail(n, frm="Mail Delivery System <postmaster@mail.bayside-surf.example>", to="crew@bayside-surf.example",
    subject="Delivery Status Notification (Failure)", date=d, host="mail.bayside-surf.example",
    hops="Return-Path: <>\n" + hop(n, "mail.bayside-surf.example", "Postfix", d),
    text="""We could not deliver your message to lisa.tran@coastmail.example.

Why might this happen? Common causes are:
  - the address may be misspelled or may no longer exist;
  - the recipient's server may be down or unreachable;
  - your mail server may be blacklisted by the recipient's provider.

What the recipient's server actually said:

  452 4.2.2 lisa.tran@coastmail.example: mailbox over quota, final attempt
""", recips=[{"final": "lisa.tran@coastmail.example", "status": "5.2.2", "remote": "mx.coastmail.example",
              "diag": "452 4.2.2 lisa.tran@coastmail.example: mailbox over quota, final attempt"}],
    orig=orig_headers("crew@bayside-surf.example", "lisa.tran@coastmail.example", "Lesson moved to 7am",
                      dt(2026, 11, 16, 22, 39, 50, "+1100"), mid(n + "o", "bayside-surf.example"))))
expect(n, "lisa.tran@coastmail.example", "mailboxfull", status="5.2.2", reply="452")

# ---------------------------------------------------------------- delay notices that name a cause

n = "delay-too-many-connections.eml"
d = dt(2026, 11, 23, 9, 0, 0, "+0000")
write(OUT, n, pf(n, host="mta2.ticketline.example", sender="orders@ticketline.example",
    rcpts=["fan.club@busy-isp.example"], date=d, osubj="Your e-tickets", odate=dt(2026, 11, 23, 5, 0, 0, "+0000"),
    arrival=dt(2026, 11, 23, 5, 0, 0, "+0000"), delay=(4, 5),
    tail="""<fan.club@busy-isp.example>: host mx.busy-isp.example[198.51.100.14] refused
    to talk to me: 421 4.7.0 Too many concurrent connections from 203.0.113.7;
    slow down and try again later
""", recips=[{"final": "fan.club@busy-isp.example", "action": "delayed", "status": "4.7.0", "remote": "mx.busy-isp.example",
              "diag": "421 4.7.0 Too many concurrent connections from 203.0.113.7; slow down and try again later",
              "will_retry": dt(2026, 11, 28, 5, 0, 0, "+0000")}]))
expect(n, "fan.club@busy-isp.example", "ratelimited", status="4.7.0", reply="421", action="delayed")

n = "delay-dns-temporary-failure.eml"
d = dt(2026, 11, 10, 12, 30, 0, "+0000")
write(OUT, n, dsn_mail(n, frm="Mail Delivery System <Mailer-Daemon@mx.greenacre-vets.example>", to="clinic@greenacre-vets.example",
    subject="Warning: message 1vQx3A-000Kd2-2B delayed 24 hours", date=d, host="mx.greenacre-vets.example",
    hops="Return-Path: <>\n" + hop(n, "mx.greenacre-vets.example", "Exim 4.97", d),
    text="""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx.greenacre-vets.example.

The message identifier is:     1vQx3A-000Kd2-2B
The subject of the message is: Vaccination reminder

The address to which the message has not yet been delivered is:

  owner.smith@farmstead-net.example
    host lookup did not complete: the name servers for farmstead-net.example
    gave SERVFAIL on every query

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""", recips=[{"final": "owner.smith@farmstead-net.example", "action": "delayed", "status": "4.4.3",
              "diag": "X-Exim; host lookup did not complete: the name servers for farmstead-net.example gave SERVFAIL on every query"}],
    orig=orig_headers("clinic@greenacre-vets.example", "owner.smith@farmstead-net.example", "Vaccination reminder",
                      dt(2026, 11, 9, 12, 29, 0, "+0000"), mid(n + "o", "greenacre-vets.example"))))
expect(n, "owner.smith@farmstead-net.example", "networkerror", status="4.4.3", action="delayed")

# ---------------------------------------------------------------- provider code families

n = "laposte-lpn-invalid-recipient.eml"
d = dt(2026, 11, 4, 15, 22, 0, "+0100")
write(OUT, n, pf(n, host="smtp.mutuelle-rhone.example", sender="adherents@mutuelle-rhone.example",
    rcpts=["mamie.lucette@laposte.net"], date=d, osubj="Votre attestation 2027", odate=dt(2026, 11, 4, 15, 21, 58, "+0100"),
    arrival=dt(2026, 11, 4, 15, 21, 58, "+0100"),
    tail="""<mamie.lucette@laposte.net>: host smtp-in.laposte.net[192.0.2.150] said: 550
    5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.
    LPN007_416 (in reply to RCPT TO command)
""", recips=[{"final": "mamie.lucette@laposte.net", "status": "5.1.1", "remote": "smtp-in.laposte.net",
              "diag": "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_416"}]))
expect(n, "mamie.lucette@laposte.net", "userunknown", hard=True, status="5.1.1", reply="550", vendor="laposte")

n = "orange-ofr-source-ip-refused.eml"
d = dt(2026, 11, 26, 8, 8, 8, "+0100")
write(OUT, n, plain(n, host="relais.agence-immo-sud.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@relais.agence-immo-sud.example>",
    to="annonces@agence-immo-sud.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "jp.moreau@orange.fr")], text=exim_text("relais.agence-immo-sud.example",
    """  jp.moreau@orange.fr
    host smtp-in.orange.fr [192.0.2.151]
    SMTP error from remote mail server after initial connection:
    550 mwinf5c10 ME Adresse IP source refusee. Source IP refused. OFR_506 [506]
""")))
expect(n, "jp.moreau@orange.fr", "blocked", reply="550", vendor="orange")

n = "spectrum-aup-cxdns.eml"
d = dt(2026, 11, 15, 11, 11, 0, "-0600")
write(OUT, n, pf(n, host="mail.lonestar-hvac.example", sender="service@lonestar-hvac.example",
    rcpts=["tom.w@charter.net"], date=d, osubj="Furnace tune-up reminder", odate=dt(2026, 11, 15, 11, 10, 58, "-0600"),
    arrival=dt(2026, 11, 15, 11, 10, 58, "-0600"),
    tail="""<tom.w@charter.net>: host charter.net.inbound10.mxlogic.net[198.51.100.170] refused
    to talk to me: 554 5.7.1 203.0.113.77 AUP#CXDNS - see
    https://www.spectrum.net/support/internet/understanding-email-error-codes
""", recips=[{"final": "tom.w@charter.net", "status": "5.7.1", "remote": "charter.net.inbound10.mxlogic.net",
              "diag": "554 5.7.1 203.0.113.77 AUP#CXDNS - see https://www.spectrum.net/support/internet/understanding-email-error-codes"}]))
expect(n, "tom.w@charter.net", "requireptr", status="5.7.1", reply="554", vendor="spectrum")

n = "mimecast-security-policies.eml"
d = dt(2026, 11, 9, 16, 45, 0, "+0000")
write(OUT, n, pf(n, host="mail.quill-legal.example", sender="docs@quill-legal.example",
    rcpts=["conveyancing@thames-solicitors.example"], date=d, osubj="Completion statement (macro-enabled)",
    odate=dt(2026, 11, 9, 16, 44, 55, "+0000"), arrival=dt(2026, 11, 9, 16, 44, 55, "+0000"),
    tail="""<conveyancing@thames-solicitors.example>: host eu-smtp-inbound-1.mimecast.com[192.0.2.160]
    said: 554 Email rejected due to security policies -
    https://community.mimecast.com/docs/DOC-1369#554 [4kPq2n9ZQ8e3sL0fW1aB7g.uk281]
    (in reply to end of DATA command)
""", recips=[{"final": "conveyancing@thames-solicitors.example", "status": "5.0.0", "remote": "eu-smtp-inbound-1.mimecast.com",
              "diag": "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [4kPq2n9ZQ8e3sL0fW1aB7g.uk281]"}]))
expect(n, "conveyancing@thames-solicitors.example", "policyviolation", status="5.0.0", reply="554", vendor="mimecast")

n = "outlookcom-s3150-blocklist.eml"
d = dt(2026, 11, 22, 19, 19, 19, "+0000")
write(OUT, n, pf(n, host="smtp.vps-cheap-host.example", sender="wordpress@myblog-vps.example",
    rcpts=["reader.amy@hotmail.com"], date=d, osubj="New comment on your post", odate=dt(2026, 11, 22, 19, 19, 17, "+0000"),
    arrival=dt(2026, 11, 22, 19, 19, 17, "+0000"),
    tail="""<reader.amy@hotmail.com>: host hotmail-com.olc.protection.outlook.com[192.0.2.180]
    said: 550 5.7.1 Unfortunately, messages from [203.0.113.99] weren't sent.
    Please contact your Internet service provider since part of their network
    is on our block list (S3150). You can also refer your provider to
    http://mail.live.com/mail/troubleshooting.aspx#errors.
    [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2026-11-22T19:19:19.000Z
    08DDB2C0] (in reply to MAIL FROM command)
""", recips=[{"final": "reader.amy@hotmail.com", "status": "5.7.1", "remote": "hotmail-com.olc.protection.outlook.com",
              "diag": "550 5.7.1 Unfortunately, messages from [203.0.113.99] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."}]))
expect(n, "reader.amy@hotmail.com", "blocked", status="5.7.1", reply="550", vendor="outlook")

n = "o365-spf-5.7.23.eml"
d = dt(2026, 11, 12, 8, 15, 0, "+0000")
write(OUT, n, pf(n, host="mx-out.payroll-bureau.example", sender="payslips@payroll-bureau.example",
    rcpts=["hr@northwind-traders.example"], date=d, osubj="November payslips", odate=dt(2026, 11, 12, 8, 14, 58, "+0000"),
    arrival=dt(2026, 11, 12, 8, 14, 58, "+0000"),
    tail="""<hr@northwind-traders.example>: host
    northwindtraders-example.mail.protection.outlook.com[192.0.2.181] said: 550
    5.7.23 The message was rejected because of Sender Policy Framework
    violation [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-11-12T08:15:00.000Z
    08DE0A1B] (in reply to end of DATA command)
""", recips=[{"final": "hr@northwind-traders.example", "status": "5.7.23", "remote": "northwindtraders-example.mail.protection.outlook.com",
              "diag": "550 5.7.23 The message was rejected because of Sender Policy Framework violation [AM4PEPF00027A5F.eurprd04.prod.outlook.com]"}]))
expect(n, "hr@northwind-traders.example", "authfailure", status="5.7.23", reply="550", vendor="office365")

n = "yahoo-tss09-retry-timeout.eml"
d = dt(2026, 11, 20, 4, 4, 4, "+0000")
write(OUT, n, plain(n, host="mx.coupon-blast.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@mx.coupon-blast.example>",
    to="promo@coupon-blast.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "shopaholic_lynn@yahoo.com")], text=exim_text("mx.coupon-blast.example",
    """  shopaholic_lynn@yahoo.com
    retry timeout exceeded
    host mta7.am0.yahoodns.net [192.0.2.190]
    SMTP error from remote mail server after initial connection:
    421 4.7.0 [TSS09] All messages from 198.51.100.42 will be permanently deferred;
    Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes
""")))
expect(n, "shopaholic_lynn@yahoo.com", "blocked", reply="421", vendor="yahoo")

n = "gmail-4.7.28-rate-delayed.eml"
d = dt(2026, 11, 30, 2, 0, 0, "+0000")
write(OUT, n, pf(n, host="mta5.newsroom-daily.example", sender="bounces@newsroom-daily.example",
    rcpts=["morning.reader@gmail.com"], date=d, osubj="Your Monday briefing", odate=dt(2026, 11, 29, 22, 0, 0, "+0000"),
    arrival=dt(2026, 11, 29, 22, 0, 0, "+0000"), delay=(4, 3),
    tail="""<morning.reader@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.28] said:
    421-4.7.28 [198.51.100.210      15] Gmail has detected an unusual rate of
    421-4.7.28 mail originating from your IP address. To protect our users from
    421-4.7.28 spam, mail sent from your IP address has been temporarily rate
    421 4.7.28 limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError
    x9-20261130 - gsmtp (in reply to end of DATA command)
""", recips=[{"final": "morning.reader@gmail.com", "action": "delayed", "status": "4.7.28", "remote": "gmail-smtp-in.l.google.com",
              "diag": "421-4.7.28 [198.51.100.210      15] Gmail has detected an unusual rate of mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited.",
              "will_retry": dt(2026, 12, 2, 22, 0, 0, "+0000")}]))
expect(n, "morning.reader@gmail.com", "ratelimited", status="4.7.28", reply="421", action="delayed", vendor="gmail")

n = "gmail-5.7.26-unauthenticated.eml"
d = dt(2026, 11, 28, 13, 13, 13, "+0000")
write(OUT, n, pf(n, host="smtp.garage-sale-app.example", sender="notify@garage-sale-app.example",
    rcpts=["weekend.seller@gmail.com"], date=d, osubj="Someone wants your bike", odate=dt(2026, 11, 28, 13, 13, 10, "+0000"),
    arrival=dt(2026, 11, 28, 13, 13, 10, "+0000"),
    tail="""<weekend.seller@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.29] said:
    550-5.7.26 This mail has been blocked because the sender is unauthenticated.
    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
    550-5.7.26  Authentication results: DKIM = did not pass SPF
    550-5.7.26 [garage-sale-app.example] with ip: [203.0.113.31] = did not pass
    550 5.7.26 https://support.google.com/mail/answer/81126#authentication
    y7-20261128 - gsmtp (in reply to end of DATA command)
""", recips=[{"final": "weekend.seller@gmail.com", "status": "5.7.26", "remote": "gmail-smtp-in.l.google.com",
              "diag": "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM."}]))
expect(n, "weekend.seller@gmail.com", "authfailure", status="5.7.26", reply="550", vendor="gmail")

# ---------------------------------------------------------------- notices that are hard to recognise

n = "carrier-gateway-re-subject.eml"
d = dt(2026, 11, 7, 18, 42, 0, "-0500")
write(OUT, n, """Return-Path: <post_master@sms.wireless-carrier.example>
Received: from mms-relay2.wireless-carrier.example (mms-relay2.wireless-carrier.example [198.51.100.251])
	by mx.pizza-tracker.example (Postfix) with ESMTP id 4Zt7Kq1Lm2;
	Sat, 07 Nov 2026 18:42:03 -0500
Date: Sat, 07 Nov 2026 18:42:00 -0500
From: post_master@sms.wireless-carrier.example
To: alerts@pizza-tracker.example
Subject: Re: Your order is out for delivery
Message-ID: <20261107234200.77123@sms.wireless-carrier.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was not delivered to the handset.

Error message below:
RCPT TO:<2125550199@sms.wireless-carrier.example> 550 5.1.1 subscriber number is not in service

---------- original message ----------
From: alerts@pizza-tracker.example
To: 2125550199@sms.wireless-carrier.example
Subject: Your order is out for delivery

Driver Sam is on the way.
""")
expect(n, "2125550199@sms.wireless-carrier.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "leading-space-lines-exim-quota.eml"
d = dt(2026, 11, 1, 7, 7, 7, "+0000")
write(OUT, n, plain(n, host="mail.choir-society.example", sw="Exim 4.96", frm="Mail Delivery System <Mailer-Daemon@mail.choir-society.example>",
    to="secretary@choir-society.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "alto.margaret@villagenet.example")], text=exim_text("mail.choir-society.example",
    """  alto.margaret@villagenet.example
    host mx.villagenet.example [192.0.2.201]
    SMTP error from remote mail server after RCPT TO:<alto.margaret@villagenet.example>:
    552 5.2.2 alto.margaret has used all of her 2 GB storage allowance
""")), lead="    \n\n \n")
expect(n, "alto.margaret@villagenet.example", "mailboxfull", status="5.2.2", reply="552")

# ---------------------------------------------------------------- addresses that are no recipients

n = "list-bounce-returned-list-headers.eml"
d = dt(2026, 11, 29, 6, 30, 0, "+0000")
lorig = """Return-Path: <birders-bounces+h.okafor=wetland-mail.example@lists.audubon-club.example>
Received: from lists.audubon-club.example (lists.audubon-club.example [198.51.100.5])
	by mx.wetland-mail.example (Postfix) with ESMTP id 4Zx1
	for <h.okafor@wetland-mail.example>; Sun, 29 Nov 2026 06:29:55 +0000
From: Ruth Calloway <ruth.calloway@audubon-club.example>
To: birders@lists.audubon-club.example
Subject: [Birders] Snow buntings at the point
Date: Sun, 29 Nov 2026 06:29:50 +0000
Message-ID: <snowbunting.2026@audubon-club.example>
References: <owl-walk.2026@audubon-club.example>
List-Id: Club sightings <birders.lists.audubon-club.example>
List-Help: <mailto:birders-request@lists.audubon-club.example?subject=help>
List-Unsubscribe: <mailto:birders-leave@lists.audubon-club.example>
List-Post: <mailto:birders@lists.audubon-club.example>
X-Club-Information: questions to webmaster@audubon-club.example
Precedence: list
"""
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@mx.wetland-mail.example (Mail Delivery System)",
    to="birders-bounces+h.okafor=wetland-mail.example@lists.audubon-club.example",
    subject="Undelivered Mail Returned to Sender", date=d, host="mx.wetland-mail.example",
    hops="Return-Path: <>\n" + hop(n, "mx.wetland-mail.example", "Postfix", d),
    text=POSTFIX_HEAD.format(host="mx.wetland-mail.example") + """<h.okafor@wetland-mail.example>: unknown user: "h.okafor"
""", recips=[{"final": "h.okafor@wetland-mail.example", "status": "5.1.1", "diag": "X-Postfix; unknown user: \"h.okafor\""}],
    orig=lorig, returned="headers"))
expect(n, "h.okafor@wetland-mail.example", "userunknown", hard=True, status="5.1.1")

n = "exchange2016-your-message-summary.eml"
d = dt(2026, 11, 3, 9, 30, 12, "+0100")
ex_txt = """Delivery has failed to these recipients or groups:

b.vandenberg@polder-bouw.example
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EXCH01.polder-bouw.example

b.vandenberg@polder-bouw.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from EXCH02.polder-bouw.example (192.0.2.31) by EXCH01.polder-bouw.example
 (192.0.2.30) with Microsoft SMTP Server id 15.1.2507.39; Tue, 3 Nov 2026 09:30:10 +0100
From: Anke Visser <a.visser@polder-bouw.example>
To: Bart van den Berg <b.vandenberg@polder-bouw.example>, Els Smit
 <e.smit@polder-bouw.example>, Planning <planning@polder-bouw.example>
Subject: Bouwvergadering donderdag
Date: Tue, 3 Nov 2026 09:30:08 +0100
Message-ID: <AM0PR01MB6412D4C1E2F3@EXCH02.polder-bouw.example>
"""
ex_html = """<html><body><p><b><font color="#000066">Your message to b.vandenberg@polder-bouw.example couldn't be delivered.</font></b></p>
<p>The email address you entered couldn't be found.</p>
<table><tr><td>Your message</td></tr>
<tr><td>To: b.vandenberg@polder-bouw.example; e.smit@polder-bouw.example; planning@polder-bouw.example</td></tr>
<tr><td>Subject: Bouwvergadering donderdag</td></tr></table>
<p>Need help? Contact servicedesk@polder-bouw.example</p></body></html>"""
write(OUT, n, dsn_mail(n, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polder-bouw.example>",
    to="a.visser@polder-bouw.example", subject="Undeliverable: Bouwvergadering donderdag", date=d, host="EXCH01.polder-bouw.example",
    hops=hop(n, "EXCH01.polder-bouw.example", "Microsoft SMTP Server", d), text=ex_txt, alt_html=ex_html,
    recips=[{"final": "b.vandenberg@polder-bouw.example", "status": "5.1.1", "remote": "EXCH01.polder-bouw.example",
             "diag": "smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"}],
    orig=orig_headers("a.visser@polder-bouw.example", "b.vandenberg@polder-bouw.example, e.smit@polder-bouw.example, planning@polder-bouw.example",
                      "Bouwvergadering donderdag", dt(2026, 11, 3, 9, 30, 8, "+0100"), "<AM0PR01MB6412D4C1E2F3@EXCH02.polder-bouw.example>"),
    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]))
expect(n, "b.vandenberg@polder-bouw.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="exchange")

n = "campus-suggestion-standard-form.eml"
d = dt(2026, 10, 20, 10, 0, 0, "-0400")
write(OUT, n, with_returned(n, host="mailgw.lakeshore-college.example", sw="Sendmail 8.17.1", frm="Mail Gateway <mailgw@lakeshore-college.example>",
    to="recruiter@talentbridge.example", subject="Undeliverable: Internship fair", date=d,
    text="""Your message could not be delivered to:

    jen.oconnor@lakeshore-college.example

There is no account with that name at Lakeshore College (550 no such
user). Student addresses have the standard form lastname.firstinitial
followed by two digits, for example oconnor.j24@lakeshore-college.example;
staff use firstname.lastname@lakeshore-college.example. We cannot guess
which one you meant.

Questions? IT Service Desk, itdesk@lakeshore-college.example, ext. 4357
""", orig=orig("recruiter@talentbridge.example", "jen.oconnor@lakeshore-college.example", "Internship fair",
               dt(2026, 10, 20, 9, 59, 0, "-0400"), "talentbridge.example", n)))
expect(n, "jen.oconnor@lakeshore-college.example", "userunknown", hard=True, reply="550")

n = "blocked-open-relay-listed.eml"
d = dt(2026, 11, 6, 21, 0, 0, "+0000")
write(OUT, n, pf(n, host="mail.old-server-farm.example", sender="admin@old-server-farm.example",
    rcpts=["noc@transit-provider.example"], date=d, osubj="Circuit maintenance window", odate=dt(2026, 11, 6, 20, 59, 57, "+0000"),
    arrival=dt(2026, 11, 6, 20, 59, 57, "+0000"),
    tail="""<noc@transit-provider.example>: host mx.transit-provider.example[198.51.100.9] refused
    to talk to me: 554 Service refused: your server 203.0.113.150 accepts mail for
    anyone (insecure open relay) and is listed at relays.blocklist.example
""", recips=[{"final": "noc@transit-provider.example", "status": "5.0.0", "remote": "mx.transit-provider.example",
              "diag": "554 Service refused: your server 203.0.113.150 accepts mail for anyone (insecure open relay) and is listed at relays.blocklist.example"}]))
expect(n, "noc@transit-provider.example", "blocked", status="5.0.0", reply="554")

# ================================================================ everyday bounces, fresh layouts
# ---------------------------------------------------------------- Chinese providers


def zh_notice(name, *, frm, to, subject, charset, cte, text, host, date, orig_msg, mailer="Coremail", sw="Coremail"):
    html = "<html><body>" + "".join(f"<p>{l}</p>" for l in text.strip().split("\n") if l.strip()) + "</body></html>"
    alt = multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")], boundary(name, 1))
    body = multipart("mixed", [alt, part("message/rfc822", orig_msg, cte=None)], boundary(name))
    return mail(["Return-Path: <>\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
                 ("Subject", enc_header(subject, charset)), ("Message-ID", mid(name, host)), ("X-Mailer", mailer),
                 ("Auto-Submitted", "auto-replied")], body)


def zh_orig(frm, to, subject, date, msgid, charset="gbk", body="您好：\n\n合同已按约定修改，请查收附件。\n"):
    return (f"From: {frm}\nTo: {to}\nSubject: {enc_header(subject, charset)}\nDate: {date}\nMessage-ID: {msgid}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: base64\n\n"
            + b64(body, charset) + "\n")


n = "qq-mail-content-denied.eml"
d = dt(2026, 11, 19, 20, 30, 0, "+0800")
write(OUT, n, pf(n, host="edm.shopfront-cn.example", sender="market@shopfront-cn.example",
    rcpts=["2834419076@qq.com"], date=d, osubj="Double 12 coupons", odate=dt(2026, 11, 19, 20, 29, 58, "+0800"),
    arrival=dt(2026, 11, 19, 20, 29, 58, "+0800"),
    tail="""<2834419076@qq.com>: host mx3.qq.com[192.0.2.100] said: 550 Mail content
    denied. https://service.mail.qq.com/detail/122/171 (in reply to end of DATA command)
""", recips=[{"final": "2834419076@qq.com", "status": "5.0.0", "remote": "mx3.qq.com",
              "diag": "550 Mail content denied. https://service.mail.qq.com/detail/122/171"}]))
expect(n, "2834419076@qq.com", "spamdetected", status="5.0.0", reply="550", vendor="qq")

n = "qq-ip-frequency-limited.eml"
d = dt(2026, 11, 11, 0, 5, 0, "+0800")
write(OUT, n, plain(n, host="mail.fastship-logistics.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@mail.fastship-logistics.example>",
    to="tracking@fastship-logistics.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "1390055512@qq.com")], text=exim_text("mail.fastship-logistics.example",
    """  1390055512@qq.com
    host mx1.qq.com [192.0.2.101]
    SMTP error from remote mail server after MAIL FROM:<tracking@fastship-logistics.example>:
    550 Ip frequency limited. https://service.mail.qq.com/detail/122/172
""")))
expect(n, "1390055512@qq.com", "ratelimited", reply="550", vendor="qq")

n = "qq-notice-nodomain-gb18030.eml"
d = dt(2026, 11, 2, 9, 18, 0, "+0800")
write(OUT, n, zh_notice(n, frm="PostMaster@qq.com", to="wu.jianguo@qq.com", subject="退信：关于年会场地的确认",
    charset="gb18030", cte="base64", host="smtpbgsg1.qq.com", date=d, mailer="QQMail 2.x", sw="QQ Mail",
    text="""很抱歉，您的邮件无法送达下列收件人：

li.na@yuanjing-huizhan.example

原因：收件人所在的域名 yuanjing-huizhan.example 不存在，邮件服务器找不到该域名的任何记录。
请检查收件人地址中 @ 后面的部分是否拼写正确。

此为系统邮件，请勿回复。
""", orig_msg=zh_orig("wu.jianguo@qq.com", "li.na@yuanjing-huizhan.example", "关于年会场地的确认",
                      dt(2026, 11, 2, 9, 17, 40, "+0800"), "<tencent_3F2A9B01C7D4E5@qq.com>", "gb18030")))
expect(n, "li.na@yuanjing-huizhan.example", "hostunknown", hard=True, vendor="qq")

n = "netease163-dt-spm.eml"
d = dt(2026, 11, 25, 10, 2, 0, "+0800")
write(OUT, n, pf(n, host="smtp.hr-recruit-cn.example", sender="jobs@hr-recruit-cn.example",
    rcpts=["zhao_lin1990@163.com"], date=d, osubj="Interview invitation", odate=dt(2026, 11, 25, 10, 1, 58, "+0800"),
    arrival=dt(2026, 11, 25, 10, 1, 58, "+0800"),
    tail="""<zhao_lin1990@163.com>: host 163mx03.mxmail.netease.com[192.0.2.110] said: 554
    DT:SPM 163 mx43,Ls8vCgD3n7q5K0Vn8e0NAA--.11223S2 1764036120,please see
    http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.61&hostid=mx43&time=1764036120
    (in reply to end of DATA command)
""", recips=[{"final": "zhao_lin1990@163.com", "status": "5.0.0", "remote": "163mx03.mxmail.netease.com",
              "diag": "554 DT:SPM 163 mx43,Ls8vCgD3n7q5K0Vn8e0NAA--.11223S2 1764036120,please see http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.61&hostid=mx43&time=1764036120"}]))
expect(n, "zhao_lin1990@163.com", "spamdetected", status="5.0.0", reply="554", vendor="netease")

n = "netease126-hl-itc-delayed.eml"
d = dt(2026, 11, 26, 14, 0, 0, "+0800")
write(OUT, n, pf(n, host="mailer.ebook-club-cn.example", sender="club@ebook-club-cn.example",
    rcpts=["reader_xu@126.com"], date=d, osubj="New arrivals this week", odate=dt(2026, 11, 26, 10, 0, 0, "+0800"),
    arrival=dt(2026, 11, 26, 10, 0, 0, "+0800"), delay=(4, 5),
    tail="""<reader_xu@126.com>: host 126mx01.mxmail.netease.com[192.0.2.111] refused to
    talk to me: 421 HL:ITC 126 mx17 IP sent too many mails in a short time, try
    later. http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.35&hostid=mx17
""", recips=[{"final": "reader_xu@126.com", "action": "delayed", "status": "4.0.0", "remote": "126mx01.mxmail.netease.com",
              "diag": "421 HL:ITC 126 mx17 IP sent too many mails in a short time, try later. http://mail.163.com/help/help_spam_16.htm?ip=198.51.100.35&hostid=mx17",
              "will_retry": dt(2026, 12, 1, 10, 0, 0, "+0800")}]))
expect(n, "reader_xu@126.com", "ratelimited", status="4.0.0", reply="421", action="delayed", vendor="netease")

n = "neteaseyeah-mi-stc-warning.eml"
d = dt(2026, 11, 27, 18, 0, 0, "+0800")
write(OUT, n, dsn_mail(n, frm="Mail Delivery System <Mailer-Daemon@mx.tea-house-cn.example>", to="shop@tea-house-cn.example",
    subject="Warning: message 1vR2aB-0003xk-Qe delayed 2 hours", date=d, host="mx.tea-house-cn.example",
    hops="Return-Path: <>\n" + hop(n, "mx.tea-house-cn.example", "Exim 4.97", d),
    text="""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 2 hours on the queue on mx.tea-house-cn.example.

The message identifier is:     1vR2aB-0003xk-Qe
The subject of the message is: Your tea order has shipped

The address to which the message has not yet been delivered is:

  puer.lover@yeah.net
    host yeahmx01.mxmail.netease.com [192.0.2.112]
    SMTP error from remote mail server after MAIL FROM:<shop@tea-house-cn.example>:
    451 MI:STC yeah mx02 sender's mails today exceeded the limit, try tomorrow

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered.
""", recips=[{"final": "puer.lover@yeah.net", "action": "delayed", "status": "4.0.0", "remote": "yeahmx01.mxmail.netease.com",
              "diag": "451 MI:STC yeah mx02 sender's mails today exceeded the limit, try tomorrow"}],
    orig=orig_headers("shop@tea-house-cn.example", "puer.lover@yeah.net", "Your tea order has shipped",
                      dt(2026, 11, 27, 15, 50, 0, "+0800"), mid(n + "o", "tea-house-cn.example"))))
expect(n, "puer.lover@yeah.net", "ratelimited", status="4.0.0", reply="451", action="delayed", vendor="netease")

n = "netease163-notice-userunknown-gbk.eml"
d = dt(2026, 11, 13, 16, 40, 0, "+0800")
write(OUT, n, zh_notice(n, frm="Postmaster@163.com", to="chen_xiaoyu@163.com", subject="系统退信",
    charset="gbk", cte="base64", host="m16.mail.163.com", date=d,
    text="""抱歉，您的邮件被退回来了……

原邮件信息：
时　间： 2026-11-13 16:39:51
主　题： 报名表
收件人： he.wenjing@xinyuan-school.example

退信原因：
收件人邮箱地址不存在，对方服务器回复：550 Mailbox unavailable, the user does not exist here

建议解决方案：
请核实收件人地址后重新发送。
""", orig_msg=zh_orig("chen_xiaoyu@163.com", "he.wenjing@xinyuan-school.example", "报名表",
                      dt(2026, 11, 13, 16, 39, 51, "+0800"), "<7b3c1a.2f09.19a5c3e1d42.Coremail.chen_xiaoyu@163.com>")))
expect(n, "he.wenjing@xinyuan-school.example", "userunknown", hard=True, reply="550", vendor="netease")

n = "sina-notice-userunknown-gbk.eml"
d = dt(2026, 11, 8, 11, 5, 0, "+0800")
write(OUT, n, zh_notice(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@sina.com>", to="gao_peng@sina.com",
    subject="邮件投递失败通知", charset="gbk", cte="base64", host="mail.sina.com", date=d, mailer="Sina Mail", sw="Sina Mail",
    text="""您好！

这是新浪邮箱系统自动发出的通知，您发送的邮件未能投递给以下收件人：

  ma.yun88@lvzhou-travel.example

对方邮件服务器拒绝了该收件人，原因：用户名不存在（550 5.1.1 user unknown）。

如有疑问，请访问新浪邮箱帮助中心。
""", orig_msg=zh_orig("gao_peng@sina.com", "ma.yun88@lvzhou-travel.example", "行程确认",
                      dt(2026, 11, 8, 11, 4, 40, "+0800"), "<20261108030440.5A1F@sina.com>")))
expect(n, "ma.yun88@lvzhou-travel.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="sina")

n = "sohu-quota-gbk-qp.eml"
d = dt(2026, 11, 16, 8, 50, 0, "+0800")
write(OUT, n, zh_notice(n, frm="postmaster@sohu.com", to="liu_dehua_fan@sohu.com", subject="退信通知：周末聚会",
    charset="gbk", cte="quoted-printable", host="mx.sohu.com", date=d, mailer="Sohu Mail", sw="Sohu Mail",
    text="""您发送给 song.li@jinxiu-mail.example 的邮件投递失败。

失败原因：收件人邮箱已满，无法接收新邮件。
对方服务器返回：552 5.2.2 Mailbox size limit exceeded

请稍后重试或通过其他方式联系收件人。
""", orig_msg=zh_orig("liu_dehua_fan@sohu.com", "song.li@jinxiu-mail.example", "周末聚会",
                      dt(2026, 11, 16, 8, 49, 30, "+0800"), "<1700000000.sohu.4471@sohu.com>")))
expect(n, "song.li@jinxiu-mail.example", "mailboxfull", status="5.2.2", reply="552", vendor="sohu")

n = "aliyun-notice-notfound-gb2312.eml"
d = dt(2026, 11, 10, 15, 15, 0, "+0800")
write(OUT, n, zh_notice(n, frm="MAILER-DAEMON@aliyun.com", to="caiwu@ruifeng-keji.example", subject="投递失败：发票已开具",
    charset="gb2312", cte="base64", host="out30-1.mail.aliyun.com", date=d, mailer="Alimail", sw="Alimail",
    text="""您的邮件未能成功投递。

收件人：kuaiji@dongfang-jixie.example
失败原因：对方服务器报告该邮箱不存在。
服务器响应：550 5.1.1 recipient not found

请核对收件人地址后重新发送。
阿里邮箱
""", orig_msg=zh_orig("caiwu@ruifeng-keji.example", "kuaiji@dongfang-jixie.example", "发票已开具",
                      dt(2026, 11, 10, 15, 14, 30, "+0800"), "<a1b2c3d4-e5f6.ruifeng@aliyun.com>", "gb2312")))
expect(n, "kuaiji@dongfang-jixie.example", "userunknown", hard=True, status="5.1.1", reply="550", vendor="aliyun")

n = "cmcc139-mailboxfull-gb2312.eml"
d = dt(2026, 11, 18, 19, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="postmaster@139.com",
    to="13800138000@139.com", subject="邮件未能送达", charset="gb2312", cte="base64", host="mail.10086.cn", date=d,
    mailer="Richmail", sw="Richmail",
    text="""尊敬的用户：

您发给 xiaomei.wang@qinghe-mail.example 的邮件未能送达。

原因：收件人邮箱空间已满（552 mailbox full），对方暂时无法接收邮件。
""", orig_msg=zh_orig("13800138000@139.com", "xiaomei.wang@qinghe-mail.example", "照片",
                      dt(2026, 11, 18, 18, 59, 0, "+0800"), "<2026111818590012345@139.com>", "gb2312")))
expect(n, "xiaomei.wang@qinghe-mail.example", "mailboxfull", reply="552", vendor="139")

n = "ct189-suspended-gb18030.eml"
d = dt(2026, 11, 21, 9, 0, 0, "+0800")
write(OUT, n, zh_notice(n, frm="postmaster@189.cn", to="ops@xingchen-net.example", subject="退信：服务器维护通知",
    charset="gb18030", cte="base64", host="mail.189.cn", date=d, mailer="189 Mail", sw="189 Mail",
    text="""您的邮件无法投递到以下地址：

  18912345678@189.cn

原因：该收件人帐号已被停用，暂时不能接收邮件。
服务器应答：550 5.2.1 account disabled
""", orig_msg=zh_orig("ops@xingchen-net.example", "18912345678@189.cn", "服务器维护通知",
                      dt(2026, 11, 21, 8, 59, 30, "+0800"), "<maint.20261121@xingchen-net.example>", "gb18030")))
expect(n, "18912345678@189.cn", "suspend", status="5.2.1", reply="550", vendor="189")

n = "21cn-spam-content-gbk.eml"
d = dt(2026, 11, 14, 10, 30, 0, "+0800")
write(OUT, n, zh_notice(n, frm="MAILER-DAEMON@21cn.com", to="promo@jiadian-cheng.example", subject="邮件被拒收",
    charset="gbk", cte="base64", host="mx.21cn.com", date=d, mailer="21CN Mail", sw="21CN Mail",
    text="""您发往 huang.qiang@21cn.com 的邮件被拒收。

原因：邮件内容被反垃圾系统判定为垃圾邮件。
服务器应答：554 5.7.1 content rejected as spam
""", orig_msg=zh_orig("promo@jiadian-cheng.example", "huang.qiang@21cn.com", "双十二家电特卖",
                      dt(2026, 11, 14, 10, 29, 0, "+0800"), "<promo.1114@jiadian-cheng.example>")))
expect(n, "huang.qiang@21cn.com", "spamdetected", status="5.7.1", reply="554", vendor="21cn")

# ---------------------------------------------------------------- Yahoo, Gmail, Microsoft


def pf1(name, host, sender, rcpt, osubj, when, tail, status, diag, remote=None, delay=None, **kw):
    """A one-recipient Postfix notice."""
    r = {"final": rcpt, "status": status, "diag": diag}
    if remote:
        r["remote"] = remote
    if delay:
        r["action"] = "delayed"
    return pf(name, host=host, sender=sender, rcpts=[rcpt], date=when, osubj=osubj, odate=when, arrival=when,
              tail=tail, recips=[r], delay=delay)


n = "yahoo-overquota-delayed.eml"
write(OUT, n, pf1(n, "mail.quilting-guild.example", "guild@quilting-guild.example", "patchwork_pam@yahoo.com",
    "Guild newsletter", dt(2026, 11, 24, 8, 0, 0, "-0500"), """<patchwork_pam@yahoo.com>: host mta6.am0.yahoodns.net[192.0.2.191] said:
    452 4.2.2 [patchwork_pam] Over quota, please try again later (in reply to RCPT TO command)
""", "4.2.2", "452 4.2.2 [patchwork_pam] Over quota, please try again later", "mta6.am0.yahoodns.net", delay=(6, 5)))
expect(n, "patchwork_pam@yahoo.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="yahoo")

n = "yahoo-mailbox-disabled-554-30.eml"
write(OUT, n, pf1(n, "smtp.alumni-assoc.example", "reunion@alumni-assoc.example", "class_of_98_dave@yahoo.com",
    "Reunion RSVP", dt(2026, 11, 15, 12, 0, 0, "+0000"), """<class_of_98_dave@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.192] said:
    554 delivery error: dd Sorry, your message to class_of_98_dave@yahoo.com cannot
    be delivered. This mailbox is disabled (554.30). - mta4023.mail.gq1.yahoo.com
    (in reply to end of DATA command)
""", "5.0.0", "554 delivery error: dd Sorry, your message to class_of_98_dave@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4023.mail.gq1.yahoo.com",
    "mta5.am0.yahoodns.net"))
expect(n, "class_of_98_dave@yahoo.com", "suspend", status="5.0.0", reply="554", vendor="yahoo")

n = "gmail-nosuchuser-exim.eml"
d = dt(2026, 11, 3, 17, 17, 0, "+0000")
write(OUT, n, plain(n, host="mail.pottery-studio.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@mail.pottery-studio.example>",
    to="classes@pottery-studio.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "clay.maker.jo@gmail.com")], text=exim_text("mail.pottery-studio.example",
    """  clay.maker.jo@gmail.com
    host gmail-smtp-in.l.google.com [192.0.2.30]
    SMTP error from remote mail server after RCPT TO:<clay.maker.jo@gmail.com>:
    550-5.1.1 The email account that you tried to reach does not exist. Please try
    550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to
    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser z4-20261103 - gsmtp
""")))
expect(n, "clay.maker.jo@gmail.com", "userunknown", hard=True, status="5.1.1", reply="550", vendor="gmail")

n = "gmail-552-size-limit.eml"
write(OUT, n, pf1(n, "mail.architects-bureau.example", "drawings@architects-bureau.example", "client.villa@gmail.com",
    "Revised plans (all sheets)", dt(2026, 11, 6, 14, 0, 0, "+0100"), """<client.villa@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.31] said:
    552-5.2.3 Your message exceeded Google's message size limits. To view our
    552-5.2.3 message size guidelines, go to
    552 5.2.3  https://support.google.com/mail/?p=MaxSizeError q1-20261106 - gsmtp
    (in reply to end of DATA command)
""", "5.2.3", "552-5.2.3 Your message exceeded Google's message size limits. To view our message size guidelines, go to https://support.google.com/mail/?p=MaxSizeError",
    "gmail-smtp-in.l.google.com"))
expect(n, "client.villa@gmail.com", "emailtoolarge", status="5.2.3", reply="552", vendor="gmail")


def o365_ndr(name, *, sender, rcpt, subject, date, tenant, headline, fix, reply_line, status):
    host = "AM9PR04MB8411.eurprd04.prod.outlook.com"
    txt = f"""Your message to {rcpt} couldn't be delivered.

{headline}

{rcpt.split('@')[0]}
Office 365      {rcpt.split('@')[1]}
Action Required                 Recipient

How to Fix It
{fix}

Diagnostic information for administrators:

Generating server: {host}

{rcpt}
Remote Server returned '{reply_line}'
"""
    return dsn_mail(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{tenant}>", to=sender,
                    subject=f"Undeliverable: {subject}", date=date, host=host,
                    hops=hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date), text=txt,
                    alt_html="<html><body>" + "".join(f"<p>{l}</p>" for l in txt.split("\n") if l.strip()) + "</body></html>",
                    recips=[{"final": rcpt, "status": status, "remote": host, "diag": "smtp; " + reply_line}],
                    orig=orig_headers(sender, rcpt, subject, date, mid(name + "o", tenant)),
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])


n = "o365-recipientnotfound-5.1.10.eml"
write(OUT, n, o365_ndr(n, sender="k.lindqvist@fabrikam-retail.example", rcpt="procurement@tailspin-toys.example",
    subject="PO 7741", date=dt(2026, 11, 19, 13, 2, 0, "+0000"), tenant="fabrikam-retail.example",
    headline="The email address couldn't be found.",
    fix="The address may be misspelled or may not exist. Try one or more of the following: retype the address.",
    reply_line="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient procurement@tailspin-toys.example not found by SMTP address lookup",
    status="5.1.10"))
expect(n, "procurement@tailspin-toys.example", "userunknown", hard=True, status="5.1.10", reply="550", vendor="office365")

n = "o365-dbeb-access-denied-5.4.1.eml"
write(OUT, n, o365_ndr(n, sender="press@wingtip-air.example", rcpt="newsdesk@adatum-media.example",
    subject="Route launch embargo", date=dt(2026, 11, 23, 7, 45, 0, "+0000"), tenant="wingtip-air.example",
    headline="The recipient's email system refused the address.",
    fix="Check the address; the receiving organisation doesn't know this recipient.",
    reply_line="550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [SN1PEPF0002BA4E.namprd03.prod.outlook.com]",
    status="5.4.1"))
expect(n, "newsdesk@adatum-media.example", "userunknown", hard=True, status="5.4.1", reply="550", vendor="office365")

n = "o365-external-forwarding-5.7.520.eml"
write(OUT, n, o365_ndr(n, sender="alerts@bank-notices.example", rcpt="cfo@contoso-holdings.example",
    subject="Daily balance", date=dt(2026, 11, 27, 6, 0, 0, "+0000"), tenant="bank-notices.example",
    headline="Your message wasn't delivered because the recipient's organization doesn't allow automatic forwarding to external addresses.",
    fix="Ask the recipient's administrator; this is an organisation policy.",
    reply_line="550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
    status="5.7.520"))
expect(n, "cfo@contoso-holdings.example", "policyviolation", status="5.7.520", reply="550", vendor="office365")

n = "exchange2019-hop-count.eml"
d = dt(2026, 11, 12, 11, 11, 0, "+0100")
write(OUT, n, dsn_mail(n, frm="postmaster@stadtwerke-nord.example", to="leitstelle@stadtwerke-nord.example",
    subject="Undeliverable: Stoerungsmeldung 4471", date=d, host="EX2019-01.stadtwerke-nord.example",
    hops=hop(n, "EX2019-01.stadtwerke-nord.example", "Microsoft SMTP Server id 15.2.1544.4", d),
    text="""Delivery has failed to these recipients or groups:

bereitschaft@stadtwerke-nord.example
The message was forwarded between servers too many times and was stopped.
This is usually caused by a mail loop between two forwarding rules.

Diagnostic information for administrators:

Generating server: EX2019-01.stadtwerke-nord.example

bereitschaft@stadtwerke-nord.example
Remote Server returned '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [EX2019-02.stadtwerke-nord.example]'
""", recips=[{"final": "bereitschaft@stadtwerke-nord.example", "status": "5.4.14", "remote": "EX2019-02.stadtwerke-nord.example",
              "diag": "smtp; 554 5.4.14 Hop count exceeded - possible mail loop ATTR34"}],
    orig=orig_headers("leitstelle@stadtwerke-nord.example", "bereitschaft@stadtwerke-nord.example", "Stoerungsmeldung 4471",
                      dt(2026, 11, 12, 11, 10, 50, "+0100"), mid(n + "o", "stadtwerke-nord.example"))))
expect(n, "bereitschaft@stadtwerke-nord.example", "networkerror", status="5.4.14", reply="554", vendor="exchange")

# ---------------------------------------------------------------- Postfix, Exim, Sendmail, qmail, SES

n = "postfix-virtual-and-relay-tables.eml"
d = dt(2026, 11, 30, 9, 9, 0, "+0000")
write(OUT, n, pf(n, host="mx.harbor-dental.example", sender="appointments@harbor-dental.example",
    rcpts=["front.desk@harbor-dental.example", "dr.okoye@partner-ortho.example"], date=d, osubj="Tomorrow's schedule",
    odate=dt(2026, 11, 30, 9, 8, 58, "+0000"), arrival=dt(2026, 11, 30, 9, 8, 58, "+0000"),
    tail="""<front.desk@harbor-dental.example>: User unknown in virtual mailbox table

<dr.okoye@partner-ortho.example>: host mail.partner-ortho.example[198.51.100.77] said:
    550 5.1.1 <dr.okoye@partner-ortho.example>: Recipient address rejected: User
    unknown in relay recipient table (in reply to RCPT TO command)
""", recips=[{"final": "front.desk@harbor-dental.example", "status": "5.1.1",
              "diag": "X-Postfix; User unknown in virtual mailbox table"},
             {"final": "dr.okoye@partner-ortho.example", "status": "5.1.1", "remote": "mail.partner-ortho.example",
              "diag": "550 5.1.1 <dr.okoye@partner-ortho.example>: Recipient address rejected: User unknown in relay recipient table"}]))
expect(n, "front.desk@harbor-dental.example", "userunknown", hard=True, status="5.1.1")
expect(n, "dr.okoye@partner-ortho.example", "userunknown", hard=True, status="5.1.1", reply="550")

n = "exim-unrouteable-and-full.eml"
d = dt(2026, 11, 22, 23, 0, 0, "+0000")
write(OUT, n, plain(n, host="mail.cycling-club.example", sw="Exim 4.97", frm="Mail Delivery System <Mailer-Daemon@mail.cycling-club.example>",
    to="rides@cycling-club.example", subject="Mail delivery failed: returning message to sender", date=d,
    extra=[("X-Failed-Recipients", "captain@velo-gone.example, sprinter.sue@homebox.example")], text=exim_text("mail.cycling-club.example",
    """  captain@velo-gone.example
    Unrouteable address

  sprinter.sue@homebox.example
    retry timeout exceeded
    host mx.homebox.example [192.0.2.222]
    SMTP error from remote mail server after RCPT TO:<sprinter.sue@homebox.example>:
    452 4.2.2 Mailbox full, try again later
""")))
expect(n, "captain@velo-gone.example", "hostunknown", hard=True)
expect(n, "sprinter.sue@homebox.example", "mailboxfull", status="4.2.2", reply="452")

n = "sendmail-message-too-large.eml"
d = dt(2026, 11, 4, 16, 0, 0, "-0600")
write(OUT, n, dsn_mail(n, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.survey-crew.example>", to="gis@survey-crew.example",
    subject="Returned mail: see transcript for details", date=d, host="smtp.survey-crew.example",
    hops="Return-Path: <>\n" + hop(n, "smtp.survey-crew.example", "8.17.2/8.17.2", d),
    text="""The original message was received at Wed, 4 Nov 2026 15:59:40 -0600
from gis-ws3.survey-crew.example [192.0.2.43]

   ----- The following addresses had permanent fatal errors -----
<county.engineer@plains-county.example>
    (reason: 552 5.3.4 Message size exceeds fixed maximum message size (15728640))

   ----- Transcript of session follows -----
... while talking to mail.plains-county.example.:
>>> MAIL From:<gis@survey-crew.example> SIZE=48211873
<<< 552 5.3.4 Message size exceeds fixed maximum message size (15728640)
554 5.0.0 Service unavailable
""", recips=[{"final": "county.engineer@plains-county.example", "status": "5.3.4", "remote": "mail.plains-county.example",
              "diag": "552 5.3.4 Message size exceeds fixed maximum message size (15728640)"}],
    orig=orig_headers("gis@survey-crew.example", "county.engineer@plains-county.example", "Aerial survey tiles",
                      dt(2026, 11, 4, 15, 59, 40, "-0600"), mid(n + "o", "survey-crew.example"))))
expect(n, "county.engineer@plains-county.example", "emailtoolarge", status="5.3.4", reply="552")

n = "qmail-ldap-over-quota.eml"
d = dt(2026, 11, 17, 5, 0, 0, "+0000")
write(OUT, n, plain(n, host="mx.alpine-hostel.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.alpine-hostel.example",
    to="booking@alpine-hostel.example", subject="failure notice", date=d, text="""Hi. This is the qmail-send program at mx.alpine-hostel.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<hiker.ben@trailmail.example>:
The user's mailbox is over its size limit; message refused. (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <booking@alpine-hostel.example>
From: booking@alpine-hostel.example
To: hiker.ben@trailmail.example
Subject: Your dorm bed is confirmed
"""))
expect(n, "hiker.ben@trailmail.example", "mailboxfull", status="5.2.2")

n = "ses-direct-mailbox-full.eml"
d = dt(2026, 11, 20, 14, 14, 14, "+0000")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@amazonses.com", to="0100019345abcd12-ef34-5678-9abc-def012345678-000000@amazonses.com",
    subject="Delivery Status Notification (Failure)", date=d, host="a8-30.smtp-out.amazonses.com",
    hops="Return-Path: <>\n" + hop(n, "feedback-smtp.us-east-1.amazonses.com", "Amazon SES", d),
    text="""An error occurred while trying to deliver the mail to the following recipients:
subscriber.nina@oakmail.example
""", recips=[{"final": "subscriber.nina@oakmail.example", "status": "5.2.2", "remote": "mx.oakmail.example",
              "diag": "smtp; 552 5.2.2 <subscriber.nina@oakmail.example>: mailbox is full (storage quota reached)"}],
    reporting="a8-30.smtp-out.amazonses.com",
    orig=orig_headers("news@recipe-box-app.example", "subscriber.nina@oakmail.example", "5 soups for December",
                      dt(2026, 11, 20, 14, 14, 10, "+0000"), "<0100019345abcd12-ef34-5678-9abc-def012345678-000000@email.amazonses.com>"),
    extra=[("Feedback-ID", "1.us-east-1.abcdefghijklmnop:AmazonSES")]))
expect(n, "subscriber.nina@oakmail.example", "mailboxfull", status="5.2.2", reply="552", vendor="amazonses")

n = "ses-sns-complaint.eml"
d = dt(2026, 11, 26, 18, 30, 0, "+0000")
ses = {"notificationType": "Complaint",
       "complaint": {"feedbackId": "0100019367aa-complaint-0001", "complaintSubType": None,
                     "complainedRecipients": [{"emailAddress": "annoyed.reader@mailhaven.example"}],
                     "timestamp": "2026-11-26T18:29:51.000Z", "userAgent": "MailHaven Feedback Loop",
                     "complaintFeedbackType": "abuse", "arrivalDate": "2026-11-26T18:29:40.000Z"},
       "mail": {"timestamp": "2026-11-25T09:00:00.000Z", "source": "deals@gadget-outlet.example",
                "sourceArn": "arn:aws:ses:eu-west-1:111122223333:identity/gadget-outlet.example",
                "sourceIp": "203.0.113.5", "sendingAccountId": "111122223333",
                "messageId": "0100019355aa-deals-7777-000000",
                "destination": ["annoyed.reader@mailhaven.example"]}}
sns = {"Type": "Notification", "MessageId": "5a6b7c8d-0000-1111-2222-333344445555",
       "TopicArn": "arn:aws:sns:eu-west-1:111122223333:ses-feedback", "Message": json.dumps(ses),
       "Timestamp": "2026-11-26T18:29:59.120Z", "SignatureVersion": "1", "Signature": "EXAMPLEc2lnbmF0dXJl",
       "SigningCertURL": "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000.pem",
       "UnsubscribeURL": "https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:111122223333:ses-feedback:abc"}
body = json.dumps(sns, indent=2) + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n" + sns["UnsubscribeURL"] + "\n"
write(OUT, n, mail(["Return-Path: <0100019367bb@eu-west-1.amazonses.com>\n" + hop(n, "mx.gadget-outlet.example", "Postfix", d, "a7-1.smtp-out.eu-west-1.amazonses.com", "192.0.2.240"),
    ("Date", d), ("From", "AWS Notifications <no-reply@sns.amazonaws.com>"), ("To", "ses-feedback@gadget-outlet.example"),
    ("Subject", "AWS Notification Message"), ("Message-ID", mid(n, "eu-west-1.amazonses.com")),
    ("x-amz-sns-message-type", "Notification")], text_part(body, "utf-8", "7bit")))
expect(n, "annoyed.reader@mailhaven.example", "feedback", action="", vendor="amazonses")

# ---------------------------------------------------------------- auto-replies, feedback, delivered

n = "vacation-exchange-automatic-reply.eml"
d = dt(2026, 12, 1, 8, 2, 0, "+0100")
write(OUT, n, mail([hop(n, "mx.gadget-outlet.example", "Postfix", d, "mail.lindholm-arkitekter.example", "198.51.100.120"),
    ("Date", d), ("From", "Sofie Lindholm <s.lindholm@lindholm-arkitekter.example>"), ("To", "deals@gadget-outlet.example"),
    ("Subject", "Automatic reply: Cyber Monday: 30% off headphones"), ("Message-ID", mid(n, "lindholm-arkitekter.example")),
    ("In-Reply-To", "<cybermonday.2026@gadget-outlet.example>"), ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "s.lindholm@lindholm-arkitekter.example")],
    text_part("""Tak for din mail. Jeg er på ferie til og med 14. december og læser ikke
mail i perioden. Kontakt venligst kontoret på kontor@lindholm-arkitekter.example.

Thank you for your message. I am on holiday until 14 December.
""", "utf-8", "quoted-printable")))
expect(n, "s.lindholm@lindholm-arkitekter.example", "vacation", action="")

n = "vacation-qq-autoreply-gbk.eml"
d = dt(2026, 11, 30, 21, 0, 0, "+0800")
write(OUT, n, mail([hop(n, "mx.shopfront-cn.example", "Postfix", d, "smtpbg1.qq.com", "192.0.2.102"),
    ("Date", d), ("From", enc_header("周晓明", "gbk") + " <zhou.xiaoming@foxmail.com>"), ("To", "market@shopfront-cn.example"),
    ("Subject", enc_header("自动回复: 双十二优惠券", "gbk")), ("Message-ID", mid(n, "qq.com")), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
    ("X-QQ-mid", "bizesmtp17t1764507600tq9a7z1"), ("Auto-Submitted", "auto-replied")],
    text_part("您好，我最近在外出差，12月8日返回，期间查看邮件不便，急事请致电。谢谢！\n", "gbk", "base64")))
expect(n, "zhou.xiaoming@foxmail.com", "vacation", action="", vendor="qq")

n = "arf-abuse-report-isp.eml"
d = dt(2026, 11, 18, 3, 3, 3, "+0000")
arf_orig = """Received: from out.gadget-outlet.example (out.gadget-outlet.example [203.0.113.5])
	by mx.mailhaven.example with ESMTP id 9F1; Wed, 18 Nov 2026 02:59:10 +0000
From: Gadget Outlet <deals@gadget-outlet.example>
To: cranky.carl@mailhaven.example
Subject: Last chance: chargers 2 for 1
Date: Wed, 18 Nov 2026 02:59:00 +0000
Message-ID: <lastchance.4471@gadget-outlet.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Two chargers for the price of one.
"""
fb = part("message/feedback-report", """Feedback-Type: abuse
User-Agent: MailHaven-FBL/2.1
Version: 1
Original-Mail-From: <deals@gadget-outlet.example>
Original-Rcpt-To: <cranky.carl@mailhaven.example>
Arrival-Date: Wed, 18 Nov 2026 02:59:10 +0000
Source-IP: 203.0.113.5
Reported-Domain: gadget-outlet.example
""", cte=None)
body = multipart("report", [text_part("This is an email abuse report for an email message received from IP 203.0.113.5 on\nWed, 18 Nov 2026 02:59:10 +0000. A user of MailHaven marked it as spam.\n"),
                            fb, part("message/rfc822", arf_orig, cte=None)], boundary(n), " report-type=feedback-report;")
write(OUT, n, mail([hop(n, "mx.gadget-outlet.example", "Postfix", d, "fbl.mailhaven.example", "198.51.100.230"),
    ("Date", d), ("From", "MailHaven Feedback Loop <fbl@mailhaven.example>"), ("To", "fbl-reports@gadget-outlet.example"),
    ("Subject", "FW: Last chance: chargers 2 for 1"), ("Message-ID", mid(n, "mailhaven.example"))], body))
expect(n, "cranky.carl@mailhaven.example", "feedback", action="")

n = "postfix-delivered-notify.eml"
d = dt(2026, 11, 9, 10, 0, 5, "+0000")
write(OUT, n, dsn_mail(n, frm="MAILER-DAEMON@smtp.tender-office.example (Mail Delivery System)", to="bids@tender-office.example",
    subject="Successful Mail Delivery Report", date=d, host="smtp.tender-office.example",
    hops="Return-Path: <>\n" + hop(n, "smtp.tender-office.example", "Postfix", d),
    text="""This is the mail system at host smtp.tender-office.example.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system

<procurement@city-council.example>: delivery via
    mx.city-council.example[198.51.100.44]:25: 250 2.0.0 Ok: queued as 4ZzQ1r0S2d
""", recips=[{"final": "procurement@city-council.example", "action": "delivered", "status": "2.0.0",
              "remote": "mx.city-council.example", "diag": "250 2.0.0 Ok: queued as 4ZzQ1r0S2d"}],
    orig=orig_headers("bids@tender-office.example", "procurement@city-council.example", "Tender 2026/114 submission",
                      dt(2026, 11, 9, 10, 0, 0, "+0000"), mid(n + "o", "tender-office.example"))))
expect(n, "procurement@city-council.example", "delivered", status="2.0.0", reply="250", action="delivered")

# ================================================================ near-miss ordinary mail (not-bounce/)


def ordinary(name, *, frm, to, subject, date, host, text="", charset="us-ascii", cte=None, extra=(), body=None):
    hops = hop(name, "mx.inbox-sample.example", "Postfix", date, f"out.{host}", "198.51.100.141")
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, body if body is not None else text_part(text, charset, cte))


LIST = [("List-Id", "<mta-admins.lists.opsforum.example>"), ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:mta-admins-leave@lists.opsforum.example>")]

n = "nb-list-quoted-dsn-question.eml"
write(NB, n, ordinary(n, frm="Priya Raman <priya@smallhost.example>", to="mta-admins@lists.opsforum.example",
    subject="[mta-admins] Why does Gmail say 5.7.26 for my forwarder?", date=dt(2026, 11, 20, 9, 0, 0, "+0000"),
    host="smallhost.example", extra=LIST, text="""Hi all,

my forwarder gets these back for some users:

> <someone@gmail.com>: host gmail-smtp-in.l.google.com said:
>     550-5.7.26 This mail has been blocked because the sender is unauthenticated.
> Final-Recipient: rfc822; someone@gmail.com
> Action: failed
> Status: 5.7.26

I'm doing SRS already. Is ARC signing what I'm missing? Any pointers welcome.

Priya
"""))

n = "nb-forwarded-ndr-inline-question.eml"
write(NB, n, ordinary(n, frm="Tom Becker <tom.becker@dental-lab.example>", to="IT Support <it@dental-lab.example>",
    subject="Fwd: Undeliverable: invoice 2231", date=dt(2026, 11, 24, 10, 12, 0, "+0100"), host="dental-lab.example",
    text="""Hi IT,

I keep getting this when I write to our supplier. Is it on our side or theirs?
Could you have a look before Friday?

Thanks, Tom

-------- Forwarded Message --------
Subject: Undeliverable: invoice 2231
Date: Tue, 24 Nov 2026 09:50:11 +0100
From: Microsoft Outlook <postmaster@dental-lab.example>
To: tom.becker@dental-lab.example

Delivery has failed to these recipients or groups:
orders@ceramics-supply.example
The recipient's mailbox is full and can't accept messages now.
"""))

n = "nb-newsletter-deliverability-tips.eml"
write(NB, n, ordinary(n, frm="SendWise Academy <academy@sendwise-esp.example>", to="marketing@bakery-chain.example",
    subject="5 reasons your emails bounce (and how to fix them)", date=dt(2026, 11, 10, 15, 0, 0, "+0000"),
    host="sendwise-esp.example", extra=[("List-Unsubscribe", "<https://sendwise-esp.example/u/abc123>"), ("Precedence", "bulk")],
    text="""Deliverability tips for November

1. Mailbox full: soft bounces like "452 4.2.2 over quota" clear by themselves.
2. User unknown: a 550 5.1.1 means the address does not exist; remove it.
3. Blocked: check whether your IP is on a blocklist.
4. Authentication: publish SPF, sign with DKIM, set a DMARC policy.
5. Expired: if a queue gives up after 5 days, the receiving host was down.

Read the full guide on our blog. Unsubscribe at any time.
"""))

n = "nb-parcel-undeliverable.eml"
write(NB, n, ordinary(n, frm="ParcelGo Notifications <notify@parcelgo-courier.example>", to="customer.jane@homemail-sample.example",
    subject="Delivery failed: parcel PG7741203 is undeliverable", date=dt(2026, 11, 19, 17, 30, 0, "+0000"),
    host="parcelgo-courier.example", text="""Hello Jane,

We tried to deliver your parcel PG7741203 today but nobody was home and the
address label is incomplete. The parcel is undeliverable as addressed and
will be returned to the sender after 7 days unless you reschedule.

Reschedule: https://parcelgo-courier.example/track/PG7741203

ParcelGo
"""))

n = "nb-order-returned-to-sender.eml"
write(NB, n, ordinary(n, frm="Orders <orders@bookbarn-shop.example>", to="reader.mike@homemail-sample.example",
    subject="Your order #88412 was returned to sender", date=dt(2026, 11, 21, 8, 0, 0, "+0000"), host="bookbarn-shop.example",
    text="""Hi Mike,

The postal service returned your order #88412 to us marked "addressee
unknown". We have refunded the shipping cost. Please check your address
in your account and place the order again.

BookBarn Customer Care
"""))

n = "nb-it-notice-quota-policy.eml"
write(NB, n, ordinary(n, frm="IT Operations <it-ops@regional-hospital.example>", to="all-staff@regional-hospital.example",
    subject="Mailbox quota change from 1 January", date=dt(2026, 11, 25, 12, 0, 0, "+0000"), host="regional-hospital.example",
    text="""Dear colleagues,

From 1 January every mailbox has a quota of 10 GB. When a mailbox is full,
incoming mail is rejected with "552 5.2.2 mailbox full" and the sender gets
an undeliverable notice. Please archive old mail before then.

IT Operations
"""))

n = "nb-zh-it-notice-quota-gb2312.eml"
write(NB, n, ordinary(n, frm=enc_header("信息中心", "gb2312") + " <it@huaxin-group.example>", to="staff@huaxin-group.example",
    subject=enc_header("关于调整邮箱容量的通知", "gb2312"), date=dt(2026, 11, 26, 9, 0, 0, "+0800"), host="huaxin-group.example",
    charset="gb2312", cte="base64", text="""各位同事：

自下月起，每个邮箱容量调整为 5GB。邮箱已满时，对方发来的邮件将被退回（退信原因：收件人邮箱已满）。
请及时清理或归档旧邮件。

信息中心
"""))

n = "nb-calendar-declined.eml"
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Example Corp//Calendar 1.0//EN
VERSION:2.0
BEGIN:VEVENT
UID:budget-review-2026-12@finance-team.example
DTSTART:20261207T140000Z
DTEND:20261207T150000Z
SUMMARY:Declined: Budget review
ATTENDEE;PARTSTAT=DECLINED:mailto:h.sato@finance-team.example
ORGANIZER:mailto:cfo@finance-team.example
END:VEVENT
END:VCALENDAR
"""
write(NB, n, ordinary(n, frm="Hiro Sato <h.sato@finance-team.example>", to="cfo@finance-team.example",
    subject="Declined: Budget review", date=dt(2026, 12, 1, 9, 0, 0, "+0000"), host="finance-team.example",
    body=multipart("alternative", [text_part("Hiro Sato has declined this meeting: I will be travelling that week.\n"),
                                  part('text/calendar; charset=utf-8; method=REPLY', ics, cte="7bit")], boundary(n))))

n = "nb-calendar-tentative.eml"
write(NB, n, ordinary(n, frm="Ana Ruiz <ana.ruiz@design-studio.example>", to="pm@design-studio.example",
    subject="Tentative: Client kickoff", date=dt(2026, 12, 2, 11, 0, 0, "+0000"), host="design-studio.example",
    extra=[("Thread-Topic", "Client kickoff")], text="Ana Ruiz has tentatively accepted this meeting.\n"))

n = "nb-github-notification-bounce-pr.eml"
write(NB, n, ordinary(n, frm="Lee Park <notifications@github.example>", to="mailkit/mailkit <mailkit@noreply.github.example>",
    subject="Re: [mailkit/mailkit] Treat 550 5.1.1 as hard bounce (PR #912)", date=dt(2026, 11, 28, 14, 0, 0, "+0000"),
    host="github.example", extra=[("List-ID", "mailkit/mailkit <mailkit.mailkit.github.example>"), ("X-GitHub-Reason", "subscribed"),
                                  ("Precedence", "list")],
    text="""@lee-park commented on this pull request.

This looks good, but "Mailbox unavailable" with 4.2.2 should stay soft;
see the Undelivered Mail Returned to Sender sample in tests/fixtures.

Reply to this email directly, view it on GitHub, or unsubscribe.
"""))

n = "nb-spam-mailer-daemon-display-name.eml"
write(NB, n, ordinary(n, frm="\"Mailer-Daemon\" <billing-notice@cheap-pharma-deals.example>", to="victim@homemail-sample.example",
    subject="Undelivered messages waiting: verify your account", date=dt(2026, 11, 29, 3, 0, 0, "+0000"),
    host="cheap-pharma-deals.example", text="""Dear user,

4 incoming messages are on hold because your mailbox storage is full.
Click here to release them and upgrade your storage for free:
http://cheap-pharma-deals.example/release

Mail Delivery Team
"""))

n = "nb-postmaster-display-name-invoice.eml"
write(NB, n, ordinary(n, frm="Postmaster <accounts@webhost-billing.example>", to="owner@smallshop-sample.example",
    subject="Invoice 2026-1187 for your hosting plan", date=dt(2026, 11, 30, 7, 0, 0, "+0000"), host="webhost-billing.example",
    text="""Hello,

your invoice 2026-1187 for the Business Mail plan (10 mailboxes, 50 GB)
is attached. Payment is due on 15 December.

Questions: billing@webhost-billing.example
"""))

n = "nb-dmarc-aggregate-report.eml"
xml = """<?xml version="1.0" encoding="UTF-8"?>
<feedback><report_metadata><org_name>mailhaven.example</org_name><email>dmarc@mailhaven.example</email>
<report_id>17329</report_id><date_range><begin>1764288000</begin><end>1764374399</end></date_range></report_metadata>
<policy_published><domain>gadget-outlet.example</domain><p>quarantine</p></policy_published>
<record><row><source_ip>203.0.113.5</source_ip><count>12</count><policy_evaluated><disposition>none</disposition>
<dkim>pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>gadget-outlet.example</header_from></identifiers></record>
</feedback>
"""
write(NB, n, ordinary(n, frm="noreply-dmarc@mailhaven.example", to="dmarc-rua@gadget-outlet.example",
    subject="Report domain: gadget-outlet.example Submitter: mailhaven.example Report-ID: 17329",
    date=dt(2026, 11, 29, 6, 0, 0, "+0000"), host="mailhaven.example",
    body=multipart("mixed", [text_part("This is an aggregate DMARC report for gadget-outlet.example.\n"),
                             part('application/gzip; name="mailhaven.example!gadget-outlet.example!1764288000!1764374399.xml.gz"',
                                  b64(xml, "utf-8"), cte="base64",
                                  extra='Content-Disposition: attachment; filename="mailhaven.example!gadget-outlet.example!1764288000!1764374399.xml"')],
                   boundary(n))))

n = "nb-read-receipt-displayed.eml"
mdn = part("message/disposition-notification", """Reporting-UA: mail.lawfirm-sample.example; Webmail 3.2
Final-Recipient: rfc822; partner@lawfirm-sample.example
Original-Message-ID: <contract.v7@client-corp.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte=None)
write(NB, n, ordinary(n, frm="partner@lawfirm-sample.example", to="counsel@client-corp.example",
    subject="Read: Contract v7", date=dt(2026, 11, 27, 16, 0, 0, "+0000"), host="lawfirm-sample.example",
    body=multipart("report", [text_part("Your message to partner@lawfirm-sample.example was displayed on 27 Nov 2026.\n"), mdn],
                   boundary(n), " report-type=disposition-notification;")))

n = "nb-helpdesk-resolved-mailbox-full.eml"
write(NB, n, ordinary(n, frm="Service Desk <servicedesk@logistics-co.example>", to="m.jensen@logistics-co.example",
    subject="[Ticket #40312] Resolved: colleagues' mail bounced - mailbox full", date=dt(2026, 11, 23, 13, 0, 0, "+0100"),
    host="logistics-co.example", extra=[("X-Ticket-ID", "40312")], text="""Hello Mette,

your mailbox had reached its quota, which is why your colleagues got
"mailbox full" bounces. We raised it to 20 GB; new mail arrives normally
again. Reply to this mail if the problem comes back.

Kind regards,
Service Desk
"""))

n = "nb-colleague-subject-out-of-office.eml"
write(NB, n, ordinary(n, frm="Grace Mensah <g.mensah@ngo-sample.example>", to="team@ngo-sample.example",
    subject="Out of office next week - cover plan", date=dt(2026, 11, 27, 10, 0, 0, "+0000"), host="ngo-sample.example",
    text="""Hi team,

I'm out of the office next week. Kojo covers donor calls, Efua the grant
report. I'll check mail in the evenings.

Grace
"""))

n = "nb-ims55-banner-contact-list.eml"
write(NB, n, ordinary(n, frm="Walter Price <wprice@county-archive.example>", to="volunteers@county-archive.example",
    subject="Volunteer contacts for the open day", date=dt(2026, 11, 12, 15, 0, 0, "-0500"), host="county-archive.example",
    extra=[("X-Mailer", "Internet Mail Service (5.5.2650.21)")], text="""Folks,

contacts for Saturday:
  Front desk     - desk@county-archive.example
  Reading room   - r.alvarez@county-archive.example
  Tours          - tours@county-archive.example

Walter
"""))

n = "nb-lotus-notes-mention-uuencode.eml"
write(NB, n, ordinary(n, frm="Old Timer <oldtimer@retro-computing.example>", to="retro-list@lists.retro-computing.example",
    subject="Re: Lotus Notes 4.6 screenshots", date=dt(2026, 11, 14, 20, 0, 0, "+0000"), host="retro-computing.example",
    extra=[("List-Id", "<retro-list.lists.retro-computing.example>"), ("Precedence", "list")],
    text="""I still have the Lotus Notes 4.6 install set; here is the tiny icon, uuencoded:

begin 644 notes.gif
M1TE&.#EA$``0`/<``````(````"``("`````@(``@`"`@,#`P,#<P*;*\`0$
M"`@("0D)"@H*"PL+#`P,#0T-#@X.#P\/$!`0$1$1$A(2$Q,3%!04%145%A86
`
end

Cheers
"""))

n = "nb-sms-reply-re-subject.eml"
write(NB, n, ordinary(n, frm="2125550123@mms.wireless-carrier.example", to="alerts@pizza-tracker.example",
    subject="Re: Your order is out for delivery", date=dt(2026, 11, 7, 19, 0, 0, "-0500"), host="mms.wireless-carrier.example",
    text="thanks! pls ring the bell twice, the buzzer is broken\n"))

n = "nb-list-digest-returned-mail-topic.eml"
write(NB, n, ordinary(n, frm="mta-admins-request@lists.opsforum.example", to="mta-admins@lists.opsforum.example",
    subject="mta-admins Digest, Vol 212, Issue 4", date=dt(2026, 11, 21, 12, 0, 0, "+0000"), host="lists.opsforum.example",
    extra=LIST + [("X-Mailman-Version", "2.1.39")], text="""Send mta-admins mailing list submissions to
	mta-admins@lists.opsforum.example

Today's Topics:

   1. Returned mail: see transcript for details (Jon Ek)
   2. Re: Delivery Status Notification (Failure) from Yahoo (Priya Raman)

----------------------------------------------------------------------

Message: 1
From: Jon Ek <jon@ek-hosting.example>
Subject: Returned mail: see transcript for details

Does anyone else see "554 5.0.0 Service unavailable" after a 552 from a
big provider? The first line of the reply is all Sendmail keeps.

------------------------------

Message: 2
From: Priya Raman <priya@smallhost.example>
Subject: Re: Delivery Status Notification (Failure) from Yahoo

TSS04 went away after we slowed down to 20 connections.

End of mta-admins Digest, Vol 212, Issue 4
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
