#!/usr/bin/env python3
"""Writes testdata/unseen/batch-65: bounces of small-business websites' mail
(contact forms, WordPress/WooCommerce order mail, PHP mail() on shared
hosting) as they come back to the web user's address: cPanel and
DirectAdmin Exim, Plesk qmail and Postfix, MailEnable, the Windows IIS SMTP
service, Exchange 2010, hMailServer, SmarterMail, Kerio, IceWarp, with the
recipients' servers' replies (Gmail, Outlook, Yahoo, GMX, local ISPs,
customers' Zimbra), the host's own sending limits, SPF/DMARC refusals of a
From forged to the visitor's address and sender verification failures.
Near-misses (not-bounce/nb-*): hosting notices, WordPress and WooCommerce
notifications, customers' replies, contact-form spam.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch65.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, expect, mail, mid, multipart, part, plain_mail,  # noqa: E402
                       text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def exim_id(name):
    h = hashlib.sha1(name.encode()).hexdigest()
    return f"1t{h[:4].upper()}-000{h[5:8].upper()}-{h[8:10].upper()}"


def local_hop(name, host, sw, date):
    return (f"Return-Path: <>\nReceived: from mailnull by {host} with local ({sw})\n"
            f"\tid {exim_id(name + 'b')}\n\tfor {{to}}; {date}")


def esmtp_hop(name, host, sw, date, frm="localhost", ip="127.0.0.1"):
    return (f"Return-Path: <>\nReceived: from {frm} ({frm} [{ip}])\n\tby {host} ({sw}) with ESMTP id {qid(name)};\n"
            f"\t{date}")


# ---------------------------------------------------------------- the returned website message

KINDS = {
    "contact": ("[{site}] Contact form: {topic}", "Name: {visitor_name}\nEmail: {visitor}\nPhone: 0161 496 0{n3}\n\n"
                "Message:\n{topic}. Could somebody call me back this week?\n\n--\nThis e-mail was sent from a contact "
                "form on {site_name} (https://www.{site})\n"),
    "order": ("[{site_name}] New order #{order}", "You have received an order from {visitor_name}.\n\n"
              "Order #{order} ({odate_short})\n\nProduct          Quantity   Price\n{topic}   1   {price}\n\n"
              "Subtotal: {price}\nShipping: Flat rate\nPayment method: Direct bank transfer\n"),
    "receipt": ("Your {site_name} order has been received!", "Hi {visitor_first},\n\nJust to let you know, we've "
                "received your order #{order}, and it is now being processed:\n\n{topic}  x1  {price}\n\n"
                "Pay with cash upon delivery.\n\nThanks for shopping with us.\n{site_name}\n"),
    "invoice": ("Invoice for order #{order} from {site_name}", "Hi {visitor_first},\n\nPlease find attached the "
                "invoice for order #{order}.\n\n{topic}  {price}\n\nKind regards,\n{site_name}\n"),
    "reset": ("[{site_name}] Password Reset", "Someone has requested a password reset for the following account:\n\n"
              "Site Name: {site_name}\n\nUsername: {visitor_first}\n\nIf this was a mistake, ignore this email and "
              "nothing will happen.\n\nTo reset your password, visit the following address:\n\n"
              "https://www.{site}/wp-login.php?action=rp&key=Qx7{n3}Lm&login={visitor_first}\n"),
    "booking": ("Booking confirmation - {site_name}", "Dear {visitor_first},\n\nthank you for your booking.\n\n"
                "{topic}\nDate: {odate_short}\n\nWe look forward to seeing you.\n{site_name}\n"),
}


def returned(name, *, web, host, site, site_name, kind, rcpt, topic, odate, visitor="", visitor_name="Sam Carter",
             forged=False, price="45.00", script="class-phpmailer.php", fmt="exim"):
    """The website's message as the web host's MTA saw it (headers + body)."""
    n3 = str(int(hashlib.md5(name.encode()).hexdigest()[:3], 16) % 900 + 100)
    order = str(int(hashlib.md5(name.encode()).hexdigest()[3:7], 16) % 9000 + 1000)
    visitor = visitor or f"sam.carter{n3}@example.net"
    vals = dict(site=site, site_name=site_name, topic=topic, visitor=visitor, visitor_name=visitor_name,
                visitor_first=visitor_name.split()[0].lower(), n3=n3, order=order, price=price,
                odate_short=odate[5:16])
    subj, body = KINDS[kind]
    frm = f"{visitor_name} <{visitor}>" if forged else f"{site_name} <wordpress@{site}>"
    ip = f"198.51.100.{int(n3) % 200 + 20}"
    if fmt == "exim":
        hop = (f"Received: from {web.split('@')[0]} by {host} with local (Exim 4.97.1)\n"
               f"\t(envelope-from <{web}>)\n\tid {exim_id(name)}\n\tfor {rcpt}; {odate}\n")
    elif fmt == "qmail":
        hop = f"Received: (qmail {int(n3) * 731} invoked by uid 10{n3}); {odate}\n"
    elif fmt == "postfix":
        hop = f"Received: by {host} (Postfix, from userid 10{n3})\n\tid 4Y{name[4:8].upper()}{n3}Zk; {odate}\n"
    else:
        hop = (f"Received: from www.{site} ([192.0.2.{int(n3) % 50 + 200}])\n\tby {host} with ESMTP\n"
               f"\tfor <{rcpt}>; {odate}\n")
    h = (f"Return-path: <{web}>\n" + hop +
         f"To: {rcpt}\nSubject: {subj.format(**vals)}\n"
         f"X-PHP-Script: www.{site}/index.php for {ip}\n"
         f"X-PHP-Originating-Script: 1{n3}:{script}\nDate: {odate}\nFrom: {frm}\n")
    if forged:
        h += f"Reply-To: {visitor}\n"
    h += (f"Message-ID: <{hashlib.sha1(name.encode()).hexdigest()[:32]}@www.{site}>\n"
          f"X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)\nMIME-Version: 1.0\n"
          f"Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n")
    return h, body.format(**vals)


# ---------------------------------------------------------------- bounce formats

EXIM_FAIL = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n")


def exim_reason(r):
    if r.get("raw"):
        return "\n".join("    " + ln for ln in r["raw"].split("\n"))
    lines = [f"    host {r['remote']} [{r['ip']}]",
             f"    SMTP error from remote mail server after {r.get('stage', 'RCPT TO:<' + r['addr'] + '>')}:"]
    lines += ["    " + ln for ln in r["reply"].split("\n")]
    return "\n".join(lines)


def b_exim(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    if c.get("delay"):
        r = c["rcpts"][0]
        text = (f"This message was created automatically by mail delivery software.\n"
                f"A message that you sent has not yet been delivered to one or more of its\n"
                f"recipients after more than {c['delay']} hours on the queue on {host}.\n\n"
                f"The message identifier is:     {exim_id(name)}\n"
                f"The subject of the message is: {h.split('Subject: ')[1].split(chr(10))[0]}\n"
                f"The date of the message is:    {c['odate']}\n\n"
                f"The address to which the message has not yet been delivered is:\n\n  {r['addr']}\n"
                f"{exim_reason(r)}\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subj = f"Warning: message {exim_id(name)} delayed {c['delay']} hours"
        extra = [("X-Failed-Recipients", r["addr"])] if False else []
    else:
        text = EXIM_FAIL + "\n".join(f"  {r['addr']}\n{exim_reason(r)}\n" for r in c["rcpts"])
        text += "\n------ This is a copy of the message, including all the headers. ------\n\n" + h + "\n" + body
        subj = "Mail delivery failed: returning message to sender"
        extra = [("X-Failed-Recipients", ", ".join(r["addr"] for r in c["rcpts"]))]
    frm = "Mail Delivery System <Mailer-Daemon@%s>" % host
    hop = local_hop(name, host, c.get("sw", "Exim 4.97.1"), date).format(to=c["web"])
    return plain_mail(name, frm=frm, to=c["web"], subject=subj, date=date, host=host, hops=hop, text=text,
                      extra=extra)


def b_qmail(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    parts = []
    for r in c["rcpts"]:
        if r.get("raw"):
            parts.append(f"<{r['addr']}>:\n{r['raw']}\n")
        else:
            verb = "does not like recipient" if r.get("stage", "RCPT") == "RCPT" else "failed after I sent the message"
            parts.append(f"<{r['addr']}>:\n{r['ip']} {verb}.\nRemote host said: {r['reply']}\nGiving up on {r['ip']}.\n")
    text = (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n" + "\n".join(parts) +
            "\n--- Below this line is a copy of the message.\n\n" + h + "\n" + body)
    hop = f"Return-Path: <>\nReceived: (qmail {int(qid(name, 5), 16)} invoked for bounce); {date}"
    return plain_mail(name, frm=f"MAILER-DAEMON@{host}", to=c["web"], subject="failure notice", date=date,
                      host=host, hops=hop, text=text, auto=False)


PF_HEAD = ("This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
           "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
           "the attached returned message.\n\n                   The mail system\n\n")
PF_DELAY = ("This is the mail system at host {host}.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) "
            "old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this "
            "problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n")


def one_line(reply):
    return " ".join(ln.strip() for ln in reply.split("\n"))


def dsn_recips(c, default_action="failed"):
    out = []
    for r in c["rcpts"]:
        d = {"final": r["addr"], "status": r["status"] or ("4.0.0" if c.get("delay") else "5.0.0"),
             "action": r.get("action", "delayed" if c.get("delay") else default_action)}
        if r.get("remote"):
            d["remote"] = r["remote"]
        d["diag"] = r.get("diag") or ("smtp; " + one_line(r["reply"]) if r.get("reply") else "X-Postfix; " + r["raw"])
        out.append(d)
    return out


def b_postfix(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    tails = []
    for r in c["rcpts"]:
        if r.get("raw"):
            tails.append(f"<{r['addr']}>: {r['raw']}")
        else:
            tails.append(f"<{r['addr']}>: host {r['remote']}[{r['ip']}] said: {one_line(r['reply'])} (in reply to "
                         f"{r.get('stage', 'RCPT TO')} command)")
    head = (PF_DELAY if c.get("delay") else PF_HEAD).format(host=host)
    subj = "Delayed Mail (still being retried)" if c.get("delay") else "Undelivered Mail Returned to Sender"
    return dsn_mail(name, frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=c["web"], subject=subj, date=date,
                    host=host, hops=esmtp_hop(name, host, "Postfix", date), text=head + "\n\n".join(tails) + "\n",
                    recips=dsn_recips(c), arrival=c["odate"], orig=h)


def b_mailenable(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    lines = "".join(f"\tRecipient: [SMTP:{r['addr']}]\n\tReason: {r.get('raw') or 'Remote SMTP Server Returned: ' + one_line(r['reply'])}\n\n"
                    for r in c["rcpts"])
    text = ("This is an automatically generated message from MailEnable.\n\n"
            "MailEnable: Message could not be delivered to some recipients.\n"
            "The following recipient(s) could not be reached:\n\n" + lines +
            "Message headers follow:\n\n" + h)
    return plain_mail(name, frm=f"POSTMASTER@{host}", to=c["web"], subject="Message Delivery Failure", date=date,
                      host=host, hops=esmtp_hop(name, host, "MailEnable ESMTP", date), text=text, auto=False)


def b_iis(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    text = ("This is an automatically generated Delivery Status Notification.\n\n"
            "Delivery to the following recipients failed.\n\n" +
            "".join(f"       {r['addr']}\n" for r in c["rcpts"]) + "\n\n\n")
    return dsn_mail(name, frm=f"postmaster@{host}", to=c["web"], subject="Delivery Status Notification (Failure)",
                    date=date, host=host, hops=esmtp_hop(name, host, "Microsoft SMTPSVC(10.0.17763.1)", date),
                    text=text, recips=dsn_recips(c), arrival=c["odate"], orig=h + "\n" + body, returned="message",
                    extra=[("X-DSNContext", "335a7efd - 4523 - 00000001 - 80040546")])


def b_exch(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    subj = h.split("Subject: ")[1].split("\n")[0]
    text = ("Delivery has failed to these recipients or groups:\n\n" +
            "".join(f"{r['addr']}\n{r.get('human', 'Unable to deliver the message to the following recipients.')}\n\n"
                    for r in c["rcpts"]) +
            "\n\n\n\n\nDiagnostic information for administrators:\n\n"
            f"Generating server: {host}\n\n" +
            "".join(f"{r['addr']}\n{(r.get('gen', r['remote']) + ' ').lstrip()}#{one_line(r['reply'])} ##\n\n" for r in c["rcpts"]) +
            "Original message headers:\n\n" + h)
    return dsn_mail(name, frm=f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{c['org']}>",
                    to=c["web"], subject="Undeliverable: " + subj, date=date, host=host,
                    hops=esmtp_hop(name, host, "Microsoft SMTP Server id 14.3.498.0", date), text=text,
                    recips=dsn_recips(c), arrival=c["odate"], orig=h, reporting=host,
                    extra=[("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")])


def b_exch_plain(name, c):
    """Exchange 2010 relaying for a hosted web server: the older text layout."""
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    subj = h.split("Subject: ")[1].split("\n")[0]
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"      Subject:\t{subj}\n      Sent:\t{c['odate']}\n\n"
            "Unable to deliver the message to the following recipients.\n\n" +
            "".join(f"      {r['addr']} on {date}\n            {r.get('raw') or one_line(r['reply'])}\n"
                    for r in c["rcpts"]))
    return dsn_mail(name, frm=f"System Administrator <postmaster@{c['org']}>", to=c["web"],
                    subject="Undeliverable: " + subj, date=date, host=host,
                    hops=esmtp_hop(name, host, "Microsoft SMTP Server id 14.3.498.0", date), text=text,
                    recips=dsn_recips(c), arrival=c["odate"], orig=h)


def b_hmail(name, c, product="hMailServer"):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    subj = h.split("Subject: ")[1].split("\n")[0]
    recs = []
    for r in c["rcpts"]:
        if r.get("raw"):
            recs.append(f"{r['addr']}\n   Error Type: SMTP\n   {r['raw']}\n")
        else:
            recs.append(f"{r['addr']}\n   Error Type: SMTP\n   Remote server ({r['ip']}) issued an error.\n"
                        f"   {product} sent: {r.get('stage', 'RCPT TO:<' + r['addr'] + '>')}\n"
                        f"   Remote server replied: {one_line(r['reply'])}\n")
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Sent: {c['odate']}\n   Subject: {subj}\n\n"
            "The following recipient(s) could not be reached:\n\n" + "\n".join(recs) + f"\n{product}\n")
    bodyp = multipart("mixed", [text_part(text), part("message/rfc822", h + "\n" + body, cte=None)], boundary(name))
    heads = [esmtp_hop(name, host, product, date), ("Date", date), ("From", f"mailer-daemon@{c['org']}"),
             ("To", c["web"]), ("Subject", f"Message undeliverable: {subj}"), ("Message-ID", mid(name, host))]
    return mail(heads, bodyp)


def b_kerio(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    subj = h.split("Subject: ")[1].split("\n")[0]
    recs = "".join(f"   {r['addr']}\n      {r.get('raw') or 'Remote host ' + r['remote'] + ' replied: ' + one_line(r['reply'])}\n\n"
                   for r in c["rcpts"])
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Subject: {subj}\n   Sent: {c['odate']}\n\n"
            "The following recipient(s) could not be reached:\n\n" + recs +
            f"-- \nKerio Connect 10.0.6 at {host}\n")
    return dsn_mail(name, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", to=c["web"],
                    subject=f"Undeliverable: {subj}", date=date, host=host,
                    hops=esmtp_hop(name, host, "Kerio Connect 10.0.6", date), text=text, recips=dsn_recips(c),
                    arrival=c["odate"], orig=h)


def b_smarter(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    recs = "".join(f"<{r['addr']}>\n    {r.get('raw') or 'Remote host said: ' + one_line(r['reply'])}\n\n"
                   for r in c["rcpts"])
    delay = c.get("delay")
    text = (("Delivery to the following recipients has been delayed. The server will keep trying.\n\n" if delay else
             "Delivery has failed to these recipients or distribution lists:\n\n") + recs +
            "Original message headers follow.\n\n" + h)
    return plain_mail(name, frm=f"postmaster@{host}", to=c["web"],
                      subject="Delivery delayed" if delay else "Undeliverable Mail", date=date, host=host,
                      hops=esmtp_hop(name, host, "SmarterMail 100.0.9070", date), text=text,
                      extra=[("X-SmarterMail-Bounce", "true")])


def b_icewarp(name, c):
    host, date = c["host"], c["date"]
    h, body = c["orig"]
    recs = "".join(f"<{r['addr']}>: {r.get('raw') or one_line(r['reply'])}\n" for r in c["rcpts"])
    text = ("The original message was received at " + c["odate"] + "\nfrom " + c["web"] + "\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n" + recs +
            "\n   ----- Transcript of session follows -----\n" +
            "".join(f"... while talking to {r.get('remote', host)}:\n>>> {r.get('stage', 'RCPT TO:<' + r['addr'] + '>')}\n<<< {one_line(r['reply'])}\n"
                    for r in c["rcpts"] if r.get("reply")) + "\nIceWarp Mail Server\n")
    return dsn_mail(name, frm=f"Delivery Subsystem <postmaster@{host}>", to=c["web"],
                    subject="Undelivered mail: " + h.split("Subject: ")[1].split("\n")[0], date=date, host=host,
                    hops=esmtp_hop(name, host, "IceWarp 13.0.3.10 x64", date), text=text, recips=dsn_recips(c),
                    arrival=c["odate"], orig=h)


FMT = {"exim": b_exim, "qmail": b_qmail, "postfix": b_postfix, "mailenable": b_mailenable, "iis": b_iis,
       "exch": b_exch, "exchplain": b_exch_plain, "hmail": b_hmail, "kerio": b_kerio, "smarter": b_smarter,
       "icewarp": b_icewarp}

# ---------------------------------------------------------------- hosting parties

HOSTS = {
    "cp": ("cp214.harbourhost.example", "exim", "Exim 4.97.1"),
    "cp2": ("server.sunnyside-hosting.example", "exim", "Exim 4.96.2"),
    "cp3": ("s3109.uk-webspace.example", "exim", "Exim 4.97.1"),
    "da": ("da12.tinyhost.example", "exim", "Exim 4.98"),
    "plq": ("plesk3.hostvale.example", "qmail", ""),
    "plp": ("plesk7.netcastle-hosting.example", "postfix", ""),
    "me": ("mail.winweb-hosting.example", "mailenable", ""),
    "iis": ("WEB04.winhost-shared.example", "iis", ""),
    "hm": ("mail.kleinbetrieb-server.example", "hmail", ""),
    "sm": ("mail.smallsite-host.example", "smarter", ""),
    "ke": ("mail.hostpoint-lite.example", "kerio", ""),
    "iw": ("mail.webhost-baltic.example", "icewarp", ""),
}

CASES = []


def case(name, hostkey, web_local, site, site_name, kind, topic, rcpts, *, fmt=None, delay=None, forged=False,
         visitor="", visitor_name="Sam Carter", org=None, day=(11, 24), host=None):
    CASES.append(dict(name=name, hostkey=hostkey, web_local=web_local, site=site, site_name=site_name, kind=kind,
                      topic=topic, rcpts=rcpts, fmt=fmt, delay=delay, forged=forged, visitor=visitor,
                      visitor_name=visitor_name, org=org, day=day, host=host))


def R(addr, reason, *, remote="", ip="", reply="", status="", code="", hard=None, raw="", stage=None, action=None,
      human=None, gen=None, diag=None, vendor=""):
    d = dict(addr=addr, reason=reason, remote=remote, ip=ip, reply=reply, status=status, code=code, raw=raw,
             vendor=vendor)
    d["hard"] = hard
    for k, v in (("stage", stage), ("action", action), ("human", human), ("gen", gen), ("diag", diag)):
        if v is not None:
            d[k] = v
    return d


GM = ("gmail-smtp-in.l.google.com", "192.0.2.27")
GM2 = ("alt1.gmail-smtp-in.l.google.com", "192.0.2.26")
OL = ("hotmail-com.olc.protection.outlook.com", "198.51.100.160")
YH = ("mta6.am0.yahoodns.net", "198.51.100.66")
GMX = ("mx00.emig.gmx.net", "203.0.113.104")
WEBDE = ("mx-ha02.web.de", "203.0.113.98")


def gsmtp(code, st, text, tag):
    """A Google reply wrapped at Google's width, each line prefixed."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 62 and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur + " " + tag + " - gsmtp")
    return "\n".join(f"{code}-{st} {ln}" for ln in lines[:-1]) + f"\n{code} {st} {lines[-1]}"


# ================================================================ cPanel Exim (the web user's address on the server)

case("b65-cpanel-gmail-no-such-account-contact.eml", "cp", "harbourb", "harbour-bikes.example", "Harbour Bikes",
     "contact", "Question about a gravel bike service", [
         R("harbourbikes.owner@gmail.com", "userunknown", remote=GM[0], ip=GM[1], reply=gsmtp(
             "550", "5.1.1", "The email account that you tried to reach does not exist. Please try double-checking "
             "the recipient's email address for typos or unnecessary spaces. For more information, go to "
             "https://support.google.com/mail/?p=NoSuchUser", "41be03b00d2f7-7c0a1e8f2b1si4417361a12.388"))])

case("b65-cpanel-max-emails-hour-woo-order.eml", "cp2", "sunnysid", "sunnyside-bakery.example", "Sunnyside Bakery",
     "order", "Sourdough starter kit", [
         R("orders@sunnyside-bakery.example", "ratelimited", raw="Domain sunnyside-bakery.example has exceeded the max "
           "emails per hour (250/250 (100%)) allowed.  Message discarded.")])

case("b65-cpanel-defers-failures-hour-receipt.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "receipt", "Beginner class voucher", [
         R("j.whitcombe1974@btinternet.com", "ratelimited", raw="Domain potters-wheel-studio.example has exceeded the "
           "max defers and failures per hour (25/25 (100%)) allowed.  Message discarded.")],
     visitor="j.whitcombe1974@btinternet.com", visitor_name="Jill Whitcombe")

case("b65-cpanel-outlook-dmarc-forged-yahoo-visitor.eml", "cp", "glazierl", "lindqvist-glazing.example",
     "Lindqvist Glazing", "contact", "Quote for a double-glazed sash window", [
         R("lindqvist.glazing@outlook.com", "authfailure", remote=OL[0], ip=OL[1], stage="end of data",
           reply="550 5.7.509 Access denied, sending domain YAHOO.COM does not pass DMARC verification and has a "
                 "DMARC policy of reject. [AM4PEPF00025F9C.eurprd04.prod.outlook.com 2026-11-24T09:14:22.418Z "
                 "08DD0B7A3C21D4E9]")],
     forged=True, visitor="priya.n_1988@yahoo.com", visitor_name="Priya Nair")

case("b65-cpanel-gmail-dmarc-forged-aol-visitor.eml", "cp2", "cedarcab", "cedar-cabins.example", "Cedar Cabins",
     "booking", "Lakeside cabin, 3 nights", [
         R("cedarcabins.bookings@gmail.com", "authfailure", remote=GM[0], ip=GM[1], stage="end of data",
           reply=gsmtp("550", "5.7.26", "Unauthenticated email from aol.com is not accepted due to domain's DMARC "
                       "policy. Please contact the administrator of aol.com domain if this was a legitimate mail. "
                       "To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection",
                       "5b1f17b1804b1-4349c7e2a11si2208715e9.412"))],
     forged=True, visitor="grandpa.ted@aol.com", visitor_name="Ted Kowalski")

case("b65-cpanel-sender-verify-callout-isp.eml", "cp", "harbourb", "harbour-bikes.example", "Harbour Bikes",
     "receipt", "Tubeless tyre fitting", [
         R("m.okafor@kabelnet-nord.example", "rejected", remote="mx2.kabelnet-nord.example", ip="203.0.113.52",
           reply="550-Verification failed for <harbourb@cp214.harbourhost.example>\n"
                 "550-Called:   192.0.2.14\n550-Sent:     RCPT TO:<harbourb@cp214.harbourhost.example>\n"
                 "550-Response: 550 No Such User Here\n550 Sender verify failed",
           stage="RCPT TO:<m.okafor@kabelnet-nord.example>")],
     visitor="m.okafor@kabelnet-nord.example", visitor_name="Mike Okafor")

case("b65-cpanel-yahoo-no-account-receipt.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "receipt", "Glaze workshop (Saturday)", [
         R("clayfan_sue@yahoo.com", "userunknown", remote=YH[0], ip=YH[1], stage="end of data",
           reply="554 delivery error: dd This user doesn't have a yahoo.com account (clayfan_sue@yahoo.com) [0] - "
                 "mta4217.mail.bf1.yahoo.com", hard=True)],
     visitor="clayfan_sue@yahoo.com", visitor_name="Sue Marsh")

case("b65-cpanel-gmx-storage-allocation.eml", "cp", "glazierl", "lindqvist-glazing.example", "Lindqvist Glazing",
     "invoice", "Invoice 2026-311", [
         R("h.brandt@gmx.de", "mailboxfull", remote=GMX[0], ip=GMX[1],
           reply="552-Requested mail action aborted: exceeded storage allocation\n552 Postfach voll - mailbox full")],
     visitor="h.brandt@gmx.de", visitor_name="Heike Brandt")

case("b65-cpanel-isp-zen-listed-shared-ip.eml", "cp2", "sunnysid", "sunnyside-bakery.example", "Sunnyside Bakery",
     "receipt", "Birthday cake, chocolate", [
         R("d.ferreira@kabelnet-nord.example", "blocked", remote="mx1.kabelnet-nord.example", ip="203.0.113.51",
           reply="554 5.7.1 Service unavailable; Client host [192.0.2.41] blocked using zen.spamhaus.org; "
                 "https://check.spamhaus.org/listed/?searchterm=192.0.2.41")],
     visitor="d.ferreira@kabelnet-nord.example", visitor_name="Dina Ferreira")

case("b65-cpanel-hosts-failing-long-time.eml", "cp", "harbourb", "harbour-bikes.example", "Harbour Bikes",
     "contact", "Bulk order for our cycling club", [
         R("kontakt@tischlerei-berg.example", "expired", raw="all hosts for 'tischlerei-berg.example' have been "
           "failing for a long time (and retry time not reached)")])

case("b65-cpanel-delay-connection-timed-out.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "booking", "Wheel throwing taster, 2 people", [
         R("info@fewo-seeblick.example", "networkerror", action="delayed", status="",
           raw="host mail.fewo-seeblick.example [203.0.113.40]: Connection timed out")],
     delay=24)

case("b65-cpanel-gmail-size-invoice-pdf.eml", "cp2", "cedarcab", "cedar-cabins.example", "Cedar Cabins",
     "invoice", "Invoice and site map (PDF)", [
         R("walkers.family.uk@gmail.com", "emailtoolarge", remote=GM2[0], ip=GM2[1], stage="end of data",
           reply=gsmtp("552", "5.2.3", "Your message exceeded Google's message size limits. To view our size "
                       "guidelines, go to https://support.google.com/mail/?p=MaxSizeError",
                       "ffacd0b85a97d-38a1e2f3c4dsi1187425f8f.77"))],
     visitor="walkers.family.uk@gmail.com", visitor_name="Owen Walker")

case("b65-cpanel-null-mx-old-domain.eml", "cp", "glazierl", "lindqvist-glazing.example", "Lindqvist Glazing",
     "contact", "Conservatory roof repair", [
         R("office@lindqvist-old.example", "notaccept", hard=True,
           raw="an MX or SRV record indicated no SMTP service")])

case("b65-cpanel-unrouteable-typo-domain.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "receipt", "Gift card 25", [
         R("tom.baines@hotmial.example", "hostunknown", hard=True, raw="Unrouteable address")],
     visitor="tom.baines@hotmial.example", visitor_name="Tom Baines")

case("b65-cpanel-pipe-helpdesk-child-255.eml", "cp2", "sunnysid", "sunnyside-bakery.example", "Sunnyside Bakery",
     "contact", "Allergen information for the rye loaf", [
         R("support@sunnyside-bakery.example", "mailererror",
           raw="pipe to |/home/sunnysid/helpdesk/pipe.php\n  generated by support@sunnyside-bakery.example\n"
               "Child process of address_pipe transport returned 255 (could mean unable to exec or command\n"
               "does not exist) from command: /home/sunnysid/helpdesk/pipe.php")])

case("b65-cpanel-local-mailbox-suspended-incoming.eml", "cp", "harbourb", "harbour-bikes.example", "Harbour Bikes",
     "order", "Chain cleaning kit", [
         R("shop@harbour-bikes.example", "suspend",
           raw="The mailbox shop@harbour-bikes.example has been suspended by the account owner and does\n"
               "not receive mail at this time")])

case("b65-cpanel-outlook-s3150-block-list.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "contact", "Pottery party for a 9 year old", [
         R("beckyd1990@hotmail.co.uk", "blocked", remote=OL[0], ip=OL[1], stage="MAIL FROM:<pottersw@s3109.uk-webspace.example>",
           reply="550 5.7.1 Unfortunately, messages from [192.0.2.30] weren't sent. Please contact your Internet "
                 "service provider since part of their network is on our block list (S3150). You can also refer "
                 "your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
                 "[DB1PEPF000509F2.eurprd03.prod.outlook.com 2026-11-24T11:02:47.113Z 08DD0B9C11E7A2F0]")],
     visitor="beckyd1990@hotmail.co.uk", visitor_name="Becky Dunn")

case("b65-cpanel-outlook-mailbox-unavailable-s2017.eml", "cp", "glazierl", "lindqvist-glazing.example",
     "Lindqvist Glazing", "receipt", "Survey appointment", [
         R("k.lindqvist.private@outlook.com", "userunknown", remote=OL[0], ip=OL[1], hard=True,
           reply="550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
                 "[AMS0EPF000001AB.eurprd05.prod.outlook.com 2026-11-24T12:40:09.551Z 08DD0B9D2A6F0C18]")],
     visitor="k.lindqvist.private@outlook.com", visitor_name="Karin Lindqvist")

case("b65-cpanel-gmail-delay-rate-4728.eml", "cp2", "cedarcab", "cedar-cabins.example", "Cedar Cabins",
     "receipt", "Cabin 4, weekend break", [
         R("rosie.hughes.home@gmail.com", "ratelimited", remote=GM[0], ip=GM[1], action="delayed",
           reply=gsmtp("421", "4.7.28", "Gmail has detected an unusual rate of mail originating from your IP "
                       "address. To protect our users, mail sent from your IP address has been temporarily rate "
                       "limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError",
                       "d75a77b69052e-46b3f1a8c11si2219380a1.67"))],
     delay=6, visitor="rosie.hughes.home@gmail.com", visitor_name="Rosie Hughes")

case("b65-cpanel-gmail-no-ptr-5725.eml", "cp", "harbourb", "harbour-bikes.example", "Harbour Bikes",
     "receipt", "Kids balance bike", [
         R("p.szabo.bp@gmail.com", "requireptr", remote=GM[0], ip=GM[1], stage="end of data",
           reply=gsmtp("550", "5.7.25", "[192.0.2.14] The IP address sending this message does not have a PTR "
                       "record setup, or the corresponding forward DNS entry does not point to the sending IP. As "
                       "a policy, Gmail does not accept messages from IPs with missing PTR records. For more "
                       "information, go to https://support.google.com/mail/answer/81126#ip-practices",
                       "a640c23a62f3a-aa5b2e1f7c1si2231748466b.301"))],
     visitor="p.szabo.bp@gmail.com", visitor_name="Peter Szabo")

case("b65-cpanel-yahoo-policy-579.eml", "cp3", "pottersw", "potters-wheel-studio.example", "Potters Wheel Studio",
     "reset", "", [
         R("annaleewrites@yahoo.com", "policyviolation", remote=YH[0], ip=YH[1], stage="end of data",
           reply="554 5.7.9 Message not accepted for policy reasons.  See https://senders.yahooinc.com/error-codes")],
     visitor="annaleewrites@yahoo.com", visitor_name="Anna Lee")

case("b65-cpanel-gmail-likely-unsolicited.eml", "cp2", "sunnysid", "sunnyside-bakery.example", "Sunnyside Bakery",
     "contact", "Best SEO offer for sunnyside-bakery.example click here", [
         R("sunnysidebakery.team@gmail.com", "spamdetected", remote=GM[0], ip=GM[1], stage="end of data",
           reply=gsmtp("550", "5.7.1", "[192.0.2.41 12] Our system has detected that this message is likely "
                       "unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. "
                       "For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError",
                       "38308e7fff4ca-2ffa1c3b7e1si2210493a1.505"))])

case("b65-cpanel-gmail-low-reputation-domain.eml", "cp", "glazierl", "lindqvist-glazing.example",
     "Lindqvist Glazing", "invoice", "Deposit invoice", [
         R("t.armitage.builds@gmail.com", "badreputation", remote=GM[0], ip=GM[1], stage="end of data",
           reply=gsmtp("550", "5.7.1", "This message is likely suspicious due to the very low reputation of the "
                       "sending domain. To best protect our users from spam, the message has been blocked. For more "
                       "information, go to https://support.google.com/mail/answer/188131",
                       "4fb4d7f45d1cf-5d0c2a1b3e8si2285101a12.611"))],
     visitor="t.armitage.builds@gmail.com", visitor_name="Tom Armitage")

case("b65-cpanel-gmail-inbox-out-of-storage.eml", "cp3", "pottersw", "potters-wheel-studio.example",
     "Potters Wheel Studio", "receipt", "Open studio pass (10 visits)", [
         R("gwen.pryce.cardiff@gmail.com", "mailboxfull", remote=GM[0], ip=GM[1], stage="end of data",
           reply=gsmtp("552", "5.2.2", "The recipient's inbox is out of storage space. Please direct the "
                       "recipient to https://support.google.com/mail/?p=OverQuotaPerm",
                       "5b1f17b1804b1-434a1b2c3d4si2279415e9.95"))],
     visitor="gwen.pryce.cardiff@gmail.com", visitor_name="Gwen Pryce")

case("b65-cpanel-two-staff-unknown-and-full.eml", "cp2", "cedarcab", "cedar-cabins.example", "Cedar Cabins",
     "order", "Firewood bundle add-on", [
         R("frontdesk@cedar-cabins-mail.example", "userunknown", remote="mail.cedar-cabins-mail.example",
           ip="198.51.100.90", reply="550 5.1.1 <frontdesk@cedar-cabins-mail.example>: Recipient address rejected: "
                                     "User unknown in virtual mailbox table"),
         R("owner@cedar-cabins-mail.example", "mailboxfull", remote="mail.cedar-cabins-mail.example",
           ip="198.51.100.90", reply="552 5.2.2 <owner@cedar-cabins-mail.example>: Recipient address rejected: "
                                     "Mailbox quota exceeded")])

# ================================================================ DirectAdmin Exim

case("b65-da-daily-sending-limit.eml", "da", "webshop", "kerzen-manufaktur.example", "Kerzen Manufaktur",
     "receipt", "Bienenwachskerzen Set", [
         R("u.lehmann@web.de", "ratelimited", raw="You (webshop) have reached your daily sending limit of 300 "
           "messages; further mail is refused until midnight")],
     visitor="u.lehmann@web.de", visitor_name="Ute Lehmann")

case("b65-da-gmx-mailbox-unavailable-unknown.eml", "da", "webshop", "kerzen-manufaktur.example",
     "Kerzen Manufaktur", "receipt", "Adventskranz Kerzen rot", [
         R("gisela.r@gmx.net", "userunknown", remote=GMX[0], ip=GMX[1], hard=True,
           reply="550-Requested action not taken: mailbox unavailable\n550 User unknown")],
     visitor="gisela.r@gmx.net", visitor_name="Gisela Roth")

case("b65-da-gmx-nemesis-bad-ptr.eml", "da", "praxisdr", "physio-am-markt.example", "Physio am Markt",
     "booking", "Krankengymnastik, Ersttermin", [
         R("b.yilmaz@gmx.de", "requireptr", remote=GMX[0], ip=GMX[1], stage="initial connection",
           reply="554-gmx.net (mxgmx017) Nemesis ESMTP Service not available\n554-No SMTP service\n"
                 "554-Bad DNS PTR resource record.\n554 For explanation visit "
                 "https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=192.0.2.55&r=1MxAbC-1tQ")],
     visitor="b.yilmaz@gmx.de", visitor_name="Burak Yilmaz")

case("b65-da-webde-spf-not-allowed-host.eml", "da", "praxisdr", "physio-am-markt.example", "Physio am Markt",
     "contact", "Rezept fuer Lymphdrainage", [
         R("praxis.am.markt@web.de", "authfailure", remote=WEBDE[0], ip=WEBDE[1], stage="MAIL FROM:<praxisdr@da12.tinyhost.example>",
           reply="550 5.7.1 SPF: 192.0.2.55 is not allowed to send mail from da12.tinyhost.example")],
     forged=True, visitor="k.schulz@t-online.de", visitor_name="Klaus Schulz")

case("b65-da-dovecot-quota-local.eml", "da", "webshop", "kerzen-manufaktur.example", "Kerzen Manufaktur",
     "order", "Teelichter 100 Stueck", [
         R("bestellung@kerzen-manufaktur.example", "mailboxfull",
           raw="save failed to INBOX: Quota exceeded (mailbox for user is full)")])

# ================================================================ Plesk qmail

case("b65-plesk-qmail-zimbra-virtual-table.eml", "plq", "", "kanzlei-weber.example", "Kanzlei Weber",
     "contact", "Beratungstermin Mietrecht", [
         R("sekretariat@weber-partner.example", "userunknown", remote="zimbra.weber-partner.example", ip="198.51.100.121",
           reply="550 5.1.1 <sekretariat@weber-partner.example>: Recipient address rejected: User unknown in virtual "
                 "mailbox table")])

case("b65-plesk-qmail-outgoing-limit-domain.eml", "plq", "", "hofladen-sommer.example", "Hofladen Sommer",
     "order", "Gemuesekiste gross", [
         R("m.sommer@hofladen-sommer.example", "ratelimited",
           raw="This message was not sent: the outgoing mail limit of the domain hofladen-sommer.example\n"
               "(100 messages per hour) has been exceeded. Plesk outgoing mail control.")])

case("b65-plesk-qmail-yahoo-unauthenticated.eml", "plq", "", "kanzlei-weber.example", "Kanzlei Weber",
     "contact", "Frage zur Erstberatung", [
         R("weber.kanzlei@yahoo.de", "authfailure", remote=YH[0], ip=YH[1], stage="DATA",
           reply="550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all "
                 "senders to authenticate with either SPF or DKIM.")],
     forged=True, visitor="j.albers@gmail.com", visitor_name="Jan Albers")

case("b65-plesk-qmail-no-host-named.eml", "plq", "", "hofladen-sommer.example", "Hofladen Sommer",
     "receipt", "Eier 30 Stueck", [
         R("f.kaiser@gmxx.example", "hostunknown", hard=True, status="5.1.2",
           raw="Sorry, I couldn't find any host named gmxx.example. (#5.1.2)")],
     visitor="f.kaiser@gmxx.example", visitor_name="Frank Kaiser")

case("b65-plesk-qmail-isp-mailbox-disabled.eml", "plq", "", "hofladen-sommer.example", "Hofladen Sommer",
     "receipt", "Apfelsaft 6er", [
         R("e.wolf@telekabel-sued.example", "suspend", remote="mx.telekabel-sued.example", ip="203.0.113.77",
           reply="550 5.2.1 <e.wolf@telekabel-sued.example>: mailbox disabled, not accepting messages")],
     visitor="e.wolf@telekabel-sued.example", visitor_name="Elke Wolf")

# ================================================================ Plesk Postfix

case("b65-plesk-postfix-sender-undeliverable-address.eml", "plp", "", "zahnarzt-kruse.example",
     "Zahnarztpraxis Kruse", "booking", "Prophylaxe", [
         R("r.kruse@praxisnetz-ost.example", "rejected", remote="mx.praxisnetz-ost.example", ip="198.51.100.140",
           reply="550 5.1.7 <zahnarzt@plesk7.netcastle-hosting.example>: Sender address rejected: undeliverable "
                 "address: host plesk7.netcastle-hosting.example[192.0.2.70] said: 550 5.1.1 "
                 "<zahnarzt@plesk7.netcastle-hosting.example>: Recipient address rejected: User unknown",
           stage="RCPT TO")])

case("b65-plesk-postfix-outlook-spf-violation-523.eml", "plp", "", "zahnarzt-kruse.example",
     "Zahnarztpraxis Kruse", "contact", "Schmerzen seit gestern", [
         R("zahnarzt.kruse@outlook.de", "authfailure", remote="outlook-de.olc.protection.outlook.com", ip="198.51.100.161",
           reply="550 5.7.23 The message was rejected because of Sender Policy Framework violation", stage="END-OF-MESSAGE")],
     forged=True, visitor="lisa.koenig@gmx.de", visitor_name="Lisa Koenig")

case("b65-plesk-postfix-zimbra-over-quota-delay.eml", "plp", "", "zahnarzt-kruse.example", "Zahnarztpraxis Kruse",
     "contact", "Rueckruf erbeten", [
         R("empfang@kruse-dental.example", "mailboxfull", remote="zimbra.kruse-dental.example", ip="198.51.100.142",
           reply="452 4.2.2 <empfang@kruse-dental.example>: Recipient address rejected: Mailbox over quota",
           action="delayed")],
     delay=True)

case("b65-plesk-postfix-delay-dns-try-again.eml", "plp", "", "fahrschule-lenz.example", "Fahrschule Lenz",
     "booking", "Theorieunterricht Klasse B", [
         R("anmeldung@fahrschule-lenz-online.example", "networkerror", status="4.4.3", action="delayed",
           raw="Host or domain name not found. Name service error for name=fahrschule-lenz-online.example type=MX: "
               "Host not found, try again")],
     delay=True)

case("b65-plesk-postfix-null-mx-does-not-accept.eml", "plp", "", "fahrschule-lenz.example", "Fahrschule Lenz",
     "receipt", "Grundgebuehr", [
         R("t.meier@altdomain-meier.example", "notaccept", hard=True, status="5.1.10",
           raw="Domain altdomain-meier.example does not accept mail (nullMX)")],
     visitor="t.meier@altdomain-meier.example", visitor_name="Tim Meier")

case("b65-plesk-postfix-barracuda-reputation-block.eml", "plp", "", "fahrschule-lenz.example", "Fahrschule Lenz",
     "contact", "Intensivkurs in den Ferien", [
         R("info@autohaus-brenner.example", "blocked", remote="d123456a.ess.barracudanetworks.com", ip="203.0.113.201",
           reply="554 Service unavailable; Client host [192.0.2.70] blocked using Barracuda Reputation; "
                 "http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.70", stage="RCPT TO")])

case("b65-plesk-postfix-two-unknown-and-moved.eml", "plp", "", "zahnarzt-kruse.example", "Zahnarztpraxis Kruse",
     "order", "Zahnbuersten-Set", [
         R("buchhaltung@kruse-dental.example", "userunknown", remote="zimbra.kruse-dental.example", ip="198.51.100.142",
           reply="550 5.1.1 <buchhaltung@kruse-dental.example>: Recipient address rejected: User unknown in virtual "
                 "mailbox table"),
         R("dr.kruse@kruse-dental.example", "hasmoved", remote="zimbra.kruse-dental.example", ip="198.51.100.142",
           reply="551 5.1.6 <dr.kruse@kruse-dental.example>: Recipient address rejected: user has moved to "
                 "<praxis@zahnarzt-kruse.example>")])

# ================================================================ MailEnable

case("b65-mailenable-isp-local-recipient-table.eml", "me", "", "bayview-florist.example", "Bayview Florist",
     "receipt", "Mixed bouquet, same-day delivery", [
         R("carol.ng@coastnet-isp.example", "userunknown", remote="mx.coastnet-isp.example", ip="203.0.113.88",
           reply="550 5.1.1 <carol.ng@coastnet-isp.example>: Recipient address rejected: User unknown in local "
                 "recipient table")],
     visitor="carol.ng@coastnet-isp.example", visitor_name="Carol Ng")

case("b65-mailenable-unable-to-relay.eml", "me", "", "bayview-florist.example", "Bayview Florist",
     "contact", "Wedding flowers enquiry", [
         R("events@bayview-weddings.example", "norelaying", remote="mail.bayview-weddings.example", ip="198.51.100.44",
           reply="550 5.7.1 Unable to relay for events@bayview-weddings.example")])

case("b65-mailenable-size-fixed-limit.eml", "me", "", "bayview-florist.example", "Bayview Florist",
     "invoice", "Corporate standing order, November", [
         R("accounts@harbourside-hotel.example", "emailtoolarge", remote="mx.harbourside-hotel.example",
           ip="198.51.100.47", reply="552 5.3.4 Message size exceeds fixed limit")])

# ================================================================ Windows IIS SMTP service

case("b65-iis-smtp-gmail-unauthenticated-5726.eml", "iis", "", "tilers-and-co.example", "Tilers & Co",
     "contact", "Bathroom retiling estimate", [
         R("tilersandco@gmail.com", "authfailure", remote=GM[0], status="5.7.26",
           reply="550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all "
                 "senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF "
                 "[tilers-and-co.example] with ip: [192.0.2.90] = did not pass")])

case("b65-iis-smtp-smarthost-not-authenticated.eml", "iis", "", "tilers-and-co.example", "Tilers & Co",
     "receipt", "Grout sample pack", [
         R("ian.fraser@example.org", "securityerror", remote="smtp.office365.com", status="5.7.57",
           reply="530 5.7.57 Client not authenticated to send mail. "
                 "[LO4P265CA0031.GBRP265.PROD.OUTLOOK.COM 2026-11-24T14:22:01.009Z 08DD0BA1F3C2B7A6]")],
     visitor="ian.fraser@example.org", visitor_name="Ian Fraser")

case("b65-iis-smtp-isp-mailbox-full.eml", "iis", "", "tilers-and-co.example", "Tilers & Co",
     "receipt", "Anti-slip sealant", [
         R("bob.price@coastnet-isp.example", "mailboxfull", remote="mx.coastnet-isp.example", status="5.2.2",
           reply="552 5.2.2 <bob.price@coastnet-isp.example>: user has exhausted allowed storage space")],
     visitor="bob.price@coastnet-isp.example", visitor_name="Bob Price")

# ================================================================ Exchange 2010 at the business

case("b65-exch2010-recipnotfound-leaver.eml", "exch", "", "northgate-joinery.example", "Northgate Joinery",
     "contact", "Oak staircase quote", [
         R("dave.holt@northgate-joinery.example", "userunknown", gen="",
           reply="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
           human="The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
                 "and try to resend the message.")],
     host="EXCH01.northgate-joinery.example", org="northgate-joinery.example")

case("b65-exch2010-remote-content-filter-spam.eml", "exch", "", "northgate-joinery.example", "Northgate Joinery",
     "order", "Bespoke bookcase", [
         R("purchasing@stonebridge-estates.example", "spamdetected", remote="mail.stonebridge-estates.example",
           gen="mail.stonebridge-estates.example", reply="554 5.7.1 Message rejected as spam by Content Filtering.",
           human="The recipient's e-mail system rejected your message.")],
     host="EXCH01.northgate-joinery.example", org="northgate-joinery.example")

case("b65-exch2010-queue-expired-447.eml", "exchplain", "", "northgate-joinery.example", "Northgate Joinery",
     "contact", "Window frame repair", [
         R("m.gallagher@rivermead-lettings.example", "expired", reply="550 4.4.7 QUEUE.Expired; message expired")],
     host="EXCH01.northgate-joinery.example", org="northgate-joinery.example")

case("b65-exch2010-nonexistent-domain-544.eml", "exchplain", "", "northgate-joinery.example", "Northgate Joinery",
     "receipt", "Sample door finishes", [
         R("j.orr@btinternett.example", "hostunknown", hard=True,
           reply="554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain")],
     host="EXCH01.northgate-joinery.example", org="northgate-joinery.example",
     visitor="j.orr@btinternett.example", visitor_name="Jamie Orr")

# ================================================================ hMailServer at a small firm

case("b65-hmail-tonline-problem-occurred-ip.eml", "hm", "", "malerbetrieb-vogt.example", "Malerbetrieb Vogt",
     "contact", "Angebot Fassadenanstrich", [
         R("r.vogt.privat@t-online.de", "blocked", ip="194.25.134.8", stage="MAIL FROM:<wordpress@malerbetrieb-vogt.example>",
           reply="554 IP=192.0.2.88 - A problem occurred. (Ask your postmaster for help or to contact "
                 "tosa@rx.t-online.de to clarify.)")],
     org="malerbetrieb-vogt.example")

case("b65-hmail-gmx-message-size-permitted.eml", "hm", "", "malerbetrieb-vogt.example", "Malerbetrieb Vogt",
     "invoice", "Rechnung 2026-118 mit Fotodokumentation", [
         R("s.berger@gmx.de", "emailtoolarge", ip=GMX[1], stage="DATA",
           reply="552 5.3.4 Message size exceeds maximum permitted")],
     org="malerbetrieb-vogt.example", visitor="s.berger@gmx.de", visitor_name="Sabine Berger")

case("b65-hmail-no-route-dns-local.eml", "hm", "", "malerbetrieb-vogt.example", "Malerbetrieb Vogt",
     "receipt", "Terminbestaetigung Besichtigung", [
         R("h.nowak@freenet-mail.example", "hostunknown", hard=True,
           raw="hMailServer: the DNS server reports that no such domain exists (no MX, no A record); "
               "delivery abandoned")],
     org="malerbetrieb-vogt.example", visitor="h.nowak@freenet-mail.example", visitor_name="Hanna Nowak")

# ================================================================ SmarterMail

case("b65-smartermail-outlook-spamhaus-as3130.eml", "sm", "", "oakhill-vets.example", "Oakhill Vets",
     "booking", "Vaccination appointment for Biscuit", [
         R("jenny.moss@outlook.com", "blocked", remote=OL[0], ip=OL[1],
           reply="550 5.7.1 Service unavailable, Client host [192.0.2.120] blocked using Spamhaus. To request removal "
                 "from this list see https://www.spamhaus.org/query/ip/192.0.2.120 (AS3130). "
                 "[AM3PEPF0000A78E.eurprd04.prod.outlook.com 2026-11-24T15:01:33.201Z 08DD0BA7C4E1F923]")],
     visitor="jenny.moss@outlook.com", visitor_name="Jenny Moss")

case("b65-smartermail-delay-too-many-connections.eml", "sm", "", "oakhill-vets.example", "Oakhill Vets",
     "booking", "Dental check for two cats", [
         R("nora.h@comcast.net", "ratelimited", remote="mx1.comcast.net", ip="203.0.113.130", action="delayed",
           reply="421 4.7.0 Too many connections from 192.0.2.120, please try again later")],
     delay=True, visitor="nora.h@comcast.net", visitor_name="Nora Hughes")

case("b65-smartermail-virus-zip-attachment.eml", "sm", "", "oakhill-vets.example", "Oakhill Vets",
     "invoice", "Invoice for consultation", [
         R("accounts@petinsure-direct.example", "virusdetected", remote="mx.petinsure-direct.example",
           ip="198.51.100.150", reply="554 5.7.1 Message rejected: virus Trojan.Downloader.JS.Agent found in "
                                     "attachment invoice_4471.zip")])

# ================================================================ Kerio Connect

case("b65-kerio-site-sender-domain-not-found.eml", "ke", "", "bergcafe-alpina.example", "Bergcafe Alpina",
     "booking", "Tischreservierung 6 Personen", [
         R("reservierung@alpina-gastro.example", "rejected", remote="mail.alpina-gastro.example", ip="198.51.100.170",
           reply="553 5.1.8 <wordpress@bergcafe-alpina.example>: Sender address rejected: Domain not found")])

case("b65-kerio-user-moved-try.eml", "ke", "", "bergcafe-alpina.example", "Bergcafe Alpina",
     "contact", "Firmenfeier im Dezember", [
         R("chef@alpina-gastro.example", "hasmoved", remote="mail.alpina-gastro.example", ip="198.51.100.170",
           reply="551 5.1.6 User not local; please try <k.huber@alpina-gastro.example>")])

# ================================================================ IceWarp

case("b65-icewarp-uribl-listed-link.eml", "iw", "", "amber-tours.example", "Amber Tours",
     "contact", "Tour to the Curonian Spit", [
         R("sales@baltic-coach.example", "spamdetected", remote="mx.baltic-coach.example", ip="198.51.100.180",
           reply="554 5.7.1 Rejected: message contains a URL listed on multi.uribl.com")])

case("b65-icewarp-insufficient-system-storage-delay.eml", "iw", "", "amber-tours.example", "Amber Tours",
     "booking", "Old Town walking tour", [
         R("guide.office@vilnius-guides.example", "systemfull", remote="mail.vilnius-guides.example",
           ip="198.51.100.185", action="delayed", reply="452 4.3.1 Insufficient system storage")],
     delay=True)

case("b65-icewarp-outlook-dmarc-forged-hotmail.eml", "iw", "", "amber-tours.example", "Amber Tours",
     "contact", "Group discount question", [
         R("amber.tours.lt@outlook.com", "authfailure", remote=OL[0], ip=OL[1], stage="DATA",
           reply="550 5.7.509 Access denied, sending domain HOTMAIL.COM does not pass DMARC verification and has a "
                 "DMARC policy of reject.")],
     forged=True, visitor="egle.p@hotmail.com", visitor_name="Egle Petraitis")

# ================================================================ build the bounces

import re  # noqa: E402



def build(c, i):
    hostname, fmt, sw = HOSTS.get(c["hostkey"], (None, c["hostkey"], ""))
    host = c["host"] or hostname
    fmt = c["fmt"] or fmt
    site = c["site"]
    if fmt == "exim":
        web = f"{c['web_local']}@{host}"
    elif fmt in ("qmail", "postfix"):
        web = f"{site.split('.')[0].replace('-', '')[:8]}@{host}"
    else:
        web = f"wordpress@{site}"
    day, hour = 10 + i % 18, 7 + i % 12
    tz = ["+0000", "+0100", "-0500", "+0200"][i % 4]
    odate = dt(2026, 11, day, hour, (i * 7) % 60, (i * 13) % 60, tz)
    later = dt(2026, 11, day + (1 if c["delay"] in (24,) else 0), hour + (0 if c["delay"] in (24,) else 1),
               (i * 7 + 3) % 60, (i * 11) % 60, tz)
    if c["name"] == "b65-cpanel-hosts-failing-long-time.eml" or c["name"] == "b65-exch2010-queue-expired-447.eml":
        later = dt(2026, 11, day + 4, hour, (i * 7 + 3) % 60, (i * 11) % 60, tz)
    rcpt0 = c["rcpts"][0]["addr"]
    h, body = returned(c["name"], web=web, host=host if fmt == "exim" else (hostname or host), site=site,
                       site_name=c["site_name"], kind=c["kind"], rcpt=rcpt0, topic=c["topic"], odate=odate,
                       visitor=c["visitor"], visitor_name=c["visitor_name"], forged=c["forged"], fmt=fmt)
    for r in c["rcpts"]:
        m = re.search(r"\b([245]\.\d{1,3}\.\d{1,3})\b", r["reply"])
        if not r["status"] and m:
            r["status"] = m.group(1)
        if not r["code"] and re.match(r"\d{3}", r["reply"]):
            r["code"] = r["reply"][:3]
        if r["hard"] is None:
            r["hard"] = (r["reason"] in ("userunknown", "hostunknown", "hasmoved", "notaccept")
                         and (r["status"] or r["code"] or "5").startswith("5"))
    cc = dict(host=host, date=later, odate=odate, web=web, orig=(h, body), rcpts=c["rcpts"], delay=c["delay"],
              org=c["org"] or site, sw=sw or "Exim 4.97.1")
    text = FMT[fmt](c["name"], cc)
    write(OUT, c["name"], text)
    for r in c["rcpts"]:
        st = r["status"]
        action = r.get("action", "delayed" if c["delay"] else "failed")
        expect(c["name"], r["addr"], r["reason"], hard=r["hard"] and action == "failed", status=st, reply=r["code"],
               action=action, vendor=fmt)


for i, c in enumerate(CASES):
    build(c, i)


# ================================================================ near-misses: ordinary mail around a website

def nb(name, *, frm, to, subject, date, host, text, extra=(), sw="Exim 4.97.1", auto_gen=True, charset="us-ascii",
       cte=None, html=None):
    hop = (f"Received: from localhost ([127.0.0.1] helo={host})\n\tby {host} with esmtpa ({sw})\n"
           f"\tid {exim_id(name)}\n\tfor {to.split('<')[-1].rstrip('>')}; {date}")
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>\n" + hop, ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto_gen:
        heads.append(("Auto-Submitted", "auto-generated"))
    if html is not None:
        body = multipart("alternative", [text_part(text, charset, cte), text_part(html, charset, cte, "html")],
                         boundary(name))
    else:
        body = text_part(text, charset, cte)
    write(NB, name, mail(heads, body))


nb("nb-cpanel-disk-quota-warning-91.eml", frm="cPanel on cp214.harbourhost.example <cpanel@cp214.harbourhost.example>",
   to="harbourb@cp214.harbourhost.example", subject="[cp214.harbourhost.example] Disk Usage Warning: The user "
   "\"harbourb\" is using 91.2% of the allocated disk quota.", date=dt(2026, 11, 21, 3, 14, 9, "+0000"),
   host="cp214.harbourhost.example", sw="Exim 4.97.1", text="""The cPanel account "harbourb" is approaching its disk quota.

  Domain:          harbour-bikes.example
  Used:            4.56 GB
  Quota:           5 GB (91.2%)

Mail, web files and databases all count towards the quota. When the
account reaches its quota, new uploads and some site functions may stop
working. To free up space, remove old backups in /home/harbourb or old
messages from mailboxes you no longer use, or ask us about a larger plan.

You can disable these notices in cPanel under Contact Information.

Do not reply to this automated message.
""")

nb("nb-hosting-abuse-warning-contact-form.eml", frm="Harbourhost Abuse Desk <abuse@harbourhost.example>",
   to="owner@sunnyside-bakery.example", subject="[Ticket #AB-204781] Outgoing spam from your account sunnysid - "
   "action required within 48 hours", date=dt(2026, 11, 22, 10, 2, 41, "+0000"), host="desk.harbourhost.example",
   auto_gen=False, sw="Exim 4.96.2", text="""Hello,

Our monitoring saw 1,842 messages sent in the last 6 hours from your
website sunnyside-bakery.example (account sunnysid on
server.sunnyside-hosting.example). They were sent by the script
/wp-content/plugins/contact-form-7/includes/mail.php and most went to
addresses that do not belong to your customers.

This usually means spammers use your contact form to send mail to third
parties (the form's "send a copy to yourself" option). Please:

  1. add a CAPTCHA or Akismet to the form,
  2. turn off the copy-to-sender option,
  3. reply to this ticket when done.

If the sending does not stop within 48 hours we will have to suspend the
account's outgoing mail to protect the server's other customers. Your
website itself stays online.

Kind regards,
Marta
Harbourhost Abuse Desk
""")

nb("nb-wordpress-plugin-auto-update-failed.eml", frm="WordPress <wordpress@cedar-cabins.example>",
   to="bookings@cedar-cabins.example", subject="[Cedar Cabins] Some plugins have failed to update on your site",
   date=dt(2026, 11, 19, 4, 12, 0, "+0000"), host="server.sunnyside-hosting.example", auto_gen=False,
   extra=[("X-PHP-Script", "www.cedar-cabins.example/wp-cron.php for 192.0.2.41"),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""Howdy! Some plugins have failed to update on your site at
https://www.cedar-cabins.example. Please log in and update them manually.

These plugins failed to update:
- WP Booking Calendar (from version 10.6.2 to 10.6.4)

These plugins are now up to date:
- Yoast SEO (from version 23.8 to 23.9)
- Akismet Anti-spam (from version 5.3.4 to 5.3.5)

If you experience any issues or need support, the volunteers in the
WordPress.org support forums may be able to help.
https://wordpress.org/support/forums/

The WordPress Team
""")

nb("nb-wordpress-admin-email-confirm.eml", frm="WordPress <wordpress@potters-wheel-studio.example>",
   to="studio.owner.new@example.net", subject="[Potters Wheel Studio] Admin Email Change Request",
   date=dt(2026, 11, 17, 16, 40, 22, "+0000"), host="s3109.uk-webspace.example", auto_gen=False,
   extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""Howdy pottersadmin,

Someone with administrator capabilities recently requested to have the
administration email address changed on this site:
https://www.potters-wheel-studio.example

To confirm this change, please click on the following link:
https://www.potters-wheel-studio.example/wp-admin/options.php?adminhash=4f1c0b7e2d&nonce=a81b5e

You can safely ignore and delete this email if you do not want to
take this action.

This email has been sent to studio.owner.new@example.net

Regards,
All at Potters Wheel Studio
https://www.potters-wheel-studio.example
""")

nb("nb-woocommerce-new-order-admin.eml", frm="Kerzen Manufaktur <wordpress@kerzen-manufaktur.example>",
   to="bestellung@kerzen-manufaktur.example", subject="[Kerzen Manufaktur]: New order #3318",
   date=dt(2026, 11, 20, 19, 2, 55, "+0100"), host="da12.tinyhost.example", auto_gen=False,
   extra=[("Reply-To", "Ute Lehmann <u.lehmann@web.de>"),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""You've received the following order from Ute Lehmann:

[Order #3318] (20. November 2026)

Product                         Quantity   Price
Bienenwachskerzen Set (6)       2          39,80 EUR
Adventskranz Kerzen rot         1          14,90 EUR

Subtotal:        54,70 EUR
Shipping:        4,90 EUR via DHL Paket
Payment method:  PayPal
Total:           59,60 EUR

Billing address
Ute Lehmann
Lindenstrasse 4
12345 Musterstadt
u.lehmann@web.de

Congratulations on the sale.
Process your orders on the go. Get the app.
""")

nb("nb-woocommerce-order-failed-payment.eml", frm="Harbour Bikes <wordpress@harbour-bikes.example>",
   to="shop@harbour-bikes.example", subject="[Harbour Bikes]: Order #5127 has failed",
   date=dt(2026, 11, 23, 12, 31, 7, "+0000"), host="cp214.harbourhost.example", auto_gen=False,
   extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""Payment for order #5127 from Mike Okafor has failed. The order was as follows:

[Order #5127] (23 November 2026)

Product                   Quantity   Price
Tubeless tyre fitting     1          35.00 GBP

Subtotal:        35.00 GBP
Payment method:  Credit / Debit card (Stripe)

Stripe: card declined (insufficient funds). The customer was shown the
error and may try again.

Billing address
Mike Okafor
m.okafor@kabelnet-nord.example
""")

nb("nb-customer-reply-changed-address.eml", frm="Dina Ferreira <d.ferreira@kabelnet-nord.example>",
   to="Sunnyside Bakery <hello@sunnyside-bakery.example>", subject="Re: Your Sunnyside Bakery order has been received!",
   date=dt(2026, 11, 24, 18, 5, 40, "+0000"), host="mx1.kabelnet-nord.example", auto_gen=False, sw="Exim 4.96",
   extra=[("In-Reply-To", "<2c9f31d0a1b7e6f4@www.sunnyside-bakery.example>"),
          ("User-Agent", "Mozilla Thunderbird 128.4.0")],
   text="""Hi,

thanks, the cake was lovely! One thing: my old address at the library
does not work any more, it keeps coming back to you I think. Please use
this one (d.ferreira@kabelnet-nord.example) for the next order, and
remove the old one from your list.

Dina

On 24/11/2026 09:12, Sunnyside Bakery wrote:
> Hi dina,
>
> Just to let you know, we've received your order #4410, and it is now
> being processed:
>
> Birthday cake, chocolate  x1  45.00
""")

nb("nb-contact-form-spam-seo-offer.eml", frm="Lindqvist Glazing <wordpress@lindqvist-glazing.example>",
   to="lindqvist.glazing@outlook.com", subject="[lindqvist-glazing.example] Contact form: Your website is not "
   "on page 1 of Google", date=dt(2026, 11, 18, 2, 47, 13, "+0000"), host="cp214.harbourhost.example",
   auto_gen=False, extra=[("Reply-To", "Mark Davis <mark.seo.expert@example.com>"),
                          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""Name: Mark Davis
Email: mark.seo.expert@example.com
Phone: +1 555 0100 442

Message:
Hi, I was checking your website lindqvist-glazing.example and noticed it
is not ranking for important keywords. We can get you on page 1 of
Google in 30 days, guaranteed. Reply with "YES" for a free audit.

--
This e-mail was sent from a contact form on Lindqvist Glazing (https://www.lindqvist-glazing.example)
""")

nb("nb-contact-form-spam-fake-delivery-notice.eml", frm="Cedar Cabins <wordpress@cedar-cabins.example>",
   to="cedarcabins.bookings@gmail.com", subject="[cedar-cabins.example] Contact form: Important: undelivered "
   "messages for your domain", date=dt(2026, 11, 20, 5, 3, 37, "+0000"), host="server.sunnyside-hosting.example",
   auto_gen=False, extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
   text="""Name: Mail Administrator
Email: admin@cedar-cabins.example
Phone: 0000000

Message:
Dear user, 7 incoming messages for cedar-cabins.example are pending
because your mailbox needs to be verified. Release your messages here:
https://cedar-cabins-example.webmail-verify.example/release?id=7 or they
will be deleted in 24 hours.

--
This e-mail was sent from a contact form on Cedar Cabins (https://www.cedar-cabins.example)
""")

nb("nb-plesk-mailbox-size-warning.eml", frm="Plesk <plesk@plesk7.netcastle-hosting.example>",
   to="empfang@zahnarzt-kruse.example", subject="Mailbox empfang@zahnarzt-kruse.example: 88% of the size limit "
   "used", date=dt(2026, 11, 16, 6, 0, 4, "+0100"), host="plesk7.netcastle-hosting.example", sw="Postfix",
   text="""Hello,

this is an automatic notice from Plesk on plesk7.netcastle-hosting.example.

The mailbox empfang@zahnarzt-kruse.example uses 1.76 GB of its 2 GB
limit (88%). Messages continue to arrive normally. To keep it that way,
delete old messages, empty the Trash folder, or ask your provider to
raise the limit in Mail > Mail Settings.

Plesk Obsidian 18.0.65
""")

nb("nb-wp-mail-smtp-weekly-summary.eml", frm="WP Mail SMTP <wordpress@tilers-and-co.example>",
   to="office@tilers-and-co.example", subject="Your Weekly WP Mail SMTP Summary for tilers-and-co.example",
   date=dt(2026, 11, 23, 8, 0, 1, "+0000"), host="WEB04.winhost-shared.example", auto_gen=False,
   extra=[("X-Mailer", "WPMailSMTP/Mailer/smtp 4.2.0")],
   text="""Hi there,

Let's see how many emails you've sent with WP Mail SMTP.

Total Emails     Sent     Failed
     214         211         3

Last week: 198 sent, 0 failed.

Open the Email Log to see which messages failed and why:
https://www.tilers-and-co.example/wp-admin/admin.php?page=wp-mail-smtp-logs

This email was auto-generated and sent from tilers-and-co.example.
Learn how to disable it in the plugin settings.
""")

nb("nb-hosting-renewal-domain-expiring.eml", frm="Tinyhost Billing <billing@tinyhost.example>",
   to="info@physio-am-markt.example", subject="Ihre Domain physio-am-markt.example laeuft in 14 Tagen ab",
   date=dt(2026, 11, 15, 9, 30, 0, "+0100"), host="billing.tinyhost.example", sw="Exim 4.98",
   charset="iso-8859-1", cte="quoted-printable",
   text="""Guten Tag,

Ihre Domain physio-am-markt.example und das Hosting-Paket "Web S" laufen
am 29.11.2026 ab. Bitte verlängern Sie rechtzeitig, damit Webseite und
E-Mail-Postfächer weiter funktionieren.

Rechnungsbetrag: 59,88 EUR (12 Monate)
Jetzt verlängern: https://kunden.tinyhost.example/rechnung/2026-88412

Wenn Sie bereits bezahlt haben, ist diese Nachricht gegenstandslos.

Mit freundlichen Grüßen
Ihr Tinyhost-Team
""")

write_expected(os.path.join(OUT, "expected.jsonl"))
