#!/usr/bin/env python3
"""Writes testdata/unseen/batch-11: bounces of the 2000s-2010s ISP era
(Hotmail/MSN, AOL, Yahoo, Earthlink, Comcast, Road Runner, European and
Latin American ISPs, university and small-business servers) in every shape
(DSNs, text-only notices, local-language notices, challenge-response
messages, auto-replies, helpdesk forwards, inline returned messages), plus
ordinary mail of that era in not-bounce/, and expected.jsonl.

Every expectation was decided from the message alone, with
/work/shared/reasons.md, before the analyzer ever read the batch.
Challenge-response messages (Spam Arrest, Boxbe, MailInBlack, UOL AntiSpam)
are automatic replies from the recipient's side that hold, not refuse, the
message: they are expected as `vacation` (reasons.md: "an auto-reply, not a
bounce").
Usage: python3 make_batch11.py [DIR]"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from samplelib import (b64, boundary, dsn_mail, dt, enc_header, expect, mail, mid,  # noqa: E402
                       multipart, orig_headers, part, plain_mail, received, text_part,
                       write, write_expected)

OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
NB = os.path.join(OUT, "not-bounce")
os.makedirs(NB, exist_ok=True)


def qid(name, n=12):
    return hashlib.sha1(name.encode()).hexdigest()[:n].upper()


def hop(name, by, sw, date, frm="localhost", ip="127.0.0.1", rcpt=None):
    return received([(frm, ip, by, sw, qid(name), date, rcpt)])


def R(final, status, diag=None, action="failed", remote=None, original=None, last=None):
    r = {"final": final, "status": status, "action": action}
    if diag:
        r["diag"] = diag
    if remote:
        r["remote"] = remote
    if original:
        r["original"] = original
    if last:
        r["last"] = last
    return r


def orig(frm, to, subject, date, host, name, body="Hello,\n\nplease see the note below.\n", extra=""):
    return orig_headers(frm, to, subject, date, mid(name + "o", host), extra) + "\n" + body


def dsn(name, *, host, sw, frm, to, subject, date, text, recips, o, returned="headers", charset="us-ascii",
        cte=None, arrival=None, extra=()):
    return dsn_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                    hops="Return-Path: <>\n" + hop(name, host, sw, date), text=text, recips=recips, orig=o,
                    returned=returned, charset=charset, cte=cte, arrival=arrival, extra=extra)


def plain(name, *, host, sw, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(), auto=True,
          rp="<>"):
    return plain_mail(name, frm=frm, to=to, subject=subject, date=date, host=host,
                      hops=f"Return-Path: {rp}\n" + hop(name, host, sw, date), text=text, charset=charset,
                      cte=cte, extra=extra, auto=auto)


def returned(name, *, host, sw, frm, to, subject, date, text, o, charset="us-ascii", cte=None, extra=(),
             auto=True, rp="<>"):
    """A non-DSN notice: a text part and the returned message as message/rfc822."""
    body = multipart("mixed", [text_part(text, charset, cte), part("message/rfc822", o, cte=None)], boundary(name))
    heads = [f"Return-Path: {rp}\n" + hop(name, host, sw, date), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    if auto:
        heads.append(("Auto-Submitted", "auto-replied"))
    return mail(heads, body)


def ordinary(name, *, host, sw, frm, to, subject, date, text, charset="us-ascii", cte=None, extra=(),
             src=("mail.example.net", "198.51.100.20")):
    heads = ["Return-Path: <" + frm.split("<")[-1].rstrip(">") + ">\n"
             + hop(name, host, sw, date, frm=src[0], ip=src[1]), ("Date", date), ("From", frm), ("To", to),
             ("Subject", subject), ("Message-ID", mid(name, host))] + list(extra)
    return mail(heads, text_part(text, charset, cte))


POSTFIX_HEAD = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

POSTFIX_DELAY = """This is the mail system at host {host}.

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


def pf(name, *, host, sender, rcpts, tail, date, osubj, odate, recips, delay=None):
    head = POSTFIX_DELAY.format(host=host, hours=delay) if delay else POSTFIX_HEAD.format(host=host)
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    return dsn(name, host=host, sw="Postfix", frm=f"MAILER-DAEMON@{host} (Mail Delivery System)", to=sender,
               subject=subj, date=date, text=head + tail, recips=recips,
               o=orig_headers(sender, ", ".join(rcpts), osubj, odate, mid(name + "o", sender.split("@")[1])),
               arrival=odate)


def exim_text(rcpt_lines, tail=""):
    return ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            f"recipients. This is a permanent error. The following address(es) failed:\n\n{rcpt_lines}\n{tail}")


SM_HEAD = """The original message was received at {arr}
from {src}

   ----- The following addresses had permanent fatal errors -----
{rcpts}

   ----- Transcript of session follows -----
{tx}
"""


def sendmail(name, *, host, sender, src, arr, date, rcpts, tx, recips, osubj, subject="Returned mail: see transcript for details", o=None):
    text = SM_HEAD.format(arr=arr, src=src, rcpts="\n".join(rcpts), tx=tx)
    return dsn(name, host=host, sw="8.13.8/8.13.8", frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>",
               to=sender, subject=subject, date=date, text=text, recips=recips, arrival=arr,
               o=o or orig_headers(sender, ", ".join(r.strip("<>") for r in rcpts), osubj, arr,
                                   mid(name + "o", sender.split("@")[1])))


def qmail_text(host, blocks, o):
    return (f"Hi. This is the qmail-send program at {host}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            + "\n\n".join(blocks) + "\n\n--- Below this line is a copy of the message.\n\n" + o)


def exch2003(recips_lines):
    return ("Your message did not reach some or all of the intended recipients.\n\n"
            + recips_lines + "\n")


# ================================================================ Hotmail / MSN / Live

n = "hotmail-dynamic-ip-refused.eml"
d = dt(2007, 3, 14, 9, 2, 11, "-0500")
write(OUT, n, pf(n, host="mail.lakeshore-dental.example", sender="frontdesk@lakeshore-dental.example",
    rcpts=["bettyk1952@hotmail.com"], date=d, osubj="Appointment reminder for Thursday", odate=dt(2007, 3, 14, 9, 2, 5, "-0500"),
    tail="""<bettyk1952@hotmail.com>: host mx2.hotmail.com[65.54.245.8] said: 550
    DY-001 (BAY0-MC3-F41) Mail refused. 192.0.2.141 is inside a range of
    dynamically assigned addresses; Windows Live Hotmail does not take mail sent
    straight from dial-up or broadband pools. Send through your provider's
    outgoing server instead. (in reply to MAIL FROM command)
""",
    recips=[R("bettyk1952@hotmail.com", "5.0.0", "smtp; 550 DY-001 (BAY0-MC3-F41) Mail refused. 192.0.2.141 is inside a range of dynamically assigned addresses; Windows Live Hotmail does not take mail sent straight from dial-up or broadband pools.", remote="mx2.hotmail.com")]))
expect(n, "bettyk1952@hotmail.com", "blocked", status="5.0.0", reply="550", vendor="hotmail")

n = "hotmail-rp001-hourly-limit-delayed.eml"
d = dt(2011, 11, 28, 18, 40, 2, "+0000")
write(OUT, n, pf(n, host="smtp.knitting-circle-news.example", sender="newsletter@knitting-circle-news.example",
    rcpts=["purlgirl@live.com"], date=d, osubj="December patterns are here", odate=dt(2011, 11, 28, 14, 39, 50, "+0000"), delay=4,
    tail="""<purlgirl@live.com>: host mx1.hotmail.com[65.55.37.72] said: 421 RP-001
    (SNT0-MC4-F22) Some messages from 198.51.100.23 were not accepted this
    time. Hotmail counts how many messages one address may send per hour and
    per day; slow down and try again later. (in reply to MAIL FROM command)
""",
    recips=[R("purlgirl@live.com", "4.0.0", "smtp; 421 RP-001 (SNT0-MC4-F22) Some messages from 198.51.100.23 were not accepted this time. Hotmail counts how many messages one address may send per hour and per day; slow down and try again later.", action="delayed", remote="mx1.hotmail.com")]))
expect(n, "purlgirl@live.com", "ratelimited", status="4.0.0", reply="421", action="delayed", vendor="hotmail")

n = "msn-exchange2003-mailbox-full-delayed.eml"
d = dt(2005, 6, 2, 7, 15, 44, "-0700")
write(OUT, n, dsn(n, host="exch01.cascade-surveying.example", sw="Microsoft SMTPSVC(6.0.3790.1830)",
    frm="postmaster@cascade-surveying.example", to="j.ortega@cascade-surveying.example",
    subject="Delivery Status Notification (Delay)", date=d,
    text="""This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       rick_h_fishing@msn.com

The recipient's mailbox at MSN is over its storage allowance; the remote
server keeps answering "452 4.2.2 mailbox full" and we will keep trying.
""",
    recips=[R("rick_h_fishing@msn.com", "4.2.2", "smtp; 452 4.2.2 Mailbox full - the recipient's storage allowance is used up", action="delayed", remote="mx3.hotmail.com")],
    o=orig_headers("j.ortega@cascade-surveying.example", "rick_h_fishing@msn.com", "Survey plats, lot 14", dt(2005, 6, 1, 16, 2, 0, "-0700"), mid(n + "o", "cascade-surveying.example"))))
expect(n, "rick_h_fishing@msn.com", "mailboxfull", status="4.2.2", reply="452", action="delayed", vendor="hotmail")

# ================================================================ AOL

n = "aol-rly-b1-ip-blocked.eml"
d = dt(2008, 2, 19, 22, 4, 37, "-0500")
write(OUT, n, sendmail(n, host="mail.quiltguild-ohio.example", sender="treasurer@quiltguild-ohio.example",
    src="pc-treasurer.quiltguild-ohio.example [192.0.2.58]", arr="Tue, 19 Feb 2008 22:04:31 -0500", date=d,
    rcpts=["<grannysquares@aol.com>"], osubj="Dues for spring meeting",
    tx="""... while talking to mailin-01.mx.aol.com.:
>>> MAIL From:<treasurer@quiltguild-ohio.example> SIZE=2211
<<< 554- (RLY:B1) The information presently available to AOL indicates this
<<< 554- server is sending unsolicited e-mail; mail from 192.0.2.33 is
<<< 554  refused at the connection. http://postmaster.info.aol.com/errors/554rlyb1.html
554 5.0.0 Service unavailable""",
    recips=[R("grannysquares@aol.com", "5.0.0", "smtp; 554- (RLY:B1) The information presently available to AOL indicates this server is sending unsolicited e-mail; mail from 192.0.2.33 is refused at the connection.", remote="mailin-01.mx.aol.com")]))
expect(n, "grannysquares@aol.com", "blocked", status="5.0.0", reply="554", vendor="aol")

n = "aol-mailbox-not-found-and-full.eml"
d = dt(2006, 12, 22, 11, 31, 9, "-0500")
write(OUT, n, sendmail(n, host="relay.pinecrest-realty.example", sender="listings@pinecrest-realty.example",
    src="web1.pinecrest-realty.example [192.0.2.90]", arr="Fri, 22 Dec 2006 11:30:58 -0500", date=d,
    rcpts=["<househunter4u@aol.com>", "<dreamhome77@aol.com>"], osubj="New listings this week",
    tx="""... while talking to mailin-02.mx.aol.com.:
>>> RCPT To:<househunter4u@aol.com>
<<< 550 MAILBOX NOT FOUND
550 5.1.1 <househunter4u@aol.com>... User unknown
>>> RCPT To:<dreamhome77@aol.com>
<<< 552 dreamhome77 MAILBOX FULL
552 5.2.2 <dreamhome77@aol.com>... Mailbox full""",
    recips=[R("househunter4u@aol.com", "5.1.1", "smtp; 550 MAILBOX NOT FOUND", remote="mailin-02.mx.aol.com"),
            R("dreamhome77@aol.com", "5.2.2", "smtp; 552 dreamhome77 MAILBOX FULL", remote="mailin-02.mx.aol.com")]))
expect(n, "househunter4u@aol.com", "userunknown", True, status="5.1.1", reply="550", vendor="aol")
expect(n, "dreamhome77@aol.com", "mailboxfull", status="5.2.2", reply="552", vendor="aol")

# ================================================================ Yahoo

n = "yahoo-ts01-complaints-delayed.eml"
d = dt(2009, 5, 6, 3, 0, 12, "+0000")
write(OUT, n, pf(n, host="out.coupon-weekly.example", sender="deals@coupon-weekly.example",
    rcpts=["shopgal_22@yahoo.com"], date=d, osubj="Your weekly coupons", odate=dt(2009, 5, 5, 23, 0, 0, "+0000"), delay=4,
    tail="""<shopgal_22@yahoo.com>: host g.mx.mail.yahoo.com[66.196.118.35] said: 421
    4.7.0 [TS01] Messages from 203.0.113.45 temporarily deferred because
    Yahoo! users have complained about mail from this IP; its standing with
    us is poor (in reply to MAIL FROM command)
""",
    recips=[R("shopgal_22@yahoo.com", "4.7.0", "smtp; 421 4.7.0 [TS01] Messages from 203.0.113.45 temporarily deferred because Yahoo! users have complained about mail from this IP; its standing with us is poor", action="delayed", remote="g.mx.mail.yahoo.com")]))
expect(n, "shopgal_22@yahoo.com", "badreputation", status="4.7.0", reply="421", action="delayed", vendor="yahoo")

# ================================================================ Earthlink

n = "earthlink-spamblocker-challenge.eml"
d = dt(2004, 9, 10, 16, 20, 0, "-0400")
write(OUT, n, plain(n, host="mx.earthlink.net", sw="EarthLink SMTP Server", frm="spamBlocker <spamblocker-challenge@earthlink.net>",
    to="r.mendez@tileworks-austin.example", subject="Re: Quote for bathroom tile (Action Required)", date=d, rp="<spamblocker-challenge@earthlink.net>",
    extra=[("X-Mailer", "EarthLink spamBlocker 2.0"), ("In-Reply-To", mid("earthlink-spamblocker-challenge.eml-o", "tileworks-austin.example"))],
    text="""Hello,

I'm protecting myself from spam with EarthLink's spamBlocker. Your
message to me (cmoore44@earthlink.net) is being held, and I will see it as
soon as you take one quick step: open the page below and ask to be added
to my list of approved senders. You only have to do this once.

  http://spamblocker.earthlink.net/request?id=7F3A22C91

Your original message:
  Subject: Quote for bathroom tile
  Sent:    Fri, 10 Sep 2004 16:19:41 -0400

Thank you,
cmoore44@earthlink.net
"""))
expect(n, "cmoore44@earthlink.net", "vacation", action="", vendor="earthlink")

n = "earthlink-poor-reputation-sendmail.eml"
d = dt(2010, 4, 12, 8, 44, 51, "-0400")
write(OUT, n, sendmail(n, host="mail.harborview-tours.example", sender="bookings@harborview-tours.example",
    src="crm.harborview-tours.example [192.0.2.120]", arr="Mon, 12 Apr 2010 08:44:40 -0400", date=d,
    rcpts=["<saltwater.sam@earthlink.net>"], osubj="Your whale watch booking",
    tx="""... while talking to mx3.earthlink.net.:
>>> MAIL From:<bookings@harborview-tours.example> SIZE=4120
<<< 550 5.7.1 Connection from 192.0.2.33 refused: the sending network's
<<< 550 5.7.1 reputation score is too low to accept mail from it
554 5.0.0 Service unavailable""",
    recips=[R("saltwater.sam@earthlink.net", "5.7.1", "smtp; 550 5.7.1 Connection from 192.0.2.33 refused: the sending network's reputation score is too low to accept mail from it", remote="mx3.earthlink.net")]))
expect(n, "saltwater.sam@earthlink.net", "badreputation", status="5.7.1", reply="550", vendor="earthlink")

# ================================================================ Comcast

n = "comcast-bl004-spam-blocklist.eml"
d = dt(2012, 8, 3, 10, 12, 40, "-0400")
write(OUT, n, returned(n, host="mx.fairway-golf-club.example", sw="Exim 4.72",
    frm="Mail Delivery System <Mailer-Daemon@mx.fairway-golf-club.example>", to="proshop@fairway-golf-club.example",
    subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  teebox.tom@comcast.net
    SMTP error from remote mail server after initial connection:
    host mx1.comcast.net [68.87.26.147]: 554 imta14.westchester.pa.mail.comcast.net
    comcast 198.51.100.77 Comcast BL004 Blocked: this sending IP is on our
    block list for sending spam. See http://postmaster.comcast.net/smtp-error-codes.php#BL004
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("proshop@fairway-golf-club.example", "teebox.tom@comcast.net", "Member tee times for August", dt(2012, 8, 3, 10, 12, 31, "-0400"), "fairway-golf-club.example", n,
           body="Hi Tom,\n\nyour tee times for August are attached.\n\nPro shop\n")))
expect(n, "teebox.tom@comcast.net", "blocked", status="", reply="554", vendor="comcast")

n = "comcast-dmarc-reject-list-post.eml"
d = dt(2015, 3, 22, 19, 5, 3, "-0400")
write(OUT, n, pf(n, host="lists.birders-of-vermont.example", sender="birders-bounces@lists.birders-of-vermont.example",
    rcpts=["loon.watcher@comcast.net"], date=d, osubj="[Birders] Snow geese at Dead Creek", odate=dt(2015, 3, 22, 19, 4, 58, "-0400"),
    tail="""<loon.watcher@comcast.net>: host mx2.comcast.net[96.114.157.80] said: 550
    5.7.1 Not accepted: the message claims to come from yahoo.com, fails that
    domain's DMARC check, and yahoo.com publishes p=reject (in reply to end
    of DATA command)
""",
    recips=[R("loon.watcher@comcast.net", "5.7.1", "smtp; 550 5.7.1 Not accepted: the message claims to come from yahoo.com, fails that domain's DMARC check, and yahoo.com publishes p=reject", remote="mx2.comcast.net")]))
expect(n, "loon.watcher@comcast.net", "authfailure", status="5.7.1", reply="550", vendor="comcast")

# ================================================================ Road Runner / Time Warner

n = "roadrunner-arf-complaint.eml"
d = dt(2013, 1, 8, 14, 2, 33, "-0500")
bnd = boundary(n)
rr_orig = orig("offers@garden-supply-outlet.example", "greenthumb61@rochester.rr.com", "Seed catalogue 2013 - 20% off",
               dt(2013, 1, 7, 9, 0, 0, "-0500"), "garden-supply-outlet.example", n,
               body="Spring is coming! Order your seeds now.\n\nTo unsubscribe: http://garden-supply-outlet.example/u?r=88123\n")
write(OUT, n, mail(["Return-Path: <fbl@rr.com>\n" + hop(n, "mx.garden-supply-outlet.example", "Postfix", d, frm="fbl.rr.com", ip="203.0.113.90"),
    ("Date", d), ("From", "Road Runner Feedback Loop <fbl@rr.com>"), ("To", "abuse@garden-supply-outlet.example"),
    ("Subject", "TWC Feedback Loop report"), ("Message-ID", mid(n, "fbl.rr.com"))],
    multipart("report", [
        text_part("This is an email abuse report for an email message received from IP 198.51.100.61\non Mon, 07 Jan 2013 09:00:04 -0500.\nA Time Warner Cable Road Runner subscriber marked it as spam.\n"),
        part("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: TWC-FBL/1.0\nVersion: 1\nOriginal-Mail-From: <offers@garden-supply-outlet.example>\nOriginal-Rcpt-To: <greenthumb61@rochester.rr.com>\nArrival-Date: Mon, 07 Jan 2013 09:00:04 -0500\nSource-IP: 198.51.100.61\nReported-Domain: garden-supply-outlet.example\n", cte=None),
        part("message/rfc822", rr_orig, cte=None)], bnd, " report-type=feedback-report;")))
expect(n, "greenthumb61@rochester.rr.com", "feedback", action="", vendor="roadrunner")

n = "roadrunner-no-ptr-refused.eml"
d = dt(2010, 7, 19, 6, 31, 15, "-0400")
write(OUT, n, pf(n, host="mail.lakeview-vet.example", sender="reminders@lakeview-vet.example",
    rcpts=["fidos.dad@twcny.rr.com"], date=d, osubj="Rabies vaccination due", odate=dt(2010, 7, 19, 6, 31, 4, "-0400"),
    tail="""<fidos.dad@twcny.rr.com>: host hrndva-smtpin01.mail.rr.com[71.74.56.243]
    refused to talk to me: 550 5.7.1 - Connection from 192.0.2.201 refused:
    no reverse DNS (PTR) name is set up for this address
""",
    recips=[R("fidos.dad@twcny.rr.com", "5.7.1", "smtp; 550 5.7.1 - Connection from 192.0.2.201 refused: no reverse DNS (PTR) name is set up for this address", remote="hrndva-smtpin01.mail.rr.com")]))
expect(n, "fidos.dad@twcny.rr.com", "requireptr", status="5.7.1", reply="550", vendor="roadrunner")

# ================================================================ BellSouth, Juno/NetZero, Verizon, SBC/AT&T

n = "bellsouth-prose-only-user-unknown.eml"
d = dt(2006, 4, 3, 13, 9, 27, "-0400")
write(OUT, n, plain(n, host="mail.magnolia-florist.example", sw="IMail 8.22", frm="postmaster@mail.magnolia-florist.example",
    to="orders@magnolia-florist.example", subject="Undeliverable Mail", date=d,
    text="""Your message could not be delivered.

When our server handed it to bellsouth.net (mail.bellsouth.net), the
remote side answered that Mrs. Delia Hart's mailbox, dhart1939@bellsouth.net,
is unknown there: "550 5.1.1 recipient address rejected: no such user".

Original message follows.

Subject: Easter lilies delivery confirmation
Date: Mon, 3 Apr 2006 13:09:20 -0400
"""))
expect(n, "dhart1939@bellsouth.net", "userunknown", True, status="5.1.1", reply="550", vendor="bellsouth")

n = "juno-mailbox-not-active.eml"
d = dt(2005, 1, 17, 21, 44, 2, "-0500")
write(OUT, n, sendmail(n, host="smtp.churchbulletin.example", sender="secretary@churchbulletin.example",
    src="office-pc.churchbulletin.example [192.0.2.14]", arr="Mon, 17 Jan 2005 21:43:55 -0500", date=d,
    rcpts=["<hymnsinger@juno.com>"], osubj="Sunday bulletin",
    tx="""... while talking to mx.vgs.untd.com.:
>>> RCPT To:<hymnsinger@juno.com>
<<< 550 5.2.1 hymnsinger@juno.com: this Juno account is not active; the
<<< 550 5.2.1 member has let it lapse and mail is not being accepted for it
550 5.2.1 <hymnsinger@juno.com>... User account not active""",
    recips=[R("hymnsinger@juno.com", "5.2.1", "smtp; 550 5.2.1 hymnsinger@juno.com: this Juno account is not active; the member has let it lapse and mail is not being accepted for it", remote="mx.vgs.untd.com")]))
expect(n, "hymnsinger@juno.com", "suspend", status="5.2.1", reply="550", vendor="juno")

n = "netzero-text-only-no-reason.eml"
d = dt(2003, 10, 30, 2, 12, 0, "-0800")
write(OUT, n, plain(n, host="mail.valleyquilts.example", sw="Merak 5.2", frm="Mail Administrator <postmaster@valleyquilts.example>",
    to="fabricfan@valleyquilts.example", subject="Message could not be delivered", date=d,
    text="""This message could not be delivered to the following recipient:

    patchwork.pete@netzero.net

No further information was given by the receiving system.

------------------------- Original message -------------------------
From: fabricfan@valleyquilts.example
To: patchwork.pete@netzero.net
Subject: Block of the month
Date: Thu, 30 Oct 2003 02:11:48 -0800

Pete, the October block pattern is below...
"""))
expect(n, "patchwork.pete@netzero.net", "undefined", status="", reply="", vendor="juno")

n = "verizon-unknown-alias-inline-original.eml"
d = dt(2009, 9, 8, 11, 2, 44, "-0400")
write(OUT, n, plain(n, host="mx.hilltop-swim-club.example", sw="qmail 1.03", frm="MAILER-DAEMON@mx.hilltop-swim-club.example",
    to="membership@hilltop-swim-club.example", subject="failure notice", date=d,
    text=qmail_text("mx.hilltop-swim-club.example",
        ["""<bkowalski@verizon.net>:
206.46.232.11 does not like recipient.
Remote host said: 550 5.1.1 unknown or illegal alias: bkowalski@verizon.net
Giving up on 206.46.232.11."""],
        orig_headers("membership@hilltop-swim-club.example", "bkowalski@verizon.net",
                     "Pool closing day picnic", dt(2009, 9, 8, 11, 2, 40, "-0400"), mid(n + "o", "hilltop-swim-club.example"),
                     "Cc: picnic-committee@hilltop-swim-club.example, lifeguards@hilltop-swim-club.example")
        + "\nDear members,\n\nthe picnic is on Labor Day. Questions to picnic-committee@hilltop-swim-club.example.\n")))
expect(n, "bkowalski@verizon.net", "userunknown", True, status="5.1.1", reply="550", vendor="verizon")

n = "sbcglobal-dnsbl-blocked.eml"
d = dt(2008, 6, 25, 15, 20, 7, "-0500")
write(OUT, n, pf(n, host="mail.prairie-auction.example", sender="auctioneer@prairie-auction.example",
    rcpts=["tractorman@sbcglobal.net"], date=d, osubj="Estate auction June 28", odate=dt(2008, 6, 25, 15, 20, 1, "-0500"),
    tail="""<tractorman@sbcglobal.net>: host sbcmx3.prodigy.net[207.115.36.23] said: 553
    5.3.0 flph829 DNSBL:RBL 521< 192.0.2.66 >_is_blocked.For assistance
    forward this email to abuse_rbl@abuse-att.net (in reply to MAIL FROM
    command)
""",
    recips=[R("tractorman@sbcglobal.net", "5.3.0", "smtp; 553 5.3.0 flph829 DNSBL:RBL 521< 192.0.2.66 >_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net", remote="sbcmx3.prodigy.net")]))
expect(n, "tractorman@sbcglobal.net", "blocked", status="5.3.0", reply="553", vendor="att")

n = "att-helpdesk-forwarded-ndr.eml"
d = dt(2011, 2, 14, 10, 5, 0, "-0600")
write(OUT, n, ordinary(n, host="mail.bayou-insurance.example", sw="Microsoft SMTP Server", frm="IT Helpdesk <helpdesk@bayou-insurance.example>",
    to="l.thibodeaux@bayou-insurance.example", subject="FW: Undeliverable: Policy renewal notice", date=d,
    src=("helpdesk.bayou-insurance.example", "192.0.2.31"), extra=[("X-Mailer", "Microsoft Office Outlook 12.0")],
    text="""Lisa,

this came back to the shared renewals mailbox. The customer's AT&T address
no longer exists, so please call them for a new one.

Helpdesk, ext. 4410

-----Original Message-----
From: System Administrator
Sent: Monday, February 14, 2011 9:48 AM
To: Renewals
Subject: Undeliverable: Policy renewal notice

Your message did not reach some or all of the intended recipients.

      Subject:  Policy renewal notice
      Sent:     2/14/2011 9:47 AM

The following recipient(s) cannot be reached:

      crawfish.carl@att.net on 2/14/2011 9:48 AM
            The e-mail account does not exist at the organization this message was sent to.
            <mail.bayou-insurance.example #5.1.1 smtp;550 5.1.1 <crawfish.carl@att.net>... recipient does not exist here>
"""))
expect(n, "crawfish.carl@att.net", "userunknown", True, status="5.1.1", reply="550", vendor="att")

# ================================================================ Charter, Cox, Shaw, Rogers, Sympatico, Telus

n = "charter-postfix-connection-timeout-delayed.eml"
d = dt(2012, 10, 2, 4, 30, 0, "-0500")
write(OUT, n, pf(n, host="mail.ozark-canoe.example", sender="rentals@ozark-canoe.example",
    rcpts=["riverrat@charter.net"], date=d, osubj="Your canoe reservation", odate=dt(2012, 10, 2, 0, 29, 41, "-0500"), delay=4,
    tail="""<riverrat@charter.net>: connect to mx.charter.net[24.196.64.53]:25:
    Connection timed out
""",
    recips=[R("riverrat@charter.net", "4.4.1", "X-Postfix; connect to mx.charter.net[24.196.64.53]:25: Connection timed out", action="delayed")]))
expect(n, "riverrat@charter.net", "networkerror", status="4.4.1", reply="", action="delayed", vendor="charter")

n = "cox-no-rdns-refused.eml"
d = dt(2013, 5, 9, 12, 1, 39, "-0700")
write(OUT, n, returned(n, host="mail.desert-pools.example", sw="Exim 4.80", frm="Mail Delivery System <Mailer-Daemon@mail.desert-pools.example>",
    to="service@desert-pools.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  poolguy.az@cox.net
    SMTP error from remote mail server after initial connection:
    host fed1rmimpi.cox.net [68.6.19.4]: 554 fed1rmimpi.cox.net cox connection
    refused from [192.0.2.99]: the IP has no PTR (reverse DNS) record.
    IPBL1001 http://postmaster.cox.net
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("service@desert-pools.example", "poolguy.az@cox.net", "Pool service Thursday", dt(2013, 5, 9, 12, 1, 30, "-0700"), "desert-pools.example", n)))
expect(n, "poolguy.az@cox.net", "requireptr", status="", reply="554", vendor="cox")

n = "shaw-two-recipients-quota-and-unknown.eml"
d = dt(2009, 1, 27, 17, 55, 10, "-0700")
write(OUT, n, pf(n, host="mail.prairie-hockey.example", sender="registrar@prairie-hockey.example",
    rcpts=["goalie_mom@shaw.ca", "coach.denis@shaw.ca"], date=d, osubj="Tournament schedule", odate=dt(2009, 1, 27, 17, 55, 2, "-0700"),
    tail="""<goalie_mom@shaw.ca>: host mx.shaw.ca[64.59.128.135] said: 552 5.2.2
    <goalie_mom@shaw.ca>: quota exceeded, the user's mail store holds no more
    (in reply to RCPT TO command)

<coach.denis@shaw.ca>: host mx.shaw.ca[64.59.128.135] said: 550 5.1.1
    <coach.denis@shaw.ca>: invalid recipient, no mailbox by that name here (in
    reply to RCPT TO command)
""",
    recips=[R("goalie_mom@shaw.ca", "5.2.2", "smtp; 552 5.2.2 <goalie_mom@shaw.ca>: quota exceeded, the user's mail store holds no more", remote="mx.shaw.ca"),
            R("coach.denis@shaw.ca", "5.1.1", "smtp; 550 5.1.1 <coach.denis@shaw.ca>: invalid recipient, no mailbox by that name here", remote="mx.shaw.ca")]))
expect(n, "goalie_mom@shaw.ca", "mailboxfull", status="5.2.2", reply="552", vendor="shaw")
expect(n, "coach.denis@shaw.ca", "userunknown", True, status="5.1.1", reply="550", vendor="shaw")

n = "rogers-too-many-recipients.eml"
d = dt(2014, 12, 1, 9, 33, 20, "-0500")
write(OUT, n, dsn(n, host="exch2010.maple-realty.example", sw="Microsoft SMTP Server (TLS) id 14.3.210.2",
    frm="Microsoft Outlook <postmaster@maple-realty.example>", to="k.singh@maple-realty.example",
    subject="Undeliverable: Holiday open house", date=d,
    text="""Delivery has failed to these recipients or groups:

ontario.buyer@rogers.com
The server for rogers.com refused the message because it was sent to too
many recipients at once. Try sending to fewer people at a time.

Diagnostic information for administrators:

Generating server: exch2010.maple-realty.example

ontario.buyer@rogers.com
mx.rogers.com #550 5.5.3 Too many recipients in this session; the limit is 50 per connection ##
""",
    recips=[R("ontario.buyer@rogers.com", "5.5.3", "smtp; 550 5.5.3 Too many recipients in this session; the limit is 50 per connection", remote="mx.rogers.com")],
    o=orig_headers("k.singh@maple-realty.example", "undisclosed-recipients:;", "Holiday open house", dt(2014, 12, 1, 9, 30, 0, "-0500"), mid(n + "o", "maple-realty.example"))))
expect(n, "ontario.buyer@rogers.com", "ratelimited", status="5.5.3", reply="550", vendor="rogers")

n = "sympatico-fr-user-unknown.eml"
d = dt(2007, 11, 5, 10, 20, 33, "-0500")
write(OUT, n, plain(n, host="smtp.cabane-a-sucre.example", sw="Sendmail 8.13", frm="Systeme de messagerie <MAILER-DAEMON@smtp.cabane-a-sucre.example>",
    to="reservations@cabane-a-sucre.example", subject="Message non remis", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

votre message n'a pas pu être remis au destinataire suivant :

  <jf.tremblay@sympatico.ca>

Le serveur de Sympatico a répondu :
  550 5.1.1 <jf.tremblay@sympatico.ca>: destinataire inconnu, cette
  adresse n'existe pas chez nous

Ceci est une erreur permanente; nous ne réessaierons pas.

Le système de messagerie
"""))
expect(n, "jf.tremblay@sympatico.ca", "userunknown", True, status="5.1.1", reply="550", vendor="sympatico")

n = "telus-mailbox-disabled.eml"
d = dt(2010, 3, 30, 8, 12, 2, "-0700")
write(OUT, n, pf(n, host="mail.okanagan-orchards.example", sender="sales@okanagan-orchards.example",
    rcpts=["cherrylover@telus.net"], date=d, osubj="Cherry pre-orders open", odate=dt(2010, 3, 30, 8, 11, 58, "-0700"),
    tail="""<cherrylover@telus.net>: host priv-edtnaa01.telusplanet.net[199.185.220.220]
    said: 550 5.2.1 <cherrylover@telus.net>... Mailbox disabled for this
    recipient (in reply to RCPT TO command)
""",
    recips=[R("cherrylover@telus.net", "5.2.1", "smtp; 550 5.2.1 <cherrylover@telus.net>... Mailbox disabled for this recipient", remote="priv-edtnaa01.telusplanet.net")]))
expect(n, "cherrylover@telus.net", "suspend", status="5.2.1", reply="550", vendor="telus")

n = "telus-executable-attachment-policy.eml"
d = dt(2006, 8, 14, 16, 0, 19, "-0700")
write(OUT, n, sendmail(n, host="mail.rockies-photo.example", sender="studio@rockies-photo.example",
    src="studio-mac.rockies-photo.example [192.0.2.44]", arr="Mon, 14 Aug 2006 16:00:10 -0700", date=d,
    rcpts=["bride2006@telus.net"], osubj="Slideshow of your wedding",
    tx="""... while talking to defout.telus.net.:
>>> DATA
<<< 554 5.7.1 Message refused: by the policy of this site, messages
<<< 554 5.7.1 carrying executable attachments (.exe .scr .pif) are not accepted
554 5.0.0 Service unavailable""",
    recips=[R("bride2006@telus.net", "5.7.1", "smtp; 554 5.7.1 Message refused: by the policy of this site, messages carrying executable attachments (.exe .scr .pif) are not accepted", remote="defout.telus.net")]))
expect(n, "bride2006@telus.net", "policyviolation", status="5.7.1", reply="554", vendor="telus")

# ================================================================ UK: BT, Tiscali, Virgin

n = "btinternet-headers-not-rfc-compliant.eml"
d = dt(2011, 6, 6, 9, 41, 8, "+0100")
write(OUT, n, returned(n, host="mail.cotswold-bakery.example", sw="Exim 4.76", frm="Mail Delivery System <Mailer-Daemon@mail.cotswold-bakery.example>",
    to="orders@cotswold-bakery.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  margaret.pryce@btinternet.com
    SMTP error from remote mail server after end of data:
    host mx1.bt.mail.yahoo.com [217.146.188.188]: 554 Message not allowed -
    Headers are not RFC 5322 compliant: the Date header appears twice [PH01]
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("orders@cotswold-bakery.example", "margaret.pryce@btinternet.com", "Your Victoria sponge order", dt(2011, 6, 6, 9, 41, 1, "+0100"), "cotswold-bakery.example", n,
           extra="Date: Mon, 6 Jun 2011 09:40:59 +0100")))
expect(n, "margaret.pryce@btinternet.com", "notcompliantrfc", status="", reply="554", vendor="bt")

n = "tiscali-relaying-denied.eml"
d = dt(2005, 2, 11, 14, 22, 3, "+0000")
write(OUT, n, sendmail(n, host="mail.thameside-rowing.example", sender="captain@thameside-rowing.example",
    src="laptop.thameside-rowing.example [192.0.2.171]", arr="Fri, 11 Feb 2005 14:21:57 GMT", date=d,
    rcpts=["<cox.two@tiscali.co.uk>"], osubj="Outing on Saturday",
    tx="""... while talking to smtp.tiscali.co.uk.:
>>> RCPT To:<cox.two@tiscali.co.uk>
<<< 550 5.7.1 <cox.two@tiscali.co.uk>... Relaying denied: this server only
<<< 550 5.7.1 carries mail for Tiscali customers connected to our network
550 5.7.1 <cox.two@tiscali.co.uk>... Relaying denied""",
    recips=[R("cox.two@tiscali.co.uk", "5.7.1", "smtp; 550 5.7.1 <cox.two@tiscali.co.uk>... Relaying denied: this server only carries mail for Tiscali customers connected to our network", remote="smtp.tiscali.co.uk")]))
expect(n, "cox.two@tiscali.co.uk", "norelaying", status="5.7.1", reply="550", vendor="tiscali")

n = "virginmedia-sender-domain-not-found.eml"
d = dt(2013, 9, 16, 18, 7, 50, "+0100")
write(OUT, n, pf(n, host="relay.fivetowns-football.example", sender="fixtures@fivetowns-football.local-league.example",
    rcpts=["u11.parent@virginmedia.com"], date=d, osubj="U11 fixtures this weekend", odate=dt(2013, 9, 16, 18, 7, 44, "+0100"),
    tail="""<u11.parent@virginmedia.com>: host mx.tb.mail.iss.as9143.net[212.54.42.8]
    said: 550 5.1.8 <fixtures@fivetowns-football.local-league.example>: Sender
    address rejected: Domain not found (in reply to RCPT TO command)
""",
    recips=[R("u11.parent@virginmedia.com", "5.1.8", "smtp; 550 5.1.8 <fixtures@fivetowns-football.local-league.example>: Sender address rejected: Domain not found", remote="mx.tb.mail.iss.as9143.net")]))
expect(n, "u11.parent@virginmedia.com", "rejected", status="5.1.8", reply="550", vendor="virgin")

# ================================================================ France: Wanadoo, Free

n = "wanadoo-fr-boite-pleine-text.eml"
d = dt(2004, 7, 21, 11, 2, 40, "+0200")
write(OUT, n, plain(n, host="mail.gite-des-lavandes.example", sw="Postfix", frm="MAILER-DAEMON@gite-des-lavandes.example (Systeme de messagerie)",
    to="accueil@gite-des-lavandes.example", subject=enc_header("Non remis : Confirmation de votre séjour", "iso-8859-1", "q"),
    date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Ceci est le système de messagerie de gite-des-lavandes.example.

Le message n'a pas pu être remis à :

  <famille.roux@wanadoo.fr>

Le serveur smtp-in.orange.fr a répondu :
  552 5.2.2 <famille.roux@wanadoo.fr> : la boîte aux lettres du
  destinataire est pleine, elle ne peut plus recevoir de messages

Le message est renvoyé ci-dessous.

---------- Message d'origine ----------
From: accueil@gite-des-lavandes.example
To: famille.roux@wanadoo.fr
Subject: Confirmation de votre séjour
"""))
expect(n, "famille.roux@wanadoo.fr", "mailboxfull", status="5.2.2", reply="552", vendor="orange")

n = "free-fr-contenu-spam.eml"
d = dt(2010, 11, 3, 20, 14, 55, "+0100")
write(OUT, n, dsn(n, host="smtp.velo-club-lyon.example", sw="Postfix", frm="MAILER-DAEMON@smtp.velo-club-lyon.example (Mail Delivery System)",
    to="bureau@velo-club-lyon.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="smtp.velo-club-lyon.example") + """<cycliste69@free.fr>: host mx1.free.fr[212.27.48.6] said: 550 5.7.1
    Message refuse : son contenu a ete identifie comme du spam par nos
    filtres (in reply to end of DATA command)
""",
    recips=[R("cycliste69@free.fr", "5.7.1", "smtp; 550 5.7.1 Message refuse : son contenu a ete identifie comme du spam par nos filtres", remote="mx1.free.fr")],
    o=orig_headers("bureau@velo-club-lyon.example", "cycliste69@free.fr", "Sortie du dimanche", dt(2010, 11, 3, 20, 14, 50, "+0100"), mid(n + "o", "velo-club-lyon.example"))))
expect(n, "cycliste69@free.fr", "spamdetected", status="5.7.1", reply="550", vendor="free")

# ================================================================ Italy: Libero, Tiscali.it

n = "libero-it-dimensione-eccessiva.eml"
d = dt(2008, 10, 9, 15, 30, 0, "+0200")
write(OUT, n, plain(n, host="posta.studio-ferraro.example", sw="Exim 4.69", frm="Mail Delivery System <Mailer-Daemon@posta.studio-ferraro.example>",
    to="segreteria@studio-ferraro.example", subject="Messaggio non consegnato", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Questo messaggio è stato generato automaticamente.

Il messaggio inviato non è stato consegnato al seguente indirizzo:

  giuseppe.conti@libero.it
    il server mx.libero.it ha risposto dopo la fase MAIL FROM:
    552 5.3.4 dimensione del messaggio eccessiva: il limite per questa
    casella è di 20 MB, il messaggio ne misura 31

Errore permanente. Ridurre gli allegati e riprovare.
"""))
expect(n, "giuseppe.conti@libero.it", "emailtoolarge", status="5.3.4", reply="552", vendor="libero")

n = "libero-it-casella-disattivata.eml"
d = dt(2012, 2, 1, 9, 5, 12, "+0100")
write(OUT, n, dsn(n, host="mail.agriturismo-colle.example", sw="Postfix", frm="MAILER-DAEMON@mail.agriturismo-colle.example (Mail Delivery System)",
    to="info@agriturismo-colle.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="mail.agriturismo-colle.example") + """<anna.ricci78@libero.it>: host smtp-in.libero.it[212.52.84.54] said: 550
    5.2.1 <anna.ricci78@libero.it>: casella disattivata per inutilizzo
    prolungato (in reply to RCPT TO command)
""",
    recips=[R("anna.ricci78@libero.it", "5.2.1", "smtp; 550 5.2.1 <anna.ricci78@libero.it>: casella disattivata per inutilizzo prolungato", remote="smtp-in.libero.it")],
    o=orig_headers("info@agriturismo-colle.example", "anna.ricci78@libero.it", "Prenotazione Pasqua", dt(2012, 2, 1, 9, 5, 5, "+0100"), mid(n + "o", "agriturismo-colle.example"))))
expect(n, "anna.ricci78@libero.it", "suspend", status="5.2.1", reply="550", vendor="libero")

n = "tiscali-it-rfc-intestazione-mancante.eml"
d = dt(2009, 4, 20, 12, 44, 0, "+0200")
write(OUT, n, plain(n, host="mail.ottica-bianchi.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.ottica-bianchi.example",
    to="negozio@ottica-bianchi.example", subject="failure notice", date=d,
    text=qmail_text("mail.ottica-bianchi.example",
        ["""<marco.gallo@tiscali.it>:
213.205.33.62 failed after I sent the message.
Remote host said: 554 5.6.0 Messaggio non conforme alla RFC 5322: manca
l'intestazione From obbligatoria"""],
        "Return-Path: <negozio@ottica-bianchi.example>\nTo: marco.gallo@tiscali.it\nSubject: Occhiali pronti\nDate: Mon, 20 Apr 2009 12:43:50 +0200\n\nI suoi occhiali sono pronti per il ritiro.\n")))
expect(n, "marco.gallo@tiscali.it", "notcompliantrfc", status="5.6.0", reply="554", vendor="tiscali")

# ================================================================ Spain / Latin America: Terra, UOL, BOL

n = "terra-es-usuario-no-existe.eml"
d = dt(2006, 5, 29, 18, 3, 11, "+0200")
write(OUT, n, returned(n, host="correo.taller-navarro.example", sw="Sendmail 8.13", frm="Sistema de correo <MAILER-DAEMON@correo.taller-navarro.example>",
    to="presupuestos@taller-navarro.example", subject="Mensaje no entregado", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Su mensaje no ha podido ser entregado al siguiente destinatario:

    <pablo.ortiz@terra.es>

El servidor de Terra respondió:
    550 5.1.1 <pablo.ortiz@terra.es>: la cuenta de correo no existe en
    este dominio

Error permanente; no se volverá a intentar.
""",
    o=orig("presupuestos@taller-navarro.example", "pablo.ortiz@terra.es", "Presupuesto reparacion", dt(2006, 5, 29, 18, 3, 0, "+0200"), "taller-navarro.example", n)))
expect(n, "pablo.ortiz@terra.es", "userunknown", True, status="5.1.1", reply="550", vendor="terra")

n = "terra-br-caixa-cheia.eml"
d = dt(2007, 8, 13, 10, 40, 22, "-0300")
write(OUT, n, plain(n, host="mail.padaria-estrela.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.padaria-estrela.example",
    to="pedidos@padaria-estrela.example", subject="Mensagem nao entregue", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Olá. Este é o programa qmail-send em mail.padaria-estrela.example.
Não foi possível entregar a sua mensagem ao seguinte endereço.
Este é um erro permanente; desisti.

<renata.souza@terra.com.br>:
200.154.55.18 recusou o destinatário.
O servidor remoto disse: 552 5.2.2 caixa postal cheia: a conta
renata.souza ultrapassou a cota de armazenamento

--- Abaixo desta linha está uma cópia da mensagem.

Return-Path: <pedidos@padaria-estrela.example>
To: renata.souza@terra.com.br
Subject: Encomenda de bolos
"""))
expect(n, "renata.souza@terra.com.br", "mailboxfull", status="5.2.2", reply="552", vendor="terra")

n = "uol-antispam-challenge-pt.eml"
d = dt(2008, 3, 4, 15, 2, 0, "-0300")
write(OUT, n, plain(n, host="mx.uol.com.br", sw="UOL AntiSpam", frm="AntiSpam UOL <antispam-bounce@uol.com.br>",
    to="contato@pousada-mar-azul.example", subject="Confirme o envio da sua mensagem para o UOL", date=d,
    charset="iso-8859-1", cte="quoted-printable", rp="<antispam-bounce@uol.com.br>",
    text="""Olá,

o destinatário da sua mensagem, lucas.pereira@uol.com.br, usa o AntiSpam UOL.
Sua mensagem está guardada e só será entregue depois que você confirmar
que é uma pessoa, e não um programa que envia spam.

Para confirmar, acesse o endereço abaixo e digite os caracteres da imagem:

   http://antispam.uol.com.br/confirmar?c=4a91f2

Você só precisa fazer isso uma vez para este destinatário.

Assunto da mensagem: Reserva de fim de semana
"""))
expect(n, "lucas.pereira@uol.com.br", "vacation", action="", vendor="uol")

n = "bol-usuario-inexistente-and-hostunknown.eml"
d = dt(2009, 6, 1, 9, 0, 41, "-0300")
write(OUT, n, pf(n, host="smtp.imobiliaria-sol.example", sender="vendas@imobiliaria-sol.example",
    rcpts=["cliente.vip@bol.com.br", "comprador@imoveis-nao-existe.example"], date=d, osubj="Lancamento residencial", odate=dt(2009, 6, 1, 9, 0, 30, "-0300"),
    tail="""<cliente.vip@bol.com.br>: host mx.bol.com.br[200.221.4.8] said: 550 5.1.1
    <cliente.vip@bol.com.br>: usuario inexistente (in reply to RCPT TO
    command)

<comprador@imoveis-nao-existe.example>: Host or domain name not found. Name
    service error for name=imoveis-nao-existe.example type=MX: Host not found
""",
    recips=[R("cliente.vip@bol.com.br", "5.1.1", "smtp; 550 5.1.1 <cliente.vip@bol.com.br>: usuario inexistente", remote="mx.bol.com.br"),
            R("comprador@imoveis-nao-existe.example", "5.4.4", "X-Postfix; Host or domain name not found. Name service error for name=imoveis-nao-existe.example type=MX: Host not found")]))
expect(n, "cliente.vip@bol.com.br", "userunknown", True, status="5.1.1", reply="550", vendor="uol")
expect(n, "comprador@imoveis-nao-existe.example", "hostunknown", True, status="5.4.4", reply="")

# ================================================================ Russia / Central Europe: Mail.ru, Rambler, Seznam, Onet, WP, Interia

n = "mailru-ru-yashchik-perepolnen-koi8.eml"
d = dt(2011, 12, 20, 13, 0, 4, "+0400")
write(OUT, n, plain(n, host="mail.knigi-optom.example", sw="Exim 4.71", frm="Mail Delivery System <Mailer-Daemon@mail.knigi-optom.example>",
    to="zakaz@knigi-optom.example", subject=enc_header("Письмо не доставлено", "koi8-r"), date=d, charset="koi8-r", cte="base64",
    text="""Это письмо создано автоматически.

Ваше письмо не удалось доставить следующему адресату:

  ivan.sokolov1980@mail.ru
    ответ сервера mxs.mail.ru после команды RCPT TO:
    452 4.2.2 Почтовый ящик получателя переполнен, новые письма не принимаются

Попытки доставки прекращены.
"""))
expect(n, "ivan.sokolov1980@mail.ru", "mailboxfull", status="4.2.2", reply="452", vendor="mailru")

n = "rambler-ru-virus-win1251.eml"
d = dt(2004, 2, 2, 11, 30, 0, "+0300")
write(OUT, n, plain(n, host="relay.zavod-progress.example", sw="Sendmail 8.12.10", frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.zavod-progress.example>",
    to="buh@zavod-progress.example", subject="Returned mail: see transcript for details", date=d, charset="windows-1251", cte="base64",
    text="""Ваше сообщение не доставлено.

   ----- Адресат -----
<s.petrov@rambler.ru>

   ----- Ответ сервера mx.rambler.ru -----
554 5.7.1 Сообщение отклонено: во вложении document.pif обнаружен вирус
Worm.Mydoom.A

Проверьте компьютер антивирусом и отправьте письмо заново.
"""))
expect(n, "s.petrov@rambler.ru", "virusdetected", status="5.7.1", reply="554", vendor="rambler")

n = "seznam-cz-spf-neproslo.eml"
d = dt(2014, 10, 7, 8, 20, 0, "+0200")
write(OUT, n, dsn(n, host="mail.pivovar-hora.example", sw="Postfix", frm="MAILER-DAEMON@mail.pivovar-hora.example (Mail Delivery System)",
    to="obchod@pivovar-hora.example", subject="Undelivered Mail Returned to Sender", date=d,
    text=POSTFIX_HEAD.format(host="mail.pivovar-hora.example") + """<jana.novakova@seznam.cz>: host mx1.seznam.cz[77.75.78.1] said: 550 5.7.1
    Zprava odmitnuta: odesilatel neprosel kontrolou SPF, server 198.51.100.14
    neni opravnen odesilat postu za domenu pivovar-hora.example (in reply to
    MAIL FROM command)
""",
    recips=[R("jana.novakova@seznam.cz", "5.7.1", "smtp; 550 5.7.1 Zprava odmitnuta: odesilatel neprosel kontrolou SPF, server 198.51.100.14 neni opravnen odesilat postu za domenu pivovar-hora.example", remote="mx1.seznam.cz")],
    o=orig_headers("obchod@pivovar-hora.example", "jana.novakova@seznam.cz", "Objednavka sudoveho piva", dt(2014, 10, 7, 8, 19, 55, "+0200"), mid(n + "o", "pivovar-hora.example"))))
expect(n, "jana.novakova@seznam.cz", "authfailure", status="5.7.1", reply="550", vendor="seznam")

n = "onet-pl-uzytkownik-nieznany-iso88592.eml"
d = dt(2010, 5, 18, 14, 12, 30, "+0200")
write(OUT, n, plain(n, host="poczta.hurtownia-budowlana.example", sw="Postfix", frm="Administrator poczty <MAILER-DAEMON@poczta.hurtownia-budowlana.example>",
    to="biuro@hurtownia-budowlana.example", subject=enc_header("Wiadomość niedostarczona", "iso-8859-2"), date=d, charset="iso-8859-2", cte="quoted-printable",
    text="""Wiadomość nie została dostarczona do adresata:

  <tomasz.wisniewski@onet.pl>

Serwer mx.poczta.onet.pl odpowiedział:
  550 5.1.1 Konto tomasz.wisniewski nie istnieje w tej domenie

Błąd jest trwały, kolejnych prób nie będzie.
"""))
expect(n, "tomasz.wisniewski@onet.pl", "userunknown", True, status="5.1.1", reply="550", vendor="onet")

n = "wp-pl-konto-zablokowane.eml"
d = dt(2013, 3, 12, 10, 3, 0, "+0100")
write(OUT, n, returned(n, host="mail.szkola-jezykowa.example", sw="Exim 4.80", frm="Mail Delivery System <Mailer-Daemon@mail.szkola-jezykowa.example>",
    to="sekretariat@szkola-jezykowa.example", subject="Mail delivery failed: returning message to sender", date=d,
    charset="iso-8859-2", cte="quoted-printable",
    text=exim_text("""  kasia.zielinska@wp.pl
    SMTP error from remote mail server after RCPT TO:<kasia.zielinska@wp.pl>:
    host mx.wp.pl [212.77.101.1]: 550 5.2.1 Konto odbiorcy jest zablokowane
    (nieaktywne od ponad roku)
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("sekretariat@szkola-jezykowa.example", "kasia.zielinska@wp.pl", "Plan zajec", dt(2013, 3, 12, 10, 2, 51, "+0100"), "szkola-jezykowa.example", n)))
expect(n, "kasia.zielinska@wp.pl", "suspend", status="5.2.1", reply="550", vendor="wp")

n = "interia-pl-nadawca-odrzucony.eml"
d = dt(2012, 7, 4, 16, 48, 0, "+0200")
write(OUT, n, sendmail(n, host="mail.kwiaciarnia-roza.example", sender="zamowienia@kwiaciarnia-roza.example",
    src="sklep.kwiaciarnia-roza.example [192.0.2.82]", arr="Wed, 4 Jul 2012 16:47:52 +0200", date=d,
    rcpts=["<ola.mazur@interia.pl>"], osubj="Potwierdzenie zamowienia",
    tx="""... while talking to mx.poczta.interia.pl.:
>>> MAIL From:<zamowienia@kwiaciarnia-roza.example> SIZE=3112
<<< 553 5.1.8 Adres nadawcy odrzucony: domena kwiaciarnia-roza.example nie
<<< 553 5.1.8 ma rekordu MX ani A, nie przyjmujemy od niej poczty
554 5.0.0 Service unavailable""",
    recips=[R("ola.mazur@interia.pl", "5.1.8", "smtp; 553 5.1.8 Adres nadawcy odrzucony: domena kwiaciarnia-roza.example nie ma rekordu MX ani A, nie przyjmujemy od niej poczty", remote="mx.poczta.interia.pl")]))
expect(n, "ola.mazur@interia.pl", "rejected", status="5.1.8", reply="553", vendor="interia")

# ================================================================ Germany: Freenet, Arcor, web.de, T-Online

n = "freenet-de-nachricht-zu-gross.eml"
d = dt(2009, 11, 24, 17, 2, 19, "+0100")
write(OUT, n, plain(n, host="mail.fotostudio-lang.example", sw="Exim 4.69", frm="Mail Delivery System <Mailer-Daemon@mail.fotostudio-lang.example>",
    to="atelier@fotostudio-lang.example", subject="Unzustellbar: Ihre Hochzeitsfotos", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Diese Nachricht wurde automatisch erstellt.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  brautpaar.mueller@freenet.de
    Antwort von mx.freenet.de nach MAIL FROM:
    552 5.3.4 Die Nachricht ist zu groß: freenet nimmt höchstens 25 MB
    pro E-Mail an, Ihre Nachricht hat 61 MB

Dies ist ein dauerhafter Fehler. Bitte verkleinern Sie die Anhänge.
"""))
expect(n, "brautpaar.mueller@freenet.de", "emailtoolarge", status="5.3.4", reply="552", vendor="freenet")

n = "arcor-de-empfaenger-unbekannt-dsn.eml"
d = dt(2008, 1, 9, 8, 55, 40, "+0100")
write(OUT, n, dsn(n, host="mx.steuerberatung-krause.example", sw="Postfix", frm="MAILER-DAEMON@mx.steuerberatung-krause.example (Mail Delivery System)",
    to="kanzlei@steuerberatung-krause.example", subject="Unzustellbare Nachricht", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Dies ist das Mailsystem auf mx.steuerberatung-krause.example.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.

<h.schulze@arcor.de>: Der Server mx.arcor.de antwortete: 550 5.1.1
    <h.schulze@arcor.de>: Empfänger unbekannt, kein Postfach unter
    dieser Adresse
""",
    recips=[R("h.schulze@arcor.de", "5.1.1", "smtp; 550 5.1.1 <h.schulze@arcor.de>: Empfaenger unbekannt, kein Postfach unter dieser Adresse", remote="mx.arcor.de")],
    o=orig_headers("kanzlei@steuerberatung-krause.example", "h.schulze@arcor.de", "Ihre Steuererklaerung 2007", dt(2008, 1, 9, 8, 55, 31, "+0100"), mid(n + "o", "steuerberatung-krause.example"))))
expect(n, "h.schulze@arcor.de", "userunknown", True, status="5.1.1", reply="550", vendor="arcor")

n = "webde-zu-viele-verbindungen-delayed.eml"
d = dt(2013, 6, 3, 6, 0, 12, "+0200")
write(OUT, n, pf(n, host="versand.reisebuero-sonne.example", sender="angebote@reisebuero-sonne.example",
    rcpts=["urlauber77@web.de"], date=d, osubj="Last-Minute nach Mallorca", odate=dt(2013, 6, 3, 2, 0, 4, "+0200"), delay=4,
    tail="""<urlauber77@web.de>: host mx-ha02.web.de[212.227.17.8] said: 421 4.7.0
    Zu viele gleichzeitige Verbindungen von 203.0.113.150, bitte spaeter
    erneut versuchen (in reply to MAIL FROM command)
""",
    recips=[R("urlauber77@web.de", "4.7.0", "smtp; 421 4.7.0 Zu viele gleichzeitige Verbindungen von 203.0.113.150, bitte spaeter erneut versuchen", action="delayed", remote="mx-ha02.web.de")]))
expect(n, "urlauber77@web.de", "ratelimited", status="4.7.0", reply="421", action="delayed", vendor="webde")

n = "tonline-kein-reverse-dns.eml"
d = dt(2011, 4, 26, 10, 11, 0, "+0200")
write(OUT, n, returned(n, host="mail.zahnarzt-becker.example", sw="Exim 4.72", frm="Mail Delivery System <Mailer-Daemon@mail.zahnarzt-becker.example>",
    to="praxis@zahnarzt-becker.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  g.hartmann@t-online.de
    SMTP error from remote mail server after initial connection:
    host mx00.t-online.de [194.25.134.8]: 550 5.7.1 Ihre Verbindung wird
    abgelehnt: fuer 192.0.2.240 ist kein Reverse-DNS-Eintrag (PTR)
    hinterlegt
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("praxis@zahnarzt-becker.example", "g.hartmann@t-online.de", "Terminerinnerung", dt(2011, 4, 26, 10, 10, 52, "+0200"), "zahnarzt-becker.example", n)))
expect(n, "g.hartmann@t-online.de", "requireptr", status="5.7.1", reply="550", vendor="tonline")

n = "de-empfaenger-umgezogen-text.eml"
d = dt(2010, 9, 1, 12, 0, 0, "+0200")
write(OUT, n, plain(n, host="mail.stadtwerke-lindau.example", sw="Sendmail 8.14", frm="Mail-Administrator <postmaster@stadtwerke-lindau.example>",
    to="info@heizungsbau-kern.example", subject="Unzustellbar: Angebot Heizungswartung", date=d, charset="iso-8859-1", cte="quoted-printable",
    text="""Ihre Nachricht an r.vogel@stadtwerke-lindau.example wurde nicht zugestellt.

551 5.1.6 Der Empfänger ist nicht mehr unter dieser Adresse zu erreichen;
er ist umgezogen und jetzt unter r.vogel@lindau-energie.example erreichbar.
Nachrichten werden nicht weitergeleitet. Bitte senden Sie Ihre Nachricht
an die neue Adresse.

Mail-Administrator der Stadtwerke Lindau
"""))
expect(n, "r.vogel@stadtwerke-lindau.example", "hasmoved", True, status="5.1.6", reply="551")

# ================================================================ Netherlands

n = "xs4all-nl-bericht-te-groot.eml"
d = dt(2012, 1, 23, 14, 5, 33, "+0100")
write(OUT, n, dsn(n, host="mail.architecten-dijkstra.example", sw="Postfix", frm="MAILER-DAEMON@mail.architecten-dijkstra.example (Mail Delivery System)",
    to="bureau@architecten-dijkstra.example", subject="Onbestelbaar bericht", date=d,
    text=POSTFIX_HEAD.format(host="mail.architecten-dijkstra.example") + """<p.visser@xs4all.nl>: host mx1.xs4all.nl[194.109.24.132] said: 552 5.3.4
    Bericht te groot: de maximale berichtgrootte voor deze ontvanger is 40
    MB (in reply to end of DATA command)
""",
    recips=[R("p.visser@xs4all.nl", "5.3.4", "smtp; 552 5.3.4 Bericht te groot: de maximale berichtgrootte voor deze ontvanger is 40 MB", remote="mx1.xs4all.nl")],
    o=orig_headers("bureau@architecten-dijkstra.example", "p.visser@xs4all.nl", "Bouwtekeningen fase 2", dt(2012, 1, 23, 14, 5, 20, "+0100"), mid(n + "o", "architecten-dijkstra.example"))))
expect(n, "p.visser@xs4all.nl", "emailtoolarge", status="5.3.4", reply="552", vendor="xs4all")

n = "vacation-nl-afwezigheid.eml"
d = dt(2014, 7, 28, 9, 12, 0, "+0200")
write(OUT, n, plain(n, host="mail.kpnmail.nl", sw="KPN Mail", frm="Marieke de Boer <m.deboer@kpnmail.nl>",
    to="klantenservice@fietsenwinkel-jansen.example", subject="Afwezig: Uw fiets is klaar", date=d, rp="<m.deboer@kpnmail.nl>",
    extra=[("In-Reply-To", mid("vacation-nl-afwezigheid.eml-o", "fietsenwinkel-jansen.example"))],
    text="""Beste afzender,

Ik ben met vakantie tot en met 15 augustus en lees mijn e-mail niet.
Uw bericht wordt niet doorgestuurd. Na mijn terugkomst neem ik zo snel
mogelijk contact met u op.

Met vriendelijke groet,
Marieke de Boer
"""))
expect(n, "m.deboer@kpnmail.nl", "vacation", action="")

n = "vacation-es-fuera-oficina.eml"
d = dt(2013, 8, 5, 11, 30, 0, "+0200")
write(OUT, n, plain(n, host="correo.constructora-lopez.example", sw="Zimbra 7.2", frm="Javier Lopez <j.lopez@constructora-lopez.example>",
    to="pedidos@ferreteria-central.example", subject=enc_header("Respuesta automática: Pedido 4471", "iso-8859-1", "q"), date=d,
    charset="iso-8859-1", cte="quoted-printable", rp="<j.lopez@constructora-lopez.example>",
    text="""Gracias por su mensaje.

Estoy fuera de la oficina hasta el 26 de agosto, sin acceso al correo.
Para asuntos urgentes, escriba a obras@constructora-lopez.example.

Un saludo,
Javier López
"""))
expect(n, "j.lopez@constructora-lopez.example", "vacation", action="")

# ================================================================ challenge-response

n = "spamarrest-verify-request.eml"
d = dt(2006, 10, 16, 13, 40, 2, "-0700")
write(OUT, n, plain(n, host="mx.spamarrest.com", sw="Spam Arrest", frm="Spam Arrest <noreply@spamarrest.com>",
    to="quotes@evergreen-roofing.example", subject="Re: Roof inspection quote [Verify]", date=d, rp="<noreply@spamarrest.com>",
    extra=[("Reply-To", "verify@spamarrest.com"), ("Precedence", "bulk")],
    text="""Hello,

I am using Spam Arrest to protect my inbox from junk mail. Before your
message to me (hank.olson@spamarrest.example) can be delivered, please
verify that you are a person by visiting the link below. This is a
one-time step; future messages will come straight through.

  https://www.spamarrest.com/verify?a=hank.olson&k=8D2F71C0

Message subject: Roof inspection quote
Message date: Mon, 16 Oct 2006 13:39:48 -0700

Thank you,
Hank Olson
"""))
expect(n, "hank.olson@spamarrest.example", "vacation", action="", vendor="spamarrest")

n = "boxbe-guest-list-waiting.eml"
d = dt(2012, 4, 2, 20, 1, 45, "+0000")
write(OUT, n, plain(n, host="mx.boxbe.com", sw="Boxbe", frm="Boxbe <notify@boxbe.com>",
    to="events@alumni-choir.example", subject="Your message to Sofia Reyes is waiting for approval", date=d, rp="<notify@boxbe.com>",
    text="""Hi,

Sofia Reyes (sofia.reyes@alumni-mail.example) uses Boxbe to screen mail from
people who are not yet in her contacts. Your message "Reunion concert
rehearsal" has been placed on her Guest List and is waiting.

Request approval so your message can be delivered:
  https://www.boxbe.com/anno?tc=5531902_1187

Boxbe - your inbox, your rules
"""))
expect(n, "sofia.reyes@alumni-mail.example", "vacation", action="", vendor="boxbe")

n = "mailinblack-fr-authentification.eml"
d = dt(2015, 2, 9, 10, 22, 0, "+0100")
write(OUT, n, plain(n, host="mx.mailinblack.com", sw="MailInBlack", frm="MailInBlack <noreply@mailinblack.com>",
    to="compta@imprimerie-dufour.example", subject=enc_header("Confirmez l'envoi de votre message à l.girard@cabinet-girard.example", "utf-8", "q"),
    date=d, charset="utf-8", cte="quoted-printable", rp="<noreply@mailinblack.com>",
    text="""Bonjour,

votre correspondant l.girard@cabinet-girard.example est protégé par
MailInBlack. Votre message « Facture n° 2015-0211 » est en attente : il sera
remis dès que vous aurez confirmé être un expéditeur humain.

Cliquez ici pour vous authentifier (une seule fois) :
  https://protect.mailinblack.com/auth?id=93fa11c

Cordialement,
L'équipe MailInBlack
"""))
expect(n, "l.girard@cabinet-girard.example", "vacation", action="", vendor="mailinblack")

# ================================================================ university and small-business servers

n = "university-postfix-loop-procmail-unknown.eml"
d = dt(2007, 2, 12, 23, 14, 5, "-0500")
write(OUT, n, pf(n, host="mail.cs.stateuniv.example", sender="seminar-admin@cs.stateuniv.example",
    rcpts=["talks@physics.stateuniv.example", "hlee@cs.stateuniv.example", "gradstudent7@cs.stateuniv.example"], date=d,
    osubj="Colloquium: Thursday 4pm", odate=dt(2007, 2, 12, 23, 13, 58, "-0500"),
    tail="""<talks@physics.stateuniv.example>: mail for physics.stateuniv.example loops
    back to myself

<hlee@cs.stateuniv.example>: Command died with status 1: "/usr/bin/procmail
    -a hlee". Command output: procmail: Error while writing to
    "/home/hlee/.procmailrc.lock"

<gradstudent7@cs.stateuniv.example>: unknown user: "gradstudent7"
""",
    recips=[R("talks@physics.stateuniv.example", "5.4.6", "X-Postfix; mail for physics.stateuniv.example loops back to myself"),
            R("hlee@cs.stateuniv.example", "5.3.0", "X-Postfix; Command died with status 1: \"/usr/bin/procmail -a hlee\". Command output: procmail: Error while writing to \"/home/hlee/.procmailrc.lock\""),
            R("gradstudent7@cs.stateuniv.example", "5.1.1", "X-Postfix; unknown user: \"gradstudent7\"")]))
expect(n, "talks@physics.stateuniv.example", "networkerror", status="5.4.6", reply="")
expect(n, "hlee@cs.stateuniv.example", "mailererror", status="5.3.0", reply="")
expect(n, "gradstudent7@cs.stateuniv.example", "userunknown", True, status="5.1.1", reply="")

n = "university-sendmail-five-days.eml"
d = dt(2004, 12, 27, 4, 2, 10, "-0600")
write(OUT, n, sendmail(n, host="mailhub.ag.plainsuniv.example", sender="extension@ag.plainsuniv.example",
    src="extension-pc3.ag.plainsuniv.example [192.0.2.19]", arr="Wed, 22 Dec 2004 03:58:40 -0600", date=d,
    rcpts=["<county.agent@ruralnet-coop.example>"], osubj="Winter wheat report", subject="Returned mail: Cannot send message for 5 days",
    tx="""... Deferred: Connection timed out with mail.ruralnet-coop.example.
Message could not be delivered for 5 days
Message will be deleted from queue""",
    recips=[R("county.agent@ruralnet-coop.example", "4.4.7", "smtp; 451 4.4.1 reply: read error from mail.ruralnet-coop.example.", remote="mail.ruralnet-coop.example", last="Mon, 27 Dec 2004 04:02:09 -0600")]))
expect(n, "county.agent@ruralnet-coop.example", "expired", status="4.4.7", reply="451")

n = "exim-retry-timeout-and-bogus-mx.eml"
d = dt(2009, 8, 17, 7, 40, 0, "+0100")
write(OUT, n, returned(n, host="mail.yorkshire-dales-walks.example", sw="Exim 4.69", frm="Mail Delivery System <Mailer-Daemon@mail.yorkshire-dales-walks.example>",
    to="walks@yorkshire-dales-walks.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  rambler.joe@hillwalkers-club.example
    retry timeout exceeded
  secretary@fellrunners-assoc.example
    all relevant MX records point to non-existent hosts
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("walks@yorkshire-dales-walks.example", "rambler.joe@hillwalkers-club.example, secretary@fellrunners-assoc.example", "September walks programme", dt(2009, 8, 13, 7, 39, 0, "+0100"), "yorkshire-dales-walks.example", n)))
expect(n, "rambler.joe@hillwalkers-club.example", "expired", status="", reply="")
expect(n, "secretary@fellrunners-assoc.example", "hostunknown", True, status="", reply="")

n = "sendmail-551-user-moved-alumni.eml"
d = dt(2005, 6, 30, 15, 0, 44, "-0400")
write(OUT, n, sendmail(n, host="smtp.regional-press.example", sender="letters@regional-press.example",
    src="editor-mac.regional-press.example [192.0.2.77]", arr="Thu, 30 Jun 2005 15:00:37 -0400", date=d,
    rcpts=["<m.quinn@english.eastern-college.example>"], osubj="Your letter to the editor",
    tx="""... while talking to mail.eastern-college.example.:
>>> RCPT To:<m.quinn@english.eastern-college.example>
<<< 551 5.1.6 User not local; mail for m.quinn has moved, please try
<<< 551 5.1.6 <mquinn@alumni.eastern-college.example>
551 5.1.6 <m.quinn@english.eastern-college.example>... User not local""",
    recips=[R("m.quinn@english.eastern-college.example", "5.1.6", "smtp; 551 5.1.6 User not local; mail for m.quinn has moved, please try <mquinn@alumni.eastern-college.example>", remote="mail.eastern-college.example")]))
expect(n, "m.quinn@english.eastern-college.example", "hasmoved", True, status="5.1.6", reply="551")

n = "exchange2003-unknown-and-size-limit.eml"
d = dt(2006, 3, 8, 11, 20, 14, "-0800")
write(OUT, n, dsn(n, host="exch.coastal-engineering.example", sw="Microsoft SMTPSVC(6.0.3790.1830)",
    frm="System Administrator <postmaster@coastal-engineering.example>", to="d.park@coastal-engineering.example",
    subject="Undeliverable: Seawall drawings rev C", date=d,
    text=exch2003("""      Subject:  Seawall drawings rev C
      Sent:     3/8/2006 11:19 AM

The following recipient(s) cannot be reached:

      'k.owens@harbor-authority.example' on 3/8/2006 11:20 AM
            The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.
            <exch.coastal-engineering.example #5.1.1>

      'permits@harbor-authority.example' on 3/8/2006 11:20 AM
            The message length exceeds the administrative limit the receiving side sets for this recipient.
            <exch.coastal-engineering.example #5.2.3 smtp;552 5.2.3 Message size exceeds fixed maximum message size>"""),
    recips=[R("k.owens@harbor-authority.example", "5.1.1", "smtp; 550 5.1.1 <k.owens@harbor-authority.example>... User unknown"),
            R("permits@harbor-authority.example", "5.2.3", "smtp; 552 5.2.3 Message size exceeds fixed maximum message size")],
    o=orig_headers("d.park@coastal-engineering.example", "k.owens@harbor-authority.example, permits@harbor-authority.example", "Seawall drawings rev C", dt(2006, 3, 8, 11, 19, 0, "-0800"), mid(n + "o", "coastal-engineering.example"))))
expect(n, "k.owens@harbor-authority.example", "userunknown", True, status="5.1.1", reply="550", vendor="exchange")
expect(n, "permits@harbor-authority.example", "emailtoolarge", status="5.2.3", reply="552", vendor="exchange")

n = "exchange2003-system-incorrectly-configured.eml"
d = dt(2005, 10, 4, 9, 2, 0, "+1000")
write(OUT, n, dsn(n, host="mail.outback-freight.example", sw="Microsoft SMTPSVC(6.0.3790.211)",
    frm="postmaster@outback-freight.example", to="dispatch@outback-freight.example",
    subject="Undeliverable: Consignment 55871", date=d,
    text=exch2003("""      Subject:  Consignment 55871
      Sent:     4/10/2005 9:01 AM

The following recipient(s) cannot be reached:

      'accounts@station-supplies.example' on 4/10/2005 9:02 AM
            The e-mail system at the destination is not set up correctly and could not process the message.
            <mail.outback-freight.example #5.3.5 smtp;554 5.3.5 Local configuration error: the system is incorrectly configured>"""),
    recips=[R("accounts@station-supplies.example", "5.3.5", "smtp; 554 5.3.5 Local configuration error: the system is incorrectly configured")],
    o=orig_headers("dispatch@outback-freight.example", "accounts@station-supplies.example", "Consignment 55871", dt(2005, 10, 4, 9, 1, 0, "+1000"), mid(n + "o", "outback-freight.example"))))
expect(n, "accounts@station-supplies.example", "systemerror", status="5.3.5", reply="554", vendor="exchange")

n = "exchange2003-destination-mail-system-full.eml"
d = dt(2004, 11, 19, 16, 45, 0, "+0000")
write(OUT, n, dsn(n, host="exch1.fenland-growers.example", sw="Microsoft SMTPSVC(6.0.3790.0)",
    frm="System Administrator <postmaster@fenland-growers.example>", to="orders@fenland-growers.example",
    subject="Undeliverable: Potato prices week 47", date=d,
    text=exch2003("""      Subject:  Potato prices week 47
      Sent:     19/11/2004 16:40

The following recipient(s) cannot be reached:

      'buyer@market-wholesale.example' on 19/11/2004 16:45
            The destination server's disk is full; its mail system cannot store any more messages.
            <exch1.fenland-growers.example #5.3.1 smtp;552 5.3.1 Mail system full>"""),
    recips=[R("buyer@market-wholesale.example", "5.3.1", "smtp; 552 5.3.1 Mail system full")],
    o=orig_headers("orders@fenland-growers.example", "buyer@market-wholesale.example", "Potato prices week 47", dt(2004, 11, 19, 16, 40, 0, "+0000"), mid(n + "o", "fenland-growers.example"))))
expect(n, "buyer@market-wholesale.example", "systemfull", status="5.3.1", reply="552", vendor="exchange")

n = "sendmail-insufficient-disk-delayed.eml"
d = dt(2008, 4, 7, 2, 10, 0, "-0500")
write(OUT, n, dsn(n, host="mail.riverside-library.example", sw="8.14.2/8.14.2",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.riverside-library.example>", to="circulation@riverside-library.example",
    subject="Warning: could not send message for past 4 hours", date=d,
    text="""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Sun, 6 Apr 2008 22:09:51 -0500
from circ-desk.riverside-library.example [192.0.2.40]

   ----- Transcript of session follows -----
... while talking to mail.county-schools.example.:
>>> MAIL From:<circulation@riverside-library.example> SIZE=1880
<<< 452 4.3.1 Insufficient system storage: the spool disk on this server is full, try again later
<media.center@county-schools.example>... Deferred: 452 4.3.1 Insufficient system storage
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""",
    recips=[R("media.center@county-schools.example", "4.3.1", "smtp; 452 4.3.1 Insufficient system storage: the spool disk on this server is full, try again later", action="delayed", remote="mail.county-schools.example")],
    o=orig_headers("circulation@riverside-library.example", "media.center@county-schools.example", "Interlibrary loan request", dt(2008, 4, 6, 22, 9, 51, "-0500"), mid(n + "o", "riverside-library.example"))))
expect(n, "media.center@county-schools.example", "systemfull", status="4.3.1", reply="452", action="delayed")

n = "zimbra-sender-remote-misconfigured.eml"
d = dt(2013, 11, 11, 13, 13, 0, "-0500")
write(OUT, n, pf(n, host="zimbra.hollis-law.example", sender="paralegal@hollis-law.example",
    rcpts=["clerk@probate-court-county.example"], date=d, osubj="Filing 2013-PR-4471", odate=dt(2013, 11, 11, 13, 12, 55, "-0500"),
    tail="""<clerk@probate-court-county.example>: host mx.probate-court-county.example[203.0.113.17]
    said: 554 5.3.0 Internal server error: mail routing is misconfigured on
    this host (transport map lookup failure), contact the administrator (in
    reply to RCPT TO command)
""",
    recips=[R("clerk@probate-court-county.example", "5.3.0", "smtp; 554 5.3.0 Internal server error: mail routing is misconfigured on this host (transport map lookup failure), contact the administrator", remote="mx.probate-court-county.example")]))
expect(n, "clerk@probate-court-county.example", "systemerror", status="5.3.0", reply="554")

n = "sendmail-prog-mailer-error.eml"
d = dt(2003, 8, 20, 10, 0, 31, "-0700")
write(OUT, n, sendmail(n, host="helpdesk.mountain-isp.example", sender="user@dsl-customer.example",
    src="mail.dsl-customer.example [198.51.100.30]", arr="Wed, 20 Aug 2003 10:00:29 -0700", date=d,
    rcpts=["<tickets@helpdesk.mountain-isp.example>"], osubj="My modem keeps disconnecting",
    tx="""... while talking to local delivery:
554 5.3.0 <tickets@helpdesk.mountain-isp.example>... unknown mailer error 2
|"/usr/local/bin/ticket-import --queue dsl"
ticket-import: cannot open database /var/tickets/db: Permission denied""",
    recips=[R("tickets@helpdesk.mountain-isp.example", "5.3.0", "X-Unix; unknown mailer error 2")]))
expect(n, "tickets@helpdesk.mountain-isp.example", "mailererror", status="5.3.0", reply="554")

n = "mdaemon-antivirus-mydoom.eml"
d = dt(2004, 1, 28, 9, 14, 0, "-0500")
write(OUT, n, returned(n, host="mail.tri-county-hvac.example", sw="MDaemon PRO v7.0.1", frm="MDaemon at mail.tri-county-hvac.example <MDaemon@mail.tri-county-hvac.example>",
    to="service@tri-county-hvac.example", subject="Permanent Delivery Failure", date=d, extra=[("X-MDaemon-Deliver-To", "service@tri-county-hvac.example")],
    text="""The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!

--- Session Transcript ---
 Wed 2004-01-28 09:13:58: Parsing message <mail.tri-county-hvac.example\\pd50000123.msg>
 Wed 2004-01-28 09:13:58: *  From: service@tri-county-hvac.example
 Wed 2004-01-28 09:13:58: *  To: warehouse@furnace-parts.example
 Wed 2004-01-28 09:13:59: Attempting SMTP connection to [mail.furnace-parts.example]
 Wed 2004-01-28 09:13:59: Connection established (203.0.113.55:25)
 Wed 2004-01-28 09:14:00: --> DATA
 Wed 2004-01-28 09:14:00: <-- 554 5.7.1 Rejected: the attachment text.zip is infected with I-Worm.Mydoom.A
--- End Transcript ---
""",
    o=orig("service@tri-county-hvac.example", "warehouse@furnace-parts.example", "Parts order", dt(2004, 1, 28, 9, 13, 50, "-0500"), "tri-county-hvac.example", n)))
expect(n, "warehouse@furnace-parts.example", "virusdetected", status="5.7.1", reply="554", vendor="mdaemon")

n = "mdaemon-bad-queue-held.eml"
d = dt(2009, 2, 18, 15, 1, 0, "-0600")
write(OUT, n, plain(n, host="mail.lone-star-printing.example", sw="MDaemon PRO v10.0.3", frm="MDaemon at mail.lone-star-printing.example <MDaemon@mail.lone-star-printing.example>",
    to="jobs@lone-star-printing.example", subject="Message placed in the bad message queue", date=d,
    text="""Your message to proofs@austin-signworks.example was not delivered.

The delivery attempt ended in a way this server could not classify, and
the message has been moved to the bad message queue. It stays there until
the mail administrator looks at it and either releases or deletes it; no
further attempts will be made on their own.

  Subject: Proof for banner order 2231
  Queued:  Wed 2009-02-18 14:55:02

Contact postmaster@lone-star-printing.example if you need it released.
"""))
expect(n, "proofs@austin-signworks.example", "onhold", status="", reply="", vendor="mdaemon")

n = "merak-unrecognised-reply-held.eml"
d = dt(2010, 10, 12, 11, 40, 0, "+0200")
write(OUT, n, plain(n, host="mail.weingut-haller.example", sw="Merak Mail Server 9.4", frm="Postmaster <postmaster@weingut-haller.example>",
    to="verkauf@weingut-haller.example", subject="Delivery suspended: Preisliste Herbst", date=d,
    text="""The message below could not be delivered to:

    einkauf@vinothek-am-markt.example

The remote server answered with a reply that could not be interpreted
("554 *** see log 0x8004D0F3 ***"). Delivery has been suspended and the
message is being kept for the administrator to examine. You will be told
again when it is released or discarded.

--- Original message header ---
From: verkauf@weingut-haller.example
To: einkauf@vinothek-am-markt.example
Subject: Preisliste Herbst
"""))
expect(n, "einkauf@vinothek-am-markt.example", "onhold", status="", reply="554", vendor="merak")

n = "imail-not-local-host-gateway.eml"
d = dt(2004, 5, 5, 12, 30, 0, "-0400")
write(OUT, n, plain(n, host="mail.county-4h.example", sw="IMail 8.05", frm="postmaster@county-4h.example",
    to="newsletter@county-4h.example", subject="Undeliverable Mail", date=d,
    text="""This message was undeliverable due to the following reason(s):

Your message could not be delivered because the destination server
refused to accept it for the following address:

  <judges@fair-board.example>
  Remote host said: 550 not local host fair-board.example, not a gateway

Original message follows.

Received: from [192.0.2.8] by mail.county-4h.example (IMail 8.05)
Subject: Fair entry deadlines
"""))
expect(n, "judges@fair-board.example", "norelaying", status="", reply="550", vendor="imail")

n = "merak-no-dns-for-domain.eml"
d = dt(2008, 9, 9, 8, 0, 0, "+0100")
write(OUT, n, returned(n, host="mail.castle-b-and-b.example", sw="Merak Mail Server 8.9", frm="Mail Delivery Subsystem <postmaster@castle-b-and-b.example>",
    to="stay@castle-b-and-b.example", subject="Undeliverable message", date=d,
    text="""Message delivery to 'guest.relations@highland-tours-ltd.example' failed.

The domain highland-tours-ltd.example has no MX and no A record: no mail
server exists for it. Check the spelling of the address.

Delivery will not be retried.
""",
    o=orig("stay@castle-b-and-b.example", "guest.relations@highland-tours-ltd.example", "Group booking October", dt(2008, 9, 9, 7, 59, 50, "+0100"), "castle-b-and-b.example", n)))
expect(n, "guest.relations@highland-tours-ltd.example", "hostunknown", True, status="", reply="", vendor="merak")

n = "kerio-rcpt-syntax-error.eml"
d = dt(2011, 3, 15, 14, 20, 0, "+0100")
write(OUT, n, dsn(n, host="mail.elektro-wagner.example", sw="Kerio Connect 7.1.2",
    frm="Mail Delivery System <postmaster@elektro-wagner.example>", to="einkauf@elektro-wagner.example",
    subject="Undelivered mail: Bestellung Kabeltrommeln", date=d,
    text="""Your message could not be delivered to the following recipient:

<lager@kabel-grosshandel.example>
  The remote server rejected the RCPT TO command as syntactically
  invalid: 501 5.5.2 Syntax error in parameters or arguments
""",
    recips=[R("lager@kabel-grosshandel.example", "5.5.2", "smtp; 501 5.5.2 Syntax error in parameters or arguments", remote="mx.kabel-grosshandel.example")],
    o=orig_headers("einkauf@elektro-wagner.example", "lager@kabel-grosshandel.example", "Bestellung Kabeltrommeln", dt(2011, 3, 15, 14, 19, 52, "+0100"), mid(n + "o", "elektro-wagner.example"))))
expect(n, "lager@kabel-grosshandel.example", "syntaxerror", status="5.5.2", reply="501", vendor="kerio")

n = "qmail-555-mail-from-syntax.eml"
d = dt(2007, 7, 7, 7, 7, 0, "+0000")
write(OUT, n, plain(n, host="mail.surf-shop-cornwall.example", sw="qmail 1.03", frm="MAILER-DAEMON@mail.surf-shop-cornwall.example",
    to="shop@surf-shop-cornwall.example", subject="failure notice", date=d,
    text=qmail_text("mail.surf-shop-cornwall.example",
        ["""<boardrider@newquay-lifeguards.example>:
203.0.113.201 does not like the command I sent.
Remote host said: 555 5.5.4 syntax error: unrecognised parameter in the
MAIL FROM command
Giving up on 203.0.113.201."""],
        "Return-Path: <shop@surf-shop-cornwall.example>\nTo: boardrider@newquay-lifeguards.example\nSubject: Wetsuit repair ready\n\nYour wetsuit is ready for collection.\n")))
expect(n, "boardrider@newquay-lifeguards.example", "syntaxerror", status="5.5.4", reply="555")

n = "smartermail-spam-score-rejected.eml"
d = dt(2012, 9, 25, 10, 5, 0, "-0500")
write(OUT, n, plain(n, host="mail.gulf-charters.example", sw="SmarterMail 9.2", frm="postmaster@gulf-charters.example",
    to="captain@gulf-charters.example", subject="Undeliverable: Fishing report September", date=d,
    text="""Delivery failed for the following recipient(s):
anglers@redfish-club.example

Reason: Remote host said: 550 5.7.1 Message rejected: the spam filter
scored this message 14.2 (threshold 8.0); it looks like junk mail.

--- Original Message ---
From: captain@gulf-charters.example
To: anglers@redfish-club.example
Subject: Fishing report September
"""))
expect(n, "anglers@redfish-club.example", "spamdetected", status="5.7.1", reply="550", vendor="smartermail")

n = "smartermail-recipient-content-rule.eml"
d = dt(2013, 4, 30, 16, 25, 0, "-0400")
write(OUT, n, plain(n, host="mail.blue-ridge-cabins.example", sw="SmarterMail 10.7", frm="postmaster@blue-ridge-cabins.example",
    to="rentals@blue-ridge-cabins.example", subject="Undeliverable: Cabin availability", date=d,
    text="""Delivery failed for the following recipient(s):
t.harlow@appalachian-outfitters.example

Reason: Remote host said: 550 5.2.0 The recipient's own content filtering
rules refused this message; it was not delivered to the mailbox.

--- Original Message ---
From: rentals@blue-ridge-cabins.example
To: t.harlow@appalachian-outfitters.example
Subject: Cabin availability
"""))
expect(n, "t.harlow@appalachian-outfitters.example", "filtered", status="5.2.0", reply="550", vendor="smartermail")

n = "hotmail-recipient-blocked-sender.eml"
d = dt(2009, 12, 2, 19, 50, 0, "+0000")
write(OUT, n, pf(n, host="mail.secondhand-books-uk.example", sender="shop@secondhand-books-uk.example",
    rcpts=["readerclare@hotmail.co.uk"], date=d, osubj="Your order has shipped", odate=dt(2009, 12, 2, 19, 49, 51, "+0000"),
    tail="""<readerclare@hotmail.co.uk>: host mx4.hotmail.com[65.55.92.152] said: 550
    5.7.1 The recipient has put your address on her blocked senders list;
    the message was refused after it was received (in reply to end of DATA
    command)
""",
    recips=[R("readerclare@hotmail.co.uk", "5.7.1", "smtp; 550 5.7.1 The recipient has put your address on her blocked senders list; the message was refused after it was received", remote="mx4.hotmail.com")]))
expect(n, "readerclare@hotmail.co.uk", "filtered", status="5.7.1", reply="550", vendor="hotmail")

n = "hmailserver-smarthost-auth-required.eml"
d = dt(2014, 5, 20, 8, 30, 0, "+0200")
write(OUT, n, plain(n, host="srv01.tandarts-peeters.example", sw="hMailServer 5.4", frm="mailer-daemon@tandarts-peeters.example",
    to="balie@tandarts-peeters.example", subject="Message undeliverable: Afspraak bevestiging", date=d,
    text="""Your message did not reach some or all of the intended recipients.

   Sent: Tue, 20 May 2014 08:29:41 +0200
   Subject: Afspraak bevestiging

The following recipient(s) could not be reached:

l.jacobs@telenet-klant.example
   Error Type: SMTP
   Remote server (195.130.132.10) issued an error.
   hMailServer sent: MAIL FROM:<balie@tandarts-peeters.example>
   Remote server replied: 530 5.7.0 SMTP authentication is required before
   mail can be relayed through this server

hMailServer
"""))
expect(n, "l.jacobs@telenet-klant.example", "securityerror", status="5.7.0", reply="530", vendor="hmailserver")

n = "exim-smarthost-535-auth-failed.eml"
d = dt(2015, 1, 14, 12, 0, 0, "+0000")
write(OUT, n, returned(n, host="server.village-hall-trust.example", sw="Exim 4.84", frm="Mail Delivery System <Mailer-Daemon@server.village-hall-trust.example>",
    to="bookings@village-hall-trust.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  hirer.smith@localmail-isp.example
    SMTP error from remote mail server after AUTH PLAIN:
    host smtp.isp-relay.example [198.51.100.5]: 535 5.7.8 Authentication
    credentials invalid
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("bookings@village-hall-trust.example", "hirer.smith@localmail-isp.example", "Hall booking 7 February", dt(2015, 1, 14, 11, 59, 50, "+0000"), "village-hall-trust.example", n)))
expect(n, "hirer.smith@localmail-isp.example", "securityerror", status="5.7.8", reply="535")

n = "exim-tls-required-handshake-failed.eml"
d = dt(2016, 2, 3, 10, 45, 0, "+0000")
write(OUT, n, returned(n, host="mail.maths.northern-univ.example", sw="Exim 4.86", frm="Mail Delivery System <Mailer-Daemon@mail.maths.northern-univ.example>",
    to="r.patel@maths.northern-univ.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  referee.office@journal-press.example
    a TLS session is required for mx.journal-press.example [203.0.113.88],
    but an attempt to start TLS failed: the TLS handshake ended with
    "unsupported protocol"
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("r.patel@maths.northern-univ.example", "referee.office@journal-press.example", "Revised manuscript JMP-2015-0412", dt(2016, 2, 3, 10, 44, 51, "+0000"), "maths.northern-univ.example", n)))
expect(n, "referee.office@journal-press.example", "failedstarttls", status="", reply="")

n = "exchange2010-must-issue-starttls.eml"
d = dt(2014, 9, 9, 15, 30, 0, "-0400")
write(OUT, n, dsn(n, host="exch.mortgage-partners.example", sw="Microsoft SMTP Server (TLS) id 14.3.195.1",
    frm="Microsoft Outlook <postmaster@mortgage-partners.example>", to="closing@mortgage-partners.example",
    subject="Undeliverable: Closing documents", date=d,
    text="""Delivery has failed to these recipients or groups:

escrow@title-company-east.example
The receiving server requires an encrypted connection, and this message
was not sent over one.

Diagnostic information for administrators:

Generating server: exch.mortgage-partners.example

escrow@title-company-east.example
mx.title-company-east.example #530 5.7.0 Must issue a STARTTLS command first ##
""",
    recips=[R("escrow@title-company-east.example", "5.7.0", "smtp; 530 5.7.0 Must issue a STARTTLS command first", remote="mx.title-company-east.example")],
    o=orig_headers("closing@mortgage-partners.example", "escrow@title-company-east.example", "Closing documents", dt(2014, 9, 9, 15, 29, 0, "-0400"), mid(n + "o", "mortgage-partners.example"))))
expect(n, "escrow@title-company-east.example", "failedstarttls", status="5.7.0", reply="530", vendor="exchange")

n = "zimbra-malformed-mime-content.eml"
d = dt(2013, 6, 18, 11, 0, 0, "-0700")
write(OUT, n, pf(n, host="mail.sierra-clinic.example", sender="billing@sierra-clinic.example",
    rcpts=["claims@health-plan-west.example"], date=d, osubj="Claim batch 0618", odate=dt(2013, 6, 18, 10, 59, 53, "-0700"),
    tail="""<claims@health-plan-west.example>: host zimbra.health-plan-west.example[198.51.100.140]
    said: 554 5.6.0 Message content rejected: the MIME structure is broken,
    a multipart boundary is never closed (in reply to end of DATA command)
""",
    recips=[R("claims@health-plan-west.example", "5.6.0", "smtp; 554 5.6.0 Message content rejected: the MIME structure is broken, a multipart boundary is never closed", remote="zimbra.health-plan-west.example")]))
expect(n, "claims@health-plan-west.example", "contenterror", status="5.6.0", reply="554")

n = "sendmail-8bit-in-7bit-content.eml"
d = dt(2003, 3, 3, 9, 9, 9, "+0100")
write(OUT, n, sendmail(n, host="mail.bergverlag.example", sender="lektorat@bergverlag.example",
    src="lektorat-pc.bergverlag.example [192.0.2.23]", arr="Mon, 3 Mar 2003 09:09:01 +0100", date=d,
    rcpts=["<redaktion@alpen-zeitschrift.example>"], osubj="Manuskript Gipfelbuch",
    tx="""... while talking to mail.alpen-zeitschrift.example.:
>>> DATA
<<< 554 5.6.1 Body type not supported: 8-bit characters in a message
<<< 554 5.6.1 declared as 7bit, without a Content-Transfer-Encoding
554 5.0.0 Service unavailable""",
    recips=[R("redaktion@alpen-zeitschrift.example", "5.6.1", "smtp; 554 5.6.1 Body type not supported: 8-bit characters in a message declared as 7bit, without a Content-Transfer-Encoding", remote="mail.alpen-zeitschrift.example")]))
expect(n, "redaktion@alpen-zeitschrift.example", "contenterror", status="5.6.1", reply="554")

n = "postfix-nullmx-domain.eml"
d = dt(2016, 10, 20, 14, 0, 0, "+0000")
write(OUT, n, pf(n, host="mail.charity-fun-run.example", sender="entries@charity-fun-run.example",
    rcpts=["runner@old-sponsor-brand.example"], date=d, osubj="Your race number", odate=dt(2016, 10, 20, 13, 59, 55, "+0000"),
    tail="""<runner@old-sponsor-brand.example>: Domain old-sponsor-brand.example does
    not accept mail (nullMX)
""",
    recips=[R("runner@old-sponsor-brand.example", "5.1.0", "X-Postfix; Domain old-sponsor-brand.example does not accept mail (nullMX)")]))
expect(n, "runner@old-sponsor-brand.example", "notaccept", True, status="5.1.0", reply="")

n = "exim-parked-domain-no-mail.eml"
d = dt(2012, 12, 12, 12, 12, 0, "+0000")
write(OUT, n, returned(n, host="mail.antique-clocks.example", sw="Exim 4.80", frm="Mail Delivery System <Mailer-Daemon@mail.antique-clocks.example>",
    to="sales@antique-clocks.example", subject="Mail delivery failed: returning message to sender", date=d,
    text=exim_text("""  enquiries@clockmakers-guild-old.example
    SMTP error from remote mail server after RCPT TO:<enquiries@clockmakers-guild-old.example>:
    host park-mx.domain-parking.example [203.0.113.250]: 556 5.1.10 This domain
    is parked and does not accept email for any address
""", "\n------ This is a copy of the message, including all the headers. ------\n"),
    o=orig("sales@antique-clocks.example", "enquiries@clockmakers-guild-old.example", "Longcase clock restoration", dt(2012, 12, 12, 12, 11, 50, "+0000"), "antique-clocks.example", n)))
expect(n, "enquiries@clockmakers-guild-old.example", "notaccept", True, status="5.1.10", reply="556")

n = "sendgrid-suppressed-previous-bounce.eml"
d = dt(2015, 5, 5, 5, 5, 5, "+0000")
write(OUT, n, plain(n, host="mx.sendgrid.net", sw="SendGrid", frm="SendGrid <no-reply@sendgrid.net>",
    to="marketing@yoga-retreats.example", subject="Message not sent: address on your bounce list", date=d, rp="<no-reply@sendgrid.net>",
    text="""Your message "Summer retreat early-bird offer" was not sent to:

    namaste.nina@old-mailhost.example

This address is on your account's suppression list: an earlier message to
it bounced permanently on 2015-02-11, so we did not attempt delivery. Remove
the address from the suppression list only if you know it works again.

SendGrid
"""))
expect(n, "namaste.nina@old-mailhost.example", "suppressed", status="", reply="", vendor="sendgrid")

n = "sparkpost-suppression-list-dsn.eml"
d = dt(2016, 8, 1, 16, 0, 0, "+0000")
write(OUT, n, dsn(n, host="mta.sparkpostmail.com", sw="SparkPost Momentum",
    frm="Mail Delivery System <MAILER-DAEMON@sparkpostmail.com>", to="alerts@parking-app.example",
    subject="Delivery Status Notification (Failure)", date=d,
    text="""A message you sent was not delivered.

  driver.44@freemail-old.example

The recipient is on the account's suppression list (hard bounce recorded
earlier), so the message was dropped before any delivery attempt.
""",
    recips=[R("driver.44@freemail-old.example", "5.0.0", "smtp; 554 5.0.0 Recipient address was suppressed due to account-level suppression")],
    o=orig_headers("alerts@parking-app.example", "driver.44@freemail-old.example", "Your parking session ends soon", dt(2016, 8, 1, 15, 59, 59, "+0000"), mid(n + "o", "parking-app.example"))))
expect(n, "driver.44@freemail-old.example", "suppressed", status="5.0.0", reply="554", vendor="sparkpost")

n = "sendmail-success-dsn-delivered.eml"
d = dt(2005, 4, 4, 10, 0, 3, "-0500")
write(OUT, n, dsn(n, host="mail.law.midwest-univ.example", sw="8.13.1/8.13.1",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.law.midwest-univ.example>", to="clinic@law.midwest-univ.example",
    subject="Return receipt", date=d,
    text="""The original message was received at Mon, 4 Apr 2005 10:00:01 -0500
from clinic-pc.law.midwest-univ.example [192.0.2.115]

   ----- The following addresses had successful delivery notifications -----
<filings@district-court.example>  (relayed to non-DSN-aware mailer)

   ----- Transcript of session follows -----
<filings@district-court.example>... relayed; expect no further notifications
""",
    recips=[R("filings@district-court.example", "2.0.0", "smtp; 250 2.0.0 j34F01a1012345 Message accepted for delivery", action="relayed", remote="mx.district-court.example")],
    o=orig_headers("clinic@law.midwest-univ.example", "filings@district-court.example", "Motion to continue", dt(2005, 4, 4, 10, 0, 1, "-0500"), mid(n + "o", "law.midwest-univ.example"))))
expect(n, "filings@district-court.example", "delivered", status="2.0.0", reply="250", action="relayed")

n = "mdaemon-success-dsn-delivered.eml"
d = dt(2010, 6, 15, 9, 20, 0, "+0200")
write(OUT, n, dsn(n, host="mail.transport-nowak.example", sw="MDaemon PRO v11.0.3",
    frm="MDaemon at mail.transport-nowak.example <MDaemon@mail.transport-nowak.example>", to="dyspozytor@transport-nowak.example",
    subject="Delivery Status Notification (Success)", date=d,
    text="""This is a delivery status notification. Your message was delivered to
the following recipient:

  odbiory@magazyn-centralny.example

Nothing further is needed.
""",
    recips=[R("odbiory@magazyn-centralny.example", "2.0.0", "smtp; 250 2.0.0 OK: queued as 4F2A1", action="delivered", remote="mx.magazyn-centralny.example")],
    o=orig_headers("dyspozytor@transport-nowak.example", "odbiory@magazyn-centralny.example", "Awizacja dostawy", dt(2010, 6, 15, 9, 19, 40, "+0200"), mid(n + "o", "transport-nowak.example"))))
expect(n, "odbiory@magazyn-centralny.example", "delivered", status="2.0.0", reply="250", action="delivered", vendor="mdaemon")

n = "unitedonline-arf-junk-report.eml"
d = dt(2010, 2, 22, 8, 0, 0, "-0800")
uo_orig = orig("news@cruise-deals-today.example", "sunseeker55@netzero.net", "Caribbean cruise from $399",
               dt(2010, 2, 21, 6, 0, 0, "-0800"), "cruise-deals-today.example", n,
               body="Book now and save! http://cruise-deals-today.example/c?id=55\n")
write(OUT, n, mail(["Return-Path: <fbl@untd.com>\n" + hop(n, "mx.cruise-deals-today.example", "Postfix", d, frm="fbl.untd.com", ip="203.0.113.120"),
    ("Date", d), ("From", "United Online FBL <fbl@untd.com>"), ("To", "fbl@cruise-deals-today.example"),
    ("Subject", "Complaint about message from 198.51.100.99"), ("Message-ID", mid(n, "fbl.untd.com"))],
    multipart("report", [
        text_part("A NetZero/Juno member reported the attached message as junk mail.\n"),
        part("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: UOL-FBL/2.1\nVersion: 1\nOriginal-Rcpt-To: sunseeker55@netzero.net\nSource-IP: 198.51.100.99\nArrival-Date: Sun, 21 Feb 2010 06:00:05 -0800\n", cte=None),
        part("message/rfc822", uo_orig, cte=None)], boundary(n), " report-type=feedback-report;")))
expect(n, "sunseeker55@netzero.net", "feedback", action="", vendor="juno")

n = "kerio-no-reason-given.eml"
d = dt(2011, 9, 1, 17, 0, 0, "+0200")
write(OUT, n, plain(n, host="mail.autohaus-seidel.example", sw="Kerio Connect 7.2", frm="Mail Delivery System <postmaster@autohaus-seidel.example>",
    to="service@autohaus-seidel.example", subject="Undelivered mail: Ihr Werkstatttermin", date=d,
    text="""Your message could not be delivered to the following recipient:

  m.brandt@kundenmail.example

The remote server ended the session without telling why.

Subject: Ihr Werkstatttermin
Date: Thu, 1 Sep 2011 16:58:40 +0200
"""))
expect(n, "m.brandt@kundenmail.example", "undefined", status="", reply="", vendor="kerio")

n = "scalix-recipient-not-known.eml"
d = dt(2008, 11, 20, 10, 0, 0, "-0500")
write(OUT, n, dsn(n, host="scalix.maritime-museum.example", sw="Scalix SMTP Relay 11.4",
    frm="Scalix System <postmaster@maritime-museum.example>", to="curator@maritime-museum.example",
    subject="Delivery report: Exhibit loan agreement", date=d,
    text="""Your message was not delivered to:

    archives@whaling-history-society.example

Reason: the recipient's server does not know this person. It said:
  550 5.1.1 <archives@whaling-history-society.example>: Recipient not known
  on this system
""",
    recips=[R("archives@whaling-history-society.example", "5.1.1", "smtp; 550 5.1.1 <archives@whaling-history-society.example>: Recipient not known on this system", remote="mail.whaling-history-society.example")],
    o=orig_headers("curator@maritime-museum.example", "archives@whaling-history-society.example", "Exhibit loan agreement", dt(2008, 11, 20, 9, 59, 30, "-0500"), mid(n + "o", "maritime-museum.example"))))
expect(n, "archives@whaling-history-society.example", "userunknown", True, status="5.1.1", reply="550", vendor="scalix")

n = "exchange2003-content-restriction-policy.eml"
d = dt(2007, 5, 14, 13, 0, 0, "+0000")
write(OUT, n, dsn(n, host="exch.shipping-brokers.example", sw="Microsoft SMTPSVC(6.0.3790.3959)",
    frm="System Administrator <postmaster@shipping-brokers.example>", to="chartering@shipping-brokers.example",
    subject="Undeliverable: Fixture recap MV Nordic Star", date=d,
    text=exch2003("""      Subject:  Fixture recap MV Nordic Star
      Sent:     14/05/2007 12:58

The following recipient(s) cannot be reached:

      'ops@tanker-operators.example' on 14/05/2007 13:00
            The recipient's organisation does not accept this message under its e-mail policy: password-protected archives are not allowed.
            <mx.tanker-operators.example #5.7.1 smtp;550 5.7.1 Message refused under company e-mail policy: encrypted or password-protected archive attached>"""),
    recips=[R("ops@tanker-operators.example", "5.7.1", "smtp; 550 5.7.1 Message refused under company e-mail policy: encrypted or password-protected archive attached", remote="mx.tanker-operators.example")],
    o=orig_headers("chartering@shipping-brokers.example", "ops@tanker-operators.example", "Fixture recap MV Nordic Star", dt(2007, 5, 14, 12, 58, 0, "+0000"), mid(n + "o", "shipping-brokers.example"))))
expect(n, "ops@tanker-operators.example", "policyviolation", status="5.7.1", reply="550", vendor="exchange")


# ================================================================ near-misses: ordinary mail of the era (no record)

n = "nb-yahoogroups-digest-bounce-talk.eml"
d = dt(2005, 3, 10, 6, 0, 0, "-0800")
write(NB, n, ordinary(n, host="mta.victorian-homes.example", sw="Postfix", frm="restorers@yahoogroups.com",
    to="restorers@yahoogroups.com", subject="[restorers] Digest Number 1423", date=d, src=("n7.bulk.scd.yahoo.com", "66.94.237.40"),
    extra=[("Mailing-List", "list restorers@yahoogroups.com; contact restorers-owner@yahoogroups.com"), ("Precedence", "bulk"),
           ("List-Unsubscribe", "<mailto:restorers-unsubscribe@yahoogroups.com>")],
    text="""There are 3 messages in this issue.

Topics in this digest:

      1. Re: Mail delivery failed to the group?
           From: "Ellen T." <ellent@restorer-mail.example>
      2. Horsehair plaster repair
           From: Bob Kinney <bkinney@oldhouse-net.example>
      3. Re: Slate roof question
           From: Marjorie <marj_h@restorer-mail.example>

________________________________________________________________________

Message: 1
   Date: Wed, 9 Mar 2005 14:12:01 -0800
   From: "Ellen T." <ellent@restorer-mail.example>
Subject: Re: Mail delivery failed to the group?

Don't worry about the "mailbox full" messages you got after posting, Yahoo
sends those when a member's address is full; the moderators remove them.

________________________________________________________________________

Message: 2
   Date: Wed, 9 Mar 2005 18:40:44 -0800
   From: Bob Kinney <bkinney@oldhouse-net.example>
Subject: Horsehair plaster repair

Anyone used plaster washers on a ceiling this old?

________________________________________________________________________

Message: 3
   Date: Thu, 10 Mar 2005 05:01:12 -0800
   From: Marjorie <marj_h@restorer-mail.example>
Subject: Re: Slate roof question

Copper nails, always.

Yahoo! Groups Links
    To unsubscribe from this group, send an email to:
    restorers-unsubscribe@yahoogroups.com
"""))

n = "nb-topica-list-post.eml"
d = dt(2002, 6, 19, 12, 30, 0, "-0700")
write(NB, n, ordinary(n, host="mail.aquarium-hobby.example", sw="Sendmail 8.11", frm="Gary Finch <gfinch@reef-keepers.example>",
    to="reefkeepers@topica.com", subject="Re: undeliverable water test results", date=d, src=("outmail.topica.com", "66.180.224.12"),
    extra=[("List-Unsubscribe", "<mailto:reefkeepers-unsubscribe@topica.com>"), ("X-Topica-Id", "<1024515000.tda.1234@topica.com>")],
    text="""Lol, my test kit results were "undeliverable" too: the nitrate color chart
is impossible to read under actinic light. Take the sample under a normal
bulb and it reads fine.

Gary

==^================================================================
This email was sent to: reefkeepers@topica.com
EASY UNSUBSCRIBE click here: http://topica.com/u/?a84x2.bKF7Gt
Or send an email to: reefkeepers-unsubscribe@topica.com
TOPICA - Start your own email discussion group. FREE!
==^================================================================
"""))

n = "nb-egroups-welcome.eml"
d = dt(2000, 4, 2, 9, 0, 0, "-0700")
write(NB, n, ordinary(n, host="mail.stamp-collectors.example", sw="Sendmail 8.9.3", frm="eGroups <notify@egroups.com>",
    to="philatelist.fred@stamp-collectors.example", subject="Welcome to penny-blacks", date=d, src=("mx.egroups.com", "208.50.99.10"),
    text="""Hello,

Welcome to the penny-blacks group at eGroups, a free, easy-to-use email
group service. You joined with the address philatelist.fred@stamp-collectors.example.

To post a message:             penny-blacks@egroups.com
To leave the group:            penny-blacks-unsubscribe@egroups.com
If mail from the group starts failing, check your mailbox has room;
eGroups stops sending to addresses that bounce for several days.

Enjoy!
"""))

n = "nb-comcast-customer-newsletter.eml"
d = dt(2008, 10, 1, 10, 0, 0, "-0400")
write(NB, n, ordinary(n, host="mx.comcast.net", sw="Comcast SMTP", frm="Comcast <comcast@newsletter.comcast.net>",
    to="hometheater.fan@comcast.net", subject="Your October Comcast Connection: new e-mail storage limits", date=d, src=("newsletter.comcast.net", "198.51.100.180"),
    text="""Comcast Connection - October 2008

NEW: MORE ROOM FOR YOUR MAIL
We have raised every Comcast.net mailbox to 10 GB. Mail that could not be
delivered because a mailbox was full is a thing of the past for most of
our customers.

SECURITY TIP
Comcast will never ask for your password by e-mail.

To stop receiving this newsletter, visit http://www.comcast.net/preferences
"""))

n = "nb-aol-mailbox-almost-full.eml"
d = dt(2006, 2, 14, 3, 0, 0, "-0500")
write(NB, n, ordinary(n, host="mailin-04.mx.aol.com", sw="AOL SMTP", frm="AOL Mail <mailnotice@aol.com>",
    to="knitwit2000@aol.com", subject="Your mailbox is almost full", date=d, src=("notices.aol.com", "203.0.113.210"),
    text="""Dear AOL Member,

Your mailbox is 92% full. When it is completely full, new mail sent to
you will be returned to the people who sent it.

To make room, delete old messages or move them to your Saved folders:
Keyword: Mail Center

Thank you for using AOL.
"""))

n = "nb-wanadoo-boite-presque-pleine-fr.eml"
d = dt(2005, 9, 12, 8, 0, 0, "+0200")
write(NB, n, ordinary(n, host="smtp-in.wanadoo.fr", sw="ME", frm="Wanadoo <service.messagerie@wanadoo.fr>",
    to="papy.bernard@wanadoo.fr", subject=enc_header("Votre boîte aux lettres est presque pleine", "iso-8859-1", "q"), date=d,
    src=("notif.wanadoo.fr", "203.0.113.211"), charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour,

votre boîte aux lettres papy.bernard@wanadoo.fr est remplie à 95 %.
Lorsqu'elle sera pleine, les messages qui vous sont adressés seront
refusés et renvoyés à leurs expéditeurs.

Pensez à supprimer les messages anciens et les pièces jointes volumineuses.

Le service Messagerie Wanadoo
"""))

n = "nb-ecard-bluemountain-pickup.eml"
d = dt(2003, 2, 14, 7, 30, 0, "-0800")
write(NB, n, ordinary(n, host="mail.sunnyvale-home.example", sw="Sendmail 8.12", frm="Blue Mountain <ecards@bluemountain.com>",
    to="dottie.r@sunnyvale-home.example", subject="You have received a Blue Mountain ecard from Walter!", date=d, src=("send.bluemountain.com", "198.51.100.200"),
    text="""Walter (walt.r@sunnyvale-home.example) has sent you a Blue Mountain ecard
for Valentine's Day!

To pick up your ecard, click below or paste the address into your browser:
  http://www.bluemountain.com/pickup?id=20030214A1B2C3

Your ecard will be available for 30 days. If the link does not work, the
card could not be delivered to your browser; try again later.
"""))

n = "nb-ecard-americangreetings-sent-confirm.eml"
d = dt(2007, 12, 20, 16, 0, 0, "-0500")
write(NB, n, ordinary(n, host="mail.family-hub.example", sw="Postfix", frm="AmericanGreetings.com <ecards@americangreetings.com>",
    to="grandma.jo@family-hub.example", subject="Your ecard has been picked up", date=d, src=("mail.americangreetings.com", "198.51.100.201"),
    text="""Good news!

The ecard you sent to Tyler (tyler.b@college-mail.example) was picked up on
December 20, 2007. It was delivered successfully and viewed.

Send another: http://www.americangreetings.com/ecards
"""))

n = "nb-virus-hoax-jdbgmgr.eml"
d = dt(2002, 4, 18, 21, 10, 0, "-0500")
write(NB, n, ordinary(n, host="mail.bridge-club.example", sw="Sendmail 8.11", frm="Ruth Ann <ruthann47@bridge-club.example>",
    to="ruthann47@bridge-club.example", subject="FW: VIRUS WARNING - PLEASE READ!!!", date=d, src=("dialup-7.isp-oldtown.example", "192.0.2.7"),
    text="""I got this from my nephew, please check your computer!!

-----Original Message-----
Subject: VIRUS WARNING

A virus is going around that hides in your computer for 14 days before
it destroys it. It is not detected by Norton or McAfee. Look for a file
called jdbgmgr.exe with a little teddy bear icon and DELETE IT. If you
find it, send this message to everyone in your address book, because you
may have sent it to them without knowing. Mail delivery of the virus is
automatic!

Sorry for the trouble!!
"""))

n = "nb-virus-hoax-good-times.eml"
d = dt(1999, 11, 2, 10, 0, 0, "-0600")
write(NB, n, ordinary(n, host="mail.grain-elevator.example", sw="Sendmail 8.9.3", frm="Dale Porter <dporter@grain-elevator.example>",
    to="staff@grain-elevator.example", subject="FWD: Good Times virus - do NOT open!", date=d, src=("office.grain-elevator.example", "192.0.2.3"),
    text="""Everyone - my sister says this is real.

> If you receive an e-mail titled "Good Times" DO NOT read it. It will
> erase your hard drive. The FCC released this warning. Forward this to
> all your friends. If the message comes back as undeliverable, it means
> their computer is already infected.

Dale
"""))

n = "nb-human-reply-quoting-mail-delivery-failed.eml"
d = dt(2010, 8, 9, 9, 15, 0, "+0100")
write(NB, n, ordinary(n, host="mail.cricket-club.example", sw="Exim 4.72", frm="Nigel Ashworth <nigel@cricket-club.example>",
    to="fixtures@cricket-club.example", subject="Re: Mail delivery failed: returning message to sender", date=d, src=("laptop.cricket-club.example", "192.0.2.61"),
    extra=[("In-Reply-To", mid("nb-human-reply-quoting-mail-delivery-failed-prev", "cricket-club.example")), ("X-Mailer", "Microsoft Outlook 14.0")],
    text="""Hi Sue,

thanks, I've sorted it. Derek had changed his address; the new one is in
the members' list now, so no need to do anything.

Nigel

> -----Original Message-----
> Subject: FW: Mail delivery failed: returning message to sender
>
> Nigel, got this when I sent the fixtures. Is Derek's address right?
>
>> A message that you sent could not be delivered to one or more of its
>> recipients. This is a permanent error.
"""))

n = "nb-earthlink-spamblocker-suspect-digest.eml"
d = dt(2004, 11, 1, 6, 0, 0, "-0500")
write(NB, n, ordinary(n, host="mx.earthlink.net", sw="EarthLink SMTP Server", frm="EarthLink spamBlocker <spamblocker@earthlink.net>",
    to="cmoore44@earthlink.net", subject="Your spamBlocker Suspect Email summary", date=d, src=("sbnotify.earthlink.net", "203.0.113.212"),
    text="""Hello,

spamBlocker held 7 messages from unknown senders in your Suspect Email
folder this week. Senders were asked to confirm themselves; those who did
were delivered to your Inbox.

Review the folder: http://webmail.earthlink.net/?folder=Suspect

EarthLink
"""))

n = "nb-yahoogroups-pending-moderation.eml"
d = dt(2006, 7, 3, 14, 0, 0, "-0700")
write(NB, n, ordinary(n, host="mail.rv-travelers.example", sw="Postfix", frm="Yahoo! Groups <notify@yahoogroups.com>",
    to="wanderlust.ed@rv-travelers.example", subject="Your message to rv-boondocking awaits moderator approval", date=d,
    src=("n3.groups.yahoo.com", "66.218.66.86"),
    text="""Hello,

We received your message to the rv-boondocking group. Messages from new
members are checked by a moderator before they go to the group; yours
will be posted once it is approved. You do not need to send it again.

Subject: Free camping near Moab?

Yahoo! Groups
"""))

n = "nb-mailru-newsletter-koi8.eml"
d = dt(2009, 4, 1, 12, 0, 0, "+0400")
write(NB, n, ordinary(n, host="mxs.mail.ru", sw="Mail.Ru", frm=enc_header("Почта Mail.Ru", "koi8-r") + " <news@corp.mail.ru>",
    to="ivan.sokolov1980@mail.ru", subject=enc_header("Новое в Почте: ящик без ограничений", "koi8-r"), date=d,
    src=("news.corp.mail.ru", "203.0.113.213"), charset="koi8-r", cte="base64",
    text="""Здравствуйте!

Теперь ваш почтовый ящик растёт вместе с вами: когда он заполняется,
мы автоматически добавляем место. Письма больше не будут возвращаться
отправителям из-за переполнения.

Команда Почты Mail.Ru
"""))

n = "nb-tonline-rechnung-de.eml"
d = dt(2010, 5, 3, 4, 0, 0, "+0200")
write(NB, n, ordinary(n, host="mx00.t-online.de", sw="T-Online", frm="Telekom Rechnungsservice <rechnung@telekom.de>",
    to="g.hartmann@t-online.de", subject="Ihre Telekom Rechnung Mai 2010", date=d, src=("rechnung.telekom.de", "203.0.113.214"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Herr Hartmann,

Ihre Rechnung für Mai 2010 steht im Kundencenter bereit. Der Betrag von
39,95 EUR wird am 12.05.2010 von Ihrem Konto abgebucht.

Hinweis: Diese E-Mail wurde automatisch erstellt. Antworten an diese
Adresse können nicht zugestellt werden.

Ihre Telekom
"""))

n = "nb-antivirus-clean-footer.eml"
d = dt(2005, 8, 22, 11, 0, 0, "-0400")
write(NB, n, ordinary(n, host="mail.hardware-store.example", sw="MDaemon 8.0", frm="Phil Grant <phil@lumber-yard.example>",
    to="orders@hardware-store.example", subject="Deck screws order", date=d, src=("mail.lumber-yard.example", "198.51.100.70"),
    text="""Hi,

please send 20 boxes of 3" deck screws with Friday's delivery.

Phil

--
This message was scanned by AVG Anti-Virus. No virus found.
Checked by AVG Free Edition. Version: 7.0.344 / Virus Database: 267.10.14
"""))

n = "nb-it-server-migration-notice.eml"
d = dt(2008, 7, 10, 16, 0, 0, "-0500")
write(NB, n, ordinary(n, host="exch.county-clerk.example", sw="Microsoft SMTP Server", frm="IT Department <it@county-clerk.example>",
    to="allstaff@county-clerk.example", subject="Mail server move this weekend - delivery may be delayed", date=d,
    src=("it-pc.county-clerk.example", "192.0.2.50"), extra=[("X-Mailer", "Internet Mail Service (5.5.2653.19)")],
    text="""All staff,

we move the mail server to new hardware on Saturday from 8 am to noon.
Mail sent to you during the move will be queued and delivered
afterwards; nothing will be returned to senders. If someone tells you
their message to you failed, please forward their notice to
helpdesk@county-clerk.example.

IT Department
"""))

n = "nb-isp-virus-outbreak-advisory.eml"
d = dt(2004, 1, 27, 18, 0, 0, "-0500")
write(NB, n, ordinary(n, host="mail.roadrunner-customer.example", sw="Postfix", frm="Road Runner Security <security@rr.com>",
    to="subscriber@roadrunner-customer.example", subject="Important: MyDoom virus and returned mail you did not send", date=d,
    src=("notice.rr.com", "203.0.113.215"),
    text="""Dear Road Runner subscriber,

a new virus (MyDoom) is spreading by e-mail. It forges sender addresses,
so you may receive "Mail Delivery Failed" or "Undeliverable" notices for
messages you never sent. You can delete them; they do not mean your
account has a problem.

Road Runner Security Team
"""))

n = "nb-uol-welcome-antispam-pt.eml"
d = dt(2008, 1, 5, 10, 0, 0, "-0200")
write(NB, n, ordinary(n, host="mx.uol.com.br", sw="UOL", frm="UOL <boasvindas@uol.com.br>",
    to="lucas.pereira@uol.com.br", subject="Bem-vindo ao UOL Mail", date=d, src=("avisos.uol.com.br", "203.0.113.216"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""Olá Lucas,

sua conta lucas.pereira@uol.com.br está pronta. Ative o AntiSpam UOL nas
configurações: quem escrever para você pela primeira vez precisará
confirmar o envio antes que a mensagem chegue à sua caixa.

Equipe UOL
"""))

n = "nb-hotmail-inactivity-warning.eml"
d = dt(2009, 3, 3, 9, 0, 0, "-0800")
write(NB, n, ordinary(n, host="mx1.hotmail.com", sw="Microsoft SMTP Server", frm="Windows Live Hotmail <member_services@live.com>",
    to="purlgirl@live.com", subject="Keep your Hotmail account active", date=d, src=("notify.live.com", "203.0.113.217"),
    text="""Hi,

we noticed you haven't signed in to Windows Live Hotmail for a while.
Accounts that stay unused for 270 days are deactivated, and mail sent to
them is returned. Sign in at http://mail.live.com to keep your account.

The Windows Live Hotmail Team
"""))

write_expected(os.path.join(OUT, "expected.jsonl"))
