#!/usr/bin/env python3
"""Writes testdata/unseen/batch-31: one night of a B2B sender's bounces from
small companies' hosted mail at the big hosters (GoDaddy/secureserver.net,
Namecheap Private Email, Zoho Mail, OVHcloud, Gandi, Rackspace, Hostinger,
Bluehost/HostGator cPanel, Yandex 360, Fastmail, Proton Mail, Tuta, iCloud
custom domains, Google Workspace and Microsoft 365 small tenants, Amazon
WorkMail), ordinary near-miss messages in not-bounce/, and expected.jsonl.

The bounces come from four senders' systems (a Postfix relay, a HostGator
cPanel Exim box, a Google Workspace tenant, a Microsoft 365 tenant) quoting
the hosters' replies, and from the hosters' own after-acceptance notices.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch31.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, delivery_status, dt, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def code_of(diag):
    parts = diag.replace("-", " ").split()
    reply = parts[0] if parts and parts[0].isdigit() and len(parts[0]) == 3 else ""
    status = ""
    for p in parts[1:3]:
        p = p.strip("#()")
        if p.count(".") == 2 and p[0] in "245" and all(x.isdigit() for x in p.split(".")):
            status = p
            break
    return reply, status


# Each recipient: dict(addr, host, ip, diag, reason, hard, status, stage, action)
# ---------------------------------------------------------------- Postfix relay of northwind-supply.example

PF_HOST = "mta1.northwind-supply.example"
PF_SENDER = "orders@northwind-supply.example"

PF_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

PF_DELAY_HEAD = """This is the mail system at host {host}.

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


def pf(name, rcpts, subj, when, delayed=False, vendor=""):
    date = dt(2026, 12, 2, *when, "+0000")
    lines, recips = [], []
    for r in rcpts:
        if r.get("local"):
            lines.append(f"<{r['addr']}>: {r['local']}")
            diag = None
        else:
            stage = r.get("stage", "RCPT TO")
            if stage == "greeting":
                lines.append(f"<{r['addr']}>: host {r['host']}[{r['ip']}] refused to talk to me: {r['diag']}")
            else:
                lines.append(f"<{r['addr']}>: host {r['host']}[{r['ip']}] said: {r['diag']} (in reply to {stage} command)")
            diag = r["diag"]
        d = {"final": r["addr"], "original": r["addr"], "action": "delayed" if delayed else "failed",
             "status": r["status"]}
        if diag:
            d["remote"] = r["host"]
            d["diag"] = diag
        else:
            d["diag"] = "X-Postfix; " + r["local"]
        if delayed:
            d["will_retry"] = dt(2026, 12, 6, *when, "+0000")
        recips.append(d)
        reply = code_of(diag)[0] if diag else ""
        expect(name, r["addr"], r["reason"], r.get("hard", False), r["status"], reply,
               "delayed" if delayed else "failed", r.get("vendor", vendor))
    text = (PF_DELAY_HEAD if delayed else PF_HEAD).format(host=PF_HOST) + "\n\n".join(lines) + "\n"
    bnd = boundary(name)
    parts = [text_part(text), delivery_status(PF_HOST, recips, dt(2026, 12, 1, 22, 4, 11, "+0000") if delayed else dt(2026, 12, 2, when[0], max(when[1] - 1, 0), 2, "+0000")),
             part("text/rfc822-headers", orig_headers(PF_SENDER, ", ".join(r["addr"] for r in rcpts), subj,
                                                      dt(2026, 12, 1, 22, 4, 9, "+0000"), mid(name + "o", "northwind-supply.example")), cte=None)]
    qi = qid(name, 10)
    heads = ["Return-Path: <>\n" + received([("localhost", "127.0.0.1", PF_HOST, "Postfix", qi, date)]),
             ("Date", date), ("From", f"MAILER-DAEMON@{PF_HOST} (Mail Delivery System)"), ("To", PF_SENDER),
             ("Subject", "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"),
             ("Message-ID", f"<20261202{qi}.{qi[:5]}@{PF_HOST}>"), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))


def R(addr, host, ip, diag, reason, hard=False, status=None, stage="RCPT TO", vendor=""):
    st = status or code_of(diag)[1] or ("5.0.0" if diag[:1] == "5" else "4.0.0")
    return {"addr": addr, "host": host, "ip": ip, "diag": diag, "reason": reason, "hard": hard,
            "status": st, "stage": stage, "vendor": vendor}


def L(addr, local, status, reason, hard=False, vendor=""):
    return {"addr": addr, "local": local, "status": status, "reason": reason, "hard": hard, "vendor": vendor}


# ---------------------------------------------------------------- HostGator cPanel Exim sender (brightpath-tools)

EX_HOST = "gator4123.hostgator.com"
EX_SENDER = "sales@brightpath-tools.example"


def ex(name, items, subj, when, warning=False, vendor=""):
    """items: (addr, block_text, reason, hard, status, reply)"""
    date = dt(2026, 12, 2, *when, "-0600")
    qi = "1v" + qid(name, 4) + "-00" + qid(name + "x", 4) + "-Lm"
    if warning:
        body = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {EX_HOST}.

The message identifier is:     {qi}
The date of the message is:    {dt(2026, 12, 1, 4, 2, 0, "-0600")}
The subject of the message is: {subj}

The address to which the message has not yet been delivered is:

"""
    else:
        body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

"""
    for addr, block, reason, hard, status, reply in items:
        body += f"  {addr}\n" + "\n".join("    " + x for x in block.strip("\n").split("\n")) + "\n\n"
        expect(name, addr, reason, hard, status, reply, "delayed" if warning else "failed", vendor)
    if warning:
        body += "No action is required on your part. Delivery attempts will continue for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software will give up,\nand when that happens, the message will be returned to you.\n"
    else:
        body += "------ This is a copy of the message, including all the headers. ------\n\n"
        body += f"Return-path: <{EX_SENDER}>\n"
        body += received([("[198.51.100.77]", "198.51.100.77", EX_HOST, "Exim 4.98", "1v" + qid(name + "i", 5), dt(2026, 12, 1, 4, 2, 0, "-0600"))]) + "\n"
        body += orig_headers(EX_SENDER, ", ".join(i[0] for i in items), subj, dt(2026, 12, 1, 4, 1, 58, "-0600"),
                             mid(name + "o", "brightpath-tools.example")).split("\n", 1)[1] + "\nHello,\n\nplease find our updated price list for Q1 attached.\n\nBest regards,\nDana Whitfield\nBrightpath Tools\n"
    heads = ["Return-Path: <>\n" + received([("localhost", "127.0.0.1", EX_HOST, "Exim 4.98", qi, date)]),
             ("X-Failed-Recipients", ", ".join(i[0] for i in items)),
             ("Auto-Submitted", "auto-replied"), ("From", f"Mail Delivery System <Mailer-Daemon@{EX_HOST}>"),
             ("To", EX_SENDER),
             ("Subject", f"Warning: message {qi} delayed 24 hours" if warning else "Mail delivery failed: returning message to sender"),
             ("Message-Id", f"<E{qi}@{EX_HOST}>"), ("Date", date)]
    if warning:
        heads = [h for h in heads if not (isinstance(h, tuple) and h[0] == "X-Failed-Recipients")]
    write(OUT, name, mail(heads, text_part(body)))


# ---------------------------------------------------------------- Google Workspace sender (kelvin-parts)

GM_SENDER = "procurement@kelvin-parts.example"


def gm(name, addr, kind, remote, diag, reason, hard=False, when=(2, 0, 0), vendor="", delayed=False):
    date = dt(2026, 12, 1, *when, "-0800")
    reply, status = code_of(diag)
    titles = {"blocked": ("** Message blocked **", f"Your message to {addr} has been blocked. See technical details below for more information."),
              "notdeliv": ("** Message not delivered **", f"There was a problem delivering your message to {addr}. See the technical details below."),
              "notfound": ("** Address not found **", f"Your message wasn't delivered to {addr} because the address couldn't be found, or is unable to receive mail."),
              "delay": ("** Delivery incomplete **", f"There was a temporary problem delivering your message to {addr}. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.")}
    t, s = titles[kind]
    text = f"\n{t}\n\n{s}\n\nThe response from the remote server was:\n{diag}\n"
    html = f"<html><body><h2>{t[3:-3]}</h2><p>{s}</p><p><b>The response from the remote server was:</b></p><p>{diag}</p></body></html>"
    bnd = boundary(name)
    alt = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", "html")], boundary(name, 2), "")
    rec = {"final": addr, "action": "delayed" if delayed else "failed", "status": status or ("4.0.0" if delayed else "5.0.0"),
           "remote": remote, "diag": diag, "last": date}
    if delayed:
        rec["will_retry"] = dt(2026, 12, 3, *when, "-0800")
    parts = [alt, delivery_status("googlemail.com", [rec]),
             part("message/rfc822-headers" if False else "text/rfc822-headers",
                  orig_headers(GM_SENDER, addr, "RFQ 2026-1187: bearings and seals", dt(2026, 12, 1, when[0], 0, 0, "-0800"),
                               mid(name + "o", "mail.gmail.com"), "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=kelvin-parts.example; s=google; h=from:to:subject:date:message-id; bh=" + b64(name, "ascii")[:20] + "=; b=" + qid(name + "k", 40)), cte=None)]
    heads = ["Return-Path: <>\n" + f"Received: by 2002:a05:6a10:{qid(name, 4).lower()}:b0:5e1:22c4:9f7 with SMTP id x{qid(name, 8).lower()}pxb;\n\t{date}",
             ("Date", date), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", GM_SENDER),
             ("Subject", "Delivery Status Notification (Delay)" if delayed else "Delivery Status Notification (Failure)"),
             ("Message-ID", f"<674d{qid(name, 8).lower()}.050a0220.{qid(name + 'm', 6).lower()}.3b1f.GMR@mx.google.com>"),
             ("References", mid(name + "o", "mail.gmail.com")), ("In-Reply-To", mid(name + "o", "mail.gmail.com")),
             ("X-Failed-Recipients", addr), ("Auto-Submitted", "auto-replied")]
    if delayed:
        heads = [h for h in heads if not (isinstance(h, tuple) and h[0] == "X-Failed-Recipients")]
    expect(name, addr, reason, hard, status or ("4.0.0" if delayed else "5.0.0"), reply, "delayed" if delayed else "failed", vendor)
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))


# ---------------------------------------------------------------- Microsoft 365 sender (orchard-analytics)

MS_SENDER = "billing@orchard-analytics.example"
MS_GEN = "DM6PR11MB4321.namprd11.prod.outlook.com"


def ms(name, addr, headline, advice, remote, diag, reason, hard=False, when=(6, 10, 0), vendor="", status=None):
    date = dt(2026, 12, 2, *when, "+0000")
    reply, st = code_of(diag)
    st = status or st or "5.0.0"
    dom = addr.split("@")[1]
    text = f"""Your message to {addr} couldn't be delivered.

{headline}

{addr.split('@')[0]}
Office 365      {dom}
Action Required                 Recipient

{advice}

How to Fix It
{advice}

-----------------------------------------------------------------

Diagnostic information for administrators:

Generating server: {MS_GEN}

{addr}
Remote server returned '{diag}'

Original message headers:

Received: from DM6PR11MB4321.namprd11.prod.outlook.com
 ([fe80::1c3e:8a2b:44d0:9e1f]) by DM6PR11MB4321.namprd11.prod.outlook.com
 ([fe80::1c3e:8a2b:44d0:9e1f%4]) with mapi id 15.20.8207.017; {dt(2026, 12, 2, when[0], when[1] - 1, 30, "+0000")}
Content-Type: text/plain; charset="us-ascii"
From: Marta Ilves <{MS_SENDER}>
To: <{addr}>
Subject: Invoice OA-2026-4471 (December)
Date: {dt(2026, 12, 2, when[0], when[1] - 1, 28, "+0000")}
Message-ID: {mid(name + 'o', 'DM6PR11MB4321.namprd11.prod.outlook.com')}
MIME-Version: 1.0
"""
    bnd = boundary(name)
    rec = {"original": addr, "final": addr, "status": st, "remote": remote, "diag": diag}
    parts = [text_part(text), delivery_status(MS_GEN, [rec], dt(2026, 12, 2, when[0], when[1] - 1, 30, "+0000")),
             part("text/rfc822-headers", orig_headers(MS_SENDER, addr, "Invoice OA-2026-4471 (December)",
                                                      dt(2026, 12, 2, when[0], when[1] - 1, 28, "+0000"), mid(name + "o", MS_GEN)), cte=None)]
    heads = ["Return-Path: <>\n" + f"Received: from {MS_GEN} (2603:10b6:5:2e0::11) by\n {MS_GEN} with Microsoft SMTP Server id 15.20.8207.017; {date}",
             ("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@orchard-analytics.example>"),
             ("To", f"<{MS_SENDER}>"), ("Date", date), ("Subject", "Undeliverable: Invoice OA-2026-4471 (December)"),
             ("Message-ID", mid(name, MS_GEN)), ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", ""),
             ("Auto-Submitted", "auto-replied")]
    expect(name, addr, reason, hard, st, reply, "failed", vendor)
    write(OUT, name, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))


# ================================================================ Postfix relay: hosters refusing at RCPT/DATA

pf("godaddy-bizsmtp-recipient-unknown.eml",
   [R("accounts@mesa-plumbing.example", "smtp.secureserver.net", "192.0.2.41",
      "550 5.1.1 <accounts@mesa-plumbing.example> Recipient not found.  <https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685>",
      "userunknown", True, vendor="godaddy")],
   "Order confirmation NS-55021", (3, 12, 40))

pf("godaddy-ib-ip-reputation.eml",
   [R("frontdesk@cactus-dental.example", "mx1.secureserver.net", "192.0.2.42",
      "554 p3plibsmtp02-11.prod.phx3.secureserver.net bizsmtp IB401 Connection refused. 198.51.100.25 has a poor reputation on Cloudmark Sender Intelligence (CSI).",
      "badreputation", False, status="5.0.0", stage="greeting", vendor="godaddy")],
   "Holiday opening hours and delivery slots", (3, 14, 5))

pf("godaddy-ib-spamhaus-listed.eml",
   [R("office@redrock-insurance.example", "mx2.secureserver.net", "192.0.2.43",
      "554 p3plibsmtp01-05.prod.phx3.secureserver.net bizsmtp IB103 Connection refused. 198.51.100.25 is listed on the Spamhaus Block List (SBL).",
      "blocked", False, status="5.0.0", stage="greeting", vendor="godaddy")],
   "Price update for 2027", (3, 15, 22))

pf("godaddy-mailbox-storage-full.eml",
   [R("jill@sonoran-signs.example", "smtp.secureserver.net", "192.0.2.41",
      "552 5.2.2 <jill@sonoran-signs.example> Mailbox storage is full, message cannot be delivered",
      "mailboxfull", False, stage="RCPT TO", vendor="godaddy")],
   "Proof for banner job 3381", (3, 16, 0))

pf("privateemail-virtual-user-unknown.eml",
   [R("hello@tinyloom-studio.example", "mx1.privateemail.com", "192.0.2.51",
      "550 5.1.1 <hello@tinyloom-studio.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "userunknown", True, vendor="namecheap")],
   "Sample pack shipped", (3, 18, 2))

pf("privateemail-over-quota-two.eml",
   [R("orders@willow-candles.example", "mx2.privateemail.com", "192.0.2.52",
      "552 5.2.2 <orders@willow-candles.example>: Recipient address rejected: Mailbox quota exceeded (13104 MB of 10240 MB used)",
      "mailboxfull", False, vendor="namecheap"),
    R("wax@willow-candles.example", "mx2.privateemail.com", "192.0.2.52",
      "550 5.1.1 <wax@willow-candles.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "userunknown", True, vendor="namecheap")],
   "Reorder reminder: soy wax flakes", (3, 19, 40))

pf("privateemail-spf-fail.eml",
   [R("team@brightside-events.example", "mx1.privateemail.com", "192.0.2.51",
      "550 5.7.23 <team@brightside-events.example>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=orders@northwind-supply.example;ip=198.51.100.25;r=<UNKNOWN>",
      "authfailure", False, vendor="namecheap")],
   "Event catering supplies quote", (3, 21, 3))

pf("zoho-mx-user-does-not-exist-eu.eml",
   [R("k.meyer@alpenholz-design.example", "mx.zoho.eu", "192.0.2.61",
      "550 5.1.1 User does not exist - <k.meyer@alpenholz-design.example>",
      "userunknown", True, vendor="zoho")],
   "Lieferung KW 50", (3, 22, 10))

pf("zoho-mailbox-quota-limit.eml",
   [R("rahul@saffron-textiles.example", "mx.zoho.in", "192.0.2.62",
      "552 5.2.2 Mailbox quota limit exceeded for the user - <rahul@saffron-textiles.example>",
      "mailboxfull", False, vendor="zoho")],
   "Swatch approval", (3, 23, 31))

pf("zoho-unusual-sending-activity.eml",
   [R("ops@lighthouse-freight.example", "mx.zoho.com", "192.0.2.63",
      "451 4.7.1 Unusual sending activity detected from your IP. Please try again after some time",
      "ratelimited", False, vendor="zoho")],
   "Pallet pickup schedule", (3, 24, 55), delayed=True)

pf("zoho-message-size-limit.eml",
   [R("design@copperkettle-cafe.example", "mx2.zoho.com", "192.0.2.64",
      "552 5.3.4 Message size exceeds the maximum limit of 20 MB allowed by the recipient's organization",
      "emailtoolarge", False, stage="end of DATA", vendor="zoho")],
   "Menu board artwork (hi-res)", (3, 26, 7))

pf("ovh-mxplan-utilisateur-inconnu.eml",
   [R("contact@boulangerie-martel.example", "mx1.mail.ovh.net", "192.0.2.71",
      "550 5.1.1 <contact@boulangerie-martel.example>: Recipient address rejected: Adresse du destinataire inconnue / unknown recipient",
      "userunknown", True, vendor="ovh")],
   "Commande farine T65", (3, 27, 12))

pf("ovh-spam-score-rejected.eml",
   [R("direction@cabinet-lefevre.example", "mx3.mail.ovh.net", "192.0.2.72",
      "550 5.7.1 Message rejected: this message was classified as SPAM by our filtering system (score 18.4)",
      "spamdetected", False, stage="end of DATA", vendor="ovh")],
   "Offre speciale fin d'annee", (3, 28, 45))

pf("ovh-domain-expired-no-mx.eml",
   [L("compta@atelier-vernier.example",
      "Host or domain name not found. Name service error for name=atelier-vernier.example type=MX: Host not found",
      "5.1.2", "hostunknown", True, vendor="ovh")],
   "Relance facture 2026-311", (3, 30, 0))

pf("gandi-over-quota-dovecot.eml",
   [R("studio@papier-ciseaux.example", "spool.mail.gandi.net", "192.0.2.81",
      "452 4.2.2 <studio@papier-ciseaux.example>: Recipient address rejected: Quota exceeded (mailbox for user is full)",
      "mailboxfull", False, vendor="gandi")],
   "Paper stock arrival", (3, 31, 20), delayed=True)

pf("gandi-relay-access-denied.eml",
   [R("info@vieux-port-kayak.example", "fb.mail.gandi.net", "192.0.2.82",
      "554 5.7.1 <info@vieux-port-kayak.example>: Relay access denied",
      "norelaying", False, vendor="gandi")],
   "Group booking request", (3, 32, 41))

pf("gandi-dmarc-reject.eml",
   [R("partners@lumen-optique.example", "spool.mail.gandi.net", "192.0.2.81",
      "550 5.7.1 Message rejected per DMARC policy for northwind-supply.example: DKIM and SPF both failed alignment",
      "authfailure", False, stage="end of DATA", vendor="gandi")],
   "Partner programme 2027", (3, 34, 2))

pf("rackspace-rbl-barracuda.eml",
   [R("dispatch@prairie-couriers.example", "mx1.emailsrvr.com", "192.0.2.91",
      "550 5.7.1 Rejected: 198.51.100.25 listed at b.barracudacentral.org",
      "blocked", False, stage="MAIL FROM", vendor="rackspace")],
   "Courier rate card", (3, 35, 30))

pf("rackspace-recipient-disabled.eml",
   [R("m.tran@lakeshore-dental.example", "mx2.emailsrvr.com", "192.0.2.92",
      "550 5.2.1 <m.tran@lakeshore-dental.example>: Recipient address rejected: This mailbox has been disabled by the domain administrator",
      "suspend", False, vendor="rackspace")],
   "Gloves and masks reorder", (3, 36, 50))

pf("rackspace-sender-domain-not-found.eml",
   [R("buyer@harborview-marine.example", "mx1.emailsrvr.com", "192.0.2.91",
      "553 5.1.8 <orders@northwind-supply.example>: Sender address rejected: Domain not found",
      "rejected", False, stage="MAIL FROM", vendor="rackspace")],
   "Marine hardware catalogue", (3, 38, 11))

pf("hostinger-no-such-mailbox.eml",
   [R("vendas@casa-azulejo.example", "mx1.hostinger.com", "192.0.2.101",
      "550 5.1.1 <vendas@casa-azulejo.example>: Recipient address rejected: mailbox does not exist",
      "userunknown", True, vendor="hostinger")],
   "Cotacao de ferragens", (3, 39, 59))

pf("hostinger-tls-required.eml",
   [R("admin@pixelmint-agency.example", "mx2.hostinger.com", "192.0.2.102",
      "530 5.7.0 Must issue a STARTTLS command first",
      "failedstarttls", False, stage="MAIL FROM", vendor="hostinger")],
   "Website hosting invoice copy", (3, 41, 18))

pf("yandex360-no-such-user.eml",
   [R("zakaz@stroymarket-omsk.example", "mx.yandex.net", "192.0.2.111",
      "550 5.7.1 No such user!",
      "userunknown", True, vendor="yandex")],
   "Price list December", (3, 42, 30))

pf("yandex360-spam-suspicion-data.eml",
   [R("info@severnyi-veter.example", "mx.yandex.net", "192.0.2.111",
      "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1733112150-xYzAb1C2dE",
      "spamdetected", False, stage="end of DATA", vendor="yandex")],
   "Winter catalogue", (3, 43, 49))

pf("yandex360-mailbox-size-limit.eml",
   [R("buh@tekstil-ural.example", "mx.yandex.net", "192.0.2.112",
      "552 5.2.2 Mailbox size limit exceeded",
      "mailboxfull", False, stage="end of DATA", vendor="yandex")],
   "Act of reconciliation 2026", (3, 45, 2))

pf("fastmail-recipient-over-quota.eml",
   [R("ines@lisbon-ceramics.example", "in1-smtp.messagingengine.com", "192.0.2.121",
      "552 5.2.2 <ines@lisbon-ceramics.example>: Recipient address rejected: Over quota",
      "mailboxfull", False, vendor="fastmail")],
   "Glaze samples", (3, 46, 20))

pf("fastmail-rejected-dkim-fail.eml",
   [R("pat@quietharbor-press.example", "in2-smtp.messagingengine.com", "192.0.2.122",
      "550 5.7.1 Message rejected: DKIM signature verification failed and the sender domain requests rejection (DMARC p=reject)",
      "authfailure", False, stage="end of DATA", vendor="fastmail")],
   "Print run confirmation", (3, 47, 33))

pf("proton-address-does-not-exist-custom.eml",
   [R("founder@openledger-coop.example", "mail.protonmail.ch", "192.0.2.131",
      "550 5.1.1 Address does not exist",
      "userunknown", True, vendor="proton")],
   "Cooperative supply agreement", (3, 49, 5))

pf("proton-mailbox-full.eml",
   [R("hana@driftwood-legal.example", "mailsec.protonmail.ch", "192.0.2.132",
      "552 5.2.2 Mailbox is full",
      "mailboxfull", False, vendor="proton")],
   "Contract draft v3", (3, 50, 44))

pf("tuta-recipient-mailbox-missing.eml",
   [R("kontakt@gruenhof-imkerei.example", "mail.tutanota.de", "192.0.2.141",
      "550 5.1.1 Recipient address rejected: Mailbox does not exist: kontakt@gruenhof-imkerei.example",
      "userunknown", True, vendor="tuta")],
   "Glaeser und Deckel", (3, 52, 1))

pf("tuta-sender-ip-rate.eml",
   [R("verein@sportfreunde-nord.example", "mail.tutanota.de", "192.0.2.141",
      "421 4.7.0 Too many messages from your IP address in a short time, try again later",
      "ratelimited", False, stage="MAIL FROM", vendor="tuta")],
   "Trikot-Bestellung", (3, 53, 30), delayed=True)

pf("icloud-custom-domain-over-quota.eml",
   [R("emma@emmarose-photo.example", "mx01.mail.icloud.com", "192.0.2.151",
      "552 5.2.2 <emma@emmarose-photo.example>: user is over quota (storage limit reached)",
      "mailboxfull", False, vendor="icloud")],
   "Album prints ready", (3, 54, 52))

pf("icloud-custom-domain-hm08-policy.eml",
   [R("studio@nightjar-films.example", "mx02.mail.icloud.com", "192.0.2.152",
      "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
      "policyviolation", False, stage="end of DATA", vendor="icloud")],
   "Equipment rental terms", (3, 56, 3))

pf("workmail-mailbox-unavailable.eml",
   [R("receiving@glacier-foods.example", "inbound-smtp.eu-west-1.amazonaws.com", "192.0.2.161",
      "550 5.1.1 Requested action not taken: mailbox unavailable",
      "userunknown", True, vendor="amazonworkmail")],
   "Cold chain pallet labels", (3, 57, 25))

pf("gws-mx-account-disabled.eml",
   [R("coach@summit-fitness-co.example", "aspmx.l.google.com", "192.0.2.171",
      "550-5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-434a1b2c3d4si12345f8f.210 - gsmtp",
      "suspend", False, vendor="google")],
   "Gym equipment maintenance", (3, 58, 40))

pf("gws-mx-likely-unsolicited.eml",
   [R("orders@baywater-bakery.example", "alt1.aspmx.l.google.com", "192.0.2.172",
      "550-5.7.1 [198.51.100.25      12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError d2e1a72fcca58-72e5b1c1f3asi4411b3a.401 - gsmtp",
      "spamdetected", False, stage="end of DATA", vendor="google")],
   "Flour delivery windows", (4, 0, 5))

pf("gws-mx-rate-temporarily-deferred.eml",
   [R("info@greenleaf-nursery.example", "aspmx.l.google.com", "192.0.2.171",
      "421-4.7.28 [198.51.100.25      15] Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError 41be03b00d2f7-7fd1c3a8e2asi123456a12.77 - gsmtp",
      "ratelimited", False, stage="end of DATA", vendor="google")],
   "Seedling trays restock", (4, 1, 16), delayed=True)

pf("m365-mx-recipient-not-found.eml",
   [R("ap@ridgeline-architects.example", "ridgeline-architects-example.mail.protection.outlook.com", "192.0.2.181",
      "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [BN1PEPF00004680.namprd05.prod.outlook.com 2026-12-02T04:02:31.512Z 08DD1211A7C1B2C3]",
      "userunknown", True, vendor="microsoft")],
   "Statement of account", (4, 2, 31))

pf("m365-mx-banned-sending-ip.eml",
   [R("hr@cedar-ridge-clinic.example", "cedarridgeclinic-example.mail.protection.outlook.com", "192.0.2.182",
      "550 5.7.606 Access denied, banned sending IP [198.51.100.25]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526653 AS(1430) [SN1PEPF000252A0.namprd05.prod.outlook.com 2026-12-02T04:03:50.117Z 08DD1211A8D2C3D4]",
      "blocked", False, stage="MAIL FROM", vendor="microsoft")],
   "Staff uniform order", (4, 3, 50))

pf("m365-mx-tenant-relay-denied.eml",
   [R("sales@oldmill-joinery.example", "oldmilljoinery-example.mail.protection.outlook.com", "192.0.2.183",
      "550 5.7.64 TenantAttribution; Relay Access Denied [DS2PEPF00003443.namprd04.prod.outlook.com 2026-12-02T04:05:12.901Z 08DD1211A9E3D4E5]",
      "norelaying", False, vendor="microsoft")],
   "Timber order 4471", (4, 5, 12))

pf("hostinger-delay-temporary-lookup-failure.eml",
   [R("reservas@hostal-olivo.example", "mx1.hostinger.com", "192.0.2.101",
      "451 4.3.0 <reservas@hostal-olivo.example>: Temporary lookup failure",
      "systemerror", False, vendor="hostinger")],
   "Amenity kits for 2027", (4, 4, 10), delayed=True)

pf("gandi-delay-insufficient-system-storage.eml",
   [R("commandes@cidrerie-leroux.example", "spool.mail.gandi.net", "192.0.2.81",
      "452 4.3.1 Insufficient system storage",
      "systemfull", False, vendor="gandi")],
   "Bouchons et capsules", (4, 4, 50), delayed=True)

pf("delay-lapsed-registrar-dns-try-again.eml",
   [L("office@kestrel-surveys.example",
      "Host or domain name not found. Name service error for name=kestrel-surveys.example type=MX: Host not found, try again",
      "4.4.3", "networkerror", False)],
   "Survey equipment hire", (4, 5, 20), delayed=True)

pf("ovh-no-reverse-hostname.eml",
   [R("accueil@hotel-des-pins.example", "mx2.mail.ovh.net", "192.0.2.73",
      "550 5.7.25 <accueil@hotel-des-pins.example>: Client host rejected: cannot find your reverse hostname, [198.51.100.31]",
      "requireptr", False, vendor="ovh")],
   "Linge de lit: devis", (4, 5, 40))

pf("null-mx-closed-business.eml",
   [L("hello@paperplane-toys.example",
      "Domain paperplane-toys.example does not accept mail (nullMX)",
      "5.1.10", "notaccept", True)],
   "Wholesale catalogue 2027", (4, 6, 0))

pf("parked-domain-unpaid-no-smtp.eml",
   [L("info@northgate-kitchens.example",
      "connect to parkingpage.namecheap.com[192.0.2.201]:25: Connection refused",
      "4.4.1", "expired", False, vendor="namecheap")],
   "Cabinet hinges back order", (4, 7, 5))

pf("mixed-night-three-hosters.eml",
   [R("owner@bluebird-florals.example", "mx1.privateemail.com", "192.0.2.51",
      "550 5.1.1 <owner@bluebird-florals.example>: Recipient address rejected: User unknown in virtual mailbox table",
      "userunknown", True, vendor="namecheap"),
    R("events@bluebird-florals.example", "mx1.privateemail.com", "192.0.2.51",
      "552 5.2.2 <events@bluebird-florals.example>: Recipient address rejected: Mailbox full",
      "mailboxfull", False, vendor="namecheap"),
    L("florist@bluebirdflorals.example",
      "Host or domain name not found. Name service error for name=bluebirdflorals.example type=A: Host not found",
      "5.1.2", "hostunknown", True)],
   "Christmas wreath supplies", (4, 8, 19))

pf("secureserver-data-timeout-expired.eml",
   [R("billing@desert-bloom-spa.example", "smtp.secureserver.net", "192.0.2.41",
      "421 4.4.2 p3plibsmtp03-09.prod.phx3.secureserver.net bizsmtp connection timed out while waiting for data",
      "expired", False, status="4.4.2", stage="end of DATA", vendor="godaddy")],
   "Spa linen invoice", (4, 9, 44))

# ================================================================ HostGator/Bluehost cPanel Exim sender

ex("cpanel-remote-bluehost-no-such-user.eml",
   [("service@ironwood-hvac.example", "host box5123.bluehost.com [192.0.2.211]\nSMTP error from remote mail server after RCPT TO:<service@ironwood-hvac.example>:\n550 No Such User Here", "userunknown", True, "", "550")],
   "Q1 price list", (4, 20, 11), vendor="bluehost")

ex("cpanel-remote-hostgator-quota.eml",
   [("tom@pinecone-cabins.example", "host gator3302.hostgator.com [192.0.2.212]\nSMTP error from remote mail server after RCPT TO:<tom@pinecone-cabins.example>:\n552 Mailbox quota exceeded for tom@pinecone-cabins.example (disk usage 2048.4/2048 MB)", "mailboxfull", False, "", "552")],
   "Q1 price list", (4, 21, 30), vendor="hostgator")

ex("cpanel-remote-suspended-account.eml",
   [("office@maple-accounting.example", "host server281.web-hosting.example [192.0.2.213]\nSMTP error from remote mail server after RCPT TO:<office@maple-accounting.example>:\n550 5.2.1 <office@maple-accounting.example>: This account has been suspended by the hosting provider. Mail is not being accepted.", "suspend", False, "5.2.1", "550")],
   "Q1 price list", (4, 22, 45), vendor="cpanel")

ex("cpanel-remote-junkmail-rbl.eml",
   [("shop@ridge-outfitters.example", "host box2231.bluehost.com [192.0.2.214]\nSMTP error from remote mail server after initial connection:\n554 box2231.bluehost.com JunkMail rejected - 203.0.113.45 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.45", "blocked", False, "", "554")],
   "Q1 price list", (4, 23, 7), vendor="bluehost")

ex("cpanel-remote-spam-detected-data.eml",
   [("deals@sunnyside-grocers.example", "host gator4411.hostgator.com [192.0.2.215]\nSMTP error from remote mail server after end of data:\n550-The mail server detected your message as spam and has prevented delivery.\n550 Please contact your mail provider if you believe this is an error.", "spamdetected", False, "", "550")],
   "Q1 price list", (4, 24, 40), vendor="hostgator")

ex("cpanel-remote-size-limit.eml",
   [("plans@harbor-builders.example", "host box3310.bluehost.com [192.0.2.216]\nSMTP error from remote mail server after MAIL FROM:<sales@brightpath-tools.example> SIZE=61250338:\n552 Message size exceeds fixed maximum message size (52428800)", "emailtoolarge", False, "", "552")],
   "Q1 price list", (4, 25, 52), vendor="bluehost")

ex("cpanel-local-unrouteable-expired-domain.eml",
   [("sales@lapsed-widgets.example", "Unrouteable address", "hostunknown", True, "", "")],
   "Q1 price list", (4, 26, 3))

ex("cpanel-remote-sender-verify-failed.eml",
   [("parts@coastal-marine-supply.example", "host gator2017.hostgator.com [192.0.2.217]\nSMTP error from remote mail server after RCPT TO:<parts@coastal-marine-supply.example>:\n550-Verification failed for <sales@brightpath-tools.example>\n550-Called:   203.0.113.45\n550-Sent:     RCPT TO:<sales@brightpath-tools.example>\n550-Response: 550 Sender verify failed\n550 Sender verify failed", "rejected", False, "", "550")],
   "Q1 price list", (4, 27, 22), vendor="hostgator")

ex("cpanel-remote-zoho-relaying-disallowed.eml",
   [("hello@fernway-yoga.example", "host mx.zoho.com [192.0.2.63]\nSMTP error from remote mail server after RCPT TO:<hello@fernway-yoga.example>:\n553 Relaying disallowed. Invalid Domain - fernway-yoga.example", "norelaying", False, "", "553")],
   "Q1 price list", (4, 28, 30), vendor="zoho")

ex("cpanel-retry-timeout-exceeded.eml",
   [("info@oakleaf-landscaping.example", "host mail.oakleaf-landscaping.example [203.0.113.88]\nretry timeout exceeded", "expired", False, "", "")],
   "Q1 price list", (4, 29, 41))

ex("cpanel-two-recipients-gandi-ovh.eml",
   [("achats@fromagerie-dupuis.example", "host mx1.mail.ovh.net [192.0.2.71]\nSMTP error from remote mail server after RCPT TO:<achats@fromagerie-dupuis.example>:\n552 5.2.2 <achats@fromagerie-dupuis.example>: Recipient address rejected: Mailbox full (quota exceeded)", "mailboxfull", False, "5.2.2", "552"),
    ("chef@bistro-lamarre.example", "host spool.mail.gandi.net [192.0.2.81]\nSMTP error from remote mail server after RCPT TO:<chef@bistro-lamarre.example>:\n550 5.1.1 <chef@bistro-lamarre.example>: Recipient address rejected: undeliverable address: unknown user", "userunknown", True, "5.1.1", "550")],
   "Q1 price list", (4, 31, 2))

ex("cpanel-warning-delayed-connection-timeout.eml",
   [("manager@cliffside-motel.example", "host mx.cliffside-motel.example [203.0.113.90]\nConnection timed out", "networkerror", False, "", "")],
   "Q1 price list", (4, 32, 10), warning=True)

ex("cpanel-remote-yandex-too-many-recipients.eml",
   [("opt@mebel-dvor.example", "host mx.yandex.net [192.0.2.111]\nSMTP error from remote mail server after RCPT TO:<opt@mebel-dvor.example>:\n451 4.7.1 Sorry, the service is currently unavailable. Too many recipients in a short period of time, try again later", "ratelimited", False, "4.7.1", "451")],
   "Q1 price list", (4, 33, 20), warning=True, vendor="yandex")

# ================================================================ Google Workspace sender

gm("gws-sender-godaddy-user-unknown.eml", "estimating@copperhill-roofing.example", "notfound",
   "smtp.secureserver.net. (192.0.2.41, the server for the domain copperhill-roofing.example.)",
   "550 5.1.1 <estimating@copperhill-roofing.example> Recipient not found.", "userunknown", True, (1, 15, 0), "godaddy")

gm("gws-sender-zoho-policy-violation.eml", "accounts@rivermint-trading.example", "blocked",
   "mx.zoho.com. (192.0.2.63, the server for the domain rivermint-trading.example.)",
   "554 5.7.7 Email policy violation detected", "policyviolation", False, (1, 16, 0), "zoho")

gm("gws-sender-proton-domain-spf.eml", "contact@stillwater-audit.example", "notdeliv",
   "mail.protonmail.ch. (192.0.2.131, the server for the domain stillwater-audit.example.)",
   "550 5.7.1 Message rejected: SPF check failed for kelvin-parts.example (softfail with strict recipient policy)", "authfailure", False, (1, 17, 0), "proton")

gm("gws-sender-rackspace-over-quota-delay.eml", "lena@northpeak-realty.example", "delay",
   "mx1.emailsrvr.com. (192.0.2.91, the server for the domain northpeak-realty.example.)",
   "452 4.2.2 <lena@northpeak-realty.example>: Recipient address rejected: Mailbox is over its storage limit", "mailboxfull", False, (1, 18, 0), "rackspace", delayed=True)

gm("gws-sender-icloud-user-doesnt-exist.eml", "jo@jo-bakes.example", "notfound",
   "mx01.mail.icloud.com. (192.0.2.151, the server for the domain jo-bakes.example.)",
   "550 5.1.1 <jo@jo-bakes.example>: user does not exist", "userunknown", True, (1, 19, 0), "icloud")

gm("gws-sender-hostinger-virus.eml", "compras@ferreteria-luz.example", "blocked",
   "mx1.hostinger.com. (192.0.2.101, the server for the domain ferreteria-luz.example.)",
   "554 5.7.1 Rejected: message contains a virus (Heuristics.Phishing.Email.SpoofedDomain)", "virusdetected", False, (1, 20, 0), "hostinger")

gm("gws-sender-workmail-size.eml", "plans@fjord-engineering.example", "notdeliv",
   "inbound-smtp.eu-west-1.amazonaws.com. (192.0.2.161, the server for the domain fjord-engineering.example.)",
   "552 5.3.4 Message size exceeds the fixed limit of 40 MB", "emailtoolarge", False, (1, 21, 0), "amazonworkmail")

gm("gws-sender-ovh-sender-access-denied.eml", "accueil@hotel-des-pins.example", "blocked",
   "mx2.mail.ovh.net. (192.0.2.73, the server for the domain hotel-des-pins.example.)",
   "550 5.7.1 <procurement@kelvin-parts.example>: Sender address rejected: Access denied", "rejected", False, (1, 22, 0), "ovh")

# ================================================================ Microsoft 365 sender

ms("m365-sender-namecheap-user-unknown.eml", "orders@lantern-coffee.example",
   "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
   "Check the recipient's address for typos and resend the message.",
   "mx1.privateemail.com", "550 5.1.1 <orders@lantern-coffee.example>: Recipient address rejected: User unknown in virtual mailbox table",
   "userunknown", True, (6, 10, 0), "namecheap")

ms("m365-sender-gandi-greylist-gave-up.eml", "bonjour@atelier-sable.example",
   "The recipient's email system kept refusing the message temporarily and Office 365 stopped trying after 2 days. The message expired in the queue.",
   "Try sending the message again later. If it keeps failing, contact the recipient by other means.",
   "spool.mail.gandi.net", "550 4.4.7 QUEUE.Expired; message expired [LastError: 451 4.7.1 <bonjour@atelier-sable.example>: Recipient address rejected: Greylisted, please try again later]",
   "expired", False, (6, 12, 0), "gandi", status="4.4.7")

ms("m365-sender-fastmail-account-disabled.eml", "nora@bramble-books.example",
   "The recipient's email account has been disabled and can't receive messages.",
   "Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that their account appears to be disabled.",
   "in1-smtp.messagingengine.com", "550 5.2.1 <nora@bramble-books.example>: account disabled",
   "suspend", False, (6, 14, 0), "fastmail")

ms("m365-sender-gws-recipient-server-tls.eml", "it@clearwater-vets.example",
   "The connection to the recipient's email system failed because it requires an encrypted connection that couldn't be established.",
   "Ask your email admin to check the TLS settings of your organisation's outbound connector.",
   "aspmx.l.google.com", "550 5.7.4 Encryption required: STARTTLS negotiation with the recipient's server failed (no shared cipher)",
   "failedstarttls", False, (6, 16, 0), "google")

ms("m365-sender-yandex-personal-blacklist.eml", "snab@zavod-polimer.example",
   "The recipient has blocked messages from your address.",
   "Contact the recipient by some other means and ask them to remove your address from their block list.",
   "mx.yandex.net", "550 5.7.1 Message rejected: the sender is in the recipient's blacklist (personal filter settings)",
   "filtered", False, (6, 18, 0), "yandex")

ms("m365-sender-tuta-smtp-auth.eml", "buero@kanzlei-fuchs.example",
   "Your message was rejected because the recipient's server requires an authenticated session for this address.",
   "Ask your email admin to check the connector used for this domain.",
   "mail.tutanota.de", "530 5.7.1 Authentication required",
   "securityerror", False, (6, 20, 0), "tuta")

# ================================================================ hosters' own notices after acceptance

n = "zoho-async-invalid-address.eml"
date = dt(2026, 12, 2, 5, 1, 10, "+0530")
write(OUT, n, plain_mail(n, frm="Mail Delivery System <mailer-daemon@mx.zohomail.com>", to=PF_SENDER,
    subject="Undelivered Mail Returned to Sender", date=date, host="mx.zohomail.com",
    hops="Return-Path: <>\n" + received([("mx.zohomail.com", "192.0.2.65", PF_HOST.replace("mta1", "mx"), "Postfix", qid(n, 10), date),
                                          ("mx.zohomail.com", "192.0.2.65", "mx.zohomail.com", "Zoho Mail", "1733112670" + qid(n, 6), date)]),
    text=f"""This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <priya@indigo-crafts.example>... User unknown
priya@indigo-crafts.example

Reporting-MTA: dns; mx.zohomail.com
Arrival-Date: {dt(2026, 12, 2, 5, 1, 8, "+0530")}

Original message headers:

From: {PF_SENDER}
To: priya@indigo-crafts.example
Subject: Block print fabric order
Date: {dt(2026, 12, 1, 23, 30, 51, "+0000")}
Message-ID: {mid(n + 'o', 'northwind-supply.example')}
"""))
expect(n, "priya@indigo-crafts.example", "userunknown", True, "5.1.1", "550", vendor="zoho")

n = "yandex360-async-account-disabled.eml"
date = dt(2026, 12, 2, 9, 3, 44, "+0300")
ru = """Это письмо отправлено почтовым роботом. Пожалуйста, не отвечайте на него.

К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям:

<kadry@zavod-iskra.example>: учётная запись получателя заблокирована администратором организации.

This is the mail system at host forward500a.mail.yandex.net.

Message was not accepted -- invalid mailbox.
Local mailbox kadry@zavod-iskra.example is unavailable: account is disabled
"""
bnd = boundary(n)
parts = [text_part(ru, "utf-8", "base64"),
         delivery_status("forward500a.mail.yandex.net", [{"final": "kadry@zavod-iskra.example", "status": "5.2.1",
                                                          "diag": "smtp; 550 5.2.1 Mailbox is disabled by the organization administrator"}]),
         part("text/rfc822-headers", orig_headers(PF_SENDER, "kadry@zavod-iskra.example", "Spetsodezhda: schet", dt(2026, 12, 2, 6, 1, 0, "+0000"), mid(n + "o", "northwind-supply.example")), cte=None)]
heads = ["Return-Path: <>\n" + received([("forward500a.mail.yandex.net", "192.0.2.113", "mta1.northwind-supply.example", "Postfix", qid(n, 10), date)]),
         ("From", "mailer-daemon@yandex.ru"), ("To", PF_SENDER), ("Date", date),
         ("Subject", "=?utf-8?B?" + b64("Недоставленное сообщение", "utf-8") + "?="),
         ("Message-ID", mid(n, "forward500a.mail.yandex.net")), ("Auto-Submitted", "auto-replied")]
write(OUT, n, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
expect(n, "kadry@zavod-iskra.example", "suspend", False, "5.2.1", "550", vendor="yandex")

n = "workmail-ses-async-quota.eml"
date = dt(2026, 12, 2, 5, 12, 0, "+0000")
bnd = boundary(n)
txt = """An error occurred while trying to deliver the mail to the following recipients:
frontoffice@tidewater-hotels.example
"""
parts = [text_part(txt),
         delivery_status("a8-44.smtp-out.amazonses.com", [{"final": "frontoffice@tidewater-hotels.example", "status": "5.2.2",
                                                           "diag": "smtp; 552 5.2.2 The mailbox is full: the recipient's WorkMail mailbox has reached its storage quota"}]),
         part("text/rfc822-headers", orig_headers(PF_SENDER, "frontoffice@tidewater-hotels.example", "Housekeeping trolley quote", dt(2026, 12, 2, 5, 11, 40, "+0000"), mid(n + "o", "northwind-supply.example")), cte=None)]
heads = ["Return-Path: <>\n" + received([("a8-44.smtp-out.amazonses.com", "192.0.2.162", PF_HOST, "Postfix", qid(n, 10), date)]),
         ("From", "MAILER-DAEMON@eu-west-1.amazonses.com"), ("To", PF_SENDER), ("Date", date),
         ("Subject", "Delivery Status Notification (Failure)"), ("Message-ID", "<0102019393" + qid(n, 8).lower() + "-" + qid(n + "z", 8).lower() + "-000000@eu-west-1.amazonses.com>"),
         ("Auto-Submitted", "auto-replied")]
write(OUT, n, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
expect(n, "frontoffice@tidewater-hotels.example", "mailboxfull", False, "5.2.2", "552", vendor="amazonworkmail")

n = "m365-tenant-async-restricted-group.eml"
date = dt(2026, 12, 2, 5, 20, 0, "+0000")
gen = "PH0PR07MB9911.namprd07.prod.outlook.com"
text = f"""Your message to allstaff@granite-law.example couldn't be delivered.

The group allstaff only accepts messages from people in its organization or on its allowed senders list.

orders  Office 365  allstaff
Action Required                 Recipient

Not authorized to send to this group

How to Fix It
If the recipient is a group, ask its owner to add you to the group's list of allowed senders.

-----------------------------------------------------------------

Diagnostic information for administrators:

Generating server: {gen}

allstaff@granite-law.example
Remote server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this restricted group [Stage: CreateMessage]'
"""
bnd = boundary(n)
parts = [text_part(text), delivery_status(gen, [{"original": "allstaff@granite-law.example", "final": "allstaff@granite-law.example", "status": "5.7.129",
                                                "diag": "smtp;550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this restricted group [Stage: CreateMessage]"}]),
         part("text/rfc822-headers", orig_headers(PF_SENDER, "allstaff@granite-law.example", "Office supplies contract renewal", dt(2026, 12, 2, 5, 19, 50, "+0000"), mid(n + "o", "northwind-supply.example")), cte=None)]
heads = ["Return-Path: <>\n" + received([("granitelaw-example.mail.protection.outlook.com", "192.0.2.184", PF_HOST, "Postfix", qid(n, 10), date)]),
         ("From", "postmaster@granitelaw.onmicrosoft.com"), ("To", PF_SENDER), ("Date", date),
         ("Subject", "Undeliverable: Office supplies contract renewal"), ("Message-ID", mid(n, gen)),
         ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
write(OUT, n, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
expect(n, "allstaff@granite-law.example", "filtered", False, "5.7.129", "550", vendor="microsoft")

n = "m365-tenant-async-quota-exceeded.eml"
date = dt(2026, 12, 2, 5, 25, 0, "+0000")
gen = "BY5PR20MB4455.namprd20.prod.outlook.com"
text = f"""Delivery has failed to these recipients or groups:

pm@foxglove-interiors.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: {gen}

pm@foxglove-interiors.example
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'
"""
bnd = boundary(n)
parts = [text_part(text), delivery_status(gen, [{"original": "pm@foxglove-interiors.example", "final": "pm@foxglove-interiors.example", "status": "5.2.2",
                                                "diag": "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"}]),
         part("text/rfc822-headers", orig_headers(PF_SENDER, "pm@foxglove-interiors.example", "Fabric samples dispatched", dt(2026, 12, 2, 5, 24, 40, "+0000"), mid(n + "o", "northwind-supply.example")), cte=None)]
heads = ["Return-Path: <>\n" + received([("foxgloveinteriors-example.mail.protection.outlook.com", "192.0.2.185", PF_HOST, "Postfix", qid(n, 10), date)]),
         ("From", "postmaster@foxgloveinteriors.onmicrosoft.com"), ("To", PF_SENDER), ("Date", date),
         ("Subject", "Undeliverable: Fabric samples dispatched"), ("Message-ID", mid(n, gen)),
         ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]
write(OUT, n, mail(heads, multipart("report", parts, bnd, " report-type=delivery-status;")))
expect(n, "pm@foxglove-interiors.example", "mailboxfull", False, "5.2.2", "554", vendor="microsoft")

n = "fastmail-async-sieve-discard-refused.eml"
date = dt(2026, 12, 2, 16, 30, 0, "+1100")
write(OUT, n, plain_mail(n, frm="Mail Delivery System <MAILER-DAEMON@mail.messagingengine.com>", to=PF_SENDER,
    subject="Undelivered Mail Returned to Sender", date=date, host="mail.messagingengine.com",
    hops="Return-Path: <>\n" + received([("mail.messagingengine.com", "192.0.2.123", PF_HOST.replace("mta1", "mx"), "Postfix", qid(n, 10), date)]),
    text=f"""This is the mail system at host mail.messagingengine.com.

Your message could not be delivered to the following recipient.

<sam@wattle-and-daub.example>: the recipient's mail rules refused this
    message: "Mail from this sender is not wanted here" (message refused by
    recipient's filter)

Original message:
From: {PF_SENDER}
To: sam@wattle-and-daub.example
Subject: Follow-up: trade account
Date: {dt(2026, 12, 2, 5, 29, 40, "+0000")}
"""))
expect(n, "sam@wattle-and-daub.example", "filtered", False, "", "", vendor="fastmail")

# ---------------------------------------------------------------- auto-replies

n = "vacation-zoho-auto-reply.eml"
date = dt(2026, 12, 2, 8, 2, 0, "+0100")
write(OUT, n, mail(["Return-Path: <>\n" + received([("sender4-op-o12.zoho.eu", "192.0.2.66", PF_HOST, "Postfix", qid(n, 10), date)]),
                    ("Date", date), ("From", "Katrin Meyer <k.meyer@alpenholz-design.example>"), ("To", PF_SENDER),
                    ("Subject", "Automatische Antwort: Lieferung KW 50"), ("Message-ID", mid(n, "mx.zoho.eu")),
                    ("In-Reply-To", mid("zoho-mx-user-does-not-exist-eu.eml" + "o2", "northwind-supply.example")),
                    ("Auto-Submitted", "auto-replied"), ("X-ZohoMail-AutoReply", "true")],
                   text_part("Guten Tag,\n\nich bin bis einschliesslich 4. Januar 2027 nicht im Buero und lese meine E-Mails nur unregelmaessig.\nIn dringenden Faellen wenden Sie sich bitte an info@alpenholz-design.example.\n\nMit freundlichen Gruessen\nKatrin Meyer\n")))
expect(n, "k.meyer@alpenholz-design.example", "vacation", action="", vendor="zoho")

n = "vacation-m365-automatic-reply.eml"
date = dt(2026, 12, 2, 9, 15, 0, "+0000")
write(OUT, n, mail(["Return-Path: <r.hale@ridgeline-architects.example>\n" + received([("ridgelinearchitects-example.mail.protection.outlook.com", "192.0.2.181", PF_HOST, "Postfix", qid(n, 10), date)]),
                    ("From", "Rowan Hale <r.hale@ridgeline-architects.example>"), ("To", PF_SENDER),
                    ("Subject", "Automatic reply: Statement of account"), ("Date", date), ("Message-ID", mid(n, "BN8PR05MB7711.namprd05.prod.outlook.com")),
                    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "r.hale@ridgeline-architects.example")],
                   text_part("Thank you for your email. I am out of the office until Monday 7 December with limited access to email.\nFor accounts questions please contact ap-team@ridgeline-architects.example.\n\nRowan\n")))
expect(n, "r.hale@ridgeline-architects.example", "vacation", action="", vendor="microsoft")

n = "vacation-fastmail-away-message.eml"
date = dt(2026, 12, 2, 19, 0, 0, "+1100")
write(OUT, n, mail(["Return-Path: <>\n" + received([("out2-smtp.messagingengine.com", "192.0.2.124", PF_HOST, "Postfix", qid(n, 10), date)]),
                    ("From", "Ines Carvalho <ines@lisbon-ceramics.example>"), ("To", PF_SENDER),
                    ("Subject", "Away: Glaze samples"), ("Date", date), ("Message-ID", mid(n, "fastmail.com")),
                    ("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
                   text_part("Hi, I'm at the Ambiente trade fair until 10 December and will answer when I'm back.\nOrders: orders@lisbon-ceramics.example\n\nInes\n")))
expect(n, "ines@lisbon-ceramics.example", "vacation", action="", vendor="fastmail")

# ================================================================ near-miss ordinary mail (not-bounce/)


def nb(n, frm, to, subject, date, host, body, extra=(), charset="us-ascii", html=None):
    hops = received([(host, "192.0.2.250", "mx.northwind-supply.example", "Postfix", qid(n, 10), date)])
    heads = ["Return-Path: <" + frm.split("<")[-1].rstrip(">") + ">\n" + hops, ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(n, host))] + list(extra)
    if html:
        body_part = multipart("alternative", [text_part(body, charset), text_part(html, charset, None, "html")], boundary(n), "")
    else:
        body_part = text_part(body, charset)
    write(NB, n, mail(heads, body_part))


D = lambda h, m: dt(2026, 12, 2, h, m, 0, "+0000")  # noqa: E731

nb("nb-godaddy-renewal-reminder.eml", "GoDaddy <renewals@godaddy.com>", "admin@northwind-supply.example",
   "Your domain northwind-supply.example expires in 30 days", D(7, 1), "m2.godaddy.com",
   "Hi Alex,\n\nYour domain northwind-supply.example is set to expire on 1 January 2027.\nIf it expires, email addresses on this domain will stop working and\nmessages sent to them will bounce.\n\nRenew now to keep your website and email running: https://www.godaddy.com/renew\n\nCustomer number: 48211093\n\nGoDaddy\n",
   [("List-Unsubscribe", "<https://www.godaddy.com/unsubscribe>")])
nb("nb-namecheap-privateemail-storage-warning.eml", "Namecheap <support@namecheap.com>", "orders@northwind-supply.example",
   "Private Email: your mailbox is 90% full", D(7, 3), "mta-out.namecheap.com",
   "Hello,\n\nThe mailbox orders@northwind-supply.example is using 9.1 GB of its 10 GB storage.\nWhen it is full, new messages will be rejected and senders will receive\na \"mailbox full\" error. Delete old mail or upgrade your plan.\n\nThe Namecheap Team\n", [("Auto-Submitted", "auto-generated")])
nb("nb-zoho-invoice-paid.eml", "Zoho Billing <billing@zohocorp.com>", "admin@northwind-supply.example",
   "Payment received for Zoho Mail Standard - Invoice ZM-2026-88120", D(7, 6), "sender.zoho.com",
   "Dear Customer,\n\nWe have received your payment of USD 48.00 for 4 users of Zoho Mail\nStandard (annual). Your invoice ZM-2026-88120 is attached in your account.\n\nThanks,\nZoho Billing Team\n")
nb("nb-ovh-facture-disponible.eml", "OVHcloud <noreply@ovh.net>", "admin@northwind-supply.example",
   "Your OVHcloud invoice FR51234567 is available", D(7, 8), "mo550.mail-out.ovh.net",
   "Hello,\n\nYour invoice FR51234567 for the MX Plan (5 mailboxes) is available in\nyour Control Panel. Amount: EUR 11.99 incl. VAT. Payment will be taken\nautomatically on 5 December.\n\nIf payment fails, your service may be suspended.\n\nOVHcloud\n", [("Auto-Submitted", "auto-generated")])
nb("nb-gandi-domain-expired-grace.eml", "Gandi <noreply@gandi.net>", "admin@northwind-supply.example",
   "[Gandi] northwind-supply.fr has expired - renew during the grace period", D(7, 10), "relay.mail.gandi.net",
   "Hello,\n\nThe domain northwind-supply.fr expired yesterday. It is now in its\ngrace period: the website and mailboxes are deactivated, and mail sent to\nthe domain will not be delivered until you renew it.\n\nRenew: https://admin.gandi.net/domain/\n\nThe Gandi team\n", [("Auto-Submitted", "auto-generated")])
nb("nb-rackspace-spam-quarantine-digest.eml", "Rackspace Email Quarantine <quarantine@emailsrvr.com>", "sales@northwind-supply.example",
   "Spam Quarantine Summary: 4 new messages", D(7, 12), "smtp.emailsrvr.com",
   "The following messages were held in your spam quarantine in the last 24 hours\nand were not delivered to your inbox:\n\n  From: promo@cheap-leads.example     Subject: 10,000 verified B2B contacts\n  From: noreply@invoice-alert.example Subject: Overdue invoice #7731\n  From: info@crypto-gains.example     Subject: Last chance\n  From: support@parcel-track.example  Subject: Your parcel could not be delivered\n\nTo release a message, log in to https://apps.rackspace.com/quarantine\n", [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
nb("nb-hostinger-mailbox-storage-full.eml", "Hostinger <no-reply@hostinger.com>", "admin@northwind-supply.example",
   "Email storage limit reached for info@northwind-supply.example", D(7, 14), "mailer.hostinger.com",
   "Hi,\n\nThe mailbox info@northwind-supply.example has reached 100% of its 1 GB\nstorage. New incoming messages may be rejected until space is freed.\nUpgrade to Business Email for 10 GB per mailbox.\n\nHostinger\n", [("Auto-Submitted", "auto-generated")])
nb("nb-bluehost-account-suspended-payment.eml", "Bluehost Billing <billing@bluehost.com>", "admin@northwind-supply.example",
   "Action required: payment failed for hosting account northw12", D(7, 16), "mail.bluehost.com",
   "Hello,\n\nWe could not charge your card ending 4412 for the renewal of your\nhosting account northw12. If we do not receive payment within 7 days,\nthe account and its email will be suspended.\n\nUpdate payment details: https://my.bluehost.com/billing\n\nBluehost\n")
nb("nb-cpanel-disk-quota-admin.eml", "cPanel on gator4123.hostgator.com <cpanel@gator4123.hostgator.com>", "sales@brightpath-tools.example",
   "[gator4123.hostgator.com] The account \"brightpa\" is using 92% of its disk quota", D(7, 18), "gator4123.hostgator.com",
   "The cPanel account \"brightpa\" is using 9.2 GB of its 10 GB disk quota.\nMailboxes on the account:\n  sales@brightpath-tools.example   4.1 GB\n  info@brightpath-tools.example    2.7 GB\n\nWhen the quota is reached, incoming mail will be deferred or rejected.\n", [("Auto-Submitted", "auto-generated"), ("X-Precedence", "auto_reply")])
nb("nb-yandex360-tariff-invoice.eml", "Yandex 360 <noreply@360.yandex.ru>", "admin@northwind-supply.example",
   "Yandex 360 for Business: invoice for December", D(7, 20), "forward101b.mail.yandex.net",
   "Hello,\n\nThe invoice for your Yandex 360 organisation (12 users, Standard plan)\nis ready. Amount due: 3,600 RUB by 10 December.\n\nIf the invoice is not paid, mailboxes of your organisation will be\nrestricted to read-only.\n\nYandex 360 team\n")
nb("nb-fastmail-login-new-device.eml", "Fastmail <security@fastmail.com>", "ops@northwind-supply.example",
   "New login to your Fastmail account", D(7, 22), "mail.messagingengine.com",
   "Hi,\n\nYour account ops@northwind-supply.example was logged into from a new\ndevice: Firefox on Linux, Frankfurt, Germany (203.0.113.7).\n\nIf this wasn't you, change your password now.\n\nFastmail\n", [("Auto-Submitted", "auto-generated")])
nb("nb-proton-storage-80pct.eml", "Proton <no-reply@proton.me>", "legal@northwind-supply.example",
   "Your Proton storage is almost full", D(7, 24), "mail.protonmail.ch",
   "Your account is using 12 GB of 15 GB. When storage is full you will not be\nable to receive new emails, and senders will be told your mailbox is full.\n\nUpgrade or free up space: https://account.proton.me/\n\nProton\n")
nb("nb-google-workspace-billing-suspension-warning.eml", "The Google Workspace Team <workspace-noreply@google.com>", "admin@northwind-supply.example",
   "[Action required] Your Google Workspace subscription will be suspended", D(7, 26), "mail-sor-f69.google.com",
   "Hello Administrator,\n\nWe were unable to process the payment for northwind-supply.example.\nUnless payment is made within 10 days, your Google Workspace services,\nincluding Gmail, will be suspended and users will not be able to send or\nreceive email.\n\nGoogle Workspace Billing\n", [("Auto-Submitted", "auto-generated")])
nb("nb-m365-quarantine-notification.eml", "Microsoft 365 Security <quarantine@messaging.microsoft.com>", "billing@orchard-analytics.example",
   "Microsoft 365 security: You have messages in quarantine", D(7, 28), "NAM12-BN8-obe.outbound.protection.outlook.com",
   "Review these messages. They were held in quarantine and not delivered to your inbox.\n\nSender: ceo-office@paym3nts-portal.example\nSubject: Wire transfer approval needed\nDate: 2 December 2026\nQuarantine reason: High confidence phishing\n\nRelease | Block sender\n", [("Auto-Submitted", "auto-generated")])
nb("nb-workmail-admin-mailbox-created.eml", "Amazon WorkMail <no-reply@workmail.aws>", "admin@northwind-supply.example",
   "A new user was created in your Amazon WorkMail organization", D(7, 30), "a8-12.smtp-out.amazonses.com",
   "A user warehouse@northwind-supply.example was created in organization\nm-3f1a2b. The mailbox will be ready within a few minutes.\n\nAmazon Web Services\n")
nb("nb-contact-form-website.eml", "Website contact form <wordpress@northwind-supply.example>", "sales@northwind-supply.example",
   "New message from your website: bulk order question", D(7, 32), "box5123.bluehost.com",
   "Name: Jorge Medina\nEmail: jorge@casa-azulejo.example\nCompany: Casa Azulejo\n\nMessage:\nHi, my earlier mail to you bounced back saying my mailbox was full, sorry\nabout that, it is fixed now. Can you quote 400 boxes of tile adhesive?\n\n--\nThis e-mail was sent from a contact form on Northwind Supply (https://northwind-supply.example)\n",
   [("Reply-To", "jorge@casa-azulejo.example")])
nb("nb-customer-reply-wrong-address.eml", "Hana Sato <hana@driftwood-legal.example>", "orders@northwind-supply.example",
   "Re: Contract draft v3", D(7, 34), "mail.protonmail.ch",
   "Hi,\n\nYour message bounced because my inbox was full, I've cleaned it up now.\nAlso please stop using hana.s@driftwood-legal.example, that address does\nnot exist any more; use this one.\n\nThanks,\nHana\n\nOn Tue, 1 Dec 2026 at 22:04, orders@northwind-supply.example wrote:\n> Please find contract draft v3 attached.\n",
   [("In-Reply-To", mid("proton-mailbox-full.eml" + "o", "northwind-supply.example"))])
nb("nb-spam-fake-mailbox-suspension.eml", "Mail Administrator <admin@secure-mailbox-verify.example>", "orders@northwind-supply.example",
   "Delivery failure: your mailbox will be suspended", D(7, 36), "vps-19.cheap-hosting.example",
   "Dear user,\n\nYour mailbox orders@northwind-supply.example has exceeded its quota and\n5 incoming messages were not delivered. To avoid suspension, verify your\naccount within 24 hours:\n\nhttps://secure-mailbox-verify.example/login\n\nMail Administrator\n",
   html="<p>Dear user,</p><p>Your mailbox has exceeded its quota. <a href=\"https://secure-mailbox-verify.example/login\">Verify now</a></p>")
nb("nb-icloud-plus-custom-domain-setup.eml", "Apple <noreply@email.apple.com>", "admin@northwind-supply.example",
   "Your custom email domain is ready", D(7, 38), "rn2-txn-msbadger07103.apple.com",
   "Your domain northwind-supply.example is now set up with iCloud Mail.\nMessages sent to addresses at this domain will be delivered to iCloud.\nIf you remove the domain, mail sent to it will not be delivered.\n\nApple Support\n")
nb("nb-tuta-invoice.eml", "Tuta <invoice@tutao.de>", "admin@northwind-supply.example",
   "Your Tuta invoice 2026-12-0042", D(7, 40), "mail.tutanota.de",
   "Hello,\n\nyour invoice 2026-12-0042 for Tuta Business (3 users) is available in\nSettings > Payment. Amount: EUR 18.00.\n\nYour Tuta team\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
