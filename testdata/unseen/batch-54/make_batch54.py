#!/usr/bin/env python3
"""Writes testdata/unseen/batch-54: generic standard formats from many
unnamed sites. RFC 3464 DSNs as assorted software writes them (several
recipients, Final-Recipient with and without its address type,
X-Actual-Recipient, Original-Recipient, Remote-MTA, Diagnostic-Code of
the smtp, X-Postfix, X-Notes and X-Unix types, Status alone, every
Action), RFC 3834 auto-replies in several languages, ARF feedback reports
(Yahoo CFL, AOL, Microsoft JMRP, Comcast, Mail.ru, a company abuse desk;
abuse, fraud, auth-failure and not-spam types) and the minimal plain-text
bounces small sites send. not-bounce/ holds near misses: success and
relayed DSNs, read receipts, delivery receipts, DMARC aggregate and
TLS-RPT reports and a person's question about a bounce.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch54.py [DIR]"""
import base64
import gzip
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (EXPECT, boundary, dt, enc_header, mail, mid, multipart, part,  # noqa: E402
                       received, text_part, write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def jis_part(text):
    """iso-2022-jp is 7-bit on the wire: the escapes carry the JIS bytes."""
    return part("text/plain; charset=iso-2022-jp", text.encode("iso-2022-jp").decode("ascii"), "7bit")


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def exp(name, rcpt, reason, status="", reply="", action="failed", hard=None, vendor="", ftype=None):
    if hard is None:
        hard = reason in ("userunknown", "hostunknown", "hasmoved", "notaccept") and status.startswith("5")
    e = {"file": name, "recipient": rcpt, "action": action, "status": status, "reply_code": reply,
         "reason": reason, "hard": hard, "vendor": vendor}
    if ftype:
        e["feedback_type"] = ftype
    EXPECT.append(e)


def returned_headers(name, frm, to, subject, date):
    dom = frm.split("@")[1]
    return (f"Received: from [198.51.100.23] (unknown [198.51.100.23])\n\tby smtp.{dom} with ESMTPSA id {qid(name + 'r', 10)}\n"
            f"\tfor <{to.split(',')[0].strip()}>; {date}\n"
            f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {mid(name + 'o', dom)}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


def dsn(name, *, host, sw, sender, text, per_msg, blocks, subject, date, osubj, orcpts, odate,
        frm=None, returned="headers", extra=(), auto=True, charset="us-ascii"):
    """A multipart/report DSN; per_msg and blocks are raw field lines."""
    ds = "\n".join(per_msg) + "\n\n" + "\n\n".join("\n".join(b) for b in blocks) + "\n"
    orig = returned_headers(name, sender, ", ".join(orcpts), osubj, odate)
    parts = [text_part(text, charset), part("message/delivery-status", ds, cte=None)]
    if returned == "headers":
        parts.append(part("text/rfc822-headers", orig, cte=None))
    elif returned == "message":
        parts.append(part("message/rfc822", orig + "\nThe message body was here.\n", cte=None))
    heads = ["Return-Path: <>", hop(name, host, sw, date), ("Date", date),
             ("From", frm or f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>"), ("To", sender),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, multipart("report", parts, boundary(name), " report-type=delivery-status;"))


def plain(name, *, host, sw, sender, frm, subject, date, text, extra=(), charset="us-ascii", cte=None, rp="<>"):
    heads = [f"Return-Path: {rp}", hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", sender),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, jis_part(text) if charset == "iso-2022-jp" else text_part(text, charset, cte))


GENERIC = ("This is an automatically generated Delivery Status Notification.\n\n"
           "Delivery to the following recipients failed.\n\n{lines}\n")

# ---------------------------------------------------------------- DSNs
D = dt(2026, 11, 24, 9, 14, 2, "+0100")
OD = dt(2026, 11, 24, 9, 13, 40, "+0100")


def simple(name, *, host, sw, sender, rcpt, status, diag=None, action="failed", remote=None, reason, reply="",
           text=None, fr_type="rfc822; ", extra_fields=(), subject="Delivery Status Notification (Failure)",
           osubj="Quarterly figures", date=D, vendor="", returned="headers", orig_rcpt=None, expect_rcpt=None):
    b = []
    if orig_rcpt:
        b.append(f"Original-Recipient: rfc822;{orig_rcpt}")
    b.append(f"Final-Recipient: {fr_type}{rcpt}")
    b += list(extra_fields)
    b.append(f"Action: {action}")
    b.append(f"Status: {status}")
    if remote:
        b.append(f"Remote-MTA: {remote}")
    if diag:
        b.append(f"Diagnostic-Code: {diag}")
    b.append(f"Last-Attempt-Date: {date}")
    if text is None:
        text = GENERIC.format(lines="   " + rcpt + (("\n      " + diag.split("; ", 1)[1].split("\n")[0]) if diag else ""))
    body = dsn(name, host=host, sw=sw, sender=sender, text=text,
               per_msg=[f"Reporting-MTA: dns; {host}", f"Arrival-Date: {OD}"], blocks=[b], subject=subject,
               date=date, osubj=osubj, orcpts=[orig_rcpt or rcpt], odate=OD, returned=returned)
    write(OUT, name, body)
    exp(name, expect_rcpt or rcpt, reason, status, reply, action, vendor=vendor)


# 1. three recipients, three causes, one report
name = "dsn-three-recipients-three-causes.eml"
host = "relay2.tannery-works.example"
blocks = [
    ["Final-Recipient: rfc822; k.obi@lagoon-freight.example", "Action: failed", "Status: 5.1.1",
     "Remote-MTA: dns; mx1.lagoon-freight.example",
     "Diagnostic-Code: smtp; 550 5.1.1 <k.obi@lagoon-freight.example>... no mailbox by that name here"],
    ["Final-Recipient: rfc822; accounts@lagoon-freight.example", "Action: failed", "Status: 5.2.2",
     "Remote-MTA: dns; mx1.lagoon-freight.example",
     "Diagnostic-Code: smtp; 552 5.2.2 accounts: storage allotment used up, message not stored"],
    ["Final-Recipient: rfc822; p.mensah@harbour-ledger.example", "Action: delayed", "Status: 4.4.1",
     "Remote-MTA: dns; mail.harbour-ledger.example",
     "Diagnostic-Code: smtp; 421 4.4.1 mail.harbour-ledger.example: no answer on port 25, will keep trying",
     "Will-Retry-Until: " + dt(2026, 11, 29, 9, 13, 40, "+0100")],
]
txt = ("This is the mail delivery agent at relay2.tannery-works.example.\n\n"
       "Your message to 3 recipients has the following status:\n\n"
       "  k.obi@lagoon-freight.example       failed\n"
       "  accounts@lagoon-freight.example    failed\n"
       "  p.mensah@harbour-ledger.example    delayed (still trying)\n\n"
       "Details are in the attached report.\n")
write(OUT, name, dsn(name, host=host, sw="Postfix", sender="invoices@tannery-works.example", text=txt,
                     per_msg=[f"Reporting-MTA: dns; {host}", f"Arrival-Date: {OD}"], blocks=blocks,
                     subject="Delivery status notification", date=D, osubj="Invoice 2026-1187",
                     orcpts=["k.obi@lagoon-freight.example", "accounts@lagoon-freight.example",
                             "p.mensah@harbour-ledger.example"], odate=OD))
exp(name, "k.obi@lagoon-freight.example", "userunknown", "5.1.1", "550")
exp(name, "accounts@lagoon-freight.example", "mailboxfull", "5.2.2", "552")
exp(name, "p.mensah@harbour-ledger.example", "networkerror", "4.4.1", "421", "delayed")

# 2. Final-Recipient with no address type
simple("dsn-final-recipient-no-type.eml", host="mail.quarry-club.example", sw="Sendmail", sender="secretary@quarry-club.example",
       rcpt="j.ferreira@basalt-homes.example", fr_type="", status="5.1.1",
       diag="smtp; 550 Requested action not taken: mailbox unavailable", remote="dns; mx.basalt-homes.example",
       reason="userunknown", reply="550")

# 3. X-Actual-Recipient beside the address the sender used
simple("dsn-x-actual-recipient-quota.eml", host="gw.fennel-labs.example", sw="Sendmail/8.17.2",
       sender="notify@fennel-labs.example", rcpt="r.iyer@cobalt-survey.example", status="5.2.2",
       extra_fields=["X-Actual-Recipient: rfc822; riyer@store03.cobalt-survey.internal"],
       diag="smtp; 552 5.2.2 riyer: maildir has no room left under its limit", remote="dns; mx.cobalt-survey.example",
       reason="mailboxfull", reply="552")

# 4. Original-Recipient differs from Final-Recipient (an alias)
simple("dsn-original-recipient-alias-expanded.eml", host="mx-out.pinecone-tours.example", sw="Exim 4.97",
       sender="bookings@pinecone-tours.example", orig_rcpt="info@saltmarsh-inn.example",
       rcpt="owner.saltmarsh@ferrywell.example", status="5.1.1",
       diag="smtp; 550 5.1.1 Addressee unknown, relay=mail.ferrywell.example", remote="dns; mail.ferrywell.example",
       reason="userunknown", reply="550")

# 5. X-Postfix diagnostic: mail loops
simple("dsn-x-postfix-loops-back.eml", host="mx.gable-print.example", sw="Postfix", sender="proofs@gable-print.example",
       rcpt="studio@inkwell-bindery.example", status="5.4.6",
       diag="X-Postfix; mail for inkwell-bindery.example loops back to myself",
       reason="networkerror")

# 6. X-Postfix diagnostic in a delay: connection refused
simple("dsn-x-postfix-delayed-refused.eml", host="smtp.orchard-coop.example", sw="Postfix",
       sender="newsletter@orchard-coop.example", rcpt="members@cider-press.example", status="4.4.1", action="delayed",
       diag="X-Postfix; connect to mail.cider-press.example[192.0.2.61]:25: Connection refused",
       reason="networkerror", subject="Delayed Mail (still being retried)")

# 7. X-Notes diagnostic: directory miss
simple("dsn-x-notes-not-in-directory.eml", host="notesgw.ashford-legal.example", sw="Lotus Domino Release 12.0.2",
       sender="clerk@ashford-legal.example", rcpt="h.novak@vintner-partners.example", status="5.0.0",
       diag="X-Notes; No person named 'h.novak' was found in the recipient's Domino Directory",
       reason="userunknown", subject="DELIVERY FAILURE: User h.novak not listed")

# 8. X-Notes diagnostic: mail file over its size
simple("dsn-x-notes-mailfile-over-quota.eml", host="domino1.brightwater-eng.example", sw="Lotus Domino Release 11.0.1",
       sender="tenders@brightwater-eng.example", rcpt="site.office@marl-quarry.example", status="5.0.0",
       diag="X-Notes; Unable to deliver: the recipient's mail database has reached its size quota",
       reason="mailboxfull", subject="DELIVERY FAILURE: mail database full")

# 9..11. Status only, no diagnostic
simple("dsn-status-only-5.1.2.eml", host="mta.birchwood-school.example", sw="OpenSMTPD",
       sender="office@birchwood-school.example", rcpt="parents@oldmill-pta.example", status="5.1.2",
       reason="hostunknown")
simple("dsn-status-only-5.2.2.eml", host="out.kestrel-audio.example", sw="Haraka", sender="support@kestrel-audio.example",
       rcpt="dj.marcus@vinylbox.example", status="5.2.2", reason="mailboxfull")
simple("dsn-status-only-4.4.7-failed.eml", host="mailer.thistle-bank.example", sw="PowerMTA",
       sender="statements@thistle-bank.example", rcpt="a.graves@moorfield-net.example", status="4.4.7",
       reason="expired")

# 12. delay for a full mailbox
simple("dsn-delayed-mailbox-over-allocation.eml", host="mx2.cedar-clinic.example", sw="Postfix",
       sender="appointments@cedar-clinic.example", rcpt="l.banda@riverbend-mail.example", status="4.2.2", action="delayed",
       diag="smtp; 452 4.2.2 l.banda: mailbox over storage allocation, try later",
       remote="dns; mx.riverbend-mail.example", reason="mailboxfull", reply="452",
       subject="Delivery Status Notification (Delay)")

# 13. delay for a host that times out
simple("dsn-delayed-connect-timeout.eml", host="smtp.harrow-rowing.example", sw="Exim 4.96",
       sender="captain@harrow-rowing.example", rcpt="regatta@weirside.example", status="4.4.2", action="delayed",
       diag="smtp; timed out while connecting to mx.weirside.example [198.51.100.140]",
       reason="networkerror", subject="Warning: message 1uZ9pq-000Bd4-3K delayed 24 hours")

# 14. a list expansion and a failure in one report
name = "dsn-expanded-and-failed.eml"
host = "lists.quayside-choir.example"
blocks = [
    ["Final-Recipient: rfc822; tenors@quayside-choir.example", "Action: expanded", "Status: 2.0.0"],
    ["Original-Recipient: rfc822;tenors@quayside-choir.example", "Final-Recipient: rfc822; b.achterberg@polder-mail.example",
     "Action: failed", "Status: 5.1.1", "Remote-MTA: dns; mx.polder-mail.example",
     "Diagnostic-Code: smtp; 550 5.1.1 recipient b.achterberg unknown at this site"],
]
write(OUT, name, dsn(name, host=host, sw="Sendmail/8.18.1", sender="director@quayside-choir.example",
                     text="Your message was expanded to the members of tenors@quayside-choir.example.\n"
                          "Delivery to one member failed permanently:\n\n   b.achterberg@polder-mail.example\n",
                     per_msg=[f"Reporting-MTA: dns; {host}"], blocks=blocks, subject="Returned mail: see transcript for details",
                     date=D, osubj="Rehearsal moved to Thursday", orcpts=["tenors@quayside-choir.example"], odate=OD))
exp(name, "b.achterberg@polder-mail.example", "userunknown", "5.1.1", "550")

# 15. one relayed, one refused for relaying
name = "dsn-relayed-and-relay-denied.eml"
host = "edge.corbel-arch.example"
blocks = [
    ["Final-Recipient: rfc822; planning@townhall-east.example", "Action: relayed", "Status: 2.0.0",
     "Remote-MTA: dns; legacy-gw.townhall-east.example"],
    ["Final-Recipient: rfc822; reviews@heritage-board.example", "Action: failed", "Status: 5.7.1",
     "Remote-MTA: dns; smtp.heritage-board.example",
     "Diagnostic-Code: smtp; 554 5.7.1 <reviews@heritage-board.example>: this server does not relay for your network"],
]
write(OUT, name, dsn(name, host=host, sw="Postfix", sender="drawings@corbel-arch.example",
                     text=GENERIC.format(lines="   reviews@heritage-board.example\n      554 5.7.1 this server does not relay for your network"),
                     per_msg=[f"Reporting-MTA: dns; {host}"], blocks=blocks, subject="Undelivered Mail Returned to Sender",
                     date=D, osubj="Listed building consent drawings",
                     orcpts=["planning@townhall-east.example", "reviews@heritage-board.example"], odate=OD))
exp(name, "reviews@heritage-board.example", "norelaying", "5.7.1", "554")

# 16. two domains: one has no mail host, one calls the mail spam
name = "dsn-two-domains-dns-and-spam.eml"
host = "post.lumen-optics.example"
blocks = [
    ["Final-Recipient: rfc822; buyer@lenscraft-gone.example", "Action: failed", "Status: 5.1.2",
     "Diagnostic-Code: smtp; 550 5.1.2 lenscraft-gone.example: no such domain (NXDOMAIN)"],
    ["Final-Recipient: rfc822; purchasing@prism-wholesale.example", "Action: failed", "Status: 5.7.1",
     "Remote-MTA: dns; mx.prism-wholesale.example",
     "Diagnostic-Code: smtp; 550 5.7.1 Message scored 14.2 by our content filter and was refused as unsolicited bulk mail"],
]
write(OUT, name, dsn(name, host=host, sw="Exim 4.97", sender="sales@lumen-optics.example",
                     text=GENERIC.format(lines="   buyer@lenscraft-gone.example\n   purchasing@prism-wholesale.example"),
                     per_msg=[f"Reporting-MTA: dns; {host}", f"Arrival-Date: {OD}"], blocks=blocks,
                     subject="Mail delivery failed", date=D, osubj="Spring price list",
                     orcpts=["buyer@lenscraft-gone.example", "purchasing@prism-wholesale.example"], odate=OD))
exp(name, "buyer@lenscraft-gone.example", "hostunknown", "5.1.2", "550")
exp(name, "purchasing@prism-wholesale.example", "spamdetected", "5.7.1", "550")

# 17. Remote-MTA written as an address literal; block list
simple("dsn-remote-mta-literal-blocklist.eml", host="mta3.saffron-deli.example", sw="Postfix",
       sender="orders@saffron-deli.example", rcpt="kitchen@olive-grove-rest.example", status="5.7.1",
       remote="dns; [192.0.2.77]",
       diag="smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.58] is listed at bl.spamcop.net",
       reason="blocked", reply="554")

# 18. a folded multi-line diagnostic: DMARC
simple("dsn-folded-diagnostic-dmarc.eml", host="bulk.rosehip-tea.example", sw="Postfix",
       sender="hello@rosehip-tea.example", rcpt="t.aldana@meadowlark-isp.example", status="5.7.1",
       diag="smtp; 550-5.7.1 This message failed the sender domain's DMARC check\n"
            "    550-5.7.1 (p=reject) and the receiving system honours that\n    550 5.7.1 policy. See your DNS records.",
       remote="dns; in1.meadowlark-isp.example", reason="authfailure", reply="550")

# 19. message too big
simple("dsn-message-too-big-for-system.eml", host="mx.granite-survey.example", sw="Exim 4.96",
       sender="gis@granite-survey.example", rcpt="planning@coastal-council.example", status="5.3.4",
       diag="smtp; 552 5.3.4 Message too big for system (limit is 15728640 octets)",
       remote="dns; mail.coastal-council.example", reason="emailtoolarge", reply="552")

# 20. mailbox deactivated
simple("dsn-mailbox-deactivated.eml", host="smtp.wren-pottery.example", sw="Postfix",
       sender="studio@wren-pottery.example", rcpt="m.lindqvist@fjordnet.example", status="5.2.1",
       diag="smtp; 550 5.2.1 This mailbox has been deactivated and cannot receive mail at present",
       remote="dns; mx.fjordnet.example", reason="suspend", reply="550")

# 21. sender domain refused
simple("dsn-sender-domain-unresolvable.eml", host="out.bramble-scouts.example", sw="OpenSMTPD",
       sender="leader@bramble-scouts.example", rcpt="camp@heathland-trust.example", status="5.1.8",
       diag="smtp; 553 5.1.8 <leader@bramble-scouts.example>: sender's domain has no A or MX record",
       remote="dns; mx.heathland-trust.example", reason="rejected", reply="553")

# 22. no reverse DNS
simple("dsn-no-reverse-dns.eml", host="mail.copper-kettle.example", sw="Postfix",
       sender="events@copper-kettle.example", rcpt="bookings@dunes-hotel.example", status="5.7.25",
       diag="smtp; 550 5.7.25 The IP address 203.0.113.91 you are connecting from has no PTR name; mail refused",
       remote="dns; mx.dunes-hotel.example", reason="requireptr", reply="550")

# 23. TLS required but not offered (delay)
simple("dsn-tls-required-not-offered.eml", host="secure-out.ledger-audit.example", sw="Postfix",
       sender="audit@ledger-audit.example", rcpt="cfo@tidewater-ship.example", status="4.7.4", action="delayed",
       diag="X-Postfix; TLS is required, but was not offered by host mx.tidewater-ship.example[198.51.100.8]",
       reason="failedstarttls", subject="Delayed Mail (still being retried)")

# 24. malware refused
simple("dsn-malware-refused.eml", host="mx.aster-parts.example", sw="Exim 4.97",
       sender="dispatch@aster-parts.example", rcpt="stores@millwright-ltd.example", status="5.7.0",
       diag="smtp; 554 5.7.0 Refused: attachment infected with Trojan.Agent-1042 (ClamAV)",
       remote="dns; mx.millwright-ltd.example", reason="virusdetected", reply="554")

# 25. spool partition full (delay)
simple("dsn-spool-partition-full.eml", host="relay.marigold-ngo.example", sw="Sendmail/8.17.1",
       sender="appeals@marigold-ngo.example", rcpt="donors@lantern-fund.example", status="4.3.1", action="delayed",
       diag="smtp; 452 4.3.1 Temporary failure: queue partition out of free blocks",
       remote="dns; mx.lantern-fund.example", reason="systemfull", reply="452",
       subject="Warning: could not send message for past 4 hours")

# 26. moved, no forwarding
simple("dsn-moved-no-forwarding.eml", host="mailout.hollybush-law.example", sw="Postfix",
       sender="reception@hollybush-law.example", rcpt="d.okafor@alder-chambers.example", status="5.1.6",
       diag="smtp; 551 5.1.6 d.okafor has left this organisation; mail is not forwarded",
       remote="dns; mx.alder-chambers.example", reason="hasmoved", reply="551")

# 27. null MX
simple("dsn-null-mx-no-mail.eml", host="mx.puffin-press.example", sw="Postfix",
       sender="editor@puffin-press.example", rcpt="letters@parked-domain.example", status="5.1.10",
       diag="X-Postfix; Domain parked-domain.example publishes a null MX record and receives no email",
       reason="notaccept")

# 28. X-Unix: delivery program failed
simple("dsn-x-unix-program-exit.eml", host="tickets.hazel-hosting.example", sw="Postfix",
       sender="monitor@hazel-hosting.example", rcpt="helpdesk@hazel-hosting.example", status="5.3.0",
       diag="X-Unix; command /usr/local/bin/ticket-import exited with status 69: database not available",
       reason="mailererror")

# 29. malformed 8-bit body
simple("dsn-undeclared-8bit-body.eml", host="smtp.tallow-candles.example", sw="Exim 4.96",
       sender="shop@tallow-candles.example", rcpt="orders@beeswax-coop.example", status="5.6.0",
       diag="smtp; 554 5.6.0 Message body has 8-bit bytes but no charset or 8BITMIME was declared",
       remote="dns; mx.beeswax-coop.example", reason="contenterror", reply="554")

# 30. attachment type against the recipient's policy
simple("dsn-attachment-type-policy.eml", host="out.keystone-build.example", sw="Postfix",
       sender="estimating@keystone-build.example", rcpt="tenders@county-works.example", status="5.7.1",
       diag="smtp; 550 5.7.1 Files of type .iso may not be sent to this organisation (mail policy)",
       remote="dns; mx.county-works.example", reason="policyviolation", reply="550")

# 31. the whole message returned, recipient unknown in an LDAP-less way
simple("dsn-whole-message-returned-no-account.eml", host="mail.riverside-rugby.example", sw="Courier-MTA",
       sender="fixtures@riverside-rugby.example", rcpt="coach.bell@tideway-rfc.example", status="5.1.1",
       diag="smtp; 550 5.1.1 No account exists for coach.bell on this server",
       remote="dns; mx.tideway-rfc.example", reason="userunknown", reply="550", returned="message")

# 32. too many recipients / rate
simple("dsn-rate-limited-per-hour.eml", host="mx-out.clover-dairy.example", sw="Haraka",
       sender="farmgate@clover-dairy.example", rcpt="buyers@greenfield-stores.example", status="4.7.0", action="delayed",
       diag="smtp; 451 4.7.0 You have sent more messages this hour than we accept from one sender; slow down",
       remote="dns; mx.greenfield-stores.example", reason="ratelimited", reply="451",
       subject="Delivery Status Notification (Delay)")

# 33. SMTP auth required at a submission relay
simple("dsn-relay-auth-required.eml", host="smarthost.bakery-lane.example", sw="Postfix",
       sender="till@bakery-lane.example", rcpt="orders@flour-mill.example", status="5.7.0",
       diag="smtp; 530 5.7.0 Authentication required before MAIL FROM",
       remote="dns; relay.upstream-isp.example", reason="securityerror", reply="530")

# 34. old host that refused the address of the sender as a rule of the recipient
simple("dsn-recipient-refuses-sender.eml", host="out.marlin-charters.example", sw="Postfix",
       sender="skipper@marlin-charters.example", rcpt="n.haddad@seagrass-mail.example", status="5.7.1",
       diag="smtp; 550 5.7.1 The recipient has chosen not to accept mail from your address",
       remote="dns; mx.seagrass-mail.example", reason="filtered", reply="550")

# ---------------------------------------------------------------- minimal bounces
MD = dt(2026, 11, 25, 14, 2, 11, "+0000")


def minimal(name, host, sw, sender, subject, text, rcpt, reason, status="", reply="", frm=None, hard=None):
    write(OUT, name, plain(name, host=host, sw=sw, sender=sender, frm=frm or f"MAILER-DAEMON@{host}",
                           subject=subject, date=MD, text=text))
    if hard is None:
        hard = reason in ("userunknown", "hostunknown") and reply.startswith("5")
    exp(name, rcpt, reason, status, reply, hard=hard)


minimal("minimal-no-such-user-here.eml", "mail.tiny-forge.example", "smtpd", "bob@tiny-forge.example",
        "failure notice",
        "Your message could not be delivered.\n\n<alex@smallpond.example>: 550 no such user here\n",
        "alex@smallpond.example", "userunknown", reply="550")
minimal("minimal-quota-one-liner.eml", "mx.homebrew-net.example", "mailsrv 0.9", "pat@homebrew-net.example",
        "Undelivered mail",
        "Delivery to ruth@marshland.example failed: mailbox quota exceeded.\n",
        "ruth@marshland.example", "mailboxfull")
minimal("minimal-domain-not-found.eml", "mail.loft-radio.example", "mini-mta", "dj@loft-radio.example",
        "Returned mail",
        "The following address failed:\n\n  listeners@nowhere-fm.example\n    domain not found\n",
        "listeners@nowhere-fm.example", "hostunknown", hard=True)
minimal("minimal-too-big.eml", "smtp.pocket-print.example", "smtpd", "cards@pocket-print.example",
        "Delivery failure",
        "Could not deliver to <proofs@corner-copy.example>:\n552 message exceeds 5242880 byte limit\n",
        "proofs@corner-copy.example", "emailtoolarge", reply="552")
minimal("minimal-gave-up-five-days.eml", "mail.garden-shed.example", "mailsrv", "sam@garden-shed.example",
        "Mail could not be delivered",
        "I tried for 5 days to deliver your message to seeds@allotment-assoc.example\n"
        "but mail.allotment-assoc.example never answered. I have given up.\n",
        "seeds@allotment-assoc.example", "expired")
minimal("minimal-refused-as-spam.eml", "mx.dogwalk-club.example", "smtpd", "walks@dogwalk-club.example",
        "failure notice",
        "Hi. This is the mailer at mx.dogwalk-club.example.\nI could not deliver your message.\n\n"
        "<vet@pawprint-clinic.example>:\nremote said: 550 message refused, it looks like spam to us\n",
        "vet@pawprint-clinic.example", "spamdetected", reply="550")
minimal("minimal-account-disabled.eml", "mail.chess-circle.example", "smtpd", "sec@chess-circle.example",
        "Returned mail: Service unavailable",
        "Message to <gm.petrov@knightmail.example> not delivered.\nReason: 550 account disabled\n",
        "gm.petrov@knightmail.example", "suspend", reply="550")
minimal("minimal-relay-not-permitted.eml", "smtp.kayak-hire.example", "smtpd", "desk@kayak-hire.example",
        "Undeliverable",
        "delivery failed\nrecipient: river.guide@rapids-co.example\nserver reply: 554 relay access denied\n",
        "river.guide@rapids-co.example", "norelaying", reply="554")

# ---------------------------------------------------------------- auto-replies (RFC 3834)
AD = dt(2026, 11, 26, 8, 40, 0, "+0100")


def autoreply(name, who, sender, subject, text, charset="us-ascii", cte=None, extra=(), subj_enc=None, vendor=""):
    dom = who.split("@")[1]
    subj = enc_header(subject, subj_enc) if subj_enc else subject
    heads = [f"Return-Path: <>", hop(name, "mx." + dom, "Postfix", AD), ("Date", AD), ("From", who), ("To", sender),
             ("Subject", subj), ("Message-ID", mid(name, dom)), ("In-Reply-To", mid(name + "o", sender.split("@")[1])),
             ("Auto-Submitted", "auto-replied")] + list(extra)
    body = jis_part(text) if charset == "iso-2022-jp" else text_part(text, charset, cte)
    write(OUT, name, mail(heads, body))
    exp(name, who, "vacation", action="", vendor=vendor)


autoreply("autoreply-en-conference-week.eml", "g.whitlock@fenland-survey.example", "news@rosehip-tea.example",
          "Automatic reply: Winter blend is here",
          "Thank you for your email. I am at a conference until 4 December with\nlimited access to email. "
          "For urgent matters please call the office.\n\nGeorge\n")
autoreply("autoreply-de-abwesenheit-utf8.eml", "k.hoffmann@elbtal-bau.example", "invoices@tannery-works.example",
          "Abwesenheitsnotiz: Invoice 2026-1190",
          "Guten Tag,\n\nich bin bis einschließlich 3. Dezember nicht im Büro und lese meine\n"
          "E-Mails in dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an\n"
          "einkauf@elbtal-bau.example.\n\nMit freundlichen Grüßen\nKarin Hoffmann\n",
          charset="utf-8", cte="quoted-printable", subj_enc="utf-8", extra=[("X-Auto-Response-Suppress", "All")])
autoreply("autoreply-fr-absence-latin1.eml", "c.moreau@vignoble-sud.example", "orders@saffron-deli.example",
          "Réponse automatique : absent du bureau",
          "Bonjour,\n\nJe suis absente jusqu'au lundi 7 décembre inclus. Votre message sera\n"
          "traité à mon retour.\n\nCordialement,\nClaire Moreau\n",
          charset="iso-8859-1", cte="quoted-printable", subj_enc="iso-8859-1")
autoreply("autoreply-es-respuesta-automatica.eml", "j.ruiz@naranjal-export.example", "sales@lumen-optics.example",
          "Respuesta automática: Spring price list",
          "Hola,\n\nEstaré de vacaciones hasta el 9 de diciembre. Durante mi ausencia puede\n"
          "escribir a comercial@naranjal-export.example.\n\nUn saludo,\nJavier Ruiz\n",
          charset="utf-8", cte="base64", subj_enc="utf-8")
autoreply("autoreply-pt-br-ferias.eml", "a.souza@cerrado-agro.example", "farmgate@clover-dairy.example",
          "Resposta automática: Férias",
          "Olá,\n\nEstou de férias até 10/12 e sem acesso ao e-mail. Assuntos urgentes:\n"
          "contato@cerrado-agro.example.\n\nAtenciosamente,\nAna Souza\n",
          charset="utf-8", cte="quoted-printable", subj_enc="utf-8")
autoreply("autoreply-it-risposta-fuori-sede.eml", "m.rinaldi@lago-tessuti.example", "buyer@wren-pottery.example",
          "Risposta automatica: fuori sede",
          "Buongiorno,\n\nsono fuori sede fino al 2 dicembre e risponderò al mio rientro.\n\n"
          "Cordiali saluti\nMarco Rinaldi\n",
          charset="iso-8859-15", cte="quoted-printable", subj_enc="iso-8859-15")
autoreply("autoreply-ja-fuzai-iso2022jp.eml", "t.kobayashi@hinoki-kogei.example", "studio@wren-pottery.example",
          "自動応答: 不在のお知らせ",
          "いつもお世話になっております。\n12月5日まで出張のため不在にしております。\n"
          "戻り次第ご連絡いたします。\n\n小林\n",
          charset="iso-2022-jp", cte="7bit", subj_enc="iso-2022-jp")
autoreply("autoreply-zh-gbk-zidong-huifu.eml", "wang.lei@jinhe-trade.example", "sales@lumen-optics.example",
          "自动回复：您好，我正在休假",
          "您好！\n\n我于12月1日至12月6日休假，期间无法及时回复邮件。\n如有急事请联系 sales@jinhe-trade.example。\n\n王磊\n",
          charset="gbk", cte="base64", subj_enc="gbk")
autoreply("autoreply-ko-jadong-eungdap.eml", "s.park@hangang-tech.example", "hello@rosehip-tea.example",
          "자동 응답: 부재 중입니다",
          "안녕하세요.\n\n12월 4일까지 휴가 중입니다. 복귀 후 답장 드리겠습니다.\n\n박서준 드림\n",
          charset="utf-8", cte="base64", subj_enc="utf-8")
autoreply("autoreply-nl-afwezigheid-sieve.eml", "e.dekker@polder-mail.example", "director@quayside-choir.example",
          "Afwezig: Rehearsal moved to Thursday",
          "Beste afzender,\n\nIk ben afwezig tot en met 8 december. Uw bericht wordt niet doorgestuurd.\n\n"
          "Met vriendelijke groet,\nEva Dekker\n",
          charset="utf-8", cte="quoted-printable", extra=[("X-Sieve", "Pigeonhole Sieve 0.5.21")])

# ---------------------------------------------------------------- ARF feedback reports
FD = dt(2026, 11, 27, 3, 5, 44, "+0000")


def arf(name, *, reporter_host, frm, to, subject, ftype, ua, complainant, sender, osubj, odate, src_ip,
        reported_domain, text, extra_fields=(), redact=False, vendor="", omit_orig_to=False):
    fields = [f"Feedback-Type: {ftype}", f"User-Agent: {ua}", "Version: 1",
              f"Original-Mail-From: <{sender}>"]
    if not omit_orig_to:
        fields.append(f"Original-Rcpt-To: <{complainant}>")
    fields += [f"Arrival-Date: {odate}", f"Source-IP: {src_ip}", f"Reported-Domain: {reported_domain}"] + list(extra_fields)
    sdom = sender.split("@")[1]
    orig = (f"Received: from out.{sdom} (out.{sdom} [{src_ip}])\n\tby {reporter_host} with ESMTP id {qid(name, 10)}\n"
            f"\tfor <{complainant}>; {odate}\n"
            f"From: {sender}\nTo: {'redacted@' + complainant.split('@')[1] if redact else complainant}\n"
            f"Subject: {osubj}\nDate: {odate}\nMessage-ID: {mid(name + 'o', sdom)}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\nThe original message text.\n")
    parts = [text_part(text), part("message/feedback-report", "\n".join(fields) + "\n", cte=None),
             part("message/rfc822", orig, cte=None)]
    heads = [f"Return-Path: <{frm.split('<')[-1].rstrip('>')}>", hop(name, "mx." + to.split("@")[1], "Postfix", FD,
                                                                    frm=reporter_host, ip="198.51.100.200"),
             ("Date", FD), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, reporter_host))]
    write(OUT, name, mail(heads, multipart("report", parts, boundary(name), " report-type=feedback-report;")))
    exp(name, complainant, "feedback", action="", vendor=vendor, ftype=ftype)


arf("arf-yahoo-cfl-abuse-newsletter.eml", reporter_host="feedback.yahoo.com",
    frm="Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.com>", to="fbl@rosehip-tea.example",
    subject="FW: Winter blend is here", ftype="abuse", ua="Yahoo!-Mail-Feedback/2.0",
    complainant="teaholic_1977@yahoo.com", sender="hello@rosehip-tea.example", osubj="Winter blend is here",
    odate=dt(2026, 11, 26, 18, 0, 2), src_ip="203.0.113.40", reported_domain="rosehip-tea.example",
    text="This is an email abuse report for an email message from rosehip-tea.example received\n"
         "from IP 203.0.113.40 on Thu, 26 Nov 2026 18:00:02 +0000.\n", vendor="yahoo")
arf("arf-aol-abuse-report.eml", reporter_host="fbl.aol.com", frm="AOL Feedback Loop <scomp@aol.net>",
    to="postmaster@copper-kettle.example", subject="Email Feedback Report for IP 203.0.113.91", ftype="abuse",
    ua="AOL SComp", complainant="jazzfan.lou@aol.com", sender="events@copper-kettle.example",
    osubj="Live music this Friday", odate=dt(2026, 11, 25, 17, 30, 0), src_ip="203.0.113.91",
    reported_domain="copper-kettle.example",
    text="This is an email abuse report for an email message received from IP 203.0.113.91.\n"
         "For more information about this format please see the ARF specification.\n", vendor="aol")
arf("arf-microsoft-jmrp-abuse.eml", reporter_host="jmrp.outlook.com",
    frm="staff@hotmail.com", to="jmrp@bulk-sender.example", subject="complaint about message from 203.0.113.77",
    ftype="abuse", ua="Microsoft JMRP", complainant="kite.runner.88@outlook.com", sender="offers@bulk-sender.example",
    osubj="Your exclusive voucher", odate=dt(2026, 11, 26, 12, 1, 9), src_ip="203.0.113.77",
    reported_domain="bulk-sender.example",
    text="This is a Junk Mail Reporting Program report for a message a user marked as junk.\n", vendor="outlook")
arf("arf-comcast-fbl-abuse.eml", reporter_host="fbl.comcast.net",
    frm="Comcast Feedback Loop <feedbackloop@comcast.net>", to="abuse@pinecone-tours.example",
    subject="Comcast FBL report", ftype="abuse", ua="Comcast FBL/1.2", complainant="hikerdan@comcast.net",
    sender="bookings@pinecone-tours.example", osubj="Last seats on the coastal walk", odate=dt(2026, 11, 24, 7, 44, 0),
    src_ip="198.51.100.33", reported_domain="pinecone-tours.example",
    text="A Comcast subscriber marked the attached message as spam.\n", vendor="comcast")
arf("arf-mailru-fbl-abuse.eml", reporter_host="fbl.mail.ru", frm="Mail.Ru FBL <fbl@corp.mail.ru>",
    to="fbl@kestrel-audio.example", subject="Mail.Ru FBL report", ftype="abuse", ua="Mail.Ru FBL",
    complainant="basovik2001@mail.ru", sender="support@kestrel-audio.example", osubj="Black Friday: studio monitors",
    odate=dt(2026, 11, 27, 1, 10, 0, "+0300"), src_ip="203.0.113.12", reported_domain="kestrel-audio.example",
    text="This is a Mail.Ru Feedback Loop report: a user marked the message as spam.\n", vendor="mailru")
arf("arf-company-abuse-desk-fraud.eml", reporter_host="abuse.northgate-bank.example",
    frm="Northgate Bank Abuse Desk <abuse@northgate-bank.example>", to="abuse@cheap-hosting.example",
    subject="[Case 58812] phishing using our brand from your network", ftype="fraud", ua="NB-AbuseDesk/4.1",
    complainant="security@northgate-bank.example", sender="alerts@n0rthgate-secure.example",
    osubj="Your account has been locked", odate=dt(2026, 11, 26, 22, 15, 0), src_ip="192.0.2.199",
    reported_domain="n0rthgate-secure.example",
    text="Dear abuse team,\n\nThe attached message impersonates Northgate Bank and was sent from\n"
         "192.0.2.199 on your network. Please take the phishing site down.\n\nNorthgate Bank Abuse Desk\n",
    extra_fields=["Reported-Uri: http://n0rthgate-secure.example/login"])
arf("arf-auth-failure-dkim.eml", reporter_host="mx.meadowlark-isp.example",
    frm="DMARC failure reports <dmarc-noreply@meadowlark-isp.example>", to="ruf@rosehip-tea.example",
    subject="Authentication failure report for rosehip-tea.example", ftype="auth-failure", ua="Meadowlark-ARF/1.0",
    complainant="t.aldana@meadowlark-isp.example", sender="hello@rosehip-tea.example", osubj="Winter blend is here",
    odate=dt(2026, 11, 26, 18, 0, 9), src_ip="203.0.113.41", reported_domain="rosehip-tea.example",
    text="This is an authentication failure report for a message claiming to be from\nrosehip-tea.example.\n",
    extra_fields=["Auth-Failure: dkim", "Authentication-Results: mx.meadowlark-isp.example; dkim=fail header.d=rosehip-tea.example",
                  "DKIM-Domain: rosehip-tea.example", "DKIM-Selector: s2026"])
arf("arf-not-spam-report.eml", reporter_host="fbl.webmail-coop.example",
    frm="Webmail Coop Feedback <fbl@webmail-coop.example>", to="fbl@clover-dairy.example",
    subject="Feedback report: message marked as not spam", ftype="not-spam", ua="WebmailCoop-FBL/3",
    complainant="h.greaves@webmail-coop.example", sender="farmgate@clover-dairy.example", osubj="Milk round changes",
    odate=dt(2026, 11, 23, 6, 0, 0), src_ip="198.51.100.52", reported_domain="clover-dairy.example",
    text="A user moved the attached message out of the spam folder (not spam).\n")

# ---------------------------------------------------------------- near misses
ND = dt(2026, 11, 28, 10, 0, 0, "+0000")


def nb(name, text):
    write(NB, name, text)


def nb_dsn(name, host, sender, rcpt, action, status, text, subject, diag=None, remote=None):
    b = [f"Final-Recipient: rfc822; {rcpt}", f"Action: {action}", f"Status: {status}"]
    if remote:
        b.append(f"Remote-MTA: dns; {remote}")
    if diag:
        b.append(f"Diagnostic-Code: smtp; {diag}")
    nb(name, dsn(name, host=host, sw="Postfix", sender=sender, text=text, per_msg=[f"Reporting-MTA: dns; {host}"],
                 blocks=[b], subject=subject, date=ND, osubj="Contract signed copy", orcpts=[rcpt], odate=ND))


nb_dsn("nb-dsn-delivered-notify-success.eml", "mx.elm-estates.example", "lettings@elm-estates.example",
       "tenant.w@flatshare-mail.example", "delivered", "2.0.0",
       "This is the mail system at host mx.elm-estates.example.\n\nYour message was successfully delivered to the "
       "destination(s)\nlisted below. This is a delivery report you asked for.\n\n"
       "<tenant.w@flatshare-mail.example>: delivery via mx.flatshare-mail.example: 250 2.0.0 Ok: queued\n",
       "Successful Mail Delivery Report", diag="250 2.0.0 Ok: queued as 4RkQ2m", remote="mx.flatshare-mail.example")
nb_dsn("nb-dsn-relayed-to-legacy-host.eml", "gw.northfield-uni.example", "registry@northfield-uni.example",
       "archive@oldhall.northfield-uni.example", "relayed", "2.0.0",
       "Your message was relayed to a system that does not report delivery status.\n"
       "No further notices will follow for:\n\n   archive@oldhall.northfield-uni.example\n",
       "Relayed mail: no further notification", remote="oldhall.northfield-uni.example")
nb_dsn("nb-dsn-expanded-alias-only.eml", "lists.beacon-rowing.example", "coach@beacon-rowing.example",
       "crew@beacon-rowing.example", "expanded", "2.0.0",
       "Your message to crew@beacon-rowing.example was expanded to 9 members and\ndelivered to each of them.\n",
       "Return receipt (expanded)")

# MDN read receipt (RFC 8098)
name = "nb-mdn-read-receipt-displayed.eml"
mdn = ("Reporting-UA: mail.oakridge-dental.example; Thunderbird 128.4\n"
       "Original-Recipient: rfc822;dr.chen@oakridge-dental.example\n"
       "Final-Recipient: rfc822;dr.chen@oakridge-dental.example\n"
       f"Original-Message-ID: {mid(name + 'o', 'cedar-clinic.example')}\n"
       "Disposition: manual-action/MDN-sent-manually; displayed\n")
nb(name, mail([hop(name, "mx.cedar-clinic.example", "Postfix", ND), ("Date", ND),
               ("From", "Dr Chen <dr.chen@oakridge-dental.example>"), ("To", "appointments@cedar-clinic.example"),
               ("Subject", "Read: Referral for patient 2231"), ("Message-ID", mid(name, "oakridge-dental.example"))],
              multipart("report", [text_part("This is a Return Receipt for the mail that you sent to\n"
                                             "dr.chen@oakridge-dental.example.\n\nNote: This Return Receipt only "
                                             "acknowledges that the message was displayed\non the recipient's computer.\n"),
                                   part("message/disposition-notification", mdn, cte=None)],
                        boundary(name), " report-type=disposition-notification;")))

# MDN from Outlook, "deleted without being read"
name = "nb-mdn-deleted-unread.eml"
mdn = ("Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;p.quinn@lowfield-farm.example\n"
       f"Original-Message-ID: {mid(name + 'o', 'clover-dairy.example')}\n"
       "Disposition: automatic-action/MDN-sent-automatically; deleted\n")
nb(name, mail([hop(name, "mx.clover-dairy.example", "Postfix", ND), ("Date", ND),
               ("From", "Pat Quinn <p.quinn@lowfield-farm.example>"), ("To", "farmgate@clover-dairy.example"),
               ("Subject", "Not read: Milk round changes"), ("Message-ID", mid(name, "lowfield-farm.example"))],
              multipart("report", [text_part("Your message\n\n  To: p.quinn@lowfield-farm.example\n"
                                             "  Subject: Milk round changes\n\nwas deleted without being read on "
                                             "28/11/2026 09:58.\n"),
                                   part("message/disposition-notification", mdn, cte=None)],
                        boundary(name), " report-type=disposition-notification;")))

# a plain delivery receipt (Exchange-style, no DSN part)
nb("nb-delivery-receipt-plain.eml",
   plain("nb-delivery-receipt-plain.eml", host="mail.tidewater-ship.example", sw="Microsoft SMTP Server",
         sender="audit@ledger-audit.example", frm="Microsoft Outlook <postmaster@tidewater-ship.example>",
         subject="Delivered: Year-end audit schedule", date=ND,
         text="Your message has been delivered to the following recipients:\n\n"
              "cfo@tidewater-ship.example\n\nSubject: Year-end audit schedule\n"))

# Japanese delivery confirmation
nb("nb-delivery-receipt-ja.eml",
   plain("nb-delivery-receipt-ja.eml", host="mail.hinoki-kogei.example", sw="Postfix", sender="studio@wren-pottery.example",
         frm="postmaster@hinoki-kogei.example", subject=enc_header("配信完了のお知らせ", "iso-2022-jp"), date=ND,
         text="お送りいただいたメールは、以下の宛先に正常に配信されました。\n\n  t.kobayashi@hinoki-kogei.example\n",
         charset="iso-2022-jp", cte="7bit"))


def report_mail(name, frm, to, subject, text, att_type, att_name, att_bytes, report_type=None):
    if isinstance(att_bytes, str):
        att_bytes = att_bytes.encode()
    att = part(f"{att_type}; name=\"{att_name}\"", "\n".join(
        base64.b64encode(att_bytes).decode()[i:i + 76] for i in range(0, len(base64.b64encode(att_bytes)), 76)),
        cte="base64", extra=f"Content-Disposition: attachment; filename=\"{att_name}\"")
    sub = "report" if report_type else "mixed"
    params = f" report-type={report_type};" if report_type else ""
    dom = frm.split("@")[1].rstrip(">")
    return mail([hop(name, "mx." + to.split("@")[1], "Postfix", ND, frm="mail." + dom, ip="198.51.100.17"),
                 ("Date", ND), ("From", frm), ("To", to), ("Subject", subject), ("Message-ID", mid(name, dom))],
                multipart(sub, [text_part(text), att], boundary(name), params))


def gz(s):
    return gzip.compress(s.encode(), mtime=0)


agg = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n"
       "    <org_name>meadowlark-isp.example</org_name>\n    <email>dmarc-reports@meadowlark-isp.example</email>\n"
       "    <report_id>1764201600.88213</report_id>\n    <date_range><begin>1764115200</begin><end>1764201599</end></date_range>\n"
       "  </report_metadata>\n  <policy_published><domain>rosehip-tea.example</domain><p>reject</p><pct>100</pct></policy_published>\n"
       "  <record><row><source_ip>203.0.113.40</source_ip><count>412</count><policy_evaluated><disposition>none</disposition>"
       "<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>\n"
       "  <identifiers><header_from>rosehip-tea.example</header_from></identifiers></record>\n</feedback>\n")
nb("nb-dmarc-aggregate-gzip.eml",
   report_mail("nb-dmarc-aggregate-gzip.eml", "dmarc-reports@meadowlark-isp.example", "rua@rosehip-tea.example",
               "Report Domain: rosehip-tea.example Submitter: meadowlark-isp.example Report-ID: <1764201600.88213>",
               "This is an aggregate report from meadowlark-isp.example.\n", "application/gzip",
               "meadowlark-isp.example!rosehip-tea.example!1764115200!1764201599.xml.gz", gz(agg)))
nb("nb-dmarc-aggregate-xml-failures.eml",
   report_mail("nb-dmarc-aggregate-xml-failures.eml", "noreply-dmarc@mailbox-service.example", "rua@saffron-deli.example",
               "DMARC Aggregate Report for saffron-deli.example (2 sources failed)",
               "DMARC aggregate report. Some messages failed SPF and DKIM alignment and\n"
               "were rejected under your p=reject policy; see the attachment.\n", "text/xml",
               "mailbox-service.example!saffron-deli.example!1764115200!1764201599.xml",
               agg.replace("rosehip-tea", "saffron-deli").replace("<disposition>none", "<disposition>reject")
               .replace("<dkim>pass</dkim><spf>pass", "<dkim>fail</dkim><spf>fail")))

tls = ('{"organization-name":"Meadowlark ISP","date-range":{"start-datetime":"2026-11-26T00:00:00Z",'
       '"end-datetime":"2026-11-26T23:59:59Z"},"contact-info":"tlsrpt@meadowlark-isp.example",'
       '"report-id":"2026-11-26T00:00:00Z_rosehip-tea.example","policies":[{"policy":{"policy-type":"sts",'
       '"policy-domain":"rosehip-tea.example"},"summary":{"total-successful-session-count":402,'
       '"total-failure-session-count":3},"failure-details":[{"result-type":"certificate-expired",'
       '"sending-mta-ip":"198.51.100.200","receiving-mx-hostname":"mx.rosehip-tea.example",'
       '"failed-session-count":3}]}]}\n')
nb("nb-tlsrpt-sts-cert-expired-gzip.eml",
   report_mail("nb-tlsrpt-sts-cert-expired-gzip.eml", "tlsrpt@meadowlark-isp.example", "tls-reports@rosehip-tea.example",
               "Report Domain: rosehip-tea.example Submitter: meadowlark-isp.example Report-ID: <2026-11-26T00:00:00Z_rosehip-tea.example>",
               "This is an aggregate TLS report from meadowlark-isp.example. 3 sessions failed\n"
               "(certificate-expired) and could not deliver over TLS.\n", "application/tlsrpt+gzip",
               "meadowlark-isp.example!rosehip-tea.example!1764115200!1764201599.json.gz", gz(tls), report_type="tlsrpt"))
nb("nb-tlsrpt-report-json.eml",
   report_mail("nb-tlsrpt-report-json.eml", "smtp-tls-reporting@bigmail.example", "tls-reports@lumen-optics.example",
               "Report Domain: lumen-optics.example Submitter: bigmail.example",
               "SMTP TLS report attached: no failures.\n", "application/tlsrpt+json",
               "bigmail.example!lumen-optics.example!1764115200!1764201599.json",
               tls.replace("rosehip-tea", "lumen-optics").replace('"total-failure-session-count":3', '"total-failure-session-count":0'),
               report_type="tlsrpt"))

# a German read confirmation in plain text, no report part
nb("nb-read-confirmation-de-plain.eml",
   plain("nb-read-confirmation-de-plain.eml", host="mx.tannery-works.example", sw="Postfix",
         sender="invoices@tannery-works.example", frm="Karin Hoffmann <k.hoffmann@elbtal-bau.example>",
         subject="Gelesen: Invoice 2026-1190", date=ND, rp="<k.hoffmann@elbtal-bau.example>",
         text="Ihre Nachricht\n\n  An: k.hoffmann@elbtal-bau.example\n  Betreff: Invoice 2026-1190\n"
              "  Gesendet: 24.11.2026 09:13\n\nwurde am 28.11.2026 10:00 gelesen.\n",
         charset="utf-8", cte="quoted-printable"))

# a person asks about a bounce
nb("nb-person-asks-why-bounced.eml",
   plain("nb-person-asks-why-bounced.eml", host="mx.hazel-hosting.example", sw="Postfix",
         sender="support@hazel-hosting.example", frm="Rita Okonjo <rita@okonjo-design.example>",
         subject="Why do my emails to one client come back?", date=ND, rp="<rita@okonjo-design.example>",
         text="Hi support,\n\nSince Monday every email I send to my client at studio@inkwell-bindery.example\n"
              "comes back with something like \"mail loops back to myself\" and a 5.4.6 code.\n"
              "Other clients are fine. Is the problem on my side or theirs? Their mailbox\n"
              "is not full, I asked them.\n\nThanks,\nRita\n"))
# a person asks about a bounce, replying to a colleague
nb("nb-colleague-asks-about-undeliverable.eml",
   plain("nb-colleague-asks-about-undeliverable.eml", host="mail.keystone-build.example", sw="Postfix",
         sender="it@keystone-build.example", frm="Dan Reyes <d.reyes@keystone-build.example>",
         subject="Re: undeliverable message to the county", date=ND, rp="<d.reyes@keystone-build.example>",
         extra=[("In-Reply-To", mid("nbq-o", "keystone-build.example"))],
         text="Thanks. So the county said our .iso file is not allowed by their mail policy?\n"
              "Can I send it by the file portal instead, or will that be blocked too?\n\nDan\n\n"
              "> The tender to tenders@county-works.example bounced with 550 5.7.1.\n"))
# a deliverability newsletter talking about bounces
nb("nb-newsletter-bounce-tips.eml",
   plain("nb-newsletter-bounce-tips.eml", host="mx.rosehip-tea.example", sw="Postfix", sender="hello@rosehip-tea.example",
         frm="Inbox Weekly <news@inbox-weekly.example>", subject="Hard vs soft bounces: what 5.1.1 and 4.2.2 mean",
         date=ND, rp="<bounces+8812@inbox-weekly.example>",
         extra=[("List-Unsubscribe", "<mailto:unsub-8812@inbox-weekly.example>"), ("Precedence", "bulk")],
         text="This week: a hard bounce (550 5.1.1 user unknown) means the address does not\n"
              "exist and should be removed. A soft bounce (452 4.2.2 mailbox full) may clear\n"
              "up by itself. Read the full article on our site.\n\nUnsubscribe: unsub-8812@inbox-weekly.example\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
