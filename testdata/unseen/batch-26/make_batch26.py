#!/usr/bin/env python3
"""Writes testdata/unseen/batch-26: a university and government night.

A conference organiser (programme@icsa2027.example, sent through the
organiser's Postfix relay mail.icsa2027.example) mails calls for papers and
review invitations to .edu/.ac.*/.gov addresses world-wide; this is what
came back: graduates' closed accounts, alumni forwarding that stopped,
moved staff, full mailboxes, restricted groups, size and classification
refusals at government gateways, delays, auto-replies of people on leave.
not-bounce/ holds ordinary mail that comes close (nb-*), which must give
no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch26.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

ORG = "programme@icsa2027.example"
RELAY = "mail.icsa2027.example"
CFP = "ICSA 2027: call for papers (deadline 15 February)"
REV = "Invitation to review for ICSA 2027"
N = [0]


def when(minute_offset):
    """A night of 19-20 November 2026: minute offsets from 22:00 UTC."""
    m = 22 * 60 + minute_offset
    day = 19 + m // (24 * 60)
    m %= 24 * 60
    return dt(2026, 11, day, m // 60, m % 60, (minute_offset * 7) % 60)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def nextdate():
    N[0] += 1
    return when(N[0] * 9)


def origh(name, rcpts, subj=CFP, date=None):
    return orig_headers(ORG, ", ".join(rcpts), subj, date or when(0), mid(name + "o", "icsa2027.example"),
                        "X-Mailer: ICSA conference mailer 2.3")


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


def pf(name, rcpts, host=RELAY, delay=False, subj=CFP):
    """rcpts: dicts with addr, status, remote, ip, said (reply text), stage,
    reason, hard, reply; or 'text' for a local (non-SMTP) failure text."""
    date = nextdate()
    tail = []
    recips = []
    for r in rcpts:
        if r.get("text"):
            tail.append(f"<{r['addr']}>: {r['text']}")
            diag = "X-Postfix; " + r["text"].replace("\n", " ")
        else:
            stage = r.get("stage", "RCPT TO")
            said = r["said"]
            tail.append(f"<{r['addr']}>: host {r['remote']}[{r.get('ip', '192.0.2.25')}] said: {said} (in reply to {stage} command)")
            diag = "smtp; " + said.replace("\n", " ")
        recips.append({"final": r["addr"], "status": r["status"], "action": "delayed" if delay else "failed",
                       "remote": r.get("remote"), "diag": diag})
        expect(name, r["addr"], r["reason"], r.get("hard", False), r["status"], r.get("reply", ""),
               "delayed" if delay else "failed", r.get("vendor", ""))
    text = (PF_DELAY if delay else PF_HEAD).format(host=host) + "\n\n".join(tail) + "\n"
    subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=ORG, subject=subject, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "Postfix", date), text=text,
                    recips=recips, arrival=when(0),
                    orig=origh(name, [r["addr"] for r in rcpts], subj))


def exim(name, host, rcpts, subj=CFP, delay=False):
    """An Exim bounce written by a departmental host after it accepted the
    message. rcpts: (addr, lines, reason, hard, status, reply)."""
    date = nextdate()
    if delay:
        head = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n"
                "The message identifier is:     1vQ" + qid(name, 3) + "-000" + qid(name + "x", 3) + "-Lk\n"
                "The subject of the message is: " + subj + "\n"
                "The date of the message is:    " + when(0) + "\n\n"
                "The address to which the message has not yet been delivered is:\n\n")
        foot = ("\nNo action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subject = "Warning: message 1vQ" + qid(name, 3) + " delayed 24 hours"
    else:
        head = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n")
        foot = ""
        subject = "Mail delivery failed: returning message to sender"
    body = []
    for a, lines, reason, hard, status, reply in rcpts:
        body.append("  " + a + "\n" + "\n".join("    " + ln for ln in lines))
        expect(name, a, reason, hard, status, reply, "delayed" if delay else "failed", "exim")
    text = head + "\n".join(body) + "\n" + foot + "\n------ This is a copy of the message, including all the headers. ------\n\n" + \
        origh(name, [r[0] for r in rcpts], subj) + "\nDear colleague,\n\nThe call for papers of ICSA 2027 is open.\n"
    heads = ["Return-path: <>\nEnvelope-to: " + ORG + "\n" + hop(name, RELAY, "Postfix", date, host, "198.51.100.44"),
             ("Received", f"from Debian-exim by {host} with local (Exim 4.96)\n\tid 1vQ{qid(name, 3)}-000{qid(name + 'x', 3)}-Lk;\n\t{date}"),
             ("Date", date), ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", ORG),
             ("Subject", subject), ("Message-ID", f"<E1vQ{qid(name, 3)}-000{qid(name + 'x', 3)}-Lk@{host}>")]
    if not delay:
        heads.append(("X-Failed-Recipients", ", ".join(r[0] for r in rcpts)))
    heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text))


def exo(name, addr, status, reply, diag, human, reason, hard, tenant, delay=False, onprem=False, lang_text=None):
    """An Exchange (Online or on-premises) NDR with a delivery-status part."""
    date = nextdate()
    if onprem:
        host = "exch01." + tenant
        reporting = host
    else:
        host = "AM9PR07MB" + qid(name, 4) + ".eurprd07.prod.outlook.com"
        reporting = host
    if delay:
        text = (f"Delivery is delayed to these recipients or groups:\n\n{addr}\n\nSubject: {CFP}\n\n"
                "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 19 hours and 50 minutes. "
                "You'll be notified if the message can't be delivered by that time.\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {host}\n"
                f"Receiving server: {tenant}\n\n{addr}\nRemote server returned '{reply} {status} {diag}'\n")
        subject = "Delivery delayed:" + CFP
        action = "delayed"
    else:
        text = (lang_text or f"Your message to {addr} couldn't be delivered.\n\n{human}\n\n"
                f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n"
                f"{addr}\nRemote server returned '{reply} {status} {diag}'\n\nOriginal message headers:\n")
        subject = "Undeliverable: " + CFP
        action = "failed"
    expect(name, addr, reason, hard, status, reply, action, "exchange")
    return dsn_mail(name, frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{tenant}>"
                    if not onprem else f"postmaster@{tenant}", to=ORG, subject=subject, date=date, host=host,
                    hops=hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date), text=text,
                    recips=[{"final": addr, "status": status, "action": action, "remote": None if onprem else tenant,
                             "diag": f"smtp; {reply} {status} {diag}"}],
                    arrival=when(0), reporting=reporting, orig=origh(name, [addr]),
                    extra=[("Content-Language", "es-ES" if lang_text else "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")])


def sendmail_old(name, host, addr, transcript_lines, reason, hard, status, reply):
    """A pre-DSN Sendmail text bounce from an old departmental host."""
    date = nextdate()
    text = ("The original message was received at " + when(0) + "\nfrom relay.icsa2027.example [198.51.100.44]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n" + addr + "\n\n"
            "   ----- Transcript of session follows -----\n" + "\n".join(transcript_lines) + "\n\n"
            "   ----- Original message follows -----\n\n" + origh(name, [addr]) + "\nDear colleague,\n")
    expect(name, addr, reason, hard, status, reply, "failed", "sendmail")
    return plain_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=ORG,
                      subject="Returned mail: see transcript for details", date=date, host=host,
                      hops="Return-Path: <>\n" + hop(name, host, "8.12.11/8.12.11", date), text=text)


def domino(name, host, addr, line, reason, hard, status="", short=""):
    """A Lotus Notes / Domino delivery report in plain text."""
    date = nextdate()
    text = ("Your message\n\n  Subject: " + CFP + "\n\nwas not delivered to:\n\n  " + addr + "\n\nbecause:\n\n  " + line +
            "\n\n\n-------- Routing path --------\n" + host + "\nGW-MAIL/MIN/GOV\n")
    expect(name, addr, reason, hard, status, "", "failed", "domino")
    return plain_mail(name, frm="Postmaster@" + addr.split("@")[1], to=ORG,
                      subject="DELIVERY FAILURE: " + short, date=date, host="notes-gw." + addr.split("@")[1],
                      hops=hop(name, "notes-gw." + addr.split("@")[1], "Lotus Domino Release 9.0.1FP10", date),
                      text=text, extra=[("X-Mailer", "Lotus Domino Release 9.0.1FP10 HF383")])


def vac(name, frm, subject, text, charset="us-ascii", cte=None, extra=()):
    date = nextdate()
    host = frm.split("@")[1]
    expect(name, frm, "vacation", False, "", "", "", "")
    heads = [("In-Reply-To", mid(name + "o", "icsa2027.example")),
             ("X-Auto-Response-Suppress", "All")] + list(extra)
    subj = subject if charset == "us-ascii" else enc_header(subject, charset)
    return plain_mail(name, frm=frm, to=ORG, subject=subj, date=date, host=host,
                      hops=hop(name, "mx." + host, "Postfix", date), text=text, charset=charset, cte=cte, extra=heads)


FILES = {}


def add(name, text):
    FILES[name] = text


def R(addr, status, remote, said, reason, hard=False, reply="", stage="RCPT TO", ip="192.0.2.25", vendor=""):
    return {"addr": addr, "status": status, "remote": remote, "said": said, "reason": reason, "hard": hard,
            "reply": reply, "stage": stage, "ip": ip, "vendor": vendor}


GMX = "aspmx.l.google.com"
EOP = "mail.protection.outlook.com"

# ---- Google Workspace for Education (via the organiser's Postfix) ----
add("gws-edu-graduate-account-gone.eml", pf("gws-edu-graduate-account-gone.eml", [
    R("t.baptiste2021@g.northfield.edu.example", "5.1.1", GMX,
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\n    550-5.1.1 double-checking the recipient's email address for typos or\n    550 5.1.1 unnecessary spaces. For more information, go to\n    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9-20020a05 - gsmtp",
      "userunknown", True, "550", ip="192.0.2.26", vendor="google")]))
add("gws-edu-inactive-alumna.eml", pf("gws-edu-inactive-alumna.eml", [
    R("m.oduya@alumni.lakeshore.edu.example", "5.2.1", GMX,
      "550-5.2.1 The email account that you tried to reach is inactive. For more\n    550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser k3-2002 - gsmtp",
      "suspend", False, "550", vendor="google")]))
add("gws-edu-out-of-storage-delayed.eml", pf("gws-edu-out-of-storage-delayed.eml", [
    R("priya.r@students.ridgeway.ac.in.example", "4.2.2", GMX,
      "452-4.2.2 The recipient's inbox is out of storage space and inactive. Please\n    452 4.2.2 direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp q5-2002 - gsmtp",
      "mailboxfull", False, "452", vendor="google")], delay=True))
add("gws-edu-group-members-only.eml", pf("gws-edu-group-members-only.eml", [
    R("phd-students@cs.harbourview.edu.example", "5.7.0", GMX,
      "550 5.7.0 The group phd-students@cs.harbourview.edu.example only accepts\n    messages from its members and from people in its organisation. s12-2002 - gsmtp",
      "filtered", False, "550", stage="end of DATA", vendor="google")]))
add("gws-edu-attachment-size.eml", pf("gws-edu-attachment-size.eml", [
    R("k.lindqvist@g.fjord-uni.ac.example", "5.3.4", GMX,
      "552-5.3.4 Your message exceeded Google's message size limits. Please visit\n    552 5.3.4 https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. x1-2002 - gsmtp",
      "emailtoolarge", False, "552", stage="end of DATA", vendor="google")]))

# ---- Postfix at universities ----
add("postfix-uni-account-deleted-after-graduation.eml", pf("postfix-uni-account-deleted-after-graduation.eml", [
    R("s1873402@student.edinvale.ac.uk.example", "5.1.1", "mx1.edinvale.ac.uk.example",
      "550 5.1.1 <s1873402@student.edinvale.ac.uk.example>: Recipient address rejected:\n    student accounts are deleted six months after graduation",
      "userunknown", True, "550")]))
add("postfix-uni-staff-left-contact-office.eml", pf("postfix-uni-staff-left-contact-office.eml", [
    R("h.marchetti@dima.univ-ligure.it.example", "5.1.1", "smtp.univ-ligure.it.example",
      "550 5.1.1 <h.marchetti@dima.univ-ligure.it.example>: Recipient address rejected:\n    Dr Marchetti is no longer with the university and this address has been\n    removed. Please contact segreteria@dima.univ-ligure.it.example",
      "userunknown", True, "550")]))
add("postfix-uni-user-moved-551.eml", pf("postfix-uni-user-moved-551.eml", [
    R("a.kowalczyk@chem.vistula.edu.pl.example", "5.1.6", "mail.vistula.edu.pl.example",
      "551 5.1.6 <a.kowalczyk@chem.vistula.edu.pl.example>: user has moved to\n    a.kowalczyk@ichf.pan-waw.pl.example; mail to the old address is not forwarded",
      "hasmoved", True, "551")]))
add("postfix-uni-dovecot-quota.eml", pf("postfix-uni-dovecot-quota.eml", [
    R("bruno.salazar@fis.unal-andes.edu.co.example", "5.2.2", "mx.unal-andes.edu.co.example",
      "552 5.2.2 <bruno.salazar@fis.unal-andes.edu.co.example> Quota exceeded (mailbox for user is full)",
      "mailboxfull", False, "552", stage="end of DATA", ip="192.0.2.31")]))
add("postfix-uni-message-size-limit.eml", pf("postfix-uni-message-size-limit.eml", [
    R("dekan@mathematik.uni-hafen.de.example", "5.3.4", "mx.uni-hafen.de.example",
      "552 5.3.4 Message size exceeds fixed limit", "emailtoolarge", False, "552", stage="MAIL FROM")]))
add("postfix-uni-three-mixed.eml", pf("postfix-uni-three-mixed.eml", [
    R("j.fairweather@ecology.southmoor.ac.nz.example", "5.1.1", "mx.southmoor.ac.nz.example",
      "550 5.1.1 <j.fairweather@ecology.southmoor.ac.nz.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "userunknown", True, "550"),
    R("r.tamatea@ecology.southmoor.ac.nz.example", "5.2.2", "mx.southmoor.ac.nz.example",
      "552 5.2.2 <r.tamatea@ecology.southmoor.ac.nz.example>: Recipient address rejected: mailbox over storage allocation",
      "mailboxfull", False, "552"),
    R("ecology-staff@ecology.southmoor.ac.nz.example", "5.7.1", "mx.southmoor.ac.nz.example",
      "550 5.7.1 <ecology-staff@ecology.southmoor.ac.nz.example>: Recipient address rejected:\n    this list accepts mail from university senders only",
      "filtered", False, "550")]))
add("postfix-uni-domain-retired.eml", pf("postfix-uni-domain-retired.eml", [
    {"addr": "registrar@old-polytechnic.ac.za.example", "status": "5.4.4", "reason": "hostunknown", "hard": True,
     "text": "Host or domain name not found. Name service error for\n    name=old-polytechnic.ac.za.example type=MX: Host not found"}]))
add("postfix-uni-connection-timeout-delayed.eml", pf("postfix-uni-connection-timeout-delayed.eml", [
    {"addr": "conf-chair@eng.altiplano.edu.bo.example", "status": "4.4.1", "reason": "networkerror",
     "text": "connect to mail.altiplano.edu.bo.example[192.0.2.77]:25: Connection timed out"}], delay=True))
add("postfix-uni-dns-tempfail-delayed.eml", pf("postfix-uni-dns-tempfail-delayed.eml", [
    {"addr": "l.van.rijn@bio.polder-uni.nl.example", "status": "4.4.3", "reason": "networkerror",
     "text": "Host or domain name not found. Name service error for\n    name=bio.polder-uni.nl.example type=MX: Host not found, try again"}], delay=True))
add("postfix-gov-tls-required.eml", pf("postfix-gov-tls-required.eml", [
    R("secretariat@agriculture.gov.example", "5.7.10", "mx-secure.agriculture.gov.example",
      "530 5.7.10 Must issue a STARTTLS command first: this government gateway accepts\n    mail only over encrypted connections", "failedstarttls", False, "530", stage="MAIL FROM")]))
add("postfix-gov-spf-fail.eml", pf("postfix-gov-spf-fail.eml", [
    R("grants@science.gov.example", "5.7.23", "mail-in.science.gov.example",
      "550 5.7.23 Message rejected: SPF check for icsa2027.example returned fail for\n    the connecting address 203.0.113.40", "authfailure", False, "550", stage="MAIL FROM")]))
add("postfix-uni-relay-not-permitted.eml", pf("postfix-uni-relay-not-permitted.eml", [
    R("visiting.fellow@ias.hillcrest.edu.example", "5.7.1", "smtp-relay.hillcrest.edu.example",
      "554 5.7.1 <visiting.fellow@ias.hillcrest.edu.example>: Relay access denied",
      "norelaying", False, "554")]))
add("postfix-uni-rbl-listed.eml", pf("postfix-uni-rbl-listed.eml", [
    R("dean.research@kasetwong.ac.th.example", "5.7.1", "mx.kasetwong.ac.th.example",
      "554 5.7.1 Service unavailable; Client host [203.0.113.40] blocked using\n    bl.spamcop.example; listed since 2026-11-19", "blocked", False, "554")]))
add("postfix-uni-no-ptr.eml", pf("postfix-uni-no-ptr.eml", [
    R("office@physics.nile-valley.edu.eg.example", "5.7.25", "mail.nile-valley.edu.eg.example",
      "550 5.7.25 Client host rejected: cannot find your reverse hostname, [203.0.113.40]",
      "requireptr", False, "550")]))
add("postfix-uni-spam-score.eml", pf("postfix-uni-spam-score.eml", [
    R("p.nguyen@hcmus-sci.edu.vn.example", "5.7.1", "mx.hcmus-sci.edu.vn.example",
      "550 5.7.1 Message classified as spam by the university's content filter (score 14.2 > 8.0)",
      "spamdetected", False, "550", stage="end of DATA")]))
add("postfix-uni-virus.eml", pf("postfix-uni-virus.eml", [
    R("library@liberec-tech.cz.example", "5.7.1", "mx.liberec-tech.cz.example",
      "554 5.7.1 Rejected: infected attachment found (Heuristics.OLE2.ContainsMacros.Doc) by ClamAV",
      "virusdetected", False, "554", stage="end of DATA")]))
add("postfix-uni-local-mailer-pipe.eml", pf("postfix-uni-local-mailer-pipe.eml", [
    {"addr": "conf-inbox@stat.prairie-state.edu.example", "status": "5.3.0", "reason": "mailererror",
     "text": "Command died with status 1: \"/usr/local/bin/procmail-wrapper\". Command output:\n    procmail: Error while writing to \"/var/mail/conf-inbox\""}],
    host="mail.stat.prairie-state.edu.example"))

# ---- alumni forwarding services ----
add("alumni-forwarding-ended.eml", pf("alumni-forwarding-ended.eml", [
    R("class1998.ngata@alumni.kauri-uni.ac.nz.example", "5.1.1", "forward.alumni.kauri-uni.ac.nz.example",
      "550 5.1.1 <class1998.ngata@alumni.kauri-uni.ac.nz.example>: this lifetime\n    forwarding address was cancelled at the graduate's request and no longer exists",
      "userunknown", True, "550")]))
add("alumni-forward-target-full.eml", exim("alumni-forward-target-full.eml", "fwd.alumni.brackenridge.edu.example", [
    ("j.okonkwo@alumni.brackenridge.edu.example",
     ["generated by j.okonkwo@alumni.brackenridge.edu.example",
      "host mx.isp-mail.example [192.0.2.140]",
      "SMTP error from remote mail server after RCPT TO:<jo.okonkwo@isp-mail.example>:",
      "552 5.2.2 Mailbox full: jo.okonkwo has used 100% of the 2 GB allowed"],
     "mailboxfull", False, "5.2.2", "552")]))
add("alumni-forward-target-unknown.eml", exim("alumni-forward-target-unknown.eml", "fwd.alumni.brackenridge.edu.example", [
    ("e.sandoval@alumni.brackenridge.edu.example",
     ["generated by e.sandoval@alumni.brackenridge.edu.example",
      "host mx.oldisp.example [192.0.2.141]",
      "SMTP error from remote mail server after RCPT TO:<esandoval79@oldisp.example>:",
      "550 Requested action not taken: mailbox unavailable - no such user here"],
     "userunknown", True, "", "550")]))
add("alumni-forward-loop.eml", exim("alumni-forward-loop.eml", "fwd.alumni.tarrant.edu.example", [
    ("c.whitfield@alumni.tarrant.edu.example",
     ["Too many \"Received\" headers - suspected mail loop",
      "(the forwarding target c.whitfield@tarrant.edu.example forwards back to this address)"],
     "networkerror", False, "", "")]))

# ---- departmental Exim ----
add("exim-dept-unrouteable.eml", exim("exim-dept-unrouteable.eml", "mail.maths.greyfriars.ac.uk.example", [
    ("ab2231@maths.greyfriars.ac.uk.example",
     ["no mailbox by that name on this host: student accounts of the department are",
      "removed when the degree is awarded"], "userunknown", True, "", "")]))
add("exim-dept-quota-appendfile.eml", exim("exim-dept-quota-appendfile.eml", "mail.geo.kiel-nord.de.example", [
    ("s.brandt@geo.kiel-nord.de.example", ["mailbox is full (MTA-imposed quota exceeded while writing to",
                                          "/var/mail/s.brandt)"], "mailboxfull", False, "", "")]))
add("exim-dept-account-disabled.eml", exim("exim-dept-account-disabled.eml", "mx.cs.uni-bergland.at.example", [
    ("m.gruber@cs.uni-bergland.at.example",
     ["This account has been disabled: the student's enrolment ended on 30 September 2026.",
      "Mail to it is refused until the account is reinstated."], "suspend", False, "", "")]))
add("exim-dept-two-failed.eml", exim("exim-dept-two-failed.eml", "smtp.ling.mcgillvray.ca.example", [
    ("f.tremblay@ling.mcgillvray.ca.example",
     ["host lmtp.ling.mcgillvray.ca.example [192.0.2.61]",
      "SMTP error from remote mail server after RCPT TO:<f.tremblay@ling.mcgillvray.ca.example>:",
      "550 5.1.1 User unknown"], "userunknown", True, "5.1.1", "550"),
    ("grad-office@ling.mcgillvray.ca.example",
     ["host lmtp.ling.mcgillvray.ca.example [192.0.2.61]",
      "SMTP error from remote mail server after end of data:",
      "552 5.3.4 message of 31457280 bytes exceeds the 20 MB limit of this list"],
     "emailtoolarge", False, "5.3.4", "552")]))
add("exim-dept-retry-timeout.eml", exim("exim-dept-retry-timeout.eml", "mx.physics.karoo-uni.ac.za.example", [
    ("n.dlamini@physics.karoo-uni.ac.za.example",
     ["retry timeout exceeded"], "expired", False, "", "")]))
add("exim-dept-delayed-quota.eml", exim("exim-dept-delayed-quota.eml", "mx.astro.andes-obs.cl.example", [
    ("p.rojas@astro.andes-obs.cl.example",
     ["Delay reason: SMTP error from remote mail server after RCPT TO:<p.rojas@astro.andes-obs.cl.example>:",
      "452 4.2.2 Mailbox over quota, please try again later"], "mailboxfull", False, "4.2.2", "452")], delay=True))
add("exim-dept-data-spam-acl.eml", exim("exim-dept-data-spam-acl.eml", "mail.econ.baltic-uni.lv.example", [
    ("i.ozola@econ.baltic-uni.lv.example",
     ["host mx2.baltic-uni.lv.example [192.0.2.88]",
      "SMTP error from remote mail server after end of data:",
      "550 Rejected: this message scored 12.5 spam points (bulk mail to many university addresses)"],
     "spamdetected", False, "", "550")]))

# ---- Exchange Online / on-premises ----
add("exo-uni-recipient-not-found.eml", exo("exo-uni-recipient-not-found.eml", "l.okafor@unilag-north.edu.ng.example",
    "5.1.10", "550", "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
    "userunknown", True, "unilag-north.edu.ng.example"))
add("exo-uni-mailbox-full.eml", exo("exo-uni-mailbox-full.eml", "c.moreau@sciences.univ-loire.fr.example",
    "5.2.2", "554", "mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.",
    "mailboxfull", False, "univ-loire.fr.example"))
add("exo-uni-restricted-group.eml", exo("exo-uni-restricted-group.eml", "all-faculty@law.kingsbridge.edu.example",
    "5.7.1", "550", "RESOLVER.RST.NotAuthorized; not authorized; the distribution group accepts messages only from senders inside the organization",
    "Your message couldn't be delivered because delivery to this group is restricted to authorised senders within the university.",
    "filtered", False, "kingsbridge.edu.example"))
add("exo-uni-disabled-account.eml", exo("exo-uni-disabled-account.eml", "a.haddad@eng.cedar-univ.edu.lb.example",
    "5.2.1", "550", "RESOLVER.ADR.RecipientDisabled; the recipient's mailbox has been disabled",
    "The recipient's mailbox has been disabled and can't receive messages.",
    "suspend", False, "cedar-univ.edu.lb.example"))
add("exo-uni-size-limit.eml", exo("exo-uni-size-limit.eml", "reviews@med.holloway.ac.uk.example",
    "5.3.4", "552", "RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
    "Your message is too big for the recipient's mailbox: it accepts messages up to 15 MB. Try sending it again without the attached PDF.",
    "emailtoolarge", False, "holloway.ac.uk.example"))
add("exo-gov-transport-rule-classification.eml", exo("exo-gov-transport-rule-classification.eml", "policy.unit@transport.gov.au.example",
    "5.7.1", "550", "TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: external mail must carry a protective marking [SEC=OFFICIAL]",
    "Your message wasn't delivered because the recipient's email provider rejected it: messages into this department must carry a protective marking in the subject.",
    "policyviolation", False, "transport.gov.au.example"))
add("exo-uni-delayed-quota.eml", exo("exo-uni-delayed-quota.eml", "y.tanaka@sci.kamome-u.ac.jp.example",
    "4.2.2", "452", "The recipient's mailbox is over its storage quota", "", "mailboxfull", False,
    "kamome-u.ac.jp.example", delay=True))
add("exo-uni-dmarc-reject.eml", exo("exo-uni-dmarc-reject.eml", "provost@brightwater.edu.example",
    "5.7.509", "550", "Access denied, sending domain icsa2027.example does not pass DMARC verification and has a DMARC policy of reject.",
    "Your message wasn't delivered because the recipient's email provider rejected it.",
    "authfailure", False, "brightwater.edu.example"))
add("exo-uni-tenant-ip-blocked.eml", exo("exo-uni-tenant-ip-blocked.eml", "seminars@econ.danube-uni.hu.example",
    "5.7.1", "550", "Service unavailable, Client host [203.0.113.40] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.40 AS(1450)",
    "Your message wasn't delivered because the recipient's email provider rejected it.",
    "blocked", False, "danube-uni.hu.example"))
add("exo-onprem-ministry-unknown.eml", exo("exo-onprem-ministry-unknown.eml", "d.fernandez@educacion.gob.example",
    "5.1.1", "550", "RESOLVER.ADR.ExRecipNotFound; not found",
    "", "userunknown", True, "educacion.gob.example", onprem=True,
    lang_text=("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
               "d.fernandez@educacion.gob.example\nLa direccion de correo electronico que ha escrito no se encuentra. "
               "Compruebe la direccion de correo electronico del destinatario e intentelo de nuevo.\n\n"
               "Informacion de diagnostico para administradores:\n\nServidor de generacion: exch01.educacion.gob.example\n\n"
               "d.fernandez@educacion.gob.example\n#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##\n")))
add("exo-onprem-uni-hop-count.eml", exo("exo-onprem-uni-hop-count.eml", "helpdesk@it.wollemi-uni.edu.au.example",
    "5.4.14", "554", "Hop count exceeded - possible mail loop ATTR34",
    "The message couldn't be delivered because a loop was detected between the university's mail servers.",
    "networkerror", False, "wollemi-uni.edu.au.example", onprem=True))
add("exo-onprem-gov-attachment-blocked.eml", exo("exo-onprem-gov-attachment-blocked.eml", "tenders@finance.gov.example",
    "5.7.1", "550", "Delivery not authorized, message refused: attachments of type .docm are not permitted by the department's mail policy",
    "Your message wasn't delivered because it contains an attachment type that this organisation doesn't accept.",
    "policyviolation", False, "finance.gov.example", onprem=True))
add("exo-onprem-uni-disk-full-delayed.eml", exo("exo-onprem-uni-disk-full-delayed.eml", "admissions@riverbend.edu.example",
    "4.3.1", "452", "Insufficient system resources (disk space on the mailbox database volume is low)", "",
    "systemfull", False, "riverbend.edu.example", delay=True, onprem=True))

# ---- Zimbra ----
add("zimbra-uni-over-quota.eml", pf("zimbra-uni-over-quota.eml", [
    R("g.petrov@phys.sofia-tech.bg.example", "5.2.2", "zimbra.sofia-tech.bg.example",
      "552 5.2.2 Over quota", "mailboxfull", False, "552", stage="end of DATA")]))
add("zimbra-uni-account-locked.eml", pf("zimbra-uni-account-locked.eml", [
    R("r.kaya@ee.anatolia-tech.edu.tr.example", "5.2.1", "mail.anatolia-tech.edu.tr.example",
      "550 5.2.1 <r.kaya@ee.anatolia-tech.edu.tr.example>: account is locked (status: closed by administrator)",
      "suspend", False, "550")]))
add("zimbra-uni-no-such-account.eml", pf("zimbra-uni-no-such-account.eml", [
    R("v.alves@fc.lusitania.pt.example", "5.1.1", "zmx.lusitania.pt.example",
      "550 5.1.1 <v.alves@fc.lusitania.pt.example>: Recipient address rejected: no such account in Zimbra",
      "userunknown", True, "550")]))

# ---- old Sendmail ----
add("sendmail-old-user-unknown.eml", sendmail_old("sendmail-old-user-unknown.eml", "hermes.cs.oldfield.edu.example",
    "jwbarker@hermes.cs.oldfield.edu.example",
    ["... while talking to hermes.cs.oldfield.edu.example.:", ">>> RCPT To:<jwbarker@hermes.cs.oldfield.edu.example>",
     "<<< 550 5.1.1 <jwbarker@hermes.cs.oldfield.edu.example>... User unknown",
     "550 5.1.1 jwbarker@hermes.cs.oldfield.edu.example... User unknown"], "userunknown", True, "5.1.1", "550"))
add("sendmail-old-message-too-big.eml", sendmail_old("sendmail-old-message-too-big.eml", "mailhost.chem.lowmoor.ac.uk.example",
    "postgrad@chem.lowmoor.ac.uk.example",
    [">>> MAIL From:<programme@icsa2027.example> SIZE=18874368",
     "<<< 552 5.2.3 Message size exceeds maximum value",
     "552 5.2.3 postgrad@chem.lowmoor.ac.uk.example... Message size exceeds maximum value"], "emailtoolarge", False, "5.2.3", "552"))
add("sendmail-old-host-unknown.eml", sendmail_old("sendmail-old-host-unknown.eml", "relay.oldfield.edu.example",
    "m.ellis@ee.oldfield-annex.edu.example",
    ["550 5.1.2 m.ellis@ee.oldfield-annex.edu.example... Host unknown (Name server: ee.oldfield-annex.edu.example: host not found)"],
    "hostunknown", True, "5.1.2", "550"))

# ---- Lotus Notes / Domino in ministries ----
add("domino-ministry-not-listed.eml", domino("domino-ministry-not-listed.eml", "MAILHUB01/MINAGRI",
    "k.mensah@minagri.gov.gh.example",
    "User k.mensah@minagri.gov.gh.example not listed in Domino Directory", "userunknown", True, short="User k.mensah@minagri.gov.gh.example not listed in Domino Directory"))
add("domino-ministry-mailfile-full.eml", domino("domino-ministry-mailfile-full.eml", "MAILHUB02/MINEDU",
    "s.ilunga@minedu.gov.cd.example",
    "Unable to deliver message: the recipient's mail file has exceeded its size quota and cannot take new documents",
    "mailboxfull", False, short="Mail file quota exceeded"))
add("domino-ministry-ambiguous-name.eml", domino("domino-ministry-ambiguous-name.eml", "HUB/MINSANTE",
    "a.diallo@minsante.gov.sn.example",
    "Recipient name a.diallo is ambiguous: several entries match it in the Domino Directory",
    "userunknown", True, short="Recipient name not unique"))

# ---- government secure gateways ----
add("gov-gateway-classification-missing.eml", pf("gov-gateway-classification-missing.eml", [
    R("researchfunding@innovation.gov.uk.example", "5.7.1", "securegw.innovation.gov.uk.example",
      "550 5.7.1 Message refused by the secure email gateway: no security classification\n    label in the subject line; external senders must mark mail OFFICIAL",
      "policyviolation", False, "550", stage="end of DATA")]))
add("gov-gateway-encrypted-zip.eml", pf("gov-gateway-encrypted-zip.eml", [
    R("audit.office@treasury.gov.example", "5.7.0", "mg1.treasury.gov.example",
      "554 5.7.0 Message blocked: password-protected archive (programme.zip) cannot be scanned\n    and is not accepted by the departmental gateway",
      "policyviolation", False, "554", stage="end of DATA")]))
add("gov-gateway-sender-not-allowed.eml", pf("gov-gateway-sender-not-allowed.eml", [
    R("minister.office@interior.gov.example", "5.7.1", "mx-a.interior.gov.example",
      "553 5.7.1 <programme@icsa2027.example>: Sender address rejected: domain\n    icsa2027.example is not on the ministry's list of approved sender domains",
      "rejected", False, "553", stage="MAIL FROM")]))
add("gov-gateway-ratelimit-delayed.eml", pf("gov-gateway-ratelimit-delayed.eml", [
    R("statistics@census.gov.example", "4.7.0", "inbound.census.gov.example",
      "421 4.7.0 Too many messages from 203.0.113.40 in the last hour; slow down and try later",
      "ratelimited", False, "421", stage="MAIL FROM")], delay=True))
add("gov-gateway-mimecast-size.eml", pf("gov-gateway-mimecast-size.eml", [
    R("science.advice@health.gov.nz.example", "5.3.4", "service-alpha-inbound-a.mimecast.com",
      "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [aBcDeF4gHiJ.au283]",
      "emailtoolarge", False, "554", stage="end of DATA", vendor="mimecast")]))
add("gov-gateway-ironport-dictionary.eml", pf("gov-gateway-ironport-dictionary.eml", [
    R("j.morgan@energy.gov.example", "5.1.0", "esa2.energy.gov.example",
      "550 #5.1.0 Address rejected.", "userunknown", True, "550")]))
add("gov-gateway-system-error-delayed.eml", pf("gov-gateway-system-error-delayed.eml", [
    R("permits@environment.gov.ca.example", "4.3.0", "gw1.environment.gov.ca.example",
      "451 4.3.0 Local error in processing: the message store is unavailable, try again later",
      "systemerror", False, "451", stage="end of DATA")], delay=True))
add("gov-gateway-null-mx.eml", pf("gov-gateway-null-mx.eml", [
    {"addr": "info@archive-commission.gov.example", "status": "5.1.10", "reason": "notaccept", "hard": True,
     "text": "Domain archive-commission.gov.example does not accept mail (nullMX)"}]))
add("gov-gateway-queue-gave-up.eml", pf("gov-gateway-queue-gave-up.eml", [
    {"addr": "library@parliament.gov.example", "status": "4.4.7", "reason": "expired",
     "text": "delivery temporarily suspended: connect to mx.parliament.gov.example[192.0.2.99]:25:\n    Connection refused; message expired after 5 days in the queue"}]))

# ---- auto-replies (leave, sabbatical, moved) ----
add("vacation-sabbatical-en.eml", vac("vacation-sabbatical-en.eml", "h.wexford@history.carrowmore.ac.ie.example",
    "Automatic reply: " + CFP,
    "Thank you for your email. I am on research leave (sabbatical) until 31 August 2027 and\n"
    "will be reading mail only occasionally. For departmental matters please write to\n"
    "history-office@carrowmore.ac.ie.example.\n\nProf. Hugh Wexford\n",
    extra=[]))
add("vacation-elternzeit-de.eml", vac("vacation-elternzeit-de.eml", "c.hoffmann@informatik.uni-saale.de.example",
    "Abwesenheitsnotiz: " + CFP,
    "Vielen Dank fuer Ihre Nachricht. Ich befinde mich bis einschliesslich 28. Februar 2027\n"
    "in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. In dringenden Faellen wenden Sie\n"
    "sich bitte an das Sekretariat: sekretariat@informatik.uni-saale.de.example\n",
    extra=[]))
add("vacation-conge-fr-latin1.eml", vac("vacation-conge-fr-latin1.eml", "m.lefebvre@lab.univ-garonne.fr.example",
    "R\u00e9ponse automatique : absence",
    "Bonjour,\n\nJe suis en cong\u00e9 de recherche jusqu'au 15 janvier 2027 et je n'ai qu'un acc\u00e8s\n"
    "limit\u00e9 \u00e0 ma messagerie. Je vous r\u00e9pondrai d\u00e8s mon retour.\n\nMarie Lefebvre\n",
    charset="iso-8859-1", cte="quoted-printable", extra=[("Precedence", "auto_reply")]))
add("vacation-licencia-es.eml", vac("vacation-licencia-es.eml", "j.quispe@fcien.univ-andina.edu.pe.example",
    "Respuesta autom\u00e1tica: " + CFP,
    "Estimado/a:\n\nMe encuentro de licencia por a\u00f1o sab\u00e1tico hasta marzo de 2027. Su mensaje no\n"
    "ser\u00e1 le\u00eddo hasta mi regreso. Para asuntos urgentes escriba a secretaria@fcien.univ-andina.edu.pe.example\n",
    charset="utf-8", cte="base64", extra=[("X-Autoreply", "yes")]))
add("vacation-ja-shucchou.eml", vac("vacation-ja-shucchou.eml", "k.sato@eng.hokuto-u.ac.jp.example",
    "\u81ea\u52d5\u5fdc\u7b54: \u4e0d\u5728\u306e\u304a\u77e5\u3089\u305b",
    "\u3054\u9023\u7d61\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002\n"
    "12\u67081\u65e5\u304b\u308912\u670810\u65e5\u307e\u3067\u6d77\u5916\u51fa\u5f35\u306e\u305f\u3081\u4e0d\u5728\u306b\u3057\u3066\u304a\u308a\u307e\u3059\u3002\n"
    "\u623b\u308a\u6b21\u7b2c\u3054\u8fd4\u4fe1\u3044\u305f\u3057\u307e\u3059\u3002\n\n\u4f50\u85e4 \u5065\n",
    charset="iso-2022-jp", cte="base64", extra=[]))
add("vacation-left-university-en.eml", vac("vacation-left-university-en.eml", "r.osei@agric.coastal-uni.edu.gh.example",
    "Auto-reply: no longer at Coastal University",
    "Dr Osei has left Coastal University. This mailbox is no longer monitored.\n"
    "Please contact the Department of Agricultural Economics at agecon@coastal-uni.edu.gh.example\n",
    extra=[("Precedence", "bulk")]))
add("vacation-pt-ferias.eml", vac("vacation-pt-ferias.eml", "a.sousa@icb.univ-cerrado.br.example",
    "Resposta autom\u00e1tica: " + CFP,
    "Ol\u00e1,\n\nEstou em f\u00e9rias at\u00e9 6 de janeiro de 2027, sem acesso ao e-mail.\n"
    "Responderei assim que poss\u00edvel.\n\nAna Sousa\n",
    charset="utf-8", cte="quoted-printable", extra=[]))
add("vacation-zh-gb2312.eml", vac("vacation-zh-gb2312.eml", "wang.li@bio.huadong-univ.edu.cn.example",
    "\u81ea\u52a8\u56de\u590d\uff1a\u5047\u671f",
    "\u60a8\u597d\uff0c\u6211\u6b63\u5728\u4f11\u5b66\u672f\u5047\uff0c2027\u5e743\u6708\u8fd4\u56de\u3002\u671f\u95f4\u90ae\u4ef6\u53ef\u80fd\u65e0\u6cd5\u53ca\u65f6\u56de\u590d\u3002\n\n\u738b\u4e3d\n",
    charset="gb2312", cte="base64", extra=[]))

# ---- odd layouts ----
add("exim-dept-relocated-new-address.eml", exim("exim-dept-relocated-new-address.eml", "mail.phil.st-aidan.ac.uk.example", [
    ("t.greaves@phil.st-aidan.ac.uk.example",
     ["551 5.1.6 User has moved; Dr Greaves is now at t.greaves@philosophy.kellaway.ac.uk.example",
      "(mail for the old address is not forwarded)"], "hasmoved", True, "5.1.6", "551")]))
add("exim-dept-relay-not-configured.eml", exim("exim-dept-relay-not-configured.eml", "smtp.bio.pampas-uni.edu.ar.example", [
    ("congresos@bio.pampas-uni.edu.ar.example",
     ["host mx.pampas-uni.edu.ar.example [192.0.2.120]",
      "SMTP error from remote mail server after RCPT TO:<congresos@bio.pampas-uni.edu.ar.example>:",
      "550 relay not permitted: this host is not configured to relay mail for bio.pampas-uni.edu.ar.example"],
     "norelaying", False, "", "550")]))
add("exim-dept-frozen-spool-delayed.eml", exim("exim-dept-frozen-spool-delayed.eml", "mx.math.oslofjord-u.no.example", [
    ("e.berg@math.oslofjord-u.no.example",
     ["Delay reason: mailbox /var/spool/mail/e.berg: write failed: No space left on device (errno=28)"],
     "systemfull", False, "", "")], delay=True))

# ---- near-misses ----


def nb(name, frm, subject, text, charset="us-ascii", cte=None, extra=(), ctype=None):
    date = nextdate()
    host = frm.split("@")[1].rstrip(">")
    heads = [hop(name, "mx.icsa2027.example", "Postfix", date, "mail." + host, "198.51.100.7")] + \
        [("Date", date), ("From", frm), ("To", ORG), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    write(NB, name, mail(heads, ctype or text_part(text, charset, cte)))


nb("nb-ticket-ack-it-servicedesk.eml", "IT Service Desk <servicedesk@it.northfield.edu.example>",
   "[INC0482113] Your request has been received: Undeliverable mail to conference list",
   "Hello,\n\nThank you for contacting the IT Service Desk. Your request INC0482113 has been logged:\n\n"
   "  \"Our call for papers to phd-students@cs.northfield.edu.example came back undeliverable.\"\n\n"
   "An analyst will review it within two working days. Please do not reply to this\n"
   "automatic message; to add information use the portal link below.\n\n"
   "https://servicedesk.northfield.edu.example/ticket/INC0482113\n",
   extra=[("Auto-Submitted", "auto-generated"), ("X-ServiceNow-Generated", "true")])
nb("nb-ticket-resolved-gov.eml", "Department Helpdesk <helpdesk@digital.gov.example>",
   "Case 55120 resolved: mailbox full question",
   "Dear ICSA team,\n\nYour case 55120 (\"why did my invitation to the mailbox of Ms Ruiz bounce as full?\")\n"
   "has been resolved: Ms Ruiz's mailbox quota was increased this morning and mail is\n"
   "being delivered again. If the problem persists, reopen the case.\n\nKind regards,\nDigital Services Helpdesk\n",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-student-reply-interested.eml", "Tomas Varga <t.varga@stud.danube-uni.hu.example>",
   "Re: " + CFP,
   "Dear organisers,\n\nThank you for the call. I am a second-year PhD student; could a student paper\n"
   "of 6 pages be submitted to the short track? My supervisor's mailbox seems to be full,\n"
   "so I am answering for our group.\n\nBest regards,\nTomas Varga\n",
   extra=[("In-Reply-To", mid("cfp", "icsa2027.example"))])
nb("nb-student-reply-wrong-person.eml", "Lea Schmid <lea.schmid@student.alpen-uni.ch.example>",
   "Re: Invitation to review for ICSA 2027",
   "Hello,\n\nI think this invitation reached the wrong person: I am an undergraduate and the\n"
   "L. Schmid you are looking for left the institute last year. I don't have a new address.\n\nLea\n",
   extra=[("In-Reply-To", mid("rev", "icsa2027.example"))])
nb("nb-colleague-has-left.eml", "Prof. Anand Rao <a.rao@cse.deccan-tech.ac.in.example>",
   "Re: Invitation to review for ICSA 2027 - Dr Iyer",
   "Dear Programme Chairs,\n\nYour invitation to Dr Meera Iyer was forwarded to me. Dr Iyer has left our\n"
   "department and joined a company in Bengaluru; her university address will be closed\n"
   "at the end of the month. I would be glad to review in her place.\n\nRegards,\nAnand Rao\n",
   extra=[("In-Reply-To", mid("rev", "icsa2027.example"))])
nb("nb-colleague-deceased.eml", "Department Office <office@geog.highmoor.ac.uk.example>",
   "Re: " + CFP,
   "Dear organisers,\n\nIt is with sadness that we inform you that Professor Alan Pryce passed away in\n"
   "October. Please remove his address from your mailing lists.\n\nGeography Office\n")
nb("nb-list-digest.eml", "agri-econ-l-request@lists.fjord-uni.ac.example",
   "AGRI-ECON-L Digest, Vol 212, Issue 9",
   "Send AGRI-ECON-L mailing list submissions to\n\tagri-econ-l@lists.fjord-uni.ac.example\n\n"
   "Today's Topics:\n\n   1. Re: mail to colleagues at ministries bouncing (K. Lindqvist)\n"
   "   2. CFP: ICSA 2027 (Programme Committee)\n\n"
   "----------------------------------------------------------------------\n\n"
   "Message: 1\nFrom: K. Lindqvist\nSubject: Re: mail to colleagues at ministries bouncing\n\n"
   "Our ministry's gateway returns 'Delivery failure' for anything without a classification\n"
   "label, so put OFFICIAL in the subject when writing to them.\n\n"
   "------------------------------\n\nEnd of AGRI-ECON-L Digest, Vol 212, Issue 9\n",
   extra=[("List-Id", "<agri-econ-l.lists.fjord-uni.ac.example>"), ("Precedence", "list"),
          ("List-Unsubscribe", "<mailto:agri-econ-l-request@lists.fjord-uni.ac.example?subject=unsubscribe>")])
nb("nb-listserv-digest-plain.eml", "LISTSERV@listserv.riverbend.edu.example",
   "SOILSCI-L Digest - 18 Nov 2026 to 19 Nov 2026 (#2026-311)",
   "There are 3 messages totaling 212 lines in this issue.\n\nTopics of the day:\n\n"
   "  1. Returned mail from a .gov address\n  2. ICSA 2027 call for papers\n  3. Sabbatical replacement\n\n"
   "Date:    Wed, 18 Nov 2026 14:02:11 -0600\nFrom:    R. Delgado\nSubject: Returned mail from a .gov address\n\n"
   "Has anyone else had mail to the agriculture ministry returned? Ours came back\n"
   "with 'message size exceeds limit'; 10 MB seems to be their maximum.\n",
   extra=[("Precedence", "list"), ("List-Id", "<SOILSCI-L.LISTSERV.RIVERBEND.EDU.EXAMPLE>")])
nb("nb-it-migration-announcement.eml", "IT Services <it-announce@lakeshore.edu.example>",
   "Mailbox migration to Microsoft 365 this weekend",
   "Dear colleagues,\n\nThis weekend all staff mailboxes move from the on-premises Exchange servers to\n"
   "Microsoft 365. During the move (Saturday 08:00 - Sunday 20:00) incoming mail will be\n"
   "queued and delivered later; senders may receive a delay notification. No mail will\n"
   "be lost. Mailboxes over 50 GB will be moved last.\n\nIT Services\n",
   extra=[("Precedence", "bulk")])
nb("nb-it-alumni-forwarding-ending.eml", "Alumni Relations <alumni-it@brackenridge.edu.example>",
   "Your alumni forwarding address will end on 31 December",
   "Dear graduate,\n\nThe lifetime forwarding service @alumni.brackenridge.edu.example will be retired on\n"
   "31 December 2026. After that date mail to your alumni address will be returned to the\n"
   "sender as undeliverable. Please tell your contacts your current address.\n\nAlumni Relations\n",
   extra=[("Precedence", "bulk")])
nb("nb-it-quota-warning-html.eml", "Mail System <noreply@mail.kamome-u.ac.jp.example>",
   "Your mailbox is almost full (92%)",
   "", ctype=multipart("alternative", [
       text_part("Your mailbox has reached 92% of its 5 GB quota. Delete old messages or\n"
                 "archive them to keep receiving mail.\n"),
       text_part("<p>Your mailbox has reached <b>92%</b> of its 5 GB quota.</p>\n", subtype="html")],
       boundary("nb-it-quota-warning-html.eml")),
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-gov-classification-reminder.eml", "Secure Mail Team <securemail@innovation.gov.uk.example>",
   "Reminder: protective markings on external email",
   "To all external correspondents,\n\nFrom 1 December, mail sent to the department without a protective marking\n"
   "(OFFICIAL or OFFICIAL-SENSITIVE) in the subject line may be held for review.\n"
   "This notice is informational; your recent messages were delivered.\n\nSecure Mail Team\n",
   extra=[("Precedence", "bulk")])
nb("nb-delivery-receipt-read.eml", "J. Quispe <j.quispe@fcien.univ-andina.edu.pe.example>",
   "Read: " + CFP,
   "Your message\n\n  To: j.quispe@fcien.univ-andina.edu.pe.example\n  Subject: " + CFP + "\n\n"
   "was read on Thursday, 19 November 2026 23:40.\n")
nb("nb-committee-member-forward-question.eml", "Dr Sara Benali <s.benali@fsr.univ-atlas.ac.ma.example>",
   "Fwd: Undeliverable: " + REV,
   "Dear chairs,\n\nI tried to invite a sub-reviewer and got the note below. Is her address wrong,\n"
   "or should I write to her department? Thanks, Sara\n\n"
   "---------- Forwarded message ----------\nSubject: Undeliverable: " + REV + "\n\n"
   "(the notice said the address could not be found at the university)\n")
nb("nb-conference-system-reminder.eml", "ICSA 2027 EasyConf <noreply@easyconf.example>",
   "ICSA 2027: 3 review invitations not yet answered",
   "Dear Programme Chair,\n\nThree review invitations have had no answer for 7 days:\n\n"
   "  - m.oduya@alumni.lakeshore.edu.example (invitation bounced? check the address)\n"
   "  - r.kaya@ee.anatolia-tech.edu.tr.example\n  - k.sato@eng.hokuto-u.ac.jp.example\n\n"
   "You can resend invitations from the committee page.\n",
   extra=[("Auto-Submitted", "auto-generated")])
nb("nb-registrar-graduation-notice.eml", "Registrar <registrar@edinvale.ac.uk.example>",
   "Graduation: what happens to your university account",
   "Congratulations on your graduation.\n\nYour student email account remains active for six months and is then deleted.\n"
   "Mail sent to it after deletion will bounce. Set up forwarding or tell contacts your\nnew address.\n",
   extra=[("Precedence", "bulk")])
nb("nb-reviewer-decline-sabbatical.eml", "Prof. Ines Duarte <i.duarte@ciencias.univ-tejo.pt.example>",
   "Re: " + REV,
   "Dear Chairs,\n\nI must decline: I am on sabbatical this year and away from my office mailbox,\n"
   "which is nearly full. Please ask my colleague Dr Pinto instead.\n\nBest wishes,\nInes\n",
   extra=[("In-Reply-To", mid("rev", "icsa2027.example"))])
nb("nb-secretary-contact-update.eml", "Secretariat <segreteria@dima.univ-ligure.it.example>",
   "Re: mail returned for Dr Marchetti",
   "Gentili organizzatori,\n\nil Dr Marchetti non lavora piu presso il nostro dipartimento; vi preghiamo di\n"
   "aggiornare la vostra lista. Il suo nuovo indirizzo non ci e stato comunicato.\n\nSegreteria DIMA\n")
nb("nb-spam-fake-quota.eml", "Webmail Admin <admin@webmail-verify.example>",
   "Mail delivery stopped: mailbox quota exceeded",
   "Your university mailbox has exceeded its quota and incoming messages are being\n"
   "rejected. Click here within 24 hours to validate your account and restore delivery:\n"
   "http://webmail-verify.example/edu/login\n")
nb("nb-mailman-membership-reminder.eml", "phd-students-request@lists.harbourview.edu.example",
   "lists.harbourview.edu.example mailing list memberships reminder",
   "This is a reminder, sent out once a month, about your lists.harbourview.edu.example\n"
   "mailing list memberships. It includes your subscription info and how to use it to\n"
   "change it or unsubscribe from a list.\n\nPasswords for programme@icsa2027.example:\n\n"
   "List                                     Password // URL\n----                                     --------\n"
   "phd-students@lists.harbourview.edu.example  xyzzy\n"
   "http://lists.harbourview.edu.example/mailman/options/phd-students/programme%40icsa2027.example\n",
   extra=[("Precedence", "bulk"), ("X-BeenThere", "mailman@lists.harbourview.edu.example")])

for name, text in FILES.items():
    write(OUT, name, text)
write_expected(os.path.join(OUT, "expected.jsonl"))
