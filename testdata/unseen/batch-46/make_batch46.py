#!/usr/bin/env python3
"""Writes testdata/unseen/batch-46: the groupware world's notices, as a
professional association (the Institute of Structural Surveyors) sees them
after its night mailing of the members' bulletin: Lotus Notes / HCL Domino
5-12 (DELIVERY FAILURE memos and DELIVERY REPORT layouts), Novell / Micro
Focus GroupWise 6-18 (GWIA), Zimbra, Scalix, Kerio Connect, HCL Verse,
Sun / Oracle Messaging Server, Open-Xchange, CommuniGate Pro, Axigen and
SOGo/Dovecot, the remote replies the association's own Postfix quotes,
about one delay in eight, and out-of-office notes from Notes and GroupWise.
not-bounce/ holds groupware's other automatic mail and members' replies.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch46.py [DIR]"""
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

ASSOC = "instsurveyors.example"
SENDER = "bulletin-bounces@news.instsurveyors.example"
FROMHDR = "Institute of Structural Surveyors <bulletin@news.instsurveyors.example>"
OUTMTA = "mx-out1.news.instsurveyors.example"
OUTIP = "203.0.113.40"
SUBJ = "Members' Bulletin 11/2026: CPD deadlines, Eurocode 7 revision, regional meetings"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def night(i):
    """A bounce comes back a few minutes after the original left (odate)."""
    m = i % 60 + 2 + i % 5
    return dt(2026, 11, 25, 1 + m // 60, m % 60, (i * 13) % 60)


def odate(i):
    """The mailing went out between 01:00 and 02:00 UTC on 25 November."""
    return dt(2026, 11, 25, 1, i % 60, (i * 11) % 60)


def original(name, rcpt, i, whole=False):
    h = orig_headers(FROMHDR, rcpt, SUBJ, odate(i), mid(name + "o", "news." + ASSOC),
                     extra="List-Id: Members' Bulletin <bulletin.news.instsurveyors.example>\n"
                           "List-Unsubscribe: <mailto:leave-bulletin@news.instsurveyors.example>\n"
                           "Precedence: bulk")
    h = h.replace(f"Return-Path: <{FROMHDR}>", f"Return-Path: <{SENDER}>")
    if whole:
        h += ("\nDear member,\n\nthe CPD year closes on 31 December. Please log your hours in the\n"
              "members' area before then. The regional meetings for the spring are listed below.\n")
    return h


def hops_in(name, by, sw, date, frm, ip):
    return "Return-Path: <>\n" + received([(frm, ip, by, sw, qid(name), date, SENDER)])


def with_orig(name, *, heads, text, orig, charset="us-ascii", cte=None):
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(name))
    return mail(heads, body)


# ================================================================ layouts

def nosmtp(diag):
    """'smtp;550 ...' as written in a notice's text; the DSN field gets 'smtp; 550 ...'."""
    return diag.split(";", 1)[1] if diag.startswith("smtp;") else diag


def domino_memo(name, i, rcpt, because, *, version="6.5.6", host, subject=None, extra_rcpts=()):
    """Domino 5-7: a DELIVERY FAILURE memo in text/plain with the original attached."""
    d = night(i)
    rcpts = [(rcpt, because)] + list(extra_rcpts)
    blocks = "\n".join(f"was not delivered to:\n\n  {r}\n\nbecause:\n\n  {b}\n" for r, b in rcpts)
    text = f"Your message\n\n  Subject: {SUBJ}\n\n{blocks}"
    heads = [hops_in(name, host, f"Lotus Domino Release {version}", d, OUTMTA, OUTIP),
             ("Date", d), ("From", f"Postmaster@{host.split('.', 1)[1]}"), ("To", SENDER),
             ("Subject", subject or f"DELIVERY FAILURE: {because}"),
             ("Message-ID", mid(name, host)), ("X-Mailer", f"Lotus Domino Release {version}"),
             ("X-MIMETrack", f"Serialize by Router on {host.split('.')[0].upper()}/SRV/{host.split('.')[1][:6].upper()}"
                             f"(Release {version}) at 25.11.2026 {d[17:25]}")]
    return with_orig(name, heads=heads, text=text, orig=original(name, rcpt, i, whole=True))


def domino_report(name, i, recips, *, version="9.0.1FP10", host, product="IBM Domino"):
    """Domino 8.5-12: the DELIVERY REPORT memo as multipart/report with a DSN."""
    d = night(i)
    lines = []
    for r in recips:
        lines.append(f"was not delivered to:\n\n  {r['final']}\n\nbecause:\n\n  {r['because']}\n")
    text = ("Delivery Failure Report\n\n"
            f"Your message:  {SUBJ}\n\n" + "\n".join(lines) +
            "\nWhat should you do?\n\n"
            "  * You can resend the undeliverable document to the recipients listed above by choosing\n"
            "    the Resend button or the Resend command on the Actions menu.\n"
            "  * Once you have resent the document you may delete this Delivery Failure Report.\n"
            "  * If resending the document is not successful you will receive a new failure report.\n"
            "  * Unless you receive other Delivery Failure Reports, the document was successfully\n"
            "    delivered to all other recipients.\n\n"
            f"Routing path:  {host.split('.')[0].upper()}/SRV/{host.split('.')[1][:8].upper()}\n")
    ds = [{k: (nosmtp(v) if k == "diag" else v) for k, v in r.items() if k != "because"} for r in recips]
    return dsn_mail(name, frm=f"Mail Router <Postmaster@{host.split('.', 1)[1]}>", to=SENDER,
                    subject="DELIVERY REPORT (Failure) - " + SUBJ[:40], date=d, host=host,
                    hops=hops_in(name, host, f"{product} Release {version}", d, OUTMTA, OUTIP),
                    text=text, recips=ds, orig=original(name, recips[0]["final"], i),
                    arrival=odate(i), extra=[("X-Mailer", f"{product} Release {version}")])


def gw_plain(name, i, rcpt, paren, *, version="6.5", host, subject="Undeliverable Mail"):
    """GroupWise 6-7 GWIA: the short 'undeliverable to the following' notice."""
    d = night(i)
    local = rcpt.split("@")[0]
    text = (f"The message that you sent was undeliverable to the following:\n"
            f"\t{local} ({paren})\n\n"
            f"Possibly truncated original addressee:\n\t{rcpt}\n")
    heads = [hops_in(name, host, f"GroupWise Internet Agent {version}", d, OUTMTA, OUTIP),
             ("Date", d), ("From", f"Mail Delivery System <postmaster@{host.split('.', 1)[1]}>"), ("To", SENDER),
             ("Subject", subject), ("Message-ID", mid(name, host)), ("X-Mailer", f"GroupWise Internet Agent {version}")]
    return with_orig(name, heads=heads, text=text, orig=original(name, rcpt, i, whole=True))


def gw_dsn(name, i, rcpt, *, version="18.4.1", host, status, diag, transcript, delay=False, remote=None):
    """GroupWise 8-18 GWIA DSN in the Sendmail-like text layout."""
    d = night(i)
    if delay:
        head = ("**********************************************\n"
                "**      THIS IS A WARNING MESSAGE ONLY      **\n"
                "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                "**********************************************\n\n"
                f"The original message was received at {odate(i)}\nfrom {OUTMTA} [{OUTIP}]\n\n"
                "----- Transcript of session follows -----\n" + transcript +
                "\nWarning: message still undelivered after 4 hours\n"
                "Will keep trying until message is 3 days old\n")
        subj = "Warning: could not send message for past 4 hours"
    else:
        head = (f"The original message was received at {odate(i)}\nfrom {OUTMTA} [{OUTIP}]\n\n"
                "   ----- The following addresses had permanent fatal errors -----\n"
                f"<{rcpt}>\n    (reason: {diag})\n\n"
                "   ----- Transcript of session follows -----\n" + transcript)
        subj = "Returned mail: see transcript for details"
    rec = {"final": rcpt, "status": status, "diag": diag, "action": "delayed" if delay else "failed"}
    if remote:
        rec["remote"] = remote
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=SENDER, subject=subj, date=d,
                    host=host, hops=hops_in(name, host, f"GroupWise Internet Agent {version}", d, OUTMTA, OUTIP),
                    text=head, recips=[rec], orig=original(name, rcpt, i), arrival=odate(i),
                    extra=[("X-Mailer", f"GroupWise Internet Agent {version}")])


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


def pf(name, i, recips, *, host=OUTMTA, delay=False, zimbra=False):
    """A Postfix DSN; recips: (addr, remote_host, remote_ip, reply_text, stage, status)."""
    d = night(i) if not delay else dt(2026, 11, 25, 5 + i % 3, (i * 5) % 60, 7)
    tail, ds = [], []
    for addr, rh, rip, reply, stage, status in recips:
        if rh:
            said = f"host {rh}[{rip}] said: {reply} (in reply to {stage} command)"
        else:
            said = reply
        tail.append(f"<{addr}>: {said}")
        r = {"final": addr, "status": status, "action": "delayed" if delay else "failed"}
        if rh:
            r["remote"] = rh
            r["diag"] = f"smtp; {reply}"
        else:
            r["diag"] = f"X-Postfix; {reply}"
        ds.append(r)
    text = (PF_DELAY if delay else PF_HEAD).format(host=host) + "\n\n".join(tail) + "\n"
    sw = "Postfix" if not zimbra else "Zimbra 10.0.8 / Postfix"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER,
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=d, host=host, hops="Return-Path: <>\n" + received([("localhost", "127.0.0.1", host, sw, qid(name), d)]),
                    text=text, recips=ds, orig=original(name, recips[0][0], i), arrival=odate(i))


def sunms(name, i, rcpt, reason, diag, *, host, remote=None, delay=False, product="Oracle Communications Messaging Server 8.1.0.9"):
    d = night(i) if not delay else dt(2026, 11, 26, 1, i % 60, 2)
    head = ("This report relates to a message you sent with the following header fields:\n\n"
            f"  Message-id: {mid(name + 'o', 'news.' + ASSOC)}\n  Date: {odate(i)}\n"
            f"  From: {FROMHDR}\n  To: {rcpt}\n  Subject: {SUBJ}\n\n")
    if delay:
        head += ("Your message has been delayed and is still awaiting delivery\n"
                 "to the following recipients:\n\n")
    else:
        head += "Your message cannot be delivered to the following recipients:\n\n"
    head += f"  Recipient address: {rcpt}\n  Original address: {rcpt}\n  Reason: {reason}\n"
    if diag:
        head += f"  Diagnostic code: {diag}\n"
    if remote:
        head += f"  Remote system: dns;{remote} (TCP|{OUTIP}|41877|198.51.100.61|25)\n"
    if delay:
        head += "\nDelivery attempts will continue to be made for 2 day(s).\n"
    rec = {"final": rcpt, "original": rcpt, "status": diag.split()[1] if diag and diag.count(" ") else ("4.4.7" if delay else "5.0.0"),
           "action": "delayed" if delay else "failed", "diag": nosmtp(diag) if diag else None}
    if remote:
        rec["remote"] = remote
    return dsn_mail(name, frm=f"Internet Mail Delivery <postmaster@{host}>", to=SENDER,
                    subject="Delivery Notification: Delivery has been delayed" if delay else "Delivery Notification: Delivery has failed",
                    date=d, host=host, hops=hops_in(name, host, product, d, OUTMTA, OUTIP), text=head, recips=[rec],
                    orig=original(name, rcpt, i), returned="headers")


def cgp(name, i, rcpt, module_lines, *, host, delay=False, version="7.1.4"):
    d = night(i) if not delay else dt(2026, 11, 25, 9, i % 60, 0)
    verb = "Delivery to" if delay else "Failed to deliver to"
    text = f"{verb} '<{rcpt}>'\n{module_lines}\n"
    if delay:
        text += "\nThe message is still in the queue; delivery will be retried.\n"
    heads = [hops_in(name, host, f"CommuniGate Pro SMTP {version}", d, OUTMTA, OUTIP),
             ("Date", d), ("From", f"MAILER-DAEMON@{host}"), ("To", SENDER),
             ("Subject", ("Delayed mail: " if delay else "Undeliverable mail: ") + SUBJ),
             ("Message-ID", mid(name, host)), ("X-Mailer", f"CommuniGate Pro DSN {version}"),
             ("Auto-Submitted", "auto-replied")]
    return with_orig(name, heads=heads, text=text, orig=original(name, rcpt, i, whole=True))


def kerio(name, i, rcpt, reason_lines, *, host, status, diag, version="10.0.6"):
    d = night(i)
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Subject: {SUBJ}\n   Sent: {odate(i)}\n\n"
            "The following recipient(s) could not be reached:\n\n"
            f"{rcpt}\n{reason_lines}\n\nKerio Connect {version}\n")
    return dsn_mail(name, frm=f"Kerio Connect <postmaster@{host.split('.', 1)[1]}>", to=SENDER,
                    subject="Undelivered mail: " + SUBJ, date=d, host=host,
                    hops=hops_in(name, host, f"Kerio Connect {version}", d, OUTMTA, OUTIP), text=text,
                    recips=[{"final": rcpt, "status": status, "diag": diag}], orig=original(name, rcpt, i))


def scalix(name, i, rcpt, text_reason, *, host, status):
    d = night(i)
    text = ("Your message could not be delivered by the Scalix messaging system.\n\n"
            f"  Recipient: {rcpt}\n  Reason:    {text_reason}\n\n"
            "The original message is attached. Please contact the recipient by other\n"
            "means if the problem persists.\n\n-- Scalix Server 12.7 (sx-mta)\n")
    return dsn_mail(name, frm=f"Scalix Mail Delivery <MAILER-DAEMON@{host}>", to=SENDER,
                    subject="Undeliverable: " + SUBJ, date=d, host=host,
                    hops=hops_in(name, host, "Scalix SMTP Relay 12.7.0.13925", d, OUTMTA, OUTIP), text=text,
                    recips=[{"final": rcpt, "status": status}], orig=original(name, rcpt, i, whole=True),
                    returned="message")


def axigen(name, i, rcpt, line, *, host, status, delay=False):
    d = night(i) if not delay else dt(2026, 11, 25, 7, i % 60, 30)
    if delay:
        text = ("This is the mail delivery system at " + host + ".\n\n"
                "Your message has not been delivered yet to the following recipient(s).\n"
                "Delivery will be retried for another 4 day(s); you do not need to resend it.\n\n"
                f"  {rcpt}: {line}\n\n-- Axigen Mail Server 10.5.20\n")
    else:
        text = ("This is the mail delivery system at " + host + ".\n\n"
                "Your message could not be delivered to the following recipient(s):\n\n"
                f"  {rcpt}: {line}\n\nNo further delivery attempts will be made.\n\n-- Axigen Mail Server 10.5.20\n")
    return dsn_mail(name, frm=f"Axigen Mail Delivery <MAILER-DAEMON@{host}>", to=SENDER,
                    subject=("Delivery delayed: " if delay else "Delivery failed: ") + SUBJ, date=d, host=host,
                    hops=hops_in(name, host, "AXIGEN 10.5.20", d, OUTMTA, OUTIP), text=text,
                    recips=[{"final": rcpt, "status": status, "action": "delayed" if delay else "failed"}],
                    orig=original(name, rcpt, i))


def dovecot_mdn(name, i, rcpt, why, *, host, product="Dovecot"):
    """Dovecot LDA/LMTP (behind SOGo or Open-Xchange) rejects with an MDN."""
    d = night(i)
    bnd = boundary(name)
    text = f"Your message to <{rcpt}> was automatically rejected:\n{why}\n"
    mdn = (f"Reporting-UA: {host}; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; {rcpt}\n"
           f"Original-Message-ID: {mid(name + 'o', 'news.' + ASSOC)}\n"
           "Disposition: automatic-action/MDN-sent-automatically; deleted\n")
    body = multipart("report", [text_part(text, "utf-8", "quoted-printable"),
                                part("message/disposition-notification", mdn, cte=None),
                                part("message/rfc822", original(name, rcpt, i), cte=None)],
                     bnd, " report-type=disposition-notification;")
    heads = [hops_in(name, host, f"{product} / Postfix", d, OUTMTA, OUTIP), ("Date", d),
             ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"), ("To", SENDER),
             ("Subject", "Automatically rejected mail"), ("Message-ID", mid(name, host)),
             ("Auto-Submitted", "auto-replied (rejected)"), ("Precedence", "bulk")]
    return mail(heads, body)


def ooo(name, i, who, addr, subject, text, *, host, mailer, charset="us-ascii", cte=None, extra=()):
    d = dt(2026, 11, 25, 1, 30 + i % 29, 4)
    hop = received([(host, "198.51.100.80", "mx-in.instsurveyors.example", "Postfix", qid(name), d,
                     "bulletin@news.instsurveyors.example")])
    heads = ["Return-Path: <>\n" + hop, ("Date", d), ("From", f"{who} <{addr}>"),
             ("To", FROMHDR), ("Subject", subject), ("Message-ID", mid(name, host)),
             ("In-Reply-To", mid(name + "o", "news." + ASSOC)), ("X-Mailer", mailer)] + list(extra)
    return mail(heads, text_part(text, charset, cte))


def E(name, rcpt, reason, hard=False, status="", reply="", action="failed", vendor=""):
    expect(name, rcpt, reason, hard=hard, status=status, reply=reply, action=action, vendor=vendor)


# ================================================================ Domino 5-7 memos
i = 0


def nxt():
    global i
    i += 1
    return i


n = "dom5-memo-not-listed-nab.eml"
r = "g.lindqvist@lindqvist-ingenjorer.example"
write(OUT, n, domino_memo(n, nxt(), r, f"User g.lindqvist ({r}) not listed in public Name & Address Book",
                          version="5.0.12", host="notes1.lindqvist-ingenjorer.example"))
E(n, r, "userunknown", True, vendor="domino")

n = "dom65-memo-not-listed-directory.eml"
r = "mhartmann@hartmann-statik.example"
write(OUT, n, domino_memo(n, nxt(), r, f"User mhartmann ({r}) not listed in Domino Directory",
                          version="6.5.6FP3", host="d01.hartmann-statik.example"))
E(n, r, "userunknown", True, vendor="domino")

n = "dom7-memo-mailfile-full.eml"
r = "Jutta.Brenner@ingbuero-brenner.example"
write(OUT, n, domino_memo(n, nxt(), r, "Unable to deliver message, the recipient's mail file has reached its maximum size "
                                       "(quota 500 MB, used 512 MB)", version="7.0.3", host="mail.ingbuero-brenner.example"))
E(n, r, "mailboxfull", vendor="domino")

n = "dom6-memo-routing-loop.eml"
r = "planning@kettering-civil.example"
write(OUT, n, domino_memo(n, nxt(), r, "Maximum hop count exceeded.  Message probably in a routing loop.",
                          version="6.0.3", host="hub.kettering-civil.example"))
E(n, r, "networkerror", vendor="domino")

n = "dom7-memo-name-ambiguous.eml"
r = "r.okafor@okafor-partners.example"
write(OUT, n, domino_memo(n, nxt(), r, "Recipient name Okafor is ambiguous: 3 entries in the Domino Directory match "
                                       "this name and none matches the address exactly", version="7.0.4FP1",
                          host="ns1.okafor-partners.example",
                          subject="DELIVERY FAILURE: Recipient name not unique"))
E(n, r, "userunknown", True, vendor="domino")

n = "dom5-memo-size-limit.eml"
r = "drawings@pemberton-surveys.example"
write(OUT, n, domino_memo(n, nxt(), r, "Message size (14 MB) exceeds the maximum message size allowed by this server (10 MB)",
                          version="5.0.8", host="gw.pemberton-surveys.example"))
E(n, r, "emailtoolarge", vendor="domino")

n = "dom6-memo-disk-space.eml"
r = "w.achterberg@achterberg-bouw.example"
write(OUT, n, domino_memo(n, nxt(), r, "Router: Unable to deliver message; insufficient disk space on the server",
                          version="6.5.4", host="domino.achterberg-bouw.example"))
E(n, r, "systemfull", vendor="domino")

n = "dom7-memo-two-recipients.eml"
r1, r2 = "a.moreau@bureau-moreau.example", "secretariat@bureau-moreau.example"
write(OUT, n, domino_memo(n, nxt(), r1, f"User a.moreau ({r1}) not listed in Domino Directory", version="7.0.2",
                          host="srv-notes.bureau-moreau.example",
                          subject="DELIVERY FAILURE: Mail not delivered to 2 recipients",
                          extra_rcpts=[(r2, "Unable to deliver message: recipient's mail database is over its size quota")]))
E(n, r1, "userunknown", True, vendor="domino")
E(n, r2, "mailboxfull", vendor="domino")

n = "dom6-memo-not-responding-expired.eml"
r = "info@falkner-vermessung.example"
write(OUT, n, domino_memo(n, nxt(), r, "Delivery time expired: the message could not be transferred to "
                                       "mx.falkner-vermessung.example within 72 hours; the server is not responding",
                          version="6.5.5", host="relay.hartmann-statik.example"))
E(n, r, "expired", vendor="domino")

# ================================================================ Domino 8.5-12 DELIVERY REPORT


def dr(final, because, status, diag=None, remote=None):
    d = {"final": final, "because": because, "status": status}
    if diag:
        d["diag"] = diag
    if remote:
        d["remote"] = remote
    return d


n = "dom85-report-not-listed.eml"
r = "c.vasquez@vasquez-geotecnia.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, f"User c.vasquez ({r}) not listed in Domino Directory", "5.0.0")],
                            version="8.5.3FP6", host="mail01.vasquez-geotecnia.example", product="Lotus Domino"))
E(n, r, "userunknown", True, status="5.0.0", vendor="domino")

n = "dom9-report-mailfile-quota.eml"
r = "tobias.reindl@reindl-tragwerk.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, "Unable to deliver message: the recipient's mail file has exceeded "
                                             "its quota and cannot accept new mail", "5.2.2")],
                            host="dom9.reindl-tragwerk.example"))
E(n, r, "mailboxfull", status="5.2.2", vendor="domino")

n = "dom10-report-remote-user-unknown.eml"
r = "hkaur@kaur-consulting.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, f"550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
                                          "5.0.0", diag=f"smtp;550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
                                          remote="mx.kaur-consulting.example")],
                            version="10.0.1FP7", host="smtpout.brandt-ingenieure.example", product="HCL Domino"))
E(n, r, "userunknown", True, status="5.0.0", reply="550", vendor="domino")

n = "dom11-report-hop-count.eml"
r = "projects@delacroix-structures.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, "Maximum hop count exceeded.  Message probably in a routing loop.", "5.4.6")],
                            version="11.0.1FP4", host="nts2.delacroix-structures.example", product="HCL Domino"))
E(n, r, "networkerror", status="5.4.6", vendor="domino")

n = "dom12-report-dns-host-not-found.eml"
r = "n.petrov@petrov-mostproekt.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, "Router: Unable to resolve the recipient's Internet domain "
                                             "petrov-mostproekt.example: no such host or domain in DNS", "5.1.2")],
                            version="12.0.2FP2", host="edge.stahlbau-kern.example", product="HCL Domino"))
E(n, r, "hostunknown", True, status="5.1.2", vendor="domino")

n = "dom12-report-message-too-large.eml"
r = "tenders@ashworth-build.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, "Message size 15871204 bytes exceeds the maximum size of 10485760 bytes "
                                             "allowed by the receiving server", "5.3.4")],
                            version="12.0.2", host="hub01.ashworth-build.example", product="HCL Domino"))
E(n, r, "emailtoolarge", status="5.3.4", vendor="domino")

n = "dom9-report-remote-spam.eml"
r = "office@kowalczyk-projekt.example"
rep = "554 5.7.1 Message rejected: content scored as spam (score 8.7, required 6.0)"
write(OUT, n, domino_report(n, nxt(), [dr(r, rep, "5.7.1", diag="smtp;" + rep, remote="mx.kowalczyk-projekt.example")],
                            host="gate.kowalczyk-projekt.example"))
E(n, r, "spamdetected", status="5.7.1", reply="554", vendor="domino")

n = "verse-dom12-report-account-deactivated.eml"
r = "l.fontaine@fontaine-genie.example"
write(OUT, n, domino_report(n, nxt(), [dr(r, "Mail delivery to l.fontaine is disabled: the account has been deactivated "
                                             "by the administrator", "5.2.1")],
                            version="12.0.2FP1", host="verse.fontaine-genie.example", product="HCL Domino (HCL Verse)"))
E(n, r, "suspend", status="5.2.1", vendor="domino")

n = "dom10-report-two-recipients.eml"
r1, r2 = "p.nakamura@nakamura-kozo.example", "archive@nakamura-kozo.example"
write(OUT, n, domino_report(n, nxt(), [dr(r1, f"User p.nakamura ({r1}) not listed in Domino Directory", "5.0.0"),
                                       dr(r2, "Recipient's mail file is over quota; delivery refused", "5.2.2")],
                            version="10.0.1", host="ldn.nakamura-kozo.example", product="HCL Domino"))
E(n, r1, "userunknown", True, status="5.0.0", vendor="domino")
E(n, r2, "mailboxfull", status="5.2.2", vendor="domino")

n = "dom85-report-remote-blocked-rbl.eml"
r = "board@okonkwo-engineering.example"
rep = f"550 5.7.1 Service unavailable; client [{OUTIP}] blocked using bl.spamcop.net"
write(OUT, n, domino_report(n, nxt(), [dr(r, rep, "5.7.1", diag="smtp;" + rep, remote="mx1.okonkwo-engineering.example")],
                            version="8.5.3", host="mail.okonkwo-engineering.example", product="Lotus Domino"))
E(n, r, "blocked", status="5.7.1", reply="550", vendor="domino")

# ================================================================ GroupWise 6-7 plain
n = "gw65-plain-user-not-found.eml"
r = "lkoenig@stadtwerke-ahlen.example"
write(OUT, n, gw_plain(n, nxt(), r, "user not found", host="gwia.stadtwerke-ahlen.example"))
E(n, r, "userunknown", True, vendor="groupwise")

n = "gw7-plain-mailbox-size-limit.eml"
r = "hbauer@landkreis-ostheide.example"
write(OUT, n, gw_plain(n, nxt(), r, "mailbox size limit exceeded", version="7.0.3", host="gw.landkreis-ostheide.example"))
E(n, r, "mailboxfull", vendor="groupwise")

n = "gw6-plain-domain-unknown.eml"
r = "surveys@county-roads-dept.example"
write(OUT, n, gw_plain(n, nxt(), r, "domain unknown", version="6.0.4", host="gwia.regional-transit.example",
                       subject="Message status - undeliverable"))
E(n, r, "hostunknown", True, vendor="groupwise")

n = "gw7-plain-too-large-post-office.eml"
r = "plans@wexford-county.example"
write(OUT, n, gw_plain(n, nxt(), r, "message exceeds the size limit of the recipient's post office", version="7.0.2",
                       host="gwia.wexford-county.example"))
E(n, r, "emailtoolarge", vendor="groupwise")

# ================================================================ GroupWise 8-18 GWIA DSN
n = "gw18-dsn-no-such-user.eml"
r = "m.dubois@ville-saint-amand.example"
diag = "550 5.1.1 Mailbox unavailable: no such user"
write(OUT, n, gw_dsn(n, nxt(), r, host="gwia.ville-saint-amand.example", status="5.1.1", diag=diag,
                     transcript=f"... while talking to poa.ville-saint-amand.example:\n>>> RCPT TO:<{r}>\n<<< {diag}\n"))
E(n, r, "userunknown", True, status="5.1.1", reply="550", vendor="groupwise")

n = "gw14-dsn-host-unknown.eml"
r = "k.horvath@horvath-statika.example"
diag = "550 5.1.2 Host unknown (Name server: horvath-statika.example: host not found)"
write(OUT, n, gw_dsn(n, nxt(), r, version="14.2.2", host="gwia.ministry-works.example", status="5.1.2", diag=diag,
                     transcript=f"550 5.1.2 {r}... Host unknown (Name server: horvath-statika.example: host not found)\n"))
E(n, r, "hostunknown", True, status="5.1.2", reply="550", vendor="groupwise")

n = "gw18-dsn-quota-exceeded.eml"
r = "finance@oberland-gemeinde.example"
diag = "552 5.2.2 Mailbox quota exceeded: the recipient's mailbox has no space left"
write(OUT, n, gw_dsn(n, nxt(), r, host="gwia.oberland-gemeinde.example", status="5.2.2", diag=diag,
                     transcript=f"... while delivering to the post office OBERLAND_PO:\n<<< {diag}\n"))
E(n, r, "mailboxfull", status="5.2.2", reply="552", vendor="groupwise")

n = "gw8-dsn-delay-connection-timed-out.eml"
r = "r.schulte@schulte-architekten.example"
diag = "451 4.4.1 Deferred: Connection timed out with mx.schulte-architekten.example"
write(OUT, n, gw_dsn(n, nxt(), r, version="8.0.3", host="gwia.kreisbau-nord.example", status="4.4.1", diag=diag,
                     delay=True, remote="mx.schulte-architekten.example",
                     transcript=f"{r}... Deferred: Connection timed out with mx.schulte-architekten.example\n"))
E(n, r, "networkerror", status="4.4.1", reply="451", action="delayed", vendor="groupwise")

n = "gw18-dsn-delay-mailbox-full.eml"
r = "a.ferreira@camara-braga.example"
diag = "452 4.2.2 Mailbox full, message queued for retry"
write(OUT, n, gw_dsn(n, nxt(), r, host="gwia.camara-braga.example", status="4.2.2", diag=diag, delay=True,
                     transcript=f"... while delivering to the post office BRAGA_PO1:\n<<< {diag}\n"))
E(n, r, "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="groupwise")

# ================================================================ association's Postfix, quoting groupware replies


def pfone(n, r, rh, rip, reply, stage, status, reason, hard=False, delay=False, vendor=""):
    write(OUT, n, pf(n, nxt(), [(r, rh, rip, reply, stage, status)], delay=delay))
    code = reply.split()[0] if rh else ""
    E(n, r, reason, hard, status=status, reply=code, action="delayed" if delay else "failed", vendor=vendor)


pfone("pf-domino-smtp-not-listed.eml", "e.sandoval@sandoval-estructuras.example", "smtp.sandoval-estructuras.example",
      "198.51.100.21", "550 5.1.1 Recipient e.sandoval@sandoval-estructuras.example not listed in Domino Directory",
      "RCPT TO", "5.1.1", "userunknown", True)
pfone("pf-domino-smtp-message-size.eml", "docs@halvorsen-bygg.example", "mail.halvorsen-bygg.example", "198.51.100.22",
      "552 5.3.4 Message size exceeds the limit set by the administrator of this server", "MAIL FROM", "5.3.4",
      "emailtoolarge")
pfone("pf-domino-smtp-mailfile-full.eml", "k.yamada@yamada-sekkei.example", "notes.yamada-sekkei.example", "198.51.100.23",
      "552 5.2.2 Mail file for k.yamada is full; user has exceeded the database quota", "RCPT TO", "5.2.2", "mailboxfull")
pfone("pf-zimbra-relay-access-denied.eml", "m.ortega@ortega-geo.example", "zmta.ortega-geo.example", "198.51.100.24",
      "554 5.7.1 <m.ortega@ortega-geo.example>: Relay access denied", "RCPT TO", "5.7.1", "norelaying")
pfone("pf-kerio-recipient-unknown.eml", "jiri.novak@novak-stavby.example", "mail.novak-stavby.example", "198.51.100.25",
      "550 5.1.1 <jiri.novak@novak-stavby.example>... Unknown recipient", "RCPT TO", "5.1.1", "userunknown", True)
pfone("pf-kerio-dmarc-reject.eml", "register@byrne-engineering.example", "mail.byrne-engineering.example", "198.51.100.26",
      "550 5.7.1 Message rejected: DMARC policy of the sender domain news.instsurveyors.example is reject and the message "
      "failed DMARC evaluation", "end of DATA", "5.7.1", "authfailure")
pfone("pf-axigen-mailbox-not-found.eml", "andrei.popa@popa-constructii.example", "mail.popa-constructii.example",
      "198.51.100.27", "550 5.1.1 Mailbox not found: andrei.popa@popa-constructii.example", "RCPT TO", "5.1.1",
      "userunknown", True)
pfone("pf-axigen-starttls-required.eml", "office@ionescu-proiect.example", "mx.ionescu-proiect.example", "198.51.100.28",
      "530 5.7.0 Must issue a STARTTLS command first", "MAIL FROM", "5.7.0", "failedstarttls")
pfone("pf-scalix-not-in-directory.eml", "b.osei@osei-consult.example", "sx.osei-consult.example", "198.51.100.29",
      "550 5.1.1 Recipient <b.osei@osei-consult.example> is not known to the Scalix directory", "RCPT TO", "5.1.1",
      "userunknown", True)
pfone("pf-oraclems-mailbox-disabled.eml", "s.eriksen@kommune-vestby.example", "mail.kommune-vestby.example",
      "198.51.100.30", "550 5.2.1 Mailbox disabled, not accepting messages: s.eriksen@kommune-vestby.example",
      "RCPT TO", "5.2.1", "suspend")
pfone("pf-ox-lmtp-quota.eml", "t.weber@weber-vermessung.example", "mx.ox.weber-vermessung.example", "198.51.100.31",
      "552 5.2.2 <t.weber@weber-vermessung.example> Quota exceeded (mailbox for user is full)", "end of DATA",
      "5.2.2", "mailboxfull")
pfone("pf-sogo-dovecot-user-doesnt-exist.eml", "info@rautio-rakenne.example", "mail.rautio-rakenne.example",
      "198.51.100.32", "550 5.1.1 <info@rautio-rakenne.example> User doesn't exist: info@rautio-rakenne.example",
      "RCPT TO", "5.1.1", "userunknown", True)
pfone("pf-host-not-found.eml", "c.murphy@murphy-quantity.example", "", "",
      "Host or domain name not found. Name service error for name=murphy-quantity.example type=MX: Host not found",
      "", "5.4.4", "hostunknown", True)
pfone("pf-gwava-barracuda-blocked.eml", "clerk@township-riverbend.example", "gw.township-riverbend.example",
      "198.51.100.33", f"554 5.7.1 Service unavailable; Client host [{OUTIP}] blocked using b.barracudacentral.org; "
      "see http://www.barracudanetworks.com/reputation/?pr=1&ip=" + OUTIP, "RCPT TO", "5.7.1", "blocked")
pfone("pf-gwava-spam-content.eml", "engineering@county-harlow.example", "gwia.county-harlow.example", "198.51.100.34",
      "550 5.7.1 Message content rejected: classified as spam by the GWAVA scanner", "end of DATA", "5.7.1",
      "spamdetected")
pfone("pf-zimbra-reverse-hostname.eml", "d.kim@kim-structural.example", "mta.kim-structural.example", "198.51.100.35",
      f"450 4.7.1 Client host rejected: cannot find your reverse hostname, [{OUTIP}]", "RCPT TO", "4.7.1",
      "requireptr", delay=True)
pfone("pf-zimbra-too-many-connections.eml", "admin@lachance-genie.example", "zimbra.lachance-genie.example",
      "198.51.100.36", f"421 4.7.0 zimbra.lachance-genie.example Error: too many connections from {OUTIP}",
      "CONNECT", "4.7.0", "ratelimited", delay=True)
pfone("pf-domino-smtp-mailbox-unavailable-delay.eml", "s.marchetti@marchetti-ingegneria.example",
      "notes.marchetti-ingegneria.example", "198.51.100.37",
      "451 4.3.0 Unable to deliver at this time: the router could not open MAIL.BOX on the server", "end of DATA",
      "4.3.0", "systemerror", delay=True)
pfone("pf-communigate-sender-domain-not-found.eml", "j.tanaka@tanaka-doboku.example", "mail.tanaka-doboku.example",
      "198.51.100.38", "553 5.1.8 <bulletin-bounces@news.instsurveyors.example>: Sender address rejected: "
      "sender domain does not resolve", "MAIL FROM", "5.1.8", "rejected")
pfone("pf-kerio-blocked-attachment-policy.eml", "hr@vanderlinden-bouw.example", "mail.vanderlinden-bouw.example",
      "198.51.100.39", "554 5.7.1 Message refused: attachments of type .docm are not accepted under company policy",
      "end of DATA", "5.7.1", "policyviolation")
pfone("pf-oraclems-virus-found.eml", "c.alvarez@alvarez-obras.example", "mx.alvarez-obras.example", "198.51.100.40",
      "554 5.7.1 Virus found in message: Heuristics.Phishing.Email.SpoofedDomain", "end of DATA", "5.7.1",
      "virusdetected")
pfone("pf-verse-cloud-sender-reputation.eml", "ops@delgado-infra.example", "mx.delgado-infra.example", "198.51.100.41",
      f"550 5.7.1 Message rejected because of the poor reputation of the sending IP {OUTIP}", "RCPT TO", "5.7.1",
      "badreputation")
pfone("pf-zimbra-lmtp-too-many-hops.eml", "forward@brightwater-eng.example", "zmail.brightwater-eng.example",
      "198.51.100.42", "554 5.4.6 Too many hops: mail forwarding loop for forward@brightwater-eng.example",
      "end of DATA", "5.4.6", "networkerror")
pfone("pf-gone-after-five-days.eml", "m.gallagher@gallagher-civil.example", "", "",
      "delivery temporarily suspended: connect to gw.gallagher-civil.example[198.51.100.43]:25: Connection timed out",
      "", "4.4.1", "expired")

n = "pf-domino-two-recipients.eml"
r1, r2 = "j.weiss@weiss-holzbau.example", "buero@weiss-holzbau.example"
write(OUT, n, pf(n, nxt(), [(r1, "dom.weiss-holzbau.example", "198.51.100.44",
                             f"550 5.1.1 User {r1} not listed in Domino Directory", "RCPT TO", "5.1.1"),
                            (r2, "dom.weiss-holzbau.example", "198.51.100.44",
                             "552 5.2.2 Mail file for buero is over quota", "RCPT TO", "5.2.2")]))
E(n, r1, "userunknown", True, status="5.1.1", reply="550")
E(n, r2, "mailboxfull", status="5.2.2", reply="552")

# ================================================================ Sun / Oracle Messaging Server
n = "oraclems-failed-over-quota.eml"
r = "p.lindahl@uni-hallsberg.example"
write(OUT, n, sunms(n, nxt(), r, "Over quota", "smtp;552 5.2.2 Over quota", host="ms.uni-hallsberg.example"))
E(n, r, "mailboxfull", status="5.2.2", reply="552", vendor="sun")

n = "sunms7-failed-illegal-host.eml"
r = "dept@oldcampus-estates.example"
write(OUT, n, sunms(n, nxt(), r, "Illegal host/domain name found", "smtp;550 5.1.2 unknown host or domain: oldcampus-estates.example",
                    host="mail.state-buildings.example", product="Sun Java(tm) System Messaging Server 7.3-11.01"))
E(n, r, "hostunknown", True, status="5.1.2", reply="550", vendor="sun")

n = "sunms-delayed-connection-timed-out.eml"
r = "research@polytech-tarnow.example"
write(OUT, n, sunms(n, nxt(), r, "unable to deliver this message after 1 day",
                    "smtp;421 4.4.2 mx.polytech-tarnow.example: connection timed out", host="ms.polytech-tarnow.example",
                    remote="mx.polytech-tarnow.example", delay=True, product="Sun Java(tm) System Messaging Server 6.3-8.05"))
E(n, r, "networkerror", status="4.4.2", reply="421", action="delayed", vendor="sun")

n = "oraclems-failed-remote-unknown.eml"
r = "v.romano@comune-lecco-ufficio.example"
write(OUT, n, sunms(n, nxt(), r, "Remote SMTP server has rejected address",
                    "smtp;550 5.1.1 <v.romano@comune-lecco-ufficio.example>... Recipient not found in directory",
                    host="ms.gov-lombardy.example", remote="mx.comune-lecco-ufficio.example"))
E(n, r, "userunknown", True, status="5.1.1", reply="550", vendor="sun")

# ================================================================ CommuniGate Pro
n = "cgp-remote-domino-not-listed.eml"
r = "r.becker@becker-tiefbau.example"
write(OUT, n, cgp(n, nxt(), r, "SMTP module(domain becker-tiefbau.example) reports:\n"
                               " host notes.becker-tiefbau.example [198.51.100.50] says:\n"
                               f" 550 5.1.1 User r.becker ({r}) not listed in Domino Directory",
                  host="cgp.relay-hessen.example"))
E(n, r, "userunknown", True, status="5.1.1", reply="550", vendor="communigate")

n = "cgp-local-storage-exceeded.eml"
r = "ivan.horak@horak-projekce.example"
write(OUT, n, cgp(n, nxt(), r, "LOCAL module(account ivan.horak@horak-projekce.example) reports:\n"
                               " mailbox storage limit exceeded: 2048 MB of 2048 MB used",
                  host="mail.horak-projekce.example"))
E(n, r, "mailboxfull", vendor="communigate")

n = "cgp-delay-host-not-responding.eml"
r = "t.ng@ng-geotechnics.example"
write(OUT, n, cgp(n, nxt(), r, "SMTP module(domain ng-geotechnics.example) reports:\n"
                               " host mx.ng-geotechnics.example [198.51.100.51] is not responding: connection timed out",
                  host="cgp.relay-hessen.example", delay=True))
E(n, r, "networkerror", action="delayed", vendor="communigate")

# ================================================================ Kerio Connect
n = "kerio-remote-mailbox-unavailable.eml"
r = "anna.sokolova@sokolova-proekt.example"
write(OUT, n, kerio(n, nxt(), r, "   Error Type: SMTP\n   Remote server (198.51.100.52) issued an error.\n"
                                 f"   <<< 550 5.1.1 <{r}>: mailbox unavailable, no such user",
                    host="kerio.mostov-group.example", status="5.1.1",
                    diag=f"smtp; 550 5.1.1 <{r}>: mailbox unavailable, no such user"))
E(n, r, "userunknown", True, status="5.1.1", reply="550", vendor="kerio")

n = "kerio-local-account-disabled.eml"
r = "m.lehtonen@lehtonen-rakennus.example"
write(OUT, n, kerio(n, nxt(), r, "   Error Type: Local delivery\n   The account m.lehtonen is disabled and cannot receive messages.",
                    host="mail.lehtonen-rakennus.example", status="5.2.1",
                    diag="x-kerio; account disabled"))
E(n, r, "suspend", status="5.2.1", vendor="kerio")

n = "kerio-remote-spamassassin.eml"
r = "desk@quarry-assessors.example"
write(OUT, n, kerio(n, nxt(), r, "   Error Type: SMTP\n   Remote server (198.51.100.53) issued an error.\n"
                                 "   <<< 554 5.7.1 Rejected as spam by SpamAssassin (score 11.2)",
                    host="kerio.quarry-assessors.example", status="5.7.1",
                    diag="smtp; 554 5.7.1 Rejected as spam by SpamAssassin (score 11.2)"))
E(n, r, "spamdetected", status="5.7.1", reply="554", vendor="kerio")

# ================================================================ Scalix
n = "scalix-message-store-full.eml"
r = "g.ricci@ricci-strutture.example"
write(OUT, n, scalix(n, nxt(), r, "the recipient's message store is full and cannot accept new items",
                     host="scalix.ricci-strutture.example", status="5.2.2"))
E(n, r, "mailboxfull", status="5.2.2", vendor="scalix")

n = "scalix-no-such-mailbox.eml"
r = "former.partner@haldane-assoc.example"
write(OUT, n, scalix(n, nxt(), r, "there is no mailbox by that name on this system",
                     host="mail.haldane-assoc.example", status="5.1.1"))
E(n, r, "userunknown", True, status="5.1.1", vendor="scalix")

n = "scalix-delay-system-storage.eml"
r = "s.abara@abara-design.example"
write(OUT, n, pf(n, nxt(), [(r, "scalix.abara-design.example", "198.51.100.54",
                             "452 4.3.1 Insufficient system storage on the Scalix server, try again later",
                             "MAIL FROM", "4.3.1")], delay=True))
E(n, r, "systemfull", status="4.3.1", reply="452", action="delayed", vendor="scalix")

# ================================================================ Axigen
n = "axigen-local-mailbox-disabled.eml"
r = "d.stan@stan-inginerie.example"
write(OUT, n, axigen(n, nxt(), r, "5.2.1 Mailbox for user d.stan is disabled by the domain administrator",
                     host="mail.stan-inginerie.example", status="5.2.1"))
E(n, r, "suspend", status="5.2.1", vendor="axigen")

n = "axigen-delay-over-quota.eml"
r = "o.marin@marin-topografie.example"
write(OUT, n, axigen(n, nxt(), r, "452 4.2.2 Mailbox is over quota; will retry",
                     host="axigen.marin-topografie.example", status="4.2.2", delay=True))
E(n, r, "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="axigen")

n = "axigen-message-too-big-for-mailbox.eml"
r = "contact@vlad-survey.example"
write(OUT, n, axigen(n, nxt(), r, "552 5.3.4 Message too big: size 16 MB, the limit for this domain is 10 MB",
                     host="mail.vlad-survey.example", status="5.3.4"))
E(n, r, "emailtoolarge", status="5.3.4", reply="552", vendor="axigen")

# ================================================================ SOGo / Open-Xchange (Dovecot)
n = "sogo-dovecot-mdn-quota.eml"
r = "c.moreno@moreno-arquitectura.example"
write(OUT, n, dovecot_mdn(n, nxt(), r, "Quota exceeded (mailbox for user is full)", host="sogo.moreno-arquitectura.example"))
E(n, r, "mailboxfull", vendor="dovecot")

n = "sogo-sieve-reject-not-monitored.eml"
r = "old-office@ferris-surveying.example"
write(OUT, n, dovecot_mdn(n, nxt(), r, "This address is no longer read. Circulars and newsletters sent here are refused\n"
                                       "by the owner's filter.", host="mail.ferris-surveying.example"))
E(n, r, "filtered", vendor="dovecot")

n = "ox-dovecot-mdn-quota-de.eml"
r = "k.schaefer@schaefer-ingenieure.example"
write(OUT, n, dovecot_mdn(n, nxt(), r, "Kontingent überschritten (Postfach des Benutzers ist voll)",
                          host="ox.schaefer-ingenieure.example", product="Open-Xchange App Suite / Dovecot"))
E(n, r, "mailboxfull", vendor="dovecot")

# ================================================================ out of office: Notes and GroupWise
n = "notes-ooo-en.eml"
r = "hannah.berger@berger-tragwerk.example"
write(OUT, n, ooo(n, nxt(), "Hannah Berger", r, "Hannah Berger is out of the office.",
                  "I will be out of the office starting  24.11.2026 and will not return until 01.12.2026.\n\n"
                  "I will respond to your message when I return. For urgent matters please call the office on\n"
                  "+49 30 5550 1234.\n", host="notes.berger-tragwerk.example", mailer="Lotus Notes Release 8.5.3 September 15, 2011",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
E(n, r, "vacation", action="", vendor="domino")

n = "notes-ooo-de-ausser-haus.eml"
r = "f.zimmermann@zimmermann-statik.example"
write(OUT, n, ooo(n, nxt(), "Frank Zimmermann", r, enc_header("Frank Zimmermann ist außer Haus.", "iso-8859-1", "q"),
                  "Ich werde ab  23.11.2026 nicht im Büro sein. Ich kehre zurück am  04.12.2026.\n\n"
                  "Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden\n"
                  "Sie sich bitte an Frau Keller (keller@zimmermann-statik.example).\n",
                  host="domino.zimmermann-statik.example", mailer="IBM Notes Release 9.0.1FP8 January 20, 2017",
                  charset="iso-8859-1", cte="quoted-printable", extra=[("Auto-Submitted", "auto-replied")]))
E(n, r, "vacation", action="", vendor="domino")

n = "groupwise-ooo-vacation-rule.eml"
r = "jwalsh@county-kildare-eng.example"
write(OUT, n, ooo(n, nxt(), "John Walsh", r, "Out of Office: " + SUBJ[:30],
                  "Thank you for your message. I am on annual leave until Monday 7 December with no access\n"
                  "to email. For road design queries please contact roads@county-kildare-eng.example.\n",
                  host="gw.county-kildare-eng.example", mailer="GroupWise 18.3.1",
                  extra=[("Auto-Submitted", "auto-replied")]))
E(n, r, "vacation", action="", vendor="groupwise")

n = "groupwise-ooo-fr.eml"
r = "n.girard@mairie-vienne-isere.example"
write(OUT, n, ooo(n, nxt(), "Nathalie Girard", r, enc_header("Réponse automatique : absence", "utf-8", "q"),
                  "Bonjour,\n\nJe suis absente du bureau jusqu'au 2 décembre inclus. Votre message ne sera pas\n"
                  "transféré. Pour toute urgence, merci de contacter le service technique au 04 74 00 00 00.\n\n"
                  "Cordialement,\nNathalie Girard\n", host="gwia.mairie-vienne-isere.example",
                  mailer="GroupWise Internet Agent 14.2.2", charset="utf-8", cte="quoted-printable",
                  extra=[("Auto-Submitted", "auto-replied")]))
E(n, r, "vacation", action="", vendor="groupwise")

# ================================================================ near-misses (no record)


def nb(name, heads, body):
    write(NB, name, mail(heads, body))


def simple_heads(name, host, frm, to, subject, d, extra=()):
    return ["Return-Path: <" + frm.split("<")[-1].rstrip(">") + ">\n" +
            received([(host, "198.51.100.90", "mx-in.instsurveyors.example", "Postfix", qid(name), d)]),
            ("Date", d), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)


D = dt(2026, 11, 25, 8, 14, 22, "+0100")

n = "nb-notes-calendar-invitation.eml"
ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lotus Development Corporation//NONSGML Notes 9.0.1//EN_C\n"
       "METHOD:REQUEST\nBEGIN:VEVENT\nDTSTART:20261210T090000Z\nDTEND:20261210T110000Z\n"
       "SUMMARY:Regional meeting North - agenda\nORGANIZER;CN=\"Ulrike Haas\":mailto:u.haas@haas-statik.example\n"
       "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:events@instsurveyors.example\nUID:" + qid(n, 32) +
       "\nEND:VEVENT\nEND:VCALENDAR\n")
nb(n, simple_heads(n, "notes.haas-statik.example", "Ulrike Haas <u.haas@haas-statik.example>", "events@instsurveyors.example",
                   "Invitation: Regional meeting North (Dec 10 10:00 AM CET)", D, [("X-Mailer", "IBM Notes Release 9.0.1FP10")]),
   multipart("alternative", [text_part("Ulrike Haas has invited you to a meeting.\n\nRegional meeting North\n"
                                       "Thu 10/12/2026 10:00 - 12:00, room 2.14\n"),
                             part("text/calendar; method=REQUEST; charset=UTF-8", ics, "7bit")], boundary(n)))

n = "nb-domino-return-receipt.eml"
nb(n, simple_heads(n, "d01.hartmann-statik.example", "Petra Hartmann <p.hartmann@hartmann-statik.example>",
                   FROMHDR, "Return Receipt", D, [("X-Mailer", "Lotus Domino Release 8.5.3")]),
   text_part(f"Your document:\t{SUBJ}\nwas received by:\tPetra Hartmann/Statik/DE\nat:\t25.11.2026 08:14:22 CET\n"))

n = "nb-domino-mailfile-quota-warning.eml"
nb(n, simple_heads(n, "d01.reindl-tragwerk.example", "Domino Administrator <admin@reindl-tragwerk.example>",
                   "tobias.reindl@reindl-tragwerk.example", "Your mail file is approaching its size quota", D,
                   [("X-Mailer", "IBM Domino Release 9.0.1FP10"), ("Auto-Submitted", "auto-generated")]),
   text_part("Your mail file mail\\treindl.nsf is 460 MB of its 500 MB quota (92%).\n\n"
             "Please archive or delete old documents. When the quota is reached, new mail will not be\n"
             "delivered to you. Forwarding this note to members outside the company is not necessary.\n"))

n = "nb-groupwise-status-opened.eml"
nb(n, simple_heads(n, "gwia.wexford-county.example", "GroupWise Status <postmaster@wexford-county.example>", FROMHDR,
                   "Message status - opened", D, [("X-Mailer", "GroupWise Internet Agent 18.4.1")]),
   text_part(f"The message that you sent was opened by the following:\n\tplans@wexford-county.example\n\n"
             f"Subject: {SUBJ}\nOpened: 25/11/2026 08:14\n"))

n = "nb-groupwise-calendar-accepted.eml"
nb(n, simple_heads(n, "gw.county-kildare-eng.example", "Siobhan Reilly <SREILLY@county-kildare-eng.example>",
                   "events@instsurveyors.example", "Accepted: CPD workshop - geotechnical reporting", D,
                   [("X-Mailer", "GroupWise 18.3.1")]),
   text_part("Siobhan Reilly has accepted your appointment.\n\nCPD workshop - geotechnical reporting\n"
             "Wednesday 9 December 2026, 14:00-17:00\nComment: I will bring two colleagues.\n"))

n = "nb-zimbra-share-created.eml"
nb(n, simple_heads(n, "zimbra.lachance-genie.example", "Sylvie Lachance <s.lachance@lachance-genie.example>",
                   "committee@instsurveyors.example", "Share Created: Comite technique shared by Sylvie Lachance", D,
                   [("X-Zimbra-Share", "create"), ("Auto-Submitted", "auto-generated")]),
   text_part("The following share has been created:\n\nShared item:  Comite technique (Calendar)\n"
             "Owner:        Sylvie Lachance\nGrantee:      committee@instsurveyors.example\nRole:         Viewer\n"
             "Allowed actions: View\n"))

n = "nb-kerio-quota-warning.eml"
nb(n, simple_heads(n, "kerio.mostov-group.example", "Kerio Connect <postmaster@mostov-group.example>",
                   "anna.petrova@mostov-group.example", "Warning: your mailbox is 95% full", D,
                   [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Kerio Connect 10.0.6")]),
   text_part("Your mailbox has reached 95% of its quota (1.9 GB of 2 GB).\n\nIf the quota is exceeded you will "
             "not be able to receive new messages. Please delete items you no longer need.\n"))

n = "nb-ox-shared-folder.eml"
nb(n, simple_heads(n, "ox.schaefer-ingenieure.example", "Klaus Schaefer <k.schaefer@schaefer-ingenieure.example>",
                   "secretary@instsurveyors.example", "Klaus Schaefer has shared the folder \"Gutachten 2026\" with you", D,
                   [("X-Open-Xchange-Share-Type", "invitation"), ("Auto-Submitted", "auto-generated")]),
   text_part("Klaus Schaefer has shared the folder \"Gutachten 2026\" with you.\n\nView the folder:\n"
             "https://ox.schaefer-ingenieure.example/appsuite/#!&app=io.ox/files&folder=1187\n"))

n = "nb-sogo-alarm-reminder.eml"
nb(n, simple_heads(n, "sogo.moreno-arquitectura.example", "SOGo Alarm <sogo@moreno-arquitectura.example>",
                   "c.moreno@moreno-arquitectura.example", "Reminder: Council deadline for CPD hours", D,
                   [("Auto-Submitted", "auto-generated")]),
   text_part("Event: Council deadline for CPD hours\nStart: 2026-12-31 09:00\nEnd: 2026-12-31 10:00\n"
             "Calendar: Personal\n"))

n = "nb-oracle-calendar-cancel.eml"
ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Oracle//Communications Calendar Server 8.0//EN\nMETHOD:CANCEL\n"
       "BEGIN:VEVENT\nUID:" + qid(n, 32) + "\nSUMMARY:Bridge inspection seminar\nDTSTART:20261203T130000Z\n"
       "STATUS:CANCELLED\nEND:VEVENT\nEND:VCALENDAR\n")
nb(n, simple_heads(n, "cal.uni-hallsberg.example", "Per Lindahl <p.lindahl@uni-hallsberg.example>",
                   "events@instsurveyors.example", "Cancelled: Bridge inspection seminar", D),
   multipart("mixed", [text_part("This event has been cancelled by the organizer.\n"),
                       part("text/calendar; method=CANCEL; charset=UTF-8", ics, "7bit")], boundary(n)))

n = "nb-scalix-recall-notice.eml"
nb(n, simple_heads(n, "scalix.ricci-strutture.example", "Giulia Ricci <g.ricci@ricci-strutture.example>",
                   "secretary@instsurveyors.example", "Recall: membership renewal form", D,
                   [("X-Mailer", "Scalix Web Access 12.7")]),
   text_part("Giulia Ricci would like to recall the message \"membership renewal form\".\n"))

n = "nb-communigate-password-expiry.eml"
nb(n, simple_heads(n, "mail.horak-projekce.example", "CommuniGate Pro <postmaster@horak-projekce.example>",
                   "ivan.horak@horak-projekce.example", "Your password expires in 5 days", D,
                   [("Auto-Submitted", "auto-generated")]),
   text_part("The password of account ivan.horak@horak-projekce.example expires on 30 November 2026.\n"
             "Change it in WebUser > Settings > Password.\n"))

n = "nb-groupwise-po-maintenance.eml"
nb(n, simple_heads(n, "gw.landkreis-ostheide.example", "IT-Service <it@landkreis-ostheide.example>",
                   "alle@landkreis-ostheide.example", "Wartung GroupWise Postoffice am Samstag", D),
   text_part("Am Samstag, 28.11., ist das GroupWise-Postoffice von 8 bis 12 Uhr nicht erreichbar.\n"
             "Eingehende Mail wird zwischengespeichert und danach zugestellt; es geht nichts verloren.\n",
             "iso-8859-1", "quoted-printable"))

n = "nb-verse-migration-welcome.eml"
nb(n, simple_heads(n, "verse.fontaine-genie.example", "Service informatique <it@fontaine-genie.example>",
                   "tous@fontaine-genie.example", "Bienvenue dans HCL Verse", D),
   text_part("Votre messagerie Notes a été migrée vers HCL Verse. Vos anciens messages et votre agenda\n"
             "sont disponibles. Les notifications d'absence doivent être réactivées dans les préférences.\n",
             "utf-8", "quoted-printable"))

n = "nb-member-reply-changed-employer.eml"
nb(n, simple_heads(n, "mail.kaur-consulting.example", "Harpreet Kaur <harpreet@kaur-consulting.example>",
                   "membership@instsurveyors.example", "Re: " + SUBJ, D,
                   [("In-Reply-To", mid(n + "o", "news." + ASSOC)), ("X-Mailer", "Microsoft Outlook 16.0")]),
   text_part("Hello,\n\nplease note I have left Brandt Ingenieure; my old address there will be closed at the\n"
             "end of the month. Could you send the bulletin to this address from now on?\n\nThanks,\nHarpreet Kaur\n"))

n = "nb-member-reply-quotes-domino-failure.eml"
nb(n, simple_heads(n, "d01.hartmann-statik.example", "Petra Hartmann <p.hartmann@hartmann-statik.example>",
                   "membership@instsurveyors.example", "Fwd: DELIVERY FAILURE when forwarding the bulletin", D,
                   [("X-Mailer", "Lotus Notes Release 8.5.3")]),
   text_part("Hello,\n\nI tried to forward your bulletin to our new trainee and got the note below. Do you know\n"
             "why? Is his address maybe not yet in your list?\n\nPetra\n\n"
             "----- Forwarded by Petra Hartmann/Statik/DE on 25.11.2026 09:02 -----\n\n"
             "  > was not delivered to: trainee@hartmann-statik.example\n"
             "  > because: User trainee (trainee@hartmann-statik.example) not listed in Domino Directory\n"))

n = "nb-member-reply-unsubscribe.eml"
nb(n, simple_heads(n, "gwia.township-riverbend.example", "Township Clerk <clerk@township-riverbend.example>",
                   "membership@instsurveyors.example", "Re: " + SUBJ, D, [("X-Mailer", "GroupWise 18.4.1")]),
   text_part("Please remove this address from the bulletin. Our surveyor retired and the mailbox is read by\n"
             "the clerk's office only.\n"))

n = "nb-member-reply-out-of-office-question.eml"
nb(n, simple_heads(n, "mail.ferris-surveying.example", "Alan Ferris <alan@ferris-surveying.example>",
                   "events@instsurveyors.example", "Re: I am out of the office - regional meeting", D),
   text_part("Hi,\n\nsorry, I replied to the wrong mail earlier. I'm not out of the office at all; I'll be at\n"
             "the regional meeting on the 10th and bring a guest. Is there parking?\n\nAlan\n"))

n = "nb-member-reply-notes-signature.eml"
nb(n, simple_heads(n, "notes.yamada-sekkei.example", "Kenji Yamada <k.yamada@yamada-sekkei.example>",
                   "cpd@instsurveyors.example", "CPD hours 2026 - question", D,
                   [("X-Mailer", "Lotus Notes Release 8.5.3")]),
   text_part("Dear CPD team,\n\nmy log shows 28 hours but the bulletin says 30 are needed. Our Lotus Notes mail\n"
             "was full last month, so maybe a reminder got lost. Can you check my record?\n\n"
             "Regards,\nKenji Yamada\n-- \nSent from Lotus Notes\n"))

n = "nb-member-reply-mailbox-was-full.eml"
nb(n, simple_heads(n, "mail.ingbuero-brenner.example", "Jutta Brenner <Jutta.Brenner@ingbuero-brenner.example>",
                   "membership@instsurveyors.example", "Re: bulletin did not arrive", D,
                   [("X-Mailer", "HCL Notes Release 12.0.2")]),
   text_part("Hello,\n\nyour office wrote that the November bulletin came back from my address. My Notes\n"
             "mail file was indeed full last night; IT has raised the quota this morning. Could you send\n"
             "the bulletin again?\n\nBest regards,\nJutta Brenner\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
