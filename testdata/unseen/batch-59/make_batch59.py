#!/usr/bin/env python3
"""Writes testdata/unseen/batch-59: bounces met by a conference organiser
(ICGS 2027) mailing academics and officials world-wide: universities and
governments on Exchange, Google Workspace, Zimbra, Sendmail, Postfix, Exim,
Sun Messaging Server, Mirapoint, PMDF and Coremail; alumni forwarding,
retired staff, list aliases, "no longer monitored" auto-replies, some texts
in local languages, one in eight a delay. Near-misses (nb-*) in not-bounce/.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch59.py [DIR]"""
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

SEC = "secretariat@icgs2027.example"
CHAIR = "m.lindqvist@icgs2027.example"
RELAY = "mail.icgs2027.example"
CFP = "ICGS 2027 - Call for Papers (deadline 15 February 2027)"
PC = "Invitation to the ICGS 2027 Programme Committee"
KEY = "Keynote invitation - ICGS 2027, Lisbon, 6-9 July"
VISA = "ICGS 2027: your visa support letter"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def orig(name, frm, rcpts, subj, date):
    return orig_headers(frm, ", ".join(rcpts), subj, date, mid(name + "/orig", frm.split("@")[1]),
                        "X-Mailer: ICGS registration desk 3.2")


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


def pf(name, *, tail, recips, subj, odate, date, host=RELAY, sender=SEC, delay=None, rcpts=None, sw="Postfix"):
    head = PF_DELAY.format(host=host, hours=delay) if delay else PF_HEAD.format(host=host)
    s = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    for r in recips:
        if delay:
            r.setdefault("action", "delayed")
    rc = rcpts or [r["final"] for r in recips]
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender, subject=s, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, sw, date), text=head + tail,
                    recips=recips, arrival=odate, orig=orig(name, sender, rc, subj, odate))


def exim(name, *, host, sender, body, subj, odate, date, rcpts, delay=False, frm=None):
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + host + ".\n\n" + body +
                "\nNo action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        s = "Warning: message " + qid(name, 6) + "-000Ab1-7Q delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n" + body)
    text += "\n------ This is a copy of the message's headers. ------\n\n" + orig(name, sender, rcpts, subj, odate)
    return plain_mail(name, frm=frm or f"Mail Delivery System <Mailer-Daemon@{host}>", to=sender,
                      subject=s if delay else "Mail delivery failed: returning message to sender", date=date,
                      host=host, hops=f"Return-Path: <>\nReceived: from mail by {host} with local (Exim 4.97)\n\tid {qid(name, 6)}-000Ab1-7Q;\n\t{date}",
                      text=text, extra=() if delay else [("X-Failed-Recipients", ", ".join(rcpts))])


def sendmail(name, *, host, sender, rcpt, reason_line, transcript, recip, subj, odate, date, delay=None):
    if delay:
        text = (f"**********************************************\n"
                f"**      THIS IS A WARNING MESSAGE ONLY      **\n"
                f"**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                f"**********************************************\n\n"
                f"The original message was received at {odate}\nfrom {RELAY} [192.0.2.25]\n\n"
                f"   ----- Transcript of session follows -----\n{transcript}\n"
                f"Warning: message still undelivered after {delay} hours\n"
                f"Will keep trying until message is 5 days old\n")
        s = f"Warning: could not send message for past {delay} hours"
        recip.setdefault("action", "delayed")
    else:
        text = (f"The original message was received at {odate}\nfrom {RELAY} [192.0.2.25]\n\n"
                f"   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
                f"    (reason: {reason_line})\n\n   ----- Transcript of session follows -----\n{transcript}\n")
        s = "Returned mail: see transcript for details"
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=sender, subject=s, date=date,
                    host=host, hops="Return-Path: <>\n" + hop(name, host, "8.18.1/8.18.1", date, RELAY, "192.0.2.25"),
                    text=text, recips=[recip], arrival=odate, orig=orig(name, sender, [rcpt], subj, odate))


def exchange(name, *, host, sender, rcpt, summary, diag, status, subj, odate, date, remote=None, lang_text=None,
             charset="us-ascii", cte=None, subject=None, delay=False):
    text = lang_text or (f"Delivery has failed to these recipients or groups:\n\n{rcpt}\n{summary}\n\n"
                         f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n"
                         f"{rcpt}\n{remote or host}\nRemote Server returned '{diag}'\n\n"
                         f"Original message headers:\n\nFrom: {sender}\nTo: {rcpt}\nSubject: {subj}\n")
    r = {"final": rcpt, "status": status, "diag": diag, "remote": remote}
    if delay:
        r["action"] = "delayed"
    return dsn_mail(name, frm=f"Microsoft Outlook <postmaster@{host.split('.', 1)[1]}>", to=sender,
                    subject=subject or ("Delivery delayed:" if delay else "Undeliverable:") + " " + subj, date=date,
                    host=host, hops=hop(name, host, "Microsoft SMTP Server (version=TLS1_2)", date, host, "198.51.100.20"),
                    text=text, charset=charset, cte=cte, recips=[r], arrival=odate,
                    orig=orig(name, sender, [rcpt], subj, odate),
                    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])


def google(name, *, rcpt, head, said, status, diag, subj, odate, date, delay=False, remote="aspmx.l.google.com"):
    if delay:
        text = (f"** Delivery incomplete **\n\nThere was a temporary problem delivering your message to {rcpt}. "
                f"Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
                f"The response from the remote server was:\n{said}\n")
    else:
        text = (f"** {head} **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
                f"or is unable to receive mail.\n\nThe response from the remote server was:\n{said}\n") if head.startswith("Address") else (
                f"** {head} **\n\n{said}\n")
    r = {"final": rcpt, "status": status, "diag": diag, "remote": remote}
    if delay:
        r["action"] = "delayed"
    return dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=CHAIR,
                    subject="Delivery Status Notification (" + ("Delay" if delay else "Failure") + ")", date=date,
                    host="mx.google.com", reporting="googlemail.com",
                    hops=received([("mail-sor-f69.google.com", "209.85.220.69", "mx.google.com", "Google Transport Security",
                                    qid(name, 10).lower(), date, CHAIR)]),
                    text=text, recips=[r], arrival=odate, orig=orig(name, CHAIR, [rcpt], subj, odate))


def sunms(name, *, host, rcpt, reason, diag, status, remote, subj, odate, date, product="Sun Java(tm) System Messaging Server 7u4-27.01 64bit", delay=False, pmdf=False):
    hdr = (f"This report relates to a message you sent with the following header fields:\n\n"
           f"  Message-id: {mid(name + '/orig', 'icgs2027.example')}\n  Date: {odate}\n  From: {SEC}\n"
           f"  To: {rcpt}\n  Subject: {subj}\n\n")
    what = ("Your message has been delayed and is still awaiting delivery\nto the following recipient(s):"
            if delay else "Your message cannot be delivered to the following recipients:")
    body = (f"{hdr}{what}\n\n  Recipient address: {rcpt}\n  Original address: {rcpt}\n"
            + (f"  Delivery last attempted: {date}\n" if delay else "")
            + f"  Reason: {reason}\n" + (f"  Diagnostic code: {diag}\n" if diag else "")
            + (f"  Remote system: dns;{remote} (TCP|192.0.2.25|41022|{remote}|25) (ESMTP)\n" if remote else ""))
    r = {"final": rcpt, "status": status, "diag": diag or None, "remote": remote}
    if delay:
        r["action"] = "delayed"
    sw = "PMDF V6.8" if pmdf else product
    return dsn_mail(name, frm=f"Internet Mail Delivery <postmaster@{host}>", to=SEC,
                    subject=("Delivery Notification: Delivery has been delayed" if delay else "Delivery Notification: Delivery has failed"),
                    date=date, host=host, hops="Return-path: <>\n" + hop(name, host, sw, date, host, "198.51.100.66"),
                    text=body, recips=[r], arrival=odate, orig=orig(name, SEC, [rcpt], subj, odate),
                    extra=[("Content-language", "EN")])


def autoreply(name, *, frm, subject, text, date, host, charset="us-ascii", cte=None, extra=()):
    return plain_mail(name, frm=frm, to=SEC, subject=subject, date=date, host=host,
                      hops=hop(name, host, "Postfix", date, host, "198.51.100.90"), text=text, charset=charset, cte=cte,
                      extra=[("In-Reply-To", mid(name + "/orig", "icgs2027.example")), ("X-Auto-Response-Suppress", "All")] + list(extra))


def human(name, *, frm, to, subject, text, date, host, charset="us-ascii", cte=None, extra=()):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops=hop(name, host, "Postfix", date, host, "203.0.113.45"), text=text, charset=charset, cte=cte,
                      extra=list(extra), auto=False)


# ================================================================ Postfix relay of the organiser: remote refusals

n = "pf-gws-edu-emeritus-nosuchuser.eml"
a = "r.okonkwo@geog.harrowgate.edu.example"
d = dt(2026, 11, 9, 14, 2, 11, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host aspmx.l.google.com[142.250.102.26] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser 5b1f17b1804b1-43b3c0a1 - gsmtp
    (in reply to RCPT TO command)
""", recips=[{"final": a, "status": "5.1.1", "remote": "aspmx.l.google.com",
              "diag": "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. 5b1f17b1804b1-43b3c0a1 - gsmtp"}],
    subj=PC, odate=dt(2026, 11, 9, 14, 2, 5, "+0000"), date=d))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="google")

n = "pf-three-universities-mixed.eml"
a1, a2, a3 = "h.tanabe@sci.kitamura-u.ac.jp.example", "p.dlamini@eng.highveld.ac.za.example", "j.morel@geo.univ-lorraine-est.example"
d = dt(2026, 11, 10, 8, 45, 30, "+0000")
write(OUT, n, pf(n, tail=f"""<{a1}>: host mx.sci.kitamura-u.ac.jp.example[203.0.113.70] said: 550
    5.1.1 <{a1}>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)

<{a2}>: host smtp.eng.highveld.ac.za.example[198.51.100.71] said: 552
    5.2.2 <{a2}>: mailbox size limit exceeded, user is over
    quota (in reply to end of DATA command)

<{a3}>: Host or domain name not found. Name service error for
    name=geo.univ-lorraine-est.example type=AAAA: Host not found
""", recips=[{"final": a1, "status": "5.1.1", "remote": "mx.sci.kitamura-u.ac.jp.example",
              "diag": f"550 5.1.1 <{a1}>: Recipient address rejected: User unknown in local recipient table"},
             {"final": a2, "status": "5.2.2", "remote": "smtp.eng.highveld.ac.za.example",
              "diag": f"552 5.2.2 <{a2}>: mailbox size limit exceeded, user is over quota"},
             {"final": a3, "status": "5.4.4",
              "diag": "X-Postfix; Host or domain name not found. Name service error for name=geo.univ-lorraine-est.example type=AAAA: Host not found"}],
    subj=CFP, odate=dt(2026, 11, 10, 8, 45, 1, "+0000"), date=d))
expect(n, a1, "userunknown", True, "5.1.1", "550", vendor="postfix")
expect(n, a2, "mailboxfull", False, "5.2.2", "552", vendor="postfix")
expect(n, a3, "hostunknown", True, "5.4.4", "", vendor="postfix")

n = "pf-mil-reverse-hostname-required.eml"
a = "program.office@afrl-geoint.mil.example"
d = dt(2026, 11, 11, 16, 20, 9, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx-east.afrl-geoint.mil.example[198.51.100.200] said: 550
    5.7.1 Client host rejected: the connecting address 192.0.2.25 has no
    reverse DNS name; DoD gateways require a PTR record that matches
    (in reply to RCPT TO command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "mx-east.afrl-geoint.mil.example",
              "diag": "550 5.7.1 Client host rejected: the connecting address 192.0.2.25 has no reverse DNS name; DoD gateways require a PTR record that matches"}],
    subj=KEY, odate=dt(2026, 11, 11, 16, 20, 1, "+0000"), date=d))
expect(n, a, "requireptr", False, "5.7.1", "550", vendor="postfix")

n = "pf-mil-attachment-size-cap.eml"
a = "c.brandt@nga-liaison.mil.example"
d = dt(2026, 11, 12, 9, 5, 41, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host smtp1.nga-liaison.mil.example[198.51.100.201] said: 552
    5.3.4 Message of 26214912 bytes is larger than this gateway accepts
    (limit 20971520 bytes); remove the attachment and send a link instead
    (in reply to MAIL FROM command)
""", recips=[{"final": a, "status": "5.3.4", "remote": "smtp1.nga-liaison.mil.example",
              "diag": "552 5.3.4 Message of 26214912 bytes is larger than this gateway accepts (limit 20971520 bytes); remove the attachment and send a link instead"}],
    subj="ICGS 2027 programme book (draft, PDF attached)", odate=dt(2026, 11, 12, 9, 5, 30, "+0000"), date=d))
expect(n, a, "emailtoolarge", False, "5.3.4", "552", vendor="postfix")

n = "pf-nic-in-zen-listed.eml"
a = "dirgen.survey@dst-geomatics.nic.in.example"
d = dt(2026, 11, 13, 5, 31, 0, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host mailgw.nic.in.example[203.0.113.150] said: 554 5.7.1
    Service unavailable; Client host [192.0.2.25] blocked using
    zen.spamhaus.org; https://check.spamhaus.org/query/ip/192.0.2.25 (in
    reply to RCPT TO command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "mailgw.nic.in.example",
              "diag": "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://check.spamhaus.org/query/ip/192.0.2.25"}],
    subj=KEY, odate=dt(2026, 11, 13, 5, 30, 40, "+0000"), date=d))
expect(n, a, "blocked", False, "5.7.1", "554", vendor="postfix")

n = "pf-gov-br-spf-falhou.eml"
a = "coord.cartografia@ibge-sul.gov.br.example"
d = dt(2026, 11, 13, 13, 12, 7, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx.ibge-sul.gov.br.example[203.0.113.160] said: 550 5.7.23
    Mensagem rejeitada: a verificacao SPF falhou para o dominio
    icgs2027.example (IP 192.0.2.25 nao autorizado a enviar) (in reply to
    end of DATA command)
""", recips=[{"final": a, "status": "5.7.23", "remote": "mx.ibge-sul.gov.br.example",
              "diag": "550 5.7.23 Mensagem rejeitada: a verificacao SPF falhou para o dominio icgs2027.example (IP 192.0.2.25 nao autorizado a enviar)"}],
    subj=CFP, odate=dt(2026, 11, 13, 13, 11, 50, "+0000"), date=d))
expect(n, a, "authfailure", False, "5.7.23", "550", vendor="postfix")

n = "pf-edu-cn-secondary-mx-no-relay.eml"
a = "liwei@rs.huadong-normal.edu.cn.example"
d = dt(2026, 11, 14, 2, 40, 3, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx2.huadong-normal.edu.cn.example[203.0.113.90] said: 554
    5.7.1 <{a}>: Relay access denied (in reply to RCPT TO
    command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "mx2.huadong-normal.edu.cn.example",
              "diag": f"554 5.7.1 <{a}>: Relay access denied"}],
    subj=CFP, odate=dt(2026, 11, 14, 2, 39, 51, "+0000"), date=d))
expect(n, a, "norelaying", False, "5.7.1", "554", vendor="postfix")

n = "pf-gov-uk-tls-handshake-failed.eml"
a = "geospatial.commission@cabinet-digital.gov.uk.example"
d = dt(2026, 11, 16, 10, 0, 0, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: TLS is required, but host
    mx.cabinet-digital.gov.uk.example[198.51.100.140] refused to negotiate:
    Cannot start TLS: handshake failure (no shared cipher)
""", recips=[{"final": a, "status": "4.7.5", "remote": "mx.cabinet-digital.gov.uk.example",
              "diag": "X-Postfix; Cannot start TLS: handshake failure (no shared cipher)"}],
    subj=KEY, odate=dt(2026, 11, 11, 9, 58, 12, "+0000"), date=d))
expect(n, a, "failedstarttls", False, "4.7.5", "", vendor="postfix")

n = "pf-edu-ironport-senderbase-low.eml"
a = "dean.research@coastal-plains.edu.example"
d = dt(2026, 11, 16, 18, 22, 44, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: host esa1.coastal-plains.iphmx.example[198.51.100.33] said:
    554 5.7.1 Rejected by the campus gateway: the sending address has a
    SenderBase reputation score below our threshold. Contact
    postmaster@coastal-plains.edu.example if this is a mistake (in reply to
    MAIL FROM command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "esa1.coastal-plains.iphmx.example",
              "diag": "554 5.7.1 Rejected by the campus gateway: the sending address has a SenderBase reputation score below our threshold. Contact postmaster@coastal-plains.edu.example if this is a mistake"}],
    subj=PC, odate=dt(2026, 11, 16, 18, 22, 30, "+0000"), date=d))
expect(n, a, "badreputation", False, "5.7.1", "554", vendor="cisco")

n = "pf-gouv-fr-dmarc-rejet.eml"
a = "bureau.geodesie@ign-ecologie.gouv.fr.example"
d = dt(2026, 11, 17, 11, 41, 19, "+0100")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx1.ecologie.gouv.fr.example[203.0.113.181] said: 550
    5.7.1 Message refuse : echec DMARC (politique p=reject du domaine
    expediteur icgs2027.example, ni SPF ni DKIM alignes) (in reply to end of
    DATA command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "mx1.ecologie.gouv.fr.example",
              "diag": "550 5.7.1 Message refuse : echec DMARC (politique p=reject du domaine expediteur icgs2027.example, ni SPF ni DKIM alignes)"}],
    subj="ICGS 2027 - Appel a communications", odate=dt(2026, 11, 17, 11, 41, 2, "+0100"), date=d))
expect(n, a, "authfailure", False, "5.7.1", "550", vendor="postfix")

n = "pf-edu-au-null-mx-old-faculty.eml"
a = "admin@earthsci-old.monaro.edu.au.example"
d = dt(2026, 11, 18, 3, 3, 3, "+0000")
write(OUT, n, pf(n, tail=f"""<{a}>: Domain earthsci-old.monaro.edu.au.example does not accept
    mail (nullMX)
""", recips=[{"final": a, "status": "5.1.10",
              "diag": "X-Postfix; Domain earthsci-old.monaro.edu.au.example does not accept mail (nullMX)"}],
    subj=CFP, odate=dt(2026, 11, 18, 3, 2, 58, "+0000"), date=d))
expect(n, a, "notaccept", True, "5.1.10", "", vendor="postfix")

n = "pf-zimbra-lmtp-account-closed.eml"
a = "v.petrescu@geo.unibuc-est.ro.example"
d = dt(2026, 11, 18, 9, 14, 52, "+0200")
write(OUT, n, pf(n, host="zimbra.unibuc-est.ro.example", sw="Postfix (Zimbra 10.0)", tail=f"""<{a}>: host 127.0.0.1[127.0.0.1] said: 552 5.2.1 Mailbox
    {a} is not accepting mail: account status is closed
    (in reply to RCPT TO command)
""", recips=[{"final": a, "status": "5.2.1", "remote": "zimbra.unibuc-est.ro.example",
              "diag": f"lmtp; 552 5.2.1 Mailbox {a} is not accepting mail: account status is closed"}],
    subj=PC, odate=dt(2026, 11, 18, 9, 14, 40, "+0200"), date=d))
expect(n, a, "suspend", False, "5.2.1", "552", vendor="zimbra")

n = "pf-zimbra-lmtp-over-quota.eml"
a = "s.ferreira@ciencias.ulisboa-norte.pt.example"
d = dt(2026, 11, 19, 15, 47, 2, "+0000")
write(OUT, n, pf(n, host="mta2.ulisboa-norte.pt.example", sw="Postfix (Zimbra 9.0)", tail=f"""<{a}>: host mbox3.ulisboa-norte.pt.example[198.51.100.52] said:
    552 5.2.2 Over quota (in reply to end of DATA command)
""", recips=[{"final": a, "status": "5.2.2", "remote": "mbox3.ulisboa-norte.pt.example",
              "diag": "lmtp; 552 5.2.2 Over quota"}],
    subj=KEY, odate=dt(2026, 11, 19, 15, 46, 55, "+0000"), date=d))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="zimbra")

n = "pf-zimbra-recipient-blocked-sender.eml"
a = "k.nowak@igig.pan-wroclaw.pl.example"
d = dt(2026, 11, 20, 7, 55, 19, "+0100")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx.pan-wroclaw.pl.example[203.0.113.210] said: 550 5.7.1
    Delivery not allowed: the recipient has placed your address on their
    personal blocked-senders list (in reply to end of DATA command)
""", recips=[{"final": a, "status": "5.7.1", "remote": "mx.pan-wroclaw.pl.example",
              "diag": "550 5.7.1 Delivery not allowed: the recipient has placed your address on their personal blocked-senders list"}],
    subj=CFP, odate=dt(2026, 11, 20, 7, 55, 1, "+0100"), date=d))
expect(n, a, "filtered", False, "5.7.1", "550", vendor="zimbra")

n = "pf-uni-de-procmail-exit.eml"
a = "hoffmann@ifg.uni-kleve.example"
d = dt(2026, 11, 20, 22, 10, 6, "+0100")
write(OUT, n, pf(n, host="mailhost.ifg.uni-kleve.example", tail=f"""<{a}>: Command died with status 75: "/usr/bin/procmail -a
    "$EXTENSION"". Command output: procmail: Error while writing to
    "/var/mail/hoffmann"
""", recips=[{"final": a, "status": "5.3.0",
              "diag": "X-Postfix; Command died with status 75: \"/usr/bin/procmail -a \"$EXTENSION\"\". Command output: procmail: Error while writing to \"/var/mail/hoffmann\""}],
    subj=PC, odate=dt(2026, 11, 20, 22, 9, 59, "+0100"), date=d))
expect(n, a, "mailererror", False, "5.3.0", "", vendor="postfix")


# ================================================================ Exchange (on-premises and Exchange Online)

n = "exchange-uni-de-empfaenger-nicht-gefunden.eml"
a = "m.albrecht@geoinformatik.uni-rheinau.example"
d = dt(2026, 11, 21, 10, 3, 4, "+0100")
de = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {PC}
Gesendet: 21.11.2026 10:02

Die folgenden Empfänger können nicht erreicht werden:

'{a}' am 21.11.2026 10:03
    Die E-Mail-Adresse, die Sie eingegeben haben, konnte nicht gefunden
    werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden
    Sie die Nachricht erneut.
    <EX02.uni-rheinau.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
"""
write(OUT, n, exchange(n, host="EX02.uni-rheinau.example", sender=SEC, rcpt=a, summary="", status="5.1.1",
    diag="smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", subj=PC, odate=dt(2026, 11, 21, 10, 2, 50, "+0100"),
    date=d, lang_text=de, charset="iso-8859-1", cte="quoted-printable",
    subject="Unzustellbar: " + PC))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exchange-bund-de-postfach-voll.eml"
a = "referat.g3@geodaesie.bund.de.example"
d = dt(2026, 11, 23, 8, 30, 0, "+0100")
de = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {KEY}

Die folgenden Empfänger können nicht erreicht werden:

'Referat G3' am 23.11.2026 08:30
    Das Postfach des Empfängers hat die zulässige Größe überschritten und
    nimmt derzeit keine Nachrichten an. Versuchen Sie es später erneut
    oder wenden Sie sich direkt an den Empfänger.
    <MBX07.geodaesie.bund.de.example #5.2.2 smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded>
"""
write(OUT, n, exchange(n, host="MBX07.geodaesie.bund.de.example", sender=SEC, rcpt=a, summary="", status="5.2.2",
    diag="smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    subj=KEY, odate=dt(2026, 11, 23, 8, 29, 41, "+0100"), date=d, lang_text=de, charset="iso-8859-1",
    cte="quoted-printable", subject="Unzustellbar: " + KEY))
expect(n, a, "mailboxfull", False, "5.2.2", "554", vendor="exchange")

n = "exchange-gouv-fr-adresse-introuvable.eml"
a = "c.lemaire@dgaln.gouv.fr.example"
d = dt(2026, 11, 23, 14, 15, 22, "+0100")
fr = f"""Votre message n'a pas pu être remis à certains destinataires ou à tous.

Objet : ICGS 2027 - Appel a communications

Les destinataires suivants sont inaccessibles :

'{a}' le 23/11/2026 14:15
    L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez
    l'adresse de messagerie du destinataire et renvoyez le message.
    <MSX3.dgaln.gouv.fr.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
"""
write(OUT, n, exchange(n, host="MSX3.dgaln.gouv.fr.example", sender=SEC, rcpt=a, summary="", status="5.1.1",
    diag="smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", subj="ICGS 2027 - Appel a communications",
    odate=dt(2026, 11, 23, 14, 15, 1, "+0100"), date=d, lang_text=fr, charset="utf-8", cte="base64",
    subject="Non remis : ICGS 2027 - Appel a communications"))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="exchange")

n = "exo-edu-au-mailbox-full.eml"
a = "t.nguyen@uq-riverside.edu.au.example"
d = dt(2026, 11, 24, 1, 12, 33, "+0000")
write(OUT, n, exchange(n, host="SY4PR01MB6210.ausprd01.prod.outlook.com", sender=SEC, rcpt=a,
    summary="The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
    status="5.2.2", diag="552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    remote="SY4PR01MB6210.ausprd01.prod.outlook.com", subj=PC, odate=dt(2026, 11, 24, 1, 12, 20, "+0000"), date=d))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="microsoft")

n = "exo-ac-uk-retired-mailbox-disabled.eml"
a = "prof.e.walsh@glenmore.ac.uk.example"
d = dt(2026, 11, 24, 12, 40, 1, "+0000")
write(OUT, n, exchange(n, host="LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", sender=SEC, rcpt=a,
    summary="This mailbox has been disabled: the account holder retired from the University and the account is no longer active.",
    status="5.2.1", diag="550 5.2.1 Mailbox disabled: account deactivated after retirement (Glenmore IT Services)",
    remote="LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM", subj=KEY, odate=dt(2026, 11, 24, 12, 39, 50, "+0000"), date=d))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="microsoft")

n = "exo-gc-ca-bilingual-not-found.eml"
a = "geomatique-geomatics@nrcan-rncan.gc.ca.example"
d = dt(2026, 11, 25, 16, 2, 10, "-0500")
bi = f"""Delivery has failed to these recipients or groups:
La remise a échoué pour les destinataires ou groupes suivants :

{a}
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message.
L'adresse de messagerie que vous avez entrée est introuvable. Veuillez
vérifier l'adresse du destinataire et renvoyer le message.

Diagnostic information for administrators:
Informations de diagnostic pour les administrateurs :

Generating server: YT3PR01MB8820.CANPRD01.PROD.OUTLOOK.COM

{a}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {a} not found by SMTP address lookup'
"""
write(OUT, n, exchange(n, host="YT3PR01MB8820.CANPRD01.PROD.OUTLOOK.COM", sender=SEC, rcpt=a, summary="", status="5.1.10",
    diag=f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {a} not found by SMTP address lookup",
    subj=CFP, odate=dt(2026, 11, 25, 16, 1, 58, "-0500"), date=d, lang_text=bi, charset="utf-8", cte="quoted-printable",
    subject="Undeliverable / Non remis: " + CFP))
expect(n, a, "userunknown", True, "5.1.10", "550", vendor="microsoft")

n = "exo-gov-uk-all-staff-list-restricted.eml"
a = "all-staff@ordnance-data.gov.uk.example"
d = dt(2026, 11, 26, 9, 9, 9, "+0000")
write(OUT, n, exchange(n, host="CWLP265MB2290.GBRP265.PROD.OUTLOOK.COM", sender=SEC, rcpt=a,
    summary="This distribution group only accepts messages from people inside the organisation. Your message wasn't delivered.",
    status="5.7.1", diag="550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized; the group accepts mail only from senders in its organisation",
    remote="CWLP265MB2290.GBRP265.PROD.OUTLOOK.COM", subj=CFP, odate=dt(2026, 11, 26, 9, 8, 55, "+0000"), date=d))
expect(n, a, "filtered", False, "5.7.1", "550", vendor="microsoft")

n = "exo-edu-virus-in-macro-attachment.eml"
a = "grants.office@midland-state.edu.example"
d = dt(2026, 11, 26, 19, 44, 0, "-0600")
write(OUT, n, exchange(n, host="CH3PR17MB6690.namprd17.prod.outlook.com", sender=SEC, rcpt=a,
    summary="Your message was rejected because it contains malware: the attachment registration_form.docm is infected with W97M.Downloader.",
    status="5.7.1", diag="550 5.7.1 Message rejected: virus detected in attachment registration_form.docm (W97M.Downloader)",
    remote="CH3PR17MB6690.namprd17.prod.outlook.com", subj="ICGS 2027 registration form", odate=dt(2026, 11, 26, 19, 43, 40, "-0600"), date=d))
expect(n, a, "virusdetected", False, "5.7.1", "550", vendor="microsoft")

n = "exchange2016-ministry-hop-count.eml"
a = "geodata@mlit-survey.go.jp.example"
d = dt(2026, 11, 27, 4, 1, 0, "+0900")
write(OUT, n, exchange(n, host="EXHUB01.mlit-survey.go.jp.example", sender=SEC, rcpt=a,
    summary="A configuration error in the e-mail system caused the message to bounce between two servers or to be forwarded between two recipients.",
    status="5.4.6", diag="554 5.4.6 Hop count exceeded - possible mail loop ATTR34",
    subj=KEY, odate=dt(2026, 11, 27, 3, 59, 30, "+0900"), date=d))
expect(n, a, "networkerror", False, "5.4.6", "554", vendor="exchange")

n = "exchange-delay-uni-mailbox-quota.eml"
a = "m.rossi@dst.uni-brenta.it.example"
d = dt(2026, 11, 28, 10, 30, 0, "+0100")
dl = f"""Delivery is delayed to these recipients or groups:

{a}

Subject: {PC}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: EXMB2.uni-brenta.it.example
Receiving server: EXMB2.uni-brenta.it.example

{a}
Remote Server returned '452 4.2.2 The recipient's mailbox is over its storage limit; STOREDRV.Deliver.Exception:QuotaExceededException'
"""
write(OUT, n, exchange(n, host="EXMB2.uni-brenta.it.example", sender=SEC, rcpt=a, summary="", status="4.2.2",
    diag="452 4.2.2 The recipient's mailbox is over its storage limit; STOREDRV.Deliver.Exception:QuotaExceededException",
    subj=PC, odate=dt(2026, 11, 28, 6, 22, 0, "+0100"), date=d, lang_text=dl, delay=True))
expect(n, a, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="exchange")


# ================================================================ Google Workspace (the chair's account)

n = "gmail-chair-alumni-forward-disabled.eml"
a = "a.haddad@alumni.levant-tech.edu.example"
d = dt(2026, 11, 29, 13, 3, 7, "+0000")
write(OUT, n, google(n, rcpt=a, head="Message not delivered",
    said=f"""There was a problem delivering your message to {a}. See the technical details below.

The response was:
The recipient server did not accept our requests to deliver this message.
The alumni forwarding service for this address relayed the message to its
destination, which answered:
550 5.2.1 The account ha.haddad.1998@gmail.example that this alias forwards
to has been disabled. Forwarding cannot complete.""",
    status="5.2.1", diag="smtp; 550 5.2.1 The account ha.haddad.1998@gmail.example that this alias forwards to has been disabled. Forwarding cannot complete.",
    remote="fwd.alumni.levant-tech.edu.example", subj=KEY, odate=dt(2026, 11, 29, 13, 2, 40, "+0000"), date=d))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="google")

n = "gmail-chair-edu-in-too-many-msgs-delay.eml"
a = "hod.civil@iitr-east.ac.in.example"
d = dt(2026, 11, 30, 6, 20, 0, "+0000")
write(OUT, n, google(n, rcpt=a, head="", delay=True,
    said="421 4.7.0 [192.0.2.25] Too many messages from your domain in the last hour; slow down and try again later (ac.in mail relay)",
    status="4.7.0", diag="smtp; 421 4.7.0 [192.0.2.25] Too many messages from your domain in the last hour; slow down and try again later (ac.in mail relay)",
    remote="mx.iitr-east.ac.in.example", subj=CFP, odate=dt(2026, 11, 30, 4, 10, 0, "+0000"), date=d))
expect(n, a, "ratelimited", False, "4.7.0", "421", action="delayed", vendor="google")

n = "gmail-chair-usp-caixa-cheia.eml"
a = "lfsantos@igc.usp.br.example"
d = dt(2026, 12, 1, 17, 5, 5, "-0300")
write(OUT, n, google(n, rcpt=a, head="Message not delivered",
    said=f"""There was a problem delivering your message to {a}. See the technical details below.

The response from the remote server was:
552 5.2.2 <{a}>: Caixa postal cheia - o usuario excedeu a cota de armazenamento""",
    status="5.2.2", diag=f"smtp; 552 5.2.2 <{a}>: Caixa postal cheia - o usuario excedeu a cota de armazenamento",
    remote="mx.usp.br.example", subj=KEY, odate=dt(2026, 12, 1, 17, 4, 50, "-0300"), date=d))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="google")

n = "gmail-chair-edu-spam-content.eml"
a = "chair.geography@lakeshore-state.edu.example"
d = dt(2026, 12, 1, 20, 0, 40, "+0000")
write(OUT, n, google(n, rcpt=a, head="Message blocked",
    said=f"""Your message to {a} has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.1 Message rejected as bulk spam by the campus content filter (score 14.2); see https://its.lakeshore-state.edu.example/spam""",
    status="5.7.1", diag="smtp; 550 5.7.1 Message rejected as bulk spam by the campus content filter (score 14.2); see https://its.lakeshore-state.edu.example/spam",
    remote="pps.lakeshore-state.edu.example", subj=CFP, odate=dt(2026, 12, 1, 20, 0, 20, "+0000"), date=d))
expect(n, a, "spamdetected", False, "5.7.1", "550", vendor="google")


# ================================================================ Sendmail at universities and agencies

n = "sendmail-edu-retired-login-removed.eml"
a = "hkessler@math.pinecrest.edu.example"
d = dt(2026, 12, 2, 9, 1, 2, "-0500")
write(OUT, n, sendmail(n, host="mailhub.pinecrest.edu.example", sender=SEC, rcpt=a,
    reason_line="550 5.1.1 <hkessler@math.pinecrest.edu.example>... User unknown",
    transcript=f"""... while talking to math.pinecrest.edu.example.:
>>> RCPT To:<{a}>
<<< 550 5.1.1 <{a}>... User unknown
550 5.1.1 <{a}>... User unknown""",
    recip={"final": a, "status": "5.1.1", "remote": "math.pinecrest.edu.example",
           "diag": f"550 5.1.1 <{a}>... User unknown"},
    subj=PC, odate=dt(2026, 12, 2, 9, 0, 58, "-0500"), date=d))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="sendmail")

n = "sendmail-dept-alias-one-member-bad.eml"
a = "phd-committee@geo.riverbend.edu.example"
b = "x.chen@geo.riverbend.edu.example"
d = dt(2026, 12, 2, 11, 30, 0, "-0600")
write(OUT, n, sendmail(n, host="mail.geo.riverbend.edu.example", sender=SEC, rcpt=b,
    reason_line="550 5.1.1 x.chen... User unknown",
    transcript=f"""... while expanding alias list {a}:
550 5.1.1 x.chen... User unknown
    (member x.chen of the alias left the department; local mailbox removed)""",
    recip={"final": b, "original": a, "status": "5.1.1", "diag": "550 5.1.1 x.chen... User unknown"},
    subj=CFP, odate=dt(2026, 12, 2, 11, 29, 51, "-0600"), date=d))
expect(n, b, "userunknown", True, "5.1.1", "550", vendor="sendmail")

n = "sendmail-gov-in-gave-up-five-days.eml"
a = "director@nrsc-geo.gov.in.example"
d = dt(2026, 12, 3, 8, 0, 0, "+0000")
write(OUT, n, sendmail(n, host=RELAY, sender=SEC, rcpt=a,
    reason_line="Cannot send message for 5 days",
    transcript=f"""... while talking to mail.nrsc-geo.gov.in.example.:
>>> MAIL From:<{SEC}> SIZE=48211
<<< 421 4.4.2 mail.nrsc-geo.gov.in.example Error: timeout exceeded
<{a}>... Deferred: 421 4.4.2 mail.nrsc-geo.gov.in.example Error: timeout exceeded
Message could not be delivered for 5 days
Message will be deleted from queue""",
    recip={"final": a, "status": "4.4.7", "remote": "mail.nrsc-geo.gov.in.example",
           "diag": "421 4.4.2 mail.nrsc-geo.gov.in.example Error: timeout exceeded"},
    subj=KEY, odate=dt(2026, 11, 28, 7, 58, 12, "+0000"), date=d))
expect(n, a, "expired", False, "4.4.7", "421", vendor="sendmail")

n = "sendmail-delay-gov-disk-space.eml"
a = "survey.records@landinfo.gov.ph.example"
d = dt(2026, 12, 3, 2, 0, 0, "+0800")
write(OUT, n, sendmail(n, host=RELAY, sender=SEC, rcpt=a, reason_line="", delay=4,
    transcript=f"""... while talking to mx.landinfo.gov.ph.example.:
>>> DATA
<<< 452 4.3.1 Insufficient system storage, please try again later
<{a}>... Deferred: 452 4.3.1 Insufficient system storage, please try again later""",
    recip={"final": a, "status": "4.3.1", "remote": "mx.landinfo.gov.ph.example",
           "diag": "452 4.3.1 Insufficient system storage, please try again later", "will_retry": dt(2026, 12, 7, 22, 0, 0, "+0800")},
    subj=CFP, odate=dt(2026, 12, 2, 22, 0, 0, "+0800"), date=d))
expect(n, a, "systemfull", False, "4.3.1", "452", action="delayed", vendor="sendmail")


# ================================================================ Exim at universities

n = "exim-ac-uk-unrouteable-typo-domain.eml"
a = "d.price@geog.camberford.ac.uk.example"
d = dt(2026, 12, 4, 10, 10, 10, "+0000")
write(OUT, n, exim(n, host="mx.icgs2027.example", sender=SEC, rcpts=[a],
    body=f"""  {a}
    Unrouteable address
""", subj=PC, odate=dt(2026, 12, 4, 10, 10, 8, "+0000"), date=d))
expect(n, a, "hostunknown", True, vendor="exim")

n = "exim-ac-za-rcpt-no-mailbox.eml"
a = "n.mokoena@gees.wits-north.ac.za.example"
d = dt(2026, 12, 4, 12, 45, 1, "+0200")
write(OUT, n, exim(n, host="mx.icgs2027.example", sender=SEC, rcpts=[a],
    body=f"""  {a}
    host mail.wits-north.ac.za.example [203.0.113.121]
    SMTP error from remote mail server after RCPT TO:<{a}>:
    550 Administrative prohibition - no mailbox of that name: the staff
    member's account was removed when their contract ended
""", subj=KEY, odate=dt(2026, 12, 4, 12, 44, 55, "+0200"), date=d))
expect(n, a, "userunknown", True, "", "550", vendor="exim")

n = "exim-warning-edu-cn-connect-timeout.eml"
a = "zhangmin@geo.xinan-univ.edu.cn.example"
d = dt(2026, 12, 5, 8, 0, 0, "+0000")
write(OUT, n, exim(n, host="mx.icgs2027.example", sender=SEC, rcpts=[a], delay=True,
    body=f"""The message identifier is:     {qid(n, 6)}-000Ab1-7Q
The subject of the message is: {CFP}
The date of the message is:    {dt(2026, 12, 4, 7, 58, 0, "+0000")}

The address to which the message has not yet been delivered is:

  {a}
    host mx.xinan-univ.edu.cn.example [203.0.113.99]
    Connection timed out
""", subj=CFP, odate=dt(2026, 12, 4, 7, 58, 0, "+0000"), date=d))
expect(n, a, "networkerror", False, action="delayed", vendor="exim")

n = "exim-uni-de-docm-attachment-policy.eml"
a = "praesidium@uni-wesermarsch.example"
d = dt(2026, 12, 5, 15, 30, 0, "+0100")
write(OUT, n, exim(n, host="mx.icgs2027.example", sender=SEC, rcpts=[a],
    body=f"""  {a}
    host mx1.uni-wesermarsch.example [198.51.100.88]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Nachricht abgelehnt: Anhaenge vom Typ .docm sind nach der
    IT-Sicherheitsrichtlinie der Universitaet nicht zugelassen
""", subj="ICGS 2027 registration form", odate=dt(2026, 12, 5, 15, 29, 40, "+0100"), date=d))
expect(n, a, "policyviolation", False, "5.7.1", "550", vendor="exim")

n = "exim-list-alias-mailman-loop.eml"
a = "geo-seminar@lists.tarn-univ.example"
d = dt(2026, 12, 6, 9, 0, 0, "+0100")
write(OUT, n, exim(n, host="lists.tarn-univ.example", sender=SEC, rcpts=[a],
    body=f"""  {a}
    Too many "Received" headers - suspected mail loop
""", subj=CFP, odate=dt(2026, 12, 6, 8, 59, 10, "+0100"), date=d))
expect(n, a, "networkerror", False, vendor="exim")


# ================================================================ Sun / Oracle Messaging Server, PMDF, Mirapoint

n = "sunms-gov-unknown-or-illegal-alias.eml"
a = "j.okafor@geosurvey.gov.ng.example"
d = dt(2026, 12, 6, 11, 0, 0, "+0100")
write(OUT, n, sunms(n, host="mail.geosurvey.gov.ng.example", rcpt=a, reason="Remote SMTP server has rejected address",
    diag=f"smtp;550 5.1.1 unknown or illegal alias: {a}", status="5.1.1", remote="mail.geosurvey.gov.ng.example",
    subj=KEY, odate=dt(2026, 12, 6, 10, 59, 40, "+0100"), date=d))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="sun")

n = "sunms-edu-tw-over-quota.eml"
a = "chlin@geo.tainan-univ.edu.tw.example"
d = dt(2026, 12, 7, 9, 1, 0, "+0800")
write(OUT, n, sunms(n, host="ms.tainan-univ.edu.tw.example", rcpt=a, reason="The recipient's mailbox is over its storage quota.",
    diag="smtp;552 5.2.2 Mailbox is full (quota of 1 GB exceeded)", status="5.2.2", remote=None,
    subj=PC, odate=dt(2026, 12, 7, 9, 0, 40, "+0800"), date=d, product="Oracle Communications Messaging Server 8.1.0.5"))
expect(n, a, "mailboxfull", False, "5.2.2", "552", vendor="sun")

n = "sunms-gov-delay-host-unreachable.eml"
a = "cadastre@lands.gov.ck.example"
d = dt(2026, 12, 7, 21, 0, 0, "+0000")
write(OUT, n, sunms(n, host="mta.icgs2027.example", rcpt=a, delay=True,
    reason="TCP active open: Failed connect()    Error: Network is unreachable",
    diag=None, status="4.4.1", remote="mx.lands.gov.ck.example",
    subj=CFP, odate=dt(2026, 12, 6, 21, 0, 0, "+0000"), date=d))
expect(n, a, "networkerror", False, "4.4.1", action="delayed", vendor="sun")

n = "pmdf-ministry-illegal-host.eml"
a = "dir.cartografia@ign-andino.gob.pe.example"
d = dt(2026, 12, 8, 7, 40, 0, "-0500")
write(OUT, n, sunms(n, host="vms.ign-andino.gob.pe.example", rcpt=a, pmdf=True,
    reason="illegal host/domain name found", diag=None, status="5.1.2", remote=None,
    subj=CFP, odate=dt(2026, 12, 8, 7, 39, 30, "-0500"), date=d))
expect(n, a, "hostunknown", True, "5.1.2", vendor="pmdf")

n = "pmdf-observatory-no-such-user.eml"
a = "obsdir@astro-geodesy.ac.at.example"
d = dt(2026, 12, 8, 9, 12, 0, "+0100")
write(OUT, n, sunms(n, host="pmdf.astro-geodesy.ac.at.example", rcpt=a, pmdf=True,
    reason="%MAIL-E-NOSUCHUSER, no such user OBSDIR at node ASTRO",
    diag="x-local-mail; %MAIL-E-NOSUCHUSER, no such user OBSDIR at node ASTRO", status="5.1.1", remote=None,
    subj=KEY, odate=dt(2026, 12, 8, 9, 11, 40, "+0100"), date=d))
expect(n, a, "userunknown", True, "5.1.1", vendor="pmdf")


def mirapoint(name, *, host, rcpt, diag, status, subj, odate, date, delay=False):
    if delay:
        text = (f"Your message has not yet been delivered to the following recipient(s).\n"
                f"The server will continue trying for up to 4 more days.\n\n  <{rcpt}>\n     {diag}\n")
    else:
        text = (f"The following recipients did not receive this message:\n\n     <{rcpt}>\n\n"
                f"Please reply to postmaster@{host.split('.', 1)[1]}\nif you feel this message to be in error.\n")
    r = {"final": rcpt, "status": status, "diag": "smtp; " + diag}
    if delay:
        r["action"] = "delayed"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host}", to=SEC,
                    subject=("Delayed Mail" if delay else "Undeliverable mail"), date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, "Mirapoint Messaging Server MOS 4.1.9-GA", date, host, "198.51.100.77"),
                    text=text, recips=[r], arrival=odate, orig=orig(name, SEC, [rcpt], subj, odate))


n = "mirapoint-ac-in-user-unknown.eml"
a = "rk.sharma@ce.iisc-north.ac.in.example"
d = dt(2026, 12, 9, 14, 0, 3, "+0530")
write(OUT, n, mirapoint(n, host="mirapoint.iisc-north.ac.in.example", rcpt=a,
    diag=f"550 5.1.1 <{a}>... User unknown", status="5.1.1", subj=PC, odate=dt(2026, 12, 9, 13, 59, 50, "+0530"), date=d))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="mirapoint")

n = "mirapoint-delay-retired-quota.eml"
a = "emeritus.bose@phys.jadavpur-east.ac.in.example"
d = dt(2026, 12, 9, 20, 0, 0, "+0530")
write(OUT, n, mirapoint(n, host="mx.jadavpur-east.ac.in.example", rcpt=a, delay=True,
    diag="452 4.2.2 Over quota; the mailbox of this retired staff account is full", status="4.2.2",
    subj=KEY, odate=dt(2026, 12, 9, 8, 0, 0, "+0530"), date=d))
expect(n, a, "mailboxfull", False, "4.2.2", "452", action="delayed", vendor="mirapoint")


# ================================================================ Coremail and other local-language notices

n = "coremail-edu-cn-recipient-missing-utf8.eml"
a = "wanglei2019@mail.beihai-univ.edu.cn.example"
d = dt(2026, 12, 10, 9, 30, 0, "+0800")
write(OUT, n, plain_mail(n, frm=enc_header("系统退信", "utf-8") + " <postmaster@mail.beihai-univ.edu.cn.example>", to=SEC,
    subject=enc_header("退信：" + CFP, "utf-8"), date=d, host="mail.beihai-univ.edu.cn.example",
    hops=hop(n, "mail.beihai-univ.edu.cn.example", "Coremail", d, "mail.beihai-univ.edu.cn.example", "203.0.113.88"),
    charset="utf-8", cte="base64",
    text=f"""您好！

很抱歉，您发送的邮件未能投递到以下收件人：

    {a}

退信原因：收件人账号在本校邮件系统中不存在，请核对地址后重新发送。
技术信息：550 User not found: {a}

原邮件主题：{CFP}
发送时间：2026-12-10 09:29

此邮件由北海大学邮件系统（Coremail）自动发出，请勿回复。
"""))
expect(n, a, "userunknown", True, "", "550", vendor="coremail")

n = "coremail-gov-cn-sender-domain-unknown-gbk.eml"
a = "chxx@dlxx.zrzy.gov.cn.example"
d = dt(2026, 12, 10, 16, 2, 0, "+0800")
write(OUT, n, plain_mail(n, frm="postmaster@zrzy.gov.cn.example", to="noreply@reg.icgs2027.example",
    subject=enc_header("系统退信通知", "gbk"), date=d, host="mx.zrzy.gov.cn.example",
    hops=hop(n, "mx.zrzy.gov.cn.example", "Coremail", d, "mx.zrzy.gov.cn.example", "203.0.113.89"),
    charset="gbk", cte="base64",
    text=f"""您发送的邮件被退回。

收件人：{a}
退信原因：发件人域名 reg.icgs2027.example 无法解析，系统拒收（553 5.1.8 Sender address domain not found）
邮件主题：{VISA}

请联系您的邮件管理员检查发件域名的DNS设置。
"""))
expect(n, a, "rejected", False, "5.1.8", "553", vendor="coremail")

n = "coremail-edu-cn-graduate-account-frozen-delay.eml"
a = "liuyang_phd@stu.jiangbei-univ.edu.cn.example"
d = dt(2026, 12, 11, 10, 0, 0, "+0800")
write(OUT, n, plain_mail(n, frm=enc_header("邮件系统", "gb2312") + " <postmaster@jiangbei-univ.edu.cn.example>", to=SEC,
    subject=enc_header("延迟投递通知：", "gb2312") + " ICGS 2027", date=d, host="mx.jiangbei-univ.edu.cn.example",
    hops=hop(n, "mx.jiangbei-univ.edu.cn.example", "Coremail", d, "mx.jiangbei-univ.edu.cn.example", "203.0.113.91"),
    charset="gb2312", cte="base64",
    text=f"""这是一封延迟投递通知，您无需重新发送邮件。

您发往 {a} 的邮件暂时无法投递。
原因：收件人邮箱空间已满（451 4.2.2 mailbox full），系统将在48小时内继续尝试投递。

邮件主题：{PC}
"""))
expect(n, a, "mailboxfull", False, "4.2.2", "451", action="delayed", vendor="coremail")

n = "postfix-ac-jp-iso2022jp-no-user.eml"
a = "yamada.k@env.higashiyama-u.ac.jp.example"
d = dt(2026, 12, 11, 13, 0, 0, "+0900")
jp = f"""このメールはシステムから自動送信されています。

次の宛先へのメールは配送できませんでした。

  宛先: {a}
  理由: 宛先のユーザーは当大学のメールシステムに存在しません。
        (550 5.1.1 User unknown)

退職・卒業等によりアカウントが削除された可能性があります。
宛先を確認のうえ、再送してください。

東山大学 情報基盤センター
"""
write(OUT, n, plain_mail(n, frm="MAILER-DAEMON@mx.higashiyama-u.ac.jp.example", to=SEC,
    subject=enc_header("配送エラー: " + PC, "iso-2022-jp"), date=d, host="mx.higashiyama-u.ac.jp.example",
    hops=hop(n, "mx.higashiyama-u.ac.jp.example", "Postfix", d, "mx.higashiyama-u.ac.jp.example", "203.0.113.130"),
    charset="iso-2022-jp", cte="base64", text=jp))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="postfix")

n = "exim-uni-es-buzon-desactivado-latin1.eml"
a = "jm.garcia@geografia.univ-meseta.es.example"
d = dt(2026, 12, 12, 9, 45, 0, "+0100")
write(OUT, n, plain_mail(n, frm="Sistema de correo <mailer-daemon@correo.univ-meseta.es.example>", to=SEC,
    subject=enc_header("Mensaje no entregado: " + KEY, "iso-8859-1"), date=d, host="correo.univ-meseta.es.example",
    hops=hop(n, "correo.univ-meseta.es.example", "Exim 4.96", d, "correo.univ-meseta.es.example", "198.51.100.180"),
    charset="iso-8859-1", cte="quoted-printable",
    text=f"""Este mensaje ha sido generado automáticamente por el servidor de correo
de la Universidad de la Meseta.

No se ha podido entregar su mensaje al siguiente destinatario:

  {a}
    550 5.2.1 El buzón del destinatario está desactivado: la cuenta del
    personal jubilado fue dada de baja por el Servicio de Informática.

Asunto: {KEY}
"""))
expect(n, a, "suspend", False, "5.2.1", "550", vendor="exim")

n = "exchange-ru-ras-nedostavleno-koi8.eml"
a = "ivanov.pp@igras-geo.ru.example"
d = dt(2026, 12, 12, 12, 0, 0, "+0300")
ru = f"""Не удалось доставить сообщение следующим получателям или группам:

{a}
Адрес электронной почты, который вы ввели, не найден. Проверьте адрес
получателя и попробуйте отправить сообщение еще раз.

Диагностические сведения для администраторов:

Создающий сервер: EXCH1.igras-geo.ru.example

{a}
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
write(OUT, n, exchange(n, host="EXCH1.igras-geo.ru.example", sender=SEC, rcpt=a, summary="", status="5.1.1",
    diag="smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", subj=KEY, odate=dt(2026, 12, 12, 11, 59, 40, "+0300"),
    date=d, lang_text=ru, charset="koi8-r", cte="base64", subject=enc_header("Недоставлено: ", "koi8-r") + " " + KEY))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="exchange")


# ================================================================ alumni forwarding, retired staff, list aliases

n = "alumni-forwarder-target-domain-gone.eml"
a = "t.mwangi@alumni.rift-valley-uni.ac.ke.example"
d = dt(2026, 12, 13, 7, 0, 0, "+0300")
write(OUT, n, pf(n, host="forward.alumni.rift-valley-uni.ac.ke.example", tail=f"""<{a}> (expanded from <{a}>):
    forwarding to <tmwangi@old-isp-nairobi.example> failed: Host or domain name
    not found. Name service error for name=old-isp-nairobi.example type=MX:
    Host not found
""", recips=[{"final": "tmwangi@old-isp-nairobi.example", "original": a, "status": "5.4.4",
              "diag": "X-Postfix; Host or domain name not found. Name service error for name=old-isp-nairobi.example type=MX: Host not found"}],
    rcpts=[a], subj=PC, odate=dt(2026, 12, 13, 6, 59, 40, "+0300"), date=d))
expect(n, "tmwangi@old-isp-nairobi.example", "hostunknown", True, "5.4.4", "", vendor="postfix")

n = "alumni-forwarding-lapsed-membership.eml"
a = "class1987.okoro@alumni.benue-poly.edu.ng.example"
d = dt(2026, 12, 13, 12, 30, 0, "+0100")
write(OUT, n, pf(n, tail=f"""<{a}>: host mx.alumni.benue-poly.edu.ng.example[198.51.100.230]
    said: 550 5.1.1 <{a}>: this alumni address no longer exists;
    lifetime forwarding was withdrawn when the membership lapsed (in reply to
    RCPT TO command)
""", recips=[{"final": a, "status": "5.1.1", "remote": "mx.alumni.benue-poly.edu.ng.example",
              "diag": f"550 5.1.1 <{a}>: this alumni address no longer exists; lifetime forwarding was withdrawn when the membership lapsed"}],
    subj=CFP, odate=dt(2026, 12, 13, 12, 29, 50, "+0100"), date=d))
expect(n, a, "userunknown", True, "5.1.1", "550", vendor="postfix")

n = "alumni-forward-srs-spf-reject.eml"
a = "j.larsen@alumni.fjordland-uni.no.example"
d = dt(2026, 12, 14, 9, 0, 0, "+0100")
write(OUT, n, exim(n, host="relay.alumni.fjordland-uni.no.example", sender=SEC, rcpts=[a],
    body=f"""  {a}
    host mx.fjordmail-private.example [203.0.113.232]
    SMTP error from remote mail server after MAIL FROM:<{SEC}> SIZE=40122:
    550 5.7.1 SPF check failed: 198.51.100.231 is not permitted to send mail
    for icgs2027.example (forwarded without sender rewriting)
""", subj=KEY, odate=dt(2026, 12, 14, 8, 59, 30, "+0100"), date=d))
expect(n, a, "authfailure", False, "5.7.1", "550", vendor="exim")

n = "sendmail-551-retired-write-to-personal.eml"
a = "w.hartley@ees.northmoor.ac.uk.example"
d = dt(2026, 12, 14, 15, 10, 0, "+0000")
write(OUT, n, sendmail(n, host=RELAY, sender=SEC, rcpt=a,
    reason_line=f"551 5.1.6 <{a}>... User has retired; please try <bill.hartley@homemail.example>",
    transcript=f"""... while talking to smtp.northmoor.ac.uk.example.:
>>> RCPT To:<{a}>
<<< 551 5.1.6 <{a}>... User has retired; please try <bill.hartley@homemail.example>
551 5.1.6 <{a}>... User has retired; please try <bill.hartley@homemail.example>""",
    recip={"final": a, "status": "5.1.6", "remote": "smtp.northmoor.ac.uk.example",
           "diag": f"551 5.1.6 <{a}>... User has retired; please try <bill.hartley@homemail.example>"},
    subj=PC, odate=dt(2026, 12, 14, 15, 9, 50, "+0000"), date=d))
expect(n, a, "hasmoved", True, "5.1.6", "551", vendor="sendmail")

n = "sympa-list-alias-non-subscriber-rejected.eml"
a = "geodesy-l@listes.univ-garonne.fr.example"
d = dt(2026, 12, 15, 10, 0, 0, "+0100")
write(OUT, n, plain_mail(n, frm="geodesy-l-request@listes.univ-garonne.fr.example", to=SEC,
    subject="Message distribution: Authorization denied", date=d, host="listes.univ-garonne.fr.example",
    hops=hop(n, "listes.univ-garonne.fr.example", "Postfix", d, "listes.univ-garonne.fr.example", "198.51.100.240"),
    text=f"""Your message for list '{a}' has been rejected.

Subject of the message: {CFP}

The message was rejected because the list only accepts messages from its
subscribers, and {SEC} is not subscribed.

For further information, please contact geodesy-l-request@listes.univ-garonne.fr.example
"""))
expect(n, a, "filtered", False, vendor="sympa")

n = "pf-delay-gov-dns-servfail.eml"
a = "spatialdata@planning.gov.fj.example"
d = dt(2026, 12, 15, 16, 0, 0, "+0000")
write(OUT, n, pf(n, delay=4, tail=f"""<{a}>: Host or domain name not found. Name service error
    for name=planning.gov.fj.example type=MX: Host not found, try again
""", recips=[{"final": a, "status": "4.4.3",
              "diag": "X-Postfix; Host or domain name not found. Name service error for name=planning.gov.fj.example type=MX: Host not found, try again"}],
    subj=CFP, odate=dt(2026, 12, 15, 12, 0, 0, "+0000"), date=d))
expect(n, a, "networkerror", False, "4.4.3", "", action="delayed", vendor="postfix")


# ================================================================ "no longer monitored" and other auto-replies

n = "autoreply-edu-account-no-longer-monitored.eml"
a = "geog-admin@harlow-tech.edu.example"
d = dt(2026, 12, 16, 9, 0, 5, "-0500")
write(OUT, n, autoreply(n, frm=f"Geography Department Office <{a}>", subject="Automatic reply: " + CFP, date=d,
    host="mail.harlow-tech.edu.example", extra=[("X-MS-Exchange-Inbox-Rules-Loop", a)],
    text=f"""Thank you for your email.

This account is no longer monitored. The Geography Department office has
moved to the new School of Earth and Environment, and messages sent here
are not read or forwarded.

For conference and seminar announcements, please write to
earthenv-office@harlow-tech.edu.example.
"""))
expect(n, a, "vacation", vendor="exchange")

n = "autoreply-gouv-fr-boite-plus-consultee.eml"
a = "contact.geodesie@territoires.gouv.fr.example"
d = dt(2026, 12, 16, 11, 20, 0, "+0100")
write(OUT, n, autoreply(n, frm=a, subject=enc_header("Réponse automatique : ICGS 2027 - Appel a communications", "utf-8"),
    date=d, host="smtp.territoires.gouv.fr.example", charset="utf-8", cte="quoted-printable",
    text="""Bonjour,

Cette boîte aux lettres n'est plus consultée depuis le 1er septembre 2026.
Votre message ne sera ni lu ni transmis.

Pour toute demande relative à la géodésie, merci d'utiliser le formulaire
de contact du ministère.

Ceci est une réponse automatique.
"""))
expect(n, a, "vacation", vendor="")

n = "autoreply-bund-de-postfach-nicht-mehr-betreut.eml"
a = "poststelle-alt@bkg-geo.bund.de.example"
d = dt(2026, 12, 16, 14, 0, 0, "+0100")
write(OUT, n, autoreply(n, frm=a, subject=enc_header("Automatische Antwort: " + PC, "iso-8859-1"), date=d,
    host="mail.bkg-geo.bund.de.example", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Damen und Herren,

dieses Postfach wird nicht mehr betreut. Ihre Nachricht wird nicht
gelesen und nicht weitergeleitet.

Bitte richten Sie Ihre Anfrage künftig an die zentrale Poststelle.

Dies ist eine automatisch erzeugte Nachricht.
"""))
expect(n, a, "vacation", vendor="exchange")

n = "autoreply-gov-br-caixa-nao-monitorada.eml"
a = "gabinete.antigo@geociencias.gov.br.example"
d = dt(2026, 12, 17, 10, 0, 0, "-0300")
write(OUT, n, autoreply(n, frm=a, subject=enc_header("Resposta automática: " + KEY, "utf-8"), date=d,
    host="webmail.geociencias.gov.br.example", charset="utf-8", cte="base64",
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583")],
    text="""Prezado(a),

Esta caixa de correio não é mais monitorada. As mensagens recebidas não
serão lidas.

Solicitações devem ser enviadas pelo protocolo eletrônico do Ministério.

Mensagem automática - não responda.
"""))
expect(n, a, "vacation", vendor="zimbra")

n = "autoreply-ac-jp-sabbatical-iso2022jp.eml"
a = "suzuki.h@geo.minato-u.ac.jp.example"
d = dt(2026, 12, 17, 18, 0, 0, "+0900")
write(OUT, n, autoreply(n, frm=a, subject=enc_header("自動応答: " + PC, "iso-2022-jp"), date=d,
    host="mail.minato-u.ac.jp.example", charset="iso-2022-jp", cte="base64",
    text="""メールありがとうございます。

2027年3月末まで海外でのサバティカル研修中のため、メールの確認が
遅れます。急ぎのご用件は学科事務室までご連絡ください。

（自動応答メッセージ）
"""))
expect(n, a, "vacation", vendor="")


# ================================================================ near-misses: ordinary mail around the conference

n = "nb-univ-it-mail-migration-notice.eml"
d = dt(2026, 11, 20, 8, 0, 0, "+0000")
write(NB, n, plain_mail(n, frm="IT Services <itservices@glenmore.ac.uk.example>", to="all-staff@glenmore.ac.uk.example",
    subject="Staff email moves to Exchange Online on 12 December", date=d, host="mail.glenmore.ac.uk.example",
    hops=hop(n, "mail.glenmore.ac.uk.example", "Postfix", d, "mail.glenmore.ac.uk.example", "198.51.100.19"), auto=False,
    extra=[("Precedence", "bulk")],
    text="""Dear colleagues,

On Saturday 12 December your mailbox moves from the campus Exchange 2016
servers to Exchange Online. During the move (08:00-14:00) mail sent to you
is queued, not lost: nothing will be returned as undeliverable.

After the move your quota rises from 2 GB to 50 GB, so the "mailbox full"
warnings some of you have been seeing will stop.

Retired and emeritus staff keep their accounts for one more year.

IT Services, University of Glenmore
"""))

n = "nb-visa-invitation-letter-request.eml"
d = dt(2026, 11, 22, 10, 14, 0, "+0100")
write(NB, n, human(n, frm="Dr. Amina Yusuf <a.yusuf@geo.kano-tech.edu.ng.example>", to=SEC,
    subject="Re: ICGS 2027: your visa support letter", date=d, host="mail.kano-tech.edu.ng.example",
    extra=[("In-Reply-To", "<visa-4411@icgs2027.example>"), ("References", "<visa-4411@icgs2027.example>")],
    text="""Dear Secretariat,

Thank you for the letter. The Portuguese consulate in Abuja says the
letter must also give my passport number and the dates of my stay, and it
was returned to me for that reason. Could you issue a corrected version?

Passport: A09912345, stay 4-11 July 2027.

Kind regards,
Amina Yusuf
Department of Geomatics
"""))

n = "nb-secretary-reply-professor-abroad.eml"
d = dt(2026, 11, 24, 15, 2, 0, "+0100")
write(NB, n, human(n, frm="Sekretariat Prof. Becker <sekretariat.becker@geo.uni-rheinau.example>", to=SEC,
    subject="AW: " + KEY, date=d, host="mail.uni-rheinau.example", charset="iso-8859-1", cte="quoted-printable",
    extra=[("In-Reply-To", "<key-0021@icgs2027.example>")],
    text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Einladung. Prof. Becker ist bis Mitte Januar auf
einer Feldkampagne in Grönland und liest seine E-Mails nur unregelmäßig.
Ich habe ihm Ihre Nachricht ausgedruckt mitgegeben; Sie erhalten seine
Antwort bis spätestens 20. Januar.

Mit freundlichen Grüßen
Petra Lenz
Sekretariat Geodäsie
"""))

n = "nb-alumni-newsletter-update-forwarding.eml"
d = dt(2026, 11, 25, 12, 0, 0, "+0000")
write(NB, n, plain_mail(n, frm="Alumni Relations <alumni@levant-tech.edu.example>", to="a.haddad@alumni.levant-tech.edu.example",
    subject="Your alumni news - November 2026", date=d, host="news.levant-tech.edu.example",
    hops=hop(n, "news.levant-tech.edu.example", "Postfix", d, "news.levant-tech.edu.example", "198.51.100.101"), auto=False,
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@news.levant-tech.edu.example>"), ("Precedence", "bulk")],
    text="""Dear graduate,

* Reunion weekend: 14-16 May 2027.
* Is your forwarding address still current? Mail to your alumni address
  that cannot be forwarded is returned to the sender, and after three
  returned messages forwarding is paused. Update it at
  https://alumni.levant-tech.edu.example/forwarding

* Lifetime forwarding remains free for members of the Alumni Association.

To stop receiving this newsletter, write to unsubscribe@news.levant-tech.edu.example.
"""))

n = "nb-ministry-registry-acknowledgement.eml"
d = dt(2026, 11, 26, 9, 30, 0, "+0100")
write(NB, n, human(n, frm="Bureau du courrier <courrier@territoires.gouv.fr.example>", to=SEC,
    subject="Votre courrier du 17 novembre - ref. 2026-GEO-04417", date=d, host="smtp.territoires.gouv.fr.example",
    charset="utf-8", cte="quoted-printable",
    text="""Madame, Monsieur,

Votre courrier du 17 novembre relatif à la conférence ICGS 2027 a bien été
enregistré sous la référence 2026-GEO-04417 et transmis à la sous-direction
de l'information géographique, qui vous répondra directement.

L'adresse contact.geodesie@ n'étant plus consultée, merci d'écrire
désormais au bureau du courrier.

Le bureau du courrier
"""))

n = "nb-registration-payment-declined.eml"
d = dt(2026, 11, 27, 17, 45, 0, "+0000")
write(NB, n, plain_mail(n, frm="ICGS 2027 Registration <noreply@reg.icgs2027.example>", to="t.nguyen@uq-riverside.edu.au.example",
    subject="ICGS 2027: your payment could not be completed", date=d, host="reg.icgs2027.example",
    hops=hop(n, "reg.icgs2027.example", "Postfix", d, "reg.icgs2027.example", "192.0.2.27"), auto=False,
    text="""Dear Dr Nguyen,

your card payment for registration ICGS-0912 (early bird, AUD 890) was
declined by the card issuer (code 05: do not honour). Your registration
is held for 7 days; please try another card or ask for an invoice for
payment by your university.

ICGS 2027 Registration Desk
"""))

n = "nb-univ-it-phishing-warning-undeliverable.eml"
d = dt(2026, 11, 28, 8, 15, 0, "-0500")
write(NB, n, plain_mail(n, frm="Information Security Office <security@pinecrest.edu.example>", to="faculty@pinecrest.edu.example",
    subject="Phishing alert: fake \"Undeliverable message\" notices", date=d, host="mailhub.pinecrest.edu.example",
    hops=hop(n, "mailhub.pinecrest.edu.example", "8.18.1/8.18.1", d, "mailhub.pinecrest.edu.example", "198.51.100.15"), auto=False,
    text="""Colleagues,

Since Monday many of you have received messages titled "Undeliverable:
message could not be delivered" or "Your mailbox is full", asking you to
log in to release held mail. These are phishing. Real notices from the
campus mail system never ask for your password.

If you entered your password, change it at https://password.pinecrest.edu.example
and tell us at security@pinecrest.edu.example.

Information Security Office
"""))

n = "nb-secretary-reply-retired-colleague.eml"
d = dt(2026, 11, 30, 11, 0, 0, "+0000")
write(NB, n, human(n, frm="Janet Moss <j.moss@ees.northmoor.ac.uk.example>", to=SEC,
    subject="Re: " + PC, date=d, host="smtp.northmoor.ac.uk.example",
    extra=[("In-Reply-To", "<pc-0107@icgs2027.example>")],
    text="""Dear ICGS Secretariat,

I am the administrator of the School of Earth Sciences. Professor Hartley
retired in the summer, and his university address will stop working at
the end of the year. He has asked me to say that he would be glad to
serve on the committee; please write to him at his private address,
which he will send you himself.

Best wishes,
Janet Moss
School Administrator
"""))

n = "nb-gov-embassy-visa-appointment.eml"
d = dt(2026, 12, 1, 9, 0, 0, "+0000")
write(NB, n, plain_mail(n, frm="Visa Section <visa.appointments@consulate-lisbon.example>", to="a.yusuf@geo.kano-tech.edu.ng.example",
    subject="Appointment confirmation - Schengen visa (Type C)", date=d, host="mail.consulate-lisbon.example",
    hops=hop(n, "mail.consulate-lisbon.example", "Postfix", d, "mail.consulate-lisbon.example", "203.0.113.200"), auto=False,
    text="""Your appointment has been booked.

Date: 12 January 2027, 10:40
Documents: passport, invitation letter from the conference organiser,
proof of accommodation, travel insurance, bank statements.

Applications with incomplete documents will be returned to the applicant
without processing.

This mailbox does not accept replies.
"""))

n = "nb-listserv-subscription-confirmed.eml"
d = dt(2026, 12, 2, 14, 0, 0, "+0100")
write(NB, n, plain_mail(n, frm="geodesy-l-request@listes.univ-garonne.fr.example", to=SEC,
    subject="Welcome to list geodesy-l", date=d, host="listes.univ-garonne.fr.example",
    hops=hop(n, "listes.univ-garonne.fr.example", "Postfix", d, "listes.univ-garonne.fr.example", "198.51.100.240"), auto=False,
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "list")],
    text=f"""Welcome to list geodesy-l@listes.univ-garonne.fr.example.

Your address {SEC} is now subscribed. Messages you send to the
list will be distributed to its 412 subscribers after moderation.

To unsubscribe, write to sympa@listes.univ-garonne.fr.example with the
command: SIGNOFF geodesy-l
"""))

n = "nb-coremail-univ-it-quota-raise-gb2312.eml"
d = dt(2026, 12, 3, 9, 0, 0, "+0800")
write(NB, n, plain_mail(n, frm=enc_header("网络与信息中心", "gb2312") + " <nic@jiangbei-univ.edu.cn.example>", to="all@jiangbei-univ.edu.cn.example",
    subject=enc_header("关于扩大教职工邮箱容量的通知", "gb2312"), date=d, host="mx.jiangbei-univ.edu.cn.example",
    hops=hop(n, "mx.jiangbei-univ.edu.cn.example", "Coremail", d, "mx.jiangbei-univ.edu.cn.example", "203.0.113.91"), auto=False,
    charset="gb2312", cte="base64",
    text="""各位老师：

为方便国际学术交流，学校将于12月10日起把教职工邮箱容量由5GB扩大到20GB。
扩容期间邮件收发不受影响，不会出现退信。

毕业研究生的邮箱将保留至次年6月，之后停用。

网络与信息中心
"""))

n = "nb-conference-chair-forward-with-question.eml"
d = dt(2026, 12, 3, 19, 0, 0, "+0000")
write(NB, n, human(n, frm="Maria Lindqvist <m.lindqvist@icgs2027.example>", to=SEC,
    subject="Fwd: keynote speakers - who still has not answered?", date=d, host="mail.icgs2027.example",
    text="""Hi both,

three of the keynote candidates have not answered yet (Okafor, Walsh and
Bose). Two of them may have retired. Could you check the university web
pages for current addresses before we send the reminder on Monday?

Thanks,
Maria
"""))
write_expected(os.path.join(OUT, "expected.jsonl"))
