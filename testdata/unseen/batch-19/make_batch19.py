#!/usr/bin/env python3
"""Writes testdata/unseen/batch-19: one night of bounces for a UK/Canadian/
Australian retailer (Harbour & Hearth), at everyday frequencies: user unknown,
mailbox full, disabled accounts, domains gone, blocks and rate limits, a tail
of rarer reasons, about one in eight delayed; plus near-miss ordinary mail in
not-bounce/ and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch19.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, orig_headers,  # noqa: E402
                       part, plain_mail, received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

SENDER = "orders@mail.harbourandhearth.example"
SHOPHOST = "mta2.mail.harbourandhearth.example"
SUBJ = ["Your Harbour & Hearth order has shipped", "Boxing Day preview: 30% off throws",
        "Your receipt from Harbour & Hearth", "Back in stock: the linen duvet set",
        "Your click & collect order is ready"]
N = [0]


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def when(k, minute=0):
    return dt(2026, 12, 2, 19 + (k // 60) % 5, (k + minute) % 60, (k * 7) % 60)


def odate(k):
    return dt(2026, 12, 2, 18, (k * 3) % 60, 11)


def hops(name, by, sw, k, frm=SHOPHOST, ip="192.0.2.25"):
    return "Return-Path: <>\n" + received([(frm, ip, by, sw, qid(name), when(k))])


def orig(name, rcpts, k):
    return orig_headers(SENDER, ", ".join(rcpts), SUBJ[k % len(SUBJ)], odate(k),
                        mid(name + "o", "mail.harbourandhearth.example"),
                        "X-Mailer: HH-Dispatch 4.2\nList-Unsubscribe: <mailto:unsub@mail.harbourandhearth.example>")


def full_orig(name, rcpts, k):
    return orig(name, rcpts, k) + "\nHello from Harbour & Hearth,\n\nYour order HH-%06d is on its way.\n" % (400000 + k * 37)


# ---------------------------------------------------------------- builders

def postfix(name, host, recs, delay=None, note=""):
    """recs: list of (rcpt, status, diag, reason, hard, reply, action)."""
    k = N[0] = N[0] + 1
    if delay:
        head = (f"This is the mail system at host {host}.\n\n"
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                f"Your message could not be delivered for more than {delay[0]} hour(s).\n"
                f"It will be retried until it is {delay[1]} day(s) old.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "                   The mail system\n\n")
        subj = "Delayed Mail (still being retried)"
    else:
        head = (f"This is the mail system at host {host}.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n")
        subj = "Undelivered Mail Returned to Sender"
    lines = []
    ds = []
    for r in recs:
        rcpt, st, diag, reason, hard, reply = r[:6]
        act = "delayed" if delay else "failed"
        lines.append(f"<{rcpt}>: {diag}\n")
        d = diag.split(" said: ")[-1].split(" (in reply to")[0] if " said: " in diag else "X-Postfix; " + diag
        ds.append({"final": rcpt, "status": st, "action": act, "diag": d,
                   "remote": r[6] if len(r) > 6 else None})
        expect(name, rcpt, reason, hard, st, reply, act)
    text = head + note + "\n".join(lines)
    m = dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=SENDER, subject=subj,
                 date=when(k, 3), host=host, hops=hops(name, host, "Postfix", k), text=text, recips=ds,
                 arrival=odate(k), orig=orig(name, [r[0] for r in recs], k))
    write(OUT, name, m)


def exim(name, host, recs, k_extra="", delay_hours=None):
    """recs: (rcpt, block_text, reason, hard, status, reply)."""
    k = N[0] = N[0] + 1
    if delay_hours:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than %d hours on the queue on %s.\n\n"
                "The message identifier is:     %s\nThe subject of the message is: %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                % (delay_hours, host, qid(name, 6), SUBJ[k % len(SUBJ)]))
        k_extra = ("\nNo action is required on your part. Delivery attempts will continue for\n"
                   "some time, and this warning may be repeated at intervals if the message\n"
                   "remains undelivered. Eventually the mail delivery software will give up,\n"
                   "and when that happens, the message will be returned to you.\n") + k_extra
        subj = "Warning: message %s delayed %d hours" % (qid(name, 6) + "-000" + qid(name + "x", 3) + "-" + qid(name + "y", 2), delay_hours)
        act = "delayed"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n")
        subj = "Mail delivery failed: returning message to sender"
        act = "failed"
    for r in recs:
        text += f"  {r[0]}\n    {r[1]}\n"
        expect(name, r[0], r[2], r[3], r[4], r[5], act)
    text += k_extra
    text += "\n------ This is a copy of the message, including all the headers. ------\n\n" + full_orig(name, [r[0] for r in recs], k)
    heads = [hops(name, host, "Exim 4.96", k), ("Date", when(k, 2)),
             ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", SENDER), ("Subject", subj),
             ("Message-ID", f"<E1v{qid(name, 6)}-000{qid(name, 4)}-2X@{host}>"), ("Auto-Submitted", "auto-replied")]
    if not delay_hours:
        heads.insert(6, ("X-Failed-Recipients", ", ".join(r[0] for r in recs)))
    write(OUT, name, mail(heads, text_part(text)))


def exchange(name, host, rcpt, st, reply, diag, reason, hard, title, explain, action="failed", remote=None,
             frm_dom="outlook.com"):
    """Exchange Online / Outlook.com NDR: html+text alternative, DSN, returned headers."""
    k = N[0] = N[0] + 1
    dom = rcpt.split("@")[1]
    text = (f"{title}\n\n{explain}\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {host}\n\n{rcpt}\n"
            f"Remote server returned '{diag}'\n\nOriginal message headers:\n\n"
            + orig(name, [rcpt], k))
    html = (f"<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to {rcpt} couldn't be delivered.</font></b></p>"
            f"<p>{explain}</p><p><b>{dom}</b> &nbsp; Action Required</p></body></html>")
    subj = "Undeliverable: " + SUBJ[k % len(SUBJ)] if action == "failed" else "Delivery delayed: " + SUBJ[k % len(SUBJ)]
    m = dsn_mail(name, frm=f"Microsoft Outlook <postmaster@{frm_dom}>", to=SENDER, subject=subj, date=when(k, 1),
                 host=host, hops=hops(name, host, "version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", k),
                 text=text, recips=[{"final": rcpt, "original": rcpt, "status": st, "action": action,
                                     "diag": diag, "remote": remote}],
                 orig=orig(name, [rcpt], k), alt_html=html, extra=[("X-MS-Exchange-Message-Is-Ndr", "")],
                 arrival=odate(k))
    write(OUT, name, m)
    expect(name, rcpt, reason, hard, st, reply, action)


def yahoo(name, rcpt, text_diag, reason, hard, status="", reply="", host="mta1037.mail.ir2.yahoo.com"):
    """Yahoo (also BT's hosted mail) plain-text failure notice."""
    k = N[0] = N[0] + 1
    text = (f"Sorry, we were unable to deliver your message to the following address.\n\n<{rcpt}>:\n{text_diag}\n\n"
            "--- Below this line is a copy of the message.\n\n" + full_orig(name, [rcpt], k))
    m = plain_mail(name, frm="MAILER-DAEMON@yahoo.com", to=SENDER, subject="Failure Notice", date=when(k, 1),
                   host=host, hops=hops(name, host, "Yahoo! Mail", k), text=text)
    write(OUT, name, m)
    expect(name, rcpt, reason, hard, status, reply)


def gmail(name, rcpt, diag, reason, hard, st, reply, delay=False, lead=None):
    k = N[0] = N[0] + 1
    if delay:
        text = ("** Message delayed **\n\nThere was a temporary problem delivering your message to "
                f"{rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
                f"The response from the remote server was:\n{diag}\n")
        subj = "Delivery Status Notification (Delay)"
        act = "delayed"
    else:
        text = (lead or f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
                ) + f"\nThe response from the remote server was:\n{diag}\n"
        subj = "Delivery Status Notification (Failure)"
        act = "failed"
    m = dsn_mail(name, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", to=SENDER, subject=subj,
                 date=when(k, 1), host="mx.google.com", hops=hops(name, "mx.google.com", "Google Transport Security", k),
                 text=text, recips=[{"final": rcpt, "original": rcpt, "status": st, "action": act,
                                     "diag": diag.replace("\n", " "), "remote": "gmail-smtp-in.l.google.com"}],
                 orig=orig(name, [rcpt], k), returned="message", arrival=odate(k))
    write(OUT, name, m)
    expect(name, rcpt, reason, hard, st, reply, act)


def rawtext(name, frm, subj, host, sw, body, exps, auto=True, extra=()):
    k = N[0] = N[0] + 1
    m = plain_mail(name, frm=frm, to=SENDER, subject=subj, date=when(k, 4), host=host,
                   hops=hops(name, host, sw, k), text=body, auto=auto, extra=extra)
    write(OUT, name, m)
    for e in exps:
        expect(name, *e[:2], **e[2])


# ---------------------------------------------------------------- bounces

# BT (hosted by Yahoo)
yahoo("bt-yahoo-no-such-user.eml", "gareth.pryce@btinternet.com",
      "Remote host said: 554 delivery error: dd This user doesn't have a btinternet.com account (gareth.pryce@btinternet.com) [0] - mta1037.mail.ir2.yahoo.com",
      "userunknown", True, "", "554")
yahoo("bt-yahoo-over-quota.eml", "jan.moss@btinternet.com",
      "Remote host said: 552 1 Requested mail action aborted, mailbox is over quota [RCPT_TO]",
      "mailboxfull", False, "", "552")
yahoo("yahoo-uk-account-disabled.eml", "lucy_h1987@yahoo.co.uk",
      "Remote host said: 554 delivery error: dd Not a valid recipient - the account has been disabled for inactivity [0] - mta1102.mail.ir2.yahoo.com",
      "suspend", False, "", "554")

# Sky (Yahoo-era retired; now on Sky's own Exim-ish relay), Virgin Media, TalkTalk, Plusnet, NTL
postfix("sky-unknown-recipient.eml", "smtp-out.sky.com",
        [("deano.w@sky.com", "5.1.1", "host mx.sky.com[203.0.113.41] said: 550 5.1.1 <deano.w@sky.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "userunknown", True, "550")])
exim("virginmedia-mailbox-full.eml", "relay.virginmedia.com",
     [("mandy.kerr@virginmedia.com", "host mx.tb.mail.iss.as9143.net [203.0.113.77]\n    SMTP error from remote mail server after RCPT TO:<mandy.kerr@virginmedia.com>:\n    452 4.2.2 mailbox is full - please try later",
       "mailboxfull", False, "4.2.2", "452")])
exim("talktalk-two-failed.eml", "mx-out.talktalk.example",
     [("pete.oakley@talktalk.net", "host mx.talktalk.net [203.0.113.90]\n    SMTP error from remote mail server after RCPT TO:<pete.oakley@talktalk.net>:\n    550 5.1.1 Unknown user",
       "userunknown", True, "5.1.1", "550"),
      ("sue.oakley@talktalk.net", "host mx.talktalk.net [203.0.113.90]\n    SMTP error from remote mail server after RCPT TO:<sue.oakley@talktalk.net>:\n    550 5.2.1 Mailbox disabled, not accepting messages",
       "suspend", False, "5.2.1", "550")])
postfix("plusnet-rate-limited-delayed.eml", SHOPHOST,
        [("r.haddon@plus.net", "4.7.0", "host mx.plus.net[203.0.113.12] said: 421 4.7.0 Too many messages from 192.0.2.25 in a short period, slow down and try again later (in reply to MAIL FROM command)", "ratelimited", False, "421")],
        delay=(4, 5))
exim("ntlworld-no-such-mailbox.eml", "relay.virginmedia.com",
     [("hughie.b@ntlworld.com", "host mx.tb.mail.iss.as9143.net [203.0.113.77]\n    SMTP error from remote mail server after RCPT TO:<hughie.b@ntlworld.com>:\n    550 5.1.1 hughie.b@ntlworld.com recipient rejected: no such mailbox",
       "userunknown", True, "5.1.1", "550")])
postfix("virginmedia-ip-listed.eml", SHOPHOST,
        [("k.dunmore@virginmedia.com", "5.7.1", "host mx.tb.mail.iss.as9143.net[203.0.113.78] said: 554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org (in reply to RCPT TO command)", "blocked", False, "554")])

# Australia
postfix("bigpond-user-unknown.eml", SHOPHOST,
        [("trev.mcgill@bigpond.com", "5.1.1", "host extmail.bigpond.com[203.0.113.140] said: 550 5.1.1 trev.mcgill@bigpond.com... No such user here (in reply to RCPT TO command)", "userunknown", True, "550")])
postfix("bigpond-quota-delayed.eml", SHOPHOST,
        [("jenny.tran@bigpond.com", "4.2.2", "host extmail.bigpond.com[203.0.113.140] said: 452 4.2.2 jenny.tran@bigpond.com: mailbox has exceeded its storage allowance (in reply to RCPT TO command)", "mailboxfull", False, "452")],
        delay=(6, 5))
postfix("telstra-reputation.eml", SHOPHOST,
        [("b.lawson@telstra.com", "5.7.1", "host mx1.telstra.com[203.0.113.141] said: 550 5.7.1 Message rejected: sending IP 192.0.2.25 has a poor reputation score with our filtering service (in reply to end of DATA command)", "badreputation", False, "550")])
postfix("optus-account-no-longer-exists.eml", SHOPHOST,
        [("kylie.r@optusnet.com.au", "5.1.1", "host mail.optusnet.com.au[203.0.113.150] said: 550 5.1.1 <kylie.r@optusnet.com.au>: mailbox unavailable, this account no longer exists (in reply to RCPT TO command)", "userunknown", True, "550")])
postfix("iinet-mailbox-full.eml", SHOPHOST,
        [("dwalsh@iinet.net.au", "5.2.2", "host mx.iinet.net.au[203.0.113.160] said: 552 5.2.2 Over quota: dwalsh@iinet.net.au has reached its mailbox size limit (in reply to RCPT TO command)", "mailboxfull", False, "552")])
postfix("westnet-domain-gone.eml", SHOPHOST,
        [("greg.f@westnet-legacy.example", "5.4.4", "Host or domain name not found. Name service error for name=westnet-legacy.example type=MX: Host not found, try again", "hostunknown", True, "")])
postfix("internode-spam-content.eml", SHOPHOST,
        [("ali.m@internode.on.net", "5.7.1", "host mx.internode.on.net[203.0.113.170] said: 554 5.7.1 Message scored 14.2 by content scanner and was rejected as probable spam (in reply to end of DATA command)", "spamdetected", False, "554")])

# Canada
postfix("rogers-mailbox-disabled-554-30.eml", SHOPHOST,
        [("pat.singh@rogers.com", "5.0.0", "host mx-rogers.mail.gm0.yahoodns.net[203.0.113.180] said: 554 delivery error: dd Sorry your message to pat.singh@rogers.com cannot be delivered. This mailbox is disabled (554.30). - mta4006.mail.gq1.yahoo.com (in reply to end of DATA command)", "suspend", False, "554")])
postfix("shaw-domain-retired.eml", SHOPHOST,
        [("bev.norquay@shaw.ca", "5.1.2", "host mx.shaw.ca[203.0.113.185] said: 550 5.1.2 Domain shaw.ca no longer accepts mail for retired Shaw addresses; recipient domain unknown (in reply to RCPT TO command)", "hostunknown", True, "550")])
postfix("telus-too-many-connections-delayed.eml", SHOPHOST,
        [("m.chow@telus.net", "4.7.1", "host mx.telus.net[203.0.113.190] said: 450 4.7.1 Client 192.0.2.25 exceeded the maximum number of connections allowed, try again later (in reply to RCPT TO command)", "ratelimited", False, "450")],
        delay=(3, 5))
postfix("sympatico-user-unknown.eml", SHOPHOST,
        [("l.gagnon@sympatico.ca", "5.1.1", "host mx.bell.net[203.0.113.195] said: 550 5.1.1 <l.gagnon@sympatico.ca>... User unknown (in reply to RCPT TO command)", "userunknown", True, "550")])
postfix("bell-blocked-ip.eml", SHOPHOST,
        [("fred.tremblay@bell.net", "5.7.1", "host mx.bell.net[203.0.113.195] said: 554 5.7.1 Connection refused: IP 192.0.2.25 is on a local block list, contact postmaster (in reply to MAIL FROM command)", "blocked", False, "554")])

# Videotron, in French
k = N[0] = N[0] + 1
name = "videotron-fr-boite-pleine.eml"
fr_text = ("Ceci est un message automatique du serveur de courrier de Vid\u00e9otron.\n\n"
           "Votre message n'a pas pu \u00eatre livr\u00e9 au destinataire suivant :\n\n"
           "  sylvie.pelletier@videotron.ca\n\n"
           "Raison : la bo\u00eete aux lettres du destinataire est pleine (quota d\u00e9pass\u00e9).\n"
           "Le message ne sera pas renvoy\u00e9. Vous pourrez essayer plus tard.\n")
write(OUT, name, dsn_mail(name, frm="Administrateur de messagerie <MAILER-DAEMON@smtp.videotron.ca>", to=SENDER,
                          subject="Avis de non-remise", date=when(k), host="smtp.videotron.ca",
                          hops=hops(name, "smtp.videotron.ca", "Postfix", k), text=fr_text, charset="iso-8859-1",
                          cte="quoted-printable",
                          recips=[{"final": "sylvie.pelletier@videotron.ca", "status": "5.2.2",
                                   "diag": "552 5.2.2 Boite aux lettres pleine / Mailbox full"}],
                          orig=orig(name, ["sylvie.pelletier@videotron.ca"], k), arrival=odate(k)))
expect(name, "sylvie.pelletier@videotron.ca", "mailboxfull", False, "5.2.2", "552")

k = N[0] = N[0] + 1
name = "videotron-fr-utilisateur-inconnu.eml"
write(OUT, name, dsn_mail(name, frm="MAILER-DAEMON@smtp.videotron.ca", to=SENDER, subject="Non remis : votre commande",
                          date=when(k), host="smtp.videotron.ca", hops=hops(name, "smtp.videotron.ca", "Postfix", k),
                          text="Votre message n'a pu \u00eatre remis.\n\n<jf.cote@videotron.ca> : adresse inexistante, "
                               "aucun compte de ce nom sur ce serveur.\n", charset="utf-8", cte="quoted-printable",
                          recips=[{"final": "jf.cote@videotron.ca", "status": "5.1.1",
                                   "diag": "550 5.1.1 Utilisateur inconnu"}],
                          orig=orig(name, ["jf.cote@videotron.ca"], k), arrival=odate(k)))
expect(name, "jf.cote@videotron.ca", "userunknown", True, "5.1.1", "550")

# NZ
exim("xtra-nz-no-account.eml", "mx-out.harbourandhearth.example",
     [("kiri.ngata@xtra.co.nz", "host mx.xtra.co.nz [203.0.113.200]\n    SMTP error from remote mail server after RCPT TO:<kiri.ngata@xtra.co.nz>:\n    550 Requested action not taken: mailbox unavailable - recipient not on file",
       "userunknown", True, "", "550")])

# Gmail / Outlook / iCloud for these users
gmail("gmail-nosuchuser-uk.eml", "oliviabrennan.uk@gmail.com",
      "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7b1 - gsmtp",
      "userunknown", True, "5.1.1", "550")
gmail("gmail-quota-delayed.eml", "tom.aldridge76@gmail.com",
      "452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n452 4.2.2 recipient to https://support.google.com/mail/?p=OverQuotaTemp 98e67ed59e1d1-2ef - gsmtp",
      "mailboxfull", False, "4.2.2", "452", delay=True)
gmail("gmail-rate-limited-delayed.eml", "harriet.vane.au@gmail.com",
      "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating\n421 4.7.28 from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp",
      "ratelimited", False, "4.7.28", "421", delay=True)
gmail("gmail-dmarc-unauth.eml", "ben.carver.ca@gmail.com",
      "550-5.7.26 Unauthenticated email from mail.harbourandhearth.example is not accepted due to domain's\n550 5.7.26 DMARC policy. Please contact the administrator of mail.harbourandhearth.example domain. - gsmtp",
      "authfailure", False, "5.7.26", "550",
      lead="** Message blocked **\n\nYour message to ben.carver.ca@gmail.com has been blocked.\n")
exchange("outlook-mailbox-unavailable.eml", "DB8EUR05HT123.mail.protection.outlook.com", "chloe.pearce@hotmail.co.uk",
         "5.5.0", "550", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [DB8EUR05FT033.eop-eur05.prod.protection.outlook.com]",
         "userunknown", True, "Delivery has failed to these recipients or groups:",
         "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.")
exchange("outlook-blocked-s3150.eml", "SY4PR01MB6789.ausprd01.prod.outlook.com", "n.ferris@outlook.com.au",
         "5.7.1", "550", "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
         "blocked", False, "Your message couldn't be delivered.",
         "Your message wasn't delivered because the recipient's email provider blocked the sending server's address.")
exchange("outlook-live-ca-quota.eml", "YT3PR01MB1234.CANPRD01.PROD.OUTLOOK.COM", "amelie.roy@live.ca",
         "5.2.2", "554", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
         "mailboxfull", False, "Your message couldn't be delivered.",
         "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.")
postfix("icloud-mailbox-disabled.eml", SHOPHOST,
        [("graham.o@icloud.com", "5.2.1", "host mx01.mail.icloud.com[203.0.113.210] said: 550 5.2.1 <graham.o@icloud.com>: user account is disabled (in reply to RCPT TO command)", "suspend", False, "550")])
postfix("icloud-me-no-such-user.eml", SHOPHOST,
        [("s.quinn@me.com", "5.1.1", "host mx02.mail.icloud.com[203.0.113.211] said: 550 5.1.1 <s.quinn@me.com>: user does not exist (in reply to RCPT TO command)", "userunknown", True, "550")])

# Universities and councils
exchange("uni-exchange-online-not-found.eml", "LO2P265MB4321.GBRP265.PROD.OUTLOOK.COM", "a.okonkwo@student.uni-northgate.ac.uk",
         "5.1.10", "550", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a.okonkwo@student.uni-northgate.ac.uk not found by SMTP address lookup",
         "userunknown", True, "Your message to a.okonkwo@student.uni-northgate.ac.uk couldn't be delivered.",
         "a.okonkwo wasn't found at student.uni-northgate.ac.uk.", frm_dom="uni-northgate.ac.uk")
exchange("council-exchange-restricted.eml", "CWLP123MB5555.GBRP123.PROD.OUTLOOK.COM", "planning@westmere-council.gov.uk",
         "5.7.1", "550", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient: the group only accepts messages from people in its organization",
         "securityerror", False, "Your message couldn't be delivered.",
         "Your message couldn't be delivered to the recipient because you don't have permission to send to it.", frm_dom="westmere-council.gov.uk")
rawtext("uni-janet-exim-unrouteable.eml", "Mail Delivery System <Mailer-Daemon@mx1.uni-eastcliff.ac.uk>",
        "Mail delivery failed: returning message to sender", "mx1.uni-eastcliff.ac.uk", "Exim 4.94",
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        "  r.ashworth@chem.uni-eastcliff.ac.uk\n    Unrouteable address\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n" + full_orig("janet", ["r.ashworth@chem.uni-eastcliff.ac.uk"], 3),
        [("r.ashworth@chem.uni-eastcliff.ac.uk", "hostunknown", {"hard": True})],
        extra=[("X-Failed-Recipients", "r.ashworth@chem.uni-eastcliff.ac.uk")])
k = N[0] = N[0] + 1
name = "uni-mimecast-size-exceeded.eml"
write(OUT, name, dsn_mail(name, frm="Mimecast Mail Delivery <postmaster@uni-southwold.ac.uk>", to=SENDER,
                          subject="Undeliverable: " + SUBJ[k % len(SUBJ)], date=when(k),
                          host="eu-smtp-delivery-1.mimecast.com", hops=hops(name, "eu-smtp-delivery-1.mimecast.com", "Mimecast", k),
                          text="Your message could not be delivered to one or more recipients.\n\n"
                               "d.fairbairn@uni-southwold.ac.uk\n  554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [Xk3pQm7LTe2wYh0sV4bN9A.uk69]\n",
                          recips=[{"final": "d.fairbairn@uni-southwold.ac.uk", "status": "5.0.0",
                                   "diag": "554 Maximum email size exceeded"}],
                          orig=orig(name, ["d.fairbairn@uni-southwold.ac.uk"], k), arrival=odate(k)))
expect(name, "d.fairbairn@uni-southwold.ac.uk", "emailtoolarge", False, "5.0.0", "554")
postfix("council-proofpoint-unknown.eml", SHOPHOST,
        [("housing@eastbourne-council.gov.uk", "5.1.1", "host mx0a-001.pphosted.com[203.0.113.220] said: 550 5.1.1 User Unknown (in reply to RCPT TO command)", "userunknown", True, "550")])
postfix("uni-workspace-disabled.eml", SHOPHOST,
        [("m.lindqvist@alumni.uni-kingsbridge.ac.uk", "5.2.1", "host aspmx.l.google.com[203.0.113.230] said: 550-5.2.1 The email account that you tried to reach is disabled. https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-42 - gsmtp (in reply to RCPT TO command)", "suspend", False, "550")])
postfix("council-proofpoint-spam.eml", SHOPHOST,
        [("enquiries@ardley-council.gov.uk", "5.7.1", "host mx0b-002.pphosted.com[203.0.113.221] said: 554 5.7.1 Message blocked due to spam content in the message body (in reply to end of DATA command)", "spamdetected", False, "554")])

# Small businesses on cPanel hosts (Exim)
exim("cpanel-quota-exceeded.eml", "uk-cpanel14.hostco.example",
     [("accounts@kettleandkiln.example", "mailbox is full (MTA-imposed quota exceeded while writing to file\n    /home/kettlean/mail/kettleandkiln.example/accounts/maildirsize)", "mailboxfull", False, "", "")])
exim("cpanel-no-such-user.eml", "au-cpanel03.hostco.example",
     [("sales@bellbirdcandles.example", "host mail.bellbirdcandles.example [198.51.100.16]\n    SMTP error from remote mail server after RCPT TO:<sales@bellbirdcandles.example>:\n    550 No Such User Here", "userunknown", True, "", "550")])
exim("cpanel-domain-no-mx.eml", "mx-out.harbourandhearth.example",
     [("info@old-brewhouse.example", "all relevant MX records point to non-existent hosts", "hostunknown", True, "", "")])
exim("cpanel-remote-hourly-limit-delayed.eml", "ca-cpanel07.hostco.example",
     [("office@maplecraft.example", "host mx.maplecraft.example [198.51.100.12]\n    SMTP error from remote mail server after MAIL FROM:<orders@mail.harbourandhearth.example> SIZE=24012:\n    451 Temporarily rejected. Too many emails from your domain this hour, please retry later",
       "ratelimited", False, "", "451")], delay_hours=8)
exim("cpanel-size-limit.eml", "uk-cpanel22.hostco.example",
     [("design@thimbleworks.example", "host mx.thimbleworks.example [198.51.100.14]\n    SMTP error from remote mail server after end of data:\n    552 Message size exceeds fixed maximum message size", "emailtoolarge", False, "", "552")])
exim("exim-mailer-pipe-failed.eml", "uk-cpanel22.hostco.example",
     [("tickets@fixmybike.example", "Child process of virtual_address_pipe transport returned 1 (could mean unexpected signal) from command:\n      /home/fixmybike/helpdesk/pipe.php",
       "mailererror", False, "", "")])

# Multi-recipient, mixed
postfix("postfix-three-mixed-night.eml", SHOPHOST,
        [("j.morrow@sky.com", "5.1.1", "host mx.sky.com[203.0.113.41] said: 550 5.1.1 <j.morrow@sky.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)", "userunknown", True, "550"),
         ("a.bishop@ntlworld.com", "5.2.2", "host mx.tb.mail.iss.as9143.net[203.0.113.77] said: 552 5.2.2 Mailbox size limit exceeded (in reply to RCPT TO command)", "mailboxfull", False, "552"),
         ("c.dale@clearnet-old.example", "5.4.4", "Host or domain name not found. Name service error for name=clearnet-old.example type=MX: Host not found", "hostunknown", True, "")])

# Recipient only in the text
rawtext("recipient-only-in-text-qmail.eml", "MAILER-DAEMON@mail.smallhost.example", "failure notice",
        "mail.smallhost.example", "qmail 1.03",
        "Hi. This is the qmail-send program at mail.smallhost.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<rose@teasmiths.example>:\nThis mailbox has been closed by its owner and no longer receives mail.\n\n"
        "--- Below this line is a copy of the message.\n\n" + full_orig("q", ["rose@teasmiths.example"], 5),
        [("rose@teasmiths.example", "suspend", {"hard": False})])
rawtext("sendmail-text-only-user-unknown.eml", "Postmaster <postmaster@lists-host.example>",
        "Returned mail: see transcript for details", "smtp.lists-host.example", "Sendmail 8.17.1",
        "The original message was received at " + odate(7) + "\nfrom mta2.mail.harbourandhearth.example [192.0.2.25]\n\n"
        "   ----- The following addresses had permanent fatal errors -----\n<h.gillespie@kilbride-farm.example>\n"
        "    (reason: 550 5.1.1 <h.gillespie@kilbride-farm.example>... User unknown)\n\n"
        "   ----- Transcript of session follows -----\n... while talking to mail.kilbride-farm.example.:\n"
        ">>> RCPT To:<h.gillespie@kilbride-farm.example>\n<<< 550 5.1.1 <h.gillespie@kilbride-farm.example>... User unknown\n"
        "550 5.1.1 <h.gillespie@kilbride-farm.example>... User unknown\n",
        [("h.gillespie@kilbride-farm.example", "userunknown", {"hard": True, "status": "5.1.1", "reply": "550"})])

# Gave up
exim("exim-retry-timeout-gaveup.eml", "mx-out.harbourandhearth.example",
     [("reception@glenview-surgery.example", "retry timeout exceeded\n    host mail.glenview-surgery.example [198.51.100.40]: Connection timed out",
       "expired", False, "", "")])
postfix("postfix-delayed-connect-timeout.eml", SHOPHOST,
        [("bookings@tidepool-cafe.example", "4.4.1", "delivery temporarily suspended: connect to mail.tidepool-cafe.example[198.51.100.44]:25: Connection timed out", "networkerror", False, "")],
        delay=(4, 5))
k = N[0] = N[0] + 1
name = "exchange-onprem-expired.eml"
write(OUT, name, dsn_mail(name, frm="postmaster@ridgeway-motors.example", to=SENDER, subject="Undeliverable: " + SUBJ[1],
                          date=when(k), host="EXCH01.ridgeway-motors.example", hops=hops(name, "EXCH01.ridgeway-motors.example", "Microsoft SMTP Server", k),
                          text="Delivery has failed to these recipients or groups:\n\nparts@ridgeway-motors.example\n"
                               "The message couldn't be delivered in the time allowed. The receiving server may be down or the message may be stuck in a queue.\n\n"
                               "Diagnostic information for administrators:\n\nGenerating server: EXCH01.ridgeway-motors.example\n\n"
                               "parts@ridgeway-motors.example\n#550 4.4.7 QUEUE.Expired; message expired ##\n",
                          recips=[{"final": "parts@ridgeway-motors.example", "status": "5.4.7", "diag": "550 4.4.7 QUEUE.Expired; message expired"}],
                          orig=orig(name, ["parts@ridgeway-motors.example"], k), arrival=odate(k)))
expect(name, "parts@ridgeway-motors.example", "expired", False, "5.4.7", "550")

# Delays
exchange("outlook-delay-connection-refused.eml", "ME3PR01MB7777.ausprd01.prod.outlook.com", "w.hargreaves@northbridge-legal.example",
         "4.4.316", "", "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.northbridge-legal.example] [LastAttemptedIP=198.51.100.61:25]",
         "networkerror", False, "Delivery is delayed to these recipients or groups:",
         "This message hasn't been delivered yet. Delivery will continue to be attempted. The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes.",
         action="delayed", frm_dom="northbridge-legal.example")
exim("exim-delayed-iinet-quota.eml", "mx-out.harbourandhearth.example",
     [("cath.rowe@iinet.net.au", "host mx.iinet.net.au [203.0.113.160]\n    SMTP error from remote mail server after RCPT TO:<cath.rowe@iinet.net.au>:\n    452 4.2.2 Mailbox over quota",
       "mailboxfull", False, "4.2.2", "452")], delay_hours=24)

# Rarer tail
postfix("requireptr-telus.eml", SHOPHOST,
        [("d.fontaine@telus.net", "5.7.25", "host mx.telus.net[203.0.113.190] said: 550 5.7.25 The sending IP 192.0.2.25 does not have a PTR record (reverse DNS) (in reply to MAIL FROM command)", "requireptr", False, "550")])
postfix("spf-fail-xtra.eml", SHOPHOST,
        [("h.tawhiri@xtra.co.nz", "5.7.23", "host mx.xtra.co.nz[203.0.113.200] said: 550 5.7.23 SPF validation failed: 192.0.2.25 is not a permitted sender for mail.harbourandhearth.example (in reply to MAIL FROM command)", "authfailure", False, "550")])
postfix("virus-council.eml", SHOPHOST,
        [("rates@hillcrest-council.gov.uk", "5.7.1", "host mx.hillcrest-council.gov.uk[198.51.100.70] said: 554 5.7.1 Rejected: attachment invoice.zip contains a virus (Win.Trojan.Agent-1234) (in reply to end of DATA command)", "virusdetected", False, "554")])
postfix("starttls-required-uni.eml", SHOPHOST,
        [("bursary@uni-lowmoor.ac.uk", "5.7.10", "TLS is required, but was not offered by host mx.uni-lowmoor.ac.uk[198.51.100.80]", "failedstarttls", False, "")])
postfix("relay-denied-smallbiz.eml", SHOPHOST,
        [("hello@pottersfield.example", "5.7.1", "host mail.pottersfield.example[198.51.100.90] said: 554 5.7.1 <hello@pottersfield.example>: Relay access denied (in reply to RCPT TO command)", "norelaying", False, "554")])
postfix("sender-rejected-shaw.eml", SHOPHOST,
        [("gord.e@shaw.ca", "5.1.8", "host mx.shaw.ca[203.0.113.185] said: 553 5.1.8 <orders@mail.harbourandhearth.example>: Sender address rejected: Domain not found (in reply to MAIL FROM command)", "rejected", False, "553")])
postfix("hasmoved-council.eml", SHOPHOST,
        [("j.winter@oldtown-council.gov.uk", "5.1.6", "host mx.oldtown-council.gov.uk[198.51.100.95] said: 551 5.1.6 User not local; this officer has moved to j.winter@newtown-council.gov.uk, mail is not forwarded (in reply to RCPT TO command)", "hasmoved", True, "551")])
postfix("systemfull-smallbiz.eml", SHOPHOST,
        [("shop@larkspur-gifts.example", "4.3.1", "host mail.larkspur-gifts.example[198.51.100.99] said: 452 4.3.1 Insufficient system storage (in reply to MAIL FROM command)", "systemfull", False, "452")],
        delay=(2, 5))
postfix("nullmx-parked.eml", SHOPHOST,
        [("info@parked-domain-shop.example", "5.1.10", "Domain parked-domain-shop.example does not accept mail (nullMX)", "notaccept", True, "")])
postfix("filtered-recipient-rule.eml", SHOPHOST,
        [("m.ellison@kinross-joinery.example", "5.7.1", "host mail.kinross-joinery.example[198.51.100.101] said: 550 5.7.1 Message refused by recipient's mail filter: sender is on the user's blocked senders list (in reply to end of DATA command)", "filtered", False, "550")])
exchange("outlook-recipient-size-limit.eml", "LO4P265MB0001.GBRP265.PROD.OUTLOOK.COM", "staff@uni-northgate.ac.uk",
         "5.2.3", "552", "552 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
         "emailtoolarge", False, "Your message couldn't be delivered because it's too large.",
         "The recipient's email system doesn't accept messages this large.", frm_dom="uni-northgate.ac.uk")

# Auto-replies
k = N[0] = N[0] + 1
name = "vacation-council-ooo.eml"
write(OUT, name, mail([received([("mx.lyndon-council.gov.uk", "198.51.100.110", "mx-in.harbourandhearth.example", "Postfix", qid(name), when(k))]),
                       ("Date", when(k)), ("From", "Fiona Gale <f.gale@lyndon-council.gov.uk>"), ("To", SENDER),
                       ("Subject", "Automatic reply: " + SUBJ[2]), ("Message-ID", mid(name, "lyndon-council.gov.uk")),
                       ("In-Reply-To", mid(name + "o", "mail.harbourandhearth.example")),
                       ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                      text_part("Thank you for your email. I am on annual leave until Monday 14 December with no access to email.\n"
                                "For urgent matters please contact the Customer Services team on 01632 960123.\n\nFiona Gale\nLicensing Officer\n")))
expect(name, "f.gale@lyndon-council.gov.uk", "vacation", False, "", "", "")
k = N[0] = N[0] + 1
name = "vacation-bigpond-away.eml"
write(OUT, name, mail([received([("extmail.bigpond.com", "203.0.113.140", "mx-in.harbourandhearth.example", "Postfix", qid(name), when(k))]),
                       ("Date", when(k)), ("From", "Noel Dempsey <noel.dempsey@bigpond.com>"), ("To", SENDER),
                       ("Subject", "Out of Office: " + SUBJ[0]), ("Message-ID", mid(name, "bigpond.com")),
                       ("In-Reply-To", mid(name + "o", "mail.harbourandhearth.example")),
                       ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
                      text_part("G'day, I'm away camping till the 20th with no reception. I'll reply when I'm back.\nNoel\n")))
expect(name, "noel.dempsey@bigpond.com", "vacation", False, "", "", "")

# Complaint report (ARF)
k = N[0] = N[0] + 1
name = "arf-complaint-isp.eml"
bnd = boundary(name)
arf = multipart("report", [
    text_part("This is an email abuse report for an email message received from IP 192.0.2.25 on " + odate(k) + ".\n"
              "A subscriber of our service marked it as spam.\n"),
    part("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: ISP-FBL/2.1\nVersion: 1\n"
         "Original-Mail-From: <" + SENDER + ">\nOriginal-Rcpt-To: <carol.b@shaw.ca>\nSource-IP: 192.0.2.25\n"
         "Arrival-Date: " + odate(k) + "\nReported-Domain: mail.harbourandhearth.example\n", cte=None),
    part("message/rfc822", full_orig(name, ["carol.b@shaw.ca"], k), cte=None)], bnd, " report-type=feedback-report;")
write(OUT, name, mail([received([("fbl.isp-feedback.example", "203.0.113.250", "mx-in.harbourandhearth.example", "Postfix", qid(name), when(k))]),
                       ("Date", when(k)), ("From", "Feedback Loop <fbl@isp-feedback.example>"), ("To", "fbl@mail.harbourandhearth.example"),
                       ("Subject", "Complaint about message from 192.0.2.25"), ("Message-ID", mid(name, "isp-feedback.example"))], arf))
expect(name, "carol.b@shaw.ca", "feedback", False, "", "", "")

# ---------------------------------------------------------------- near-misses

def nb(name, frm, subj, body, extra=(), to=SENDER):
    k = N[0] = N[0] + 1
    heads = [received([(frm.split("@")[-1].rstrip(">"), "198.51.100.200", "mx-in.harbourandhearth.example", "Postfix", qid(name), when(k))]),
             ("Date", when(k)), ("From", frm), ("To", to), ("Subject", subj), ("Message-ID", mid(name, "example.org"))] + list(extra)
    write(NB, name, mail(heads, text_part(body)))


nb("nb-reply-unsubscribe.eml", "Marjorie Platt <marj.platt@btinternet.com>", "Re: Boxing Day preview: 30% off throws",
   "UNSUBSCRIBE. I have asked three times now. Please remove me from your list.\n\nMarjorie\n")
nb("nb-reply-wrong-person.eml", "Dave Kowalski <dkowalski@rogers.com>", "Re: Your receipt from Harbour & Hearth",
   "Hi, I think you have the wrong person. I never ordered anything from you - maybe someone typed my address by mistake?\n\nDave\n",
   extra=[("In-Reply-To", "<abc123@mail.harbourandhearth.example>")])
nb("nb-reply-moved-house.eml", "Sheila Tran <sheila.tran@optusnet.com.au>", "Re: Your Harbour & Hearth order has shipped",
   "Hello, we have moved house since I placed the order. The new address is 14 Wattle St. Can the courier redeliver there?\nThanks, Sheila\n")
nb("nb-parcel-delivery-failed.eml", "Parcel Tracking <tracking@courier-uk.example>", "Delivery failed: we missed you today",
   "We tried to deliver your parcel HH-400037 today but nobody was home.\nDelivery failed - a card has been left. Rebook at https://courier-uk.example/rebook\n",
   to="dispatch@harbourandhearth.example")
nb("nb-parcel-returned-to-sender.eml", "AusParcel <noreply@ausparcel.example>", "Your parcel is being returned to sender",
   "Parcel 7731 2201 could not be delivered: address unknown. It is being returned to sender (Harbour & Hearth, Melbourne).\n")
nb("nb-council-newsletter.eml", "Westmere Council News <news@westmere-council.gov.uk>", "Westmere News: bin collections over Christmas",
   "Bin collections move by one day over Christmas. Garden waste will resume on 5 January.\n\nTo unsubscribe from Westmere News reply with 'unsubscribe'.\n",
   extra=[("List-Unsubscribe", "<mailto:news-leave@westmere-council.gov.uk>"), ("Precedence", "bulk")])
nb("nb-it-mailbox-move.eml", "IT Service Desk <servicedesk@uni-northgate.ac.uk>", "Your mailbox is moving to Exchange Online this weekend",
   "Your mailbox will be migrated on Saturday. During the move, mail may be delayed for up to two hours; nothing will be lost.\n"
   "If your mailbox is over its quota, please tidy it up first.\n")
nb("nb-spam-undeliverable-lure.eml", "Mail Delivery Subsystem <support@mailbox-verify.example>", "Undelivered messages: 3 pending",
   "You have 3 undelivered messages held on the server because your mailbox storage is full.\nClick here to release them: http://mailbox-verify.example/login\n")
nb("nb-human-quotes-ndr.eml", "Priya Nair <p.nair@uni-kingsbridge.ac.uk>", "Re: your email bounced",
   "Hi, my colleague said your mail came back with '550 5.1.1 User unknown'. My correct address is this one - p.nair, not priya.nair.\nPriya\n")
nb("nb-reply-cancel-order.eml", "Kevin Doyle <kdoyle@sky.com>", "Re: Your click & collect order is ready",
   "Please cancel it, I bought it elsewhere. Refund to the same card please.\n")
nb("nb-customer-complaint-email.eml", "Rita Osei <rita.osei@telus.net>", "Complaint about my delivery",
   "My order arrived damaged and the delivery failed twice before that. I want to make a formal complaint.\n")
nb("nb-reply-fr-desabonner.eml", "Gilles Bouchard <g.bouchard@videotron.ca>", "RE: Apercu Boxing Day",
   "Veuillez me desabonner de votre liste, merci.\n\nGilles\n")
nb("nb-supplier-invoice.eml", "Accounts <accounts@linen-mill.example>", "Invoice 88213 - payment overdue",
   "Please find invoice 88213 attached. Payment was due 30 November.\n")
nb("nb-reply-deceased.eml", "Anne Marsh <anne.marsh@xtra.co.nz>", "Re: Back in stock: the linen duvet set",
   "Please stop sending emails to my mother's address. She passed away in June and the account is no longer read by her.\n")
nb("nb-mailbox-full-warning-forward.eml", "Tom Aldridge <tom.aldridge76@gmail.com>", "Fwd: order",
   "Sorry, my inbox was full last week so I might have missed your emails. Can you resend the receipt?\n")
nb("nb-helpdesk-ticket.eml", "Harbour & Hearth Support <support@harbourandhearth.example>", "[Ticket #55120] Email not received",
   "Customer reports she never received her order confirmation. Address checked: it was mistyped at checkout.\n",
   to="ops@harbourandhearth.example")
nb("nb-marketing-platform-report.eml", "Dispatch Reports <reports@mail.harbourandhearth.example>", "Nightly send report",
   "Sent: 48,201. Delivered: 47,630. Bounced: 412 (hard 190, soft 222). Complaints: 3.\n",
   to="ops@harbourandhearth.example")
nb("nb-delivery-receipt-courier.eml", "NZ Courier <noreply@nzcourier.example>", "Delivered: your parcel",
   "Your parcel was delivered at 2:14pm and left at the front door.\n")
nb("nb-council-auto-ack.eml", "Hillcrest Council <noreply@hillcrest-council.gov.uk>", "We have received your enquiry",
   "Thank you for contacting Hillcrest Council. Your reference is HC-77120. We aim to reply within 10 working days.\n")
nb("nb-spam-parcel-held.eml", "Royal Post <notice@parcel-held.example>", "Your parcel is on hold: delivery failed",
   "We could not deliver your package due to unpaid customs fee of 1.99. Pay now: http://parcel-held.example/pay\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
