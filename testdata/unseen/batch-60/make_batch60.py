#!/usr/bin/env python3
"""Writes testdata/unseen/batch-60: the transactional mail of a dating app
(LoveLark, mail.lovelark.example) bouncing at privacy-minded and small
modern providers (Proton, Tuta, Fastmail, HEY, Zoho, iCloud Hide My Email
and Sign in with Apple relays, Posteo, mailbox.org, Runbox, Mailfence,
disroot, StartMail, Skiff's closed domain), at self-hosted servers
(Mailcow, Mail-in-a-Box, iRedMail, Stalwart, Maddy, Haraka, hMailServer,
MDaemon, SmarterMail, Kerio, Axigen, Zimbra), at e-mail-to-SMS gateways
(vtext.com, txt.att.net, tmomail.net) and at forwarding-alias services
(SimpleLogin, addy.io, Firefox Relay, DuckDuckGo) that refuse when an
alias is off; ordinary near-miss mail in not-bounce/; and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Usage: python3 make_batch60.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, part, plain_mail, received, text_part, write,
                       write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)

APP = "mail.lovelark.example"
APP_IP = "192.0.2.25"
PF_HOST = "mta1.lovelark.example"
EXIM_HOST = "mta2.lovelark.example"
HARAKA_HOST = "out3.lovelark.example"
BOUNCES = "bounces@mail.lovelark.example"


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def rp(name):
    return "bounces+" + hashlib.md5(name.encode()).hexdigest()[:10] + "@" + APP


SUBJECTS = [
    "You have a new match on LoveLark",
    "Your LoveLark verification code: 482913",
    "Someone liked your profile",
    "Reset your LoveLark password",
    "Maya sent you a message",
    "Your weekly picks are ready",
    "Confirm your new email address",
    "Your LoveLark Plus receipt",
]


def subj(name):
    return SUBJECTS[int(hashlib.md5(name.encode()).hexdigest(), 16) % len(SUBJECTS)]


def original(name, rcpt, subject, date, full=False):
    h = (f"Return-Path: <{rp(name)}>\n"
         f"Received: from app-worker-7.internal.lovelark.example (app-worker-7.internal.lovelark.example [10.20.0.17])\n"
         f"\tby {PF_HOST} (Postfix) with ESMTP id {qid(name + 'o', 10)}\n\tfor <{rcpt}>; {date}\n"
         f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lovelark.example; s=lk2026;\n"
         f"\th=from:to:subject:date:message-id; bh={hashlib.sha256(name.encode()).hexdigest()[:43]}=;\n"
         f"\tb={hashlib.sha256((name + 'b').encode()).hexdigest()}\n"
         f"From: LoveLark <notify@lovelark.example>\n"
         f"To: {rcpt}\n"
         f"Subject: {subject}\n"
         f"Date: {date}\n"
         f"Message-ID: {mid(name + '/orig', 'lovelark.example')}\n"
         f"List-Unsubscribe: <https://lovelark.example/u/{qid(name, 16).lower()}>\n"
         f"Feedback-ID: notif:{qid(name, 6).lower()}:lovelark\n"
         f"MIME-Version: 1.0\n"
         f"Content-Type: text/plain; charset=utf-8\n")
    if full:
        h += ("Content-Transfer-Encoding: 7bit\n\nHi there,\n\nYou have something new waiting on LoveLark.\n"
              "Open the app to see it.\n\n-- The LoveLark team\n")
    return h


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

DAY = [3, 10, 20]


def when(name, hour_shift=0):
    n = int(hashlib.md5(name.encode()).hexdigest(), 16)
    return (2026, 11, 14 + n % 12, (n >> 8) % 20 + hour_shift, (n >> 16) % 60, (n >> 24) % 60)


def pf(name, rcpt, status, reply, words, *, rhost=None, rip=None, stage="RCPT TO", reason, hard=False,
       vendor="", delay=False, text_tail=None, diag=None, returned="headers"):
    """The app's Postfix relay reports a remote reply (or a local verdict)."""
    y, mo, d, h, mi, s = when(name)
    date = dt(y, mo, d, h, mi, s)
    odate = dt(y, mo, d, max(h - (5 if delay else 0), 0), max(mi - 3, 0), s)
    if text_tail is None:
        text_tail = f"host {rhost}[{rip}] said: {reply} {words} (in reply to {stage} command)"
    head = (PF_DELAY.format(host=PF_HOST, hours=4) if delay else PF_HEAD.format(host=PF_HOST))
    text = head + f"<{rcpt}>: {text_tail}\n"
    if diag is None:
        diag = f"smtp; {reply} {words}" if reply else None
    r = {"final": rcpt, "original": rcpt, "action": "delayed" if delay else "failed", "status": status,
         "diag": diag, "last": date}
    if rhost:
        r["remote"] = rhost
    if delay:
        r["will_retry"] = dt(y, mo, d + 4 if d < 27 else d, h, mi, s)
    hops = received([("localhost", "127.0.0.1", PF_HOST, "Postfix", qid(name), date)])
    body = dsn_mail(name, frm=f"MAILER-DAEMON@{PF_HOST} (Mail Delivery System)", to=rp(name),
                    subject="Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender",
                    date=date, host=PF_HOST, hops=hops, text=text, recips=[r],
                    orig=original(name, rcpt, subj(name), odate, full=(returned == "message")),
                    returned=returned, arrival=odate, reporting=PF_HOST)
    write(OUT, name, f"Return-Path: <>\nDelivered-To: {BOUNCES}\n" + body)
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)


def exim(name, rcpt, lines, *, reason, hard=False, status="", reply="", vendor="", delay=False):
    """The app's second relay runs Exim: text only, the original follows."""
    y, mo, d, h, mi, s = when(name)
    date = dt(y, mo, d, h, mi, s)
    odate = dt(y, mo, d, h, max(mi - 2, 0), s)
    if delay:
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on " + EXIM_HOST + ".\n\n"
                f"The message identifier is:     1t{qid(name, 4)}-00{qid(name + 'x', 4)}-Q1\n"
                f"The subject of the message is: {subj(name)}\n"
                f"The date of the message is:    {odate}\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                f"  {rcpt}\n" + "".join("    " + ln + "\n" for ln in lines) +
                "\nNo action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n")
        subject = "Warning: message 1t" + qid(name, 4) + " delayed 24 hours"
    else:
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {rcpt}\n" + "".join("    " + ln + "\n" for ln in lines) +
                "\n------ This is a copy of the message, including all the headers. ------\n\n" +
                original(name, rcpt, subj(name), odate, full=True))
        subject = "Mail delivery failed: returning message to sender"
    hops = received([("localhost", "127.0.0.1", EXIM_HOST, "Exim 4.98", qid(name), date)])
    body = plain_mail(name, frm=f"Mail Delivery System <Mailer-Daemon@{EXIM_HOST}>", to=rp(name),
                      subject=subject, date=date, host=EXIM_HOST, hops=hops, text=text,
                      extra=[("X-Failed-Recipients", rcpt)] if not delay else [])
    write(OUT, name, f"Return-Path: <>\nDelivered-To: {BOUNCES}\n" + body)
    expect(name, rcpt, reason, hard, status, reply, "delayed" if delay else "failed", vendor)


def remote_dsn(name, rcpt, *, host, ip, sw, frm, subject, text, status, diag, reason, hard=False, reply="",
               vendor="", action="failed", returned="headers", extra_recips=()):
    """A DSN written by the recipient's side after it accepted the message."""
    y, mo, d, h, mi, s = when(name)
    date = dt(y, mo, d, h, mi, s)
    odate = dt(y, mo, d, h, max(mi - 1, 0), s)
    r = {"final": rcpt, "action": action, "status": status, "diag": diag, "last": date}
    hops = received([(host, ip, "mx.mail.lovelark.example", "Postfix", qid(name), date, rp(name))])
    body = dsn_mail(name, frm=frm, to=rp(name), subject=subject, date=date, host=host, hops=hops, text=text,
                    recips=[r], orig=original(name, rcpt, subj(name), odate, full=(returned == "message")),
                    returned=returned, arrival=odate, reporting=host)
    write(OUT, name, f"Return-Path: <>\nDelivered-To: {BOUNCES}\n" + body)
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


def remote_text(name, rcpt, *, host, ip, frm, subject, text, reason, hard=False, status="", reply="", vendor="",
                extra=(), action="failed", charset="us-ascii", cte=None):
    y, mo, d, h, mi, s = when(name)
    date = dt(y, mo, d, h, mi, s)
    odate = dt(y, mo, d, h, max(mi - 1, 0), s)
    text = text + "\n\n--- Original message follows ---\n\n" + original(name, rcpt, subj(name), odate, full=True)
    hops = received([(host, ip, "mx.mail.lovelark.example", "Postfix", qid(name), date, rp(name))])
    body = plain_mail(name, frm=frm, to=rp(name), subject=subject, date=date, host=host, hops=hops, text=text,
                      extra=list(extra), charset=charset, cte=cte)
    write(OUT, name, f"Return-Path: <>\nDelivered-To: {BOUNCES}\n" + body)
    expect(name, rcpt, reason, hard, status, reply, action, vendor)


# ---------------------------------------------------------------- Proton
pf("b60-proton-me-account-not-found.eml", "nightowl.reader@proton.me", "5.1.1", "550",
   "5.1.1 <nightowl.reader@proton.me>: Recipient address rejected: no Proton account is registered under this address",
   rhost="mail.protonmail.ch", rip="185.70.42.128", reason="userunknown", hard=True, vendor="proton")
pf("b60-pm-me-storage-full-delayed.eml", "k.aaltonen@pm.me", "4.2.2", "452",
   "4.2.2 <k.aaltonen@pm.me>: the recipient has used all of their storage; delivery will be possible once space is freed",
   rhost="mailsec.protonmail.ch", rip="185.70.42.129", reason="mailboxfull", vendor="proton", delay=True)
pf("b60-protonmail-com-spam-content.eml", "sunset.hiker@protonmail.com", "5.7.1", "554",
   "5.7.1 Message refused: our filters classify its content as unsolicited bulk mail",
   rhost="mail.protonmail.ch", rip="185.70.42.128", stage="end of DATA", reason="spamdetected", vendor="proton")

# ---------------------------------------------------------------- Tuta
pf("b60-tuta-com-account-deactivated.eml", "lina.berg@tuta.com", "5.2.1", "550",
   "5.2.1 <lina.berg@tuta.com>: this mailbox was deactivated by its owner and accepts no mail",
   rhost="mail.tutanota.de", rip="81.3.6.162", reason="suspend", vendor="tuta")
pf("b60-tutanota-de-spf-fail.eml", "paul.winter@tutanota.de", "5.7.23", "550",
   "5.7.23 Rejected: SPF validation of lovelark.example failed for client 192.0.2.25 (result: fail)",
   rhost="mail.tutanota.de", rip="81.3.6.162", stage="MAIL FROM", reason="authfailure", vendor="tuta")

# ---------------------------------------------------------------- Fastmail
pf("b60-fastmail-masked-email-deleted.eml", "flint.cactus.9k2@fastmail.com", "5.1.1", "550",
   "5.1.1 <flint.cactus.9k2@fastmail.com>: this Masked Email address was deleted by its owner and no longer exists",
   rhost="in1-smtp.messagingengine.com", rip="103.168.172.200", reason="userunknown", hard=True, vendor="fastmail")
pf("b60-fastmail-masked-email-disabled.eml", "quiet.harbor.47@fastmail.com", "5.2.1", "550",
   "5.2.1 <quiet.harbor.47@fastmail.com>: Masked Email address is disabled; its owner has turned it off",
   rhost="in2-smtp.messagingengine.com", rip="103.168.172.201", reason="suspend", vendor="fastmail")
pf("b60-fastmail-photo-too-big.eml", "ada.mercer@fastmail.fm", "5.3.4", "552",
   "5.3.4 Message is 78 MB, larger than this server accepts (70 MB)",
   rhost="in1-smtp.messagingengine.com", rip="103.168.172.200", stage="end of DATA", reason="emailtoolarge",
   vendor="fastmail")

# ---------------------------------------------------------------- HEY
pf("b60-hey-screened-out-sender.eml", "jonas@hey.com", "5.7.1", "550",
   "5.7.1 The recipient has screened out mail from this sender; the message was refused",
   rhost="work-mx.app.hey.com", rip="198.51.100.61", stage="end of DATA", reason="filtered", vendor="hey")
pf("b60-hey-no-such-address.eml", "marguerite.h@hey.com", "5.1.1", "550",
   "5.1.1 There is no HEY account with the address marguerite.h@hey.com",
   rhost="work-mx.app.hey.com", rip="198.51.100.61", reason="userunknown", hard=True, vendor="hey")

# ---------------------------------------------------------------- Zoho
pf("b60-zoho-eu-hourly-limit-delayed.eml", "t.oduya@zohomail.eu", "4.7.1", "451",
   "4.7.1 Too many messages from 192.0.2.25 within the last hour. Slow down and try again later",
   rhost="mx.zoho.eu", rip="185.230.214.164", reason="ratelimited", vendor="zoho", delay=True)

# ---------------------------------------------------------------- iCloud, Hide My Email, Sign in with Apple
pf("b60-icloud-hme-deactivated.eml", "frosty_lane0d@icloud.com", "5.2.1", "550",
   "5.2.1 <frosty_lane0d@icloud.com>: Hide My Email address has been deactivated by the user",
   rhost="mx01.mail.icloud.com", rip="17.57.155.23", reason="suspend", vendor="icloud")
pf("b60-icloud-hme-removed.eml", "mossy-vents.0q@icloud.com", "5.1.1", "550",
   "5.1.1 <mossy-vents.0q@icloud.com>: this relay address was removed and cannot receive mail",
   rhost="mx02.mail.icloud.com", rip="17.57.155.24", reason="userunknown", hard=True, vendor="icloud")
pf("b60-apple-private-relay-sender-not-registered.eml", "9x2kqmd4ts@privaterelay.appleid.com", "5.7.1", "550",
   "5.7.1 <notify@lovelark.example>: Sender address rejected: this sender is not registered to use the private email relay",
   rhost="mx01.mail.icloud.com", rip="17.57.155.23", stage="RCPT TO", reason="rejected", vendor="icloud")

# ---------------------------------------------------------------- Skiff, StartMail, Posteo, mailbox.org, Runbox, Mailfence, disroot
pf("b60-skiff-domain-null-mx.eml", "river.ng@skiff.com", "5.1.10", "",
   "", text_tail="Domain skiff.com does not accept mail (nullMX)",
   diag="X-Postfix; Domain skiff.com does not accept mail (nullMX)", reason="notaccept", hard=True, vendor="skiff")
pf("b60-startmail-virtual-unknown.eml", "e.varga@startmail.com", "5.1.1", "550",
   "5.1.1 <e.varga@startmail.com>: Recipient address rejected: User unknown in virtual mailbox table",
   rhost="mx.startmail.com", rip="198.51.100.90", reason="userunknown", hard=True, vendor="startmail")
pf("b60-posteo-client-listed-zen.eml", "henrike.s@posteo.de", "5.7.1", "554",
   "5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org",
   rhost="mx01.posteo.de", rip="185.67.36.61", reason="blocked", vendor="posteo")
pf("b60-mailboxorg-sieve-refusal.eml", "olaf.d@mailbox.org", "5.7.1", "550",
   "5.7.1 Message refused by the recipient's personal mail filter (sieve reject)",
   rhost="mxext1.mailbox.org", rip="80.241.60.212", stage="end of DATA", reason="filtered", vendor="mailboxorg")
pf("b60-runbox-no-reverse-name-delayed.eml", "sig.holm@runbox.com", "4.7.25", "450",
   "4.7.25 Client host rejected: cannot find your hostname, [192.0.2.25]",
   rhost="mx.runbox.com", rip="185.226.149.37", reason="requireptr", vendor="runbox", delay=True)
pf("b60-mailfence-user-unknown.eml", "brecht@mailfence.com", "5.1.1", "550",
   "5.1.1 <brecht@mailfence.com>... User unknown",
   rhost="mx1.mailfence.com", rip="158.58.174.34", reason="userunknown", hard=True, vendor="mailfence")
pf("b60-disroot-too-many-connections.eml", "anarcho.baker@disroot.org", "4.7.0", "421",
   "4.7.0 disroot.org Error: too many connections from 192.0.2.25",
   rhost="disroot.org", rip="178.21.23.139", stage="CONNECT", reason="ratelimited", vendor="disroot", delay=True,
   text_tail="host disroot.org[178.21.23.139] refused to talk to me: 421 4.7.0 disroot.org Error: too many connections from 192.0.2.25")
pf("b60-cockli-style-insufficient-storage.eml", "zed@cock.li", "4.3.1", "452",
   "4.3.1 Insufficient system storage",
   rhost="mx1.cock.li", rip="198.51.100.144", stage="MAIL FROM", reason="systemfull", delay=True)

# ---------------------------------------------------------------- self-hosted servers
pf("b60-mailcow-rspamd-spam.eml", "mira@kestrel-home.example", "5.7.1", "554",
   "5.7.1 Spam message rejected",
   rhost="mail.kestrel-home.example", rip="203.0.113.41", stage="end of DATA", reason="spamdetected")
pf("b60-mailcow-clamd-infected.eml", "dorian@nest-of-owls.example", "5.7.1", "554",
   "5.7.1 Infected with Win.Trojan.Agent-1387721 (clamav); message not accepted",
   rhost="mx.nest-of-owls.example", rip="203.0.113.42", stage="end of DATA", reason="virusdetected")
pf("b60-miab-dovecot-quota.eml", "pat@box.pat-wilde.example", "5.2.2", "552",
   "5.2.2 <pat@box.pat-wilde.example> Quota exceeded (mailbox for user is full)",
   rhost="box.pat-wilde.example", rip="203.0.113.43", stage="end of DATA", reason="mailboxfull")
pf("b60-iredmail-throttle-delayed.eml", "ceo@small-coop.example", "4.7.1", "451",
   "4.7.1 <ceo@small-coop.example>: Recipient address rejected: Throttling: max 30 messages per hour from your domain reached",
   rhost="mail.small-coop.example", rip="203.0.113.44", reason="ratelimited", delay=True)
pf("b60-iredmail-relay-access-denied.eml", "former.member@hosted-once.example", "5.7.1", "554",
   "5.7.1 <former.member@hosted-once.example>: Relay access denied",
   rhost="mail.hosted-once.example", rip="203.0.113.45", reason="norelaying")
pf("b60-stalwart-mailbox-does-not-exist-512.eml", "lenn@stalwart-lab.example", "5.1.2", "550",
   "5.1.2 Mailbox does not exist.",
   rhost="mx.stalwart-lab.example", rip="203.0.113.46", reason="userunknown", hard=True)
pf("b60-stalwart-headers-too-large.eml", "ines@quiet-fjord.example", "5.6.0", "554",
   "5.6.0 Message headers exceed the maximum allowed size of 64 KiB.",
   rhost="mail.quiet-fjord.example", rip="203.0.113.47", stage="end of DATA", reason="contenterror")
pf("b60-maddy-dmarc-reject.eml", "wren@maddy-nest.example", "5.7.1", "550",
   "5.7.1 DMARC check failed for lovelark.example (p=reject), message rejected",
   rhost="mx.maddy-nest.example", rip="203.0.113.48", stage="end of DATA", reason="authfailure")
pf("b60-haraka-karma-low.eml", "ops@harbor-lights.example", "5.7.1", "550",
   "5.7.1 Your sending reputation here is too poor (karma score -12); come back after it improves",
   rhost="mx.harbor-lights.example", rip="203.0.113.49", stage="MAIL FROM", reason="badreputation")
pf("b60-smartermail-quota-delayed.eml", "front.desk@dental-smiles.example", "4.2.2", "452",
   "4.2.2 Mailbox is over its storage allowance, please try later",
   rhost="mail.dental-smiles.example", rip="203.0.113.50", reason="mailboxfull", delay=True)
pf("b60-kerio-account-disabled.eml", "reception@vinarstvi-kral.example", "5.2.1", "550",
   "5.2.1 Account disabled",
   rhost="mail.vinarstvi-kral.example", rip="203.0.113.51", reason="suspend")
pf("b60-axigen-temporary-processing-failure.eml", "inbox@studio-mela.example", "4.3.0", "451",
   "4.3.0 Temporary failure while processing your message, please retry",
   rhost="mail.studio-mela.example", rip="203.0.113.52", stage="end of DATA", reason="systemerror", delay=True)
pf("b60-zimbra-sender-domain-not-found.eml", "m.rossi@ateneo-vela.example", "5.1.8", "553",
   "5.1.8 <" + rp("b60-zimbra-sender-domain-not-found.eml") + ">: Sender address rejected: Domain not found",
   rhost="zimbra.ateneo-vela.example", rip="203.0.113.53", stage="RCPT TO", reason="rejected")
pf("b60-kerio-content-rule-dating.eml", "purchasing@steelworks-ost.example", "5.7.1", "550",
   "5.7.1 Message rejected by company content policy: dating and personal ads are not permitted",
   rhost="mail.steelworks-ost.example", rip="203.0.113.54", stage="end of DATA", reason="policyviolation")
pf("b60-self-hosted-missing-date-header.eml", "noor@tinylab.example", "5.7.1", "554",
   "5.7.1 Message does not comply with RFC 5322: required header Date missing",
   rhost="mail.tinylab.example", rip="203.0.113.55", stage="end of DATA", reason="notcompliantrfc")
pf("b60-maddy-tls-required-delayed.eml", "yuki@homelab-yuki.example", "4.7.4", "",
   "", text_tail="TLS is required, but was not offered by host mx.homelab-yuki.example[203.0.113.56]",
   diag="X-Postfix; TLS is required, but was not offered by host mx.homelab-yuki.example[203.0.113.56]",
   rhost="mx.homelab-yuki.example", reason="failedstarttls", delay=True)
pf("b60-typo-protonmial-domain.eml", "cass.ward@protonmial.com", "5.4.4", "",
   "", text_tail="Host or domain name not found. Name service error for name=protonmial.com type=A: Host not found",
   diag="X-Postfix; Host or domain name not found. Name service error for name=protonmial.com type=A: Host not found",
   reason="hostunknown", hard=True)
pf("b60-homeserver-gave-up-timeout.eml", "felix@felix-at-home.example", "4.4.1", "",
   "", text_tail="connect to mx.felix-at-home.example[203.0.113.57]:25: Connection timed out",
   diag="X-Postfix; delivery temporarily suspended: connect to mx.felix-at-home.example[203.0.113.57]:25: Connection timed out",
   reason="expired")
pf("b60-self-hosted-dns-servfail-delayed.eml", "luz@casa-luz.example", "4.4.3", "",
   "", text_tail="Host or domain name not found. Name service error for name=casa-luz.example type=MX: Host not found, try again",
   diag="X-Postfix; Host or domain name not found. Name service error for name=casa-luz.example type=MX: Host not found, try again",
   reason="networkerror", delay=True)
pf("b60-smarthost-auth-required.eml", "rafa@buzon-rafa.example", "5.7.0", "530",
   "5.7.0 Authentication required",
   rhost="relay.lovelark-partners.example", rip="198.51.100.12", stage="MAIL FROM", reason="securityerror")
remote_dsn("b60-ses-suppression-list.eml", "gone.user@old-isp.example", host="a8-40.smtp-out.amazonses.com",
           ip="54.240.8.40", sw="Amazon SES", frm="MAILER-DAEMON@amazonses.com",
           subject="Delivery Status Notification (Failure)",
           text=("An error occurred while trying to deliver the mail to the following recipients:\n"
                 "gone.user@old-isp.example\n"),
           status="5.1.1",
           diag="smtp; Amazon SES did not send the message to this address because it is on the suppression list for your account",
           reason="suppressed", vendor="amazonses")

# ---------------------------------------------------------------- SMS gateways
pf("b60-vtext-throttled-delayed.eml", "5555550123@vtext.com", "4.7.1", "451",
   "4.7.1 Throttled: too many messages to Verizon subscribers from 192.0.2.25, try again later",
   rhost="smtp-in.vtext.com", rip="198.51.100.170", reason="ratelimited", vendor="verizon", delay=True)
pf("b60-att-txt-no-such-subscriber.eml", "5555550147@txt.att.net", "5.1.1", "550",
   "5.1.1 <5555550147@txt.att.net>: no such subscriber; the number is not assigned to an AT&T wireless line",
   rhost="mx.txt.att.net", rip="198.51.100.171", reason="userunknown", hard=True, vendor="att")
pf("b60-tmomail-too-large-for-text.eml", "5555550188@tmomail.net", "5.3.4", "552",
   "5.3.4 Message too large for text delivery; the SMS/MMS gateway takes at most 1 MB",
   rhost="mx1.tmomail.net", rip="198.51.100.172", stage="end of DATA", reason="emailtoolarge", vendor="tmobile")

# ---------------------------------------------------------------- alias services
pf("b60-simplelogin-alias-disabled.eml", "maple.tender123@simplelogin.com", "5.2.1", "550",
   "5.2.1 This alias is disabled by its owner",
   rhost="mx1.simplelogin.co", rip="198.51.100.180", reason="suspend", vendor="simplelogin")
pf("b60-simplelogin-alias-deleted.eml", "kind.otter007@aleeas.com", "5.1.1", "550",
   "5.1.1 Unknown alias: the address was deleted and does not exist anymore",
   rhost="mx2.simplelogin.co", rip="198.51.100.181", reason="userunknown", hard=True, vendor="simplelogin")
pf("b60-addy-alias-deactivated.eml", "lovelark.x7@ghostline.anonaddy.me", "5.2.1", "550",
   "5.2.1 <lovelark.x7@ghostline.anonaddy.me>: Recipient address rejected: alias is deactivated",
   rhost="mail.addy.io", rip="198.51.100.182", reason="suspend", vendor="addy")
pf("b60-addy-hourly-forward-limit.eml", "dating@pinecone.addy.io", "4.7.1", "451",
   "4.7.1 The alias owner has reached the hourly limit of forwarded messages, try again later",
   rhost="mail.addy.io", rip="198.51.100.182", reason="ratelimited", vendor="addy", delay=True)
pf("b60-duck-address-deactivated.eml", "brisk-tulip-oak@duck.com", "5.2.1", "550",
   "5.2.1 This Duck Address has been deactivated by its owner",
   rhost="inbound.duck.com", rip="198.51.100.183", reason="suspend", vendor="duckduckgo")

# Firefox Relay: the relay (on Amazon SES) writes its own DSN after accepting
remote_dsn("b60-firefox-relay-blocking-all.eml", "a7k2p9x1q@mozmail.com", host="a9-32.smtp-out.amazonses.com",
           ip="54.240.9.32", sw="Amazon SES", frm="MAILER-DAEMON@amazonses.com",
           subject="Delivery Status Notification (Failure)",
           text=("An error occurred while trying to deliver the mail to the following recipients:\n"
                 "a7k2p9x1q@mozmail.com\n\n"
                 "The owner of this email mask has set it to block all email. The message was refused.\n"),
           status="5.7.1", diag="smtp; 550 5.7.1 Email mask is blocking all messages on the owner's request",
           reply="550", reason="filtered", vendor="firefoxrelay")

# a disposable inbox that expired (Exim relay)
exim("b60-disposable-inbox-expired.eml", "lark_fan_2291@tempbox-mail.example",
     ["host mx.tempbox-mail.example [203.0.113.60]",
      "SMTP error from remote mail server after RCPT TO:<lark_fan_2291@tempbox-mail.example>:",
      "550 This temporary inbox has expired and no longer exists"],
     reason="userunknown", hard=True, reply="550")
exim("b60-exim-mdaemon-spam-score.eml", "sales@glass-atelier.example",
     ["host mail.glass-atelier.example [203.0.113.61]",
      "SMTP error from remote mail server after end of data:",
      "550 5.7.1 Message rejected as spam (score 14.2, threshold 8.0)"],
     reason="spamdetected", status="5.7.1", reply="550")
exim("b60-exim-hmailserver-size.eml", "info@bike-shed-co.example",
     ["host mail.bike-shed-co.example [203.0.113.62]",
      "SMTP error from remote mail server after MAIL FROM:<" + rp("b60-exim-hmailserver-size.eml") + "> SIZE=9812331:",
      "552 Message size exceeds fixed maximum message size."],
     reason="emailtoolarge", reply="552")
exim("b60-exim-pipe-child-returned.eml", "hugo@cockpit-selfhost.example",
     ["host mail.cockpit-selfhost.example [203.0.113.63]",
      "SMTP error from remote mail server after end of data:",
      "550 Child process of local_pipe transport returned 69 (could mean service or program unavailable)"],
     reason="mailererror", reply="550")
exim("b60-exim-user-moved-551.eml", "old.handle@fjordnet-legacy.example",
     ["host mail.fjordnet-legacy.example [203.0.113.64]",
      "SMTP error from remote mail server after RCPT TO:<old.handle@fjordnet-legacy.example>:",
      "551 5.1.6 User has moved; please try <old.handle@fjordnet.example>"],
     reason="hasmoved", hard=True, status="5.1.6", reply="551")
exim("b60-exim-zimbra-syntax-501.eml", "j.kowal@uczelnia-zimbra.example",
     ["host zimbra.uczelnia-zimbra.example [203.0.113.65]",
      "SMTP error from remote mail server after MAIL FROM:<" + rp("b60-exim-zimbra-syntax-501.eml") + "> SIZE=40211 SMTPUTF8:",
      "501 5.5.4 Syntax error in parameters scanning \"SMTPUTF8\""],
     reason="syntaxerror", status="5.5.4", reply="501")
exim("b60-exim-runbox-quota-delay.eml", "gard.nilsen@runbox.no",
     ["host mx.runbox.com [185.226.149.37]",
      "SMTP error from remote mail server after RCPT TO:<gard.nilsen@runbox.no>:",
      "452 4.2.2 Mailbox full, try again later"],
     reason="mailboxfull", status="4.2.2", reply="452", vendor="runbox", delay=True)

# Proton's own asynchronous notice after acceptance (forwarding to an external address failed)
remote_dsn("b60-proton-forward-target-quota.eml", "theo.lind@protonmail.com", host="mail.protonmail.ch",
           ip="185.70.42.128", sw="Proton", frm="Mail Delivery System <MAILER-DAEMON@protonmail.ch>",
           subject="Undelivered Mail Returned to Sender",
           text=("Your message could not be delivered to theo.lind@protonmail.com.\n\n"
                 "The recipient's mailbox has reached its storage limit and cannot accept\n"
                 "new messages until the owner frees some space.\n"),
           status="5.2.2", diag="smtp; 552 5.2.2 Recipient mailbox storage limit reached", reply="552",
           reason="mailboxfull", vendor="proton")
# Fastmail success DSN (NOTIFY=SUCCESS on a verification mail)
remote_dsn("b60-fastmail-delivered-dsn.eml", "hana.s@fastmail.com", host="mailout.messagingengine.com",
           ip="103.168.172.220", sw="Cyrus", frm="Mail Delivery System <MAILER-DAEMON@messagingengine.com>",
           subject="Successful Mail Delivery Report",
           text=("This is the mail system at host mailout.messagingengine.com.\n\n"
                 "Your message was successfully delivered to the destination(s)\n"
                 "listed below. If the message was delivered to mailbox you will\n"
                 "receive no further notifications. Otherwise you may still receive\n"
                 "notifications of mail delivery errors from other systems.\n\n"
                 "<hana.s@fastmail.com>: delivered to mailbox\n"),
           status="2.0.0", diag="smtp; 250 2.0.0 Ok: delivered to mailbox", reply="250",
           reason="delivered", vendor="fastmail", action="delivered")
# Zoho's text-only notice after acceptance: an account locked by the org admin
remote_text("b60-zoho-org-account-blocked-text.eml", "office@atelier-noa.example", host="mx.zoho.eu", ip="185.230.214.164",
            frm="Zoho Mail <mailer-daemon@zohomail.eu>", subject="Undelivered Mail Returned to Sender",
            text=("This message was created automatically by mail delivery software.\n\n"
                  "A message that you sent could not be delivered to one or more of its recipients.\n\n"
                  "office@atelier-noa.example, ERROR CODE :550 - The account of this recipient has been blocked by\n"
                  "the organization's administrator."),
            reason="suspend", reply="550", vendor="zoho")

# Tuta's own German notice (ISO-8859-1, quoted-printable)
remote_text("b60-tuta-de-postfach-voll-latin1.eml", "jan.hoffmann@tutanota.com", host="mail.tutanota.de", ip="81.3.6.162",
            frm="Tuta Mail Delivery <mailer-daemon@tutanota.de>",
            subject=enc_header("Unzustellbar: Ihre Nachricht an jan.hoffmann@tutanota.com", "iso-8859-1", "q"),
            text=("Ihre Nachricht konnte nicht zugestellt werden.\n\n"
                  "Empf\u00e4nger: jan.hoffmann@tutanota.com\n"
                  "Grund: Der Speicherplatz des Postfachs ist ersch\u00f6pft; der Empf\u00e4nger muss erst\n"
                  "Nachrichten l\u00f6schen, bevor neue E-Mails angenommen werden k\u00f6nnen.\n\n"
                  "Server-Antwort: 552 5.2.2 Postfach voll"),
            charset="iso-8859-1", cte="quoted-printable", status="5.2.2", reply="552",
            reason="mailboxfull", vendor="tuta")
# a French university Zimbra: the address does not exist (text only, ISO-8859-1 base64)
remote_text("b60-zimbra-fr-adresse-inexistante.eml", "c.morel@univ-rivage.example", host="zimbra.univ-rivage.example",
            ip="203.0.113.70", frm="Service de messagerie <postmaster@univ-rivage.example>",
            subject=enc_header("Non remis : " + "Someone liked your profile", "iso-8859-1", "b"),
            text=("Votre message n'a pas pu \u00eatre remis au destinataire suivant :\n\n"
                  "    c.morel@univ-rivage.example\n\n"
                  "Cette adresse n'existe pas dans l'annuaire de l'universit\u00e9 (compte supprim\u00e9\n"
                  "\u00e0 la fin du contrat). Merci de v\u00e9rifier l'adresse.\n\n"
                  "R\u00e9ponse du serveur : 550 5.1.1 <c.morel@univ-rivage.example>: adresse inconnue"),
            charset="iso-8859-1", cte="base64", status="5.1.1", reply="550",
            reason="userunknown", hard=True)

# ---------------------------------------------------------------- auto-reply (vacation)
y, mo, d, h, mi, s = when("b60-posteo-abwesenheit-vacation.eml")
name = "b60-posteo-abwesenheit-vacation.eml"
txt = ("Guten Tag,\n\nich bin bis zum 30. November nicht erreichbar. Ihre Nachricht wird nicht\n"
       "weitergeleitet. In dringenden Faellen schreiben Sie bitte an team@gruene-buecher.example.\n\n"
       "Viele Gruesse\nAnnika Voss\n")
write(OUT, name, "Return-Path: <annika.voss@posteo.de>\nDelivered-To: " + BOUNCES + "\n" +
      mail([received([("mout01.posteo.de", "185.67.36.65", "mx.mail.lovelark.example", "Postfix", qid(name),
                       dt(y, mo, d, h, mi, s))]),
            ("Date", dt(y, mo, d, h, mi, s, "+0100")), ("From", "Annika Voss <annika.voss@posteo.de>"),
            ("To", rp(name)), ("Subject", "Abwesenheitsnotiz: " + subj(name)),
            ("Message-ID", mid(name, "posteo.de")), ("In-Reply-To", mid(name + "/orig", "lovelark.example")),
            ("Auto-Submitted", "auto-replied (vacation)"), ("X-Sieve", "Pigeonhole Sieve 0.5.21")],
           text_part(txt, "utf-8", "quoted-printable")))
expect(name, "annika.voss@posteo.de", "vacation", False, "", "", "", "posteo")


# ---------------------------------------------------------------- near-misses
def ordinary(name, *, frm, to, subject, host, ip, text, extra=(), html=None):
    y, mo, d, h, mi, s = when(name)
    date = dt(y, mo, d, h, mi, s)
    hops = received([(host, ip, "mx.mail.lovelark.example", "Postfix", qid(name), date)])
    heads = [hops, ("Date", date), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", mid(name, host.split(".", 1)[-1]))] + list(extra)
    if html is None:
        body = text_part(text, "utf-8", "quoted-printable")
    else:
        body = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"),
                                         text_part(html, "utf-8", "quoted-printable", "html")], boundary(name), "")
    write(NB, name, mail(heads, body))


ordinary("nb-simplelogin-forwarded-reply.eml", frm="\"maya.r at proton.me\" <reply+kd82mx@simplelogin.co>",
         to="support@lovelark.example", subject="Re: Your LoveLark verification code: 482913",
         host="mx1.simplelogin.co", ip="198.51.100.180",
         extra=[("X-SimpleLogin-Type", "Forward"), ("X-SimpleLogin-EmailLog-ID", "88231907")],
         text=("Hi, the code never arrives at my alias, is it being blocked?\n\n"
               "Maya\n\n---\nThis email was forwarded by SimpleLogin to support@lovelark.example.\n"
               "To stop receiving emails sent to this alias, disable the alias on the dashboard.\n"))
ordinary("nb-addy-alias-deactivated-account-notice.eml", frm="addy.io <no-reply@addy.io>",
         to="ops-aliases@lovelark.example", subject="Your alias has been deactivated",
         host="mail.addy.io", ip="198.51.100.182",
         text=("Hello,\n\nThe alias support-test@ops.addy.io has been deactivated from your dashboard.\n"
               "Emails sent to it will now be discarded and not forwarded. You can activate it again\n"
               "at any time.\n\nThe addy.io team\n"))
ordinary("nb-firefox-relay-monthly-summary.eml", frm="Firefox Relay <no-reply@relay.firefox.com>",
         to="qa-team@lovelark.example", subject="Your Firefox Relay monthly summary",
         host="a8-12.smtp-out.amazonses.com", ip="54.240.8.12",
         text=("This month your masks forwarded 142 emails, blocked 37 promotional emails and\n"
               "removed 61 trackers. One mask was set to block all email.\n\nManage your masks: "
               "https://relay.firefox.com/accounts/profile/\n"))
ordinary("nb-duckduckgo-forwarded-tracker-note.eml", frm="Jonah <jonah_p_ddg@duck.com>",
         to="support@lovelark.example", subject="Re: Please verify your new email",
         host="inbound.duck.com", ip="198.51.100.183",
         extra=[("X-DDG-Forwarded", "yes")],
         text=("DuckDuckGo removed 2 trackers from this email.\n\nHello, I changed my address to my Duck\n"
               "address but the confirmation link says expired. Can you resend?\n\nJonah\n"))
ordinary("nb-app-store-connect-ready-for-sale.eml", frm="App Store Connect <no_reply@email.apple.com>",
         to="release@lovelark.example", subject="The status of your app, LoveLark, is now Ready for Distribution",
         host="rn2-txn-msbadger07103.apple.com", ip="17.111.110.67",
         text=("Dear LoveLark Inc.,\n\nThe status of the following app has changed to Ready for Distribution.\n\n"
               "App Name: LoveLark\nApp Version Number: 7.14.0\nApp Type: iOS\n\n"
               "Best regards,\nApp Store Connect\n"))
ordinary("nb-google-play-update-rejected.eml", frm="Google Play Console <noreply-play-console@google.com>",
         to="release@lovelark.example", subject="Action required: your app update was rejected",
         host="mail-sor-f69.google.com", ip="209.85.220.69",
         text=("Hi developer,\n\nAfter review, LoveLark (com.lovelark.app) version 7.14.0 was rejected for\n"
               "violating the User Data policy: the privacy policy link in your listing does not load.\n"
               "Fix the issue and submit an update. No action is needed for your current live version.\n\n"
               "The Google Play Team\n"))
ordinary("nb-user-reply-mailbox-was-full.eml", frm="Priya N <priya.n@tuta.com>",
         to="support@lovelark.example", subject="Re: We could not reach you",
         host="mail.tutanota.de", ip="81.3.6.162", extra=[("In-Reply-To", "<case-55102@lovelark.example>")],
         text=("Hello,\n\nsorry, my mailbox was full last week so your mails bounced. I deleted old\n"
               "stuff, it should accept mail again now. Please re-enable notifications.\n\nPriya\n\n"
               "> We tried to send you several messages but they were returned as undeliverable.\n"))
ordinary("nb-user-reply-delete-account.eml", frm="Tomasz <tomasz@kestrel-home.example>",
         to="support@lovelark.example", subject="Re: Someone liked your profile",
         host="mail.kestrel-home.example", ip="203.0.113.41",
         text=("Please delete my account. This address will be disabled next month anyway,\n"
               "I am moving my domain. Thanks.\n"))
ordinary("nb-self-hoster-postmaster-human-note.eml", frm="Postmaster <postmaster@harbor-lights.example>",
         to="abuse@lovelark.example", subject="your mails were rejected here, now fixed",
         host="mx.harbor-lights.example", ip="203.0.113.49",
         text=("Hi LoveLark folks,\n\nI run the little Haraka box for harbor-lights.example. Your relay's karma\n"
               "score was low after a burst last week and a user complained their codes were rejected.\n"
               "I've whitelisted 192.0.2.25, so it should be fine now. No need to reply.\n\nCheers, Eli\n"))
ordinary("nb-spam-mailbox-storage-full-phish.eml", frm="Mail Admin <admin@secure-mailcenter.example>",
         to="support@lovelark.example", subject="Mailbox storage full - 7 messages on hold",
         host="vps-4411.cheap-hosting.example", ip="203.0.113.200",
         text=("Dear user,\n\nYour mailbox storage is 99% full. 7 incoming messages are pending delivery.\n"
               "Upgrade your storage now to release them: http://secure-mailcenter.example/upgrade\n\n"
               "Mail Administrator\n"))
ordinary("nb-spam-singles-waiting.eml", frm="Hot Singles <match@flirt-now.example>",
         to="hello@lovelark.example", subject="3 singles near you sent you messages",
         host="mta9.flirt-now.example", ip="203.0.113.210",
         text="You have 3 unread messages. Reply now before they expire!\nhttp://flirt-now.example/inbox\n",
         html="<p>You have <b>3 unread messages</b>. <a href=\"http://flirt-now.example/inbox\">Reply now</a></p>\n")
ordinary("nb-fastmail-masked-email-created.eml", frm="Fastmail <noreply@fastmail.com>",
         to="qa-team@lovelark.example", subject="New Masked Email address created for lovelark.example",
         host="mailout.messagingengine.com", ip="103.168.172.220",
         text=("A new Masked Email address, ripe.moon.03@fastmail.com, was created when you\n"
               "signed up at lovelark.example. Mail to it is delivered to your inbox. You can\n"
               "disable or delete it at any time in Settings > Masked Email.\n"))

write_expected(os.path.join(OUT, "expected.jsonl"))
