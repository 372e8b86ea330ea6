#!/usr/bin/env python3
"""Writes testdata/unseen/batch-45: Microsoft Exchange on-premises NDRs from
Exchange 5.5 to 2019, as the receiving and as the relaying side (X.400-era
texts, 'The following recipient(s) could not be reached', 'Delivery has
failed to these recipients or groups', 'Remote Server returned'), delay
notices, recalls and distribution-list expansions, Outlook out-of-office
replies, and in not-bounce/ Exchange's other automatic mail (receipts,
recall results, meeting responses, quota warnings, journal reports) and
people's replies, which must give no record.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch45.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, delivery_status, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, received, text_part, write_expected)
from samplelib import write as _write  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def write(dirpath, name, text):
    # Exchange writes "smtp;550 ..." with no space; samplelib adds its own "smtp; " before such a value.
    _write(dirpath, name, text.replace("Diagnostic-Code: smtp; smtp;", "Diagnostic-Code: smtp;"))


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1"):
    return received([(frm, ip, by, sw, qid(name), date)])


def orig(name, frm, to, subject, date, host, extra=""):
    return orig_headers(frm, to, subject, date, mid(name + "/orig", host), extra)


# ---------------------------------------------------------------- Exchange 5.5
def ex55(name, *, org, site, server, dom, sender, sender_name, to_line, subject, sent, date, failures,
         vendor="exchange55"):
    """failures: (address, date text, reason line, MSEXCH line or None)."""
    lines = ["Your message", "", f"  To:      {to_line}", f"  Subject: {subject}", f"  Sent:    {sent}", "",
             "did not reach the following recipient(s):", ""]
    for addr, when, why, diag in failures:
        lines.append(f"{addr} on {when}")
        lines.append(f"            {why}")
        lines.append(f"\tThe MTS-ID of the original message is: c=US;a= ;p={org};l={server}-{qid(name, 10)}")
        if diag:
            lines.append(f"            {diag}")
        lines.append("")
    host = f"{server.lower()}.{dom}"
    bnd = boundary(name)
    body = multipart("mixed", [text_part("\n".join(lines)),
                               part("message/rfc822", orig(name, sender, to_line, subject, date, dom), cte=None)],
                     bnd, "")
    heads = [hop(name, host, "Microsoft Exchange Server Internet Mail Service 5.5.2653.13", date),
             ("Message-ID", mid(name, host)), ("From", f"System Administrator <postmaster@{dom}>"),
             ("To", f"{sender_name} <{sender}>"), ("Subject", f"Undeliverable: {subject}"), ("Date", date),
             ("X-Mailer", "Internet Mail Service (5.5.2653.19)"), ("X-MS-Embedded-Report", "")]
    write(OUT, name, mail(heads, body))


# ------------------------------------------------------- Exchange 2000 / 2003
def ex2003(name, *, dom, server, sender, sender_name, subject, sent, date, failures, version="6.5.7638.1",
           dsn=True):
    """failures: dict(addr, why, diag (the <host #x.x.x ...> line), status, remote, dsn_diag, action)."""
    host = f"{server}.{dom}"
    lines = ["Your message did not reach some or all of the intended recipients.", "",
             f"      Subject:\t{subject}", f"      Sent:\t{sent}", "",
             "The following recipient(s) could not be reached:", ""]
    recips = []
    for f in failures:
        lines.append(f"      {f['addr']} on {sent}")
        lines.append(f"            {f['why']}")
        lines.append(f"            {f['diag']}")
        lines.append("")
        r = {"final": f["addr"], "status": f["status"], "action": "failed"}
        if f.get("remote"):
            r["remote"] = f["remote"]
        if f.get("dsn_diag"):
            r["diag"] = f["dsn_diag"]
        if f.get("original"):
            r["original"] = f["original"]
        recips.append(r)
    text = "\n".join(lines)
    o = orig(name, sender, ", ".join(f["addr"] for f in failures), subject, date, dom,
             "X-MimeOLE: Produced By Microsoft Exchange V6.5")
    bnd = boundary(name)
    if dsn:
        body = multipart("report", [text_part(text), delivery_status(host, recips, date),
                                    part("message/rfc822", o, cte=None)], bnd, " report-type=delivery-status;")
    else:
        body = multipart("mixed", [text_part(text), part("message/rfc822", o, cte=None)], bnd, "")
    heads = [hop(name, host, f"Microsoft Exchange V{version}", date),
             ("Subject", f"Undeliverable: {subject}"), ("Date", date), ("Message-ID", mid(name, host)),
             ("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", ""), ("From", f"System Administrator"
                                                                                f" <postmaster@{dom}>"),
             ("To", f"{sender_name} <{sender}>"), ("X-MimeOLE", "Produced By Microsoft Exchange V6.5")]
    write(OUT, name, mail(heads, body))


def iis_dsn(name, *, dom, server, sender, subject, date, recips, kind="Failure", text_extra="",
            sw="Microsoft SMTPSVC(6.0.3790.3959)"):
    """The SMTP service's own DSN (Exchange 2000/2003 relaying)."""
    host = f"{server}.{dom}"
    if kind == "Delay":
        text = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE "
                "ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has "
                "been delayed.\n\n" + "\n".join(f"       {r['final']}" for r in recips) + "\n")
    else:
        text = ("This is an automatically generated Delivery Status Notification.\n\nDelivery to the following "
                "recipients failed.\n\n" + "\n".join(f"       {r['final']}" for r in recips) + "\n")
    text += text_extra
    o = orig(name, sender, ", ".join(r["final"] for r in recips), subject, date, dom)
    bnd = boundary(name)
    body = multipart("report", [text_part(text), delivery_status(host, recips, date),
                                part("message/rfc822", o, cte=None)], bnd, " report-type=delivery-status;")
    heads = [hop(name, host, sw, date), ("From", f"postmaster@{dom}"), ("To", sender), ("Date", date),
             ("Subject", f"Delivery Status Notification ({kind})"), ("Message-ID", mid(name, host))]
    write(OUT, name, mail(heads, body))


# ------------------------------------------------------ Exchange 2007 / 2010
FRIENDLY = {
    "unknown": "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address "
               "and try to resend the message. If the problem continues, please contact your helpdesk.",
    "full": "The recipient's mailbox is full and can't accept messages now. Please try resending your message "
            "later, or contact the recipient directly.",
    "remote": "The recipient's e-mail system rejected your message. Please check the recipient's e-mail "
              "address and try to resend the message. If the problem continues, please contact your helpdesk.",
    "size": "Your message is too big to send. Please reduce the size of the message and try again.",
    "perm": "You do not have permission to send to this recipient. For assistance, contact your system "
            "administrator.",
    "generic": "Microsoft Exchange will not try to redeliver this message for you. Please provide the following "
               "diagnostic text to your system administrator.",
    "domain": "The domain name in the e-mail address is incorrect. Check the address and try again.",
    "expired": "The message couldn't be delivered in the time limit specified. Please try to resend the "
               "message later. If the problem continues, contact your helpdesk.",
}


def ex2010(name, *, dom, server, sender, sender_name, subject, date, failures, version="14.3.224.2",
           groups="groups", remote_host=None, original_text=True):
    """failures: dict(addr, display, friendly, admin (list of lines after the address), status, dsn_diag,
    remote, original)."""
    host = f"{server}.{dom}"
    lines = [f"Delivery has failed to these recipients or {groups}:", ""]
    for f in failures:
        lines.append(f"{f['display']} ({f['addr']})" if f.get("display") else f["addr"])
        lines.append(FRIENDLY[f["friendly"]])
        lines.append("")
    lines += ["", "", "", "", "", "Diagnostic information for administrators:", "", f"Generating server: {host}", ""]
    recips = []
    for f in failures:
        lines.append(f["addr"])
        lines += f["admin"]
        lines.append("")
        r = {"final": f["addr"], "status": f["status"], "action": "failed"}
        for k in ("remote", "original"):
            if f.get(k):
                r[k] = f[k]
        if f.get("dsn_diag"):
            r["diag"] = f["dsn_diag"]
        recips.append(r)
    o = orig(name, sender, ", ".join(f["addr"] for f in failures), subject, date, dom,
             f"X-MS-Exchange-Organization-AuthAs: Internal\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\n"
             f"Thread-Topic: {subject}")
    lines += ["Original message headers:", "", o.rstrip("\n")]
    bnd = boundary(name)
    body = multipart("report", [text_part("\n".join(lines)), delivery_status(host, recips, date),
                                part("message/rfc822", o, cte=None)], bnd, " report-type=delivery-status;")
    heads = [hop(name, host, f"Microsoft Exchange Server (TLS) id {version}", date),
             ("From", f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
             ("To", f"{sender_name} <{sender}>"), ("Date", date), ("Subject", f"Undeliverable: {subject}"),
             ("Thread-Topic", subject), ("Message-ID", mid(name, host)),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
             ("X-MS-Exchange-Organization-SCL", "-1"), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, body))


def ex2010_delay(name, *, dom, server, sender, sender_name, subject, date, addr, admin, status, dsn_diag,
                 remote=None, version="14.3.301.0", keep="1 day, 22 hours, 57 minutes"):
    host = f"{server}.{dom}"
    lines = ["Delivery is delayed to these recipients or distribution lists:", "", addr, "",
             f"Subject: {subject}", "",
             "This message has not yet been delivered. Microsoft Exchange will continue to try delivering "
             "the message on your behalf.", "",
             f"Delivery of this message will be attempted until {keep} from now. You will be notified if the "
             "message cannot be delivered by that time.", "", "", "", "",
             "Diagnostic information for administrators:", "", f"Generating server: {host}", "", addr] + admin
    r = {"final": addr, "status": status, "action": "delayed", "diag": dsn_diag}
    if remote:
        r["remote"] = remote
    o = orig(name, sender, addr, subject, date, dom)
    bnd = boundary(name)
    body = multipart("report", [text_part("\n".join(lines)), delivery_status(host, [r], date),
                                part("text/rfc822-headers", o, cte=None)], bnd, " report-type=delivery-status;")
    heads = [hop(name, host, f"Microsoft Exchange Server (TLS) id {version}", date),
             ("From", f"Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
             ("To", f"{sender_name} <{sender}>"), ("Date", date), ("Subject", f"Delivery Delayed: {subject}"),
             ("Message-ID", mid(name, host)), ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, body))


# ------------------------------------------------- Exchange 2013 / 2016 / 2019
def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


def ex2016(name, *, dom, server, sender, sender_name, subject, date, failures, version="15.1.2507.39",
           receiving=None, delay=False, keep=None):
    host = f"{server}.{dom}"
    if delay:
        lines = ["Delivery is delayed to these recipients or groups:", ""]
    else:
        lines = ["Delivery has failed to these recipients or groups:", ""]
    for f in failures:
        lines.append(f"{f['addr']}<mailto:{f['addr']}>")
        if not delay:
            lines.append(FRIENDLY[f["friendly"]].replace("e-mail", "email"))
        lines.append("")
    if delay:
        lines += [f"Subject: {subject}", "",
                  "This message hasn't been delivered yet. Delivery will continue to be attempted.", "",
                  f"The server will keep trying to deliver this message for the next {keep}. You'll be notified "
                  "if the message can't be delivered by that time.", ""]
    lines += ["", "", "", "", "Diagnostic information for administrators:", "", f"Generating server: {host}"]
    if receiving:
        lines.append(f"Receiving server: {receiving}")
    lines.append("")
    recips = []
    for f in failures:
        lines.append(f["addr"])
        lines += f["admin"]
        lines.append("")
        r = {"final": f["addr"], "status": f["status"], "action": "delayed" if delay else "failed"}
        for k in ("remote", "original"):
            if f.get(k):
                r[k] = f[k]
        if f.get("dsn_diag"):
            r["diag"] = f["dsn_diag"]
        recips.append(r)
    o = orig(name, sender, ", ".join(f["addr"] for f in failures), subject, date, dom,
             f"X-MS-Exchange-Organization-AuthAs: Internal\nThread-Topic: {subject}")
    lines += ["Original message headers:", "", o.rstrip("\n")]
    text = "\n".join(lines)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>"
            "<body>\n<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
            + ("Delivery is delayed to these recipients or groups:" if delay else
               "Delivery has failed to these recipients or groups:")
            + "</font></b></p>\n<pre>\n" + html_esc(text) + "\n</pre>\n</body></html>")
    bnd = boundary(name)
    alt = multipart("alternative", [text_part(text), text_part(html, subtype="html", cte="quoted-printable")],
                    boundary(name, 2), "")
    parts = [alt, delivery_status(host, recips, date),
             part("message/rfc822" if not delay else "text/rfc822-headers", o, cte=None)]
    body = multipart("report", parts, bnd, " report-type=delivery-status;")
    heads = [hop(name, host, f"Microsoft Exchange Server (version 15.1, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384)"
                 f" id {version}", date),
             ("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
             ("To", f"{sender_name} <{sender}>"), ("Date", date),
             ("Subject", (f"Delivery delayed:{subject}" if delay else f"Undeliverable: {subject}")),
             ("Message-ID", mid(name, host)), ("Content-Language", "en-US"),
             ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
             ("Auto-Submitted", "auto-replied")]
    write(OUT, name, mail(heads, body))


def oof(name, *, frm, frm_name, to, subject_prefix, subject, date, host, text, version, charset="us-ascii",
        cte=None, x_auto=True, subj_enc=None):
    heads = [hop(name, host, f"Microsoft Exchange Server id {version}", date),
             ("From", f"{frm_name} <{frm}>"), ("To", to), ("Date", date),
             ("Subject", subj_enc or f"{subject_prefix} {subject}"), ("Thread-Topic", subject),
             ("Message-ID", mid(name, host)), ("In-Reply-To", mid(name + "/orig", "example.org"))]
    if x_auto:
        heads += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", frm)]
    write(OUT, name, mail(heads, text_part(text, charset, cte)))
    expect(name, frm, "vacation", vendor="exchange")


def d(day, h, m, tz="+0000", y=2026, mo=11):
    return dt(y, mo, day, h, m, 17 % (h + 1), tz)


# =================================================================== bounces
# ---- Exchange 5.5 (X.400-era wording, no DSN part)
N = "x45-ex55-ims-unknown-recipient.eml"
ex55(N, org="Harrow Mills", site="Leeds", server="HMLEEDS01", dom="harrow-mills.example",
     sender="g.thornton@harrow-mills.example", sender_name="Thornton, Graham", to_line="'Pemberton, Alice'",
     subject="Revised yarn tariff", sent="Tue, 10 Nov 2026 09:14:22 -0000", date=d(10, 9, 16),
     failures=[("a.pemberton@weavers-guild.example", "Tue, 10 Nov 2026 09:16:05 -0000",
                "The recipient name is not recognized",
                "MSEXCH:IMS:Harrow Mills:Leeds:HMLEEDS01 0 (000C05A6) Unknown Recipient")])
expect(N, "a.pemberton@weavers-guild.example", "userunknown", True, vendor="exchange55")

N = "x45-ex55-no-transport-provider.eml"
ex55(N, org="Corbel", site="HQ", server="CORBELHQ", dom="corbel-insurance.example",
     sender="m.ashdown@corbel-insurance.example", sender_name="Mary Ashdown", to_line="Claims Desk",
     subject="Claim 88213 documents", sent="Wed, 11 Nov 2026 14:02:40 -0000", date=d(11, 14, 3),
     failures=[("claims@loss-adjusters.example", "Wed, 11 Nov 2026 14:03:02 -0000",
                "No transport provider was available for delivery to this recipient.", None)])
expect(N, "claims@loss-adjusters.example", "systemerror", vendor="exchange55")

N = "x45-ex55-ims-relaying-denied.eml"
ex55(N, org="Fenwick", site="Bristol", server="FNBRS02", dom="fenwick-legal.example",
     sender="o.marsh@fenwick-legal.example", sender_name="Oliver Marsh", to_line="'j.carver@carver-estates.example'",
     subject="Completion statement", sent="Thu, 12 Nov 2026 11:40:09 -0000", date=d(12, 11, 41),
     failures=[("j.carver@carver-estates.example", "Thu, 12 Nov 2026 11:41:30 -0000",
                "The recipient name is not recognized",
                "MSEXCH:IMS:Fenwick:Bristol:FNBRS02 3550 (000B099C) 550 5.7.1 <j.carver@carver-estates.example>"
                "... Relaying denied")])
expect(N, "j.carver@carver-estates.example", "norelaying", reply="550", status="5.7.1", vendor="exchange55")

N = "x45-ex55-conversion-failed.eml"
ex55(N, org="Osric", site="Main", server="OSRIC1", dom="osric-engineering.example",
     sender="p.lamb@osric-engineering.example", sender_name="Peter Lamb", to_line="Drawing Office",
     subject="GA drawing rev F", sent="Fri, 13 Nov 2026 16:22:51 -0000", date=d(13, 16, 24),
     failures=[("drawings@tanner-fabrication.example", "Fri, 13 Nov 2026 16:24:10 -0000",
                "The message could not be converted to the recipient's format, so it was not delivered.",
                "MSEXCH:MSExchangeMTA:Main:OSRIC1 (conversion-not-performed) Content conversion failed")])
expect(N, "drawings@tanner-fabrication.example", "contenterror", vendor="exchange55")

N = "x45-ex55-dl-member-unknown.eml"
ex55(N, org="Lydgate", site="Norwich", server="LYDNOR", dom="lydgate-council.example",
     sender="clerk@lydgate-council.example", sender_name="Parish Clerk", to_line="Planning Committee",
     subject="Agenda for 19 November", sent="Mon, 16 Nov 2026 08:05:13 -0000", date=d(16, 8, 7),
     failures=[("r.dunmore@dunmore-farms.example", "Mon, 16 Nov 2026 08:07:44 -0000",
                "The recipient name is not recognized (expanded from distribution list Planning Committee)",
                "MSEXCH:IMS:Lydgate:Norwich:LYDNOR 0 (000C05A6) Unknown Recipient")])
expect(N, "r.dunmore@dunmore-farms.example", "userunknown", True, vendor="exchange55")

N = "x45-ex55-full-and-unreachable.eml"
ex55(N, org="Quillon", site="Derby", server="QDERBY", dom="quillon-tools.example",
     sender="sales@quillon-tools.example", sender_name="Quillon Sales", to_line="Distributors",
     subject="Spring price list", sent="Tue, 17 Nov 2026 10:31:00 -0000", date=d(17, 10, 33),
     failures=[("orders@brackley-hardware.example", "Tue, 17 Nov 2026 10:33:12 -0000",
                "The recipient's mailbox is full and cannot accept further messages",
                "MSEXCH:IMS:Quillon:Derby:QDERBY 3552 (000B09AA) 552 5.2.2 Mailbox quota exceeded"),
               ("buying@stamford-trade.example", "Tue, 17 Nov 2026 10:33:12 -0000",
                "The recipient's e-mail system could not be reached (host unreachable)",
                "MSEXCH:IMS:Quillon:Derby:QDERBY 0 (000B0981) Host unreachable")])
expect(N, "orders@brackley-hardware.example", "mailboxfull", reply="552", status="5.2.2", vendor="exchange55")
expect(N, "buying@stamford-trade.example", "networkerror", vendor="exchange55")

# ---- Exchange 2000 / 2003
N = "x45-ex2000-iis-failure-user-unknown.eml"
iis_dsn(N, dom="kestle-dairy.example", server="KDSRV01", sender="accounts@kestle-dairy.example",
        subject="Remittance advice 4471", date=d(3, 13, 12, "-0500"), sw="Microsoft SMTPSVC(5.0.2195.6713)",
        recips=[{"final": "ap@greenfield-feeds.example", "status": "5.1.1", "remote": "mail.greenfield-feeds.example",
                 "diag": "smtp;550 5.1.1 <ap@greenfield-feeds.example>... User unknown"}])
expect(N, "ap@greenfield-feeds.example", "userunknown", True, "5.1.1", "550", vendor="exchange2000")

N = "x45-ex2000-iis-delay-warning.eml"
iis_dsn(N, dom="kestle-dairy.example", server="KDSRV01", sender="h.lowe@kestle-dairy.example",
        subject="Tanker schedule", date=d(4, 7, 45, "-0500"), kind="Delay", sw="Microsoft SMTPSVC(5.0.2195.6713)",
        recips=[{"final": "transport@moorland-haulage.example", "status": "4.4.7", "action": "delayed"}])
expect(N, "transport@moorland-haulage.example", "expired", status="4.4.7", action="delayed", vendor="exchange2000")

N = "x45-ex2000-quota-refused.eml"
ex2003(N, dom="pellow-surveys.example", server="PSMAIL", sender="n.pellow@pellow-surveys.example",
       sender_name="Nick Pellow", subject="Boundary survey invoice", sent="11/18/2026 3:10 PM",
       date=d(18, 15, 11), version="6.0.6249.0",
       failures=[{"addr": "m.trevail@trevail-homes.example",
                  "why": "The message reached the recipient's e-mail system, but delivery was refused.  Attempt "
                         "to resend the message.  If it still fails, contact your system administrator.",
                  "diag": "<PSMAIL.pellow-surveys.example #5.0.0 smtp;552 5.2.2 <m.trevail@trevail-homes.example> "
                          "Mailbox quota exceeded>",
                  "status": "5.0.0", "remote": "mx.trevail-homes.example",
                  "dsn_diag": "smtp;552 5.2.2 <m.trevail@trevail-homes.example> Mailbox quota exceeded"}])
expect(N, "m.trevail@trevail-homes.example", "mailboxfull", status="5.0.0", reply="552", vendor="exchange2000")

N = "x45-ex2000-relay-remote-spam.eml"
ex2003(N, dom="pellow-surveys.example", server="PSMAIL", sender="office@pellow-surveys.example",
       sender_name="Pellow Surveys", subject="Newsletter: November", sent="11/19/2026 9:02 AM",
       date=d(19, 9, 3), version="6.0.6249.0",
       failures=[{"addr": "info@rosevear-garage.example",
                  "why": "A problem occurred during the delivery of this message to this e-mail address. Try "
                         "sending this message again. If the problem continues, contact your helpdesk.",
                  "diag": "<PSMAIL.pellow-surveys.example #5.7.1 smtp;554 5.7.1 Message rejected as spam by "
                          "Content Filtering.>",
                  "status": "5.7.1", "remote": "mail.rosevear-garage.example",
                  "dsn_diag": "smtp;554 5.7.1 Message rejected as spam by Content Filtering."}])
expect(N, "info@rosevear-garage.example", "spamdetected", status="5.7.1", reply="554", vendor="exchange2000")

N = "x45-ex2000-iis-size-exceeded.eml"
iis_dsn(N, dom="kestle-dairy.example", server="KDSRV01", sender="lab@kestle-dairy.example",
        subject="Milk test scans", date=d(5, 11, 20, "-0500"), sw="Microsoft SMTPSVC(5.0.2195.6713)",
        recips=[{"final": "results@vet-partners.example", "status": "5.3.4", "remote": "mx.vet-partners.example",
                 "diag": "smtp;552 5.3.4 Message size exceeds fixed maximum message size"}])
expect(N, "results@vet-partners.example", "emailtoolarge", status="5.3.4", reply="552", vendor="exchange2000")

N = "x45-ex2003-remote-spamhaus.eml"
ex2003(N, dom="barnstaple-vets.example", server="BVEX01", sender="reception@barnstaple-vets.example",
       sender_name="Reception", subject="Vaccination reminder", sent="11/20/2026 10:15 AM", date=d(20, 10, 16),
       failures=[{"addr": "s.heddon@heddon-mouth.example",
                  "why": "You do not have permission to send to this recipient.  For assistance, contact your "
                         "system administrator.",
                  "diag": "<BVEX01.barnstaple-vets.example #5.7.1 smtp;554 5.7.1 Service unavailable; Client host "
                          "[198.51.100.44] blocked using zen.spamhaus.org>",
                  "status": "5.7.1", "remote": "mx.heddon-mouth.example",
                  "dsn_diag": "smtp;554 5.7.1 Service unavailable; Client host [198.51.100.44] blocked using "
                              "zen.spamhaus.org"}])
expect(N, "s.heddon@heddon-mouth.example", "blocked", status="5.7.1", reply="554", vendor="exchange2003")

N = "x45-ex2003-recall-account-missing.eml"
ex2003(N, dom="barnstaple-vets.example", server="BVEX01", sender="k.ashford@barnstaple-vets.example",
       sender_name="Kate Ashford", subject="Recall: Locum rota December", sent="11/20/2026 4:48 PM",
       date=d(20, 16, 49),
       failures=[{"addr": "locum.cover@tarka-vets.example",
                  "why": "The e-mail account does not exist at the organization this message was sent to.  Check "
                         "the e-mail address, or contact the recipient directly to find out the correct address.",
                  "diag": "<mail.tarka-vets.example #5.1.1>", "status": "5.1.1",
                  "remote": "mail.tarka-vets.example",
                  "dsn_diag": "smtp;550 5.1.1 <locum.cover@tarka-vets.example>: Recipient address rejected: "
                              "User unknown"}])
expect(N, "locum.cover@tarka-vets.example", "userunknown", True, "5.1.1", "550", vendor="exchange2003")

N = "x45-ex2003-full-and-unknown.eml"
ex2003(N, dom="calder-bank.example", server="CBMX02", sender="treasury@calder-bank.example",
       sender_name="Treasury Desk", subject="Rate sheet 23/11", sent="11/23/2026 8:01 AM", date=d(23, 8, 2),
       failures=[{"addr": "h.briggs@calder-bank.example",
                  "why": "The recipient's mailbox is full and can't accept messages now.  Please try resending "
                         "this message later, or contact the recipient directly.",
                  "diag": "<CBMX02.calder-bank.example #5.2.2>", "status": "5.2.2"},
                 {"addr": "p.swales@calder-bank.example",
                  "why": "The e-mail account does not exist at the organization this message was sent to.  Check "
                         "the e-mail address, or contact the recipient directly to find out the correct address.",
                  "diag": "<CBMX02.calder-bank.example #5.1.1>", "status": "5.1.1"}])
expect(N, "h.briggs@calder-bank.example", "mailboxfull", status="5.2.2", vendor="exchange2003")
expect(N, "p.swales@calder-bank.example", "userunknown", True, "5.1.1", vendor="exchange2003")

N = "x45-ex2003-remote-no-reverse-dns.eml"
ex2003(N, dom="calder-bank.example", server="CBMX02", sender="loans@calder-bank.example",
       sender_name="Loans Team", subject="Offer letter", sent="11/24/2026 11:30 AM", date=d(24, 11, 31),
       failures=[{"addr": "d.ainsworth@ainsworth-joinery.example",
                  "why": "A problem occurred during the delivery of this message to this e-mail address. Try "
                         "sending this message again. If the problem continues, contact your helpdesk.",
                  "diag": "<CBMX02.calder-bank.example #5.0.0 smtp;550 5.7.1 Client host rejected: cannot find "
                          "your reverse hostname, [198.51.100.71]>",
                  "status": "5.0.0", "remote": "mx.ainsworth-joinery.example",
                  "dsn_diag": "smtp;550 5.7.1 Client host rejected: cannot find your reverse hostname, "
                              "[198.51.100.71]"}])
expect(N, "d.ainsworth@ainsworth-joinery.example", "requireptr", status="5.0.0", reply="550", vendor="exchange2003")

N = "x45-ex2003-remote-sender-domain.eml"
ex2003(N, dom="marlow-rowing.example", server="MRC-SBS", sender="captain@rowing.marlow-rowing.example",
       sender_name="Club Captain", subject="Regatta entries", sent="11/24/2026 7:12 PM", date=d(24, 19, 13),
       failures=[{"addr": "entries@henley-regatta.example",
                  "why": "A problem occurred during the delivery of this message to this e-mail address. Try "
                         "sending this message again. If the problem continues, contact your helpdesk.",
                  "diag": "<MRC-SBS.marlow-rowing.example #5.0.0 smtp;553 5.1.8 <captain@rowing.marlow-rowing."
                          "example>... Domain of sender address captain@rowing.marlow-rowing.example does not "
                          "exist>",
                  "status": "5.0.0", "remote": "mx.henley-regatta.example",
                  "dsn_diag": "smtp;553 5.1.8 <captain@rowing.marlow-rowing.example>... Domain of sender address "
                              "captain@rowing.marlow-rowing.example does not exist"}])
expect(N, "entries@henley-regatta.example", "rejected", status="5.0.0", reply="553", vendor="exchange2003")

N = "x45-ex2003-iis-delay-connection-failed.eml"
iis_dsn(N, dom="marlow-rowing.example", server="MRC-SBS", sender="secretary@marlow-rowing.example",
        subject="AGM minutes", date=d(25, 6, 30), kind="Delay",
        recips=[{"final": "hon.sec@thames-clubs.example", "status": "4.4.1", "action": "delayed",
                 "diag": "smtp;441 4.4.1 The connection to the remote host mail.thames-clubs.example "
                         "[203.0.113.58] failed (connection timed out)"}])
expect(N, "hon.sec@thames-clubs.example", "networkerror", status="4.4.1", reply="441", action="delayed",
       vendor="exchange2003")

N = "x45-ex2003-remote-virus.eml"
ex2003(N, dom="calder-bank.example", server="CBMX02", sender="it.support@calder-bank.example",
       sender_name="IT Support", subject="Updated VPN installer", sent="11/25/2026 2:40 PM", date=d(25, 14, 41),
       failures=[{"addr": "netops@halifax-datacentre.example",
                  "why": "A problem occurred during the delivery of this message to this e-mail address. Try "
                         "sending this message again. If the problem continues, contact your helpdesk.",
                  "diag": "<CBMX02.calder-bank.example #5.0.0 smtp;550 5.7.1 Message rejected: infected with "
                          "Trojan.Win32.Agent (attachment vpnsetup.exe)>",
                  "status": "5.0.0", "remote": "smtp.halifax-datacentre.example",
                  "dsn_diag": "smtp;550 5.7.1 Message rejected: infected with Trojan.Win32.Agent (attachment "
                              "vpnsetup.exe)"}])
expect(N, "netops@halifax-datacentre.example", "virusdetected", status="5.0.0", reply="550", vendor="exchange2003")

N = "x45-ex2003-iis-failure-queue-expired.eml"
iis_dsn(N, dom="marlow-rowing.example", server="MRC-SBS", sender="bookings@marlow-rowing.example",
        subject="Boathouse hire", date=d(27, 6, 31),
        recips=[{"final": "events@cookham-lodge.example", "status": "4.4.7"}],
        text_extra="\n")
expect(N, "events@cookham-lodge.example", "expired", status="4.4.7", vendor="exchange2003")

N = "x45-ex2003-remote-unable-to-relay.eml"
ex2003(N, dom="barnstaple-vets.example", server="BVEX01", sender="k.ashford@barnstaple-vets.example",
       sender_name="Kate Ashford", subject="Referral: Bramble (spaniel)", sent="11/26/2026 9:22 AM",
       date=d(26, 9, 23),
       failures=[{"addr": "referrals@exeter-vet-hospital.example",
                  "why": "You do not have permission to send to this recipient.  For assistance, contact your "
                         "system administrator.",
                  "diag": "<smarthost.devon-isp.example #5.7.1 smtp;550 5.7.1 <referrals@exeter-vet-hospital."
                          "example>... we do not relay for barnstaple-vets.example>",
                  "status": "5.7.1", "remote": "smarthost.devon-isp.example",
                  "dsn_diag": "smtp;550 5.7.1 <referrals@exeter-vet-hospital.example>... we do not relay for "
                              "barnstaple-vets.example"}])
expect(N, "referrals@exeter-vet-hospital.example", "norelaying", status="5.7.1", reply="550", vendor="exchange2003")

# ---- Exchange 2007
N = "x45-ex2007-imceaex-stale-autocomplete.eml"
X500 = ("IMCEAEX-_O=CRANMORE_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_"
        "CN=JWALSH@cranmore-health.example")
ex2010(N, dom="cranmore-health.example", server="CHEX07", sender="rota@cranmore-health.example",
       sender_name="Rota Office", subject="Night shift swap", date=d(2, 21, 5), version="8.3.83.6",
       groups="distribution lists",
       failures=[{"addr": X500, "display": "Walsh, Joanne", "friendly": "unknown", "status": "5.1.1",
                  "admin": ["#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##"],
                  "dsn_diag": "smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"}])
expect(N, X500, "userunknown", True, "5.1.1", "550", vendor="exchange2007")

N = "x45-ex2007-smtpsend-unable-to-relay.eml"
ex2010(N, dom="cranmore-health.example", server="CHEX07", sender="pharmacy@cranmore-health.example",
       sender_name="Pharmacy", subject="Controlled drugs return", date=d(3, 10, 44), version="8.3.83.6",
       groups="distribution lists",
       failures=[{"addr": "cd.returns@wessex-pharma.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "relay.wessex-pharma.example",
                  "admin": ["#< #5.7.1 smtp;550 5.7.1 Unable to relay for cd.returns@wessex-pharma.example> #SMTP#"],
                  "dsn_diag": "smtp;550 5.7.1 Unable to relay for cd.returns@wessex-pharma.example"}])
expect(N, "cd.returns@wessex-pharma.example", "norelaying", status="5.7.1", reply="550", vendor="exchange2007")

N = "x45-ex2007-delay-remote-quota.eml"
ex2010_delay(N, dom="cranmore-health.example", server="CHEX07", sender="hr@cranmore-health.example",
             sender_name="HR Team", subject="Contract variation", date=d(4, 9, 12), version="8.3.83.6",
             addr="l.fenn@locum-agency.example", status="4.2.2", remote="mx.locum-agency.example",
             admin=["#< #4.2.2 smtp;452 4.2.2 <l.fenn@locum-agency.example>: mailbox over quota, try again "
                    "later> #SMTP#"],
             dsn_diag="smtp;452 4.2.2 <l.fenn@locum-agency.example>: mailbox over quota, try again later")
expect(N, "l.fenn@locum-agency.example", "mailboxfull", status="4.2.2", reply="452", action="delayed",
       vendor="exchange2007")

N = "x45-ex2007-org-send-size-limit.eml"
ex2010(N, dom="cranmore-health.example", server="CHEX07", sender="radiology@cranmore-health.example",
       sender_name="Radiology", subject="DICOM export for review", date=d(5, 15, 2), version="8.3.83.6",
       groups="distribution lists",
       failures=[{"addr": "imaging@teleradiology-partners.example", "friendly": "size", "status": "5.3.4",
                  "admin": ["#550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route ##"],
                  "dsn_diag": "smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route"}])
expect(N, "imaging@teleradiology-partners.example", "emailtoolarge", status="5.3.4", reply="550",
       vendor="exchange2007")

N = "x45-ex2007-remote-spf-fail.eml"
ex2010(N, dom="cranmore-health.example", server="CHEX07", sender="newsletter@cranmore-health.example",
       sender_name="Cranmore News", subject="Winter flu clinics", date=d(6, 8, 30), version="8.3.83.6",
       groups="distribution lists",
       failures=[{"addr": "editor@county-gazette.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx1.county-gazette.example",
                  "admin": ["#< #5.7.1 smtp;550 5.7.1 Message rejected: SPF check failed, 198.51.100.90 is not "
                            "permitted to send for cranmore-health.example> #SMTP#"],
                  "dsn_diag": "smtp;550 5.7.1 Message rejected: SPF check failed, 198.51.100.90 is not permitted "
                              "to send for cranmore-health.example"}])
expect(N, "editor@county-gazette.example", "authfailure", status="5.7.1", reply="550", vendor="exchange2007")

N = "x45-ex2007-dl-expansion-member-unknown.eml"
ex2010(N, dom="cranmore-health.example", server="CHEX07", sender="gp.liaison@cranmore-health.example",
       sender_name="GP Liaison", subject="Discharge summary pilot", date=d(6, 12, 18), version="8.3.83.6",
       groups="distribution lists",
       failures=[{"addr": "dr.okonkwo@valley-surgery.example", "display": "Dr Okonkwo (via Practice Managers)",
                  "friendly": "remote", "status": "5.1.1", "remote": "mail.valley-surgery.example",
                  "original": "practice-managers@cranmore-health.example",
                  "admin": ["#< #5.1.1 smtp;550 5.1.1 <dr.okonkwo@valley-surgery.example>: Recipient address "
                            "rejected: User unknown in local recipient table> #SMTP#"],
                  "dsn_diag": "smtp;550 5.1.1 <dr.okonkwo@valley-surgery.example>: Recipient address rejected: "
                              "User unknown in local recipient table"}])
expect(N, "dr.okonkwo@valley-surgery.example", "userunknown", True, "5.1.1", "550", vendor="exchange2007")

# ---- Exchange 2010
N = "x45-ex2010-remote-returned-user-unknown.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="bursar@ridgeway-schools.example",
       sender_name="Bursar", subject="Trip deposit reminder", date=d(9, 14, 5),
       failures=[{"addr": "parent.hughes@hughes-family.example", "friendly": "unknown", "status": "5.1.1",
                  "remote": "mx.hughes-family.example",
                  "admin": ["mx.hughes-family.example #550 5.1.1 <parent.hughes@hughes-family.example>: Recipient "
                            "address rejected: User unknown in virtual alias table ##"],
                  "dsn_diag": "smtp;550 5.1.1 <parent.hughes@hughes-family.example>: Recipient address rejected: "
                              "User unknown in virtual alias table"}])
expect(N, "parent.hughes@hughes-family.example", "userunknown", True, "5.1.1", "550", vendor="exchange2010")

N = "x45-ex2010-remote-dmarc-reject.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="head@ridgeway-schools.example",
       sender_name="Head Teacher", subject="Inspection outcome", date=d(9, 16, 40),
       failures=[{"addr": "news@oxon-courier.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx.oxon-courier.example",
                  "admin": ["Remote Server returned '550 5.7.1 Unauthenticated email from ridgeway-schools.example "
                            "is not accepted due to domain's DMARC policy.'"],
                  "dsn_diag": "smtp;550 5.7.1 Unauthenticated email from ridgeway-schools.example is not accepted "
                              "due to domain's DMARC policy."}])
expect(N, "news@oxon-courier.example", "authfailure", status="5.7.1", reply="550", vendor="exchange2010")

N = "x45-ex2010-delay-too-many-connections.eml"
ex2010_delay(N, dom="ridgeway-schools.example", server="RSEX10", sender="office@ridgeway-schools.example",
             sender_name="School Office", subject="Term dates 2027", date=d(10, 8, 0),
             addr="j.carr@bt-homes.example", status="4.7.0", remote="mx.bt-homes.example",
             admin=["Remote Server returned '421 4.7.0 Too many concurrent connections from 198.51.100.33, "
                    "try again later'"],
             dsn_diag="smtp;421 4.7.0 Too many concurrent connections from 198.51.100.33, try again later")
expect(N, "j.carr@bt-homes.example", "ratelimited", status="4.7.0", reply="421", action="delayed",
       vendor="exchange2010")

N = "x45-ex2010-recall-recipient-not-found.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="deputy@ridgeway-schools.example",
       sender_name="Deputy Head", subject="Recall: Staff meeting notes", date=d(10, 17, 22),
       failures=[{"addr": "t.ingram@ridgeway-schools.example", "display": "Ingram, Tom", "friendly": "unknown",
                  "status": "5.1.10",
                  "admin": ["#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                            "lookup ##"],
                  "dsn_diag": "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                              "lookup"}])
expect(N, "t.ingram@ridgeway-schools.example", "userunknown", True, "5.1.10", "550", vendor="exchange2010")

N = "x45-ex2010-remote-gmail-security-issue.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="ict@ridgeway-schools.example",
       sender_name="ICT Technician", subject="Exam software installer", date=d(11, 10, 10),
       failures=[{"addr": "exams.board.contact@gmail.com", "friendly": "remote", "status": "5.7.0",
                  "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["gmail-smtp-in.l.google.com #552-5.7.0 This message was blocked because its content "
                            "presents a potential 552-5.7.0 security issue. Please visit 552-5.7.0  "
                            "https://support.google.com/mail/?p=BlockedMessage to review our 552 5.7.0 message "
                            "content and attachment content guidelines. d9-20020a05 - gsmtp ##"],
                  "dsn_diag": "smtp;552-5.7.0 This message was blocked because its content presents a potential "
                              "security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to "
                              "review our message content and attachment content guidelines."}])
expect(N, "exams.board.contact@gmail.com", "policyviolation", status="5.7.0", reply="552", vendor="exchange2010")

N = "x45-ex2010-remote-yahoo-no-account.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="pta@ridgeway-schools.example",
       sender_name="PTA", subject="Christmas fair helpers", date=d(11, 19, 3),
       failures=[{"addr": "mandy.k1978@yahoo.com", "friendly": "unknown", "status": "5.0.0",
                  "remote": "mta7.am0.yahoodns.net",
                  "admin": ["Remote Server returned '554 delivery error: dd This user doesn't have a yahoo.com "
                            "account (mandy.k1978@yahoo.com) [0] - mta1341.mail.gq1.yahoo.com'"],
                  "dsn_diag": "smtp;554 delivery error: dd This user doesn't have a yahoo.com account "
                              "(mandy.k1978@yahoo.com) [0] - mta1341.mail.gq1.yahoo.com"}])
expect(N, "mandy.k1978@yahoo.com", "userunknown", True, "5.0.0", "554", vendor="exchange2010")

N = "x45-ex2010-quota-and-recipnotfound.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="admissions@ridgeway-schools.example",
       sender_name="Admissions", subject="Open evening rota", date=d(12, 9, 48),
       failures=[{"addr": "s.patel@ridgeway-schools.example", "display": "Patel, Sunita", "friendly": "full",
                  "status": "5.2.2",
                  "admin": ["#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help "
                            "identify the cause: \"MapiExceptionShutoffQuotaExceeded:16.18969:BE000000\" ##"],
                  "dsn_diag": "smtp;550 5.2.2 STOREDRV.Deliver: mailbox full"},
                 {"addr": "m.oduya@ridgeway-schools.example", "display": "m.oduya@ridgeway-schools.example",
                  "friendly": "unknown", "status": "5.1.1",
                  "admin": ["#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"],
                  "dsn_diag": "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"}])
expect(N, "s.patel@ridgeway-schools.example", "mailboxfull", status="5.2.2", reply="550", vendor="exchange2010")
expect(N, "m.oduya@ridgeway-schools.example", "userunknown", True, "5.1.1", "550", vendor="exchange2010")

N = "x45-ex2010-remote-hotmail-blocklist.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="office@ridgeway-schools.example",
       sender_name="School Office", subject="Absence line number change", date=d(12, 13, 20),
       failures=[{"addr": "kerry.dawes@hotmail.com", "friendly": "remote", "status": "5.0.0",
                  "remote": "mx1.hotmail.com",
                  "admin": ["Remote Server returned '550 SC-001 (BAY004-MC5F12) Unfortunately, messages from "
                            "198.51.100.33 weren't sent. Please contact your Internet service provider since part "
                            "of their network is on our block list. You can also refer your provider to "
                            "http://mail.live.com/mail/troubleshooting.aspx#errors.'"],
                  "dsn_diag": "smtp;550 SC-001 (BAY004-MC5F12) Unfortunately, messages from 198.51.100.33 weren't "
                              "sent. Please contact your Internet service provider since part of their network is "
                              "on our block list."}])
expect(N, "kerry.dawes@hotmail.com", "blocked", status="5.0.0", reply="550", vendor="exchange2010")

N = "x45-ex2010-remote-gmail-disabled.eml"
ex2010(N, dom="ridgeway-schools.example", server="RSEX10", sender="alumni@ridgeway-schools.example",
       sender_name="Alumni Office", subject="Reunion 2027", date=d(13, 11, 11),
       failures=[{"addr": "old.boy.1999@gmail.com", "friendly": "remote", "status": "5.2.1",
                  "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["Remote Server returned '550-5.2.1 The email account that you tried to reach is "
                            "disabled. Learn more at https://support.google.com/mail/?p=DisabledUser "
                            "a1si123456wrb.88 - gsmtp'"],
                  "dsn_diag": "smtp;550-5.2.1 The email account that you tried to reach is disabled."}])
expect(N, "old.boy.1999@gmail.com", "suspend", status="5.2.1", reply="550", vendor="exchange2010")

N = "x45-ex2010-delay-winsock-timeout.eml"
ex2010_delay(N, dom="ridgeway-schools.example", server="RSEX10", sender="bursar@ridgeway-schools.example",
             sender_name="Bursar", subject="Catering tender", date=d(13, 15, 0),
             addr="bids@county-catering.example", status="4.4.1",
             admin=["#441 4.4.1 Error encountered while communicating with primary target IP address: \"Failed "
                    "to connect. Winsock error code: 10060, Win32 error code: 10060.\" Attempted failover to "
                    "alternate host, but that did not succeed. Either there are no alternate hosts, or delivery "
                    "failed to all alternate hosts. The last endpoint attempted was 203.0.113.140:25 ##"],
             dsn_diag="smtp;441 4.4.1 Error encountered while communicating with primary target IP address: "
                      "\"Failed to connect. Winsock error code: 10060, Win32 error code: 10060.\"")
expect(N, "bids@county-catering.example", "networkerror", status="4.4.1", reply="441", action="delayed",
       vendor="exchange2010")

# ---- Exchange 2013
N = "x45-ex2013-remote-postfix-mailbox-missing.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="studio@haldane-architects.example",
       sender_name="Studio", subject="Stage 3 drawings issued", date=d(16, 10, 2), version="15.0.1497.48",
       receiving="mail.brightside-build.example (203.0.113.21)",
       failures=[{"addr": "site.manager@brightside-build.example", "friendly": "unknown", "status": "5.1.1",
                  "remote": "mail.brightside-build.example",
                  "admin": ["Remote Server returned '550 5.1.1 <site.manager@brightside-build.example>: Recipient "
                            "address rejected: mailbox does not exist'"],
                  "dsn_diag": "smtp;550 5.1.1 <site.manager@brightside-build.example>: Recipient address "
                              "rejected: mailbox does not exist"}])
expect(N, "site.manager@brightside-build.example", "userunknown", True, "5.1.1", "550", vendor="exchange2013")

N = "x45-ex2013-remote-message-size-fixed-limit.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="r.haldane@haldane-architects.example",
       sender_name="Rob Haldane", subject="Photo survey (all)", date=d(16, 14, 50), version="15.0.1497.48",
       receiving="smtp.planning-portal.example (203.0.113.88)",
       failures=[{"addr": "submissions@planning-portal.example", "friendly": "size", "status": "5.3.4",
                  "remote": "smtp.planning-portal.example",
                  "admin": ["Remote Server returned '552 5.3.4 Message size exceeds fixed limit'"],
                  "dsn_diag": "smtp;552 5.3.4 Message size exceeds fixed limit"}])
expect(N, "submissions@planning-portal.example", "emailtoolarge", status="5.3.4", reply="552", vendor="exchange2013")

N = "x45-ex2013-delay-gmail-over-quota.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="accounts@haldane-architects.example",
       sender_name="Accounts", subject="Fee invoice 2026-117", date=d(17, 9, 0), version="15.0.1497.48",
       receiving="gmail-smtp-in.l.google.com (2001:db8::1b)", delay=True, keep="1 day, 19 hours and 52 minutes",
       failures=[{"addr": "clientsmith.home@gmail.com", "status": "4.2.2", "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["Remote Server at gmail-smtp-in.l.google.com (2001:db8::1b) returned '452-4.2.2 The email "
                            "account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to "
                            "https://support.google.com/mail/?p=OverQuotaTemp x3si2 - gsmtp'"],
                  "dsn_diag": "smtp;452-4.2.2 The email account that you tried to reach is over quota."}])
expect(N, "clientsmith.home@gmail.com", "mailboxfull", status="4.2.2", reply="452", action="delayed",
       vendor="exchange2013")

N = "x45-ex2013-remote-o365-spam-5.7.350.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="marketing@haldane-architects.example",
       sender_name="Marketing", subject="Our new portfolio", date=d(17, 11, 30), version="15.0.1497.48",
       receiving="contoso-example.mail.protection.outlook.com (203.0.113.200)",
       failures=[{"addr": "facilities@contoso-estates.example", "friendly": "remote", "status": "5.7.350",
                  "remote": "contoso-example.mail.protection.outlook.com",
                  "admin": ["Remote Server returned '550 5.7.350 Remote server returned message detected as spam -> "
                            "554 5.7.1 Message rejected as spam by the recipient's filtering service'"],
                  "dsn_diag": "smtp;550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 "
                              "Message rejected as spam by the recipient's filtering service"}])
expect(N, "facilities@contoso-estates.example", "spamdetected", status="5.7.350", reply="550",
       vendor="exchange2013")

N = "x45-ex2013-remote-relay-access-denied.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="studio@haldane-architects.example",
       sender_name="Studio", subject="Consultant appointment", date=d(18, 8, 25), version="15.0.1497.48",
       receiving="mx2.quantity-surveys.example (203.0.113.94)",
       failures=[{"addr": "qs@quantity-surveys.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx2.quantity-surveys.example",
                  "admin": ["Remote Server returned '554 5.7.1 <qs@quantity-surveys.example>: Relay access denied'"],
                  "dsn_diag": "smtp;554 5.7.1 <qs@quantity-surveys.example>: Relay access denied"}])
expect(N, "qs@quantity-surveys.example", "norelaying", status="5.7.1", reply="554", vendor="exchange2013")

N = "x45-ex2013-delay-recall-socket-error.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="r.haldane@haldane-architects.example",
       sender_name="Rob Haldane", subject="Recall: Fee proposal v2", date=d(18, 17, 40), version="15.0.1497.48",
       delay=True, keep="1 day, 23 hours and 10 minutes",
       failures=[{"addr": "clerk@parish-trust.example", "status": "4.4.0",
                  "admin": ["Remote Server at mail.parish-trust.example (203.0.113.62) returned '451 4.4.0 Primary "
                            "target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" "
                            "Attempted failover to alternate host, but that did not succeed. Either there are no "
                            "alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted "
                            "was 203.0.113.62:25'"],
                  "dsn_diag": "smtp;451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection "
                              "dropped due to SocketError.\""}])
expect(N, "clerk@parish-trust.example", "networkerror", status="4.4.0", reply="451", action="delayed",
       vendor="exchange2013")

N = "x45-ex2013-remote-sender-access-denied.eml"
ex2016(N, dom="haldane-architects.example", server="HAEX13", sender="noreply@haldane-architects.example",
       sender_name="Haldane Architects", subject="Password reset for the client portal", date=d(19, 7, 55),
       version="15.0.1497.48", receiving="mx.heritage-trust.example (203.0.113.77)",
       failures=[{"addr": "estates@heritage-trust.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx.heritage-trust.example",
                  "admin": ["Remote Server returned '550 5.7.1 <noreply@haldane-architects.example>: Sender address "
                            "rejected: Access denied'"],
                  "dsn_diag": "smtp;550 5.7.1 <noreply@haldane-architects.example>: Sender address rejected: "
                              "Access denied"}])
expect(N, "estates@heritage-trust.example", "rejected", status="5.7.1", reply="550", vendor="exchange2013")

# ---- Exchange 2016
N = "x45-ex2016-remote-gmail-no-ptr.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="appointments@oakhurst-clinic.example",
       sender_name="Appointments", subject="Your appointment on 2 December", date=d(20, 9, 15),
       receiving="gmail-smtp-in.l.google.com (2001:db8::1a)",
       failures=[{"addr": "b.lawson.home@gmail.com", "friendly": "remote", "status": "5.7.25",
                  "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["Remote Server returned '550-5.7.25 [198.51.100.120] The IP address sending this message "
                            "does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does "
                            "not 550-5.7.25 point to the sending IP. As a policy, Gmail does not accept messages "
                            "550 5.7.25 from IPs with missing PTR records. - gsmtp'"],
                  "dsn_diag": "smtp;550-5.7.25 [198.51.100.120] The IP address sending this message does not have a "
                              "PTR record setup, or the corresponding forward DNS entry does not point to the "
                              "sending IP."}])
expect(N, "b.lawson.home@gmail.com", "requireptr", status="5.7.25", reply="550", vendor="exchange2016")

N = "x45-ex2016-remote-gmail-5.7.26-unauthenticated.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="results@oakhurst-clinic.example",
       sender_name="Results Service", subject="Your test results are ready", date=d(20, 11, 40),
       receiving="gmail-smtp-in.l.google.com (2001:db8::1a)",
       failures=[{"addr": "dee.ferris@gmail.com", "friendly": "remote", "status": "5.7.26",
                  "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["Remote Server returned '550-5.7.26 This mail has been blocked because the sender is "
                            "unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. "
                            "Authentication results: DKIM = did not pass SPF [oakhurst-clinic.example] with ip: "
                            "[198.51.100.120] = did not pass - gsmtp'"],
                  "dsn_diag": "smtp;550-5.7.26 This mail has been blocked because the sender is unauthenticated. "
                              "Gmail requires all senders to authenticate with either SPF or DKIM."}])
expect(N, "dee.ferris@gmail.com", "authfailure", status="5.7.26", reply="550", vendor="exchange2016")

N = "x45-ex2016-queue-expired-unreachable.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="referrals@oakhurst-clinic.example",
       sender_name="Referrals", subject="Referral letter: patient 20931", date=d(22, 9, 16),
       failures=[{"addr": "admin@riverside-physio.example", "friendly": "expired", "status": "4.4.7",
                  "admin": ["#550 4.4.7 QUEUE.Expired; message expired [LED=441 4.4.1 Error encountered while "
                            "communicating with primary target IP address: \"Failed to connect. Winsock error code: "
                            "10061, Win32 error code: 10061.\" Attempted failover to alternate host, but that did "
                            "not succeed.];[LRT=2026-11-22T09:12:40.118Z] ##"],
                  "dsn_diag": "smtp;550 4.4.7 QUEUE.Expired; message expired"}])
expect(N, "admin@riverside-physio.example", "expired", status="4.4.7", reply="550", vendor="exchange2016")

N = "x45-ex2016-remote-exim-quota.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="billing@oakhurst-clinic.example",
       sender_name="Billing", subject="Statement of account", date=d(23, 10, 5),
       receiving="mail.homestead-isp.example (203.0.113.150)",
       failures=[{"addr": "greg.norris@homestead-isp.example", "friendly": "remote", "status": "5.2.2",
                  "remote": "mail.homestead-isp.example",
                  "admin": ["Remote Server returned '552 5.2.2 <greg.norris@homestead-isp.example>: mailbox is full "
                            "(MTA-imposed quota exceeded while writing to file /var/mail/greg.norris)'"],
                  "dsn_diag": "smtp;552 5.2.2 <greg.norris@homestead-isp.example>: mailbox is full (MTA-imposed "
                              "quota exceeded while writing to file /var/mail/greg.norris)"}])
expect(N, "greg.norris@homestead-isp.example", "mailboxfull", status="5.2.2", reply="552", vendor="exchange2016")

N = "x45-ex2016-delay-too-many-recipients.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="practice.manager@oakhurst-clinic.example",
       sender_name="Practice Manager", subject="Flu clinic volunteers", date=d(23, 13, 30), delay=True,
       keep="1 day, 21 hours and 4 minutes", receiving="mx.volunteer-net.example (203.0.113.160)",
       failures=[{"addr": "coordinator@volunteer-net.example", "status": "4.5.3", "remote": "mx.volunteer-net.example",
                  "admin": ["Remote Server at mx.volunteer-net.example (203.0.113.160) returned '452 4.5.3 Too many "
                            "recipients in this session, please send the rest later'"],
                  "dsn_diag": "smtp;452 4.5.3 Too many recipients in this session, please send the rest later"}])
expect(N, "coordinator@volunteer-net.example", "ratelimited", status="4.5.3", reply="452", action="delayed",
       vendor="exchange2016")

N = "x45-ex2016-remote-account-suspended.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="appointments@oakhurst-clinic.example",
       sender_name="Appointments", subject="Missed appointment", date=d(24, 8, 50),
       receiving="mx.freemail-uk.example (203.0.113.170)",
       failures=[{"addr": "t.brook@freemail-uk.example", "friendly": "remote", "status": "5.2.1",
                  "remote": "mx.freemail-uk.example",
                  "admin": ["Remote Server returned '550 5.2.1 <t.brook@freemail-uk.example>: this account has been "
                            "suspended for non-payment'"],
                  "dsn_diag": "smtp;550 5.2.1 <t.brook@freemail-uk.example>: this account has been suspended for "
                              "non-payment"}])
expect(N, "t.brook@freemail-uk.example", "suspend", status="5.2.1", reply="550", vendor="exchange2016")

N = "x45-ex2016-delay-remote-insufficient-storage.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="referrals@oakhurst-clinic.example",
       sender_name="Referrals", subject="Imaging request", date=d(24, 15, 5), delay=True,
       keep="1 day, 23 hours and 40 minutes", receiving="mail.county-imaging.example (203.0.113.175)",
       failures=[{"addr": "bookings@county-imaging.example", "status": "4.3.1", "remote": "mail.county-imaging.example",
                  "admin": ["Remote Server at mail.county-imaging.example (203.0.113.175) returned '452 4.3.1 "
                            "Insufficient system storage'"],
                  "dsn_diag": "smtp;452 4.3.1 Insufficient system storage"}])
expect(N, "bookings@county-imaging.example", "systemfull", status="4.3.1", reply="452", action="delayed",
       vendor="exchange2016")

N = "x45-ex2016-dl-member-domain-missing.eml"
ex2016(N, dom="oakhurst-clinic.example", server="OCMBX01", sender="partners@oakhurst-clinic.example",
       sender_name="Partners", subject="Locality meeting", date=d(25, 12, 0),
       failures=[{"addr": "dr.voss@voss-medical.example", "friendly": "domain", "status": "5.4.310",
                  "original": "locality-gps@oakhurst-clinic.example",
                  "admin": ["#550 5.4.310 DNS domain voss-medical.example does not exist [Message=InfoDomainNonexistent]"
                            " [LastAttemptedServerName=voss-medical.example] ##"],
                  "dsn_diag": "smtp;550 5.4.310 DNS domain voss-medical.example does not exist"}])
expect(N, "dr.voss@voss-medical.example", "hostunknown", True, "5.4.310", "550", vendor="exchange2016")

# ---- Exchange 2019
N = "x45-ex2019-smarthost-null-mx.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="dispatch@tolland-freight.example",
       sender_name="Dispatch", subject="Collection booking 55120", date=d(26, 7, 10), version="15.2.1544.4",
       receiving="relay.tolland-isp.example (198.51.100.5)",
       failures=[{"addr": "bookings@parked-domain.example", "friendly": "remote", "status": "5.1.10",
                  "remote": "relay.tolland-isp.example",
                  "admin": ["Remote Server returned '556 5.1.10 <bookings@parked-domain.example>: Recipient address "
                            "rejected: Domain parked-domain.example does not accept mail (nullMX)'"],
                  "dsn_diag": "smtp;556 5.1.10 <bookings@parked-domain.example>: Recipient address rejected: Domain "
                              "parked-domain.example does not accept mail (nullMX)"}])
expect(N, "bookings@parked-domain.example", "notaccept", True, "5.1.10", "556", vendor="exchange2019")

N = "x45-ex2019-o365-connector-relay-denied.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="customs@tolland-freight.example",
       sender_name="Customs Desk", subject="Import entry 7781", date=d(26, 9, 33), version="15.2.1544.4",
       receiving="fabrikam-example.mail.protection.outlook.com (203.0.113.210)",
       failures=[{"addr": "imports@fabrikam-foods.example", "friendly": "remote", "status": "5.7.64",
                  "remote": "fabrikam-example.mail.protection.outlook.com",
                  "admin": ["Remote Server returned '550 5.7.64 TenantAttribution; Relay Access Denied "
                            "[DB5EUR01FT012.eop-EUR01.prod.protection.outlook.com]'"],
                  "dsn_diag": "smtp;550 5.7.64 TenantAttribution; Relay Access Denied"}])
expect(N, "imports@fabrikam-foods.example", "norelaying", status="5.7.64", reply="550", vendor="exchange2019")

N = "x45-ex2019-remote-gmail-unsolicited.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="offers@tolland-freight.example",
       sender_name="Tolland Offers", subject="Winter rates: 20% off pallets", date=d(27, 10, 0), version="15.2.1544.4",
       receiving="gmail-smtp-in.l.google.com (2001:db8::1c)",
       failures=[{"addr": "hauliers.direct@gmail.com", "friendly": "remote", "status": "5.7.1",
                  "remote": "gmail-smtp-in.l.google.com",
                  "admin": ["Remote Server returned '550-5.7.1 [198.51.100.61] Our system has detected that this "
                            "message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, "
                            "550-5.7.1 this message has been blocked. - gsmtp'"],
                  "dsn_diag": "smtp;550-5.7.1 [198.51.100.61] Our system has detected that this message is likely "
                              "unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been "
                              "blocked."}])
expect(N, "hauliers.direct@gmail.com", "spamdetected", status="5.7.1", reply="550", vendor="exchange2019")

N = "x45-ex2019-delay-temporary-local-problem.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="dispatch@tolland-freight.example",
       sender_name="Dispatch", subject="POD scans", date=d(27, 14, 12), version="15.2.1544.4", delay=True,
       keep="1 day, 22 hours and 30 minutes", receiving="mail.dockside-stores.example (203.0.113.180)",
       failures=[{"addr": "goods.in@dockside-stores.example", "status": "4.3.0",
                  "remote": "mail.dockside-stores.example",
                  "admin": ["Remote Server at mail.dockside-stores.example (203.0.113.180) returned '451 4.3.0 "
                            "Temporary local problem - please try later'"],
                  "dsn_diag": "smtp;451 4.3.0 Temporary local problem - please try later"}])
expect(N, "goods.in@dockside-stores.example", "systemerror", status="4.3.0", reply="451", action="delayed",
       vendor="exchange2019")

N = "x45-ex2019-remote-exim-no-such-user.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="accounts@tolland-freight.example",
       sender_name="Accounts", subject="Overdue: invoice TF-30211", date=d(28, 9, 2), version="15.2.1544.4",
       receiving="mx.smallfirm-hosting.example (203.0.113.190)",
       failures=[{"addr": "office@pennine-joinery.example", "friendly": "unknown", "status": "5.0.0",
                  "remote": "mx.smallfirm-hosting.example",
                  "admin": ["Remote Server returned '550 No Such User Here'"],
                  "dsn_diag": "smtp;550 No Such User Here"}])
expect(N, "office@pennine-joinery.example", "userunknown", True, "5.0.0", "550", vendor="exchange2019")

N = "x45-ex2019-three-recipients-local-and-remote.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="ops.manager@tolland-freight.example",
       sender_name="Ops Manager", subject="Depot closure over Christmas", date=d(28, 16, 20), version="15.2.1544.4",
       failures=[{"addr": "night.shift@tolland-freight.example", "friendly": "unknown", "status": "5.1.1",
                  "admin": ["#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"],
                  "dsn_diag": "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"},
                 {"addr": "yard@tolland-partners.example", "friendly": "remote", "status": "5.2.2",
                  "remote": "mail.tolland-partners.example",
                  "admin": ["Remote Server returned '552 5.2.2 Mailbox full: yard@tolland-partners.example has "
                            "exceeded its storage allocation'"],
                  "dsn_diag": "smtp;552 5.2.2 Mailbox full: yard@tolland-partners.example has exceeded its "
                              "storage allocation"},
                 {"addr": "planning@harbour-cranes.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx.harbour-cranes.example",
                  "admin": ["Remote Server returned '550 5.7.1 <planning@harbour-cranes.example>: Relaying denied. "
                            "Proper authentication required.'"],
                  "dsn_diag": "smtp;550 5.7.1 <planning@harbour-cranes.example>: Relaying denied. Proper "
                              "authentication required."}])
expect(N, "night.shift@tolland-freight.example", "userunknown", True, "5.1.1", "550", vendor="exchange2019")
expect(N, "yard@tolland-partners.example", "mailboxfull", status="5.2.2", reply="552", vendor="exchange2019")
expect(N, "planning@harbour-cranes.example", "norelaying", status="5.7.1", reply="550", vendor="exchange2019")

N = "x45-ex2019-remote-attachment-type-policy.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="it@tolland-freight.example",
       sender_name="IT Desk", subject="Tracker firmware image", date=d(29, 10, 45), version="15.2.1544.4",
       receiving="mx.telematics-co.example (203.0.113.195)",
       failures=[{"addr": "support@telematics-co.example", "friendly": "remote", "status": "5.7.1",
                  "remote": "mx.telematics-co.example",
                  "admin": ["Remote Server returned '550 5.7.1 Message rejected: attachments of type .iso are not "
                            "allowed by our mail policy'"],
                  "dsn_diag": "smtp;550 5.7.1 Message rejected: attachments of type .iso are not allowed by our "
                              "mail policy"}])
expect(N, "support@telematics-co.example", "policyviolation", status="5.7.1", reply="550", vendor="exchange2019")

N = "x45-ex2019-local-mailbox-disabled.eml"
ex2016(N, dom="tolland-freight.example", server="TFEX19", sender="payroll@tolland-freight.example",
       sender_name="Payroll", subject="P60 copy", date=d(29, 12, 5), version="15.2.1544.4",
       failures=[{"addr": "d.crane@tolland-freight.example", "friendly": "generic", "status": "5.2.1",
                  "admin": ["#550 5.2.1 STOREDRV.Deliver.Exception:MailboxDisabledException; mailbox is disabled "
                            "and cannot receive mail ##"],
                  "dsn_diag": "smtp;550 5.2.1 STOREDRV.Deliver.Exception:MailboxDisabledException; mailbox is "
                              "disabled and cannot receive mail"}])
expect(N, "d.crane@tolland-freight.example", "suspend", status="5.2.1", reply="550", vendor="exchange2019")

# ---- Outlook out-of-office replies
N = "x45-oof-ex2003-out-of-office-autoreply.eml"
oof(N, frm="b.whitlock@calder-bank.example", frm_name="Whitlock, Brian", to="treasury@partner-bank.example",
    subject_prefix="Out of Office AutoReply:", subject="Settlement confirmation", date=d(2, 9, 30),
    host="CBMX02.calder-bank.example", version="6.5.7638.1", x_auto=False,
    text="I am out of the office until Monday 9 November with limited access to e-mail.\n\nFor urgent "
         "settlement queries please contact the Treasury Desk on 0113 496 0555.\n\nBrian Whitlock\n")

N = "x45-oof-ex2007-out-of-office.eml"
oof(N, frm="n.quayle@cranmore-health.example", frm_name="Quayle, Nadia", to="supplies@medlink-direct.example",
    subject_prefix="Out of Office:", subject="Order 55821 dispatched", date=d(5, 12, 2),
    host="CHEX07.cranmore-health.example", version="8.3.83.6",
    text="Thank you for your email. I am on annual leave and will return on 16 November.\n\nYour message has "
         "not been forwarded. For stores enquiries please email stores@cranmore-health.example.\n")

N = "x45-oof-ex2010-automatic-reply.eml"
oof(N, frm="g.pryce@ridgeway-schools.example", frm_name="Mr G Pryce", to="parent.lewis@lewis-home.example",
    subject_prefix="Automatic reply:", subject="Homework club", date=d(14, 16, 45),
    host="RSEX10.ridgeway-schools.example", version="14.3.224.2",
    text="I am away on a school trip until Friday and will reply to your email on my return.\n\nIf your "
         "enquiry is urgent please telephone the school office.\n\nMr G Pryce\nHead of Year 8\n")

N = "x45-oof-ex2013-automatic-reply-external.eml"
oof(N, frm="k.oduya@haldane-architects.example", frm_name="Kemi Oduya", to="tenders@fitout-group.example",
    subject_prefix="Automatic reply:", subject="Tender clarification 4", date=d(18, 10, 12),
    host="HAEX13.haldane-architects.example", version="15.0.1497.48",
    text="Hello,\n\nI'm currently out of the office on site visits with intermittent access to email, "
         "returning 23 November.\n\nFor anything project-critical please contact studio@haldane-architects."
         "example.\n\nKind regards,\nKemi\n")

N = "x45-oof-ex2016-reponse-automatique-fr.eml"
oof(N, frm="c.marchand@oakhurst-clinic.example", frm_name="Claire Marchand", to="contact@labo-lyon.example",
    subject_prefix="", subject="Resultats analyses", date=d(21, 8, 5),
    host="OCMBX01.oakhurst-clinic.example", version="15.1.2507.39", charset="utf-8", cte="quoted-printable",
    subj_enc=enc_header("Réponse automatique : Resultats analyses", "utf-8"),
    text="Bonjour,\n\nJe suis absente du bureau jusqu'au 30 novembre inclus. Je traiterai votre message à mon "
         "retour.\n\nPour toute urgence, merci de contacter le secrétariat.\n\nClaire Marchand\n")

N = "x45-oof-ex2019-automatic-reply-leave.eml"
oof(N, frm="h.yates@tolland-freight.example", frm_name="Harriet Yates", to="bookings@shipping-line.example",
    subject_prefix="Automatic reply:", subject="Vessel schedule week 49", date=d(27, 11, 20),
    host="TFEX19.tolland-freight.example", version="15.2.1544.4",
    text="Thank you for your message. I am out of the office on leave until Tuesday 1 December.\n\nIn my "
         "absence please contact dispatch@tolland-freight.example or call +44 1632 960 401.\n\nHarriet\n")


# =============================================================== near-misses
def nb(name, heads, body):
    write(NB, name, mail(heads, body))


def nb_plain(name, *, frm, to, subject, date, host, text, extra=(), sw="Microsoft Exchange Server id 14.3.224.2",
             charset="us-ascii", cte=None):
    heads = [hop(name, host, sw, date), ("From", frm), ("To", to), ("Subject", subject), ("Date", date),
             ("Message-ID", mid(name, host))] + list(extra)
    nb(name, heads, text_part(text, charset, cte))


def mdn(name, *, frm, to, subject, date, host, text, disposition, orig_mid, final, sw):
    bnd = boundary(name)
    fields = (f"Reporting-UA: {host}; Microsoft Exchange Server\nFinal-Recipient: rfc822;{final}\n"
              f"Original-Message-ID: {orig_mid}\nDisposition: {disposition}\n")
    body = multipart("report", [text_part(text), part("message/disposition-notification", fields, cte=None)],
                     bnd, " report-type=disposition-notification;")
    heads = [hop(name, host, sw, date), ("From", frm), ("To", to), ("Subject", subject), ("Date", date),
             ("Message-ID", mid(name, host)), ("Thread-Topic", subject.split(": ", 1)[-1])]
    nb(name, heads, body)


N = "nb-ex2010-read-receipt-mdn.eml"
mdn(N, frm="Patel, Sunita <s.patel@ridgeway-schools.example>", to="Bursar <bursar@ridgeway-schools.example>",
    subject="Read: Trip deposit reminder", date=d(9, 15, 2), host="RSEX10.ridgeway-schools.example",
    sw="Microsoft Exchange Server (TLS) id 14.3.224.2", final="s.patel@ridgeway-schools.example",
    orig_mid=mid("trip/orig", "ridgeway-schools.example"), disposition="manual-action/MDN-sent-manually; displayed",
    text="Your message\n\n  To: Patel, Sunita\n  Subject: Trip deposit reminder\n  Sent: 09/11/2026 14:05\n\n"
         "was read on 09/11/2026 15:02.\n")

N = "nb-ex2013-not-read-deleted.eml"
mdn(N, frm="Ingram, Tom <t.ingram@haldane-architects.example>", to="Studio <studio@haldane-architects.example>",
    subject="Not read: Stage 3 drawings issued", date=d(16, 18, 30), host="HAEX13.haldane-architects.example",
    sw="Microsoft Exchange Server (TLS) id 15.0.1497.48", final="t.ingram@haldane-architects.example",
    orig_mid=mid("stage3/orig", "haldane-architects.example"),
    disposition="manual-action/MDN-sent-automatically; deleted",
    text="Your message\n\n  To: Ingram, Tom\n  Subject: Stage 3 drawings issued\n  Sent: 16/11/2026 10:02\n\n"
         "was deleted without being read on 16/11/2026 18:30.\n")

N = "nb-ex55-read-receipt-plain.eml"
nb_plain(N, frm="'Pemberton, Alice' <a.pemberton@harrow-mills.example>",
         to="Thornton, Graham <g.thornton@harrow-mills.example>", subject="Read: Revised yarn tariff",
         date=d(10, 11, 0), host="hmleeds01.harrow-mills.example",
         sw="Microsoft Exchange Server Internet Mail Service 5.5.2653.13",
         extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
         text="Your message\n\n  To:      'Pemberton, Alice'\n  Subject: Revised yarn tariff\n  Sent:    Tue, 10 "
              "Nov 2026 09:14:22 -0000\n\nwas read on Tue, 10 Nov 2026 10:59:41 -0000.\n")

N = "nb-ex2010-recall-success-report.eml"
nb_plain(N, frm="Ingram, Tom <t.ingram@ridgeway-schools.example>", to="Deputy Head <deputy@ridgeway-schools.example>",
         subject="Message Recall Report for message: Staff meeting notes", date=d(10, 17, 25),
         host="RSEX10.ridgeway-schools.example",
         extra=[("X-MS-Exchange-Organization-RecallReport", "true")],
         text="Your message\n\n  To:      Ingram, Tom\n  Subject: Staff meeting notes\n  Sent:    10/11/2026 "
              "17:20\n\nwas successfully recalled on 10/11/2026 17:25.\n")

N = "nb-ex2016-recall-failure-report.eml"
nb_plain(N, frm="Lawson, Beth <b.lawson@oakhurst-clinic.example>",
         to="Referrals <referrals@oakhurst-clinic.example>",
         subject="Message Recall Failure: Referral letter: patient 20931", date=d(22, 9, 40),
         host="OCMBX01.oakhurst-clinic.example", sw="Microsoft Exchange Server id 15.1.2507.39",
         text="Your message\n\n  To:      Lawson, Beth\n  Subject: Referral letter: patient 20931\n  Sent:    "
              "22/11/2026 09:16\n\ncould not be recalled on 22/11/2026 09:40 because the message had already been "
              "read or moved from the Inbox.\n")

N = "nb-ex2013-recall-request-as-received.eml"
nb_plain(N, frm="Rob Haldane <r.haldane@haldane-architects.example>", to="clerk@parish-trust.example",
         subject="Recall: Fee proposal v2", date=d(18, 17, 39), host="HAEX13.haldane-architects.example",
         sw="Microsoft Exchange Server id 15.0.1497.48",
         text="Rob Haldane would like to recall the message, \"Fee proposal v2\".\n")

N = "nb-ex2010-meeting-accepted.eml"
nb(N, [hop(N, "RSEX10.ridgeway-schools.example", "Microsoft Exchange Server id 14.3.224.2", d(4, 10, 1)),
       ("From", "Carr, Julie <j.carr@ridgeway-schools.example>"), ("To", "Head Teacher <head@ridgeway-schools.example>"),
       ("Subject", "Accepted: Governors' finance committee"), ("Date", d(4, 10, 1)),
       ("Message-ID", mid(N, "RSEX10.ridgeway-schools.example"))],
   multipart("alternative", [text_part("Julie Carr has accepted this meeting.\n\nWhen: 25 November 2026 "
                                       "18:00-19:30 (UTC) London.\nWhere: Library\n"),
                             part("text/calendar; charset=utf-8; method=REPLY",
                                  "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\n"
                                  "VERSION:2.0\nBEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED;CN=Carr, Julie:mailto:"
                                  "j.carr@ridgeway-schools.example\nSUMMARY;LANGUAGE=en-US:Accepted: Governors' "
                                  "finance committee\nDTSTART:20261125T180000Z\nDTEND:20261125T193000Z\n"
                                  "UID:040000008200E00074C5B7101A82E0080000000045A1\nEND:VEVENT\nEND:VCALENDAR\n",
                                  cte="7bit")], boundary(N), ""))

N = "nb-ex2016-meeting-declined-comment.eml"
nb_plain(N, frm="Voss, Anna <a.voss@oakhurst-clinic.example>", to="Partners <partners@oakhurst-clinic.example>",
         subject="Declined: Locality meeting", date=d(25, 12, 30), host="OCMBX01.oakhurst-clinic.example",
         sw="Microsoft Exchange Server id 15.1.2507.39",
         text="Sorry, I'm in clinic all afternoon. Could someone send me the notes? My mailbox was full last "
              "week so if anything bounced please resend.\n")

N = "nb-ex2019-tentative-new-time.eml"
nb_plain(N, frm="Yates, Harriet <h.yates@tolland-freight.example>", to="Ops Manager <ops.manager@tolland-freight.example>",
         subject="Tentative: Depot closure planning", date=d(28, 17, 0), host="TFEX19.tolland-freight.example",
         sw="Microsoft Exchange Server id 15.2.1544.4",
         text="Harriet Yates has tentatively accepted this meeting and proposed a new time.\n\nProposed: Thursday "
              "3 December 2026 10:00-11:00\n")

N = "nb-ex2003-mailbox-over-size-limit.eml"
nb_plain(N, frm="System Administrator <postmaster@calder-bank.example>", to="Briggs, Helen <h.briggs@calder-bank.example>",
         subject="Your mailbox is over its size limit", date=d(22, 3, 0), host="CBMX02.calder-bank.example",
         sw="Microsoft Exchange V6.5.7638.1", extra=[("X-MimeOLE", "Produced By Microsoft Exchange V6.5")],
         text="Your mailbox is over its size limit. You may not be able to send or receive new mail until you "
              "reduce your mailbox size.\nTo make more space available, delete any items that you are no longer "
              "using or move them to your personal folder file (.pst).\n\nItems in all of your mailbox folders "
              "including the Deleted Items and Sent Items folders count against your size limit.\n\nYou must empty "
              "the Deleted Items folder after deleting items or the space will not be freed.\n")

N = "nb-ex2010-mailbox-almost-full.eml"
nb_plain(N, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ridgeway-schools.example>",
         to="Patel, Sunita <s.patel@ridgeway-schools.example>", subject="Your mailbox is almost full.",
         date=d(8, 2, 0), host="RSEX10.ridgeway-schools.example",
         extra=[("X-MS-Exchange-Organization-StorageQuota", "IssueWarning")],
         text="Your mailbox is almost full.\n\nYour mailbox size is 1.9 GB. When your mailbox reaches 2 GB you "
              "won't be able to send mail.\n\nTo reduce your mailbox size, delete items you no longer need and "
              "empty your Deleted Items folder.\n")

N = "nb-ex2016-mailbox-full-cannot-send.eml"
nb_plain(N, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@oakhurst-clinic.example>",
         to="Referrals <referrals@oakhurst-clinic.example>", subject="Your mailbox is full.",
         date=d(21, 2, 0), host="OCMBX01.oakhurst-clinic.example", sw="Microsoft Exchange Server id 15.1.2507.39",
         extra=[("X-MS-Exchange-Organization-StorageQuota", "ProhibitSend")],
         text="Your mailbox is full.\n\nYou can't send messages until you reduce the size of your mailbox (49.6 GB "
              "of 50 GB used). Delete old items and empty the Deleted Items folder, or archive them.\n")

N = "nb-ex2013-journal-report.eml"
nb(N, [hop(N, "HAEX13.haldane-architects.example", "Microsoft Exchange Server id 15.0.1497.48", d(16, 10, 3)),
       ("From", "Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haldane-architects.example>"),
       ("To", "journal@archive.haldane-architects.example"), ("Subject", "Stage 3 drawings issued"),
       ("Date", d(16, 10, 3)), ("Message-ID", mid(N, "HAEX13.haldane-architects.example")),
       ("X-MS-Journal-Report", "")],
   multipart("mixed", [text_part("Sender: studio@haldane-architects.example\nSubject: Stage 3 drawings issued\n"
                                 "Message-Id: " + mid("stage3/orig", "haldane-architects.example") + "\n"
                                 "To: site.manager@brightside-build.example\nTo: t.ingram@haldane-architects.example\n"),
                       part("message/rfc822", orig("stage3", "studio@haldane-architects.example",
                                                   "site.manager@brightside-build.example", "Stage 3 drawings issued",
                                                   d(16, 10, 2), "haldane-architects.example")
                            + "\nPlease find the stage 3 drawing issue sheet attached.\n", cte=None)],
             boundary(N), ""))

N = "nb-person-asks-about-undeliverable.eml"
nb_plain(N, frm="Graham Thornton <g.thornton@harrow-mills.example>", to="IT Helpdesk <helpdesk@harrow-mills.example>",
         subject="RE: Undeliverable: Revised yarn tariff", date=d(10, 9, 40), host="hmleeds01.harrow-mills.example",
         sw="Microsoft Exchange Server id 14.3.224.2",
         text="Hi,\n\nI got an undeliverable notice back saying the recipient name is not recognized when I mailed "
              "Alice at the Weavers Guild this morning. She's definitely still there - could you check whether "
              "our server is the problem? I've resent it from webmail in the meantime.\n\nThanks,\nGraham\n")

N = "nb-person-reply-to-automatic-reply.eml"
nb_plain(N, frm="Liz Lewis <parent.lewis@lewis-home.example>", to="Mr G Pryce <g.pryce@ridgeway-schools.example>",
         subject="Re: Automatic reply: Homework club", date=d(14, 19, 2), host="mail.lewis-home.example",
         sw="Postfix", text="No problem, enjoy the trip! I'll catch you next week about the homework club.\n\nLiz\n\n"
                            "> I am away on a school trip until Friday and will reply to your email on my return.\n")

N = "nb-it-notice-exchange-migration.eml"
nb_plain(N, frm="IT Services <it@tolland-freight.example>", to="All Staff <allstaff@tolland-freight.example>",
         subject="Exchange 2019 migration this weekend", date=d(20, 15, 0), host="TFEX19.tolland-freight.example",
         sw="Microsoft Exchange Server id 15.2.1544.4",
         text="Hello all,\n\nThis weekend we move the last mailboxes from Exchange 2010 to Exchange 2019. Mailbox "
              "quotas rise to 50 GB. If you receive an undeliverable report (NDR) for a colleague's address on "
              "Monday, clear the old entry from Outlook's auto-complete list and resend.\n\nIT Services\n")

N = "nb-ex2010-meeting-forward-notification.eml"
nb_plain(N, frm="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ridgeway-schools.example>",
         to="Head Teacher <head@ridgeway-schools.example>",
         subject="Meeting Forward Notification: Governors' finance committee", date=d(5, 8, 12),
         host="RSEX10.ridgeway-schools.example",
         text="Your meeting was forwarded\n\nJulie Carr has forwarded your meeting request to additional "
              "recipients.\n\nMeeting\nGovernors' finance committee\n\nMeeting Time\n25 November 2026 18:00-19:30\n\n"
              "Recipients\nm.oduya@ridgeway-schools.example\n\nAll times listed are in the following time zone: "
              "(UTC) Dublin, Edinburgh, Lisbon, London\n")

N = "nb-ims55-ordinary-mail-staff-list.eml"
nb_plain(N, frm="Quillon Sales <sales@quillon-tools.example>", to="Distributors <distributors@quillon-tools.example>",
         subject="Spring price list", date=d(17, 10, 31), host="qderby.quillon-tools.example",
         sw="Microsoft Exchange Server Internet Mail Service 5.5.2653.13",
         extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
         text="Dear distributor,\n\nThe spring price list is attached. Please direct orders to the right desk:\n\n"
              "  North: north.orders@quillon-tools.example\n  South: south.orders@quillon-tools.example\n  Export: "
              "export@quillon-tools.example\n\nTo stop receiving these mailings reply with UNSUBSCRIBE to "
              "lists@quillon-tools.example.\n\nQuillon Tools Ltd\n")

N = "nb-ex2016-delivery-report-request-reply.eml"
nb_plain(N, frm="Dee Ferris <d.ferris@riverside-physio.example>", to="Referrals <referrals@oakhurst-clinic.example>",
         subject="RE: Referral letter: patient 20931", date=d(23, 9, 10), host="mail.riverside-physio.example",
         sw="Microsoft Exchange Server id 15.1.2507.39",
         text="Hi,\n\nSorry, our mail server was down over the weekend so your referral was returned to you as "
              "expired. It's back up now - please resend and we'll book the patient in this week.\n\nDee\n"
              "Riverside Physio\n")

N = "nb-ex2019-moderation-approval-request.eml"
nb_plain(N, frm="Microsoft Exchange Approval Assistant <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tolland-freight.example>",
         to="Ops Manager <ops.manager@tolland-freight.example>",
         subject="Approval Request: Depot closure over Christmas", date=d(28, 16, 21),
         host="TFEX19.tolland-freight.example", sw="Microsoft Exchange Server id 15.2.1544.4",
         text="A message sent to the moderated group All Depots requires your approval.\n\nFrom: Harriet Yates\n"
              "Subject: Depot closure over Christmas\n\nUse the Approve or Reject buttons to respond.\n")

write_expected(os.path.join(OUT, "expected.jsonl"))
