#!/usr/bin/env python3
"""Writes testdata/unseen/batch-68: Postfix and Sendmail bounces, 2000-2026.

Postfix: the default English templates (1.x/2.0 "Postfix program" and 2.3+
"mail system"), localised bounce_template_file templates (German, Japanese,
Chinese, French), delays (connection timed out, conversation timed out,
lost connection, DNS "try again"), local(8)/virtual(8)/pipe(8) failures,
smtpd/postscreen refusals, and Postfix replies quoted by Exim, Exchange,
Gmail and qmail. Sendmail 8.x: pre-DSN and DSN notices with transcripts,
4-hour warnings, 5-day give-ups, host unknown, milter rejections.
Near-misses (not-bounce/nb-*): pflogsumm reports, "Postfix SMTP server:
errors from" notices, success/relay DSNs, mailq output, replies.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch68.py [DIR]"""
import hashlib
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dt, enc_header, expect, mail, mid, multipart, part,  # noqa: E402
                       text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=10):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def smid(name):
    h = hashlib.sha1(name.encode()).hexdigest()
    return f"{h[:6]}{h[6:12]}"


def wrap(line):
    return "\n".join(textwrap.wrap(line, 76, subsequent_indent="    ", break_long_words=False,
                                   break_on_hyphens=False))


def orig(name, frm, to, subject, date, host, body, whole=True, sw="Postfix"):
    h = (f"Received: from ws1.{frm.split('@')[1]} (ws1.{frm.split('@')[1]} [192.0.2.45])\n"
         f"\tby {host} ({sw}) with ESMTP id {qid(name + 'o')}\n\tfor <{to}>; {date}\n"
         f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
         f"Message-ID: {mid(name + 'orig', frm.split('@')[1])}\nMIME-Version: 1.0\n"
         f"Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n")
    return h + ("\n" + body if whole else "")


# ------------------------------------------------------------------ Postfix

PF_TEXT = {
    "en": ("This is the mail system at host {host}.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"),
    "en-delay": ("This is the mail system at host {host}.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than {hours} hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n"),
    "old": ("This is the Postfix program at host {host}.\n\n"
            "I'm sorry to have to inform you that the message returned\n"
            "below could not be delivered to one or more destinations.\n\n"
            "For further assistance, please send mail to <postmaster>\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the message returned below.\n\n"
            "\t\t\tThe Postfix program\n\n"),
    "de": ("Dies ist das Mailsystem auf dem Rechner {host}.\n\n"
           "Leider konnte Ihre Nachricht an einen oder mehrere Empf\u00e4nger nicht\n"
           "zugestellt werden. Die Nachricht ist unten angeh\u00e4ngt.\n\n"
           "F\u00fcr weitere Unterst\u00fctzung wenden Sie sich bitte an den Postmaster.\n\n"
           "Wenn Sie das tun, f\u00fcgen Sie bitte diesen Fehlerbericht bei. Ihren eigenen\n"
           "Text k\u00f6nnen Sie aus der angeh\u00e4ngten Nachricht entfernen.\n\n"
           "                   Das Mailsystem\n\n"),
    "de-delay": ("Dies ist das Mailsystem auf dem Rechner {host}.\n\n"
                 "#########################################################################\n"
                 "# DIES IST NUR EINE WARNUNG. SIE M\u00dcSSEN IHRE NACHRICHT NICHT NEU SENDEN. #\n"
                 "#########################################################################\n\n"
                 "Ihre Nachricht konnte seit mehr als {hours} Stunde(n) nicht zugestellt werden.\n"
                 "Weitere Zustellversuche erfolgen, bis sie 5 Tag(e) alt ist.\n\n"
                 "F\u00fcr weitere Unterst\u00fctzung wenden Sie sich bitte an den Postmaster.\n\n"
                 "                   Das Mailsystem\n\n"),
    "ja": ("\u3053\u306e\u30e1\u30fc\u30eb\u306f {host} \u306e\u30e1\u30fc\u30eb\u30b7\u30b9\u30c6\u30e0"
           "\u304b\u3089\u304a\u9001\u308a\u3057\u3066\u3044\u307e\u3059\u3002\n\n"
           "\u7533\u3057\u8a33\u3042\u308a\u307e\u305b\u3093\u304c\u3001\u304a\u9001\u308a\u3044\u305f"
           "\u3060\u3044\u305f\u30e1\u30c3\u30bb\u30fc\u30b8\u3092\u4ee5\u4e0b\u306e\u5b9b\u5148\u306b\n"
           "\u914d\u9001\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f\u3002\u30e1\u30c3\u30bb\u30fc"
           "\u30b8\u3092\u6dfb\u4ed8\u3057\u3066\u8fd4\u9001\u3044\u305f\u3057\u307e\u3059\u3002\n\n"
           "\u3054\u4e0d\u660e\u306a\u70b9\u306f\u30dd\u30b9\u30c8\u30de\u30b9\u30bf\u30fc (postmaster) "
           "\u307e\u3067\u304a\u554f\u3044\u5408\u308f\u305b\u304f\u3060\u3055\u3044\u3002\n"
           "\u305d\u306e\u969b\u306f\u3001\u3053\u306e\u5831\u544a\u3092\u6dfb\u3048\u3066\u304f\u3060"
           "\u3055\u3044\u3002\n\n"
           "                   \u30e1\u30fc\u30eb\u30b7\u30b9\u30c6\u30e0\n\n"),
    "ja-delay": ("\u3053\u306e\u30e1\u30fc\u30eb\u306f {host} \u306e\u30e1\u30fc\u30eb\u30b7\u30b9\u30c6\u30e0"
                 "\u304b\u3089\u304a\u9001\u308a\u3057\u3066\u3044\u307e\u3059\u3002\n\n"
                 "\uff03\uff03 \u3053\u308c\u306f\u8b66\u544a\u3067\u3059\u3002\u30e1\u30c3\u30bb\u30fc"
                 "\u30b8\u3092\u518d\u9001\u3059\u308b\u5fc5\u8981\u306f\u3042\u308a\u307e\u305b\u3093"
                 "\u3002 \uff03\uff03\n\n"
                 "\u304a\u9001\u308a\u3044\u305f\u3060\u3044\u305f\u30e1\u30c3\u30bb\u30fc\u30b8\u306f "
                 "{hours} \u6642\u9593\u4ee5\u4e0a\u914d\u9001\u3067\u304d\u3066\u3044\u307e\u305b\u3093"
                 "\u3002\n5 \u65e5\u304c\u7d4c\u904e\u3059\u308b\u307e\u3067\u914d\u9001\u3092\u518d\u8a66"
                 "\u884c\u3057\u307e\u3059\u3002\n\n"
                 "                   \u30e1\u30fc\u30eb\u30b7\u30b9\u30c6\u30e0\n\n"),
    "zh": ("\u8fd9\u662f\u6765\u81ea {host} \u7684\u90ae\u4ef6\u7cfb\u7edf\u3002\n\n"
           "\u5f88\u62b1\u6b49\u901a\u77e5\u60a8\uff0c\u60a8\u7684\u90ae\u4ef6\u65e0\u6cd5\u6295\u9012"
           "\u7ed9\u4e00\u4e2a\u6216\u591a\u4e2a\u6536\u4ef6\u4eba\u3002\u539f\u90ae\u4ef6\u9644\u5728"
           "\u4e0b\u9762\u3002\n\n"
           "\u5982\u9700\u5e2e\u52a9\uff0c\u8bf7\u53d1\u90ae\u4ef6\u7ed9 postmaster\u3002\n"
           "\u5982\u679c\u60a8\u8fd9\u6837\u505a\uff0c\u8bf7\u9644\u4e0a\u8fd9\u4efd\u95ee\u9898\u62a5"
           "\u544a\u3002\n\n"
           "                   \u90ae\u4ef6\u7cfb\u7edf\n\n"),
    "zh-delay": ("\u8fd9\u662f\u6765\u81ea {host} \u7684\u90ae\u4ef6\u7cfb\u7edf\u3002\n\n"
                 "######## \u8fd9\u53ea\u662f\u4e00\u4e2a\u8b66\u544a\uff0c\u60a8\u4e0d\u9700\u8981"
                 "\u91cd\u65b0\u53d1\u9001\u90ae\u4ef6\u3002 ########\n\n"
                 "\u60a8\u7684\u90ae\u4ef6\u5df2\u8d85\u8fc7 {hours} \u5c0f\u65f6\u672a\u80fd\u6295"
                 "\u9012\u3002\n\u7cfb\u7edf\u5c06\u7ee7\u7eed\u91cd\u8bd5\uff0c\u76f4\u5230\u90ae"
                 "\u4ef6\u6ee1 5 \u5929\u3002\n\n"
                 "                   \u90ae\u4ef6\u7cfb\u7edf\n\n"),
    "fr": ("Ceci est le syst\u00e8me de messagerie de l'h\u00f4te {host}.\n\n"
           "Nous sommes au regret de vous informer que votre message n'a pas pu\n"
           "\u00eatre remis \u00e0 un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
           "Pour obtenir de l'aide, \u00e9crivez au postmaster.\n\n"
           "Si vous le faites, joignez ce rapport d'erreur. Vous pouvez supprimer\n"
           "votre propre texte du message retourn\u00e9 ci-joint.\n\n"
           "                   Le syst\u00e8me de messagerie\n\n"),
    "fr-delay": ("Ceci est le syst\u00e8me de messagerie de l'h\u00f4te {host}.\n\n"
                 "######################################################################\n"
                 "# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS \u00c0 RENVOYER LE MESSAGE. #\n"
                 "######################################################################\n\n"
                 "Votre message n'a pas pu \u00eatre remis depuis plus de {hours} heure(s).\n"
                 "De nouvelles tentatives auront lieu jusqu'\u00e0 ce qu'il ait 5 jour(s).\n\n"
                 "                   Le syst\u00e8me de messagerie\n\n"),
}
PF_SUBJ = {
    "en": "Undelivered Mail Returned to Sender", "en-delay": "Delayed Mail (still being retried)",
    "old": "Undelivered Mail Returned to Sender",
    "de": "Unzustellbare Nachricht an den Absender zur\u00fcck",
    "de-delay": "Verz\u00f6gerte Nachricht (Zustellung wird weiter versucht)",
    "ja": "\u914d\u9001\u4e0d\u80fd\u30e1\u30fc\u30eb\u306e\u8fd4\u9001",
    "ja-delay": "\u914d\u9001\u9045\u5ef6\u306e\u304a\u77e5\u3089\u305b (\u518d\u8a66\u884c\u4e2d)",
    "zh": "\u9000\u4fe1\uff1a\u90ae\u4ef6\u65e0\u6cd5\u6295\u9012",
    "zh-delay": "\u90ae\u4ef6\u5ef6\u8fdf\u6295\u9012\uff08\u4ecd\u5728\u91cd\u8bd5\uff09",
    "fr": "Message non remis retourn\u00e9 \u00e0 l'exp\u00e9diteur",
    "fr-delay": "Message retard\u00e9 (nouvelles tentatives en cours)",
}


def remote(rcpt, mx, ip, said, cmd="RCPT TO", status=""):
    """A recipient refused by a remote server, as Postfix's smtp(8) words it."""
    tail = cmd if cmd.endswith("greeting") else cmd + " command"
    return dict(rcpt=rcpt, text=f"<{rcpt}>: host {mx}[{ip}] said: {said} (in reply to {tail})",
                diag="smtp; " + said, remote=mx, status=status, reply=said[:3])


def local(rcpt, words, status, expanded=None, remote_mta=None):
    exp = f" (expanded from <{expanded}>)" if expanded else ""
    return dict(rcpt=rcpt, text=f"<{rcpt}>{exp}: {words}", diag="X-Postfix; " + words, remote=remote_mta,
                status=status, reply="", original=expanded)


def postfix(name, *, y, mo, d, hh, tz, host, sender, recips, lang="en", charset="us-ascii", cte=None,
            hours=4, subject="Quarterly figures", body="Hi,\n\nplease find the figures below.\n\nRegards\n",
            whole=True, year_sw="Postfix"):
    delayed = lang.endswith("-delay")
    date = dt(y, mo, d, hh, 12, 40, tz)
    arr = dt(y, mo, d - 1 if delayed and d > 1 else d, hh - 4 if delayed and hh >= 4 else hh, 2, 11, tz)
    head = PF_TEXT[lang].format(host=host, hours=hours)
    text = head + "\n\n".join(wrap(r["text"]) for r in recips) + "\n"
    action = "delayed" if delayed else "failed"
    pm = [f"Reporting-MTA: dns; {host}", f"X-Postfix-Queue-ID: {qid(name)}",
          f"X-Postfix-Sender: rfc822; {sender}", f"Arrival-Date: {arr}"]
    if lang == "old":
        pm = [pm[0], pm[3]]
    blocks = ["\n".join(pm)]
    for r in recips:
        b = [f"Final-Recipient: rfc822; {r['rcpt']}"]
        if r.get("original"):
            b.append(f"Original-Recipient: rfc822;{r['original']}")
        b += [f"Action: {action}", f"Status: {r['status']}"]
        if r.get("remote"):
            b.append(f"Remote-MTA: dns; {r['remote']}")
        b.append(f"Diagnostic-Code: {r['diag']}")
        if delayed:
            b.append(f"Will-Retry-Until: {dt(y, mo, d, hh, 2, 11, tz)}")
        blocks.append("\n".join(b))
    bnd = boundary(name)
    sdom = sender.split("@")[1]
    o = orig(name, sender, recips[0]["rcpt"], subject, arr, host, body, whole)
    if charset == "iso-2022-jp":
        tp = part("text/plain; charset=iso-2022-jp", text.encode("iso-2022-jp").decode("ascii"), "7bit")
    else:
        tp = text_part(text, charset, cte)
    tp = tp.replace("Content-Type:", "Content-Description: Notification\nContent-Type:", 1)
    parts = [tp, part("message/delivery-status", "\n\n".join(blocks) + "\n", cte=None,
                      extra="Content-Description: Delivery report"),
             part("message/rfc822" if whole else "text/rfc822-headers", o, cte=None,
                  extra="Content-Description: Undelivered Message" if whole else "Content-Description: Undelivered Message Headers")]
    subj = PF_SUBJ[lang]
    if any(ord(c) > 127 for c in subj):
        subj = enc_header(subj, "utf-8" if charset in ("us-ascii", "iso-2022-jp") else charset)
    hops = (f"Return-Path: <>\nReceived: by {host} ({year_sw})\n\tid {qid(name)}; {date}")
    heads = [hops, ("Date", date), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
             ("Subject", subj), ("To", sender), ("Auto-Submitted", "auto-replied"),
             ("Message-Id", f"<{date[5:7].strip()}{qid(name, 8)}.{qid(name)}@{host}>".replace(" ", ""))]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
    for r in recips:
        expect(name, r["rcpt"], r["reason"], r.get("hard", False), r["status"], r["reply"], action, "postfix")
    return sdom


def R(d, reason, hard=False):
    d = dict(d)
    d["reason"] = reason
    d["hard"] = hard
    return d


# ------------------------------------------------------------------ Sendmail

SM_WARN = ("    **********************************************\n"
           "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
           "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
           "    **********************************************\n\n")


def sendmail(name, *, y, mo, d, hh, tz, host, client, sender, recips, transcript, subject=None, kind="fail",
             version="8.14.4/8.14.4", dsn=True, orig_subject="Re: order confirmation",
             body="Thanks, the order is confirmed.\n"):
    """recips: dicts rcpt, status, diag, remote, reason, hard, reply, why."""
    date = dt(y, mo, d, hh, 31, 5, tz)
    arr = dt(y, mo, d if kind == "fail" else d, max(hh - 4, 0), 27, 49, tz)
    if kind == "warn":
        arr = dt(y, mo, d, max(hh - 4, 0), 27, 49, tz)
    if kind == "expire":
        arr = dt(y, mo, d - 5, hh, 27, 49, tz)
    lines = []
    if kind == "warn":
        lines.append(SM_WARN)
    lines.append(f"The original message was received at {arr}\nfrom {client}\n")
    if kind == "warn":
        lines.append("   ----- The following addresses had transient non-fatal errors -----")
    else:
        lines.append("   ----- The following addresses had permanent fatal errors -----")
    for r in recips:
        lines.append(f"<{r['rcpt']}>")
        if r.get("why"):
            lines.append(f"    (reason: {r['why']})")
        if r.get("expanded"):
            lines.append(f"    (expanded from: <{r['expanded']}>)")
    lines.append("")
    lines.append("   ----- Transcript of session follows -----")
    lines.append(transcript.rstrip("\n"))
    text = "\n".join(lines) + "\n"
    action = "delayed" if kind == "warn" else "failed"
    if subject is None:
        subject = {"fail": "Returned mail: see transcript for details",
                   "warn": "Warning: could not send message for past 4 hours",
                   "expire": "Returned mail: Cannot send message for 5 days"}[kind]
    sid = smid(name)
    hops = (f"Return-Path: <>\nReceived: from localhost (localhost)\n\tby {host} ({version}) id "
            f"{sid[:8]}{sid[8:12]};\n\t{date}")
    heads = [hops, ("Date", date), ("From", f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"),
             ("Message-Id", f"<{y}{mo:02d}{d:02d}{hh:02d}3105.{sid}@{host}>"), ("To", f"<{sender}>")]
    o = orig(name, sender, recips[0]["rcpt"], orig_subject, arr, host, body, True, sw=version)
    if not dsn:
        heads += [("Subject", subject)]
        msg = "\n".join(h if isinstance(h, str) else f"{h[0]}: {h[1]}" for h in heads)
        msg += "\n\n" + text + "\n   ----- Original message follows -----\n\n" + o
        write(OUT, name, msg)
    else:
        heads += [("Subject", subject), ("Auto-Submitted", "auto-generated (failure)")]
        pm = [f"Reporting-MTA: dns; {host}", f"Received-From-MTA: DNS; {client.split()[0]}",
              f"Arrival-Date: {arr}"]
        blocks = ["\n".join(pm)]
        for r in recips:
            b = [f"Final-Recipient: RFC822; {r['rcpt']}", f"Action: {action}", f"Status: {r['status']}"]
            if r.get("remote"):
                b.append(f"Remote-MTA: DNS; {r['remote']}")
            if r.get("diag"):
                b.append(f"Diagnostic-Code: {r['diag']}")
            b.append(f"Last-Attempt-Date: {date}")
            if kind == "warn":
                b.append(f"Will-Retry-Until: {dt(y, mo, d + 4 if d < 24 else d, hh, 27, 49, tz)}")
            blocks.append("\n".join(b))
        bnd = f"{sid[:8]}{sid[8:12]}.{y % 100}/{host}"
        parts = [text_part(text), part("message/delivery-status", "\n\n".join(blocks) + "\n", cte=None),
                 part("message/rfc822", o, cte=None)]
        write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
    for r in recips:
        expect(name, r["rcpt"], r["reason"], r.get("hard", False), r["status"], r.get("reply", ""), action,
               "sendmail")


def S(rcpt, status, reason, hard=False, diag=None, remote=None, why=None, reply=None, expanded=None):
    if reply is None:
        reply = diag.split("; ", 1)[1][:3] if diag and diag.split("; ", 1)[1][:3].isdigit() else ""
    return dict(rcpt=rcpt, status=status, reason=reason, hard=hard, diag=diag, remote=remote, why=why,
                reply=reply, expanded=expanded)


# ------------------------------------------------------------------ other MTAs quoting Postfix/Sendmail

def generic_dsn(name, *, date, host, frm, sender, subject, text, rcpt, status, diag, remote, action, reason,
                hard, vendor, reply, xheads=()):
    ds = (f"Reporting-MTA: dns; {host}\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Action: {action}\nStatus: {status}\nRemote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diag}\n")
    o = orig(name, sender, rcpt, "Meeting notes", date, host, "Notes attached.\n", True)
    parts = [text_part(text), part("message/delivery-status", ds, cte=None), part("message/rfc822", o, cte=None)]
    heads = [f"Return-Path: <>\nReceived: from {host} by {host} with local; {date}", ("Date", date),
             ("From", frm), ("To", sender), ("Subject", subject), ("Message-ID", mid(name, host))]
    heads += list(xheads) + [("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;")))
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


def exim_text(rcpt, where, said, delay=False, host="mail.example.org"):
    if delay:
        return (f"This message was created automatically by mail delivery software.\n\n"
                f"A message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than 24 hours on the queue on {host}.\n\n"
                f"The address to which the message has not yet been delivered is:\n\n  {rcpt}\n"
                f"    {where}:\n    {said}\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
    return ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    {where}:\n    {said}\n")


def plain(name, *, frm, to, subject, date, host, text, heads=(), charset="us-ascii", cte=None, nb=True):
    hs = [f"Received: from {host} ({host} [192.0.2.10])\n\tby mail.example.com (Postfix) with ESMTP id "
          f"{qid(name)}\n\tfor <{to}>; {date}", ("Date", date), ("From", frm), ("To", to),
          ("Subject", subject), ("Message-ID", mid(name, host))] + list(heads)
    write(NB if nb else OUT, name, mail(hs, text_part(text, charset, cte)))


# ================================================================== Postfix, English default templates

postfix("b68-pf20-old-template-local-recipient-table.eml", y=2004, mo=3, d=9, hh=10, tz="+0100",
        host="mail.ingenieurbuero.example", sender="k.brandt@ingenieurbuero.example", lang="old",
        year_sw="Postfix, from userid 0",
        recips=[R(remote("h.vogel@stadtwerke.example", "mx1.stadtwerke.example", "192.0.2.61",
                         "550 <h.vogel@stadtwerke.example>: User unknown in local recipient table",
                         status="5.0.0"), "userunknown", True)])
postfix("b68-pf21-old-template-host-not-found.eml", y=2006, mo=11, d=20, hh=16, tz="-0500",
        host="smtp.lakeside-realty.example", sender="office@lakeside-realty.example", lang="old",
        recips=[R(local("buyer.jensen@homesearch-typo.example",
                        "Host or domain name not found. Name service error for name=homesearch-typo.example "
                        "type=A: Host not found", "5.0.0"), "hostunknown", True)])
postfix("b68-pf-virtual-mailbox-table-unknown.eml", y=2009, mo=5, d=14, hh=9, tz="+0200",
        host="mx.kanzlei-roth.example", sender="sekretariat@kanzlei-roth.example",
        recips=[R(remote("m.schulze@verlag-nord.example", "mail.verlag-nord.example", "198.51.100.14",
                         "550 5.1.1 <m.schulze@verlag-nord.example>: Recipient address rejected: User unknown "
                         "in virtual mailbox table", status="5.1.1"), "userunknown", True)])
postfix("b68-pf-local-unknown-user-expanded-alias.eml", y=2011, mo=2, d=7, hh=8, tz="+0000",
        host="mail.harbourtrust.example", sender="it-alerts@harbourtrust.example",
        recips=[R(local("dpatel@harbourtrust.example", 'unknown user: "dpatel"', "5.1.1",
                        expanded="oncall@harbourtrust.example"), "userunknown", True)])
postfix("b68-pf-local-mbox-file-too-large.eml", y=2013, mo=8, d=19, hh=14, tz="-0400",
        host="mail.ridgeway-school.example", sender="newsletter@pta-ridgeway.example",
        recips=[R(local("abrown@ridgeway-school.example",
                        "cannot update mailbox /var/mail/abrown for user abrown. error writing message: "
                        "File too large", "5.2.2"), "mailboxfull")])
postfix("b68-pf-local-mail-forwarding-loop.eml", y=2015, mo=4, d=2, hh=11, tz="+1000",
        host="mail.coastalvets.example", sender="reception@coastalvets.example",
        recips=[R(local("dr.lee@coastalvets.example", "mail forwarding loop for dr.lee@coastalvets.example",
                        "5.4.6"), "networkerror")])
postfix("b68-pf-delay-suspended-connect-timed-out.eml", y=2017, mo=1, d=23, hh=15, tz="+0100",
        host="smtp.tischlerei-maier.example", sender="info@tischlerei-maier.example", lang="en-delay",
        recips=[R(local("einkauf@holzhandel-sued.example",
                        "delivery temporarily suspended: connect to mx.holzhandel-sued.example[203.0.113.88]:25: "
                        "Connection timed out", "4.4.1", remote_mta="mx.holzhandel-sued.example"), "networkerror")])
postfix("b68-pf-gaveup-conversation-timed-out-greeting.eml", y=2018, mo=6, d=11, hh=7, tz="+0000",
        host="mail.fieldsurvey.example", sender="reports@fieldsurvey.example",
        recips=[R(local("data@oldpartner-logistics.example",
                        "delivery temporarily suspended: conversation with mx.oldpartner-logistics.example"
                        "[198.51.100.201] timed out while receiving the initial server greeting", "4.4.2",
                        remote_mta="mx.oldpartner-logistics.example"), "expired")])
postfix("b68-pf-delay-conversation-timed-out-mail-from.eml", y=2019, mo=9, d=3, hh=13, tz="+0200",
        host="mail.bouwbedrijf-visser.example", sender="planning@bouwbedrijf-visser.example", lang="en-delay",
        recips=[R(local("j.dekker@aannemer-zuid.example",
                        "conversation with mail.aannemer-zuid.example[192.0.2.150] timed out while sending "
                        "MAIL FROM", "4.4.2", remote_mta="mail.aannemer-zuid.example"), "networkerror")])
postfix("b68-pf-delay-lost-connection-end-of-data.eml", y=2020, mo=3, d=17, hh=18, tz="-0700",
        host="mail.desertpottery.example", sender="orders@desertpottery.example", lang="en-delay",
        recips=[R(local("purchasing@mesa-gallery.example",
                        "lost connection with mx.mesa-gallery.example[203.0.113.34] while sending end of data -- "
                        "message may be sent more than once", "4.4.2", remote_mta="mx.mesa-gallery.example"),
                  "networkerror")])
postfix("b68-pf-delay-lost-connection-rcpt-to.eml", y=2012, mo=10, d=29, hh=10, tz="+0000",
        host="relay.printworks.example", sender="proofs@printworks.example", lang="en-delay",
        recips=[R(local("studio@brightdesign.example",
                        "lost connection with mail.brightdesign.example[198.51.100.77] while sending RCPT TO",
                        "4.4.2", remote_mta="mail.brightdesign.example"), "networkerror")])
postfix("b68-pf-delay-name-service-try-again-mx.eml", y=2021, mo=7, d=8, hh=9, tz="+0530",
        host="mail.ashoka-textiles.example", sender="exports@ashoka-textiles.example", lang="en-delay",
        recips=[R(local("buying@cottonhouse.example",
                        "Host or domain name not found. Name service error for name=cottonhouse.example type=MX: "
                        "Host not found, try again", "4.4.3"), "networkerror")])
postfix("b68-pf-host-not-found-type-mx-typo.eml", y=2022, mo=12, d=5, hh=12, tz="+0000",
        host="mail.cityrunners.example", sender="membership@cityrunners.example",
        recips=[R(local("sarah.k@hotmial.example",
                        "Host or domain name not found. Name service error for name=hotmial.example type=MX: "
                        "Host not found", "5.4.4"), "hostunknown", True)])
postfix("b68-pf-two-recipients-unknown-and-over-quota.eml", y=2016, mo=5, d=24, hh=16, tz="+0200",
        host="mail.kulturverein.example", sender="vorstand@kulturverein.example",
        recips=[R(remote("p.wolff@gemeinde-ost.example", "mx.gemeinde-ost.example", "192.0.2.19",
                         "550 5.1.1 <p.wolff@gemeinde-ost.example>: Recipient address rejected: User unknown in "
                         "local recipient table", status="5.1.1"), "userunknown", True),
                R(remote("s.haas@gemeinde-ost.example", "mx.gemeinde-ost.example", "192.0.2.19",
                         "552 5.2.2 <s.haas@gemeinde-ost.example>: user is over quota", "end of DATA",
                         status="5.2.2"), "mailboxfull")])
postfix("b68-pf-pipe-command-died-75-procmail.eml", y=2010, mo=1, d=12, hh=6, tz="-0500",
        host="mail.millbrook-library.example", sender="circulation@millbrook-library.example", lang="en-delay",
        recips=[R(local("catalog@millbrook-library.example",
                        'Command died with status 75: "/usr/bin/procmail". Command output: procmail: '
                        'Couldn\'t create "/var/spool/mail/catalog"', "4.3.0"), "mailererror")])
postfix("b68-pf-pipe-ticket-script-exit-1.eml", y=2023, mo=4, d=18, hh=11, tz="+0000",
        host="mail.supportdesk.example", sender="customer.a@example.net",
        recips=[R(local("help@supportdesk.example",
                        'Command died with status 1: "/opt/helpdesk/bin/mail-ingest". Command output: '
                        'mail-ingest: cannot attach ticket: queue unavailable', "5.3.0",
                        expanded="support@supportdesk.example"), "mailererror")])
postfix("b68-pf-mail-loops-back-to-myself.eml", y=2014, mo=9, d=30, hh=14, tz="+0100",
        host="mail.brewery-hall.example", sender="bookings@brewery-hall.example",
        recips=[R(local("events@brewery-hall-old.example",
                        "mail for brewery-hall-old.example loops back to myself", "5.4.6"), "networkerror")])
postfix("b68-pf-size-exceeds-limit-of-server.eml", y=2024, mo=2, d=6, hh=10, tz="+0100",
        host="mail.architekten-lang.example", sender="pläne@architekten-lang.example".replace("ä", "ae"),
        recips=[R(local("bauamt@landkreis-west.example",
                        "message size 48211756 exceeds size limit 26214400 of server "
                        "mx.landkreis-west.example[203.0.113.9]", "5.3.4", remote_mta="mx.landkreis-west.example"),
                  "emailtoolarge")])
postfix("b68-pf-remote-account-suspended-550.eml", y=2019, mo=11, d=22, hh=17, tz="+0300",
        host="mail.agro-export.example", sender="sales@agro-export.example",
        recips=[R(remote("ivanova@grainbuyers.example", "mx.grainbuyers.example", "198.51.100.40",
                         "550 5.2.1 <ivanova@grainbuyers.example>: Recipient address rejected: this account has "
                         "been suspended", status="5.2.1"), "suspend")])
postfix("b68-pf-delay-sasl-relayhost-auth-failed.eml", y=2020, mo=8, d=14, hh=9, tz="+0000",
        host="nas.homelab.example", sender="alerts@homelab.example", lang="en-delay",
        recips=[R(local("owner@homelab-owner.example",
                        "SASL authentication failed; server smtp.isp-relay.example[192.0.2.25] said: 535 5.7.8 "
                        "Error: authentication failed: authentication failure", "4.7.0",
                        remote_mta="smtp.isp-relay.example"), "securityerror")])
postfix("b68-pf-delay-tls-required-not-offered.eml", y=2025, mo=3, d=4, hh=8, tz="+0100",
        host="mail.notariat-berg.example", sender="kanzlei@notariat-berg.example", lang="en-delay",
        recips=[R(local("grundbuch@amtsgericht-nord.example",
                        "TLS is required, but was not offered by host mx.amtsgericht-nord.example[203.0.113.120]",
                        "4.7.4", remote_mta="mx.amtsgericht-nord.example"), "failedstarttls")])
postfix("b68-pf-remote-cannot-find-your-hostname.eml", y=2008, mo=7, d=15, hh=12, tz="-0300",
        host="mail.estancia-sur.example", sender="reservas@estancia-sur.example",
        recips=[R(remote("turismo@agencia-plata.example", "mail.agencia-plata.example", "192.0.2.207",
                         "550 5.7.1 Client host rejected: cannot find your hostname, [198.51.100.230]", "MAIL FROM",
                         status="5.7.1"), "requireptr")])
postfix("b68-pf-remote-policyd-spf-fail.eml", y=2021, mo=10, d=1, hh=15, tz="+0000",
        host="mail.forwarder-club.example", sender="treasurer@forwarder-club.example",
        recips=[R(remote("accounts@chandlery-supplies.example", "mx.chandlery-supplies.example", "203.0.113.71",
                         "550 5.7.23 <accounts@chandlery-supplies.example>: Recipient address rejected: Message "
                         "rejected due to: SPF fail - not authorized. Please see "
                         "http://www.open-spf.org/Why;id=treasurer%40forwarder-club.example;ip=192.0.2.88;"
                         "r=<UNKNOWN>", status="5.7.23"), "authfailure")])
postfix("b68-pf-remote-client-blocked-spamcop.eml", y=2007, mo=4, d=26, hh=11, tz="+0100",
        host="mail.dorfladen.example", sender="bestellung@dorfladen.example",
        recips=[R(remote("hofkaese@alpkaeserei.example", "mail.alpkaeserei.example", "192.0.2.133",
                         "554 5.7.1 Service unavailable; Client host [198.51.100.66] blocked using bl.spamcop.net; "
                         "Blocked - see http://www.spamcop.net/bl.shtml?198.51.100.66", status="5.7.1"), "blocked")])
postfix("b68-pf-delay-postscreen-too-many-connections.eml", y=2023, mo=11, d=27, hh=20, tz="+0000",
        host="bulk1.charity-appeal.example", sender="appeal@charity-appeal.example", lang="en-delay",
        recips=[R(remote("supporter.ng@mailhost-uk.example", "mx2.mailhost-uk.example", "203.0.113.44",
                         "421 4.7.0 mx2.mailhost-uk.example Error: too many connections from 192.0.2.91",
                         "initial greeting", status="4.7.0"), "ratelimited")])
postfix("b68-pf-delay-temporary-lookup-failure.eml", y=2013, mo=2, d=20, hh=9, tz="+0100",
        host="mail.zahnarzt-koch.example", sender="praxis@zahnarzt-koch.example", lang="en-delay",
        recips=[R(remote("abrechnung@labor-mitte.example", "mail.labor-mitte.example", "192.0.2.244",
                         "451 4.3.0 <abrechnung@labor-mitte.example>: Temporary lookup failure",
                         status="4.3.0"), "systemerror")])
postfix("b68-pf-remote-sender-domain-not-found.eml", y=2005, mo=6, d=8, hh=10, tz="+0200",
        host="gw.sailing-school.example", sender="course@sailing-school.local",
        recips=[R(remote("bookings@marina-east.example", "mail.marina-east.example", "198.51.100.5",
                         "553 5.1.8 <course@sailing-school.local>: Sender address rejected: Domain not found",
                         status="5.1.8"), "rejected")])
postfix("b68-pf-remote-queue-file-write-error.eml", y=2015, mo=12, d=14, hh=3, tz="+0000",
        host="mail.backupsvc.example", sender="reports@backupsvc.example", lang="en-delay",
        recips=[R(remote("ops@clientfarm.example", "mx.clientfarm.example", "203.0.113.200",
                         "452 4.3.1 Insufficient system storage", "MAIL FROM", status="4.3.1"), "systemfull")])
postfix("b68-pf-headers-only-virtual-maildir-quota.eml", y=2026, mo=1, d=15, hh=9, tz="+0100",
        host="mx.familienhotel.example", sender="newsletter@reisebuero-hansa.example", whole=False,
        recips=[R(local("rezeption@familienhotel.example",
                        "maildir delivery failed: Disk quota exceeded", "5.2.2"), "mailboxfull")])
postfix("b68-pf-dovecot-lmtp-quota-exceeded.eml", y=2022, mo=5, d=31, hh=18, tz="+0000",
        host="mail.rowingclub.example", sender="captain@rowingclub.example",
        recips=[R(dict(remote("coach.b@rowingclub.example", "imap.rowingclub.example", "private/dovecot-lmtp",
                              "552 5.2.2 <coach.b@rowingclub.example> Quota exceeded (mailbox for user is full)",
                              "end of DATA", status="5.2.2"),
                       text="<coach.b@rowingclub.example>: host imap.rowingclub.example[private/dovecot-lmtp] said: "
                            "552 5.2.2 <coach.b@rowingclub.example> Quota exceeded (mailbox for user is full) "
                            "(in reply to end of DATA command)"), "mailboxfull")])

# ================================================================== Postfix, localised templates

postfix("b68-pf-de-template-virtual-unknown.eml", y=2012, mo=3, d=21, hh=10, tz="+0100",
        host="mail.steuerberatung-kern.example", sender="buero@steuerberatung-kern.example", lang="de",
        charset="iso-8859-1", cte="quoted-printable",
        recips=[R(remote("f.lorenz@spedition-weser.example", "mx.spedition-weser.example", "192.0.2.77",
                         "550 5.1.1 <f.lorenz@spedition-weser.example>: Recipient address rejected: User unknown "
                         "in virtual mailbox table", status="5.1.1"), "userunknown", True)])
postfix("b68-pf-de-delay-mailbox-full-452.eml", y=2018, mo=1, d=9, hh=11, tz="+0100",
        host="mail.physio-rhein.example", sender="termine@physio-rhein.example", lang="de-delay",
        charset="utf-8", cte="base64",
        recips=[R(remote("k.schmitt@freenet-kunde.example", "mx.freenet-kunde.example", "198.51.100.98",
                         "452 4.2.2 <k.schmitt@freenet-kunde.example>: Mailbox full", status="4.2.2"),
                  "mailboxfull")])
postfix("b68-pf-de-template-size-fixed-limit.eml", y=2021, mo=6, d=16, hh=14, tz="+0200",
        host="mail.fotostudio-licht.example", sender="bilder@fotostudio-licht.example", lang="de",
        charset="utf-8", cte="quoted-printable",
        recips=[R(remote("redaktion@tageblatt-land.example", "mail.tageblatt-land.example", "203.0.113.15",
                         "552 5.3.4 Message size exceeds fixed limit", "end of DATA", status="5.3.4"),
                  "emailtoolarge")])
postfix("b68-pf-ja-iso2022jp-user-unknown.eml", y=2010, mo=9, d=13, hh=10, tz="+0900",
        host="mail.kobo-sakura.example", sender="info@kobo-sakura.example", lang="ja",
        charset="iso-2022-jp", cte="7bit",
        recips=[R(remote("tanaka@torihiki-saki.example", "mx.torihiki-saki.example", "192.0.2.58",
                         "550 5.1.1 <tanaka@torihiki-saki.example>... User unknown", status="5.1.1"),
                  "userunknown", True)])
postfix("b68-pf-ja-utf8-delay-connection-refused.eml", y=2024, mo=7, d=22, hh=13, tz="+0900",
        host="mail.ryokan-yumoto.example", sender="yoyaku@ryokan-yumoto.example", lang="ja-delay",
        charset="utf-8", cte="base64",
        recips=[R(local("kikaku@tabi-agent.example",
                        "connect to mx.tabi-agent.example[203.0.113.140]:25: Connection refused", "4.4.1",
                        remote_mta="mx.tabi-agent.example"), "networkerror")])
postfix("b68-pf-ja-iso2022jp-lmtp-over-quota.eml", y=2016, mo=2, d=29, hh=9, tz="+0900",
        host="mx.seimitsu-kogyo.example", sender="eigyo@seimitsu-kogyo.example", lang="ja",
        charset="iso-2022-jp", cte="7bit",
        recips=[R(remote("sato@seimitsu-kogyo.example", "imap1.seimitsu-kogyo.example", "192.0.2.3",
                         "552 5.2.2 <sato@seimitsu-kogyo.example>: Mailbox is over quota", "end of DATA",
                         status="5.2.2"), "mailboxfull")])
postfix("b68-pf-zh-gb2312-relay-recipient-table.eml", y=2014, mo=4, d=10, hh=15, tz="+0800",
        host="mail.huaxin-trade.example", sender="export@huaxin-trade.example", lang="zh",
        charset="gb2312", cte="base64",
        recips=[R(remote("liwei@dongfang-parts.example", "mx.dongfang-parts.example", "198.51.100.188",
                         "550 5.1.1 <liwei@dongfang-parts.example>: Recipient address rejected: User unknown in "
                         "relay recipient table", status="5.1.1"), "userunknown", True)])
postfix("b68-pf-zh-utf8-delay-greeting-timeout.eml", y=2025, mo=9, d=18, hh=10, tz="+0800",
        host="mail.jinghua-edu.example", sender="admissions@jinghua-edu.example", lang="zh-delay",
        charset="utf-8", cte="base64",
        recips=[R(local("office@partner-school.example",
                        "conversation with mx.partner-school.example[203.0.113.252] timed out while receiving the "
                        "initial server greeting", "4.4.2", remote_mta="mx.partner-school.example"),
                  "networkerror")])
postfix("b68-pf-zh-gb18030-spamhaus-blocked.eml", y=2019, mo=12, d=2, hh=16, tz="+0800",
        host="smtp.longda-machinery.example", sender="sales@longda-machinery.example", lang="zh",
        charset="gb18030", cte="base64",
        recips=[R(remote("procurement@euro-importer.example", "mx.euro-importer.example", "192.0.2.214",
                         "554 5.7.1 Service unavailable; Client host [198.51.100.143] blocked using "
                         "zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.143", status="5.7.1"),
                  "blocked")])
postfix("b68-pf-fr-template-host-not-found-aaaa.eml", y=2017, mo=10, d=12, hh=11, tz="+0200",
        host="mail.cabinet-dupont.example", sender="secretariat@cabinet-dupont.example", lang="fr",
        charset="iso-8859-1", cte="quoted-printable",
        recips=[R(local("m.leroy@mairie-villeneuve.example",
                        "Host or domain name not found. Name service error for name=mairie-villeneuve.example "
                        "type=AAAA: Host not found", "5.4.4"), "hostunknown", True)])
postfix("b68-pf-fr-delay-insufficient-storage.eml", y=2020, mo=11, d=25, hh=9, tz="+0100",
        host="mail.librairie-lumiere.example", sender="commandes@librairie-lumiere.example", lang="fr-delay",
        charset="utf-8", cte="quoted-printable",
        recips=[R(remote("achats@editions-rivage.example", "mx.editions-rivage.example", "203.0.113.61",
                         "452 4.3.1 Insufficient system storage", "MAIL FROM", status="4.3.1"), "systemfull")])
postfix("b68-pf-fr-template-relay-access-denied.eml", y=2011, mo=5, d=3, hh=17, tz="+0200",
        host="mail.association-velo.example", sender="president@association-velo.example", lang="fr",
        charset="iso-8859-15", cte="quoted-printable",
        recips=[R(remote("contact@club-cyclo-est.example", "smtp.club-cyclo-est.example", "192.0.2.170",
                         "554 5.7.1 <contact@club-cyclo-est.example>: Relay access denied", status="5.7.1"),
                  "norelaying")])

# ================================================================== Sendmail

sendmail("b68-sm89-predsn-user-unknown-plain.eml", y=2000, mo=2, d=14, hh=9, tz="-0600", dsn=False,
         host="mail.prairie-coop.example", client="ws12.prairie-coop.example [192.0.2.12]",
         sender="grain@prairie-coop.example", version="8.9.3/8.9.3", subject="Returned mail: User unknown",
         recips=[S("hank.olsen@feedstore.example", "", "userunknown", True, reply="550")],
         transcript=("... while talking to mail.feedstore.example.:\n>>> RCPT To:<hank.olsen@feedstore.example>\n"
                     "<<< 550 <hank.olsen@feedstore.example>... User unknown\n"
                     "550 <hank.olsen@feedstore.example>... User unknown\n"))
sendmail("b68-sm811-predsn-host-unknown-name-server.eml", y=2001, mo=8, d=6, hh=14, tz="+0100", dsn=False,
         host="smtp.verlag-alt.example", client="pc07.verlag-alt.example [192.0.2.7]",
         sender="lektorat@verlag-alt.example", version="8.11.2/8.11.2",
         subject="Returned mail: Host unknown (Name server: druckerei-typo.example: host not found)",
         recips=[S("auftrag@druckerei-typo.example", "5.1.2", "hostunknown", True, reply="550")],
         transcript=("550 5.1.2 auftrag@druckerei-typo.example... Host unknown (Name server: "
                     "druckerei-typo.example: host not found)\n"))
sendmail("b68-sm812-dsn-user-unknown-rcpt.eml", y=2003, mo=5, d=19, hh=11, tz="-0400",
         host="mail.boston-lawfirm.example", client="exch1.boston-lawfirm.example [198.51.100.21]",
         sender="paralegal@boston-lawfirm.example", version="8.12.9/8.12.9",
         recips=[S("clerk.d@county-court.example", "5.1.1", "userunknown", True,
                   diag="SMTP; 550 5.1.1 <clerk.d@county-court.example>... User unknown",
                   remote="mail.county-court.example",
                   why="550 5.1.1 <clerk.d@county-court.example>... User unknown")],
         transcript=("... while talking to mail.county-court.example.:\n>>> RCPT To:<clerk.d@county-court.example>\n"
                     "<<< 550 5.1.1 <clerk.d@county-court.example>... User unknown\n"
                     "550 5.1.1 <clerk.d@county-court.example>... User unknown\n"))
sendmail("b68-sm813-dsn-host-unknown.eml", y=2006, mo=3, d=28, hh=16, tz="+0000",
         host="relay.northmoor-uni.example", client="webmail.northmoor-uni.example [192.0.2.30]",
         sender="admissions@northmoor-uni.example", version="8.13.6/8.13.6",
         recips=[S("applicant77@freemial.example", "5.1.2", "hostunknown", True,
                   diag="SMTP; 550 5.1.2 applicant77@freemial.example... Host unknown (Name server: "
                        "freemial.example: host not found)")],
         transcript=("550 5.1.2 applicant77@freemial.example... Host unknown (Name server: freemial.example: "
                     "host not found)\n"))
sendmail("b68-sm-warning-4h-deferred-connection-timed-out.eml", y=2008, mo=10, d=14, hh=13, tz="+0200",
         kind="warn", host="mail.olivegrove.example", client="office.olivegrove.example [192.0.2.40]",
         sender="export@olivegrove.example", version="8.14.2/8.14.2",
         recips=[S("buyer@deli-imports.example", "4.4.1", "networkerror", remote="mx.deli-imports.example",
                   reply="")],
         transcript=("<buyer@deli-imports.example>... Deferred: Connection timed out with mx.deli-imports.example.\n"
                     "Warning: message still undelivered after 4 hours\n"
                     "Will keep trying until message is 5 days old\n"))
sendmail("b68-sm-5days-deferred-connection-timed-out.eml", y=2009, mo=4, d=20, hh=8, tz="-0500",
         kind="expire", host="mail.riverbend-clinic.example", client="frontdesk.riverbend-clinic.example [192.0.2.52]",
         sender="billing@riverbend-clinic.example", version="8.14.3/8.14.3",
         recips=[S("claims@insurer-gone.example", "4.4.7", "expired", remote="mail.insurer-gone.example",
                   reply="")],
         transcript=("<claims@insurer-gone.example>... Deferred: Connection timed out with mail.insurer-gone.example.\n"
                     "Message could not be delivered for 5 days\nMessage will be deleted from queue\n"))
sendmail("b68-sm-warning-4h-connection-refused.eml", y=2012, mo=7, d=9, hh=17, tz="+1000",
         kind="warn", host="mail.outback-tours.example", client="laptop3.outback-tours.example [192.0.2.63]",
         sender="bookings@outback-tours.example", version="8.14.4/8.14.4",
         recips=[S("groups@travel-wholesale.example", "4.0.0", "networkerror",
                   remote="mx.travel-wholesale.example", reply="")],
         transcript=("<groups@travel-wholesale.example>... Deferred: Connection refused by "
                     "mx.travel-wholesale.example.\nWarning: message still undelivered after 4 hours\n"
                     "Will keep trying until message is 5 days old\n"))
sendmail("b68-sm-warning-4h-name-server-lookup-failure.eml", y=2014, mo=1, d=27, hh=10, tz="+0530",
         kind="warn", host="mail.spice-route.example", client="acct.spice-route.example [192.0.2.71]",
         sender="accounts@spice-route.example", version="8.14.7/8.14.7",
         recips=[S("payables@harbour-foods.example", "4.4.3", "networkerror", reply="")],
         transcript=("<payables@harbour-foods.example>... Deferred: Name server: harbour-foods.example.: "
                     "host name lookup failure\nWarning: message still undelivered after 4 hours\n"
                     "Will keep trying until message is 5 days old\n"))
sendmail("b68-sm-service-unavailable-greeting-dnsbl.eml", y=2010, mo=11, d=3, hh=12, tz="+0000",
         host="mail.cornish-crafts.example", client="shop.cornish-crafts.example [192.0.2.84]",
         sender="orders@cornish-crafts.example", version="8.14.4/8.14.4",
         recips=[S("sales@gift-wholesale.example", "5.0.0", "blocked", remote="mail.gift-wholesale.example",
                   diag="SMTP; 554 mail.gift-wholesale.example ESMTP not accepting messages from 198.51.100.84: "
                        "listed at dnsbl.sorbs.net",
                   why="554 5.0.0 Service unavailable")],
         transcript=("... while talking to mail.gift-wholesale.example.:\n"
                     "<<< 554 mail.gift-wholesale.example ESMTP not accepting messages from 198.51.100.84: "
                     "listed at dnsbl.sorbs.net\n"
                     "554 5.0.0 Service unavailable\n"))
sendmail("b68-sm-message-rejected-by-milter-bare.eml", y=2016, mo=6, d=21, hh=15, tz="-0700",
         host="mail.sierra-sports.example", client="mkt.sierra-sports.example [192.0.2.91]",
         sender="promo@sierra-sports.example", version="8.15.2/8.15.2",
         recips=[S("coach@valley-league.example", "5.7.1", "filtered", remote="mx.valley-league.example",
                   diag="SMTP; 554 5.7.1 Message rejected by milter",
                   why="554 5.7.1 Message rejected by milter")],
         transcript=("... while talking to mx.valley-league.example.:\n>>> DATA\n<<< 354 Enter mail, end with "
                     "\".\" on a line by itself\n>>> .\n<<< 554 5.7.1 Message rejected by milter\n"
                     "554 5.7.1 <coach@valley-league.example>... Message rejected by milter\n"))
sendmail("b68-sm-milter-spam-score.eml", y=2018, mo=3, d=13, hh=9, tz="+0100",
         host="mail.weinhandel-pfalz.example", client="shop.weinhandel-pfalz.example [192.0.2.99]",
         sender="angebote@weinhandel-pfalz.example", version="8.15.2/8.15.2",
         recips=[S("einkauf@restaurant-linde.example", "5.7.1", "spamdetected",
                   remote="mail.restaurant-linde.example",
                   diag="SMTP; 554 5.7.1 Message rejected by milter: spam score 14.2 exceeds threshold 6.0")],
         transcript=("... while talking to mail.restaurant-linde.example.:\n>>> .\n"
                     "<<< 554 5.7.1 Message rejected by milter: spam score 14.2 exceeds threshold 6.0\n"
                     "554 5.7.1 <einkauf@restaurant-linde.example>... Message rejected by milter: spam score "
                     "14.2 exceeds threshold 6.0\n"))
sendmail("b68-sm-milter-clamav-virus.eml", y=2011, mo=9, d=8, hh=11, tz="+0200",
         host="mail.uni-bibliothek.example", client="proxy.uni-bibliothek.example [192.0.2.101]",
         sender="fernleihe@uni-bibliothek.example", version="8.14.4/8.14.4",
         recips=[S("scan@partnerbibliothek.example", "5.7.1", "virusdetected", remote="mx.partnerbibliothek.example",
                   diag="SMTP; 550 5.7.1 Message rejected by milter: virus Win.Trojan.Agent-98123 found "
                        "(clamav-milter)")],
         transcript=("... while talking to mx.partnerbibliothek.example.:\n>>> .\n"
                     "<<< 550 5.7.1 Message rejected by milter: virus Win.Trojan.Agent-98123 found (clamav-milter)\n"
                     "550 5.7.1 <scan@partnerbibliothek.example>... Message rejected by milter: virus "
                     "Win.Trojan.Agent-98123 found (clamav-milter)\n"))
sendmail("b68-sm-milter-dkim-verify-failed.eml", y=2022, mo=2, d=16, hh=14, tz="+0000",
         host="lists.hillwalkers.example", client="web.hillwalkers.example [192.0.2.115]",
         sender="walks@hillwalkers.example", version="8.16.1/8.16.1",
         recips=[S("rambler.j@fellmail.example", "5.7.1", "authfailure", remote="mx.fellmail.example",
                   diag="SMTP; 550 5.7.1 Message rejected by milter: DKIM signature verification failed for "
                        "hillwalkers.example (body hash did not verify)")],
         transcript=("... while talking to mx.fellmail.example.:\n>>> .\n"
                     "<<< 550 5.7.1 Message rejected by milter: DKIM signature verification failed for "
                     "hillwalkers.example (body hash did not verify)\n"
                     "550 5.7.1 <rambler.j@fellmail.example>... Message rejected by milter\n"))
sendmail("b68-sm-mailbox-full-552.eml", y=2005, mo=12, d=1, hh=10, tz="-0800",
         host="mail.bayarea-dental.example", client="fd.bayarea-dental.example [192.0.2.120]",
         sender="reminders@bayarea-dental.example", version="8.13.4/8.13.4",
         recips=[S("patient.wu@cablemail.example", "5.2.2", "mailboxfull", remote="mx.cablemail.example",
                   diag="SMTP; 552 5.2.2 <patient.wu@cablemail.example>... Mailbox full")],
         transcript=("... while talking to mx.cablemail.example.:\n>>> DATA\n"
                     "<<< 552 5.2.2 <patient.wu@cablemail.example>... Mailbox full\n"
                     "552 5.2.2 <patient.wu@cablemail.example>... Mailbox full\n"))
sendmail("b68-sm-relaying-denied-auth-required.eml", y=2013, mo=6, d=4, hh=9, tz="+0200",
         host="mail.studio-verde.example", client="mac1.studio-verde.example [192.0.2.125]",
         sender="design@studio-verde.example", version="8.14.5/8.14.5",
         recips=[S("cliente@moda-roma.example", "5.7.1", "norelaying", remote="smtp.isp-vecchio.example",
                   diag="SMTP; 550 5.7.1 <cliente@moda-roma.example>... Relaying denied. Proper authentication "
                        "required.")],
         transcript=("... while talking to smtp.isp-vecchio.example.:\n>>> RCPT To:<cliente@moda-roma.example>\n"
                     "<<< 550 5.7.1 <cliente@moda-roma.example>... Relaying denied. Proper authentication required.\n"
                     "550 5.7.1 <cliente@moda-roma.example>... Relaying denied. Proper authentication required.\n"))
sendmail("b68-sm-local-mailer-procmail-exit.eml", y=2007, mo=1, d=22, hh=7, tz="+0000",
         host="mail.astro-society.example", client="localhost [127.0.0.1]",
         sender="cron@astro-society.example", version="8.13.8/8.13.8",
         recips=[S("observing@astro-society.example", "5.3.0", "mailererror",
                   diag="X-Unix; 73", why="554 5.3.0 unknown mailer error 73", reply="")],
         transcript=("procmail: Error while writing to \"/home/observing/Mail/inbox\"\n"
                     "554 5.3.0 unknown mailer error 73\n"))
sendmail("b68-sm-own-max-message-size.eml", y=2015, mo=10, d=13, hh=16, tz="-0300",
         host="mail.arquitetos-sul.example", client="cad2.arquitetos-sul.example [192.0.2.131]",
         sender="projetos@arquitetos-sul.example", version="8.14.9/8.14.9",
         recips=[S("obras@prefeitura-norte.example", "5.2.3", "emailtoolarge",
                   diag="SMTP; 552 5.2.3 Message is too large; 10485760 bytes max", reply="552")],
         transcript="552 5.2.3 Message is too large; 10485760 bytes max\n554 5.0.0 Service unavailable\n")
sendmail("b68-sm-three-recipients-unknown-disabled-host.eml", y=2004, mo=9, d=15, hh=13, tz="+0900",
         host="mail.nihon-kikai.example", client="pc21.nihon-kikai.example [192.0.2.141]",
         sender="soumu@nihon-kikai.example", version="8.12.11/8.12.11",
         recips=[S("yamada@torihiki.example", "5.1.1", "userunknown", True, remote="mail.torihiki.example",
                   diag="SMTP; 550 5.1.1 <yamada@torihiki.example>... User unknown"),
                 S("suzuki@torihiki.example", "5.2.1", "suspend", remote="mail.torihiki.example",
                   diag="SMTP; 550 5.2.1 <suzuki@torihiki.example>... Mailbox disabled for this recipient"),
                 S("kato@torihiki-old.example", "5.1.2", "hostunknown", True,
                   diag="SMTP; 550 5.1.2 kato@torihiki-old.example... Host unknown (Name server: "
                        "torihiki-old.example: host not found)")],
         transcript=("... while talking to mail.torihiki.example.:\n>>> RCPT To:<yamada@torihiki.example>\n"
                     "<<< 550 5.1.1 <yamada@torihiki.example>... User unknown\n"
                     "550 5.1.1 <yamada@torihiki.example>... User unknown\n"
                     ">>> RCPT To:<suzuki@torihiki.example>\n"
                     "<<< 550 5.2.1 <suzuki@torihiki.example>... Mailbox disabled for this recipient\n"
                     "550 5.2.1 <suzuki@torihiki.example>... Mailbox disabled for this recipient\n"
                     "550 5.1.2 kato@torihiki-old.example... Host unknown (Name server: torihiki-old.example: "
                     "host not found)\n"))
sendmail("b68-sm-too-many-hops.eml", y=2002, mo=4, d=11, hh=10, tz="+0000",
         host="gw.county-council.example", client="exch.county-council.example [192.0.2.150]",
         sender="planning@county-council.example", version="8.11.6/8.11.6",
         recips=[S("appeals@county-council.example", "5.4.6", "networkerror",
                   diag="SMTP; 554 5.4.6 Too many hops 26 (25 max): from <planning@county-council.example> via "
                        "gw.county-council.example, to <appeals@county-council.example>", reply="554")],
         transcript=("554 5.4.6 Too many hops 26 (25 max): from <planning@county-council.example> via "
                     "gw.county-council.example, to <appeals@county-council.example>\n"))
sendmail("b68-sm-warning-remote-insufficient-disk.eml", y=2019, mo=5, d=6, hh=12, tz="+0200",
         kind="warn", host="mail.greek-ferries.example", client="booking.greek-ferries.example [192.0.2.160]",
         sender="tickets@greek-ferries.example", version="8.15.2/8.15.2",
         recips=[S("agent@island-travel.example", "4.4.5", "systemfull", remote="mail.island-travel.example",
                   diag="SMTP; 452 4.4.5 Insufficient disk space; try again later")],
         transcript=("... while talking to mail.island-travel.example.:\n>>> MAIL From:<tickets@greek-ferries.example> "
                     "SIZE=48210\n<<< 452 4.4.5 Insufficient disk space; try again later\n"
                     "<agent@island-travel.example>... Deferred: 452 4.4.5 Insufficient disk space; try again later\n"
                     "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"))
sendmail("b68-sm-warning-quoted-postfix-no-hostname.eml", y=2017, mo=9, d=19, hh=11, tz="-0500",
         kind="warn", host="mail.lakeshore-hoa.example", client="board.lakeshore-hoa.example [192.0.2.170]",
         sender="board@lakeshore-hoa.example", version="8.15.2/8.15.2",
         recips=[S("manager@propmgmt.example", "4.7.1", "requireptr", remote="mx.propmgmt.example",
                   diag="SMTP; 450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.170]")],
         transcript=("... while talking to mx.propmgmt.example.:\n>>> MAIL From:<board@lakeshore-hoa.example>\n"
                     "<<< 450 4.7.1 Client host rejected: cannot find your hostname, [198.51.100.170]\n"
                     "<manager@propmgmt.example>... Deferred: 450 4.7.1 Client host rejected: cannot find your "
                     "hostname, [198.51.100.170]\nWarning: message still undelivered after 4 hours\n"
                     "Will keep trying until message is 5 days old\n"))
sendmail("b68-sm-quoted-postfix-sender-not-owned.eml", y=2024, mo=10, d=2, hh=9, tz="+0000",
         host="mail.fencing-club.example", client="web.fencing-club.example [192.0.2.180]",
         sender="results@fencing-club.example", version="8.17.1/8.17.1",
         recips=[S("secretary@regional-fencing.example", "5.7.1", "rejected", remote="smtp.regional-host.example",
                   diag="SMTP; 553 5.7.1 <results@fencing-club.example>: Sender address rejected: not owned by "
                        "user relay-fc")],
         transcript=("... while talking to smtp.regional-host.example.:\n>>> RCPT To:<secretary@regional-fencing.example>\n"
                     "<<< 553 5.7.1 <results@fencing-club.example>: Sender address rejected: not owned by user "
                     "relay-fc\n553 5.7.1 <secretary@regional-fencing.example>... Sender address rejected\n"))
sendmail("b68-sm-deferred-mailbox-full-warning.eml", y=2026, mo=2, d=10, hh=15, tz="+0100",
         kind="warn", host="mail.bergfuehrer.example", client="buero.bergfuehrer.example [192.0.2.190]",
         sender="touren@bergfuehrer.example", version="8.18.1/8.18.1",
         recips=[S("huette@alpenverein-sektion.example", "4.2.2", "mailboxfull",
                   remote="mx.alpenverein-sektion.example",
                   diag="SMTP; 452 4.2.2 <huette@alpenverein-sektion.example>... Mailbox full")],
         transcript=("<huette@alpenverein-sektion.example>... Deferred: 452 4.2.2 "
                     "<huette@alpenverein-sektion.example>... Mailbox full\n"
                     "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n"))

# ================================================================== Postfix/Sendmail replies quoted by other MTAs

generic_dsn("b68-exim-quotes-postscreen-zen-listing.eml", date=dt(2020, 4, 14, 10, 5, 9, "+0100"),
            host="cpanel12.webhost-uk.example", frm="Mail Delivery System <Mailer-Daemon@cpanel12.webhost-uk.example>",
            sender="enquiries@garden-rooms.example", subject="Mail delivery failed: returning message to sender",
            text=exim_text("design@landscape-co.example", "host mx.landscape-co.example [203.0.113.18]",
                           "SMTP error from remote mail server after initial connection:\n    550 5.7.1 Service "
                           "unavailable; client [198.51.100.112] blocked using zen.spamhaus.org"),
            rcpt="design@landscape-co.example", status="5.7.1", remote="mx.landscape-co.example",
            diag="550 5.7.1 Service unavailable; client [198.51.100.112] blocked using zen.spamhaus.org",
            action="failed", reason="blocked", hard=False, vendor="exim", reply="550",
            xheads=[("X-Failed-Recipients", "design@landscape-co.example")])
generic_dsn("b68-exchange2010-quotes-postfix-virtual-unknown.eml", date=dt(2013, 11, 5, 14, 40, 2, "+0100"),
            host="ex01.stadtverwaltung.example",
            frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@stadtverwaltung.example>",
            sender="bauamt@stadtverwaltung.example", subject="Unzustellbar: Bauantrag 2013-114",
            text=("Delivery has failed to these recipients or groups:\n\nr.klein@ingenieure-west.example\n"
                  "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
                  "and try to resend the message. If the problem continues, please contact your helpdesk.\n\n"
                  "Diagnostic information for administrators:\n\nGenerating server: ex01.stadtverwaltung.example\n\n"
                  "r.klein@ingenieure-west.example\nmail.ingenieure-west.example #550 5.1.1 "
                  "<r.klein@ingenieure-west.example>: Recipient address rejected: User unknown in virtual alias "
                  "table ##\n"),
            rcpt="r.klein@ingenieure-west.example", status="5.1.1", remote="mail.ingenieure-west.example",
            diag="550 5.1.1 <r.klein@ingenieure-west.example>: Recipient address rejected: User unknown in "
                 "virtual alias table",
            action="failed", reason="userunknown", hard=True, vendor="exchange", reply="550")
generic_dsn("b68-gmail-quotes-postfix-relay-access-denied.eml", date=dt(2023, 6, 27, 18, 22, 41, "-0700"),
            host="mx.google.com", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            sender="tomasz.nowak.example@gmail.com", subject="Delivery Status Notification (Failure)",
            text=("** Message not delivered **\n\nThere was a problem delivering your message to "
                  "biuro@old-host-pl.example. See the technical details below.\n\n"
                  "The response from the remote server was:\n"
                  "554 5.7.1 <biuro@old-host-pl.example>: Relay access denied\n"),
            rcpt="biuro@old-host-pl.example", status="5.7.1", remote="mail.old-host-pl.example",
            diag="554 5.7.1 <biuro@old-host-pl.example>: Relay access denied",
            action="failed", reason="norelaying", hard=False, vendor="gmail", reply="554")
generic_dsn("b68-exim-delay-quotes-postfix-too-many-recipients.eml", date=dt(2016, 3, 9, 7, 15, 0, "+0000"),
            host="mail.parish-news.example", frm="Mail Delivery System <Mailer-Daemon@mail.parish-news.example>",
            sender="editor@parish-news.example", subject="Warning: message 1aDkPz-0004Qw-7L delayed 24 hours",
            text=exim_text("choir@stmarys-village.example", "host mx.village-isp.example [192.0.2.222]",
                           "SMTP error from remote mail server after RCPT TO:<choir@stmarys-village.example>:\n"
                           "    452 4.5.3 Error: too many recipients", delay=True, host="mail.parish-news.example"),
            rcpt="choir@stmarys-village.example", status="4.5.3", remote="mx.village-isp.example",
            diag="452 4.5.3 Error: too many recipients",
            action="delayed", reason="ratelimited", hard=False, vendor="exim", reply="452")

# ================================================================== near-misses

plain("nb-b68-pflogsumm-daily-report.eml", frm="root@mail.example.com", to="postmaster@example.com",
      subject="Postfix log summaries for Dec  2", date=dt(2026, 12, 3, 0, 5, 1, "+0000"),
      host="mail.example.com",
      text=("Postfix log summaries for Dec  2\n\nGrand Totals\n------------\nmessages\n\n"
            "   4821   received\n   5093   delivered\n     14   forwarded\n     37   deferred  (212  deferrals)\n"
            "     19   bounced\n    611   rejected (10%)\n      0   reject warnings\n      0   held\n"
            "      0   discarded (0%)\n\n"
            "message deferral detail\n-----------------------\n  smtp (total: 212)\n"
            "       118   connect to mx.slow-host.example[203.0.113.5]:25: Connection timed out\n"
            "        61   lost connection with mx.other.example[198.51.100.3] while receiving the initial server "
            "greeting\n"
            "message bounce detail (by relay)\n--------------------------------\n"
            "  mx.customer.example[192.0.2.9]:25 (total: 11)\n"
            "         11   550 5.1.1 <address>: Recipient address rejected: User unknown in virtual mailbox table\n\n"
            "message reject detail\n---------------------\n  RCPT\n"
            "    blocked using zen.spamhaus.org (total: 402)\n"
            "    Relay access denied (total: 88)\n"))
plain("nb-b68-pflogsumm-weekly-per-user.eml", frm="logreport@gw.example.org", to="it-team@example.org",
      subject="Weekly Postfix report (pflogsumm) week 48", date=dt(2025, 12, 1, 6, 0, 0, "+0100"),
      host="gw.example.org",
      text=("Postfix log summaries for week 48\n\nPer-Day Traffic Summary\n    date          received  delivered   "
            "deferred    bounced     rejected\n    --------------------------------------------------------------"
            "\n    Nov 24 2025       812        840         12          3         101\n"
            "    Nov 25 2025       790        801          4          1          97\n\n"
            "Senders by message count\n------------------------\n    211   newsletter@example.org\n\n"
            "Recipients by message size\n--------------------------\n 41m   archive@example.org\n\n"
            "Warnings\n--------\n  smtpd (total: 9)\n         9   hostname ws3.example.net does not resolve to "
            "address 198.51.100.4\n"))
plain("nb-b68-postfix-smtp-server-errors-protocol.eml", frm="MAILER-DAEMON@mx1.example.com (Mail Delivery System)",
      to="postmaster@mx1.example.com", subject="Postfix SMTP server: errors from unknown[203.0.113.77]",
      date=dt(2024, 8, 5, 3, 12, 9, "+0000"), host="mx1.example.com",
      heads=[("Auto-Submitted", "auto-generated")],
      text=("Transcript of session follows.\n\n Out: 220 mx1.example.com ESMTP Postfix\n In:  EHLO scanner\n"
            " Out: 250-mx1.example.com\n Out: 250 SMTPUTF8\n In:  MAIL FROM:<>\n Out: 250 2.1.0 Ok\n"
            " In:  RCPT TO:<admin@mx1.example.com>\n Out: 250 2.1.5 Ok\n In:  BDAT 512\n"
            " Out: 500 5.5.2 Error: command not recognized\n\nSession aborted, reason: lost connection\n\n"
            "For other details, see the local mail logfile\n"))
plain("nb-b68-postfix-smtp-server-errors-policy.eml", frm="MAILER-DAEMON@mail.example.net (Mail Delivery System)",
      to="postmaster@mail.example.net", subject="Postfix SMTP server: errors from bad.example[198.51.100.201]",
      date=dt(2019, 2, 11, 22, 41, 50, "+0100"), host="mail.example.net",
      heads=[("Auto-Submitted", "auto-generated")],
      text=("Transcript of session follows.\n\n Out: 220 mail.example.net ESMTP\n In:  HELO bad.example\n"
            " Out: 250 mail.example.net\n In:  MAIL FROM:<offers@bad.example>\n Out: 250 2.1.0 Ok\n"
            " In:  RCPT TO:<someone@elsewhere.example>\n"
            " Out: 554 5.7.1 <someone@elsewhere.example>: Relay access denied\n"
            " In:  RCPT TO:<ghost@mail.example.net>\n"
            " Out: 550 5.1.1 <ghost@mail.example.net>: Recipient address rejected: User unknown in local "
            "recipient table\n In:  QUIT\n Out: 221 2.0.0 Bye\n\nFor other details, see the local mail logfile\n"))
plain("nb-b68-postfix-mailq-cron-output.eml", frm="Cron Daemon <root@relay.example.com>", to="root@relay.example.com",
      subject="Cron <root@relay> /usr/sbin/postqueue -p | tail -n 20", date=dt(2022, 3, 14, 7, 0, 2, "+0000"),
      host="relay.example.com", heads=[("X-Cron-Env", "<SHELL=/bin/sh>")],
      text=("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
            "4KGx2T1xZ0z9s     3911 Mon Mar 14 02:11:40  billing@example.com\n"
            "   (connect to mx.customer-slow.example[203.0.113.66]:25: Connection timed out)\n"
            "                                         accounts@customer-slow.example\n\n"
            "4KGx5m0QZmz9t     1204 Mon Mar 14 04:52:17  alerts@example.com\n"
            "(host mx.other.example[198.51.100.30] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n"
            "                                         oncall@other.example\n\n"
            "-- 5 Kbytes in 2 Requests.\n"))
plain("nb-b68-postfix-success-dsn-note.eml", frm="MAILER-DAEMON@mail.example.com (Mail Delivery System)",
      to="ceo@example.com", subject="Successful Mail Delivery Report", date=dt(2021, 5, 4, 9, 0, 3, "+0200"),
      host="mail.example.com", heads=[("Auto-Submitted", "auto-replied")],
      text=("This is the mail system at host mail.example.com.\n\n"
            "Your message was successfully delivered to the destination(s)\nlisted below. If the message was "
            "delivered to mailbox you will\nreceive no further notifications. Otherwise you may still receive\n"
            "notifications of mail delivery errors from other systems.\n\n                   The mail system\n\n"
            "<board@partner.example>: delivered via mx.partner.example[192.0.2.44]:25: 250 2.0.0 Ok: queued as "
            "4Fz8mC2x1Tz1\n"))
plain("nb-b68-sendmail-relay-return-receipt.eml", frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>",
      to="<sec@example.org>", subject="Return receipt", date=dt(2008, 6, 2, 12, 0, 0, "-0400"),
      host="mail.example.org",
      text=("The original message was received at Mon, 2 Jun 2008 11:58:40 -0400\nfrom ws4.example.org [192.0.2.4]"
            "\n\n   ----- The following addresses had successful delivery notifications -----\n"
            "<members@club.example>  (relayed to non-DSN-aware mailer)\n\n"
            "   ----- Transcript of session follows -----\n<members@club.example>... relayed; expect no further "
            "notifications\n"))
plain("nb-b68-reply-fixed-address-thanks.eml", frm="Anna Berg <anna.berg@example.net>", to="office@example.com",
      subject="Re: Undelivered Mail Returned to Sender", date=dt(2018, 4, 3, 10, 41, 0, "+0200"),
      host="mail.example.net", heads=[("In-Reply-To", "<20180403.A1B2@example.com>")],
      text=("Hi,\n\nsorry about that, my old address at the school bounced because the account was closed\n"
            "when I left. Please use this one from now on. The bounce said \"User unknown in local\n"
            "recipient table\", so I guess the admins already removed it.\n\nThanks,\nAnna\n"))
plain("nb-b68-reply-admin-explains-postscreen.eml", frm="Jonas <jonas@example.org>", to="team@example.org",
      subject="Re: why are people getting '550 5.7.1 Service unavailable'?", date=dt(2024, 1, 16, 15, 3, 0, "+0100"),
      host="mail.example.org",
      text=("That one is from our postscreen: it rejects clients listed in zen.spamhaus.org with\n"
            "\"550 5.7.1 Service unavailable; client [x.x.x.x] blocked using zen.spamhaus.org\".\n"
            "If a customer's server gets it, they need to get delisted; nothing is wrong with our mail.\n\n"
            "I'll add a whitelist entry for the partner's relay in postscreen_access.cidr.\n\n-- \nJonas\n"))
plain("nb-b68-milter-quarantine-digest.eml", frm="MIMEDefang <defang@mail.example.com>", to="postmaster@example.com",
      subject="MIMEDefang quarantine digest: 3 messages", date=dt(2012, 9, 21, 6, 0, 0, "+0000"),
      host="mail.example.com",
      text=("The following messages were quarantined by the milter in the last 24 hours:\n\n"
            "  qdir-2012-09-20-14.02.11-001  from <promo@offers.example>   spam score 17.3\n"
            "  qdir-2012-09-20-17.44.52-002  from <hr@example.com>         attachment .exe\n"
            "  qdir-2012-09-21-01.10.03-003  from <noreply@invoice.example> Eicar-Test-Signature\n\n"
            "Release with: mimedefang-release <qdir>\n"))
plain("nb-b68-list-post-german-bounce-template.eml", frm="Petra Lange <petra@example.de>",
      to="postfix-users@list.example.org", subject="German bounce_template_file - feedback welcome",
      date=dt(2016, 10, 7, 19, 22, 0, "+0200"), host="mail.example.de",
      heads=[("List-Id", "<postfix-users.list.example.org>"), ("Precedence", "list")],
      charset="utf-8", cte="quoted-printable",
      text=("Hallo zusammen,\n\nI translated the failure template for our users, see below. Comments welcome.\n\n"
            "failure_template = <<EOF\nCharset: utf-8\nFrom: MAILER-DAEMON (Mailsystem)\n"
            "Subject: Unzustellbare Nachricht\n\nDies ist das Mailsystem auf dem Rechner $myhostname.\n\n"
            "Leider konnte Ihre Nachricht nicht zugestellt werden.\nEOF\n\n"
            "postconf -b shows it fine. Should $myhostname be expanded there?\n\nGrüße, Petra\n"))
plain("nb-b68-sendmail-mailstats-cron.eml", frm="root@mx.example.net", to="root@mx.example.net",
      subject="Cron <root@mx> /usr/sbin/mailstats -P", date=dt(2003, 7, 1, 0, 0, 1, "-0500"), host="mx.example.net",
      text=(" 1056949200 1057035601\n M   msgsfr  bytes_from   msgsto    bytes_to  msgsrej msgsdis msgsqur  Mailer\n"
            " 3     1211      9844K     1302      10211K       87       0       0  local\n"
            " 5     2034     22019K     1911      20887K      412       3       0  esmtp\n"
            " T     3245     31863K     3213      31098K      499       3       0\n C     3245              3213"
            "                499\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
