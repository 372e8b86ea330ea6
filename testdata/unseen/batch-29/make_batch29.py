#!/usr/bin/env python3
"""Writes testdata/unseen/batch-29: a mailing-list owner's bounce folder of
the 1998-2012 ISP era (AOL, CompuServe, Prodigy, EarthLink/MindSpring,
Netscape, Excite, Lycos, Juno, old Hotmail and Yahoo, BTinternet, Tiscali,
Wanadoo, Libero, T-Online, BigPond, Shaw, Sympatico) and the MTAs of the
time (Sendmail 8 with and without DSN, qmail, Exim 3/4, Postfix 1/2,
Exchange 5.5/2000/2003, Domino, GroupWise, Critical Path, Openwave,
Mirapoint, VPOP3, Merak, CommuniGate, MS SMTPSVC), ordinary near-miss mail
of that folder in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch29.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dsn_mail, dt, expect, mail, mid,  # noqa: E402
                       multipart, part, plain_mail, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

LISTHOST = "lists.example.org"
LISTIP = "192.0.2.10"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(frm, ip, by, sw, name, date, for_=None):
    f = f"\n\tfor <{for_}>" if for_ else ""
    return f"Received: from {frm} ([{ip}])\n\tby {by} ({sw}) id {qid(name + by, 10)}{f};\n\t{date}"


def post(name, lst, rcpt, subj, date, author="Walt Ferris <wferris@example.net>", body=None, xmailer="QUALCOMM Windows Eudora Version 5.1"):
    """The list post that bounced, as the list server sent it to rcpt."""
    body = body or ("Saw the first pair of bluebirds back at the nest box by the creek this\n"
                    "morning. Anyone else seeing them yet this far north?\n\n-- Walt\n")
    return (f"Received: from {LISTHOST} ([{LISTIP}])\n\tby {LISTHOST} (8.12.11/8.12.11) with ESMTP id {qid(name, 8)}\n"
            f"\tfor <{rcpt}>; {date}\n"
            f"Date: {date}\nFrom: {author}\nTo: {lst}@{LISTHOST}\nSubject: [{lst}] {subj}\n"
            f"Message-ID: {mid(name + '/post', 'example.net')}\nSender: owner-{lst}@{LISTHOST}\n"
            f"Errors-To: owner-{lst}@{LISTHOST}\nPrecedence: bulk\nReply-To: {lst}@{LISTHOST}\n"
            f"X-Mailer: {xmailer}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{body}")


def post_headers(*a, **k):
    return post(*a, **k).split("\n\n", 1)[0] + "\n"


# ---------------------------------------------------------------- Sendmail 8 with DSN

def sendmail_dsn(name, *, date, host, ip, lst, subj, recips, transcript, fatal=True, delay=None,
                 version="8.12.11/8.12.11", returned="message", subject=None):
    """recips: dicts for delivery_status plus 'reason_line'."""
    pdate = date
    head = []
    if delay:
        head.append("    **********************************************\n"
                    "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                    "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                    "    **********************************************\n")
    head.append(f"The original message was received at {pdate}\nfrom {LISTHOST} [{LISTIP}]\n")
    if fatal:
        head.append("   ----- The following addresses had permanent fatal errors -----")
        for r in recips:
            head.append(f"<{r['final']}>\n    (reason: {r['reason_line']})")
        head.append("")
    head.append("   ----- Transcript of session follows -----\n" + transcript)
    text = "\n".join(head)
    orig = post(name, lst, recips[0]["final"], subj, pdate) if returned == "message" else post_headers(name, lst, recips[0]["final"], subj, pdate)
    hops = hop(LISTHOST, LISTIP, host, f"8.12.11/{version.split('/')[0]}", name, date)
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=f"owner-{lst}@{LISTHOST}",
                    subject=subject or ("Warning: could not send message for past 4 hours" if delay else "Returned mail: see transcript for details"),
                    date=date, host=host, hops=hops, text=text,
                    recips=[{k: v for k, v in r.items() if k != "reason_line"} for r in recips],
                    orig=orig, returned=returned, arrival=pdate).replace("Auto-Submitted: auto-replied\n", "")


def sm(name, **k):
    write(OUT, name, sendmail_dsn(name, **k))


# AOL, 2003: the classic capital-letters refusal
d = dt(2003, 4, 11, 6, 2, 17, "-0400")
sm("aol-sendmail-mailbox-not-found.eml", date=d, host=LISTHOST, ip=LISTIP, lst="birders", subj="bluebirds back",
   recips=[{"final": "SwampHawk77@aol.com", "status": "5.1.1", "remote": "mailin-02.mx.aol.com",
            "diag": "SMTP; 550 MAILBOX NOT FOUND", "last": d,
            "reason_line": "550 MAILBOX NOT FOUND"}],
   transcript="... while talking to mailin-02.mx.aol.com.:\n>>> RCPT To:<SwampHawk77@aol.com>\n<<< 550 MAILBOX NOT FOUND\n550 5.1.1 <SwampHawk77@aol.com>... User unknown\n")
expect("aol-sendmail-mailbox-not-found.eml", "SwampHawk77@aol.com", "userunknown", True, "5.1.1", "550", vendor="aol")

d = dt(2004, 2, 19, 14, 40, 2, "-0500")
sm("aol-rly-b1-server-refused.eml", date=d, host=LISTHOST, ip=LISTIP, lst="cycling-talk", subj="century ride sign-up",
   recips=[{"final": "pedalpusher4@aol.com", "status": "5.0.0", "remote": "mailin-04.mx.aol.com",
            "diag": "SMTP; 554- (RLY:B1) The information presently available to AOL indicates this server is transmitting unsolicited e-mail to AOL. Based on AOL's Unsolicited Bulk E-mail policy AOL cannot accept further e-mail transactions from this server.",
            "last": d, "reason_line": "554 - (RLY:B1) The information presently available to AOL indicates this server is transmitting unsolicited e-mail to AOL."}],
   transcript=("... while talking to mailin-04.mx.aol.com.:\n>>> MAIL From:<owner-cycling-talk@lists.example.org>\n"
               "<<< 554- (RLY:B1) The information presently available to AOL indicates this\n"
               "<<< 554- server is transmitting unsolicited e-mail to AOL. Based on AOL's\n"
               "<<< 554- Unsolicited Bulk E-mail policy at http://www.aol.com/info/bulkemail.html\n"
               "<<< 554- AOL cannot accept further e-mail transactions from this server.\n"
               "<<< 554- Please have your ISP/ASP or server admin call AOL at 1-888-212-5537,\n"
               "<<< 554 or visit http://postmaster.info.aol.com for more information.\n"
               "554 5.0.0 Service unavailable\n"))
expect("aol-rly-b1-server-refused.eml", "pedalpusher4@aol.com", "blocked", False, "5.0.0", "554", vendor="aol")

d = dt(2001, 9, 3, 22, 15, 40, "-0400")
sm("earthlink-sendmail-user-unknown.eml", date=d, host=LISTHOST, ip=LISTIP, lst="quilt-l", subj="binding corners",
   recips=[{"final": "grannysquares@earthlink.net", "status": "5.1.1", "remote": "mx3.earthlink.net",
            "diag": "SMTP; 550 <grannysquares@earthlink.net>... User unknown", "last": d,
            "reason_line": "550 5.1.1 <grannysquares@earthlink.net>... User unknown"}],
   transcript="... while talking to mx3.earthlink.net.:\n>>> RCPT To:<grannysquares@earthlink.net>\n<<< 550 <grannysquares@earthlink.net>... User unknown\n550 5.1.1 <grannysquares@earthlink.net>... User unknown\n")
expect("earthlink-sendmail-user-unknown.eml", "grannysquares@earthlink.net", "userunknown", True, "5.1.1", "550", vendor="earthlink")

d = dt(2000, 7, 28, 9, 3, 11, "-0400")
sm("mindspring-sendmail-over-quota.eml", date=d, host=LISTHOST, ip=LISTIP, lst="birders", subj="heron rookery photos",
   recips=[{"final": "kestrel.kay@mindspring.com", "status": "5.2.2", "remote": "mx.mindspring.com",
            "diag": "SMTP; 552 <kestrel.kay@mindspring.com>... Mailbox quota exceeded; user is over the 10MB storage limit",
            "last": d, "reason_line": "552 5.2.2 <kestrel.kay@mindspring.com>... Mailbox quota exceeded; user is over the 10MB storage limit"}],
   transcript=("... while talking to mx.mindspring.com.:\n>>> DATA\n"
               "<<< 552 <kestrel.kay@mindspring.com>... Mailbox quota exceeded; user is over the 10MB storage limit\n"
               "552 5.2.2 <kestrel.kay@mindspring.com>... Mailbox quota exceeded; user is over the 10MB storage limit\n"))
expect("mindspring-sendmail-over-quota.eml", "kestrel.kay@mindspring.com", "mailboxfull", False, "5.2.2", "552", vendor="earthlink")

d = dt(2002, 1, 14, 3, 30, 5, "-0500")
sm("prodigy-sendmail-addressee-unknown.eml", date=d, host=LISTHOST, ip=LISTIP, lst="model-rr", subj="HO scale turnouts",
   recips=[{"final": "trainbuff@prodigy.net", "status": "5.3.0", "remote": "mx.prodigy.net",
            "diag": "SMTP; 553 5.3.0 <trainbuff@prodigy.net>... Addressee unknown, relay=[192.0.2.10]",
            "last": d, "reason_line": "553 5.3.0 <trainbuff@prodigy.net>... Addressee unknown, relay=[192.0.2.10]"}],
   transcript=("... while talking to mx.prodigy.net.:\n>>> RCPT To:<trainbuff@prodigy.net>\n"
               "<<< 553 5.3.0 <trainbuff@prodigy.net>... Addressee unknown, relay=[192.0.2.10]\n"
               "553 5.3.0 <trainbuff@prodigy.net>... Addressee unknown, relay=[192.0.2.10]\n"))
expect("prodigy-sendmail-addressee-unknown.eml", "trainbuff@prodigy.net", "userunknown", True, "5.3.0", "553", vendor="prodigy")

d = dt(2005, 6, 2, 17, 44, 9, "-0400")
sm("juno-sendmail-account-inactive.eml", date=d, host=LISTHOST, ip=LISTIP, lst="quilt-l", subj="Log Cabin block question",
   recips=[{"final": "patchwork.pearl@juno.com", "status": "5.2.1", "remote": "mx.vgs.untd.com",
            "diag": "SMTP; 550 5.2.1 <patchwork.pearl@juno.com>... Account inactive: this mailbox has been deactivated and cannot receive mail",
            "last": d, "reason_line": "550 5.2.1 <patchwork.pearl@juno.com>... Account inactive: this mailbox has been deactivated and cannot receive mail"}],
   transcript=("... while talking to mx.vgs.untd.com.:\n>>> RCPT To:<patchwork.pearl@juno.com>\n"
               "<<< 550 5.2.1 <patchwork.pearl@juno.com>... Account inactive: this mailbox has been deactivated and cannot receive mail\n"
               "550 5.2.1 <patchwork.pearl@juno.com>... Account inactive: this mailbox has been deactivated and cannot receive mail\n"))
expect("juno-sendmail-account-inactive.eml", "patchwork.pearl@juno.com", "suspend", False, "5.2.1", "550", vendor="juno")

d = dt(1999, 11, 8, 12, 1, 55, "-0500")
sm("excite-sendmail-message-too-large.eml", date=d, host=LISTHOST, ip=LISTIP, lst="model-rr", subj="layout photos (attached)",
   recips=[{"final": "caboose_carl@excite.com", "status": "5.3.4", "remote": "mx.excite.com",
            "diag": "SMTP; 552 5.3.4 Message size exceeds fixed maximum message size (2000000 bytes)",
            "last": d, "reason_line": "552 5.3.4 Message size exceeds fixed maximum message size (2000000 bytes)"}],
   transcript=("... while talking to mx.excite.com.:\n>>> MAIL From:<owner-model-rr@lists.example.org> SIZE=3412877\n"
               "<<< 552 5.3.4 Message size exceeds fixed maximum message size (2000000 bytes)\n"
               "554 5.0.0 <caboose_carl@excite.com>... Service unavailable\n"), returned="headers")
expect("excite-sendmail-message-too-large.eml", "caboose_carl@excite.com", "emailtoolarge", False, "5.3.4", "552", vendor="excite")

d = dt(2000, 3, 21, 8, 20, 0, "-0500")
sm("sendmail-host-unknown-typo-domain.eml", date=d, host=LISTHOST, ip=LISTIP, lst="birders", subj="owl prowl saturday",
   recips=[{"final": "marsh.wren@aoll.example", "status": "5.1.2", "diag": "",
            "reason_line": "550 5.1.2 <marsh.wren@aoll.example>... Host unknown (Name server: aoll.example: host not found)"}],
   transcript="550 5.1.2 <marsh.wren@aoll.example>... Host unknown (Name server: aoll.example: host not found)\n")
expect("sendmail-host-unknown-typo-domain.eml", "marsh.wren@aoll.example", "hostunknown", True, "5.1.2", "550")

d = dt(2001, 5, 30, 19, 5, 12, "-0400")
sm("sendmail-relaying-denied-old-forward.eml", date=d, host=LISTHOST, ip=LISTIP, lst="cycling-talk", subj="tubeless tyres?",
   recips=[{"final": "rider@mail.smallisp.example", "status": "5.7.1", "remote": "mail.smallisp.example",
            "diag": "SMTP; 550 5.7.1 <rider@mail.smallisp.example>... Relaying denied", "last": d,
            "reason_line": "550 5.7.1 <rider@mail.smallisp.example>... Relaying denied"}],
   transcript="... while talking to mail.smallisp.example.:\n>>> RCPT To:<rider@mail.smallisp.example>\n<<< 550 5.7.1 <rider@mail.smallisp.example>... Relaying denied\n550 5.7.1 <rider@mail.smallisp.example>... Relaying denied\n")
expect("sendmail-relaying-denied-old-forward.eml", "rider@mail.smallisp.example", "norelaying", False, "5.7.1", "550")

d = dt(2000, 10, 17, 4, 12, 33, "-0400")
sm("sendmail-maps-rbl-refused.eml", date=d, host=LISTHOST, ip=LISTIP, lst="quilt-l", subj="fabric swap",
   recips=[{"final": "threadbare@netcom-west.example", "status": "5.7.1", "remote": "mail.netcom-west.example",
            "diag": "SMTP; 550 5.7.1 Mail from 192.0.2.10 refused by blackhole site rbl.maps.vix.com", "last": d,
            "reason_line": "550 5.7.1 Mail from 192.0.2.10 refused by blackhole site rbl.maps.vix.com"}],
   transcript="... while talking to mail.netcom-west.example.:\n>>> MAIL From:<owner-quilt-l@lists.example.org>\n<<< 550 5.7.1 Mail from 192.0.2.10 refused by blackhole site rbl.maps.vix.com\n554 5.0.0 <threadbare@netcom-west.example>... Service unavailable\n")
expect("sendmail-maps-rbl-refused.eml", "threadbare@netcom-west.example", "blocked", False, "5.7.1", "550")

d = dt(2006, 3, 9, 10, 48, 27, "-0500")
sm("sendmail-procmail-mailer-error.eml", date=d, host="shell.unixbox.example", ip="198.51.100.20", lst="model-rr", subj="DCC decoders",
   recips=[{"final": "hobo@unixbox.example", "status": "5.3.0", "diag": "X-Unix; 73", "reason_line": "554 5.3.0 unknown mailer error 73"}],
   transcript=("procmail: Couldn't create \"/var/mail/hobo\"\nprocmail: Lock failure on \"/var/mail/hobo.lock\"\n"
               "554 5.3.0 <hobo@unixbox.example>... unknown mailer error 73\n"))
expect("sendmail-procmail-mailer-error.eml", "hobo@unixbox.example", "mailererror", False, "5.3.0", "554")

d = dt(2002, 8, 6, 1, 2, 3, "-0400")
sm("sendmail-three-recipients-mixed.eml", date=d, host=LISTHOST, ip=LISTIP, lst="birders", subj="hawk watch totals",
   recips=[{"final": "redtail@univ-bio.example", "status": "5.1.1", "remote": "mailhub.univ-bio.example",
            "diag": "SMTP; 550 5.1.1 <redtail@univ-bio.example>... User unknown", "last": d,
            "reason_line": "550 5.1.1 <redtail@univ-bio.example>... User unknown"},
           {"final": "osprey.olga@univ-bio.example", "status": "5.2.2", "remote": "mailhub.univ-bio.example",
            "diag": "SMTP; 552 5.2.2 <osprey.olga@univ-bio.example>... Mailbox full", "last": d,
            "reason_line": "552 5.2.2 <osprey.olga@univ-bio.example>... Mailbox full"},
           {"final": "merlin@lapsed-domain.example", "status": "5.1.2", "diag": "",
            "reason_line": "550 5.1.2 <merlin@lapsed-domain.example>... Host unknown (Name server: lapsed-domain.example: host not found)"}],
   transcript=("... while talking to mailhub.univ-bio.example.:\n>>> RCPT To:<redtail@univ-bio.example>\n"
               "<<< 550 5.1.1 <redtail@univ-bio.example>... User unknown\n550 5.1.1 <redtail@univ-bio.example>... User unknown\n"
               ">>> RCPT To:<osprey.olga@univ-bio.example>\n<<< 552 5.2.2 <osprey.olga@univ-bio.example>... Mailbox full\n"
               "552 5.2.2 <osprey.olga@univ-bio.example>... Mailbox full\n"
               "550 5.1.2 <merlin@lapsed-domain.example>... Host unknown (Name server: lapsed-domain.example: host not found)\n"))
expect("sendmail-three-recipients-mixed.eml", "redtail@univ-bio.example", "userunknown", True, "5.1.1", "550")
expect("sendmail-three-recipients-mixed.eml", "osprey.olga@univ-bio.example", "mailboxfull", False, "5.2.2", "552")
expect("sendmail-three-recipients-mixed.eml", "merlin@lapsed-domain.example", "hostunknown", True, "5.1.2", "550")

d = dt(2003, 12, 1, 9, 0, 0, "-0500")
sm("sendmail-gaveup-five-days-refused.eml", date=d, host=LISTHOST, ip=LISTIP, lst="cycling-talk", subj="winter trainer advice",
   recips=[{"final": "spokes@homeserver-dsl.example", "status": "4.4.7", "remote": "homeserver-dsl.example",
            "diag": "", "last": d, "reason_line": "Connection refused by homeserver-dsl.example."}],
   transcript=("451 4.4.1 reply: read error from homeserver-dsl.example.\n"
               "<spokes@homeserver-dsl.example>... Deferred: Connection refused by homeserver-dsl.example.\n"
               "Message could not be delivered for 5 days\nMessage will be deleted from queue\n"),
   subject="Returned mail: see transcript for details")
expect("sendmail-gaveup-five-days-refused.eml", "spokes@homeserver-dsl.example", "expired", False, "4.4.7", "")

# delay warnings from Sendmail
d = dt(2004, 7, 15, 16, 5, 0, "-0400")
sm("sendmail-warning-connection-timed-out.eml", date=d, host=LISTHOST, ip=LISTIP, lst="birders", subj="shorebird migration",
   recips=[{"final": "sandpiper@coastal-net.example", "action": "delayed", "status": "4.4.1", "remote": "mail.coastal-net.example",
            "diag": "", "last": d, "will_retry": dt(2004, 7, 20, 12, 5, 0, "-0400")}],
   transcript=("<sandpiper@coastal-net.example>... Deferred: Connection timed out with mail.coastal-net.example.\n"
               "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"),
   fatal=False, delay=True, returned="headers")
expect("sendmail-warning-connection-timed-out.eml", "sandpiper@coastal-net.example", "networkerror", False, "4.4.1", "", action="delayed")

d = dt(2006, 8, 22, 11, 31, 0, "-0400")
sm("aol-sendmail-warning-mailbox-full.eml", date=d, host=LISTHOST, ip=LISTIP, lst="quilt-l", subj="county fair results",
   recips=[{"final": "QuiltinQueen@aol.com", "action": "delayed", "status": "4.2.2", "remote": "mailin-01.mx.aol.com",
            "diag": "SMTP; 452 4.2.2 <QuiltinQueen@aol.com> MAILBOX FULL", "last": d,
            "will_retry": dt(2006, 8, 27, 7, 31, 0, "-0400")}],
   transcript=("... while talking to mailin-01.mx.aol.com.:\n>>> RCPT To:<QuiltinQueen@aol.com>\n"
               "<<< 452 4.2.2 <QuiltinQueen@aol.com> MAILBOX FULL\n<QuiltinQueen@aol.com>... Deferred: 452 4.2.2 <QuiltinQueen@aol.com> MAILBOX FULL\n"
               "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"),
   fatal=False, delay=True, returned="headers")
expect("aol-sendmail-warning-mailbox-full.eml", "QuiltinQueen@aol.com", "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="aol")

d = dt(2007, 1, 29, 5, 16, 0, "+0100")
sm("wanadoo-sendmail-warning-system-resources.eml", date=d, host=LISTHOST, ip=LISTIP, lst="cycling-talk", subj="Paris-Brest-Paris 2007",
   recips=[{"final": "cyclo.bernard@wanadoo.fr", "action": "delayed", "status": "4.3.1", "remote": "smtp-in.wanadoo.fr",
            "diag": "SMTP; 452 4.3.1 Insufficient system storage, try again later", "last": d,
            "will_retry": dt(2007, 2, 3, 1, 16, 0, "+0100")}],
   transcript=("... while talking to smtp-in.wanadoo.fr.:\n>>> MAIL From:<owner-cycling-talk@lists.example.org> SIZE=4120\n"
               "<<< 452 4.3.1 Insufficient system storage, try again later\n"
               "<cyclo.bernard@wanadoo.fr>... Deferred: 452 4.3.1 Insufficient system storage, try again later\n"
               "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"),
   fatal=False, delay=True, returned="headers")
expect("wanadoo-sendmail-warning-system-resources.eml", "cyclo.bernard@wanadoo.fr", "systemfull", False, "4.3.1", "452", action="delayed", vendor="wanadoo")


# ---------------------------------------------------------------- Sendmail without DSN (8.6/8.8 era)

def sendmail_plain(name, *, date, host, lst, subj, rcpt, subject, transcript, version="8.8.8/8.8.8"):
    text = (f"The original message was received at {date}\nfrom {LISTHOST} [{LISTIP}]\n\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n"
            f"   ----- Unsent message follows -----\n" + post(name, lst, rcpt, subj, date))
    return plain_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=f"owner-{lst}@{LISTHOST}",
                      subject=subject, date=date, host=host,
                      hops=hop(LISTHOST, LISTIP, host, version, name, date), text=text, auto=False)


d = dt(1998, 11, 2, 13, 45, 10, "-0500")
write(OUT, "lycos-sendmail88-user-unknown.eml", sendmail_plain(
    "lycos-sendmail88-user-unknown.eml", date=d, host="mail.lycos.com", lst="model-rr", subj="Lionel repair shop",
    rcpt="steamfan@lycos.com", subject="Returned mail: User unknown",
    transcript="550 <steamfan@lycos.com>... User unknown\n"))
expect("lycos-sendmail88-user-unknown.eml", "steamfan@lycos.com", "userunknown", True, "", "550", vendor="lycos")

d = dt(1999, 2, 18, 7, 0, 4, "-0500")
write(OUT, "sendmail86-cannot-send-5-days.eml", sendmail_plain(
    "sendmail86-cannot-send-5-days.eml", date=d, host=LISTHOST, lst="birders", subj="CBC count sheet",
    rcpt="chickadee@rural-bbs.example", subject="Returned mail: Cannot send message for 5 days",
    version="8.6.12/8.6.12",
    transcript=("----- The following addresses had delivery problems -----\n<chickadee@rural-bbs.example>  (unrecoverable error)\n\n"
                "451 <chickadee@rural-bbs.example>... reply: read error from mail.rural-bbs.example.\n"
                "chickadee@rural-bbs.example... Deferred: Connection timed out with mail.rural-bbs.example\n"
                "Message could not be delivered for 5 days\nMessage will be deleted from queue\n")))
expect("sendmail86-cannot-send-5-days.eml", "chickadee@rural-bbs.example", "expired", False, "", "")


# ---------------------------------------------------------------- qmail

def qmail(name, *, date, host, lst, subj, body, rcpt, perm=True):
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"{body}\n--- Below this line is a copy of the message.\n\n" + post(name, lst, rcpt, subj, date))
    hops = (f"Received: (qmail {int(qid(name, 5), 16) % 90000 + 1000} invoked for bounce); {date}")
    return plain_mail(name, frm=f"MAILER-DAEMON@{host}", to=f"owner-{lst}@{LISTHOST}", subject="failure notice",
                      date=date, host=host, hops=hops, text=text, auto=False)


d = dt(2003, 10, 5, 20, 14, 51, "-0000")
write(OUT, "tiscali-qmail-remote-user-unknown.eml", qmail(
    "tiscali-qmail-remote-user-unknown.eml", date=d, host="mail.hostedlists.example", lst="cycling-talk", subj="Dunwich Dynamo",
    rcpt="fixie.fred@tiscali.co.uk",
    body=("<fixie.fred@tiscali.co.uk>:\n192.0.2.77 does not like recipient.\n"
          "Remote host said: 550 5.1.1 <fixie.fred@tiscali.co.uk>... no such user here\nGiving up on 192.0.2.77.\n")))
expect("tiscali-qmail-remote-user-unknown.eml", "fixie.fred@tiscali.co.uk", "userunknown", True, "5.1.1", "550", vendor="tiscali")

d = dt(2004, 4, 4, 8, 8, 8, "-0000")
write(OUT, "qmail-vpopmail-mailfolder-quota.eml", qmail(
    "qmail-vpopmail-mailfolder-quota.eml", date=d, host="mx1.smallhost.example", lst="quilt-l", subj="Sunbonnet Sue pattern",
    rcpt="stitcher@smallhost.example",
    body="<stitcher@smallhost.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n"))
expect("qmail-vpopmail-mailfolder-quota.eml", "stitcher@smallhost.example", "mailboxfull", False, "5.2.2", "")

d = dt(2001, 6, 12, 15, 30, 2, "-0000")
write(OUT, "qmail-best-preference-mx-not-local.eml", qmail(
    "qmail-best-preference-mx-not-local.eml", date=d, host="mail.hostedlists.example", lst="birders", subj="loon survey",
    rcpt="loon.lady@lakeside-cabins.example",
    body=("<loon.lady@lakeside-cabins.example>:\n"
          "Sorry. Although I'm listed as a best-preference MX or A for that host,\n"
          "it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)\n")))
expect("qmail-best-preference-mx-not-local.eml", "loon.lady@lakeside-cabins.example", "networkerror", False, "5.4.6", "")

d = dt(2002, 9, 19, 2, 40, 17, "-0000")
write(OUT, "qmail-remote-size-limit.eml", qmail(
    "qmail-remote-size-limit.eml", date=d, host="mail.hostedlists.example", lst="model-rr", subj="scans of 1952 timetable",
    rcpt="roundhouse@telco-dsl.example",
    body=("<roundhouse@telco-dsl.example>:\n198.51.100.61 failed after I sent the message.\n"
          "Remote host said: 552 message size exceeds fixed maximum message size: 1048576 bytes\n")))
expect("qmail-remote-size-limit.eml", "roundhouse@telco-dsl.example", "emailtoolarge", False, "", "552")

d = dt(2005, 1, 23, 11, 11, 11, "-0000")
write(OUT, "qmail-address-no-longer-accepts-mail.eml", qmail(
    "qmail-address-no-longer-accepts-mail.eml", date=d, host="mx.coop-isp.example", lst="quilt-l", subj="guild meeting moved",
    rcpt="m.haverford@coop-isp.example",
    body="<m.haverford@coop-isp.example>:\nThis address no longer accepts mail: the account has been disabled by the owner. (#5.2.1)\n"))
expect("qmail-address-no-longer-accepts-mail.eml", "m.haverford@coop-isp.example", "suspend", False, "5.2.1", "")

d = dt(2003, 3, 3, 13, 13, 13, "-0000")
write(OUT, "yahoo-qmail-dd-account-disabled.eml", qmail(
    "yahoo-qmail-dd-account-disabled.eml", date=d, host="mail.hostedlists.example", lst="cycling-talk", subj="RAGBRAI roommates",
    rcpt="hill_climber_22@yahoo.com",
    body=("<hill_climber_22@yahoo.com>:\n66.94.237.64 failed after I sent the message.\n"
          "Remote host said: 554 delivery error: dd Sorry your message to hill_climber_22@yahoo.com cannot be delivered. "
          "This account has been disabled or discontinued [#102]. - mta212.mail.re2.yahoo.com\n")))
expect("yahoo-qmail-dd-account-disabled.eml", "hill_climber_22@yahoo.com", "suspend", False, "", "554", vendor="yahoo")


# ---------------------------------------------------------------- Exim 3 and 4

def exim(name, *, date, host, lst, subj, body, rcpt, v4=True, warn=False, copy=True):
    if warn:
        text = ("This message was created automatically by mail delivery software.\n\n"
                f"A message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on {host}.\n\n"
                f"The message identifier is:     1{qid(name, 5)}-000{qid(name, 3)}-00\n"
                f"The subject of the message is: [{lst}] {subj}\nThe date of the message is:    {date}\n\n"
                f"The address to which the message has not yet been delivered is:\n\n{body}\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subject = f"Warning: message 1{qid(name, 5)}-000{qid(name, 3)}-00 delayed 24 hours"
    else:
        intro = ("A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:"
                 if v4 else "A message that you sent could not be delivered to all of its recipients.\nThe following address(es) failed:")
        sep = "------ This is a copy of the message, including all the headers. ------"
        rest = post(name, lst, rcpt, subj, date) if copy else post_headers(name, lst, rcpt, subj, date)
        text = f"This message was created automatically by mail delivery software.\n\n{intro}\n\n{body}\n{sep}\n\n{rest}"
        subject = "Mail delivery failed: returning message to sender"
    sw = "Exim 4.63" if v4 else "Exim 3.36 #1"
    hops = f"Received: from mail by {host} with local (Exim {sw.split()[1]})\n\tid 1{qid(name, 5)}-000{qid(name, 3)}-00\n\tfor owner-{lst}@{LISTHOST}; {date}"
    extra = [("X-Failed-Recipients", rcpt)] if v4 and not warn else []
    return plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to=f"owner-{lst}@{LISTHOST}", subject=subject,
                      date=date, host=host, hops=hops, text=text, extra=extra, auto=v4)


d = dt(2000, 12, 4, 10, 22, 1, "+0100")
write(OUT, "libero-exim3-utente-inesistente.eml", exim(
    "libero-exim3-utente-inesistente.eml", date=d, host=LISTHOST, lst="cycling-talk", subj="Giro photos", rcpt="gregario.luca@libero.it", v4=False,
    body=("  gregario.luca@libero.it:\n    SMTP error from remote mailer after RCPT TO:<gregario.luca@libero.it>:\n"
          "    host smtp-in.libero.it [192.0.2.140]: 550 5.1.1 <gregario.luca@libero.it>: utente inesistente / user does not exist\n")))
expect("libero-exim3-utente-inesistente.eml", "gregario.luca@libero.it", "userunknown", True, "5.1.1", "550", vendor="libero")

d = dt(2008, 5, 14, 9, 9, 40, "+0100")
write(OUT, "btinternet-exim4-mailbox-size-limit.eml", exim(
    "btinternet-exim4-mailbox-size-limit.eml", date=d, host=LISTHOST, lst="birders", subj="Minsmere trip report", rcpt="avocet.annie@btinternet.com",
    body=("  avocet.annie@btinternet.com\n    SMTP error from remote mail server after RCPT TO:<avocet.annie@btinternet.com>:\n"
          "    host mx1.bt.mail.yahoo.com [192.0.2.150]: 552 5.2.2 Mailbox size limit exceeded\n")))
expect("btinternet-exim4-mailbox-size-limit.eml", "avocet.annie@btinternet.com", "mailboxfull", False, "5.2.2", "552", vendor="btinternet")

d = dt(2007, 11, 11, 23, 5, 5, "+0000")
write(OUT, "exim4-unrouteable-typo-domain.eml", exim(
    "exim4-unrouteable-typo-domain.eml", date=d, host=LISTHOST, lst="quilt-l", subj="Christmas swap list", rcpt="appliquemaggie@hotmial.example",
    body="  appliquemaggie@hotmial.example\n    Unrouteable address\n"))
expect("exim4-unrouteable-typo-domain.eml", "appliquemaggie@hotmial.example", "hostunknown", True, "", "")

d = dt(2005, 9, 9, 12, 0, 31, "+0000")
write(OUT, "hotmail-exim4-exceeded-storage.eml", exim(
    "hotmail-exim4-exceeded-storage.eml", date=d, host=LISTHOST, lst="model-rr", subj="O gauge swap meet", rcpt="brakeman_bob@hotmail.com",
    body=("  brakeman_bob@hotmail.com\n    SMTP error from remote mail server after end of data:\n"
          "    host mx2.hotmail.com [192.0.2.160]: 552 Requested action aborted: exceeded storage allocation\n")))
expect("hotmail-exim4-exceeded-storage.eml", "brakeman_bob@hotmail.com", "mailboxfull", False, "", "552", vendor="hotmail")

d = dt(2004, 6, 1, 7, 7, 7, "+0000")
write(OUT, "exim4-spamassassin-rejected.eml", exim(
    "exim4-spamassassin-rejected.eml", date=d, host=LISTHOST, lst="cycling-talk", subj="FREE saddle to good home", rcpt="tandem.tom@uni-leeds.example",
    body=("  tandem.tom@uni-leeds.example\n    SMTP error from remote mailer after end of data:\n"
          "    host mx.uni-leeds.example [198.51.100.90]: 550 Rejected: message scored 8.4 points by SpamAssassin, considered junk mail\n")))
expect("exim4-spamassassin-rejected.eml", "tandem.tom@uni-leeds.example", "spamdetected", False, "", "550")

d = dt(2006, 2, 2, 18, 30, 0, "+0000")
write(OUT, "exim4-too-many-received-loop.eml", exim(
    "exim4-too-many-received-loop.eml", date=d, host="mail.forwarder.example", lst="birders", subj="gull ID help", rcpt="gullwatcher@forwarder.example",
    body="  gullwatcher@forwarder.example\n    Too many \"Received\" headers - suspected mail loop\n"))
expect("exim4-too-many-received-loop.eml", "gullwatcher@forwarder.example", "networkerror", False, "", "")

d = dt(2009, 3, 17, 6, 0, 0, "-0800")
write(OUT, "shaw-exim4-warning-too-many-connections.eml", exim(
    "shaw-exim4-warning-too-many-connections.eml", date=d, host=LISTHOST, lst="cycling-talk", subj="Tour de Victoria", rcpt="ride.on.rene@shaw.ca", warn=True,
    body=("  ride.on.rene@shaw.ca\n    host mx.shaw.ca [192.0.2.170]: 421 4.7.0 Too many concurrent connections from this IP; try again later\n")))
expect("shaw-exim4-warning-too-many-connections.eml", "ride.on.rene@shaw.ca", "ratelimited", False, "4.7.0", "421", action="delayed", vendor="shaw")

d = dt(2010, 10, 20, 14, 15, 16, "+0000")
write(OUT, "exim4-local-maildir-quota-retry.eml", exim(
    "exim4-local-maildir-quota-retry.eml", date=d, host="mail.villagenet.example", lst="quilt-l", subj="raffle quilt tickets", rcpt="hexagons@villagenet.example",
    body="  hexagons@villagenet.example\n    mailbox is full: retry timeout exceeded\n"))
expect("exim4-local-maildir-quota-retry.eml", "hexagons@villagenet.example", "mailboxfull", False, "", "")


# ---------------------------------------------------------------- Postfix 1 / 2

def postfix(name, *, date, host, lst, subj, text_line, recips, delay=False, version="2.2.10"):
    if delay:
        text = (f"This is the Postfix program at host {host}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\n"
                "For further assistance, please send mail to <postmaster>\n\n"
                f"\t\t\tThe Postfix program\n\n{text_line}\n")
        subject = "Delayed Mail (still being retried)"
    else:
        text = (f"This is the Postfix program at host {host}.\n\n"
                "I'm sorry to have to inform you that your message could not be\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to <postmaster>\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                f"\t\t\tThe Postfix program\n\n{text_line}\n")
        subject = "Undelivered Mail Returned to Sender"
    bnd = boundary(name)
    rc = recips[0]["final"]
    parts = [part("text/plain; charset=us-ascii", text, cte=None, extra="Content-Description: Notification"),
             delivery_status(host, recips, date).replace("Content-Type", "Content-Description: Delivery report\nContent-Type", 1),
             part("message/rfc822", post(name, lst, rc, subj, date) if not delay else post_headers(name, lst, rc, subj, date), cte=None,
                  extra="Content-Description: Undelivered Message")]
    if delay:
        parts[2] = part("text/rfc822-headers", post_headers(name, lst, rc, subj, date), cte=None, extra="Content-Description: Undelivered Message Headers")
    heads = [f"Received: by {host} (Postfix)\n\tid {qid(name, 10)}; {date}", ("Date", date),
             ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"), ("To", f"owner-{lst}@{LISTHOST}"),
             ("Subject", subject), ("Message-Id", f"<{date[5:16].replace(' ', '')}{qid(name, 6)}.{qid(name, 10)}@{host}>")]
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))


def pf(name, **k):
    write(OUT, name, postfix(name, **k))


d = dt(2006, 4, 25, 8, 44, 2, "+0200")
pf("wanadoo-postfix-adresse-invalide.eml", date=d, host=LISTHOST, lst="cycling-talk", subj="cols des Alpes",
   text_line="<velo.marie@wanadoo.fr>: host smtp-in.wanadoo.fr[192.0.2.180] said: 550\n    5.1.1 <velo.marie@wanadoo.fr>: Adresse d au moins un destinataire invalide.\n    Invalid recipient. 416 (in reply to RCPT TO command)",
   recips=[{"final": "velo.marie@wanadoo.fr", "original": "velo.marie@wanadoo.fr", "status": "5.1.1", "remote": "smtp-in.wanadoo.fr",
            "diag": "SMTP; 550 5.1.1 <velo.marie@wanadoo.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. 416"}])
expect("wanadoo-postfix-adresse-invalide.eml", "velo.marie@wanadoo.fr", "userunknown", True, "5.1.1", "550", vendor="wanadoo")

d = dt(2007, 2, 12, 21, 2, 2, "+0100")
pf("wanadoo-postfix-boite-pleine.eml", date=d, host=LISTHOST, lst="birders", subj="grues cendrees au lac du Der",
   text_line="<ornitho.paul@wanadoo.fr>: host smtp-in.wanadoo.fr[192.0.2.181] said: 552\n    5.2.2 <ornitho.paul@wanadoo.fr>: Boite du destinataire pleine. Recipient\n    overquota. 421 (in reply to RCPT TO command)",
   recips=[{"final": "ornitho.paul@wanadoo.fr", "status": "5.2.2", "remote": "smtp-in.wanadoo.fr",
            "diag": "SMTP; 552 5.2.2 <ornitho.paul@wanadoo.fr>: Boite du destinataire pleine. Recipient overquota. 421"}])
expect("wanadoo-postfix-boite-pleine.eml", "ornitho.paul@wanadoo.fr", "mailboxfull", False, "5.2.2", "552", vendor="wanadoo")

d = dt(2008, 9, 30, 10, 10, 10, "+0200")
pf("t-online-postfix-ip-sperrliste.eml", date=d, host=LISTHOST, lst="model-rr", subj="Maerklin Spur H0 Tausch",
   text_line="<modellbahner.kurt@t-online.de>: host mx00.t-online.de[192.0.2.190] refused\n    to talk to me: 554 IP=192.0.2.10 - Ihre IP-Adresse ist gesperrt / your IP address\n    is blocked. Bitte wenden Sie sich an Ihren Postmaster",
   recips=[{"final": "modellbahner.kurt@t-online.de", "status": "5.0.0", "remote": "mx00.t-online.de",
            "diag": "SMTP; 554 IP=192.0.2.10 - Ihre IP-Adresse ist gesperrt / your IP address is blocked. Bitte wenden Sie sich an Ihren Postmaster"}])
expect("t-online-postfix-ip-sperrliste.eml", "modellbahner.kurt@t-online.de", "blocked", False, "5.0.0", "554", vendor="t-online")

d = dt(2005, 12, 6, 19, 19, 19, "+0100")
pf("libero-postfix-utente-disabilitato.eml", date=d, host=LISTHOST, lst="cycling-talk", subj="Eroica iscrizioni",
   text_line="<ciclista.anna@libero.it>: host smtp-in.libero.it[192.0.2.141] said: 550 5.2.1\n    <ciclista.anna@libero.it>: casella disabilitata / mailbox disabled (in reply to RCPT TO command)",
   recips=[{"final": "ciclista.anna@libero.it", "status": "5.2.1", "remote": "smtp-in.libero.it",
            "diag": "SMTP; 550 5.2.1 <ciclista.anna@libero.it>: casella disabilitata / mailbox disabled"}])
expect("libero-postfix-utente-disabilitato.eml", "ciclista.anna@libero.it", "suspend", False, "5.2.1", "550", vendor="libero")

d = dt(2004, 11, 2, 3, 3, 3, "-0700")
pf("shaw-postfix-sbl-xbl-blocked.eml", date=d, host=LISTHOST, lst="birders", subj="snowy owl at the airport",
   text_line="<prairie.falcon@shaw.ca>: host mx.shaw.ca[192.0.2.171] said: 554 5.7.1\n    Service unavailable; Client host [192.0.2.10] blocked using sbl-xbl.spamhaus.org (in\n    reply to RCPT TO command)",
   recips=[{"final": "prairie.falcon@shaw.ca", "status": "5.7.1", "remote": "mx.shaw.ca",
            "diag": "SMTP; 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using sbl-xbl.spamhaus.org"}])
expect("shaw-postfix-sbl-xbl-blocked.eml", "prairie.falcon@shaw.ca", "blocked", False, "5.7.1", "554", vendor="shaw")

d = dt(2009, 8, 8, 8, 48, 0, "-0400")
pf("sympatico-postfix-delayed-timed-out.eml", date=d, host=LISTHOST, lst="quilt-l", subj="Ottawa quilt show", delay=True,
   text_line="<maple.leaf.quilts@sympatico.ca>: connect to mx.sympatico.ca[192.0.2.200]: Connection\n    timed out",
   recips=[{"final": "maple.leaf.quilts@sympatico.ca", "action": "delayed", "status": "4.4.1", "remote": "mx.sympatico.ca",
            "diag": "X-Postfix; connect to mx.sympatico.ca[192.0.2.200]: Connection timed out", "will_retry": dt(2009, 8, 13, 4, 48, 0, "-0400")}])
expect("sympatico-postfix-delayed-timed-out.eml", "maple.leaf.quilts@sympatico.ca", "networkerror", False, "4.4.1", "", action="delayed", vendor="sympatico")

d = dt(2002, 5, 5, 5, 5, 5, "+1000")
pf("bigpond-postfix1-invalid-recipient.eml", date=d, host=LISTHOST, lst="birders", subj="lyrebird recordings", version="1.1.11",
   text_line="<kookaburra.kev@bigpond.com>: host mx1.bigpond.com[192.0.2.210] said: 550\n    Invalid recipient: <kookaburra.kev@bigpond.com>",
   recips=[{"final": "kookaburra.kev@bigpond.com", "status": "5.0.0", "diag": "smtp; 550 Invalid recipient: <kookaburra.kev@bigpond.com>"}])
expect("bigpond-postfix1-invalid-recipient.eml", "kookaburra.kev@bigpond.com", "userunknown", True, "5.0.0", "550", vendor="bigpond")

d = dt(2011, 1, 18, 12, 40, 0, "+0100")
pf("postfix2-local-unknown-alias-two.eml", date=d, host="mail.club-velo.example", lst="cycling-talk", subj="winter base miles",
   text_line=("<treasurer@club-velo.example>: unknown user: \"treasurer\"\n\n"
              "<secretary@club-velo.example> (expanded from <board@club-velo.example>): cannot\n    update mailbox /var/mail/secretary for user secretary. error writing\n    message: File too large"),
   recips=[{"final": "treasurer@club-velo.example", "status": "5.1.1", "diag": "X-Postfix; unknown user: \"treasurer\""},
           {"final": "secretary@club-velo.example", "original": "board@club-velo.example", "status": "5.2.2",
            "diag": "X-Postfix; cannot update mailbox /var/mail/secretary for user secretary. error writing message: File too large"}])
expect("postfix2-local-unknown-alias-two.eml", "treasurer@club-velo.example", "userunknown", True, "5.1.1", "")
expect("postfix2-local-unknown-alias-two.eml", "secretary@club-velo.example", "mailboxfull", False, "5.2.2", "")


# ---------------------------------------------------------------- Exchange 5.5 (plain text, MTS-ID)

def exch55(name, *, date, lst, subj, rcpt, lines, host="EXCH01", org="Acme", site="HQ", sent=None, dom="acme-mfg.example"):
    sent = sent or date
    text = (f"Your message\n\n  To:      {lst}@{LISTHOST}\n  Subject: [{lst}] {subj}\n  Sent:    {sent}\n\n"
            f"did not reach the following recipient(s):\n\n{rcpt} on {date}\n{lines}\n"
            f"\tThe MTS-ID of the original message is: c=US;a= ;p={org};l={host}-{qid(name, 12)}\n")
    bnd = boundary(name)
    body = multipart("mixed", [text_part(text), part("message/rfc822", post(name, lst, rcpt, subj, sent), cte=None)], bnd)
    heads = [f"Received: by {host.lower()}.{dom} with Internet Mail Service (5.5.2653.19)\n\tid <{qid(name, 8)}>; {date}",
             ("Message-ID", mid(name, f"{host.lower()}.{dom}")), ("From", f"System Administrator <postmaster@{dom}>"),
             ("To", f"owner-{lst}@{LISTHOST}"), ("Subject", f"Undeliverable: [{lst}] {subj}"), ("Date", date),
             ("X-MS-Embedded-Report", ""), ("X-Mailer", "Internet Mail Service (5.5.2653.19)")]
    return mail(heads, body)


d = dt(2000, 3, 14, 10, 12, 0, "-0500")
write(OUT, "exchange55-recipient-not-recognized.eml", exch55(
    "exchange55-recipient-not-recognized.eml", date=d, lst="model-rr", subj="narrow gauge in Colorado", rcpt="JDOUGLAS@acme-mfg.example",
    lines="\tThe recipient name is not recognized\n\tMSEXCH:IMS:Acme:HQ:EXCH01 0 (000C05A6) Unknown Recipient"))
expect("exchange55-recipient-not-recognized.eml", "JDOUGLAS@acme-mfg.example", "userunknown", True, "", "")

d = dt(2001, 1, 9, 16, 30, 0, "-0600")
write(OUT, "exchange55-could-not-deliver-time-limit.eml", exch55(
    "exchange55-could-not-deliver-time-limit.eml", date=d, lst="birders", subj="eagle days at the lock and dam", rcpt="rhartley@grainco-ia.example",
    org="GrainCo", site="DesMoines", host="DSMEX2", dom="grainco-ia.example", sent=dt(2001, 1, 7, 16, 20, 0, "-0600"),
    lines=("\tCould not deliver the message in the time limit specified.  Please retry or contact your administrator.\n"
           "\tMSEXCH:IMS:GrainCo:DesMoines:DSMEX2 0 (000C05A6) Message expired")))
expect("exchange55-could-not-deliver-time-limit.eml", "rhartley@grainco-ia.example", "expired", False, "", "")

d = dt(1999, 6, 24, 11, 0, 0, "-0400")
write(OUT, "exchange55-recipient-mailbox-full.eml", exch55(
    "exchange55-recipient-mailbox-full.eml", date=d, lst="quilt-l", subj="Baltimore Album class", rcpt="DWEBER@county-gov.example",
    org="CountyGov", site="Annex", host="ANNEXMAIL", dom="county-gov.example",
    lines=("\tThe message store has exceeded its quota limit for this recipient's mailbox; the mailbox is full\n"
           "\tMSEXCH:MSExchangeMTA:CountyGov:ANNEXMAIL")))
expect("exchange55-recipient-mailbox-full.eml", "DWEBER@county-gov.example", "mailboxfull", False, "", "")


# ---------------------------------------------------------------- Exchange 2000 / 2003 and MS SMTPSVC (DSN)

def exch2003(name, *, date, lst, subj, rcpt, para, code, status, diag="", dom, host, delayed=False, smtpsvc=False, remote=None):
    if smtpsvc:
        text = ("This is an automatically generated Delivery Status Notification.\n\n"
                + ("THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                   f"Delivery to the following recipients has been delayed.\n\n       {rcpt}\n" if delayed else
                   f"Delivery to the following recipients failed.\n\n       {rcpt}\n"))
        subject = ("Delivery Status Notification (Delay)" if delayed else "Delivery Status Notification (Failure)")
        frm = f"postmaster@{host}"
    else:
        text = (f"Your message did not reach some or all of the intended recipients.\n\n"
                f"      Subject:\t[{lst}] {subj}\n      Sent:\t{date}\n\n"
                f"The following recipient(s) could not be reached:\n\n      {rcpt} on {date}\n"
                f"            {para}\n            <{host} #{code}>\n")
        subject = f"Undeliverable: [{lst}] {subj}"
        frm = f"System Administrator <postmaster@{dom}>"
    r = {"final": rcpt, "status": status, "action": "delayed" if delayed else "failed"}
    if diag:
        r["diag"] = diag
    if remote:
        r["remote"] = remote
    hops = (f"Received: from {host} ([198.51.100.{int(qid(name, 2), 16) % 200 + 20}]) by {host} with Microsoft SMTPSVC(6.0.3790.3959);\n\t {date}")
    out = dsn_mail(name, frm=frm, to=f"owner-{lst}@{LISTHOST}", subject=subject, date=date, host=host, hops=hops, text=text,
                   recips=[r], orig=post_headers(name, lst, rcpt, subj, date) if delayed else post(name, lst, rcpt, subj, date),
                   returned="headers" if delayed else "message", arrival=date)
    out = out.replace("Diagnostic-Code: smtp; smtp;", "Diagnostic-Code: smtp;")
    return out.replace("Auto-Submitted: auto-replied\n", "X-MimeOLE: Produced By Microsoft Exchange V6.5\n" if not smtpsvc else "")


d = dt(2004, 3, 10, 9, 41, 0, "-0500")
write(OUT, "exchange2003-account-does-not-exist.eml", exch2003(
    "exchange2003-account-does-not-exist.eml", date=d, lst="cycling-talk", subj="spring tune-up clinic", rcpt="dlamb@lawfirm-llp.example",
    para=("The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address."),
    code="5.1.1", status="5.1.1", diag="smtp;550 5.1.1 User unknown", dom="lawfirm-llp.example", host="MAIL1.lawfirm-llp.example"))
expect("exchange2003-account-does-not-exist.eml", "dlamb@lawfirm-llp.example", "userunknown", True, "5.1.1", "550")

d = dt(2003, 8, 19, 13, 5, 0, "-0700")
write(OUT, "exchange2003-unable-to-relay.eml", exch2003(
    "exchange2003-unable-to-relay.eml", date=d, lst="birders", subj="condor release", rcpt="condor.carl@partner-firm.example",
    para="You do not have permission to send to this recipient.  For assistance, contact your system administrator.",
    code="5.7.1 smtp;550 5.7.1 Unable to relay for condor.carl@partner-firm.example", status="5.7.1",
    diag="smtp;550 5.7.1 Unable to relay for condor.carl@partner-firm.example", dom="partner-firm.example", host="EXFE01.partner-firm.example"))
expect("exchange2003-unable-to-relay.eml", "condor.carl@partner-firm.example", "norelaying", False, "5.7.1", "550")

d = dt(2005, 5, 25, 8, 0, 0, "-0400")
write(OUT, "exchange2003-destination-not-in-dns.eml", exch2003(
    "exchange2003-destination-not-in-dns.eml", date=d, lst="quilt-l", subj="Amish quilt exhibit", rcpt="ruth.yoder@closed-shop.example",
    para=("The destination server for this recipient could not be found in Domain Name Service (DNS).  Please verify the e-mail address and retry.  If that fails, contact your system administrator."),
    code="5.4.0", status="5.4.0", dom="county-library.example", host="LIBMAIL.county-library.example"))
expect("exchange2003-destination-not-in-dns.eml", "ruth.yoder@closed-shop.example", "hostunknown", True, "5.4.0", "")

d = dt(2006, 10, 3, 15, 0, 0, "-0400")
write(OUT, "exchange2003-delay-temporary-problem.eml", exch2003(
    "exchange2003-delay-temporary-problem.eml", date=d, lst="model-rr", subj="NMRA convention rooms", rcpt="ops@hobbyshop-online.example",
    para="", code="", status="4.3.0", diag="smtp;451 4.3.0 Temporary local problem in processing; please try again later",
    remote="mail.hobbyshop-online.example",
    dom="hobbyshop-online.example", host="EXBH01.lists-relay.example", delayed=True, smtpsvc=True))
expect("exchange2003-delay-temporary-problem.eml", "ops@hobbyshop-online.example", "systemerror", False, "4.3.0", "451", action="delayed")

d = dt(2002, 2, 26, 10, 10, 0, "-0800")
write(OUT, "hotmail-smtpsvc-mailbox-unavailable.eml", exch2003(
    "hotmail-smtpsvc-mailbox-unavailable.eml", date=d, lst="birders", subj="hummingbird feeders", rcpt="rubythroat1998@hotmail.com",
    para="", code="", status="5.0.0", diag="smtp;550 Requested action not taken: mailbox unavailable", remote="mx1.hotmail.com",
    dom="lists-relay.example", host="RELAY2.lists-relay.example", smtpsvc=True))
expect("hotmail-smtpsvc-mailbox-unavailable.eml", "rubythroat1998@hotmail.com", "userunknown", True, "5.0.0", "550", vendor="hotmail")

d = dt(2003, 7, 7, 7, 30, 0, "-0700")
write(OUT, "yahoo-smtpsvc-dd-no-account.eml", exch2003(
    "yahoo-smtpsvc-dd-no-account.eml", date=d, lst="cycling-talk", subj="STP registration", rcpt="roadie_rachel@yahoo.com",
    para="", code="", status="5.0.0",
    diag="smtp;554 delivery error: dd This user doesn't have a yahoo.com account (roadie_rachel@yahoo.com) [0] - mta141.mail.re4.yahoo.com",
    remote="mx2.mail.yahoo.com", dom="lists-relay.example", host="RELAY2.lists-relay.example", smtpsvc=True))
expect("yahoo-smtpsvc-dd-no-account.eml", "roadie_rachel@yahoo.com", "userunknown", True, "5.0.0", "554", vendor="yahoo")


# ---------------------------------------------------------------- Lotus Domino

def domino(name, *, date, lst, subj, rcpt, because, dom, server, subject, release="6.5.4|March 27, 2005"):
    text = (f"Your message\n\n  Subject: [{lst}] {subj}\n\nwas not delivered to:\n\n  {rcpt}\n\nbecause:\n\n  {because}\n")
    host = f"{server.lower()}.{dom}"
    hops = f"Received: from {host} ([198.51.100.40])\n\tby {host} (Lotus Domino Release {release.split('|')[0]})\n\twith ESMTP id 2005{qid(name, 10)} ;\n\t{date}"
    r = {"final": rcpt, "status": "5.0.0"}
    bnd = boundary(name)
    parts = [text_part(text), delivery_status(host, [r], date), part("message/rfc822", post(name, lst, rcpt, subj, date), cte=None)]
    heads = [hops, ("Date", date), ("From", f"Postmaster@{dom}"), ("To", f"owner-{lst}@{LISTHOST}"),
             ("Subject", f"DELIVERY FAILURE: {subject}"),
             ("Message-ID", f"<OF{qid(name, 8)}.{qid(name + 'x', 8)}-ON{qid(name + 'y', 8)}@{dom}>"),
             ("X-MIMETrack", f"Serialize by Router on {server}/{dom.split('.')[0].upper()}(Release {release}) at\n {date[5:]}")]
    return mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;"))


d = dt(2005, 11, 21, 14, 2, 0, "+1100")
write(OUT, "bigpond-domino6-smtp-permanent-error.eml", domino(
    "bigpond-domino6-smtp-permanent-error.eml", date=d, lst="birders", subj="black cockatoos at the dam", rcpt="currawong@bigpond.com",
    because="Error transferring to mx1.bigpond.com; SMTP Protocol Returned a Permanent Error 550 5.1.1 <currawong@bigpond.com>... No such user",
    dom="shire-council.example", server="NSWMAIL01", subject="Error transferring to mx1.bigpond.com; SMTP Protocol Returned a Permanent Error 550"))
expect("bigpond-domino6-smtp-permanent-error.eml", "currawong@bigpond.com", "userunknown", True, "5.0.0", "550", vendor="bigpond")

d = dt(2007, 4, 2, 9, 15, 0, "-0400")
write(OUT, "domino7-mail-file-over-quota.eml", domino(
    "domino7-mail-file-over-quota.eml", date=d, lst="quilt-l", subj="Dear Jane blocks", rcpt="Helen.Pryce@insurer-group.example",
    because="Unable to deliver the message: the recipient's mail file has exceeded its size quota. The user must delete documents before new mail can be received.",
    dom="insurer-group.example", server="HUB02", subject="User's mail file is over quota",
    release="7.0.2|September 26, 2006"))
expect("domino7-mail-file-over-quota.eml", "Helen.Pryce@insurer-group.example", "mailboxfull", False, "5.0.0", "")


# ---------------------------------------------------------------- Novell GroupWise (GWIA)

def gw(name, *, date, lst, subj, rcpt, text, status, diag, dom, delayed=False):
    host = f"gwia.{dom}"
    hops = f"Received: from GWDOM-MTA by {host}\n\twith Novell_GroupWise; {date}"
    r = {"final": rcpt, "status": status, "action": "delayed" if delayed else "failed", "diag": diag}
    out = dsn_mail(name, frm=f"Mail Delivery System <postmaster@{dom}>", to=f"owner-{lst}@{LISTHOST}",
                   subject=("Message status - delayed" if delayed else "Message status - undeliverable"), date=date, host=host, hops=hops,
                   text=text, recips=[r], orig=post_headers(name, lst, rcpt, subj, date), arrival=date,
                   extra=[("X-Mailer", "Novell GroupWise Internet Agent 7.0.2")])
    return out.replace("Auto-Submitted: auto-replied\n", "")


d = dt(2006, 9, 12, 10, 30, 0, "-0600")
write(OUT, "groupwise7-mailbox-over-limit.eml", gw(
    "groupwise7-mailbox-over-limit.eml", date=d, lst="cycling-talk", subj="Moab fat tire week", rcpt="kjensen@schooldistrict-ut.example",
    text=("The message that you sent was not delivered to the following recipient:\n\n   kjensen@schooldistrict-ut.example\n\n"
          "Reason: the recipient's mailbox has exceeded its size limit and cannot accept new messages.\n"),
    status="5.2.2", diag="X-GroupWise; mailbox size limit exceeded", dom="schooldistrict-ut.example"))
expect("groupwise7-mailbox-over-limit.eml", "kjensen@schooldistrict-ut.example", "mailboxfull", False, "5.2.2", "")

d = dt(2008, 1, 22, 7, 45, 0, "-0500")
write(OUT, "groupwise6-delayed-host-not-responding.eml", gw(
    "groupwise6-delayed-host-not-responding.eml", date=d, lst="birders", subj="winter finch forecast", rcpt="pmorrow@rural-coop.example",
    text=("This is a delivery status notification. Your message has been delayed; delivery will be retried.\n\n"
          "   pmorrow@rural-coop.example\n\nThe remote host mail.rural-coop.example is not responding. The GWIA will keep trying for 4 more days.\n"),
    status="4.4.1", diag="X-GroupWise; remote host mail.rural-coop.example not responding", dom="state-agency.example", delayed=True))
expect("groupwise6-delayed-host-not-responding.eml", "pmorrow@rural-coop.example", "networkerror", False, "4.4.1", "", action="delayed")


# ---------------------------------------------------------------- CommuniGate Pro

def cgp(name, *, date, lst, subj, rcpt, report, host):
    text = f"Failed to deliver to '<{rcpt}>'\n{report}\n"
    bnd = boundary(name)
    body = multipart("mixed", [text_part(text), part("message/rfc822", post(name, lst, rcpt, subj, date), cte=None)], bnd)
    heads = [f"Received: from [{LISTIP}] (HELO {LISTHOST})\n\tby {host} (CommuniGate Pro SMTP 5.1.16)\n\twith ESMTP id {int(qid(name, 6), 16)}; {date}",
             ("Date", date), ("From", f"MAILER-DAEMON@{host}"), ("To", f"owner-{lst}@{LISTHOST}"),
             ("Subject", f"Undeliverable mail: [{lst}] {subj}"), ("Message-ID", f"<{qid(name, 8)}@{host}>"), ("X-Autogenerated", "Mirror")]
    return mail(heads, body)


d = dt(2007, 6, 6, 18, 0, 0, "+0200")
write(OUT, "communigate-local-account-full.eml", cgp(
    "communigate-local-account-full.eml", date=d, lst="cycling-talk", subj="Dolomites route", rcpt="berg.fahrer@alpenhof.example",
    report="LOCAL module(account berg.fahrer) reports:\n account is full (quota exceeded)", host="mail.alpenhof.example"))
expect("communigate-local-account-full.eml", "berg.fahrer@alpenhof.example", "mailboxfull", False, "", "")

d = dt(2008, 2, 14, 10, 0, 0, "+0300")
write(OUT, "communigate-smtp-unknown-account.eml", cgp(
    "communigate-smtp-unknown-account.eml", date=d, lst="birders", subj="waxwings in town", rcpt="ptitsa@kompaniya-net.example",
    report=("SMTP module(domain kompaniya-net.example) reports:\n host mx.kompaniya-net.example [198.51.100.70] says:\n"
            "  550 <ptitsa@kompaniya-net.example>: unknown user account"), host="relay.hosted-lists.example"))
expect("communigate-smtp-unknown-account.eml", "ptitsa@kompaniya-net.example", "userunknown", True, "", "550")


# ---------------------------------------------------------------- Netscape Messaging Server

def nms(name, *, date, lst, subj, rcpt, text, host):
    bnd = boundary(name)
    body = multipart("mixed", [text_part(text), part("message/rfc822", post(name, lst, rcpt, subj, date), cte=None)], bnd)
    heads = [f"Received: from {host} by {host}\n          (Netscape Messaging Server 4.15) id {qid(name, 8)}; {date}",
             ("Date", date), ("From", f"Mail Administrator <Postmaster@{host}>"), ("Reply-To", f"<Postmaster@{host}>"),
             ("To", f"owner-{lst}@{LISTHOST}"), ("Subject", "Mail System Error - Returned Mail"), ("Message-ID", f"<{qid(name, 8)}.00@{host}>")]
    return mail(heads, body)


d = dt(2000, 4, 17, 9, 0, 0, "-0700")
write(OUT, "netscape-nms-rejected-by-remote-server.eml", nms(
    "netscape-nms-rejected-by-remote-server.eml", date=d, lst="model-rr", subj="Cab Forward restoration", rcpt="sp4294@netscape.net",
    host="mail.campus-relay.example",
    text=("This Message was undeliverable due to the following reason:\n\n"
          "Each of the following recipients was rejected by a remote mail server.\n"
          "The reasons given by the server are included to help you determine why\neach recipient was rejected.\n\n"
          "    Recipient: <sp4294@netscape.net>\n    Reason:    5.1.1 <sp4294@netscape.net>... Recipient unknown\n\n"
          "Please reply to Postmaster@mail.campus-relay.example\nif you feel this message to be in error.\n")))
expect("netscape-nms-rejected-by-remote-server.eml", "sp4294@netscape.net", "userunknown", True, "5.1.1", "", vendor="netscape")

d = dt(2001, 10, 30, 3, 0, 0, "-0800")
write(OUT, "netscape-nms-queue-period-expired.eml", nms(
    "netscape-nms-queue-period-expired.eml", date=d, lst="birders", subj="tundra swans", rcpt="swan.song@ranch-isp.example",
    host="mail.campus-relay.example",
    text=("This Message was undeliverable due to the following reason:\n\n"
          "Your message was not delivered because the destination computer was\n"
          "not reachable within the allowed queue period. The amount of time\n"
          "a message is queued before it is returned depends on local configura-\n"
          "tion parameters.\n\n"
          "Most likely there is a network problem that prevented delivery, but\n"
          "it is also possible that the computer is turned off, or does not\n"
          "have a mail system running right now.\n\n"
          "Your message was not delivered within 5 days:\n"
          "    Host ranch-isp.example is not responding.\n\n"
          "The following recipients did not receive this message:\n\n     <swan.song@ranch-isp.example>\n\n"
          "Please reply to Postmaster@mail.campus-relay.example\nif you feel this message to be in error.\n")))
expect("netscape-nms-queue-period-expired.eml", "swan.song@ranch-isp.example", "expired", False, "", "")


# ---------------------------------------------------------------- Openwave / Critical Path / Mirapoint / VPOP3 / Merak / CompuServe

def report_style(name, *, date, lst, subj, rcpt, frm, subject, text, host, sw):
    bnd = boundary(name)
    body = multipart("mixed", [text_part(text), part("message/rfc822", post(name, lst, rcpt, subj, date), cte=None)], bnd)
    heads = [f"Received: from {host} ([198.51.100.{int(qid(name, 2), 16) % 200 + 20}])\n\tby {host} ({sw})\n\tid <{qid(name, 14)}@{host}>; {date}",
             ("Date", date), ("From", frm), ("To", f"owner-{lst}@{LISTHOST}"), ("Subject", subject), ("Message-ID", f"<{qid(name, 16)}@{host}>")]
    return mail(heads, body)


d = dt(2003, 5, 20, 22, 0, 0, "+1000")
write(OUT, "bigpond-openwave-remote-rejected.eml", report_style(
    "bigpond-openwave-remote-rejected.eml", date=d, lst="cycling-talk", subj="Great Victorian Bike Ride", rcpt="wombat.wheels@bigpond.net.au",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mta03.relay.example-isp.net>", subject="Delivery Notification: Delivery has failed",
    host="mta03.relay.example-isp.net", sw="InterMail vM.5.01.05.12 201-253-122-126-112-20020820",
    text=("This report relates to a message you sent with the following header fields:\n\n"
          f"  Message-id: {mid('bigpond-openwave-remote-rejected.eml/post', 'example.net')}\n  Date: {d}\n"
          f"  From: Walt Ferris <wferris@example.net>\n  To: cycling-talk@{LISTHOST}\n  Subject: [cycling-talk] Great Victorian Bike Ride\n\n"
          "Your message cannot be delivered to the following recipients:\n\n"
          "  Recipient address: wombat.wheels@bigpond.net.au\n  Reason: Remote SMTP server has rejected address\n"
          "  Diagnostic code: smtp;550 5.1.1 <wombat.wheels@bigpond.net.au>... Mailbox does not exist\n"
          "  Remote system: dns;mx.bigpond.net.au (TCP|192.0.2.220|51123|192.0.2.221|25) (InterMail vM.6.01 ESMTP)\n")))
expect("bigpond-openwave-remote-rejected.eml", "wombat.wheels@bigpond.net.au", "userunknown", True, "5.1.1", "550", vendor="bigpond")

d = dt(2002, 12, 12, 12, 12, 0, "-0500")
write(OUT, "criticalpath-over-quota.eml", report_style(
    "criticalpath-over-quota.eml", date=d, lst="quilt-l", subj="crazy quilt stitches", rcpt="featherstitch@cp-hosted-isp.example",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mx05.cp-hosted-isp.example>", subject="Delivery failure",
    host="mx05.cp-hosted-isp.example", sw="Critical Path Messaging Server 5.0",
    text=("Message from lists.example.org.\nUnable to deliver mail.\n\n"
          "  Recipient: featherstitch@cp-hosted-isp.example\n  Status: Over quota - the recipient's message store is full\n\n"
          "The original message is attached.\n")))
expect("criticalpath-over-quota.eml", "featherstitch@cp-hosted-isp.example", "mailboxfull", False, "", "")

d = dt(2009, 7, 1, 16, 16, 0, "-0700")
write(OUT, "mirapoint-size-limit-recipient-admin.eml", report_style(
    "mirapoint-size-limit-recipient-admin.eml", date=d, lst="model-rr", subj="video of the open house (attached)", rcpt="dispatcher@railmuseum.example",
    frm="MAILER-DAEMON@mx.railmuseum.example", subject="Message delivery failure", host="mx.railmuseum.example", sw="Mirapoint Messaging Server MOS 3.9.2-GA",
    text=("Your message could not be delivered to the following recipient:\n\n  dispatcher@railmuseum.example\n\n"
          "The message size (14.2 MB) exceeds the limit of 10 MB set by the recipient's administrator.\n")))
expect("mirapoint-size-limit-recipient-admin.eml", "dispatcher@railmuseum.example", "emailtoolarge", False, "", "")

d = dt(2004, 8, 18, 9, 20, 0, "+0100")
write(OUT, "vpop3-no-such-local-user.eml", report_style(
    "vpop3-no-such-local-user.eml", date=d, lst="birders", subj="Spurn migration watch", rcpt="warden@estuary-trust.example",
    frm="VPOP3 Mail Server <postmaster@estuary-trust.example>", subject="Undeliverable mail", host="office.estuary-trust.example",
    sw="VPOP3 Email Server 2.0.0g",
    text=("VPOP3 was unable to deliver your message to the following recipients:\n\n"
          "  warden@estuary-trust.example - 550 No such local user\n\nThe message has been returned to you.\n")))
expect("vpop3-no-such-local-user.eml", "warden@estuary-trust.example", "userunknown", True, "", "550")

d = dt(2006, 1, 31, 11, 0, 0, "+0100")
write(OUT, "merak-account-disabled.eml", report_style(
    "merak-account-disabled.eml", date=d, lst="cycling-talk", subj="Velodrom Training", rcpt="sprinter@radsport-verein.example",
    frm="Merak Mail Server <postmaster@radsport-verein.example>", subject="Message delivery failure", host="mail.radsport-verein.example",
    sw="Merak 8.3.8",
    text=("The following message could not be delivered:\n\n  To: sprinter@radsport-verein.example\n"
          "  Result: 550 5.2.1 Account disabled - this account has been disabled by the administrator\n")))
expect("merak-account-disabled.eml", "sprinter@radsport-verein.example", "suspend", False, "5.2.1", "550")

d = dt(1998, 5, 6, 14, 22, 0, "-0400")
write(OUT, "compuserve-receiver-not-found.eml", plain_mail(
    "compuserve-receiver-not-found.eml", frm="CompuServe Postmaster <postmaster@compuserve.com>", to=f"owner-model-rr@{LISTHOST}",
    subject="Undeliverable Message", date=d, host="arl-img-3.compuserve.com",
    hops=hop("arl-img-3.compuserve.com", "192.0.2.230", LISTHOST, "8.8.8/8.8.8", "compuserve-receiver-not-found.eml", d),
    text=("Your message could not be delivered to 75310.1234@compuserve.com.\n\n"
          "Receiver not found: 75310,1234\n\n"
          "Subject: [model-rr] Lionel ZW transformer\nSent: " + d + "\n"
          "The CompuServe member ID above does not exist. Please check the ID and try again.\n"), auto=False))
expect("compuserve-receiver-not-found.eml", "75310.1234@compuserve.com", "userunknown", True, "", "", vendor="compuserve")


# ---------------------------------------------------------------- vacation replies of the time

def reply(name, *, date, frm, to, subject, text, host, extra=()):
    hops = hop(host, "198.51.100.88", LISTHOST, "8.12.11/8.12.11", name, date)
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text, extra=extra, auto=False)


d = dt(2004, 12, 23, 8, 0, 0, "-0500")
write(OUT, "vacation-exchange2003-out-of-office-autoreply.eml", reply(
    "vacation-exchange2003-out-of-office-autoreply.eml", date=d, frm="Linda Castellano <lcastellano@title-agency.example>",
    to=f"birders@{LISTHOST}", subject="Out of Office AutoReply: [birders] Christmas count teams", host="EXCH.title-agency.example",
    text="I am out of the office until Monday, January 3. For closings please contact Mark at extension 214.\n",
    extra=[("X-MimeOLE", "Produced By Microsoft Exchange V6.5"), ("Content-Class", "urn:content-classes:message")]))
expect("vacation-exchange2003-out-of-office-autoreply.eml", "lcastellano@title-agency.example", "vacation", False, "", "", action="")

d = dt(1999, 8, 2, 9, 30, 0, "-0400")
write(OUT, "vacation-unix-vacation-program.eml", reply(
    "vacation-unix-vacation-program.eml", date=d, frm="Prof. Alan Reese <reese@physics.state-univ.example>",
    to=f"owner-model-rr@{LISTHOST}", subject="away from my mail", host="mailhost.physics.state-univ.example",
    text=("I will not be reading my mail for a while, until about August 23.\n"
          "Your mail regarding \"[model-rr] brass locomotive painting\" will be read when I return.\n\n"
          "For urgent department matters please write to the office.\n"),
    extra=[("Precedence", "junk")]))
expect("vacation-unix-vacation-program.eml", "reese@physics.state-univ.example", "vacation", False, "", "", action="")

d = dt(2007, 7, 3, 6, 0, 0, "-0400")
write(OUT, "vacation-lotus-notes-out-of-the-office.eml", reply(
    "vacation-lotus-notes-out-of-the-office.eml", date=d, frm="Barbara Lindqvist <Barbara.Lindqvist@insurer-group.example>",
    to=f"quilt-l@{LISTHOST}", subject="Barbara Lindqvist is out of the office.", host="hub02.insurer-group.example",
    text=("I will be out of the office starting  07/02/2007 and will not return until\n07/16/2007.\n\n"
          "I will respond to your message when I return. For claims questions please call\nthe service desk.\n"),
    extra=[("X-MIMETrack", "Serialize by Router on HUB02/Insurer(Release 7.0.2|September 26, 2006) at\n 07/03/2007 06:00:00 AM"),
           ("X-Mailer", "Lotus Notes Release 7.0.2 September 26, 2006")]))
expect("vacation-lotus-notes-out-of-the-office.eml", "Barbara.Lindqvist@insurer-group.example", "vacation", False, "", "", action="")

d = dt(2010, 8, 9, 13, 0, 0, "-0700")
write(OUT, "vacation-yahoo-auto-response.eml", reply(
    "vacation-yahoo-auto-response.eml", date=d, frm="Desert Rider <desert_rider_az@yahoo.com>",
    to=f"cycling-talk@{LISTHOST}", subject="Auto Response: Re: [cycling-talk] summer heat riding tips", host="web110.mail.gq1.yahoo.com",
    text=("Thanks for your mail! I am on a bike tour through Utah until August 20 and\nwill read mail when I get back.\n"),
    extra=[("X-Yahoo-Newman-Property", "ymail-5"), ("Auto-Submitted", "auto-replied")]))
expect("vacation-yahoo-auto-response.eml", "desert_rider_az@yahoo.com", "vacation", False, "", "", action="")


# ---------------------------------------------------------------- one more delay warning (Exim 4, DNS)

d = dt(2011, 4, 12, 4, 0, 0, "+0000")
write(OUT, "exim4-warning-host-lookup-deferred.eml", exim(
    "exim4-warning-host-lookup-deferred.eml", date=d, host=LISTHOST, lst="birders", subj="swift nest boxes", rcpt="swiftwatch@village-trust.example", warn=True,
    body="  swiftwatch@village-trust.example\n    host lookup did not complete: DNS server for village-trust.example not responding (temporary failure)\n"))
expect("exim4-warning-host-lookup-deferred.eml", "swiftwatch@village-trust.example", "networkerror", False, "", "", action="delayed")


# ---------------------------------------------------------------- near-misses: that era's ordinary mail in the folder

def nb(name, *, date, frm, to, subject, text, host="mail.example.net", extra=(), body=None):
    hops = hop(host, "198.51.100.99", LISTHOST, "8.12.11/8.12.11", name, date)
    if body is not None:
        heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
        write(NB, name, mail(heads, body))
    else:
        write(NB, name, plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host, hops=hops, text=text, extra=extra, auto=False))


LISTHDR = lambda lst: [("Sender", f"owner-{lst}@{LISTHOST}"), ("Precedence", "bulk"), ("Reply-To", f"{lst}@{LISTHOST}")]

nb("nb-majordomo-digest-birders.eml", date=dt(2002, 10, 14, 0, 5, 0, "-0400"), frm=f"owner-birders-digest@{LISTHOST}",
   to=f"birders-digest@{LISTHOST}", subject="birders-digest V3 #112", host=LISTHOST, extra=LISTHDR("birders-digest"),
   text=("birders-digest         Monday, October 14 2002         Volume 03 : Number 112\n\n\n\n"
         "In this issue:\n\n\tRe: returned mail from AOL addresses?\n\tfall warblers at the cemetery\n\tRe: hawk watch totals\n\n"
         "----------------------------------------------------------------------\n\n"
         "Date: Sun, 13 Oct 2002 09:12:44 -0400\nFrom: Walt Ferris <wferris@example.net>\nSubject: Re: returned mail from AOL addresses?\n\n"
         "Ginny asked why her posts come back from some AOL folks. It is not your\n"
         "mail, it is ours: the list sends, and a few member boxes are full or gone.\n"
         "I prune the dead ones every month, so don't worry about the bounce notes.\n\n"
         "------------------------------\n\n"
         "Date: Sun, 13 Oct 2002 14:01:09 -0400\nFrom: kestrel.kay@mindspring.com\nSubject: fall warblers at the cemetery\n\n"
         "Blackpoll, bay-breasted and a late Cape May in the oaks by the chapel.\n\n"
         "------------------------------\n\n"
         "End of birders-digest V3 #112\n******************************\n"))

nb("nb-mailman20-digest-cycling.eml", date=dt(2003, 6, 2, 12, 0, 3, "-0400"), frm=f"cycling-talk-request@{LISTHOST}",
   to=f"cycling-talk@{LISTHOST}", subject="cycling-talk digest, Vol 1 #412 - 3 msgs", host=LISTHOST,
   extra=[("Sender", f"cycling-talk-admin@{LISTHOST}"), ("Errors-To", f"cycling-talk-admin@{LISTHOST}"),
          ("X-BeenThere", f"cycling-talk@{LISTHOST}"), ("X-Mailman-Version", "2.0.13"), ("Precedence", "bulk")],
   text=(f"Send cycling-talk mailing list submissions to\n\tcycling-talk@{LISTHOST}\n\n"
         "To subscribe or unsubscribe via the World Wide Web, visit\n"
         f"\thttp://{LISTHOST}/mailman/listinfo/cycling-talk\nor, via email, send a message with subject or body 'help' to\n"
         f"\tcycling-talk-request@{LISTHOST}\n\nYou can reach the person managing the list at\n\tcycling-talk-admin@{LISTHOST}\n\n"
         "Today's Topics:\n\n   1. Re: flat after flat (Spokes)\n   2. delivery failed to my hotmail? (Rene)\n   3. Re: century ride sign-up (Walt Ferris)\n\n"
         "--__--__--\n\nMessage: 1\nFrom: spokes@homeserver-dsl.example\nSubject: Re: flat after flat\n\n"
         "Check the rim tape. Three flats in a week is almost always a spoke hole.\n\n"
         "--__--__--\n\nMessage: 2\nFrom: ride.on.rene@shaw.ca\nSubject: delivery failed to my hotmail?\n\n"
         "My old hotmail box said 'mailbox unavailable' to my own test. Never mind,\nI only read this list at shaw now.\n\n"
         "--__--__--\n\nMessage: 3\nFrom: Walt Ferris <wferris@example.net>\nSubject: Re: century ride sign-up\n\n"
         "Forty-two riders so far. Registration closes Friday.\n\n"
         "--__--__--\n\n_______________________________________________\ncycling-talk mailing list\n"
         f"cycling-talk@{LISTHOST}\nhttp://{LISTHOST}/mailman/listinfo/cycling-talk\n\n\nEnd of cycling-talk Digest\n"))

nb("nb-re-juno-member-mailbox-was-full.eml", date=dt(2005, 6, 9, 20, 1, 0, "-0400"), frm="Pearl Ames <patchwork.pearl@juno.com>",
   to=f"quilt-l@{LISTHOST}", subject="Re: [quilt-l] Log Cabin block question", host="m12.dca.untd.com",
   extra=[("X-Mailer", "Juno 5.0.33"), ("In-Reply-To", mid("quilt-thread-1", "example.net"))],
   text=("Sorry for the silence, girls. My Juno box was full and everything sent to\n"
         "me last week came back to you as undeliverable, so Walt tells me. I have\n"
         "cleared it out now.\n\nOn the Log Cabin question: press the seams away from the center square.\n\n"
         "Pearl\n\n___________________________________________________________________\n"
         "The best thing to hit the Internet in years - Juno SpeedBand!\nSurf the Web up to FIVE TIMES FASTER!\n"))

nb("nb-re-ims55-banner-staff-signature.eml", date=dt(2000, 9, 14, 9, 14, 0, "-0500"), frm="Douglas, Jim <JDOUGLAS@acme-mfg.example>",
   to=f"'model-rr@{LISTHOST}'", subject="RE: [model-rr] narrow gauge in Colorado", host="exch01.acme-mfg.example",
   extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
   text=("Cumbres & Toltec runs until mid October. Bring a jacket for the pass.\n\n"
         "Jim Douglas\nPlant Engineering, Acme Manufacturing\n"
         "Questions about plant visits: visits@acme-mfg.example\nSafety office: safety@acme-mfg.example\n"
         "To be removed from our supplier bulletin send UNSUBSCRIBE to bulletin@acme-mfg.example\n\n"
         "> -----Original Message-----\n> From:\tWalt Ferris [SMTP:wferris@example.net]\n> Sent:\tWednesday, September 13, 2000 8:40 PM\n"
         f"> To:\tmodel-rr@{LISTHOST}\n> Subject:\t[model-rr] narrow gauge in Colorado\n>\n> Anyone ridden the Cumbres & Toltec this year?\n"))

nb("nb-re-aol-member-quoted.eml", date=dt(2001, 4, 30, 21, 40, 0, "-0400"), frm="SwampHawk77@aol.com",
   to=f"birders@{LISTHOST}", subject="Re: [birders] bluebirds back", host="imo-m01.mx.aol.com",
   extra=[("X-Mailer", "AOL 6.0 for Windows US sub 10535"), ("Content-Class", "")],
   text=("In a message dated 4/30/01 8:12:44 AM Eastern Daylight Time, wferris@example.net writes:\n\n"
         "<< Saw the first pair of bluebirds back at the nest box by the creek this\n morning. >>\n\n"
         "Ours came back on the 26th. AOL keeps telling me my mailbox is almost full,\n"
         "so if anybody sends me pictures, send them small please!\n\nHank\n"))

nb("nb-re-lotus-notes-user-mentions-notes.eml", date=dt(2006, 3, 3, 11, 0, 0, "-0500"), frm="Helen.Pryce@insurer-group.example",
   to=f"quilt-l@{LISTHOST}", subject="Re: [quilt-l] guild meeting moved", host="hub02.insurer-group.example",
   extra=[("X-Mailer", "Lotus Notes Release 6.5.4 March 27, 2005"),
          ("X-MIMETrack", "Serialize by Router on HUB02/Insurer(Release 6.5.4|March 27, 2005) at\n 03/03/2006 11:00:00 AM")],
   text=("Lotus Notes at work mangles the pattern attachments, so please send the\n"
         "Dresden Plate templates to my home address instead. The Notes delivery\n"
         "failure report I got yesterday was for a typo of mine, not your list.\n\n"
         "Helen\n\n\n\n\nWalt Ferris <wferris@example.net>\nSent by: owner-quilt-l@lists.example.org\n03/02/2006 08:15 PM\n"
         "Please respond to quilt-l\n\n        To:     quilt-l@lists.example.org\n        cc:\n        Subject:        [quilt-l] guild meeting moved\n\n"
         "The guild meets in the library annex this month.\n"))

nb("nb-re-out-of-office-joke.eml", date=dt(2008, 7, 4, 16, 0, 0, "-0400"), frm="Spokes <spokes@homeserver-dsl.example>",
   to=f"cycling-talk@{LISTHOST}", subject="Re: [cycling-talk] Walt is out of the office (again)", host="homeserver-dsl.example",
   extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.3138")],
   text=("Out of the office, out on the road. Walt's auto-reply should just say\n"
         "'gone riding, back when the legs give out'.\n\n> Walt's away at the rally till Monday, hold your questions.\n"))

nb("nb-re-why-did-my-post-bounce.eml", date=dt(2004, 1, 12, 10, 30, 0, "-0500"), frm="Carl Benning <caboose_carl@excite.com>",
   to=f"model-rr@{LISTHOST}", subject="Re: [model-rr] why did my post bounce?", host="mail.excite.com",
   text=("I got a 'Returned mail: see transcript for details' after posting the\n"
         "layout photos. The transcript said message size exceeds fixed maximum\n"
         "message size. Is there a limit on this list, or was that my end?\n\nCarl\n\n"
         "_______________________________________________\nJoin Excite! - http://www.excite.com\nThe most personalized portal on the Web!\n"))

nb("nb-list-admin-pruned-bouncing-members.eml", date=dt(2006, 11, 1, 8, 0, 0, "-0500"), frm="Walt Ferris <wferris@example.net>",
   to=f"birders@{LISTHOST}", subject="[birders] housekeeping: bouncing addresses removed", host="mail.example.net",
   extra=LISTHDR("birders"),
   text=("Housekeeping note. I removed 14 addresses that had been bouncing for over a\n"
         "month: mostly old AOL, Juno and CompuServe accounts that no longer exist,\n"
         "and two whose mailboxes have been full since summer. If you know one of\n"
         "these folks, tell them they can rejoin any time by writing to\n"
         f"majordomo@{LISTHOST} with 'subscribe birders' in the body.\n\nWalt (list owner)\n"))

nb("nb-re-msn-hotmail-member.eml", date=dt(2001, 8, 8, 18, 18, 0, "-0700"), frm="Ruby Throat <rubythroat1998@hotmail.com>",
   to=f"birders@{LISTHOST}", subject="Re: [birders] hummingbird feeders", host="hotmail.com",
   extra=[("X-Originating-IP", "[198.51.100.123]")],
   text=("Four parts water to one part sugar, no red dye. Change it every three days\nin this heat.\n\n"
         "_________________________________________________________________\n"
         "Get your FREE download of MSN Explorer at http://explorer.msn.com/intl.asp\n"))

# antivirus gateway notices about a mail a member sent (to the list), not a bounce of the list's mail
nb("nb-virus-interscan-member-infected-post.eml", date=dt(2002, 5, 20, 13, 0, 0, "-0500"),
   frm="InterScan VirusWall <virus-admin@lists-relay.example>", to=f"owner-quilt-l@{LISTHOST}",
   subject="Virus alert: message from a member to quilt-l was cleaned", host="isvw.lists-relay.example",
   text=("InterScan VirusWall NT has detected a virus during an SMTP session.\n\n"
         "  Sender:     featherstitch@cp-hosted-isp.example\n  Recipient:  quilt-l@lists.example.org\n"
         "  Subject:    [quilt-l] a very funny game\n  Virus:      WORM_KLEZ.H in attachment 'setup.exe'\n"
         "  Action:     The infected attachment was deleted; the message was passed on.\n\n"
         "The sender's computer is probably infected. Please tell the member to run an\nup-to-date virus scanner.\n"))

nb("nb-virus-webshield-sobig-deleted.eml", date=dt(2003, 8, 20, 2, 30, 0, "-0400"),
   frm="McAfee WebShield <postmaster@mailgw.county-library.example>", to=f"owner-birders@{LISTHOST}",
   subject="Alert: WebShield detected W32/Sobig.F@MM", host="mailgw.county-library.example",
   text=("McAfee WebShield e500 found a virus in a message that claims to come from\nyour address. Our records show it was sent from 198.51.100.7, a member PC.\n\n"
         "  From:       owner-birders@lists.example.org (forged)\n  To:         ruth.yoder@county-library.example\n"
         "  Subject:    Re: Details\n  Attachment: your_document.pif\n  Virus:      W32/Sobig.F@MM\n"
         "  Action:     Deleted\n\nW32/Sobig.F forges sender addresses; you probably did not send this message.\n"))

nb("nb-virus-symantec-netsky-member.eml", date=dt(2004, 3, 25, 17, 0, 0, "+0100"),
   frm="Symantec Mail Security <sms@mailfilter.radsport-verein.example>", to=f"owner-cycling-talk@{LISTHOST}",
   subject="Symantec Mail Security detected a virus in a message (SYM:12345)", host="mailfilter.radsport-verein.example",
   text=("Subject of the message: [cycling-talk] Re: Your document\n"
         "Recipient of the message: sprinter@radsport-verein.example\n\n"
         "Symantec Mail Security detected that the message posted by member\nberg.fahrer@alpenhof.example to the list contained a virus.\n\n"
         "Attachment your_text.pif: W32.Netsky.P@mm. Action: quarantined.\n\n"
         "Please ask the member who sent it to clean their computer.\n"))

# spam of the time
nb("nb-spam-mortgage-rates.eml", date=dt(2003, 2, 11, 3, 44, 0, "-0600"), frm="Loan Dept <rates4u@mortgage-deals.example>",
   to=f"owner-model-rr@{LISTHOST}", subject="Re: your application #8812 - rates at 3.25%", host="dsl-198-51-100-3.mortgage-deals.example",
   extra=[("X-Mailer", "Microsoft Outlook Express 5.50.4133.2400")],
   text=("Dear Homeowner,\n\nYour mortgage application has been pre-approved at 3.25% fixed.\n"
         "No credit check. Act now, this offer is not available to everyone!\n\n"
         "http://www.mortgage-deals.example/apply\n\n\n\nTo be removed from our list reply with REMOVE in the subject.\n"))

nb("nb-spam-419-next-of-kin.eml", date=dt(2002, 7, 2, 1, 0, 0, "+0100"), frm="DR. JAMES OKAFOR <jokafor_office@freemail-west.example>",
   to=f"owner-quilt-l@{LISTHOST}", subject="URGENT AND CONFIDENTIAL BUSINESS PROPOSAL", host="smtp.freemail-west.example",
   text=("DEAR SIR/MADAM,\n\nI AM DR. JAMES OKAFOR, AUDITOR OF A BANK. A FOREIGN CUSTOMER DIED IN A\n"
         "PLANE CRASH LEAVING US$21,500,000 WITH NO NEXT OF KIN. I SEEK YOUR TRUST TO\n"
         "TRANSFER THE FUNDS. YOU WILL RECEIVE 30% FOR YOUR ASSISTANCE.\n\n"
         "PLEASE REPLY WITH YOUR PRIVATE TELEPHONE AND FAX NUMBERS.\n\nDR. JAMES OKAFOR\n"))

nb("nb-spam-mydoom-mail-transaction-failed.eml", date=dt(2004, 1, 27, 10, 0, 0, "-0500"), frm="Mail Administrator <webmaster@lists.example.org>",
   to=f"owner-birders@{LISTHOST}", subject="Mail Transaction Failed", host="pool-198-51-100-44.dsl.example", text=None,
   body=multipart("mixed", [text_part("The message cannot be represented in 7-bit ASCII encoding and has been sent as a binary attachment.\n"),
                            part("application/octet-stream; name=\"document.zip\"",
                                 "UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAMAAAAZG9jdW1lbnQuc2NyAwBQSwECFAAUAAAACAAA\nACEAAAAAAAAAAAAAAAAADAAAAAAAAAAAACAAAAAAAAAAZG9jdW1lbnQuc2NyUEsFBgAAAAABAAEA\nOgAAACwAAAAAAA==\n",
                                 cte="base64", extra="Content-Disposition: attachment; filename=\"document.zip\"")],
                     boundary("nb-spam-mydoom-mail-transaction-failed.eml")))

nb("nb-spam-stock-alert.eml", date=dt(2006, 9, 5, 7, 0, 0, "-0400"), frm="Market Watcher <alerts@hot-stox.example>",
   to=f"owner-cycling-talk@{LISTHOST}", subject="This small cap is about to explode - CXRP", host="mta5.hot-stox.example",
   text=("STRONG BUY ALERT: CXRP\nCurrent: $0.14  Target: $1.20\n\nNews release expected this week. Get in before Wall Street does!\n\n"
         "This is not a solicitation. We were paid 300,000 shares for this profile.\n"))

# majordomo command replies
nb("nb-majordomo-results-subscribe.eml", date=dt(2000, 1, 5, 9, 0, 0, "-0500"), frm=f"Majordomo@{LISTHOST}",
   to="wferris@example.net", subject="Majordomo results: subscribe birders", host=LISTHOST,
   text=("--\n\n>>>> subscribe birders wferris@example.net\nSucceeded.\n>>>> \n>>>> --\n"
         "**** Command '--' not recognized.\n**** No valid commands found.\n**** Commands must be in message BODY, not in HEADER.\n"
         f"\n**** Help for Majordomo@{LISTHOST}:\n\nThis is Brent Chapman's \"Majordomo\" mailing list manager, version 1.94.5.\n"
         "\nIn the description below items contained in []'s are optional. ...\n\n    help\n\tRetrieve this message.\n"
         "    unsubscribe <list> [<address>]\n\tUnsubscribe yourself (or <address> if specified) from the named <list>.\n"))

nb("nb-majordomo-results-not-a-member.eml", date=dt(2001, 3, 12, 14, 0, 0, "-0500"), frm=f"Majordomo@{LISTHOST}",
   to="Walt Ferris <wferris@example.net>", subject="Majordomo results: unsubscribe quilt-l jane.roe@old-isp.example", host=LISTHOST,
   text=("--\n\n>>>> approve ******* unsubscribe quilt-l jane.roe@old-isp.example\n"
         "**** unsubscribe: 'jane.roe@old-isp.example' is not a member of list 'quilt-l'.\n"
         ">>>> who quilt-l\nMembers of list 'quilt-l':\n\npatchwork.pearl@juno.com\nQuiltinQueen@aol.com\nfeatherstitch@cp-hosted-isp.example\n\n3 subscribers\n\n>>>> end\nEND OF COMMANDS\n"))

nb("nb-earthlink-member-news.eml", date=dt(2003, 10, 1, 6, 0, 0, "-0400"), frm="EarthLink Member News <news@earthlink.net>",
   to="wferris@example.net", subject="Your EarthLink mailbox just got bigger", host="newsletter.earthlink.net",
   text=("Dear Member,\n\nGood news: your EarthLink mailbox storage is now 20 MB, so messages will\n"
         "no longer bounce back to your friends because your mailbox is full.\n\n"
         "spamBlocker is also now available free to all members. Log in to Web Mail\nto turn it on.\n\nEarthLink. Revolves Around You.\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
