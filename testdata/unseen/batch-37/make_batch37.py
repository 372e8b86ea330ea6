#!/usr/bin/env python3
"""Writes testdata/unseen/batch-37: the bounce mailbox of a site
(riverside-commons.example) that runs several mailing-list managers besides
Mailman 3: Mailman 2.1, Sympa, LISTSERV, Majordomo 1 and 2, ezmlm-idx on
qmail and phpList, and whose members also post to Google Groups and
Groups.io. Members' bounces arrive as the list servers pass them on (VERP
and plain return paths, bounces wrapped or forwarded by the list software,
probes), in the layouts of the remote MTAs behind them; about one in eight
is a delay; some are members' auto-replies. not-bounce/ holds the list
managers' own notices, members' replies and spam, which must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch37.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SITE = "riverside-commons.example"
INBOX = "list-bounces@" + SITE
MX = "mx1." + SITE


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def verp_addr(addr):
    return addr.replace("@", "=")


# ---------------------------------------------------------------- the site's lists
# key: (list address, list host, host software, display name, subject tag)
LISTS = {
    "mm21": ("birders@lists." + SITE, "lists." + SITE, "Postfix", "Riverside Birders", "[Birders]"),
    "sympa": ("choir-news@sympa." + SITE, "sympa." + SITE, "8.17.1/8.17.1", "Community Choir news", "[choir-news]"),
    "listserv": ("HIST-L@LISTSERV." + SITE.upper(), "listserv." + SITE, "Exim 4.97", "Local history discussion", ""),
    "mj1": ("hamradio@mj." + SITE, "mj." + SITE, "8.15.2/8.15.2", "Amateur radio club", "[hamradio]"),
    "mj2": ("astro@mj2." + SITE, "mj2." + SITE, "Postfix", "Astronomy society", "[astro]"),
    "ezmlm": ("tenants@ezmlm." + SITE, "ezmlm." + SITE, "qmail 1.03", "Tenants' association", "[tenants]"),
    "phplist": ("newsletter@news." + SITE, "news." + SITE, "Exim 4.96", "Riverside Commons newsletter", ""),
}

_verp_counter = [4810]


def return_path(kind, member, probe=False):
    """The envelope sender the list software used for this member."""
    lst, host = LISTS[kind][0], LISTS[kind][1]
    local = lst.split("@")[0]
    u, d = member.split("@")
    if kind == "mm21":
        if probe:
            return f"{local}-bounces+{hashlib.sha1(member.encode()).hexdigest()[:20]}@{host}"
        return f"{local}-bounces+{u}={d}@{host}"
    if kind == "sympa":
        return f"bounce+{u}=={'a'}=={d}=={local}@{host}"
    if kind == "listserv":
        if probe:
            return f"owner-{local}*{u}**{d.upper()}@{lst.split('@')[1]}"
        return f"owner-{local}@{lst.split('@')[1]}"
    if kind == "mj1":
        return f"owner-{local}@{host}"
    if kind == "mj2":
        _verp_counter[0] += 7
        return f"{local}-owner+M{_verp_counter[0]}={u}={d}@{host}"
    if kind == "ezmlm":
        _verp_counter[0] += 3
        if probe:
            return f"{local}-return-probe-{u}={d}@{host}"
        return f"{local}-return-{_verp_counter[0] % 1000 + 1000}-{u}={d}@{host}"
    if kind == "phplist":
        return f"bounces@{host}"
    raise KeyError(kind)


def list_headers(kind, rp, member, n):
    lst, host, _, disp, _ = LISTS[kind]
    local = lst.split("@")[0]
    if kind == "mm21":
        return (f"Sender: \"{local}\" <{local}-bounces@{host}>\nErrors-To: {rp}\n"
                f"List-Id: {disp} <{local}.{host}>\nX-BeenThere: {lst}\nX-Mailman-Version: 2.1.39\n"
                f"Precedence: list\nList-Unsubscribe: <https://{host}/mailman/options/{local}>,\n"
                f" <mailto:{local}-request@{host}?subject=unsubscribe>\n"
                f"List-Post: <mailto:{lst}>\nList-Help: <mailto:{local}-request@{host}?subject=help>")
    if kind == "sympa":
        return (f"Sender: {local}-request@{host}\nList-Id: <{local}.{host}>\nX-Loop: {lst}\n"
                f"X-Sequence: {int(qid(n, 3), 16) % 900 + 100}\nPrecedence: list\n"
                f"List-Unsubscribe: <mailto:sympa@{host}?subject=unsubscribe%20{local}>\n"
                f"List-Help: <mailto:sympa@{host}?subject=help>")
    if kind == "listserv":
        return (f"Sender: {disp} <{lst}>\nReply-To: {disp} <{lst}>\n"
                f"List-Help: <https://{host}/scripts/wa.exe?LIST={local}>,\n <mailto:LISTSERV@{lst.split('@')[1]}?body=INFO%20{local}>\n"
                f"List-Unsubscribe: <mailto:{local}-unsubscribe-request@{lst.split('@')[1]}>\n"
                f"Comments: To: {lst}")
    if kind == "mj1":
        return f"Sender: owner-{local}@{host}\nPrecedence: bulk\nReply-To: {lst}"
    if kind == "mj2":
        return (f"Sender: {local}-owner@{host}\nList-Id: <{local}.{host}>\nX-Archive-Number: 2026{qid(n, 4)}\n"
                f"Precedence: list\nList-Unsubscribe: <mailto:{local}-request@{host}?subject=unsubscribe>")
    if kind == "ezmlm":
        return (f"Mailing-List: contact {local}-help@{host}; run by ezmlm\nPrecedence: bulk\n"
                f"List-Post: <mailto:{lst}>\nList-Help: <mailto:{local}-help@{host}>\n"
                f"List-Unsubscribe: <mailto:{local}-unsubscribe@{host}>\nDelivered-To: mailing list {lst}")
    if kind == "phplist":
        return (f"X-MessageID: {int(qid(n, 2), 16) % 90 + 10}\nX-ListMember: {member}\nX-Mailer: phpList v3.6.15\n"
                f"Precedence: bulk\nList-Unsubscribe: <https://{host}/lists/?p=unsubscribe&uid={qid(n, 16).lower()}>")
    raise KeyError(kind)


POSTERS = ["Hilary Ashworth <h.ashworth@" + SITE + ">", "Tom Pereira <tompereira@" + SITE + ">",
           "June Okonkwo <june.okonkwo@" + SITE + ">", "Rafael Duarte <rduarte@" + SITE + ">"]


def list_post(kind, member, subj, date, n, rp, body=None, headers_only=False):
    lst, host, sw, disp, tag = LISTS[kind]
    poster = POSTERS[int(qid(n, 2), 16) % len(POSTERS)]
    to = lst if kind != "phplist" else member
    s = f"{tag} {subj}".strip()
    h = (f"Return-Path: <{rp}>\nReceived: from {host} ({host} [192.0.2.25])\n\tby {host} ({sw}) with ESMTP id {qid(n + 'p', 10)};\n\t{date}\n"
         f"From: {poster if kind != 'phplist' else 'Riverside Commons <newsletter@news.' + SITE + '>'}\nTo: {to}\nSubject: {s}\nDate: {date}\n"
         f"Message-ID: {mid(n + 'post', host)}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed\n"
         f"Content-Transfer-Encoding: 7bit\n" + list_headers(kind, rp, member, n) + "\n")
    if headers_only:
        return h
    if body is None:
        body = f"Hello all,\n\n{subj}: details below, and as ever replies to the list please.\n\nBest,\n{poster.split(' <')[0]}\n"
    footer = {"mm21": f"_______________________________________________\n{disp} mailing list\n{lst}\nhttps://{host}/mailman/listinfo/{lst.split('@')[0]}\n",
              "ezmlm": f"---------------------------------------------------------------------\nTo unsubscribe, e-mail: {lst.split('@')[0]}-unsubscribe@{host}\n",
              "listserv": f"############################\nTo unsubscribe from the {lst.split('@')[0]} list, click the following link:\nhttps://{host}/scripts/wa.exe?SUBED1={lst.split('@')[0]}&A=1\n"}.get(kind, "")
    return h + "\n" + body + ("\n" + footer if footer else "")


def hops(n, by, sw, date, frm, ip):
    return received([(frm, ip, MX, "Postfix", qid(n + "mx", 10), date),
                     ]) if by is None else received([(frm, ip, by, sw, qid(n, 10), date)])


def deliver_heads(n, rp_to, date, frm_host, frm_ip):
    """Headers added by the site's inbound MX when the bounce reached the bounce mailbox."""
    return (f"Return-Path: <>\nDelivered-To: {INBOX}\nX-Original-To: {rp_to}\n"
            + received([(frm_host, frm_ip, MX, "Postfix", qid(n + "in", 10), date, rp_to)]))


def dsn(n, *, kind, member, subj, date, odate, frm, host, ip, text, recips, returned="headers", probe=False,
        extra=(), subject=None, arrival=None, charset="us-ascii", cte=None):
    rp = return_path(kind, member, probe)
    orig = list_post(kind, member, subj, odate, n, rp, headers_only=(returned == "headers"))
    return dsn_mail(n, frm=frm, to=rp, subject=subject or "Undelivered Mail Returned to Sender", date=date, host=host,
                    hops=deliver_heads(n, rp, date, host, ip), text=text, recips=recips, orig=orig,
                    returned=returned, extra=extra, arrival=arrival or odate, charset=charset, cte=cte), rp


def plain_with_copy(n, *, kind, member, subj, date, odate, frm, host, ip, text, subject, probe=False, extra=(),
                    auto=False, copy_headers_only=False):
    """A non-DSN bounce that quotes the returned message inline (Exim, qmail, old Sendmail)."""
    rp = return_path(kind, member, probe)
    orig = list_post(kind, member, subj, odate, n, rp, headers_only=copy_headers_only)
    heads = [deliver_heads(n, rp, date, host, ip), ("Date", date), ("From", frm), ("To", rp), ("Subject", subject),
             ("Message-ID", mid(n, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text.replace("{ORIG}", orig))), rp


def attached(n, *, kind, member, subj, date, odate, frm, host, ip, text, subject, probe=False, extra=(), auto=True,
             charset="us-ascii", cte=None):
    """A non-DSN notice with the returned message as message/rfc822."""
    rp = return_path(kind, member, probe)
    orig = list_post(kind, member, subj, odate, n, rp)
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", orig, cte=None)], boundary(n))
    heads = [deliver_heads(n, rp, date, host, ip), ("Date", date), ("From", frm), ("To", rp), ("Subject", subject),
             ("Message-ID", mid(n, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body), rp


# ---------------------------------------------------------------- MTA layouts
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

Your message could not be delivered for more than {hours} hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""


def postfix(n, kind, member, subj, date, odate, *, status, said=None, remote=None, rip="203.0.113.10", cmd="RCPT TO",
            own=None, delay_hours=None, returned="headers", probe=False):
    """The list host's own Postfix: the remote said something, or own words (own=...)."""
    host = LISTS[kind][1] if LISTS[kind][2] == "Postfix" else MX
    if own is None:
        line = f"host {remote}[{rip}] said: {' '.join(said.split(chr(10)))} (in reply to {cmd} command)"
        diag = "smtp; " + " ".join(said.split("\n"))
    else:
        line, diag = own, "X-Postfix; " + own
    lines = []
    w = f"<{member}>: {line}"
    while len(w) > 72:
        cut = w.rfind(" ", 4, 72)
        if cut <= 4:
            cut = w.find(" ", 72)
            if cut < 0:
                break
        lines.append(w[:cut])
        w = "    " + w[cut + 1:]
    lines.append(w)
    head = PF_DELAY.format(host=host, hours=delay_hours) if delay_hours else PF_HEAD.format(host=host)
    r = {"final": member, "original": member, "action": "delayed" if delay_hours else "failed", "status": status,
         "diag": diag}
    if remote:
        r["remote"] = remote
    if delay_hours:
        r["will_retry"] = dt(2026, 12, 8, 9, 0, 0)
    subject = "Delayed Mail (still being retried)" if delay_hours else "Undelivered Mail Returned to Sender"
    return dsn(n, kind=kind, member=member, subj=subj, date=date, odate=odate,
               frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", host=host, ip="192.0.2.25",
               text=head + "\n".join(lines) + "\n", recips=[r], returned=returned, probe=probe, subject=subject)


def exim(n, kind, member, subj, date, odate, *, detail, host=None, ip="198.51.100.60", probe=False, delay=False,
         copy_headers_only=False):
    """Exim's plain-text bounce (or delay warning), from the list host or a remote relay."""
    host = host or LISTS[kind][1]
    if delay:
        text = (f"This message was created automatically by mail delivery software.\n"
                f"A message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than 24 hours on the queue on {host}.\n\n"
                f"The message identifier is:     1uQ{qid(n, 3)}-00{qid(n + 'x', 4)}-Mx\n"
                f"The subject of the message is: {LISTS[kind][4]} {subj}\n"
                f"The date of the message is:    {odate}\n\n"
                f"The address to which the message has not yet been delivered is:\n\n  {member}\n{detail}\n"
                f"No action is required on your part. Delivery attempts will continue for\n"
                f"some time, and this warning may be repeated at intervals if the message\n"
                f"remains undelivered. Eventually the mail delivery software will give up,\n"
                f"and when that happens, the message will be returned to you.\n")
        subject = f"Warning: message 1uQ{qid(n, 3)}-00{qid(n + 'x', 4)}-Mx delayed 24 hours"
    else:
        text = (f"This message was created automatically by mail delivery software.\n\n"
                f"A message that you sent could not be delivered to one or more of its\n"
                f"recipients. This is a permanent error. The following address(es) failed:\n\n  {member}\n{detail}\n"
                f"------ This is a copy of the message, including all the headers. ------\n\n{{ORIG}}")
        subject = "Mail delivery failed: returning message to sender"
    return plain_with_copy(n, kind=kind, member=member, subj=subj, date=date, odate=odate,
                           frm=f"Mail Delivery System <Mailer-Daemon@{host}>", host=host, ip=ip, text=text,
                           subject=subject, probe=probe, extra=[("X-Failed-Recipients", member)] if not delay else [],
                           auto=True, copy_headers_only=copy_headers_only)


def qmail(n, kind, member, subj, date, odate, *, said, host=None, ip="192.0.2.30", probe=False):
    host = host or LISTS[kind][1]
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            f"I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            f"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<{member}>:\n{said}\n\n"
            f"--- Below this line is a copy of the message.\n\n{{ORIG}}")
    return plain_with_copy(n, kind=kind, member=member, subj=subj, date=date, odate=odate,
                           frm=f"MAILER-DAEMON@{host}", host=host, ip=ip, text=text, subject="failure notice",
                           probe=probe)


def sendmail(n, kind, member, subj, date, odate, *, status, reply, said, remote, rip="203.0.113.77", cmd="RCPT To",
             final_line=None, delay=False):
    host = LISTS[kind][1] if "8." in LISTS[kind][2] else MX
    qi = qid(n, 8) + "0" + qid(n + "s", 5)
    if delay:
        text = (f"The original message was received at {odate}\n"
                f"from {host.split('.')[0]}.{SITE} [192.0.2.25]\n\n"
                f"   ----- Transcript of session follows -----\n{final_line}\n"
                f"Warning: message still undelivered after 4 hours\n"
                f"Will keep trying until message is 5 days old\n")
    else:
        tr = "\n".join("<<< " + l for l in said.split("\n"))
        text = (f"The original message was received at {odate}\nfrom {host.split('.')[0]}.{SITE} [192.0.2.25]\n\n"
                f"   ----- The following addresses had permanent fatal errors -----\n<{member}>\n"
                f"    (reason: {said.splitlines()[-1]})\n\n   ----- Transcript of session follows -----\n"
                f"... while talking to {remote}.:\n>>> {cmd}:<{member}>\n{tr}\n"
                f"{final_line or reply + ' ' + status + ' <' + member + '>... ' + 'Delivery failed'}\n")
    r = {"final": member, "original": "rfc822;" + member if False else None, "action": "delayed" if delay else "failed",
         "status": status, "remote": remote, "diag": "smtp; " + " ".join(said.split("\n")),
         "last": date}
    r = {k: v for k, v in r.items() if v}
    return dsn(n, kind=kind, member=member, subj=subj, date=date, odate=odate,
               frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", host=host, ip="192.0.2.25", text=text,
               recips=[r], subject="Warning: could not send message for past 4 hours" if delay
               else "Returned mail: see transcript for details",
               extra=[("X-Mailer-Queue-Id", qi)])


def o365(n, kind, member, subj, date, odate, *, status, diag, title, explain, remote_host):
    """An NDR generated inside Exchange Online after it accepted the list's message."""
    dom = member.split("@")[1]
    text = (f"Your message to {member} couldn't be delivered.\n\n{title}\n\n"
            f"{member.split('@')[0]}\nOffice 365\n{dom}\nAction Required\n\n{explain}\n\n"
            f"More Info for Email Admins\nStatus code: {status.replace('.', '.', 2)}\n\n"
            f"Original Message Details\nCreated Date: {odate}\nSender Address: {return_path(kind, member) if kind != 'ezmlm' else LISTS[kind][0]}\n"
            f"Recipient Address: {member}\nSubject: {LISTS[kind][4]} {subj}\n\n"
            f"Error Details\nReported error: {diag}\nDSN generated by: {remote_host}\n")
    r = {"final": member, "original": member, "status": status, "remote": remote_host, "diag": "smtp; " + diag}
    return dsn(n, kind=kind, member=member, subj=subj, date=date, odate=odate,
               frm=f"Microsoft Outlook <MAILER-DAEMON@{remote_host}>", host=remote_host, ip="40.92.0.17",
               text=text, recips=[r], subject=f"Undeliverable: {LISTS[kind][4]} {subj}".replace("  ", " "),
               extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])


def autoreply(n, kind, member, subj, date, *, frm_name, text, subject_prefix="Automatic reply: ", extra=(),
              charset="us-ascii", cte=None, raw_subject=None):
    rp = return_path(kind, member)
    host = member.split("@")[1]
    heads = [deliver_heads(n, rp, date, "mail." + host, "198.51.100.140"), ("Date", date),
             ("From", f"{frm_name} <{member}>"), ("To", rp),
             ("Subject", raw_subject or f"{subject_prefix}{LISTS[kind][4]} {subj}".replace("  ", " ")),
             ("Message-ID", mid(n, "mail." + host)), ("In-Reply-To", mid(n + "post", LISTS[kind][1]))] + list(extra)
    heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, text_part(text, charset, cte)), rp


def out(n, msg, expects):
    write(OUT, n, msg[0] if isinstance(msg, tuple) else msg)
    for e in expects:
        expect(n, *e[:2], **e[2]) if len(e) > 2 else expect(n, *e)


D = lambda d, h, m, s=0, tz="+0000": dt(2026, 11, d, h, m, s, tz)  # noqa: E731


def E(member, reason, hard=False, status="", reply="", action="failed", vendor=""):
    return (member, reason, dict(hard=hard, status=status, reply=reply, action=action, vendor=vendor))


# ================================================================ Mailman 2.1 (lists.riverside-commons.example)
n = "mm21-verp-postfix-virtual-unknown.eml"
m = "m.holloway@kestrel-net.example"
out(n, postfix(n, "mm21", m, "Short-eared owls on the north marsh", D(24, 7, 2), D(24, 6, 58),
               status="5.1.1", remote="mx.kestrel-net.example",
               said="550 5.1.1 <m.holloway@kestrel-net.example>: Recipient address rejected: User unknown in virtual mailbox table"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="postfix")])

n = "mm21-verp-gmail-account-gone.eml"
m = "jpearce.birds@gmail.com"
out(n, postfix(n, "mm21", m, "Field trip rota for December", D(24, 7, 5), D(24, 6, 58),
               status="5.1.1", remote="gmail-smtp-in.l.google.com", rip="192.0.2.226",
               said="550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 5a1b2c3d4e.7 - gsmtp"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="gmail")])

n = "mm21-verp-exim-storage-allowance.eml"
m = "a.quinn@fenland-isp.example"
out(n, exim(n, "mm21", m, "Bittern heard at Reedham", D(25, 9, 14), D(25, 9, 10),
            host="mx-in.fenland-isp.example",
            detail="    host store2.fenland-isp.example [198.51.100.23]\n    SMTP error from remote mail server after end of data:\n    552 5.2.2 a.quinn@fenland-isp.example: this mailbox has used up its storage allowance\n"),
    [E(m, "mailboxfull", False, "5.2.2", "552", vendor="exim")])

n = "mm21-verp-yahoo-mailbox-disabled.eml"
m = "reedwarbler62@yahoo.co.uk"
out(n, postfix(n, "mm21", m, "Winter thrush counts", D(25, 11, 40), D(25, 11, 37),
               status="5.0.0", remote="mx-eu.mail.am0.yahoodns.net", rip="192.0.2.140", cmd="end of DATA",
               said="554 delivery error: dd Sorry your message to reedwarbler62@yahoo.co.uk cannot be delivered. This mailbox is disabled (554.30). - mta4218.mail.ir2.yahoo.com"),
    [E(m, "suspend", False, "5.0.0", "554", vendor="yahoo")])

n = "mm21-verp-outlook-dmarc-reject.eml"
m = "grebe.watch@outlook.com"
out(n, postfix(n, "mm21", m, "Re: Great crested grebe display", D(26, 8, 1), D(26, 7, 59),
               status="5.7.509", remote="outlook-com.olc.protection.outlook.com", rip="192.0.2.52", cmd="end of DATA",
               said="550 5.7.509 Access denied, sending domain WREN-MAIL.EXAMPLE does not pass DMARC verification and has a DMARC policy of reject. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com 2026-11-26T08:01:12.409Z 08DD2C3B4F1E5A7C]"),
    [E(m, "authfailure", False, "5.7.509", "550", vendor="outlook")])

n = "mm21-verp-delay-connect-timeout.eml"
m = "fieldnotes@wetland-mail.example"
out(n, postfix(n, "mm21", m, "Ringing session cancelled", D(26, 13, 20), D(26, 9, 15),
               status="4.4.1", remote="mx.wetland-mail.example", delay_hours=4,
               own="connect to mx.wetland-mail.example[203.0.113.40]:25: Connection timed out"),
    [E(m, "networkerror", False, "4.4.1", "", action="delayed", vendor="postfix")])

n = "mm21-verp-163-user-not-found.eml"
m = "liwei_birding@163.com"
out(n, postfix(n, "mm21", m, "Photos from Titchwell", D(27, 2, 44), D(27, 2, 41),
               status="5.0.0", remote="163mx02.mxmail.netease.com", rip="192.0.2.163",
               said="550 User not found: liwei_birding@163.com"),
    [E(m, "userunknown", True, "5.0.0", "550", vendor="163")])

n = "mm21-verp-qq-mailbox-full.eml"
m = "2847719305@qq.com"
out(n, postfix(n, "mm21", m, "Photos from Titchwell", D(27, 2, 45), D(27, 2, 41),
               status="5.2.2", remote="mx3.qq.com", rip="192.0.2.199",
               said="552 5.2.2 The recipient's mailbox is full, please try again later. http://service.mail.qq.com/detail/0/92"),
    [E(m, "mailboxfull", False, "5.2.2", "552", vendor="qq")])

n = "mm21-probe-exim-unrouteable.eml"
m = "kingfisher@old-dialup.example"
out(n, exim(n, "mm21", m, "Birders mailing list probe message", D(28, 3, 0), D(28, 2, 59), probe=True, host="relay2.dialup-isp.example",
            detail="    Unrouteable address\n"),
    [E(m, "hostunknown", True, "", "", vendor="exim")])

n = "mm21-uncaught-groupwise-unknown.eml"
m = "pgreen@parish-office.example"
gw = ("Return-Path: <>\nReceived: from gw.parish-office.example ([198.51.100.88])\n\tby lists.riverside-commons.example (Postfix) with ESMTP id 4Q7nX1Bz2k;\n\t" + D(28, 10, 4) +
      "\nDate: " + D(28, 10, 3) + "\nFrom: Mail Delivery System <postmaster@parish-office.example>\nTo: birders-bounces@lists.riverside-commons.example\n"
      "Subject: Undeliverable: [Birders] Hedge planting day\nMessage-ID: <GW.5E1A@gw.parish-office.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
      "The message that you sent was undeliverable to the following:\n\tpgreen@parish-office.example (user not found)\n\n"
      "Possibly truncated original message follows:\n\nSubject: [Birders] Hedge planting day\nFrom: Tom Pereira\n\nWe meet at the lych gate at ten.\n")
body = multipart("mixed", [text_part("The attached message was received as a bounce, but either the bounce format\nwas not recognized, or no member addresses could be extracted from it.  This\nmailing list has been configured to send all unrecognized bounce messages to\nthe list administrator(s).\n\nFor more information see:\nhttps://lists.riverside-commons.example/mailman/admin/birders/bounce\n"),
                           part("message/rfc822", gw, cte=None)], boundary(n))
msg = mail([deliver_heads(n, "birders-owner@lists." + SITE, D(28, 10, 5), "lists." + SITE, "192.0.2.25"), ("Date", D(28, 10, 5)),
            ("From", "birders-bounces@lists." + SITE), ("To", "birders-owner@lists." + SITE),
            ("Subject", "Uncaught bounce notification"), ("Message-ID", mid(n, "lists." + SITE)),
            ("X-List-Administrivia", "yes"), ("Precedence", "bulk"), ("X-BeenThere", "birders@lists." + SITE)], body)
out(n, msg, [E(m, "userunknown", True, "", "", vendor="groupwise")])

n = "mm21-vacation-exchange-autoreply.eml"
m = "sarah.lindqvist@coastal-trust.example"
out(n, autoreply(n, "mm21", m, "Winter thrush counts", D(25, 11, 39), frm_name="Sarah Lindqvist",
                 extra=[("X-MS-Exchange-Inbox-Rules-Loop", m), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "[Birders] Winter thrush counts")],
                 text="I am on leave until Monday 7 December with no access to email.\nFor reserve bookings please contact the visitor centre on 01234 567890.\n\nSarah\n"),
    [E(m, "vacation", action="")])

n = "mm21-verp-delay-mailbox-full-dovecot.eml"
m = "n.brook@heronry-mail.example"
out(n, postfix(n, "mm21", m, "Heronry survey volunteers", D(29, 16, 2), D(29, 12, 0),
               status="4.2.2", remote="mail.heronry-mail.example", rip="203.0.113.61", delay_hours=4, cmd="end of DATA",
               said="452 4.2.2 <n.brook@heronry-mail.example> Quota exceeded (mailbox for user is full)"),
    [E(m, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="dovecot")])

# ================================================================ Sympa (sympa.riverside-commons.example, Sendmail)
n = "sympa-verp-sendmail-exchange-recipient-not-found.eml"
m = "c.ambrose@cathedral-office.example"
out(n, sendmail(n, "sympa", m, "Advent concert: rehearsal times", D(23, 18, 2), D(23, 18, 0),
                status="5.1.1", reply="550", remote="mail.cathedral-office.example",
                said="550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                final_line="550 5.1.1 <c.ambrose@cathedral-office.example>... User unknown"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="sendmail")])

n = "sympa-verp-o365-quota-shutoff.eml"
m = "alto.lead@parishcouncil-sample.example"
out(n, o365(n, "sympa", m, "Advent concert: rehearsal times", D(23, 18, 9), D(23, 18, 0),
            status="5.2.2", remote_host="AM9PR02MB7730.eurprd02.prod.outlook.com",
            diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]",
            title="The recipient's mailbox is full and can't accept messages now.",
            explain="Please try resending this message later, or contact the recipient directly."),
    [E(m, "mailboxfull", False, "5.2.2", "554", vendor="office365")])

n = "sympa-verp-o365-resolver-not-found.eml"
m = "tenor2@valley-school-sample.example"
out(n, o365(n, "sympa", m, "Carol singing rota", D(24, 10, 31), D(24, 10, 28),
            status="5.1.10", remote_host="DB8PR04MB6602.eurprd04.prod.outlook.com",
            diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tenor2@valley-school-sample.example not found by SMTP address lookup",
            title="The email address you entered couldn't be found.",
            explain="Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk."),
    [E(m, "userunknown", True, "5.1.10", "550", vendor="office365")])

n = "sympa-verp-sendmail-delay-connection-refused.eml"
m = "bass.section@chorale-mail.example"
out(n, sendmail(n, "sympa", m, "Carol singing rota", D(24, 14, 28), D(24, 10, 28), delay=True,
                status="4.4.1", reply="", remote="mx.chorale-mail.example", said="Deferred: Connection refused by mx.chorale-mail.example.",
                final_line="<bass.section@chorale-mail.example>... Deferred: Connection refused by mx.chorale-mail.example."),
    [E(m, "networkerror", False, "4.4.1", "", action="delayed", vendor="sendmail")])

n = "sympa-verp-sendmail-size-limit.eml"
m = "h.krause@t-online.de"
out(n, sendmail(n, "sympa", m, "Concert poster (PDF, print version)", D(25, 8, 16), D(25, 8, 15),
                status="5.3.4", reply="552", remote="mx00.t-online.de", rip="192.0.2.94", cmd="DATA",
                said="552 5.3.4 Message size exceeds fixed maximum message size",
                final_line="552 5.3.4 <h.krause@t-online.de>... Message size exceeds fixed maximum message size"),
    [E(m, "emailtoolarge", False, "5.3.4", "552", vendor="t-online")])

n = "sympa-verp-sendmail-wanadoo-invalid.eml"
m = "mf.leclerc@wanadoo.fr"
out(n, sendmail(n, "sympa", m, "Concert poster (PDF, print version)", D(25, 8, 17), D(25, 8, 15),
                status="5.1.1", reply="550", remote="smtp-in.orange.fr", rip="192.0.2.181",
                said="550 5.1.1 <mf.leclerc@wanadoo.fr>: Adresse destinataire invalide. Invalid recipient.",
                final_line="550 5.1.1 <mf.leclerc@wanadoo.fr>... User unknown"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="orange")])

n = "sympa-verp-courier-maildrop-quota.eml"
m = "rose.alto@sopranos-net.example"
host = "mail.sopranos-net.example"
txt = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.3.12.\n\n"
       f"The original message was received on {D(26, 9, 2)}\nfrom sympa.riverside-commons.example [192.0.2.25]\n\n"
       "---------------------------------------------------------------------------\n\n"
       "                           UNDELIVERABLE MAIL\n\n"
       "Your message to the following recipients cannot be delivered:\n\n"
       f"<{m}>:\n    maildrop: maildir over quota.\n\n"
       "---------------------------------------------------------------------------\n\n"
       "If your message was also sent to additional recipients, their delivery\nstatus is not included in this report.  You may or may not receive\nother delivery status notifications for additional recipients.\n\n"
       "The original message follows as a separate attachment.\n")
out(n, dsn(n, kind="sympa", member=m, subj="Robes collection on Saturday", date=D(26, 9, 3), odate=D(26, 9, 1),
           frm=f"Courier mail server at {host} <@>", host=host, ip="198.51.100.19", text=txt, returned="message",
           subject="NOTICE: mail delivery status.",
           recips=[{"final": m, "original": m, "status": "5.0.0", "diag": "x-unix; maildrop: maildir over quota."}]),
    [E(m, "mailboxfull", False, "5.0.0", "", vendor="courier")])

n = "sympa-vacation-fr-reponse-automatique.eml"
m = "odile.vasseur@free.fr"
out(n, autoreply(n, "sympa", m, "Robes collection on Saturday", D(26, 9, 4), frm_name="Odile Vasseur",
                 raw_subject=enc_header("Réponse automatique : [choir-news] Robes collection on Saturday", "iso-8859-1", "q"),
                 charset="iso-8859-1", cte="quoted-printable",
                 text="Bonjour,\n\nJe suis absente jusqu'au 2 décembre et je n'ai pas accès à ma messagerie.\nJe vous répondrai dès mon retour.\n\nCordialement,\nOdile Vasseur\n"),
    [E(m, "vacation", action="")])

# ================================================================ LISTSERV (listserv.riverside-commons.example, Exim)
n = "listserv-owner-forward-sendmail-unknown.eml"
m = "e.marsh@county-records.example"
inner_host = "smtp.county-records.example"
inner = (f"Return-Path: <>\nReceived: from {inner_host} ({inner_host} [198.51.100.71])\n\tby listserv.riverside-commons.example (Exim 4.97) with esmtps id 1uQ7aB-00041x-2Q\n\tfor owner-HIST-L@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE;\n\t{D(27, 14, 12)}\n"
         f"Date: {D(27, 14, 11)}\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{inner_host}>\nTo: owner-HIST-L@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE\n"
         f"Subject: Returned mail: User unknown\nMessage-Id: <202611271411.4ARHBx7Q019922@{inner_host}>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
         f"The original message was received at {D(27, 14, 10)}\nfrom listserv.riverside-commons.example [192.0.2.25]\n\n"
         f"   ----- The following addresses had permanent fatal errors -----\n<{m}>\n\n"
         f"   ----- Transcript of session follows -----\n... while talking to store.county-records.example.:\n>>> RCPT To:<{m}>\n<<< 550 5.1.1 <{m}>... User unknown\n550 5.1.1 <{m}>... User unknown\n\n"
         f"   ----- Original message follows -----\n\n" + list_post("listserv", m, "Tithe maps of the parish", D(27, 14, 9), n, "owner-HIST-L@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE"))
body = multipart("mixed", [text_part("The enclosed message, found in the HIST-L mailbox and shown under the spool ID\n48213 in the system log, has been identified as a possible delivery error\nnotice for the following reason: \"User unknown\" found in the Subject: field.\n\nThe enclosed message has been forwarded to the list owners for action.\n"),
                           part("message/rfc822", inner, cte=None)], boundary(n))
msg = mail([deliver_heads(n, "HIST-L-request@LISTSERV." + SITE.upper(), D(27, 14, 13), "listserv." + SITE, "192.0.2.25"),
            ("Date", D(27, 14, 13)), ("From", "\"L-Soft list server at LISTSERV.RIVERSIDE-COMMONS.EXAMPLE (17.0)\" <LISTSERV@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE>"),
            ("To", "HIST-L-request@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE"), ("Subject", "HIST-L: forwarded delivery error notice"),
            ("Message-ID", mid(n, "LISTSERV." + SITE.upper()))], body)
out(n, msg, [E(m, "userunknown", True, "5.1.1", "550", vendor="sendmail")])

n = "listserv-probe-exim-null-mx.eml"
m = "clerk@old-parish-archive.example"
out(n, exim(n, "listserv", m, "Tithe maps of the parish", D(27, 14, 10), D(27, 14, 9), probe=True, ip="192.0.2.25",
            detail="    Domain old-parish-archive.example has a null MX record (RFC 7505):\n    it has said that it accepts no mail at all\n"),
    [E(m, "notaccept", True, "", "", vendor="exim")])

n = "listserv-probe-exim-relayed-user-unknown.eml"
m = "g.whitlock@uni-sample.example"
out(n, exim(n, "listserv", m, "Enclosure awards in the county", D(28, 11, 4), D(28, 11, 2), probe=True, ip="192.0.2.25",
            detail="    host mx1.uni-sample.example [203.0.113.120]\n    SMTP error from remote mail server after RCPT TO:<g.whitlock@uni-sample.example>:\n    550 5.1.1 <g.whitlock@uni-sample.example>: Recipient address rejected: undeliverable address:\n    host mailstore.uni-sample.example[10.20.0.5] said: 550 5.1.1 <g.whitlock@uni-sample.example>:\n    Recipient address rejected: User unknown in local recipient table\n"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="exim")])

n = "listserv-exim-delay-rate-limit.eml"
m = "archivist@records-hub.example"
out(n, exim(n, "listserv", m, "Enclosure awards in the county", D(29, 11, 5), D(28, 11, 2), delay=True, ip="192.0.2.25",
            detail="    host mx.records-hub.example [203.0.113.88]\n    Delay reason: SMTP error from remote mail server after MAIL FROM:<owner-HIST-L@LISTSERV.RIVERSIDE-COMMONS.EXAMPLE> SIZE=5231:\n    451 4.7.1 Rate limit exceeded for sender host 192.0.2.25: 120 messages per hour; try again later\n"),
    [E(m, "ratelimited", False, "4.7.1", "451", action="delayed", vendor="exim")])

n = "listserv-exim-spamhaus-zen.eml"
m = "d.okafor@fenwick-mail.example"
out(n, exim(n, "listserv", m, "Census returns for 1851", D(29, 15, 40), D(29, 15, 38), ip="192.0.2.25",
            detail="    host mx.fenwick-mail.example [203.0.113.201]\n    SMTP error from remote mail server after RCPT TO:<d.okafor@fenwick-mail.example>:\n    554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org;\n    https://www.spamhaus.org/query/ip/192.0.2.25\n"),
    [E(m, "blocked", False, "5.7.1", "554", vendor="exim")])

n = "listserv-exim-moved-new-address.eml"
m = "r.carr@old-county-council.example"
out(n, exim(n, "listserv", m, "Census returns for 1851", D(29, 15, 41), D(29, 15, 38), ip="192.0.2.25",
            detail="    host mail.old-county-council.example [198.51.100.150]\n    SMTP error from remote mail server after RCPT TO:<r.carr@old-county-council.example>:\n    551 5.1.6 User has moved; please try <rcarr@history-trust.example>\n"),
    [E(m, "hasmoved", True, "5.1.6", "551", vendor="exim")])

n = "listserv-domino-database-full.eml"
m = "p.ashby@estate-office.example"
dtext = (f"Your message\n\n  Subject: Census returns for 1851\n\nwas not delivered to:\n\n  {m}\n\nbecause:\n\n"
         "  Unable to deliver message: the recipient's mail database has exceeded its size quota\n")
out(n, attached(n, kind="listserv", member=m, subj="Census returns for 1851", date=D(29, 15, 50), odate=D(29, 15, 38),
                frm=f"Postmaster@estate-office.example", host="notes01.estate-office.example", ip="198.51.100.33",
                text=dtext, subject="DELIVERY FAILURE: Unable to deliver message: the recipient's mail database has exceeded its size quota",
                extra=[("X-MIMETrack", "Itemize by SMTP Server on notes01/EstateOffice(Release 12.0.2|November 2026) at 29/11/2026 15:50:01")]),
    [E(m, "mailboxfull", False, "", "", vendor="domino")])

n = "listserv-vacation-de-abwesenheit.eml"
m = "k.brandt@heimatverein-sample.example"
out(n, autoreply(n, "listserv", m, "Census returns for 1851", D(29, 15, 39), frm_name="Karin Brandt",
                 raw_subject="Abwesenheitsnotiz: Census returns for 1851", charset="iso-8859-15", cte="quoted-printable",
                 text="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Dezember nicht im Büro.\nIhre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Archiv.\n\nMit freundlichen Grüßen\nKarin Brandt\n"),
    [E(m, "vacation", action="")])

# ================================================================ Majordomo 1 (mj.riverside-commons.example, Sendmail; owner-hamradio, no VERP)
n = "mj1-owner-sendmail-user-unknown.eml"
m = "g4kxr@radio-net.example"
out(n, sendmail(n, "mj1", m, "Club net moves to 145.525", D(22, 19, 31), D(22, 19, 30),
                status="5.1.1", reply="550", remote="mx.radio-net.example", rip="198.51.100.45",
                said="550 5.1.1 <g4kxr@radio-net.example>... User unknown",
                final_line="550 5.1.1 <g4kxr@radio-net.example>... User unknown"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="sendmail")])

n = "mj1-owner-remote-qmail-no-mailbox.eml"
m = "m0abc@shack-mail.example"
out(n, qmail(n, "mj1", m, "Club net moves to 145.525", D(22, 19, 34), D(22, 19, 30), host="mail.shack-mail.example", ip="198.51.100.52",
             said="Sorry, no mailbox here by that name. vpopmail (#5.1.1)"),
    [E(m, "userunknown", True, "5.1.1", "", vendor="qmail")])

n = "mj1-owner-remote-qmail-vpopmail-quota.eml"
m = "2e0fox@shack-mail.example"
out(n, qmail(n, "mj1", m, "Field day logs wanted", D(23, 8, 12), D(23, 8, 10), host="mail.shack-mail.example", ip="198.51.100.52",
             said="The users mailfolder is over the allowed quota (size). (#5.2.2)"),
    [E(m, "mailboxfull", False, "5.2.2", "", vendor="qmail")])

n = "mj1-owner-sendmail-delay-local-problem.eml"
m = "g3vhf@contest-club.example"
out(n, sendmail(n, "mj1", m, "Field day logs wanted", D(23, 12, 10), D(23, 8, 10), delay=True,
                status="4.3.0", reply="451", remote="mx.contest-club.example",
                said="451 4.3.0 Temporary local problem - please try later",
                final_line="<g3vhf@contest-club.example>... Deferred: 451 4.3.0 Temporary local problem - please try later"),
    [E(m, "systemerror", False, "4.3.0", "451", action="delayed", vendor="sendmail")])

n = "mj1-owner-old-sendmail-host-unknown.eml"
m = "vk2oz@defunct-radio-club.example"
host = "mj." + SITE
txt = (f"The original message was received at {D(24, 6, 0)}\nfrom localhost [127.0.0.1]\n\n"
       f"   ----- The following addresses had permanent fatal errors -----\n{m}\n\n"
       f"   ----- Transcript of session follows -----\n"
       f"550 5.1.2 {m}... Host unknown (Name server: defunct-radio-club.example: host not found)\n\n"
       "   ----- Original message follows -----\n\n{ORIG}")
out(n, plain_with_copy(n, kind="mj1", member=m, subj="Antenna party at G4KXR's", date=D(24, 6, 1), odate=D(24, 6, 0),
                       frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", host=host, ip="192.0.2.25", text=txt,
                       subject="Returned mail: Host unknown (Name server: defunct-radio-club.example: host not found)"),
    [E(m, "hostunknown", True, "5.1.2", "550", vendor="sendmail")])

n = "mj1-owner-sendmail-aol-not-valid.eml"
m = "dxhunter1958@aol.com"
out(n, sendmail(n, "mj1", m, "Antenna party at G4KXR's", D(24, 6, 3), D(24, 6, 0),
                status="5.0.0", reply="554", remote="mx-aol.mail.gm0.yahoodns.net", rip="192.0.2.141", cmd="RCPT To",
                said="554 delivery error: dd Not a valid recipient - atlas202.aol.mail.ne1.yahoo.com",
                final_line="554 5.0.0 <dxhunter1958@aol.com>... Service unavailable"),
    [E(m, "userunknown", True, "5.0.0", "554", vendor="aol")])

n = "mj1-vacation-unix-vacation.eml"
m = "g0nxt@fenland-isp.example"
out(n, autoreply(n, "mj1", m, "Antenna party at G4KXR's", D(24, 6, 2), frm_name="Neil Thorpe",
                 raw_subject="away from my mail", extra=[("Precedence", "bulk")],
                 text="I will not be reading my mail for a while, I am at the DXpedition to\nthe Orkneys until 30 November. Your mail concerning \"[hamradio] Antenna\nparty at G4KXR's\" will be read when I return.\n\n73, Neil G0NXT\n"),
    [E(m, "vacation", action="")])

# ================================================================ Majordomo 2 (mj2.riverside-commons.example, Postfix, VERP)
n = "mj2-verp-postfix-domain-not-found.eml"
m = "meteors@stargazers-old.example"
out(n, postfix(n, "mj2", m, "Geminids watch: meet at the car park", D(25, 20, 1), D(25, 20, 0), status="5.4.4",
               own="Host or domain name not found. Name service error for name=stargazers-old.example type=A: Host not found"),
    [E(m, "hostunknown", True, "5.4.4", "", vendor="postfix")])

n = "mj2-verp-postfix-barracuda-reputation.eml"
m = "j.hale@dark-skies-sample.example"
out(n, postfix(n, "mj2", m, "Geminids watch: meet at the car park", D(25, 20, 2), D(25, 20, 0), status="5.7.1",
               remote="d123456a.ess.barracudanetworks.com", rip="192.0.2.210",
               said="554 Service unavailable; Client host [192.0.2.25] blocked using Barracuda Reputation; https://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.25"),
    [E(m, "blocked", False, "5.7.1", "554", vendor="barracuda")])

n = "mj2-verp-postfix-spam-score.eml"
m = "telescope.loans@observatory-friends.example"
out(n, postfix(n, "mj2", m, "FREE telescope loan scheme - apply now!!", D(26, 12, 30), D(26, 12, 29), status="5.7.1",
               remote="mx.observatory-friends.example", rip="203.0.113.150", cmd="end of DATA",
               said="554 5.7.1 Your message was considered spam (score 8.4, required 6.0) and has been rejected"),
    [E(m, "spamdetected", False, "5.7.1", "554", vendor="postfix")])

n = "mj2-verp-postfix-mailru-disabled.eml"
m = "orion.petrov@mail.ru"
out(n, postfix(n, "mj2", m, "Lecture: variable stars", D(26, 18, 5), D(26, 18, 4), status="5.0.0",
               remote="mxs.mail.ru", rip="192.0.2.217",
               said="550 Message was not accepted -- invalid mailbox.  Local mailbox orion.petrov@mail.ru is unavailable: account is disabled"),
    [E(m, "suspend", False, "5.0.0", "550", vendor="mailru")])

n = "mj2-verp-postfix-delay-tls-not-offered.eml"
m = "secretary@lunar-society-sample.example"
out(n, postfix(n, "mj2", m, "Lecture: variable stars", D(26, 22, 5), D(26, 18, 4), status="4.7.4", delay_hours=4,
               remote="mail.lunar-society-sample.example",
               own="TLS is required, but was not offered by host mail.lunar-society-sample.example[198.51.100.99]"),
    [E(m, "failedstarttls", False, "4.7.4", "", action="delayed", vendor="postfix")])

n = "mj2-verp-postfix-spf-fail.eml"
m = "chair@planetarium-trust.example"
out(n, postfix(n, "mj2", m, "AGM papers", D(27, 9, 0), D(27, 8, 59), status="5.7.23",
               remote="mx.planetarium-trust.example", rip="203.0.113.17",
               said="550 5.7.23 <chair@planetarium-trust.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=astro-owner@mj2.riverside-commons.example;ip=192.0.2.25;r=chair@planetarium-trust.example"),
    [E(m, "authfailure", False, "5.7.23", "550", vendor="postfix")])

n = "mj2-verp-groupsio-not-member.eml"
m = "main@valley-astronomers.groups.io"
gtxt = ("Hi,\n\nYour message to main@valley-astronomers.groups.io, subject \"[astro] AGM papers\", was not\n"
        "delivered because you are not a member of the group and the group only accepts\n"
        "messages from members.\n\nTo join the group, send an email to main+subscribe@valley-astronomers.groups.io\n"
        "or visit https://valley-astronomers.groups.io/g/main/join\n\nThanks,\nThe Groups.io Team\n")
out(n, attached(n, kind="mj2", member=m, subj="AGM papers", date=D(27, 9, 1), odate=D(27, 8, 59),
                frm="\"Groups.io\" <noreply@groups.io>", host="mail02.groups.io", ip="192.0.2.66", text=gtxt,
                subject="Message Not Delivered: [astro] AGM papers", extra=[("X-Groupsio-Bounce", "notmember")]),
    [E(m, "rejected", False, "", "", vendor="groups.io")])

# ================================================================ ezmlm-idx on qmail (ezmlm.riverside-commons.example)
n = "ezmlm-qmail-remote-local-recipient-table.eml"
m = "flat12@towerblock-mail.example"
out(n, qmail(n, "ezmlm", m, "Boiler inspection next Tuesday", D(21, 10, 0), D(21, 9, 59),
             said="203.0.113.9 does not like recipient.\nRemote host said: 550 5.1.1 <flat12@towerblock-mail.example>: Recipient address rejected: User unknown in local recipient table\nGiving up on 203.0.113.9."),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="qmail")])

n = "ezmlm-qmail-gave-up-no-connection.eml"
m = "warden@almshouse-sample.example"
out(n, qmail(n, "ezmlm", m, "Boiler inspection next Tuesday", D(28, 10, 2), D(21, 9, 59),
             said="I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long."),
    [E(m, "expired", False, "4.4.1", "", vendor="qmail")])

n = "ezmlm-qmail-no-host-named.eml"
m = "rentcommittee@flatmates-old.example"
out(n, qmail(n, "ezmlm", m, "Minutes of the November meeting", D(22, 17, 31), D(22, 17, 30),
             said="Sorry, I couldn't find any host named flatmates-old.example. (#5.1.2)"),
    [E(m, "hostunknown", True, "5.1.2", "", vendor="qmail")])

n = "ezmlm-qmail-remote-size-limit-mailbox.eml"
m = "j.moss@canal-isp.example"
out(n, qmail(n, "ezmlm", m, "Minutes of the November meeting", D(22, 17, 33), D(22, 17, 30),
             said="198.51.100.210 failed after I sent the message.\nRemote host said: 552 5.2.2 <j.moss@canal-isp.example>: mailbox size limit exceeded, the user has 2048 of 2048 MB in use\nGiving up on 198.51.100.210."),
    [E(m, "mailboxfull", False, "5.2.2", "552", vendor="qmail")])

n = "ezmlm-probe-qmail-does-not-like-recipient.eml"
m = "tenant.rep@harbour-flats.example"
out(n, qmail(n, "ezmlm", m, "ezmlm probe", D(30, 4, 0), D(30, 3, 59), probe=True,
             said="198.51.100.31 does not like recipient.\nRemote host said: 550 No such recipient here\nGiving up on 198.51.100.31."),
    [E(m, "userunknown", True, "", "550", vendor="qmail")])

n = "ezmlm-qmail-o365-dbeb-access-denied.eml"
m = "housing.officer@borough-sample.example"
out(n, qmail(n, "ezmlm", m, "Repairs backlog: letter to the council", D(23, 11, 2), D(23, 11, 0),
             said="192.0.2.48 does not like recipient.\nRemote host said: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [LO2GBR01FT021.eop-gbr01.prod.protection.outlook.com 2026-11-23T11:02:04.118Z 08DD0B7E9F3A21C4]\nGiving up on 192.0.2.48."),
    [E(m, "userunknown", True, "5.4.1", "550", vendor="office365")])

n = "ezmlm-vacation-qq-gbk.eml"
m = "1736620481@qq.com"
out(n, autoreply(n, "ezmlm", m, "Repairs backlog: letter to the council", D(23, 11, 1), frm_name="Chen Jing",
                 raw_subject=enc_header("自动回复: [tenants] Repairs backlog: letter to the council", "gbk"),
                 charset="gbk", cte="base64", extra=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x")],
                 text="您好，您的邮件我已收到，我这几天在外地出差，回来后会尽快回复您。\n\n陈静\n"),
    [E(m, "vacation", action="", vendor="qq")])

# ================================================================ phpList (news.riverside-commons.example, Exim; one return path)
n = "phplist-exim-remote-user-doesnt-exist.eml"
m = "b.fairweather@allotment-mail.example"
out(n, exim(n, "phplist", m, "December newsletter: lights switch-on", D(20, 8, 31), D(20, 8, 30), ip="192.0.2.25",
            detail="    host mx.allotment-mail.example [203.0.113.133]\n    SMTP error from remote mail server after RCPT TO:<b.fairweather@allotment-mail.example>:\n    550 5.1.1 <b.fairweather@allotment-mail.example>: user doesn't exist here\n"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="exim")])

n = "phplist-exim-gmail-unauthenticated.eml"
m = "riverside.mum@gmail.com"
out(n, exim(n, "phplist", m, "December newsletter: lights switch-on", D(20, 8, 33), D(20, 8, 30), ip="192.0.2.25",
            detail="    host gmail-smtp-in.l.google.com [192.0.2.227]\n    SMTP error from remote mail server after pipelined end of data:\n    550-5.7.26 Your email has been blocked because the sender is unauthenticated.\n    550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n    550-5.7.26\n    550-5.7.26  Authentication results:\n    550-5.7.26  DKIM = did not pass\n    550-5.7.26  SPF [news.riverside-commons.example] with ip: [192.0.2.25] = did not pass\n    550-5.7.26\n    550 5.7.26 https://support.google.com/mail/answer/81126#authentication 2adb3069b0e04-5a1b.9 - gsmtp\n"),
    [E(m, "authfailure", False, "5.7.26", "550", vendor="gmail")])

n = "phplist-exim-delay-gmail-rate.eml"
m = "commons.volunteer@gmail.com"
out(n, exim(n, "phplist", m, "December newsletter: lights switch-on", D(21, 8, 40), D(20, 8, 30), delay=True, ip="192.0.2.25",
            detail="    host gmail-smtp-in.l.google.com [192.0.2.227]\n    Delay reason: SMTP error from remote mail server after pipelined end of data:\n    421-4.7.28 Gmail has detected an unusual rate of mail originating from your\n    421-4.7.28 IP address 192.0.2.25. To protect our users from spam, mail sent from\n    421-4.7.28 your IP address has been temporarily rate limited.\n    421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError 3f1490d57ef6-9c.4 - gsmtp\n"),
    [E(m, "ratelimited", False, "4.7.28", "421", action="delayed", vendor="gmail")])

n = "phplist-exim-pipe-child-returned.eml"
m = "helpdesk@community-centre-sample.example"
out(n, exim(n, "phplist", m, "Hall bookings open for January", D(22, 9, 1), D(22, 9, 0), host="mail.community-centre-sample.example", ip="198.51.100.77",
            detail="    pipe to |/usr/local/bin/ticket-import --queue general\n      generated by helpdesk@community-centre-sample.example\n      local delivery failed\n    Child process of ticket_pipe transport returned 2 from command:\n      /usr/local/bin/ticket-import\n"),
    [E(m, "mailererror", False, "", "", vendor="exim")])

n = "phplist-exim-outlook-s3140-block.eml"
m = "parkrunner77@hotmail.co.uk"
out(n, exim(n, "phplist", m, "Hall bookings open for January", D(22, 9, 3), D(22, 9, 0), ip="192.0.2.25",
            detail="    host eur.olc.protection.outlook.com [192.0.2.53]\n    SMTP error from remote mail server after RCPT TO:<parkrunner77@hotmail.co.uk>:\n    550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AMS0EPF000001A4.eurprd05.prod.outlook.com 2026-11-22T09:03:11.027Z 08DD0A1B2C3D4E5F]\n"),
    [E(m, "blocked", False, "5.7.1", "550", vendor="outlook")])

n = "phplist-exim-retry-timeout.eml"
m = "office@riverside-dental-sample.example"
out(n, exim(n, "phplist", m, "Hall bookings open for January", D(26, 9, 5), D(22, 9, 0), ip="192.0.2.25",
            detail="    retry timeout exceeded\n    host mail.riverside-dental-sample.example [198.51.100.14]: Connection refused\n"),
    [E(m, "expired", False, "", "", vendor="exim")])

n = "phplist-exim-recipient-refuses-sender.eml"
m = "no.newsletters@quiet-household.example"
out(n, exim(n, "phplist", m, "Christmas market stalls", D(24, 16, 1), D(24, 16, 0), ip="192.0.2.25",
            detail="    host mx.quiet-household.example [203.0.113.44]\n    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message refused: the recipient has chosen not to accept mail from newsletter@news.riverside-commons.example\n"),
    [E(m, "filtered", False, "5.7.1", "550", vendor="exim")])

n = "phplist-exim-gmail-account-disabled.eml"
m = "stallholder.anne@gmail.com"
out(n, exim(n, "phplist", m, "Christmas market stalls", D(24, 16, 2), D(24, 16, 0), ip="192.0.2.25",
            detail="    host gmail-smtp-in.l.google.com [192.0.2.227]\n    SMTP error from remote mail server after RCPT TO:<stallholder.anne@gmail.com>:\n    550-5.2.1 The email account that you tried to reach is disabled. For more\n    550-5.2.1 information, go to\n    550 5.2.1  https://support.google.com/mail/?p=DisabledUser 6a1c.2 - gsmtp\n"),
    [E(m, "suspend", False, "5.2.1", "550", vendor="gmail")])

n = "phplist-vacation-outlook-ooo.eml"
m = "t.ngata@marina-office.example"
out(n, autoreply(n, "phplist", m, "Christmas market stalls", D(24, 16, 5), frm_name="Tama Ngata",
                 raw_subject="Out of Office: Christmas market stalls",
                 extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", m)],
                 text="Thank you for your email. I am out of the office until 1 December.\nFor marina berthing enquiries please call the harbour office.\n\nTama\n"),
    [E(m, "vacation", action="")])

# ================================================================ Google Groups as list members
n = "mm21-verp-google-group-deleted.eml"
m = "riverside-birders-relay@googlegroups.com"
out(n, postfix(n, "mm21", m, "Field trip rota for December", D(24, 7, 6), D(24, 6, 58), status="5.1.1",
               remote="aspmx.l.google.com", rip="192.0.2.228",
               said="550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-6c.19 - gsmtp"),
    [E(m, "userunknown", True, "5.1.1", "550", vendor="gmail")])

n = "sympa-verp-google-group-members-only.eml"
m = "choir-alumni@googlegroups.com"
out(n, sendmail(n, "sympa", m, "Advent concert: rehearsal times", D(23, 18, 3), D(23, 18, 0),
                status="5.7.1", reply="550", remote="aspmx.l.google.com", rip="192.0.2.228", cmd="DATA",
                said="550-5.7.1 You do not have permission to post to the group choir-alumni. Only\n550-5.7.1 members of the group may post. 98e67ed59e1d1-2f.3 - gsmtp",
                final_line="550 5.7.1 <choir-alumni@googlegroups.com>... Service unavailable"),
    [E(m, "rejected", False, "5.7.1", "550", vendor="google-groups")])

# ---------------------------------------------------------------- a few more of each list's everyday kinds
n = "listserv-exim-delay-dns-lookup.eml"
m = "society@family-history-sample.example"
out(n, exim(n, "listserv", m, "Parish registers digitised", D(30, 16, 0), D(29, 15, 50), delay=True, ip="192.0.2.25",
            detail="    Delay reason: host lookup did not complete: DNS query for family-history-sample.example\n    timed out (SERVFAIL from the domain's name servers)\n"),
    [E(m, "networkerror", False, "", "", action="delayed", vendor="exim")])

n = "sympa-verp-sendmail-attachment-policy.eml"
m = "music.dept@grammar-school-sample.example"
out(n, sendmail(n, "sympa", m, "Carol sheets (macro-enabled .docm)", D(25, 13, 22), D(25, 13, 20),
                status="5.7.0", reply="550", remote="filter.grammar-school-sample.example", rip="198.51.100.160", cmd="DATA",
                said="550 5.7.0 Message rejected: attachments of type .docm are not permitted by the school's mail policy",
                final_line="550 5.7.0 <music.dept@grammar-school-sample.example>... Service unavailable"),
    [E(m, "policyviolation", False, "5.7.0", "550", vendor="sendmail")])

n = "mj1-owner-sendmail-two-members-same-host.eml"
m1, m2 = "g8dxc@mercia-radio.example", "m7tgh@mercia-radio.example"
host = "mj." + SITE
txt = (f"The original message was received at {D(27, 21, 0)}\nfrom localhost [127.0.0.1]\n\n"
       f"   ----- The following addresses had permanent fatal errors -----\n<{m1}>\n    (reason: 550 5.1.1 <{m1}>... No such user)\n"
       f"<{m2}>\n    (reason: 552 5.2.2 <{m2}>... Mailbox full)\n\n"
       f"   ----- Transcript of session follows -----\n... while talking to mail.mercia-radio.example.:\n"
       f">>> DATA\n<<< 550 5.1.1 <{m1}>... No such user\n550 5.1.1 <{m1}>... User unknown\n"
       f"<<< 552 5.2.2 <{m2}>... Mailbox full\n552 5.2.2 <{m2}>... Mailbox full\n<<< 503 5.0.0 No recipients specified\n")
out(n, dsn(n, kind="mj1", member=m1, subj="Repeater maintenance Sunday", date=D(27, 21, 1), odate=D(27, 21, 0),
           frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", host=host, ip="192.0.2.25", text=txt,
           subject="Returned mail: see transcript for details",
           recips=[{"final": m1, "status": "5.1.1", "remote": "mail.mercia-radio.example", "diag": f"smtp; 550 5.1.1 <{m1}>... No such user"},
                   {"final": m2, "status": "5.2.2", "remote": "mail.mercia-radio.example", "diag": f"smtp; 552 5.2.2 <{m2}>... Mailbox full"}]),
    [E(m1, "userunknown", True, "5.1.1", "550", vendor="sendmail"), E(m2, "mailboxfull", False, "5.2.2", "552", vendor="sendmail")])

n = "mm21-verp-126-dt-spm.eml"
m = "birdphoto_zhang@126.com"
out(n, postfix(n, "mm21", m, "Spoonbills!! Best photos ever - click here", D(28, 6, 12), D(28, 6, 10), status="5.0.0",
               remote="126mx01.mxmail.netease.com", rip="192.0.2.164", cmd="end of DATA",
               said="554 DT:SPM 126 smtp3,DcmowACHb1cbz0hn7u0BAA--.38215S2 1764310332, please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.25&hostid=smtp3&time=1764310332"),
    [E(m, "spamdetected", False, "5.0.0", "554", vendor="163")])


# ================================================================ near-misses: the list managers' own notices, members, spam
def nb(n, *, frm, to, subject, date, text, host, ip="192.0.2.25", extra=(), charset="us-ascii", cte=None, rp=None,
       attach=None):
    heads = [f"Return-Path: <{rp if rp is not None else frm.split('<')[-1].rstrip('>')}>\nDelivered-To: {INBOX}\n"
             + received([(host, ip, MX, "Postfix", qid(n + "in", 10), date)]),
             ("Date", date), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(n, host))] + list(extra)
    body = text_part(text, charset, cte)
    if attach:
        body = multipart("mixed", [body] + attach, boundary(n))
    write(NB, n, mail(heads, body))


L = "lists." + SITE
nb("nb-mm21-member-removed-owner-notice.eml", frm=f"birders-bounces@{L}", to=f"birders-owner@{L}",
   subject="Birders unsubscribe notification", date=D(29, 3, 0), host=L, rp=f"birders-bounces@{L}",
   extra=[("X-List-Administrivia", "yes"), ("Precedence", "bulk"), ("X-BeenThere", f"birders@{L}"), ("X-Mailman-Version", "2.1.39")],
   text="kingfisher@old-dialup.example has been removed from Birders.\n")

nb("nb-mm21-membership-disabled-to-member.eml", frm=f"birders-bounces@{L}", to="a.quinn@fenland-isp.example",
   subject="Your Birders membership is currently disabled", date=D(29, 3, 1), host=L, rp=f"birders-bounces@{L}",
   extra=[("X-List-Administrivia", "yes"), ("Precedence", "bulk"), ("X-Mailman-Version", "2.1.39")],
   text="Your membership in the mailing list Birders has been disabled due to excessive\nbounces.  The last bounce received from you was dated 25-Nov-2026.\nYou will not get any more messages from this list until you re-enable your\nmembership.  You will receive 3 more reminders like this before your\nmembership in the list is deleted.\n\nTo re-enable your membership, you can simply respond to this message\n(leaving the Subject: line intact), or visit the confirmation page at\n\n    https://lists.riverside-commons.example/mailman/confirm/birders/5d2a41c07b9e\n\nYou can also visit your membership page at\n\n    https://lists.riverside-commons.example/mailman/options/birders/a.quinn%40fenland-isp.example\n\nIf you have any questions or problems, you can contact the list owner at\n\n    birders-owner@lists.riverside-commons.example\n")

S = "sympa." + SITE
nb("nb-sympa-bounce-rate-owner-report.eml", frm=f"SYMPA <sympa@{S}>", to=f"choir-news-owner@{S}",
   subject="List choir-news: bouncing subscribers", date=D(30, 5, 0), host=S,
   extra=[("X-Loop", f"sympa@{S}"), ("Auto-Submitted", "auto-generated"), ("Precedence", "list")],
   text="Dear owner of list choir-news,\n\nThe bounce rate of your list is 3.1% (4 subscribers out of 129 have a\nbounce score above the threshold). Sympa will not remove them by itself.\n\nYou can review the bouncing subscribers and their last error on the list's\nadministration page:\n\n  https://sympa.riverside-commons.example/sympa/reviewbouncing/choir-news\n\n-- \nSympa, the list server of riverside-commons.example\n")

nb("nb-sympa-subscription-confirm.eml", frm=f"SYMPA <sympa@{S}>", to="new.soprano@chorale-mail.example",
   subject="Confirm your subscription to list choir-news", date=D(21, 14, 30), host=S,
   extra=[("X-Loop", f"sympa@{S}"), ("Auto-Submitted", "auto-replied")],
   text="Hello,\n\nSomeone, probably you, asked to subscribe new.soprano@chorale-mail.example to the\nlist choir-news. To confirm, reply to this message or click the link below:\n\n  https://sympa.riverside-commons.example/sympa/ticket/71824036519042\n\nIf you did not ask for this, you can ignore this message: nothing will be\ndelivered to you.\n")

nb("nb-sympa-moderation-request.eml", frm=f"SYMPA <sympa@{S}>", to=f"choir-news-editor@{S}",
   subject="Article to be moderated for list choir-news", date=D(22, 10, 12), host=S,
   extra=[("X-Loop", f"sympa@{S}"), ("Auto-Submitted", "auto-generated")],
   text="One new message for list choir-news from odile.vasseur@free.fr arrived.\nSubject: Lost music folder at the church hall\n\nTo distribute it, go to\n  https://sympa.riverside-commons.example/sympa/modindex/choir-news\nor send to sympa@sympa.riverside-commons.example the command:\n  DISTRIBUTE choir-news 5c1f0e9a7b\n\nTo reject it (it will be deleted):\n  REJECT choir-news 5c1f0e9a7b\n")

LS = "LISTSERV." + SITE.upper()
nb("nb-listserv-auto-deletion-report.eml", frm=f"\"L-Soft list server at {LS} (17.0)\" <LISTSERV@{LS}>",
   to=f"HIST-L-request@{LS}", subject="HIST-L: auto-deletion report", date=D(30, 0, 5), host="listserv." + SITE,
   text="Auto-deletion report for the HIST-L list, 30 Nov 2026\n\nThe following subscribers were deleted from HIST-L after the monitoring\nperiod (10 days with errors, 3 probes not answered):\n\n  Clerk, Old Parish Archive\n  Whitlock, G.\n\nThey were sent the standard farewell notice. No action is required on\nyour part. To change the auto-deletion settings, edit the\n\"Auto-Delete=\" keyword of the list header.\n")

nb("nb-listserv-signoff-command-reply.eml", frm=f"\"L-Soft list server at {LS} (17.0)\" <LISTSERV@{LS}>",
   to="j.pearce@county-records.example", subject="Output of your job \"j.pearce\"", date=D(26, 12, 0),
   host="listserv." + SITE,
   text="> SIGNOFF HIST-L\nYou have been removed from the HIST-L list.\n\nSummary of resource utilization\n-------------------------------\n CPU time:        0.001 sec                Device I/O:        2\n Overhead CPU:    0.000 sec                Paging I/O:        0\n")

M1 = "mj." + SITE
nb("nb-majordomo-command-results.eml", frm=f"Majordomo@{M1}", to="g4kxr@radio-net.example",
   subject="Majordomo results", date=D(20, 19, 0), host=M1,
   text="--\n\n>>>> subscribe hamradio g4kxr@radio-net.example\nSucceeded.\n>>>> which\nThe string 'g4kxr@radio-net.example' appears in the following\nentries in lists served by Majordomo@mj.riverside-commons.example:\n\nList                Address\n====                =======\nhamradio            g4kxr@radio-net.example\n>>>> end\nEND OF COMMANDS\n")

M2 = "mj2." + SITE
nb("nb-majordomo2-approval-required.eml", frm=f"Majordomo <majordomo@{M2}>", to=f"astro-moderator@{M2}",
   subject="Approval required: astro post from j.hale@dark-skies-sample.example", date=D(25, 19, 40), host=M2,
   text="A message from j.hale@dark-skies-sample.example to the astro list requires\nyour approval because the sender is not subscribed.\n\nSubject: Can anyone lend a solar filter?\nSize:    3 kB\n\nTo accept it, reply with\n  accept-archive 8f2b-31c9-4e7a\nTo reject it:\n  reject 8f2b-31c9-4e7a\n\nThe token expires in 7 days.\n")

E_ = "ezmlm." + SITE
nb("nb-ezmlm-message-numbers-to-member.eml", frm=f"tenants-help@{E_}", to="j.moss@canal-isp.example",
   subject="ezmlm warning", date=D(29, 4, 0), host=E_, rp=f"tenants-return-@{E_}",
   extra=[("Mailing-List", f"contact tenants-help@{E_}; run by ezmlm"), ("List-Help", f"<mailto:tenants-help@{E_}>")],
   text="Hi! This is the ezmlm program. I'm managing the\ntenants@ezmlm.riverside-commons.example mailing list.\n\nMessages to you from the tenants mailing list seem to have been\nlost on the way. I'm keeping a list of which messages from the list\nwere not delivered to your address.\n\nHere are the message numbers:\n\n   1207\n   1211\n\nYou can get copies of them from the archive by sending a message to\n<tenants-get.1207_1211@ezmlm.riverside-commons.example>.\n")

nb("nb-ezmlm-unsubscribe-confirm.eml", frm=f"tenants-help@{E_}", to="flat4@towerblock-mail.example",
   subject="confirm unsubscribe from tenants@ezmlm.riverside-commons.example", date=D(25, 18, 0), host=E_,
   rp=f"tenants-return-@{E_}", extra=[("Mailing-List", f"contact tenants-help@{E_}; run by ezmlm")],
   text="Hi! This is the ezmlm program. I'm managing the\ntenants@ezmlm.riverside-commons.example mailing list.\n\nTo confirm that you would like\n\n   flat4@towerblock-mail.example\n\nremoved from the tenants mailing list, please send a short reply\nto this address:\n\n   tenants-uc.1764093600.hkbgfdmcmlkiaeoancke-flat4=towerblock-mail.example@ezmlm.riverside-commons.example\n")

nb("nb-google-groups-digest.eml", frm="birders-chat@googlegroups.com", to="h.ashworth@" + SITE,
   subject="[birders-chat] Digest for birders-chat@googlegroups.com - 3 updates in 2 topics", date=D(27, 5, 0),
   host="mail-sor-f69.google.com", ip="192.0.2.229",
   extra=[("List-ID", "<birders-chat.googlegroups.com>"), ("Precedence", "list"), ("Mailing-list", "list birders-chat@googlegroups.com; contact birders-chat+owners@googlegroups.com")],
   text="birders-chat@googlegroups.com\nGoogle Groups\n\nTopic digest\n  * Returned mail when posting from the club address - 2 updates\n  * Waxwings in Tesco car park - 1 update\n\nReturned mail when posting from the club address\nTom Pereira: Has anyone else had their posts come back lately? Mine all\narrived in the end, so I think it was just a slow server.\nJune: Same here on Tuesday, nothing since.\n\nWaxwings in Tesco car park\nRafael: Twelve of them on the rowans this morning.\n\nYou received this digest because you're subscribed to updates for this group.\nTo unsubscribe from this group, send an email to birders-chat+unsubscribe@googlegroups.com.\n")

nb("nb-google-groups-join-request.eml", frm="Google Groups <noreply@googlegroups.com>", to="h.ashworth@" + SITE,
   subject="Riverside birders relay: request to join from reedwarbler62@yahoo.co.uk", date=D(27, 9, 0),
   host="mail-sor-f70.google.com", ip="192.0.2.229",
   text="reedwarbler62@yahoo.co.uk has asked to join Riverside birders relay.\n\nMessage from the applicant:\n\"My old address stopped working, please add this one.\"\n\nApprove or decline this request:\nhttps://groups.google.com/g/riverside-birders-relay/pending-members\n\nYou received this message because you are an owner of this group.\n")

nb("nb-groupsio-account-bouncing-notice.eml", frm="\"Groups.io\" <noreply@groups.io>", to="parkrunner77@hotmail.co.uk",
   subject="Your Groups.io account is marked as bouncing", date=D(28, 2, 0), host="mail02.groups.io", ip="192.0.2.66",
   text="Hi,\n\nMessages from Groups.io to parkrunner77@hotmail.co.uk have been bouncing, so we have\nstopped sending group messages to this address for now.\n\nOnce the problem is fixed, you can start receiving messages again from your\naccount page:\n\n  https://groups.io/account\n\nThanks,\nThe Groups.io Team\n")

N = "news." + SITE
nb("nb-phplist-campaign-sent-report.eml", frm=f"phpList <newsletter@{N}>", to="webmaster@" + SITE,
   subject="phpList campaign finished: December newsletter: lights switch-on", date=D(20, 9, 30), host=N,
   text="phpList has finished sending a campaign.\n\nCampaign:    December newsletter: lights switch-on\nProcessed:   1,214\nSent:        1,214\nBounced:     14 (processed by the bounce rules; 2 users unconfirmed)\nViews:       187\n\nStatistics: https://news.riverside-commons.example/lists/admin/?page=statsoverview&id=87\n")

nb("nb-mm21-digest-bounce-discussion.eml", frm=f"birders-request@{L}", to="h.ashworth@" + SITE,
   subject="Birders Digest, Vol 212, Issue 9", date=D(26, 12, 0), host=L, rp=f"birders-bounces@{L}",
   extra=[("List-Id", f"Riverside Birders <birders.{L}>"), ("Precedence", "list"), ("X-Mailman-Version", "2.1.39")],
   text=f"Send Birders mailing list submissions to\n\tbirders@{L}\n\nToday's Topics:\n\n   1. Re: Why was I unsubscribed? (Hilary Ashworth)\n   2. Great crested grebe display (Rafael Duarte)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: {D(26, 10, 2)}\nFrom: Hilary Ashworth <h.ashworth@{SITE}>\nSubject: Re: Why was I unsubscribed?\n\nThe list software stops sending when a mailbox keeps refusing mail for\na week or so. If your inbox was full while you were away, just re-enable\nfrom your options page and all will be well.\n\n------------------------------\n\nMessage: 2\nFrom: Rafael Duarte <rduarte@{SITE}>\nSubject: Great crested grebe display\n\nFull weed dance at the gravel pits this morning.\n\nEnd of Birders Digest, Vol 212, Issue 9\n***************************************\n")

nb("nb-member-reply-about-returned-mail.eml", frm="June Okonkwo <june.okonkwo@" + SITE + ">", to=f"birders-owner@{L}",
   subject="Re: my posts keep coming back?", date=D(25, 20, 14), host="webmail." + SITE,
   extra=[("In-Reply-To", "<8831.owner@lists.riverside-commons.example>"), ("User-Agent", "Roundcube Webmail/1.6.9")],
   text="Hi Hilary,\n\nThanks for looking. Yes, the ones I sent from my phone came back with\nsomething about the address not being recognised, the ones from the laptop\nwent through fine. I'll just use the laptop for now.\n\nJune\n\n> Could you forward me one of the returned messages so I can see what\n> the server said?\n")

nb("nb-member-out-of-office-mention.eml", frm="Tom Pereira <tompereira@" + SITE + ">", to=f"hamradio@{M1}",
   subject="Re: [hamradio] Field day logs wanted", date=D(23, 21, 5), host="webmail." + SITE,
   extra=[("In-Reply-To", mid("field-day", M1))],
   text="Sorry for the slow reply, I've been out of the office all week and away from\nthe shack. My log is attached as ADIF; 212 QSOs, mostly 40m.\n\n73, Tom\n")

nb("nb-spam-undelivered-messages-phish.eml", frm="\"Mail Delivery System\" <no-reply@mail-quarantine-center.example>",
   to=INBOX, subject="(4) Undelivered messages are pending for list-bounces@riverside-commons.example",
   date=D(26, 3, 14), host="smtp.bulk-sender-sample.example", ip="203.0.113.250",
   extra=[("X-Mailer", "Microsoft Outlook 16.0")],
   text="Dear list-bounces,\n\nYou have 4 incoming messages held on the server because your mailbox\nverification has expired.\n\nRELEASE MESSAGES NOW: https://mail-quarantine-center.example/release?u=list-bounces\n\nMessages not released within 24 hours will be deleted.\n\nriverside-commons.example Mail Administrator\n")

nb("nb-spam-mailbox-quota-upgrade.eml", frm="\"IT Help Desk\" <helpdesk@secure-mailbox-sample.example>", to=INBOX,
   subject="Your mailbox is almost full - upgrade today", date=D(27, 23, 50), host="smtp.bulk-sender-sample.example",
   ip="203.0.113.251",
   text="Your mailbox list-bounces@riverside-commons.example has used 98% of its storage.\nIncoming messages will be returned to the senders when it is full.\n\nClick below to increase your quota free of charge:\nhttps://secure-mailbox-sample.example/quota-upgrade\n\nThank you,\nEmail Support Team\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
